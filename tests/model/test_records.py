"""Records, provenance and ids: invariants that every other layer relies on."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asean_records import (
    Basis,
    Extraction,
    FieldProvenance,
    InferenceReason,
    InvalidSpanError,
    Meeting,
    ModelError,
    Person,
    PlanOfAction,
    Provenance,
    Source,
    Span,
)
from asean_records.testing import extractions, meetings, people, plans


def test_meeting_id_is_deterministic_and_keyed() -> None:
    """Same key fields give the same id; series+ordinal outrank the name."""
    a = Meeting(name="53rd ASEAN Foreign Ministers' Meeting", series="AMM", ordinal=53)
    b = Meeting(name="53rd AMM", series="AMM", ordinal=53)
    c = Meeting(name="54th AMM", series="AMM", ordinal=54)
    assert a.id == b.id
    assert a.id != c.id
    assert a.id.startswith("mtg-")


def test_person_id_ignores_case_and_punctuation() -> None:
    """Name variants that differ only in case or punctuation share an id."""
    assert Person(name="Chhay Sovann").id == Person(name="CHHAY  Sovann").id


def test_records_are_immutable() -> None:
    """Frozen records refuse assignment."""
    m = Meeting(name="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.name = "y"  # type: ignore[misc]


def test_invalid_values_raise_model_errors() -> None:
    """Ordinal 0, reversed plan periods and reversed spans are rejected with a ModelError."""
    with pytest.raises(ModelError, match="ordinal"):
        Meeting(name="x", ordinal=0)
    with pytest.raises(ModelError, match="ends"):
        PlanOfAction(name="p", start_year=2025, end_year=2021)
    with pytest.raises(InvalidSpanError):
        Span(5, 2)


def test_basis_needs_a_reason_only_when_inferred() -> None:
    """Inferred bases carry a reason; stated ones may not."""
    assert Basis.inferred(InferenceReason.YEAR_FROM_DATELINE, "dateline 2020").is_inferred
    with pytest.raises(ModelError):
        Basis(Basis.stated().kind, InferenceReason.YEAR_FROM_DATELINE)


def test_extraction_quotes_the_text_behind_a_field() -> None:
    """Asking where a field came from gives back the quoted text."""
    text = "The 12th Widget Forum met in Hue on 4 May 2024."
    start = text.index("12th Widget Forum")
    m = Meeting(
        name="12th Widget Forum",
        provenance=(FieldProvenance("name", Provenance((Span(start, start + 17),))),),
    )
    ex = Extraction(source=Source(id="doc"), text=text, meetings=(m,))
    assert ex.quote(m, "name") == ("12th Widget Forum",)
    assert ex.get(m.id) is m
    with pytest.raises(ModelError, match="city"):
        ex.quote(m, "city")


@given(st.text(max_size=200), st.data())
def test_spans_quote_exactly_what_they_point_at(text: str, data: st.DataObject) -> None:
    """A span inside a text quotes text[start:end]; one past the end raises."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert Span(start, end).quote(text) == text[start:end]
    assert len(Span(start, end)) == end - start
    with pytest.raises(InvalidSpanError):
        Span(start, len(text) + 1).quote(text)


@given(st.one_of(meetings(), people(), plans()))
def test_ids_are_deterministic(record: Meeting | Person | PlanOfAction) -> None:
    """Rebuilding a record from its fields (without the id) gives the same id."""
    fields = {a.alias: getattr(record, a.name) for a in attrs.fields(type(record)) if a.name != "id"}
    assert type(record)(**fields).id == record.id


@given(extractions())
def test_extraction_indexes_every_record(ex: Extraction) -> None:
    """Every record is reachable by id, and countries are entity keys in order."""
    for record in ex.records():
        assert ex.get(record.id).id == record.id
    assert all(len(c) == 2 for c in ex.countries)
