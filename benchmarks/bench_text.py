"""Input normalisation: linear time on adversarial markup, and throughput against a plain ``str`` pass.

Linearity: for each adversarial unit (stray ``<``, unclosed tags, attributes and comments, ``&``, emphasis
markers, combining marks...), normalising 1 MB of it may cost at most 12 times 100 KB of it.

Throughput: normalising a realistic plain-text document is compared with a reference pass of the same size made
of the ``str`` methods any normaliser needs at least (``unicodedata.normalize``, ``translate``, ``split`` and
``join``); the target bounds how many times slower the offset-keeping normaliser may be.
"""

from __future__ import annotations

import random
import unicodedata

from asean_records.parse.text import normalise
from benchmarks._common import Result, best_of

ADVERSARIAL: tuple[tuple[str, str], ...] = (
    ("<", "html"),
    ("<a", "html"),
    ("</a", "html"),
    ("<a b='", "html"),
    ("&", "html"),
    ("&#", "html"),
    ("&amp", "html"),
    ("x<!--", "html"),
    ("<![CDATA[", "html"),
    ("<div>", "html"),
    ("<div class='share'><p>", "html"),
    ("<b><i>", "html"),
    ("**a ", "markdown"),
    ("_a ", "markdown"),
    ("[a](", "markdown"),
    ("- ", "markdown"),
    ("a\u0301 ", "plain"),
    ("Share", "plain"),
    (" \n", "plain"),
)

_PROSE = (
    "the ministers met in the capital on a Monday and agreed to deepen cooperation on trade health and "
    "maritime security under the chair\u2019s theme \u201cTogether\u201d \u2013 with partners"
)


def _document(size: int) -> str:
    rnd = random.Random(7)
    words = _PROSE.split()
    paragraphs = []
    total = 0
    while total < size:
        p = " ".join(rnd.choice(words) for _ in range(70)) + "."
        paragraphs.append(p)
        total += len(p) + 2
    return "\n\n".join(paragraphs)


def _reference(text: str) -> None:
    norm = unicodedata.normalize("NFC", text).translate({0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-"})
    "\n".join(" ".join(line.split()) for line in norm.split("\n"))


def run() -> list[Result]:
    """Linearity ratios on adversarial inputs, and plain-text throughput against a str-method reference pass."""
    results = []
    for unit, fmt in ADVERSARIAL:
        small = unit * (100_000 // len(unit))
        large = unit * (1_000_000 // len(unit))
        t_small = best_of(lambda s=small, f=fmt: normalise(s, f), repeat=3)  # type: ignore[misc]
        t_large = best_of(lambda s=large, f=fmt: normalise(s, f), repeat=3)  # type: ignore[misc]
        results.append(
            Result(
                name=f"{fmt} {unit!r}: 1 MB / 100 KB",
                ratio=t_large / t_small,
                target=12.0,
                detail=f"{t_small * 1e3:.1f} ms / {t_large * 1e3:.1f} ms",
            )
        )
    doc = _document(1_000_000)
    for fmt in ("plain", "markdown", "html"):
        lib = best_of(lambda f=fmt: normalise(doc, f), repeat=3)  # type: ignore[misc]
        ref = best_of(lambda: _reference(doc), repeat=3)
        results.append(
            Result(
                name=f"normalise 1 MB of prose as {fmt} vs str-method pass",
                ratio=lib / ref,
                target=40.0,
                detail=f"{len(doc) / lib / 1e6:.1f} MB/s",
            )
        )
    return results
