"""Shared test set-up: an offscreen Qt platform, a private data folder, a fresh bank.

Both environment settings happen at import, before any test imports Qt or asks platformdirs
for the user's data folder (it reads them on each call); subprocesses started by tests
inherit them. No test ever touches the real bank in the user's home.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.core.model import QuestionSet

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="quizapp-tests-"))
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SESSION_HOME / _variable.lower())
# Removed when pytest exits, however the session ends (also after --collect-only).
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of test fixtures (``tests/fixtures``)."""
    return FIXTURES_DIR


@pytest.fixture
def harbour_set() -> QuestionSet:
    """The example question set ``harbour-fire.yaml``, loaded."""
    return load_question_set(FIXTURES_DIR / "harbour-fire.yaml")


@pytest.fixture
def bank(tmp_path: Path) -> Iterator[Bank]:
    """A fresh, empty bank file in the test's temporary folder, closed afterwards."""
    opened = Bank.open(tmp_path / "bank.sqlite3")
    yield opened
    opened.close()
