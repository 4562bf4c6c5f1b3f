"""Stage: plans of action between ASEAN and its partners, with period, parties and status.

A plan is found where the text names a "Plan of Action" (any case) or an "Action Plan", or says that the
"action lines" of a named partnership over a period were carried out. An action plan counts when its name
names ASEAN, an ASEAN body or outside parties, and has a period. Work plans and strategic plans ("ARF Work
Plan on X 2022-2026", "ASCC Strategic Plan 2026-2030") are documents of the work-plan kind, reported by
:mod:`~asean_records.parse.stages.documents`, not plans of action: annotators of such texts file them so.
A plural ("Work Plans", "Plans of Action") or a plan without a period is not read as one plan.

A lower-case "successor plan" / "new plan" with its own period, after a named plan in the same paragraph, is
that plan's successor: its parties are the named plan's (inferred, coreference) and so is its name, with
the new period; so is a plan with no parties of its own right after "successor" ("the successor Framework
Action Plan covering 2021-2025", "a successor strategic plan of action for 2026-2030"). A lower-case "plan of
action" with no name, period or parties of its own ("the current framework and strategic plan of action") only
mentions a plan already found again; it makes no plan. A plan's acronym given after its name ("ASEAN Plan of
Action for Energy Cooperation (APAEC)", ", known by its acronym APAEC") and later written with a period ("the
APAEC 2016-2025") is that plan for that period, named in full; the name itself without a period then names the
series of plans, not one. Around each mention the stage reads:

* the name: capitalised words just before ("ASEAN-Japan", "Strategic Partnership", also over a bracketed
  acronym: "ASEAN Infrastructure Fund (AIF) Action Plan") and a capitalised
  continuation after ("to Implement the Joint Declaration of ...", "in Combating Transnational Crime",
  "for ASEAN Cooperation in Food, Agriculture and Forestry"), without the article;
* the period: a year range right after the name ("2021-2025", "(2016-2020)", "for 2021 to 2025") or just
  before "Plan of Action"; else one later in the sentence, after a description or a relative clause ("... to
  promote cooperation between ASEAN and X for 2016-2020", "..., which sets out ... for the 2020-2025 period",
  "(APAEC), including the current 2016-2025 plan"), when no other title, meeting, period or clause break
  stands between;
* the parties: countries named in the plan's name ("ASEAN-Japan ..."), ASEAN for an ASEAN body ("AEC"),
  the framework itself for an ASEAN-led framework with outside members ("ARF", "ADMM-Plus", "EAS"), China,
  Japan and Korea for "ASEAN Plus Three"; else "between ASEAN and X" in the sentence, else (for a "Plan of
  Action" whose name has no proper words) the partners of the meeting the sentence belongs to (marked
  inferred, :attr:`~asean_records.model.InferenceReason.PARTIES_FROM_CONTEXT`); a named plan with no party
  in its name ("the Hanoi Plan of Action") is ASEAN's when an ASEAN meeting without partners is named before
  it in the sentence (inferred the same way);
* the status: a plan being drawn up ("the development of", "a concept note on") is proposed; else a passive
  right after it ("... have been carried out", "..., which both sides are now implementing", "now in its final
  year of implementation" -> implemented); else the verb governing the mention ("adopted", "noted the
  progress in the implementation of" -> noted, "welcomed the progress made under", "reviewed progress under",
  "guided by", "noted ... the full implementation of", "reviewed the implementation of" -> implemented,
  "proposed", "negotiating", "the commencement of negotiations on" -> proposed; "look forward to the adoption
  of", "are expected to adopt" are proposed, "look forward to the full implementation of" no status); a plan
  nothing has acted on yet that is put forward "for adoption" (or endorsement, approval), or that "is to be
  adopted", is proposed; a
  plan joined by "and" to one just acted on shares its status; a plan that only names what a capitalised word
  after it heads ("the X Strategic Plan 2026-2030 Monitoring Framework") takes no status from the verb.

Mentions of the same plan (same parties and period) become one record with several spans; two plans with
different written names are two plans even with the same parties and no period ("the ASEAN Security Community
Plan of Action and the ASEAN Socio-Cultural Community Plan of Action"), and a later mention of one of them by its
name is that one. Every
regular expression here is linear: alternatives are fixed words, and repetition is bounded.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

import attrs

from asean_records.model import Basis, FieldProvenance, InferenceReason, Meeting, PlanOfAction, PlanStatus
from asean_records.parse.document import Document, matches_at
from asean_records.parse.found import Found, Mention
from asean_records.parse.stages.sentences import INITIALISM_END
from asean_records.reference import BodyKind, bodies, country

__all__ = ["PlanMention", "find_plans", "plan_mentions"]

_WS = r"[ \t\n]"
# After a plan's name, the acronym it goes by: "(APAEC)", ", known by its acronym APAEC", ", or APAEC,"
_PLAN_ACRONYM = re.compile(
    rf"{_WS}*(?:\((?P<a>[A-Z][A-Z0-9&+-]{{2,11}})\)|,?{_WS}+(?:known{_WS}+(?:by{_WS}+its{_WS}+acronym|as)|or)"
    rf"{_WS}+(?P<b>[A-Z][A-Z0-9&+-]{{2,11}})\b)"
)
_TOKEN = r"[A-Z][\w.'+&/]*(?:-[\w.'+&/]+){0,4}"
_CONN = r"(?:the|of|and|on|for|in|to|between|among|with)"

_PLAN = re.compile(
    rf"\b(?:[Pp]lan{_WS}+of{_WS}+[Aa]ction|(?<![(/])P(?:OA|oA)(?![)/-])|(?P<work>Work{_WS}*[Pp]lan)"
    rf"|(?P<strategic>Strategic{_WS}+Plan(?!{_WS}+of{_WS}+[Aa]ction))|(?P<action>Action{_WS}+Plan))\b"
)
"""The phrase itself (or "POA", not in brackets after the full name), or a work, strategic or action plan
(kept only with a period); a plural ("Plans of Action", "Work Plans") names several plans at once and is
left alone."""
_PLAN_START = re.compile(r"[PpWSA](?<!\w.)(?:(?<=[Pp])l|(?<=P)[Oo]|(?<=W)o|(?<=S)t|(?<=A)c)")
"""Where a match of :data:`_PLAN` can start (its first two letters at a word start): opening with a character
class, it lets the engine skip from one such letter to the next, and :data:`_PLAN` is matched only there."""

_CONTINUATION = re.compile(
    rf"{_WS}+(?:(?:for|on|of){_WS}+(?:(?:the|of|and){_WS}+){{0,3}}|to{_WS}+|in{_WS}+(?=[A-Z][a-z]+ing\b)){_TOKEN}"
    rf"(?:{_WS}+(?:{_CONN}{_WS}+){{0,3}}{_TOKEN}|(?:,{_WS}+{_TOKEN}){{1,6}},?{_WS}+and{_WS}+{_TOKEN}){{0,20}}"
)
"""A capitalised continuation of the name: "to Implement the Joint Vision of ASEAN-Japan ...", "in
Combating Transnational Crime", "for ASEAN Cooperation in Food, Agriculture and Forestry" (a comma list
only when it closes with "and")."""

_YEAR = r"(?:19|20)\d\d"
_PERIOD_AFTER = re.compile(
    rf"{_WS}*(?:\([A-Z][A-Za-z+&-]{{1,15}}(?: (?:on|of|for|and|[A-Z][A-Za-z+&-]{{1,15}})){{0,3}}\){_WS}*)?"
    rf",?{_WS}*(\(?){_WS}*"
    rf"(?:(?:for|covering|over|from){_WS}+(?:the{_WS}+)?(?:(?:period|years){_WS}+)?(?:(?:of|from){_WS}+)?)?"
    rf"({_YEAR}){_WS}*(?:-|/|to|until|through){_WS}*((?:19|20)?\d\d)\b(?![-/]\d)\)?"
)
"""A year range just after a name; group 2 and 3 are the start and the end year."""

_PERIOD_LATER = re.compile(
    rf"\b(?:(?:for|covering|over|spanning|from|between){_WS}+(?:the{_WS}+)?(?:(?:period|years){_WS}+)?"
    rf"(?:(?:of|from){_WS}+)?({_YEAR}){_WS}*(?:-|to|until|through|and){_WS}*((?:19|20)?\d\d)\b(?![-/]\d)"
    rf"|the{_WS}+(?:(?:current|present|ongoing|existing|new|next|first|second|third){_WS}+)?"
    rf"({_YEAR})-((?:19|20)?\d\d){_WS}+(?:plan|period|phase)\b)"
)
"""A period later in the sentence than the name, after a description or a relative clause: "a Plan of Action to
promote cooperation between A and B for 2031-2035", "the X Plan of Action, which sets out ... for the 2031-2035
period", "the X Plan of Action (XPA), including the current 2031-2035 plan"."""

_LATER_GAP_STOP = re.compile(
    r"[;:()\[\]]|\.[ \t\n]|\b(?:[Pp]lans?|Programmes?|Programs?|Vision|Declaration|Blueprint|Agenda|Strateg(?:y|ies)"
    r"|Framework|Roadmap|Master[ \t\n]*[Pp]lan|Masterplan|Statement|Agreement|Work|Council|Summit|Meeting|Sessions?"
    r"|and[ \t\n]+(?:the|a|an|its|their)|(?:19|20)\d\d[-/](?:19|20)?\d\d)\b"
)
"""In the gap between a plan and a later period: the period may belong to another plan, document, meeting or
clause, so it is not the plan's."""

_ACRONYM_AFTER = re.compile(rf"{_WS}*\([A-Z][A-Za-z+&-]{{1,15}}\)")

_LATER_REACH = 160
"""How far after a plan's name a later period is looked for (characters, within the sentence)."""

_ROMAN = re.compile(rf"{_WS}+(?:II|III|IV|VI{{1,3}}|IX|(?:I|V|X)(?={_WS}*(?:[(,.;:]|$|(?:19|20)\d\d)))(?![\w'’-])")
"""A Roman numeral after a plan's name ("Plan of Action II"): part of the name."""

_RANGE_TOKEN = re.compile(rf"\(?({_YEAR})-((?:19|20)?\d\d)\)?")
_ACTION_LINES = re.compile(
    rf"\baction{_WS}+lines{_WS}+(?:to{_WS}+implement|of|under|for){_WS}+(?:the{_WS}+)?"
    rf"({_TOKEN}(?:{_WS}+(?:{_CONN}{_WS}+){{0,3}}{_TOKEN}){{0,12}}?{_WS}+Partnership)"
)
"""The action lines of a named partnership: its plan in all but name ("... Strategic Partnership 2016-2020")."""

_ASEAN_WORD = re.compile(r"\bASEAN\b")
_BETWEEN = re.compile(rf"\bbetween{_WS}+ASEAN{_WS}+and{_WS}+(?:the{_WS}+)?")

# Left-hand words that are part of a plan's description but do not make it a specific, named plan.
_GENERIC_LEFT = frozenset(
    {"new", "revised", "updated", "next", "comprehensive", "joint", "five-year", "ten-year", "strategic", "draft"}
)
_STOP_LEFT = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "these", "those"})

_VERB = re.compile(
    r"\b(?:(?P<adopted>adopted|adopt|adopting|agreed\s+to\s+adopt|endorsed|endorse|endorsing|approved|approve"
    r"|approving|signed|launched|launch|launching|adoption\s+of)"
    r"|(?P<implemented>implemented|carried\s+out|completed|completion\s+of"
    r"|(?:full|successful|complete|effective)(?:\s+and\s+(?:full|successful|complete|effective|timely))?"
    r"\s+implementation|reviewed\s+(?:the\s+)?implementation"
    r"|achievements?\s+in\s+(?:carrying\s+out|implementing)|guided\s+by)"
    r"|(?P<noted>noted|took\s+note|taking\s+note|notes|progress)"
    r"|(?P<proposed>proposed|propose|proposing|will\s+develop|to\s+develop|would\s+develop|develop\s+a|drafting"
    r"|(?:commencement|start|launch)\s+of\s+(?:the\s+)?negotiations?|(?:begin|start|commence)\s+negotiat\w*)"
    r"|(?P<under_negotiation>negotiating|negotiate|negotiation|negotiations|finalising|finalizing|finalise"
    r"|finalize|under\s+negotiation))\b"
)
"""Status cues before a mention; the last one before the mention governs it."""

_PASSIVE = re.compile(
    rf"[^.;]{{0,60}}?\b(?:has|have|had|was|were|is|are)(?:{_WS}+(?:been|being|now|all|fully|successfully|largely))*"
    rf"{_WS}+(?:(?P<implemented>carried{_WS}+out|implemented|completed|realised|realized|fulfilled)"
    rf"|(?P<adopted>adopted|endorsed|approved|signed)"
    rf"|(?P<under_negotiation>negotiated|finalised|finalized|under{_WS}+negotiation|drafted))\b"
)
"""Status cues after a mention ("... have been carried out")."""

_NOTE_VERB = re.compile(r"\b(?:noted|notes?|took\s+note|taking\s+note|takes\s+note)\b")
_RUNNING = re.compile(
    rf"[^.;]{{0,60}}?(?P<cue>\b(?:are|is){_WS}+(?:now{_WS}+|still{_WS}+)?implementing\b|\bin{_WS}+its{_WS}+"
    rf"(?:first|second|third|fourth|fifth|final|last){_WS}+year{_WS}+of{_WS}+implementation\b)"
)
"""A plan in force, said after it ("..., which both sides are now implementing", "now in its final year of
implementation")."""

_FOR_ADOPTION = re.compile(
    rf"[^.;]{{0,80}}?\b(?P<cue>for{_WS}+(?:(?:its|their|final|formal|further){_WS}+)?"
    rf"(?:adoption|endorsement|approval|consideration|signing|signature)|(?:is|are)(?:{_WS}+(?:due|expected|set"
    rf"|scheduled))?{_WS}+to{_WS}+be{_WS}+(?:adopted|endorsed|approved|signed|launched|finalised|finalized))\b"
)
"""A plan still to be acted on: "will table X for adoption", "X will be submitted to the Summit for endorsement",
"X, which is to be adopted next year"."""

_HEAD_AFTER = re.compile(
    r"[ \t]+(?!(?:The|This|These|It|They|He|She|We|In|On|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]"
)
"""A capitalised word right after a plan and its period: the plan only names what that word heads."""

_LOOK_FORWARD = re.compile(
    rf"\b(?:look(?:ed|s|ing)?{_WS}+forward{_WS}+to|will{_WS}+ensure|to{_WS}+ensure|aim(?:s|ed)?{_WS}+(?:at|for)"
    rf"|expected{_WS}+to)"
    rf"{_WS}+(?:(?:the|its|their){_WS}+)?(?:(?:early|timely|swift){_WS}+)?$"
)
"""Right before an "implementation" or "adopt" cue: the act is still to come ("are expected to adopt X")."""

_ANOTHER = re.compile(rf"{_WS}and{_WS}|;|\b[Pp]lans?\b")
"""Between a plan and "for adoption": the cue may be about another clause or plan."""

_IN_THE_MAKING = re.compile(
    rf"\b(?:(?:development|preparations?|formulation|drafting|elaboration){_WS}+of|preparations?{_WS}+for"
    rf"|concept{_WS}+(?:note|paper)s?{_WS}+(?:on|for)|draft(?:ing)?{_WS}+of"
    rf"|(?:start|begin|began|begun|commenc)\w*{_WS}+(?:(?:the|their|its){_WS}+)?work{_WS}+on)"
    rf"{_WS}+(?:(?:the|a|its|their|new|next|successor){_WS}+){{0,3}}$"
)
"""A plan being drawn up, right before its name: "the development of the X", "a concept note on the X",
"preparations for the successor X"."""


_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z+&-]{1,15}\)")


def _abbreviation_before(text: str, end: int) -> bool:
    """True when ``text[:end]`` ends with an abbreviation such as "U.S." (looks at a few characters only)."""
    return INITIALISM_END.search(text, max(0, end - 16), end) is not None


@attrs.frozen
class PlanMention:
    """One place a plan of action is named in the normalised text.

    Attributes:
        start: Offset of the mention (the first word of the name).
        end: Offset one past the name and its period.
        name_end: Offset one past the name, before any period.
        start_year: First year of the period, if stated.
        end_year: Last year of the period, if stated.
        period_start: Offset of the period expression (-1 when none).
        period_end: Offset one past it.
        specific: True when the name has its own proper words before "Plan of Action" ("ASEAN-Japan",
            "Hanoi"), not only "the new Plan of Action".
        continued: True when the name goes on after "Plan of Action" ("... to Implement the ...").
        from_partnership: True when found as the action lines of a partnership rather than "Plan of Action".
        work: ``"work"`` for a work plan and ``"strategic"`` for a strategic plan (both documents, never
            plans), ``"action"`` for an action plan (a plan when it names its parties and a period); empty for
            a "Plan of Action".
        topic_start: Offset of the continuation after "Plan of Action" (-1 when none).
    """

    start: int
    end: int
    name_end: int
    start_year: int | None = None
    end_year: int | None = None
    period_start: int = -1
    period_end: int = -1
    specific: bool = False
    continued: bool = False
    from_partnership: bool = False
    work: str = ""
    topic_start: int = -1
    named_as: tuple[int, int] | None = None  # an acronym's mention: the span of the full name it stands for

    @property
    def name_span(self) -> tuple[int, int]:
        """Where the plan's name is written in full: the mention's own name, or the name its acronym stands for."""
        return self.named_as or (self.start, self.name_end)


def _year_pair(start_text: str, end_text: str) -> tuple[int, int] | None:
    start = int(start_text)
    end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
    if start <= end <= start + 30:
        return start, end
    return None


def _left_edge(text: str, start: int, floor: int) -> tuple[int, bool, tuple[int, int, int, int] | None]:
    """Walk left over the capitalised words that belong to the name.

    Returns:
        The new start, whether a proper (non-generic) word was taken, and a period found on the left
        as ``(start_year, end_year, span_start, span_end)``.
    """
    new_start = start
    specific = False
    period: tuple[int, int, int, int] | None = None
    for tok_start, tok_end in _tokens_before(text, max(floor, start - 160), start, floor):
        word = text[tok_start:tok_end]
        if text[tok_end:new_start].count("\n") > 1 or word[-1] in ',;:!?"' or word.endswith("'s"):
            break
        rng = _RANGE_TOKEN.fullmatch(word)
        if rng is not None and period is None:
            pair = _year_pair(rng.group(1), rng.group(2))
            if pair is None:
                break
            period = (pair[0], pair[1], tok_start, tok_end)
            new_start = tok_start
            continue
        if _BRACKETED_ACRONYM.fullmatch(word):
            new_start = tok_start  # "the X Fund (XF) Action Plan": the acronym of the words before it
            continue
        if not word[0].isupper() or word.lower() in _STOP_LEFT or (word.endswith(".") and len(word) <= 3):
            break
        if word.endswith(".") and not INITIALISM_END.search(word):
            break  # the end of the previous sentence
        if word.lower().rstrip(".") not in _GENERIC_LEFT:
            specific = True
        new_start = tok_start
    return new_start, specific, period


def _tokens_before(text: str, lo: int, start: int, floor: int) -> Iterator[tuple[int, int]]:
    """The last ten runs of non-space characters in ``text[lo:start]``, right to left, as ``(start, end)``.

    A run that starts at ``lo`` when the character before it is no space (and ``lo`` is above ``floor``) is a cut
    word and left out. Read from the right as the caller needs them, most of the window is never looked at.
    """
    end = start
    for _ in range(10):
        while end > lo and text[end - 1].isspace():
            end -= 1
        if end <= lo:
            return
        begin = end - 1
        while begin > lo and not text[begin - 1].isspace():
            begin -= 1
        if begin == lo and lo > floor and not text[lo - 1].isspace():
            return  # a cut word
        yield begin, end
        end = begin


_FULL_STOP = re.compile(rf"\.(?={_WS}+[A-Z])")
_AND_THE_NEXT = re.compile(rf"{_WS}*,?{_WS}+(?:and|as{_WS}+well{_WS}+as){_WS}+the{_WS}+|,{_WS}+the{_WS}+")
_BETWEEN_WORD = re.compile(rf"\b(?:between|among){_WS}")


def _continuation_end(doc: Document, start: int, end: int) -> int | None:
    """Where a continuation ``[start, end)`` really ends.

    It stops before another plan it runs into ("... on X and the ASEAN Plan of Action on Y"), before a
    comma list of countries ("... on Trade, Japan and Korea said") and before "and the" opening the next
    noun phrase (but not in "between ASEAN and the Russian Federation").

    Returns:
        The end, or ``None`` when nothing of the continuation is left.
    """
    text = doc.text
    inner = _PLAN.search(text, start, end)
    if inner is not None:
        end = max(text.rfind(" and ", start, inner.start()), text.rfind(",", start, inner.start()))
    comma = text.find(",", start, end)
    if comma >= 0 and doc.first(comma, end, lambda h: h.kind == "country") is not None:
        end = comma
    for stop in _FULL_STOP.finditer(text, start, end):
        if not INITIALISM_END.search(text, max(start, stop.start() - 16), stop.end()):
            end = stop.start()  # a full stop the sentence splitter took for an abbreviation ("Plan V. The")
            break
    and_the = _AND_THE_NEXT.search(text, start, end)
    if and_the is not None and not _BETWEEN_WORD.search(text, start, and_the.start()):
        end = and_the.start()  # "... on X and the Master Plan on Y": the next noun phrase
    end = len(text[start:end].rstrip()) + start if end > start else end
    return end if end > start and text[start:end].strip() else None


def _later_period(text: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """A period for the plan named up to ``start``, said later in ``[start, end)`` ("... for 2031-2035").

    The first period cue there counts, unless what stands between names another plan, document, meeting or
    period, or ends the clause.

    Returns:
        ``(start_year, end_year, span_start, span_end)`` or ``None``.
    """
    acronym = _ACRONYM_AFTER.match(text, start, end)
    if acronym is not None:
        start = acronym.end()  # "the X Plan of Action (XPA), including the current 2031-2035 plan"
    m = _PERIOD_LATER.search(text, start, end)
    if m is None:
        return None
    stop = _LATER_GAP_STOP.search(text, start, m.start())
    while stop is not None and stop.group(0).startswith("and") and _BETWEEN_WORD.search(text, start, stop.start()):
        stop = _LATER_GAP_STOP.search(text, stop.end(), m.start())  # "between A and the B": one phrase
    if stop is not None:
        return None
    first, last = (1, 2) if m.group(1) is not None else (3, 4)
    years = _year_pair(m.group(first), m.group(last))
    if years is None:
        return None
    return years[0], years[1], m.start(first), m.end(last)


def _acronym_plans(text: str, mentions: list[PlanMention]) -> list[PlanMention]:
    """Add the plans written as a plan's acronym and a period: "the APAEC 2016-2025", "APAEC (2026-2030)".

    The acronym must be given after the plan's full name in the text ("ASEAN Plan of Action for Energy
    Cooperation (APAEC)"); each acronym-and-period is that plan for that period, named by the full name. A
    mention of the full name without a period whose acronym is written with periods names the series of plans,
    not one plan, and is dropped.
    """
    defined: dict[str, PlanMention] = {}
    for m in mentions:
        acr = _PLAN_ACRONYM.match(text, m.name_end)
        if acr is not None and not m.work:
            defined.setdefault(acr.group("a") or acr.group("b"), m)
    if not defined:
        return mentions
    starts = [m.start for m in mentions]  # (in text order)
    found: list[PlanMention] = []
    with_period: set[str] = set()
    names = "|".join(re.escape(a) for a in sorted(defined, key=len, reverse=True))
    for am in re.finditer(rf"(?<![\w(-])(?:{names})(?![\w)-])", text):
        i = bisect.bisect_right(starts, am.start()) - 1
        if i >= 0 and mentions[i].end > am.start():
            continue  # inside a plan's name already read
        per = _PERIOD_AFTER.match(text, am.end())
        years = _year_pair(per.group(2), per.group(3)) if per is not None else None
        if per is None or years is None:
            continue
        full = defined[am.group()]
        with_period.add(am.group())
        found.append(PlanMention(am.start(), per.end(), am.end(), years[0], years[1], per.start(2), per.end(3), True,
                                 named_as=(full.start, full.name_end)))  # fmt: skip
    if not found:
        return mentions
    series = {id(m) for a, m in defined.items() if a in with_period and m.start_year is None}
    return [m for m in mentions if id(m) not in series] + found


def plan_mentions(doc: Document) -> tuple[PlanMention, ...]:
    """Every plan-of-action mention in ``doc``, in text order (also used to keep plans out of documents)."""
    return doc.computed(_plan_mentions)


def _plan_mentions(doc: Document) -> tuple[PlanMention, ...]:
    text = doc.text
    out: list[PlanMention] = []
    covered = 0
    for m in matches_at(_PLAN, text, _PLAN_START.finditer(text)):
        if m.start() < covered:
            continue  # "Work Plan" inside the continuation of a name already read
        work = next((g for g in ("work", "strategic", "action") if m.group(g)), "")
        sentence = doc.sentence_at(m.start())
        start, specific, left_period = _left_edge(text, m.start(), sentence.start)
        name_end = m.end()
        cont = _CONTINUATION.match(text, name_end, sentence.end)
        if cont is not None:
            cut = _continuation_end(doc, cont.start(), cont.end())
            if cut is None:
                cont = None
            else:
                name_end = cut
        while text[name_end - 1] == "." and not _abbreviation_before(text, name_end):
            name_end -= 1
        roman = _ROMAN.match(text, name_end)
        if roman is not None:
            name_end = roman.end()  # "the ARF Plan of Action II (2031-2035)": the second plan of that name
        end = name_end
        years: tuple[int, int] | None = None
        p_start = p_end = -1
        per = _PERIOD_AFTER.match(text, name_end)
        if per is not None:
            years = _year_pair(per.group(2), per.group(3))
            if years is not None:
                end = per.end() if per.group(1) or text[per.end() - 1] != ")" else per.end() - 1
                p_start, p_end = per.start(2), per.end(3)
        if years is None and left_period is not None:
            years = (left_period[0], left_period[1])
            p_start, p_end = left_period[2], left_period[3]
        if years is None:
            later = _later_period(text, name_end, min(sentence.end, name_end + _LATER_REACH))
            if later is not None:
                years, p_start, p_end = later[:2], later[2], later[3]
        if work and (years is None or not (specific or cont is not None)):
            continue  # a work plan without a period or a proper name is a document, not a plan
        covered = name_end
        out.append(
            PlanMention(
                start,
                end,
                name_end,
                years[0] if years else None,
                years[1] if years else None,
                p_start,
                p_end,
                specific,
                continued=cont is not None,
                work=work,
                topic_start=m.end() if cont is not None else -1,
            )
        )
    out = _acronym_plans(text, out)
    for m in _ACTION_LINES.finditer(text) if "action" in text else ():
        per = _PERIOD_AFTER.match(text, m.end(1))
        if per is None or (per.group(1) and not per.group(0).rstrip().endswith(")")):
            continue
        years = _year_pair(per.group(2), per.group(3))
        if years is None:
            continue
        out.append(
            PlanMention(
                m.start(1),
                per.end(),
                m.end(1),
                years[0],
                years[1],
                per.start(2),
                per.end(3),
                True,
                continued=True,
                from_partnership=True,
            )
        )
    out.sort(key=lambda x: x.start)
    return tuple(out)


def _status(doc: Document, mention: PlanMention, floor: int) -> tuple[PlanStatus | None, tuple[int, int] | None]:
    text = doc.text
    sentence = doc.sentence_at(mention.start)
    making = _IN_THE_MAKING.search(text, max(sentence.start, mention.start - 60), mention.start)
    if making is not None:
        return PlanStatus.PROPOSED, (making.start(), making.end())
    running = _RUNNING.match(text, mention.end, sentence.end)
    if running is not None:
        return PlanStatus.IMPLEMENTED, (running.start("cue"), running.end("cue"))
    after = _PASSIVE.match(text, mention.end, sentence.end)
    if after is not None:
        kind = after.lastgroup
        if kind is not None:
            return PlanStatus(kind), (after.start(kind), after.end(kind))
    if _HEAD_AFTER.match(text, mention.end, sentence.end):
        return None, None  # "endorsed the X Strategic Plan 2026-2030 Monitoring Framework": the plan qualifies it
    status, span = _status_before(doc, mention, floor, sentence.start)
    if status in (None, PlanStatus.NOTED, PlanStatus.PROPOSED):
        pending = _FOR_ADOPTION.match(text, mention.end, sentence.end)
        if pending is not None and not _ANOTHER.search(text, mention.end, pending.start("cue")):
            return PlanStatus.PROPOSED, (pending.start("cue"), pending.end("cue"))
    return status, span


def _status_before(
    doc: Document, mention: PlanMention, floor: int, sentence_start: int
) -> tuple[PlanStatus | None, tuple[int, int] | None]:
    """The status the verbs before a mention give it."""
    text = doc.text
    lo = max(sentence_start, floor, mention.start - 400)
    cues = list(_VERB.finditer(text, lo, mention.start))
    if not cues:
        return None, None
    # The governing verb is the last main verb; "full implementation" or "progress" between it and the
    # mention say what was noted or welcomed.
    last = cues[-1]
    kinds = [c.lastgroup for c in cues]
    if last.lastgroup == "noted" and text[last.start() : last.end()] == "progress":
        # "noted the progress in the implementation of X": noted; progress welcomed, reviewed or made under it
        # ("welcomed the progress made under X", "reviewed progress under X"): X is being carried out
        if _NOTE_VERB.search(text, sentence_start, last.start()):
            return PlanStatus.NOTED, (last.start(), last.end())
        return PlanStatus.IMPLEMENTED, (last.start(), last.end())
    ahead = _LOOK_FORWARD.search(text, max(lo, last.start() - 80), last.start()) is not None
    if last.lastgroup == "implemented" and ahead:
        return None, None  # "looked forward to the full implementation of X": not yet carried out
    if last.lastgroup == "adopted" and ahead:
        return PlanStatus.PROPOSED, (last.start(), last.end())  # "look forward to the adoption of X"
    if last.lastgroup == "implemented" and "noted" in kinds[:-1]:
        return PlanStatus.IMPLEMENTED, (last.start(), last.end())
    kind = last.lastgroup
    if kind is None:
        return None, None
    return PlanStatus(kind), (last.start(), last.end())


def _partner_name(key: str) -> str:
    try:
        return country(key).short_name
    except Exception:  # a body key or an unknown code is written as it is
        return key


@functools.cache
def _body_kinds() -> dict[str, BodyKind]:
    return {b.key: b.kind for b in bodies()}


_PLUS_THREE = ("CN", "JP", "KR")
"""The three partners "ASEAN Plus Three" names."""


def _parties_in(doc: Document, start: int, end: int) -> tuple[list[str], list[tuple[int, int]], bool]:
    """Parties named in ``[start, end)``, their spans, and whether ASEAN is one.

    Countries and bodies joined to "ASEAN-" are partners; an ASEAN body ("AEM", "ASCC") makes ASEAN a party;
    an ASEAN-led framework with outside members ("ARF", "ADMM-Plus", "EAS") is the party itself (the "ASEAN"
    inside "ASEAN Regional Forum" does not add ASEAN), and "ASEAN Plus Three" names China, Japan and Korea.
    """
    text = doc.text
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    asean = False
    frameworks: list[tuple[int, int]] = []
    for hit in doc.names_in(start, end):
        if hit.end > end:
            continue
        if hit.kind == "body" and hit.key == "ASEAN":
            asean = True
            continue
        joined = hit.start > 0 and text[hit.start - 1] == "-"
        partner = (hit.kind == "country" and (not hit.ambiguous or joined)) or (hit.kind == "body" and joined)
        if not partner and hit.kind == "body":
            kind = _body_kinds().get(hit.key)
            if hit.key == "APT":
                asean = True
                for code in _PLUS_THREE:
                    if code not in keys:
                        keys.append(code)
                        spans.append((hit.start, hit.end))
                continue
            if kind is BodyKind.ASEAN_FRAMEWORK:
                frameworks.append((hit.start, hit.end))
                partner = True
            elif kind in _ASEAN_OWN:
                asean = True
        if partner and hit.key not in keys:
            keys.append(hit.key)
            spans.append((hit.start, hit.end))
    if any(_body_kinds().get(k) is not BodyKind.ASEAN_FRAMEWORK for k in keys):
        asean = True  # a plan with a partner country is ASEAN's with that partner
    if not asean:
        for word in _ASEAN_WORD.finditer(text, start, end):
            if not any(a <= word.start() < b for a, b in frameworks):
                asean = True
                break
    return keys, spans, asean


_ASEAN_OWN = frozenset(
    {
        BodyKind.ASSOCIATION,
        BodyKind.ASEAN_ORGAN,
        BodyKind.ASEAN_COMMUNITY,
        BodyKind.ASEAN_MINISTERIAL_BODY,
        BodyKind.ASEAN_SENIOR_OFFICIALS_BODY,
        BodyKind.ASEAN_ENTITY,
    }
)
"""Kinds of body whose plan is ASEAN's own."""


@attrs.frozen
class _Draft:
    parties: tuple[str, ...]
    start_year: int | None
    end_year: int | None
    name: str
    spans: list[tuple[int, int]]
    party_spans: tuple[tuple[int, int], ...]
    inferred_parties: InferenceReason | None
    period_spans: list[tuple[int, int]]
    status: PlanStatus | None
    status_span: tuple[int, int] | None
    meeting: str | None
    block: int
    own_name: str = ""
    """For a work or strategic plan, its folded name: two differently named ones are two plans."""
    topic: str = ""
    """The folded words after "Plan of Action" ("on cybersecurity"): two different topics are two plans."""
    label: str = ""
    """The folded words of a name the text writes out ("ASEAN Security Community Plan of Action"), without its
    period: two different ones are two plans even with the same parties."""
    mention_only: bool = False
    """A lower-case "plan of action" with no name, period or parties of its own ("the current strategic plan of
    action"): it can only mention again a plan already found, never make a new one."""


def _name(doc: Document, mention: PlanMention, parties: tuple[str, ...]) -> str:
    text = doc.text
    a, b = mention.name_span
    written = " ".join(text[a:b].split())
    if mention.from_partnership:
        written += " Plan of Action"
    built = not mention.specific and not mention.continued and bool(parties)
    if built:
        partners = [_partner_name(p) for p in parties if p != "ASEAN"]
        written = "-".join(["ASEAN", *partners]) + " Plan of Action"
    elif written[:1].islower():
        written = written[0].upper() + written[1:]
    if (
        mention.start_year is not None
        and mention.end_year is not None
        and (built or mention.period_start >= mention.name_end)
    ):
        written += f" {mention.start_year}-{mention.end_year}"
    return written


def _draft(doc: Document, meetings: _MeetingsAt, mention: PlanMention, floor: int) -> _Draft | None:
    text = doc.text
    keys, spans, asean = _parties_in(doc, *mention.name_span)
    inferred: InferenceReason | None = None
    latest = meetings.at(mention.start)
    meeting = latest[1] if latest is not None else None
    if mention.work in ("work", "strategic"):
        return None  # a work plan or strategic plan is a document (kind work plan), not a plan of action
    if mention.work == "action" and not (keys or asean):
        return None  # an unknown body's action plan: too little to call it a plan of action
    if not keys and not mention.specific and not (mention.continued and asean):
        sentence = doc.sentence_at(mention.start)
        between = _BETWEEN.search(text, max(sentence.start, mention.start - 300), min(sentence.end, mention.end + 300))
        if between is not None:
            hit = doc.first(between.end(), between.end() + 40, lambda h: h.kind == "country")
            if hit is not None and hit.start == between.end():
                keys, spans, asean = [hit.key], [(hit.start, hit.end)], True
        if not keys:
            context = _context_partners(doc, meetings, mention.start, sentence.start)
            if context is not None:
                keys, where = list(context[0]), context[1]
                spans = [where] * len(keys)
                asean = True
                inferred = InferenceReason.PARTIES_FROM_CONTEXT
        if not keys and not asean:
            own = _asean_only_meeting(meetings, mention.start, sentence.start)
            if own is not None:
                spans, asean = [own], True  # "The 64th ASEAN X Meeting adopted a new Plan of Action for 2031-2035"
                inferred = InferenceReason.PARTIES_FROM_CONTEXT
    elif not keys and not asean and not mention.work:
        own = _asean_only_meeting(meetings, mention.start, doc.sentence_at(mention.start).start)
        if own is not None:
            spans, asean = [own], True  # "the Xth ASEAN Summit is expected to adopt the Hanoi Plan of Action"
            inferred = InferenceReason.PARTIES_FROM_CONTEXT
    parties = (("ASEAN",) if asean else ()) + tuple(keys)
    if not parties and mention.start_year is None:
        return None
    status, status_span = _status(doc, mention, floor)
    asean_spans: list[tuple[int, int]] = []
    if "ASEAN" in parties:
        found_asean = _ASEAN_WORD.search(text, mention.start, mention.name_end)
        if found_asean is not None:
            asean_spans = [(found_asean.start(), found_asean.end())]
        elif spans:
            asean_spans = [spans[0]]
    name = _name(doc, mention, parties)
    unnamed = (
        not mention.specific
        and not mention.continued
        and mention.start_year is None
        and not mention.work
        and text.startswith("plan", mention.start)
    )
    return _Draft(
        parties=parties,
        start_year=mention.start_year,
        end_year=mention.end_year,
        name=name,
        spans=[(mention.start, mention.end)],
        party_spans=tuple(asean_spans + spans) if "ASEAN" in parties else tuple(spans),
        inferred_parties=inferred,
        period_spans=[(mention.period_start, mention.period_end)] if mention.period_start >= 0 else [],
        status=status,
        status_span=status_span,
        meeting=meeting.id if meeting is not None else None,
        block=doc.sentence_at(mention.start).block,
        own_name=_fold(name) if mention.work else "",
        topic=_fold(text[mention.topic_start : mention.name_end]) if mention.topic_start >= 0 else "",
        label=_label(text, mention),
        mention_only=unnamed and (inferred is not None or not keys),
    )


_YEARS = re.compile(rf"\(?{_YEAR}(?:-(?:19|20)?\d\d)?\)?")


def _label(text: str, mention: PlanMention) -> str:
    """The folded name of a mention with proper words of its own, without years; empty for "the Plan of Action"."""
    if not (mention.specific or mention.continued) or mention.from_partnership:
        return ""
    a, b = mention.name_span
    return _fold(_YEARS.sub(" ", text[a:b]))


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


_WITH = re.compile(rf"\b(?:with|ASEAN{_WS}*-|\+{_WS}*1|Plus{_WS}+One){_WS}*(?:the{_WS}+)?$")


def _section_heading(doc: Document, offset: int) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """The partner named by the heading of the section ``offset`` is in ("ASEAN PMC+1 Session with Japan")."""
    text = doc.text
    sentences = doc.sentences
    i = doc.sentence_index(offset)
    for j in range(i - 1, max(-1, i - 80), -1):
        s = sentences[j]
        alone = (j == 0 or sentences[j - 1].block != s.block) and (
            j + 1 >= len(sentences) or sentences[j + 1].block != s.block
        )
        line = text[s.start : s.end]
        if (
            not (s.heading or alone)
            or len(line) > 150
            or "\n" in line
            or (line[-1] in ".;:,!?" and not INITIALISM_END.search(line))
        ):
            continue
        keys: list[str] = []
        for hit in doc.names_in(s.start, s.end):
            if (
                hit.kind == "country"
                and _WITH.search(text, max(s.start, hit.start - 20), hit.start)
                and hit.key not in keys
            ):
                keys.append(hit.key)
        if keys:
            return tuple(keys), (s.start, s.end)
        return None  # the nearest heading names no partner
    return None


_WIDER = re.compile(r"\bPlus\b|\+|East Asia|Regional Forum|[-–](?!ASEAN)[A-Z]|\bwith\b")


class _MeetingsAt:
    """The meetings ``found`` holds, looked up by mention offset in ``O(log n)`` (built once per document)."""

    def __init__(self, found: Found) -> None:
        by_id = {m.id: m for m in found.meetings}
        self.mentions = [(mention, by_id[mention.record_id]) for mention in found.meeting_mentions
                         if mention.record_id in by_id]  # fmt: skip
        self.mentions.sort(key=lambda pair: pair[0].start)
        self.starts = [mention.start for mention, _ in self.mentions]

    def at(self, offset: int) -> tuple[Mention, Meeting] | None:
        """The meeting mentioned last at or before ``offset`` (the first of mentions starting at the same offset)."""
        return next(iter(self.before(offset, 0)), None)

    def before(self, offset: int, floor: int) -> Iterable[tuple[Mention, Meeting]]:
        """Mentions starting in ``[floor, offset]``, the latest first (the earliest first among equal starts)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and self.starts[i] >= floor:
            first = bisect.bisect_left(self.starts, self.starts[i], 0, i + 1)
            yield from self.mentions[first : i + 1]
            i = first - 1


def _asean_only_meeting(meetings: _MeetingsAt, offset: int, sentence_start: int) -> tuple[int, int] | None:
    """Where the sentence names an ASEAN meeting without outside partners before ``offset`` (its plan is ASEAN's)."""
    for mention, meeting in meetings.before(offset, sentence_start):
        if meeting.partners or "ASEAN" not in meeting.name or _WIDER.search(meeting.name):
            return None
        return mention.start, mention.end
    return None


def _context_partners(
    doc: Document, meetings: _MeetingsAt, offset: int, sentence_start: int
) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """Partners of the meeting the text at ``offset`` reports on, and where they are named.

    A meeting with partners named earlier in the same sentence wins; otherwise the more recent of the
    meeting mentioned last and the section heading, if it names partners.
    """
    latest = meetings.at(offset)
    for mention, meeting in meetings.before(offset, sentence_start):
        if meeting.partners:
            return meeting.partners, (mention.start, mention.end)
    heading = _section_heading(doc, offset)
    if latest is not None and latest[1].partners and (heading is None or latest[0].start > heading[1][0]):
        return latest[1].partners, (latest[0].start, latest[0].end)
    return heading


class _Plans:
    """Drafts merged as they come: the same parties and period (or a clear re-mention) make one plan."""

    def __init__(self) -> None:
        self.out: list[_Draft] = []
        self._exact: dict[tuple[frozenset[str], int | None, int | None, int, str], int] = {}
        self._by_parties: dict[frozenset[str], int] = {}
        self._by_period: dict[tuple[int | None, int | None], list[int]] = {}
        self._by_label: dict[tuple[frozenset[str], str], int] = {}

    def _target(self, d: _Draft) -> int | None:
        target = self._candidate(d)
        if target is None:
            return None
        o = self.out[target]
        if d.topic and o.topic and d.topic != o.topic:
            return None  # "... Plan of Action on X" and "... Plan of Action on Y"
        if d.label and o.label and d.label not in o.label and o.label not in d.label:
            return None  # "the ASEAN Security Community Plan of Action and the ASEAN Economic Community Plan of Action"
        return target

    def _candidate(self, d: _Draft) -> int | None:
        parties = frozenset(d.parties)
        period = (d.start_year, d.end_year)
        if d.label and d.start_year is None and (parties, d.label) in self._by_label:
            return self._by_label[(parties, d.label)]  # the plan of that name, mentioned again without its period
        exact = self._exact.get((parties, *period, -1 if d.parties else d.block, d.own_name))
        if exact is not None or d.own_name:
            return exact
        if d.start_year is None and d.parties:
            # A later mention of the same parties' plan without its period: the latest such plan.
            return self._by_parties.get(parties)
        if d.start_year is not None and not d.parties:
            # The same period without parties: only when exactly one plan has that period.
            loose = self._by_period.get(period, [])
            return loose[0] if len(loose) == 1 else None
        return None

    def add(self, d: _Draft) -> None:
        """Add a draft, merging it into the plan it mentions again."""
        target = self._target(d)
        if target is None and d.mention_only:
            return
        if target is None:
            index = len(self.out)
            self.out.append(d)
            key = (frozenset(d.parties), d.start_year, d.end_year, -1 if d.parties else d.block, d.own_name)
            self._exact[key] = index
            if d.own_name:
                return  # a named work or strategic plan is only met again by its name
            if d.parties:
                self._by_parties[frozenset(d.parties)] = index
                if d.label:
                    self._by_label[(frozenset(d.parties), d.label)] = index
            self._by_period.setdefault((d.start_year, d.end_year), []).append(index)
            return
        o = self.out[target]
        o.spans.extend(d.spans)
        o.period_spans.extend(d.period_spans)
        if o.status is None and d.status is not None:
            self.out[target] = attrs.evolve(o, status=d.status, status_span=d.status_span)
        if o.meeting is None and d.meeting is not None:
            self.out[target] = attrs.evolve(self.out[target], meeting=d.meeting)


def _record(doc: Document, d: _Draft) -> PlanOfAction:
    prov: list[FieldProvenance] = [doc.provenance("name", tuple(d.spans))]
    if d.parties and d.party_spans:
        basis = (
            Basis.inferred(
                InferenceReason.PARTIES_FROM_CONTEXT, "the parties of the meeting the plan is reported under"
            )
            if d.inferred_parties is InferenceReason.PARTIES_FROM_CONTEXT
            else Basis.inferred(d.inferred_parties, "parties of the plan it succeeds")
            if d.inferred_parties is not None
            else None
        )
        for i, _party in enumerate(d.parties):
            span = d.party_spans[min(i, len(d.party_spans) - 1)]
            prov.append(doc.provenance(f"parties.{i}", (span,), basis))
    if d.period_spans:
        prov.append(doc.provenance("start_year", tuple(d.period_spans)))
        prov.append(doc.provenance("end_year", tuple(d.period_spans)))
    if d.status is not None and d.status_span is not None:
        prov.append(doc.provenance("status", (d.status_span,)))
    return PlanOfAction(
        name=d.name,
        parties=d.parties,
        start_year=d.start_year,
        end_year=d.end_year,
        status=d.status,
        meeting=d.meeting,
        provenance=tuple(prov),
    )


_AND = re.compile(
    rf"{_WS}*(?:,{_WS}*(?:(?:and|as{_WS}+well{_WS}+as){_WS}+)?|(?:and|as{_WS}+well{_WS}+as){_WS}+)"
    rf"(?:(?:the|its|a){_WS}+)?"
)

_SUCCESSOR = re.compile(
    rf"\b(?:successor|follow-up|follow-on|next|new)(?:{_WS}+(?:strategic|work|action))?{_WS}+plan\b"
    rf"(?!{_WS}+of{_WS}+[Aa]ction)"
)
"""A plan named only as the successor of one just mentioned: "begin drafting a successor plan for 2026-2030"."""

_TRAILING_PERIOD = re.compile(r"[ (]*(?:19|20)\d\d-(?:19|20)?\d\d\)?$")


_SUCCESSOR_BEFORE = re.compile(rf"\b(?:successor|follow-up|follow-on)(?:{_WS}+[a-z][\w-]*){{0,2}}{_WS}+$")
"""Right before a plan with no parties of its own: it is the successor of the plan before it ("the successor
Framework Action Plan covering 2031-2035", "a successor strategic plan of action for 2031-2035")."""


def _successor(doc: Document, start: int, name_end: int, previous: tuple[PlanMention, _Draft]) -> _Draft | None:
    """The plan named at ``[start, name_end)`` as the successor of the plan mentioned just before, in one paragraph.

    It needs its own period ("a successor plan for 2026-2030"); its parties are those of the plan it succeeds
    (:attr:`~asean_records.model.InferenceReason.COREFERENCE`) and its name is that plan's with the new period.
    """
    text = doc.text
    mention, antecedent = previous
    if not antecedent.parties or start - mention.end > 400:
        return None
    sentence = doc.sentence_at(start)
    if sentence.block != antecedent.block:
        return None
    per = _PERIOD_AFTER.match(text, name_end, sentence.end)
    if per is None:
        return None
    years = _year_pair(per.group(2), per.group(3))
    if years is None or (antecedent.start_year is not None and years[0] < antecedent.start_year):
        return None
    this = PlanMention(start, per.end(), name_end, years[0], years[1], per.start(2), per.end(3))
    status, status_span = _status(doc, this, mention.end)
    base = _TRAILING_PERIOD.sub("", antecedent.name)
    return _Draft(
        parties=antecedent.parties,
        start_year=years[0],
        end_year=years[1],
        name=f"{base} {years[0]}-{years[1]}",
        spans=[(start, per.end())],
        party_spans=antecedent.party_spans,
        inferred_parties=InferenceReason.COREFERENCE,
        period_spans=[(per.start(2), per.end(3))],
        status=status,
        status_span=status_span,
        meeting=antecedent.meeting,
        block=sentence.block,
    )


def find_plans(doc: Document, found: Found) -> Found:
    """Add the plans of action named in ``doc`` to ``found``.

    Args:
        doc: The document.
        found: Records so far; its meetings give the parties of plans named only as "the Plan of Action".

    Returns:
        ``found`` with ``plans`` extended, one record per distinct plan.
    """
    text = doc.text
    plans = _Plans()
    meetings = _MeetingsAt(found)
    floor = 0
    events: list[tuple[int, PlanMention | re.Match[str]]] = [(m.start, m) for m in plan_mentions(doc)]
    if "plan" in text:  # the successor pattern needs the word in lower case
        events += [(m.start(), m) for m in _SUCCESSOR.finditer(text)]
    events.sort(key=lambda e: e[0])
    previous: tuple[PlanMention, _Draft] | None = None
    for _start, event in events:
        if isinstance(event, PlanMention):
            draft = _draft(doc, meetings, event, floor)
            if (
                (draft is None or not draft.parties)
                and previous is not None
                and _SUCCESSOR_BEFORE.search(text, max(0, event.start - 40), event.start)
            ):
                # "the successor Framework Action Plan covering 2031-2035": the plan before it, with a new period
                draft = _successor(doc, event.start, event.name_end, previous) or draft
            if (
                draft is not None
                and draft.status is None
                and previous is not None
                and previous[1].status is not None
                and _AND.fullmatch(text, previous[0].end, event.start)
            ):
                # "endorsed the X 2026-2030 and the Y 2026-2030": Y shares the verb.
                draft = attrs.evolve(draft, status=previous[1].status, status_span=previous[1].status_span)
            floor = event.end
            if draft is not None:
                plans.add(draft)
                previous = (event, draft)
        elif previous is not None:
            successor = _successor(doc, event.start(), event.end(), previous)
            if successor is not None:
                plans.add(successor)
    if not plans.out:
        return found
    return attrs.evolve(found, plans=found.plans + tuple(_record(doc, d) for d in plans.out))
