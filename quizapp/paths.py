"""Where things live: the user's data folder, the bundled bank and assets.

Installed from a wheel, ``questions/`` and ``assets/`` sit inside the package as
``quizapp/_bundled/``; in a checkout (or an editable install, which does not apply
hatchling's force-include) they sit beside the package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "quizapp"
PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The user's data folder for quizapp, as platformdirs names it.

    On Linux that is the XDG rule, ``$XDG_DATA_HOME`` (when absolute) or
    ``~/.local/share``, then ``quizapp``: worked out here, because importing platformdirs
    costs about 5 ms of every start. Every other system asks platformdirs.
    """
    if sys.platform == "linux" and not hasattr(sys, "getandroidapilevel"):
        base = os.environ.get("XDG_DATA_HOME", "")
        if not os.path.isabs(base):
            base = os.path.join(_home(), ".local", "share")
        return Path(base) / APP_NAME
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def _home() -> str:
    """$HOME when it is an absolute path, else the account's home folder."""
    home = os.environ.get("HOME", "")
    if os.path.isabs(home):
        return home
    import pwd

    return pwd.getpwuid(os.getuid()).pw_dir


def default_db_path() -> Path:
    return data_dir() / "bank.sqlite3"


def _bundled(name: str) -> Path:
    installed = PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / name


def questions_dir() -> Path:
    return _bundled("questions")


def assets_dir() -> Path:
    return _bundled("assets")
