"""Print the reliability report: crashes, damaged files, two programs at once, fuzzing.

    python scripts/reliability_report.py [--kills 50] [--seconds 3] [--fuzz 500] [--seed 8]

Runs the same harness as the tests (``tests/core/reliability.py``) on banks in a temporary
folder and prints what happened; exits 1 if any answer was lost or anything crashed.
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "tests" / "core"))

from reliability import (  # noqa: E402
    DAMAGE_KINDS,
    make_drill_bank,
    run_concurrent_writers,
    run_crash_trials,
    run_damage_case,
    run_fuzz,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50, help="SIGKILLs (default 50)")
    parser.add_argument("--seconds", type=float, default=3.0, help="concurrent writing time")
    parser.add_argument("--fuzz", type=int, default=500, help="generated question files")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()

    failures: list[str] = []
    lines: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="quizapp-reliability-") as folder:
        work = Path(folder)

        crash_bank = work / "crash" / "bank.sqlite3"
        crash_bank.parent.mkdir()
        make_drill_bank(crash_bank, questions=12)
        crash = run_crash_trials(crash_bank, kills=args.kills, seed=args.seed)
        failures += crash.failures
        survived = crash.kills - len({f.split(":")[0] for f in crash.failures})
        lines.append(
            f"{'Crashes (SIGKILL)':<22}{crash.kills} kills, {survived} survived with every"
            f" acknowledged answer; {crash.acknowledged:,} answers acknowledged,"
            f" {crash.lost} lost; {crash.resumes_checked} resumes checked"
        )

        rng = random.Random(args.seed)
        outcomes = [run_damage_case(work / "damage" / kind, kind, rng) for kind in DAMAGE_KINDS]
        for outcome in outcomes:
            failures += outcome.failures
        lines.append(
            f"{'Damaged files':<22}{len(outcomes)} kinds ({', '.join(DAMAGE_KINDS)}):"
            f" {sum(o.detected for o in outcomes)} detected,"
            f" {sum(o.moved for o in outcomes)} moved aside intact,"
            f" {sum(o.restored for o in outcomes)} restored from a backup,"
            f" {sum(o.started_new for o in outcomes)} new banks started"
        )

        concurrent_bank = work / "concurrent" / "bank.sqlite3"
        concurrent_bank.parent.mkdir()
        drill = make_drill_bank(concurrent_bank, questions=12)
        concurrent = run_concurrent_writers(
            concurrent_bank, seconds=args.seconds, writers=2, reimport=drill
        )
        failures += concurrent.failures
        lines.append(
            f"{'Two programs at once':<22}{concurrent.writers} writers for {args.seconds:g} s"
            f" (one re-importing): {concurrent.acknowledged:,} writes acknowledged"
            f" ({' + '.join(f'{n:,}' for n in concurrent.per_writer)}),"
            f" {concurrent.stored:,} stored, {concurrent.lost} lost,"
            f" {len(concurrent.failures)} errors"
        )

        fuzz = run_fuzz(work / "fuzz", examples=args.fuzz, seed=args.seed)
        failures += fuzz.failures
        lines.append(
            f"{'Fuzzed files':<22}{fuzz.cases:,} question files ({fuzz.accepted:,} imported,"
            f" {fuzz.rejected:,} refused with a message): {len(fuzz.failures)} unexpected"
            " errors or partial writes"
        )

    print(
        f"quizapp reliability report — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC,"
        f" Python {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
        f" {platform.system()}, seed {args.seed}, {time.monotonic() - started:.0f} s"
    )
    for line in lines:
        print("  " + line)
    if failures:
        print(f"FAILED: {len(failures)} problems")
        for failure in failures[:30]:
            print("  - " + failure)
        return 1
    print("OK: no answer lost, no crash, no damaged file left unnoticed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
