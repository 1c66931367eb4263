"""A horizontal bar per skill, 0–100%, coloured from the palette, with the value written
on each bar so the chart does not rely on reading the axis. The student's results and the
teacher's class averages both draw with it."""

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

from quizapp.core.wording import whole_percent
from quizapp.ui.themes import is_dark


class SkillChart(QChartView):
    """Horizontal bars, one per skill, 0–100%, in the palette's colours."""

    def __init__(self, parent: QWidget | None = None, ticks: int = 6) -> None:
        super().__init__(parent)
        self.ticks = ticks
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Chart of your score per skill"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_ = QChart()
        self.chart_.legend().hide()
        self.chart_.setBackgroundVisible(False)
        self.chart_.setMargins(QMargins(4, 4, 12, 4))
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.series: QHorizontalBarSeries | None = None
        self.bar_set: QBarSet | None = None
        self.category_axis: QBarCategoryAxis | None = None
        self.value_axis: QValueAxis | None = None
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def show_skills(self, skills: list[tuple[str, float]], series_name: str | None = None) -> None:
        """``skills``: (name shown, percent 0–100), drawn top to bottom in that order."""
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        # A horizontal bar chart draws its first category at the bottom: reverse.
        ordered = list(reversed(skills))
        self.bar_set = QBarSet(series_name or self.tr("Score"))
        # Whole percents, as the words beside the chart say them.
        self.bar_set.append([float(round(value)) for _, value in ordered])
        self.series = QHorizontalBarSeries()
        self.series.append(self.bar_set)
        self.series.setBarWidth(0.6)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        self.chart_.addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        self.category_axis.append([name for name, _ in ordered])
        self.value_axis = QValueAxis()
        self.value_axis.setRange(0, 100)
        self.value_axis.setTickCount(self.ticks)
        self.value_axis.setLabelFormat("%d%%")
        if not ordered:
            self.category_axis.append([""])
        self.chart_.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        self.setAccessibleDescription(
            "; ".join(f"{name}: {whole_percent(value)}" for name, value in skills)
        )
        self.restyle()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # Bars about three lines of text thick, whatever the zoom.
        line = self.fontMetrics().lineSpacing()
        count = len(self.categories()) or 1
        return QSize(360, int(count * line * 3.2 + line * 4))

    def values(self) -> list[float]:
        """The bar values, top to bottom (as the reader sees them)."""
        if self.bar_set is None:
            return []
        return [self.bar_set.at(i) for i in reversed(range(self.bar_set.count()))]

    def categories(self) -> list[str]:
        return list(reversed(self.category_axis.categories())) if self.category_axis else []

    def restyle(self) -> None:
        """Colours from the palette, so light, dark and high contrast all read well."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(70)  # faint on any background
        dark = is_dark(palette)
        bar = QColor("#4a8fe7" if dark else "#1d5fb4")
        if palette.color(QPalette.ColorRole.Highlight) == QColor("#ffff00"):
            bar = QColor("#ffff00")  # high contrast
        font = QFont(self.font())
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
        if self.bar_set is not None:
            self.bar_set.setColor(bar)
            self.bar_set.setBorderColor(bar)
            luminance = 0.299 * bar.red() + 0.587 * bar.green() + 0.114 * bar.blue()
            label_colour = QColor("#000000") if luminance > 140 else QColor("#ffffff")
            self.bar_set.setLabelColor(label_colour)
            self.bar_set.setLabelFont(font)
        for axis in (self.category_axis, self.value_axis):
            if axis is None:
                continue
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        self.chart_.setTitleBrush(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.restyle()
        super().changeEvent(event)
