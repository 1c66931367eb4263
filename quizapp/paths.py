"""Where things live: the user's data folder, the bundled bank and assets.

Installed from a wheel, ``questions/`` and ``assets/`` sit inside the package as
``quizapp/_bundled/``; in a checkout (or an editable install, which does not apply
hatchling's force-include) they sit beside the package.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "quizapp"
PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


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
