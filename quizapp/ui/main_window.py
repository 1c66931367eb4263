"""The main window: menus, remembered settings and the pages a student goes through.

Pages, in a ``QStackedWidget``: profile → quiz list → runner → results. The window is
the controller between them: it opens sessions on the bank, offers to resume an
unfinished attempt, and remembers per machine (``QSettings``) the last profile, the
zoom, the theme and the window's geometry. The runner and the results page (with
QtCharts) are imported the first time they are needed, which keeps start-up quick.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from quizapp import __version__
from quizapp.core.bank import STORAGE_ERRORS, Bank, Profile, now_iso
from quizapp.core.clock import Clock, system_clock
from quizapp.core.text import localized
from quizapp.ui import i18n
from quizapp.ui.profile_view import ProfileView
from quizapp.ui.prompter import Prompter
from quizapp.ui.themes import (
    DEFAULT_THEME,
    THEMES,
    ZOOM_DEFAULT,
    ZOOM_MAX,
    ZOOM_MIN,
    apply_theme,
    clamp_zoom,
    current_theme,
    inherit_font,
    next_zoom,
    set_dialogs_font,
    set_pages_font,
    theme_title,
    zoomed_font,
)

if TYPE_CHECKING:
    # Event classes only annotate: creating their Python types at import would build
    # QEvent's 180-name enum before the first window.
    # The menus' types wait for the menus, made after the first paint (fill_menus).
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import (
        QAction,
        QActionGroup,
        QCloseEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeySequence,
        QResizeEvent,
    )
    from PySide6.QtWidgets import QMenu

    from quizapp.core.session import QuizSession, Results
    from quizapp.ui.code_dialog import CodeDialog
    from quizapp.ui.dashboard import DashboardView
    from quizapp.ui.practice_view import PracticeView
    from quizapp.ui.progress_view import ProgressView
    from quizapp.ui.quiz_list_view import QuizListView
    from quizapp.ui.results_view import ResultsView
    from quizapp.ui.runner import QuizRunner
    from quizapp.ui.studio import StudioView, TeacherGate

DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (720, 480)

# QSettings keys
KEY_GEOMETRY = "window/geometry"
KEY_ZOOM = "view/zoom"
KEY_THEME = "view/theme"
KEY_PROFILE = "profile/last"


def _quiz_session() -> type[QuizSession]:
    # Loaded with the first quiz rather than at start-up.
    from quizapp.core.session import QuizSession

    return QuizSession


class MainWindow(QMainWindow):
    """One student's session with the program, on one bank."""

    restore_requested = Signal(object)  # Path of the backup the teacher chose

    def __init__(
        self,
        bank: Bank,
        settings: QSettings | None = None,
        clock: Clock = system_clock,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__()
        self.bank = bank
        self.settings = settings if settings is not None else QSettings()
        self.clock = clock
        self.prompter = prompter or Prompter()
        self.profile: Profile | None = None
        self.session: QuizSession | None = None
        self._runner: QuizRunner | None = None
        self._results: ResultsView | None = None
        self._practice: PracticeView | None = None
        self._progress: ProgressView | None = None
        self._gate: TeacherGate | None = None
        self._studio: StudioView | None = None
        self._dashboard: DashboardView | None = None
        self._studio_menus: list[QAction] = []
        self.last_attempt_id: int | None = None
        self.code_dialog: CodeDialog | None = None  # asking for a class-list code
        # Runs a modal dialog; True when accepted. Tests answer for the user instead.
        self.dialog_runner = lambda dialog: dialog.exec() == 1
        # Set by the program: shows the window again in another language (True when done).
        self.relaunch: Callable[[str], bool] | None = None
        self._base_font = QApplication.font()
        self.zoom = ZOOM_DEFAULT
        self.theme = DEFAULT_THEME

        self.setMinimumSize(*MINIMUM_SIZE)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        # A page that needs more room than a small screen (or a big zoom) leaves scrolls
        # as a whole instead of being cut off; pages that fit never show the scroll bars.
        self.page_scroll = PageScroll(self)
        self.page_scroll.setWidget(self.pages)
        self.setCentralWidget(self.page_scroll)
        self.profile_view = ProfileView(bank, self.pages)
        self.pages.addWidget(self.profile_view)
        self._quiz_list: QuizListView | None = None

        self.profile_status = QLabel(self)
        self.bank_status = QLabel(self)
        self.statusBar().addWidget(self.profile_status, 1)
        self.statusBar().addPermanentWidget(self.bank_status)
        self._build_menu_titles()

        self.profile_view.profile_chosen.connect(self.choose_profile)
        self.pages.currentChanged.connect(self._show_page_menus)
        self.pages.currentChanged.connect(self._fit_current_page)
        self.setAcceptDrops(True)  # quiz files dropped on the window are opened

        self._restore_settings()
        self._update_status()
        self.show_profiles()

    # --- menus -----------------------------------------------------------------------------

    def _build_menu_titles(self) -> None:
        """The menu bar as the first paint shows it: its menus' titles, still empty.

        Their commands are made just after the first paint (``fill_menus``): nothing of
        them is on screen before a menu opens, and the user cannot press a key (or open a
        menu) before the window is there.
        """
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.practice_menu = menu_bar.addMenu(self.tr("Practi&ce"))
        self.teacher_menu = menu_bar.addMenu(self.tr("&Teacher"))
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.menus_filled = False
        AfterFirstPaint(self, self.fill_menus)

    def fill_menus(self) -> None:
        """Make the menus' commands and their keyboard shortcuts (once)."""
        if self.menus_filled:
            return
        self.menus_filled = True
        from PySide6.QtGui import QAction

        self._fill_file_menu()
        self._fill_view_menu()
        self._fill_practice_menu()
        self._fill_teacher_menu()
        self.about_action = self._action(self.help_menu, self.tr("&About quizapp"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._sync_zoom_actions()
        self.theme_actions[self.theme].setChecked(True)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        *keys: str | QKeySequence.StandardKey,
    ) -> QAction:
        """A command in ``menu`` calling ``slot``, with its keyboard shortcuts."""
        from PySide6.QtGui import QAction

        # setShortcuts([...]), not setShortcut(...): choosing among setShortcut's overloads
        # makes PySide build the Qt namespace (100 enums).
        action = QAction(text, self)
        if keys:
            action.setShortcuts(_shortcuts(*keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_file_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        menu = self.file_menu
        self.open_action = self._action(
            menu,
            self.tr("&Open quiz file…"),
            self.open_quiz_file,
            "Ctrl+O",
            QKeySequence.StandardKey.Open,
        )
        menu.addSeparator()
        self.switch_action = self._action(menu, self.tr("&Switch profile…"), self.show_profiles)
        menu.addSeparator()
        self.quit_action = self._action(
            menu, self.tr("&Quit"), self.close, "Ctrl+Q", QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _fill_view_menu(self) -> None:
        from PySide6.QtGui import QKeySequence

        menu = self.view_menu
        self.zoom_in_action = self._action(
            menu,
            self.tr("Zoom &In"),
            lambda: self.set_zoom(next_zoom(self.zoom, 1)),
            "Ctrl+=",
            QKeySequence.StandardKey.ZoomIn,
        )
        self.zoom_out_action = self._action(
            menu,
            self.tr("Zoom &Out"),
            lambda: self.set_zoom(next_zoom(self.zoom, -1)),
            "Ctrl+-",
            QKeySequence.StandardKey.ZoomOut,
        )
        self.actual_size_action = self._action(
            menu, self.tr("&Actual Size"), lambda: self.set_zoom(ZOOM_DEFAULT), "Ctrl+0"
        )
        menu.addSeparator()
        self.theme_group, self.theme_actions = self._choices(
            menu.addMenu(self.tr("&Theme")),
            {theme: theme_title(theme) for theme in THEMES},
            self.set_theme,
        )
        choices = (i18n.SYSTEM, *i18n.LANGUAGES)
        self.language_group, self.language_actions = self._choices(
            menu.addMenu(self.tr("&Language")),
            {choice: i18n.language_title(choice) for choice in choices},
            self.set_language,
        )
        chosen = self.language_actions.get(i18n.chosen_setting(self.settings))
        if chosen is not None:
            chosen.setChecked(True)

    def _choices(
        self, menu: QMenu, titles: dict[str, str], choose: Callable[[str], object]
    ) -> tuple[QActionGroup, dict[str, QAction]]:
        """One checkable command in ``menu`` for each choice, only one checked at a time."""
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for choice, title in titles.items():
            action = self._action(menu, title, partial(choose, choice))
            action.setCheckable(True)
            action.setData(choice)
            group.addAction(action)
            actions[choice] = action
        return group, actions

    def _fill_practice_menu(self) -> None:
        menu = self.practice_menu
        self.practice_action = self._action(
            menu, self.tr("&Practise"), self.show_practice, "Ctrl+Shift+P"
        )
        self.progress_action = self._action(
            menu, self.tr("My &progress"), self.show_progress, "Ctrl+Shift+G"
        )

    def _fill_teacher_menu(self) -> None:
        menu = self.teacher_menu
        self.studio_action = self._action(
            menu, self.tr("Teacher &studio…"), self.show_studio, "Ctrl+Shift+T"
        )
        self.dashboard_action = self._action(
            menu, self.tr("Class &results…"), self.show_dashboard, "Ctrl+Shift+R"
        )
        menu.addSeparator()
        self.password_action = self._action(
            menu, self.tr("Change teacher &password…"), self.change_teacher_password
        )
        self.restore_action = self._action(menu, self.tr("Restore a &backup…"), self.choose_backup)
        self.lock_action = self._action(
            menu, self.tr("&Leave teacher mode"), self.leave_teacher_mode, "Ctrl+Shift+L"
        )
        self.lock_action.setEnabled(self._gate is not None and self._gate.is_unlocked())

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About quizapp"),
            self.tr(
                "<h3>quizapp %1</h3><p>Learn to read breaking news critically: spot "
                "conflicting figures, speculation and unconfirmed attribution.</p>"
                "<p>Everything stays on this computer; quizapp never uses the network.</p>"
            ).replace("%1", __version__),
        )

    def set_language(self, choice: str) -> None:
        """Remember the language ("system", "en", "fr") and show it: at once when the program
        can open the window again, otherwise at the next start."""
        self.settings.setValue(i18n.KEY_LANGUAGE, choice)
        self.settings.sync()
        self.fill_menus()
        self.language_actions[choice].setChecked(True)
        language = i18n.resolve_language(choice)
        if language == i18n.current_language():
            return
        if self.relaunch is not None and self.relaunch(language):
            return
        self.prompter.inform(
            self,
            self.tr("Language"),
            self.tr("The new language will be used the next time you start quizapp."),
        )

    # --- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(*DEFAULT_SIZE)
        theme = str(self.settings.value(KEY_THEME, DEFAULT_THEME))
        self.set_theme(theme if theme in THEMES else DEFAULT_THEME, remember=False)
        zoom = _int_or_none(self.settings.value(KEY_ZOOM, ZOOM_DEFAULT))
        if zoom is None:
            zoom = ZOOM_DEFAULT
        self.set_zoom(zoom, remember=False)

    def set_zoom(self, percent: int, remember: bool = True) -> None:
        """Scale all text of the window's pages to ``percent`` (60–300)."""
        self.zoom = clamp_zoom(percent)
        set_pages_font(self.pages, zoomed_font(self._base_font, self.zoom))
        set_dialogs_font(self.pages.font())  # dialogs and message boxes take the zoom too
        if self.menus_filled:
            self._sync_zoom_actions()
        if remember:
            self.settings.setValue(KEY_ZOOM, self.zoom)
            self.statusBar().showMessage(
                self.tr("Text size %1%").replace("%1", str(self.zoom)), 2000
            )

    def _sync_zoom_actions(self) -> None:
        self.zoom_in_action.setEnabled(self.zoom < ZOOM_MAX)
        self.zoom_out_action.setEnabled(self.zoom > ZOOM_MIN)

    def set_theme(self, theme: str, remember: bool = True) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and (
            theme != current_theme(app) or not app.property("quizappTheme")
        ):
            theme = apply_theme(app, theme)  # not again when run_gui already applied it
        self.theme = theme
        if self.menus_filled:
            self.theme_actions[theme].setChecked(True)
        if remember:
            self.settings.setValue(KEY_THEME, theme)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._studio is not None and not self._studio.maybe_close():
            event.ignore()
            return
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        if self._runner is not None:
            self._runner.stop()
        if self._practice is not None:
            self._practice.finish()
        if self._dashboard is not None:
            self._dashboard.shutdown()
        super().closeEvent(event)

    # --- status bar ------------------------------------------------------------------------

    def _update_status(self) -> None:
        if self.profile is None:
            self.profile_status.setText(self.tr("No profile chosen"))
        else:
            self.profile_status.setText(self.tr("Profile: %1").replace("%1", self.profile.name))
        name = self.bank.path.name if self.bank.path else self.tr("(in memory)")
        sets = len(self.bank.set_ids())
        self.bank_status.setText(
            self.tr("Bank: %1 (%2 quizzes)").replace("%1", name).replace("%2", str(sets))
        )
        if self.bank.path:
            self.bank_status.setToolTip(str(self.bank.path))
        # Qt adds the application's display name ("… — quizapp") itself.
        self.setWindowTitle("" if self.profile is None else self.profile.name)

    # --- pages -----------------------------------------------------------------------------

    def runner(self) -> QuizRunner:
        if self._runner is None:
            from quizapp.ui.runner import QuizRunner

            self._runner = QuizRunner(self.prompter, self.pages)
            self._runner.quiz_finished.connect(self.show_results)
            self._runner.quiz_left.connect(self._left_quiz)
            self._add_page(self._runner)
        return self._runner

    def _add_page(self, page: QWidget) -> None:
        """A page built after start-up joins the stack and takes its (zoomed) font."""
        self.pages.addWidget(page)
        inherit_font(page)

    @property
    def quiz_list(self) -> QuizListView:
        # Built when a profile is chosen: the first screen is the profile list.
        if self._quiz_list is None:
            from quizapp.ui.quiz_list_view import QuizListView

            self._quiz_list = QuizListView(self.bank, self.pages)
            self._quiz_list.quiz_chosen.connect(self.start_quiz)
            self._quiz_list.switch_profile_requested.connect(self.show_profiles)
            self._quiz_list.practice_requested.connect(self.show_practice)
            self._quiz_list.progress_requested.connect(self.show_progress)
            self._add_page(self._quiz_list)
        return self._quiz_list

    def results_view(self) -> ResultsView:
        if self._results is None:
            from quizapp.ui.results_view import ResultsView

            self._results = ResultsView(self.pages)
            self._results.retry_requested.connect(self.start_quiz)
            self._results.back_requested.connect(self.show_quiz_list)
            self._results.save_requested.connect(self.save_results_file)
            self._add_page(self._results)
        return self._results

    def show_profiles(self) -> None:
        if self._runner is not None:
            self._runner.stop()
        self._end_practice()
        self.session = None
        last = self.settings.value(KEY_PROFILE)
        preselect = self.profile.id if self.profile else _int_or_none(last)
        self.profile_view.refresh(preselect)
        self.pages.setCurrentWidget(self.profile_view)
        self.profile_view.focus_first()

    def show_quiz_list(self, select_set: str | None = None) -> None:
        if self.profile is None:
            self.show_profiles()
            return
        unfinished = self.bank.unfinished_attempt(self.profile.id)
        self.quiz_list.show_for(
            self.profile,
            select_set=select_set,
            in_progress=unfinished.set_id if unfinished else None,
        )
        self.pages.setCurrentWidget(self.quiz_list)
        self.quiz_list.focus_first()

    def set_title(self, set_id: str, session: QuizSession | None = None) -> str:
        if session is not None and session.settings.title:
            return session.settings.title
        for summary in self.bank.set_summaries():
            if summary.id == set_id:
                return summary.title
        return set_id

    # --- choosing a profile and resuming ---------------------------------------------------

    def choose_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.settings.setValue(KEY_PROFILE, profile.id)
        self._update_status()
        session = _quiz_session().resume(self.bank, profile.id, self.clock)
        if session is not None and self._offer_resume(session):
            return
        self.show_quiz_list()

    def _offer_resume(self, session: QuizSession) -> bool:
        """Ask to resume ``session``; True when the runner took it over."""
        title = self.set_title(session.attempt.set_id, session)
        if session.is_complete:
            text = self.tr(
                "You answered every question of “%1” but the quiz was not closed. "
                "See your results now?"
            ).replace("%1", title)
            accept = self.tr("See results")
        else:
            text = (
                self.tr("Resume “%1” at question %2 of %3?")
                .replace("%1", title)
                .replace("%2", str(session.current_index + 1))
                .replace("%3", str(session.total))
            )
            accept = self.tr("Resume")
        if self.prompter.ask(self, self.tr("Unfinished quiz"), text, accept, self.tr("Discard")):
            self.run_session(session)
            return True
        try:
            self.bank.abandon_attempt(session.attempt.id, now_iso())
        except STORAGE_ERRORS as error:
            self._warn_bank(error)
        return False

    # --- running a quiz --------------------------------------------------------------------

    def start_quiz(self, set_id: str) -> None:
        if self.profile is None:
            self.show_profiles()
            return
        unfinished = self.bank.unfinished_attempt(self.profile.id)
        if unfinished is not None and unfinished.set_id == set_id:
            session = _quiz_session().resume(self.bank, self.profile.id, self.clock)
            if session is not None and self._offer_resume(session):
                return
        settings = self.bank.quiz_settings(set_id)
        if _quiz_session().attempts_left(self.bank, self.profile.id, set_id) == 0:
            self.prompter.inform(
                self,
                self.tr("No attempts left"),
                self.tr("You have used all %1 attempts at this quiz.").replace(
                    "%1", str(settings.attempts)
                ),
            )
            return
        if settings.codes:
            self.ask_code(set_id)  # the quiz starts when the code is typed
            return
        self._start_new(set_id)

    def ask_code(self, set_id: str) -> None:
        """A quiz with a class list: ask for the code on the student's slip first."""
        from PySide6.QtCore import Qt  # not at import: PySide builds 100 enums for it

        from quizapp.ui.code_dialog import CodeDialog

        assert self.profile is not None
        dialog = CodeDialog(self.set_title(set_id), self.profile.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_new(set_id, dialog.code))
        self.code_dialog = dialog
        dialog.open()

    def _start_new(self, set_id: str, code: str | None = None) -> None:
        if self.profile is None:
            return
        try:
            session = _quiz_session().start(
                self.bank, self.profile.id, set_id, self.clock, code=code
            )
        except ValueError:
            self.prompter.inform(
                self, self.tr("Empty quiz"), self.tr("This quiz has no questions to ask yet.")
            )
            return
        except STORAGE_ERRORS as error:
            self._warn_bank(error)
            return
        self.run_session(session)

    def run_session(self, session: QuizSession) -> None:
        self.session = session
        runner = self.runner()
        self.pages.setCurrentWidget(runner)
        runner.begin(session, self.set_title(session.attempt.set_id, session))

    def show_results(self, results: Results, timed_out: bool = False) -> None:
        view = self.results_view()
        session = self.session
        title = self.set_title(results.set_id, session)
        if session is not None:
            self.last_attempt_id = session.attempt.id
        self.session = None
        view.show_results(results, title, timed_out)
        self.pages.setCurrentWidget(view)
        view.focus_first()

    def _left_quiz(self) -> None:
        set_id = self.session.attempt.set_id if self.session else None
        self.session = None
        self.show_quiz_list(select_set=set_id)

    # --- handing in, opening quiz files ---------------------------------------------------

    def save_results_file(self) -> None:
        """Write the last finished attempt as a results file for the teacher."""
        if self.last_attempt_id is None:
            return
        from quizapp.core.handin import suggested_file_name, write_results_file

        suggested = str(self.settings.value("handin/folder", "") or "")
        name = suggested_file_name(self.bank, self.last_attempt_id)
        path = self.prompter.save_path(
            self,
            self.tr("Save results file"),
            str(Path(suggested) / name) if suggested else name,
            self.tr("quizapp results (*.quizresults.json *.json)"),
        )
        if not path:
            return
        try:
            written = write_results_file(self.bank, self.last_attempt_id, path)
        except OSError as error:
            self.prompter.warn(
                self,
                self.tr("Save results file"),
                self.tr("The file could not be written: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        self.settings.setValue("handin/folder", str(written.parent))
        self.statusBar().showMessage(
            self.tr("Saved %1: hand this file to your teacher.").replace("%1", written.name), 8000
        )

    def open_quiz_file(self) -> None:
        path = self.prompter.open_path(
            self, self.tr("Open quiz file"), self.tr("Quiz files (*.yaml *.yml)")
        )
        if path:
            self._quiz_file_opened(path, imported=None)

    def _quiz_file_opened(self, path: str, imported: bool | None) -> None:
        from quizapp.ui.studio import open_quiz_file

        if imported is None:
            imported = open_quiz_file(self, self.bank, path, prompter=self.prompter)
        if imported:
            self._update_status()
            self.statusBar().showMessage(
                self.tr("Imported %1.").replace("%1", Path(path).name), 5000
            )
            on_list = self._quiz_list is not None and self.pages.currentWidget() is self._quiz_list
            if on_list and self.profile is not None:
                self.show_quiz_list()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _quiz_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if _quiz_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = _quiz_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in paths:
            self._quiz_file_opened(path, imported=None)

    # --- practice ------------------------------------------------------------------------

    def _need_profile(self) -> bool:
        if self.profile is None:
            self.prompter.inform(
                self, self.tr("Choose a profile"), self.tr("Choose or create a profile first.")
            )
            self.show_profiles()
            return False
        return True

    def show_practice(self) -> None:
        if not self._need_profile() or self._leave_quiz_first() is False:
            return
        from quizapp.ui.practice_view import PracticeView

        self._end_practice()
        assert self.profile is not None
        self._practice = PracticeView(self.bank, self.profile, self.clock, self.pages)
        self._practice.practice_finished.connect(self.show_progress)
        self._add_page(self._practice)
        self.pages.setCurrentWidget(self._practice)

    def show_progress(self) -> None:
        if not self._need_profile():
            return
        from quizapp.ui.progress_view import ProgressView

        self._end_practice()
        assert self.profile is not None
        if self._progress is None or self._progress.profile.id != self.profile.id:
            if self._progress is not None:
                self.pages.removeWidget(self._progress)
                self._progress.deleteLater()
            self._progress = ProgressView(self.bank, self.profile, self.clock, self.pages)
            self._progress.back_requested.connect(self.show_quiz_list)
            self._progress.practice_requested.connect(self.show_practice)
            self._add_page(self._progress)
        self._progress.refresh()
        self.pages.setCurrentWidget(self._progress)

    def _end_practice(self) -> None:
        practice, self._practice = self._practice, None
        if practice is not None:
            practice.finish()
            self.pages.removeWidget(practice)
            practice.deleteLater()

    def _leave_quiz_first(self) -> bool:
        """Leaving a running quiz for another page: it stays resumable."""
        if self._runner is not None and self.pages.currentWidget() is self._runner:
            self._runner.stop()
            self.session = None
        return True

    # --- teacher mode ----------------------------------------------------------------------

    def gate(self) -> TeacherGate:
        if self._gate is None:
            from quizapp.ui.studio import TeacherGate

            self._gate = TeacherGate(self.bank, self, prompter=self.prompter)
            self._gate.lock_did_change.connect(self._teacher_lock_changed)
        return self._gate

    def show_studio(self) -> None:
        self._leave_quiz_first()
        self._end_practice()
        studio = self.gate().open_studio()
        if studio is None:
            return
        if studio is not self._studio:
            self._studio = studio
            studio.studio_closed.connect(self._studio_left)
            studio.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            studio.set_did_save.connect(lambda _set_id: self._update_status())
            self._add_page(studio)
            for menu in studio.menus():
                self._studio_menus.append(
                    self.menuBar().insertMenu(self.teacher_menu.menuAction(), menu)
                )
        self.pages.setCurrentWidget(studio)
        self._show_page_menus()

    def _show_page_menus(self) -> None:
        """The studio's menus show only with the studio: elsewhere their commands do
        nothing, and their &-letters would clash with the page's own."""
        on_studio = self._studio is not None and self.pages.currentWidget() is self._studio
        for action in self._studio_menus:
            action.setVisible(on_studio)

    def _fit_current_page(self) -> None:
        """Only the page on show sets how small the window can be (a stack would take
        the largest minimum of all its pages): hidden pages ignore their size."""
        from PySide6.QtWidgets import QSizePolicy  # not needed before the first paint

        current = self.pages.currentWidget()
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is None:
                continue
            if page is current:
                saved = page.property("quizappSizePolicy")
                if isinstance(saved, QSizePolicy):
                    page.setSizePolicy(saved)
            else:
                if page.property("quizappSizePolicy") is None:
                    page.setProperty("quizappSizePolicy", page.sizePolicy())
                ignored = QSizePolicy.Policy.Ignored
                page.setSizePolicy(ignored, ignored)
        self.pages.updateGeometry()
        self.page_scroll.fit()

    def _studio_left(self) -> None:
        studio, self._studio = self._studio, None
        for action in self._studio_menus:
            self.menuBar().removeAction(action)
        self._studio_menus.clear()
        if studio is not None:
            self.pages.removeWidget(studio)
        self._update_status()
        if self.pages.currentWidget() is None or self.pages.currentWidget() is studio:
            self.show_quiz_list()

    def show_dashboard(self) -> None:
        self._leave_quiz_first()
        self._end_practice()
        if not self.gate().unlock():
            return
        if self._dashboard is None:
            from quizapp.ui.dashboard import DashboardView

            self._dashboard = DashboardView(self.bank, self.pages)
            self._add_page(self._dashboard)
        self._dashboard.refresh()
        self.pages.setCurrentWidget(self._dashboard)

    def choose_backup(self) -> None:
        """Teacher mode: list the backups; the chosen one is restored by the program."""
        if self.bank.path is None or not self.gate().unlock():
            return
        from quizapp.core.safety import list_backups
        from quizapp.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(list_backups(self.bank.path), self)
        accepted = self.dialog_runner(dialog)
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted or chosen is None:
            return
        if self._studio is not None and not self._studio.maybe_close():
            return
        if self.prompter.ask(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the backup back and reopen quizapp on it? The bank as it is now is kept aside."
            ),
            self.tr("Restore"),
            self.tr("Cancel"),
        ):
            self.restore_requested.emit(chosen)

    def change_teacher_password(self) -> None:
        if self.gate().unlock():
            self.gate().change_password()

    def leave_teacher_mode(self) -> None:
        if self._gate is not None:
            self._gate.lock()

    def _teacher_lock_changed(self, locked: bool) -> None:
        self.fill_menus()
        self.lock_action.setEnabled(not locked)
        if not locked:
            self.statusBar().showMessage(self.tr("Teacher mode is open."), 5000)
            return
        # Locked again: nothing that shows answer keys may stay reachable.
        if self._studio is not None:
            self._studio_left()
        dashboard, self._dashboard = self._dashboard, None
        if dashboard is not None:
            dashboard.shutdown()
            self.pages.removeWidget(dashboard)
            dashboard.deleteLater()
        self.statusBar().showMessage(self.tr("Teacher mode is locked."), 5000)
        if self.profile is not None:
            self.show_quiz_list()
        else:
            self.show_profiles()

    def _warn_bank(self, error: Exception) -> None:
        self.prompter.warn(
            self,
            self.tr("The bank could not be changed"),
            self.tr(
                "quizapp could not write to its bank (%1). The disk may be full or the "
                "file read-only."
            ).replace("%1", localized(error)),
        )


class PageScroll(QScrollArea):
    """Holds the pages at the window's size, or at the page's minimum when that is larger
    (then it scrolls). Not ``widgetResizable``: that would size the pages by the height
    their wrapped text wants at that width, and scroll pages that fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Qt.FocusPolicy.NoFocus, by name through Qt's property system: naming the enum in
        # Python makes PySide build the whole Qt namespace (100 enums) before the first paint.
        self.setProperty("focusPolicy", "NoFocus")
        # Qt's viewport, found by the name Qt gives it, so that viewport() returns this
        # wrapper: asked for first through viewport(), PySide would work out its Python
        # type by creating every QtWidgets class (29 ms, a fifth of a bare window's start).
        self.findChild(QWidget, "qt_scrollarea_viewport")

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        widget = self.widget()
        if widget is not None:
            widget.resize(self.viewport().size().expandedTo(widget.minimumSizeHint()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)


def _quiz_paths(mime: QMimeData) -> list[str]:
    """The question files (.yaml, .yml) among the local files being dragged."""
    if not mime.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml"))
    ]


def _shortcuts(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The keys given (text such as "Ctrl+O", or a platform's standard key), without
    duplicates or empty ones."""
    from PySide6.QtGui import QKeySequence

    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            sequences.append(QKeySequence(key))
        else:
            sequences.extend(QKeySequence.keyBindings(key))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


class AfterFirstPaint(QObject):
    """Calls ``then`` once, just after ``window`` is first painted: the zero timer its
    first Paint event starts runs when that paint is over (never, if the window is
    deleted first)."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # cancelled with this object
        return False


def _int_or_none(value: object) -> int | None:
    """A stored setting as a whole number (QSettings gives ints back as text), or None."""
    if not isinstance(value, int | float | str):
        return None
    try:
        return int(value)
    except ValueError:
        return None
