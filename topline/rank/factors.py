"""The significance factors: each a pure function of a story (and what the edition knows) -> records.Factor.

Every factor has a value in 0..1, a weight, and a note a reader can check against the sources
("5 independent outlets: Reuters, Bloomberg, CNBC, ...", "briefed on 2025-07-02, nothing new since").
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from topline.patterns import compiled
from topline.rank.outlets import OutletTiers, outlet_key
from topline.records import Factor, Figure, StoryBundle
from topline.zones import edition_day

# Weights sum to 1, so a score is 0..1. Set by hand so that breadth of coverage leads, and a story briefed
# before with nothing new falls behind any fresh story of similar coverage (checked on the demo corpus).
# Magnitude 0.12 -> 0.09 and outlet tier 0.15 -> 0.18 in issue 11's fourteenth pass: over the ten calibration
# corpora with gold (cal-ai, cal-ai2, cal-biotech, eval-agri, eval-ai3, eval-energy, eval-fin, eval-mob, eval-tmt,
# eval-trade) the stories ranked into a Top Line the editor did not choose had the larger figures (magnitude 0.62
# on average against 0.47 for the editor's stories they displaced). Moving 0.03 to 0.12 of the weight from
# magnitude to tier gained 3 to 5 items on those pages re-ranked offline; swept: 0.03 gained 3 over the eleven
# corpora (eval-tmt -1), 0.06 gained 2 with cal-ai losing 2 and a noise story reaching a page (benchmarks/RESULTS.md).
# Novelty 0.20 -> 0.18 and prominence 0.08 -> 0.10 in the fifteenth pass: a continuing story (novelty 0.5) trailed
# thin new ones by a tenth of novelty's weight; chosen offline among every move of 0.02 or 0.04 between two factors
# (the twelve calibration corpora's gold pages re-ranked: +3, no corpus losing), swept: 444 -> 446 over the twelve
# (eval-def, eval-tmt, eval-trade +1 each, cal-ai -1). A small move; RESULTS.md, "Fifteenth pass".
# Outlet tier 0.18 -> 0.12 and independent outlets 0.25 -> 0.31 in the twenty-second pass (editorial23): over the
# seventeen calibration corpora (cal-ai, cal-ai2, cal-biotech, eval-ai3, eval-energy, eval-trade, eval-agri, eval-fin,
# eval-tmt, eval-mob, eval-def, eval-prop, eval-retail, eval-health, eval-ind, eval-macro, the demo), of the 236
# pairs of a gold story ranked sixth or lower on its page against a story in the page's first five the editor did
# not choose, the gold story had the lower tier factor in far more pairs than any other factor (net -96; outlets
# -59, magnitude -74): the editor weighs which outlets report a story less than how many do. Every move of 0.02 to
# 0.12 between two factors re-ranked offline on a dump of both gold days: tier -> outlets 0.06 best (+6, no corpus
# losing; leave-one-corpus-out +4, 0.06 chosen on 16 of the 17); tier -> novelty, recency, magnitude or prominence
# lost. Swept on the editions (benchmarks/RESULTS.md, "Twenty-second pass").
WEIGHTS = {
    "independent_outlets": 0.31,
    "outlet_tier": 0.12,
    "magnitude": 0.09,
    "prominence": 0.10,
    "watchlist": 0.10,
    "novelty": 0.18,
    "recency": 0.10,
}

OUTLETS_SATURATE = 8          # this many independent outlets count as full coverage (log scale below it)
TIER_BEST = 2                 # the tier factor averages the weights of a story's best this-many outlets
MONEY_FLOOR, MONEY_CEIL = 1e6, 1e11      # USD: $1m scores 0, $100bn scores 1 (log scale)
POWER_FLOOR, POWER_CEIL = 1e6, 1e10      # watts: 1 MW scores 0, 10 GW scores 1 (log scale)
PERCENT_CEIL = 50.0           # a 50% move (or more) scores 1
COUNT_FLOOR, COUNT_CEIL = 1e3, 1e8       # plain quantities (users, jobs, units): 1,000 -> 0, 100m -> 1
PROMINENCE_SATURATE = 8       # an entity in this many of the edition's stories is fully prominent (log scale)
UBIQUITOUS_SHARE = 0.3        # an entity in more than this share of stories ("AI", "US") says nothing
BODY_DISCOUNT = 0.5           # a figure found only in a body (not a title or lead) counts half
LEAD_SENTENCES = 2            # an article's lead: its first this-many sentences
# Novelty weighs what is new since the reader's last edition, not whether the story is new (issue 11): the same
# measure for every story, counting for a story never briefed everything it has (all its outlets and figures are
# new), for a briefed one what came since. A single-outlet item of today then scores below a story of several
# outlets, and a continuing story with a development is not outranked by a thin new one for being old. Set by
# reasoning from issue 11 (six outlets yesterday + one new report today vs a single-outlet item of today).
DEVELOPING_NOVELTY = 0.7      # any new article (of a story briefed before, or of a new story)
NEW_OUTLET_NOVELTY = 0.1      # per new outlet
NEW_FACT_NOVELTY = 0.1        # per new figure (amount, percentage, quantity) the earlier articles did not give
NEW_FACTS_COUNTED = 2
# A story briefed before with nothing new is a follow-up: it still ranks on its weight (outlets across its days,
# tier, magnitude), its novelty is not zero (an editor still leads with yesterday's big story over a thin item of
# today). Calibrated on tests/data/cal-biotech's two gold days (Top Line agreement summed over categories, with
# KIND_LIKELIHOOD 8: 0.0 -> 38, 0.35 -> 39, 0.5 -> 40, 0.7 -> 40 of 50); not tuned on tests/data/eval-energy.
STALE_NOVELTY = 0.5
# ... once: a story printed in two earlier editions with nothing new since the last has been followed up already.
STALE_AGAIN_NOVELTY = 0.0
RECENCY_HALF_LIFE_H = 24.0    # a story whose latest article is this old has half the recency

# Approximate US dollars per unit, only to compare magnitudes across currencies (mid-2025 rates).
USD_PER = {"USD": 1.0, "EUR": 1.15, "GBP": 1.35, "JPY": 0.0069, "CNY": 0.14, "INR": 0.012, "KRW": 0.00073,
           "HKD": 0.13, "SGD": 0.78, "AUD": 0.65, "CAD": 0.73, "CHF": 1.25, "TWD": 0.034, "MYR": 0.24,
           "NZD": 0.6, "BRL": 0.18}


@dataclass(frozen=True)
class EditionView:
    """What factors may read about the whole edition: entity mentions across its stories."""
    entity_stories: Mapping[str, frozenset[str]]     # entity canonical -> ids of stories mentioning it
    entity_names: Mapping[str, str]                  # canonical -> a display form
    stories: int


def _log_scale(x: float, lo: float, hi: float) -> float:
    if x <= lo:
        return 0.0
    return min(1.0, math.log10(x / lo) / math.log10(hi / lo))


def _list(names: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def independent_outlets(b: StoryBundle) -> Factor:
    outlets = sorted({o for o in b.story.outlets if o}, key=str.lower)
    n = len(outlets)
    value = min(1.0, math.log1p(n) / math.log1p(OUTLETS_SATURATE))
    note = (f"{n} independent outlets: {_list(outlets)}" if n > 1 else
            f"single source: {outlets[0]}" if n == 1 else "no named outlet")
    return Factor("independent_outlets", round(value, 4), WEIGHTS["independent_outlets"], note)


def outlet_tier(b: StoryBundle, tiers: OutletTiers) -> Factor:
    outlets = sorted({o for o in b.story.outlets if o}, key=lambda o: (-tiers.weight(o), o.lower()))
    if not outlets:
        return Factor("outlet_tier", 0.0, WEIGHTS["outlet_tier"], "no named outlet")
    best = outlets[:TIER_BEST]
    value = sum(tiers.weight(o) for o in best) / TIER_BEST
    parts = []
    for o in best:
        level = tiers.level(o)
        parts.append(f"{o} (tier {level})" if level else f"{o} (unlisted)")
    return Factor("outlet_tier", round(value, 4), WEIGHTS["outlet_tier"], "best outlets: " + ", ".join(parts))


def _figure_value(f: Figure) -> float:
    if f.kind == "money":
        usd = f.value * USD_PER.get(f.unit.upper(), 0.0)
        return _log_scale(usd, MONEY_FLOOR, MONEY_CEIL)
    if f.kind == "percent" and f.unit == "%":
        return min(1.0, abs(f.value) / PERCENT_CEIL)
    if f.kind == "quantity" and f.unit == "W":
        return _log_scale(f.value, POWER_FLOOR, POWER_CEIL)
    if f.kind == "quantity" and f.unit in ("", "people", "user", "job", "unit", "employee", "worker", "robot"):
        return _log_scale(f.value, COUNT_FLOOR, COUNT_CEIL)
    return 0.0


def _lead_text(b: StoryBundle) -> str:
    """Titles and first sentences: where a story states what it is about."""
    parts = [a.title for a in b.articles]
    for e in b.enrichments:
        parts.extend(e.sentences[:LEAD_SENTENCES])
    return " \n ".join(parts)


# A percentage that is a share is context, not a move (issue 11, eighth and fourteenth passes): "91% of members who
# voted backed action", "accounted for 58% of revenue", "a market share of about 38%" say how big a part is, not
# how much something changed, yet at PERCENT_CEIL they scored as large as a $100 billion deal. A percentage whose
# every mention in the titles and leads reads as a share counts at SHARE_DISCOUNT (as a body-only figure does); a
# move's verb just before it wins ("cut 30% of staff", "wiped 20% of its value"). Measured over the eleven
# calibration corpora (benchmarks/RESULTS.md, fourteenth pass).
SHARE_DISCOUNT = 0.5
_MOVE_BEFORE = re.compile(r"\b(?:cut|cuts|cutting|slash\w*|los(?:e|es|t|ing)|shed\w*|wip(?:e|ed|es|ing)|rose|rise[sn]?|"
                          r"fell|fall(?:s|en)?|jump\w*|surg\w*|soar\w*|drop\w*|slump\w*|plung\w*|climb\w*|gain\w*|"
                          r"tumbl\w*|sank|sink\w*|slid\w*|slide[sd]?|up|down|by|increas\w*|decreas\w*|reduc\w*|"
                          r"rais\w*|lower\w*|boost\w*|grew|grow\w*|hike[sd]?|higher|lower|more|less|as much as)"
                          r"(?: \w+)?\W*$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:of|were|was|are|is|backed|voted|said|say|says|support\w*|turnout)\b", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\b(?:share|stake|margin|turnout|holding|accounted for|accounts for|account for|made up|"
                           r"makes up|make up|scored|majority of|owns?|owned|controls?)\W+(?:\w+\W+){0,2}$",
                           re.IGNORECASE)


def share_only(text: str, lead: str) -> bool:
    """Every mention of the percentage ``text`` in ``lead`` reads as a share (``SHARE_DISCOUNT``), none as a move."""
    spots = [m.start() for m in compiled(re.escape(text)).finditer(lead)] if text else []
    if not spots:
        return False
    for at in spots:
        before, after = lead[max(0, at - 40):at], lead[at + len(text):at + len(text) + 20]
        if _MOVE_BEFORE.search(before):
            return False
        if not (_SHARE_AFTER.search(after) or _SHARE_BEFORE.search(before)):
            return False
    return True


def magnitude(b: StoryBundle) -> Factor:
    """The story's largest figure, counted fully when a title or lead states it, at BODY_DISCOUNT when only a
    body does (a market size quoted for context is not the news), at SHARE_DISCOUNT when it is a percentage that
    is a share (``share_only``)."""
    lead = _lead_text(b)
    scored = []
    for e in b.enrichments:
        for fig in e.figures:
            v = _figure_value(fig)
            if v > 0:
                headline = bool(fig.text) and fig.text in lead
                share = headline and fig.kind == "percent" and share_only(fig.text, lead)
                scored.append((round(v * SHARE_DISCOUNT if share else v if headline else v * BODY_DISCOUNT, 4),
                               headline, fig, share))
    if not scored:
        return Factor("magnitude", 0.0, WEIGHTS["magnitude"], "no money figure or large quantity reported")
    value, headline, top, share = max(scored, key=lambda x: (x[0], x[1], x[2].kind == "money"))
    where = ("in a headline or lead, a share not a move" if share else "in a headline or lead" if headline
             else "in the body only")
    return Factor("magnitude", value, WEIGHTS["magnitude"], f"largest figure {where}: {top.text} ({top.kind})")


PROMINENT_KINDS = ("ORG", "PERSON")   # entity kinds whose spread across the edition counts as prominence


def edition_view(bundles: Iterable[StoryBundle]) -> EditionView:
    """Which stories mention which organisation or person (outlet names left out, those of every story of the
    edition: being cited is not being in the news; places left out: a country or region named across the day's stories is background, not news)."""
    mentions: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    count = 0
    bundles = list(bundles)
    every_outlet = {outlet_key(o) for b in bundles for o in b.story.outlets} | \
        {outlet_key(a.source) for b in bundles for a in b.articles if a.source}
    for b in bundles:
        count += 1
        outlets = every_outlet   # an outlet of any story of the edition is a source, not an entity of the news
        for e in b.enrichments:
            for ent in e.entities:
                if ent.kind not in PROMINENT_KINDS or outlet_key(ent.canonical) in outlets or outlet_key(ent.text) in outlets:
                    continue
                mentions[ent.canonical].add(b.story.id)
                names.setdefault(ent.canonical, ent.text)
    return EditionView(entity_stories={k: frozenset(v) for k, v in mentions.items()}, entity_names=names,
                       stories=count)


def _main_entities(b: StoryBundle, view: EditionView) -> list[str]:
    """Entities named in a title or lead of the story: what the story is about, not who is quoted in passing."""
    lead = _lead_text(b).lower()
    return sorted({ent.canonical for e in b.enrichments for ent in e.entities
                   if ent.canonical in view.entity_stories and ent.text.lower() in lead})


def prominence(b: StoryBundle, view: EditionView) -> Factor:
    """How many of the edition's stories mention the story's most talked-about main entity."""
    limit = max(2, int(UBIQUITOUS_SHARE * view.stories))
    best, best_n = None, 0
    for c in _main_entities(b, view):
        n = len(view.entity_stories[c])
        if n <= limit and n > best_n:
            best, best_n = c, n
    if best is None or best_n < 2:
        return Factor("prominence", 0.0, WEIGHTS["prominence"], "no main entity shared with other stories today")
    value = min(1.0, math.log(best_n) / math.log(PROMINENCE_SATURATE))
    return Factor("prominence", round(value, 4), WEIGHTS["prominence"],
                  f"{view.entity_names.get(best, best)} appears in {best_n} of today's stories")


def _watch_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(term.strip()) + r"(?!\w)", re.IGNORECASE)


def watchlist(b: StoryBundle, terms: Sequence[str]) -> Factor:
    terms = [t for t in terms if t.strip()]
    if not terms:
        return Factor("watchlist", 0.0, WEIGHTS["watchlist"], "no watchlist set")
    canon = {ent.canonical.lower() for e in b.enrichments for ent in e.entities}
    text = " ".join(f"{a.title} {a.body}" for a in b.articles)
    hit = [t for t in terms if t.strip().lower() in canon or _watch_pattern(t).search(text)]
    if not hit:
        return Factor("watchlist", 0.0, WEIGHTS["watchlist"], "no watchlist term mentioned")
    value = min(1.0, 0.5 + 0.25 * len(hit))
    return Factor("watchlist", value, WEIGHTS["watchlist"], "watchlist: " + ", ".join(hit))


def _new_facts(b: StoryBundle, since: dt.date | None) -> int:
    """Figures (amounts, percentages, quantities) in the story's articles published after ``since`` that its
    earlier articles did not give."""
    if since is None:
        return 0
    new_ids = {a.id for a in b.articles if a.published and edition_day(a.published) > since}
    if not new_ids:
        return 0

    def key(fig: Figure) -> tuple[str, str, float]:
        return fig.kind, fig.unit, float(f"{fig.value:.3g}")
    old = {key(fig) for e in b.enrichments if e.article_id not in new_ids for fig in e.figures
           if fig.kind in ("money", "percent", "quantity")}
    new = {key(fig) for e in b.enrichments if e.article_id in new_ids for fig in e.figures
           if fig.kind in ("money", "percent", "quantity")}
    return len(new - old)


def novelty(b: StoryBundle, history: Sequence[Mapping]) -> Factor:
    """What is new since the story's latest edition (``history``: edition_stories rows; other stories' rows are
    ignored): any new article gives ``DEVELOPING_NOVELTY``, each new outlet and new figure adds to it. A story
    never briefed is new in all it has (every outlet, every figure); one briefed before with nothing new is a
    follow-up (``STALE_NOVELTY``). Novelty is against what readers were shown: a row marked ``printed: False`` (the
    story was ranked in that edition but on no page, ``pipeline.mark_printed``) does not count as briefed."""
    mine = [h for h in history if h.get("story_id") == b.story.id and h.get("printed", True)]
    outlets = len({o for o in b.story.outlets if o})
    if not mine:
        facts = min(NEW_FACTS_COUNTED, _new_facts(b, dt.date.min))
        value = min(1.0, DEVELOPING_NOVELTY + NEW_OUTLET_NOVELTY * outlets + NEW_FACT_NOVELTY * facts)
        what = f"{outlets} outlet{'s' if outlets != 1 else ''}" + (
            f" and {facts} figure{'s' if facts != 1 else ''}" if facts else "")
        return Factor("novelty", round(value, 4), WEIGHTS["novelty"], f"not briefed before: {what}, all new")
    last = max(mine, key=lambda h: h["date"])
    when = last["date"].isoformat() if hasattr(last["date"], "isoformat") else str(last["date"])
    new_articles = len(b.articles) - int(last.get("article_count") or 0)
    new_outlets = len(set(b.story.outlets)) - int(last.get("outlet_count") or 0)
    if new_articles <= 0 and new_outlets <= 0:
        earlier = sorted((h for h in mine if h is not last), key=lambda h: h["date"])[-1:]
        if earlier and int(earlier[0].get("article_count") or 0) >= len(b.articles):   # followed up already
            return Factor("novelty", STALE_AGAIN_NOVELTY, WEIGHTS["novelty"],
                          f"briefed on {when} and before, nothing new since")
        return Factor("novelty", STALE_NOVELTY, WEIGHTS["novelty"], f"briefed on {when}, nothing new since"
                      + (" (a follow-up)" if STALE_NOVELTY else ""))
    last_date = last["date"] if isinstance(last["date"], dt.date) else None
    facts = min(NEW_FACTS_COUNTED, _new_facts(b, last_date))
    value = min(1.0, DEVELOPING_NOVELTY + NEW_OUTLET_NOVELTY * max(new_outlets, 0) + NEW_FACT_NOVELTY * facts)
    what = [f"{new_articles} new article{'s' if new_articles != 1 else ''}"] if new_articles > 0 else []
    if new_outlets > 0:
        what.append(f"{new_outlets} new outlet{'s' if new_outlets != 1 else ''}")
    if facts:
        what.append(f"{facts} new figure{'s' if facts != 1 else ''}")
    return Factor("novelty", round(value, 4), WEIGHTS["novelty"], f"briefed on {when}; {' and '.join(what)} since")


def recency(b: StoryBundle, edition_end: dt.datetime) -> Factor:
    age_h = max(0.0, (edition_end - b.story.last_seen).total_seconds() / 3600)
    value = 0.5 ** (age_h / RECENCY_HALF_LIFE_H)
    return Factor("recency", round(value, 4), WEIGHTS["recency"],
                  f"latest article {age_h:.0f} h before the edition closes")
