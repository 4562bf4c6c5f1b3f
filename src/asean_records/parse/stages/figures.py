"""Stage: counts the text reports, such as delegates attending, cities represented, member states or documents.

One compiled pattern finds a number (digits, with thousands separators, or a spelled-out number up to
ninety-nine) followed, after at most two modifiers ("ASEAN", "ASCC", "participating"), by a counted noun
from a fixed list (delegates, participants, cities, member states, sectoral bodies ...). ``what`` is
the noun in snake_case plural. Not counted: years, ordinals ("53rd"), dates, money, percentages,
fractions, decimals, parts of codes ("COVID-19", "G20", "ASEAN+3"). Countries (and "nations") are counted
only where they attend or are represented ("from 20 countries", "12 countries took part", "the 18
participating countries"), as "four countries" may just be a choice made at the meeting. Members are
counted the same way, or as a body's own ("its 27 members"), never as part of a group ("two members of the
panel"). The ADMM-Plus partners' name "Plus countries" is counted as ``plus_countries``.
"""

from __future__ import annotations

import re

import attrs

from asean_records.model import FieldProvenance, Figure
from asean_records.parse.document import Document, matches_at
from asean_records.parse.found import Found

__all__ = ["find_figures"]

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

_SPELLED = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight"
    r"|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five"
    r"|six|seven|eight|nine|ten)"
)
_NOUNS = {
    "delegates": "delegates",
    "participants": "participants",
    "attendees": "attendees",
    "representatives": "representatives",
    "delegations": "delegations",
    "officials": "officials",
    "senior officials": "senior_officials",
    "ministers": "ministers",
    "leaders": "leaders",
    "speakers": "speakers",
    "panellists": "panellists",
    "panelists": "panelists",
    "experts": "experts",
    "observers": "observers",
    "guests": "guests",
    "cities": "cities",
    "member states": "member_states",
    "ams": "member_states",
    "member countries": "member_countries",
    "sectoral bodies": "sectoral_bodies",
    "dialogue partners": "dialogue_partners",
    "development partners": "development_partners",
    "organisations": "organisations",
    "organizations": "organizations",
    "universities": "universities",
    "students": "students",
    "youths": "youths",
    "journalists": "journalists",
    "people": "people",
    "countries": "countries",
    "nations": "countries",
    "plus countries": "plus_countries",
    "members": "members",
    "meetings": "meetings",
    "sessions": "sessions",
    "events": "events",
    "documents": "documents",
    "outcome documents": "outcome_documents",
    "agreements": "agreements",
    "projects": "projects",
    "initiatives": "initiatives",
    "deliverables": "deliverables",
    "partners": "partners",
    "heads of state": "heads_of_state",
    "heads of state and government": "heads_of_state",
    "heads of government": "heads_of_government",
    "visitors": "visitors",
    "buyers": "buyers",
    "sellers": "sellers",
    "exhibitors": "exhibitors",
    "companies": "companies",
    "businesses": "businesses",
    "enterprises": "enterprises",
    "resolutions": "resolutions",
    "public servants": "public_servants",
    "civil servants": "civil_servants",
    "personnel": "personnel",
    "troops": "troops",
    "volunteers": "volunteers",
    "parliamentarians": "parliamentarians",
    "legislators": "legislators",
    "measures": "measures",
    "activities": "activities",
    "programmes": "programmes",
    "programs": "programs",
    "commitments": "commitments",
}
# Things a text counts that also serve as anaphors ("the two meetings", "both documents"): counted only when
# no determiner stands before the number and the number says something of scale, five or more ("some 18
# meetings", "more than 90 documents", "130 projects"; not "two initiatives").
_OBJECTS = frozenset(
    {"resolutions", "meetings", "sessions", "events", "documents", "outcome_documents", "agreements", "projects",
     "initiatives", "deliverables", "partners", "measures", "activities", "programmes", "programs", "commitments"}
)  # fmt: skip
# Counts of a membership stay counts after "the" ("the four member countries of the growth area").
_MEMBERSHIP = frozenset({"member_states", "member_countries", "members", "countries", "cities", "plus_countries"})
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|both|all|each|its|their|our|his|her|of)[ \t\n]+$", re.IGNORECASE)
_NOUN = (
    r"(?P<noun>delegates|participants|attendees|representatives|delegations|senior[ \t\n]+officials|officials"
    r"|ministers|leaders|speakers|panell?ists|experts|observers|guests|cities|member[ \t\n]+states|AMS"
    r"|member[ \t\n]+countries|sectoral[ \t\n]+bodies|dialogue[ \t\n]+partners|development[ \t\n]+partners"
    r"|organi[sz]ations|universities|students|youths|journalists|people|plus[ \t\n]+countries|countries|nations"
    r"|members|meetings|sessions|events|outcome[ \t\n]+documents|documents|agreements|projects|initiatives"
    r"|deliverables|partners|heads[ \t\n]+of[ \t\n]+(?:state(?:[ \t\n]+and[ \t\n]+government)?|government)"
    r"|visitors|buyers|sellers|exhibitors|companies|businesses|enterprises|resolutions|public[ \t\n]+servants"
    r"|civil[ \t\n]+servants|personnel|troops|volunteers|parliamentarians|legislators|measures|activities"
    r"|programmes|programs|commitments)"
)
_MODIFIER = (
    r"(?:[A-Z][A-Z0-9&+-]{1,9}|participating|foreign|international|local|regional|young|women|youth|high-level"
    r"|other|senior|government|partner|cooperation|concrete|new|joint|priority|flagship|specific|practical)"
)
_FIGURE = re.compile(
    rf"(?<![\w$€£¥.,/+#-])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|(?i:{_SPELLED}))(?![\w%/]|[.,]\d)"
    rf"(?:[ \t\n]+{_MODIFIER}){{0,2}}[ \t\n]+(?i:{_NOUN})\b",
)
# Where a match of :data:`_FIGURE` can start, not after a word character or a symbol: a digit that a number followed
# by a space or a line break can go on from, or the first letter of a spelled-out number whose next letters are
# those of one (case-insensitive, as in the pattern: "Forty", not "Foreign" or "Forum"). The pattern opens with a
# character class, so the engine skips from one such character to the next instead of trying the whole pattern at
# every position; :data:`_FIGURE`, whose failed tries cost microseconds each, is then matched only where this one
# matches. Only the first character is consumed (the rest is looked at ahead), so no start is skipped.
_FIGURE_START = re.compile(
    r"[\dTtFfSsEeNn\u017f](?<![\w$€£¥.,/+#-].)"
    r"(?:(?<=\d)(?=[\d,]*[ \t\n])"
    r"|(?i:(?<=t)(?=wo|wel|went|en|hirt|hree)|(?<=f)(?=our|orty|ive|ift)|(?<=s)(?=ix|even)|(?<=e)(?=ight|leven)"
    r"|(?<=n)(?=ine)))"
)
_BEFORE_BAD = re.compile(
    r"(?:\b(?:No|Nos|Resolution|Article|Section|Chapter|Plus|US|USD|RM|SGD|S|Rp|Annex|Para|Paragraph|page|p|COVID)"
    r"[ \t\n.]*|[$€£¥]\s*)$",
    re.IGNORECASE,
)
_COUNTRY_CONTEXT = re.compile(
    r"(?:\b(?:from|representing|of)[ \t\n]+(?:some[ \t\n]+|over[ \t\n]+|more[ \t\n]+than[ \t\n]+|about[ \t\n]+"
    r"|around[ \t\n]+|nearly[ \t\n]+|almost[ \t\n]+|the[ \t\n]+)?$)",
)
_COUNTRY_AFTER = re.compile(
    r"[ \t\n]+(?:(?:have|had|also|all)[ \t\n]+){0,3}(?:attended|participated|took[ \t\n]+part|joined"
    r"|were[ \t\n]+represented|are[ \t\n]+represented|sent)\b"
)


_MEMBERS_CONTEXT = re.compile(r"\b(?:its|their|all|all[ \t\n]+of[ \t\n]+its)[ \t\n]+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"[ \t\n]+of\b")


_MEMBER_GROUP = re.compile(
    rf"(?<![\w$.,/+#-])(?P<num>\d{{1,4}}|(?i:{_SPELLED}))-member[ \t\n]+(?:(?:[a-z]+|[A-Z]{{2,}})[ \t\n]+){{0,2}}?"
    r"(?P<noun>delegation|contingent|team|group|panel|mission)s?\b"
)
"""A group's size as an adjective: "an 80-member contingent" (the delegation, contingent, team ... counted)."""


def _value(raw: str) -> int | None:
    text = raw.lower()
    if text[0].isdigit():
        return int(text.replace(",", ""))
    if text in _UNITS:
        return _UNITS[text]
    tens, _sep, unit = text.partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_UNITS.get(unit, 0) if unit else 0)
    return None


def find_figures(doc: Document, found: Found) -> Found:
    """Add the counts ``doc`` reports to ``found``.

    Args:
        doc: The document.
        found: Records so far.

    Returns:
        ``found`` with ``figures`` extended, one record per distinct (what, value), in order.
    """
    text = doc.text
    seen: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in matches_at(_FIGURE, text, _FIGURE_START.finditer(text)):
        raw = m.group("num")
        value = _value(raw)
        if value is None:
            continue
        if raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100:
            continue  # a year ("2021 participants" is too rare to tell from "in 2021 delegates")
        if _BEFORE_BAD.search(text, max(0, m.start() - 12), m.start()):
            continue
        noun = " ".join(m.group("noun").split())
        what = _NOUNS.get(noun if noun == "AMS" else noun.lower())
        if noun == "AMS":
            what = "member_states"
        if what is None:
            continue
        if what == "plus_countries" and not noun.startswith("Plus"):
            continue  # only the ADMM-Plus partners' name, capitalised
        if what in ("countries", "members") and not (
            _COUNTRY_CONTEXT.search(text, max(0, m.start() - 40), m.start())
            or _COUNTRY_AFTER.match(text, m.end())
            or (what == "countries" and "participating" in m.group(0))
            or (what == "members" and _MEMBERS_CONTEXT.search(text, max(0, m.start() - 20), m.start()))
        ):
            continue
        if what == "members" and _OF_AFTER.match(text, m.end()):
            continue  # "two members of the panel": part of a group, not the membership

        if what == "people" and not _COUNTRY_AFTER.match(text, m.end()):
            continue
        if what in _OBJECTS and (value < 5 or _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "the two meetings": an anaphor; "two initiatives": the content of a text, not its scale
        if value < 5 and what not in _MEMBERSHIP and _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the two ministers signed", "its three dialogue partners": people or partners named already
        seen.setdefault((what, value), []).append((m.start(), m.end()))
    for m in _MEMBER_GROUP.finditer(text) if "-member" in text else ():
        value = _value(m.group("num"))
        if value is not None and value >= 2:
            seen.setdefault((f"{m.group('noun')}_members", value), []).append((m.start(), m.end()))
    if not seen:
        return found
    figures = tuple(
        Figure(what=what, value=value, provenance=(_prov(doc, spans),)) for (what, value), spans in seen.items()
    )
    return attrs.evolve(found, figures=found.figures + figures)


def _prov(doc: Document, spans: list[tuple[int, int]]) -> FieldProvenance:
    return doc.provenance("value", tuple(spans))
