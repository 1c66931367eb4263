"""scripts/eval_real.py --header-dates: each report is given its header's published day,
even one the header marks approximate; by default only a date found in the body."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

REPORT = (
    "---\noutlet: Varonne Soir\npublished: 2024-12-02 (not on the page; approximate)\n"
    "url: https://example.org/a\nevent: varonne-flood-2024\n---\n"
    "Des pluies ont fait [12 morts]{.figure quantity=deaths} à Varonne.\n"
)


def test_the_header_day_is_read_even_when_approximate(
    tmp_path: Path, eval_real: ModuleType
) -> None:
    path = tmp_path / "varonne-soir.md"
    path.write_text(REPORT, encoding="utf-8")
    article = eval_real.load_article(path)
    assert article.published is None  # the key's exact date: none when approximate
    assert article.header_day == datetime(2024, 12, 2)


def test_the_mode_that_ran_is_printed(
    tmp_path: Path, eval_real: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "blind7").mkdir()
    (tmp_path / "blind7" / "varonne-soir.md").write_text(REPORT, encoding="utf-8")
    eval_real.main(["--subset", "blind7", "--header-dates"])
    assert "publication dates: header dates" in capsys.readouterr().out
    eval_real.main(["--subset", "blind7"])
    assert "publication dates: dates from the body (default)" in capsys.readouterr().out
