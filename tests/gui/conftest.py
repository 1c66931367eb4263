"""Fixtures for the program's screens: a bank file filled from the fixture set, private
QSettings, a fake clock and a prompter that answers message boxes for the user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


@dataclass
class AutoPrompter:
    """Answers every question with the next of ``answers`` (default yes) and records
    what the user would have read."""

    answers: list[bool] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # answers to file dialogs, in order

    def ask(
        self, parent: QWidget | None, title: str, text: str, accept_text: str, reject_text: str
    ) -> bool:
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else True

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.warnings.append(text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append(text)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> str | None:
        return self.paths.pop(0) if self.paths else None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        return self.paths.pop(0) if self.paths else None


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 4, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def make_bank_file(path: Path, yaml_text: str | None = None) -> Path:
    """A bank file at ``path`` holding the fixture set (or the given YAML instead)."""
    source = FIXTURE
    if yaml_text is not None:
        source = path.with_suffix(".yaml")
        source.write_text(yaml_text, encoding="utf-8")
    bank = Bank.open(path)
    try:
        bank.import_sets([load_question_set(source)])
    finally:
        bank.close()
    return path


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    """A bank file holding the fixture set ``harbour-fire``."""
    return make_bank_file(tmp_path / "bank.sqlite3")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def prompter() -> AutoPrompter:
    return AutoPrompter()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _system_theme_after_test() -> Iterator[None]:
    """Each test starts and ends on the system theme (the palette is application-wide)."""
    yield
    from quizapp.ui.themes import apply_theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, "system")


@pytest.fixture
def open_window(
    qtbot: QtBot, bank_path: Path, settings_path: Path, prompter: AutoPrompter, clock: FakeClock
) -> Iterator[Callable[..., object]]:
    """Opens a MainWindow on a bank (default: the fixture bank) the way the program does."""
    from quizapp.ui.main_window import MainWindow

    banks: list[Bank] = []

    def opener(path: Path | None = None, size: tuple[int, int] | None = (1280, 800)) -> MainWindow:
        bank = Bank.open(path or bank_path)
        banks.append(bank)
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(bank, settings=settings, clock=clock, prompter=prompter)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.menus_filled)  # made just after the first paint
        return window

    yield opener
    for bank in banks:
        bank.close()
