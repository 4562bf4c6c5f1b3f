"""A JSON Schema (draft 2020-12) of the storage format, generated from the model classes.

The generator walks each attrs class's fields and type hints: strings, integers,
booleans, ``None`` unions, tuples, enums, nested model classes, and partial dates
and ranges as pattern-checked ISO 8601 strings. Field descriptions come from the
classes' ``Attributes:`` docstrings.

The package ships the generated schema as ``asean-records-v1.schema.json`` beside
this module (a test checks the shipped file equals what the model generates).
It validates a stored document; ``$defs`` holds one definition per model type, so a
JSON Lines record line validates against ``#/$defs/<Type>``, a header line
against ``#/$defs/StreamHeader`` and a mixed-stream line against
``#/$defs/MixedLine``.

The schema checks shape and types. A few invariants stay with the model and the
loader: real calendar dates, ranges that end after they start, positive ordinals,
non-negative counts and spans.
"""

from __future__ import annotations

import copy
import enum
import functools
import json
import re
import types
import typing
from importlib import resources
from typing import Any

import attrs

from asean_records.io.converter import DEFAULT_MAX_INT, MODEL_TYPES, field_order
from asean_records.io.migrations import FORMAT_NAME, FORMAT_VERSION
from asean_records.model import DateRange, PartialDate

__all__ = ["SCHEMA_FILE", "SCHEMA_ID", "generate_schema", "json_schema", "schema_text", "shipped_schema"]

SCHEMA_FILE = f"asean-records-v{FORMAT_VERSION}.schema.json"
"""File name of the shipped schema, inside this package."""

SCHEMA_ID = f"urn:asean-records:schema:v{FORMAT_VERSION}"
"""The schema's ``$id``."""

_PARTIAL_DATE = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
PARTIAL_DATE_PATTERN = f"^{_PARTIAL_DATE}$"
DATE_RANGE_PATTERN = f"^{_PARTIAL_DATE}/{_PARTIAL_DATE}$"

_NONE = type(None)


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _attribute_docs(cls: type[Any]) -> dict[str, str]:
    """Field descriptions from the ``Attributes:`` section of a Google-style class docstring."""
    doc = cls.__doc__ or ""
    match = re.search(r"^\s*Attributes:\n(?P<body>(?:[ \t]+\S.*\n?|\s*\n)+)", doc, re.MULTILINE)
    if match is None:
        return {}
    docs: dict[str, str] = {}
    current = None
    indent = None
    for line in match.group("body").splitlines():
        if not line.strip():
            continue
        stripped = line.lstrip()
        depth = len(line) - len(stripped)
        if indent is None:
            indent = depth
        if depth < indent:
            break
        item = re.match(r"(\w+):\s*(.*)", stripped)
        if depth == indent and item is not None:
            current = item.group(1)
            docs[current] = item.group(2)
        elif current is not None:
            docs[current] += " " + stripped
    return {name: " ".join(text.replace("``", "`").split()) for name, text in docs.items()}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def type_schema(self, tp: Any) -> dict[str, Any]:
        args = typing.get_args(tp)
        if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
            options = [a for a in args if a is not _NONE]
            parts = [self.type_schema(a) for a in options]
            if _NONE in args:
                if len(parts) == 1 and set(parts[0]) == {"type"}:
                    return {"type": [parts[0]["type"], "null"]}
                parts.append({"type": "null"})
            return parts[0] if len(parts) == 1 else {"anyOf": parts}
        if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(args[0])}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer", "minimum": -DEFAULT_MAX_INT, "maximum": DEFAULT_MAX_INT}
        if tp is PartialDate:
            self.defs.setdefault(
                "PartialDate",
                {
                    "description": "A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
                    "type": "string",
                    "pattern": PARTIAL_DATE_PATTERN,
                },
            )
            return _ref("PartialDate")
        if tp is DateRange:
            self.type_schema(PartialDate)
            self.defs.setdefault(
                "DateRange",
                {
                    "description": "A closed range of partial dates: ISO 8601 interval `START/END`.",
                    "type": "string",
                    "pattern": DATE_RANGE_PATTERN,
                },
            )
            return _ref("DateRange")
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            self.defs.setdefault(
                tp.__name__,
                {
                    "description": " ".join((tp.__doc__ or tp.__name__).split()),
                    "type": "string",
                    "enum": [m.value for m in tp],
                },
            )
            return _ref(tp.__name__)
        if isinstance(tp, type) and attrs.has(tp):
            self.class_schema(tp)
            return _ref(tp.__name__)
        raise TypeError(f"no JSON Schema mapping for {tp!r}")

    def class_schema(self, cls: type[Any]) -> None:
        if cls.__name__ in self.defs:
            return
        self.defs[cls.__name__] = {}  # reserve the name (recursive types)
        hints = typing.get_type_hints(cls)
        docs = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in field_order(cls):
            prop = self.type_schema(hints[field.name])
            if field.name in docs:
                prop = {"description": docs[field.name], **prop}
            properties[field.name] = prop
            if field.default is attrs.NOTHING:
                required.append(field.name)
        summary = " ".join((cls.__doc__ or cls.__name__).strip().split("\n\n")[0].split())
        self.defs[cls.__name__] = {
            "description": summary,
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def generate_schema() -> dict[str, Any]:
    """Generate the JSON Schema of a stored document from the model classes."""
    builder = _Builder()
    for cls in MODEL_TYPES:
        builder.type_schema(cls)
    names = [cls.__name__ for cls in MODEL_TYPES]
    documents = [
        {
            "type": "object",
            "properties": {
                "format": {"const": FORMAT_NAME},
                "version": {"const": FORMAT_VERSION},
                "type": {"const": name},
                "data": _ref(name),
            },
            "required": ["format", "version", "type", "data"],
            "additionalProperties": False,
        }
        for name in names
    ]
    defs = dict(sorted(builder.defs.items()))
    defs["StreamHeader"] = {
        "description": "First line of a JSON Lines stream; then one value of `type` per line, or tagged lines.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "type": {"enum": [*names, "mixed"]},
        },
        "required": ["format", "version", "type"],
        "additionalProperties": False,
    }
    defs["MixedLine"] = {
        "description": "A line of a `mixed` JSON Lines stream: a value tagged with its type.",
        "oneOf": [
            {
                "type": "object",
                "properties": {"type": {"const": name}, "data": _ref(name)},
                "required": ["type", "data"],
                "additionalProperties": False,
            }
            for name in names
        ],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"asean-records stored document, format version {FORMAT_VERSION}",
        "description": (
            "A versioned envelope around one model value: "
            '{"format": "asean-records", "version": 1, "type": "<Type>", "data": {...}}.'
        ),
        "oneOf": documents,
        "$defs": defs,
    }


@functools.cache
def _generated() -> dict[str, Any]:
    return generate_schema()


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a stored document, as a fresh dict the caller may change.

    Examples:
        >>> schema = json_schema()
        >>> schema["$defs"]["PartialDate"]["pattern"]
        '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'
    """
    return copy.deepcopy(_generated())


def schema_text() -> str:
    """The schema as the text of the shipped file: two-space indent, UTF-8, a final newline."""
    return json.dumps(_generated(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema() -> dict[str, Any]:
    """The schema file shipped in the package, parsed."""
    text = resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
