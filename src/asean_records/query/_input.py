"""What the timeline and export functions accept: a collection, extractions, meetings or merged meetings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias

from asean_records.errors import QueryError
from asean_records.model import Extraction, Meeting
from asean_records.query.merge import MergedMeeting
from asean_records.query.records import Records

__all__ = ["MeetingSource", "iter_meetings"]

MeetingSource: TypeAlias = Records[Any] | Iterable[Meeting | MergedMeeting | Extraction]
"""A :class:`Records` collection (its meetings are used), or an iterable of meetings, merged meetings or
extractions."""


def iter_meetings(source: MeetingSource) -> Iterator[tuple[Meeting, str | None]]:
    """Each meeting with the id of its source (ids joined by ``;`` for a merged meeting; ``None`` if unknown).

    Raises:
        QueryError: An item is not a meeting, merged meeting or extraction.
    """
    if isinstance(source, Records):
        for meeting, extraction in source.meetings().items():
            yield meeting, extraction.source.id
        return
    for item in source:
        if isinstance(item, Meeting):
            yield item, None
        elif isinstance(item, MergedMeeting):
            yield item.to_meeting(), ";".join(dict.fromkeys(item.sources))
        elif isinstance(item, Extraction):
            for meeting in item.meetings:
                yield meeting, item.source.id
        else:
            raise QueryError(f"expected meetings, merged meetings or extractions, got a {type(item).__name__}")
