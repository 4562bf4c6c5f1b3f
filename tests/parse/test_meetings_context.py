"""Meetings: what the dateline, the knowledge base and the wording around a meeting add to it, and when they do not.

Every text here is invented for the test; meetings named by ordinal use the knowledge base's public edition tables.
"""

import pytest

from asean_records import DateRange, InferenceReason, MeetingMode, PartialDate, parse


def _by_name(text: str) -> dict[str, object]:
    return {m.name: m for m in parse(text, source="t").meetings}


def test_a_year_less_dateline_takes_the_year_of_the_edition_it_falls_in() -> None:
    """'VIENTIANE, October 9 ... today' and the 44th ASEAN Summit (8-11 October 2024 in the table): 9 October 2024."""
    ex = parse("VIENTIANE, October 9 (Widget News) -- The 44th ASEAN Summit took place today in the Lao capital.")
    m = ex.meetings[0]
    assert m.date == PartialDate(2024, 10, 9)
    basis = ex.where(m, "date").basis
    assert basis.reason == InferenceReason.RELATIVE_DATE
    assert "44th" in (basis.detail or "")


def test_a_year_less_dateline_far_from_the_edition_gives_no_day() -> None:
    """A dateline in another month than the edition: 'today' is not dated through it (the table date stays)."""
    ex = parse("VIENTIANE, March 9 (Widget News) -- Officials met today to prepare the 44th ASEAN Summit.")
    m = ex.meetings[0]
    assert m.date != PartialDate(2024, 3, 9)


def test_the_dateline_beats_a_later_posted_on_day_for_today() -> None:
    """'Posted on 31 October' above 'HUE, 30 October 2031 - ... convened today': today is the 30th."""
    ex = parse(
        "Posted on 31 October 2031\n\nHUE, 30 October 2031 - The 3rd ASEAN Widget Ministers' Meeting convened today."
    )
    assert ex.meetings[0].date == PartialDate(2031, 10, 30)


def test_held_here_today_takes_the_dateline_city() -> None:
    """'VIENTIANE, <date> - The X was held here today': city and host from the dateline, inferred."""
    ex = parse("VIENTIANE, 30 October 2031 - The 3rd ASEAN Widget Ministers' Meeting was held here today.")
    m = ex.meetings[0]
    assert (m.city, m.host_country) == ("Vientiane", "LA")
    assert ex.where(m, "city").basis.reason == InferenceReason.PLACE_FROM_DATELINE


def test_a_meeting_held_elsewhere_keeps_its_own_city() -> None:
    """The dateline city is no meeting's city when the text says where the meeting was."""
    ex = parse("VIENTIANE, 30 October 2031 - The 3rd ASEAN Widget Ministers' Meeting opened today in Bangkok.")
    assert ex.meetings[0].city == "Bangkok"


def test_a_meeting_still_to_come_takes_no_dateline_city() -> None:
    """'will be held next year': nothing ties it to the dateline's place."""
    ex = parse("VIENTIANE, 30 October 2031 - The 4th ASEAN Widget Ministers' Meeting will be held next year.")
    assert ex.meetings[0].city is None


def test_a_release_date_after_the_meeting_is_not_its_date() -> None:
    """'held from July 31 to August 2 ..., according to a statement released on Friday, August 4, 2031'."""
    ex = parse(
        "The ASEAN Widget Ministers' Meeting was held from July 31 to August 2 in Hue, according to a statement "
        "released on Friday, August 4, 2031."
    )
    assert ex.meetings[0].date == DateRange(PartialDate(2031, 7, 31), PartialDate(2031, 8, 2))


def test_an_all_capitals_headline_keeps_its_ordinal_and_range() -> None:
    """'HUE TO HOST 63RD ... MEETING FROM 24 TO 27 JULY 2031': ordinal 63 and the range 24-27 July."""
    ex = parse(
        "HUE TO HOST 63RD ASEAN ECONOMIC MINISTERS' MEETING FROM 24 TO 27 JULY 2031\n\n"
        "The meeting will bring together the economic ministers of the region."
    )
    m = ex.meetings[0]
    assert m.ordinal == 63
    assert m.date == DateRange(PartialDate(2031, 7, 24), PartialDate(2031, 7, 27))


def test_both_scheduled_for_gives_the_date_to_each_of_the_pair() -> None:
    """'the A and the B, both scheduled for 13 July, and the C on 14 July'."""
    text = (
        "HUE, 10 July 2031 - The 4th ASEAN Widget Ministers' Meeting and the 2nd ASEAN Gadget Ministers' Meeting, "
        "both scheduled for 13 July, and the 6th ASEAN Gizmo Forum on 14 July will follow the retreat."
    )
    dates = {m.ordinal: m.date for m in parse(text).meetings}
    assert dates == {4: PartialDate(2031, 7, 13), 2: PartialDate(2031, 7, 13), 6: PartialDate(2031, 7, 14)}


def test_a_written_range_replaces_a_day_inferred_from_today() -> None:
    """'closed today' then 'The Meeting, held on 5-7 September 2031': the written range wins."""
    ex = parse(
        "HUE, 7 September 2031 - The 3rd ASEAN Widget Ministers' Meeting closed today.\n\n"
        "The Meeting, held on 5-7 September 2031, adopted a joint statement."
    )
    assert ex.meetings[0].date == DateRange(PartialDate(2031, 9, 5), PartialDate(2031, 9, 7))


def test_a_lower_case_ordinal_counting_a_year_is_no_series_number() -> None:
    """'the second ASEAN Summit hosted by Indonesia this year' is no 2nd ASEAN Summit."""
    ex = parse("JAKARTA, 5 September 2031 - Leaders met for the second ASEAN Summit hosted by Indonesia this year.")
    assert all(m.ordinal is None for m in ex.meetings)


def test_a_capitalised_ordinal_word_is_the_series_number() -> None:
    """'the Second ASEAN Widget Forum' keeps ordinal 2."""
    ex = parse("The Second ASEAN Widget Forum was held in Hue on 5 May 2031.")
    assert ex.meetings[0].ordinal == 2


def test_preceded_by_reports_both_meetings() -> None:
    """'The A Retreat was preceded by the B Retreat on <date>': two meetings."""
    ex = parse("The ADMM Retreat was preceded by the ADSOM Retreat on 25 February 2031.")
    assert len(ex.meetings) == 2


def test_partner_organisation_and_long_country_names_in_hyphenated_meetings() -> None:
    """'ASEAN-EU PMC' has the EU as partner; 'ASEAN-Republic of Korea ... Summit' has KR."""
    eu = parse("The ASEAN-EU PMC was held on 13 July 2031 in Hue.").meetings[0]
    assert eu.partners == ("EU",)
    kr = parse("The ASEAN-Republic of Korea Widget Summit was held on 25 November 2031.").meetings[0]
    assert kr.partners == ("KR",)


def test_a_partner_body_meeting_is_no_post_ministerial_conference() -> None:
    """'ASEAN-EU Ministerial Meeting' is a meeting of its own, not the PMC+1."""
    m = parse("The ASEAN-EU Ministerial Meeting was held on 2 February 2031.").meetings[0]
    assert m.series != "PMC"


def test_a_numbered_ordinal_before_this_year_stays() -> None:
    """'the 58th and 59th ASEAN Widget Ministers' Meetings this year': digits are series numbers."""
    ex = parse("HUE, 5 May 2031 - Viet Nam will host the 58th and 59th ASEAN Widget Ministers' Meetings this year.")
    assert sorted(m.ordinal or 0 for m in ex.meetings) == [58, 59]


def test_two_weekdays_make_a_range() -> None:
    """'held on Monday and Tuesday in Busan' in a text of Wednesday 26 November 2031: 24-25 November, in Busan."""
    m = parse("SEOUL, Nov. 26, 2031 (Widget) -- The ASEAN-Korea Widget Summit was held on Monday and Tuesday in Busan.")
    only = m.meetings[0]
    assert only.date == DateRange(PartialDate(2031, 11, 24), PartialDate(2031, 11, 25))
    assert only.city == "Busan"


def test_coordinated_meetings_held_today_are_all_dated() -> None:
    """'The A, the B and the C were held yesterday': each takes the day."""
    ex = parse(
        "HUE, 27 May 2031 - The 3rd ASEAN Widget Summit, the 4th ASEAN Gadget Summit and the 2nd ASEAN Gizmo Summit "
        "were held yesterday."
    )
    assert {m.ordinal: m.date for m in ex.meetings} == {n: PartialDate(2031, 5, 26) for n in (2, 3, 4)}


def test_a_meeting_not_in_the_list_takes_no_day() -> None:
    """'After the A, the B was held today': only B is dated."""
    ex = parse("HUE, 27 May 2031 - After the 3rd ASEAN Widget Summit, the 2nd ASEAN Gizmo Summit was held today.")
    dates = {m.ordinal: m.date for m in ex.meetings}
    assert dates[2] == PartialDate(2031, 5, 27)
    assert dates[3] is None


def test_an_uncounted_plural_gives_the_chair_to_every_meeting_named_before() -> None:
    """'The meetings were chaired by P' and 'All meetings were chaired by P' cover the meetings just named."""
    for anaphor in ("The meetings", "All meetings"):
        ex = parse(
            "HUE, 6 September 2031 - The 3rd ASEAN Widget Summit and the 4th ASEAN Gadget Summit were held on 5-6 "
            f"September 2031. {anaphor} were chaired by President Tran Van Minh."
        )
        assert [m.chairs for m in ex.meetings] == [("Tran Van Minh",), ("Tran Van Minh",)]


def test_theme_forms() -> None:
    """Themes after 'the theme of <chair>'s Chairmanship this year,' and 'Chairmanship theme,' are read."""
    ex = parse(
        "The 3rd ASEAN Widget Summit was held in Hue on 5 May 2031 under the theme of Viet Nam's ASEAN "
        'Chairmanship this year, "Widgets Matter".'
    )
    assert ex.meetings[0].theme == "Widgets Matter"
    ex = parse('The 3rd ASEAN Widget Summit opened on 5 May 2031, carrying the Chairmanship theme, "Widgets Matter".')
    assert ex.meetings[0].theme == "Widgets Matter"


def test_themes_such_as_is_no_theme() -> None:
    """'discussed themes such as "widget trade"' names no theme."""
    ex = parse('The ministers discussed themes such as "widget trade" at the 5th ASEAN Widget Meeting on 5 May 2031.')
    assert ex.meetings[0].theme is None


def test_a_theme_after_a_comma_belongs_to_the_subject() -> None:
    """'The X was held in Hue, alongside the Y, under the theme "T"': the theme is X's."""
    ex = parse(
        "The 27th ASEAN Widget Ministers' Meeting was held on 20 January 2031 in Hue, alongside the ASEAN Widget "
        'Forum, under the theme "Widgets for All".'
    )
    themes = {m.name: m.theme for m in ex.meetings}
    assert themes["27th ASEAN Widget Ministers' Meeting"] == "Widgets for All"
    assert themes.get("ASEAN Widget Forum") is None


def test_coordinated_ordinals_share_the_theme() -> None:
    """'The 44th and 45th X Summits ... under the theme "T"': both have it."""
    ex = parse('The 44th and 45th ASEAN Widget Summits were held in Hue on 8-11 October 2031 under the theme "T One".')
    assert [m.theme for m in ex.meetings] == ["T One", "T One"]


def test_a_consultation_with_a_partner_minister_ends_before_the_minister() -> None:
    """'the 21st AEM-WIDCOM Consultation with China's Minister of Widgets NAME': the name stops, CN is the partner."""
    ex = parse(
        "HUE, 16 September 2031 - The 21st AEM-WIDCOM Consultation with China's Minister of Widgets Li Ming was "
        "held today."
    )
    m = ex.meetings[0]
    assert m.name == "21st AEM-WIDCOM Consultation"
    assert m.partners == ("CN",)


def test_a_sentence_opening_preposition_is_not_part_of_the_name() -> None:
    """'At the AEM-WIDCER Consultation, ...' after 'the 30th AEM-WIDCER Consultation with A and B': one meeting."""
    ex = parse(
        "HUE, 16 September 2031 - Ministers held the 30th AEM-WIDCER Consultation with Australia and New Zealand "
        "today. At the AEM-WIDCER Consultation, the ministers welcomed progress."
    )
    assert len(ex.meetings) == 1
    assert not ex.meetings[0].name.startswith("At ")


def test_a_side_meeting_takes_the_place_of_the_meeting_it_sat_beside() -> None:
    """'On the sidelines of the X (in Vientiane), the Y was held': Y is in Vientiane, inferred from its parent."""
    ex = parse(
        "HUE, 10 July 2031 - The 64th ASEAN Widget Ministers' Meeting was held in Vientiane on 8-11 July 2031. On the "
        "sidelines of the 64th ASEAN Widget Ministers' Meeting, the ASEAN-Japan Gadget Dialogue took place on 9 July."
    )
    side = next(m for m in ex.meetings if m.ordinal is None)
    assert side.parent is not None
    assert (side.city, side.host_country) == ("Vientiane", "LA")
    assert ex.where(side, "city").basis.reason == InferenceReason.PLACE_FROM_PARENT


def test_a_meeting_without_a_parent_takes_no_place_from_another() -> None:
    """Two meetings in one text, no sidelines cue: the second has no city of its own."""
    ex = parse(
        "HUE, 10 July 2031 - The 64th ASEAN Widget Ministers' Meeting was held in Hue on 8 July 2031. "
        "The ASEAN-Japan Gadget Dialogue will be held next year."
    )
    other = next(m for m in ex.meetings if m.ordinal is None)
    assert other.city is None


def test_a_retreat_is_not_merged_into_the_numbered_meeting_of_its_series() -> None:
    """'the ASEAN Defence Ministers' Meeting (ADMM) Retreat' and 'the 25th ADMM' are two meetings."""
    ex = parse(
        "HUE, 26 February 2031 - Minister Tran Van Minh chaired the ASEAN Defence Ministers' Meeting (ADMM) Retreat "
        "here today. The 25th ADMM will be held in November 2031."
    )
    assert len(ex.meetings) == 2


_RELATED = (
    "SIEM REAP, 16 September 2031 - The 54th ASEAN Widget Ministers' Meeting and Related Meetings were held in "
    "Siem Reap, Cambodia, from 14 to 18 September 2031. The ministers also held the 25th AEM-India Consultation "
    "and the 10th AEM-Japan Consultation. The 55th ASEAN Widget Ministers' Meeting will be held in Hanoi next year."
)


def test_related_meetings_take_the_place_and_month_of_the_umbrella_meeting() -> None:
    """Meetings reported beside 'the X Meeting and Related Meetings in <city>, <range>' are there, that month."""
    ex = parse(_RELATED)
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    for n in (25, 10):
        m = by_ordinal[n]
        assert (m.city, m.host_country, m.date) == ("Siem Reap", "KH", PartialDate(2031, 9))
        assert ex.where(m, "date").basis.reason == InferenceReason.DATE_FROM_PARENT
        assert ex.where(m, "city").basis.reason == InferenceReason.PLACE_FROM_PARENT


def test_a_meeting_still_to_come_is_no_related_meeting() -> None:
    """'The 55th ... will be held in Hanoi next year' keeps its own place and takes no month from the umbrella."""
    m = next(m for m in parse(_RELATED).meetings if m.ordinal == 55)
    assert m.city == "Hanoi"
    assert m.date != PartialDate(2031, 9)


def test_without_related_meetings_nothing_is_carried() -> None:
    """Without 'and Related Meetings', another meeting in the text takes no place or month from the first."""
    ex = parse(_RELATED.replace(" and Related Meetings were", " was"))
    m = next(m for m in ex.meetings if m.ordinal == 25)
    assert (m.city, m.date) == (None, None)


def test_coordinated_meetings_before_a_plural_verb_share_the_date() -> None:
    """'The 19th ADMM and the 12th ADMM-Plus are scheduled ... in November 2025': both in November."""
    ex = parse("The 19th ADMM and the 12th ADMM-Plus are scheduled to be held in Kuala Lumpur in November 2025.")
    assert [m.date for m in ex.meetings] == [PartialDate(2025, 11), PartialDate(2025, 11)]


def test_a_date_after_held_belongs_to_the_meeting_before_it() -> None:
    """'The A was held in October 2031 and the B is scheduled in November 2031': A in October, B in November."""
    ex = parse(
        "The 5th ASEAN Widget Meeting was held in October 2031 and the 3rd ASEAN Gadget Meeting is scheduled in "
        "November 2031."
    )
    assert {m.ordinal: m.date for m in ex.meetings} == {5: PartialDate(2031, 10), 3: PartialDate(2031, 11)}


def test_the_umbrella_month_refines_a_year_from_the_edition_table() -> None:
    """A related meeting dated only to a year by the table takes the umbrella meeting's month of that year."""
    ex = parse(
        "VIENTIANE, 27 July 2024 - The 57th ASEAN Foreign Ministers' Meeting and Related Meetings were held in "
        "Vientiane from 24 to 27 July 2024. The ministers also attended the 31st ASEAN Regional Forum."
    )
    arf = next(m for m in ex.meetings if m.series == "ARF")
    assert arf.date is not None
    assert (arf.date.earliest.year, arf.date.earliest.month) == (2024, 7)


def test_a_dated_text_keeps_its_year_against_the_edition_table() -> None:
    """'SEOUL, 10 March 2031 - ... the 10th ASEAN Summit ... on March 12-13': 2031, no place from the 2004 edition."""
    ex = parse("SEOUL, 10 March 2031 (Widget) - The 10th ASEAN Summit will be held on March 12-13.")
    (m,) = ex.meetings
    assert m.date == DateRange(PartialDate(2031, 3, 12), PartialDate(2031, 3, 13))
    assert (m.city, m.host_country) == (None, None)


def test_an_undated_text_takes_the_year_of_the_edition() -> None:
    """Without a dateline, 'the 44th ASEAN Summit opened on October 8' is 2024 (the table's edition)."""
    (m,) = parse("The 44th ASEAN Summit opened on October 8.").meetings
    assert m.date == PartialDate(2024, 10, 8)


def test_the_following_day_is_one_day_after_the_last_meeting_day() -> None:
    """'... was held on 8 May 2031. The following day, the Y was held': 9 May 2031, inferred."""
    ex = parse(
        "HUE, 10 May 2031 - The 5th ASEAN Widget Ministers' Meeting was held on 8 May 2031. The following day, the "
        "2nd ASEAN-Japan Widget Ministers' Meeting was held."
    )
    y = next(m for m in ex.meetings if m.ordinal == 2)
    assert y.date == PartialDate(2031, 5, 9)
    assert ex.where(y, "date").basis.reason == InferenceReason.RELATIVE_DATE


def test_since_a_year_is_no_meeting_date() -> None:
    """'which marks 50 years of partnership since 1981, concluded today': the date is today's, not 1981."""
    ex = parse(
        "HUE, 6 March 2031 - The ASEAN-Australia Widget Summit, which marks 50 years of partnership since 1981, "
        "concluded today."
    )
    assert ex.meetings[0].date == PartialDate(2031, 3, 6)


def test_prior_to_opening_a_sentence_is_no_part_of_the_name() -> None:
    """'Prior to the ACC Meeting, ...' names the 'ACC Meeting'."""
    ex = parse("Prior to the ACC Meeting, the ministers met on 5 May 2031.")
    assert [m.name for m in ex.meetings] == ["ACC Meeting"]


def test_an_acronym_with_plus_three_is_the_plus_three_meeting() -> None:
    """'the 17th AMME Plus Three' is not the 17th AMME: its own name, no AMME series, partners CN, JP, KR."""
    (m,) = parse("On 1 October 2031, the 17th AMME Plus Three was held.").meetings
    assert m.name == "17th AMME Plus Three"
    assert m.series != "AMME"
    assert m.partners == ("CN", "JP", "KR")


def test_partner_meetings_with_a_lower_case_head() -> None:
    """'the ASEAN-Japan summit was held', 'attended the ASEAN Plus Three foreign ministers' meeting'."""
    (jp,) = parse("The ASEAN-Japan summit was held on 17 December 2031 in Tokyo.").meetings
    assert (jp.name, jp.partners, jp.city) == ("ASEAN-Japan Summit", ("JP",), "Tokyo")
    (apt,) = parse("He attended the ASEAN Plus Three foreign ministers' meeting on 11 July 2031.").meetings
    assert apt.name == "ASEAN Plus Three Foreign Ministers' Meeting"


def test_a_lower_case_partner_summit_only_talked_about_is_no_meeting() -> None:
    """'discussed the ASEAN-Japan summit agenda': no verb reports a summit held."""
    assert parse("Officials discussed the ASEAN-Japan summit agenda.").meetings == ()


def test_an_open_bracket_is_no_part_of_a_name() -> None:
    """'(Senior Officials' Meeting: 26-27 November 2031; ...)' names the Senior Officials' Meeting."""
    ex = parse("The programme (Senior Officials' Meeting: 26-27 November 2031; ministers on 28 November) was set.")
    assert [m.name for m in ex.meetings] == ["Senior Officials' Meeting"]


def test_coordinated_meetings_share_the_place_and_day_written_after_the_last() -> None:
    """'chaired the A and the B in Kuala Lumpur on 15 October 2031': both there, that day."""
    ex = parse(
        "HUE, 16 October 2031 - The minister chaired the 12th ASEAN Widget Ministers' Meeting and the 13th Meeting "
        "of the Gadget Council in Kuala Lumpur on 15 October 2031."
    )
    assert {(m.city, m.host_country, m.date) for m in ex.meetings} == {
        ("Kuala Lumpur", "MY", PartialDate(2031, 10, 15))
    }


def test_a_meeting_in_another_clause_keeps_its_own_place() -> None:
    """'The A was held on 15 October, and the B in Kuala Lumpur on 16 October': A takes neither."""
    ex = parse(
        "The 12th ASEAN Widget Ministers' Meeting was held on 15 October 2031, and the 13th Meeting of the Gadget "
        "Council in Kuala Lumpur on 16 October 2031."
    )
    a = next(m for m in ex.meetings if m.ordinal == 12)
    assert a.date == PartialDate(2031, 10, 15)
    # not stated for A: at most inferred from the meeting the next day (place_from_sibling)
    assert ex.where(a, "city").basis.reason == InferenceReason.PLACE_FROM_SIBLING


def test_headed_the_delegation_to_the_x_yesterday() -> None:
    """'headed the delegation to the X in Vientiane, Laos yesterday' dates the X a day before the text."""
    ex = parse(
        "MANILA, Sept. 20, 2031 - The secretary, who headed the delegation to the 18th ASEAN Widget Ministers' "
        "Meeting in Vientiane, Laos yesterday, said the talks went well."
    )
    assert ex.meetings[0].date == PartialDate(2031, 9, 19)


def test_a_meeting_of_a_named_body_the_knowledge_base_lacks() -> None:
    """'The meeting of the WIDGA Joint Committee was held on ...': a meeting, named after the body."""
    (m,) = parse("The meeting of the WIDGA Joint Committee was held on 17 February 2031 in Jakarta.").meetings
    assert (m.name, m.date) == ("Meeting of the WIDGA Joint Committee", PartialDate(2031, 2, 17))


def test_a_meeting_of_a_body_only_talked_about_is_no_meeting() -> None:
    """'A meeting of the Widget Committee discussed trade' reports no meeting held, chaired or scheduled."""
    assert parse("A meeting of the Widget Committee discussed trade.").meetings == ()


def test_an_all_capitals_headline_verb_ends_the_name_and_inaugural_is_the_first() -> None:
    """'VIET NAM CHAIRS INAUGURAL ... MEETING' above 'The 1st ASEAN Digital Ministers' Meeting': one meeting."""
    ex = parse(
        "VIET NAM CHAIRS INAUGURAL ASEAN DIGITAL MINISTERS' MEETING\n\n"
        "HANOI, 22 January 2031 - The 1st ASEAN Digital Ministers' Meeting was held virtually today."
    )
    assert [(m.ordinal, m.date) for m in ex.meetings] == [(1, PartialDate(2031, 1, 22))]


def test_the_same_day_never_takes_a_recalled_meeting_s_day() -> None:
    """'recalled the 1st X held on 20 October 2029 ... the Y later the same day' in a text of 2031: no day for Y."""
    ex = parse(
        "HUE, 27 May 2031 - We recalled the 1st ASEAN-Gadget Summit held in Hue on 20 October 2029. We welcomed "
        "the convening of the ASEAN-Gizmo Summit later the same day."
    )
    y = next(m for m in ex.meetings if m.ordinal is None)
    assert y.date is None


def test_attending_the_x_tomorrow() -> None:
    """'who is attending the X tomorrow' in a text of 26 October 2031: 27 October 2031."""
    ex = parse(
        "HUE, 26 Oct 2031 (Widget) -- The president, who is attending the 13th ASEAN-Gizmo Summit tomorrow, "
        "arrived this morning."
    )
    assert ex.meetings[0].date == PartialDate(2031, 10, 27)


_VISIT = (
    "MANILA, 2 June 2031 - Secretary Juan Cruz will be in Jakarta, Indonesia, from 7 to 10 June 2031 to attend the "
    "64th ASEAN Widget Ministers' Meeting and Related Meetings. He will also attend the 12th ASEAN Plus Three Widget "
    "Ministers' Meeting and the 3rd ASEAN-Japan Widget Consultation. The 65th ASEAN Widget Ministers' Meeting will "
    "be held in 2032."
)


def test_a_visit_made_to_attend_a_meeting_places_it() -> None:
    """'<Person> will be in Jakarta ... to attend the X': the X is in Jakarta."""
    first = parse(_VISIT).meetings[0]
    assert (first.ordinal, first.city, first.host_country) == (64, "Jakarta", "ID")


def test_scheduled_related_meetings_of_a_scheduled_umbrella_share_its_place_and_month() -> None:
    """Meetings still to come beside a scheduled 'X and Related Meetings' are there too; the next X is not."""
    ex = parse(_VISIT)
    by_ordinal = {m.ordinal: m for m in ex.meetings}
    for n in (12, 3):
        m = by_ordinal[n]
        assert (m.city, m.host_country, m.date) == ("Jakarta", "ID", PartialDate(2031, 6))
        assert ex.where(m, "city").basis.reason == InferenceReason.PLACE_FROM_PARENT
    assert (by_ordinal[65].city, by_ordinal[65].date) == (None, PartialDate(2032))


def test_a_scheduled_meeting_is_no_related_meeting_of_a_held_umbrella() -> None:
    """After a held 'X and Related Meetings', a meeting still to come takes nothing from it."""
    ex = parse(
        "The 64th ASEAN Widget Ministers' Meeting and Related Meetings were held in Jakarta from 7 to 10 June 2031. "
        "The 12th ASEAN Plus Three Widget Ministers' Meeting will take place later."
    )
    m = next(m for m in ex.meetings if m.ordinal == 12)
    assert (m.city, m.date) == (None, None)


_SPECIAL = (
    "OTTAWA, 5 May 2031 - Leaders today concluded the ASEAN-Canada Special Summit in Halifax, marking 40 years "
    "since Canada became a Dialogue Partner in 1991. It follows the 2027 ASEAN-Canada Special Summit in Ottawa. "
    "Leaders will meet again at the ASEAN-Canada Summit in Hanoi in October."
)


def test_a_special_summit_is_not_the_regular_summit_of_its_series() -> None:
    """'ASEAN-Canada Special Summit' and 'ASEAN-Canada Summit' in one text are two meetings."""
    names = [m.name for m in parse(_SPECIAL).meetings]
    assert "ASEAN-Canada Summit" in names
    assert "ASEAN-Canada Special Summit" in names


def test_a_year_in_a_clause_about_an_earlier_event_dates_no_meeting() -> None:
    """'... since Canada became a Dialogue Partner in 1991' gives the summit no date 1991."""
    ex = parse(_SPECIAL)
    assert all(m.date is None or m.date.earliest.year != 1991 for m in ex.meetings)


def test_a_verb_of_attending_before_the_meeting_places_it_in_a_city_the_kb_lacks() -> None:
    """'concluded the X in Halifax': the X was in Halifax, though the knowledge base has no Halifax."""
    first = parse(_SPECIAL).meetings[0]
    assert (first.name, first.city) == ("ASEAN-Canada Special Summit", "Halifax")


def test_a_year_before_the_name_makes_that_years_meeting() -> None:
    """'the 2027 ASEAN-Canada Special Summit in Ottawa' is a meeting of its own, dated 2027, in Ottawa."""
    ex = parse(_SPECIAL)
    m = next(m for m in ex.meetings if m.name.startswith("2027 "))
    assert (m.date, m.city, m.host_country) == (PartialDate(2027), "Ottawa", "CA")
    assert ex.quote(m, "date") == ("2027",)
    first = ex.meetings[0]
    assert (first.city, first.host_country) == ("Halifax", None)


def test_an_acronym_in_brackets_inside_a_name_gives_the_meeting_no_series() -> None:
    """'the 22nd ASEAN Regional Forum (ARF) Inter-Sessional Meeting on X' is no 22nd ARF (no date or place of it)."""
    ex = parse(
        "The 22nd ASEAN Regional Forum (ARF) Inter-Sessional Meeting on Widget Safety (ISM on WS) will take place "
        "in Seoul next week."
    )
    (m,) = ex.meetings
    assert (m.series, m.ordinal, m.date) == (None, 22, None)


def test_a_topical_meeting_of_a_body_is_not_the_body_s_own_meeting() -> None:
    """'Korea to co-host ARF meeting on widget safety' makes no ARF meeting."""
    ex = parse("Korea to co-host ARF meeting on widget safety\n\nKorea will co-host the meeting in Seoul.")
    assert all(m.series != "ARF" for m in ex.meetings)


def test_the_text_s_own_place_beats_the_edition_table() -> None:
    """A release datelined in one capital that reports the meeting held there today keeps that place.

    The knowledge base places the 28th ALMM (2024) in Singapore; a text that says otherwise is read as written,
    and the table's place is not mixed in.
    """
    ex = parse("VIENTIANE, 30 October 2024 - The 28th ASEAN Labour Ministers' Meeting was convened here today.")
    (m,) = ex.meetings
    assert (m.city, m.host_country) == ("Vientiane", "LA")
    assert ex.where(m, "city").basis.reason == InferenceReason.PLACE_FROM_DATELINE


def test_the_edition_table_places_a_meeting_the_text_does_not_place() -> None:
    """Without a place in the text, the 28th ALMM takes the table's Singapore, with the reason recorded."""
    ex = parse("The 28th ASEAN Labour Ministers' Meeting concluded on 31 October 2024.")
    (m,) = ex.meetings
    assert (m.city, m.host_country) == ("Singapore", "SG")
    assert ex.where(m, "city").basis.reason == InferenceReason.HOST_FROM_SERIES_ORDINAL


def test_place_and_date_in_brackets_after_the_name() -> None:
    """'The 5th X Meeting (Hue, 24-26 February 2031) adopted ...': in Hue, on those days, stated."""
    ex = parse("The 5th ASEAN Widget Ministers' Meeting (Hue, 24-26 February 2031) adopted a plan.")
    (m,) = ex.meetings
    assert (m.city, m.date) == ("Hue", DateRange(PartialDate(2031, 2, 24), PartialDate(2031, 2, 26)))
    assert ex.quote(m, "city") == ("Hue",)


def test_coordinated_acronyms_share_the_bracketed_place_and_date() -> None:
    """'**ADSOM and ADSOM-Plus (Langkawi, 24-26 February 2031).**': both meetings, both there."""
    ex = parse("**ADSOM and ADSOM-Plus (Langkawi, 24-26 February 2031).** Officials met.")
    assert [(m.series, m.city, m.date.earliest.day if m.date else None) for m in ex.meetings] == [
        ("ADSOM", "Langkawi", 24),
        ("ADSOM-Plus", "Langkawi", 24),
    ]


def test_a_mode_word_in_the_brackets_gives_the_mode() -> None:
    """'(virtual, 3 June 2031)' makes the meeting virtual."""
    (m,) = parse("The Meeting of the ASEAN Widget Working Group (virtual, 3 June 2031) adopted a plan.").meetings
    assert (m.mode, m.date) == (MeetingMode.VIRTUAL, PartialDate(2031, 6, 3))


def test_brackets_that_are_not_a_place_and_a_date_give_nothing() -> None:
    """'(the first since 2019, 5 May 2031)' is no place."""
    (m,) = parse("The 5th ASEAN Widget Ministers' Meeting (the first since 2019, 5 May 2031) was held.").meetings
    assert m.city is None


def test_related_meetings_held_virtually_are_virtual() -> None:
    """'the 3rd X Meeting and its related meetings, which were held virtually': the related meetings are virtual."""
    ex = parse(
        "PUTRAJAYA, 22 January 2031 - Malaysia today chaired the 3rd ASEAN Widget Ministers' Meeting and its related "
        "meetings, which were held virtually from 21 to 22 January 2031. The ministers also held the 2nd ASEAN-Japan "
        "Widget Ministers' Meeting."
    )
    m = next(m for m in ex.meetings if m.ordinal == 2)
    assert m.mode is MeetingMode.VIRTUAL
    assert ex.where(m, "mode").basis.reason == InferenceReason.MODE_FROM_CONTEXT


def test_the_edition_table_dates_nothing_the_text_places_in_another_country() -> None:
    """The table has the 28th ALMM in Singapore; 'the 28th ALMM in Hanoi' takes neither its day nor its place."""
    ex = parse("The minister chaired the 28th ASEAN Labour Ministers' Meeting in Hanoi.")
    (m,) = ex.meetings
    assert (m.city, m.host_country, m.date) == ("Hanoi", "VN", None)


def test_a_month_the_table_agrees_with_takes_the_table_s_year() -> None:
    """'... for adoption at the 46th ASEAN Summit in May' in a text of April 2025: May 2025, the table's year."""
    ex = parse(
        "JAKARTA, 9 April 2025 - The plan was endorsed for adoption by the Leaders at the 46th ASEAN Summit in May."
    )
    m = next(m for m in ex.meetings if m.ordinal == 46)
    assert m.date is not None
    assert (m.date.earliest.year, m.date.earliest.month) == (2025, 5)


def test_a_chair_named_by_one_word_of_a_name_given_before() -> None:
    """'Secretary Cruz co-chaired the X with <title> B': Juan dela Cruz, named in full before, and B chair it."""
    ex = parse(
        "Secretary Juan Santos Cruz arrived in Vientiane. On 25 July 2031, Secretary Cruz co-chaired the "
        "ASEAN-Japan Widget Conference with H.E. Taro Yamada, Minister of Widgets of Japan."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Juan Santos Cruz", "Taro Yamada")


def test_a_co_chair_named_by_one_word_after_with() -> None:
    """'... will co-chair the X with Prime Minister Kowalski' after Kowalski was named in full."""
    ex = parse(
        "Prime Minister Anna Kowalski welcomed Prime Minister Lee Wei Ming. Prime Minister Lee will co-chair the "
        "ASEAN-Poland Special Summit with Prime Minister Kowalski."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Lee Wei Ming", "Anna Kowalski")


def test_one_word_that_fits_two_people_names_no_chair() -> None:
    """Two people share the word: 'Minister Tan chaired' names neither."""
    ex = parse(
        "Minister Tan Wei Ming met Minister Tan Bee Leng. Minister Tan chaired the 5th ASEAN Widget Ministers' Meeting."
    )
    (m,) = ex.meetings
    assert m.chairs == ()


def test_chaired_together_with_makes_a_co_chair() -> None:
    """'A chaired the X on <date> together with President B': both chair it; 'cooperation with B' does not."""
    ex = parse(
        "Prime Minister Ali Hassan chaired the 3rd ASEAN-Widget Summit on 2 May 2031 together with President Jo Kim."
    )
    assert ex.meetings[0].chairs == ("Ali Hassan", "Jo Kim")
    ex = parse(
        "Minister Ali Hassan co-chaired the 5th ASEAN-Japan Widget Meeting, which discussed cooperation with Japan's "
        "Minister Taro Kono."
    )
    assert ex.meetings[0].chairs == ("Ali Hassan",)


def test_the_plus_countries_listed_beside_a_plus_meeting_are_its_partners() -> None:
    """'The 9th ADMM-Plus brought together ... the eight Plus countries: A, B, ...': those are its partners."""
    ex = parse(
        "The 9th ADMM-Plus brought together the ministers of the ten ASEAN Member States and their counterparts "
        "from the Plus countries: Australia, China, India, Japan, New Zealand, the Republic of Korea, the Russian "
        "Federation and the United States."
    )
    (m,) = ex.meetings
    assert m.partners == ("AU", "CN", "IN", "JP", "NZ", "KR", "RU", "US")


def test_one_country_after_the_cue_is_no_list_of_partners() -> None:
    """'... the Plus countries, of which Japan is one': one country is no list; no partner is invented."""
    (m,) = parse("The 9th ADMM-Plus met with the Plus countries of Japan fame in Hanoi on 3 May 2031.").meetings
    assert m.partners == ()


def test_a_number_inside_a_name_after_its_meeting_word() -> None:
    """'the Commemorative Summit for the 50th Year of ASEAN-Widget Friendship' is named in full."""
    (m,) = parse(
        "Leaders attended the Commemorative Summit for the 50th Year of ASEAN-Japan Widget Friendship in Tokyo on "
        "17 December 2031."
    ).meetings
    assert m.name == "Commemorative Summit for the 50th Year of ASEAN-Japan Widget Friendship"
    assert m.ordinal is None


def test_a_gerund_after_the_meeting_word_continues_the_name() -> None:
    """'the Special Ministers' Meeting Celebrating the 30th Anniversary of X' is a meeting, co-chaired on Monday."""
    ex = parse(
        "Foreign Minister Wang Hua and Foreign Minister Ali Hassan on Monday co-chaired the Special Widget "
        "Ministers' Meeting Celebrating the 30th Anniversary of ASEAN-Widget Relations in Hanoi."
    )
    (m,) = ex.meetings
    assert m.name == "Special Widget Ministers' Meeting Celebrating the 30th Anniversary of ASEAN-Widget Relations"
    assert m.chairs == ("Wang Hua", "Ali Hassan")


def test_a_number_before_a_lower_case_word_ends_the_name() -> None:
    """'The Summit for the 3rd time ...': the count is no part of a name."""
    ex = parse("The 5th ASEAN Widget Summit for the 3rd time met in Hanoi on 5 May 2031.")
    assert [m.name for m in ex.meetings] == ["5th ASEAN Widget Summit"]


def test_an_edition_on_the_dateline_day_beats_the_year_of_other_full_dates() -> None:
    """'MANILA, Nov. 14 (PNA) - ... closed the 31st ASEAN Summit on Tuesday ... a summit on January 25, 2018'.

    The table holds the 31st ASEAN Summit on 13-14 November 2017: the dateline is of 2017, not of the one other
    full date in the text.
    """
    ex = parse(
        "MANILA, Nov. 14 (PNA) -- The President on Tuesday closed the 31st ASEAN Summit. Leaders welcomed the "
        "invitation to hold the ASEAN-Widget Commemorative Summit in New Delhi on January 25, 2018."
    )
    m = next(m for m in ex.meetings if m.ordinal == 31)
    assert m.date == PartialDate(2017, 11, 14)


def test_sessions_a_meeting_comprises_are_no_meetings_of_their_own() -> None:
    """'The Summit consisted of a Plenary Session ... and a Leaders' Retreat ...': one meeting, the summit."""
    ex = parse(
        "The 34th ASEAN Widget Summit was held in Bangkok on 22-23 June 2031. The Summit consisted of a Plenary "
        "Session on 22 June and a Leaders' Retreat on 23 June."
    )
    assert [m.ordinal for m in ex.meetings] == [34]
    ex = parse("The Leaders' Retreat was held on 23 June 2031 in Hanoi.")
    assert [m.name for m in ex.meetings] == ["Leaders' Retreat"]


def test_a_date_after_an_including_clause_is_the_main_meeting_s() -> None:
    """'the 35th X Summit and Related Summits, including the 14th Y, in Bangkok from 2 to 4 November': the X's."""
    ex = parse(
        "Thailand will host the 35th ASEAN Widget Summit and Related Summits, including the 14th Gadget Summit, in "
        "Bangkok from 2 to 4 November 2031."
    )
    first = ex.meetings[0]
    assert (first.ordinal, first.date) == (35, DateRange(PartialDate(2031, 11, 2), PartialDate(2031, 11, 4)))


def test_a_meeting_led_by_a_person_is_chaired_by_them() -> None:
    """'the SOM on Monday, which was led by the ministry's secretary-general Datuk Seri NAME': the SOM's chair."""
    ex = parse(
        "The AMM was preceded by the ASEAN Senior Officials' Meeting (SOM) on Monday, which was led by the ministry's "
        "secretary-general Datuk Seri Amir Hamzah Zin."
    )
    som = next(m for m in ex.meetings if m.series == "SOM")
    assert som.chairs == ("Amir Hamzah Zin",)


def test_a_delegation_led_by_a_person_gives_the_meeting_no_chair() -> None:
    """'The delegation to the X was led by P': P led the delegation, not the meeting."""
    (m,) = parse("The Philippine delegation to the 5th ASEAN Widget Meeting was led by Secretary Juan Cruz.").meetings
    assert m.chairs == ()


_TITLE_ONLY = (
    "PHNOM PENH, 13 November 2031 - The 60th and 61st ASEAN Widget Summits were convened on 11 November 2031 under "
    "the chairmanship of Samdech Akka Moha Sena Padei Techo Sok Vanna, Prime Minister of the Kingdom of Cambodia. "
    "On 12 November 2031, Samdech Techo Prime Minister chaired the 10th ASEAN-Gadget Summit. Samdech Techo Prime "
    "Minister will travel to Brussels, Belgium, to co-chair the ASEAN-EU Widget Summit with H.E. Petr Novak, "
    "President of the European Council, on 14 December 2031."
)


def test_coordinated_numbered_meetings_share_a_passive_chair() -> None:
    """'The 60th and 61st X Summits were convened under the chairmanship of P': P chairs both."""
    ex = parse(_TITLE_ONLY)
    assert {m.ordinal: m.chairs for m in ex.meetings if m.ordinal in (60, 61)} == {
        60: ("Sok Vanna",),
        61: ("Sok Vanna",),
    }


def test_a_title_without_a_name_is_the_text_s_one_holder_of_it() -> None:
    """'Samdech Techo Prime Minister chaired the X': the text's only Prime Minister; also after 'will travel to'."""
    ex = parse(_TITLE_ONLY)
    by_name = {m.name: m.chairs for m in ex.meetings}
    assert by_name["10th ASEAN-Gadget Summit"] == ("Sok Vanna",)
    assert by_name["ASEAN-EU Widget Summit"] == ("Sok Vanna", "Petr Novak")


def test_a_title_two_people_hold_names_no_chair() -> None:
    """Two Prime Ministers in the text: 'Samdech Techo Prime Minister chaired' names neither."""
    ex = parse(
        "Prime Minister Sok Vanna met Prime Minister Petr Novak. Samdech Techo Prime Minister then chaired the 10th "
        "ASEAN-Gadget Summit."
    )
    assert ex.meetings[0].chairs == ()


def test_a_video_conference_in_a_headline_is_no_meeting() -> None:
    """'8TH ADMM-PLUS CONVENED VIA VIDEO CONFERENCE' names the 8th ADMM-Plus, not a meeting called so."""
    ex = parse("8TH ADMM-PLUS CONVENED VIA VIDEO CONFERENCE\n\nThe 8th ADMM-Plus was held on 16 June 2031.")
    assert [m.series for m in ex.meetings] == ["ADMM-Plus"]


def test_a_lower_case_partner_meeting_is_the_partner_s_meeting_named_before() -> None:
    """'During the ASEAN-India meeting, ...' after 'the 15th ASEAN-India Summit': one meeting."""
    ex = parse(
        "The 15th ASEAN-India Summit was held in Manila on 14 November 2031. During the ASEAN-India meeting, leaders "
        "welcomed an invitation."
    )
    assert [m.ordinal for m in ex.meetings] == [15]
    assert len(ex.where(ex.meetings[0], "name").spans) == 2


def test_all_meetings_covers_a_list_of_meetings_one_per_item() -> None:
    """'Besides the X, the following were held:', one meeting per item, then 'All meetings were chaired by P'."""
    ex = parse(
        "## Related summits\n\nBesides the 63rd ASEAN Widget Summit, the following meetings were held during the "
        "week:\n\n- **26th ASEAN-China Widget Summit** - 6 September 2031;\n- **18th Gadget Summit** - 7 September "
        "2031.\n\nAll meetings were chaired by President Ali Hassan."
    )
    assert [m.chairs for m in ex.meetings] == [("Ali Hassan",)] * 3


def test_the_meetings_covers_only_those_named_last() -> None:
    """'The meetings were chaired by P' after a sentence naming two meetings: those two, not an earlier one."""
    ex = parse(
        "The 5th ASEAN Widget Summit was held on 1 May 2031. The 6th Gadget Summit and the 7th Sprocket Summit were "
        "held on 2 May 2031. The meetings were chaired by President Ali Hassan."
    )
    assert [m.chairs for m in ex.meetings] == [(), ("Ali Hassan",), ("Ali Hassan",)]


def test_present_tense_chairs_and_a_plural_anaphor() -> None:
    """'the Prime Minister, who chairs the Summits, ...' after the 44th and 45th Summits: P chairs both."""
    ex = parse(
        "Prime Minister Sok Vanna this morning opened the Forty-Fourth and Forty-Fifth ASEAN Widget Summits in "
        "Vientiane on 9 October 2031. In his speech, Prime Minister Sok Vanna, who chairs the Summits, thanked "
        "the leaders."
    )
    assert [(m.ordinal, m.chairs) for m in ex.meetings] == [(44, ("Sok Vanna",)), (45, ("Sok Vanna",))]


def test_will_also_co_chair_and_the_special_summit_as_an_anaphor() -> None:
    """'P will also co-chair the X with <title> B'; 'the Special Summit' after the full name is that meeting."""
    ex = parse(
        "Foreign Minister Wang Hua met ministers. On Tuesday, Wang will also co-chair the 6th Mekong Widget "
        "Ministers' Meeting in Hanoi with Lao Foreign Minister Bounmy Vongsa."
    )
    assert ex.meetings[0].chairs == ("Wang Hua", "Bounmy Vongsa")
    ex = parse(
        "Prime Minister Lee Wei Ming will attend the ASEAN-Poland Special Summit in Warsaw on 17 March 2031. As "
        "Chair of ASEAN, Prime Minister Lee will co-chair the Special Summit with Prime Minister Anna Kowalski."
    )
    assert [m.chairs for m in ex.meetings] == [("Lee Wei Ming", "Anna Kowalski")]


def test_a_meeting_dated_to_another_year_is_no_related_meeting() -> None:
    """Beside 'the 54th X Meeting and Related Meetings' of 2031, a meeting of 2029 takes no place from it."""
    ex = parse(_RELATED + " The ministers recalled the 8th ASEAN-Korea Widget Consultation held in 2029.")
    m = next(m for m in ex.meetings if m.ordinal == 8)
    assert (m.city, m.date) == (None, PartialDate(2029))


def test_respectively_splits_two_days_joined_by_and() -> None:
    """'convened the 15th X and the 8th Y on 15 and 16 June 2031 respectively': one day each."""
    ex = parse(
        "Brunei convened the 15th ADMM and the 8th ADMM-Plus via video conference on 15 and 16 June 2031 respectively."
    )
    assert [m.date for m in ex.meetings] == [PartialDate(2031, 6, 15), PartialDate(2031, 6, 16)]


def test_an_earlier_edition_last_hosted_dates_nothing_of_the_text_s_meeting() -> None:
    """'The Philippines last hosted the AMEM in September 2027, when ...': not the date of the text's 41st AMEM."""
    ex = parse(
        "The plan was adopted at the 41st ASEAN Ministers on Energy Meeting (AMEM), which Viet Nam hosted via "
        "videoconference. The Philippines last hosted the AMEM in September 2027, when the meeting was held in "
        "Pasay City under the theme 'One Widget Community'."
    )
    (m,) = ex.meetings
    assert (m.ordinal, m.date, m.theme, m.host_country) == (41, None, None, "VN")


def test_which_country_hosted_gives_the_host() -> None:
    """'the 41st X (AMEM), which Viet Nam hosted via videoconference': host VN; 'which Japan attended' none."""
    (m,) = parse("The plan was adopted at the 41st ASEAN Widget Meeting, which Viet Nam hosted online.").meetings
    assert m.host_country == "VN"
    (m,) = parse("The 5th ASEAN Widget Meeting, which Japan attended, adopted a plan.").meetings
    assert m.host_country is None


def test_this_year_s_summit_takes_the_table_s_days_of_that_year() -> None:
    """'the 46th ASEAN Summit, which Malaysia hosted as this year's chair' in 2025: the table's May days, its span."""
    ex = parse(
        "KUALA LUMPUR, 28 May 2025 - Leaders met a day after the conclusion of the 46th ASEAN Summit, which Malaysia "
        "hosted as this year's chair."
    )
    m = next(m for m in ex.meetings if m.ordinal == 46)
    assert m.date is not None
    assert (m.date.earliest.year, m.date.earliest.month) == (2025, 5)
    assert ex.quote(m, "date") == ("46th ASEAN Summit",)


def test_a_wire_dateline_city_the_kb_lacks_places_a_meeting_held_there() -> None:
    """'STRELSAU, 5 May 2031 (Agency) -- ... held here today': in Strelsau, with no host country guessed."""
    (m,) = parse("STRELSAU, 5 May 2031 (Agency) -- The 5th ASEAN Widget Meeting was held here today.").meetings
    assert (m.city, m.host_country) == ("Strelsau", None)
    text = "STRELSAU, Nov. 27 (Agency) -- The leaders held the 5th ASEAN Widget Summit in this port city."
    (m,) = parse(text).meetings
    assert m.city == "Strelsau"


def test_a_wire_dateline_city_the_kb_lists_gives_its_country() -> None:
    """'BUSAN, 5 May 2031 (Yonhap) -- ... held here today': Busan is a city the knowledge base places in KR."""
    (m,) = parse("BUSAN, 5 May 2031 (Yonhap) -- The 5th ASEAN Widget Meeting was held here today.").meetings
    assert (m.city, m.host_country) == ("Busan", "KR")


def test_a_heading_in_capitals_is_no_dateline_place() -> None:
    """'JOINT STATEMENT, 5 May 2031 - ... held here today': no city called 'Joint Statement'."""
    (m,) = parse("JOINT STATEMENT, 5 May 2031 - The 5th ASEAN Widget Meeting was held here today.").meetings
    assert m.city is None


def test_a_partner_first_name_is_the_partner_series_and_a_dated_document_is_no_meeting() -> None:
    """'the U.S.-ASEAN Special Summit' is the ASEAN-US series; '... Summit 2031 Joint Vision Statement' no meeting.

    The year and the capitalised words after the meeting's name make it the name of a document.
    """
    ex = parse(
        "The President hosted the U.S.-ASEAN Special Summit in Washington on 12-13 May 2031. The leaders adopted the "
        "ASEAN-U.S. Special Summit 2031 Joint Vision Statement."
    )
    assert [(m.series, m.partners) for m in ex.meetings] == [("ASEAN-US Summit", ("US",))]


def test_a_partner_written_in_several_words_gives_one_meeting() -> None:
    """'the 23rd ASEAN-ROK FMM' (headline) and 'the 23rd ASEAN-Republic of Korea FMM' (body): one PMC+1."""
    ex = parse(
        "Minister Attends 23rd ASEAN-ROK Foreign Ministers' Meeting\n\nOn 9 September 2031, the Minister attended "
        "the 23rd ASEAN-Republic of Korea Foreign Ministers' Meeting, held by videoconference."
    )
    assert [(m.series, m.ordinal, m.partners) for m in ex.meetings] == [("PMC", 23, ("KR",))]


def test_a_title_case_headline_verb_ends_a_name() -> None:
    """'Minister Attends Meeting' as a heading names no meeting called so."""
    ex = parse("Minister Attends Meeting\n\nDate 2031-09-10\n\n1. On September 9, the Minister attended.")
    assert ex.meetings == ()


def test_related_sessions_named_after_include_are_reported() -> None:
    """'The related sessions include the X and the Y': both reported, as is 'preceded earlier in the week by the Z'."""
    ex = parse(
        "The 14th ASEAN Widget Ministers' Meeting opened in Hue on 29 August 2031. The related sessions include the "
        "ASEAN Plus Three Widget Ministers' Meeting and the ASEAN-China Widget Ministers' Meeting. The session was "
        "preceded earlier in the week by the Senior Officials' Meeting on Widget Development."
    )
    assert len(ex.meetings) == 4


def test_a_series_said_to_meet_regularly_is_no_meeting() -> None:
    """'The AHMM is convened every two years on a rotating basis.' reports no meeting."""
    ex = parse(
        "The 14th ASEAN Health Ministers' Meeting opened in Siem Reap on 29 August 2019. The 13th AHMM was held in "
        "2017. The AHMM is convened every two years on a rotating basis."
    )
    assert [m.ordinal for m in ex.meetings] == [14, 13]


def test_chairs_by_two_words_of_a_name_bold_names_and_a_long_title_between() -> None:
    """'which Ismail Sabri also chaired'; '**A** and Prime Minister **B**'; 'and <long title> B' co-chair."""
    ex = parse(
        "Minister Datuk Seri Ismail Sabri Yaakob spoke. The meeting followed the 35th ASEAN Widget Meeting, which "
        "Ismail Sabri also chaired here yesterday."
    )
    assert ex.meetings[0].chairs == ("Ismail Sabri Yaakob",)
    ex = parse(
        "The ASEAN-Poland Special Summit was held in Sydney on 17-18 March 2031. The Special Summit was co-chaired by "
        "Prime Minister **Anna Kowalski** and Prime Minister **Lee Wei Ming** of Singapore."
    )
    assert ex.meetings[0].chairs == ("Anna Kowalski", "Lee Wei Ming")
    ex = parse(
        "The 24th ASEAN-ROK Dialogue was held on 26 August 2031 and co-chaired by Deputy Minister for Political "
        "Affairs Kim Min-su and Permanent Secretary of the Ministry of Foreign Affairs of Brunei Darussalam Siti "
        "Aminah Teo."
    )
    assert ex.meetings[0].chairs == ("Kim Min-su", "Siti Aminah Teo")


def test_it_opening_a_sentence_about_holding_is_the_meeting_named_last() -> None:
    """'The X was held ... It was chaired by P.': P chairs X; 'It was a success.' reports nothing."""
    ex = parse(
        "The 1st ASEAN Widget Ministers' Meeting was held virtually on 22 January 2031. It was chaired by YB Datuk "
        "Amir Hamzah, Minister of Widgets of Malaysia. It was a success."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Amir Hamzah",)


def test_an_anniversary_sum_gives_a_yearless_text_its_year_and_weekdays_go_respectively() -> None:
    """'marking the 30th anniversary of relations set up in 2001' with no full date: the text is of 2031.

    'the A and the B on Tuesday and Wednesday, respectively' in a text of Wednesday 26 November 2031: A on the
    25th, B on the 26th.
    """
    ex = parse(
        "BUSAN, Nov. 26 (Yonhap) -- The President on Wednesday closed three days of summits in this port city, "
        "after hosting the ASEAN-Widget Commemorative Summit and the Mekong-Widget Summit on Tuesday and Wednesday, "
        "respectively, marking the 30th anniversary of relations set up in 2001."
    )
    assert [m.date for m in ex.meetings] == [PartialDate(2031, 11, 25), PartialDate(2031, 11, 26)]
    why = ex.where(ex.meetings[0], "date").basis
    assert why.reason == InferenceReason.RELATIVE_DATE


def test_the_chair_year_hosts_no_partner_meeting_when_the_text_places_one_in_the_partner_country() -> None:
    """An ASEAN-Canada conference in a text that holds the ASEAN-Canada Special Summit in Ottawa: no host guessed."""
    ex = parse(
        "The ASEAN-Canada Special Summit was held in Ottawa on 17-18 March 2018, in Singapore's capacity as ASEAN "
        "Chair for 2018. On 17 March 2018 the ASEAN-Canada Widget Conference was held."
    )
    conf = next(m for m in ex.meetings if "Conference" in m.name)
    assert conf.host_country != "SG"  # not the chair's; the summit's place the same day may be inferred
    assert ex.where(conf, "host_country").basis.reason == InferenceReason.PLACE_FROM_SIBLING


def test_a_date_opening_a_sentence_goes_to_the_meeting_held_not_the_one_it_sat_beside() -> None:
    """'On 25 July, on the sidelines of the AMM, Secretary Cruz co-chaired the ASEAN-China PMC': the PMC's day."""
    ex = parse(
        "MANILA, 26 July 2031 - Secretary Juan Santos Cruz attended the 64th ASEAN Foreign Ministers' Meeting. On 25 "
        "July, on the sidelines of the AMM, Secretary Cruz co-chaired the ASEAN-China Post Ministerial Conference."
    )
    pmc = next(m for m in ex.meetings if m.series == "PMC")
    assert pmc.date == PartialDate(2031, 7, 25)
    amm = next(m for m in ex.meetings if m.series == "AMM")
    assert amm.date != PartialDate(2031, 7, 25)


def test_both_held_on_the_sidelines_of_a_short_reference_gives_each_parent_and_place() -> None:
    """'the A and the B, both held on the sidelines of the Special Summit': both sit beside it, in its city."""
    text = (
        "Ruritania hosted the ASEAN-Ruritania Special Summit in Strelsau on 17-18 March 2031. On 17 March, the "
        "ASEAN-Ruritania Widget Conference and the ASEAN-Ruritania Business Summit, both held on the sidelines of "
        "the Special Summit, drew over a thousand participants.\n"
    )
    ex = parse(text, source="t")
    by_name = {m.name: m for m in ex.meetings}
    summit = by_name["ASEAN-Ruritania Special Summit"]
    for name in ("ASEAN-Ruritania Widget Conference", "ASEAN-Ruritania Business Summit"):
        assert by_name[name].parent == summit.id
        assert by_name[name].city == "Strelsau"


def test_a_fact_sheet_under_a_meeting_heading_gives_date_place_chair_and_mode() -> None:
    """'**Date:** ... **Venue:** City, Country **Chair:** NAME **Format:** Virtual' under '## X': X's facts."""
    text = (
        "# Weekly Widget Digest\n\n"
        "## ASEAN Widget Ministers' Retreat\n\n"
        "**Date:** Monday, 29 January 2031\n"
        "**Venue:** Luang Prabang, Lao PDR\n"
        "**Chair:** H.E. Mr. Khamla PHOMMACHANH, Minister of Widgets of the Lao PDR\n"
        "**Format:** Hybrid\n\n"
        "Widget ministers gathered on Monday for their annual retreat.\n"
    )
    (m,) = _by_name(text).values()
    assert m.date == PartialDate(2031, 1, 29)  # type: ignore[attr-defined]
    assert (m.city, m.host_country) == ("Luang Prabang", "LA")  # type: ignore[attr-defined]
    assert m.chairs == ("Khamla Phommachanh",)  # type: ignore[attr-defined]
    assert m.mode is MeetingMode.HYBRID  # type: ignore[attr-defined]


def test_a_table_row_of_facts_and_a_line_about_another_meeting() -> None:
    """'| Where | BEXCO, Busan |' under '## X' gives Busan; a 'Venue:' line after another meeting is not X's."""
    table = (
        "## ASEAN-Korea Widget Summit\n\n"
        "| | |\n|---|---|\n| **Where** | BEXCO (Busan Exhibition and Convention Center), Busan |\n\n"
        "The ASEAN-Korea Widget Summit was held on 25 November 2031.\n"
    )
    assert _by_name(table)["ASEAN-Korea Widget Summit"].city == "Busan"  # type: ignore[attr-defined]
    after_other = (
        "## ASEAN-Korea Widget Summit\n\n"
        "The ASEAN-Korea Widget Summit was held on 25 November 2031. The 3rd ASEAN Gadget Forum was held too.\n\n"
        "Venue: Jeju\n"
    )
    assert _by_name(after_other)["ASEAN-Korea Widget Summit"].city is None  # type: ignore[attr-defined]


def test_a_theme_wrapped_across_lines_is_one_theme() -> None:
    """A theme hard-wrapped inside its quotes ("Enhancing Widgets,<newline>Empowering Peoples") is one theme."""
    ex = parse(
        'Leaders gathered for the 15th ASEAN Widget Summit on 23 October 2031 under the theme "Enhancing Widgets,\n'
        'Empowering Peoples".'
    )
    (m,) = ex.meetings
    assert m.theme == "Enhancing Widgets, Empowering Peoples"


def test_a_theme_line_of_a_fact_sheet_gives_the_theme() -> None:
    """A table under the meeting's heading with '| **Theme** | "Advancing Widgets" |'."""
    ex = parse(
        "## 34th ASEAN Widget Summit\n\n| | |\n|---|---|\n| **Dates** | 22-23 June 2031 |\n"
        '| **Theme** | "Advancing Widgets for Sustainability" |\n',
        source="t.md",
    )
    (m,) = ex.meetings
    assert m.theme == "Advancing Widgets for Sustainability"


def test_a_theme_in_the_sentence_after_the_meeting_is_its_theme() -> None:
    """'... gathered for the 15th X Summit ... Our deliberations were held under the theme "Y".': Y is its theme."""
    ex = parse(
        "We gathered in Cha-am for the 15th ASEAN Widget Summit from 23 to 25 October 2031. Our deliberations were "
        'held under the theme "Enhancing Widgets, Empowering Peoples".'
    )
    (m,) = ex.meetings
    assert m.theme == "Enhancing Widgets, Empowering Peoples"


def test_a_plan_s_theme_in_the_next_sentence_is_not_the_meeting_s() -> None:
    """'Phase II keeps the overall APAWC theme of "..."' after the meeting: the plan's theme."""
    ex = parse(
        "Ministers adopted the plan at the 38th ASEAN Widget Ministers Meeting on 19 November 2031. Phase II keeps "
        'the overall APAWC theme of "widgets for all".'
    )
    (m,) = ex.meetings
    assert m.theme is None


def test_a_meeting_held_in_a_named_city_is_in_person_inferred() -> None:
    """A city and a year outside 2020-2022, no remote format anywhere: in person, with the city as evidence."""
    ex = parse("PATTAYA, 4 March 2031 - The 9th ASEAN Widget Ministers' Meeting was held in Pattaya on 4 March 2031.")
    m = ex.meetings[0]
    assert m.mode is MeetingMode.IN_PERSON
    where = ex.where(m, "mode")
    assert where.basis.reason == InferenceReason.MODE_FROM_PLACE
    assert ex.quote(m, "mode") == ex.quote(m, "city") == ("Pattaya",)


@pytest.mark.parametrize(
    "text",
    [
        # 2021: a meeting 'held in' a capital may have been chaired from there by video
        "HA NOI, 4 March 2021 - The 9th ASEAN Widget Ministers' Meeting was held in Ha Noi on 4 March 2021.",
        # one remote word anywhere in the text: the other meetings' modes are not guessed
        "PATTAYA, 4 March 2031 - The 9th ASEAN Widget Ministers' Meeting was held in Pattaya on 4 March 2031. "
        "Two ministers joined online.",
    ],
)
def test_no_mode_from_a_city_in_the_years_of_video_meetings_or_beside_a_remote_word(text: str) -> None:
    """The city alone does not make the meeting in person then."""
    assert parse(text).meetings[0].mode is None


def test_no_mode_without_a_city_or_when_inference_is_off() -> None:
    """A date but no city gives no mode; nor does a city with ``infer=False``; a stated mode is kept as stated."""
    from asean_records.parse import ParseOptions

    assert parse("The 9th ASEAN Widget Ministers' Meeting was held on 4 March 2031.").meetings[0].mode is None
    text = "The 9th ASEAN Widget Ministers' Meeting was held in Pattaya on 4 March 2031."
    assert parse(text, options=ParseOptions(infer=False)).meetings[0].mode is None
    stated = parse(text[:-1] + ", face to face.")
    assert stated.meetings[0].mode is MeetingMode.IN_PERSON
    assert stated.where(stated.meetings[0], "mode").basis.reason is None


def test_a_meeting_the_asean_chair_chairs_is_hosted_by_that_years_chair() -> None:
    """The Coordinating Council in 2019 (chair: Thailand) with no place given: host TH, inferred from the chair year."""
    ex = parse("The ASEAN Coordinating Council Meeting was held via video conference on 3 March 2019.")
    m = ex.meetings[0]
    assert m.host_country == "TH"
    assert ex.where(m, "host_country").basis.reason == InferenceReason.HOST_FROM_CHAIR_YEAR


def test_no_chair_host_for_sectoral_commemorative_or_unnamed_meetings() -> None:
    """Energy ministers rotate on their own; a commemorative summit may sit with the partner; 'Senior Officials'."""
    texts = (
        "The ASEAN Ministers on Energy Meeting was held on 3 March 2019.",
        "The ASEAN-Japan Commemorative Summit was held on 3 March 2019.",
        "The Senior Officials' Meeting of the growth area was held on 3 March 2019.",
        "The ASEAN Foreign Ministers' Meeting was held on 3 March 2006.",
    )
    for text in texts:
        meetings = parse(text).meetings
        assert meetings, text
        assert all(m.host_country is None for m in meetings), text


_SIBLINGS = (
    "The 30th ASEAN Widget Ministers' Meeting was held in Hue, Viet Nam, on 4 May 2031. "
    "The 12th ASEAN Plus Three Widget Ministers' Meeting was held on {day} May 2031{extra}."
)


def test_a_meeting_a_day_after_a_placed_one_shares_its_city() -> None:
    """The Plus Three meeting the next day, placed nowhere: Hue and Viet Nam, inferred from the sibling."""
    ex = parse(_SIBLINGS.format(day=5, extra=""))
    plus = next(m for m in ex.meetings if "Plus Three" in m.name)
    assert (plus.city, plus.host_country) == ("Hue", "VN")
    assert ex.where(plus, "city").basis.reason == InferenceReason.PLACE_FROM_SIBLING
    assert ex.quote(plus, "city") == ("Hue",)


def test_no_sibling_city_when_days_apart_virtual_or_two_cities() -> None:
    """Two days later, by video, or with a meeting of those days in another city: the city stays open."""
    for text in (
        _SIBLINGS.format(day=7, extra=""),
        _SIBLINGS.format(day=5, extra=" by video conference"),
        _SIBLINGS.format(day=5, extra="") + " The 8th ASEAN Gadget Ministers' Meeting met in Da Nang on 5 May 2031.",
    ):
        plus = next(m for m in parse(text).meetings if "Plus Three" in m.name)
        assert plus.city is None, text


def test_a_sectoral_host_does_not_date_the_text_and_this_years_qualifies_a_noun() -> None:
    """The host of a meeting held "last year" does not date the text; "this year's vice chair" dates no meeting."""
    ex = parse(
        "KUALA LUMPUR, Oct. 29 (Widget News) -- Ministers opened the 36th ASEAN Ministers on Energy Meeting here on "
        "Monday. The Philippines, which hosted the 35th ASEAN Ministers on Energy Meeting in Manila last year, handed "
        "over the chair. Cambodia, this year's vice chair, will host the 37th ASEAN Ministers on Energy Meeting next "
        "year."
    )
    years = {m.ordinal: m.date.earliest.year for m in ex.meetings if m.date is not None}
    assert years == {35: 2017, 36: 2018, 37: 2019}


def test_the_chairmanship_of_a_body_dates_no_meeting() -> None:
    """'Will take over the chairmanship of the X and the X-Plus ... next year': the chair's term, not a meeting date."""
    ex = parse(
        "BANGKOK, 17 November 2031 - The 20th ADMM-Plus will bring in ministers of eight partners. Laos will take "
        "over the chairmanship of the ADMM and ADMM-Plus from Cambodia at the close of the meeting, ahead of its "
        "turn as ASEAN chair next year."
    )
    plus = next(m for m in ex.meetings if m.ordinal == 20)
    assert plus.date is None


def test_a_meeting_that_brought_in_partners_is_not_hosted_by_them() -> None:
    """'The X brought in China, Japan and Korea': partners joined; China is not the host."""
    ex = parse("On 18 January 2031 the 18th ASEAN Plus Three Widget Ministers Meeting brought in China and Japan.")
    assert ex.meetings[0].host_country is None


def test_an_all_capitals_headline_verb_ends_the_name_on_its_right() -> None:
    """'FIFTH ASEAN X MEETING ON YOUTH OPENS IN HANOI': one meeting, named without the verb."""
    ex = parse(
        "FIFTH ASEAN WIDGET MINISTERIAL MEETING ON YOUTH OPENS IN HANOI\n\n"
        "HANOI, 3 March 2031 - The Fifth ASEAN Widget Ministerial Meeting on Youth opened today in Hanoi."
    )
    assert [m.name for m in ex.meetings] == ["5th ASEAN Widget Ministerial Meeting on Youth"]


def test_the_host_of_a_meeting_this_year_dates_a_yearless_text_through_its_chair_year() -> None:
    """Cambodia hosts a working group before the 16th ADMM (2022, Cambodia's chair year): '20-21 April' is 2022."""
    ex = parse(
        "The ASEAN Widget Working Group Meeting, hosted by Cambodia, was held on 20-21 April ahead of the 16th ADMM."
    )
    group = next(m for m in ex.meetings if "Widget" in m.name)
    assert group.date == DateRange(PartialDate(2022, 4, 20), PartialDate(2022, 4, 21))
    assert ex.where(group, "date").basis.reason == InferenceReason.YEAR_FROM_CHAIR_YEAR


def test_a_meeting_held_by_video_takes_no_dateline_place() -> None:
    """'NEW DELHI, <date> - ... attended the X held virtually today': the release's city is not where X was held."""
    ex = parse(
        "NEW DELHI, 28 October 2031 - The Prime Minister attended the 3rd ASEAN Widget Summit held virtually today."
    )
    (m,) = ex.meetings
    assert m.mode is MeetingMode.VIRTUAL
    assert (m.city, m.host_country) == (None, None)
    assert m.date == PartialDate(2031, 10, 28)


def test_today_s_summit_and_a_count_of_attendance_are_the_meeting_itself() -> None:
    """'Today's Summit was the ninth X Summit attended by him': one meeting, the 28th; 'ninth' counts his visits."""
    ex = parse(
        "NEW DELHI, 28 October 2031\n\n1. Prime Minister Ravi Kumar attended the 28th ASEAN-India Summit in Hanoi "
        "today.\n\n2. Today's Summit was the ninth ASEAN-India Summit attended by him.\n"
    )
    assert [(m.name, m.ordinal) for m in ex.meetings] == [("28th ASEAN-India Summit", 28)]


def test_arriving_for_a_named_meeting_reports_it() -> None:
    """'P had arrived on Thursday for a meeting with her counterparts, the annual X Conference, where ...'."""
    ex = parse(
        "Jane Doe had arrived on Thursday for a meeting with her ASEAN counterparts, the annual ASEAN-US Post "
        "Ministerial Conference, where she pledged deeper engagement."
    )
    assert [m.name for m in ex.meetings] == ["ASEAN-US Post Ministerial Conference"]


def test_sessions_of_a_meeting_are_no_meetings() -> None:
    """'attended the Open Session as Observer', 'met in a Restricted Session': parts of the meeting, not meetings."""
    ex = parse(
        "1. The 64th ASEAN Ministerial Meeting was held in Bandar Seri Begawan on 3-4 July 2031.\n\n2. Mr. Ravi Tan "
        "attended the Open Session as Observer. The ministers met in a Restricted Session.\n"
    )
    assert [m.ordinal for m in ex.meetings] == [64]


def test_a_heading_naming_the_meeting_in_other_words_is_the_same_meeting() -> None:
    """A capitals heading that opens like the body's name ('... ON WIDGET DISEASE 2031' / '... on WD-31') is one."""
    ex = parse(
        "JOINT STATEMENT OF THE SPECIAL VIDEO CONFERENCE OF THE ASEAN WIDGET MINISTERS IN ENHANCING COOPERATION ON "
        "WIDGET DISEASE 2031 (WD-31) RESPONSE\n\n7 April 2031\n\nWE, the Widget Ministers of ASEAN, met by video "
        "conference at the Special Video Conference of the ASEAN Widget Ministers in Enhancing Cooperation on WD-31 "
        "Response on 7 April 2031.\n"
    )
    assert [m.name for m in ex.meetings] == [
        "Special Video Conference of the ASEAN Widget Ministers in Enhancing Cooperation on WD-31 Response"
    ]


def test_a_special_meeting_of_a_known_body_is_one_meeting() -> None:
    """'the Special Meeting of the ASEAN Coordinating Council held in Vientiane': one meeting, named in full."""
    ex = parse(
        "The ministers recalled the Special Meeting of the ASEAN Coordinating Council held in Vientiane, Lao PDR, on "
        "20 February 2031."
    )
    named = [(m.name, m.city) for m in ex.meetings]
    assert named == [("Special Meeting of the ASEAN Coordinating Council", "Vientiane")]


def test_a_year_less_dateline_settled_by_an_edition_beats_years_of_history() -> None:
    """A year-less dateline settled by an edition beats the years of history the text writes.

    The only full date is history ('inaugurated on Oct. 12, 2010'); the dateline's year comes from the 14th ADMM
    (held on 9 December 2020 in the knowledge base), so 'Nov. 19' is in 2020.
    """
    ex = parse(
        "HANOI, Dec. 10 (Xinhua) -- The 14th ASEAN Defence Ministers' Meeting (ADMM) was held on Wednesday.\n\n"
        "Senior officials held the ASEAN Defence Senior Officials' Meeting (ADSOM) online on Nov. 19.\n\n"
        "The minister recalled that the ADMM-Plus was inaugurated in Hanoi on Oct. 12, 2010.\n"
    )
    dates = {m.name: m.date for m in ex.meetings}
    assert dates["14th ASEAN Defence Ministers' Meeting"] == PartialDate(2020, 12, 9)
    assert dates["ASEAN Defence Senior Officials' Meeting"] == PartialDate(2020, 11, 19)


def test_two_meetings_of_one_name_each_with_its_place_and_date() -> None:
    """'the G20 Summit in Paris in June 2031 and the G20 Summit in Seoul in November 2031': two meetings."""
    ex = parse(
        "We looked forward to the G20 Summit in Paris in June 2031 and the G20 Summit in Seoul in November 2031."
    )
    assert [(m.city, str(m.date)) for m in ex.meetings] == [("Paris", "2031-06"), ("Seoul", "2031-11")]


def test_a_dateline_with_the_country_in_square_brackets_places_a_meeting_held_here() -> None:
    """'Phnom Penh [Cambodia], February 17 (ANI): The X began here on Thursday': city and host from the dateline."""
    ex = parse(
        "Ministers meet in Phnom Penh\n\nPhnom Penh [Cambodia], February 17 (ANI): The ASEAN Foreign Ministers' "
        "Retreat began here on Thursday.\n"
    )
    (m,) = ex.meetings
    assert (m.city, m.host_country) == ("Phnom Penh", "KH")
