"""JSON and JSON Lines: versioned documents and streams of records, loaded strictly.

A stored **document** is an envelope around one model value::

    {"format": "asean-records", "version": 1, "type": "Extraction", "data": {...}}

A **JSON Lines stream** starts with a header line, then holds one record per line::

    {"format": "asean-records", "version": 1, "type": "Meeting"}
    {"id": "mtg-...", "name": "...", ...}

In a ``"mixed"`` stream each line is tagged: ``{"type": "Person", "data": {...}}``.

Loading treats input as untrusted: sizes, nesting depth and integers are capped
(:class:`LoadOptions`), nothing is coerced, unknown keys are refused unless
``unknown="ignore"``, and every failure is a
:class:`~asean_records.errors.LoadError` (or its subclasses
:class:`~asean_records.errors.SchemaVersionError` and
:class:`~asean_records.errors.LimitExceededError`) naming the JSON path of the
bad value and, in a stream, its line.

orjson is used when installed (``backend="auto"``); the standard library's
``json`` otherwise. Both give the same records.
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import json as _stdlib_json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, TypeVar, overload

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from asean_records.errors import ExportError, LimitExceededError, LoadError, MissingDependencyError, SchemaVersionError
from asean_records.io.converter import (
    DEFAULT_MAX_INT,
    MODEL_TYPES,
    IntegerLimitError,
    cached_converter,
    fast_structurers,
    fast_unstructurers,
    field_order,
)
from asean_records.io.migrations import FORMAT_NAME, FORMAT_VERSION, migrate

__all__ = [
    "Backend",
    "LoadOptions",
    "dump_jsonl",
    "dump_path",
    "dumps",
    "load_jsonl",
    "load_path",
    "loads",
    "structure",
    "unstructure",
]

T = TypeVar("T")

Backend = Literal["auto", "orjson", "json"]
"""Which JSON library encodes and decodes: orjson when installed (``"auto"``), or one by name."""

Unknown = Literal["forbid", "ignore"]

_TYPES: dict[str, type[Any]] = {cls.__name__: cls for cls in MODEL_TYPES}

_MODEL_DEPTH = 10
"""Deepest nesting of arrays and objects that valid data can reach (envelope, extraction, record, provenance, span).

Strict structuring with unknown keys forbidden accepts nothing deeper, so the explicit depth walk is only needed
when keys are ignored, when ``max_depth`` is below this, or to name the limit when structuring fails.
"""


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 1:
        raise ValueError(f"{attribute.name} must be positive, got {value}")


@attrs.frozen(kw_only=True)
class LoadOptions:
    """Limits and policies for loading untrusted JSON.

    Attributes:
        unknown: ``"forbid"`` (default) rejects keys the model does not know; ``"ignore"`` drops them.
        max_bytes: Largest document accepted by :func:`loads` and :func:`load_path`, in bytes (``None``: no cap).
        max_line_bytes: Largest JSON Lines line accepted, in bytes (``None``: no cap).
        max_depth: Deepest nesting of arrays and objects accepted (a document's envelope counts as one level).
        max_int: Largest integer magnitude accepted in a model field (default ``2**53 - 1``). Floats, NaN and
            Infinity are never accepted.
    """

    unknown: Unknown = attrs.field(default="forbid", validator=attrs.validators.in_(("forbid", "ignore")))
    max_bytes: int | None = attrs.field(default=64 * 2**20, validator=_positive)
    max_line_bytes: int | None = attrs.field(default=16 * 2**20, validator=_positive)
    max_depth: int = attrs.field(default=32, validator=_positive)
    max_int: int = attrs.field(default=DEFAULT_MAX_INT, validator=_positive)


_DEFAULT_OPTIONS = LoadOptions()


# --- backends -------------------------------------------------------------------------------------------------------


class _NumberLimitError(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NumberLimitError(f"{name} is not allowed")


def _parse_int(text: str) -> int:
    if len(text) > 40:
        raise _NumberLimitError(f"integer of {len(text)} digits is too long")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _NumberLimitError(f"number {text[:20]} is out of range")
    return value


def _stdlib_loads(data: bytes | str) -> Any:
    return _stdlib_json.loads(data, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float)


def _stdlib_dumps(value: Any, indent: bool) -> bytes:
    if indent:
        text = _stdlib_json.dumps(value, ensure_ascii=False, indent=2)
    else:
        text = _stdlib_json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def _orjson() -> Any:
    try:
        import orjson
    except ImportError:
        raise MissingDependencyError("the orjson JSON backend", "fast") from None
    return orjson


def _resolve_backend(backend: Backend) -> Literal["orjson", "json"]:
    if backend == "json":
        return "json"
    if backend == "orjson":
        _orjson()
        return "orjson"
    if backend != "auto":
        raise ValueError(f"unknown JSON backend {backend!r}; use 'auto', 'orjson' or 'json'")
    try:
        _orjson()
    except MissingDependencyError:
        return "json"
    return "orjson"


def _decoder(backend: Backend) -> Callable[[bytes | str], Any]:
    if _resolve_backend(backend) == "orjson":
        loads: Callable[[bytes | str], Any] = _orjson().loads
        return loads
    return _stdlib_loads


def _encoder(backend: Backend, indent: bool = False) -> Callable[[Any], bytes]:
    if _resolve_backend(backend) == "orjson":
        orjson = _orjson()
        option = orjson.OPT_INDENT_2 if indent else 0

        def encode(value: Any) -> bytes:
            result: bytes = orjson.dumps(value, option=option)
            return result

        return encode
    return lambda value: _stdlib_dumps(value, indent)


def _line_encoder(backend: Backend) -> Callable[[Any], bytes]:
    """Encode one JSON Lines line, newline included."""
    if _resolve_backend(backend) == "orjson":
        orjson = _orjson()
        encode: Callable[[Any], bytes] = functools.partial(orjson.dumps, option=orjson.OPT_APPEND_NEWLINE)
        return encode
    return lambda value: _stdlib_dumps(value, False) + b"\n"


def _decode(decoder: Callable[[bytes | str], Any], data: bytes | str, line: int | None = None) -> Any:
    try:
        return decoder(data)
    except _NumberLimitError as exc:
        raise LimitExceededError(str(exc), line=line) from None
    except RecursionError:
        raise LimitExceededError("nesting too deep to parse", line=line) from None
    except ValueError as exc:  # JSONDecodeError of both backends, and bad UTF-8
        message = str(exc)
        if "depth limit" in message or "recursion" in message:
            raise LimitExceededError(f"nesting too deep to parse ({message})", line=line) from None
        if "infinity" in message.lower():
            raise LimitExceededError(f"number out of range ({message})", line=line) from None
        raise LoadError(f"invalid JSON: {message}", line=line) from None


# --- errors ---------------------------------------------------------------------------------------------------------


def _key_path(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    text = str(key)
    if text.isidentifier():
        return f"{path}.{text}"
    return f"{path}[{_stdlib_json.dumps(text, ensure_ascii=False)}]"


def _first_error(exc: BaseException, path: str) -> tuple[str, str]:
    """The message and JSON path of the first leaf error in a cattrs exception tree."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub in without:
            if isinstance(sub, ForbiddenExtraKeysError):
                extra = sorted(sub.extra_fields)[0]
                allowed = ", ".join(a.name for a in field_order(sub.cl))
                return f"unknown key {extra!r} (allowed: {allowed})", _key_path(path, extra)
        if with_notes:
            sub, note = with_notes[0]
            key: object = note.index if isinstance(note, IterableValidationNote) else note.name
            sub_path = _key_path(path, key)
            if isinstance(sub, KeyError):
                return f"missing required key {key!r}", path
            return _first_error(sub, sub_path)
        if without:
            return _first_error(without[0], path)
        return str(exc), path
    if isinstance(exc, ForbiddenExtraKeysError):
        key = sorted(exc.extra_fields)[0]
        return f"unknown key {key!r}", _key_path(path, key)
    if isinstance(exc, LoadError):
        return exc.message, path + exc.path[1:]
    if isinstance(exc, KeyError):
        return f"missing required key {exc.args[0]!r}", path
    if isinstance(exc, TypeError | ValueError):
        return str(exc), path
    return f"invalid value ({type(exc).__name__}: {exc})", path


def _has_limit_error(exc: BaseException) -> bool:
    """True when the first leaf error of a cattrs exception tree is an integer limit."""
    while isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        if any(isinstance(sub, ForbiddenExtraKeysError) for sub in without) or not (with_notes or without):
            return False
        exc = with_notes[0][0] if with_notes else without[0]
    return isinstance(exc, IntegerLimitError)


def _check_depth(value: Any, limit: int, root: str, line: int | None, configured: int) -> None:
    stack: list[tuple[Any, int, str]] = [(value, 1, root)]
    while stack:
        item, depth, path = stack.pop()
        if isinstance(item, dict):
            children: Iterable[tuple[object, Any]] = item.items()
        elif isinstance(item, list):
            children = enumerate(item)
        else:
            continue
        if depth > limit:
            raise LimitExceededError(f"nesting deeper than max_depth={configured} levels", path=path, line=line)
        for key, child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1, _key_path(path, key)))


# --- structure / unstructure ----------------------------------------------------------------------------------------


def _converter(options: LoadOptions) -> cattrs.Converter:
    return cached_converter(forbid_extra_keys=options.unknown == "forbid", max_int=options.max_int)


def _structure(data: Any, cls: type[T], options: LoadOptions, *, path: str, line: int | None, depth: int) -> T:
    """Structure ``data`` (found at ``path``, ``depth`` levels down its document) into ``cls``, or raise LoadError."""
    room = options.max_depth - depth + 1
    if options.unknown != "forbid" or room < _MODEL_DEPTH:
        _check_depth(data, room, path, line, options.max_depth)
    try:
        result: T = _converter(options).structure(data, cls)
    except Exception as exc:
        _check_depth(data, room, path, line, options.max_depth)
        message, where = _first_error(exc, path)
        error = LimitExceededError if _has_limit_error(exc) else LoadError
        raise error(message, path=where, line=line) from None
    return result


def structure(data: Any, cls: type[T], *, options: LoadOptions | None = None) -> T:
    """Build a model value of type ``cls`` from JSON-ready ``data`` (no envelope), strictly.

    Args:
        data: Parsed JSON: dicts, lists, strings, ints, booleans and ``None``.
        cls: The model class to build (``Meeting``, ``Extraction`` ...).
        options: Limits and the unknown-key policy; :class:`LoadOptions` defaults when ``None``.

    Raises:
        LoadError: ``data`` is not a valid ``cls``; names the JSON path of the bad value.
        LimitExceededError: ``data`` nests deeper than ``options.max_depth`` or holds a too large integer.
    """
    if cls not in _TYPES.values():
        raise LoadError(f"{getattr(cls, '__name__', cls)!r} is not a model type")
    return _structure(data, cls, options or _DEFAULT_OPTIONS, path="$", line=None, depth=1)


def unstructure(value: Any) -> Any:
    """The JSON-ready form of a model value (no envelope): dicts, lists, strings, ints, booleans, ``None``.

    Raises:
        ExportError: ``value`` is not a model value.
    """
    _type_name(value)
    return cached_converter().unstructure(value)


def _type_name(value: Any) -> str:
    name = type(value).__name__
    if _TYPES.get(name) is not type(value):
        raise ExportError(f"cannot store a {type(value).__qualname__}: not an asean_records model value")
    return name


# --- documents ------------------------------------------------------------------------------------------------------


def _envelope(value: Any) -> dict[str, Any]:
    type_name = _type_name(value)
    data = fast_unstructurers()[type(value)](value)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "type": type_name, "data": data}


def dumps(value: Any, *, indent: bool = False, backend: Backend = "auto") -> str:
    """A model value as a versioned JSON document.

    Args:
        value: A record, an :class:`~asean_records.model.Extraction`, or any other model value.
        indent: Indent by two spaces (for reading and diffs) instead of the compact form.
        backend: JSON library to use.

    Returns:
        ``{"format": "asean-records", "version": 1, "type": ..., "data": ...}`` as text.

    Raises:
        ExportError: ``value`` is not a model value.
        MissingDependencyError: ``backend="orjson"`` and orjson is not installed.
    """
    return _encoder(backend, indent)(_envelope(value)).decode("utf-8")


def _check_header(header: Any, *, stream: bool, line: int | None) -> tuple[int, str]:
    """Check an envelope or stream header; return its version and type name."""
    kind = "stream header" if stream else "document"
    if not isinstance(header, dict):
        raise SchemaVersionError(f"not an asean-records {kind}: expected an object", line=line)
    fmt = header.get("format")
    if fmt != FORMAT_NAME:
        raise SchemaVersionError(
            f"not an asean-records {kind}: format is {fmt!r}, expected {FORMAT_NAME!r}", path="$.format", line=line
        )
    version = header.get("version")
    if type(version) is not int or version < 0:
        raise SchemaVersionError(
            f"version must be a non-negative integer, got {version!r}", path="$.version", line=line
        )
    if version > FORMAT_VERSION:
        raise SchemaVersionError(
            f"format version {version} is newer than this library reads ({FORMAT_VERSION}); upgrade asean-records",
            path="$.version",
            line=line,
        )
    type_name = header.get("type")
    allowed = {"format", "version", "type"} if stream else {"format", "version", "type", "data"}
    for key in header:
        if key not in allowed:
            raise LoadError(f"unknown key {key!r} in the {kind}", path=_key_path("$", key), line=line)
    if not stream and "data" not in header:
        raise LoadError("missing required key 'data'", line=line)
    if not isinstance(type_name, str) or (type_name not in _TYPES and not (stream and type_name == "mixed")):
        raise LoadError(f"unknown type {type_name!r}", path="$.type", line=line)
    return version, type_name


def _check_type(type_name: str, cls: type[Any] | None, path: str, line: int | None) -> type[Any]:
    found = _TYPES[type_name]
    if cls is not None and found is not cls:
        raise LoadError(f"expected a {cls.__name__}, found a {type_name}", path=path, line=line)
    return found


@overload
def loads(data: bytes | str, cls: type[T], *, options: LoadOptions | None = ..., backend: Backend = ...) -> T: ...


@overload
def loads(data: bytes | str, cls: None = ..., *, options: LoadOptions | None = ..., backend: Backend = ...) -> Any: ...


def loads(
    data: bytes | str, cls: type[T] | None = None, *, options: LoadOptions | None = None, backend: Backend = "auto"
) -> Any:
    """Load a versioned JSON document written by :func:`dumps` (or an older version of it).

    Args:
        data: The document, as UTF-8 bytes or text.
        cls: The model class expected; ``None`` accepts any model type the document names.
        options: Limits and the unknown-key policy.
        backend: JSON library to use.

    Returns:
        The model value, upgraded from older format versions when needed.

    Raises:
        LoadError: The document is not valid JSON, not a valid value, or not of type ``cls``.
        SchemaVersionError: It is not an asean-records document, or its version is newer than this library.
        LimitExceededError: It breaks a size, depth or number limit of ``options``.
    """
    options = options or _DEFAULT_OPTIONS
    if not isinstance(data, bytes | bytearray | memoryview | str):
        raise LoadError(f"expected bytes or str, got {type(data).__name__}")
    size = len(data)
    if isinstance(data, str) and options.max_bytes is not None and size * 4 > options.max_bytes:
        size = len(data.encode("utf-8", "surrogatepass"))
    if options.max_bytes is not None and size > options.max_bytes:
        raise LimitExceededError(f"document of {size} bytes is larger than max_bytes={options.max_bytes}")
    if isinstance(data, memoryview | bytearray):
        data = bytes(data)
    return _load_document(_decode(_decoder(backend), data), cls, options)


def _load_document(document: Any, cls: type[Any] | None, options: LoadOptions) -> Any:
    version, type_name = _check_header(document, stream=False, line=None)
    payload = document["data"]
    if version != FORMAT_VERSION:
        type_name, payload = migrate(type_name, payload, version, path="$.data")
    target = _check_type(type_name, cls, "$.type", None)
    return _structure(payload, target, options, path="$.data", line=None, depth=2)


# --- files ----------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Write to a temp file beside ``path`` and move it into place only when the block completes."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def dump_path(value: Any, path: str | os.PathLike[str], *, indent: bool = False, backend: Backend = "auto") -> None:
    """Write a model value to ``path`` as a versioned JSON document, atomically.

    The document is written to a temporary file in the same directory and moved
    into place, so ``path`` never holds a half-written document.

    Raises:
        ExportError: ``value`` is not a model value.
        OSError: The file cannot be written.
    """
    payload = _encoder(backend, indent)(_envelope(value))
    with _atomic_writer(Path(path)) as handle:
        handle.write(payload)


@overload
def load_path(
    path: str | os.PathLike[str], cls: type[T], *, options: LoadOptions | None = ..., backend: Backend = ...
) -> T: ...


@overload
def load_path(
    path: str | os.PathLike[str], cls: None = ..., *, options: LoadOptions | None = ..., backend: Backend = ...
) -> Any: ...


def load_path(
    path: str | os.PathLike[str],
    cls: type[T] | None = None,
    *,
    options: LoadOptions | None = None,
    backend: Backend = "auto",
) -> Any:
    """Load a versioned JSON document from a file (see :func:`loads`).

    Raises:
        LoadError: As :func:`loads`; also when the file cannot be read.
        LimitExceededError: The file is larger than ``options.max_bytes`` (checked before reading).
    """
    options = options or _DEFAULT_OPTIONS
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if options.max_bytes is not None and size > options.max_bytes:
                raise LimitExceededError(f"file of {size} bytes is larger than max_bytes={options.max_bytes}")
            limit = -1 if options.max_bytes is None else options.max_bytes + 1
            data = handle.read(limit)
    except OSError as exc:
        raise LoadError(f"cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from None
    return loads(data, cls, options=options, backend=backend)


# --- JSON Lines -----------------------------------------------------------------------------------------------------


def dump_jsonl(
    records: Iterable[Any],
    dest: str | os.PathLike[str] | IO[bytes],
    *,
    record_type: type[Any] | Literal["mixed"] | None = None,
    backend: Backend = "auto",
) -> int:
    """Write model values as a versioned JSON Lines stream: a header line, then one value per line.

    Args:
        records: The values, consumed once (any iterable, so a generator streams in constant memory).
        dest: A path (written atomically through a temporary file beside it) or a binary file object.
        record_type: The one model class every value has, or ``"mixed"`` to tag each line with its type.
            ``None`` takes the class of the first value (an empty stream is then ``"mixed"``).
        backend: JSON library to use.

    Returns:
        The number of values written.

    Raises:
        ExportError: A value is not a model value or not of ``record_type``; a path is left untouched.
    """
    items = iter(records)
    first: list[Any] = []
    if record_type is None:
        for item in items:
            first.append(item)
            record_type = type(item)
            break
        else:
            record_type = "mixed"
    if record_type != "mixed" and not (
        isinstance(record_type, type) and _TYPES.get(record_type.__name__) is record_type
    ):
        raise ExportError(f"record_type must be a model class or 'mixed', got {record_type!r}")
    encode = _line_encoder(backend)
    type_name = "mixed" if record_type == "mixed" else record_type.__name__
    table = fast_unstructurers()

    def write(handle: IO[bytes]) -> int:
        out = handle.write
        out(encode({"format": FORMAT_NAME, "version": FORMAT_VERSION, "type": type_name}))
        count = 0
        if type_name == "mixed":
            for item in _chain(first, items):
                count += 1
                out(encode({"type": _type_name(item), "data": table[type(item)](item)}))
            return count
        assert isinstance(record_type, type)
        unstructure_value = table[record_type]
        for values in (first, items):
            for item in values:
                count += 1
                if type(item) is not record_type:
                    raise ExportError(
                        f"value {count} is a {type(item).__qualname__}, not a {type_name}; pass record_type='mixed'"
                    )
                out(encode(unstructure_value(item)))
        return count

    if isinstance(dest, str | os.PathLike):
        with _atomic_writer(Path(dest)) as handle:
            return write(handle)
    return write(dest)


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


_BLOCK = 1 << 16
"""Bytes read at a time from a JSON Lines stream (memory stays within a block and a longest line)."""


def _read_blocks(handle: IO[bytes], max_line: int | None) -> Iterator[list[bytes]]:
    """The lines of ``handle`` without their newlines, a block's worth at a time (a list may be empty).

    Raises _LineTooLong in place of the first line longer than ``max_line`` bytes (trailing carriage returns
    not counted), after yielding the lines before it. A line spanning blocks is kept in pieces until its end
    (joined once: linear in its length).
    """
    read = handle.read
    pieces: list[bytes] = []  # the line still open at the end of the last block
    size = 0
    while True:
        block = read(_BLOCK)
        if not block:
            break
        if b"\n" not in block:
            pieces.append(block)
            size += len(block)
            if max_line is not None and size > max_line + 1:  # too long, unless it ends in carriage returns
                stripped = b"".join(pieces).rstrip(b"\r")
                if len(stripped) > max_line:
                    raise _LineTooLong
                pieces, size = [stripped, b"\r"], len(stripped) + 1  # JSON whitespace: one reads as many
            continue
        lines = block.split(b"\n")
        if pieces:
            pieces.append(lines[0])
            lines[0] = b"".join(pieces)
        rest = lines.pop()
        pieces, size = ([rest], len(rest)) if rest else ([], 0)
        if max_line is not None and max(map(len, lines)) > max_line:
            for index, line in enumerate(lines):
                if len(line.rstrip(b"\r")) > max_line:
                    yield lines[:index]
                    raise _LineTooLong
        yield lines
    if pieces:
        last = b"".join(pieces)
        if max_line is not None and len(last.rstrip(b"\r")) > max_line:
            raise _LineTooLong
        yield [last]


class _LineTooLong(Exception):
    pass


@overload
def load_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    cls: type[T],
    *,
    options: LoadOptions | None = ...,
    backend: Backend = ...,
) -> Iterator[T]: ...


@overload
def load_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    cls: None = ...,
    *,
    options: LoadOptions | None = ...,
    backend: Backend = ...,
) -> Iterator[Any]: ...


def load_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    cls: type[T] | None = None,
    *,
    options: LoadOptions | None = None,
    backend: Backend = "auto",
) -> Iterator[Any]:
    """Iterate the values of a versioned JSON Lines stream, one line at a time (constant memory).

    The header is checked when iteration starts. Blank lines are skipped. The
    iterator either yields every value or raises at the first bad line, naming
    its number; ``list(load_jsonl(path))`` therefore returns all values or none.

    Args:
        source: A path or a binary file object positioned at the header line.
        cls: The model class every value must have; ``None`` accepts the stream's declared type(s).
        options: Limits (``max_line_bytes`` applies to every line) and the unknown-key policy.
        backend: JSON library to use.

    Raises:
        LoadError: A line is not valid JSON or not a valid value (names the line and the JSON path),
            or the file cannot be read.
        SchemaVersionError: The header is missing, of another format, or of a newer version.
        LimitExceededError: A line breaks a limit of ``options``.
    """
    options = options or _DEFAULT_OPTIONS
    decoder = _decoder(backend)
    if isinstance(source, str | os.PathLike):
        return _load_jsonl_path(source, cls, options, decoder)
    return _load_jsonl_handle(source, cls, options, decoder)


def _load_jsonl_path(
    path: str | os.PathLike[str], cls: type[Any] | None, options: LoadOptions, decoder: Callable[[bytes | str], Any]
) -> Iterator[Any]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the generator below
    except OSError as exc:
        raise LoadError(f"cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from None
    return _closing(handle, _load_jsonl_handle(handle, cls, options, decoder))


def _closing(handle: IO[bytes], records: Iterator[Any]) -> Iterator[Any]:
    with handle:
        yield from records


def _load_jsonl_handle(
    handle: IO[bytes], cls: type[Any] | None, options: LoadOptions, decoder: Callable[[bytes | str], Any]
) -> Iterator[Any]:
    if isinstance(handle, io.TextIOBase):
        raise LoadError("open JSON Lines files in binary mode ('rb')")
    number = 0
    try:
        blocks = _read_blocks(handle, options.max_line_bytes)
        for first in blocks:
            if first:
                break
        else:
            raise SchemaVersionError("empty stream: no asean-records header line", line=1)
        number = 1
        version, type_name = _check_header(_decode(decoder, first[0], 1), stream=True, line=1)
        fixed = None if type_name == "mixed" else _check_type(type_name, cls, "$.type", 1)
        fast = None
        # Strict structuring with unknown keys forbidden passes nothing deeper than the model: no depth walk needed.
        if (
            fixed is not None
            and version == FORMAT_VERSION
            and options.unknown == "forbid"
            and options.max_depth >= _MODEL_DEPTH
        ):
            fast = fast_structurers(forbid_extra_keys=True, max_int=options.max_int).get(fixed)
        for lines in itertools.chain((first[1:],), blocks):
            if fast is None:
                for raw in lines:
                    number += 1
                    if raw.strip():
                        yield _load_line(_decode(decoder, raw, number), number, version, type_name, cls, options)
                continue
            for raw in lines:
                number += 1
                try:
                    value = decoder(raw)
                except Exception:
                    if not raw.strip():
                        continue
                    value = _decode(decoder, raw, number)
                try:
                    record = fast(value)
                except Exception:
                    record = _load_line(value, number, version, type_name, cls, options)
                yield record
    except _LineTooLong:
        raise LimitExceededError(f"line longer than max_line_bytes={options.max_line_bytes}", line=number + 1) from None
    except OSError as exc:
        raise LoadError(f"cannot read stream: {exc.strerror or exc}", line=number or None) from None


def _load_line(
    value: Any, number: int, version: int, type_name: str, cls: type[Any] | None, options: LoadOptions
) -> Any:
    path = "$"
    depth = 1
    line_type = type_name
    if type_name == "mixed":
        if not isinstance(value, dict):
            raise LoadError("a mixed-stream line is an object {type, data}", line=number)
        for key in value:
            if key not in ("type", "data"):
                raise LoadError(f"unknown key {key!r} in a mixed-stream line", path=_key_path("$", key), line=number)
        line_type = value.get("type")  # type: ignore[assignment]
        if not isinstance(line_type, str) or line_type not in _TYPES:
            raise LoadError(f"unknown type {line_type!r}", path="$.type", line=number)
        if "data" not in value:
            raise LoadError("missing required key 'data'", line=number)
        value = value["data"]
        path = "$.data"
        depth = 2
    if version != FORMAT_VERSION:
        line_type, value = migrate(line_type, value, version, path=path, line=number)
    target = _check_type(line_type, cls, "$.type" if type_name == "mixed" else "$", number)
    return _structure(value, target, options, path=path, line=number, depth=depth)
