"""Where a value came from: the source, the characters it was read from, and why.

Every value the parser extracts carries a :class:`Provenance`: one or more
:class:`Span` objects that point into the source text, and a :class:`Basis` that
says whether the text *states* the value or the parser *inferred* it (and on
what grounds).
"""

from __future__ import annotations

import enum

import attrs

from asean_records.errors import InvalidSpanError, ModelError
from asean_records.model.dates import PartialDate

__all__ = [
    "Basis",
    "BasisKind",
    "FieldProvenance",
    "InferenceReason",
    "Provenance",
    "Source",
    "SourceKind",
    "Span",
]


class SourceKind(enum.Enum):
    """The kind of document a source is."""

    NEWS = "news"
    PRESS_RELEASE = "press_release"
    JOINT_COMMUNIQUE = "joint_communique"
    CHAIRMANS_STATEMENT = "chairmans_statement"
    JOINT_STATEMENT = "joint_statement"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Source:
    """A document that records were extracted from.

    Attributes:
        id: Stable identifier of the document (a file name, a URL, a hash).
        title: Title or headline, when known.
        url: Where the document was published, when known.
        published: Publication or dateline date, when the text states it.
        kind: Kind of document, when the text shows it.
    """

    id: str
    title: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    kind: SourceKind | None = None


def _check_span(instance: Span, _attribute: attrs.Attribute[int], _value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise InvalidSpanError(f"span [{instance.start}, {instance.end}) is negative or reversed")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a source text.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.

    Raises:
        InvalidSpanError: ``start`` is negative or ``end < start``.
    """

    start: int
    end: int = attrs.field(validator=_check_span)  # checks both ends (validators run once every field is set)

    def __len__(self) -> int:
        return self.end - self.start

    def quote(self, text: str) -> str:
        """The characters of ``text`` this span covers.

        Raises:
            InvalidSpanError: The span reaches past the end of ``text``.
        """
        if self.end > len(text):
            raise InvalidSpanError(f"span [{self.start}, {self.end}) reaches past the end of a {len(text)}-char text")
        return text[self.start : self.end]


_new_object = object.__new__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


def span_unchecked(start: int, end: int) -> Span:
    """``Span(start, end)`` for a range the caller has already checked (``0 <= start <= end``), without the check.

    The parser builds tens of thousands of spans from offsets its offset map has validated; attrs' ``__init__`` and
    validator cost about half again as much as setting the two slots.
    """
    span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


class BasisKind(enum.Enum):
    """Whether a value is stated by the text or inferred by the parser."""

    STATED = "stated"
    INFERRED = "inferred"


class InferenceReason(enum.Enum):
    """Machine-readable reasons for an inferred value."""

    YEAR_FROM_DATELINE = "year_from_dateline"
    """The year is missing in the text and taken from the document's dateline or publication date."""
    YEAR_FROM_CONTEXT = "year_from_context"
    """The year is missing and taken from another date in the same document."""
    YEAR_FROM_SERIES_ORDINAL = "year_from_series_ordinal"
    """The year comes from the public ordinal table of the meeting series."""
    DATE_FROM_SERIES_ORDINAL = "date_from_series_ordinal"
    """The date comes from the public ordinal table of the meeting series."""
    YEAR_FROM_CHAIR_YEAR = "year_from_chair_year"
    """The year is the year a country held the ASEAN chairmanship."""
    HOST_FROM_CHAIR_YEAR = "host_from_chair_year"
    """The host is the country that chaired ASEAN that year."""
    HOST_FROM_SERIES_ORDINAL = "host_from_series_ordinal"
    """The host or city comes from the public ordinal table of the meeting series."""
    RANGE_END_SAME_MONTH = "range_end_same_month"
    """A range such as "8-10 May": the end takes the month and year of the start."""
    RELATIVE_DATE = "relative_date"
    """A relative expression ("next year", "this year") resolved against a known date."""
    DATE_FROM_DOCUMENT = "date_from_document"
    """The date of the whole document (its heading date) applies to this meeting."""
    ORDINAL_FROM_CONTEXT = "ordinal_from_context"
    """The ordinal is taken from a previous mention of the same meeting."""
    COREFERENCE = "coreference"
    """The value was linked from a later mention ("the minister", "he", a surname)."""
    COUNTRY_FROM_TITLE = "country_from_title"
    """The country comes from a title such as "Minister of Foreign Affairs of Cambodia"."""
    COUNTRY_FROM_CONTEXT = "country_from_context"
    """The country comes from the surrounding text (the host, the reporting ministry)."""
    MODE_FROM_CONTEXT = "mode_from_context"
    """The mode (virtual, in person) is stated for the document or parent meeting."""
    PARENT_FROM_CONTEXT = "parent_from_context"
    """The parent meeting is the one the surrounding section is about."""
    SERIES_FROM_NAME = "series_from_name"
    """The series was recognised from the meeting's name through the knowledge base."""
    PARTIES_FROM_CONTEXT = "parties_from_context"
    """Plan of action parties come from the meeting section it was adopted in."""
    ORGANISATION_FROM_TITLE = "organisation_from_title"
    """The organisation follows from a post that belongs to it ("Secretary-General of ASEAN": the Secretariat)."""
    NEXT_IN_SERIES = "next_in_series"
    """The ordinal is one more than the current meeting's: the text announces the series' next meeting."""
    PLACE_FROM_PARENT = "place_from_parent"
    """The city and host are those of the meeting it was held on the sidelines of, or as part of."""
    DATE_FROM_PARENT = "date_from_parent"
    """The month is that of the meeting it was held during (its parent, or the meeting whose related meetings the
    text reports)."""
    PLACE_FROM_DATELINE = "place_from_dateline"
    """The city is the dateline's, for a meeting the text reports as held there that day ("today", "here")."""
    PLACE_FROM_SIBLING = "place_from_sibling"
    """The city and host are those of a meeting the text reports on the same or an adjacent day, when it places no
    meeting of those days elsewhere."""
    MODE_FROM_PLACE = "mode_from_place"
    """In person: the meeting is held in a city the text names, outside the years of remote meetings (2020-2022),
    and nothing in the text speaks of a virtual, online or hybrid format."""


@attrs.frozen
class Basis:
    """Whether a value is stated or inferred, and if inferred, why.

    Use the constructors :meth:`stated` and :meth:`inferred`.

    Attributes:
        kind: Stated or inferred.
        reason: Machine-readable reason; required when inferred, absent when stated.
        detail: Human-readable explanation.

    Raises:
        ModelError: An inferred basis without a reason, or a stated one with a reason.
    """

    kind: BasisKind
    reason: InferenceReason | None = None
    detail: str = ""

    def __attrs_post_init__(self) -> None:
        if self.kind is BasisKind.INFERRED and self.reason is None:
            raise ModelError("an inferred basis needs a reason")
        if self.kind is BasisKind.STATED and self.reason is not None:
            raise ModelError(f"a stated basis takes no reason (got {self.reason.value})")

    @classmethod
    def stated(cls, detail: str = "") -> Basis:
        """The text states the value."""
        return cls(BasisKind.STATED, None, detail)

    @classmethod
    def inferred(cls, reason: InferenceReason, detail: str = "") -> Basis:
        """The parser inferred the value for ``reason``, explained in ``detail``."""
        return cls(BasisKind.INFERRED, reason, detail)

    @property
    def is_inferred(self) -> bool:
        """True when the value was inferred."""
        return self.kind is BasisKind.INFERRED


_STATED = Basis(BasisKind.STATED)


@attrs.frozen
class Provenance:
    """The spans a value was read from and the basis for it.

    Attributes:
        spans: Character spans into the source text, in order of appearance.
        basis: Stated, or inferred with a reason.
    """

    spans: tuple[Span, ...] = ()
    basis: Basis = _STATED

    def quotes(self, text: str) -> tuple[str, ...]:
        """The text each span covers."""
        return tuple(span.quote(text) for span in self.spans)


@attrs.frozen
class FieldProvenance:
    """The provenance of one field of a record.

    Attributes:
        field: The field name; for one item of a tuple field, ``name.INDEX`` (``chairs.0``).
        provenance: Where the value came from.
    """

    field: str
    provenance: Provenance


_set_spans = Provenance.__dict__["spans"].__set__
_set_basis = Provenance.__dict__["basis"].__set__
_set_field = FieldProvenance.__dict__["field"].__set__
_set_provenance = FieldProvenance.__dict__["provenance"].__set__


def field_provenance(field: str, spans: tuple[Span, ...], basis: Basis) -> FieldProvenance:
    """``FieldProvenance(field, Provenance(spans, basis))``, with the slots set directly.

    Neither class checks or converts its fields, so this builds the same objects; the parser builds one for every
    field of every record, and attrs' ``__init__`` of a frozen class costs about twice as much as setting the slots.
    """
    provenance = _new_object(Provenance)
    _set_spans(provenance, spans)
    _set_basis(provenance, basis)
    made = _new_object(FieldProvenance)
    _set_field(made, field)
    _set_provenance(made, provenance)
    return made
