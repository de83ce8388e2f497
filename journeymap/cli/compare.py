"""`render --compare` and `report --compare`: a map beside its other state, from a file or from git.

``--compare OTHER`` names the other state's file: the map that says `state: current` is the
before, the other the after (when neither says, OTHER is the before, as in `diff OLD NEW`).
``--compare-rev REV`` takes the same map as it was at a git revision (before) and as it is
now (after), from any directory inside the repository.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Optional

from journeymap.cli.app import emit, fail
from journeymap.i18n import say
from journeymap.messages import cli as C
from journeymap.messages import compare as M

POSTER_FORMATS = ("svg", "html", "png", "pdf")


@dataclass
class States:
    before: object  # Analysed
    after: object  # Analysed
    before_label: str  # for the report: the other file's path, or the revision
    after_label: str
    before_word: object  # for the poster's legend: current / future, a file name, or the revision
    after_word: object


def wanted(compare: Optional[str], compare_rev: Optional[str]) -> bool:
    if compare is not None and compare_rev is not None:
        fail(say(M.COMPARE_EXCLUSIVE))
    return compare is not None or compare_rev is not None


def _word(analysed) -> object:
    state = analysed.journey.state
    if state == "current":
        return say(M.CURRENT_STATE)
    if state == "future":
        return say(M.FUTURE_STATE)
    return os.path.basename(analysed.path)


def load_states(path: str, compare: Optional[str], compare_rev: Optional[str], settings, engine, this=None) -> States:
    """Both states, valid, in order; a missing file, an unknown revision or a map with errors stops here."""
    from journeymap.check.run import Analyser
    from journeymap.cli.common import analyse_one, print_findings
    from journeymap.views.compare import this_is_before

    this = this or analyse_one(path, settings, engine)
    if compare_rev is not None:
        from journeymap.load.git import GitError, read_at_revision

        try:
            data = read_at_revision(path, compare_rev)
        except GitError as exc:
            fail(exc.message)
        if data is None:
            fail(say(M.NOT_AT_REVISION, path=path, revision=compare_rev))
        analyser = Analyser(settings, engine)
        analyser.loader.follow_counterparts = False  # its counterpart may have moved on since
        states = States(analyser.data(data, path), this, compare_rev, say(C.WORKING_TREE), compare_rev, say(C.WORKING_TREE))
    else:
        other = analyse_one(compare, settings, engine)
        states = States(other, this, compare, path, None, None)
        if this.ok and other.ok and this_is_before(this.journey, other.journey):
            states = States(this, other, path, compare, None, None)
    for analysed, label in ((states.before, states.before_label), (states.after, states.after_label)):
        if not analysed.ok:
            print_findings(analysed)
            fail(say(C.VERSION_HAS_ERRORS, label=label), code=1)
    if compare_rev is None:
        states.before_word, states.after_word = _word(states.before), _word(states.after)
    return states


def states_to_draw(paths, analysed_maps, compare, compare_rev, output, output_format, watch, settings, engine):
    """For `render`: the map to draw (the after state), the Before drawn over it, and every file read."""
    from journeymap.output import OutputError, choose_format
    from journeymap.views.compare import Before

    try:
        fmt = choose_format(output, output_format.value if output_format else None)
    except OutputError as exc:
        fail(exc.message)
    if len(paths) != 1:
        fail(say(M.COMPARE_ONE_MAP))
    if watch:
        fail(say(M.COMPARE_NO_WATCH))
    if fmt not in POSTER_FORMATS:
        fail(say(M.COMPARE_FORMATS))
    states = load_states(paths[0], compare, compare_rev, settings, engine, this=analysed_maps[0])
    read = set(states.before.sources) | set(states.after.sources)
    if compare is not None:
        read.add(compare)
    return [states.after], Before(states.before.journey, states.before_word, states.after_word), read


def report_states(path, compare, compare_rev, output_format: str, settings, engine, lang) -> None:
    """For `report`: the comparison of the two states in text, markdown or JSON."""
    from journeymap.cli.app import output_width, use_color
    from journeymap.cli.common import audience_language, machine_language
    from journeymap.faces import COMPARE_FACES, get_face
    from journeymap.views.compare import compare_maps

    states = load_states(path, compare, compare_rev, settings, engine)
    before, after = states.before, states.after
    result = compare_maps(
        before.journey, after.journey, before.findings, after.findings, states.before_label, states.after_label
    )
    face = get_face(COMPARE_FACES, output_format)
    if output_format == "json":
        emit(face(result, machine_language(lang)))
    elif output_format == "md":
        emit(face(result, audience_language(lang, after.journey)))
    else:
        color = use_color(sys.stdout)
        emit(face(result, audience_language(lang, after.journey), width=output_width(sys.stdout) or 100, color=color), styled=color)
