"""The teacher's results dashboard, driven as a teacher would: grid, sorting, heat map,
import with progress, regrade, exports, before/after."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from quizapp.core import handin
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set, loads_question_set
from quizapp.reports import heat
from quizapp.ui.dashboard import DashboardView
from quizapp.ui.dashboard.grid_model import FRACTION_ROLE, QuestionStatsModel, StudentGridModel
from quizapp.ui.dashboard.regrade_dialog import RegradeDialog
from quizapp.ui.themes import apply_theme
from tests.classroom_data import empty_response, hand_in_class, perfect_response, take_quiz
from tests.pdf_text import page_texts, squashed

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SET = "harbour-fire"
SPECULATION = "fire-speculation"


def _marks(bank: Bank, phrase: str) -> dict:
    text = bank.question(SET, SPECULATION).excerpts[0].text
    start = text.index(phrase)
    return {"marks": [[0, start, start + len(phrase)]]}


@pytest.fixture
def class_bank(bank: Bank) -> Bank:
    """Ana answers everything right; Bo nothing; Cy only the choice, and marks 'a worker'
    instead of the speculation."""
    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions(SET)
    take_quiz(bank, "Ana", SET, [perfect_response(q) for q in questions])
    take_quiz(bank, "Bo", SET, [empty_response(q) for q in questions])
    cy = [
        perfect_response(q)
        if q.type == "choice"
        else _marks(bank, "a worker")
        if q.id == SPECULATION
        else empty_response(q)
        for q in questions
    ]
    take_quiz(bank, "Cy", SET, cy)
    return bank


@pytest.fixture
def dashboard(qtbot: QtBot, class_bank: Bank) -> DashboardView:
    view = DashboardView(class_bank)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def _grid_rows(view: DashboardView) -> list[list[str]]:
    proxy = view.grid_proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def test_grid_shows_each_student_and_question(dashboard: DashboardView) -> None:
    """One row per student, the total then a cell per question, as text and colour."""
    assert dashboard.stack.currentWidget() is dashboard.tabs
    assert dashboard.current_set_id() == SET
    model = dashboard.grid_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Student", "Total", "Q1", "Q2", "Q3", "Q4"]
    assert _grid_rows(dashboard) == [
        ["Ana", "100%", "100%", "100%", "100%", "100%"],
        ["Bo", "0%", "0%", "0%", "0%", "0%"],
        ["Cy", "25%", "0%", "0%", "100%", "0%"],
    ]
    cell = model.index(0, StudentGridModel.COLUMN_TOTAL)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell.data(FRACTION_ROLE) == 1.0
    tip = model.index(2, StudentGridModel.FIRST_QUESTION_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Cy · Q1 fire-speculation: 0 of 1 points (0%)"
    assert "3 students" in dashboard.summary.text()
    assert "class average 42%" in dashboard.summary.text()


def test_grid_sorts_by_clicking_a_header(qtbot: QtBot, dashboard: DashboardView) -> None:
    """Clicking 'Total' sorts by the number (not the text); clicking again reverses."""
    header = dashboard.grid.horizontalHeader()
    x = header.sectionViewportPosition(StudentGridModel.COLUMN_TOTAL) + 10
    point = QPoint(x, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    first = [row[0] for row in _grid_rows(dashboard)]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    second = [row[0] for row in _grid_rows(dashboard)]
    assert {tuple(first), tuple(second)} == {("Bo", "Cy", "Ana"), ("Ana", "Cy", "Bo")}


def test_question_table_and_spans(dashboard: DashboardView) -> None:
    """Facility per question, discrimination, and 'found by' per key phrase."""
    model = dashboard.question_model
    rows = {
        model.index(r, QuestionStatsModel.COLUMN_QUESTION).data().split(":")[0]: r
        for r in range(model.rowCount())
    }
    source = model.index(rows["fire-source"], QuestionStatsModel.COLUMN_FACILITY)
    assert source.data() == "67%"
    spec = rows[SPECULATION]
    assert model.index(spec, QuestionStatsModel.COLUMN_FACILITY).data() == "33%"
    assert model.index(spec, QuestionStatsModel.COLUMN_SPANS).data() == "1/3"
    # Everyone who was right on fire-source did better elsewhere: r is positive.
    assert (
        float(model.index(rows["fire-source"], QuestionStatsModel.COLUMN_POINT_BISERIAL).data()) > 0
    )
    view_row = dashboard.question_proxy.mapFromSource(model.index(rows["fire-toll"], 0)).row()
    dashboard.question_table.selectRow(view_row)
    spans = dashboard.span_model
    assert [spans.index(r, 0).data() for r in range(spans.rowCount())] == ["12 dead", "15 people"]
    assert spans.index(0, 2).data() == "1 of 3 (33%)"


def test_heat_map_shades_words_by_share(qtbot: QtBot, dashboard: DashboardView) -> None:
    """'will likely rise' marked by 1 of 3 (level 2), 'a worker' by 1 of 3, 'Early' by
    none; the key is underlined; each word has its tooltip."""
    dashboard.tabs.setCurrentIndex(dashboard.TAB_HEAT_MAP)
    dashboard.show_heat_map(SPECULATION)
    (view,) = dashboard.heat_panel.views
    text = view.heat_map.text
    likely = text.index("likely")
    worker = text.index("worker")
    assert view.shade_at(likely) == QColor(heat.shade(heat.level(1 / 3)))
    assert view.shade_at(worker) == QColor(heat.shade(2))
    assert view.shade_at(text.index("Early")) is None
    assert view.shade_at(text.index("Early") + len("Early")) is None  # the space after
    assert view.is_key_at(likely) and not view.is_key_at(worker)
    assert view.tooltip_at(likely) == "1 of 3 students marked this — part of the key (speculation)"
    assert view.tooltip_at(worker) == "1 of 3 students marked this"
    assert view.tooltip_at(text.index("Early")) == "0 of 3 students marked this"
    qtbot.waitUntil(lambda: len(view.key_rects()) == 1)  # framed once laid out
    hot = dashboard.heat_panel.hot.text()
    assert "‘a worker’ (1 of 3)" in hot


def test_heat_map_list_and_compare_excerpts(dashboard: DashboardView) -> None:
    """Only marking questions are listed; a compare question shows one map per excerpt."""
    items = [dashboard.heat_list.item(i).text() for i in range(dashboard.heat_list.count())]
    assert items == ["Q1 fire-speculation", "Q2 fire-toll"]
    dashboard.heat_list.setCurrentRow(1)
    assert len(dashboard.heat_panel.views) == 2
    assert dashboard.heat_panel.title.text().startswith("Q2 fire-toll")


def test_dark_theme_reshades(qtbot: QtBot, dashboard: DashboardView) -> None:
    """Switching to the dark theme redraws the heat map in the dark scale."""
    dashboard.show_heat_map(SPECULATION)
    (view,) = dashboard.heat_panel.views
    likely = view.heat_map.text.index("likely")
    app = QApplication.instance()
    apply_theme(app, "dark")
    qtbot.waitUntil(lambda: view.shade_at(likely) == QColor(heat.shade(2, dark=True)))


def test_import_a_folder_with_progress(
    qtbot: QtBot, dashboard: DashboardView, tmp_path: Path
) -> None:
    """Importing a folder reads files off the UI thread, shows progress, stores each file,
    reports the damaged one by name, and the grid grows."""
    other = Bank.open(tmp_path / "students.sqlite3")
    other.import_sets([load_question_set(FIXTURE)])
    folder = tmp_path / "handed-in"
    hand_in_class(other, SET, folder, 5)
    other.close()
    (folder / "broken.json").write_text("{", encoding="utf-8")
    stored: list[tuple[int, int]] = []
    with qtbot.waitSignal(dashboard.results_imported, timeout=20000) as finished:
        controller = dashboard.import_paths([folder])
        controller.file_stored.connect(lambda done, total: stored.append((done, total)))
        assert isinstance(controller.progress, QProgressDialog)
    report = finished.args[0]
    assert len(report.imported) == 5 and len(report.damaged) == 1
    assert stored[-1] == (6, 6)
    assert controller.progress is not None and not controller.progress.isVisible()
    assert dashboard.grid_proxy.rowCount() == 8
    assert "Imported 5 results, 1 file skipped." in dashboard.banner.text()
    assert "broken.json" in dashboard.banner.text()
    assert dashboard.import_button.isEnabled()


def test_import_flags_another_version(
    qtbot: QtBot, dashboard: DashboardView, class_bank: Bank, tmp_path: Path
) -> None:
    """A result from another version of the quiz is imported and marked ⚑ in the grid."""
    path = handin.write_results_file(class_bank, 1, tmp_path / "ana.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["fingerprint"] = "00000000000000aa"
    data["profile"] = "Dee"
    path.write_text(json.dumps(data), encoding="utf-8")
    with qtbot.waitSignal(dashboard.results_imported, timeout=20000):
        dashboard.import_paths([path], show_progress=False)
    names = [row[0] for row in _grid_rows(dashboard)]
    assert "Dee  ⚑" in names
    assert "another version" in dashboard.summary.text()
    assert "flagged" in dashboard.banner.text()


def test_regrade_shows_changes_then_applies(
    qtbot: QtBot, dashboard: DashboardView, class_bank: Bank
) -> None:
    """After the key is fixed, Regrade lists old → new points; Apply writes them."""
    fixed = FIXTURE.read_text(encoding="utf-8").replace(
        "that a worker\n      started it", "that [a worker]{.speculation}\n      started it"
    )
    class_bank.import_sets([loads_question_set(fixed)])
    qtbot.mouseClick(dashboard.regrade_button, Qt.MouseButton.LeftButton)
    dialog = dashboard.findChild(RegradeDialog)
    assert dialog is not None and dialog.isVisible()
    rows = [
        [dialog.changes.topLevelItem(i).text(c) for c in range(4)]
        for i in range(dialog.changes.topLevelItemCount())
    ]
    assert ["Cy", SPECULATION, "0 of 1", "1 of 2"] in rows
    assert ["Ana", SPECULATION, "1 of 1", "1 of 2"] in rows
    assert {row[1] for row in rows} <= {SPECULATION, "fire-labels"}
    with qtbot.waitSignal(dashboard.quiz_regraded):
        dialog.accept()
    assert "Regraded 3 attempts" in dashboard.banner.text()
    cy = [row for row in _grid_rows(dashboard) if row[0] == "Cy"][0]
    assert cy[2] == "50%"


def test_export_csv_and_pdf(qtbot: QtBot, dashboard: DashboardView, tmp_path: Path) -> None:
    """Export CSV asks where, writes the gradebook; Export PDF runs off the UI thread."""

    class Dialogs:
        def save_file(self, parent, title, name, filters):
            return str(tmp_path / name)

    dashboard.dialogs = Dialogs()  # type: ignore[assignment]
    with qtbot.waitSignal(dashboard.report_exported):
        qtbot.mouseClick(dashboard.csv_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "harbour-fire-grades.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [row[0] for row in rows[1:]] == ["Ana", "Bo", "Cy"]
    with qtbot.waitSignal(dashboard.report_exported, timeout=30000) as written:
        qtbot.mouseClick(dashboard.pdf_button, Qt.MouseButton.LeftButton)
        assert not dashboard.pdf_button.isEnabled()
    assert written.args[0].endswith("harbour-fire-report.pdf")
    assert len(page_texts(written.args[0])) == 2 + 3
    assert dashboard.pdf_button.isEnabled()
    assert "Wrote the class report" in dashboard.banner.text()


def test_policy_best_attempt(qtbot: QtBot, dashboard: DashboardView, class_bank: Bank) -> None:
    """Bo tries again and does everything right: latest shows 100%; so does best; and
    when his newest attempt is worse, best still shows his better one."""
    questions = class_bank.questions(SET)
    take_quiz(class_bank, "Ana", SET, [empty_response(q) for q in questions])
    dashboard.refresh()
    ana = [row for row in _grid_rows(dashboard) if row[0] == "Ana"][0]
    assert ana[1] == "0%"
    dashboard.policy_combo.setCurrentIndex(dashboard.policy_combo.findData("best"))
    dashboard.policy_combo.activated.emit(dashboard.policy_combo.currentIndex())
    ana = [row for row in _grid_rows(dashboard) if row[0] == "Ana"][0]
    assert ana[1] == "100%"


def test_before_after(
    qtbot: QtBot, dashboard: DashboardView, class_bank: Bank, tmp_path: Path
) -> None:
    """Two quizzes with results: the gain per student and per skill."""
    second = FIXTURE.read_text(encoding="utf-8").replace("id: harbour-fire", "id: harbour-again")
    class_bank.import_sets([loads_question_set(second)])
    questions = class_bank.questions("harbour-again")
    take_quiz(class_bank, "Bo", "harbour-again", [perfect_response(q) for q in questions])
    take_quiz(class_bank, "Ana", "harbour-again", [perfect_response(q) for q in questions])
    dashboard.refresh()
    view = dashboard.pre_post
    view.pre_combo.setCurrentIndex(view.pre_combo.findData(SET))
    view.post_combo.setCurrentIndex(view.post_combo.findData("harbour-again"))
    dashboard.tabs.setCurrentIndex(dashboard.TAB_PRE_POST)
    model = view.student_model
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(5)]
        for r in range(model.rowCount())
    }
    assert rows["Bo"] == ["Bo", "0%", "100%", "+100", "+1.00"]
    assert rows["Ana"] == ["Ana", "100%", "100%", "0", "—"]
    assert "Only before: Cy." in view.summary.text()

    # Asked for, the report of the After quiz carries the comparison; another quiz's not.
    assert dashboard.set_quiz("harbour-again")
    assert dashboard._earlier_class() is None  # not asked for yet
    view.in_report.click()
    written = dashboard.export_pdf(tmp_path / "again.pdf", students=False, show_progress=False)
    assert written is not None
    qtbot.waitUntil(lambda: (tmp_path / "again.pdf").exists(), timeout=30000)
    text = squashed(" ".join(page_texts(tmp_path / "again.pdf")))
    assert squashed("Before and after") in text and squashed("Bo 0% 100% +100 +1.00") in text
    assert dashboard.set_quiz(SET)
    assert dashboard._earlier_class() is None


def test_empty_bank_says_what_to_do(qtbot: QtBot, bank: Bank) -> None:
    """With no results the dashboard explains how to get some; exports are disabled."""
    view = DashboardView(bank)
    qtbot.addWidget(view)
    view.refresh()
    assert view.stack.currentWidget() is view.empty
    assert "Import" in view.empty.text()
    assert not view.csv_button.isEnabled() and not view.pdf_button.isEnabled()
    assert view.import_button.isEnabled()


def test_import_reads_off_the_ui_thread(
    qtbot: QtBot, dashboard: DashboardView, class_bank: Bank, tmp_path: Path, monkeypatch
) -> None:
    """Files are read on a worker thread while the window keeps handling events."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    from quizapp.core import classroom

    paths = [
        handin.write_results_file(class_bank, attempt, tmp_path / f"{attempt}.json")
        for attempt in (1, 2, 3)
    ]
    readers: set[int] = set()
    real = classroom.read_or_outcome

    def slow_read(path):
        readers.add(threading.get_ident())
        time.sleep(0.15)  # a slow network share
        return real(path)

    monkeypatch.setattr(classroom, "read_or_outcome", slow_read)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with qtbot.waitSignal(dashboard.results_imported, timeout=20000) as finished:
        dashboard.import_paths(paths, show_progress=False)
    timer.stop()
    assert threading.get_ident() not in readers
    assert len(ticks) >= 10, "the event loop kept running during the import"
    assert len(finished.args[0].duplicates) == 3  # they came from this bank


def test_shutdown_stops_an_import(
    qtbot: QtBot, dashboard: DashboardView, class_bank: Bank, tmp_path: Path, monkeypatch
) -> None:
    """Closing while importing: the import stops, nothing runs on, the report says what
    was stored."""
    import time

    from quizapp.core import classroom

    paths = [
        handin.write_results_file(class_bank, attempt, tmp_path / f"{attempt}.json")
        for attempt in (1, 2, 3)
    ]
    real = classroom.read_or_outcome

    def slow_read(path):
        time.sleep(0.2)
        return real(path)

    monkeypatch.setattr(classroom, "read_or_outcome", slow_read)
    with qtbot.waitSignal(dashboard.results_imported, timeout=20000) as finished:
        dashboard.import_paths(paths, show_progress=False)
        assert dashboard.shutdown()
    assert len(finished.args[0].outcomes) < 3


def test_pdf_that_cannot_be_written_is_said_in_words(
    qtbot: QtBot, dashboard: DashboardView, tmp_path: Path
) -> None:
    """A PDF into a folder that does not exist fails off the UI thread with a worded message."""
    target = tmp_path / "no-such-folder" / "report.pdf"
    controller = dashboard.export_pdf(target, students=False, show_progress=False)
    assert controller is not None
    with qtbot.waitSignal(controller.pdf_failed, timeout=30000) as failed:
        pass
    assert failed.args[0].startswith("Cannot write") and str(target) in failed.args[0]
    assert not target.exists()
