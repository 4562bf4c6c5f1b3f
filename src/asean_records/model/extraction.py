"""An :class:`Extraction`: one source and every record found in it."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from asean_records.errors import ModelError
from asean_records.model import _display
from asean_records.model.provenance import Provenance, Source
from asean_records.model.records import (
    Delegation,
    DocumentAction,
    Entity,
    EntityKind,
    Figure,
    Meeting,
    Person,
    PlanOfAction,
    Record,
    Statement,
)

__all__ = ["Extraction"]


@attrs.frozen(kw_only=True)
class Extraction:
    """One source and the records extracted from it.

    Attributes:
        source: The document.
        text: The exact text the records' spans point into (what the user passed to the parser);
            ``None`` when not kept.
        meetings: Meetings reported as held, being held or scheduled.
        people: People named.
        delegations: Delegations that attended.
        statements: Who said what.
        plans: Plans of action.
        documents: Documents acted on.
        figures: Counts reported.
        entities: Countries and organisations named.
    """

    source: Source
    text: str | None = None
    meetings: tuple[Meeting, ...] = ()
    people: tuple[Person, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    statements: tuple[Statement, ...] = ()
    plans: tuple[PlanOfAction, ...] = ()
    documents: tuple[DocumentAction, ...] = ()
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()

    def __repr__(self) -> str:
        """The source, counts per record type and the first meetings, one per line (not the text)."""
        return _display.extraction_text(self)

    def _repr_html_(self) -> str:
        """The source, counts and a table of the first meetings, as HTML for notebooks (all escaped)."""
        return _display.extraction_html(self)

    @property
    def countries(self) -> tuple[str, ...]:
        """ISO alpha-2 codes of the countries named, in order of first mention."""
        return tuple(e.key for e in self.entities if e.kind is EntityKind.COUNTRY)

    @property
    def organisations(self) -> tuple[str, ...]:
        """Keys of the organisations named, in order of first mention."""
        return tuple(e.key for e in self.entities if e.kind is EntityKind.ORGANISATION)

    def records(self) -> Iterator[Record]:
        """Every record, meetings first, then people, delegations, statements, plans, documents, figures, entities."""
        yield from self.meetings
        yield from self.people
        yield from self.delegations
        yield from self.statements
        yield from self.plans
        yield from self.documents
        yield from self.figures
        yield from self.entities

    def get(self, record_id: str) -> Record:
        """The record with id ``record_id``.

        Raises:
            ModelError: No record in this extraction has that id.
        """
        for record in self.records():
            if record.id == record_id:
                return record
        raise ModelError(f"no record with id {record_id!r} in source {self.source.id!r}")

    def meeting(self, meeting_id: str | None) -> Meeting | None:
        """The meeting with id ``meeting_id`` (e.g. a meeting's ``parent``), or ``None``."""
        if meeting_id is None:
            return None
        return next((m for m in self.meetings if m.id == meeting_id), None)

    def where(self, record: Record, field: str) -> Provenance:
        """Where ``record.field`` came from.

        Raises:
            ModelError: The record has no provenance for that field.
        """
        provenance = record.provenance_of(field)
        if provenance is None:
            raise ModelError(f"{type(record).__name__} {record.id!r} has no provenance for field {field!r}")
        return provenance

    def quote(self, record: Record, field: str) -> tuple[str, ...]:
        """The passages of the source text that ``record.field`` was read from.

        Raises:
            ModelError: The text was not kept, or the field has no provenance.
        """
        if self.text is None:
            raise ModelError(f"extraction of {self.source.id!r} does not keep its text; cannot quote {field!r}")
        return self.where(record, field).quotes(self.text)
