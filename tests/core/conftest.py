"""Fixtures shared by the core tests."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture
def eval_real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """scripts/eval_real.py, reading its parts from ``tmp_path`` (the header-dates tests)."""
    monkeypatch.syspath_prepend(str(SCRIPTS))
    module = importlib.import_module("eval_real")
    monkeypatch.setattr(module, "REAL", tmp_path)
    return module
