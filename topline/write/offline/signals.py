"""Signals & Trends of the offline writer: groups of stories that share a name, with the evidence counted.

A signal gathers the edition's stories that mention one distinctive organisation or person (at least one of them
in the page's category): how many stories and outlets carry it, one attributed sentence per story, whether it is
rising or falling against the previous editions (``Signal.trend`` holds the counts per day), whether an earlier
edition's signal named it too, and what to watch next (a forward-looking sentence of the coverage).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from topline.records import Article, RankedStory, Signal
from topline.write.offline import compare
from topline.write.offline.compose import STYLES, Composer, Line, citations_of, grouped, month_day
from topline.write.offline.develop import StoryText, _count_word, _dangling, _surface
from topline.write.offline.sentences import Candidate

MIN_STORIES = 2            # a signal spans at least this many stories
MAX_STORIES = 4            # stories quoted in one signal
MAX_SHARE = 0.5            # a name in more than this share of the edition's stories is background, not a signal
TREND_DAYS = 7             # previous editions counted in a trend
RISING, FALLING = 1.5, 0.67   # today's count against the previous days' mean
_FORWARD = re.compile(r"\b(?:will|expected to|expects|plans? to|planned|is set to|are set to|next (?:week|month|year)|"
                      r"later this|deadline|by the end of|vote|decision|could|may)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Group:
    name: str                       # canonical name the stories share
    stories: tuple[RankedStory, ...]
    weight: float


def groups(category: str, edition: Sequence[RankedStory], names: dict[str, Counter[str]]) -> list[Group]:
    """Groups of stories sharing a name, at least one in ``category``, strongest first, overlapping ones dropped."""
    holders: dict[str, list[RankedStory]] = {}
    for rs in edition:
        counts = names.get(rs.bundle.story.id, Counter())
        for name in compare.central(counts, len(rs.bundle.articles)):
            holders.setdefault(name, []).append(rs)
    n = max(1, len(edition))
    found = []
    for name, stories in holders.items():
        if len(stories) < MIN_STORIES or len(stories) / n > MAX_SHARE and len(stories) > 2:
            continue
        if not any(rs.classification.primary == category for rs in stories):
            continue
        stories = sorted(stories, key=lambda r: (r.classification.primary != category, -r.ranking.score))[:MAX_STORIES]
        mean = sum(r.ranking.score for r in stories) / len(stories)
        # strong stories, several of them, and a name that few other stories share (a generic name links nothing)
        found.append(Group(name, tuple(stories), mean * len(stories) ** 0.5 * math.log(1 + n / len(holders[name]))))
    found.sort(key=lambda g: (-g.weight, g.name))
    out: list[Group] = []
    for g in found:
        ids = {r.bundle.story.id for r in g.stories}
        if any(len(ids & {r.bundle.story.id for r in h.stories}) / len(ids) > 0.5 for h in out):
            continue
        out.append(g)
    return out


def trend(g: Group, history: Sequence[dict], day: dt.date) -> tuple[int, ...]:
    """Stories of the group in each of the previous ``TREND_DAYS`` editions and today, oldest first."""
    ids = {r.bundle.story.id for r in g.stories}
    per_day = Counter(str(r.get("date"))[:10] for r in history if r.get("story_id") in ids)
    days = [day - dt.timedelta(days=k) for k in range(TREND_DAYS, 0, -1)]
    return tuple(per_day.get(d.isoformat(), 0) for d in days) + (len(ids),)


def signal(g: Group, texts: dict[str, StoryText], comp: Composer, *, history: Sequence[dict],
           previous: Sequence[dict], day: dt.date) -> Signal | None:
    shown = _shown(g, texts)
    if not shown:
        return None
    arts = _one_per_outlet(g)
    outlets = len({a.source for a in arts if a.source})
    lines: list[Line] = []
    head = comp.line(f"{_count_word(len(g.stories)).capitalize()} stories from {_count_word(outlets)} outlets "
                     f"in this edition involve {shown}.", arts)
    if head:
        lines.append(head)
    used: list[Candidate] = []
    for k, rs in enumerate(g.stories):
        st = texts.get(rs.bundle.story.id)
        if st is None:
            continue
        for c in st.ranked[:15]:
            if g.name in c.names and not _dangling(c):
                got = comp.attributed_line(c, STYLES[k % len(STYLES)])
                if got:
                    lines.append(got)
                    used.append(c)
                    break
    if len(used) < MIN_STORIES:
        return None
    counts = trend(g, history, day)
    lines += _trend_lines(counts, arts, comp) + _previous_lines(shown, g.name, previous, arts, comp)
    lines = _one_paragraph(lines)
    watch = _watch(g, texts, comp, used)
    cites = tuple(dict.fromkeys(c for l in lines for c in l.citations)) + (watch.citations if watch else ())
    title = comp.line(f"{shown} across {_count_word(len(g.stories))} stories", arts, headline_=True)
    return Signal(title=title.text if title else f"{shown}", text=" ".join(l.text for l in lines),
                  citations=tuple(dict.fromkeys(cites)), story_ids=tuple(r.bundle.story.id for r in g.stories),
                  watch=watch.text if watch else "", trend=counts)


def _one_paragraph(lines: Sequence[Line]) -> list[Line]:
    """A signal is one paragraph: a line that would merge with the next when the text is split is left out."""
    kept: list[Line] = []
    for line in lines:
        if len(grouped(kept + [line])) == 1:
            kept.append(line)
    return kept


def _shown(g: Group, texts: dict[str, StoryText]) -> str | None:
    for rs in g.stories:
        st = texts.get(rs.bundle.story.id)
        for c in (st.ranked if st else ()):
            if g.name in c.names:
                s = _surface(c.text, g.name)
                if s:
                    return s
    return None


def _one_per_outlet(g: Group) -> list[Article]:
    seen: set[tuple[str, str]] = set()
    out = []
    for rs in g.stories:
        for a in rs.bundle.articles:
            key = (rs.bundle.story.id, a.source)
            if key not in seen:
                seen.add(key)
                out.append(a)
    return out


def _trend_lines(counts: tuple[int, ...], arts: Sequence[Article], comp: Composer) -> list[Line]:
    before = counts[:-1]
    seen = sum(1 for c in before if c)
    if not seen:
        text = f"None of these stories was in the previous {TREND_DAYS} editions: the link is new."
    else:
        mean = sum(before) / max(1, seen)
        direction = "rising" if counts[-1] >= RISING * mean else ("falling" if counts[-1] <= FALLING * mean
                                                                    else "steady")
        text = (f"These stories were in {seen} of the last {TREND_DAYS} editions, and coverage is {direction} "
                f"against previous days.")
    got = comp.line(text, arts[:1])
    return [got] if got else []


def _previous_lines(shown: str, canonical: str, previous: Sequence[dict], arts: Sequence[Article],
                    comp: Composer) -> list[Line]:
    """An earlier edition's signal that named the same thing (by name or canonical form) is confirmed."""
    rx = re.compile(rf"(?<!\w)(?:{re.escape(shown)}|{re.escape(canonical)})(?!\w)", re.IGNORECASE)
    for sig in previous:
        if rx.search(f"{sig.get('title', '')} {sig.get('text', '')}"):
            try:
                when = month_day(dt.date.fromisoformat(str(sig.get("date"))[:10]))
            except ValueError:
                continue
            holder = [a for a in arts if rx.search(a.title + " " + a.body)][:1]
            got = comp.line(f"A signal on {shown} in the {when} edition is confirmed by today's coverage.", holder)
            return [got] if got else []
    return []


def _watch(g: Group, texts: dict[str, StoryText], comp: Composer, used: Sequence[Candidate]) -> Line | None:
    for rs in g.stories:
        st = texts.get(rs.bundle.story.id)
        for c in (st.ranked[:25] if st else ()):
            if c in used or _dangling(c) or not _FORWARD.search(c.text):
                continue
            got = comp.attributed_line(c, "according")
            if got:
                return got
    return None


__all__ = ["Group", "groups", "signal", "trend", "citations_of"]
