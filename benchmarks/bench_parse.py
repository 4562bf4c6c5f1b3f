"""Parse throughput on generated press releases against a pass of a few compiled regexes over the same text.

The corpus is 300 generated documents (dateline, meeting, chair, attendees with titles, quotes, a plan of action,
figures, the next meeting), about 0.4 MB in all. The reference is the least any extractor must do: five compiled
regexes (dates, ordinal meeting names, honorific + name, capitalised runs, sentence ends) run with ``findall``
over each document. The library normalises the text, keeps an offset map, runs every stage and builds records
with provenance, so the ratio says what that costs over bare pattern matching. Target: at most 5x.
"""

from __future__ import annotations

import random
import re

from asean_records.parse.pipeline import parse
from benchmarks._common import Result, best_of

N_DOCS = 300
TARGET = 5.0

_COUNTRIES = ("Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", "the Philippines",
              "Singapore", "Thailand", "Viet Nam")  # fmt: skip
_CITIES = ("Jakarta", "Ha Noi", "Bangkok", "Phnom Penh", "Kuala Lumpur", "Manila", "Vientiane", "Singapore")
_PEOPLE = ("Nguyễn Văn An", "Somchai Wongsuwan", "Siti Rahmawati", "Prak Sovann", "Maria Santos", "Tan Wei Ming",
           "Aung Kyaw Min", "Khamla Phommachanh", "Ahmad Faisal bin Hassan", "Ratana Srisai")  # fmt: skip
_TITLES = ("Minister of Foreign Affairs", "Minister of Economy", "Deputy Prime Minister", "Senior Official",
           "Permanent Representative to ASEAN")  # fmt: skip
_MEETINGS = ("ASEAN Summit", "ASEAN Foreign Ministers' Meeting", "ASEAN Economic Ministers' Meeting",
             "ASEAN Regional Forum", "East Asia Summit", "ASEAN Plus Three Summit")  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip

REFERENCE = (
    re.compile(r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
               r"December)\s+\d{4}\b"),
    re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w']*\s+){1,6}(?:Meeting|Summit|Forum)\b"),
    re.compile(r"\b(?:H\.E\.|Dr\.|Mr\.|Ms\.)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}"),
    re.compile(r"\b[A-Z][\w']*(?:\s+(?:of\s+)?[A-Z][\w']*)+"),
    re.compile(r"[.!?](?=\s+[A-Z\"])"),
)  # fmt: skip
"""The reference pass: what a bare regex extractor would run over each document."""


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def document(seed: int) -> str:
    """A generated press release of a few paragraphs."""
    rng = random.Random(seed)
    city, year = rng.choice(_CITIES), rng.randint(1995, 2025)
    day, month = rng.randint(1, 28), rng.choice(_MONTHS)
    meeting = f"{_ordinal(rng.randint(2, 58))} {rng.choice(_MEETINGS)}"
    paras = [
        f"{city.upper()}, {day} {month} {year} - The {meeting} was held in {city}, {rng.choice(_COUNTRIES)}, on "
        f"{day} {month} {year}. The Meeting was chaired by H.E. {rng.choice(_PEOPLE)}, {rng.choice(_TITLES)} of "
        f"{rng.choice(_COUNTRIES)}."
    ]
    for _ in range(rng.randint(2, 6)):
        paras.append(
            f'H.E. {rng.choice(_PEOPLE)}, {rng.choice(_TITLES)} of {rng.choice(_COUNTRIES)}, said that "ASEAN must '
            f'remain united". The Ministers welcomed the ASEAN Plan of Action {year}-{year + 5} and noted that '
            f"trade reached US$ {rng.randint(1, 900)}.{rng.randint(0, 9)} billion in {year - 1}."
        )
    paras.append(f"The next {rng.choice(_MEETINGS)} will be held in {rng.choice(_CITIES)} in {month} {year + 1}.")
    return "\n\n".join(paras) + "\n"


def run() -> list[Result]:
    """Parse time of the corpus over the reference regex pass."""
    docs = [document(i) for i in range(N_DOCS)]
    size = sum(len(d.encode()) for d in docs)
    parse(docs[0], source="warm-up")

    def library() -> None:
        for i, d in enumerate(docs):
            parse(d, source=f"doc-{i}")

    def reference() -> None:
        for d in docs:
            for pattern in REFERENCE:
                pattern.findall(d)

    lib = best_of(library, repeat=3)
    ref = best_of(reference, repeat=5)
    return [
        Result(
            name=f"parse {N_DOCS} press releases / 5 regexes",
            ratio=lib / ref,
            target=TARGET,
            detail=f"parse {size / lib / 1e6:.2f} MB/s, {N_DOCS / lib:.0f} docs/s; regexes {size / ref / 1e6:.1f} MB/s",
        )
    ]
