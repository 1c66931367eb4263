"""Benchmark: marking and unmarking a phrase in a 10,000-word article.

Prints the median time of one mark and one unmark, each including the repaint of the
visible text (what the reader waits for), against the 16 ms of one frame at 60 Hz.
Run: python scripts/bench_marking.py
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.ui.marking import MarkableText  # noqa: E402

WORDS = 10_000
RUNS = 60
FRAME_MS = 16.0


def article(word_count: int, rng: random.Random) -> str:
    vocabulary = (
        "officials said the toll will likely rise according to early reports at least 140 "
        "people were killed police sources indicated that could be interpreted as"
    ).split()
    paragraphs, words = [], []
    for index in range(word_count):
        words.append(rng.choice(vocabulary))
        if index % 80 == 79:
            paragraphs.append(" ".join(words) + ".")
            words = []
    if words:
        paragraphs.append(" ".join(words) + ".")
    return "\n\n".join(paragraphs)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    text = MarkableText(article(WORDS, rng))
    text.resize(1280, 800)
    text.show()
    app.processEvents()
    words = text.word_ranges()
    assert len(words) >= WORDS, len(words)
    # Keep some marks around, as a reader would have.
    for _ in range(30):
        first = rng.randrange(len(words) - 3)
        text.add_mark(words[first][0], words[first + 2][1])
    mark_times, unmark_times = [], []
    for _ in range(RUNS):
        first = rng.randrange(len(words) - 4)
        start, end = words[first][0], words[first + 3][1]
        began = time.perf_counter()
        text.add_mark(start, end)
        text.viewport().repaint()
        mark_times.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        text.remove_mark_at(start)
        text.viewport().repaint()
        unmark_times.append((time.perf_counter() - began) * 1000)
    print(f"article: {len(words):,} words, {len(text.text()):,} characters, 30 marks kept")
    print(f"{'operation':<10} {'median ms':>10} {'max ms':>8} {'goal ms':>8}  ratio  met")
    for name, times in (("mark", mark_times), ("unmark", unmark_times)):
        median = statistics.median(times)
        print(
            f"{name:<10} {median:>10.2f} {max(times):>8.2f} {FRAME_MS:>8.1f}  "
            f"{median / FRAME_MS:.2f}  {'yes' if median < FRAME_MS else 'NO'}"
        )


if __name__ == "__main__":
    main()
