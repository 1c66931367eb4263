"""Start-up: quizapp's main window against a bare PySide6 window (goal: at most 1.3x).

    python scripts/bench_startup.py [--runs 5]

Each run is a fresh Python process. The time is measured from just before the process is
started to the first Paint event of its window — the window is on screen. Each child
then reports its peak resident memory (VmHWM) and quits. The CPU time of each child
(user + system, to its exit) is printed too: it varies less than wall time on a busy machine.
The paint measured is the window's own Paint event: its child widgets paint just after it.

quizapp is started the way the ``quizapp`` command with no arguments starts it
(``quizapp.launch.main``), on its default bank, which was created and filled from the bundled
questions beforehand; its settings and data folder are in a temporary place. Uses the offscreen
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
GOAL = 1.3  # first paint and peak memory, each against a bare PySide6 window

# Watches a child's first window: an event filter sees its first Paint event and calls
# ``on_first_paint(window)`` (defined by the code before this), then the child quits, or
# ends at once when QUIZAPP_BENCH_END_AT_PAINT is set (for counting instructions to the
# paint itself). tests/gui/test_startup.py starts quizapp with it too.
FIRST_PAINT_HOOK = """
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            on_first_paint(watched)
            if os.environ.get("QUIZAPP_BENCH_END_AT_PAINT"):
                os._exit(0)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


_first_paint = _FirstPaint()
_show = QWidget.show


def show_and_watch(widget):
    if widget.isWindow():
        widget.installEventFilter(_first_paint)
    return _show(widget)


QWidget.show = show_and_watch
"""

# Both children print, at their window's first paint, the time and their peak resident
# memory (VmHWM).
REPORT = (
    """
import time, sys


def _peak_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def on_first_paint(window):
    print(time.time(), _peak_kb(), flush=True)
"""
    + FIRST_PAINT_HOOK
)

BARE = (
    REPORT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
)

QUIZAPP = (
    # What the quizapp command (quizapp.launch.main) does before PySide loads: pause the
    # garbage collector, import cli, then the ui package.
    "from quizapp import collector, launch\n"
    "collector.pause_collection()\nimport quizapp.cli\nimport quizapp.ui\n"
    + REPORT
    + """
sys.argv[1:] = []
sys.exit(launch.main())
"""
)


def run_python(
    args: list[str], env: dict[str, str], timeout: float = 120, tool: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Python (under ``tool``, if given) with ``args`` in the project folder; its output."""
    return subprocess.run(
        [*tool, sys.executable, *args],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def one_run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds to first paint, CPU seconds of the whole child, peak resident MB)."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    result = run_python(["-c", code, *args], env)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"a run failed ({result.returncode}):\n{result.stderr[-2000:]}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    painted, peak_kb = lines[-1].split()
    return float(painted) - started, cpu, int(peak_kb) / 1024


def instructions(code: str, env: dict[str, str], to_paint: bool) -> int:
    """Instructions one child runs, counted by callgrind: to its first paint (it ends
    there), or to the paint and then its exit."""
    if to_paint:
        env = {**env, "QUIZAPP_BENCH_END_AT_PAINT": "1"}
    callgrind = ("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")
    result = run_python(["-c", code], env, timeout=900, tool=callgrind)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    raise SystemExit(f"callgrind gave no count:\n{result.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bank",
        type=Path,
        help="start on a copy of this bank (e.g. one made by bench_bank.py --keep) instead "
        "of a new one filled from the bundled questions",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each child's instructions under valgrind's callgrind, to its first"
        " paint and to the paint and its exit (slow, but the same on a busy machine as on a"
        " quiet one). Work quizapp leaves for just after the paint (its menus' commands)"
        " counts only in the second",
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
        counted = {
            to_paint: (instructions(BARE, env, to_paint), instructions(QUIZAPP, env, to_paint))
            for to_paint in ((True, False) if args.instructions else ())
        }
        bare: list[tuple[float, float, float]] = []
        quizapp: list[tuple[float, float, float]] = []
        for _ in range(args.runs):
            bare.append(one_run(BARE, [], env))
            quizapp.append(one_run(QUIZAPP, [], env))

    which = f"bank {args.bank}" if args.bank else "the bundled bank"
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, fresh processes, {which}")
    print(f"{'window':<28}{'paint ms':>10}{'min ms':>8}{'max ms':>8}{'CPU ms':>8}{'peak MB':>9}")
    for name, runs in (("bare PySide6 QMainWindow", bare), ("quizapp main window", quizapp)):
        walls = [run[0] for run in runs]
        print(
            f"{name:<28}{statistics.median(walls) * 1000:>10.0f}{min(walls) * 1000:>8.0f}"
            f"{max(walls) * 1000:>8.0f}{statistics.median(run[1] for run in runs) * 1000:>8.0f}"
            f"{statistics.median(run[2] for run in runs):>9.1f}"
        )

    def ratio(index: int) -> float:
        return statistics.median(run[index] for run in quizapp) / statistics.median(
            run[index] for run in bare
        )

    paired = statistics.median(q[0] / b[0] for q, b in zip(quizapp, bare, strict=True))
    for what, value in (("first paint", ratio(0)), ("peak memory", ratio(2))):
        verdict = "goal met" if value <= GOAL else "NOT MET"
        print(f"{what}: quizapp / bare {value:.2f}x (goal <= {GOAL:g}x: {verdict})")
    print(f"CPU: {ratio(1):.2f}x; median of the runs' own first-paint ratios {paired:.2f}x")
    for to_paint, (bare_count, quizapp_count) in counted.items():
        what = "to first paint" if to_paint else "to first paint and exit"
        print(
            f"instructions {what} (callgrind): bare {bare_count / 1e6:.0f} M,"
            f" quizapp {quizapp_count / 1e6:.0f} M, {quizapp_count / bare_count:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
