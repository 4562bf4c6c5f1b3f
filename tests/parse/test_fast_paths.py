"""The parser's fast paths give what the plain code they replace gives."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from asean_records.errors import InvalidSpanError
from asean_records.model import Basis, FieldProvenance, InferenceReason, Provenance, Source, Span
from asean_records.model.provenance import field_provenance, span_unchecked
from asean_records.parse.document import Document, NameHit
from asean_records.parse.options import ParseOptions
from asean_records.parse.stages import names, people, sentences, source
from asean_records.parse.text import InputFormat, normalise

WORDS = st.sampled_from(
    ["H.E.", "ASEAN", "Viet", "Nam", "Viet Nam's", "of", "the", "and", "de", "des", "d'", "ABCDEFGHIJ", "Ha",
     "Noi", "Plan", "Action", "Lao", "PDR", "a", "12", "-", " - ", "/", " ", "  ", "\t", ".", ",", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(WORDS, max_size=40), glue=st.sampled_from(["", " ", "-"]))
def test_possessive_run_is_the_greedy_run(pieces: list[str], glue: str) -> None:
    """The run pattern finds the runs the greedy pattern found, at the same offsets."""
    text = glue.join(pieces)
    greedy = re.compile(names._RUN_GREEDY)
    assert [m.span() for m in names._RUN.finditer(text)] == [m.span() for m in greedy.finditer(text)]


def test_name_hits_read_like_records() -> None:
    """A name hit has named fields, a default for ``ambiguous``, and compares by value."""
    hit = NameHit(start=3, end=9, kind="city", key="")
    assert (hit.start, hit.end, hit.kind, hit.key, hit.ambiguous) == (3, 9, "city", "", False)
    assert hit == NameHit(3, 9, "city", "", False)
    assert names.find_names("The ASEAN Summit in Viet Nam") == tuple(names.find_names("The ASEAN Summit in Viet Nam"))


def test_field_provenance_is_the_attrs_one() -> None:
    """The directly built field provenance is the one attrs' constructors build: type, value, hash, repr."""
    spans = (span_unchecked(2, 7), span_unchecked(9, 12))
    basis = Basis.inferred(InferenceReason.COREFERENCE, "why")
    made = field_provenance("chairs.0", spans, basis)
    expected = FieldProvenance("chairs.0", Provenance(spans, basis))
    assert (type(made), type(made.provenance)) == (FieldProvenance, Provenance)
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)


def test_span_unchecked_is_a_span() -> None:
    """The unchecked constructor builds the same span the checked one does."""
    made = span_unchecked(2, 7)
    assert type(made) is Span
    assert made == Span(2, 7)
    assert hash(made) == hash(Span(2, 7))
    assert made < Span(3, 4)
    assert repr(made) == "Span(start=2, end=7)"


RANGES = st.lists(st.tuples(st.integers(-2, 40), st.integers(-2, 40)), max_size=12)


@pytest.mark.parametrize(
    ("raw", "fmt"),
    [
        ("The 5th ASEAN Summit was held in Ha Noi on 3 May 2020 and more.", InputFormat.PLAIN),
        ("  \n  The 5th ASEAN Summit was held in Ha Noi on 3 May 2020.", InputFormat.PLAIN),
        ("The **5th** ASEAN Summit &amp; the 6th were held\u200b in Ha Noi.", InputFormat.MARKDOWN),
        ("<p>The 5th ASEAN&nbsp;Summit</p><p>was held in Ha Noi on 3 May 2020.</p>", InputFormat.HTML),
    ],
)
@settings(max_examples=200, deadline=None)
@given(ranges=RANGES)
def test_original_spans_is_original_span_of_each(raw: str, fmt: InputFormat, ranges: list[tuple[int, int]]) -> None:
    """Mapping ranges in bulk gives each range's own mapping, and fails where one of them would."""
    norm = normalise(raw, fmt)
    try:
        expected = [norm.original_span(start, end) for start, end in ranges]
    except InvalidSpanError:
        with pytest.raises(InvalidSpanError):
            norm.original_spans(ranges)
        return
    assert norm.original_spans(ranges) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aB.(\"' \n\t\u00a0\u2028\u3000\x1cé"), max_size=24))
def test_last_word_is_the_pattern_it_replaced(window: str) -> None:
    r"""The last word before a full stop is what the search ``(\S+)$`` found in the window."""
    found = sentences._LAST_WORD.search(window)
    assert sentences._last_word(window) == (found.group(1) if found else "")


CASE_PIECES = st.sampled_from(
    ["video", "VIDEO", "vId", "V\u0130DEO", "v\u0131deo", "zoom", "ZoOm", "tele", "TEL", "hek", "HE\u212a", "ss",
     "\u017fs", "\u017f", "\u0131", "\u0130", "\u212a", "\u00e9", "\u03a3", "\u1e9e", "-", " ", "o"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    pieces=st.lists(CASE_PIECES, max_size=8),
    words=st.lists(st.sampled_from(["video", "zoom", "tele", "hek", "ss", "ide", "o-t"]), min_size=1, max_size=3),
)
def test_lacks_all_means_no_case_insensitive_match(pieces: list[str], words: list[str]) -> None:
    """A text that lacks all the words has no case-insensitive match of any of them, in ASCII or not."""
    text = "".join(pieces)
    doc = Document(norm=normalise(text, InputFormat.PLAIN), source=Source(id="t"), options=ParseOptions())
    pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    if doc.lacks_all(tuple(words)):
        assert pattern.search(doc.text) is None
    elif doc.text.isascii():
        assert pattern.search(doc.text) is not None  # an ASCII text is tested exactly


def test_lacks_all_examples() -> None:
    """Any case counts; a text with a letter that matches an ASCII one only case-insensitively is never skipped."""

    def lacks(text: str) -> bool:
        return Document(norm=normalise(text), source=Source(id="t"), options=ParseOptions()).lacks_all(("video",))

    assert [lacks(t) for t in ("held in Ha Noi", "Nguyễn Văn An", "")] == [True, True, True]
    assert [lacks(t) for t in ("by VIDEO link", "Nguyễn by Video", "Nguyễn \u0131", "\u017f")] == [False] * 4


SENTENCE_PIECES = st.sampled_from(["Mr", ".", "!", "?", '"', "'", ")", "]", " ", "\n", "\t", "\u2028", "a", "A"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(SENTENCE_PIECES, max_size=30))
def test_boundary_pattern_is_the_one_it_replaced(pieces: list[str]) -> None:
    """The sentence boundary pattern, opened by one character class, finds what the alternation found."""
    text = "".join(pieces)
    old = re.compile(r"[.!?][\"')\]]*\s+|\n")
    assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == [m.span() for m in old.finditer(text)]


RUN_PIECES = st.sampled_from(
    ["H.E.", "Nguyen", "Van", "An", "de", "bin", "van", "(Ret.)", "(Dr.)", '"Bobot"', "o'", "x", "9", "_", "-",
     ".", "'", "É", "é", "Ṭ", " ", "  ", "\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(RUN_PIECES, max_size=30), glue=st.sampled_from(["", " "]))
@example(pieces=["x", "An", " ", "Van"], glue="")
@example(pieces=["H.E.", "-", "An", " ", "Van", "\n", "'", "An", " ", "Van", " ", "de", " ", "Tan"], glue="")
def test_people_run_is_the_pattern_it_replaced(pieces: list[str], glue: str) -> None:
    """The people stage's run pattern, opened by the first letter, finds what the look-behind-first one found."""
    text = glue.join(pieces)
    p = people
    bracket = rf"(?:(?:{p._RETIRED_TOKEN}|{p._BRACKETED_TOKEN})[ ])?"
    tail = rf"(?:[ ]{bracket}(?:{p._NICK_TOKEN}[ ])?(?:(?:{p._CONN})[ ])?{p._TOK})"
    old = re.compile(rf"(?<![\w'.-]){p._TOK}{tail}{{1,15}}")
    assert [m.span() for m in people._RUN.finditer(text)] == [m.span() for m in old.finditer(text)]


FURNITURE_PIECES = st.sampled_from(
    ["Recent Posts", "LATEST NEWS", "more stories", "Most Read", "Trending now", "You may also like", "Read more",
     "Related Articles", "Also read", "Tags:", "TAG:", "Share this article:", "Leave a Reply", "Comments", "news",
     "Summit", "\u0130", "\u017f", " ", "\t", "\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(FURNITURE_PIECES, max_size=12))
def test_furniture_words_cover_the_pattern(pieces: list[str]) -> None:
    """A text without any of the page-furniture words has no furniture line."""
    text = "".join(pieces)
    doc = Document(norm=normalise(text, InputFormat.PLAIN), source=Source(id="t"), options=ParseOptions())
    if doc.lacks_all(source._FURNITURE_WORDS):
        assert source._FURNITURE.search(doc.text) is None


@pytest.mark.parametrize(
    "raw", ["The 5th ASEAN Summit was held in Ha Noi on 3 May 2020.", "The **5th** ASEAN&nbsp;Summit &amp; the 6th."]
)
@settings(max_examples=200, deadline=None)
@given(ranges=RANGES, cached=RANGES)
def test_provenance_is_the_sorted_mapped_spans(
    raw: str, ranges: list[tuple[int, int]], cached: list[tuple[int, int]]
) -> None:
    """A field's spans are the mapped ranges sorted, one of each, whether they were mapped before or not."""
    doc = Document(norm=normalise(raw), source=Source(id="t"), options=ParseOptions())
    for start, end in cached:
        with contextlib.suppress(InvalidSpanError):
            doc.span(start, end)
    try:
        expected = sorted(set(doc.norm.original_spans(ranges)))
    except InvalidSpanError:
        with pytest.raises(InvalidSpanError):
            doc.provenance("f", tuple(ranges))
        return
    spans = doc.provenance("f", tuple(ranges)).provenance.spans
    assert [(s.start, s.end) for s in spans] == expected
    assert all(type(s) is Span for s in spans)
    many = doc.provenance("f", tuple(ranges) * 70).provenance.spans  # past the cached path's limit, when not empty
    assert [(s.start, s.end) for s in many] == expected
