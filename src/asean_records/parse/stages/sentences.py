"""Split the normalised text into sentences without breaking after abbreviations such as ``H.E.`` or ``U.S.``."""

from __future__ import annotations

import functools
import re

from asean_records.parse.document import Document, Sentence
from asean_records.parse.text import BlockKind

__all__ = ["ABBREVIATIONS", "INITIALISM_END", "MAX_SENTENCE_CHARS", "split_sentences"]

MAX_SENTENCE_CHARS = 2000
"""Longest sentence the later stages see, in characters.

Real sentences stay far below it (a long communiqué sentence listing every delegation runs to about a thousand
characters). Text that goes on longer without a sentence end (a run-on list, a page with no punctuation, hostile
input) is cut at the last clause boundary (";", ",") or space before the limit, so that work done per sentence is
bounded and parsing time stays linear in the input size.
"""
_CLAUSE_ENDS = ("; ", ", ", " ")

# A full stop, question or exclamation mark, optional closing quotes/brackets, then white space; or a line break.
# One character class opens the pattern (the same matches as ``[.!?][\"')\]]*\s+|\n``), so the engine skips from one
# such character to the next instead of trying both alternatives at every position.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|[\"')\]]*\s+)")
# Words that end in a full stop but do not end a sentence when a capital follows.
ABBREVIATIONS = frozenset(
    {
        "h.e", "u.s", "u.k", "u.n", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "maj", "brig", "capt",
        "adm", "no", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "co", "ltd", "inc", "hon", "rep", "sen", "gov",
        "amb", "dept", "pol", "lt.gen", "maj.gen", "brig.gen", "atty", "engr", "sgt", "cdr", "cmdr", "r.o.k",
        "p.r.c", "e.u", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec",
    }
)  # fmt: skip
_LAST_WORD = re.compile(r"(\S+)$")
INITIALISM_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
"""Text that ends in a capital initialism such as "U.S." or "R.O.K." (search a short window before an offset)."""
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def split_sentences(doc: Document) -> tuple[Sentence, ...]:
    """Sentences of ``doc`` in order; blocks (paragraphs, headings) always end a sentence.

    Args:
        doc: The document; its normalised text and blocks are read.

    Returns:
        Sentences covering the non-blank text, each trimmed of surrounding white space.
    """
    text = doc.text
    out: list[Sentence] = []
    blocks = doc.norm.blocks or ()
    ranges = [(b.start, b.end, i, b.kind is BlockKind.HEADING) for i, b in enumerate(blocks)] or [
        (0, len(text), 0, False)
    ]
    for b_start, b_end, b_index, heading in ranges:
        start = b_start
        for m in _BOUNDARY.finditer(text, b_start, b_end):
            mark = m.group()
            if mark == "\n":
                # a single line break splits only after a short line (a heading, a dateline);
                # longer lines are wrapped prose or a wrapped title
                line_start = text.rfind("\n", b_start, m.start()) + 1
                if m.start() - max(line_start, b_start) >= 50:
                    continue
            elif mark[0] == "." and "\n\n" not in mark:
                at = m.start()
                if _abbreviation_ends(text[max(start, at - 20) : at]):
                    continue
                nxt = text[m.end() : m.end() + 1]
                if nxt and nxt.islower():
                    continue
            _add(text, start, m.end(), b_index, heading, out)
            start = m.end()
        _add(text, start, b_end, b_index, heading, out)
    return tuple(out)


def _last_word(window: str) -> str:
    r"""What ``(\S+)$`` finds in ``window`` (``$`` may stand before a final line break), or ``""``.

    A split from the right instead of a search that tries every position of the window.
    """
    if window[-1:] == "\n":
        window = window[:-1]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


@functools.lru_cache(maxsize=16384)
def _abbreviation_ends(window: str) -> bool:
    """Whether the last word of ``window`` (the 20 characters before a full stop) is an abbreviation."""
    return _is_abbreviation(_last_word(window).lower().lstrip("(\"'"))


@functools.lru_cache(maxsize=16384)
def _is_abbreviation(token: str) -> bool:
    """A word that ends in a full stop without ending a sentence: "Dr", "U.S", "ASEAN-U.S", a lone initial."""
    last = token.rpartition("-")[2]
    return (
        token in ABBREVIATIONS
        or ("." in last and last in ABBREVIATIONS)  # "ASEAN-U.S." but not the name "Min-jun."
        or (len(token) == 1 and token.isalpha())
        or _INITIALISM.fullmatch(last) is not None
    )


def _add(text: str, start: int, end: int, block: int, heading: bool, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = -1
        for mark in _CLAUSE_ENDS:
            cut = text.rfind(mark, start + MAX_SENTENCE_CHARS // 2, limit)
            if cut >= 0:
                cut += len(mark.rstrip())
                break
        if cut < 0:
            cut = limit
        _add(text, start, cut, block, heading, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, block, heading))
