"""Dask: a bag of extractions from picklable functions, partitioned Parquet output, and the shipped example."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from asean_records.errors import InputError
from asean_records.model import Extraction, Meeting, PartialDate, Source
from asean_records.query.dask import extract_bag, meeting_rows_bag, parse_partition, partition_table, to_parquet

ROOT = Path(__file__).resolve().parents[2]


def fake_parse(text: str) -> Extraction:
    """A picklable stand-in parser: 'name|year|month|host' -> one meeting; 'bad' is rejected."""
    if text == "bad":
        raise InputError("cannot read", source=text)
    name, year, month, host = text.split("|")
    meeting = Meeting(name=name, date=PartialDate(int(year), int(month)), host_country=host)
    return Extraction(source=Source(id=name), meetings=(meeting,))


TEXTS = [f"Widget Forum {i}|2031|{i % 12 + 1}|VN" for i in range(9)]


def test_bag_parses_every_input_in_order() -> None:
    """The bag holds one extraction per input, in input order (synchronous scheduler)."""
    bag = extract_bag(TEXTS, parse=fake_parse, partition_size=4)
    assert bag.npartitions == 3
    extractions = bag.compute(scheduler="synchronous")
    assert [f"Widget Forum {i}" for i in range(9)] == [ex.source.id for ex in extractions]


def test_rows_bag_threads() -> None:
    """Meeting rows carry partial dates as bounds and precision (threaded scheduler)."""
    rows = meeting_rows_bag(extract_bag(TEXTS, parse=fake_parse, partition_size=4)).compute(scheduler="threads")
    assert len(rows) == 9
    assert (rows[1]["date"], rows[1]["date_precision"]) == ("2031-02", "month")


def test_to_parquet_writes_one_file_per_partition(tmp_path: Path) -> None:
    """Parquet output has one file per partition and reads back every meeting."""
    written = to_parquet(extract_bag(TEXTS, parse=fake_parse, partition_size=4), tmp_path / "out", scheduler="threads")
    assert [str(tmp_path / "out" / f"part-{i:05d}.parquet") for i in range(3)] == written
    table = pq.read_table(tmp_path / "out")
    assert table.num_rows == 9
    assert {"VN"} == set(table.column("host_country").to_pylist())


def test_processes_scheduler_proves_picklability(tmp_path: Path) -> None:
    """The whole pipeline runs on worker processes, so every function it ships is picklable."""
    written = to_parquet(extract_bag(TEXTS[:3], parse=fake_parse, partition_size=2), tmp_path, scheduler="processes")
    assert len(written) == 2
    assert pq.read_table(tmp_path).num_rows == 3


def test_errors_raise_or_skip() -> None:
    """Rejected inputs stop the job by default, or are left out with on_error='skip'."""
    with pytest.raises(InputError):
        parse_partition(["bad"], fake_parse)
    assert [ex.source.id for ex in parse_partition([TEXTS[0], "bad"], fake_parse, "skip")] == ["Widget Forum 0"]
    assert partition_table(parse_partition([TEXTS[0]], fake_parse)).num_rows == 1


def test_example_pipeline(tmp_path: Path) -> None:
    """examples/dask_pipeline.py parses a folder with its demo parser on worker processes and writes Parquet."""
    source = tmp_path / "in"
    source.mkdir()
    for i in range(5):
        (source / f"doc{i}.txt").write_text(
            f"Widget Forum {i} | 2031-0{i + 1}-1{i} | TH\nMore text.\n", encoding="utf-8"
        )
    out = tmp_path / "out"
    command = [sys.executable, str(ROOT / "examples" / "dask_pipeline.py"), str(source), str(out)]
    done = subprocess.run(
        [*command, "--demo-parser", "--scheduler", "processes", "--partition-size", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "parsed 5 documents into 3 Parquet files" in done.stdout
    table = pq.read_table(out)
    assert [table.column("date").to_pylist()[i] for i in (0, 4)] == ["2031-01-10", "2031-05-14"]


def test_example_main_in_process(tmp_path: Path) -> None:
    """The example's main() also runs in-process with threads."""
    module = runpy.run_path(str(ROOT / "examples" / "dask_pipeline.py"))
    (tmp_path / "a.md").write_text("Gadget Talks | 2031 | \n", encoding="utf-8")
    assert module["main"]([str(tmp_path), str(tmp_path / "o"), "--demo-parser"]) == 0
    assert pq.read_table(tmp_path / "o").column("host_country").to_pylist() == [None]
