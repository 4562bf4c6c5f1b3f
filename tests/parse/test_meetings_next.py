"""Meetings: the next meeting of a series ("the next meeting will be held in ...") when the current one is numbered."""

from asean_records import InferenceReason, MeetingStatus, parse


def test_next_meeting_takes_the_series_and_the_next_ordinal() -> None:
    """Next meeting: "The next meeting will be held in Jakarta in 2031" after the 15th ASCN is the 16th ASCN."""
    text = (
        "SINGAPORE, 4 July 2030 - The 15th ASEAN Smart Cities Network Meeting was held in Singapore on "
        "3 July 2030.\n\nThe next meeting will be held in Jakarta in 2031.\n"
    )
    ex = parse(text, source="t")
    by_ordinal = {m.ordinal: m for m in ex.meetings if m.series == "ASCN"}
    assert set(by_ordinal) == {15, 16}
    nxt = by_ordinal[16]
    assert nxt.status == MeetingStatus.SCHEDULED
    assert nxt.city == "Jakarta"
    assert nxt.date is not None
    assert nxt.date.earliest.year == 2031
    assert ex.where(nxt, "ordinal").basis.reason == InferenceReason.NEXT_IN_SERIES
    assert by_ordinal[15].status == MeetingStatus.HELD


def test_another_meeting_next_year_gets_an_inferred_year() -> None:
    """Next meeting: "will convene another meeting next year in Da Nang, Viet Nam" with the year inferred."""
    text = (
        "MANILA, 10 October 2030 - Delegates from ten cities attended the 15th ASEAN Smart Cities Network "
        "Meeting in Manila on 9 October 2030. The network will convene another meeting next year in "
        "Da Nang, Viet Nam.\n"
    )
    ex = parse(text, source="t")
    (nxt,) = [m for m in ex.meetings if m.ordinal == 16]
    assert nxt.status == MeetingStatus.SCHEDULED
    assert nxt.host_country == "VN"
    assert nxt.date is not None
    assert nxt.date.earliest.year == 2031
    assert ex.where(nxt, "date").basis.is_inferred


def test_next_meeting_needs_a_numbered_current_meeting() -> None:
    """Next meeting: without the current meeting's ordinal there is no next one to name."""
    text = (
        "SINGAPORE, 4 July 2030 - The ASEAN Smart Cities Network Meeting was held in Singapore on 3 July 2030. "
        "The next meeting will be held in Jakarta in 2031.\n"
    )
    ex = parse(text, source="t")
    assert len(ex.meetings) == 1


def test_another_meeting_without_a_future_cue_is_no_meeting() -> None:
    """Next meeting: "another meeting" that is neither planned nor dated is not announced."""
    text = (
        "SINGAPORE, 4 July 2030 - The 15th ASEAN Smart Cities Network Meeting was held in Singapore on "
        "3 July 2030. Another meeting of city officials discussed waste management.\n"
    )
    ex = parse(text, source="t")
    assert [m.ordinal for m in ex.meetings] == [15]


def test_the_next_named_meeting_is_not_the_current_one() -> None:
    """Next meeting: "the next ASEAN Summit" after the 60th ASEAN Summit is the 61st, scheduled."""
    text = (
        "KUALA LUMPUR, 2 November 2031 - The 60th ASEAN Summit concluded in Kuala Lumpur on 1 November 2031. "
        "The next ASEAN Summit will be held in Vientiane in May 2032.\n"
    )
    ex = parse(text, source="t")
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    assert set(by_ordinal) == {60, 61}
    assert by_ordinal[61].status == MeetingStatus.SCHEDULED
    assert by_ordinal[61].city == "Vientiane"
    assert by_ordinal[60].status == MeetingStatus.HELD


def test_another_meeting_to_discuss_a_matter_is_not_the_next_edition() -> None:
    """Next meeting: "agreed to hold another meeting to discuss the matter" is no next edition of the series."""
    text = (
        "SINGAPORE, 4 July 2030 - The 15th ASEAN Smart Cities Network Meeting was held in Singapore on "
        "3 July 2030, and officials agreed to hold another meeting to discuss waste management.\n"
    )
    assert [m.ordinal for m in parse(text, source="t").meetings] == [15]
