"""Scoring in :mod:`asean_records.evaluate` and the ``evaluate`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asean_records.cli import main
from asean_records.evaluate import date_credit, score

GOLD = {
    "source": {"file": "x.txt"},
    "meetings": [
        {"name": "12th ASEAN Ministerial Meeting on Widget Cooperation", "start": "2024-03-14", "city": "Vientiane"},
        {"name": "ASEAN Widget Senior Officials Meeting", "start": "2024-03"},
    ],
    "people": [{"name": "Khamphone Sisavath"}],
    "countries": ["LA", "MY"],
    "plans_of_action": [],
    "documents": [],
    "figures": [{"what": "delegates", "value": 140}],
}


def test_date_credit_by_precision() -> None:
    """Year right is 1/3, year and month 2/3, the day 1; coarser gold compared at its own precision."""
    assert date_credit("2024-03-14", "2024-05-01") == 1 / 3
    assert date_credit("2024-03-14", "2024-03") == 2 / 3
    assert date_credit("2024-03-14", "2024-03-14") == 1.0
    assert date_credit("2024", "2024") == 1.0
    assert date_credit("2024-03-14", None) == 0.0
    assert date_credit(None, None) == 1.0
    assert date_credit("2024-03-14", "2023-03-14") == 0.0


def test_perfect_prediction_scores_one() -> None:
    """A prediction equal to the gold has precision, recall and F1 of 1 everywhere."""
    report = score([("x", GOLD, GOLD)])
    for counts in report.fields.values():
        assert counts.f1 == 1.0
    assert report.accuracy("start") == 1.0


def test_partial_prediction() -> None:
    """A missing meeting lowers recall, a wrong country lowers precision, a coarse date earns partial credit."""
    pred = {
        "meetings": [{"name": "12th ASEAN Ministerial Meeting on Widget Cooperation", "start": "2024-03"}],
        "people": [{"name": "KHAMPHONE Sisavath"}],
        "countries": ["LA", "TH"],
    }
    report = score([("x", GOLD, pred)])
    meetings = report.fields["meetings"]
    assert (meetings.true_positives, meetings.predicted, meetings.gold) == (1, 1, 2)
    assert meetings.recall == 0.5
    assert report.fields["countries"].precision == 0.5
    assert report.fields["people"].f1 == 1.0
    assert report.accuracy("start") == 2 / 3
    assert report.accuracy("city") == 0.0


def test_false_positives_on_texts_without_meetings() -> None:
    """Meetings predicted for a text whose gold has none are counted as false positives."""
    empty: dict[str, list[object]] = {"meetings": []}
    report = score([("e", empty, {"meetings": [{"name": "Something"}, {"name": "Else"}]}), ("x", GOLD, None)])
    assert (report.empty_texts, report.false_positives) == (1, 2)
    assert report.missing == ["x"]


def test_evaluate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``evaluate`` parses the texts of a gold folder, prints the table and writes the numbers as JSON."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "x.txt").write_text(
        "VIENTIANE, 14 March 2024 - The 12th ASEAN Ministerial Meeting on Widget Cooperation was held in "
        "Vientiane, Lao PDR, on 14 March 2024.\n",
        encoding="utf-8",
    )
    (gold_dir / "x.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    out = tmp_path / "scores.json"
    assert main(["evaluate", str(gold_dir), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "meetings" in printed
    assert "false positives" in printed
    numbers = json.loads(out.read_text(encoding="utf-8"))
    assert numbers["fields"]["meetings"]["gold"] == 2
    assert numbers["fields"]["meetings"]["true_positives"] == 1


def test_evaluate_with_pred_folder_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--pred`` reads stored predictions; a folder without gold files is an error line."""
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "x.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (pred_dir / "x.pred.json").write_text(json.dumps(GOLD), encoding="utf-8")
    assert main(["evaluate", str(gold_dir), "--pred", str(pred_dir)]) == 0
    assert "1.000" in capsys.readouterr().out
    assert main(["evaluate", str(pred_dir)]) == 1
    assert "no *.gold.json" in capsys.readouterr().err
