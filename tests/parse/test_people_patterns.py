"""Tests for the people stage on harder name patterns: long titles, lists, nicknames, long styles (invented names)."""

from __future__ import annotations

from _people_stage import run_people

from asean_records.model import Person, Source
from asean_records.parse.document import Document
from asean_records.parse.found import Found
from asean_records.parse.options import ParseOptions
from asean_records.parse.stages.dates import find_dates
from asean_records.parse.stages.names import find_names
from asean_records.parse.stages.people import find_people
from asean_records.parse.stages.sentences import split_sentences
from asean_records.parse.text import normalise


def _people(text: str) -> tuple[Person, ...]:
    return run_people(text)[0].people


def _names(text: str) -> list[str]:
    return [p.name for p in _people(text)]


def test_malaysian_indian_son_of_is_one_name() -> None:
    """'a/l' (son of) joins the given name to the father's name: one person, no family name split off."""
    (p,) = _people("Malaysia's Minister of Human Resources Kumaran a/l Subramaniam said the plan was ready.")
    assert p.name == "Kumaran a/l Subramaniam"
    assert p.family_name is None
    assert p.titles == ("Minister of Human Resources",)


def test_malaysian_indian_daughter_of_is_one_name() -> None:
    """'a/p' (daughter of) likewise, and the person is later linked by the given name."""
    found = _people("Deputy Minister Devi a/p Ramasamy said the plan was ready. Devi added that talks go on.")
    assert [p.name for p in found] == ["Devi a/p Ramasamy"]


def test_son_of_without_a_father_is_no_name() -> None:
    """A trailing 'a/l' with nothing after it is dropped, not kept as part of the name."""
    assert _names("Minister Kumaran Pillai a/l said the plan was ready.") == ["Kumaran Pillai"]


def test_wire_credit_line_names_no_one() -> None:
    """'Reporting by NAME; Editing by NAME' credits the agency's staff: no person reported on."""
    text = (
        "Foreign Minister Lena Marchetti said the plan was ready.\n\n"
        "Reporting by Jane Holloway and Tom Rilke in Hanoi; Editing by Mark Pearson"
    )
    assert _names(text) == ["Lena Marchetti"]


def test_reporting_in_prose_still_gives_people() -> None:
    """A sentence about reporting is no credit line: the person it names stays."""
    text = "The reporting was praised by Minister Alma Ferreira, who said the plan was ready."
    assert _names(text) == ["Alma Ferreira"]


def _parse(text: str, fmt: str = "plain") -> tuple[Person, ...]:
    doc = Document(norm=normalise(text, fmt), source=Source(id="t"), options=ParseOptions())
    doc.sentences = split_sentences(doc)
    doc.dates = find_dates(doc.text)
    doc.names = find_names(doc.text)
    doc.index()
    return find_people(doc, Found(source=Source(id="t"))).people


def test_letterhead_name_with_post_nominal_and_title() -> None:
    """'The Hon NAME MP, Prime Minister of COUNTRY' heading a release: 'MP' is no part of the name; the post stays."""
    (p,) = _people("MEDIA RELEASE\nThe Hon Daniel Whitford MP, Prime Minister of Australia\n\nToday I met leaders.")
    assert (p.name, p.titles, p.country) == ("Daniel Whitford", ("Prime Minister",), "AU")


def test_letterhead_post_on_the_line_below() -> None:
    """The post written on the line below the name belongs to the name."""
    text = "JOINT MEDIA RELEASE\n\nSenator the Hon Grace Tillman\nMinister for Trade and Tourism\n\nToday we met."
    (p,) = _people(text)
    assert (p.name, p.titles) == ("Grace Tillman", ("Minister for Trade and Tourism",))


def test_markdown_heading_letterhead() -> None:
    """A Markdown heading with an honorific, a name and a post gives the person."""
    (p,) = _parse("# The Hon Daniel Whitford MP, Prime Minister of Australia\n\nToday I met leaders.", "markdown")
    assert (p.name, p.titles) == ("Daniel Whitford", ("Prime Minister",))


def test_heading_without_honorific_gives_no_one() -> None:
    """A headline naming someone without an honorific is still no evidence."""
    assert [p.name for p in _parse("# Lena Marchetti, Prime Minister, visits Jakarta\n\nText.", "markdown")] == []


def test_line_below_a_sentence_is_no_title() -> None:
    """A post on the next line is taken only when the name's line holds nothing but the name."""
    text = "We thank the Hon Daniel Whitford\nMinister for Trade and Tourism is a new post."
    assert all(p.titles == () for p in _people(text))


def test_two_portfolios_joined_by_and_are_one_post() -> None:
    """'Trade and Industry Minister NAME' is one post, not 'Industry Minister'."""
    (p,) = _people("Singapore's Trade and Industry Minister Gan Boon Keat said the plan was ready.")
    assert (p.name, p.titles, p.country) == ("Gan Boon Keat", ("Trade and Industry Minister",), "SG")


def test_two_posts_joined_by_and_stay_two() -> None:
    """'Deputy Prime Minister and Foreign Minister NAME' holds two posts."""
    (p,) = _people("Thai Deputy Prime Minister and Foreign Minister Somsak Phanuwat said the plan was ready.")
    assert p.titles == ("Deputy Prime Minister", "Foreign Minister")


def test_and_between_two_people_joins_no_posts() -> None:
    """'Trade Minister A and Industry Minister B': each keeps only the post before the name."""
    found = _people("He met Trade Minister Alma Ferreira and Industry Minister Jorge Batista, and Ferreira said so.")
    assert [(p.name, p.titles) for p in found] == [
        ("Alma Ferreira", ("Trade Minister",)),
        ("Jorge Batista", ("Industry Minister",)),
    ]


def test_nickname_in_quotes_is_one_person_without_it() -> None:
    """A quoted nickname is left out: one person named 'Roberto Salazar Jr.', the written form keeps it."""
    found = _people('Interior Secretary Roberto "Bobot" Salazar Jr. said the police were ready. Salazar added more.')
    assert [(p.name, p.written, p.titles) for p in found] == [
        ("Roberto Salazar Jr.", 'Roberto "Bobot" Salazar Jr.', ("Interior Secretary",))
    ]


def test_suffix_is_no_family_name() -> None:
    """A generational suffix keeps its full stop and is never taken as the family name."""
    (p,) = _people("Philippine Interior Secretary Roberto Salazar Jr. said the police were ready.")
    assert (p.name, p.family_name) == ("Roberto Salazar Jr.", "Salazar")


def test_quoted_phrase_after_a_name_is_no_nickname() -> None:
    """A quoted phrase that ends a run is not taken into the name."""
    found = _people('Minister Alma Ferreira launched the "Green" plan on Monday.')
    assert [p.name for p in found] == ["Alma Ferreira"]


def test_bruneian_titles_inside_a_patronymic_stay_in_one_name() -> None:
    """The father's titles after 'bin' ('Pehin Datu ...') are part of the one name; the styles before it are not."""
    text = (
        "Yang Berhormat Dato Seri Setia Awang Haji Rahmat bin Pehin Datu Pekerma Jaya Haji Zulkifli, "
        "Minister of Development, opened the forum."
    )
    (p,) = _people(text)
    assert (p.name, p.honorifics, p.titles) == (
        "Rahmat bin Pehin Datu Pekerma Jaya Haji Zulkifli",
        ("Yang Berhormat",),
        ("Minister of Development",),
    )


def test_bracketed_doctor_inside_a_chain_of_honorifics() -> None:
    """'Tan Sri Dato' (Dr.) NAME': the bracketed title stays in the chain and the first honorific is kept."""
    (p,) = _people("Tan Sri Dato' (Dr.) Aziz bin Rahmat, Chairman of the Council, said the plan was ready.")
    assert (p.name, p.honorifics) == ("Aziz bin Rahmat", ("Tan Sri",))


def test_two_patronymic_names_in_a_row_stay_two() -> None:
    """A long patronymic does not swallow the next person's name."""
    text = (
        "Minister Haji Rahmat bin Zulkifli and Deputy Minister Dato Seri Setia Haji Yusof bin Abdullah "
        "said the plan was ready."
    )
    assert _names(text) == ["Rahmat bin Zulkifli", "Yusof bin Abdullah"]


def test_name_after_a_known_person_and_is_a_person() -> None:
    """'Wang and NAME': the family name of a person already found, then 'and' and a new name."""
    text = "Chinese Foreign Minister Wang Lei arrived on Monday. Wang and Jeon Min Ho discussed trade."
    assert _names(text) == ["Wang Lei", "Jeon Min Ho"]


def test_names_listed_after_a_plural_post() -> None:
    """'the foreign ministers, X and Y,': both are people."""
    assert _names("The talks were held by the foreign ministers, Wang Lei and Jeon Min-ho, in Beijing.") == [
        "Wang Lei",
        "Jeon Min-ho",
    ]


def test_name_before_and_a_person_who_speaks() -> None:
    """'X and Y said': X is a person too."""
    assert _names("Wang Lei and Jeon Min-ho said the talks were useful.") == ["Wang Lei", "Jeon Min-ho"]


def test_hyphen_written_as_space_is_the_same_person() -> None:
    """'Jeon Min Ho' after 'Jeon Min-ho' is the same person, not a second one."""
    text = "Korean Foreign Minister Jeon Min-ho arrived. Later Jeon Min Ho said the talks were useful."
    assert _names(text) == ["Jeon Min-ho"]


def test_company_after_a_full_name_and_is_no_person() -> None:
    """'Minister NAME and Capitalised Words' does not make the words a person."""
    assert _names("Minister Alma Ferreira and Green Valley Resorts signed the deal.") == ["Alma Ferreira"]


def test_long_portfolio_before_a_hyphenated_korean_name() -> None:
    """'Korea's Minister of Trade, Industry and Energy NAME': the whole post, the country from the possessive."""
    (p,) = _people("Korea's Minister of Trade, Industry and Energy Lim Seok-hwan attended the meeting.")
    assert (p.name, p.titles, p.country) == ("Lim Seok-hwan", ("Minister of Trade, Industry and Energy",), "KR")


def test_vice_minister_with_a_ministry_in_the_post() -> None:
    """A post of many words naming a ministry, before the name."""
    text = (
        "Japan's Vice-Minister for International Affairs of the Ministry of Economy, Trade and Industry "
        "Tanaka Hiroshi said the plan was ready."
    )
    (p,) = _people(text)
    assert p.titles == ("Vice-Minister for International Affairs of the Ministry of Economy, Trade and Industry",)
    assert p.country == "JP"


def test_post_of_the_secretariat_before_a_name_gives_the_organisation() -> None:
    """'Director of ... of the ASEAN Secretariat NAME' works for the Secretariat."""
    (p,) = _people("The Director of the Market Integration Directorate of the ASEAN Secretariat Mario Santos spoke.")
    assert (p.name, p.organisation) == ("Mario Santos", "ASEAN Secretariat")


def test_post_after_the_then_name_between_commas() -> None:
    """'... the Deputy Secretary-General for NAME-OF-PILLAR, NAME, said': the post is the person's."""
    text = "At the close, the Deputy Secretary-General for ASEAN Economic Community, Arvin Delacruz, said it was done."
    (p,) = _people(text)
    assert (p.name, p.titles) == ("Arvin Delacruz", ("Deputy Secretary-General for ASEAN Economic Community",))


def test_place_after_the_is_no_post() -> None:
    """'the Lao PDR, NAME, said' gives no title from the place."""
    found = _people("Delegates from the Lao PDR, Bounmy Keola among them, met. Later Bounmy Keola said it was done.")
    assert all(p.titles == () for p in found)


def test_assembly_is_no_name_word() -> None:
    """'Chairman of the National Assembly NAME': 'Assembly' ends the post, it does not start the name."""
    (p,) = _people("Chairman of the National Assembly Pham Minh Son said so. Assembly Chairman Son added more.")
    assert (p.name, p.titles) == ("Pham Minh Son", ("Chairman of the National Assembly",))


def test_speaker_is_a_post() -> None:
    """'The Speaker of the National Assembly, NAME, said' gives the person and the post."""
    (p,) = _people("The Speaker of the National Assembly, Pham Minh Son, said so. The Assembly stressed unity.")
    assert (p.name, p.titles) == ("Pham Minh Son", ("Speaker of the National Assembly",))


def test_viet_as_an_adjective_is_no_person_and_no_mention() -> None:
    """'Viet Kieu said' is no person; 'from Viet Nam' is no mention of a person whose given name is Viet."""
    text = (
        "Deputy Prime Minister Tran Quoc Viet met Viet Kieu leaders. Viet Kieu said they were happy. "
        "Delegates from Viet Nam met."
    )
    (p,) = _people(text)
    assert p.name == "Tran Quoc Viet"
    prov = p.provenance_of("name")
    assert prov is not None
    assert [text[s.start : s.end] for s in prov.spans] == ["Tran Quoc Viet"]


def test_vietnamese_given_name_alone_still_links() -> None:
    """'Viet said' after 'Tran Quoc Viet' is still a mention of that person."""
    text = "Deputy Prime Minister Tran Quoc Viet said the plan was ready. Viet said more."
    (p,) = _people(text)
    prov = p.provenance_of("name")
    assert prov is not None
    assert [text[s.start : s.end] for s in prov.spans] == ["Tran Quoc Viet", "Viet"]


def test_bracketed_credit_after_the_last_sentence_names_no_one() -> None:
    """'(Reporting by NAME; Editing by NAME)' at the end of a paragraph credits staff only."""
    text = (
        "Foreign Minister Lena Marchetti said the plan was ready. (Reporting by Jane Holloway; Editing by Mark Pearson)"
    )
    assert _names(text) == ["Lena Marchetti"]


def test_names_listed_after_a_plural_post_hold_the_post() -> None:
    """'the foreign ministers, X and Y': each holds the post, in the singular."""
    found = _people("The talks were held by the foreign ministers, Wang Lei and Jeon Min-ho, in Beijing.")
    assert [(p.name, p.titles) for p in found] == [
        ("Wang Lei", ("Foreign Minister",)),
        ("Jeon Min-ho", ("Foreign Minister",)),
    ]


def test_counterparts_listed_hold_no_post() -> None:
    """'his counterparts, X and Y': people, but 'counterpart' names no post."""
    found = _people("He met his counterparts, Wang Lei and Jeon Min-ho, in Beijing.")
    assert [(p.name, p.titles) for p in found] == [("Wang Lei", ()), ("Jeon Min-ho", ())]


def test_a_two_word_given_name_refers_back_to_a_malay_name() -> None:
    """'Datuk Seri Dr Rahman Zakir Hamid' ... 'Rahman Zakir, who chaired ...': one person, mentioned twice."""
    found, _ = run_people(
        "Member states adopted a plan, said Deputy Prime Minister Datuk Seri Dr Rahman Zakir Hamid.\n\n"
        "Rahman Zakir, who chaired the meeting, said the ministers agreed."
    )
    assert [p.name for p in found.people] == ["Rahman Zakir Hamid"]
    assert len([m for m in found.person_mentions if m.record_id == found.people[0].id]) >= 2


def test_king_between_two_name_words_is_part_of_the_name() -> None:
    """'King' between two name words is a name word: 'Minister Dato' Sri Lau King Hoe' is one person."""
    assert [p.name for p in _people("Minister Dato' Sri Lau King Hoe said the talks went well.")] == ["Lau King Hoe"]
    assert _people("The King Salman Centre was opened.") == ()


def test_a_post_then_a_name_between_commas_then_served() -> None:
    """'Viet Nam's Minister of Transport, Ho Nghia Dzung, served as vice chair': a person with that post."""
    people = _people("Viet Nam's Minister of Transport, Ho Nghia Dzung, served as vice chair.")
    assert [p.name for p in people] == ["Ho Nghia Dzung"]
    assert people[0].titles == ("Minister of Transport",)


def test_a_list_of_leaders_wrapped_across_lines_gives_no_one_the_next_leader_s_post() -> None:
    """A hard-wrapped list ('Goh Chok Tong,<newline>Thai Prime Minister Chuan Leekpai and ...'): posts stay put."""
    people = _people(
        "Attending were Brunei's Sultan Hassanal Bolkiah, Indonesian\nPresident B.J. Habibie, Singaporean Prime "
        "Minister Goh Chok Tong,\nThai Prime Minister Chuan Leekpai and Khai."
    )
    titles = {p.name: p.titles for p in people}
    assert titles["Hassanal Bolkiah"] == ("Sultan",)
    assert titles["Goh Chok Tong"] == ("Prime Minister",)
