"""Stage: delegations - a country's (or body's) delegation, who led it, and whom it acted for.

Three compiled patterns: ``the Cambodian delegation led by NAME`` / ``Cambodia's delegation, headed by NAME``,
``the delegation of Cambodia, led by NAME`` and
``NAME led the Thai delegation`` (``NAME led a delegation`` takes the country of the person, if known). The head
must be a person the people stage found; ``on behalf of X`` in the same sentence gives ``on_behalf_of``. The
meeting is the one mentioned last before the delegation. Unnamed collective delegations ("delegations from the
ten ASEAN Member States") make no record.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from asean_records.model import Basis, Delegation, FieldProvenance, InferenceReason
from asean_records.parse.document import Document
from asean_records.parse.found import Found, Mention
from asean_records.reference import find_country

__all__ = ["find_delegations"]

_WHO = r"(?P<who>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}?)(?:'s)?"
_LED_BY = re.compile(rf"\b{_WHO}\s+delegation,?\s+(?:(?:which\s+)?was\s+)?(?:led|headed)\s+by\s+")
_LED = re.compile(rf"\s+(?:also\s+)?(?:led|headed)\s+(?:the|a|an|her|his)\s+(?:{_WHO}\s+)?delegation\b")
_OF_LED_BY = re.compile(
    r"\bdelegations?\s+(?:of|from)\s+(?P<who>(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}?)"
    r",?\s+(?:(?:which\s+)?(?:was|were)\s+)?(?:led|headed)\s+by\s+"
)
_CAPS_ONLY = re.compile(r"(?:[A-Z][\w.'-]*\s+)*$")
_THE = re.compile(r"^[Tt]he\s+")
_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<x>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,5})")


def _mention_at(text: str, mentions: list[Mention], starts: list[int], offset: int) -> Mention | None:
    """The person mention at ``offset``, after any honorifics (capitalised words) in between."""
    i = bisect.bisect_left(starts, offset)
    if i < len(mentions) and mentions[i].start - offset <= 40 and _CAPS_ONLY.match(text, offset, mentions[i].start):
        return mentions[i]
    return None


def _around(text: str, pattern: re.Pattern[str], before: int, after: int) -> Iterator[re.Match[str]]:
    """``pattern``'s matches, searched only in windows around the word "delegation" (which each match contains).

    Same as ``pattern.finditer(text)`` for matches that start at most ``before`` characters before the word and
    end at most ``after`` characters after it; one regex pass over small windows instead of the whole text.
    """
    done = 0
    i = text.find("delegation")
    while i >= 0:
        m = pattern.search(text, max(done, i - before), min(len(text), i + after))
        if m is not None:
            yield m
            done = m.end()
        i = text.find("delegation", max(i + 1, done))


def _country(who: str) -> str | None:
    who = _THE.sub("", who).rstrip(".")
    c = find_country(who)
    return c.alpha2 if c is not None else None


def _mention_ending(mentions: list[Mention], ends: list[int], offset: int) -> Mention | None:
    i = bisect.bisect_left(ends, offset)
    if i < len(mentions) and mentions[i].end == offset:
        return mentions[i]
    return None


def find_delegations(doc: Document, found: Found) -> Found:
    """Add the delegations ``doc`` reports, with their heads, to ``found``.

    Args:
        doc: The document.
        found: What earlier stages found (people, their mentions, meetings).

    Returns:
        ``found`` with ``delegations`` added, in text order.
    """
    text = doc.text
    if "delegation" not in text or not found.person_mentions:
        return found  # both patterns need the word and a person to head it
    mentions = sorted(found.person_mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    by_end = sorted(found.person_mentions, key=lambda m: m.end)
    ends = [m.end for m in by_end]
    items: list[tuple[int, str | None, tuple[int, int] | None, Basis | None, Mention]] = []
    for m in _around(text, _LED_BY, 200, 60):
        code0 = _country(m.group("who"))
        head = _mention_at(text, mentions, starts, m.end())
        if code0 is None or head is None:
            continue
        items.append((m.start(), code0, (m.start("who"), m.end("who")), None, head))
    for m in _around(text, _OF_LED_BY, 20, 120):
        # "the delegation of Cambodia, led by NAME", "a delegation from Viet Nam headed by NAME"
        code1 = _country(m.group("who"))
        head = _mention_at(text, mentions, starts, m.end())
        if code1 is None or head is None:
            continue
        items.append((m.start(), code1, (m.start("who"), m.end("who")), None, head))
    for m in _around(text, _LED, 100, 12):
        head = _mention_ending(by_end, ends, m.start())
        if head is None:
            continue
        code: str | None = None
        span: tuple[int, int] | None = None
        basis: Basis | None = None
        if m.group("who") is not None:
            code = _country(m.group("who"))
            if code is None:
                continue
            span = (m.start("who"), m.end("who"))
        else:
            person = found.person(head.record_id)
            if person is not None and person.country is not None:
                code, span = person.country, (head.start, head.end)
                basis = Basis.inferred(InferenceReason.COUNTRY_FROM_CONTEXT, "the country of the person who led it")
        items.append((head.start, code, span, basis, head))
    out: list[Delegation] = []
    for offset, code, span, basis, head in sorted(items, key=lambda x: x[0]):
        person = found.person(head.record_id)
        if person is None:
            continue
        sent = doc.sentence_at(offset)
        behalf = _BEHALF.search(text, sent.start, sent.end)
        behalf_key: str | None = None
        if behalf is not None:
            behalf_key = _country(behalf.group("x"))
        meeting = found.meeting_at(offset)
        prov: list[FieldProvenance] = [doc.provenance("head", ((head.start, head.end),))]
        if code is not None and span is not None:
            prov.append(doc.provenance("country", (span,), basis))
        if behalf is not None and behalf_key is not None:
            prov.append(doc.provenance("on_behalf_of", ((behalf.start("x"), behalf.end("x")),)))
        if meeting is not None:
            prov.append(doc.provenance("meeting", ((sent.start, sent.end),)))
        d = Delegation(
            country=code,
            head=person.name,
            on_behalf_of=behalf_key,
            meeting=meeting.id if meeting is not None else None,
            provenance=tuple(prov),
        )
        if all(x.id != d.id for x in out):
            out.append(d)
    return attrs.evolve(found, delegations=found.delegations + tuple(out))
