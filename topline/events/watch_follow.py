"""What to watch, followed: what later editions say happened to the items ``topline.events.watch`` reads.

``follow(items, bundles, day)`` settles open items against the articles of a later edition: *happened* when a
later article (of the same story first, then of any story) states the thing done (a completion word, with half
the item's names and two of its other words), citing that article; *superseded* when a later article says it was
delayed, postponed, cancelled or replaced; *overdue* when its date has passed with neither. Pure functions (split
from ``watch`` by helper watch16 when that module passed 800 lines).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Container, Iterable, Sequence

from topline.events.extract import names, safe_sentences
from topline.events.watch_acts import ACT_OUTCOME, CALLED_OFF, act_outcome, followed_by_act, last_day, stated
from topline.records import Article, StoryBundle, WatchItem
from topline.zones import edition_day

MIN_SHARED = 0.5           # share of an item's names a later sentence must carry to settle it
# Articles of the last days read as evidence (earlier editions read the ones before: daily editions leave no gap)
FOLLOW_DAYS = 3
MIN_WORDS = 2              # ... and content words (beyond names) in common: the thing, not only the actors
# A nameless item ("An announcement is expected as soon as Wednesday") is settled by a later lede of its story
# stating a deal only when it is due within this many days of being said (watch16: eval-ai3's "A decision is
# expected in 2028" was settled by a round announced the next day)
NAMELESS_DAYS = 31
# An item due more than this many days after a later article is not "happened" by that article's sentence: a plant
# due to start in 2028, a roll-out by the end of the year, read again in the next day's account of the plan (six
# of the 80 wrong outcomes of the eighteen calibration corpora, signals22; one right lost: a vote "scheduled for
# Wednesday" whose due date was read as the end of 2027)
FAR_DAYS = 60
_SUPERSEDE = re.compile(r"\b(?:delay(?:ed|s)?|postpon(?:ed|es|ement)|pushed back|cancel(?:led|ed|s)|scrapped|"
                        r"called off|withdrawn|withdrew|shelved|deferred|replaced)\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:approved|voted|passed|signed|completed|closed|opened|launched|announced|adopted|"
                   r"published|finali[sz]ed|began|started|took effect|came into force|awarded|decided|agreed|"
                   r"confirmed|unveiled|released|reported|delivered|issued|imposed|ruled|rejected|filed|granted)\b", re.IGNORECASE)


# --- following items ------------------------------------------------------------------------------------------

def follow(items: Sequence[WatchItem], bundles: Iterable[StoryBundle], day: dt.date,
           memo=None) -> list[WatchItem]:  # noqa: ANN001 - topline.stage_cache.Memo
    """The open items settled against the stories of the edition of ``day`` (items not open are returned as they
    are). An item settles only on an article published after the day it was made. ``memo`` (``evidence_memo``)
    keeps each article's evidence sentences for the next edition (issue 14: the same result, computed once)."""
    open_items = [it for it in items if it.status in ("open", "overdue") and it.made_on is not None]
    since = evidence_since(open_items, day)
    evidence = _Index(_evidence(bundles, since, memo, _lede_stories(open_items)) if since is not None else [])
    following = set(open_items)
    out = []
    for it in items:
        if it not in following:
            out.append(it)
            continue
        settled = _settle(it, evidence)
        if settled is None and it.due is not None and it.due < day:
            settled = replace(it, status="overdue")
        out.append(settled or it)
    return out


def evidence_since(items: Sequence[WatchItem], day: dt.date) -> dt.date | None:
    """``follow`` reads as evidence the articles published after this day (None: no item is open, none is read):
    the earliest day an open item was made, but not before ``FOLLOW_DAYS`` before ``day``."""
    made = [it.made_on for it in items if it.status in ("open", "overdue") and it.made_on is not None]
    return max(min(made), day - dt.timedelta(days=FOLLOW_DAYS)) if made else None


@dataclass(frozen=True)
class _Said:
    story_id: str
    article: Article
    sentence: str
    names: frozenset[str]
    words: frozenset[str]
    superseded: bool
    deal_lede: bool = False     # an article's first sentence stating a deal, a round or a decision
    done: bool = True           # a completion or a delay word (else only a deal lede)

    @functools.cached_property
    def restates_plan(self) -> bool:
        """The sentence tells a plan again ("unveiled plans to cut jobs"): read once, not once per open item."""
        return bool(_PLAN_RESTATED.search(self.sentence))


def _evidence(bundles: Iterable[StoryBundle], after: dt.date, memo=None,  # noqa: ANN001
              ledes: Container[str] | None = None) -> list[_Said]:
    """Sentences published after ``after`` that could settle an item (a completion or a delay word), read once
    (once per article text across editions with a ``memo``). An article's first sentence is read as a deal lede
    only in the stories of ``ledes`` (None: every story); ``follow`` names the stories with an open item that
    only a lede can settle (``_lede_stories``), since no other item reads a lede (see ``evidence_rows``)."""
    read = [(b, a) for b in bundles for a in b.articles if a.published is not None and a.published.date() > after]
    if memo is None:
        from topline.stage_cache import Memo
        memo = Memo(None, EVIDENCE_STAGE, "")
    keys = [memo.key(a.body) for _, a in read]     # each text hashed once (issue 14)
    memo.preload(keys)
    out = []
    for (b, a), key in zip(read, keys):
        sid = b.story.id
        for row in memo.get(key, lambda: evidence_rows(a.body)):
            sentence, said_names, words, sup, lede, done = row
            if lede is None:            # the first sentence, not yet read as a lede
                lede = (ledes is None or sid in ledes) and is_deal_lede(sentence)
                if not (done or lede or said_names is not None):    # (names read: an act's outcome)
                    continue
                if said_names is None:
                    said_names, words = _names_words(sentence)
            out.append(_Said(sid, a, sentence, frozenset(said_names), frozenset(words), sup, lede, done))
    out.sort(key=lambda x: (x.article.published, x.article.url))
    return out


EVIDENCE_STAGE = "watch-evidence"


def article_evidence(body: str) -> list[list]:
    """The sentences of an article's text that could settle an item, each [sentence, its names (lower case), its
    content words, superseded?, the first sentence stating a deal?, a completion or delay word?] (lists sorted: a
    JSON value). ``evidence_rows`` with the lede read."""
    out: list[list] = []
    for sentence, said_names, words, sup, lede, done in evidence_rows(body):
        if lede is None:
            lede = is_deal_lede(sentence)
            if not (done or lede or said_names is not None):
                continue
            if said_names is None:
                said_names, words = _names_words(sentence)
        out.append([sentence, said_names, words, sup, lede, done])
    return out


def evidence_rows(body: str) -> list[list]:
    """``article_evidence`` less the reading of the first sentence as a deal lede, the value kept by
    ``topline.stage_cache``: the first sentence (when it is not superseded) is a row whatever it states, with
    ``None`` for "a deal lede?" (issue 14: the lede reads every event rule on the sentence, half the cost of an
    article's evidence, and only an item naming no one but a deal to come reads it, in its own story; ``_evidence``
    reads it there, ``is_deal_lede``). A first sentence that only a lede would make evidence has ``None`` for its
    names and words too (read with the lede)."""
    from topline.events.watch import is_forward
    out: list[list] = []
    for i, sentence in enumerate(safe_sentences(body)):
        sup = bool(_SUPERSEDE.search(sentence))
        done = not (not (sup or stated(_DONE, sentence)) or (is_forward(sentence) and not sup))
        lede = None if i == 0 and not sup else False
        # a sentence stating a scheduled act's outcome or calling it off (``watch_acts``): names and words read,
        # not a completion word of ``_settle``'s own rule
        act = not done and bool(CALLED_OFF.search(sentence) or ACT_OUTCOME.search(sentence) and
                                not is_forward(sentence))
        if done or act:
            out.append([sentence, *_names_words(sentence), sup, lede, done])
        elif lede is None:
            out.append([sentence, None, None, sup, lede, done])
    return out


def _names_words(sentence: str) -> tuple[list[str], list[str]]:
    """A sentence's names (lower case) and content words, sorted (an evidence row's second and third parts)."""
    return sorted({n.text.lower() for n in names(sentence)}), sorted(_words(sentence))


def is_deal_lede(sentence: str) -> bool:
    """An article's first sentence states a deal, a round, a build-out or a decision."""
    from topline.events.extract import sentence_events
    return any(r.type in _DEAL_TYPES for r in sentence_events(sentence))


def _lede_stories(items: Iterable[WatchItem]) -> set[str]:
    """The stories of the items a later article's deal lede can settle (``_settle``: an item that names no one
    and only a deal, an agreement or an announcement to come)."""
    return {it.story_id for it in items if _nameless_deal(it) and not names(it.text)}


def _nameless_deal(it: WatchItem) -> bool:
    """An item naming nothing but a deal, an announcement or a decision to come, and soon (undated or due within
    ``NAMELESS_DAYS``): "A decision is expected in 2028" is not settled by next week's deal."""
    soon = it.due is None or it.made_on is None or (it.due - it.made_on).days <= NAMELESS_DAYS
    return soon and bool(_NAMELESS_DEAL.search(it.text))


def evidence_memo(store, day: dt.date | None = None):  # noqa: ANN001, ANN201 - Store -> stage_cache.Memo
    """The store's cache of ``article_evidence``, keyed by the article's text and the rules' source."""
    from topline.stage_cache import Memo, rules_version
    return Memo(store, EVIDENCE_STAGE, rules_version(*EVIDENCE_MODULES), day)


# The module of ``article_evidence``: the key hashes every module it imports and the data files those name
# (``stage_cache.rules_version``), so an edit to any of them changes the cache's key.
EVIDENCE_MODULES = ("topline.events.watch_follow",)


class _Index:
    """The evidence in order, indexed by the names and the story of each sentence (issue 14: an item is compared
    only with the sentences that can settle it, those sharing one of its names, or of its own story when it names
    none, so following costs items x matching sentences, not items x every sentence of the window)."""

    def __init__(self, evidence: Sequence[_Said]):
        self.evidence = list(evidence)
        self.by_name: dict[str, list[int]] = {}
        self.by_story: dict[str, list[int]] = {}
        for i, said in enumerate(self.evidence):
            self.by_story.setdefault(said.story_id, []).append(i)
            for n in said.names:
                for key in {n, n.split(" ")[0]}:     # a full name is found by its first word too
                    self.by_name.setdefault(key, []).append(i)

    def candidates(self, story_id: str, mine: set[str]) -> list[_Said]:
        """The sentences that may settle an item of ``story_id`` naming ``mine``, as ``_settle`` reads them: its
        own story's first, then the others, each in the evidence's order. A sentence sharing none of the item's
        names cannot reach the share ``MIN_SHARED`` asks (at least one); an item naming none reads only its own
        story."""
        if not mine:
            rows = self.by_story.get(story_id, [])
        else:
            rows = sorted({i for n in mine for key in {n, n.split(" ")[0]} for i in self.by_name.get(key, ())})
        own = [self.evidence[i] for i in rows if self.evidence[i].story_id == story_id]
        return own + [self.evidence[i] for i in rows if self.evidence[i].story_id != story_id]


def _settle(it: WatchItem, evidence: Sequence[_Said] | _Index) -> WatchItem | None:
    mine = {n.text.lower() for n in names(it.text)}
    words = _words(it.text)
    plan = bool(_PLAN.search(it.text))
    # its own story first; a later development is sometimes clustered as a story of its own
    if isinstance(evidence, _Index):
        ordered = evidence.candidates(it.story_id, mine)
    else:
        ordered = sorted(evidence, key=lambda x: x.story_id != it.story_id)
    for said in ordered:
        if said.article.local_day <= it.made_on or said.sentence == it.text:   # both local days
            continue
        nameless_deal = not mine and said.deal_lede and _nameless_deal(it)
        if not said.done and not nameless_deal:
            continue
        if it.due is not None and not said.superseded and \
                (it.due - said.article.published.date()).days > FAR_DAYS:
            continue   # "is due to start operating in 2028": a later article's sentence restates it, it is not done
        if plan and said.restates_plan:
            continue   # "a day after it unveiled plans to cut jobs": the plan told again, not carried out
        # "The full plenary vote is scheduled for Wednesday" -> "Lawmakers voted 361 to 289": the event the item
        # names by its noun, done, in its own story (an item naming no one shares few words with its outcome)
        held = not mine and said.story_id == it.story_id and any(
            re.search(rf"\b{noun}\b", it.text, re.IGNORECASE) and re.search(rf"\b{verb}\b", said.sentence, re.IGNORECASE)
            for noun, verb in _EVENT_DONE)
        if not mine:   # no name to go by ("The county board will vote ..."): its own story, one more word
            if said.story_id != it.story_id:
                continue
            if len(words & said.words) < MIN_WORDS + 1 and not nameless_deal and not held:
                continue   # ("A deal could be announced as soon as Wednesday": a later article's lede stating a deal,
                           # a round or a decision of the item's own story is it, whatever words it uses)
        elif len(words & said.words) < MIN_WORDS or _shared_names(mine, said.names) < max(1, MIN_SHARED * len(mine)):
            continue   # (the cheaper test first: the same decision)
        return replace(it, status="superseded" if said.superseded else "happened",
                       resolved_on=edition_day(said.article.published), resolved_url=said.article.url,
                       resolved_text=said.sentence)
    if followed_by_act(it):
        own = [evidence.evidence[i] for i in evidence.by_story.get(it.story_id, [])] \
            if isinstance(evidence, _Index) else [s for s in evidence if s.story_id == it.story_id]
        return _settle_by_act(it, mine, own)
    return None


def _settle_by_act(it: WatchItem, mine: set[str], own: Sequence[_Said]) -> WatchItem | None:
    """The item settled by a later sentence of its own story stating its scheduled act done or called off
    (``watch_acts``), published after it was made and by its due date."""
    assert it.made_on is not None
    until = last_day(it)
    for said in own:
        day = said.article.published.date()
        if day <= it.made_on or day > until or said.sentence == it.text:
            continue
        status = act_outcome(it, mine, said.sentence)
        if status:
            return replace(it, status=status, resolved_on=edition_day(said.article.published), resolved_url=said.article.url,
                           resolved_text=said.sentence)
    return None


def _shared_names(mine: set[str], said: frozenset[str]) -> int:
    """The item's names a later sentence names, as written or as the start of a longer name ("Treasury" in "the
    Treasury Department released")."""
    return sum(1 for n in mine if n in said or any(m.startswith(n + " ") for m in said))


# A plan told again ("unveiled plans to cut jobs") settles no item that is itself a plan.
_PLAN_RESTATED = re.compile(r"\b(?:unveiled|announced|set out|laid out|outlined|detailed|confirmed|disclosed)\s+"
                            r"(?:its\s+|their\s+|the\s+|new\s+)?plans?\b", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:plans?|planning|intends?|aims?)\s+to\b", re.IGNORECASE)
# A scheduled event named by its noun and the verb that says it took place.
_EVENT_DONE = (("vote", "voted"), ("ruling", "ruled"), ("decision", "decided"), ("hearing", "heard"),
               ("auction", "auctioned"))
# An item that names nothing but an announcement, a deal or an agreement to come.
# (a public body's decision arrives as a notification, an order, a notice or a ruling: "A notification could come
# as soon as Wednesday" is settled by a later lede stating the act, twelfth pass)
# (watch16: with an adjective before the noun, "A formal announcement is expected on Thursday", a round or an award
# ("The round may be unveiled as early as this week", "The award could come as early as Wednesday"), and "is
# expected" with its time: nameless items of eval-ai3, eval-mob, eval-def and eval-prop the gold has happened)
_NAMELESS_DEAL = re.compile(r"^(?:An?|The)\s+(?:formal\s+|final\s+|official\s+)?(?:deal|agreement|announcement|"
                            r"transaction|decision|notification|order|notice|ruling|round|award)\s+(?:could|may|"
                            r"might|would|is expected|should)\b", re.IGNORECASE)
_DEAL_TYPES = frozenset({"acquisition", "funding", "state_action", "capex"})


_STOP = frozenset("""the a an and or of to in on at for by with from as is are was were be been will would could
should may might has have had its their his her this that these those it they he she which who said says after
before than into over about also more most expected plans plan set due vote votes voted next week month year""".split())


def _words(text: str) -> set[str]:
    """Lower-case content words, crudely stemmed (first five letters)."""
    return {w[:5] for w in re.findall(r"\b[a-z][a-z-]+", text) if w not in _STOP and len(w) > 2}
