"""Teacher mode behind a password: choose it on first entry, type it afterwards.

The studio (and with it every answer key on screen) is created only once the gate has
opened, and dropped again by ``lock()``. What this protects: a student at the keyboard.
What it cannot protect: the key lives in the bank file, and whoever copies that file can
read it with any SQLite tool (see docs/teacher.md).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import teacher
from quizapp.core.bank import Bank
from quizapp.core.text import localized
from quizapp.ui.prompter import Prompter
from quizapp.ui.studio.common import fill, tr
from quizapp.ui.studio.studio_view import StudioView


def wait_text(seconds: float) -> str:
    """A wait as a person says it: "40 seconds", "2 min 10 s"."""
    total = max(1, round(seconds))
    minutes, rest = divmod(total, 60)
    if not minutes:
        return tr("1 second") if rest == 1 else fill(tr("%1 seconds"), rest)
    return fill(tr("%1 min %2 s"), minutes, f"{rest:02d}")


class PasswordDialog(QDialog):
    """Asks for the teacher password: to choose it, to enter it, or to change it.

    The dialog checks what was typed itself and stays open with a plain message until it
    is right or the teacher cancels; ``accepted`` means teacher mode may open.
    """

    CHOOSE, ENTER, CHANGE = "choose", "enter", "change"

    def __init__(self, bank: Bank, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.mode = mode
        titles = {
            self.CHOOSE: tr("Choose a teacher password"),
            self.ENTER: tr("Teacher mode"),
            self.CHANGE: tr("Change the teacher password"),
        }
        intros = {
            self.CHOOSE: fill(
                tr(
                    "Teacher mode edits questions and shows answer keys. Choose a password "
                    "of at least %1 characters; students should not know it."
                ),
                teacher.MIN_LENGTH,
            ),
            self.ENTER: tr("Type the teacher password."),
            self.CHANGE: fill(
                tr("Type the current password, then the new one (at least %1 characters) twice."),
                teacher.MIN_LENGTH,
            ),
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])
        layout = QVBoxLayout(self)
        # The dialog takes the height its wrapped text needs, also when a message appears.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro = QLabel(intros[mode], self)
        intro.setFixedWidth(self.fontMetrics().averageCharWidth() * 54)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = self._password_field(tr("Current password"))
        new_name = tr("New password") if mode == self.CHANGE else tr("Password")
        self.new = self._password_field(new_name)
        self.repeat = self._password_field(tr("Password again"))
        # Fields this mode does not ask for stay hidden (not lying on top of the text).
        self.current.setVisible(mode == self.CHANGE)
        self.repeat.setVisible(mode != self.ENTER)
        if mode == self.ENTER:
            form.addRow(self._label(tr("&Password:"), self.new), self.new)
        else:
            if mode == self.CHANGE:
                form.addRow(self._label(tr("C&urrent password:"), self.current), self.current)
            form.addRow(
                self._label(
                    tr("&New password:") if mode == self.CHANGE else tr("&Password:"), self.new
                ),
                self.new,
            )
            form.addRow(self._label(tr("&Again:"), self.repeat), self.repeat)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Password message"))
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("&Open teacher mode") if mode != self.CHANGE else tr("&Change"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.current if mode == self.CHANGE else self.new).setFocus()
        self.failures = 0
        # Wrong tries are throttled (core/teacher.py); the wait counts down here.
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._show_wait)
        self._show_wait()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        return field

    def _label(self, text: str, field: QLineEdit) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _refuse(self, message: str, clear: list[QLineEdit]) -> None:
        self.message.setText(message)
        self.message.show()
        for field in clear:
            field.clear()
        clear[0].setFocus()

    def _show_wait(self) -> bool:
        """While wrong tries are throttled: say how long, keep OK off; True if waiting."""
        if self.mode == self.CHOOSE:
            return False
        seconds = teacher.wait_seconds(self.bank)
        waiting = seconds > 0
        self.ok_button.setEnabled(not waiting)
        if waiting:
            self.message.setText(
                fill(
                    tr("Too many wrong passwords. You can try again in %1."),
                    wait_text(seconds),
                )
            )
            self.message.show()
            self.wait_timer.start()
        elif self.wait_timer.isActive():
            self.wait_timer.stop()
            self.message.setText(tr("You can try again now."))
        return waiting

    def accept(self) -> None:
        new, repeat = self.new.text(), self.repeat.text()
        if self.mode in (self.ENTER, self.CHANGE):
            typed = new if self.mode == self.ENTER else self.current.text()
            verdict = teacher.try_password(self.bank, typed)
            if not verdict.ok:
                self.failures += 1
                field = self.new if self.mode == self.ENTER else self.current
                if verdict.wait_seconds > 0:
                    field.clear()
                    self._show_wait()
                    return
                self._refuse(
                    tr("That password is not right.")
                    if self.mode == self.ENTER
                    else tr("The current password is not right."),
                    [field],
                )
                return
            if self.mode == self.ENTER:
                super().accept()
                return
        if len(new) < teacher.MIN_LENGTH:
            self._refuse(
                fill(tr("Choose a password of at least %1 characters."), teacher.MIN_LENGTH),
                [self.new, self.repeat],
            )
            return
        if new != repeat:
            self._refuse(
                tr("The two passwords are not the same; type them again."), [self.new, self.repeat]
            )
            return
        try:
            teacher.set_password(
                self.bank, new, old=self.current.text() if self.mode == self.CHANGE else None
            )
        except teacher.PasswordError as error:
            shown = localized(error)
            self._refuse(shown[:1].upper() + shown[1:] + ".", [self.new, self.repeat])
            return
        super().accept()


class TeacherGate(QObject):
    """The way into teacher mode and out of it again.

    ``open_studio()`` asks for the password (or to choose one) and returns the studio,
    created only now; ``lock()`` closes it (asking about unsaved changes) and forgets it.
    """

    lock_did_change = Signal(bool)  # True: locked (student mode)

    def __init__(
        self, bank: Bank, parent: QWidget | None = None, prompter: Prompter | None = None
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.parent_widget = parent
        self.prompter = prompter or Prompter()
        self.studio: StudioView | None = None
        self._unlocked = False

    def is_unlocked(self) -> bool:
        return self._unlocked

    def password_dialog(self) -> PasswordDialog:
        """The dialog the next ``open_studio`` shows (choose on first entry, else enter)."""
        mode = PasswordDialog.ENTER if teacher.has_password(self.bank) else PasswordDialog.CHOOSE
        return PasswordDialog(self.bank, mode, self.parent_widget)

    def unlock(self) -> bool:
        """Ask for the password; True when teacher mode is open."""
        if self._unlocked:
            return True
        dialog = self.password_dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._unlocked = True
            self.lock_did_change.emit(False)
        return accepted

    def open_studio(self) -> StudioView | None:
        """The studio, after the password; None when the teacher cancels."""
        if not self.unlock():
            return None
        if self.studio is None:
            self.studio = StudioView(self.bank, self.parent_widget, prompter=self.prompter)
            self.studio.password_change_requested.connect(self.change_password)
            self.studio.studio_closed.connect(self._studio_closed)
        return self.studio

    def change_password(self) -> bool:
        """The "Change password…" dialog; True when the password was changed."""
        mode = PasswordDialog.CHANGE if teacher.has_password(self.bank) else PasswordDialog.CHOOSE
        dialog = PasswordDialog(self.bank, mode, self.parent_widget)
        changed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if changed:
            self.prompter.inform(
                self.parent_widget, tr("Teacher password"), tr("The teacher password is changed.")
            )
        return changed

    def lock(self) -> bool:
        """Leave teacher mode; False when the teacher chose to stay (unsaved changes)."""
        studio = self.studio
        if studio is not None:
            return studio.close_studio()  # emits studio_closed, which forgets it here
        self._forget_studio()
        return True

    def _studio_closed(self) -> None:
        self._forget_studio()

    def _forget_studio(self) -> None:
        studio, self.studio = self.studio, None
        if studio is not None:
            studio.studio_closed.disconnect(self._studio_closed)
            studio.hide()
            studio.deleteLater()
        if self._unlocked:
            self._unlocked = False
            self.lock_did_change.emit(True)
