r"""Input layer of the parser: plain text, Markdown or HTML in, one normalised plain text plus an offset map out.

The parser's stages all work on :attr:`NormalisedText.text`, a clean plain text, but every span they report must
point into the string the user passed in. :func:`normalise` therefore keeps, through every rewrite it makes, a map
from each normalised character back to the original characters it came from.

What normalisation does, in order:

1. ``\\r\\n`` and lone ``\\r`` become ``\\n``.
2. The format layer: HTML is tokenised (markup, scripts, navigation and share/comment boxes dropped, entities
   decoded, block elements turned into line breaks); Markdown markers (headings, bullets, emphasis, links, inline
   code, block quotes) are removed while the words keep their offsets.
3. Unicode NFC.
4. One-for-one character mapping: typographic quotes and apostrophes become ``'`` and ``"``, en and em dashes (and
   the other Unicode dashes and minus signs) become ``-``, every Unicode space (and the tab) becomes a plain space.
   Because these are one-for-one, a span in the normalised text covers exactly the same characters of the original.
5. Zero-width characters, bidi marks, soft hyphens and control characters other than the newline are removed.
6. Noise lines are dropped: short lines made only of social network names and share/print/email words (as left by
   share-button bars), and "Related posts" style captions.
7. Whitespace: spaces at line ends are trimmed, runs of spaces collapsed, three or more newlines collapsed to a
   blank line (the paragraph boundary), leading and trailing whitespace removed.

Lookups from the normalised text to the original are ``O(log n)`` (binary search over a list of segments).
"""

from __future__ import annotations

import bisect
import codecs
import enum
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from asean_records.errors import DecodeError, InputError, InputTooLargeError, InvalidSpanError

__all__ = [
    "Block",
    "BlockKind",
    "InputFormat",
    "NormalisedText",
    "decode",
    "detect_format",
    "normalise",
]


class InputFormat(enum.Enum):
    """The format of an input text.

    ``AUTO`` asks :func:`normalise` to call :func:`detect_format`; a :class:`NormalisedText` always records the
    concrete format that was used.
    """

    AUTO = "auto"
    PLAIN = "plain"
    MARKDOWN = "markdown"
    HTML = "html"


class BlockKind(enum.Enum):
    """What a block of the normalised text is.

    ``TITLE`` is an HTML ``<title>``; ``HEADING`` is an HTML ``<h1>``-``<h6>``, a Markdown heading, or (for plain
    text and Markdown) a short single-line paragraph without closing punctuation, which is how press releases head
    their sections.
    """

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    OTHER = "other"


@attrs.frozen
class Block:
    """A paragraph, heading or list item: a span of the normalised text.

    Attributes:
        kind: What the block is.
        start: Offset of its first character in the normalised text.
        end: Offset one past its last character in the normalised text.
    """

    kind: BlockKind
    start: int
    end: int


@attrs.frozen(kw_only=True)
class _OffsetMap:
    """Segments mapping normalised offsets to original offsets.

    Segment ``k`` covers normalised characters ``norm[k]`` up to ``norm[k + 1]`` (or the end of the text). A linear
    segment maps character ``i`` to original character ``orig_start[k] + i - norm[k]``; a block segment maps each
    of its characters to the whole original span ``orig_start[k]:orig_end[k]`` (an entity, a composed character, an
    inserted line break).
    """

    norm: tuple[int, ...]
    orig_start: tuple[int, ...]
    orig_end: tuple[int, ...]
    linear: tuple[bool, ...]


# --------------------------------------------------------------------------------------------------------------
# Offset-keeping rewrites
# --------------------------------------------------------------------------------------------------------------


class _Segments:
    """Mutable segment lists while a stage is being built (see :class:`_OffsetMap`)."""

    __slots__ = ("length", "linear", "norm", "orig_end", "orig_start")

    def __init__(self) -> None:
        self.norm: list[int] = []
        self.orig_start: list[int] = []
        self.orig_end: list[int] = []
        self.linear: list[bool] = []
        self.length = 0

    @classmethod
    def identity(cls, length: int) -> _Segments:
        """One linear segment covering a text of ``length`` characters."""
        segs = cls()
        if length:
            segs.norm.append(0)
            segs.orig_start.append(0)
            segs.orig_end.append(length)
            segs.linear.append(True)
            segs.length = length
        return segs

    def emit(self, size: int, orig_start: int, orig_end: int, linear: bool) -> None:
        """Append ``size`` characters mapping to ``orig_start:orig_end`` (merging with the previous segment)."""
        if size <= 0:
            return
        if self.norm:
            last = len(self.norm) - 1
            if linear and self.linear[last] and self.orig_end[last] == orig_start:
                self.orig_end[last] = orig_end
                self.length += size
                return
            if (
                not linear
                and not self.linear[last]
                and self.orig_start[last] == orig_start
                and self.orig_end[last] == orig_end
            ):
                self.length += size
                return
        self.norm.append(self.length)
        self.orig_start.append(orig_start)
        self.orig_end.append(orig_end)
        self.linear.append(linear)
        self.length += size

    def char_span(self, index: int) -> tuple[int, int]:
        """Original span of normalised character ``index`` (which must exist)."""
        k = bisect.bisect_right(self.norm, index) - 1
        if self.linear[k]:
            o = self.orig_start[k] + index - self.norm[k]
            return o, o + 1
        return self.orig_start[k], self.orig_end[k]

    def point(self, index: int) -> int:
        """Original offset of the boundary before character ``index`` (``index`` may be the length)."""
        if index < self.length:
            return self.char_span(index)[0]
        if self.length == 0:
            return 0
        return self.char_span(self.length - 1)[1]

    def freeze(self) -> _OffsetMap:
        """An immutable copy."""
        return _OffsetMap(
            norm=tuple(self.norm),
            orig_start=tuple(self.orig_start),
            orig_end=tuple(self.orig_end),
            linear=tuple(self.linear),
        )


class _Builder:
    """Builds the next stage's text and its map to the original from the current stage's text and map.

    Calls must move forward through the source text: each position passed is at or after the previous one.
    """

    __slots__ = ("_k", "out", "pos_before", "segs", "src", "src_segs")

    def __init__(self, src: str, src_segs: _Segments) -> None:
        self.src = src
        self.src_segs = src_segs
        self.out: list[str] = []
        self.segs = _Segments()
        self._k = 0

    def _seek(self, pos: int) -> int:
        norm = self.src_segs.norm
        k = self._k
        last = len(norm) - 1
        while k < last and norm[k + 1] <= pos:
            k += 1
        self._k = k
        return k

    def _map_range(self, a: int, b: int) -> None:
        """Emit the source map of ``src[a:b]`` unchanged (the output characters correspond one-for-one)."""
        s = self.src_segs
        k = self._seek(a)
        last = len(s.norm) - 1
        while a < b:
            seg_end = s.norm[k + 1] if k < last else s.length
            e = min(b, seg_end)
            if s.linear[k]:
                o = s.orig_start[k] + a - s.norm[k]
                self.segs.emit(e - a, o, o + e - a, True)
            else:
                self.segs.emit(e - a, s.orig_start[k], s.orig_end[k], False)
            a = e
            if e == seg_end and k < last:
                k += 1
        self._k = k

    def copy(self, a: int, b: int) -> None:
        """Copy ``src[a:b]`` with its offsets."""
        if a < b:
            self.out.append(self.src[a:b])
            self._map_range(a, b)

    def subst(self, text: str, a: int, b: int) -> None:
        """Write ``text`` (as long as ``src[a:b]``) in place of ``src[a:b]``, character for character."""
        if a < b:
            self.out.append(text)
            self._map_range(a, b)

    def replace(self, text: str, a: int, b: int) -> None:
        """Write ``text`` in place of ``src[a:b]``; each of its characters maps to the whole original span."""
        if not text:
            return
        if a >= b:
            self.insert(text, a)
            return
        s = self.src_segs
        k = self._seek(a)
        o1 = s.orig_start[k] + (a - s.norm[k] if s.linear[k] else 0)
        k = self._seek(b - 1)
        o2 = s.orig_start[k] + b - s.norm[k] if s.linear[k] else s.orig_end[k]
        self.out.append(text)
        self.segs.emit(len(text), o1, o2, False)

    def insert(self, text: str, at: int) -> None:
        """Write ``text`` where the source has nothing; it maps to the empty original span at ``src[at]``."""
        if not text:
            return
        s = self.src_segs
        if at < s.length:
            k = self._seek(at)
            o = s.orig_start[k] + (at - s.norm[k] if s.linear[k] else 0)
        elif s.length:
            k = self._seek(s.length - 1)
            o = s.orig_start[k] + s.length - s.norm[k] if s.linear[k] else s.orig_end[k]
        else:
            o = s.orig_start[0] if s.norm else 0
        self.out.append(text)
        self.segs.emit(len(text), o, o, False)

    def finish(self) -> tuple[str, _Segments]:
        """The new text and its segments."""
        return "".join(self.out), self.segs


_Handler = Callable[[re.Match[str], _Builder], None]


def _rewrite(
    text: str, segs: _Segments, pattern: re.Pattern[str] | Iterable[re.Match[str]], handler: _Handler
) -> tuple[str, _Segments]:
    """Apply ``handler`` to every match of ``pattern`` (or to the matches given), copying the text between them."""
    builder: _Builder | None = None
    last = 0
    for m in pattern.finditer(text) if isinstance(pattern, re.Pattern) else pattern:
        if builder is None:
            builder = _Builder(text, segs)
        builder.copy(last, m.start())
        handler(m, builder)
        last = m.end()
    if builder is None:
        return text, segs
    builder.copy(last, len(text))
    return builder.finish()


def _delete(m: re.Match[str], b: _Builder) -> None:
    """Drop the match."""


# --------------------------------------------------------------------------------------------------------------
# Stages common to all formats
# --------------------------------------------------------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?")


def _newline(m: re.Match[str], b: _Builder) -> None:
    if m.end() - m.start() == 2:
        b.replace("\n", m.start(), m.end())
    else:
        b.subst("\n", m.start(), m.end())


# An ASCII character never composes with the character before it, and it blocks composition across it, so NFC can
# be applied to each non-ASCII run (with the ASCII character before it) on its own.
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _non_ascii_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NON_ASCII_RUN` in ``text``, found by skipping ASCII text at C speed.

    Each non-ASCII run starts a match one character earlier (the ASCII character before it), as the pattern
    would, had it been tried at every position.
    """
    pos = 0
    while (run := _NON_ASCII.search(text, pos)) is not None:
        m = _NON_ASCII_RUN.match(text, max(run.start() - 1, 0))
        if m is None:  # pragma: no cover - the run itself matches
            raise AssertionError("a non-ASCII run that the pattern does not match")
        yield m
        pos = m.end()


def _nfc_piece(m: re.Match[str], b: _Builder) -> None:
    piece = m.group()
    composed = unicodedata.normalize("NFC", piece)
    start = m.start()
    if composed == piece:
        b.copy(start, m.end())
        return
    # Map per combining sequence (a starter and the marks after it) when that gives the same result.
    cuts = [i for i, ch in enumerate(piece) if i == 0 or unicodedata.combining(ch) == 0]
    cuts.append(len(piece))
    parts = [unicodedata.normalize("NFC", piece[cuts[i] : cuts[i + 1]]) for i in range(len(cuts) - 1)]
    if "".join(parts) != composed:
        b.replace(composed, start, m.end())
        return
    for i, part in enumerate(parts):
        a, e = start + cuts[i], start + cuts[i + 1]
        if part == piece[cuts[i] : cuts[i + 1]]:
            b.copy(a, e)
        else:
            b.replace(part, a, e)


_ONE_FOR_ONE = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u2036\uff02", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\t\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009", " "),
    **dict.fromkeys("\u200a\u202f\u205f\u3000\x85", " "),
    **dict.fromkeys("\u2028\u2029", "\n"),
}
_TRANSLATE = str.maketrans(_ONE_FOR_ONE)
_TRANSLATED = re.compile("[" + re.escape("".join(_ONE_FOR_ONE)) + "]")
"""Any character :data:`_TRANSLATE` changes (a search for one is much faster than translating every character)."""

# Removed outright: C0/C1 controls except \n, zero-width characters, bidi marks and controls, soft hyphen, BOM,
# variation selectors used as invisible noise are kept (they belong to emoji).
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb]+"
)

_SOCIAL_WORDS = (
    r"whats\s?app|facebook|fb|twitter|tweet|x\.com|pinterest|reddit|gmail|e-?mail|mail|linked\s?in|telegram|"
    r"messenger|tumblr|viber|wechat|weibo|line\s?it|pocket|flipboard|vk|skype|threads|instagram|youtube|tiktok|"
    r"print|share|shares|share\s+(?:this|on|via)(?:\s+(?:article|post|page|story))?|copy\s+link|"
    r"related\s+(?:posts?|articles?|news|stories)|read\s+more"
)
_NOISE_LINE = re.compile(
    rf"^(?=[^\n]{{1,400}}$)[ \t]*(?:(?:{_SOCIAL_WORDS})[ \t|,:;/·•\-–—]*)+$\n?",
    re.IGNORECASE | re.MULTILINE,
)

# Spaces and line breaks, each alternative opening with its character so that the engine skips from one to the
# next: a run with a line break, two or more spaces, spaces at the start (the look-behind, rather than ``^ +``, keeps
# a character first), spaces at the end.
_SPACES = re.compile(r"\n[ \n]*| (?=[ \n]*\n)[ \n]*|  +| (?<=\A ) *| [ ]*$")


_KEPT_SPACES = frozenset({" ", "\n", "\n\n"})
"""Matches of :data:`_SPACES` that :func:`_whitespace` copies unchanged inside the text."""


def _changed_spaces(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_SPACES` that :func:`_whitespace` changes (copying the others would change nothing)."""
    end = len(text)
    for m in _SPACES.finditer(text):
        if m.group() not in _KEPT_SPACES or m.start() == 0 or m.end() == end:
            yield m


# Hard-wrapped text: paragraphs broken into lines of at most a fixed width (wire copy, e-mail, text files).
_LINE_BREAK = re.compile(r"\n")
_WRAP_MIN, _WRAP_MAX = 50, 100  # the widths text is commonly wrapped at lie between these
_WRAP_SLACK = 20  # a wrapped line is at most this much shorter than the widest line
_WRAPPED_MIN = 3  # this many lines that look wrapped before the text is taken as hard-wrapped
_WRAPPED_SHARE = 0.3  # and at least this share of its lines
_FIRST_WORD = re.compile(r"[ \t]*(\S+)")
_NOT_CONTINUED = re.compile(r"[ \t]*(?:[-*•–—#>|]|\(?[0-9A-Za-z]{1,3}[.)][ \t]|[A-Z][A-Z ]{2,}$|$)")


def _wrapped_breaks(text: str) -> Iterator[re.Match[str]]:
    """The line breaks of a hard-wrapped text that only wrap a paragraph (read as spaces).

    The text counts as hard-wrapped when its fill width (the third widest line) is 50 to 100 characters and at
    least three lines, and three in ten, within 20 characters of that width go on in the next line. A break then
    wraps the paragraph when the next line's first word would not have fitted on the line (the rule a filling
    editor follows) and the next line opens no list item, heading or block of its own. Short lines (a signature,
    an address) keep their breaks.
    """
    if "\n" not in text:
        return
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    filled = sorted((w for w in widths if w), reverse=True)
    if len(filled) < _WRAPPED_MIN:
        return
    width = filled[_WRAPPED_MIN - 1]  # the fill width, unmoved by a line or two edited after wrapping
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return
    near = sum(1 for i in range(len(lines) - 1) if widths[i] >= width - _WRAP_SLACK and widths[i + 1])
    if near < _WRAPPED_MIN or near < _WRAPPED_SHARE * len(filled):
        return
    pos = 0
    for i in range(len(lines) - 1):
        end = pos + len(lines[i])
        nxt = lines[i + 1]
        if widths[i] and widths[i + 1] and _NOT_CONTINUED.match(nxt) is None:
            word = _FIRST_WORD.match(nxt)
            if word is not None and widths[i] + 1 + len(word.group(1)) > width:
                brk = _LINE_BREAK.match(text, end)
                if brk is not None:
                    yield brk
        pos = end + 1


def _join_line(m: re.Match[str], b: _Builder) -> None:
    b.subst(" ", m.start(), m.end())


def _whitespace(m: re.Match[str], b: _Builder) -> None:
    start, end = m.start(), m.end()
    src = b.src
    if start == 0 or end == len(src):
        return  # leading / trailing whitespace of the whole text
    first = src.find("\n", start, end)
    if first < 0:
        b.copy(start, start + 1)
        return
    b.copy(first, first + 1)
    second = src.find("\n", first + 1, end)
    if second >= 0:
        b.copy(second, second + 1)


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class NormalisedText:
    """One document as the parser sees it: normalised plain text, its blocks, and the way back to the original.

    Build it with :func:`normalise`.

    Attributes:
        original: Exactly the string the user passed in.
        text: The normalised plain text.
        format: The format the original was read as (never ``AUTO``).
        blocks: Headings, paragraphs and list items of ``text``, in order.
    """

    original: str
    text: str
    format: InputFormat
    blocks: tuple[Block, ...]
    _map: _OffsetMap = attrs.field(alias="offset_map", repr=False, eq=False)

    def _char_span(self, index: int) -> tuple[int, int]:
        m = self._map
        k = bisect.bisect_right(m.norm, index) - 1
        if m.linear[k]:
            o = m.orig_start[k] + index - m.norm[k]
            return o, o + 1
        return m.orig_start[k], m.orig_end[k]

    def _only_shift(self) -> int | None:
        """The shift from normalised to original offsets, or ``None`` unless the map is one linear segment."""
        m = self._map
        if self.text and len(m.linear) == 1 and m.linear[0] and not m.norm[0]:
            return m.orig_start[0]
        return None

    def original_offset(self, index: int) -> int:
        """Offset in :attr:`original` where normalised character ``index`` starts.

        Args:
            index: An offset into :attr:`text`, from 0 to ``len(text)`` inclusive; ``len(text)`` gives the offset
                just after the original of the last character.

        Returns:
            The original offset.

        Raises:
            InvalidSpanError: If ``index`` is outside ``0..len(text)``.
        """
        n = len(self.text)
        if not 0 <= index <= n:
            raise InvalidSpanError(f"offset {index} is outside the normalised text (length {n})")
        if index < n:
            return self._char_span(index)[0]
        return self._char_span(n - 1)[1] if n else 0

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of :attr:`original` that the normalised span ``text[start:end]`` comes from.

        The result starts where the original of ``text[start]`` starts and ends where the original of
        ``text[end - 1]`` ends, so markup removed between the two (tags, emphasis markers) is inside it, and a
        decoded entity or composed character maps to the whole entity or sequence. An empty span maps to an empty
        span.

        Args:
            start: Offset of the first character in :attr:`text`.
            end: Offset one past the last character in :attr:`text`.

        Returns:
            ``(original_start, original_end)``.

        Raises:
            InvalidSpanError: If the span is reversed or outside the normalised text.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise InvalidSpanError(f"span {start}:{end} is reversed or outside the normalised text (length {n})")
        shift = self._only_shift()
        if shift is not None:
            return start + shift, end + shift
        if start == end:
            o = self.original_offset(start)
            return o, o
        return self._char_span(start)[0], self._char_span(end - 1)[1]

    def original_spans(self, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """``[original_span(start, end) for start, end in ranges]``, checked and mapped in bulk.

        Raises:
            InvalidSpanError: If a span is reversed or outside the normalised text.
        """
        shift = self._only_shift()
        if shift is None or not ranges:
            return [self.original_span(start, end) for start, end in ranges]
        starts = [r[0] for r in ranges]
        ends = [r[1] for r in ranges]
        if min(starts) < 0 or max(ends) > len(self.text) or not all(map(operator.le, starts, ends)):
            return [self.original_span(start, end) for start, end in ranges]  # raises for the first bad one
        if not shift:
            return list(ranges)
        return [(start + shift, end + shift) for start, end in ranges]


_HTML_START = re.compile(r"\A[\s\ufeff]*<(?:!doctype\s+html|html[\s>]|\?xml\s)", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(/?)(p|div|span|a|h[1-6]|li|ul|ol|table|tr|td|th|b|i|em|strong|body|head|title|section|article|main|"
    r"header|footer|nav|script|style|blockquote|figure|figcaption|label|button|small|sup|sub|u)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# Markdown markers: at the start of a line (headings, setext underlines, bullets, block quotes), looked for at the
# start of the text and after each line break; and inside lines (bold, links, inline code, emphasis). Each pattern
# opens with a character, so the engine skips the positions where none can start.
_MARKDOWN_LINE = r" {0,3}#{1,6}[ \t]+\S| {0,3}(?:=+|-{2,})[ \t]*$|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S| {0,3}>"
_MARKDOWN_FIRST_LINE = re.compile(_MARKDOWN_LINE, re.MULTILINE)
_MARKDOWN_LATER_LINE = re.compile(rf"\n(?:{_MARKDOWN_LINE})", re.MULTILINE)
_MARKDOWN_INLINE = re.compile(
    r"\*\*\S|__\S|\[[^\[\]\n]+\]\([^()\s]+\)|`[^`\n]+`|\*(?<![\w*]\*)[^\s*][^*\n]*\*(?![\w*])"
)
_DETECT_WINDOW = 200_000


def detect_format(raw: str) -> InputFormat:
    """Guess whether a text is HTML, Markdown or plain text.

    HTML when it starts with a doctype, ``<html`` or an XML declaration, or has at least two pairs of common tags
    (opening and closing); Markdown when it has Markdown markers (headings, bullets, ``**bold**``, links, inline
    code, block quotes); plain text otherwise. Only the first 200,000 characters are looked at.

    Args:
        raw: The text.

    Returns:
        ``InputFormat.HTML``, ``InputFormat.MARKDOWN`` or ``InputFormat.PLAIN``.

    Raises:
        InputError: If ``raw`` is not a string.
    """
    if not isinstance(raw, str):
        raise InputError(f"expected a str, got {type(raw).__name__}")
    head = raw[:_DETECT_WINDOW]
    if _HTML_START.match(head):
        return InputFormat.HTML
    opened: dict[str, int] = {}
    closed: dict[str, int] = {}
    for m in _HTML_TAG.finditer(head):
        name = m.group(2).lower()
        counter = closed if m.group(1) else opened
        counter[name] = counter.get(name, 0) + 1
    if sum(min(count, closed.get(name, 0)) for name, count in opened.items()) >= 2:
        return InputFormat.HTML
    if _MARKDOWN_FIRST_LINE.match(head) or _MARKDOWN_LATER_LINE.search(head) or _MARKDOWN_INLINE.search(head):
        return InputFormat.MARKDOWN
    return InputFormat.PLAIN


_Hints = Sequence[tuple[int, BlockKind | None, int]]


def _to_format(fmt: InputFormat | str, source: str | None) -> InputFormat:
    if isinstance(fmt, InputFormat):
        return fmt
    if isinstance(fmt, str):
        try:
            return InputFormat(fmt.strip().lower())
        except ValueError:
            pass
    choices = ", ".join(f.value for f in InputFormat)
    raise InputError(f"unknown input format {fmt!r} (expected one of: {choices})", source=source)


def normalise(
    raw: str,
    fmt: InputFormat | str = InputFormat.AUTO,
    *,
    source: str | None = None,
    max_chars: int | None = None,
) -> NormalisedText:
    r"""Turn a plain, Markdown or HTML text into normalised plain text that remembers where each character came from.

    Line ends become newlines, Unicode is composed (NFC), typographic quotes, dashes and spaces become ASCII ones,
    invisible characters and share-button lines go, space runs collapse, and a hard-wrapped plain or Markdown text
    (paragraphs broken at a fixed width) has its wrapping breaks read as spaces; HTML is reduced to its text first.

    Args:
        raw: The text, exactly as received (decode bytes with :func:`decode` first).
        fmt: ``InputFormat`` or its value (``"auto"``, ``"plain"``, ``"markdown"``, ``"html"``).
        source: Id or path of the input, used in error messages.
        max_chars: Largest accepted ``len(raw)``; checked before any work is done.

    Returns:
        The :class:`NormalisedText`.

    Raises:
        InputError: If ``raw`` is not a string or ``fmt`` is not a known format.
        InputTooLargeError: If ``raw`` is longer than ``max_chars``.
    """
    if not isinstance(raw, str):
        raise InputError(f"expected a str, got {type(raw).__name__}", source=source)
    if max_chars is not None and len(raw) > max_chars:
        raise InputTooLargeError(f"input has {len(raw)} characters, more than the limit of {max_chars}", source=source)
    form = _to_format(fmt, source)
    if form is InputFormat.AUTO:
        form = detect_format(raw)

    text, segs = raw, _Segments.identity(len(raw))
    hints: _Hints = ()
    if form is InputFormat.HTML:
        from asean_records.parse import _html

        text, segs, hints = _html.extract(text, segs)
    else:
        text, segs = _rewrite(text, segs, _NEWLINES, _newline)
        if form is InputFormat.MARKDOWN:
            from asean_records.parse import _markdown

            text, segs, hints = _markdown.strip(text, segs)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # (in a text already in NFC every piece is too, and copying each one would change nothing)
        text, segs = _rewrite(text, segs, _non_ascii_runs(text), _nfc_piece)
    if _TRANSLATED.search(text):
        text = text.translate(_TRANSLATE)  # one character for one: the map does not change
    text, segs = _rewrite(text, segs, _INVISIBLE, _delete)
    text, segs = _rewrite(text, segs, _NOISE_LINE, _delete)
    if form is not InputFormat.HTML:
        text, segs = _rewrite(text, segs, _wrapped_breaks(text), _join_line)
    text, segs = _rewrite(text, segs, _changed_spaces(text), _whitespace)
    blocks = _blocks(text, segs, hints, form)
    return NormalisedText(original=raw, text=text, format=form, blocks=blocks, offset_map=segs.freeze())


_LINE = re.compile(r"[^\n]+")
_CLOSING_PUNCTUATION = frozenset(".,;:!?")


def _blocks(text: str, segs: _Segments, hints: _Hints, form: InputFormat) -> tuple[Block, ...]:
    """Group lines into blocks: a blank line or a change of format hint (heading, list item, ...) starts one."""
    spans: list[tuple[int, int, BlockKind | None]] = []
    h = -1
    current_id: int | None = None
    prev_end = -2
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        kind: BlockKind | None = None
        hint_id: int | None = None
        if hints:
            origin = segs.point(start)
            while h + 1 < len(hints) and hints[h + 1][0] <= origin:
                h += 1
            if h >= 0:
                _, kind, hint_id = hints[h]
        if spans and start == prev_end + 1 and hint_id == current_id:
            s, _, k = spans[-1]
            spans[-1] = (s, end, k)
        else:
            spans.append((start, end, kind))
        current_id = hint_id
        prev_end = end
    blocks = []
    guess = form is not InputFormat.HTML
    for i, (start, end, found) in enumerate(spans):
        kind = found
        if kind is None:
            kind = BlockKind.PARAGRAPH
            if guess and i + 1 < len(spans) and _looks_like_heading(text, start, end):
                kind = BlockKind.HEADING
        blocks.append(Block(kind, start, end))
    return tuple(blocks)


def _looks_like_heading(text: str, start: int, end: int) -> bool:
    """A short single line without closing punctuation that does not start with a digit (a dateline)."""
    if end - start > 100 or "\n" in text[start:end]:
        return False
    line = text[start:end]
    if line[-1] in _CLOSING_PUNCTUATION or line[0].isdigit():
        return False
    return any(ch.isalpha() for ch in line) and len(line.split()) <= 15


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes | bytearray | memoryview, *, source: str | None = None, encoding: str | None = None) -> str:
    """Decode bytes to text, strictly.

    A byte order mark (UTF-8, UTF-16 or UTF-32) decides the encoding and is removed, even when ``encoding`` says
    otherwise (as browsers do). Without one, ``encoding`` is used if given, else UTF-8. Invalid bytes are an error,
    never silently replaced.

    Args:
        data: The bytes (``bytes``, ``bytearray`` or ``memoryview``).
        source: Id or path of the input, used in error messages.
        encoding: Declared encoding (any name Python's codecs know), used when there is no byte order mark.

    Returns:
        The decoded text.

    Raises:
        InputError: If ``data`` is not bytes-like or ``encoding`` is unknown.
        DecodeError: If the bytes are not valid in the encoding; ``position`` is the offset of the first bad byte.
    """
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InputError(f"expected bytes, got {type(data).__name__}", source=source)
    offset = 0
    chosen = encoding or "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            # A UTF-16 LE BOM is a prefix of the UTF-32 LE one; UTF-32 is only taken when the rest decodes.
            if name == "utf-32-le" and len(data) % 4:
                continue
            chosen, offset = name, len(bom)
            break
    else:
        try:
            codecs.lookup(chosen)
        except (LookupError, TypeError):
            raise InputError(f"unknown encoding {encoding!r}", source=source) from None
    try:
        return data[offset:].decode(chosen, errors="strict")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"bytes are not valid {chosen}: {exc.reason}", source=source, position=offset + exc.start
        ) from None
    except (LookupError, ValueError) as exc:  # codecs that are not text encodings, or that refuse the input
        raise DecodeError(f"cannot decode as {chosen}: {exc}", source=source, position=None) from None
