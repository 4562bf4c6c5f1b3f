"""Stage: meetings reported as held, being held or scheduled, with their dates, place, mode, chairs and more.

The stage works in four steps:

1. **Mentions.** Capitalised names that end in a meeting word (*Meeting*, *Summit*,
   *Conference*, *Session*, *Dialogue*, *Retreat* ...), optionally with an ordinal
   (``53rd``, ``first``) and a complement (``on ...``, ``of the ...``, ``with <partner>``);
   knowledge-base series acronyms used as meeting names (``the 53rd AMM``); lower-case
   meetings of a known series that a verb reports as held or chaired (``chaired a joint
   consultative meeting``); an announced next meeting (``the next meeting will be held in
   ...``), which is the current meeting's series with its ordinal plus one; and anaphora
   (``the meeting``, ``the gathering``, ``both meetings``, ``all three sessions``; ``the ministerial
   meeting`` is the last one whose name says it is a ministers' meeting) that point back to the
   meetings already named (a plural one to each of them, for chairs and themes too).
2. **Clusters.** Mentions of one meeting (same series and ordinal, or same name)
   become one meeting with several spans.
3. **Attributes**, sentence by sentence: a date, a mode or a theme goes to the
   nearest mention in its sentence; hosts, cities, chairs, partners and parents come
   from patterns around the mention: brackets after a name ("(Langkawi, 24-26 May
   2025)", "(virtual, 3 June)"), a visit made to attend it ("will be in Jakarta ... to
   attend the X"); chairs written in full, by one word of a name given before
   ("Secretary Cruz co-chaired") or by a title only the text's one holder bears
   ("Samdech Techo Prime Minister chaired"), by "He"/"She" opening the sentence after
   one that names only one person (recorded as coreference), "in her capacity as
   Co-chair" and "The Meeting was co-chaired with P"; the Plus countries listed beside an
   ADMM-Plus style meeting as its partners. A year before a name ("the 2018 X
   Special Summit") makes that year's meeting; a special, informal or retreat meeting
   is not merged into its series' regular one; sessions a meeting "comprised" are parts
   of it, not meetings.
4. **Inference**, each with a recorded reason: missing years from the document's
   year (dateline, full dates, or the ASEAN chair year that the text implies), dates
   and hosts of numbered meetings from the knowledge base's edition tables; days from
   words against the text's own date ("today", "yesterday", "on Tuesday"), from another
   meeting ("a day after the X", "on the same day"); ASEAN Plus Three partners.

The dateline dates the text, never a meeting by itself. A name that never appears as
an event (no ordinal, no date, no event verb, not a heading), a point in time ("since
the 1st X"), a body's founding ("established in 1994") and a meeting of a grouping ASEAN
is not (G20, APEC ...) make no meeting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from asean_records.model import (
    Basis,
    DateRange,
    FieldProvenance,
    InferenceReason,
    Meeting,
    MeetingMode,
    MeetingStatus,
    PartialDate,
    Precision,
    Provenance,
)
from asean_records.model.ids import key_text
from asean_records.parse.document import DateMention, Document, NameHit, Sentence
from asean_records.parse.found import Found, Mention
from asean_records.parse.stages._names import is_title_word
from asean_records.parse.stages.dates import MONTHS
from asean_records.parse.stages.sentences import ABBREVIATIONS
from asean_records.reference import (
    BodyKind,
    Edition,
    MeetingSeries,
    asean_members,
    chair_chairs,
    chair_years,
    find_body,
    find_country,
    find_edition,
)
from asean_records.reference import country as _country
from asean_records.reference import find_series as _kb_find_series
from asean_records.reference import series as _kb_series

__all__ = ["find_meetings"]

find_series = functools.lru_cache(maxsize=8192)(_kb_find_series)
"""The knowledge base's series lookup, memoised: the same names recur in every document."""
series = functools.lru_cache(maxsize=1024)(_kb_series)
"""The series with a key, memoised."""

_HEADS = (
    "Meeting|Meetings|Summit|Summits|Conference|Conferences|Forum|Dialogue|Session|Sessions|Retreat|Consultation|"
    "Consultations|Interface|Workshop|Symposium|Congress|Assembly|Talks|Roundtable|Round Table"
)
_HEAD_WORDS = frozenset(h.lower() for h in _HEADS.split("|"))
_EVENT_HEADS = frozenset(
    {"meeting", "meetings", "summit", "conference", "conferences", "session", "sessions", "retreat", "interface",
     "dialogue", "consultation", "consultations", "workshop", "symposium", "talks", "roundtable"}
)  # fmt: skip
_TOKEN = re.compile(r"\([^()\n]{0,60}\)|[\w][\w'.+&]*(?:-[\w'.+&]+)*|[^\w\s]")
_CONNECTORS = frozenset({"of", "the", "on", "and", "for", "with", "to", "in", "de"})
_LEADING_PREPOSITIONS = frozenset(
    {"At", "During", "After", "Before", "Following", "Since", "From", "Under", "Throughout", "Upon", "Alongside",
     "Ahead", "Like", "Unlike", "Until", "Through", "Via", "Besides", "Beside", "Within", "Amid", "Prior", "Towards",
     "Toward", "On", "In", "For", "By", "With", "Of"}
)  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "inaugural": 1,
}  # fmt: skip
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
for _stem, _tens in _TENS.items():
    _ORDINAL_WORDS[_stem + "ieth"] = _tens  # "fiftieth"
    for _unit, _n in list(_ORDINAL_WORDS.items())[:9]:
        _ORDINAL_WORDS[f"{_stem}y-{_unit}"] = _tens + _n  # "fifty-sixth", "twenty-first"
_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_GENERIC = frozenset(
    {"the", "this", "that", "these", "those", "both", "each", "related", "other", "such", "all", "next", "previous",
     "last", "same", "our", "its", "their", "his", "her", "a", "an", "said", "above", "following", "various",
     "several", "two", "three", "four", "many", "special", "informal", "annual", "regular", "relevant", "high-level",
     "ministerial", "plenary", "opening", "closing", "virtual", "joint", "bilateral", "first", "second", "third",
     "today's", "today’s", "open", "restricted"}
)  # fmt: skip
_ANAPHOR = re.compile(
    r"\b(?:(?:[Aa]ll\s+)?(?:[Tt]he|[Tt]hese)\s+(?:two|three|four|five)\s+|[Aa]ll\s+(?:two|three|four|five)\s+|"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Bb]oth(?:\s+the)?|[Ee]ach|[Tt]hese|[Aa]ll(?:\s+(?:of\s+)?(?:the|these))?)\s+"
    r"(?:(?:one|two|three|four|five)-day\s+|half-day\s+|inaugural\s+|first-ever\s+|landmark\s+|historic\s+)?)"
    r"(?:[Mm]eetings?|[Ss]ummits?|[Cc]onferences?|[Ss]essions?|[Rr]etreats?|[Ff]orum|[Gg]athering)\b"
)
# "It was chaired by ...", "It was held on ...": a sentence about the meeting named last
_IT_EVENT = re.compile(
    r"[ \t*_]*It\s+(?:was|will\s+be|is)\s+(?:also\s+)?(?:co-chaired|chaired|held|convened|hosted|attended|opened)\b"
)


def _pronoun(text: str, s_index: int, sentence: Sentence) -> list[_Mention]:
    """A sentence opening with "It" that reports a meeting ("It was chaired by ..."): an anaphor of the last one."""
    it = _IT_EVENT.match(text, sentence.start, sentence.end)
    if it is None:
        return []
    at = text.index("It", it.start())
    return [_Mention(start=at, end=at + 2, name="", ordinal=None, series=None, sentence=s_index, named=False,
                     anaphor=True, pronoun=True)]  # fmt: skip


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_PLURAL_HEAD = re.compile(r"(?:meetings|summits|conferences|sessions|retreats)$")


def _plural_count(word: str) -> int | None:
    """How many meetings a plural anaphor covers.

    2 for "both meetings", 3 for "all three sessions", 0 for an uncounted plural ("these meetings", "all the
    sessions", "the meetings") and ``None`` for a singular.
    """
    words = word.lower().split()
    if not _PLURAL_HEAD.search(words[-1]) and words[0] != "both":
        return None
    for w in words:
        if w in _COUNTS:
            return _COUNTS[w]
    if words[0] in {"these", "all"} or (words[0] == "the" and len(words) == 2):
        return 0
    return None


_EVENT_CUE = re.compile(
    r"\b(?:held|hold|holds|holding|host|hosts|hosted|hosting|convene|convened|convenes|convening|chair|chaired|"
    r"co-chaired|chairs|attend|attended|attends|attending|took place|take place|takes place|taking place|opened|"
    r"concluded|participated|participate|met|meet|gathered|joined|during|sidelines?|margins?|ahead of|prior to|"
    r"back-to-back|virtually|videoconference|video conference|video-conference|in-person|in person|hybrid|"
    r"scheduled|upcoming|commemorate|at the|preceded(?:\s+[a-z]+){0,4}\s+by|followed(?:\s+[a-z]+){0,4}\s+by|"
    r"related\s+(?:sessions|meetings|summits)\s+(?:include|included|are|were)|kicked off|began|closed|wrapped up|"
    r"arrived\s+(?:[\w,]+\s+){0,6}?for)\b"
    r"(?!\s+(?:role|roles|power|powers|rights|duties|position|country|nation)\b)",  # "the convening role": no event
    re.IGNORECASE,
)
_STRONG_CUE = re.compile(
    r"\b(?:held|hosted|convened|took place|takes place|virtually|video[- ]?conferenc\w*|in[- ]person|hybrid|"
    r"(?:was|were) (?:followed|preceded) by|"
    r"attended|attending|chaired|co-chaired|(?:co-)?chairing|(?:will|to|shall|would)\s+(?:co-)?chair|"
    r"(?:will|to|shall|would)\s+attend|meetings?)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|to be held|to be convened|is to|are to|scheduled|upcoming|next year|later this year|"
    r"would be held|would be convened|would be hosted|would take place|"
    r"set to|plans? (?:for|to)|forthcoming|expected to)\b",
    re.IGNORECASE,
)
_MODES: tuple[tuple[re.Pattern[str], MeetingMode], ...] = (
    (re.compile(r"\bhybrid\b", re.IGNORECASE), MeetingMode.HYBRID),
    (re.compile(r"\b(?:virtually|virtual (?:meeting|format|summit|conference|session|mode)|"
                r"via video[- ]?conferenc(?:e|ing)|by video[- ]?conferenc(?:e|ing)|video[- ]?conferenc(?:e|ing)|"
                r"online (?:meeting|format)|held online|teleconference|via (?:zoom|webex))\b", re.IGNORECASE),
     MeetingMode.VIRTUAL),
    (re.compile(r"\b(?:in[- ]person|face[- ]to[- ]face|physically)\b", re.IGNORECASE), MeetingMode.IN_PERSON),
)  # fmt: skip
# "under the theme "X"", "themed "X"", "the theme of Indonesia's Chairmanship this year, "X"", "carrying the
# Chairmanship theme, "X"": the quoted words after "theme" (or "banner") with no sentence end or quote between
_THEME = re.compile(
    r"\b(?:themed?|under\s+the\s+banner)\b[^\"“”\n.;]{0,80}?[:,]?\s*[*_]{0,2}[\"“]((?:[^\"“”\n]|\n(?!\s*\n)){3,200}?)"
    r"[,.]?[\"”]",
    re.IGNORECASE,
)
_THEME_AFTER_COMMA = re.compile(r",\s*(?:and\s+)?(?:under|with|carrying|bearing)\s+(?:the\s+)?$", re.IGNORECASE)
_PARENT_CUE = re.compile(
    r"\s*(?:,\s*)?(?:which (?:was|were) )?(?P<all>(?:both|all|each) (?:of (?:them|which) )?)?"
    r"(?:held |convened |organi[sz]ed )?(?:on the sidelines? of|on the margins? of|"
    r"back-to-back with|as part of|in conjunction with|in the framework of|at|during|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# strong cues that may follow a date and a place: "X on 12 July in Jakarta, on the sidelines of the Y"
_PARENT_TAIL = re.compile(
    r"(?:,\s*|\s)(?:which (?:was|were) )?(?:held )?(?:on the sidelines? of|on the margins? of|back-to-back with|"
    r"as part of|in conjunction with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|while|where|but)\s+(?:the\s+)?[a-z]+(?:ed|s)\b")
_PARENT_FRONT = re.compile(r"\s*(?:[Oo]n|[Aa]t) the (?:sidelines?|margins?) of (?:the )?")
_HOSTS = re.compile(r"\b(?:virtually\s+|successfully\s+|officially\s+)?host(?:ed|s|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
_IN_PLACE = re.compile(r"^\s*(?:,\s*)?(?:(?:which (?:was|were|is|will be) )?(?:held|convened|hosted|taking place|"
                       r"took place|to be held)\s+)?in\s+$", re.IGNORECASE)  # fmt: skip
_CHAIR_WORD = re.compile(
    r"\b(?:co-)?chair(?:ed|s|ing|man|woman|person|manship)?\b|\bpresid(?:ed|es|ing)\b|\bled\b", re.IGNORECASE
)
_SKIP_DATE_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}?(?:press release|statement|social media|post|report|interview|article|letter|"
    r"announcement|news)\b",
    re.IGNORECASE,
)
_CHAIRMANSHIP = re.compile(r"(?:'s?\s+|\bof\s+)(?:ASEAN\s+)?Chairmanship\b|\bASEAN\s+Chair(?:man)?\s+", re.IGNORECASE)
_SPELLED_ORDINAL = re.compile(r"^(?:[a-z]+y-)?(?:first|second|third|[a-z]+th|inaugural)\s+", re.IGNORECASE)
_HEADING_STOP = frozenset({"at", "during", "held", ",", ":", ";", "-", "on", "in", "hosted", "chaired", "|"})
_INSTITUTIONAL = re.compile(
    r"\b(?:annuali[sz]ation|institutionali[sz]ation|elevation|establishment|format|mechanism|modalit(?:y|ies)|"
    r"framework|upgrading|regulari[sz]ation)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,|and|as well as)\s+(?:the\s+)?")
# between a date and the meeting it heads: "8 May X", "**Saturday 17 March** - the X"
_DATE_LEADS = re.compile(r"[ \t*_]{0,4}(?:[-–—:][ \t]*)?(?:the\s+)?")
_POSSESSIVE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class _Mention:
    start: int
    end: int
    name: str
    ordinal: int | None
    series: str | None
    sentence: int
    named: bool
    anaphor: bool = False
    heading: bool = False
    partners: tuple[tuple[str, int, int], ...] = ()
    acronym: bool = False
    follows: bool = False  # "the next meeting", "another meeting next year": the next of the current series
    sibling: bool = False  # one of coordinated ordinals sharing a name ("the 40th and 41st X Summits")
    aliases: tuple[str, ...] = ()  # names written in brackets after it ("(AEM Retreat)")
    pronoun: bool = False  # "It was chaired by ...": the meeting named last
    level: str = ""  # "the ministerial meeting": the meeting named last whose name holds this word
    described: tuple[str, ...] = ()  # "the governing board meeting": the meeting named last with all these words


_PARENS = re.compile(r"\s*\([^()]*\)")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_S = re.compile(r"'s$")
_LEADING_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\s+", re.IGNORECASE)
_ALIAS_NOISE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\s+|\s*\d+$")
_ALIASES = re.compile(r"\(([^()]*)\)")
_ACRONYM_IN_PARENS = re.compile(r"\s*\(([A-Z][A-Za-z-]{1,15})\)")
_ORDINAL_BEFORE = re.compile(r"(\d{1,3}(?:st|nd|rd|th)|\b[A-Za-z]+(?:-[A-Za-z]+)?)\s+$", re.IGNORECASE)
"""An ordinal right before an acronym: "the 53rd AMM", "the third APT EMM", "the Twenty-Third AMEM"."""
_COUNTING_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|their|its|our|my))\s+$", re.IGNORECASE)
"""Right before a lower-case ordinal: a count of someone's meetings ("his fourth AMM"), not the series number."""
_LOWER_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:and|or|in|on|at|to|for|by|was|were|will|is|are|has|had|with|from|the|this|that|which|who)\b)"
    r"[a-z]"
)
"""A lower-case word right after an acronym that is no verb or link: the acronym qualifies it ("AMEM dialogue")."""


_NUMBER_AFTER = re.compile(
    r"[ \t]+(\d{1,2})(?=[),.;:]|[ \t]*$|[ \t]+(?:and|in|on|at|was|were|will|is|are|has|had|opened|closed|"
    r"took|the)\b)",
    re.MULTILINE,
)
"""A number right after an acronym, as in "ASED 8 closed" or "host ASED 9 in 2016": the meeting's ordinal."""
_HEAD_AFTER = re.compile(r"\s+(?:meeting|summit|conference|session)s?\b", re.IGNORECASE)
_ACRONYM_SURFACE = re.compile(r"[A-Z][\w+-]*( WG)?")
_AND = re.compile(r"\band\b")
_HOSTED_BY = re.compile(r"\bhosted by\s+(?:the\s+)?", re.IGNORECASE)
_IN = re.compile(r"\bin\s+")
_CITY_COMMA = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?),\s+")
_PLURAL_SUBJECT = re.compile(r"\b(?:both|the two|these)\b", re.IGNORECASE)
_ALL_BEFORE_CHAIRED = re.compile(r"\b(?:were|are|will\s+be|have\s+been|had\s+been)\s+(?:all|each)\s+$")
"""Right before "chaired by": every meeting of the subject's list has that chair ("... were all chaired by P")."""


def _clean_name(raw: str) -> str:
    name = _PARENS.sub("", raw)
    name = _SPACES.sub(" ", name).strip(" ,;:-")
    if name.count("(") > name.count(")"):
        name = name.lstrip("( ")  # "(Senior Officials' Meeting: 26-27 November; ...)": the bracket is no part of it
    name = _LEADING_THE.sub("", name)
    return _TRAILING_S.sub("", name)


_RETREAT = re.compile(r"\bRetreat\b")  # "the X Meeting Retreat": a meeting of its own beside the numbered X
_QUALIFIED = re.compile(r"^(?:Informal|Special|Extraordinary|Emergency)\s+", re.IGNORECASE)
_INNER_QUALIFIER = re.compile(r" (?:Special|Commemorative|Extraordinary|Informal|Emergency) ")
_MEETING_OF = re.compile(r"^(?:Meeting|Retreat)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def _series_for(name: str, aliases: Iterable[str]) -> MeetingSeries | None:
    core = _LEADING_ORDINAL.sub("", name)
    first, _, rest = core.partition(" ")
    if rest and first.lower() in _ORDINAL_WORDS:
        core = rest  # "Eighteenth East Asia Summit"
    found = find_series(core)
    if found is not None:
        for alias in aliases:  # "a Senior Officials Meeting (SOM-AMAF)": the bracket names the narrower series
            narrower = find_series(_ALIAS_NOISE.sub("", alias.strip()) or "-")
            if narrower is not None and narrower.key != found.key and narrower.key.startswith(found.key):
                return narrower
        return found
    if core.endswith(" Meeting"):
        found = find_series(core[: -len(" Meeting")])  # "ASEAN Socio-Cultural Community Council Meeting"
        if found is not None:
            return found
    # "Informal Meeting of ASEAN Defence Ministers", "Special ASEAN Foreign Ministers' Meeting", "ASEAN-U.S.
    # Special Summit": that series
    plain = _INNER_QUALIFIER.sub(" ", _QUALIFIED.sub("", core))
    of = _MEETING_OF.match(plain)
    for candidate in (plain, *((of.group(1), of.group(1) + " Meeting") if of else ())):
        found = find_series(candidate) if candidate != core else None
        if found is not None:
            return found
    words = core.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() in _HEAD_WORDS:
            # "X Meeting with Japan" is a meeting of X; only the last meeting word counts ("East Asia Summit
            # Senior Officials' Meeting" is no East Asia Summit), and a topic makes another series ("Ministerial
            # Meeting on Transnational Crime" is not the "Ministerial Meeting")
            if k < len(words) - 1 and words[k + 1].lower() not in {"on", "for"}:
                found = find_series(" ".join(words[: k + 1]))
                if found is not None:
                    return found
            break
    for alias in aliases:
        alias = _ALIAS_NOISE.sub("", alias.strip())
        found = find_series(alias) if alias else None
        if found is not None:
            return found
    flipped = _PARTNER_FIRST.match(core)
    if flipped is not None:  # "U.S.-ASEAN Special Summit" is the "ASEAN-U.S." series written partner first
        return _series_for(f"ASEAN-{flipped.group(1)}{flipped.group(2)}", ())
    return None


_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_PARTNER_FIRST = re.compile(r"^([A-Z][\w.]*)[-\u2013]ASEAN\b(.*)$")


_HEADING_COMPLEMENT = frozenset({"of", "on", "for", "with", "between", "among"})
_CAPS_HEADLINE_VERBS = frozenset(
    {"chairs", "hosts", "holds", "attends", "joins", "leads", "opens", "convenes", "launches", "welcomes", "urges",
     "calls", "concludes", "wraps", "begins", "kicks", "adopts", "convened", "held", "opened", "concluded", "hosted",
     "chaired", "attended", "joined", "adopted", "launched", "closed", "ended", "closes", "ends", "host", "chair",
     "attend", "join", "lead", "open", "convene", "launch", "welcome", "urge", "call", "conclude", "begin", "adopt",
     "hold"}
)  # fmt: skip
"""Words of an all-capitals headline that end a meeting's name on its left ("X CHAIRS THE Y MEETING")."""
_HEADLINE_VERBS = frozenset(
    {"opens", "opened", "open", "begins", "began", "starts", "kicks", "ends", "concludes", "concluded", "closes",
     "wraps", "convenes", "convened", "takes", "took", "discuss", "discusses", "discussed", "adopts", "adopted",
     "agree", "agrees", "agreed", "reaffirm", "reaffirms", "calls", "urges", "highlights", "focuses", "to", "set",
     "meets", "met", "underway", "gets", "marks", "launches", "launched", "welcomes", "welcomed", "is", "are",
     "was", "were", "will"}
)  # fmt: skip
_PLACE_KINDS = frozenset({"country", "city", "demonym"})


_POST_AFTER_WITH = re.compile(
    r"(?:Prime\s+Minister|President|Premier|Chancellor|Foreign\s+Minister|Minister|Secretary|Vice\s+President|"
    r"Deputy\s+Prime\s+Minister|King|Sultan|Emperor)\b"
)  # "the X Summit with Prime Minister NAME": who it was held with, not its name
_ONE_PARTNER_SESSION = re.compile(r"\+\s?1\b|\bSession\b")  # "the ASEAN PMC+1 Session with Japan": named by it
_MEETING_BODY = re.compile(r"\b(?:Meeting|Summit|Conference)\b")


def _country_ends_at(doc: Document, end: int) -> bool:
    """Whether a country's name ends at ``end`` ("... the Republic of Korea")."""
    return any(h.end == end for h in doc.names_in(max(0, end - 40), end, "country"))


def _with_person(doc: Document, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the "with" after token ``j`` introduces a person ("with Japanese Foreign Minister NAME")."""
    if j + 2 >= len(tokens):
        return False
    at = tokens[j + 2][0]
    return _person_follows(doc, at) or _POST_AFTER_WITH.match(doc.text, at) is not None


def _person_follows(doc: Document, start: int) -> bool:
    """A demonym or a post starts at ``start`` ("with Japanese Foreign Minister ...", "with Minister ...")."""
    if doc.first(start, start + 1, lambda h: h.kind == "demonym" and h.start == start) is not None:
        return True
    word = doc.text[start : start + 40].split(" ", 1)[0]
    return is_title_word(word) or word.rstrip(".") in {"H.E", "Mr", "Ms", "Dr", "Madam"}


def _in_ends_name(doc: Document, tokens: list[tuple[int, int, str]], h: int, j: int) -> bool:
    """Whether "in" after token ``j`` (the name's head ``h`` or its complement) starts a place or a time.

    Right after the meeting word it always does ("Summit in Vientiane"); inside a complement ("Meeting on
    Cooperation in Science") only before a place, a month or a number ("... in the Lao capital", "... in 2024").
    """
    if not any(tokens[x][2].lower() in {"on", "for", "of"} for x in range(h + 1, j + 1)):
        return True
    k = j + 2
    if k < len(tokens) and tokens[k][2].lower() == "the":
        k += 1
    if k >= len(tokens):
        return True
    at, _, tok = tokens[k]
    if tok[0].isdigit() or tok in MONTHS:
        return True
    return any(hit.kind in _PLACE_KINDS for hit in doc.names_in(at, at + 1))


_PLACE_TIME_LINKS = frozenset({"for", "on", "in", "to", "with"})
_DOCUMENT_WORDS = frozenset(
    {"declaration", "statement", "communique", "communiqué", "agreement", "treaty", "charter", "vision", "plan",
     "roadmap", "blueprint", "report", "resolution", "memorandum", "protocol", "convention"}
)  # fmt: skip


def _place_or_time(doc: Document, token: tuple[int, int, str]) -> bool:
    """Whether a token is a weekday, a month or a place the knowledge base knows (a city or a country)."""
    at, end, tok = token
    if tok.rstrip(".,") in _WEEKDAYS or tok.rstrip(".,") in MONTHS:
        return True
    hits = doc.names_in(max(0, at - 40), end)  # a place of several words ends at the token ("Kuala Lumpur")
    return any(hit.kind in {"city", "country"} and hit.end == end for hit in hits)


_WITHIN_PERIOD = re.compile(
    r"[^.;]{0,80}?\b(?:(?:this|that|the\s+same)\s+(?:year|month|week)|of\s+the\s+year|"
    r"in\s+(?:a|one|the\s+same)\s+year|of\s+(?:its|the|her|his|their)\s+(?:ASEAN\s+)?[Cc]hair(?:man)?ship)\b"
)


# "the ninth X Summit attended by him", "the fifth X that she has attended": a count of one person's meetings
_ATTENDED_COUNT = re.compile(
    r"\s+(?:attended\s+by\s+(?:him|her|them)\b|(?:(?:that|which)\s+)?(?:he|she)\s+(?:has\s+|had\s+)?attended\b)"
)


def _counts_within(text: str, first_word: str, end: int, limit: int) -> bool:
    """A lower-case ordinal word counting meetings of a period: "the second summit ... this year"."""
    return first_word.isalpha() and first_word.islower() and _WITHIN_PERIOD.match(text, end, limit) is not None


def _ordinal_of(token: str) -> int | None:
    m = _ORDINAL.match(token)
    if m:
        value = int(m.group(1))
        return value if value > 0 else None
    return _ORDINAL_WORDS.get(token.lower())


def _is_title_token(tok: str) -> bool:
    if tok.startswith("("):
        return True
    c = tok[0]
    return c.isupper() or (c.isdigit() and _ORDINAL.match(tok) is not None) or tok.startswith("+")


_ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "St", "No", "Co", "Jr", "Sr", "Inc", "Ltd", "Gen", "Sen", "Rep", "Corp", "Govt", "Dept",
     "Prof", "Hon", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Amb", "Gov", "Pres", "Vol", "Art", "Para", "Sec"}
)  # fmt: skip
"""Words written with a full stop of their own: a token "Dr." keeps it."""


def _unstop(start: int, end: int, token: str) -> tuple[int, int, str]:
    """A meeting word without the full stop or possessive on it ("Meeting.", "Summit's"), abbreviations kept."""
    if token.endswith(".") and "." not in token[:-1] and token[:-1].lower() in _HEAD_WORDS:
        return start, end - 1, token[:-1]
    if (
        len(token) > 2
        and token[-1] == "."
        and "." not in token[:-1]
        and token[-2].isalnum()
        and token[:-1] not in _ABBREVIATIONS
    ):
        return start, end - 1, token[:-1]  # "... Summit on Food Security.": a full stop ("U.S.", "Mr." kept)
    if token.endswith(("'s", "\u2019s")) and token[:-2].lower() in _HEAD_WORDS:
        return start, end - 2, token[:-2]  # "the ASEAN Widget Meeting's outcome"
    return start, end, token


@functools.lru_cache(maxsize=65536)
def _unstopped(token: str) -> tuple[int, str]:
    """How many characters :func:`_unstop` takes off the end of ``token``, and the word left (the same words recur)."""
    _start, end, word = _unstop(0, len(token), token)
    return len(token) - end, word


# "ASEAN Defence Ministers' Meeting-Plus": a meeting word with "-Plus" (the ADMM-Plus's full name)
_PLUS_HEAD = re.compile(rf"(?i:{_HEADS})-Plus")


def _named_mentions(doc: Document, s_index: int, sentence: Sentence) -> list[_Mention]:
    text = doc.text
    out: list[_Mention] = []
    tokens = [
        (m.start(), m.end() - cut, word)
        for m in _TOKEN.finditer(text, sentence.start, sentence.end)
        for cut, word in [_unstopped(m.group(0))]
    ]
    if not tokens:
        return out
    used_until = -1
    heads = [
        i
        for i, (_, _, t) in enumerate(tokens)
        if t[0].isupper()
        and (t.lower() in _HEAD_WORDS or (t.endswith("-Plus") and _PLUS_HEAD.fullmatch(t) is not None))
    ]
    in_heading = bool(heads) and _is_heading(doc, sentence)
    limit = doc.options.max_name_tokens
    for h in heads:
        if tokens[h][0] < used_until:
            continue
        if (
            h > 0
            and tokens[h - 1][2].lower() in {"video", "tele", "web", "press"}
            and not (
                tokens[h - 1][2][0].isupper()
                and h > 1
                and tokens[h - 2][2][0].isupper()
                and tokens[h - 2][2].lower() not in {"via", "by", "through", "over", "in", "on"}
            )
        ):
            continue  # "via video conference", "a press conference": no meeting's name ("the Special Video ..." is)
        if h + 1 < len(tokens):
            nxt = tokens[h + 1][2]
            if _YEAR_TOKEN.fullmatch(nxt) and h + 2 < len(tokens) and tokens[h + 2][2][:1].isupper():
                continue  # "the X Special Summit 2022 Joint Vision Statement": the meeting names a document
            gerund = nxt.endswith("ing") and h + 2 < len(tokens) and tokens[h + 2][2] == "the"
            if nxt[0].isupper() and nxt.lower() not in _CONNECTORS and nxt not in {"Working", "WG"} and not gerund:
                continue  # "Dialogue Relations", "Summit Declaration": the meeting word is a modifier
        # walk left
        i = h
        ordinal: int | None = None
        while i - 1 >= 0 and h - i < limit and tokens[i - 1][0] >= used_until:
            tok = tokens[i - 1][2]
            low = tok.lower()
            if low in _CAPS_HEADLINE_VERBS and len(tok) > 2 and (tok.isupper() or in_heading):
                break  # "MALAYSIA CHAIRS INAUGURAL ASEAN ... MEETING": the headline's verb ends the name
            if _ORDINAL.match(tok) or low in _ORDINAL_WORDS:
                ordinal = _ordinal_of(tok)
                i -= 1
                break
            if low in _CONNECTORS and low != "and":
                before = tokens[i - 2] if i - 2 >= 0 else None
                if low in _PLACE_TIME_LINKS and before is not None and _place_or_time(doc, before):
                    break  # "met in Brussels on Wednesday for the X Summit": a place or a day, not the name
                if low in {"on", "of", "for"} and before is not None and before[2].lower() in _DOCUMENT_WORDS:
                    break  # "the Kuala Lumpur Declaration on the East Asia Summit": a document about the meeting
                i -= 1
                continue
            if low == "and":
                prev = tokens[i - 2][2] if i - 2 >= 0 else ""
                if prev.lower() in _HEAD_WORDS or prev.startswith("("):
                    break
                if i - 2 >= 0 and _country_ends_at(doc, tokens[i - 2][1]):
                    break  # "with China, Japan and the Republic of Korea and the X Meeting": a list of partners
                i -= 1
                continue
            if (_is_title_token(tok) and tok not in {"-", "—"} and tok[0].isalnum()) or tok.startswith("("):
                i -= 1
                continue
            break
        # trim leading connectors and a capitalised preposition opening the sentence ("At the X Consultation")
        while i < h and (tokens[i][2].lower() in _CONNECTORS or tokens[i][2] in _LEADING_PREPOSITIONS):
            i += 1
        # "Outcomes of the X Meeting": a leading phrase without a meeting word or a known name is not the name
        for k in range(i + 1, h):
            if tokens[k][2] == "of":
                prefix_words = {t.lower() for _, _, t in tokens[i:k]}
                if (
                    not (prefix_words & _HEAD_WORDS)
                    and not doc.names_in(tokens[i][0], tokens[k][0])
                    and not any(_ORDINAL.match(t) for _, _, t in tokens[i:k])
                ):
                    i = k + 1
                    while i < h and tokens[i][2].lower() in _CONNECTORS:
                        i += 1
                break
        # walk right over a complement
        j = h
        while j + 1 < len(tokens) and j - i < limit:
            tok = tokens[j + 1][2]
            low = tok.lower()
            if "\n" in text[tokens[j][1] : tokens[j + 1][0]]:
                break  # a title's name ends with its line ("... MEETING (TELMIN 5)\nHa Noi, 26 September")
            if tok.startswith("("):
                j += 1
                continue
            if low in _CAPS_HEADLINE_VERBS and len(tok) > 2 and tok.isupper():
                break  # "FIFTH ASEAN X MEETING ON YOUTH OPENS IN Y": the headline's verb ends the name
            if low in _CONNECTORS:
                nxt = tokens[j + 2][2] if j + 2 < len(tokens) else ""
                if low == "the" and tokens[j][2].lower() in _HEAD_WORDS:
                    break  # "On the first day of the Meeting the Ministers were received": a new clause
                if low == "in" and _in_ends_name(doc, tokens, h, j):
                    break  # "the 19th X Summit in Vientiane in October": a place or a time, not the name
                if nxt.rstrip(".,") in MONTHS or nxt.rstrip(".,") in _WEEKDAYS:
                    break  # "the X Consultation on April 21", "the X Meeting on Monday"
                if low == "and" and any(t.lower() in _HEAD_WORDS for _, _, t in tokens[j + 2 : j + 6]):
                    break  # "the 44th and 45th X Summits and Related Summits": another meeting
                if (
                    low == "and"
                    and j + 2 < len(tokens)
                    and doc.names_in(tokens[j + 2][0], tokens[j + 2][0] + 1, "series")
                ):
                    break  # "the ASEAN Defence Ministers' Meeting and ADMM-Plus": two meetings
                if low == "and" and (
                    nxt.lower() in {"the", "a", "an"} or _ORDINAL.match(nxt) or tokens[j][2].startswith("(") or i == h
                ):
                    break  # (a bare meeting word then "and": "Members of Congress and U.S. business leaders")
                if low == "with" and _with_person(doc, tokens, j):
                    break  # "co-chaired the X Conference with Japanese Foreign Minister NAME": a co-chair
                if (
                    low == "with"
                    and j + 2 < len(tokens)
                    and doc.names_in(tokens[j + 2][0], tokens[j + 2][1], "country")
                    and not _ONE_PARTNER_SESSION.search(text, tokens[i][0], tokens[j][1])
                ):
                    break  # "the X Meeting with China, Japan and the Republic of Korea": its partners, not its name
                if low == "with" and nxt.endswith(("'s", "’s")):
                    break  # "the X Consultation with China's Minister of Commerce": a person, not the name
                numbered = _ORDINAL.match(nxt) and j + 3 < len(tokens) and tokens[j + 3][2][0].isupper()
                if nxt and (nxt[0].isupper() or nxt.lower() in {"the"} or nxt.startswith("+") or numbered):
                    j += 1
                    continue
                break
            if tok[0].isupper() or tok.startswith("+") or (tok[0].isdigit() and j + 1 > h and tokens[j][2] == "+"):
                j += 1
                continue
            if _ORDINAL.match(tok) and j + 2 < len(tokens) and tokens[j + 2][2][0].isupper():
                j += 1  # "the Commemorative Summit for the 50th Year of ...": a number inside the name
                continue
            break
        heading = _is_heading(doc, sentence)
        if (
            heading
            and j + 1 < len(tokens)
            and tokens[j + 1][2] in _HEADING_COMPLEMENT
            # "- **19th ASEAN-Japan Summit** with Prime Minister NAME": not part of the name, even in a heading
            and not (tokens[j + 1][2] == "with" and _with_person(doc, tokens, j))
        ):
            # a heading names the meeting in full, lower-case words and all, up to "at the", "held", a verb ...
            k = j
            while k + 1 < len(tokens) and tokens[k + 1][2].lower() not in _HEADING_STOP:
                if tokens[k + 1][2].lower() in _HEADLINE_VERBS:
                    break
                k += 1
            j = k
        while j > h and tokens[j][2].lower() in _CONNECTORS:
            j -= 1
        start, end = tokens[i][0], tokens[j][1]
        if _INSTITUTIONAL.search(text, max(sentence.start, start - 40), start):
            used_until = end
            continue
        raw = text[start:end]
        name = _clean_name(raw)
        words = name.split()
        body = [w for w in words if not _ORDINAL.match(w) and w.lower() not in _ORDINAL_WORDS]
        if not body or all(w.lower() in _GENERIC or w.lower() in _HEAD_WORDS for w in body):
            # "the Meeting", "Related Meetings": an anaphor or nothing
            if (
                len(body) <= 2
                and body
                and body[-1].lower() in _EVENT_HEADS
                and (
                    raw[:1] in {"T", "t", "B", "b", "A", "a"}
                    # "the Special Summit" after "the ASEAN-Australia Special Summit": that meeting again
                    or (
                        body[0].lower() in {"special", "commemorative"}
                        and text[max(0, start - 4) : start] in {"the ", "The "}
                    )
                )
            ):
                out.append(_Mention(start=start, end=end, name="", ordinal=None, series=None, sentence=s_index,
                                    named=False, anaphor=True))  # fmt: skip
            used_until = end
            continue
        if (
            ordinal is not None
            and i > 0
            and _ORDINAL.match(tokens[i][2]) is None
            and tokens[i][2].lower() not in _ORDINAL_WORDS
        ):
            ordinal = None
        if ordinal is None:
            first = words[0]
            ordinal = _ordinal_of(first)
        if ordinal is not None and _ATTENDED_COUNT.match(text, end, sentence.end) is not None:
            used_until = end  # "the ninth X Summit attended by him": how many he attended, said of one named before
            continue
        if ordinal is not None and _counts_within(text, tokens[i][2], end, sentence.end):
            ordinal = None  # "the second ASEAN Summit hosted by Indonesia this year": a count, not the series number
            if len(words) > 1 and _ordinal_of(words[0]) is not None:
                name, words = " ".join(words[1:]), words[1:]  # the meeting is "the ASEAN Summit" named before
        possessive = _POSSESSIVE.search(text, max(sentence.start, start - 12), start)
        if possessive and words and (words[0].lower() in _ORDINAL_WORDS or _ORDINAL.match(words[0])):
            owner = _owner(doc, sentence.start, possessive.start())
            if owner is not None and owner.split()[0] not in words:  # "their 12th ASEAN Summit" names its owner
                rest = " ".join(w for w in words if not (_ORDINAL.match(w) or w.lower() in _ORDINAL_WORDS))
                name = f"{owner} {rest}"
        elif possessive:
            owner = _owner(doc, sentence.start, possessive.start())
            if owner is not None and owner.split()[0] not in words:
                name = f"{owner} {name}"
        # only a short name in brackets at the end names the whole meeting: "the ASEAN Regional Forum (ARF)
        # Inter-Sessional Meeting on X" is no meeting of the ARF
        tail = raw.rstrip()
        aliases = [a.group(1) for a in _ALIASES.finditer(tail) if a.end() == len(tail)]
        found_series = _series_for(name, aliases)
        if found_series is not None and ordinal is None and aliases:
            generic = find_series(name)
            if generic is not None and generic.key != found_series.key:
                name = found_series.name  # "a Senior Officials Meeting (SOM-AMAF)": the narrower series' full name
        if ordinal is not None and not _ORDINAL.match(name.split(" ")[0]):
            name = f"{_ordinal_text(ordinal)} {_SPELLED_ORDINAL.sub('', name)}"
        partners = tuple(
            (h2.key, h2.start, h2.end) for h2 in doc.names_in(start, end, "country") if h2.key not in _members()
        )  # a member state in the name is a topic or a host ("ASEAN Leaders' Meeting on Myanmar"), not a partner
        if not partners:
            partners = _hyphen_partners(text, start, end)  # inside a KB name: "ASEAN-Australia Special Summit"
        if not partners and _ANY_HEAD.search(name) and "-" in name:
            partners = _owner_partner(doc, end)  # "the AEM-MOFCOM Consultation with China's Minister of Commerce"
        if found_series is None and any(find_body(code) is None for code, _, _ in partners):
            found_series = _partner_series(name)  # a partner country's (a partner body has meetings of its own)
        plural = tokens[h][2].lower()
        if ordinal is None and found_series is None and not partners and plural[:-1] in _EVENT_HEADS:
            continue  # "Meetings with Dialogue Partners": several meetings named in general, none of them
        if (
            ordinal is None
            and found_series is None
            and not partners
            and (body_info := find_body(name)) is not None
            and not _MEETING_BODY.search(body_info.name)  # "Senior Officials Meeting on X": a body that meets
        ):
            continue  # "the ASEAN Inter-Parliamentary Assembly": a body the knowledge base knows, not a meeting
        # "the 40th and 41st ASEAN Summits", "the 3rd, 4th and 5th X Meetings": one meeting per ordinal
        others = _coordinated_ordinals(tokens, i) if ordinal is not None else []
        if others:
            name = _singular_head(name)
        for other, at in others:
            other_name = f"{_ordinal_text(other)} {_LEADING_ORDINAL.sub('', name)}"
            out.append(
                _Mention(
                    start=at, end=end, name=other_name, ordinal=other,
                    series=found_series.key if found_series else None, sentence=s_index, named=True,
                    heading=heading, partners=partners, sibling=True,
                )
            )  # fmt: skip
        out.append(
            _Mention(
                start=start, end=end, name=name, ordinal=ordinal,
                series=found_series.key if found_series else None, sentence=s_index, named=True,
                heading=heading, partners=partners, sibling=bool(others), aliases=tuple(aliases),
            )
        )  # fmt: skip
        used_until = end
    return out


_HYPHEN_PARTNER = re.compile(
    r"\bASEAN[-\u2013](?P<after>[A-Z][\w.]*(?: (?:of )?[A-Z][\w.]*){0,2})|(?P<before>[A-Z][\w.]*)[-\u2013]ASEAN\b"
)


_WITH = re.compile(r"\s+with\s+(?:the\s+)?")


_LIST_JOINT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _owner_partner(doc: Document, end: int) -> tuple[tuple[str, int, int], ...]:
    """The partner country a hyphenated consultation is "with": "with China's Minister of ...", "with Japan"."""
    wm = _WITH.match(doc.text, end)
    if wm is None:
        return ()
    out: list[tuple[str, int, int]] = []
    at = wm.end()
    while True:  # "with Australia and New Zealand": each country of the list
        hits = [h for h in doc.names_in(at, at + 1, "country") if h.start == at]
        if not hits or hits[0].key in _members():
            break
        out.append((hits[0].key, hits[0].start, hits[0].end))
        joint = _LIST_JOINT.match(doc.text, hits[0].end)
        if joint is None:
            break
        at = joint.end()
    return tuple(out)


def _hyphen_partners(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    """The partner of "ASEAN-<partner>" or "<partner>-ASEAN" in ``text[start:end]``: a country, or a partner body."""
    m = _HYPHEN_PARTNER.search(text, start, end)
    if m is None:
        return ()
    group = "after" if m.group("after") else "before"
    a, b = m.span(group)
    words = text[a:b].split(" ")
    for n in range(len(words), 0, -1):
        written = " ".join(words[:n])
        country = find_country(written)
        if country is not None and country.alpha2 not in _members():
            return ((country.alpha2, a, a + len(written)),)
        body = find_body(written)
        if body is not None and body.acronym and (body.partner_relations or body.kind is BodyKind.REGIONAL):
            # "ASEAN-EU", "ASEAN-GCC": a partner or another regional organisation, by its acronym
            return ((body.acronym, a, a + len(written)),)
    return ()


@functools.cache
def _members() -> frozenset[str]:
    """ISO codes of the ASEAN member states (never a partner of an "ASEAN-X" meeting)."""
    return frozenset(c.alpha2 for c in asean_members())


def _partner_series(name: str) -> MeetingSeries | None:
    """The series of an ASEAN-<partner> foreign ministers' meeting: the PMC+1 (Post Ministerial Conference)."""
    core = _LEADING_ORDINAL.sub("", name)
    for cut in (_HYPHEN_PARTNER_WORD_AFTER, _HYPHEN_PARTNER_WORD_BEFORE):
        plain = cut.sub("ASEAN", core, count=1)
        if plain == core:
            continue
        found = find_series(plain)
        if found is not None and found.key in {"AMM", "PMC"}:
            return series("PMC")
    return None


_HYPHEN_PARTNER_WORD_AFTER = re.compile(
    r"\bASEAN[-\u2013][A-Z][\w.]*(?: (?:of )?(?:Zealand|Korea|States|Kingdom|Union|Federation|America))?"
)
_HYPHEN_PARTNER_WORD_BEFORE = re.compile(r"\b[A-Z][\w.]*[-\u2013]ASEAN\b")


def _coordinated_ordinals(tokens: list[tuple[int, int, str]], i: int) -> list[tuple[int, int]]:
    """Ordinals coordinated before the one at token ``i`` ("40th and" / "3rd, 4th and"), as (ordinal, offset)."""
    if _ordinal_of(tokens[i][2]) is None or i < 2 or tokens[i - 1][2].lower() not in {"and", "&", ","}:
        return []
    out: list[tuple[int, int]] = []
    k = i - 2
    while k >= 0:
        value = _ordinal_of(tokens[k][2])
        if value is None:
            break
        out.append((value, tokens[k][0]))
        if k < 2 or tokens[k - 1][2] != ",":
            break
        k -= 2
    return out[::-1]


_PLURAL_WORD = re.compile(r"\b(Meeting|Summit|Conference|Session|Retreat|Consultation|Dialogue)s\b")


def _singular_head(name: str) -> str:
    """The name of one of several coordinated meetings: "41st ASEAN Summits" -> "41st ASEAN Summit"."""
    return _PLURAL_WORD.sub(r"\1", name)


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _owner(doc: Document, start: int, end: int) -> str | None:
    """The organisation a possessive ("its", "their") refers to: the last body named before it in the sentence."""
    bodies = list(doc.names_in(start, end, "body"))
    if not bodies:
        return None
    hit = bodies[-1]
    # prefer an acronym written in parentheses right after the body's name
    m = _ACRONYM_IN_PARENS.match(doc.text, hit.end, hit.end + 20)
    if m:
        return m.group(1)
    surface = doc.text[hit.start : hit.end]
    return surface if surface.isupper() else hit.key


def _is_heading(doc: Document, sentence: Sentence) -> bool:
    if sentence.heading:
        return True
    text = doc.text[sentence.start : sentence.end]
    if len(text) >= 160 or "\n" in text:
        return False
    if text.rstrip().endswith((":", ";", ",")):
        return False
    if text.rstrip().endswith("."):
        last = text.rsplit(None, 1)[-1].rstrip(".").lower()
        return last in ABBREVIATIONS and doc.text[sentence.end : sentence.end + 2] == "\n\n"
    return True


_PARTNER_PREFIX = re.compile(r"\b(?:ASEAN[-\u2013][A-Z][\w.]*(?: [A-Z][a-z]+)?|[A-Z][\w.]*[-\u2013]ASEAN)[ \t]+$")
_NUMBERED_BEFORE = re.compile(
    r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th))\s+(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|for|of|on|the|and)){0,10})\s*\($"
)
_ACRONYM_MODIFIER = re.compile(
    r"[ \t]+(?:(?!(?:and|or|with|of|on|in|at|to|for|by|via|from|during|after|before|through|the|its|their|"
    r"other|related|as|video|press|news|tele)\b)[a-z][\w'-]*[ \t]+){1,3}"
    r"(?:meeting|summit|conference|session|retreat|consultations?)s?\b"
)


def _acronym_mentions(doc: Document, s_index: int, sentence: Sentence, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Series written as acronyms ("the 53rd AMM", "the ADSOM-Plus WG") outside named mentions."""
    out: list[_Mention] = []
    hits = doc.names_in(sentence.start, sentence.end, "series")
    if not hits:
        return out
    text = doc.text
    spans = _merged(taken)
    for hit in hits:
        if not _free(spans, hit.start, hit.start + 1):
            continue
        if text[hit.start - 1 : hit.start] == "(" or text[hit.end : hit.end + 1] == ")":
            # an acronym in brackets is an alias of the name before it; a numbered name without a meeting word
            # ("the 35th Senior Officials Committee for the ASCC (SOCA)") is a meeting of that series
            named_before = _NUMBERED_BEFORE.search(text, max(sentence.start, hit.start - 100), hit.start)
            if named_before is not None and text[hit.end : hit.end + 1] == ")":
                start = named_before.start()
                if _free(spans, start, hit.end + 1):
                    ordinal = _ordinal_of(named_before.group("ord"))
                    name = f"{_ordinal_text(ordinal or 0)} {_SPACES.sub(' ', named_before.group('name'))}"
                    out.append(_Mention(start=start, end=hit.end + 1, name=name, ordinal=ordinal, series=hit.key,
                                        sentence=s_index, named=True, heading=_is_heading(doc, sentence),
                                        acronym=True))  # fmt: skip
            continue
        if _ACRONYM_MODIFIER.match(text, hit.end, sentence.end):
            continue  # "at EAS senior officials' meeting": the acronym names another meeting's body
        surface = text[hit.start : hit.end]
        before = text[max(sentence.start, hit.start - 20) : hit.start]
        m = _ORDINAL_BEFORE.search(before)
        ordinal = _ordinal_of(m.group(1)) if m else None  # None for a word that is no ordinal ("the AMM")
        start = hit.start - (len(before) - m.start()) if m and ordinal is not None else hit.start
        if m and ordinal is not None and m.group(1).islower() and not m.group(1)[0].isdigit():
            # "the third APT EMM" is the series' third; "his fourth AMM", "the first AMM hosted by ...", "the
            # fifth AMEM dialogue with ..." count meetings or name something else
            lead = text[max(sentence.start, start - 8) : start]
            if m.group(1) == "first" or _COUNTING_BEFORE.search(lead) or _LOWER_NOUN_AFTER.match(text, hit.end):
                ordinal, start = None, hit.start
        number = _NUMBER_AFTER.match(text, hit.end, sentence.end) if ordinal is None and surface.isupper() else None
        if number is not None:
            ordinal = int(number.group(1)) or None  # "ASED 8": the eighth
        after = text[hit.end : hit.end + 12]
        head_after = _HEAD_AFTER.match(after)
        event = _STRONG_CUE.search(
            text, max(sentence.start, hit.start - 50), min(sentence.end, hit.end + 50)
        ) is not None or _dated_bracket_after(doc, hit.end, sentence.end)
        acronym = surface.replace("-", "").replace(" ", "").isupper() or bool(_ACRONYM_SURFACE.fullmatch(surface))
        if not event and out and out[-1].sentence == s_index:
            # "attended the ASEAN-Australia PMC+1 ... and the ASEAN-Japan PMC+1": coordinated with a meeting
            prefix = _PARTNER_PREFIX.search(text, max(sentence.start, start - 30), start)
            event = _COORDINATED.fullmatch(text, out[-1].end, prefix.start() if prefix else start) is not None
        if ordinal is None and not head_after and (hit.ambiguous or not (acronym and event)):
            # an ambiguous acronym ("ATM", also a cash machine or air traffic management) needs its number or a
            # meeting word after it
            continue
        end = hit.end + (head_after.end() if head_after else 0)
        if number is not None and not head_after:
            end = number.end(1)
        if ordinal is None and head_after and _TOPIC_AFTER.match(text, end, sentence.end):
            continue  # "an ARF meeting on counter-terrorism": a topical meeting of the body, not the series' own
        info = series(hit.key)
        name = info.name if info else surface
        if info is not None and not _ANY_HEAD.search(name):
            name = f"Meeting of the {name}"  # "the AMCA": the Meeting of the ASEAN Ministers Responsible for ...
        key = hit.key
        plus = _PLUS_THREE_AFTER.match(text, end, sentence.end) if not hit.key.endswith("+3") else None
        if plus is not None:
            # "the 17th AMME Plus Three": the Plus Three meeting of the series, under its own key when known
            end = plus.end()
            plus_info = find_series(f"{hit.key}+3")
            key = plus_info.key if plus_info is not None else ""
            name = plus_info.name if plus_info is not None else f"{surface} Plus Three"
        if ordinal is not None:
            name = f"{_ordinal_text(ordinal)} {name}"
        else:
            qual = _QUALIFIER_BEFORE.search(text, max(sentence.start, start - 16), start)
            if qual is not None and head_after:  # "the special ASEAN Plus Three summit": not the regular one
                start, name = qual.start(1), f"{qual.group(1).title()} {name}"
        partners: tuple[tuple[str, int, int], ...] = ()
        prefix = _PARTNER_PREFIX.search(text, max(sentence.start, start - 30), start) if ordinal is None else None
        if prefix is not None:
            partners = _hyphen_partners(text, prefix.start(), prefix.end())
            if partners:  # "the ASEAN-EU PMC": the PMC with the EU, its acronym written out
                start = prefix.start()
                written = text[hit.start : hit.end]
                full = info.name.removeprefix("ASEAN ") if info is not None and written.isupper() else written
                full = _singular_head(full)  # one session: "Post Ministerial Conference"
                name = _SPACES.sub(" ", f"{text[start : hit.start]}{full}{text[hit.end : end]}")
        out.append(_Mention(start=start, end=end, name=name, ordinal=ordinal, series=key or None, sentence=s_index,
                            named=True, heading=_is_heading(doc, sentence), acronym=True,
                            partners=partners))  # fmt: skip
    return out


_QUALIFIER_BEFORE = re.compile(r"\b(special|commemorative|informal)\s+$")
_TOPIC_AFTER = re.compile(r"[ \t]+(?:on|about)[ \t]+[a-z]")
_PLUS_THREE_AFTER = re.compile(r"[ \t]*(?:Plus[ \t]+Three|\+[ \t]?3)\b")


_LOWER_MEETING_OF = re.compile(
    r"\b(?:a|an|the)\s+(?P<kind>(?:special|virtual|joint|informal|regular|inaugural|first)\s+)?meeting\s+of\s+"
    r"(?P<the>the\s+)?"
    r"(?P<body>(?:[\w'-]+\s+){0,11}[\w'-]+)",
    re.IGNORECASE,
)
_FORUM_SERIES = frozenset({"ARF", "EAS", "ADMM-Plus"})
"""Series whose every meeting is named after the forum itself ("the 27th ASEAN Regional Forum")."""
_PROPER_BODY = re.compile(
    r"(?:[A-Z]{2,}[\w+-]*\s+)?(?:[A-Z][a-z][\w'’-]*\s+){0,4}(?:Committee|Council|Commission|Board|Working\s+Group|"
    r"Task\s+Force|Network|Forum|Centre|Center)\b"
)
"""A proper body name ending in a body word ("AITIGA Joint Committee", "Widget Task Force")."""
_LOWER_MEETING = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<mods>(?:(?:[a-z][a-z'-]*|[A-Z]{2,})\s+){0,5}(?:[a-z][a-z-]*|[A-Z]{2,})(?:s'|'s)?)"
    r"\s*(?<=[\s'])(?P<head>meeting|conference|retreat|consultations?)\b"
)
_LOWER_MEETING_HEADS = ("meeting", "conference", "retreat", "consultation")
"""The head words of :data:`_LOWER_MEETING`, as written: a sentence without any is not scanned."""
_LOWER_LEAD = frozenset({"special", "virtual", "annual", "regular", "extraordinary", "separate", "informal", "first",
                         "second", "third", "latest", "recent", "upcoming", "next", "online", "hybrid"})  # fmt: skip
_LOWER_BEFORE = re.compile(
    r"\b(?:(?:co-)?chaired|held|convened|hosted|attended|led|presided\s+over|organi[sz]ed|opened|(?:will|to)\s+"
    r"(?:hold|host|convene|chair|attend))\s+$"
)
_LOWER_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|is|will\s+be|has\s+been)\s+(?:successfully\s+|virtually\s+)?)?"
    r"(?:held|convened|hosted|chaired|co-chaired|took\s+place|takes\s+place|will\s+take\s+place|scheduled)\b"
)
_LEVEL_ONLY = frozenset({"senior officials'", "senior officials", "ministers'", "ministers", "leaders'", "leaders"})
_LOWER_COMPLEMENT = re.compile(
    r"\s+(?:of\s|(?:on|for)\s+(?!\d|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
)


def _merged(taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``taken`` sorted, with overlapping spans joined: what :func:`_free` expects."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(taken):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps none of the sorted, disjoint ``taken`` spans."""
    i = bisect.bisect_right(taken, (start, 1 << 62)) - 1
    if i >= 0 and taken[i][1] > start:
        return False
    return i + 1 >= len(taken) or taken[i + 1][0] >= end


def _lower_meetings(doc: Document, s_index: int, sentence: Sentence, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Lower-case meetings of a known series.

    "a meeting of the asean coordinating council working group on ...", "an informal meeting of ASEAN defence
    ministers", and "a joint consultative meeting" / "a senior officials' meeting" when a verb reports it as held,
    chaired or scheduled. The words before the meeting word must resolve to a knowledge-base series, dropping
    trailing modifiers ("joint consultative senior officials' meeting" is a joint consultative meeting).
    """
    text = doc.text
    out: list[_Mention] = []
    spans = _merged(taken)
    s_text = text[sentence.start : sentence.end]
    # each pattern has words it cannot match without ("meeting of" in any case; a lower-case meeting word)
    scans_of = "meet" in s_text.lower()
    for m in _LOWER_MEETING_OF.finditer(text, sentence.start, sentence.end) if scans_of else ():
        if not _free(spans, m.start(), m.start("body")):
            continue  # "the Special Meeting of the X Council", named already: no second meeting inside it
        words = m.group("body").split()
        for n in range(len(words), 1, -1):
            body = " ".join(words[:n])
            found = find_series(body)
            as_meeting = False
            if found is None and words[0].isupper() and body.lower().replace("\u2019", "'") not in _LEVEL_ONLY:
                # "a meeting of ASEAN defence ministers": the body's own meeting series
                found, as_meeting = find_series(body + " Meeting"), True
            if found is None:
                continue
            end = m.start("body") + len(body)
            kind = (m.group("kind") or "").strip().lower()
            the = "the " if m.group("the") else ""
            first = 1 if kind in {"inaugural", "first"} else None
            if kind == "informal":
                name = f"Informal Meeting of {the}{_title(body)}"
            elif first is not None and not as_meeting and found.key in _FORUM_SERIES:
                name = f"1st {found.name}"  # "the inaugural meeting of the ASEAN Regional Forum": the 1st ARF
            elif as_meeting:
                name = f"Meeting of {the}{_title(body)}"
            else:
                name = f"Meeting of the {found.name}"
            if first is not None and not name.startswith("1st "):
                name = f"1st {name}"
            out.append(_Mention(start=m.start(), end=end, name=name, ordinal=first, series=found.key,
                                sentence=s_index, named=True))  # fmt: skip
            spans = _merged([*spans, (m.start(), end)])
            break
        else:
            named_body = _PROPER_BODY.match(text, m.start("body"), m.end("body"))
            if (
                named_body is not None
                and _lower_reported(text, sentence, m.start(), named_body.end())
                and _free(spans, m.start(), named_body.end())
            ):
                # "the meeting of the AITIGA Joint Committee was held": a body the knowledge base does not know
                body = named_body.group(0)
                kind = (m.group("kind") or "").strip().lower()
                first = 1 if kind in {"inaugural", "first"} else None
                name = f"{'1st ' if first else ''}Meeting of the {body}"
                out.append(_Mention(start=m.start(), end=named_body.end(), name=name, ordinal=first,
                                    series=None, sentence=s_index, named=True))  # fmt: skip
                spans = _merged([*spans, (m.start(), named_body.end())])
    lower_heads = any(head in s_text for head in _LOWER_MEETING_HEADS)
    for m in _LOWER_MEETING.finditer(text, sentence.start, sentence.end) if lower_heads else ():
        if not _free(spans, m.start(), m.end()):
            continue
        if not _lower_reported(text, sentence, m.start(), m.end()):
            continue
        if _LOWER_COMPLEMENT.match(text, m.end(), sentence.end):
            continue  # "a senior officials' meeting on energy": a sectoral meeting the knowledge base cannot name
        words = m.group("mods").split()
        while words and words[0].lower() in _LOWER_LEAD:
            words = words[1:]
        head = m.group("head")
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            found = find_series(f"{written} {head}")
            if found is None:
                continue
            name = found.name if n == len(words) else _title(f"{' '.join(words)} {head}")
            key: str | None = found.key
            if written.lower().replace("\u2019", "'") in _LEVEL_ONLY:
                # "a senior officials' meeting": held, but of which sector's series the words do not say
                key, name = None, _title(f"{' '.join(words)} {head}")
            out.append(_Mention(start=m.start(), end=m.end(), name=name, ordinal=None, series=key,
                                sentence=s_index, named=True))  # fmt: skip
            break
    if "ASEAN" in s_text:
        out.extend(_lower_partner_meetings(doc, s_index, sentence, spans))
    return out


_LOWER_PARTNER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+(?P<ord>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:(?P<qual>special|commemorative|informal)\s+|(?:inaugural|annual|virtual)\s+)?"
    r"(?P<name>ASEAN[-\u2013][A-Z][\w.]*(?:[-\u2013][A-Z][\w.]*)?|[A-Z][\w.]*[-\u2013]ASEAN|ASEAN\s+Plus\s+Three)"
    r"(?P<mods>(?:\s+(?:[a-z]+(?:s'|'s|’s|s’)?|and)){0,3}?)\s+(?P<head>summit|meeting|dialogue|consultations?)\b"
)
"""A partner meeting with a lower-case head: "the ASEAN-Japan summit", "the ASEAN Plus Three foreign ministers'
meeting", "the inaugural ASEAN-GCC-China summit"."""


def _lower_partner_meetings(
    doc: Document, s_index: int, sentence: Sentence, spans: list[tuple[int, int]]
) -> list[_Mention]:
    """Partner meetings named with a lower-case head, when a verb reports them as held, chaired or scheduled."""
    text = doc.text
    out: list[_Mention] = []
    for m in _LOWER_PARTNER.finditer(text, sentence.start, sentence.end):
        if not _free(spans, m.start("name"), m.end()):
            continue
        if not (
            _lower_reported(text, sentence, m.start(), m.end())
            or _STRONG_CUE.search(text, max(sentence.start, m.start() - 40), min(sentence.end, m.end() + 40))
            or _AT_OPENING.fullmatch(text, sentence.start, m.start())  # "At the ASEAN-China summit, leaders signed"
        ):
            continue
        if _LOWER_COMPLEMENT.match(text, m.end(), sentence.end) and m.group("head") != "summit":
            continue
        written = " ".join(f"{m.group('name')}{m.group('mods')} {m.group('head')}".split())
        name = _title(written)
        found = find_series(name)
        if m.group("qual"):
            name = f"{m.group('qual').title()} {name}"  # "the special ASEAN Plus Three summit": not the regular one
        ordinal = _ordinal_of(m.group("ord").strip()) if m.group("ord") else None
        partners = _hyphen_partners(text, m.start("name"), m.end("name"))
        if found is None and any(find_body(code) is None for code, _, _ in partners):
            found = _partner_series(name)
        if ordinal is not None:
            name = f"{_ordinal_text(ordinal)} {name}"  # "the sixth ASEAN Plus Three summit"
        out.append(_Mention(start=m.start("ord") if ordinal else m.start("name"), end=m.end(), name=name,
                            ordinal=ordinal, series=found.key if found is not None else None, sentence=s_index,
                            named=True, partners=partners))  # fmt: skip
    return out


_AT_OPENING = re.compile(r"[ \t*_]*(?:At|During)\s+")


def _lower_reported(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether a verb right before ``[start, end)`` or right after it reports a lower-case meeting held or chaired."""
    return bool(
        _LOWER_BEFORE.search(text, max(sentence.start, start - 40), start)
        or _LOWER_AFTER.match(text, end, sentence.end)
    )


def _title(words: str) -> str:
    """Title case for a lower-case name, keeping acronyms ("senior officials'" -> "Senior Officials'")."""
    return " ".join(w if w.isupper() or w in _CONNECTORS else w[:1].upper() + w[1:] for w in words.split())


_NEXT = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+next|[Aa]nother|[Aa]\s+further)\s+"
    r"(?:(?:annual|regular|ministerial)\s+)?(?:meeting|summit|conference|session|retreat)\b"
)
_NEXT_WORDS = ("next", "nother", "further")
"""Words every match of :data:`_NEXT` holds as written: a sentence without any is not scanned."""
_NEXT_WHEN = re.compile(
    r"[^.;\"]{0,40}?\b(?:next year|the following year|in (?:19|20)\d\d|(?:will|would|is to|to) be (?:held|hosted|"
    r"convened|organi[sz]ed)|(?:is|was) scheduled|will take place|would take place)\b"
)
_NEXT_PLAN = re.compile(
    r"\b(?:plans?|planned|agreed|decided|look(?:ed)? forward|will (?:hold|convene|host)|to (?:hold|convene|host))\b"
    r"[^.;\"]{0,30}$"
)
_NEXT_YEAR = re.compile(r"[^.;\"]{0,40}?\b(?:next year|the following year|in (?:19|20)\d\d)\b")
_NAMED_NEXT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+next\s+$")


def _next_mentions(doc: Document, s_index: int, sentence: Sentence, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Unnamed future meetings of the current series.

    "the next meeting will be held in ...", "will convene another meeting next year": they become meetings only where
    the current meeting's series and ordinal are known.
    """
    text = doc.text
    out: list[_Mention] = []
    s_text = text[sentence.start : sentence.end]
    if not any(word in s_text for word in _NEXT_WORDS):
        return out
    spans = _merged(taken)
    for m in _NEXT.finditer(text, sentence.start, sentence.end):
        if not _free(spans, m.start(), m.end()):
            continue
        if text[m.start()] in "Aa":
            # "another meeting" is the series' next only when dated a year on ("to discuss it" is an extra one)
            if not _NEXT_YEAR.match(text, m.end(), sentence.end):
                continue
        elif not (_NEXT_WHEN.match(text, m.end(), sentence.end)
                  or _NEXT_PLAN.search(text, max(sentence.start, m.start() - 40), m.start())):  # fmt: skip
            continue
        out.append(_Mention(start=m.start(), end=m.end(), name="", ordinal=None, series=None, sentence=s_index,
                            named=False, follows=True))  # fmt: skip
    return out


# Between two meetings joined by "and": ", and the ", " as well as "
_AND_THE = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?")
# "... in A in June 2010 and the X in B": a place or date between two mentions of one name, then "and"
_PLACED_THEN_AND = re.compile(rf"\s+(?:in|at|on)\s+[^;:]{{1,60}}?{_AND_THE.pattern}$")


def _another_of_the_same(text: str, here: list[tuple[_Mention, str]], m: _Mention, key: str) -> bool:
    """Whether ``m`` names a second meeting of the same name as one just before it in the sentence.

    "the G20 Summit in Toronto in June 2010 and the G20 Summit in Seoul in November 2010": each is written with its
    own place or date and the two are joined by "and" (a name written twice is otherwise one meeting).
    """
    if not m.named or not here:
        return False
    prev, prev_key = here[-1]
    return prev.named and prev_key == key and _PLACED_THEN_AND.fullmatch(text, prev.end, m.start) is not None


_ALIKE_SHARE = 0.8  # of the shorter name's words, opening both names
_ALIKE_MIN = 5  # words, at least


def _heading_variants(clusters: dict[str, _Cluster], order: list[str]) -> dict[str, str]:
    """Merge a meeting named only in a heading into the one meeting of the body whose name opens the same way.

    "JOINT STATEMENT OF THE SPECIAL VIDEO CONFERENCE OF THE X MINISTERS ON CORONAVIRUS DISEASE 2019" and "the Special
    Video Conference of the X Ministers on COVID-19": the first four-fifths of the shorter name (at least five words)
    are the same words. Returns the merged keys, each to the key it went into.
    """
    merged: dict[str, str] = {}
    live = [k for k in order if k in clusters]  # (merged keys may still be in the order)
    heads = [k for k in live if (named := clusters[k].named()) and all(m.heading for m in named)]
    if not heads:
        return merged
    head_set = set(heads)
    by_opening: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}  # (indexed: time stays linear)
    for k in live:
        if k not in head_set:
            kw = key_text(max((m.name for m in clusters[k].named()), key=len, default="")).split()
            by_opening.setdefault(tuple(kw[:_ALIKE_MIN]), []).append((k, kw))
    for h in heads:
        hc = clusters[h]
        hw = key_text(max((m.name for m in hc.named()), key=len)).split()
        best: list[tuple[int, str]] = []
        for k, kw in by_opening.get(tuple(hw[:_ALIKE_MIN]), []) if len(hw) >= _ALIKE_MIN else ():
            if clusters[k].ordinal != hc.ordinal:
                continue
            shared = next((i for i, (a, b) in enumerate(zip(hw, kw, strict=False)) if a != b), min(len(hw), len(kw)))
            if shared >= _ALIKE_MIN and shared >= _ALIKE_SHARE * min(len(hw), len(kw)):
                best.append((shared, k))
        if len(best) == 1:
            target = clusters[best[0][1]]
            target.mentions.extend(hc.mentions)
            target.event = target.event or hc.event
            del clusters[h]
            merged[h] = best[0][1]
    return merged


# "the ministerial meeting", "the senior officials' meeting", "the leaders' meeting": the meeting of that level
_LEVEL_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?P<level>ministerial|ministers['’]?|senior\s+officials['’]?|leaders['’]?)\s+(?:meeting|session)\b"
)
_LEVEL_WORD = {"minist": "Minister", "senior": "Senior Official", "leader": "Leaders"}
# "the governing board meeting", "the defence ministers' meeting": lower-case words of a meeting named before
_DESCRIBED_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?P<words>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2})\s+(?:meeting|session)\b"
)
_INAUGURAL_ANAPHOR = re.compile(r"\b(?:inaugural|first-ever)\b")
_COUNCIL_ANAPHOR = re.compile(r"\b[Tt]he\s+Council\b(?!\s+(?:of|for|on)\b)")


def _council_anaphors(doc: Document, s_index: int, sentence: Sentence, taken: list[tuple[int, int]]) -> list[_Mention]:
    """The anaphor 'the Council' ("P chaired the Council"): the meeting named last whose name has "Council"."""
    text = doc.text
    if "Council" not in text[sentence.start : sentence.end]:
        return []
    spans = _merged(taken)
    return [
        _Mention(
            start=m.start(),
            end=m.end(),
            name="",
            ordinal=None,
            series=None,
            sentence=s_index,
            named=False,
            anaphor=True,
            level="Council",
        )
        for m in _COUNCIL_ANAPHOR.finditer(text, sentence.start, sentence.end)
        if _free(spans, m.start(), m.end())
    ]


def _lower_anaphors(
    doc: Document, s_index: int, sentence: Sentence, taken: list[tuple[int, int]], heads: Iterable[int] = ()
) -> list[_Mention]:
    """Anaphora: "the meeting", "both meetings", "all three sessions".

    Searched only just before the meeting words at ``heads`` (every anaphor ends in one), not over the sentence.
    """
    out = []
    spans = _merged(taken)
    done = sentence.start
    for head in heads:
        window = _ANAPHOR.finditer(doc.text, max(done, head - 30), min(sentence.end, head + 12))
        m = next((a for a in window if a.end() > head), None)
        level = ""
        described: tuple[str, ...] = ()
        if m is None:
            m = _LEVEL_ANAPHOR.search(doc.text, max(done, head - 30), min(sentence.end, head + 12))
            if m is not None and m.end() > head:
                level = _LEVEL_WORD[m.group("level").lower()[:6]]
            else:
                m = _DESCRIBED_ANAPHOR.search(doc.text, max(done, head - 40), min(sentence.end, head + 12))
                if m is None or m.end() <= head:
                    continue
                described = tuple(_TRAILING_APOSTROPHE.sub("", w) for w in m.group("words").split())
                if any(w in _GENERIC for w in described):
                    continue
        done = m.end()
        if not _free(spans, m.start(), m.start() + 1):
            continue
        out.append(_Mention(start=m.start(), end=m.end(), name="", ordinal=None, series=None, sentence=s_index,
                            named=False, anaphor=True, level=level, described=described))  # fmt: skip
    return out


_TRAILING_APOSTROPHE = re.compile(r"['’]s?$")
_ANAPHOR_LOOKBACK = 50  # meetings named last that a described anaphor is read against (bounded, so time stays linear)


def _described_by(words: tuple[str, ...], name: str) -> bool:
    """Whether each of ``words`` is a word of ``name``, in any case ("governing board" in "Governing Board of X")."""
    have = {_TRAILING_APOSTROPHE.sub("", w) for w in name.lower().split()}
    return all(w in have for w in words)


@attrs.define
class _Cluster:
    key: str
    mentions: list[_Mention]
    name: str = ""
    ordinal: int | None = None
    series: str | None = None
    date: DateMention | None = None
    date_ranges: list[tuple[int, int]] = attrs.Factory(list)
    rel_date: DateMention | None = None
    date_why: str | None = None  # set when the date is inferred ("today" in a release dated ...)
    until: DateMention | None = None  # "will run until 14 July": the end of a meeting whose start is known
    mode: MeetingMode | None = None
    mode_ranges: list[tuple[int, int]] = attrs.Factory(list)
    theme: str | None = None
    theme_range: tuple[int, int] | None = None
    host: str | None = None
    host_range: tuple[int, int] | None = None
    city: str | None = None
    city_range: tuple[int, int] | None = None
    chairs: list[tuple[str, tuple[int, int]]] = attrs.Factory(list)
    chair_why: dict[str, str] = attrs.Factory(dict)  # chairs found through a pronoun: why that person
    partners: list[tuple[str, tuple[int, int]]] = attrs.Factory(list)
    parent: str | None = None
    future: bool = False
    event: bool = False
    ordinal_from: tuple[int, tuple[int, int]] | None = None  # the current meeting's ordinal, for "the next meeting"
    history: int = 0  # named mentions that are only a point in time ("since the 1st X")
    lede: tuple[int, int] | None = None  # the news lede that reports the meeting without its name, when it dated it

    def named(self) -> list[_Mention]:
        return [m for m in self.mentions if m.named]


_TOPIC_REST = re.compile(r" (?:on|for|to) ")  # the rest of a cluster key after a shorter name: its topic
_COMMEMORATING = re.compile(r" (?:to commemorate|commemorating|in commemoration of|marking|celebrating) .*$")


def _cluster_key(m: _Mention) -> str:
    if m.series is not None and m.ordinal is not None:
        return f"s:{m.series}:{m.ordinal}:{','.join(sorted(p[0] for p in m.partners))}"
    key = "n:" + key_text(_LEADING_ORDINAL.sub("", m.name))
    return f"{key}#{m.ordinal}" if m.ordinal is not None else key  # the 2nd and the 3rd X are two meetings


_ANY_HEAD_WORDS = (
    "meeting", "summit", "gathering", "conference", "session", "retreat", "forum", "dialogue", "consultation",
    "interface", "workshop", "symposium", "congress", "assembly", "talks", "roundtable", "round table",
)  # fmt: skip
_ANY_HEAD = re.compile("(?i:" + "|".join(_ANY_HEAD_WORDS) + ")")


def _head_positions(text: str) -> list[int]:
    """Sorted offsets of every meeting word in any case (``str.find`` on the lower-cased text: no regex pass)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets would shift
        return [m.start() for m in _ANY_HEAD.finditer(text)]
    out: list[int] = []
    for word in _ANY_HEAD_WORDS:
        i = low.find(word)
        while i >= 0:
            out.append(i)
            i = low.find(word, i + 1)
    out.sort()
    return out


class _ClusterIndex:
    """Lookups over the clusters made so far, kept in step with ``order`` (which only grows while mentions resolve).

    ``numbered`` maps a bare name key to the keys of its numbered meetings, ``suffixes`` maps the last words of a
    name (two or more, fewer than all) to the first cluster whose name ends so, ``loose`` maps
    ``s:SERIES:ORDINAL:`` to the keys with any partners. Each replaces a scan over every cluster per mention.
    """

    def __init__(self) -> None:
        self.numbered: dict[str, list[str]] = {}
        self.suffixes: dict[tuple[str, ...], str] = {}
        self.loose: dict[str, list[str]] = {}
        self.done = 0

    def update(self, order: list[str], clusters: dict[str, _Cluster]) -> None:
        """Index the clusters added to ``order`` since the last call."""
        for key in order[self.done :]:
            if key.startswith("n:"):
                bare, sep, _ = key.rpartition("#")
                if sep:
                    self.numbered.setdefault(bare, []).append(key)
                    head, with_, _ = bare.partition(" with ")
                    if with_ and head != bare:
                        # "the 30th X Consultation with A and B" ... "the X Consultation": the same meeting
                        self.numbered.setdefault(head, []).append(key)
                core = (bare if sep else key)[2:].split()
            else:
                named = clusters[key].named()
                core = key_text(_LEADING_ORDINAL.sub("", named[0].name)).split() if named else []
            for n in range(2, len(core)):
                self.suffixes.setdefault(tuple(core[-n:]), key)
            if key.startswith("s:"):
                self.loose.setdefault(key.rpartition(":")[0] + ":", []).append(key)
        self.done = len(order)


def find_meetings(doc: Document, found: Found) -> Found:
    """Add the meetings the text reports as held, being held or scheduled."""
    text = doc.text
    per_sentence: list[list[_Mention]] = []
    # every kind of mention but a series acronym needs a meeting word: find them once, skip sentences without one
    heads = _head_positions(text)
    for s_index, sentence in enumerate(doc.sentences):
        h = bisect.bisect_left(heads, sentence.start)
        if h >= len(heads) or heads[h] >= sentence.end:
            acr = _acronym_mentions(doc, s_index, sentence, [])
            council = _council_anaphors(doc, s_index, sentence, [(m.start, m.end) for m in acr])
            per_sentence.append(sorted(acr + council + _pronoun(text, s_index, sentence), key=lambda m: m.start))
            continue
        capital = any(text[heads[k]].isupper() for k in range(h, bisect.bisect_left(heads, sentence.end, lo=h)))
        named = _named_mentions(doc, s_index, sentence) if capital else []
        taken = [(m.start, m.end) for m in named]
        acr = _acronym_mentions(doc, s_index, sentence, taken)
        taken += [(m.start, m.end) for m in acr]
        low = _lower_meetings(doc, s_index, sentence, taken)
        taken += [(m.start, m.end) for m in low]
        in_sentence = heads[h : bisect.bisect_left(heads, sentence.end, lo=h)]
        ana = _lower_anaphors(doc, s_index, sentence, taken, in_sentence)
        taken += [(m.start, m.end) for m in ana]
        council = _council_anaphors(doc, s_index, sentence, taken)
        ana += council
        taken += [(m.start, m.end) for m in council]
        nxt = _next_mentions(doc, s_index, sentence, taken)
        pronoun = _pronoun(text, s_index, sentence)
        per_sentence.append(sorted(named + acr + low + ana + nxt + pronoun, key=lambda m: m.start))

    clusters: dict[str, _Cluster] = {}
    order: list[str] = []
    by_series: dict[str, list[str]] = {}
    section_focus: str | None = None
    last_named: list[str] = []
    stems: dict[str, str] = {}  # name keys without a commemorative complement -> the cluster first named so
    run_named: list[str] = []
    run_end = -2
    following: set[str] = set()
    index = _ClusterIndex()
    alias_keys: dict[str, str] = {}
    resolved: list[list[tuple[_Mention, str]]] = []
    for s_index, mentions in enumerate(per_sentence):
        sentence = doc.sentences[s_index]
        here: list[tuple[_Mention, str]] = []
        for m in mentions:
            named_next = (
                m.named
                and m.series is not None
                and m.ordinal is None
                and _NAMED_NEXT.search(text, max(sentence.start, m.start - 12), m.start) is not None
            )
            if m.follows or named_next:
                # "the next meeting", "the next ASEAN Summit": the meeting after the current one of its series
                if m.follows:
                    earlier = [k for m2, k in here if m2.start < m.start]
                    base_key = earlier[-1] if earlier else section_focus
                else:
                    numbered = [k for k in by_series.get(m.series or "", []) if clusters[k].ordinal is not None]
                    base_key = numbered[0] if len(numbered) == 1 else None
                base = clusters[base_key] if base_key is not None else None
                if base is None or base.series is None or base.ordinal is None or base.future:
                    if named_next:
                        key = "next:" + _cluster_key(m)  # not the current meeting of the series
                        if key not in clusters:
                            clusters[key] = _Cluster(key=key, mentions=[], series=m.series, future=True)
                            order.append(key)
                        clusters[key].mentions.append(m)
                        here.append((m, key))
                    continue
                ordinal = base.ordinal + 1
                info = series(base.series)
                key = f"s:{base.series}:{ordinal}:"
                cluster = clusters.get(key)
                if cluster is None:
                    cluster = _Cluster(key=key, mentions=[], ordinal=ordinal, series=base.series, future=True)
                    cluster.ordinal_from = (base.ordinal, (m.start, m.end))
                    clusters[key] = cluster
                    order.append(key)
                    following.add(key)
                named_m = attrs.evolve(m, name=f"{_ordinal_text(ordinal)} {info.name}", ordinal=ordinal,
                                       series=base.series, named=True)  # fmt: skip
                cluster.mentions.append(named_m)
                cluster.event = True
                here.append((named_m, key))
                continue
            if m.anaphor:
                target = section_focus or (order[0] if order else None)
                if m.level or m.described:
                    # "the ministerial meeting": the meeting named last whose name says it is one
                    target = next(
                        (
                            k
                            for k in reversed(order[-_ANAPHOR_LOOKBACK:])
                            if any(
                                (m.level in n.name) if m.level else _described_by(m.described, n.name)
                                for n in itertools.islice((n for n in clusters[k].mentions if n.named), 3)
                            )
                        ),
                        None,
                    )
                    if target is None:
                        continue
                    here.append((m, target))
                    clusters[target].mentions.append(m)
                    last_named = [target]  # "It was chaired by" after it: this meeting
                    continue
                if m.pronoun:
                    target = last_named[-1] if last_named else None  # "It was chaired by": the meeting named last
                count = _plural_count(text[m.start : m.end])
                covered = last_named
                if count == 0 and text[m.start : m.start + 3].lower() == "all" and len(run_named) > len(last_named):
                    covered = run_named  # "All meetings were chaired by P" after a list of them, one per item
                if count is not None and len(covered) >= max(count, 2):
                    # "both meetings", "all three sessions": each of the meetings named last
                    for key in covered[-count:] if count else covered:
                        here.append((m, key))
                        clusters[key].mentions.append(m)
                    continue
                if count == 0 and target is not None and not _same_kind(text[m.start : m.end], clusters[target]):
                    continue  # "the chair hosts the summits" after a section on a forum: no meeting of that forum
                if _INAUGURAL_ANAPHOR.search(text, m.start, m.end):
                    firsts = [k for k in order if clusters[k].ordinal == 1]
                    if len(firsts) == 1:
                        target = firsts[0]  # "The inaugural Meeting will be co-chaired by ...": the 1st one named
                if target is not None:
                    here.append((m, target))
                    clusters[target].mentions.append(m)
                continue
            key = _cluster_key(m)
            if m.ordinal is None and _LAST_HELD.search(text, max(sentence.start, m.start - 40), m.start):
                # "the Philippines last hosted the AMEM in September 2017": an earlier edition, not the text's one
                key = "past:" + key
                if key not in clusters:
                    clusters[key] = _Cluster(key=key, mentions=[], series=m.series)
                    order.append(key)
                clusters[key].mentions.append(m)
                clusters[key].history += 1
                here.append((m, key))
                continue
            year = _YEAR_BEFORE.search(text, max(sentence.start, m.start - 12), m.start) if m.ordinal is None else None
            if year is not None:
                # "the 2018 ASEAN-Australia Special Summit": that year's meeting, dated by it, merged into no other
                key = f"{key}@{year.group(1)}"
                m = attrs.evolve(m, start=year.start(1), name=f"{year.group(1)} {m.name}")
                if key not in clusters:
                    clusters[key] = _Cluster(key=key, mentions=[], series=m.series, event=True)
                    order.append(key)
                    y = DateMention(start=year.start(1), end=year.end(1), year=int(year.group(1)))
                    clusters[key].date, clusters[key].date_ranges = y, [(y.start, y.end)]
            else:
                series_info = series(m.series) if m.series else None
                plain = m.acronym or (series_info is not None and key_text(m.name) == key_text(series_info.name))
                special = _special(m.name)
                if key not in clusters and m.series is not None and m.ordinal is None and plain and not m.partners:
                    same = by_series.get(m.series, [])
                    if len(same) == 1 and _special_cluster(clusters[same[0]]) == special:
                        key = same[0]
                if key not in clusters and m.series is not None and m.ordinal is None and m.partners:
                    # "ASEAN-Australia Foreign Ministers' Meeting" and "ASEAN-Australia PMC+1": one meeting; an
                    # "ASEAN-Australia Special Summit" is not the "ASEAN-Australia Summit"
                    mine = {p[0] for p in m.partners}
                    alike = [
                        k
                        for k in by_series.get(m.series, [])
                        if {p for p, _ in clusters[k].partners} == mine and _special_cluster(clusters[k]) == special
                    ]
                    same = [k for k in alike if clusters[k].ordinal is None]
                    if len(same) == 1:
                        key = same[0]
                    elif not same and len(alike) == 1 and plain:
                        key = alike[0]  # "the 28th ASEAN-India Summit ... the ASEAN-India Summit": the one numbered
                if key not in clusters and m.series is None and m.ordinal is None and m.partners:
                    # "During the ASEAN-India meeting, ..." after "the 15th ASEAN-India Summit": that meeting
                    head = text[m.start : m.end].rsplit(" ", 1)[-1]
                    mine = {p[0] for p in m.partners}
                    same = [k for k in order if {p for p, _ in clusters[k].partners} == mine]
                    if head[:1].islower() and len(same) == 1:
                        key = same[0]
                if key not in clusters:
                    index.update(order, clusters)
                if key not in clusters and key.startswith("n:") and m.ordinal is None:
                    numbered = index.numbered.get(key, [])
                    if len(numbered) == 1:
                        key = numbered[0]  # "the 3rd X Conference ... the X Conference"
                if key not in clusters and key.startswith("n:") and m.ordinal is None and not m.partners:
                    words = tuple(key[2:].split())
                    if len(words) >= 2:
                        key = index.suffixes.get(words, key)  # "the X Conference" after "the ASEAN X Conference"
                if key not in clusters and key.startswith("n:") and m.ordinal is None:
                    key = alias_keys.get(key, key)  # "the 31st X Retreat (AEM Retreat)" ... "the AEM Retreat"
                if key not in clusters and key.startswith("n:") and m.ordinal is None and special:
                    # "the special ASEAN Plus Three summit" after "the Special ASEAN Plus Three Summit on X"
                    topical = [k for k in order if k.startswith(key) and _TOPIC_REST.match(k, len(key))]
                    key = topical[0] if len(topical) == 1 else key
                if key not in clusters and key.startswith("n:") and m.ordinal is None:
                    # "the X Special Summit to Commemorate the 50th Anniversary of ..." and "the X Special Summit"
                    stem = _COMMEMORATING.sub("", key)
                    key = stems.get(stem, stem if stem != key and stem in clusters else key)
                if key not in clusters and m.series is not None and m.ordinal is not None:
                    match = index.loose.get(f"s:{m.series}:{m.ordinal}:", [])
                    if len(match) == 1 and not m.partners:
                        key = match[0]
            if m.ordinal is None and _another_of_the_same(text, here, m, key):
                key = f"{key}@{m.start}"  # "the G20 Summit in Toronto in June and the G20 Summit in Seoul": two
            cluster = clusters.get(key)
            if cluster is None:
                cluster = _Cluster(key=key, mentions=[], ordinal=m.ordinal, series=m.series)
                clusters[key] = cluster
                order.append(key)
                if key.startswith("n:") and m.ordinal is None:
                    stems.setdefault(_COMMEMORATING.sub("", key), key)
                if m.series:
                    by_series.setdefault(m.series, []).append(key)
            cluster.mentions.append(m)
            if m.ordinal is not None and cluster.ordinal is None:
                cluster.ordinal = m.ordinal
            if m.series is not None and cluster.series is None:
                cluster.series = m.series
            for code, a, b in m.partners:
                if code not in {p for p, _ in cluster.partners}:
                    cluster.partners.append((code, (a, b)))
            for alias in m.aliases:
                alias_key = "n:" + key_text(_ALIAS_NOISE.sub("", alias.strip()))
                if len(alias_key) > 4:
                    alias_keys.setdefault(alias_key, key)
            here.append((m, key))
            if (m.heading and (section_focus is None or sentence.start > 0)) or section_focus is None:
                section_focus = key
        named_keys = [k for m, k in here if m.named]
        if named_keys:
            last_named = list(dict.fromkeys(named_keys))
            # the run of consecutive sentences (list items) naming meetings, for "all meetings"
            run_named = list(dict.fromkeys([*run_named, *named_keys])) if s_index - 1 == run_end else last_named
            run_end = s_index
        resolved.append(here)

    # a series named once without its number and once with it is one meeting
    merged: dict[str, str] = {}
    for keys in by_series.values():
        numbered = [k for k in keys if clusters[k].ordinal is not None and k not in following]
        bare = [
            k
            for k in keys
            if clusters[k].ordinal is None
            and not clusters[k].partners
            and not any(_QUALIFIED.match(m.name) or _RETREAT.search(m.name) for m in clusters[k].named())
        ]
        dated_year = doc.year_basis is not None and doc.year_basis.reason is InferenceReason.YEAR_FROM_DATELINE
        if len(numbered) > 1 and bare and doc.year is not None and dated_year:
            # "launched the East Asia Summit ... The first East Asia Summit ... the second, next year in Cebu": the
            # numbered meeting whose edition the knowledge base puts in the year the text is dated
            this_year = [
                k
                for k in numbered
                if (ed := find_edition(clusters[k].series or "", clusters[k].ordinal or 0)) is not None
                and ed.year == doc.year
            ]
            numbered = this_year if len(this_year) == 1 else numbered
        if len(numbered) == 1 and bare:
            kept = clusters[numbered[0]]
            for k in bare:
                kept.mentions.extend(clusters[k].mentions)
                del clusters[k]
                merged[k] = numbered[0]
    merged.update(_heading_variants(clusters, order))
    if merged:
        order = [k for k in order if k not in merged]
        resolved = [[(m, merged.get(kk, kk)) for m, kk in here] for here in resolved]

    # attributes, sentence by sentence
    folded = _Folded(text)
    known = _Known(found)
    pub = _publication_day(doc, found, clusters)
    latest: DateMention | None = None  # the last day written for a meeting, for "on the same day"
    for s_index, here in enumerate(resolved):
        if not here:
            _theme_after(doc, resolved, s_index, clusters)
            continue
        sentence = doc.sentences[s_index]
        _attach(doc, sentence, here, clusters, found, folded, known)
        _plus_partners(doc, sentence, here, clusters)
        if pub is not None:
            _relative_days(doc, sentence, here, clusters, pub)
        latest = _same_day(doc, sentence, here, clusters, latest, pub)
    if pub is not None:
        _lede_day(doc, resolved, clusters, pub)
    if "|" in text or ":" in text:
        _fact_lines(doc, resolved, clusters, found)

    meetings, meeting_mentions = _build(doc, clusters, order, found, pub)
    return attrs.evolve(found, meetings=meetings, meeting_mentions=meeting_mentions)


def _give_theme(c: _Cluster, text: str, start: int, end: int) -> None:
    """Give ``c`` the theme quoted at ``text[start:end]`` unless it has one (a theme wrapped across lines is one)."""
    if c.theme is None:
        c.theme, c.theme_range = " ".join(text[start:end].split()), (start, end)


_OTHER_THEME = re.compile(r"(?:\b(?!ASEAN\b)[A-Z]{2,}[\w-]*|\boverall|\bsub-)\s*theme")


def _theme_after(
    doc: Document, resolved: list[list[tuple[_Mention, str]]], s_index: int, clusters: dict[str, _Cluster]
) -> None:
    """A theme in a sentence that names no meeting, right after one that names exactly one.

    "... gathered for the 15th X Summit from 23 to 25 October. Our deliberations were held under the theme "Y"".
    """
    sentence = doc.sentences[s_index]
    if s_index == 0 or "heme" not in doc.text[sentence.start : sentence.end]:
        return
    tm = _THEME.search(doc.text, sentence.start, sentence.end)
    keys = {k for m, k in resolved[s_index - 1] if m.named}
    if tm is None or len(keys) != 1:
        return
    if _OTHER_THEME.search(doc.text, max(sentence.start, tm.start() - 40), min(sentence.end, tm.start() + 12)):
        return  # "Phase II keeps the overall APAEC theme of ...": a plan's theme, not the meeting's
    c = clusters.get(keys.pop())
    if c is not None:
        _give_theme(c, doc.text, tm.start(1), tm.end(1))


# a fact sheet under a meeting's heading: "Date: 29 January 2024", "Venue: Luang Prabang, Lao PDR", "| Where | X |"
_FACT_LABELS = (
    r"Dates?|When|Venue|Place|Location|Where|(?:Host\s+)?City|Chairs?|Chaired\s+by|Co-[Cc]hairs?|Mode|Format|Theme"
)
_FACT_LINE = re.compile(
    rf"^[ \t>*_-]*(?P<label>{_FACT_LABELS})[ \t*_]*:[ \t*_]*(?P<value>[^\n]*?)[ \t*_]*$|"
    rf"^[ \t]*\|[ \t*_]*(?P<tlabel>{_FACT_LABELS})[ \t*_]*\|[ \t*_]*(?P<tvalue>[^|\n]*?)[ \t*_]*\|",
    re.MULTILINE,
)
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,200})[\"”]")
_FACT_REACH = 600  # characters from the heading to a fact line
_CITY_BEFORE_COUNTRY = re.compile(r"(?:[^,\n]*,\s*)?(?P<city>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}),\s*")


def _fact_lines(
    doc: Document, resolved: list[list[tuple[_Mention, str]]], clusters: dict[str, _Cluster], found: Found
) -> None:
    """Date, place, chairs and mode from labelled lines under a meeting's heading (a fact sheet or a table).

    Only lines within a few hundred characters after a heading that names a meeting, with no other meeting named in
    between, are read; a value fills only what the text has not given the meeting already.
    """
    text = doc.text
    headed = [(m, k) for here in resolved for m, k in here if m.heading and m.named]
    if not headed:
        return
    named = sorted((m.start, k) for here in resolved for m, k in here if m.named)
    starts = [h[0].end for h in headed]
    for fm in _FACT_LINE.finditer(text):
        i = bisect.bisect_right(starts, fm.start()) - 1
        if i < 0 or fm.start() - starts[i] > _FACT_REACH:
            continue
        heading, key = headed[i]
        j = bisect.bisect_left(named, (heading.end, ""))
        k = bisect.bisect_left(named, (fm.start(), ""), lo=j)
        if any(other != key for _, other in named[j:k]):
            continue  # another meeting named between the heading and the line: the line may be about it
        c = clusters.get(key)
        if c is None:
            continue
        label = (fm.group("label") or fm.group("tlabel") or "").lower()
        vs, ve = (fm.start("value"), fm.end("value")) if fm.group("label") else (fm.start("tvalue"), fm.end("tvalue"))
        if ve <= vs:
            continue
        if label in {"date", "dates", "when"}:
            d = next(iter(doc.dates_in(vs, ve)), None)
            if d is not None and d.relative is None and (c.date is None or _precision(d) > _precision(c.date)):
                c.date, c.date_why, c.date_ranges, c.event = d, None, [(d.start, d.end)], True
        elif label in {"venue", "place", "location", "where"} or label.endswith("city"):
            _fact_place(doc, c, vs, ve)
        elif label == "theme":
            quoted = _QUOTED.search(text, vs, ve)
            if quoted is not None:  # "- **Theme:** *"Turning Vision into Reality"*"
                _give_theme(c, text, quoted.start(1), quoted.end(1))
        elif label in {"mode", "format"}:
            value = text[vs:ve].lower()
            mode = (MeetingMode.HYBRID if "hybrid" in value else MeetingMode.VIRTUAL
                    if any(w in value for w in ("virtual", "online", "video")) else MeetingMode.IN_PERSON
                    if any(w in value for w in ("in person", "in-person", "physical")) else None)  # fmt: skip
            if mode is not None and c.mode is None:
                c.mode, c.mode_ranges = mode, [(vs, ve)]
        else:
            for pm in _people_in(found, vs, ve):
                _add_chair(c, found, pm)


def _fact_place(doc: Document, c: _Cluster, vs: int, ve: int) -> None:
    """City and host from a venue line: "Luang Prabang, Lao PDR", "BEXCO, Busan", "Jakarta"."""
    text = doc.text
    hits = [h for h in doc.names_in(vs, ve) if h.kind in {"city", "country"} and not h.ambiguous]
    city = next((h for h in hits if h.kind == "city"), None)
    country = next((h for h in hits if h.kind == "country"), None)
    if city is not None:
        if c.city is None:
            c.city, c.city_range = text[city.start : city.end], (city.start, city.end)
        if c.host is None:
            c.host, c.host_range = city.key, (city.start, city.end)
    elif country is not None:
        before = _CITY_BEFORE_COUNTRY.fullmatch(text, vs, country.start)
        if before is not None and c.city is None and not doc.names_in(before.start("city"), before.end("city")):
            c.city, c.city_range = before.group("city"), (before.start("city"), before.end("city"))
        if c.host is None:
            c.host, c.host_range = country.key, (country.start, country.end)


# the lede of a news text: "Ministers met in the capital on Thursday for a special meeting on ...", "... as leaders
# of the two blocs held their first-ever summit", "... at two special summits held via video conference"
_LEDE_MEETING = re.compile(
    r"\b(?:at|for|in|during|held|hold|holds|convened|opened|attended)\s+"
    r"(?P<det>a|an|their|its|the|two|three|both)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<head>meeting|summit|conference|retreat|session|gathering)(?P<plural>s)?\b"
)
# "... as their leaders met in Tokyo": a meeting reported by its verb alone
_LEDE_MET = re.compile(
    r"\b(?:leaders|ministers|counterparts|heads of (?:state|government))\s+(?:met|gathered|convened|meeting\s+in)\b"
)
_ACT_VERBS = r"adopted|signed|endorsed|approved|launched|agreed|reached"
_LEDE_ACT = re.compile(rf"\b(?:{_ACT_VERBS})\b")
_DONE_AT = re.compile(rf"\b(?:was|were)\s+(?:\w+\s+)?(?:{_ACT_VERBS})\s+(?:[\w,-]+\s+){{0,3}}?at\s+(?:the\s+)?$")
_LEDE_COUNT = {"two": 2, "both": 2, "three": 3}
_LEDE_REACH = 3  # sentences
_LEDE_OPENING = 800  # characters: a lede is near the top of the text
_OPENS_WITH = re.compile(r"[\s*_#>-]*(?:[Tt]he\s+)?[*_]*")


def _same_head(name: str, head: str) -> bool:
    """Whether a meeting's name has ``head`` as its meeting word ("the X Summit", "Meeting of the X")."""
    low = name.lower()
    last = low.split()[-1]
    # ("the X Ministers' Meeting-Plus": a meeting)
    return head == "gathering" or last.rstrip("s") == head or last.split("-")[0] == head or f"{head} " in low


def _lede_targets(
    doc: Document,
    resolved: list[list[tuple[_Mention, str]]],
    s_index: int,
    lede: re.Match[str] | None,
    *,
    acted: bool = False,
) -> list[tuple[_Mention, str]]:
    """The meetings named after a lede that are the meeting(s) it reports without a name.

    With a meeting word ("their annual retreat", "two special summits"): the first meetings with that head word
    named in the next three sentences, as many as the lede counts. With a verb alone ("their leaders met"): the
    meeting the next sentence opens with. With an act ("adopted a blueprint"), the one meeting the next sentence
    says it was done at ("The plan was adopted at the X").
    """
    if acted:
        nxt = resolved[s_index + 1] if s_index + 1 < len(resolved) else []
        if not nxt:
            return []
        following = doc.sentences[s_index + 1]
        at = [
            (m, k)
            for m, k in nxt
            if m.named and _DONE_AT.search(doc.text, max(following.start, m.start - 80), m.start) is not None
        ]
        return at if len({k for _, k in at}) == 1 else []
    if lede is None:
        nxt = resolved[s_index + 1] if s_index + 1 < len(resolved) else []
        sentence = doc.sentences[s_index + 1] if nxt else None
        first = next(((m, k) for m, k in nxt if m.named), None)
        if first is None or sentence is None:
            return []
        opens = _OPENS_WITH.match(doc.text, sentence.start)
        return [first] if opens is not None and opens.end() == first[0].start else []
    head = lede.group("head")
    later = [
        (m, k)
        for here in resolved[s_index + 1 : s_index + 1 + _LEDE_REACH]
        for m, k in here
        if m.named and _same_head(m.name, head)
    ]
    if not later:
        return []
    if "special" in lede.group("words").lower():
        later = [mk for mk in later if "special" in mk[0].name.lower()] or later
    count = _LEDE_COUNT.get(lede.group("det").lower(), 1) if lede.group("plural") else 1
    keys = list(dict.fromkeys(k for _, k in later))[:count]
    return [next(mk for mk in later if mk[1] == k) for k in keys] if len(keys) == count else []


def _lede_day(
    doc: Document, resolved: list[list[tuple[_Mention, str]]], clusters: dict[str, _Cluster], dated: tuple[dt.date, str]
) -> None:
    """The day of a news lede's unnamed meeting for the meeting the next sentences name.

    "VIENTIANE, 20 February - Ministers met in the capital on Thursday for a special meeting on the outbreak.
    The Special X Meeting on Y ...": the lede reports a meeting without its name, by a noun ("a special meeting",
    "their annual retreat", "two special summits") or by a verb ("as their leaders met in Tokyo"), and a day
    against the text's date; the meeting(s) named next with the same head word (for a verb alone, the one the
    next sentence opens with) and no date of their own take that day. Recorded as inferred, with the lede's words
    in the reason.
    """
    text = doc.text
    pub, year_why = dated
    for s_index, sentence in enumerate(doc.sentences):
        if sentence.start > _LEDE_OPENING:
            return
        lede = _LEDE_MEETING.search(text, sentence.start, sentence.end)
        met = _LEDE_MET.search(text, sentence.start, sentence.end) if lede is None else None
        if met is None and lede is None:
            met = _LEDE_ACT.search(text, sentence.start, sentence.end)  # "... on Wednesday adopted a blueprint"
        if (lede is None and met is None) or any(m.named for m, _ in resolved[s_index]):
            continue
        days = [
            rm
            for rm in _rel_days(text, sentence.start, sentence.end)
            if _placeable_day(text, sentence.start, sentence.end, rm)
            and not _REL_DAY_REPORTED.search(text, max(sentence.start, rm.start() - 40), rm.start())
        ]
        acted = met is not None and met.re is _LEDE_ACT
        if len(days) != 1 or (not acted and _DAY_EVENT.search(text, sentence.start, sentence.end) is None):
            return
        rm = days[0]
        targets = _lede_targets(doc, resolved, s_index, lede, acted=acted)
        day = _day_word(rm, pub)
        if day is None:
            day = _weekday_before(pub, rm.group("weekday") or "")
        if not targets or any(not _only_year_of(clusters[k], day) or clusters[k].future for _, k in targets):
            return
        cue = lede or met
        assert cue is not None
        said, phrase = text[rm.start() : rm.end()], text[cue.start() : cue.end()]
        for _, key in targets:
            c = clusters[key]
            why = (
                f"'{said}' in a text dated {pub.isoformat()}{year_why}; the lede's '{phrase}' is the meeting named next"
            )
            _give_day(c, rm.start(), rm.end(), day, why)
            c.lede = (sentence.start, sentence.end)
            _lede_place(doc, sentence, c)
            _lede_mode(doc, sentence, c)
        return


def _only_year_of(c: _Cluster, day: dt.date) -> bool:
    """Whether ``c`` has no date finer than a year, and none of another year than ``day``'s ("this year" is fine)."""
    d = c.date or c.rel_date
    if d is None:
        return True
    if d.month is not None or d.is_range:
        return False
    return d.relative == 0 if d.relative is not None else d.year == day.year


def _lede_mode(doc: Document, sentence: Sentence, c: _Cluster) -> None:
    """The mode a lede that reports the meeting unnamed states: "... at a meeting held via videoconference"."""
    if c.mode is not None:
        return
    stated = _stated_mode(doc, sentence)
    if stated is not None:
        c.mode, c.mode_ranges = stated[0], [stated[1]]


def _stated_mode(doc: Document, sentence: Sentence) -> tuple[MeetingMode, tuple[int, int]] | None:
    """The first format ``sentence`` states (hybrid, then virtual, then in person), with its span."""
    for pattern, mode in _MODES:
        found = pattern.search(doc.text, sentence.start, sentence.end)
        if found is not None:
            return mode, (found.start(), found.end())
    return None


def _lede_place(doc: Document, sentence: Sentence, c: _Cluster) -> None:
    """City and host from "met in Tokyo" / "summit in Brussels" in a lede that reports the meeting unnamed."""
    if c.city is not None:
        return
    text = doc.text
    for h in doc.names_in(sentence.start, sentence.end):
        if h.kind == "city" and not h.ambiguous and text.endswith(("in ", "In "), sentence.start, h.start):
            c.city, c.city_range = text[h.start : h.end], (h.start, h.end)
            if c.host is None and h.key:
                c.host, c.host_range = h.key, (h.start, h.end)
            return


_LAST_HELD = re.compile(r"\b(?:last|previously|earlier)\s+(?:hosted|held|chaired|convened|attended)\s+(?:the\s+)?$")
_YEAR_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+((?:19|20)\d\d)\s+$")


def _special(name: str) -> bool:
    """Whether a meeting name marks a meeting outside the regular run of its series (special, informal, retreat)."""
    return bool(_QUALIFIED.match(name) or _INNER_QUALIFIER.search(name) or _RETREAT.search(name))


def _special_cluster(c: _Cluster) -> bool:
    named = c.named()
    return bool(named) and _special(named[0].name)


# "... with the eight Plus countries: A, B and C", "... and their counterparts from the eight dialogue partners,
# namely A, B and C", "The ADMM-Plus includes A, B and C": the partners of an ADMM-Plus style meeting, listed
_PLUS_LIST = re.compile(
    r"\b(?:(?:Plus|partner|dialogue[ \t]+partner)[ \t]+countries|dialogue[ \t]+partners|"
    r"counterparts[ \t]+from[^.;:]{0,40}?)(?:[ \t]*:|,?[ \t]+namely|[ \t]+\(|[ \t]+of)[ \t]+|"
    r"\b(?:includes|comprises|brings[ \t]+together)[ \t]+(?=[A-Z]|the[ \t])"
)


def _plus_partners(
    doc: Document, sentence: Sentence, here: list[tuple[_Mention, str]], clusters: dict[str, _Cluster]
) -> None:
    """Partners of a "-Plus" meeting (ADMM-Plus, ADSOM-Plus) from a list of the Plus countries in its sentence."""
    plus = [k for m, k in here if (clusters[k].series or "").endswith("-Plus") and not clusters[k].partners]
    if not plus:
        return
    first = min(m.start for m, k in here if k in plus)
    cue = _PLUS_LIST.search(doc.text, first, sentence.end)
    if cue is None:
        return
    members = _members()
    listed: list[tuple[str, tuple[int, int]]] = []
    for h in doc.names_in(cue.end(), sentence.end, "country"):
        if h.key not in members and h.key not in {p for p, _ in listed}:
            listed.append((h.key, (h.start, h.end)))
    if len(listed) < 2:
        return  # one country is no list of the Plus countries
    for key in dict.fromkeys(plus):
        clusters[key].partners.extend(listed)


def _nearest_item(here: list[tuple[_Mention, str]], start: int, end: int) -> tuple[_Mention, str]:
    def distance(item: tuple[_Mention, str]) -> int:
        m = item[0]
        if m.end <= start:
            return start - m.end
        if m.start >= end:
            return m.start - end
        return 0

    return min(here, key=distance)


_CLAUSE_MARK = re.compile(r"[,;]")


_HABITUAL = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,.;:()]{1,60},\s*)?(?:is|are)\s+(?:usually\s+|normally\s+|generally\s+|traditionally\s+)?"
    r"(?:convened|held|hosted|organi[sz]ed)\s+(?:every|annually|each|once|twice|biennially|yearly|on\s+a\s+rotat)"
    r"|\s*(?:,[^,.;:()]{1,60},\s*)?(?:meets|convenes)\s+(?:every|annually|each|once|twice|biennially|yearly)"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:(?:gather|gathers|meet|meets|sit|sits|serve|serves|act|acts|known)\s+as|"
    r"(?:supported|assisted|serviced|backed|overseen|guided)\s+by|reports?\s+to|reporting\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a body's name in a description of how ASEAN works ("ministers who gather as the X", "supported by the
Y"): the body, not a meeting the text reports."""
_COMPONENT_CUE = re.compile(
    r"\b(?:comprises?|comprised|comprising|consists?\s+of|consisted\s+of|consisting\s+of|was\s+made\s+up\s+of|"
    r"will\s+(?:comprise|consist\s+of|include|feature)|featured)\b"
)
_COMPONENT_HEADS = frozenset({"session", "retreat", "plenary", "dialogue", "interface", "segment"})


def _is_component(text: str, sentence: Sentence, m: _Mention) -> bool:
    """Whether a session or retreat is named as a part of a meeting ("It will comprise a Leaders' Retreat ...")."""
    head = m.name.rsplit(" ", 1)[-1].lower()
    return head in _COMPONENT_HEADS and _COMPONENT_CUE.search(text, sentence.start, m.start) is not None


_INCLUDING_THEN_DATE = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[Rr]elated\s+[A-Z]?[a-z]+)?\s*,\s*(?:including|such\s+as)\s+[^,;.]{3,120},\s*"
    r"(?:(?:in|at)\s+[A-Z][^,;.]{0,60}?\s+)?(?:on|from|in|during)\s+"
)
_VERB_THEN_DATE = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)?"
    r"(?:(?:successfully|virtually|physically|officially)\s+)?(?:held|convened|opened|scheduled|took\s+place|"
    r"takes\s+place|to\s+be\s+held|set|slated)\s+(?:(?:to\s+be\s+held|to\s+take\s+place)\s+)?"
    r"(?:in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3},?\s+)?(?:on|in|from|for)\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
)


def _date_target(text: str, pool: list[tuple[_Mention, str]], d: DateMention) -> str:
    """The meeting a date goes to: the nearest mention, one in the date's own clause before one past a comma.

    "The X was held on 10 April, preceded by the Y on 9 April": 10 April is X's although Y is as near.
    """

    def distance(item: tuple[_Mention, str]) -> tuple[int, int]:
        m = item[0]
        if m.end <= d.start:
            if _VERB_THEN_DATE.fullmatch(text, m.end, d.start):
                return 0, 0  # "the X was held in October 2031 and the Y ...": the date is the X's
            if _INCLUDING_THEN_DATE.fullmatch(text, m.end, d.start):
                return 0, 0  # "the X and Related Summits, including the Y, in Bangkok from 2 to 4 May": the X's
            gap, a, b = d.start - m.end, m.end, d.start
        elif m.start >= d.end:
            gap, a, b = m.start - d.end, d.end, m.start
            if _AND_THE.fullmatch(text, a, b):
                gap += 60  # "the X in Paris in June and the Y in Seoul": the date closes the X's phrase
        else:
            return 0, 0
        crossed = 1 if b - a <= 200 and _CLAUSE_MARK.search(text, a, b) else 0
        # "On 25 July, on the sidelines of the X, A co-chaired the Y": the date is the Y's, not the X's
        beside = 1 if several and _INSIDE_PARENT.search(text, max(0, m.start - 40), m.start) else 0
        return gap + 60 * crossed + 1000 * beside, 0 if m.end <= d.start else 1

    several = len({k for _, k in pool}) > 1
    return min(pool, key=distance)[1]


def _nearest(here: list[tuple[_Mention, str]], start: int, end: int) -> str:
    return _nearest_item(here, start, end)[1]


_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:on\s+)?$", re.IGNORECASE)
_REPORTED_ON = re.compile(
    r"(?:\b[Tt]old\b[^.]*\bon|\b(?:said|reported|announced|released|issued|published|posted)\s+on)\s*"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$",
    re.IGNORECASE,
)
# A dateline: an optional place ("HANOI, ", "Semarang, Indonesia, "), markup allowed, then the date, an optional
# agency tag and a dash ("12 August 2022 - ...", "**Semarang, 21 August 2023** -", "VIENTIANE, July 25 (Xinhua) --").
# ("Phnom Penh [Cambodia], February 17 (ANI):": the country in square brackets after the city)
_DATELINE_PLACE = re.compile(
    r"[\s*_#]*(?:[A-Z][\w.'-]*(?: [A-Za-z][\w.'-]*){0,3}(?:\s*\[[A-Z][^\]\n]{1,40}\])?,\s*){0,3}"
)
_DATELINE_DASH = re.compile(r"[*_]*[ \t]*(?:\([^()\n\d]{2,40}\)[ \t]*)?(?:--|[-\u2013\u2014|:])\s")
_LINE_END = re.compile(r"[ \t*_]*(?:\n|$)")
_DATELINE_REACH = 1500  # a dateline opens the text: only dates this near the start can be one


def _dateline_shape(doc: Document, sentence: Sentence, d: DateMention) -> bool:
    """Whether ``d`` is written as a dateline: "HANOI, 5 May 2024 - ...", or "Jakarta, 4 May 2024" on its own line."""
    text = doc.text
    if not (
        d.day is not None
        and d.month is not None
        and not d.is_range
        and d.start < _DATELINE_REACH
        and d.start - sentence.start <= 80
    ):
        return False
    place = _DATELINE_PLACE.fullmatch(text, sentence.start, d.start)
    if place is None or (_DATELINE_DASH.match(text, d.end) is None and _LINE_END.match(text, d.end) is None):
        return False
    # "Thursday, 2 May - the X": a programme line, not a dateline (which names its place)
    return d.year is not None or text[sentence.start : d.start].strip(" \t*_#,") not in _WEEKDAYS


def _is_dateline(doc: Document, sentence: Sentence, d: DateMention) -> bool:
    """Whether ``d`` is the text's dateline: the first date written as one, or the same day written so again.

    Later dates of that shape on other days head programme lines ("Thursday, 2 May - the X met").
    """
    first = doc.computed(_dateline_day)
    if first is None:
        return False
    if first.start == d.start:
        return True
    return (d.month, d.day) == (first.month, first.day) and _dateline_shape(doc, sentence, d)


def _nearest_keys(here: list[tuple[_Mention, str]], start: int, end: int) -> list[str]:
    """The meeting nearest to ``[start, end)``, or every meeting a plural anaphor there covers ("both meetings")."""
    mention, key = _nearest_item(here, start, end)
    if not mention.anaphor:
        return [key]
    return list(dict.fromkeys(k for m, k in here if m is mention))


def _may_hold(low: str | None, needles: tuple[str, ...]) -> bool:
    """Whether ``low`` (a sentence's folded text, or None when unknown) holds one of ``needles``."""
    return low is None or any(needle in low for needle in needles)


class _Folded:
    """The text lower-cased once, so that case-insensitive patterns run as (faster) case-sensitive ones on it.

    Patterns are compiled twice: as written (``re.IGNORECASE``, for the rare text whose lower case has another
    length) and without the flag for the folded text; both give the same offsets.
    """

    def __init__(self, text: str) -> None:
        low = text.lower()
        self.same = len(low) == len(text)
        self.text = low if self.same else text

    def finditer(
        self, pattern: tuple[re.Pattern[str], re.Pattern[str]], start: int, end: int
    ) -> Iterable[re.Match[str]]:
        """Matches of ``pattern`` (folded, original) in ``[start, end)``."""
        return (pattern[0] if self.same else pattern[1]).finditer(self.text, start, end)

    def search(self, pattern: tuple[re.Pattern[str], re.Pattern[str]], start: int, end: int) -> re.Match[str] | None:
        """The first match of ``pattern`` (folded, original) in ``[start, end)``."""
        return (pattern[0] if self.same else pattern[1]).search(self.text, start, end)


def _fold(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A case-insensitive pattern with only lower-case literals, as (for folded text, for the original text)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE), pattern


_EVENT_CUE_F = _fold(_EVENT_CUE)
_FUTURE_F = _fold(_FUTURE)
_MODES_F = tuple((_fold(p), mode) for p, mode in _MODES)
# Words without which a pattern cannot match the folded text: a sentence holding none of them is not scanned.
_MODES_NEEDS = (("hybrid",), ("virtual", "video", "online", "teleconference", "via "), ("person", "face", "physically"))
_FUTURE_NEEDS = (
    "will", "shall", "to be ", "is to", "are to", "scheduled", "upcoming", "next year", "later this year", "would ",
    "set to", "plan", "forthcoming", "expected to",
)  # fmt: skip
_THEME_NEEDS = ("theme", "banner")
_CHAIR_WORD_NEEDS = ("chair", "presid", "led")
_ALL_HELD_NEEDS = ("held", "convened", "hosted", "place", "scheduled")  # in the text as written
_THEME_F = _fold(_THEME)
_CHAIR_WORD_F = _fold(_CHAIR_WORD)


_TYPICALLY = re.compile(r"\b(?:typically|usually|normally|generally|often|regularly|traditionally)\b")
_PAST_EVENT = re.compile(
    r"\b(?:opened|was held|were held|was convened|took place|kicked off|began|started|convened|concluded|met)\b"
)


_DATE_CHAIN = re.compile(r"\s+(?:and|or|to|until|till)\s+(?:(?:early|late|mid|the end of|the beginning of)[\s-]+)?")
_RESPECTIVELY = re.compile(r"\brespectively\b")


def _respectively(
    doc: Document,
    sentence: Sentence,
    here: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    dates: tuple[DateMention, ...],
) -> set[DateMention]:
    """Dates in the order of the meetings ("the 16th X and the 9th Y, held in June and November respectively").

    Only when as many dated expressions follow the last of the meetings as there are meetings; returns the
    dates given out.
    """
    text = doc.text
    hit = _RESPECTIVELY.search(text, sentence.start, sentence.end)
    if hit is None:
        return set()
    named = [(m, k) for m, k in here if m.named and m.end <= hit.start()]
    keys = list(dict.fromkeys(k for _, k in named))
    if len(keys) < 2:
        return set()
    last = max(m.end for m, _ in named)
    after = [d for d in dates if last <= d.start < hit.start() and d.month is not None and d.relative is None]
    given = after
    if len(keys) == 2 and len(after) == 1 and after[0].is_range and " and " in text[after[0].start : after[0].end]:
        # "on 15 and 16 June respectively": one day each, not a range
        d = after[0]
        given = [
            attrs.evolve(d, end_year=None, end_month=None, end_day=None),
            attrs.evolve(d, year=d.end_year or d.year, month=d.end_month or d.month, day=d.end_day, end_year=None,
                         end_month=None, end_day=None),
        ]  # fmt: skip
    if len(given) != len(keys):
        return set()
    for key, d in zip(keys, given, strict=True):
        c = clusters[key]
        if c.date is None or _precision(d) > _precision(c.date):
            c.date, c.date_why = d, None
            c.date_ranges = [(d.start, d.end)]
            c.event = True
    return set(after)


_DAY_OFFSET = re.compile(
    r"(?:,\s*)?\b(?P<n>a|one|two|three|the)\s+days?\s+(?P<dir>after|before|following|prior\s+to|ahead\s+of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFSET_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}
_SKIP_DATE_BEFORE = re.compile(
    r"\b(?:(?:established|founded|formed|created|set\s+up|launched|inaugurated|instituted)\s+(?:in|on|since)|"
    r"since|partnership\s+(?:in|of)|relations\s+in)\s+$",
    re.IGNORECASE,
)


# a clause that tells of an earlier event: its year dates that event ("... since X became a partner in 1974")
_HISTORY_CLAUSE = re.compile(
    r"\b(?:since|anniversary|became|become|joined|admitted|established|founded|signed|entered into force|"
    r"years? of)\b[^,;:()\n]*$"
)


def _history_clause(text: str, sentence: Sentence, here: list[tuple[_Mention, str]], d: DateMention) -> bool:
    """Whether the year ``d`` ends a clause about an earlier event that names no meeting of the sentence."""
    h = _HISTORY_CLAUSE.search(text, max(sentence.start, d.start - 120), d.start)
    return h is not None and not any(h.start() <= m.start < d.start for m, _ in here)


def _offset_date(
    doc: Document, sentence: Sentence, c: _Cluster, offset: re.Match[str], dates: tuple[DateMention, ...]
) -> None:
    """Relative: in "..., a day after the Y", Y is a day before the full date right before the words (inferred)."""
    if c.date is not None:
        return
    before = [d for d in dates if d.end <= offset.start() and offset.start() - d.end <= 4]
    if not before:
        return
    d = before[-1]
    if d.year is None or d.month is None or d.day is None or d.is_range:
        return
    days = _OFFSET_DAYS[offset.group("n").lower()]
    sign = 1 if offset.group("dir").lower() in {"before", "prior to", "ahead of"} else -1
    try:
        day = dt.date(d.year, d.month, d.day) + dt.timedelta(days=sign * days)
    except ValueError:
        return
    words = " ".join(doc.text[offset.start() : offset.end()].strip(" ,").split())
    _give_day(c, offset.start(), offset.end(), day, f"'{words}' {doc.text[d.start : d.end]}",
              [(d.start, d.end), (offset.start(), offset.end())])  # fmt: skip


def _past_then_future(folded: _Folded, m: _Mention, futures: list[int]) -> bool:
    """Whether a past verb of the meeting comes before the sentence's future ("X opened today and will run ...")."""
    if futures[0] < m.end or not folded.same:
        return False
    return _PAST_EVENT.search(folded.text, m.end, min(futures[0], m.end + 200)) is not None


# "Ramirez will chair the AMMS through next year", "will hold the chairmanship of the AMM until 2027": a term in
# the chair of a body, not a meeting to come
_TENURE_BEFORE = re.compile(
    r"\b(?:chair|chairs|chaired|chairing|helm|chairmanship|chairpersonship)\s+(?:of\s+)?(?:the\s+)?$"
)
_TENURE_AFTER = re.compile(r"\s+(?:through|throughout|until|till|up to)\b")


def _tenure(text: str, sentence: Sentence, m: _Mention) -> bool:
    """Whether an unnumbered mention is the body whose chair someone holds for a term ("chair the X until ...").

    So is one named after "the chairmanship of" ("will take over the chairmanship of the X and the Y from Laos ...
    next year"): the chair changes hands, no meeting is dated.
    """
    if m.ordinal is not None:
        return False
    if _CHAIRMANSHIP_OF.search(text, max(sentence.start, m.start - 60), m.start) is not None:
        return True
    return (
        _TENURE_BEFORE.search(text, max(sentence.start, m.start - 30), m.start) is not None
        and _TENURE_AFTER.match(text, m.end, sentence.end) is not None
    )


_CHAIRMANSHIP_OF = re.compile(
    r"\b(?:chairmanship|chairpersonship|chairship|helm)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
    r"(?:and|&)\s+(?:the\s+)?)?$"
)


_BOTH_ON = re.compile(
    r",\s*(?:both|all(?:\s+(?:two|three|four|five|six))?)\s+(?:(?:were|are|will\s+be|to\s+be)\s+)?"
    r"(?:scheduled|set|slated|planned|held|convened|taking\s+place|to\s+take\s+place|to\s+be\s+held)\s+"
    r"(?:for|on)\s+$",
    re.IGNORECASE,
)


def _shared_date_targets(text: str, sentence: Sentence, here: list[tuple[_Mention, str]], d: DateMention) -> list[str]:
    """The coordinated meetings right before ", both scheduled for <date>": each takes the date."""
    bm = _BOTH_ON.search(text, max(sentence.start, d.start - 60), d.start)
    if bm is None:
        return []
    before = [(m, k) for m, k in here if m.named and m.end <= bm.start()]
    if not before or text[before[-1][0].end : bm.start()].strip():
        return []
    keys = [before[-1][1]] + [before[j][1] for j in _chain_before(text, before, len(before) - 1)]
    return list(dict.fromkeys(keys)) if len(keys) > 1 else []


def _attach(
    doc: Document,
    sentence: Sentence,
    here: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    found: Found,
    folded: _Folded,
    known: _Known,
) -> None:
    text = doc.text
    s_text = text[sentence.start : sentence.end]
    keys = list(dict.fromkeys(k for _, k in here))
    low = folded.text[sentence.start : sentence.end] if folded.same else None
    futures = (
        [x.start() for x in folded.finditer(_FUTURE_F, sentence.start, sentence.end)]
        if _may_hold(low, _FUTURE_NEEDS)
        else []
    )
    cues = [(x.start(), x.end()) for x in folded.finditer(_EVENT_CUE_F, sentence.start, sentence.end)]
    prior: tuple[_Mention, str] | None = None
    for m, key in here:
        c = clusters[key]
        near = any(a >= m.start - 80 and b <= m.end + 80 for a, b in cues)
        if m.named and (near or (m.heading and not _bare_series_heading(m)) or m.ordinal is not None):
            c.event = True  # (a heading that only names a series may head a section about it, not a meeting)
        if (
            m.named
            and prior is not None
            and prior[0].end <= m.start
            and clusters[prior[1]].event
            and _COORDINATED.fullmatch(text, prior[0].end, m.start)
        ):
            c.event = True  # "attended the A, the B and the C": coordinated with a reported meeting
        if m.named:
            prior = (m, key)
        if m.anaphor and (
            _plural_count(text[m.start : m.end]) is None
            or (cues and _TYPICALLY.search(text, sentence.start, sentence.end) is None)
        ):
            c.event = True  # "These meetings typically review work plans": a description, no meeting reported
        if (
            futures
            and m.named
            and not _past_then_future(folded, m, futures)
            and not _tenure(text, sentence, m)
            and not (m.ordinal is None and _INSIDE_PARENT.search(text, max(sentence.start, m.start - 40), m.start))
        ):
            c.future = True  # (not "will meet ... in conjunction with the X": the X is only the occasion)
        if m.named and _SINCE.search(text, max(sentence.start, m.start - 12), m.start):
            c.history += 1  # "since the 1st ASEAN Summit in 1976": a point in time, not a meeting reported
        elif m.named and m.ordinal is None and _HABITUAL.match(text, m.end, sentence.end):
            c.history += 1  # "The AHMM is convened every two years": the series, not a meeting reported
        elif m.named and m.ordinal is None and _ROLE_BEFORE.search(text, max(sentence.start, m.start - 30), m.start):
            c.history += 1  # "ministers who gather as the X", "supported by the Y": the body, no meeting reported
        elif m.named and m.ordinal is None and _is_component(text, sentence, m):
            c.history += 1  # "The Summit consisted of a Plenary Session ... and a Leaders' Retreat": its parts
    # dates; an inline dateline ("JAKARTA, 5 May 2024 - The ...") dates the release, not a meeting ("today" does)
    dates = doc.dates_in(sentence.start, sentence.end)
    done = _respectively(doc, sentence, here, clusters, dates)
    done |= _bracketed(doc, sentence, here, clusters, dates)
    # "X was held on 16 May, a day after the Y": the date is X's; Y's is a day before it
    offsets = [
        (m, k, o)
        for m, k in here
        if m.named
        for o in [_DAY_OFFSET.search(text, max(sentence.start, m.start - 40), m.start)]
        if o
    ]
    offset_ids = {id(m) for m, _, _ in offsets}
    previous: DateMention | None = None
    for d in dates:
        follows, previous = previous, d
        if d in done or _is_dateline(doc, sentence, d):
            continue
        if follows is not None and _DATE_CHAIN.fullmatch(text, follows.end, d.start):
            continue  # "late July and early August": the second date goes with the first
        if _SKIP_DATE_AFTER.match(text[d.end : min(d.end + 40, sentence.end)]):
            continue  # "on 5 May in a statement": the statement's date (within the sentence: "... Post" is not a post)
        if _REPORTED_ON.search(text, max(sentence.start, d.start - 30), d.start):
            continue
        if any(m.start <= d.start < m.end for m, _ in here):
            continue
        if _SKIP_DATE_BEFORE.search(text, max(sentence.start, d.start - 30), d.start):
            continue  # "the ARF was established in 1994": the body's date, not a meeting's
        if d.month is None and d.relative is None and _history_clause(text, sentence, here, d):
            continue  # "marking 50 years since Australia became a Dialogue Partner in 1974"
        coarse = d.relative is not None or d.month is None
        shared = _shared_date_targets(text, sentence, here, d)
        if shared:
            for key in shared:  # "the A and the B, both scheduled for 13 July, and the C on 14 July"
                c = clusters[key]
                if c.date is None or _precision(d) > _precision(c.date):
                    c.date, c.date_why, c.date_ranges = d, None, [(d.start, d.end)]
            continue
        pool = [(m, k) for m, k in here if (m.named or not coarse) and id(m) not in offset_ids]
        if not pool:
            continue
        key = _date_target(text, pool, d)
        nearest_mention = min(
            (m for m, k in pool if k == key), key=lambda m: min(abs(m.start - d.end), abs(d.start - m.end))
        )
        if coarse and min(abs(nearest_mention.start - d.end), abs(d.start - nearest_mention.end)) > 100:
            continue
        if coarse and _tenure(text, sentence, nearest_mention):
            continue  # "will chair the X through next year": the chair's term, not the meeting's date
        c = clusters[key]
        if d.year is not None and c.ordinal is not None and c.series:
            ed = find_edition(c.series, c.ordinal)
            if ed is not None and ed.year != d.year and (nearest_mention.ordinal is None or abs(ed.year - d.year) > 1):
                # "last hosted the AMEM in September 2017": another edition than the text's 38th AMEM; "the 28th X
                # marked half a century since the ministers first met in April 1975": the KB puts the 28th decades on
                continue
        if d.day is not None and _UNTIL.search(text, max(sentence.start, d.start - 10), d.start):
            if c.until is None:
                c.until = d  # "opened today and will run until 14 July": an end, never the start
            continue
        if d.relative is not None:
            if _POSSESSIVE_DAY.match(text, d.end) and not 0 <= nearest_mention.start - d.end <= 4:
                continue  # "Thailand, this year's vice chair, will host the X next year": another noun's year
            if c.rel_date is None and c.date is None:
                c.rel_date = d
                c.date_ranges.append((d.start, d.end))
            continue
        # a day written for the meeting beats one inferred ("opened today"); a written range even for "the Summit"
        replaces_inferred = c.date_why is not None and _precision(d) == 3 and (nearest_mention.named or d.is_range)
        if c.date is None or _precision(d) > _precision(c.date) or replaces_inferred:
            c.date = d
            c.date_why = None
            c.date_ranges = [(d.start, d.end)]
            c.event = True
        # "the A and the B are scheduled to be held in November": each of the coordinated meetings
        if d.start >= nearest_mention.end and nearest_mention.named:
            named_here = [(m, k) for m, k in here if m.named]
            for other_key in _coordinated_before(text, named_here, nearest_mention, d.start):
                other = clusters[other_key]
                if other.date is None or _precision(d) > _precision(other.date):
                    other.date, other.date_why, other.date_ranges = d, None, [(d.start, d.end)]
                    other.event = True
        # coordinated meetings share a date written right before them ("the 8 May X and the Y")
        first = [m for m, k in here if k == key and m.start >= d.end and _DATE_LEADS.fullmatch(text, d.end, m.start)]
        if first:
            prev = first[0]
            for m, k in here:
                other = clusters[k]
                if other is c or other.date is not None or not m.named or m.start <= prev.end:
                    continue
                if _COORDINATED.fullmatch(text[prev.end : m.start]):
                    other.date = d
                    other.date_ranges = [(d.start, d.end)]
                    prev = m
                else:
                    break
    for _, key, o in offsets:
        _offset_date(doc, sentence, clusters[key], o, dates)
    # mode
    for (pattern, mode), needs in zip(_MODES_F, _MODES_NEEDS, strict=True):
        if not _may_hold(low, needs):
            continue
        for mm in folded.finditer(pattern, sentence.start, sentence.end):
            targets = [_nearest(here, mm.start(), mm.end())]
            if len(keys) > 1 and _AND.search(s_text):
                targets = [k for m, k in here if m.named and m.end <= mm.start()] or targets
            for key in targets:
                c = clusters[key]
                if c.mode is None:
                    c.mode = mode
                    c.mode_ranges.append((mm.start(), mm.end()))
                    c.event = True
    # theme
    for tm in folded.finditer(_THEME_F, sentence.start, sentence.end) if _may_hold(low, _THEME_NEEDS) else ():
        keys_for = _nearest_keys(here, tm.start(), tm.end())
        first_key = next((k for m, k in here if m.named and m.end <= tm.start()), None)
        if first_key is not None and _THEME_AFTER_COMMA.search(text, max(sentence.start, tm.start() - 30), tm.start()):
            keys_for = [first_key]  # "The X was held in Hue, alongside the Y, under the theme ...": the subject's
        for key in keys_for:
            _give_theme(clusters[key], text, tm.start(1), tm.end(1))
    # host: "<Country> hosted the X" and "X hosted by <Country|demonym>"
    for m, key in here:
        if not m.named:
            continue
        c = clusters[key]
        pre = text[max(sentence.start, m.start - 40) : m.start]
        hm = _HOSTS.search(pre)
        if hm and c.host is None:
            subject = [h for h in doc.names_in(sentence.start, m.start - len(pre) + hm.start(), None)
                       if h.kind in {"country", "demonym"} and not h.ambiguous]  # fmt: skip
            if subject:
                c.host, c.host_range = subject[-1].key, (subject[-1].start, subject[-1].end)
        post_start = m.end
        window = text[post_start : min(sentence.end, post_start + 160)]
        hb = _HOSTED_BY.search(window)
        if hb and c.host is None:
            hits = [
                h
                for h in doc.names_in(post_start + hb.end(), post_start + hb.end() + 40)
                if h.kind in {"country", "demonym"}
            ]
            if hits:
                c.host, c.host_range = hits[0].key, (hits[0].start, hits[0].end)
        _place(doc, sentence, m, c)
        if c.city is None:
            _venue_city(doc, sentence, m, c)
        if c.city is None:
            _place_before(doc, sentence, m, c)
    _share_place(text, here, clusters)
    # chairs
    if _may_hold(low, _CHAIR_WORD_NEEDS) and folded.search(_CHAIR_WORD_F, sentence.start, sentence.end):
        _chairs(doc, sentence, here, clusters, found, known)
    # parents
    named_here = [(m, k) for m, k in here if m.named]
    for idx, (m, key) in enumerate(named_here):
        # the next meeting after it; a short one ("the Special Summit") only right after a parent cue
        for m2, key2 in (pair for pair in here if pair[0].start >= m.end):
            if key2 == key or not (m2.named or m2.anaphor or m2.start - m.end < 60):
                continue
            between = text[m.end : m2.start]
            cue = _PARENT_CUE.fullmatch(between) if len(between) < 60 else None
            if cue is not None or (
                len(between) < 120 and _PARENT_TAIL.search(between) and not _CLAUSE_BREAK.search(between)
            ):
                children = [key]
                if cue is not None and cue.group("all"):  # "the A and the B, both held on the sidelines of the Y"
                    children += [named_here[j][1] for j in _chain_before(text, named_here, idx)]
                for child in children:
                    if child != key2 and clusters[child].parent is None:
                        clusters[child].parent = key2
            break
    # "On the sidelines of X, ... Y was held": X is the parent of the meetings after the comma
    fronted = _PARENT_FRONT.match(text, sentence.start, sentence.end)
    if fronted is not None:
        parents = [(m, k) for m, k in here if m.named and m.start == fronted.end()]
        if parents:
            pm, pkey = parents[0]
            comma = text.find(",", pm.end, sentence.end)
            for m, key in here:
                if comma >= 0 and m.start > comma and m.named and key != pkey and clusters[key].parent is None:
                    clusters[key].parent = pkey
    _share_siblings(here, clusters)
    if not _may_hold(s_text, _ALL_HELD_NEEDS):
        return
    for am in _ALL_HELD.finditer(text, sentence.start, sentence.end):
        _share_list(text, here, clusters, am.start(), am.end())


_ALL_HELD = re.compile(
    r"\b(?:all|both|each)\s+(?:of\s+(?:them|which)\s+)?(?:(?:were|was|are|will\s+be|to\s+be|being)\s+)?"
    r"(?:held|convened|hosted|taking\s+place|to\s+take\s+place|took\s+place|scheduled)\b|"
    r"\b(?:were|are|will\s+be)\s+(?:both\s+|all\s+|jointly\s+)?(?:held|convened|hosted)\b"  # "A and B were held"
)


def _share_list(text: str, here: list[tuple[_Mention, str]], clusters: dict[str, _Cluster], at: int, end: int) -> None:
    """Each meeting of a list ("A, B and C, all held in Jakarta on 13 July") takes the date and place after it."""
    named = [(m, k) for m, k in here if m.named]
    before = [i for i, (m, _) in enumerate(named) if m.end <= at]
    if not before or text[named[before[-1]][0].end : at].strip(" ,\t\n") != "":
        return
    chain = [named[before[-1]]]
    for i in range(before[-1] - 1, -1, -1):
        m, k = named[i]
        if not _COORDINATED.fullmatch(text, m.end, chain[-1][0].start):
            break
        chain.append((m, k))
    keys = list(dict.fromkeys(k for _, k in chain))
    if len(keys) < 2:
        return
    donors = [clusters[k] for k in keys]
    date = next((c for c in donors if c.date is not None and c.date_ranges and c.date_ranges[0][0] >= end), None)
    place = next((c for c in donors if c.city_range is not None and c.city_range[0] >= end), None)
    host = next((c for c in donors if c.host_range is not None and c.host_range[0] >= end), None)
    for c in donors:
        if date is not None and c is not date and c.date is None:
            c.date, c.date_why, c.until = date.date, date.date_why, date.until
            c.date_ranges = list(date.date_ranges)
            c.event = True
        if place is not None and c is not place and c.city is None:
            c.city, c.city_range = place.city, place.city_range
        if host is not None and c is not host and c.host is None:
            c.host, c.host_range = host.host, host.host_range


def _share_place(text: str, here: list[tuple[_Mention, str]], clusters: dict[str, _Cluster]) -> None:
    """The place (and day) written right after the last of coordinated meetings is each one's.

    "chaired the A and the B in Kuala Lumpur on 15 October": A is in Kuala Lumpur on 15 October too.
    """
    named = [(m, k) for m, k in here if m.named]
    for i in range(len(named) - 1, 0, -1):
        m, key = named[i]
        c = clusters[key]
        if c.city_range is None or not 0 <= c.city_range[0] - m.end <= 12:
            continue  # only "... the B in <City>", the place right after the last meeting
        day = c.date if c.date is not None and c.date_why is None and 0 <= c.date.start - c.city_range[1] <= 8 else None
        for j in _chain_before(text, named, i):
            other = clusters[named[j][1]]
            if other is c:
                continue
            if other.city is None:
                other.city, other.city_range = c.city, c.city_range
                if other.host is None and c.host is not None:
                    other.host, other.host_range = c.host, c.host_range
            if day is not None and other.date is None:
                other.date, other.date_ranges = day, [(day.start, day.end)]


def _share_siblings(here: list[tuple[_Mention, str]], clusters: dict[str, _Cluster]) -> None:
    """Coordinated ordinals ("the 40th and 41st X Summits in November") share what the sentence gives one of them."""
    groups: dict[int, list[str]] = {}
    for m, key in here:
        if m.sibling:
            groups.setdefault(m.end, [])
            if key not in groups[m.end]:
                groups[m.end].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        donors = [clusters[k] for k in keys]
        for c in donors:
            for d in donors:
                if d is c:
                    continue
                if c.date is None and d.date is not None:
                    c.date, c.date_why, c.until = d.date, d.date_why, d.until
                    c.date_ranges = list(d.date_ranges)
                if c.city is None and d.city is not None:
                    c.city, c.city_range = d.city, d.city_range
                if c.host is None and d.host is not None:
                    c.host, c.host_range = d.host, d.host_range
                if c.mode is None and d.mode is not None:
                    c.mode, c.mode_ranges = d.mode, list(d.mode_ranges)
                if c.theme is None and d.theme is not None:
                    c.theme, c.theme_range = d.theme, d.theme_range


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_REL_DAY = re.compile(
    r"\b(?:(?P<today>[Tt]oday|[Tt]his (?:morning|afternoon|evening)|[Tt]onight)|(?P<yesterday>[Yy]esterday)|"
    r"(?P<tomorrow>[Tt]omorrow)|(?P<weekday>" + "|".join(_WEEKDAYS) + r"))\b(?!'s\s+(?:statement|press|report))"
)
# Every match of :data:`_REL_DAY` holds one of these (the weekdays, "today" and "yesterday" end in "day").
_REL_DAY_NEEDS = ("day", "his morning", "his afternoon", "his evening", "onight", "omorrow")


def _placeable_day(text: str, start: int, end: int, rm: re.Match[str]) -> bool:
    """Whether the day word at ``rm`` (in ``text[start:end]``) names a day against the text's date.

    Not "last Tuesday", "every Monday", "until today", and not "Tuesday, 5 May" (a date written out).
    """
    return (
        _REL_DAY_SKIP_BEFORE.search(text, max(start, rm.start() - 12), rm.start()) is None
        and _REL_DAY_SKIP_AFTER.match(text, rm.end(), end) is None
    )


def _rel_days(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_REL_DAY.finditer(text, start, end)``, without the scan when the range holds none of its words."""
    find = text.find
    if any(find(needle, start, end) >= 0 for needle in _REL_DAY_NEEDS):
        return _REL_DAY.finditer(text, start, end)
    return iter(())


_WEEKDAY_PHRASE = re.compile(
    r"\s+(?:on\s+)?(?:" + "|".join(_WEEKDAYS) + r")(?:\s+(?:and|to|through|until)\s+(?:" + "|".join(_WEEKDAYS) + r"))?"
    r"(?=\s|$)"
)
_WEEKDAY_PAIR = re.compile(r"\s+(?:and|to|through|until|-|–)\s+(" + "|".join(_WEEKDAYS) + r")\b")
# "last Tuesday", "every Monday", "Tuesday, 5 May": not a day this rule can place
_ENDS_ON = re.compile(
    r"\b(?:ends|will\s+end|ending|closes|will\s+close|concludes|will\s+conclude|wraps\s+up|will\s+wrap\s+up|"
    r"runs|will\s+run|running|lasts|will\s+last)\s+(?:(?:until|till|through|to)\s+)?(?:on\s+)?$"
)
_POSSESSIVE_DAY = re.compile(r"['’]s\b")
"""Right after a day or "this year": it qualifies the noun that follows ("Monday's session", "this year's chair")."""
_REL_DAY_SKIP_BEFORE = re.compile(r"\b(?:last|next|this|every|previous|following|coming|each|until|since)\s+$", re.I)
_REL_DAY_SKIP_AFTER = re.compile(r"\s*,?\s*(?:\d|(?:January|February|March|April|May|June|July|August|September|"
                                 r"October|November|December)\b)")  # fmt: skip
# the day a statement was made, not the day of the meeting: "he said on Monday", "in a statement on Friday"
_REL_DAY_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|reported|statement|stated|added|noted|according|interview|wrote|posted)\b"
    r"[^.;\n]{0,30}$",
    re.IGNORECASE,
)
_DAY_EVENT = re.compile(
    r"\b(?:held|hold|holds|opened|opens|open|kicked off|kicks off|began|begins|started|starts|convened|convenes|"
    r"took place|takes place|take place|met|meet|meets|chaired|chairs|chair|attended|attends|attend|attending|"
    r"hosted|hosts|concluded|concludes|closed|closes|wrapped up|ended|ends|gathered|joined|participated|co-chaired|"
    r"preceded|followed|headed|led|convene)\b",
    re.IGNORECASE,
)


_SAME_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+same\s+(?:day|date)|(?P<next>the\s+(?:following|next)\s+day|a\s+day\s+later))\b",
    re.IGNORECASE,
)
_OPENS_CLAUSE = re.compile(
    r"\W*(?:(?:later|earlier|also|then|and)\s+)?(?:(?:on|in|during)\s+)?(?:the\s+)?"
    r"(?:(?:morning|afternoon|evening|night|sidelines?|margins?)\s+of\s+)?",
    re.IGNORECASE,
)


def _same_day(
    doc: Document,
    sentence: Sentence,
    here: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    latest: DateMention | None,
    dated: tuple[dt.date, str] | None = None,
) -> DateMention | None:
    """A meeting "held on the same day" takes the last day written for a meeting before it (inferred).

    Returns the last such day after this sentence.
    """
    text = doc.text
    for sm in _SAME_DAY.finditer(text, sentence.start, sentence.end):
        named = [(m, k) for m, k in here if m.named and m.end <= sm.start()]
        if not named and _OPENS_CLAUSE.fullmatch(text, sentence.start, sm.start()):
            # "On the afternoon of the same day, the ministers held the X": the meeting comes after
            named = [(m, k) for m, k in here if m.named and m.start >= sm.end()][:1]
        if latest is None or latest.day is None or not named or latest.start >= sm.start():
            continue
        c = clusters[named[-1][1]]
        if c.date is not None and c.date.start >= sentence.start:
            continue
        said = " ".join(text[sm.start() : sm.end()].split())
        if sm.group("next"):
            if latest.year is None or latest.month is None:
                continue
            try:
                after = dt.date(latest.year, latest.month, latest.day) + dt.timedelta(days=1)
            except ValueError:
                continue
            c.date = DateMention(start=sm.start(), end=sm.end(), year=after.year, month=after.month, day=after.day)
        else:
            c.date = attrs.evolve(latest, start=sm.start(), end=sm.end())
        c.date_why = f"'{said}' as {text[latest.start : latest.end]}"
        c.date_ranges = [(latest.start, latest.end), (sm.start(), sm.end())]
        c.event = True
    for _, k in here:
        d = clusters[k].date
        fresh = d is not None and d.day is not None and sentence.start <= d.start < sentence.end and not d.is_range
        if fresh and d is not None and (latest is None or d.start > latest.start) and not _long_before(d, dated):
            latest = d
    return latest


def _long_before(d: DateMention, dated: tuple[dt.date, str] | None) -> bool:
    """Whether ``d`` lies more than a month before the day the text is dated ("recalled the 1st X held in 2023")."""
    if dated is None or d.year is None or d.month is None or d.day is None:
        return False
    try:
        return (dated[0] - dt.date(d.year, d.month, d.day)).days > 31
    except ValueError:
        return False


def _publication_day(doc: Document, found: Found, clusters: dict[str, _Cluster]) -> tuple[dt.date, str] | None:
    """The day the text is dated, for "today", "yesterday", "on Tuesday", and how its year is known.

    The dateline comes first ("VIENTIANE, 30 October 2024 - ... convened today"), then the publication date (which
    may be a later "posted on" day). A dateline without a year ("VIENTIANE, October 9 (Agency) --") takes the year
    of a numbered meeting the text names whose edition, in the knowledge base, was held within three days of it
    (before the year only guessed from the text's other full dates).
    """
    d = doc.computed(_dateline_day)
    if d is not None and d.month is not None and d.day is not None:
        if d.year is not None:
            return _day(d.year, d.month, d.day, "")
        weak = doc.year_basis is not None and doc.year_basis.reason is InferenceReason.YEAR_FROM_CONTEXT
        if doc.year is not None and doc.year_basis is not None and not weak:
            return _day(doc.year, d.month, d.day, f" (year: {doc.year_basis.detail})")
        weekdays = _opening_weekdays(doc)
        today = _TODAY_WORD.search(doc.text, 0, min(len(doc.text), _LEDE_OPENING)) is not None
        near = _edition_years(clusters, d.month, d.day, weekdays, today=today)
        if len(near) == 1:
            ((year, why),) = near.items()
            return _day(year, d.month, d.day, f" ({why})")
        fits = _weekday_years(doc, d.month, d.day, weekdays)
        if len(fits) == 1:
            said = doc.text[d.start : d.end]
            return _day(fits[0], d.month, d.day, f" (year: the latest year the text writes, in which '{said}' is the "
                                                 "weekday its opening names)")  # fmt: skip
        if doc.year is not None and doc.year_basis is not None:
            # the most frequent year of the text's full dates: weaker than an edition held on the dateline's day
            return _day(doc.year, d.month, d.day, f" (year: {doc.year_basis.detail})")
    pub = found.source.published
    if pub is not None and pub.month is not None and pub.day is not None:
        return _day(pub.year, pub.month, pub.day, "")
    return None


def _dateline_day(doc: Document) -> DateMention | None:
    """The first date written to the day that opens a dateline ("VIENTIANE, 30 October 2024 -"), if any."""
    for d in doc.dates:
        if d.start >= _DATELINE_REACH:
            break
        if d.month is not None and d.day is not None and _dateline_shape(doc, doc.sentence_at(d.start), d):
            return d
    return None


def _day(year: int, month: int, day: int, why: str) -> tuple[dt.date, str] | None:
    try:
        return dt.date(year, month, day), why
    except ValueError:
        return None


def _opening_weekdays(doc: Document) -> set[int]:
    """The weekdays (0 for Monday) the opening of a text names as days of its events ("on Wednesday")."""
    text = doc.text
    end = min(len(text), _LEDE_OPENING)
    return {
        _WEEKDAYS.index(w)
        for rm in _REL_DAY.finditer(text, 0, end)
        if (w := rm.group("weekday")) is not None and _placeable_day(text, 0, end, rm)
    }


def _weekday_years(doc: Document, month: int, day: int, weekdays: set[int]) -> list[int]:
    """The latest year the text writes, when ``month``/``day`` in it is the one weekday its opening names.

    Years of history ("dialogue relations since 1977") come earlier than the news; a weekday that matches the
    dateline's day in the latest year written is the check (one chance in seven of a coincidence per text).
    """
    years = [d.year for d in doc.dates if d.year is not None and d.relative is None]
    if not years or len(weekdays) != 1:
        return []
    year = max(years)
    try:
        named = dt.date(year, month, day)
    except ValueError:
        return []
    return [year] if named.weekday() in weekdays else []


def _edition_years(
    clusters: dict[str, _Cluster], month: int, day: int, weekdays: set[int], *, today: bool = False
) -> dict[int, str]:
    """Years in which a numbered meeting of the text was held on (or within three days of) ``month``/``day``.

    An edition the knowledge base knows to the day must fall within three days of it; one known only by its year
    counts when a weekday the text's opening names ("on Wednesday") is that day, or the day before, in that year,
    or when the opening reports something done "today" (the dateline's day: "today chaired the 51st X").
    """
    out: dict[int, str] = {}
    for c in clusters.values():
        if not (c.series and c.ordinal):
            continue
        ed = find_edition(c.series, c.ordinal)
        if ed is None:
            continue
        if ed.start is None:
            try:
                named = dt.date(ed.year, month, day)
            except ValueError:
                continue
            if any((named.weekday() - w) % 7 <= 1 for w in weekdays):
                out[ed.year] = (
                    f"the year of the {_ordinal_text(c.ordinal)} {c.series}, whose day in that year is the weekday"
                    " the text names"
                )
            elif today:
                out[ed.year] = f"the year of the {_ordinal_text(c.ordinal)} {c.series}, which the text reports today"
            continue
        try:
            when = dt.date(ed.year, month, day)
        except ValueError:
            continue
        slack = dt.timedelta(days=3)
        if ed.start - slack <= when <= (ed.end or ed.start) + slack:
            out[ed.year] = f"the year of the {_ordinal_text(c.ordinal)} {c.series}, held from {ed.start.isoformat()}"
    return out


_PLURAL_VERB = re.compile(r"\s+(?:were|are|will\s+be|have\s+been|had\s+been|met|convened|took\s+place|jointly)\b")


# "the X Meeting (Langkawi, 24-26 February 2025)", "(virtual, 3 June 2025)": where and when, in brackets
_BRACKET = re.compile(r"\(([^()\n]{6,90})\)")
_BRACKET_MODE = {"virtual": MeetingMode.VIRTUAL, "online": MeetingMode.VIRTUAL, "hybrid": MeetingMode.HYBRID,
                 "videoconference": MeetingMode.VIRTUAL, "video conference": MeetingMode.VIRTUAL}  # fmt: skip
_BRACKET_PLACE = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}$")


_BRACKET_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s+(?:the\s+)?[A-Z][\w+-]*){0,3}\s*\(([^()\n]{6,90})\)")


def _dated_bracket_after(doc: Document, at: int, end: int) -> bool:
    """Whether brackets ending with a date follow ``at`` ("ADSOM and ADSOM-Plus (Langkawi, 24-26 May 2025)")."""
    b = _BRACKET_AFTER.match(doc.text, at, end)
    return b is not None and any(d.end == b.end() - 1 for d in doc.dates_in(b.start(1), b.end(1)))


def _bracketed(
    doc: Document,
    sentence: Sentence,
    here: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    dates: Sequence[DateMention],
) -> set[DateMention]:
    """Place, mode and date written in brackets right after a meeting's name: "the X (Langkawi, 24-26 May 2025)".

    The brackets hold comma-separated parts that end with a date; the parts before it are a mode word, a city or
    a country. Meetings coordinated before the name ("the A and the B (Langkawi, ...)") share them. Returns the
    dates used.
    """
    text = doc.text
    used: set[DateMention] = set()
    named = [(m, k) for m, k in here if m.named]
    for i, (m, key) in enumerate(named):
        b = _BRACKET.search(text, m.start, min(sentence.end, m.end + 100))
        if b is None or (b.start() >= m.end and text[m.end : b.start()].strip()):
            continue  # not right after the name
        close = b.end() - 1
        inside = [d for d in dates if b.start() < d.start and d.end == close]
        if not inside:
            continue
        d = inside[0]
        parts = [p.strip() for p in text[b.start() + 1 : d.start].split(",")]
        if parts and not parts[-1]:
            parts.pop()
        mode: MeetingMode | None = None
        city: tuple[str, int] | None = None
        host: NameHit | None = None
        ok = True
        at = b.start() + 1
        for part in parts:
            at = text.index(part, at) if part else at
            hits = [h for h in doc.names_in(at, at + 1) if h.kind in {"city", "country"} and not h.ambiguous]
            if part.lower() in _BRACKET_MODE:
                mode = _BRACKET_MODE[part.lower()]
            elif hits and hits[0].end == at + len(part):
                if hits[0].kind == "city" and city is None:
                    city = (part, at)
                host = host or hits[0]
            elif _BRACKET_PLACE.match(part) and city is None and part not in MONTHS and part not in _WEEKDAYS:
                city = (part, at)
            else:
                ok = False
            at += len(part)
        if not ok or (mode is None and city is None):
            continue  # "(the first since 2019, 5 May)": not a place and a date
        used.add(d)
        for k in [key, *(named[j][1] for j in _chain_before(text, named, i))]:
            c = clusters[k]
            if c.date is None or _precision(d) > _precision(c.date):
                c.date, c.date_why, c.date_ranges = d, None, [(d.start, d.end)]
            c.event = True
            if mode is not None and c.mode is None:
                c.mode, c.mode_ranges = mode, [(b.start() + 1, d.start)]
            if city is not None and c.city is None:
                c.city, c.city_range = city[0], (city[1], city[1] + len(city[0]))
            if host is not None and c.host is None:
                c.host, c.host_range = host.key, (host.start, host.end)
    return used


_AT_THE = re.compile(r"\bat\s+(?:the\s+)?$")
_TODAY_WORD = re.compile(r"\b[Tt]oday\b")
_OPENING_DAY = re.compile(r"[\s*_>-]*(?:[Oo]n\s+)?")


def _chain_after(text: str, named: list[tuple[_Mention, str]], first: _Mention) -> list[str]:
    """The meetings coordinated after ``first`` ("the A, the B and the C"), in order."""
    out: list[str] = []
    at = next((n for n, (m, _) in enumerate(named) if m is first), len(named))
    while at + 1 < len(named) and _COORDINATED.fullmatch(text, named[at][0].end, named[at + 1][0].start):
        at += 1
        out.append(named[at][1])
    return out


def _give_day(
    c: _Cluster, start: int, end: int, day: dt.date, why: str, ranges: list[tuple[int, int]] | None = None
) -> None:
    """Date ``c`` to ``day``, written at ``text[start:end]``, inferred for the reason ``why`` (a reported meeting)."""
    c.date = DateMention(start=start, end=end, year=day.year, month=day.month, day=day.day)
    c.date_why = why
    c.date_ranges = ranges if ranges is not None else [(start, end)]
    c.event = True


def _weekday_day(pub: dt.date, weekday: str, future: bool) -> dt.date | None:
    """The day ``weekday`` names in a text dated ``pub``.

    The next one for a meeting to come (``None`` when that is the text's own weekday: this week or next), else the
    last one on or before ``pub``.
    """
    if not future:
        return _weekday_before(pub, weekday)
    ahead = (_WEEKDAYS.index(weekday) - pub.weekday()) % 7
    return pub + dt.timedelta(days=ahead) if ahead else None


def _weekday_for(doc: Document, rm: re.Match[str], c: _Cluster, dated: tuple[dt.date, str]) -> None:
    """Give ``c`` the weekday at ``rm``: the next one for a meeting to come, else the last on or before the date."""
    pub, year_why = dated
    day = _weekday_day(pub, rm.group("weekday") or "", c.future)
    if day is None:
        return
    _give_day(
        c, rm.start(), rm.end(), day, f"'{doc.text[rm.start() : rm.end()]}' in a text dated {pub.isoformat()}{year_why}"
    )


def _chain_before(text: str, named: list[tuple[_Mention, str]], i: int) -> list[int]:
    """Indices of the mentions coordinated before ``named[i]`` ("the A, the B and the C"), nearest first."""
    out: list[int] = []
    while i > 0 and _COORDINATED.fullmatch(text, named[i - 1][0].end, named[i][0].start) is not None:
        i -= 1
        out.append(i)
    return out


def _coordinated_before(text: str, named: list[tuple[_Mention, str]], last: _Mention, at: int) -> list[str]:
    """The meetings coordinated before ``last`` ("the A, the B and the C were held ..."), when a plural verb follows."""
    if last.end > at or _PLURAL_VERB.match(text, last.end, at) is None:
        return []
    i = next((n for n, (m, _) in enumerate(named) if m is last), -1)
    return [named[j][1] for j in _chain_before(text, named, i)]


def _weekday_before(pub: dt.date, weekday: str) -> dt.date:
    """The last ``weekday`` ("Tuesday") on or before ``pub``, the day a text is dated."""
    return pub - dt.timedelta(days=(pub.weekday() - _WEEKDAYS.index(weekday)) % 7)


def _day_word(rm: re.Match[str], pub: dt.date) -> dt.date | None:
    """The day "today", "yesterday" or "tomorrow" at ``rm`` names in a text dated ``pub``; ``None`` for a weekday."""
    if rm.group("today"):
        return pub
    if rm.group("yesterday"):
        return pub - dt.timedelta(days=1)
    if rm.group("tomorrow"):
        return pub + dt.timedelta(days=1)
    return None


def _relative_day_for(
    doc: Document, sentence: Sentence, rm: re.Match[str], c: _Cluster, dated: tuple[dt.date, str]
) -> None:
    """Give ``c`` the day of "today" / "yesterday" / "tomorrow" at ``rm`` (weekdays are left to the main rule)."""
    pub, year_why = dated
    day = _day_word(rm, pub)
    if day is None:
        return
    said = doc.text[rm.start() : rm.end()]
    _give_day(c, rm.start(), rm.end(), day, f"'{said}' in a text dated {pub.isoformat()}{year_why}")


def _relative_days(
    doc: Document,
    sentence: Sentence,
    here: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    dated: tuple[dt.date, str],
) -> None:
    """Dates from "opened today", "was held yesterday", "on Tuesday" against the day the text is dated.

    A weekday is the last such day on or before the text's date (the next one after it for a meeting still to
    come). Only a meeting the sentence dates with nothing else takes it, and only when a verb reports it as
    held, opened, attended ...; the day is recorded as inferred, with the words and the text's date.
    """
    text = doc.text
    pub, year_why = dated
    named = [(m, k) for m, k in here if m.named]
    if not named:
        return
    _weekdays_respectively(doc, sentence, named, clusters, dated)
    found_days = list(_rel_days(text, sentence.start, sentence.end))
    plain = [rm for rm in found_days if not _POSSESSIVE_DAY.match(text, rm.end())]
    if plain and len(plain) < len(found_days):
        found_days = plain  # "Monday's meetings capped the X, which opened on Saturday": the X's own day
    # "On Tuesday, in conjunction with the X, Malaysia will convene the A and the B": not the X's day; with only
    # such meetings ("On Thursday, within the framework of the X, ministers held a dialogue"), another event's day
    main = [(m, k) for m, k in named if not _INSIDE_PARENT.search(text, max(sentence.start, m.start - 40), m.start)]
    # a lede names one meeting and one day: "Ministers on Friday adopted <a long title> at the X"
    lede = sentence.start < _LEDE_OPENING and len(found_days) == 1 and len({k for _, k in named}) == 1
    for rm in found_days if main else ():
        if any(m.start <= rm.start() < m.end for m, _ in named):
            continue
        if _REL_DAY_REPORTED.search(text, max(sentence.start, rm.start() - 40), rm.start()):
            continue
        weekday = rm.group("weekday")
        if weekday is not None and not _placeable_day(text, sentence.start, sentence.end, rm):
            continue
        if _ENDS_ON.search(text, max(sentence.start, rm.start() - 24), rm.start()):
            continue  # "the two-day X Summit, which ends on Tuesday": the last day, not the first
        mention, key = _nearest_item(main, rm.start(), rm.end())
        gap = max(mention.start - rm.end(), rm.start() - mention.end, 0)
        if gap > (240 if lede else 120):
            continue
        lo, hi = min(mention.start, rm.start()), max(mention.end, rm.end())
        if _DAY_EVENT.search(text, max(sentence.start, lo - 40), min(sentence.end, hi + 40)) is None and not (
            lede and _AT_THE.search(text, max(sentence.start, mention.start - 8), mention.start)
        ):
            continue  # (a lede's "... on Friday adopted the plan at the X": done at the X, that day)
        if (
            weekday is not None
            and _OPENING_DAY.fullmatch(text, sentence.start, rm.start())
            and mention.start > rm.end()
        ):
            for other in _chain_after(text, main, mention):
                if clusters[other].date is None and clusters[other].future == clusters[key].future:
                    _weekday_for(doc, rm, clusters[other], dated)  # "On Tuesday, ... will convene the A and the B"
        for other in _coordinated_before(text, named, mention, rm.start()):
            if clusters[other].date is None:
                _relative_day_for(doc, sentence, rm, clusters[other], dated)  # "A and B were held today"
        c = clusters[key]
        coarse = c.date is not None and not c.date.is_range and _precision(c.date) < 3
        if c.date is not None and not coarse:
            continue
        said = text[rm.start() : rm.end()]
        found_day = _day_word(rm, pub) or _weekday_day(pub, weekday or "", c.future)
        if found_day is None:
            continue  # "will meet on Thursday" in a text of a Thursday: this week or next
        day = found_day
        if coarse and c.date is not None:
            if (c.date.year, c.date.month or day.month) != (day.year, day.month):
                continue  # a year or month written for it that the day does not fall in
            c.date = None  # "the 2031 X Retreat ... concluded today": the day refines the year
        last = _WEEKDAY_PAIR.match(text, rm.end(), sentence.end) if weekday is not None else None
        stop = rm.end()
        if last is not None:
            # "on Monday and Tuesday": a two-day meeting ending on the second weekday
            span = (_WEEKDAYS.index(last.group(1)) - _WEEKDAYS.index(weekday or "")) % 7
            until = day + dt.timedelta(days=span)
            if 0 < span <= 3 and (c.future or until <= pub):
                stop, said = last.end(), text[rm.start() : last.end()]
                c.date = DateMention(start=rm.start(), end=stop, year=day.year, month=day.month, day=day.day,
                                     end_year=until.year, end_month=until.month, end_day=until.day)  # fmt: skip
        closing = _CLOSING.search(text, max(sentence.start, lo - 30), min(sentence.end, hi + 30)) is not None
        ending = _range_ending_on(doc, day) if closing and c.date is None else None
        if ending is not None:
            # "Today I concluded the X" and "Over three days, from 4 to 6 March, ...": the X ran those days
            c.date = ending
            c.date_why = (f"'{said}' in a text dated {pub.isoformat()}{year_why} ends the meeting; the text's one "
                          f"range ending that day, '{text[ending.start : ending.end]}', is its days")  # fmt: skip
            c.date_ranges = [(rm.start(), stop), (ending.start, ending.end)]
            c.event = True
            continue
        if c.date is None:
            c.date = DateMention(start=rm.start(), end=stop, year=day.year, month=day.month, day=day.day)
        c.date_why = f"'{said}' in a text dated {pub.isoformat()}{year_why}"
        c.date_ranges = [(rm.start(), stop)]
        c.event = True


_CLOSING = re.compile(r"\b(?:concluded|concludes|closed|closes|ended|ends|wrapped\s+up|wraps\s+up)\b")


def _range_ending_on(doc: Document, day: dt.date) -> DateMention | None:
    """The one range of days the text writes that ends on ``day`` ("from 4 to 6 March"), with its year filled."""
    found = [
        d
        for d in doc.dates
        if d.is_range
        and d.day is not None
        and d.end_day == day.day
        and (d.end_month or d.month) == day.month
        and (d.end_year or d.year or day.year) == day.year
    ]
    if len(found) != 1:
        return None
    d = found[0]
    return attrs.evolve(d, year=d.year or day.year, end_year=d.end_year or d.year or day.year)


def _weekdays_respectively(
    doc: Document,
    sentence: Sentence,
    named: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    dated: tuple[dt.date, str],
) -> None:
    """Weekdays given in order ("the A and the B on Tuesday and Wednesday, respectively"), before the text's date."""
    text = doc.text
    pub, year_why = dated
    for rm in _rel_days(text, sentence.start, sentence.end):
        weekday = rm.group("weekday")
        last = _WEEKDAY_PAIR.match(text, rm.end(), sentence.end) if weekday is not None else None
        if last is None or _RESPECTIVELY.search(text, last.end(), min(sentence.end, last.end() + 20)) is None:
            continue
        keys = list(dict.fromkeys(k for m, k in named if m.end <= rm.start()))[-2:]
        if len(keys) != 2 or any(clusters[k].future for k in keys):
            return
        for key, word, (a, b) in zip(
            keys, (weekday or "", last.group(1)), ((rm.start(), rm.end()), (last.start(1), last.end(1))), strict=True
        ):
            day = _weekday_before(pub, word)
            c = clusters[key]
            if c.date is None:
                _give_day(c, a, b, day, f"'{word}' (respectively) in a text dated {pub.isoformat()}{year_why}")
        return


_CAPITAL_OF = re.compile(r"the (?:[A-Z][\w'-]* ){1,2}capital(?: city)?(?: of|,) ")


_FORMAT_AFTER_IN = re.compile(
    r"(?:an?\s+)?(?:hybrid|virtual|online|in-person|face-to-face|physical)\s+(?:format|mode|manner|setting)\b|person\b"
)
# "The 55th X Meeting and related meetings took place in ...": the place of the meeting too
_RELATED = re.compile(r"\*\*|__|\s*\band (?:its |the )?(?:other )?[Rr]elated (?:[Mm]eetings|[Ss]ummits|[Ee]vents)\b")
_FORMAT_IN = re.compile(
    r"\bin\s+(?:(?:an?\s+)?(?:hybrid|virtual|online|in-person|face-to-face|physical)\s+(?:format|mode|manner|setting)|"
    r"person)\s*"
)
_ON_FROM_END = re.compile(r"\s*,?\s*(?:on|from)?\s*$")


def _without_dates(doc: Document, start: int, end: int) -> str:
    """``text[start:end]`` without its date expressions and a preposition left before them.

    "was held on 6 September 2023 " reads as "was held " for "in <place>" after it.
    """
    text = doc.text
    dates = doc.dates_in(start, end)
    if not dates:
        return text[start:end]
    parts: list[str] = []
    at = start
    for d in dates:
        piece = text[at : d.start]
        parts.append(_ON_FROM_END.sub("", piece) + " ")
        at = max(at, d.end)
    parts.append(text[at:end])
    return _SPACES.sub(" ", "".join(parts))


# "leaders gathered in Washington, D.C. on 12-13 May for the X": the place named before the meeting
# "The Minister will be in Jakarta from 11 to 14 July to attend the X": a visit made for the meeting
_GATHERED_IN = re.compile(
    r"\b(?:(?:gathered|met|convened|assembled|came together)\s+in|(?:will be|is|was|are|were)\s+in|"
    r"(?:arrived|arrives|arriving|will arrive)\s+in|(?:travell?ed|travels|travelling|will travel|flew|flies|"
    r"will fly|left|leaves|will leave)\s+(?:for|to))\s+"
    r"(?P<at>[A-Z])[^;:\n]{0,80}?\b(?:for|to attend|to participate in|to take part in|to join)\s+(?:the\s+)?$"
)


_PARTICLE_IN = re.compile(
    r"\b(?:brought|brings?|bringing|roped|drew|draws?|drawing|pulled|pulls?|took\s+part|takes?\s+part|"
    r"taking\s+part|participated|participates?|participating|joined|joins?|joining|sat|sits?|ushered|ushers?)\s*$",
    re.IGNORECASE,
)
"""A verb whose "in" names who took part, not a place ("brought in China", "took part in Jakarta's ...")."""


def _place_before(doc: Document, sentence: Sentence, m: _Mention, c: _Cluster) -> None:
    """City and host from a capital where people "gathered in <Capital> ... for the X"."""
    g = _GATHERED_IN.search(doc.text, max(sentence.start, m.start - 140), m.start)
    if g is None:
        return
    at = g.start("at")
    hits = [h for h in doc.names_in(at, at + 1) if h.kind == "city"]  # "gathered in" makes it a place
    if hits:
        h = max(hits, key=lambda x: x.end)
        c.city, c.city_range = doc.text[h.start : h.end], (h.start, h.end)
        if c.host is None:
            c.host, c.host_range = h.key, (h.start, h.end)


def _place(doc: Document, sentence: Sentence, m: _Mention, c: _Cluster) -> None:
    """City and host from "held in <City>, <Country>", "in <Capital>", "in Singapore"; host from "which X hosted"."""
    text = doc.text
    which = _WHICH_HOSTED.match(text, m.end, sentence.end)
    if which is not None and c.host is None:
        at = which.end()
        hits = [h for h in doc.names_in(at, at + 1) if h.kind == "country" and not h.ambiguous and h.start == at]
        if hits and _HOSTED_AFTER.match(text, hits[0].end, sentence.end):
            c.host, c.host_range = hits[0].key, (hits[0].start, hits[0].end)  # "the X, which Viet Nam hosted"
    window_end = min(sentence.end, m.end + 80)
    for pm in _IN.finditer(text[m.end : window_end]):
        at = m.end + pm.end()
        capital_of = _CAPITAL_OF.match(text, at, window_end)
        if capital_of is not None:
            at = capital_of.end()  # "in the Lao capital of Vientiane"
        if _FORMAT_AFTER_IN.match(text, at, window_end):
            continue  # "held in a hybrid format in Jakarta": the place comes after the format
        between = _VENUE.sub(" ", _FORMAT_IN.sub("", _RELATED.sub("", _without_dates(doc, m.end, m.end + pm.start()))))
        between = _WEEKDAY_PHRASE.sub(" ", between)  # "held on Monday and Tuesday in Busan"
        if _PARTICLE_IN.search(between):
            continue  # "the X brought in China, Japan and Korea": who joined, not where
        if not _IN_PLACE.match(between + "in ") and len(between) > 25:
            break
        hits = [h for h in doc.names_in(at, at + 1) if h.kind in {"city", "country"} and not h.ambiguous]
        if hits:
            h = hits[0]
            name = text[h.start : h.end]
            if h.kind == "city" or h.key in {"SG"}:
                if c.city is None:
                    c.city, c.city_range = name, (h.start, h.end)
                if c.host is None:
                    c.host, c.host_range = h.key, (h.start, h.end)
            elif c.host is None:
                c.host, c.host_range = h.key, (h.start, h.end)
            return
        cm = _CITY_COMMA.match(text[at:window_end])
        if cm:
            after = at + cm.end()
            country = [h for h in doc.names_in(after, after + 1) if h.kind == "country" and not h.ambiguous]
            if country and not doc.names_in(at, at + cm.end(1)):
                if c.city is None:
                    c.city, c.city_range = cm.group(1), (at, at + cm.end(1))
                if c.host is None:
                    c.host, c.host_range = country[0].key, (country[0].start, country[0].end)
                return
        # "held in Siem Reap on ...", "took place in Semarang, Central Java": a verb says where it was held
        held = _HELD_IN.search(between + "in ") or (
            not between.strip() and _HELD_BEFORE.search(text, max(sentence.start, m.start - 40), m.start)
        )
        run = _CITY_RUN.match(text, at, window_end) if held else None
        if (
            run is not None
            and c.city is None
            and not doc.names_in(at, run.end(1))
            and not any(w in _NOT_CITY or w in MONTHS or w in _WEEKDAYS for w in run.group(1).split())
        ):
            c.city, c.city_range = run.group(1), (at, run.end(1))
        return


def _venue_city(doc: Document, sentence: Sentence, m: _Mention, c: _Cluster) -> None:
    """The city a venue is named after: "held at the Jakarta Convention Center on 5 May" gives Jakarta.

    Only a capital the knowledge base knows, written first in a name that ends in a venue word, right after the
    meeting and a verb of holding (dates may come between).
    """
    text = doc.text
    end = min(sentence.end, m.end + 120)
    between = _without_dates(doc, m.end, end)
    if _AT_VENUE.match(between) is None:
        return
    # map the match back to the text: the venue's first word is the first capital word after "at (the)"
    at = text.find(" at ", m.end, end)
    if at < 0:
        return
    at += 4
    if text.startswith("the ", at):
        at += 4
    hits = [h for h in doc.names_in(at, at + 1) if h.kind == "city" and not h.ambiguous and h.start == at]
    if not hits or _VENUE_WORDS.match(text, hits[0].end, end) is None:
        return
    h = hits[0]
    c.city, c.city_range = text[h.start : h.end], (h.start, h.end)
    if c.host is None:
        c.host, c.host_range = h.key, (h.start, h.end)


_AT_VENUE = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)?(?:held|convened|took\s+place|takes\s+place|"
    r"taking\s+place|opened|to\s+be\s+held|will\s+be\s+held|is\s+being\s+held)?\s*at\s+(?:the\s+)?[A-Z]"
)
_VENUE_WORDS = re.compile(
    r"(?:\s+[A-Z][\w'’&-]*){0,3}?\s+(?:International\s+)?(?:Convention|Conference|Exhibition|Expo|Centre|Center|"
    r"Hotel|Hall|Palace|Complex)\b"
)


# A venue before the place: "held at the National Convention Centre in Vientiane".
_VENUE = re.compile(
    r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}(?:Centre|Center|Hotel|Hall|Palace|Building|Complex|Resort|"
    r"Secretariat|Headquarters|House)\s+"
)
_NOT_CITY = frozenset(
    {"Format", "Hybrid", "Virtual", "Person", "Conjunction", "Accordance", "Line", "Principle", "Support",
     "Response", "Addition", "Partnership", "Cooperation", "Hotel", "Centre", "Center", "Hall", "Room", "Building",
     "Palace", "Office", "Ministry", "Secretariat", "Headquarters", "Conference", "Convention", "Session", "Manner",
     "Mode", "Parallel", "Tandem", "Camera", "Public", "Private", "Honour", "Honor", "Memory", "Celebration"}
)  # fmt: skip
_HELD_IN = re.compile(
    r"\b(?:held|convened|hosted|took place|takes place|taking place|to be held|opened|met|concluded|closed|began|"
    r"kicked off|wrapped up|ended)\s+(?:(?:today|yesterday|here)\s+)?in\s+$"
)
# "attended the X in Melbourne": a verb of holding or attending before the meeting says where it was
_HELD_BEFORE = re.compile(
    r"\b(?:concluded|attended|attends|opened|hosted|hosts|chaired|co-chaired|chairs|convened|closed|joined|"
    r"participated in|took part in)\s+(?:the\s+)?[*_]{0,2}$"
)
_WHICH_HOSTED = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:which|that)\s+(?:the\s+)?")
_HOSTED_AFTER = re.compile(
    r"\s+(?:(?:has|had|will|also|successfully|virtually)\s+)*(?:hosted|host|hosts|is\s+hosting)\b"
)
_CITY_RUN = re.compile(
    r"([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2})"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|from|in|at|during|under|with|to|and|for|between|this|last|next)\b)"
)
_PASSIVE_CHAIR = re.compile(
    r"\b(?<![Vv]ice-)(?:(?:co-)?chaired|presided\s+over)\s+(?:jointly\s+)?by\s+|"
    r"\b(?:was|were)\s+co-chaired\s+(?:jointly\s+|together\s+)?with\s+|"  # "The Meeting was co-chaired with P"
    r"\bunder\s+the\s+(?:co-)?chair(?:man|woman|person)?(?:ship)?\s+of\s+|"
    # "opened under <title> P as chairman": the person between "under" and "as chair"
    r"\bunder\s+(?=[^;\"]{0,150}?\s+as\s+(?:its\s+|the\s+)?(?:co-)?chair(?:man|woman|person)?\b)",
    re.IGNORECASE,
)
_ACTIVE_CHAIR = re.compile(
    r"\b(?:(?P<chaired>(?:co-)?chaired|(?:co-)?chairs|(?:is|are|was|were)\s+(?:co-)?chairing)|presided\s+over|"
    r"(?:will|to|would|shall)\s+(?:also\s+|jointly\s+)?(?:co-)?chair|led)\s+"
    r"(?=both\b|(?:the|a|an)\b)"
)
_SUBJECT_GAP = re.compile(
    r"\s*(?:,[^,;.\"]{0,200},\s*|\s-\s[^;.\"]{0,200}\s-\s*|\s*\([^()]{0,200}\)\s*)?"
    r"(?:\s*(?:will\s+)?(?:travel|travels|travelled|traveled|fly|flies|flew|go|went|head|heads|headed|leave|left)\s+"
    r"(?:to|for)\s+[A-Z][^;.\"]{0,60}?,?\s+)?"
    r"\s*[,-]?\s*(?:who\s+)?(?:(?:also|then|later|jointly|has|had|have|successfully|today|yesterday|earlier|"
    r"will|would|to|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:co-)?hosted\s+and|"
    r"opened\s+and)\s+)*"
)
_LED_OBJECT = re.compile(r"(?:both\s+)?(?:(?:the|a|an)\s+)?")
# "presided over the bloc's own foreign ministers' talks, the 43rd X": a description, then the meeting's name
_DESCRIBED_OBJECT = re.compile(
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:talks|meeting|session|gathering|summit|conference),\s+(?:the\s+)?"
)
# Between two co-chairs listed after "co-chaired by A": "together with H.E. ", ", <post>, H.E. ", ", <post>, and "
_CO_LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:[A-Z][\w.'’()-]*|of|the|for|and|on)(?:\s+(?:[A-Z][\w.'’()-]*|of|the|for|and|on)){0,16})?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+(?:together|jointly)\s+with\s+)(?:[A-Z][\w.'’]*\.?\s+){0,3}"
)


def _listed_co_chairs(text: str, chosen: list[Mention], names: list[Mention]) -> list[Mention]:
    """The further co-chairs listed after the first: "co-chaired by A together with B, <post>, C, <post>, and D".

    Each is joined to the one before by a comma, "and" or "together with", with at most a capitalised post
    between them.
    """
    out: list[Mention] = []
    have = {pm.record_id for pm in names}
    prev = chosen[0]
    for pm in chosen[1:]:
        if _CO_LIST_GAP.fullmatch(text, prev.end, pm.start) is None:
            break
        if pm.record_id not in have:
            out.append(pm)
            have.add(pm.record_id)
        prev = pm
    return out


_CO_NAME = re.compile(r"\band\s+(?:H\.E\.\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+){0,14}(?:\*\*|__)?$")


_INSIDE_PARENT = re.compile(
    r"\b(?:sidelines?|margins?|part|conjunction|occasion|framework)\s+of\s+(?:the\s+)?$|\b(?:during|ahead\s+of|"
    r"prior\s+to|after|before|following|(?:in\s+)?conjunction\s+with|back-to-back\s+with|alongside)\s+(?:the\s+)?$"
)


def _people_in(found: Found, start: int, end: int) -> tuple[Mention, ...]:
    """The person mentions starting in ``[start, end)`` (``found.person_mentions`` is sorted by start)."""
    mentions = found.person_mentions
    lo = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    hi = bisect.bisect_left(mentions, end, lo=lo, key=lambda m: m.start)
    return mentions[lo:hi]


def _add_chair(c: _Cluster, found: Found, pm: Mention, why: str | None = None) -> None:
    person = found.person(pm.record_id)
    if person is not None and person.name not in {n for n, _ in c.chairs}:
        c.chairs.append((person.name, (pm.start, pm.end)))
        if why is not None:
            c.chair_why[person.name] = why
        c.event = True


_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*")
_LISTED_GAP = re.compile(r"[^;:.\"]{0,160}?(?:,\s*)?\band\s+(?:[A-Z][\w.'’]*\s+){0,4}")


def _listed_chairs(
    doc: Document, sentence: Sentence, here: list[tuple[_Mention, str]], people: tuple[Mention, ...], cm: re.Match[str]
) -> list[tuple[str, Mention]]:
    """The chairs listed after a colon: "The two leaders co-chaired the Summit: A, <post>, and B, <post>."."""
    text = doc.text
    after = [(m, k) for m, k in here if m.start >= cm.end()]
    if not after or _LED_OBJECT.fullmatch(text, cm.end(), after[0][0].start) is None:
        return []
    first, key = after[0]
    colon = _COLON_AFTER.match(text, first.end, sentence.end)
    if colon is None:
        return []
    named = [pm for pm in people if pm.start >= colon.end()]
    if not named or named[0].start - colon.end() > 60:
        return []
    out = [(key, named[0])]
    if "co-" in cm.group(0).lower():
        for pm in named[1:]:
            if pm.record_id != out[-1][1].record_id and _LISTED_GAP.fullmatch(text, out[-1][1].end, pm.start):
                out.append((key, pm))
                break
    return out


# "She co-chaired", "On Monday, he chaired": the pronoun opening a sentence (after a short time phrase)
_PRONOUN_OPENING = re.compile(r"\s*(?:[A-Z][\w ]{0,30},\s*)?(?P<p>[Hh]e|[Ss]he)\s")


def _pronoun_subject(doc: Document, found: Found, sentence: Sentence, at: int) -> tuple[Mention, str] | None:
    """The person "He"/"She" opening ``sentence`` before the verb at ``at`` refers to, and why.

    Only the one person named in the nearest earlier sentence that names anyone (at most two sentences back):
    "NAME arrived in Tokyo on Monday. She co-chaired the X". With two people there, the pronoun is left alone.
    """
    m = _PRONOUN_OPENING.match(doc.text, sentence.start, at)
    if m is None or _SUBJECT_GAP.fullmatch(doc.text, m.end("p"), at) is None:
        return None
    i = doc.sentence_index(sentence.start)
    for back in (1, 2):
        if i - back < 0:
            break
        prev = doc.sentences[i - back]
        named = _people_in(found, prev.start, prev.end)
        if not named:
            continue
        person = found.person(named[0].record_id)
        if person is None or any(pm.record_id != named[0].record_id for pm in named):
            break
        why = f"'{m.group('p')}' opens the sentence after one naming only {person.name}"
        return Mention(start=m.start("p"), end=m.end("p"), record_id=named[0].record_id), why
    return None


_TITLE_RUN = re.compile(r"[ \t]+(?:(?:[A-Z][\w.'()-]*|\([A-Z][\w.]*\)|and|of|for|the)[ \t]+){1,12}")


def _titled_person_after(text: str, people: tuple[Mention, ...], hit: NameHit) -> bool:
    """Whether a country or demonym only qualifies a person's title: "chaired by Lao Prime Minister NAME"."""
    nxt = next((pm for pm in people if pm.start >= hit.end), None)
    if nxt is None or nxt.start - hit.end > 120 or hit.kind == "body":
        return False
    return _TITLE_RUN.fullmatch(text, hit.end, nxt.start) is not None


def _chairs(
    doc: Document,
    sentence: Sentence,
    here: list[tuple[_Mention, str]],
    clusters: dict[str, _Cluster],
    found: Found,
    known: _Known,
) -> None:
    """Chairs from "X was chaired by P", "under the chairmanship of P" and "P chaired / presided over / led the X".

    A plural anaphor ("both meetings", "all three sessions") gives the chair to each meeting it covers.
    """
    text = doc.text
    people = _people_in(found, sentence.start, sentence.end)
    if not found.people:
        return
    for cm in _PASSIVE_CHAIR.finditer(text, sentence.start, sentence.end):
        at = cm.end()
        countries = [h for h in doc.names_in(at, at + 1) if h.kind in {"country", "body", "demonym"}]
        if (
            countries
            and not text.startswith("'s", countries[0].end)
            and not _titled_person_after(text, people, countries[0])
        ):
            continue  # chaired by a country or a body, not a person
        before = [(m, k) for m, k in here if m.start < cm.start()]
        while len(before) > 1 and _INSIDE_PARENT.search(text, max(sentence.start, before[-1][0].start - 40),
                                                         before[-1][0].start):  # fmt: skip
            before = [(m, k) for m, k in before if m is not before[-1][0]]  # "The X, held beside the Y, was chaired"
        if before:
            last = before[-1][0]
            # "the 40th and 41st X Summits were convened under the chairmanship of P": both numbered meetings
            targets = [k for m, k in before if m is last or (last.sibling and m.sibling and m.end == last.end)]
            plural = _PLURAL_SUBJECT.search(text, sentence.start, at)
            if plural is not None and not any(m.named and m.start >= plural.end() for m, _ in before):
                # (not "Both meetings were prepared by officials, who held the X under the chair of P": P chairs X)
                targets = list(dict.fromkeys(k for _, k in here))
            elif _ALL_BEFORE_CHAIRED.search(text, max(sentence.start, cm.start() - 30), cm.start()):
                targets = list(dict.fromkeys(k for _, k in before))  # "The A, the B and the C were all chaired by P"
        else:
            targets = [here[0][1]]
        chosen = [pm for pm in people if at <= pm.start < at + 400]
        if not chosen:
            continue
        names = [chosen[0]]
        # "co-chaired by A ... and B"
        if "co-" in cm.group(0).lower():
            names += [pm for pm in chosen[1:] if _CO_NAME.search(text, max(0, pm.start - 160), pm.start)]
            names = sorted([*names, *_listed_co_chairs(text, chosen, names)], key=lambda pm: pm.start)
        for key in dict.fromkeys(targets):
            for pm in names:
                _add_chair(clusters[key], found, pm)
    for cm in _ACTIVE_CHAIR.finditer(text, sentence.start, sentence.end):
        at = cm.start()
        before_people = [pm for pm in people if pm.end <= at]
        short = _short_subject(doc, known, sentence, at)  # "Secretary Manalo co-chaired ..."
        if short is None and not (before_people and _SUBJECT_GAP.fullmatch(text, before_people[-1].end, at)):
            short = _title_subject(doc, known, sentence, at)  # "Samdech Techo Prime Minister chaired ..."
        if short is not None and (not before_people or before_people[-1].end <= short.start):
            before_people.append(short)
        why: str | None = None
        if not before_people:
            listed = _listed_chairs(doc, sentence, here, people, cm)
            if listed:
                for key, pm in listed:  # "The two prime ministers co-chaired the Summit: A, <post>, and B, <post>."
                    _add_chair(clusters[key], found, pm)
                continue
            resolved = _pronoun_subject(doc, found, sentence, at)  # "She co-chaired the X with <title> B"
            if resolved is None:
                continue
            before_people.append(resolved[0])
            why = resolved[1]
        subject = before_people[-1]
        if _SUBJECT_GAP.fullmatch(text, subject.end, at) is None:
            continue
        after = [(m, k) for m, k in here if m.start >= cm.end()]
        if not after:
            continue
        first, key = after[0]
        # "P led a meeting of the X", "P presided over the X": the meeting is the verb's object
        if (
            cm.group("chaired") is None
            and _LED_OBJECT.fullmatch(text, cm.end(), first.start) is None
            and _DESCRIBED_OBJECT.fullmatch(text, cm.end(), first.start) is None
        ):
            continue
        co = "co-" in cm.group(0).lower() or _TOGETHER_WITH.match(text, first.end, sentence.end) is not None
        co_subject = _co_subject(text, before_people) if co else None
        if co_subject is not None:
            _add_chair(clusters[key], found, co_subject)  # "A, <title>, and B co-chaired the X"
        _add_chair(clusters[key], found, subject, why)
        for m2, k2 in after[1:]:
            if m2 is first:
                _add_chair(clusters[k2], found, subject, why)  # "P, who chairs the Summits": each of them
        prev = first
        for m2, k2 in after[1:]:  # "A chaired the X and the Y": both
            if not m2.named or _COORDINATED.fullmatch(text, prev.end, m2.start) is None:
                break
            _add_chair(clusters[k2], found, subject, why)
            prev = m2
        partner = _co_chair_with(text, people, first.end) if co else None
        if partner is None and co:
            partner = _short_with(doc, known, first.end, sentence.end)  # "... with Prime Minister Turnbull"
        if partner is not None:
            _add_chair(clusters[key], found, partner)  # "A co-chaired the X with <title> B"
    # "P attended, in her capacity as Co-chair, the X" / "P, in his capacity as Chair of the X, ..."; "P, Minister of
    # X, was unanimously elected Chairman of the Meeting": the person before the phrase chairs the meeting after it
    for pattern, reach, object_gap, subject_gap in (
        (_CAPACITY_CHAIR, 120, _CAPACITY_GAP, None),
        (_ELECTED_CHAIR, 160, _LED_OBJECT, _APPOSITION_GAP),
    ):
        for cm in pattern.finditer(text, sentence.start, sentence.end):
            holders = [pm for pm in people if pm.end <= cm.start() and cm.start() - pm.end <= reach]
            what = next(((m, k) for m, k in here if m.start >= cm.end()), None)
            if not holders or what is None or object_gap.fullmatch(text, cm.end(), what[0].start) is None:
                continue
            if any(holders[-1].end <= m.start < cm.start() for m, _ in here):
                continue  # a meeting between the person and the phrase: the phrase may be about it
            if subject_gap is not None and subject_gap.fullmatch(text, holders[-1].end, cm.start()) is None:
                continue
            _add_chair(clusters[what[1]], found, holders[-1])
    for m, key in here:
        # "the SOM on Monday, which was led by <title> P": led by, said of the meeting itself
        led = _LED_BY.match(text, m.end, sentence.end) if m.named else None
        if led is not None and _DELEGATION_TO.search(text, max(sentence.start, m.start - 80), m.start):
            led = None  # "the delegation to the X was led by P": P led the delegation
        if led is not None:
            chosen = [pm for pm in people if led.end() <= pm.start < led.end() + 150]
            if chosen and _NAME_GAP_LOWER.fullmatch(text, led.end(), chosen[0].start):
                _add_chair(clusters[key], found, chosen[0])
    for cm in _RELATIVE_CHAIR.finditer(text, sentence.start, sentence.end):
        # "the X, which A (co-)chaired (with <title> B)": the meeting is the relative pronoun's antecedent
        who = next((pm for pm in people if pm.end <= cm.start("verb") and pm.start >= cm.end("which")), None)
        if who is None:
            who = _short_subject(doc, known, sentence, cm.start("verb"))  # "which Ismail Sabri also chaired"
            if who is not None and who.start < cm.end("which"):
                who = None
        antecedent = [(m, k) for m, k in here if m.end <= cm.start()]
        if who is None or not antecedent or _SUBJECT_GAP.fullmatch(text, who.end, cm.start("verb")) is None:
            continue
        if _NAME_GAP.fullmatch(text, cm.end("which"), who.start) is None:
            continue
        key = antecedent[-1][1]
        _add_chair(clusters[key], found, who)
        partner = _co_chair_with(text, people, cm.end()) if cm.group("verb").lower().startswith("co-") else None
        if partner is not None:
            _add_chair(clusters[key], found, partner)


_CAPACITY_CHAIR = re.compile(
    r"\bin\s+(?:his|her|their)\s+capacity\s+as\s+(?:the\s+)?(?:[Cc]o-)?[Cc]hair(?:man|woman|person)?\b"
)
_ELECTED_CHAIR = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|served\s+as|acted\s+as)\s+(?:(?:unanimously\s+)?elected\s+(?:as\s+)?)?"
    r"(?:the\s+)?(?:[Cc]o-)?[Cc]hair(?:man|woman|person)?\s+of\s+"
)
_APPOSITION_GAP = re.compile(r"\s*(?:,[^;.\"]{0,140},\s*|\s*\([^()]{0,140}\)\s*)?")
_CAPACITY_GAP = re.compile(r"\s*(?:of\s+|,\s*)?(?:the\s+)?")
# "chaired the X (on 21 May) together with B": B co-chaired it
_TOGETHER_WITH = re.compile(r"[^;.\"]{0,60}?\b(?:together|jointly)\s+with\b")
_SHORT_SUBJECT = re.compile(
    r"(?<![\w.'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:also|then|later|jointly|has|had|have|"
    r"successfully|today|"
    r"yesterday|earlier|will|would|to)\s+)*$"
)
_SHORT_WITH = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:jointly\s+)?(?:together\s+)?with\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+|of\s+|and\s+){0,6}?(?P<name>[A-Z][\w'’-]+)(?=\s*[,.;]|\s+(?:on|in|at|to|for)\b)"
)


class _Known:
    """The people the earlier stage found, indexed for the chair rules' short references (built on first use).

    ``by_word`` maps each word of a name to the people whose name holds it, ``by_title`` each word-prefix of a title
    ("Prime Minister" of "Prime Minister of Singapore") to its holders, and ``named_by`` a person to the end of their
    first mention: lookups cost no scan over every person or mention, so parsing time stays linear.
    """

    def __init__(self, found: Found) -> None:
        self._found = found
        self._built = False
        self.by_word: dict[str, list[tuple[str, list[str]]]] = {}
        self.by_title: dict[str, set[str]] = {}
        self.named_by: dict[str, int] = {}

    def _build(self) -> None:
        for pm in self._found.person_mentions:
            if pm.end < self.named_by.get(pm.record_id, pm.end + 1):
                self.named_by[pm.record_id] = pm.end
        for p in self._found.people:
            name = p.name.split()
            for word in dict.fromkeys(name):
                self.by_word.setdefault(word, []).append((p.id, name))
            for title in p.titles:
                words = title.split()
                for k in range(1, len(words) + 1):
                    self.by_title.setdefault(" ".join(words[:k]), set()).add(p.id)
        self._built = True

    def _before(self, person: str, at: int) -> bool:
        first = self.named_by.get(person)
        return first is not None and first <= at

    def by_words(self, words: list[str], at: int) -> str | None:
        """The one person named before ``at`` whose name holds ``words``.

        One word anywhere in the name ("Manalo"), or two that open or close it ("Ismail Sabri" for "Ismail Sabri
        Yaakob").
        """
        if not self._built:
            self._build()
        n = len(words)
        hits = {
            person
            for person, name in self.by_word.get(words[0], ())
            if len(name) > n and (n == 1 or name[:n] == words or name[-n:] == words) and self._before(person, at)
        }
        return hits.pop() if len(hits) == 1 else None

    def holder(self, title: str, at: int) -> str | None:
        """The one person named before ``at`` holding ``title`` (or a title that opens with it)."""
        if not self._built:
            self._build()
        hits = {person for person in self.by_title.get(title, ()) if self._before(person, at)}
        return hits.pop() if len(hits) == 1 else None


def _known_by_words(doc: Document, known: _Known, start: int, end: int) -> Mention | None:
    """The one person named in full before ``start`` whose name holds the words at ``[start, end)``."""
    person = known.by_words(doc.text[start:end].split(), start)
    return None if person is None else Mention(start=start, end=end, record_id=person)


_TITLE_SUBJECT = re.compile(
    r"(?<![\w.'’-])(?:[A-Z][\w.'’-]*\s+){0,4}?(?P<title>(?:Deputy\s+)?(?:Prime\s+Minister|President|Foreign\s+Minister|"
    r"Secretary-General|Chairman|Chairperson|Chair|King|Sultan))\b(?!\s+(?:of|for)\b)"
)


def _title_subject(doc: Document, known: _Known, sentence: Sentence, at: int) -> Mention | None:
    """The one person of the text holding the title written, without a name, last before ``at``.

    "Samdech Techo Prime Minister chaired the X": the text's only Prime Minister.
    """
    found_titles = list(_TITLE_SUBJECT.finditer(doc.text, max(sentence.start, at - 120), at))
    if not found_titles:
        return None
    m = found_titles[-1]  # the caller checks that only a verb's adverbs (or a trip) come between it and the verb
    person = known.holder(" ".join(m.group("title").split()), m.start())
    return None if person is None else Mention(start=m.start("title"), end=m.end("title"), record_id=person)


def _short_subject(doc: Document, known: _Known, sentence: Sentence, at: int) -> Mention | None:
    """A person referred to by one word of their name right before the verb at ``at`` ("Secretary Manalo chaired")."""
    m = _SHORT_SUBJECT.search(doc.text, max(sentence.start, at - 60), at)
    if m is None:
        return None
    who = _known_by_words(doc, known, m.start("name"), m.end("name"))
    last = doc.text.rfind(" ", m.start("name"), m.end("name")) + 1
    if who is None and last > m.start("name"):
        who = _known_by_words(doc, known, last, m.end("name"))  # "Minister Balakrishnan": the last word
    return who


def _short_with(doc: Document, known: _Known, at: int, end: int) -> Mention | None:
    """The co-chair named by one word after "with <title>" at ``at`` ("with Prime Minister Turnbull")."""
    m = _SHORT_WITH.match(doc.text, at, end)
    return None if m is None else _known_by_words(doc, known, m.start("name"), m.end("name"))


_LED_BY = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*)?,?\s*"
    r"(?:(?:which|that)\s+)?(?:was|were|is|will\s+be)\s+led\s+by\s+"
)
_DELEGATION_TO = re.compile(r"\b(?:delegations?|team|contingent)\b[^.;]{0,40}?\b(?:to|at|for)\s+(?:the\s+)?$")
_NAME_GAP_LOWER = re.compile(r"(?:(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*)\s+){0,8}")  # "the ministry's secretary-general ..."
_RELATIVE_CHAIR = re.compile(r",?\s*\b(?P<which>which|that)\s+(?:[^,;.\"]{0,120}?)(?P<verb>(?:co-)?chaired)\b")
_NAME_GAP = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,6}")
_WITH_TITLE = re.compile(
    r"(?:\s+[^,;.\"]{0,40}?)?\s+(?:jointly\s+|together\s+)?with\s+(?:(?:his|her|their|the)\s+)?(?:[A-Z][\w.'’()-]*\s+|of\s+|and\s+){0,8}"
)


def _co_chair_with(text: str, people: tuple[Mention, ...], at: int) -> Mention | None:
    """The person named by "with <title> B" right at ``at``, after "A co-chaired (the X)"."""
    nxt = next((pm for pm in people if pm.start >= at), None)
    if nxt is None or nxt.start - at > 160 or _WITH_TITLE.fullmatch(text, at, nxt.start) is None:
        return None
    return nxt


_CO_SUBJECT_GAP = re.compile(r"[^;.\"]{0,120}?,?\s+and\s+(?:[A-Z][\w.'-]*\s+){0,3}")


def _co_subject(text: str, before: list[Mention]) -> Mention | None:
    """The first of two coordinated subjects ("A ... and B co-chaired"), ``before`` ending with B's mentions."""
    last = before[-1].record_id
    i = len(before) - 1
    while i > 0 and before[i - 1].record_id == last:
        i -= 1
    if i == 0:
        return None
    other = before[i - 1]
    if _CO_SUBJECT_GAP.fullmatch(text, other.end, before[i].start) is None:
        return None
    first = i - 1
    while first > 0 and before[first - 1].record_id == other.record_id:
        first -= 1
    return before[first]


_CHAIR_TITLE = re.compile(r"^(?:rotating\s+)?(?:co-)?chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def _title_chairs(clusters: dict[str, _Cluster], order: list[str], found: Found) -> None:
    """A person titled "Chairman of the X" chairs this text's meeting of series X."""
    for person in found.people:
        for title in person.titles:
            tm = _CHAIR_TITLE.match(title)
            if tm is None:
                continue
            what = tm.group(1)
            first, _, rest = what.partition(" ")
            ordinal = _ordinal_of(first) if rest else None  # "Chairperson of the Ninth ASEAN Summit"
            target = find_series(rest if ordinal is not None else what)
            if target is None:
                continue
            keys = [
                k
                for k in order
                if clusters[k].series == target.key
                and (clusters[k].ordinal == ordinal if ordinal is not None else clusters[k].event)
                and not clusters[k].future
            ]
            if len(keys) != 1:
                continue
            c = clusters[keys[0]]
            if person.name not in {n for n, _ in c.chairs}:
                spans = [(m.start, m.end) for m in found.person_mentions if m.record_id == person.id][:1]
                if spans:
                    c.chairs.append((person.name, spans[0]))


def _precision(d: DateMention) -> int:
    return (d.year is not None) + (d.month is not None) + (d.day is not None)


def _chairmanships(text: str, end: int) -> Iterable[re.Match[str]]:
    """``_CHAIRMANSHIP`` matches in ``text[:end]``, searched only around the word "chair" (no full-text pass)."""
    low = text.lower()
    if len(low) != len(text):
        yield from _CHAIRMANSHIP.finditer(text, 0, end)
        return
    after = -1
    i = low.find("chair", 0, end)
    while i >= 0:
        m = _CHAIRMANSHIP.search(text, max(0, i - 40, after), min(end, i + 20))
        if m is not None and m.start() >= after:
            yield m
            after = m.end()
        i = low.find("chair", i + 1, end)


def _doc_year(
    doc: Document, clusters: dict[str, _Cluster], order: list[str], pub: tuple[dt.date, str] | None = None
) -> tuple[int | None, Basis | None, str | None]:
    """The document's year and the ASEAN chair country it names, with the reason.

    A year-less dateline whose year a numbered meeting's edition settles (``pub``) beats the most frequent year of
    the text's full dates, which may all be history ("inaugurated on Oct. 12, 2010").
    """
    text = doc.text
    chair: str | None = None
    for m in _chairmanships(text, doc.end if doc.end >= 0 else len(text)):
        hits = [h for h in doc.names_in(max(0, m.start() - 40), m.end() + 30) if h.kind in {"country", "demonym"}]
        if hits:
            chair = hits[0].key
            break
    weak = doc.year_basis is not None and doc.year_basis.reason is InferenceReason.YEAR_FROM_CONTEXT
    if weak and pub is not None and pub[0].year != doc.year and pub[1]:
        said = f"the dateline's day is {pub[0].isoformat()}{pub[1]}"
        return pub[0].year, Basis.inferred(InferenceReason.YEAR_FROM_DATELINE, said), chair
    if doc.year is not None:
        return doc.year, doc.year_basis, chair
    hosts = [  # the host of a meeting held this year (not one "hosted ... last year")
        c.host for c in (clusters[k] for k in order) if c.host and c.event and not c.future and not _last_year(doc, c)
    ]
    candidates: set[int] = {d.year for d in doc.dates if d.year is not None}
    for key in order:
        c = clusters[key]
        if c.series and c.ordinal:
            ed = find_edition(c.series, c.ordinal)
            if ed is not None:
                candidates.add(ed.year)
    low = 2020 if doc.mentions_covid else 1967
    high = doc.options.current_year()
    for country in [chair, *hosts]:
        if country is None:
            continue
        years = {y for y in chair_years(country) if low <= y <= high}
        both = years & candidates
        if len(both) == 1:
            year = both.pop()
            return (
                year,
                Basis.inferred(
                    InferenceReason.YEAR_FROM_CHAIR_YEAR,
                    f"{country} chaired ASEAN in {year}, a year the text also points to",
                ),
                chair,
            )
        if len(years) == 1 and low > 1967:
            year = years.pop()
            return (
                year,
                Basis.inferred(
                    InferenceReason.YEAR_FROM_CHAIR_YEAR,
                    f"{country} chaired ASEAN in {year}, its only chair year since COVID-19 (named in the text)",
                ),
                chair,
            )
    return (*_year_of_a_dated_edition(doc, clusters, order, candidates), chair)


_LAST_YEAR = re.compile(r"\b(?:last|previous|preceding)\s+year\b", re.IGNORECASE)


def _last_year(doc: Document, c: _Cluster) -> bool:
    """Whether the sentence that first names ``c`` says "last year": a past host, no clue to the text's year."""
    named = c.named()
    if not named:
        return False
    s = doc.sentence_at(named[0].start)
    return _LAST_YEAR.search(doc.text, s.start, s.end) is not None


def _year_of_a_dated_edition(
    doc: Document, clusters: dict[str, _Cluster], order: list[str], candidates: set[int]
) -> tuple[int | None, Basis | None]:
    """The year of a text whose dates all lack one, from a numbered meeting it dates (to its edition's month).

    "The 31st ARF opened on July 27": the table holds the 31st ARF in July 2024, so the text's other year-less
    dates ("on July 25, the X was held") are of 2024 too. Several such meetings must agree, and the text must
    write no year of its own.
    """
    if any(d.year is not None for d in doc.dates):
        return None, None
    years: dict[int, str] = {}
    for key in order:
        c = clusters[key]
        d = c.date
        if not (c.series and c.ordinal and c.event and d is not None and d.month is not None):
            continue
        ed = find_edition(c.series, c.ordinal)
        if ed is None or (ed.start is not None and ed.start.month != d.month):
            continue
        years[ed.year] = f"the {_ordinal_text(c.ordinal)} {c.series}, which the text dates to " + (
            f"'{doc.text[d.start : d.end]}', was held in {ed.year}"
        )
    if len(years) != 1 or (candidates and set(years) != candidates & set(years)):
        return None, None
    year, why = years.popitem()
    return year, Basis.inferred(InferenceReason.YEAR_FROM_CONTEXT, why)


def _dateline_place(doc: Document) -> tuple[NameHit, str] | None:
    """The capital opening a dated dateline ("VIENTIANE, 30 October 2024 -"), with the day it is dated."""
    d = doc.computed(_dateline_day)
    if d is None:
        return None
    sentence = doc.sentence_at(d.start)
    hits = [h for h in doc.names_in(sentence.start, d.start) if h.kind == "city" and not h.ambiguous]
    if not hits:
        # a city the knowledge base lacks, in capitals ("BUSAN, Nov. 27 (Yonhap) --"): a city with no country known
        caps = _CAPS_PLACE.fullmatch(doc.text, sentence.start, d.start)
        if caps is None or doc.names_in(caps.start(1), caps.end(1)) or not _AGENCY_AFTER.match(doc.text, d.end):
            return None  # only a wire dateline ("CITY, date (Agency) --") vouches for a place the KB does not know
        return NameHit(start=caps.start(1), end=caps.end(1), kind="city", key=""), doc.text[d.start : d.end]
    if len(hits) != 1 or doc.text[sentence.start : hits[0].start].strip(" *_#\t\n"):
        return None
    return hits[0], doc.text[d.start : d.end]


_AGENCY_AFTER = re.compile(r"[ \t]*\([A-Z][\w .&-]{1,24}\)")
_CAPS_PLACE = re.compile(r"[ \t*_#]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})[ \t]*,[ \t]*")


_HERE_TODAY = re.compile(
    r"\b(?:here|today|this\s+morning|this\s+afternoon|this\s+evening|tonight|in\s+this\s+(?:[\w-]+\s+){0,3}(?:city|capital|town|resort))\b"
)


def _as_written(doc: Document, city: str, host: str | None) -> str | None:
    """The text's own spelling of ``city`` when it is ``host``'s capital ("Nay Pyi Taw" for "Naypyidaw")."""
    if host is None:
        return None
    try:
        country = _country(host)
    except LookupError:
        return None
    if country.capital != city:
        return None
    others = {key_text(c) for c in country.cities}
    text = doc.text
    spelled = sorted(
        {
            text[h.start : h.end]
            for h in doc.names
            if h.kind == "city" and h.key == host and key_text(text[h.start : h.end]) not in others
        },
        key=str.isupper,  # "Nay Pyi Taw" before "NAY PYI TAW"
    )
    if not spelled or len({key_text(w) for w in spelled}) != 1:
        return None
    return spelled[0].title() if spelled[0].isupper() else spelled[0]  # "KUALA LUMPUR, Oct 7 (Bernama) --"


def _reported_there(doc: Document, c: _Cluster, dated: str) -> bool:
    """Whether a sentence naming the meeting reports it held "here" or "today" (the dateline's place and day)."""
    text = doc.text
    for m in c.mentions:
        if not m.named:
            continue
        sentence = doc.sentence_at(m.start)
        for hm in _HERE_TODAY.finditer(text, sentence.start, sentence.end):
            lo, hi = min(m.start, hm.start()), max(m.end, hm.end())
            if hi - lo <= 160 and _DAY_EVENT.search(text, max(sentence.start, lo - 40), min(sentence.end, hi + 40)):
                return True
    if c.lede is not None:  # "ministers gathered in this former royal capital on Monday for their annual retreat"
        a, b = c.lede
        return _HERE_TODAY.search(text, a, b) is not None and _DAY_EVENT.search(text, a, b) is not None
    return False


def _build(
    doc: Document, clusters: dict[str, _Cluster], order: list[str], found: Found, pub: tuple[dt.date, str] | None
) -> tuple[tuple[Meeting, ...], tuple[Mention, ...]]:
    year, year_basis, chair = _doc_year(doc, clusters, order, pub)
    dateline = _dateline_place(doc)
    _title_chairs(clusters, order, found)
    keep = [k for k in order if _keep(clusters[k])]
    ids: dict[str, str] = {}
    drafts: list[tuple[str, Meeting]] = []
    has_day_dates = any(d.day is not None for d in doc.dates)
    for key in keep:
        c = clusters[key]
        named = c.named()
        best = max(
            named,
            key=lambda m: (
                m.ordinal is not None,
                not m.acronym,  # the name as written beats one the knowledge base spells out for an acronym
                not _LEADING_ORDINAL.sub("", m.name).isupper(),  # "20th ASEAN DEFENCE ..." is all caps too
                len(m.name.split()),
                -m.start,
            ),
        )  # a name as written in a sentence rather than in an all-caps title
        name = best.name
        prov: list[FieldProvenance] = [doc.provenance("name", tuple((m.start, m.end) for m in c.mentions))]
        if c.ordinal_from is not None:
            prov.append(doc.provenance("ordinal", (c.ordinal_from[1],), Basis.inferred(
                InferenceReason.NEXT_IN_SERIES,
                f"the next meeting after the {_ordinal_text(c.ordinal_from[0])} {c.series}")))  # fmt: skip
        date, date_basis = _date(doc, c, year, year_basis, has_day_dates, found.source.published)
        if date is not None:
            from_table = date_basis is not None and date_basis.reason is InferenceReason.DATE_FROM_SERIES_ORDINAL
            spans = ((best.start, best.end),) if from_table or not c.date_ranges else tuple(c.date_ranges)
            prov.append(doc.provenance("date", spans, date_basis))
        host, city = c.host, c.city
        if c.host_range:
            prov.append(doc.provenance("host_country", (c.host_range,)))
        if c.city_range:
            prov.append(doc.provenance("city", (c.city_range,)))
        if (
            city is None
            and doc.options.infer
            and c.event
            and not c.future
            and dateline is not None
            and c.mode is not MeetingMode.VIRTUAL  # a meeting by video was held nowhere the dateline can say
        ):
            place, why_here = dateline
            if _reported_there(doc, c, why_here):
                city = doc.text[place.start : place.end]
                city = city.title() if city.isupper() else city  # "VIENTIANE, 30 October 2024 -"
                said = f"the text, datelined {city}, reports it held {why_here}"
                prov.append(doc.provenance("city", ((place.start, place.end),), Basis.inferred(
                    InferenceReason.PLACE_FROM_DATELINE, said)))  # fmt: skip
                if host is None and place.key:
                    host = place.key
                    prov.append(doc.provenance("host_country", ((place.start, place.end),), Basis.inferred(
                        InferenceReason.PLACE_FROM_DATELINE, f"{city}, the dateline, is in {place.key}")))  # fmt: skip
        edition = find_edition(c.series, c.ordinal) if c.series and c.ordinal else None
        if edition is not None and date is not None and date.earliest.year != edition.year:
            edition = None  # the text dates it to another year than the table's edition: not that edition's place
        if edition is not None and host is not None and edition.host is not None and edition.host != host:
            edition = None  # the text places it in another country ("VIENTIANE, ... - The 28th X was convened today")
        if edition is not None and doc.options.infer:
            why = Basis.inferred(
                InferenceReason.HOST_FROM_SERIES_ORDINAL,
                f"the knowledge base lists the {_ordinal_text(c.ordinal or 0)} {c.series} ({edition.source})",
            )
            if host is None and edition.host:
                host = edition.host
                prov.append(doc.provenance("host_country", ((best.start, best.end),), why))
            if city is None and edition.city:
                city = _as_written(doc, edition.city, edition.host) or edition.city  # "Nay Pyi Taw" if so written
                prov.append(doc.provenance("city", ((best.start, best.end),), why))
        in_chair_year = (
            (c.ordinal is None or edition is None)
            and date is not None
            and chair is not None
            and date.earliest.year in chair_years(chair)
        )  # only a meeting dated to the chair's year (a chair named for another year is no host of this one)
        if (
            host is None
            and chair is not None
            and doc.options.infer
            and c.event
            and not c.future
            and in_chair_year
            and not c.parent
            and not (c.partners and _special_cluster(c))
            and not _partner_hosts(c, clusters)
        ):  # a special ASEAN-partner summit, or a meeting beside another, may be held in the partner's country
            host = chair
            prov.append(doc.provenance("host_country", ((best.start, best.end),), Basis.inferred(
                InferenceReason.HOST_FROM_CHAIR_YEAR, f"the text names {chair} as the ASEAN chair")))  # fmt: skip
        if host is None and city is None and date is not None and doc.options.infer:
            host = _chair_host(doc, c, clusters, date, (best.start, best.end), prov)
        mode = c.mode
        if mode is not None:
            prov.append(doc.provenance("mode", tuple(c.mode_ranges)))
        if c.theme_range:
            prov.append(doc.provenance("theme", (c.theme_range,)))
        for i, (chair_name, rng) in enumerate(c.chairs):
            why_chair = c.chair_why.get(chair_name)
            basis = None if why_chair is None else Basis.inferred(InferenceReason.COREFERENCE, why_chair)
            prov.append(doc.provenance(f"chairs.{i}", (rng,), basis))
        for i, (_, rng) in enumerate(c.partners):
            prov.append(doc.provenance(f"partners.{i}", (rng,)))
        partners = [p for p, _ in c.partners]
        if _plus_three(c) and set(partners) <= set(_PLUS_THREE) and doc.options.infer:
            why = Basis.inferred(InferenceReason.SERIES_FROM_NAME, "ASEAN Plus Three: China, Japan and Korea")
            for code in _PLUS_THREE:
                if code not in partners:
                    prov.append(doc.provenance(f"partners.{len(partners)}", ((best.start, best.end),), why))
                    partners.append(code)
        meeting = Meeting(
            name=name,
            series=c.series,
            ordinal=c.ordinal,
            date=date,
            city=city,
            host_country=host,
            mode=mode,
            chairs=tuple(n for n, _ in c.chairs),
            partners=tuple(partners),
            theme=c.theme,
            status=MeetingStatus.SCHEDULED if c.future else MeetingStatus.HELD,
            provenance=tuple(prov),
        )
        ids[key] = meeting.id
        drafts.append((key, meeting))
    # document-level mode (a press release headed "..., via videoconference") for the day's meetings
    doc_mode = _document_mode(doc)
    meetings: list[Meeting] = []
    built = dict(drafts)
    umbrella = _umbrella(doc, clusters, built)
    for key, meeting in drafts:
        c = clusters[key]
        parent = ids.get(c.parent) if c.parent else None
        changes: dict[str, object] = {}
        named_at = tuple((m.start, m.end) for m in c.named()[:1])
        extra: list[FieldProvenance] = []
        outer: Meeting | None = None
        if parent is not None:
            changes["parent"] = parent
            extra.append(doc.provenance("parent", named_at))
            outer = built.get(c.parent or "")
            said = f"held during the {outer.name}" if outer is not None else ""
        elif (
            umbrella is not None
            and umbrella != key
            and c.event
            and _within_umbrella(meeting, built[umbrella])
            and not _other_year_section(doc, c, built[umbrella])
        ):
            outer = built[umbrella]  # "the 54th X Meeting and Related Meetings in Siem Reap": one of them
            said = f"one of the {outer.name}'s related meetings the text reports"
        if outer is not None and doc.options.infer:
            extra += _from_outer(doc, meeting, outer, named_at, said, changes)
        if extra:
            changes["provenance"] = (*meeting.provenance, *extra)
        if meeting.mode is None and doc_mode is not None and not c.future and doc.heading_date is not None:
            same_day = (
                meeting.date is not None and doc.heading_date.year is not None and _overlaps_heading(meeting, doc)
            )
            if same_day:
                changes["mode"] = doc_mode[0]
                why = Basis.inferred(InferenceReason.MODE_FROM_CONTEXT, "the document's heading gives the day's mode")
                earlier = changes.get("provenance", meeting.provenance)
                assert isinstance(earlier, tuple)
                changes["provenance"] = (*earlier, doc.provenance("mode", (doc_mode[1],), why))
        meetings.append(attrs.evolve(meeting, **changes) if changes else meeting)  # type: ignore[arg-type]
    if doc.options.infer:
        meetings = _place_siblings(meetings)
        if doc.lacks_all(_REMOTE_WORDS) or not _REMOTE.search(doc.text):
            meetings = [_in_person(meeting) for meeting in meetings]
    mentions = tuple(
        sorted((Mention(m.start, m.end, ids[k]) for k in keep for m in clusters[k].mentions), key=lambda x: x.start)
    )
    return tuple(meetings), mentions


def _place_siblings(meetings: list[Meeting]) -> list[Meeting]:
    """City and host for a meeting the text does not place, from the meetings it reports on the same or adjacent days.

    "The 30th X was held in Hue on 4 May ... The X Plus Three met on 5 May": one city for all the placed meetings
    dated within a day of the unplaced one, which is dated to the day, not virtual, and still to come only if they
    are too. Nothing when the placed meetings of those days are in several cities.
    """
    placed = [m for m in meetings if m.city is not None and m.date is not None and m.date.precision is Precision.DAY]
    if not placed:
        return meetings
    out = []
    for meeting in meetings:
        date = meeting.date
        if (
            meeting.city is not None
            or date is None
            or date.precision is not Precision.DAY
            or meeting.mode is MeetingMode.VIRTUAL
            or meeting.parent is not None
        ):
            out.append(meeting)
            continue
        near = [
            m
            for m in placed
            if m.date is not None
            and (m.date.earliest - date.latest).days <= 1
            and (date.earliest - m.date.latest).days <= 1
            and (m.status is meeting.status or meeting.status is MeetingStatus.HELD)
        ]
        cities = {(m.city, m.host_country) for m in near}
        if len(cities) != 1 or (meeting.host_country is not None and near[0].host_country != meeting.host_country):
            out.append(meeting)
            continue
        sibling = near[0]
        city_at = sibling.provenance_of("city")
        assert city_at is not None
        why = Basis.inferred(
            InferenceReason.PLACE_FROM_SIBLING,
            f"the {sibling.name}, reported a day or less apart, was held in {sibling.city}, and no meeting of those "
            "days elsewhere",
        )
        changes: dict[str, object] = {"city": sibling.city}
        extra = [FieldProvenance("city", Provenance(city_at.spans, why))]
        if meeting.host_country is None and sibling.host_country is not None:
            host_at = sibling.provenance_of("host_country")
            changes["host_country"] = sibling.host_country
            extra.append(FieldProvenance("host_country", Provenance((host_at or city_at).spans, why)))
        changes["provenance"] = (*meeting.provenance, *extra)
        out.append(attrs.evolve(meeting, **changes))  # type: ignore[arg-type]
    return out


_REMOTE = re.compile(
    r"\b(?:virtual(?:ly)?|video|online|tele-?conferenc\w*|hybrid|remote(?:ly)?|zoom|webex|webinars?)\b", re.IGNORECASE
)
"""Any word of a remote or mixed format; a text that has one leaves the mode of its other meetings open."""
_REMOTE_WORDS = ("virtual", "video", "online", "tele", "hybrid", "remote", "zoom", "webex", "webinar")
"""Every match of :data:`_REMOTE` holds one of these: a text without them is not scanned."""
_REMOTE_YEARS = (PartialDate(2020, 2).earliest, PartialDate(2022, 6).latest)
"""February 2020 to June 2022, when ASEAN met by video as often as not: a city then does not make a meeting physical."""


def _in_person(meeting: Meeting) -> Meeting:
    """``meeting`` held in person when the text places it in a city outside the years of remote meetings.

    Called only for texts with no word of a remote format (see :data:`_REMOTE`). The mode's provenance is the city's
    spans, with the reason.
    """
    city = meeting.provenance_of("city")
    date = meeting.date
    if meeting.mode is not None or meeting.city is None or city is None or date is None:
        return meeting
    first, last = _REMOTE_YEARS
    if date.earliest <= last and date.latest >= first:
        return meeting
    why = Basis.inferred(
        InferenceReason.MODE_FROM_PLACE,
        f"held in {meeting.city} in {date.earliest.year}, and the text speaks of no virtual or hybrid format",
    )
    mode = FieldProvenance("mode", Provenance(city.spans, why))
    return attrs.evolve(meeting, mode=MeetingMode.IN_PERSON, provenance=(*meeting.provenance, mode))


_AND_RELATED = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:and|&)\s+(?:its\s+|the\s+)?(?:other\s+)?[Rr]elated\s+(?:[Mm]eetings|[Ss]ummits|[Ee]vents)\b"
)


def _umbrella(doc: Document, clusters: dict[str, _Cluster], built: dict[str, Meeting]) -> str | None:
    """The one placed (or virtual) meeting the text reports with its related meetings ("the X and Related Meetings").

    ``None`` when there is none, or more than one.
    """
    found = [
        key
        for key, meeting in built.items()
        if (meeting.city is not None or meeting.mode is not None)
        and any(_AND_RELATED.match(doc.text, m.end) for m in clusters[key].named())
    ]
    return found[0] if len(found) == 1 else None


def _headings(doc: Document) -> tuple[list[Sentence], list[int]]:
    """The text's marked-up headings (Markdown, HTML), in order, and where each starts."""
    heads = [s for s in doc.sentences if s.heading]
    return heads, [h.start for h in heads]


def _other_year_section(doc: Document, c: _Cluster, outer: Meeting) -> bool:
    """Whether ``c`` is first named under a heading that names another year than ``outer``'s ("## 2021 - ...")."""
    heads, starts = doc.computed(_headings)
    if not heads or not c.named() or outer.date is None:
        return False
    i = bisect.bisect_right(starts, c.named()[0].start) - 1
    if i < 0:
        return False
    years = {int(y) for y in _YEAR_WORD.findall(doc.text, heads[i].start, heads[i].end)}
    return bool(years) and outer.date.earliest.year not in years


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _within_umbrella(meeting: Meeting, outer: Meeting) -> bool:
    """Whether ``meeting`` is one of the related meetings of ``outer`` ("the X Meeting and Related Meetings").

    None dated to another year is. A held meeting is, as the umbrella's related meetings are reported together. A
    scheduled one is only when the umbrella is still to come as well ("will be in Jakarta to attend the X and Related
    Meetings ... will also attend the Y"), is of another series (the next edition of the umbrella's own series is a
    later meeting) and has no date of its own outside the umbrella's days.
    """
    own = meeting.date
    if own is not None and outer.date is not None and own.earliest.year != outer.date.earliest.year:
        return False  # dated to another year: not one of this week's meetings
    if meeting.status is MeetingStatus.HELD:
        return True
    if outer.status is not MeetingStatus.SCHEDULED or outer.date is None:
        return False
    if meeting.series is not None and meeting.series == outer.series:
        return False
    return own is None or (own.earliest >= outer.date.earliest and own.latest <= outer.date.latest)


def _from_outer(
    doc: Document,
    meeting: Meeting,
    outer: Meeting,
    named_at: tuple[tuple[int, int], ...],
    said: str,
    changes: dict[str, object],
) -> list[FieldProvenance]:
    """City, host, mode and month of ``outer`` for a meeting held during it that the text does not place or date."""
    extra: list[FieldProvenance] = []
    why = Basis.inferred(InferenceReason.PLACE_FROM_PARENT, said)
    if meeting.city is None and outer.city is not None:
        changes["city"] = outer.city  # "On the sidelines of the X in Hue, the Y was held": the Y was in Hue too
        extra.append(doc.provenance("city", named_at, why))
        if meeting.host_country is None and outer.host_country is not None:
            changes["host_country"] = outer.host_country
            extra.append(doc.provenance("host_country", named_at, why))
    if meeting.mode is None and outer.mode is not None:
        changes["mode"] = outer.mode  # "the X and its related meetings, which were held virtually"
        extra.append(doc.provenance("mode", named_at, Basis.inferred(InferenceReason.MODE_FROM_CONTEXT, said)))
    span = outer.date
    own = meeting.date
    own_basis = meeting.provenance_of("date")
    year_only = (  # "the 31st ARF" dated only to its year by the edition table: the umbrella gives the month
        own is not None
        and own.precision is Precision.YEAR
        and span is not None
        and own.earliest.year == span.earliest.year
        and (own_basis is None or own_basis.basis.is_inferred)
    )
    if (own is None or year_only) and span is not None:
        first, last = span.earliest, span.latest
        if first.year == last.year and first.month == last.month and span.precision is not Precision.YEAR:
            changes["date"] = PartialDate(first.year, first.month)  # the month only: the day is not known
            extra.append(doc.provenance("date", named_at, Basis.inferred(InferenceReason.DATE_FROM_PARENT, said)))
    return extra


_PLUS_THREE = ("CN", "JP", "KR")
_PLUS_THREE_NAME = re.compile(r"\bPlus Three\b|\+\s?3\b|\bAPT\b|\b10\+3\b", re.IGNORECASE)


def _plus_three(c: _Cluster) -> bool:
    """An ASEAN Plus Three meeting (series or name), whose partners are China, Japan and the Republic of Korea."""
    if c.series is not None and (c.series.startswith("APT") or c.series.endswith("+3")):
        return True
    return any(_PLUS_THREE_NAME.search(m.name) for m in c.named())


def _overlaps_heading(meeting: Meeting, doc: Document) -> bool:
    h = doc.heading_date
    if h is None or h.year is None or h.month is None or meeting.date is None:
        return False
    day = PartialDate(h.year, h.month, h.day)
    return meeting.date.overlaps(day) or abs((meeting.date.earliest - day.earliest).days) <= 3


def _document_mode(doc: Document) -> tuple[MeetingMode, tuple[int, int]] | None:
    if doc.heading_date is None:
        return None
    return _stated_mode(doc, doc.sentence_at(doc.heading_date.start))


_SINCE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")


def _same_kind(anaphor: str, c: _Cluster) -> bool:
    """Whether a plural anaphor's noun ("the summits") names the kind of meeting ``c`` is (a summit)."""
    head = anaphor.lower().rsplit(None, 1)[-1].rstrip("s")
    if head in {"meeting", "session"}:
        return True  # any meeting is a meeting
    return any(head in n.name.lower() for n in itertools.islice((n for n in c.mentions if n.named), 3))


def _bare_series_heading(m: _Mention) -> bool:
    """A heading mention that is only a series' name, with no number ("East Asia Summit" over a section)."""
    return m.series is not None and m.ordinal is None and not m.partners and (not m.heading or len(m.name.split()) < 6)


def _keep(c: _Cluster) -> bool:
    named = c.named()
    if not named:
        return False
    if c.history >= len(named):
        return False
    if c.ordinal is not None or c.date is not None or c.mode is not None or c.chairs:
        return True
    if any(m.heading for m in named) and (c.event or not all(_bare_series_heading(m) for m in named)):
        return True  # (a section heading that only names a series, in a text reporting none of its meetings: no)
    return c.event


def _year_for(
    d: DateMention, c: _Cluster, year: int | None, year_basis: Basis | None, published: PartialDate | None
) -> int | None:
    """The year a dated text gives a year-less day or month, or ``None`` when the text is not dated.

    Its own year; the next for a meeting still to come in an earlier month; the one before for a past meeting in a
    later month.
    """
    if published is not None and published.month is not None and d.month is not None:
        if c.future and d.month < published.month:
            return published.year + 1
        if not c.future and d.month > published.month:
            return published.year - 1
        return published.year
    if year is not None and year_basis is not None and year_basis.reason is InferenceReason.YEAR_FROM_DATELINE:
        return year
    return None


_ASEAN_NAMED = re.compile(r"\bASEAN|\bEast Asia\b|\b(?:ARF|EAS|ADMM|AMM|AEM|APT|PMC)\b")
"""A meeting name that says it is ASEAN's (not a bare "Senior Officials' Meeting" of some other grouping)."""


def _chair_host(
    doc: Document,
    c: _Cluster,
    clusters: dict[str, _Cluster],
    date: PartialDate | DateRange,
    at: tuple[int, int],
    prov: list[FieldProvenance],
) -> str | None:
    """The ASEAN chair of the meeting's year as its host, for a series the chair chairs (the summit, the AMM ...).

    Not for a meeting held beside another, a special, informal, commemorative or retreat meeting, or one the text
    places with a partner: those may sit elsewhere. Adds the host's provenance to ``prov``.
    """
    year = date.earliest.year
    if c.series is None or year != date.latest.year or c.parent or _special_cluster(c):
        return None
    names = [m.name for m in c.named()]
    if any("Commemorative" in n for n in names) or not any(map(_ASEAN_NAMED.search, names)):
        return None  # "Commemorative": often in the partner's country; "the Senior Officials' Meeting": whose?
    if _partner_hosts(c, clusters):
        return None
    host = chair_chairs(c.series, year)
    if host is not None:
        prov.append(doc.provenance("host_country", (at,), Basis.inferred(
            InferenceReason.HOST_FROM_CHAIR_YEAR,
            f"{host} chaired ASEAN in {year}, and the ASEAN chair chairs the {c.series}")))  # fmt: skip
    return host


def _partner_hosts(c: _Cluster, clusters: dict[str, _Cluster]) -> bool:
    """Whether the text places a meeting in one of ``c``'s partner countries.

    "The ASEAN-Australia Special Summit in Sydney" beside "the ASEAN-Australia Counter-Terrorism Conference": the
    ASEAN chair need not be the conference's host.
    """
    partners = {p for p, _ in c.partners}
    return bool(partners) and any(o.host in partners for o in clusters.values() if o is not c)


def _table_edition(c: _Cluster) -> Edition | None:
    """The knowledge base's edition of the cluster's numbered meeting, unless the text places it in another country.

    "The 12th X in Kuala Lumpur" when the table holds the 12th X in Brunei: the text or the number is off, so the
    table dates nothing.
    """
    if not (c.series and c.ordinal):
        return None
    edition = find_edition(c.series, c.ordinal)
    if edition is not None and c.host is not None and edition.host is not None and edition.host != c.host:
        return None
    return edition


def _date(
    doc: Document,
    c: _Cluster,
    year: int | None,
    year_basis: Basis | None,
    has_day_dates: bool,
    published: PartialDate | None = None,
) -> tuple[PartialDate | DateRange | None, Basis | None]:
    d = c.date
    infer = doc.options.infer
    if (d is not None and d.month is not None) or (d is not None and d.year is not None):
        assert d is not None
        y = d.year
        basis = Basis.inferred(InferenceReason.RELATIVE_DATE, c.date_why) if c.date_why else Basis.stated()
        if y is None:
            if not infer:
                return None, None
            edition = _table_edition(c)
            expected = _year_for(d, c, year, year_basis, published)
            agrees = (  # the table's edition has the text's month, a year either side of the text's guess
                edition is not None
                and edition.start is not None
                and edition.start.month == d.month
                and expected is not None
                and abs(edition.year - expected) <= 1
            )
            if edition is not None and expected is not None and edition.year != expected and not agrees:
                edition = None  # a dated text puts the day in another year than the table's edition: trust the text
            if edition is not None:
                y = edition.year
                basis = Basis.inferred(InferenceReason.YEAR_FROM_SERIES_ORDINAL,
                                       f"the {_ordinal_text(c.ordinal or 0)} {c.series} was held in {y}")  # fmt: skip
            elif d.day is None and not d.is_range:
                # a month alone ("in October"): the year of a text dated to the month, the next one for a meeting
                # still to come in an earlier month, the one before for a past meeting in a later month
                if published is None or published.month is None or d.month is None:
                    return None, None
                y = published.year
                if c.future and d.month < published.month:
                    y += 1
                elif not c.future and d.month > published.month:
                    y -= 1
                basis = Basis.inferred(
                    InferenceReason.YEAR_FROM_DATELINE,
                    f"'{doc.text[d.start : d.end]}' in a text dated {published.isoformat()}",
                )
            elif year is not None and year_basis is not None:
                y = year
                assert year_basis.reason is not None
                basis = Basis.inferred(year_basis.reason, year_basis.detail)
            else:
                return None, None
        try:
            start = PartialDate(y, d.month, d.day)
            until = c.until
            if not d.is_range and d.day is not None and until is not None and until.month is not None:
                end = PartialDate(until.year or y, until.month, until.day)
                if end.earliest > start.earliest and (end.earliest - start.earliest).days <= 31:
                    return DateRange(start, end), basis
            if d.is_range:
                end_year = d.end_year or (y + 1 if (d.end_month or 0) < (d.month or 0) else y)
                end = PartialDate(end_year, d.end_month, d.end_day)
                return DateRange(start, end), basis
            return start, basis
        except ValueError:
            return None, None
    if not infer:
        return None, None
    if c.rel_date is not None and c.rel_date.relative is not None and year is not None:
        y = year + c.rel_date.relative
        said = doc.text[c.rel_date.start : c.rel_date.end]
        table = _table_edition(c)
        if table is None or table.year != y:  # the table's edition of that year dates it more finely
            return PartialDate(y), Basis.inferred(InferenceReason.RELATIVE_DATE, f"'{said}' in a document of {year}")
    if c.series and c.ordinal:
        edition = _table_edition(c)
        if edition is not None:
            why = f"knowledge base: {_ordinal_text(c.ordinal)} {c.series} ({edition.source})"
            if edition.start is not None:
                start = PartialDate.from_date(edition.start)
                if edition.end is not None and edition.end != edition.start:
                    return DateRange(start, PartialDate.from_date(edition.end)), Basis.inferred(
                        InferenceReason.DATE_FROM_SERIES_ORDINAL, why
                    )
                return start, Basis.inferred(InferenceReason.DATE_FROM_SERIES_ORDINAL, why)
            return PartialDate(edition.year), Basis.inferred(InferenceReason.YEAR_FROM_SERIES_ORDINAL, why)
    h = doc.heading_date
    if (
        h is not None
        and h.year is not None
        and h.month is not None
        and any(m.heading for m in c.named())
        and not c.future
    ):
        return PartialDate(h.year, h.month, h.day), Basis.inferred(
            InferenceReason.DATE_FROM_DOCUMENT, "a section of a document dated under its title"
        )
    if year is not None and year_basis is not None and not has_day_dates and c.event and not c.future:
        assert year_basis.reason is not None
        return PartialDate(year), Basis.inferred(year_basis.reason, year_basis.detail + "; the text dates nothing else")
    return None, None
