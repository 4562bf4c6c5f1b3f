"""Tests for chains of Malay, Bruneian and Khmer honorifics before names (invented people)."""

from __future__ import annotations

from _people_stage import run_people

_people = run_people


def _names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    found, _ = _people(text)
    return [(p.name, p.honorifics) for p in found.people]


def test_a_state_title_with_utama_and_haji_before_the_name() -> None:
    """The title Dato' Seri Utama is one honorific; Haji after it is split off, "bin Haji" stays in the name."""
    assert _names("Dato' Seri Utama Haji Rosli bin Haji Kamarudin, Minister of Tourism of Malaysia, said so.") == [
        ("Rosli bin Haji Kamarudin", ("Dato' Seri Utama",))
    ]


def test_a_royal_title_before_a_state_title_and_the_short_form_later() -> None:
    """A royal then a state title: no "Utama" in the name; "Tengku GIVEN" later is the same person."""
    found, doc = _people(
        "Tengku Datuk Seri Utama Faizal Aziz, Minister of Finance, opened the forum. "
        "Later, Tengku Faizal said growth was strong."
    )
    assert [p.name for p in found.people] == ["Faizal Aziz"]
    assert "Faizal" in [doc.text[m.start : m.end] for m in found.person_mentions]


def test_a_long_khmer_title_before_a_family_name_in_capitals() -> None:
    """A Khmer title chain before a name in capitals gives the person, family name first."""
    found, _ = _people(
        "Samdech Akka Moha Sena Padei Techo CHEA VANNA, President of the Senate, met the delegation. "
        "Samdech Moha Borvor Thipadei SOK DARA, Prime Minister of Cambodia, said the economy grew."
    )
    assert [(p.name, p.family_name, p.family_name_first) for p in found.people] == [
        ("Chea Vanna", "Chea", True),
        ("Sok Dara", "Sok", True),
    ]


def test_words_in_capitals_after_a_title_written_in_capitals_are_no_name() -> None:
    """Capitals after an honorific that is itself in capitals (a heading) or after "H.E." give no person."""
    assert _names("MR. SPEAKER NOTES AND REMARKS were published.") == []
    assert _names("H.E. PROGRAMME OUTLINE was read out.") == []


def test_a_profession_before_an_academic_title() -> None:
    """A profession before "Dr. NAME": the academic title still belongs to the name, the profession is the title."""
    found, _ = _people("The panel heard economist Dr. Bambang Susilo on inflation.")
    assert [(p.name, p.honorifics, p.titles) for p in found.people] == [("Bambang Susilo", ("Dr.",), ("Economist",))]
    found, _ = _people("Economist Dr. Bambang Susilo spoke on inflation.")
    assert [(p.name, p.honorifics, p.titles) for p in found.people] == [("Bambang Susilo", ("Dr.",), ("Economist",))]


def test_a_malay_style_and_state_title_keep_a_three_word_name_whole() -> None:
    """A style and a state title before a three-word name keep it whole; a Khmer title in a heading is no person."""
    assert _names("Y.B. Dato Sri Lim Wei Kiat, Minister of Works, said the roads were done.") == [
        ("Lim Wei Kiat", ("Yang Berhormat",))
    ]
    assert _names("SAMDECH TECHO PROGRAMME\n\nThe plan was read out.") == []
