"""Save dialogs start in the user's Documents folder, then where the user saved last."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from quizapp.ui import save_folder


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    save_folder.forget()
    yield
    save_folder.forget()


def test_first_save_starts_in_documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With nothing chosen yet, a suggested file name is put in the Documents folder, or
    in the home folder when there is no Documents folder."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    assert save_folder.start_path("ann.quizresults.json") == str(documents / "ann.quizresults.json")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "gone"))
    assert save_folder.start_path("a.csv") == str(Path.home() / "a.csv")


def test_every_save_dialog_starts_where_the_user_saved_last(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """After saving into a folder (say a USB stick), the next dialog of any kind opens
    there; a suggestion that names its own folder is kept as it is."""
    stick = tmp_path / "stick"
    stick.mkdir()
    started: list[str] = []

    def dialog(_parent, _caption, start, _filters):  # what the user does in the dialog
        started.append(start)
        return str(stick / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    from quizapp.ui.dashboard.view import FileDialogs
    from quizapp.ui.prompter import Prompter
    from quizapp.ui.studio.common import ask_save_path

    assert Prompter().save_path(None, "Save results file", "ann.json", "*.json")
    assert ask_save_path(None, "Export set", "harbour.yaml", "*.yaml")
    assert FileDialogs().save_file(None, "Export CSV", "grades.csv", "*.csv")
    assert Path(started[0]).parent != stick
    assert started[1:] == [str(stick / "harbour.yaml"), str(stick / "grades.csv")]
    assert save_folder.start_path(str(tmp_path / "here.csv")) == str(tmp_path / "here.csv")
