"""The reliability harness shared by the tests and ``scripts/reliability_report.py``.

Each ``run_*`` function does one kind of harm to a real bank file and returns counts plus a
list of ``failures`` (plain sentences; empty when everything held):

- ``run_crash_trials``: a worker answering questions is killed with SIGKILL at random
  moments; every acknowledged answer must be in the bank and the attempt must resume at
  the right question.
- ``run_damage_case``: a bank is truncated, has its header overwritten, is emptied, or is
  replaced by a text file; the damage must be detected, the file moved aside intact, a
  backup restorable and a new bank startable.
- ``run_concurrent_writers``: several workers write answers to one bank at once; no error,
  no lost write.
- ``fuzz_case``: one question file through ``quizapp validate`` and ``quizapp import``;
  no unexpected exception, and a failed import leaves the bank as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core import safety
from quizapp.core.bank import Bank
from quizapp.core.files import loads_question_set
from quizapp.core.library import open_bank, recover
from quizapp.core.safety import DamagedBankError
from quizapp.core.session import QuizSession

HERE = Path(__file__).resolve().parent
WORKER = HERE / "crash_worker.py"
sys.path.insert(0, str(HERE))
from crash_worker import SET_ID, answer_for  # noqa: E402

DAMAGE_KINDS = ("truncated", "header", "zero-length", "text-file")


# --- a bank to work on -------------------------------------------------------------------


def drill_yaml(questions: int = 24) -> str:
    """A question set of ``questions`` choice and highlight questions on one article."""
    lines = [
        "quizapp: 1",
        f"id: {SET_ID}",
        "title: Drill",
        "articles:",
        "  - id: report",
        "    outlet: Test Wire",
        "    headline: Storm hits the coast",
        "    text: |",
        "      The storm left [40 homes]{.figure quantity=homes} without power, officials said.",
        "",
        "      [Early reports indicate]{.unconfirmed} that the sea wall failed. Repairs",
        "      [could take weeks]{.speculation}.",
        "questions:",
    ]
    for number in range(questions):
        if number % 2:
            lines += [
                f"  - id: q{number}",
                "    type: highlight",
                "    prompt: Mark the speculation.",
                "    excerpt: {article: report, paragraphs: [2, 2]}",
                "    targets: [speculation]",
            ]
        else:
            lines += [
                f"  - id: q{number}",
                "    type: choice",
                "    prompt: Who says the sea wall failed?",
                "    excerpt: {article: report, paragraphs: [2, 2]}",
                "    options:",
                "      - {text: Nobody named, correct: true}",
                "      - {text: The council}",
                "      - {text: The coast guard}",
            ]
    return "\n".join(lines) + "\n"


def make_drill_bank(bank_path: Path, questions: int = 24) -> Path:
    """A bank holding the drill set; returns the drill set's file (written beside it)."""
    source = bank_path.with_name("drill.yaml")
    source.write_text(drill_yaml(questions), encoding="utf-8")
    bank = Bank.open(bank_path)
    try:
        bank.import_sets([loads_question_set(source.read_text(encoding="utf-8"), str(source))])
    finally:
        bank.close()
    return source


def fill_bank(bank: Bank, answers: int = 5, name: str = "Ada") -> int:
    """A profile with an attempt and ``answers`` answers in the drill set; the attempt id."""
    profile = bank.add_profile(name)
    session = QuizSession.start(bank, profile.id, SET_ID)
    for index in range(min(answers, session.total)):
        question = session.questions[index]
        session.submit(index, answer_for(question, session.attempt.id, index))
    bank.set_setting("school", "Harbour High")
    return session.attempt.id


# --- crashes -----------------------------------------------------------------------------


@dataclass
class CrashReport:
    kills: int = 0
    acknowledged: int = 0  # answers the worker said were stored
    lost: int = 0  # acknowledged answers missing or wrong in the bank
    resumes_checked: int = 0
    failures: list[str] = field(default_factory=list)


def _full_lines(text: str) -> list[str]:
    # A line cut by the kill has no newline: it was never a complete acknowledgement.
    lines = text.split("\n")
    return lines[:-1]


def _check_after_kill(
    bank_path: Path,
    profile: str,
    lines: list[str],
    all_acks: list[tuple[int, int]],
    report: CrashReport,
    trial: int,
) -> None:
    acks = [tuple(map(int, line.split()[1:3])) for line in lines if line.startswith("ACK ")]
    all_acks.extend(acks)  # type: ignore[arg-type]
    report.acknowledged += len(acks)
    latest: int | None = None
    next_expected: int | None = None  # the resume index the worker's output implies
    done: set[int] = set()
    for line in lines:
        words = line.split()
        if words[:1] == ["START"]:
            latest, next_expected = int(words[1]), 0
        elif words[:1] == ["RESUME"]:
            latest, next_expected = int(words[1]), int(words[2])
        elif words[:1] == ["ACK"]:
            next_expected = int(words[2]) + 1
        elif words[:1] == ["DONE"]:
            done.add(int(words[1]))
    try:
        bank = Bank.open(bank_path)
    except Exception as error:  # noqa: BLE001 - reported, not raised
        report.failures.append(f"kill {trial}: the bank does not open: {error}")
        return
    try:
        stored = {}
        for attempt_id in {attempt for attempt, _index in all_acks}:
            for response in bank.responses(attempt_id):
                stored[(attempt_id, response.position)] = response
        for attempt_id, index in all_acks:
            response = stored.get((attempt_id, index))
            attempt = bank.attempt(attempt_id)
            question = bank.question(SET_ID, attempt.question_ids[index]) if attempt else None
            if response is None or question is None:
                report.lost += 1
                report.failures.append(f"kill {trial}: answer {attempt_id}/{index} is missing")
            elif response.response != answer_for(question, attempt_id, index):
                report.lost += 1
                report.failures.append(f"kill {trial}: answer {attempt_id}/{index} is wrong")
        profile_row = next((p for p in bank.profiles() if p.name == profile), None)
        resumed = QuizSession.resume(bank, profile_row.id) if profile_row else None
        if resumed is not None:
            positions = sorted(r.position for r in bank.responses(resumed.attempt.id))
            if positions != list(range(len(positions))) or resumed.current_index != len(positions):
                report.failures.append(
                    f"kill {trial}: attempt {resumed.attempt.id} has answers {positions} but"
                    f" resumes at {resumed.current_index}"
                )
        if latest is not None and latest not in done:
            attempt = bank.attempt(latest)
            finished = attempt is not None and attempt.finished_at is not None
            if not finished:
                report.resumes_checked += 1
                if resumed is None or resumed.attempt.id != latest:
                    report.failures.append(f"kill {trial}: attempt {latest} does not resume")
                elif resumed.current_index not in (next_expected, (next_expected or 0) + 1):
                    # The answer being stored when the kill came may have been committed
                    # before its acknowledgement was printed: one more is fine.
                    report.failures.append(
                        f"kill {trial}: attempt {latest} resumes at {resumed.current_index},"
                        f" expected {next_expected}"
                    )
    finally:
        bank.close()


def run_crash_trials(
    bank_path: Path,
    kills: int = 50,
    seed: int = 8,
    profile: str = "Crash",
    min_delay: float = 0.005,
    max_delay: float = 0.080,
    min_acknowledged: int = 0,
    min_resumes: int = 0,
    max_kills: int = 0,
) -> CrashReport:
    """Start the worker, kill it with SIGKILL a random 5–80 ms after its bank is open (longer
    while kills land before any answer), check the bank; ``kills`` times on the same bank
    (which must hold the drill set).

    On a loaded machine the worker answers less before each kill, so the trials go on
    (up to ``max_kills``) until ``min_acknowledged`` answers were acknowledged and
    ``min_resumes`` unfinished attempts were checked after a kill: the
    drill proves nothing if almost every kill lands before the first answer."""
    rng = random.Random(seed)
    report = CrashReport()
    all_acks: list[tuple[int, int]] = []
    limit = max(kills, max_kills)
    trial = 0
    # on a loaded machine the worker may answer nothing in 80 ms: the kill moments stretch
    # (up to 20 times) while kills land before any answer, so the drill still proves something
    stretch = 1.0
    while trial < kills or (
        trial < limit
        and (report.acknowledged < min_acknowledged or report.resumes_checked < min_resumes)
    ):
        trial += 1
        worker = subprocess.Popen(
            [sys.executable, str(WORKER), str(bank_path), profile],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None and worker.stderr is not None
        first = worker.stdout.readline()
        if first != "READY\n":
            worker.kill()
            worker.wait()
            report.failures.append(
                f"kill {trial}: the worker did not start: {first!r} {worker.stderr.read()[-500:]}"
            )
            continue
        time.sleep(rng.uniform(min_delay, max_delay) * stretch)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        output = worker.stdout.read()
        errors = worker.stderr.read()
        worker.stdout.close()
        worker.stderr.close()
        report.kills += 1
        if worker.returncode != -signal.SIGKILL:
            report.failures.append(
                f"kill {trial}: the worker ended by itself ({worker.returncode}): {errors[-500:]}"
            )
        before = report.acknowledged
        _check_after_kill(bank_path, profile, _full_lines(output), all_acks, report, trial)
        if report.acknowledged == before and report.acknowledged < min_acknowledged:
            stretch = min(stretch * 1.5, 20.0)
    return report


# --- damage ------------------------------------------------------------------------------


def damage(path: Path, kind: str, rng: random.Random) -> None:
    """Harm a closed bank file in one of the ``DAMAGE_KINDS`` ways."""
    data = path.read_bytes()
    if kind == "truncated":
        cut = rng.randrange(len(data) // 4, len(data) - 1)
        path.write_bytes(data[:cut])
    elif kind == "header":
        path.write_bytes(rng.randbytes(100) + data[100:])
    elif kind == "zero-length":
        path.write_bytes(b"")
    elif kind == "text-file":
        text = path.with_name("notes.txt")
        text.write_text("Tuesday: bring the permission slips.\nRoom 12, period 3.\n")
        os.replace(text, path)  # "renamed .db"
    else:
        raise ValueError(kind)


@dataclass
class DamageOutcome:
    kind: str
    detected: bool = False
    moved: bool = False  # moved aside, original bytes kept
    restored: bool = False  # the backup was put back and holds its rows
    started_new: bool = False
    failures: list[str] = field(default_factory=list)


def _check(outcome: DamageOutcome, condition: bool, failure: str) -> bool:
    if not condition:
        outcome.failures.append(f"{outcome.kind}: {failure}")
    return condition


def _damaged_open(bank_path: Path, outcome: DamageOutcome) -> DamagedBankError | None:
    try:
        bank = open_bank(bank_path)
    except DamagedBankError as error:
        return error
    bank.close()
    _check(outcome, False, "the damage was not detected")
    return None


def run_damage_case(folder: Path, kind: str, rng: random.Random) -> DamageOutcome:
    """Damage a bank with a backup; check detection, move-aside, restore and a new bank."""
    outcome = DamageOutcome(kind)
    folder.mkdir(parents=True, exist_ok=True)
    bank_path = folder / "classroom.db"
    make_drill_bank(bank_path)
    bank = open_bank(bank_path)
    fill_bank(bank, answers=5)
    backup = safety.make_backup(bank_path, "manual", source=bank.db.conn)
    expected = bank.counts()
    fill_bank(bank, answers=3, name="Ben")  # after the backup: lost by a restore, by design
    bank.close()

    damage(bank_path, kind, rng)
    damaged_bytes = bank_path.read_bytes()
    error = _damaged_open(bank_path, outcome)
    if error is None:
        return outcome
    outcome.detected = True
    moved = error.moved_to
    if _check(outcome, moved is not None and moved.exists(), "the file was not moved aside"):
        assert moved is not None
        outcome.moved = _check(
            outcome,
            moved.read_bytes() == damaged_bytes and not bank_path.exists(),
            "the moved file lost bytes, or the damaged file is still in place",
        )
    _check(
        outcome,
        error.backup is not None and error.backup.path == backup,
        "the newest good backup was not offered",
    )
    restored = recover(bank_path, "restore")
    try:
        outcome.restored = _check(
            outcome,
            restored.counts() == expected and [p.name for p in restored.profiles()] == ["Ada"],
            f"the restored bank holds {restored.counts()}, not {expected}",
        )
    finally:
        restored.close()

    damage(bank_path, kind, rng)
    error = _damaged_open(bank_path, outcome)
    if error is not None:
        fresh = recover(bank_path, "new")
        try:
            outcome.started_new = _check(
                outcome, fresh.counts()["sets"] == 0, "the new bank is not empty"
            )
        finally:
            fresh.close()
    kept = list(folder.glob("classroom.db.damaged-*"))
    _check(outcome, len(kept) == 2, f"expected two damaged files kept, found {len(kept)}")
    return outcome


# --- two programs at once ----------------------------------------------------------------


@dataclass
class ConcurrencyReport:
    writers: int = 0
    acknowledged: int = 0
    stored: int = 0
    per_writer: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return max(0, self.acknowledged - self.stored)


def run_concurrent_writers(
    bank_path: Path,
    seconds: float = 3.0,
    writers: int = 2,
    reimport: Path | None = None,
    extra_args: tuple[str, ...] = (),
) -> ConcurrencyReport:
    """``writers`` workers answer on one bank for ``seconds``; the first also re-imports
    the drill set every 25 answers. Counts acknowledged answers against stored rows."""
    report = ConcurrencyReport(writers=writers)
    processes = []
    for number in range(writers):
        command = [sys.executable, str(WORKER), str(bank_path), f"Writer {number}"]
        command += ["--seconds", str(seconds), *extra_args]
        if reimport is not None and number == 0:
            command += ["--reimport", str(reimport)]
        processes.append(
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        )
    acked: set[tuple[int, int]] = set()
    for number, process in enumerate(processes):
        output, errors = process.communicate(timeout=seconds + 120)
        lines = output.splitlines()
        acks = [tuple(map(int, line.split()[1:3])) for line in lines if line.startswith("ACK ")]
        report.acknowledged += len(acks)
        report.per_writer.append(len(acks))
        acked.update(acks)  # type: ignore[arg-type]
        if (
            process.returncode != 0
            or errors.strip()
            or not lines
            or not lines[-1].startswith("END")
        ):
            report.failures.append(
                f"writer {number} failed (exit {process.returncode}): {errors.strip()[-800:]}"
            )
    bank = Bank.open(bank_path)
    try:
        names = [f"Writer {number}" for number in range(writers)]
        marks = ",".join("?" * len(names))
        report.stored = bank.db.execute(
            "SELECT COUNT(*) FROM responses r JOIN attempts a ON a.id = r.attempt_id"
            f" JOIN profiles p ON p.id = a.profile_id WHERE p.name IN ({marks})",
            names,
        ).fetchone()[0]
        present = {
            (row[0], row[1])
            for row in bank.db.execute("SELECT attempt_id, position FROM responses")
        }
    finally:
        bank.close()
    missing = acked - present
    if missing:
        report.failures.append(f"{len(missing)} acknowledged answers are missing")
    if report.stored != report.acknowledged:
        report.failures.append(
            f"{report.acknowledged} answers acknowledged but {report.stored} stored"
        )
    return report


# --- hostile question files --------------------------------------------------------------


@dataclass
class FuzzOutcome:
    validate_code: int
    import_code: int
    failures: list[str] = field(default_factory=list)


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    from quizapp.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def _bank_state(bank_path: Path) -> tuple[dict[str, int], dict[str, str | None]]:
    bank = Bank.open(bank_path)
    try:
        return bank.counts(), {set_id: bank.set_fingerprint(set_id) for set_id in bank.set_ids()}
    finally:
        bank.close()


_UNEXPECTED = re.compile(r"unexpected error|Traceback", re.IGNORECASE)


def fuzz_case(data: bytes, file_path: Path, bank_path: Path) -> FuzzOutcome:
    """Run one file through validate and import; check nothing unexpected happens."""
    file_path.write_bytes(data)
    before = _bank_state(bank_path)
    validate_code, _out, validate_err = _run_cli(["validate", str(file_path)])
    import_code, _out, import_err = _run_cli(["import", str(file_path), "--db", str(bank_path)])
    outcome = FuzzOutcome(validate_code, import_code)
    after = _bank_state(bank_path)
    if validate_code not in (0, 1) or _UNEXPECTED.search(validate_err):
        outcome.failures.append(f"validate: exit {validate_code}: {validate_err[-600:]}")
    if import_code not in (0, 1) or _UNEXPECTED.search(import_err):
        outcome.failures.append(f"import: exit {import_code}: {import_err[-600:]}")
    if validate_code != import_code:
        outcome.failures.append(f"validate said {validate_code} but import said {import_code}")
    if import_code != 0 and after != before:
        outcome.failures.append("a failed import changed the bank")
    if import_code == 0:
        question_set = loads_question_set(data.decode("utf-8-sig"), str(file_path))
        bank = Bank.open(bank_path)
        try:
            stored = bank.question_ids(question_set.id)
        finally:
            bank.close()
        if stored != [question.id for question in question_set.questions]:
            outcome.failures.append("the import stored only part of the set")
    return outcome


# --- generated question files ------------------------------------------------------------

_WORDS = ("the", "fire", "toll", "officials", "said", "reports", "early", "harbour", "rose")
_SPAN_WORDS = ("reportedly", "could rise", "sources say", "at least 40", "likely", "I think")
_LABELS = ("figure", "speculation", "unconfirmed")
MUTATIONS = (
    "flip-bits",
    "delete-lines",
    "duplicate-line",
    "swap-tokens",
    "huge-number",
    "deep-nesting",
    "truncate",
    "insert-junk",
    "alias-bomb",
    "yaml-tag",
    "bad-bytes",
    "path-id",
)


def _strategies():  # noqa: ANN202 - hypothesis is imported only when fuzzing
    import yaml
    from hypothesis import strategies as st

    identifiers = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
    words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)

    @st.composite
    def set_data(draw):  # noqa: ANN001, ANN202
        articles, spans = [], {}
        for number in range(draw(st.integers(1, 3))):
            paragraphs = [
                f"{draw(words)} [{draw(st.integers(1, 999))} dead]"
                "{.figure quantity=deaths} " + draw(words) + "."
            ]
            spans[(number, 1)] = "figure"
            for paragraph in range(2, draw(st.integers(1, 3)) + 1):
                label = draw(st.sampled_from(_LABELS))
                spans[(number, paragraph)] = label
                paragraphs.append(
                    f"{draw(words)} [{draw(st.sampled_from(_SPAN_WORDS))}]{{.{label}}}"
                    f" {draw(words)}."
                )
            articles.append(
                {
                    "id": f"report-{number}",
                    "outlet": draw(st.sampled_from(["Wire", "Daily", "Radio"])),
                    "headline": draw(words),
                    "text": "\n\n".join(paragraphs) + "\n",
                }
            )
        questions = []
        for number in range(draw(st.integers(1, 5))):
            kind = draw(st.sampled_from(["highlight", "choice", "classify", "compare"]))
            article, paragraph = draw(st.sampled_from(sorted(spans)))
            excerpt = {"article": f"report-{article}", "paragraphs": [paragraph, paragraph]}
            question = {"id": f"q{number}", "type": kind, "prompt": draw(words)}
            if kind == "compare" and len(articles) >= 2:
                question["excerpts"] = [
                    {"article": "report-0", "paragraphs": [1, 1]},
                    {"article": "report-1", "paragraphs": [1, 1]},
                ]
                question["targets"] = ["figure"]
                question["verdict"] = draw(st.sampled_from(["conflict", "compatible"]))
                question["reasons"] = [{"text": draw(words), "correct": True}, {"text": "no"}]
            elif kind == "choice":
                question["excerpt"] = excerpt
                question["options"] = [{"text": draw(words), "correct": True}, {"text": "none"}]
            elif kind == "compare":
                question.update(type="highlight", excerpt=excerpt)
                question["targets"] = [spans[(article, paragraph)]]
            else:
                question["excerpt"] = excerpt
                question["targets"] = [spans[(article, paragraph)]]
            if draw(st.booleans()):
                question["difficulty"] = draw(st.integers(1, 3))
                question["tags"] = [draw(identifiers)]
                question["explanation"] = draw(words)
            questions.append(question)
        return {
            "quizapp": 1,
            "id": draw(identifiers),
            "title": draw(words),
            "articles": articles,
            "questions": questions,
        }

    def dump(data: dict) -> str:  # noqa: ANN001
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)

    valid_files = set_data().map(lambda data: dump(data).encode("utf-8"))

    @st.composite
    def mutated_files(draw):  # noqa: ANN001, ANN202
        text = dump(draw(set_data()))
        kind = draw(st.sampled_from(MUTATIONS))
        raw = bytearray(text.encode("utf-8"))
        lines = text.splitlines(keepends=True)
        if kind == "flip-bits":
            for _ in range(draw(st.integers(1, 8))):
                raw[draw(st.integers(0, len(raw) - 1))] ^= 1 << draw(st.integers(0, 7))
            return bytes(raw)
        if kind == "delete-lines":
            start = draw(st.integers(0, len(lines) - 1))
            del lines[start : start + draw(st.integers(1, 3))]
        elif kind == "duplicate-line":
            line = draw(st.integers(0, len(lines) - 1))
            lines.insert(line, lines[line])
        elif kind == "swap-tokens":
            tokens = re.split(r"(\s+)", text)
            words_at = [i for i, token in enumerate(tokens) if token.strip()]
            first, second = draw(st.sampled_from(words_at)), draw(st.sampled_from(words_at))
            tokens[first], tokens[second] = tokens[second], tokens[first]
            return "".join(tokens).encode("utf-8")
        elif kind == "huge-number":
            numbers = list(re.finditer(r"\d+", text))
            huge = draw(
                st.sampled_from(
                    ["9" * 400, "9" * 5000, "-1", "0", "1e309", "-1e309", ".nan", ".inf", "2**64"]
                )
            )
            if numbers:
                match = draw(st.sampled_from(numbers))
                text = text[: match.start()] + huge + text[match.end() :]
            return text.encode("utf-8")
        elif kind == "deep-nesting":
            depth = draw(st.integers(20, 5000))
            opener, closer = draw(st.sampled_from([("[", "]"), ("{a: ", "}")]))
            line = draw(st.integers(0, len(lines)))
            lines.insert(line, f"deep: {opener * depth}1{closer * depth}\n")
        elif kind == "truncate":
            return bytes(raw[: draw(st.integers(0, len(raw)))])
        elif kind == "insert-junk":
            position = draw(st.integers(0, len(text)))
            junk = draw(st.text(max_size=40))
            return (text[:position] + junk + text[position:]).encode("utf-8", "surrogatepass")
        elif kind == "alias-bomb":
            bomb = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
            for level in range(1, draw(st.integers(2, 9))):
                previous = f"*a{level - 1}"
                bomb.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]\n")
            lines = bomb + lines
        elif kind == "yaml-tag":
            tag = draw(
                st.sampled_from(
                    [
                        "!!python/object/apply:os.system ['echo owned']",
                        "!!python/name:os.system",
                        "!!binary aGVsbG8=",
                        "!custom x",
                        "!!set {a, b}",
                    ]
                )
            )
            text = re.sub(r"^title: .*$", lambda _match: f"title: {tag}", text, count=1, flags=re.M)
            return text.encode("utf-8")
        elif kind == "bad-bytes":
            position = draw(st.integers(0, len(raw)))
            junk = draw(st.sampled_from([b"\x00", b"\xff\xfe", b"\xc3", b"\xed\xa0\x80"]))
            return bytes(raw[:position] + junk + raw[position:])
        elif kind == "path-id":
            evil = draw(
                st.sampled_from(
                    ["../../evil", "/tmp/evil", "C:\\\\evil", "..", "a/b", "evil\\x00", "~root"]
                )
            )
            key = draw(st.sampled_from(["id", "  - id", "    id"]))
            pattern = rf"^{re.escape(key)}: .*$"
            replacement = f'{key}: "{evil}"'
            text = re.sub(pattern, lambda _match: replacement, text, count=1, flags=re.M)
            return text.encode("utf-8")
        return "".join(lines).encode("utf-8")

    return valid_files, mutated_files()


def fuzz_strategies():  # noqa: ANN201
    """(valid question files, mutated question files) as hypothesis strategies of bytes."""
    return _strategies()


@dataclass
class FuzzReport:
    cases: int = 0
    accepted: int = 0  # imported
    rejected: int = 0  # refused with a message
    failures: list[str] = field(default_factory=list)


def run_fuzz(workdir: Path, examples: int = 200, seed: int = 8) -> FuzzReport:
    """Run ``examples`` generated files (half valid, half mutated) through ``fuzz_case``."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    workdir.mkdir(parents=True, exist_ok=True)
    bank_path = workdir / "fuzz.sqlite3"
    make_drill_bank(bank_path, questions=4)
    valid, mutated = fuzz_strategies()
    report = FuzzReport()

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(valid, mutated))
    def one(data: bytes) -> None:
        outcome = fuzz_case(data, workdir / "set.yaml", bank_path)
        report.cases += 1
        if outcome.import_code == 0:
            report.accepted += 1
        else:
            report.rejected += 1
        report.failures.extend(outcome.failures)

    one()
    return report
