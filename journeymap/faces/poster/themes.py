"""Colours of the poster and the page, light and dark. Persona and score colours are in
:mod:`journeymap.views.palette` and stay the same in both themes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    grid: str
    label_fill: str
    stage_fills: tuple[str, str]
    card_fill: str
    card_stroke: str
    flag: str
    flag_fill: str
    pain: str
    opportunity: str
    neutral_line: str


LIGHT = Theme(
    name="light",
    background="#ffffff",
    text="#1f2328",
    muted="#59636e",
    grid="#d0d7de",
    label_fill="#f6f8fa",
    stage_fills=("#eef4fb", "#f4f1fa"),
    card_fill="#ffffff",
    card_stroke="#afb8c1",
    flag="#b3261e",
    flag_fill="#fdecea",
    pain="#b3261e",
    opportunity="#0b6e4f",
    neutral_line="#8c959f",
)

DARK = Theme(
    name="dark",
    background="#0d1117",
    text="#e6edf3",
    muted="#9198a1",
    grid="#30363d",
    label_fill="#161b22",
    stage_fills=("#122033", "#1d1a2e"),
    card_fill="#161b22",
    card_stroke="#3d444d",
    flag="#ff7b72",
    flag_fill="#3b1d1d",
    pain="#ff7b72",
    opportunity="#56d364",
    neutral_line="#6e7681",
)

THEMES = {"light": LIGHT, "dark": DARK}

FONT_FAMILY = (
    "'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', "
    "'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, 'IPAexGothic', 'IPAGothic', sans-serif"
)
