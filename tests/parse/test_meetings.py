"""Meetings: names, series, ordinals, dates with inference reasons, mode, place, theme, parents, partners."""

from asean_records import (
    DateRange,
    InferenceReason,
    MeetingMode,
    MeetingStatus,
    PartialDate,
    parse,
)

RELEASE = """Press Release

Outcomes of the 10th ASEAN Widget Ministers' Meeting (10th AWMM)

4 March 2024, Via Videoconference

On 4 March 2024, the Minister of Widgets attended the ASEAN Post Ministerial Conferences held on the sidelines \
of the 57th ASEAN Foreign Ministers' Meeting.

ASEAN PMC+1 Session with Japan

The Meeting reviewed cooperation and adopted a new work plan.

Vientiane, 5 March 2024
"""


def test_section_headings_become_meetings_with_partners_and_document_date() -> None:
    """A PMC+1 heading is a meeting with its partner, dated by the date under the title, mode from the heading."""
    ex = parse(RELEASE, source="release")
    by_name = {m.name: m for m in ex.meetings}
    session = by_name["ASEAN PMC+1 Session with Japan"]
    assert session.partners == ("JP",)
    assert session.series == "PMC"
    assert PartialDate(2024, 3, 4) == session.date
    assert session.mode == MeetingMode.VIRTUAL
    basis = ex.where(session, "date").basis
    assert basis.reason == InferenceReason.DATE_FROM_DOCUMENT


def test_dateline_sets_published_and_ordinal_meeting_gets_kb_date() -> None:
    """The closing dateline is the publication date; the 57th AMM takes its date from the edition table."""
    ex = parse(RELEASE, source="release")
    assert PartialDate(2024, 3, 5) == ex.source.published
    amm = next(m for m in ex.meetings if m.series == "AMM")
    assert amm.ordinal == 57
    assert amm.date is not None
    assert amm.date.earliest.year == 2024
    reason = ex.where(amm, "date").basis.reason
    assert reason in {InferenceReason.DATE_FROM_SERIES_ORDINAL, InferenceReason.YEAR_FROM_SERIES_ORDINAL}


def test_parent_from_sidelines() -> None:
    """'held on the sidelines of X' makes X the parent meeting."""
    ex = parse(RELEASE, source="release")
    pmc = next(m for m in ex.meetings if m.name == "ASEAN Post Ministerial Conferences")
    parent = ex.meeting(pmc.parent)
    assert parent is not None
    assert parent.ordinal == 57


NEWS = """Thailand virtually hosted the 7th ASEAN Widget Network (AWN) Meeting under the theme "Widgets for \
Tomorrow" on October 12, 2023. The meeting was attended by delegates from 10 cities.

The 8th AWN meeting will be held in Hue, Viet Nam next year."""


def test_host_theme_mode_and_stated_date() -> None:
    """'<Country> virtually hosted the Nth X' gives host, mode, ordinal; the theme is read from quotes."""
    ex = parse(NEWS, source="news")
    seventh = next(m for m in ex.meetings if m.ordinal == 7)
    assert seventh.host_country == "TH"
    assert seventh.mode == MeetingMode.VIRTUAL
    assert seventh.theme == "Widgets for Tomorrow"
    assert PartialDate(2023, 10, 12) == seventh.date
    assert not ex.where(seventh, "date").basis.is_inferred
    assert ex.quote(seventh, "theme") == ("Widgets for Tomorrow",)


def test_day_range_and_year_from_dateline() -> None:
    """'8-10 May' is a range; its year comes from the dateline, marked inferred with that reason."""
    text = "The 3rd ASEAN Widget Forum Meeting was held in Hanoi on 8-10 May.\n\nHanoi, 12 May 2025"
    ex = parse(text)
    (meeting,) = ex.meetings
    assert DateRange(PartialDate(2025, 5, 8), PartialDate(2025, 5, 10)) == meeting.date
    assert meeting.city == "Hanoi"
    assert meeting.host_country == "VN"
    assert ex.where(meeting, "date").basis.reason == InferenceReason.YEAR_FROM_DATELINE


def test_no_year_no_date() -> None:
    """Without any year to go on, a day and month are not turned into a date (nothing is made up)."""
    ex = parse("The 3rd ASEAN Widget Forum Meeting was held in Hanoi on 8 May.")
    (meeting,) = ex.meetings
    assert meeting.date is None


def test_scheduled_status_for_future_meeting() -> None:
    """'will be held ... next year' marks a meeting scheduled."""
    ex = parse("The 9th ASEAN Widget Forum Meeting will be held in Manila next year.\n\nManila, 2 June 2024")
    (meeting,) = ex.meetings
    assert meeting.status == MeetingStatus.SCHEDULED
    assert PartialDate(2025) == meeting.date


def test_mere_body_mention_is_no_meeting() -> None:
    """A body named without any event (no ordinal, date, verb or heading) creates no meeting."""
    text = "The ASEAN Secretariat and the ASEAN Regional Forum welcomed the report."
    assert parse(text).meetings == ()


def test_one_meeting_mentioned_twice_is_one_record_with_two_spans() -> None:
    """The full name and the acronym mention of the same numbered meeting merge."""
    text = (
        "The 55th ASEAN Foreign Ministers' Meeting (AMM) opened on 2 August 2022. "
        "Ministers at the 55th AMM discussed trade."
    )
    ex = parse(text)
    amms = [m for m in ex.meetings if m.series == "AMM"]
    assert len(amms) == 1
    quotes = ex.quote(amms[0], "name")
    assert len(quotes) >= 2
    assert any("55th AMM" in q for q in quotes)
