"""Wiring: the QApplication, the bank and the main window — the one place that knows
every layer.

``run_gui`` is what ``quizapp`` with no command calls. Problems reach the user in plain
words: a bank that cannot be opened is explained in a message box, and an unexpected
error is written to a log file in the data folder and reported without a traceback.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from quizapp import __version__, paths
from quizapp.core.bank import Bank, BankError
from quizapp.core.library import open_bank, recover
from quizapp.core.safety import BankLock, DamagedBankError, restore_backup
from quizapp.core.text import localized
from quizapp.ui.main_window import KEY_THEME, AfterFirstPaint, MainWindow
from quizapp.ui.themes import propagate_fonts_under_style_sheets

ORGANIZATION = "quizapp"
APPLICATION = "quizapp"
LOG_NAME = "quizapp.log"
RESUME_COLLECTION_MS = 2000  # the collector runs again by then even if nothing was painted

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The window icon, from PNGs rendered from the SVG (scripts/make_icons.py): an SVG
    would load Qt's SVG plugin at every start. The SVG is the fallback."""
    folder = paths.assets_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"quizapp-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon if not icon.isNull() else QIcon(str(folder / "quizapp.svg"))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication (created if needed), named for QSettings, with its icon."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    # Style sheets must not stop fonts propagating (zoom); see themes.apply_theme.
    propagate_fonts_under_style_sheets()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = _create_application(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("quizapp")
    app.setDesktopFileName("quizapp")
    app.setWindowIcon(app_icon())
    from quizapp.ui.i18n import install_chosen

    install_chosen()  # the system's language, or the one chosen under View › Language
    return app


def _create_application(argv: list[str]) -> QApplication:
    """QApplication(argv), but a platform plugin Qt cannot start ends the program with
    exit 1 and words (quizapp.display), not Qt's abort (exit 134).

    ``display.display_problem`` catches the usual causes before this; Qt's own fatal
    message is the net for the rest (DISPLAY naming no running server, say). The handler
    is in place only while the QApplication is made.
    """
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    said: list[str] = []
    held: list[str] = []  # Qt's other messages, printed once the application exists

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        said.append(message)
        if kind == QtMsgType.QtFatalMsg:
            import os

            from quizapp.display import platform_failure_message

            print(platform_failure_message(said), file=sys.stderr, flush=True)
            os._exit(1)  # nothing is open yet: the bank is opened after this
        held.append(qFormatLogMessage(kind, context, message))  # type: ignore[arg-type]

    previous = qInstallMessageHandler(handler)
    try:
        return QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
        for line in held:
            print(line, file=sys.stderr)


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
        from PySide6.QtWidgets import QMessageBox

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


DamagedChoice = Callable[["DamagedBankError"], str | None]


def ask_about_damage(error: DamagedBankError) -> str | None:
    """The damaged-bank dialog: "restore", "new", or None to quit."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("app", "The question bank is damaged"))
    where = (
        QCoreApplication.translate("app", "It was moved aside to %1; nothing was deleted.").replace(
            "%1", str(error.moved_to)
        )
        if error.moved_to
        else ""
    )
    box.setText(
        QCoreApplication.translate("app", "quizapp cannot use its bank %1: %2.")
        .replace("%1", str(error.path))
        .replace("%2", localized(error.problem))
        + " "
        + where
    )
    restore = None
    if error.backup is not None:
        made = error.backup.created.astimezone().strftime("%d %b %Y, %H:%M").lstrip("0")
        restore = box.addButton(
            QCoreApplication.translate("app", "Restore the backup of %1").replace("%1", made),
            QMessageBox.ButtonRole.AcceptRole,
        )
    new = box.addButton(
        QCoreApplication.translate("app", "Start a new bank"), QMessageBox.ButtonRole.ActionRole
    )
    quit_button = box.addButton(
        QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or new)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if clicked is new:
        return "new"
    return None


def show_problem(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


class _DamageRelay(QObject):
    found = Signal(str)  # the problem, in words


class Program:
    """The bank, its lock and the main window for one run of the program.

    Restoring a backup needs the bank closed, so the program (not the window) does it:
    the window asks, the program closes the bank, puts the backup in place and opens a
    new window on it.
    """

    def __init__(
        self,
        db_path: Path,
        ask_damage: DamagedChoice | None = None,
        problem: Callable[[str, str], None] | None = None,
        window_factory: Callable[[Bank], MainWindow] | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        # Looked up when needed (not bound at definition) so they can be replaced in tests.
        self.ask_damage = ask_damage or (lambda error: ask_about_damage(error))
        self.problem = problem or (lambda title, text: show_problem(title, text))
        self.window_factory = window_factory or (lambda bank: MainWindow(bank))
        self.bank: Bank | None = None
        self.lock: BankLock | None = None
        self.window: MainWindow | None = None
        self.shared_with: str | None = None  # who else has the bank open, if anyone
        # A big bank is checked in a thread after the window opens; what it finds comes
        # back to this (the GUI) thread through a queued signal.
        self.damage_relay = _DamageRelay()
        self.damage_relay.found.connect(self.tell_damage)

    def open(self) -> bool:
        """Open the bank and show the window; False when the user gave up."""
        bank = self._open_bank()
        if bank is None:
            return False
        self.bank = bank
        self.lock = BankLock(self.db_path)
        if not self.lock.acquire():
            holder = self.lock.holder()
            self.shared_with = holder.describe() if holder else "another program"
        self.window = self.window_factory(bank)
        self.window.restore_requested.connect(self.restore)
        self.window.relaunch = self.change_language
        if self.shared_with:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app",
                    "This bank is also open in another quizapp window (%1). Both can be "
                    "used: every answer is saved safely.",
                ).replace("%1", self.shared_with),
                15000,
            )
        self.window.show()
        return True

    def _open_bank(self) -> Bank | None:
        bundled = paths.questions_dir()
        try:
            return open_bank(
                self.db_path,
                bundled,
                backup_in_background=True,
                on_damage=self.damage_relay.found.emit,
            )
        except DamagedBankError as error:
            choice = self.ask_damage(error)
            if choice is None:
                return None
            try:
                return recover(self.db_path, choice, bundled)  # type: ignore[arg-type]
            except BankError as again:
                self._cannot_open(again)
                return None
        except BankError as error:
            self._cannot_open(error)
            return None

    def tell_damage(self, problem: str) -> None:
        """The background check found the open bank damaged: say so and what to do."""
        window = self.window
        if window is None:
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "The question bank is damaged: see the message.")
        )
        window.prompter.warn(
            window,
            QCoreApplication.translate("app", "The question bank is damaged"),
            QCoreApplication.translate(
                "app",
                "While checking the question bank, quizapp found damage: %1.\n\n"
                "Answers you submit now may not be saved. Close quizapp and open it "
                "again: it will set the damaged bank aside (nothing is deleted) and offer "
                "to restore the newest backup.",
            ).replace("%1", localized(problem)),
        )

    def _cannot_open(self, error: BankError) -> None:
        self.problem(
            QCoreApplication.translate("app", "quizapp cannot open its bank"),
            QCoreApplication.translate(
                "app",
                "quizapp could not open the question bank.\n\n%1\n\n"
                "Your teacher can give you a new one, or start quizapp with another file: "
                "quizapp --db PATH",
            ).replace("%1", localized(error)),
        )

    def restore(self, backup: Path) -> bool:
        """Close the bank, put ``backup`` in its place and open a new window on it."""
        app = QApplication.instance()
        old_window = self.window
        if old_window is not None and isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # the new window comes right after
            if not old_window.close():
                app.setQuitOnLastWindowClosed(True)
                return False
            old_window.deleteLater()
        self.close()
        try:
            result = restore_backup(self.db_path, Path(backup))
        except BankError as error:
            self.problem(
                QCoreApplication.translate("app", "The backup was not restored"), localized(error)
            )
            result = None
        opened = self.open()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
        if opened and result is not None and self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app", "Backup restored. The bank as it was is kept at %1."
                ).replace("%1", str(result.moved_aside)),
                15000,
            )
        return opened and result is not None

    def change_language(self, language: str) -> bool:
        """Show the program in ``language`` at once: a new window replaces the old one (as
        when quizapp starts again). False when the old window would not close."""
        from quizapp.ui.i18n import install_translators

        app = QApplication.instance()
        old_window = self.window
        if self.bank is None or old_window is None or not isinstance(app, QApplication):
            return False
        app.setQuitOnLastWindowClosed(False)  # the new window comes right after
        try:
            if not old_window.close():
                return False
            old_window.deleteLater()
            install_translators(language)
            self.window = self.window_factory(self.bank)
            self.window.restore_requested.connect(self.restore)
            self.window.relaunch = self.change_language
            self.window.show()
        finally:
            app.setQuitOnLastWindowClosed(True)
        return True

    def close(self) -> None:
        if self.bank is not None:
            self.bank.close()
            self.bank = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def run_gui(db_path: Path) -> int:
    """Open the program on the bank at ``db_path``; returns the exit code."""
    app = make_application()
    install_excepthook()
    from quizapp.ui.themes import DEFAULT_THEME, apply_theme

    apply_theme(app, str(QSettings().value(KEY_THEME, DEFAULT_THEME)))
    program = Program(Path(db_path))
    if not program.open():
        return 1
    if not gc.isenabled():  # paused by the quizapp command while it loads (quizapp.launch)
        from quizapp.collector import resume_collection

        assert program.window is not None
        AfterFirstPaint(program.window, resume_collection)
        QTimer.singleShot(RESUME_COLLECTION_MS, resume_collection)  # a window never painted
    try:
        return app.exec()
    finally:
        program.close()
