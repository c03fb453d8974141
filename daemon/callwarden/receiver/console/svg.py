"""Inline SVG line charts: one x label per point, several series, dashed threshold lines and
alarm dots. Values may be None (a day without calls): the line breaks there."""

from __future__ import annotations

from typing import Callable, Sequence

from callwarden.receiver.console.markup import esc

W, H = 760, 230
LEFT, RIGHT, TOP, BOTTOM = 56, 150, 14, 40   # the legend sits in the right margin


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    step = 10 ** len(str(int(value))) / 10 if value >= 1 else 0.1
    for mult in (1, 2, 2.5, 5, 10):
        if value <= step * mult:
            return step * mult
    return value


def line_chart(chart_id: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], *,
               fmt: Callable[[float], str], y_max: float | None = None,
               thresholds: Sequence[tuple[str, float]] = (), alarms: Sequence[tuple[int, int]] = ()) -> str:
    """alarms: (series index, point index) pairs drawn as red dots over the point."""
    values = [v for _, vs in series for v in vs if v is not None] + [t for _, t in thresholds]
    top = y_max if y_max is not None else _nice_max(max(values, default=0.0))
    n = len(labels)
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w * (i + 0.5) / n if n else 0)

    def y(v: float) -> float:
        return TOP + plot_h * (1 - min(v, top) / top)

    out = [f'<svg class="chart" id="{esc(chart_id)}" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'role="img" aria-label="{esc(chart_id)}" xmlns="http://www.w3.org/2000/svg">']
    for k in range(5):
        v = top * k / 4
        out.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
                   f'<text class="axis" x="{LEFT - 4}" y="{y(v) + 4:.1f}" text-anchor="end">{esc(fmt(v))}</text>')
    every = max(1, n // 10)
    for i, label in enumerate(labels):
        if i % every == 0:
            out.append(f'<text class="axis" x="{x(i):.1f}" y="{H - BOTTOM + 16}" text-anchor="middle">'
                       f'{esc(label[5:] if len(label) == 10 else label)}</text>')
    for label, t in thresholds:
        out.append(f'<line class="threshold" x1="{LEFT}" x2="{W - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}">'
                   f'<title>{esc(label)}: {esc(fmt(t))}</title></line>')
    for s, (name, vs) in enumerate(series):
        cls = f"s{s % 8}"
        runs, run = [], []
        for i, v in enumerate(vs):
            if v is None:
                runs, run = (runs + [run]) if run else runs, []
            else:
                run.append(f"{x(i):.1f},{y(v):.1f}")
        runs += [run] if run else []
        for r in runs:
            out.append(f'<polyline class="line {cls}" points="{" ".join(r)}"/>')
        for i, v in enumerate(vs):
            if v is not None:
                out.append(f'<circle class="{cls}" cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5">'
                           f'<title>{esc(name)} {esc(labels[i])}: {esc(fmt(v))}</title></circle>')
        ly = TOP + 14 * s + 8
        out.append(f'<rect class="{cls}" x="{W - RIGHT + 10}" y="{ly - 7}" width="10" height="3"/>'
                   f'<text class="legend" x="{W - RIGHT + 24}" y="{ly}">{esc(name)}</text>')
    for s, i in alarms:
        v = series[s][1][i]
        if v is not None:
            out.append(f'<circle class="alarm" cx="{x(i):.1f}" cy="{y(v):.1f}" r="6">'
                       f'<title>ALARM {esc(series[s][0])} {esc(labels[i])}: {esc(fmt(v))}</title></circle>')
    out.append("</svg>")
    return "".join(out)
