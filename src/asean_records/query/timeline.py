"""Meetings in date order, showing how precisely each date is known.

A timeline row keeps a date's earliest and latest possible days and its precision beside a label that does not
claim more than the text: ``Sep 2020`` for a month, ``9-10 Sep 2020`` for two known days. Rows sort by earliest
day, then latest day, so ``Sep 2020`` comes before ``9 Sep 2020``. Undated meetings are left out.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Literal

import attrs

from asean_records.errors import QueryError
from asean_records.model import DateRange, Meeting, PartialDate, Precision
from asean_records.query._input import MeetingSource, iter_meetings
from asean_records.query.records import html_table

__all__ = ["Timeline", "TimelineRow", "date_label", "timeline", "timeline_by_country", "timeline_by_series"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _one(date: PartialDate, *, year: bool = True, month: bool = True) -> str:
    parts: list[str] = []
    if date.day is not None:
        parts.append(str(date.day))
    if date.month is not None and (month or date.day is None):
        parts.append(_MONTHS[date.month - 1])
    if year or date.month is None:
        parts.append(str(date.year))
    return " ".join(parts)


def date_label(dating: PartialDate | DateRange) -> str:
    """A short English label at the date's own precision.

    Examples:
        >>> date_label(PartialDate(2020, 9))
        'Sep 2020'
        >>> date_label(DateRange(PartialDate(2020, 9, 9), PartialDate(2020, 9, 10)))
        '9-10 Sep 2020'
        >>> date_label(DateRange(PartialDate(2020, 9, 30), PartialDate(2020, 10, 2)))
        '30 Sep-2 Oct 2020'
    """
    if isinstance(dating, PartialDate):
        return _one(dating)
    start, end = dating.start, dating.end
    if start == end:
        return _one(start)
    same_year = start.year == end.year and start.month is not None and end.month is not None
    same_month = same_year and start.month == end.month and start.day is not None and end.day is not None
    return f"{_one(start, year=not same_year, month=not same_month)}-{_one(end)}"


@attrs.frozen(kw_only=True)
class TimelineRow:
    """One meeting on a timeline.

    Attributes:
        earliest: The first day the meeting may have been held on.
        latest: The last day it may have been held on.
        precision: How much of the date is known (the coarser end, for a range).
        label: The date as a reader would write it at that precision (``Sep 2020``, ``9-10 Sep 2020``).
        iso: The ISO 8601 text of the date (``2020-09``, ``2020-09-09/2020-09-10``).
        meeting: The meeting.
        source: The id of its source (ids joined by ``;`` for a merged meeting), when known.
    """

    earliest: datetime.date
    latest: datetime.date
    precision: Precision
    label: str
    iso: str
    meeting: Meeting
    source: str | None = None


@attrs.frozen(repr=False)
class Timeline:
    """Meetings in date order.

    Attributes:
        rows: The rows, sorted by earliest day, latest day, then name.
        title: What the timeline shows (a series, a country), for display.
    """

    rows: tuple[TimelineRow, ...]
    title: str = "Timeline"

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[TimelineRow]:
        return iter(self.rows)

    def __getitem__(self, index: int) -> TimelineRow:
        return self.rows[index]

    def labels(self) -> tuple[str, ...]:
        """Each row as ``label  name``."""
        return tuple(f"{row.label}  {row.meeting.name}" for row in self.rows)

    def __repr__(self) -> str:
        lines = [f"<{self.title}: {len(self.rows):,} meetings>"]
        width = max((len(r.label) for r in self.rows[:20]), default=0)
        lines.extend(f"  {r.label:<{width}}  {r.precision.value:<5}  {r.meeting.name}" for r in self.rows[:20])
        if len(self.rows) > 20:
            lines.append(f"  … {len(self.rows) - 20:,} more")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        body = [
            [r.label, r.precision.value, r.earliest.isoformat(), r.latest.isoformat(), r.meeting.name, r.source or ""]
            for r in self.rows[:20]
        ]
        head = ("date", "precision", "earliest", "latest", "meeting", "source")
        return html_table(head, body, caption=f"{self.title}: {len(self.rows):,} meetings", more=len(self.rows) - 20)


def _row(meeting: Meeting, source: str | None) -> TimelineRow | None:
    dating = meeting.date
    if dating is None:
        return None
    return TimelineRow(
        earliest=datetime.date.fromordinal(dating.earliest.toordinal()),
        latest=datetime.date.fromordinal(dating.latest.toordinal()),
        precision=dating.precision,
        label=date_label(dating),
        iso=dating.isoformat(),
        meeting=meeting,
        source=source,
    )


def _sorted(rows: list[TimelineRow], title: str) -> Timeline:
    rows.sort(key=lambda r: (r.earliest, r.latest, r.meeting.name))
    return Timeline(tuple(rows), title)


def timeline(source: MeetingSource) -> Timeline:
    """The dated meetings of ``source`` in date order.

    Args:
        source: A :class:`~asean_records.query.Records` collection, or meetings, merged meetings or extractions.
    """
    rows = [row for m, s in iter_meetings(source) if (row := _row(m, s)) is not None]
    return _sorted(rows, "Timeline")


def timeline_by_series(source: MeetingSource) -> dict[str, Timeline]:
    """One timeline per meeting series (meetings without a series under ``""``), series in order of first meeting."""
    groups: dict[str, list[TimelineRow]] = {}
    for meeting, src in iter_meetings(source):
        row = _row(meeting, src)
        if row is not None:
            groups.setdefault(meeting.series or "", []).append(row)
    return {key: _sorted(rows, f"Series {key or '(none)'}") for key, rows in groups.items()}


def timeline_by_country(source: MeetingSource, *, role: Literal["host", "partner"] = "host") -> dict[str, Timeline]:
    """One timeline per country: the meetings it hosted (``role="host"``) or was a partner of (``"partner"``).

    Raises:
        QueryError: Unknown role.
    """
    if role not in ("host", "partner"):
        raise QueryError(f"role must be 'host' or 'partner', not {role!r}")
    groups: dict[str, list[TimelineRow]] = {}
    for meeting, src in iter_meetings(source):
        row = _row(meeting, src)
        if row is None:
            continue
        keys = (meeting.host_country,) if role == "host" else meeting.partners
        for key in keys:
            if key:
                groups.setdefault(key, []).append(row)
    return {key: _sorted(rows, f"{key} as {role}") for key, rows in groups.items()}
