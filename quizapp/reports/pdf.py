"""The class report (and one page per student) as a PDF: QTextDocument HTML printed by
QPdfWriter.

``build_class_report`` gathers everything from a ``ClassData`` (plain Python, quick: do it
where the bank is open); ``write_pdf`` lays it out and writes it, using QtGui only, so it
runs from the command line (offscreen) and on a worker thread. Each student's report
starts on a new page.

The report holds: title and date; a summary (students, class average, flagged results)
and a table of every student's total and skill scores; the per-skill chart as an image;
the per-question table (facility, discrimination, key spans found); the heat map of every
excerpt the class marked, with its legend and the phrases most often marked outside the
key; and how to read those numbers.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import (  # noqa: TID251 - reports use Qt by design
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QUrl,
)
from PySide6.QtGui import (  # noqa: TID251
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from quizapp.core.classroom import (
    ClassData,
    HeatMap,
    PrePost,
    QuestionStats,
    SkillAverage,
    SkillGain,
    StudentGain,
    StudentResult,
    class_average,
    heat_maps,
    pre_post,
    question_stats,
    skill_averages,
    student_scores,
)
from quizapp.core.wording import DASH, decimal, fill, percent, signed_points, signed_ratio
from quizapp.reports import heat
from quizapp.reports.charts import skill_chart_image
from quizapp.ui.i18n import skill_name as label_name  # the interface's language

Progress = Callable[[int, int, str], None]
CHART_URL = "quizapp-chart://skills"
_keep: list[QGuiApplication] = []


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a QCoreApplication is running; reports need a QGuiApplication")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["quizapp"])
    _keep.append(app)
    return app


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class ClassReport:
    """Everything a report shows, computed (plain data)."""

    data: ClassData
    questions: list[QuestionStats]
    skills: list[SkillAverage]
    heat: dict[str, list[HeatMap]]
    average: float | None
    generated: str
    before_after: BeforeAfter | None = None


@dataclass(frozen=True)
class BeforeAfter:
    """The report's quiz compared with an earlier one, students matched by name."""

    before: ClassData
    gains: PrePost


def build_class_report(
    data: ClassData, today: date | None = None, before: ClassData | None = None
) -> ClassReport:
    """The report of ``data``'s quiz; with ``before`` (the class on an earlier quiz, e.g.
    before teaching) it also shows each student's and each skill's gain."""
    marking = [q.id for q in data.questions if q.type in ("highlight", "compare")]
    before_after = None
    if before is not None:
        gains = pre_post(student_scores(before), student_scores(data))
        before_after = BeforeAfter(before, gains)
    return ClassReport(
        data=data,
        questions=question_stats(data),
        skills=skill_averages(data),
        heat={qid: heat_maps(data, qid) for qid in marking},
        average=class_average(data),
        generated=(today or date.today()).isoformat(),
        before_after=before_after,
    )


# --------------------------------------------------------------------------- wording


def _skill_title(skill: str) -> str:
    return label_name(skill).capitalize()


CONTEXT = "ClassReport"  # spelt out in each QT_TRANSLATE_NOOP: lupdate reads only literals


def tr(text: str) -> str:
    """The report's words in the user's language (Qt's translation, context ClassReport)."""
    return QCoreApplication.translate(CONTEXT, text)


POLICY_WORDS = {
    "latest": QT_TRANSLATE_NOOP("ClassReport", "each student's latest finished attempt"),
    "best": QT_TRANSLATE_NOOP("ClassReport", "each student's best attempt"),
}

READING_GUIDE = QT_TRANSLATE_NOOP(
    "ClassReport",  # CONTEXT, spelt out for lupdate
    "<b>Facility</b> is the class's mean score on a question: near 0% almost nobody got it, "
    "near 100% almost everybody did. <b>Discrimination</b> tells whether the question "
    "separates stronger from weaker students, judged by their scores on the <i>other</i> "
    "questions: <i>r</i> is the point-biserial correlation (above 0.3 is good, near 0 or "
    "negative deserves a look at the key or the wording); <i>D</i> is the mean score of the "
    "top 27% minus that of the bottom 27%. %1 means it cannot be computed: fewer "
    "than three students, or everyone scored the same.",
)

_STYLE = """
body { font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10pt; margin-top: 10px; margin-bottom: 2px; }
p.meta { color: #495057; margin-top: 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #adb5bd; padding: 2px 4px; }
table.grid th { background-color: #e9ecef; }
td.num { text-align: right; }
p.excerpt { line-height: 150%; }
"""


def _table(
    header: list[str],
    rows: list[list[str]],
    numeric: Iterable[int] = (),
    widths: Mapping[int, int] | None = None,
) -> str:
    """An HTML table; cells are HTML already; ``numeric`` columns align right;
    ``widths`` gives some columns a share of the width in percent."""
    right = set(numeric)
    widths = widths or {}

    def width(i: int) -> str:
        return f" width='{widths[i]}%'" if i in widths else ""

    head = "".join(f"<th{width(i)}>{escape(cell)}</th>" for i, cell in enumerate(header))
    body = "".join(
        "<tr>"
        + "".join(
            f"<td class='num'{width(i)}>{cell}</td>" if i in right else f"<td{width(i)}>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        "<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def heat_html(heat_map: HeatMap) -> str:
    """The excerpt with each word's background by share marked and the key underlined
    in bold blue."""
    parts: list[str] = []
    key = heat.key_colour()
    for run in heat.runs(heat_map):
        text = escape(heat_map.text[run.start : run.end]).replace("\n\n", "<br/><br/>")
        text = text.replace("\n", " ")
        styles = []
        colour = heat.shade(run.level)
        if colour:
            styles.append(f"background-color:{colour}")
        if run.in_key:
            styles.append(f"text-decoration:underline; color:{key}; font-weight:600")
        parts.append(f"<span style='{'; '.join(styles)}'>{text}</span>" if styles else text)
    return "<p class='excerpt'>" + "".join(parts) + "</p>"


def legend_html() -> str:
    cells = "".join(
        f"<td style='background-color:{heat.shade(n) or '#ffffff'}' align='center'>"
        f"{tr(heat.level_label(n))}</td>"
        for n in range(heat.LEVELS + 1)
    )
    key = heat.key_colour()
    underlined = (
        f"<span style='text-decoration:underline; color:{key}; font-weight:600'>"
        + tr("underlined in blue")
        + "</span>"
    )
    return (
        "<p>"
        + fill(
            tr("Each word is shaded by the share of the class who marked it; the key is %1."),
            underlined,
        )
        + "</p>"
        f"<table class='grid' cellspacing='0' cellpadding='3'><tr>{cells}</tr></table>"
    )


def _found_text(stat: QuestionStats) -> str:
    if not stat.spans:
        return DASH
    return "<br/>".join(
        f"{escape(_short(span.span.text))}: <b>{span.found}</b>/{span.of}" for span in stat.spans
    )


def _short(text: str, limit: int = 36) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def class_html(report: ClassReport) -> str:
    """The whole report as HTML: summary and students, skills, questions, the before and
    after comparison when there is one, and the heat maps."""
    parts = [*_summary_html(report), *_questions_html(report)]
    if report.before_after is not None:
        parts.append(before_after_html(report.before_after))
    if report.heat:
        parts += _heat_maps_html(report)
    return "".join(parts)


def _summary_html(report: ClassReport) -> list[str]:
    """The title, the quiz's line, the summary table and a row per student."""
    data = report.data
    flagged = sum(s.other_version for s in data.students)
    parts = [
        "<h1>" + fill(tr("Class report: %1"), escape(data.title)) + "</h1>",
        "<p class='meta'>"
        + fill(
            tr("Quiz %1 · %2 · %3 students · %4"),
            f"<b>{escape(data.set_id)}</b>",
            report.generated,
            len(data.students),
            tr(str(POLICY_WORDS.get(data.policy, data.policy))),
        )
        + "</p>",
        "<h2>" + tr("Summary") + "</h2>",
        _table(
            [tr("Students"), tr("Class average"), tr("Questions"), tr("From another quiz version")],
            [
                [
                    str(len(data.students)),
                    percent(report.average),
                    str(len(data.questions)),
                    str(flagged),
                ]
            ],
            numeric=range(4),
        ),
        "<h3>" + tr("Students") + "</h3>",
        _table(
            [tr("Student"), tr("Total"), *(_skill_title(s) for s in data.skills)],
            [
                [
                    escape(s.name) + (" ⚑" if s.other_version else ""),
                    percent(s.total),
                    *(percent(s.skill_fraction(k, data.questions)) for k in data.skills),
                ]
                for s in sorted(data.students, key=lambda s: s.name.casefold())
            ],
            numeric=range(1, len(data.skills) + 2),
        ),
    ]
    if flagged:
        parts.append(
            "<p>"
            + tr("⚑ taken on another version of the quiz, scored with the current key.")
            + "</p>"
        )
    return parts


def _questions_html(report: ClassReport) -> list[str]:
    """The skills chart, then a row per question and how to read it."""
    return [
        "<h2>" + tr("Score per skill (class average)") + "</h2>",
        f"<p><img src='{CHART_URL}' width='560'/></p>",
        "<h2>" + tr("Questions") + "</h2>",
        _table(
            ["#", tr("Question"), tr("Type"), tr("Facility"), "r", "D", tr("Key phrases found")],
            [
                [
                    str(stat.question.number),
                    escape(stat.question.id),
                    escape(stat.question.type),
                    percent(stat.facility),
                    decimal(stat.point_biserial),
                    decimal(stat.upper_lower),
                    _found_text(stat),
                ]
                for stat in report.questions
            ],
            numeric=(0, 3, 4, 5),
            widths={0: 5, 1: 21, 2: 10, 3: 11, 4: 7, 5: 7, 6: 39},
        ),
        "<p>" + fill(tr(str(READING_GUIDE)), DASH) + "</p>",
    ]


def _heat_maps_html(report: ClassReport) -> list[str]:
    """On a new page: where the class marked, question by question and excerpt by
    excerpt, with the phrases often marked outside the key."""
    parts = [
        "<h2 style='page-break-before: always'>" + tr("Where the class marked") + "</h2>",
        legend_html(),
    ]
    by_id = {q.id: q for q in report.data.questions}
    for question_id, maps in report.heat.items():
        info = by_id[question_id]
        parts.append(f"<h3>Q{info.number} {escape(info.id)}: {escape(info.prompt)}</h3>")
        for heat_map in maps:
            if len(maps) > 1:
                number = heat_map.excerpt_index + 1
                parts.append("<p class='meta'>" + fill(tr("Excerpt %1"), number) + "</p>")
            parts.append(heat_html(heat_map))
            hot = heat_map.hot_runs(0.25)[:5]
            if hot:
                parts.append(
                    "<p>"
                    + tr("Often marked outside the key: ")
                    + "; ".join(
                        fill(
                            tr("‘%1’ (%2 of %3)"),
                            escape(_short(run.text)),
                            run.count,
                            run.students,
                        )
                        for run in hot
                    )
                    + "</p>"
                )
    return parts


def _gain_cells(gain: StudentGain | SkillGain) -> list[str]:
    return [
        percent(gain.pre),
        percent(gain.post),
        signed_points(gain.gain),
        signed_ratio(gain.normalised),
    ]


def before_after_html(comparison: BeforeAfter) -> str:
    gains = comparison.gains
    parts = [
        "<h2 style='page-break-before: always'>" + tr("Before and after") + "</h2>",
        "<p>"
        + fill(
            tr(
                "Compared with the earlier quiz %1 (%2): %3 students took both"
                " (matched by name); mean gain %4 points."
            ),
            f"<b>{escape(comparison.before.title)}</b>",
            escape(comparison.before.set_id),
            len(gains.students),
            signed_points(gains.mean_gain),
        )
        + "</p>",
    ]
    header = [tr("Before"), tr("After"), tr("Gain (points)"), tr("Normalised gain")]
    if gains.students:
        rows = [[escape(s.name), *_gain_cells(s)] for s in gains.students]
        parts.append(_table([tr("Student"), *header], rows, numeric=range(1, 5), widths={0: 36}))
    if gains.skills:
        parts.append("<h3>" + tr("Per skill (students who met the skill in both)") + "</h3>")
        rows = [[_skill_title(s.skill), *_gain_cells(s), str(s.students)] for s in gains.skills]
        parts.append(
            _table(
                [tr("Skill"), *header, tr("Students")], rows, numeric=range(1, 6), widths={0: 30}
            )
        )
    for names, template in (
        (gains.only_pre, tr("Only in the earlier quiz: %1.")),
        (gains.only_post, tr("Only in this quiz: %1.")),
    ):
        if names:
            parts.append("<p>" + fill(template, escape(", ".join(names))) + "</p>")
    parts.append(
        "<p>"
        + tr(
            "The normalised gain is the gain over what there was left to gain, "
            "(after − before) / (1 − before); a loss is measured over what there was to lose."
        )
        + "</p>"
    )
    return "".join(parts)


def student_html(report: ClassReport, student: StudentResult) -> str:
    data = report.data
    rows = []
    for info in data.questions:
        if info.id not in student.fractions:
            rows.append([str(info.number), escape(info.id), tr("not asked"), DASH, ""])
            continue
        points = student.points.get(info.id)
        found = student.found.get(info.id)
        note = ""
        if points is None:
            note = tr("not answered")
        elif found is not None and info.key:
            got = [span.text for span, flag in zip(info.key, found, strict=False) if flag]
            missed = [span.text for span, flag in zip(info.key, found, strict=False) if not flag]
            note = fill(tr("found %1 of %2"), len(got), len(info.key))
            if missed:
                shown = ", ".join(f"‘{escape(_short(t, 28))}’" for t in missed[:3])
                note += fill(tr("; missed %1"), shown)
        rows.append(
            [
                str(info.number),
                escape(info.id),
                DASH
                if points is None
                else fill(tr("%1 of %2"), f"{points[0]:g}", f"{points[1]:g}"),
                percent(student.fractions[info.id]),
                note,
            ]
        )
    skills = [
        [_skill_title(k), percent(student.skill_fraction(k, data.questions))] for k in data.skills
    ]
    origin = (
        fill(tr("handed in as %1"), escape(student.source_name))
        if student.origin == "file" and student.source_name
        else tr("taken on this computer")
    )
    flag = " · " + tr("taken on another version of the quiz") if student.other_version else ""
    finished = escape(student.finished_at[:16].replace("T", " "))
    return (
        f"<h1 style='page-break-before: always'>{escape(student.name)}</h1>"
        "<p class='meta'>"
        + fill(tr("%1 (%2) · finished %3"), escape(data.title), escape(data.set_id), finished)
        + f" · {origin}{flag}</p>"
        + "<h2>"
        + fill(tr("Total: %1"), percent(student.total))
        + "</h2>"
        + _table([tr("Skill"), tr("Score")], skills, numeric=(1,), widths={0: 70, 1: 30})
        + "<h2>"
        + tr("Questions")
        + "</h2>"
        + _table(
            ["#", tr("Question"), tr("Points"), tr("Score"), tr("Notes")],
            rows,
            numeric=(0, 2, 3),
            widths={0: 6, 1: 25, 2: 11, 3: 10, 4: 48},
        )
    )


def report_html(report: ClassReport, students: bool = False) -> str:
    body = class_html(report)
    if students:
        body += "".join(
            student_html(report, s)
            for s in sorted(report.data.students, key=lambda s: s.name.casefold())
        )
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"


# --------------------------------------------------------------------------- writing


def report_document(report: ClassReport, students: bool = False) -> QTextDocument:
    """The report laid out as a QTextDocument, with the chart image as a resource."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    chart = skill_chart_image([(a.skill, a.mean) for a in report.skills])
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    document.setHtml(report_html(report, students))
    return document


def write_pdf(
    report: ClassReport,
    path: str | Path,
    students: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the report (and, with ``students``, a page per student) to ``path``.

    Needs a QGuiApplication (see ``ensure_gui_application``); safe on a worker thread.
    Raises ``OSError`` when the file cannot be written."""
    path = Path(path)
    if progress:
        progress(0, 3, tr("Laying out the report"))
    document = report_document(report, students)
    if progress:
        progress(1, 3, tr("Writing the PDF"))
    temporary = path.with_name(f".{path.name}.part")
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(path.parent))
    temporary.touch()  # raises OSError now, rather than Qt failing quietly later
    writer = QPdfWriter(str(temporary))
    writer.setTitle(fill(tr("Class report: %1"), report.data.title))
    writer.setCreator("quizapp")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ puts its own 2 cm margin around an unpaginated document: page
    # margins on top of it left the text a third of the page narrower than it can be.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document.print_(writer)
    del writer  # closes the file
    if not temporary.exists() or temporary.stat().st_size == 0:
        temporary.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    os.replace(temporary, path)
    if progress:
        progress(3, 3, tr("Done"))
    return path
