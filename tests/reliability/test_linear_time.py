"""Linear time: adversarial inputs ten times longer cost at most ~10x (generous bound here; strict in benchmarks)."""

from __future__ import annotations

import pytest

from asean_records.parse.pipeline import parse
from asean_records.testing import ADVERSARIAL_UNITS as ADVERSARIAL
from asean_records.testing import adversarial_text as adversarial
from asean_records.testing import cost_ratio

SMALL, LARGE = 20_000, 200_000
BOUND = 25.0
"""Largest accepted cost ratio for 10x the input; ``benchmarks/bench_scaling.py`` holds the strict 12x target."""


def _parse(text: str) -> object:
    return parse(text, source="scaling")


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_ten_times_the_input_costs_at_most_25_times(name: str) -> None:
    """Parsing 10x as much adversarial text costs at most 25x the CPU time (best of 3), so no stage is quadratic."""
    parse("warm up: the 1st ASEAN Summit", source="warm-up")
    ratio = cost_ratio(_parse, adversarial(ADVERSARIAL[name], SMALL), adversarial(ADVERSARIAL[name], LARGE))
    assert ratio <= BOUND, f"{name}: {LARGE} chars cost {ratio:.1f}x {SMALL} chars"


def _many_people(size: int) -> str:
    """Sentences naming a new person each (all 'Ali Hassan...'), each chairing a meeting by surname, to ``size``."""
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        suffix = "".join(chr(65 + (i // 26**k) % 26) for k in range(3))
        part = f"Minister Ali Hassan{suffix} spoke. Minister Hassan chaired the {i % 50 + 2}th ASEAN Widget Meeting. "
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def test_a_text_naming_ever_more_people_costs_linear_time() -> None:
    """Distinct people sharing a given name, each referred to again by one word: no scan over everyone found."""
    parse("warm up: the 1st ASEAN Summit", source="warm-up")
    ratio = cost_ratio(_parse, _many_people(SMALL * 2), _many_people(LARGE * 2))
    assert ratio <= BOUND, f"{LARGE * 2} chars naming people cost {ratio:.1f}x {SMALL * 2} chars"
