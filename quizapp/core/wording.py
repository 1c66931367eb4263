"""How quizapp words things for people, shared by the screens and the PDF reports: numbers
(percentages, ratios and gains, with a dash where nothing can be computed) and translated
templates filled in Qt's way (%1, %2 ..., which a translation may put in another order)."""

from __future__ import annotations

from quizapp.core.text import Catalogue, localized

DASH = "—"
MESSAGES = Catalogue("wording")  # quizapp/core/messages/wording.toml


def percent(value: float | None) -> str:
    """A fraction (0–1) as a whole percentage in the interface's language: "73%" (and
    "73 %" in French, through core/text.py; the command line always gets "73%")."""
    return DASH if value is None else whole_percent(round(value * 100))


def whole_percent(number: float) -> str:
    """A number of percent as the interface's language writes it: "73%", "73 %"."""
    return localized(MESSAGES.PERCENT(number=round(number)))


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


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, ... (Qt's convention). A core text
    or error among the values is put in the interface's language (core/text.py)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        shown = value if type(value) is str else localized(value)
        template = template.replace(f"%{number}", shown)
    return template
