"""The flow view as DOT source: touchpoints as nodes clustered by stage, in journey order.

Building DOT is pure string work (through the `graphviz` package, which
quotes every name); turning it into an image is :mod:`.graphviz_backend`'s job.
Node colours follow the touchpoint's average score across personas.
"""

from __future__ import annotations

from journeymap.scores import average
from journeymap.views.layout import Layout
from journeymap.views.palette import score_color


def _label(text: str) -> str:
    import graphviz

    # Backslashes in DOT labels are escape sequences (\\N is the node name): make them literal.
    return graphviz.escape(text.replace("\x00", ""))


def flow_source(layout: Layout) -> str:
    import graphviz

    graph = graphviz.Digraph(
        "journey",
        graph_attr={"rankdir": "LR", "fontname": "Noto Sans CJK JP,IPAexGothic,sans-serif", "label": _label(layout.title),
                    "labelloc": "t", "fontsize": "18", "compound": "true", "newrank": "true"},
        node_attr={"shape": "box", "style": "rounded,filled", "fontname": "Noto Sans CJK JP,IPAexGothic,sans-serif",
                   "fontsize": "11"},
        edge_attr={"color": "#59636e"},
    )
    previous = None
    for index, column in enumerate(layout.columns):
        with graph.subgraph(name=f"cluster_{index}") as cluster:
            flags = " ".join(dict.fromkeys(f.code for f in column.flags))
            title = column.name + (f"\n{flags}" if flags else "")
            cluster.attr(label=_label(title), style="rounded", color="#b3261e" if flags else "#afb8c1",
                         fontname="Noto Sans CJK JP,IPAexGothic,sans-serif")
            for card in column.cards:
                node = f"tp_{card.id}"
                scores = [s for s in card.scores if s is not None]
                mean = average(scores)
                details = " · ".join(part for part in (card.channel_label, card.owner) if part)
                score_text = "" if mean is None else f"\n{'/'.join(f'{s:g}' for s in scores)}"
                cluster.node(
                    node,
                    label=_label(card.name + (f"\n{details}" if details else "") + score_text),
                    fillcolor=score_color(layout.relative(mean)) + "66" if mean is not None else "#f6f8fa",
                )
                if previous is not None:
                    graph.edge(previous, node)
                previous = node
    return graph.source
