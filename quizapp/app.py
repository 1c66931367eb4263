"""Wiring: the QApplication, the bank and the main window — the one place that knows
every layer.

``run_gui`` is what ``quizapp`` with no command calls. Problems reach the user in plain
words: a bank that cannot be opened is explained in a message box, and an unexpected
error is written to a log file in the data folder and reported without a traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp import __version__, paths
from quizapp.core.bank import BankError
from quizapp.core.library import open_bank

ORGANIZATION = "quizapp"
APPLICATION = "quizapp"
LOG_NAME = "quizapp.log"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def app_icon() -> QIcon:
    return QIcon(str(paths.assets_dir() / "icons" / "quizapp.svg"))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication (created if needed), named for QSettings, with its icon."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    # Style sheets must not stop fonts propagating (zoom); see themes.apply_theme.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("quizapp")
    app.setDesktopFileName("quizapp")
    app.setWindowIcon(app_icon())
    return app


def log_path() -> Path:
    return paths.data_dir() / LOG_NAME


def install_excepthook(
    log_file: Path | None = None,
    show: Callable[[str], None] | None = None,
) -> ExceptHook:
    """Log unexpected errors to ``log_file`` and tell the user in plain words.

    Returns the hook that was replaced. ``show`` receives the message for the user (a
    QMessageBox by default).
    """
    log_file = log_file or log_path()
    logger = logging.getLogger("quizapp.crash")
    logger.propagate = False
    for old_handler in list(logger.handlers):  # installed again: one log file, not two
        logger.removeHandler(old_handler)
        old_handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR)
    previous = sys.excepthook
    showing = False

    def show_box(message: str) -> None:
        app = QApplication.instance()
        if app is None:
            print(message, file=sys.stderr)
            return
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Something went wrong"), message
        )

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        logger.error("".join(traceback.format_exception(kind, error, tb)))
        message = (
            QCoreApplication.translate(
                "app",
                "quizapp ran into a problem it did not expect (%1).\n\n"
                "Your submitted answers are saved. If something on screen looks wrong, "
                "close quizapp and open it again: you can resume where you were.\n\n"
                "Details were written to %2 — your teacher may want that file.",
            )
            .replace("%1", f"{kind.__name__}: {error}")
            .replace("%2", str(log_file))
        )
        if showing:  # an error while the message is up: log it, do not stack boxes
            return
        showing = True
        try:
            (show or show_box)(message)
        finally:
            showing = False

    sys.excepthook = hook
    return previous


def run_gui(db_path: Path) -> int:
    """Open the program on the bank at ``db_path``; returns the exit code."""
    app = make_application()
    install_excepthook()
    # Imported after the QApplication exists: nothing Qt-heavy happens at import time.
    from quizapp.ui.main_window import KEY_THEME, MainWindow
    from quizapp.ui.themes import DEFAULT_THEME, apply_theme

    apply_theme(app, str(QSettings().value(KEY_THEME, DEFAULT_THEME)))
    try:
        bank = open_bank(Path(db_path), paths.questions_dir())
    except BankError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "quizapp cannot open its bank"),
            QCoreApplication.translate(
                "app",
                "quizapp could not open the question bank.\n\n%1\n\n"
                "If the file is damaged, your teacher can give you a new one, or start "
                "quizapp with another file: quizapp --db PATH",
            ).replace("%1", str(error)),
        )
        return 1
    window = MainWindow(bank)
    window.show()
    try:
        return app.exec()
    finally:
        bank.close()
