"""Private vocabulary shared by the people, statements and delegations stages.

Honorifics come from the knowledge base (:func:`~asean_records.reference.honorifics`); post words come from
:func:`~asean_records.reference.post_titles` plus a general list of the nouns and modifiers that posts are built
from. Everything here is compiled once, on first use.
"""

from __future__ import annotations

import functools
import re

from asean_records.reference import HonorificKind, honorifics, post_titles

__all__ = [
    "CONNECTORS",
    "NON_NAME_WORDS",
    "NOT_NAME_STARTS",
    "NOT_PERSON_NAMES",
    "SPEECH_VERBS",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "VERB_LEMMAS",
    "honorific_starts",
    "honorific_table",
    "is_roman_numeral",
    "is_title_word",
    "name_breaking_honorifics",
    "nice_case",
    "title_case",
]

# Nouns a post is named by ("minister", "director" ...), matched case-insensitively.
TITLE_HEADS: frozenset[str] = frozenset(
    [
        "minister",
        "ministers",
        "pm",
        "dpm",
        "fm",
        "secretary",
        "secretary-general",
        "director",
        "director-general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "co-chair",
        "co-chairman",
        "vice-chair",
        "vice-chairman",
        "vice-president",
        "vice-minister",
        "speaker",
        "vice-ministers",
        "president",
        "ambassador",
        "governor",
        "mayor",
        "commissioner",
        "representative",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "envoy",
        "head",
        "chief",
        "officer",
        "official",
        "leader",
        "king",
        "queen",
        "sultan",
        "prince",
        "princess",
        "premier",
        "chancellor",
        "counsellor",
        "counselor",
        "adviser",
        "advisor",
        "coordinator",
        "co-ordinator",
        "manager",
        "dean",
        "rector",
        "consul",
        "consul-general",
        "undersecretary",
        "under-secretary",
        "commander",
        "commander-in-chief",
        "attache",
        "attaché",
        "researcher",
        "analyst",
        "economist",
        "lecturer",
        "founder",
        "member",
        "deputy-director",
        "chargé",
        "charge",
        "ceo",
        "administrator",
        "councilor",
        "councillor",
        # a government's law officers ("Attorney-General of Brunei Darussalam", "Solicitor-General of Malaysia")
        "attorney-general",
        "solicitor-general",
        "attorney",
        "solicitor",
        "officer-in-charge",
    ]
)
# Words that may start a post before its head noun ("deputy", "foreign" in "Deputy Foreign Minister").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    [
        "deputy",
        "vice",
        "prime",
        "senior",
        "foreign",
        "defence",
        "defense",
        "interior",
        "trade",
        "health",
        "economic",
        "economy",
        "finance",
        "education",
        "permanent",
        "executive",
        "assistant",
        "acting",
        "special",
        "provincial",
        "former",
        "first",
        "second",
        "third",
        "general",
        "home",
        "labour",
        "labor",
        "commerce",
        "information",
        "tourism",
        "agriculture",
        "environment",
        "justice",
        "culture",
        "social",
        "international",
        "regional",
        "national",
        "state",
        "junior",
        "principal",
        "associate",
        "supreme",
        "secretary-general's",
        "external",
        "armed",
        "navy",
        "naval",
        "army",
        "air",
        "police",
        "director-general",
        "affairs",
        "investment",
        "industry",
        "energy",
        "transport",
        "development",
        "planning",
        "security",
        "cooperation",
        "relations",
        "resources",
        # portfolios of ministries in the region ("Minister of Communication and Informatics NAME")
        "communication",
        "communications",
        "informatics",
        "infocommunications",
        "digital",
        "manpower",
        "youth",
        "sports",
        "women",
        "welfare",
        "fisheries",
        "forestry",
        "rural",
        "science",
        "technology",
        "innovation",
        "telecommunications",
        "immigration",
        "maritime",
        "infrastructure",
        "arts",
        "heritage",
        "employment",
        "revenue",
        "policy",
        # "Union Minister" (Myanmar), "Parliamentary Vice-Minister" (Japan), "Standing Deputy Prime Minister" (Viet Nam)
        "union",
        "parliamentary",
        "standing",
    ]
)
# Lower-case words between the given name and the surname (``bin``, ``van``). In Malaysian Indian names ``a/l``
# (anak lelaki, son of) and ``a/p`` (anak perempuan, daughter of) join the given name to the father's, and ``s/o``
# and ``d/o`` do in Singapore: one name (https://en.wikipedia.org/wiki/Malaysian_names#Indian_names).
CONNECTORS: tuple[str, ...] = (
    *("bin", "binti", "bte", "bt", "van", "von", "der", "den", "de", "da", "dos", "del", "al"),
    *("a/l", "a/p", "s/o", "d/o"),
)

# Capitalised words that never belong to a person's name.
NON_NAME_WORDS: frozenset[str] = frozenset(
    [
        "phase",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "then",
        "their",
        "they",
        "them",
        "he",
        "she",
        "it",
        "its",
        "his",
        "her",
        "him",
        "we",
        "our",
        "us",
        "you",
        "your",
        "i",
        "my",
        "me",
        "in",
        "on",
        "at",
        "as",
        "by",
        "for",
        "from",
        "to",
        "of",
        "and",
        "or",
        "but",
        "with",
        "without",
        "within",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "until",
        "about",
        "against",
        "among",
        "between",
        "through",
        "via",
        "per",
        "also",
        "however",
        "meanwhile",
        "moreover",
        "furthermore",
        "finally",
        "first",
        "secondly",
        "thirdly",
        "lastly",
        "later",
        "earlier",
        "separately",
        "additionally",
        "likewise",
        "similarly",
        "besides",
        "indeed",
        "instead",
        "nevertheless",
        "nonetheless",
        "subsequently",
        "accordingly",
        "overall",
        "currently",
        "previously",
        "recently",
        "today",
        "yesterday",
        "tomorrow",
        "according",
        "while",
        "when",
        "where",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "if",
        "although",
        "though",
        "despite",
        "because",
        "so",
        "thus",
        "hence",
        "yet",
        "still",
        "all",
        "both",
        "each",
        "every",
        "many",
        "most",
        "some",
        "several",
        "other",
        "another",
        "such",
        "no",
        "not",
        "only",
        "just",
        "even",
        "mr",
        "mrs",
        "ms",
        "dr",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        # "jun" is left out: a given name as well ("Dong Jun"), and a date written with it has digits, not names
        "jan",
        "feb",
        "mar",
        "apr",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "meeting",
        "meetings",
        "summit",
        "conference",
        "session",
        "sessions",
        "dialogue",
        "forum",
        "retreat",
        "workshop",
        "seminar",
        "symposium",
        "ministry",
        "department",
        "office",
        "secretariat",
        "assembly",
        "parliament",
        "congress",
        "senate",
        "cabinet",
        "legislature",
        "embassy",
        "delegation",
        "delegations",
        "directorate",
        "bureau",
        "authority",
        "tribunal",
        "committee",
        "council",
        "commission",
        "board",
        "agency",
        "institute",
        "institution",
        "academy",
        "university",
        "college",
        "school",
        "centre",
        "center",
        "foundation",
        "association",
        "network",
        "group",
        "bank",
        "fund",
        "union",
        "party",
        "government",
        "kingdom",
        "republic",
        "state",
        "states",
        "nation",
        "nations",
        "federation",
        "community",
        "communities",
        "region",
        "province",
        "city",
        "island",
        "islands",
        "sea",
        "strait",
        "airport",
        "hotel",
        "hall",
        "palace",
        "road",
        "street",
        "avenue",
        "building",
        "house",
        "post",
        "times",
        "news",
        "press",
        "daily",
        "herald",
        "tribune",
        "gazette",
        "journal",
        "desk",
        "media",
        "agence",
        "report",
        "statement",
        "release",
        "declaration",
        "agreement",
        "plan",
        "programme",
        "program",
        "initiative",
        "framework",
        "charter",
        "vision",
        "roadmap",
        "work",
        "day",
        "week",
        "month",
        "year",
        "years",
        "covid",
        "covid-19",
        "pandemic",
        "virus",
        "asean",
        "association",
        "east",
        "west",
        "north",
        "south",
        "southeast",
        "northeast",
        "central",
        "excellency",
        "excellencies",
        "honourable",
        "honorable",
        "majesty",
        "highness",
        "royal",
        "related",
        "other",
        "others",
        "plus",
        "outcomes",
        "outcome",
        "section",
        "chapter",
        "annex",
        "article",
    ]
)

# Words that end the names of companies and studios.
NON_NAME_WORDS = NON_NAME_WORDS | frozenset(
    """studio studios holdings partners inc ltd corp corporation co company media films pictures music records labs
    systems technologies technology solutions services consulting capital ventures airlines airways motors energy
    foods group industries enterprises trust""".split()  # noqa: SIM905 - a word list reads better as prose
)
# Verbs of a title-case headline, written after a name ("President NAME Closes 43rd Summit"): no part of it.
NON_NAME_WORDS = NON_NAME_WORDS | frozenset(
    """closes opens chairs attends hosts meets urges calls welcomes signs launches receives visits joins holds
    concludes adopts pledges stresses affirms reaffirms highlights underscores hands begins leads wraps kicks
    arrives departs congratulates""".split()  # noqa: SIM905 - a word list reads better as prose
)

# Words that never start a person's name though they may end one: "Viet" starts the people's and the country's
# name ("Viet Kieu", "Viet Nam") and is also a Vietnamese given name, written last ("Tran Quoc Viet").
NOT_NAME_STARTS: frozenset[str] = frozenset(["viet"])

# Names of places and offices written like a person's name, folded: "Cheong Wa Dae said" is the former Korean
# presidential office speaking (https://en.wikipedia.org/wiki/Blue_House); "Wisma Putra" is the building of
# Malaysia's foreign ministry and stands for it (https://en.wikipedia.org/wiki/Wisma_Putra).
NOT_PERSON_NAMES: frozenset[str] = frozenset(["cheong wa dae", "wisma putra"])

# Reporting verbs as written -> lemma.
VERB_LEMMAS: dict[str, str] = {}
for _lemma, _forms in {
    "say": "said says say saying",
    "stress": "stressed stresses stressing",
    "emphasise": "emphasised emphasized emphasises emphasizes emphasising emphasizing",
    "highlight": "highlighted highlights highlighting",
    "propose": "proposed proposes proposing",
    "urge": "urged urges urging",
    "pledge": "pledged pledges pledging",
    "call for": "called calls",
    "express": "expressed expresses",
    "reiterate": "reiterated reiterates",
    "welcome": "welcomed welcomes",
    "note": "noted notes",
    "add": "added adds",
    "tell": "told tells",
    "underline": "underlined underlines",
    "underscore": "underscored underscores",
    "affirm": "affirmed affirms",
    "reaffirm": "reaffirmed reaffirms",
    "announce": "announced announces",
    "recommend": "recommended recommends",
    "encourage": "encouraged encourages",
    "suggest": "suggested suggests",
    "commend": "commended commends",
    "thank": "thanked thanks",
    "praise": "praised praises",
    "state": "stated states",
    "remark": "remarked remarks",
    "explain": "explained explains",
    "point out": "pointed",
    "acknowledge": "acknowledged acknowledges",
    "warn": "warned warns",
    "declare": "declared declares",
    "request": "requested requests",
    "appeal": "appealed appeals",
    "assure": "assured assures",
    "convey": "conveyed conveys",
    "insist": "insisted insists",
    "share": "shared shares",
    "mention": "mentioned mentions",
    "congratulate": "congratulated congratulates",
    "inform": "informed informs",
    "cite": "cited cites",
}.items():
    for _form in _forms.split():
        VERB_LEMMAS[_form] = _lemma
del _lemma, _forms, _form

SPEECH_VERBS: frozenset[str] = frozenset(VERB_LEMMAS)


@functools.cache
def _post_words() -> frozenset[str]:
    words: set[str] = set()
    for title in post_titles():
        first, *rest = title.split()
        if rest and rest[0][:1].islower():
            continue  # "Yang di-Pertuan Agong": a fixed phrase, and "Yang" alone is a family name, no post word
        words.add(first.lower())
    return frozenset(words)


@functools.lru_cache(maxsize=16384)
def is_title_word(word: str) -> bool:
    """True when ``word`` (any case, a trailing full stop ignored) is a post noun or a post modifier."""
    w = word.rstrip(".").lower()
    return w in TITLE_HEADS or w in TITLE_MODIFIERS or w in _post_words()


def is_title_head(word: str) -> bool:
    """True when ``word`` (any case) is a noun a post is named by."""
    return word.rstrip(".").lower() in TITLE_HEADS


@functools.cache
def honorific_table() -> tuple[dict[tuple[str, ...], tuple[str, bool]], int]:
    """Honorific forms as token tuples (a trailing full stop dropped) -> (canonical form, ambiguous).

    Forms match as written or in capitals. Returns the table and the longest form in tokens.
    """
    table: dict[tuple[str, ...], tuple[str, bool]] = {}
    longest = 1
    for h in honorifics():
        for form in (h.text, *h.variants):
            for variant in {form, form.upper()} if not h.case_sensitive else {form}:
                key = tuple(t.rstrip(".") for t in variant.split())
                if not all(key):
                    continue
                longest = max(longest, len(key))
                table.setdefault(key, (h.text, h.ambiguous))
    return table, longest


@functools.cache
def name_breaking_honorifics() -> frozenset[str]:
    """One-word honorifics, as written, that never sit inside a name: ranks, styles, academic and professional titles.

    State and royal titles ("Pehin", "Dato"), "Haji" and courtesy words do occur inside Malay and Bruneian names.
    """
    breaking = {
        HonorificKind.MILITARY, HonorificKind.POLICE, HonorificKind.STYLE, HonorificKind.ACADEMIC,
        HonorificKind.PROFESSIONAL,
    }  # fmt: skip
    out: set[str] = set()
    for h in honorifics():
        if h.kind not in breaking:
            continue
        for form in (h.text, *h.variants):
            words = form.split()
            if len(words) == 1:  # as written: "Sen." breaks a name, "Sen" (a Khmer name) does not
                out.update({words[0], words[0].upper()})
    return frozenset(out)


@functools.cache
def honorific_starts() -> frozenset[str]:
    """First tokens of the honorific forms in :func:`honorific_table` (to skip the table cheaply)."""
    return frozenset(key[0] for key in honorific_table()[0])


_SMALL = frozenset(["of", "the", "and", "for", "at", "in", "on", "to", "a", "an", "with", "de", "du", "la"])


_ROMAN = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)")


def is_roman_numeral(token: str) -> bool:
    """True for a generational suffix in capitals (``II`` ... ``XII``), which keeps its case in a name."""
    return _ROMAN.fullmatch(token) is not None


def nice_case(token: str) -> str:
    """``PRAK`` -> ``Prak``; ``NGUYEN-VAN`` -> ``Nguyen-Van``; mixed-case tokens and ``II`` ... ``XII`` are kept."""
    if token.isupper() and len(token) > 1 and not is_roman_numeral(token):
        return "-".join(p[:1] + p[1:].lower() for p in token.split("-"))
    return token


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def title_case(title: str) -> str:
    """Capitalise the lower-case words of a title written in lower case, leaving small words and acronyms alone."""

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in _SMALL and m.start() > 0:
            return w
        if w[0].islower():
            return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        return w

    return _WORD.sub(fix, title)
