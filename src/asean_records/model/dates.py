"""Partial dates and closed date ranges.

A :class:`PartialDate` holds exactly as much of a date as the text gives: a year,
a year and month, or a full day. It never invents a month or a day. Comparisons
and overlap tests use its *earliest* and *latest* possible calendar days, so
``2020-09`` sorts before ``2020-10-01`` and overlaps ``2020-09-10``.
"""

from __future__ import annotations

import datetime
import enum
import re

import attrs
import pendulum

from asean_records.errors import InvalidDateError

__all__ = ["DateRange", "Dating", "PartialDate", "Precision", "parse_dating"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year {year} is outside 1..9999")
    if month is None:
        if day is not None:
            raise InvalidDateError(f"day {day} given without a month in year {year}")
        return
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month {month} is outside 1..12 in {year}")
    if day is not None:
        days = pendulum.date(year, month, 1).days_in_month
        if not 1 <= day <= days:
            raise InvalidDateError(f"day {day} is outside 1..{days} in {year}-{month:02d}")


@attrs.frozen(eq=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Attributes:
        year: Four-digit year.
        month: Month 1-12, or ``None`` when only the year is known.
        day: Day of the month, or ``None`` when only the year or month is known.

    Raises:
        InvalidDateError: The parts do not form a real date (``2021-02-29``), or a
            day is given without a month.

    Examples:
        >>> PartialDate(2020, 9).isoformat()
        '2020-09'
        >>> PartialDate(2020, 9).latest
        Date(2020, 9, 30)
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        _check_parts(self.year, self.month, self.day)

    @property
    def precision(self) -> Precision:
        """How much of this date is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> datetime.date:
        """The first calendar day this date may stand for."""
        return pendulum.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> datetime.date:
        """The last calendar day this date may stand for."""
        if self.day is not None and self.month is not None:
            return pendulum.date(self.year, self.month, self.day)
        if self.month is not None:
            return pendulum.date(self.year, self.month, 1).end_of("month")
        return pendulum.date(self.year, 12, 31)

    @property
    def is_exact(self) -> bool:
        """True when the day is known."""
        return self.day is not None

    def isoformat(self) -> str:
        """ISO 8601 text at this date's precision: ``2020``, ``2020-09`` or ``2020-09-10``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            InvalidDateError: The text is not one of those forms or not a real date.
        """
        m = _ISO.fullmatch(text)
        if m is None:
            raise InvalidDateError(f"not an ISO 8601 partial date: {text!r}")
        year, month, day = m.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: datetime.date) -> PartialDate:
        """A day-precision partial date from a calendar date."""
        return cls(value.year, value.month, value.day)

    def contains(self, value: datetime.date) -> bool:
        """True when the calendar day ``value`` may be this date."""
        return self.earliest <= value <= self.latest

    def overlaps(self, other: Dating) -> bool:
        """True when this date and ``other`` may share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def _key(self) -> tuple[datetime.date, datetime.date]:
        return (self.earliest, self.latest)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() >= other._key()


def _check_range(start: PartialDate, end: PartialDate) -> None:
    if end.latest < start.earliest or end.earliest < start.earliest:
        raise InvalidDateError(f"date range ends before it starts: {start.isoformat()}/{end.isoformat()}")


@attrs.frozen(order=False)
class DateRange:
    """A closed range of partial dates, ``start`` to ``end`` inclusive.

    Attributes:
        start: First day (or month, or year) of the range.
        end: Last day (or month, or year) of the range.

    Raises:
        InvalidDateError: ``end`` could fall before ``start``.

    Examples:
        >>> DateRange(PartialDate(2020, 9, 9), PartialDate(2020, 9, 10)).isoformat()
        '2020-09-09/2020-09-10'
    """

    start: PartialDate
    end: PartialDate

    def __attrs_post_init__(self) -> None:
        _check_range(self.start, self.end)

    @property
    def earliest(self) -> datetime.date:
        """The first calendar day the range may cover."""
        return self.start.earliest

    @property
    def latest(self) -> datetime.date:
        """The last calendar day the range may cover."""
        return self.end.latest

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        order = (Precision.YEAR, Precision.MONTH, Precision.DAY)
        return min(self.start.precision, self.end.precision, key=order.index)

    def isoformat(self) -> str:
        """ISO 8601 interval text, ``start/end``."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, text: str) -> DateRange:
        """Read an ISO 8601 interval of two partial dates, ``START/END``.

        Raises:
            InvalidDateError: The text is not of that form, or the range is reversed.
        """
        start, sep, end = text.partition("/")
        if not sep:
            raise InvalidDateError(f"not an ISO 8601 interval (no '/'): {text!r}")
        return cls(PartialDate.fromisoformat(start), PartialDate.fromisoformat(end))

    def contains(self, value: datetime.date) -> bool:
        """True when the calendar day ``value`` may fall inside the range."""
        return self.earliest <= value <= self.latest

    def overlaps(self, other: Dating) -> bool:
        """True when this range and ``other`` may share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def _key(self) -> tuple[datetime.date, datetime.date]:
        return (self.earliest, self.latest)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate | DateRange):
            return NotImplemented
        return self._key() >= other._key()


Dating = PartialDate | DateRange
"""When something happened: one partial date or a closed range."""


def parse_dating(text: str) -> Dating:
    """Read the ISO text form of a :data:`Dating`: a partial date or ``START/END``.

    Raises:
        InvalidDateError: The text is neither form.
    """
    if "/" in text:
        return DateRange.fromisoformat(text)
    return PartialDate.fromisoformat(text)
