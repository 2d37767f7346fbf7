"""What writers read across articles and stories: conflicting figures, shared names, novelty.

Pure functions over records (moved here from ``write/offline/compare.py``, issue 12: the event ledger states
conflicts per field and writers read them from this stage instead of re-deriving them).

* ``conflicts``: figures of one kind about one thing (the same words around them) that outlets state differently
  ("$2.75bn" at Nikkei Asia, "$2.8bn" at Reuters and Caixin);
* ``story_names``: the names a story's articles mention, weighted by how many of them do;
* ``links``: stories of the edition that share a distinctive name (the checkable ground of a cross-story remark);
* ``new_articles``: the story's articles published after the last edition that carried it.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from topline.enrich.entities import canonical_entity, extract_entities
from topline.records import Article, Figure, RankedStory
from topline.text import split_sentences

# A figure's context (the content words around it, which say which thing it counts) is read as the citation
# checker reads it, so the writer and the checker agree on what a figure is about.
from topline.check.evidence import figures_in_context  # noqa: E402,I001
from topline.zones import edition_day

CONFLICT_KINDS = ("money", "percent")   # quantities and counts differ for too many innocent reasons
# Set on the demo corpus (Kling: $2.75bn against $2.8bn is a disagreement; Oracle: a $30bn contract against $25bn
# of capital spending is not).
CONFLICT_MAX_RATIO = 1.1                # values further apart than this are different things, not a disagreement
CONFLICT_CONTEXT = 2                    # words in common around two figures for them to be about the same thing
CONFLICT_LEAD = 2                       # ... or one word and both in the first sentences of their articles
LINK_KINDS = ("ORG", "PERSON")          # places are too common to link stories by
LINK_MAX_SHARE = 0.25                   # a name in more than this share of the edition's stories links nothing
CENTRAL_SHARE = 0.5                     # a story is about the names at least half its articles mention


@dataclass(frozen=True)
class Claim:
    """One statement of a figure by one article."""
    figure: Figure
    article: Article
    sentence: str
    context: frozenset[str]
    position: int = 0


@dataclass(frozen=True)
class Conflict:
    """Outlets that state one figure differently: the most common value first."""
    kind: str
    sides: tuple[tuple[str, tuple[Claim, ...]], ...]   # (figure text of the value, the claims stating it)

    @property
    def outlets(self) -> int:
        return len({c.article.source for _, claims in self.sides for c in claims})


def claims(articles: Sequence[Article]) -> list[Claim]:
    out = []
    for a in articles:
        for i, sentence in enumerate(split_sentences(a.body)):
            for fig, ctx in figures_in_context(sentence):
                if fig.kind in CONFLICT_KINDS:
                    out.append(Claim(fig, a, sentence, ctx, i))
    return out


def conflicts(articles: Sequence[Article]) -> list[Conflict]:
    """Figures that outlets state differently about the same thing, most widely reported first."""
    groups: list[list[Claim]] = []
    for c in claims(articles):
        for g in groups:
            head = g[0]
            if head.figure.kind == c.figure.kind and head.figure.unit == c.figure.unit and \
                    _about_same(head, c) and _close(head.figure.value, c.figure.value):
                g.append(c)
                break
        else:
            groups.append([c])
    out = []
    for g in groups:
        by_value: dict[float, list[Claim]] = defaultdict(list)
        for c in g:
            by_value[round(c.figure.value, 9)].append(c)
        if len(by_value) < 2:
            continue
        outlets = {v: {c.article.source for c in cs} for v, cs in by_value.items()}
        if len(set().union(*outlets.values())) < 2 or all(len(o) == 0 for o in outlets.values()):
            continue
        if any(outlets[a] == outlets[b] for a in outlets for b in outlets if a != b):
            continue   # one outlet giving two values (before and after) is not a disagreement
        latest = max((c.article.published for c in g if c.article.published), default=None)
        recent = {v: len({c.article.source for c in cs if latest and c.article.published and
                          edition_day(c.article.published) == edition_day(latest)}) for v, cs in by_value.items()}
        # the value most outlets give leads; on a tie, the one most outlets give on the latest day
        sides = sorted(by_value.items(), key=lambda kv: (-len(outlets[kv[0]]), -recent[kv[0]], kv[0]))
        out.append(Conflict(kind=g[0].figure.kind, sides=tuple((cs[0].figure.text, tuple(_one_per_outlet(cs)))
                                                                for _, cs in sides)))
    out.sort(key=lambda c: -c.outlets)
    return out


def _about_same(a: Claim, b: Claim) -> bool:
    shared = len(a.context & b.context)
    return shared >= CONFLICT_CONTEXT or (shared >= 1 and a.position < CONFLICT_LEAD and b.position < CONFLICT_LEAD)


def _close(a: float, b: float) -> bool:
    if a <= 0 or b <= 0:
        return a == b
    return max(a, b) / min(a, b) <= CONFLICT_MAX_RATIO


def _one_per_outlet(cs: Iterable[Claim]) -> list[Claim]:
    seen, out = set(), []
    for c in cs:
        if c.article.source not in seen:
            seen.add(c.article.source)
            out.append(c)
    return out


# --- names and links ------------------------------------------------------------------------------------------

def story_names(rs: RankedStory, outlets: frozenset[str] = frozenset()) -> Counter[str]:
    """Canonical ORG and PERSON names of a story -> how many of its articles mention them (outlet names, which
    articles mention to say who reported, left out)."""
    counts: Counter[str] = Counter()
    for a in rs.bundle.articles:
        e = rs.bundle.enrichment(a.id) if a.id is not None else None
        ents = e.entities if e is not None and e.entities else extract_entities(f"{a.title}\n{a.body}")
        counts.update({x.canonical for x in ents if x.kind in LINK_KINDS and len(x.canonical) > 2
                       and x.canonical not in outlets})
    return counts


def outlet_names(articles, aliases: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:  # noqa: ANN001
    """Canonical forms of every outlet name: the sources of ``articles`` (an iterable of Article) and the outlets
    of ``aliases`` (canonical name -> aliases; the writer passes the citation checker's list)."""
    names = {canonical_entity(a.source) for a in articles if a.source}
    for canon, more in (aliases or {}).items():
        names.add(canonical_entity(canon))
        names.update(canonical_entity(x) for x in more)
    return frozenset(n for n in names if n)


def central(counts: Counter[str], articles: int) -> set[str]:
    """Names that a story is about: mentioned by at least ``CENTRAL_SHARE`` of its articles."""
    need = max(1, math.ceil(CENTRAL_SHARE * articles))
    return {n for n, k in counts.items() if k >= need}


@dataclass(frozen=True)
class Link:
    name: str              # canonical name both stories mention
    other: RankedStory
    weight: float


def links(rs: RankedStory, edition: Sequence[RankedStory], names: dict[str, Counter[str]]) -> list[Link]:
    """Other stories of the edition that share a distinctive name with ``rs``, best first."""
    mine = names.get(rs.bundle.story.id, Counter())
    mine = Counter({n: k for n, k in mine.items() if n in central(mine, len(rs.bundle.articles))})
    df: Counter[str] = Counter()
    for counts in names.values():
        df.update(counts.keys())
    n = max(1, len(edition))
    out = []
    for other in edition:
        oid = other.bundle.story.id
        if oid == rs.bundle.story.id:
            continue
        theirs = names.get(oid, Counter())
        for name in set(mine) & central(theirs, len(other.bundle.articles)):
            if not (_in_titles(name, rs) and _in_titles(name, other)):
                continue   # a link is about what both stories are about: the name is in a headline of each
            if df[name] / n > LINK_MAX_SHARE and df[name] > 2:
                continue
            w = math.log(1 + n / df[name]) * min(mine[name], theirs[name])
            out.append(Link(name=name, other=other, weight=w))
    out.sort(key=lambda l: (-l.weight, -l.other.ranking.score, l.other.bundle.story.id))
    return out


def _in_titles(name: str, rs: RankedStory) -> bool:
    return any(name in {canonical_entity(e.text) for e in extract_entities(a.title)} or name in a.title.lower()
               for a in rs.bundle.articles)


# --- novelty --------------------------------------------------------------------------------------------------

def last_edition(story_id: str, history: Sequence[dict], before: dt.date) -> dt.date | None:
    """The date of the latest previous edition that carried the story."""
    dates = [as_date(r.get("date")) for r in history if r.get("story_id") == story_id]
    dates = [d for d in dates if d is not None and d < before]
    return max(dates) if dates else None


def new_articles(rs: RankedStory, since: dt.date) -> list[Article]:
    """Articles of the story published after the edition of ``since`` (after the end of that day)."""
    return [a for a in rs.bundle.articles if a.published and edition_day(a.published) > since]


def as_date(value) -> dt.date | None:  # noqa: ANN001 - a date, datetime or ISO string from stored history
    """The date of a history row's value, or None when it has none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
