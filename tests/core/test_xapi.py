"""xAPI 1.0.3 statements of class results, and sending them to an LRS (a local stand-in)."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from quizapp.cli import main
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.core.interchange import xapi
from tests.classroom_data import empty_response, perfect_response, take_quiz

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SET = "harbour-fire"
USER, PASSWORD = "teacher", "s3cret"


class LRS:
    """A stand-in Learning Record Store on 127.0.0.1: checks the xAPI version header and
    Basic auth on POST /xapi/statements, records the statements, answers with their ids."""

    def __init__(self, fail_after: int | None = None, status: int = 500) -> None:
        self.statements: list[dict[str, Any]] = []
        self.requests = 0
        self.fail_after = fail_after
        self.status = status
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - the http.server name
                lrs.requests += 1
                expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.path != "/xapi/statements":
                    self._answer(404, {"error": "no such resource"})
                elif self.headers.get("X-Experience-API-Version") != "1.0.3":
                    self._answer(400, {"error": "missing X-Experience-API-Version: 1.0.3"})
                elif self.headers.get("Authorization") != expected:
                    self._answer(401, {"error": "bad credentials"})
                elif lrs.fail_after is not None and lrs.requests > lrs.fail_after:
                    self._answer(lrs.status, {"error": "the store is full"})
                else:
                    batch = json.loads(body)
                    lrs.statements.extend(batch)
                    self._answer(200, [s["id"] for s in batch])

            def _answer(self, status: int, payload: object) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/xapi/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LRS:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def lrs() -> Iterator[LRS]:
    """A running LRS stand-in."""
    with LRS() as server:
        yield server


@pytest.fixture
def class_db(tmp_path: Path) -> Path:
    """A bank where Ana answered everything right and Ben answered two questions blank."""
    path = tmp_path / "bank.sqlite3"
    bank = Bank.open(path)
    try:
        bank.import_sets([load_question_set(FIXTURE)])
        questions = bank.question_set(SET).questions
        take_quiz(bank, "Ana", SET, [perfect_response(q) for q in questions])
        take_quiz(
            bank,
            "Ben",
            SET,
            [empty_response(q) if n < 2 else None for n, q in enumerate(questions)],
        )
    finally:
        bank.close()
    return path


def _statements(path: Path, **options: Any) -> list[dict[str, Any]]:
    bank = Bank.open(path)
    try:
        return xapi.bank_statements(bank, SET, xapi.XapiOptions(**options))
    finally:
        bank.close()


def test_one_answered_statement_per_answer_and_one_completed_per_student(
    class_db: Path,
) -> None:
    """Ana's four answers and Ben's two give six `answered` statements, plus one
    `completed` each, with ADL verbs, scores, success and the quiz as parent."""
    statements = _statements(class_db)
    answered = [s for s in statements if s["verb"]["id"] == xapi.VERB_ANSWERED]
    completed = [s for s in statements if s["verb"]["id"] == xapi.VERB_COMPLETED]
    assert len(answered) == 6 and len(completed) == 2
    ana = [s for s in answered if s["actor"]["name"] == "Ana"]
    assert len(ana) == 4
    for statement in ana:
        score = statement["result"]["score"]
        assert score["scaled"] == 1.0 and score["raw"] == score["max"] > 0
        assert score["min"] == 0.0
        assert statement["result"]["success"] is True
        assert statement["object"]["id"].endswith(
            f"/{SET}/questions/" + statement["object"]["definition"]["name"]["en"]
        )
        parent = statement["context"]["contextActivities"]["parent"][0]["id"]
        assert parent.endswith(f"/{SET}")
        assert statement["timestamp"].endswith("+00:00")
    ben = [s for s in answered if s["actor"]["name"] == "Ben"]
    assert all(s["result"]["success"] is False and s["result"]["score"]["raw"] == 0 for s in ben)
    ben_done = next(s for s in completed if s["actor"]["name"] == "Ben")
    assert ben_done["result"]["score"]["scaled"] == 0.0
    assert ben_done["object"]["id"] == parent
    ids = [s["id"] for s in statements]
    assert len(set(ids)) == len(ids)
    assert _statements(class_db) == statements  # stable ids: sending twice is harmless


def test_anonymised_actor_never_names_the_student(class_db: Path) -> None:
    """With anonymise, the actor is an account whose name is a salted hash; the profile
    name appears nowhere in the statements, and another salt gives another hash."""
    statements = _statements(class_db, anonymise=True, salt="class-7b")
    text = json.dumps(statements)
    assert "Ana" not in text and "Ben" not in text
    account = statements[0]["actor"]["account"]
    assert "name" not in statements[0]["actor"]
    assert account["name"] in (
        xapi.anonymous_name("Ana", "class-7b"),
        xapi.anonymous_name("Ben", "class-7b"),
    )
    other = _statements(class_db, anonymise=True, salt="other")
    assert other[0]["actor"]["account"]["name"] != account["name"]


def test_statements_are_sent_in_batches_with_version_and_auth(class_db: Path, lrs: LRS) -> None:
    """send_statements posts every statement, batch by batch, and the LRS stand-in (which
    checks the version header and Basic auth) records them all."""
    statements = _statements(class_db)
    progress: list[tuple[int, int]] = []
    sent = xapi.send_statements(
        statements,
        lrs.endpoint,
        USER,
        PASSWORD,
        batch_size=3,
        progress=lambda a, b: progress.append((a, b)),
    )
    assert sent == len(statements) == len(lrs.statements)
    assert lrs.statements == statements
    assert lrs.requests == 3
    assert progress[-1] == (8, 8)


def test_wrong_password_and_failing_lrs_give_clear_errors(class_db: Path, lrs: LRS) -> None:
    """A refused password says so; an LRS that fails midway says how many went through."""
    statements = _statements(class_db)
    with pytest.raises(xapi.LrsError, match="refused the user name or password"):
        xapi.send_statements(statements, lrs.endpoint, USER, "wrong")
    with LRS(fail_after=1) as failing:
        with pytest.raises(xapi.LrsError) as caught:
            xapi.send_statements(statements, failing.endpoint, USER, PASSWORD, batch_size=5)
    assert caught.value.sent == 5
    assert "HTTP 500" in str(caught.value) and "the store is full" in str(caught.value)
    with pytest.raises(xapi.LrsError, match="cannot reach the LRS"):
        xapi.send_statements(statements, "http://127.0.0.1:9/xapi", USER, PASSWORD, timeout=2)
    with pytest.raises(xapi.LrsError, match="must start with http"):
        xapi.send_statements(statements, "ftp://lrs", USER, PASSWORD)


def test_cli_writes_and_sends(
    class_db: Path, lrs: LRS, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp results xapi QUIZ --out FILE --endpoint URL --user U --password P` writes the
    JSON file and sends the same statements."""
    out = tmp_path / "statements.json"
    code = main(
        [
            "--db", str(class_db), "results", "xapi", SET, "--out", str(out),
            "--endpoint", lrs.endpoint, "--user", USER, "--password", PASSWORD,
        ]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == lrs.statements and len(written) == 8
    assert f"Sent 8 statements to {lrs.endpoint}" in err


def test_cli_without_endpoint_uses_no_network_and_env_credentials(
    class_db: Path,
    lrs: LRS,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without an endpoint nothing is sent; the endpoint and credentials may come from the
    environment; a bad password ends with exit 1 and the LRS's refusal."""
    out = tmp_path / "statements.json"
    assert main(["--db", str(class_db), "results", "xapi", SET, "--out", str(out)]) == 0
    assert lrs.requests == 0 and out.is_file()
    monkeypatch.setenv(xapi.ENV_ENDPOINT, lrs.endpoint)
    monkeypatch.setenv(xapi.ENV_USER, USER)
    monkeypatch.setenv(xapi.ENV_PASSWORD, "wrong")
    capsys.readouterr()
    assert main(["--db", str(class_db), "results", "xapi", SET, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Sent 0 of 8 statements, then: the LRS at" in err
    assert "refused the user name or password (HTTP 401)" in err
    monkeypatch.setenv(xapi.ENV_PASSWORD, PASSWORD)
    assert (
        main(["--db", str(class_db), "results", "xapi", SET, "--out", str(out), "--anonymise"]) == 0
    )
    assert len(lrs.statements) == 8 and "Ana" not in json.dumps(lrs.statements)
