"""The ``asean-records`` command: arguments in, one library call, output.

Subcommands: ``extract`` (texts to records), ``evaluate`` (score against gold
annotations), ``query`` and ``export`` (work on stored JSON Lines), ``schema``
(print the JSON Schema) and ``kb`` (look facts up in the knowledge base).

Errors are printed as one line, ``error: ...``, on stderr (bad arguments too);
``--traceback`` (or its alias ``--debug``) also shows the full traceback. Exit
status: 0 on success, 1 when some input failed or a command could not do its
job, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Never

from asean_records._version import __version__

__all__ = ["EXTENSIONS", "CommandError", "build_parser", "expand_inputs", "main"]

EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
"""File extensions ``extract`` picks up inside a folder."""

_PROGRESS_MIN = 20


class CommandError(Exception):
    """A command cannot do its job; the message is printed as ``error: MESSAGE``."""


def _error(message: str) -> None:
    """Print ``error: MESSAGE`` on stderr as one line, whatever line breaks the message holds."""
    print(f"error: {' '.join(message.split())}", file=sys.stderr)


# --------------------------------------------------------------------------- extract


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """Expand command-line inputs into file paths (and ``-`` for stdin), in order, each once.

    A folder stands for the ``.txt``, ``.md``, ``.html`` and ``.htm`` files directly inside it, sorted by
    name; a pattern with ``*``, ``?`` or ``[`` is expanded as a glob (sorted); anything else is
    kept as given, so a missing file is reported when it is read.

    Raises:
        CommandError: A glob matches nothing.
    """
    out: list[str] = []
    for item in paths:
        if item == "-":
            out.append(item)
        elif os.path.isdir(item):
            out.extend(str(p) for p in sorted(Path(item).iterdir()) if p.is_file() and p.suffix.lower() in EXTENSIONS)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise CommandError(f"{item}: no file matches this pattern")
            out.extend(m for m in matches if os.path.isfile(m))
        else:
            out.append(item)
    return list(dict.fromkeys(out))


class _Progress:
    """A one-line progress bar on stderr (only drawn when enabled); error lines are printed above it."""

    width = 30

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0

    def _line(self) -> str:
        filled = self.width * self.done // max(self.total, 1)
        return f"[{'#' * filled}{'-' * (self.width - filled)}] {self.done}/{self.total}"

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            sys.stderr.write("\r" + self._line())
            sys.stderr.flush()

    def error(self, message: str) -> None:
        """Print an error line without mixing it into the bar: clear the bar, print, redraw."""
        if self.enabled:
            sys.stderr.write("\r" + " " * len(self._line()) + "\r")
        _error(message)
        if self.enabled:
            sys.stderr.write(self._line())
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _stdin() -> str | bytes:
    """Standard input: its bytes when it has them (decoded like a file, so bad bytes fail only this input)."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else sys.stdin.read()


def _stem(name: str) -> str:
    base = os.path.basename(name)
    for ext in (*EXTENSIONS, ".htm"):
        if base.lower().endswith(ext):
            return base[: -len(ext)]
    return base


def _results(args: argparse.Namespace) -> Iterator[tuple[str, Any]]:
    """``(name, extraction)`` for each input that parsed; prints one error line per failure."""
    from asean_records.parse.pipeline import parse_many

    names = expand_inputs(args.paths)
    if not names:
        raise CommandError("no input files (folders are searched for .txt, .md, .html and .htm)")
    # (source id, bytes) pairs are decoded by the parser like files; parse_many's annotation says str only
    inputs: list[Any] = [("stdin", _stdin()) if name == "-" else name for name in names]
    progress = _Progress(len(inputs), not args.no_progress and len(inputs) > _PROGRESS_MIN and sys.stderr.isatty())
    try:
        for result in parse_many(inputs, workers=args.workers):
            progress.step()
            if result.extraction is not None:
                yield result.name, result.extraction
            else:
                args.failed += 1
                if getattr(args, "traceback", False) and result.error is not None:
                    traceback.print_exception(result.error, file=sys.stderr)
                progress.error(f"{result.name}: {_reason(result.name, result.error)}")
    finally:
        progress.close()


def _reason(name: str, error: Exception | None) -> str:
    """The error's message, without the ``(in 'NAME')`` the line already starts with."""
    from asean_records.errors import InputError

    if isinstance(error, InputError) and error.source == name:
        return error.message + (f" (at offset {error.position})" if error.position is not None else "")
    return str(error)


@contextlib.contextmanager
def _open_out(target: str | None) -> Iterator[IO[str]]:
    """The output file, or stdout (left open) when ``target`` is ``None``."""
    if target is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(target, "w", encoding="utf-8") as handle:
        yield handle


def _extract_eval(args: argparse.Namespace) -> None:
    from asean_records.parse.eval import to_eval_dict

    if not args.out:
        raise CommandError("--format eval needs --out DIR (one NAME.pred.json is written per input)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, extraction in _results(args):
        file = os.path.basename(name)
        data = to_eval_dict(extraction, file=file)
        (out / f"{_stem(name)}.pred.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def _plain_record(value: Any) -> Any:
    """A JSON-ready copy of a model value without the io package (fallback only)."""
    import enum

    import attrs

    if attrs.has(type(value)):
        return {k: _plain_record(v) for k, v in attrs.asdict(value, recurse=False).items()}
    if isinstance(value, tuple | list):
        return [_plain_record(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _extract_jsonl(args: argparse.Namespace) -> None:
    extractions = (extraction for _name, extraction in _results(args))
    target = args.out
    if target and os.path.isdir(target):
        target = os.path.join(target, "records.jsonl")
    try:
        from asean_records.io import dump_jsonl
        from asean_records.model import Extraction
    except ImportError:  # pragma: no cover - the io package ships with the library
        with _open_out(target) as handle:
            for extraction in extractions:
                handle.write(json.dumps(_plain_record(extraction), ensure_ascii=False) + "\n")
        return
    if target is None:
        dump_jsonl(extractions, sys.stdout.buffer, record_type=Extraction)
        sys.stdout.buffer.flush()
    else:
        dump_jsonl(extractions, target, record_type=Extraction)


def _date_text(meeting: Any) -> str:
    return meeting.date.isoformat() if meeting.date is not None else "-"


def _extract_table(args: argparse.Namespace) -> None:
    with _open_out(args.out) as handle:
        handle.write("source\tmeeting\tdate\thost\tmode\n")
        for name, extraction in _results(args):
            for m in extraction.meetings:
                mode = m.mode.value if m.mode else "-"
                handle.write(f"{os.path.basename(name)}\t{m.name}\t{_date_text(m)}\t{m.host_country or '-'}\t{mode}\n")


_COUNTED = ("meetings", "people", "countries", "plans", "documents")


def _extract_summary(args: argparse.Namespace) -> None:
    totals = dict.fromkeys(_COUNTED, 0)
    files = 0
    with _open_out(args.out) as handle:
        handle.write(f"{'file':<40} " + " ".join(f"{c:>9}" for c in _COUNTED) + "\n")
        for name, extraction in _results(args):
            files += 1
            counts = [len(getattr(extraction, c)) for c in _COUNTED]
            for c, n in zip(_COUNTED, counts, strict=True):
                totals[c] += n
            handle.write(f"{os.path.basename(name):<40} " + " ".join(f"{n:>9}" for n in counts) + "\n")
        label = f"total ({files} files)"
        handle.write(f"{label:<40} " + " ".join(f"{totals[c]:>9}" for c in _COUNTED) + "\n")


_EXTRACT_FORMATS: dict[str, Callable[[argparse.Namespace], None]] = {
    "summary": _extract_summary,
    "table": _extract_table,
    "jsonl": _extract_jsonl,
    "eval": _extract_eval,
}


def _cmd_extract(args: argparse.Namespace) -> int:
    args.failed = 0
    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    _EXTRACT_FORMATS[args.format](args)
    return 1 if args.failed else 0


# --------------------------------------------------------------------------- evaluate


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import tempfile

    from asean_records.evaluate import load_pairs, score

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise CommandError(f"{gold_dir}: not a folder")
    if not any(gold_dir.glob("*.gold.json")):
        raise CommandError(f"{gold_dir}: no *.gold.json files")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        pred_dir = args.pred
        if pred_dir is None:
            texts = [str(p) for p in sorted(gold_dir.iterdir()) if p.suffix.lower() in EXTENSIONS]
            ns = argparse.Namespace(
                paths=texts or [str(gold_dir)],
                out=tmp,
                workers=args.workers,
                no_progress=True,
                traceback=getattr(args, "traceback", False),
                failed=0,
            )
            _extract_eval(ns)
            failed = ns.failed
            pred_dir = tmp
        elif not Path(pred_dir).is_dir():
            raise CommandError(f"{pred_dir}: not a folder")
        report = score(load_pairs(gold_dir, pred_dir))
    print(report.format())
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_dict(), indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


# --------------------------------------------------------------------------- query / export


def _load_records(path: str) -> Any:
    from asean_records.io import load_jsonl
    from asean_records.model import Extraction
    from asean_records.query import Records

    if not os.path.isfile(path):
        raise CommandError(f"{path}: no such file")
    return Records.from_extractions(load_jsonl(path, Extraction))


def _partial_date(text: str) -> Any:
    from asean_records.model import PartialDate

    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        if not 1 <= len(numbers) <= 3:
            raise ValueError
        return PartialDate(*numbers)
    except (ValueError, TypeError) as exc:
        raise CommandError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") from exc


def _select(args: argparse.Namespace) -> Any:
    from asean_records.model import PartialDate

    meetings = _load_records(args.file).meetings()
    if args.series:
        meetings = meetings.series(*args.series)
    if args.country:
        meetings = meetings.country(args.country)
    if args.date_from or args.date_to:
        start = _partial_date(args.date_from) if args.date_from else PartialDate(1, 1, 1)
        end = _partial_date(args.date_to) if args.date_to else PartialDate(9999, 12, 31)
        meetings = meetings.between(start, end)
    return meetings


def _cmd_query(args: argparse.Namespace) -> int:
    meetings = _select(args)
    print("date\tmeeting\thost\tsource")
    count = 0
    for meeting, extraction in meetings.items():
        count += 1
        print(f"{_date_text(meeting)}\t{meeting.name}\t{meeting.host_country or '-'}\t{extraction.source.id}")
    print(f"{count} meetings", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from asean_records.query import export

    meetings = _select(args)
    if args.to == "csv":
        export.to_csv(meetings, args.out)
    elif args.to == "parquet":
        export.to_parquet(meetings, args.out)
    else:
        export.write_ics(meetings, args.out)
    print(f"wrote {len(meetings)} meetings to {args.out}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- schema / kb


def _cmd_schema(args: argparse.Namespace) -> int:
    from asean_records.io import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def _show(pairs: Sequence[tuple[str, Any]]) -> None:
    width = max(len(k) for k, _ in pairs)
    for key, value in pairs:
        if isinstance(value, tuple | list):
            value = ", ".join(str(v) for v in value) or "-"
        print(f"{key:<{width}}  {'-' if value is None else value}")


def _cmd_kb(args: argparse.Namespace) -> int:
    from asean_records import reference as kb

    if args.what == "country":
        c = kb.resolve_country(" ".join(args.args))
        since = c.asean_member_since
        _show(
            [
                ("alpha2", c.alpha2),
                ("name", c.name),
                ("capital", c.capital),
                ("aliases", c.aliases),
                ("asean member since", since.isoformat() if since else None),
            ]
        )
    elif args.what == "series":
        s = kb.resolve_series(" ".join(args.args))
        level = getattr(s.level, "value", s.level)
        _show([("key", s.key), ("name", s.name), ("level", level), ("editions", f"{len(s.editions)} known")])
    elif args.what == "chair":
        year = _int(args.args, 1, "kb chair YEAR")[0]
        code = kb.chair_of(year)
        _show([("year", year), ("chair", code), ("country", kb.country(code).name)])
    else:
        if len(args.args) < 2:
            raise CommandError("usage: kb edition SERIES N")
        number = _int(args.args[-1:], 1, "kb edition SERIES N")[0]
        s = kb.resolve_series(" ".join(args.args[:-1]))
        e = kb.edition(s.key, number)
        _show(
            [
                ("series", s.key),
                ("ordinal", e.ordinal),
                ("year", e.year),
                ("start", e.start.isoformat() if e.start else None),
                ("end", e.end.isoformat() if e.end else None),
                ("city", e.city),
                ("host", e.host),
                ("virtual", e.virtual),
                ("source", e.source),
            ]
        )
    return 0


def _int(values: Sequence[str], count: int, usage: str) -> list[int]:
    try:
        numbers = [int(v) for v in values]
    except ValueError as exc:
        raise CommandError(f"expected a number; usage: {usage}") from exc
    if len(numbers) != count:
        raise CommandError(f"usage: {usage}")
    return numbers


# --------------------------------------------------------------------------- parser


_EPILOG = """\
examples:
  asean-records extract examples/corpus --format summary
  asean-records extract news/*.html --format jsonl --out records.jsonl
  asean-records extract ../shared/corpus/dev --format eval --out pred
  asean-records evaluate ../shared/corpus/dev
  asean-records query records.jsonl --series AMM --from 2020 --to 2023
  asean-records export records.jsonl --to ics --out meetings.ics
  asean-records kb chair 2022
"""


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, ``error: ...``, pointing at ``--help``."""

    def error(self, message: str) -> Never:
        _error(f"{message} (see '{self.prog} --help')")
        self.exit(2)


def _traceback_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --traceback given before the subcommand from being reset by the subcommand's default
    parser.add_argument(
        "--traceback",
        "--debug",
        dest="traceback",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show full tracebacks for errors",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``asean-records`` command."""
    parser = _Parser(
        prog="asean-records",
        description="Turn texts about ASEAN meetings into typed records with provenance.",
        epilog=_EPILOG,
        formatter_class=_formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--traceback", "--debug", dest="traceback", action="store_true", help="show full tracebacks for errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "extract",
        help="extract records from files, folders, globs or stdin",
        description="Extract records from texts (.txt, .md, .html). A bad file is reported and skipped.",
        epilog="examples:\n  asean-records extract examples/corpus\n"
        "  asean-records extract 'news/*.md' --format table\n"
        "  cat page.html | asean-records extract - --format jsonl\n"
        "  asean-records extract corpus/dev --format eval --out pred\n",
        formatter_class=_formatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, glob pattern, or - for stdin")
    p.add_argument("--format", choices=list(_EXTRACT_FORMATS), default="summary", help="output (default: summary)")
    p.add_argument("--out", metavar="DIR|FILE", help="output file (a folder for --format eval); default stdout")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="parser processes (default: 1)")
    p.add_argument("--no-progress", action="store_true", help="never draw the progress bar")
    _traceback_flag(p)
    p.set_defaults(run=_cmd_extract)

    p = sub.add_parser(
        "evaluate",
        help="score the parser against gold annotations",
        description="Score predictions against NAME.gold.json files: per-field precision, recall and F1, meeting "
        "attribute accuracy (partial credit for dates) and false positives on texts with no meeting.",
        epilog="examples:\n  asean-records evaluate ../shared/corpus/dev\n"
        "  asean-records evaluate ../shared/corpus/dev --pred pred --json scores.json\n",
        formatter_class=_formatter,
    )
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="folder with NAME.txt and NAME.gold.json")
    p.add_argument("--pred", metavar="DIR", help="read NAME.pred.json from DIR instead of running the parser")
    p.add_argument("--json", metavar="OUT", help="also write the numbers as JSON")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="parser processes (default: 1)")
    _traceback_flag(p)
    p.set_defaults(run=_cmd_evaluate)

    for name, help_text in (("query", "list stored meetings"), ("export", "export stored meetings")):
        p = sub.add_parser(
            name,
            help=help_text,
            description=f"{help_text.capitalize()} from a JSON Lines file written by 'extract --format jsonl'.",
            epilog=(
                "examples:\n  asean-records query records.jsonl --country VN --from 2023-01 --to 2023-12\n"
                if name == "query"
                else "examples:\n  asean-records export records.jsonl --to csv --out meetings.csv\n"
                "  asean-records export records.jsonl --to ics --out meetings.ics --series AMM\n"
            ),
            formatter_class=_formatter,
        )
        p.add_argument("file", metavar="FILE.jsonl")
        p.add_argument("--series", action="append", metavar="S", help="keep this series (repeatable)")
        p.add_argument("--country", metavar="CC", help="keep meetings involving this country")
        p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY, YYYY-MM or YYYY-MM-DD)")
        p.add_argument("--to" if name == "query" else "--until", dest="date_to", metavar="DATE", help="last day")
        if name == "export":
            p.add_argument("--to", required=True, choices=["csv", "parquet", "ics"], help="output format")
            p.add_argument("--out", required=True, metavar="PATH", help="output file")
        _traceback_flag(p)
        p.set_defaults(run=_cmd_query if name == "query" else _cmd_export)

    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of stored records",
        description="Print the JSON Schema of the storage format.",
        epilog="examples:\n  asean-records schema > asean-records.schema.json\n",
        formatter_class=_formatter,
    )
    _traceback_flag(p)
    p.set_defaults(run=_cmd_schema)

    p = sub.add_parser(
        "kb",
        help="look facts up in the knowledge base",
        description="Look up a country, a meeting series, the chair of a year or an edition of a series.",
        epilog="examples:\n  asean-records kb country 'Lao PDR'\n  asean-records kb series AMM\n"
        "  asean-records kb chair 2022\n  asean-records kb edition AMM 53\n",
        formatter_class=_formatter,
    )
    p.add_argument("what", choices=["country", "series", "chair", "edition"])
    p.add_argument("args", nargs="+", metavar="ARG", help="NAME, YEAR, or SERIES N")
    _traceback_flag(p)
    p.set_defaults(run=_cmd_kb)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``asean-records`` command.

    Args:
        argv: The arguments (without the program name); ``None`` reads ``sys.argv``.

    Returns:
        The exit status: 0 on success, 1 when an input or the command failed, 2 for bad arguments.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if getattr(args, "traceback", False):
            traceback.print_exc()
        message = str(exc) or type(exc).__name__
        if isinstance(exc, OSError) and exc.filename:
            message = f"{exc.filename}: {exc.strerror or exc}"
        if isinstance(exc, ImportError) and not isinstance(exc, CommandError):
            message = f"{message} (an optional part of asean_records is missing)"
        _error(message)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
