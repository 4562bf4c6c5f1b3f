"""The exceptions that ``asean_records`` raises.

Every exception the library raises on purpose derives from
:class:`AseanRecordsError`, so one ``except`` clause catches them all. Each
subclass names *what* went wrong and *where*: the input (a source id, a file
path, a data file) and the position in it (a character offset, a JSON path, a
key). Errors that callers traditionally expect as built-ins also derive from
them (``ValueError``, ``LookupError``, ``ImportError``).
"""

from __future__ import annotations

__all__ = [
    "AseanRecordsError",
    "DecodeError",
    "ExportError",
    "InputError",
    "InputTooLargeError",
    "InvalidDateError",
    "InvalidSpanError",
    "LimitExceededError",
    "LoadError",
    "MissingDependencyError",
    "ModelError",
    "ParseError",
    "QueryError",
    "ReferenceDataError",
    "SchemaVersionError",
    "UnknownReferenceError",
]


class AseanRecordsError(Exception):
    """Root of every error raised by ``asean_records``."""


class ModelError(AseanRecordsError, ValueError):
    """A model value was constructed with data that breaks one of its invariants."""


class InvalidDateError(ModelError):
    """A partial date or date range is not a real calendar value (e.g. ``2021-02-30``)."""


class InvalidSpanError(ModelError):
    """A character span is negative, reversed, or points outside its text."""


class InputError(AseanRecordsError, ValueError):
    """Input handed to the parser cannot be read.

    Args:
        message: What is wrong.
        source: The id or path of the input.
        position: Character (or byte) offset in the input where the problem is,
            when one is known.
    """

    def __init__(self, message: str, *, source: str | None = None, position: int | None = None) -> None:
        self.source = source
        self.position = position
        where = []
        if source is not None:
            where.append(f"in {source!r}")
        if position is not None:
            where.append(f"at offset {position}")
        super().__init__(f"{message} ({', '.join(where)})" if where else message)
        self.message = message


class DecodeError(InputError):
    """Bytes handed to the parser are not valid text in the declared encoding."""


class InputTooLargeError(InputError):
    """An input is larger than the configured cap (checked before any normalisation)."""


class ParseError(InputError):
    """The parser met input it cannot turn into records, at a known position."""


class UnknownReferenceError(AseanRecordsError, LookupError):
    """A knowledge-base lookup found nothing for the given name, code or number.

    Args:
        kind: What was looked up (``"country"``, ``"series"``, ...).
        key: The value that was not found.
        hint: Optional suggestion (close matches).
    """

    def __init__(self, kind: str, key: object, hint: str | None = None) -> None:
        self.kind = kind
        self.key = key
        msg = f"unknown {kind}: {key!r}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)


class ReferenceDataError(AseanRecordsError):
    """A knowledge-base data file is malformed (names the file and the entry)."""


class LoadError(AseanRecordsError, ValueError):
    """Stored data could not be loaded into records.

    Args:
        message: What is wrong.
        path: JSON path of the bad value, e.g. ``$.meetings[2].date``.
        line: Line number in a JSON Lines stream (1-based), when reading one.
    """

    def __init__(self, message: str, *, path: str = "$", line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f" @ {path}"
        if line is not None:
            where = f" @ line {line} {path}"
        super().__init__(message + where)


class SchemaVersionError(LoadError):
    """Stored data names a format or version this library cannot read or upgrade."""


class LimitExceededError(LoadError):
    """Stored data exceeds a configured size, depth or number limit."""


class ExportError(AseanRecordsError):
    """Records could not be exported to the requested format."""


class MissingDependencyError(AseanRecordsError, ImportError):
    """An optional feature needs a package that is not installed.

    Args:
        feature: The feature asked for (e.g. ``"Parquet export"``).
        extra: The ``pip install asean-records[EXTRA]`` extra that provides it.
    """

    def __init__(self, feature: str, extra: str) -> None:
        self.feature = feature
        self.extra = extra
        super().__init__(f"{feature} needs an optional dependency: pip install 'asean-records[{extra}]'")


class QueryError(AseanRecordsError, ValueError):
    """A query over many records was asked with an argument it cannot use (an unknown role, a reversed window)."""
