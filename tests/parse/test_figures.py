"""Tests for the figures stage: counted nouns, spelled-out numbers, and what is not a figure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.parse.pipeline import parse


def _figures(text: str) -> set[tuple[str, int]]:
    return {(f.what, f.value) for f in parse(text, source="t").figures}


def test_counts_with_modifiers_and_spelled_numbers() -> None:
    """Digits, thousands separators, spelled numbers and acronym modifiers before the counted noun."""
    text = (
        "More than 1,200 participants and twelve AMEM sectoral bodies joined. "
        "Representatives from 8 cities in the ten ASEAN Member States attended."
    )
    assert {("participants", 1200), ("sectoral_bodies", 12), ("cities", 8), ("member_states", 10)} == _figures(text)


def test_years_ordinals_money_percentages_and_codes_are_not_figures() -> None:
    """Years, ordinals, money, percentages, fractions and codes such as COVID-19 are left alone."""
    text = (
        "In 2021 delegates met at the 38th Summit. US$5 delegates? 40% participants. 1/4 delegates. "
        "COVID-19 cases rose. The ASEAN Plus Three countries met."
    )
    assert set() == _figures(text)


def test_countries_need_attendance() -> None:
    """Reads "from 14 countries" counts; "select four countries" does not."""
    assert {("countries", 14)} == _figures("Delegates from 14 countries met. They will select four countries.")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.%$ten delegates cities-")), max_size=300))
def test_never_raises_and_values_are_non_negative(text: str) -> None:
    """On arbitrary text the stage never raises and every value is a non-negative count."""
    assert all(value >= 0 for _what, value in _figures(text))


def test_members_nations_and_plus_countries() -> None:
    """Reads "representatives of 31 members", "from 22 nations", "the six Plus countries", "its 14 members"."""
    text = (
        "The forum gathered representatives of 31 members. Delegates from 22 nations and the six Plus countries "
        "met, and the council with its 14 members endorsed it."
    )
    assert {("members", 31), ("countries", 22), ("plus_countries", 6), ("members", 14)} == _figures(text)


def test_members_of_a_group_and_lower_case_plus_are_not_counted() -> None:
    """Reads "two members of the panel" and "three plus countries" as no figure; "participating" needs no verb."""
    text = "Two members of the panel spoke on three plus countries. The 19 participating countries adopted it."
    assert {("countries", 19)} == _figures(text)


def test_partner_countries_attending() -> None:
    """Reads "leaders from eight partner countries" as eight countries."""
    assert {("countries", 8)} == _figures("Leaders from eight partner countries joined the summit.")


def test_counts_of_meetings_documents_projects_and_visitors() -> None:
    """Scale counts: meetings, outcome documents, projects, partners, heads of state, visitors, buyers, sellers."""
    text = (
        "Some 18 meetings were held and more than 90 outcome documents were adopted, covering 130 projects with 10 "
        "partners. About 20 heads of state and government and 10,000 visitors came; 300 buyers and 350 sellers met."
    )
    assert {
        ("meetings", 18),
        ("outcome_documents", 90),
        ("projects", 130),
        ("partners", 10),
        ("heads_of_state", 20),
        ("visitors", 10000),
        ("buyers", 300),
        ("sellers", 350),
    } == _figures(text)


def test_anaphors_and_small_counts_of_things_are_not_figures() -> None:
    """'The two meetings', 'both documents', 'its 11 partners' and 'two initiatives' report no scale."""
    assert _figures("The two meetings adopted two initiatives. Both documents and its 11 partners were noted.") == set()


def test_group_sizes_resolutions_and_public_servants() -> None:
    """'an 80-member contingent', 'a ten-member delegation', '28 resolutions', '120 public servants'."""
    text = (
        "An 80-member contingent and a ten-member delegation arrived; 28 resolutions were adopted and 120 public "
        "servants were trained."
    )
    assert {
        ("contingent_members", 80),
        ("delegation_members", 10),
        ("resolutions", 28),
        ("public_servants", 120),
    } == _figures(text)


def test_measures_and_cooperation_projects_of_some_scale_are_counted() -> None:
    """'93 cooperation projects', 'more than 130 concrete measures'; not 'the two measures' or 'three new measures'."""
    ex = parse(
        "The Forum showcased 93 cooperation projects. The plan sets out more than 130 concrete measures. The two "
        "measures were adopted, and the ministers agreed on three new measures."
    )
    assert [(f.what, f.value) for f in ex.figures] == [("projects", 93), ("measures", 130)]


def test_a_small_count_after_a_determiner_is_an_anaphor_unless_a_membership() -> None:
    """'the two ministers signed', 'its three dialogue partners': no figures; 'the four member countries': one."""
    ex = parse(
        "The two ministers signed a memorandum. The plan covers its three dialogue partners. Officials of the four "
        "member countries attended."
    )
    assert [(f.what, f.value) for f in ex.figures] == [("member_countries", 4)]
