"""Numbers as quizapp writes them for people: percentages, ratios and gains, with a dash
where nothing can be computed. The dashboard and the PDF reports say them alike."""

from __future__ import annotations

DASH = "—"


def percent(value: float | None) -> str:
    """A fraction (0–1) as a whole percentage: "73%"."""
    return DASH if value is None else f"{round(value * 100)}%"


def decimal(value: float | None) -> str:
    """A statistic with two decimals: "0.42", "-0.10"."""
    return DASH if value is None else f"{value:.2f}"


def signed_points(value: float | None) -> str:
    """A gain in percentage points: "+12", "−5", "0"."""
    if value is None:
        return DASH
    number = round(value * 100)
    return f"+{number}" if number > 0 else ("0" if number == 0 else f"−{-number}")


def signed_ratio(value: float | None) -> str:
    """A ratio with its sign: "+0.40", "−0.25"."""
    return DASH if value is None else f"{value:+.2f}".replace("-", "−")
