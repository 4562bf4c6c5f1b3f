"""Timelines: date order with the precision shown."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from query_data import ALL

from asean_records.errors import QueryError
from asean_records.model import DateRange, Meeting, PartialDate, Precision
from asean_records.query import Records
from asean_records.query.merge import merge_meetings
from asean_records.query.timeline import date_label, timeline, timeline_by_country, timeline_by_series
from asean_records.testing import datings


@pytest.mark.parametrize(
    ("dating", "label"),
    [
        (PartialDate(2031), "2031"),
        (PartialDate(2031, 9), "Sep 2031"),
        (PartialDate(2031, 9, 9), "9 Sep 2031"),
        (DateRange(PartialDate(2031, 9, 9), PartialDate(2031, 9, 10)), "9-10 Sep 2031"),
        (DateRange(PartialDate(2031, 9, 30), PartialDate(2031, 10, 2)), "30 Sep-2 Oct 2031"),
        (DateRange(PartialDate(2031, 12, 30), PartialDate(2032, 1, 2)), "30 Dec 2031-2 Jan 2032"),
        (DateRange(PartialDate(2031, 9), PartialDate(2031, 10)), "Sep-Oct 2031"),
        (DateRange(PartialDate(2031), PartialDate(2032)), "2031-2032"),
    ],
)
def test_date_label(dating: PartialDate | DateRange, label: str) -> None:
    """Labels say exactly as much as the date knows."""
    assert label == date_label(dating)


def test_timeline_orders_by_date_and_shows_precision() -> None:
    """Rows come in date order (earliest, then latest) with precision and label; undated meetings are left out."""
    rows = timeline(Records.from_extractions(ALL)).rows
    expected = [
        "Gadget Forum",
        "Twelfth Ministerial Meeting on Widgets",
        "12th Ministerial Meeting on Widgets",
        "Sprocket Dialogue",
    ]
    assert expected == [r.meeting.name for r in rows]
    assert [r.precision for r in rows] == [Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.DAY]
    assert [r.label for r in rows] == ["2031", "Sep 2031", "9-10 Sep 2031", "15 Jan 2032"]
    assert (datetime.date(2031, 9, 1), datetime.date(2031, 9, 30)) == (rows[1].earliest, rows[1].latest)
    assert rows[2].iso == "2031-09-09/2031-09-10"
    assert rows[1].source == "press-b"


def test_timeline_of_merged_meetings_uses_agreed_dates() -> None:
    """Merged meetings appear once, at their agreed date, with all their sources."""
    rows = timeline(merge_meetings(ALL)).rows
    widgets = [r for r in rows if r.meeting.series == "MMW"]
    assert len(widgets) == 1
    assert widgets[0].label == "9-10 Sep 2031"
    assert widgets[0].source == "news-a;press-b"


def test_per_series_and_per_country() -> None:
    """Per-series and per-country timelines split the same rows."""
    records = Records.from_extractions(ALL)
    by_series = timeline_by_series(records)
    assert {"MMW", ""} == set(by_series)
    assert len(by_series["MMW"]) == 2
    by_host = timeline_by_country(records)
    assert [r.meeting.name for r in by_host["VN"]] == ["12th Ministerial Meeting on Widgets"]
    assert [r.meeting.name for r in timeline_by_country(records, role="partner")["JP"]] == ["Gadget Forum"]
    with pytest.raises(QueryError):
        timeline_by_country(records, role="chair")  # type: ignore[arg-type]


def test_repr_and_html() -> None:
    """A timeline prints one line per row and renders an HTML table."""
    line = repr(timeline(ALL)).splitlines()[1]
    assert "2031" in line
    assert "Gadget Forum" in line
    assert timeline(ALL)._repr_html_().startswith("<table>")


@settings(max_examples=80, deadline=None)
@given(st.lists(datings(), max_size=20))
def test_rows_are_sorted_and_bounds_match_the_dates(values: list[Any]) -> None:
    """Rows are sorted by earliest day, and each row's bounds and label come from its own date."""
    meetings = [Meeting(name=f"m{i}", date=d) for i, d in enumerate(values)]
    rows = timeline(meetings).rows
    assert sorted(r.earliest for r in rows) == [r.earliest for r in rows]
    for row in rows:
        assert row.meeting.date is not None
        assert row.earliest == row.meeting.date.earliest
        assert row.latest == row.meeting.date.latest
        assert row.label == date_label(row.meeting.date)
