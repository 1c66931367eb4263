"""The printable sheet of a quiz's roster codes: one slip per student, to cut apart.

Each slip names the quiz, the student (the name to use as their profile: the import
checks it) and the code in large monospaced type. Written with QPdfWriter like the class
report; needs a QGuiApplication (``reports.pdf.ensure_gui_application``).
"""

from __future__ import annotations

import errno
import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF  # noqa: TID251 - reports use Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument  # noqa: TID251

from quizapp.core.roster import display
from quizapp.core.wording import fill

CONTEXT = "CodesSheet"
SLIPS_PER_ROW = 2


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def codes_html(quiz_title: str, set_id: str, entries: list[dict[str, str]]) -> str:
    """The sheet as HTML: a heading, then a table of slips two to a row."""
    intro = tr(
        "Cut the slips apart and give each student theirs. To start the quiz, the student "
        "chooses the profile with the name on the slip and types the code. A code counts "
        "once: keep the slips private."
    )
    cells: list[str] = []
    for entry in entries:
        student_id = (
            f"<br/><span style='color:#495057'>{escape(entry['student_id'])}</span>"
            if entry.get("student_id")
            else ""
        )
        cells.append(
            "<td style='border:1px dashed #868e96; padding:10px; width:50%'>"
            f"<span style='font-size:8pt; color:#495057'>{escape(quiz_title)}"
            f" ({escape(set_id)})</span><br/>"
            f"<b style='font-size:12pt'>{escape(entry['name'])}</b>{student_id}<br/>"
            f"<span style='font-family:monospace; font-size:20pt; font-weight:bold'>"
            f"{escape(display(entry['code']))}</span></td>"
        )
    rows = [
        "<tr>" + "".join(cells[i : i + SLIPS_PER_ROW]) + "</tr>"
        for i in range(0, len(cells), SLIPS_PER_ROW)
    ]
    return (
        f"<h1 style='font-size:15pt'>{escape(fill(tr('Codes for “%1”'), quiz_title))}</h1>"
        f"<p style='color:#495057'>{escape(intro)}</p>"
        "<table cellspacing='6' width='100%'>" + "".join(rows) + "</table>"
    )


def write_codes_pdf(
    quiz_title: str, set_id: str, entries: list[dict[str, str]], path: str | Path
) -> Path:
    """Write the codes sheet to ``path`` (atomically); raises ``OSError``."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(path.parent))
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(codes_html(quiz_title, set_id, entries))
    temporary = path.with_name(f".{path.name}.part")
    temporary.touch()
    writer = QPdfWriter(str(temporary))
    writer.setTitle(fill(tr("Codes for “%1”"), quiz_title))
    writer.setCreator("quizapp")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document.print_(writer)
    del writer
    if not temporary.exists() or temporary.stat().st_size == 0:
        temporary.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    os.replace(temporary, path)
    return path
