"""Stage: the source itself — dateline / publication date, kind of document, title, and the document's year.

Also finds where the article ends and web-page furniture begins ("Recent Posts",
"Related Articles" ..., and an author box written in the first person just
before it), so that later stages do not read other stories' headlines.
"""

from __future__ import annotations

import re

import attrs

from asean_records.model import Basis, InferenceReason, PartialDate, SourceKind
from asean_records.parse.document import DateMention, Document
from asean_records.parse.found import Found

__all__ = ["content_end", "find_source"]

_FURNITURE = re.compile(
    r"^[ \t]*(?:recent posts|popular posts|latest posts|latest news|more news|more stories|most read|most popular|"
    r"trending(?: now)?|you may also like|you might also like|read more|related articles|related news|"
    r"related stories|also read|tags?:|share this(?: article)?:?|leave a (?:reply|comment)|comments?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FURNITURE_WORDS = ("posts", "news", "stories", "most ", "trending", "you m", "read more", "related ", "also read",
                    "tag:", "tags:", "share this", "leave a ", "comment")  # fmt: skip
"""What any match of :data:`_FURNITURE` holds in some case (a text with none of them is not scanned)."""
_LONE_FURNITURE = re.compile(r"^[ \t]*(?:related posts|advertisement|sponsored)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FIRST_PERSON = re.compile(r"(?:^|[.!?]\s+)I (?:am|write|cover|report|have|was|follow)\b|\bmy\b", re.IGNORECASE)

# Each pattern comes with letters that any text it matches has in lower case (no letter that case-folds with a
# non-ASCII one: i, k, s), so that a text without them is never scanned.
_KINDS: tuple[tuple[re.Pattern[str], SourceKind, tuple[str, ...]], ...] = (
    (re.compile(r"\bjoint communiqu[eé]\b", re.IGNORECASE), SourceKind.JOINT_COMMUNIQUE, ("mmun",)),
    (re.compile(r"\bchair(?:man|person)?'?s'? statement\b", re.IGNORECASE), SourceKind.CHAIRMANS_STATEMENT,
     ("tatement",)),
    (re.compile(r"\bjoint (?:press |media )?statement\b", re.IGNORECASE), SourceKind.JOINT_STATEMENT, ("tatement",)),
    (re.compile(r"\b(?:press release|media release|press statement|news release)\b", re.IGNORECASE),
     SourceKind.PRESS_RELEASE, ("relea", "tatement")),
)  # fmt: skip
# Verbs that act on a document a text names ("adopted the Joint Communiqué"): the text is then about it, not it.
_ACTED_ON = re.compile(
    r"\b(?:adopt|issu|releas|sign|endors|welcom|not|approv|launch|read|deliver|present|finalis|finaliz|draft|"
    r"negotiat|consider|review|agree)\w*\s+(?:on\s+|to\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# After the date of a dateline: an optional agency or outlet tag in brackets, then a dash or colon.
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\((?P<tag>[^()\n\d]{2,40})\)[ \t]*)?(?:--|[-–—:|])")
_NEWS = re.compile(r"\b(?:told (?:The|reporters|journalists)|according to|said on|reporters)\b")
_NEWS_WORDS = ("told ", "according to", "said on", "reporters")
"""What any match of :data:`_NEWS` contains (a text with none of them is not scanned)."""
# Before a dateline's date: a place, perhaps with its country ("Manila, the Philippines,"), or a label
# ("Published: Thursday,").
_PLACE_DATE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40}(?:,\s*(?:the\s+)?[A-Z][A-Za-z .'-]{1,30})?,\s*"
    r"|(?:Published|Posted|Updated|Released|Date)(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]+day,?\s*)?)$"
)
# A numeric date in the page header ("Press Release | 10/07/2025"): the year is sure, the order of day and month
# is not unless one of them is over 12.
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
# A wire report's opening without a date: "HANOI (VNA) -", "Phnom Penh (AKP) --".
_AGENCY_OPENING = re.compile(r"[A-Z][A-Za-z .'-]{1,40}[ \t]*\([A-Za-z .]{2,30}\)[ \t]*(?:--|[-–—:])")
_COVID = re.compile(r"\bCOVID|\bCovid|\bcoronavirus\b|\bpost-pandemic\b")
_COVID_WORDS = ("COVID", "Covid", "coronavirus", "post-pandemic")
"""What any match of :data:`_COVID` contains."""


def content_end(doc: Document) -> int:
    """Offset where the article's own text ends (before "Recent Posts" and the like, and an author box)."""
    text = doc.text
    cut = len(text)
    for m in () if doc.lacks_all(_FURNITURE_WORDS) else _FURNITURE.finditer(text):
        if m.start() > len(text) // 3:
            cut = m.start()
            break
    # An author box: a short first-person paragraph right before the furniture.
    if cut < len(text):
        before = text.rfind("\n\n", 0, max(cut - 1, 0))
        while before > 0:
            para_start = text.rfind("\n\n", 0, before) + 2 if text.rfind("\n\n", 0, before) >= 0 else 0
            para = text[para_start:before]
            if len(para) < 400 and (_FIRST_PERSON.search(para) or len(para.split()) <= 3):
                cut = para_start
                before = para_start - 2
                continue
            break
    return cut


def _dateline(doc: Document) -> tuple[DateMention, bool] | None:
    """A full date opening a paragraph after a place ("JAKARTA, 5 May 2024 (Agency) --"): (date, has an agency tag)."""
    text = doc.text
    for s in doc.sentences[:6]:
        if s.start > 600:
            break
        for d in doc.dates_in(s.start, min(s.end, s.start + 60)):
            if d.year is None or d.day is None or not _PLACE_DATE.match(text[s.start : d.start]):
                continue
            tail = _DATELINE_TAIL.match(text, d.end, s.end)
            if tail is not None:
                return d, tail.group("tag") is not None
    return None


def _is_lone(doc: Document, mention: DateMention) -> bool:
    """A date standing in a short block of its own (a dateline), possibly after a place name."""
    s = doc.sentence_at(mention.start)
    if s.end - s.start > 90:
        return False
    before = doc.text[s.start : mention.start]
    return before.strip() == "" or bool(_PLACE_DATE.match(before)) or before.strip().endswith(("—", "-", "|"))


# A time stamp line near the top ("2025/03/05 10:22"), and a release's label line before a date line ("Media Note
# / May 13, 2022"): the day the text was published.
_YMD_LINE = re.compile(
    r"^[ \t]*(?:(?:Date|Posted|Published|Updated)[ \t]*:?[ \t]+)?((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$",
    re.MULTILINE,
)
_LABEL_LINE = re.compile(
    r"[ \t*_#]*(?:(?:Press|Media|News)[ \t]+(?:Release|Note|Statement|Briefing)|Statement|Date|Posted|Published)"
    r"[ \t*_:]*",
    re.IGNORECASE,
)


# "marking 30 years since China and ASEAN established dialogue relations in 1991", "the 30th anniversary of
# relations set up in 1989": the text's own year by arithmetic, when it writes no full date
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)?[ \t]+(?:years?[ \t]+since|anniversary[ \t]+of)\b[^.;]{0,140}?"
    r"\b(?:in|since)[ \t]+(?P<y>(?:19|20)\d\d)\b"
)


def _stamp(doc: Document, full: list[DateMention]) -> PartialDate | None:
    """A publication date written as a stamp line near the top of the text, if any."""
    text = doc.text
    reach = min(len(text), 400)
    ymd = _YMD_LINE.search(text, 0, reach)
    if ymd is not None:
        year, month, day = (int(g) for g in ymd.groups())
        try:
            return PartialDate(year, month, day)
        except ValueError:
            return None
    for d in full:
        if d.start >= reach:
            break
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : d.start].strip() or text[d.end : line_end].strip() or line_start == 0:
            continue  # not a line of its own
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if _LABEL_LINE.fullmatch(text, prev_start, line_start - 1):
            return PartialDate(d.year or 0, d.month, d.day)
    return None


def _kind(text: str) -> SourceKind | None:
    """The kind the opening of the text names for itself (a document it says was adopted or issued does not count)."""
    head = text[: min(len(text), 800)]
    low = head.lower()
    for pattern, candidate, letters in _KINDS:
        if not any(w in low for w in letters):
            continue
        for m in pattern.finditer(head):
            line_start = head.rfind("\n", 0, m.start()) + 1
            if not _ACTED_ON.search(head, max(line_start, m.start() - 60), m.start()):
                return candidate
    return None


def find_source(doc: Document, found: Found) -> Found:
    """Fill the source's publication date, kind and title, and set the document's year.

    The publication date is a full date standing alone at the start or end of the
    text (a dateline such as ``Jakarta, 5 May 2024``). A date alone under the title
    is the document's date (for a press release, the day of the meeting it reports);
    it sets the document year but not the publication date.
    """
    text = doc.text
    src = found.source
    published: PartialDate | None = src.published
    heading_date: DateMention | None = None
    full = [d for d in doc.dates if d.year is not None and d.day is not None]
    sentences = doc.sentences
    if full and sentences:
        last_block = sentences[-1]
        closing = [d for d in full if d.start >= last_block.start and _is_lone(doc, d)]
        opening = [d for d in full if d.start < min(len(text), 600) and _is_lone(doc, d)]
        if closing:
            published = PartialDate(closing[-1].year or 0, closing[-1].month, closing[-1].day)
        elif opening:
            before = text[doc.sentence_at(opening[0].start).start : opening[0].start].strip()
            if before:
                published = PartialDate(opening[0].year or 0, opening[0].month, opening[0].day)
            else:
                heading_date = opening[0]
        if heading_date is None and opening and published is not None:
            heading_date = opening[0] if opening[0].start < len(text) // 2 else None
    dateline = _dateline(doc)
    if published is None and dateline is not None:
        d = dateline[0]
        published = PartialDate(d.year or 0, d.month, d.day)
    header_year: int | None = None
    numeric = _NUMERIC_DATE.search(text, 0, min(len(text), 300)) if text.find("/", 0, 300) >= 0 else None
    if published is None and numeric is not None:
        one, two, year = (int(g) for g in numeric.groups())
        if one > 12 >= two >= 1:
            published = PartialDate(year, two, one)  # 25/07/2025: day first
        elif two > 12 >= one >= 1:
            published = PartialDate(year, one, two)  # 07/25/2025: month first
        else:
            header_year = year
    if published is None:
        published = _stamp(doc, full)
    kind = src.kind
    if kind is None:
        kind = _kind(text)
    wire = (dateline is not None and dateline[1]) or any(
        _AGENCY_OPENING.match(text, sent.start, sent.end) for sent in sentences[:3]
    )
    if kind is None and (wire or (any(w in text for w in _NEWS_WORDS) and _NEWS.search(text))):
        kind = SourceKind.NEWS
    title = src.title
    if title is None and sentences:
        first = sentences[0]
        if first.end - first.start < 200:
            title = text[first.start : first.end].strip("*# ")
    if published is not None:
        doc.year = published.year
        doc.year_basis = Basis.inferred(
            InferenceReason.YEAR_FROM_DATELINE, f"the document is dated {published.isoformat()}"
        )
    elif heading_date is not None and heading_date.year is not None:
        doc.year = heading_date.year
        doc.year_basis = Basis.inferred(InferenceReason.YEAR_FROM_DATELINE, "year of the date under the title")
    elif header_year is not None and numeric is not None:
        doc.year = header_year
        doc.year_basis = Basis.inferred(InferenceReason.YEAR_FROM_DATELINE, f"year of the date {numeric.group()}")
    else:
        years = [d.year for d in full]
        since = _ANNIVERSARY.search(text) if not years and ("anniversary" in text or "years since" in text) else None
        if years:
            best = max(set(years), key=lambda y: (years.count(y), y))
            doc.year = best
            doc.year_basis = Basis.inferred(InferenceReason.YEAR_FROM_CONTEXT, f"the text's full dates are in {best}")
        elif since is not None:
            n, founded = int(since.group("n")), int(since.group("y"))
            doc.year = founded + n  # "marking 30 years since ... established dialogue relations in 1991": 2021
            doc.year_basis = Basis.inferred(
                InferenceReason.YEAR_FROM_CONTEXT, f"'{' '.join(since.group().split())}' makes it {founded + n}"
            )
    doc.heading_date = heading_date
    doc.mentions_covid = any(w in text for w in _COVID_WORDS) and _COVID.search(text) is not None
    return attrs.evolve(found, source=attrs.evolve(src, published=published, kind=kind, title=title))
