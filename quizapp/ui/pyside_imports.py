"""Makes PySide's bookkeeping of every later import cheap.

Once PySide is loaded it checks each module imported after it for the text "PySide6"
(so that its ``__feature__`` switches apply only to modules that use PySide), through
``inspect.getsource`` and linecache: about 0.15 ms a module, over 10 ms of quizapp's
start-up, a tenth of a bare window's whole start. Reading the file's bytes answers the
same question several times faster. Modules without a ``.py`` file still go to
PySide's own check, and if a PySide release arranges this differently nothing changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import shiboken6  # noqa: F401  (loads shibokensupport, where the check lives)

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def faster_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's "does this module use PySide?" check, reading bytes instead of source."""

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quizapp_faster = True  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Replace PySide's check with the faster one; False when there is nothing to replace."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if not callable(original):
        return False
    if not getattr(original, "quizapp_faster", False):
        setattr(feature, _CHECK, faster_check(original))
    return True
