"""Parse a folder of documents on Dask and write the meetings to Parquet.

Usage::

    python examples/dask_pipeline.py INPUT_DIR OUTPUT_DIR [--scheduler processes] [--demo-parser]

Every ``*.txt``, ``*.md`` and ``*.html`` file under ``INPUT_DIR`` is parsed with ``asean_records.parse.parse_file``
(or, with ``--demo-parser``, with the small stand-in below, which reads only a first line such as
``Widget Forum | 2031-09-09 | VN``). The meetings go to ``OUTPUT_DIR/part-*.parquet``, one file per partition.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from asean_records.model import Extraction, Meeting, Source, parse_dating
from asean_records.query.dask import extract_bag, to_parquet


def demo_parse(path: str) -> Extraction:
    """A stand-in parser: the first line holds ``name | ISO date | host country``. Module-level, so picklable."""
    first = Path(path).read_text(encoding="utf-8").splitlines()[0]
    name, date, host = (part.strip() for part in first.split("|"))
    meeting = Meeting(name=name, date=parse_dating(date), host_country=host or None)
    return Extraction(source=Source(id=Path(path).name), meetings=(meeting,))


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--scheduler", default="threads", choices=("threads", "processes", "synchronous"))
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--demo-parser", action="store_true", help="use the stand-in parser instead of the library's")
    args = parser.parse_args(argv)

    paths = sorted(str(p) for p in args.input.rglob("*") if p.suffix in {".txt", ".md", ".html"})
    bag = extract_bag(paths, parse=demo_parse if args.demo_parser else None, partition_size=args.partition_size)
    written = to_parquet(bag, args.output, scheduler=args.scheduler)
    print(f"parsed {len(paths)} documents into {len(written)} Parquet files in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
