"""The record types: meetings, people, delegations, statements, plans, documents, figures, entities.

Records are immutable attrs classes. Values are plain (strings, ints, enums,
partial dates); where each value came from is kept beside it in
``provenance``, one :class:`~asean_records.model.provenance.FieldProvenance`
per field (or per item of a tuple field, as ``chairs.0``).

Ids are computed from key fields when not given (see :mod:`asean_records.model.ids`),
so the same meeting read twice gets the same id.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from asean_records.errors import ModelError
from asean_records.model import _display
from asean_records.model.dates import DateRange, PartialDate
from asean_records.model.ids import record_id
from asean_records.model.provenance import FieldProvenance, Provenance

__all__ = [
    "Action",
    "Delegation",
    "DocumentAction",
    "DocumentKind",
    "Entity",
    "EntityKind",
    "Figure",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "Person",
    "PlanOfAction",
    "PlanStatus",
    "Record",
    "Statement",
]


class MeetingMode(enum.Enum):
    """How a meeting was held."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class MeetingStatus(enum.Enum):
    """Whether a meeting has taken place (or is taking place) or is still to come."""

    HELD = "held"
    SCHEDULED = "scheduled"


class PlanStatus(enum.Enum):
    """Where a plan of action stands, as the text reports it."""

    ADOPTED = "adopted"
    IMPLEMENTED = "implemented"
    NOTED = "noted"
    PROPOSED = "proposed"
    UNDER_NEGOTIATION = "under_negotiation"


class DocumentKind(enum.Enum):
    """The kind of a document acted on at a meeting."""

    DECLARATION = "declaration"
    JOINT_STATEMENT = "joint_statement"
    WORK_PLAN = "work_plan"
    CONCEPT_PAPER = "concept_paper"
    DISCUSSION_PAPER = "discussion_paper"
    REPORT = "report"
    AGREEMENT = "agreement"
    BUDGET = "budget"
    OTHER = "other"


class Action(enum.Enum):
    """What a meeting did with a document."""

    ADOPTED = "adopted"
    APPROVED = "approved"
    NOTED = "noted"
    SIGNED = "signed"
    ENDORSED = "endorsed"
    WELCOMED = "welcomed"


class EntityKind(enum.Enum):
    """What a named entity is."""

    COUNTRY = "country"
    ORGANISATION = "organisation"


@attrs.frozen(kw_only=True, repr=False)  # __repr__ below, shared by every record type
class Record:
    """Base of every record: an id and the provenance of its fields.

    Subclasses compute ``id`` from their key fields when it is not given.
    """

    id_prefix: ClassVar[str] = "rec"
    if TYPE_CHECKING:
        id: str

    provenance: tuple[FieldProvenance, ...] = attrs.field(default=(), repr=False)

    def identity(self) -> tuple[Any, ...]:
        """The key fields the id is hashed from."""
        raise NotImplementedError

    def provenance_of(self, field: str) -> Provenance | None:
        """Where the value of ``field`` came from, or ``None`` if nothing was recorded.

        Args:
            field: A field name, or ``name.INDEX`` for an item of a tuple field.
        """
        for item in self.provenance:
            if item.field == field:
                return item.provenance
        return None

    def fields_with_provenance(self) -> tuple[str, ...]:
        """Names of the fields that carry provenance, in order."""
        return tuple(item.field for item in self.provenance)

    def __repr__(self) -> str:
        """``Type(field=value, ...)``: the fields that differ from their defaults, then the id."""
        return _display.record_repr(self)

    def _repr_html_(self) -> str:
        """The record as an HTML table for notebooks: non-empty fields, inferred values flagged, all escaped."""
        return _display.record_html(self)


def _default_id(self: Record) -> str:
    return record_id(self.id_prefix, *self.identity())


def _id_field() -> Any:
    return attrs.field(default=attrs.Factory(_default_id, takes_self=True))


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class Meeting(Record):
    """A meeting reported as held, being held or scheduled.

    Attributes:
        name: The meeting's full name as a reader would write it.
        series: Key of the meeting series in the knowledge base (``AMM``, ``ASEAN Summit`` ...).
        ordinal: The meeting's number in its series (53 for the 53rd).
        date: When it took place: a partial date or a range.
        city: City where it was held.
        host_country: ISO 3166-1 alpha-2 code of the host or chair country.
        mode: In person, virtual or hybrid.
        chairs: Names of the chair and co-chairs.
        partners: ISO codes or organisation keys of the external partners (ASEAN+1, PMC+1).
        theme: The theme, when one is stated.
        parent: Id of the meeting this one was held on the sidelines of or as part of.
        status: Held or scheduled.
        provenance: Where each value came from.
        id: Stable id; computed from series and ordinal, or from the name and partners.
    """

    id_prefix: ClassVar[str] = "mtg"

    name: str
    series: str | None = None
    ordinal: int | None = attrs.field(default=None)
    date: PartialDate | DateRange | None = None
    city: str | None = None
    host_country: str | None = None
    mode: MeetingMode | None = None
    chairs: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    theme: str | None = None
    parent: str | None = None
    status: MeetingStatus | None = None
    id: str = _id_field()

    @ordinal.validator
    def _check_ordinal(self, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and value < 1:
            raise ModelError(f"meeting ordinal must be >= 1, got {value} for {self.name!r}")

    def identity(self) -> tuple[Any, ...]:
        """Series and ordinal when both are known; else the name and partners."""
        if self.series is not None and self.ordinal is not None:
            return ("series", self.series, self.ordinal, *self.partners)
        return ("name", self.name, *self.partners)

    def _repr_html_(self) -> str:
        """The meeting as an HTML table captioned with its name; fields in a fixed order, all escaped."""
        return _display.meeting_html(self)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class Person(Record):
    """A person named in a source.

    Attributes:
        name: The name in given order as commonly written in English, normal capitalisation,
            family name first where the culture writes it so (``Chhay Sovann``).
        written: The name exactly as first written in the text (``CHHAY Sovann``).
        family_name: The family name when it can be told (``Prak``), else ``None``.
        family_name_first: True when the family name is written first.
        honorifics: Honorifics and ranks written before the name (``H.E.``, ``Dato' Seri``).
        titles: Titles and posts (``Deputy Prime Minister``, ``Minister of Foreign Affairs``).
        country: ISO alpha-2 code of the country the person represents.
        organisation: Organisation when it is not a country (``ASEAN Secretariat``).
        provenance: Where each value came from.
        id: Stable id computed from the normalised name.
    """

    id_prefix: ClassVar[str] = "per"

    name: str
    written: str = ""
    family_name: str | None = None
    family_name_first: bool = False
    honorifics: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    country: str | None = None
    organisation: str | None = None
    id: str = _id_field()

    def identity(self) -> tuple[Any, ...]:
        """The normalised name."""
        return (self.name,)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class Delegation(Record):
    """A delegation attending a meeting for a country or a body.

    Attributes:
        country: ISO alpha-2 code of the country represented, if a country.
        body: Key of the body represented, if not a country.
        head: Name of the person who led it.
        members: Names of other members.
        on_behalf_of: Country or body the delegation acted for, if not its own.
        meeting: Id of the meeting attended.
        provenance: Where each value came from.
        id: Stable id.
    """

    id_prefix: ClassVar[str] = "del"

    country: str | None = None
    body: str | None = None
    head: str | None = None
    members: tuple[str, ...] = ()
    on_behalf_of: str | None = None
    meeting: str | None = None
    id: str = _id_field()

    def identity(self) -> tuple[Any, ...]:
        """Country or body, head and meeting."""
        return (self.country, self.body, self.head, self.meeting)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class Statement(Record):
    """Something a person or party said, stressed, proposed, urged or pledged.

    Attributes:
        speaker: Name of the person (or the party, such as a country) who spoke.
        role: The speaker's role at the time (``chair``, a title).
        verb: The reporting verb as a lemma (``say``, ``stress``, ``propose``, ``urge``, ``pledge`` ...).
        content: The quoted or reported content.
        quoted: True when ``content`` is a direct quotation.
        meeting: Id of the meeting it was said at.
        date: When it was said.
        provenance: Where each value came from.
        id: Stable id.
    """

    id_prefix: ClassVar[str] = "stm"

    speaker: str | None = None
    role: str | None = None
    verb: str
    content: str
    quoted: bool = False
    meeting: str | None = None
    date: PartialDate | DateRange | None = None
    id: str = _id_field()

    def identity(self) -> tuple[Any, ...]:
        """Speaker, verb and content."""
        return (self.speaker, self.verb, self.content)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class PlanOfAction(Record):
    """A plan of action between ASEAN and partners over a period.

    Attributes:
        name: The plan's name as a reader would write it.
        parties: The parties (``ASEAN`` and ISO codes of partner countries or body keys).
        start_year: First year of the period.
        end_year: Last year of the period.
        status: Adopted, implemented, noted, proposed or under negotiation.
        meeting: Id of the meeting that acted on it.
        provenance: Where each value came from.
        id: Stable id computed from parties and period.

    Raises:
        ModelError: ``end_year`` is before ``start_year``.
    """

    id_prefix: ClassVar[str] = "poa"

    name: str
    parties: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    status: PlanStatus | None = None
    meeting: str | None = None
    id: str = _id_field()

    def __attrs_post_init__(self) -> None:
        if self.start_year is not None and self.end_year is not None and self.end_year < self.start_year:
            raise ModelError(f"plan {self.name!r} ends ({self.end_year}) before it starts ({self.start_year})")

    def identity(self) -> tuple[Any, ...]:
        """Sorted parties and the period, or the name when neither is known."""
        if self.parties or self.start_year is not None:
            return (*sorted(self.parties), self.start_year, self.end_year)
        return (self.name,)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class DocumentAction(Record):
    """A document and what a meeting did with it.

    Attributes:
        title: Title or description of the document.
        kind: Declaration, joint statement, work plan, concept paper ...
        action: Adopted, approved, noted, signed, endorsed or welcomed; ``None`` if only mentioned.
        draft: True when the text calls it a draft.
        meeting: Id of the meeting that acted on it.
        provenance: Where each value came from.
        id: Stable id computed from the title.
    """

    id_prefix: ClassVar[str] = "doc"

    title: str
    kind: DocumentKind = DocumentKind.OTHER
    action: Action | None = None
    draft: bool = False
    meeting: str | None = None
    id: str = _id_field()

    def identity(self) -> tuple[Any, ...]:
        """The title."""
        return (self.title,)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class Figure(Record):
    """A number the text reports, such as delegates attending or member states.

    Attributes:
        what: What is counted, as a short snake_case noun (``delegates``, ``cities``, ``member_states``).
        value: The count.
        provenance: Where it came from.
        id: Stable id.

    Raises:
        ModelError: A negative count.
    """

    id_prefix: ClassVar[str] = "fig"

    what: str
    value: int
    id: str = _id_field()

    def __attrs_post_init__(self) -> None:
        if self.value < 0:
            raise ModelError(f"figure {self.what!r} has a negative count {self.value}")

    def identity(self) -> tuple[Any, ...]:
        """What is counted and the value."""
        return (self.what, self.value)


@attrs.frozen(kw_only=True, repr=False)  # Record.__repr__ (compact) is inherited
class Entity(Record):
    """A country or organisation named in a source, resolved through the knowledge base.

    Attributes:
        kind: Country or organisation.
        key: ISO alpha-2 code for a country, the knowledge-base key for an organisation.
        name: The name as first written in the text.
        provenance: Where it is mentioned.
        id: Stable id computed from kind and key.
    """

    id_prefix: ClassVar[str] = "ent"

    kind: EntityKind
    key: str
    name: str = ""
    id: str = _id_field()

    def identity(self) -> tuple[Any, ...]:
        """Kind and key."""
        return (self.kind.value, self.key)
