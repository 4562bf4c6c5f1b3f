"""The working document the parser's stages share: normalised text, sentences, dates and name hits.

Stages read a :class:`Document` and add records to a :class:`Found`. Offsets in
here are offsets into the *normalised* text; :meth:`Document.span` maps them back
to the text the user passed in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import starmap
from typing import TYPE_CHECKING, NamedTuple, TypeVar, cast

import attrs

from asean_records.model import Basis, FieldProvenance, Source, Span
from asean_records.model.provenance import field_provenance, span_unchecked
from asean_records.parse.options import ParseOptions

if TYPE_CHECKING:
    from asean_records.parse.text import NormalisedText

__all__ = ["DateMention", "Document", "NameHit", "Sentence", "grouped_alternation", "lower_twin", "matches_at"]

_STATED = Basis.stated()
_CACHED_RANGES = 64
"""Up to this many ranges, a field's spans are looked up in the span cache first; more (the mentions of a name
repeated all over a long text) are mapped in one bulk call, which is cheaper when few of them were mapped before."""
# The characters outside ASCII that match an ASCII letter under re.IGNORECASE (each was checked against every code
# point): lower-casing them does not give that letter.
_CASE_SPECIALS = ("\u0130", "\u0131", "\u017f", "\u212a")
T = TypeVar("T")


_ESCAPE = re.compile(r"\\.")
_INLINE_FLAGS = re.compile(r"\(\?[-aiLmsux]")


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of a case-insensitive pattern written in ASCII lower case.

    On :attr:`Document.ascii_lower` the twin finds what ``pattern`` finds on the text, at the same offsets.

    Raises:
        ValueError: ``pattern`` is not case-insensitive, or has a capital or non-ASCII character of its own.
    """
    bare = _ESCAPE.sub("", pattern.pattern)
    if not pattern.flags & re.IGNORECASE or not bare.isascii() or bare.lower() != bare or _INLINE_FLAGS.search(bare):
        raise ValueError(f"no case-sensitive twin for {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def grouped_alternation(fragments: Iterable[str]) -> str:
    """``a|b|c`` for pattern fragments that open with a lower-case ASCII letter, grouped by that letter.

    ``said|says|noted`` becomes ``s(?:aid|ays)|n(?:oted)``: the same matches (fragments that open with different
    letters never match at the same place, and the order within a letter is kept), but the engine compares one
    letter per group instead of one per fragment.

    Raises:
        ValueError: A fragment does not open with a lower-case ASCII letter, or a quantifier follows that letter.
    """
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        if not ("a" <= fragment[:1] <= "z") or fragment[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"cannot group the fragment {fragment!r}")
        groups.setdefault(fragment[0], []).append(fragment[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, trying ``pattern`` only where a match of ``starts`` starts.

    ``starts`` must find every offset where a match of ``pattern`` can start, in order (it may find more): a pattern
    that opens with a character class is found by the engine's fast skip over the text, while one that opens with a
    look-behind or a case-insensitive alternation is tried at every position. ``pattern`` must not match the empty
    string.
    """
    match = pattern.match
    after = 0
    for start in starts:
        at = start.start()
        if at < after:
            continue
        m = match(text, at)
        if m is not None:
            after = m.end()
            yield m


@attrs.frozen
class Sentence:
    """A sentence (or heading, or list item) of the normalised text.

    Attributes:
        start: Offset of its first character.
        end: Offset one past its last character.
        block: Index of the block (paragraph, heading) it belongs to.
        heading: True when the block is a heading.
    """

    start: int
    end: int
    block: int = 0
    heading: bool = False


@attrs.frozen(kw_only=True)
class DateMention:
    """A date expression found in the text, with the parts it states.

    Attributes:
        start: Offset of the expression.
        end: Offset one past it.
        year: Year if stated.
        month: Month if stated.
        day: Day if stated.
        end_year: Year of the range end, if a range states one.
        end_month: Month of the range end.
        end_day: Day of the range end.
        relative: Years from the document year for "this year" (0), "next year" (1), "last year" (-1).
    """

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    relative: int | None = None

    @property
    def is_range(self) -> bool:
        """True when the expression gives an end (``8-10 May``)."""
        return self.end_day is not None or self.end_month is not None or self.end_year is not None


class NameHit(NamedTuple):
    """A knowledge-base name found in the text.

    A named tuple rather than an attrs class: a text can hold a name every few words, and a tuple is built (and
    collected) at a fraction of the cost; fields read the same.

    Attributes:
        start: Offset of the surface.
        end: Offset one past it.
        kind: ``country``, ``demonym``, ``city`` (a capital or another city the knowledge base places), ``body``
            or ``series``.
        key: Alpha-2 code, body key or series key.
        ambiguous: The surface is also an ordinary word or another thing's name.
    """

    start: int
    end: int
    kind: str
    key: str
    ambiguous: bool = False


@attrs.define
class Document:
    """Everything the stages share about one input.

    Attributes:
        norm: The normalised text with its offset map.
        source: The source being parsed.
        options: Parser options.
        sentences: Sentences in order.
        dates: Date expressions in order.
        names: Knowledge-base names in order.
        year: The document's own year (from its dateline or context), when known.
        year_basis: Why ``year`` is what it is.
        heading_date: A date standing alone under the title (the day a press release reports on).
        mentions_covid: The text names COVID-19, so it was written in 2020 or later.
        end: Offset where the article's own text ends (page furniture after it is ignored).
        text: The normalised text (``norm.text``).
    """

    norm: NormalisedText
    source: Source
    options: ParseOptions
    sentences: tuple[Sentence, ...] = ()
    dates: tuple[DateMention, ...] = ()
    names: tuple[NameHit, ...] = ()
    year: int | None = None
    year_basis: Basis | None = None
    heading_date: DateMention | None = None
    mentions_covid: bool = False
    end: int = -1
    _sentence_starts: list[int] = attrs.field(factory=list, repr=False)
    _date_starts: list[int] = attrs.field(factory=list, repr=False)
    _name_starts: list[int] = attrs.field(factory=list, repr=False)
    # the names of each kind with their starts: most lookups ask for one kind
    _names_by_kind: dict[str, tuple[list[int], tuple[NameHit, ...]]] = attrs.field(factory=dict, repr=False)
    # the same ranges are mapped again and again (a name's span for several fields and records)
    _span_cache: dict[tuple[int, int], Span] = attrs.field(factory=dict, repr=False)
    _lower: str | None = attrs.field(default=None, repr=False)
    _folded: str | None = attrs.field(default=None, repr=False)  # lacks_all's lower case of a non-ASCII text
    _computed: dict[Callable[[Document], object], object] = attrs.field(factory=dict, repr=False)
    # ``norm.text`` as a plain attribute (a property call costs more, and the stages read it tens of thousands of times)
    text: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        self.text = self.norm.text

    def computed(self, function: Callable[[Document], T]) -> T:
        """``function(self)``, worked out once per document (for what several stages read, such as plan mentions).

        ``function`` must depend only on what the document holds once its names are indexed.
        """
        if function not in self._computed:
            self._computed[function] = function(self)
        return cast(T, self._computed[function])

    @property
    def ascii_lower(self) -> str | None:
        """The text in lower case when it is all ASCII, else ``None``.

        On it, a case-insensitive pattern of ASCII lower-case letters can run case-sensitively (several times
        faster) and find the same matches at the same offsets.
        """
        if self._lower is None:
            self._lower = self.text.lower() if self.text.isascii() else ""
        return self._lower if self._lower or not self.text else None

    def lacks_all(self, words: tuple[str, ...]) -> bool:
        """True when the text holds none of ``words`` (ASCII lower case) in any case; False when it may hold one.

        A case-insensitive pattern whose every match holds one of ``words`` (in any case) need not scan a text that
        lacks them all. Four letters outside ASCII match an ASCII letter in such a pattern (dotted and dotless i, the
        long s, the Kelvin sign) where lower-casing does not give that letter: a text holding one is not tested
        (False). Any other character lower-cases to an ASCII letter only if it is one.
        """
        low = self.ascii_lower
        if low is None:
            if self._folded is None:
                text = self.text
                self._folded = "" if any(c in text for c in _CASE_SPECIALS) else text.lower()
            if not self._folded:
                return False
            low = self._folded
        return not any(word in low for word in words)

    def index(self) -> None:
        """Build the lookup arrays after the sentence, date and name tuples are set."""
        self._sentence_starts = [s.start for s in self.sentences]
        self._date_starts = [d.start for d in self.dates]
        self._name_starts = [n.start for n in self.names]
        groups: dict[str, list[NameHit]] = {}
        for n in self.names:
            groups.setdefault(n.kind, []).append(n)
        self._names_by_kind = {kind: ([n.start for n in hits], tuple(hits)) for kind, hits in groups.items()}

    def span(self, start: int, end: int) -> Span:
        """A span in the user's original text for the normalised range ``[start, end)``."""
        found = self._span_cache.get((start, end))
        if found is None:
            # original_span checks the range and maps it to a valid one
            found = self._span_cache[start, end] = span_unchecked(*self.norm.original_span(start, end))
        return found

    def provenance(
        self, field: str, ranges: tuple[tuple[int, int], ...], basis: Basis | None = None
    ) -> FieldProvenance:
        """A field's provenance from normalised ranges, stated unless ``basis`` says otherwise."""
        if len(ranges) == 1:
            spans: tuple[Span, ...] = (self.span(*ranges[0]),)
        elif len(ranges) > _CACHED_RANGES:
            # ranges mostly come in text order and map in order, so sorting the list is linear (a set would not be)
            # (sorted, equal spans are next to each other: one of each is kept)
            spans = tuple(starmap(span_unchecked, dict.fromkeys(sorted(self.norm.original_spans(ranges)))))
        else:
            # the spans already mapped come from the cache (a name's ranges are mapped for several fields and
            # records); the rest are mapped in bulk. One span per original range, in order: the ranges mostly come
            # in text order and map in order, so the keys are one or two sorted runs and sorting them is linear
            cache = self._span_cache
            by_offsets: dict[tuple[int, int], Span] = {}
            missing: list[tuple[int, int]] = []
            for r in ranges:
                span = cache.get(r)
                if span is None:
                    missing.append(r)
                else:
                    by_offsets[span.start, span.end] = span
            if missing:
                for offsets in self.norm.original_spans(missing):
                    if offsets not in by_offsets:
                        by_offsets[offsets] = span_unchecked(*offsets)
            spans = tuple(by_offsets[k] for k in sorted(by_offsets))
        return field_provenance(field, spans, basis or _STATED)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (or the nearest one before it)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(i, 0)] if self.sentences else Sentence(0, len(self.text))

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset``."""
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def dates_in(self, start: int, end: int) -> tuple[DateMention, ...]:
        """Date mentions that start inside ``[start, end)``."""
        lo = bisect_left(self._date_starts, start)
        hi = bisect_left(self._date_starts, end, lo)
        return self.dates[lo:hi]

    def names_in(self, start: int, end: int, kind: str | None = None) -> tuple[NameHit, ...]:
        """Knowledge-base names that start inside ``[start, end)``, optionally of one kind."""
        if kind is None:
            starts, hits = self._name_starts, self.names
        else:
            entry = self._names_by_kind.get(kind)
            if entry is None:
                return ()
            starts, hits = entry
        lo = bisect_left(starts, start)
        return hits[lo : bisect_left(starts, end, lo)]

    def first(self, start: int, end: int, pred: Callable[[NameHit], bool]) -> NameHit | None:
        """The first name hit in ``[start, end)`` that satisfies ``pred``."""
        return next((h for h in self.names_in(start, end) if pred(h)), None)
