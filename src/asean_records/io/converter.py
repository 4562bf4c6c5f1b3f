"""The one cattrs converter that turns model values into JSON-ready data and back.

The converter applies the storage format from outside the model (the model knows
nothing of JSON):

* partial dates and ranges are ISO 8601 strings (``2020``, ``2020-09``,
  ``2020-09-09/2020-09-10``);
* enums are their values;
* tuples are JSON arrays;
* records are objects with ``id`` first, then their fields, then ``provenance``;
  a stored ``id`` is passed through as stored, never recomputed.

Structuring is strict by default: a number is not a string, ``"false"`` and ``1``
are not booleans, a float is not an int, unknown keys are rejected and integers
beyond ``max_int`` in magnitude are refused. Structuring errors are cattrs
exception groups whose notes carry the path of the bad value;
:func:`asean_records.io.json.loads` translates them into
:class:`~asean_records.errors.LoadError`.

Examples:
    >>> from asean_records.model import Meeting, PartialDate
    >>> conv = default_converter()
    >>> data = conv.unstructure(Meeting(name="Widget Ministers' Meeting", date=PartialDate(2024, 5)))
    >>> data["date"]
    '2024-05'
    >>> conv.structure(data, Meeting).date
    PartialDate(year=2024, month=5, day=None)
"""

from __future__ import annotations

import enum
import functools
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn_from_attrs

from asean_records.io._fast import make_fast_structure, make_fast_unstructure
from asean_records.model import (
    Basis,
    DateRange,
    Delegation,
    DocumentAction,
    Entity,
    Extraction,
    FieldProvenance,
    Figure,
    Meeting,
    PartialDate,
    Person,
    PlanOfAction,
    Provenance,
    Source,
    Span,
    Statement,
    parse_dating,
)

__all__ = [
    "DEFAULT_MAX_INT",
    "MODEL_TYPES",
    "RECORD_TYPES",
    "IntegerLimitError",
    "configure_converter",
    "default_converter",
    "fast_structurers",
    "fast_unstructurers",
    "field_order",
    "make_converter",
]

DEFAULT_MAX_INT = 2**53 - 1
"""Largest integer magnitude accepted by default: the range every JSON reader holds exactly (RFC 7493)."""

RECORD_TYPES: tuple[type[Any], ...] = (
    Meeting,
    Person,
    Delegation,
    Statement,
    PlanOfAction,
    DocumentAction,
    Figure,
    Entity,
)
"""The record classes, in the order an :class:`~asean_records.model.Extraction` lists them."""

MODEL_TYPES: tuple[type[Any], ...] = (
    *RECORD_TYPES,
    Extraction,
    Source,
    Provenance,
    FieldProvenance,
    Span,
    Basis,
    PartialDate,
    DateRange,
)
"""Every model class the converter (and the storage format) knows, by class name."""


class StrictTypeError(TypeError):
    """A JSON value has the wrong type for the field (raised inside structuring, translated by the loader)."""


class StrictValueError(ValueError):
    """A JSON value has the right type but a value the field does not accept."""


class IntegerLimitError(StrictValueError):
    """An integer is larger in magnitude than the converter's ``max_int``."""


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _expected(what: str, value: object) -> StrictTypeError:
    return StrictTypeError(f"expected {what}, got {_json_type(value)}")


def _structure_str(value: Any, _type: Any = str) -> str:
    if type(value) is str:
        return value
    raise _expected("a string", value)


def _make_structure_int(max_int: int) -> Callable[[Any, Any], int]:
    def structure_int(value: Any, _type: Any = int) -> int:
        if type(value) is int:
            if -max_int <= value <= max_int:
                return value
            raise IntegerLimitError(f"integer out of range (magnitude above {max_int})")
        raise _expected("an integer", value)

    return structure_int


def _structure_bool(value: Any, _type: Any = bool) -> bool:
    if type(value) is bool:
        return value
    raise _expected("true or false", value)


@functools.lru_cache(maxsize=8192)
def _partial_date(text: str) -> PartialDate:
    return PartialDate.fromisoformat(text)


@functools.lru_cache(maxsize=8192)
def _dating(text: str) -> PartialDate | DateRange:
    return parse_dating(text)


def _structure_partial_date(value: Any, _type: Any = PartialDate) -> PartialDate:
    if type(value) is not str:
        raise _expected("an ISO 8601 date string (YYYY, YYYY-MM or YYYY-MM-DD)", value)
    return _partial_date(value)


def _structure_date_range(value: Any, _type: Any = DateRange) -> DateRange:
    if type(value) is not str or "/" not in value:
        raise _expected("an ISO 8601 interval string (START/END)", value)
    result = _dating(value)
    assert isinstance(result, DateRange)
    return result


def _structure_dating(value: Any, _type: Any = None) -> PartialDate | DateRange:
    if type(value) is not str:
        raise _expected("an ISO 8601 date or interval string", value)
    return _dating(value)


def _structure_optional_dating(value: Any, _type: Any = None) -> PartialDate | DateRange | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _expected("an ISO 8601 date or interval string, or null", value)
    return _dating(value)


def _union_args(tp: Any) -> tuple[Any, ...]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return typing.get_args(tp)
    return ()


def _is_dating(tp: Any) -> bool:
    return set(_union_args(tp)) == {PartialDate, DateRange}


def _is_optional_dating(tp: Any) -> bool:
    return set(_union_args(tp)) == {PartialDate, DateRange, type(None)}


def _is_optional(tp: Any) -> bool:
    args = _union_args(tp)
    return len(args) == 2 and type(None) in args


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_enum_factory(tp: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    members = {m.value: m for m in tp}
    allowed = ", ".join(repr(v) for v in members)

    def structure_enum(value: Any, _type: Any = tp) -> enum.Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
            raise StrictValueError(f"{value!r} is not a {tp.__name__} (one of {allowed})")
        raise _expected(f"a string (one of {allowed})", value)

    return structure_enum


def _structure_tuple_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = typing.get_args(tp)[0]
    if item_type is str:

        def structure_str_tuple(value: Any, _type: Any = tp) -> tuple[Any, ...]:
            if type(value) is list or type(value) is tuple:
                for item in value:
                    if type(item) is not str:
                        break
                else:
                    return tuple(value)
                errors = []
                for index, item in enumerate(value):
                    if type(item) is not str:
                        exc = _expected("a string", item)
                        exc.__notes__ = [IterableValidationNote(f"Structuring item @ index {index}", index, str)]
                        errors.append(exc)
                raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
            raise _expected("an array", value)

        return structure_str_tuple

    item_hook = conv.get_structure_hook(item_type)

    def structure_tuple(value: Any, _type: Any = tp) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _expected("an array", value)
        result = []
        errors = []
        for index, item in enumerate(value):
            try:
                result.append(item_hook(item, item_type))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring item @ index {index}", index, item_type),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
        return tuple(result)

    return structure_tuple


def _structure_optional_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner = next(a for a in _union_args(tp) if a is not type(None))
    inner_hook = conv.get_structure_hook(inner)

    def structure_optional(value: Any, _type: Any = tp) -> Any:
        if value is None:
            return None
        return inner_hook(value, inner)

    return structure_optional


def _identity(value: Any) -> Any:
    return value


def _unstructure_tuple_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any], list[Any]]:
    item_type = typing.get_args(tp)[0]
    if item_type in (str, int, bool):
        return list
    item_hook = conv.get_unstructure_hook(item_type)

    def unstructure_tuple(value: tuple[Any, ...]) -> list[Any]:
        return [item_hook(item) for item in value]

    return unstructure_tuple


def _unstructure_optional_factory(tp: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    inner = next(a for a in _union_args(tp) if a is not type(None))
    if inner in (str, int, bool):
        return _identity
    inner_hook = conv.get_unstructure_hook(inner)

    def unstructure_optional(value: Any) -> Any:
        return None if value is None else inner_hook(value)

    return unstructure_optional


def _unstructure_dating(value: PartialDate | DateRange | None) -> str | None:
    return None if value is None else value.isoformat()


def field_order(cls: type[Any]) -> list[attrs.Attribute[Any]]:
    """The fields of ``cls`` in stored order: ``id`` first, then its own fields, then ``provenance``."""
    fields = list(attrs.fields(cls))
    first = [f for f in fields if f.name == "id"]
    last = [f for f in fields if f.name == "provenance"]
    middle = [f for f in fields if f.name not in ("id", "provenance")]
    return first + middle + last


def configure_converter(
    conv: cattrs.Converter, *, strict: bool = True, max_int: int = DEFAULT_MAX_INT, fast_paths: bool = True
) -> None:
    """Register the storage format's hooks on ``conv``.

    Args:
        conv: A converter, usually a fresh ``cattrs.Converter(forbid_extra_keys=..., detailed_validation=True)``.
        strict: Refuse coercion when structuring (a number is not a string, ``"false"`` is not a boolean,
            a float is not an int). With ``False``, cattrs' lenient primitive hooks are kept.
        max_int: Largest integer magnitude accepted when ``strict``.
        fast_paths: Try the generated structure functions of :mod:`asean_records.io._fast` first (when
            ``strict``). They accept exactly what the cattrs hooks accept; ``False`` keeps only the cattrs
            hooks, as a reference for testing them.
    """
    for cls in MODEL_TYPES:
        attrs.resolve_types(cls)

    if strict:
        conv.register_structure_hook(str, _structure_str)
        conv.register_structure_hook(int, _make_structure_int(max_int))
        conv.register_structure_hook(bool, _structure_bool)
        conv.register_structure_hook_factory(
            lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum_factory
        )
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_structure_hook(DateRange, _structure_date_range)
    conv.register_structure_hook_func(_is_dating, _structure_dating)
    conv.register_structure_hook_func(_is_optional_dating, _structure_optional_dating)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _structure_tuple_factory(t, conv))
    conv.register_structure_hook_factory(
        lambda t: _is_optional(t) and not _is_optional_dating(t), lambda t: _structure_optional_factory(t, conv)
    )

    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook(DateRange, DateRange.isoformat)
    conv.register_unstructure_hook_func(lambda t: _is_dating(t) or _is_optional_dating(t), _unstructure_dating)
    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, lambda t: _unstructure_tuple_factory(t, conv))
    conv.register_unstructure_hook_factory(
        lambda t: _is_optional(t) and not _is_optional_dating(t), lambda t: _unstructure_optional_factory(t, conv)
    )
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda _t: _enum_value
    )

    # Classes last, in dependency order, so each generated function inlines its fields' hooks.
    use_fast = strict and fast_paths
    fast = fast_structurers(forbid_extra_keys=bool(conv.forbid_extra_keys), max_int=max_int) if use_fast else {}
    for cls in _CLASS_ORDER:
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn_from_attrs(field_order(cls), cls, conv))
        careful = make_dict_structure_fn(cls, conv)
        conv.register_structure_hook(cls, _with_fast_path(fast[cls], careful) if cls in fast else careful)


_CLASS_ORDER = (Span, Basis, Provenance, FieldProvenance, Source, *RECORD_TYPES, Extraction)


def _with_fast_path(fast: Callable[[Any], Any], careful: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """Try the generated fast function; on any failure rerun the careful cattrs function, which explains it."""

    def structure(value: Any, cls: Any) -> Any:
        try:
            return fast(value)
        except Exception:
            return careful(value, cls)

    return structure


@functools.cache
def fast_structurers(*, forbid_extra_keys: bool, max_int: int) -> dict[type[Any], Callable[[Any], Any]]:
    """Generated strict structure functions by class (see :mod:`asean_records.io._fast`).

    Each accepts exactly what a strict converter with these settings accepts, giving an equal value, and raises
    (any exception) on everything else: callers then run the converter, which explains the error.
    """
    for cls in MODEL_TYPES:
        attrs.resolve_types(cls)
    return make_fast_structure(_CLASS_ORDER, forbid_extra_keys=forbid_extra_keys, max_int=max_int)


@functools.cache
def fast_unstructurers() -> dict[type[Any], Callable[[Any], Any]]:
    """Unstructure functions for the JSON encoders, by class (see :mod:`asean_records.io._fast`).

    They give the converter's JSON form, except that tuples of strings stay tuples (both encoders write arrays).
    """
    for cls in MODEL_TYPES:
        attrs.resolve_types(cls)
    return make_fast_unstructure((PartialDate, DateRange, *_CLASS_ORDER), field_order)


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def make_converter(
    *, strict: bool = True, forbid_extra_keys: bool = True, max_int: int = DEFAULT_MAX_INT, fast_paths: bool = True
) -> cattrs.Converter:
    """A new converter configured for the storage format.

    Args:
        strict: Refuse coercion of primitive values when structuring (see :func:`configure_converter`).
        forbid_extra_keys: Reject objects with keys the model class does not have.
        max_int: Largest integer magnitude accepted when ``strict``.
        fast_paths: Try the generated structure functions first (see :func:`configure_converter`).

    Returns:
        A ``cattrs.Converter`` with detailed validation, so errors carry the path of the bad value.
    """
    conv = cattrs.Converter(forbid_extra_keys=forbid_extra_keys, detailed_validation=True)
    configure_converter(conv, strict=strict, max_int=max_int, fast_paths=fast_paths)
    return conv


_lock = threading.Lock()
_converters: dict[tuple[bool, bool, int], cattrs.Converter] = {}


def cached_converter(
    *, strict: bool = True, forbid_extra_keys: bool = True, max_int: int = DEFAULT_MAX_INT
) -> cattrs.Converter:
    """A shared converter for these settings, built on first use (converters are costly to build)."""
    key = (strict, forbid_extra_keys, max_int)
    conv = _converters.get(key)
    if conv is None:
        with _lock:
            conv = _converters.get(key)
            if conv is None:
                conv = make_converter(strict=strict, forbid_extra_keys=forbid_extra_keys, max_int=max_int)
                _converters[key] = conv
    return conv


def default_converter() -> cattrs.Converter:
    """The module-level default converter (strict, unknown keys forbidden), built lazily on first use."""
    return cached_converter()
