"""scripts/eval_real.py --header-dates: the key orders reports by the days the assistant is
given, the headers' approximate days too; by default only by exact header dates."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType


def _report(published: str, toll: str) -> str:
    return (
        f"---\noutlet: Varonne Soir\npublished: {published}\n"
        "url: https://example.org/a\nevent: varonne-flood-2024\n---\n"
        f"Les pluies ont fait [{toll} morts]{{.figure quantity=deaths}} à Varonne.\n"
    )


def _verdicts(tmp_path: Path, eval_real: ModuleType, later_day: str) -> tuple[str, str]:
    part = tmp_path / "blind7"
    part.mkdir()
    (part / "varonne-a.md").write_text(_report("2024-12-02 (approximate)", "12"), "utf-8")
    (part / "varonne-b.md").write_text(_report(f"{later_day} (approximate)", "15"), "utf-8")
    default = eval_real.evaluate("blind7").pairs
    header = eval_real.evaluate("blind7", True).pairs
    assert len(default) == len(header) == 1
    return default[0].verdict, header[0].verdict


def test_a_later_approximate_day_orders_the_reports_only_with_header_dates(
    tmp_path: Path, eval_real: ModuleType
) -> None:
    """The higher toll two days later is an update when the assistant is told the days."""
    assert _verdicts(tmp_path, eval_real, "2024-12-04") == ("conflict", "update")


def test_two_reports_of_one_approximate_day_stay_unordered(
    tmp_path: Path, eval_real: ModuleType
) -> None:
    """A day alone does not say which of two reports of that day came first."""
    assert _verdicts(tmp_path, eval_real, "2024-12-02") == ("conflict", "conflict")
