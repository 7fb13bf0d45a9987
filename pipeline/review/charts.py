"""Small inline SVG charts (line or bar) for recovered tables and claim series.

Geometry is computed here and drawn by the `review_chart.svg.j2` template: no JavaScript and
nothing fetched, so a page with charts opens from the file system and prints. Series differ in
marker shape and dash pattern as well as colour, so they stay apart in print and for readers who
do not tell the colours apart. Every point has a <title> (hover) and is focusable with its value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from jinja2 import Environment
from markupsafe import Markup

from pipeline.review.formatting import format_number, short_number

# Okabe–Ito colours (distinguishable with the common colour-vision deficiencies).
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4")
MARKERS = ("circle", "square", "triangle", "diamond", "circle", "square", "triangle")
WIDTH, HEIGHT = 460, 240
LEFT, RIGHT, TOP, BOTTOM = 64, 12, 28, 58
MAX_SERIES = len(COLOURS)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]  # one per category, None where there is no value


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (steps of 1, 2, 2.5 or 5 times a power of ten)."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [round(first, 10)]
    while ticks[-1] < high - step * 1e-9 and len(ticks) < 12:
        ticks.append(round(first + step * len(ticks), 10))
    return ticks


def _marker(shape: str, x: float, y: float) -> str:
    """SVG path data of a marker centred on (x, y)."""
    r = 3.5
    if shape == "square":
        return f"M{x - r:.1f},{y - r:.1f}h{2 * r:.1f}v{2 * r:.1f}h{-2 * r:.1f}z"
    if shape == "triangle":
        return f"M{x:.1f},{y - r - 1:.1f}L{x + r + 0.5:.1f},{y + r:.1f}L{x - r - 0.5:.1f},{y + r:.1f}z"
    if shape == "diamond":
        return f"M{x:.1f},{y - r - 1:.1f}L{x + r + 1:.1f},{y:.1f}L{x:.1f},{y + r + 1:.1f}L{x - r - 1:.1f},{y:.1f}z"
    return f"M{x - r:.1f},{y:.1f}a{r:.1f},{r:.1f} 0 1,0 {2 * r:.1f},0a{r:.1f},{r:.1f} 0 1,0 {-2 * r:.1f},0"


def chart(env: Environment, title: str, categories: list[str], series: list[Series], unit: str,
          style: str = "line", chart_id: str = "") -> Markup | None:
    """An SVG chart, or None when there is nothing to draw (no finite values)."""
    series = series[:MAX_SERIES]
    values = [v for s in series for v in s.values if v is not None and math.isfinite(v)]
    if not values or not categories:
        return None
    low, high = min(0.0, *values), max(0.0, *values)
    ticks = nice_ticks(low, high)
    low, high = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y_of(v: float) -> float:
        return TOP + plot_h * (1 - (v - low) / (high - low))

    band = plot_w / len(categories)
    x_labels = [{"x": LEFT + band * (i + 0.5), "text": c} for i, c in enumerate(categories)]
    drawn = []
    for k, s in enumerate(series):
        points = []
        for i, v in enumerate(s.values):
            if v is None or not math.isfinite(v):
                continue
            if style == "bar":
                bar_w = band * 0.8 / len(series)
                x0 = LEFT + band * i + band * 0.1 + bar_w * k
                y0, y1 = sorted((y_of(v), y_of(0.0)))
                points.append({"x": x0, "y": y0, "w": bar_w, "h": max(0.5, y1 - y0), "cx": x0 + bar_w / 2,
                               "value": v, "category": categories[i], "text": f"{format_number(v)} {unit}".strip()})
            else:
                x, y = LEFT + band * (i + 0.5), y_of(v)
                points.append({"x": x, "y": y, "cx": x, "value": v, "category": categories[i],
                               "marker": _marker(MARKERS[k], x, y), "text": f"{format_number(v)} {unit}".strip()})
        path = " ".join(f"{'M' if j == 0 else 'L'}{p['x']:.1f},{p['y']:.1f}" for j, p in enumerate(points))
        drawn.append({"name": s.name, "colour": COLOURS[k], "dash": DASHES[k], "points": points, "path": path,
                      "legend_marker": _marker(MARKERS[k], 0, 0)})
    return Markup(env.get_template("review_chart.svg.j2").render(
        title=title, unit=unit, style=style, width=WIDTH, height=HEIGHT, left=LEFT, right=WIDTH - RIGHT,
        top=TOP, bottom=TOP + plot_h, ticks=[{"y": y_of(t), "text": short_number(t)} for t in ticks],
        zero=y_of(0.0), x_labels=x_labels, series=drawn, chart_id=chart_id,
        rotate=len(categories) > 6 or max(len(c) for c in categories) > 6,
    ))
