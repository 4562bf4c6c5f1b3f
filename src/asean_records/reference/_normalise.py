"""The one normalisation used by every knowledge-base lookup."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["exact_key", "is_short_code", "normalise_key"]

# Typographic apostrophes and quote-like marks that texts use in "Ministers’ Meeting" or "Dato’".
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032", "'"))
# Hyphens, dashes and underscores fold into a space, like whitespace.
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_]+")
# US spellings that ASEAN texts (which use British spelling) meet in wire copy.
_SPELLING = {
    "defense": "defence",
    "organization": "organisation",
    "organizations": "organisations",
    "center": "centre",
    "centers": "centres",
    "counselor": "counsellor",
}
_WORD = re.compile(r"[^\W\d_]+")


def normalise_key(text: str) -> str:
    """Fold a name to the key under which the knowledge base indexes it.

    The steps are: Unicode NFKC; typographic apostrophes to ``'`` and then dropped (so ``Ministers’``,
    ``Ministers'`` and ``Ministers`` meet); case-folding; hyphens, dashes, underscores and runs of whitespace to
    one space; a leading ``the`` removed; a few US spellings to British ones (``defense`` -> ``defence``,
    ``organization`` -> ``organisation``, ``center`` -> ``centre``). Diacritics and non-Latin scripts are kept.

    Args:
        text: Any name as written.

    Returns:
        The normalised key (possibly empty).
    """
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold().replace("'", "")
    folded = _SEPARATORS.sub(" ", folded).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return _WORD.sub(lambda m: _SPELLING.get(m.group(0), m.group(0)), folded)


def is_short_code(surface: str) -> bool:
    """Tell whether a surface is a short all-capitals code (``US``, ``U.S.``, ``ROK``, ``WHO``).

    Such surfaces are also ordinary words or pronouns in lower or title case, so they are matched only as written.

    Args:
        surface: A surface form from a data file.

    Returns:
        ``True`` for surfaces with no lower-case letter and at most five letters.
    """
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and not any(c.islower() for c in letters)


def exact_key(text: str) -> str:
    """Fold a name for case-sensitive matching: NFKC, straight apostrophes, single spaces; case kept.

    Args:
        text: Any name as written.

    Returns:
        The folded text.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return _SEPARATORS.sub(" ", folded).strip()
