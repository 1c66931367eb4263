"""The bundled bank passes its own audit and covers what a term of lessons needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quizapp.core.files import check_paths
from quizapp.core.model import QUESTION_TYPES
from quizapp.core.summary import describe_sets, summarise_set

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"


def test_audit_strict_passes_on_the_bundled_bank() -> None:
    """`quizapp audit --strict questions` exits 0 with no findings (CI runs this test)."""
    run = subprocess.run(
        [sys.executable, "-m", "quizapp", "audit", "--strict", str(QUESTIONS)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_every_question_type_in_the_original_sets() -> None:
    """Each of the four original sets has every question type."""
    sets, problems = check_paths([QUESTIONS])
    assert problems == []
    by_id = {question_set.id: question_set for question_set in sets}
    for set_id in ("paris-2015", "valmora-fire", "calder-march", "brenholt-leak"):
        types = {question.type for question in by_id[set_id].questions}
        assert types == set(QUESTION_TYPES), set_id


def test_summary_names_sets_languages_and_targets() -> None:
    """The validate summary counts sets, events, real/invented, languages and targets."""
    sets, _ = check_paths([QUESTIONS])
    lines = describe_sets(sets)
    assert lines[0].startswith(f"{len(sets)} sets, ")
    assert "invented" in lines[0]
    assert lines[1].startswith("languages: en ")
    assert lines[-1].startswith("questions per label target: figure ")
    invented = {s.id for s in sets if summarise_set(s).invented}
    assert {"valmora-fire", "calder-march", "brenholt-leak"} <= invented
    assert "paris-2015" not in invented
