"""Parse one file and show, for every meeting field, the passage of the text it was read from.

Run: ``python examples/provenance_quotes.py [FILE]`` (defaults to the bundled widget press release).
"""

from __future__ import annotations

import sys
from pathlib import Path

from asean_records.parse.pipeline import parse_file

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "corpus" / "widget-ministers-press-release.txt"


def main(path: Path) -> None:
    """Print each meeting in ``path`` with the quote and basis (stated or inferred) behind each field."""
    extraction = parse_file(path)
    print(f"{path.name}: {len(extraction.meetings)} meeting(s)")
    for meeting in extraction.meetings:
        print(f"\n{meeting.name}")
        for field in meeting.fields_with_provenance():
            provenance = meeting.provenance_of(field)
            assert provenance is not None
            quotes = " | ".join(extraction.quote(meeting, field)) or "-"
            basis = provenance.basis.kind.value
            if provenance.basis.reason is not None:
                basis += f" ({provenance.basis.reason.value})"
            print(f"  {field:<14} {basis:<28} «{quotes}»")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
