"""Strict loading of untrusted input: no coercion, unknown keys, limits, and errors that name the path."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from io_samples import sample_extraction

from asean_records.errors import AseanRecordsError, ExportError, LimitExceededError, LoadError, SchemaVersionError
from asean_records.io import LoadOptions, dump_jsonl, dump_path, dumps, load_jsonl, load_path, loads
from asean_records.model import Extraction, Meeting, Person

BACKENDS = ("orjson", "json")


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(dumps(sample_extraction()))
    return doc


def _load(doc: dict[str, Any], backend: Any = "auto", **options: Any) -> Any:
    return loads(json.dumps(doc), options=LoadOptions(**options), backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("where", "bad", "path"),
    [
        (("meetings", 0, "name"), 7, "$.data.meetings[0].name"),
        (("meetings", 0, "ordinal"), "7", "$.data.meetings[0].ordinal"),
        (("meetings", 0, "ordinal"), 7.0, "$.data.meetings[0].ordinal"),
        (("meetings", 0, "ordinal"), True, "$.data.meetings[0].ordinal"),
        (("people", 0, "family_name_first"), "false", "$.data.people[0].family_name_first"),
        (("people", 0, "family_name_first"), 1, "$.data.people[0].family_name_first"),
        (("meetings", 0, "chairs"), "Somchai", "$.data.meetings[0].chairs"),
        (("meetings", 0, "chairs"), ["ok", 3], "$.data.meetings[0].chairs[1]"),
        (("meetings", 0, "mode"), "VIRTUAL", "$.data.meetings[0].mode"),
        (("meetings", 0, "date"), "2024-02-30", "$.data.meetings[0].date"),
        (("meetings", 0, "date"), "2024-05-09/2024-05-01", "$.data.meetings[0].date"),
        (("meetings", 0, "date"), {"year": 2024}, "$.data.meetings[0].date"),
        (("source", "published"), "2024/2025", "$.data.source.published"),
        (
            ("meetings", 0, "provenance", 0, "provenance", "spans", 0, "end"),
            -1,
            "$.data.meetings[0].provenance[0].provenance.spans[0]",
        ),
        (
            ("meetings", 0, "provenance", 0, "provenance", "basis", "reason"),
            None,
            "$.data.meetings[0].provenance[0].provenance.basis",
        ),
        (("plans", 0, "end_year"), 2020, "$.data.plans[0]"),
    ],
)
def test_bad_values_name_their_path(where: tuple[Any, ...], bad: Any, path: str, backend: Any) -> None:
    """A wrong type or invalid model value raises LoadError naming the JSON path; nothing is coerced."""
    doc = _doc()
    target = doc["data"]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = bad
    with pytest.raises(LoadError) as info:
        _load(doc, backend)
    assert path == info.value.path


def test_unknown_keys_forbidden_by_default_and_ignorable() -> None:
    """An unknown key is refused, naming it; with unknown='ignore' it is dropped."""
    doc = _doc()
    doc["data"]["meetings"][0]["venue_notes"] = "second floor"
    with pytest.raises(LoadError) as info:
        _load(doc)
    assert info.value.path == "$.data.meetings[0].venue_notes"
    assert sample_extraction() == _load(doc, unknown="ignore")


def test_missing_required_key() -> None:
    """A missing required field names the object it is missing from."""
    doc = _doc()
    del doc["data"]["statements"][0]["content"]
    with pytest.raises(LoadError, match="content") as info:
        _load(doc)
    assert info.value.path == "$.data.statements[0]"


@pytest.mark.parametrize(
    ("change", "error", "path"),
    [
        ({"format": "other"}, SchemaVersionError, "$.format"),
        ({"version": 2}, SchemaVersionError, "$.version"),
        ({"version": "1"}, SchemaVersionError, "$.version"),
        ({"type": "Spaceship"}, LoadError, "$.type"),
        ({"extra": 1}, LoadError, "$.extra"),
    ],
)
def test_envelope_is_checked(change: dict[str, Any], error: type[Exception], path: str) -> None:
    """Format name, version, type and envelope keys are checked before the data."""
    doc = {**_doc(), **change}
    with pytest.raises(error) as info:
        _load(doc)
    assert path == info.value.path  # type: ignore[attr-defined]


def test_expected_type_is_enforced() -> None:
    """loads(..., Meeting) refuses a document of another type."""
    with pytest.raises(LoadError, match="expected a Meeting"):
        loads(dumps(sample_extraction()), Meeting)


@pytest.mark.parametrize("backend", BACKENDS)
def test_limits(backend: Any) -> None:
    """Size, depth and integer limits raise LimitExceededError."""
    text = dumps(sample_extraction())
    with pytest.raises(LimitExceededError):
        loads(text, options=LoadOptions(max_bytes=100), backend=backend)
    with pytest.raises(LimitExceededError):
        loads(text, options=LoadOptions(max_depth=4), backend=backend)
    doc = _doc()
    doc["data"]["meetings"][0]["ordinal"] = 2**60
    with pytest.raises(LoadError):
        _load(doc, backend)
    doc["data"]["meetings"][0]["ordinal"] = 5000
    with pytest.raises(LimitExceededError):
        _load(doc, backend, max_int=1000)
    deep = _doc()
    deep["data"]["meetings"][0]["extra"] = [
        [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    ]
    with pytest.raises(LimitExceededError):
        _load(deep, backend, unknown="ignore")


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_nan_and_infinity_are_refused(literal: str, backend: Any) -> None:
    """Non-finite numbers are refused by both backends, even in ignored keys."""
    text = dumps(Person(name="Sok Dara"))[:-2] + f', "x": {literal}}}}}'
    with pytest.raises(LoadError):
        loads(text, options=LoadOptions(unknown="ignore"), backend=backend)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200)), st.sampled_from(BACKENDS))
def test_fuzz_only_library_errors_escape(data: bytes | str, backend: Any) -> None:
    """Arbitrary input never raises anything but an AseanRecordsError."""
    with contextlib.suppress(AseanRecordsError):
        loads(data, backend=backend)


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: (
            st.lists(c, max_size=3)
            | st.dictionaries(st.sampled_from(["name", "date", "id", "chairs", "x"]), c, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_fuzz_structured_garbage(data: Any) -> None:
    """Well-formed JSON of the wrong shape raises LoadError, never a cattrs or built-in error."""
    doc = {"format": "asean-records", "version": 1, "type": "Meeting", "data": data}
    with contextlib.suppress(LoadError):
        loads(json.dumps(doc))


def test_jsonl_names_the_first_bad_line(tmp_path: Path) -> None:
    """A stream fails at the first bad line, naming its number and path."""
    path = tmp_path / "records.jsonl"
    ex = sample_extraction()
    dump_jsonl([ex.meetings[0]] * 3, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[2])
    bad["city"] = ["Vientiane"]
    lines[2] = json.dumps(bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        list(load_jsonl(path))
    assert info.value.line == 3
    assert info.value.path == "$.city"


def test_jsonl_header_and_line_limits() -> None:
    """A stream without a header, or with a too long line, is refused."""
    with pytest.raises(SchemaVersionError):
        list(load_jsonl(io.BytesIO(b"")))
    with pytest.raises(SchemaVersionError):
        list(load_jsonl(io.BytesIO(b'{"name": "Widget Meeting"}\n')))
    buffer = io.BytesIO()
    dump_jsonl([Meeting(name="W" * 500)], buffer)
    buffer.seek(0)
    with pytest.raises(LimitExceededError) as info:
        list(load_jsonl(buffer, options=LoadOptions(max_line_bytes=200)))
    assert info.value.line == 2


def test_jsonl_writer_is_atomic(tmp_path: Path) -> None:
    """A failing dump leaves the previous file untouched and no temp file behind."""
    path = tmp_path / "meetings.jsonl"
    dump_jsonl([Meeting(name="First")], path)
    before = path.read_bytes()
    with pytest.raises(ExportError):
        dump_jsonl([Meeting(name="Second"), Person(name="Not a meeting")], path, record_type=Meeting)
    assert before == path.read_bytes()
    assert os.listdir(tmp_path) == ["meetings.jsonl"]


def test_dump_path_and_load_path(tmp_path: Path) -> None:
    """Documents round-trip through files; unreadable files raise LoadError."""
    path = tmp_path / "extraction.json"
    dump_path(sample_extraction(), path, indent=True)
    assert sample_extraction() == load_path(path, Extraction)
    with pytest.raises(LoadError):
        load_path(tmp_path / "missing.json")
    with pytest.raises(LimitExceededError):
        load_path(path, options=LoadOptions(max_bytes=10))


def test_dumps_refuses_non_model_values() -> None:
    """Only model values can be stored."""
    with pytest.raises(ExportError):
        dumps({"name": "a dict"})


def test_input_is_not_mutated() -> None:
    """Loading does not change the caller's data."""
    doc = _doc()
    kept = copy.deepcopy(doc)
    _load(doc)
    assert kept == doc
