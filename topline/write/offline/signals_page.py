"""Signals of a page's kind of event (issue 12, sixth pass): when no actor, theme or disputed figure links the
page's stories, two or more of them may still report the same kind of event on the edition's day: "Two funding
rounds: Tenstrata raises $1.5 billion and Meridian AI raises $4.2 billion on the same day". The title is the
ledger's clauses of those events (``claims.group_claim`` over the events of one type), each clause's statement
printed beneath it, checked as the other claims are; a kind with no two checkable clauses makes no signal.

The stories a claim of the page already uses are left to it; the strongest kind (most stories, then the order of
``claims._CLAUSE_ORDER``) comes first.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Callable, Sequence

from topline.records import RankedStory, Signal
from topline.write.offline import claim_lines, claims, claims_states
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText
from topline.write.offline.event_day import act_day

MIN_KIND_STORIES = 2      # a kind's claim needs events of that kind in this many of the page's stories


def kind_signals(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
                 comp: Composer, day: dt.date, taken: set[str] = frozenset(),
                 previous: Sequence[dict] = (), names: dict | None = None,
                 shared_ok: Callable[[RankedStory], bool] | None = None) -> list[Signal]:
    """The page's claims of a kind of event told by several of its stories today (stories in ``taken`` left
    out), strongest first; each story serves one claim. ``ledger``: topline.events.ledger.EditionLedger or None."""
    if ledger is None:
        return []
    stories = [r for r in claims.candidates(category, edition, texts=texts)
               if r.bundle.story.id not in taken and claim_lines.has_article_on(r, day)]
    ids = {r.bundle.story.id for r in stories}
    by_type: dict[str, list] = defaultdict(list)
    for e in ledger.events:
        if e.story_id in ids and claim_lines.news_of(e, comp, day):
            by_type[e.type].append(e)
    order = sorted(by_type, key=lambda t: (-len({e.story_id for e in by_type[t]}),
                                           claims._CLAUSE_ORDER.index(t) if t in claims._CLAUSE_ORDER else 99))
    out: list[Signal] = []
    used: set[str] = set()
    for kind in order:
        evs = [e for e in by_type[kind] if e.story_id not in used]
        members = [r for r in stories if r.bundle.story.id in {e.story_id for e in evs}]
        if len(members) < MIN_KIND_STORIES:
            continue
        sig = _signal(members, evs, texts, comp, day, previous)
        if sig is not None:
            out.append(sig)
            used.update(sig.story_ids)
    if not out and not taken:
        out = fallback_signals(category, edition, ledger, texts, comp, day, previous, names, shared_ok)
    return out


def _signal(members: Sequence[RankedStory], evs: Sequence, texts: dict[str, StoryText], comp: Composer,
            day: dt.date, previous: Sequence[dict], today: set[str] | None = None) -> Signal | None:
    """The claim ``claims.group_claim`` titles over ``members``' events, each clause's statement beneath it and the
    evidence in a footer; None with fewer than ``MIN_KIND_STORIES`` clauses (one story's clause set in a theme is
    the themes' claim, not a kind's) or, with ``today`` (the stories whose only events given are news of ``day``),
    when none of them has a clause told in an article of ``day``."""
    got = claims.group_claim(members, evs, texts, comp, day)
    if got is None or len(got[1]) < MIN_KIND_STORIES:
        return None
    head, lines = got
    if today is not None and not any(sid in today and claim_lines.line_day(line, comp) == day
                                     for sid, line in lines.items()):
        return None      # no clause is news of the page's day (signals16: an intermediate run's three state
        #                  actions of Tuesday and Wednesday on Thursday's page)
    sids = tuple(r.bundle.story.id for r in members if r.bundle.story.id in lines)
    body = [lines[sid] for sid in sids]
    arts = claim_lines.articles_of(comp, [c.url for line in body for c in line.citations])
    foot = claim_lines.evidence_footer(len(sids), arts, comp)
    body += [foot] if foot else []
    cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
    sig = Signal(title=head.text, text=claim_lines.printed(body), citations=cites, story_ids=sids,
                 trend=claim_lines.story_trend(sids, texts, day))
    sig = claims.continuity(sig, previous, day, comp)
    # nothing printed beneath the title (every statement above on the page, no footer): the page gate would drop it
    return sig if sig.text.strip() else None


def fallback_signals(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
                     comp: Composer, day: dt.date, previous: Sequence[dict] = (),
                     names: dict | None = None,
                     shared_ok: Callable[[RankedStory], bool] | None = None,
                     keep: Callable[[Signal], bool] | None = None) -> list[Signal]:
    """A page no claim has reached (issue 12, signals16: most such pages had one story with an event of the day):
    0. **an actor over days**: a name acting in two of its stories, one act news of the day and the other within
       ``claims.RECENT_DAYS`` (``claims.actor_signals(over_days=True)``; ``names`` as there);
    1. **a kind over days**: one of its stories reports a kind of event today and another reported the same kind
       within ``claims.RECENT_DAYS`` ("Two funding rounds: A raises $850 million and B raises $1.1 billion", the
       title without "on the same day", which ``group_claim`` adds only when every clause is of the day);
    2. **the page's day**: two or more of its stories each have an event of the day, of any kinds ("A raises $850
       million and B launches C on the same day"), every clause its statement's and of the day;
    3. **the page's day with its shared stories** (signals17): as 2, the page's stories joined by those it shares
       with another page (secondary category), one clause at least of its own; a shared story only when
       ``shared_ok(story)`` (signals18: its own page does not need it; every shared story without ``shared_ok``);
    3b. **the page's day with its shared stories alone** (signals24, ``shared_day_signal``): when no own story has a
       clause left, two or more shared stories the writer allows (``shared_ok`` given);
    4. **state actions of several bodies on the page's day** (signals23, ``claims_states``): as 3, each clause read
       from its statement's main clause.
    At most one signal; the strongest kind (most stories) first. ``keep`` (signals24: the writer's repeat net, when it
    asks again after dropping every signal the page made): a signal it refuses gives way to the next step's."""
    def kept(sig: Signal | None) -> bool:
        return sig is not None and (keep is None or keep(sig))
    # the page's own stories (primary category): a story of another page is that page's to claim (an intermediate
    # run took a Markets story's move for a Policy page's claim, and the Markets page lost its only claim)
    stories = [r for r in claims.candidates(category, edition, texts=texts) if r.classification.primary == category]
    ids = {r.bundle.story.id for r in stories}
    for actor in claims.actor_signals(stories, [e for e in ledger.events if e.story_id in ids], texts, comp, day,
                                      names, over_days=True)[:1]:
        actor = claims.continuity(actor, previous, day, comp)
        if kept(actor):
            return [actor]
    recent = [e for e in ledger.events if e.story_id in ids and claims._recent(e, comp, day)]
    news = {e.story_id for e in recent if claim_lines.news_of(e, comp, day)}
    by_type: dict[str, list] = defaultdict(list)
    for e in recent:
        by_type[e.type].append(e)
    for kind in sorted(by_type, key=lambda t: (-len({e.story_id for e in by_type[t]}),
                                               claims._CLAUSE_ORDER.index(t) if t in claims._CLAUSE_ORDER else 99)):
        fresh = {e.story_id for e in by_type[kind] if claim_lines.news_of(e, comp, day)}
        # a story with the kind's event of the day is told by that event (not by an older one of its own)
        evs = [e for e in by_type[kind] if e.story_id not in fresh or claim_lines.news_of(e, comp, day)]
        sids = {e.story_id for e in evs}
        if len(sids) < MIN_KIND_STORIES or not fresh:
            continue
        # the stories with the kind's event of the day first: group_claim tries its clauses in this order
        members = sorted((r for r in stories if r.bundle.story.id in sids),
                         key=lambda r: r.bundle.story.id not in fresh)
        sig = _signal(members, evs, texts, comp, day, previous, today=fresh)
        if kept(sig):
            return [sig]
    today = [r for r in stories if r.bundle.story.id in news and claim_lines.has_article_on(r, day)]
    evs = [e for e in recent if e.story_id in news and claim_lines.news_of(e, comp, day)]
    if len(today) >= MIN_KIND_STORIES:
        sig = _signal(today, evs, texts, comp, day, previous)
        if kept(sig) and of_the_day(sig, evs, comp, day):
            return [sig]     # every clause of the day, or an earlier day's act told with its day (signals27)
    # 3. the page's day with the stories it shares with another page (signals17: 19 of the baseline's 84 pages without
    #    a claim had a second story with a clause of the day only among their secondary stories): at least one clause
    #    is of the page's own stories, every clause of the day; the other page keeps its own statements (a sentence
    #    printed there is never taken again: ``claim_lines.sentence_line``)
    shared = [r for r in claims.candidates(category, edition, texts=texts) if r.classification.primary != category
              and (shared_ok is None or shared_ok(r))]
    more = {r.bundle.story.id for r in shared}
    extra = [e for e in ledger.events if e.story_id in more and claim_lines.news_of(e, comp, day)]
    both = today + [r for r in shared if r.bundle.story.id in {e.story_id for e in extra} and claim_lines.has_article_on(r, day)]
    if today and len(both) >= MIN_KIND_STORIES:
        sig = _signal(both, evs + extra, texts, comp, day, previous)
        if kept(sig) and of_the_day(sig, evs + extra, comp, day) and set(sig.story_ids) & ids:
            return [sig]
    # 3b. (signals24) the page's day told by the stories it shares only, when none of its own has a clause left
    got = shared_day_signal(shared, extra, texts, comp, day, previous) if shared_ok is not None else []
    if got and kept(got[0]):
        return got
    # 4. state actions of several bodies on the page's day (signals23, ``claims_states``)
    return [s for s in state_signals(category, edition, ledger, texts, comp, day, previous, shared_ok) if kept(s)]


def shared_day_signal(shared: Sequence[RankedStory], extra: Sequence, texts: dict[str, StoryText], comp: Composer,
                      day: dt.date, previous: Sequence[dict] = ()) -> list[Signal]:
    """``fallback_signals`` step 3b (signals24): two or more of the stories the page shares with other pages, each
    with a clause of the page's day and every clause of the day, when none of the page's own stories has one left (a
    statement printed on the page that filed the story, a clause its sentence does not make). Asked only by the
    writer, whose ``shared_ok`` says each story's own page does not need it (without one, the shared stories are
    their own pages' to claim, signals17)."""
    sids = {e.story_id for e in extra}
    pool = [r for r in shared if r.bundle.story.id in sids and claim_lines.has_article_on(r, day)]
    if len(pool) < MIN_KIND_STORIES:
        return []
    sig = _signal(pool, extra, texts, comp, day, previous)
    return [sig] if sig is not None and of_the_day(sig, extra, comp, day) else []


def of_the_day(sig: Signal, evs: Sequence, comp: Composer, day: dt.date) -> bool:
    """A claim of the page's day (``fallback_signals`` steps 2, 3 and 3b): every clause of the day ("on the same
    day"), or (signals27) one act at least of the page's own day, the others told with their day by ``group_claim``
    (``told_days``: "Hollisford Instruments agrees to buy Pyrelight on Tuesday and Corrigal Water Works falls 1.6%";
    before, such a title was refused whole, the earlier act being told as the day's news)."""
    if sig.title.endswith(" on the same day"):
        return True
    return any(act_day(e, comp, evs) == day for e in evs if e.story_id in sig.story_ids)


def state_signals(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
                  comp: Composer, day: dt.date, previous: Sequence[dict] = (),
                  shared_ok: Callable[[RankedStory], bool] | None = None) -> list[Signal]:
    """The page's claim of state actions of several bodies on its day (``claims_states``): each clause read from its
    statement's main clause, one of the page's own stories at least, the stories it shares with another page as in
    ``fallback_signals`` step 3. At most one signal. The writer asks it also when the signals it made were all
    dropped by its repeat net (signals23: a pairing of two share moves refused for a sentence printed above had
    kept eval-agri's Policy page of 10 June from reaching this step)."""
    if ledger is None:
        return []
    cands = claims.candidates(category, edition, texts=texts)
    own = {r.bundle.story.id for r in cands if r.classification.primary == category}
    pool = [r for r in cands if claim_lines.has_article_on(r, day) and (
        r.bundle.story.id in own or shared_ok is None or shared_ok(r))]
    ids = {r.bundle.story.id for r in pool}
    for sig in claims_states.states_signals(pool, [e for e in ledger.events if e.story_id in ids], texts, comp, day,
                                            own=own)[:1]:
        sig = claims.continuity(sig, previous, day, comp)
        if sig.text.strip():
            return [sig]
    return []


def needs_story(category: str, edition: Sequence[RankedStory], ledger, texts: dict[str, StoryText],  # noqa: ANN001
               comp: Composer, day: dt.date, story_id: str, names: dict | None = None) -> bool:
    """The page ``category`` needs story ``story_id`` for its claim of a kind or of its day (``kind_signals`` and
    its fallback, the stories it shares left out): such a claim with the story uses it, and none can be made
    without it. A page written before ``category`` asks this before it takes the story's statement for its own
    claim (signals18: a shared story's statement serves its own page first; eval-energy's Markets page had lost
    its claims of two days to the Policy page)."""
    if ledger is None:
        return False

    def none(rs: RankedStory) -> bool:
        return False
    with_it = kind_signals(category, edition, ledger, texts, comp, day, names=names, shared_ok=none)
    if not any(story_id in s.story_ids for s in with_it):
        return False
    rest = [r for r in edition if r.bundle.story.id != story_id]
    return not kind_signals(category, rest, ledger, texts, comp, day, names=names, shared_ok=none)


def day_counts(category: str, edition: Sequence[RankedStory], ledger, comp: Composer,  # noqa: ANN001
               day: dt.date, texts: dict[str, StoryText] | None = None) -> tuple[int, int, int]:
    """What a page without a claim had to claim from (signals18: the reason its note gives): how many of its
    candidate stories of the day have an event that is news of the day, how many of them have such an event with
    a clause (``clause.clause`` over any of the event's statements of the day), and how many of those are the
    page's own (primary) stories."""
    from topline.write.offline.clause import clause
    if ledger is None:
        return 0, 0, 0
    stories = [r for r in claims.candidates(category, edition, texts=texts) if claim_lines.has_article_on(r, day)]
    own = {r.bundle.story.id for r in stories if r.classification.primary == category}
    ids = {r.bundle.story.id for r in stories}
    evs = [e for e in ledger.events if e.story_id in ids and claim_lines.news_of(e, comp, day)]
    with_event = {e.story_id for e in evs}
    with_clause = {e.story_id for e in evs
                   if clause(e, e.sentence) or any(clause(e, s) for _, s in claims._statements(e, comp, day))}
    return len(with_event), len(with_clause), len(with_clause & own)


__all__ = ["kind_signals", "fallback_signals", "state_signals", "needs_story", "day_counts", "MIN_KIND_STORIES"]
