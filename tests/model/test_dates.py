"""Partial dates and ranges: bounds, ordering, ISO text, invariants."""

import contextlib
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asean_records import DateRange, InvalidDateError, PartialDate, Precision
from asean_records.model import parse_dating
from asean_records.testing import date_ranges, datings, partial_dates


def test_month_bounds_use_real_month_lengths() -> None:
    """A month-precision date spans the whole month, leap years included."""
    feb = PartialDate(2024, 2)
    assert feb.earliest == datetime.date(2024, 2, 1)
    assert feb.latest == datetime.date(2024, 2, 29)
    assert PartialDate(2023, 2).latest == datetime.date(2023, 2, 28)


def test_year_precision_never_invents_a_day() -> None:
    """A year stays a year: ISO text is four digits and the bounds cover the year."""
    year = PartialDate(2020)
    assert year.isoformat() == "2020"
    assert year.precision is Precision.YEAR
    assert (year.earliest, year.latest) == (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))


@pytest.mark.parametrize(
    ("args", "message"),
    [((2021, 2, 29), "outside 1..28"), ((2020, 13), "month 13"), ((2020, None, 5), "without a month"), ((0,), "year")],
)
def test_invalid_parts_raise_typed_error(args: tuple[int, ...], message: str) -> None:
    """Impossible dates raise InvalidDateError naming the bad part."""
    with pytest.raises(InvalidDateError, match=message):
        PartialDate(*args)


def test_range_cannot_end_before_start() -> None:
    """A reversed range is rejected with both ends in the message."""
    with pytest.raises(InvalidDateError, match="2020-09-10/2020-09-09"):
        DateRange(PartialDate(2020, 9, 10), PartialDate(2020, 9, 9))


def test_range_iso_text_round_trips() -> None:
    """Ranges print and read back as ISO 8601 intervals."""
    r = DateRange(PartialDate(2020, 8, 30), PartialDate(2020, 9, 2))
    assert r.isoformat() == "2020-08-30/2020-09-02"
    assert DateRange.fromisoformat("2020-08-30/2020-09-02") == r


def test_ordering_uses_earliest_then_latest() -> None:
    """A month sorts before the first day of the next month and after the day before it."""
    assert PartialDate(2020, 8, 31) < PartialDate(2020, 9) < PartialDate(2020, 10, 1)
    assert PartialDate(2020, 9) < PartialDate(2020, 9, 30)  # same earliest, earlier latest


@given(partial_dates())
def test_partial_date_bounds_are_ordered(d: PartialDate) -> None:
    """Earliest never comes after latest, and both lie in the stated year (and month)."""
    assert d.earliest <= d.latest
    assert d.earliest.year == d.latest.year == d.year
    if d.month is not None:
        assert d.earliest.month == d.latest.month == d.month
    assert d.contains(d.earliest)
    assert d.contains(d.latest)


@given(partial_dates())
def test_partial_date_iso_round_trip(d: PartialDate) -> None:
    """ISO text reads back to an equal date with the same precision."""
    back = PartialDate.fromisoformat(d.isoformat())
    assert back == d
    assert back.precision == d.precision


@given(date_ranges())
def test_ranges_never_end_before_they_start(r: DateRange) -> None:
    """Every valid range ends on or after its start."""
    assert r.earliest <= r.latest
    assert r.end.latest >= r.start.earliest
    assert parse_dating(r.isoformat()) == r


@given(datings(), datings())
def test_ordering_is_consistent_with_bounds(a: PartialDate | DateRange, b: PartialDate | DateRange) -> None:
    """Sorting follows (earliest, latest) and overlap is symmetric."""
    assert (a < b) == ((a.earliest, a.latest) < (b.earliest, b.latest))
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(a)


@given(st.text(max_size=20))
def test_fromisoformat_never_crashes_untyped(text: str) -> None:
    """Any text either reads as a dating or raises InvalidDateError."""
    with contextlib.suppress(InvalidDateError):
        parse_dating(text)
