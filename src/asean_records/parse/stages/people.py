"""Stage: people, with honorifics, titles, country and organisation split off, and every later mention linked.

How a person is found:

1. One compiled pattern picks out runs of capitalised words (``H.E. Dato' Seri Amran Yusof``), at most sixteen words
   long, so the pass is linear. In each run, leading honorifics (from the knowledge base), then post words and
   demonyms (``Cambodian Foreign Minister``), are split off; what remains, if it is 1-5 plausible name words that
   are not knowledge-base names, is a candidate name. A nickname in quotes inside a name is left out of it (the
   given-order name a reader writes: ``Roberto "Bobot" Salazar Jr.`` is ``Roberto Salazar Jr.``; ``written`` keeps
   it), a generational suffix keeps its full stop, and post-nominal letters (``MP``) are dropped.
2. A candidate becomes a person only with evidence: a non-ambiguous honorific, a post next to it (before it, or
   in an apposition after it: ``NAME, TITLE[, TITLE] of COUNTRY``, ``NAME - TITLE -``, ``NAME (TITLE)``), a
   reporting verb after it (``said``, ``told``, ``stressed`` ...), or ``by`` / ``according to`` before it. A post
   and a comma before the name (``Malaysia's Minister of Tourism, Arts and Culture, NAME``) is evidence when the
   name closes the sentence or an item of a list; so is a lower-case post after a country's possessive and a comma
   (``Japan's new prime minister, NAME, ...``: the post title-cased, the country from the possessive), and a name
   alone on its line above a line that opens with a post (a signature block or letterhead). Headings never give
   evidence.
3. Titles are split on ``and`` only where the second part starts with a post word (``Deputy Prime Minister and
   Minister of Foreign Affairs``), and on commas likewise; a ministry or department written after the post and a
   comma stays in it, as written (``Undersecretary, Department of Justice``); ``of COUNTRY`` at the end of a title,
   a demonym or ``COUNTRY's`` before it, give the country (inferred, from the title); ``at the ORGANISATION`` gives
   the organisation.
4. Later mentions are linked, never duplicated: the full name in any case, the family name alone, a title with
   ``the`` or ``H.E.`` (``the minister``, ``H.E. Deputy Prime Minister``) that fits the titles of the person last
   mentioned with it, and ``he``/``she`` before a reporting verb (the person mentioned last, nearby).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable

import attrs

from asean_records.model import Basis, FieldProvenance, InferenceReason, Person, SourceKind
from asean_records.model.ids import record_id
from asean_records.parse.document import Document, NameHit, Sentence, grouped_alternation, lower_twin
from asean_records.parse.found import Found, Mention
from asean_records.parse.stages._names import (
    CONNECTORS,
    NON_NAME_WORDS,
    NOT_NAME_STARTS,
    NOT_PERSON_NAMES,
    SPEECH_VERBS,
    TITLE_HEADS,
    honorific_starts,
    honorific_table,
    is_roman_numeral,
    is_title_head,
    is_title_word,
    name_breaking_honorifics,
    nice_case,
    title_case,
)
from asean_records.reference import BodyKind, body_of_post, country, find_body, find_country, honorifics

__all__ = ["find_people"]

_TOK = r"[^\W\d_a-z][\w'.-]*"
_CONN = "|".join(re.escape(c) for c in CONNECTORS)
# A run of two to sixteen capitalised words, single-spaced, with lower-case name connectors between them.
# "(Ret.)" after a rank stays inside the run: "General (Ret.) NAME".
_RETIRED_TOKEN = r"\((?i:ret|retd|rtd)\.?\)"
_RETIRED = re.compile(_RETIRED_TOKEN)
# A title in brackets inside a chain of honorifics: "Tan Sri Dato' (Dr.) NAME".
_BRACKETED_TOKEN = r"\((?:Dr|Ir|Prof|Hj)\.?\)"
# A nickname in quotes inside a name ('Roberto "Bobot" Salazar') stays inside the run and out of the name.
_NICK_TOKEN = r"[\"“][A-Z][\w'.-]*[\"”]"
_NICK = re.compile(_NICK_TOKEN)
# The first token's first letter opens the pattern and the look-behind for a word start comes after it (the same
# matches as ``(?<![\w'.-]){_TOK}...``), so the engine skips from one capital to the next instead of trying the
# pattern at every position.
_RUN = re.compile(
    rf"[^\W\d_a-z](?<![\w'.-].)[\w'.-]*"
    rf"(?:[ ](?:(?:{_RETIRED_TOKEN}|{_BRACKETED_TOKEN})[ ])?(?:{_NICK_TOKEN}[ ])?(?:(?:{_CONN})[ ])?{_TOK}){{1,15}}"
)
# Generational suffixes written with a full stop, kept with it in the name ("Roberto Salazar Jr.").
_SUFFIXES = frozenset({"Jr.", "Sr."})
_WORDS = re.compile(r"\S+")

_VERB_LIST = sorted(SPEECH_VERBS, key=len, reverse=True)
_VERBS = grouped_alternation(_VERB_LIST)
_ADVERBS = r"(?:(?:also|further|then|later|again|has|had|have|was|is|would|will|once\s+again|recently|earlier)\s+)*"
# A reporting verb right after the name (or after its apposition).
_VERB_AFTER = re.compile(rf"\s+{_ADVERBS}(?:{_VERBS})\b")
_POST_AND_NAME = frozenset({"King"})
"""Post words that are also name words in Chinese and Malaysian Chinese names ("Tiong King Sing")."""
_WHO_AFTER = re.compile(r",\s+who\s")
# "Thailand's Foreign Minister, NAME, chaired the session": a verb of the meeting after the name between commas
_ACT_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|jointly)\s+)?(?:co-chaired|chaired|presided|opened|closed|led|headed|hosted|attended|"
    r"signed|delivered|welcomed|represented|served|serves|will\s+serve|was|is|has|had|joined|addressed|met|"
    r"received|thanked|handed|gave|took)\b"
)  # "Somchai, who chaired the meeting, said ...", "Viet Nam's Minister of Transport, NAME, served as vice chair"
# Words before a name that introduce a person.
_BEFORE = re.compile(
    r"(?:\b(?:by|according\s+to|said|says|told|with|from|and|,)\s+|\"\s*)$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\b(?:by|according\s+to|said|says)\s+$", re.IGNORECASE)
# Opening of an apposition after a name: a comma, an opening parenthesis or a dash.
_APPOS_OPEN = re.compile(r"\s*(?:,|\(|[–—]|\s-(?=\s))\s*(?:(?:the|a|an|who\s+is|then)\s+)?", re.IGNORECASE)
# A generational suffix after a comma, before the apposition: "Domingo Reyes, Jr., Secretary of ..."
_SUFFIX_AFTER = re.compile(r",[ \t]*(?:Jr|Sr)\.(?=[ \t]*,)")
# Where one apposition segment stops.
# A line break ends one too when the next line is blank, opens with a mark or is a label ("Theme of the year:").
_SEG_END = re.compile(r"[ \t]*\n(?=[ \t]*(?:[^\w\s]|\w[^\n:]{0,40}:|\n|$))|\s*(?:[,;()–—]|\s-\s|\.(?:\s|$)|$)")
# Words that end a title inside a segment (the verb or a new clause).
_SEG_CUT_WORDS = grouped_alternation(
    [
        *("as", "who", "when", "while", "during", "which", "whose", "where", "said", "says"),
        *_VERB_LIST,
        *(r"on\s+(?:\d|the\s+\d)", r"in\s+\d"),
    ]
)
_SEG_CUT = re.compile(
    rf"\s+(?:{_SEG_CUT_WORDS})\b",
    re.IGNORECASE,
)
_SEG_CUT_LOWER = lower_twin(_SEG_CUT)
_AND_SPLIT = re.compile(r"\s+and\s+(?:the\s+|also\s+)?", re.IGNORECASE)
# "Minister at the Prime Minister's Office" is a national post: the office stays in the title and is no organisation.
_HEAD_OF_GOVERNMENT_OFFICE = re.compile(r"(?:Prime Minister|President|Chief Minister)['’]s Office|Office of the\b")
_AT_ORG = re.compile(r"\s+at\s+(?:the\s+)?(?P<org>[A-Z].*)$")
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?=\S)")
_POSSESSIVE = re.compile(r"(?P<who>[^\s'][^']*?)'s?\s+(?=\S)")
_PRE_WORDS = re.compile(r"(?:[^\s;:()\"]+\s+){1,20}$")
"""Up to 20 words, each followed by spaces, that run to the end of the range: what :func:`_words_before` finds."""
_PRE_WORDS_LIMIT = 20
_PRE_WORDS_STOPS = ';:()"'


def _words_before(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The words of ``_PRE_WORDS.search(text, start, end)``'s match, as ``(start, end, word)``; ``None`` for none.

    The same match in linear time: the search tries every position of the range and runs the words from each to
    the end (some 100 microseconds for a 200-character range), while the match is simply the last words before
    ``end`` that no stop character (``;:()"``) precedes, at most 20 of them, when spaces end the range. The first
    word may be cut by ``start``, as the search's is.
    """
    if end <= start or not text[end - 1].isspace():
        return None
    for stop in _PRE_WORDS_STOPS:
        at = text.rfind(stop, start, end)
        if at >= 0:
            start = at + 1
    words = [(w.start(), w.end(), w.group(0)) for w in _WORDS.finditer(text, start, end)]
    return words[-_PRE_WORDS_LIMIT:] or None


# "the minister", "H.E. Deputy Prime Minister", "the interior minister of ..." - a title alone.
_HEADS = grouped_alternation(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
# Each opening starts with its letter and then looks back for the word boundary, so that the engine can skip
# to the next H, T or t instead of trying the pattern at every position.
_TITLE_REF = re.compile(
    rf"(?:H(?<=\bH)(?:\.\s?E\.?|is\s+Excellency|er\s+Excellency)\s+(?:the\s+)?|T(?<=\bT)he\s+|t(?<=\bt)he\s+)"
    rf"(?P<t>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?i:{_HEADS}))\b(?!-)"
)
_PRONOUN_REF = re.compile(rf"(?P<p>H(?<=\bH)e|h(?<=\bh)e|S(?<=\bS)he|s(?<=\bs)he)\s+{_ADVERBS}(?:{_VERBS})\b")
_QUOTE_PRONOUN = re.compile(rf"[,.!?]\"\s*(?P<p>he|she)\s+(?:{_VERBS})\b")
_QUOTE_ENDS = (',"', '."', '!"', '?"')
"""How every match of :data:`_QUOTE_PRONOUN` opens (a text without any is not scanned)."""

_FAMILY_FIRST = frozenset({"KH", "VN", "CN", "KR", "KP", "TW", "HK", "MO"})
_NO_FAMILY = frozenset({"ID", "MM", "MY", "SG", "BN"})
_FAMILY_FIRST_HONORIFICS = frozenset({"Samdech", "Samdech Akka Moha Sena Padei Techo", "Samdech Moha Borvor Thipadei"})
_NO_FAMILY_HONORIFICS = frozenset({"U", "Daw", "Ko", "Ma", "Thakin", "Haji", "Hajah", "Pengiran", "Awang", "Dayang"})
_HOSTED = re.compile(r"\b(?:(?:virtually|officially|successfully)\s+)?hosted\b(?P<by>\s+by\s+)?")
# "Prime Minister NAME of COUNTRY": the country right after the name (and not the start of a longer name).
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_NAME_GOES_ON = re.compile(r"['’]s\b|[ ]+[A-Z]|-\w")
_STATE_FORM = re.compile(r"(?i:kingdom|republic|socialist|state|union|federation|sultanate)\b")
_POSS_ANY = re.compile(r"\b(?P<who>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})'s\b")
_PRONOUN_REACH = 1200
# Posts that alone, right before a name, show it is a person's name ("Minister X", not "Director X").
_STRONG_SINGLE = frozenset(
    [
        "minister",
        "secretary",
        "pm",
        "dpm",
        "fm",
        "president",
        "governor",
        "ambassador",
        "secretary-general",
        "king",
        "queen",
        "sultan",
        "prince",
        "princess",
        "premier",
        "mayor",
        "chairman",
        "chairwoman",
        "chairperson",
        "commissioner",
        "envoy",
        "spokesperson",
        "spokesman",
    ]
)
_MAX_APPOS = 400
# Letters written after a name (a seat in parliament, a rank of counsel): not part of it, as written
# (https://en.wikipedia.org/wiki/Post-nominal_letters).
_POST_NOMINALS = frozenset({"MP", "M.P.", "MHR", "MLA", "QC", "KC"})


@attrs.define
class _Draft:
    """A person being assembled (mutable while the stage runs)."""

    key: str
    name: str
    written: str
    tokens: tuple[str, ...]
    caps_family: int | None
    first: int
    honorific: tuple[str, int, int] | None = None
    titles: list[tuple[str, int, int]] = attrs.field(factory=list)
    country: tuple[str, int, int, Basis] | None = None
    organisation: tuple[str, int, int, Basis | None] | None = None
    mentions: list[tuple[int, int]] = attrs.field(factory=list)
    id: str = ""


@attrs.frozen
class _Candidate:
    """A name inside a run, with what was split off before it."""

    start: int
    end: int
    tokens: tuple[str, ...]
    honorifics: tuple[tuple[str, int, int, bool], ...]
    pre_title: tuple[str, int, int] | None
    pre_country: tuple[str, int, int] | None
    tail: int = -1
    """Where what follows the name starts: after letters such as "MP" (the name's end when there are none)."""

    @property
    def after(self) -> int:
        """The end of the name and of any post-nominal letters after it."""
        return max(self.end, self.tail)


@functools.lru_cache(maxsize=16384)
def _word_ok(word: str) -> bool:
    """A word that may be part of a person's name (not a post, not a word that never is one)."""
    low = word.lower()
    if low in CONNECTORS:
        return True
    if not word[0].isupper() or any(c.isdigit() for c in word):
        return False
    return low not in NON_NAME_WORDS and not is_title_word(word)


def _country_hit(hits: Iterable[NameHit], start: int, end: int, *, before_post: bool = False) -> NameHit | None:
    """A country or demonym at ``start``; an ambiguous one counts only ``before_post``.

    Before a post, an ambiguous demonym ("Chinese") counts, and so does an ambiguous name of a member state that is
    also its people's adjective ("Lao Foreign Minister"); other ambiguous names ("Georgia Governor") do not.
    """
    for h in hits:
        usable = not h.ambiguous or (
            before_post and (h.kind == "demonym" or (h.kind == "country" and _is_member_state(h.key)))
        )
        if h.start == start and h.end >= end - 2 and h.kind in ("country", "demonym") and usable:
            return h
    return None


@functools.cache
def _is_member_state(alpha2: str) -> bool:
    """True for an ASEAN member state (at any time)."""
    return country(alpha2).asean_member_since is not None


def _ends_name(
    kind: str, ambiguous: bool, name: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int
) -> bool:
    """Whether a knowledge-base name at word ``i`` ends (or keeps from starting) a person's name.

    A city inside a name does not ("Paolo Manila Cruz"); nor does an ambiguous one opening a name of two or more
    words ("Sofia Kingston": both are also capitals); alone ("Miss Clark") it still does.
    """
    if kind != "city":
        return True
    if name:
        return False
    if not ambiguous:
        return True
    nxt = words[i + 1][2] if i + 1 < len(words) else ""
    return not (nxt[:1].isupper() and _word_ok(nxt.rstrip(".,;:'")))


def _candidates(doc: Document, start: int, end: int) -> Iterable[_Candidate]:
    """Split one run of capitalised words into honorifics, leading titles and a name."""
    text = doc.text
    words = [(m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(text, start, end)]
    table, longest = honorific_table()
    starts = honorific_starts()
    breaking = name_breaking_honorifics()
    hits = doc.names_in(start, end)
    covered = [(h.start, h.end, h.kind, h.ambiguous) for h in hits]
    bare = [(w[1:-1] if w[:1] == "(" and w[-1:] == ")" else w).rstrip(".") for _, _, w in words]
    i, n = 0, len(words)
    while i < n:
        honors: list[tuple[str, int, int, bool]] = []
        pre: list[tuple[int, int, str]] = []
        pre_country: tuple[str, int, int] | None = None
        progress = True
        while progress and i < n:
            progress = False
            if bare[i].lower() in _GENERAL_POSTS and i + 1 < n and bare[i + 1] == "General":
                pre.extend(words[i : i + 2])  # "Secretary General Dr. NAME", "Attorney General NAME": one post,
                i, progress = i + 2, True  # neither a rank ("General") nor a lawyer's style ("Attorney")
                continue
            if bare[i] in starts:
                for j in range(min(n, i + longest), i, -1):
                    found = table.get(tuple(bare[i:j]))
                    if found is not None and found[1] and _foreign_to(found[0], honors):
                        break  # "U Tun Tun Oo": after a Myanmar honorific, the Malay style "Tun" is a name word
                    if found is not None:
                        honors.append((found[0], words[i][0], words[j - 1][1], found[1]))
                        i, progress = j, True
                        break
            if progress:
                continue
            if honors and _RETIRED.fullmatch(words[i][2]):
                i, progress = i + 1, True  # "General (Ret.)": part of the rank
                continue
            w0, w1, w = words[i]
            hit = _country_hit(hits, w0, w1, before_post=i + 1 < n and is_title_word(words[i + 1][2]))
            if hit is not None and not pre:
                j = i
                while j < n and words[j][1] <= hit.end + 2:
                    j += 1
                pre_country = (hit.key, hit.start, hit.end)
                i, progress = max(j, i + 1), True
            elif pre and w.rstrip(",") in _POST_NUMBERS:
                pre.append(words[i])  # "Finance Minister II NAME": the post's number is part of the post
                i, progress = i + 1, True
            elif is_title_word(w) and w.lower() not in CONNECTORS:
                if w.endswith(".") and doc.sentence_at(w0).end <= w1:
                    pre, pre_country = [], None  # "... Minister of Defence. Prime Minister NAME": a new sentence
                else:
                    pre.append(words[i])
                i, progress = i + 1, True
        name: list[tuple[int, int, str]] = []
        sentence_ends = False
        cap = 6  # a name has at most five words, or six more after "bin" ("bin Pehin Datu Pekerma Jaya Haji NAME")
        while i < n and len(name) < cap:
            w0, w1, w = words[i]
            if name and _NICK.fullmatch(w) and i + 1 < n:
                i += 1  # the nickname is written, not part of the name
                continue
            stem = w[:-2] if w.endswith("'s") else w.rstrip(".'")
            if len(stem) == 1 and w == stem + "." and i + 1 < n and words[i + 1][2][:1].isupper():
                stem = w  # an initial keeps its full stop ("Maria B. Reyes", "R. Kumar")
            elif name and w.rstrip(",;:") in _SUFFIXES:
                stem = w.rstrip(",;:")
            # a knowledge-base name ends a person's name, except a city inside one ("Paolo Manila Cruz")
            inside = (  # "Tiong King Sing": a post word between two name words is a name word (a Chinese name)
                name
                and stem in _POST_AND_NAME
                and i + 1 < n
                and words[i + 1][2][:1].isupper()
                and _word_ok(words[i + 1][2].rstrip(".,;:'"))
            )
            # "Dang Hoang An", "Nguyen Van An": after other name words, "An" is a given name, not the article
            given_an = len(name) >= 2 and stem == "An"
            if (
                not stem
                or (not _word_ok(stem) and not inside and not given_an)
                or (covered and any(a <= w0 < b and _ends_name(k, amb, name, words, i) for a, b, k, amb in covered))
            ):
                break
            if name and w.rstrip(",;:") in _POST_NOMINALS:
                break
            if w.rstrip(",;:") in breaking:
                break  # a rank or style ends a name; "Haji" inside a name ("Binti Haji Johari") stays in it
            name.append((w0, w0 + len(stem), stem))
            if stem in _PATRONYMIC and len(name) > 1:
                cap = len(name) + 7
            i += 1
            if stem.rstrip(".") != w.rstrip(".") or w.endswith("'s"):
                break  # a possessive ends the name
            if w.endswith(".") and len(stem) > 1 and doc.sentence_at(w0).end <= w1:
                sentence_ends = True
                break  # the sentence ends after this word ("... Mr. Park Min-jun. The meeting ...")
        tail = -1
        while name and i < n and words[i][2].rstrip(",;:") in _POST_NOMINALS:
            tail = words[i][0] + len(words[i][2].rstrip(",;:"))
            i += 1  # "NAME MP": letters after a name are no part of it
        if name and (name[0][2].lower() in CONNECTORS or name[0][2].lower() in NOT_NAME_STARTS):
            name = []
        while name and name[-1][2].lower() in CONNECTORS:
            name.pop()
        pre_title = None
        if name and not sentence_ends and i < n and table.get((bare[i],)) is None and not is_title_word(words[i][2]):
            name = []  # the name runs on into other capitalised words: part of an organisation's name
        chained = False
        if name and i < n and words[i][2].rstrip(",;:") in breaking:
            name = []  # words in a chain of honorifics ("Pehin Datu X Colonel ..."), not a name
            chained = True  # the rank or style itself starts the next candidate ("Economist Dr. NAME")
        if len(pre) == 1 and pre[0][2].lower() not in _STRONG_SINGLE:
            pre = []
        if pre and any(is_title_head(w) for _, _, w in pre):
            pre_title = (text[pre[0][0] : pre[-1][1]], pre[0][0], pre[-1][1])
        if name and len(name) < cap:
            yield _Candidate(
                start=name[0][0],
                end=name[-1][1],
                tokens=tuple(w for _, _, w in name),
                honorifics=tuple(honors),
                pre_title=pre_title,
                pre_country=pre_country,
                tail=tail,
            )
        if not name and not chained:
            i += 1


@functools.cache
def _honorific_countries() -> dict[str, frozenset[str]]:
    """Honorifics (canonical forms) -> the countries they are used in (empty: anywhere)."""
    return {h.text: frozenset(h.countries) for h in honorifics()}


def _foreign_to(honorific: str, before: list[tuple[str, int, int, bool]]) -> bool:
    """Whether an honorific belongs to other countries than an honorific before it in the same chain."""
    countries = _honorific_countries()
    mine = countries.get(honorific, frozenset())
    return bool(mine) and any(countries.get(h[0]) and mine.isdisjoint(countries[h[0]]) for h in before)


_GENERAL_POSTS = frozenset({"secretary", "director", "attorney", "solicitor", "auditor", "inspector", "governor"})
"""Posts written with "General" after them, spaced: "Secretary General", "Attorney General", "Governor General"."""


_RunKey = tuple[str, tuple[tuple[int, int, str, str, bool], ...], tuple[tuple[int, int], ...]]
_CANDIDATE_CACHE: dict[_RunKey, tuple[_Candidate, ...]] = {}
_CANDIDATE_CACHE_SIZE = 16384


def _run_candidates(doc: Document, start: int, end: int, cache: bool) -> Iterable[_Candidate]:
    """:func:`_candidates` of a run, kept (when ``cache``) for runs that come back with the same surroundings.

    What the split reads of the document besides the run's text is the knowledge-base names that start in the run
    and the sentences around it; the key holds them relative to the run, and the candidates are kept relative to it.
    """
    if not cache:
        return _candidates(doc, start, end)
    # the sentences that hold the run's words, clipped to just outside it (where they start before it or end after
    # it does not change which one holds a word, nor whether it ends before a word does): the same run in the middle
    # of a sentence has the same key wherever it is
    sentences = doc.sentences
    if sentences:
        around = sentences[doc.sentence_index(start) : doc.sentence_index(end) + 1]
    else:
        around = (Sentence(0, len(doc.text)),)  # what Document.sentence_at gives without sentences
    size = end - start
    sentence_key = tuple((max(s.start - start, -1), min(s.end - start, size + 1)) for s in around)
    hits = tuple((h.start - start, h.end - start, h.kind, h.key, h.ambiguous) for h in doc.names_in(start, end))
    key = (doc.text[start:end], hits, sentence_key)
    kept = _CANDIDATE_CACHE.get(key)
    if kept is None:
        if len(_CANDIDATE_CACHE) >= _CANDIDATE_CACHE_SIZE:
            _CANDIDATE_CACHE.clear()  # bounded memory; the runs that matter come back soon enough
        kept = _CANDIDATE_CACHE[key] = tuple(_shifted(c, -start) for c in _candidates(doc, start, end))
    return [_shifted(c, start) for c in kept]


def _shifted(c: _Candidate, by: int) -> _Candidate:
    """The candidate with every offset moved by ``by``."""
    return _Candidate(
        start=c.start + by,
        end=c.end + by,
        tokens=c.tokens,
        honorifics=tuple((h, s + by, e + by, amb) for h, s, e, amb in c.honorifics),
        pre_title=None if c.pre_title is None else (c.pre_title[0], c.pre_title[1] + by, c.pre_title[2] + by),
        pre_country=None if c.pre_country is None else (c.pre_country[0], c.pre_country[1] + by, c.pre_country[2] + by),
        tail=c.tail if c.tail < 0 else c.tail + by,
    )


def _could_name(run: str) -> bool:
    """False when no capitalised word of ``run`` may be part of a name (posts, places ...): no candidate in it."""
    return any(_word_ok(_stem(w)) for w in run.split() if w[:1].isupper())


_may_name = functools.lru_cache(maxsize=16384)(_could_name)
_CACHED_RUN = 200
"""Runs up to this many characters have :func:`_could_name` cached (the same runs come back again and again)."""


def _stem(word: str) -> str:
    """A run's word without a possessive or trailing full stop and apostrophe, as the candidate split reads it."""
    stem = word[:-2] if word.endswith("'s") else word.rstrip(".'")
    return stem or word


def _plausible(tokens: tuple[str, ...], strong_honorific: bool, *, caps_ok: bool = False) -> bool:
    """Words that can be a person's name; all in capitals only when ``caps_ok`` (after a title in mixed case)."""
    real = [t for t in tokens if t.lower() not in CONNECTORS]
    if not real:
        return False
    if len(real) == 1:
        t = real[0]
        return strong_honorific and len(t) >= 3 and not t.isupper()
    if all(t.isupper() for t in real):
        return caps_ok and len(real) <= 3 and all(t.replace("-", "").isalpha() and len(t) >= 2 for t in real)
    # a trailing initial ("Jane D") is a byline, not a full name
    return not (len(real[-1]) == 1 or (len(real[-1]) == 2 and real[-1].endswith(".")))


def _title_parts(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Split a title segment on ``and`` where the next part starts a post (or ``COUNTRY's`` and a post)."""
    text = doc.text
    parts: list[tuple[int, int]] = []
    cur = start
    for m in _AND_SPLIT.finditer(text, start, end):
        if not any(is_title_head(w) for w in text[cur : m.start()].split()):
            continue  # "Trade and Industry Minister": the words before "and" are portfolios of the one post
        nxt = _AND_SPLIT.search(text, m.end(), end)
        upto = nxt.start() if nxt is not None else end
        if not any(is_title_head(w.rstrip(",")) for w in text[m.end() : upto].split()):
            continue  # "... Affairs and International Cooperation and Special Envoy": a portfolio, then a post
        if _starts_title(text[m.end() : end]) or _poss_title(doc, m.end(), end):
            parts.append((cur, m.start()))
            cur = m.end()
    parts.append((cur, end))
    return parts


def _own_parts(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a title segment that are one person's posts.

    "the Foreign Ministers of ... and the Secretary-General of ASEAN, NAME" is the Secretary-General: a plural post
    names a group the person is not part of.
    """
    parts = _title_parts(doc, start, end)
    own = [(s, e) for s, e in parts if not any(_is_plural_head(w) for w in doc.text[s:e].split())]
    return own or parts


def _is_plural_head(word: str) -> bool:
    w = word.rstrip(".,").lower()
    return w.endswith("s") and is_title_head(w[:-1])


def _starts_title(text: str) -> bool:
    """True when ``text`` opens with a post (its first six words are read)."""
    return _opens_with_post(tuple(text.split(None, 6)[:6]))


@functools.lru_cache(maxsize=16384)
def _opens_with_post(words: tuple[str, ...]) -> bool:
    """:func:`_starts_title` of the first six words of a text."""
    if not words:
        return False
    first = words[0].rstrip(",")
    if first.lower() in ("first", "second", "third") and len(words) > 1:
        first = words[1].rstrip(",")  # "Second Minister of Foreign Affairs"
    elif first.lower() in ("general", "state"):
        return len(words) > 1 and is_title_head(words[1].rstrip(","))  # "State Councilor", not "State of ..."
    if not is_title_word(first):
        return False
    return any(is_title_head(w.rstrip(",")) for w in words)


def _appositions(doc: Document, end: int, limit: int) -> tuple[list[tuple[int, int]], int]:
    """Title segments right after a name; returns the segments and where the apposition ends."""
    text = doc.text
    low = doc.ascii_lower
    segs: list[tuple[int, int]] = []
    suffix = _SUFFIX_AFTER.match(text, end, limit)
    pos = suffix.end() if suffix is not None else end
    stop = min(limit, end + _MAX_APPOS)
    while True:
        m = _APPOS_OPEN.match(text, pos, stop)
        if m is None or m.end() == pos:
            break
        s = m.end()
        e_match = _SEG_END.search(text, s, stop)
        e = e_match.start() if e_match is not None else stop
        listed = _PORTFOLIO_LIST.match(text, e, stop) if text[e : e + 1] == "," else None
        if listed is not None and listed.group().split()[-1].rstrip(".") in honorific_starts():
            listed = None  # ", and Mr. NAME": the next person, not the rest of a portfolio
        if listed is not None and _starts_title(text[s:e]):  # "Minister of Investment, Trade and Industry"
            e_match = _SEG_END.search(text, listed.end(), stop)
            longer = e_match.start() if e_match is not None else stop
            if _lists_portfolio(doc, e, longer):
                e = longer
        cut = _SEG_CUT.search(text, s, e) if low is None else _SEG_CUT_LOWER.search(low, s, e)
        while cut is not None and text[cut.end() - 1 : cut.end()].isalpha() and _capital_word_at(text, cut):
            # "President of the United States": a capitalised word is a name's, not the verb "states"
            cut = _SEG_CUT.search(text, cut.end(), e) if low is None else _SEG_CUT_LOWER.search(low, cut.end(), e)
        seg_end = cut.start() if cut is not None else e
        ends_here = cut is not None
        body = text[s:seg_end]
        if not _starts_title(body) and not _poss_title(doc, s, seg_end) and not _demonym_title(doc, s, seg_end):
            break
        ahead = _next_honorific(text, s, min(stop, s + 150))
        if ahead is not None and text[ahead : ahead + 1] != "," and _TITLE_STRETCH.fullmatch(text, s, ahead):
            # "A, Minister of State Ms. B", "A, Minister of X, Y and Z Ms. B": the post is B's; with a comma before
            # the honorific ("A, Minister of X, H.E. B, ...") it is A's and B is the next of a list
            break
        if _post_then_name(body) or _country_then_name(doc, s, seg_end):
            break  # "A, Lao Prime Minister B, ...": B's post and name, a list of leaders, not A's title
        if not ends_here and text[e : e + 1] == ",":
            e = _unit_after(doc, e, stop)  # "Undersecretary, Department of Justice": the post is in the department
            seg_end = e
        segs.append((s, seg_end))
        if ends_here:
            pos = seg_end
            break
        pos = e
        if pos < stop and text[pos] in ")–—":
            pos += 1
    return segs, pos


# After a post and a comma, the part of a government it is held in: "Secretary of State, Ministry of Justice".
_UNIT_AFTER = re.compile(
    r",[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+(?:and[ \t]+)?){0,4}"
    r"(?:Ministry|Department|Division|Bureau|Directorate|Office|Agency)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]"
)


def _unit_after(doc: Document, e: int, stop: int) -> int:
    """The end of a ministry or department named after a post and a comma (``e`` when there is none).

    "Undersecretary, Department of Justice, Republic of ...": the department is part of the post, written as the
    text writes it; its portfolio may list ("Ministry of Culture, Youth and Sports").
    """
    text = doc.text
    m = _UNIT_AFTER.match(text, e, stop)
    if m is None:
        return e
    end_match = _SEG_END.search(text, m.end(), stop)
    end = end_match.start() if end_match is not None else stop
    listed = _PORTFOLIO_LIST.match(text, end, stop) if text[end : end + 1] == "," else None
    if listed is not None and listed.group().split()[-1].rstrip(".") not in honorific_starts():
        longer_match = _SEG_END.search(text, listed.end(), stop)
        longer = longer_match.start() if longer_match is not None else stop
        if _lists_portfolio(doc, end, longer):
            end = longer
    if any(is_title_head(w.rstrip(",")) for w in text[e : m.end()].split()):
        return e  # another post ("Minister, Ministry of ..."): not a part of this one
    cut = _SEG_CUT.search(text, m.end(), end)
    return cut.start() if cut is not None else end


_NAME_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][\w'’-]*)")


def _country_then_name(doc: Document, s: int, e: int) -> bool:
    """Whether a country's name inside ``text[s:e]`` runs on into a name: "Minister of ... of Japan NAME", B's post."""
    for h in doc.names_in(s, e, "country"):
        m = _NAME_WORD_AFTER.match(doc.text, h.end, e)
        if m is not None and not h.ambiguous and _word_ok(m.group("w")) and not doc.names_in(m.start("w"), m.end()):
            return True
    return False


def _lists_portfolio(doc: Document, e: int, longer: int) -> bool:
    """Whether ``text[e:longer]`` (", Trade and Industry") goes on listing the portfolio of the post before ``e``.

    Not after a country ("Minister of Defence of China, and NAME, Secretary ..."), and not when a post is named in it
    ("..., and Cambodian Prime Minister NAME"): that is the next person of a list.
    """
    if any(h.kind == "country" and h.end == e for h in doc.names_in(max(0, e - 60), e)):
        return False
    return not any(is_title_head(w.rstrip(",.;")) for w in doc.text[e:longer].split())


# a post's head word, then two to four capitalised words to the end: "Lao Prime Minister Thongloun Sisoulith"
_HEAD_THEN_WORDS = re.compile(
    rf"\b(?i:{_HEADS})[ \t]+(?P<rest>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,3}})[ \t]*(?:$|[ \t]+and\b)"
)  # (or one initialled word: "President B.J"; or a name before "and": "Prime Minister Chuan Leekpai and Khai")
_AFTER_HEAD = frozenset({"extraordinary", "plenipotentiary", "emeritus", "designate", "mentor", "general", "elect"})
# Roman numbers that tell apart two holders of one post ("Minister of Finance II", "Deputy Minister I")
_POST_NUMBERS = frozenset({"I", "II", "III", "IV"})


def _post_then_name(body: str) -> bool:
    """Whether an apposition is another person's post and name (its last words are no post words)."""
    m = _HEAD_THEN_WORDS.search(body)
    if m is None:
        return False
    words = m.group("rest").split()
    if len(words) == 1 and "." not in words[0]:
        return False  # one plain word: "Prime Minister Designate" is not a name
    return not any(is_title_head(w) or w.lower() in _AFTER_HEAD or w.lower() in NON_NAME_WORDS for w in words)


def _capital_word_at(text: str, cut: re.Match[str]) -> bool:
    """Whether the cut word found by ``_SEG_CUT`` is a capitalised verb (part of a name: "United States")."""
    word = text[cut.start() : cut.end()].strip()
    return word[:1].isupper() and word.lower() in SPEECH_VERBS


# Capitalised words joined by spaces, commas and the small words of a portfolio: a post written before a name.
# The rest of a portfolio listed with commas: ", Trade and Industry", ", Industry, and Energy".
_PORTFOLIO_LIST = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+(?:and|&)\s+[A-Z][\w'’-]*")
_TITLE_STRETCH = re.compile(r"[A-Z][\w'’-]*(?:(?:,\s*|\s+)(?:(?:and|of|for|the|on)\s+)*[A-Z][\w'’-]*)*")


_TOKEN_REST = re.compile(r"\S*")


def _next_honorific(text: str, s: int, e: int) -> int | None:
    """Where an honorific followed by a capitalised word starts inside ``text[s:e]`` (after its first word)."""
    ahead = _honorific_ahead(text[s : min(len(text), e + 40)], e - s)
    return None if ahead is None else s + ahead


@functools.lru_cache(maxsize=16384)
def _honorific_ahead(text: str, e: int) -> int | None:
    """:func:`_next_honorific` of ``text[:e]`` (the text reaching 40 characters past ``e``, for the last word)."""
    starts = honorific_starts()
    stop = len(text)
    rest = _TOKEN_REST.match(text, min(e, stop), stop)
    cut = rest.end() if rest is not None else stop  # the words that start before e, the last one whole
    if starts.isdisjoint(w.rstrip(".,") for w in text[:cut].split()[1:]):
        return None  # no honorific among the words that could open a name (the scan below would find none)
    words = list(_WORDS.finditer(text, 0, stop))
    table, longest = honorific_table()
    bare = [w.group().rstrip(".,") for w in words]
    for i, (a, _b) in enumerate(itertools.pairwise(words[1:]), start=1):
        if a.start() >= e:
            break
        if bare[i] not in starts:
            continue
        # the whole honorific, then a capitalised word ("Assistant Professor NAME", not "Assistant Secretary")
        if any(
            table.get(tuple(bare[i:j])) is not None and j < len(words) and words[j].group()[:1].isupper()
            for j in range(i + 1, min(len(words), i + longest) + 1)
        ):
            end = a.start()
            while end > 0 and text[end - 1] in " ,":
                end -= 1
            return end
    return None


def _poss_country(doc: Document, s: int, e: int) -> tuple[str, int, int, int] | None:
    """``COUNTRY's`` at ``s``: (alpha-2, start, end of the country name, end of the possessive and space)."""
    m = _POSSESSIVE.match(doc.text, s, min(e, s + 60))
    if m is None:
        return None
    who = m.group("who")
    if not who[:1].isupper() or len(who.split()) > 4:
        return None
    c = find_country(who)
    return (c.alpha2, s, m.end("who"), m.end()) if c is not None else None


def _demonym_title(doc: Document, s: int, e: int) -> bool:
    """A demonym and then a post: "Chinese Foreign Minister", "Lao Deputy Prime Minister"."""
    hit = _country_hit(doc.names_in(s, e), s, s + 1, before_post=True)
    usable = hit is not None and (hit.kind == "demonym" or hit.ambiguous)
    return usable and hit is not None and _starts_title(doc.text[hit.end : e])


def _poss_title(doc: Document, s: int, e: int) -> bool:
    pc = _poss_country(doc, s, e)
    return pc is not None and _starts_title(doc.text[pc[3] : e])


# "The Secretary-General of ASEAN, Dr. NAME, ..." - a title opening the sentence, then the name between commas.
_TITLE_FIRST = re.compile(r"(?:[Tt]he\s+)?(?P<t>[A-Z][^,;()\"]{2,80}?),\s*$")
# ... or after "chaired by", "with", "and": "chaired by Viet Nam's Minister of Health, Prof. NAME"
# The title's words: capitalised words and the small words between them, commas only inside a listed portfolio
# ("Minister of Trade, Industry and Energy of the Republic of Korea"); a name with an honorific ("Mr.") stops it.
_TITLE_WORDS = r"[A-Z][\w'’-]*(?:(?:\s+(?:of|for|and|the|on|in|to|at))*(?:\s+|,\s+)[A-Z][\w'’-]*)*"
_TITLE_AFTER = re.compile(
    rf"(?:\b(?:by|with|and|from|including|as\s+well\s+as|were|was|are|is)\s+(?:(?:[Tt]he|its|his|her|their)\s+)?"
    rf"|\bthe\s+|;\s+(?:and\s+)?(?:[Tt]he\s+)?)"
    rf"(?P<t>{_TITLE_WORDS}),\s*$"
)  # "; Viet Nam's Minister of Defence, General NAME;": the next of a list, after a semicolon
# ... or opening the sentence with a listed portfolio: "Malaysia's Minister of Tourism, Arts and Culture, NAME"
_TITLE_FIRST_LISTED = re.compile(rf"(?:[Tt]he\s+)?(?P<t>{_TITLE_WORDS}),\s*$")
_TITLE_FIRST_REACH = 200
_TITLE_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "at"})
_PORTFOLIO_LINKS = frozenset({"of", "for", "and", "the"})


def _pre_title(doc: Document, start: int, sent_start: int) -> tuple[str, int, int, tuple[str, int, int] | None] | None:
    """A lower-case or mixed title right before a name (``Kampot provincial governor NAME``)."""
    text = doc.text
    words = _words_before(text, max(sent_start, start - 200), start)
    if words is None:
        return None
    if len(words) > 2 and words[-1][2] == "the" and honorific_table()[0].get((words[-2][2].rstrip("."),)):
        words = words[:-2]  # "Foreign Minister Senator the Hon NAME": a style, "the", then the name's honorific
    # the post's head noun, then perhaps its portfolio: "Minister of Foreign Affairs", "Minister for Trade"
    k = len(words) - 1
    if words and words[-1][2].endswith(","):
        return None  # "..., NAME": a list or a clause before the name, not a post
    while k >= 0 and not is_title_head(words[k][2]):
        w = words[k][2].rstrip(",")  # a portfolio may list: "of Investment, Trade and Industry"
        if not (w in _PORTFOLIO_LINKS or w == "at" or _capitalised_word(w)):
            return None  # "Director of Culture at the Ministry of Education NAME": the post's place stays in it
        k -= 1
    if words and words[-1][2] in _PORTFOLIO_LINKS:
        return None  # "Minister of Energy Transition and NAME": the name is the rest of the portfolio
    if k < 0 or (
        k < len(words) - 1
        and words[k + 1][2] not in _PORTFOLIO_LINKS
        and words[k + 1][2].lower() not in _AFTER_HEAD
        and words[k + 1][2] not in _POST_NUMBERS
    ):
        return None
    last = len(words) - 1
    j = k
    country: tuple[str, int, int] | None = None
    while j > 0:
        w0, w1, w = words[j - 1]
        hit = _country_hit(doc.names_in(w0, w1), w0, w1 - (2 if w.endswith("'s") else 0), before_post=True)
        if hit is not None:
            country = (hit.key, w0, w1)
            break
        poss = find_country(w[:-2]) if w.endswith(("'s", "’s")) and w[:1].isupper() else None
        if poss is not None:  # "Korea's Minister of ...": a possessive names the country even when ambiguous alone
            country = (poss.alpha2, w0, w1 - 2)
            break
        if w == "and" and j >= 2 and _is_plural_head(words[j - 2][2]):
            break  # "the ministers and ASEAN Secretary-General NAME": a group, then the person's own post
        if (
            w == "and"
            and j >= 2
            and is_title_word(words[j - 2][2])
            and (is_title_word(words[j][2]) or _capitalised_word(words[j][2]))
        ):
            j -= 1  # "Deputy Prime Minister and Minister of ...": two posts, split by the caller
            continue  # "Trade and Industry Minister", "Agriculture and Agro-Based Industry Minister": one post
        if w.lower() in NON_NAME_WORDS and not is_title_word(w):
            break
        if not (is_title_word(w) or _capitalised_word(w)):
            break
        j -= 1
    t0, t1 = words[j][0], words[last][1]
    if k < last:
        (title, t0, t1), tail_country, _org = _split_title(doc, t0, t1)
        return title, t0, t1, country or tail_country
    return text[t0:t1], t0, t1, country


def _capitalised_word(word: str) -> bool:
    """A capitalised word of letters, perhaps hyphenated ("Agro-Based"): a portfolio's word in a post."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


_Split = tuple[tuple[str, int, int], tuple[str, int, int] | None, tuple[str, int, int] | None]
_SPLIT_CACHE: dict[tuple[str, tuple[tuple[int, int, str, str, bool], ...]], _Split] = {}
_SPLIT_CACHE_SIZE = 16384


def _split_title(doc: Document, s: int, e: int) -> _Split:
    """One title part -> (title, country from the title, organisation).

    Kept (bounded cache) by the part's text and the knowledge-base names that start in it, relative to ``s``: the
    split reads nothing else of the document.
    """
    hits = tuple((h.start - s, h.end - s, h.kind, h.key, h.ambiguous) for h in doc.names_in(s, e))
    key = (doc.text[s:e], hits)
    kept = _SPLIT_CACHE.get(key)
    if kept is None:
        if len(_SPLIT_CACHE) >= _SPLIT_CACHE_SIZE:
            _SPLIT_CACHE.clear()
        kept = _SPLIT_CACHE[key] = _moved(_split_title_at(doc, s, e), -s)
    return _moved(kept, s)


def _moved(split: _Split, by: int) -> _Split:
    """A title split with its offsets moved by ``by``."""
    (title, ts, te), country, org = split
    return (
        (title, ts + by, te + by),
        None if country is None else (country[0], country[1] + by, country[2] + by),
        None if org is None else (org[0], org[1] + by, org[2] + by),
    )


def _split_title_at(doc: Document, s: int, e: int) -> _Split:
    """:func:`_split_title`, worked out."""
    text = doc.text
    country: tuple[str, int, int] | None = None
    org: tuple[str, int, int] | None = None
    pc = _poss_country(doc, s, e)
    if pc is not None:
        country = (pc[0], pc[1], pc[2])
        s = pc[3]
    hit0 = _country_hit(doc.names_in(s, e), s, s + 1, before_post=True)
    if hit0 is not None and (hit0.kind == "demonym" or hit0.ambiguous) and country is None:
        country = (hit0.key, hit0.start, hit0.end)
        s = hit0.end + 1
    at = _AT_ORG.search(text, s, e)
    if at is not None and not _HEAD_OF_GOVERNMENT_OFFICE.match(at.group("org")):
        org = (text[at.start("org") : e], at.start("org"), e)
        e = at.start()
    for m in _OF_TAIL.finditer(text, s, e):
        for h in doc.names_in(m.end(), e):
            if h.start != m.end() or h.end != e or h.ambiguous:
                continue
            if h.kind == "country":
                country = (h.key, h.start, h.end)
                e = m.start()
                break
            if h.kind == "body" and org is None and _works_for(h.key):
                org = (text[h.start : h.end], h.start, h.end)  # "Executive Director of the ASEAN Foundation"
    title = title_case(text[s:e].strip()) if text[s:e].strip()[:1].islower() else text[s:e].strip()
    return (title, s, e), country, org


# Bodies whose name at the end of a title makes the holder its staff. Organs, councils and forums are left out: who
# chairs or sits on them serves a country (posts of the Secretariat come from the knowledge base's post lists).
_STAFFED = frozenset(
    {BodyKind.ASEAN_ENTITY, BodyKind.UN_SYSTEM, BodyKind.INTERNATIONAL, BodyKind.REGIONAL, BodyKind.FINANCIAL}
)  # fmt: skip


# Organs with staff of their own: "Director of ... of the ASEAN Secretariat" works for it.
_STAFFED_ORGANS = frozenset({"ASEAN Secretariat"})


_body_of_post = functools.lru_cache(maxsize=4096)(body_of_post)
""":func:`~asean_records.reference.body_of_post`, kept for the titles that come back document after document."""


@functools.cache
def _works_for(key: str) -> bool:
    """True when a holder of a post at the end of which the body ``key`` is named is its staff."""
    body = find_body(key)
    return body is not None and (body.kind in _STAFFED or body.key in _STAFFED_ORGANS)


def _family(d: _Draft) -> tuple[str | None, bool]:
    """The family name of ``d`` and whether it comes first."""
    return _family_name(
        d.name,
        d.tokens,
        d.caps_family,
        d.honorific[0] if d.honorific else None,
        d.country[0] if d.country else None,
    )


@functools.lru_cache(maxsize=16384)
def _family_name(
    name: str, tokens: tuple[str, ...], caps_family: int | None, honor: str | None, code: str | None
) -> tuple[str | None, bool]:
    """:func:`_family` of a person's name, name words, family word in capitals, honorific and country."""
    toks = [t for t in name.split() if t.lower() not in CONNECTORS and t not in _SUFFIXES]
    if len(toks) < 2:
        return None, False
    if caps_family is not None:
        return nice_case(tokens[caps_family]), caps_family == 0
    if any(t.lower() in CONNECTORS for t in name.split()):
        return None, False
    if honor in _FAMILY_FIRST_HONORIFICS or code in _FAMILY_FIRST:
        return toks[0], True
    if honor in _NO_FAMILY_HONORIFICS or code in _NO_FAMILY or code is None:
        return None, False
    return toks[-1], False


def _single_name(doc: Document, c: _Candidate, sent_start: int, sent_end: int) -> bool:
    """One word as a whole name ("Minister of Agriculture Sutrisno said", "President Soeharto of Indonesia").

    Only right after a post of several words that names a minister or the like, and right before a reporting verb;
    or right after such a post of any length and right before "of <country>".
    """
    if len(c.tokens) != 1 or c.honorifics:
        return False
    word = c.tokens[0]
    if len(word) < 4 or word.isupper() or not word.isalpha():
        return False
    said = _VERB_AFTER.match(doc.text, c.end, sent_end) is not None
    of = _OF_COUNTRY.match(doc.text, c.end, sent_end)
    of_country = of is not None and doc.first(of.end(), of.end() + 1, lambda h: h.kind == "country") is not None
    if not (said or of_country):
        return False
    pre = _pre_title(doc, c.start, sent_start)
    if pre is None or pre[2] != c.start - 1 or (len(pre[0].split()) < 2 and not of_country):
        return False
    if not said and not is_title_head(pre[0].split()[-1]):
        return False  # "Minister of National Unity of Malaysia": the word ends the portfolio, not a post
    return any(w.lower() in _STRONG_SINGLE for w in pre[0].split())


_WindowKey = tuple[str, int, tuple[tuple[int, int, str, str, bool], ...]]
_APPOSITION_CACHE: dict[_WindowKey, tuple[tuple[tuple[int, int], ...], int]] = {}
_APPOSITION_CACHE_SIZE = 16384


def _kept_appositions(doc: Document, end: int, limit: int) -> tuple[list[tuple[int, int]], int]:
    """:func:`_appositions`, kept (bounded cache) for stretches of text that come back with the same names in them.

    The scan reads the text from ``end`` to where it stops (and up to 40 characters past that, to finish the last
    word before an honorific) and the knowledge-base names that start before the stop: the key holds them relative
    to ``end``, and the segments are kept relative to it.
    """
    text = doc.text
    stop = min(limit, end + _MAX_APPOS)
    hits = tuple((h.start - end, h.end - end, h.kind, h.key, h.ambiguous) for h in doc.names_in(end, stop))
    key = (text[end : stop + 40], stop - end, hits)
    kept = _APPOSITION_CACHE.get(key)
    if kept is None:
        if len(_APPOSITION_CACHE) >= _APPOSITION_CACHE_SIZE:
            _APPOSITION_CACHE.clear()
        segs, pos = _appositions(doc, end, limit)
        kept = _APPOSITION_CACHE[key] = (tuple((a - end, b - end) for a, b in segs), pos - end)
    return [(a + end, b + end) for a, b in kept[0]], kept[1] + end


class _Scans:
    """The apposition and pre-title scans of one document, kept: a candidate's evidence and its record ask alike."""

    __slots__ = ("appositions", "doc", "pre_titles")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.appositions: dict[tuple[int, int], tuple[list[tuple[int, int]], int]] = {}
        self.pre_titles: dict[tuple[int, int], tuple[str, int, int, tuple[str, int, int] | None] | None] = {}

    def apposition(self, end: int, limit: int) -> tuple[list[tuple[int, int]], int]:
        """:func:`_appositions` of the document (the segments are not to be changed)."""
        key = (end, limit)
        if key not in self.appositions:
            self.appositions[key] = _kept_appositions(self.doc, end, limit)
        return self.appositions[key]

    def pre_title(self, start: int, sent_start: int) -> tuple[str, int, int, tuple[str, int, int] | None] | None:
        """:func:`_pre_title` of the document."""
        key = (start, sent_start)
        if key not in self.pre_titles:
            self.pre_titles[key] = _pre_title(self.doc, start, sent_start)
        return self.pre_titles[key]


def _evidence(doc: Document, c: _Candidate, sent_start: int, sent_end: int, scans: _Scans) -> bool:
    text = doc.text
    if any(not amb for *_, amb in c.honorifics) or c.pre_title is not None or _signature_name(doc, c):
        return True
    if _lower_lead(doc, c, sent_start) is not None:
        return True  # "Japan's new prime minister, NAME, ..."
    before = text[max(sent_start, c.start - 30) : c.start]
    if _BY_BEFORE.search(before):
        return True
    segs, pos = scans.apposition(c.after, sent_end)
    if segs:
        return True
    if _VERB_AFTER.match(text, pos, sent_end) is not None:
        return True
    pre = scans.pre_title(c.honorifics[0][1] if c.honorifics else c.start, sent_start)
    # a post of several words ("Prime Minister of the Lao PDR"), or one that alone names a person's post
    if pre is not None and (len(pre[0].split()) > 1 or pre[0].lower() in _STRONG_SINGLE):
        return True
    # "The President of the Lao PDR, NAME, said": a post, then the name between commas, then a reporting verb;
    # or a post, then the name closing the sentence or an item of a list ("; the Minister of Health, NAME;")
    after = text[c.after : c.after + 1]
    return (
        after in (",", ";", ".")
        and _lead_title(doc, c, sent_start) is not None
        and (
            after != ","
            or _VERB_AFTER.match(text, c.after + 1, sent_end) is not None
            or _ACT_AFTER.match(text, c.after + 1, sent_end) is not None
            or _AND_AFTER.match(text, c.after) is not None
        )
    )


# "By NAME" on a line of its own (perhaps with the agency after a comma or dash), or closing the text.
_BYLINE_LINE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*[Bb]y[ \t]+$")
_BYLINE_LINE_AFTER = re.compile(r"[ \t]*(?:[,|/–—-][^\n]{0,60})?(?:\n|\Z)")
_BYLINE_END_BEFORE = re.compile(r"[.!?\"”][ \t]+[Bb]y[ \t]+$")
_BYLINE_END_AFTER = re.compile(r"\.?\s*\Z")


# A wire agency's credit line: "Reporting by NAME; Editing by NAME", "(Additional reporting by NAME in CITY)".
_CREDIT_LINE = re.compile(
    r"[ \t]*[(\[]?[ \t]*(?:(?:additional|further)[ \t]+)?(?:reporting|writing|editing|compiled|photos?|"
    r"translated|translation|produced|research|graphics?|video)(?:[ \t]+and[ \t]+\w+)?[ \t]+by\b",
    re.IGNORECASE,
)
_CREDIT_REACH = 240
# ... or in brackets after the last sentence: "... talks. (Reporting by NAME; Editing by NAME)".
_CREDIT_BRACKET = re.compile(
    r"[(\[][ \t]*(?:(?:additional|further)[ \t]+)?(?:reporting|writing|editing)[ \t]+by\b[^()\[\]\n]*$",
    re.IGNORECASE,
)


def _credit_line(text: str, start: int) -> bool:
    """True when ``start`` lies on a short line that is a credit line (its start looked for within a bounded reach)."""
    head = max(0, start - _CREDIT_REACH)
    if _CREDIT_BRACKET.search(text, head, start):
        return True
    nl = text.rfind("\n", head, start)
    if nl < 0 and head > 0:
        return False  # the line is too long to be a credit line
    return _CREDIT_LINE.match(text, nl + 1, start) is not None


def _byline(text: str, start: int, end: int) -> bool:
    """True when the name from ``start`` (its honorific) to ``end`` is a byline: the text's author."""
    if _credit_line(text, start):
        return True
    head = max(0, start - 12)
    if _BYLINE_LINE_BEFORE.search(text, head, start) and _BYLINE_LINE_AFTER.match(text, end):
        return True
    return bool(_BYLINE_END_BEFORE.search(text, head, start) and _BYLINE_END_AFTER.match(text, end))


def find_people(doc: Document, found: Found) -> Found:
    """Add the people named in ``doc`` to ``found``, with every mention of each one linked.

    Args:
        doc: The document.
        found: What earlier stages found.

    Returns:
        ``found`` with ``people`` (in order of first mention) and ``person_mentions`` added.
    """
    text = doc.text
    drafts = _Drafts()
    name_spans: list[tuple[int, int, str]] = []
    title_spans: list[tuple[int, int]] = []
    scans = _Scans(doc)
    pending: list[_Candidate] = []  # names without evidence of their own, perhaps listed with a person's
    for run in _RUN.finditer(text):
        surface = run.group()
        if not (_may_name(surface) if len(surface) <= _CACHED_RUN else _could_name(surface)):
            continue  # posts, places and other words that are never a name: no candidate can come of it
        start = _past_name_before(doc, run.start(), run.end())
        for c in _run_candidates(doc, start, run.end(), len(surface) <= _CACHED_RUN):
            sent = doc.sentence_at(c.honorifics[0][1] if c.honorifics else c.start)  # a run may cross "X. Y"
            strong = any(not amb for *_, amb in c.honorifics)
            # "Samdech ... HUN SEN": a family name in capitals after a title written in mixed case
            caps_ok = any(not amb and h in _FAMILY_FIRST_HONORIFICS for h, _s, _e, amb in c.honorifics) or (
                all(t.isupper() for t in c.tokens if t.lower() not in CONNECTORS)
                and _signature_name(doc, c)  # "DR. NAME IN CAPITALS" above a line with the post
            )
            plausible = _plausible(c.tokens, strong, caps_ok=caps_ok) or _single_name(doc, c, sent.start, sent.end)
            if not plausible or _key(c.tokens) in NOT_PERSON_NAMES:
                continue
            if _byline(text, c.honorifics[0][1] if c.honorifics else c.start, c.end):
                continue  # the author of the text, not a person it reports on
            # a heading names a person only as a letterhead does: "The Hon NAME MP, Prime Minister of COUNTRY"
            heading = sent.heading and not (strong and scans.apposition(c.after, sent.end)[0])
            if heading or not _evidence(doc, c, sent.start, sent.end, scans):
                name_spans.append((c.start, c.end, _key(c.tokens)))
                if not sent.heading and len(c.tokens) >= 2:
                    pending.append(c)
                continue
            whole = _whole_name(drafts, c.tokens, honorific=bool(c.honorifics) or c.pre_title is not None)
            if whole is not None:
                name_spans.append((c.start, c.end, whole))  # "Ahmad Kamil" after "Ahmad Kamil Yusof"
                continue
            d = _add(doc, drafts, c, sent.start, sent.end, title_spans, scans)
            name_spans.append((c.start, c.end, d.key))
    for c, post in _coordinated(doc, drafts, name_spans, pending):
        sent = doc.sentence_at(c.honorifics[0][1] if c.honorifics else c.start)
        whole = _whole_name(drafts, c.tokens, honorific=bool(c.honorifics) or c.pre_title is not None)
        if whole is not None:
            name_spans.append((c.start, c.end, whole))
            continue
        d = _add(doc, drafts, c, sent.start, sent.end, title_spans, scans)  # its name span is already listed
        if post is not None and not d.titles:
            d.titles.append(post)  # "the foreign ministers, X and Y": each is a foreign minister
            title_spans.append((post[1], post[2]))
    _finish(doc, drafts, found.source.kind)
    mentions = _link(doc, drafts, name_spans, title_spans)
    persons = tuple(_build(doc, drafts[k], mentions.get(k, [])) for k in _order(drafts, mentions))
    all_mentions = sorted(
        (Mention(a, b, p.id) for p in persons for a, b in mentions.get(_key(tuple(p.name.split())), [])),
        key=lambda m: (m.start, m.end),
    )
    return attrs.evolve(
        found,
        people=found.people + persons,
        person_mentions=tuple(sorted((*found.person_mentions, *all_mentions), key=lambda m: (m.start, m.end))),
    )


_NAME_REACH = 120
"""How far before a run a knowledge-base name that runs into it is looked for (longer than any such name)."""


def _past_name_before(doc: Document, start: int, end: int) -> int:
    """Where a run's words start once those inside a knowledge-base name begun before it are left out.

    "of the Republic of Korea Oh Seok-hwan": the run "Korea Oh Seok-hwan" starts inside the country's name.
    """
    reach = max((h.end for h in doc.names_in(max(0, start - _NAME_REACH), start) if h.end > start), default=start)
    if reach <= start:
        return start
    word = _WORDS.search(doc.text, reach, end)
    return word.start() if word is not None else end


# "X and Y", "X, and Y": two names listed together.
_AND_BEFORE = re.compile(r"(?<![\w'.-])(?P<x>[A-Z][\w'-]*)[ \t]*,?[ \t]+and[ \t]+$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'-]*[ ]$")
_AND_AFTER = re.compile(r"[ \t]*,?[ \t]+and[ \t]+")
# "the foreign ministers, X and Y": a plural post, then the names listed.
_PLURAL_POST_BEFORE = re.compile(
    r"\b(?P<post>(?:[A-Za-z][\w-]*[ \t]+){0,3}?(?P<head>(?i:ministers|leaders|secretaries|secretaries-general|"
    r"ambassadors|presidents|envoys|co-chairs|counterparts|governors)))[ \t]*,[ \t]*$"
)
# Plural posts -> the post each person listed holds ("leaders" and "counterparts" name none).
_SINGULAR_POSTS = {
    "ministers": "Minister",
    "secretaries-general": "Secretary-General",
    "ambassadors": "Ambassador",
    "presidents": "President",
    "envoys": "Envoy",
    "co-chairs": "Co-Chair",
    "governors": "Governor",
}


def _plural_post(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The post each person listed after ``m`` (a plural post before a list) holds, with its span, if any."""
    head = _SINGULAR_POSTS.get(m.group("head").lower())
    if head is None:
        return None
    words = list(_WORDS.finditer(m.string, m.start("post"), m.start("head")))
    while words and not all(is_title_word(w.group()) and w.group().lower() != "the" for w in words):
        words.pop(0)
    start = words[0].start() if words else m.start("head")
    title = title_case(" ".join([*(w.group() for w in words), head]))
    return title, start, m.end("head")


def _coordinated(
    doc: Document, drafts: dict[str, _Draft], name_spans: list[tuple[int, int, str]], pending: list[_Candidate]
) -> list[tuple[_Candidate, tuple[str, int, int] | None]]:
    """Names without evidence of their own that are listed with a person ("X and Y said", "Wang and NAME").

    A name right after "WORD and", the word alone naming a person already found, right before "and PERSON", or
    first in a list after a plural post ("the foreign ministers, X and Y") is a person's too. Checked once forward
    and once backward, so the pass stays linear.
    """
    text = doc.text
    starts = {a for a, _b, k in name_spans if k in drafts}
    ends = {b for _a, b, k in name_spans if k in drafts}
    words = {t.casefold() for d in drafts.values() for t in d.name.split() if len(t) > 2 and t not in CONNECTORS}
    out: list[tuple[_Candidate, tuple[str, int, int] | None]] = []
    taken: set[int] = set()
    taken_ends: dict[int, tuple[str, int, int] | None] = {}  # end of a name listed -> the post of the list

    def take(c: _Candidate, post: tuple[str, int, int] | None = None) -> None:
        out.append((c, post))
        taken.add(c.start)
        taken_ends[c.end] = post
        starts.add(c.start)
        ends.add(c.end)
        words.update(t.casefold() for t in c.tokens if len(t) > 2 and t not in CONNECTORS)

    for c in pending:
        anchor = c.honorifics[0][1] if c.honorifics else c.start
        m = _AND_BEFORE.search(text, max(0, anchor - 60), anchor)
        listed = m is not None and (
            m.end("x") in taken_ends  # "the ministers, X and Y": Y after a name listed the same way
            or (
                m.group("x").casefold() in words  # "Wang and NAME": a person by one word
                and not _CAPITALISED_BEFORE.search(text, max(0, m.start("x") - 30), m.start("x"))
            )
        )
        plural = _PLURAL_POST_BEFORE.search(text, max(0, anchor - 60), anchor)
        first = plural is not None and bool(_AND_AFTER.match(text, c.end))
        if (listed or first) and c.start not in taken:
            if plural is not None and first:
                take(c, _plural_post(plural))
            else:
                take(c, taken_ends.get(m.end("x")) if m is not None else None)
    for c in reversed(pending):
        m = _AND_AFTER.match(text, c.end)
        if m is not None and m.end() in starts and c.start not in taken:
            take(c)
    return sorted(out, key=lambda cp: cp[0].start)


class _Drafts(dict[str, _Draft]):
    """The people found so far by key, each key also indexed by its hyphen-free form and its shorter ends.

    The ends are its first or last words, fewer than all: :func:`_whole_name` then reads the few people a short form
    fits rather than every person found, and parsing time stays linear.
    """

    def __init__(self) -> None:
        super().__init__()
        self.spaced: dict[str, list[str]] = {}
        self.ends: dict[tuple[str, ...], list[str]] = {}

    def __setitem__(self, key: str, draft: _Draft) -> None:
        if key not in self:
            self.spaced.setdefault(_loose(key), []).append(key)
            words = tuple(key.split())
            for part in dict.fromkeys(w for n in range(1, len(words)) for w in (words[:n], words[-n:])):
                self.ends.setdefault(part, []).append(key)
        super().__setitem__(key, draft)


# Words inside a Malay name that a shorter form of it leaves out: "Fadillah Yusof" for "Fadillah Haji Yusof"
_INNER_WORDS = frozenset({"haji", "hajah", "hj", "hjh", "bin", "binti", "bte", "bt"})


def _loose(key: str) -> str:
    """A name key with hyphens read as spaces and the inner words of a Malay name left out."""
    words = key.replace("-", " ").split()
    kept = [w for i, w in enumerate(words) if i == 0 or w.rstrip(".") not in _INNER_WORDS]
    return " ".join(kept)


def _whole_name(drafts: _Drafts, tokens: tuple[str, ...], *, honorific: bool = False) -> str | None:
    """The one person already found whose name starts with (or ends in) these words, if just one.

    Two or more words are needed, or one word after an honorific or a title ("Mr. Wang" after "Mr. Wang Li", "Prime
    Minister Phuc" after "Nguyen Xuan Phuc"). A name written with spaces for hyphens ("Jeon Min Ho" after "Jeon
    Min-ho") or without the inner words of a Malay name ("Fadillah Yusof" after "Fadillah Haji Yusof") is the same
    name.
    """
    if len(tokens) < (1 if honorific else 2) or _key(tokens) in drafts:
        return None
    same = drafts.spaced.get(_loose(_key(tokens)), [])
    if len(same) == 1:
        return same[0]
    words = tuple(_key((t,)) for t in tokens)
    n = len(words)
    hits = {k for k in drafts.ends.get(words, ()) if len(drafts[k].tokens) > n}
    return hits.pop() if len(hits) == 1 else None


@functools.lru_cache(maxsize=16384)
def _key(tokens: tuple[str, ...]) -> str:
    return " ".join(nice_case(t) for t in tokens).casefold()


def _add(
    doc: Document,
    drafts: dict[str, _Draft],
    c: _Candidate,
    sent_start: int,
    sent_end: int,
    title_spans: list[tuple[int, int]],
    scans: _Scans,
) -> _Draft:
    text = doc.text
    key = _key(c.tokens)
    d = drafts.get(key)
    if d is None:
        caps = [i for i, t in enumerate(c.tokens) if t.isupper() and len(t.rstrip(".")) > 1 and not is_roman_numeral(t)]
        mixed = [t for t in c.tokens if not t.isupper()]
        d = _Draft(
            key=key,
            name=" ".join(nice_case(t) for t in c.tokens),
            written=text[c.start : c.end],
            tokens=c.tokens,
            caps_family=caps[0] if caps and mixed else None,
            first=c.start,
        )
        drafts[key] = d
    strong = [h for h in c.honorifics if not h[3]] or list(c.honorifics)
    if d.honorific is None and strong and (any(not h[3] for h in c.honorifics) or c.pre_title is not None):
        h = strong[0]
        d.honorific = (h[0], h[1], h[2])
    found_titles: list[tuple[tuple[str, int, int], tuple[str, int, int] | None, tuple[str, int, int] | None]] = []
    pre_title = c.pre_title
    if pre_title is not None:
        longer = scans.pre_title(c.honorifics[0][1] if c.honorifics else c.start, sent_start)
        if (
            longer is not None
            and longer[1] < pre_title[1]
            and longer[2] >= pre_title[2]
            and _AND_SPLIT.search(text, longer[1], pre_title[1])
        ):
            pre_title = None  # "Deputy Prime Minister and Foreign Minister NAME": the scan before the name sees more
    if pre_title is not None:
        found_titles.append(((pre_title[0], pre_title[1], pre_title[2]), c.pre_country, None))
    else:
        pre = scans.pre_title(c.honorifics[0][1] if c.honorifics else c.start, sent_start)
        parts = _title_parts(doc, pre[1], pre[2]) if pre is not None else []
        if pre is not None and len(parts) > 1:
            for ps, pe in parts:  # "Deputy Prime Minister and Minister of Foreign Affairs NAME"
                (title, ts, te), country, org = _split_title(doc, ps, pe)
                found_titles.append(((title_case(title), ts, te), pre[3] or country, org))
        elif pre is not None:
            org = _split_title(doc, pre[1], pre[2])[2]  # "Director of ... of the ASEAN Secretariat NAME"
            found_titles.append(((title_case(pre[0]), pre[1], pre[2]), pre[3], org))
    if not found_titles and text[c.after : c.after + 1] in (",", ".", ";", ""):
        lead = _lead_title(doc, c, sent_start)
        if lead is not None and not any(a <= lead[0] < b for a, b in title_spans):  # not the post of the name before
            for ps, pe in _own_parts(doc, lead[0], lead[1]):
                found_titles.append(_split_title(doc, ps, pe))
        elif lead is None:
            lower = _lower_lead(doc, c, sent_start)  # "Japan's new prime minister, NAME, ..."
            if lower is not None:
                found_titles.append(lower)
    segs, _ = scans.apposition(c.after, sent_end)
    if not segs and not found_titles:
        segs = _next_line_title(doc, c)  # a letterhead: "The Hon NAME MP" and the post on the line below
    for s, e in segs:
        for ps, pe in _title_parts(doc, s, e):
            found_titles.append(_split_title(doc, ps, pe))
    if found_titles and d.country is None and not segs:
        of = _OF_COUNTRY.match(text, c.after, sent_end)
        hit = of and doc.first(of.end(), of.end() + 1, lambda h: h.kind == "country" and not h.ambiguous)
        if of and hit and not _NAME_GOES_ON.match(text, hit.end):
            why = f"named as {text[c.start : hit.end]!r}"
            d.country = (hit.key, hit.start, hit.end, Basis.inferred(InferenceReason.COUNTRY_FROM_TITLE, why))
    for (written_title, ts, te), country, org in found_titles:
        title = " ".join(written_title.split())  # a title wrapped over two lines is one line
        if not title or not any(is_title_head(w.rstrip(",")) for w in title.split()):
            continue
        title_spans.append((ts, te))
        if all(_norm(title) != _norm(t[0]) for t in d.titles):
            d.titles.append((title, ts, te))
        if country is not None and d.country is None:
            d.country = (
                country[0],
                country[1],
                country[2],
                Basis.inferred(InferenceReason.COUNTRY_FROM_TITLE, f"from the title {text[country[1] : country[2]]!r}"),
            )
        if org is not None and d.organisation is None:
            d.organisation = (*org, None)
    return d


# The rest of a line that holds only a name, then a short line below it.
_LINE_BELOW = re.compile(r"[ \t]*\n[ \t]*(?P<t>[^\n]{3,120}?)[ \t]*(?:\n|\Z)")


_LETTERHEAD_LEAD = re.compile(r"[ \t]*(?:[A-Z][\w.'’]*[ \t]+){1,2}(?:the[ \t]+)?")  # "Senator the Hon NAME"


def _next_line_title(doc: Document, c: _Candidate) -> list[tuple[int, int]]:
    """A post on the line below a line that holds only an honorific and a name (a media release's letterhead)."""
    text = doc.text
    if any(amb for *_, amb in c.honorifics):
        return []
    anchor = c.honorifics[0][1] if c.honorifics else c.start
    line_start = text.rfind("\n", max(0, anchor - 80), anchor) + 1
    if line_start == 0 and anchor > 80:
        return []  # no line break within reach: the name is inside a long line (checked before any slicing)
    lead = text[line_start:anchor]
    if lead.strip(" \t#*") and (not c.honorifics or not _LETTERHEAD_LEAD.fullmatch(lead)):
        return []
    lines: list[tuple[int, int]] = []
    at = c.after
    while len(lines) < _SIGNATURE_LINES:  # a signature block may hold a post per line
        m = _LINE_BELOW.match(text, at)
        if m is None:
            break
        s, e = m.start("t"), m.end("t")
        if not (_starts_title(text[s:e]) or _poss_title(doc, s, e) or _demonym_title(doc, s, e)):
            break
        lines.append((s, e))
        at = e
    return lines


_SIGNATURE_LINES = 3


def _signature_name(doc: Document, c: _Candidate) -> bool:
    """Whether ``c`` (with a style) fills its line and a post opens the line below: a signature or letterhead."""
    return bool(_next_line_title(doc, c))


# "Japan's new prime minister, NAME,": a country's possessive, a lower-case post, then the name between commas
_LOWER_LEAD = re.compile(
    r"(?<![\w.'’-])(?P<who>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s[ \t]+"
    r"(?:(?:new|former|then|incoming|outgoing|acting|current|veteran|long-serving)[ \t]+)?"
    r"(?P<t>(?:(?:deputy|senior|foreign|prime|defen[cs]e|trade|finance|economy|economic|health|home|interior|"
    r"justice|energy|agriculture|labou?r|education|vice|chief|top)[ \t]+){0,3}"
    r"(?:minister|president|premier|secretary|ambassador|envoy|diplomat|spokes(?:man|woman|person)|leader)"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:[a-z]+[ \t]+){0,3}?[a-z]+)?),[ \t]*$"
)
_LOWER_LEAD_REACH = 120


def _lower_lead(doc: Document, c: _Candidate, sent_start: int) -> _Split | None:
    """A lower-case post after a country's possessive right before ", NAME,": "Japan's new prime minister, NAME"."""
    text = doc.text
    anchor = c.honorifics[0][1] if c.honorifics else c.start
    if text[c.after : c.after + 1] != ",":
        return None
    m = _LOWER_LEAD.search(text, max(sent_start, anchor - _LOWER_LEAD_REACH), anchor)
    if m is None:
        return None
    country = find_country(m.group("who"))
    if country is None:
        return None
    title = title_case(m.group("t"))
    return (title, m.start("t"), m.end("t")), (country.alpha2, m.start("who"), m.end("who")), None


def _lead_title(doc: Document, c: _Candidate, sent_start: int) -> tuple[int, int] | None:
    """A title written before ", NAME": opening the sentence, or after "by", "with", "and" ... (its span)."""
    text = doc.text
    anchor = c.honorifics[0][1] if c.honorifics else c.start
    near = anchor - sent_start <= _TITLE_FIRST_REACH
    for lead in (
        _TITLE_AFTER.search(text, max(sent_start, anchor - 160), anchor),
        _TITLE_FIRST.match(text, sent_start, anchor),
        _TITLE_FIRST_LISTED.match(text, sent_start, anchor) if near else None,
    ):
        if lead is None or not all(w[:1].isupper() or w in _TITLE_SMALL for w in lead.group("t").split()):
            continue
        ts, te = lead.start("t"), lead.end("t")
        if _starts_title(lead.group("t")) or _poss_title(doc, ts, te) or _demonym_title(doc, ts, te):
            return ts, te
    return None


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def _home_country(doc: Document) -> tuple[str, int, int, str] | None:
    """The country the document speaks for: the host it names as hosting, or its letterhead (all must agree).

    A dateline does not count: it says where the text was written, and wire reports and ministries' releases from
    abroad carry a foreign city.
    """
    text = doc.text
    votes: list[tuple[str, int, int, str]] = []
    head = doc.sentences[:4]
    limit = head[-1].end if head else min(len(text), 600)
    for m in _HOSTED.finditer(text, 0, limit) if text.find("hosted", 0, limit) >= 0 else ():
        if m.group("by") is not None:
            hit = doc.first(m.end(), m.end() + 40, lambda h: h.kind in ("country", "demonym") and not h.ambiguous)
            if hit is not None and not text[m.end() : hit.start].strip(" the"):
                votes.append((hit.key, hit.start, hit.end, "the host named as hosting"))
        else:
            hits = [h for h in doc.names_in(max(0, m.start() - 40), m.start()) if h.kind == "country"]
            if hits and not text[hits[-1].end : m.start()].strip():
                votes.append((hits[-1].key, hits[-1].start, hits[-1].end, "the host named as hosting"))
    for hit in doc.names_in(0, min(len(text), 300), "country"):
        if _STATE_FORM.match(text, hit.start, hit.end):
            votes.append((hit.key, hit.start, hit.end, "the letterhead"))
    keys = {v[0] for v in votes}
    return votes[0] if len(keys) == 1 else None


def _names_an_organisation(doc: Document, d: _Draft) -> bool:
    """A title that names an international or regional organisation ("Director of the ILO Regional Office ...")."""
    hits = (h for _title, ts, te in d.titles for h in doc.names_in(ts, te))
    return any(h.kind == "body" and _works_for(h.key) for h in hits)


def _finish(doc: Document, drafts: dict[str, _Draft], kind: SourceKind | None) -> None:
    """Fill countries from the titles' wording or the document's own country; compute ids."""
    text = doc.text
    home = _home_country(doc) if doc.options.infer and kind is not SourceKind.NEWS else None
    for d in drafts.values():
        if d.organisation is None and doc.options.infer:
            for title, ts, te in d.titles:
                body = _body_of_post(title)
                if body is not None:
                    why = f"the post {title!r} belongs to the {body.name}"
                    d.organisation = (body.name, ts, te, Basis.inferred(InferenceReason.ORGANISATION_FROM_TITLE, why))
                    break
        if d.country is None:
            for _title, ts, te in d.titles:
                for m in _POSS_ANY.finditer(text, ts, te):
                    c = find_country(m.group("who"))
                    if c is not None:
                        why = f"the title names {m.group('who')!r}"
                        d.country = (
                            c.alpha2,
                            m.start(),
                            m.end("who"),
                            Basis.inferred(InferenceReason.COUNTRY_FROM_TITLE, why),
                        )
                        break
                if d.country is not None:
                    break
        national = (
            d.organisation is None or d.organisation[0].lower().startswith("ministry")
        ) and not _names_an_organisation(doc, d)
        if d.country is None and home is not None and d.titles and national:
            why = f"the person holds a post and the document is from {home[0]} ({home[3]})"
            d.country = (home[0], home[1], home[2], Basis.inferred(InferenceReason.COUNTRY_FROM_CONTEXT, why))
        d.id = record_id(Person.id_prefix, d.name)  # Person(name=d.name).id (its identity is the name), unbuilt


_END = operator.itemgetter(1)


class _Spans:
    """Ranges of the text, asked in logarithmic time whether they cover an offset."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end))

    def covers(self, offset: int) -> bool:
        """True when some range contains ``offset`` (ranges do not nest deeply, so a short look back suffices)."""
        i = bisect.bisect_right(self._starts, offset)
        return i > 0 and max(map(_END, self._spans[max(0, i - 4) : i])) > offset


# Where a name can start: the first character of a run of word characters, apostrophes and hyphens.
_LINK_WORD = re.compile(r"[\w'-]+")


def _link_starts(text: str, fulls: _Forms, shorts: _Forms) -> Iterable[int]:
    """Offsets where a word starts with the first two letters of a known form, in text order.

    With few forms, searching for each two-letter head is much faster than visiting every word; with many (a long
    document naming hundreds of people) every word is visited instead, so the work stays linear either way.
    """
    low = text.lower()
    if len(fulls) + len(shorts) > 32 or len(low) != len(text):
        yield from (w.start() for w in _LINK_WORD.finditer(text))
        return
    found: set[int] = set()
    for haystack, heads in ((low, fulls), (text, shorts)):
        for head in heads:
            p = haystack.find(head)
            while p >= 0:
                if p == 0 or not _LINK_WORD.match(text, p - 1):
                    found.add(p)
                p = haystack.find(head, p + 1)
    yield from sorted(found)


_GIVEN_NAME_COUNTRIES = frozenset({"TH", "MY", "BN", "ID"})
_PATRONYMIC = frozenset({"bin", "binti", "bte", "bt", "a/l", "a/p", "s/o", "d/o"})
"""Countries whose people are referred to later by their given (first) name."""


@functools.cache
def _given_name_honorifics() -> frozenset[str]:
    """Honorifics (canonical forms) used only in countries whose people go by their given name."""
    return frozenset(h.text for h in honorifics() if h.countries and set(h.countries) <= _GIVEN_NAME_COUNTRIES | {"SG"})


def _given_name_used(d: _Draft) -> bool:
    """True when later mentions of ``d`` may be by the first word of the name alone."""
    if len(d.tokens) < 2 or d.tokens[0].lower() in CONNECTORS or d.caps_family is not None:
        return False
    if d.country is not None:
        return d.country[0] in _GIVEN_NAME_COUNTRIES
    if any(t.lower() in _PATRONYMIC for t in d.tokens):
        return True  # "NAME bin FATHER": a Malay name
    return d.honorific is not None and d.honorific[0] in _given_name_honorifics()


_Forms = dict[str, list[tuple[int, dict[str, str]]]]
"""Forms of names by their first two characters, then by length (longest first): each length maps form to key."""


def _by_prefix(forms: Iterable[tuple[str, str]]) -> _Forms:
    """(form, key) pairs grouped by the form's first two characters and its length, longest first in each group.

    A lookup at an offset then costs one dictionary probe per length, not one comparison per form (a text naming
    thousands of people who share a first name stays linear).
    """
    grouped: dict[str, dict[int, dict[str, str]]] = {}
    for form, key in sorted(set(forms), key=lambda fk: len(fk[0]), reverse=True):
        if len(form) >= 2:
            grouped.setdefault(form[:2], {}).setdefault(len(form), {}).setdefault(form, key)
    return {head: list(by_length.items()) for head, by_length in grouped.items()}


def _match_at(text: str, p: int, forms: _Forms, *, fold: bool) -> tuple[int, str] | None:
    """The longest form (compared in lower case when ``fold``) that starts at ``p`` and ends a word: (end, key)."""
    head = text[p : p + 2]
    group = forms.get(head.lower() if fold else head)
    if group is None:
        return None
    for length, by_form in group:
        end = p + length
        written = text[p:end]
        key = by_form.get(written.lower() if fold else written)
        if key is not None and not _CONTINUES.match(text, end):
            return end, key
    return None


_CONTINUES = re.compile(r"[\w-]")
_SHORT_GOES_ON = re.compile(r"[ ]+[A-Z][a-z]")


def _link(
    doc: Document,
    drafts: dict[str, _Draft],
    name_spans: list[tuple[int, int, str]],
    title_spans: list[tuple[int, int]],
) -> dict[str, list[tuple[int, int]]]:
    """Every mention of every person: names, family names, titles and pronouns, in text order."""
    text = doc.text
    events: list[tuple[int, int, str, str]] = []  # (start, end, kind, payload)
    by_key = drafts
    for a, b, key in name_spans:
        if key in by_key:
            events.append((a, b, "name", key))
    # Other spellings of known names that the run pass did not give (e.g. inside longer runs) and family names.
    singles: dict[str, list[str]] = {}
    for d in drafts.values():
        fam, _ = _family(d)
        forms = {fam, [t for t in d.name.split() if t not in _SUFFIXES][-1]}
        if _given_name_used(d):
            forms.add(d.name.split()[0])  # "Somchai said", "Rosli added": Thai and Malay names go by the given name
            parts = d.name.split()
            if len(parts) >= 3 and not any(w.lower() in _PATRONYMIC for w in parts):
                forms.add(" ".join(parts[:2]))  # "Ahmad Zahid, who ..." for Ahmad Zahid Hamidi (a two-word given name)
        for t in forms:
            if t and len(t) > 2 and t.lower() not in NON_NAME_WORDS:
                singles.setdefault(t, []).append(d.key)
    seen = _Spans((a, b) for a, b, _, _ in events)
    if drafts:
        fulls = _by_prefix((d.name.lower(), d.key) for d in drafts.values())
        unique = {t: ks[0] for t, ks in singles.items() if len(set(ks)) == 1}
        shorts = _by_prefix(unique.items())
        for p in _link_starts(text, fulls, shorts):
            head = text[p : p + 2]
            if (head.lower() not in fulls and head not in shorts) or seen.covers(p):
                continue
            hit = _match_at(text, p, fulls, fold=True)
            if hit is not None:
                events.append((p, hit[0], "name", hit[1]))
                seen.add(p, hit[0])
                continue
            if text[p - 1 : p] == ".":
                continue
            hit = _match_at(text, p, shorts, fold=False)
            if hit is None:
                continue
            if (
                not _BEFORE.search(text, max(0, p - 20), p)
                and not _VERB_AFTER.match(text, hit[0])
                and not _WHO_AFTER.match(text, hit[0])
            ):
                continue
            if _SHORT_GOES_ON.match(text, hit[0]):
                continue  # "from Viet Nam": the word starts another name, not a mention of the person
            events.append((p, hit[0], "name", hit[1]))
            seen.add(p, hit[0])
    titled = _Spans(title_spans)
    for m in _TITLE_REF.finditer(text):
        s, e = m.start(), m.end()
        if titled.covers(m.start("t")):
            continue
        events.append((s, e, "title", m.group("t")))
    for m in _PRONOUN_REF.finditer(text):
        events.append((m.start("p"), m.end("p"), "pronoun", ""))
    for m in _QUOTE_PRONOUN.finditer(text) if any(q in text for q in _QUOTE_ENDS) else ():
        events.append((m.start("p"), m.end("p"), "pronoun", ""))
    events.sort()
    title_words = {k: {w.lower().rstrip(",") for t in d.titles for w in t[0].split()} for k, d in drafts.items()}
    out: dict[str, list[tuple[int, int]]] = {}
    last: tuple[int, str] | None = None
    first_seen: dict[str, int] = {}
    for a, b, kind, payload in events:
        if kind == "name":
            key = payload
            first_seen.setdefault(key, a)
        elif kind == "title":
            words = {w.lower() for w in payload.split()}
            key = ""
            best = -1
            for k in drafts:
                if k not in first_seen:
                    continue
                if words <= title_words[k] and out.get(k) and out[k][-1][0] > best:
                    key, best = k, out[k][-1][0]
            if not key:
                continue
        else:
            if last is None or a - last[0] > _PRONOUN_REACH:
                continue
            key = last[1]
        out.setdefault(key, []).append((a, b))
        last = (a, key)
    return out


def _order(drafts: dict[str, _Draft], mentions: dict[str, list[tuple[int, int]]]) -> list[str]:
    return sorted(drafts, key=lambda k: min([drafts[k].first, *(a for a, _ in mentions.get(k, []))]))


def _build(doc: Document, d: _Draft, spans: list[tuple[int, int]]) -> Person:
    fam, fam_first = _family(d)
    prov: list[FieldProvenance] = [doc.provenance("name", tuple(spans) or ((d.first, d.first + len(d.written)),))]
    if d.honorific is not None:
        prov.append(doc.provenance("honorifics.0", ((d.honorific[1], d.honorific[2]),)))
    for i, (_, s, e) in enumerate(d.titles):
        prov.append(doc.provenance(f"titles.{i}", ((s, e),)))
    if d.country is not None:
        prov.append(doc.provenance("country", ((d.country[1], d.country[2]),), d.country[3]))
    if d.organisation is not None:
        prov.append(doc.provenance("organisation", ((d.organisation[1], d.organisation[2]),), d.organisation[3]))
    return Person(
        name=d.name,
        written=d.written,
        family_name=fam,
        family_name_first=fam_first,
        honorifics=(d.honorific[0],) if d.honorific else (),
        titles=tuple(t[0] for t in d.titles),
        country=d.country[0] if d.country else None,
        organisation=d.organisation[0] if d.organisation else None,
        provenance=tuple(prov),
        id=d.id,
    )
