"""Integrity of the written corpora and their gold: the last HELD-OUT evaluation corpus tests/data/eval-mining
(metals and mining as an industry; issues 11 and 12, written 2026-12-07 by helper corpus29 before any run of Topline
on it, measured once before and once after that session's changes, calibration since),
tests/data/eval-water (water as an industry and a strategic resource; the held-out corpus before eval-mining,
measured once before and once after its session's changes, calibration since),
tests/data/eval-forest (forest products, paper and packaging as industries; the held-out corpus before eval-water,
measured once before and once after its session's changes, calibration since),
tests/data/eval-profserv (professional services as industries; the held-out corpus before eval-forest, measured once
before and once after its session's changes, calibration since),
tests/data/eval-ins (insurance and reinsurance as industries; the held-out corpus before eval-profserv, measured once
before and once after its session's changes, calibration since),
tests/data/eval-capital (private markets and asset management as industries; the held-out corpus before eval-ins,
measured once before and once after its session's changes, calibration since),
tests/data/eval-travel (travel, aviation and hospitality as industries; the held-out corpus before eval-capital,
measured once before and once after its session's changes, calibration since),
tests/data/eval-games (sports, video games and betting as industries; the held-out corpus before eval-travel,
measured once before and once after its session's changes, calibration since),
tests/data/eval-crypto (digital assets as an industry; the held-out corpus before eval-games, measured once before and
once after its session's changes, calibration since), tests/data/eval-chips
(semiconductors and the electronics supply chain; the held-out corpus before eval-crypto, measured once before and once
after its session's changes, calibration since),
tests/data/eval-space (space and the satellite economy; the held-out corpus before eval-chips, measured once before
and once after its session's changes, calibration since), tests/data/eval-clim
(climate, water and the environment; the held-out corpus before eval-space, measured once before and once after its
session's changes, calibration since), tests/data/eval-work
(work, labour and skills; the held-out corpus before eval-clim, measured once before and once after its session's
changes, calibration since; shorter articles, 53-117 words), tests/data/eval-geo (geopolitics and public policy; the held-out corpus before eval-work, measured once before and
once after its session's changes, calibration since), tests/data/eval-cyber
(cybersecurity, enterprise software and cloud; the held-out corpus before eval-geo, measured once before and once after
its session's changes, calibration since), tests/data/eval-macro
(macroeconomics, central banks, public finance and markets; the held-out corpus before eval-cyber, measured once before
and once after its session's changes, CALIBRATION since it was replaced), tests/data/eval-ind (mining, metals, chemicals and heavy industry; the held-out corpus before eval-macro,
CALIBRATION since it was replaced), tests/data/eval-health (healthcare services, health insurance, medical devices and digital health; the held-out corpus
before eval-ind, CALIBRATION since it was replaced), tests/data/eval-retail (consumer goods, retail, luxury and
travel & hospitality; the held-out corpus before eval-health, CALIBRATION since it was replaced), tests/data/eval-prop (real estate,
construction and infrastructure; the held-out corpus before eval-retail, CALIBRATION since it was replaced), tests/data/eval-def (defence, aerospace and space; the held-out corpus before eval-prop, CALIBRATION since it was
replaced), tests/data/eval-mob
(mobility and transport; the held-out corpus before eval-def, CALIBRATION since it was replaced), tests/data/eval-tmt
(telecoms, media and entertainment; held out before eval-mob, calibration since), tests/data/eval-fin
(banking, payments, insurance and fintech; the held-out corpus before eval-tmt, CALIBRATION since its failure classes
were diagnosed), tests/data/eval-agri (food, agriculture and agricultural commodities; the held-out corpus before
eval-fin, CALIBRATION since its failure classes were diagnosed), tests/data/eval-trade (global trade, shipping and
logistics; held out before eval-agri, calibration since), the earlier evaluation corpus tests/data/eval-energy (issue 11
item 5, issue 12 item 6; measured too often since to count as unseen), the CALIBRATION corpora tests/data/cal-biotech,
tests/data/cal-ai and tests/data/cal-ai2 (the last two in Topline's default taxonomy, cal-ai2 with long articles; tuned
on by design), and tests/data/eval-ai3 in the default taxonomy (issues 11 and 12; written and measured twice as a frozen
evaluation corpus, calibration since 2026-12-04).

These tests check each corpus and its gold against each other and against the layout in the gold format (each
folder's README.md): they say nothing about Topline's quality. If one fails, the corpus was damaged; never edit a
corpus or its gold to make a test pass."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest

from topline.ingest.files import parse_jsonl
from topline.taxonomy import load_taxonomy

DATA = Path(__file__).resolve().parent / "data"


class Limits(NamedTuple):
    """What each corpus was written to hold (its brief), checked as floors."""
    words: tuple[int, int]        # words per article
    articles: int
    outlets: int
    events: int
    watch: int
    noise: int
    multi: int                    # stories of three or more articles
    spanning: int                 # of those, stories with articles on two days or more
    shared: int                   # stories with two categories
    url_variants: int             # one article's URL variants as separate rows
    categories: int = 5           # categories in its taxonomy (cal-ai has none: Topline's default, six)


CORPORA = {
    # eval-mining: metals and mining as an industry (miners' output, results told many ways, strikes, a tailings-dam
    # incident and job cuts, takeovers, royalty and streaming financings, copper, lithium, nickel, iron ore and gold
    # prices, smelters' capacity and curtailments, an export ban, royalties, licences and permits, a stockpile; a
    # gem-show column, a hobby piece, a festival, a museum, a chief's yacht, a quiz, a sponsorship, an opinion column
    # as noise); the last HELD-OUT corpus (written 2026-12-07, measured once before and once after that session's
    # changes, calibration since); the usual floors, its articles of 55-91 words.
    "eval-mining": Limits((55, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-water: water as an industry and a strategic resource (utilities' price reviews, fines, takeovers and a special
    # administration, desalination and reuse contracts, pumps and meters makers' orders and results, water rights
    # traded in drought, droughts and floods hitting fabs, data centres and shipping, PFAS limits, a river treaty,
    # water funds and bonds; a garden-watering column, a bottled-water test, a chief's profile and house, a quiz, a
    # charity swim, a sponsorship, an opinion column as noise); the HELD-OUT corpus before eval-mining (written 2026-12-07,
    # measured once before and once after that session's changes, calibration since); the usual floors, its articles
    # of 55-99 words.
    "eval-water": Limits((55, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-forest: forest products, paper and packaging as industries (sawmills' curtailments and closures, softwood
    # duties, a forest estate sold, pulp lines and price rises, machine conversions and closures, box makers' mergers
    # and results, a glass maker's deal, recycled fibre, tissue capacity, timberland funds and green bonds, a
    # deforestation rule's delay, packaging fees, a box-price probe; a woodworking column, a notebooks list, a chief's
    # profile and house, a quiz, a charity run, a sponsorship, a Christmas-tree feature as noise); the HELD-OUT
    # corpus before eval-water (written 2026-12-07, measured once before and once after that session's changes, calibration since); the
    # usual floors, its articles of 58-91 words.
    "eval-forest": Limits((55, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-profserv: professional services as industries (law firms' mergers, partner moves and a collapse, audit
    # firms' fines, splits and lost clients, consultancies' job cuts, contracts and deals, litigation funders and
    # class actions, legal tech's rounds and launches, staffing firms' warnings, their regulators; a career column,
    # "firms to watch" lists, a senior partner's profile, a charity run and a sponsorship as noise); the
    # HELD-OUT corpus before eval-forest (written 2026-12-07, measured once before and once after that session's changes, calibration
    # since); the usual floors, its articles of 59-112 words.
    "eval-profserv": Limits((55, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-ins: insurance and reinsurance as industries (insurers' results, catastrophe losses and reserves,
    # reinsurance renewals and catastrophe bonds, brokers' deals and a bribery probe, life insurers' buy-ins and blocks
    # ceded, insurtechs' rounds and licences, regulators' solvency rules, fines and backstops; car-insurance tips, an
    # "insurers to watch" list, a chief executive's profile and house, a charity ball and a sponsorship as noise); the
    # HELD-OUT corpus before eval-profserv (written 2026-12-07, measured once before and once after that session's changes,
    # calibration since); eval-chips' floors (articles of 80-116 words).
    "eval-ins": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-capital: private markets and asset management as industries (buyouts and take-privates, fund closes,
    # private credit and hedge funds, asset managers' mergers, flows and job cuts, pension and sovereign funds,
    # listings, exchanges and fund regulators; personal-finance tips, fund lists, a manager's profile and a gala as
    # noise); the HELD-OUT corpus before eval-ins (written 2026-12-07, measured once before and once after that session's
    # changes, calibration since); eval-chips' floors (articles of 80-99 words).
    "eval-capital": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-travel: travel, aviation and hospitality as industries (airlines' fleet orders, deals and strikes, airports'
    # builds and concessions, hotels, cruise lines and booking platforms, tourism policy; seat rankings, loyalty-point
    # columns, hotel reviews and an airport-gate wedding as noise); the HELD-OUT corpus before eval-capital (written 2026-12-07,
    # measured once before and once after that session's changes, calibration since); eval-chips' floors (articles of
    # 80-107 words).
    "eval-travel": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-games: sports, video games and betting as industries (club sales, media rights, leagues' sanctions,
    # publishers and studios, betting licences and fines; match reports and game reviews as noise); the HELD-OUT corpus
    # before eval-travel (written 2026-12-07, measured once before and once after that session's changes, calibration since);
    # eval-chips' floors (articles of 80-110 words).
    "eval-games": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-crypto: digital assets as an industry (exchanges, custody, hacks, stablecoins, tokenisation, mining,
    # regulation, markets); the HELD-OUT corpus before eval-games (written 2026-12-07, measured once before and once
    # after that session's changes, calibration since); eval-chips' floors (articles of 80-124 words).
    "eval-crypto": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-chips: semiconductors and the electronics supply chain; the HELD-OUT corpus before eval-crypto (written
    # 2026-12-06, measured once before and once after that session's changes, calibration since); eval-space's floors
    # (articles of 80-113 words).
    "eval-chips": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-space: space and the satellite economy; the HELD-OUT corpus before eval-chips (written 2026-12-06, measured
    # once before and once after that session's changes, calibration since); eval-cyber's floors (articles of 80-117
    # words).
    "eval-space": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-clim: climate, water and the environment; the HELD-OUT corpus before eval-space (written 2026-12-06, measured
    # once before and once after that session's changes, calibration since); eval-cyber's floors.
    "eval-clim": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-work: work, labour and skills; the HELD-OUT corpus before eval-clim (written 2026-12-06, measured once before and once
    # after that session's changes, calibration since); eval-geo's floors, its shorter articles (53-117 words).
    "eval-work": Limits((50, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-geo: geopolitics and public policy; the last HELD-OUT corpus (written 2026-12-06, measured once before and
    # once after that session's changes, calibration since); eval-cyber's floors.
    "eval-geo": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-cyber: cybersecurity, enterprise software and cloud; the last HELD-OUT corpus (written 2026-12-06, measured
    # once before and once after that session's changes, calibration since); eval-macro's floors.
    "eval-cyber": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-macro: macroeconomics, central banks, public finance and markets; held out until eval-cyber replaced it,
    # calibration since; eval-ind's floors.
    "eval-macro": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-ind: mining, metals, chemicals and heavy industry; held out until eval-macro replaced it, calibration since.
    "eval-ind": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-health: healthcare services, insurance, medtech and digital health; held out until eval-ind replaced it,
    # calibration since.
    "eval-health": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-retail: consumer goods, retail, luxury and travel & hospitality; held out until eval-health replaced it,
    # calibration since.
    "eval-retail": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-prop: real estate, construction and infrastructure; held out until eval-retail replaced it, calibration since.
    "eval-prop": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-def: defence, aerospace and space; held out until eval-prop replaced it, calibration since.
    "eval-def": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-mob: mobility and transport; held out until eval-def replaced it, calibration since.
    "eval-mob": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-tmt: telecoms, media and entertainment; held out until eval-mob replaced it, calibration since.
    "eval-tmt": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-fin: banking, payments, insurance and fintech; held out until its failure classes were diagnosed,
    # calibration since.
    "eval-fin": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-agri: food, agriculture and agricultural commodities; held out until its failure classes were diagnosed,
    # calibration since.
    "eval-agri": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    # eval-trade: global trade, shipping, ports and logistics; held out until its failure classes were diagnosed,
    # calibration since.
    "eval-trade": Limits((80, 400), 150, 45, 60, 15, 10, 25, 8, 8, 3),
    "eval-energy": Limits((80, 400), 150, 40, 60, 15, 10, 25, 8, 8, 3),
    "cal-biotech": Limits((80, 350), 120, 35, 50, 12, 8, 20, 8, 8, 3),
    # cal-ai: a calibration corpus in Topline's DEFAULT taxonomy (no taxonomy.toml in the folder).
    "cal-ai": Limits((80, 350), 130, 50, 60, 20, 10, 20, 8, 8, 3, categories=6),
    # cal-ai2: a HARDER calibration corpus in the default taxonomy: long articles (300-700 words, news often after a
    # feature lede, background, boilerplate and roundups).
    "cal-ai2": Limits((300, 700), 100, 60, 30, 12, 8, 20, 15, 12, 3, categories=6),
    # eval-ai3: the default taxonomy's third corpus (issues 11 and 12; calibration since 2026-12-04): mixed article
    # lengths (wire items to long features and a live blog).
    "eval-ai3": Limits((80, 600), 125, 60, 65, 25, 12, 20, 15, 10, 3, categories=6),
}
# The editor chose each date's Top Line against Topline's default edition window at the time of writing:
# 36 hours ending at the end of the date (UTC). Fixed here because the gold was written for it.
GOLD_WINDOW_HOURS = 36
EVENT_FIELDS = {
    "funding": {"company", "amount", "currency", "investors", "valuation", "stage"},
    "acquisition": {"acquirer", "target", "price", "currency"},
    "capex": {"company", "amount", "currency", "capacity", "place"},
    "state_action": {"jurisdiction", "body", "action", "target"},
    "market_move": {"instrument", "move", "date"},
    "launch": {"organisation", "product"},
    "incident": {"organisation", "kind", "scale"},
}
STATE_ACTIONS = {"ban", "rule", "law", "probe", "fine", "subsidy", "tariff", "other"}
WATCH_STATUSES = {"happened", "open", "superseded"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request) -> str:
    return request.param


def _jsonl(corpus: str, name: str) -> list[dict]:
    rows = []
    for n, line in enumerate((DATA / corpus / name).read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{name}:{n} is blank"
        rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module")
def articles(corpus) -> list[dict]:
    return _jsonl(corpus, "articles.jsonl")


@pytest.fixture(scope="module")
def by_url(articles) -> dict[str, dict]:
    urls = Counter(a["url"] for a in articles)
    assert not [u for u, c in urls.items() if c > 1], "a URL appears on two rows"
    return {a["url"]: a for a in articles}


@pytest.fixture(scope="module")
def gold(corpus) -> dict:
    return json.loads((DATA / corpus / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def events(corpus) -> list[dict]:
    return _jsonl(corpus, "gold-events.jsonl")


@pytest.fixture(scope="module")
def watch(corpus) -> list[dict]:
    return _jsonl(corpus, "gold-watch.jsonl")


def _published(a: dict) -> dt.datetime:
    when = dt.datetime.fromisoformat(a["published"])
    assert when.tzinfo is not None, f"{a['url']}: published has no time zone"
    return when.astimezone(dt.timezone.utc)


def test_articles_have_the_public_format_and_sizes(corpus, articles):
    low, high = CORPORA[corpus].words
    for a in articles:
        assert {"url", "title", "text", "published", "source", "story"} <= set(a), a.get("url")
        assert all(isinstance(a[k], str) and a[k].strip() for k in ("url", "title", "text", "source", "story"))
        words = len(a["text"].split())
        assert low <= words <= high, f"{a['url']}: {words} words"
        _published(a)


def test_topline_reads_every_row_without_failure(corpus):
    parsed = parse_jsonl((DATA / corpus / "articles.jsonl").read_bytes(), f"{corpus}/articles.jsonl")
    assert parsed.failures == []
    assert len(parsed.articles) == parsed.items
    assert all(a.metadata.get("story") for a in parsed.articles)


def test_counts(corpus, articles, gold, events, watch):
    want = CORPORA[corpus]
    assert len(articles) >= want.articles
    assert len({a["source"] for a in articles}) >= want.outlets
    days = sorted({_published(a).date().isoformat() for a in articles})
    assert days == gold["dates"] and len(days) == 3
    assert len(events) >= want.events
    assert len(watch) >= want.watch
    assert len(gold["noise"]) >= want.noise
    resolved = [w for w in watch if w["outcome"]["status"] != "open"]
    assert resolved and len(resolved) < len(watch), "watch items must include resolved and open ones"


def test_taxonomy_loads_and_matches_gold_categories(corpus, gold):
    path = DATA / corpus / "taxonomy.toml"
    tax = load_taxonomy(path if path.exists() else None)   # absent: the default taxonomy applies
    names = [c.name for c in tax.categories]
    assert len(names) == CORPORA[corpus].categories
    for sid, s in gold["stories"].items():
        assert set(s["categories"]) <= set(names), sid
        assert s["noise"] == (not s["categories"]), sid
    for day in gold["top_line"].values():
        assert set(day) <= set(names)
    assert set(gold["top_line"][gold["dates"][-1]]) == set(names), "the last day has a Top Line for every category"
    shared = sum(1 for s in gold["stories"].values() if len(s["categories"]) >= 2)
    assert shared >= CORPORA[corpus].shared, "stories that belong to two categories"


def test_stories_and_noise_are_consistent(corpus, articles, gold):
    in_corpus = Counter(a["story"] for a in articles)
    assert set(in_corpus) == set(gold["stories"]), "every article has a gold story and every story has articles"
    assert sorted(gold["noise"]) == sorted(sid for sid, s in gold["stories"].items() if s["noise"])
    multi = [sid for sid, n in in_corpus.items() if n >= 3 and sid not in gold["noise"]]
    single = [sid for sid, n in in_corpus.items() if n == 1 and sid not in gold["noise"]]
    assert len(multi) >= CORPORA[corpus].multi and len(single) >= 6
    spanning = {sid for sid in multi if len({_published(a).date() for a in articles if a["story"] == sid}) >= 2}
    assert len(spanning) >= CORPORA[corpus].spanning, "stories that span days"


def test_corpus_has_a_wire_copy_and_url_variants(corpus, articles):
    copies = [(a["source"], b["source"]) for a in articles for b in articles
              if a["source"] != b["source"] and a["url"] != b["url"] and a["text"].endswith(b["text"])]
    assert copies, "a syndicated wire copy under another outlet"

    def key(url: str) -> str:
        p = urlsplit(url)
        return p.netloc.removeprefix("www.").removeprefix("amp.") + p.path.rstrip("/")
    variants = Counter(key(a["url"]) for a in articles)
    assert sum(1 for n in variants.values() if n > 1) >= CORPORA[corpus].url_variants, "URL variants as rows"


def test_top_line_gold_is_grounded_and_in_the_window(articles, by_url, gold):
    last = gold["dates"][-1]
    assert last in gold["top_line"]
    for day, per_cat in gold["top_line"].items():
        end = dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc) + dt.timedelta(days=1)
        start = end - dt.timedelta(hours=GOLD_WINDOW_HOURS)
        for cat, items in per_cat.items():
            if day == last:
                assert len(items) == 5, (day, cat)
            assert 1 <= len(items) <= 5, (day, cat)
            assert len({i["story"] for i in items}) == len(items), (day, cat)
            for i in items:
                story = gold["stories"][i["story"]]
                assert not story["noise"] and cat in story["categories"], (day, cat, i["story"])
                art = by_url[i["url"]]
                assert art["story"] == i["story"], i["url"]
                assert i["best_sentence"] in art["text"], (i["url"], i["best_sentence"])
                assert any(a["story"] == i["story"] and start <= _published(a) < end for a in articles), \
                    f"{day} {cat}: {i['story']} has no article in the {GOLD_WINDOW_HOURS}-hour window"


def test_events_are_typed_and_grounded(by_url, gold, events):
    for e in events:
        assert e["type"] in EVENT_FIELDS, e
        assert set(e["fields"]) == EVENT_FIELDS[e["type"]], e
        art = by_url[e["url"]]
        assert art["story"] == e["story"] and not gold["stories"][e["story"]]["noise"], e["url"]
        assert e["sentence"] in art["text"], (e["url"], e["sentence"])
        assert e["date"] == _published(art).date().isoformat(), e["url"]
        f = e["fields"]
        for money in ("amount", "price", "valuation"):
            assert f.get(money) is None or isinstance(f[money], (int, float)), e
        if f.get("amount") is not None or f.get("price") is not None:
            assert isinstance(f.get("currency"), str) and len(f["currency"]) == 3, e
        if e["type"] == "state_action":
            assert f["action"] in STATE_ACTIONS, e
        if e["type"] == "funding":
            assert isinstance(f["investors"], list), e
    assert len({e["type"] for e in events}) == len(EVENT_FIELDS), "every event type occurs"


def test_watch_items_are_grounded(by_url, gold, watch):
    for w in watch:
        art = by_url[w["url"]]
        assert art["story"] == w["story"], w["url"]
        assert w["text"] in art["text"], (w["url"], w["text"])
        assert w["made_on"] == _published(art).date().isoformat()
        if w["due"] is not None:
            dt.date.fromisoformat(w["due"])
        out = w["outcome"]
        assert out["status"] in WATCH_STATUSES, w
        if out["status"] == "open":
            assert out["on"] is None and out["url"] is None, w
        else:
            resolved_by = by_url[out["url"]]
            assert resolved_by["story"] == w["story"]
            assert _published(resolved_by).date().isoformat() == out["on"] >= w["made_on"]
            assert out["on"] in gold["dates"]


# Verbatim text shared across gold stories (issue 11): cal-ai2's first version filled its articles with
# industry-context paragraphs reused in up to seven stories (24.5% of its words lay in paragraphs found in two or
# more stories; 62% in paragraphs found in two or more articles), which merged unrelated stories in clustering.
# Rewritten with background per article: 3.1% measured (only short page furniture: sign-up, copyright, credit and
# correction lines). The ceiling is pinned above that measurement; it bounds cal-ai2 only.
SHARED_ACROSS_STORIES_CEILING = {"cal-ai2": 0.05}
FURNITURE_WORDS = 25          # a paragraph this short (a sign-up, credit or correction line) may recur anywhere
LONG_SENTENCE_WORDS = 12


def _distinct(articles: list[dict]) -> list[dict]:
    """One row per article: URL variants carry the same text."""
    return list({a["text"]: a for a in articles}.values())


@pytest.mark.parametrize("name", sorted(SHARED_ACROSS_STORIES_CEILING))
def test_no_background_is_shared_across_stories(name):
    ceiling = SHARED_ACROSS_STORIES_CEILING[name]
    arts = _distinct(_jsonl(name, "articles.jsonl"))
    stories_of: dict[str, set[str]] = {}
    for a in arts:
        for p in a["text"].split("\n\n"):
            stories_of.setdefault(p, set()).add(a["story"])
    total = shared = 0
    for a in arts:
        for p in a["text"].split("\n\n"):
            total += len(p.split())
            shared += len(p.split()) if len(stories_of[p]) > 1 else 0
    assert shared / total < ceiling, f"{shared / total:.3f} of the words are in paragraphs of several stories"
    # No long paragraph recurs across stories, and no long sentence of a real paragraph does either.
    long_shared = [p[:80] for p, s in stories_of.items() if len(s) > 1 and len(p.split()) > FURNITURE_WORDS]
    assert not long_shared, long_shared
    sentence_stories: dict[str, set[str]] = {}
    for a in arts:
        for p in a["text"].split("\n\n"):
            if len(p.split()) <= FURNITURE_WORDS:
                continue
            for s in re.split(r"(?<=[.!?\"”])\s+", p):
                if len(s.split()) >= LONG_SENTENCE_WORDS:
                    sentence_stories.setdefault(s, set()).add(a["story"])
    assert not [s for s, st in sentence_stories.items() if len(st) > 1]


@pytest.mark.parametrize("name", sorted(SHARED_ACROSS_STORIES_CEILING))
def test_outlets_of_one_story_write_their_own_background(name):
    """Within a story, a long paragraph recurs only in a wire copy (one text ending with the other)."""
    arts = _distinct(_jsonl(name, "articles.jsonl"))
    seen: dict[str, dict] = {}
    for a in arts:
        for p in a["text"].split("\n\n"):
            if len(p.split()) <= FURNITURE_WORDS:
                continue
            other = seen.setdefault(p, a)
            if other is not a:
                assert a["text"].endswith(other["text"]) or other["text"].endswith(a["text"]), (
                    a["url"], other["url"], p[:80])
