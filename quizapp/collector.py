"""Python's cyclic garbage collector paused while the program loads (quizapp.launch),
and turned on again once, by the window after its first paint or by the command line.

Its own module so that quizapp.app can resume it without importing quizapp.launch,
which imports the command line, which imports the app.
"""

from __future__ import annotations

import gc


def pause_collection() -> None:
    gc.disable()


def resume_collection() -> None:
    """Turn the collector on again, once; what is loaded by then stays out of its passes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
