"""The ledger section of a category page, format-neutral: rows of today's events (each figure as its source
wrote it, with the articles that state it) and running totals with their per-day series.

Every cell is a span copied from a cited sentence (``EventField.text``), or a field value the extractor read from
such a span (a currency code, an action word); nothing is computed except the totals, which are labelled as such.
"""
from __future__ import annotations

import dataclasses

from dataclasses import dataclass
from typing import Sequence

from topline.records import CategoryPage, Citation, Event, EventField, LedgerTotal

TYPE_LABELS = {"funding": "Funding", "acquisition": "Deal", "capex": "Build-out", "state_action": "State action",
               "market_move": "Market move", "launch": "Launch", "incident": "Incident"}
TOTAL_LABELS = {"capital_raised": "Capital raised", "capacity_announced": "Capacity announced"}


@dataclass(frozen=True)
class LedgerRow:
    type: str             # label
    who: str
    what: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class TotalRow:
    label: str            # "Capital raised (USD), 7 days"
    value: str            # "$1.2 billion"
    count: int
    series: tuple[float, ...]
    days: int


def money(value: float, unit: str) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(unit, "")
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            num = f"{value / scale:.2f}".rstrip("0").rstrip(".")
            return f"{symbol}{num} {word}" + ("" if symbol else f" {unit}")
    return f"{symbol}{value:,.0f}" + ("" if symbol else f" {unit}")


def watts(value: float) -> str:
    for scale, unit in ((1e12, "TW"), (1e9, "GW"), (1e6, "MW"), (1e3, "kW")):
        if value >= scale:
            return f"{value / scale:.2f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{value:g} W"


def _shown(fields: Sequence[EventField], conflict: bool) -> str:
    if not fields:
        return ""
    if not conflict:
        return fields[0].text or str(fields[0].value)
    return " / ".join(f"{f.text or f.value} ({f.source})" for f in fields)


def _get(e: Event, name: str) -> str:
    return _shown(e.values(name), name in e.conflicts)


def _list(e: Event, name: str) -> str:
    return ", ".join(dict.fromkeys(f.text for f in e.values(name) if f.text))


# The ledger's action "other" gathers decisions and acts that are no rule, law, probe, fine, ban, tariff or subsidy
# (an approval, a lawsuit, a court ruling, an order to a whole trade): shown as what it is, a state action.
ACTION_LABELS = {"other": "action"}


def _state_actor(body: str, jurisdiction: str) -> str:
    """Who acted: the body, with its jurisdiction where the body's name does not already say it ("European
    Commission", not "European Commission; European Commission"); a common noun ("government") is named by its
    jurisdiction ("government (India)")."""
    if not body or not jurisdiction or jurisdiction.lower() in body.lower():
        return body or jurisdiction
    return f"{body} ({jurisdiction})" if body[:1].islower() else f"{body}, {jurisdiction}"


def row(e: Event) -> LedgerRow:
    parts: list[str] = []
    if e.type == "funding":
        who = _get(e, "company")
        parts = [_get(e, "amount"), _get(e, "stage")]
        if e.values("investors"):
            parts.append("investors " + _list(e, "investors"))
        if e.values("valuation"):
            parts.append("valuation " + _get(e, "valuation"))
    elif e.type == "acquisition":
        who = " → ".join(x for x in (_get(e, "acquirer"), _get(e, "target")) if x)
        parts = [_get(e, "price")]
    elif e.type == "capex":
        who = _get(e, "company")
        parts = [_get(e, "capacity"), _get(e, "amount"), _get(e, "place")]
    elif e.type == "state_action":
        who = _state_actor(_get(e, "body"), _get(e, "jurisdiction"))
        action = ACTION_LABELS.get(str(e.value("action") or ""), str(e.value("action") or ""))
        parts = [f"{action}: {_get(e, 'target')}" if e.values("target") else action]
    elif e.type == "market_move":
        who = _get(e, "instrument")
        parts = [str(e.value("move") or "")]
    elif e.type == "launch":
        who = _get(e, "organisation")
        parts = [_get(e, "product")]
    else:
        who = _get(e, "organisation")
        parts = [str(e.value("kind") or ""), _get(e, "scale")]
    urls = dict.fromkeys((f.url, f.source) for f in e.fields)
    cites = tuple(Citation(url=u, source=s) for u, s in urls) or (Citation(url=e.url, source=e.source),)
    return LedgerRow(type=TYPE_LABELS.get(e.type, e.type), who=who or "—",
                     what="; ".join(p for p in parts if p) or "—", citations=cites)


def rows(page: CategoryPage) -> list[LedgerRow]:
    """The page's events as rows; their links go where the outlet published the article, as the page's citations
    do (an event names its article by the canonical URL, the key it shares with the checker)."""
    links = published_links(page)
    out = []
    for e in page.events:
        r = row(e)
        out.append(dataclasses.replace(r, citations=tuple(
            dataclasses.replace(c, published_url=links.get(c.url, c.published_url)) for c in r.citations)))
    return out


def published_links(page: CategoryPage) -> dict[str, str]:
    """Canonical URL -> the URL the outlet published, from every citation of the page."""
    cites = [c for t in page.top_line for c in t.citations]
    cites += [c for d in page.key_developments for p in d.paragraphs for c in p.citations]
    cites += [c for sg in page.signals for c in sg.citations]
    return {c.url: c.published_url for c in cites if c.published_url}


def total_rows(totals: Sequence[LedgerTotal]) -> list[TotalRow]:
    out = []
    for t in totals:
        label = TOTAL_LABELS.get(t.name, t.name)
        if t.name == "capital_raised":
            label += f" ({t.unit})"
        value = watts(t.value) if t.unit == "W" else money(t.value, t.unit)
        out.append(TotalRow(label=f"{label}, {t.days} days", value=value, count=t.count, series=t.series,
                            days=t.days))
    return out
