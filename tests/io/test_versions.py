"""Golden fixtures of every format version keep loading to equal records; the JSON Schema matches the model."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from io_samples import sample_extraction

from asean_records.errors import LoadError, SchemaVersionError
from asean_records.io import FORMAT_VERSION, dumps, json_schema, load_jsonl, load_path, loads, migrate
from asean_records.io.migrations import MIGRATIONS
from asean_records.io.schema import schema_text, shipped_schema
from asean_records.model import Extraction, Meeting
from asean_records.testing import extractions

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("version", ["v0", "v1"])
def test_golden_extraction(version: str) -> None:
    """Every version's extraction fixture loads to the same extraction."""
    assert sample_extraction() == load_path(FIXTURES / version / "extraction.json", Extraction)


@pytest.mark.parametrize("version", ["v0", "v1"])
def test_golden_meeting(version: str) -> None:
    """Every version's meeting fixture loads to the same meeting."""
    assert sample_extraction().meetings[0] == load_path(FIXTURES / version / "meeting.json", Meeting)


def test_golden_streams() -> None:
    """The v0 typed stream and the v1 mixed stream load to the expected records."""
    ex = sample_extraction()
    assert [ex.meetings[0]] == list(load_jsonl(FIXTURES / "v0" / "meetings.jsonl", Meeting))
    assert list(ex.records()) == list(load_jsonl(FIXTURES / "v1" / "records.jsonl"))


def test_migration_chain_covers_every_version() -> None:
    """There is one step from each older version up to the current one."""
    assert list(range(FORMAT_VERSION)) == sorted(MIGRATIONS)


def test_v0_dates_become_iso_strings() -> None:
    """The v0 step turns date objects and ranges into ISO text and renames plans_of_action."""
    data = {"published": {"year": 2021, "month": 3}}
    assert migrate("Source", data, 0) == ("Source", {"published": "2021-03"})
    rng = {"date": {"start": {"year": 2021, "month": 3, "day": 1}, "end": {"year": 2021, "month": 3, "day": 2}}}
    assert migrate("Meeting", rng, 0) == ("Meeting", {"date": "2021-03-01/2021-03-02"})
    assert migrate("Extraction", {"plans_of_action": []}, 0)[1] == {"plans": []}


def test_bad_v0_data_names_its_path() -> None:
    """Malformed v0 data fails in the migration with a path."""
    doc = json.loads((FIXTURES / "v0" / "meeting.json").read_text(encoding="utf-8"))
    doc["data"]["date"]["start"]["month"] = "May"
    with pytest.raises(LoadError) as info:
        loads(json.dumps(doc))
    assert info.value.path == "$.data.date.start.month"


def test_newer_version_is_refused() -> None:
    """Data from a newer library version is refused with SchemaVersionError."""
    with pytest.raises(SchemaVersionError):
        migrate("Meeting", {}, FORMAT_VERSION + 1)


def test_shipped_schema_equals_generated() -> None:
    """The shipped schema file is what the model generates now (regenerate: python -m asean_records.io.schema)."""
    shipped = (Path(__file__).parents[2] / "src/asean_records/io/schema/asean-records-v1.schema.json").read_text(
        encoding="utf-8"
    )
    assert schema_text() == shipped
    assert json_schema() == shipped_schema()


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema itself is a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(json_schema())


_VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@settings(max_examples=40, deadline=None)
@given(extractions())
def test_serialized_output_validates(value: Extraction) -> None:
    """Real serialized extractions validate against the schema."""
    _VALIDATOR.validate(json.loads(dumps(value)))


def test_schema_rejects_bad_documents() -> None:
    """The schema rejects a wrong type, an unknown key and a malformed date."""
    doc = json.loads(dumps(sample_extraction()))
    for path, bad in ((("name",), 3), (("bogus",), 1), (("date",), "2024-13")):
        broken = json.loads(json.dumps(doc))
        broken["data"]["meetings"][0][path[0]] = bad
        assert not _VALIDATOR.is_valid(broken)
