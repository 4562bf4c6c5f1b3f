"""Exports: DataFrames, Arrow, Parquet, CSV and iCalendar keep partial dates honest."""

from __future__ import annotations

import builtins
import csv
import datetime
import io
from pathlib import Path
from typing import Any

import icalendar
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
from query_data import ALL, WIDGETS_A

from asean_records.errors import ExportError, MissingDependencyError
from asean_records.model import Meeting, PartialDate, Record
from asean_records.query import Records
from asean_records.query.export import (
    COLUMNS,
    meeting_rows,
    to_arrow,
    to_csv,
    to_ics,
    to_pandas,
    to_parquet,
    to_polars,
    write_ics,
)
from asean_records.query.merge import merge_meetings

STAMP = datetime.datetime(2032, 1, 1, tzinfo=datetime.UTC)


@pytest.fixture
def records() -> Records[Record]:
    """The shared example collection."""
    return Records.from_extractions(ALL)


def test_rows_keep_partial_dates_as_bounds_and_precision(records: Records[Record]) -> None:
    """A month is written as its ISO text with earliest and latest days and precision, not a first-of-month day."""
    rows = {r["name"]: r for r in meeting_rows(records)}
    month = rows["Twelfth Ministerial Meeting on Widgets"]
    assert month["date"] == "2031-09"
    assert datetime.date(2031, 9, 1) == month["date_earliest"]
    assert datetime.date(2031, 9, 30) == month["date_latest"]
    assert month["date_precision"] == "month"
    assert rows["Undated Sprocket Talks"]["date"] is None
    assert month["source"] == "press-b"
    assert list(COLUMNS) == list(month)


def test_pandas(records: Records[Record]) -> None:
    """The pandas frame has the columns, real date columns and nullable ordinals."""
    frame = to_pandas(records)
    assert list(COLUMNS) == list(frame.columns)
    assert len(frame) == 5
    assert pd.Timestamp("2031-09-30") == frame.loc[1, "date_latest"]
    assert frame["date_earliest"].isna().tolist() == [False, False, False, False, True]
    assert str(frame["ordinal"].dtype) == "Int64"
    assert frame["chairs"].tolist()[1] == ["Tran Minh", "Somchai Dee"]


def test_polars(records: Records[Record]) -> None:
    """The polars frame uses Date and List(String) types."""
    frame = to_polars(records)
    assert pl.Date == frame.schema["date_earliest"]
    assert pl.List(pl.String) == frame.schema["partners"]
    assert datetime.date(2031, 12, 31) == frame.filter(pl.col("name") == "Gadget Forum")["date_latest"][0]


def test_arrow_and_parquet_round_trip(records: Records[Record], tmp_path: Path) -> None:
    """A Parquet file reads back the same rows as the Arrow table."""
    table = to_arrow(records)
    path = tmp_path / "meetings.parquet"
    to_parquet(records, path)
    back = pq.read_table(path)
    assert table.schema == back.schema
    assert table.to_pylist() == back.to_pylist()
    assert str(back.schema.field("date_earliest").type) == "date32[day]"


def test_csv(records: Records[Record], tmp_path: Path) -> None:
    """CSV has a header, ISO dates, lists joined with '; ', and empty cells for missing values."""
    text = to_csv(records)
    assert text is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(COLUMNS) == list(rows[0])
    assert rows[1]["chairs"] == "Tran Minh; Somchai Dee"
    month = (rows[1]["date"], rows[1]["date_earliest"], rows[1]["date_latest"])
    assert month == ("2031-09", "2031-09-01", "2031-09-30")
    assert rows[4]["date"] == ""
    path = tmp_path / "m.csv"
    assert to_csv(records, path) is None
    assert text == path.read_text(encoding="utf-8")


def test_exports_take_iterables_of_meetings_and_merged_meetings() -> None:
    """Loose meetings and merged meetings export like a collection."""
    assert len(meeting_rows([WIDGETS_A])) == 1
    merged = meeting_rows(merge_meetings(ALL))
    assert merged[0]["source"] == "news-a;press-b"
    assert merged[0]["host_country"] is None  # the sources disagree; nothing is chosen


def _events(data: bytes) -> list[Any]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_ics_all_day_events_with_exclusive_end(records: Records[Record]) -> None:
    """Day-precise meetings are all-day events ending the day after their last day, with a stable UID."""
    events = {str(e["UID"]): e for e in _events(to_ics(records, stamp=STAMP))}
    event = events[f"{WIDGETS_A.id}@asean-records"]
    assert datetime.date(2031, 9, 9) == event.decoded("DTSTART")
    assert datetime.date(2031, 9, 11) == event.decoded("DTEND")
    assert str(event["SUMMARY"]) == "12th Ministerial Meeting on Widgets"
    assert b"DTSTART;VALUE=DATE:20310909" in to_ics(records, stamp=STAMP)


def test_ics_imprecise_dates_span_and_are_flagged(records: Records[Record]) -> None:
    """A month-precise meeting spans the month and says so; 'skip' leaves it out; undated ones never appear."""
    events = _events(to_ics(records, stamp=STAMP))
    # the two reports of the 12th meeting share an id: the first one is kept
    assert len(events) == 3
    gadget = next(e for e in events if "Gadget" in str(e["SUMMARY"]))
    assert str(gadget["SUMMARY"]) == "Gadget Forum (date known to the year)"
    assert gadget.decoded("DTSTART") == datetime.date(2031, 1, 1)
    assert gadget.decoded("DTEND") == datetime.date(2032, 1, 1)
    assert "known only to the year" in str(gadget["DESCRIPTION"])
    month = _events(to_ics([Meeting(name="Widget Retreat", date=PartialDate(2031, 2))], stamp=STAMP))[0]
    assert str(month["SUMMARY"]) == "Widget Retreat (date known to the month)"
    assert datetime.date(2031, 3, 1) == month.decoded("DTEND")
    skipped = _events(to_ics(records, imprecise="skip", stamp=STAMP))
    assert [str(e["SUMMARY"]) for e in skipped] == ["12th Ministerial Meeting on Widgets", "Sprocket Dialogue"]
    with pytest.raises(ExportError):
        to_ics(records, imprecise="guess")  # type: ignore[arg-type]


def test_ics_is_stable_and_written_to_a_file(records: Records[Record], tmp_path: Path) -> None:
    """The same input and stamp give the same bytes; write_ics writes them."""
    path = tmp_path / "m.ics"
    write_ics(records, path, stamp=STAMP)
    assert to_ics(records, stamp=STAMP) == path.read_bytes()


def test_missing_backend_raises_missing_dependency(records: Records[Record], monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_pandas names the extra to install."""
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in ("pandas", "icalendar"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingDependencyError, match="dataframe"):
        to_pandas(records)
    with pytest.raises(MissingDependencyError, match="calendar"):
        to_ics(records)
