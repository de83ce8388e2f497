"""Current and future state: item ids, the counterpart map, and the ids a future map names.

A map may say which state of the journey it shows (``state: current|future``) and name the
map of the other state (``counterpart:``, a path with the same root rules as a persona
``ref:``). The counterpart is loaded here (its own counterpart is not followed, so two maps
naming each other load once each) and kept on the model, so that the rules comparing the two
states see the typed model only. A future map's ``realises``, ``removes`` and
``accepted_pains`` must name ids the current map defines (E120, with "did you mean").
"""

from __future__ import annotations

import dataclasses
import os

from journeymap.findings import Finding, Span
from journeymap.i18n import say
from journeymap.load.compose import Node
from journeymap.load.structural import error
from journeymap.messages import compare as M
from journeymap.model import Journey
from journeymap.suggest import closest, quoted_list


def item_ids(items) -> list[tuple[str, Span | None]]:
    """(id, span) of every item of a pain-point or opportunity list that has an id."""
    return [(item.id, item.span) for item in items if getattr(item, "id", None)]


def pain_ids(journey: Journey) -> dict[str, object]:
    """Pain point id -> (stage, touchpoint, item), in journey order."""
    return {item.id: (stage, tp, item) for stage, tp in journey.touchpoints() for item in tp.pain_points if getattr(item, "id", None)}


def opportunity_ids(journey: Journey) -> dict[str, object]:
    """Opportunity id -> (stage, touchpoint, item), in journey order."""
    return {
        item.id: (stage, tp, item) for stage, tp in journey.touchpoints() for item in tp.opportunities if getattr(item, "id", None)
    }


def link_states(loader, journey: Journey, root: Node, root_dir: str, findings: list[Finding], sources: dict[str, str]) -> Journey:
    """``journey`` with its counterpart map attached (when it names one and it loads), E1xx findings appended."""
    _unique_item_ids(journey, findings)
    span = _value_span(root, "counterpart", journey.path) or journey.span
    counterpart = None
    if journey.counterpart is not None:
        if journey.state is None:
            findings.append(error(span, "E110", say(M.STATE_NEEDED), say(M.STATE_NEEDED_HINT)))
        if getattr(loader, "follow_counterparts", True):
            counterpart = _load_counterpart(loader, journey, span, root_dir, findings, sources)
    if counterpart is not None and journey.state and counterpart.state == journey.state:
        findings.append(
            error(span, "E120", say(M.SAME_STATE, path=_shown(journey), state=journey.state), say(M.SAME_STATE_HINT))
        )
    if journey.state == "future" and counterpart is not None:
        _check_named_ids(journey, counterpart, findings)
    elif journey.counterpart is None or journey.state == "current":
        _refuse_names_without_current(journey, findings)
    if counterpart is None and not journey.counterpart:
        return journey
    return dataclasses.replace(journey, counterpart_map=counterpart, counterpart_span=span)


def _value_span(root: Node, key: str, path: str) -> Span | None:
    for key_node, value in root.value:
        if key_node.value == key:
            return value.span(path)
    return None


def _shown(journey: Journey) -> str:
    return os.path.normpath(os.path.join(os.path.dirname(journey.path), journey.counterpart))


def _load_counterpart(loader, journey: Journey, span: Span, root_dir: str, findings, sources) -> Journey | None:
    written = journey.counterpart

    def fail(message, hint=None) -> None:
        findings.append(error(span, "E107", message, hint))

    if os.path.isabs(written) or written.startswith("~") or (len(written) > 1 and written[1] == ":"):
        fail(say(M.COUNTERPART_ABSOLUTE, path=written), say(M.COUNTERPART_ABSOLUTE_HINT))
        return None
    shown = _shown(journey)
    real = os.path.realpath(shown)
    real_root = os.path.realpath(root_dir)
    if os.path.commonpath([real, real_root]) != real_root:
        fail(say(M.COUNTERPART_OUTSIDE, path=written, root=root_dir), say(M.COUNTERPART_OUTSIDE_HINT))
        return None
    if real == os.path.realpath(journey.path):
        fail(say(M.COUNTERPART_ITSELF), say(M.COUNTERPART_ITSELF_HINT))
        return None
    if not os.path.exists(real):
        fail(say(M.COUNTERPART_MISSING, path=shown), say(M.COUNTERPART_MISSING_HINT))
        return None
    nested = type(loader)(loader.max_bytes)
    nested.follow_counterparts = False
    try:
        loaded = nested.load(shown)
    except OSError as exc:
        fail(say(M.COUNTERPART_UNREADABLE, path=shown, reason=exc.strerror or str(exc)))
        return None
    sources.update(loaded.sources)
    if not loaded.ok:
        fail(say(M.COUNTERPART_NOT_A_MAP, path=shown), say(M.COUNTERPART_NOT_A_MAP_HINT, path=shown))
        return None
    return loaded.journey


def _unique_item_ids(journey: Journey, findings: list[Finding]) -> None:
    for kind, attribute in ((M.KIND_PAIN, "pain_points"), (M.KIND_OPPORTUNITY, "opportunities")):
        first: dict[str, Span | None] = {}
        for _, touchpoint in journey.touchpoints():
            for item_id, span in item_ids(getattr(touchpoint, attribute)):
                if item_id not in first:
                    first[item_id] = span
                    continue
                line = first[item_id].line if first[item_id] else 0
                findings.append(
                    error(
                        span,
                        "E105",
                        say(M.DUPLICATE_ITEM_ID, kind=say(kind), id=item_id, line=line),
                        say(M.DUPLICATE_ITEM_ID_HINT, kind=say(kind)),
                    )
                )


def _check_named_ids(journey: Journey, current: Journey, findings: list[Finding]) -> None:
    opportunities = list(opportunity_ids(current))
    pains = list(pain_ids(current))
    shown = _shown(journey)
    for _, touchpoint in journey.touchpoints():
        for ids, known, template in ((touchpoint.realises, opportunities, M.UNKNOWN_OPPORTUNITY), (touchpoint.removes, pains, M.UNKNOWN_PAIN)):
            for item_id, span in zip(ids, getattr(ids, "spans", ())):
                if item_id not in known:
                    findings.append(error(span, "E120", say(template, path=shown, id=item_id), _known_hint(item_id, known)))
    for accepted in journey.accepted_pains:
        if accepted.id not in pains:
            findings.append(error(accepted.span, "E120", say(M.UNKNOWN_PAIN, path=shown, id=accepted.id), _known_hint(accepted.id, pains)))


def _known_hint(item_id: str, known: list[str]):
    if not known:
        return say(M.NO_IDS_THERE, example=item_id)
    guess = closest(item_id, known)
    listed = quoted_list(known)
    return say(M.KNOWN_IDS_GUESS, guess=guess, known=listed) if guess else say(M.KNOWN_IDS, known=listed)


def _refuse_names_without_current(journey: Journey, findings: list[Finding]) -> None:
    """``realises``/``removes``/``accepted_pains`` only mean something in a future map with a counterpart."""
    for _, touchpoint in journey.touchpoints():
        for field in ("realises", "removes"):
            spans = getattr(getattr(touchpoint, field), "spans", ())
            if spans:
                findings.append(error(spans[0], "E120", say(M.NEEDS_FUTURE, field=field), say(M.NEEDS_FUTURE_HINT)))
    if journey.accepted_pains:
        findings.append(
            error(journey.accepted_pains[0].span, "E120", say(M.NEEDS_FUTURE, field="accepted_pains"), say(M.NEEDS_FUTURE_HINT))
        )


def stage_for(stage, stages):
    """The stage of ``stages`` (the other state's) that stands for ``stage``: the same id, else the first of the same phase."""
    for other in stages:
        if other.id == stage.id:
            return other
    if stage.phase is not None:
        for other in stages:
            if other.phase == stage.phase:
                return other
    return None


def comparable(journey: Journey) -> Journey | None:
    """The current map a future map is compared with by the rules, or None when this map is not such a future map."""
    return journey.counterpart_map if journey.state == "future" else None
