"""How records and extractions show themselves: compact text ``repr`` and notebook HTML (``_repr_html_``).

Pure rendering of model values, kept inside ``model`` so the record classes can expose ``_repr_html_`` without
importing any other part of the library: this module imports only the standard library and ``attrs`` (model
types are named for the type checker only, so ``records.py`` can import it without a cycle).

Every value that came from a text is escaped with :func:`html.escape` (names and themes come from untrusted web
pages), dates keep their precision, and a value marked inferred says so and why.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from asean_records.model.extraction import Extraction
    from asean_records.model.records import Meeting, Record

__all__ = [
    "MAX_ROWS",
    "extraction_html",
    "extraction_text",
    "html_rows",
    "meeting_html",
    "record_html",
    "record_repr",
]

MAX_ROWS = 20
"""At most this many rows of a collection are shown; the rest are counted (``… N more``)."""

_MEETING_FIELDS = (
    "series",
    "ordinal",
    "date",
    "city",
    "host_country",
    "mode",
    "status",
    "chairs",
    "partners",
    "theme",
    "parent",
)
_COUNTED = ("meetings", "people", "delegations", "statements", "plans", "documents", "figures", "entities")
_SINGULAR = {"people": "person", "entities": "entity"}
_LEFT = " style='text-align:left'"


def _show(value: Any) -> str:
    """A value as plain text: dates in ISO form with their precision, enums by value, tuples joined."""
    if value is None or value == ():
        return ""
    if isinstance(value, tuple):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(getattr(value, "value", value))


def _line(text: str) -> str:
    """``text`` on one line: runs of whitespace (newlines too) become one space."""
    return " ".join(text.split())


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _inferred(record: Record, field: str) -> str:
    """An escaped ``(inferred: reason)`` note when the field (or any item of it) was inferred, else ``""``."""
    reasons: list[str] = []
    details: list[str] = []
    for item in record.provenance:
        if item.field != field and not item.field.startswith(field + "."):
            continue
        basis = item.provenance.basis
        if basis.is_inferred:
            reason = basis.reason.value if basis.reason is not None else "inferred"
            if reason not in reasons:
                reasons.append(reason)
            if basis.detail:
                details.append(basis.detail)
    if not reasons:
        return ""
    title = "; ".join(details) or ", ".join(reasons)
    return f" <small title='{_esc(title)}'>(inferred: {_esc(', '.join(reasons))})</small>"


def _field_table(caption: str, rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table; ``caption`` and every cell must already be escaped HTML."""
    body = "".join(f"<tr><th{_LEFT}>{k}</th><td{_LEFT}>{v}</td></tr>" for k, v in rows)
    return f"<table><caption{_LEFT}><b>{caption}</b></caption>{body}</table>"


def html_rows(
    head: Sequence[str], body: Iterable[Sequence[object]], *, more: int = 0, caption: str | None = None
) -> str:
    """A table of plain-text cells (escaped here), with a last ``… N more`` row when ``more`` is positive."""
    top = f"<table><caption{_LEFT}>{_esc(caption)}</caption>" if caption is not None else "<table>"
    out = [top, "<thead><tr>", *(f"<th{_LEFT}>{_esc(h)}</th>" for h in head), "</tr></thead><tbody>"]
    for row in body:
        out.append("<tr>" + "".join(f"<td{_LEFT}>{_esc(str(cell))}</td>" for cell in row) + "</tr>")
    if more > 0:
        out.append(f"<tr><td colspan='{len(head)}'>… {more:,} more</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def record_html(record: Record) -> str:
    """Any record as a two-column HTML table of its non-empty fields, inferred values flagged, id last."""
    rows = []
    for field in attrs.fields(type(record)):
        if field.name in ("provenance", "id"):
            continue
        text = _show(getattr(record, field.name))
        if text:
            rows.append((_esc(field.name), _esc(text) + _inferred(record, field.name)))
    rows.append(("id", f"<code>{_esc(record.id)}</code>"))
    label = getattr(record, "name", None) or getattr(record, "title", None)
    caption = type(record).__name__ + (f": {label}" if isinstance(label, str) else "")
    return _field_table(_esc(caption), rows)


def meeting_html(meeting: Meeting) -> str:
    """A meeting as an HTML table: its name as caption, then its known fields in a fixed order, id last."""
    rows = []
    for name in _MEETING_FIELDS:
        text = _show(getattr(meeting, name))
        if text:
            rows.append((name, _esc(text) + _inferred(meeting, name)))
    rows.append(("id", f"<code>{_esc(meeting.id)}</code>"))
    return _field_table(_esc(meeting.name) + _inferred(meeting, "name"), rows)


def _counts(extraction: Extraction) -> list[str]:
    """``"2 meetings"``, ``"1 person"`` ... for each non-empty record type."""
    out = []
    for name in _COUNTED:
        n = len(getattr(extraction, name))
        if n:
            out.append(f"{n:,} {name if n != 1 else _SINGULAR.get(name, name[:-1])}")
    return out


def extraction_html(extraction: Extraction, *, max_rows: int = MAX_ROWS) -> str:
    """An extraction as HTML: the source, counts per record type, and a table of its first meetings."""
    counts = _counts(extraction)
    head = " · ".join(counts) or "no records"
    rows = (
        (m.name, _show(m.date), m.city or "", _show(m.host_country), _show(m.mode))
        for m in extraction.meetings[:max_rows]
    )
    table = (
        html_rows(("meeting", "date", "city", "host", "mode"), rows, more=len(extraction.meetings) - max_rows)
        if extraction.meetings
        else ""
    )
    return f"<div><b>Extraction</b> from <code>{_esc(extraction.source.id)}</code>: {_esc(head)}{table}</div>"


def extraction_text(extraction: Extraction, *, max_rows: int = MAX_ROWS) -> str:
    """A short plain-text summary: the source, counts per record type and one line per meeting (capped)."""
    counts = ", ".join(_counts(extraction)) or "no records"
    lines = [f"<Extraction from {extraction.source.id!r}: {counts}>"]
    lines.extend(f"  {_show(m.date) or '(undated)':<23} {_line(m.name)}" for m in extraction.meetings[:max_rows])
    if len(extraction.meetings) > max_rows:
        lines.append(f"  … {len(extraction.meetings) - max_rows:,} more meetings")
    return "\n".join(lines)


def _python(value: Any) -> str:
    """``repr`` of a field value, with enums written as ``MeetingMode.VIRTUAL`` (as in source code)."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def record_repr(record: Record) -> str:
    """``Type(field=value, ...)`` with only the fields that differ from their defaults, and the id.

    Evaluates back to the same record, less its provenance, where the model's names are imported; the
    provenance is left out (see ``record.provenance``).
    """
    parts = []
    for field in attrs.fields(type(record)):
        if not field.repr or field.name == "provenance":
            continue
        value = getattr(record, field.name)
        if field.name != "id" and field.default is not attrs.NOTHING and value == field.default:
            continue
        parts.append(f"{field.name}={_python(value)}")
    return f"{type(record).__name__}({', '.join(parts)})"
