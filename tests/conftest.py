"""Shared test set-up: an offscreen Qt platform, a private data folder, a fresh bank.

Both environment settings happen at import, before any test module imports Qt or asks
platformdirs for the user's data folder, and subprocesses started by tests inherit them:
no test ever touches the real bank in the user's home.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="quizapp-tests-"))
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SESSION_HOME / _variable.lower())

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
PROJECT_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _private_data_home() -> Iterator[Path]:
    """Keep the session's private data folder until the end, then remove it."""
    yield _SESSION_HOME
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of test fixtures (``tests/fixtures``)."""
    return FIXTURES_DIR


@pytest.fixture
def harbour_set():
    """The example question set ``harbour-fire.yaml``, loaded."""
    from quizapp.core.files import load_question_set

    return load_question_set(FIXTURES_DIR / "harbour-fire.yaml")


@pytest.fixture
def bank(tmp_path: Path):
    """A fresh, empty bank file in the test's temporary folder, closed afterwards."""
    from quizapp.core.bank import Bank

    opened = Bank.open(tmp_path / "bank.sqlite3")
    yield opened
    opened.close()
