"""Text in, records out: the parser.

:func:`parse` reads one document (plain text, Markdown-ish or HTML) and returns an
:class:`~asean_records.model.Extraction`; :func:`parse_file` reads a file;
:func:`parse_many` streams many inputs, one result or typed error each.
"""

from asean_records.parse.options import ParseOptions
from asean_records.parse.pipeline import STAGES, ParseResult, parse, parse_file, parse_many
from asean_records.parse.text import InputFormat

__all__ = ["STAGES", "InputFormat", "ParseOptions", "ParseResult", "parse", "parse_file", "parse_many"]
