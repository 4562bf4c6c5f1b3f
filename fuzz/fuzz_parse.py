"""Atheris harness for :func:`asean_records.parse.parse`.

The property: whatever the bytes, ``parse`` returns an Extraction whose spans lie inside the input, or raises an
:class:`~asean_records.errors.AseanRecordsError`. Anything else (an untyped exception, a span out of range) is a
finding and crashes the harness. The input is tried as raw bytes and, when it decodes, as text in each format.

Run: ``python fuzz/fuzz_parse.py -runs=5000`` (see ``fuzz/README.md`` for longer campaigns).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["asean_records"]):
    from asean_records.errors import AseanRecordsError
    from asean_records.model import Extraction
    from asean_records.parse.options import ParseOptions
    from asean_records.parse.pipeline import parse

_FORMATS = ("auto", "plain", "markdown", "html")
_OPTIONS = ParseOptions(max_chars=200_000)


def _check(extraction: Extraction, text: str) -> None:
    for record in extraction.records():
        for field in record.provenance:
            for span in field.provenance.spans:
                if not 0 <= span.start <= span.end <= len(text):
                    raise AssertionError(f"span {span} outside text of {len(text)} chars ({field.field})")


def test_one_input(data: bytes) -> None:
    """Parse ``data`` as bytes, then (if it is UTF-8) as text in a format the first byte chooses."""
    try:
        extraction = parse(data, source="fuzz", options=_OPTIONS)
    except AseanRecordsError:
        pass
    else:
        # the bytes were decoded by the library (a BOM may pick UTF-16 or UTF-32): check against that text
        if extraction.text is None:
            raise AssertionError("the extraction did not keep its text")
        _check(extraction, extraction.text)
    fdp = atheris.FuzzedDataProvider(data)
    fmt = _FORMATS[fdp.ConsumeIntInRange(0, len(_FORMATS) - 1)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        extraction = parse(text, source="fuzz", format=fmt, options=_OPTIONS)
    except AseanRecordsError:
        return
    _check(extraction, text)


def main() -> None:
    """Run the fuzzer with the command-line arguments (libFuzzer flags: ``-runs``, ``-max_total_time``, corpus)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
