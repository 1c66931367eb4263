"""The ``quizapp`` command (and ``python -m quizapp``): quizapp.cli's command line,
started with Python's cyclic garbage collector paused while the program loads.

Loading makes objects that stay for the whole run (modules, classes, PySide's types);
the collector's passes over them cost about 19 M instructions of the start-up, 3 % of
a bare PySide6 window's whole start. ``resume_collection`` turns the collector on again
and leaves what was loaded out of its later passes (``gc.freeze``): the window calls
it just after its first paint (quizapp.app.run_gui), a command line with arguments
before it runs.
"""

from __future__ import annotations

import sys

from quizapp.collector import pause_collection, resume_collection


def main() -> int:
    pause_collection()
    from quizapp.cli import main as run

    if sys.argv[1:]:  # a command or options: nothing to hurry for
        resume_collection()
    return run()
