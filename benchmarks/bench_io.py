"""JSON Lines dump and load of realistic nested meetings against bare orjson on the same data.

The reference for loading is ``orjson.loads`` of every line (no validation, no
records); for dumping, ``orjson.dumps`` of the same plain dicts the library
writes. Both run in this process with the cyclic GC on. A last measurement loads
a ~100 MB JSON Lines file and reports the peak of traced memory against the
file's size, to show that loading streams.
"""

from __future__ import annotations

import io
import os
import random
import tempfile
import tracemalloc

from asean_records.io import dump_jsonl, load_jsonl, unstructure
from asean_records.model import (
    Basis,
    DateRange,
    FieldProvenance,
    InferenceReason,
    Meeting,
    MeetingMode,
    MeetingStatus,
    PartialDate,
    Provenance,
    Span,
)
from benchmarks._common import Result, best_of

N = 10_000
_CITIES = ("Hanoi", "Jakarta", "Phnom Penh", "Vientiane", "Kuala Lumpur", "Bandar Seri Begawan", "Manila", "Bangkok")
_HOSTS = ("VN", "ID", "KH", "LA", "MY", "BN", "PH", "TH", "SG", "MM")
_SERIES = ("Widget Ministers", "Fisheries Officials", "Rail Experts", "Tourism Ministers", "Water Directors")
_CHAIRS = ("Nguyễn Thị Lan", "Somsak Chaiyaporn", "Dato' Aminah Yusof", "Sok Chenda", "Maria Santos", "Khin Myo Aye")


def _meeting(rng: random.Random, i: int) -> Meeting:
    year = rng.randint(1995, 2030)
    month = rng.randint(1, 12)
    day = rng.randint(1, 26)
    date: PartialDate | DateRange
    if rng.random() < 0.6:
        date = DateRange(PartialDate(year, month, day), PartialDate(year, month, day + rng.randint(1, 2)))
    else:
        date = PartialDate(year, month, day) if rng.random() < 0.7 else PartialDate(year, month)
    text_at = rng.randint(0, 20_000)
    reason = rng.choice(list(InferenceReason))
    provenance = (
        FieldProvenance("name", Provenance((Span(text_at, text_at + 48),))),
        FieldProvenance(
            "date",
            Provenance(
                (Span(text_at + 60, text_at + 75), Span(text_at + 300, text_at + 310)),
                Basis.inferred(reason, "the year comes from the dateline"),
            ),
        ),
        FieldProvenance("city", Provenance((Span(text_at + 80, text_at + 86),))),
        FieldProvenance("chairs.0", Provenance((Span(text_at + 120, text_at + 140),), Basis.stated("named as chair"))),
    )
    series = rng.choice(_SERIES)
    return Meeting(
        name=f"{i % 60 + 1}th ASEAN {series} Meeting",
        series=series,
        ordinal=i % 60 + 1,
        date=date,
        city=rng.choice(_CITIES),
        host_country=rng.choice(_HOSTS),
        mode=rng.choice(list(MeetingMode)),
        chairs=tuple(rng.sample(_CHAIRS, rng.randint(1, 2))),
        partners=tuple(rng.sample(_HOSTS, rng.randint(0, 3))),
        theme="Building a resilient and connected community" if rng.random() < 0.3 else None,
        parent=None,
        status=MeetingStatus.HELD,
        provenance=provenance,
    )


def _meetings(n: int, seed: int = 7) -> list[Meeting]:
    rng = random.Random(seed)
    return [_meeting(rng, i) for i in range(n)]


def run() -> list[Result]:
    """Dump and load ratios against bare orjson, and peak memory of streaming a ~100 MB file."""
    import orjson

    meetings = _meetings(N)
    dicts = [unstructure(m) for m in meetings]
    buffer = io.BytesIO()
    dump_jsonl(meetings, buffer)
    payload = buffer.getvalue()
    lines = payload.splitlines()[1:]

    def lib_dump() -> None:
        dump_jsonl(meetings, io.BytesIO())

    def ref_dump() -> None:
        out = io.BytesIO()
        for d in dicts:
            out.write(orjson.dumps(d) + b"\n")

    def lib_load() -> None:
        for _ in load_jsonl(io.BytesIO(payload)):
            pass

    def ref_load() -> None:
        for line in io.BytesIO(payload):
            orjson.loads(line)

    assert list(load_jsonl(io.BytesIO(payload))) == meetings
    assert [orjson.loads(x) for x in lines] == dicts
    results = []
    lib, ref = best_of(lib_dump), best_of(ref_dump)
    results.append(
        Result(
            name=f"dump_jsonl {N} meetings vs orjson.dumps",
            ratio=lib / ref,
            target=3.0,
            detail=_detail(lib, ref, len(payload)),
        )
    )
    lib, ref = best_of(lib_load), best_of(ref_load)
    results.append(
        Result(
            name=f"load_jsonl {N} meetings (validated) vs orjson.loads",
            ratio=lib / ref,
            target=4.0,
            detail=_detail(lib, ref, len(payload)),
        )
    )
    results.append(_streaming_memory(payload))
    return results


def _detail(lib: float, ref: float, size: int) -> str:
    """Throughput, and the time per meeting of the library and of bare orjson."""
    return (
        f"{N / lib:,.0f} meetings/s, {size / lib / 2**20:,.0f} MB/s; "
        f"{lib / N * 1e6:.1f} us/meeting vs orjson {ref / N * 1e6:.1f} us"
    )


def _streaming_memory(payload: bytes) -> Result:
    header, _, body = payload.partition(b"\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.jsonl")
        with open(path, "wb") as handle:
            handle.write(header + b"\n")
            size = len(header) + 1
            while size < 100 * 2**20:
                handle.write(body)
                size += len(body)
        tracemalloc.start()
        try:
            count = sum(1 for _ in load_jsonl(path))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return Result(
        name="peak traced memory loading a ~100 MB JSON Lines file / file size",
        ratio=peak / size,
        target=0.05,
        detail=f"{count:,} records, file {size / 2**20:,.0f} MB, peak {peak / 2**20:,.2f} MB",
    )
