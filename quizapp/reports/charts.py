"""Charts drawn straight onto a QImage with QPainter, for printing.

QtCharts needs a QApplication (its charts are graphics widgets); a report must also be
built from the command line and on a worker thread, where only QtGui is safe. So the
printed skill chart is drawn by hand: one horizontal bar per skill, 0–100%, with the
value written at the end of each bar (so the chart also reads in black and white).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt  # noqa: TID251 - reports use Qt by design
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: TID251

from quizapp.ui.i18n import skill_name as label_name  # the interface's language

BAR_COLOUR = "#1c7ed6"
TRACK_COLOUR = "#e9ecef"
TEXT_COLOUR = "#212529"
GRID_COLOUR = "#adb5bd"


def bar_chart_image(
    rows: Sequence[tuple[str, float | None]],
    width: int = 1400,
    row_height: int = 84,
    font_pixels: int = 34,
) -> QImage:
    """Bars for ``(label, fraction or None)`` rows on a white image; None is drawn as "—"."""
    top, bottom = 20, 60
    height = top + bottom + row_height * max(1, len(rows))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(font_pixels)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_width = max([metrics.horizontalAdvance(label) for label, _ in rows] + [100]) + 30
        value_width = metrics.horizontalAdvance("100%") + 30
        left, right = label_width, width - value_width
        span = max(1, right - left)
        # Grid lines at 0, 25, 50, 75, 100%.
        painter.setPen(QPen(QColor(GRID_COLOUR), 2, Qt.PenStyle.DotLine))
        for step in range(5):
            x = left + span * step / 4
            painter.drawLine(int(x), top, int(x), height - bottom + 8)
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(x - 80, height - bottom + 10, 160, bottom - 10),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{step * 25}%",
            )
            painter.setPen(QPen(QColor(GRID_COLOUR), 2, Qt.PenStyle.DotLine))
        for number, (label, value) in enumerate(rows):
            y = top + row_height * number
            bar = QRectF(left, y + row_height * 0.18, span, row_height * 0.64)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TRACK_COLOUR))
            painter.drawRect(bar)
            if value is not None:
                painter.setBrush(QColor(BAR_COLOUR))
                painter.drawRect(
                    QRectF(bar.left(), bar.top(), span * max(0.0, min(1.0, value)), bar.height())
                )
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(0, y, label_width - 20, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.drawText(
                QRectF(right + 14, y, value_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "—" if value is None else f"{round(value * 100)}%",
            )
    finally:
        painter.end()
    return image


def skill_chart_image(averages: Sequence[tuple[str, float | None]], width: int = 1400) -> QImage:
    """The per-skill class averages as bars, skills named as a reader says them."""
    return bar_chart_image(
        [(label_name(skill).capitalize(), value) for skill, value in averages], width=width
    )
