"""The start patterns that let a stage try its pattern only where a match can begin find what ``finditer`` finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.parse.document import matches_at
from asean_records.parse.stages import dates, documents, figures, people, plans
from asean_records.parse.text import _SPACES

PAIRS = [
    pytest.param(dates._PATTERN, dates._PATTERN_START, id="dates"),
    pytest.param(figures._FIGURE, figures._FIGURE_START, id="figures"),
    pytest.param(plans._PLAN, plans._PLAN_START, id="plans"),
    pytest.param(documents._KEYWORD, documents._KEYWORD_START, id="document-keywords"),
    pytest.param(documents._LOWER, documents._LOWER_START, id="lower-documents"),
]

PIECES = st.sampled_from(
    [
        "The", "the", "12", "3,000", "2024", "2021-2025", "8-10", "May", "MAY", "Sept.", "SEPTEMBER", "August", "30th",
        "to", "-", "Twenty-one", "twelve", "TWELVE", "ſix", "Fifty", "eighteen", "Nine", "ten", "delegates",
        "member", "states", "participating", "countries", "ASEAN", "Plan", "plan", "of", "Action", "action", "POA",
        "(POA)", "PoA", "Work", "Strategic", "Joint", "Statement", "Declaration", "MoU", "Report", "report",
        "annual", "draft", "agreement", "on", "for", "Non-paper", "Outlook", "$", "US$", "#", "/", ".", ",", "(",
        ")", "٣", "x", "a", " ", "  ", "\n", "\n\n",
        # near misses of the start patterns' look-aheads: words that open like a month or a spelled-out number,
        # the words and dashes a day range may go on with, ISO dates and numbers followed by other words
        "Deputy", "Senior", "Maria", "Mayor", "Mar.", "JAN", "Jun", "Octo", "and", "AND", "until", "till", "TILL",
        "through", "–", "—", "1st", "22nd", "2020-09-10", "2020-13", "billion", "1,000,000", "Forty", "four",
        "Foreign", "Forum", "thirty", "three", "This", "ſeven", "Eleven", "eighty", "ninety-nine", "tenth",
    ]
)  # fmt: skip


@pytest.mark.parametrize(("pattern", "start"), PAIRS)
@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(PIECES, max_size=30), glue=st.sampled_from(["", " ", "\n"]))
def test_matches_at_is_finditer(pattern: re.Pattern[str], start: re.Pattern[str], pieces: list[str], glue: str) -> None:
    """On texts of the words the patterns look for, every match is found, at the same offsets."""
    text = glue.join(pieces)
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, start.finditer(text))] == expected


@pytest.mark.parametrize(
    "text",
    ["Twenty delegates", "ſix delegates", "the 18 participating countries", "30 August to 2 September 2024",
     "8 until 10 May", "1st-3rd JUNE 2020", "12 of March", "on 2020-09-10", "FORTY delegates", "1,200 delegates",
     "adopted the ASEAN Plan of Action and the POA", "a draft joint statement on trade"],
)  # fmt: skip
@pytest.mark.parametrize(("pattern", "start"), PAIRS)
def test_matches_at_examples(pattern: re.Pattern[str], start: re.Pattern[str], text: str) -> None:
    """Spelled numbers in any case, ranges, plan names and lower-case documents come out as ``finditer`` gives them."""
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, start.finditer(text))] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \na", max_size=12))
def test_spaces_pattern_is_the_old_one(text: str) -> None:
    """The whitespace pattern finds what it found when spaces at the start were matched by ``^ +``."""
    old = re.compile(r"\n[ \n]*| (?=[ \n]*\n)[ \n]*|  +|^ +| [ ]*$")
    assert [m.span() for m in _SPACES.finditer(text)] == [m.span() for m in old.finditer(text)]


WORDS_BEFORE_WORDS = st.sampled_from(
    ["Minister", "of", "Foreign", "Affairs", "governor", "a", "x;", ":", "(in", "Hanoi)", '"', "here,", "'s", "-"]
)
WORDS_BEFORE_GLUE = st.sampled_from([" ", " ", "  ", "\n", "\t", "\xa0", "", ";", "("])


@settings(max_examples=500, deadline=None)
@given(
    pieces=st.lists(st.tuples(WORDS_BEFORE_WORDS, WORDS_BEFORE_GLUE), max_size=40),
    cut=st.integers(0, 400),
    back=st.integers(0, 6),
)
def test_words_before_is_the_search(pieces: list[tuple[str, str]], cut: int, back: int) -> None:
    """The words before a name are those the old backtracking search found, also past 20 words and after stops."""
    text = "".join(w + g for w, g in pieces) + "Name"
    end = max(0, len(text) - 4 - back)
    start = min(cut, end)
    m = people._PRE_WORDS.search(text, start, end)
    words = people._WORDS.finditer(text, m.start(), end) if m is not None else None
    expected = None if words is None else [(w.start(), w.end(), w.group(0)) for w in words]
    assert people._words_before(text, start, end) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the Kampot provincial governor Name", ["Kampot", "provincial", "governor"]),
        ("said (in Hanoi) governor Name", ["governor"]),
        ("ends here, Name", ["ends", "here,"]),
        (" ".join(["w"] * 25) + " Name", ["w"] * 20),
        ("no space before:Name", None),
    ],
)
def test_words_before_examples(text: str, words: list[str] | None) -> None:
    """Stop characters cut the words, at most 20 are kept, and a range not ending in a space has none."""
    end = text.rindex("Name")
    start = 4 if text.startswith("the ") else 0
    found = people._words_before(text, start, end)
    assert (None if found is None else [w for _, _, w in found]) == words
