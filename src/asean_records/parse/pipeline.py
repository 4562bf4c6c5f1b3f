"""The parser as a named cascade of stages: text in, :class:`~asean_records.model.Extraction` out.

Order: normalise the input (keeping an offset map), split sentences, find dates
and knowledge-base names, then run the record stages in :data:`STAGES` order.
Each stage reads the :class:`~asean_records.parse.document.Document` and returns
a new :class:`~asean_records.parse.found.Found`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

import attrs

from asean_records.errors import AseanRecordsError, InputError, ParseError
from asean_records.model import Extraction, Source
from asean_records.parse.document import Document
from asean_records.parse.found import Found, Stage
from asean_records.parse.options import ParseOptions
from asean_records.parse.stages import (
    delegations,
    documents,
    entities,
    figures,
    meetings,
    people,
    plans,
    statements,
)
from asean_records.parse.stages import source as source_stage
from asean_records.parse.stages.dates import find_dates
from asean_records.parse.stages.names import find_names
from asean_records.parse.stages.sentences import split_sentences
from asean_records.parse.text import InputFormat, decode, normalise

__all__ = ["STAGES", "ParseResult", "parse", "parse_file", "parse_many"]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("source", source_stage.find_source),
    ("people", people.find_people),
    ("meetings", meetings.find_meetings),
    ("statements", statements.find_statements),
    ("delegations", delegations.find_delegations),
    ("plans", plans.find_plans),
    ("documents", documents.find_documents),
    ("figures", figures.find_figures),
    ("entities", entities.find_entities),
)
"""The record stages in the order they run, by name."""

_DEFAULT = ParseOptions()


def _source_id(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse(
    text: str | bytes,
    *,
    source: Source | str | None = None,
    format: InputFormat | str = InputFormat.AUTO,
    options: ParseOptions | None = None,
) -> Extraction:
    """Extract records from one document.

    Args:
        text: The document: plain text, Markdown-ish text or HTML (``str``, or UTF-8 ``bytes``).
        source: A :class:`~asean_records.model.Source`, or just its id; defaults to a hash of the text.
        format: ``"auto"``, ``"plain"``, ``"markdown"`` or ``"html"``.
        options: Parser options.

    Returns:
        The extraction; every span points into ``text`` as passed (decoded, for bytes).

    Raises:
        InputTooLargeError: The input is larger than ``options.max_chars``.
        DecodeError: ``bytes`` that are not valid UTF-8.
        ParseError: Anything unexpected inside the parser, naming the source and the stage.
    """
    opts = options or _DEFAULT
    src_id = source.id if isinstance(source, Source) else source
    if isinstance(text, bytes):
        if len(text) > opts.max_chars * 4:
            from asean_records.errors import InputTooLargeError

            raise InputTooLargeError(f"input of {len(text)} bytes exceeds the cap", source=src_id)
        text = decode(text, source=src_id)
    if not isinstance(text, str):
        raise InputError(f"expected str or bytes, got {type(text).__name__}", source=src_id)
    src = source if isinstance(source, Source) else Source(id=source or _source_id(text))
    norm = normalise(text, format, source=src.id, max_chars=opts.max_chars)
    stage_name = "prepare"
    try:
        doc = Document(norm=norm, source=src, options=opts)
        doc.sentences = split_sentences(doc)
        doc.end = source_stage.content_end(doc)
        doc.sentences = tuple(s for s in doc.sentences if s.start < doc.end)
        doc.dates = tuple(d for d in find_dates(doc.text) if d.start < doc.end)
        doc.names = tuple(n for n in find_names(doc.text) if n.start < doc.end)
        doc.index()
        found = Found(source=src)
        for stage_name, stage in STAGES:  # noqa: B007 - the name is reported if the stage fails
            found = stage(doc, found)
    except AseanRecordsError:
        raise
    except Exception as exc:  # a bug in a stage must not escape untyped
        raise ParseError(f"internal error in parser stage {stage_name!r}: {exc!r}", source=src.id) from exc
    return found.to_extraction(text if opts.keep_text else None)


_SUFFIX_FORMAT = {".html": InputFormat.HTML, ".htm": InputFormat.HTML, ".md": InputFormat.MARKDOWN}


def parse_file(path: str | os.PathLike[str], *, options: ParseOptions | None = None) -> Extraction:
    """Extract records from a file (``.txt``, ``.md``, ``.html``); the source id is the file name.

    Raises:
        InputError: The file cannot be read.
        DecodeError: The file is not valid UTF-8.
        InputTooLargeError: The file is larger than the cap.
    """
    p = Path(path)
    opts = options or _DEFAULT
    try:
        size = p.stat().st_size
        if size > opts.max_chars * 4:
            from asean_records.errors import InputTooLargeError

            raise InputTooLargeError(f"file of {size} bytes exceeds the cap", source=str(p))
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=str(p)) from exc
    text = decode(data, source=str(p))
    fmt = _SUFFIX_FORMAT.get(p.suffix.lower(), InputFormat.AUTO)
    return parse(text, source=Source(id=p.name), format=fmt, options=opts)


@attrs.frozen
class ParseResult:
    """The outcome for one input of :func:`parse_many`: an extraction or the typed error it raised.

    Attributes:
        index: Position of the input in the iterable.
        name: The input's name (path or source id).
        extraction: The records, when parsing succeeded.
        error: The error, when it failed.
    """

    index: int
    name: str
    extraction: Extraction | None = None
    error: AseanRecordsError | None = None

    @property
    def ok(self) -> bool:
        """True when parsing succeeded."""
        return self.error is None


def _one(item: tuple[int, str | os.PathLike[str] | tuple[str, str], ParseOptions]) -> ParseResult:
    index, value, opts = item
    name = value[0] if isinstance(value, tuple) else str(value)
    try:
        if isinstance(value, tuple):
            return ParseResult(index, name, parse(value[1], source=value[0], options=opts))
        return ParseResult(index, name, parse_file(value, options=opts))
    except AseanRecordsError as exc:
        return ParseResult(index, name, error=exc)


def parse_many(
    inputs: Iterable[str | os.PathLike[str] | tuple[str, str]],
    *,
    workers: int = 1,
    options: ParseOptions | None = None,
    executor: Executor | None = None,
    chunk: int = 16,
) -> Iterator[ParseResult]:
    """Parse many inputs, streaming results in input order, one result (or typed error) per input.

    Args:
        inputs: File paths, or ``(source_id, text)`` pairs. Consumed lazily.
        workers: Processes to use; 1 parses in this process.
        options: Parser options for every input.
        executor: An executor to use instead of a new process pool.
        chunk: Inputs in flight per worker (bounds memory).

    Yields:
        A :class:`ParseResult` per input, in order; failures carry their error and never stop the batch.
    """
    opts = options or _DEFAULT
    items = ((i, value, opts) for i, value in enumerate(inputs))
    if workers <= 1 and executor is None:
        yield from map(_one, items)
        return
    pool = executor or ProcessPoolExecutor(max_workers=workers)
    try:
        window = max(1, workers) * chunk
        pending: list[object] = []
        from collections import deque

        queue: deque[object] = deque()
        for item in items:
            queue.append(pool.submit(_one, item))
            if len(queue) >= window:
                yield queue.popleft().result()  # type: ignore[attr-defined]
        while queue:
            yield queue.popleft().result()  # type: ignore[attr-defined]
        del pending
    finally:
        if executor is None:
            pool.shutdown(cancel_futures=True)
