"""Write an extraction in the neutral evaluation schema (``shared/corpus/SCHEMA.md``).

The schema belongs to no library; this module is the one place that maps the
model onto it. Inferred dates keep their start; a range end is written only when
the text states the range.
"""

from __future__ import annotations

from typing import Any

from asean_records.model import Extraction, InferenceReason, Meeting, PartialDate

__all__ = ["to_eval_dict"]


_RANGE_FROM_TEXT = frozenset(
    {
        InferenceReason.YEAR_FROM_DATELINE,
        InferenceReason.YEAR_FROM_CONTEXT,
        InferenceReason.YEAR_FROM_SERIES_ORDINAL,
        InferenceReason.YEAR_FROM_CHAIR_YEAR,
        InferenceReason.RANGE_END_SAME_MONTH,
        InferenceReason.RELATIVE_DATE,
    }
)
"""Inferences that keep a range read from the text (only its year or end month, or a start written as "today",
was filled in)."""


def _start_end(meeting: Meeting) -> tuple[str | None, str | None, bool]:
    date = meeting.date
    if date is None:
        return None, None, False
    prov = meeting.provenance_of("date")
    inferred = prov is not None and prov.basis.is_inferred
    if isinstance(date, PartialDate):
        return date.isoformat(), None, inferred
    stated_range = not inferred or (prov is not None and prov.basis.reason in _RANGE_FROM_TEXT)
    return date.start.isoformat(), date.end.isoformat() if stated_range else None, inferred


def to_eval_dict(extraction: Extraction, *, file: str | None = None) -> dict[str, Any]:
    """The extraction as a dictionary in the neutral evaluation schema.

    Args:
        extraction: What the parser found.
        file: The input's file name (defaults to the source id).
    """
    src = extraction.source
    by_id = {m.id: m for m in extraction.meetings}
    meetings = []
    for m in extraction.meetings:
        start, end, inferred = _start_end(m)
        parent = by_id.get(m.parent) if m.parent else None
        meetings.append(
            {
                "name": m.name,
                "series": m.series,
                "ordinal": m.ordinal,
                "start": start,
                "end": end,
                "date_inferred": inferred,
                "mode": m.mode.value if m.mode else None,
                "city": m.city,
                "host_country": m.host_country,
                "chairs": list(m.chairs),
                "partners": list(m.partners),
                "theme": m.theme,
                "parent": parent.name if parent else None,
            }
        )
    people = [
        {
            "name": p.name,
            "honorific": p.honorifics[0] if p.honorifics else None,
            "titles": list(p.titles),
            "country": p.country,
            "organisation": p.organisation,
        }
        for p in extraction.people
    ]
    return {
        "source": {
            "file": file or src.id,
            "url": src.url,
            "published": src.published.isoformat() if src.published else None,
            "kind": src.kind.value if src.kind else None,
        },
        "meetings": meetings,
        "people": people,
        "countries": list(extraction.countries),
        "organisations": list(extraction.organisations),
        "plans_of_action": [
            {
                "name": p.name,
                "parties": list(p.parties),
                "start_year": p.start_year,
                "end_year": p.end_year,
                "status": p.status.value if p.status else None,
            }
            for p in extraction.plans
        ],
        "documents": [
            {"title": d.title, "kind": d.kind.value, "action": d.action.value if d.action else None}
            for d in extraction.documents
        ],
        "figures": [{"what": f.what, "value": f.value} for f in extraction.figures],
    }
