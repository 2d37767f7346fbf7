"""A small archive built by hand from records: three daily editions, three categories, stories that continue
across days, signals with trends. Deterministic, so page tests do not move when the real stages change.

``payloads`` (optional) are planted into every feed-supplied field: titles, summaries, bodies, outlet names and
links of the articles, and every text field of the editions written from them; each field takes the next
payload in turn (starting at ``offset``), so that successive offsets move every payload through every field.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from topline.config import Settings, load_settings
from topline.records import (Article, CategoryPage, Citation, Classification, Development, Edition, Factor,
                             Paragraph, RankedStory, Ranking, RunManifest, Signal, Story, StoryBundle, TopLineItem)
from topline.store import Store, open_store

DATES = (dt.date(2025, 7, 1), dt.date(2025, 7, 2), dt.date(2025, 7, 3))
CATEGORIES = (("Capital & Industrial Strategy", "capital-industrial-strategy"),
              ("Compute & Infrastructure", "compute-infrastructure"),
              ("Policy & Regulation", "policy-regulation"))

# (story key, category index, day index, outlet, title, text)
ROWS = (
    ("kling", 0, 1, "Reuters", "Kling AI raises $2.8 billion from Alibaba and Tencent",
     "Kuaishou's Kling AI has closed a $2.8 billion fundraise with participation from Alibaba and Tencent."),
    ("kling", 0, 2, "Bloomberg", "Alibaba and Tencent back Kling AI's $2.8 billion round",
     "The round is one of the largest single AI fundraises in the Chinese market, Bloomberg reports."),
    ("kling", 0, 2, "Financial Times", "Kling AI round signals Chinese consolidation in video AI",
     "Kling is positioning itself as a competitor to Sora and Runway."),
    ("inference", 0, 2, "Bloomberg", "AI inference prices drift lower across the sector",
     "The price per unit of AI inference is drifting lower, according to analysts."),
    ("inference", 0, 2, "Wall Street Journal", "Cracks appear in Asian tech indices as AI trade diverges",
     "The AI trade is diverging between infrastructure winners and application-layer losers."),
    ("power", 1, 0, "Bloomberg", "Power equipment makers race to supply AI factories",
     "The power equipment market for AI data centres is projected to exceed $200 billion annually."),
    ("power", 1, 1, "CNBC", "Switchgear demand surges with data centre build-out",
     "Suppliers of switchgear and liquid cooling report multi-year contracts."),
    ("power", 1, 2, "Reuters", "Data centre power contracts locked in for years",
     "Multi-year power contracts lock in the build-out regardless of near-term revenue."),
    ("france", 2, 2, "CNBC", "France and India court AI data centre investment",
     "Macron and Modi are both running personal campaigns targeting major tech CEOs."),
    ("claude", 2, 2, "Reuters", "Alibaba bans employees from using Anthropic's Claude coding tool",
     "Alibaba is banning employees from using Anthropic's Claude coding assistant."),
)


@dataclass
class Sample:
    settings: Settings
    store: Store
    editions: list[Edition]
    articles: list[Article]

    @property
    def latest(self) -> Edition:
        return self.editions[-1]


class Planter:
    """Hands out payloads in turn; ``plant(text)`` appends the next one (no payloads: text unchanged)."""

    def __init__(self, payloads: Sequence[str] = (), offset: int = 0) -> None:
        self.payloads = list(payloads)
        self.i = offset

    def next(self) -> str:
        if not self.payloads:
            return ""
        p = self.payloads[self.i % len(self.payloads)]
        self.i += 1
        return p

    def plant(self, text: str) -> str:
        p = self.next()
        return f"{text} {p}" if p else text


def make_articles(planter: Planter | None = None, link_base: str = "http://127.0.0.1:9/") -> list[Article]:
    """The sample articles; their URLs live under ``link_base`` unless a payload takes the link's place."""
    planter = planter or Planter()
    out = []
    for n, (key, _cat, day, outlet, title, text) in enumerate(ROWS):
        published = dt.datetime.combine(DATES[day], dt.time(8 + n % 9, 15), tzinfo=dt.timezone.utc)
        link = planter.next()
        url = f"{link}#{n}" if link else f"{link_base}{key}/{n}"
        out.append(Article(url=url, title=planter.plant(title), text=planter.plant(text),
                           summary=planter.plant(text[:60]), source=planter.plant(outlet), published=published,
                           metadata={"story": key}))
    return out


def _factors(n_outlets: int, day_offset: int) -> tuple[Factor, ...]:
    return (Factor("independent_outlets", min(1.0, n_outlets / 6), 0.55, f"{n_outlets} independent outlets"),
            Factor("outlet_tier", 0.8, 0.2, "led by a tier-1 outlet"),
            Factor("recency", max(0.0, 1 - day_offset / 2), 0.25, f"last seen {day_offset * 24} h before the edition"))


def build_sample(home: Path, payloads: Sequence[str] = (), offset: int = 0,
                 link_base: str = "http://127.0.0.1:9/") -> Sample:
    """Store the sample articles and three hand-written editions under ``home``; returns the store, open."""
    home.mkdir(parents=True, exist_ok=True)
    settings = load_settings(environ={"TOPLINE_HOME": str(home)})
    store = open_store(settings)
    planter = Planter(payloads, offset)
    articles = make_articles(planter, link_base)
    store.articles.upsert_many([(a, "sample") for a in articles])
    stored = [store.articles.by_url(a.url) for a in articles]
    editions = []
    for d_idx, date in enumerate(DATES):
        editions.append(_edition_for(store, stored, d_idx, date, planter))
    return Sample(settings, store, editions, stored)


def _edition_for(store: Store, stored: list[Article], d_idx: int, date: dt.date, planter: Planter) -> Edition:
    by_story: dict[str, list[Article]] = {}
    for a, row in zip(stored, ROWS):
        if row[2] <= d_idx:
            by_story.setdefault(row[0], []).append(a)
    stories, ranked, pages = [], [], []
    cat_of = {row[0]: row[1] for row in ROWS}
    for key, arts in by_story.items():
        sid = f"s-{key}"
        story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                      first_seen=arts[0].published, last_seen=arts[-1].published,
                      outlets=tuple(sorted({a.source for a in arts})), phase="developing" if len(arts) > 1 else "new")
        stories.append(story)
        age = (date - arts[-1].published.date()).days
        factors = _factors(len(story.outlets), age)
        ranked.append(RankedStory(StoryBundle(story, tuple(arts)),
                                  Classification(sid, CATEGORIES[cat_of[key]][0], method="sample"),
                                  Ranking(sid, round(sum(f.contribution for f in factors), 4), factors,
                                          single_source=len(story.outlets) <= 1)))
    store.stories.save(stories, [(a.id, s.id, 1.0) for s in stories for a in by_story[s.id[2:]]])
    ranked.sort(key=lambda r: -r.ranking.score)
    for c_idx, (name, slug) in enumerate(CATEGORIES):
        mine = [r for r in ranked if r.classification.primary == name]
        if not mine:
            continue
        top = tuple(TopLineItem(planter.plant(f"{r.bundle.articles[-1].text}"), r.bundle.story.id,
                                tuple(Citation(a.url, a.source) for a in r.bundle.articles[-1:]))
                    for r in mine)
        devs = tuple(Development(r.bundle.story.id, planter.plant(r.bundle.story.title), tuple(
            Paragraph(planter.plant(f"{a.text} according to {a.source}."), (Citation(a.url, a.source),))
            for a in r.bundle.articles)) for r in mine)
        cites = tuple(Citation(a.url, a.source) for r in mine for a in r.bundle.articles)
        sig = Signal(title=planter.plant(f"{name}: coverage is building"),
                     text=planter.plant(f"{len(cites)} articles across {len(mine)} stories."), citations=cites,
                     story_ids=tuple(r.bundle.story.id for r in mine),
                     watch=planter.plant("Whether outlets confirm it."),
                     trend=tuple(sum(1 for a in cites if _day_of(stored, a.url) == k) for k in range(d_idx + 1)))
        pages.append(CategoryPage(name=name, slug=slug, top_line=top, key_developments=devs, signals=(sig,),
                                  description=planter.plant(f"What moved in {name.lower()}.")))
    edition = Edition(date=date, categories=tuple(pages),
                      manifest=RunManifest(articles=sum(len(v) for v in by_story.values()), stories=len(stories)),
                      generated_at=dt.datetime.combine(date, dt.time(6), tzinfo=dt.timezone.utc),
                      title=planter.plant("Topline"))
    store.editions.save(edition, ranked)
    return edition


def _day_of(stored: list[Article], url: str) -> int:
    for a, row in zip(stored, ROWS):
        if a.url == url:
            return row[2]
    return -1


# --- a live server on 127.0.0.1 -------------------------------------------------------------------------------

class LiveServer:
    """uvicorn serving ``app`` in a thread on a free 127.0.0.1 port."""

    def __init__(self, app) -> None:  # noqa: ANN001
        import socket
        import threading

        import uvicorn
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> "LiveServer":
        import time
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def bound_socket():  # noqa: ANN201
    """A TCP socket bound to a free 127.0.0.1 port and kept open: hand the socket (or its fd) to the server, so no
    other process can take the port between choosing it and listening on it (issue 15). While it is bound and not
    listening, connections to its port are refused: a port where nothing listens, held for the test."""
    import socket
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    return s


def smtp_controller(handler, sock, **kwargs):  # noqa: ANN001, ANN201
    """An aiosmtpd Controller that serves on ``sock`` (bound by ``bound_socket``) instead of binding a port."""
    from aiosmtpd.controller import Controller

    class SocketController(Controller):
        def _create_server(self):  # noqa: ANN202
            return self.loop.create_server(self._factory_invoker, sock=sock, ssl=self.ssl_context)

    return SocketController(handler, hostname="127.0.0.1", port=sock.getsockname()[1], **kwargs)
