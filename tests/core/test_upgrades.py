"""Every released schema opens with the current code, upgrades, and keeps every row.

One fixture bank per released schema lives in ``tests/fixtures/schemas/<migration>.sqlite3``
(made by ``scripts/make_schema_fixture.py``). Adding a migration means dropping the
fixture of the schema before it into that folder; these tests pick it up.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from quizapp.core import roster, safety
from quizapp.core.bank import migrations
from quizapp.core.library import open_bank
from quizapp.core.scoring import score
from quizapp.core.session import QuizSession

SCHEMAS = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
FIXTURES = sorted(SCHEMAS.glob("*.sqlite3"))
MIGRATION_NAMES = [migration.name for migration in migrations._migrations]


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name != ? ORDER BY name",
            [migrations.migrations_table],
        )
    ]


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info([{table}])")]


def _rows(connection: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    selected = ", ".join(f"[{column}]" for column in columns)
    return sorted(
        connection.execute(f"SELECT {selected} FROM [{table}]").fetchall(),
        key=repr,
    )


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return {
            table: (
                _columns(connection, table),
                _rows(connection, table, _columns(connection, table)),
            )
            for table in _tables(connection)
        }


def _applied(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return [
            row[0]
            for row in connection.execute(
                f"SELECT name FROM [{migrations.migrations_table}] WHERE migration_set = ?"
                " ORDER BY id",
                [migrations.name],
            )
        ]


def test_there_is_a_fixture_for_the_first_schema() -> None:
    """The first released schema has its fixture (and no fixture is from a future schema)."""
    assert SCHEMAS / "m001_initial.sqlite3" in FIXTURES
    for fixture in FIXTURES:
        assert fixture.stem in MIGRATION_NAMES
        assert _applied(fixture)[-1] == fixture.stem
        assert fixture.stat().st_size < 200 * 1024


@pytest.fixture(params=FIXTURES, ids=[fixture.stem for fixture in FIXTURES])
def old_bank(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A copy of one schema fixture, to be upgraded."""
    copy = tmp_path / "bank.sqlite3"
    shutil.copyfile(request.param, copy)
    return copy


def test_upgrade_keeps_every_row(old_bank: Path) -> None:
    """Every row of every table (in the columns it had) is still there after the upgrade."""
    before = _snapshot(old_bank)
    pending = [name for name in MIGRATION_NAMES if name not in _applied(old_bank)]
    bank = open_bank(old_bank)
    try:
        assert bank.schema_version() == MIGRATION_NAMES
        assert bank.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert bank.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for table, (columns, rows) in before.items():
            assert _rows(bank.db.conn, table, columns) == rows, table
    finally:
        bank.close()
    backups = safety.list_backups(old_bank)
    if pending:
        (before_upgrade,) = [b for b in backups if b.reason == f"before-{pending[0]}"]
        assert _snapshot(before_upgrade.path) == before


def test_upgraded_bank_works_through_the_api(old_bank: Path) -> None:
    """The upgraded bank reads back its set, profiles, answers and settings, and Ada's
    unfinished attempt resumes where she left it."""
    bank = open_bank(old_bank)
    try:
        assert bank.set_ids() == ["harbour-fire"]
        questions = bank.questions("harbour-fire")
        assert [q.id for q in questions] == [
            "fire-speculation",
            "fire-toll",
            "fire-source",
            "fire-labels",
        ]
        assert [p.name for p in bank.profiles()] == ["Ada", "Ben"]
        assert bank.setting("school") == "Harbour High"
        ada, ben = bank.profiles()
        resumed = QuizSession.resume(bank, ada.id)
        assert resumed is not None and resumed.current_index == 2
        assert resumed.response_for(0) == {"marks": [[0, 58, 74]]}
        assert QuizSession.resume(bank, ben.id) is None
        (finished,) = bank.db.execute(
            "SELECT id FROM attempts WHERE profile_id = ? AND finished_at IS NOT NULL", [ben.id]
        ).fetchone()
        stored = bank.responses(finished)
        assert len(stored) == 4
        by_id = {q.id: q for q in questions}
        for response in stored:
            assert score(by_id[response.question_id], response.response).points == response.points
        resumed.submit(2, {"choices": [0]})  # the upgraded bank takes new answers
        assert len(bank.responses(resumed.attempt.id)) == 3
        # Class lists work in every upgraded bank (kept from m004 on, new before it).
        had_roster = bank.roster_size("harbour-fire") > 0
        roster.load_roster(bank, "harbour-fire", roster.parse_class_list(b"Ada\nCara\n"))
        names = [entry["name"] for entry in bank.roster("harbour-fire")]
        assert names == (["Ada", "Ben", "Cara"] if had_roster else ["Ada", "Cara"])
        if had_roster:
            assert bank.roster_use("harbour-fire", "B1B1B1B1") is not None
            assert bank.attempt_code(finished) == "B1B1B1B1"
        bank.set_attempt_code(resumed.attempt.id, bank.roster("harbour-fire")[0]["code"])
    finally:
        bank.close()


def _schema(connection: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    return connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE ?"
        " ORDER BY type, name",
        [migrations.migrations_table + "%"],
    ).fetchall()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fixture.stem for fixture in FIXTURES])
def test_each_step_still_makes_its_released_schema(fixture: Path, tmp_path: Path) -> None:
    """The schema steps, applied to an empty bank up to a released one, make exactly the
    tables, indexes and SQL text that release's fixture bank has (a step's code may be
    tidied, its schema never)."""
    from sqlite_utils import Database

    names = [name for name, _, _ in migrations.steps]
    following = names[names.index(fixture.stem) + 1 :]
    with closing(sqlite3.connect(tmp_path / "fresh.sqlite3")) as connection:
        migrations.real().apply(
            Database(connection), stop_before=following[0] if following else None
        )
        fresh = _schema(connection)
    with closing(sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        released = _schema(connection)
    assert fresh == released
