"""Find knowledge-base names (countries, demonyms, capitals, bodies, meeting series) in one pass.

A compiled pattern picks out runs of capitalised words (with ``of``, ``the``,
``and`` ... between them); inside each run, the longest surface known to the
knowledge base wins at each word, found through a dictionary of folded word
sequences and a set of their prefixes. Lower-case prose is never looked at word
by word, and no run is looked at more than ``max_words`` words ahead, so the
pass is linear in the text.
"""

from __future__ import annotations

import functools
import operator
import re
from itertools import compress

from asean_records.parse.document import NameHit
from asean_records.reference import EntryKind, gazetteer, normalise_key

__all__ = ["find_names", "fold_token"]

_TOK = r"[^\W\d_a-z][\w'’.+&]*"
_CONN = r"(?:of|the|and|for|on|de|du|des|la|in|to|with|d'|el|au)"
# a particle is followed by a space or, inside a hyphenated name, a hyphen ("Sharm el-Sheikh", "Port-au-Prince")
_RUN_GREEDY = rf"{_TOK}(?:(?:[ \t]+|[ \t]*[-–/][ \t]*)(?:{_CONN}(?:[ \t]+|[-–]))*{_TOK})*"
# Possessive (``*+``): nothing follows the repetition, so it matches what the greedy one does, but the engine keeps no
# backtracking point per word; a greedy repeat over a run of 200,000 words ("H.E. H.E. ...") made the scan cost ~20x
# for ten times the text, against ~6x now.
_RUN = re.compile(_RUN_GREEDY + "+")
_WORD = re.compile(rf"{_TOK}|{_CONN}")
_SPLIT = re.compile(r"[\s\-–/]+")

_KIND = {
    EntryKind.COUNTRY_NAME: "country",
    EntryKind.COUNTRY_ALIAS: "country",
    EntryKind.NATIVE_NAME: "country",
    EntryKind.DEMONYM: "demonym",
    EntryKind.CAPITAL: "city",  # a capital or another city the knowledge base places in a country
    EntryKind.CITY: "city",
    EntryKind.BODY: "body",
    EntryKind.SERIES: "series",
}


@functools.lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Fold one word the way the knowledge base folds names (a trailing full stop dropped unless inside ``U.S.``)."""
    if token.endswith(".") and "." not in token[:-1]:
        token = token[:-1]
    return normalise_key(token)


@functools.cache
def _index() -> tuple[dict[str, tuple[tuple[str, str, bool], ...]], frozenset[str], int]:
    table: dict[str, list[tuple[str, str, bool]]] = {}
    prefixes: set[str] = set()
    longest = 1
    for entry in gazetteer():
        words = [w for w in _SPLIT.split(entry.surface.strip()) if w]
        if not words:
            continue
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        keys = ["\x00" + " ".join(words)] if entry.case_sensitive else [" ".join(fold_token(w) for w in words)]
        longest = max(longest, len(words))
        for key in keys:
            item = (_KIND[entry.kind], entry.key, entry.ambiguous)
            bucket = table.setdefault(key, [])
            if item not in bucket:
                bucket.append(item)
            parts = key.split(" ")
            for n in range(1, len(parts) + 1):
                prefixes.add(" ".join(parts[:n]))
    frozen = {k: tuple(v) for k, v in table.items()}
    return frozen, frozenset(prefixes), longest


def _without_possessive(token: str) -> str:
    """``Thailand's`` / ``Thailand's.`` -> ``Thailand``; others unchanged.

    A plural possessive ("Ministers'") is left alone: knowledge-base names are written with it.
    """
    core = token[:-1] if token.endswith(".") else token
    if len(core) > 2 and core[-2:] in ("'s", "’s"):
        return core[:-2]
    return token


def _strip_stop(token: str) -> str:
    return token[:-1] if token.endswith(".") and "." not in token[:-1] else token


@functools.lru_cache(maxsize=65536)
def _token(token: str) -> tuple[int, bool, str, str, str, bool]:
    r"""One word as the lookup reads it.

    Returns:
        (length without a possessive, possessive?, folded key, exact key, the exact key as a name's first word
        (``\x00`` and the word), whether a knowledge-base name can open with the word).
    """
    bare = _without_possessive(token)
    owner = len(bare) < len(token)
    folded, exact = fold_token(bare), _strip_stop(bare)
    first = "\x00" + exact
    prefixes = _index()[1]
    # every key of the table is among the prefixes, so a word that opens no prefix opens no name
    opens = folded in prefixes or first in prefixes or (owner and f"{folded}s" in prefixes)
    return len(bare), owner, folded, exact, first, opens


def find_names(text: str, *, max_words: int = 12) -> tuple[NameHit, ...]:
    """Every knowledge-base name in ``text``, leftmost-longest, in order.

    Args:
        text: Normalised text.
        max_words: Longest surface considered, in words.
    """
    limit = min(max_words, _index()[2])
    out: list[NameHit] = []
    append = out.append
    new = tuple.__new__
    for run in _RUN.finditer(text):
        surface = run.group()
        # what a run holds depends on its words alone, and the same runs come back again and again
        hits = _run_hits(surface, limit) if len(surface) <= _CACHED_RUN else _scan_run(surface, limit)
        if hits:
            base = run.start()
            for start, end, kind, entity_key, ambiguous in hits:
                append(new(NameHit, (base + start, base + end, kind, entity_key, ambiguous)))
    return tuple(out)


_CACHED_RUN = 200
"""Runs up to this many characters have their names cached (longer ones are rare, and would bloat the cache)."""


_OPENS = operator.itemgetter(5)
"""Whether a word of :func:`_token` opens a name."""


def _scan_run(run: str, limit: int) -> tuple[tuple[int, int, str, str, bool], ...]:
    """The names in one run of capitalised words, leftmost-longest, as offsets into ``run``."""
    table, prefixes, _longest = _index()
    get = table.get
    after = 0
    # a possessive ("Viet Nam's") names what it owns: look the name up without it, and end the name there
    words = _WORD.findall(run)
    infos = list(map(_token, words))
    n = len(infos)
    # (first word, last word, what the name names, whether the last word's "'s" belongs to the name)
    found: list[tuple[int, int, tuple[tuple[str, str, bool], ...], bool]] = []
    # most words open no name (the lookup would stop at once): only the words that may are visited
    for i in compress(range(n), map(_OPENS, infos)):
        if i < after:
            continue
        best: tuple[int, tuple[tuple[str, str, bool], ...], bool] | None = None
        key = exact_key = ""
        for j in range(i, min(n, i + limit)):
            _bare_len, owner, folded, exact, first, _opens = infos[j]
            if j == i:
                key, exact_key = folded, first
            else:
                key, exact_key = f"{key} {folded}", f"{exact_key} {exact}"
            items = get(exact_key) or get(key)
            if items:
                best = (j, items, False)
            if owner and f"{key}s" in prefixes:
                # "People's" inside "Democratic People's Republic of Korea": part of the name, not its owner
                key, exact_key = f"{key}s", f"{exact_key}'s"
                # ... or the name's last word ("Saint John's", the capital of Antigua and Barbuda)
                items = get(exact_key) or get(key)
                if items:
                    best = (j, items, True)
                continue
            if owner or (key not in prefixes and exact_key not in prefixes):
                break
        if best is not None:
            found.append((i, *best))
            after = best[0] + 1
    if not found:
        return ()
    # offsets only for runs that hold a name
    starts = [m.start() for m in _WORD.finditer(run)]
    out: list[tuple[int, int, str, str, bool]] = []
    for i, j, items, whole in found:
        start, end = starts[i], starts[j] + (len(words[j].removesuffix(".")) if whole else infos[j][0])
        if run[end - 1] == "." and "." not in run[start : end - 1]:
            end -= 1
        for kind, entity_key, ambiguous in items:
            out.append((start, end, kind, entity_key, ambiguous))
    return tuple(out)


_run_hits = functools.lru_cache(maxsize=32768)(_scan_run)
