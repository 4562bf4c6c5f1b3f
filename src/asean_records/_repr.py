"""HTML and text summaries of records for notebooks (``_repr_html_``) and terminals.

The model classes know nothing of display; these helpers are meant to be hooked
in as their ``_repr_html_`` methods (or called directly): every value is escaped,
dates keep their precision, and each value marked inferred says so.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from asean_records.model import Extraction, Meeting, Record

__all__ = ["extraction_html", "extraction_text", "meeting_html", "record_html"]

_MEETING_FIELDS = ("series", "ordinal", "date", "city", "host_country", "mode", "chairs", "partners", "theme", "status")


def _show(value: Any) -> str:
    if value is None or value == ():
        return ""
    if isinstance(value, tuple):
        return ", ".join(_show(v) for v in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(getattr(value, "value", value))


def _basis(record: Record, field: str) -> str:
    prov = record.provenance_of(field)
    if prov is None or not prov.basis.is_inferred:
        return ""
    reason = prov.basis.reason.value if prov.basis.reason is not None else "inferred"
    return f' <small title="{html.escape(reason)}">(inferred: {html.escape(reason)})</small>'


def _table(caption: str, rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><th style='text-align:left'>{k}</th><td style='text-align:left'>{v}</td></tr>" for k, v in rows
    )
    return f"<table><caption style='text-align:left'><b>{caption}</b></caption>{body}</table>"


def record_html(record: Record) -> str:
    """Any record as a two-column HTML table of its non-empty fields, inferred values flagged."""
    import attrs

    rows = []
    for field in attrs.fields(type(record)):
        if field.name in ("provenance", "id"):
            continue
        text = _show(getattr(record, field.name))
        if text:
            rows.append((html.escape(field.name), html.escape(text) + _basis(record, field.name)))
    rows.append(("id", f"<code>{html.escape(record.id)}</code>"))
    return _table(html.escape(type(record).__name__), rows)


def meeting_html(meeting: Meeting) -> str:
    """A meeting as an HTML table: name as caption, then its known fields in a fixed order."""
    rows = []
    for name in _MEETING_FIELDS:
        text = _show(getattr(meeting, name))
        if text:
            rows.append((name, html.escape(text) + _basis(meeting, name)))
    return _table(html.escape(meeting.name), rows)


def extraction_html(extraction: Extraction) -> str:
    """An extraction as HTML: the source, counts per record type, and a table of its meetings."""
    counts = [
        ("meetings", len(extraction.meetings)),
        ("people", len(extraction.people)),
        ("countries", len(extraction.countries)),
        ("plans", len(extraction.plans)),
        ("documents", len(extraction.documents)),
        ("statements", len(extraction.statements)),
    ]
    head = " · ".join(f"{n} {k}" for k, n in counts)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td style='text-align:left'>{html.escape(v)}</td>"
            for v in (m.name, _show(m.date), m.city or "", _show(m.host_country), _show(m.mode))
        )
        + "</tr>"
        for m in extraction.meetings
    )
    header = "".join(f"<th style='text-align:left'>{h}</th>" for h in ("meeting", "date", "city", "host", "mode"))
    return (
        f"<div><b>Extraction</b> from <code>{html.escape(extraction.source.id)}</code>: {head}"
        f"<table><tr>{header}</tr>{rows}</table></div>"
    )


def extraction_text(extraction: Extraction) -> str:
    """A short plain-text summary: the source and one line per meeting."""
    lines = [
        f"Extraction from {extraction.source.id}: {len(extraction.meetings)} meetings, {len(extraction.people)} people"
    ]
    lines.extend(f"  {_show(m.date) or '(undated)':<22} {m.name}" for m in extraction.meetings)
    return "\n".join(lines)
