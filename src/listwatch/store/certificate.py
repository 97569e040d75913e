"""A screening certificate: the audit record as a document a compliance officer can file.

It states who screened what and when, which lists (and which snapshot of each, by date)
were covered, the results, and for every list with no match "No match on <list> as of
<date>", with the SHA-256 of the stored record so the paper can be checked against the
database. HTML (self-contained, print CSS) always; PDF with fpdf2 when it is installed.
"""

from __future__ import annotations

import html
from typing import Any

from listwatch.errors import ConfigError
from listwatch.store.freshness import stale_notes


def _title(source: str) -> str:
    from listwatch.errors import UnknownSource
    from listwatch.sources import get_source

    try:
        return str(get_source(source).title)
    except UnknownSource:
        return source


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """What the certificate says, independent of its format."""
    as_of = record["as_of"] or record["created_at"][:10]
    queries = record["queries"]
    batch = isinstance(queries, dict)
    matched: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    decided: list[dict[str, Any]] = []
    for item in record["results"]:
        for hit in item.get("decided") or []:
            decided.append({"query": item.get("query"), **hit})
        hits = item.get("results", [item])
        for hit in hits:
            if "results" in item and not hit.get("match"):
                continue
            src = hit.get("source") or str(hit.get("key", "")).split(":", 1)[0]
            # one party on several lists is a match on each of them
            for listed in _lists_of(hit, src):
                matched[listed] = matched.get(listed, 0) + 1
            rows.append({"query": item.get("query") if "results" in item else
                         {"row": item.get("row"), "id": item.get("id")},
                         **hit, "source": src})
    reviewed: dict[str, list[str]] = {}
    for m in decided:
        src = m.get("source") or str(m.get("key", "")).split(":", 1)[0]
        for listed in _lists_of(m, src):
            reviewed.setdefault(listed, []).append(m["decision"]["verdict"].replace("_", " "))
    stale = stale_notes(record["snapshots"], record["as_of"], today=record["created_at"][:10])
    lists = []
    for source, snap in sorted(record["snapshots"].items()):
        title = _title(source)
        if snap.get("id") is None:
            status = f"Not covered: no snapshot of {title} in force on {as_of}"
        elif matched.get(source):
            status = f"{matched[source]} match(es) on {title} as of {as_of}"
        else:
            status = f"No match on {title} as of {as_of}"
        if reviewed.get(source) and snap.get("id") is not None:
            verdicts = reviewed[source]
            status += (f"; {len(verdicts)} hit(s) decided by a reviewer "
                       f"({', '.join(sorted(set(verdicts)))}): see Reviewer decisions")
        if source in stale:
            status += "; not current: " + stale[source].split(": ", 1)[1]
        lists.append({"source": source, "title": title, "snapshot_id": snap.get("id"),
                      "snapshot_date": snap.get("date"), "status": status})
    return {"id": record["id"], "created_at": record["created_at"], "user": record["user"],
            "as_of": as_of, "as_of_given": record["as_of"] is not None,
            "threshold": record["threshold"], "batch": batch, "queries": queries,
            "query_count": record["query_count"], "match_count": record["match_count"],
            "lists": lists, "matches": rows, "sha256": record["sha256"],
            "chain": record.get("chain"),
            "decided": decided + [m for m in rows if m.get("decision")],
            "covered": [li["source"] for li in lists if li["snapshot_id"] is not None]}


def _lists_of(hit: dict[str, Any], source: str) -> list[str]:
    """The lists a hit is on: its own, and those of the party's other listings
    (``datasets``, else the sources of its ``referents``)."""
    found = [source, *(hit.get("datasets") or ()),
             *(str(k).split(":", 1)[0] for k in hit.get("referents") or ())]
    return list(dict.fromkeys(s for s in found if s))


def _no_match_text(s: dict[str, Any]) -> str:
    """What a certificate says when nothing matched: never "no match" for a list it did
    not cover."""
    if not s["covered"]:
        return "Nothing was screened: no list was covered. This is not a \"no match\"."
    text = "No match on the lists covered: " + ", ".join(s["covered"]) + "."
    if s.get("decided"):
        text += (" Apart from the hits a reviewer decided on (see Reviewer decisions): they "
                 "are left out, not absent.")
    return text


def _titles(m: dict[str, Any]) -> str:
    """Every list a result is on (one party on several lists: each of them)."""
    src = m.get("source") or str(m.get("key", "")).split(":", 1)[0]
    return "; ".join(_title(x) for x in _lists_of(m, src))


def _keys(m: dict[str, Any]) -> str:
    """A result's entry key, then its party's other listings."""
    key = str(m.get("key"))
    others = [str(k) for k in m.get("referents") or () if k != key]
    return key + (f" (also {', '.join(others)})" if others else "")


def _query_text(q: Any) -> str:
    if not isinstance(q, dict):
        return "" if q is None else str(q)
    if "row" in q:
        return f"row {q['row']}" + (f" (id {q['id']})" if q.get("id") else "")
    parts = [str(q.get("name") or "")] if q.get("name") else []
    for key in ("identifier", "schema", "country", "birth_date", "id"):
        if q.get(key):
            parts.append(f"{key}: {q[key]}")
    return "; ".join(parts)


_CSS = """
body{font-family:Georgia,serif;max-width:60em;margin:2em auto;color:#111}
h1{font-size:1.5em;border-bottom:2px solid #111}h2{font-size:1.15em;margin-top:1.5em}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eee}.ok{color:#064}.hit{color:#a00;font-weight:bold}.warn{color:#a50}
code{font-size:.85em;word-break:break-all}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}
tr{page-break-inside:avoid}a{color:#000}}
"""


def render_html(record: dict[str, Any]) -> str:
    s = summary(record)
    e = html.escape
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Screening certificate #{s['id']}</title><style>{_CSS}</style></head><body>",
        f"<h1>Screening certificate #{s['id']}</h1>",
        "<table>",
        f"<tr><th>Screened by</th><td>{e(s['user'])}</td></tr>",
        f"<tr><th>Screened at (UTC)</th><td>{e(s['created_at'])}</td></tr>",
        (f"<tr><th>Lists as of</th><td>{e(s['as_of'])}"
        f"{'' if s['as_of_given'] else ' (the lists current at screening time)'}</td></tr>"),
        f"<tr><th>Match threshold</th><td>{s['threshold']:.2f}</td></tr>",
        f"<tr><th>Queries</th><td>{s['query_count']}</td></tr>",
        f"<tr><th>Matches</th><td>{s['match_count']}</td></tr>",
        "</table><h2>Query</h2>",
    ]
    if s["batch"]:
        q = s["queries"]
        out.append(f"<p>Batch file <code>{e(str(q.get('file')))}</code>, {q.get('rows')} rows, "
                   f"SHA-256 <code>{e(str(q.get('sha256')))}</code></p>")
    else:
        out.append("<ul>" + "".join(f"<li>{e(_query_text(q))}</li>" for q in s["queries"])
                   + "</ul>")
    out.append("<h2>Lists covered</h2><table><tr><th>List</th><th>Source id</th>"
               "<th>Snapshot</th><th>Snapshot date</th><th>Result</th></tr>")
    for li in s["lists"]:
        cls = ("hit" if not li["status"].startswith("No match")
               else "warn" if "; not current: " in li["status"] else "ok")
        out.append(f"<tr><td>{e(li['title'])}</td><td>{e(li['source'])}</td>"
                   f"<td>{li['snapshot_id'] or '-'}</td><td>{e(li['snapshot_date'] or '-')}</td>"
                   f"<td class='{cls}'>{e(li['status'])}</td></tr>")
    out.append("</table><h2>Results</h2>")
    if not s["matches"]:
        cls = "ok" if s["covered"] else "hit"
        out.append(f"<p class='{cls}'>{e(_no_match_text(s))}</p>")
    else:
        out.append("<table><tr><th>Query</th><th>Score</th><th>Entry</th><th>Name</th>"
                   "<th>List</th><th>Listed</th><th>Programs</th></tr>")
        for m in s["matches"]:
            listed = f"{m.get('listed_from') or '?'} – {m.get('listed_to') or 'now'}"
            out.append(
                f"<tr><td>{e(_query_text(m.get('query')))}</td><td>{m.get('score')}</td>"
                f"<td><code>{e(str(m.get('key')))}</code></td><td>{e(str(m.get('name')))}</td>"
                f"<td>{e(_titles(m))}</td><td>{e(listed)}</td>"
                f"<td>{e(', '.join(m.get('programs') or []))}</td></tr>")
        out.append("</table>")
    if s["decided"]:
        out.append("<h2>Reviewer decisions</h2><p>Hits a reviewer decided on for the same "
                   "query (left out of the results above unless shown).</p><table><tr>"
                   "<th>Query</th><th>Entry</th><th>Score</th><th>Verdict</th><th>Reason</th>"
                   "<th>Decided by</th><th>At</th><th>Decision</th></tr>")
        for m in s["decided"]:
            d = m["decision"]
            out.append(
                f"<tr><td>{e(_query_text(m.get('query')))}</td><td><code>{e(_keys(m))}"
                f"</code></td><td>{m.get('score')}</td><td>{e(d['verdict'])}</td>"
                f"<td>{e(d['reason'])}</td><td>{e(d['by'])}</td><td>{e(d['at'])}</td>"
                f"<td>#{d['id']}</td></tr>")
        out.append("</table>")
    chain = s.get("chain") or {}
    signed = (f" Record #{chain.get('seq')} of the signed chain: record hash "
              f"<code>{e(str(chain.get('record_hash')))}</code>, previous "
              f"<code>{e(str(chain.get('prev_hash')))}</code>, Ed25519 signature "
              f"<code>{e(str(chain.get('signature')))}</code> by key "
              f"<code>{e(str(chain.get('key_id')))}</code>. Check it with "
              f"<code>listwatch verify</code> or <code>GET /screenings/{s['id']}/verify</code>."
              if chain else " This record is not in the signed chain.")
    out.append(f"<h2>Integrity</h2><p>SHA-256 of screening record #{s['id']}: "
               f"<code>{s['sha256']}</code>. Recompute with <code>listwatch certificate "
               f"{s['id']} --format json</code>.{signed}</p></body></html>")
    return "\n".join(out)


_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def render_pdf(record: dict[str, Any]) -> bytes:
    """The certificate as PDF (needs fpdf2; DejaVu Sans when present for non-Latin names)."""
    try:
        from fpdf import FPDF
    except ImportError:
        raise ConfigError("PDF output needs the fpdf2 package",
                          hint="pip install fpdf2, or use --format html") from None
    import os

    from anyascii import anyascii

    s = summary(record)
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    unicode_font = os.path.exists(_FONT)
    if unicode_font:
        pdf.add_font("body", "", _FONT)
        font = "body"
    else:
        font = "Helvetica"

    def text(value: Any) -> str:
        t = str(value)
        return t if unicode_font else anyascii(t).encode("latin-1", "replace").decode("latin-1")

    def line(value: Any, size: int = 10, height: float = 6) -> None:
        pdf.set_font(font, size=size)
        pdf.multi_cell(0, height, text(value), new_x="LMARGIN", new_y="NEXT")

    line(f"Screening certificate #{s['id']}", 16, 10)
    line(f"Screened by: {s['user']}    at (UTC): {s['created_at']}")
    line(f"Lists as of: {s['as_of']}    threshold: {s['threshold']:.2f}    "
         f"queries: {s['query_count']}    matches: {s['match_count']}")
    line("Query", 13, 9)
    if s["batch"]:
        q = s["queries"]
        line(f"Batch file {q.get('file')}, {q.get('rows')} rows, SHA-256 {q.get('sha256')}")
    else:
        for q in s["queries"]:
            line(f"- {_query_text(q)}")
    line("Lists covered", 13, 9)
    for li in s["lists"]:
        line(f"{li['title']} ({li['source']}), snapshot {li['snapshot_id'] or '-'} of "
             f"{li['snapshot_date'] or '-'}: {li['status']}")
    line("Results", 13, 9)
    if not s["matches"]:
        line(_no_match_text(s))
    for m in s["matches"]:
        line(f"{_query_text(m.get('query'))} -> {_keys(m)} {m.get('name')} "
             f"(score {m.get('score')}; on {_titles(m)}; listed {m.get('listed_from') or '?'} - "
             f"{m.get('listed_to') or 'now'})")
    if s["decided"]:
        line("Reviewer decisions", 13, 9)
        for m in s["decided"]:
            d = m["decision"]
            line(f"{_query_text(m.get('query'))} -> {_keys(m)}: {d['verdict']} "
                 f"(decision #{d['id']} by {d['by']} at {d['at']}): {d['reason']}")
    line("Integrity", 13, 9)
    line(f"SHA-256 of screening record #{s['id']}: {s['sha256']}", 8)
    if s.get("chain"):
        c = s["chain"]
        line(f"Signed chain record #{c.get('seq')}: record hash {c.get('record_hash')}; "
             f"previous {c.get('prev_hash')}; Ed25519 signature {c.get('signature')} by key "
             f"{c.get('key_id')}. Check with `listwatch verify`.", 8)
    return bytes(pdf.output())
