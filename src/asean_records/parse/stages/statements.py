"""Stage: statements - who said, stressed, proposed, urged or pledged what.

One compiled pattern finds reporting verbs. For each, the speaker is the person mentioned right before it in the
same sentence (the name, a title, or a pronoun the people stage linked; an apposition may sit between), or a
country or body named right before it (``Cambodia stressed``). A quotation next to the verb (``"...," NAME said``
or ``NAME said: "..."``) is the content with ``quoted=True``; otherwise the content is the reported clause after
the verb (after ``that`` when there is one) up to the end of the sentence, or the clause before the speaker
(``Trade must grow, NAME said.``). A statement continues into the next sentence when that one is ``He/She added
that ...`` or ``..., she said.`` after a statement by the same speaker: one record, its content spans both (an
unlinked pronoun there takes the previous speaker, reason coreference). The meeting is the one mentioned last
before the statement; the date is a date in the sentence outside the content and not an inline dateline, the
year taken from the document (with its reason) when the text gives only day and month.
"""

from __future__ import annotations

import bisect
import re

import attrs

from asean_records.errors import AseanRecordsError
from asean_records.model import Basis, DateRange, FieldProvenance, InferenceReason, PartialDate, Statement
from asean_records.parse.document import DateMention, Document, grouped_alternation
from asean_records.parse.found import Found, Mention
from asean_records.parse.stages._names import VERB_LEMMAS

__all__ = ["find_statements"]

_VERBS = grouped_alternation(sorted(VERB_LEMMAS, key=len, reverse=True))
# The space before the verb opens the pattern (not a look-behind), so the engine skips from one space to the next
# instead of trying the verbs at every position; the verb starts at ``start("v")``.
_VERB = re.compile(rf"\s(?P<v>{_VERBS})(?P<tail>\s+(?:for|out))?\b")
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


_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|further|then|later)\s+)*$")
_CONTINUING = frozenset({"add"})
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][\w .'-]{1,40},\s*)?")
_DATELINE_DASH = re.compile(r"\s*[-\u2013\u2014|]\s")
_CLAUSE_BEFORE = re.compile(r"[\s\"]*(?P<c>(?:[^\s\",]+[\s,]+){3,}?[^\s\",]+),\s*(?:[A-Z][\w.'-]*\s+){0,4}")


def _date(d: DateMention, year: int | None = None) -> PartialDate | DateRange | None:
    """The date of a mention with a month; ``year`` stands in when the text gives none."""
    y = d.year if d.year is not None else year
    if y is None or d.month is None or d.relative is not None:
        return None
    try:
        start = PartialDate(y, d.month, d.day)
        if d.is_range:
            end_year = d.end_year or (y + 1 if (d.end_month or d.month) < d.month else y)
            end = PartialDate(end_year, d.end_month or d.month, d.end_day)
            return DateRange(start, end)
    except (AseanRecordsError, ValueError):  # an impossible day is simply not a date
        return None
    return start


def _year_for(doc: Document, found: Found, d: DateMention) -> tuple[int, Basis] | None:
    """The year of a day-and-month date written without one: the document's year, with the reason.

    A statement is reported after it was made, so a month later than the publication date's month belongs to the
    year before ("29 December" in a text dated 3 January).
    """
    if doc.year is None or doc.year_basis is None or doc.year_basis.reason is None or d.month is None:
        return None
    if not doc.options.infer:
        return None
    year, reason, detail = doc.year, doc.year_basis.reason, doc.year_basis.detail
    published = found.source.published
    if published is not None and published.year == year and published.month is not None and d.month > published.month:
        year -= 1
        detail += "; the month is later than the publication date's, so the year before"
    return year, Basis.inferred(reason, detail)


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


def _subject_pronoun(text: str, start: int, verb: int) -> re.Match[str] | None:
    """The pronoun subject right before the verb, at the sentence start or after a comma ("..., she added")."""
    m = _PRONOUN.search(text, max(start, verb - 40), verb)
    if m is None:
        return None
    lead = text[start : m.start()].rstrip()
    if lead and not lead.endswith((",", '"')):
        return None
    return m


def _continued(statement: Statement, more: str, where: FieldProvenance) -> Statement:
    """``statement`` with ``more`` content (from a later sentence) appended, spans and all; a new id."""
    provenance = tuple(
        FieldProvenance(fp.field, attrs.evolve(fp.provenance, spans=(*fp.provenance.spans, *where.provenance.spans)))
        if fp.field == "content"
        else fp
        for fp in statement.provenance
    )
    return Statement(
        speaker=statement.speaker,
        role=statement.role,
        verb=statement.verb,
        content=f"{statement.content}; {more}",
        quoted=statement.quoted,
        meeting=statement.meeting,
        date=statement.date,
        provenance=provenance,
    )


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
    out_sentence: list[int] = []  # the sentence index each statement in ``out`` ends in
    for vm in _VERB.finditer(text):
        v_start = vm.start("v")
        sent = doc.sentence_at(v_start)
        if sent.heading or v_start >= sent.end:
            continue
        verb = VERB_LEMMAS[vm.group("v")]
        tail = (vm.group("tail") or "").strip()
        if (verb == "call for" and tail != "for") or (verb == "point out" and tail != "out"):
            continue
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, v_start)
        who = _speaker(doc, found, mentions[lo:hi], sent.start, v_start)
        if who is None and last is not None and last[0] == sent.start and _AND_VERB.search(text, last[1], v_start):
            who = last[2]  # "X thanked the hosts and urged that ...": the same speaker
        s_index = doc.sentence_index(v_start)
        previous = out[-1] if out and out_sentence[-1] in {s_index, s_index - 1} else None
        pronoun = _subject_pronoun(text, sent.start, v_start) if previous is not None else None
        speaker_basis: Basis | None = None
        if who is None and pronoun is not None and previous is not None and previous.speaker is not None:
            # "She added that ...": a pronoun the people stage left unlinked continues the statement before it
            p_span = (pronoun.start("p"), pronoun.end("p"))
            who = previous.speaker, previous.role, p_span
            speaker_basis = Basis.inferred(InferenceReason.COREFERENCE, "the pronoun continues the previous statement")
        if who is None:
            continue
        last = (sent.start, vm.end(), who)
        speaker, role, span = who
        quoted = False
        c_start, c_end = vm.end(), sent.end
        # a quotation right before the speaker ('"...," NAME said') or right after the verb ('said: "..."');
        # the character tests spare a scan of the sentence for quotation marks when there is none there
        q_before: re.Match[str] | None = None
        close = span[0] - 1
        while close > sent.start and text[close] in " ,":
            close -= 1
        if close > sent.start and text[close] == '"':
            quotes = list(_QUOTE.finditer(text, sent.start, v_start))
            q_before = quotes[-1] if quotes and quotes[-1].end() == close + 1 else None
        open_at = vm.end()
        while open_at < sent.end and text[open_at] in " :,":
            open_at += 1
        q_after = _QUOTE.match(text, open_at, sent.end) if text.startswith('"', open_at) else None
        if q_before is not None and q_before.end() <= span[0]:
            c_start, c_end, quoted = q_before.start("q"), q_before.end("q"), True
        elif q_after is not None:
            c_start, c_end, quoted = q_after.start("q"), q_after.end("q"), True
        else:
            that = _THAT.match(text, vm.end(), sent.end)
            far_end = min(sent.end, vm.end() + 160)
            far = (
                _FAR_THAT.match(text, vm.end(), far_end)
                if verb in _CLAUSE_VERBS and text.find("that", vm.end(), far_end) >= 0
                else None
            )
            if that is not None:
                c_start = that.end()
            elif far is not None:
                c_start = far.end()
            else:
                while c_start < c_end and text[c_start] in " :,":
                    c_start += 1
        if not quoted:
            nxt = _NEXT_VERB.search(text, c_start, c_end) if text.find("and", c_start, c_end) >= 0 else None
            if nxt is not None:
                c_end = nxt.start()
        content = text[c_start:c_end].strip().rstrip(".").strip(" ,")
        if quoted:
            content = content.rstrip(",").strip()
        if len(content) < 3 and not quoted and verb in _CLAUSE_VERBS:
            # "Trade must grow, she said.": the reported clause comes before the speaker
            before = _CLAUSE_BEFORE.fullmatch(text, sent.start, span[0])
            if before is not None:
                c_start, c_end = before.start("c"), before.end("c")
                content = text[c_start:c_end].strip()
        if len(content) < 3:
            continue
        key = (speaker, verb, content)
        if key in seen:
            continue
        seen.add(key)
        meeting = found.meeting_at(v_start)
        c_end = c_start + len(text[c_start:c_end].rstrip().rstrip(".").rstrip(" ,"))
        # the statement's date: a date in its sentence outside what was said, the year inferred if not written
        date: PartialDate | DateRange | None = None
        date_mention: DateMention | None = None
        date_basis: Basis | None = None
        for d in doc.dates_in(sent.start, sent.end):
            if c_start <= d.start < c_end:
                continue
            if _DATELINE_PLACE.fullmatch(text, sent.start, d.start) and _DATELINE_DASH.match(text, d.end):
                continue  # "HANOI, 5 May 2031 - ...": the release's date, not when it was said
            date = _date(d)
            if date is None and d.year is None and d.month is not None and d.day is not None:
                inferred = _year_for(doc, found, d)
                if inferred is not None:
                    date, date_basis = _date(d, inferred[0]), inferred[1]
            if date is not None:
                date_mention = d
                break
        continuing = (
            previous is not None
            and pronoun is not None
            and previous.speaker == speaker
            and not quoted
            and not previous.quoted
            and (verb in _CONTINUING or c_end <= span[0])
        )
        if continuing and previous is not None:
            # "She added that ...", "..., he said.": one statement whose content runs over both sentences
            out[-1] = _continued(previous, content, doc.provenance("content", ((c_start, c_end),)))
            out_sentence[-1] = s_index
            continue
        prov: list[FieldProvenance] = [
            doc.provenance("speaker", (span,), speaker_basis),
            doc.provenance("verb", ((v_start, vm.end()),)),
            doc.provenance("content", ((c_start, max(c_start, c_end)),)),
        ]
        if meeting is not None:
            prov.append(doc.provenance("meeting", ((sent.start, sent.end),)))
        if date is not None and date_mention is not None:
            prov.append(doc.provenance("date", ((date_mention.start, date_mention.end),), date_basis))
        out_sentence.append(s_index)
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
