"""Write a quiz's results as xAPI statements, and send them to a Learning Record Store.

The statements are made by ``core/interchange/xapi``; this dialog asks for the file, how
students are named, and (only if the teacher wants it) the LRS and its credentials. Sending
runs off the GUI thread; nothing touches the network unless "Send to an LRS" is ticked.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Bank
from quizapp.core.interchange import xapi
from quizapp.core.wording import fill
from quizapp.ui.background import BackgroundJob
from quizapp.ui.widgets import dialog_buttons


class XapiDialog(QDialog):
    """``statements_written(path, count)`` once the file is written; ``statements_sent(count)``
    once the LRS took them all; ``failed(message)`` when writing or sending did not work."""

    statements_written = Signal(str, int)
    statements_sent = Signal(int)
    failed = Signal(str)

    def __init__(self, bank: Bank, set_id: str, policy: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.set_id = set_id
        self.policy = policy
        self.job = BackgroundJob(self)
        self.setWindowTitle(self.tr("xAPI statements"))
        self.setAccessibleName(self.tr("Write or send xAPI statements"))

        self.path = QLineEdit(str(Path.home() / f"{set_id}-xapi.json"), self)
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.anonymise = QCheckBox(self.tr("&Anonymise: a hashed id instead of each name"), self)
        self.salt = QLineEdit(self)
        self.salt.setAccessibleName(self.tr("Secret for the hashed ids"))
        self.salt.setPlaceholderText(self.tr("a secret word; use the same one every time"))
        self.salt.setEnabled(False)
        self.anonymise.toggled.connect(self.salt.setEnabled)

        self.send = QGroupBox(self.tr("&Send to a Learning Record Store"), self)
        self.send.setCheckable(True)
        self.send.setChecked(False)
        self.endpoint = QLineEdit(os.environ.get(xapi.ENV_ENDPOINT, ""), self.send)
        self.endpoint.setAccessibleName(self.tr("LRS endpoint"))
        self.endpoint.setPlaceholderText("https://lrs.example.org/xapi/")
        self.user = QLineEdit(os.environ.get(xapi.ENV_USER, ""), self.send)
        self.user.setAccessibleName(self.tr("LRS user"))
        self.password = QLineEdit(os.environ.get(xapi.ENV_PASSWORD, ""), self.send)
        self.password.setAccessibleName(self.tr("LRS password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        send_form = QFormLayout(self.send)
        send_form.addRow(self.tr("&Endpoint:"), self.endpoint)
        send_form.addRow(self.tr("&User:"), self.user)
        send_form.addRow(self.tr("&Password:"), self.password)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))

        self.buttons, write_button = dialog_buttons(
            self, self.tr("&Write"), dismiss="close", closes=False
        )
        assert write_button is not None
        self.write_button = write_button
        self.write_button.clicked.connect(self.write)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a row of a layout gets no buddy of its own
        form.addRow(file_label, path_row)
        form.addRow("", self.anonymise)
        form.addRow(self.tr("Se&cret:"), self.salt)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.send)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        from quizapp.ui.save_folder import ask_save_file

        path = ask_save_file(
            self, self.tr("Write xAPI statements"), self.path.text(), "JSON files (*.json)"
        )
        if path:
            self.path.setText(path)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def write(self) -> bool:
        """Write the file and, when asked, start sending; False when something is missing."""
        if self.job.running():
            return False
        path = self.path.text().strip()
        if not path:
            self._say(self.tr("Name the file to write first."))
            return False
        sending = self.send.isChecked()
        endpoint, user, password = (
            self.endpoint.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
        if sending and not endpoint.startswith(("http://", "https://")):
            self._say(self.tr("The LRS endpoint must start with http:// or https://."))
            return False
        if sending and not (user and password):
            self._say(self.tr("Sending needs the LRS user and password."))
            return False
        language = self.bank.question_set(self.set_id).language or "en"
        options = xapi.XapiOptions(
            anonymise=self.anonymise.isChecked(), salt=self.salt.text(), language=language
        )
        statements = xapi.bank_statements(self.bank, self.set_id, options, policy=self.policy)
        if not statements:
            self._say(self.tr("No finished results for this quiz yet: nothing to write."))
            return False
        try:
            xapi.write_statements(statements, path)
        except OSError as error:
            message = fill(self.tr("Cannot write %1: %2"), path, error.strerror or error)
            self._say(message)
            self.failed.emit(message)
            return False
        self.statements_written.emit(path, len(statements))
        written = fill(self.tr("Wrote %1 statements to %2."), len(statements), path)
        if not sending:
            self._say(written)
            return True
        self._say(written + " " + fill(self.tr("Sending them to %1…"), endpoint))
        self.write_button.setEnabled(False)

        def work() -> int:
            return xapi.send_statements(statements, endpoint, user, password)

        def done(count: object) -> None:
            self.write_button.setEnabled(True)
            self._say(written + " " + fill(self.tr("Sent %1 statements to %2."), count, endpoint))
            self.statements_sent.emit(int(count))  # type: ignore[call-overload]

        def failed(message: str) -> None:
            self.write_button.setEnabled(True)
            text = written + " " + fill(self.tr("Sending failed: %1"), message)
            self._say(text)
            self.failed.emit(message)

        self.job.start(work, done, failed)
        return True
