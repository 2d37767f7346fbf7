"""One development, two stories (issue 11, ninth pass): when the stories stage leaves one outlet's report of a
development outside the story that carries it (a trade title's piece on a failed trial beside the wires' reports of
the same failure; a follow-up analysis of a vote beside the vote), a page would show the same development in two
bullets and lose a slot. ``Titles`` tells the writer that a single-source story repeats a story above it on the page.

Two stories state one development when the lower one has a single outlet, it names a person or organisation the
upper one names too (in its headline or bullet: what it is about, not a name in passing), and the words of its headlines and bullet are covered by the upper story's headlines and
bullet: the share of their weight (inverse story frequency over the edition's headlines, so "said", "Tuesday" and
"AI" weigh little) that the upper story's words carry is at least ``COVER_RARE_NAME`` when the shared name is rare
among the page's candidates, ``COVER`` otherwise. The names were read for every story of the window until issue
11's tenth pass; read for the page's candidates only (issue 14: cost follows what is published), every verdict on
the calibration corpora's pages is the same (benchmarks/RESULTS.md, "Tenth pass"); the word weights stay over the
edition's headlines (over the page's ten candidates one pair of different developments crossed the threshold). Figures are left to ``sentences.same_fact`` (the same amount about the same two
names), which the Top Line applies to every pair.

A shared name is not enough when the lower story's bullet opens with an actor the upper story never names (issue
11, editorial29): "AI chip designer Tenstrata filed for an IPO on the Nasdaq" does not repeat "the Nasdaq fell
2.1%". What the lower story's development is, is its actor's act; a name shared in passing (the exchange of a
listing, an index, a regulator acting in both) is where or before whom it happens. Of the rule's verdicts on the
twenty-four calibration corpora, this one was the only one that cost the gold a story (benchmarks/RESULTS.md,
"Twenty-ninth pass").
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Sequence

from topline.enrich.entities import extract_entities
from topline.records import RankedStory
from topline.write.offline.lead import opening_actor

# Calibrated on the Top Lines of cal-biotech, eval-energy and the demo (issue 11, ninth pass): the pairs the gold
# calls one development covered 0.15-0.55 of the lower story's weight with a shared name (Pellworth's failed trial
# 0.18, the Senate's AI-moratorium vote 0.20, EU carbon's slide after the Parliament vote 0.15, Microsoft's job
# cuts 0.55); different developments of one actor on one page at most 0.134 with a rare name (cal-ai's Arcanum
# hiring under its funding, eval-ai3's Orrin Labs deal) and 0.16 with a name in a dozen stories ("Microsoft"). The
# margin at the rare name is thin (0.134 against 0.153): the threshold sits between.
COVER_RARE_NAME = 0.145  # coverage enough when the shared name is rare (held by at most RARE_NAME_STORIES stories)
COVER = 0.3              # coverage enough with any shared name
RARE_NAME_STORIES = 3    # a name in at most this many of the page's candidates is rare (one development split in
                         # three stories: cal-biotech's Pellworth trial)
# Two rare names shared (a ship and the coast guard that rescued its crew: eval-trade's Cape Verity fire, 0.125)
# say more than one: on the calibration corpora's pages the pairs sharing two rare names covered 0.125-0.177 when
# the gold calls them one development, 0.075 when two (cal-ai's Meridian launch and a rival's coding tool; issue 11,
# tenth pass). Few pairs: the threshold sits between.
COVER_TWO_RARE_NAMES = 0.1
STEM = 5                 # words compared by their first five letters ("fails", "failed"; "layoffs", "layoff")

_STOP = frozenset("""a about above after again against all also am amid an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
only or other our out over own same says said say she should so some such than that the their them then there these
they this those through to too under until up very was we were what when where which while who whom why will with
would you your new news""".split())


def stems(text: str) -> set[str]:
    """Content words of a text, by their first ``STEM`` letters (numbers and stop words left out)."""
    words = re.findall(r"[a-z][a-z0-9]+", text.lower().replace("\u2019", "'").replace("'s ", " "))
    return {w[:STEM] for w in words if w not in _STOP and len(w) > 2}


def story_names(rs: RankedStory, outlets: frozenset[str] = frozenset()) -> set[str]:
    """Canonical names of a story's people, organisations and other named things (a biotech the entity lists do not
    know is OTHER: "Pellworth Biosciences"), places and the outlets that report left out."""
    out: set[str] = set()
    for a in rs.bundle.articles:
        e = rs.bundle.enrichment(a.id) if a.id is not None else None
        ents = e.entities if e is not None and e.entities else extract_entities(f"{a.title}\n{a.body}")
        out.update(x.canonical for x in ents if x.kind != "PLACE" and len(x.canonical) > 2
                   and x.canonical not in outlets)
    return out


class Headlines:
    """The edition's headline words per story and how many stories carry each word: the words' weights. Headlines
    only (a regular expression over each title), once per edition; the names, which mean reading every article's
    entities, are read per page (``Titles``)."""

    def __init__(self, ranked: Sequence[RankedStory]) -> None:
        self.words = {rs.bundle.story.id: set().union(*(stems(a.title) for a in rs.bundle.articles))
                      for rs in ranked}
        self.df: Counter[str] = Counter()
        for w in self.words.values():
            self.df.update(w)
        self.n = max(1, len(ranked))


class Titles:
    """The names of a page's candidate stories (those its Top Line is chosen from) and how many of them carry each
    name, with the edition's headline words (``Headlines``). The names are read per page over those candidates only,
    not over every story of the window, so their cost follows what is published (issue 14, item 1); ``cache`` (story
    id -> names) keeps a story on several pages from being read twice in one edition."""

    def __init__(self, ranked: Sequence[RankedStory], outlets: frozenset[str] = frozenset(),
                 cache: dict[str, set[str]] | None = None, headlines: Headlines | None = None) -> None:
        cache = {} if cache is None else cache
        for rs in ranked:
            if rs.bundle.story.id not in cache:
                cache[rs.bundle.story.id] = story_names(rs, outlets)
        heads = headlines if headlines is not None else Headlines(ranked)
        self.words, self.df, self.n = heads.words, heads.df, heads.n
        self.names = {rs.bundle.story.id: cache[rs.bundle.story.id] for rs in ranked}
        self.name_df: Counter[str] = Counter()
        for counts in self.names.values():
            self.name_df.update(counts)

    def _idf(self, w: str) -> float:
        return math.log(1 + self.n / max(1, self.df.get(w, 0)))

    def cover(self, lower: str, lower_text: str, upper: str, upper_text: str) -> float:
        """The share of the lower story's word weight (headlines and bullet) that the upper story's carry."""
        mine = self.words.get(lower, set()) | stems(lower_text)
        theirs = self.words.get(upper, set()) | stems(upper_text)
        total = sum(self._idf(w) for w in mine)
        return sum(self._idf(w) for w in mine & theirs) / total if total else 0.0

    def shared_names(self, lower: str, upper: str) -> set[str]:
        return set(self.names.get(lower, ())) & set(self.names.get(upper, ()))

    def names_actor(self, upper: str, upper_text: str, actor: str) -> bool:
        """The upper story (its articles' names, its bullet) names ``actor`` (a canonical name; "quillmere" in
        "quillmere therapeutics" and the reverse)."""
        if re.search(rf"\b{re.escape(actor)}\b", upper_text.lower()):
            return True
        words = set(actor.split())
        return any(words <= set(n.split()) or set(n.split()) <= words
                   for n in self.names.get(upper, ()) if len(n) > 2)

    def same(self, lower: RankedStory, lower_text: str, uppers: Iterable[tuple[str, str]]) -> bool:
        """``lower`` (one outlet's story) states the development of one of ``uppers`` ((story id, bullet) of the
        bullets above it on the page)."""
        sid = lower.bundle.story.id
        said = " ".join([lower_text] + [a.title for a in lower.bundle.articles]).lower()
        actor = opening_actor(lower_text)    # who acts in the lower story's bullet, when it opens with a name
        for upper, text in uppers:
            shared = {n for n in self.shared_names(sid, upper) if n in said}   # a name the lower story is about
            if not shared or (actor is not None and not self.names_actor(upper, text, actor)):
                continue
            c = self.cover(sid, lower_text, upper, text)
            rare = {n for n in shared if self.name_df.get(n, 0) <= RARE_NAME_STORIES}
            distinct = {n for n in rare if not any(n != m and n in m for m in rare)}   # "Freightos" in "Freightos
            # Baltic Index" is one name
            if (c >= COVER or (rare and c >= COVER_RARE_NAME)
                    or (len(distinct) >= 2 and c >= COVER_TWO_RARE_NAMES)):
                return True
        return False
