"""Tests for the people stage: names, honorifics, titles, countries and linked mentions (invented examples)."""

from __future__ import annotations

from _people_stage import prepared, run_people
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records import parse
from asean_records.model import InferenceReason, Person
from asean_records.testing import cost_ratio

_doc = prepared
_people = run_people


def _one(text: str) -> Person:
    found, _ = _people(text)
    assert len(found.people) == 1, found.people
    return found.people[0]


def test_caps_family_name_honorific_and_two_titles() -> None:
    """An all-caps family name is normalised, kept first, and the titles split on 'and' before a post word."""
    p = _one(
        "On 3 May 2023, His Excellency KHIEU Sopheak, Deputy Prime Minister and Minister of Planning and "
        "Rural Development of Cambodia, opened the forum."
    )
    assert p.name == "Khieu Sopheak"
    assert p.written == "KHIEU Sopheak"
    assert (p.family_name, p.family_name_first) == ("Khieu", True)
    assert p.honorifics == ("H.E.",)
    assert p.titles == ("Deputy Prime Minister", "Minister of Planning and Rural Development")
    assert p.country == "KH"
    prov = p.provenance_of("country")
    assert prov is not None
    assert prov.basis.is_inferred


def test_malay_honorifics_split_and_organisation_after_at() -> None:
    """'Dato' Seri' is split off; 'at the Ministry ...' becomes the organisation, lower-case titles are cased."""
    p = _one("Dato' Seri Amran Yusof, secretary-general at the Ministry of Rural Affairs, said the plan was ready.")
    assert p.name == "Amran Yusof"
    assert p.honorifics == ("Dato' Seri",)  # its own title, not a spelling of Dato' Sri
    assert p.titles == ("Secretary-General",)
    assert p.organisation == "Ministry of Rural Affairs"


def test_title_before_name_with_demonym() -> None:
    """'Thai Foreign Minister NAME said' gives the title and the country from the demonym."""
    p = _one("Thai Foreign Minister Somchai Rattanakorn said the talks went well.")
    assert p.name == "Somchai Rattanakorn"
    assert p.titles == ("Foreign Minister",)
    assert p.country == "TH"


def test_no_evidence_no_person() -> None:
    """Capitalised words without an honorific, a post or a reporting verb are not a person."""
    found, _ = _people("Golden Lotus Hall hosted Green Valley Partners and Blue River Holdings last week.")
    assert found.people == ()


def test_dash_apposition_and_chaired_by() -> None:
    """'chaired by NAME - TITLE -' gives the person and the lower-case title."""
    p = _one("The session was chaired by Vong Pisey - deputy director of the planning office - in the morning.")
    assert p.name == "Vong Pisey"
    assert p.titles == ("Deputy Director of the Planning Office",)


def test_mentions_linked_not_duplicated() -> None:
    """Surname, 'the minister', 'H.E. Minister' and 'he said' link to the one person."""
    text = (
        "H.E. Maria Lopez-Reyes, Minister of Trade of the Philippines, said exports rose. "
        "Lopez-Reyes added that tariffs would fall. The minister urged partners to act. "
        '"We are ready," she said.'
    )
    found, doc = _people(text)
    assert len(found.people) == 1
    p = found.people[0]
    assert p.country == "PH"
    quotes = {doc.text[m.start : m.end] for m in found.person_mentions}
    assert {"Maria Lopez-Reyes", "Lopez-Reyes", "The minister", "she"} <= quotes
    assert all(m.record_id == p.id for m in found.person_mentions)


def test_full_name_in_capitals_and_inside_longer_runs_is_linked() -> None:
    """A later mention in capitals or inside a run of capitalised words links; a longer name wins over a shorter."""
    text = (
        "H.E. Somsak Rattanawong, Minister of Energy of Thailand, opened the forum. "
        "Delegates thanked Energy Minister SOMSAK RATTANAWONG for the invitation. "
        "Somsak Rattanawongse, an engineer, was not there. "
        "Rattanawong said that grids must connect."
    )
    found, doc = _people(text)
    assert [p.name for p in found.people] == ["Somsak Rattanawong"]
    quotes = [doc.text[m.start : m.end] for m in found.person_mentions]
    assert quotes.count("SOMSAK RATTANAWONG") == 1
    assert "Rattanawongse" not in " ".join(quotes)  # a longer word is not the family name
    assert quotes[-1] == "Rattanawong"


def test_organisation_from_a_post_of_the_secretariat_is_inferred_with_its_reason() -> None:
    """A Secretary-General of ASEAN works for the ASEAN Secretariat: inferred from the post, with the reason."""
    found, doc = _people(
        "Dr. Arunee Chaiwat, Deputy Secretary-General of ASEAN for Economic Community, said that trade grew."
    )
    (p,) = found.people
    assert p.organisation == "ASEAN Secretariat"
    assert p.country is None  # staff of an organisation get no country from the document's context
    prov = p.provenance_of("organisation")
    assert prov is not None
    assert prov.basis.reason is InferenceReason.ORGANISATION_FROM_TITLE
    assert all("Secretary-General" in doc.norm.original[s.start : s.end] for s in prov.spans)


def test_organisation_named_at_the_end_of_a_title_is_stated() -> None:
    """A title ending in "of the ASEAN Foundation" names the organisation; a council chair's title does not."""
    found, _ = _people(
        "Ms. Dewi Lestari, Executive Director of the ASEAN Foundation, said that youth projects grew. "
        "Mr. Tan Boon Keat, Chair of the ASEAN Coordinating Council, said that work continued."
    )
    orgs = {p.name: p.organisation for p in found.people}
    assert orgs == {"Dewi Lestari": "ASEAN Foundation", "Tan Boon Keat": None}
    dewi = next(p for p in found.people if p.name == "Dewi Lestari")
    prov = dewi.provenance_of("organisation")
    assert prov is not None
    assert not prov.basis.is_inferred


def test_demonym_before_a_post_gives_the_country_even_when_ambiguous_alone() -> None:
    """The word "Chinese" alone may be an ethnicity; before a post it names the country, before or after the name."""
    before, _ = _people("Chinese Foreign Minister Zhao Mingde said that ties were strong.")
    after, _ = _people("Zhao Mingde, Chinese Foreign Minister, said that ties were strong.")
    loose, _ = _people("The Chinese community welcomed Mr. Zhao Mingde, a businessman, who said prices rose.")
    assert [(p.name, p.country) for p in before.people] == [("Zhao Mingde", "CN")]
    assert [(p.name, p.country) for p in after.people] == [("Zhao Mingde", "CN")]
    assert [(p.name, p.country) for p in loose.people] == [("Zhao Mingde", None)]


def test_country_right_after_the_name_of_a_post_holder() -> None:
    """A post holder named as "NAME of COUNTRY" gets the country; "of the COUNTRY Embassy" gives none."""
    found, _ = _people(
        "Prime Minister Sok Chanthy of Cambodia met the press. Ambassador Ana Lim of the Philippines Embassy spoke."
    )
    assert {p.name: p.country for p in found.people} == {"Sok Chanthy": "KH", "Ana Lim": None}


def test_a_dateline_abroad_does_not_give_people_a_country() -> None:
    """A release written in a foreign capital: the dateline is where it was written, not who the people are."""
    found, _ = _people("NEW DELHI, 4 May 2025 - Trade Minister Dara Sokha met business leaders and said trade grew.")
    assert [(p.name, p.country) for p in found.people] == [("Dara Sokha", None)]


def test_title_with_portfolio_before_the_name() -> None:
    """A post with its portfolio right before the name is a title, and its words are not part of the name."""
    found, _ = _people("Deputy Minister of Foreign Affairs Pham Thi Hoa, head of the delegation, spoke at length.")
    assert [(p.name, p.titles[0]) for p in found.people] == [("Pham Thi Hoa", "Deputy Minister of Foreign Affairs")]


def test_title_before_an_honorific_and_title_first_apposition() -> None:
    """A title before "Dr NAME", and a title opening the sentence before ", Dr. NAME,", both give the title."""
    one, _ = _people("Minister for Foreign Affairs Dr Lee Wen Hui attended the meeting in Jakarta.")
    two, _ = _people("The Secretary-General of ASEAN, Dr. Arun Chaiyo, also attended the meeting.")
    assert [(p.name, p.titles) for p in one.people] == [("Lee Wen Hui", ("Minister for Foreign Affairs",))]
    assert [(p.name, p.titles) for p in two.people] == [("Arun Chaiyo", ("Secretary-General of ASEAN",))]


def test_middle_initial_and_ordinal_posts() -> None:
    """A middle initial keeps its full stop; "Second Minister of ..." is a title."""
    one, _ = _people("Foreign Affairs Secretary Lorna C. Diaz delivered the statement.")
    two, _ = _people("H.E. Dato Amin Pehin Karim, Second Minister of Foreign Affairs of Brunei Darussalam, attended.")
    assert [p.name for p in one.people] == ["Lorna C. Diaz"]
    assert [(p.name, p.titles, p.country) for p in two.people] == [
        ("Amin Pehin Karim", ("Second Minister of Foreign Affairs",), "BN")
    ]


def test_chains_of_honorifics_do_not_make_people() -> None:
    """Words between ranks and titles in a long chain are no name; the retired rank stays with its rank."""
    chain, _ = _people(
        "Yang Berhormat Pehin Datu Kelana Colonel (Rtd) Dato Paduka Haji Awang Salleh Idris, Minister at the "
        "Prime Minister's Office, delivered remarks."
    )
    assert [p.name for p in chain.people] == ["Salleh Idris"]
    assert chain.people[0].titles == ("Minister at the Prime Minister's Office",)
    assert chain.people[0].organisation is None
    retired, _ = _people("The meeting was chaired by Indonesian Minister of Defence General (Ret.) Adi Wibowo.")
    assert [(p.name, p.honorifics, p.country) for p in retired.people] == [("Adi Wibowo", ("General",), "ID")]


def test_a_shorter_form_of_a_known_name_is_the_same_person() -> None:
    """The first two words of a name already found ("Ahmad Nizam") mention that person; no second one is made."""
    found, doc = _people(
        "Datuk Seri Ahmad Nizam Rahman, Minister of Trade, said that exports grew. Ahmad Nizam said prices fell."
    )
    assert [p.name for p in found.people] == ["Ahmad Nizam Rahman"]
    assert "Ahmad Nizam" in [doc.text[m.start : m.end] for m in found.person_mentions]


def test_a_khmer_name_that_looks_like_an_abbreviation_is_kept() -> None:
    """The word "Sen" is a name; only "Sen." with its full stop is the abbreviated title."""
    found, _ = _people("Prime Minister Chan Sen outlined two initiatives for the network.")
    assert [p.name for p in found.people] == ["Chan Sen"]


def test_possessive_country_before_a_post_and_title_then_comma_then_name() -> None:
    """A possessive country before a post, then a comma and the name: title and country, no person "Viet Nam"."""
    found, _ = _people("The meeting was chaired by Viet Nam's Minister of Health, Prof. Dr. Vo Thi Ngoc.")
    assert [(p.name, p.titles, p.country) for p in found.people] == [("Vo Thi Ngoc", ("Minister of Health",), "VN")]


def test_a_post_before_the_next_name_in_a_list_belongs_to_that_name() -> None:
    """In "A, Minister of State B": the second post is B's, not an apposition of A; a portfolio may list."""
    found, _ = _people(
        "Attending were Minister for Foreign Affairs Dr. Ravi Menon, Minister of Investment, Trade and Industry "
        "Ms. Tan Li Hua, and officials."
    )
    assert [(p.name, p.titles) for p in found.people] == [
        ("Ravi Menon", ("Minister for Foreign Affairs",)),
        ("Tan Li Hua", ("Minister of Investment, Trade and Industry",)),
    ]


def test_city_inside_a_name_and_surname_after_a_courtesy_title() -> None:
    """A city name inside or ending a name stays in it; "Mr. Wang" after "Mr. Wang Lei" is the same person."""
    found, _ = _people(
        "H.E. Rafael Santiago, Minister of Defence of the Philippines, said that patrols continued. "
        "Mr. Wang Lei, Vice Minister of Commerce, attended. Mr. Wang said that ties were strong."
    )
    assert [p.name for p in found.people] == ["Rafael Santiago", "Wang Lei"]


def test_post_before_name_is_evidence_and_abbreviated_posts() -> None:
    """A post with its country right before a name is evidence of a person; "PM" is a post, not part of a name."""
    one, _ = _people("The Prime Minister of the Lao PDR Khamphanh Sisavath opened the meeting.")
    two, _ = _people("PM Chan Sophal said the same.")
    assert [(p.name, p.titles, p.country) for p in one.people] == [("Khamphanh Sisavath", ("Prime Minister",), "LA")]
    assert [p.name for p in two.people] == ["Chan Sophal"]


def test_portfolio_listed_with_commas_in_an_apposition_and_no_name_from_a_portfolio() -> None:
    """A listed portfolio after the name stays whole; the end of a portfolio is never taken for a name."""
    found, _ = _people(
        "The Meeting was chaired by Dato' Sri Kamal Rahim, Minister of Investment, Trade and Industry of Malaysia. "
        "YB Tuan Idris Harun, Minister of Energy Transition and Water Transformation of Malaysia, spoke."
    )
    assert [(p.name, p.titles, p.country) for p in found.people] == [
        ("Kamal Rahim", ("Minister of Investment, Trade and Industry",), "MY"),
        ("Idris Harun", ("Minister of Energy Transition and Water Transformation",), "MY"),
    ]


def test_staff_of_an_international_organisation_get_no_country_from_the_host() -> None:
    """A host country is no nationality for someone whose post names an international organisation."""
    found, _ = _people(
        "Thailand hosted the meeting. Ms. Aiko Tanabe, Director of the ILO Regional Office for Asia and the Pacific, "
        "said that jobs grew. Mr. Somchai Prasert, Minister of Labour, said the same."
    )
    assert {p.name: p.country for p in found.people} == {"Aiko Tanabe": None, "Somchai Prasert": "TH"}


def test_title_first_in_a_list_with_listed_portfolios() -> None:
    """Titles written before ", Mr. NAME" in a list, with portfolios listed with commas, go to the right people."""
    found, _ = _people(
        "Attending were the Minister of Economy, Trade and Industry of Japan, Mr. Kenta Aoki; and the Minister of "
        "Trade, Industry and Energy of the Republic of Korea, Mr. Park Min-jun. The meeting was also attended by "
        "ministers as well as the Secretary-General of ASEAN, Dr. Lim Boon Keng."
    )
    assert [(p.name, p.titles, p.country) for p in found.people] == [
        ("Kenta Aoki", ("Minister of Economy, Trade and Industry",), "JP"),
        ("Park Min-jun", ("Minister of Trade, Industry and Energy",), "KR"),
        ("Lim Boon Keng", ("Secretary-General of ASEAN",), None),
    ]


def test_people_in_order_of_first_mention() -> None:
    """People come out in the order they are first mentioned."""
    found, _ = _people("Dr. Lena Park spoke first. Mr. Tomas Varga said he agreed. Dr. Lena Park closed.")
    assert [p.name for p in found.people] == ["Lena Park", "Tomas Varga"]


def test_organisation_name_is_not_a_person() -> None:
    """A name that runs on into more capitalised words is part of an organisation, even after 'by'."""
    found, _ = _people("The report was written by Harbor Light Studios for the forum.")
    assert found.people == ()


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_never_raises_and_name_spans_quote_the_name(text: str) -> None:
    """On arbitrary text the stage does not raise, and every name span quotes some text."""
    found, _ = _people(text)
    for p in found.people:
        prov = p.provenance_of("name")
        assert prov is not None
        assert all(q.strip() for q in prov.quotes(text))


@given(
    st.lists(
        st.sampled_from(["H.E.", "Mr.", "Dr.", "Minister", "KHIEU", "Sopheak", "said", ",", "of", "Cambodia", "and"]),
        max_size=40,
    )
)
@settings(max_examples=150, deadline=None)
def test_name_provenance_quotes_the_name(words: list[str]) -> None:
    """Every person's name provenance includes a span quoting the written name."""
    text = " ".join(words)
    found, _ = _people(text)
    for p in found.people:
        prov = p.provenance_of("name")
        assert prov is not None
        assert any(q.casefold() == p.written.casefold() for q in prov.quotes(text))


def test_adversarial_inputs_run_in_linear_time() -> None:
    """Long runs of honorifics, capitals and 'Mr.': ten times the input costs at most 25 times the CPU time."""
    for unit in ("H.E. ", "ABC ", "Mr. ", "Minister Of "):
        assert cost_ratio(_people, unit * 5_000, unit * 50_000) <= 25, unit


def test_an_as_the_last_word_of_a_vietnamese_name_and_phase_as_no_name() -> None:
    """'... Industry and Trade Dang Hoang An urged': a name ending in 'An'; 'Phase II adds': no person."""
    text = "Viet Nam's Deputy Minister of Industry and Trade Dang Hoang An urged participants to act."
    assert [p.name for p in parse(text, source="t").people] == ["Dang Hoang An"]
    assert parse("Phase II adds a new sub-theme, the Minister said.", source="t").people == ()
