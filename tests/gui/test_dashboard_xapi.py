"""The dashboard's xAPI button: write the class's statements to a file, and send them to an
LRS (a local stand-in) as a teacher fills in the dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.ui.dashboard import DashboardView
from quizapp.ui.dashboard.xapi_dialog import XapiDialog
from tests.classroom_data import empty_response, perfect_response, take_quiz
from tests.core.test_xapi import LRS, PASSWORD, USER

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SET = "harbour-fire"


@pytest.fixture
def dashboard(qtbot: QtBot, bank: Bank) -> DashboardView:
    """The dashboard on a class of two: Ana all right, Bo all blank."""
    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions(SET)
    take_quiz(bank, "Ana", SET, [perfect_response(q) for q in questions])
    take_quiz(bank, "Bo", SET, [empty_response(q) for q in questions])
    view = DashboardView(bank)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


@pytest.fixture
def lrs() -> Iterator[LRS]:
    """A running LRS stand-in."""
    with LRS() as server:
        yield server


def _open_dialog(qtbot: QtBot, dashboard: DashboardView) -> XapiDialog:
    qtbot.mouseClick(dashboard.xapi_button, Qt.MouseButton.LeftButton)
    dialog = dashboard.findChild(XapiDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type(qtbot: QtBot, field: object, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def test_write_statements_anonymised(
    qtbot: QtBot, dashboard: DashboardView, tmp_path: Path, lrs: LRS
) -> None:
    """Ticking Anonymise and clicking Write writes 10 statements naming nobody; nothing is
    sent when Send is not ticked."""
    dialog = _open_dialog(qtbot, dashboard)
    target = tmp_path / "class.json"
    _type(qtbot, dialog.path, str(target))
    qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.salt, "7b-secret")
    with qtbot.waitSignal(dialog.statements_written):
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    statements = json.loads(target.read_text(encoding="utf-8"))
    assert len(statements) == 10
    assert "Ana" not in json.dumps(statements)
    assert "Wrote 10 statements" in dialog.status.text()
    assert f"Wrote 10 xAPI statements to {target}." == dashboard.banner.text()
    assert lrs.requests == 0


def test_send_to_an_lrs(qtbot: QtBot, dashboard: DashboardView, tmp_path: Path, lrs: LRS) -> None:
    """With Send ticked and the LRS's endpoint, user and password typed in, Write sends the
    statements (off the GUI thread) and says so; a wrong password is reported."""
    dialog = _open_dialog(qtbot, dashboard)
    _type(qtbot, dialog.path, str(tmp_path / "class.json"))
    dialog.send.setChecked(True)
    _type(qtbot, dialog.endpoint, lrs.endpoint)
    _type(qtbot, dialog.user, USER)
    _type(qtbot, dialog.password, "wrong")
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failure:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "refused the user name or password" in failure.args[0]
    assert "Sending failed" in dialog.status.text()
    _type(qtbot, dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.statements_sent, timeout=10000) as sent:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert sent.args == [10]
    assert len(lrs.statements) == 10
    assert f"Sent 10 statements to {lrs.endpoint}" in dialog.status.text()


def test_missing_credentials_are_asked_for(qtbot: QtBot, dashboard: DashboardView) -> None:
    """Send ticked without a user: the dialog says what is missing and sends nothing."""
    dialog = _open_dialog(qtbot, dashboard)
    dialog.send.setChecked(True)
    _type(qtbot, dialog.endpoint, "https://lrs.example.org/xapi/")
    assert not dialog.write()
    assert "needs the LRS user and password" in dialog.status.text()


def test_dialog_screenshot(qtbot: QtBot, dashboard: DashboardView, tmp_path: Path) -> None:
    """The dialog renders at its default size (saved for a look) with every field visible."""
    dialog = _open_dialog(qtbot, dashboard)
    dialog.send.setChecked(True)
    image = dialog.grab()
    path = tmp_path / "xapi-dialog.png"
    assert image.save(str(path))
    assert image.width() > 300 and image.height() > 200
    assert dialog.endpoint.isVisible() and dialog.salt.isVisible()
