"""Unicode: non-Latin scripts and Vietnamese diacritics survive parsing, storage and export, with exact spans."""

from __future__ import annotations

import io
import unicodedata
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asean_records.io import dump_jsonl, dumps, load_jsonl, loads
from asean_records.model import Extraction, Person
from asean_records.parse.pipeline import parse

Form = Literal["NFC", "NFD", "NFKC", "NFKD"]
FORMS: tuple[Form, ...] = ("NFC", "NFD", "NFKC", "NFKD")

VIETNAMESE = ("Nguyễn Xuân Phúc", "Phạm Bình Minh", "Bùi Thanh Sơn", "Trần Đại Quang", "Lê Hoài Trung")
SCRIPTS = {
    "thai": "การประชุมสุดยอดอาเซียน",
    "khmer": "កិច្ចប្រជុំកំពូលអាស៊ាន",
    "burmese": "အာဆီယံထိပ်သီးအစည်းအဝေး",
    "lao": "ກອງປະຊຸມສຸດຍອດອາຊຽນ",
    "vietnamese": "Hội nghị Cấp cao ASEAN",
    "emoji": "🇻🇳🇰🇭🇹🇭👍🏽",
    "rtl-marks": "\u200fمرحبا\u200e",
}


def _document(name: str, aside: str = "") -> str:
    return (
        f"HA NOI, 12 March 2020 - H.E. {name}, Prime Minister of Viet Nam, chaired the 36th ASEAN Summit "
        f"({aside}) in Ha Noi on 12 March 2020. The Leaders adopted the Ha Noi Declaration."
    )


def _all_quotes_exact(extraction: Extraction, text: str) -> None:
    """Every span of every record quotes ``text`` itself: slicing the input gives the quote."""
    for record in extraction.records():
        for field in record.provenance:
            for span in field.provenance.spans:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.quote(text)


def _person(extraction: Extraction, family: str) -> Person:
    found = [p for p in extraction.people if family in unicodedata.normalize("NFC", p.name)]
    assert found, [p.name for p in extraction.people]
    return found[0]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", VIETNAMESE)
def test_vietnamese_name_quotes_the_original_in_every_normal_form(name: str, form: Form) -> None:
    """In NFC, NFD, NFKC or NFKD input, the name's span quotes exactly the characters passed (combining marks too)."""
    written = unicodedata.normalize(form, name)
    text = _document(written)
    extraction = parse(text, source=form)
    person = _person(extraction, unicodedata.normalize("NFC", name).split()[0])
    assert (written,) == extraction.quote(person, "name")
    assert unicodedata.normalize("NFC", name) == unicodedata.normalize("NFC", person.name)
    _all_quotes_exact(extraction, text)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_other_scripts_beside_a_name_keep_spans_exact(script: str) -> None:
    """Thai, Khmer, Burmese, Lao, emoji and bidi marks near a name do not shift any span."""
    text = _document("Nguyễn Xuân Phúc", SCRIPTS[script])
    extraction = parse(text, source=script)
    person = _person(extraction, "Nguyễn")
    assert extraction.quote(person, "name") == ("Nguyễn Xuân Phúc",)
    assert extraction.meetings
    _all_quotes_exact(extraction, text)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_non_latin_text_survives_storage(script: str) -> None:
    """The input text and every record round-trip through dumps/loads and JSON Lines unchanged."""
    text = _document("Phạm Bình Minh", SCRIPTS[script]) + " " + SCRIPTS[script]
    extraction = parse(text, source=f"src-{script}")
    restored = loads(dumps(extraction), Extraction)
    assert extraction == restored
    assert text == restored.text
    buffer = io.BytesIO()
    dump_jsonl(extraction.records(), buffer, record_type="mixed")
    assert list(extraction.records()) == list(load_jsonl(io.BytesIO(buffer.getvalue())))


def test_nfd_name_survives_storage_and_quotes_after_loading() -> None:
    """An NFD name is stored as NFD text; spans of the loaded extraction still quote it exactly."""
    written = unicodedata.normalize("NFD", "Trần Đại Quang")
    text = _document(written)
    extraction = parse(text, source="nfd")
    restored = loads(dumps(extraction), Extraction)
    person = _person(restored, "Trần")
    assert (written,) == restored.quote(person, "name")


def test_export_keeps_non_latin_values() -> None:
    """Exported JSON Lines are UTF-8 with the names and the original text intact (not escaped away)."""
    text = _document("Bùi Thanh Sơn", SCRIPTS["khmer"])
    extraction = parse(text, source="export")
    buffer = io.BytesIO()
    dump_jsonl([extraction], buffer)
    decoded = buffer.getvalue().decode("utf-8")
    assert "Bùi Thanh Sơn" in decoded or "B\\u00f9i" in decoded
    assert extraction == next(iter(load_jsonl(io.BytesIO(buffer.getvalue()))))


@pytest.mark.parametrize("form", FORMS)
def test_spans_on_a_normalised_copy(form: Form) -> None:
    """Parsing an NFC/NFD/NFKC/NFKD copy of a document gives spans that quote that copy exactly.

    The copy differs in length from the original (decomposed marks, compatibility forms), so spans
    are only right when computed through the offset map, not borrowed from a normalised text.
    """
    base = _document("Nguyễn Xuân Phúc", "ＡＳＥＡＮ ﬁrst ① " + SCRIPTS["thai"])
    text = unicodedata.normalize(form, base)
    extraction = parse(text, source=form)
    _all_quotes_exact(extraction, text)
    person = _person(extraction, "Nguyễn")
    (quote,) = extraction.quote(person, "name")
    assert unicodedata.normalize("NFC", quote) == "Nguyễn Xuân Phúc"


_NAME_PART = st.sampled_from(["Nguyễn", "Phúc", "Đại", "Sơn", "Bình", "Hà", "Thị", "Ngọc", "Ánh", "Quỳnh", "Hữu"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_NAME_PART, min_size=2, max_size=4), st.sampled_from(FORMS), st.sampled_from(sorted(SCRIPTS)))
def test_generated_names_spans_quote_the_input(parts: list[str], form: Form, script: str) -> None:
    """For generated Vietnamese names in any normal form beside any script, every span quotes the input exactly."""
    text = unicodedata.normalize(form, _document(" ".join(parts), SCRIPTS[script]))
    extraction = parse(text, source="gen")
    _all_quotes_exact(extraction, text)
    for person in extraction.people:
        for quote in extraction.quote(person, "name"):
            assert unicodedata.normalize("NFC", quote) == unicodedata.normalize("NFC", person.written)
