"""Meetings: the host inferred from the ASEAN chair the text names, with the reason recorded."""

from asean_records import InferenceReason, parse


def test_numbered_meeting_unknown_to_the_knowledge_base_in_the_chair_year() -> None:
    """Chair host: a numbered meeting the knowledge base does not list, dated to the chair's year, is hosted by it."""
    text = (
        "Under the Lao PDR's ASEAN Chairmanship, the 3rd ASEAN Widget Partnership Conference was held on "
        "5 June 2024, and delegates recalled that the 2nd ASEAN Widget Partnership Conference was held on "
        "3 May 2019.\n"
    )
    ex = parse(text, source="t")
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    assert by_ordinal[3].host_country == "LA"
    assert ex.where(by_ordinal[3], "host_country").basis.reason == InferenceReason.HOST_FROM_CHAIR_YEAR
    assert by_ordinal[2].host_country is None


def test_unknown_series_numbered_and_bare_mentions() -> None:
    """Clusters: the 3rd and the 2nd X are two meetings; a later bare "the X" is the one numbered meeting."""
    text = (
        "The 3rd ASEAN Widget Partnership Conference was held on 5 June 2031 in Vientiane. It followed the 2nd "
        "ASEAN Widget Partnership Conference, held in 2029.\n\nAt the 3rd ASEAN Widget Partnership Conference, "
        "delegates adopted a work plan.\n"
    )
    ex = parse(text, source="t")
    assert sorted(m.ordinal or 0 for m in ex.meetings) == [2, 3]
    single = "The 3rd ASEAN Widget Partnership Conference was held on 5 June 2031. The ASEAN Widget Partnership "
    single += "Conference adopted a work plan.\n"
    assert [m.ordinal for m in parse(single, source="u").meetings] == [3]


def test_a_chair_named_for_another_year_is_no_host() -> None:
    """A chair the text names for a later year does not host a meeting dated in an earlier year."""
    text = (
        "Kuala Lumpur, 10 July 2025 - The ASEAN Post Ministerial Conference with Japan was held on 10 July 2025. "
        "Ministers welcomed the Philippines' ASEAN Chairmanship in 2026."
    )
    (meeting,) = parse(text).meetings
    assert meeting.host_country != "PH"


def test_a_venue_named_after_a_capital_gives_the_city() -> None:
    """'held at the <Capital> Convention Centre' gives the capital as city and its country as host."""
    ex = parse("The 9th ASEAN Widget Ministers' Meeting was held at the Vientiane Convention Centre on 5 June 2031.")
    m = ex.meetings[0]
    assert (m.city, m.host_country) == ("Vientiane", "LA")


def test_a_venue_not_named_after_a_capital_gives_no_city() -> None:
    """'held at the National Convention Centre' names no city."""
    ex = parse("The 9th ASEAN Widget Ministers' Meeting was held at the National Convention Centre on 5 June 2031.")
    assert ex.meetings[0].city is None


def test_a_capital_as_a_person_or_street_name_is_no_venue() -> None:
    """'at the Jakarta office of the Widget Council' is no venue word: no city from it."""
    ex = parse("The 9th ASEAN Widget Ministers' Meeting was held at the Jakarta office of the Widget Council.")
    assert ex.meetings[0].city is None


def test_a_kb_capital_is_spelled_as_the_text_spells_it() -> None:
    """The KB's 4th AMMS was in 'Naypyidaw'; a text that writes 'Nay Pyi Taw' gets that spelling."""
    ex = parse(
        "Sports ministers met in Nay Pyi Taw this week. The 4th ASEAN Ministerial Meeting on Sports was chaired by "
        "the Myanmar minister."
    )
    (m,) = [m for m in ex.meetings if m.ordinal == 4]
    assert m.city == "Nay Pyi Taw"
