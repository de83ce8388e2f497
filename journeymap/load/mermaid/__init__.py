"""Mermaid `journey` diagrams: import them as journey maps, export maps as diagrams.

- :mod:`.blocks` finds the journey diagrams in a ``.mmd`` file or in the
  fenced ```` ```mermaid ```` blocks of a Markdown file;
- :mod:`.parse` reads one diagram into plain values that keep their line
  numbers, following Mermaid's own grammar (``journey.jison``);
- :mod:`.to_map` turns those values into a journey map (YAML text and model);
- :mod:`.export` writes a map as a Mermaid ``journey`` block.

Nothing here prints or exits; problems are returned as values with their line.
"""
