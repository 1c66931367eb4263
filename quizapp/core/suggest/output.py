"""What the command line prints: ``suggest_json`` and ``suggest_listing``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from quizapp.core.suggest.analysis import analyse_document
from quizapp.core.suggest.conflicts import compare_reports
from quizapp.core.suggest.lexicon import load_lexicon
from quizapp.core.suggest.model import Conflict, Report, Suggestion
from quizapp.core.suggest.reports import parse_published

ReportInput = Report | tuple[str | Path, str]
_LISTING_TEXT_WIDTH = 70


def _as_reports(paths_and_texts: Iterable[ReportInput]) -> list[Report]:
    reports = []
    for item in paths_and_texts:
        if isinstance(item, Report):
            reports.append(item)
        else:
            path, text = item
            reports.append(Report(str(path), text, parse_published(text)))
    return reports


def _run(
    paths_and_texts: Iterable[ReportInput], lexicon_dir: str | Path | None
) -> tuple[list[Report], list[list[Suggestion]], list[Conflict]]:
    reports = _as_reports(paths_and_texts)
    lexicon = load_lexicon(lexicon_dir)
    analysed = [analyse_document(r.text, lexicon, r.published) for r in reports]
    conflicts = compare_reports(reports, analysed)
    return reports, [suggestions for _, suggestions in analysed], conflicts


def _figure_ref(path: str, figure: Suggestion) -> dict[str, Any]:
    return {"path": path, "start": figure.start, "end": figure.end, "text": figure.text}


def suggest_json(
    paths_and_texts: Iterable[ReportInput], *, lexicon_dir: str | Path | None = None
) -> dict[str, Any]:
    """Suggestions and figure verdicts for several reports, as plain JSON-ready data.

    ``paths_and_texts`` holds ``Report`` objects or ``(path, text)`` pairs (the publication
    time is then read from the text's date line).
    """
    reports, suggestions, conflicts = _run(paths_and_texts, lexicon_dir)
    return {
        "suggestions": [
            {
                "path": report.path,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "label": s.label,
                "reason": s.reason,
            }
            for report, found in zip(reports, suggestions, strict=True)
            for s in found
        ],
        "conflicts": [
            {
                "quantity": c.quantity,
                "verdict": c.verdict,
                "reason": c.reason,
                "a": _figure_ref(c.a_path, c.a),
                "b": _figure_ref(c.b_path, c.b),
            }
            for c in conflicts
        ],
    }


class _Lines:
    """1-based line and column of an offset."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _LISTING_TEXT_WIDTH:
        text = text[: _LISTING_TEXT_WIDTH - 1] + "…"
    return f'"{text}"'


def suggest_listing(
    paths_and_texts: Iterable[ReportInput], *, lexicon_dir: str | Path | None = None
) -> str:
    """A readable listing: suggestions per file (line:col, label, text, reason), then the
    figure comparisons."""
    reports, suggestions, conflicts = _run(paths_and_texts, lexicon_dir)
    lines_of = {report.path: _Lines(report.text) for report in reports}
    out: list[str] = []
    for report, found in zip(reports, suggestions, strict=True):
        published = report.published.isoformat(sep=" ") if report.published else "unknown"
        out.append(f"{report.path}  (published: {published}; {len(found)} suggestions)")
        for s in found:
            line, column = lines_of[report.path].locate(s.start)
            out.append(f"  {line}:{column:<5} {s.label:<12} {_short(s.text)}")
            out.append(f"  {'':<6} {'':<12} {s.reason}")
        out.append("")
    if len(reports) > 1:
        out.append(f"Figures compared across reports ({len(conflicts)})")
        for c in conflicts:
            a_line, a_column = lines_of[c.a_path].locate(c.a.start)
            b_line, b_column = lines_of[c.b_path].locate(c.b.start)
            out.append(f"  {c.quantity}: {c.verdict.upper()}")
            out.append(f"    {c.a_path}:{a_line}:{a_column} {_short(c.a.text)}")
            out.append(f"    {c.b_path}:{b_line}:{b_column} {_short(c.b.text)}")
            out.append(f"    {c.reason}")
        out.append("")
    return "\n".join(out)
