"""Tests for the neutral evaluation export: which parts of a date range are written (invented examples)."""

from __future__ import annotations

from asean_records import parse
from asean_records.parse.eval import to_eval_dict


def _meeting(text: str) -> dict[str, object]:
    (meeting,) = to_eval_dict(parse(text))["meetings"]
    assert isinstance(meeting, dict)
    return meeting


def test_range_stated_in_the_text_keeps_its_end() -> None:
    """A range written out is exported with start and end."""
    m = _meeting("The 14th ASEAN Widget Ministers' Meeting was held in Hanoi from 8 to 10 May 2031.")
    assert (m["start"], m["end"]) == ("2031-05-08", "2031-05-10")


def test_today_until_a_date_keeps_the_end_and_marks_the_start_inferred() -> None:
    """Opened "today" and running "until D": the start comes from the dateline (inferred), the end is stated."""
    m = _meeting(
        "JAKARTA, 11 July 2031 - The 64th ASEAN Widget Ministers' Meeting opened today in Jakarta and will run "
        "until 14 July 2031."
    )
    assert (m["start"], m["end"], m["date_inferred"]) == ("2031-07-11", "2031-07-14", True)


def test_a_date_from_the_edition_table_has_no_end() -> None:
    """A meeting dated only from the knowledge base is exported with its start alone, marked inferred."""
    m = _meeting("Ministers prepared for the 53rd ASEAN Foreign Ministers' Meeting.")
    assert (m["start"], m["end"], m["date_inferred"]) == ("2020-09-09", None, True)
