"""The first screen: who is reading? Local profiles, no passwords.

Picking a name from the list (double-click, Enter or *Continue*) or typing a new one
(Enter or *New profile*) emits ``profile_chosen``; the main window remembers the choice
per machine and preselects it next time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import STORAGE_ERRORS, Bank, Profile
from quizapp.core.text import localized
from quizapp.ui.themes import FontScaler
from quizapp.ui.widgets import button, hbox, hint, page_title, tab_chain

MAX_CONTENT_WIDTH = 620
# Qt.ItemDataRole.UserRole: naming it would make PySide build the whole Qt namespace
# (about 100 enums) before the first paint.
PROFILE_ID_ROLE = 0x0100


class ProfileView(QWidget):
    """A list of the bank's profiles and a field to add one."""

    profile_chosen = Signal(object)  # Profile

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.setObjectName("profileView")

        self.title = page_title(self.tr("Who is reading?"), self, wrap=False)
        self.subtitle = QLabel(
            self.tr("Pick your name, or add it if this is your first time. No password needed."),
            self,
        )
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setWordWrap(True)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(8)
        self._build_chooser(column)
        column.addSpacing(6)
        self._build_adder(column)
        column.addStretch(1)

        content = QWidget(self)
        content.setLayout(column)
        content.setMaximumWidth(MAX_CONTENT_WIDTH)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addWidget(content, 4)
        outer.addStretch(1)

        self.fonts = FontScaler(self)
        self.fonts.add(self.title, 1.6, bold=True)

        tab_chain(self.profile_list, self.continue_button, self.name_edit, self.new_button)

    def _build_chooser(self, column: QVBoxLayout) -> None:
        """Into ``column``: the profiles on this computer (or the words saying there are
        none) and Continue."""
        self.list_label = QLabel(self.tr("&Profiles on this computer:"), self)
        self.profile_list = QListWidget(self)
        self.profile_list.setAccessibleName(self.tr("Profiles on this computer"))
        self.profile_list.setAlternatingRowColors(True)
        self.list_label.setBuddy(self.profile_list)
        self.empty_label = hint(self.tr("No profiles yet: add your name below."), self, wrap=False)
        self.continue_button = button(
            self.tr("C&ontinue"), self.tr("Continue as the selected profile"), self
        )
        self.profile_list.itemActivated.connect(self._choose_item)
        self.profile_list.currentItemChanged.connect(self._update_buttons)
        self.continue_button.clicked.connect(self._choose_current)
        column.addWidget(self.list_label)
        column.addWidget(self.profile_list, 3)
        column.addWidget(self.empty_label)
        column.addLayout(hbox(None, self.continue_button))

    def _build_adder(self, column: QVBoxLayout) -> None:
        """Into ``column``, under a line: the name of a new profile, New profile, and what
        went wrong."""
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.name_label = QLabel(self.tr("New profile — &your name:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("First name, or name and initial"))
        self.name_edit.setAccessibleName(self.tr("Name of the new profile"))
        self.name_edit.setMaxLength(80)
        self.name_label.setBuddy(self.name_edit)
        self.new_button = button(
            self.tr("&New profile"), self.tr("Create the new profile and continue"), self
        )
        self.name_edit.returnPressed.connect(self._create)
        self.name_edit.textChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self._create)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        column.addWidget(line)
        column.addSpacing(6)
        column.addWidget(self.name_label)
        column.addLayout(hbox((self.name_edit, 1), self.new_button))
        column.addWidget(self.error_label)

    # --- state -------------------------------------------------------------------------

    def refresh(self, preselect_id: int | None = None) -> None:
        """Reload the profiles; select ``preselect_id`` (or the first) and focus the list."""
        self.profile_list.clear()
        self.error_label.hide()
        self.name_edit.clear()
        selected: QListWidgetItem | None = None
        for profile in self.bank.profiles():
            item = QListWidgetItem(profile.name, self.profile_list)
            item.setData(PROFILE_ID_ROLE, profile.id)
            if profile.id == preselect_id:
                selected = item
        if selected is None and self.profile_list.count():
            selected = self.profile_list.item(0)
        has_profiles = self.profile_list.count() > 0
        self.profile_list.setVisible(has_profiles)
        self.list_label.setVisible(has_profiles)
        self.continue_button.setVisible(has_profiles)
        self.empty_label.setVisible(not has_profiles)
        if selected is not None:
            self.profile_list.setCurrentItem(selected)
        self._update_buttons()

    def focus_first(self) -> None:
        if self.profile_list.count():
            self.profile_list.setFocus()  # Qt's OtherFocusReason
        else:
            self.name_edit.setFocus()

    def _update_buttons(self, *_: object) -> None:
        self.continue_button.setEnabled(self.profile_list.currentItem() is not None)
        self.new_button.setEnabled(bool(self.name_edit.text().strip()))

    # --- actions -----------------------------------------------------------------------

    def _choose_item(self, item: QListWidgetItem) -> None:
        profile = self.bank.profile(int(item.data(PROFILE_ID_ROLE)))
        if profile is not None:
            self.profile_chosen.emit(profile)

    def _choose_current(self) -> None:
        item = self.profile_list.currentItem()
        if item is not None:
            self._choose_item(item)

    def _create(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            return
        try:
            profile: Profile = self.bank.add_profile(name)
        except ValueError:
            self._show_error(self.tr("A name may have at most 80 characters."))
            return
        except STORAGE_ERRORS as error:  # say it plainly and keep the typed name
            self._show_error(
                self.tr("The profile could not be saved (%1). Is the disk full?").replace(
                    "%1", localized(error)
                )
            )
            return
        self.profile_chosen.emit(profile)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
