"""The comparison report's words, shared by its faces (terminal, markdown): table rows and item lines."""

from __future__ import annotations

from journeymap.i18n import Quoted, Series, speaker, tr
from journeymap.messages import compare as M
from journeymap.messages import views as V
from journeymap.scores import signed
from journeymap.views.compare import Comparison, ItemFate


def head(comparison: Comparison, lang: str) -> str:
    return speaker(lang)(M.COMPARE_HEAD, before=tr(lang, comparison.before_label), after=tr(lang, comparison.after_label))


def cx_line(comparison: Comparison, lang: str) -> str:
    w = speaker(lang)
    old, new = comparison.cx_before, comparison.cx_after
    if old is None or new is None:
        return w(M.CX_BEFORE_AFTER_NONE)
    delta = round(new - old, 1)
    return w(V.CX_CHANGE, old=f"{old:g}", new=f"{new:g}", delta=f"{'+' if delta > 0 else ''}{delta:g}")


def stage_table(comparison: Comparison, lang: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows: one row per stage, one column per persona ("-1 → +1 (+2)")."""
    w = speaker(lang)
    names = [name or w(V.ALL_PERSONAS) for _, name in comparison.personas]
    rows = []
    for stage in comparison.stages:
        cells = []
        for before, after, change in zip(stage.before, stage.after, stage.change):
            if stage.status == "removed":
                cells.append(f"{_score(before, w)} → {w(M.DROPPED)}")
            elif stage.status == "added":
                cells.append(f"{w(M.NEW_STAGE)}: {_score(after, w)}")
            elif change is None:
                cells.append(f"{_score(before, w)} → {_score(after, w)}")
            else:
                cells.append(w(M.SCORE_CHANGE_CELL, before=_score(before, w), after=_score(after, w), change=signed(change)))
        rows.append([stage.name, *cells])
    return [w(M.STAGE_COLUMN), *names], rows


def _score(value, w) -> str:
    return w(M.NOT_SCORED_HERE) if value is None else signed(value)


def sections(comparison: Comparison, lang: str) -> list[tuple[str, str, list[str]]]:
    """(mark, title, lines) for the item sections: opportunities, pain points, touchpoints."""
    w = speaker(lang)
    c = comparison
    opportunities = len(c.realised) + len(c.unrealised)
    pains = len(c.removed) + len(c.accepted) + len(c.remaining)
    return [
        ("✓", w(M.REALISED, count=len(c.realised), total=opportunities), [_by(item, w) for item in c.realised]),
        ("·", w(M.NOT_REALISED, count=len(c.unrealised), total=opportunities), [_open(item, w) for item in c.unrealised]),
        ("✓", w(M.REMOVED, count=len(c.removed), total=pains), [_by(item, w) for item in c.removed]),
        ("~", w(M.ACCEPTED, count=len(c.accepted), total=pains), [w(M.ITEM_BECAUSE, item=_where(i, w), reason=i.reason) for i in c.accepted]),
        ("✗", w(M.REMAINING, count=len(c.remaining), total=pains), [_open(item, w) for item in c.remaining]),
        ("+", w(M.TOUCHPOINTS_ADDED, count=len(c.touchpoints_added)), [tr(lang, change.text) for change in c.touchpoints_added]),
        ("-", w(M.TOUCHPOINTS_REMOVED, count=len(c.touchpoints_removed)), [tr(lang, change.text) for change in c.touchpoints_removed]),
    ]


def _where(item: ItemFate, w) -> str:
    return w(M.ITEM_WHERE, text=item.text, stage=item.stage, touchpoint=item.touchpoint)


def _by(item: ItemFate, w) -> str:
    return w(M.ITEM_BY, item=_where(item, w), touchpoints=Series(Quoted(name) for name in item.by))


def _open(item: ItemFate, w) -> str:
    return _where(item, w) if item.id else w(M.ITEM_NO_ID, item=_where(item, w))


def nothing(lang: str) -> str:
    return speaker(lang)(M.NOTHING)
