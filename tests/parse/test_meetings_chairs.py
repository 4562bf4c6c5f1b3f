"""Meetings: chairs from passive and active cues, and chair sentences that cover several meetings at once."""

from asean_records import parse


def _chairs(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.chairs for m in parse(text, source="t").meetings}


def test_both_meetings_chaired_by_gives_the_chair_to_each() -> None:
    """Chair cue: "The two meetings were chaired by P" after two meetings are named gives P to each, theme too."""
    text = (
        "BANGKOK, 3 June 2023 - The 14th ASEAN Widget Senior Officials' Meeting and the 9th ASEAN Gadget "
        "Senior Officials' Meeting took place on 2 June 2023 in Bangkok.\n\n"
        "The two meetings were chaired by Somsak Thongdee, Director-General of the Department of Widgets, under "
        'the theme "Widgets for Everyone".\n'
    )
    ex = parse(text, source="t")
    named = [m for m in ex.meetings if m.ordinal in {14, 9}]
    assert len(named) == 2
    for m in named:
        assert m.chairs == ("Somsak Thongdee",)
        assert m.theme == "Widgets for Everyone"


def test_all_three_sessions_co_chaired() -> None:
    """Chair cue: "All three sessions were co-chaired by A and B" gives both co-chairs to each of three sessions."""
    text = (
        "JAKARTA, 12 March 2024 - The ASEAN-Japan Widget Dialogue, the ASEAN-Korea Widget Dialogue and the "
        "ASEAN-India Widget Dialogue were held on 11 March 2024 in Jakarta.\n\n"
        "All three sessions were co-chaired by Maria Dela Cruz, Undersecretary of Widgets of the Philippines, "
        "and Kenji Watanabe, Director-General of Widgets of Japan.\n"
    )
    chairs = _chairs(text)
    dialogues = [v for k, v in chairs.items() if k.endswith("Widget Dialogue")]
    assert len(dialogues) == 3
    for v in dialogues:
        assert v == ("Maria Dela Cruz", "Kenji Watanabe")


def test_a_single_meeting_chaired_by_keeps_the_last_meeting_only() -> None:
    """Without a plural subject the chair goes to the meeting the sentence is about, not to every meeting."""
    text = (
        "MANILA, 5 May 2022 - The 7th ASEAN Widget Ministers' Meeting was held on 4 May 2022 in Manila. "
        "The 3rd ASEAN Gadget Ministers' Meeting was chaired by Jose Ramirez, Secretary of Gadgets.\n"
    )
    chairs = _chairs(text)
    assert chairs["3rd ASEAN Gadget Ministers' Meeting"] == ("Jose Ramirez",)
    assert chairs["7th ASEAN Widget Ministers' Meeting"] == ()


def test_chairmanship_of_a_country_is_no_chair() -> None:
    """Chair cue: "under the chairmanship of Viet Nam" names no person: a later person is no chair."""
    text = (
        "HANOI, 9 July 2020 - The 12th ASEAN Widget Ministers' Meeting was held on 8 July 2020 under the "
        "chairmanship of Viet Nam and was attended by Tran Van Minh, Minister of Widgets of Viet Nam.\n"
    )
    assert _chairs(text)["12th ASEAN Widget Ministers' Meeting"] == ()


def test_under_the_chairmanship_of_a_person() -> None:
    """Chair cue: "under the chairmanship of P" is a chair cue."""
    text = (
        "VIENTIANE, 2 October 2024 - The 21st ASEAN Widget Ministers' Meeting convened on 1 October 2024 in "
        "Vientiane under the chairmanship of Khamla Vongsa, Minister of Widgets of the Lao PDR.\n"
    )
    assert _chairs(text)["21st ASEAN Widget Ministers' Meeting"] == ("Khamla Vongsa",)


def test_presided_over_and_led_a_meeting() -> None:
    """Chair cue: "P presided over the X" and "P led the X" make P the chair when X is the verb's object."""
    text = (
        "PHNOM PENH, 8 August 2022 - Sok Dara, Minister of Widgets of Cambodia, presided over the 6th ASEAN "
        "Widget Ministers' Meeting on 7 August 2022. Chan Vuthy, Secretary of State, led the 11th ASEAN Gadget "
        "Senior Officials' Meeting on 6 August 2022.\n"
    )
    chairs = _chairs(text)
    assert chairs["6th ASEAN Widget Ministers' Meeting"] == ("Sok Dara",)
    assert chairs["11th ASEAN Gadget Senior Officials' Meeting"] == ("Chan Vuthy",)


def test_led_a_delegation_to_a_meeting_is_no_chair() -> None:
    """Chair cue: "P led the delegation to the X" does not make P the chair of X."""
    text = (
        "SINGAPORE, 4 April 2023 - Lim Wei Jie, Minister of Widgets of Singapore, led the Singapore delegation "
        "to the 8th ASEAN Widget Ministers' Meeting held on 3 April 2023 in Jakarta.\n"
    )
    assert _chairs(text)["8th ASEAN Widget Ministers' Meeting"] == ()


def test_who_chaired_the_meeting() -> None:
    """Chair cue: "P, Minister of X, who chaired the meeting, said ..." makes P the chair of the meeting."""
    text = (
        "DILI, 8 March 2032 - The 4th ASEAN Widget Ministers' Meeting was held in Dili on 7 March 2032. "
        "Ana Soares, Minister of Widgets of Timor-Leste, who chaired the meeting, said that the talks went well.\n"
    )
    assert _chairs(text)["4th ASEAN Widget Ministers' Meeting"] == ("Ana Soares",)


def test_two_subjects_co_chaired() -> None:
    """Chair cue: "A, <title>, and B, <title>, co-chaired the X" gives both co-chairs, in order."""
    text = (
        "TOKYO, 9 May 2032 - Maria Dela Cruz, Undersecretary of Widgets of the Philippines, and Kenji Watanabe, "
        "Director-General of Widgets of Japan, co-chaired the 12th ASEAN-Japan Widget Dialogue on 8 May 2032.\n"
    )
    assert _chairs(text)["12th ASEAN-Japan Widget Dialogue"] == ("Maria Dela Cruz", "Kenji Watanabe")


def test_co_chaired_with_a_titled_partner() -> None:
    """Chair cue: "A co-chaired the X with <title> B" gives both co-chairs, A first."""
    text = (
        "MANILA, 4 June 2024 - Widget Secretary Maria Dela Cruz co-chaired the ASEAN-Japan Widget Dialogue with "
        "Japanese Widget Minister Kenji Watanabe on 3 June 2024 in Manila.\n"
    )
    chairs = _chairs(text)
    assert chairs["ASEAN-Japan Widget Dialogue"] == ("Maria Dela Cruz", "Kenji Watanabe")


def test_relative_clause_chair() -> None:
    """Chair cue: "the X, which A co-chaired with <title> B" gives the antecedent meeting both co-chairs."""
    text = (
        "MANILA, 4 June 2024 - The ministers then held the ASEAN-Japan Widget Dialogue, which Widget Secretary "
        "Maria Dela Cruz co-chaired with Japanese Widget Minister Kenji Watanabe.\n"
    )
    assert _chairs(text)["ASEAN-Japan Widget Dialogue"] == ("Maria Dela Cruz", "Kenji Watanabe")


def test_with_after_a_plain_chair_is_no_co_chair() -> None:
    """Chair cue: "A chaired the X with B present" (not co-chaired) gives A only."""
    text = (
        "MANILA, 4 June 2024 - Widget Secretary Maria Dela Cruz chaired the 5th ASEAN Widget Ministers' Meeting with "
        "Japanese Widget Minister Kenji Watanabe as a guest.\n"
    )
    chairs = _chairs(text)
    assert chairs["5th ASEAN Widget Ministers' Meeting"] == ("Maria Dela Cruz",)


def test_an_adverb_between_the_chair_and_the_verb() -> None:
    """Chair cue: "P today chaired the X" gives P."""
    text = "HUE, 26 February 2031 - Widget Minister Tran Van Minh today chaired the ASEAN Widget Ministers' Retreat."
    assert _chairs(text)["ASEAN Widget Ministers' Retreat"] == ("Tran Van Minh",)


def test_a_future_co_chair_names_an_acronym_meeting_and_both_co_chairs() -> None:
    """'P will co-chair the ASEAN-EU PMC with <title> Q': the PMC is a meeting, with both co-chairs."""
    text = "Widget Minister Tran Van Minh will co-chair the ASEAN-EU PMC with the EU's High Representative Maria Rossi."
    assert _chairs(text) == {"ASEAN-EU Post Ministerial Conference": ("Tran Van Minh", "Maria Rossi")}


def test_a_chair_noun_after_an_acronym_is_no_meeting() -> None:
    """'The ARF chair said ...' names the forum's chair, not a meeting."""
    assert _chairs("The ARF chair said the talks went well.") == {}


def test_who_chaired_the_a_and_the_b_gives_both() -> None:
    """'P, who chaired the A and the B in Kuala Lumpur, said ...': P chairs both."""
    text = (
        "Minister Tran Van Minh, who chaired the 12th ASEAN Widget Ministers' Meeting and the 13th Meeting of the "
        "Gadget Council in Kuala Lumpur, said the talks went well."
    )
    assert set(_chairs(text).values()) == {("Tran Van Minh",)}


def test_a_passive_chair_skips_the_meeting_the_subject_sat_beside() -> None:
    """'The X, held on the sidelines of the Y, was co-chaired by <title> A and <title> B': the X's co-chairs."""
    text = (
        "The 28th ASEAN Plus Three Widget Ministers' Meeting, held on the sidelines of the 58th Annual Meeting of the "
        "Gadget Bank, was co-chaired by Malaysian Second Minister of Finance Amir Hamzah Azizan and Chinese Vice "
        "Minister of Finance Liao Min."
    )
    chairs = _chairs(text)
    assert chairs["28th ASEAN Plus Three Widget Ministers' Meeting"] == ("Amir Hamzah Azizan", "Liao Min")
    assert chairs["58th Annual Meeting of the Gadget Bank"] == ()


def test_a_vice_chair_is_no_chair() -> None:
    """'chaired by A ..., and vice-chaired by B': A only."""
    text = (
        "The 26th Meeting of ASEAN Tourism Ministers was held on 2 February 2031. The Meeting was chaired by H.E. "
        "Ani Sutrisna, Minister of Tourism of Indonesia, and vice-chaired by Dato' Sri Lau King Hoe, Minister of "
        "Tourism of Malaysia."
    )
    assert _chairs(text)["26th Meeting of ASEAN Tourism Ministers"] == ("Ani Sutrisna",)


def test_a_pronoun_opening_the_next_sentence_chairs_when_one_person_came_before() -> None:
    """'P arrived on Monday. She co-chaired the X with <title> B': P and B, P inferred by coreference."""
    text = (
        "TOKYO, 4 March 2031 - Minister of Tourism Ani Sutrisna of Indonesia arrived in Tokyo on Monday. She "
        "co-chaired the 12th ASEAN-Japan Widget Dialogue with Vice Minister Kenji Watanabe on 3 March 2031."
    )
    ex = parse(text, source="t")
    (meeting,) = ex.meetings
    assert meeting.chairs == ("Ani Sutrisna", "Kenji Watanabe")
    first = next(fp for fp in meeting.provenance if fp.field == "chairs.0")
    assert first.provenance.basis.reason is not None
    assert first.provenance.basis.reason.value == "coreference"
    assert [text[s.start : s.end] for s in first.provenance.spans] == ["She"]


def test_a_pronoun_after_a_sentence_naming_two_people_gives_no_chair() -> None:
    """'A met B. He chaired the X': the pronoun could be either; no chair is guessed."""
    text = (
        "Minister Somchai Wongsuwan met Minister Ratana Srisai on Monday. He chaired the 5th ASEAN Widget "
        "Ministers' Meeting in Bangkok on 3 May 2031."
    )
    assert _chairs(text)["5th ASEAN Widget Ministers' Meeting"] == ()


def test_the_meeting_was_co_chaired_with_a_person() -> None:
    """'The Meeting was co-chaired with <title> B': B is a co-chair (the other one is not named there)."""
    text = (
        "The 8th ASEAN-Korea Widget Ministers' Meeting was held by videoconference on 9 September 2031. The Meeting "
        "was co-chaired with Minister of Tourism Park Ji-hoon of the Republic of Korea."
    )
    assert _chairs(text)["8th ASEAN-Korea Widget Ministers' Meeting"] == ("Park Ji-hoon",)


def test_in_her_capacity_as_co_chair() -> None:
    """'P attended, in her capacity as Co-chair, the X' and 'P, in his capacity as Chair of the X,': P chairs X."""
    attended = (
        "On 9 September 2031, Minister of Tourism Ana Cruz attended, in her capacity as Co-chair, the 8th "
        "ASEAN-Korea Widget Ministers' Meeting."
    )
    assert _chairs(attended)["8th ASEAN-Korea Widget Ministers' Meeting"] == ("Ana Cruz",)
    of_the = (
        "Minister Ana Cruz, in her capacity as Chair of the 20th ASEAN Widget Ministers' Meeting, opened the "
        "session in Manila on 3 May 2031."
    )
    assert _chairs(of_the)["20th ASEAN Widget Ministers' Meeting"] == ("Ana Cruz",)


def test_the_gathering_is_the_meeting_named_before() -> None:
    """'Moon co-chaired the gathering with <title> B': 'the gathering' is the meeting named just before."""
    text = (
        "President Kim Min-jun hosted the ASEAN-Korea Widget Summit in Busan on 26 November 2031. Kim co-chaired "
        "the gathering with Thai Prime Minister Somchai Wongsuwan."
    )
    assert _chairs(text)["ASEAN-Korea Widget Summit"] == ("Kim Min-jun", "Somchai Wongsuwan")


def test_the_ministerial_meeting_is_the_ministers_meeting_not_the_one_named_last() -> None:
    """'The ministerial meeting was held ... It was chaired by P' after the SOM is named: P chairs the ministers'."""
    text = (
        "Malaysia hosted the 1st ASEAN Widget Ministers' Meeting (AWMM1) and Related Meetings virtually from 19 to "
        "22 January 2031.\n\n"
        "The 1st ASEAN Widget Senior Officials' Meeting took place on 19 and 20 January 2031.\n\n"
        "The ministerial meeting was held on 21-22 January 2031.\n\n"
        "- It was chaired by Datuk Ahmad Faisal bin Hassan, Minister of Communications of Malaysia.\n"
    )
    chairs = _chairs(text)
    assert chairs["1st ASEAN Widget Ministers' Meeting"] == ("Ahmad Faisal bin Hassan",)
    assert chairs["1st ASEAN Widget Senior Officials' Meeting"] == ()


def test_co_chairs_listed_after_a_colon() -> None:
    """'The two prime ministers co-chaired the Summit: A, <post>, and B, <post>.': A and B."""
    text = (
        "Ruritania hosted the ASEAN-Ruritania Special Summit in Strelsau on 4-6 March 2031. The two prime ministers "
        "co-chaired the Summit: **the Honourable Rudolf Elphberg MP**, Prime Minister of Ruritania, and **H.E. "
        "Khamla Phommachanh**, Prime Minister of the Lao PDR."
    )
    assert _chairs(text)["ASEAN-Ruritania Special Summit"] == ("Rudolf Elphberg", "Khamla Phommachanh")


def test_under_the_chair_of_and_the_one_day_meeting() -> None:
    """'held ... under the chair of P' and 'The one-day meeting was chaired by P' (an anaphor with an adjective)."""
    under = (
        "The 38th ASEAN Senior Officials Meeting on Widgets, held online on 24 August 2031 under the chair of Hoang "
        "Tien Dung, Director of the Widget Authority at the Ministry of Industry and Trade, reviewed the results."
    )
    assert _chairs(under)["38th ASEAN Senior Officials Meeting on Widgets"] == ("Hoang Tien Dung",)
    one_day = (
        "The 1st ASEAN Widget Ministers' Meeting-Plus was held in Ha Noi on 12 October 2031. The one-day meeting "
        "was chaired by General Somchai Heng, Minister of National Defence of Thailand."
    )
    assert _chairs(one_day)["1st ASEAN Widget Ministers' Meeting-Plus"] == ("Somchai Heng",)


def test_a_chair_after_in_conjunction_with_the_summit_is_the_side_meeting_s() -> None:
    """'the X Council Meeting, held in conjunction with the summit and chaired by P': P chairs X, not the summit."""
    text = (
        "The 46th ASEAN Summit opened in Kuala Lumpur on 26 May 2025. The summit week opened on Sunday with the "
        "25th ASEAN Widget Council Meeting, held in conjunction with the summit and chaired by Investment, Trade "
        "and Industry Minister Ahmad Faisal bin Hassan."
    )
    chairs = _chairs(text)
    assert chairs["25th ASEAN Widget Council Meeting"] == ("Ahmad Faisal bin Hassan",)
    assert chairs["46th ASEAN Summit"] == ()


def test_a_person_elected_chairman_of_the_meeting_chairs_it() -> None:
    """'P, Minister of X, was unanimously elected Chairman of the Meeting, and Q was elected Vice-Chairman'."""
    ex = parse(
        "The 14th Meeting of the ASEAN Widget Ministers was held in Bandung on 8 October 2031. H.E. Mr. Wardoyo, "
        "Minister of Widgets of Indonesia, was unanimously elected Chairman of the Meeting, and H.E. Dato Paduka "
        "Yahya bin Haji Harris was elected Vice-Chairman."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Wardoyo",)


def test_our_meeting_in_a_joint_statement_is_the_meeting() -> None:
    """'We held our 5th Meeting (WIDMIN 5) ... Our meeting was chaired by P': P chairs it."""
    ex = parse(
        "1. We, the ASEAN Widget Ministers, held the 5th ASEAN Widget Ministers Meeting in Hanoi on 26 September "
        "2031.\n\n2. Our meeting was chaired by H.E. Prof. Dr. Do Van Tam, Minister of Widgets of Viet Nam."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Do Van Tam",)


def test_the_council_is_the_council_meeting_named_before() -> None:
    """'The 16th Meeting of the X Council ... P, <post>, chaired the Council.': P chairs that meeting."""
    ex = parse(
        "The 16th Meeting of the ASEAN Widget Area Council was held in Bandar Seri Begawan on 11 September 2031. "
        "Pehin Dato Abdul Rahman Taib, Minister of Widgets of Brunei Darussalam, chaired the Council."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Abdul Rahman Taib",)


def test_the_inaugural_meeting_is_the_first_one_named() -> None:
    """'... at the First X Plus Three Meeting. The inaugural Meeting will be co-chaired by A and B': not the 5th X."""
    ex = parse(
        "1. We convened the Fifth ASEAN Widget Ministers Meeting in Bangkok on 16 December 2031. The Meeting was "
        "chaired by H.E. Mr. Sora-at Klinpratoom, Minister of Widgets of Thailand.\n\n"
        "2. We looked forward to meeting our counterparts tomorrow, 17 December 2031, at the First ASEAN Plus Three "
        "Widget Ministers Meeting. The inaugural Meeting will be co-chaired by H.E. Mr. Sora-at Klinpratoom and "
        "H.E. Mr. Li Xueju, Minister of Civil Affairs of the People's Republic of China."
    )
    chairs = {m.ordinal: m.chairs for m in ex.meetings}
    assert chairs[5] == ("Sora-at Klinpratoom",)
    assert chairs[1] == ("Sora-at Klinpratoom", "Li Xueju")


def test_chaired_both_the_a_and_the_b_gives_both_the_chair() -> None:
    """'P, whose country holds the chairmanship this year, chaired both the A and the B from Hanoi'."""
    ex = parse(
        "Vietnamese Prime Minister Nguyen Xuan Phuc, whose country holds the rotating ASEAN chairmanship this year, "
        "chaired both the Special ASEAN Summit on Widgets and the Special ASEAN Plus Three Summit on Widgets from "
        "Hanoi on 14 April 2031."
    )
    assert [m.chairs for m in ex.meetings] == [("Nguyen Xuan Phuc",)] * 2


def test_hosted_and_chaired_the_meeting() -> None:
    """'P, barely a year into the job, hosted and chaired the meeting': P chairs it."""
    ex = parse(
        "The Fourth ASEAN Widget Summit took place in Singapore on 27-28 January 2031. Singapore's Prime Minister "
        "Goh Chok Tong, barely a year into the job, hosted and chaired the meeting."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Goh Chok Tong",)


def test_a_chair_title_with_an_ordinal_chairs_that_numbered_meeting() -> None:
    """'P, Chairman of the 15th ASEAN Summit, said ...': P chairs the 15th, not another summit the text names."""
    ex = parse(
        "The 9th ASEAN Summit was held in Bali on 7 October 2003. Prime Minister Abhisit Vejjajiva, Chairman of the "
        "15th ASEAN Summit, said the meeting went well."
    )
    chairs = {m.ordinal: m.chairs for m in ex.meetings}
    assert chairs[15] == ("Abhisit Vejjajiva",)
    assert chairs[9] == ()


def test_a_list_of_meetings_all_chaired_by_one_person() -> None:
    """'The A, the B and the C were all chaired by P': each of the three has P as chair."""
    ex = parse(
        "MANILA, 8 August 2031 - The 64th AMM, the 38th ARF and the 32nd ASEAN Plus Three Foreign Ministers' Meeting "
        "were all chaired by Maria Santos, Secretary of Foreign Affairs of the Philippines."
    )
    assert [m.chairs for m in ex.meetings] == [("Maria Santos",)] * 3


def test_a_person_who_chaired_both_meetings_chairs_each() -> None:
    """'The A and the B were held as a joint session. P chaired both meetings.': P chairs the two."""
    ex = parse(
        "PENANG, 9 May 2031 - The 8th ASEAN Ministerial Meeting on Widgets and the 5th Meeting of the Parties to the "
        "ASEAN Agreement on Gadgets were held as a joint session. Deputy Prime Minister Datuk Seri Nor Aini Hashim "
        "chaired both meetings."
    )
    assert [m.chairs for m in ex.meetings] == [("Nor Aini Hashim",)] * 2


def test_a_meeting_opened_under_a_person_as_chairman() -> None:
    """'The X opened on Monday under <title> P as chairman': P chairs X."""
    ex = parse(
        "VIENTIANE, 2 December 2031 - The 59th ASEAN Widget Summit opened on Monday under Lao Prime Minister "
        "Khamphet Vongsa as chairman."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Khamphet Vongsa",)


def test_a_person_who_was_chairman_of_the_meeting_chairs_it() -> None:
    """'P, <post>, was Chairman of the Meeting' (no 'elected'): P chairs it; the Vice-Chairman does not."""
    ex = parse(
        "1. The Twentieth ASEAN Widget Ministers' Meeting was held in Cebu on 3 and 4 March 2031.\n\n"
        "2. H.E. Ramon D. Castillo, Secretary of Widgets of the Philippines, was Chairman of the Meeting. H.E. Tan "
        "Boon Kiat, Minister for Widgets of Singapore, was elected Vice-Chairman."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Ramon D. Castillo",)


def test_a_lower_case_description_of_a_named_meeting_is_that_meeting() -> None:
    """'... including the 9th Meeting of the Governing Board of X. The governing board meeting, chaired by P, ...'."""
    ex = parse(
        "SURABAYA, 4 October 2031 - The 12th ASEAN Widget Ministers' Meeting closed today after a week of related "
        "meetings, including the 9th Meeting of the Governing Board of the ASEAN Widget Centre. The governing board "
        "meeting, chaired by Director-General Dato Rahim Salleh, agreed to raise contributions."
    )
    chairs = {m.ordinal: m.chairs for m in ex.meetings}
    assert chairs == {12: (), 9: ("Rahim Salleh",)}


def test_presided_over_a_description_then_the_meeting_name() -> None:
    """'P also presided over the bloc's own foreign ministers' talks, the 64th X Meeting': P chairs it."""
    ex = parse(
        "HANOI, 23 July 2031 - Vietnam's Foreign Minister Pham Van Tam also presided over the bloc's own foreign "
        "ministers' talks, the 64th ASEAN Ministerial Meeting, held here on Monday."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Pham Van Tam",)


def test_who_is_chairing_the_summit() -> None:
    """'<title> P, who is chairing the summit, said ...': P chairs it."""
    ex = parse(
        "KUALA LUMPUR, 26 October 2031 - The 58th ASEAN Widget Summit opened here today. Malaysian Prime Minister "
        "Ahmad Razak, who is chairing the summit, said the new member completes the family."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Ahmad Razak",)


def test_co_chairs_listed_with_their_posts() -> None:
    """'co-chaired by A together with B, <post>, C, <post>, and D, <post>': all four co-chair it, in order."""
    ex = parse(
        "5. On 28 August 2031, ASEAN Economic Ministers held the AEM Plus Three Consultations, co-chaired by H.E. Tran "
        "Van An together with H.E. Zhong Wei, Minister of Commerce of the People's Republic of China, H.E. Hiroshi "
        "Kato, Minister of Economy, Trade and Industry of Japan, and H.E. Yoo Min-hee, Minister for Trade of the "
        "Republic of Korea."
    )
    (m,) = ex.meetings
    assert m.chairs == ("Tran Van An", "Zhong Wei", "Hiroshi Kato", "Yoo Min-hee")
