"""The independent source check used by the writer tests can fail (issue 15: no assertion that cannot fail)."""
from __future__ import annotations

import datetime as dt

from topline.records import Article, Citation

from . import sourced

T = dt.datetime(2025, 7, 3, 9, tzinfo=dt.timezone.utc)
A = Article(url="https://r.example/a", title="Kling raises $2.8 billion", source="Reuters", published=T,
            text="Kling AI raised $2.8 billion, according to Bloomberg, from 1,200 investors.")
B = Article(url="https://b.example/b", title="Kling talks", source="Bloomberg", published=T,
            text="Kling is in talks to raise $2.75 billion.")
ARTICLES = {A.url: A, B.url: B}
OUTLETS = {"Reuters", "Bloomberg", "France 24"}
CITE_A = (Citation(url=A.url, source="Reuters"),)


def test_a_sourced_sentence_passes():
    assert sourced.problems("Kling AI raised $2.8 billion from 1200 investors, per Reuters.", CITE_A, ARTICLES,
                            OUTLETS) == []
    # the cited article itself says "according to Bloomberg"; the writer's own date is not a figure
    assert sourced.problems("Since the 1 July edition, Kling raised $2.8 billion, according to Bloomberg.",
                            CITE_A, ARTICLES, OUTLETS) == []


def test_a_figure_no_cited_article_states_fails():
    assert sourced.problems("Kling raised $2.75 billion, per Reuters.", CITE_A, ARTICLES, OUTLETS) == \
        ["number 2.75 is in no cited article"]


def test_an_outlet_named_but_not_cited_fails():
    assert sourced.problems("Bloomberg reports that Kling is in talks.", CITE_A, ARTICLES, OUTLETS) == \
        ["names Bloomberg but cites ['Reuters']"]
    assert sourced.problems("Kling is in talks.", (), ARTICLES, OUTLETS) == ["no cited article"]
