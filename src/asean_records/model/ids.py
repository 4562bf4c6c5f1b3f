"""Deterministic record ids hashed from key fields.

The same key fields always give the same id, in every process and on every
machine, so records extracted twice from the same text, or from two texts about
the same meeting, carry the same id.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

__all__ = ["key_text", "record_id"]

_NON_WORD = re.compile(r"[^\w+]+")


def key_text(value: object) -> str:
    """Fold a key field to a canonical string: NFKC, casefolded, punctuation and spacing ignored.

    ``None`` becomes the empty string; other values use ``str()``.
    """
    if value is None:
        return ""
    return _fold(str(value))


@functools.lru_cache(maxsize=65536)
def _fold(value: str) -> str:
    """:func:`key_text` of a string (the same names are folded for record after record)."""
    text = unicodedata.normalize("NFKC", value).casefold().replace("\u2019", "'")
    return _NON_WORD.sub(" ", text).strip()


def record_id(prefix: str, *parts: object) -> str:
    """An id such as ``mtg-3f2a9c01b4d5e6f7`` made from a prefix and key fields.

    Args:
        prefix: Short record-type prefix (``mtg``, ``per``, ``poa`` ...).
        *parts: Key fields; each is folded with :func:`key_text`.

    Returns:
        ``PREFIX-`` followed by 16 hex digits of a BLAKE2b hash of the folded parts.
    """
    if all(type(part) is str for part in parts):
        return _string_id(prefix, parts)  # the same names and keys come back record after record
    return _hashed_id(prefix, parts)


def _hashed_id(prefix: str, parts: tuple[object, ...]) -> str:
    payload = "\x1f".join(key_text(part) for part in parts).encode("utf-8")
    return f"{prefix}-{hashlib.blake2b(payload, digest_size=8).hexdigest()}"


# Only exact strings are cached: parts that are equal but print differently (1 and True, 0.0 and -0.0) would share
# an entry.
_string_id = functools.lru_cache(maxsize=65536)(_hashed_id)
