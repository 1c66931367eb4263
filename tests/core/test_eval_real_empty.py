"""scripts/eval_real.py on a part with no reports yet."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_an_empty_part_is_an_error_not_a_part_meeting_every_goal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A part whose folder holds no report exits 2 and says so, printing no scores."""
    monkeypatch.syspath_prepend(str(SCRIPTS))
    eval_real = importlib.import_module("eval_real")
    monkeypatch.setattr(eval_real, "REAL", tmp_path)
    (tmp_path / "blind7").mkdir()
    assert eval_real.main(["--subset", "blind7"]) == 2
    out, err = capsys.readouterr()
    assert "no reports in tests/data/real/blind7/" in err
    assert "goals" not in out
    assert "eval_real" in sys.modules
