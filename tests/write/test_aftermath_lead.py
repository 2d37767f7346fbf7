"""An aftermath is not the day's development (issue 11, twenty-second pass).

tests/data/eval-macro (calibration since the twenty-first pass), 2026-12-16: two central-bank acts briefed on 12-15
(Hungary's surprise hike, s08; Bolivia's devaluation, s29) lost their bullet on the central-banks page to a new
article telling what followed, the act named in its "after" clause (the forint's second day of gains, the queues at
Bolivian banks). The editor's sentence for each is the act told the day before. A new article whose own actor acts
"after" something still leads: France's government surviving the no-confidence vote (s03, 12-16)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.write.corpus_rows import story_articles
from topline.write.offline import lead
from topline.write.offline.develop import _dangling
from topline.write.offline.sentences import candidates, score

SINCE, DAY = dt.date(2026, 12, 15), dt.date(2026, 12, 16)


def _leads(story: str, focus: frozenset[str] = frozenset()) -> tuple[list, list]:  # noqa: ANN001
    arts = story_articles("eval-macro", (story,), (DAY + dt.timedelta(days=1)).isoformat())
    ranked = score(candidates(arts), [a.title for a in arts], DAY)
    return arts, lead.leads(list(ranked), _dangling, focus, since=SINCE)


@pytest.mark.parametrize("story,words", (("s08", "raised its base rate"), ("s29", "devalued the boliviano")))
def test_an_aftermath_does_not_take_a_briefed_acts_bullet(story, words, monkeypatch):  # noqa: ANN001
    _, ranked = _leads(story)
    assert words in ranked[0].text, ranked[0].text
    assert all(a.published.date() <= SINCE for a in ranked[0].articles), ranked[0].text
    # the counterfactual: without the aftermath cue the newest article's lead takes the bullet
    monkeypatch.setattr(lead, "aftermath", lambda *a: False)
    _, ranked = _leads(story)
    assert all(a.published.date() > SINCE for a in ranked[0].articles), ranked[0].text


def test_on_a_secondary_page_the_aftermath_is_the_pages_angle():
    # the forint's rebound is the markets page's sentence for the hike story
    focus = lead.focus_words("Markets, Rates & Currencies", "currencies bond yields stocks")
    _, ranked = _leads("s08", focus)
    assert all(a.published.date() > SINCE for a in ranked[0].articles), ranked[0].text


def test_an_act_after_something_still_leads():
    _, ranked = _leads("s03")
    assert "survived" in ranked[0].text, ranked[0].text
    assert all(a.published.date() > SINCE for a in ranked[0].articles), ranked[0].text


def test_what_an_aftermath_is():
    briefed = lead.stems("Hungary's central bank unexpectedly raised its base rate by 75 basis points to 7.25%.")
    actors = frozenset({"hungary", "national bank of hungary"})
    assert lead.aftermath("Hungary's forint firmed for a second day after the central bank's rate rise, at 401 per "
                          "euro on Wednesday.", actors, briefed)
    for text in (
        "The National Bank of Hungary signalled more hikes after the central bank's rate rise.",  # the actor acts
        "The forint firmed after the finance ministry promised a revised budget path.",  # a new cause
        "Hungary's forint firmed on Wednesday.",  # no after clause
    ):
        assert not lead.aftermath(text, actors, briefed), text
