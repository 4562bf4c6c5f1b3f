"""Records to data and back: versioned JSON and JSON Lines, strict loading, migrations and a JSON Schema.

The storage format is described in :mod:`asean_records.io.json`; the converter in
:mod:`asean_records.io.converter`; older versions and their upgrades in
:mod:`asean_records.io.migrations`; the schema in :mod:`asean_records.io.schema`.
"""

from asean_records.io.converter import configure_converter, default_converter, make_converter
from asean_records.io.json import (
    Backend,
    LoadOptions,
    dump_jsonl,
    dump_path,
    dumps,
    load_jsonl,
    load_path,
    loads,
    structure,
    unstructure,
)
from asean_records.io.migrations import FORMAT_NAME, FORMAT_VERSION, migrate
from asean_records.io.schema import json_schema

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Backend",
    "LoadOptions",
    "configure_converter",
    "default_converter",
    "dump_jsonl",
    "dump_path",
    "dumps",
    "json_schema",
    "load_jsonl",
    "load_path",
    "loads",
    "make_converter",
    "migrate",
    "structure",
    "unstructure",
]
