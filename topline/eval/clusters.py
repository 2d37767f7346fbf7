"""Story clustering evaluation: B-cubed and pairwise precision/recall/F1 against gold story ids.

``evaluate_file(path)`` loads a JSONL file whose rows carry a gold ``story`` field into a scratch store (a
temporary SQLite file), runs enrichment + wire-copy detection + story clustering exactly as the pipeline does
(day by day over 36-hour windows when rows have dates; one batch when they have none), and scores the result.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Hashable, Sequence

from topline.errors import InputError
from topline.records import Article

UNDATED_AT = dt.datetime(2000, 1, 1, 12, tzinfo=dt.timezone.utc)   # the date given to undated rows (one batch)
WINDOW_HOURS = 36   # the pipeline's default edition window (config.EditionSettings.window_hours)


@dataclass(frozen=True)
class ClusterScores:
    articles: int
    gold_clusters: int
    predicted_clusters: int
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998): per item, the share of its predicted cluster
    that shares its gold cluster (precision) and the share of its gold cluster found in its predicted one."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    g_members: dict[Hashable, set[int]] = defaultdict(set)
    p_members: dict[Hashable, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        g_members[g].add(i)
        p_members[p].add(i)
    prec = rec = 0.0
    for i, (g, p) in enumerate(zip(gold, pred)):
        both = len(g_members[g] & p_members[p])
        prec += both / len(p_members[p])
        rec += both / len(g_members[g])
    prec, rec = prec / len(gold), rec / len(gold)
    return prec, rec, _f1(prec, rec)


def pairwise(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of items put in one cluster (1.0 precision when no pair is)."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")

    def pairs(labels: Sequence[Hashable]) -> dict[tuple[Hashable, Hashable], int]:
        out: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
        for g, p in zip(gold, labels):
            out[(g, p)] += 1
        return out

    def n2(k: int) -> int:
        return k * (k - 1) // 2

    both = sum(n2(k) for k in pairs(pred).values())
    n_pred = sum(n2(k) for k in _counts(pred).values())
    n_gold = sum(n2(k) for k in _counts(gold).values())
    prec = both / n_pred if n_pred else 1.0
    rec = both / n_gold if n_gold else 1.0
    return prec, rec, _f1(prec, rec)


def _counts(labels: Sequence[Hashable]) -> dict[Hashable, int]:
    out: dict[Hashable, int] = defaultdict(int)
    for x in labels:
        out[x] += 1
    return out


def score(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> ClusterScores:
    bp, br, bf = bcubed(gold, pred)
    pp, pr, pf = pairwise(gold, pred)
    r = lambda x: round(x, 4)  # noqa: E731
    return ClusterScores(len(gold), len(set(gold)), len(set(pred)), r(bp), r(br), r(bf), r(pp), r(pr), r(pf))


# --- files ----------------------------------------------------------------------------------------------------

def read_gold_articles(path: str | Path) -> list[Article]:
    """Articles of a JSONL file with a gold ``story`` in their metadata (rows without one are skipped)."""
    data = Path(path).read_bytes()
    try:
        from topline.ingest.files import parse_jsonl
    except ImportError:   # the ingest package is optional here: the format is simple enough to read directly
        parse_jsonl = None
    if parse_jsonl is not None:
        parsed = parse_jsonl(data, str(path))
        arts = parsed.articles
    else:
        arts = [_article(json.loads(line), n) for n, line in enumerate(data.decode("utf-8").splitlines(), 1)
                if line.strip()]
    out = [a for a in arts if a.metadata.get("story") not in (None, "")]
    if not out:
        raise InputError(f"{path}: no rows with a gold \"story\" field", "missing_field")
    return [a if a.published else dataclasses.replace(a, published=UNDATED_AT, published_missing=True) for a in out]


def _article(row: dict, line: int) -> Article:
    if not row.get("url") or not row.get("title"):
        raise InputError(f"line {line}: a row needs url and title", "missing_field", line=line)
    published = None
    if row.get("published"):
        published = dt.datetime.fromisoformat(str(row["published"]).replace("Z", "+00:00"))
        if published.tzinfo is None:
            published = published.replace(tzinfo=dt.timezone.utc)
        published = published.astimezone(dt.timezone.utc)
    core = {"url", "title", "text", "summary", "published", "source", "language", "author", "id"}
    return Article(url=str(row["url"]), title=str(row["title"]), text=str(row.get("text") or ""),
                   summary=str(row.get("summary") or ""), published=published, source=str(row.get("source") or ""),
                   language=row.get("language") or None, external_id=str(row["id"]) if row.get("id") else None,
                   metadata={k: v for k, v in row.items() if k not in core})


def cluster_into(store, articles: Sequence[Article], params=None) -> list[Article]:  # noqa: ANN001
    """Store ``articles`` and build their stories day by day over edition windows, as `topline demo` does.
    Returns the stored articles (canonical URL variants are one article)."""
    from topline.enrich import ensure_enrichments
    from topline.stories import update_stories

    store.articles.upsert_many((a, "eval") for a in articles)
    urls = {a.url for a in articles}
    stored = [a for a in store.articles.iter_all() if a.url in urls]
    for start, end in _windows(stored):
        batch = store.articles.in_window(start, end)
        update_stories(store, batch, ensure_enrichments(store, batch), None, params)
    return stored


def evaluate_articles(articles: Sequence[Article], *, params=None, home: Path | None = None) -> ClusterScores:  # noqa: ANN001
    """Cluster ``articles`` in a scratch store the way the pipeline does and score against metadata["story"]."""
    from topline.store import Store

    with tempfile.TemporaryDirectory(dir=home) as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'eval.sqlite'}")
        try:
            stored = cluster_into(store, articles, params)
            story_of = store.stories.story_of([a.id for a in stored])
        finally:
            store.close()
    gold = [a.metadata.get("story") for a in stored]
    pred = [story_of.get(a.id, f"none-{a.id}") for a in stored]
    return score(gold, pred)


def _windows(articles: Sequence[Article]) -> list[tuple[dt.datetime, dt.datetime]]:
    """One edition window per day with articles, oldest first, as `topline demo` builds them."""
    days = sorted({a.published.astimezone(dt.timezone.utc).date() for a in articles})
    out = []
    for day in days:
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=dt.timezone.utc)
        out.append((end - dt.timedelta(hours=WINDOW_HOURS), end))
    return out


def evaluate_file(path: str | Path, *, params=None) -> ClusterScores:  # noqa: ANN001
    return evaluate_articles(read_gold_articles(path), params=params)
