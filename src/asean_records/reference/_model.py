"""Typed, immutable values of the reference knowledge base.

Every class here is a frozen attrs class built by :mod:`asean_records.reference._load` from the TOML data files.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

__all__ = [
    "Body",
    "BodyKind",
    "Chairmanship",
    "Country",
    "Edition",
    "EntryKind",
    "GazetteerEntry",
    "Honorific",
    "HonorificKind",
    "MeetingSeries",
    "PartnerKind",
    "PartnerRelation",
    "SeriesLevel",
]


class PartnerKind(enum.Enum):
    """Formal status an external party holds with ASEAN (ASEAN Charter, Article 44)."""

    DIALOGUE = "dialogue"
    SECTORAL_DIALOGUE = "sectoral_dialogue"
    DEVELOPMENT = "development"


class BodyKind(enum.Enum):
    """What sort of body or organisation an entry of ``bodies.toml`` is."""

    ASSOCIATION = "association"
    """ASEAN itself."""
    ASEAN_ORGAN = "asean_organ"
    """An organ named in the ASEAN Charter (Summit, Coordinating Council, Community Councils, CPR, Secretariat)."""
    ASEAN_COMMUNITY = "asean_community"
    """One of the three pillars of the ASEAN Community."""
    ASEAN_MINISTERIAL_BODY = "asean_ministerial_body"
    """An ASEAN sectoral ministerial body (AMM, AEM, ADMM, ...)."""
    ASEAN_SENIOR_OFFICIALS_BODY = "asean_senior_officials_body"
    """A committee of senior officials that reports to a ministerial body (SOM, SEOM, SOCA, ADSOM, ...)."""
    ASEAN_ENTITY = "asean_entity"
    """A commission, centre, foundation or network set up by or associated with ASEAN."""
    ASEAN_FRAMEWORK = "asean_framework"
    """An ASEAN-led forum with external partners (ARF, EAS, APT, ADMM-Plus)."""
    UN_SYSTEM = "un_system"
    """The United Nations, its organs, programmes, funds and specialised agencies."""
    INTERNATIONAL = "international"
    """Another international organisation."""
    REGIONAL = "regional"
    """A regional or inter-regional organisation or forum outside ASEAN."""
    FINANCIAL = "financial"
    """A multilateral bank or financial institution."""


class SeriesLevel(enum.Enum):
    """Who meets in a meeting series."""

    LEADERS = "leaders"
    MINISTERS = "ministers"
    SENIOR_OFFICIALS = "senior_officials"
    WORKING_GROUP = "working_group"
    OTHER = "other"


class HonorificKind(enum.Enum):
    """The family an honorific or rank belongs to."""

    COURTESY = "courtesy"
    """Everyday forms of address (Mr., Ms., Khun, Pak, U, Daw ...)."""
    STYLE = "style"
    """Formal styles of office (H.E., The Honourable, Yang Berhormat ...)."""
    STATE = "state"
    """Titles conferred by a state with an order or honour (Tun, Tan Sri, Datuk, Pehin, Sir ...)."""
    ROYAL = "royal"
    """Royal or noble rank (Pengiran, Samdech ...)."""
    RELIGIOUS = "religious"
    """Religious titles (Haji, Hajah ...)."""
    ACADEMIC = "academic"
    """Academic and medical titles (Dr., Prof.)."""
    PROFESSIONAL = "professional"
    """Professional titles (Atty., Engr.)."""
    MILITARY = "military"
    """Military ranks."""
    POLICE = "police"
    """Police ranks."""


class EntryKind(enum.Enum):
    """What a gazetteer surface names."""

    COUNTRY_NAME = "country_name"
    COUNTRY_ALIAS = "country_alias"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    CITY = "city"
    NATIVE_NAME = "native_name"
    BODY = "body"
    SERIES = "series"


@attrs.frozen
class PartnerRelation:
    """A formal partnership between ASEAN and a country or organisation.

    Args:
        kind: The status conferred.
        since: Year the status was conferred (or the relation formalised).
        source: URL of the public source for the fact.
    """

    kind: PartnerKind
    since: int
    source: str


@attrs.frozen(kw_only=True)
class Country:
    """An ISO 3166-1 country, with the ASEAN layer where the knowledge base has one.

    Args:
        alpha2: ISO 3166-1 alpha-2 code (``"VN"``).
        alpha3: ISO 3166-1 alpha-3 code (``"VNM"``).
        name: ISO short name in readable order (``"Viet Nam"``, ``"Republic of Korea"``).
        short_name: The name ASEAN texts most often use (``"Viet Nam"``, ``"Lao PDR"``).
        aliases: Other names as texts write them, including official long forms.
        demonyms: Adjectives and nouns for people and things of the country.
        capital: Capital city, or ``None`` where the knowledge base does not record one.
        cities: Other cities in the country where ASEAN meetings are held (listed with a source).
        native_names: Names in the country's own languages and scripts.
        asean_member_since: Date of admission to ASEAN, ``None`` for non-members.
        partner_relations: Formal partnerships with ASEAN.
        sources: URLs of the public sources for the ASEAN layer (empty for bare ISO entries).
    """

    alpha2: str
    alpha3: str
    name: str
    short_name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    cities: tuple[str, ...] = ()
    native_names: tuple[str, ...] = ()
    asean_member_since: dt.date | None = None
    partner_relations: tuple[PartnerRelation, ...] = ()
    sources: tuple[str, ...] = ()

    def is_member(self, at: dt.date) -> bool:
        """Tell whether the country was an ASEAN member on a given day.

        Args:
            at: The day to check.

        Returns:
            ``True`` when the country had been admitted on or before ``at``.
        """
        return self.asean_member_since is not None and self.asean_member_since <= at


@attrs.frozen(kw_only=True)
class Body:
    """An ASEAN organ or body, or an organisation ASEAN texts name.

    Args:
        key: Identifier used across the library (usually the acronym: ``"AICHR"``, ``"ASEAN Secretariat"``).
        name: Full English name.
        acronym: Usual acronym, or ``None``.
        aliases: Other names and spellings.
        kind: What sort of body it is.
        parent: Key of the body it belongs or reports to, or ``None``.
        partner_relations: Formal partnerships with ASEAN (for the EU, say).
        posts: Posts that belong to the body but are written with another name ("Secretary-General of ASEAN"
            heads the ASEAN Secretariat), so a person holding one works for it.
        sources: URLs of the public sources.
    """

    key: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    kind: BodyKind
    parent: str | None = None
    partner_relations: tuple[PartnerRelation, ...] = ()
    posts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Edition:
    """One numbered meeting of a series.

    Args:
        ordinal: Its number in the series (``53`` for the 53rd).
        year: Calendar year it was held (or is announced for).
        start: First day, when known.
        end: Last day, when known and different from ``start``.
        city: City where it was held (or the city it was chaired from when virtual).
        host: ISO alpha-2 code of the host country.
        virtual: ``True`` when held by videoconference, ``None`` when not recorded.
        source: URL of the public source.
    """

    ordinal: int
    year: int
    start: dt.date | None = None
    end: dt.date | None = None
    city: str | None = None
    host: str | None = None
    virtual: bool | None = None
    source: str


@attrs.frozen(kw_only=True)
class MeetingSeries:
    """A recurring meeting (the ASEAN Summit, the AMM, the ARF ...).

    Args:
        key: Short identifier used as the series id (``"AMM"``, ``"ASEAN Summit"``, ``"ADSOM-Plus WG"``).
        name: Full English name.
        aliases: Other names, acronyms and spellings.
        level: Who meets.
        editions: Known numbered editions, ordered by ordinal.
        sources: URLs of the public sources.
    """

    key: str
    name: str
    aliases: tuple[str, ...]
    level: SeriesLevel
    editions: tuple[Edition, ...] = ()
    sources: tuple[str, ...] = ()


@attrs.frozen
class Chairmanship:
    """The ASEAN chair of one calendar year.

    Args:
        year: Calendar year.
        country: ISO alpha-2 code of the chair.
        source: URL of the public source.
        note: How the year was determined, or why the rotation changed; ``None`` for ordinary years.
    """

    year: int
    country: str
    source: str
    note: str | None = None


@attrs.frozen(kw_only=True)
class Honorific:
    """An honorific, style, title or rank written before a name.

    Args:
        text: The canonical form (``"Dato' Sri"``).
        variants: Other spellings and abbreviations.
        kind: The family it belongs to.
        countries: ISO alpha-2 codes of the countries where it is used; empty when in general use.
        source: URL of the public source.
        case_sensitive: Match only as written (``"U"``, ``"HE"``).
        ambiguous: The form is also an ordinary word or initial; a parser should require context.
    """

    text: str
    variants: tuple[str, ...]
    kind: HonorificKind
    countries: tuple[str, ...]
    source: str
    case_sensitive: bool = False
    ambiguous: bool = False


@attrs.frozen(kw_only=True)
class GazetteerEntry:
    """One surface form a parser should look for in text.

    Args:
        surface: The string as it appears in text (already a clean, single-spaced string).
        kind: What the surface names.
        key: The entity it names: alpha-2 code, body key or series key.
        case_sensitive: Match only with this exact casing.
        ambiguous: Also an ordinary word, pronoun or other entity; require supporting context.
    """

    surface: str
    kind: EntryKind
    key: str
    case_sensitive: bool
    ambiguous: bool
