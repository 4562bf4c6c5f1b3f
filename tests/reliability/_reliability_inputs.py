"""Generated inputs shared by the reliability tests, fuzz harnesses and benchmarks (no corpus text is copied)."""

from __future__ import annotations

import random

__all__ = ["ADVERSARIAL", "adversarial", "realistic_document"]

ADVERSARIAL: dict[str, str] = {
    "digits": "1234567890",
    "dots": ".",
    "capitals": "ABCDEFGHIJ ",
    "honorifics": "H.E. ",
    "asean": "ASEAN ",
    "unclosed-quotes": '"unclosed quote ',
    "meeting-words": "Meeting ",
    "of-the": "of the ",
    "ordinals": "1st 2nd 3rd 4th ",
    "open-parens": "(",
    "unclosed-tags": "<a ",
    "capitalised-words": "Minister Foreign Affairs Senior Officials ",
    "dates": "12 March 2020 ",
    "one-long-word": "x",
}
"""Repeating units that stress the parser's regexes and loops (long runs, no closing token)."""


def adversarial(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters (a single line, no paragraph breaks)."""
    return (unit * (size // len(unit) + 1))[:size]


_COUNTRIES = (
    "Brunei Darussalam",
    "Cambodia",
    "Indonesia",
    "Lao PDR",
    "Malaysia",
    "Myanmar",
    "the Philippines",
    "Singapore",
    "Thailand",
    "Viet Nam",
)
_CITIES = ("Jakarta", "Ha Noi", "Bangkok", "Phnom Penh", "Kuala Lumpur", "Manila", "Vientiane", "Singapore")
_PEOPLE = (
    "Nguyễn Văn An",
    "Somchai Wongsuwan",
    "Siti Rahmawati",
    "Prak Sovann",
    "Maria Santos",
    "Tan Wei Ming",
    "Aung Kyaw Min",
    "Khamla Phommachanh",
    "Ahmad Faisal bin Hassan",
    "Ratana Srisai",
)
_TITLES = (
    "Minister of Foreign Affairs",
    "Minister of Economy",
    "Deputy Prime Minister",
    "Secretary-General of ASEAN",
    "Senior Official",
    "Permanent Representative to ASEAN",
)
_MEETINGS = (
    "ASEAN Summit",
    "ASEAN Foreign Ministers' Meeting",
    "ASEAN Economic Ministers' Meeting",
    "ASEAN Regional Forum",
    "East Asia Summit",
    "ASEAN Plus Three Summit",
    "ASEAN Defence Ministers' Meeting",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def realistic_document(seed: int) -> str:
    """A generated press release of a few paragraphs: dateline, meeting, chair, attendees, statements, plans."""
    rng = random.Random(seed)
    city = rng.choice(_CITIES)
    year = rng.randint(1995, 2025)
    day, month = rng.randint(1, 28), rng.choice(_MONTHS)
    meeting = f"{_ordinal(rng.randint(2, 58))} {rng.choice(_MEETINGS)}"
    chair = rng.choice(_PEOPLE)
    paras = [
        f"{city.upper()}, {day} {month} {year} - The {meeting} was held in {city}, {rng.choice(_COUNTRIES)}, "
        f"on {day} {month} {year}. The Meeting was chaired by H.E. {chair}, {rng.choice(_TITLES)} of "
        f"{rng.choice(_COUNTRIES)}."
    ]
    for _ in range(rng.randint(2, 6)):
        person, title, country = rng.choice(_PEOPLE), rng.choice(_TITLES), rng.choice(_COUNTRIES)
        paras.append(
            f'H.E. {person}, {title} of {country}, said that "ASEAN must remain united and central". '
            f"The Ministers welcomed the adoption of the ASEAN Plan of Action {year}-{year + 5} and noted "
            f"that trade reached US$ {rng.randint(1, 900)}.{rng.randint(0, 9)} billion in {year - 1}."
        )
    paras.append(
        f"The {_ordinal(rng.randint(2, 58) + 1)} {rng.choice(_MEETINGS)} will be held in {rng.choice(_CITIES)} "
        f"in {rng.choice(_MONTHS)} {year + 1}."
    )
    return "\n\n".join(paras) + "\n"
