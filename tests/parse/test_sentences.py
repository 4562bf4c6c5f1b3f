"""Tests for the sentence splitter: abbreviations, blocks, and the cap on sentence length (invented examples)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from asean_records.model import Source
from asean_records.parse.document import Document
from asean_records.parse.options import ParseOptions
from asean_records.parse.stages.sentences import MAX_SENTENCE_CHARS, split_sentences
from asean_records.parse.text import normalise


def _sentences(text: str) -> list[str]:
    doc = Document(norm=normalise(text, "plain"), source=Source(id="t"), options=ParseOptions())
    return [doc.text[s.start : s.end] for s in split_sentences(doc)]


def test_abbreviations_and_initialisms_do_not_end_a_sentence() -> None:
    """Abbreviations such as "H.E." and "U.S." keep the sentence going; a full stop before a capital ends it."""
    got = _sentences("H.E. Dr. Ana Cruz met the U.S. envoy. The talks ended.")
    assert got == ["H.E. Dr. Ana Cruz met the U.S. envoy.", "The talks ended."]


def test_a_long_real_sentence_is_kept_whole() -> None:
    """A communiqué sentence listing many delegations stays one sentence below the cap."""
    heads = ", ".join(f"the Minister of Trade of Country {i}" for i in range(30))
    text = f"The Meeting was attended by {heads}."
    assert len(text) < MAX_SENTENCE_CHARS
    assert _sentences(text) == [text]


def test_run_on_text_is_cut_at_clause_boundaries() -> None:
    """Text without sentence ends is cut below the cap, preferring a semicolon."""
    clause = "the officials reviewed progress on the connectivity projects across the region; "
    text = clause * 100
    got = _sentences(text)
    assert len(got) > 1
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in got)
    assert all(s.endswith(";") for s in got[:-1])


@given(st.text(alphabet=st.sampled_from("ab ;,.\nX"), max_size=9000))
def test_sentences_are_ordered_disjoint_trimmed_and_capped(text: str) -> None:
    """Whatever the text: sentences are in order, do not overlap, are trimmed, and none is over the cap."""
    doc = Document(norm=normalise(text, "plain"), source=Source(id="t"), options=ParseOptions())
    last = 0
    for s in split_sentences(doc):
        assert last <= s.start < s.end <= len(doc.text)
        assert s.end - s.start <= MAX_SENTENCE_CHARS
        body = doc.text[s.start : s.end]
        assert body == body.strip()
        last = s.end
