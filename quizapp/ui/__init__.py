"""The Qt program: one module per screen; views lay out, the main window reacts.

No SQL and no scoring here: screens ask ``quizapp.core`` (the bank, a quiz session) and
redraw from what it returns. Every screen module is imported through this package, so
PySide's import bookkeeping is made cheap here, before any of them loads.
"""

from __future__ import annotations

from quizapp.ui import pyside_imports

pyside_imports.install()
