"""Lookups over the knowledge base: names to entities, ordinals to editions, years to chairs.

Indexes are built once, on first use, and cached for the life of the process.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from asean_records.errors import ReferenceDataError, UnknownReferenceError
from asean_records.reference import _load
from asean_records.reference._model import (
    Body,
    Chairmanship,
    Country,
    Edition,
    EntryKind,
    GazetteerEntry,
    Honorific,
    MeetingSeries,
)
from asean_records.reference._normalise import exact_key, is_short_code, normalise_key

__all__ = [
    "asean_members",
    "bodies",
    "body_of_post",
    "chair_of",
    "chair_rule",
    "chair_years",
    "chairmanships",
    "countries",
    "country",
    "edition",
    "editions_in_year",
    "find_body",
    "find_country",
    "find_edition",
    "find_series",
    "gazetteer",
    "honorifics",
    "is_member",
    "meeting_series",
    "post_titles",
    "resolve_body",
    "resolve_country",
    "resolve_series",
    "series",
]

_T = TypeVar("_T")

_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
_LEADING_THE = re.compile(r"^[Tt]he ")


class _Index:
    """Two maps from surface to key: one for case-sensitive surfaces, one for normalised ones."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}

    def add(self, surface: str, key: str, *, case_sensitive: bool, ambiguous: bool) -> None:
        table, k = (self.exact, exact_key(surface)) if case_sensitive else (self.folded, normalise_key(surface))
        previous = table.setdefault(k, key)
        if previous != key and not ambiguous:
            raise ReferenceDataError(f"{self.kind} surface {surface!r} names both {previous!r} and {key!r}")

    def get(self, text: str) -> str | None:
        exact = exact_key(text)
        found = self.exact.get(exact) or self.exact.get(_LEADING_THE.sub("", exact))
        return found if found is not None else self.folded.get(normalise_key(text))

    def get_name(self, text: str) -> str | None:
        """Like :meth:`get`, then once more without a trailing parenthesised acronym ("... Meeting (AMM)")."""
        key = self.get(text)
        if key is None:
            stripped = _TRAILING_PARENS.sub("", text)
            key = self.get(stripped) if stripped != text else None
        return key

    def hint(self, text: str) -> str | None:
        close = difflib.get_close_matches(normalise_key(text), list(self.folded), n=3, cutoff=0.75)
        return "did you mean " + " or ".join(repr(c) for c in close) + "?" if close else None


def _entry(key: str | None, table: Mapping[str, _T]) -> _T | None:
    """The entry of ``table`` under ``key``, or ``None`` when the index found no key."""
    return table[key] if key is not None else None


def _resolve(found: _T | None, what: str, text: str, index: _Index) -> _T:
    """``found``, or raise :class:`UnknownReferenceError` for ``what`` named ``text``, with close matches as hint."""
    if found is None:
        raise UnknownReferenceError(what, text, index.hint(text))
    return found


# --- countries ---------------------------------------------------------------------------------------------------


def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country, with the ASEAN layer where there is one.

    Returns:
        The countries, ordered by alpha-2 code.

    Raises:
        ReferenceDataError: ``countries.toml`` is malformed.
    """
    return _load.load_countries()[0]


@functools.cache
def _countries_by_code() -> dict[str, Country]:
    return {c.alpha2: c for c in countries()}


def _country_entries(c: Country) -> Iterable[tuple[str, EntryKind]]:
    yield c.name, EntryKind.COUNTRY_NAME
    for alias in c.aliases:
        yield alias, EntryKind.COUNTRY_ALIAS
    for native in c.native_names:
        yield native, EntryKind.NATIVE_NAME
    for demonym in c.demonyms:
        yield demonym, EntryKind.DEMONYM
    if c.capital:
        yield c.capital, EntryKind.CAPITAL
        for variant in _load.capital_variants().get(c.alpha2, ()):
            yield variant, EntryKind.CAPITAL
    for city in c.cities:
        yield city, EntryKind.CITY


@functools.cache
def _country_index() -> _Index:
    index = _Index("country")
    flags = _load.load_countries()[1]
    for c in countries():
        f = flags[c.alpha2]
        for surface, kind in _country_entries(c):
            if kind in {EntryKind.CAPITAL, EntryKind.CITY}:
                continue  # capitals name cities first; only the gazetteer offers them (and cities), flagged by kind
            index.add(
                surface,
                c.alpha2,
                case_sensitive=surface in f.case_sensitive or is_short_code(surface),
                ambiguous=surface in f.ambiguous,
            )
    return index


def country(alpha2: str) -> Country:
    """The country with an ISO 3166-1 alpha-2 (or alpha-3) code.

    Args:
        alpha2: The code, any case (``"vn"``, ``"VN"``, ``"VNM"``).

    Returns:
        The country.

    Raises:
        UnknownReferenceError: No country has that code.
    """
    code = alpha2.strip().upper()
    by_code = _countries_by_code()
    if code in by_code:
        return by_code[code]
    for c in by_code.values():
        if c.alpha3 == code:
            return c
    raise UnknownReferenceError("country code", alpha2)


def find_country(text: str) -> Country | None:
    """Find a country by any name, alias, demonym or native name.

    Short all-capitals codes (``US``, ``ROK``, ``UK``) match only as written; everything else is matched after
    :func:`normalise_key`. Capitals are not country names here (see :func:`gazetteer`).

    Args:
        text: A name as written.

    Returns:
        The country, or ``None``.
    """
    return _entry(_country_index().get(text), _countries_by_code())


def resolve_country(text: str) -> Country:
    """Like :func:`find_country`, but raise when nothing matches.

    Args:
        text: A name as written.

    Returns:
        The country.

    Raises:
        UnknownReferenceError: No country has that name.
    """
    return _resolve(find_country(text), "country", text, _country_index())


def asean_members(at: dt.date | None = None) -> tuple[Country, ...]:
    """The ASEAN member states.

    Args:
        at: The day to look at; ``None`` for every country ever admitted.

    Returns:
        The members, ordered by admission date and then by name.
    """
    members = [c for c in countries() if c.asean_member_since is not None and (at is None or c.is_member(at))]
    return tuple(sorted(members, key=lambda c: (c.asean_member_since or dt.date.min, c.short_name)))


def is_member(alpha2: str, at: dt.date) -> bool:
    """Tell whether a country was an ASEAN member on a given day.

    Args:
        alpha2: ISO alpha-2 code.
        at: The day.

    Returns:
        ``True`` when it had been admitted on or before ``at``.

    Raises:
        UnknownReferenceError: No country has that code.
    """
    return country(alpha2).is_member(at)


# --- bodies ------------------------------------------------------------------------------------------------------


def bodies() -> tuple[Body, ...]:
    """Every body and organisation of the knowledge base.

    Returns:
        The bodies, in data-file order.

    Raises:
        ReferenceDataError: ``bodies.toml`` is malformed.
    """
    return _load.load_bodies()[0]


@functools.cache
def _bodies_by_key() -> dict[str, Body]:
    return {b.key: b for b in bodies()}


@functools.cache
def _body_index() -> _Index:
    return _surface_index("body", ((b.key, _load.body_surfaces(b)) for b in bodies()), _load.load_bodies()[1])


def _surface_index(
    kind: str, items: Iterable[tuple[str, tuple[str, ...]]], flags: dict[str, _load.SurfaceFlags]
) -> _Index:
    """Index acronyms case-insensitively too: explicit lookups are tolerant; only the gazetteer is strict."""
    index = _Index(kind)
    for key, surfaces in items:
        f = flags[key]
        for surface in surfaces:
            index.add(surface, key, case_sensitive=surface in f.case_sensitive, ambiguous=surface in f.ambiguous)
    return index


def find_body(text: str) -> Body | None:
    """Find a body by key, name, acronym or alias (after :func:`normalise_key`).

    Args:
        text: A name as written.

    Returns:
        The body, or ``None``.
    """
    return _entry(_body_index().get_name(text), _bodies_by_key())


@functools.cache
def _posts() -> tuple[tuple[str, Body], ...]:
    pairs = [(normalise_key(post), b) for b in bodies() for post in b.posts]
    return tuple(sorted(pairs, key=lambda pb: len(pb[0]), reverse=True))


def body_of_post(title: str) -> Body | None:
    """The body a post belongs to, when the post is one the knowledge base lists for a body.

    The title may go on after the post ("Deputy Secretary-General of ASEAN for the Economic Community").

    Args:
        title: A title as written.

    Returns:
        The body, or ``None``.

    Examples:
        >>> body_of_post("Secretary-General of ASEAN").key
        'ASEAN Secretariat'
    """
    folded = normalise_key(title)
    for post, body in _posts():
        if folded == post or folded.startswith(post + " "):
            return body
    return None


def resolve_body(text: str) -> Body:
    """Like :func:`find_body`, but raise when nothing matches.

    Args:
        text: A name as written.

    Returns:
        The body.

    Raises:
        UnknownReferenceError: No body has that name.
    """
    return _resolve(find_body(text), "body", text, _body_index())


# --- series ------------------------------------------------------------------------------------------------------


def meeting_series() -> tuple[MeetingSeries, ...]:
    """Every meeting series of the knowledge base.

    Returns:
        The series, in data-file order.

    Raises:
        ReferenceDataError: ``series.toml`` is malformed.
    """
    return _load.load_series()[0]


@functools.cache
def _series_by_key() -> dict[str, MeetingSeries]:
    return {s.key: s for s in meeting_series()}


@functools.cache
def _series_index() -> _Index:
    return _surface_index(
        "series", ((s.key, _load.series_surfaces(s)) for s in meeting_series()), _load.load_series()[1]
    )


def find_series(text: str) -> MeetingSeries | None:
    """Find a series by key, full name or alias.

    Tolerates case, typographic apostrophes, "Defense" for "Defence", hyphens for spaces, a leading "the" and a
    trailing parenthesised acronym (``"ASEAN Foreign Ministers' Meeting (AMM)"``).

    Args:
        text: A name as written.

    Returns:
        The series, or ``None``.
    """
    return _entry(_series_index().get_name(text), _series_by_key())


def resolve_series(text: str) -> MeetingSeries:
    """Like :func:`find_series`, but raise when nothing matches.

    Args:
        text: A name as written.

    Returns:
        The series.

    Raises:
        UnknownReferenceError: No series has that name.
    """
    return _resolve(find_series(text), "series", text, _series_index())


def series(key: str) -> MeetingSeries:
    """The series with a given key or any other of its names (same as :func:`resolve_series`).

    Args:
        key: Series key or name.

    Returns:
        The series.

    Raises:
        UnknownReferenceError: No series has that key or name.
    """
    return _series_by_key().get(key) or resolve_series(key)


@functools.cache
def _editions_by_ordinal(series_key: str) -> dict[int, Edition]:
    return {e.ordinal: e for e in series(series_key).editions}


def find_edition(series_key: str, ordinal: int) -> Edition | None:
    """The numbered edition of a series, if the knowledge base records it.

    Args:
        series_key: Series key or any of its names.
        ordinal: Edition number (``53`` for the 53rd).

    Returns:
        The edition, or ``None`` when the series is known but the edition is not.

    Raises:
        UnknownReferenceError: The series is unknown.
    """
    return _editions_by_ordinal(series(series_key).key).get(ordinal)


def edition(series_key: str, ordinal: int) -> Edition:
    """Like :func:`find_edition`, but raise when the edition is not recorded.

    Args:
        series_key: Series key or any of its names.
        ordinal: Edition number.

    Returns:
        The edition.

    Raises:
        UnknownReferenceError: The series is unknown, or it has no such edition on record.
    """
    found = find_edition(series_key, ordinal)
    if found is None:
        raise UnknownReferenceError("edition", f"{series(series_key).key} #{ordinal}")
    return found


def editions_in_year(series_key: str, year: int) -> tuple[Edition, ...]:
    """The recorded editions of a series held in one year.

    Args:
        series_key: Series key or any of its names.
        year: Calendar year.

    Returns:
        The editions, by ordinal (often one or two; empty when none are recorded).

    Raises:
        UnknownReferenceError: The series is unknown.
    """
    return tuple(e for e in series(series_key).editions if e.year == year)


# --- chairs ------------------------------------------------------------------------------------------------------


def chairmanships() -> tuple[Chairmanship, ...]:
    """The whole chair table.

    Returns:
        One entry per year from 1967, ordered by year.

    Raises:
        ReferenceDataError: ``chairs.toml`` is malformed.
    """
    return _load.load_chairs()


@functools.cache
def _chairs_by_year() -> dict[int, Chairmanship]:
    return {c.year: c for c in chairmanships()}


def chair_of(year: int) -> str:
    """The country that chaired ASEAN in a year.

    Args:
        year: Calendar year.

    Returns:
        ISO alpha-2 code of the chair.

    Raises:
        UnknownReferenceError: The year is outside the table (before 1967, or not yet announced).
    """
    found = _chairs_by_year().get(year)
    if found is None:
        first, last = chairmanships()[0].year, chairmanships()[-1].year
        raise UnknownReferenceError("chair year", year, f"the table covers {first}-{last}")
    return found.country


def chair_years(alpha2: str) -> tuple[int, ...]:
    """The years a country chaired ASEAN.

    Args:
        alpha2: ISO alpha-2 code (any case).

    Returns:
        The years, increasing (empty for a country that never chaired).

    Raises:
        UnknownReferenceError: No country has that code.
    """
    code = country(alpha2).alpha2
    return tuple(c.year for c in chairmanships() if c.country == code)


def chair_rule() -> tuple[str, tuple[str, ...]]:
    """The rotation rule of the chairmanship, in prose, with its sources.

    Returns:
        The rule and the URLs that state it.

    Raises:
        ReferenceDataError: ``chairs.toml`` is malformed.
    """
    return _load.load_chair_rule()


def chaired_series() -> frozenset[str]:
    """The keys of the series whose meetings the year's ASEAN chair chairs (see :func:`chair_chairs`).

    Raises:
        ReferenceDataError: ``chairs.toml`` is malformed.
    """
    return _load.load_chaired_series()[0]


def chair_chairs(series_key: str, year: int) -> str | None:
    """The country that chaired a meeting of a series in a year because it held the ASEAN chairmanship.

    Under the ASEAN Charter (Articles 7 and 31) the year's chair hosts the summit and related summits and chairs the
    Coordinating Council, the Community Councils and, in practice every year since, the foreign, economic and defence
    ministers' meetings and their related meetings; ``chairs.toml`` lists those series and the year the rule began.

    Args:
        series_key: A series key (``"AMM"``, ``"EAS"``).
        year: Calendar year of the meeting.

    Returns:
        ISO alpha-2 code of the chair, or ``None`` when the series is not chaired by the ASEAN chair, the year is
        before the Charter or after the table.

    Raises:
        ReferenceDataError: ``chairs.toml`` is malformed.
    """
    keys, since = _load.load_chaired_series()
    if series_key not in keys or year < since:
        return None
    found = _chairs_by_year().get(year)
    return found.country if found is not None else None


# --- honorifics and titles ---------------------------------------------------------------------------------------


def honorifics() -> tuple[Honorific, ...]:
    """Honorifics, styles, titles and ranks that precede names.

    Returns:
        The honorifics, in data-file order.

    Raises:
        ReferenceDataError: ``honorifics.toml`` is malformed.
    """
    return _load.load_honorifics()


def post_titles() -> tuple[str, ...]:
    """Common titles of posts (``Prime Minister``, ``Secretary-General of ASEAN`` ...).

    Returns:
        The titles, in data-file order.

    Raises:
        ReferenceDataError: ``honorifics.toml`` is malformed.
    """
    return _load.load_post_titles()[0]


# --- gazetteer ---------------------------------------------------------------------------------------------------


@functools.cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Every surface form a parser should look for, with what it names.

    Country names, aliases, native names, demonyms and capitals (kind ``capital``: a metonym, a city by default),
    the other cities the series' edition tables record meetings in (kind ``city``, keyed by the host country),
    then body and series names. Short all-capitals codes are case-sensitive; surfaces that are also ordinary words
    or other entities are ``ambiguous``. A surface appears once per entity (the first kind wins).

    Returns:
        The entries.

    Raises:
        ReferenceDataError: A data file is malformed.
    """
    out: list[GazetteerEntry] = []
    seen: set[tuple[str, str, str]] = set()

    def add(surface: str, kind: EntryKind, key: str, flags: _load.SurfaceFlags, group: str) -> None:
        if (group, key, surface) in seen:
            return
        seen.add((group, key, surface))
        cs = surface in flags.case_sensitive or is_short_code(surface)
        out.append(
            GazetteerEntry(surface=surface, kind=kind, key=key, case_sensitive=cs, ambiguous=surface in flags.ambiguous)
        )

    country_flags = _load.load_countries()[1]
    names = {normalise_key(s) for c in countries() for s in (c.name, *c.aliases)}
    for c in countries():
        for surface, kind in _country_entries(c):
            if kind is EntryKind.CAPITAL and normalise_key(surface) in names:
                continue  # city-states: the capital is already there as the country's name
            add(surface, kind, c.alpha2, country_flags[c.alpha2], "country")
    # other cities: those the edition tables record meetings in (each row cites its source), keyed by the host
    no_flags = _load.SurfaceFlags(ambiguous=frozenset(), case_sensitive=frozenset())
    places = names | {normalise_key(p) for c in countries() for p in (*((c.capital,) if c.capital else ()), *c.cities)}
    for s in meeting_series():
        for e in s.editions:
            if e.city and e.host and normalise_key(e.city) not in places:
                add(e.city, EntryKind.CITY, e.host, no_flags, "city")
    body_flags = _load.load_bodies()[1]
    for b in bodies():
        for surface in _load.body_surfaces(b):
            add(surface, EntryKind.BODY, b.key, body_flags[b.key], "body")
    series_flags = _load.load_series()[1]
    for s in meeting_series():
        for surface in _load.series_surfaces(s):
            add(surface, EntryKind.SERIES, s.key, series_flags[s.key], "series")
    return tuple(out)
