"""Tests of the reference knowledge base: data integrity, lookups, named facts and the generated page."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asean_records.errors import UnknownReferenceError
from asean_records.reference import (
    EntryKind,
    GazetteerEntry,
    asean_members,
    chair_chairs,
    chair_of,
    chair_years,
    chaired_series,
    chairmanships,
    countries,
    country,
    edition,
    editions_in_year,
    find_body,
    find_country,
    find_edition,
    find_series,
    gazetteer,
    honorifics,
    is_member,
    meeting_series,
    normalise_key,
    post_titles,
    resolve_body,
    resolve_country,
    resolve_series,
)
from asean_records.reference._load import DATA_FILES, load_raw

URL = re.compile(r"^https?://\S+$")
ROOT = Path(__file__).resolve().parents[2]


def _has_source(entry: dict[str, object]) -> bool:
    sources = [entry["source"]] if "source" in entry else []
    sources += list(entry.get("sources", []))  # type: ignore[call-overload]
    return bool(sources) and all(isinstance(s, str) and URL.match(s) for s in sources)


# ---- every entry is cited ----


def _entries() -> list[tuple[str, dict[str, object]]]:
    out: list[tuple[str, dict[str, object]]] = []
    for filename in DATA_FILES:
        doc = load_raw(filename)
        for section, value in doc.items():
            items = value if isinstance(value, list) else [value]
            out.extend((f"{filename}:{section}#{i}", item) for i, item in enumerate(items))
    return out


@pytest.mark.parametrize(("where", "entry"), _entries(), ids=[w for w, _ in _entries()])
def test_every_entry_has_a_source_url(where: str, entry: dict[str, object]) -> None:
    """Every entry of every data file carries ``source`` or ``sources`` with http(s) URLs."""
    assert _has_source(entry), f"{where} has no source URL"


def test_every_edition_and_partnership_has_a_source_url() -> None:
    """Editions and partner relations, which are nested in other entries, are cited too."""
    for s in meeting_series():
        for e in s.editions:
            assert URL.match(e.source), (s.key, e.ordinal)
    for c in (country(a) for a in ("AU", "US", "GB", "TR", "FR")):
        assert c.partner_relations
        for p in c.partner_relations:
            assert URL.match(p.source)


# ---- tables are well ordered ----


@pytest.mark.parametrize("s", meeting_series(), ids=lambda s: s.key)
def test_edition_tables_are_ordered(s: object) -> None:
    """Ordinals strictly increase; years and start dates never go back."""
    editions = s.editions  # type: ignore[attr-defined]
    for before, after in itertools.pairwise(editions):
        assert before.ordinal < after.ordinal
        assert before.year <= after.year
        if before.start and after.start:
            assert before.start <= after.start


def test_chair_table_covers_every_year_without_gaps() -> None:
    """The chair table runs from 1967 to the last announced year with no gap."""
    years = [c.year for c in chairmanships()]
    assert list(range(1967, years[-1] + 1)) == years
    assert years[-1] >= 2026


def test_the_asean_chair_chairs_its_series_from_the_charter_year_on() -> None:
    """Summit and AMM families follow the year's chair from 2009; sectoral bodies and earlier years do not."""
    from asean_records.reference._load import load_chaired_series

    keys, since = load_chaired_series()
    assert chaired_series() == keys
    assert {"ASEAN Summit", "AMM", "ACC"} <= keys
    assert since == 2009
    assert all(find_series(key) is not None for key in keys)
    for year in range(since, chairmanships()[-1].year + 1):
        assert chair_chairs("EAS", year) == chair_of(year)
    assert chair_chairs("AMM", since - 1) is None
    assert chair_chairs("AMEM", 2019) is None  # energy ministers rotate on their own
    assert chair_chairs("AMM", chairmanships()[-1].year + 1) is None


# ---- every surface resolves to its own entity ----

_ENTRIES = gazetteer()
_COUNTRY = [e for e in _ENTRIES if e.kind not in (EntryKind.BODY, EntryKind.SERIES, EntryKind.CAPITAL, EntryKind.CITY)]
_BODY = [e for e in _ENTRIES if e.kind is EntryKind.BODY]
_SERIES = [e for e in _ENTRIES if e.kind is EntryKind.SERIES]


def _recase(draw: st.DrawFn, surface: str, case_sensitive: bool) -> str:
    if case_sensitive:
        return surface
    return draw(st.sampled_from([surface, surface.upper(), surface.lower(), surface.title(), surface.swapcase()]))


@st.composite
def _surfaces(draw: st.DrawFn, entries: list[GazetteerEntry]) -> tuple[str, str]:
    entry = draw(st.sampled_from(entries))
    return _recase(draw, entry.surface, entry.case_sensitive), entry.key


@given(_surfaces(_COUNTRY))
def test_country_surfaces_resolve_to_their_country(case: tuple[str, str]) -> None:
    """Every country name, alias, native name and demonym resolves back to its country, in any case allowed."""
    text, key = case
    found = find_country(text)
    assert found is not None, text
    assert key == found.alpha2 or _shared(text), (text, key, found.alpha2)


def _shared(text: str) -> bool:
    """A surface flagged ambiguous may be shared by two countries (the first one wins)."""
    return any(e.ambiguous and normalise_key(e.surface) == normalise_key(text) for e in _COUNTRY)


@given(_surfaces(_BODY))
def test_body_surfaces_resolve_to_their_body(case: tuple[str, str]) -> None:
    """Every body key, name, acronym and alias resolves back to its body."""
    text, key = case
    assert key == resolve_body(text).key


@given(_surfaces(_SERIES))
def test_series_surfaces_resolve_to_their_series(case: tuple[str, str]) -> None:
    """Every series key, name and alias resolves back to its series."""
    text, key = case
    assert key == resolve_series(text).key


def test_gazetteer_surfaces_are_clean() -> None:
    """Surfaces are non-empty, trimmed, single-spaced strings."""
    for e in _ENTRIES:
        assert e.surface == e.surface.strip()
        assert "  " not in e.surface
        assert e.surface


def test_cities_are_in_the_gazetteer_under_their_country() -> None:
    """Each city a country lists, and each city an edition row records, is a ``city`` surface keyed by its country."""
    cities = {(e.surface, e.key) for e in _ENTRIES if e.kind is EntryKind.CITY}
    listed = {(city, c.alpha2) for c in countries() for city in c.cities}
    assert listed <= cities
    capitals = {c.capital for c in countries() if c.capital}
    recorded = {
        (e.city, e.host)
        for s in meeting_series()
        for e in s.editions
        if e.city and e.host and e.city not in capitals and e.city != country(e.host).name
    }
    assert recorded <= cities
    assert ("Siem Reap", "KH") in cities  # the 21st ASEAN Summit's city, in the edition table
    countries_named = {normalise_key(e.surface) for e in _ENTRIES if e.kind is not EntryKind.CITY}
    assert not {s for s, _ in cities} & {s for s in countries_named if s in {normalise_key(c) for c, _ in cities}}


def test_a_city_from_the_knowledge_base_gives_the_host_country() -> None:
    """'held in <City>' for a city the knowledge base places: city and host (the country is not written)."""
    from asean_records import parse

    (meeting,) = parse("The 3rd ASEAN Widget Ministers' Meeting was held in Siem Reap on 5 May 2031.").meetings
    assert (meeting.city, meeting.host_country) == ("Siem Reap", "KH")


# ---- named facts ----


def test_named_facts() -> None:
    """Facts the rest of the library relies on."""
    assert edition("AMM", 53).year == 2020
    assert chair_of(2020) == "VN"
    assert chair_of(2022) == "KH"
    assert 2022 in chair_years("KH")
    assert chair_of(2026) == "PH"
    assert len(asean_members()) == 11
    assert len(asean_members(dt.date(2025, 1, 1))) == 10


def test_timor_leste_membership() -> None:
    """Timor-Leste is a member from its admission day, not before."""
    admitted = country("TL").asean_member_since
    assert dt.date(2025, 10, 26) == admitted
    assert is_member("TL", admitted)
    assert not is_member("TL", admitted - dt.timedelta(days=1))
    assert "TL" not in {c.alpha2 for c in asean_members(dt.date(2024, 6, 1))}


@pytest.mark.parametrize(
    ("text", "alpha2"),
    [
        ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Việt Nam", "VN"), ("Lao PDR", "LA"), ("Laos", "LA"),
        ("the U.S.", "US"), ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("United States of America", "US"),
        ("ROK", "KR"), ("Republic of Korea", "KR"), ("South Korea", "KR"), ("Korea", "KR"), ("PRC", "CN"),
        ("Brunei", "BN"), ("Brunei Darussalam", "BN"), ("Burma", "MM"), ("East Timor", "TL"),
        ("Timor Lorosa’e", "TL"), ("the Philippines", "PH"), ("UK", "GB"), ("Britain", "GB"),
        ("Cambodian", "KH"), ("Filipino", "PH"), ("Kampuchea", "KH"), ("ประเทศไทย", "TH"), ("Türkiye", "TR"),
    ],
)  # fmt: skip
def test_aliases_as_texts_write_them(text: str, alpha2: str) -> None:
    """Names as ASEAN texts write them resolve to the right country."""
    assert alpha2 == resolve_country(text).alpha2


def test_short_codes_are_case_sensitive() -> None:
    """``us`` is a pronoun, not a country; ``US`` is a country."""
    assert find_country("us") is None
    assert resolve_country("US").alpha2 == "US"
    us = [e for e in gazetteer() if e.surface == "US" and e.kind is EntryKind.COUNTRY_ALIAS]
    assert us
    assert us[0].case_sensitive
    assert us[0].ambiguous


def test_ambiguous_aliases_are_flagged() -> None:
    """Surfaces that are also common words are flagged for the parser."""
    flagged = {e.surface for e in gazetteer() if e.ambiguous}
    assert {"Lao", "Korea", "Georgia", "Jordan", "Chad", "Niger", "Guinea", "US"} <= flagged


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN Foreign Ministers’ Meeting", "ASEAN Ministerial Meeting", "asean foreign ministers meeting",
        "ASEAN Foreign Ministers' Meeting (AMM)", "The ASEAN Foreign Ministers' Meeting", "AMM",
    ],
)  # fmt: skip
def test_series_lookup_is_tolerant(text: str) -> None:
    """Series lookups tolerate apostrophes, case, a leading "the" and a trailing acronym."""
    assert resolve_series(text).key == "AMM"


def test_series_lookup_tolerates_us_spelling_and_hyphens() -> None:
    """US "Defense" meets "Defence"; hyphens meet spaces."""
    assert resolve_series("ASEAN Defense Ministers' Meeting").key == "ADMM"
    assert resolve_series("ADMM Plus").key == "ADMM-Plus"
    assert resolve_series("Asia-Europe Summit").key == "ASEM"
    assert resolve_series("Coordinating Conference on the ASEAN Socio-Cultural Community").key == "SOC-COM"
    assert resolve_series("ASEAN Smart Cities Network Meeting").key == "ASCN"


def test_editions_in_year() -> None:
    """Two summits a year are both found."""
    assert tuple(e.ordinal for e in editions_in_year("ASEAN Summit", 2022)) == (40, 41)
    assert editions_in_year("ASEAN Summit", 1970) == ()


# ---- failures name the key ----


@pytest.mark.parametrize(
    ("call", "key"),
    [
        (lambda: resolve_country("Atlantis"), "Atlantis"),
        (lambda: resolve_body("Galactic Council"), "Galactic Council"),
        (lambda: resolve_series("Moon Summit"), "Moon Summit"),
        (lambda: country("ZZ"), "ZZ"),
        (lambda: chair_of(1900), 1900),
        (lambda: edition("AMM", 999), "AMM #999"),
        (lambda: find_edition("Moon Summit", 1), "Moon Summit"),
    ],
)
def test_unknown_lookups_raise_naming_the_key(call: object, key: object) -> None:
    """Failed lookups raise UnknownReferenceError whose ``key`` and message name the value."""
    with pytest.raises(UnknownReferenceError) as info:
        call()  # type: ignore[operator]
    assert key == info.value.key
    assert repr(key) in str(info.value)


def test_find_functions_return_none() -> None:
    """The ``find_*`` variants return ``None`` instead of raising."""
    assert find_country("Atlantis") is None
    assert find_body("Galactic Council") is None
    assert find_series("Moon Summit") is None
    assert find_edition("AMM", 999) is None


def test_honorifics_and_titles() -> None:
    """The honorific list holds the forms ASEAN texts use; post titles are plain strings."""
    texts = {h.text for h in honorifics()} | {v for h in honorifics() for v in h.variants}
    assert {"H.E.", "Samdech", "Dato' Sri", "Datuk", "Tan Sri", "Tun", "Pehin", "Haji", "Hajah", "U", "Daw"} <= texts
    u = next(h for h in honorifics() if h.text == "U")
    assert u.case_sensitive
    assert u.ambiguous
    assert "Secretary-General of ASEAN" in post_titles()


def test_normalise_key() -> None:
    """Normalisation folds case, apostrophes, hyphens, spacing, a leading "the" and US spellings."""
    assert normalise_key("The  ASEAN Defense-Ministers’ Meeting ") == "asean defence ministers meeting"


# ---- the generated page ----


def test_knowledge_base_page_is_up_to_date() -> None:
    """``docs/reference/knowledge-base.md`` matches what ``docs/gen_kb.py`` renders from the data."""
    spec = importlib.util.spec_from_file_location("gen_kb", ROOT / "docs" / "gen_kb.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.render()
    actual = (ROOT / "docs" / "reference" / "knowledge-base.md").read_text(encoding="utf-8")
    assert expected == actual, "run: python docs/gen_kb.py"
