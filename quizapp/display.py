"""Can Qt open a window here? Checked before the QApplication exists, in plain Python.

Without a display, or on Linux without the system libraries of Qt's X11 (xcb) platform
plugin, Qt aborts the process (SIGABRT, exit 134) with "Could not load the Qt platform
plugin". ``display_problem()`` finds both cases first and returns a message that names
what is missing and how to install it, so ``quizapp`` can exit 1 with words instead.

It is on the start-up path, so it stays cheap: a few environment lookups, and only when
the platform will be xcb a look in the dynamic loader's cache for each library (a real
``dlopen`` only for one not found there). No process is started. The library lookup is
passed in so tests can say which libraries "exist".
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping

# A callable that loads a shared library by name and raises OSError when it cannot.
Loader = Callable[[str], object]


class SystemLibrary:
    """A shared library and the packages that install it.

    A plain class: a dataclass would import inspect and a NamedTuple compiles code, each
    several milliseconds on the start-up path.
    """

    __slots__ = ("soname", "debian", "fedora")

    def __init__(self, soname: str, debian: str, fedora: str) -> None:
        self.soname = soname
        self.debian = debian  # Debian and Ubuntu (apt)
        self.fedora = fedora  # Fedora (dnf)

    def __repr__(self) -> str:
        return f"SystemLibrary({self.soname!r}, {self.debian!r}, {self.fedora!r})"


# Who needs each library: "gui", QtGui itself (a missing one makes the PySide6 import fail,
# see ``import_problem``); "xcb", Qt's X11 plugin (libqxcb.so and libQt6XcbQpa.so, from
# `readelf -d` of the PySide6 6.8-6.12 wheels, less what QtCore and QtGui need); or both.
_NEEDED_BY: tuple[tuple[str, str, str, str], ...] = (
    # soname                   Debian / Ubuntu (apt)   Fedora (dnf)           needed by
    ("libEGL.so.1", "libegl1", "libglvnd-egl", "gui"),
    ("libGL.so.1", "libgl1", "libglvnd-glx", "gui"),
    ("libOpenGL.so.0", "libopengl0", "libglvnd-opengl", "gui"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig", "gui"),
    ("libfreetype.so.6", "libfreetype6", "freetype", "gui"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "gui"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", "xcb"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", "xcb"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil", "xcb"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", "xcb"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "gui xcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "xcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb", "xcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "xcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "xcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "xcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "xcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "xcb"),
    ("libxcb.so.1", "libxcb1", "libxcb", "xcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "xcb"),
    ("libX11.so.6", "libx11-6", "libX11", "xcb"),
)


def _needed_by(who: str) -> tuple[SystemLibrary, ...]:
    return tuple(SystemLibrary(*row[:3]) for row in _NEEDED_BY if who in row[3].split())


XCB_LIBRARIES = _needed_by("xcb")
GUI_LIBRARIES = _needed_by("gui")

SCRIPTED_USE = (
    "For scripted use only (tests, screenshots, nobody at the screen), "
    "QT_QPA_PLATFORM=offscreen runs quizapp without showing a window."
)
CLI_NOTE = (
    "The command-line commands (quizapp validate, import, export, results, ...) need no display."
)


def requested_platform(env: Mapping[str, str]) -> str:
    """The platform Qt will try first: QT_QPA_PLATFORM's first name, or what Qt picks on
    its own ("wayland" in a Wayland session, otherwise "xcb"), lower case."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip().lower()
    if env.get("XDG_SESSION_TYPE", "").lower() == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def default_loader(name: str) -> object:
    """Find ``name`` as the dynamic loader would; raises OSError if it cannot be loaded.

    Fast path: the loader's cache (/etc/ld.so.cache) or a folder of LD_LIBRARY_PATH
    holds it. Only a library not seen there is really opened (``dlopen`` with every
    symbol bound costs about a millisecond each), so a missing one is never reported
    from the cache alone.
    """
    if _seen_by_loader(name):
        return name
    import ctypes  # only when the fast path did not find it

    return ctypes.CDLL(name)


_loader_cache: bytes | None = None


def _seen_by_loader(soname: str) -> bool:
    global _loader_cache
    if _loader_cache is None:
        try:
            with open("/etc/ld.so.cache", "rb") as cache:
                _loader_cache = cache.read()
        except OSError:
            _loader_cache = b""
    name = soname.encode()
    at = _loader_cache.find(name + b"\0")
    while at >= 0:
        if at == 0 or _loader_cache[at - 1 : at] in (b"\0", b"/"):
            return True
        at = _loader_cache.find(name + b"\0", at + 1)
    folders = os.environ.get("LD_LIBRARY_PATH", "").split(":")
    return any(folder and os.path.exists(os.path.join(folder, soname)) for folder in folders)


def missing_libraries(
    libraries: Iterable[SystemLibrary] = XCB_LIBRARIES, load: Loader = default_loader
) -> list[SystemLibrary]:
    """The libraries ``load`` cannot open."""
    missing: list[SystemLibrary] = []
    for library in libraries:
        try:
            load(library.soname)
        except OSError:
            missing.append(library)
    return missing


def install_advice(missing: Iterable[SystemLibrary]) -> str:
    """The commands that install ``missing`` on Debian/Ubuntu and on Fedora."""
    debian = " ".join(dict.fromkeys(library.debian for library in missing))
    fedora = " ".join(dict.fromkeys(library.fedora for library in missing))
    return (
        "Install them, then start quizapp again:\n"
        f"  Debian/Ubuntu:  sudo apt install {debian}\n"
        f"  Fedora:         sudo dnf install {fedora}"
    )


def libraries_message(missing: list[SystemLibrary]) -> str:
    names = ", ".join(library.soname for library in missing)
    return (
        "quizapp cannot open its window: Qt's X11 (xcb) platform needs system libraries "
        f"that are not installed: {names}.\n\n"
        f"{install_advice(missing)}\n\n{SCRIPTED_USE}"
    )


def no_display_message() -> str:
    return (
        "quizapp cannot open its window: there is no display (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Start it from a desktop session, or over ssh with "
        f"`ssh -X`. {CLI_NOTE}\n\n{SCRIPTED_USE}"
    )


def display_problem(
    env: Mapping[str, str] | None = None,
    load: Loader = default_loader,
    platform: str = sys.platform,
) -> str | None:
    """Why Qt could not open a window here, in words for the user; None when it can."""
    if not platform.startswith("linux") and not platform.startswith("freebsd"):
        return None  # Windows and macOS bring their own platform plugin
    env = os.environ if env is None else env
    chosen = requested_platform(env)
    if chosen != "xcb" and not chosen.startswith("wayland"):
        return None  # offscreen, minimal, vnc, eglfs, ...: no display server, no X11
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return no_display_message()
    if chosen != "xcb" or not env.get("DISPLAY"):
        return None  # Wayland: Qt's wayland plugin, or its fallback, decides
    missing = missing_libraries(XCB_LIBRARIES, load)
    return libraries_message(missing) if missing else None


def platform_failure_message(qt_messages: list[str], load: Loader = default_loader) -> str:
    """What to say when Qt gives up on its platform plugin although the checks passed
    (say DISPLAY names no running X server): Qt's own words, then what may help."""
    missing = missing_libraries(XCB_LIBRARIES, load) if sys.platform.startswith("linux") else []
    lines = [line for text in qt_messages for line in text.splitlines() if line.strip()]
    if not missing:  # Qt names xcb-cursor whenever xcb fails; here it is not the cause
        lines = [line for line in lines if "xcb-cursor0 or libxcb-cursor0" not in line]
    details = "\n".join(f"  {line}" for line in lines)
    advice = (
        libraries_message(missing)
        if missing
        else "Check that DISPLAY or WAYLAND_DISPLAY names a running display. "
        f"{CLI_NOTE}\n\n{SCRIPTED_USE}"
    )
    return f"quizapp cannot open its window: Qt could not start.\n{details}\n\n{advice}"


def import_problem(error: ImportError) -> str:
    """Words for a PySide6 import that failed, usually a system library QtGui needs."""
    text = str(error)
    match = re.search(r"(lib[\w.+-]+?\.so(?:\.\d+)*)", text)
    known = {library.soname: library for library in (*GUI_LIBRARIES, *XCB_LIBRARIES)}
    library = known.get(match.group(1)) if match else None
    if library is not None:
        return (
            f"quizapp cannot start its window: the system library {library.soname} is not "
            f"installed ({text}).\n\n{install_advice([library])}\n\n{CLI_NOTE}"
        )
    return (
        f"quizapp cannot start its window: Qt (PySide6) did not load: {text}.\n\n"
        f"If a system library is named, install the package that provides it. {CLI_NOTE}"
    )
