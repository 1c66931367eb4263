"""Two programs on one bank at once: no "database is locked" error, no lost answer."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reliability import make_drill_bank, run_concurrent_writers  # noqa: E402


def test_two_writers_for_three_seconds_lose_nothing(tmp_path: Path) -> None:
    """Two processes answer on one bank for ~3 s (one also re-imports the set): every
    acknowledged answer is stored and neither process sees an error."""
    bank_path = tmp_path / "bank.sqlite3"
    drill = make_drill_bank(bank_path, questions=12)
    report = run_concurrent_writers(bank_path, seconds=3.0, writers=2, reimport=drill)
    if min(report.per_writer, default=0) < 20:
        # A machine busy with other work gives each writer fewer turns: give them longer,
        # on a new bank, since the stored rows are counted against this run's answers.
        bank_path = tmp_path / "longer.sqlite3"
        drill = make_drill_bank(bank_path, questions=12)
        report = run_concurrent_writers(bank_path, seconds=10.0, writers=2, reimport=drill)
    assert report.failures == []
    assert report.stored == report.acknowledged
    # Both really wrote, many times each, or the test proved nothing.
    assert len(report.per_writer) == 2 and min(report.per_writer) >= 20
