"""Tests for the parser's input layer: normalised text, blocks, and the way back to the original."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asean_records.errors import AseanRecordsError, DecodeError, InputError, InputTooLargeError, InvalidSpanError
from asean_records.parse.text import (
    Block,
    BlockKind,
    InputFormat,
    NormalisedText,
    decode,
    detect_format,
    normalise,
)
from asean_records.testing import cost_ratio

# --------------------------------------------------------------------------------------------------------------
# Generated documents: every word of the normalised text maps back to the same word in the original
# --------------------------------------------------------------------------------------------------------------

# A digit in every word keeps them clear of the noise-line vocabulary ("Share", "Print", ...).
words = st.from_regex(r"[a-zàéöñç]{1,8}[0-9]", fullmatch=True)

PLAIN_SEPARATORS = (" ", "  ", "\n", "\n\n", "\n\n\n\n", "\u00a0", "\t", "\r\n", "\u200b ", " \u2009", "\r\n\r\n")
MARKDOWN_WRAPPERS = (
    "{}",
    "**{}**",
    "__{}__",
    "*{}*",
    "_{}_",
    "[{}](https://example.org/a_b)",
    "`{}`",
    "\n# {}\n",
    "\n## {} ##\n",
    "\n- {}\n",
    "\n* {}\n",
    "\n1. {}\n",
    "\n> {}\n",
    "\n\n{}\n===\n\n",
    "\\*{}",
)
HTML_WRAPPERS = (
    "{}",
    "<b>{}</b>",
    "<p>{}</p>",
    "<p class=x>{}",
    '<a href="https://example.org/?a=1&amp;b=2">{}</a>',
    "<span title='a > b'>{}</span>",
    "{}<br>",
    "{}<br/>",
    "<!-- note -->{}",
    "<li>{}",
    "<h2>{}</h2>",
    "<div>\n  {}\n</div>",
    "&nbsp;{}&#160;",
    "<td>{}</td>",
    "<![CDATA[{}]]>",
    "<i>{}",
    "</em>{}",
)


def _wrapped(wrappers: tuple[str, ...], separators: tuple[str, ...]) -> st.SearchStrategy[tuple[str, list[str]]]:
    """A document built from random words in random markup, with the list of its words in order."""
    item = st.tuples(words, st.sampled_from(wrappers), st.sampled_from(separators))

    def build(items: list[tuple[str, str, str]]) -> tuple[str, list[str]]:
        return "".join(wrapper.format(word) + sep for word, wrapper, sep in items), [w for w, _, _ in items]

    return st.lists(item, min_size=1, max_size=40).map(build)


def _assert_words_map_back(norm: NormalisedText, expected_words: list[str]) -> None:
    pos = 0
    for word in expected_words:
        found = norm.text.find(word, pos)
        assert found >= 0, (word, norm.text)
        start, end = norm.original_span(found, found + len(word))
        assert word == norm.original[start:end]
        pos = found + len(word)


@given(_wrapped(("{}",), PLAIN_SEPARATORS))
def test_plain_words_map_back(doc: tuple[str, list[str]]) -> None:
    """Every word of a plain text is found in order and its span quotes the same word in the original."""
    raw, expected = doc
    norm = normalise(raw, InputFormat.PLAIN)
    _assert_words_map_back(norm, expected)


@given(_wrapped(MARKDOWN_WRAPPERS, (" ", "\n", "\n\n", " \u00a0")))
def test_markdown_words_map_back(doc: tuple[str, list[str]]) -> None:
    """Markdown markers disappear from the text; the words keep their original offsets."""
    raw, expected = doc
    norm = normalise(raw, InputFormat.MARKDOWN)
    _assert_words_map_back(norm, expected)
    assert "**" not in norm.text
    assert "](" not in norm.text


@given(_wrapped(HTML_WRAPPERS, (" ", "\n", "", "&nbsp;", "<br>", "\r\n")))
def test_html_words_map_back(doc: tuple[str, list[str]]) -> None:
    """Tags and entities disappear from the text; the words keep their original offsets."""
    raw, expected = doc
    norm = normalise("<html><body>" + raw, InputFormat.HTML)
    _assert_words_map_back(norm, expected)
    assert "<" not in norm.text
    assert "&nbsp;" not in norm.text


@pytest.mark.parametrize("fmt", [InputFormat.PLAIN, InputFormat.MARKDOWN, InputFormat.HTML])
@given(raw=st.text(alphabet=st.sampled_from("ab é\u0301<>&;#!-/[]()*_`=\n\r\t\"'’“–\u200b\u00a0xpdiv"), max_size=300))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_offset_map_is_monotone_and_in_bounds(fmt: InputFormat, raw: str) -> None:
    """Character spans never go backwards and stay inside the original; blocks tile the text in order."""
    norm = normalise(raw, fmt)
    previous = (0, 0)
    for i in range(len(norm.text)):
        start, end = norm.original_span(i, i + 1)
        assert 0 <= start <= end <= len(raw)
        assert previous[0] <= start
        previous = (start, end)
    last_end = 0
    for block in norm.blocks:
        assert last_end <= block.start < block.end <= len(norm.text)
        last_end = block.end
    assert norm.original_offset(len(norm.text)) <= len(raw)


# --------------------------------------------------------------------------------------------------------------
# Character-level normalisation
# --------------------------------------------------------------------------------------------------------------


def _quote(norm: NormalisedText, needle: str) -> str:
    start = norm.text.index(needle)
    a, b = norm.original_span(start, start + len(needle))
    return norm.original[a:b]


def test_typographic_quotes_dashes_and_spaces_map_one_for_one() -> None:
    """Curly quotes, primes, dashes and Unicode spaces become ASCII without moving any offset."""
    raw = "The Chair\u2019s \u201cVision 2040\u201d \u2013 agreed\u00a0by all \u2014 5\u2032 mark\u202fend"
    norm = normalise(raw, "plain")
    assert norm.text == "The Chair's \"Vision 2040\" - agreed by all - 5' mark end"
    assert len(raw) == len(norm.text)
    assert (0, len(raw)) == norm.original_span(0, len(norm.text))
    assert _quote(norm, '"Vision 2040"') == "\u201cVision 2040\u201d"


def test_nfc_composition_maps_to_the_whole_sequence() -> None:
    """A decomposed letter becomes one composed character that maps to both original code points."""
    raw = "Hanoi, Vie\u0302\u0323t Nam hosts the forum"
    norm = normalise(raw, "plain")
    assert norm.text == "Hanoi, Việt Nam hosts the forum"
    assert _quote(norm, "Việt") == "Vie\u0302\u0323t"
    assert _quote(norm, "forum") == "forum"


def test_invisible_and_control_characters_are_removed() -> None:
    """Zero-width characters, bidi marks, soft hyphens and control characters vanish; words still map back."""
    raw = "Min\u00adistry\u200b of\u200e De\x07fence\ufeff said\x00 so"
    norm = normalise(raw, "plain")
    assert norm.text == "Ministry of Defence said so"
    assert _quote(norm, "Ministry") == "Min\u00adistry"
    assert _quote(norm, "Defence") == "De\x07fence"


def test_whitespace_is_collapsed() -> None:
    """CRLF becomes LF, space runs collapse, three or more newlines become one blank line, ends are trimmed."""
    raw = "  \r\nFirst   line  \r\nsecond line\r\n\r\n\r\n\r\n   \r\nThird\u3000paragraph.\n \n"
    norm = normalise(raw, "plain")
    assert norm.text == "First line\nsecond line\n\nThird paragraph."
    assert _quote(norm, "Third paragraph.") == "Third\u3000paragraph."


def test_page_break_lines_of_spaces_are_blank_lines() -> None:
    """A line of only spaces (a page break left by PDF conversion) counts as a blank line."""
    norm = normalise("End of page one.\n        \f     \nStart of page two.", "plain")
    assert norm.text == "End of page one.\n\nStart of page two."
    assert len(norm.blocks) == 2


# --------------------------------------------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------------------------------------------


def test_social_share_lines_are_dropped_from_plain_text() -> None:
    """A line made only of network names and share words (a share bar) is removed; real sentences are kept."""
    raw = (
        "Officials met in Vientiane on Tuesday.\n\n"
        "LineItFacebookFacebookTwitterTwitterTelegramEmailEmailShareShare\n\n"
        "Facebook | Twitter | Print | Email\n\n"
        "Related Articles\n\n"
        "They agreed to share data on Facebook and Twitter use.\n"
    )
    norm = normalise(raw, "plain")
    assert (
        norm.text
    ) == "Officials met in Vientiane on Tuesday.\n\nThey agreed to share data on Facebook and Twitter use."
    assert _quote(norm, "They agreed") == "They agreed"


def test_html_drops_scripts_navigation_and_share_boxes() -> None:
    """Non-content elements and elements classed as share/related/comment/menu/cookie boxes are dropped."""
    raw = """<!DOCTYPE html>
<html><head><title>Ministers meet</title><script>var a = "<p>not text</p>";</script>
<style>p { color: red }</style></head>
<body>
<header class="site"><a href="/">Home</a></header>
<nav><ul><li>About</li><li>News</li></ul></nav>
<div id="breadcrumb">Home &gt; News</div>
<article>
  <header><h1>Ministers meet in Dili</h1></header>
  <p>The ministers met on Monday.</p>
  <div class="share-buttons"><a>Facebook</a><a>Twitter</a></div>
  <aside>Advertisement</aside>
  <p>They adopted a work plan.</p>
  <section class="related-posts"><h3>More news</h3><p>Other story</p></section>
  <div class="comments"><p>First!</p></div>
  <form><button>Subscribe</button></form>
  <noscript>Enable JavaScript</noscript><svg><text>logo</text></svg><iframe>frame</iframe>
</article>
<div class="cookie-notice">We use cookies</div>
<footer>Copyright</footer>
</body></html>"""
    norm = normalise(raw)
    assert norm.format == InputFormat.HTML
    assert (
        norm.text
    ) == "Ministers meet\n\nMinisters meet in Dili\n\nThe ministers met on Monday.\n\nThey adopted a work plan."
    kinds = [b.kind for b in norm.blocks]
    assert kinds == [BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


# --------------------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------------------


def test_html_entities_map_to_the_whole_entity() -> None:
    """Named, decimal and hex references decode, and each maps back to the whole reference."""
    raw = "<p>Trade &amp; Investment &#8211; the Chair&#x2019;s view&nbsp;&copy now</p>"
    norm = normalise(raw, "html")
    assert norm.text == "Trade & Investment - the Chair's view \u00a9 now"
    amp = norm.text.index("&")
    assert raw[slice(*norm.original_span(amp, amp + 1))] == "&amp;"
    assert _quote(norm, "'") == "&#x2019;"
    assert _quote(norm, "Chair's") == "Chair&#x2019;s"
    assert _quote(norm, "\u00a9") == "&copy"


def test_html_invalid_references_are_text() -> None:
    """Unknown names, stray ampersands and out-of-range numbers do not break anything."""
    raw = "<p>R&D &unknownthing; &#99999999999; &#0; &# &x AT&T</p>"
    norm = normalise(raw, "html")
    assert norm.text == "R&D &unknownthing; \ufffd \ufffd &# &x AT&T"


def test_html_block_elements_break_lines_and_inline_elements_do_not() -> None:
    """Paragraphs, headings and list items become blocks; inline markup stays inside words and sentences."""
    raw = (
        "<div><h2>Outcome</h2><p>The <b>Meeting</b> <i>noted</i> pro<span>gress</span>.<br>Next line</p>"
        "<ul><li>First item<li>Second <em>item</em></ul><table><tr><td>A</td><td>B</td></tr></table></div>"
    )
    norm = normalise(raw, "html")
    assert norm.text == "Outcome\n\nThe Meeting noted progress.\nNext line\n\nFirst item\n\nSecond item\n\nA\n\nB"
    expected = [
        (BlockKind.HEADING, "Outcome"),
        (BlockKind.PARAGRAPH, "The Meeting noted progress.\nNext line"),
        (BlockKind.LIST_ITEM, "First item"),
        (BlockKind.LIST_ITEM, "Second item"),
        (BlockKind.PARAGRAPH, "A"),
        (BlockKind.PARAGRAPH, "B"),
    ]
    text = norm.text
    assert [Block(kind, text.index(part), text.index(part) + len(part)) for kind, part in expected] == list(norm.blocks)
    assert _quote(norm, "progress") == "pro<span>gress"


def test_html_survives_malformed_markup() -> None:
    """Unclosed tags, stray brackets, bogus comments and unclosed constructs give text, never an exception."""
    raw = "<p>a < b and c<d <<>> e</p></div></span><!bogus><?php x ?><p>tail <!-- never closed"
    norm = normalise(raw, "html")
    assert norm.text.split("\n")[0][:11] == "a < b and c"
    assert "tail" in norm.text
    for raw in ("<div>" * 5000 + "deep", "<a b='unclosed" + "x" * 100, "<![CDATA[raw & text", "<title>x &amp y"):
        normalise(raw, "html")


def test_html_unclosed_drop_element_ends_with_its_parent() -> None:
    """A share box closed implicitly by its parent's end tag stops dropping at that point."""
    raw = "<div><p>Kept one.</p><div class='social'><a>Share</a></div><p>Kept two.</p></div>"
    assert normalise(raw, "html").text == "Kept one.\n\nKept two."


# --------------------------------------------------------------------------------------------------------------
# Markdown and plain-text blocks
# --------------------------------------------------------------------------------------------------------------


def test_markdown_structure_becomes_blocks() -> None:
    """Headings and list items are blocks of their own kind; markers are gone."""
    raw = (
        "# Joint Press Statement\n\n"
        "**The Fourth Meeting** of the _working group_ was held.\n"
        'It reviewed [the plan](https://example.org/plan "Plan") and `item_7`.\n\n'
        "Outcomes\n--------\n\n"
        "- adopted the terms of reference\n"
        "- agreed to meet in 2027\n\n"
        "> Quoted remark.\n"
    )
    norm = normalise(raw)
    assert norm.format == InputFormat.MARKDOWN
    assert norm.text == (
        "Joint Press Statement\n\nThe Fourth Meeting of the working group was held.\n"
        "It reviewed the plan and item_7.\n\nOutcomes\n\n"
        "adopted the terms of reference\nagreed to meet in 2027\n\nQuoted remark."
    )
    kinds = [(b.kind, norm.text[b.start : b.end][:12]) for b in norm.blocks]
    assert kinds == [
        (BlockKind.HEADING, "Joint Press "),
        (BlockKind.PARAGRAPH, "The Fourth M"),
        (BlockKind.HEADING, "Outcomes"),
        (BlockKind.LIST_ITEM, "adopted the "),
        (BlockKind.LIST_ITEM, "agreed to me"),
        (BlockKind.PARAGRAPH, "Quoted remar"),
    ]


def test_emphasis_markers_only_when_they_are_emphasis() -> None:
    """Snake_case, arithmetic stars and unpaired markers are text."""
    norm = normalise("Use file_name_here and 3 * 4 * 5 and a **lonely marker.", "markdown")
    assert norm.text == "Use file_name_here and 3 * 4 * 5 and a **lonely marker."


def test_bold_spanning_lines_in_plain_press_release() -> None:
    """A plain press release with bold markers over two lines is read as Markdown and the markers removed."""
    raw = "**MINISTRY OF WIDGETS\nAND GADGETS**\n\nPress Release\n\nOn 4 March the Minister met his counterpart."
    norm = normalise(raw)
    assert norm.format == InputFormat.MARKDOWN
    assert (
        norm.text
    ) == "MINISTRY OF WIDGETS\nAND GADGETS\n\nPress Release\n\nOn 4 March the Minister met his counterpart."
    assert _quote(norm, "MINISTRY") == "MINISTRY"


def test_plain_short_lines_are_guessed_headings() -> None:
    """A short single-line paragraph without closing punctuation heads the section after it."""
    raw = "Cooperation on Health\n\nThe ministers agreed to pool vaccine orders.\n\n12 May, Online\n\nEnd."
    kinds = [b.kind for b in normalise(raw, "plain").blocks]
    assert kinds == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


# --------------------------------------------------------------------------------------------------------------
# Detection, limits, API errors
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<!DOCTYPE html><p>x", InputFormat.HTML),
        ("  <html lang='en'>", InputFormat.HTML),
        ("Intro <p>one</p> and <b>two</b>", InputFormat.HTML),
        ("1 < 2 and 3 > 2", InputFormat.PLAIN),
        ("Just a sentence.\n\nAnother one.", InputFormat.PLAIN),
        ("## Heading\n\ntext", InputFormat.MARKDOWN),
        ("A **bold** claim", InputFormat.MARKDOWN),
        ("- one\n- two", InputFormat.MARKDOWN),
        ("see [site](https://example.org)", InputFormat.MARKDOWN),
    ],
)
def test_detect_format(raw: str, expected: InputFormat) -> None:
    """HTML by doctype or balanced tags, Markdown by markers, plain otherwise."""
    assert expected == detect_format(raw)


def test_max_chars_is_checked_before_normalising() -> None:
    """An input over the cap raises InputTooLargeError naming the source and the size."""
    with pytest.raises(InputTooLargeError) as info:
        normalise("x" * 11, max_chars=10, source="doc-7")
    assert "doc-7" in str(info.value)
    assert "11" in str(info.value)
    assert info.value.source == "doc-7"
    assert normalise("x" * 10, max_chars=10).text == "x" * 10


def test_bad_arguments_raise_input_errors() -> None:
    """A non-string input or an unknown format name is an InputError."""
    with pytest.raises(InputError):
        normalise(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="unknown input format"):
        normalise("x", "docx")
    assert normalise("<p>x</p>", "HTML").format == InputFormat.HTML


def test_span_lookups_check_bounds() -> None:
    """Reversed or out-of-range spans raise InvalidSpanError; empty spans map to empty spans."""
    norm = normalise("**Hello** there", "markdown")
    with pytest.raises(InvalidSpanError):
        norm.original_span(3, 2)
    with pytest.raises(InvalidSpanError):
        norm.original_span(0, 99)
    with pytest.raises(InvalidSpanError):
        norm.original_offset(-1)
    assert norm.original_span(0, 0) == (2, 2)
    assert norm.original_offset(len(norm.text)) == 15


def test_empty_input() -> None:
    """Empty and whitespace-only inputs give an empty text with no blocks."""
    for raw in ("", "   \n\n ", "<html></html>"):
        norm = normalise(raw)
        assert norm.text == ""
        assert norm.blocks == ()
        assert norm.original_span(0, 0) == (0, 0)


@pytest.mark.parametrize("fmt", ["auto", "plain", "markdown", "html"])
@given(raw=st.text(max_size=500))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arbitrary_text_never_raises(fmt: str, raw: str) -> None:
    """Any string normalises without an exception in every format."""
    norm = normalise(raw, fmt)
    assert norm.format is not InputFormat.AUTO
    if norm.text:
        assert norm.original_span(0, len(norm.text))[1] <= len(raw)


# --------------------------------------------------------------------------------------------------------------
# decode
# --------------------------------------------------------------------------------------------------------------


def test_decode_boms_and_declared_encodings() -> None:
    """Byte order marks choose the encoding and are removed; a declared encoding is used without one."""
    text = "Phnom Penh \u2013 Chairman\u2019s statement"
    assert text == decode(text.encode("utf-8"))
    assert text == decode(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert text == decode(b"\xff\xfe" + text.encode("utf-16-le"))
    assert text == decode(b"\xfe\xff" + text.encode("utf-16-be"))
    assert text == decode(b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
    assert decode(b"caf\xe9", encoding="latin-1") == "caf\xe9"
    assert text == decode(bytearray(text.encode("utf-8")))


def test_decode_invalid_utf8_names_source_and_offset() -> None:
    """Invalid UTF-8 raises DecodeError with the byte offset of the first bad byte."""
    with pytest.raises(DecodeError) as info:
        decode(b"abc\xffdef", source="feed.html")
    assert info.value.position == 3
    assert "feed.html" in str(info.value)
    with pytest.raises(DecodeError) as info:
        decode(b"\xef\xbb\xbfab\xc3", source="x")
    assert info.value.position == 5


def test_decode_rejects_unknown_encoding_and_non_bytes() -> None:
    """An unknown encoding name or a str argument is an InputError."""
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"x", encoding="no-such-codec")
    with pytest.raises(InputError):
        decode("text")  # type: ignore[arg-type]


@given(data=st.binary(max_size=300), encoding=st.sampled_from([None, "utf-8", "latin-1", "utf-16", "cp1252", "rot13"]))
def test_decode_arbitrary_bytes_raises_only_library_errors(data: bytes, encoding: str | None) -> None:
    """Any bytes decode to a str or raise a DecodeError, for any encoding."""
    with contextlib.suppress(DecodeError):
        assert isinstance(decode(data, encoding=encoding), str)


@given(data=st.binary(max_size=300))
def test_decoded_bytes_normalise(data: bytes) -> None:
    """Whatever decodes also normalises; nothing but AseanRecordsError escapes the pair."""
    with contextlib.suppress(AseanRecordsError):
        normalise(decode(data, encoding="latin-1"))


# --------------------------------------------------------------------------------------------------------------
# Linear time (the strict 12x bound lives in benchmarks/bench_text.py)
# --------------------------------------------------------------------------------------------------------------

ADVERSARIAL: list[tuple[str, str]] = [
    ("<", "html"),
    ("<a", "html"),
    ("</a", "html"),
    ("<a b='", "html"),
    ("&", "html"),
    ("x<!--", "html"),
    ("<![CDATA[", "html"),
    ("<div>", "html"),
    ("**a ", "markdown"),
    ("[a](", "markdown"),
    ("a\u0301 ", "plain"),
    (" \n", "plain"),
]


@pytest.mark.parametrize(("unit", "fmt"), ADVERSARIAL)
def test_adversarial_input_costs_linear_time(unit: str, fmt: str) -> None:
    """500 KB of a repeated adversarial unit costs at most 25 times 50 KB of it (1 MB / 100 KB, 12x: benchmark)."""
    small = unit * (50_000 // len(unit))
    large = unit * (500_000 // len(unit))
    assert cost_ratio(lambda text: normalise(text, fmt), small, large) <= 25


def _wrap(paragraph: str, width: int) -> str:
    lines: list[str] = []
    for word in paragraph.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


_PARAGRAPH = (
    "The widget ministers of the ten member states met in Cebu for their annual meeting, which was chaired by the "
    "Secretary of Widgets, Maria Santos Dela Cruz, and attended by observers from the partner countries and the "
    "secretariat, who heard reports on the widget plan and the gadget programme."
)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapped_paragraphs_are_read_as_one_line(width: int) -> None:
    """A paragraph wrapped at a fixed width reads as one line; the joined breaks still map to the newlines."""
    raw = _wrap(_PARAGRAPH, width) + "\n\n" + _wrap(_PARAGRAPH, width) + "\n"
    norm = normalise(raw, "plain")
    assert norm.text == _PARAGRAPH + "\n\n" + _PARAGRAPH
    start = norm.text.index("Maria Santos Dela Cruz")
    a, b = norm.original_span(start, start + len("Maria Santos Dela Cruz"))
    assert raw[a:b].split() == ["Maria", "Santos", "Dela", "Cruz"]


def test_short_lines_of_a_wrapped_text_keep_their_breaks() -> None:
    """In a hard-wrapped text a signature block and a list keep their lines: their next words would have fitted."""
    block = "DR. MARIA SANTOS\nSecretary of Widgets\nChair of the Widget Meeting"
    items = "- first item of the list\n- second item"
    raw = _wrap(_PARAGRAPH, 72) + "\n\n" + items + "\n\n" + block + "\n"
    norm = normalise(raw, "plain")
    assert norm.text.endswith("\n\n" + items + "\n\n" + block)


def test_text_with_long_lines_is_not_unwrapped() -> None:
    """Lines wider than a wrapping width are paragraphs of their own: short lines below them keep their breaks."""
    raw = _PARAGRAPH + "\nSecretary of Widgets of the Republic of the Philippines and chair\nof the meeting\n"
    assert "\n" in normalise(raw, "plain").text.split(_PARAGRAPH)[1].strip("\n ")
