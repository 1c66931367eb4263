"""The excerpt text: marking with the mouse and the keyboard, undo, and how marks look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from quizapp.ui.marking import Highlight, MarkableText
from tests.gui.helpers import click, drag, keys

TEXT = "Early reports indicate that the toll will likely rise, officials said."
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def text(qtbot: QtBot) -> MarkableText:
    widget = MarkableText(TEXT)
    qtbot.addWidget(widget)
    widget.resize(700, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def phrase(value: str) -> tuple[int, int]:
    start = TEXT.index(value)
    return start, start + len(value)


def marked(text: MarkableText) -> list[str]:
    return [TEXT[start:end] for start, end in text.marks()]


def test_drag_marks_the_words_dragged_over(qtbot: QtBot, text: MarkableText) -> None:
    """A mouse drag across words marks exactly that phrase."""
    drag(qtbot, text, *phrase("will likely rise"))
    assert marked(text) == ["will likely rise"]


def test_drag_from_mid_word_snaps_to_whole_words(qtbot: QtBot, text: MarkableText) -> None:
    """Starting and ending a drag inside words marks the whole words."""
    start, end = phrase("will likely rise")
    drag(qtbot, text, start + 2, end - 2)
    assert marked(text) == ["will likely rise"]


def test_drag_trims_spaces_and_punctuation(qtbot: QtBot, text: MarkableText) -> None:
    """A drag that takes in the space before and the comma after keeps only the words."""
    start, end = phrase(" will likely rise,")
    drag(qtbot, text, start, end)
    assert marked(text) == ["will likely rise"]


def test_click_on_a_mark_removes_it(qtbot: QtBot, text: MarkableText) -> None:
    """Clicking inside a marked phrase unmarks the whole phrase."""
    drag(qtbot, text, *phrase("Early reports"))
    drag(qtbot, text, *phrase("will likely rise"))
    click(qtbot, text, phrase("likely")[0] + 1)
    assert marked(text) == ["Early reports"]


def test_click_outside_marks_changes_nothing(qtbot: QtBot, text: MarkableText) -> None:
    """A plain click on unmarked words leaves the marks alone."""
    drag(qtbot, text, *phrase("Early reports"))
    click(qtbot, text, phrase("toll")[0])
    assert marked(text) == ["Early reports"]


def test_keyboard_marks_with_arrows_shift_and_space(qtbot: QtBot, text: MarkableText) -> None:
    """Right moves the word cursor, Shift+Right extends it, Space marks the phrase."""
    text.setFocus()
    keys(qtbot, text, *[Qt.Key.Key_Right] * 6)  # to "will"
    keys(qtbot, text, (Qt.Key.Key_Right, SHIFT), (Qt.Key.Key_Right, SHIFT), Qt.Key.Key_Space)
    assert marked(text) == ["will likely rise"]


def test_space_on_a_marked_word_unmarks_it(qtbot: QtBot, text: MarkableText) -> None:
    """Space over words that are all marked takes the mark off them."""
    text.setFocus()
    keys(qtbot, text, (Qt.Key.Key_Right, SHIFT), Qt.Key.Key_Space)
    assert marked(text) == ["Early reports"]
    keys(qtbot, text, Qt.Key.Key_Space)  # cursor on "reports", already marked
    assert marked(text) == ["Early"]


def test_home_and_end_jump_to_the_first_and_last_word(qtbot: QtBot, text: MarkableText) -> None:
    """End then Space marks the last word; Home then Space marks the first."""
    text.setFocus()
    keys(qtbot, text, Qt.Key.Key_End, Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_Space)
    assert marked(text) == ["Early", "said"]


def test_undo_and_redo(qtbot: QtBot, text: MarkableText) -> None:
    """Ctrl+Z takes back the last change to the marks and Ctrl+Shift+Z puts it back."""
    drag(qtbot, text, *phrase("Early reports"))
    drag(qtbot, text, *phrase("will likely"))
    text.setFocus()
    keys(qtbot, text, (Qt.Key.Key_Z, CTRL))
    assert marked(text) == ["Early reports"]
    keys(qtbot, text, (Qt.Key.Key_Z, CTRL | SHIFT))
    assert marked(text) == ["Early reports", "will likely"]


def test_clear_marks_is_undoable(qtbot: QtBot, text: MarkableText) -> None:
    """Clearing all marks can be undone."""
    drag(qtbot, text, *phrase("Early reports"))
    text.clear_marks()
    assert marked(text) == []
    text.undo()
    assert marked(text) == ["Early reports"]


def test_overlapping_marks_merge(qtbot: QtBot, text: MarkableText) -> None:
    """Marking a phrase that overlaps an existing mark joins the two."""
    drag(qtbot, text, *phrase("will likely"))
    drag(qtbot, text, *phrase("likely rise"))
    assert marked(text) == ["will likely rise"]


def test_locked_text_takes_no_marks(qtbot: QtBot, text: MarkableText) -> None:
    """After feedback the text is locked: drags and keys change nothing."""
    text.set_locked(True)
    drag(qtbot, text, *phrase("will likely rise"))
    text.setFocus()
    keys(qtbot, text, Qt.Key.Key_Space)
    assert marked(text) == []


def test_marks_show_a_fill_and_an_underline(qtbot: QtBot, text: MarkableText) -> None:
    """A mark is drawn with a background and an underline, not colour alone."""
    drag(qtbot, text, *phrase("will likely rise"))
    ((start, end, drawn),) = text.drawn_ranges()
    assert drawn.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    assert drawn.background().style() != Qt.BrushStyle.NoBrush
    assert TEXT[start:end] == "will likely rise"


def test_feedback_styles_differ_by_more_than_colour(qtbot: QtBot, text: MarkableText) -> None:
    """Found, missed and stray phrases each get a different underline style."""
    text.set_highlights(
        [
            Highlight(*phrase("Early reports"), "found"),
            Highlight(*phrase("will likely rise"), "missed"),
            Highlight(*phrase("officials"), "stray"),
        ],
        show_marks=False,
    )
    styles = {TEXT[start:end]: drawn.underlineStyle() for start, end, drawn in text.drawn_ranges()}
    assert set(styles) == {"Early reports", "will likely rise", "officials"}
    assert len(set(styles.values())) == 3


def test_accessible_description_names_the_marks(qtbot: QtBot, text: MarkableText) -> None:
    """A screen reader hears which phrases are marked."""
    drag(qtbot, text, *phrase("will likely rise"))
    assert "will likely rise" in text.accessibleDescription()


def test_word_cursor_is_the_accessible_caret_and_selection(
    qtbot: QtBot, text: MarkableText, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arrows move Qt's text cursor onto the current word, so the accessible text
    interface reports it, and each move is announced as caret and selection events."""
    from PySide6.QtGui import QAccessible, QAccessibleTextSelectionEvent, QPalette

    from quizapp.ui import marking

    announced: list[tuple[str, int]] = []

    def record(event: object) -> None:
        kind = "selection" if isinstance(event, QAccessibleTextSelectionEvent) else "caret"
        announced.append((kind, event.cursorPosition()))  # type: ignore[attr-defined]

    monkeypatch.setattr(marking, "announce", record)
    text.setFocus()
    keys(qtbot, text, Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert text.textCursor().selectedText() == "indicate"
    interface = QAccessible.queryAccessibleInterface(text).textInterface()
    assert interface.selectionCount() == 1
    assert interface.cursorPosition() == phrase("indicate")[1]
    assert ("caret", phrase("indicate")[1]) in announced
    assert any(kind == "selection" for kind, _ in announced)
    keys(qtbot, text, (Qt.Key.Key_Right, SHIFT), (Qt.Key.Key_Right, SHIFT))
    assert text.textCursor().selectedText() == "indicate that the"
    # Qt's own selection colour stays off: the marks and the frame show what is selected
    assert text.palette().color(QPalette.ColorRole.Highlight).alpha() == 0
    keys(qtbot, text, Qt.Key.Key_Space)
    assert marked(text) == ["indicate that the"]
