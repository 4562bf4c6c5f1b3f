"""Merging meetings, people and plans across sources, with explained conflicts."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from query_data import ALL, EXTRACTION_A, WIDGETS_A, WIDGETS_B

from asean_records.model import (
    DateRange,
    Extraction,
    Meeting,
    PartialDate,
    Person,
    PlanOfAction,
    Source,
    record_id,
)
from asean_records.query import Records
from asean_records.query.merge import MatchRule, merge, merge_meetings, merge_people, merge_plans


def ex(source: str, **records: Any) -> Extraction:
    """An extraction of ``source`` with the given record tuples."""
    return Extraction(source=Source(id=source), **records)


def test_same_series_and_ordinal_merge_with_the_model_id() -> None:
    """Two reports of one numbered meeting become one merged meeting with the model's id."""
    merged = merge_meetings(ALL)
    widgets = merged[0]
    assert widgets.rule == MatchRule.SERIES_ORDINAL
    assert widgets.members == (WIDGETS_A, WIDGETS_B)
    assert widgets.sources == ("news-a", "press-b")
    assert WIDGETS_A.id == widgets.id
    assert record_id("mtg", "series", "MMW", 12) == widgets.id
    assert sum(len(m.members) for m in merged) == 5
    assert len(merged) == 4


def test_every_value_is_kept_with_its_source_and_provenance() -> None:
    """values() gives each source's value and the provenance that source recorded."""
    widgets = merge_meetings(ALL)[0]
    names = widgets.values("name")
    assert [("news-a", WIDGETS_A.name), ("press-b", WIDGETS_B.name)] == [(v.source, v.value) for v in names]
    assert WIDGETS_A.provenance_of("name") == names[0].provenance[0].provenance
    assert names[1].provenance == ()


def test_disagreement_is_reported_not_chosen() -> None:
    """Different host countries give a conflict with a sentence, and no agreed value."""
    widgets = merge_meetings(ALL)[0]
    assert widgets.has_conflicts
    [conflict] = [c for c in widgets.conflicts if c.field == "host_country"]
    assert {"VN", "TH"} == {v.value for v in conflict.values}
    assert "host country" in conflict.explanation
    assert "'VN' (news-a)" in conflict.explanation
    assert "'TH' (press-b)" in conflict.explanation
    assert widgets.agreed("host_country") is None
    assert widgets.to_meeting().host_country is None


def test_a_refinement_is_not_a_conflict() -> None:
    """A month and two days inside it agree; the agreed date is the more precise one."""
    widgets = merge_meetings(ALL)[0]
    assert "date" not in {c.field for c in widgets.conflicts}
    assert WIDGETS_A.date == widgets.agreed("date")
    # one co-chair and two co-chairs (same name, other spelling) agree: the fuller list is kept
    assert "chairs" not in {c.field for c in widgets.conflicts}
    assert widgets.agreed("chairs") == ("Tran Minh", "Somchai Dee")


def test_dates_that_cannot_both_be_right_conflict() -> None:
    """Two different days for one meeting conflict, and the sentence says why."""
    a = ex("a", meetings=(Meeting(name="3rd Widget Summit", series="WS", ordinal=3, date=PartialDate(2030, 5, 2)),))
    b = ex("b", meetings=(Meeting(name="3rd Widget Summit", series="WS", ordinal=3, date=PartialDate(2030, 5, 9)),))
    [merged] = merge_meetings([a, b])
    [conflict] = merged.conflicts
    assert conflict.field == "date"
    assert "2030-05-09 begins after 2030-05-02 ends" in conflict.explanation
    assert merged.to_meeting().date is None


def test_name_and_overlapping_dates_merge_unnumbered_meetings() -> None:
    """Meetings without an ordinal merge by normalised name when their dates overlap, and only then."""
    a = ex("a", meetings=(Meeting(name="Widget Retreat", date=PartialDate(2030, 3)),))
    b = ex("b", meetings=(Meeting(name="WIDGET  retreat", date=PartialDate(2030, 3, 14)),))
    c = ex("c", meetings=(Meeting(name="Widget Retreat", date=PartialDate(2031, 3, 14)),))
    merged = merge_meetings([a, b, c])
    assert [m.sources for m in merged] == [("a", "b"), ("c",)] or [m.sources for m in merged] == [("a", "b"), ("c",)]
    assert [m.rule for m in merged] == [MatchRule.NAME_DATE, MatchRule.NAME_DATE]
    assert merged[0].id != merged[1].id


def test_the_widget_retreat_normalises() -> None:
    """Case and accents do not separate names."""
    a = ex("a", meetings=(Meeting(name="Hội nghị Widget", date=PartialDate(2030, 3)),))
    b = ex("b", meetings=(Meeting(name="HOI NGHI WIDGET", date=PartialDate(2030, 3, 14)),))
    [merged] = merge_meetings([a, b])
    assert merged.sources == ("a", "b")


def test_unnumbered_report_joins_the_numbered_meeting_of_its_series() -> None:
    """A report with the series but no ordinal joins the one numbered meeting of that series on those days."""
    a = ex("a", meetings=(Meeting(name="7th Widget Summit", series="WS", ordinal=7, date=PartialDate(2030, 5, 2)),))
    b = ex("b", meetings=(Meeting(name="Widget Summit", series="WS", date=PartialDate(2030, 5)),))
    [merged] = merge_meetings([a, b])
    assert merged.sources == ("a", "b")
    assert merged.rule == MatchRule.SERIES_ORDINAL


def test_people_spelling_and_honorific_variants_merge() -> None:
    """'PRAK Vannak', 'Prak Vannak', 'H.E. Prak Vanak' are one person."""
    a = ex("a", people=(Person(name="Prak Vannak", written="PRAK Vannak", country="KH"),))
    b = ex("b", people=(Person(name="H.E. Prak Vannak"), Person(name="Prak Vanak", country="KH")))
    [person] = merge_people([a, b])
    assert person.rule == MatchRule.PERSON_NAME
    assert len(person.members) == 3
    assert person.agreed("country") == "KH"
    assert {"PRAK Vannak", "Prak Vannak", "H.E. Prak Vannak", "Prak Vanak"} == set(person.variants)


def test_name_order_variants_merge_only_when_unambiguous() -> None:
    """'Vannak Prak' joins 'Prak Vannak' when a stated family name agrees; without one they stay apart."""
    family_first = Person(name="Prak Vannak", family_name="Prak", family_name_first=True, country="KH")
    given_first = Person(name="Vannak Prak", family_name="Prak")
    [merged] = merge_people([ex("a", people=(family_first,)), ex("b", people=(given_first,))])
    assert merged.rule == MatchRule.PERSON_NAME_ORDER
    assert record_id("per", "prak vannak") == merged.id

    bare = merge_people([ex("a", people=(Person(name="Prak Vannak"),)), ex("b", people=(Person(name="Vannak Prak"),))])
    assert len(bare) == 2
    conflicting = merge_people(
        [
            ex("a", people=(Person(name="Lee Anna", family_name="Lee", country="SG"),)),
            ex("b", people=(Person(name="Anna Lee", family_name="Lee", country="US"),)),
        ]
    )
    assert len(conflicting) == 2


def test_person_country_conflict_is_explained() -> None:
    """Two countries for one person are a conflict."""
    people = (Person(name="Dara Sok", country="KH"),)
    other = (Person(name="DARA Sok", country="TH"),)
    [merged] = merge_people([ex("a", people=people), ex("b", people=other)])
    assert [c.field for c in merged.conflicts] == ["country"]


def test_plans_merge_by_parties_and_period() -> None:
    """Plans with the same parties (in any order) and period merge; one without a period joins when unique."""
    a = ex("a", plans=(PlanOfAction(name="Widget PoA", parties=("ASEAN", "JP"), start_year=2031, end_year=2035),))
    b = ex("b", plans=(PlanOfAction(name="Plan of Action on Widgets", parties=("JP", "ASEAN")),))
    c = ex("c", plans=(PlanOfAction(name="Widget PoA", parties=("ASEAN", "JP"), start_year=2036, end_year=2040),))
    merged = merge_plans([a, b])
    assert len(merged) == 1
    assert merged[0].rule == MatchRule.PARTIES_PERIOD
    assert a.plans[0].id == merged[0].id
    assert merged[0].to_plan().start_year == 2031
    # with two periods known, a plan without one cannot be placed
    assert len(merge_plans([a, b, c])) == 3


def test_merge_takes_records_and_extractions_alike() -> None:
    """merge() gives the same result from a collection and from the extractions."""
    from_records = merge(Records.from_extractions(ALL))
    from_extractions = merge(iter(ALL))
    assert [m.id for m in from_records.meetings] == [m.id for m in from_extractions.meetings]
    assert [p.id for p in from_records.people] == [p.id for p in from_extractions.people]
    assert len(from_records.plans) == 1
    assert [("mtg-" in i) for i, _ in from_records.conflicts] == [True]


def test_repr_and_html_show_conflicts() -> None:
    """The text and HTML views of merged records name their sources and conflicts."""
    merged = merge(ALL)
    text = repr(merged.meetings[0])
    assert "from 2 sources" in text
    assert "<- conflict" in text
    assert "CONFLICT" in merged.meetings[0]._repr_html_()
    assert repr(merged).startswith("<Merged: 4 meetings, 3 people, 1 plans, 1 conflicts>")
    assert "<table>" in merged._repr_html_()


def test_extraction_a_alone_has_no_conflicts() -> None:
    """A meeting reported once is a merged meeting of one member, without conflicts."""
    [merged] = merge_meetings([EXTRACTION_A])
    assert not merged.has_conflicts
    assert WIDGETS_A.name == merged.to_meeting().name


ORDINALS = st.lists(st.tuples(st.sampled_from(["AA", "BB"]), st.integers(1, 4), st.integers(1, 3)), max_size=25)


@settings(max_examples=60, deadline=None)
@given(ORDINALS)
def test_numbered_meetings_group_exactly_by_key(items: list[tuple[str, int, int]]) -> None:
    """Every input meeting lands in exactly one group, and groups are exactly the distinct (series, ordinal)."""
    exs = [
        ex(f"s{i}", meetings=(Meeting(name=f"{s} {n}", series=s, ordinal=n, date=PartialDate(2030, day)),))
        for i, (s, n, day) in enumerate(items)
    ]
    merged = merge_meetings(exs)
    assert sorted({(s, n) for s, n, _ in items}) == sorted((m.members[0].series, m.members[0].ordinal) for m in merged)
    assert len(items) == sum(len(m.members) for m in merged)
    assert len({m.id for m in merged}) == len(merged)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 28), st.integers(0, 3)), min_size=1, max_size=12))
def test_name_clusters_are_the_overlap_components(spans: list[tuple[int, int]]) -> None:
    """Same-named meetings merge exactly when their dates chain by overlap."""
    meetings = [
        Meeting(name="Widget Talks", date=DateRange(PartialDate(2030, 1, d), PartialDate(2030, 1, min(d + n, 31))))
        for d, n in spans
    ]
    merged = merge_meetings([ex(f"s{i}", meetings=(m,)) for i, m in enumerate(meetings)])
    intervals = [(d, min(d + n, 31)) for d, n in spans]
    parent = list(range(len(intervals)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, (a, b) in enumerate(intervals):  # all pairs: the slow, obviously right reference
        for j, (c, d) in enumerate(intervals[:i]):
            if a <= d and c <= b:
                parent[root(i)] = root(j)
    components = len({root(i) for i in range(len(intervals))})
    assert components == len(merged)
