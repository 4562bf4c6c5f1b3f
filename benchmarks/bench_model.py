"""Model construction cost: building a Meeting against building a plain dict of the same fields."""

from __future__ import annotations

from asean_records import DateRange, Meeting, PartialDate
from benchmarks._common import Result, best_of

N = 20_000


def _records() -> None:
    for i in range(N):
        Meeting(
            name=f"{i}th Widget Ministers' Meeting",
            series="AMM",
            ordinal=i + 1,
            date=DateRange(PartialDate(2020, 9, 9), PartialDate(2020, 9, 10)),
            host_country="VN",
        )


def _dicts() -> None:
    for i in range(N):
        {
            "name": f"{i}th Widget Ministers' Meeting",
            "series": "AMM",
            "ordinal": i + 1,
            "date": ({"year": 2020, "month": 9, "day": 9}, {"year": 2020, "month": 9, "day": 10}),
            "host_country": "VN",
            "id": hash(("AMM", i + 1)),
        }


def run() -> list[Result]:
    """Ratio of validated, id-hashed record construction to plain dict construction."""
    lib = best_of(_records, repeat=3)
    ref = best_of(_dicts, repeat=3)
    return [
        Result(
            name=f"construct {N} meetings vs plain dicts",
            ratio=lib / ref,
            target=60.0,
            detail=f"{N / lib:,.0f} meetings/s",
        )
    ]
