"""Stage: documents a meeting acted on (declarations, joint statements, work plans, papers, reports ...).

Seven readings, all through compiled, linear patterns:

* **Titled documents**: a capitalised keyword ("Joint Statement", "Joint Communiqué", "Declaration", "Work
  Plan", "Annual Report", "Outlook", "Non-paper", "Agreement", "Protocol", "Framework", "Strategy",
  "Vision", "Master Plan" ...) grown left over capitalised words, plural possessives and bracketed
  acronyms ("ASEAN Leaders' Declaration", "... Partnership (RCEP) Agreement"), and over connectors and
  periods between two of them ("Protocol to Amend the ASEAN Trade in Goods Agreement", "AEC Strategic Plan
  2026-2030 Monitoring and Evaluation Framework"); a leading year goes to the end ("the 2021 ASEAN Report"
  -> "ASEAN Report 2021"); a lone "the Strategy" is not read. The title grows right over a capitalised
  continuation ("... on Human Capital Development", "... of the Commission 2021-2025", "... of the 56th
  AMM"). A possessive owner before a short title is kept in front ("the Commission (ACR)'s Annual Report"
  -> "ACR Annual Report"). Capitalised head words right after the keyword give the kind ("... Agreement
  (DEFA) Negotiating Framework" is other, "... Mid-Term Review" a report); a lower-case "progress report"
  or "recommendations" after the title is part of it ("X Work Plan 2023-2024 progress report", a report);
  a title followed by another lower-case noun only qualifies it ("the X Agreement upgrade", "the X
  Agreement negotiations") and is not a document. A subtitle after a colon that ends at a clause mark is
  part of the title ("the X Roadmap: An Agenda to ..."); a preposition opening the sentence is not ("Under
  the X Agreement, ..."). A later one-word mention of a word of one title ("the adoption of the Outlook")
  is that document again.
* **Owned reports**: a lower-case "annual/progress/... report" after its owner's name, titled by the owner's
  acronym when it has one ("the ... Reserve (APTERR) annual report" -> "APTERR annual report").
* **Reports on carrying out a titled document**: "the progress report on the implementation of the X" is one
  report (with "progress", "final" ... in its title); the X inside it is not read on its own.
* **Plans of action acted on**: a named plan of action (or action plan) that a verb adopts, approves, endorses
  or signs is also a document (kind other); the plan itself is reported by the plans stage. One only noted,
  welcomed, implemented or mentioned is not.
* **Signed lower-case instruments**: "signed a memorandum of understanding on technical assistance" (up to a
  word such as "with" or "at"); a memorandum of understanding is an agreement.
* **Described documents**: an action verb before a lower-case kind noun with a capitalised complement
  ("endorsed the budget for the Work Programme of the Committee for 2027", "adopted a draft joint
  statement of the Transport Ministers").
* **Following lists**: "adopted the following documents:" and one title per line after it (bullets, numbers
  and Markdown emphasis are not part of the title), kind from the title's words, action from the verb.
* **Paired papers**: "approved the concept papers on the X and on the Y" is one concept paper on each.
* **Counted lists**: a number and a kind noun acted on ("N concept papers were adopted"), then the items
  named in the next sentences (as a list, or one per sentence): one document per item, only when the items
  found match the count.
* **An untitled joint statement**: when the text names no joint statement, the first lower-case one acted on
  ("adopted a joint statement", "the adoption of a nine-point joint statement", "a joint ministerial statement
  issued after the session") or quoted as a source ("In their joint statement, the ministers ..."), titled
  "Joint statement" (with "ministerial", "press" ... as written, and "of the special summit" when said; else
  "of the <meeting>" when the meeting is named in its sentence, or is the text's first and last named before it,
  and was held).

The action is the verb governing the title ("adopted", "noted", "expressed support for" -> endorsed ...),
read only when nothing but articles, "draft" and an owner stand between them, or a passive right after
("... was adopted"), or a relative clause right after whose subject acted on it ("the X, which the ministers
endorsed earlier in the day"; not one dated in the past: "which the Forum adopted ten years ago"); a title
joined by "and" to one just acted on shares its action. A document that is
only mentioned ("looked forward to the conclusion of the X Agreement") has no action; a work plan, work
programme or strategic plan, an outlook, a treaty,
a protocol, a communiqué, a chair's statement (kind other: it is not joint), guidelines and similar need an
action to be reported, as the communiqué or statement named is often the text itself. So does an agreement
named only as the instrument something else is under or about ("under the X Agreement", "upgrading the X
Agreement", "the Conference of the Parties to the X Agreement", "the entry into force of the X Agreement"),
unless it is being concluded or negotiated or a verb such as "welcomed" stands shortly before. Any title only
invoked ("the full implementation of the X", "the principles of the 1967 X", "recalling the X", "in line with
the X") needs an action too. A participle right after a title gives its action: "the X Agreement, signed by the
leaders" (or "signed earlier this year") is signed, "the X Declaration, adopted at the Tenth Meeting" adopted,
"the X Statement issued by the Leaders" adopted. A capitalised gerund opening the sentence ("Recalling the X")
is no title word. "Noted the progress
of the X" notes the X.
Plans of action are read by :mod:`~asean_records.parse.stages.plans` (and listed here too when acted on); a work
plan is a document of the work-plan kind, never a plan.
"""

from __future__ import annotations

import bisect
import re

import attrs

from asean_records.model import Action, DocumentAction, DocumentKind, FieldProvenance, Meeting, MeetingStatus
from asean_records.parse.document import Document, Sentence, matches_at
from asean_records.parse.found import Found
from asean_records.parse.stages.plans import plan_mentions
from asean_records.parse.stages.sentences import INITIALISM_END

__all__ = ["find_documents"]

_WS = r"[ \t\n]"
_TOKEN = (
    r"(?:[A-Z][\w.'+&/]*(?:-[\w.'+&/]+){0,4}|(?:19|20)\d\d(?:-(?:19|20)?\d\d)?|\([A-Z][\w+&-]{1,15}\)"
    r"|\d{1,3}(?:st|nd|rd|th)(?=[ \t\n]+[A-Z]))"
)
_CONN = r"(?:the|of|and|on|for|in|to|between|among|with|under|a|towards|by)"

# Between a document noun and a later one: a period and capitalised words joined by "and" ("2036-2040
# Monitoring and Evaluation"), so the first names what the second is about rather than a second document.
_QUALIFIES = re.compile(
    rf"(?:{_WS}+(?:19|20)\d\d(?:-(?:19|20)?\d\d)?)?{_WS}+[A-Z][\w-]*(?:{_WS}+and{_WS}+[A-Z][\w-]*){_WS}+"
)
_KEYWORDS: tuple[tuple[str, DocumentKind, bool], ...] = (
    # (pattern, kind, strong): strong kinds are reported even when only mentioned.
    (r"Joint{_WS}+Statement|Common{_WS}+Statement|Statement", DocumentKind.JOINT_STATEMENT, True),
    (r"Joint{_WS}+Communiqu[eé]|Communiqu[eé]", DocumentKind.JOINT_STATEMENT, False),
    (r"Declaration|Concord", DocumentKind.DECLARATION, True),
    (
        r"Work{_WS}*[Pp]lan|Work{_WS}+Programme|Work{_WS}+Program|Strategic{_WS}+Plan(?!{_WS}+of{_WS}+[Aa]ction)",
        DocumentKind.WORK_PLAN,
        False,
    ),
    (r"Work{_WS}*[Pp]lans|Work{_WS}+Programmes", DocumentKind.WORK_PLAN, False),
    (r"Concept{_WS}+(?:Paper|Note|paper|note)", DocumentKind.CONCEPT_PAPER, True),
    (r"Discussion{_WS}+(?:Paper|paper)", DocumentKind.DISCUSSION_PAPER, True),
    (r"Non-?[Pp]aper", DocumentKind.OTHER, True),
    (r"Report", DocumentKind.REPORT, True),
    (r"Outlook{_WS}+on", DocumentKind.OTHER, False),  # "the ASEAN Outlook on the Indo-Pacific"
    (r"Outlook", DocumentKind.REPORT, False),
    (r"Agreement", DocumentKind.AGREEMENT, True),
    (r"Budget", DocumentKind.BUDGET, True),
    (
        r"Treaty|Protocol|Memorandum{_WS}+of{_WS}+Understanding|MoU|MOU|"
        r"Convention(?!{_WS}+(?:Cent(?:re|er)|Hall|Hotel|Complex|Palace))",
        DocumentKind.AGREEMENT,
        False,
    ),
    (r"Consensus", DocumentKind.OTHER, False),
    (r"Terms{_WS}+of{_WS}+Reference|Guidelines|Roadmap|Blueprint", DocumentKind.OTHER, False),
    (
        r"Framework(?!{_WS}+Agreement)|Strategy|Vision(?!{_WS}+Statement)|Master{_WS}*[Pp]lan|Action{_WS}+(?:Agenda|Plan)|"
        r"Implementation{_WS}+Plan",
        DocumentKind.OTHER,
        False,
    ),
)
# The look-ahead on the first letters lets the engine skip most positions without trying every alternative.
_KEYWORD = re.compile(
    "(?=[JCSDWNRABTMGOPFVI])(?:"
    + "|".join(f"(?P<k{i}>\\b(?:{p.format(_WS=_WS)})\\b)" for i, (p, _k, _s) in enumerate(_KEYWORDS))
    + ")"
)


_KEYWORD_START = re.compile(
    r"[JCSDWNRABTMGOPFVI](?<!\w.)(?:(?<=[JCWN])o|(?<=S)t|(?<=D)[ei]|(?<=R)[eo]|(?<=O)u|(?<=A)[gc]|(?<=B)[ul]|(?<=T)[re]"
    r"|(?<=P)r|(?<=M)[eaoO]|(?<=G)u|(?<=F)r|(?<=V)i|(?<=I)m)"
)
"""Where a match of :data:`_KEYWORD` can start (a keyword's first two letters at a word start): opening with a
character class, it lets the engine skip from one such letter to the next, and :data:`_KEYWORD` is matched only
there."""


def _required_words(alternation: str) -> tuple[tuple[str, ...], ...]:
    """For each top-level alternative of a case-sensitive pattern, words that any match of it contains.

    A word is a run of letters outside groups, classes and escapes, less a last letter a quantifier makes optional.
    An alternative without such a word gives an empty tuple (it can match anywhere, so nothing can be skipped).
    """
    alternatives: list[list[str]] = [[]]
    word = ""
    depth = 0
    in_class = escaped = False
    for i, ch in enumerate(alternation):
        if depth == 0 and not in_class and not escaped and ch.isascii() and ch.isalpha():
            word += ch
            if alternation[i + 1 : i + 2] in ("?", "*", "{", "+"):
                alternatives[-1].append(word[:-1])  # the last letter may be missing (or repeated)
                word = ""
            continue
        alternatives[-1].append(word)
        word = ""
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and ch == "|":
            alternatives.append([])
    alternatives[-1].append(word)
    return tuple(tuple(w for w in words if w) for words in alternatives)


def _may_match(text: str, required: tuple[tuple[str, ...], ...]) -> bool:
    """False when ``text`` lacks a word of every alternative (see :func:`_required_words`): no match is possible."""
    for words in required:
        for word in words:
            if word not in text:
                break
        else:
            return True
    return False


_KEYWORD_WORDS = _required_words("|".join(p.format(_WS=_WS) for p, _k, _s in _KEYWORDS))
_TOO_BARE = frozenset({"strategy", "framework", "vision", "roadmap", "guidelines", "blueprint", "protocol"})
_BARE = frozenset({"statement", "declaration", "report", "agreement", "budget", "treaty", "guidelines", "roadmap"})

_RIGHT = re.compile(rf"(?:{_WS}+(?:{_CONN}{_WS}+){{0,3}}{_TOKEN}){{0,24}}")
# a subtitle after a colon: two or more title words that end at a clause mark ("...: Forging Ahead Together,")
_SUBTITLE = re.compile(rf":{_WS}+{_TOKEN}(?:{_WS}+(?:{_CONN}{_WS}+){{0,3}}{_TOKEN}){{1,24}}")
_SUBTITLE_END = re.compile(r"[ \t]*(?:[,.;)\"”’]|\n|\Z|\((?:[A-Z]|19|20))")
_LEFT_TOKEN = re.compile(r"\S+")
_OPENING_PREPOSITIONS = frozenset(
    {"Under", "With", "Through", "For", "In", "By", "On", "At", "From", "To", "Following", "After", "Before", "During",
     "Since", "Via", "As", "Within", "Without", "Beyond", "Despite", "Including", "Besides", "Unlike", "Like"}
)  # fmt: skip
_LEFT_STOP = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "these", "those",
     # a sentence's opening conjunction or adverb ("But the Concord IV declaration ..."): no title word
     "but", "yet", "however", "meanwhile", "moreover", "furthermore", "thus", "hence", "still", "while", "although",
     "though", "because", "since", "when", "whereas"}
)  # fmt: skip
_ACRONYM_TOKEN = re.compile(r"\([A-Z][\w+&-]{1,15}\)")
_RANGE_TOKEN = re.compile(r"(?:19|20)\d\d(?:-(?:19|20)?\d\d)?")
_LEFT_CONN = frozenset({"in", "to", "the", "of", "on", "for", "and"})
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")

_LOWER_NOUNS = (
    r"joint[ \t\n]+statement|joint[ \t\n]+declaration|declaration"
    r"|work[ \t\n]*plan|concept[ \t\n]+(?:paper|note)|discussion[ \t\n]+paper|non-paper|annual[ \t\n]+report"
    r"|report|budget|agreement|memorandum[ \t\n]+of[ \t\n]+understanding|terms[ \t\n]+of[ \t\n]+reference"
    r"|guidelines"
)
_LOWER = re.compile(
    rf"\b(?P<draft>draft[ \t\n]+)?(?P<noun>{_LOWER_NOUNS})\b(?=[ \t\n]+(?:of|on|for|to|between|among)[ \t\n])"
)
_LOWER_WORDS = _required_words(_LOWER_NOUNS)
_LOWER_START = re.compile(r"[djwcnarbmtg](?<!\w.)(?:(?<=d)[rei]|(?<=[jwcn])o|(?<=a)[ng]|(?<=r)e|(?<=[bg])u|(?<=[mt])e)")
"""Where a match of :data:`_LOWER` can start (the first two letters of "draft" or a noun at a word start)."""
_ISSUED = re.compile(r"\b(?:issued|released)[ \t\n]+(?:a|an|the|their|its)[ \t\n]+$")
_TOPIC_NOUNS = frozenset({"joint statement", "joint declaration", "declaration"})
_LOWER_TOPIC = re.compile(
    rf"{_WS}+(?:on|to){_WS}+(?!the{_WS}+(?:sidelines|margins|occasion){_WS})"
    rf"[a-z][\w'’-]*(?:,?{_WS}+(?!(?:at|during|in{_WS}+(?:[A-Z]|19|20)|held|which|that|who|as|after|before|when)\b)"
    rf"[\w'’-]+){{0,14}}(?={_WS}*(?:[,;.]|$|{_WS}(?:at|during|in{_WS}+(?:[A-Z]|19|20)|held|which|that|who|as|after|"
    rf"before|when)\b))"
)
"""A lower-case topic after a statement or declaration ("on strengthening cooperation in health"), to a clause end,
"at", "during", "in <Place>" or a relative word."""
_LOWER_KIND = {
    "joint statement": DocumentKind.JOINT_STATEMENT,
    "joint declaration": DocumentKind.DECLARATION,
    "declaration": DocumentKind.DECLARATION,
    "work plan": DocumentKind.WORK_PLAN,
    "workplan": DocumentKind.WORK_PLAN,
    "concept paper": DocumentKind.CONCEPT_PAPER,
    "concept note": DocumentKind.CONCEPT_PAPER,
    "discussion paper": DocumentKind.DISCUSSION_PAPER,
    "annual report": DocumentKind.REPORT,
    "report": DocumentKind.REPORT,
    "budget": DocumentKind.BUDGET,
    "agreement": DocumentKind.AGREEMENT,
    "memorandum of understanding": DocumentKind.AGREEMENT,
}

_ACTION = re.compile(
    r"\b(?:(?P<adopted>adopted|adopting|agreed[ \t\n]+to[ \t\n]+adopt|adoption[ \t\n]+of)"
    r"|(?P<approved>approved|approving|agreed[ \t\n]+to[ \t\n]+approve|approval[ \t\n]+of)"
    r"|(?P<noted>noted|took[ \t\n]+note[ \t\n]+of|taking[ \t\n]+note[ \t\n]+of|takes?[ \t\n]+note[ \t\n]+of"
    r"|acknowledged|noted[ \t\n]+with[ \t\n]+(?:satisfaction|appreciation))"
    r"|(?P<signed>signed|signing[ \t\n]+of)"
    r"|(?P<endorsed>endorsed|endorsing|agreed[ \t\n]+to[ \t\n]+endorse|endorsement[ \t\n]+of"
    r"|(?:expressed|voiced|reiterated|conveyed|extended|gave|lent|pledged)[ \t\n]+"
    r"(?:its[ \t\n]+|their[ \t\n]+|his[ \t\n]+|her[ \t\n]+)?(?:full[ \t\n]+|strong[ \t\n]+)?"
    r"support[ \t\n]+(?:for|to)|supported)"
    r"|(?P<welcomed>welcomed|welcoming)"
    r"|(?P<none>delivered|issued|released|launched|presented|submitted|conclusion[ \t\n]+of|looked[ \t\n]+forward"
    r"|look[ \t\n]+forward|negotiations?[ \t\n]+(?:on|of)|implementation[ \t\n]+of|discussed|reviewed|sign"
    r"|adopt|approve|endorse|welcome|to[ \t\n]+be))\b"
)
"""Verbs that may govern a document; ``none`` verbs govern it without acting on it."""

_GAP_WORD = frozenset(
    {"the", "a", "an", "its", "their", "this", "these", "new", "revised", "draft", "final", "updated", "proposed",
     "with", "satisfaction", "appreciation", "also", "both", "further", "finalised", "finalized", "latest"}
)  # fmt: skip
_AHEAD = re.compile(
    r"\b(?:look(?:ed|s|ing)?[ \t\n]+forward[ \t\n]+to|will[ \t\n]+ensure|to[ \t\n]+ensure|expected)"
    r"[ \t\n]+(?:(?:the|its|their|early|timely|swift)[ \t\n]+){0,2}$"
)
"""Right before an "adoption of", "signing of" cue: the act is still to come."""
_PROGRESS = re.compile(r"\bprogress(?:[ \t\n]+made)?[ \t\n]+(?:of|in|on|under)\b")
"""Between a verb and a title: "noted the progress of the X" notes the X."""
_PASSIVE = re.compile(
    r"[^.;]{0,60}?\b(?:was|were|is|are|has[ \t\n]+been|have[ \t\n]+been|had[ \t\n]+been)"
    r"(?:[ \t\n]+(?:also|duly|formally|officially|unanimously|then))?[ \t\n]+"
    r"(?P<verb>adopted|approved|signed|endorsed|noted|welcomed)\b"
)

_WHICH_THEY = re.compile(
    r"[ \t\n]*(?:\([^()\n]{1,20}\)[ \t\n]*)?,[ \t\n]*(?:which|that)[ \t\n]+(?:the[ \t\n]+)?"
    r"(?:(?!(?:is|are|was|were|be|been|being|to|will|would|shall|should|may|might|can|could|not)\b)"
    r"[A-Za-z][\w'’-]*[ \t\n]+){1,3}?(?:(?:had|have|has|also|formally|earlier)[ \t\n]+)?"
    r"(?P<verb>adopted|approved|signed|endorsed)\b"
)
"""A relative clause right after a title whose subject acted on it ("the X Action Plan, which the ministers
endorsed earlier")."""
_LONG_AGO = re.compile(
    r"[^.;,]{0,30}?\b(?:ago|last[ \t\n]+(?:year|month)|(?:earlier|previously)[ \t\n]+this[ \t\n]+year"
    r"|in[ \t\n]+(?:19|20)\d\d)\b"
)
"""Right after a verb in a relative clause: the act was an earlier one ("which the Forum adopted ten years ago")."""

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_PLURAL = (
    r"(?P<plural>concept[ \t\n]+papers|concept[ \t\n]+notes|conceptual[ \t\n]+(?:papers|documents|notes)"
    r"|discussion[ \t\n]+papers|joint[ \t\n]+statements|declarations|work[ \t\n]*plans|reports|agreements"
    r"|documents|papers)"
)
_COUNTED = re.compile(
    rf"\b(?P<num>two|three|four|five|six|seven|eight|nine|ten|[2-9]){_WS}+(?:(?:new|more|other|draft|key){_WS}+)?"
    rf"{_PLURAL}\b"
)
_PLURAL_WORDS = _required_words(_PLURAL.removeprefix("(?P<plural>").removesuffix(")"))
_PLURAL_KIND = {
    "concept": (DocumentKind.CONCEPT_PAPER, "Concept paper"),
    "conceptual": (DocumentKind.CONCEPT_PAPER, "Concept paper"),
    "discussion": (DocumentKind.DISCUSSION_PAPER, "Discussion paper"),
    "joint": (DocumentKind.JOINT_STATEMENT, "Joint statement"),
    "declarations": (DocumentKind.DECLARATION, "Declaration"),
    "work": (DocumentKind.WORK_PLAN, "Work plan"),
    "reports": (DocumentKind.REPORT, "Report"),
    "agreements": (DocumentKind.AGREEMENT, "Agreement"),
    "documents": (DocumentKind.OTHER, "Document"),
    "papers": (DocumentKind.OTHER, "Paper"),
}
_LIST_INTRO = re.compile(
    r"\b(?:The|These|Those|They)(?:[ \t\n]+[a-z]+)?(?:[ \t\n]+(?:documents|papers|notes|statements|declarations"
    r"|reports|agreements))?[ \t\n]+(?:include|includes|included|are|were|cover|covers|covered|concern|concerned"
    r"|address|addressed|deal[ \t\n]+with|dealt[ \t\n]+with)[ \t\n]*:?[ \t\n]+"
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ENUMERATED = re.compile(
    r"(?:The|the)[ \t\n]+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other)"
    r"(?:[ \t\n]+(?:one|paper|document|note))?[ \t\n]+[a-z]+(?:[ \t\n]+(?:on|about|to|for|upon))?[ \t\n]+"
)
_REPORTED = re.compile(
    r",?[ \t\n]*(?:it|he|she|they|the[ \t\n]+\w+)[ \t\n]+(?:said|added|noted|stated|reported)[ \t\n]*\.?$"
)


@attrs.define
class _Doc:
    title: str
    kind: DocumentKind
    action: Action | None
    draft: bool
    spans: list[tuple[int, int]]
    action_span: tuple[int, int] | None
    meeting: str | None
    end: int = 0
    clause_start: int = 0
    governed: bool = True
    needs_action: bool = False


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while end > start and text[end - 1] == "." and not INITIALISM_END.search(text, max(start, end - 16), end):
        end -= 1
    return end


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word.lower() not in _LEFT_STOP and word[-1] not in ',;:!?")'


_MAX_CONNECTORS = 5
_THE_LINKS = frozenset({"of", "on", "for", "to", "in", "under", "with", "towards"})
# "the Conference of the Parties to the X Agreement": a meeting of the document's parties, not its title
_MEETING_WORDS = frozenset({"Parties", "Conference", "Meeting", "Summit", "Session", "Sessions", "Forum", "Retreat"})
"""Small words a title may hold ("ASEAN Leaders' Review and Decision on the Implementation of the X Consensus")."""


def _left(doc: Document, start: int, floor: int) -> tuple[int, int, str | None, str | None]:
    """Grow a title left over capitalised words, and over connectors between them ("Trade in Goods").

    A connector ("in", "to", "the" ...) is taken only between two capitalised words, the left one not a
    country ("Protocol to Amend the ASEAN Trade in Goods Agreement", but not "Viet Nam to the X Agreement").

    Returns:
        The title's start, the start of the whole phrase (owner and year included), the owner's short
        name when a possessive owner precedes the title, and a leading year.
    """
    text = doc.text
    lo = max(floor, start - 200)
    tokens = list(_LEFT_TOKEN.finditer(text, lo, start))[-16:]
    title_start = start
    i = len(tokens) - 1
    connectors = 0
    owner_year: str | None = None
    while i >= 0:
        word = tokens[i].group(0)
        if word.endswith("'s"):
            break
        if (word.endswith("s'") or _ACRONYM_TOKEN.fullmatch(word)) and word.lstrip("(")[:1].isupper():
            # "ASEAN Leaders' Declaration", "the Regional Comprehensive Economic Partnership (RCEP) Agreement"
            title_start = tokens[i].start()
            i -= 1
            continue
        if word.endswith("s'") and word[0].isupper() and len(word) > 3 and "." not in word:
            break
        if (
            (word in _LEFT_CONN or _RANGE_TOKEN.fullmatch(word))
            and (title_start < start or text[start : start + 1].isupper())
            and connectors < _MAX_CONNECTORS
            and i > 0
            and _capitalised(tokens[i - 1].group(0))
            and not tokens[i - 1].group(0).endswith(("'s", "s'"))
            and doc.first(tokens[i - 1].start(), tokens[i - 1].end(), lambda h: h.kind == "country") is None
        ):
            connectors += 1
            i -= 1
            continue
        if (
            word == "the"
            and title_start < start
            and connectors < _MAX_CONNECTORS - 1
            and i > 1
            and tokens[i - 1].group(0) in _THE_LINKS
            and _capitalised(tokens[i - 2].group(0))
            and not tokens[i - 2].group(0).endswith(("'s", "s'"))
            and tokens[i - 2].group(0) not in _MEETING_WORDS
            and doc.first(tokens[i - 2].start(), tokens[i - 2].end(), lambda h: h.kind == "country") is None
        ):
            connectors += 2  # "Review of the Implementation of the X Consensus": "of the" between title words
            i -= 2
            continue
        if _YEAR_TOKEN.fullmatch(word) and title_start < start:
            if i > 0 and tokens[i - 1].group(0).endswith("'s"):
                owner_year, i = word, i - 1  # "the Commission's 2029 Annual Report": owner, then year
                break
            return title_start, tokens[i].start(), None, word  # "the 2021 ASEAN Report" -> "ASEAN Report 2021"
        if not word[0].isupper() or word.lower() in _LEFT_STOP or word[-1] in ',;:!?"' or word.endswith(")"):
            return title_start, title_start, None, None
        if word.endswith(".") and not INITIALISM_END.search(word):
            return title_start, title_start, None, None
        if (word in _OPENING_PREPOSITIONS or (word.endswith("ing") and word.isalpha())) and (
            i == 0 or tokens[i - 1].group(0)[-1] in '.!?:;"\n'
        ):
            return title_start, title_start, None, None  # "Under the X Agreement", "Recalling the X": no title word
        title_start = tokens[i].start()
        i -= 1
    if i < 0:
        return title_start, title_start, None, None
    # A possessive owner: "Australia's", "the Commission (ACR)'s", "the 2020 Commission's".
    owner_word = tokens[i].group(0)
    owner_end = tokens[i].end() - (2 if owner_word.endswith("'s") else 1)
    acronym = re.fullmatch(r"\(([A-Z][\w+&-]{1,15})\)'s?", owner_word)
    phrase_start = tokens[i].start()
    year: str | None = owner_year
    j = i - 1
    while j >= 0:
        word = tokens[j].group(0)
        if _YEAR_TOKEN.fullmatch(word):
            year = word
            phrase_start = tokens[j].start()
            break
        if word.lower() in _LEFT_STOP or not (word[0].isupper() or word in {"of", "on", "for", "and", "the"}):
            break
        if word[-1] in ',;:!?"' or (word.endswith(".") and not INITIALISM_END.search(word)):
            break
        phrase_start = tokens[j].start()
        j -= 1
    owner = acronym.group(1) if acronym else " ".join(text[phrase_start:owner_end].split())
    if year is not None and owner.startswith(year):
        owner = owner[len(year) :].strip()
    return title_start, phrase_start, owner or None, year


def _governing(
    text: str, clause: Sentence, phrase_start: int, title_end: int
) -> tuple[Action | None, tuple[int, int] | None, bool]:
    """The action verb governing a document phrase, its span, and whether any verb governs it at all."""
    after = _PASSIVE.match(text, title_end, clause.end)
    if after is None:
        after = _WHICH_THEY.match(text, title_end, clause.end)
        if after is not None and _LONG_AGO.match(text, after.end(), clause.end):
            after = None
    if after is not None:
        return Action(after.group("verb")), (after.start("verb"), after.end("verb")), True
    cues = list(_ACTION.finditer(text, max(clause.start, phrase_start - 200), phrase_start))
    if not cues:
        return None, None, False
    cue = cues[-1]
    gap = _PROGRESS.sub(" ", text[cue.end() : phrase_start]).split()
    if len(gap) > 6 or any(w.lower() not in _GAP_WORD for w in gap):
        return None, None, False
    kind = cue.lastgroup
    if kind is None or kind == "none":
        return None, None, True
    if _AHEAD.search(text, max(clause.start, cue.start() - 60), cue.start()):
        return None, None, True  # "look forward to the adoption of X": not acted on yet
    return Action(kind), (cue.start(), cue.end()), True


_KIND_OF_GROUP = {f"k{i}": (kind, strong) for i, (_p, kind, strong) in enumerate(_KEYWORDS)}
"""The kind and strength of each keyword group of :data:`_KEYWORD` (no group inside one captures)."""


def _kind_of(m: re.Match[str]) -> tuple[DocumentKind, bool]:
    return _KIND_OF_GROUP.get(m.lastgroup or "", (DocumentKind.OTHER, False))


class _Ranges:
    """Sorted, possibly overlapping ranges with ``O(log n)`` lookups."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [a for a, _b in self._ranges]
        reach = -1
        self._reach: list[int] = []
        for _a, b in self._ranges:
            reach = max(reach, b)
            self._reach.append(reach)

    def covers(self, pos: int) -> bool:
        """True when some range holds ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def first_start(self, lo: int, hi: int) -> int | None:
        """The first range start in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        return self._starts[i] if i < len(self._starts) and self._starts[i] < hi else None


_CHAIR_OWNERS = frozenset({"chairman", "chair", "chairperson", "chairwoman"})

_ATTRIBUTIVE = re.compile(
    r"[ \t\n]+(?:upgrade|upgrading|negotiations?|negotiating|talks|process|text|ceremony|signing|provisions"
    r"|commitments|parties|members|mechanism|framework|schedule|cycle|targets|objectives|partners|coordinators?"
    r"|council|committee|bodies|body|secretariat|implementation|review|roadmap)\b"
)
"""A lower-case noun right after a title: the title only qualifies it ("the X Agreement upgrade")."""

_TAIL = re.compile(
    r"[ \t\n]+(?P<tail>(?:(?:annual|progress|final|status|implementation|mid-term|completion)[ \t\n]+)?report"
    r"|recommendations|findings)\b"
)
"""A lower-case head right after a title that names the document acted on ("the X Work Plan progress report")."""

_COMPOUND_STOP = frozenset(
    {"the", "of", "and", "on", "for", "in", "to", "between", "among", "with", "at", "under", "by", "concerning",
     "regarding", "relating", "establishing", "amending", "a", "towards"}
)  # fmt: skip
_HEAD_KIND = {
    "review": DocumentKind.REPORT,
    "assessment": DocumentKind.REPORT,
    "study": DocumentKind.REPORT,
    "survey": DocumentKind.REPORT,
    "outlook": DocumentKind.REPORT,
    "report": DocumentKind.REPORT,
    "statement": DocumentKind.JOINT_STATEMENT,
    "communiqué": DocumentKind.JOINT_STATEMENT,
    "communique": DocumentKind.JOINT_STATEMENT,
    "declaration": DocumentKind.DECLARATION,
    "agreement": DocumentKind.AGREEMENT,
    "protocol": DocumentKind.AGREEMENT,
    "treaty": DocumentKind.AGREEMENT,
    "budget": DocumentKind.BUDGET,
}


def _head_kind(right: str, kind: DocumentKind) -> DocumentKind:
    """The kind of a title whose keyword is followed by more head words ("Agreement (DEFA) Negotiating Framework").

    The capitalised words right after the keyword, before any connector, extend the head; the last of them,
    unless it opens a complement ("Agreement Establishing the ..."), gives the kind.
    """
    head = None
    for word in right.split():
        if word.lower() in _COMPOUND_STOP:
            break
        if word[0] == "(" or word[0].isdigit() or word.isupper():
            continue  # an acronym, a year or an ordinal is not a head
        head = word
    if head is None or head.endswith("ing") or len(head) < 3:
        return kind
    if head.lower() in ("plan", "programme", "program") and "Work" in right.split():
        return DocumentKind.WORK_PLAN
    return _HEAD_KIND.get(head.lower(), DocumentKind.OTHER)


_AND_THE = re.compile(r"[ \t\n]*,?[ \t\n]+(?:and|as[ \t\n]+well[ \t\n]+as)[ \t\n]+the[ \t\n]+|,[ \t\n]+the[ \t\n]+")
_BETWEEN = re.compile(r"\b(?:between|among)[ \t\n]")


_FULL_STOP = re.compile(r"\.(?=[ \t\n]+[A-Z])")


def _cut_at_full_stop(text: str, start: int, end: int) -> int:
    """End a continuation at a full stop the sentence splitter took for an abbreviation ("Work Plan V. The")."""
    for stop in _FULL_STOP.finditer(text, start, end):
        if not INITIALISM_END.search(text, max(start, stop.start() - 16), stop.end()):
            return stop.start()
    return end


def _cut_and_the(text: str, start: int, end: int) -> int:
    """End a continuation before ", the" or "and the" that opens the next noun phrase.

    "X Work Plan III and the Master Plan ..." ends after "III"; "between A and the B" is kept whole.
    """
    cut = _AND_THE.search(text, start, end)
    if cut is None or _BETWEEN.search(text, start, cut.start()):
        return end
    return cut.start()


def _titled(doc: Document, excluded: _Ranges) -> list[tuple[int, _Doc]]:
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if not _may_match(text, _KEYWORD_WORDS):
        return out
    covered = 0
    for m in matches_at(_KEYWORD, text, _KEYWORD_START.finditer(text)):
        if m.start() < covered or excluded.covers(m.start()):
            continue
        clause = doc.sentence_at(m.start())
        kind, strong = _kind_of(m)
        title_start, phrase_start, owner, year = _left(doc, m.start(), max(clause.start, covered))
        right = _RIGHT.match(text, m.end(), clause.end)
        end = right.end() if right is not None else m.end()
        nxt = _KEYWORD.search(text, m.end(), end)
        if nxt is not None:
            cut = max(text.rfind(" and ", m.end(), nxt.start()), text.rfind(", ", m.end(), nxt.start()))
            if cut >= 0 and _QUALIFIES.fullmatch(text, m.end(), nxt.start()):
                continue  # "X Strategic Plan 2036-2040 Monitoring and Evaluation Framework": the later noun heads it
            if cut >= 0:
                end = cut
        end = _cut_and_the(text, m.end(), end)
        end = _cut_at_full_stop(text, m.end(), end)
        end = _trim_end(text, m.end(), end)
        inner = excluded.first_start(m.end(), end)
        if inner is not None:
            space = text.rfind(" ", m.end(), inner)
            end = _trim_end(text, m.end(), space if space > 0 else inner)
        covered = end
        if _ATTRIBUTIVE.match(text, end) and not text[end - 1].isdigit():
            continue  # "the X Agreement upgrade", "the X Agreement negotiations": the document is only a modifier
        kind = _head_kind(text[m.end() : end], kind)
        tail = _TAIL.match(text, end, clause.end)
        if tail is not None:
            end = tail.end()
            covered = end
            if "report" in tail.group("tail"):
                kind = DocumentKind.REPORT
        sub = _SUBTITLE.match(text, end, clause.end)
        sub_end = _trim_end(text, end, _cut_at_full_stop(text, end, sub.end())) if sub is not None else end
        if sub_end > end + 1 and _SUBTITLE_END.match(text, sub_end):
            end = covered = sub_end  # "the X Roadmap: An Agenda for Y": the subtitle is part of the title
        title = " ".join(text[title_start:end].split())
        words = title.split()
        action, action_span, governed = _governing(text, clause, phrase_start, end)
        draft = bool(re.search(r"\bdraft[ \t\n]+$", text[max(clause.start, phrase_start - 12) : phrase_start]))
        bare = len(words) == 1 or (
            len(words) == 2 and words[0].lower() in {"joint", "common", "work", "concept", "discussion"}
        )
        if owner is not None and len(words) <= 3:
            title = f"{owner}'s {title}" if owner.lower() in _CHAIR_OWNERS else f"{owner} {title}"
            bare = False
        if year is not None and not re.search(r"\d{4}$", title):
            title = f"{title} {year}"
        if words and words[0].lower() in _BARE and len(words) == 1:
            bare = True
        if len(words) == 1 and words[0].lower() in _TOO_BARE:
            continue  # "adopted the Strategy": which one the text does not say here
        if clause.heading and not governed:
            continue
        if owner is not None and owner.lower() in _CHAIR_OWNERS:
            # "the Chairman's Statement of the 40th ASEAN Summit": the chair's own text, usually the source
            # itself; not joint, and a document only when acted on.
            kind, strong = DocumentKind.OTHER, False
        participle = _ACTED_AFTER.match(text, end, clause.end) if action is None else None
        if participle is not None:
            # "the X Agreement, signed by the leaders", "the X Declaration, adopted at the Tenth Meeting"
            verb = participle.group("verb")
            action = Action.ADOPTED if verb in ("issued", "released") else Action(verb)
            action_span = (participle.start("verb"), participle.end("verb"))
        elif kind is DocumentKind.AGREEMENT and action is None and _only_an_instrument(text, clause, phrase_start):
            strong = False  # "under the X Agreement", "upgrading the X Agreement": a document only if acted on
        if action is None and _ONLY_INVOKED.search(text, max(clause.start, phrase_start - 60), phrase_start):
            strong = False  # "the full implementation of the X Declaration", "recalling the X": only invoked
        needs = bool(bare or not strong)
        d = _Doc(
            title, kind, action, draft, [(phrase_start, end)], action_span, None, end, clause.start, governed, needs
        )
        out.append((phrase_start, d))
    return out


_ACTED_AFTER = re.compile(
    r"[ \t\n]*,?[ \t\n]+(?P<verb>signed|adopted|endorsed|approved|issued|released)[ \t\n]+"
    r"(?:by|in|on|at|during|earlier|last|this)\b"
)
"""A participle right after a title says what was done with it ("the X Agreement, signed by the leaders ...", "the X
Declaration, adopted at the Tenth Meeting"); a statement "issued by the leaders" was adopted."""
_INSTRUMENT_OF = re.compile(
    r"\b(?:of|on|to|under|into|Under|upgrade|upgrading)[ \t\n]+"
    r"(?:(?:the|an?|its|their|upgraded|planned|proposed|possible|existing|current)[ \t\n]+){0,3}$"
)
"""Right before an agreement that nothing acts on: it is only the instrument something else is about ("the
Conference of the Parties to the X Agreement", "under the X Agreement", "upgrading the X Agreement", "the
entry into force of the X Agreement"), not a document the meeting dealt with."""


_ONLY_INVOKED = re.compile(
    r"\b(?:implementation|importance|principles|purposes|spirit|provisions|relevance|recall(?:s|ed|ing)?"
    r"|(?:pursuant|according|adherence)[ \t\n]+to|(?:accordance|line|keeping|conformity)[ \t\n]+with"
    r"|(?:guided|bound)[ \t\n]+by|(?:based|founded)[ \t\n]+on|(?:enshrined|embodied|set[ \t\n]+out)[ \t\n]+in)"
    r"[ \t\n]+(?:(?:of|the|its|their|full|and|effective|universal|(?:19|20)\d\d)[ \t\n]+){0,5}$",
    re.IGNORECASE,
)
"""Right before a title nothing acts on: the text only invokes it ("the full and effective implementation of the
X", "reaffirmed the importance of the X", "the principles of the 1967 X", "Recalling the X", "in line with the
X"), so it is a document only if acted on."""

_MAKING_OF = re.compile(r"\b(?:conclusion|conclude|concluding|negotiations?)[ \t\n]+(?:of|on)[ \t\n]+(?:the[ \t\n]+)?$")
"""Right before an agreement: it is the one being made ("the conclusion of the X Agreement"), the topic itself."""


def _only_an_instrument(text: str, clause: Sentence, phrase_start: int) -> bool:
    """True when an agreement at ``phrase_start`` is only the instrument the clause is about something else of.

    So it is after "under", "upgrading", "the Parties to", "the entry into force of" ... (:data:`_INSTRUMENT_OF`),
    unless it is being concluded or negotiated (:data:`_MAKING_OF`) or a verb that acts on documents ("welcomed",
    "noted" ...) stands shortly before ("welcomed the entry into force of the X Agreement").
    """
    lo = max(clause.start, phrase_start - 60)
    if not _INSTRUMENT_OF.search(text, lo, phrase_start) or _MAKING_OF.search(text, lo, phrase_start):
        return False
    acts = (cue.lastgroup for cue in _ACTION.finditer(text, max(clause.start, phrase_start - 80), phrase_start))
    return all(kind in (None, "none") for kind in acts)


_TO_A_POST = re.compile(
    r"[ \t\n]+to[ \t\n]+(?:the[ \t\n]+|his[ \t\n]+|her[ \t\n]+)?(?:[A-Z][\w'’-]*[ \t\n]+){0,3}?"
    r"(?:Secretary-General|Secretary|Minister|President|Prime[ \t\n]+Minister|Chair|Chairman|Ambassador|King|Sultan"
    r"|Premier|Director-General|Envoy)\b"
)


_ON_IMPLEMENTING = re.compile(
    r"[ \t\n]+(?:on|of)[ \t\n]+(?:the[ \t\n]+)?(?:implementation|progress)[ \t\n]+of(?=[ \t\n]+(?:the[ \t\n]+)?[A-Z])"
)
"""After a lower-case report: what it reports on the carrying out of ("report on the implementation of the X")."""


_REPORT_MODIFIER = re.compile(r"\b(?:progress|final|status|mid-term|completion)[ \t\n]+$")
_A_NOUN = re.compile(r"\b(?:the|a|an|its|their)[ \t\n]+(?:(?:progress|final|status|mid-term|completion)[ \t\n]+)?$")
"""Right before a lower-case "report": a noun ("the final report on ..."), not the verb ("monitor and report on")."""


def _described(doc: Document, excluded: _Ranges) -> list[tuple[int, _Doc]]:
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if not _may_match(text, _LOWER_WORDS):
        return out
    for m in matches_at(_LOWER, text, _LOWER_START.finditer(text)):
        if excluded.covers(m.start()):
            continue
        clause = doc.sentence_at(m.start())
        if _TO_A_POST.match(text, m.end(), clause.end):
            continue  # "handed the signed declaration to the Secretary-General of ASEAN": a person, not a topic
        right = _RIGHT.match(text, m.end(), clause.end)
        noun = " ".join(m.group("noun").split()).lower()
        if right is None or not re.search(r"[A-Z]", right.group(0)):
            implementing = (
                _ON_IMPLEMENTING.match(text, m.end(), clause.end)
                if "report" in noun and _A_NOUN.search(text, max(clause.start, m.start() - 30), m.start())
                else None
            )
            if implementing is not None:
                # "noted the final report on the implementation of the X Work Programme 2031-2035"
                right = _RIGHT.match(text, implementing.end(), clause.end)
                if right is None or not re.search(r"[A-Z]", right.group(0)):
                    continue
            else:
                # "adopted a joint statement on strengthening cooperation in ...": a statement on a lower-case topic
                right = _LOWER_TOPIC.match(text, m.end(), clause.end) if noun in _TOPIC_NOUNS else None
                if right is None:
                    continue
        end = _trim_end(text, m.end(), right.end())
        phrase_start, title_start = m.start(), m.start("noun")
        modifier = None
        if noun == "report":
            modifier = _REPORT_MODIFIER.search(text, max(clause.start, m.start() - 20), m.start())
        if modifier is not None:
            phrase_start = title_start = modifier.start()  # "the progress report on ...": part of the title
        action, action_span, governed = _governing(text, clause, phrase_start, end)
        title = " ".join(text[title_start:end].split())
        title = title[0].upper() + title[1:]
        kind = _LOWER_KIND.get(noun, DocumentKind.OTHER)
        draft = m.group("draft") is not None
        issued = noun in _TOPIC_NOUNS and _ISSUED.search(text, max(clause.start, phrase_start - 30), phrase_start)
        # "issued a joint statement on ...": reported as issued, with no action of the schema's
        d = _Doc(
            title,
            kind,
            action,
            draft,
            [(phrase_start, end)],
            action_span,
            None,
            end,
            clause.start,
            governed,
            issued is None,
        )
        out.append((phrase_start, d))
    return out


_OWNED_REPORT = re.compile(r"\b(?:annual|progress|final|status|implementation|mid-term|completion)[ \t\n]+report\b")
_ACRONYM_BEFORE = re.compile(r"\(([A-Z][\w+&-]{1,15})\)[ \t\n]+$")


def _owned_reports(doc: Document, excluded: _Ranges) -> list[tuple[int, _Doc]]:
    """Lower-case reports named by their owner: "the ASEAN Plus Three Emergency Rice Reserve (APTERR) annual report".

    The title is the owner's acronym when it has one ("APTERR annual report"), else its capitalised name, also
    as a possessive ("the ASEAN-Korea Centre's annual report"); a report with no owner ("the annual report")
    is not read. The report must be acted on.
    """
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if "report" not in text:
        return out
    for m in _OWNED_REPORT.finditer(text):
        if excluded.covers(m.start()):
            continue
        clause = doc.sentence_at(m.start())
        acronym = _ACRONYM_BEFORE.search(text, max(clause.start, m.start() - 20), m.start())
        if acronym is not None:
            phrase_start, _p, _owner, _year = _left(doc, acronym.start(), clause.start)
            if phrase_start == acronym.start():
                continue  # an acronym alone in brackets is not an owner
            owner = acronym.group(1)
        else:
            title_start, phrase_start, possessor, _year = _left(doc, m.start(), clause.start)
            if title_start < m.start():
                owner = " ".join(text[title_start : m.start()].split())
                phrase_start = title_start
            elif possessor is not None and text[phrase_start : m.start()].rstrip().endswith("'s"):
                owner = f"{possessor}'s"  # "the ASEAN-Korea Centre's annual report"
            else:
                continue
        end = m.end()
        action, action_span, governed = _governing(text, clause, phrase_start, end)
        title = f"{owner} {' '.join(m.group(0).split())}"
        d = _Doc(
            title, DocumentKind.REPORT, action, False, [(phrase_start, end)], action_span, None, end, clause.start,
            governed, True,
        )  # fmt: skip
        out.append((phrase_start, d))
    return out


_SIGNED = re.compile(
    r"\bsigned[ \t\n]+(?:(?:an|a|the)[ \t\n]+)?(?P<noun>memorandum[ \t\n]+of[ \t\n]+understanding|MoU|MOU"
    r"|agreement|letter[ \t\n]+of[ \t\n]+intent)\b"
    r"(?P<comp>[ \t\n]+(?:on|for|in)[ \t\n]+[a-z][\w-]*(?:[ \t\n]+[a-z][\w-]*){0,7})?"
)
_COMP_STOP = frozenset(
    {"with", "between", "among", "at", "during", "which", "that", "to", "on", "by", "as", "from", "while",
     "after", "before", "under", "last", "this", "next", "today", "yesterday"}
)  # fmt: skip
_COMP_TRAIL = frozenset({"in", "and", "of", "the", "a", "an", "for"})
_NOT_A_SUBJECT = re.compile(
    r"[ \t\n]+(?:on|in|for)[ \t\n]+(?:the[ \t\n]+|a[ \t\n]+|its[ \t\n]+|their[ \t\n]+)?(?:sidelines|margins|occasion"
    r"|presence|behalf|first|second|third|same|day|morning|afternoon|evening|year|month|week|time|event|ceremony"
    r"|person|front|attendance|witness|turn|addition)\b"
)
"""A complement that says when or how it was signed, not what it is about ("on the sidelines of ...")."""


def _signed_lower(doc: Document) -> list[tuple[int, _Doc]]:
    """A signed lower-case agreement or memorandum: "signed a memorandum of understanding on technical assistance".

    The complement is read over lower-case words up to a word that opens something else ("with", "at" ...);
    capitalised complements are left to the described documents.
    """
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if "signed" not in text:
        return out
    for m in _SIGNED.finditer(text):
        comp = m.group("comp")
        if comp is None or _NOT_A_SUBJECT.match(comp):
            continue  # "signed an MoU" says not which one (a capitalised complement is read elsewhere)
        noun = " ".join(m.group("noun").split())
        words = list(_LEFT_TOKEN.finditer(text, m.start("comp"), m.end("comp")))
        keep = words[:2]
        for word in words[2:]:
            if word.group(0) in _COMP_STOP:
                break
            keep.append(word)
        while len(keep) > 2 and keep[-1].group(0) in _COMP_TRAIL:
            keep.pop()
        end = keep[-1].end()
        title = f"{noun} {' '.join(w.group(0) for w in keep)}"
        title = title[0].upper() + title[1:]
        clause = doc.sentence_at(m.start())
        d = _Doc(
            title, DocumentKind.AGREEMENT, Action.SIGNED, False, [(m.start("noun"), end)], (m.start(), m.start() + 6),
            None, end, clause.start, True, False,
        )  # fmt: skip
        out.append((m.start("noun"), d))
    return out


def _split_list(items: str, count: int) -> list[str] | None:
    parts = [p.strip() for p in re.split(r",[ \t\n]*(?:and[ \t\n]+)?|;[ \t\n]*(?:and[ \t\n]+)?", items) if p.strip()]
    if len(parts) == count - 1 and " and " in parts[-1]:
        last = parts.pop()
        head, _sep, tail = last.rpartition(" and ")
        parts += [head.strip(), tail.strip()]
    if len(parts) != count or any(len(p.split()) < 2 for p in parts):
        return None
    return parts


def _plural_kind(plural: str) -> tuple[DocumentKind, str]:
    """The kind and singular label of a plural document noun ("concept papers" -> concept paper, "Concept paper")."""
    return _PLURAL_KIND.get(plural.split()[0].lower(), (DocumentKind.OTHER, "Document"))


def _counted(doc: Document) -> list[tuple[int, _Doc]]:
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if not _may_match(text, _PLURAL_WORDS):
        return out
    for m in _COUNTED.finditer(text):
        raw = m.group("num")
        count = _NUMBERS.get(raw.lower()) or int(raw)
        clause = doc.sentence_at(m.start())
        action, action_span, _governed = _governing(text, clause, m.start(), m.end())
        if action is None:
            cue = _PASSIVE.search(text, m.end(), clause.end)
            if cue is None or cue.start() - m.end() > 120:
                continue
            action, action_span = Action(cue.group("verb")), (cue.start("verb"), cue.end("verb"))
        kind, label = _plural_kind(m.group("plural"))
        items = _items_after(doc, clause, count)
        if items is None:
            continue
        for start, end in items:
            item = " ".join(text[start:end].split())
            if item.lower().startswith("the "):
                item = item[4:]
            out.append(
                (
                    start,
                    _Doc(
                        f"{label} on {item}",
                        kind,
                        action,
                        False,
                        [(m.start(), m.end()), (start, end)],
                        action_span,
                        None,
                    ),
                )
            )
    return out


_FOLLOWING = re.compile(
    r"\b(?P<verb>adopted|signed|endorsed|noted|approved|welcomed)[ \t]+(?:and[ \t]+[a-z]+[ \t]+)?the[ \t]+following"
    r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?P<noun>documents|declarations|statements|agreements|papers|instruments|reports)"
    r"[ \t]*:[ \t]*\n"
)
_LIST_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022\u25cf\u25aa\u2013]|\(?(?:\d{1,2}|[a-z])[.)])?[ \t]*"
    r"(?P<item>[A-Z0-9\u201c\"][^\n]{2,200}?)[ \t]*[;,.]?(?:[ \t]+and)?[ \t]*(?:\n|$)"
)
_LINE_KIND = (
    (re.compile(r"\b(?:Joint[ \t]+Statement|Joint[ \t]+Communiqu[eé])\b"), DocumentKind.JOINT_STATEMENT),
    (re.compile(r"\b(?:Declaration|Concord)\b"), DocumentKind.DECLARATION),
    (re.compile(r"\b(?:Work[ \t]+Plan|Work[ \t]+Programme|Strategic[ \t]+Plan)\b"), DocumentKind.WORK_PLAN),
    (re.compile(r"\b(?:Agreement|Protocol|Treaty|Memorandum[ \t]+of[ \t]+Understanding)\b"), DocumentKind.AGREEMENT),
    (re.compile(r"\b(?:Report|Outlook|Review|Study)\b"), DocumentKind.REPORT),
    (re.compile(r"\bConcept[ \t]+(?:Paper|Note)\b"), DocumentKind.CONCEPT_PAPER),
    (re.compile(r"\bDiscussion[ \t]+Paper\b"), DocumentKind.DISCUSSION_PAPER),
    (re.compile(r"\bBudget\b"), DocumentKind.BUDGET),
)


_PLURAL_ON = re.compile(
    rf"\b(?P<verb>adopted|approved|noted|endorsed|welcomed)[ \t\n]+the[ \t\n]+(?:(?:two|draft)[ \t\n]+)?{_PLURAL}"
    r"[ \t\n]+on[ \t\n]+(?P<a>(?:the[ \t\n]+)?[A-Z][^,;.\n]{2,120}?)[ \t\n]+and[ \t\n]+on[ \t\n]+"
    r"(?P<b>(?:the[ \t\n]+)?[A-Z][^,;.\n]{2,120}?)(?=[ \t\n]*(?:[,;.]|$))"
)


def _papers_on(doc: Document) -> list[tuple[int, _Doc]]:
    """Two papers in one phrase: "approved the concept papers on the X and on the Y" (one document each)."""
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if " and on " not in text:
        return out
    for m in _PLURAL_ON.finditer(text):
        kind, label = _plural_kind(m.group("plural"))
        for group in ("a", "b"):
            item = " ".join(m.group(group).split())
            item = item[4:] if item.startswith("the ") else item
            out.append((m.start(group), _Doc(f"{label} on {item}", kind, Action(m.group("verb")), False,
                                             [(m.start("plural"), m.end("plural")), (m.start(group), m.end(group))],
                                             (m.start("verb"), m.end("verb")), None, end=m.end(group),
                                             clause_start=m.start())))  # fmt: skip
    return out


_UNTITLED_STATEMENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)[ \t\n]+(?P<mods>(?:[a-z\d]+-point|final|brief|short)[ \t\n]+)?"
    r"(?P<joint>joint)[ \t\n]+(?P<kind>(?:(?:ministerial|press|media|leaders'?)[ \t\n]+)?)"
    r"(?P<noun>statement|communiqu[eé])\b"
)
"""A lower-case joint statement without a title: "a joint statement", "the nine-point joint statement", "a joint
ministerial statement", "their joint press statement"."""
_UNTITLED_VERB_AFTER = re.compile(
    r"[ \t\n]+(?:(?:was|were|has[ \t\n]+been|had[ \t\n]+been)[ \t\n]+)?"
    r"(?P<verb>adopted|issued|released|endorsed|signed)\b"
)
_UNTITLED_SOURCE = re.compile(r"\b(?:[Ii]n|according[ \t\n]+to)[ \t\n]+$")
"""Right before an untitled joint statement: the text quotes it as its source ("In a joint statement, the
ministers ...", "said in their joint statement", "according to a joint statement issued ...")."""
_UNTITLED_OF = re.compile(
    r"[ \t\n]+of[ \t\n]+the[ \t\n]+(?:[\w'’+-]+[ \t\n]+){0,6}?"
    r"(?:summit|meeting|session|conference|forum|leaders|ministers)\b"
)
"""Whose statement it is, when said right after it: "a joint statement of the special summit"."""


def _untitled_statement(doc: Document, found: Found) -> list[tuple[int, _Doc]]:
    """The text's one joint statement when it is not named otherwise.

    It is read when acted on ("adopted a joint statement", "the adoption of a nine-point joint statement", "a joint
    ministerial statement issued after the session") or quoted as a source ("In their joint statement, the
    ministers ..."); the first such one counts. Its title is "Joint statement" (with "ministerial", "press" ... as
    written) and whose it is when the text says so right after it ("of the special summit"), else the held meeting
    it comes from (:func:`_statement_meeting`).
    """
    text = doc.text
    if "joint" not in text:
        return []
    for m in _UNTITLED_STATEMENT.finditer(text):
        clause = doc.sentence_at(m.start())
        phrase_start = m.start("mods") if m.group("mods") else m.start("joint")
        end = m.end("noun")
        after = _UNTITLED_VERB_AFTER.match(text, end, clause.end)
        action: Action | None
        if after is not None:
            verb = after.group("verb")
            action = Action(verb) if verb in {a.value for a in Action} else None
            action_span: tuple[int, int] | None = (after.start("verb"), after.end("verb"))
        else:
            action, action_span, _governed = _governing(text, clause, phrase_start, end)
            if action is None and not _UNTITLED_SOURCE.search(text, max(clause.start, m.start() - 20), m.start()):
                continue  # "discussed a joint statement", "a joint statement would be issued": not one acted on
        of = _UNTITLED_OF.match(text, end, clause.end)
        title_end = of.end() if of is not None else end
        title = "Joint " + " ".join(text[m.end("joint") : title_end].split())
        start = m.start("joint")
        whose = _statement_meeting(doc, found, start) if of is None else None
        if whose is not None:
            title = f"{title} of the {whose.name}"  # "the 13 countries said in a joint statement": the meeting's
        return [(start, _Doc(title, DocumentKind.JOINT_STATEMENT, action, False, [(start, title_end)],
                             action_span, None, end=title_end, clause_start=clause.start))]  # fmt: skip
    return []


def _statement_meeting(doc: Document, found: Found, at: int) -> Meeting | None:
    """The meeting an untitled joint statement at ``at`` comes from, if the text makes it clear.

    The meeting named last in the statement's sentence, or the text's first meeting when that is the one named
    last before it; either must have been held (not be still to come).
    """
    meeting = found.meeting_at(at)
    if meeting is None or meeting.status is not MeetingStatus.HELD:
        return None
    sentence = doc.sentence_at(at)
    in_sentence = any(m.record_id == meeting.id and sentence.start <= m.start < at for m in found.meeting_mentions)
    if in_sentence or meeting.id == found.meetings[0].id:
        return meeting
    return None


def _following_list(doc: Document) -> list[tuple[int, _Doc]]:
    """Documents listed one per line after "adopted the following documents:" (a bullet list in the source)."""
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    if "following" not in text:
        return out
    for m in _FOLLOWING.finditer(text):
        action = Action(m.group("verb"))
        at = m.end()
        while at < len(text):
            line = _LIST_LINE.match(text, at)
            if line is None:
                break
            start, end = line.start("item"), _trim_end(text, line.start("item"), line.end("item"))
            title = " ".join(text[start:end].split()).strip('\u201c\u201d"')
            kind = next((k for pattern, k in _LINE_KIND if pattern.search(title)), DocumentKind.OTHER)
            out.append((start, _Doc(title, kind, action, False, [(start, end)], (m.start("verb"), m.end("verb")),
                                    None, end=end, clause_start=start)))  # fmt: skip
            at = line.end()
    return out


def _items_after(doc: Document, clause: Sentence, count: int) -> list[tuple[int, int]] | None:
    """The ``count`` items that the next sentences list, as ranges of the normalised text."""
    text = doc.text
    i = doc.sentence_index(clause.end - 1) + 1
    following = doc.sentences[i : i + count + 2]
    for s in following[:2]:
        intro = _LIST_INTRO.search(text, s.start, min(s.end, s.start + 60))
        if intro is None:
            continue
        end = s.end
        reported = _REPORTED.search(text, max(intro.end(), end - 40), end)
        if reported is not None:
            end = reported.start()
        end = _trim_end(text, intro.end(), end)
        parts = _split_list(text[intro.end() : end], count)
        if parts is None:
            return None
        ranges = []
        pos = intro.end()
        for part in parts:
            at = text.find(part, pos, end)
            if at < 0:
                return None
            ranges.append((at, at + len(part)))
            pos = at + len(part)
        return ranges
    ranges = []
    for s in following:
        enum_m = _ENUMERATED.match(text, s.start, s.end)
        if enum_m is None:
            break
        ranges.append((enum_m.end(), _trim_end(text, enum_m.end(), s.end)))
    return ranges if len(ranges) == count else None


_AND = re.compile(r"[ \t\n]*,?[ \t\n]*(?:and|as[ \t\n]+well[ \t\n]+as)[ \t\n]+(?:the[ \t\n]+|a[ \t\n]+|its[ \t\n]+)?")


def _coordinate(text: str, hits: list[tuple[int, _Doc]]) -> None:
    """Give a document joined by "and" to the one before it (in the same clause) that one's action."""
    for k in range(1, len(hits)):
        start, d = hits[k]
        prev = hits[k - 1][1]
        if d.governed or prev.clause_start != d.clause_start or prev.end > start:
            continue
        if _AND.fullmatch(text, prev.end, start):
            d.action, d.action_span, d.governed = prev.action, prev.action_span, prev.governed


_EXPANDED = re.compile(r"^.*?\(([A-Z][\w+&-]{1,15})\)(?=[ \t\n]+\S)")


def _fold(title: str) -> str:
    """The key a title is merged by.

    Its words, with a name written out before its acronym reduced to the acronym: "Initiative for ASEAN
    Integration (IAI) Work Plan III" and "IAI Work Plan III" are one document.
    """
    title = _EXPANDED.sub(r"\1", title, count=1)
    return re.sub(r"[^\w]+", " ", title.casefold()).strip()


def _record(doc: Document, d: _Doc) -> DocumentAction:
    prov: list[FieldProvenance] = [doc.provenance("title", tuple(d.spans))]
    prov.append(doc.provenance("kind", (d.spans[0],)))
    if d.action is not None and d.action_span is not None:
        prov.append(doc.provenance("action", (d.action_span,)))
    return DocumentAction(
        title=d.title, kind=d.kind, action=d.action, draft=d.draft, meeting=d.meeting, provenance=tuple(prov)
    )


_PLAN_ACTS = frozenset({Action.ADOPTED, Action.APPROVED, Action.ENDORSED, Action.SIGNED})
"""Acts that make a plan of action a document as well (a plan only noted or welcomed is one the meeting reviewed)."""


def _acted_on_plans(doc: Document) -> list[tuple[int, _Doc]]:
    """Named plans of action a verb acts on ("adopted the X Plan of Action 2031-2035"): documents too.

    The plans stage reads them as plans; one acted on is also a document the meeting dealt with (kind other).
    A plan only mentioned ("under the X Plan of Action") or named without its own words ("the Plan of Action")
    is not one.
    """
    text = doc.text
    out: list[tuple[int, _Doc]] = []
    for p in plan_mentions(doc):
        if p.work not in ("", "action") or p.from_partnership or not (p.specific or p.continued):
            continue
        clause = doc.sentence_at(p.start)
        action, action_span, governed = _governing(text, clause, p.start, p.end)
        if action is not None and action not in _PLAN_ACTS:
            continue
        end = _trim_end(text, p.start, p.end)
        title = " ".join(text[p.start : end].split())
        # with no verb of its own it may share the one of a document joined by "and" (needs_action drops it if not)
        d = _Doc(title, DocumentKind.OTHER, action, False, [(p.start, end)], action_span, None, end=end,
                 clause_start=clause.start, governed=governed, needs_action=True)  # fmt: skip
        out.append((p.start, d))
    return out


def find_documents(doc: Document, found: Found) -> Found:
    """Add the documents ``doc`` reports acted on (or named) to ``found``.

    Args:
        doc: The document.
        found: Records so far; the meeting in force at each document is recorded on it.

    Returns:
        ``found`` with ``documents`` extended, one record per distinct title, in order of first mention.
    """
    excluded = [(p.start, p.name_end) for p in plan_mentions(doc) if p.work in ("", "action")]
    counted = _counted(doc)
    counted_at = [(d.spans[0][0], d.spans[0][1]) for _s, d in counted]
    signed = _signed_lower(doc)
    signed_at = [(d.spans[0][0], d.end) for _s, d in signed]
    described = _described(doc, _Ranges(excluded + counted_at + signed_at))
    # "the progress report on the implementation of the X Agreement": the report, not the agreement
    reports_at = [(d.spans[0][0], d.end) for _s, d in described if d.kind is DocumentKind.REPORT]
    titled = _titled(doc, _Ranges(excluded + signed_at + reports_at))
    titled_at = [(d.spans[0][0], d.end) for _s, d in titled]
    hits = titled + described + counted + signed
    hits += _following_list(doc) + _papers_on(doc) + _acted_on_plans(doc)
    if not any(d.kind is DocumentKind.JOINT_STATEMENT for _s, d in hits):
        hits += _untitled_statement(doc, found)
    hits += _owned_reports(doc, _Ranges(excluded + titled_at))
    hits.sort(key=lambda x: x[0])
    _coordinate(doc.text, hits)
    merged: dict[str, _Doc] = {}
    for start, d in hits:
        if d.needs_action and d.action is None:
            continue
        key = _fold(d.title)
        if " " not in key:
            # "the adoption of the Outlook" after "the ASEAN Outlook on the Indo-Pacific": that document again
            earlier = [k for k in merged if key in k.split()]
            if len(earlier) == 1:
                key = earlier[0]
        if key in merged:
            old = merged[key]
            old.spans.extend(d.spans)
            if old.action is None and d.action is not None:
                old.action, old.action_span = d.action, d.action_span
            old.draft = old.draft or d.draft
            continue
        meeting = found.meeting_at(start)
        d.meeting = meeting.id if meeting is not None else None
        merged[key] = d
    if not merged:
        return found
    return attrs.evolve(found, documents=found.documents + tuple(_record(doc, d) for d in merged.values()))
