"""The question bank: import and read back, atomic imports, profiles, attempts, drawing
questions, and damaged files."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.bank import Bank, BankError, migrations
from quizapp.core.files import dump_question_set, load_question_set, loads_question_set
from quizapp.core.model import QuestionSet, QuizSettings

QUESTIONS_DIR = Path(__file__).resolve().parents[2] / "questions"
BUNDLED = sorted(QUESTIONS_DIR.glob("*.yaml"))


def skills_set(set_id: str = "skills", per_skill: int = 6) -> QuestionSet:
    """A set with ``per_skill`` highlight questions for each built-in label, and choices."""
    lines = [
        "quizapp: 1",
        f"id: {set_id}",
        "title: Skills",
        "articles:",
        "  - id: a",
        "    text: |",
        "      [Nine dead]{.figure}, and it [may spread]{.speculation},",
        "      [sources say]{.unconfirmed}.",
        "questions:",
    ]
    for skill in ("figure", "speculation", "unconfirmed"):
        for number in range(per_skill):
            lines += [
                f"  - id: {skill}-{number}",
                "    type: highlight",
                f"    prompt: Mark the {skill}.",
                "    excerpt: {article: a}",
                f"    targets: [{skill}]",
            ]
    lines += [
        "  - id: choice-untagged",
        "    type: choice",
        "    prompt: Pick one.",
        "    options: [{text: A, correct: true}, B]",
    ]
    return loads_question_set("\n".join(lines) + "\n")


def row_counts(bank: Bank) -> dict[str, int]:
    """Rows in every table that holds question-set content or student work."""
    tables = ("sets", "articles", "spans", "questions", "question_skills", "question_tags")
    tables += ("profiles", "attempts", "responses")
    return {t: bank.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


# --- import and read back -----------------------------------------------------------------


def test_import_then_read_back(bank: Bank, harbour_set: QuestionSet) -> None:
    """An imported set reads back equal: whole, question by question, and in order."""
    assert bank.import_sets([harbour_set]) == [("harbour-fire", "added")]
    assert bank.question_set("harbour-fire") == harbour_set
    assert bank.questions("harbour-fire") == list(harbour_set.questions)
    assert bank.question_ids("harbour-fire") == [q.id for q in harbour_set.questions]
    for question in harbour_set.questions:
        assert bank.question("harbour-fire", question.id) == question
    assert bank.article("harbour-fire", "report-b") == harbour_set.article("report-b")


def test_read_back_survives_reopening(tmp_path: Path, harbour_set: QuestionSet) -> None:
    """What was imported is there after closing and opening the bank again."""
    first = Bank.open(tmp_path / "bank.sqlite3")
    first.import_sets([harbour_set])
    first.close()
    second = Bank.open(tmp_path / "bank.sqlite3")
    try:
        assert second.question_set("harbour-fire") == harbour_set
    finally:
        second.close()


def test_unknown_set_and_question(bank: Bank, harbour_set: QuestionSet) -> None:
    """Asking for a set or question that is not there raises KeyError."""
    bank.import_sets([harbour_set])
    with pytest.raises(KeyError):
        bank.question_set("nope")
    with pytest.raises(KeyError):
        bank.question("harbour-fire", "nope")
    assert not bank.has_set("nope")


def test_reimport_updates_in_place(bank: Bank, harbour_set: QuestionSet) -> None:
    """Importing a set again replaces it in place: no duplicate rows, the change visible,
    and the students' attempts and answers kept."""
    bank.import_sets([harbour_set])
    profile = bank.add_profile("Ada")
    attempt = bank.start_attempt(
        profile.id, "harbour-fire", ["fire-speculation"], QuizSettings(), "2024-01-01T09:00:00"
    )
    bank.save_response(attempt.id, "fire-speculation", 0, {"marks": []}, 0.0, 1.0, "t")
    before = row_counts(bank)

    changed_question = dataclasses.replace(harbour_set.questions[0], prompt="Mark the guesses.")
    changed = dataclasses.replace(
        harbour_set, questions=(changed_question, *harbour_set.questions[1:])
    )
    assert bank.import_sets([changed]) == [("harbour-fire", "updated")]

    assert row_counts(bank) == before
    assert bank.question("harbour-fire", "fire-speculation").prompt == "Mark the guesses."
    assert bank.question_set("harbour-fire") == changed
    assert bank.attempt(attempt.id) is not None
    assert [r.question_id for r in bank.responses(attempt.id)] == ["fire-speculation"]


def test_reimport_changes_fingerprint(bank: Bank, harbour_set: QuestionSet) -> None:
    """The stored fingerprint follows the content: same set same print, changed set new one."""
    bank.import_sets([harbour_set])
    first = bank.set_fingerprint("harbour-fire")
    bank.import_sets([harbour_set])
    assert bank.set_fingerprint("harbour-fire") == first
    bank.import_sets([dataclasses.replace(harbour_set, title="Another title")])
    assert bank.set_fingerprint("harbour-fire") != first


def test_import_is_atomic(
    bank: Bank, harbour_set: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When storing the second set fails, nothing of the first is written either, and a set
    already in the bank keeps its old content."""
    bank.import_sets([harbour_set])
    before = row_counts(bank)
    store = Bank._store_set
    calls: list[str] = []

    def failing_store(self: Bank, question_set: QuestionSet) -> str:
        calls.append(question_set.id)
        if len(calls) == 2:
            raise sqlite3.IntegrityError("simulated failure in the middle of an import")
        return store(self, question_set)

    monkeypatch.setattr(Bank, "_store_set", failing_store)
    renamed = dataclasses.replace(harbour_set, title="Changed title")
    with pytest.raises(sqlite3.IntegrityError):
        bank.import_sets([renamed, skills_set()])

    assert calls == ["harbour-fire", "skills"]
    assert row_counts(bank) == before
    assert not bank.has_set("skills")
    assert bank.question_set("harbour-fire").title == harbour_set.title


def test_delete_set(bank: Bank, harbour_set: QuestionSet) -> None:
    """Deleting a set removes all its rows and nothing else."""
    bank.import_sets([harbour_set, skills_set()])
    bank.delete_set("harbour-fire")
    assert bank.set_ids() == ["skills"]
    for table in ("articles", "spans", "questions", "question_skills", "question_tags"):
        rows = bank.db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE set_id = 'harbour-fire'"
        ).fetchone()[0]
        assert rows == 0, table


# --- export round trip --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml", *BUNDLED],
    ids=lambda path: path.name,
)
def test_export_round_trip(bank: Bank, path: Path) -> None:
    """A set exported from the bank loads back equal to what the bank holds (and to the
    file it came from)."""
    original = load_question_set(path)
    bank.import_sets([original])
    stored = bank.question_set(original.id)
    assert stored == original
    reloaded = loads_question_set(dump_question_set(stored))
    assert reloaded == stored


def test_bundled_sets_exist() -> None:
    """The bundled question bank is there to test (otherwise the round trip above is thin)."""
    if not BUNDLED:
        pytest.skip("no bundled question sets yet")
    assert all(path.suffix == ".yaml" for path in BUNDLED)


# --- the file -----------------------------------------------------------------------------


def test_wal_and_foreign_keys(bank: Bank) -> None:
    """The bank runs in WAL mode with foreign keys enforced."""
    assert bank.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert bank.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        bank.db.execute(
            "INSERT INTO questions (set_id, question_id, position) VALUES ('nope', 'q', 0)"
        )


def test_migrations_recorded(tmp_path: Path) -> None:
    """Every migration is applied and recorded, in order, and reopening applies none again."""
    bank = Bank.open(tmp_path / "bank.sqlite3")
    try:
        applied = bank.schema_version()
        assert applied[0] == "m001_initial"
        assert applied == sorted(applied)
        assert migrations.pending(bank.db) == []
    finally:
        bank.close()
    again = Bank.open(tmp_path / "bank.sqlite3")
    try:
        assert again.schema_version() == applied
    finally:
        again.close()


# --- profiles and attempts ----------------------------------------------------------------


def test_profiles_are_unique_ignoring_case(bank: Bank) -> None:
    """A profile name is unique whatever its case and spacing; adding it again returns it."""
    ada = bank.add_profile("Ada  Lovelace")
    assert ada.name == "Ada Lovelace"
    assert bank.add_profile(" ada lovelace ") == ada
    assert bank.add_profile("Grace") != ada
    assert [profile.name for profile in bank.profiles()] == ["Ada Lovelace", "Grace"]
    with pytest.raises(sqlite3.IntegrityError):
        bank.db.execute("INSERT INTO profiles (name) VALUES ('ADA LOVELACE')")


@pytest.mark.parametrize("name", ["", "   ", "x" * 81], ids=["empty", "blank", "too-long"])
def test_bad_profile_names(bank: Bank, name: str) -> None:
    """An empty or overlong profile name is refused with a ValueError."""
    with pytest.raises(ValueError):
        bank.add_profile(name)
    assert bank.profiles() == []


def test_answers_are_committed_at_once(bank: Bank, harbour_set: QuestionSet) -> None:
    """An attempt and each submitted answer are visible to a second connection at once."""
    bank.import_sets([harbour_set])
    profile = bank.add_profile("Ada")
    attempt = bank.start_attempt(
        profile.id, "harbour-fire", ["fire-source"], QuizSettings(), "2024-01-01T09:00:00"
    )
    bank.save_response(attempt.id, "fire-source", 0, {"choices": [0]}, 1.0, 1.0, "t1")

    other = sqlite3.connect(str(bank.path))
    try:
        row = other.execute(
            "SELECT response_json, points FROM responses WHERE attempt_id = ?", [attempt.id]
        ).fetchone()
        assert row == ('{"choices": [0]}', 1.0)
        bank.finish_attempt(attempt.id, "2024-01-01T09:05:00")
        finished = other.execute(
            "SELECT finished_at FROM attempts WHERE id = ?", [attempt.id]
        ).fetchone()
        assert finished == ("2024-01-01T09:05:00",)
    finally:
        other.close()


def test_responses_replace_and_order(bank: Bank, harbour_set: QuestionSet) -> None:
    """Answering a question again replaces its answer; answers come back in quiz order."""
    bank.import_sets([harbour_set])
    profile = bank.add_profile("Ada")
    ids = ["fire-toll", "fire-source"]
    attempt = bank.start_attempt(profile.id, "harbour-fire", ids, QuizSettings(), "t0")
    bank.save_response(attempt.id, "fire-source", 1, {"choices": [1]}, 0.0, 1.0, "t1")
    bank.save_response(attempt.id, "fire-toll", 0, {"marks": []}, 0.0, 3.0, "t2")
    bank.save_response(attempt.id, "fire-source", 1, {"choices": [0]}, 1.0, 1.0, "t3")
    responses = bank.responses(attempt.id)
    assert [(r.question_id, r.response, r.points) for r in responses] == [
        ("fire-toll", {"marks": []}, 0.0),
        ("fire-source", {"choices": [0]}, 1.0),
    ]
    assert bank.attempt(attempt.id).question_ids == tuple(ids)


def test_unfinished_attempt(bank: Bank, harbour_set: QuestionSet) -> None:
    """The newest unfinished attempt of a profile is found (to resume); finished ones not."""
    bank.import_sets([harbour_set])
    ada, grace = bank.add_profile("Ada"), bank.add_profile("Grace")
    assert bank.unfinished_attempt(ada.id) is None
    settings = QuizSettings(feedback="end", time_limit_minutes=10)
    older = bank.start_attempt(ada.id, "harbour-fire", ["fire-toll"], settings, "t0")
    newer = bank.start_attempt(ada.id, "harbour-fire", ["fire-source"], settings, "t1", "t9")
    resumed = bank.unfinished_attempt(ada.id)
    assert resumed is not None
    assert (resumed.id, resumed.question_ids, resumed.deadline) == (
        newer.id,
        ("fire-source",),
        "t9",
    )
    assert resumed.settings == settings
    assert bank.unfinished_attempt(grace.id) is None
    bank.finish_attempt(newer.id, "t2")
    assert bank.unfinished_attempt(ada.id).id == older.id
    bank.finish_attempt(older.id, "t3")
    assert bank.unfinished_attempt(ada.id) is None


# --- drawing questions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("skill", "count", "expected"),
    [
        pytest.param("speculation", 4, 4, id="fewer-than-available"),
        # 6 in the skills set, and fire-speculation and fire-labels in harbour-fire.
        pytest.param("speculation", 50, 8, id="capped-at-available"),
        pytest.param("speculation", 8, 8, id="exactly-all"),
        pytest.param("rumour", 5, 0, id="unknown-skill"),
        pytest.param(None, 100, 19, id="any-skill-includes-untagged"),
    ],
)
def test_draw_questions_by_skill(
    bank: Bank, harbour_set: QuestionSet, skill: str | None, count: int, expected: int
) -> None:
    """Drawing by skill gives only questions of that skill, none twice, at most ``count``."""
    bank.import_sets([skills_set(), harbour_set])
    set_filter = "skills" if skill is None else None
    drawn = bank.draw_questions(count, skill=skill, set_id=set_filter)
    assert len(drawn) == expected
    assert len(set(drawn)) == len(drawn)
    for set_id, question_id in drawn:
        question = bank.question(set_id, question_id)
        if skill is not None:
            assert skill in question.skills
        else:
            assert set_id == "skills"


def test_draw_questions_across_sets(bank: Bank, harbour_set: QuestionSet) -> None:
    """Without a set filter, questions of the skill come from every set."""
    bank.import_sets([skills_set(), harbour_set])
    drawn = bank.draw_questions(100, skill="speculation")
    assert {set_id for set_id, _ in drawn} == {"skills", "harbour-fire"}
    assert len(drawn) == 6 + 2  # fire-speculation and fire-labels target speculation


def test_draw_questions_is_deterministic_with_a_seed(bank: Bank) -> None:
    """The same seed draws the same questions in the same order."""
    bank.import_sets([skills_set(per_skill=30)])
    first = bank.draw_questions(10, skill="figure", rng=random.Random(7))
    second = bank.draw_questions(10, skill="figure", rng=random.Random(7))
    assert first == second
    draws = {tuple(bank.draw_questions(10, skill="figure", rng=random.Random(s))) for s in range(5)}
    assert len(draws) > 1  # and it is random: different seeds, different draws


# --- damaged files ------------------------------------------------------------------------


def _random_bytes() -> bytes:
    return random.Random(1).randbytes(8192)


def _valid_bank_cut_short(tmp_path: Path) -> bytes:
    source = tmp_path / "whole.sqlite3"
    bank = Bank.open(source)
    bank.import_sets([skills_set(per_skill=40)])
    bank.close()
    data = source.read_bytes()
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(lambda _: _random_bytes(), id="random-bytes"),
        pytest.param(lambda _: b"These are my notes.\n" * 200, id="text-file"),
        pytest.param(lambda _: b"SQLite format 3\x00" + bytes(84), id="header-only"),
        pytest.param(_valid_bank_cut_short, id="bank-cut-short"),
    ],
)
def test_damaged_file_is_refused_and_left_alone(tmp_path: Path, content) -> None:
    """A file that is no usable bank raises BankError with a plain message; its bytes are
    unchanged and nothing is created beside it."""
    path = tmp_path / "bank.sqlite3"
    data = content(tmp_path)
    path.write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(BankError) as caught:
        Bank.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert "Traceback" not in message
    assert "\n" not in message.strip()
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == before
