"""Hostile question and results files: never an unexpected exception, never half a write."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.bank import Bank
from quizapp.core.files import ID_PATTERN, check_text
from quizapp.core.handin import ResultsFileError, parse_results
from quizapp.core.yamlsource import MAX_FILE_BYTES

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reliability import _run_cli, fuzz_case, fuzz_strategies, make_drill_bank  # noqa: E402

VALID, MUTATED = fuzz_strategies()
QUICK = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(
    max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), database=None
)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a bank holding the drill set, shared by the generated examples."""
    folder = tmp_path_factory.mktemp("fuzz")
    make_drill_bank(folder / "bank.sqlite3", questions=4)
    return folder


def _case(workdir: Path, data: bytes):  # noqa: ANN202
    return fuzz_case(data, workdir / "set.yaml", workdir / "bank.sqlite3")


@QUICK
@given(data=VALID)
def test_generated_valid_files_import_whole(workdir: Path, data: bytes) -> None:
    """A valid generated file validates, imports, and every question is stored."""
    outcome = _case(workdir, data)
    assert outcome.failures == []
    assert (outcome.validate_code, outcome.import_code) == (0, 0)


@QUICK
@given(data=MUTATED)
def test_mutated_files_fail_cleanly(workdir: Path, data: bytes) -> None:
    """A mutated file gets exit 0 or 1 with words (no traceback); a failed import changes
    nothing and validate agrees with import."""
    assert _case(workdir, data).failures == []


@pytest.mark.slow
@LONG
@given(data=st.one_of(VALID, MUTATED))
def test_ten_thousand_files(workdir: Path, data: bytes) -> None:
    """The long profile: 10,000 valid and mutated files, the same checks."""
    assert _case(workdir, data).failures == []


# --- specific hostile files --------------------------------------------------------------

HEAD = "quizapp: 1\nid: hostile\ntitle: Hostile\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEAD + "deep: " + "[" * 5000 + "]" * 5000 + "\n", "nests deeper than"),
        (HEAD + "deep: " + "{a: " * 400 + "1" + "}" * 400 + "\n", "nests deeper than"),
        (
            'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
            + "".join(
                f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 10)}]\n"
                for n in range(8)
            )
            + HEAD,
            "more than 200,000 values",
        ),
        (HEAD.replace("Hostile", "!!python/object/apply:os.system ['true']"), "YAML tags"),
        (HEAD + "x: !!python/name:os.system\n", "YAML tags"),
        (HEAD + "<<: {a: 1}\n", "merge keys"),
        (HEAD.replace("hostile", "../../etc/passwd"), "may hold only letters"),
        (HEAD.replace("hostile", "/tmp/evil"), "may hold only letters"),
        (HEAD.replace("hostile", "a\\\\b"), "may hold only letters"),
        (HEAD + "difficulty: " + "9" * 5000 + "\n", ""),
        ("\x1f" + HEAD, "character YAML does not allow"),
    ],
    ids=[
        "brackets-5000",
        "maps-400",
        "alias-bomb",
        "python-tag",
        "python-name",
        "merge-key",
        "dotdot-id",
        "absolute-id",
        "backslash-id",
        "huge-int",
        "control-character",
    ],
)
def test_hostile_yaml_is_refused_with_words(text: str, message: str) -> None:
    """Each hostile construct is refused with a located problem, not an exception."""
    question_set, problems = check_text(text, "hostile.yaml")
    assert question_set is None and problems
    assert message in "\n".join(problem.message for problem in problems)


def test_oversized_and_binary_files_change_nothing(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file over the size bound or a binary file is refused; the bank is unchanged."""
    bank_path = workdir / "bank.sqlite3"
    bank = Bank.open(bank_path)
    before = bank.counts()
    bank.close()
    big = workdir / "big.yaml"
    big.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    binary = workdir / "binary.yaml"
    binary.write_bytes(b"quizapp: 1\x00\x01\x02")
    for path, message in ((big, "may be at most"), (binary, "binary file")):
        code, out, err = _run_cli(["import", str(path), "--db", str(bank_path)])
        assert code == 1 and message in out and "Traceback" not in err
    bank = Bank.open(bank_path)
    try:
        assert bank.counts() == before
    finally:
        bank.close()


@pytest.mark.parametrize(
    "evil", ["..", "../x", "/abs", "a/b", "a\\b", "C:evil", ".hidden", "a\x00b", "", "x" * 65]
)
def test_ids_can_never_name_a_path(evil: str) -> None:
    """Ids from files cannot hold separators, "..", drive letters or NUL: they are never a path."""
    assert ID_PATTERN.match(evil) is None


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a": ' * 50 + b"1" + b"}" * 50,
        b"\xff\xfe not utf-8",
        b'{"format": "quizapp-results", "set_id": "../../etc"}',
        b"NaN",
        b"",
        b"x" * (3 * 1024 * 1024),
    ],
    ids=["brackets", "deep-maps", "not-utf8", "path-set-id", "nan", "empty", "too-big"],
)
def test_hostile_results_files_are_refused(raw: bytes) -> None:
    """A hostile results file from another machine raises only ResultsFileError."""
    with pytest.raises(ResultsFileError):
        parse_results(raw, "hostile.quizresults.json")
