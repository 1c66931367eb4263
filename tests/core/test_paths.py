"""The data folder is the one platformdirs names, without importing it at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import paths

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        ("/srv/data", "/home/ada"),  # XDG_DATA_HOME wins
        (None, "/home/ada"),  # unset: ~/.local/share
        ("", "/home/ada"),  # empty: as unset
        ("relative/data", "/home/ada"),  # not absolute: ignored, as the XDG rule says
        ("/srv/data/", "/home/ada/"),  # trailing slashes
    ],
)
def test_the_data_folder_is_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str
) -> None:
    """Whatever XDG_DATA_HOME and HOME say, quizapp's data folder is platformdirs' answer."""
    from platformdirs import user_data_path

    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    assert paths.data_dir() == user_data_path(paths.APP_NAME, appauthor=False)
    assert paths.default_db_path() == paths.data_dir() / "bank.sqlite3"


def test_a_relative_home_falls_back_to_the_account(monkeypatch: pytest.MonkeyPatch) -> None:
    """A HOME that is not an absolute path is not used: the account's home folder is."""
    import pwd

    if sys.platform != "linux":
        pytest.skip("the rule worked out by quizapp is Linux's")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "not/absolute")
    account = Path(pwd.getpwuid(os.getuid()).pw_dir)
    assert paths.data_dir() == account / ".local" / "share" / "quizapp"


def test_the_data_folder_does_not_import_platformdirs_on_linux() -> None:
    """Finding the bank on Linux leaves platformdirs unimported (5 ms of every start)."""
    code = (
        "import sys; from quizapp import paths; paths.default_db_path(); "
        "print('platformdirs' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ("False" if sys.platform == "linux" else "True")
