"""Reading comfort: zoom shortcuts, themes, remembered window geometry, names for every
control (for screen readers)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.ui.themes import FontScaler, inherit_font, set_pages_font
from tests.gui.driving import click

CTRL = Qt.KeyboardModifier.ControlModifier


def text_size(window) -> float:
    """The point size of ordinary text on the profile page."""
    return window.profile_view.subtitle.font().pointSizeF()


def test_zoom_shortcuts_scale_text_and_are_remembered(qtbot: QtBot, open_window, settings_path):
    """Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 change every page's text size; the size is kept."""
    window = open_window()
    base = text_size(window)
    title = window.profile_view.title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.zoom == 110
    assert text_size(window) == base * 1.1
    assert window.profile_view.title.font().pointSizeF() == title * 1.1  # titles scale too
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)  # the standard Zoom In key
    assert window.zoom == 125
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.zoom == 110
    for _ in range(20):
        qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.zoom == 300  # the ceiling
    assert text_size(window) == base * 3
    assert not window.zoom_in_action.isEnabled()
    window.close()

    again = open_window()
    assert again.zoom == 300 and text_size(again) == base * 3
    qtbot.keyClick(again, Qt.Key.Key_0, CTRL)
    assert again.zoom == 100 and text_size(again) == base
    for _ in range(20):
        qtbot.keyClick(again, Qt.Key.Key_Minus, CTRL)
    assert again.zoom == 60  # the floor
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("view/zoom") == 60


def test_zoom_reaches_the_question_text(qtbot: QtBot, open_window):
    """Zooming during a quiz enlarges the excerpt and the prompt (fonts are inherited)."""
    window = open_window()
    window.profile_view.name_edit.setText("Hal")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    excerpt = runner.question_widget.views[0].text
    before = (excerpt.font().pointSizeF(), runner.prompt.font().pointSizeF())
    window.set_zoom(200)
    after = (excerpt.font().pointSizeF(), runner.prompt.font().pointSizeF())
    assert after == (before[0] * 2, before[1] * 2)


def test_zoom_set_before_a_quiz_reaches_its_widgets(qtbot: QtBot, open_window):
    """Text zoomed on the first screen is zoomed in the quiz and the results built later."""
    window = open_window()
    window.set_zoom(150)
    window.theme_actions["dark"].trigger()
    window.profile_view.name_edit.setText("Ivy")
    click(qtbot, window.profile_view.new_button)
    size = window.pages.font().pointSizeF()
    assert window.quiz_list.title.font().pointSizeF() == size * 1.6  # built after the zoom
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    assert runner.question_widget.views[0].text.font().pointSizeF() == size
    assert runner.prompt.font().pointSizeF() == size * 1.35
    runner.expire()
    results = window.results_view()
    assert results.review.font().pointSizeF() == size
    assert next(iter(results.skill_labels.values())).font().pointSizeF() == size


def test_theme_switch_changes_the_palette_and_is_remembered(qtbot: QtBot, open_window):
    """View ▸ Theme ▸ Dark darkens the palette; High contrast is white on black with a
    yellow focus; the choice comes back on the next start; System is the default."""
    window = open_window()
    app = QApplication.instance()
    assert window.theme_actions["system"].isChecked()
    window.theme_actions["dark"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Base).lightness() < 80)
    page = window.profile_view.subtitle
    assert page.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert window.theme_actions["dark"].isChecked()
    assert not window.theme_actions["system"].isChecked()  # exclusive
    window.theme_actions["high-contrast"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert "QPushButton:focus" in app.styleSheet()
    window.close()

    again = open_window()
    assert again.theme_actions["high-contrast"].isChecked()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    again.theme_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    again.theme_actions["system"].trigger()
    assert "QPushButton:focus" not in app.styleSheet()


def test_window_geometry_is_remembered(qtbot: QtBot, open_window):
    """The window reopens at the size it was closed at (the test screen is 800x800)."""
    window = open_window(size=(760, 540))
    window.close()
    again = open_window(size=None)
    assert (again.width(), again.height()) == (760, 540)


def test_default_size_without_settings(qtbot: QtBot, open_window):
    """A first start opens at 1280x800."""
    window = open_window(size=None)
    assert (window.width(), window.height()) == (1280, 800)


def controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root)]


def test_every_control_has_an_accessible_name(qtbot: QtBot, open_window):
    """Buttons, fields, lists and combo boxes on every page carry an accessible name."""
    window = open_window()
    seen: list[QWidget] = []

    def check() -> None:
        page = window.pages.currentWidget()
        for widget in controls(page):
            if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QComboBox):
                continue  # parts of a list or combo box that carry its name
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()}"
            seen.append(widget)

    check()
    window.profile_view.name_edit.setText("Ida")
    click(qtbot, window.profile_view.new_button)
    check()
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    for _ in range(4):
        check()
        runner.submit()
        check()
        click(qtbot, runner.primary_button)
    check()
    assert len(seen) > 20


def test_focus_is_visible_in_high_contrast(qtbot: QtBot, open_window):
    """The focused button is drawn differently (a yellow frame) in the high-contrast theme."""
    window = open_window()
    window.theme_actions["high-contrast"].trigger()
    window.profile_view.name_edit.setText("Jo")
    button = window.profile_view.new_button
    window.profile_view.name_edit.setFocus()
    plain = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    framed = button.grab().toImage()
    assert plain != framed
    assert framed.pixelColor(1, framed.height() // 2).name() == "#ffff00"


def test_font_scaler_follows_the_pages_font(qtbot: QtBot):
    """A scaled label keeps its factor when the font of the pages above its host changes,
    and a host built later under zoomed pages takes their font, titles included."""
    pages = QWidget()
    qtbot.addWidget(pages)
    host = QWidget(pages)
    label = QWidget(host)
    FontScaler(host).add(label, 1.5)
    font = pages.font()
    font.setPointSizeF(20)
    set_pages_font(pages, font)
    assert host.font().pointSizeF() == 20
    assert label.font().pointSizeF() == 30
    later = QWidget(pages)
    title = QWidget(later)
    FontScaler(later).add(title, 2)
    inherit_font(later)
    assert title.font().pointSizeF() == 40


SYSTEM_THEME_ROUND_TRIP = """
import sys
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from quizapp.ui.themes import apply_theme
app = QApplication(sys.argv[:1])
app.setStyle("windows")  # not what dark uses (fusion), so going back is seen
style, window = app.style().name(), app.palette().color(QPalette.ColorRole.Window).name()
apply_theme(app, "system")
assert app.styleSheet(), "the system theme has no style sheet"
apply_theme(app, "dark")
assert app.palette().color(QPalette.ColorRole.Window).name() != window
apply_theme(app, "system")
sheet = app.styleSheet()
app.setStyleSheet("")  # to read the name of the style below the sheet
assert app.style().name() == style, (app.style().name(), style)
assert sheet and app.palette().color(QPalette.ColorRole.Window).name() == window
print("ok")
"""


def test_system_theme_leaves_the_platform_look_and_comes_back_to_it() -> None:
    """At start the system theme only adds the style sheet; after Dark, System brings back
    the platform's own style and palette (in a fresh process: nothing applied before)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SYSTEM_THEME_ROUND_TRIP],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_a_quiz_file_dropped_on_the_window_is_opened(
    qtbot: QtBot, open_window, tmp_path, monkeypatch
):
    """Dragging a .yaml over the window is accepted and dropping opens it; other files are
    refused."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = open_window()
    opened: list[str] = []
    monkeypatch.setattr(window, "_quiz_file_opened", lambda path, imported: opened.append(path))
    quiz, notes = tmp_path / "quiz.yaml", tmp_path / "notes.txt"
    for file in (notes, quiz):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(file))])
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(QPoint(20, 60), Qt.DropAction.CopyAction, data, buttons, keys)
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted() == (file == quiz)
        drop = QDropEvent(QPointF(20, 60), Qt.DropAction.CopyAction, data, buttons, keys)
        QApplication.sendEvent(window, drop)
    assert opened == [str(quiz)]


def test_every_theme_in_palettes_toml_names_the_same_qt_roles():
    """assets/themes/palettes.toml gives light, dark and high contrast a colour for the same
    roles, each a QPalette role (or DisabledText), so no theme leaves a role to chance."""
    import tomllib

    from quizapp import paths

    with open(paths.assets_dir() / "themes" / "palettes.toml", "rb") as file:
        themes = tomllib.load(file)
    assert set(themes) == {"light", "dark", "high-contrast"}
    roles = {name for name in themes["light"] if name != "DisabledText"}
    assert len(roles) == 20
    for colours in themes.values():
        assert set(colours) == roles | {"DisabledText"}
        for name in roles:
            assert isinstance(getattr(QPalette.ColorRole, name), QPalette.ColorRole)
