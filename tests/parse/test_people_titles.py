"""Tests for titles, countries and short mentions of people (invented people and texts)."""

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


def _people(text: str) -> tuple[Found, Document]:
    doc = Document(norm=normalise(text, "plain"), source=Source(id="t"), options=ParseOptions())
    doc.sentences = split_sentences(doc)
    doc.dates = find_dates(doc.text)
    doc.names = find_names(doc.text)
    doc.index()
    return find_people(doc, Found(source=Source(id="t"))), doc


def _rows(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    found, _ = _people(text)
    return [(p.name, p.titles, p.country) for p in found.people]


def test_lao_before_a_post_gives_the_country_before_or_after_the_name() -> None:
    """The word "Lao" before a post names Laos, as "Japanese" names Japan."""
    assert _rows("Lao Foreign Minister Khamsing Vongsa said the talks were useful.") == [
        ("Khamsing Vongsa", ("Foreign Minister",), "LA")
    ]
    assert _rows("Lao Prime Minister Khamsing Vongsa opened the fair.") == [
        ("Khamsing Vongsa", ("Prime Minister",), "LA")
    ]
    assert _rows("Khamsing Vongsa, Lao Deputy Prime Minister, said it.") == [
        ("Khamsing Vongsa", ("Deputy Prime Minister",), "LA")
    ]


def test_an_ambiguous_place_or_people_not_before_a_post_gives_no_country() -> None:
    """The word "Lao" before a non-post word, or a non-member's ambiguous name before a post, gives no country."""
    assert _rows("The Lao community welcomed Mr. Khamsing Vongsa, a trader, who said prices rose.") == [
        ("Khamsing Vongsa", (), None)
    ]
    assert _rows("Georgia Governor Tom Baker said the talks were useful.") == [("Tom Baker", ("Governor",), None)]


def test_two_posts_joined_by_and_before_or_after_the_name_are_two_titles() -> None:
    """A compound post gives both titles, written before the name or after it."""
    both = ("Deputy Prime Minister", "Minister of Foreign Affairs")
    assert _rows("Deputy Prime Minister and Minister of Foreign Affairs Chanthavong Keola opened the meeting.") == [
        ("Chanthavong Keola", both, None)
    ]
    assert _rows("Chanthavong Keola, Deputy Prime Minister and Minister of Foreign Affairs, opened the meeting.") == [
        ("Chanthavong Keola", both, None)
    ]


def test_and_before_a_post_joins_no_words_that_are_not_a_post() -> None:
    """Words before "and" that do not end in a post stay out of the title."""
    assert _rows("Exports grew and Minister Chanthavong Keola said so.") == [("Chanthavong Keola", ("Minister",), None)]
