"""Small inline SVG sparklines for counts over days (no script, no style attribute: CSP-safe, e-mail-safe)."""
from __future__ import annotations

from typing import Sequence

from markupsafe import Markup, escape

WIDTH = 96         # px; fits beside a heading on a 360 px phone screen
HEIGHT = 22        # px; about one line of body text
PAD = 2            # px kept free around the line so the end dot is not clipped
STROKE = "#1f6feb"


def _points(values: Sequence[float], width: int, height: int) -> list[tuple[float, float]]:
    top = max(values) or 1
    n = len(values)
    step = (width - 2 * PAD) / (n - 1) if n > 1 else 0
    return [(PAD + i * step if n > 1 else width / 2, height - PAD - (v / top) * (height - 2 * PAD))
            for i, v in enumerate(values)]


def sparkline_svg(values: Sequence[float], *, label: str = "", width: int = WIDTH, height: int = HEIGHT) -> Markup:
    """An inline SVG line of ``values`` (oldest first), with a dot on the newest. Empty input gives ""."""
    vals = [max(0.0, float(v)) for v in values if v is not None]
    if not vals:
        return Markup("")
    pts = _points(vals, width, height)
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    title = label or "per day: " + ", ".join(f"{v:g}" for v in vals)
    last_x, last_y = pts[-1]
    svg = (f'<svg class="spark" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
           f'<polyline fill="none" stroke="{STROKE}" stroke-width="1.5" stroke-linejoin="round" '
           f'stroke-linecap="round" points="{path}"/>'
           f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="2" fill="{STROKE}"/></svg>')
    return Markup(svg)
