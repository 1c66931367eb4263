"""Benchmark: importing question files into the bank, drawing a quiz, memory.

Generates synthetic banks — 10,000 questions over 1,000 articles and 100,000 over 10,000
(~150-word articles in three paragraphs, each paragraph with a figure, a speculation and an
unconfirmed span; highlight, classify, choice and compare questions; one question file per
1,000 questions) in a temporary folder, then prints one table:

(a) import of 1,000, 5,000 and 20,000 questions: ``check_paths`` + ``Bank.import_sets``
    against a floor that does only the unavoidable work: parse the files with libyaml's
    ``CSafeLoader``, check each article's markup with one regular expression, and insert
    the same rows with sqlite-utils ``insert_all`` into plain tables in one transaction
    (goal: within 1.5x, and the cost per question the same at every size);
(b) drawing a 20-question quiz filtered by skill from the 100,000-question bank and
    building the 20 ``Question`` objects, median of 20 draws (goal: under 50 ms);
(c) the resident memory of a fresh process that opens the 100,000-question bank and draws
    a quiz (goal: under 200 MB).

Run: python scripts/bench_bank.py [--runs 5] [--sizes 1000,5000,20000] [--no-big] [--keep DIR]
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from sqlite_utils import Database

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))

from quizapp.core.bank import Bank  # noqa: E402
from quizapp.core.files import check_paths  # noqa: E402

QUESTIONS_PER_FILE = 1_000
QUESTIONS_PER_ARTICLE = 10
IMPORT_RATIO_GOAL = 1.5
LINEAR_GOAL = 1.25  # the biggest size may cost at most this much more per question
DRAW_GOAL_MS = 50.0
MEMORY_GOAL_MB = 200.0
BANK_TABLES = ("sets", "articles", "spans", "questions", "question_skills", "question_tags")

# --- synthetic question files ------------------------------------------------------------

FILLER = (
    "the of and to in a on for with at by from after before near across about over "
    "residents street station harbour council building morning evening night crowd "
    "witnesses officials police firefighters hospital city district road river bridge "
    "square market school workers families neighbours reporters cameras sirens smoke "
    "windows doors roof walls floor hours minutes yesterday today week road closed "
    "traffic trains flights services people area scene emergency teams local national"
).split()
FIGURES = [
    ("{n} people", "deaths"),
    ("at least {n} dead", "deaths"),
    ("{n} injured", "injuries"),
    ("nearly {n} homes", "homes"),
    ("{n} firefighters", "crews"),
]
SPECULATION = [
    "could be interpreted as",
    "will likely rise",
    "probably outnumbering",
    "is expected to",
    "may have been",
    "I think",
    "seems set to",
]
UNCONFIRMED = [
    "early reports indicate",
    "reportedly",
    "according to social media accounts",
    "law enforcement sources said",
    "unnamed officials suggested",
    "witnesses claimed",
]
NOTES = [  # as written in markup: quotes inside a note are escaped
    "Nobody is named.",
    'A guess, not a finding: \\"likely\\" hedges.',
    "The source is second-hand.",
    "An exact figure, given early.",
]


def _filler(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(FILLER) for _ in range(count))


def _span(rng: random.Random, words: str, label: str, **attributes: str) -> str:
    parts = [f".{label}"] + [f"{key}={value}" for key, value in attributes.items()]
    if rng.random() < 0.3:
        parts.append(f'note="{rng.choice(NOTES)}"')
    return f"[{words}]{{{' '.join(parts)}}}"


def article_text(rng: random.Random, first_quantity: str = "deaths") -> str:
    """About 150 words in three paragraphs; each holds one span of each label."""
    paragraphs = []
    for index in range(3):
        pattern, quantity = rng.choice(FIGURES)
        if index == 0:
            pattern, quantity = "{n} people", first_quantity
        figure = _span(rng, pattern.format(n=rng.randint(2, 400)), "figure", quantity=quantity)
        speculation = _span(rng, rng.choice(SPECULATION), "speculation")
        unconfirmed = _span(rng, rng.choice(UNCONFIRMED).capitalize(), "unconfirmed")
        sentences = [
            f"{_filler(rng, 9).capitalize()} {figure} {_filler(rng, 8)}.",
            f"{unconfirmed} that {_filler(rng, 10)}.",
            f"The {_filler(rng, 6)} {speculation} {_filler(rng, 9)}.",
        ]
        rng.shuffle(sentences)
        # Wrap like an editor would, so the markup crosses lines.
        paragraph = " ".join(sentences)
        lines, line = [], ""
        for word in paragraph.split(" "):
            if len(line) + len(word) > 88 and line:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        paragraphs.append("\n      ".join(lines))
    return "\n\n      ".join(paragraphs)


def _excerpt(rng: random.Random, article_id: str) -> str:
    first = rng.randint(1, 3)
    last = rng.randint(first, 3)
    if rng.random() < 0.25:
        return f"{{article: {article_id}}}"
    return f"{{article: {article_id}, paragraphs: [{first}, {last}]}}"


def question_yaml(rng: random.Random, number: int, article_id: str, other_id: str) -> str:
    """One question about ``article_id`` (a compare also shows ``other_id``)."""
    kind = ("highlight", "highlight", "highlight", "classify", "choice", "compare")[number % 6]
    label = ("figure", "speculation", "unconfirmed")[(number // 6) % 3]
    head = f"  - id: q{number:06d}\n    type: {kind}\n"
    difficulty = f"    difficulty: {rng.randint(1, 3)}\n    tags: [synthetic, batch-{number % 7}]\n"
    if kind == "highlight":
        return (
            head + f"    prompt: Mark every phrase that is {label}.\n"
            f"    excerpt: {_excerpt(rng, article_id)}\n    targets: [{label}]\n"
            "    explanation: A hedge is not a fact.\n" + difficulty
        )
    if kind == "classify":
        return (
            head + "    prompt: Label each marked phrase.\n"
            f"    excerpt: {_excerpt(rng, article_id)}\n"
            "    targets: [figure, speculation, unconfirmed]\n" + difficulty
        )
    if kind == "choice":
        return (
            head + "    prompt: Who says so?\n"
            f"    excerpt: {_excerpt(rng, article_id)}\n    multiple: false\n"
            "    options:\n      - {text: Nobody named, correct: true}\n"
            "      - {text: The fire brigade}\n      - {text: 'No'}\n"
            f"    tags: [{label}]\n"
        )
    return (
        head + "    prompt: Mark the death toll in each report. Do the figures conflict?\n"
        f"    excerpts: [{{article: {article_id}, paragraphs: [1, 1]}},"
        f" {{article: {other_id}, paragraphs: 1}}]\n"
        "    targets: [figure]\n    quantity: deaths\n"
        f"    verdict: {rng.choice(['conflict', 'compatible', 'cannot-tell'])}\n"
        "    reasons:\n"
        '      - {text: "One report is older; tolls rise.", correct: true}\n'
        "      - {text: One outlet invented its number.}\n" + difficulty
    )


def set_yaml(rng: random.Random, file_number: int, questions: int) -> str:
    articles = max(2, questions // QUESTIONS_PER_ARTICLE)
    out = [
        "quizapp: 1",
        f"id: synthetic-{file_number:04d}",
        f'title: "Synthetic set {file_number}"',
        "language: en",
        "articles:",
    ]
    for index in range(articles):
        out += [
            f"  - id: a{index:04d}",
            f"    outlet: Outlet {rng.randint(1, 40)}",
            f"    published: 2021-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:10:00+01:00",
            f"    headline: {_filler(rng, 6).capitalize()}",
            "    text: |",
            "      " + article_text(rng),
        ]
    out.append("questions:")
    text = "\n".join(out) + "\n"
    parts = [text]
    for number in range(questions):
        article = number // QUESTIONS_PER_ARTICLE
        other = (article + 1) % articles
        parts.append(question_yaml(rng, number, f"a{article:04d}", f"a{other:04d}"))
    return "".join(parts)


def generate(folder: Path, questions: int, seed: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for file_number in range(questions // QUESTIONS_PER_FILE):
        path = folder / f"synthetic-{file_number:04d}.yaml"
        path.write_text(set_yaml(rng, file_number, QUESTIONS_PER_FILE), encoding="utf-8")
        paths.append(path)
    return paths


# --- measurements ------------------------------------------------------------------------


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``action``."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def our_import(folder: Path, db_path: Path) -> None:
    sets, problems = check_paths([folder])
    if problems:
        raise SystemExit("generated files are invalid:\n" + "\n".join(map(str, problems[:5])))
    bank = Bank.open(db_path)
    try:
        bank.import_sets(sets)
    finally:
        bank.close()


def bank_rows(db_path: Path) -> dict[str, list[dict]]:
    """The rows our import wrote, table by table (to insert the same rows raw)."""
    db = Database(db_path)
    try:
        return {table: list(db[table].rows) for table in BANK_TABLES}
    finally:
        db.close()


# One pattern for a bracketed span and its attribute braces: the least a markup check does.
FLOOR_SPAN = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\{([^{}]*)\}")


def raw_floor(paths: list[Path], rows: dict[str, list[dict]], db_path: Path) -> None:
    for path in paths:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        for article in document["articles"]:
            FLOOR_SPAN.findall(article["text"])
    db = Database(db_path)
    try:
        with db.conn:
            for table, table_rows in rows.items():
                db.table(table).insert_all(table_rows, batch_size=1000)
    finally:
        db.close()


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return path


def measure_import(
    folder: Path, paths: list[Path], work: Path, runs: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median (wall, CPU) seconds of our import and of the raw floor. The runs alternate,
    so a busy moment on the machine weighs on both alike."""
    ours_db, raw_db = work / "ours.sqlite3", work / "raw.sqlite3"
    ours = [timed(lambda: our_import(folder, fresh(ours_db)))]
    rows = bank_rows(ours_db)
    floor = [timed(lambda: raw_floor(paths, rows, fresh(raw_db)))]
    for _ in range(runs - 1):
        ours.append(timed(lambda: our_import(folder, fresh(ours_db))))
        floor.append(timed(lambda: raw_floor(paths, rows, fresh(raw_db))))

    def medians(times: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)

    return medians(ours), medians(floor)


def measure_draws(db_path: Path, draws: int = 20) -> tuple[float, float]:
    """Median and worst ms to draw 20 'speculation' questions and build them."""
    bank = Bank.open(db_path)
    times = []
    try:
        for _ in range(draws):
            began = time.perf_counter()
            chosen = bank.draw_questions(20, skill="speculation")
            questions = [bank.question(set_id, question_id) for set_id, question_id in chosen]
            times.append((time.perf_counter() - began) * 1000)
            assert len(questions) == 20
            assert all("speculation" in question.skills for question in questions)
    finally:
        bank.close()
    return statistics.median(times), max(times)


# VmHWM is the peak resident size of this process image. (ru_maxrss is not used: after
# fork and exec Linux carries the forking parent's peak into it, and the parent here holds
# a whole imported bank.)
MEMORY_PROBE = """
import sys
sys.path.insert(0, {project!r})
from quizapp.core.bank import Bank
bank = Bank.open({db!r})
chosen = bank.draw_questions(20, skill="speculation")
questions = [bank.question(s, q) for s, q in chosen]
assert len(questions) == 20
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(int(status["VmHWM"].split()[0]), int(status["VmRSS"].split()[0]))
"""


def measure_memory(db_path: Path) -> tuple[float, float]:
    """Peak and current resident MB of a fresh process that opens the bank and draws."""
    code = MEMORY_PROBE.format(project=str(PROJECT_DIR), db=str(db_path))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    peak_kb, current_kb = int(out[0]), int(out[1])
    return peak_kb / 1024, current_kb / 1024


# --- report ------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "goal met" if ok else "NOT MET"


def _prepare(root: Path, questions: int) -> tuple[Path, list[Path]]:
    folder = root / f"files-{questions}"
    began = time.perf_counter()
    paths = generate(folder, questions) if not folder.exists() else sorted(folder.glob("*.yaml"))
    megabytes = sum(path.stat().st_size for path in paths) / 1_048_576
    print(
        f"generated {questions:,} questions over {questions // QUESTIONS_PER_ARTICLE:,}"
        f" articles in {len(paths)} files ({megabytes:.1f} MB)"
        f" in {time.perf_counter() - began:.1f} s",
        flush=True,
    )
    return folder, paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per import size (median)")
    parser.add_argument(
        "--sizes", default="1000,5000,20000", help="question counts to import, comma-separated"
    )
    parser.add_argument(
        "--no-big", action="store_true", help="skip the 100,000-question bank (draw, memory)"
    )
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    rows_out = []
    per_thousand: list[float] = []
    try:
        for questions in sizes:
            folder, paths = _prepare(root, questions)
            work = root / f"work-{questions}"
            work.mkdir(exist_ok=True)
            (ours, ours_cpu), (floor, floor_cpu) = measure_import(folder, paths, work, args.runs)
            ratio = ours_cpu / floor_cpu
            per_thousand.append(ours_cpu / questions * 1000)
            rows_out.append(
                (
                    f"(a) import {questions:,} questions",
                    f"{ours_cpu:.2f} s",
                    f"{floor_cpu:.2f} s",
                    f"{ratio:.2f}x",
                    f"<= {IMPORT_RATIO_GOAL:g}x",
                    verdict(ratio <= IMPORT_RATIO_GOAL),
                    f"CPU, median of {args.runs}; wall {ours:.2f} s vs {floor:.2f} s"
                    f" = {ours / floor:.2f}x; {per_thousand[-1]:.3f} s per 1,000",
                )
            )
            print(
                f"  import: ours CPU {ours_cpu:.2f} s (wall {ours:.2f} s),"
                f" floor CPU {floor_cpu:.2f} s (wall {floor:.2f} s)",
                flush=True,
            )
        if len(per_thousand) > 1:
            growth = per_thousand[-1] / per_thousand[0]
            rows_out.append(
                (
                    f"(a) linear: cost per question {sizes[-1]:,} vs {sizes[0]:,}",
                    f"{growth:.2f}x",
                    "",
                    "",
                    f"<= {LINEAR_GOAL:g}x",
                    verdict(growth <= LINEAR_GOAL),
                    " / ".join(f"{cost:.3f}" for cost in per_thousand) + " s per 1,000",
                )
            )
        if not args.no_big:
            folder, paths = _prepare(root, 100_000)
            work = root / "work-100000"
            work.mkdir(exist_ok=True)
            big_db = fresh(work / "ours.sqlite3")
            wall, cpu = timed(lambda: our_import(folder, big_db))
            rows_out.append(
                (
                    "(a) import 100,000 questions",
                    f"{cpu:.1f} s",
                    "",
                    "",
                    "",
                    "",
                    f"CPU, 1 run; wall {wall:.1f} s; {cpu / 100:.3f} s per 1,000",
                )
            )
            median_ms, worst_ms = measure_draws(big_db)
            rows_out.append(
                (
                    "(b) draw 20 by skill + build, 100k bank",
                    f"{median_ms:.1f} ms",
                    "",
                    "",
                    f"< {DRAW_GOAL_MS:g} ms",
                    verdict(median_ms < DRAW_GOAL_MS),
                    f"median of 20, worst {worst_ms:.1f} ms",
                )
            )
            peak_mb, current_mb = measure_memory(big_db)
            rows_out.append(
                (
                    "(c) memory: open 100k bank + draw",
                    f"{peak_mb:.0f} MB",
                    "",
                    "",
                    f"< {MEMORY_GOAL_MB:g} MB",
                    verdict(peak_mb < MEMORY_GOAL_MB),
                    f"peak RSS (VmHWM); now {current_mb:.0f} MB",
                )
            )
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    header = ("measure", "ours", "raw floor", "ratio", "goal", "result", "note")
    widths = [max(len(row[i]) for row in [header, *rows_out]) for i in range(len(header))]
    print()
    for row in [header, tuple("-" * w for w in widths), *rows_out]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {platform.machine()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
