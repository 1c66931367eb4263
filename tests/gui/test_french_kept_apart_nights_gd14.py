"""The reason two events were kept apart by their nights reads in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import group_events
from quizapp.core.text import localized
from quizapp.ui import i18n
from tests.core.test_suggest_session12_gd14_nights import EARLY, LATE


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    """French translators installed for the test, English again afterwards."""
    assert i18n.install_translators("fr") == "fr"
    yield
    i18n.install_translators("en")


def test_the_nights_reason_is_french(french: None) -> None:
    """ "on Wednesday night; the other on Monday night" in French, weekdays translated."""
    groups = group_events([Report(f"r{i}", text) for i, text in enumerate(EARLY + LATE)])
    assert localized(groups[0].apart[0].reason) == (
        "dans la nuit de mercredi\u00a0; l’autre dans la nuit de lundi"
    )
