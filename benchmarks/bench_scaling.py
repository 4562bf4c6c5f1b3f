"""Linear time: each adversarial input at 1 MB against the same input at 100 KB.

Every unit of :data:`asean_records.testing.ADVERSARIAL_UNITS` is repeated into a single line of 100 KB and of
1 MB, and the parse time of the large input is divided by that of the small one (best of 3 and best of 2, cyclic
GC on). Linear code gives ~10x; the target is 12x, so a stage that is quadratic (100x) or worse on any of them
misses by far. ``tests/reliability`` runs the same inputs at 20 KB and 200 KB with a 25x bound, which is steady
enough for CI.
"""

from __future__ import annotations

from asean_records.parse.pipeline import parse
from asean_records.testing import ADVERSARIAL_UNITS, adversarial_text
from benchmarks._common import Result, best_of

SMALL, LARGE = 100_000, 1_000_000
TARGET = 12.0


def run() -> list[Result]:
    """One ratio per unit: time at 1 MB over time at 100 KB."""
    parse("warm up: the 1st ASEAN Summit", source="warm-up")
    results = []
    for name, unit in ADVERSARIAL_UNITS.items():
        small_text, large_text = adversarial_text(unit, SMALL), adversarial_text(unit, LARGE)
        small = best_of(lambda t=small_text: parse(t, source="small"), repeat=3)  # type: ignore[misc]
        large = best_of(lambda t=large_text: parse(t, source="large"), repeat=3)  # type: ignore[misc]
        results.append(
            Result(
                name=f"parse 1 MB / 100 KB: {name}",
                ratio=large / small,
                target=TARGET,
                detail=f"{small:.2f}s -> {large:.2f}s ({LARGE / large / 1e6:.2f} MB/s at 1 MB)",
            )
        )
    return results
