"""The PDF class report: its pages and the text on each, read back from the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quizapp.core import classroom
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.reports import heat
from quizapp.reports.pdf import build_class_report, ensure_gui_application, report_html, write_pdf
from tests.classroom_data import empty_response, perfect_response, take_quiz
from tests.pdf_text import page_texts, squashed

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SET = "harbour-fire"


@pytest.fixture
def report(bank: Bank, qapp):
    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions(SET)
    take_quiz(bank, "Ana", SET, [perfect_response(q) for q in questions])
    take_quiz(bank, "Bo", SET, [empty_response(q) for q in questions])
    mixed = [perfect_response(q) if q.type == "choice" else empty_response(q) for q in questions]
    take_quiz(bank, "Cy <script>", SET, mixed)
    return build_class_report(classroom.load_class(bank, SET), today=date(2026, 3, 5))


def _pages(path: Path) -> list[str]:
    """Each page's text without whitespace (PDF readers differ in the spaces they put
    between table cells and lines)."""
    return [squashed(text) for text in page_texts(path)]


def shows(page: str, *phrases: str) -> bool:
    """Every phrase is on the page (whitespace ignored)."""
    return all(squashed(phrase) in page for phrase in phrases)


def test_class_report_pages_and_text(report, tmp_path: Path) -> None:
    """The class report: summary and questions on page 1, the heat maps from page 2."""
    pages = _pages(write_pdf(report, tmp_path / "class.pdf"))
    assert len(pages) == 2
    first = pages[0]
    assert shows(first, "Class report: Harbour fire: the first reports", "2026-03-05")
    assert shows(first, "3 students", "Ana 100%", "Bo 0%", "Cy <script> 25%")
    assert shows(first, "fire-speculation", "fire-labels")
    # fire-source: Ana and Cy right, Bo wrong → facility 67%.
    assert shows(first, "3 fire-source choice 67%")
    assert shows(first, "Facility is the class's mean score")
    assert shows(pages[1], "Where the class marked", "will likely rise")
    assert not shows(pages[1], "Often marked outside the key")


def test_student_pages(report, tmp_path: Path) -> None:
    """With students, each student's report starts on its own page, in name order."""
    pages = _pages(write_pdf(report, tmp_path / "all.pdf", students=True))
    assert len(pages) == 2 + 3
    assert pages[2].startswith("Ana") and shows(pages[2], "Total: 100%", "found 1 of 1")
    assert pages[3].startswith("Bo") and shows(pages[3], "Total: 0%")
    assert shows(pages[3], "missed ‘will likely rise’")
    assert pages[4].startswith(squashed("Cy <script>")) and shows(pages[4], "Total: 25%")


def test_progress_and_replacing(report, tmp_path: Path) -> None:
    """Progress is reported to the end, and writing again replaces the file cleanly."""
    seen: list[tuple[int, int]] = []
    target = tmp_path / "class.pdf"
    target.write_text("old", encoding="utf-8")
    write_pdf(report, target, progress=lambda done, total, _: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if "pdf" in p.name] == ["class.pdf"]


def test_names_are_escaped_in_the_html(report) -> None:
    """A student's name is text, never markup."""
    html = report_html(report, students=True)
    assert "Cy &lt;script&gt;" in html and "<script>" not in html


def test_ensure_gui_application_reuses_the_running_one(qapp) -> None:
    assert ensure_gui_application() is qapp


def test_heat_levels_and_legend() -> None:
    """Six levels: none, then steps of 20%; each has a legend label and a shade."""
    assert [heat.level(x) for x in (0, 0.05, 0.2, 0.21, 0.5, 0.8, 0.81, 1.0)] == [
        0,
        1,
        1,
        2,
        3,
        4,
        5,
        5,
    ]
    assert heat.level_label(0) == "none" and heat.level_label(5) == "81–100%"
    assert heat.shade(0) is None
    assert len({heat.shade(n) for n in range(1, 6)}) == 5
    assert len({heat.shade(n, dark=True) for n in range(1, 6)}) == 5


def test_cli_results_pdf(bank: Bank, qapp, tmp_path: Path, capsys) -> None:
    """`quizapp results pdf QUIZ --out FILE --students` writes the report and a page per
    student."""
    from quizapp import cli

    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions(SET)
    take_quiz(bank, "Ana", SET, [perfect_response(q) for q in questions])
    db = str(bank.path)
    out = tmp_path / "report.pdf"
    code = cli.main(["results", "pdf", SET, "--out", str(out), "--students", "--db", db])
    assert code == 0, capsys.readouterr().err
    assert len(page_texts(out)) == 3
    assert cli.main(["results", "pdf", "nope", "--out", str(out), "--db", db]) == 1


def test_before_and_after_section(bank: Bank, qapp, tmp_path: Path, capsys) -> None:
    """With an earlier quiz the report shows each student's and each skill's gain, and who
    took only one of them; `quizapp results pdf --before` asks for it."""
    from quizapp import cli
    from quizapp.core.files import loads_question_set

    bank.import_sets([load_question_set(FIXTURE)])
    again = FIXTURE.read_text(encoding="utf-8").replace(f"id: {SET}", "id: harbour-again")
    bank.import_sets([loads_question_set(again)])
    before, after = bank.questions(SET), bank.questions("harbour-again")
    take_quiz(bank, "Ana", SET, [empty_response(q) for q in before])
    take_quiz(bank, "Bo", SET, [perfect_response(q) for q in before])
    take_quiz(bank, "Cy", SET, [empty_response(q) for q in before])
    take_quiz(bank, "Ana", "harbour-again", [perfect_response(q) for q in after])
    take_quiz(bank, "Bo", "harbour-again", [perfect_response(q) for q in after])
    report = build_class_report(
        classroom.load_class(bank, "harbour-again"),
        today=date(2026, 3, 5),
        before=classroom.load_class(bank, SET),
    )
    assert report.before_after is not None
    pages = _pages(write_pdf(report, tmp_path / "gains.pdf"))
    first = "".join(pages[:2])  # the section may cross to page 2
    assert shows(first, "Before and after", "Compared with the earlier quiz")
    assert shows(first, "2 students took both", "mean gain +50 points")
    assert shows(first, "Ana 0% 100% +100 +1.00", "Bo 100% 100% 0 —")
    assert shows(first, "Per skill", "Only in the earlier quiz: Cy.")

    db = str(bank.path)
    out = tmp_path / "cli.pdf"
    argv = ["results", "pdf", "harbour-again", "--before", SET, "--out", str(out), "--db", db]
    assert cli.main(argv) == 0, capsys.readouterr().err
    assert shows("".join(_pages(out)), "Before and after", "mean gain +50 points")
    argv[argv.index(SET)] = "nope"
    assert cli.main(argv) == 1
    assert "There is no quiz 'nope'" in capsys.readouterr().err
    assert build_class_report(classroom.load_class(bank, SET)).before_after is None


def test_the_report_speaks_the_installed_translation(report, qapp) -> None:
    """The report's words go through Qt's translation: a translator installed for the
    ClassReport context changes them (here a test one that shouts)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
            return source.upper() if context == "ClassReport" else None

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        html = report_html(report)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "<h2>SUMMARY</h2>" in html and "CLASS REPORT: " in html
    assert "<h2>Summary</h2>" in report_html(report)
