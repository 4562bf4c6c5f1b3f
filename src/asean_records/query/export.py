"""Export meetings to pandas, polars, Arrow, Parquet, CSV and iCalendar.

Every function takes a :class:`~asean_records.query.Records` collection (its meetings), or an iterable of meetings,
merged meetings or extractions. A partial date is never written as a misleading first-of-month day: each row has
``date`` (the ISO text at its own precision, ``2020-09``), ``date_earliest`` and ``date_latest`` (the first and last
days it may stand for) and ``date_precision`` (``year``, ``month`` or ``day``).

The optional backends (pandas, polars, pyarrow, icalendar) are imported only when their function is called; a
missing one raises :class:`~asean_records.errors.MissingDependencyError` naming the extra to install.

Calendar export: every dated meeting becomes an all-day event (``DTSTART``/``DTEND`` with ``VALUE=DATE``, ``DTEND``
the day after the last day). A date known only to the month or the year spans every day it may fall on, and says
so in its ``SUMMARY`` (``(date known to the month)``) and ``DESCRIPTION``, so no one mistakes it for a month-long
meeting; pass ``imprecise="skip"`` to leave such meetings out instead. Undated meetings are always left out. The
``UID`` is the meeting's record id, so re-exporting updates events instead of duplicating them.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, Literal

from asean_records.errors import ExportError, MissingDependencyError
from asean_records.model import Meeting, MeetingStatus, Precision
from asean_records.query._input import MeetingSource, iter_meetings

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "arrow_schema",
    "meeting_rows",
    "to_arrow",
    "to_csv",
    "to_ics",
    "to_pandas",
    "to_parquet",
    "to_polars",
    "write_ics",
]

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "series",
    "ordinal",
    "date",
    "date_earliest",
    "date_latest",
    "date_precision",
    "city",
    "host_country",
    "mode",
    "chairs",
    "partners",
    "theme",
    "parent",
    "status",
    "source",
)
"""The columns of every tabular export, in order."""

_DATES = ("date_earliest", "date_latest")
_LISTS = ("chairs", "partners")


def _row(meeting: Meeting, source: str | None) -> dict[str, Any]:
    dating = meeting.date
    return {
        "id": meeting.id,
        "name": meeting.name,
        "series": meeting.series,
        "ordinal": meeting.ordinal,
        "date": dating.isoformat() if dating is not None else None,
        "date_earliest": datetime.date.fromordinal(dating.earliest.toordinal()) if dating is not None else None,
        "date_latest": datetime.date.fromordinal(dating.latest.toordinal()) if dating is not None else None,
        "date_precision": dating.precision.value if dating is not None else None,
        "city": meeting.city,
        "host_country": meeting.host_country,
        "mode": meeting.mode.value if meeting.mode is not None else None,
        "chairs": list(meeting.chairs),
        "partners": list(meeting.partners),
        "theme": meeting.theme,
        "parent": meeting.parent,
        "status": meeting.status.value if meeting.status is not None else None,
        "source": source,
    }


def meeting_rows(source: MeetingSource) -> list[dict[str, Any]]:
    """One plain dict per meeting with the keys of :data:`COLUMNS` (dates as :class:`datetime.date`, lists as lists).

    Args:
        source: A collection, or meetings, merged meetings or extractions.
    """
    return [_row(m, s) for m, s in iter_meetings(source)]


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    return {name: [row[name] for row in rows] for name in COLUMNS}


def to_pandas(source: MeetingSource) -> pd.DataFrame:
    """A pandas DataFrame with one row per meeting and the columns of :data:`COLUMNS`.

    ``date_earliest`` and ``date_latest`` are ``datetime64[s]`` columns (``NaT`` when undated); ``chairs`` and
    ``partners`` hold lists.

    Raises:
        MissingDependencyError: pandas is not installed (extra ``dataframe``).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingDependencyError("pandas export", "dataframe") from exc
    columns = _columns(meeting_rows(source))
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()})
    for name in _DATES:
        frame[name] = pd.to_datetime(frame[name]).astype("datetime64[s]")
    frame["ordinal"] = frame["ordinal"].astype("Int64")
    return frame


def to_polars(source: MeetingSource) -> Any:
    """A polars DataFrame with one row per meeting: ``pl.Date`` date columns and ``pl.List(pl.String)`` lists.

    Raises:
        MissingDependencyError: polars is not installed (extra ``dataframe``).
    """
    try:
        import polars as pl
    except ImportError as exc:
        raise MissingDependencyError("polars export", "dataframe") from exc
    schema: dict[str, Any] = dict.fromkeys(COLUMNS, pl.String)
    schema.update({"ordinal": pl.Int64, "date_earliest": pl.Date, "date_latest": pl.Date})
    schema.update({name: pl.List(pl.String) for name in _LISTS})
    return pl.DataFrame(_columns(meeting_rows(source)), schema=schema)


def arrow_schema() -> Any:
    """The Arrow schema of the meeting table (``date32`` dates, ``list<string>`` chairs and partners).

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
    """
    try:
        import pyarrow as pa
    except ImportError as exc:
        raise MissingDependencyError("Arrow export", "parquet") from exc
    types = {name: pa.string() for name in COLUMNS}
    types.update({"ordinal": pa.int32(), "date_earliest": pa.date32(), "date_latest": pa.date32()})
    types.update({name: pa.list_(pa.string()) for name in _LISTS})
    return pa.schema([(name, types[name]) for name in COLUMNS])


def to_arrow(source: MeetingSource) -> Any:
    """A ``pyarrow.Table`` of the meetings, with :func:`arrow_schema`.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
    """
    schema = arrow_schema()
    import pyarrow as pa

    return pa.Table.from_pydict(_columns(meeting_rows(source)), schema=schema)


def to_parquet(source: MeetingSource, path: str | os.PathLike[str], **options: Any) -> None:
    """Write the meetings to a Parquet file.

    Args:
        source: A collection, or meetings, merged meetings or extractions.
        path: The file to write.
        **options: Passed to ``pyarrow.parquet.write_table`` (``compression=...``).

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
    """
    table = to_arrow(source)
    import pyarrow.parquet as pq

    pq.write_table(table, os.fspath(path), **options)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def to_csv(source: MeetingSource, target: str | os.PathLike[str] | IO[str] | None = None) -> str | None:
    """Write the meetings as CSV (a header row of :data:`COLUMNS`; lists joined with ``"; "``; dates in ISO form).

    Args:
        source: A collection, or meetings, merged meetings or extractions.
        target: A path or an open text file; ``None`` to return the text.

    Returns:
        The CSV text when ``target`` is ``None``, else ``None``.
    """
    rows = meeting_rows(source)

    def write(out: IO[str]) -> None:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(row[name]) for name in COLUMNS])

    if target is None:
        buffer = io.StringIO()
        write(buffer)
        return buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        with open(target, "w", encoding="utf-8", newline="") as out:
            write(out)
    else:
        write(target)
    return None


_PRECISION_NOTE = {
    Precision.MONTH: "date known to the month",
    Precision.YEAR: "date known to the year",
}
"""Flag added to the SUMMARY of an event whose date is not known to the day."""


def _events(source: MeetingSource, imprecise: str) -> Iterator[tuple[Meeting, str | None]]:
    seen: set[str] = set()
    for meeting, src in iter_meetings(source):
        if meeting.date is None or meeting.id in seen:
            continue
        if imprecise == "skip" and meeting.date.precision is not Precision.DAY:
            continue
        seen.add(meeting.id)
        yield meeting, src


def to_ics(
    source: MeetingSource,
    *,
    imprecise: Literal["span", "skip"] = "span",
    calendar_name: str = "ASEAN meetings",
    stamp: datetime.datetime | None = None,
) -> bytes:
    """An iCalendar (.ics) file with one all-day event per dated meeting.

    A meeting reported by several sources appears once (the first report): merge first
    (:func:`~asean_records.query.merge.merge_meetings`) to combine them.

    Args:
        source: A collection, or meetings, merged meetings or extractions.
        imprecise: ``span``: a date known only to the month or year spans all its possible days and is flagged
            in ``SUMMARY`` and ``DESCRIPTION``. ``skip``: such meetings are left out.
        calendar_name: The calendar's display name (``X-WR-CALNAME``).
        stamp: The ``DTSTAMP`` of every event (UTC); by default the current time.

    Returns:
        The calendar as UTF-8 bytes.

    Raises:
        MissingDependencyError: icalendar is not installed (extra ``calendar``).
        ExportError: ``imprecise`` is neither ``span`` nor ``skip``.
    """
    try:
        import icalendar
    except ImportError as exc:
        raise MissingDependencyError("iCalendar export", "calendar") from exc
    if imprecise not in ("span", "skip"):
        raise ExportError(f"imprecise must be 'span' or 'skip', not {imprecise!r}")
    stamp = stamp or datetime.datetime.now(datetime.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//asean-records//meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", calendar_name)
    for meeting, src in _events(source, imprecise):
        dating = meeting.date
        if dating is None:  # pragma: no cover - filtered by _events
            continue
        first = datetime.date.fromordinal(dating.earliest.toordinal())
        last = datetime.date.fromordinal(dating.latest.toordinal())
        note = _PRECISION_NOTE.get(dating.precision)
        event = icalendar.Event()
        event.add("uid", f"{meeting.id}@asean-records")
        event.add("dtstamp", stamp)
        event.add("summary", f"{meeting.name} ({note})" if note else meeting.name)
        event.add("dtstart", first)
        event.add("dtend", last + datetime.timedelta(days=1))
        lines = [f"Date as reported: {dating.isoformat()}."]
        if note:
            known = dating.precision.value
            lines.append(f"The date is known only to the {known}; this event spans every day it may fall on.")
            lines.append(f"Possible days: {first} to {last}.")
        if meeting.series:
            lines.append(f"Series: {meeting.series}" + (f", no. {meeting.ordinal}." if meeting.ordinal else "."))
        if meeting.chairs:
            lines.append(f"Chaired by {', '.join(meeting.chairs)}.")
        if meeting.theme:
            lines.append(f"Theme: {meeting.theme}")
        if src:
            lines.append(f"Source: {src}")
        event.add("description", "\n".join(lines))
        place = ", ".join(p for p in (meeting.city, meeting.host_country) if p)
        if place:
            event.add("location", place)
        if meeting.status is not None:
            event.add("status", "CONFIRMED" if meeting.status is MeetingStatus.HELD else "TENTATIVE")
        event.add("x-asean-records-precision", dating.precision.value)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_ics(
    source: MeetingSource,
    path: str | os.PathLike[str],
    *,
    imprecise: Literal["span", "skip"] = "span",
    calendar_name: str = "ASEAN meetings",
    stamp: datetime.datetime | None = None,
) -> None:
    """Write :func:`to_ics` to a file.

    Raises:
        MissingDependencyError: icalendar is not installed (extra ``calendar``).
    """
    data = to_ics(source, imprecise=imprecise, calendar_name=calendar_name, stamp=stamp)
    with open(path, "wb") as out:
        out.write(data)
