"""Render every screen of the student's program to PNG, offscreen.

    python scripts/screenshots.py                       # default size, light and dark
    python scripts/screenshots.py --sizes default,small --out /tmp/shots
    python scripts/screenshots.py --language fr --sizes laptop --out /tmp/shots-fr

Builds a temporary bank from the bundled ``questions/`` (or the test fixture when there
are none), drives the real main window programmatically — answers are put in with
``QuestionWidget.set_response`` and submitted as the Submit button does — and saves
``widget.grab()`` of each screen: the profile page, the quiz list, one question of each
type before and after feedback, the results with the skill chart, and a review dialog.
Nothing here touches the user's own bank or settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from quizapp import paths  # noqa: E402
from quizapp.app import make_application  # noqa: E402
from quizapp.core.bank import Bank  # noqa: E402
from quizapp.core.library import open_bank  # noqa: E402
from quizapp.core.model import Question, QuizSettings  # noqa: E402
from quizapp.core.session import QuizSession  # noqa: E402

SIZES = {"default": (1280, 800), "small": (1024, 600), "laptop": (1366, 768)}
THEMES = ("light", "dark")
FIXTURE = PROJECT / "tests" / "fixtures" / "harbour-fire.yaml"
SHOWCASE_SET = "paris-2015"
SHOWCASE = {  # question id per type, from the showcase set
    "highlight": "paris-a-speculation",
    "compare": "paris-toll-a-b",
    "choice": "paris-too-soon",
    "classify": "paris-b-classify",
}


class YesPrompter:
    """Answers every question with yes; prints warnings (there should be none)."""

    def ask(self, parent: QWidget | None, title: str, text: str, accept: str, reject: str) -> bool:
        return True

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"warning shown: {text}", file=sys.stderr)

    inform = warn


# --- answers a student might give ------------------------------------------------------------


def right_answer(question: Question) -> dict[str, Any]:
    key = question.key_spans()
    if question.type in ("highlight", "compare"):
        response: dict[str, Any] = {"marks": [[i, span.start, span.end] for i, span in key]}
        if question.type == "compare":
            response["verdict"] = question.verdict
            response["reasons"] = [i for i, r in enumerate(question.reasons) if r.correct]
        return response
    if question.type == "choice":
        return {"choices": [i for i, option in enumerate(question.options) if option.correct]}
    labels = {
        n: next(label for label in span.labels if label in question.targets)
        for n, (_, span) in enumerate(key)
    }
    return {"labels": labels}


def mixed_answer(question: Question) -> dict[str, Any]:
    """Partly right: one key phrase missed and a stray mark, a wrong option, a confusion."""
    response = right_answer(question)
    if question.type in ("highlight", "compare") and response["marks"]:
        response["marks"] = response["marks"][:-1] if len(response["marks"]) > 1 else []
        stray = _stray_word(question)
        if stray:
            response["marks"].append(stray)
        if question.type == "compare":
            response["verdict"] = "compatible" if question.verdict != "compatible" else "conflict"
    elif question.type == "choice":
        wrong = [i for i, option in enumerate(question.options) if not option.correct]
        response = {"choices": wrong[:1]}
    elif question.type == "classify":
        labels = dict(response["labels"])
        if labels:
            last = max(labels)
            others = [t for t in question.targets if t != labels[last]]
            labels[last] = others[0]
        response = {"labels": labels}
    return response


def _stray_word(question: Question) -> list[int] | None:
    from quizapp.core.scoring import words

    for index, excerpt in enumerate(question.excerpts):
        tagged = [(s.start, s.end) for s in excerpt.spans]
        for start, end in words(excerpt.text)[3:]:
            if end - start > 4 and not any(s < end and start < e for s, e in tagged):
                return [index, start, end]
    return None


# --- driving the window ------------------------------------------------------------------------


def settle(app: QApplication, milliseconds: int = 60) -> None:
    for _ in range(3):
        app.processEvents()
        QTest.qWait(milliseconds // 3)


def build_bank(folder: Path) -> Bank:
    questions = paths.questions_dir()
    if questions.is_dir() and any(questions.glob("*.yaml")):
        return open_bank(folder / "bank.sqlite3", questions)
    from quizapp.core.files import load_question_set

    bank = Bank.open(folder / "bank.sqlite3")
    bank.import_sets([load_question_set(FIXTURE)])
    return bank


def prepare_profiles(bank: Bank) -> None:
    """A few classmates, and one finished attempt so the list shows a last score."""
    for name in ("Amira", "Ben", "Chloé", "Dmitri"):
        bank.add_profile(name)
    amira = bank.add_profile("Amira")
    for set_id in bank.set_ids()[:2]:
        session = QuizSession.start(bank, amira.id, set_id)
        for index, question in enumerate(session.questions):
            answer = right_answer(question) if index % 3 else mixed_answer(question)
            session.submit(index, answer)
        session.finish()


def showcase(bank: Bank) -> tuple[str, dict[str, str]]:
    """The set and question ids to show, falling back to the first of each type."""
    if bank.has_set(SHOWCASE_SET):
        return SHOWCASE_SET, SHOWCASE
    set_id = bank.set_ids()[0]
    chosen: dict[str, str] = {}
    for question in bank.questions(set_id):
        chosen.setdefault(question.type, question.id)
    return set_id, chosen


def shoot(
    out: Path, theme: str, size_name: str, size: tuple[int, int], bank: Bank, folder: Path
) -> list[Path]:
    from quizapp.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(
        str(folder / f"settings-{theme}-{size_name}.ini"), QSettings.Format.IniFormat
    )
    window = MainWindow(bank, settings=settings, prompter=YesPrompter())  # type: ignore[arg-type]
    window.set_theme(theme, remember=False)
    window.resize(*size)
    window.show()
    settle(app, 150)
    saved: list[Path] = []
    suffix = "" if size_name == "default" else f"-{size_name}"

    def save(name: str, widget: QWidget | None = None) -> None:
        settle(app)
        path = out / f"{theme}-{name}{suffix}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    profiles = bank.profiles()
    amira = next(p for p in profiles if p.name == "Amira")
    window.profile_view.refresh(amira.id)
    save("profile")
    window.choose_profile(amira)
    save("quiz-list")

    set_id, chosen = showcase(bank)
    runner = window.runner()
    for kind in ("highlight", "compare", "choice", "classify"):
        question_id = chosen.get(kind)
        if question_id is None:
            continue
        session = QuizSession.start(
            bank, amira.id, set_id, settings=QuizSettings(questions=(question_id,))
        )
        window.run_session(session)
        assert runner.question_widget is not None
        runner.question_widget.set_response(mixed_answer(session.questions[0]))
        save(kind)
        runner.submit()
        save(f"{kind}-feedback")
        session.finish()

    session = QuizSession.start(bank, amira.id, set_id)
    window.run_session(session)
    for index, question in enumerate(session.questions):
        answer = right_answer(question) if index % 3 else mixed_answer(question)
        assert runner.question_widget is not None
        runner.question_widget.set_response(answer)
        runner.submit()
        if not runner.answering and session.feedback_now:
            runner.primary_button.click()
    save("results")
    view = window.results_view()
    dialog = view.open_review(view.review.topLevelItem(1))
    if dialog is not None:
        settle(app, 150)
        save("review", dialog)
        dialog.close()
    window.close()
    window.deleteLater()
    settle(app)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "docs" / "screenshots")
    parser.add_argument("--sizes", default="default", help="comma-separated: default,small")
    parser.add_argument("--themes", default=",".join(THEMES), help="light,dark,high-contrast")
    parser.add_argument("--language", default="en", help="the interface's language: en, fr")
    args = parser.parse_args(argv)
    sizes = [name.strip() for name in args.sizes.split(",") if name.strip()]
    themes = [name.strip() for name in args.themes.split(",") if name.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; sizes: {', '.join(SIZES)}")
    args.out.mkdir(parents=True, exist_ok=True)

    make_application()
    from quizapp.ui.i18n import install_translators

    install_translators(args.language)  # not the user's own View › Language choice
    with tempfile.TemporaryDirectory(prefix="quizapp-shots-") as temp:
        folder = Path(temp)
        bank = build_bank(folder)
        try:
            prepare_profiles(bank)
            written: list[Path] = []
            for theme in themes:
                for size_name in sizes:
                    written += shoot(args.out, theme, size_name, SIZES[size_name], bank, folder)
        finally:
            bank.close()
    total = sum(path.stat().st_size for path in written)
    for path in written:
        print(f"{path.stat().st_size // 1024:5d} KB  {path}")
    print(f"{len(written)} screenshots, {total / 1024 / 1024:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
