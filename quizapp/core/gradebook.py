"""The gradebook: one CSV row per student, a column per question and per skill, the total.

Written for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the names right),
the csv module's Excel dialect, percentages as plain decimals ("62.5", never "62,5" or
"62.5%"), and an empty cell for a question the student was not asked. A student name that
starts like a formula (``=``, ``+``, ``-``, ``@``) is written with a leading apostrophe, so
a hostile results file cannot make the spreadsheet run anything.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from quizapp.core.classroom import ClassData

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def percent(value: float | None) -> str:
    """0.625 -> "62.5"; None -> ""."""
    if value is None:
        return ""
    text = f"{value * 100:.1f}"
    return text[:-2] if text.endswith(".0") else text


def number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def safe_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def header(data: ClassData) -> list[str]:
    return [
        "Student",
        "Finished",
        "Source",
        "Quiz version",
        *(f"Q{q.number} {q.id} (%)" for q in data.questions),
        *(f"Skill {skill} (%)" for skill in data.skills),
        "Total (%)",
        "Points",
        "Max points",
    ]


def gradebook_rows(data: ClassData) -> list[list[str]]:
    """The header and one row per student (sorted by name)."""
    rows = [header(data)]
    for student in sorted(data.students, key=lambda s: s.name.casefold()):
        points = sum(p for p, _ in student.points.values())
        max_points = sum(m for _, m in student.points.values())
        rows.append(
            [
                safe_text(student.name),
                student.finished_at,
                safe_text(student.source_name or "this computer"),
                "other" if student.other_version else "current",
                *(percent(student.fractions.get(q.id)) for q in data.questions),
                *(percent(student.skill_fraction(s, data.questions)) for s in data.skills),
                percent(student.total),
                number(points),
                number(max_points),
            ]
        )
    return rows


def write_gradebook(data: ClassData, path: str | Path) -> Path:
    """Write the gradebook CSV (atomically); raises ``OSError`` if it cannot be written."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".gradebook-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            csv.writer(stream).writerows(gradebook_rows(data))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
