"""PySide's per-import check, made cheaper, still gives PySide's own answers."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

import quizapp.core.model
import quizapp.ui.main_window
from quizapp.ui import pyside_imports


def test_the_faster_check_is_installed_once_quizapp_ui_is_imported() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide has no per-import check to make faster")
    assert pyside_imports.install() is True
    assert getattr(feature._mod_uses_pyside, "quizapp_faster", False)
    check = feature._mod_uses_pyside
    assert pyside_imports.install() is True
    assert feature._mod_uses_pyside is check  # not wrapped twice


@pytest.mark.parametrize(
    "module",
    [quizapp.ui.main_window, quizapp.core.model, json, sys, pyside_imports],
    ids=lambda module: module.__name__,
)
def test_the_faster_check_agrees_with_the_original(module: types.ModuleType) -> None:
    calls: list[str] = []

    def original(checked: types.ModuleType) -> bool:
        calls.append(checked.__name__)
        return False

    faster = pyside_imports.faster_check(original)
    source = Path(module.__file__).read_text(encoding="utf-8") if module is not sys else ""
    assert faster(module) is ("PySide6" in source)


def test_modules_without_a_python_file_go_to_the_original_check(tmp_path: Path) -> None:
    asked: list[str] = []

    def original(checked: types.ModuleType) -> bool:
        asked.append(checked.__name__)
        return True

    faster = pyside_imports.faster_check(original)
    no_file = types.ModuleType("no_file")
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.so")
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert faster(no_file) is True
    assert faster(compiled) is True
    assert faster(gone) is True  # the file vanished: PySide decides
    assert asked == ["no_file", "compiled", "gone"]
