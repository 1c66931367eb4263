"""Every window and dialog fits the screens schools have: 1366x768 at 100% and 1024x600
with the program's own zoom (View › Zoom) at 200%; at 300% the excerpt and the answer
area scroll instead of being cut off. Screenshots of those sizes go to
``QUIZAPP_SCREENSHOTS`` when it names a folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.files import load_question_set
from tests.classroom_data import empty_response, perfect_response, take_quiz
from tests.gui.driving import click
from tests.gui.test_studio import PASSWORD, REPORT, add_pasted_article, choose_password, when_modal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
# Room the desktop takes around a window: title bar and a panel or taskbar.
DESKTOP_ROOM = QSize(0, 64)
SCREENS = [(QSize(1366, 768), 100), (QSize(1024, 600), 200)]


class Fit:
    """Checks one size and zoom across the screens a test goes through."""

    def __init__(self, screen: QSize, zoom: int, theme: str) -> None:
        self.screen, self.zoom, self.theme = screen, zoom, theme
        self.room = screen - DESKTOP_ROOM
        self.problems: list[str] = []
        self.checked: list[str] = []
        self.pages: dict[str, tuple[int, int]] = {}
        self.culprits: dict[str, str] = {}
        self.font_size = 0.0  # the zoomed font's size, which every dialog must have too
        self.folder = os.environ.get("QUIZAPP_SCREENSHOTS")

    def __call__(self, window: QWidget, name: str) -> None:
        for _ in range(4):  # a layout request climbs one parent per pass of the event loop
            QApplication.processEvents()
        layout = window.layout()
        if layout is not None:
            layout.activate()
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        self.checked.append(name)
        pages = getattr(window, "pages", None)
        if pages is None and self.font_size and window.font().pointSizeF() != self.font_size:
            self.problems.append(f"{name}: not zoomed ({window.font().pointSizeF()} pt)")
        if pages is not None:  # the page itself, without the window's fallback scrolling
            page = pages.currentWidget().minimumSizeHint()
            self.pages[name] = (page.width(), page.height())
            self.culprits[name] = culprits(pages.currentWidget())
        if needed.width() > self.room.width() or needed.height() > self.room.height():
            self.problems.append(
                f"{name}: needs {needed.width()}x{needed.height()}, "
                f"the screen leaves {self.room.width()}x{self.room.height()}"
            )
        if self.folder:
            window.resize(window.size().boundedTo(self.room))
            QApplication.processEvents()
            size = f"{self.screen.width()}x{self.screen.height()}@{self.zoom}"
            slug = name.replace(" ", "-").replace(":", "").replace("/", "-")
            window.grab().save(str(Path(self.folder) / f"{self.theme}-{size}-{slug}.png"))


def culprits(page: QWidget) -> str:
    """The widgets below ``page`` that ask for nearly all of its width or height."""
    need = page.minimumSizeHint()
    found = []
    for child in page.findChildren(QWidget):
        if not child.isVisible() or child.isWindow():
            continue
        hint = child.minimumSizeHint().expandedTo(child.minimumSize())
        if hint.width() >= need.width() * 0.6 or hint.height() >= need.height() * 0.6:
            what = child.accessibleName() or child.objectName() or ""
            found.append(f"{type(child).__name__}({what}) {hint.width()}x{hint.height()}")
    return "; ".join(found[-12:])


def shown_dialog(qtbot: QtBot, dialog: QWidget, add: bool = True) -> QWidget:
    if add:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def walk_every_screen(qtbot: QtBot, window, fit: Callable[[QWidget, str], None]) -> None:
    """The student's screens, the review dialogs, practice, progress, the teacher's."""
    fit(window, "profile")
    window.profile_view.name_edit.setText("Alex M")
    click(qtbot, window.profile_view.new_button)
    fit(window, "quiz list")
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    for number in range(1, 5):
        kind = runner.question_widget.question.type
        fit(window, f"question {number} {kind}")
        runner.submit()
        fit(window, f"question {number} {kind} feedback")
        click(qtbot, runner.primary_button)
    results = window.results_view()
    fit(window, "results")
    for row in range(results.review.topLevelItemCount()):
        dialog = results.open_review(results.review.topLevelItem(row))
        assert dialog is not None
        qtbot.waitExposed(dialog)
        fit(dialog, f"review {row + 1}")
        dialog.close()
    window.show_practice()
    fit(window, "practice")
    window.show_progress()
    fit(window, "progress")

    def password(dialog: QWidget) -> None:
        fit(dialog, "password")
        choose_password(PASSWORD)(dialog)

    when_modal(password)
    window.show_studio()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    studio = window._studio
    assert studio is not None
    walk_the_studio(qtbot, window, studio, fit)
    bank = window.bank
    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions("harbour-fire")
    take_quiz(bank, "Ana", "harbour-fire", [perfect_response(q) for q in questions])
    take_quiz(bank, "Cy", "harbour-fire", [empty_response(q) for q in questions])
    window.show_dashboard()
    dashboard = window._dashboard
    assert dashboard is not None
    dashboard.set_quiz("harbour-fire")
    for index in range(dashboard.tabs.count()):
        dashboard.tabs.setCurrentIndex(index)
        fit(window, f"class results {dashboard.tabs.tabText(index).replace('&', '')}")
    regrade = dashboard.regrade()
    assert regrade is not None
    fit(shown_dialog(qtbot, regrade, add=False), "regrade")
    regrade.reject()
    xapi = dashboard.export_xapi()
    assert xapi is not None
    fit(shown_dialog(qtbot, xapi, add=False), "xapi")
    xapi.close()
    from quizapp.ui.restore_dialog import RestoreDialog
    from quizapp.ui.studio import ImportPreviewDialog, ImportSummary

    fit(shown_dialog(qtbot, RestoreDialog([], window)), "restore")
    summary = ImportSummary(str(FIXTURE), load_question_set(FIXTURE), updates=True, unchanged=False)
    fit(shown_dialog(qtbot, ImportPreviewDialog(summary, window)), "import")
    studio.ask_unsaved = lambda _parent, _what: "discard"


def walk_the_studio(qtbot: QtBot, window, studio, fit: Callable[[QWidget, str], None]) -> None:
    """Every studio screen: articles empty and with several, paste, tag phrases with
    suggestions, edit text, the 4 question kinds, the quiz builder empty and filled, the
    quiz preview."""
    studio.ask_unsaved = lambda _parent, _what: "discard"
    fit(window, "studio articles")
    studio.articles.paste_button.click()
    fit(window, "studio paste")
    add_pasted_article(qtbot, studio, REPORT)
    fit(window, "studio tag phrases")
    studio.suggest_action.trigger()
    qtbot.waitUntil(lambda: studio.suggest_action.isEnabled(), timeout=20_000)
    fit(window, "studio tag phrases with suggestions")
    for _ in range(2):
        add_pasted_article(qtbot, studio, REPORT)
    fit(window, "studio several articles")
    studio.articles.tabs.setCurrentIndex(1)
    fit(window, "studio edit text")
    studio.articles.tabs.setCurrentIndex(0)
    studio.tabs.setCurrentWidget(studio.questions)
    for index, action in enumerate(studio.questions.new_actions.values()):
        action.trigger()
        fit(window, f"studio question {index + 1}")
    studio.tabs.setCurrentWidget(studio.quiz_builder)
    fit(window, "studio quiz builder")
    window.bank.import_sets([load_question_set(FIXTURE)])
    builder = studio.quiz_builder
    builder.refresh()
    builder.run_search()
    builder.tick([q.id for q in window.bank.questions("harbour-fire")])
    builder.add_ticked()
    fit(window, "studio quiz builder filled")
    preview = builder.preview()
    assert preview is not None
    fit(shown_dialog(qtbot, preview, add=False), "quiz preview")
    preview.close()


def zoomed(window, zoom: int) -> None:
    window.set_zoom(zoom)
    QApplication.processEvents()


@pytest.mark.parametrize(("screen", "zoom"), SCREENS, ids=["1366x768@100", "1024x600@200"])
def test_every_screen_fits(qtbot: QtBot, open_window, screen: QSize, zoom: int) -> None:
    """No window or dialog needs more room than the screen leaves (light and dark), and
    every dialog has the zoomed font."""
    theme = os.environ.get("QUIZAPP_SCREENSHOT_THEME", "light")
    window = open_window(size=(screen.width(), screen.height() - DESKTOP_ROOM.height()))
    window.theme_actions[theme].trigger()
    zoomed(window, zoom)
    fit = Fit(screen, zoom, theme)
    fit.font_size = window.pages.font().pointSizeF()
    walk_every_screen(qtbot, window, fit)
    assert len(fit.checked) >= 25
    assert not fit.problems, "\n".join(fit.problems)
    # Every page, the studio's too, fits as it is, without the window's fallback scrolling.
    room = fit.room - QSize(0, window.menuBar().height() + window.statusBar().height())
    too_big = []
    for name, (width, height) in fit.pages.items():
        print(f"{screen.width()}x{screen.height()}@{zoom} {name}: {width}x{height}")
        if width > room.width() or height > room.height():
            too_big.append(
                f"{name}: {width}x{height} in {room.width()}x{room.height()}, "
                f"asked by {fit.culprits[name]}"
            )
    assert not too_big, "\n".join(too_big)


def test_at_300_percent_the_excerpt_and_answers_scroll(qtbot: QtBot, open_window) -> None:
    """At 300% on 1024x600 the window still fits, and the question area (excerpt, answer,
    feedback) scrolls to its end instead of being cut off."""
    screen = QSize(1024, 600)
    window = open_window(size=(1024, 600 - DESKTOP_ROOM.height()))
    zoomed(window, 300)
    window.profile_view.name_edit.setText("Zed")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    fit = Fit(screen, 300, "light")
    for number in range(1, 5):
        QApplication.processEvents()
        fit(window, f"question {number}")
        bar = runner.area.verticalScrollBar()
        assert bar.maximum() > 0, f"question {number}: nothing to scroll at 300%"
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        content = runner.area.widget()
        bottom = content.mapTo(runner.area.viewport(), content.rect().bottomLeft()).y()
        assert bottom <= runner.area.viewport().height() + 1  # the end can be reached
        runner.submit()
        click(qtbot, runner.primary_button)
    assert not fit.problems, "\n".join(fit.problems)
