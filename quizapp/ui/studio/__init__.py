"""The teacher's studio: behind a password, write articles and questions, build quizzes,
hand them out. Entry points for the main window:

- ``TeacherGate(bank, parent).open_studio() -> StudioView | None`` asks for the password
  (or to choose one) and only then creates the studio; ``gate.lock()`` leaves teacher
  mode, ``gate.change_password()`` shows the change dialog.
- ``StudioView``: a QWidget for the main window's stack; ``actions_for_menu()`` /
  ``menus()`` for the menu bar; ``studio_closed`` when the teacher leaves;
  ``maybe_close()`` for the main window's close event (asks about unsaved changes).
- ``open_quiz_file(parent, bank, path) -> bool``: File > Open on a student machine.
  The main window opens the .yaml files dropped on it so (its own drag and drop handlers).
"""

from quizapp.ui.studio.gate import PasswordDialog, TeacherGate
from quizapp.ui.studio.handout import (
    ImportPreviewDialog,
    ImportSummary,
    open_quiz_file,
)
from quizapp.ui.studio.studio_view import StudioView

__all__ = [
    "ImportPreviewDialog",
    "ImportSummary",
    "PasswordDialog",
    "StudioView",
    "TeacherGate",
    "open_quiz_file",
]
