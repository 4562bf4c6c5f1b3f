"""The generated fast paths agree with the careful cattrs path: same values, same rejections, same errors.

A fast structure function may raise on anything (the converter then reruns the careful path, which explains the
error); what it must never do is accept a value the careful path rejects, or build a different value. These
properties check that on canonical stored data, on data with defaults left out, and on data mutated in every way a
hostile or careless writer could: wrong types, floats for ints, huge ints, bad dates, unknown and missing keys,
reversed spans, inconsistent bases.
"""

from __future__ import annotations

import copy
import functools
import io
import json
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asean_records.errors import LimitExceededError, LoadError
from asean_records.io import LoadOptions, dump_jsonl, load_jsonl, unstructure
from asean_records.io import json as io_json
from asean_records.io._fast import _span_check_is_inline, iso_dating, jsonable
from asean_records.io.converter import (
    DEFAULT_MAX_INT,
    fast_structurers,
    fast_unstructurers,
    make_converter,
)
from asean_records.model import Meeting, Span
from asean_records.testing import (
    bases,
    date_ranges,
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

VALUES = st.one_of(
    meetings(),
    people(),
    delegations(),
    statements(),
    plans(),
    documents(),
    figures(),
    entities(),
    sources(),
    provenances(),
    spans(),
    bases(),
    extractions(),
)
SETTINGS = [(True, DEFAULT_MAX_INT), (False, DEFAULT_MAX_INT), (True, 1000)]

BAD: st.SearchStrategy[Any] = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        1,
        -1,
        2,
        999,
        1001,
        2**53 - 1,
        2**53,
        -(2**53),
        2**70,
        1.0,
        0.5,
        "",
        "x",
        "1",
        "true",
        "held",
        "virtual",
        "stated",
        "inferred",
        "coreference",
        "news",
        "country",
        "other",
        "2024",
        "2024-02",
        "2024-02-29",
        "2023-02-29",
        "2024-13",
        "2024-5-1",
        "2024-05-01/2024-05-09",
        "2024-05-09/2024-05-01",
        "2024/2025",
        [],
        ["x"],
        [1],
        [None],
        [{}],
        {},
        {"start": 1, "end": 2},
        {"start": 2, "end": 1},
        {"start": -1, "end": 2},
        {"kind": "stated", "reason": None, "detail": ""},
        {"kind": "stated", "reason": "coreference", "detail": ""},
        {"kind": "inferred", "reason": None, "detail": ""},
        {"kind": "inferred", "reason": "coreference"},
        {"field": "name", "provenance": {}},
    ]
)


@functools.cache
def _converters(forbid: bool, max_int: int) -> tuple[cattrs.Converter, cattrs.Converter]:
    """A converter with the fast paths and one with only the careful cattrs hooks."""
    fast = make_converter(forbid_extra_keys=forbid, max_int=max_int)
    careful = make_converter(forbid_extra_keys=forbid, max_int=max_int, fast_paths=False)
    return fast, careful


def _outcome(conv: cattrs.Converter, data: Any, cls: type[Any]) -> tuple[Any, ...]:
    try:
        return ("ok", conv.structure(copy.deepcopy(data), cls))
    except Exception as exc:
        return ("error", io_json._first_error(exc, "$"), io_json._has_limit_error(exc))


def _places(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in nested JSON data, the root's parent included as (None, None)."""
    found: list[tuple[Any, Any]] = [(None, None)]
    stack = [data]
    while stack:
        item = stack.pop()
        keys: Any = item.keys() if isinstance(item, dict) else range(len(item)) if isinstance(item, list) else ()
        for key in list(keys):
            found.append((item, key))
            stack.append(item[key])
    return found


def _mutate(data: Any, draw: st.DataObject) -> Any:
    """``data`` with one change somewhere: a value replaced, a key dropped or added, an item removed or repeated."""
    root = [data]
    places = _places(data)
    container, key = draw.draw(st.sampled_from(places))
    if container is None:
        container, key = root, 0
    action = draw.draw(st.sampled_from(["replace", "replace", "replace", "drop", "add", "repeat", "tuple"]))
    if action == "replace":
        container[key] = draw.draw(BAD)
    elif action == "drop" and container is not root:
        del container[key]
    elif action == "add":
        target = container[key]
        if isinstance(target, dict):
            target[draw.draw(st.sampled_from(["extra", "id", "name", "start", "kind", ""]))] = draw.draw(BAD)
        elif isinstance(target, list):
            target.append(draw.draw(BAD))
        else:
            container[key] = {"value": target}
    elif action == "repeat" and isinstance(container, list):
        container.append(copy.deepcopy(container[key]))
    elif action == "tuple" and isinstance(container[key], list):
        container[key] = tuple(container[key])  # structure() takes Python data, not only parsed JSON
    return root[0]


def _without_defaults(data: Any, cls: type[Any]) -> Any:
    """The stored form with every key whose value is its field's default left out (a hand-written document)."""
    if not isinstance(data, dict) or not attrs.has(cls):
        return data
    out = {}
    for field in attrs.fields(cls):
        value = data[field.name]
        plain_default = field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
        if plain_default and value == jsonable(field.default):
            continue
        out[field.name] = value
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.sampled_from(SETTINGS))
def test_fast_path_takes_stored_data(value: Any, setting: tuple[bool, int]) -> None:
    """Data as the writer stores it (and with defaults left out) goes through the fast path, giving an equal value."""
    forbid, max_int = setting
    fast = fast_structurers(forbid_extra_keys=forbid, max_int=max_int)[type(value)]
    data = unstructure(value)
    if max_int < DEFAULT_MAX_INT and _outcome(_converters(forbid, max_int)[1], data, type(value))[0] == "error":
        return  # a span offset or count above the small limit
    before = copy.deepcopy(data)
    assert fast(data) == value
    assert data == before  # the input is not changed
    assert fast(_without_defaults(data, type(value))) == value


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.sampled_from(SETTINGS), st.data())
def test_fast_path_rejects_what_the_careful_path_rejects(value: Any, setting: tuple[bool, int], data: Any) -> None:
    """On mutated data the fast function accepts only what the careful path accepts, with an equal value.

    The converter (fast path first) gives the careful path's value or error.
    """
    forbid, max_int = setting
    cls = type(value)
    mutated = _mutate(unstructure(value), data)
    fast_conv, careful_conv = _converters(forbid, max_int)
    careful = _outcome(careful_conv, mutated, cls)
    assert _outcome(fast_conv, mutated, cls) == careful
    fast = fast_structurers(forbid_extra_keys=forbid, max_int=max_int)[cls]
    try:
        result = fast(copy.deepcopy(mutated))
    except Exception:
        return
    assert careful == ("ok", result)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.data())
def test_jsonl_fast_loop_matches_the_converter(value: Any, data: Any) -> None:
    """A stream line loads (or fails, naming line and path) exactly as the careful path structures it."""
    cls = type(value)
    lines = [unstructure(value), _mutate(unstructure(value), data)]
    stream = json.dumps({"format": "asean-records", "version": 1, "type": cls.__name__}) + "\n"
    stream += "".join(json.dumps(line) + "\n" for line in lines)
    careful = _converters(True, DEFAULT_MAX_INT)[1]
    decode = io_json._decoder("auto")  # as the loader parses (orjson reads 2**70 as a float)
    expected = [_outcome(careful, decode(json.dumps(line)), cls) for line in lines]
    loaded: list[Any] = []
    failure: LoadError | None = None
    try:
        loaded.extend(load_jsonl(io.BytesIO(stream.encode())))
    except LoadError as exc:
        failure = exc
    assert [("ok", v) for v in loaded] == expected[: len(loaded)]
    if failure is not None:
        message, path = expected[len(loaded)][1]
        assert (failure.line, failure.message, failure.path) == (2 + len(loaded), message, path)
        assert isinstance(failure, LimitExceededError) == expected[len(loaded)][2]
    else:
        assert len(loaded) == 2


def test_span_validator_is_inlined() -> None:
    """The fast path tests spans inline (0 <= start <= end); the probe found that equal to Span's validators.

    If this fails, the model's span validation changed: the fast path then calls the validators (correct, but
    slower); update ``_StructureGen.span`` to the new rule.
    """
    assert _span_check_is_inline()


@pytest.mark.parametrize(("start", "end"), [(0, 0), (3, 7), (7, 3), (-1, 4), (0, 2**53), (True, 3), (1.0, 3)])
def test_span_edges_with_validators_on_and_off(start: Any, end: Any) -> None:
    """Reversed and negative spans: the same outcome as the careful path, also with attrs validators disabled."""
    fast_conv, careful_conv = _converters(True, DEFAULT_MAX_INT)
    data = {"start": start, "end": end}
    assert _outcome(fast_conv, data, Span) == _outcome(careful_conv, data, Span)
    with attrs.validators.disabled():
        assert _outcome(fast_conv, data, Span) == _outcome(careful_conv, data, Span)


@settings(max_examples=200, deadline=None)
@given(st.one_of(partial_dates(min_year=1, max_year=9999), date_ranges()))
def test_iso_dating_matches_isoformat(value: Any) -> None:
    """The writer's table-driven date text is the model's isoformat()."""
    assert iso_dating(value) == value.isoformat()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES)
def test_fast_unstructure_matches_converter(value: Any) -> None:
    """The encoders' functions write, for every model type, the JSON the cattrs converter gives."""
    fast = fast_unstructurers()[type(value)](value)
    assert json.loads(json.dumps(fast)) == unstructure(value)


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 1 << 16])
def test_block_reader_lines_and_limits(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines split across read blocks, CRLF ends, blank lines and a last line without a newline all load.

    A line over max_line_bytes is refused with its number wherever the blocks fall.
    """
    monkeypatch.setattr(io_json, "_BLOCK", block)
    meeting = Meeting(name="Widget Ministers' Meeting", ordinal=3)
    buffer = io.BytesIO()
    dump_jsonl([meeting, meeting], buffer)
    header, first, second = buffer.getvalue().splitlines()
    stream = header + b"\r\n" + first + b"\r\n\n  \n" + second
    assert list(load_jsonl(io.BytesIO(stream))) == [meeting, meeting]
    width = len(first)
    assert len(list(load_jsonl(io.BytesIO(stream), options=LoadOptions(max_line_bytes=width)))) == 2
    with pytest.raises(LimitExceededError) as info:
        list(load_jsonl(io.BytesIO(stream), options=LoadOptions(max_line_bytes=width - 1)))
    assert info.value.line == 2
    carriage_returns = header + b"\n" + first + b"\r" * 50 + b"\n" + second + b"\r" * 50
    assert len(list(load_jsonl(io.BytesIO(carriage_returns), options=LoadOptions(max_line_bytes=width)))) == 2
    unlimited = list(load_jsonl(io.BytesIO(stream), options=LoadOptions(max_line_bytes=None)))
    assert unlimited == [meeting, meeting]
    long_last = header + b"\n" + first[:-1] + b" }"
    with pytest.raises(LimitExceededError) as info:
        list(load_jsonl(io.BytesIO(long_last), options=LoadOptions(max_line_bytes=width)))
    assert info.value.line == 2
