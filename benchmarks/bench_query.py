"""Query and merge at scale: an indexed date-window + country query against a scan, and linear-time merging."""

from __future__ import annotations

import datetime
import functools
import gc
import random
import time

from asean_records.model import DateRange, Extraction, Meeting, PartialDate, Source
from asean_records.query import Records
from asean_records.query.merge import merge_meetings
from benchmarks._common import Result, best_of

N_QUERY = 1_000_000
PER_EXTRACTION = 10
COUNTRIES = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")
WINDOW = (datetime.date(2020, 3, 1), datetime.date(2020, 5, 31))


@functools.cache
def _dating_pool() -> tuple[PartialDate | DateRange, ...]:
    """A few thousand distinct datings (days, two-day ranges, months, years) over 1990-2029, built once."""
    rng = random.Random(7)
    pool: list[PartialDate | DateRange] = []
    for _ in range(4000):
        year, month, day = rng.randint(1990, 2029), rng.randint(1, 12), rng.randint(1, 27)
        kind = rng.random()
        if kind < 0.5:
            pool.append(PartialDate(year, month, day))
        elif kind < 0.8:
            pool.append(DateRange(PartialDate(year, month, day), PartialDate(year, month, day + 1)))
        elif kind < 0.95:
            pool.append(PartialDate(year, month))
        else:
            pool.append(PartialDate(year))
    return tuple(pool)


@functools.cache
def _extractions(n_meetings: int, *, duplicates: int = 1, per: int = PER_EXTRACTION) -> tuple[Extraction, ...]:
    """``n_meetings`` meetings in extractions of ``per``; each meeting reported ``duplicates`` times by other sources.

    Ids are given, so the model does not hash them; datings come from a shared pool.
    """
    pool = _dating_pool()
    out: list[Extraction] = []
    batch: list[Meeting] = []
    for i in range(n_meetings):
        ordinal = i // duplicates + 1
        batch.append(
            Meeting(
                name=f"{ordinal}th Widget Meeting",
                series=f"S{ordinal % 50}",
                ordinal=ordinal,
                date=pool[ordinal % len(pool)],
                host_country=COUNTRIES[(ordinal * 7 + i % duplicates) % len(COUNTRIES)],
                id=f"mtg-{i:016x}",
            )
        )
        if len(batch) == per:
            out.append(Extraction(source=Source(id=f"doc-{len(out)}"), meetings=tuple(batch)))
            batch = []
    if batch:
        out.append(Extraction(source=Source(id=f"doc-{len(out)}"), meetings=tuple(batch)))
    return tuple(out)


def _query_results() -> list[Result]:
    exs = _extractions(N_QUERY)
    meetings = [m for ex in exs for m in ex.meetings]
    window = DateRange(PartialDate.from_date(WINDOW[0]), PartialDate.from_date(WINDOW[1]))

    t0 = time.perf_counter()
    records = Records.from_extractions(exs)
    # build the indexes the query uses once, outside the timed query
    len(records.meetings().country("VN", role="host").between(*WINDOW))
    build = time.perf_counter() - t0

    def indexed() -> int:
        return len(records.meetings().country("VN", role="host").between(*WINDOW))

    def scan() -> int:
        return len([m for m in meetings if m.host_country == "VN" and m.date is not None and m.date.overlaps(window)])

    assert indexed() == scan(), "the index and the scan disagree"
    lib = best_of(indexed, repeat=5)
    ref = best_of(scan, repeat=1)
    return [
        Result(
            name=f"date window + host country on {N_QUERY:,} meetings vs scan",
            ratio=ref / lib,
            target=100.0,
            higher_is_better=True,
            detail=f"query {lib * 1e3:.1f} ms, scan {ref:.2f} s, index build {build:.1f} s, {indexed():,} hits",
        )
    ]


def _merge_results() -> list[Result]:
    # one meeting report per extraction; every meeting is reported by two sources
    small, large = _extractions(10_000, duplicates=2, per=1), _extractions(100_000, duplicates=2, per=1)
    t_small = best_of(lambda: merge_meetings(small), repeat=3)
    t_large = best_of(lambda: merge_meetings(large), repeat=2)
    return [
        Result(
            name="merge 100k extractions: time(100k) / (10 x time(10k))",
            ratio=t_large / (10 * t_small),
            target=1.5,
            detail=f"10k {t_small:.2f} s, 100k {t_large:.2f} s",
        )
    ]


def run() -> list[Result]:
    """The query speed-up over a scan, and the linearity of merging."""
    query = _query_results()
    # the million meetings of the query benchmark are not the merge's: let them go, or every full collection of
    # the cyclic GC during the merge walks them too and the longer run pays for it more often
    _extractions.cache_clear()
    gc.collect()
    return [*query, *_merge_results()]
