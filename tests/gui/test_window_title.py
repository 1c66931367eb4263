"""The window title names the profile once; Qt adds the program's name after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.driving import click


@pytest.fixture
def display_name() -> Iterator[None]:
    """The program's display name as run_gui sets it."""
    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName("quizapp")
    yield
    QApplication.setApplicationDisplayName(before)


def test_title_is_the_profile_and_the_program_once(
    qtbot: QtBot, open_window, display_name: None
) -> None:
    """No profile: the title is empty (shown as "quizapp"); with Alex M it is "Alex M",
    shown as "Alex M — quizapp", never "quizapp — Alex M — quizapp"."""
    window = open_window()
    assert window.windowTitle() == ""
    window.profile_view.name_edit.setText("Alex M")
    click(qtbot, window.profile_view.new_button)
    assert window.windowTitle() == "Alex M"
    assert "quizapp" not in window.windowTitle()  # the platform adds " — quizapp"
