"""Find date expressions: days, day ranges, months, years, "this/next/last year" and a month alone ("in May").

One compiled pattern finds every form in a single left-to-right pass. Month
names must be capitalised (``May`` the month, not ``may`` the verb). A year
alone counts only after a preposition (``in 2018``) so that numbers such as
resolution numbers are not read as years, and never when it starts a period
(``2021-2025``). A month alone counts only after a preposition or "early", "late", "mid" (``in October``).
"""

from __future__ import annotations

import bisect
import calendar
import re

from asean_records.parse.document import DateMention, matches_at

__all__ = ["MONTHS", "find_dates"]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"),
    start=1,
):  # fmt: skip
    MONTHS[_name] = _i
    MONTHS[_name.upper()] = _i
    MONTHS[_name[:3]] = _i
    MONTHS[_name[:3] + "."] = _i
MONTHS["Sept"] = MONTHS["Sept."] = 9
del MONTHS["May."]

_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"Sept\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?)"
)
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_TO = r"\s*(?:-|–|—|to|until|till|and|through|TO|UNTIL|TILL|AND|THROUGH)\s*"

_PATTERN = re.compile(
    rf"""
    (?=[0-9JFMASOND])                          # every form starts with a digit or a month: fail fast elsewhere
    (?:
    (?P<dmr>                                   # 30 August to 2 September [2024] | 8-10 May [2024]
        \b(?P<dmr_d1>{_D})(?:\s+(?P<dmr_m1>{_M}))?{_TO}(?P<dmr_d2>{_D})\s+(?P<dmr_m2>{_M})\b
        (?:,?\s+(?P<dmr_y>{_Y})\b)?
    )
  | (?P<mdr>                                   # April 20-21[, 2022] | August 30 to September 2, 2024
        \b(?P<mdr_m1>{_M})\s+(?P<mdr_d1>{_D}){_TO}(?:(?P<mdr_m2>{_M})\s+)?(?P<mdr_d2>{_D})\b(?![-/]\d)
        (?:,?\s+(?P<mdr_y>{_Y})\b)?
    )
  | (?P<dm>                                    # 10 September 2020 | 10th September | on 30 August
        \b(?P<dm_d>{_D})\s+(?:of\s+)?(?P<dm_m>{_M})\b(?:,?\s+(?P<dm_y>{_Y})\b)?
    )
  | (?P<md>                                    # September 10, 2020 | August 30
        \b(?P<md_m>{_M})\s+(?P<md_d>{_D})\b(?![-/:]\d)(?!\s*(?:%|per\s*cent))(?:,?\s+(?P<md_y>{_Y})\b)?
    )
  | (?P<my>                                    # September 2020
        \b(?P<my_m>{_M})\s*,?\s+(?P<my_y>{_Y})\b
    )
  | (?P<iso>                                   # 2020-09-10
        \b(?P<iso_y>{_Y})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b
    )
    )
    """,
    re.VERBOSE,
)
# Where a match of :data:`_PATTERN` can start: at a word start, the first three letters of a month name, or an ASCII
# digit that a day or an ISO date can go on from (one more digit and an ordinal suffix, then a dash or a range
# word, or a space and a month or "of"; or three more digits, a dash and a month's first digit). Opening with a
# character class, it lets the engine skip from one such character to the next; :data:`_PATTERN`, whose failed
# tries cost microseconds each ("Deputy", "Senior", "2 billion"), is then matched only there. Only the first
# character is consumed (the rest is looked at ahead), so no start is skipped.
_PATTERN_START = re.compile(
    r"[0-9JFMASOND](?<!\w.)(?:(?<=[0-9])(?=\d{3}-[01]\d-|\d?(?:st|nd|rd|th)?(?:\s*[-–—tuaTUA]|\s+[JFMASONDo]))"
    r"|(?<=J)(?=an|AN|u[nl]|U[NL])|(?<=F)(?=eb|EB)|(?<=M)(?=a[ry]|A[RY])|(?<=A)(?=pr|ug|PR|UG)|(?<=S)(?=ep|EP)"
    r"|(?<=O)(?=ct|CT)|(?<=N)(?=ov|OV)|(?<=D)(?=ec|EC))"
)
# A year alone ("in 2018", not "2021-2025"), and "this/next/last year": found by their year token,
# then the word before is checked, so that common words are never pattern starts.
# Each year opens with its first digit and then looks back for the word boundary (the same matches as ``\b{_Y}``),
# so that the engine skips to the next 1 or 2 instead of trying the pattern at every position.
_YEAR = re.compile(r"(?P<y_y>1(?<=\b1)[89]\d\d|2(?<=\b2)0\d\d)\b(?!\s*[-–/]\s*\d)")
_YEAR_WORD = re.compile(r"\b(?i:in|for|of|since|from|by|during|until|early|late|mid|year)\s+$")
# A month alone ("in October", "late July"): found by its name, then the word before is checked; a day or a year
# after it belongs to the forms above.
_MONTH_NAMES = ("January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
                "December", "May")  # fmt: skip
# Each name opens with its capital and then looks back for the word boundary (the same matches as
# ``\b(?:January|...)``), so that the engine skips to the next possible capital.
_MONTH_ALONE = re.compile(
    "(?P<mo_m>" + "|".join(rf"{m[0]}(?<=\b{m[0]}){m[1:]}" for m in _MONTH_NAMES) + r")\b(?!\s*,?\s*(?:\d|of\b))"
)
_MONTH_WORD = re.compile(r"\b(?i:in|during|from|early|late|mid|end of|beginning of|and)[\s-]+$")
_REL_YEAR = re.compile(r"year(?<=\byear)\b")  # "\byear\b", found by its letters first
_REL_WORD = re.compile(r"\b(?P<rel_w>(?i:this|next|last|the\s+following|the\s+previous|the\s+coming))\s+$")
_REL = {"this": 0, "next": 1, "last": -1, "the following": 1, "the previous": -1, "the coming": 1}


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    digits = text.rstrip("stndrh")
    value = int(digits)
    return value if 1 <= value <= 31 else None


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _fits(year: int | None, month: int, day: int) -> bool:
    """Whether the month has the day (29 February only in a leap year, or when the year is not written)."""
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]  # 2000 is a leap year


def _day_range(m: re.Match[str], kind: str) -> DateMention | None:
    """A day range ("8-10 May", "May 8-10"): either end may leave its month to the other; days never run back."""
    d1, d2 = _day(m.group(f"{kind}_d1")), _day(m.group(f"{kind}_d2"))
    named1, named2 = m.group(f"{kind}_m1"), m.group(f"{kind}_m2")
    m1, m2 = MONTHS[named1 or named2], MONTHS[named2 or named1]
    if d1 is None or d2 is None or (m1 == m2 and d2 < d1):
        return None
    year = _int(m.group(f"{kind}_y"))
    end_year = year + 1 if year is not None and m2 < m1 else year
    if not (_fits(year, m1, d1) and _fits(end_year, m2, d2)):
        return None
    return DateMention(start=m.start(), end=m.end(), year=year, month=m1, day=d1, end_month=m2, end_day=d2)


def _day_month(m: re.Match[str], kind: str) -> DateMention | None:
    """A day and month, with the year if given ("10 September 2020", "September 10")."""
    day = _day(m.group(f"{kind}_d"))
    if day is None:
        return None
    month = MONTHS[m.group(f"{kind}_m")]
    year = _int(m.group(f"{kind}_y"))
    if not _fits(year, month, day):
        return None
    return DateMention(start=m.start(), end=m.end(), year=year, month=month, day=day)


def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every date expression in ``text``, in order, with the parts each one states.

    Impossible days (``32 May``, ``31 April``, ``29 February 2023``) are dropped, so that no
    later stage builds an impossible date.
    """
    out: list[DateMention] = []
    for m in matches_at(_PATTERN, text, _PATTERN_START.finditer(text)):
        kind = m.lastgroup
        g = m.group
        if kind in ("dmr", "mdr"):
            mention = _day_range(m, kind)
        elif kind in ("dm", "md"):
            mention = _day_month(m, kind)
        elif kind == "my":
            mention = DateMention(start=m.start(), end=m.end(), year=int(g("my_y")), month=MONTHS[g("my_m")])
        elif kind == "iso":
            month, day = int(g("iso_m")), int(g("iso_d"))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            if not _fits(int(g("iso_y")), month, day):
                continue
            mention = DateMention(start=m.start(), end=m.end(), year=int(g("iso_y")), month=month, day=day)
        else:
            continue
        if mention is not None:
            out.append(mention)
    taken = [(d.start, d.end) for d in out]
    extra: list[DateMention] = []
    for m in _YEAR.finditer(text):
        if _YEAR_WORD.search(text, max(0, m.start() - 9), m.start()) is None:
            continue
        extra.append(DateMention(start=m.start(), end=m.end(), year=int(m.group("y_y"))))
    for m in _MONTH_ALONE.finditer(text):
        if _MONTH_WORD.search(text, max(0, m.start() - 13), m.start()) is None:
            continue
        extra.append(DateMention(start=m.start(), end=m.end(), month=MONTHS[m.group("mo_m")]))
    for m in _REL_YEAR.finditer(text):
        w = _REL_WORD.search(text, max(0, m.start() - 14), m.start())
        if w is None:
            continue
        words = " ".join(w.group("rel_w").lower().split())
        extra.append(DateMention(start=w.start(), end=m.end(), relative=_REL[words]))
    if extra:
        starts = [a for a, _ in taken]
        for found in extra:
            i = bisect.bisect_right(starts, found.start) - 1
            if i >= 0 and taken[i][0] <= found.start < taken[i][1]:
                continue
            out.append(found)
        out.sort(key=lambda d: d.start)
    return tuple(out)
