"""Hostile input: ``parse`` returns an Extraction or raises an ``AseanRecordsError`` that names what and where."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asean_records.errors import AseanRecordsError, DecodeError, InputError, InputTooLargeError
from asean_records.model import Extraction
from asean_records.parse.options import ParseOptions
from asean_records.parse.pipeline import parse


def _check_extraction(extraction: Extraction, text: str) -> None:
    """Every span of every record lies inside the text the caller passed."""
    assert extraction.text == text
    for record in extraction.records():
        for field_provenance in record.provenance:
            for span in field_provenance.provenance.spans:
                assert 0 <= span.start <= span.end <= len(text)


def parse_or_typed_error(data: str | bytes, **kwargs: object) -> Extraction | AseanRecordsError:
    """Parse ``data``; a typed error is returned, anything else propagates and fails the test."""
    try:
        extraction = parse(data, **kwargs)  # type: ignore[arg-type]
    except AseanRecordsError as exc:
        error = exc
    else:
        text = data if isinstance(data, str) else data.decode("utf-8")
        _check_extraction(extraction, text)
        return extraction
    assert str(error), "a typed error must say what went wrong"
    return error


# ---------------------------------------------------------------------------------------------------------------
# Named hostile inputs
# ---------------------------------------------------------------------------------------------------------------


def _junk(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


HOSTILE_TEXT: dict[str, str] = {
    "empty": "",
    "whitespace": " \n\t\r\n\u00a0\u2009\u200b" * 50,
    "nul-bytes": "The 36th ASEAN\x00 Summit\x00\x00 was held in Ha Noi.\x00" * 20,
    "control-chars": "".join(chr(c) for c in range(32)) * 30,
    "lone-surrogates": "H.E. \ud800Nguyen\udfff attended the 36th ASEAN Summit.",
    "deep-html": "<div>" * 20_000 + "The 36th ASEAN Summit was held in Ha Noi." + "</div>" * 20_000,
    "unclosed-tags": "<html><body>" + "<p><b><i><span class='x'>ASEAN " * 5_000,
    "unclosed-attributes": "<a href='" * 3_000 + "ASEAN",
    "broken-comments": "<!-- " * 3_000 + "<script>" * 1_000 + "ASEAN Summit",
    "entities": "&amp;&#0;&#x110000;&#99999999999;&bogus;&#xD800;" * 500 + "<p>ASEAN</p>",
    "markdown-nesting": "> " * 5_000 + "- " * 5_000 + "**" * 5_000 + "[" * 5_000 + "ASEAN Summit",
    "mixed-scripts": (
        "ประชุมสุดยอดอาเซียน ครั้งที่ 36 កិច្ចប្រជុំកំពូលអាស៊ាន အာဆီယံထိပ်သီးအစည်းအဝေး "
        "Hội nghị Cấp cao ASEAN lần thứ 36 ການປະຊຸມສຸດຍອດອາຊຽນ H.E. Nguyễn Xuân Phúc chaired. "
    )
    * 200,
    "emoji": "🇻🇳🇹🇭 The 36th ASEAN Summit 👍🏽👨‍👩‍👧‍👦 was held in Ha Noi 🎉. " * 200,
    "right-to-left": "\u202eH.E. \u200fNguyen\u200e Van An\u202c chaired the \u2067ASEAN\u2069 Summit. " * 200,
    "combining-storm": "A" + "\u0301" * 20_000 + " ASEAN Summit.",
    "nfd-vietnamese": unicodedata.normalize("NFD", "H.E. Nguyễn Xuân Phúc chaired the 36th ASEAN Summit. " * 100),
    "compatibility-forms": "ＡＳＥＡＮ Ｓｕｍｍｉｔ ﬁ ㈱ ① H.E. ＮＧＵＹＥＮ " * 200,
    "one-long-token": "A" * 200_000,
    "many-lines": "ASEAN\n" * 50_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXT))
def test_hostile_text_gives_extraction_or_typed_error(name: str) -> None:
    """Each named hostile text parses (spans inside the text) or raises an AseanRecordsError."""
    parse_or_typed_error(HOSTILE_TEXT[name], source=name)


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
@pytest.mark.parametrize("name", ["deep-html", "unclosed-tags", "markdown-nesting", "entities"])
def test_hostile_markup_in_every_format(name: str, fmt: str) -> None:
    """Markup-shaped junk is handled whichever format the caller forces."""
    parse_or_typed_error(HOSTILE_TEXT[name], source=name, format=fmt)


@pytest.mark.parametrize("seed", range(8))
def test_binary_junk_bytes(seed: int) -> None:
    """Random bytes either decode and parse or raise DecodeError naming the source and a byte offset."""
    result = parse_or_typed_error(_junk(20_000, seed), source=f"junk-{seed}")
    if isinstance(result, AseanRecordsError):
        assert isinstance(result, DecodeError)
        assert f"junk-{seed}" == result.source
        assert result.position is not None


def test_invalid_utf8_names_the_offset() -> None:
    """Invalid UTF-8 raises DecodeError whose position is the first bad byte."""
    data = "Nguyễn Xuân Phúc attended the 36th ASEAN Summit. ".encode() + b"\xff\xfe" + b" more text"
    bad = data.index(b"\xff")
    with pytest.raises(DecodeError) as info:
        parse(data, source="bad.txt")
    assert info.value.source == "bad.txt"
    assert bad == info.value.position
    assert "bad.txt" in str(info.value)


def test_truncated_multibyte_sequence() -> None:
    """Bytes cut in the middle of a multi-byte character are a DecodeError, not a crash."""
    data = "ASEAN ประชุม".encode()[:-1]
    with pytest.raises(DecodeError):
        parse(data, source="cut")


def test_non_text_input_is_an_input_error() -> None:
    """Passing something that is neither str nor bytes raises InputError, not TypeError."""
    with pytest.raises(InputError):
        parse(12345, source="int")  # type: ignore[arg-type]


def test_cap_triggers_before_normalisation_for_str() -> None:
    """A single line over ``max_chars`` raises InputTooLargeError without being normalised first.

    Stands in for a 50 MB line: the cap is lowered so the test stays small, and the input is
    built so that normalising it would be slow (HTML-looking, many tags), which the cap avoids.
    """
    options = ParseOptions(max_chars=1_000_000)
    text = "<p>" + "<b>ASEAN</b> " * 200_000
    assert len(text) > options.max_chars
    with pytest.raises(InputTooLargeError) as info:
        parse(text, source="big.html", options=options)
    assert info.value.source == "big.html"


def test_cap_triggers_for_bytes() -> None:
    """Bytes over four times ``max_chars`` are refused before decoding, naming the source."""
    options = ParseOptions(max_chars=100_000)
    with pytest.raises(InputTooLargeError) as info:
        parse(b"A" * 400_001, source="big.bin", options=options)
    assert info.value.source == "big.bin"


def test_cap_is_checked_on_characters_after_decoding() -> None:
    """Bytes under four times the cap but decoding to more than ``max_chars`` characters are still refused."""
    options = ParseOptions(max_chars=100_000)
    with pytest.raises(InputTooLargeError):
        parse(b"A" * 150_000, source="big.txt", options=options)


def test_input_exactly_at_cap_is_accepted() -> None:
    """The cap is inclusive: exactly ``max_chars`` characters parse."""
    options = ParseOptions(max_chars=10_000)
    text = ("The 36th ASEAN Summit was held in Ha Noi. " * 300)[:10_000]
    assert isinstance(parse(text, options=options), Extraction)


def test_five_megabyte_single_line_parses() -> None:
    """A real 5 MB single line under the default cap parses to an Extraction."""
    unit = "The 36th ASEAN Summit was held in Ha Noi, Viet Nam on 12 March 2020 and H.E. Nguyen Van An attended. "
    text = (unit * (5_000_000 // len(unit) + 1))[:5_000_000]
    assert "\n" not in text
    extraction = parse(text, source="one-line")
    assert isinstance(extraction, Extraction)
    assert text == extraction.text


# ---------------------------------------------------------------------------------------------------------------
# Generated input
# ---------------------------------------------------------------------------------------------------------------

ALPHABET = st.characters(codec="utf-8") | st.sampled_from(
    list("ASEAN H.E. Summit Meeting 1st 2nd of the ()<>\"'&;#-–—\n\t\r\x00\u200f\u202e\u0301ễạ")
)
TOKENS = st.sampled_from(
    [
        "ASEAN", "Summit", "Meeting", "H.E.", "Dr.", "Minister", "of the", "36th", "12 March 2020", "Ha Noi",
        "Viet Nam", "(", ")", "\"", "'", ".", ",", "\n", "\n\n", " ", "Plan of Action", "chaired by", "held in",
        "<p>", "</p>", "<a href='x'>", "<script>", "<!--", "-->", "&amp;", "# ", "- ", "**", "[", "](", "> ",
        "ประชุม", "ប្រជុំ", "အစည်းအဝေး", "Nguyễn", "🇻🇳", "\u200f",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=400))
def test_arbitrary_text(text: str) -> None:
    """Arbitrary Unicode text gives an Extraction or a typed error."""
    parse_or_typed_error(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=120).map(" ".join))
def test_token_soup(text: str) -> None:
    """Soups of the words and markup the stages look for give an Extraction or a typed error."""
    parse_or_typed_error(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    """Arbitrary bytes parse or raise DecodeError (never UnicodeDecodeError)."""
    result = parse_or_typed_error(data, source="bytes")
    if isinstance(result, AseanRecordsError):
        assert isinstance(result, DecodeError | InputError)


_TAGS = st.sampled_from(["div", "p", "span", "b", "i", "a", "h1", "h2", "li", "ul", "table", "td", "script", "nav"])
_LEAF = st.lists(TOKENS, min_size=1, max_size=8).map(" ".join)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, kids, closed: f"<{tag}>" + "".join(kids) + (f"</{tag}>" if closed else ""),
        _TAGS,
        st.lists(children, max_size=4),
        st.booleans(),
    )


HTML_TREES = st.recursive(_LEAF, _element, max_leaves=40)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML_TREES)
def test_generated_html_trees(html: str) -> None:
    """Generated HTML trees (closed and unclosed elements) parse as HTML or raise a typed error."""
    parse_or_typed_error("<html><body>" + html, format="html")


_MD_PREFIX = st.sampled_from(["", "# ", "## ", "- ", "* ", "1. ", "> ", "> > ", "    "])
_MD_INLINE = st.builds(
    lambda text, wrap: wrap.format(text),
    _LEAF,
    st.sampled_from(["{}", "**{}**", "*{}*", "_{}_", "`{}`", "[{}](http://x)", "[{}]", "**{}", "![{}](y)"]),
)
MARKDOWN = st.lists(st.builds(lambda p, parts: p + " ".join(parts), _MD_PREFIX, st.lists(_MD_INLINE, max_size=5)),
                    max_size=25).map("\n".join)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_generated_markdown(markdown: str) -> None:
    """Generated Markdown documents parse as Markdown or raise a typed error."""
    parse_or_typed_error(markdown, format="markdown")
