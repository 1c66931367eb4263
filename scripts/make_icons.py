"""Render the program's icon (assets/icons/quizapp.svg) to the PNG sizes it loads.

    python scripts/make_icons.py

The window icon is built from these PNGs: reading an SVG would load Qt's SVG plugin at
every start (about 2 ms). Run this after changing the SVG and commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from quizapp.app import ICON_SIZES  # noqa: E402


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icons = PROJECT / "assets" / "icons"
    source = QIcon(str(icons / "quizapp.svg"))
    for size in ICON_SIZES:
        target = icons / f"quizapp-{size}.png"
        if not source.pixmap(size, size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(PROJECT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
