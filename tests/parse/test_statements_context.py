"""Statements over two sentences, clauses before the speaker, and dates whose year the text leaves out."""

from asean_records import InferenceReason, PartialDate, parse
from asean_records.model import Statement


def _statements(text: str) -> list[Statement]:
    return list(parse(text, source="t").statements)


def test_she_added_that_continues_the_statement() -> None:
    """Continuation: "She added that ..." in the next sentence extends the same statement, both spans kept."""
    text = (
        "BANGKOK, 3 March 2031 - Dr. Malee Chaiyaporn, Minister of Public Health of Thailand, said that clinics "
        "in border towns must share data. She added that a joint fund would pay for it.\n"
    )
    ex = parse(text, source="t")
    (s,) = ex.statements
    assert s.speaker == "Malee Chaiyaporn"
    assert s.content == "clinics in border towns must share data; a joint fund would pay for it"
    assert len(ex.where(s, "content").spans) == 2


def test_clause_then_pronoun_said_continues_the_statement() -> None:
    """Continuation: "Trade must grow, he said." after a statement by him extends it."""
    text = (
        "Mr. Rizal Hamdan, Minister of Trade of Malaysia, stressed that tariffs should fall further. "
        "Small firms need cheaper inputs to compete abroad, he said.\n"
    )
    (s,) = _statements(text)
    assert s.speaker == "Rizal Hamdan"
    assert s.content.endswith("; Small firms need cheaper inputs to compete abroad")


def test_clause_before_named_speaker_is_the_content() -> None:
    """Clause first: "Small firms need cheaper inputs, NAME said." has the clause as its content."""
    text = "Small firms need cheaper inputs to compete abroad, Mr. Rizal Hamdan, Minister of Trade of Malaysia, said.\n"
    (s,) = _statements(text)
    assert s.speaker == "Rizal Hamdan"
    assert s.content == "Small firms need cheaper inputs to compete abroad"


def test_an_addition_two_sentences_later_is_its_own_statement() -> None:
    """Continuation: "He added that ..." two sentences after the last statement is not merged into it."""
    text = (
        "Mr. Rizal Hamdan, Minister of Trade of Malaysia, stressed that tariffs should fall further. "
        "The ministers then visited a port. He added that the port would double its capacity.\n"
    )
    contents = [s.content for s in _statements(text)]
    assert "tariffs should fall further" in contents


def test_a_short_phrase_before_said_is_no_content() -> None:
    """Clause first: "After the talks, NAME said." has no reported clause (fewer than four words)."""
    text = "After the talks, Mr. Rizal Hamdan, Minister of Trade of Malaysia, said.\n"
    assert _statements(text) == []


def test_day_and_month_take_the_dateline_year() -> None:
    """Dates: "On 13 May, NAME said ..." in a text dated 14 May 2031 is 13 May 2031, inferred from the dateline."""
    text = (
        "HANOI, 14 May 2031 - The ministers met in Hanoi this week.\n\n"
        "On 13 May, Mr. Pham Quoc Bao, Minister of Transport of Viet Nam, said that the rail link was on track.\n"
    )
    ex = parse(text, source="t")
    (s,) = ex.statements
    assert s.date == PartialDate(2031, 5, 13)
    assert ex.where(s, "date").basis.reason == InferenceReason.YEAR_FROM_DATELINE


def test_december_in_a_january_text_is_the_year_before() -> None:
    """Dates: "on 29 December" in a text dated 3 January 2032 is 29 December 2031."""
    text = (
        "MANILA, 3 January 2032 - Officials reviewed the year.\n\n"
        "On 29 December, Ms. Liza Manalo, Secretary of Energy of the Philippines, said that the grid had held up.\n"
    )
    (s,) = _statements(text)
    assert s.date == PartialDate(2031, 12, 29)


def test_a_date_inside_the_content_is_not_the_statement_date() -> None:
    """Dates: "said that the summit would open on 5 June 2031" does not date the statement 5 June."""
    text = "Mr. Pham Quoc Bao, Minister of Transport of Viet Nam, said that the line would open on 5 June 2031.\n"
    (s,) = _statements(text)
    assert s.date is None


def test_an_inline_dateline_does_not_date_the_statement() -> None:
    """Dates: "HANOI, 5 May 2031 - NAME said that ..." is the release's date, not a date the text gives the words."""
    text = "HANOI, 5 May 2031 - Mr. Pham Quoc Bao, Minister of Transport of Viet Nam, said that the line was ready.\n"
    (s,) = _statements(text)
    assert s.date is None
