"""Capitals of every UN member state and the world's conference venues: each names a city of its country."""

from __future__ import annotations

import pytest

from asean_records import parse
from asean_records.parse.stages.names import find_names
from asean_records.reference import countries, country


def _cities(text: str) -> list[tuple[str, bool]]:
    return [(h.key, h.ambiguous) for h in find_names(text) if h.kind == "city"]


@pytest.mark.parametrize(
    ("surface", "alpha2"),
    [
        ("Vienna", "AT"),
        ("Geneva", "CH"),
        ("Davos", "CH"),
        ("New York", "US"),
        ("San Francisco", "US"),
        ("Toronto", "CA"),
        ("Montréal", "CA"),
        ("Lima", "PE"),
        ("Doha", "QA"),
        ("Nairobi", "KE"),
        ("Brussels", "BE"),
        ("Riyadh", "SA"),
        ("Tbilisi", "GE"),
        ("Astana", "KZ"),
        ("Nur-Sultan", "KZ"),
        ("Hangzhou", "CN"),
        ("Hiroshima", "JP"),
        ("Incheon", "KR"),
        ("Auckland", "NZ"),
        ("Goa", "IN"),
        ("Rio de Janeiro", "BR"),
        ("Dubai", "AE"),
        ("Sharm el-Sheikh", "EG"),
        ("Glasgow", "GB"),
        ("Antalya", "TR"),
        ("Bonn", "DE"),
        ("Strasbourg", "FR"),
        ("The Hague", "NL"),
        ("Port-au-Prince", "HT"),
        ("Nuku'alofa", "TO"),
        ("Andorra la Vella", "AD"),
    ],
)
def test_a_capital_or_venue_names_a_city_of_its_country(surface: str, alpha2: str) -> None:
    """A capital or a venue city names a city of its country, unflagged."""
    assert _cities(f"The meeting was held in {surface} on 3 May.") == [(alpha2, False)]


@pytest.mark.parametrize(
    ("surface", "alpha2"),
    [("Victoria", "SC"), ("Kingston", "JM"), ("Georgetown", "GY"), ("Male", "MV"), ("Sofia", "BG")],
)
def test_a_capital_that_is_also_a_word_or_a_name_is_ambiguous(surface: str, alpha2: str) -> None:
    """A capital that is also a word, a name or another place is flagged ambiguous."""
    assert _cities(f"The meeting was held in {surface} on 3 May.") == [(alpha2, True)]


def test_a_possessive_capital_keeps_its_s() -> None:
    """A name whose last word ends in 's ("St. John's") is found whole."""
    text = "They met in St. John's."
    hits = [h for h in find_names(text) if h.kind == "city"]
    assert [(h.key, text[h.start : h.end]) for h in hits] == [("AG", "St. John's")]


def test_every_un_member_but_israel_has_a_capital() -> None:
    """Every UN member state has a capital but Israel, whose capital is disputed."""
    with_capital = {c.alpha2 for c in countries() if c.capital}
    assert len(with_capital) == 192
    assert country("IL").capital is None
    assert {"AT", "PE", "QA", "KE", "TV", "ZW"} <= with_capital


def test_a_meeting_in_a_world_city_gets_its_host_country() -> None:
    """A meeting held in a city outside ASEAN gets the city and its country."""
    found = parse("The 2nd ASEAN-UN Ministerial Meeting was held in Vienna on 21 September 2017.")
    assert [(m.city, m.host_country) for m in found.meetings] == [("Vienna", "AT")]


def test_an_ambiguous_capital_opening_a_longer_name_is_a_given_name() -> None:
    """An ambiguous capital opening a name of two words is a given name."""
    people = parse("Ms. Sofia Kingston said the talks went well.").people
    assert [p.name for p in people] == ["Sofia Kingston"]
