"""Nothing lost: every failed input is reported, writes are all-or-nothing, loads return all or name the fault."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from asean_records.errors import (
    AseanRecordsError,
    DecodeError,
    ExportError,
    InputError,
    InputTooLargeError,
    LoadError,
)
from asean_records.io import dump_jsonl, dump_path, dumps, load_jsonl, load_path, loads
from asean_records.model import Extraction
from asean_records.parse.options import ParseOptions
from asean_records.parse.pipeline import parse, parse_many

GOOD = (
    "HA NOI, 12 March 2020 - The 36th ASEAN Summit was held in Ha Noi, Viet Nam on 12 March 2020. "
    "H.E. Nguyễn Xuân Phúc, Prime Minister of Viet Nam, chaired the Summit. "
    "The 37th ASEAN Summit will be held in November 2020."
)


@pytest.fixture
def extraction() -> Extraction:
    """A small extraction with meetings, a person and provenance."""
    result = parse(GOOD, source="good")
    assert len(result.meetings) >= 2
    assert len(result.people) >= 1
    return result


# ---------------------------------------------------------------------------------------------------------------
# parse_many: one result per input, in order, failures with their reason
# ---------------------------------------------------------------------------------------------------------------


def _mixed_inputs(tmp_path: Path) -> tuple[list[str | tuple[str, str]], list[type[AseanRecordsError] | None]]:
    good_file = tmp_path / "good.txt"
    good_file.write_text(GOOD, encoding="utf-8")
    bad_utf8 = tmp_path / "bad.txt"
    bad_utf8.write_bytes(GOOD.encode() + b"\xc3\x28 trailing")
    big_file = tmp_path / "big.txt"
    big_file.write_text("ASEAN " * 20_000, encoding="utf-8")
    html_file = tmp_path / "page.html"
    html_file.write_text(f"<html><body><p>{GOOD}</p></body></html>", encoding="utf-8")
    inputs: list[str | tuple[str, str]] = [
        str(good_file),
        str(tmp_path / "missing.txt"),
        str(bad_utf8),
        ("inline-good", GOOD),
        str(big_file),
        str(tmp_path),  # a directory: cannot be read as a file
        ("inline-too-large", "ASEAN " * 20_000),
        str(html_file),
    ]
    expected: list[type[AseanRecordsError] | None] = [
        None,
        InputError,
        DecodeError,
        None,
        InputTooLargeError,
        InputError,
        InputTooLargeError,
        None,
    ]
    return inputs, expected


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_reports_every_failure_in_order(tmp_path: Path, workers: int) -> None:
    """Good inputs, unreadable paths, invalid UTF-8 and too-large inputs each get one result, in input order."""
    inputs, expected = _mixed_inputs(tmp_path)
    options = ParseOptions(max_chars=50_000)
    results = list(parse_many(inputs, workers=workers, options=options))
    assert list(range(len(inputs))) == [r.index for r in results]
    assert [i if isinstance(i, str) else i[0] for i in inputs] == [r.name for r in results]
    for result, kind in zip(results, expected, strict=True):
        if kind is None:
            assert result.ok, result.error
            assert result.extraction is not None
            assert result.extraction.meetings
        else:
            assert not result.ok
            assert result.extraction is None
            assert type(result.error) is kind, (result.name, result.error)
            assert str(result.error)


def test_parse_many_failure_names_its_input(tmp_path: Path) -> None:
    """Each error carries the source it came from, so a log line says which input failed."""
    inputs, _ = _mixed_inputs(tmp_path)
    results = list(parse_many(inputs, options=ParseOptions(max_chars=50_000)))
    for result in results:
        if result.error is not None:
            assert isinstance(result.error, InputError)
            assert result.error.source is not None
            assert Path(result.error.source).name in Path(result.name).name or result.error.source == result.name


def test_parse_many_is_lazy_and_keeps_going() -> None:
    """A generator of inputs is consumed as results are read, and a failure does not stop the batch."""
    seen: list[int] = []

    def inputs() -> Iterator[tuple[str, str]]:
        for i in range(6):
            seen.append(i)
            yield (f"doc-{i}", GOOD if i % 2 else "ASEAN " * 1_000)

    results = parse_many(inputs(), options=ParseOptions(max_chars=3_000))
    first = next(results)
    assert seen == [0]
    rest = list(results)
    assert [r.ok for r in [first, *rest]] == [False, True, False, True, False, True]


# ---------------------------------------------------------------------------------------------------------------
# Writers: the destination is the old file or the complete new one, never half of one
# ---------------------------------------------------------------------------------------------------------------


def _failing_records(extraction: Extraction, after: int) -> Iterator[object]:
    for i, record in enumerate(extraction.records()):
        if i == after:
            raise RuntimeError("source of records failed mid-write")
        yield record


def test_dump_jsonl_error_mid_write_leaves_no_file(tmp_path: Path, extraction: Extraction) -> None:
    """An exception from the records mid-stream leaves no destination and no temporary file behind."""
    dest = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        dump_jsonl(_failing_records(extraction, after=2), dest, record_type="mixed")
    assert not dest.exists()
    assert list(tmp_path.iterdir()) == []


def test_dump_jsonl_error_mid_write_keeps_old_file(tmp_path: Path, extraction: Extraction) -> None:
    """An exception mid-stream leaves an existing destination byte for byte as it was."""
    dest = tmp_path / "out.jsonl"
    dump_jsonl(extraction.records(), dest, record_type="mixed")
    before = dest.read_bytes()
    with pytest.raises(RuntimeError):
        dump_jsonl(_failing_records(extraction, after=1), dest, record_type="mixed")
    assert before == dest.read_bytes()
    assert [dest] == list(tmp_path.iterdir())


def test_dump_jsonl_wrong_type_mid_stream_keeps_old_file(tmp_path: Path, extraction: Extraction) -> None:
    """A value of the wrong type part-way raises ExportError and leaves the old file intact."""
    dest = tmp_path / "meetings.jsonl"
    dump_jsonl(extraction.meetings, dest)
    before = dest.read_bytes()
    with pytest.raises(ExportError):
        dump_jsonl([*extraction.meetings, extraction.people[0]], dest)
    assert before == dest.read_bytes()


def test_dump_path_refusal_keeps_old_file(tmp_path: Path, extraction: Extraction) -> None:
    """dump_path of a value that is not a model value raises ExportError and keeps the old document."""
    dest = tmp_path / "doc.json"
    dump_path(extraction, dest)
    before = dest.read_bytes()
    with pytest.raises(ExportError):
        dump_path({"not": "a record"}, dest)
    assert before == dest.read_bytes()
    assert extraction == load_path(dest, Extraction)


_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from asean_records.io import dump_jsonl
    from asean_records.parse.pipeline import parse

    extraction = parse(sys.argv[2], source="good")

    def records():
        for i in range(10_000):
            for record in extraction.records():
                yield record
            if i == 5_000:
                os.kill(os.getpid(), signal.SIGKILL)

    dump_jsonl(records(), sys.argv[1], record_type="mixed")
    """
)


@pytest.mark.parametrize("existing", [False, True])
def test_dump_jsonl_killed_mid_write(tmp_path: Path, extraction: Extraction, existing: bool) -> None:
    """A process killed (SIGKILL) mid-write leaves the destination absent or the old file intact.

    Only the temporary file beside the destination may remain (nothing can clean up after SIGKILL);
    it is never at the destination's name.
    """
    dest = tmp_path / "out.jsonl"
    before = b""
    if existing:
        dump_jsonl(extraction.records(), dest, record_type="mixed")
        before = dest.read_bytes()
    proc = subprocess.run([sys.executable, "-c", _KILLER, str(dest), GOOD], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    if existing:
        assert before == dest.read_bytes()
        assert len(list(load_jsonl(dest))) == len(list(extraction.records()))
    else:
        assert not dest.exists()
    leftovers = [p for p in tmp_path.iterdir() if p != dest]
    assert all(p.name.startswith(".out.jsonl.") and p.suffix == ".tmp" for p in leftovers), leftovers


# ---------------------------------------------------------------------------------------------------------------
# Loaders: every record or an error naming the first bad one
# ---------------------------------------------------------------------------------------------------------------


def _stream(extraction: Extraction) -> list[bytes]:
    out = io.BytesIO()
    dump_jsonl(extraction.records(), out, record_type="mixed")
    return out.getvalue().splitlines(keepends=True)


def test_load_jsonl_returns_every_record(extraction: Extraction) -> None:
    """A clean stream loads to exactly the records that were written, in order."""
    assert list(extraction.records()) == list(load_jsonl(io.BytesIO(b"".join(_stream(extraction)))))


@pytest.mark.parametrize("bad_line", [2, 3])
def test_load_jsonl_names_the_first_bad_line(extraction: Extraction, bad_line: int) -> None:
    """With two broken lines, loading fails at the first, naming its line number; list() yields nothing."""
    lines = _stream(extraction)
    assert len(lines) >= 4
    lines[bad_line - 1] = b'{"type": "Meeting", "data": {"name": 5}}\n'
    lines[-1] = b"not json at all\n"
    with pytest.raises(LoadError) as info:
        list(load_jsonl(io.BytesIO(b"".join(lines))))
    assert bad_line == info.value.line


def test_load_jsonl_truncated_last_line(extraction: Extraction) -> None:
    """A stream cut mid-line (as a crashed writer without atomic rename would leave) fails on that line."""
    data = b"".join(_stream(extraction))
    cut = data[: len(data) - 10]
    with pytest.raises(LoadError) as info:
        list(load_jsonl(io.BytesIO(cut)))
    assert cut.count(b"\n") + 1 == info.value.line


def test_loads_names_the_first_bad_record(extraction: Extraction) -> None:
    """A document with two bad records fails naming the JSON path of the first, in document order."""
    document = json.loads(dumps(extraction))
    document["data"]["meetings"][1]["name"] = 5
    document["data"]["people"][0]["name"] = ["not", "a", "name"]
    with pytest.raises(LoadError) as info:
        loads(json.dumps(document), Extraction)
    assert info.value.path.startswith("$.data.meetings[1]"), info.value.path


def test_load_path_round_trip(tmp_path: Path, extraction: Extraction) -> None:
    """A stored extraction loads back equal, with every record."""
    dest = tmp_path / "doc.json"
    dump_path(extraction, dest)
    assert extraction == load_path(dest, Extraction)


def test_unreadable_store_is_a_load_error(tmp_path: Path) -> None:
    """A missing or unreadable file is a LoadError naming the path, not an OSError."""
    with pytest.raises(LoadError, match=r"missing\.json"):
        load_path(tmp_path / "missing.json")
    with pytest.raises(LoadError):
        list(load_jsonl(tmp_path / "missing.jsonl"))
    assert not os.path.exists(tmp_path / "missing.json")
