"""What serve and render --watch wait on: a save of any file that changes the map redraws it."""

from __future__ import annotations

import os

from journeymap.check.config import Settings
from journeymap.check.run import Analyser

from ..conftest import EXAMPLES


def test_survey_files_and_persona_files_are_watched_with_the_map():
    analysed = Analyser(Settings()).path(str(EXAMPLES / "meal-kit.yaml"))
    watched = {os.path.realpath(path) for path in analysed.watched}
    assert os.path.realpath(EXAMPLES / "meal-kit.yaml") in watched
    data = [os.path.realpath(EXAMPLES / entry.file) for entry in analysed.journey.data]
    assert data and set(data) <= watched
    shared = Analyser(Settings()).path(str(EXAMPLES / "coffee-subscription.ja.yaml"))
    assert os.path.realpath(EXAMPLES / "personas" / "kenji.yaml") in {os.path.realpath(p) for p in shared.watched}
