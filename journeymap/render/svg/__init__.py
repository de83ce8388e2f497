"""The SVG poster, written directly: a grid of stages and lanes with an emotion curve."""
