"""Tests for the statements stage (invented examples)."""

from __future__ import annotations

from _people_stage import run_people
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.parse.found import Found
from asean_records.parse.stages.statements import find_statements


def _run(text: str) -> Found:
    found, doc = run_people(text)
    return find_statements(doc, found)


def test_reported_clause_after_that() -> None:
    """'NAME, TITLE, stressed that X' gives the speaker, lemma, role and the clause."""
    found = _run("Mr. Tomas Varga, Minister of Energy of Laos, stressed that grids must be linked by 2030.")
    s = found.statements[0]
    assert (s.speaker, s.verb, s.role) == ("Tomas Varga", "stress", "Minister of Energy")
    assert s.content == "grids must be linked by 2030"
    assert not s.quoted


def test_direct_quote_with_pronoun() -> None:
    """A quotation before 'he said' is the content, quoted, spoken by the person the pronoun refers to."""
    found = _run('Dr. Lena Park opened the forum. "We will act together," she said.')
    s = next(x for x in found.statements if x.quoted)
    assert (s.speaker, s.verb, s.content) == ("Lena Park", "say", "We will act together")


def test_country_speaker_and_coordinated_verb() -> None:
    """A country at the start of a sentence speaks; 'and urged' keeps the same speaker."""
    found = _run("Vietnam welcomed the plan and urged partners to fund it.")
    assert [(s.speaker, s.verb, s.content) for s in found.statements] == [
        ("VN", "welcome", "the plan"),
        ("VN", "urge", "partners to fund it"),
    ]


def test_call_for_needs_for() -> None:
    """'called' is only a statement as 'called for'."""
    found = _run("Mr. Tomas Varga called the meeting to order. Mr. Tomas Varga called for calm.")
    assert [(s.verb, s.content) for s in found.statements] == [("call for", "calm")]


@given(st.text(max_size=300))
@settings(max_examples=100, deadline=None)
def test_never_raises(text: str) -> None:
    """The stage never raises on arbitrary text and every statement has content."""
    for s in _run(text).statements:
        assert s.content
