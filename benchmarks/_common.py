"""Shared helpers for benchmarks: timing and ratio results.

Every benchmark times the library against a reference workload in the same
process and reports ``library_time / reference_time``; a target says the
largest acceptable ratio. Ratios are far steadier across machines than seconds.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import attrs

__all__ = ["Result", "best_of"]


@attrs.frozen(kw_only=True)
class Result:
    """One benchmark ratio and its target.

    Args:
        name: What was measured.
        ratio: Library time (or memory) divided by the reference's.
        target: Largest acceptable ratio (or, with ``higher_is_better``, the smallest).
        detail: Absolute figures for the curious (seconds, MB/s, MB).
        higher_is_better: True for speed-ups, where the ratio must reach the target.
    """

    name: str
    ratio: float
    target: float
    detail: str = ""
    higher_is_better: bool = False

    @property
    def ok(self) -> bool:
        """True when the ratio meets its target."""
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target

    def line(self) -> str:
        """One printable line."""
        sign = ">=" if self.higher_is_better else "<="
        verdict = "ok  " if self.ok else "MISS"
        return f"{verdict} {self.name:55s} ratio {self.ratio:8.2f} (target {sign} {self.target:g})  {self.detail}"


def best_of(fn: Callable[[], object], *, repeat: int = 5, gc_on: bool = True) -> float:
    """Best CPU time of this process over ``repeat`` calls of ``fn``, in seconds (the cyclic GC on, as users run it).

    CPU time rather than wall time: other programs on a shared machine then slow both sides of a ratio alike
    instead of whichever happened to run while they did. Work here is single-threaded, so the two agree on an idle
    machine.
    """
    best = float("inf")
    for _ in range(repeat):
        if not gc_on:
            gc.disable()
        try:
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best
