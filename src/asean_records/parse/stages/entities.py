"""Stage: countries and organisations named as participants, hosts or partners.

Countries come from the knowledge-base names found in the text: names and
aliases count; a demonym counts when it qualifies a delegation, government,
ministry or official ("the Thai delegation"), alone or in a list ("the Lao and
Thai foreign ministers"); capitals never count on their own (they are usually
places, sometimes metonyms). A surface the knowledge base marks
ambiguous ("Korea", "Georgia", "Lao") counts only in a sentence that names another
country, or before a delegation, government, ministry or official, as a demonym
would ("the Lao Prime Minister"). A name that only names a currency ("U.S. dollars", "US$", "Singapore
dollars"), a peninsula ("the Korean Peninsula"), a sea or gulf ("the South China Sea", "the Gulf of
Thailand") or the dateline's place ("SINGAPORE, 3 May 2026 -") does not count, nor does a country only
spoken about ("the situation in X"). Every meeting's host and partners are countries of the text too.
"""

from __future__ import annotations

import functools
import re

import attrs

from asean_records.model import Entity, EntityKind
from asean_records.parse.document import Document, NameHit
from asean_records.parse.found import Found
from asean_records.reference import countries

__all__ = ["find_entities"]

_DEMONYM_HEAD = re.compile(
    r"\s+(?:[A-Z]\w+\s+){0,2}?(?:(?:foreign|defence|defense|trade|economic|finance|health|senior|prime)\s+)?"
    r"(?:delegations?|government|side|ministry|Ministry|ministers?|Ministers?|officials?|"
    r"counterparts?|Embassy|embassy|Prime|President|Foreign|Defence|Defense|Government|Delegation|leaders?|"
    r"King|Queen|Sultan|authorities|Premier|Vice|Deputy|Secretary|Ambassador|Envoy|Chancellor|Senior|Special|"
    r"Chief|Commander|Acting|Trade|Finance|Economy|Commerce|State\s+Councillor|Crown\s+Prince)\b"
)

# A country name inside the name of a sea, strait or gulf ("the South China Sea", "the Gulf of Thailand").
_SEA_AFTER = re.compile(r"[ \t]+(?:Sea|Strait|Straits)\b")
# A demonym or country name inside the name of a landform: "the Korean Peninsula" is no state.
_LANDFORM_AFTER = re.compile(r"[ \t]+(?:Peninsula|Peninsular)\b")
_SEA_BEFORE = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Bay)[ \t]+of[ \t]+(?:the[ \t]+)?$")
# A country only spoken about: "the situation in Myanmar", "the crisis in X" (a topic, not a participant).
_TOPIC_BEFORE = re.compile(
    r"\b(?:situation|crisis|conflict|developments|violence|unrest|fighting|elections?|humanitarian\s+\w+)"
    r"[ \t]+in[ \t]+(?:the[ \t]+)?$"
)
# A place and date opening the text: where it was written, not a participant ("SINGAPORE, 3 May 2026 -").
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\d|\(|[-–—])")
_CURRENCY = re.compile(r"(?:\$|[ \t\n]+(?:dollars?|cents?|currency|currencies)\b)")
"""Right after a country name: the name is a currency's ("Singapore dollars", "US$")."""
_NO_STATE_AFTER = re.compile(rf"{_CURRENCY.pattern}|{_LANDFORM_AFTER.pattern}|{_SEA_AFTER.pattern}")
"""Any of :data:`_CURRENCY`, :data:`_LANDFORM_AFTER` and :data:`_SEA_AFTER`, in one match."""


def find_entities(doc: Document, found: Found) -> Found:
    """Add the countries and organisations named in the text, in order of first mention."""
    text = doc.text
    # (kind, key) -> the ranges naming it, in order of first mention; plain strings as keys (an enum hashes in Python)
    seen: dict[tuple[str, str], list[tuple[int, int]]] = {}
    dateline_at = doc.sentences[0].start if doc.sentences else -1
    no_state_after = _NO_STATE_AFTER.match
    sea_before = _SEA_BEFORE.search
    topic_before = _TOPIC_BEFORE.search
    for hit in doc.names:
        kind = hit.kind
        if kind == "country":
            start, end = hit.start, hit.end
            if no_state_after(text, end):
                # "911.7 billion U.S. dollars", "US$5 million": a currency; "the Korean Peninsula": a place;
                # "the South China Sea": a body of water (not a participant)
                continue
            if sea_before(text, max(0, start - 20), start):
                continue  # "the Gulf of Thailand": a body of water
            if start == dateline_at and _DATELINE_AFTER.match(text, end):
                continue  # "SINGAPORE, 3 May 2026 -": the dateline
            if topic_before(text, max(0, start - 40), start):
                continue  # "concern over the situation in Myanmar": a topic
            if hit.ambiguous and not _qualifies_post(doc, hit):
                s = doc.sentence_at(start)
                others = [h for h in doc.names_in(s.start, s.end, "country") if not h.ambiguous and h.key != hit.key]
                if not others:
                    continue
            k = ("country", hit.key)
        elif kind == "demonym":
            if not _qualifies_post(doc, hit) or _LANDFORM_AFTER.match(text, hit.end):
                continue
            k = ("country", hit.key)
        elif kind == "body":
            k = ("organisation", hit.key)
        else:
            continue
        ranges = seen.get(k)
        if ranges is None:
            ranges = seen[k] = []
        ranges.append((hit.start, hit.end))
    entities = [
        Entity(
            kind=EntityKind(kind),
            key=key,
            name=text[ranges[0][0] : ranges[0][1]],
            provenance=(doc.provenance("key", tuple(ranges)),),
        )
        for (kind, key), ranges in seen.items()
    ]
    known = {(e.kind, e.key) for e in entities}
    for meeting in found.meetings:
        fields = [("host_country", meeting.host_country)]
        fields += [(f"partners.{i}", code) for i, code in enumerate(meeting.partners)]
        for field, code in fields:
            if code and code in _country_codes() and (EntityKind.COUNTRY, code) not in known:
                prov = meeting.provenance_of(field)
                if prov is not None and prov.basis.is_inferred:
                    continue  # a country the text does not name ("ASEAN Plus Three": China, Japan, Korea implied)
                entities.append(Entity(kind=EntityKind.COUNTRY, key=code, name=code))
                known.add((EntityKind.COUNTRY, code))
    return attrs.evolve(found, entities=tuple(entities))


_DEMONYM_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _qualifies_post(doc: Document, hit: NameHit) -> bool:
    """Whether a demonym qualifies a delegation or a post, alone or in a list ("the Lao and Thai ministers")."""
    text = doc.text
    while True:
        if _DEMONYM_HEAD.match(text, hit.end):
            return True
        join = _DEMONYM_JOIN.match(text, hit.end)
        if join is None:
            return False
        nxt = [
            h
            for h in doc.names_in(join.end(), join.end() + 1)
            if h.start == join.end() and h.kind in {"demonym", "country"}
        ]
        if not nxt:
            return False
        hit = nxt[0]


@functools.cache
def _country_codes() -> frozenset[str]:
    """ISO alpha-2 codes of every country (a partner such as the EU is no country)."""
    return frozenset(c.alpha2 for c in countries())
