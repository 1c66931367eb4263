"""Before Qt starts: no display, or Qt's X11 libraries missing, is said in words with the
packages to install, and quizapp exits 1 instead of Qt's abort (134).

The library lookup is injected, so these tests do not depend on what this machine has
installed; the subprocess tests use an environment with no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.display import (
    XCB_LIBRARIES,
    display_problem,
    import_problem,
    missing_libraries,
    platform_failure_message,
    requested_platform,
)

PROJECT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


def loader_without(*missing: str):
    """A library lookup that finds everything except ``missing`` (and records the asks)."""
    asked: list[str] = []

    def load(name: str) -> object:
        asked.append(name)
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    load.asked = asked  # type: ignore[attr-defined]
    return load


def refuse(name: str) -> object:
    raise AssertionError(f"no library should be looked up here ({name})")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "XCB"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "vnc"),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "wayland"}, "xcb"),  # no compositor to talk to
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "xcb"),
    ],
)
def test_requested_platform(env: dict[str, str], expected: str) -> None:
    """The platform Qt will try first follows QT_QPA_PLATFORM, then the session type."""
    assert requested_platform(env) == expected


def test_all_libraries_present_is_no_problem() -> None:
    """With a display and every xcb library found, nothing stops the window."""
    load = loader_without()
    assert display_problem(X11, load, platform="linux") is None
    assert set(load.asked) == {library.soname for library in XCB_LIBRARIES}


def test_missing_libraries_are_named_with_both_install_commands() -> None:
    """Each missing library is named, with the apt and dnf commands that install it."""
    load = loader_without("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    message = display_problem(X11, load, platform="linux")
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4\n" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm\n" in message
    assert "QT_QPA_PLATFORM=offscreen" in message and "scripted use only" in message
    assert "Traceback" not in message


def test_packages_are_not_repeated() -> None:
    """Several libraries from one package name that package once."""
    load = loader_without("libxcb-shm.so.0", "libxcb-sync.so.1", "libxcb.so.1")
    message = display_problem(X11, load, platform="linux")
    assert message is not None
    assert "sudo dnf install libxcb\n" in message
    assert "sudo apt install libxcb-shm0 libxcb-sync1 libxcb1\n" in message


def test_no_display_says_so() -> None:
    """Neither DISPLAY nor WAYLAND_DISPLAY (and no platform chosen): a clear message."""
    message = display_problem({}, refuse, platform="linux")
    assert message is not None
    assert "there is no display" in message
    assert "DISPLAY" in message and "WAYLAND_DISPLAY" in message
    assert "quizapp validate" in message  # the command line still works
    assert "QT_QPA_PLATFORM=offscreen" in message


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc", "eglfs"])
def test_platforms_without_a_display_are_not_checked(platform: str) -> None:
    """offscreen and the like need no display and no X11 library: nothing is looked up."""
    assert display_problem({"QT_QPA_PLATFORM": platform}, refuse, platform="linux") is None


def test_wayland_session_skips_the_x11_libraries() -> None:
    """In a Wayland session Qt uses its wayland plugin: the X11 libraries are not asked."""
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert display_problem(env, refuse, platform="linux") is None


def test_other_systems_are_not_checked() -> None:
    """Windows and macOS have their own platform plugin: no check, whatever the environment."""
    assert display_problem({}, refuse, platform="win32") is None
    assert display_problem({}, refuse, platform="darwin") is None


def test_missing_libraries_keeps_the_table_order() -> None:
    """missing_libraries returns what the loader could not open, in the table's order."""
    missing = missing_libraries(XCB_LIBRARIES, loader_without("libX11.so.6", "libxcb.so.1"))
    assert [library.soname for library in missing] == ["libxcb.so.1", "libX11.so.6"]


def test_import_problem_names_a_known_library() -> None:
    """A PySide6 import failing on libEGL names the library and its packages."""
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    message = import_problem(error)
    assert "libEGL.so.1" in message
    assert "sudo apt install libegl1" in message and "sudo dnf install libglvnd-egl" in message


def test_import_problem_unknown_library_still_says_what_failed() -> None:
    """An unknown library is still named, from Qt's own error."""
    message = import_problem(ImportError("libfoo.so.9: cannot open shared object file"))
    assert "libfoo.so.9" in message and "Traceback" not in message


def test_platform_failure_message_quotes_qt_and_advises() -> None:
    """When Qt gives up anyway, its words are quoted with advice; a wrong xcb-cursor hint
    is dropped when nothing is missing."""
    said = [
        "could not connect to display :99",
        "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.",
    ]
    message = platform_failure_message(said, loader_without())
    assert "could not connect to display :99" in message
    assert "xcb-cursor0" not in message
    assert "names a running display" in message


def no_display_env(tmp_path: Path) -> dict[str, str]:
    """This environment without any display or platform choice, data kept in ``tmp_path``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    }
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def test_quizapp_without_a_display_exits_1_with_the_message(tmp_path: Path) -> None:
    """`quizapp` with no display at all: exit 1 and the message, never Qt's abort (134)."""
    result = subprocess.run(
        [sys.executable, "-m", "quizapp"],
        env=no_display_env(tmp_path),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "quizapp cannot open its window: there is no display" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # stopped before the bank was made


def test_qt_failing_anyway_exits_1_not_134(tmp_path: Path) -> None:
    """A display that names no running X server gets past the check; Qt's fatal error is
    still turned into exit 1 with words, never the abort (134)."""
    env = no_display_env(tmp_path)
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":987654")  # no such server
    result = subprocess.run(
        [sys.executable, "-c", "from quizapp.app import make_application; make_application()"],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "quizapp cannot open its window" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_the_check_loads_neither_qt_nor_ctypes() -> None:
    """The offscreen and no-display checks import neither PySide6 nor ctypes: cheap on the
    start-up path (the xcb path reads the loader's cache; ctypes only for a library not
    found there)."""
    code = (
        "import sys; from quizapp import display; "
        "display.display_problem({'QT_QPA_PLATFORM': 'offscreen'}); "
        "display.display_problem({}); "
        "print('PySide6' in sys.modules, 'ctypes' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]
