"""Meeting names end at the meeting word; topics pick the series; coordinated ordinals and lists."""

from asean_records import DateRange, MeetingStatus, PartialDate, parse


def _by_name(text: str):  # type: ignore[no-untyped-def]
    return {m.name: m for m in parse(text).meetings}


def test_name_ends_before_a_place_and_a_time() -> None:
    """Names: "the 12th East Asia Summit in Manila in November 2017": the name stops; place and month are attributes."""
    found = _by_name("Leaders looked ahead to the 12th East Asia Summit in Manila in November 2017.")
    m = found["12th East Asia Summit"]
    assert m.series == "EAS"
    assert m.city == "Manila"
    assert m.date == PartialDate(2017, 11)


def test_in_inside_a_topic_stays_unless_a_place_follows() -> None:
    """Names: "Meeting on Cooperation in Science" keeps its topic; "... in the Philippine capital" does not."""
    found = _by_name("The 4th ASEAN Ministerial Meeting on Cooperation in Science was held in Manila on 3 May 2017.")
    assert "4th ASEAN Ministerial Meeting on Cooperation in Science" in found
    found = _by_name("Japan-ASEAN Widget Ministers' Meeting in the Philippine capital was held on 3 May 2017.")
    assert "Japan-ASEAN Widget Ministers' Meeting" in found


def test_a_topic_after_the_meeting_word_is_another_series() -> None:
    """Names: "ASEAN Ministerial Meeting on <topic>" is not the AMM (whose ordinal would give a wrong year)."""
    found = _by_name("The 3rd ASEAN Ministerial Meeting on Rural Widgets was held in Hanoi on 8 May 2019.")
    m = found["3rd ASEAN Ministerial Meeting on Rural Widgets"]
    assert m.series != "AMM"
    assert m.date == PartialDate(2019, 5, 8)


def test_only_the_last_meeting_word_gives_a_series() -> None:
    """Names: "East Asia Summit Senior Officials' Meeting" is no East Asia Summit."""
    found = _by_name("Thailand hosted the East Asia Summit Senior Officials' Meeting in Chiang Mai on 2 June 2019.")
    assert all(m.series != "EAS" for m in found.values())


def test_headline_verb_is_not_part_of_the_name() -> None:
    """A heading "10th ASEAN Widget Ministers' Meeting opens in Hanoi" names the meeting without "opens"."""
    found = _by_name("10th ASEAN Widget Ministers' Meeting opens in Hanoi\n\nMinisters met in Hanoi on 8 May 2019.")
    assert "10th ASEAN Widget Ministers' Meeting" in found


def test_coordinated_ordinals_are_separate_meetings_sharing_date_and_place() -> None:
    """Names: "the 32nd and 33rd ASEAN Summits in Singapore in April 2018": two meetings, singular names, same date."""
    found = _by_name("Leaders prepared for the 32nd and 33rd ASEAN Summits in Singapore in April 2018.")
    assert {"32nd ASEAN Summit", "33rd ASEAN Summit"} <= set(found)
    for name in ("32nd ASEAN Summit", "33rd ASEAN Summit"):
        assert found[name].date == PartialDate(2018, 4)
        assert found[name].ordinal == int(name[:2])


def test_three_coordinated_ordinals() -> None:
    """Names: "the 5th, 6th and 7th X Meetings" are three meetings."""
    found = _by_name("Officials held the 5th, 6th and 7th ASEAN Widget Working Group Meetings in Hanoi on 8 May 2019.")
    assert {m.ordinal for m in found.values()} >= {5, 6, 7}


def test_a_list_all_held_shares_date_and_city() -> None:
    """Names: "A, the 9th B and the 24th C, all held in Manila from 5 to 6 August 2017": each takes date and city."""
    found = _by_name(
        "The meeting will be followed by the ASEAN Widget Council Meeting, the 9th ASEAN Gadget Ministers' Meeting "
        "and the 24th ASEAN Regional Forum, all to be held in Manila from 5 to 6 August 2017."
    )
    assert len(found) >= 3
    for m in found.values():
        assert m.date == DateRange(PartialDate(2017, 8, 5), PartialDate(2017, 8, 6)), m.name
        assert m.city == "Manila", m.name


def test_all_caps_title_is_the_same_meeting() -> None:
    """A title "CHAIRMAN'S STATEMENT OF THE 33RD ASEAN SUMMIT" and "the 33rd ASEAN Summit" are one meeting."""
    ex = parse(
        "CHAIRMAN'S STATEMENT OF THE 33RD ASEAN SUMMIT\nSingapore, 28 April 2018\n\n"
        "1. The 33rd ASEAN Summit was held in Singapore on 28 April 2018."
    )
    assert [(m.name, m.series, m.ordinal) for m in ex.meetings] == [("33rd ASEAN Summit", "ASEAN Summit", 33)]


def test_council_meeting_with_acronym_inside_takes_the_council_series() -> None:
    """Names "27th ASEAN Socio-Cultural Community (ASCC) Council Meeting" and "27th ASCC Council Meeting" merge."""
    ex = parse(
        "The 27th ASEAN Socio-Cultural Community (ASCC) Council Meeting was held in Hue on 9 April 2022. "
        "The 27th ASCC Council Meeting adopted a report."
    )
    assert [(m.series, m.ordinal) for m in ex.meetings] == [("ASCC Council", 27)]


def test_asean_partner_foreign_ministers_meeting_is_the_pmc_with_that_partner() -> None:
    """Names "ASEAN-Canada Foreign Ministers' Meeting" (title) and "ASEAN-Canada PMC+1" (body) are one PMC with CA."""
    ex = parse(
        "Minister's attendance at the ASEAN-Canada Foreign Ministers' Meeting\n\n"
        "The Minister attended the ASEAN-Canada Post Ministerial Conference (PMC+1) on 4 August 2019 in Bangkok, "
        "on the sidelines of the 52nd ASEAN Foreign Ministers' Meeting."
    )
    pmc = [m for m in ex.meetings if m.series == "PMC"]
    assert len(pmc) == 1
    assert pmc[0].partners == ("CA",)
    amm = [m for m in ex.meetings if m.series == "AMM"]
    assert pmc[0].parent == amm[0].id


def test_partner_inside_a_knowledge_base_name() -> None:
    """Name "ASEAN-Australia Special Summit": the KB names it, and Australia is its partner."""
    ex = parse("Leaders welcomed the ASEAN-Australia Special Summit to be held in Melbourne in March 2024.")
    assert [m.partners for m in ex.meetings] == [("AU",)]


def test_fronted_sidelines_sets_the_parent() -> None:
    """Fronted "On the sidelines of the X, the Y was held": X is Y's parent."""
    ex = parse("On the sidelines of the 32nd ASEAN Summit in Singapore, the ASEAN Widget Leaders' Meeting was held.")
    by_name = {m.name: m for m in ex.meetings}
    assert by_name["ASEAN Widget Leaders' Meeting"].parent == by_name["32nd ASEAN Summit"].id


def test_a_bracketed_alias_names_the_same_meeting_later() -> None:
    """A meeting with "(AWM Retreat)" after its name is the one "the AWM Retreat" refers to later."""
    ex = parse(
        "The minister chaired the 12th ASEAN Widget Ministers' Retreat (AWM Retreat), held in Hue on 3 March 2019. "
        "The AWM Retreat endorsed the work plan."
    )
    assert [m.ordinal for m in ex.meetings] == [12]


def test_an_acronym_before_a_lower_case_meeting_is_not_that_series() -> None:
    """A heading "... at EAS senior officials' meeting" is about the officials' meeting, not the East Asia Summit."""
    ex = parse(
        "Thailand pushes trade at EAS senior officials' meeting\n\n"
        "Thailand hosted the East Asia Summit Senior Officials' Meeting in Bangkok on 3 June 2019."
    )
    assert all(m.series != "EAS" for m in ex.meetings)


def test_would_be_held_is_scheduled() -> None:
    """Reported future: "said the 12th X would be held in Hue in September 2019" is scheduled."""
    ex = parse("The minister said the 12th ASEAN Widget Ministers' Meeting would be held in Hue in September 2019.")
    assert [m.status for m in ex.meetings] == [MeetingStatus.SCHEDULED]


def test_name_stops_before_on_and_a_date() -> None:
    """A date after "on" is not part of the name: "the ASEAN-Japan Widget Consultation on April 21"."""
    ex = parse("HANOI, 25 April 2019 - Officials held the ASEAN-Japan Widget Consultation on April 21.")
    assert [(m.name, m.date) for m in ex.meetings] == [("ASEAN-Japan Widget Consultation", PartialDate(2019, 4, 21))]


def test_special_inside_a_name_keeps_the_series() -> None:
    """A qualifier inside a name ("ASEAN-Japan Commemorative Summit") keeps the ASEAN-Japan Summit series."""
    ex = parse("Leaders met at the ASEAN-Japan Commemorative Summit in Tokyo on 16-18 December 2023.")
    assert [m.series for m in ex.meetings] == ["ASEAN-Japan Summit"]


def test_plus_three_meetings_have_china_japan_and_korea_as_partners() -> None:
    """The partners of an ASEAN Plus Three meeting are CN, JP and KR (inferred from the name)."""
    ex = parse("The 22nd ASEAN Plus Three Summit was held in Bangkok on 3 November 2019.")
    assert [m.partners for m in ex.meetings] == [("CN", "JP", "KR")]
    assert ex.where(ex.meetings[0], "partners.0").basis.is_inferred
    ex = parse("The 19th ASEAN Widget Plus Three Meeting with China was held in Hue on 3 May 2019.")
    assert [m.partners for m in ex.meetings] == [("CN", "JP", "KR")]


def test_chaired_by_a_demonym_and_title_is_a_person() -> None:
    """The words "chaired by Thai Foreign Minister NAME" name a person; "chaired by Thailand" alone does not."""
    ex = parse("The 22nd ASEAN Widget Meeting was chaired by Thai Foreign Minister Somchai Rattanakul.")
    assert [m.chairs for m in ex.meetings] == [("Somchai Rattanakul",)]
    ex = parse("The 22nd ASEAN Widget Meeting was chaired by Thailand, with Minister Somchai Rattanakul attending.")
    assert [m.chairs for m in ex.meetings] == [()]


def test_numbered_body_with_its_series_acronym_in_brackets_is_a_meeting() -> None:
    """A numbered name without a meeting word but with a KB acronym ("the 30th ... (SOCA)") is that meeting."""
    ex = parse(
        "The 27th ASCC Council Meeting was held in Hue on 10 April 2022, preceded by the 30th Senior Officials "
        "Committee for the ASEAN Socio-Cultural Community (SOCA) on 9 April 2022."
    )
    soca = [m for m in ex.meetings if m.series == "SOCA"]
    assert [(m.ordinal, m.date) for m in soca] == [(30, PartialDate(2022, 4, 9))]


def test_partner_before_an_acronym_and_the_capital_of() -> None:
    """The "ASEAN-Canada PMC+1" is the PMC with Canada; "in the Thai capital of Bangkok" gives the city."""
    ex = parse("The minister attended the ASEAN-Canada PMC+1 on 2 August 2019 in the Thai capital of Bangkok.")
    assert [(m.series, m.partners, m.city) for m in ex.meetings] == [("PMC", ("CA",), "Bangkok")]


def test_held_in_a_city_that_is_no_capital() -> None:
    """A verb says where: "held in Siem Reap on ..." and "took place in Cebu, Central Visayas"; not a format."""
    found = _by_name("The 12th ASEAN Widget Meeting was held in Siem Reap on 3 May 2019.")
    assert found["12th ASEAN Widget Meeting"].city == "Siem Reap"
    found = _by_name("The 12th ASEAN Widget Meeting took place in Cebu, Central Visayas, from 1 to 3 May 2019.")
    assert found["12th ASEAN Widget Meeting"].city == "Cebu"
    found = _by_name("The 12th ASEAN Widget Meeting was held in Hybrid Format on 3 May 2019.")
    assert found["12th ASEAN Widget Meeting"].city is None


def test_and_related_meetings_and_a_weekday_end_the_name() -> None:
    """Names end before "and Related Summits" and before "on Monday." (which dates the meeting)."""
    found = _by_name("The 34th and 35th ASEAN Summits and Related Summits were held in Bangkok in November 2019.")
    assert {"34th ASEAN Summit", "35th ASEAN Summit"} <= set(found)
    assert found["35th ASEAN Summit"].series == "ASEAN Summit"
    found = _by_name("BANGKOK, 6 November 2019 - The Prime Minister chaired the 35th ASEAN Summit on Monday.")
    assert found["35th ASEAN Summit"].date == PartialDate(2019, 11, 4)


def test_two_meetings_joined_by_and_with_a_plural_verb_share_date_and_place() -> None:
    """Names: "The X Meeting and ADMM-Plus were held in P on D" are two meetings, each in P on D."""
    ex = parse("The ASEAN Defence Ministers' Meeting and ADMM-Plus were held in Bangkok on 17-18 November 2019.")
    got = {m.series: (m.city, m.date) for m in ex.meetings}
    day = DateRange(PartialDate(2019, 11, 17), PartialDate(2019, 11, 18))
    assert got == {"ADMM": ("Bangkok", day), "ADMM-Plus": ("Bangkok", day)}


def test_place_after_a_date() -> None:
    """Place: "was held on 6 September 2019 in Bangkok, Thailand" gives the city and host."""
    found = _by_name("The 12th ASEAN Widget Meeting was held on 6 September 2019 in Bangkok, Thailand.")
    m = found["12th ASEAN Widget Meeting"]
    assert (m.city, m.host_country) == ("Bangkok", "TH")


def test_a_member_state_in_the_name_is_no_partner() -> None:
    """Partners: "ASEAN Leaders' Meeting on Myanmar" has none; "ASEAN-Japan ..." has Japan."""
    ex = parse("Leaders attended the ASEAN Leaders' Meeting on Myanmar held in Jakarta on 24 April 2021.")
    assert [m.partners for m in ex.meetings] == [()]


def test_place_after_a_format() -> None:
    """Place: "was held in a hybrid format in Bangkok on ..." gives Bangkok."""
    found = _by_name("The 12th ASEAN Widget Meeting was held in a hybrid format in Bangkok on 6 September 2019.")
    m = found["12th ASEAN Widget Meeting"]
    assert (m.city, m.host_country) == ("Bangkok", "TH")


def test_place_of_a_meeting_and_its_related_meetings() -> None:
    """Place: "The 12th X Meeting and related meetings took place in Cebu, Central Visayas" gives Cebu."""
    found = _by_name(
        "The 12th ASEAN Widget Meeting and related meetings took place in Cebu, Central Visayas, on 6 May 2019."
    )
    assert found["12th ASEAN Widget Meeting"].city == "Cebu"


def test_place_named_before_the_meeting() -> None:
    """Place: "leaders gathered in Tokyo on 16-18 December 2023 for the X Summit" gives Tokyo and Japan."""
    found = _by_name("Leaders gathered in Tokyo on 16-18 December 2023 for the ASEAN-Japan Commemorative Summit.")
    m = found["ASEAN-Japan Commemorative Summit"]
    assert (m.city, m.host_country) == ("Tokyo", "JP")


def test_meeting_word_at_the_end_of_a_sentence() -> None:
    """Names: a name whose meeting word carries the sentence's full stop is found ("... Widget Meeting.")."""
    found = _by_name("The minister attended the 57th ASEAN Widget Meeting. It adopted a plan.")
    assert "57th ASEAN Widget Meeting" in found


def test_meeting_word_with_a_possessive() -> None:
    """Names: "the 57th ASEAN Widget Meeting's outcome" names the 57th ASEAN Widget Meeting."""
    found = _by_name("Ministers welcomed the 57th ASEAN Widget Meeting's outcome in Hue on 3 May 2019.")
    assert "57th ASEAN Widget Meeting" in found


def test_a_list_of_partner_sessions_after_one_verb() -> None:
    """Each of "attended the ASEAN-Australia PMC+1, ..., and the ASEAN-Japan PMC+1" is a meeting with its partner."""
    ex = parse(
        "The foreign minister attended the ASEAN-Australia PMC+1, the ASEAN-New Zealand PMC+1, "
        "the ASEAN-Canada PMC+1 and the ASEAN-Japan PMC+1."
    )
    assert [m.partners for m in ex.meetings] == [("AU",), ("NZ",), ("CA",), ("JP",)]


def test_spelled_capital_ordinal_in_a_title_merges_and_the_written_name_wins() -> None:
    """An all-caps title with a spelled ordinal is the same meeting as the body's; the sentence's casing is kept."""
    text = (
        "CHAIRMAN'S STATEMENT OF THE TWENTY-FIRST ASEAN WIDGET MINISTERS' MEETING\n\nKuala Lumpur, 3 March 2031\n\n"
        "1. The 21st ASEAN Widget Ministers' Meeting was held in Kuala Lumpur on 3 March 2031."
    )
    (meeting,) = parse(text).meetings
    assert (meeting.name, meeting.ordinal) == ("21st ASEAN Widget Ministers' Meeting", 21)


def test_with_a_person_after_a_meeting_name_is_a_co_chair_not_part_of_the_name() -> None:
    """A co-chair named after "with" (a demonym or a post) is not part of the meeting name; a partner is."""
    text = (
        "Kuala Lumpur, July 10, 2031 - Minister Tran Van Hai co-chaired the ASEAN-Japan Post Ministerial "
        "Conference (PMC+1) with Japanese Minister for Foreign Affairs Kenji Aoyama."
    )
    assert [(m.name, m.partners) for m in parse(text).meetings] == [
        ("ASEAN-Japan Post Ministerial Conference", ("JP",))
    ]
    assert [m.name for m in parse("The ASEAN PMC+1 Session with Japan was held on 2 July 2031.").meetings] == [
        "ASEAN PMC+1 Session with Japan"
    ]


def test_venue_before_the_city() -> None:
    """A venue between the meeting and its city ("held at the National Convention Centre in Vientiane")."""
    text = "The 23rd ASEAN Widget Ministers' Meeting was held at the National Convention Centre in Vientiane."
    (meeting,) = parse(text).meetings
    assert (meeting.city, meeting.host_country) == ("Vientiane", "LA")


def test_an_acronym_after_a_partner_prefix_is_written_out() -> None:
    """'the ASEAN-EU PMC' is named 'ASEAN-EU Post Ministerial Conference' (in full, one session), partner EU."""
    (m,) = parse("The ASEAN-EU PMC was held on 5 July 2031 in Hue.").meetings
    assert m.name == "ASEAN-EU Post Ministerial Conference"
    assert m.partners == ("EU",)


def test_a_summit_and_its_commemorative_full_name_are_one_meeting() -> None:
    """'X Special Summit' (a heading) and 'X Special Summit to Commemorate the 50th Anniversary of ...': one."""
    text = (
        "## Note: ASEAN-Ruritania Special Summit, Strelsau\n\n"
        "The ASEAN-Ruritania Special Summit to Commemorate the 50th Anniversary of ASEAN-Ruritania Dialogue "
        "Relations was attended by all ASEAN leaders. The Special Summit took place from 4 to 6 March 2031.\n"
    )
    meetings = parse(text, source="t.md").meetings
    assert len(meetings) == 1, [m.name for m in meetings]
    assert meetings[0].name.startswith("ASEAN-Ruritania Special Summit to Commemorate")


def test_a_place_or_a_day_before_for_the_is_not_part_of_the_name() -> None:
    """'met in Strelsau on Wednesday for the X Summit', 'gathered in Bangkok for the X Summit': the name is X Summit."""
    names = [m.name for m in parse("Leaders met in Brussels on Wednesday for the ASEAN-Widget Summit.").meetings]
    assert names == ["ASEAN-Widget Summit"]
    names = [m.name for m in parse("Leaders gathered in Bangkok for the East Widget Summit and side events.").meetings]
    assert names == ["East Widget Summit"]
    # a meeting word before "for the" still makes one long name
    names = [
        m.name for m in parse("The Preparatory Meeting for the ASEAN Widget Summit was held on 3 May 2031.").meetings
    ]
    assert names == ["Preparatory Meeting for the ASEAN Widget Summit"]


def test_a_bare_meeting_word_then_and_is_no_meeting() -> None:
    """'Members of Congress and U.S. business leaders met the delegations': no meeting named 'Congress and U.S.'."""
    assert parse("Members of Congress and U.S. business leaders also met the visiting delegations.").meetings == ()


def test_a_headline_verb_before_a_meeting_name_is_no_part_of_it() -> None:
    """'Ruritania to Host the ASEAN Widget Ministers' Meeting Retreat' (a heading): the name starts at ASEAN."""
    text = "# Philippines to Host the ASEAN Widget Ministers' Retreat\n\nMANILA, 3 May 2031 - More to come.\n"
    names = [m.name for m in parse(text, source="t.md").meetings]
    assert names == ["ASEAN Widget Ministers' Retreat"]


def test_a_meeting_word_with_plus_is_a_meeting_name() -> None:
    """'The First ASEAN Defence Ministers' Meeting-Plus was held ...': the ADMM-Plus, first edition, dated."""
    (m,) = parse("The First ASEAN Defence Ministers' Meeting-Plus was held in Ha Noi on 12 October 2010.").meetings
    assert (m.name, m.series, m.ordinal) == ("1st ASEAN Defence Ministers' Meeting-Plus", "ADMM-Plus", 1)
    assert m.date == PartialDate(2010, 10, 12)


def test_bodies_in_a_convening_role_are_no_meetings() -> None:
    """'The ARF, the EAS and the ADMM-Plus all place small states in the convening role': no meeting reported."""
    text = (
        "The ASEAN Regional Forum, the East Asia Summit and the ASEAN Defence Ministers' Meeting-Plus all place "
        "a group of small states in the convening role."
    )
    assert parse(text).meetings == ()


def test_a_declaration_on_a_meeting_is_no_meeting() -> None:
    """'signed the Kuala Lumpur Declaration on the East Asia Summit': a document, not a meeting of that name."""
    text = "KUALA LUMPUR, 14 December 2005 - Leaders signed the Kuala Lumpur Declaration on the East Asia Summit."
    assert all("Declaration" not in m.name for m in parse(text).meetings)


def test_a_bare_series_mention_is_the_edition_of_the_text_s_year() -> None:
    """In a text dated 2005, 'the East Asia Summit' is the first (2005), not the second (2007) it also names."""
    text = (
        "KUALA LUMPUR, Dec 14, 2005 (Wire) - Leaders of 16 countries on Wednesday launched the East Asia Summit in "
        "Kuala Lumpur. The first East Asia Summit brought together leaders from across the region. The second East "
        "Asia Summit will be held in the Philippines next year."
    )
    ordinals = sorted(m.ordinal or 0 for m in parse(text).meetings if m.series == "EAS")
    assert ordinals == [1, 2]


def test_a_regional_organisation_in_an_asean_hyphen_name_is_the_partner() -> None:
    """'the 2nd ASEAN-Gulf Cooperation Council Summit': partner GCC, by its acronym; 'inaugural' is the 1st."""
    text = (
        "The 2nd ASEAN-Gulf Cooperation Council Summit was held in Kuala Lumpur on 27 May 2025, followed by the "
        "inaugural ASEAN-GCC-Widget Summit."
    )
    by_name = {m.name: m for m in parse(text).meetings}
    assert by_name["2nd ASEAN-Gulf Cooperation Council Summit"].partners == ("GCC",)
    assert "1st ASEAN-GCC-Widget Summit" in by_name


def test_the_inaugural_meeting_of_a_forum_is_its_first() -> None:
    """'for the inaugural meeting of the ASEAN Regional Forum (ARF)': the 1st ARF."""
    text = "Ministers met in Bangkok on Monday, 25 July 1994, for the inaugural meeting of the ASEAN Regional Forum."
    (m,) = parse(text).meetings
    assert (m.name, m.series, m.ordinal) == ("1st ASEAN Regional Forum", "ARF", 1)


def test_a_lower_case_partner_summit_opening_a_sentence_with_at_is_reported() -> None:
    """'At the ASEAN-Ruritania summit, the leaders signed X': that summit was held (partner Ruritania's code)."""
    text = "At the ASEAN-Japan summit, the two sides signed the Framework Agreement on Widget Cooperation."
    (m,) = parse(text).meetings
    assert (m.name, m.partners) == ("ASEAN-Japan Summit", ("JP",))


def test_an_ordinal_word_before_a_lower_case_partner_summit() -> None:
    """'held the third ASEAN-India summit': the 3rd."""
    (m,) = parse("Leaders held the third ASEAN-India summit in the capital on 5 November 2031.").meetings
    assert m.ordinal == 3
    assert m.name == "3rd ASEAN-India Summit"


def test_a_name_does_not_reach_back_into_the_meeting_named_before_it() -> None:
    """'the ASEAN Summit on Widgets and the Special ASEAN Plus Three Summit.': two names, no full stop in either."""
    ex = parse("The Prime Minister chaired the ASEAN Summit on Widgets and the Special ASEAN Plus Three Summit on Tin.")
    assert [m.name for m in ex.meetings] == ["ASEAN Summit on Widgets", "Special ASEAN Plus Three Summit on Tin"]


def test_a_special_video_conference_is_a_name_but_via_video_conference_is_not() -> None:
    """'the Special Video Conference of the ASEAN Widget Ministers' is a meeting; 'VIA VIDEO CONFERENCE' is a mode."""
    ex = parse(
        "The two summits were preceded by the Special Video Conference of the ASEAN Widget Ministers on Tin, "
        "held on 7 April 2031."
    )
    assert [m.name for m in ex.meetings] == ["Special Video Conference of the ASEAN Widget Ministers on Tin"]
    ex = parse("# 12TH ASEAN WIDGET MINISTERS' MEETING VIA VIDEO CONFERENCE\n\nThe meeting was held on 7 April 2031.")
    assert all("VIDEO" not in m.name for m in ex.meetings)


def test_the_special_summit_in_lower_case_is_the_special_summit_on_its_topic() -> None:
    """'The special ASEAN Plus Three summit that followed' is the 'Special ASEAN Plus Three Summit on Tin'."""
    ex = parse(
        "The Prime Minister chaired the Special ASEAN Plus Three Summit on Tin on 3 May 2031. The special ASEAN Plus "
        "Three summit that followed was attended by the partners' leaders."
    )
    assert [m.name for m in ex.meetings] == ["Special ASEAN Plus Three Summit on Tin"]


def test_a_name_stops_before_with_and_its_partner_countries() -> None:
    """'the X Meeting with China, Japan and the Republic of Korea and the ASEAN-China Y Meeting': two names."""
    ex = parse(
        "Ministers attended the ASEAN Plus Three Widget Ministers Meeting with China, Japan and the Republic of "
        "Korea and the ASEAN-China Widget Ministers Meeting on 29 August 2031."
    )
    names = [m.name for m in ex.meetings]
    assert "ASEAN Plus Three Widget Ministers Meeting" in names
    assert "ASEAN-China Widget Ministers Meeting" in names


def test_a_consultation_with_partner_countries_takes_them_as_partners() -> None:
    """'the 30th AEM-CER Consultation with Australia and New Zealand': the name ends before 'with'; AU and NZ."""
    ex = parse("Ministers held the 30th AEM-CER Consultation with Australia and New Zealand on 9 September 2031.")
    (m,) = ex.meetings
    assert m.name == "30th AEM-CER Consultation"
    assert m.partners == ("AU", "NZ")


def test_a_kb_body_named_as_a_meeting_is_a_meeting_when_held() -> None:
    """'the Senior Officials Meeting on Health Development (SOMHD)' is a body the KB knows, and a meeting held."""
    ex = parse(
        "The programme opened on 26 August 2031 with the Senior Officials Meeting on Health Development (SOMHD)."
    )
    assert [m.name for m in ex.meetings] == ["Senior Officials Meeting on Health Development"]


def test_a_head_word_then_the_starts_a_new_clause() -> None:
    """'On the first day of the Meeting the Ministers were received': no meeting named 'Meeting the Ministers'."""
    ex = parse(
        "The 14th Meeting of the ASEAN Widget Ministers was held in Bandung on 8 October 2031. On the first day of "
        "the Meeting the Ministers were received at the Palace."
    )
    assert [m.name for m in ex.meetings] == ["14th Meeting of the ASEAN Widget Ministers"]


def test_a_bracketed_narrower_series_names_a_generic_meeting() -> None:
    """'a Senior Officials Meeting (SOM-AMAF)' is the SOM of the agriculture ministers, named in full."""
    ex = parse(
        "The 40th AMAF was held in Bandung from 8 to 10 October 2031. It was preceded by a Senior Officials Meeting "
        "(SOM-AMAF), which met in Bandung from 5 to 7 October 2031."
    )
    som = next(m for m in ex.meetings if m.series == "SOM-AMAF")
    assert som.name == "Senior Officials Meeting of the ASEAN Ministers on Agriculture and Forestry"


def test_a_title_s_name_ends_with_its_line() -> None:
    """'FIFTH ASEAN TELECOMMUNICATIONS AND IT MINISTERS MEETING (TELMIN 5)' then 'Ha Noi, ...' on the next line."""
    ex = parse(
        "JOINT MEDIA STATEMENT\nFIFTH ASEAN TELECOMMUNICATIONS AND IT MINISTERS MEETING (TELMIN 5)\nHa Noi, Viet Nam, "
        "26 September 2031\n\n1. The Ministers met in Ha Noi."
    )
    assert [m.name.lower() for m in ex.meetings] == ["5th asean telecommunications and it ministers meeting"]


def test_an_acronym_of_a_body_of_ministers_names_their_meeting() -> None:
    """'The 8th AMCA was held ...': the 8th Meeting of the ASEAN Ministers Responsible for Culture and Arts."""
    ex = parse("The 8th AMCA was held in Yogyakarta on 24 October 2031.")
    assert [m.name for m in ex.meetings] == ["8th Meeting of the ASEAN Ministers Responsible for Culture and Arts"]


def test_their_numbered_meeting_that_names_its_owner_is_not_named_twice() -> None:
    """'Leaders of the Association of Southeast Asian Nations (ASEAN) held their 12th ASEAN Summit': one 'ASEAN'."""
    ex = parse(
        "Leaders of the Association of Southeast Asian Nations (ASEAN) held their 12th ASEAN Summit on 13 January 2007."
    )
    assert [(m.name, m.series) for m in ex.meetings] == [("12th ASEAN Summit", "ASEAN Summit")]


def test_with_a_post_after_a_listed_meeting_is_not_part_of_its_name() -> None:
    """'2. **19th ASEAN-Ruritania Summit** with Prime Minister **NAME**': the name ends before 'with'."""
    ex = parse(
        "Leaders met in Vientiane on 7 September 2031.\n\n1. **19th ASEAN-Ruritania Summit** with Prime Minister "
        "**Rudolf Elphberg**\n",
        source="t.md",
    )
    assert [m.name for m in ex.meetings] == ["19th ASEAN-Ruritania Summit"]


def test_an_ordinal_word_or_a_trailing_number_numbers_an_acronym() -> None:
    """'the third APT EMM', 'the Twenty-Third AMEM' and 'ASED 9' are numbered meetings of their series."""
    ex = parse(
        "The Twenty-Third AMEM was held in Hue on 4 May 2031. Laos will host ASED 9, the third APT EMM and other "
        "meetings in 2032."
    )
    assert sorted((m.series, m.ordinal) for m in ex.meetings) == [("AMEM", 23), ("APT EMM", 3), ("ASED", 9)]


def test_a_counting_ordinal_word_before_an_acronym_is_no_number() -> None:
    """'his fourth AMM' counts one minister's meetings; 'the fifth AMEM dialogue' numbers the dialogue."""
    ex = parse(
        "This was his fourth AMM as minister. Officials also held the fifth AMEM dialogue with a partner agency "
        "on 3 July 2031."
    )
    assert all(m.ordinal is None for m in ex.meetings)


def test_an_all_capitals_heading_and_the_body_make_one_meeting_named_as_written() -> None:
    """'... OF THE TWENTIETH ASEAN MINISTERIAL MEETING' over 'The Twentieth ASEAN Ministerial Meeting was held ...'.

    The heading is read through the knowledge base's series name; the name as the text writes it wins.
    """
    ex = parse(
        "JOINT COMMUNIQUE OF THE TWENTIETH ASEAN MINISTERIAL MEETING\nSingapore, 15-16 June 1987\n\n"
        "1. The Twentieth ASEAN Ministerial Meeting was held in Singapore on 15 and 16 June 1987."
    )
    assert [m.name for m in ex.meetings] == ["20th ASEAN Ministerial Meeting"]
