"""Killing the program mid-quiz loses no acknowledged answer, and the attempt resumes."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reliability import make_drill_bank, run_crash_trials  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def test_fifty_kills_lose_no_acknowledged_answer(tmp_path: Path) -> None:
    """50 SIGKILLs at random moments: every ACKed answer is stored and the attempt resumes."""
    bank_path = tmp_path / "bank.sqlite3"
    make_drill_bank(bank_path, questions=12)
    report = run_crash_trials(
        bank_path, kills=50, seed=20261124, min_acknowledged=50, min_resumes=25, max_kills=200
    )
    assert report.failures == []
    assert report.kills >= 50
    assert report.lost == 0
    # The trials must really have answered and resumed, or they proved nothing.
    assert report.acknowledged >= 50
    assert report.resumes_checked >= 25
