"""Per-skill class averages as a QtCharts bar chart, coloured from the palette, with the
value written on each bar so the chart does not rely on reading the axis."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from quizapp.core.classroom import SkillAverage
from quizapp.core.wording import percent
from quizapp.ui import i18n
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.skill_chart import SkillChart


def skill_title(skill: str) -> str:
    return label_name(skill).capitalize()


def short_skill_title(skill: str) -> str:
    """A skill as an axis label: "Figure", "Speculation", "Unconfirmed"."""
    return i18n.short_skill_title(skill)


class ClassSkillChart(SkillChart):
    """The class average per skill (names stay readable in a narrow side panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, ticks=5)
        self.setAccessibleName(self.tr("Chart of the class average per skill"))

    def show_averages(self, averages: list[SkillAverage]) -> None:
        self.show_skills(
            [(short_skill_title(a.skill), (a.mean or 0.0) * 100) for a in averages],
            series_name=self.tr("Class average"),
        )
        self.setAccessibleDescription(
            "; ".join(
                f"{skill_title(a.skill)}: "
                + (self.tr("no answers") if a.mean is None else percent(a.mean))
                for a in averages
            )
        )

    def sizeHint(self) -> QSize:
        # Bars about two and a half lines thick, whatever the zoom.
        line = self.fontMetrics().lineSpacing()
        count = len(self.categories()) or 1
        return QSize(360, int(count * line * 2.6 + line * 4))
