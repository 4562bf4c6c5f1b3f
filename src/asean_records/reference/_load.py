"""Read the TOML data files once and build the typed values.

Each loader checks the shape of its file and raises :class:`~asean_records.errors.ReferenceDataError` naming the
file and the entry when something is malformed. Loaders are cached: the files are read at most once per process.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any, TypeVar

import attrs
import pycountry

from asean_records.errors import ReferenceDataError
from asean_records.reference._model import (
    Body,
    BodyKind,
    Chairmanship,
    Country,
    Edition,
    Honorific,
    HonorificKind,
    MeetingSeries,
    PartnerKind,
    PartnerRelation,
    SeriesLevel,
)

__all__ = [
    "DATA_FILES",
    "CountryFlags",
    "SurfaceFlags",
    "load_bodies",
    "load_chair_rule",
    "load_chaired_series",
    "load_chairs",
    "load_countries",
    "load_honorifics",
    "load_post_titles",
    "load_raw",
    "load_series",
]

DATA_FILES = ("countries.toml", "bodies.toml", "series.toml", "chairs.toml", "honorifics.toml")
_URL = re.compile(r"^https?://\S+$")

Table = Mapping[str, Any]
_E = TypeVar("_E", bound=enum.Enum)


@functools.cache
def load_raw(filename: str) -> dict[str, Any]:
    """Parse one data file of the package.

    Args:
        filename: Name of a file in ``asean_records/reference/data``.

    Returns:
        The parsed TOML document.

    Raises:
        ReferenceDataError: The file is missing or not valid TOML.
    """
    try:
        text = resources.files("asean_records.reference").joinpath("data", filename).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReferenceDataError(f"{filename}: cannot read: {exc}") from exc


def _where(filename: str, section: str, index: int, entry: Table) -> str:
    label = entry.get("key") or entry.get("alpha2") or entry.get("text") or entry.get("year") or entry.get("ordinal")
    return f"{filename}: [[{section}]] #{index}" + (f" ({label})" if label is not None else "")


def _str(entry: Table, field: str, where: str, *, required: bool = True) -> str | None:
    value = entry.get(field)
    if value is None:
        if required:
            raise ReferenceDataError(f"{where}: missing {field!r}")
        return None
    if not isinstance(value, str) or not value.strip() or value != value.strip() or "  " in value:
        raise ReferenceDataError(f"{where}: {field!r} must be a clean non-empty string, got {value!r}")
    return value


def _strs(entry: Table, field: str, where: str) -> tuple[str, ...]:
    value = entry.get(field, [])
    if not isinstance(value, list):
        raise ReferenceDataError(f"{where}: {field!r} must be a list of strings")
    for item in value:
        if not isinstance(item, str) or not item.strip() or item != item.strip() or "  " in item:
            raise ReferenceDataError(f"{where}: {field!r} holds a bad string {item!r}")
    if len(set(value)) != len(value):
        raise ReferenceDataError(f"{where}: {field!r} repeats an item")
    return tuple(value)


def _url(value: object, where: str) -> str:
    if not isinstance(value, str) or not _URL.match(value):
        raise ReferenceDataError(f"{where}: source must be an http(s) URL, got {value!r}")
    return value


def _sources(entry: Table, where: str, *, required: bool = True) -> tuple[str, ...]:
    found: list[str] = []
    if "source" in entry:
        found.append(_url(entry["source"], where))
    if "sources" in entry:
        if not isinstance(entry["sources"], list):
            raise ReferenceDataError(f"{where}: 'sources' must be a list of URLs")
        found.extend(_url(s, where) for s in entry["sources"])
    if required and not found:
        raise ReferenceDataError(f"{where}: every entry needs 'source' or 'sources'")
    return tuple(found)


def _int(entry: Table, field: str, where: str, *, required: bool = True) -> int | None:
    value = entry.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ReferenceDataError(f"{where}: {field!r} must be an integer, got {value!r}")
    return value


def _enum(entry: Table, field: str, cls: type[_E], where: str, what: str) -> _E:
    """The member of enum ``cls`` whose value ``entry[field]`` is; ``what`` names it in the error."""
    try:
        return cls(entry.get(field))
    except ValueError as exc:
        raise ReferenceDataError(f"{where}: unknown {what} {entry.get(field)!r}") from exc


def _date(entry: Table, field: str, where: str) -> dt.date | None:
    value = entry.get(field)
    if value is None:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ReferenceDataError(f"{where}: {field!r} must be a TOML date (YYYY-MM-DD), got {value!r}")
    return value


def _alpha2(value: str | None, where: str) -> str | None:
    if value is not None and pycountry.countries.get(alpha_2=value) is None:
        raise ReferenceDataError(f"{where}: {value!r} is not an ISO 3166-1 alpha-2 code")
    return value


def _partners(entry: Table, where: str) -> tuple[PartnerRelation, ...]:
    out = []
    for i, raw in enumerate(entry.get("partners", [])):
        here = f"{where} partners[{i}]"
        kind = _enum(raw, "kind", PartnerKind, here, "partner kind")
        since = _int(raw, "since", here)
        assert since is not None
        out.append(PartnerRelation(kind, since, _url(raw.get("source"), here)))
    return tuple(out)


def readable_iso_name(name: str) -> str:
    """Turn an ISO list name into reading order.

    ``"Korea, Republic of"`` becomes ``"Republic of Korea"``, ``"Virgin Islands, British"`` becomes
    ``"British Virgin Islands"``, ``"Holy See (Vatican City State)"`` becomes ``"Holy See"``.

    Args:
        name: A name from ISO 3166-1 (as ``pycountry`` gives it).

    Returns:
        The same name in reading order.
    """
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    head, sep, tail = name.partition(", ")
    if not sep or " and " in tail:
        return name
    return f"{tail} {head}"


@attrs.frozen
class SurfaceFlags:
    """Per-entity flags on surfaces, read from the ``ambiguous`` and ``case_sensitive`` lists of an entry.

    Args:
        ambiguous: Surfaces that need context before a parser accepts them.
        case_sensitive: Surfaces matched only as written (short all-capitals codes are added automatically).
    """

    ambiguous: frozenset[str]
    case_sensitive: frozenset[str]


CountryFlags = dict[str, SurfaceFlags]


def _flags(entry: Table, where: str, surfaces: tuple[str, ...]) -> SurfaceFlags:
    ambiguous = _strs(entry, "ambiguous", where)
    case_sensitive = _strs(entry, "case_sensitive", where)
    for s in (*ambiguous, *case_sensitive):
        if s not in surfaces:
            raise ReferenceDataError(f"{where}: flagged surface {s!r} is not one of the entry's surfaces")
    return SurfaceFlags(frozenset(ambiguous), frozenset(case_sensitive))


# --- countries ---------------------------------------------------------------------------------------------------


@functools.cache
def _country_layer() -> dict[str, tuple[Table, str]]:
    doc = load_raw("countries.toml")
    layer: dict[str, tuple[Table, str]] = {}
    for i, entry in enumerate(doc.get("country", [])):
        where = _where("countries.toml", "country", i, entry)
        alpha2 = _alpha2(_str(entry, "alpha2", where), where)
        assert alpha2 is not None
        if alpha2 in layer:
            raise ReferenceDataError(f"{where}: {alpha2} appears twice")
        layer[alpha2] = (entry, where)
    return layer


def iso_surfaces(alpha2: str) -> tuple[str, ...]:
    """All names ISO 3166-1 gives a country, in reading order, without repeats.

    Args:
        alpha2: ISO alpha-2 code.

    Returns:
        The readable name, then the common and official names where they differ.
    """
    record = pycountry.countries.get(alpha_2=alpha2)
    if record is None:
        raise ReferenceDataError(f"{alpha2!r} is not an ISO 3166-1 alpha-2 code")
    names = [readable_iso_name(record.name)]
    for attr in ("common_name", "official_name"):
        value = getattr(record, attr, None)
        if value:
            value = readable_iso_name(value)
            value = value[4:] if value.startswith("the ") else value
            if value not in names:
                names.append(value)
    return tuple(names)


@functools.cache
def load_countries() -> tuple[tuple[Country, ...], CountryFlags]:
    """Build every ISO 3166-1 country with its ASEAN layer.

    Returns:
        The countries ordered by alpha-2 code, and the surface flags of each.

    Raises:
        ReferenceDataError: ``countries.toml`` is malformed.
    """
    layer = _country_layer()
    countries: list[Country] = []
    flags: CountryFlags = {}
    for record in sorted(pycountry.countries, key=lambda r: r.alpha_2):
        alpha2 = record.alpha_2
        iso = iso_surfaces(alpha2)
        entry, where = layer.get(alpha2, ({}, f"countries.toml: ISO {alpha2}"))
        if entry:
            sources = _sources(entry, where)
            short = _str(entry, "short_name", where, required=False) or iso[1 if len(iso) > 1 else 0]
            aliases = _strs(entry, "aliases", where)
            demonyms = _strs(entry, "demonyms", where)
            capital = _str(entry, "capital", where, required=False)
            capital_variants = _strs(entry, "capital_variants", where)
            cities = _strs(entry, "cities", where)
            native = _strs(entry, "native_names", where)
            since = _date(entry, "member_since", where)
            partners = _partners(entry, where)
            unknown = set(entry) - {
                "alpha2", "short_name", "aliases", "demonyms", "capital", "capital_variants", "cities",
                "native_names", "member_since", "partners", "ambiguous", "case_sensitive", "source", "sources", "note",
            }  # fmt: skip
            if unknown:
                raise ReferenceDataError(f"{where}: unknown fields {sorted(unknown)}")
        else:
            sources, aliases, demonyms, capital_variants, cities, native, partners = (), (), (), (), (), (), ()
            short, capital, since = (iso[1] if len(iso) > 1 else iso[0]), None, None
        all_aliases = tuple(dict.fromkeys(a for a in (*iso[1:], *aliases) if a not in (iso[0], short)))
        if short != iso[0] and short not in all_aliases:
            all_aliases = (short, *all_aliases)
        surfaces = (
            iso[0], *all_aliases, *demonyms, *native, *((capital,) if capital else ()), *capital_variants, *cities
        )  # fmt: skip
        flags[alpha2] = _flags(entry, where, surfaces) if entry else SurfaceFlags(frozenset(), frozenset())
        countries.append(
            Country(
                alpha2=alpha2,
                alpha3=record.alpha_3,
                name=iso[0],
                short_name=short,
                aliases=all_aliases,
                demonyms=demonyms,
                capital=capital,
                cities=cities,
                native_names=native,
                asean_member_since=since,
                partner_relations=partners,
                sources=sources,
            )
        )
    return tuple(countries), flags


@functools.cache
def capital_variants() -> dict[str, tuple[str, ...]]:
    """Other spellings of capitals, by alpha-2 code.

    Returns:
        A mapping from alpha-2 code to the capital's spelling variants.
    """
    return {a2: _strs(entry, "capital_variants", where) for a2, (entry, where) in _country_layer().items()}


# --- bodies ------------------------------------------------------------------------------------------------------


@functools.cache
def load_bodies() -> tuple[tuple[Body, ...], dict[str, SurfaceFlags]]:
    """Build the bodies and organisations of ``bodies.toml``.

    Returns:
        The bodies in file order, and the surface flags of each by key.

    Raises:
        ReferenceDataError: The file is malformed or a parent key is unknown.
    """
    doc = load_raw("bodies.toml")
    bodies: list[Body] = []
    flags: dict[str, SurfaceFlags] = {}
    for i, entry in enumerate(doc.get("body", [])):
        where = _where("bodies.toml", "body", i, entry)
        key = _str(entry, "key", where)
        name = _str(entry, "name", where)
        assert key is not None
        assert name is not None
        if key in flags:
            raise ReferenceDataError(f"{where}: key {key!r} appears twice")
        kind = _enum(entry, "kind", BodyKind, where, "body kind")
        acronym = _str(entry, "acronym", where, required=False)
        aliases = _strs(entry, "aliases", where)
        body = Body(
            key=key,
            name=name,
            acronym=acronym,
            aliases=aliases,
            kind=kind,
            parent=_str(entry, "parent", where, required=False),
            partner_relations=_partners(entry, where),
            posts=_strs(entry, "posts", where),
            sources=_sources(entry, where),
        )
        flags[key] = _flags(entry, where, body_surfaces(body))
        bodies.append(body)
    for body in bodies:
        if body.parent is not None and body.parent not in flags:
            raise ReferenceDataError(f"bodies.toml: {body.key}: unknown parent {body.parent!r}")
    return tuple(bodies), flags


def body_surfaces(body: Body) -> tuple[str, ...]:
    """All surfaces of a body: key, name, acronym and aliases, without repeats.

    Args:
        body: A body.

    Returns:
        The surfaces in that order.
    """
    return tuple(dict.fromkeys((body.key, body.name, *((body.acronym,) if body.acronym else ()), *body.aliases)))


# --- series ------------------------------------------------------------------------------------------------------


def _edition(raw: Table, where: str, default_source: str | None) -> Edition:
    unknown = set(raw) - {"ordinal", "year", "start", "end", "city", "host", "virtual", "source"}
    if unknown:
        raise ReferenceDataError(f"{where}: unknown fields {sorted(unknown)}")
    ordinal = _int(raw, "ordinal", where)
    start = _date(raw, "start", where)
    end = _date(raw, "end", where)
    year = _int(raw, "year", where, required=False)
    assert ordinal is not None
    if year is None:
        if start is None:
            raise ReferenceDataError(f"{where}: an edition needs 'year' or 'start'")
        year = start.year
    if start is not None and start.year != year:
        raise ReferenceDataError(f"{where}: start {start} is not in year {year}")
    if end is not None and (start is None or end < start):
        raise ReferenceDataError(f"{where}: end {end} without a start on or before it")
    virtual = raw.get("virtual")
    if virtual is not None and not isinstance(virtual, bool):
        raise ReferenceDataError(f"{where}: 'virtual' must be true or false")
    source = raw.get("source", default_source)
    if source is None:
        raise ReferenceDataError(f"{where}: edition has no 'source' and its series no 'edition_source'")
    return Edition(
        ordinal=ordinal,
        year=year,
        start=start,
        end=end,
        city=_str(raw, "city", where, required=False),
        host=_alpha2(_str(raw, "host", where, required=False), where),
        virtual=virtual,
        source=_url(source, where),
    )


@functools.cache
def load_series() -> tuple[tuple[MeetingSeries, ...], dict[str, SurfaceFlags]]:
    """Build the meeting series of ``series.toml`` with their edition tables.

    Returns:
        The series in file order, and the surface flags of each by key.

    Raises:
        ReferenceDataError: The file is malformed.
    """
    doc = load_raw("series.toml")
    out: list[MeetingSeries] = []
    flags: dict[str, SurfaceFlags] = {}
    for i, entry in enumerate(doc.get("series", [])):
        where = _where("series.toml", "series", i, entry)
        key = _str(entry, "key", where)
        name = _str(entry, "name", where)
        assert key is not None
        assert name is not None
        if key in flags:
            raise ReferenceDataError(f"{where}: key {key!r} appears twice")
        level = _enum(entry, "level", SeriesLevel, where, "level")
        default = entry.get("edition_source")
        if default is not None:
            _url(default, where)
        editions = tuple(
            _edition(raw, f"{where} editions[{j}]", default) for j, raw in enumerate(entry.get("editions", []))
        )
        series = MeetingSeries(
            key=key,
            name=name,
            aliases=_strs(entry, "aliases", where),
            level=level,
            editions=editions,
            sources=_sources(entry, where),
        )
        flags[key] = _flags(entry, where, series_surfaces(series))
        out.append(series)
    return tuple(out), flags


def series_surfaces(series: MeetingSeries) -> tuple[str, ...]:
    """All surfaces of a series: key, name and aliases, without repeats.

    Args:
        series: A meeting series.

    Returns:
        The surfaces in that order.
    """
    return tuple(dict.fromkeys((series.key, series.name, *series.aliases)))


# --- chairs ------------------------------------------------------------------------------------------------------


@functools.cache
def load_chairs() -> tuple[Chairmanship, ...]:
    """Build the chair table of ``chairs.toml``.

    Returns:
        One chairmanship per year, ordered by year.

    Raises:
        ReferenceDataError: The file is malformed or a year repeats.
    """
    doc = load_raw("chairs.toml")
    out: list[Chairmanship] = []
    for i, entry in enumerate(doc.get("chair", [])):
        where = _where("chairs.toml", "chair", i, entry)
        year = _int(entry, "year", where)
        country = _alpha2(_str(entry, "country", where), where)
        assert year is not None
        assert country is not None
        out.append(Chairmanship(year, country, _sources(entry, where)[0], _str(entry, "note", where, required=False)))
    years = [c.year for c in out]
    if years != sorted(set(years)):
        raise ReferenceDataError("chairs.toml: years must be unique and in increasing order")
    return tuple(out)


def _chair_rule_table() -> Table:
    rule = load_raw("chairs.toml").get("rule")
    if not isinstance(rule, dict):
        raise ReferenceDataError("chairs.toml: missing [rule] table")
    return rule


@functools.cache
def load_chair_rule() -> tuple[str, tuple[str, ...]]:
    """The rotation rule of ``chairs.toml``.

    Returns:
        The rule as prose, and the URLs of its sources.

    Raises:
        ReferenceDataError: The ``[rule]`` table is missing or malformed.
    """
    rule = _chair_rule_table()
    text = _str(rule, "text", "chairs.toml: [rule]")
    assert text is not None
    return text, _sources(rule, "chairs.toml: [rule]")


@functools.cache
def load_chaired_series() -> tuple[frozenset[str], int]:
    """The series the year's ASEAN chair chairs, and the first calendar year of that rule (``chairs.toml``).

    Raises:
        ReferenceDataError: The list is missing, malformed or names a series ``series.toml`` does not hold.
    """
    rule = _chair_rule_table()
    where = "chairs.toml: [rule]"
    keys = _strs(rule, "chaired_series", where)
    since = rule.get("charter_in_force")
    if not keys or not isinstance(since, int):
        raise ReferenceDataError(f"{where}: chaired_series (strings) and charter_in_force (a year) are required")
    known = {s.key for s in load_series()[0]}
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise ReferenceDataError(f"{where}: chaired_series names unknown series {unknown}")
    return frozenset(keys), since


# --- honorifics --------------------------------------------------------------------------------------------------


@functools.cache
def load_honorifics() -> tuple[Honorific, ...]:
    """Build the honorifics, styles, titles and ranks of ``honorifics.toml``.

    Returns:
        The honorifics in file order.

    Raises:
        ReferenceDataError: The file is malformed.
    """
    doc = load_raw("honorifics.toml")
    out: list[Honorific] = []
    for i, entry in enumerate(doc.get("honorific", [])):
        where = _where("honorifics.toml", "honorific", i, entry)
        text = _str(entry, "text", where)
        assert text is not None
        kind = _enum(entry, "kind", HonorificKind, where, "honorific kind")
        countries = _strs(entry, "countries", where)
        for code in countries:
            _alpha2(code, where)
        cs, amb = entry.get("case_sensitive", False), entry.get("ambiguous", False)
        if not isinstance(cs, bool) or not isinstance(amb, bool):
            raise ReferenceDataError(f"{where}: 'case_sensitive' and 'ambiguous' must be true or false")
        out.append(
            Honorific(
                text=text,
                variants=_strs(entry, "variants", where),
                kind=kind,
                countries=countries,
                source=_sources(entry, where)[0],
                case_sensitive=cs,
                ambiguous=amb,
            )
        )
    return tuple(out)


@functools.cache
def load_post_titles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The post titles of ``honorifics.toml``.

    Returns:
        The titles, and the URLs of their sources.

    Raises:
        ReferenceDataError: The ``[post_titles]`` table is missing or malformed.
    """
    table = load_raw("honorifics.toml").get("post_titles")
    if not isinstance(table, dict):
        raise ReferenceDataError("honorifics.toml: missing [post_titles] table")
    return _strs(table, "titles", "honorifics.toml: [post_titles]"), _sources(table, "honorifics.toml: [post_titles]")
