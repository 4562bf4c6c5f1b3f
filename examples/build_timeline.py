"""Parse the example corpus, collect the records and print (and optionally draw) a timeline of meetings.

Run: ``python examples/build_timeline.py [--png timeline.png]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asean_records.parse.pipeline import parse_many
from asean_records.query import Records
from asean_records.query.timeline import timeline

HERE = Path(__file__).resolve().parent


def main(png: Path | None = None) -> None:
    """Print the timeline of the corpus meetings; draw it to ``png`` when given (needs matplotlib)."""
    files = sorted(p for p in (HERE / "corpus").iterdir() if p.suffix in {".txt", ".md", ".html"})
    extractions = [r.extraction for r in parse_many(files) if r.extraction is not None]
    records = Records.from_extractions(extractions)
    meetings = records.meetings()
    print(f"{len(meetings)} meetings from {len(extractions)} sources")
    for row in timeline(meetings):
        print(f"{row.label:<18} {row.precision.value:<6} {row.meeting.name}  [{row.source}]")
    if png is not None:
        import matplotlib

        matplotlib.use("Agg")
        from asean_records.plot import plot_timeline

        ax = plot_timeline(meetings)
        ax.figure.tight_layout()
        ax.figure.savefig(png)
        print(f"wrote {png}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--png", type=Path, help="also draw the timeline to this PNG file")
    main(parser.parse_args().png)
