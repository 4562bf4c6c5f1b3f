"""The reference knowledge base: cited public facts about ASEAN as typed, immutable values.

Countries (every ISO 3166-1 entry, with an ASEAN layer of membership, partnerships, aliases, demonyms, capitals
and native names), bodies and organisations, meeting series with their edition tables, the chair of each year,
and the honorifics and titles that precede names. The facts live in ``reference/data/*.toml``, each with the URL
of its public source; they are read once, on first use.

Examples:
    >>> from asean_records.reference import chair_of, edition, resolve_country
    >>> resolve_country("Lao PDR").alpha2
    'LA'
    >>> edition("AMM", 53).year
    2020
    >>> chair_of(2022)
    'KH'
"""

from __future__ import annotations

from asean_records.reference._model import (
    Body,
    BodyKind,
    Chairmanship,
    Country,
    Edition,
    EntryKind,
    GazetteerEntry,
    Honorific,
    HonorificKind,
    MeetingSeries,
    PartnerKind,
    PartnerRelation,
    SeriesLevel,
)
from asean_records.reference._normalise import normalise_key
from asean_records.reference.lookup import (
    asean_members,
    bodies,
    body_of_post,
    chair_chairs,
    chair_of,
    chair_rule,
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
    post_titles,
    resolve_body,
    resolve_country,
    resolve_series,
    series,
)

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
    "asean_members",
    "bodies",
    "body_of_post",
    "chair_chairs",
    "chair_of",
    "chair_rule",
    "chair_years",
    "chaired_series",
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
    "normalise_key",
    "post_titles",
    "resolve_body",
    "resolve_country",
    "resolve_series",
    "series",
]
