"""Atheris harness for the stored-data loaders :func:`asean_records.io.loads` and :func:`~asean_records.io.load_jsonl`.

The property: whatever the bytes, loading returns model values or raises an
:class:`~asean_records.errors.AseanRecordsError` (a ``LoadError`` naming the JSON path or line). A value that
loads must dump and load again to an equal value. Anything else crashes the harness.

Random bytes rarely get past the header, so half of the inputs are a valid document or stream (a parsed
extraction, dumped once at start-up) with a slice replaced by fuzz bytes.

Run: ``python fuzz/fuzz_loads.py -runs=5000`` (see ``fuzz/README.md``).
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["asean_records"]):
    from asean_records.errors import AseanRecordsError
    from asean_records.io import LoadOptions, dump_jsonl, dumps, load_jsonl, loads
    from asean_records.parse.pipeline import parse

_TEXT = (
    "HA NOI, 12 March 2020 - The 36th ASEAN Summit was held in Ha Noi, Viet Nam on 12 March 2020. "
    "H.E. Nguyễn Xuân Phúc, Prime Minister of Viet Nam, chaired the Summit. "
    "The Leaders adopted the ASEAN Plan of Action 2021-2025. The 37th ASEAN Summit will be held in November 2020."
)
_EXTRACTION = parse(_TEXT, source="seed")
_DOCUMENT = dumps(_EXTRACTION).encode("utf-8")
_buffer = io.BytesIO()
dump_jsonl(_EXTRACTION.records(), _buffer, record_type="mixed")
_STREAM = _buffer.getvalue()
_OPTIONS = LoadOptions(max_bytes=1_000_000, max_line_bytes=200_000, max_depth=32)


def _splice(fdp: atheris.FuzzedDataProvider, template: bytes) -> bytes:
    start = fdp.ConsumeIntInRange(0, len(template))
    end = fdp.ConsumeIntInRange(start, min(len(template), start + 64))
    middle: bytes = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 64))
    return template[:start] + middle + template[end:]


def test_one_input(data: bytes) -> None:
    """Load ``data`` (raw, or spliced into a valid document/stream) as a document and as a stream."""
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:
        document = stream = fdp.ConsumeBytes(fdp.remaining_bytes())
    else:
        document, stream = _splice(fdp, _DOCUMENT), _splice(fdp, _STREAM)
    try:
        value = loads(document, options=_OPTIONS)
    except AseanRecordsError:
        pass
    else:
        if loads(dumps(value)) != value:
            raise AssertionError("document does not round-trip")
    try:
        values = list(load_jsonl(io.BytesIO(stream), options=_OPTIONS))
    except AseanRecordsError:
        return
    out = io.BytesIO()
    dump_jsonl(values, out, record_type="mixed")
    if list(load_jsonl(io.BytesIO(out.getvalue()))) != values:
        raise AssertionError("stream does not round-trip")


def main() -> None:
    """Run the fuzzer with the command-line arguments (libFuzzer flags: ``-runs``, ``-max_total_time``, corpus)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
