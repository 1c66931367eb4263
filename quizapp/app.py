"""Wiring: the QApplication, the bank and the main window — the one place that knows
every layer.

``run_gui`` is what ``quizapp`` with no command calls. Problems reach the user in plain
words: a bank that cannot be opened is explained in a message box, and an unexpected
error is written to a log file in the data folder and reported without a traceback.
"""

from __future__ import annotations

import sys
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
    QMessageBox by default). Nothing is imported or opened until an error happens, so
    this costs nothing at start-up.
    """
    log_file = log_file or log_path()
    previous = sys.excepthook
    showing = False

    def write_log(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        import traceback
        from datetime import datetime

        details = "".join(traceback.format_exception(kind, error, tb))
        stamp = datetime.now().isoformat(timespec="seconds")
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            with log_file.open("a", encoding="utf-8") as log:
                log.write(f"{stamp} quizapp {__version__} unexpected error\n{details}\n")
        except OSError:
            print(details, file=sys.stderr)  # no log file: the terminal still gets it

    def show_box(message: str) -> None:
        if QApplication.instance() is None:
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
        write_log(kind, error, tb)
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
        if showing:  # an error while the message is up: logged, but no second box
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
