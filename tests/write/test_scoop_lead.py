"""A scoop about what a company may do next does not take a briefed story's bullet (issue 11, sixteenth pass).
tests/data/eval-prop: Cordovan's agreed $3.9 billion takeover of Tamsworth (s01) was briefed on 2026-11-18; on
11-19 the story's new articles were an analysis piece and Bloomberg's report that Cordovan weighs selling a
warehouse portfolio (s37), which the stories stage put in the same story. The editor's 11-19 bullet is still the
takeover; Topline's was the warehouse sale, the newest article's lead."""

from __future__ import annotations

import datetime as dt
import re

from tests.write.corpus_rows import story_articles
from topline.records import Article
from topline.write.offline import lead
from topline.write.offline.develop import _dangling
from topline.write.offline.sentences import candidates, score


def _articles() -> list[Article]:
    return story_articles("eval-prop", ("s01", "s37"), "2026-11-20")


def test_the_scoop_is_not_what_is_new_and_the_takeover_leads(monkeypatch):  # noqa: ANN001
    arts = _articles()
    ranked = score(candidates(arts), [a.title for a in arts], dt.date(2026, 11, 19))
    since = dt.date(2026, 11, 18)
    scoop = [a for a in arts if lead.speculative(a) and a.published.date() > since]
    assert [a.title for a in scoop] == ["Cordovan Weighs $2 Billion Sale of US Warehouse Portfolio"]
    first = lead.leads(list(ranked), _dangling, since=since)[0]
    assert scoop[0] not in first.articles and "Tamsworth" in first.text, first.text
    # without the rule the scoop's lead is "what is new since" and takes the bullet
    monkeypatch.setattr(lead, "_SPECULATIVE_TITLE", re.compile(r"(?!)"))
    monkeypatch.setattr(lead, "_UNCONFIRMED", re.compile(r"(?!)"))  # Bloomberg's sentence is sourced as a scoop too
    assert scoop[0] in lead.leads(list(ranked), _dangling, since=since)[0].articles


def test_a_report_of_what_may_happen_is_told_by_its_title():
    def art(title: str) -> Article:
        return Article(url="https://news.example/x", title=title, text="x", source="X", published=None, id=1)

    for title in (
        "Street Talk: Tarragal stake sell-down on the cards",
        "Stanhope Life explores sale of Irish protection business",
        "Nordhavn weighs sale of port terminal arm to fund Pacifica deal",
    ):
        assert lead.speculative(art(title)), title
    for title in (
        "Cordovan agrees to buy office REIT Tamsworth for $3.9 billion",
        "Meridian firms 150 AR220s, eyes 50 more",
        "Tamsworth stock soars 24% after buyout deal",
    ):
        assert not lead.speculative(art(title)), title
