"""Every model type survives unstructure -> JSON -> structure, on both JSON backends."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asean_records.io import dump_jsonl, dumps, load_jsonl, loads, structure, unstructure
from asean_records.io.converter import fast_unstructurers
from asean_records.model import Entity, EntityKind, Extraction, Meeting, PartialDate, Person, Source
from asean_records.testing import (
    bases,
    date_ranges,
    datings,
    delegations,
    documents,
    entities,
    extractions,
    figures,
    meetings,
    partial_dates,
    people,
    plans,
    provenances,
    sources,
    spans,
    statements,
)

BACKENDS = ("orjson", "json")
STRATEGIES = {
    "meeting": meetings(),
    "person": people(),
    "delegation": delegations(),
    "statement": statements(),
    "plan": plans(),
    "document": documents(),
    "figure": figures(),
    "entity": entities(),
    "source": sources(),
    "provenance": provenances(),
    "span": spans(),
    "basis": bases(),
    "partial_date": partial_dates(),
    "date_range": date_ranges(),
    "extraction": extractions(),
}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", sorted(STRATEGIES))
def test_document_round_trip(kind: str, backend: Any) -> None:
    """Dumps then loads gives an equal value of the same type, for every model type and backend."""

    @settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(STRATEGIES[kind])
    def check(value: Any) -> None:
        text = dumps(value, backend=backend)
        loaded = loads(text, type(value), backend=backend)
        assert value == loaded
        assert type(value) is type(loaded)

    check()


@settings(max_examples=30, deadline=None)
@given(extractions())
def test_structure_inverts_unstructure(value: Extraction) -> None:
    """structure(unstructure(x)) == x, and the unstructured form is plain JSON (lists, not tuples)."""
    data = unstructure(value)
    assert json.loads(json.dumps(data)) == data
    assert value == structure(data, Extraction)


@settings(max_examples=30, deadline=None)
@given(extractions())
def test_encoder_fast_path_matches_converter(value: Extraction) -> None:
    """The encoders' generated unstructure functions write the same JSON as the cattrs converter."""
    fast = fast_unstructurers()[Extraction](value)
    assert unstructure(value) == json.loads(json.dumps(fast))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(meetings(), people(), statements(), entities()), max_size=6), st.sampled_from(BACKENDS))
def test_mixed_jsonl_round_trip(values: list[Any], backend: Any) -> None:
    """A mixed JSON Lines stream gives back the same values in the same order."""
    buffer = io.BytesIO()
    assert len(values) == dump_jsonl(values, buffer, record_type="mixed", backend=backend)
    buffer.seek(0)
    assert values == list(load_jsonl(buffer, backend=backend))


@settings(max_examples=25, deadline=None)
@given(st.lists(meetings(), max_size=6), st.sampled_from(BACKENDS))
def test_typed_jsonl_round_trip(values: list[Meeting], backend: Any) -> None:
    """A typed stream has a header naming the type and one record per line."""
    buffer = io.BytesIO()
    dump_jsonl(values, buffer, record_type=Meeting, backend=backend)
    lines = buffer.getvalue().splitlines()
    assert json.loads(lines[0]) == {"format": "asean-records", "version": 1, "type": "Meeting"}
    assert len(values) == len(lines) - 1
    buffer.seek(0)
    assert values == list(load_jsonl(buffer, Meeting, backend=backend))


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Ánh Tuyết", "สมชาย ใจดี", "ហ៊ុន ម៉ាណែត", "Dato' Seri 🇲🇾 Anwar", "ဒေါ်ခင်မြင့်", "a" * 20_000],
)
def test_unicode_and_long_names(name: str, backend: Any) -> None:
    """Thai, Khmer, Burmese, Vietnamese diacritics, emoji and very long texts are kept exactly."""
    person = Person(name=name, written=name.upper(), titles=(name,))
    assert person == loads(dumps(person, backend=backend), Person, backend=backend)


def test_empty_tuples_and_stored_id_pass_through() -> None:
    """Empty tuples stay empty, and a stored id is kept as stored rather than recomputed."""
    data = unstructure(Meeting(name="Widget Officials' Meeting"))
    data["id"] = "mtg-stored-elsewhere"
    loaded = structure(data, Meeting)
    assert loaded.id == "mtg-stored-elsewhere"
    assert loaded.chairs == ()
    assert loaded.provenance == ()


def test_entity_key_field_and_missing_id() -> None:
    """Entity's ``key`` field round-trips; a record stored without an id gets its computed one."""
    entity = Entity(kind=EntityKind.ORGANISATION, key="ASEAN Secretariat", name="the Secretariat")
    data = unstructure(entity)
    assert data["key"] == "ASEAN Secretariat"
    del data["id"]
    assert entity == structure(data, Entity)


@pytest.mark.parametrize("text", ["2020", "2020-09", "2020-09-10", "2020-09-09/2020-09-10", "2019/2020-01"])
def test_dates_are_iso_strings(text: str) -> None:
    """Partial dates of every precision and ranges are stored as their ISO 8601 text."""
    source = Source(id="s", published=PartialDate.fromisoformat(text.split("/")[0]))
    assert text.split("/")[0] == unstructure(source)["published"]
    meeting = structure({"name": "Widget Meeting", "date": text}, Meeting)
    assert meeting.date is not None
    assert text == meeting.date.isoformat()


@given(datings())
def test_dating_round_trip(value: Any) -> None:
    """Every dating round-trips through the Meeting.date union."""
    assert value == structure(unstructure(Meeting(name="M", date=value)), Meeting).date
