"""The studio's screens render at 1280x800 and 1024x600 in the light and dark themes.

Set QUIZAPP_SCREENSHOTS=docs/screenshots to write the pictures for the docs there
(the 1280x800 ones are committed as docs/screenshots/studio-*.png).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.ui.question_widgets import HighlightWidget
from quizapp.ui.studio import StudioView
from quizapp.ui.themes import apply_theme
from tests.gui.helpers import click, drag
from tests.gui.test_studio import shown_host

PROJECT = Path(__file__).resolve().parents[2]
FIXTURE = PROJECT / "tests" / "fixtures" / "harbour-fire.yaml"
SIZES = {(1280, 800): "", (1024, 600): "-1024x600"}


@pytest.fixture
def themed() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_theme(app, "system")


def _bank(path: Path) -> Bank:
    bank = Bank.open(path)
    sets = [load_question_set(p) for p in sorted((PROJECT / "questions").glob("*.yaml"))]
    bank.import_sets(sets or [load_question_set(FIXTURE)])
    return bank


def _save(picture: QImage, path: Path) -> None:
    # No alpha channel: smaller files, same picture.
    assert picture.convertToFormat(QImage.Format.Format_RGB888).save(str(path))


def _studio(qtbot: QtBot, bank: Bank, size: tuple[int, int]) -> tuple[QWidget, StudioView]:
    host = shown_host(qtbot, size)
    studio = StudioView(bank, host)
    host.layout().addWidget(studio)
    studio.show()
    host.activateWindow()
    set_id = "brenholt-leak" if bank.has_set("brenholt-leak") else "harbour-fire"
    assert studio.open_set(set_id)
    qtbot.wait(10)
    return host, studio


def test_studio_screenshots(qtbot: QtBot, tmp_path: Path, themed: QApplication) -> None:
    """Tagging, question writing with its preview, and the quiz builder render in both
    themes at both sizes, dark backgrounds in the dark theme."""
    out = Path(os.environ.get("QUIZAPP_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    bank = _bank(tmp_path / "shots.sqlite3")
    try:
        for theme in ("light", "dark"):
            apply_theme(themed, theme)
            for size, suffix in SIZES.items():
                host, studio = _studio(qtbot, bank, size)

                # tagging: a figure chosen, its quantity and note beside it
                text = studio.articles.span_editor.text
                assert text is not None
                figure = next(s for s in studio.draft.articles[0].spans if "figure" in s.labels)
                text.setFocus()
                click(qtbot, text, figure.start + 1)  # the tag becomes the one edited
                qtbot.wait(10)
                shots = {"articles": host.grab().toImage()}

                # a question and what the student sees, answered and scored
                studio.tabs.setCurrentWidget(studio.questions)
                page = studio.questions
                highlight = next(
                    i for i, q in enumerate(studio.draft.questions) if q["type"] == "highlight"
                )
                page.select_question(highlight)
                widget = page.preview.widget
                assert isinstance(widget, HighlightWidget)
                key = page.preview.question.key_spans()  # type: ignore[union-attr]
                _index, span = key[0]
                drag(qtbot, widget.views[0].text, span.start, span.end)
                page.preview.try_it()
                qtbot.wait(10)
                shots["questions"] = host.grab().toImage()

                # the quiz builder with a quiz under way
                builder = studio.quiz_builder
                studio.tabs.setCurrentWidget(builder)
                builder.skill_checks["speculation"].click()
                builder.run_search()
                builder.tick([row.question_id for row in builder.rows[:3]])
                builder.add_button.click()
                builder.title.setText("Week 3: speculation")
                builder._title_edited("Week 3: speculation")
                builder.time_limit.setValue(20)
                builder.pass_mark.setValue(60)
                qtbot.wait(10)
                shots["quiz-builder"] = host.grab().toImage()

                for name, picture in shots.items():
                    assert (picture.width(), picture.height()) == size
                    corner = picture.pixelColor(3, 3)
                    assert (corner.lightness() < 128) == (theme == "dark")
                    _save(picture, out / f"studio-{name}-{theme}{suffix}.png")
                host.close()
    finally:
        bank.close()
