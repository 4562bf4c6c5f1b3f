"""HTML to text with offsets: a small linear-time tokenizer after the WHATWG tokenizer's main states.

Python's ``html.parser`` is not used because it is quadratic on malformed input (measured with Python 3.11:
``"<a" * N``, ``"</a" * N``, ``"<a b='" * N`` and an unclosed comment after text each cost 60-120 times more for
ten times the input). This tokenizer never scans the same characters twice: every search for a terminator
(``-->``, ``>``, ``</script``, a closing quote) starts where the previous one ended and, when it fails, consumes
the rest of the input, as the HTML standard does at end of file. Open elements are tracked in a stack with a
per-name index so that end tags cost amortised constant time even with thousands of unclosed tags.

What is kept: text, decoded character references (each mapped to the whole reference), ``<title>`` text and
CDATA content. What is dropped: tags, comments, doctypes, processing instructions, the content of ``script``,
``style``, ``noscript``, ``template``, ``nav``, ``aside``, ``form``, ``button``, ``svg``, ``iframe``, ``select``,
page ``header``/``footer`` (a ``header`` inside ``article`` or ``main`` is kept: it holds the article's title), and
elements whose ``class``, ``id`` or ``role`` mark them as share buttons, social links, related posts, comments,
menus, breadcrumbs or cookie notices. Block elements become blank lines, ``<br>`` a line break.
"""

from __future__ import annotations

import re
from html.entities import html5

from asean_records.parse.text import BlockKind, _Builder, _Segments

_NEXT = re.compile(r"[<&]")
_WS_TO_SPACE = str.maketrans("\t\n\f\r", "    ")
_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
_TAG_GAP = re.compile(r"[\t\n\f\r /]*")
_ATTR_NAME = re.compile(r"[^\t\n\f\r />][^\t\n\f\r />=]*")
_EQUALS = re.compile(r"[\t\n\f\r ]*=[\t\n\f\r ]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
_CHARREF = re.compile(r"&(?:#([xX])([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]{0,40})(;?))")

_VOID = frozenset(
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_RAW_TEXT = frozenset(
    ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "template", "textarea", "title"]
)
_DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "form",
        "button",
        "svg",
        "math",
        "iframe",
        "select",
        "textarea",
    ]
)
_CHROME = frozenset(("header", "footer"))
_BLOCK = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "ol",
        "p",
        "plaintext",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
_KIND = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), BlockKind.HEADING),
    **dict.fromkeys(("li", "dt", "dd"), BlockKind.LIST_ITEM),
    "title": BlockKind.TITLE,
}
_SAME_CLOSES = frozenset(["p", "li", "dt", "dd", "option", "tr", "td", "th"])
_NOISE_NAME = re.compile(
    r"(?:^|[-_\s])(?:share|shares|sharing|sharedaddy|sharethis|addthis|addtoany|a2a_kit|social|socials|"
    r"related|comments?|respond|menu|menus|navbar|navigation|breadcrumbs?|cookies?|consent|gdpr|"
    r"newsletter|subscribe|advert|advertisement|ads)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_NOISE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"))
_END_OF = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE) for name in _RAW_TEXT}
_MAX_REF_DIGITS = 8


def _decode_charref(m: re.Match[str]) -> tuple[str, int] | None:
    """The text of a character reference and its length in the source, or None if it is not one."""
    if m.group(2) is not None or m.group(3) is not None:
        digits = m.group(2) if m.group(2) is not None else m.group(3)
        base = 16 if m.group(1) else 10
        digits = digits.lstrip("0") or "0"
        value = int(digits, base) if len(digits) <= _MAX_REF_DIGITS else 0x110000
        if value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            return "\ufffd", m.end() - m.start()
        if 0x80 <= value <= 0x9F:
            return bytes((value,)).decode("cp1252", errors="replace"), m.end() - m.start()
        return chr(value), m.end() - m.start()
    name, semicolon = m.group(4), m.group(5)
    if semicolon and name + ";" in html5:
        return html5[name + ";"], len(name) + 2
    for size in range(min(len(name), 8), 1, -1):  # legacy references without ';' are at most 6 letters long
        text = html5.get(name[:size])
        if text is not None:
            return text, size + 1
    return None


class _Extractor:
    """One pass over an HTML string; see the module docstring."""

    def __init__(self, raw: str, segs: _Segments) -> None:
        self.raw = raw
        self.n = len(raw)
        self.out = _Builder(raw, segs)
        self.stack: list[str] = []
        self.open_at: dict[str, list[int]] = {}
        self.drop_at: int | None = None  # stack index of the outermost dropped element
        self.blocks: list[tuple[int, BlockKind | None]] = []  # open block elements: (stack index, kind)
        self.hints: list[tuple[int, BlockKind | None, int]] = []
        self.hint_id = 0

    # -- output -------------------------------------------------------------------------------------------------

    def _hint(self, pos: int) -> None:
        kind = self.blocks[-1][1] if self.blocks else None
        self.hint_id += 1
        self.hints.append((pos, kind, self.hint_id))

    def _text(self, a: int, b: int) -> None:
        """Emit ``raw[a:b]`` (no markup in it); HTML whitespace becomes spaces, collapsed later."""
        if self.drop_at is not None or a >= b:
            return
        self.out.subst(self.raw[a:b].translate(_WS_TO_SPACE), a, b)

    def _break(self, text: str, at: int) -> None:
        if self.drop_at is None:
            self.out.insert(text, at)

    # -- tree ---------------------------------------------------------------------------------------------------

    def _push(self, name: str, pos: int, noise: bool) -> None:
        index = len(self.stack)
        self.stack.append(name)
        self.open_at.setdefault(name, []).append(index)
        if self.drop_at is None and (noise or name in _DROP or (name in _CHROME and not self._in_content())):
            self.drop_at = index
        if name in _BLOCK:
            self._break("\n\n", pos)
            self.blocks.append((index, _KIND.get(name, BlockKind.PARAGRAPH)))
            self._hint(pos)

    def _in_content(self) -> bool:
        return bool(self.open_at.get("article")) or bool(self.open_at.get("main"))

    def _pop_to(self, index: int, pos: int) -> None:
        """Close every open element from the top of the stack down to (and including) ``index``."""
        closed_block = False
        while len(self.stack) > index:
            name = self.stack.pop()
            self.open_at[name].pop()
            if self.blocks and self.blocks[-1][0] == len(self.stack):
                self.blocks.pop()
                closed_block = True
                self._break("\n\n", pos)
            if self.drop_at is not None and len(self.stack) <= self.drop_at:
                self.drop_at = None
        if closed_block:
            self._hint(pos)

    def _start_tag(self, name: str, attrs: dict[str, str], pos: int) -> None:
        if name == "br":
            self._break("\n", pos)
            return
        if name in _VOID:
            if name == "hr":
                self._break("\n\n", pos)
            return
        if self.stack and (
            (name in _SAME_CLOSES and self.stack[-1] == name) or (name in _BLOCK and self.stack[-1] == "p")
        ):
            self._pop_to(len(self.stack) - 1, pos)
        noise = attrs.get("role", "").strip().lower() in _NOISE_ROLES or any(
            _NOISE_NAME.search(attrs.get(key, "")) for key in ("class", "id")
        )
        self._push(name, pos, noise)

    def _end_tag(self, name: str, pos: int) -> None:
        indices = self.open_at.get(name)
        if indices:
            self._pop_to(indices[-1], pos)
        elif name == "br":
            self._break("\n", pos)
        elif name == "p":
            self._break("\n\n", pos)

    # -- tokenizer ----------------------------------------------------------------------------------------------

    def run(self) -> None:
        raw, n = self.raw, self.n
        pos = 0
        while pos < n:
            m = _NEXT.search(raw, pos)
            if m is None:
                self._text(pos, n)
                break
            j = m.start()
            self._text(pos, j)
            pos = self._charref(j) if raw[j] == "&" else self._markup(j)

    def _charref(self, j: int) -> int:
        m = _CHARREF.match(self.raw, j)
        found = _decode_charref(m) if m else None
        if found is None:
            self._text(j, j + 1)
            return j + 1
        text, size = found
        if self.drop_at is None:
            self.out.replace(text, j, j + size)
        return j + size

    def _find_or_end(self, needle: str, start: int) -> tuple[int, int]:
        """Position of ``needle`` at or after ``start`` and the position after it, or the end of input twice."""
        found = self.raw.find(needle, start)
        if found < 0:
            return self.n, self.n
        return found, found + len(needle)

    def _markup(self, j: int) -> int:
        raw, n = self.raw, self.n
        nxt = raw[j + 1 : j + 2]
        if nxt == "!":
            if raw.startswith("<!--", j):
                if raw.startswith(">", j + 4):
                    return j + 5
                if raw.startswith("->", j + 4):
                    return j + 6
                return self._find_or_end("-->", j + 4)[1]
            if raw.startswith("<![CDATA[", j):
                stop, after = self._find_or_end("]]>", j + 9)
                self._text(j + 9, stop)
                return after
            return self._find_or_end(">", j + 2)[1]
        if nxt == "?":
            return self._find_or_end(">", j + 2)[1]
        if nxt == "/":
            if raw.startswith(">", j + 2):
                return j + 3
            m = _TAG_NAME.match(raw, j + 2)
            if m is None:
                return self._find_or_end(">", j + 2)[1]
            end = self._skip_attributes(m.end(), None)
            if end is None:
                return n
            self._end_tag(m.group().lower(), j)
            return end
        m = _TAG_NAME.match(raw, j + 1)
        if m is None:
            self._text(j, j + 1)
            return j + 1
        attrs: dict[str, str] = {}
        end = self._skip_attributes(m.end(), attrs)
        if end is None:
            return n
        name = m.group().lower()
        self._start_tag(name, attrs, j)
        if name in _RAW_TEXT and name in self.stack[-1:]:
            close = _END_OF[name].search(raw, end)
            stop = close.start() if close else n
            if name == "title":
                self._rcdata(end, stop)
            return stop
        if name == "plaintext":
            self._text(end, n)
            return n
        return end

    def _rcdata(self, a: int, b: int) -> None:
        """Text with character references but no tags (the content of ``<title>``)."""
        pos = a
        while pos < b:
            amp = self.raw.find("&", pos, b)
            if amp < 0:
                self._text(pos, b)
                return
            self._text(pos, amp)
            m = _CHARREF.match(self.raw, amp, b)
            found = _decode_charref(m) if m else None
            if found is None:
                self._text(amp, amp + 1)
                pos = amp + 1
            else:
                if self.drop_at is None:
                    self.out.replace(found[0], amp, amp + found[1])
                pos = amp + found[1]

    def _skip_attributes(self, pos: int, attrs: dict[str, str] | None) -> int | None:
        """Read attributes up to the closing ``>``; the position after it, or None at end of input."""
        raw, n = self.raw, self.n
        while True:
            gap = _TAG_GAP.match(raw, pos)
            pos = gap.end() if gap else pos
            if pos >= n:
                return None
            if raw[pos] == ">":
                return pos + 1
            m = _ATTR_NAME.match(raw, pos)
            if m is None:  # cannot happen: the gap stops at a character the name accepts
                return None
            pos = m.end()
            eq = _EQUALS.match(raw, pos)
            if eq is None:
                continue
            pos = eq.end()
            if pos >= n:
                return None
            quote = raw[pos]
            if quote in "\"'":
                close = raw.find(quote, pos + 1)
                if close < 0:
                    return None
                value = raw[pos + 1 : close]
                pos = close + 1
            else:
                v = _UNQUOTED.match(raw, pos)
                value = v.group() if v else ""
                pos = v.end() if v else pos
            if attrs is not None:
                key = m.group().lower()
                if key in ("class", "id", "role") and key not in attrs:
                    attrs[key] = value[:500]


def extract(raw: str, segs: _Segments) -> tuple[str, _Segments, list[tuple[int, BlockKind | None, int]]]:
    """Text of an HTML document with its offsets, and block hints ``(original offset, kind, id)``.

    Args:
        raw: The HTML.
        segs: The map of ``raw`` to the original (the identity when ``raw`` is the original).

    Returns:
        The text, its segments, and the block hints in order of offset.
    """
    ex = _Extractor(raw, segs)
    ex.run()
    text, out_segs = ex.out.finish()
    return text, out_segs, ex.hints
