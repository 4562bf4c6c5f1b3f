"""HTML and text summaries of records for notebooks (``_repr_html_``) and terminals.

The rendering lives in :mod:`asean_records.model._display`, inside the model package, so that the record
classes can offer ``_repr_html_`` themselves without importing anything outside ``model``; this module keeps
the helpers importable under their old names for code that calls them directly. Every value is escaped, dates
keep their precision, and each value marked inferred says so.
"""

from __future__ import annotations

from asean_records.model._display import extraction_html, extraction_text, meeting_html, record_html

__all__ = ["extraction_html", "extraction_text", "meeting_html", "record_html"]
