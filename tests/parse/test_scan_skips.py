"""Scans that open with a character, or run only where a word test shows they can match, find what they found."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.parse.stages import meetings, statements

VERB_PIECES = st.sampled_from(
    ["said", "says", "stressed", "called", "for", "out", "pointed", "noted", "He", "she", "x", " ", "  ", "\n", "\t",
     ",", '"', "-", "unsaid", "said-so"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(VERB_PIECES, max_size=40), glue=st.sampled_from(["", " ", "\n"]))
def test_statement_verbs_as_with_look_behind(pieces: list[str], glue: str) -> None:
    """The reporting verbs found after a space are those the pattern opening with a look-behind found."""
    text = glue.join(pieces)
    old = re.compile(rf"(?<=\s)(?P<v>{statements._VERBS})(?P<tail>\s+(?:for|out))?\b")
    expected = [(m.start("v"), m.end(), m.group("v"), m.group("tail")) for m in old.finditer(text)]
    got = [(m.start("v"), m.end(), m.group("v"), m.group("tail")) for m in statements._VERB.finditer(text)]
    assert got == expected


DAY_PIECES = st.sampled_from(
    ["Today", "today", "TODAY", "This", "this", "morning", "evening", "afternoon", "tonight", "Tonight", "Yesterday",
     "tomorrow", "Monday", "Friday's", "statement", "holiday", "days", "at", "for", "in", "during", "a", "an",
     "informal", "summit", "meeting", "Meeting", "sat", "x", "'s", " ", "  ", "\n", ",", "-"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(DAY_PIECES, max_size=30), glue=st.sampled_from(["", " "]), cut=st.integers(0, 300))
def test_relative_days_skip_only_ranges_without_them(pieces: list[str], glue: str, cut: int) -> None:
    """The word test before the scan for "today", "this morning" and weekdays loses none of them."""
    text = glue.join(pieces)
    start, end = min(cut % 7, len(text)), max(min(cut % 7, len(text)), len(text) - cut % 5)
    expected = [(m.span(), m.lastgroup) for m in meetings._REL_DAY.finditer(text, start, end)]
    assert [(m.span(), m.lastgroup) for m in meetings._rel_days(text, start, end)] == expected
