"""Folding of names and free text for indexes and matching: casefolded, accent-insensitive tokens."""

from __future__ import annotations

import functools
import re
import unicodedata

from asean_records.errors import AseanRecordsError

__all__ = ["fold", "person_key", "person_tokens", "sorted_person_key", "tokens"]

# Letters that Unicode does not decompose into a base letter and a combining mark.
_BASE_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "æ": "ae"})
_TOKEN = re.compile(r"\w+")
_DOUBLED = re.compile(r"(.)\1+")

# Honorifics, styles and ranks written before names, as folded token sequences. The knowledge base adds its own
# list when it is available; this one keeps matching useful without it.
_BUILTIN_HONORIFICS = (
    "h e",
    "he",
    "his excellency",
    "her excellency",
    "their excellencies",
    "excellency",
    "mr",
    "mrs",
    "ms",
    "miss",
    "madam",
    "mdm",
    "dr",
    "prof",
    "professor",
    "dato",
    "datuk",
    "dato sri",
    "dato seri",
    "datuk seri",
    "tan sri",
    "puan sri",
    "toh puan",
    "tun",
    "pehin",
    "samdech",
    "pengiran",
    "haji",
    "hajah",
    "hj",
    "u",
    "daw",
    "khun",
    "pak",
    "bapak",
    "ibu",
    "sir",
    "hon",
    "honourable",
    "the honourable",
    "the hon",
    "yang berhormat",
    "yb",
    "gen",
    "general",
)


def fold(text: str) -> str:
    """Casefold ``text`` and strip accents (``Phạm`` -> ``pham``, ``Đà Nẵng`` -> ``da nang``).

    Args:
        text: Any text.

    Returns:
        The folded text; scripts without Latin letters are kept as they are, minus combining marks.
    """
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_BASE_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def tokens(text: str) -> tuple[str, ...]:
    """The word tokens of ``text`` after :func:`fold`, in order."""
    return tuple(_TOKEN.findall(fold(text)))


@functools.cache
def _honorifics() -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(p.split()) for p in _BUILTIN_HONORIFICS}
    try:
        from asean_records.reference import honorifics

        for item in honorifics():
            for surface in (item.text, *item.variants):
                folded = tokens(surface)
                if folded:
                    phrases.add(folded)
    except (ImportError, AseanRecordsError):  # the knowledge base is optional here; the built-in list still works
        pass
    return tuple(sorted(phrases, key=len, reverse=True))


def person_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a person's name without the honorifics in front (``H.E. Dato' Sri``, ``Mr``).

    At least one token is always kept, and the one-letter honorific ``U`` only when two tokens would remain.

    Args:
        name: A name as written.

    Returns:
        The name's tokens in written order.
    """
    parts = tokens(name)
    phrases = _honorifics()
    stripped = True
    while stripped and len(parts) > 1:
        stripped = False
        for phrase in phrases:
            n = len(phrase)
            if parts[:n] == phrase and len(parts) - n >= (2 if phrase == ("u",) else 1):
                parts = parts[n:]
                stripped = True
                break
    return parts


def _spelling(token: str) -> str:
    return _DOUBLED.sub(r"\1", token)


def person_key(name: str) -> str:
    """A key that spelling variants of one written name share, in written order.

    Case, accents, honorifics, hyphens and spacing, and doubled letters are ignored, so ``CHHAY Sovann``,
    ``H.E. Chhay Sovann`` and ``Chhay Sovan`` share a key; ``Sovann Chhay`` (the other name order) does not.
    """
    return "".join(_spelling(t) for t in person_tokens(name))


def sorted_person_key(name: str) -> str:
    """Like :func:`person_key`, but order-free: ``Sovann Chhay`` and ``Chhay Sovann`` share it."""
    return " ".join(sorted(_spelling(t) for t in person_tokens(name)))
