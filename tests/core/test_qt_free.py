"""The core and the command line never load Qt (each check runs in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def python(code: str) -> str:
    """Run ``code`` in a fresh interpreter from the project folder; return its stdout."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_api_and_cli_do_not_load_qt() -> None:
    """Importing the package, files, bank, scoring and the CLI leaves PySide6 unloaded."""
    code = (
        "import quizapp, quizapp.core.files, quizapp.core.bank, quizapp.core.scoring, "
        "quizapp.cli, sys; print('PySide6' in sys.modules)"
    )
    assert python(code) == "False"


def test_top_level_api_does_not_load_qt() -> None:
    """Using the top-level API (load a set, score an answer) leaves PySide6 unloaded."""
    fixture = PROJECT_DIR / "tests" / "fixtures" / "harbour-fire.yaml"
    code = (
        "import sys, quizapp\n"
        f"question = quizapp.load_question_set({str(fixture)!r}).questions[0]\n"
        "quizapp.score(question, {'marks': []})\n"
        "print('PySide6' in sys.modules)"
    )
    assert python(code) == "False"


def _core_modules() -> list[str]:
    core = PROJECT_DIR / "quizapp" / "core"
    names = []
    for path in sorted(core.rglob("*.py")):
        parts = path.relative_to(PROJECT_DIR).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_no_core_module_loads_qt() -> None:
    """Every module of quizapp.core imports without loading PySide6 (the first that does
    is named)."""
    modules = _core_modules()
    assert "quizapp.core.bank" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'PySide6' in sys.modules:\n"
        "        print(name)\n"
        "        break\n"
        "else:\n"
        "    print('none')"
    )
    assert python(code) == "none"
