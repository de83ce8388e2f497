"""Mermaid `journey` diagrams: import them as journey maps (the export is journeymap/faces/mermaid.py).

- :mod:`.blocks` finds the journey diagrams in a ``.mmd`` file or in a document
  (Markdown fences and ``:::`` blocks, HTML ``<pre class="mermaid">``, reST directives);
- :mod:`.parse` reads one diagram into plain values that keep their line
  numbers, following Mermaid's own grammar (``journey.jison``);
- :mod:`.to_map` turns those values into a journey map (YAML text and model),
  keeping what a map has no field for in an ``x-mermaid`` extension.

Nothing here prints or exits; problems are returned as values with their line.
See docs/mermaid.md for what becomes what.
"""
