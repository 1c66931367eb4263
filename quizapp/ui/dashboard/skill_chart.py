"""Per-skill class averages as a QtCharts bar chart, coloured from the palette, with the
value written on each bar so the chart does not rely on reading the axis."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.core.classroom import SkillAverage
from quizapp.core.model import label_name
from quizapp.ui.themes import is_dark


def skill_title(skill: str) -> str:
    return label_name(skill).capitalize()


def short_skill_title(skill: str) -> str:
    """A skill as an axis label: "Figure", "Speculation", "Unconfirmed"."""
    return skill.replace("-", " ").replace("_", " ").capitalize()


class ClassSkillChart(QChartView):
    """Horizontal bars, one per skill top to bottom, 0–100% (names stay readable in a
    narrow side panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Chart of the class average per skill"))
        self.chart_ = QChart()
        self.chart_.legend().hide()
        self.chart_.setBackgroundVisible(False)
        self.chart_.setMargins(QMargins(4, 8, 8, 4))
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.bar_set: QBarSet | None = None
        self.series: QBarSeries | None = None
        self.category_axis: QBarCategoryAxis | None = None
        self.value_axis: QValueAxis | None = None
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def show_averages(self, averages: list[SkillAverage]) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        # A horizontal bar chart draws its first category at the bottom: reverse.
        ordered = list(reversed(averages))
        self.bar_set = QBarSet(self.tr("Class average"))
        self.bar_set.append([float(round((a.mean or 0.0) * 100)) for a in ordered])
        self.series = QHorizontalBarSeries()
        self.series.append(self.bar_set)
        self.series.setBarWidth(0.6)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        self.chart_.addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        self.category_axis.append([short_skill_title(a.skill) for a in ordered] or [""])
        self.value_axis = QValueAxis()
        self.value_axis.setRange(0, 100)
        self.value_axis.setTickCount(5)
        self.value_axis.setLabelFormat("%d%%")
        self.chart_.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        self.setAccessibleDescription(
            "; ".join(
                f"{skill_title(a.skill)}: "
                + ("no answers" if a.mean is None else f"{round(a.mean * 100)}%")
                for a in averages
            )
        )
        self.restyle()

    def values(self) -> list[float]:
        """Bar values top to bottom, as the reader sees them."""
        if self.bar_set is None:
            return []
        return [self.bar_set.at(i) for i in reversed(range(self.bar_set.count()))]

    def categories(self) -> list[str]:
        return list(reversed(self.category_axis.categories())) if self.category_axis else []

    def restyle(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(70)
        bar = QColor("#4a8fe7" if is_dark(palette) else "#1d5fb4")
        if palette.color(QPalette.ColorRole.Highlight) == QColor("#ffff00"):
            bar = QColor("#ffff00")  # high contrast
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
        font = QFont(self.font())
        if self.bar_set is not None:
            self.bar_set.setColor(bar)
            self.bar_set.setBorderColor(bar)
            luminance = 0.299 * bar.red() + 0.587 * bar.green() + 0.114 * bar.blue()
            self.bar_set.setLabelColor(QColor("#000000" if luminance > 140 else "#ffffff"))
            self.bar_set.setLabelFont(font)
        for axis in (self.category_axis, self.value_axis):
            if axis is not None:
                axis.setLabelsColor(text)
                axis.setLabelsFont(font)
                axis.setLinePenColor(grid)
                axis.setGridLineColor(grid)

    def sizeHint(self) -> QSize:
        # Bars about two and a half lines thick, whatever the zoom.
        line = self.fontMetrics().lineSpacing()
        count = len(self.categories()) or 1
        return QSize(360, int(count * line * 2.6 + line * 4))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.restyle()
        super().changeEvent(event)
