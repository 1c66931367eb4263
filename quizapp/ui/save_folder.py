"""Where a save dialog starts: the folder the user saved into last in this session, else
their Documents folder (QStandardPaths), else their home folder.

Every save dialog of the program goes through ``ask_save_file``, so choosing a folder once
(say a USB stick for results files) is where the next save dialog opens too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: str | None = None


def documents_folder() -> str:
    """The user's Documents folder when it exists, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return location
    return str(Path.home())


def start_path(suggested: str) -> str:
    """``suggested`` (a file name, or a path) placed in the folder the dialog starts in.

    A suggestion that already names a folder (one the program remembered) is kept.
    """
    if suggested and Path(suggested).parent != Path("."):
        return suggested
    folder = _last_folder if _last_folder and Path(_last_folder).is_dir() else documents_folder()
    return str(Path(folder) / suggested) if suggested else folder


def remember(path: str) -> None:
    """The folder of a path the user chose to save to: the next dialog starts there."""
    global _last_folder
    _last_folder = str(Path(path).parent)


def forget() -> None:
    """Back to Documents (for tests, and a new profile)."""
    global _last_folder
    _last_folder = None


def ask_save_file(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str | None:
    """A save dialog starting in the remembered folder or Documents; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, start_path(suggested), filters)
    if path:
        remember(path)
    return path or None
