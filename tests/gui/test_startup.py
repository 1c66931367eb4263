"""Start-up stays light: no Qt namespace or question model before the first paint, the
menus' commands made just after it, and fonts still propagate under style sheets."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui import themes

PROPAGATION = Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles
PROJECT = Path(__file__).resolve().parents[2]
# PySide types the first screen does not need: the menus' commands (made after the
# paint) and what only dialogs and other screens use.
UNNEEDED = ("QAction", "QActionGroup", "QKeySequence", "QDialogButtonBox", "QTreeWidget")


def _bench() -> ModuleType:
    """scripts/bench_startup.py, whose first-paint hook the test starts quizapp with."""
    path = PROJECT / "scripts" / "bench_startup.py"
    spec = importlib.util.spec_from_file_location("bench_startup", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()

# Starts plain quizapp on a bank and reports, at the window's first paint, whether PySide
# has built its Qt namespace and whether fonts propagate under the style sheet.
FIRST_PAINT = (
    """
import sys
import quizapp.ui
from PySide6 import QtCore, QtGui, QtWidgets

UNNEEDED = sys.argv[2].split(",")


def on_first_paint(window):
    built = "Qt" in QtCore.__dict__  # before this names Qt itself
    made = [name for name in UNNEEDED if name in {**QtGui.__dict__, **QtWidgets.__dict__}]
    attribute = QtCore.Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles
    profiles = window.profile_view.profile_list.count()
    model = "quizapp.core.model" in sys.modules
    every_class = "QWizard" in QtWidgets.__dict__
    propagates = QtWidgets.QApplication.testAttribute(attribute)
    titles = len(window.menuBar().actions())
    print(built, propagates, profiles, model, every_class, titles, window.menus_filled)
    print(",".join(made) or "-", flush=True)
"""
    + BENCH.FIRST_PAINT_HOOK
    + """
from quizapp.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)


def test_the_attribute_value_is_qts() -> None:
    """The attribute number set directly is the one Qt's enum names."""
    assert themes.STYLE_SHEET_PROPAGATION == PROPAGATION.value


def test_the_first_paint_needs_no_qt_namespace(tmp_path: Path) -> None:
    """Plain quizapp paints its profile list without building PySide's Qt namespace or
    loading the question model, and with font propagation under style sheets on (the
    zoom depends on it)."""
    from quizapp.core.bank import Bank

    db = tmp_path / "bank.sqlite3"
    bank = Bank.open(db)
    bank.add_profile("Ada")
    bank.close()
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "QT_QPA_PLATFORM": "offscreen"}
    result = BENCH.run_python(["-c", FIRST_PAINT, str(db), ",".join(UNNEEDED)], env)
    assert result.returncode == 0, result.stderr[-2000:]
    flags, made = result.stdout.splitlines()[-2:]
    built, propagates, profiles, model, every_class, titles, filled = flags.split()
    if sys.platform.startswith("linux"):
        # Elsewhere the attribute is set through PySide's enum. If this fails, something on
        # the start path names Qt.<Enum> (or calls an overload taking one, as setShortcut):
        # that costs 125 M instructions, a fifth of a bare window's start.
        assert built == "False", "the first screen built PySide's Qt namespace"
    assert propagates == "True"
    assert profiles == "1"  # the real first screen, with its profile
    assert model == "False"  # the question model's dataclasses wait for the first quiz
    # PySide creates its classes when first used; asked for a widget Qt made (viewport(),
    # parentWidget()), it creates every QtWidgets class to find its type: 29 ms.
    assert every_class == "False", "PySide created every QtWidgets class before the paint"
    # The menu bar shows its five menus; their commands are made just after the paint.
    assert (titles, filled) == ("5", "False")
    # Types the first screen does not use, each costing PySide a few M instructions.
    assert made == "-", f"created before the first paint, not needed by it: {made}"


def test_the_menus_work_as_soon_as_the_window_is_up(qtbot: QtBot, tmp_path: Path) -> None:
    """The first paint shows the menus' titles; their commands and shortcuts are there as
    soon as the paint is over (the next pass of the event loop), before the user can act."""
    from quizapp.core.bank import Bank
    from quizapp.ui.main_window import MainWindow

    bank = Bank.open(tmp_path / "bank.sqlite3")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(bank, settings=settings)
    qtbot.addWidget(window)
    try:
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["&File", "&View", "Practi&ce", "&Teacher", "&Help"]
        assert not window.menus_filled and window.file_menu.isEmpty()
        painted: list[bool] = []
        watcher = _PaintWatcher(window, painted)
        window.show()
        qtbot.waitUntil(lambda: bool(painted))
        assert painted == [False]  # not made before the paint
        QApplication.processEvents()
        assert window.menus_filled
        assert [a.text() for a in window.file_menu.actions() if a.text()] == [
            "&Open quiz file…",
            "&Switch profile…",
            "&Quit",
        ]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert window.zoom == 110  # Ctrl+= zooms in
        assert window.theme_actions[window.theme].isChecked()
        assert not window.lock_action.isEnabled()  # teacher mode is locked
        del watcher
    finally:
        bank.close()


class _PaintWatcher(QObject):
    """Notes, at the window's first Paint event, whether its menus were made yet."""

    def __init__(self, window: QWidget, painted: list[bool]) -> None:
        super().__init__(window)
        self.painted = painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted.append(bool(watched.menus_filled))  # type: ignore[attr-defined]
        return False


def test_the_attribute_is_set_through_pyside_when_qtcore_cannot_be_called(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """Where Qt's function cannot be reached directly, PySide's enum sets the attribute."""
    monkeypatch.setattr(themes, "_set_attribute_in_qtcore", lambda attribute: False)
    QCoreApplication.setAttribute(PROPAGATION, False)
    try:
        themes.propagate_fonts_under_style_sheets()
        assert QCoreApplication.testAttribute(PROPAGATION)
    finally:
        QCoreApplication.setAttribute(PROPAGATION, True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the direct call is Linux's")
def test_qts_own_function_sets_the_attribute(qapp: object) -> None:
    """On Linux the attribute is set by calling QtCore's setAttribute directly."""
    QCoreApplication.setAttribute(PROPAGATION, False)
    try:
        assert themes._set_attribute_in_qtcore(themes.STYLE_SHEET_PROPAGATION) is True
        assert QCoreApplication.testAttribute(PROPAGATION)
    finally:
        QCoreApplication.setAttribute(PROPAGATION, True)


def test_the_page_scroll_takes_no_focus(open_window) -> None:  # type: ignore[no-untyped-def]
    """The scroll area around the pages (its focus policy set by name) never takes focus."""
    window = open_window()
    assert window.page_scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


# The quizapp command on a bank: whether the garbage collector runs at the first paint
# and when the program ends.
COLLECTOR = (
    """
import atexit, gc, sys
from quizapp import launch


def on_first_paint(window):
    print(gc.isenabled(), window.profile_view.profile_list.count(), flush=True)


atexit.register(lambda: print(gc.isenabled(), flush=True))
"""
    + BENCH.FIRST_PAINT_HOOK
    + """
sys.argv[1:] = []
sys.exit(launch.main())
"""
)


def test_the_collector_is_paused_only_until_the_first_paint(tmp_path: Path) -> None:
    """The quizapp command loads with Python's garbage collector paused and turns it on
    again just after the window's first paint; with arguments it runs from the start."""
    from quizapp import paths
    from quizapp.core.bank import Bank

    env = {**os.environ, "PYTHONPATH": str(PROJECT), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env[name] = str(tmp_path / name.lower())
    db = Path(env["XDG_DATA_HOME"]) / paths.APP_NAME / "bank.sqlite3"
    db.parent.mkdir(parents=True)
    bank = Bank.open(db)
    bank.add_profile("Ada")
    bank.close()
    result = BENCH.run_python(["-c", COLLECTOR], env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["False", "1", "True"]  # paused at the paint only
    command = "import gc, sys; from quizapp import launch; launch.main(); print(gc.isenabled())"
    result = BENCH.run_python(["-c", command, "validate", str(tmp_path)], env)
    assert result.stdout.split()[-1] == "True", result.stderr[-2000:]
