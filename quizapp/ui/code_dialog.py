"""Asking a student for the code on their slip before a quiz with a class list starts.

The code cannot be checked here (this machine does not know the class's codes: that is
the point); its shape is, so a mistyped code is caught at once rather than at import.
The teacher's program checks the code, the name and the results file's MAC on import.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import roster


class CodeDialog(QDialog):
    """Type the code for one quiz; ``code`` holds it (normalised) once accepted."""

    def __init__(self, quiz_title: str, profile_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: str | None = None
        self.setWindowTitle(self.tr("Your code for this quiz"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro = QLabel(
            self.tr(
                "Your teacher gave you a slip with a code for “%1”. Type it here. "
                "The slip must carry your name as in your profile, “%2”: your teacher's "
                "program checks both."
            )
            .replace("%1", quiz_title)
            .replace("%2", profile_name),
            self,
        )
        intro.setWordWrap(True)
        intro.setFixedWidth(self.fontMetrics().averageCharWidth() * 52)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Code from your slip"))
        self.field.setPlaceholderText("ABCD-EF12")
        self.field.setMaxLength(24)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setFamily("monospace")
        self.field.setFont(font)
        label = QLabel(self.tr("&Code:"), self)
        label.setBuddy(self.field)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Code message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Start the quiz"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def accept(self) -> None:
        code = roster.normalise(self.field.text())
        if code is None:
            self.message.setText(
                self.tr(
                    "That is not a code: a code has 8 letters and digits, like ABCD-EF12. "
                    "Check your slip and type it again."
                )
            )
            self.message.show()
            self.field.selectAll()
            self.field.setFocus()
            return
        self.code = code
        super().accept()
