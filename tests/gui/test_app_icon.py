"""The window icon: every size from the rendered PNGs, the SVG when they are missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from quizapp import app as quizapp_app
from quizapp import paths


def test_the_icon_has_every_rendered_size(qapp) -> None:
    icon = quizapp_app.app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(quizapp_app.ICON_SIZES)
    assert icon.pixmap(QSize(48, 48)).width() == 48


def test_the_svg_is_used_when_the_pngs_are_missing(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "icons").mkdir()
    shutil.copy(paths.assets_dir() / "icons" / "quizapp.svg", tmp_path / "icons")
    monkeypatch.setattr(paths, "assets_dir", lambda: tmp_path)
    icon = quizapp_app.app_icon()
    assert not icon.isNull()
    assert icon.pixmap(QSize(64, 64)).width() == 64
