"""Reading comfort: colour themes and text size.

Themes are a QPalette plus a style sheet loaded by path from ``assets/themes/``, as Mu
ships its day, night and high-contrast themes. ``system`` keeps the platform's own
style and palette. Zoom scales the font of one widget (the main window's central
widget); every widget below it inherits that font, so text scales everywhere at once.
"""

from __future__ import annotations

import sys
import weakref
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from quizapp import paths

THEMES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")
DEFAULT_THEME = "system"

ZOOM_STEPS: tuple[int, ...] = (60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
ZOOM_MIN, ZOOM_MAX, ZOOM_DEFAULT = ZOOM_STEPS[0], ZOOM_STEPS[-1], 100

# What the platform gave us before any theme was applied, so "system" can go back to it.
_system: dict[str, object] = {}


def theme_title(theme: str) -> str:
    """The theme's name as the View menu shows it."""
    titles = {
        "system": QCoreApplication.translate("themes", "&System"),
        "light": QCoreApplication.translate("themes", "&Light"),
        "dark": QCoreApplication.translate("themes", "&Dark"),
        "high-contrast": QCoreApplication.translate("themes", "&High contrast"),
    }
    return titles[theme]


# The roles whose colour stands for disabled widgets' text: DisabledText in palettes.toml.
_DISABLED_TEXT_ROLES = ("WindowText", "Text", "ButtonText")


def _palette(colours: dict[str, str]) -> QPalette:
    """A QPalette from a colour per role (Qt's role names, as ``palettes.toml`` has them)."""
    palette = QPalette()
    for name, colour in colours.items():
        if name != "DisabledText":
            palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    disabled = QColor(colours["DisabledText"])
    for name in _DISABLED_TEXT_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, name), disabled)
    return palette


def palette_for(theme: str) -> QPalette | None:
    """The palette of a named theme; None for ``system`` (the platform decides) and for a
    theme ``assets/themes/palettes.toml`` does not hold (an installation without it)."""
    colours = _palette_colours().get(theme) if theme != "system" else None
    return _palette(colours) if colours else None


def _palette_colours() -> dict[str, dict[str, str]]:
    import tomllib  # only when a theme of our own is chosen: "system" never reads it

    try:
        with open(paths.assets_dir() / "themes" / "palettes.toml", "rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet_for(theme: str, palette: QPalette) -> str:
    """The style sheet of a theme, read from ``assets/themes/``; empty if it is missing."""
    if theme == "high-contrast":
        name = "high-contrast"
    elif theme == "system":
        name = "dark" if is_dark(palette) else "light"
    else:
        name = theme
    path = paths.assets_dir() / "themes" / f"{name}.qss"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""  # an installation without the file still works, just plainer
    # url() in a style sheet is relative to the working folder: make it absolute.
    return text.replace("@ASSETS@", paths.assets_dir().as_posix())


# Qt::AA_UseStyleSheetPropagationInWidgetStyles; Qt keeps enum values fixed within Qt 6.
STYLE_SHEET_PROPAGATION = 22
# QCoreApplication::setAttribute(Qt::ApplicationAttribute, bool), as Linux names it.
_SET_ATTRIBUTE = "_ZN16QCoreApplication12setAttributeEN2Qt20ApplicationAttributeEb"


def propagate_fonts_under_style_sheets() -> None:
    """Turn on Qt's AA_UseStyleSheetPropagationInWidgetStyles (fonts set on a widget reach
    its children under a style sheet); needed before the first widget is polished.

    Naming the attribute from Python makes PySide build the whole ``Qt`` namespace, about
    100 enums through Python's enum module: more instructions than the rest of quizapp's
    first screen together (README, Performance). On Linux the flag is set by calling
    Qt's own function in the already loaded QtCore library; anywhere that does not work,
    through PySide as usual.
    """
    if not _set_attribute_in_qtcore(STYLE_SHEET_PROPAGATION):
        from PySide6.QtCore import Qt

        QCoreApplication.setAttribute(
            Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles
        )


def _set_attribute_in_qtcore(attribute: int) -> bool:
    """QCoreApplication::setAttribute(attribute, true) called directly; False when the
    loaded QtCore cannot be reached that way (not Linux, another library name).

    Through ``_ctypes``, the C part of ``ctypes``: importing ``ctypes`` itself (its types
    and helpers) would cost a third of what the call saves.
    """
    if not sys.platform.startswith("linux"):
        return False
    import os

    try:
        import _ctypes

        # RTLD_NOLOAD: only the QtCore PySide already loaded, never another copy.
        core = _ctypes.dlopen("libQt6Core.so.6", os.RTLD_NOLOAD)
        address = _ctypes.dlsym(core, _SET_ATTRIBUTE)

        class Int(_ctypes._SimpleCData):  # ctypes.c_int
            _type_ = "i"

        class Bool(_ctypes._SimpleCData):  # ctypes.c_bool
            _type_ = "?"

        class SetAttribute(_ctypes.CFuncPtr):  # void (*)(int, bool)
            _flags_ = _ctypes.FUNCFLAG_CDECL
            _restype_ = None
            _argtypes_ = (Int, Bool)

        SetAttribute(address)(attribute, True)
    except (ImportError, OSError, AttributeError, TypeError):
        return False
    return True


def apply_theme(app: QApplication, theme: str) -> str:
    """Switch the whole program to ``theme``; returns the theme applied."""
    if theme not in THEMES:
        theme = DEFAULT_THEME
    # Without this, any style sheet freezes each widget's font at polish time and the
    # zoom (a font set on the central widget) would no longer reach the text.
    propagate_fonts_under_style_sheets()
    if theme == "system" and not _system:
        # Nothing was changed yet: the platform's style and palette are in place. Not
        # touching the style from Python here saves a few milliseconds of every start.
        app.setStyleSheet(style_sheet_for(theme, app.palette()))
        app.setProperty("quizappTheme", theme)
        return theme
    if not _system:  # leaving the platform's look for the first time: remember it
        # Under a style sheet app.style() is Qt's style-sheet wrapper, which has no name.
        app.setStyleSheet("")
        _system["style"] = app.style().name()
        _system["palette"] = QPalette(app.palette())
    palette = palette_for(theme)
    if palette is None:
        app.setStyle(QStyleFactory.create(str(_system["style"])) or "fusion")
        palette = QPalette(_system["palette"])  # type: ignore[arg-type]
    else:
        # Fusion honours every palette role on every platform.
        app.setStyle("fusion")
    app.setPalette(palette)
    app.setStyleSheet(style_sheet_for(theme, palette))
    app.setProperty("quizappTheme", theme)
    return theme


def current_theme(app: QApplication) -> str:
    value = app.property("quizappTheme")
    return str(value) if value in THEMES else DEFAULT_THEME


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again to ``widget`` and its children, e.g. after object names
    changed (feedback labels are named right or wrong only once the answer is scored)."""
    for child in [widget, *widget.findChildren(QWidget)]:
        style = child.style()
        style.unpolish(child)
        style.polish(child)
        child.update()


# --- zoom ----------------------------------------------------------------------------------


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))


def next_zoom(percent: int, direction: int) -> int:
    """The next step up (direction 1) or down (-1) from ``percent``."""
    if direction > 0:
        return next((step for step in ZOOM_STEPS if step > percent), ZOOM_MAX)
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), ZOOM_MIN)


def zoomed_font(base: QFont, percent: int) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(1.0, base.pointSizeF() * percent / 100))
    return font


def set_pages_font(pages: QWidget, font: QFont) -> None:
    """Give ``pages`` ``font``: every page below inherits it, scaled titles follow."""
    pages.setFont(font)
    rescale_fonts(pages)


def set_dialogs_font(font: QFont) -> None:
    """Give every dialog ``font``: review, passwords, regrade, xAPI, restore, import, the
    studio's, message boxes (QMessageBox, QInputDialog are QDialogs). A dialog is a window
    of its own and does not inherit the pages' font; Qt's per-class application font
    reaches it, and its contents, when it is built. One already open is given it."""
    if QApplication.font("QDialog") == font:  # type: ignore[call-overload]  # by class name
        return
    QApplication.setFont(font, "QDialog")  # type: ignore[arg-type]  # PySide takes a str
    for window in QApplication.topLevelWidgets():
        if window.inherits("QDialog") and window.isVisible():
            window.setFont(font)  # under a style sheet the class font alone does not reach it
            rescale_fonts(window)


def inherit_font(widget: QWidget) -> None:
    """Make a widget built under a zoomed page take that page's font.

    Under an application style sheet, a widget created below a parent whose font was
    set keeps the application font until the parent's font changes again; an empty
    font (nothing set) makes it, and every child it already has, inherit again. Call it
    on each new widget, not on its parent: a parent whose font does not change does not
    pass it on.
    """
    widget.setFont(QFont())
    rescale_fonts(widget)


def rescale_fonts(root: QWidget) -> None:
    """Bring every ``FontScaler`` at or below ``root`` up to date with its host's font."""
    # The live scalers are few; findChildren with a Python class walks every widget.
    for scaler in list(FontScaler.live):
        host = scaler.host
        try:
            below = host is root or root.isAncestorOf(host)
        except RuntimeError:  # the host was deleted with its window
            continue
        if below:
            scaler.refresh()


class FontScaler(QObject):
    """Keeps some labels' fonts a fixed factor larger than their host's, across zooms.

    A widget given its own point size stops following its parent's font, so the scaler
    sets those fonts again from the host's whenever quizapp changes fonts
    (``set_pages_font`` and ``inherit_font`` call ``refresh``). It is deliberately not an
    event filter: that would run Python for every event the host receives.
    """

    live: ClassVar[weakref.WeakSet[FontScaler]] = weakref.WeakSet()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.scaled: list[tuple[QWidget, float, bool]] = []
        FontScaler.live.add(self)

    def add(self, widget: QWidget, factor: float, bold: bool = False) -> None:
        self.scaled.append((widget, factor, bold))
        self._apply(widget, factor, bold)

    def refresh(self) -> None:
        for widget, factor, bold in self.scaled:
            try:
                self._apply(widget, factor, bold)
            except RuntimeError:  # the label was deleted before its host
                continue

    def _apply(self, widget: QWidget, factor: float, bold: bool) -> None:
        font = QFont(self.host.font())
        font.setPointSizeF(self.host.font().pointSizeF() * factor)
        if bold:
            font.setBold(True)
        widget.setFont(font)
