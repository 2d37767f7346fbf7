"""A scoop told by its sourcing does not take a briefed story's bullet (issue 11, eighteenth pass).
tests/data/eval-retail, first measured on 45b48fa: on 2026-11-26 three stories briefed on 11-25 received one new
article each, a scoop about a further step that the stories stage joined to them: Sky News on Ridlington's lenders
hiring advisers to sell the chain (s39, in the closures story s35), the FT on Payla hiring banks for a listing (s38,
in the round s05), Les Echos on Orsanne selling the walls of twenty hotels (s41, in its Saltgrass purchase s04).
Their titles state the step, not a "may"; their leads are sourced as scoops ("Sky News has learnt", "three
people with knowledge of the preparations said", "Les Echos has learned"). The editor's bullet is each story's
own development."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.write.corpus_rows import story_articles
from topline.records import Article
from topline.write.offline import lead
from topline.write.offline.develop import _dangling
from topline.write.offline.sentences import candidates, score

CORPUS = Path(__file__).resolve().parents[1] / "data" / "eval-retail" / "articles.jsonl"
SINCE = dt.date(2026, 11, 25)
CASES = (("s35", "s39", "Ridlington"), ("s05", "s38", "Payla"), ("s04", "s41", "Saltgrass"))


def _articles(stories: tuple[str, ...]) -> list[Article]:
    """The stories' articles up to 11-26, oldest first (``Article.external_id`` keeps the gold story)."""
    return story_articles("eval-retail", stories, "2026-11-27", keep_story=True)


@pytest.mark.parametrize("story,scoop,name", CASES)
def test_the_development_leads_over_the_scoop_joined_to_it(story, scoop, name, monkeypatch):  # noqa: ANN001
    arts = _articles((story, scoop))
    ranked = score(candidates(arts), [a.title for a in arts], dt.date(2026, 11, 26))
    (the_scoop,) = [a for a in arts if a.external_id == scoop]
    assert the_scoop.published.date() > SINCE and not lead.speculative(the_scoop)  # no "may" in its title
    assert lead.scoop_article(the_scoop)  # its lead is sourced as a scoop
    first = lead.leads(list(ranked), _dangling, since=SINCE)[0]
    assert the_scoop not in first.articles and name in first.text, first.text
    # without the sourcing cue the scoop is "what is new since" and takes the bullet (read as an act: the
    # nineteenth pass's reaction rule, ``lead.reports_act``, would also put two of the three leads after the
    # development, so it is switched off too)
    monkeypatch.setattr(lead, "_UNCONFIRMED", re.compile(r"(?!)"))
    monkeypatch.setattr(lead, "reports_act", lambda *a: True)
    assert the_scoop in lead.leads(list(ranked), _dangling, since=SINCE)[0].articles


def test_a_scoop_is_told_by_the_outlets_learning_or_unnamed_people():
    for text in (
        "The lenders that control Ridlington's, the health and beauty retailer, have hired advisers to find a buyer "
        "for the business, Sky News has learnt.",
        "Payla has hired banks to prepare a New York listing, three people with knowledge of the preparations said.",
        "Bloomberg News has learned that the company plans a sale.",
        "The deal could value Tarang at about $3.5 billion, according to people familiar with the matter.",
    ):
        assert lead.unconfirmed(text), text
    for text in (
        "The company said it had learned from their mistakes by building to order rather than speculatively.",
        "France's Orsanne Hotels agreed to buy Saltgrass Inns for $1.8 billion, the companies said.",
        "Analysts close to the deal said the price was full.",
    ):
        assert not lead.unconfirmed(text), text


def test_a_question_posed_is_no_lead_and_the_review_leads_over_the_remedy_scoop():
    """s07 (the EU's in-depth review of Lumière Beauté's Kanso purchase, briefed on 11-25): on 11-26 its new articles
    are Les Echos's scoop on a brand sale as a remedy ("according to people close to the group") and a Vogue Business
    analysis opening on a question posed ("... the answer to a question every large beauty group is asking: how to
    win younger customers ..."). The editor's 11-26 sentence is the review; neither new sentence leads."""
    arts = _articles(("s07",))
    ranked = score(candidates(arts), [a.title for a in arts], dt.date(2026, 11, 26))
    posed = [c for c in ranked if c.text.startswith("For Lumière Beauté, Kanso was meant")]
    assert posed and "teaser" in lead.problems(posed[0])
    first = lead.leads(list(ranked), _dangling, since=SINCE)[0]
    assert all(a.published.date() <= SINCE for a in first.articles), first.text
    assert "review" in first.text or "investigation" in first.text, first.text


def test_on_a_secondary_page_the_sentence_after_a_framing_does_not_lead():
    """s07 on eval-retail's Deals & Funding page (a secondary page: an article's first two sentences compete): Vogue
    Business's second sentence, "Brussels' decision on Wednesday to open a phase two investigation delays that
    answer by at least four months.", goes on from its framing ("... a question every large beauty group is asking:
    how to ..."); the review's own report leads."""
    import tomllib

    arts = _articles(("s07",))
    ranked = score(candidates(arts), [a.title for a in arts], dt.date(2026, 11, 26))
    tax = tomllib.loads((CORPUS.parent / "taxonomy.toml").read_text(encoding="utf-8"))
    deals = next(c for c in tax["category"] if c["name"] == "Deals & Funding")
    focus = lead.focus_words(deals["name"], deals["description"], " ".join(deals["keywords"]))
    first = lead.leads(list(ranked), _dangling, focus=focus, since=SINCE)[0]
    assert "that answer" not in first.text and all(a.published.date() <= SINCE for a in first.articles), first.text
