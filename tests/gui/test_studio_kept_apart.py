"""The propose dialog says why two events of a related kind were kept apart (issue 14,
session 11, ui12): under the articles, each event's title and "Kept apart from event 2: ...",
readable by keyboard and screen reader, wrapped at a small size, in both themes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.draft import ArticleDraft, SetDraft
from quizapp.ui.studio.propose import ProposeDialog
from quizapp.ui.themes import apply_theme
from tests.core.test_suggest_kept_apart import LINDOR, LINDOR_REASON, MASZEK
from tests.gui.test_studio_suggest import themed  # noqa: F401 (the fixture)


def _draft(texts: list[str]) -> SetDraft:
    articles = []
    for number, text in enumerate(texts):
        headline, body = text.split("\n\n", 1)
        articles.append(ArticleDraft(f"a{number}", f"Wire {number}", headline, text=body))
    return SetDraft("varnel", "Varnel bombings", articles=tuple(articles))


def _dialog(qtbot: QtBot, texts: list[str]) -> ProposeDialog:
    dialog = ProposeDialog([], _draft(texts), None, repropose=lambda _events: [])
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_says_why_two_bombings_were_kept_apart(qtbot: QtBot) -> None:
    """The teacher reads, under each event's title, the place each names."""
    dialog = _dialog(qtbot, LINDOR + MASZEK)
    dialog.show()
    assert dialog.events() == [0, 0, 1, 1]
    text = dialog.apart_label.text()
    first, second = text.split("\n\n")
    assert first.startswith("Event 1 — ")
    assert first.endswith(f"\nKept apart from event 2: {LINDOR_REASON}.")
    assert second.startswith("Event 2 — ")
    assert second.endswith(
        "\nKept apart from event 1: names Maszek Avenue; the other names Lindor Avenue."
    )
    assert dialog.apart_label.isVisible()
    assert dialog.apart_label.accessibleName() == "Why events were kept apart"
    assert dialog.apart_label.accessibleDescription() == text
    assert dialog.apart_label.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_moving_an_article_into_the_other_event_removes_the_line(qtbot: QtBot) -> None:
    """One event left: nothing kept apart, the line is hidden."""
    dialog = _dialog(qtbot, LINDOR + MASZEK)
    dialog.show()
    dialog.set_event(2, 0)
    dialog.set_event(3, 0)
    assert dialog.events() == [0, 0, 0, 0]
    assert dialog.apart_label.text() == ""
    assert not dialog.apart_label.isVisible()


def test_one_event_shows_no_line(qtbot: QtBot) -> None:
    """Reports of one bombing only: no event was kept apart, so no line."""
    dialog = _dialog(qtbot, LINDOR)
    dialog.show()
    assert dialog.apart_label.text() == ""
    assert not dialog.apart_label.isVisible()


def test_kept_apart_screenshots(
    qtbot: QtBot,
    tmp_path: Path,
    themed: QApplication,  # noqa: F811 (the fixture imported above)
) -> None:
    """The line wraps within the dialog at its default size and a small one, both themes."""
    out = Path(os.environ.get("QUIZAPP_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        apply_theme(themed, theme)
        for width, height, suffix in ((640, 520, ""), (420, 520, "-small")):
            dialog = _dialog(qtbot, LINDOR + MASZEK)
            dialog.resize(width, height)
            dialog.show()
            qtbot.waitExposed(dialog)
            label = dialog.apart_label
            assert label.width() <= dialog.width()
            # wrapped, not clipped: the label is as tall as its text needs at its width
            assert label.height() >= label.heightForWidth(label.width())
            assert dialog.grab().save(str(out / f"kept-apart-{theme}{suffix}.png"))
            dialog.close()
