"""Render the results dashboard to PNG (offscreen): every tab, light and dark, 1280x800.

    python scripts/dashboard_screenshots.py [OUT_DIR]    (default: docs/screenshots)

A simulated class of 20 takes the bundled Valmora set (before) and the Paris 2015 set
(after), and six more students share one misconception, so every view has something to
show.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.core.bank import Bank  # noqa: E402
from quizapp.core.files import load_question_set  # noqa: E402
from quizapp.ui.dashboard import DashboardView  # noqa: E402
from quizapp.ui.themes import apply_theme  # noqa: E402
from tests.classroom_data import (  # noqa: E402
    StepClock,
    hand_in_class,
    simulated_response,
    take_quiz,
)

SET = "paris-2015"


def class_bank(folder: Path) -> Bank:
    bank = Bank.open(folder / "bank.sqlite3")
    bank.import_sets([load_question_set(ROOT / "questions" / "paris-2015.yaml")])
    bank.import_sets([load_question_set(ROOT / "questions" / "valmora-fire.yaml")])
    clock = StepClock()
    hand_in_class(bank, "valmora-fire", folder / "before", 20, seed=3, clock=clock)
    hand_in_class(bank, SET, folder / "after", 20, seed=7, clock=clock)
    # Six more who share one misconception: "backed by US air power" as speculation.
    rng = random.Random(11)
    for number in range(21, 27):
        answers = []
        for question in bank.questions(SET):
            response = simulated_response(question, 0.6, rng)
            if question.id == "paris-b-speculation":
                text = question.excerpts[0].text
                start = text.index("backed by US air power")
                response["marks"].append([0, start, start + len("backed by US air power")])
            answers.append(response)
        take_quiz(bank, f"Student {number:02d}", SET, answers, rng=rng, clock=clock)
    return bank


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temporary:
        bank = class_bank(Path(temporary))
        for theme in ("light", "dark"):
            apply_theme(app, theme)  # type: ignore[arg-type]
            view = DashboardView(bank)
            view.resize(1280, 800)
            view.show()
            view.refresh()
            view.set_quiz(SET)
            app.processEvents()
            shots = {
                "dashboard": view.TAB_STUDENTS,
                "dashboard-questions": view.TAB_QUESTIONS,
                "heatmap": view.TAB_HEAT_MAP,
                "dashboard-prepost": view.TAB_PRE_POST,
            }
            for name, tab in shots.items():
                view.tabs.setCurrentIndex(tab)
                if tab == view.TAB_HEAT_MAP:
                    view.show_heat_map("paris-b-speculation")
                if tab == view.TAB_PRE_POST:
                    view.pre_post.pre_combo.setCurrentIndex(
                        view.pre_post.pre_combo.findData("valmora-fire")
                    )
                    view.pre_post.post_combo.setCurrentIndex(view.pre_post.post_combo.findData(SET))
                    view.show_pre_post()
                for _ in range(3):
                    app.processEvents()
                path = out / f"{name}-{theme}.png"
                # No alpha channel and the strongest compression (quality 0 for PNG).
                image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
                image.save(str(path), "PNG", 0)
                print(path)
            view.close()
            view.deleteLater()
            app.processEvents()
        bank.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
