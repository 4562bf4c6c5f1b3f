"""Meeting dates against the text's own date: datelines, "today", weekdays, "until", relative days."""

from asean_records import DateRange, InferenceReason, MeetingStatus, PartialDate, parse


def _only(text: str):  # type: ignore[no-untyped-def]
    ex = parse(text)
    assert len(ex.meetings) == 1, [m.name for m in ex.meetings]
    return ex, ex.meetings[0]


def test_explicit_date_wins_over_a_mixed_case_dateline() -> None:
    """A dateline in mixed case is the release's date, never the meeting's when the sentence dates the meeting."""
    _, m = _only(
        "Hanoi, 20 March 2019 - The Deputy Minister addressed the 12th ASEAN Widget Forum held on 14 March 2019 "
        "in Bangkok."
    )
    assert m.date == PartialDate(2019, 3, 14)


def test_dateline_without_a_place_and_in_bold() -> None:
    """Datelines "3 June 2018 - ..." and "**Cebu, Philippines, 3 June 2018** -": the stated range dates it."""
    _, m = _only("3 June 2018 - The 8th ASEAN Widget Ministers' Meeting took place in Cebu from 1 to 2 June 2018.")
    assert m.date == DateRange(PartialDate(2018, 6, 1), PartialDate(2018, 6, 2))
    _, m = _only(
        "**Cebu, Philippines, 3 June 2018** - The 8th ASEAN Widget Ministers' Meeting took place in Cebu "
        "from 1 to 2 June 2018."
    )
    assert m.date == DateRange(PartialDate(2018, 6, 1), PartialDate(2018, 6, 2))


def test_dateline_alone_does_not_date_a_meeting() -> None:
    """Without "today" the release's date is not the meeting's (it may report a meeting of days before)."""
    ex = parse("BANGKOK, 9 May 2019 - The Minister spoke about the outcomes of the 3rd ASEAN Widget Dialogue.")
    assert all(m.date is None for m in ex.meetings)


def test_today_is_the_dateline_day_inferred_and_until_gives_the_end() -> None:
    """Opened "today ... until 9 May": start from the dateline (inferred), end stated, held not scheduled."""
    ex, m = _only(
        "BANGKOK, 6 May 2019 - The 5th ASEAN Widget Ministers' Meeting opened today in Bangkok and will run "
        "until 9 May 2019."
    )
    assert m.date == DateRange(PartialDate(2019, 5, 6), PartialDate(2019, 5, 9))
    assert m.status == MeetingStatus.HELD
    basis = ex.where(m, "date").basis
    assert basis.reason == InferenceReason.RELATIVE_DATE
    assert "2019-05-06" in (basis.detail or "")


def test_until_alone_is_never_the_start() -> None:
    """An "until" date with no start leaves the start out."""
    ex = parse("The 5th ASEAN Widget Ministers' Meeting continued in Bangkok until 9 May 2019.")
    assert all(m.date != PartialDate(2019, 5, 9) for m in ex.meetings)


def test_weekday_is_the_last_such_day_on_or_before_the_dateline() -> None:
    """Weekday: "On Monday, the X began" in a text dated Wednesday 8 May 2019: Monday 6 May, inferred."""
    ex, m = _only("YANGON, May 8, 2019 (Agency) -- On Monday, the 5th ASEAN Widget Ministers' Meeting began in Yangon.")
    assert m.date == PartialDate(2019, 5, 6)
    assert ex.where(m, "date").basis.reason == InferenceReason.RELATIVE_DATE
    _, m = _only("YANGON, May 8, 2019 (Agency) -- The 5th ASEAN Widget Ministers' Meeting opened on Wednesday.")
    assert m.date == PartialDate(2019, 5, 8)


def test_yesterday_and_future_weekday() -> None:
    """Relative: "was held yesterday" is the day before; "will be held on Friday" the next Friday."""
    _, m = _only("YANGON, 8 May 2019 - The 5th ASEAN Widget Ministers' Meeting was held yesterday in Yangon.")
    assert m.date == PartialDate(2019, 5, 7)
    _, m = _only("YANGON, 8 May 2019 - The 5th ASEAN Widget Ministers' Meeting will be held on Friday in Yangon.")
    assert m.date == PartialDate(2019, 5, 10)


def test_weekday_of_a_statement_or_without_dateline_gives_nothing() -> None:
    """The day of a statement ("said on Monday"), "last week" or a weekday in an undated text: no day."""
    ex = parse("YANGON, 8 May 2019 - The 5th ASEAN Widget Ministers' Meeting was useful, the minister said on Monday.")
    assert all(m.date != PartialDate(2019, 5, 6) for m in ex.meetings)
    ex = parse("On Monday, the 5th ASEAN Widget Ministers' Meeting began in Yangon.")
    assert all(not isinstance(m.date, PartialDate) or m.date.day is None for m in ex.meetings)
    ex = parse("YANGON, 8 May 2019 - Officials met last week for the ASEAN Widget Senior Officials' Meeting.")
    assert all(m.date is None for m in ex.meetings)


def test_month_alone_takes_the_year_of_the_dated_text() -> None:
    """Month alone: "will be held in October" in a text dated July 2019: October 2019; in March: the next March."""
    _, m = _only("HANOI, 5 July 2019 - The 7th ASEAN Widget Ministers' Meeting will be held in Hue in October.")
    assert m.date == PartialDate(2019, 10)
    _, m = _only("HANOI, 5 July 2019 - The 7th ASEAN Widget Ministers' Meeting will be held in Hue in March.")
    assert m.date == PartialDate(2020, 3)
    ex = parse("The 7th ASEAN Widget Ministers' Meeting will be held in Hue in October.")
    assert all(m.date is None for m in ex.meetings)


def test_respectively_pairs_meetings_and_dates_in_order() -> None:
    """Respectively: "the 6th X and the 3rd Y, to be held in June and November respectively"."""
    ex = parse(
        "HANOI, 5 March 2019 - Officials prepared the 6th ASEAN Widget Ministers' Meeting and the 3rd ASEAN Gadget "
        "Ministers' Meeting, to be held in June and November respectively."
    )
    dates = {m.ordinal: m.date for m in ex.meetings}
    assert dates == {6: PartialDate(2019, 6), 3: PartialDate(2019, 11)}


def test_second_date_of_a_pair_goes_with_the_first() -> None:
    """Pairs: "in late July and early August, and the 8th Y in November": August is not the 8th Y's."""
    ex = parse(
        "HANOI, 5 March 2019 - Officials prepared the 6th ASEAN Widget Ministers' Meeting scheduled for late July "
        "and early August in Hue, and the 8th ASEAN Gadget Summit in November."
    )
    dates = {m.ordinal: m.date for m in ex.meetings}
    assert dates == {6: PartialDate(2019, 7), 8: PartialDate(2019, 11)}


def test_on_the_same_day_takes_the_day_of_the_meeting_before() -> None:
    """A meeting "held on the same day" is dated like the last meeting dated before it (inferred)."""
    ex = parse(
        "The 12th ASEAN Widget Ministers' Meeting was held in Hue on 3 May 2019. "
        "The 4th ASEAN Gadget Ministers' Meeting was held on the same day."
    )
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    assert by_ordinal[4].date == PartialDate(2019, 5, 3)
    assert ex.where(by_ordinal[4], "date").basis.reason == InferenceReason.RELATIVE_DATE


def test_the_same_day_before_the_meeting_it_dates() -> None:
    """The same day: "On the afternoon of the same day, ... held the X" dates the meeting after it (inferred)."""
    ex = parse(
        "The 12th ASEAN Widget Ministers' Meeting was held in Hue on 3 May 2019.\n\n"
        "On the afternoon of the same day, the ministers held the 4th ASEAN Gadget Ministers' Meeting."
    )
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    assert by_ordinal[4].date == PartialDate(2019, 5, 3)
    assert ex.where(by_ordinal[4], "date").basis.reason == InferenceReason.RELATIVE_DATE


def test_the_same_day_later_in_a_sentence_dates_nothing_after_it() -> None:
    """The phrase late in a sentence ("... said on the same day that the X ...") does not date a later meeting."""
    ex = parse(
        "The 12th ASEAN Widget Ministers' Meeting was held in Hue on 3 May 2019.\n\n"
        "A spokesperson told reporters on the same day that the 4th ASEAN Gadget Ministers' Meeting is planned."
    )
    assert {m.ordinal: m.date for m in ex.meetings}.get(4) is None


def test_followed_by_an_acronym_reports_that_meeting() -> None:
    """An acronym after "was followed by" is a meeting, dated by its own date."""
    ex = parse("The ADSOM was held from 8 to 10 March 2019. It was followed by the ADSOM-Plus on March 11.")
    assert {m.series: m.date for m in ex.meetings}["ADSOM-Plus"] == PartialDate(2019, 3, 11)


def test_an_impossible_dateline_does_not_break_the_parse() -> None:
    """A dateline with a day the month lacks is ignored; the meeting keeps its own date."""
    _, m = _only("30 February 2024 - The 5th ASEAN Widget Meeting opened in Hue on 29 February 2024.")
    assert m.date == PartialDate(2024, 2, 29)


def test_year_less_text_takes_the_year_of_a_numbered_meeting_it_dates() -> None:
    """A text without any year: a numbered meeting dated to its edition's month gives the others its year."""
    ex = parse(
        "JAKARTA (Widget News) - Leaders opened the 43rd ASEAN Summit on September 5.\n\n"
        "On September 4, the ASEAN Widget Dialogue was held in the same city."
    )
    dialogue = next(m for m in ex.meetings if m.ordinal is None)
    assert dialogue.date == PartialDate(2023, 9, 4)
    assert ex.where(dialogue, "date").basis.reason == InferenceReason.YEAR_FROM_CONTEXT


def test_a_numbered_meeting_dated_to_another_month_gives_no_year() -> None:
    """The edition's month differs from the month the text writes: the text is not about it, no year is taken."""
    ex = parse(
        "JAKARTA (Widget News) - Officials recalled the 43rd ASEAN Summit on March 5.\n\n"
        "On March 4, the ASEAN Widget Dialogue was held in the same city."
    )
    dialogue = next(m for m in ex.meetings if m.ordinal is None)
    assert dialogue.date is None


def test_a_year_written_anywhere_keeps_the_edition_out() -> None:
    """A text that writes a year of its own takes its dates' years from it, not from the edition table."""
    ex = parse(
        "JAKARTA, 3 September 2031 - Leaders opened the 43rd ASEAN Summit on September 5.\n\n"
        "On September 4, the ASEAN Widget Dialogue was held."
    )
    dialogue = next(m for m in ex.meetings if m.ordinal is None)
    assert dialogue.date == PartialDate(2031, 9, 4)


def test_a_date_heading_a_programme_line_dates_each_coordinated_meeting() -> None:
    """'**Saturday 17 March** - the A and the B, both held ...': both meetings take the date (year from context)."""
    text = (
        "# ASEAN-Ruritania Special Summit\n\n"
        "Ruritania hosted the ASEAN-Ruritania Special Summit in Strelsau on 17-18 March 2031.\n\n"
        "## Programme\n\n"
        "- **Saturday 17 March** - the ASEAN-Ruritania Widget Conference and the ASEAN-Ruritania Business Summit, "
        "both held on the sidelines of the Special Summit.\n"
    )
    ex = parse(text, source="t.md")
    dated = {m.name: m.date for m in ex.meetings}
    assert dated["ASEAN-Ruritania Widget Conference"] == PartialDate(2031, 3, 17)
    assert dated["ASEAN-Ruritania Business Summit"] == PartialDate(2031, 3, 17)


def test_a_lede_s_unnamed_special_meeting_dates_the_meeting_named_next() -> None:
    """'met ... on Thursday for a special meeting on X. The Special Y Meeting on X was ...': Y is on that Thursday."""
    _, m = _only(
        "VIENTIANE, 20 February 2031 - Foreign ministers of ASEAN member states and Ruritania met in the capital on "
        "Thursday for a special meeting on the outbreak of a widget shortage. The Special ASEAN-Ruritania Foreign "
        "Ministers' Meeting on the Widget Shortage was co-chaired by the two sides."
    )
    assert m.date == PartialDate(2031, 2, 20)  # 20 February 2031 is a Thursday
    why = next(fp for fp in m.provenance if fp.field == "date").provenance.basis
    assert why.reason is InferenceReason.RELATIVE_DATE
    assert "lede" in why.detail


def test_a_lede_without_a_meeting_word_dates_nothing() -> None:
    """'Ministers agreed on Thursday to ...' then a named meeting: no meeting noun in the lede, no date taken."""
    _, m = _only(
        "VIENTIANE, 20 February 2031 - Foreign ministers agreed on Thursday to pool widget stocks. The Special "
        "ASEAN-Ruritania Foreign Ministers' Meeting on the Widget Shortage was co-chaired by the two sides."
    )
    assert m.date is None


def test_a_possessive_weekday_gives_way_to_the_meeting_s_own_day() -> None:
    """'Monday's meetings capped the X, which opened on Saturday' (text of Tuesday 4 Nov): X opened on Saturday."""
    _, m = _only(
        "BANGKOK, 4 November 2031 (Wire) - Monday's meetings capped the 35th ASEAN Widget Summit and related "
        "meetings, which opened on Saturday in Bangkok."
    )
    assert m.date == PartialDate(2031, 11, 1)


def test_today_refines_a_year_written_for_the_meeting() -> None:
    """A heading's '2031' gives the retreat a year; 'today concluded' under 'Jakarta, 4 February 2031' the day."""
    _, m = _only(
        "# ASEAN Widget Ministers' Retreat Opens Ruritania's 2031 Chairmanship\n\n"
        "**Ministry of Foreign Affairs of Ruritania**  \nJakarta, 4 February 2031\n\n---\n\n"
        "Ruritania today concluded the **ASEAN Widget Ministers' Retreat (AWM Retreat)** in Jakarta.\n"
    )
    assert m.date == PartialDate(2031, 2, 4)


def test_a_chair_s_term_is_no_meeting_to_come() -> None:
    """'will chair the X through next year' after the 9th X was hosted: held, and 'next year' dates nothing."""
    _, m = _only(
        "MANILA, 4 June 2031 - Ruritania hosted the 9th ASEAN Ministerial Meeting on Widgets (AMMW) this week. "
        "Its minister will chair the AMMW through next year."
    )
    assert m.status is MeetingStatus.HELD
    assert m.date is None or m.date.earliest.year == 2031


def test_a_year_only_edition_dates_a_yearless_dateline_when_the_weekday_agrees() -> None:
    """A KB edition known by its year, and a weekday that agrees, date a yearless dateline.

    'KUALA LUMPUR, Nov. 12 -- ... on Thursday ... the Third AMMS': the 2015 edition, and 12 Nov 2015 is a Thursday,
    give the day; with a weekday that does not agree nothing is dated.
    """
    text = (
        "KUALA LUMPUR, Nov. 12 -- The sports minister on {day} opened the Third ASEAN Ministerial Meeting on "
        "Sports (AMMS-3) at a hotel in the capital."
    )
    _, m = _only(text.format(day="Thursday"))
    assert m.date == PartialDate(2015, 11, 12)
    why = next(fp for fp in m.provenance if fp.field == "date").provenance.basis
    assert "3rd AMMS" in why.detail
    _, m = _only(text.format(day="Saturday"))
    assert m.date is None or m.date == PartialDate(2015)


def test_a_yearless_dateline_takes_the_latest_year_written_when_its_weekday_agrees() -> None:
    """A yearless dateline takes the latest year written when the lede's weekday agrees.

    'STRELSAU, March 10 -- ... on Monday for their annual retreat' in a text writing 1999 and 2031: 10 March 2031
    is a Monday, so the retreat is on that day; 1999 (history) is not taken.
    """
    text = (
        "Ministers meet in Strelsau\n\n"
        "STRELSAU, March 10 (Wire) -- ASEAN widget ministers gathered in this lakeside capital on {day} for their "
        "annual retreat.\n\n"
        "The ASEAN Widget Ministers' Retreat was chaired by the Ruritanian minister. The ministers recalled the "
        "talks that began in 1999 and agreed to meet again in 2031 in Manila."
    )
    ex = parse(text.format(day="Monday"))
    retreat = next(m for m in ex.meetings if "Retreat" in m.name)
    assert retreat.date == PartialDate(2031, 3, 10)
    assert retreat.city == "Strelsau"  # "in this lakeside capital": the dateline's place
    ex = parse(text.format(day="Tuesday"))
    retreat = next(m for m in ex.meetings if "Retreat" in m.name)
    assert retreat.date is None or retreat.date.earliest.month != 3


def test_a_lede_that_reports_a_meeting_by_its_verb_dates_the_meeting_the_next_sentence_opens_with() -> None:
    """A lede that reports a meeting by its verb dates the meeting the next sentence opens with.

    '... on Sunday adopted a statement as their leaders met in Manila. The ASEAN-Ruritania Jubilee Summit was
    co-chaired ...': that summit is on the Sunday, in Manila.
    """
    ex = parse(
        "MANILA, 9 March 2031 (Wire) -- Ruritania and ASEAN on Sunday adopted a joint vision statement, as their "
        "leaders met in Manila to mark 40 years of ties.\n\n"
        "The ASEAN-Ruritania Jubilee Summit was co-chaired by the two sides."
    )
    (m,) = ex.meetings
    assert m.date == PartialDate(2031, 3, 9)
    assert m.city == "Manila"
    # the same lede before a sentence that does not open with the meeting: no date taken
    ex = parse(
        "MANILA, 9 March 2031 (Wire) -- Ruritania and ASEAN on Sunday adopted a joint vision statement, as their "
        "leaders met in Manila to mark 40 years of ties.\n\n"
        "Officials said the ASEAN-Ruritania Jubilee Summit had been long in the planning."
    )
    assert all(m.date is None for m in ex.meetings)


def test_a_lede_counting_two_summits_dates_both_summits_named_next() -> None:
    """A lede counting two summits dates both summits named next.

    'on Monday ... at two special summits held by video' then 'chaired both the Special A Summit on X and the
    Special B Summit on X': both on that Monday, even with 'this year' said of the chair.
    """
    ex = parse(
        "STRELSAU, 10 March 2031 (Wire) -- Leaders of ASEAN and Ruritania on Monday pledged to pool widget stocks "
        "at two special summits held via video conference.\n\n"
        "The Prime Minister, whose country holds the ASEAN chairmanship this year, chaired both the Special ASEAN "
        "Summit on Widgets and the Special ASEAN Plus Three Summit on Widgets."
    )
    assert [m.name for m in ex.meetings] == [
        "Special ASEAN Summit on Widgets",
        "Special ASEAN Plus Three Summit on Widgets",
    ]
    assert all(m.date == PartialDate(2031, 3, 10) for m in ex.meetings)


def test_the_day_a_meeting_ends_is_not_its_first_day() -> None:
    """'the two-day 9th ASEAN Widget Summit, which ends on Tuesday': Tuesday is no start date."""
    ex = parse(
        "STRELSAU, 26 May 2031 (Wire) - Leaders signed a widget pact at the Strelsau Hall on the first day of the "
        "two-day 9th ASEAN Widget Summit, which ends on Tuesday."
    )
    (m,) = ex.meetings
    assert m.date is None  # neither the Tuesday before the text's Monday nor the one after


def test_a_weekday_opening_the_sentence_dates_the_coordinated_meetings_not_the_parent() -> None:
    """'On Tuesday, in conjunction with the X, Ruritania will convene the A and the B': A and B on the next Tuesday."""
    ex = parse(
        "STRELSAU, 26 May 2031 (Wire) - The 9th ASEAN Widget Summit opened at the Strelsau Hall.\n\n"
        "On Tuesday, in conjunction with the 9th ASEAN Widget Summit, Ruritania will convene the 2nd ASEAN-Ruritania "
        "Summit and the 1st ASEAN-Ruritania-Borduria Summit."
    )
    dated = {m.name: m.date for m in ex.meetings}
    assert dated["2nd ASEAN-Ruritania Summit"] == PartialDate(2031, 5, 27)
    assert dated["1st ASEAN-Ruritania-Borduria Summit"] == PartialDate(2031, 5, 27)
    assert dated["9th ASEAN Widget Summit"] != PartialDate(2031, 5, 27)


def test_a_weekday_of_an_event_held_within_a_meeting_is_not_that_meeting_s_day() -> None:
    """'On Thursday, within the framework of the X, ministers held a dialogue with Y': the X is not on Thursday."""
    ex = parse(
        "HANOI, 21 November 2031 (Wire) - Energy ministers met in Hanoi this week for the 49th ASEAN Ministers on "
        "Energy Meeting (AMEM 49).\n\n"
        "On Thursday, within the framework of AMEM 49, ministers held a dialogue with the Widget Agency."
    )
    (m,) = [m for m in ex.meetings if m.ordinal == 49]
    assert m.date is None or m.date.earliest.day != 20


def test_a_lede_dates_its_one_meeting_across_a_long_object() -> None:
    """'Ministers on Friday adopted <a long plan title>, covering 2026-2030, at the 40th X (X 40)': Friday."""
    ex = parse(
        "HANOI, 21 November 2031 (Wire) - Widget ministers of the Association of Southeast Asian Nations on Friday "
        "adopted the second phase of the ASEAN Plan of Action for Widget Cooperation (APAWC), covering the period "
        "2031-2035, at the 40th ASEAN Widget Ministers' Meeting (AWMM 40)."
    )
    (m,) = ex.meetings
    assert m.date == PartialDate(2031, 11, 21)


def test_dated_programme_lines_are_not_datelines() -> None:
    """A dateline alone on its line, then '- **Thursday, 6 February** - officials met at the X': the X's day."""
    ex = parse(
        "# Widget Ministers' Retreat\n\n**Ministry of Foreign Affairs of Ruritania**  \nStrelsau, 8 February 2031\n\n"
        "---\n\nRuritania today concluded the ASEAN Widget Ministers' Retreat in Strelsau.\n\n## Programme\n\n"
        "- **Thursday, 6 February** - Senior officials met at the ASEAN Senior Widget Officials' Meeting to prepare "
        "the ministerial talks.\n"
        "- **Saturday, 8 February** - The Retreat itself was held behind closed doors.\n",
        source="t.md",
    )
    dated = {m.name: m.date for m in ex.meetings}
    assert dated["ASEAN Senior Widget Officials' Meeting"] == PartialDate(2031, 2, 6)
    assert dated["ASEAN Widget Ministers' Retreat"] == PartialDate(2031, 2, 8)


def test_leaders_meeting_in_a_capital_dates_the_meeting_the_next_sentence_opens_with() -> None:
    """'Leaders meeting in the capital on Saturday agreed ... The ASEAN Widget Leaders' Meeting was held ...'."""
    ex = parse(
        "MANILA, 24 May 2031 (Wire) - Southeast Asian leaders meeting in the Philippine capital on Saturday agreed "
        "on a widget plan, at talks attended by the Ruritanian envoy.\n\n"
        "The ASEAN Widget Leaders' Meeting was held at the Manila Hall."
    )
    (m,) = ex.meetings
    assert m.date == PartialDate(2031, 5, 24)


def test_a_date_decades_from_the_kb_edition_is_not_the_numbered_meeting_s() -> None:
    """'The 28th ALMM marked half a century since the ministers first met in April 1975': the KB puts it in 2024."""
    ex = parse(
        "The 28th ASEAN Labour Ministers' Meeting (28th ALMM) concluded in Singapore. The 28th ALMM marked half a "
        "century since the ASEAN Labour Ministers first met, in Jakarta, in April 1975."
    )
    (m,) = [m for m in ex.meetings if m.ordinal == 28]
    assert m.date is not None
    assert m.date.earliest.year == 2024


def test_a_weekday_between_verb_and_date_keeps_the_date_with_the_meeting_before_it() -> None:
    """'The 28th X opened on Wednesday, 30 October, and the 13th Y was held today': the 30th is the X's."""
    ex = parse(
        "Singapore, 31 October 2024 - The 28th ASEAN Labour Ministers' Meeting (28th ALMM) and the 13th ASEAN Plus "
        "Three Labour Ministers' Meeting (13th ALMM+3) concluded today. The 28th ALMM opened on Wednesday, "
        "30 October, and the 13th ALMM+3 was held today."
    )
    (m,) = [m for m in ex.meetings if m.ordinal == 28]
    assert m.date == PartialDate(2024, 10, 30)


def test_coordinated_meetings_that_met_jointly_share_the_date() -> None:
    """'The 8th X and the 9th Y met as a joint session on 27 November 2031': both on that day."""
    ex = parse(
        "The 8th ASEAN Widget Ministers' Meeting and the 9th ASEAN Gadget Ministers' Meeting met as a joint session "
        "on 27 November 2031, by video conference."
    )
    assert [m.date for m in ex.meetings] == [PartialDate(2031, 11, 27)] * 2


def test_related_meetings_of_one_year_s_section_do_not_date_another_year_s() -> None:
    """A notes page with '## 2031' and '## 2033' sections: the 2033 umbrella's month is not the 2031 meeting's."""
    ex = parse(
        "# Widget ministers: notes\n\n## 2031 - online\n\n- The 8th ASEAN Widget Ministers' Meeting was chaired by "
        "Ruritania.\n\n## 2033 - Strelsau\n\n- Ruritania hosted the 10th ASEAN Widget Ministers' Meeting and related "
        "meetings in Strelsau from 9 to 13 October 2033.\n",
        source="notes.md",
    )
    eighth = next(m for m in ex.meetings if m.ordinal == 8)
    assert eighth.date is None or eighth.date.earliest.year != 2033


def test_a_lede_s_act_dates_the_meeting_the_next_sentence_says_it_was_done_at() -> None:
    """'Ministers on Wednesday adopted a blueprint ... The plan was adopted at the X': X on that Wednesday."""
    ex = parse(
        "STRELSAU, 8 October 2031 (Wire) -- Widget ministers of ASEAN on Wednesday adopted a new regional "
        "blueprint for widget cooperation.\n\n"
        "The plan was adopted at the 9th ASEAN Widget Ministers' Meeting, chaired by the Ruritanian minister.\n\n"
        "On Thursday the ministers will meet partners in three meetings held in conjunction with the ASEAN Widget "
        "Ministers' Meeting."
    )
    (m,) = [m for m in ex.meetings if m.ordinal == 9]
    assert m.date == PartialDate(2031, 10, 8)
    assert m.status is MeetingStatus.HELD  # "in conjunction with the X" in a future sentence: X is no meeting to come


def test_concluded_today_takes_the_range_that_ends_today() -> None:
    """'Today I concluded the X' under '6 March 2031' and 'Over three days, from 4 to 6 March, ...': 4-6 March."""
    ex = parse(
        "MEDIA RELEASE\n\n6 March 2031\n\nToday I concluded the ASEAN-Ruritania Special Summit, which I was "
        "honoured to co-chair.\n\nOver three days, from 4 to 6 March, Strelsau welcomed the leaders of Southeast Asia."
    )
    (m,) = ex.meetings
    assert m.date == DateRange(PartialDate(2031, 3, 4), PartialDate(2031, 3, 6))


def test_a_yearless_dateline_takes_the_year_of_a_kb_edition_reported_today() -> None:
    """'Bangkok, 6 September' then 'today chaired the 51st AEM': the KB's 51st AEM (2019) gives the year."""
    ex = parse(
        "MINISTRY OF WIDGETS\n\nBangkok, 6 September\n\nThe Deputy Prime Minister today chaired the 51st ASEAN "
        "Economic Ministers' Meeting (AEM) in Bangkok."
    )
    (m,) = ex.meetings
    assert m.date == PartialDate(2019, 9, 6)


def test_held_in_a_place_on_a_date_dates_the_meeting_before_it() -> None:
    """'The X, held in Hue on 24-25 July, and the Y with China on 26 July': each meeting has its own date.

    A 'Post' in the next sentence is no social-media post that the date belongs to.
    """
    ex = parse(
        "The Meeting took place following the 40th ASEAN Widget Meeting, held in Hue on 24-25 July 2031 under the "
        "chairmanship of Dr. An Nguyen, and the ASEAN Plus Three Widget Meeting with China on 26 July 2031. The "
        "ASEAN Post Ministerial Conferences follow."
    )
    dates = {m.name: m.date for m in ex.meetings}
    assert dates == {
        "40th ASEAN Widget Meeting": DateRange(PartialDate(2031, 7, 24), PartialDate(2031, 7, 25)),
        "ASEAN Plus Three Widget Meeting": PartialDate(2031, 7, 26),
    }
