"""Tests for the plans-of-action stage: names, periods, parties (stated and from context) and status."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.model import BasisKind, DocumentKind, InferenceReason, PlanOfAction, PlanStatus
from asean_records.parse.pipeline import parse
from asean_records.testing import cost_ratio


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
        "Ministers were pleased that the Plan of Action for the ASEAN-India Partnership for Peace (2011-2015) had "
        "been fully implemented, and they endorsed a successor Plan of Action (2016-2020)."
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
    """The action lines under a named partnership with a period are its plan; "had all been completed" -> done."""
    (plan,) = _plans(
        "Officials reported that the action lines under the ASEAN-Korea Strategic Partnership 2011-2015 had all "
        "been completed."
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


def test_adversarial_input_costs_linear_time() -> None:
    """Repeated plan phrases and long year runs: ten times the input costs at most 25 times the CPU time."""
    unit = "Plan of Action " * 50 + "2021-" * 200
    assert cost_ratio(_plans, unit * 5, unit * 50) <= 25


def test_name_goes_on_over_in_gerund_and_a_comma_list() -> None:
    """Reads "Plan of Action in Countering X 2026-2030" and "for A, B and C (2018-2027)" as whole names."""
    first, second = _plans(
        "Officials will table the ASEAN Plan of Action in Countering Illicit Drugs 2026-2030 for adoption. "
        "The Meeting reviewed the implementation of the Strategic Plan of Action for ASEAN Cooperation on "
        "Energy, Minerals and Water (2018-2027)."
    )
    assert first.name == "ASEAN Plan of Action in Countering Illicit Drugs 2026-2030"
    assert (first.parties, first.start_year, first.end_year) == (("ASEAN",), 2026, 2030)
    assert first.status == PlanStatus.PROPOSED
    assert second.name == "Strategic Plan of Action for ASEAN Cooperation on Energy, Minerals and Water 2018-2027"
    assert (second.parties, second.start_year, second.end_year) == (("ASEAN",), 2018, 2027)
    assert second.status == PlanStatus.IMPLEMENTED


def test_work_plans_and_strategic_plans_are_documents_action_plans_are_plans() -> None:
    """Work plans and strategic plans are documents of the work-plan kind; an ASEAN action plan is a plan."""
    text = (
        "The Forum endorsed the ARF Work Plan on Counter-Terrorism 2024-2026. The Council endorsed the AEC "
        "Strategic Plan 2026-2030. The Ministers adopted the ASEAN Regional Action Plan on Clean Rivers 2031-2035."
    )
    ex = parse(text)
    assert [(p.name, p.parties, p.start_year, p.status) for p in ex.plans] == [
        ("ASEAN Regional Action Plan on Clean Rivers 2031-2035", ("ASEAN",), 2031, PlanStatus.ADOPTED)
    ]
    assert [(d.title, d.kind) for d in ex.documents] == [
        ("ARF Work Plan on Counter-Terrorism 2024-2026", DocumentKind.WORK_PLAN),
        ("AEC Strategic Plan 2026-2030", DocumentKind.WORK_PLAN),
        ("ASEAN Regional Action Plan on Clean Rivers 2031-2035", DocumentKind.OTHER),  # a plan acted on is both
    ]


def test_a_bodys_own_work_plan_or_one_without_period_is_not_a_plan() -> None:
    """One ASEAN body's work plan is a document; a work plan without a period is no plan at all."""
    assert _plans("The Ministers adopted the ACWC Work Plan 2031-2035.") == ()
    assert _plans("The Forum endorsed the ARF Work Plan on Counter-Terrorism.") == ()


def test_plan_in_the_making_and_pending_adoption_is_proposed() -> None:
    """Reads "a concept note on the X" and "X will be submitted ... for adoption" as proposed."""
    first, second = _plans(
        "The Council noted the concept note on the ASEAN Action Plan on Smart Ports 2036-2040. "
        "The ASEAN-Korea Plan of Action 2031-2035 will be submitted to the Summit in May for adoption."
    )
    assert first.status == PlanStatus.PROPOSED
    assert second.status == PlanStatus.PROPOSED


def test_successor_plan_takes_the_parties_of_the_plan_it_succeeds() -> None:
    """Reads "a successor plan for 2031-2035" after a named plan: same parties, its own period, coreference."""
    old, new = _plans(
        "The Ministers noted the progress of the ASEAN-India Plan of Action 2026-2030 and agreed to begin "
        "drafting a successor plan for 2031-2035."
    )
    assert old.status == PlanStatus.NOTED
    assert (new.parties, new.start_year, new.end_year, new.status) == (("ASEAN", "IN"), 2031, 2035, PlanStatus.PROPOSED)
    assert new.name == "ASEAN-India Plan of Action 2031-2035"
    prov = new.provenance_of("parties.1")
    assert prov is not None
    assert prov.basis.reason == InferenceReason.COREFERENCE


def test_negotiations_yet_to_start_are_proposed() -> None:
    """Reads "the commencement of negotiations on a new X" as proposed, not under negotiation."""
    (plan,) = _plans(
        "We look forward to the commencement of negotiations on a new ASEAN-EU Plan of Action for 2031-2035."
    )
    assert plan.status == PlanStatus.PROPOSED


def test_a_list_of_plans_is_several_plans_sharing_the_verb() -> None:
    """A continuation stops before the next plan; "adopted A, B and C" gives all three the verb."""
    plans = _plans(
        "The Leaders adopted the ASEAN Plan of Action on Cyber Hygiene, the ASEAN Plan of Action on Urban Water "
        "and the ASEAN Plan of Action on Rare Diseases. The ASEAN Plan of Action on Rare Diseases is new."
    )
    assert [p.name for p in plans] == [
        "ASEAN Plan of Action on Cyber Hygiene",
        "ASEAN Plan of Action on Urban Water",
        "ASEAN Plan of Action on Rare Diseases",
    ]
    assert all(p.status == PlanStatus.ADOPTED for p in plans)


def test_for_adoption_of_another_clause_does_not_make_a_plan_proposed() -> None:
    """Reads "noted X and tasked officials to prepare the successor plan for adoption": X stays noted."""
    (plan,) = _plans(
        "The Ministers noted the ASEAN-Korea Plan of Action 2031-2035 and tasked officials to prepare the "
        "successor plan for adoption."
    )
    assert plan.status == PlanStatus.NOTED


def test_comma_list_of_countries_is_not_part_of_the_name() -> None:
    """Reads "the ASEAN Plan of Action on Trade, Japan and Korea agreed": the countries are not parties."""
    (plan,) = _plans("Officials will table the ASEAN Plan of Action on Trade, Japan and Korea agreed.")
    assert (plan.name, plan.parties) == ("ASEAN Plan of Action on Trade", ("ASEAN",))


def test_poa_acronym_names_a_plan_but_not_in_brackets_after_the_full_name() -> None:
    """Reads "the ASEAN-China POA 2031-2035" as a plan; "(POA)" after the full name adds no second plan."""
    plans = _plans(
        "The Ministers noted that most action lines of the ASEAN-China POA 2031-2035 have been implemented. "
        "They adopted the ASEAN-Japan Plan of Action (POA) 2031-2035."
    )
    got = [(p.parties, p.start_year, p.status) for p in plans]
    assert got == [(("ASEAN", "CN"), 2031, PlanStatus.IMPLEMENTED), (("ASEAN", "JP"), 2031, PlanStatus.ADOPTED)]


def test_implementation_still_to_come_gives_no_status() -> None:
    """Reads "look forward to the full implementation of X" as no status; "had been fully implemented" as done."""
    future, done = _plans(
        "We look forward to the full and effective implementation of the new ASEAN-Korea Plan of Action 2036-2040. "
        "The Ministers were glad that the ASEAN-Japan Plan of Action 2031-2035 had been fully implemented."
    )
    assert future.status is None
    assert done.status == PlanStatus.IMPLEMENTED


def test_adoption_looked_forward_to_is_proposed() -> None:
    """Reads "look forward to the adoption of X" as proposed and "welcomed the adoption of X" as adopted."""
    ahead, done = _plans(
        "We look forward to the adoption of the ASEAN-Korea Plan of Action 2036-2040 at the Summit. "
        "We welcomed the adoption of the ASEAN-India Plan of Action 2036-2040."
    )
    assert ahead.status == PlanStatus.PROPOSED
    assert done.status == PlanStatus.ADOPTED


def test_plan_naming_what_a_capitalised_head_is_has_no_status() -> None:
    """Reads "endorsed the X Strategic Plan 2036-2040 Monitoring Framework": the framework is endorsed, not the plan."""
    framework, dated = _plans(
        "The Ministers endorsed the ASEAN Action Plan on Smart Ports 2036-2040 Monitoring and Evaluation Framework. "
        "We adopted the ASEAN-Korea Plan of Action 2036-2040 Tuesday."
    )
    assert framework.status is None
    assert dated.status == PlanStatus.ADOPTED


def test_starting_work_on_a_plan_is_proposed_continuing_work_is_not() -> None:
    """Reads "start work on X" as proposed; "continue their work on X" gives no status."""
    started, continued = _plans(
        "They agreed to start work on the ASEAN-Japan Action Plan on Cyber Hygiene 2036-2038. "
        "Officials will continue their work on the ASEAN-Korea Plan of Action 2031-2035."
    )
    assert started.status == PlanStatus.PROPOSED
    assert continued.status is None


def test_a_roman_numeral_belongs_to_the_name_and_the_period_follows_it() -> None:
    """'the ARF Hue Plan of Action II (2031-2035)': name with II, period 2031-2035."""
    (plan,) = _plans("The ministers adopted the ARF Hue Plan of Action II (2031-2035) at the 40th ARF.")
    assert "Plan of Action II" in plan.name
    assert (plan.start_year, plan.end_year) == (2031, 2035)


def test_a_lone_capital_i_after_a_plan_is_a_pronoun() -> None:
    """'the ASEAN Plan of Action I want to see': no numeral in the name."""
    (plan,) = _plans("They adopted the ASEAN Plan of Action I want to see.")
    assert not plan.name.endswith(" I")


def test_a_plan_adopted_by_an_asean_meeting_is_asean_s() -> None:
    """'The 64th ASEAN X Meeting adopted a new Plan of Action for 2031-2035': party ASEAN, inferred."""
    ex = parse("HUE, 5 May 2031 - The 64th ASEAN Widget Ministers' Meeting adopted a new Plan of Action for 2031-2035.")
    (plan,) = ex.plans
    assert plan.parties == ("ASEAN",)
    assert ex.where(plan, "parties.0").basis.reason == InferenceReason.PARTIES_FROM_CONTEXT


def test_a_plan_of_a_wider_framework_takes_no_asean_party_from_it() -> None:
    """The East Asia X Summit has outside members: its plan is not ASEAN's alone, and no party is guessed."""
    ex = parse("HUE, 5 May 2031 - The 5th East Asia Widget Summit adopted a new Plan of Action for 2031-2035.")
    assert [p.parties for p in ex.plans] == [()]


def test_a_period_after_an_acronym_with_spaces() -> None:
    """'the ASEAN Regional Plan of Action on Widgets (RPA on WGT) 2016-2025': period 2016-2025."""
    (plan,) = _plans("The Ministers noted the ASEAN Regional Plan of Action on Widgets (RPA on WGT) 2016-2025.")
    assert (plan.start_year, plan.end_year) == (2016, 2025)


def test_progress_welcomed_or_reviewed_under_a_plan_means_it_is_being_implemented() -> None:
    """'welcomed the progress made under X': implemented; 'noted the progress of X': noted."""
    welcomed = "Leaders welcomed the progress made under the ASEAN-Ruritania Plan of Action (2020-2024)."
    assert [p.status for p in _plans(welcomed)] == [PlanStatus.IMPLEMENTED]
    noted = "The ministers are expected to note the progress of the ASEAN-Ruritania Plan of Action 2021-2025."
    assert [p.status for p in _plans(noted)] == [PlanStatus.NOTED]
    both = (
        "The ministers noted the mid-term review of the ASEAN Widget Plan of Action 2021-2025, as well as the "
        "progress of the ASEAN Gadget Plan of Action (2016-2025)."
    )
    assert [p.status for p in _plans(both)] == [PlanStatus.NOTED, PlanStatus.NOTED]


def test_a_plan_in_force_is_implemented() -> None:
    """'..., which both sides are now implementing', 'now in its final year of implementation', 'guided by X'."""
    for text in (
        "The leaders reviewed the ASEAN-Ruritania Plan of Action (2021-2025), which both sides are now implementing.",
        "Cooperation is guided by the ASEAN-Ruritania Plan of Action (2020-2024), now in its final year of "
        "implementation.",
        "Cooperation between Ruritania and ASEAN is guided by the ASEAN-Ruritania Plan of Action (2021-2025).",
    ):
        assert [p.status for p in _plans(text)] == [PlanStatus.IMPLEMENTED], text


def test_a_period_after_a_description_or_a_relative_clause_is_the_plans() -> None:
    """A period later in the sentence belongs to the plan when nothing else is named between them.

    A period after another title, or after a clause break, is not the plan's.
    """
    (described,) = _plans(
        "The Leaders adopted a Plan of Action to deepen cooperation between ASEAN and the Republic of Korea "
        "for 2031-2035."
    )
    assert (described.start_year, described.end_year) == (2031, 2035)
    assert described.parties == ("ASEAN", "KR")
    (relative,) = _plans(
        "The 40th ASEAN Widget Forum adopted the ASEAN Widget Plan of Action II, which sets out the priorities "
        "of the forum for the 2031-2035 period."
    )
    assert (relative.start_year, relative.end_year) == (2031, 2035)
    (apposition,) = _plans(
        "Gadgets feature in every edition of the ASEAN Plan of Action for Gadget Cooperation (APAGC), "
        "including the current 2031-2040 plan."
    )
    assert (apposition.start_year, apposition.end_year) == (2031, 2040)
    (runs,) = _plans("The ASEAN Plan of Action on Widgets, for instance, runs from 2031 to 2040.")
    assert (runs.start_year, runs.end_year) == (2031, 2040)
    # a period after another title or clause is left to it: the plan keeps no period
    plans = _plans(
        "The Ministers noted the ASEAN-Japan Plan of Action and adopted the Widget Work Plan for 2031-2035. "
        "They reviewed the ASEAN-China Plan of Action; the budget covers 2031-2032."
    )
    assert [(p.start_year, p.end_year) for p in plans] == [(None, None), (None, None)]


def test_a_successor_named_with_capitals_or_in_lower_case_takes_the_plan_before_it() -> None:
    """A plan right after "successor" with no parties of its own succeeds the plan before it; being prepared."""
    _old, new = _plans(
        "The Ministers noted the progress of the ASEAN Framework Action Plan on Widget Making 2026-2030, as "
        "well as the preparations for the successor Framework Action Plan covering 2031-2035."
    )
    assert new.parties == ("ASEAN",)
    assert (new.start_year, new.end_year) == (2031, 2035)
    assert new.status == PlanStatus.PROPOSED
    assert new.name == "ASEAN Framework Action Plan on Widget Making 2031-2035"
    _old, lower = _plans(
        "They noted the Strategic Plan of Action for ASEAN Cooperation on Gadgets (2026-2030). They also agreed "
        "to start drafting a successor strategic plan of action for 2031-2035."
    )
    assert lower.parties == ("ASEAN",)
    assert (lower.start_year, lower.end_year) == (2031, 2035)


def test_expected_adoption_or_one_still_to_come_is_proposed() -> None:
    """Ministers who "are expected to adopt" a plan, or one "which is to be adopted", have not adopted it yet."""
    (expected,) = _plans(
        "At the ASEAN-Canada PMC, ministers are expected to adopt the ASEAN-Canada Plan of Action 2031-2035."
    )
    assert expected.status == PlanStatus.PROPOSED
    (pending,) = _plans(
        "Leaders agreed to work towards a new ASEAN-Japan Plan of Action for 2031-2035, which is to be adopted in 2030."
    )
    assert pending.status == PlanStatus.PROPOSED


def test_an_unnamed_lower_case_plan_of_action_makes_no_plan() -> None:
    """A lower-case "plan of action" with no name, period or parties only refers to a plan already found."""
    assert (
        _plans(
            "The 40th ASEAN Ministers on Widgets Meeting asked officials to review the current framework and "
            "strategic plan of action."
        )
        == ()
    )


def test_a_named_plan_without_parties_adopted_by_an_asean_meeting_is_asean_s() -> None:
    """A plan named after a city that an ASEAN meeting is to adopt is ASEAN's (inferred from the meeting)."""
    (plan,) = _plans(
        "The Ministers looked forward to the 60th ASEAN Summit, which is expected to adopt the Widgetville "
        "Plan of Action (2031-2036)."
    )
    assert plan.parties == ("ASEAN",)
    assert plan.status == PlanStatus.PROPOSED
    party = plan.provenance_of("parties.0")
    assert party is not None
    assert party.basis.reason == InferenceReason.PARTIES_FROM_CONTEXT


def test_two_differently_named_plans_of_the_same_parties_are_two_plans() -> None:
    """Two named plans without periods, both ASEAN's, are not one plan mentioned twice."""
    plans = _plans(
        "The leaders adopted the ASEAN Maritime Community Plan of Action and the ASEAN Rural Community Plan of "
        "Action. Officials will report on the ASEAN Maritime Community Plan of Action next year."
    )
    assert [(p.name, p.parties, p.status) for p in plans] == [
        ("ASEAN Maritime Community Plan of Action", ("ASEAN",), PlanStatus.ADOPTED),
        ("ASEAN Rural Community Plan of Action", ("ASEAN",), PlanStatus.ADOPTED),
    ]


def test_an_acronym_in_brackets_inside_an_action_plans_name() -> None:
    """Reads "the X Fund (XF) Action Plan 2031-2034" with the words before the acronym in the name."""
    (plan,) = _plans("Ministers launched the ASEAN Water Fund (AWF) Action Plan 2031-2034 on Friday.")
    assert (plan.name, plan.parties, plan.start_year, plan.end_year) == (
        "ASEAN Water Fund (AWF) Action Plan 2031-2034",
        ("ASEAN",),
        2031,
        2034,
    )


def test_a_plan_written_as_its_acronym_and_a_period() -> None:
    """A plan written as its acronym and a period is the plan the acronym was given to, for that period.

    'the ASEAN Plan of Action for Widget Cooperation (APAWC) 2031-2035, which succeeds the APAWC 2026-2030': two
    plans, each named in full with its period.
    """
    ex = parse(
        "The Ministers endorsed the ASEAN Plan of Action for Widget Cooperation (APAWC) 2031-2035, which succeeds the "
        "APAWC 2026-2030."
    )
    plans = sorted((p.name, p.start_year, p.end_year, p.parties) for p in ex.plans)
    assert plans == [
        ("ASEAN Plan of Action for Widget Cooperation 2026-2030", 2026, 2030, ("ASEAN",)),
        ("ASEAN Plan of Action for Widget Cooperation 2031-2035", 2031, 2035, ("ASEAN",)),
    ]


def test_the_series_name_of_plans_written_with_periods_is_no_plan() -> None:
    """The name without a period names the series when its acronym is written with periods.

    'the ASEAN Plan of Action for Widget Cooperation, known by its acronym APAWC. The APAWC 2026-2030 ... the APAWC
    2031-2035': two plans.
    """
    ex = parse(
        "The ministers oversee the ASEAN Plan of Action for Widget Cooperation, known by its acronym APAWC. The APAWC "
        "2026-2030 was split into two phases, and its successor, the APAWC 2031-2035, carries the work on."
    )
    assert sorted((p.start_year, p.end_year) for p in ex.plans) == [(2026, 2030), (2031, 2035)]


def test_an_acronym_never_defined_as_a_plan_is_no_plan() -> None:
    """'the AWCF 2026-2030' with no plan named 'AWCF' in the text: nothing is read from the acronym."""
    ex = parse("The ministers reviewed the AWCF 2026-2030 and the widget fund.")
    assert ex.plans == ()
