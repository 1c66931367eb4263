"""What the command line prints: ``suggest_json`` and ``suggest_listing``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from quizapp.core.suggest.conflicts import analyse_batch, compare_reports
from quizapp.core.suggest.events import EventGroup, events_of
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
    paths_and_texts: Iterable[ReportInput],
    lexicon_dir: str | Path | None,
    events: Sequence[int] | None = None,
) -> tuple[list[Report], list[list[Suggestion]], list[Conflict], list[EventGroup]]:
    reports = _as_reports(paths_and_texts)
    lexicon = load_lexicon(lexicon_dir)
    groups, analysed = analyse_batch(reports, lexicon, events)
    conflicts = compare_reports(reports, analysed, events_of(groups, len(reports)))
    return reports, [suggestions for _, suggestions in analysed], conflicts, groups


def _event_json(group: EventGroup, reports: list[Report]) -> dict[str, Any]:
    return {
        "event": group.index,
        "label": group.label,
        "kind": group.kind,
        "paths": [reports[i].path for i in group.reports],
        "cues": list(group.cues),
        "apart": [{"event": kept.event, "reason": kept.reason} for kept in group.apart],
    }


def _figure_ref(path: str, figure: Suggestion) -> dict[str, Any]:
    return {"path": path, "start": figure.start, "end": figure.end, "text": figure.text}


def suggest_json(
    paths_and_texts: Iterable[ReportInput],
    *,
    lexicon_dir: str | Path | None = None,
    events: Sequence[int] | None = None,
) -> dict[str, Any]:
    """Suggestions, figure verdicts and event groups for several reports, as JSON-ready data.

    ``paths_and_texts`` holds ``Report`` objects or ``(path, text)`` pairs (the publication
    time is then read from the text's date line). ``events`` (one event index per report)
    replaces the automatic grouping of the reports by event.
    """
    reports, suggestions, conflicts, groups = _run(paths_and_texts, lexicon_dir, events)
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
                "event": c.event,
            }
            for c in conflicts
        ],
        "events": [_event_json(group, reports) for group in groups],
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
    paths_and_texts: Iterable[ReportInput],
    *,
    lexicon_dir: str | Path | None = None,
    events: Sequence[int] | None = None,
) -> str:
    """A readable listing: suggestions per file (line:col, label, text, reason), then the
    events the reports were grouped into and the figure comparisons within each."""
    reports, suggestions, conflicts, groups = _run(paths_and_texts, lexicon_dir, events)
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
        out.append(f"Events ({len(groups)}): figures are compared only within one event")
        for group in groups:
            cues = ", ".join(group.cues) or "no shared names"
            kind = f"{group.kind}; " if group.kind else ""
            out.append(f"  event {group.index + 1}: {group.label}  ({kind}names: {cues})")
            for member in group.reports:
                out.append(f"    {reports[member].path}")
            for kept in group.apart:
                out.append(f"    kept apart from event {kept.event + 1}: {kept.reason}")
        out.append("")
        out.append(f"Figures compared across reports ({len(conflicts)})")
        for c in conflicts:
            a_line, a_column = lines_of[c.a_path].locate(c.a.start)
            b_line, b_column = lines_of[c.b_path].locate(c.b.start)
            event = f"  (event {c.event + 1})" if len(groups) > 1 else ""
            out.append(f"  {c.quantity}: {c.verdict.upper()}{event}")
            out.append(f"    {c.a_path}:{a_line}:{a_column} {_short(c.a.text)}")
            out.append(f"    {c.b_path}:{b_line}:{b_column} {_short(c.b.text)}")
            out.append(f"    {c.reason}")
        out.append("")
    return "\n".join(out)
