"""Which stage or touchpoint a finding is about: the innermost one whose span contains it.

Positions change from one version of a map to the next; ids do not. The
layout flags objects with their findings this way, and `diff` uses it to tell
a finding that moved with its stage from one that is new.
"""

from __future__ import annotations

from bisect import bisect_right

from journeymap.findings import Finding
from journeymap.model import Journey

MAP = ("map", "")


def anchor_findings(journey: Journey, findings) -> list[tuple[tuple[str, str], object | None, Finding]]:
    """(anchor key, the stage/touchpoint object or None, finding) for the findings in this map's file.

    The key is ("touchpoint", id), ("stage", id) or ("map", ""). Findings in other
    files (a persona file) are left out.
    """
    levels = []
    for kind, objects in (("touchpoint", [tp for _, tp in journey.touchpoints()]), ("stage", list(journey.stages))):
        spans = sorted(
            ((o.span.line, o.span.column), (o.span.end_line, o.span.end_column), index)
            for index, o in enumerate(objects)
            if o.span
        )
        levels.append((kind, objects, spans, [start for start, _, _ in spans]))
    anchored = []
    for finding in findings:
        if finding.path != journey.path:
            continue
        where = (finding.line, finding.column)
        for kind, objects, spans, starts in levels:
            index = bisect_right(starts, where) - 1
            if index >= 0 and where < spans[index][1]:
                obj = objects[spans[index][2]]
                anchored.append(((kind, obj.id), obj, finding))
                break
        else:
            anchored.append((MAP, None, finding))
    return anchored
