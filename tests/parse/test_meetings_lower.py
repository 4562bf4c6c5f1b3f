"""Meetings written in lower case: only known series, only when the text reports them held, chaired or scheduled."""

from asean_records import MeetingStatus, parse
from asean_records.model import Meeting


def _meetings(text: str) -> list[Meeting]:
    return list(parse(text, source="t").meetings)


def test_lower_case_meeting_chaired_by_a_person() -> None:
    """Lower case, "P chaired a joint consultative meeting": a JCM chaired by P, extra modifiers kept in the name."""
    text = (
        "VIENTIANE, 9 February 2024 - Bounmy Keola, Permanent Secretary of the Ministry of Foreign Affairs, chaired "
        "a joint consultative senior officials' meeting on 8 February 2024 to review the year's priorities.\n"
    )
    (m,) = [m for m in _meetings(text) if m.series == "JCM"]
    assert m.chairs == ("Bounmy Keola",)
    assert m.name == "Joint Consultative Senior Officials' Meeting"
    assert m.date is not None
    assert m.date.earliest.day == 8


def test_lower_case_meeting_held() -> None:
    """Lower case, "a senior officials' meeting was held": a held meeting, of no series (which sector's is unsaid)."""
    text = "KUALA LUMPUR, 2 May 2025 - A senior officials' meeting was held in Kuala Lumpur on 1 May 2025.\n"
    (m,) = _meetings(text)
    assert m.name == "Senior Officials' Meeting"
    assert m.series is None
    assert m.status == MeetingStatus.HELD


def test_lower_case_asean_senior_officials_meeting_is_the_som() -> None:
    """Lower case, "the ASEAN senior officials' meeting was convened": the ASEAN SOM."""
    text = "MANILA, 2 May 2025 - The ASEAN senior officials' meeting was convened in Manila on 1 May 2025.\n"
    assert [m.series for m in _meetings(text)] == ["SOM"]


def test_lower_case_meeting_without_event_is_no_meeting() -> None:
    """Lower case, no verb reporting it: a mention of a senior officials' meeting is no meeting."""
    text = (
        "MANILA, 2 May 2025 - The ministers discussed the recommendations of the senior officials' meeting "
        "and the joint consultative meeting at length.\n"
    )
    assert [m for m in _meetings(text) if m.series in {"SOM", "JCM"}] == []


def test_lower_case_sectoral_meeting_is_not_the_generic_series() -> None:
    """Lower case, "a senior officials' meeting on energy" is a sectoral meeting, not the SOM."""
    text = "JAKARTA, 2 May 2025 - A senior officials' meeting on energy was held in Jakarta on 30 April 2025.\n"
    assert [m for m in _meetings(text) if m.series == "SOM"] == []


def test_lower_case_unknown_kind_is_no_meeting() -> None:
    """Lower case, "a bilateral meeting was held": no knowledge-base series, no record."""
    text = "HANOI, 2 May 2025 - A bilateral meeting was held in Hanoi on 1 May 2025.\n"
    assert _meetings(text) == []


def test_informal_meeting_of_ministers_is_a_meeting_of_that_series() -> None:
    """Lower case, "an informal meeting of ASEAN defence ministers" is a scheduled meeting of the ADMM series."""
    text = (
        "BANGKOK, 2 May 2025 - Thailand will host an informal meeting of ASEAN defence ministers in Chiang Mai "
        "in November 2025, the ministry said.\n"
    )
    (m,) = [m for m in _meetings(text) if m.series == "ADMM"]
    assert m.name == "Informal Meeting of ASEAN Defence Ministers"
    assert m.status == MeetingStatus.SCHEDULED


def test_capitalised_informal_meeting_keeps_its_own_record() -> None:
    """Informal meeting: a capitalised informal ADMM is of the series, apart from the numbered ADMM in the text."""
    text = (
        "KUALA LUMPUR, 2 March 2031 - The 25th ASEAN Defence Ministers' Meeting was held in Kuala Lumpur on "
        "1 March 2031. The Informal Meeting of the ASEAN Defence Ministers was held on 28 February 2031 in "
        "Langkawi.\n"
    )
    ex = parse(text, source="t")
    admm = [m for m in ex.meetings if m.series == "ADMM"]
    assert sorted(m.name for m in admm) == [
        "25th ASEAN Defence Ministers' Meeting",
        "Informal Meeting of the ASEAN Defence Ministers",
    ]


def test_meeting_of_a_level_is_no_series_meeting() -> None:
    """Lower case, "led a meeting of senior officials to prepare ..." names no knowledge-base series."""
    text = "PHNOM PENH, 1 Feb 2031 - Sok Dara led a meeting of senior officials to prepare for the summit.\n"
    assert [m for m in _meetings(text) if m.series is not None] == []
