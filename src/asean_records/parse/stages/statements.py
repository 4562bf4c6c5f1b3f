"""Stage: statements - who said, stressed, proposed, urged or pledged what.

One compiled pattern finds reporting verbs. For each, the speaker is the person mentioned right before it in the
same sentence (the name, a title, or a pronoun the people stage linked; an apposition may sit between), or a
country or body named right before it (``Cambodia stressed``). A quotation next to the verb (``"...," NAME said``
or ``NAME said: "..."``) is the content with ``quoted=True``; otherwise the content is the reported clause after
the verb (after ``that`` when there is one) up to the end of the sentence. The meeting is the one mentioned last
before the statement; the date is the sentence's own full date, if it states one with a year.
"""

from __future__ import annotations

import bisect
import re

import attrs

from asean_records.errors import AseanRecordsError
from asean_records.model import DateRange, FieldProvenance, PartialDate, Statement
from asean_records.parse.document import DateMention, Document
from asean_records.parse.found import Found, Mention
from asean_records.parse.stages._names import VERB_LEMMAS

__all__ = ["find_statements"]

_VERBS = "|".join(sorted(VERB_LEMMAS, key=len, reverse=True))
_VERB = re.compile(rf"(?<=\s)(?P<v>{_VERBS})(?P<tail>\s+(?:for|out))?\b")
_GAP = re.compile(
    r"\s*(?:[,(–—]\s*[^.;\"]{0,250}?[,)–—]\s*|\s-\s[^.;\"]{0,250}?\s-\s)?"
    r"(?:(?:also|further|then|later|again|has|had|have|was|is|would|will|once\s+again|recently|earlier)\s+)*$"
)
_BARE_GAP = re.compile(r"\s*(?:(?:also|further|then|later|again|has|had|have)\s+)*$")
_QUOTE = re.compile(r"\"(?P<q>[^\"\n]{3,2000})\"")
_THAT = re.compile(r"\s*(?:(?:to\s+)?(?:the\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*){0,3}\s+)?(?:on\s+[^,]{1,40}\s+)?that\s+")
_SUBJECT_START = re.compile(r"(?:^|^(?:[Tt]he)\s+|,\s+(?:the\s+)?)$")
_AND_VERB = re.compile(r",?\s+and\s+(?:also\s+)?$|^\s+[^.;]*?,?\s+and\s+(?:also\s+)?$")
_NEXT_VERB = re.compile(rf",?\s+and\s+(?:also\s+)?(?:{_VERBS})\b")
_FAR_THAT = re.compile(r"[^\"]*?\bthat\s+")
_CLAUSE_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "stress",
        "emphasise",
        "note",
        "state",
        "explain",
        "announce",
        "warn",
        "insist",
        "inform",
        "underline",
        "underscore",
    ]
)


def _date(d: DateMention) -> PartialDate | DateRange | None:
    if d.year is None or d.month is None or d.relative is not None:
        return None
    try:
        start = PartialDate(d.year, d.month, d.day)
        if d.is_range:
            end = PartialDate(d.end_year or d.year, d.end_month or d.month, d.end_day)
            return DateRange(start, end)
    except (AseanRecordsError, ValueError):  # an impossible day is simply not a date
        return None
    return start


def _speaker(
    doc: Document, found: Found, mentions: list[Mention], sent_start: int, verb_start: int
) -> tuple[str, str | None, tuple[int, int]] | None:
    text = doc.text
    best: Mention | None = None
    for m in mentions:
        if sent_start <= m.start and m.end <= verb_start and (best is None or m.start > best.start):
            best = m
    if best is not None and _GAP.match(text, best.end, verb_start):
        person = found.person(best.record_id)
        if person is not None:
            return person.name, (person.titles[0] if person.titles else None), (best.start, best.end)
    hits = [h for h in doc.names_in(max(sent_start, verb_start - 120), verb_start) if h.kind in ("country", "body")]
    if hits:
        h = hits[-1]
        lead = text[sent_start : h.start]
        if _BARE_GAP.match(text, h.end, verb_start) and not h.ambiguous and _SUBJECT_START.search(lead):
            return h.key, None, (h.start, h.end)
    return None


def find_statements(doc: Document, found: Found) -> Found:
    """Add what people, countries and bodies are reported to have said in ``doc`` to ``found``.

    Args:
        doc: The document.
        found: What earlier stages found (people and their mentions, meetings).

    Returns:
        ``found`` with ``statements`` added, in text order.
    """
    text = doc.text
    mentions = sorted(found.person_mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    out: list[Statement] = []
    seen: set[tuple[str | None, str, str]] = set()
    last: tuple[int, int, tuple[str, str | None, tuple[int, int]]] | None = None
    for vm in _VERB.finditer(text):
        sent = doc.sentence_at(vm.start())
        if sent.heading or vm.start() >= sent.end:
            continue
        verb = VERB_LEMMAS[vm.group("v")]
        tail = (vm.group("tail") or "").strip()
        if (verb == "call for" and tail != "for") or (verb == "point out" and tail != "out"):
            continue
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, vm.start())
        who = _speaker(doc, found, mentions[lo:hi], sent.start, vm.start())
        if who is None and last is not None and last[0] == sent.start and _AND_VERB.search(text, last[1], vm.start()):
            who = last[2]  # "X welcomed the delegates and stressed that ...": the same speaker
        if who is None:
            continue
        last = (sent.start, vm.end(), who)
        speaker, role, span = who
        quoted = False
        c_start, c_end = vm.end(), sent.end
        q_before = list(_QUOTE.finditer(text, sent.start, vm.start()))
        q_after = _QUOTE.search(text, vm.end(), sent.end)
        if q_before and q_before[-1].end() <= span[0] and not text[q_before[-1].end() : span[0]].strip(" ,"):
            q = q_before[-1]
            c_start, c_end, quoted = q.start("q"), q.end("q"), True
        elif q_after is not None and not text[vm.end() : q_after.start()].strip(" :,"):
            c_start, c_end, quoted = q_after.start("q"), q_after.end("q"), True
        else:
            that = _THAT.match(text, vm.end(), sent.end)
            far = _FAR_THAT.match(text, vm.end(), min(sent.end, vm.end() + 160)) if verb in _CLAUSE_VERBS else None
            if that is not None:
                c_start = that.end()
            elif far is not None:
                c_start = far.end()
            else:
                while c_start < c_end and text[c_start] in " :,":
                    c_start += 1
        if not quoted:
            nxt = _NEXT_VERB.search(text, c_start, c_end)
            if nxt is not None:
                c_end = nxt.start()
        content = text[c_start:c_end].strip().rstrip(".").strip(" ,")
        if quoted:
            content = content.rstrip(",").strip()
        if len(content) < 3:
            continue
        key = (speaker, verb, content)
        if key in seen:
            continue
        seen.add(key)
        meeting = found.meeting_at(vm.start())
        dates = [d for d in doc.dates_in(sent.start, sent.end) if _date(d) is not None]
        date = _date(dates[0]) if dates else None
        c_end = c_start + len(text[c_start:c_end].rstrip().rstrip(".").rstrip(" ,"))
        prov: list[FieldProvenance] = [
            doc.provenance("speaker", (span,)),
            doc.provenance("verb", ((vm.start(), vm.end()),)),
            doc.provenance("content", ((c_start, max(c_start, c_end)),)),
        ]
        if meeting is not None:
            prov.append(doc.provenance("meeting", ((sent.start, sent.end),)))
        if date is not None:
            prov.append(doc.provenance("date", ((dates[0].start, dates[0].end),)))
        out.append(
            Statement(
                speaker=speaker,
                role=role,
                verb=verb,
                content=content,
                quoted=quoted,
                meeting=meeting.id if meeting is not None else None,
                date=date,
                provenance=tuple(prov),
            )
        )
    return attrs.evolve(found, statements=found.statements + tuple(out))
