"""Issue 14 (scale18): an article's site operators (``operators.site_operators``: every sentence's actors read for a
builder or an operator) are computed when an incident whose own sentence names no organisation first asks for them
(``operators.SiteOperators``), not for every article the ledger reads. The statements are the same as with the
operators computed first, on sentences written for the rule and on every article of four calibration corpora."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from pathlib import Path

import pytest

from topline.events import operators
from topline.events.extract import article_statements, story_common
from topline.records import Article, Story, StoryBundle

from tests.events.sentence_helpers import article

DATA = Path(__file__).resolve().parents[1] / "data"
extract = importlib.import_module("topline.events.extract")   # the module (the package exports a function so named)


class _Eager(operators.SiteOperators):
    """The operators computed with the article, before its first sentence is read (the code before)."""

    def __init__(self, sentences, common):  # noqa: ANN001
        super().__init__(sentences, common)
        self.value()


def _common(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", text))


def test_the_operators_are_read_only_when_an_incident_asks(monkeypatch):
    made: list[operators.SiteOperators] = []
    computed: list[tuple[str, ...]] = []
    real = operators.site_operators
    monkeypatch.setattr(operators, "site_operators", lambda s, c: computed.append(tuple(s)) or real(s, c))

    class Counted(operators.SiteOperators):
        def __init__(self, sentences, common):  # noqa: ANN001
            super().__init__(sentences, common)
            made.append(self)

    monkeypatch.setattr(extract, "SiteOperators", Counted)
    quiet = ("Veltrane Freight opened a depot in Lyon on Monday. The depot, operated by Corlis Logistics, employs 40 "
             "people.")
    said, _ = article_statements(article(quiet), _common(quiet))
    assert len(made) == 1 and computed == []          # no incident asked: the operators were never read
    fire = ("A fire broke out on Wednesday at a grain terminal near Ghent, halting loading. "
            "The terminal, operated by Maerlant Bulk, reopened on Thursday.")
    said, _ = article_statements(article(fire), _common(fire))
    incidents = [dict((n, v) for n, v, _ in r.fields) for r, _ in said if r.type == "incident"]
    assert incidents and incidents[0].get("organisation") == "Maerlant Bulk"
    assert len(computed) == 1                          # read once for the article, though asked by its sentences
    assert made[-1].value() == real(computed[0], _common(fire))


def _bundles(corpus: str) -> list[StoryBundle]:
    rows: dict[str, list[Article]] = {}
    for i, line in enumerate((DATA / corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()):
        r = json.loads(line)
        when = dt.datetime.fromisoformat(r["published"]).astimezone(dt.timezone.utc)
        rows.setdefault(r["story"], []).append(Article(url=r["url"], title=r["title"], text=r["text"],
                                                       source=r["source"], published=when, id=i + 1))
    return [StoryBundle(Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                              first_seen=arts[0].published, last_seen=arts[-1].published,
                              outlets=tuple(sorted({a.source for a in arts}))), tuple(arts))
            for sid, arts in rows.items()]


@pytest.mark.parametrize("corpus", ["eval-energy", "eval-prop", "eval-trade", "cal-biotech"])
def test_statements_equal_those_with_the_operators_computed_first(corpus, monkeypatch):
    bundles = _bundles(corpus)
    asked = []
    real = operators.site_operators
    monkeypatch.setattr(operators, "site_operators", lambda s, c: asked.append(1) or real(s, c))
    lazy = [[article_statements(a, story_common(b)) for a in b.articles] for b in bundles]
    articles = sum(len(b.articles) for b in bundles)
    assert len(asked) < articles / 2              # most articles never needed their operators
    monkeypatch.setattr(extract, "SiteOperators", _Eager)
    eager = [[article_statements(a, story_common(b)) for a in b.articles] for b in bundles]
    assert lazy == eager
