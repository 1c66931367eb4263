"""Build the fixture bank of one released schema: ``tests/fixtures/schemas/<migration>.sqlite3``.

    python scripts/make_schema_fixture.py                 # the newest schema
    python scripts/make_schema_fixture.py m001_initial    # the schema as of that migration
    python scripts/make_schema_fixture.py m001_initial --out /tmp/fixtures

Run it when a schema is released, before the next migration is added, and commit the file:
``tests/core/test_upgrades.py`` opens every file in that folder with the current code,
upgrades it and checks that every row is kept. Nothing else needs changing.

The bank holds the same small but full set of rows for every schema: the harbour-fire
question set; "Ada" with an unfinished attempt (two answers) and "Ben" with a finished one
(every answer); the setting ``school``; and, when the schema has them, Ben's practice
(a sitting, a review with its card, a daily goal), the origin of his attempt, and a
class list with Ben's code used by his attempt.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from sqlite_utils import Database  # noqa: E402

from quizapp.core.bank import Bank, migrations  # noqa: E402
from quizapp.core.files import load_question_set  # noqa: E402
from quizapp.core.session import QuizSession  # noqa: E402

HARBOUR = PROJECT / "tests" / "fixtures" / "harbour-fire.yaml"
SCHEMAS = PROJECT / "tests" / "fixtures" / "schemas"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
# The answers given, by question id (harbour-fire.yaml).
ANSWERS = {
    "fire-speculation": {"marks": [[0, 58, 74]]},
    "fire-toll": {"marks": [], "verdict": "conflict", "reasons": [0]},
    "fire-source": {"choices": [0]},
    "fire-labels": {"labels": {}},
}


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def fill_m001(bank: Bank) -> None:
    """Sets, profiles, attempts, responses and settings."""
    bank.import_sets([load_question_set(HARBOUR)])
    clock = Clock()
    ben = bank.add_profile("Ben")
    finished = QuizSession.start(bank, ben.id, "harbour-fire", clock)
    for index, question in enumerate(finished.questions):
        finished.submit(index, ANSWERS[question.id])
    finished.finish()
    ada = bank.add_profile("Ada")
    unfinished = QuizSession.start(bank, ada.id, "harbour-fire", clock)
    for index in range(2):
        unfinished.submit(index, ANSWERS[unfinished.questions[index].id])
    bank.set_setting("school", "Harbour High")


def fill_m002(bank: Bank) -> None:
    """Practice: a sitting, one review with its card, a daily goal."""
    ben = next(profile for profile in bank.profiles() if profile.name == "Ben")
    started = (START + timedelta(days=1)).isoformat(timespec="seconds")
    sitting = bank.start_practice_session(ben.id, started)
    bank.save_practice_review(
        ben.id,
        sitting,
        "harbour-fire",
        "fire-source",
        ["unconfirmed"],
        ANSWERS["fire-source"],
        1.0,
        1.0,
        1.0,
        3,
        4200,
        started,
        '{"card_id": 1, "state": 2, "step": null, "stability": 3.2, "difficulty": 5.1,'
        ' "due": "2026-01-09T09:00:00+00:00", "last_review": "2026-01-06T09:00:00+00:00"}',
        "2026-01-09T09:00:00+00:00",
    )
    bank.end_practice_session(sitting, (START + timedelta(days=1, minutes=5)).isoformat())
    bank.set_profile_setting(ben.id, "daily_goal", "10")


def fill_m003(bank: Bank) -> None:
    """Results: where Ben's attempt came from."""
    (attempt_id,) = bank.db.execute("SELECT MIN(id) FROM attempts").fetchone()
    bank.record_local_origin(attempt_id, "0123456789abcdef" * 4)


def fill_m004(bank: Bank) -> None:
    """Class lists: Ada and Ben on harbour-fire's list, Ben's attempt started with his
    code and that code used by it."""
    (attempt_id,) = bank.db.execute("SELECT MIN(id) FROM attempts").fetchone()
    bank.add_roster("harbour-fire", [("Ada", "1001", "A0A0A0A0"), ("Ben", "1002", "B1B1B1B1")])
    bank.set_attempt_code(attempt_id, "B1B1B1B1")
    with bank.db.atomic():
        bank.record_roster_use("harbour-fire", "B1B1B1B1", attempt_id, "ben.json")


FILLERS: dict[str, Callable[[Bank], None]] = {
    "m001_initial": fill_m001,
    "m002_practice": fill_m002,
    "m003_results": fill_m003,
    "m004_roster": fill_m004,
}


def build(target: str, out_dir: Path) -> Path:
    names = [migration.name for migration in migrations._migrations]
    if target not in names:
        raise SystemExit(f"unknown migration {target!r}; known: {', '.join(names)}")
    applied = names[: names.index(target) + 1]
    missing = [name for name in applied if name not in FILLERS]
    if missing:
        raise SystemExit(f"add a filler for {', '.join(missing)} to {Path(__file__).name}")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{target}.sqlite3"
    if path.exists():
        raise SystemExit(f"{path} exists: a released schema's fixture is never rebuilt")
    db = Database(sqlite3.connect(path))
    # Small pages: a page per table and index is most of the file (the fixtures stay small).
    db.execute("PRAGMA page_size = 1024")
    later = names[names.index(target) + 1 :]
    migrations.apply(db, stop_before=later[0] if later else None)
    db.execute("PRAGMA foreign_keys = ON")
    bank = Bank(db, path)
    for name in applied:
        FILLERS[name](bank)
    db.execute("VACUUM")
    bank.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("migration", nargs="?", help="the newest migration of the schema")
    parser.add_argument("--out", type=Path, default=SCHEMAS, help="folder to write into")
    args = parser.parse_args()
    target = args.migration or migrations._migrations[-1].name
    path = build(target, args.out)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
