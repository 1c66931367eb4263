"""Filling translated texts: Qt's %1, %2 ... placeholders, which a translation may put in
another order."""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, ... (Qt's convention)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", str(value))
    return template
