"""Issue 14: an article's sentences are computed once and kept (``sentences.sentences_memo``), not once per edition
that carries its story. The candidates built through the memo (cold, warm, and from rows that went through the
store) equal the candidates of the definition before the memo, written out here, on real articles: the demo corpus
and tests/data/cal-biotech, grouped by their own story labels, plus edge texts. Real components: a SQLite store."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from pathlib import Path

from topline.enrich.entities import extract_entities
from topline.enrich.figures import extract_figures
from topline.records import Article
from topline.text import split_sentences
from topline.write.offline import sentences
from topline.write.offline.sentences import ARTICLE_CHARS, ARTICLE_SENTENCES, Candidate, clean

REPO = Path(__file__).resolve().parents[2]
CAL_BIOTECH = REPO / "tests" / "data" / "cal-biotech"


def _reference(articles) -> list[Candidate]:  # noqa: ANN001 - the definition before the memo (issue 14)
    by_text: dict[str, Candidate] = {}
    for a in articles:
        for i, raw in enumerate(split_sentences(a.body[:ARTICLE_CHARS])[:ARTICLE_SENTENCES]):
            text = clean(raw)
            if not text:
                continue
            key = re.sub(r"\W+", " ", text.lower()).strip()
            if key in by_text:
                c = by_text[key]
                if a not in c.articles:
                    by_text[key] = dataclasses.replace(c, articles=c.articles + (a,))
                continue
            names = tuple(dict.fromkeys(e.canonical for e in extract_entities(text)))
            figs = extract_figures(text)
            by_text[key] = Candidate(text=text, articles=(a,), position=i, names=names, figures=len(figs),
                                     facts=frozenset((f.kind, f.unit, f.value) for f in figs
                                                     if f.kind in ("money", "percent", "quantity")))
    return list(by_text.values())


def _plain(cands) -> list[tuple]:  # noqa: ANN001 - every field, facts less the values same_fact can never match
    return [(c.text, tuple(a.id for a in c.articles), c.position, c.score, c.names, c.figures,
             frozenset(f for f in c.facts if math.isfinite(f[2]))) for c in cands]


def _stories() -> list[tuple[Article, ...]]:
    from conftest import require
    from topline import demo
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")
    groups: dict[str, list[Article]] = {}
    for p in [*files, CAL_BIOTECH / "articles.jsonl"]:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            when = dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00")) if r.get("published") else None
            a = Article(url=r["url"], title=r["title"], text=r.get("text", ""), source=r.get("source", ""),
                        published=when, id=sum(len(g) for g in groups.values()) + 1)
            groups.setdefault(f"{p.name}:{r.get('story') or r['url']}", []).append(a)
    edge = "Acme said on Monday it would raise $1e400 from investors, or 12% more than last year's round."
    body = (f"{edge} {edge} The company plans to hire 40 engineers in Leeds and Lyon over the next year. " * 3)
    groups["edge"] = [Article(url="https://edge.example/1", title="Edge", text=body, source="Edge", id=10 ** 6),
                      Article(url="https://edge.example/2", title="Edge 2", text=body, source="Other", id=10 ** 6 + 1)]
    return [tuple(g) for g in groups.values()]


def test_candidates_through_the_memo_equal_the_definition(tmp_path):
    from topline.config import load_settings
    from topline.store import open_store
    stories = _stories()
    assert len(stories) > 30 and sum(len(s) for s in stories) > 150
    want = [_plain(_reference(arts)) for arts in stories]
    assert sum(len(w) for w in want) > 500       # real sentences, not empty lists compared
    assert any(len(c[1]) > 1 for w in want for c in w)   # and some carried by two articles (merged)
    assert [_plain(sentences.candidates(arts)) for arts in stories] == want
    settings = load_settings(environ={"TOPLINE_HOME": str(tmp_path)})
    day = dt.date(2025, 7, 3)
    with open_store(settings) as store:
        cold = sentences.sentences_memo(store, day)
        assert [_plain(sentences.candidates(arts, cold)) for arts in stories] == want
        distinct = {sentences.memo_key(cold, a) for arts in stories for a in arts}
        total = sum(len(arts) for arts in stories)
        assert cold.misses == len(distinct) and cold.hits == total - len(distinct)   # a repeated body read once
        cold.flush()
        warm = sentences.sentences_memo(store, day)      # a later edition: rows read back from the store
        warm.preload(sentences.memo_key(warm, a) for arts in stories for a in arts)
        assert [_plain(sentences.candidates(arts, warm)) for arts in stories] == want
        assert warm.misses == 0 and warm.hits == total
    # the scores the writer ranks by, from candidates made through the memo
    arts = max(stories, key=len)
    ref = sentences.score(_reference(arts), [a.title for a in arts], day)
    memo = sentences.sentences_memo(None)
    sentences.candidates(arts, memo)
    before = memo.hits
    got = sentences.score(sentences.candidates(arts, memo), [a.title for a in arts], day)
    assert memo.hits - before == len(arts) and _plain(got) == _plain(ref)


def test_a_changed_body_or_rule_is_a_miss():
    a = Article(url="https://x.example/1", title="T", text="Acme said on Monday it would hire 40 engineers in Leeds.",
                source="X", id=1)
    b = dataclasses.replace(a, text=a.text.replace("40", "41"))
    memo = sentences.sentences_memo(None)
    assert sentences.memo_key(memo, a) != sentences.memo_key(memo, b)
    assert sentences.memo_key(memo, a) == sentences.memo_key(memo, dataclasses.replace(a, title="Other", id=2))
    other = sentences.sentences_memo(None)
    other.version = other.version + "x"                 # another rule source or SENTENCES_VERSION
    assert sentences.memo_key(other, a) != sentences.memo_key(memo, a)
