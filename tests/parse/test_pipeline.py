"""The pipeline as a whole: spans quote the input, any text parses or fails typed, batches lose nothing."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asean_records import (
    AseanRecordsError,
    Extraction,
    InputTooLargeError,
    ParseOptions,
    parse,
    parse_file,
    parse_many,
)

WORDS = st.sampled_from(
    [
        "The", "12th", "ASEAN", "Summit", "Meeting", "was", "held", "in", "Jakarta", "on", "8-10", "May", "2024",
        "H.E.", "Dr.", "Nguyen", "Van", "An", "Minister", "of", "Foreign", "Affairs", "said", "Viet", "Nam",
        "chaired", "by", "virtually", "Plan", "Action", "2021-2025", "adopted", '"', "theme", ".", ",", "\n\n",
        "Việt", "ກອງປະຊຸມ", "ការប្រជុំ", "🙂", "\u200f", "PMC+1", "Session", "with", "Japan", "(AMM)",
    ]
)  # fmt: skip


def _all_spans(ex: Extraction) -> list[tuple[str, object, tuple[int, int]]]:
    out: list[tuple[str, object, tuple[int, int]]] = []
    for record in ex.records():
        for fp in record.provenance:
            for span in fp.provenance.spans:
                out.append((fp.field, record, (span.start, span.end)))
    return out


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join), st.sampled_from(["plain", "markdown", "html"]))
def test_spans_always_quote_the_input(text: str, fmt: str) -> None:
    """Every span of every record lies inside the text the user passed in, whatever the format."""
    raw = f"<p>{text}</p>" if fmt == "html" else (f"**{text}**" if fmt == "markdown" else text)
    ex = parse(raw, format=fmt)
    assert raw == ex.text
    for _, _, (a, b) in _all_spans(ex):
        assert 0 <= a <= b <= len(raw)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_parser_never_crashes_untyped(text: str) -> None:
    """Arbitrary text returns an extraction or raises an AseanRecordsError."""
    try:
        ex = parse(text)
    except AseanRecordsError:
        return
    assert isinstance(ex, Extraction)


def test_meeting_name_span_quotes_the_name_in_html() -> None:
    """In HTML input the name span points at the words inside the markup, not at the tags."""
    html = (
        "<html><body><nav>Home | News</nav><h1>News</h1>"
        "<p>The <b>7th ASEAN Widget Summit</b> was held in Hanoi on 3 May 2024.</p></body></html>"
    )
    ex = parse(html, format="html")
    (meeting,) = ex.meetings
    quotes = ex.quote(meeting, "name")
    assert any("7th ASEAN Widget Summit" in q for q in quotes)
    assert all("<" not in q for q in quotes)


def test_size_cap_is_checked_first() -> None:
    """An input over the cap fails before normalisation with a typed error naming the source."""
    with pytest.raises(InputTooLargeError, match="big"):
        parse("x" * 1000, source="big", options=ParseOptions(max_chars=100))


def test_parse_many_reports_every_failure_in_order(tmp_path: Path) -> None:
    """Good files, a missing file and invalid UTF-8 each give one result, in input order."""
    good = tmp_path / "a.txt"
    good.write_text("The 5th ASEAN Widget Forum Meeting was held in Hanoi on 3 May 2024.", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8 \xc3")
    missing = tmp_path / "missing.txt"
    results = list(parse_many([good, missing, bad, ("inline", "The 2nd ASEAN Widget Summit took place in 2020.")]))
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.ok for r in results] == [True, False, False, True]
    assert all(isinstance(r.error, AseanRecordsError) for r in results if not r.ok)
    assert "missing.txt" in str(results[1].error)


def test_parse_file_uses_file_name_as_source(tmp_path: Path) -> None:
    """A file's name is its source id, and its suffix picks the format."""
    page = tmp_path / "page.html"
    page.write_text("<p>The 4th ASEAN Widget Summit was held in Manila on 1 June 2023.</p>", encoding="utf-8")
    ex = parse_file(page)
    assert ex.source.id == "page.html"
    assert len(ex.meetings) == 1


def test_ids_are_deterministic_across_runs() -> None:
    """Parsing the same text twice gives records with the same ids."""
    text = "The 5th ASEAN Widget Forum Meeting was held in Hanoi on 3 May 2024, chaired by Dr. Tran Van Binh."
    assert [r.id for r in parse(text).records()] == [r.id for r in parse(text).records()]
