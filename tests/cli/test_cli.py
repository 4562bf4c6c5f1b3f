"""The ``asean-records`` command, run in-process through ``main([...])``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asean_records.cli import expand_inputs, main

PRESS = (
    "VIENTIANE, 14 March 2024 - The 12th ASEAN Ministerial Meeting on Widget Cooperation was held in "
    "Vientiane, Lao PDR, on 14 March 2024. The Meeting was chaired by H.E. Mr. Khamphone Sisavath, "
    "Minister of Industry and Commerce of the Lao PDR.\n"
)
NEWS = (
    "DA NANG, 22 August 2023 - Senior port officials gathered in Da Nang, Viet Nam, on 21 August 2023 "
    "for the 3rd ASEAN Smart Ports Forum, hosted by the Ministry of Transport of Viet Nam.\n"
)
EMPTY = "Widget makers in northern Thailand say copper prices rose by a third last year.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with two texts about meetings, one without, and a file that is not a text."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a-press.txt").write_text(PRESS, encoding="utf-8")
    (folder / "b-news.md").write_text(NEWS, encoding="utf-8")
    (folder / "c-feature.txt").write_text(EMPTY, encoding="utf-8")
    (folder / "notes.csv").write_text("not,a,text\n", encoding="utf-8")
    return folder


def test_summary_counts_each_file_and_totals(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The summary has a line per text file (not the .csv) and a total line."""
    assert main(["extract", str(corpus), "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:4]] == ["a-press.txt", "b-news.md", "c-feature.txt"]
    assert lines[-1].startswith("total (3 files)")
    assert lines[1].split()[1] == "1"
    assert lines[3].split()[1] == "0"


def test_table_lists_meetings_with_iso_dates(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The table has one tab-separated row per meeting: source, name, ISO date, host, mode."""
    assert main(["extract", str(corpus / "a-press.txt"), "--format", "table"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["source", "meeting", "date", "host", "mode"]
    assert rows[1][:4] == ["a-press.txt", "12th ASEAN Ministerial Meeting on Widget Cooperation", "2024-03-14", "LA"]


def test_bad_file_is_one_line_and_batch_continues(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file gives one ``error:`` line, the other files are still processed, and the exit status is 1."""
    missing = corpus / "missing.txt"
    assert main(["extract", str(missing), str(corpus / "a-press.txt")]) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {missing}: ")
    assert errors[0].count(str(missing)) == 1  # the file is named once, at the start
    assert "Traceback" not in captured.err
    assert "a-press.txt" in captured.out


def test_undecodable_file_is_reported(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 are reported as an error for that file only."""
    (corpus / "broken.txt").write_bytes(b"caf\xe9 not utf-8 \xc3\x28")
    assert main(["extract", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert "error: " in captured.err
    assert "broken.txt" in captured.err
    assert "total (3 files)" in captured.out


def test_eval_writes_pred_json_per_input(corpus: Path, tmp_path: Path) -> None:
    """``--format eval`` writes NAME.pred.json in the neutral schema, one per input."""
    out = tmp_path / "pred"
    assert main(["extract", str(corpus), "--format", "eval", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a-press.pred.json", "b-news.pred.json", "c-feature.pred.json"]
    data = json.loads((out / "a-press.pred.json").read_text(encoding="utf-8"))
    assert data["source"]["file"] == "a-press.txt"
    assert data["meetings"][0]["start"] == "2024-03-14"


def test_eval_without_out_is_an_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format eval`` needs a folder; without one the command says so in one line."""
    assert main(["extract", str(corpus), "--format", "eval"]) == 1
    assert capsys.readouterr().err.startswith("error: --format eval needs --out DIR")


def test_stdin_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``-`` reads one document from standard input."""
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(PRESS))
    assert main(["extract", "-", "--format", "table"]) == 0
    assert "stdin\t12th ASEAN Ministerial Meeting on Widget Cooperation" in capsys.readouterr().out


def test_glob_and_folder_expansion(corpus: Path) -> None:
    """Globs expand sorted, folders give their text files, duplicates appear once."""
    expected = [str(corpus / "a-press.txt"), str(corpus / "c-feature.txt"), str(corpus / "b-news.md")]
    assert expected == expand_inputs([str(corpus / "*.txt"), str(corpus)])


def test_glob_matching_nothing(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pattern that matches nothing is an error line, not a traceback."""
    assert main(["extract", str(corpus / "*.xml")]) == 1
    assert "no file matches" in capsys.readouterr().err


def test_jsonl_then_query_and_export(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Records written as JSON Lines can be queried by country and date, and exported to CSV and iCalendar."""
    store = tmp_path / "records.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "--out", str(store)]) == 0
    capsys.readouterr()
    assert main(["query", str(store), "--country", "VN", "--from", "2023", "--to", "2023-12"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2
    assert "3rd ASEAN Smart Ports Forum" in rows[1]
    csv_path = tmp_path / "m.csv"
    assert main(["export", str(store), "--to", "csv", "--out", str(csv_path)]) == 0
    assert "12th ASEAN Ministerial Meeting on Widget Cooperation" in csv_path.read_text(encoding="utf-8")
    ics = tmp_path / "m.ics"
    assert main(["export", str(store), "--to", "ics", "--out", str(ics), "--series", "nothing-like-this"]) == 0
    assert "BEGIN:VEVENT" not in ics.read_text(encoding="utf-8")


def test_query_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Querying a file that does not exist is one error line."""
    assert main(["query", str(tmp_path / "none.jsonl")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_query_bad_date(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed --from date is reported in one line."""
    store = tmp_path / "r.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "--out", str(store)]) == 0
    assert main(["query", str(store), "--from", "March"]) == 1
    assert "is not a date" in capsys.readouterr().err


def test_query_garbage_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not a records stream gives an error line without a traceback."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("hello\n", encoding="utf-8")
    assert main(["query", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "Traceback" not in err


def test_traceback_flag_shows_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--traceback`` (before the subcommand) prints the full traceback."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("hello\n", encoding="utf-8")
    assert main(["--traceback", "query", str(bad)]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    """``schema`` prints a JSON Schema document."""
    assert main(["schema"]) == 0
    assert "$schema" in json.loads(capsys.readouterr().out)


def test_kb_lookups(capsys: pytest.CaptureFixture[str]) -> None:
    """``kb`` finds a country by alias, a chair by year and an edition by series and number."""
    assert main(["kb", "country", "Lao", "PDR"]) == 0
    assert "LA" in capsys.readouterr().out
    assert main(["kb", "chair", "2022"]) == 0
    assert "Cambodia" in capsys.readouterr().out
    assert main(["kb", "edition", "AMM", "53"]) == 0
    out = capsys.readouterr().out
    assert "2020" in out
    assert "Hanoi" in out
    assert main(["kb", "series", "AMM"]) == 0
    assert "ASEAN Foreign Ministers' Meeting" in capsys.readouterr().out


def test_kb_unknown_and_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown names and non-numeric years are one error line each."""
    assert main(["kb", "series", "Nothing At All"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    assert main(["kb", "chair", "last-year"]) == 1
    assert "expected a number" in capsys.readouterr().err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` shows examples and exits 0; ``--version`` prints the version; a bad option exits 2."""
    from asean_records import __version__

    assert main(["--help"]) == 0
    assert "examples:" in capsys.readouterr().out
    assert main(["extract", "--help"]) == 0
    assert "--format" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert main(["extract"]) == 2
    assert main(["frobnicate"]) == 2


SUBCOMMANDS = ("extract", "evaluate", "query", "export", "schema", "kb")


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_help_has_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``COMMAND --help`` exits 0 and shows at least one example invocation of that command."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"asean-records {command} " in out.split("examples:", 1)[1]
    assert "--traceback" in out


@pytest.mark.parametrize(
    "argv",
    [["extract"], ["frobnicate"], ["extract", "x", "--format", "bogus"], ["query"], ["kb", "planet", "Mars"]],
)
def test_usage_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Bad arguments give exit status 2 and exactly one ``error:`` line that points at ``--help``."""
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("error: ")
    assert err[0].endswith("--help')")


def test_debug_is_an_alias_of_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--debug`` after the subcommand shows the traceback too; without it there is none."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("hello\n", encoding="utf-8")
    assert main(["query", str(bad), "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err
    assert main(["query", str(bad)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_error_lines_never_span_lines(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """An error whose message holds line breaks is still printed as one line."""
    from asean_records import cli
    from asean_records.errors import InputError

    def broken(_args: object) -> int:
        raise InputError("first line\nsecond line\r\nthird")

    monkeypatch.setattr(cli, "_cmd_schema", broken)
    assert main(["schema"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: first line second line third")


def test_jsonl_to_stdout(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --out, ``--format jsonl`` writes a header line, then one JSON object per input, on standard output."""
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert json.loads(lines[0])["type"] == "Extraction"
    assert [json.loads(line)["source"]["id"] for line in lines[1:]] == ["a-press.txt", "b-news.md", "c-feature.txt"]


def test_stdin_bytes_are_decoded_like_a_file(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard input with a BOM parses; undecodable standard input fails alone, the other inputs still run."""
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + PRESS.encode("utf-8"))))
    assert main(["extract", "-", "--format", "table"]) == 0
    assert "stdin\t12th ASEAN Ministerial Meeting on Widget Cooperation\t2024-03-14" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9 au lait")))
    assert main(["extract", "-", str(corpus / "b-news.md"), "--format", "table"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("error: stdin: ")
    assert captured.err.count("\n") == 1
    assert "3rd ASEAN Smart Ports Forum" in captured.out


def test_htm_files_are_picked_up_in_folders(corpus: Path) -> None:
    """A folder's ``.htm`` files are inputs like ``.html`` ones."""
    (corpus / "d-page.htm").write_text("<p>" + NEWS + "</p>", encoding="utf-8")
    assert str(corpus / "d-page.htm") in expand_inputs([str(corpus)])


class _Terminal:
    """A stand-in for a terminal's stderr: keeps what is written and says it is a tty."""

    def __init__(self) -> None:
        self.data = ""

    def write(self, text: str) -> int:
        self.data += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_bar_on_long_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """More than 20 inputs on a terminal draw a bar to N/N; a bad file's error gets a line of its own."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(24):
        (folder / f"{i:02d}.txt").write_text(EMPTY, encoding="utf-8")
    (folder / "99-bad.txt").write_bytes(b"caf\xe9 not utf-8 \xc3\x28")
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["extract", str(folder), "--out", str(tmp_path / "summary.txt")]) == 1
    assert "] 25/25" in terminal.data
    assert "\r[" + "#" * 30 + "] 25/25" in terminal.data
    lines = [line.rsplit("\r", 1)[-1] for line in terminal.data.split("\n")]
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1
    assert "99-bad.txt" in errors[0]
    assert "total (24 files)" in (tmp_path / "summary.txt").read_text(encoding="utf-8")


def test_no_progress_bar_when_not_a_terminal_or_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--no-progress`` (or a short run) draws nothing."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(24):
        (folder / f"{i:02d}.txt").write_text(EMPTY, encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["extract", str(folder), "--no-progress", "--out", str(tmp_path / "s.txt")]) == 0
    assert main(["extract", str(folder / "00.txt"), "--out", str(tmp_path / "s.txt")]) == 0
    assert terminal.data == ""


def test_export_parquet_and_parallel_extract(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--workers 2`` gives the same output as one process; ``export --to parquet`` writes a readable table."""
    import pyarrow.parquet as pq

    assert main(["extract", str(corpus), "--no-progress"]) == 0
    serial = capsys.readouterr().out
    assert main(["extract", str(corpus), "--no-progress", "--workers", "2"]) == 0
    assert capsys.readouterr().out == serial
    store = tmp_path / "records.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "--out", str(store)]) == 0
    out = tmp_path / "meetings.parquet"
    assert main(["export", str(store), "--to", "parquet", "--out", str(out)]) == 0
    assert "wrote 2 meetings" in capsys.readouterr().err
    assert pq.read_table(out).num_rows == 2
