"""Tests for the delegations stage (invented examples)."""

from __future__ import annotations

from _people_stage import run_people
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.parse.found import Found
from asean_records.parse.stages.delegations import find_delegations


def _run(text: str) -> Found:
    found, doc = run_people(text)
    return find_delegations(doc, found)


def test_delegation_led_by() -> None:
    """'the Lao delegation led by H.E. NAME' gives the country and the head."""
    found = _run("The Lao delegation led by H.E. Somphone Keola attended the retreat.")
    assert [(d.country, d.head) for d in found.delegations] == [("LA", "Somphone Keola")]


def test_person_led_delegation_on_behalf() -> None:
    """'NAME led the Thai delegation ... on behalf of Thailand' gives head, country and on_behalf_of."""
    found = _run("Dr. Anan Wongsa led the Thai delegation and spoke on behalf of Thailand.")
    d = found.delegations[0]
    assert (d.country, d.head, d.on_behalf_of) == ("TH", "Anan Wongsa", "TH")


def test_collective_delegations_make_no_record() -> None:
    """Unnamed collective delegations are not records."""
    assert _run("Delegations from the ten ASEAN Member States attended.").delegations == ()


@given(st.text(max_size=300))
@settings(max_examples=100, deadline=None)
def test_never_raises(text: str) -> None:
    """The stage never raises on arbitrary text."""
    for d in _run(text).delegations:
        assert d.head


def test_delegation_of_country_led_by() -> None:
    """'the delegation of Cambodia, led by NAME' and 'a delegation from Viet Nam headed by NAME'."""
    found = _run(
        "The delegation of Cambodia, led by H.E. Chea Vibol, arrived on Monday. "
        "A delegation from Viet Nam headed by Dr. Le Minh Chau joined them."
    )
    assert [(d.country, d.head) for d in found.delegations] == [("KH", "Chea Vibol"), ("VN", "Le Minh Chau")]


def test_delegation_of_a_non_country_is_no_record() -> None:
    """'a delegation of Senior Officials led by NAME' names no country: no record from that pattern."""
    found = _run("A delegation of Senior Officials led by Dr. Le Minh Chau attended.")
    assert [d.country for d in found.delegations if d.country is not None] == []
