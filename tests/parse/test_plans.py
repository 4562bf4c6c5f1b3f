"""Tests for the plans-of-action stage: names, periods, parties (stated and from context) and status."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.model import BasisKind, InferenceReason, PlanOfAction, PlanStatus
from asean_records.parse.pipeline import parse


def _plans(text: str) -> tuple[PlanOfAction, ...]:
    return parse(text, source="t").plans


def test_named_plan_with_parenthesised_period_is_noted() -> None:
    """A named ASEAN-partner plan gets its parties from the name, the period and "progress" -> noted."""
    (plan,) = _plans(
        "The Ministers noted the progress in the implementation of the ASEAN-Japan Plan of Action (2011-2015)."
    )
    assert plan.parties == ("ASEAN", "JP")
    assert (plan.start_year, plan.end_year) == (2011, 2015)
    assert plan.status == PlanStatus.NOTED
    assert plan.name == "ASEAN-Japan Plan of Action 2011-2015"


def test_full_implementation_then_new_plan_adopted_in_one_sentence() -> None:
    """Two plans in one sentence take their own verbs; the bare one gets its parties from the section."""
    text = (
        "ASEAN PMC+1 Session with India\n\n"
        "The Meeting welcomed with satisfaction the full implementation of the Plan of Action to Implement the "
        "ASEAN-India Partnership for Peace (2011-2015) and adopted the new Plan of Action (2016-2020)."
    )
    old, new = _plans(text)
    assert old.status == PlanStatus.IMPLEMENTED
    assert old.parties == ("ASEAN", "IN")
    assert new.status == PlanStatus.ADOPTED
    assert new.parties == ("ASEAN", "IN")
    assert (new.start_year, new.end_year) == (2016, 2020)
    assert new.name == "ASEAN-India Plan of Action 2016-2020"
    basis = new.provenance_of("parties.1")
    assert basis is not None
    assert basis.basis.kind == BasisKind.INFERRED
    assert basis.basis.reason == InferenceReason.PARTIES_FROM_CONTEXT


def test_action_lines_of_a_partnership_name_a_plan() -> None:
    """Reads "all action lines to implement the ASEAN-X Strategic Partnership YYYY-YYYY have been carried out"."""
    (plan,) = _plans(
        "Both sides noted that all action lines to implement the ASEAN-Korea Strategic Partnership 2011-2015 "
        "have been carried out."
    )
    assert plan.parties == ("ASEAN", "KR")
    assert plan.status == PlanStatus.IMPLEMENTED
    assert (plan.start_year, plan.end_year) == (2011, 2015)


def test_period_with_for_and_to_and_proposed_status() -> None:
    """Reads "for 2026 to 2030" is a period; "proposed" gives the proposed status."""
    (plan,) = _plans("Thailand proposed a new ASEAN-China Plan of Action for 2026 to 2030.")
    assert (plan.start_year, plan.end_year) == (2026, 2030)
    assert plan.status == PlanStatus.PROPOSED


def test_same_plan_twice_is_one_record_with_two_spans() -> None:
    """A second mention of the same plan adds a span instead of a record."""
    text = (
        "The Leaders adopted the ASEAN-Russia Plan of Action 2021-2025. "
        "The ASEAN-Russia Plan of Action 2021-2025 covers trade and energy."
    )
    (plan,) = _plans(text)
    name = plan.provenance_of("name")
    assert name is not None
    assert len(name.spans) == 2


def test_negotiation_and_no_period_no_parties_is_dropped() -> None:
    """A plan under negotiation is found; an anaphoric "the Plan of Action" with nothing stated is not."""
    plans = _plans(
        "Officials are finalising the ASEAN-EU Plan of Action 2023-2027. They said the Plan of Action is long."
    )
    assert len(plans) == 1
    assert plans[0].status == PlanStatus.UNDER_NEGOTIATION


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Plan of Action ASEAN-Japan (2021-2025) adopted .\n")), max_size=300))
def test_never_raises_and_periods_are_ordered(text: str) -> None:
    """On arbitrary text the stage never raises and every plan has start_year <= end_year."""
    for plan in _plans(text):
        if plan.start_year is not None and plan.end_year is not None:
            assert plan.start_year <= plan.end_year


def test_adversarial_input_is_fast() -> None:
    """Repeated phrases and long year runs do not blow up."""
    import time

    t0 = time.perf_counter()
    _plans("Plan of Action " * 5000 + "2021-" * 20000)
    assert time.perf_counter() - t0 < 10
