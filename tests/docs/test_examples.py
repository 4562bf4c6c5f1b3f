"""The example scripts and the notebook in ``examples/`` run and produce what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _run(*args: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_provenance_script_quotes_the_text() -> None:
    """The provenance example prints each field of the widget meeting with the passage it came from."""
    out = _run(str(EXAMPLES / "provenance_quotes.py"), cwd=ROOT)
    assert "12th ASEAN Ministerial Meeting on Widget Cooperation" in out
    assert "«13-14 March 2024»" in out  # the corpus text says "on 13-14 March 2024"


def test_timeline_script_orders_meetings_and_draws(tmp_path: Path) -> None:
    """The timeline example lists the corpus meetings in date order and writes a PNG."""
    png = tmp_path / "timeline.png"
    out = _run(str(EXAMPLES / "build_timeline.py"), "--png", str(png), cwd=tmp_path)
    lines = out.splitlines()
    widget = next(i for i, line in enumerate(lines) if "Widget Cooperation" in line)
    ports = next(i for i, line in enumerate(lines) if "Smart Ports Forum" in line)
    assert ports < widget
    assert png.read_bytes().startswith(b"\x89PNG")


def test_notebook_runs_and_writes_a_calendar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The notebook executes top to bottom in a fresh kernel, shows records as HTML, plots and writes meetings.ics."""
    from ipykernel.kernelspec import install

    kernels = tmp_path / "kernels"
    install(prefix=str(kernels), kernel_name="asean-records-test")
    spec = kernels / "share" / "jupyter" / "kernels" / "asean-records-test"
    read: Any = nbformat.read  # untyped
    nb = read(EXAMPLES / "notebook.ipynb", as_version=4)
    # a kernel spec running this very interpreter, found first on JUPYTER_PATH
    monkeypatch.setenv("JUPYTER_PATH", str(kernels / "share" / "jupyter"))
    assert (spec / "kernel.json").exists()
    client = NotebookClient(
        nb, timeout=300, kernel_name="asean-records-test", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert any("Widget Cooperation" in str(o.get("data", {}).get("text/html", "")) for o in outputs)
    html = [str(o.get("data", {}).get("text/html", "")) for o in outputs]
    assert any(h.startswith("<table><caption") for h in html)  # a record's own table
    assert any(h.startswith("<div><b>Extraction</b>") for h in html)  # an extraction's summary
    calendar = (tmp_path / "meetings.ics").read_text(encoding="utf-8")
    assert calendar.count("BEGIN:VEVENT") == 3
