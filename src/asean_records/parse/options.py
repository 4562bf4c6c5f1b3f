"""Frozen parser options; vary them with :func:`attrs.evolve`."""

from __future__ import annotations

import datetime

import attrs

__all__ = ["ParseOptions"]


@attrs.frozen(kw_only=True)
class ParseOptions:
    """How the parser reads a document.

    Attributes:
        max_chars: Largest input accepted, in characters, checked before any normalisation.
        keep_text: Keep the input text on the :class:`~asean_records.model.Extraction` (needed to quote spans).
        infer: Fill missing values (years, hosts, dates from the knowledge base) and mark them inferred.
            With ``False`` only what the text states is kept.
        today: Upper bound for inferred years (a report cannot describe a meeting held after it was written);
            defaults to the current date.
        max_name_tokens: Longest meeting or organisation name considered, in words.
    """

    max_chars: int = 20_000_000
    keep_text: bool = True
    infer: bool = True
    today: datetime.date | None = None
    max_name_tokens: int = 24

    def current_year(self) -> int:
        """The year treated as "now" when bounding inferences."""
        return (self.today or datetime.date.today()).year
