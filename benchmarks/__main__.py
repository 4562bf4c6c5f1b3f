"""Run every benchmark: ``python -m benchmarks [NAME ...]``.

Each module ``benchmarks/bench_*.py`` exposes ``run() -> list[Result]``. The
runner prints one line per ratio and exits non-zero when any target is missed
(unless ``--no-fail``).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks
from benchmarks._common import Result


def main(argv: list[str]) -> int:
    """Run the benchmarks named in ``argv`` (all when none), print ratios, return 1 if a target is missed."""
    names = [a for a in argv if not a.startswith("-")]
    results: list[Result] = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        if names and info.name.removeprefix("bench_") not in names and info.name not in names:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        print(f"== {info.name}", flush=True)
        for result in module.run():
            print(result.line(), flush=True)
            results.append(result)
    missed = [r for r in results if not r.ok]
    print(f"{len(results) - len(missed)} of {len(results)} benchmark targets met")
    return 1 if missed and "--no-fail" not in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
