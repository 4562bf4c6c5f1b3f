"""What the stages have found so far: records plus where they were mentioned in the normalised text."""

from __future__ import annotations

import bisect
from typing import Protocol

import attrs

from asean_records.model import (
    Delegation,
    DocumentAction,
    Entity,
    Extraction,
    Figure,
    Meeting,
    Person,
    PlanOfAction,
    Source,
    Statement,
)
from asean_records.parse.document import Document

__all__ = ["Found", "Mention", "Stage"]


@attrs.frozen
class Mention:
    """A place in the normalised text where a record is mentioned.

    Attributes:
        start: Offset of the mention.
        end: Offset one past it.
        record_id: Id of the record mentioned.
    """

    start: int
    end: int
    record_id: str


@attrs.frozen(kw_only=True)
class Found:
    """The records found so far; each stage returns a new one (``attrs.evolve``).

    Attributes:
        source: The source, possibly updated by the dateline stage (published date, kind, title).
        people: People, in order of first mention.
        person_mentions: Every place a person is mentioned (names, titles, pronouns linked to them), sorted by start.
        meetings: Meetings, in order of first mention.
        meeting_mentions: Every place a meeting is mentioned, sorted by start.
        delegations: Delegations.
        statements: Statements.
        plans: Plans of action.
        documents: Documents acted on.
        figures: Counts.
        entities: Countries and organisations named.
    """

    source: Source
    people: tuple[Person, ...] = ()
    person_mentions: tuple[Mention, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    meeting_mentions: tuple[Mention, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    statements: tuple[Statement, ...] = ()
    plans: tuple[PlanOfAction, ...] = ()
    documents: tuple[DocumentAction, ...] = ()
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()

    def to_extraction(self, text: str | None = None) -> Extraction:
        """The :class:`~asean_records.model.Extraction` of these records; the mentions are left behind.

        Args:
            text: The text the records' spans point into, when it is kept.

        Returns:
            The extraction, of the same source and records.

        Examples:
            >>> from asean_records.model import Source
            >>> Found(source=Source(id="doc")).to_extraction("Some text.").text
            'Some text.'
        """
        return Extraction(
            source=self.source,
            text=text,
            meetings=self.meetings,
            people=self.people,
            delegations=self.delegations,
            statements=self.statements,
            plans=self.plans,
            documents=self.documents,
            figures=self.figures,
            entities=self.entities,
        )

    def person(self, person_id: str) -> Person | None:
        """The person with id ``person_id``."""
        return next((p for p in self.people if p.id == person_id), None)

    def meeting_at(self, offset: int) -> Meeting | None:
        """The meeting most recently mentioned at or before ``offset``."""
        mention = _latest(self.meeting_mentions, offset)
        if mention is None:
            return None
        return next((x for x in self.meetings if x.id == mention.record_id), None)


def _latest(mentions: tuple[Mention, ...], offset: int) -> Mention | None:
    """The first of the mentions with the greatest start at or before ``offset``; mentions are sorted by start."""
    i = bisect.bisect_right(mentions, offset, key=lambda m: m.start) - 1
    if i < 0:
        return None
    start = mentions[i].start
    while i > 0 and mentions[i - 1].start == start:
        i -= 1
    return mentions[i]


class Stage(Protocol):
    """One step of the parser: reads the document and what was found so far, returns what is found now."""

    def __call__(self, doc: Document, found: Found, /) -> Found:
        """Run the stage."""
        ...
