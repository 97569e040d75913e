"""The entity timeline chart: server-rendered inline SVG, no JavaScript.

Rows: the official listing (bars for the listed intervals, markers for amendments), the
status that follows legal events (listed / enjoined / vacated), and one row of legal
events per list. Official events are filled markers; reported ones (annotations, news)
hollow and dashed. Every mark carries a ``<title>`` (the browser's tooltip) and the same
facts are in the events table under the chart, for keyboard and screen-reader users.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from listwatch.history.state import status_segments

WIDTH = 960
LABEL_W = 200
RIGHT_PAD = 24
ROW_H = 38
TOP = 34
BAR_H = 16

STATUS_COLOURS = {
    "listed": "#b3261e",
    "enjoined": "#b26a00",
    "vacated": "#5f6b7a",
    "removed": "#5f6b7a",
}
EVENT_COLOURS = {
    "designation": "#b3261e",
    "removal": "#1f6f3f",
    "amendment": "#1d4f91",
    "legal_challenge": "#6b3fa0",
    "injunction": "#b26a00",
    "vacatur": "#1f6f3f",
    "license": "#00707a",
    "deadline": "#8a4b08",
}
REPORTED = ("reported", "news", "annotation")


def to_day(value: str | None) -> int | None:
    """Ordinal day of an ISO date that may be partial (``2021``, ``2021-01``)."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(y, m, d).toordinal()
    except (ValueError, IndexError):
        return None


def _is_reported(ev: dict[str, Any]) -> bool:
    return ev.get("origin") in ("annotation", "news") or ev.get("status") == "reported"


def _fmt_event(ev: dict[str, Any]) -> str:
    kind = ev["type"].replace("_", " ")
    origin = ev.get("origin", "")
    status = ev.get("status", "")
    text = f"{ev.get('date') or '?'} — {kind} ({origin}, {status})"
    if ev.get("fields"):
        text += ": " + ", ".join(ev["fields"][:8])
    if ev.get("authority"):
        text += f" — {ev['authority']}"
    quote = (ev.get("evidence") or {}).get("quote")
    if quote:
        text += f" — “{quote[:160]}”"
    if ev.get("observed_since_first_snapshot"):
        text += " (on or before: first snapshot of the list)"
    return text


def render_timeline(history: dict[str, Any], as_of: str | None = None) -> str:
    """The chart as an inline ``<svg>`` string."""
    events = history["events"]
    end = history.get("last_seen") or history["first_seen"]
    dates = [history["first_seen"], end, *(e["date"] for e in events if e.get("date"))]
    for iv in history["listed_intervals"]:
        dates.extend(d for d in (iv["from"], iv["to"]) if d)
    if as_of:
        dates.append(as_of)
    days = [d for d in (to_day(x) for x in dates) if d is not None]
    if not days:
        # nothing dated yet (a party known only from undated news events): no time axis
        # to draw; the events table of the page lists what is known
        return (
            '<p class="timeline-empty">No dated event yet, so there is no timeline to draw: '
            "the events below carry no date.</p>"
        )
    lo, hi = min(days), max(days)
    lo -= max(30, (hi - lo) // 40)
    hi += max(30, (hi - lo) // 40)
    span = max(1, hi - lo)
    plot_w = WIDTH - LABEL_W - RIGHT_PAD
    end_day = to_day(end) or hi

    def x(value: str | None) -> float:
        d = to_day(value)
        return LABEL_W + plot_w * (((d if d is not None else hi) - lo) / span)

    legal_lists: dict[str, list[dict[str, Any]]] = {}
    official_marks: list[dict[str, Any]] = []
    for ev in events:
        if ev.get("origin") == "official" and ev["type"] in ("designation", "removal", "amendment"):
            official_marks.append(ev)
        else:
            legal_lists.setdefault(ev.get("source") or history.get("source") or "reported",
                                   []).append(ev)
    rows = 2 + len(legal_lists)
    height = TOP + rows * ROW_H + 44
    out: list[str] = []
    a = out.append
    title = f"Timeline of {history['caption']}"
    a(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-labelledby="tl-title tl-desc" '
        f'preserveAspectRatio="xMinYMin meet">'
    )
    a(f'<title id="tl-title">{escape(title)}</title>')
    a(
        f'<desc id="tl-desc">Listed intervals on {escape(history.get("source") or "no loaded list")} as bars; '
        "amendments and legal events as markers; filled markers are official, hollow dashed "
        "markers are reported. The events table below lists the same facts.</desc>"
    )
    # year grid
    y0 = dt.date.fromordinal(lo).year
    y1 = dt.date.fromordinal(hi).year
    step = 1 if y1 - y0 <= 12 else 2 if y1 - y0 <= 24 else 5
    axis_y = TOP + rows * ROW_H
    for year in range(y0, y1 + 1):
        d = dt.date(year, 1, 1).toordinal()
        if d < lo or d > hi or (year - y0) % step:
            continue
        gx = LABEL_W + plot_w * ((d - lo) / span)
        a(f'<line class="grid" x1="{gx:.1f}" y1="{TOP - 6}" x2="{gx:.1f}" y2="{axis_y}"/>')
        a(f'<text class="year" x="{gx:.1f}" y="{axis_y + 16}" text-anchor="middle">{year}</text>')
    if hi - lo < 3 * 366:  # a short timeline: quarter ticks too
        for year in range(y0, y1 + 1):
            for month, label in ((4, "Apr"), (7, "Jul"), (10, "Oct")):
                d = dt.date(year, month, 1).toordinal()
                if lo <= d <= hi:
                    gx = LABEL_W + plot_w * ((d - lo) / span)
                    a(f'<line class="grid minor" x1="{gx:.1f}" y1="{TOP - 6}" x2="{gx:.1f}" '
                      f'y2="{axis_y}"/><text class="year" x="{gx:.1f}" y="{axis_y + 16}" '
                      f'text-anchor="middle">{label}</text>')
    # row 1: official listing
    ry = TOP
    src = escape(history.get("source") or "no loaded list")
    a(f'<text class="rowlabel" x="8" y="{ry + ROW_H / 2 + 4}">{src} (official)</text>')
    for iv in history["listed_intervals"]:
        x1 = x(iv["from"])
        x2 = x(iv["to"]) if iv["to"] else LABEL_W + plot_w * ((end_day - lo) / span)
        note = f"listed {iv['from']} – {iv['to'] or 'now (last snapshot ' + str(end) + ')'}"
        a(
            f'<rect class="bar listed" x="{x1:.1f}" y="{ry + (ROW_H - BAR_H) / 2}" '
            f'width="{max(2.0, x2 - x1):.1f}" height="{BAR_H}" rx="3">'
            f"<title>{escape(note)}</title></rect>"
        )
    for ev in official_marks:
        cx = x(ev["date"])
        colour = EVENT_COLOURS.get(ev["type"], "#333")
        cy = ry + ROW_H / 2
        a(
            f'<circle class="mark official" cx="{cx:.1f}" cy="{cy}" r="5" fill="{colour}" '
            f'stroke="#fff" stroke-width="1.5"><title>{escape(_fmt_event(ev))}</title></circle>'
        )
    # row 2: status after legal events
    ry += ROW_H
    a(f'<text class="rowlabel" x="8" y="{ry + ROW_H / 2 + 4}">status (with legal events)</text>')
    for start, stop, status in status_segments(history, end):
        x1, x2 = x(start), x(stop)
        colour = STATUS_COLOURS.get(status, "#5f6b7a")
        a(
            f'<rect class="bar status-{escape(status)}" x="{x1:.1f}" y="{ry + (ROW_H - 10) / 2}" '
            f'width="{max(2.0, x2 - x1):.1f}" height="10" rx="2" fill="{colour}">'
            f"<title>{escape(f'{status} from {start} ' + (f'to {stop}' if stop else 'on'))}"
            "</title></rect>"
        )
    # legal-event rows
    for list_id, evs in sorted(legal_lists.items()):
        ry += ROW_H
        a(f'<text class="rowlabel" x="8" y="{ry + ROW_H / 2 + 4}">'
          f"{escape(list_id)} legal events</text>")
        a(f'<line class="lane" x1="{LABEL_W}" y1="{ry + ROW_H / 2}" '
          f'x2="{WIDTH - RIGHT_PAD}" y2="{ry + ROW_H / 2}"/>')
        for ev in evs:
            cx, cy = x(ev.get("date")), ry + ROW_H / 2
            colour = EVENT_COLOURS.get(ev["type"], "#333")
            pts = f"{cx:.1f},{cy - 7} {cx + 7:.1f},{cy} {cx:.1f},{cy + 7} {cx - 7:.1f},{cy}"
            if _is_reported(ev):
                a(f'<polygon class="mark reported" points="{pts}" fill="#fff" stroke="{colour}" '
                  f'stroke-width="2" stroke-dasharray="3 2">'
                  f"<title>{escape(_fmt_event(ev))}</title></polygon>")
            else:
                a(f'<polygon class="mark official" points="{pts}" fill="{colour}" stroke="#fff">'
                  f"<title>{escape(_fmt_event(ev))}</title></polygon>")
    # as-of line
    if as_of:
        ax = x(as_of)
        a(f'<line class="asof" x1="{ax:.1f}" y1="{TOP - 14}" x2="{ax:.1f}" y2="{axis_y}"/>')
        a(f'<text class="asof-label" x="{ax:.1f}" y="{TOP - 18}" text-anchor="middle">'
          f"as of {escape(as_of)}</text>")
    # legend
    ly = axis_y + 34
    a(f'<g class="legend" transform="translate({LABEL_W},{ly})">')
    a('<rect x="0" y="-9" width="22" height="10" rx="2" fill="#b3261e"/>'
      '<text x="28" y="0">listed</text>')
    a('<rect x="80" y="-9" width="22" height="10" rx="2" fill="#b26a00"/>'
      '<text x="108" y="0">enjoined</text>')
    a('<circle cx="190" cy="-4" r="5" fill="#1d4f91"/><text x="200" y="0">official change</text>')
    a('<polygon points="320,-11 327,-4 320,3 313,-4" fill="#fff" stroke="#6b3fa0" '
      'stroke-width="2" stroke-dasharray="3 2"/><text x="333" y="0">reported event</text>')
    a('<polygon points="460,-11 467,-4 460,3 453,-4" fill="#6b3fa0"/>'
      '<text x="473" y="0">official / confirmed event</text>')
    a("</g></svg>")
    return "".join(out)
