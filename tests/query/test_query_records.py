"""Records: composable, indexed filters over many extractions."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from query_data import ALL, EXTRACTION_A, TRAN, WIDGETS_A, WIDGETS_B

from asean_records.errors import ModelError, QueryError, UnknownReferenceError
from asean_records.model import Extraction, Meeting, MeetingMode, PartialDate, Person, Record, Source
from asean_records.query import Records
from asean_records.testing import datings, partial_dates

D = datetime.date


@pytest.fixture
def records() -> Records[Record]:
    """The shared example collection."""
    return Records.from_extractions(ALL)


def names(selection: Records[Meeting]) -> list[str]:
    """Names of the selected meetings, in order."""
    return [m.name for m in selection]


def test_collects_every_record_in_order(records: Records[Record]) -> None:
    """Every record of every extraction is in the collection, meetings of each extraction first."""
    expected = [r for ex in ALL for r in ex.records()]
    assert expected == list(records)
    assert len(expected) == len(records)


def test_type_filters(records: Records[Record]) -> None:
    """meetings() and people() keep only records of that type."""
    assert len(records.meetings()) == 5
    assert all(isinstance(m, Meeting) for m in records.meetings())
    assert [p.name for p in records.people()] == ["Tran Minh", "Somchai Dee", "Dara Sok"]


def test_filters_compose_and_return_new_collections(records: Records[Record]) -> None:
    """Each filter returns a new collection and leaves the one it was called on unchanged."""
    meetings = records.meetings()
    widgets = meetings.series("MMW")
    hosted = widgets.country("VN", role="host")
    assert len(meetings) == 5
    assert len(widgets) == 2
    assert list(hosted) == [WIDGETS_A]


def test_series_is_case_insensitive_and_takes_several(records: Records[Record]) -> None:
    """Series keys compare folded; several keys match any of them."""
    assert len(records.series("mmw")) == 2
    assert len(records.series("MMW", "nothing")) == 2


def test_ordinal(records: Records[Record]) -> None:
    """Meetings are found by their number in the series."""
    assert list(records.ordinal(12)) == [WIDGETS_A, WIDGETS_B]
    assert list(records.ordinal(13)) == []


def test_country_roles(records: Records[Record]) -> None:
    """Host, chair (through Person records), partner, participant and own roles each find what they should."""
    assert names(records.meetings().country("VN", role="host")) == ["12th Ministerial Meeting on Widgets"]
    # the second source names Tran Minh as a chair but has no Person record for him: no country is known there
    assert names(records.meetings().country("VN", role="chair")) == ["12th Ministerial Meeting on Widgets"]
    assert names(records.meetings().country("TH", role="chair")) == ["Twelfth Ministerial Meeting on Widgets"]
    assert names(records.meetings().country("JP", role="partner")) == ["Gadget Forum"]
    assert names(records.meetings().country("LA", role="participant")) == ["12th Ministerial Meeting on Widgets"]
    assert list(records.people().country("VN", role="own")) == [TRAN]


def test_country_any_is_the_union_of_roles(records: Records[Record]) -> None:
    """role='any' finds records that involve the country in any role."""
    got = set(map(id, records.country("JP")))
    expected = set(map(id, records.country("JP", role="partner"))) | set(map(id, records.country("JP", role="own")))
    assert expected == got
    assert len(got) == 2  # the Gadget Forum and the plan with JP as a party


def test_country_by_name_through_the_knowledge_base(records: Records[Record]) -> None:
    """A country name the knowledge base knows is resolved to its code."""
    assert list(records.country("VN", role="host")) == list(records.country("Viet Nam", role="host"))


def test_unknown_country_and_role_raise(records: Records[Record]) -> None:
    """Bad arguments raise library errors that say what is wrong."""
    with pytest.raises(UnknownReferenceError):
        records.country("Atlantis")
    with pytest.raises(QueryError, match="role"):
        records.country("VN", role="guest")  # type: ignore[arg-type]


def test_person_ignores_case_honorifics_accents_and_order(records: Records[Record]) -> None:
    """A person is found however the name is written."""
    for written in ("Tran Minh", "TRAN Minh", "H.E. Trần Minh", "Minh Tran"):
        found = records.meetings().person(written)
        assert names(found) == ["12th Ministerial Meeting on Widgets", "Twelfth Ministerial Meeting on Widgets"]
    assert len(records.statements().person("tran minh")) == 1


def test_organisation(records: Records[Record]) -> None:
    """Organisations match people of them and records of extractions that name them."""
    assert [p.name for p in records.people().organisation("widget council")] == ["Somchai Dee"]
    assert len(records.meetings().organisation("Widget Council")) == 2


def test_mode_and_status(records: Records[Record]) -> None:
    """Mode and status take enums or their values; unknown values raise."""
    assert names(records.meetings().mode(MeetingMode.VIRTUAL)) == ["Gadget Forum"]
    assert names(records.meetings().mode("virtual")) == ["Gadget Forum"]
    assert names(records.meetings().status("held")) == ["12th Ministerial Meeting on Widgets"]
    with pytest.raises(QueryError, match="mode"):
        records.mode("telepathic")


def test_between_possibly_and_certainly(records: Records[Record]) -> None:
    """'possibly' keeps dates that may overlap the window; 'certainly' only those wholly inside."""
    window = (D(2031, 9, 10), D(2031, 9, 30))
    possibly = names(records.meetings().between(*window))
    certainly = names(records.meetings().between(*window, certainty="certainly"))
    assert possibly == [
        "12th Ministerial Meeting on Widgets",
        "Twelfth Ministerial Meeting on Widgets",
        "Gadget Forum",
    ]
    assert certainly == []
    month = names(records.meetings().between(D(2031, 9, 1), D(2031, 9, 30), certainty="certainly"))
    assert month == ["12th Ministerial Meeting on Widgets", "Twelfth Ministerial Meeting on Widgets"]


def test_between_takes_partial_dates(records: Records[Record]) -> None:
    """A partial-date bound stands for its earliest (start) or latest (end) day."""
    got = names(records.meetings().between(PartialDate(2032), PartialDate(2032), certainty="certainly"))
    assert got == ["Sprocket Dialogue"]


def test_between_plans_use_their_period(records: Records[Record]) -> None:
    """A plan of action matches a window through its period of years."""
    assert len(records.plans().between(D(2034, 6, 1), D(2034, 6, 1))) == 1
    assert len(records.plans().between(D(2036, 1, 1), D(2036, 12, 31))) == 0


def test_reversed_window_and_bad_certainty_raise(records: Records[Record]) -> None:
    """A window that ends before it starts, or an unknown certainty, is an error."""
    with pytest.raises(QueryError, match="before it starts"):
        records.between(D(2031, 2, 1), D(2031, 1, 1))
    with pytest.raises(QueryError, match="certainty"):
        records.between(D(2031, 1, 1), D(2031, 2, 1), certainty="maybe")  # type: ignore[arg-type]


def test_search_is_accent_and_case_insensitive(records: Records[Record]) -> None:
    """Search finds every word in names and themes, ignoring case and accents."""
    assert names(records.meetings().search("SPROCKET")) == ["Sprocket Dialogue", "Undated Sprocket Talks"]
    assert names(records.meetings().search("resilient widgets")) == ["12th Ministerial Meeting on Widgets"]
    assert [p.name for p in records.people().search("trần")] == ["Tran Minh"]
    assert names(records.meetings().search("sprocket widgets")) == []
    with pytest.raises(QueryError):
        records.search("  ...  ")


def test_source_and_where(records: Records[Record]) -> None:
    """source() selects by source id; where() applies any predicate."""
    assert names(records.meetings().source("press-b").where(lambda m: m.partners != ())) == ["Gadget Forum"]


def test_provenance_stays_reachable(records: Records[Record]) -> None:
    """Each record leads back to its extraction, so its quotes can be read."""
    meeting = records.meetings().series("MMW").country("VN", role="host")[0]
    assert EXTRACTION_A is records.extraction_of(meeting)
    assert records.source_of(meeting).id == "news-a"
    assert records.quote(meeting, "name") == ("12th Ministerial Meeting on Widgets",)
    assert records.quote(meeting, "city") == ("Đà Nẵng",)
    pairs = list(records.meetings().ordinal(12).items())
    assert [ex.source.id for _, ex in pairs] == ["news-a", "press-b"]
    with pytest.raises(ModelError):
        records.extraction_of(Person(name="Nobody"))


def test_slicing_and_indexing(records: Records[Record]) -> None:
    """Integer indexes give records; slices give collections that can be filtered further."""
    meetings = records.meetings()
    assert meetings[1] == WIDGETS_B
    assert names(meetings[1:3].mode("virtual")) == ["Gadget Forum"]


def test_from_records_wraps_loose_records() -> None:
    """Loose records are collected under one synthetic source."""
    records = Records.from_records([WIDGETS_A, TRAN])
    assert list(records.meetings()) == [WIDGETS_A]
    assert records.source_of(TRAN).id == "(records)"


def test_repr_and_html(records: Records[Record]) -> None:
    """The text and HTML views name the counts and show the first rows, escaped."""
    text = repr(records.meetings())
    assert text.startswith("<Records: 5 records (5 Meeting) from 3 sources>")
    assert "12th Ministerial Meeting on Widgets" in text
    html = records._repr_html_()
    assert html.startswith("<table>")
    assert "Đà Nẵng" not in html or "<td>" in html
    assert "<script>" not in Records.from_records([Meeting(name="<script>")])._repr_html_()


LIGHT_MEETINGS = st.builds(
    Meeting,
    name=st.sampled_from(["Widget Forum", "Gadget Talks"]),
    date=st.none() | datings(),
    host_country=st.none() | st.sampled_from(["VN", "TH", "US", "KH"]),
)
EXTRACTIONS = st.lists(
    st.builds(Extraction, source=st.builds(Source, id=st.just("s")), meetings=st.lists(LIGHT_MEETINGS).map(tuple)),
    max_size=6,
)
WINDOW_DAYS = st.tuples(st.dates(D(1960, 1, 1), D(2040, 12, 31)), st.integers(0, 800))


@settings(max_examples=60, deadline=None)
@given(EXTRACTIONS, WINDOW_DAYS, st.sampled_from(["possibly", "certainly"]))
def test_between_agrees_with_a_scan(exs: list[Extraction], window: tuple[D, int], certainty: str) -> None:
    """The indexed date window selects exactly what a plain scan of partial-date bounds selects."""
    start, days = window
    end = start + datetime.timedelta(days=days)
    records = Records.from_extractions(exs)
    got = [id(m) for m in records.meetings().between(start, end, certainty=certainty)]  # type: ignore[arg-type]
    expected = []
    for ex in exs:
        for m in ex.meetings:
            if m.date is None:
                continue
            lo, hi = m.date.earliest, m.date.latest
            inside = start <= lo and hi <= end if certainty == "certainly" else lo <= end and start <= hi
            if inside:
                expected.append(id(m))
    assert expected == got


@settings(max_examples=60, deadline=None)
@given(EXTRACTIONS, st.sampled_from(["VN", "TH", "US", "KH"]), partial_dates())
def test_filter_order_does_not_matter(exs: list[Extraction], country: str, day: PartialDate) -> None:
    """Composed filters give the same rows in any order, and the same as a scan."""
    records = Records.from_extractions(exs)
    a = list(map(id, records.meetings().country(country, role="host").between(day, day)))
    b = list(map(id, records.between(day, day).country(country, role="host").meetings()))
    scan = [
        id(m)
        for ex in exs
        for m in ex.meetings
        if m.host_country == country and m.date is not None and m.date.overlaps(day)
    ]
    assert scan == a
    assert scan == b
