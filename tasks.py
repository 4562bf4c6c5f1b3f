#!/usr/bin/env python3
"""Project tasks that set themselves up on a fresh machine (only Python 3.11 needed).

    python3 tasks.py demo    # install, then extract records from the bundled example corpus
    python3 tasks.py test    # install, then run the whole test suite
    python3 tasks.py check   # lint, format check and mypy --strict
    python3 tasks.py docs    # build the docs site (mkdocs build --strict)
    python3 tasks.py bench   # run the benchmarks (ratios against reference work in the same process)

Each task creates ``.venv`` beside this file when it is missing and installs the
project into it (editable) with the extras the task needs. An install is
skipped when ``pyproject.toml`` has not changed since the last one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"


def _run(*args: str | Path, check: bool = True) -> int:
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=check).returncode


def ensure_env(extras: str) -> None:
    """Create .venv and install the project with ``extras`` unless already done for this pyproject."""
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
        _run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras.replace(',', '-')}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    _run(PY, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
    stamp.write_text(digest)


def ensure_browser() -> None:
    """Install Debian's headless Chromium for the docs browser test when it is missing and apt-get exists."""
    if shutil.which("chromium") or not shutil.which("apt-get"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "chromium"], check=False, env=env)


def demo(args: list[str]) -> int:
    """Extract records from the bundled example corpus and print a summary."""
    ensure_env("all")
    return _run(BIN / "asean-records", "extract", "examples/corpus", "--format", "summary", *args, check=False)


def test(args: list[str]) -> int:
    """Run the whole test suite."""
    ensure_env("dev")
    ensure_browser()
    return _run(PY, "-m", "pytest", "-n", "2", *args, check=False)


def check(args: list[str]) -> int:
    """Lint, format check and type check."""
    ensure_env("dev")
    codes = [
        _run(BIN / "ruff", "check", ".", check=False),
        _run(BIN / "ruff", "format", "--check", ".", check=False),
        _run(BIN / "mypy", "--strict", "src", "tests", check=False),
    ]
    return max(codes)


def docs(args: list[str]) -> int:
    """Build the documentation site strictly."""
    ensure_env("dev")
    return _run(BIN / "mkdocs", "build", "--strict", *args, check=False)


def bench(args: list[str]) -> int:
    """Run the benchmarks."""
    ensure_env("dev")
    return _run(PY, "-m", "benchmarks", *args, check=False)


TASKS = {"demo": demo, "test": test, "check": check, "docs": docs, "bench": bench}


def main(argv: list[str]) -> int:
    """Run the task named by ``argv[0]``."""
    if not argv or argv[0] not in TASKS:
        print(__doc__)
        return 2
    return TASKS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
