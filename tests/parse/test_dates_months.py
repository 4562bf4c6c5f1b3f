"""Date expressions: a month alone after a preposition."""

import importlib

find_dates = importlib.import_module("asean_records.parse.stages.dates").find_dates


def _parts(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(text[d.start : d.end], d.year, d.month, d.day) for d in find_dates(text)]


def test_month_alone_after_a_preposition_or_early_late() -> None:
    """Months alone: "in October", "late July and early August", "mid-June"."""
    assert _parts("to be held in October") == [("October", None, 10, None)]
    assert _parts("scheduled for late July and early August") == [("July", None, 7, None), ("August", None, 8, None)]
    assert _parts("by mid-June") == [("June", None, 6, None)]


def test_month_alone_needs_its_cue_and_leaves_fuller_forms_alone() -> None:
    """Not after other words ("since May", "until May", a name), and "in May 2019" / "in May, 10" keep their form."""
    assert _parts("postponed since May and until June") == []
    assert _parts("Theresa May spoke") == []
    assert _parts("in May 2019") == [("May 2019", 2019, 5, None)]
    assert _parts("in May, 10 delegates") == []


def test_impossible_days_are_no_dates() -> None:
    """Days a month does not have are dropped (and a parse never fails on them); 29 February only in leap years."""
    assert _parts("on 31 April 2024 and 29 February 2023") == []
    assert _parts("on 29 February 2024") == [("29 February 2024", 2024, 2, 29)]
    assert _parts("on 29 February") == [("29 February", None, 2, 29)]
