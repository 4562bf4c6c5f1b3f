"""Write an extraction in the neutral evaluation schema (``shared/corpus/SCHEMA.md``).

The schema belongs to no library; this module is the one place that maps the
model onto it. Inferred dates keep their start; a range end is written only when
the text states the range.
"""

from __future__ import annotations

from typing import Any

from asean_records.model import DateRange, Extraction, Meeting, PartialDate

__all__ = ["to_eval_dict"]


def _start_end(meeting: Meeting) -> tuple[str | None, str | None, bool]:
    date = meeting.date
    prov = meeting.provenance_of("date")
    inferred = bool(prov and prov.basis.is_inferred)
    if date is None:
        return None, None, False
    if isinstance(date, DateRange):
        end = (
            date.end.isoformat()
            if not inferred or (prov and prov.basis.reason and "range" in prov.basis.reason.value)
            else None
        )
        if prov is not None and prov.basis.is_inferred and prov.basis.reason is not None:
            # a range read from the text whose year was inferred keeps its end
            if (
                prov.basis.reason.value.startswith("year_from")
                and prov.basis.reason.value != "year_from_series_ordinal"
            ):
                end = date.end.isoformat()
            if prov.basis.reason.value == "year_from_series_ordinal":
                end = date.end.isoformat()
        return date.start.isoformat(), end, inferred
    assert isinstance(date, PartialDate)
    return date.isoformat(), None, inferred


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
