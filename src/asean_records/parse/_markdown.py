"""Markdown-ish to text with offsets: markers go, words keep their offsets.

Three passes, each linear:

1. Lines: ATX (``#``) and setext (``===``/``---``) headings, bullets (``-``, ``*``, ``+``, ``1.``, ``1)``), block
   quotes (``>``), horizontal rules and code fences. Markers are removed; headings and list items are recorded as
   block hints.
2. Inline: links and images (``[text](url)`` keeps ``text``), autolinks, inline code (keeps the code) and
   backslash escapes.
3. Emphasis: ``*``/``_`` runs of one to three characters that open and close within a paragraph are paired
   (nearest opener of the same run), and the paired markers removed. Unpaired markers stay: they are text. ``_``
   inside a word (``snake_case``) is never emphasis.
"""

from __future__ import annotations

import re

from asean_records.parse.text import BlockKind, _Builder, _rewrite, _Segments

_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})")
_QUOTE = re.compile(r"(?: {0,3}>[ ]?)+")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_BULLET = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")

_INLINE = re.compile(
    r"!\[(?P<alt>[^\[\]\n]*)\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\[(?P<text>[^\[\]\n]+)\](?:\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)|\[[^\[\]\n]*\])"
    r"|<(?P<url>(?:https?|mailto):[^<>\s]+)>"
    r"|(?P<ticks>`+)(?P<code>[^`\n]+)(?P=ticks)"
    r"|\\(?P<escaped>[!-/:-@\[-`{-~])"
)
_RUN = re.compile(r"\*+|_+")
_BLANK = re.compile(r"\n[ \t]*\n")

_Hint = tuple[int, BlockKind | None, int]


def _is_rule(line: str) -> bool:
    """A horizontal rule: three or more of the same ``-``, ``*`` or ``_``, spaces allowed between them."""
    marks = line.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and marks[0] in "-*_" and marks.count(marks[0]) == len(marks) and not line.startswith("    ")


def _lines(text: str, segs: _Segments) -> tuple[str, _Segments, list[_Hint]]:
    """Pass 1: line markers."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    out = _Builder(text, segs)
    hints: list[_Hint] = []
    hint_id = 0
    current: BlockKind | None = None
    in_fence = False

    def hint(pos: int, kind: BlockKind | None) -> None:
        nonlocal hint_id, current
        hint_id += 1
        current = kind
        hints.append((segs.point(pos), kind, hint_id))

    for i, (a, b) in enumerate(lines):
        newline_end = min(b + 1, len(text))
        if _FENCE.match(text, a, b):
            in_fence = not in_fence
            out.copy(b, newline_end)
            continue
        if in_fence:
            out.copy(a, newline_end)
            continue
        pos = a
        q = _QUOTE.match(text, pos, b)
        if q:
            pos = q.end()
        body = text[pos:b]
        if not body.strip():
            if current is not None:
                hint(a, None)
            out.copy(b, newline_end)
            continue
        if (
            i + 1 < len(lines)
            and _SETEXT.match(text, *lines[i + 1])
            and not _BULLET.match(text, pos, b)
            and not _ATX.match(text, pos, b)
        ):
            hint(pos, BlockKind.HEADING)
            out.copy(pos, b)
            # the underline line: drop it, keep its newline
            out.copy(b, newline_end)
            lines[i + 1] = (lines[i + 1][1], lines[i + 1][1])  # turn the underline into an empty line
            continue
        atx = _ATX.match(text, pos, b)
        if atx:
            start = atx.end()
            close = _ATX_CLOSE.search(text, start, b)
            end = close.start() if close else b
            hint(start, BlockKind.HEADING)
            out.copy(start, end)
            out.copy(b, newline_end)
            continue
        if _is_rule(body):
            if current is not None:
                hint(a, None)
            out.copy(b, newline_end)
            continue
        bullet = _BULLET.match(text, pos, b)
        if bullet:
            hint(bullet.end(), BlockKind.LIST_ITEM)
            out.copy(bullet.end(), newline_end)
            continue
        if current is BlockKind.HEADING:
            hint(pos, None)
        out.copy(pos, newline_end)
    new_text, new_segs = out.finish()
    return new_text, new_segs, hints


def _inline(m: re.Match[str], b: _Builder) -> None:
    for group in ("alt", "text", "url", "code", "escaped"):
        if m.group(group) is not None:
            b.copy(m.start(group), m.end(group))
            return


def _emphasis(text: str, segs: _Segments) -> tuple[str, _Segments]:
    """Pass 3: remove paired emphasis markers."""
    n = len(text)
    pending: dict[tuple[str, int], tuple[int, int]] = {}
    removed: list[tuple[int, int]] = []
    last = 0
    for m in _RUN.finditer(text):
        a, e = m.start(), m.end()
        size = e - a
        if _BLANK.search(text, last, a):
            pending.clear()
        last = e
        if size > 3 or (a and text[a - 1] == "\\"):
            continue
        mark = text[a]
        before = text[a - 1] if a else " "
        after = text[e] if e < n else " "
        can_open = not after.isspace()
        can_close = not before.isspace()
        if mark == "_":
            can_open = can_open and not before.isalnum()
            can_close = can_close and not after.isalnum()
        key = (mark, size)
        if can_close and key in pending:
            removed.append(pending.pop(key))
            removed.append((a, e))
        elif can_open:
            pending[key] = (a, e)
    if not removed:
        return text, segs
    removed.sort()
    out = _Builder(text, segs)
    pos = 0
    for a, e in removed:
        out.copy(pos, a)
        pos = e
    out.copy(pos, n)
    return out.finish()


def strip(text: str, segs: _Segments) -> tuple[str, _Segments, list[_Hint]]:
    r"""Remove Markdown markers, keeping offsets.

    Args:
        text: The Markdown (newlines already ``\\n``).
        segs: Its map to the original.

    Returns:
        The text, its segments, and block hints ``(original offset, kind, id)`` in order of offset.
    """
    text, segs, hints = _lines(text, segs)
    text, segs = _rewrite(text, segs, _INLINE, _inline)
    text, segs = _emphasis(text, segs)
    return text, segs, hints
