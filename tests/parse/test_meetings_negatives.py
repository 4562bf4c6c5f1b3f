"""Meetings a text does not report as held, and dates read relative to another meeting or in words."""

from asean_records import InferenceReason, PartialDate, parse


def test_a_body_established_in_a_year_is_no_meeting() -> None:
    """The founding year of a forum does not make a meeting of it."""
    ex = parse("The ASEAN Regional Forum (ARF) was established in 1994. It promotes dialogue on security.")
    assert ex.meetings == ()


def test_since_the_first_summit_is_a_point_in_time() -> None:
    """Saying "since the 1st X Summit in 1976" reports no meeting."""
    ex = parse("Since the 1st ASEAN Summit in Bali in 1976, leaders have met regularly to chart the region's course.")
    assert ex.meetings == ()


def test_a_meeting_of_another_grouping_reported_as_held_is_a_meeting() -> None:
    """A G20 or APEC meeting the text reports with its place and date is a meeting (of no ASEAN series)."""
    ex = parse("The Prime Minister attended the G20 Summit in Rome on 30-31 October 2021 and met leaders there.")
    assert [(m.name, m.series, m.city) for m in ex.meetings] == [("G20 Summit", None, "Rome")]
    ex = parse("The President attended the APEC Economic Leaders' Meeting in Lima on 16 November 2024.")
    assert [(m.name, str(m.date)) for m in ex.meetings] == [("APEC Economic Leaders' Meeting", "2024-11-16")]


def test_a_passing_mention_of_another_grouping_is_no_meeting() -> None:
    """'Since the first G20 Summit in 2008' reports no meeting."""
    ex = parse("Since the first G20 Summit in 2008, the group has grown in weight.")
    assert ex.meetings == ()


def test_a_day_after_the_other_meeting() -> None:
    """Dated "X was held on 9 May 2019, a day after the Y": X on 9 May, Y on 8 May (inferred), never 9 May."""
    ex = parse("The 6th ADMM-Plus was held in Bangkok on 9 May 2019, a day after the 13th ADMM.")
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    assert by_ordinal[6].date == PartialDate(2019, 5, 9)
    assert by_ordinal[13].date == PartialDate(2019, 5, 8)
    basis = ex.where(by_ordinal[13], "date").basis
    assert basis.reason == InferenceReason.RELATIVE_DATE
    assert "a day after" in (basis.detail or "")


def test_spelled_ordinals_with_hyphens() -> None:
    """Ordinals in words, "The Fifty-Second ASEAN Foreign Ministers' Meeting", "the Eighteenth East Asia Summit"."""
    ex = parse("The Fifty-Second ASEAN Foreign Ministers' Meeting (52nd AMM) was held in Bangkok on 31 July 2019.")
    assert [(m.series, m.ordinal) for m in ex.meetings] == [("AMM", 52)]
    ex = parse("The Fourteenth East Asia Summit was held in Bangkok on 4 November 2019.")
    assert [(m.series, m.ordinal) for m in ex.meetings] == [("EAS", 14)]


def test_an_ambiguous_acronym_needs_its_number_or_a_meeting_word() -> None:
    """The acronym ATM alone may be air traffic management; "the 31st ATM" is the transport ministers."""
    assert parse("The ATM Master Plan was endorsed at the meeting held in Bangkok.").meetings == ()
    (meeting,) = parse("The 31st ATM was held in Bangkok on 5 November 2031.").meetings
    assert (meeting.series, meeting.ordinal) == ("ATM", 31)


def test_a_plural_heading_naming_meetings_in_general_is_no_meeting() -> None:
    """A heading such as "Meetings with Dialogue Partners" names no single meeting."""
    text = "## Meetings with Dialogue Partners\n\nThe ministers met their counterparts from Japan on 3 March 2031."
    assert parse(text).meetings == ()


def test_a_body_named_like_a_meeting_is_no_meeting_but_its_numbered_session_is() -> None:
    """An assembly the knowledge base knows as a body is no meeting; its numbered General Assembly is one."""
    assert parse("Leaders met members of the ASEAN Inter-Parliamentary Assembly on 3 March 2031.").meetings == ()
    (meeting,) = parse("The 52nd AIPA General Assembly was held in Manila in August 2031.").meetings
    assert meeting.ordinal == 52


def test_related_summits_between_a_meeting_and_its_place() -> None:
    """A meeting "and Related Summits" held in a city is held in that city."""
    (meeting,) = parse("The 59th ASEAN Summit and Related Summits will be held in Manila in October.").meetings
    assert meeting.city == "Manila"


def test_a_plural_anaphor_in_a_description_reports_no_meeting() -> None:
    """An explainer ('X prepares the work of Y. These meetings typically review work plans') reports no meeting."""
    text = (
        "The Senior Officials' Meeting on Transnational Crime (SOMTC) prepares the work of the ASEAN Ministerial "
        "Meeting on Transnational Crime (AMMTC). These meetings typically review joint work plans."
    )
    assert parse(text, source="t").meetings == ()


def test_a_description_of_how_bodies_work_reports_no_meeting() -> None:
    """'Ministers who gather as the X', 'the X, first convened in 2011, meets every two years', 'supported by the Y'."""
    for text in (
        "The committee reports to the ministers responsible for widgets, who gather as the ASEAN Ministerial "
        "Meeting on Disaster Management (AMMDM).",
        "The AMMS, first convened in 2011, meets every two years and is supported by the Senior Officials Meeting "
        "on Sports (SOMS).",
    ):
        assert parse(text).meetings == (), text


def test_section_headings_that_only_name_a_series_are_no_meetings() -> None:
    """An explainer with a section per body ('East Asia Summit' over a paragraph about it) reports no meeting."""
    ex = parse(
        "How ASEAN works with its partners\n\nEast Asia Summit\nThe East Asia Summit (EAS) is a leaders-led forum for "
        "strategic dialogue with eighteen participating countries.\n\nASEAN Regional Forum\nThe ASEAN Regional Forum "
        "(ARF), launched in 1994, is the broadest security dialogue in the region.\n\nWho runs it?\nThe rotating ASEAN "
        "chair hosts the summits and most ministerial meetings of the year.\n"
    )
    assert ex.meetings == ()
