"""Compare figures of the same quantity across reports and explain the verdict.

Pairs: for every two different reports, each figure of one is compared with each figure of
the other that counts the same quantity in the same scope. Left out: figures whose quantity
is unknown, sub-totals without a name of their own ("six of them"), and repeats of the same
figure within a report (the first one in the body is kept). A sub-total at a named venue
("112 at the Bataclan") is compared only with figures for that venue; a figure about another
place's event or another year only with the same scope.

Verdict: "conflict" when the two intervals cannot overlap, "compatible" when they can. The
reason says so in words and, when both publication times are known, whether the lower
figure is simply the older one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from quizapp.core.suggest.analysis import analyse_document
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.lexicon import load_lexicon
from quizapp.core.suggest.model import Conflict, Report, Suggestion

_TOLLS = frozenset({"deaths", "injured", "missing", "casualties"})


def _describe(figure: Suggestion) -> str:
    description = figure.description or figure.text
    if figure.interval is not None and figure.interval.is_exact:
        return f"{description} (exact)"
    return description


def _when(moment: datetime) -> str:
    if moment.hour == 0 and moment.minute == 0:
        return moment.strftime("%d %B %Y").lstrip("0") + " with no time given"
    return moment.strftime("%d %B %Y, %H:%M").lstrip("0")


def _timing(
    lower: Suggestion,
    lower_published: datetime | None,
    other_published: datetime | None,
    quantity: str,
) -> str:
    if lower_published is None or other_published is None:
        return "the publication times are unknown, so it cannot be said which figure is older"
    name = lower.description or lower.text
    if lower_published < other_published:
        tendency = (
            "tolls often rise as news develops"
            if quantity in _TOLLS
            else "figures are often revised as news develops"
        )
        return (
            f"the {name} comes from the earlier report ({_when(lower_published)} against "
            f"{_when(other_published)}), and {tendency}"
        )
    if lower_published > other_published:
        return (
            f"the lower figure, {name}, is the more recent one ({_when(lower_published)}), so it"
            " is not simply out of date: the reports may count different things, or one is wrong"
        )
    return "both reports carry the same time, so age does not explain the difference"


def judge(
    quantity: str,
    a: Suggestion,
    b: Suggestion,
    a_published: datetime | None,
    b_published: datetime | None,
) -> tuple[str, str]:
    """The verdict on two figures of ``quantity`` and its reason in words."""
    assert a.interval is not None and b.interval is not None
    described = f"{_describe(a)} and {_describe(b)}"
    if a.interval.overlaps(b.interval):
        reason = f"{described} can both be right: {a.interval} and {b.interval} overlap"
        if a.interval == b.interval and a.interval.is_exact:
            reason += "; the reports agree"
        return "compatible", reason
    if a.interval.high <= b.interval.low:
        lower, lower_published, other_published = a, a_published, b_published
    else:
        lower, lower_published, other_published = b, b_published, a_published
    timing = _timing(lower, lower_published, other_published, quantity)
    reason = (
        f"{described} cannot both be right ({a.interval} and {b.interval} do not overlap); {timing}"
    )
    return "conflict", reason


def _comparable(doc: Document, figures: list[Suggestion]) -> list[Suggestion]:
    """The figures worth comparing: known quantity, not an unnamed part, no repeats."""
    chosen: dict[tuple[str, str | None, str], Suggestion] = {}
    for figure in figures:
        if figure.label != "figure" or figure.interval is None:
            continue
        if figure.quantity in (None, "unspecified"):
            continue
        if figure.part and (figure.scope is None or figure.scope.startswith("part@")):
            continue
        key = (figure.quantity or "", figure.scope, str(figure.interval))
        if key not in chosen or (
            doc.in_headline(chosen[key].start) and not doc.in_headline(figure.start)
        ):
            chosen[key] = figure
    return sorted(chosen.values(), key=lambda f: f.start)


def compare_reports(
    reports: list[Report], analysed: list[tuple[Document, list[Suggestion]]]
) -> list[Conflict]:
    """Verdicts for reports already analysed (``analysed[i]`` belongs to ``reports[i]``)."""
    comparable = [_comparable(doc, suggestions) for doc, suggestions in analysed]
    conflicts: list[Conflict] = []
    for i, report_a in enumerate(reports):
        for j in range(i + 1, len(reports)):
            report_b = reports[j]
            for a in comparable[i]:
                for b in comparable[j]:
                    if a.quantity != b.quantity or a.scope != b.scope:
                        continue
                    quantity = a.quantity or ""
                    verdict, reason = judge(quantity, a, b, report_a.published, report_b.published)
                    conflicts.append(
                        Conflict(quantity, verdict, reason, a, b, report_a.path, report_b.path)
                    )
    return conflicts


def find_conflicts(
    reports: list[Report], *, lexicon_dir: str | Path | None = None
) -> list[Conflict]:
    """Verdicts on figures of the same quantity in different reports, in report order."""
    lexicon = load_lexicon(lexicon_dir)
    analysed = [analyse_document(r.text, lexicon, r.published) for r in reports]
    return compare_reports(reports, analysed)
