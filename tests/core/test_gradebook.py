"""The CSV gradebook, parsed back with the csv module as a spreadsheet would read it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from quizapp.core import classroom, gradebook
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from tests.classroom_data import empty_response, perfect_response, take_quiz

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SET = "harbour-fire"


@pytest.fixture
def data(bank: Bank) -> classroom.ClassData:
    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions(SET)
    take_quiz(bank, "Zoë Ålund", SET, [perfect_response(q) for q in questions])
    half = [
        perfect_response(q) if i % 2 == 0 else empty_response(q) for i, q in enumerate(questions)
    ]
    take_quiz(bank, '=HYPERLINK("http://x")', SET, half)
    take_quiz(bank, "Bo", SET, [perfect_response(questions[0]), None, None, None])
    return classroom.load_class(bank, SET)


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_gradebook_round_trips_through_csv(data: classroom.ClassData, tmp_path: Path) -> None:
    """One row per student (by name), a column per question and per skill, and the total,
    with plain decimal percentages."""
    rows = _read(gradebook.write_gradebook(data, tmp_path / "grades.csv"))
    header = rows[0]
    assert header[:4] == ["Student", "Finished", "Source", "Quiz version"]
    assert header[4:8] == [
        "Q1 fire-speculation (%)",
        "Q2 fire-toll (%)",
        "Q3 fire-source (%)",
        "Q4 fire-labels (%)",
    ]
    assert header[8:] == [
        "Skill figure (%)",
        "Skill speculation (%)",
        "Skill unconfirmed (%)",
        "Total (%)",
        "Points",
        "Max points",
    ]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert list(by_name) == ['\'=HYPERLINK("http://x")', "Bo", "Zoë Ålund"]
    zoe = by_name["Zoë Ålund"]
    assert zoe["Total (%)"] == "100"
    assert zoe["Points"] == "8" and zoe["Max points"] == "8"
    assert zoe["Source"] == "this computer" and zoe["Quiz version"] == "current"
    half = by_name['\'=HYPERLINK("http://x")']
    assert half["Q2 fire-toll (%)"] == "0"
    assert half["Total (%)"] == "50"
    assert half["Skill figure (%)"] == "0"  # fire-toll 0, fire-labels 0
    assert half["Skill speculation (%)"] == "50"  # fire-speculation 100, fire-labels 0
    bo = by_name["Bo"]
    assert bo["Q1 fire-speculation (%)"] == "100"
    assert bo["Q2 fire-toll (%)"] == "0"  # asked, not answered
    assert bo["Total (%)"] == "25"
    assert float(bo["Skill speculation (%)"]) == pytest.approx(50.0)


def test_number_formats() -> None:
    """Percentages: one decimal at most, no trailing .0, empty when not asked."""
    assert gradebook.percent(0.625) == "62.5"
    assert gradebook.percent(1 / 3) == "33.3"
    assert gradebook.percent(1.0) == "100"
    assert gradebook.percent(0.0) == "0"
    assert gradebook.percent(None) == ""
    assert gradebook.number(2.5) == "2.5" and gradebook.number(3.0) == "3"


def test_formula_like_text_is_defused() -> None:
    for text in ("=1+1", "+1", "-1", "@SUM(A1)"):
        assert gradebook.safe_text(text) == "'" + text
    assert gradebook.safe_text("Ana") == "Ana"
