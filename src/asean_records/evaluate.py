"""Score predictions in the neutral evaluation schema against gold annotations.

Both sides are dictionaries in the form of ``shared/corpus/SCHEMA.md`` (what
:func:`asean_records.parse.eval.to_eval_dict` writes). Scoring is deliberately
simple and documented here so its numbers can be explained:

* **Lists** (meetings, people, countries, plans, documents, figures) are matched
  one to one, greedily, best pair first, and scored by micro-averaged precision,
  recall and F1 over all files. Two names match when their normalised forms are
  equal, or when their word sets overlap enough (Dice coefficient at least
  :data:`NAME_MATCH`); meetings also match on series plus ordinal.
* **Meeting attributes** are compared on matched pairs only. Each attribute
  scores 1 when equal (lists compared as sets, strings normalised) and 0 when
  not, except the start date, which earns partial credit by precision: the year
  alone right is worth 1/3, year and month 2/3, the full day 1. A prediction more
  precise than the gold is scored against the finer of the two.
* **False positives**: the number of meetings predicted for texts whose gold
  has none.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "LIST_FIELDS",
    "MEETING_ATTRIBUTES",
    "NAME_MATCH",
    "Counts",
    "Report",
    "date_credit",
    "load_pairs",
    "score",
]

LIST_FIELDS: tuple[str, ...] = ("meetings", "people", "countries", "plans", "documents", "figures")
"""The list fields scored by precision, recall and F1, in report order."""

MEETING_ATTRIBUTES: tuple[str, ...] = (
    "series",
    "ordinal",
    "start",
    "end",
    "mode",
    "city",
    "host_country",
    "chairs",
    "partners",
    "theme",
    "parent",
)
"""The meeting attributes compared on matched meetings."""

NAME_MATCH = 0.75
"""Smallest Dice overlap of word sets for two differently written names to count as the same."""

_SCHEMA_KEY = {"plans": "plans_of_action"}
_WORD = re.compile(r"[^\W_]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SKIP_WORDS = frozenset({"the", "of", "on", "and", "for", "in"})


def _norm(value: Any) -> str:
    """Lower-case, accent-free, punctuation-free text of ``value`` (empty for ``None``)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value).translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text.casefold()))


def _words(value: Any) -> frozenset[str]:
    return frozenset(w for w in _norm(value).split() if w not in _SKIP_WORDS)


def _name_similarity(a: Any, b: Any) -> float:
    if _norm(a) and _norm(a) == _norm(b):
        return 1.0
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def _meeting_similarity(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float:
    if gold.get("series") and gold.get("ordinal") is not None:
        same_series = _norm(gold.get("series")) == _norm(pred.get("series"))
        if same_series and gold.get("ordinal") == pred.get("ordinal"):
            return 1.0
    return _name_similarity(gold.get("name"), pred.get("name"))


def _plan_similarity(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float:
    parties = {_norm(p) for p in gold.get("parties") or []}
    if parties and parties == {_norm(p) for p in pred.get("parties") or []}:
        period = (gold.get("start_year"), gold.get("end_year"))
        if period == (pred.get("start_year"), pred.get("end_year")):
            return 1.0
    return _name_similarity(gold.get("name"), pred.get("name"))


def _same(key: Callable[[Any], Any]) -> Callable[[Any, Any], float]:
    def similarity(gold: Any, pred: Any) -> float:
        return 1.0 if key(gold) == key(pred) and key(gold) not in ("", None) else 0.0

    return similarity


_SIMILARITY: dict[str, Callable[[Any, Any], float]] = {
    "meetings": _meeting_similarity,
    "people": lambda g, p: _name_similarity(g.get("name"), p.get("name")),
    "countries": _same(_norm),
    "plans": _plan_similarity,
    "documents": lambda g, p: _name_similarity(g.get("title"), p.get("title")),
    "figures": _same(lambda f: (_norm(f.get("what")), f.get("value"))),
}


def _match(gold: Sequence[Any], pred: Sequence[Any], similarity: Callable[[Any, Any], float]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)``, best similarity first, ties by position."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = similarity(g, p)
            if s >= NAME_MATCH:
                candidates.append((-s, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _s, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _date_parts(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(str(value).split("/")[0].split("-"))


def date_credit(gold: str | None, pred: str | None) -> float:
    """Credit for a predicted date against the gold one, by how many leading parts agree.

    Both missing scores 1; one missing scores 0. Otherwise the agreeing leading parts
    (year, month, day) are divided by the parts of the more precise of the two.

    Examples:
        >>> date_credit("2024-03-14", "2024-03")
        0.6666666666666666
        >>> date_credit("2024", "2024")
        1.0
    """
    g, p = _date_parts(gold), _date_parts(pred)
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    agree = 0
    for a, b in zip(g, p, strict=False):
        if a != b:
            break
        agree += 1
    return agree / max(len(g), len(p))


def _attribute_credit(name: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float:
    g, p = gold.get(name), pred.get(name)
    if name == "start":
        return date_credit(g, p)
    if name == "end":
        return date_credit(g, p) if (g or p) else 1.0
    if name in ("chairs", "partners"):
        return 1.0 if {_norm(x) for x in g or []} == {_norm(x) for x in p or []} else 0.0
    if name == "ordinal":
        return 1.0 if g == p else 0.0
    if name in ("series", "host_country", "mode"):
        return 1.0 if _norm(g) == _norm(p) else 0.0
    return 1.0 if (not g and not p) or (g and p and _name_similarity(g, p) >= NAME_MATCH) else 0.0


@attrs.define
class Counts:
    """Matches for one list field, summed over files.

    Attributes:
        true_positives: Predicted items matched to a gold item.
        predicted: Predicted items.
        gold: Gold items.
    """

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted items that are right (1.0 when nothing was predicted and nothing was due)."""
        if self.predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.true_positives / self.predicted

    @property
    def recall(self) -> float:
        """Share of gold items found (1.0 when there were none)."""
        if self.gold == 0:
            return 1.0 if self.predicted == 0 else 0.0
        return self.true_positives / self.gold

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.define
class Report:
    """The scores of a set of predictions against their gold annotations.

    Attributes:
        files: How many gold files were scored.
        missing: Names of gold files with no prediction (scored as empty predictions).
        fields: Counts per list field, keyed as in :data:`LIST_FIELDS`.
        attributes: Credit summed per meeting attribute over matched meetings.
        matched_meetings: How many meetings were matched (the denominator of attribute accuracy).
        empty_texts: How many texts have no meeting in their gold.
        false_positives: Meetings predicted for those texts.
    """

    files: int = 0
    missing: list[str] = attrs.field(factory=list)
    fields: dict[str, Counts] = attrs.field(factory=lambda: {f: Counts() for f in LIST_FIELDS})
    attributes: dict[str, float] = attrs.field(factory=lambda: dict.fromkeys(MEETING_ATTRIBUTES, 0.0))
    matched_meetings: int = 0
    empty_texts: int = 0
    false_positives: int = 0

    def accuracy(self, attribute: str) -> float:
        """Mean credit of ``attribute`` over matched meetings (0.0 when none matched)."""
        return self.attributes[attribute] / self.matched_meetings if self.matched_meetings else 0.0

    def add(self, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> None:
        """Score one text's prediction against its gold and add it to the totals."""
        self.files += 1
        for field in LIST_FIELDS:
            key = _SCHEMA_KEY.get(field, field)
            g, p = list(gold.get(key) or []), list(pred.get(key) or [])
            pairs = _match(g, p, _SIMILARITY[field])
            counts = self.fields[field]
            counts.true_positives += len(pairs)
            counts.predicted += len(p)
            counts.gold += len(g)
            if field == "meetings":
                for i, j in pairs:
                    self.matched_meetings += 1
                    for name in MEETING_ATTRIBUTES:
                        self.attributes[name] += _attribute_credit(name, g[i], p[j])
        if not gold.get("meetings"):
            self.empty_texts += 1
            self.false_positives += len(pred.get("meetings") or [])

    def to_dict(self) -> dict[str, Any]:
        """The numbers as plain JSON-ready data."""
        return {
            "files": self.files,
            "missing": list(self.missing),
            "fields": {
                name: {
                    "precision": c.precision,
                    "recall": c.recall,
                    "f1": c.f1,
                    "true_positives": c.true_positives,
                    "predicted": c.predicted,
                    "gold": c.gold,
                }
                for name, c in self.fields.items()
            },
            "meeting_attributes": {name: self.accuracy(name) for name in MEETING_ATTRIBUTES},
            "matched_meetings": self.matched_meetings,
            "empty_texts": self.empty_texts,
            "false_positives": self.false_positives,
        }

    def format(self) -> str:
        """A plain-text table of the scores."""
        lines = [f"{'field':<14} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
        for name, c in self.fields.items():
            lines.append(
                f"{name:<14} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   {c.true_positives}/{c.predicted}/{c.gold}"
            )
        lines.append("")
        lines.append(f"meeting attributes (accuracy over {self.matched_meetings} matched meetings)")
        lines.extend(f"  {name:<14} {self.accuracy(name):6.3f}" for name in MEETING_ATTRIBUTES)
        lines.append("")
        lines.append(f"false positives: {self.false_positives} meetings on {self.empty_texts} texts with no meeting")
        lines.append(f"files: {self.files}" + (f" ({len(self.missing)} without prediction)" if self.missing else ""))
        return "\n".join(lines)


def score(pairs: Iterable[tuple[str, Mapping[str, Any], Mapping[str, Any] | None]]) -> Report:
    """Score ``(name, gold, prediction)`` triples; a ``None`` prediction counts as empty and is listed as missing."""
    report = Report()
    for name, gold, pred in pairs:
        if pred is None:
            report.missing.append(name)
        report.add(gold, pred or {})
    return report


def load_pairs(gold_dir: str | Path, pred_dir: str | Path) -> list[tuple[str, dict[str, Any], dict[str, Any] | None]]:
    """Read ``NAME.gold.json`` from ``gold_dir`` with ``NAME.pred.json`` from ``pred_dir`` (``None`` if absent)."""
    out = []
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        pred_path = Path(pred_dir) / f"{name}.pred.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else None
        out.append((name, json.loads(gold_path.read_text(encoding="utf-8")), pred))
    return out
