"""Short atheris runs of the fuzz harnesses, as CI runs them; longer campaigns are described in fuzz/README.md."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"


def _require_atheris() -> None:
    if importlib.util.find_spec("atheris") is None:
        pytest.fail("atheris is not installed: it is a dev dependency (pip install atheris)", pytrace=False)


@pytest.mark.parametrize(("harness", "runs"), [("fuzz_parse.py", 3000), ("fuzz_loads.py", 3000)])
def test_fuzz_harness_short_run(harness: str, runs: int, tmp_path: Path) -> None:
    """The harness runs ``runs`` inputs (at most ~20 s) without a finding and exits 0."""
    _require_atheris()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run(
        [
            sys.executable,
            str(FUZZ / harness),
            f"-runs={runs}",
            "-max_total_time=20",
            "-max_len=4096",
            "-seed=1",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    tail = proc.stderr.decode(errors="replace")[-3000:]
    assert proc.returncode == 0, f"{harness} found a crash or failed to run:\n{tail}"
    assert "Done" in tail, tail
