"""The ledger of an edition: extract events and watch items for the stories a page can show, store them, follow
earlier watch items, and compute what each category page carries (today's events, running totals, open items).

``run(store, ranked, day)`` is the stage's entry point (called by ``topline.pipeline``); ``attach`` puts the
ledger on the written pages. ``totals`` is pure.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from topline.events.memo import LedgerMemo
from topline.events.watch import follow
from topline.records import CategoryPage, Event, LedgerTotal, RankedStory, WatchItem
from topline.zones import edition_day

# Stories read per category: the ranked candidates a page can show (issue 14: reading every story of a large
# window is what made the pairwise grouping slow; a page shows at most ~20 candidates).
PAGE_CANDIDATES = 20
TOTAL_DAYS = (7, 30)
MAX_PAGE_EVENTS = 12     # rows of today's table on a page
MAX_PAGE_WATCH = 8       # watch items listed on a page


@dataclass(frozen=True)
class EditionLedger:
    day: dt.date
    events: tuple[Event, ...] = ()                        # events of this edition's candidate stories
    history: tuple[Event, ...] = ()                       # stored events of the 30 days up to ``day``
    watch: tuple[WatchItem, ...] = ()                     # items listed by this edition
    settled: tuple[WatchItem, ...] = ()                   # items this edition settled
    timings: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()                           # stories whose extraction failed, with the reason

    def for_category(self, name: str) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.category == name)


def candidates(ranked: Sequence[RankedStory], per_category: int = PAGE_CANDIDATES) -> list[RankedStory]:
    """The stories a page can show: the best ``per_category`` of each category, in rank order."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for rs in ranked:
        cats = [c for c in (rs.classification.primary, *rs.classification.secondary) if c]
        if not cats or all(seen[c] >= per_category for c in cats):
            continue
        for c in cats:
            seen[c] += 1
        out.append(rs)
    return out


def run(store, ranked: Sequence[RankedStory], day: dt.date,  # noqa: ANN001 - topline.store.Store
        parallel: bool = False) -> EditionLedger:
    """Extract, store and follow: the ledger of the edition of ``day``. ``parallel``: the statements the stage
    cache lacks are computed on two cores (``events.ahead``; the same values)."""
    chosen = candidates(ranked)
    events: list[Event] = []
    new_items: list[WatchItem] = []
    notes: list[str] = []
    # issue 14: each article's statements computed once across editions (events.memo): one read, one write
    parts = LedgerMemo(store, day)
    parts.preload([rs.bundle for rs in chosen])
    try:
        for n, rs in enumerate(chosen):
            if parallel and n == 1:
                # issue 14 (scale28): what the cache lacks computed from both ends, on two cores; forked after the
                # first story, whose reading loaded the parse model and the rules' tables the child then shares
                from topline.events import ahead
                parts.ahead = ahead.start(parts, [rs.bundle for rs in chosen[1:]])
            cat = rs.classification.primary
            try:
                got = [replace(e, category=cat) for e in parts.events(rs.bundle)]
                items = [i for i in parts.watch(rs.bundle, cat) if i.made_on is not None and i.made_on <= day]
            except Exception as exc:  # noqa: BLE001 - errors are data: one story's sentence never stops the edition
                notes.append(f"events: story {rs.bundle.story.id} not read ({type(exc).__name__}: {exc})"[:300])
                continue
            events += got
            new_items += items
    finally:
        if parts.ahead is not None:
            parts.ahead.close()
            parts.ahead = None
    events = dedupe(events)    # one event told in several stories is one row of the ledger
    store.events.save_events(day, events, {rs.bundle.story.id: rs.classification.primary for rs in chosen})
    # earlier items first: settle them against today's stories, then add today's
    before = store.events.open_watch(day)
    from topline.events.watch import evidence_memo
    memo = evidence_memo(store, day)    # issue 14: each article's evidence sentences computed once, kept
    followed = follow(before, [rs.bundle for rs in ranked], day, memo)
    memo.flush()
    parts.flush()
    changed = [n for o, n in zip(before, followed) if n != o]
    store.events.update_watch(changed)
    store.events.add_watch(new_items)
    history = store.events.between(day - dt.timedelta(days=max(TOTAL_DAYS) - 1), day)
    return EditionLedger(day=day, events=tuple(events), history=tuple(history),
                         watch=tuple(store.events.watch_on(day)), settled=tuple(changed),
                         timings={"cache": [*parts.stats(), memo.stats()]}, notes=tuple(notes))


# The field that names an event (with the type): one event told in two stories has the same one.
_IDENTITY = {"funding": ("company", "amount"), "acquisition": ("target",), "capex": ("company", "capacity", "amount"),
             "launch": ("product",), "incident": ("organisation", "kind"), "state_action": ("body", "action", "target")}


def dedupe(events: Sequence[Event]) -> list[Event]:
    """Events of the edition told in several stories kept once (the SOX's fall told by the chip-stock story and by
    three market stories; a round told by its own story and by a story about one of its investors): the telling
    with the most outlets stays, in its story; market moves are one when the instrument is one under another name
    ("SOX", "PHLX Semiconductor Index") on the same day. Order is kept."""
    from topline.enrich.entities import canonical_entity
    from topline.events.clauses import same_instrument

    def outlets(e: Event) -> int:
        return len({f.source or f.url for f in e.fields})

    def ident(e: Event) -> tuple | None:
        names = _IDENTITY.get(e.type)
        if not names:
            return None
        vals = tuple(canonical_entity(str(e.value(n))) if isinstance(e.value(n), str) else e.value(n) for n in names)
        return (e.type,) + vals if all(v is not None and v != "" for v in vals) else None   # all named

    keep: list[Event] = []
    for e in events:
        twin = None
        for i, k in enumerate(keep):
            if k.story_id == e.story_id or k.type != e.type:
                continue
            if e.type == "market_move":
                if k.value("date") == e.value("date") and k.value("instrument") and e.value("instrument") and \
                        same_instrument(str(k.value("instrument")), str(e.value("instrument")), {}):
                    twin = i
            elif ident(e) is not None and ident(e) == ident(k):
                twin = i
            if twin is not None:
                break
        if twin is None:
            keep.append(e)
        elif outlets(e) > outlets(keep[twin]):
            keep[twin] = e
    return keep


def totals(history: Iterable[Event], day: dt.date, category: str | None = None,
           windows: Sequence[int] = TOTAL_DAYS) -> tuple[LedgerTotal, ...]:
    """Capital raised (funding amounts, per currency) and capacity announced (build-outs, W) over each window of
    days ending on ``day``, with a per-day series over the window. A field stated differently counts its first
    (most widely reported) value; an event counts once, on the day it was first stated."""
    sums: dict[tuple[str, str], dict[dt.date, list[float]]] = defaultdict(lambda: defaultdict(list))
    for e in history:
        if e.date is None or e.date > day or (category is not None and e.category != category):
            continue
        if e.type == "funding" and isinstance(e.value("amount"), (int, float)) and e.value("currency"):
            sums[("capital_raised", str(e.value("currency")))][e.date].append(float(e.value("amount")))
        elif e.type == "capex" and isinstance(e.value("capacity"), (int, float)):
            sums[("capacity_announced", "W")][e.date].append(float(e.value("capacity")))
    out = []
    for (name, unit), by_day in sorted(sums.items()):
        for days in windows:
            start = day - dt.timedelta(days=days - 1)
            series = tuple(sum(by_day.get(start + dt.timedelta(days=i), ())) for i in range(days))
            count = sum(len(v) for d, v in by_day.items() if start <= d <= day)
            if count:
                out.append(LedgerTotal(name=name, unit=unit, days=days, value=sum(series), count=count,
                                       series=series))
    return tuple(out)


MIN_SIGNAL_STORIES = 2   # a signal needs this many of the page's candidate stories with news of the day


def stories_today(name: str, ranked: Sequence[RankedStory], day: dt.date) -> int:
    """How many of the page's candidate stories have an article of ``day``."""
    mine = [rs for rs in ranked if rs.classification.primary == name or name in rs.classification.secondary]
    return sum(1 for rs in mine[:PAGE_CANDIDATES]
               if any(a.published and edition_day(a.published) == day for a in rs.bundle.articles))


def enough_stories(name: str, ranked: Sequence[RankedStory], day: dt.date) -> bool:
    """The page has enough stories of the day for a signal (the issue's "every page with enough stories")."""
    return stories_today(name, ranked, day) >= MIN_SIGNAL_STORIES


@dataclass(frozen=True)
class NoSignal:
    """What the writer found on a page it gave no signal (signals18: the note says why): among the page's candidate
    stories with an article of the day, how many have an event that is news of the day (``events``), how many of
    those have an event whose fields make a clause (``clauses``), and how many of those are the page's own stories
    (primary category; ``own_clauses``)."""
    events: int
    clauses: int
    own_clauses: int


_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def no_signal_note(name: str, ranked: Sequence[RankedStory], day: dt.date, reason: NoSignal | None = None) -> str:
    """Why a page has no signal (said on the page instead of an empty section): fewer than two stories of the day,
    else the writer's ``reason`` (one sentence per class: no event of the day, one story with events, events whose
    fields make no clause, clauses composed and refused), else the general sentence (a writer that gives none)."""
    if not enough_stories(name, ranked, day):
        return ("No signal today: fewer than two of this page's stories have news today, and a signal needs at "
                "least two.")
    if reason is not None:
        if reason.events == 0:
            return ("No signal today: none of this page's stories reports an event of today (a deal, a funding "
                    "round, a build-out, a state action, a market move, a launch or an incident), and a signal "
                    "is a claim made from such events.")
        if reason.events == 1:
            return ("No signal today: only one of this page's stories reports an event of today, and no claim "
                    "could be made from it alone.")
        if reason.clauses < 2:
            return (f"No signal today: {_count(reason.events)} of this page's stories report events of today, but "
                    f"{'only one of them names' if reason.clauses == 1 else 'none of them names'} who acted and "
                    f"how clearly enough to be stated as a claim.")
        if reason.own_clauses < 2:
            return ("No signal today: fewer than two of the stories filed under this page report an event of today "
                    "that can be stated as a claim, and no claim made with the stories it shares with other pages "
                    "passed the checks.")
        return (f"No signal today: {_count(reason.clauses)} of this page's stories report events of today that can "
                f"be stated as claims, but no claim made from them passed the checks (a title its sources support, "
                f"in sentences the edition has not already printed, from stories no other page needs).")
    return ("No signal today: no actor acts in two of the page's stories, no two of them report the same kind of "
            "event today or more often than the week before, no figure is disputed, and no theme they share can be "
            "stated as a claim their sources check.")


def attach(pages: Sequence[CategoryPage], ledger: EditionLedger,
           ranked: Sequence[RankedStory] = ()) -> list[CategoryPage]:
    """The pages with their ledger: today's events of the page's stories, totals, and the category's items; a
    page without signals says why."""
    out = []
    for p in pages:
        if not p.signals and (not p.signals_note or not enough_stories(p.name, ranked, ledger.day)):
            # the writer's note says why (signals18); a page with too few stories of the day says that
            p = replace(p, signals_note=no_signal_note(p.name, ranked, ledger.day))
        today = [e for e in ledger.events if e.category == p.name and ledger.day in (e.date, e.updated)]
        today = today[:MAX_PAGE_EVENTS]
        watch = [w for w in ledger.watch if w.category == p.name]
        watch.sort(key=lambda w: (w.status == "open", w.due or dt.date.max, w.made_on or dt.date.min))
        out.append(replace(p, events=tuple(today), totals=totals(ledger.history, ledger.day, p.name),
                           watch=tuple(watch[:MAX_PAGE_WATCH])))
    return out


def report(store, day: dt.date) -> dict:  # noqa: ANN001 - topline.store.Store
    """What the CLI and the JSON API show for the edition of ``day``: its events (with every field's value, text,
    sentence, article and outlet), running totals per category and overall, and its watch items."""
    from topline.records import to_dict
    events = store.events.for_edition(day)
    history = store.events.between(day - dt.timedelta(days=max(TOTAL_DAYS) - 1), day)
    cats = sorted({e.category for e in events if e.category} | {e.category for e in history if e.category})
    return {
        "date": day.isoformat(),
        # status (planned | committed | completed) and direction (imposes | eases | neutral) are fields like any
        # other; the most supported value is also given beside the event (None when no statement says it)
        "events": [dict(to_dict(e), conflicts=list(e.conflicts), status=e.value("status"),
                        direction=e.value("direction")) for e in events],
        "totals": {"all": to_dict(totals(history, day)), **{c: to_dict(totals(history, day, c)) for c in cats}},
        "watch": to_dict(store.events.watch_on(day)),
    }
