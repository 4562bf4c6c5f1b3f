"""The people stage run on its own over a plain text, shared by the people tests."""

from __future__ import annotations

from asean_records.model import Source
from asean_records.parse.document import Document
from asean_records.parse.found import Found
from asean_records.parse.options import ParseOptions
from asean_records.parse.stages.dates import find_dates
from asean_records.parse.stages.names import find_names
from asean_records.parse.stages.people import find_people
from asean_records.parse.stages.sentences import split_sentences
from asean_records.parse.text import normalise


def prepared(text: str) -> Document:
    """``text`` as a plain-text document with its sentences, dates and names found (what the people stage reads)."""
    doc = Document(norm=normalise(text, "plain"), source=Source(id="t"), options=ParseOptions())
    doc.sentences = split_sentences(doc)
    doc.dates = find_dates(doc.text)
    doc.names = find_names(doc.text)
    doc.index()
    return doc


def run_people(text: str) -> tuple[Found, Document]:
    """The people stage's result on ``text``, with the document it read."""
    doc = prepared(text)
    return find_people(doc, Found(source=Source(id="t"))), doc
