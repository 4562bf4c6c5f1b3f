"""Tests for the entities stage: countries named as participants, not as currencies."""

from __future__ import annotations

from asean_records.model import EntityKind
from asean_records.parse.pipeline import parse


def _countries(text: str) -> list[str]:
    return [e.key for e in parse(text, source="t").entities if e.kind == EntityKind.COUNTRY]


def test_currency_is_not_a_country_of_the_text() -> None:
    """Reads "U.S. dollars", "US$" and "Singapore dollars" as currencies, not as countries."""
    assert _countries(
        "Trade with China reached 512.3 billion U.S. dollars, with US$4 million and 9 Singapore dollars in grants."
    ) == ["CN"]


def test_country_named_otherwise_still_counts() -> None:
    """A country named as a participant counts even when its currency is named too."""
    assert _countries("The U.S. delegation pledged 20 million U.S. dollars; Singapore attended.") == ["US", "SG"]


def test_ambiguous_name_before_an_official_head_is_the_country() -> None:
    """Reads "Lao Prime Minister" and "the Lao Ministry of Health" as Laos; a lone "Lao" word is not."""
    assert _countries("The summit was chaired by the Lao Prime Minister.") == ["LA"]
    assert _countries("The Lao Ministry of Health signed it.") == ["LA"]
    assert _countries("Lao is spoken here.") == []


def test_seas_gulfs_and_the_dateline_place_are_not_participants() -> None:
    """A country inside a sea's or gulf's name, or the dateline's place, is not a country of the text."""
    text = "SINGAPORE, 3 May 2031 - Ministers discussed the South China Sea and the Gulf of Thailand with China."
    assert [e.key for e in parse(text).entities if e.kind is EntityKind.COUNTRY] == ["CN"]
    assert [e.key for e in parse("Singapore hosted the meeting.").entities] == ["SG"]


def test_a_country_only_spoken_about_is_not_a_participant() -> None:
    """The situation in a country is a topic; the country that voices concern about it is named as acting."""
    text = "Indonesia voiced concern over the humanitarian situation in Myanmar and the crisis in the Philippines."
    assert [e.key for e in parse(text).entities if e.kind is EntityKind.COUNTRY] == ["ID"]


def test_the_full_name_of_north_korea_with_its_apostrophe_is_the_dprk() -> None:
    """The apostrophe in "People's" belongs to the name: the whole name gives KP, not the "Republic of Korea" in it."""
    assert _countries("Ministers urged the Democratic People's Republic of Korea to resume talks.") == ["KP"]
    assert _countries("Ministers urged the Democratic People’s Republic of Korea to resume talks.") == ["KP"]


def test_a_peninsula_named_after_a_people_is_no_country() -> None:
    """The Korean Peninsula is a place; a country's possessive still ends a name ("China's role")."""
    assert _countries("Ministers discussed the Korean Peninsula Government talks and peace.") == []
    assert _countries("Ministers discussed the Korean Peninsula with Japan.") == ["JP"]
    assert _countries("Ministers welcomed China's role and the Lao People's Democratic Republic's offer.") == [
        "CN",
        "LA",
    ]


def test_a_partner_organisation_is_no_country() -> None:
    """'the ASEAN-EU PMC ... in Vientiane': LA is a country of the text, the EU (a partner) is not."""
    ex = parse("The ASEAN-EU PMC was held in Vientiane on 5 July 2031.", source="t")
    assert [e.key for e in ex.entities if e.kind is EntityKind.COUNTRY] == ["LA"]


def test_partners_implied_by_plus_three_are_no_countries_of_the_text() -> None:
    """'the 25th ASEAN Plus Three Widget Ministers' Meeting in Vientiane': partners CN, JP, KR, countries only LA."""
    ex = parse("The 25th ASEAN Plus Three Widget Ministers' Meeting was held in Vientiane on 5 May 2031.", source="t")
    assert ex.meetings[0].partners == ("CN", "JP", "KR")
    assert [e.key for e in ex.entities if e.kind is EntityKind.COUNTRY] == ["LA"]


def test_a_demonym_or_short_name_before_a_post_names_a_country() -> None:
    """'Chinese Premier NAME' and 'US Secretary of State NAME' name China and the United States."""
    for text, code in (
        ("Chinese Premier Li Ming attended the summit.", "CN"),
        ("US Secretary of State Tom Baker met the ministers.", "US"),
    ):
        ex = parse(text, source="t")
        assert [e.key for e in ex.entities if e.kind is EntityKind.COUNTRY] == [code]


def test_a_demonym_before_a_common_noun_names_no_country() -> None:
    """'Chinese cuisine' names no participant."""
    ex = parse("Chinese cuisine was served at the dinner.", source="t")
    assert [e.key for e in ex.entities if e.kind is EntityKind.COUNTRY] == []


def test_a_list_of_demonyms_before_a_plural_post_names_each_country() -> None:
    """'The Indonesian, Lao, Malaysian and Singaporean foreign ministers attended': four countries; food is none."""
    keys = [e.key for e in parse("The Indonesian, Lao, Malaysian and Singaporean foreign ministers attended.").entities]
    assert keys == ["ID", "LA", "MY", "SG"]
    assert parse("Japanese, Korean and Chinese food was served.").entities == ()
