"""The studio's LMS doors: export a set as QTI, Moodle XML, GIFT or H5P from the Studio menu,
told which questions were left out; import a QTI package back into the bank."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.ui.studio import StudioView
from quizapp.ui.studio.interchange import FORMATS
from tests.gui.conftest import AutoPrompter
from tests.gui.test_studio import shown_host

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


_HOSTS: list[object] = []


@pytest.fixture(autouse=True)
def _release_hosts() -> Iterator[None]:
    """Hosts made by a test live until it ends."""
    yield
    _HOSTS.clear()


def _studio(qtbot: QtBot, path: Path, filled: bool) -> tuple[StudioView, AutoPrompter]:
    bank = Bank.open(path)
    if filled:
        bank.import_sets([load_question_set(FIXTURE)])
    host = shown_host(qtbot)
    prompter = AutoPrompter()
    view = StudioView(bank, host, prompter=prompter)
    host.layout().addWidget(view)
    view.show()
    _HOSTS.append(host)  # the host owns the view: keep it alive for the test
    return view, prompter


@pytest.fixture
def teacher(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[StudioView, AutoPrompter]]:
    """A studio on a bank holding harbour-fire, with the set open."""
    view, prompter = _studio(qtbot, tmp_path / "teacher.sqlite3", filled=True)
    view.choose_set = lambda _parent, _sets: "harbour-fire"
    assert view.open_set()
    yield view, prompter
    view.bank.close()


def _menu_action(studio: StudioView, text: str) -> QAction:
    menu = studio.menus()[0]
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _format_index(format_id: str) -> int:
    return [f for f, _, _ in FORMATS].index(format_id)


def test_export_for_moodle_says_what_was_left_out(
    teacher: tuple[StudioView, AutoPrompter], tmp_path: Path
) -> None:
    """Studio ▸ Export for an LMS… ▸ Moodle XML writes the file and tells the teacher which
    questions were left out and why."""
    studio, prompter = teacher
    offered: list[list[str]] = []
    studio.interchange.choose_format = lambda _p, names: (
        offered.append(names) or _format_index("moodle")
    )
    target = tmp_path / "harbour.xml"
    studio.ask_save_path = lambda *_args: str(target)
    _menu_action(studio, "Export for an LMS…").trigger()
    assert len(offered[0]) == 4 and "Moodle XML" in offered[0]
    assert ET.parse(target).getroot().tag == "quiz"
    assert len(prompter.infos) == 1
    message = prompter.infos[0]
    assert "Wrote 2 questions" in message
    assert "fire-speculation: marking phrases in a text has no equivalent" in message
    assert "fire-toll: a compare question" in message


def test_export_h5p_writes_the_highlight_question(
    teacher: tuple[StudioView, AutoPrompter], tmp_path: Path
) -> None:
    """H5P writes a .h5p for the one highlight question."""
    studio, prompter = teacher
    studio.interchange.choose_format = lambda _p, _names: _format_index("h5p")
    target = tmp_path / "harbour.h5p"
    studio.ask_save_path = lambda *_args: str(target)
    result = studio.interchange.export_other()
    assert result is not None and result.written == 1
    with zipfile.ZipFile(target) as archive:
        assert "content/content.json" in archive.namelist()
    assert "Mark the Words takes highlight questions only" in prompter.infos[0]


def test_cancelled_format_choice_writes_nothing(
    teacher: tuple[StudioView, AutoPrompter], tmp_path: Path
) -> None:
    """Cancelling the format dialog asks for no file and writes nothing."""
    studio, prompter = teacher
    studio.interchange.choose_format = lambda _p, _names: None
    asked: list[object] = []
    studio.ask_save_path = lambda *args: asked.append(args) or None
    assert studio.interchange.export_other() is None
    assert not asked and not prompter.infos and not list(tmp_path.glob("*.xml"))


def test_qti_export_then_import_into_another_studio(
    qtbot: QtBot, teacher: tuple[StudioView, AutoPrompter], tmp_path: Path
) -> None:
    """A QTI package exported from one studio is imported from the menu of another (read
    off the GUI thread), stored in its bank and opened for editing."""
    studio, _ = teacher
    studio.interchange.choose_format = lambda _p, _names: _format_index("qti")
    package = tmp_path / "harbour.zip"
    studio.ask_save_path = lambda *_args: str(package)
    assert studio.interchange.export_other() is not None
    assert zipfile.is_zipfile(package)

    other, prompter = _studio(qtbot, tmp_path / "other.sqlite3", filled=False)
    other.interchange.ask_open_path = lambda *_args: str(package)
    with qtbot.waitSignal(other.interchange.set_did_import, timeout=10000):
        _menu_action(other, "Import QTI package…").trigger()
    assert other.bank.has_set("harbour-fire")
    assert other.draft.id == "harbour-fire"
    assert other.bank.question_set("harbour-fire").questions == (
        load_question_set(FIXTURE).questions
    )
    assert not prompter.warnings
    other.bank.close()


def test_bad_package_is_refused_with_its_reason(qtbot: QtBot, tmp_path: Path) -> None:
    """A file that is no QTI package gives a warning naming it; the bank stays empty."""
    view, prompter = _studio(qtbot, tmp_path / "bank.sqlite3", filled=False)
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    view.interchange.ask_open_path = lambda *_args: str(bad)
    assert view.interchange.import_qti()
    qtbot.waitUntil(lambda: bool(prompter.warnings), timeout=10000)
    assert "Nothing was imported" in prompter.warnings[0]
    assert "bad.zip: not a readable zip file" in prompter.warnings[0]
    assert not view.bank.set_ids()
    view.bank.close()
