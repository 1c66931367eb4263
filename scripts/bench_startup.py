"""Start-up time: quizapp's main window against a bare PySide6 window (goal: at most 1.5x).

    python scripts/bench_startup.py [--runs 5]

Each run is a fresh Python process. The time is measured from just before the process is
started to the moment its event loop first runs a zero-delay timer after the window was
shown — the window is on screen and the program is idle, ready for input. The CPU time
of each child (user + system, until it exits just after) is printed too: it varies less
than wall time on a busy machine.

quizapp is started the way the ``quizapp`` command with no arguments starts it
(``quizapp.cli.main``), on its default bank, which was created and filled from the bundled
questions beforehand; its settings and data folder are in a temporary place. The
zero-delay timer is set as the program enters its event loop. Uses the offscreen
platform unless QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

BARE = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
"""

QUIZAPP = """
import time, sys
from quizapp.cli import main
import quizapp.ui  # what main() imports first for the window, so PySide loads after it too
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
run_event_loop = QApplication.exec
def exec_and_report(app):
    QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
    return run_event_loop()
QApplication.exec = exec_and_report
sys.argv[1:] = []
sys.exit(main())
"""


def one_run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to idle, CPU seconds of the whole child process)."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"a run failed ({result.returncode}):\n{result.stderr[-2000:]}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return float(lines[-1]) - started, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bank",
        type=Path,
        help="start on a copy of this bank (e.g. one made by bench_bank.py --keep) instead "
        "of a new one filled from the bundled questions",
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as temp:
        home = Path(temp)
        env = {**os.environ, "PYTHONPATH": str(PROJECT)}
        # An installed program runs from bytecode; without it every run compiles quizapp.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
        setup = (
            "import shutil, sys; from pathlib import Path; from quizapp import paths;"
            "from quizapp.core.library import open_bank; target = paths.default_db_path();"
            "target.parent.mkdir(parents=True, exist_ok=True);"
            "sys.argv[1:] and shutil.copy(sys.argv[1], target);"
            "open_bank(target, paths.questions_dir()).close()"
        )
        bank = [str(args.bank)] if args.bank else []
        subprocess.run([sys.executable, "-c", setup, *bank], env=env, cwd=PROJECT, check=True)
        one_run(BARE, [], env)  # warm the disk cache for both
        one_run(QUIZAPP, [], env)
        bare: list[tuple[float, float]] = []
        quizapp: list[tuple[float, float]] = []
        for _ in range(args.runs):
            bare.append(one_run(BARE, [], env))
            quizapp.append(one_run(QUIZAPP, [], env))

    which = f"bank {args.bank}" if args.bank else "the bundled bank"
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, fresh processes, {which}")
    print(f"{'window':<28}{'median ms':>10}{'min ms':>8}{'max ms':>8}{'CPU ms':>8}")
    for name, runs in (("bare PySide6 QMainWindow", bare), ("quizapp main window", quizapp)):
        walls = [wall for wall, _ in runs]
        cpus = [cpu for _, cpu in runs]
        print(
            f"{name:<28}{statistics.median(walls) * 1000:>10.0f}{min(walls) * 1000:>8.0f}"
            f"{max(walls) * 1000:>8.0f}{statistics.median(cpus) * 1000:>8.0f}"
        )
    ratio = statistics.median(w for w, _ in quizapp) / statistics.median(w for w, _ in bare)
    cpu_ratio = statistics.median(c for _, c in quizapp) / statistics.median(c for _, c in bare)
    paired = statistics.median(q[0] / b[0] for q, b in zip(quizapp, bare, strict=True))
    verdict = "within" if ratio <= 1.5 else "OVER"
    print(
        f"ratio quizapp / bare: {ratio:.2f}x wall ({verdict} the 1.5x goal), {cpu_ratio:.2f}x CPU;"
        f" median of the runs' own ratios {paired:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
