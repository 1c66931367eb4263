"""Benchmark the authoring assistant: analysing a 5,000-word report (goal: under 100 ms) and
suggesting for 10 real reports at once, grouping and comparison included (goal: under 1 s).

    python scripts/bench_suggest.py [--runs N] [--words N]

The report is built from the development set's texts (markup removed), repeated until it
holds the wanted number of words. Prints the median and the fastest of several runs after a
warm-up run (the lexicons are compiled once and cached), plus the one-off lexicon load.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.core.markup import parse_article  # noqa: E402
from quizapp.core.suggest import Report, analyse, find_conflicts, suggest_json  # noqa: E402
from quizapp.core.suggest.lexicon import _load, load_lexicon  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
REAL = ROOT / "tests" / "data" / "real"
# the parts the batch is drawn from, fixed so that the figures stay comparable across
# sessions and no part written later (an untouched measurement) is ever run here
BENCH_PARTS = (
    "dev", "heldout", "fresh", "unseen", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
    "blind8",
)  # fmt: skip
GOAL_MS = 100.0
BATCH_GOAL_MS = 1000.0


def real_reports(count: int) -> list[tuple[str, str]]:
    """The first ``count`` real reports of the dev set as a teacher pastes them (markup and
    the header block removed; only BENCH_PARTS)."""
    found = []
    for path in sorted(p for p in REAL.glob("*/*.md") if p.parent.name in BENCH_PARTS):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("\n---\n", 1)[1] if raw.startswith("---\n") else raw
        found.append((path.name, parse_article(body).text))
    step = max(1, len(found) // count)
    return found[::step][:count]


def build_report(words: int) -> str:
    texts = [
        parse_article(path.read_text(encoding="utf-8")).text
        for path in sorted(DEVSET.glob("*/*.md"))
    ]
    paragraphs = [p for text in texts for p in text.split("\n\n")]
    chosen: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            chosen.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(chosen)


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args(argv)

    _load.cache_clear()
    start = time.perf_counter()
    load_lexicon()
    load_ms = (time.perf_counter() - start) * 1000

    text = build_report(args.words)
    words = len(text.split())
    analyse(text)  # warm-up
    analyse_times = timed(lambda: analyse(text), args.runs)
    suggestions = len(analyse(text))

    third = len(text) // 3
    reports = [Report(f"part-{i}", text[i * third : (i + 1) * third]) for i in range(3)]
    conflict_times = timed(lambda: find_conflicts(reports), max(3, args.runs // 3))

    batch = real_reports(10)
    suggest_json(batch)  # warm-up
    batch_times = timed(lambda: suggest_json(batch), max(3, args.runs // 3))

    median = statistics.median(analyse_times)
    print(f"{'measure':<44} {'median ms':>10} {'best ms':>9}")
    print(f"{'lexicon load and compile (once, cold)':<44} {load_ms:>10.1f} {'':>9}")
    print(f"{f'analyse() a {words}-word report':<44} {median:>10.1f} {min(analyse_times):>9.1f}")
    print(
        f"{'find_conflicts() over 3 reports (same text)':<44}"
        f" {statistics.median(conflict_times):>10.1f} {min(conflict_times):>9.1f}"
    )
    batch_median = statistics.median(batch_times)
    print(
        f"{f'suggest_json() for {len(batch)} real reports':<44}"
        f" {batch_median:>10.1f} {min(batch_times):>9.1f}"
    )
    print(
        f"\n{suggestions} suggestions; goal < {GOAL_MS:.0f} ms:",
        "met" if median < GOAL_MS else "NOT met",
    )
    print(
        f"10 real reports (events, figures, comparisons); goal < {BATCH_GOAL_MS:.0f} ms:",
        "met" if batch_median < BATCH_GOAL_MS else "NOT met",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
