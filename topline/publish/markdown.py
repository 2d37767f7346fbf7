"""The edition as Markdown, in the example briefing's layout: Top Line, Key Developments, Signals & Trends,
Explore Other Categories. Citations are inline outlet links."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from topline.publish.safe import plain, safe_url
from topline.records import CategoryPage, Citation, Edition


def _md_escape(text: str) -> str:
    """Plain text that Markdown renders as itself: no markup, no link syntax, no raw HTML."""
    return plain(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;")


def _cites(citations: Sequence[Citation]) -> str:
    seen, parts = set(), []
    for c in citations:
        url = safe_url(c.link)      # http(s) only, characters like <> and spaces percent-encoded
        if not url or c.url in seen:
            continue
        seen.add(c.url)
        parts.append(f"[{_md_escape(c.source or 'source')}](<{url}>)")
    return " " + " ".join(parts) if parts else ""


def page_markdown(page: CategoryPage, edition: Edition) -> str:
    out = [f"# {_md_escape(page.name)}", "", f"*{_md_escape(edition.title)} edition of {edition.date.isoformat()}*", "",
           "## Top Line", ""]
    out += [f"- {_md_escape(t.text)}{_cites(t.citations)}" for t in page.top_line]
    out += ["", "## Key Developments", ""]
    for d in page.key_developments:
        out += [f"### {_md_escape(d.headline)}", ""]
        out += [f"{_md_escape(p.text)}{_cites(p.citations)}\n" for p in d.paragraphs]
    out += ["## Signals & Trends", ""]
    for sig in page.signals:
        out += [f"### {_md_escape(sig.title)}", "", f"{_md_escape(sig.text)}{_cites(sig.citations)}", ""]
    if not page.signals and page.signals_note:
        out += [f"*{_md_escape(page.signals_note)}*", ""]
    out += _ledger_markdown(page)
    out += ["## Explore Other Categories", ""]
    out += [f"- [{_md_escape(o.name)}]({o.slug}.md)" for o in edition.categories if o.slug != page.slug]
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return _md_escape(text).replace("|", "\\|")


def _ledger_markdown(page: CategoryPage) -> list[str]:
    """The event ledger (issue 12): today's events as a table, running totals, and what to watch."""
    from topline.publish.ledger import rows, total_rows
    out: list[str] = []
    table = rows(page)
    totals = total_rows(page.totals)
    if table or totals:
        out += ["## Ledger", ""]
    if table:
        out += ["| Event | Who | What | Sources |", "|---|---|---|---|"]
        out += [f"| {_cell(r.type)} | {_cell(r.who)} | {_cell(r.what)} |{_cites(r.citations)} |" for r in table]
        out.append("")
    if totals:
        out += [f"- {_md_escape(t.label)}: {_md_escape(t.value)} ({t.count} events; computed from the ledger)"
                for t in totals]
        out.append("")
    if page.watch:
        out += ["## What to Watch", ""]
        for w in page.watch:
            due = f", due {w.due.isoformat()}" if w.due else ""
            state = {"happened": "happened", "overdue": "overdue", "superseded": "superseded"}.get(w.status, "open")
            line = f"- [{state}{due}] {_md_escape(w.text)}{_cites([Citation(w.url, w.source)])}"
            if w.status in ("happened", "superseded") and w.resolved_url:
                line += f" — {state} on {w.resolved_on.isoformat() if w.resolved_on else '?'}:" \
                        f"{_cites([Citation(w.resolved_url, '')])}"
            out.append(line)
        out.append("")
    return out


def edition_markdown(edition: Edition) -> str:
    return "\n\n---\n\n".join(page_markdown(p, edition) for p in edition.categories)


def write(edition: Edition, day: Path) -> list[Path]:
    paths = []
    for page in edition.categories:
        p = day / f"{page.slug}.md"
        p.write_text(page_markdown(page, edition), encoding="utf-8")
        paths.append(p)
    p = day / "edition.md"
    p.write_text(edition_markdown(edition), encoding="utf-8")
    return paths + [p]
