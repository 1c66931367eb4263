"""Benchmark: the teacher's dashboard for 40 students × 50 questions, and importing 40
results files.

The quiz is the bundled bank merged into one 50-question set (all four types); 40
simulated students take it through QuizSession and hand in results files. Prints the
median of several runs of each step and its ratio to the goal (below 1.00 meets it):

- dashboard: compute (read the class from the bank, statistics), fill the grid model
  (every cell's text and colour read once, as a full repaint would), and build the heat
  map of one question (counts and the shaded view): goal 200 ms together;
- the same through ``DashboardView.refresh()`` (every table, the chart, the heat map);
- import of the 40 files into a fresh bank (read, check, rescore, store): goal 2 s.

Run: python scripts/bench_dashboard.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.core import classroom  # noqa: E402
from quizapp.core.bank import Bank  # noqa: E402
from quizapp.core.files import load_question_set, set_from_data, set_to_data  # noqa: E402
from quizapp.core.model import QuestionSet  # noqa: E402
from quizapp.ui.dashboard import DashboardView  # noqa: E402
from quizapp.ui.dashboard.grid_model import StudentGridModel  # noqa: E402
from quizapp.ui.dashboard.heatmap import HeatMapPanel  # noqa: E402
from tests.classroom_data import StepClock, hand_in_class  # noqa: E402

STUDENTS = 40
QUESTIONS = 50
RUNS = 7
DASHBOARD_GOAL_MS = 200.0
IMPORT_GOAL_MS = 2000.0
SET_ID = "bench-class"


def merged_set(count: int) -> QuestionSet:
    """The bundled sets as one set of ``count`` questions (ids prefixed by their set)."""
    articles: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    for path in sorted((ROOT / "questions").glob("*.yaml")):
        data = set_to_data(load_question_set(path))
        prefix = data["id"]
        for article in data["articles"]:
            articles.append({**article, "id": f"{prefix}-{article['id']}"})
        for question in data["questions"]:
            question = dict(question, id=f"{prefix}-{question['id']}")
            for key in ("excerpt", "excerpts"):
                if isinstance(question.get(key), dict):
                    question[key] = {
                        **question[key],
                        "article": f"{prefix}-{question[key]['article']}",
                    }
                elif isinstance(question.get(key), list):
                    question[key] = [
                        {**item, "article": f"{prefix}-{item['article']}"} for item in question[key]
                    ]
            questions.append(question)
    if len(questions) < count:
        raise SystemExit(f"the bundled bank has only {len(questions)} questions")
    data = {
        "quizapp": 1,
        "id": SET_ID,
        "title": "Benchmark class quiz",
        "language": "en",
        "articles": articles,
        "questions": questions[:count],
    }
    return set_from_data(data, "bench")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    quiz = merged_set(QUESTIONS)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        empty = folder / "empty.sqlite3"
        bank = Bank.open(empty)
        bank.import_sets([quiz])
        bank.close()
        students_db = folder / "students.sqlite3"
        shutil.copy(empty, students_db)
        students = Bank.open(students_db)
        hand_in_class(students, SET_ID, folder / "files", STUDENTS, clock=StepClock())
        students.close()

        # Import: 40 files into a fresh copy of the bank, each run.
        import_times: list[float] = []
        for run in range(RUNS):
            target = folder / f"teacher-{run}.sqlite3"
            shutil.copy(empty, target)
            teacher = Bank.open(target)
            began = time.perf_counter()
            report = classroom.import_results(teacher, [folder / "files"])
            import_times.append(time.perf_counter() - began)
            assert len(report.imported) == STUDENTS, report.summary()
            if run < RUNS - 1:
                teacher.close()

        # Dashboard on the last teacher bank (40 students, 50 questions, imported).
        data = classroom.load_class(teacher, SET_ID)
        assert len(data.students) == STUDENTS and len(data.questions) == QUESTIONS
        heat_question = next(q.id for q in data.questions if q.type == "compare")
        model = StudentGridModel()
        panel = HeatMapPanel()
        panel.resize(1000, 700)
        compute, fill, heat_times, total = [], [], [], []
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole)
        for _ in range(RUNS):
            began = time.perf_counter()
            data = classroom.load_class(teacher, SET_ID)
            stats = classroom.question_stats(data)
            classroom.skill_averages(data)
            computed = time.perf_counter()
            model.set_class(data)
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in roles:
                        model.data(index, role)
            filled = time.perf_counter()
            maps = classroom.heat_maps(data, heat_question)
            panel.show_question(data.question(heat_question), maps, 1)
            done = time.perf_counter()
            compute.append(computed - began)
            fill.append(filled - computed)
            heat_times.append(done - filled)
            total.append(done - began)
            assert stats
        view = DashboardView(teacher)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        refresh: list[float] = []
        for _ in range(RUNS):
            began = time.perf_counter()
            view.refresh()
            app.processEvents()  # lay out and paint
            refresh.append(time.perf_counter() - began)
        view.close()
        teacher.close()

    rows = [
        ("dashboard: compute (load + statistics)", median_ms(compute), None),
        ("dashboard: grid model fill (40 x 52 cells)", median_ms(fill), None),
        ("dashboard: heat map (counts + shaded view)", median_ms(heat_times), None),
        ("dashboard: compute + fill + heat map", median_ms(total), DASHBOARD_GOAL_MS),
        ("dashboard: DashboardView.refresh() + paint", median_ms(refresh), DASHBOARD_GOAL_MS),
        (f"import {STUDENTS} results files", median_ms(import_times), IMPORT_GOAL_MS),
    ]
    print(f"{STUDENTS} students x {QUESTIONS} questions, median of {RUNS} runs")
    print(f"{'step':<46} {'median':>10} {'goal':>9} {'ratio':>7}")
    for name, value, goal in rows:
        goal_text = f"{goal:.0f} ms" if goal else ""
        ratio = f"{value / goal:.2f}" if goal else ""
        print(f"{name:<46} {value:>7.1f} ms {goal_text:>9} {ratio:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
