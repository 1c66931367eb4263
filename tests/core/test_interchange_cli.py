"""The command line for interchange formats: export --format, import of QTI packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``quizapp ARGV`` in this process; return (exit code, stdout, stderr)."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A bank with the harbour-fire set imported."""
    path = tmp_path / "bank.sqlite3"
    assert run(["--db", str(path), "import", str(FIXTURE)], capsys)[0] == 0
    return path


def test_qti_export_then_import_into_another_bank(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """export --format qti writes a package that `quizapp import` loads into a new bank
    as the same set."""
    package = tmp_path / "harbour.zip"
    code, _, err = run(
        ["--db", str(db), "export", "harbour-fire", "--format", "qti", "--out", str(package)],
        capsys,
    )
    assert code == 0
    assert f"Wrote {package}: 4 questions as qti." in err
    other = tmp_path / "other.sqlite3"
    code, out, _ = run(["--db", str(other), "import", str(package)], capsys)
    assert code == 0
    assert "added harbour-fire: 4 questions" in out
    bank = Bank.open(other)
    try:
        assert bank.question_set("harbour-fire").questions == (load_question_set(FIXTURE).questions)
    finally:
        bank.close()


def test_import_of_a_bad_package_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .zip that is no package is named with a message; the bank stays empty."""
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    other = tmp_path / "other.sqlite3"
    code, out, err = run(["--db", str(other), "import", str(bad), str(FIXTURE)], capsys)
    assert code == 1
    assert f"{bad}:0: not a readable zip file" in out
    assert "Nothing was imported" in err
    assert "Traceback" not in out + err


def test_import_of_a_folder_takes_its_packages_too(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp import FOLDER` loads the question files and the QTI packages inside it;
    a package and a file holding the same set id are refused, naming both."""
    folder = tmp_path / "from-the-lms"
    (folder / "sub").mkdir(parents=True)
    package = folder / "sub" / "harbour.zip"
    run(
        ["--db", str(db), "export", "harbour-fire", "--format", "qti", "--out", str(package)],
        capsys,
    )
    other = tmp_path / "other.sqlite3"
    code, out, _ = run(["--db", str(other), "import", str(folder)], capsys)
    assert code == 0, out
    assert "added harbour-fire: 4 questions" in out
    (folder / "harbour-fire.yaml").write_text(FIXTURE.read_text(encoding="utf-8"), "utf-8")
    third = tmp_path / "third.sqlite3"
    code, out, err = run(["--db", str(third), "import", str(folder)], capsys)
    assert code == 1
    assert f"{package}:1: set id 'harbour-fire' is also used by" in out
    assert "harbour-fire.yaml" in out and "Nothing was imported" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, _ = run(["--db", str(third), "import", str(empty)], capsys)
    assert code == 1 and "no question files in the folder" in out


def test_export_default_format_is_still_the_question_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --format, export writes the YAML question file as before."""
    out_file = tmp_path / "set.yaml"
    assert run(["--db", str(db), "export", "harbour-fire", "--out", str(out_file)], capsys)[0] == 0
    assert load_question_set(out_file).questions == load_question_set(FIXTURE).questions
