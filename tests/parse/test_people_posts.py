"""Tests for posts written around a name: law officers, lists of delegates, portfolios (invented people and texts)."""

from __future__ import annotations

from _people_stage import run_people


def _rows(text: str) -> list[tuple[str, tuple[str, ...]]]:
    found, _ = run_people(text)
    return [(p.name, p.titles) for p in found.people]


def test_law_officers_are_posts() -> None:
    """An attorney-general, a solicitor-general or an officer-in-charge holds a post, hyphenated or not."""
    assert _rows(
        "The meeting was chaired by Datuk Harun Salleh, Attorney-General of Malaysia. It was attended by "
        "H.E. Mr. Teodoro Villamor, Solicitor General of the Philippines, and H.E. Mr. Arturo Penafiel, "
        "Officer-in-Charge of the Department of Energy."
    ) == [
        ("Harun Salleh", ("Attorney-General",)),
        ("Teodoro Villamor", ("Solicitor General",)),
        ("Arturo Penafiel", ("Officer-in-Charge of the Department of Energy",)),
    ]


def test_posts_opened_by_union_parliamentary_standing_or_state() -> None:
    """Union, Parliamentary, Standing and State open posts ("Union Minister", "State Councilor")."""
    assert _rows(
        "H.E. U Aung Kyaw Min, Union Minister for Construction of Myanmar, spoke first. "
        "H.E. Mr. Ito Kenta, Parliamentary Vice-Minister of Land, Infrastructure and Tourism of Japan, spoke next. "
        "H.E. Mr. Tran Van Hai, Standing Deputy Prime Minister of Viet Nam, spoke after him. "
        "Zhou Minghua, State Councilor and Minister of Commerce of China, spoke last."
    ) == [
        ("Aung Kyaw Min", ("Union Minister for Construction",)),
        ("Ito Kenta", ("Parliamentary Vice-Minister of Land, Infrastructure and Tourism",)),
        ("Tran Van Hai", ("Standing Deputy Prime Minister",)),
        ("Zhou Minghua", ("State Councilor", "Minister of Commerce")),
    ]


def test_a_post_before_a_comma_and_the_next_honorific_is_the_first_persons() -> None:
    """In "H.E. A, POST, H.E. B, POST" each post is its own person's, and B takes none of A's."""
    assert _rows(
        "It was attended by H.E. Mr. Bounmy Chanthala, Deputy Prime Minister and Minister of Finance of the Lao PDR, "
        "H.E. Dr. Mya Thandar, Minister of Health of Myanmar, and others."
    ) == [
        ("Bounmy Chanthala", ("Deputy Prime Minister", "Minister of Finance")),
        ("Mya Thandar", ("Minister of Health",)),
    ]


def test_a_listed_portfolio_stops_at_a_country_or_at_the_next_post() -> None:
    """After "... of COUNTRY", or with a post in it, ", and NAME" is the next person, not the rest of a portfolio."""
    assert _rows(
        "Among the heads of delegation were Zhou Minghua, Minister of Commerce of China, and Peter Haddon, "
        "Secretary of Commerce of the United States."
    ) == [("Zhou Minghua", ("Minister of Commerce",)), ("Peter Haddon", ("Secretary of Commerce",))]
    assert _rows(
        "The talks were co-chaired by Anna Lindqvist, President of the European Council, and Cambodian Prime "
        "Minister Sok Dara, who spoke first."
    ) == [("Anna Lindqvist", ("President of the European Council",)), ("Sok Dara", ("Prime Minister",))]


def test_a_suffix_or_then_before_the_post() -> None:
    """A generational suffix or "then" between the name and the post: the post is still found."""
    assert _rows("The meeting was chaired by H.E. Ramon B. Ocampo, Jr., Secretary of Finance, and others.") == [
        ("Ramon B. Ocampo", ("Secretary of Finance",))
    ]
    assert _rows("It met under H.E. Dr. Somsak Wongchai, then Minister of Energy of Thailand. It grew.") == [
        ("Somsak Wongchai", ("Minister of Energy",))
    ]


def test_a_post_ending_in_a_country_then_a_name_is_the_next_persons() -> None:
    """A name right after "POST of the Republic of Korea" is a person, with that post."""
    assert _rows(
        "It was attended by Vice Minister of Trade of China Zhou Minghua, Vice Minister of Trade of the Republic "
        "of Korea Park Jin-seo and others."
    ) == [("Zhou Minghua", ("Vice Minister of Trade",)), ("Park Jin-seo", ("Vice Minister of Trade",))]


def test_portfolio_words_before_a_name() -> None:
    """Portfolio words before a name ("Labor and Employment", "Finance and Revenue") are no part of it."""
    assert _rows("The delegation was led by Secretary of Labor and Employment Ramon T. Ocampo.") == [
        ("Ramon T. Ocampo", ("Secretary of Labor and Employment",))
    ]
    assert _rows("Also there was the Minister of Finance and Revenue U Aung Kyaw Min and others.") == [
        ("Aung Kyaw Min", ("Minister of Finance and Revenue",))
    ]


def test_a_ministry_or_department_after_the_post_and_a_comma_stays_in_it() -> None:
    """A department after the post and a comma stays in it (its portfolio may list); the country stays out."""
    assert _rows(
        "It was attended by H.E. Mr. Ramon Ocampo, Undersecretary, Department of Justice, Republic of the "
        "Philippines; H.E. Mr. Sok Dara, Secretary of State, Ministry of Culture, Youth and Sports, Kingdom of "
        "Cambodia; and Mr. Tan Wei, Director, Office of the Prime Minister, who spoke."
    ) == [
        ("Ramon Ocampo", ("Undersecretary, Department of Justice",)),
        ("Sok Dara", ("Secretary of State, Ministry of Culture, Youth and Sports",)),
        ("Tan Wei", ("Director, Office of the Prime Minister",)),
    ]


def test_a_post_whose_words_start_an_honorific_is_still_a_post() -> None:
    """A post whose first words open an honorific ("Assistant Professor") is still the person's post."""
    assert _rows("It was attended by Ms. Jane Hollis, First Assistant Secretary, Mekong Division, and others.") == [
        ("Jane Hollis", ("First Assistant Secretary",))
    ]


def test_a_post_before_a_name_with_hyphenated_or_listed_portfolio_words() -> None:
    """The whole post before a name: hyphenated words and portfolios joined by "and" stay in it."""
    assert _rows("It was chaired by Fisheries and Agro-Based Industry Minister Datuk Seri Ahmad Kamil Yusof.") == [
        ("Ahmad Kamil Yusof", ("Fisheries and Agro-Based Industry Minister",))
    ]
    assert _rows("Acting Energy and Green Technology Minister Datuk Seri Lim Ah Kow said so.") == [
        ("Lim Ah Kow", ("Acting Energy and Green Technology Minister",))
    ]
    assert _rows("Director of Heritage at the Ministry of Culture Rini Hartono said the plan would help.") == [
        ("Rini Hartono", ("Director of Heritage",))
    ]


def test_a_post_before_a_style_and_the_name() -> None:
    """The post before a style and "the" ("Trade Minister Senator the Hon NAME") is the person's."""
    assert _rows("Trade Minister Senator the Hon Mark Ellery and others will attend.") == [
        ("Mark Ellery", ("Trade Minister",))
    ]


def test_general_after_a_post_is_part_of_it() -> None:
    """The word "General" after "Secretary" or "Attorney" ends the post; after "Prime Minister" it is a rank."""
    assert _rows(
        "Secretary General Dr. Tan Wei said so. Attorney General Rosa Cruz said so. "
        "Prime Minister General Prawit Somchai said so."
    ) == [
        ("Tan Wei", ("Secretary General",)),
        ("Rosa Cruz", ("Attorney General",)),
        ("Prawit Somchai", ("Prime Minister",)),
    ]


def test_an_honorific_of_another_country_inside_a_chain_is_a_name_word() -> None:
    """After the Myanmar "U", the Malay style "Tun" is the first word of the name."""
    assert _rows("It was attended by H.E. U Tun Myint Aung, Deputy Minister of Justice of Myanmar.") == [
        ("Tun Myint Aung", ("Deputy Minister of Justice",))
    ]


def test_a_news_desk_is_no_person_and_jun_is_a_given_name() -> None:
    """A news desk in a byline is no person; "Jun" is a name word, not the month."""
    assert _rows("By Asia Desk staff\nThe summit opened. Defence Minister Li Jun said it went well.") == [
        ("Li Jun", ("Defence Minister",))
    ]


def test_a_post_then_a_comma_then_the_name_closing_an_item_of_a_list() -> None:
    """A post and the name between commas or semicolons, or closing the sentence, with no verb after it."""
    assert _rows(
        "The forum was opened by Malaysia's Minister of Tourism, Arts and Culture, Ahmad Kamil Yusof. "
        "Present were Thailand's Minister Somchai Wongsa; Viet Nam's Minister of Health, Dr. Tran Van Hai; "
        "and others. Officials met with Japan's Minister of Economy and Finance, Ito Kenta, and others."
    ) == [
        ("Ahmad Kamil Yusof", ("Minister of Tourism, Arts and Culture",)),
        ("Somchai Wongsa", ("Minister",)),
        ("Tran Van Hai", ("Minister of Health",)),
        ("Ito Kenta", ("Minister of Economy and Finance",)),
    ]
