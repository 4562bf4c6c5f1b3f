"""Tests for the source stage: dateline, publication date and the kind of document (invented examples)."""

from __future__ import annotations

import pytest

from asean_records import parse
from asean_records.model import PartialDate, SourceKind


def test_wire_dateline_with_agency_tag_gives_date_and_news_kind() -> None:
    """A dateline with an agency tag in brackets dates the report and marks it as news."""
    e = parse("DILI, October 2, 2025 (Newswire) -- Timorese officials met their partners to discuss trade links.")
    assert e.source.published == PartialDate(2025, 10, 2)
    assert e.source.kind is SourceKind.NEWS


def test_dateline_inside_the_first_sentence_dates_the_release() -> None:
    """A place, a full date and a dash open the first paragraph: that is the publication date."""
    e = parse("Vientiane, 9 June 2024 – The Lao Ministry of Foreign Affairs hosted a briefing for diplomats.")
    assert e.source.published == PartialDate(2024, 6, 9)


def test_a_date_in_running_text_is_no_dateline() -> None:
    """A date inside the story is not the date of publication."""
    e = parse("The officials met in Vientiane on 9 June 2024 and agreed to meet again.")
    assert e.source.published is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("JOINT COMMUNIQUÉ OF THE 12TH ASEAN OCEAN MINISTERS MEETING\n\n1. We met.", "joint_communique"),
        ("CHAIRMAN'S STATEMENT\n\n1. The Meeting was held in Manila.", "chairmans_statement"),
        ("PRESS RELEASE\n\nThe Ministry announced the visit.", "press_release"),
    ],
)
def test_kind_named_by_the_document_itself(text: str, kind: str) -> None:
    """A title naming the kind of document sets the kind."""
    assert parse(text).source.kind is SourceKind(kind)


@pytest.mark.parametrize(
    "text",
    [
        "Manila, 3 May 2025 - The Ministers adopted the Joint Communiqué of their annual meeting.",
        "Manila, 3 May 2025 - The leaders issued a joint statement on maritime cooperation.",
        "Manila, 3 May 2025 - Officials reviewed the draft Chairman's Statement before the summit.",
    ],
)
def test_a_document_the_text_says_was_acted_on_is_not_the_texts_kind(text: str) -> None:
    """A release that reports a communiqué being adopted is not itself the communiqué."""
    assert parse(text).source.kind not in {
        SourceKind.JOINT_COMMUNIQUE,
        SourceKind.JOINT_STATEMENT,
        SourceKind.CHAIRMANS_STATEMENT,
    }


def test_numeric_header_date_gives_the_year_and_a_full_date_only_when_unambiguous() -> None:
    """A numeric date is read day-first or month-first only when one part is over 12; otherwise only its year."""
    sure = parse("Press Release | 25/07/2025\n\nThe ministers met in Kuala Lumpur.")
    unsure = parse("Press Release | 10/07/2025\n\nThe 12th ASEAN Widget Ministers' Meeting was held on 10 July.")
    assert sure.source.published == PartialDate(2025, 7, 25)
    assert unsure.source.published is None
    assert unsure.meetings[0].date == PartialDate(2025, 7, 10)


def test_labelled_and_country_qualified_datelines() -> None:
    """A labelled date line and a dateline naming city and country both date the text."""
    assert parse("Published: Thursday, 06 Aug 2026 10:42 AM\n\nThe ministers met.").source.published == PartialDate(
        2026, 8, 6
    )
    text = "Ministers meet\n\nManila, the Philippines, 12 November 2026 – The ministers met."
    assert parse(text).source.published == PartialDate(2026, 11, 12)


def test_agency_tag_without_a_date_marks_a_wire_report() -> None:
    """A city and an agency tag in brackets opening the text mark a news report, even without a date."""
    assert parse("HANOI (Newswire) – The deputy minister received the delegation.").source.kind is SourceKind.NEWS


def test_a_time_stamp_line_near_the_top_is_the_publication_date() -> None:
    """'2031/03/05 10:22' on a line of its own near the top dates the text."""
    ex = parse("Korea to host widget talks\n\n2031/03/05 10:22\n\nSEOUL, March 5 (Yonhap) -- Korea will host talks.")
    assert ex.source.published == PartialDate(2031, 3, 5)


def test_a_date_line_under_a_release_label_is_the_publication_date() -> None:
    """'Media Note' then 'May 13, 2031' on the next line: published that day; a month alone later takes its year."""
    ex = parse(
        "Office of the Spokesperson\nMedia Note\nMay 13, 2031\n\nWidget Summit in Washington\n\nThe leaders will "
        "meet at the 10th ASEAN-Widget Summit, to be held in Phnom Penh in November."
    )
    assert ex.source.published == PartialDate(2031, 5, 13)
    m = next(m for m in ex.meetings if m.ordinal == 10)
    assert m.date == PartialDate(2031, 11)


def test_a_date_line_without_a_label_or_a_time_is_no_stamp() -> None:
    """'Ministers met on / 5 May 2031 / in Hanoi': the date inside prose is not a publication stamp."""
    assert parse("Ministers met on\n5 May 2031\nin Hanoi.").source.published is None
