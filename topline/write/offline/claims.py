"""Signals that make a claim, computed from the event ledger and the page's stories (issue 12).

Each title is one checkable sentence; the evidence (stories, outlets) closes the text as a footer line:

* **actor**: a name that acts in several of today's stories, in the roles the ledger gives it ("Alibaba backs
  Kling and launches Qwen on the same day");
* **divergence**: outlets that state a figure of one event differently ("Kling's round: Reuters puts it at $2.8
  billion, Nikkei Asia at $2.75bn");
* **momentum**: a type of event more (or less) frequent on the page this week than the week before, from the
  stored ledger ("Funding rounds gather pace on this page: four developments this week, more than the week
  before"); the per-day counts are the signal's sparkline;
* **trend**: any of these continuing an earlier edition's signal says whether it confirms, reverses or fades it.

Only the page's ranked candidates are read (``PAGE_CANDIDATES``), never every story of the window. Every line
passes the citation checker as it is made (see compose); a claim that fails is not published.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.events.spans import _JURISDICTION_ADJ, DESIGNATORS
from topline.events.fund_closes import closed_at
from topline.records import Event, RankedStory, Signal
from topline.write.offline.claim_guards import not_a_claim, union_strike
from topline.write.offline.cuts_clause import KINDS as CUT_KINDS, cut_clause
from topline.write.offline.claim_prose import names_a_subject, shared_subject_title
from topline.write.offline.claims_states import STATE_PRESENT
from topline.write.offline.clause import (_CLAUSE_ACTION, _CLAUSE_NO_TARGET, _DECISION_VERBS,  # noqa: F401
                                          _INCIDENT_NOUN, _LAUNCH_VERBS, _SEEKS, MIN_RAISE, _named, _raise_ok, _text,
                                          round_put_off,
                                          _unnamed_subject, agree, capex_field, capex_predicate,
                                          clause, launch_object, launch_predicate)
from topline.write.offline.claim_lines import (BACKGROUND, articles_of, check_analysis_ok, cost_only,
                                              claim_title, evidence_footer, has_article_on, line_day, news_of,
                                              printed, sentence_line, story_trend)
from topline.write.offline.compose import Composer, Line, month_day
from topline.write.offline.members import member
from topline.write.offline.develop import StoryText, _count_word
from topline.write.offline.event_day import same_day
from topline.write.offline.lead import feature_voice
from topline.write.offline.told_days import dated, naming_first, said_once
from topline.zones import edition_day

PAGE_CANDIDATES = 20      # the stories a page can show (ranked candidates); see topline.events.ledger
MIN_ACTOR_STORIES = 2     # an actor claim needs the name acting in this many of today's stories
MOMENTUM_MIN = 3          # a momentum claim needs this many events of the type this week ...
MOMENTUM_RATIO = 2.0      # ... and this many times the week before (or the reverse, for a slowdown)
ROLES_SHOWN = 3

_ACTION_VERB = {"probe": "opens a probe into", "fine": "fines", "ban": "bans", "rule": "sets rules for",
                "law": "legislates on", "subsidy": "subsidises", "tariff": "puts tariffs on", "other": "acts on"}
_TYPE_PLURAL = {"funding": "Funding rounds", "acquisition": "Acquisitions", "capex": "Build-outs",
                "state_action": "State actions", "market_move": "Market moves", "launch": "Launches",
                "incident": "Incidents"}


@dataclass(frozen=True)
class Role:
    story_id: str
    phrase: str               # "backs Kling", "launches Qwen"
    event: Event


def candidates(category: str, edition: Sequence[RankedStory], n: int = PAGE_CANDIDATES,
               texts: dict[str, StoryText] | None = None) -> list[RankedStory]:
    """The page's stories that may be claimed, best first; ``texts``: the edition's (``members.member``)."""
    return [r for r in edition if (r.classification.primary == category or category in r.classification.secondary)
            and member(r, texts)][:n]     # never a story that could not stand on the page (``members``, signals31)


def roles(actor: str, e: Event) -> list[str]:
    """What ``actor`` (canonical) does in event ``e``, as short phrases built from the fields' written forms."""
    def has(name: str) -> bool:
        return any(canonical_entity(_text(f)) == actor for f in e.values(name))

    def first(name: str) -> str:
        vals = e.values(name)
        return _text(vals[0]) if vals else ""
    out = []
    if e.type == "funding":
        if has("company") and first("amount") and _raise_ok(e, e.values("amount")[0]):
            sought = _SEEKS.search(e.values("amount")[0].sentence)     # a round sought is not one raised
            closed = closed_at(e.values("amount")[0].sentence or "", first("amount"))   # a fund's close (signals31)
            out.append(f"closes {closed} {first('amount')}" if closed else
                       f"{'seeks to raise' if sought else 'raises'} {first('amount')}")
        if has("investors") and first("company") and _named(e.values("company")[0]) and \
                not round_put_off(e.values("company")[0].sentence or "", first("amount")):   # signals29
            out.append(f"backs {first('company')}")
    elif e.type == "acquisition":
        if has("acquirer") and first("target"):
            out.append(f"agrees to buy {first('target')}")
        if has("target") and first("acquirer"):
            out.append(f"agrees to be bought by {first('acquirer')}")
    elif e.type == "capex" and has("company"):
        what = first("capacity") or first("amount")
        if what:
            place = first("place")
            # "from two South Korean yards": a demonym is no place a thing is "in" (events14: an order's yards)
            if place and place.split()[-1].lower() in _JURISDICTION_ADJ:
                place = None
            said = e.values(capex_field(first("capacity"), first("amount")))[0].sentence
            predicate = capex_predicate(first("capacity"), first("amount"), said, e)
            if predicate:     # a capacity written as a modifier needs its noun phrase (signals25)
                out.append(predicate + (f" in {place}" if place else ""))
    elif e.type == "state_action":
        if has("body") and first("target"):
            out.append(f"{_ACTION_VERB.get(str(e.value('action')), 'acts on')} {first('target')}")
        if has("target") and first("body"):
            # a subsidy is granted to its target, not faced by it
            out.append(f"is offered support by the {first('body')}" if e.value("action") == "subsidy"
                       else f"faces the {first('body')}")
    elif e.type == "market_move" and has("instrument") and not e.values("measure"):   # a result is no share move
        move = str(e.value("move") or "")
        if move[:1] in "+-" and first("move"):
            out.append(f"sees its shares {'rise' if move[0] == '+' else 'fall'} {first('move')}")
    elif e.type == "launch" and has("organisation") and first("product"):
        # told as its statement tells it: "launches X", or planned, "will launch X" (events21, ``launch_predicate``)
        said = e.values("product")[0].sentence or e.sentence or ""
        told = launch_object(said, first("product"))     # never cut inside its noun phrase (signals26)
        plan = launch_predicate(e, said, told) if told else ""
        if told:
            out.append(f"launches {told}" if not plan.startswith(("will ", "plans to ")) else plan)
    elif e.type == "incident" and has("organisation") and str(e.value("kind")) in CUT_KINDS:
        # jobs cut, flights cancelled, a fleet grounded: the statement's own clause, never "reports a job cuts"
        told = cut_clause(e, e.values("organisation")[0].sentence or e.sentence or "")    # (signals32)
        if told.startswith(first("organisation") + " "):
            out.append(told[len(first("organisation")) + 1:])
    elif e.type == "incident" and has("organisation") and e.value("kind"):
        out.append(f"reports a {e.value('kind')}")
    return out


def _story_line(e: Event, texts: dict[str, StoryText], comp: Composer, day: dt.date | None = None) -> Line | None:
    """The event's statement of ``day`` when an article of that day states it, else its first statement."""
    stated = [(f.url, f.sentence) for f in e.fields if f.url in comp.articles and comp.articles[f.url].published
              and edition_day(comp.articles[f.url].published) == day]
    # a statement not printed elsewhere in the edition first; one printed above on this page is cited, never
    # printed twice (issue 11's repeated sentence: eval-mob's 09-10 Results page had printed it again)
    # an act of an earlier day: a statement that writes its weekday first (the title names it: ``told_days``)
    ordered = naming_first(list(dict.fromkeys(stated + [(e.url, e.sentence)])), e, comp, day) if day else \
        list(dict.fromkeys(stated + [(e.url, e.sentence)]))
    for printed_ok in (False, True):   # printed above on this page: cited, not printed again
        for url, sentence in ordered:
            if feature_voice(sentence):
                continue   # a feature's or the outlet's own voice is not the event's statement
            got = sentence_line(e.story_id, url, sentence, texts, comp, printed_ok)
            if got:
                return got
    return None


def clause_subject(c: str) -> str:
    """A clause's subject: the words before its claim verb ("" when none is found)."""
    verb = _CLAIM_VERBS.search(c)
    return c[:verb.start()].strip() if verb else ""


def _join(phrases: Sequence[str]) -> str:
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]


# --- actor ----------------------------------------------------------------------------------------------------

def actor_signals(stories: Sequence[RankedStory], events: Sequence[Event], texts: dict[str, StoryText],
                  comp: Composer, day: dt.date, names: dict | None = None, over_days: bool = False) -> list[Signal]:
    """``names``: story id -> the canonical ORG and PERSON names its articles mention (compare.story_names); an
    actor must be one of them in each story it is claimed for. ``over_days`` (signals16, a page no claim reached):
    the actor's events of the last ``RECENT_DAYS`` count too, one of them news of ``day``; the title says "on the
    same day" only when every one is."""
    ids = {r.bundle.story.id for r in stories if over_days or has_article_on(r, day)}
    by_actor: dict[str, list[Role]] = defaultdict(list)
    for e in events:
        if e.story_id not in ids or not (_recent(e, comp, day) if over_days else news_of(e, comp, day)):
            continue
        found = {canonical_entity(_text(f)) for f in e.fields
                 if f.name in ("company", "investors", "acquirer", "target", "body", "instrument", "organisation")}
        for actor in found - {""}:
            if all(w in DESIGNATORS for w in actor.split()):
                continue   # "ai": the end of a name cut from its start names no actor
            if names is not None and actor not in names.get(e.story_id, ()):
                continue
            for phrase in roles(actor, e):
                by_actor[actor].append(Role(e.story_id, phrase, e))
    out = []
    for actor, rs in sorted(by_actor.items(), key=lambda kv: (-len({r.story_id for r in kv[1]}), kv[0])):
        per_story: dict[str, Role] = {}
        acts: set[tuple] = set()
        own: set[str] = set()
        for r in rs:
            verb = "commits" if r.event.type == "capex" else r.phrase.split()[0]   # a build-out planned or committed
            if verb in _ONE_A_DAY and verb in own:
                continue   # "raises $6.5 billion and raises $7 billion": one round told with two figures
            if r.story_id not in per_story and _act(r.event) not in acts:
                per_story[r.story_id] = r
                acts.add(_act(r.event))
                own.add(verb)
        if len(per_story) < MIN_ACTOR_STORIES:
            continue
        chosen = sorted(per_story.values(), key=lambda r: not news_of(r.event, comp, day))[:ROLES_SHOWN]
        if not news_of(chosen[0].event, comp, day):
            continue     # over days: one of the actor's acts is news of the day
        surface = _surface(actor, chosen)

        def when(rs: Sequence[Role]) -> str:
            # "on the same day": each act news of the day, and each act's own day the edition's (signals26: a deal
            # agreed the day before and retold today is no act of the day, ``event_day``)
            return " on the same day" if all(news_of(r.event, comp, day) for r in rs) and \
                same_day([r.event for r in rs], comp, day, events) else ""
        def titled(rs: Sequence[Role]) -> str | None:
            # not all of the day: each act of an earlier day told with its day (signals27, ``told_days``)
            said = when(rs)
            if said:
                return f"{surface} {_join([r.phrase for r in rs])}{said}"
            lines = [x.text for x in (_story_line(r.event, texts, comp, day) for r in rs) if x]
            phrases = [dated(r.phrase, r.event, comp, day, events, lines) for r in rs]
            if None in phrases:
                return None
            phrases, once = said_once(phrases, [r.phrase for r in rs])
            return f"{surface} {_join(phrases)}{once}"
        sig = _claim(titled(chosen), chosen, texts, comp, day=day)
        if sig is None and len(chosen) > 2:
            sig = _claim(titled(chosen[:2]), chosen[:2], texts, comp, day=day)
        if sig:
            out.append(sig)
    return out


_ACT_FIELD = {"state_action": "action", "funding": "amount", "acquisition": "target", "capex": "amount",
              "market_move": "move", "launch": "product", "incident": "kind"}


# What an actor does to itself at most once a day (its round, its build-out, its share price, its sale): two such
# acts of one actor in two stories are one act told twice with different figures (sixth pass, cal-ai2)
_ONE_A_DAY = frozenset({"raises", "closes", "seeks", "commits", "sees", "agrees"})


def _act(e: Event) -> tuple:
    """What an event does, without who reports it: the White House's tariff told by the tariff story and again by
    a drugmaker's story ("hours after the White House announced tariffs") is one act, not two things done on the
    same day."""
    name = _ACT_FIELD.get(e.type, "")
    vals = e.values(name) if name else ()
    v = vals[0].value if vals else None
    if v is None:
        return (e.type, id(e))      # nothing to compare: an act of its own
    return (e.type, canonical_entity(v) if isinstance(v, str) else v)


def _surface(actor: str, chosen: Sequence[Role]) -> str:
    for r in chosen:
        for f in r.event.fields:
            if canonical_entity(_text(f)) == actor and f.text:
                return f.text
    return actor


def _claim(title: str | None, chosen: Sequence[Role], texts: dict[str, StoryText], comp: Composer,
           trend: tuple[int, ...] = (), day: dt.date | None = None) -> Signal | None:
    if title is None:
        return None     # an act that cannot be told with its day (``told_days``)
    arts = articles_of(comp, [f.url for r in chosen for f in r.event.fields] + [r.event.url for r in chosen])
    lines = [x for x in (_story_line(r.event, texts, comp, day) for r in chosen) if x]
    if len(lines) < len({r.story_id for r in chosen}):
        return None
    head = claim_title(title, arts, lines, comp)
    if head is None:
        return None
    foot = evidence_footer(len({r.story_id for r in chosen}), arts, comp)
    if foot:
        lines.append(foot)
    cites = tuple(dict.fromkeys([*head.citations, *(c for l in lines for c in l.citations)]))
    ids = tuple(dict.fromkeys(r.story_id for r in chosen))
    return Signal(title=head.text, text=printed(lines), citations=cites, story_ids=ids,
                  trend=trend or story_trend(ids, texts, day))


# --- divergence: topline/write/offline/claims_divergence.py (split in signals19) -----------------------------------

# --- momentum -------------------------------------------------------------------------------------------------

def momentum_signals(category: str, history: Sequence[Event], comp: Composer, day: dt.date,
                     texts: dict[str, StoryText] | None = None) -> list[Signal]:
    """A type of event clearly more (or less) frequent among the category's stored events this week than the
    week before. Counts are of events whose first statement falls in each week; the title states this week's
    count (of events whose articles the edition carries) and the direction against the week before."""
    week = day - dt.timedelta(days=6)
    before = week - dt.timedelta(days=7)
    known = [e.date for e in history if e.date is not None]
    if not known or min(known) >= week:
        return []    # the ledger does not reach the week before: nothing to compare with
    by_type: dict[str, list[Event]] = defaultdict(list)
    for e in history:
        if e.category == category and e.date is not None and before <= e.date <= day:
            by_type[e.type].append(e)
    out = []
    for kind, evs in sorted(by_type.items(), key=lambda kv: -len(kv[1])):
        now = [e for e in evs if e.date >= week]
        then = [e for e in evs if e.date < week]
        arts = articles_of(comp, [e.url for e in now])
        shown = len({e.url for e in now if e.url in comp.articles})
        if shown < MOMENTUM_MIN:
            continue
        if len(now) >= MOMENTUM_RATIO * max(1, len(then)):
            direction = "gather pace" if then else "arrive"
            against = "more than the week before" if then else "none the week before"
        elif len(then) >= MOMENTUM_RATIO * max(1, len(now)) and then:
            direction, against = "slow down", "fewer than the week before"
        else:
            continue
        counts = tuple(sum(1 for e in evs if e.date == before + dt.timedelta(days=i)) for i in range(14))
        title = f"{_TYPE_PLURAL[kind]} {direction} on this page: {_count_word(shown)} developments this week, {against}"
        # statements the page has not printed first, then those printed above (cited, not printed again)
        chosen = [e for e in now if e.url in comp.articles]
        # issue 14: the first ROLES_SHOWN lines that pass, checked in order and no further (a week's events of a
        # busy page were each composed and checked to keep three: 3.0 of a 100k run's day-9 CPU seconds)
        fresh = list(itertools.islice((x for x in (sentence_line(e.story_id, e.url, e.sentence, texts or {}, comp,
                                                        printed_ok=False) for e in chosen) if x), ROLES_SHOWN))
        lines = fresh + [x for x in (sentence_line(e.story_id, e.url, e.sentence, texts or {}, comp,
                                                    printed_ok=True) for e in chosen[:ROLES_SHOWN]) if x and x.above]
        lines = lines[:ROLES_SHOWN] if fresh else lines
        foot = evidence_footer(len({e.story_id for e in now}), arts, comp)
        lines += [foot] if foot else []
        head = claim_title(title, arts, lines, comp) if lines else None
        if head is None:
            continue
        out.append(Signal(title=head.text, text=printed(lines),
                          citations=tuple(dict.fromkeys([*head.citations, *(c for l in lines for c in l.citations)])),
                          story_ids=tuple(dict.fromkeys(e.story_id for e in now)), trend=counts))
    return out


# --- trend over editions --------------------------------------------------------------------------------------

def continuity(sig: Signal, previous: Sequence[dict], day: dt.date, comp: Composer) -> Signal:
    """The signal with a line on an earlier edition's signal about the same stories or subject: confirmed (its
    stories have articles since), or fading (none)."""
    subject = re.split(r"[:,]| on the same day| on this page", sig.title)[0].strip().lower()
    for prev in previous:
        when = _as_date(prev.get("date"))
        if when is None or when >= day:
            continue
        same = set(sig.story_ids) & set(prev.get("story_ids") or ()) or \
            (subject and subject in str(prev.get("title", "")).lower())
        if not same:
            continue
        fresh = [c for c in sig.citations if c.url in comp.articles and
                 (a := comp.articles[c.url]).published and edition_day(a.published) > when]
        arts = articles_of(comp, [c.url for c in fresh])
        parts = sig.text.rsplit(" Evidence: ", 1) if not sig.text.startswith("Evidence: ") else ["", sig.text[10:]]
        # "It ..." leans on a sentence before it: a signal whose statements are printed above (cited, not printed
        # again) opens on this line, which then says what it is about
        opens = not parts[0]
        confirms = (f"A signal in the {month_day(when)} edition is confirmed, with" if opens else
                    f"It confirms a signal in the {month_day(when)} edition, with")
        repeats = (f"A signal in the {month_day(when)} edition is repeated" if opens else
                   f"It repeats a signal in the {month_day(when)} edition")
        # "one article since", not "one articles" (signals19: a one-story claim over days had printed it)
        noun = "article" if len(arts) == 1 else "articles"
        line = comp.line(f"{confirms} {_count_word(len(arts))} {noun} since.", arts) if arts else \
            comp.line(f"{repeats} with no article since: the signal is fading.",
                      articles_of(comp, [c.url for c in sig.citations])[:1])
        if line:
            text = f"{parts[0]} {line.text}".strip() + (f" Evidence: {parts[1]}" if len(parts) == 2 else "")
            return Signal(title=sig.title, text=text, citations=tuple(dict.fromkeys(sig.citations + line.citations)),
                          story_ids=sig.story_ids, watch=sig.watch, trend=sig.trend, kind=sig.kind)
    return sig


def _as_date(v) -> dt.date | None:  # noqa: ANN001
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def claim_signals(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
                  comp: Composer, previous: Sequence[dict], day: dt.date, names: dict | None = None) -> list[Signal]:
    """The page's claim signals, strongest kinds first (a story followed across days, actor, divergence, a kind
    counted over the week, one actor in two acts of one story of the day (``claims_story``), momentum),
    each followed over editions. ``ledger``: topline.events.ledger.EditionLedger or None (then there is nothing to
    claim). A story is followed across days on its own page only (primary category; signals19)."""
    if ledger is None:
        return []
    stories = candidates(category, edition, texts=texts)
    ids = {r.bundle.story.id for r in stories}
    events = [e for e in ledger.events if e.story_id in ids]
    own = [r for r in stories if r.classification.primary == category]
    # a kind counted over the week's days (``claims_count``, signals20) comes before the themes and kinds of one day
    sigs = over_days_signals(own, events, texts, comp, day) + actor_signals(stories, events, texts, comp, day, names) \
        + divergence_signals(stories, events, texts, comp, day) + count_signals(own, events, texts, comp, day) \
        + story_actor_signals(own, events, texts, comp, day)
    momentum = momentum_signals(category, ledger.history, comp, day, texts)
    kept, used = [], set()
    for sig in sigs:                     # a story serves one claim (the strongest kind first)
        if used & set(sig.story_ids):
            continue
        sig = continuity(sig, previous, day, comp)
        if not sig.text.strip():
            continue     # nothing printed beneath the title (every statement above on the page, no footer): the
            #              page gate drops a signal with no text, and its stories stay free for another claim
            #              (signals21: cal-ai's Models page had lost its claim of two launches to such a one)
        used.update(sig.story_ids)
        kept.append(sig)
    # momentum is about the page's week, not about particular stories: it may share them
    return kept + [continuity(sig, previous, day, comp) for sig in momentum]


# --- a theme's claim: what its stories' actors do (issue 12, third pass) ------------------------------------------

# The order a story's events are told in a theme's title: the deal or the decision before its figures.
_CLAUSE_ORDER = ("acquisition", "funding", "state_action", "capex", "launch", "incident", "market_move")
GROUP_CLAUSES = 3          # clauses in a theme's title at most ...
GROUP_TITLE_WORDS = 24     # ... and fewer when the title would be longer than this many words
COUNT_TITLE_WORDS = 28     # a count's title (claims_count): a theme's words and its head of four ("Three
                           # build-outs this week:"), not of two (signals20, not tuned on a corpus)


def _statements(e: Event, comp: Composer, day: dt.date) -> list[tuple[str, str]]:
    """The event's statements (url, sentence) in the edition's articles, those of ``day`` first, each in the order
    its fields give them."""
    def on(f) -> bool:  # noqa: ANN001
        return bool(comp.articles[f.url].published and edition_day(comp.articles[f.url].published) == day)
    here = [f for f in e.fields if f.url in comp.articles]
    return list(dict.fromkeys((f.url, f.sentence) for f in sorted(here, key=lambda f: not on(f))))


RECENT_DAYS = 7     # a theme's event told in its title happened within this many days of the edition (else it is
                    # background of the story, not what the theme is doing)


def _recent(e: Event, comp: Composer, day: dt.date) -> bool:
    return news_of(e, comp, day) or (e.date is not None and 0 <= (day - e.date).days <= RECENT_DAYS and any(
        f.url in comp.articles and not BACKGROUND.search(f.sentence) for f in e.fields))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def group_claim(stories: Sequence[RankedStory], events: Sequence[Event], texts: dict[str, StoryText],
                comp: Composer, day: dt.date, topic: str = "",
                fresh_only: bool = False, elsewhere: frozenset[str] = frozenset(),
                count_over: str = "") -> tuple[Line, dict[str, Line]] | None:
    """A theme's title as a claim computed from the ledger: what the actor of each of its stories does today,
    one clause per story ("Kling AI raises $2.8 billion and Baidu launches Ernie 4.5 on the same day"), each
    clause's statement printed beneath it. None when fewer than two of the stories have an event of the day with
    its roles named (the theme is then titled by saying less: see ``signals``). Returns the title and each
    claimed story's line. ``topic``: the theme's strongest shared term as the articles write it ("chip exports");
    when only one story has an event of the day, the title is that event's clause set in the theme ("Nvidia falls
    3.4%, one of two stories on chip exports today"), checked against the theme's articles of the day.
    ``count_over`` ("this week": ``claims_count``): only a title that counts one kind of event told by every one of
    the stories, on two days or more ("Three build-outs this week: A commits ..., B ... and C ..."), or None."""
    chosen: list[tuple[str, Event, str, Line]] = []
    for rs in stories:
        sid = rs.bundle.story.id
        own = sorted((e for e in events if e.story_id == sid and _recent(e, comp, day)),
                     key=lambda e: (not news_of(e, comp, day),
                                    _CLAUSE_ORDER.index(e.type) if e.type in _CLAUSE_ORDER else 99))
        got = None
        for e in own:
            # a statement the page has not printed first (``fresh_only``: only such, and none that leans on the
            # sentence before it: a kind's claim, which no theme asks for, repeats nothing the edition printed)
            # a statement the page has not printed first; then one printed above on this page, cited and not
            # printed again (``fresh_only``: only fresh ones)
            for printed_ok in (False,) if fresh_only else (False, True):
                # an act of an earlier day: a statement that writes its weekday first (``told_days``)
                for url, sentence in naming_first(_statements(e, comp, day), e, comp, day, events):
                    if feature_voice(sentence):
                        continue   # "Here's what the bank reported ...": a feature's or the outlet's own voice
                    if any(x in sentence for x in elsewhere):
                        continue   # printed on an earlier page of the edition: a repeated sentence
                    c = union_strike(clause(e, sentence), e, sentence, comp)
                    if c and cost_only(e, sentence):
                        continue   # a build-out told by its cost only commits no sum (claim_lines.COST_ONLY)
                    if leans(sentence, c):
                        continue   # "The stock fell a further 3%": a line that leans on one before it
                    if c and (_unnamed_subject(c, e, comp) or not_a_claim(c, e, sentence, comp)):
                        continue   # a clause its statement does not make (claim_guards)
                    if not c or any(c.split()[0] == x[2].split()[0] and e.type == x[1].type for x in chosen):
                        continue
                    line = sentence_line(sid, url, sentence, texts, comp, printed_ok)
                    # the clause's words must stand in the printed line (a dateline or a cut clause loses none)
                    if line is not None and not check_analysis_ok(c, [line.text]):
                        line = None
                    if line is not None:
                        got = (sid, e, c, line)
                        break
                if got:
                    break
            if got:
                break
        if got:
            chosen.append(got)
    # the most clauses first; among as many, the theme's order (a clause whose title fails the check does not
    # keep the others out: every combination is tried, at most GROUP_CLAUSES of a handful of stories). Those with a
    # clause of the page's day come before those whose every act is of an earlier day (signals29: eval-agri's
    # Harvests page of 11 June; its day's clause and two earlier ones made a title too long once dated, and three
    # earlier moves told "earlier this week" were chosen over the day's clause with one of them, then refused as no
    # claim of the day: the page lost its claim)
    of_day = [dated(c, e, comp, day, events, []) == c for _, e, c, _ in chosen]

    def parts(with_day: bool):  # noqa: ANN202 - the combinations, with a clause of the day or without one
        for k in range(min(GROUP_CLAUSES, len(chosen)), 1, -1):
            for idx in itertools.combinations(range(len(chosen)), k):
                if any(of_day[i] for i in idx) == with_day:
                    yield [chosen[i] for i in idx]
    for part in itertools.chain(parts(True), parts(False)):
        k = len(part)
        today = all(news_of(e, comp, day) and line_day(line, comp) == day for _, e, _, line in part) and \
            same_day([e for _, e, _, _ in part], comp, day, events)     # each event's own day (signals26, ``event_day``)
        types = {e.type for _, e, _, _ in part}
        # a fund's close is money raised but no round (signals31): no "Two funding rounds:" over one
        head = f"{_count_word(k).capitalize()} {_PLURAL_NOUN[part[0][1].type]}: " \
            if len(types) == 1 and part[0][1].type in _PLURAL_NOUN and \
            not any(_FUND_CLOSE.search(c) for _, _, c, _ in part) and \
            not any(str(e.value("kind")) in CUT_KINDS for _, e, _, _ in part) else ""   # "Two incidents:" over job
        #   cuts or cancelled flights says less than the clauses (signals32)
        lines = {sid: line for sid, _, _, line in part}
        # not all of the day: each act of an earlier day told with its day, or the part is not titled (signals27:
        # "Quorvia falls 9 per cent and DGAC starts an investigation" on Wednesday's page, the inquiry Tuesday's)
        told = [c for _, _, c, _ in part] if today or count_over else \
            [dated(c, e, comp, day, events, [x.text for x in lines.values()]) for _, e, c, _ in part]
        if None in told:
            continue
        told, when = said_once(told, [c for _, _, c, _ in part])     # the same day's words once, at the end
        plain = _upper_first(_join(told)) + (" on the same day" if today else when)
        once = shared_subject_title(told, clause_subject)
        arts = articles_of(comp, [c.url for line in lines.values() for c in line.citations])
        # the count ("Two launches: ...") is a word the lines may lack (the check reads a capitalised word as a
        # name): the clauses alone say the same (sixth pass)
        suffix = " on the same day" if today else when
        firsts = [_upper_first(once) + suffix] if once else []     # the one actor said once (claim_prose)
        titles = list(dict.fromkeys(firsts + [head + plain, plain]))
        words = GROUP_TITLE_WORDS
        if count_over:
            # a count over days (claims_count): every story given is told, all of one kind, on two days or more
            if k != len(stories) or not head or len({line_day(line, comp) for line in lines.values()}) < 2:
                continue
            titles = [f"{head[:-2]} {count_over}: {_upper_first(_join([c for _, _, c, _ in part]))}"]
            words = COUNT_TITLE_WORDS
        for title in titles:
            if len(title.split()) > words and k > 2:
                continue
            got = claim_title(title, arts, list(lines.values()), comp)
            if got is not None:
                return got, lines
    if count_over:
        return None
    # one story's event, and its actor is what the theme's stories share: the claim says so (the story graph)
    for sid, e, c, line in chosen[:1]:
        if not (news_of(e, comp, day) and line_day(line, comp) == day):
            continue     # the event itself is of the day
        verb = _CLAIM_VERBS.search(c)
        subject = c[:verb.start()].strip() if verb else ""
        if not subject or not re.match(r"[A-Z]", subject):
            continue
        rx = re.compile(rf"(?<![\w-]){re.escape(subject)}(?![\w-])")
        on = [rs for rs in stories if any(rx.search(f"{a.title} {a.body}") for a in rs.bundle.articles)]
        if len(on) < 2 or len(on) < len(stories):
            continue
        c = dated(c, e, comp, day, events, [line.text])     # an act of an earlier day with its day (told_days)
        if c is None:
            continue
        title = f"{_upper_first(c)}, one of {_count_word(len(on))} stories on {subject} today"
        head = claim_title(title, articles_of(comp, [x.url for x in line.citations]), [line], comp)
        if head is not None:
            return head, {sid: line}
    # one story's event of the day, the theme named by its shared term: what happened in the theme, and where
    for sid, e, c, line in chosen[:1]:
        if not topic or not names_a_subject(topic) or not (news_of(e, comp, day) and line_day(line, comp) == day):
            continue     # no theme term, or one that measures ("biggest gain") rather than names a subject
        if topic.lower() in c.lower():
            continue     # "Nvidia falls 3.4%, one of two stories on Nvidia": say it once (the case above)
        c = dated(c, e, comp, day, events, [line.text])     # an act of an earlier day with its day (told_days)
        if c is None:
            continue
        title = f"{_upper_first(c)}, one of {_count_word(len(stories))} stories on {topic} today"
        theme = [a for rs in stories for a in rs.bundle.articles if a.url in comp.articles and a.published
                 and edition_day(a.published) == day]
        arts = articles_of(comp, [x.url for x in line.citations] + [a.url for a in theme])
        head = comp.line(title, arts, headline_=True)
        if head is not None:
            return head, {sid: line}
        # else a claim built on the lines printed beneath it: the event's statement, and for each other story a
        # sentence of the day that names the theme's term (the title adds nothing they lack; the page gate's rule)
        lines = {sid: line}
        for rs in stories:
            other = rs.bundle.story.id
            if other != sid:
                got = _topic_line(other, topic, texts, comp, day)
                if got is None:
                    break
                lines[other] = got
        else:
            head = claim_title(title, articles_of(comp, [x.url for l in lines.values() for x in l.citations]),
                          list(lines.values()), comp)
            if head is not None:
                return head, lines
    return None


def leans(sentence: str, c: str = "") -> bool:
    """The sentence leans on one before it (``_leans``), unless it opens with the named subject of its clause ``c``:
    "Orrin Labs released Orrin 4 on Thursday, its new flagship model, ..." names its actor and only then says "its"
    (signals17: eval-ai3's Orrin 4 launch had been read as leaning, and its page had no claim)."""
    if not _leans(sentence):
        return False
    from topline.write.offline.develop import _LEANS
    from topline.write.offline.lead import pronoun_subject
    if _LEANS.match(sentence) or not pronoun_subject(sentence) or \
            re.search(r"\b(?:similar|likewise|the same|as well|either)\b", " ".join(sentence.split()[:10]), re.I):
        return True      # it opens on a word that points back, or says "the same": only "..., its" is read again
    verb = _CLAIM_VERBS.search(c) if c else None
    subject = c[:verb.start()].strip() if verb else ""
    return not (subject[:1].isupper() and len(subject) > 2 and sentence.startswith(subject + " "))


def _leans(sentence: str) -> bool:
    """The sentence leans on one before it ("The company ...", "It ..."; develop._dangling)."""
    from types import SimpleNamespace
    from topline.write.offline.develop import _dangling
    return _dangling(SimpleNamespace(text=sentence))


def _topic_line(story_id: str, topic: str, texts: dict[str, StoryText], comp: Composer,
                day: dt.date) -> Line | None:
    """A sentence of the story's articles of ``day`` that names ``topic``, attributed, not printed elsewhere, and
    not one that leans on the sentence before it ("It will also recall about 88,000 vehicles in Canada, Transport
    Canada said": eval-mob's 2026-09-09 markets page, once the recall was on it, twentieth pass)."""
    st = texts.get(story_id)
    rx = re.compile(rf"(?<![\w-]){re.escape(topic)}(?![\w-])", re.IGNORECASE)
    for c in (st.ranked if st else ()):
        if not c.text or not rx.search(c.text) or c.text in comp.avoid or not any(
                a.published and edition_day(a.published) == day for a in c.articles) or leans(c.text):
            continue
        got = comp.attributed_line(c, "according")
        if got:
            return got
    return None


_FUND_CLOSE = re.compile(r"\bcloses a (?:fund|vehicle|pool)\b")   # a clause of a fund's close (``clause``)
_PLURAL_NOUN = {"funding": "funding rounds", "acquisition": "acquisitions", "capex": "build-outs",
                "launch": "launches", "state_action": "state actions", "incident": "incidents"}


# Words a title's subject may be without being an actor of the ledger: the subjects of the computed claims.
_CLAIM_SUBJECTS = frozenset({"Outlets"} | set(_TYPE_PLURAL.values()))
_SINGULAR_VERBS = ("raises", "closes a (?:fund|vehicle|pool)", "seeks to raise", "backs", "agrees to (?:buy|be bought)", "commits", "opens", "fines", "bans", "sets",
                   "legislates", "sees its shares", "subsidises", "puts", "acts", "faces", "rises", "falls",
                   "launches", "reports", "investigates", "moves to", "approves", "clears", "authorises", "rejects",
                   "turns away", "suspends", "revokes", "puts a clinical hold", "recommends approval", "suffers",
                   "issues a recall", "releases", "introduces", "rolls out", "unveils", "starts an investigation",
                   "imposes a fine", "offers a subsidy", "has an?", "plans to", "prepares to", "holds a strike",
                   "will (?:launch|release|introduce|roll out|unveil)",
                   # signals32: jobs cut, flights cancelled, a fleet grounded (``cuts_clause``)
                   "will (?:cut|lay off|eliminate|shed)", "plans to (?:cut|lay off|eliminate|shed)", "lays off",
                   "eliminates", "sheds", "cancels", "grounds", "has (?:security )?(?:vulnerabilities|flaws)",
                   *STATE_PRESENT)   # a state action's own verbs (claims_states, signals23)
# the same verbs with a plural subject (``clause.agree``: "Texas lawmakers move to legislate")
_CLAIM_VERBS = re.compile(r"\b(?:" + "|".join(_SINGULAR_VERBS) + "|" +
                          "|".join(agree("officials", v) for v in _SINGULAR_VERBS) +
                          r"|one of \w+ stories on|disagree|gather|arrive|slow|shares)\b")


def _names_same(subject: str, actor: str) -> bool:
    """``subject`` names ``actor`` (both canonical): equal, or one is a whole-word run of the other that is more than
    designators ("alibaba" and "alibaba group"; never "ai" in "chain" or in "kling ai")."""
    short, long_ = sorted((subject, actor), key=len)
    if not short or all(w in DESIGNATORS for w in short.split()):
        return False
    if subject == actor:
        return True
    return re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", long_) is not None


def is_claim(title: str, actors: Sequence[str] = ()) -> bool:
    """A title that makes a claim: a subject (an actor named by the ledger or the stories, or the whole subject of
    a computed claim: "Outlets", "Funding rounds") followed by one of the claims' verbs and something it claims;
    never a list of terms ("Index, stocks and investors recur in two stories"). Strict (sixth pass): the subject
    is a name (capitalised), matched to an actor word by word (a substring such as "ai" in "chain" is not a
    match, and a subject of designators only, "AI" or "Labs", names no one), and the verb has an object."""
    if re.search(r"\brecurs? in\b", title):
        return False
    title = re.sub(rf"^\w+ (?:{'|'.join(_PLURAL_NOUN.values())}): ", "", title)   # "Two launches: A ..."
    m = _CLAIM_VERBS.search(title)
    if not m or not title[m.end():].strip(" .,:;"):
        return False
    subject = title[:m.start()].strip()
    if not subject or not (subject[:1].isupper() or subject[:1].isdigit()):
        return False
    if subject in _CLAIM_SUBJECTS:
        return True
    low = canonical_entity(subject) or subject.lower()
    return any(_names_same(low, canonical_entity(a)) for a in actors if a and canonical_entity(a))


# the divergence claims and the claims over days, in modules of their own (signals19: this one was at 793 lines)
from topline.write.offline.claims_days import over_days_signals  # noqa: E402
from topline.write.offline.claims_count import count_signals  # noqa: E402
from topline.write.offline.claims_story import story_actor_signals  # noqa: E402
from topline.write.offline.claims_divergence import _close, divergence_signals  # noqa: E402, F401
