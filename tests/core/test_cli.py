"""The command line: validate, import and export as teachers and scripts use them."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import build_parser, main
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set

TESTS_DIR = Path(__file__).resolve().parents[1]
PROJECT_DIR = TESTS_DIR.parent
FIXTURE = TESTS_DIR / "fixtures" / "harbour-fire.yaml"
BAD_DIR = TESTS_DIR / "fixtures" / "bad"
BAD_FILES = sorted(BAD_DIR.glob("*.yaml"))
PROBLEM_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<message>\S.*)$")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``quizapp ARGV`` in this process; return (exit code, stdout, stderr)."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def counts(db: Path) -> dict[str, int]:
    bank = Bank.open(db)
    try:
        return bank.counts()
    finally:
        bank.close()


def renamed_fixture(folder: Path, set_id: str) -> Path:
    """A copy of the fixture set under another set id."""
    path = folder / f"{set_id}.yaml"
    path.write_text(FIXTURE.read_text().replace("id: harbour-fire", f"id: {set_id}"))
    return path


# --- validate -----------------------------------------------------------------------------


def test_validate_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    """validate exits 0 on a valid file, prints no problems and says what it checked."""
    code, out, err = run(["validate", str(FIXTURE)], capsys)
    assert code == 0
    assert out == ""
    assert "All valid: 1 set, 4 questions." in err


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda path: path.name)
def test_validate_bad_file(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """validate exits 1 on a bad file with path:line: message lines, never a traceback."""
    code, out, err = run(["validate", str(path)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines, err
    for line in lines:
        match = PROBLEM_LINE.match(line)
        assert match, line
        assert match["path"] == str(path)
    expected_line = path.read_bytes().split(b"\n", 1)[0].decode().split(": ")[1]
    assert PROBLEM_LINE.match(lines[0])["line"] == expected_line
    assert "Traceback" not in out + err
    assert re.search(r"\d+ problems? found\.", err)


def test_validate_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """validate on a folder checks every question file in it (and below it)."""
    (tmp_path / "deeper").mkdir()
    shutil.copy(FIXTURE, tmp_path / "one.yaml")
    renamed_fixture(tmp_path / "deeper", "two")
    (tmp_path / "notes.txt").write_text("not a question file")
    code, _, err = run(["validate", str(tmp_path)], capsys)
    assert code == 0
    assert "All valid: 2 sets, 8 questions." in err


def test_validate_folder_of_bad_files(capsys: pytest.CaptureFixture[str]) -> None:
    """validate on a folder reports the problems of every bad file in it."""
    code, out, err = run(["validate", str(BAD_DIR)], capsys)
    assert code == 1
    reported = {Path(PROBLEM_LINE.match(line)["path"]).name for line in out.splitlines()}
    assert reported == {path.name for path in BAD_FILES}
    assert "Traceback" not in out + err


def test_validate_mixed_good_and_bad(capsys: pytest.CaptureFixture[str]) -> None:
    """One bad file among good ones makes validate fail, naming only the bad one."""
    bad = BAD_DIR / "unknown-label.yaml"
    code, out, _ = run(["validate", str(FIXTURE), str(bad)], capsys)
    assert code == 1
    assert {PROBLEM_LINE.match(line)["path"] for line in out.splitlines()} == {str(bad)}


@pytest.mark.parametrize("name", ["nowhere.yaml", "empty-folder"])
def test_validate_missing_path(tmp_path: Path, name: str, capsys) -> None:
    """A path that does not exist, or a folder without question files, is a problem."""
    (tmp_path / "empty-folder").mkdir()
    target = tmp_path / name
    code, out, err = run(["validate", str(target)], capsys)
    assert code == 1
    assert out.strip() == f"{target}:0: no such file, or no question files in the folder"
    assert "Traceback" not in out + err


def test_validate_bundled_questions(capsys: pytest.CaptureFixture[str]) -> None:
    """The bundled question bank is valid."""
    folder = PROJECT_DIR / "questions"
    if not any(folder.glob("*.yaml")):
        pytest.skip("no bundled question sets yet")
    code, out, err = run(["validate", str(folder)], capsys)
    assert (code, out) == (0, ""), out + err


def test_validate_in_a_subprocess() -> None:
    """``python -m quizapp validate`` behaves the same as a program: exit codes, lines."""
    good = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(FIXTURE)],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        timeout=120,
    )
    assert good.returncode == 0, good.stderr
    bad_files = [str(path) for path in BAD_FILES]
    bad = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", *bad_files],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        timeout=120,
    )
    assert bad.returncode == 1
    assert "Traceback" not in bad.stdout + bad.stderr
    assert all(PROBLEM_LINE.match(line) for line in bad.stdout.splitlines())
    assert {PROBLEM_LINE.match(line)["path"] for line in bad.stdout.splitlines()} == set(bad_files)


# --- import and export --------------------------------------------------------------------


def test_import_then_export_round_trip(tmp_path: Path, capsys) -> None:
    """import, then export SET --out FILE gives a file that validates and loads equal."""
    db = tmp_path / "bank.sqlite3"
    code, out, _ = run(["import", str(FIXTURE), "--db", str(db)], capsys)
    assert code == 0
    assert "added harbour-fire: 4 questions" in out

    exported = tmp_path / "exported.yaml"
    code, _, err = run(["export", "harbour-fire", "--out", str(exported), "--db", str(db)], capsys)
    assert code == 0, err
    assert run(["validate", str(exported)], capsys)[0] == 0
    assert load_question_set(exported) == load_question_set(FIXTURE)

    code, out, _ = run(["import", str(exported), "--db", str(db)], capsys)
    assert code == 0
    assert "updated harbour-fire: 4 questions" in out


def test_export_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """export --out - writes the question file to standard output."""
    db = tmp_path / "bank.sqlite3"
    run(["import", str(FIXTURE), "--db", str(db)], capsys)
    code, out, _ = run(["export", "harbour-fire", "--out", "-", "--db", str(db)], capsys)
    assert code == 0
    assert out.startswith("quizapp: 1\nid: harbour-fire\n")


def test_import_writes_nothing_when_a_file_is_bad(tmp_path: Path, capsys) -> None:
    """import of several files, one of them bad, stores none of them."""
    db = tmp_path / "bank.sqlite3"
    assert run(["import", str(FIXTURE), "--db", str(db)], capsys)[0] == 0
    before = counts(db)
    good = renamed_fixture(tmp_path, "another-good-set")
    bad = BAD_DIR / "duplicate-ids.yaml"

    code, out, err = run(["import", str(good), str(bad), "--db", str(db)], capsys)
    assert code == 1
    assert out.startswith(f"{bad}:49: ")
    assert "Nothing was imported" in err
    assert counts(db) == before
    bank = Bank.open(db)
    try:
        assert not bank.has_set("another-good-set")
    finally:
        bank.close()


def test_import_bad_file_creates_no_bank(tmp_path: Path, capsys) -> None:
    """A failed import does not even create the bank file."""
    db = tmp_path / "bank.sqlite3"
    code, _, _ = run(["import", str(BAD_DIR / "malformed.yaml"), "--db", str(db)], capsys)
    assert code == 1
    assert not db.exists()


def test_import_duplicate_set_ids(tmp_path: Path, capsys) -> None:
    """Two files holding the same set id are refused together."""
    db = tmp_path / "bank.sqlite3"
    copy = tmp_path / "copy.yaml"
    shutil.copy(FIXTURE, copy)
    code, out, _ = run(["import", str(FIXTURE), str(copy), "--db", str(db)], capsys)
    assert code == 1
    assert f"{copy}:1: set id 'harbour-fire' is also used by {FIXTURE}" in out


def test_export_unknown_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """export of a set the bank does not hold exits 1 with a message naming the sets."""
    db = tmp_path / "bank.sqlite3"
    run(["import", str(FIXTURE), "--db", str(db)], capsys)
    out_file = tmp_path / "out.yaml"
    code, out, err = run(["export", "nope", "--out", str(out_file), "--db", str(db)], capsys)
    assert code == 1
    assert "There is no set 'nope' in the bank" in err
    assert "harbour-fire" in err
    assert "Traceback" not in out + err
    assert not out_file.exists()


def test_export_to_unwritable_place(tmp_path: Path, capsys) -> None:
    """export to a folder that does not exist exits 1 with a message, not a traceback."""
    db = tmp_path / "bank.sqlite3"
    run(["import", str(FIXTURE), "--db", str(db)], capsys)
    target = tmp_path / "missing-folder" / "out.yaml"
    code, out, err = run(["export", "harbour-fire", "--out", str(target), "--db", str(db)], capsys)
    assert code == 1
    assert f"Cannot write {target}" in err
    assert "Traceback" not in out + err


# --- help ---------------------------------------------------------------------------------


def _subcommands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    return []


@pytest.mark.parametrize("command", [None, *_subcommands()], ids=lambda c: c or "quizapp")
def test_help(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    """--help of the program and of each subcommand exits 0 and shows its usage."""
    argv = ["--help"] if command is None else [command, "--help"]
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: quizapp")
    if command is not None:
        assert f"quizapp {command}" in out


def test_core_subcommands_exist() -> None:
    """The contract's subcommands are there."""
    assert {"validate", "import", "export"} <= set(_subcommands())


def test_no_arguments_opens_the_window_on_the_default_bank(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`quizapp` alone and `quizapp --db PATH` open the window, on the right bank."""
    from quizapp import cli, paths

    opened: list[Path] = []
    monkeypatch.setattr(cli, "open_window", lambda path: opened.append(path) or 0)
    monkeypatch.setattr(paths, "default_db_path", lambda: tmp_path / "default.sqlite3")
    monkeypatch.setattr(sys, "argv", ["quizapp"])
    assert main() == 0
    assert main([]) == 0
    assert main(["--db", str(tmp_path / "other.sqlite3")]) == 0
    assert opened == [
        tmp_path / "default.sqlite3",
        tmp_path / "default.sqlite3",
        tmp_path / "other.sqlite3",
    ]
