"""Renderers: the journey as an SVG poster, an HTML page, a PNG, a Graphviz flow view.

Every renderer takes the shared :class:`journeymap.views.layout.Layout` (or, for the
flow view, the model) and returns text or bytes; writing files is the CLI's
job (atomically, never over an input).
"""
