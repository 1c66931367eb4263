"""Progress in practice: mastery per skill over time, answers per day, goal and streak.

Everything is read back from the bank through ``quizapp.core.practice.Progress``; this
module only lays it out. The mastery chart has one line per skill (end-of-day estimate,
with a faint band for its 80 % credible interval); the bar chart shows the last
``BAR_DAYS`` days with the daily goal as a dashed line. The goal spin box stores the goal
per profile at once. ``refresh()`` redraws from the bank (call it when the page is shown).
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Bank, Profile
from quizapp.core.practice import (
    MAX_DAILY_GOAL,
    Clock,
    Mastery,
    Progress,
    local_day,
    skill_order,
    streak_length,
)
from quizapp.core.text import localized
from quizapp.core.wording import percent
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.practice_view import STORAGE_ERRORS, scaled_font
from quizapp.ui.widgets import button, hbox, hint, page_title, scrolled, vbox

BAR_DAYS = 14
MIN_CHART_DAYS = 7  # the mastery chart spans at least a week, so one day is not a wall
MAX_DATE_TICKS = 7

# Okabe–Ito colours (told apart with colour-blindness), a darker and a lighter set for
# light and dark backgrounds; each skill also has its own line style.
_LIGHT_COLOURS = ("#0a5fa6", "#c04b00", "#00795a", "#a0468a", "#6b6b00")
_DARK_COLOURS = ("#6cc0f0", "#f5a04a", "#45d0a0", "#e79ad0", "#e6dc5a")
_PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def _tr(text: str) -> str:
    return QWidget.tr(text)  # type: ignore[call-arg, arg-type]  # PySide's class-level tr


def _day_msecs(day: date, tz: tzinfo | None) -> float:
    """Noon of ``day`` in ``tz`` (None: local), as chart x (ms since the epoch)."""
    moment = datetime.combine(day, time(12))
    moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    return moment.timestamp() * 1000


def _skill_colour(index: int, dark: bool) -> QColor:
    colours = _DARK_COLOURS if dark else _LIGHT_COLOURS
    return QColor(colours[index % len(colours)])


class _Chart(QChartView):
    """A chart view that takes its colours from the palette and its font from the widget."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("background: transparent")  # the group box's own background
        self.chart_ = QChart()
        self.chart_.setBackgroundVisible(False)
        self.chart_.setMargins(QMargins(2, 2, 8, 0))
        self.chart_.layout().setContentsMargins(0, 0, 0, 0)
        self.chart_.setBackgroundRoundness(0)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def clear(self) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)

    def dark(self) -> bool:
        # The view's own background is transparent: judge by the text colour instead.
        return self.palette().color(QPalette.ColorRole.WindowText).lightness() > 128

    def restyle(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        font = QFont(self.font())
        self.chart_.setTitleBrush(text)
        self.chart_.setTitleFont(font)
        legend = self.chart_.legend()
        legend.setLabelColor(text)
        legend.setFont(font)
        for axis in self.chart_.axes():
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
            axis.setTitleBrush(text)
            axis.setTitleFont(font)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        self.colour_series()

    def colour_series(self) -> None:
        """Give the series their colours (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.restyle()
        super().changeEvent(event)


class MasteryChart(_Chart):
    """One line per skill: mastery (0–100 %) at the end of each day with answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Chart of mastery per skill over time"), parent)
        self.lines: dict[str, QLineSeries] = {}
        self.bands: dict[str, QAreaSeries] = {}
        self._edges: list[QLineSeries] = []  # an area series does not own its edges
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def show_days(
        self, days: list[tuple[date, dict[str, Mastery]]], today: date, tz: tzinfo | None
    ) -> None:
        self.clear()
        self.lines, self.bands = {}, {}
        self._edges = []
        skills = skill_order({skill for _, snapshot in days for skill in snapshot})
        # Ticks fall on the days' noons, where the points are: the span is a whole number
        # of steps of whole days, at least a week, reaching back to the first answer, with
        # one step spare at each end so no point sits on the edge.
        first_answer = days[0][0] if days else today
        span = max(MIN_CHART_DAYS - 1, (today - first_answer).days, 1)
        step = math.ceil(span / MAX_DATE_TICKS)
        span = step * math.ceil(span / step)
        first, last = today - timedelta(days=span + step), today + timedelta(days=step)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_day_msecs(first, tz))),
            QDateTime.fromMSecsSinceEpoch(int(_day_msecs(last, tz))),
        )
        x_axis.setTickCount(span // step + 3)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d%%")
        self.chart_.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for skill in skills:
            points = [
                (_day_msecs(day, tz), snapshot[skill])
                for day, snapshot in days
                if skill in snapshot
            ]
            upper, lower = QLineSeries(), QLineSeries()
            for x, mastery in points:
                upper.append(QPointF(x, mastery.high * 100))
                lower.append(QPointF(x, mastery.low * 100))
            band = QAreaSeries(upper, lower)
            self._edges += [upper, lower]
            band.setName(_tr("%1 (likely range)").replace("%1", _tr(label_name(skill))))
            line = QLineSeries()
            line.setName(_tr(label_name(skill)))
            for x, mastery in points:
                line.append(QPointF(x, mastery.value * 100))
            line.setPointsVisible(True)
            for series in (band, line):
                self.chart_.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            self.chart_.legend().markers(band)[0].setVisible(False)
            self.lines[skill] = line
            self.bands[skill] = band
        latest = days[-1][1] if days else {}
        self.setAccessibleDescription(
            "; ".join(f"{label_name(skill)}: {percent(latest[skill].value)}" for skill in latest)
        )
        self.restyle()

    def colour_series(self) -> None:
        dark = self.dark()
        for index, (skill, line) in enumerate(self.lines.items()):
            colour = _skill_colour(index, dark)
            pen = QPen(colour)
            pen.setWidthF(2.5)
            pen.setStyle(_PEN_STYLES[index % len(_PEN_STYLES)])
            line.setPen(pen)
            line.setColor(colour)
            band = self.bands[skill]
            fill = QColor(colour)
            fill.setAlpha(40 if dark else 28)
            band.setBrush(fill)
            band.setPen(QPen(Qt.PenStyle.NoPen))


class AnswersChart(_Chart):
    """Answers per day over the last ``BAR_DAYS`` days, with the daily goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Chart of answers per day"), parent)
        self.bar_set: QBarSet | None = None
        self.goal_line: QLineSeries | None = None
        self.days: list[date] = []
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def show_counts(self, counts: dict[date, int], today: date, goal: int) -> None:
        self.clear()
        self.days = [today - timedelta(days=n) for n in reversed(range(BAR_DAYS))]
        values = [counts.get(day, 0) for day in self.days]
        self.bar_set = QBarSet(_tr("Answers"))
        self.bar_set.append(values)
        series = QBarSeries()
        series.append(self.bar_set)
        series.setBarWidth(0.7)
        self.chart_.addSeries(series)
        categories = QBarCategoryAxis()
        locale = QLocale()
        labels = [str(day.day) for day in self.days]
        months = dict.fromkeys(
            locale.monthName(day.month, QLocale.FormatType.LongFormat) for day in self.days
        )
        categories.setTitleText(" – ".join(months) + f" {today.year}")
        categories.append(labels)
        top = max([goal, *values])
        y_axis = QValueAxis()
        y_axis.setRange(0, max(5, top + max(1, top // 10)))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        self.chart_.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(y_axis)
        # The goal as a line across the bars: an x axis of its own, hidden, spanning them.
        self.goal_line = QLineSeries()
        self.goal_line.setName(_tr("Daily goal (%1)").replace("%1", str(goal)))
        self.goal_line.append(QPointF(-0.5, goal))
        self.goal_line.append(QPointF(BAR_DAYS - 0.5, goal))
        self.chart_.addSeries(self.goal_line)
        line_x = QValueAxis()
        line_x.setRange(-0.5, BAR_DAYS - 0.5)
        line_x.setVisible(False)
        self.chart_.addAxis(line_x, Qt.AlignmentFlag.AlignBottom)
        self.goal_line.attachAxis(line_x)
        self.goal_line.attachAxis(y_axis)
        self.setAccessibleDescription(
            "; ".join(
                f"{day.isoformat()}: {value}" for day, value in zip(self.days, values, strict=True)
            )
        )
        self.restyle()

    def values(self) -> list[int]:
        if self.bar_set is None:
            return []
        return [int(self.bar_set.at(i)) for i in range(self.bar_set.count())]

    def colour_series(self) -> None:
        dark = self.dark()
        if self.bar_set is not None:
            colour = QColor("#4a8fe7" if dark else "#1d5fb4")
            self.bar_set.setColor(colour)
            self.bar_set.setBorderColor(colour)
        if self.goal_line is not None:
            pen = QPen(QColor("#f5a04a" if dark else "#b34700"))
            pen.setWidthF(2.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            self.goal_line.setPen(pen)


class ProgressView(QWidget):
    """A profile's practice over time; ``refresh()`` redraws from the bank. ``clock`` says
    what "today" is: the program's own clock (practice defaults to it), or a test's."""

    goal_changed = Signal(int)
    back_requested = Signal()
    practice_requested = Signal()

    def __init__(
        self,
        bank: Bank,
        profile: Profile,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self.bank = bank
        self.profile = profile
        self.clock = clock
        self.tz = tz
        self.progress = Progress(bank, tz)
        self.setAccessibleName(self.tr("Practice progress of %1").replace("%1", profile.name))

        top = self._build_top_row(profile)
        self.empty_label = hint(
            self.tr(
                "No practice yet. Answer a few questions in Practice and your progress shows here."
            ),
            self,
        )
        body = self._build_body()
        buttons = self._build_buttons()

        content = QWidget()
        vbox(
            content, top, self.empty_label, (body, 1), buttons, margins=(20, 14, 20, 12), spacing=10
        )
        content.setMinimumHeight(540)
        # Its controls take the focus, not the area.
        area = scrolled(content, self.tr("My progress"), self, sideways=False)
        vbox(self, area, margins=(0, 0, 0, 0))

        self._scale_fonts()

        self.refresh()
        self.goal_spin.valueChanged.connect(self._goal_edited)

    def _build_top_row(self, profile: Profile) -> QHBoxLayout:
        """The title, today's answers, the streak and the daily goal."""
        self.title = page_title(self.tr("Progress: %1").replace("%1", profile.name), self)
        self.goal_spin = QSpinBox(self)
        self.goal_spin.setRange(1, MAX_DAILY_GOAL)
        self.goal_spin.setSuffix(self.tr(" answers"))
        self.goal_spin.setAccessibleName(self.tr("Daily goal: answers a day"))
        goal_label = QLabel(self.tr("Daily &goal:"), self)
        goal_label.setBuddy(self.goal_spin)
        self.today_label = QLabel(self)
        self.streak_label = QLabel(self)
        self.streak_label.setObjectName("streak")
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.title, 1)
        top.addWidget(self.today_label)
        top.addWidget(self.streak_label)
        top.addWidget(goal_label)
        top.addWidget(self.goal_spin)
        return top

    def _build_body(self) -> QHBoxLayout:
        """The two charts on the left; the skills now and the sittings on the right."""
        self.mastery_chart = MasteryChart(self)
        self.answers_chart = AnswersChart(self)
        mastery_box = QGroupBox(self.tr("Mastery per skill"), self)
        mastery_layout = QVBoxLayout(mastery_box)
        mastery_layout.addWidget(self.mastery_chart)
        answers_box = QGroupBox(self.tr("Answers per day"), self)
        answers_layout = QVBoxLayout(answers_box)
        answers_layout.addWidget(self.answers_chart)

        self.skills_box = QGroupBox(self.tr("Now"), self)
        self.skills_grid = QGridLayout(self.skills_box)
        self.skills_grid.setColumnStretch(0, 1)
        self.skills_grid.setHorizontalSpacing(14)
        self.skill_labels: dict[str, QLabel] = {}
        self._build_history_box()

        charts = QVBoxLayout()
        charts.addWidget(mastery_box, 3)
        charts.addWidget(answers_box, 2)
        side = QVBoxLayout()
        side.addWidget(self.skills_box)
        side.addWidget(self.history_box, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(charts, 3)
        body.addLayout(side, 2)
        return body

    def _build_history_box(self) -> None:
        """Practice sessions: a table of date, answers and mean score."""
        self.history_box = QGroupBox(self.tr("Practice sessions"), self)
        self.history = QTableWidget(0, 3, self.history_box)
        self.history.setAccessibleName(self.tr("Practice sessions: date, answers, mean score"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Answers"), self.tr("Mean score")]
        )
        self.history.verticalHeader().hide()
        self.history.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAlternatingRowColors(True)
        self.history.setShowGrid(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)

    def _build_buttons(self) -> QHBoxLayout:
        """Back to quizzes on the left, Practise now on the right."""
        self.back_button = button(
            self.tr("&Back to quizzes"),
            self.tr("Back to the list of quizzes"),
            self,
            auto_default=False,
        )
        self.back_button.clicked.connect(self.back_requested)
        self.practice_button = button(
            self.tr("&Practise now"), self.tr("Start practising"), self, auto_default=False
        )
        self.practice_button.clicked.connect(self.practice_requested)
        return hbox(self.back_button, None, self.practice_button)

    # --- drawing ---------------------------------------------------------------------------

    def _scale_fonts(self) -> None:
        # Set on the title itself, so redone whenever the zoomed font changes.
        self.title.setFont(scaled_font(self.font(), 1.25, bold=True))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Redraw everything from the bank."""
        profile_id = self.profile.id
        now = self.clock()
        today = local_day(now, self.tz)
        goal = self.progress.daily_goal(profile_id)
        counts = self.progress.answers_by_day(profile_id)
        days = self.progress.mastery_by_day(profile_id, now)
        self.goal_spin.blockSignals(True)
        self.goal_spin.setValue(goal)
        self.goal_spin.blockSignals(False)
        self._show_today(counts, goal, today)
        self.empty_label.setVisible(not counts)
        self.mastery_chart.show_days(days, today, self.tz)
        self.answers_chart.show_counts(counts, today, goal)
        self._show_skills(self.progress.mastery(profile_id, now))
        self._show_history()

    def _show_today(self, counts: dict[date, int], goal: int, today: date) -> None:
        answered = counts.get(today, 0)
        self.today_label.setText(
            self.tr("Today: %1 of %2").replace("%1", str(answered)).replace("%2", str(goal))
        )
        self.today_label.setAccessibleName(self.today_label.text())
        streak = streak_length(counts, goal, today)
        self.streak_label.setText(
            self.tr("Streak: 1 day")
            if streak == 1
            else self.tr("Streak: %1 days").replace("%1", str(streak))
        )
        self.streak_label.setAccessibleName(self.streak_label.text())

    def _show_skills(self, skills: dict[str, Mastery]) -> None:
        while self.skills_grid.count():
            item = self.skills_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop
                widget.deleteLater()
        self.skill_labels = {}
        if not skills:
            empty = QLabel(self.tr("Mastery shows here after your first answers."), self.skills_box)
            empty.setObjectName("hint")
            empty.setWordWrap(True)
            self.skills_grid.addWidget(empty, 0, 0, 1, 2)
            return
        for row, (skill, mastery) in enumerate(skills.items()):
            name = QLabel(self.tr(label_name(skill)), self.skills_box)
            value = QLabel(
                self.tr("%1 (likely %2–%3, %4 answers)")
                .replace("%1", f"<b>{percent(mastery.value)}</b>")
                .replace("%2", str(round(mastery.low * 100)))
                .replace("%3", percent(mastery.high))
                .replace("%4", str(mastery.answers)),
                self.skills_box,
            )
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(
                self.tr("%1: mastery %2 percent, likely between %3 and %4 percent, from %5 answers")
                .replace("%1", label_name(skill))
                .replace("%2", str(round(mastery.value * 100)))
                .replace("%3", str(round(mastery.low * 100)))
                .replace("%4", str(round(mastery.high * 100)))
                .replace("%5", str(mastery.answers))
            )
            self.skills_grid.addWidget(name, row, 0)
            self.skills_grid.addWidget(value, row, 1)
            self.skill_labels[skill] = value
        note = QLabel(
            self.tr(
                "Practice and quiz answers count, recent ones most. The range narrows as "
                "you answer more."
            ),
            self.skills_box,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.skills_grid.addWidget(note, len(skills), 0, 1, 2)

    def _show_history(self) -> None:
        sessions = self.progress.sessions(self.profile.id)
        self.history.setRowCount(len(sessions))
        locale = QLocale()
        for row, summary in enumerate(sessions):
            started = QDateTime.fromMSecsSinceEpoch(int(summary.started_at.timestamp() * 1000))
            cells = [
                locale.toString(started, "ddd d MMM yyyy, HH:mm"),
                str(summary.answers),
                percent(summary.mean_fraction),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.history.setItem(row, column, item)

    # --- acting ----------------------------------------------------------------------------

    def _goal_edited(self, value: int) -> None:
        try:
            goal = self.progress.set_daily_goal(self.profile.id, value)
        except STORAGE_ERRORS as error:
            self.empty_label.setText(
                self.tr("The daily goal was not saved (%1).").replace("%1", localized(error))
            )
            self.empty_label.show()
            return
        now = self.clock()
        today = local_day(now, self.tz)
        counts = self.progress.answers_by_day(self.profile.id)
        self._show_today(counts, goal, today)
        self.answers_chart.show_counts(counts, today, goal)
        self.goal_changed.emit(goal)
