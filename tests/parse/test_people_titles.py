"""Tests for titles, countries and short mentions of people (invented people and texts)."""

from __future__ import annotations

from _people_stage import run_people

from asean_records import parse

_people = run_people


def _rows(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    found, _ = _people(text)
    return [(p.name, p.titles, p.country) for p in found.people]


def test_lao_before_a_post_gives_the_country_before_or_after_the_name() -> None:
    """The word "Lao" before a post names Laos, as "Japanese" names Japan."""
    assert _rows("Lao Foreign Minister Khamsing Vongsa said the talks were useful.") == [
        ("Khamsing Vongsa", ("Foreign Minister",), "LA")
    ]
    assert _rows("Lao Prime Minister Khamsing Vongsa opened the fair.") == [
        ("Khamsing Vongsa", ("Prime Minister",), "LA")
    ]
    assert _rows("Khamsing Vongsa, Lao Deputy Prime Minister, said it.") == [
        ("Khamsing Vongsa", ("Deputy Prime Minister",), "LA")
    ]


def test_an_ambiguous_place_or_people_not_before_a_post_gives_no_country() -> None:
    """The word "Lao" before a non-post word, or a non-member's ambiguous name before a post, gives no country."""
    assert _rows("The Lao community welcomed Mr. Khamsing Vongsa, a trader, who said prices rose.") == [
        ("Khamsing Vongsa", (), None)
    ]
    assert _rows("Georgia Governor Tom Baker said the talks were useful.") == [("Tom Baker", ("Governor",), None)]


def test_two_posts_joined_by_and_before_or_after_the_name_are_two_titles() -> None:
    """A compound post gives both titles, written before the name or after it."""
    both = ("Deputy Prime Minister", "Minister of Foreign Affairs")
    assert _rows("Deputy Prime Minister and Minister of Foreign Affairs Chanthavong Keola opened the meeting.") == [
        ("Chanthavong Keola", both, None)
    ]
    assert _rows("Chanthavong Keola, Deputy Prime Minister and Minister of Foreign Affairs, opened the meeting.") == [
        ("Chanthavong Keola", both, None)
    ]


def test_and_before_a_post_joins_no_words_that_are_not_a_post() -> None:
    """Words before "and" that do not end in a post stay out of the title."""
    assert _rows("Exports grew and Minister Chanthavong Keola said so.") == [("Chanthavong Keola", ("Minister",), None)]


def test_a_title_stops_before_the_next_person_in_a_list() -> None:
    """A title never takes in ", and Mr" or ", and Datin Paduka ...": the next person is found with their own."""
    assert _rows(
        "The meeting was chaired by Ms. Rina Saputri, Director of Trade, and Mr. Arif Hakim, Director of Finance."
    ) == [("Rina Saputri", ("Director of Trade",), None), ("Arif Hakim", ("Director of Finance",), None)]
    assert _rows(
        "Awang Haji Rosdi bin Haji Omar, Acting Permanent Secretary, and Datin Paduka Hajah Norlia binti Haji "
        "Jamil, Deputy Permanent Secretary, attended."
    ) == [
        ("Rosdi bin Haji Omar", ("Acting Permanent Secretary",), None),
        ("Norlia binti Haji Jamil", ("Deputy Permanent Secretary",), None),
    ]


def test_a_portfolio_listed_with_and_still_stays_whole() -> None:
    """A portfolio listed with commas and "and" before a capitalised word that is no honorific stays one title."""
    assert _rows("Mr. Aung Min, Minister of Trade, Industry, and Energy, said the plan was ready.") == [
        ("Aung Min", ("Minister of Trade, Industry, and Energy",), None)
    ]


def test_initials_suffixes_and_an_external_affairs_minister() -> None:
    """A first initial keeps its full stop, a generational suffix stays in capitals, "External Affairs" is a post."""
    found, _ = _people(
        "Dr. R. Venkataraman, External Affairs Minister of India, said ties were strong. "
        "Senator Rodrigo Alcantara II said the bill would pass."
    )
    assert [(p.name, p.titles, p.country, p.family_name) for p in found.people] == [
        ("R. Venkataraman", ("External Affairs Minister",), "IN", "Venkataraman"),
        ("Rodrigo Alcantara II", (), None, None),
    ]


def test_a_single_capital_letter_and_stop_before_a_word_is_no_initial_of_a_person() -> None:
    """A capital letter with a full stop starting a clause gives no person without evidence."""
    assert _rows("As the plan said, A. Team would lead the work.") == []


def test_bylines_are_authors_not_people_of_the_story() -> None:
    """A byline on its own line or closing the text is left out; a person the story names is kept."""
    assert _rows("By Nguyen Thanh Lam\nHANOI - Trade Minister Tran Van Hoa said exports grew.") == [
        ("Tran Van Hoa", ("Trade Minister",), None)
    ]
    assert _rows("HANOI - Both sides signed a pact. By Mr. TRAN Van Hoa") == []
    assert _rows("By Siti Rahmah, Antara\nJAKARTA - Ministers met.") == []


def test_by_inside_a_story_still_introduces_a_person() -> None:
    """A "by NAME" inside a sentence that goes on is a person; an office named like a person is none."""
    assert _rows("The plan was drafted by Mr. Tran Van Hoa\nand approved later.") == [("Tran Van Hoa", (), None)]
    assert _rows("The talks went well. By Minister Tran Van Hoa's count, ten deals were signed.") == [
        ("Tran Van Hoa", ("Minister",), None)
    ]
    assert _rows("Cheong Wa Dae said in a statement that talks would resume.") == []


def _quotes(text: str) -> list[tuple[str, str]]:
    found, doc = _people(text)
    names = {p.id: p.name for p in found.people}
    return [(doc.text[m.start : m.end], names[m.record_id]) for m in found.person_mentions]


def test_thai_malay_and_bruneian_people_are_mentioned_later_by_the_given_name() -> None:
    """The first word of the name alone, before a reporting verb, mentions a Thai, Malay or Bruneian person."""
    assert ("Somsak", "Somsak Charoenpol") in _quotes(
        "Prime Minister Somsak Charoenpol of Thailand said trade grew. Somsak added that tariffs fell."
    )
    assert ("Mohamad", "Mohamad Azlan Yusof") in _quotes(
        "Minister of Trade Datuk Seri Mohamad Azlan Yusof said trade grew. Mohamad said tariffs would fall."
    )
    assert ("Zulkifli", "Zulkifli bin Haji Hamdan") in _quotes(
        "Awang Haji Zulkifli bin Haji Hamdan, Permanent Secretary, said it. Awang Zulkifli added more."
    )


def test_a_given_name_links_to_no_one_when_shared_or_when_the_name_is_not_used_so() -> None:
    """A given name two people share, or the first word of a name whose people go by the family name, links no one."""
    shared = _quotes("Datuk Ahmad Yusof and Datuk Ahmad Rahim spoke. Ahmad said it.")
    assert [q for q, _ in shared] == ["Ahmad Yusof", "Ahmad Rahim"]
    assert "Somsak" not in [q for q, _ in _quotes("Prime Minister Somsak Charoenpol said so. Somsak added more.")]


def test_a_post_then_the_name_between_commas_then_a_reporting_verb() -> None:
    """A post opening the sentence, then ", NAME," and a reporting verb: the person, with the post and country."""
    assert _rows("The President of the Lao PDR, Bounsouk Phommachanh, said the corridor would open.") == [
        ("Bounsouk Phommachanh", ("President",), "LA")
    ]
    assert _rows("The Golden Lotus Hall, Green Valley Partners, said prices rose.") == []


def test_secretary_alone_and_a_one_word_name_after_a_minister_s_post() -> None:
    """Secretary alone before a name is a post; one word after a minister's post, before a reporting verb, is a name."""
    assert _rows("Secretary Ramon Dizon led the delegation to Hanoi.") == [("Ramon Dizon", ("Secretary",), None)]
    assert _rows("Minister of Agriculture Sutrisno said rice output rose.") == [
        ("Sutrisno", ("Minister of Agriculture",), None)
    ]


def test_one_word_after_a_post_without_a_reporting_verb_is_no_person() -> None:
    """One word after a post is a name only before a reporting verb; an office's name is never one."""
    assert _rows("Minister of Agriculture Sutrisno visited the farm.") == []
    assert _rows("The Ministry of Agriculture Office said output rose.") == []


def test_a_ministry_s_building_named_like_a_person_is_no_person() -> None:
    """'led by Wisma Putra secretary-general Datuk Seri NAME': one person, the secretary-general."""
    assert [r[0] for r in _rows("The talks were led by Wisma Putra secretary-general Datuk Seri Amir Hamzah Zin.")] == [
        "Amir Hamzah Zin"
    ]


def test_one_word_of_a_name_after_a_title_is_that_person_again() -> None:
    """'Prime Minister Phuc' after 'Prime Minister Nguyen Van Phuc'; 'Minister Tan' fits two people and adds none."""
    assert [r[0] for r in _rows("Prime Minister Nguyen Van Phuc spoke. Prime Minister Phuc said so.")] == [
        "Nguyen Van Phuc"
    ]
    assert [r[0] for r in _rows("Minister Tan Wei Ming met Minister Tan Bee Leng. Minister Tan said so.")] == [
        "Tan Wei Ming",
        "Tan Bee Leng",
    ]


def test_a_portfolio_of_several_words_before_a_name() -> None:
    """'Minister of Communication and Informatics NAME', 'Minister of Culture, Youth and Sports Dato NAME'."""
    assert _rows("Indonesia was represented by Minister of Communication and Informatics Budi Arie Setiadi.") == [
        ("Budi Arie Setiadi", ("Minister of Communication and Informatics",), None)
    ]
    assert [r[:2] for r in _rows("The Minister of Culture, Youth and Sports Dato Haji Amin Ihsan attended.")] == [
        ("Amin Ihsan", ("Minister of Culture, Youth and Sports",))
    ]


def test_two_posts_joined_by_and_after_the_name() -> None:
    """'NAME, Undersecretary of the Department of X and Administrator of the Office of Y': two titles."""
    assert [r[1] for r in _rows("The session was chaired by H.E. Jose Cruz, Undersecretary of the Department of "
                                "Widgets and Administrator of the Office of Gadgets.")] == [
        ("Undersecretary of the Department of Widgets", "Administrator of the Office of Gadgets")
    ]  # fmt: skip


def test_a_plural_post_before_and_names_a_group_not_the_person() -> None:
    """'the Foreign Ministers of the Member States and the Secretary-General of ASEAN, Dr. NAME': one title."""
    text = (
        "The meeting was attended by the Foreign Ministers of the ASEAN Member States and the Secretary-General of "
        "ASEAN, Dr. Kao Wei Ming."
    )
    assert [r[1] for r in _rows(text)] == [("Secretary-General of ASEAN",)]


def test_state_councilor_is_a_post() -> None:
    """'State Councilor and Foreign Minister NAME': two titles."""
    assert _rows("Chinese State Councilor and Foreign Minister Wang Hua attended.") == [
        ("Wang Hua", ("State Councilor", "Foreign Minister"), "CN")
    ]


def test_united_states_after_a_post_is_a_country_not_the_verb_states() -> None:
    """'NAME, President of the United States of America.': the title is President, the country US."""
    assert _rows("The summit was attended by H.E. Joe Widget, President of the United States of America.") == [
        ("Joe Widget", ("President",), "US")
    ]


def test_a_headline_verb_after_a_name_is_no_part_of_it() -> None:
    """'President Jokowi Closes 43rd ASEAN Summit | Ministry' makes no person 'Jokowi Closes'."""
    names = [r[0] for r in _rows("President Widi Closes 43rd ASEAN Widget Summit | Ministry of Widgets\n\nJakarta, 7 "
                                 "September 2031 - President Widi Santoso today closed the summit.")]  # fmt: skip
    assert "Widi Closes" not in names
    assert "Widi Santoso" in names


def test_a_list_of_leaders_with_posts_before_names_gives_each_only_their_own_post() -> None:
    """'A, Lao Prime Minister B, Myanmar State Counsellor C': B's post and name are no title of A's."""
    text = (
        "On Wednesday, Kim sat down with Cambodian Prime Minister Heng Sok, Lao Prime Minister Khamla "
        "Phommachanh, Myanmar State Counsellor Aye Aye Mon, Ratana and Thai Prime Minister Ratana Srisai for the "
        "summit."
    )
    people = {p.name: p for p in parse(text, source="t").people}
    assert people["Heng Sok"].titles == ("Prime Minister",)
    assert people["Heng Sok"].country == "KH"
    assert people["Khamla Phommachanh"].titles == ("Prime Minister",)


def test_a_title_that_runs_on_after_its_head_stays_whole() -> None:
    """'Ambassador Extraordinary and Plenipotentiary' after a name is one title, not a post and a name."""
    text = "The Meeting was attended by H.E. Somchai Heng, Ambassador Extraordinary and Plenipotentiary of Thailand."
    (person,) = parse(text, source="t").people
    assert person.titles == ("Ambassador Extraordinary and Plenipotentiary",)


def test_a_portfolio_after_and_stays_in_its_post_before_the_next_post() -> None:
    """'Minister of Foreign Affairs and International Cooperation and Special Envoy of X': two posts, not three."""
    text = (
        "H.E. PRAK Sovann, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation and "
        "Special Envoy of the ASEAN Chair on Widgets, briefed the leaders."
    )
    (person,) = parse(text, source="t").people
    assert person.titles == (
        "Deputy Prime Minister",
        "Minister of Foreign Affairs and International Cooperation",
        "Special Envoy of the ASEAN Chair on Widgets",
    )


def test_a_post_ending_the_sentence_before_is_no_title_of_the_next_name() -> None:
    """'... Minister of National Defence. Prime Minister NAME opened': NAME is Prime Minister, nothing more."""
    text = (
        "The meeting was chaired by General Somchai Heng, Ruritania's Minister of National Defence. Prime Minister "
        "Ratana Srisai opened the session."
    )
    people = {p.name: p for p in parse(text, source="t").people}
    assert people["Ratana Srisai"].titles == ("Prime Minister",)


def test_a_title_stops_at_a_label_line_and_joins_a_wrapped_line() -> None:
    """A title never takes the next line when it is a label ('Theme:'); a title wrapped over two lines is one."""
    labelled = (
        "**Chair:** H.E. Mr. Khamla PHOMMACHANH, Deputy Prime Minister and Minister of Foreign Affairs of the Lao "
        'PDR\n**Theme of the year:** "Widgets for All"\n\nThe ministers met.'
    )
    (person,) = parse(labelled, source="t.md", format="markdown").people
    assert person.titles == ("Deputy Prime Minister", "Minister of Foreign Affairs")
    wrapped = "The meeting was opened by H.E. Somchai Heng, Minister of Foreign\nAffairs of Thailand, who said so."
    (person,) = parse(wrapped, source="t").people
    assert person.titles == ("Minister of Foreign Affairs",)


def test_a_post_then_a_name_between_commas_then_a_meeting_verb_is_a_person() -> None:
    """'Thailand's Foreign Minister, NAME, chaired the session': a person with that post (no speech verb needed)."""
    text = "The 1st ASEAN Widget Forum was held on 25 July 2031. Thailand's Foreign Minister, Somchai Heng, chaired."
    (person,) = parse(text, source="t").people
    assert person.name == "Somchai Heng"
    assert person.titles == ("Foreign Minister",)


def test_a_post_with_a_roman_number_keeps_it_and_the_person() -> None:
    """'Finance Minister II Datuk Seri NAME': the post's number is part of the post, the person is found."""
    ex = parse("Finance Minister II Datuk Seri Kamal Yusri Ahmad chaired the ASEAN Widget Ministers' Meeting.")
    (p,) = ex.people
    assert p.name == "Kamal Yusri Ahmad"
    assert p.titles == ("Finance Minister II",)


def test_a_group_before_and_is_no_title_of_the_person() -> None:
    """'in the presence of the ministers and ASEAN Secretary-General NAME': 'ministers' is not the person's post."""
    ex = parse("The widget fair opened in the presence of the ministers and ASEAN Secretary-General Dato Lim Wei Han.")
    (p,) = ex.people
    assert p.titles == ("ASEAN Secretary-General",)


def test_yang_is_a_family_name_outside_the_malay_post() -> None:
    """'Chinese Foreign Minister Yang Jie' keeps Yang in the name ("Yang di-Pertuan Agong" is the post)."""
    ex = parse("Chinese Foreign Minister Yang Jie hit back after the session.")
    assert [(p.name, p.titles) for p in ex.people] == [("Yang Jie", ("Foreign Minister",))]


def test_a_malay_name_written_again_without_haji_is_the_same_person() -> None:
    """'YAB Dato Sri Haji Kamal Haji Yusri, Deputy Prime Minister' then 'Kamal Yusri said': one person."""
    ex = parse(
        "The meeting was chaired by YAB Dato Sri Haji Kamal Haji Yusri, Deputy Prime Minister. Speaking after the "
        "meeting, Kamal Yusri said the outcomes were good."
    )
    assert [p.name for p in ex.people] == ["Kamal Haji Yusri"]


def test_a_head_of_state_known_by_one_name() -> None:
    """'welcomed President Sukarmo of Indonesia, ...': one word is the whole name between a post and its country."""
    ex = parse("The host welcomed President Sukarmo of Indonesia and Prime Minister Ahmad Razak of Malaysia.")
    assert [(p.name, p.titles, p.country) for p in ex.people] == [
        ("Sukarmo", ("President",), "ID"),
        ("Ahmad Razak", ("Prime Minister",), "MY"),
    ]


def test_the_last_word_of_a_portfolio_is_no_name() -> None:
    """'Minister of National Unity of Malaysia': 'Unity' ends the portfolio; it is nobody's name."""
    ex = parse("The meeting was chaired by Datuk Aaron Dagang, Minister of National Unity of Malaysia.")
    assert [p.name for p in ex.people] == ["Aaron Dagang"]


def test_a_lower_case_post_after_a_country_s_possessive() -> None:
    """A lower-case post after a country's possessive, right before ', NAME,', is the person's post and country.

    'Japan's new prime minister, NAME, was to fly in': the post is title-cased.
    """
    ex = parse(
        "Japan's new prime minister, Kenji Sato, was to fly in on Tuesday. Indonesia's foreign minister, Dewi "
        "Lestari, said the talks went well."
    )
    assert [(p.name, p.titles, p.country) for p in ex.people] == [
        ("Kenji Sato", ("Prime Minister",), "JP"),
        ("Dewi Lestari", ("Foreign Minister",), "ID"),
    ]
