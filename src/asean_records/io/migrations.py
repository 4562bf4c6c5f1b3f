"""Format versions and the chain of single-step migrations that upgrades older stored data.

Every stored document or stream names its format version. Loading older data
runs the registered steps in order, ``v0 -> v1 -> ... -> FORMAT_VERSION``; each step
sees one top-level value at a time, as its type name and its JSON data, and
returns both for the next version (a step may rename a type).

Version history:

* **0** (pre-release, never published): partial dates were objects
  ``{"year": 2020, "month": 9, "day": null}`` (``month`` and ``day`` optional),
  date ranges were ``{"start": {...}, "end": {...}}``, and an extraction's plans
  of action were stored under ``plans_of_action``.
* **1**: partial dates and ranges are ISO 8601 strings (``2020-09``,
  ``2020-09-09/2020-09-10``) and the key is ``plans``.

A step never imports the model: it knows the shape of its two versions only, so
it keeps working however the model changes later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from asean_records.errors import LoadError, SchemaVersionError

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "MIGRATIONS", "Migration", "migrate", "migration"]

FORMAT_NAME = "asean-records"
"""The ``format`` every stored document and stream header carries."""

FORMAT_VERSION = 1
"""The format version this library writes; it reads this one and every older one."""

Migration = Callable[[str, Any], tuple[str, Any]]
"""One step: ``(type_name, data)`` at version *n* to ``(type_name, data)`` at version *n + 1*."""

MIGRATIONS: dict[int, Migration] = {}
"""The registry: ``MIGRATIONS[n]`` upgrades data from version ``n`` to ``n + 1``."""


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function as the step from ``from_version`` to ``from_version + 1``.

    Raises:
        ValueError: A step from that version is already registered.
    """

    def register(fn: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"a migration from version {from_version} is already registered")
        MIGRATIONS[from_version] = fn
        return fn

    return register


def migrate(type_name: str, data: Any, version: int, *, path: str = "$", line: int | None = None) -> tuple[str, Any]:
    """Upgrade one stored value from ``version`` to :data:`FORMAT_VERSION`.

    Args:
        type_name: The stored type name (``"Meeting"``, ``"Extraction"`` ...).
        data: The stored JSON value.
        version: The version it was written with.
        path: JSON path of ``data`` in its document, for error messages.
        line: JSON Lines line number, for error messages.

    Returns:
        The type name and data at the current version.

    Raises:
        SchemaVersionError: ``version`` is newer than this library, or no step covers it.
        LoadError: The data is not a valid value of its version.
    """
    if version > FORMAT_VERSION:
        raise SchemaVersionError(
            f"format version {version} is newer than this library reads ({FORMAT_VERSION}); upgrade asean-records",
            path=path,
            line=line,
        )
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaVersionError(f"no migration from format version {version}", path=path, line=line)
        try:
            type_name, data = step(type_name, data)
        except _MigrationError as exc:
            raise LoadError(
                f"cannot upgrade from version {version}: {exc.message}", path=path + exc.path, line=line
            ) from None
        version += 1
    return type_name, data


class _MigrationError(Exception):
    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


# --- version 0 -> 1 -------------------------------------------------------------------------------------------------


def _v0_date(value: Any, path: str) -> str:
    if not isinstance(value, dict):
        raise _MigrationError("a version 0 date is an object {year, month, day}", path)
    unknown = set(value) - {"year", "month", "day"}
    if unknown:
        raise _MigrationError(f"unknown key {sorted(unknown)[0]!r} in a version 0 date", path)
    parts = []
    for name, width in (("year", 4), ("month", 2), ("day", 2)):
        part = value.get(name)
        if part is None:
            break
        if type(part) is not int or not 0 < part < 10**width:
            raise _MigrationError(f"{name} must be a positive integer of at most {width} digits", f"{path}.{name}")
        parts.append(f"{part:0{width}d}")
    if not parts:
        raise _MigrationError("a version 0 date needs a year", f"{path}.year")
    if len(parts) < 3 and value.get("day") is not None:
        raise _MigrationError("a day without a month", f"{path}.day")
    return "-".join(parts)


def _v0_dating(value: Any, path: str) -> Any:
    if value is None:
        return None
    if isinstance(value, dict) and ("start" in value or "end" in value):
        if set(value) != {"start", "end"}:
            raise _MigrationError("a version 0 date range is an object {start, end}", path)
        return f"{_v0_date(value['start'], path + '.start')}/{_v0_date(value['end'], path + '.end')}"
    return _v0_date(value, path)


def _v0_field(data: Any, key: str, convert: Callable[[Any, str], Any], path: str) -> Any:
    if isinstance(data, dict) and key in data:
        return {**data, key: convert(data[key], f"{path}.{key}")}
    return data


def _v0_records(data: Any, key: str, convert: Callable[[Any, str], Any]) -> Any:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        return data
    items = [convert(item, f".{key}[{i}]") for i, item in enumerate(data[key])]
    return {**data, key: items}


def _v0_source(data: Any, path: str = "") -> Any:
    return _v0_field(data, "published", _v0_dating, path)


def _v0_with_date(data: Any, path: str = "") -> Any:
    return _v0_field(data, "date", _v0_dating, path)


@migration(0)
def v0_to_v1(type_name: str, data: Any) -> tuple[str, Any]:
    """Version 0 to 1: dates and ranges from objects to ISO strings; ``plans_of_action`` becomes ``plans``."""
    if type_name in ("PartialDate", "DateRange"):
        return type_name, _v0_dating(data, "")
    if type_name == "Source":
        return type_name, _v0_source(data)
    if type_name in ("Meeting", "Statement"):
        return type_name, _v0_with_date(data)
    if type_name == "Extraction" and isinstance(data, dict):
        data = _v0_field(data, "source", _v0_source, "")
        data = _v0_records(data, "meetings", _v0_with_date)
        data = _v0_records(data, "statements", _v0_with_date)
        if "plans_of_action" in data:
            if "plans" in data:
                raise _MigrationError("both 'plans' and 'plans_of_action' given", ".plans")
            data = {("plans" if k == "plans_of_action" else k): v for k, v in data.items()}
    return type_name, data
