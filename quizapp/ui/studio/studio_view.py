"""The teacher's studio: one question set at a time (articles, tags, questions), saved into
the bank all or nothing, and the quiz builder beside it.

A QWidget that can sit in the main window's stack. Its commands are QActions
(``actions_for_menu()``, or ready ``menus()``) so the main window can put them in its
menu bar; ``studio_closed`` tells it the teacher left (after any unsaved changes were
saved or knowingly discarded).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Bank
from quizapp.core.draft import DraftProblem, SetDraft, draft_problems
from quizapp.core.files import ID_PATTERN, QuestionFileError
from quizapp.core.model import BUILTIN_LABELS, Label
from quizapp.core.quizbuild import slug
from quizapp.ui.prompter import Prompter
from quizapp.ui.studio import common
from quizapp.ui.studio.article_editor import ArticlesPage, UndoRouter
from quizapp.ui.studio.common import describe_problem, fill, tr
from quizapp.ui.studio.document import StudioDocument
from quizapp.ui.studio.fitting import ElidedLabel, only_current_counts
from quizapp.ui.studio.handout import write_set
from quizapp.ui.studio.host import StudioHost
from quizapp.ui.studio.interchange import InterchangeActions
from quizapp.ui.studio.question_editor import QuestionsPage
from quizapp.ui.studio.quiz_builder import QUIZ_FILTERS, QuizBuilder

ChooseSet = Callable[[QWidget, list[tuple[str, str]]], str | None]  # (id, title) -> id


def ask_set(parent: QWidget, sets: list[tuple[str, str]]) -> str | None:
    """Which set to open (a list of titles); None when cancelled."""
    if not sets:
        return None
    names = [f"{title}  ({set_id})" for set_id, title in sets]
    name, ok = QInputDialog.getItem(
        parent, tr("Open a question set"), tr("Question set:"), names, 0, False
    )
    return sets[names.index(name)][0] if ok and name in names else None


class StudioView(StudioHost):
    """The studio. Create it only behind ``TeacherGate``: it shows answer keys."""

    studio_closed = Signal()
    status_message = Signal(str)
    password_change_requested = Signal()  # the gate (gate.py) shows the dialog

    def __init__(
        self, bank: Bank, parent: QWidget | None = None, prompter: Prompter | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("studio")
        self.setAccessibleName(tr("Teacher studio"))
        self.bank = bank
        self.prompter = prompter or Prompter()
        self.ask_unsaved: Callable[[QWidget | None, str], str] = common.ask_unsaved
        self.ask_save_path: common.SavePath = common.ask_save_path
        self.choose_set: ChooseSet = ask_set
        self.document = StudioDocument(SetDraft.new(tr("Untitled set")), self)
        # Problems the last save found: (message, (kind, id) of where it lies or None).
        self._save_problems: list[tuple[str, tuple[str, str] | None]] = []
        self._loading = False

        self._build_actions()
        self.interchange = InterchangeActions(self)  # QTI, Moodle, GIFT, H5P
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        self._build_top_rows(layout)
        self._build_tabs(bank)
        bottom = self._build_bottom_row()
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        self._wire()
        self._replaced()

    def _build_top_rows(self, layout: QVBoxLayout) -> None:
        """The toolbar (it folds what does not fit behind its » button; every command is in
        the Studio menu too), then the set's own fields."""
        self.toolbar = QToolBar(tr("Studio"), self)
        self.toolbar.setAccessibleName(tr("Studio toolbar"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.open_action,
            self.save_action,
            self.export_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.leave_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        layout.addWidget(self.toolbar)
        row = QHBoxLayout()
        self.set_title = QLineEdit(self)
        self.set_title.setAccessibleName(tr("Title of the question set"))
        self.set_id = QLineEdit(self)
        self.set_id.setAccessibleName(tr("Id of the question set"))
        self.set_id.setMaximumWidth(200)
        self.extra_labels = QLineEdit(self)
        self.extra_labels.setAccessibleName(tr("Extra labels this set declares"))
        self.extra_labels.setPlaceholderText(tr("extra labels, e.g. loaded-word"))
        self.extra_labels.setToolTip(
            tr("Labels beyond figure, speculation and unconfirmed; they get keys 4, 5, …")
        )
        self.extra_labels.setMaximumWidth(240)
        for text, widget in (
            (tr("Set:"), self.set_title),
            (tr("Id:"), self.set_id),
            (tr("Labels:"), self.extra_labels),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.set_title else 0)
        layout.addLayout(row)

    def _build_tabs(self, bank: Bank) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Studio sections"))
        self.articles = ArticlesPage(self.document, self.tabs)
        self.questions = QuestionsPage(self.document, self.tabs)
        self.quiz_builder = QuizBuilder(bank, self.tabs, prompter=self.prompter)
        self.tabs.addTab(self.articles, tr("Articles and tags"))
        self.tabs.addTab(self.questions, tr("Questions"))
        self.tabs.addTab(self.quiz_builder, tr("Quiz builder"))
        only_current_counts(self.tabs)
        for number in range(self.tabs.count()):
            # Alt+1..3 switch sections (letters are kept for the fields' own mnemonics).
            key = QKeySequence(f"Alt+{number + 1}")
            self.tabs.setTabToolTip(number, key.toString(QKeySequence.SequenceFormat.NativeText))
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))

    def _build_bottom_row(self) -> QHBoxLayout:
        """The problems' count and the status on one row; the problems' list goes below."""
        self.problems_label = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(tr("Problems in the set"))
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.problems_label.setBuddy(self.problems)
        # One line, cut short with … when long (the status bar says it whole too).
        self.status = ElidedLabel(self)
        self.status.setObjectName("hint")
        self.status.setAccessibleName(tr("Studio status"))
        row = QHBoxLayout()
        row.addWidget(self.problems_label)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        return row

    def _wire(self) -> None:
        # Ctrl+Z undoes the set's edits where the set is edited; in the student preview it
        # takes back the preview's last mark (as for a student), in the builder nothing.
        for undo_target in (
            self.articles,
            self.questions.list,
            self.questions.form_area,
            self.set_title,
            self.set_id,
            self.extra_labels,
            self.problems,
            self.toolbar,
        ):
            undo_target.addAction(self.undo_action)
            undo_target.addAction(self.redo_action)
        for page in (self.articles, self.questions, self.quiz_builder):
            page.status_message.connect(self.show_status)
        self.set_title.textEdited.connect(self._title_edited)
        self.set_id.editingFinished.connect(self._id_edited)
        self.extra_labels.editingFinished.connect(self._labels_edited)
        for field in (self.set_title, self.set_id, self.extra_labels):
            field.installEventFilter(UndoRouter(lambda: None, field))
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems.itemClicked.connect(self._problem_activated)
        self.quiz_builder.quiz_did_save.connect(lambda _id: self.quiz_builder.refresh())
        # --- hook: the authoring assistant's actions reach the whole articles page ---
        assistant = self.articles.span_editor.assistant
        self.suggest_action = assistant.suggest_action
        self.propose_action = assistant.propose_action
        for action in (self.suggest_action, self.propose_action):
            self.articles.addAction(action)
        self.suggest_action.triggered.connect(self._show_tagging)
        assistant.questions_did_add.connect(
            lambda _count: self.tabs.setCurrentWidget(self.questions)
        )
        # --- end of hook ---
        self.document.draft_did_change.connect(self._draft_changed)
        self.document.draft_was_replaced.connect(self._replaced)
        self.document.undo_stack.cleanChanged.connect(self._clean_changed)

    # --- actions ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], *keys: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(tr("&New set"), self.new_set, "Ctrl+Shift+N")
        self.new_action.setToolTip(tr("Start a new question set (Ctrl+Shift+N)"))
        self.open_action = self._action(tr("&Open set…"), self.open_set, "Ctrl+Shift+O")
        self.open_action.setToolTip(tr("Open a question set from the bank (Ctrl+Shift+O)"))
        self.save_action = self._action(tr("&Save set"), self.save, QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(tr("Save the set in the bank (Ctrl+S)"))
        self.export_action = self._action(tr("E&xport set…"), self.export_set, "Ctrl+Shift+E")
        self.export_action.setToolTip(tr("Write the set as a question file (Ctrl+Shift+E)"))
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.password_action = self._action(tr("Change &password…"), self.change_password)
        self.leave_action = self._action(tr("&Leave teacher mode"), self.close_studio)
        self.leave_action.setToolTip(tr("Lock teacher mode and go back to the student screens"))

    def _show_tagging(self) -> None:
        """Suggest from the menu: show the tagging screen its marks are drawn in."""
        self.tabs.setCurrentWidget(self.articles)
        self.articles.tabs.setCurrentIndex(0)

    def actions_for_menu(self) -> list[QAction]:
        """The studio's commands in menu order (separators included) for the menu bar."""

        def separator() -> QAction:
            action = QAction(self)
            action.setSeparator(True)
            return action

        return [
            self.new_action,
            self.open_action,
            self.save_action,
            self.export_action,
            self.interchange.export_action,
            self.interchange.import_action,
            separator(),
            self.undo_action,
            self.redo_action,
            separator(),
            self.suggest_action,  # hook: the authoring assistant
            self.propose_action,
            separator(),
            self.password_action,
            self.leave_action,
        ]

    def menus(self) -> list[QMenu]:
        """The "Studio", "Edit" and "Assistant" menus, ready for ``menuBar().addMenu``."""
        studio = QMenu(tr("&Studio"), self)
        for action in (self.new_action, self.open_action, self.save_action, self.export_action):
            studio.addAction(action)
        studio.addAction(self.interchange.export_action)
        studio.addAction(self.interchange.import_action)
        studio.addSeparator()
        studio.addAction(self.password_action)
        studio.addAction(self.leave_action)
        edit = QMenu(tr("&Edit"), self)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        assistant = QMenu(tr("&Assistant"), self)  # hook: the authoring assistant
        assistant.addAction(self.suggest_action)
        assistant.addAction(self.propose_action)
        return [studio, edit, assistant]

    # --- state ------------------------------------------------------------------------------

    @property
    def draft(self) -> SetDraft:
        return self.document.draft

    def flush_edits(self) -> None:
        """Apply edits still pending in a field (ids are taken when the field is left;
        Ctrl+S can come first)."""
        self.articles.commit_text()
        self._id_edited()
        self._labels_edited()
        self.articles._id_edited()
        self.questions._id_edited(self.questions.form.question_id.text().strip())

    def has_unsaved_changes(self) -> bool:
        self.flush_edits()
        return self.document.is_modified()

    def show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status_message.emit(message)

    def _clean_changed(self, clean: bool) -> None:
        self._update_title(clean)

    def _update_title(self, clean: bool | None = None) -> None:
        if clean is None:
            clean = not self.document.is_modified()
        mark = "" if clean else "*"
        self.setWindowTitle(fill(tr("Studio — %1%2"), self.draft.title, mark))

    def _replaced(self) -> None:
        self._save_problems = []
        self._load_header()
        self._update_problems()
        self._update_title()

    def _draft_changed(self, old: SetDraft, new: SetDraft) -> None:
        self._save_problems = []
        if (old.title, old.id, old.labels) != (new.title, new.id, new.labels):
            self._load_header()
        self._update_problems()
        self._update_title()

    def _load_header(self) -> None:
        self._loading = True
        try:
            draft = self.draft
            if self.set_title.text().strip() != draft.title:
                self.set_title.setText(draft.title)
            if self.set_id.text() != draft.id:
                self.set_id.setText(draft.id)
            labels = ", ".join(label.id for label in draft.labels)
            if self.extra_labels.text() != labels:
                self.extra_labels.setText(labels)
        finally:
            self._loading = False

    # --- the header's edits -----------------------------------------------------------------

    def _title_edited(self, text: str) -> None:
        if self._loading:
            return
        draft = self.draft
        new = replace(draft, title=text.strip())
        if self.document.stored_id is None and draft.id == slug(draft.title, "set"):
            new = replace(new, id=slug(text, "set"))  # a new set's id follows its title
        self.document.apply(new, tr("Edit set title"), ("set", "title"))

    def _id_edited(self) -> None:
        if self._loading:
            return
        new_id = self.set_id.text().strip()
        if new_id == self.draft.id:
            return
        if not ID_PATTERN.match(new_id):
            message = tr("“%1” cannot be a set id: use letters, digits and -.")
            self.show_status(fill(message, new_id))
            self._load_header()
            return
        self.document.apply(replace(self.draft, id=new_id), tr("Change set id"))

    def _labels_edited(self) -> None:
        if self._loading:
            return
        wanted = [part.strip() for part in re.split(r"[,\s]+", self.extra_labels.text())]
        wanted = list(dict.fromkeys(part for part in wanted if part))
        bad = [w for w in wanted if not ID_PATTERN.match(w) or w in BUILTIN_LABELS]
        if bad:
            self.show_status(fill(tr("“%1” cannot be an extra label."), bad[0]))
            self._load_header()
            return
        existing = {label.id: label for label in self.draft.labels}
        labels = tuple(existing.get(w) or Label(w, w) for w in wanted)
        if labels != self.draft.labels:
            self.document.apply(replace(self.draft, labels=labels), tr("Change labels"))

    # --- problems ---------------------------------------------------------------------------

    def problems_shown(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _update_problems(self) -> None:
        self.problems.clear()
        draft = self.draft
        for problem in draft_problems(draft):
            item = QListWidgetItem(describe_problem(problem, draft), self.problems)
            item.setData(Qt.ItemDataRole.UserRole, problem)
        for message, subject in self._save_problems:
            item = QListWidgetItem(message, self.problems)
            if subject is not None:
                item.setData(Qt.ItemDataRole.UserRole + 1, subject)
        count = self.problems.count()
        self.problems.setVisible(count > 0)
        self.problems_label.setText(
            fill(tr("Proble&ms (%1)"), count) if count else tr("Proble&ms: none")
        )

    def _problem_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        where = item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(problem, DraftProblem):
            if problem.question is not None:
                self.tabs.setCurrentWidget(self.questions)
                self.questions.select_question(problem.question)
            elif problem.article is not None:
                self.tabs.setCurrentWidget(self.articles)
                self.articles.select_article(problem.article)
                self.articles.tabs.setCurrentIndex(0)
                if problem.span is not None:
                    self.articles.span_editor.select_range(*problem.span)
        elif where:
            kind, item_id = where
            if kind == "question":
                for index, data in enumerate(self.draft.questions):
                    if data.get("id") == item_id:
                        self.tabs.setCurrentWidget(self.questions)
                        self.questions.select_question(index)
            else:
                article_index = self.draft.article_index(item_id)
                if article_index is not None:
                    self.tabs.setCurrentWidget(self.articles)
                    self.articles.select_article(article_index)

    # --- sets in and out --------------------------------------------------------------------

    def maybe_discard(self) -> bool:
        """True when it is fine to drop the draft: saved, or the teacher said so."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved(self, self.draft.title)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def maybe_close(self) -> bool:
        """For the main window's close: ask about unsaved changes; False to stay open."""
        return self.maybe_discard()

    def close_studio(self) -> bool:
        """Leave the studio (``studio_closed``), unless the teacher cancels."""
        if not self.maybe_discard():
            return False
        self.studio_closed.emit()
        return True

    def new_set(self) -> bool:
        if not self.maybe_discard():
            return False
        self.document.replace(SetDraft.new(tr("Untitled set")), None)
        self.tabs.setCurrentWidget(self.articles)
        self.show_status(tr("A new, empty set. Paste a report to begin."))
        return True

    def open_set(self, set_id: str | None = None) -> bool:
        """Edit a set from the bank (asks which when ``set_id`` is None)."""
        if set_id is None:
            sets = [(s.id, s.title) for s in self.bank.set_summaries()]
            if not sets:
                self.show_status(tr("The bank holds no question sets yet."))
                return False
            set_id = self.choose_set(self, sets)
            if set_id is None:
                return False
        if not self.maybe_discard():
            return False
        try:
            question_set = self.bank.question_set(set_id)
        except (KeyError, QuestionFileError) as error:
            message = fill(tr("That set cannot be opened: %1"), error)
            self.prompter.warn(self, tr("Open set"), message)
            return False
        self.document.replace(SetDraft.from_set(question_set), set_id)
        self.show_status(fill(tr("Opened “%1”."), question_set.title))
        return True

    def _build_set(self, action: str) -> object | None:
        """The draft as a checked set, or None with the problems listed."""
        self.flush_edits()
        found: dict[str, tuple[str, str] | None] = {}
        try:
            return self.draft.build()
        except QuestionFileError as error:
            for problem in error.problems:
                found.setdefault(problem.message, problem.subject)
        except ValueError as error:
            found[fill(tr("Tags that overlap cannot be written: %1"), error)] = None
        messages = list(found)
        self._save_problems = [
            (fill(tr("Cannot %1: %2"), action, message), subject)
            for message, subject in found.items()
        ]
        self._update_problems()
        self.show_status(fill(tr("Not saved: %1 problems, listed below."), len(messages)))
        self.prompter.warn(
            self,
            tr("The set has problems"),
            tr("Nothing was written. Fix these first:")
            + "\n\n"
            + "\n".join(messages[:10])
            + ("\n…" if len(messages) > 10 else ""),
        )
        return None

    def save(self) -> bool:
        """Write the set into the bank, all or nothing; True when saved."""
        question_set = self._build_set(tr("save"))
        if question_set is None:
            return False
        set_id = self.draft.id
        if self.bank.has_set(set_id) and self.document.stored_id != set_id:
            if not self.prompter.ask(
                self,
                tr("Save set"),
                fill(tr("The bank already holds a set with the id “%1”. Replace it?"), set_id),
                tr("Replace"),
                tr("Cancel"),
            ):
                return False
        try:
            self.bank.import_sets([question_set])  # type: ignore[list-item]
        except Exception as error:  # noqa: BLE001 - a locked or broken bank, said in words
            self.prompter.warn(self, tr("Save set"), fill(tr("Nothing was saved: %1"), error))
            return False
        self.document.mark_saved()
        self._update_title()
        self.quiz_builder.refresh()
        self.set_did_save.emit(set_id)
        self.show_status(fill(tr("Saved “%1” in the bank."), self.draft.title))
        return True

    def export_set(self) -> Path | None:
        """Write the set as a question file (it need not be saved in the bank first)."""
        question_set = self._build_set(tr("export"))
        if question_set is None:
            return None
        path = self.ask_save_path(self, tr("Export set"), f"{self.draft.id}.yaml", tr(QUIZ_FILTERS))
        if not path:
            return None
        try:
            target = write_set(question_set, path)  # type: ignore[arg-type]
        except OSError as error:
            self.prompter.warn(
                self, tr("Export set"), fill(tr("%1 could not be written: %2"), path, error)
            )
            return None
        self.show_status(fill(tr("Exported the set to %1."), target))
        return target

    def change_password(self) -> None:
        self.password_change_requested.emit()
