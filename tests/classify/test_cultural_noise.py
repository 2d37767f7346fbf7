"""A cultural event is noise however many of a page's words it uses (issue 11, twenty-first pass): a central bank's
money museum showing hyperinflation banknotes (tests/data/eval-macro s43, on its central-banks page on 2026-12-14
before the rule), a steel sculpture unveiled for a foundry town (eval-ind s45), a toy-brick landmarks exhibition
(eval-prop s45). Each is classified with the window of stories it came in (grouped by the corpus's gold stories);
every story the editor put in that window's gold Top Line keeps its category, and no real story of these corpora
reads as a cultural event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types

import pytest

from topline.classify import offline
from topline.classify.offline import OfflineClassifier, cultural_event
from topline.records import Article
from topline.taxonomy import load_taxonomy

from .noise_cases import assert_noise_case
from .test_eventless_noise import DATA, window_stories

# (corpus, edition day, the cultural event, the gold day whose Top Line stories must keep a page, whether the event
# had a category without the rule: eval-ind's sculpture had one, kept off its pages by the later gates only; eval-prop's
# exhibition was already "none")
CASES = [
    ("eval-macro", dt.date(2026, 12, 14), "s43", "2026-12-15", True),  # the Bundesbank's money museum exhibition
    ("eval-ind", dt.date(2026, 12, 8), "s45", "2026-12-08", True),  # a steel hand sculpture unveiled
    ("eval-prop", dt.date(2026, 11, 17), "s45", "2026-11-18", False),  # a toy-brick landmarks exhibition
]


@pytest.mark.parametrize("corpus, day, event, gold_day, paged", CASES)
def test_a_cultural_event_is_none_and_the_editor_s_stories_keep_a_page(corpus, day, event, gold_day, paged,  # noqa: ANN001
                                                                       monkeypatch):
    assert_noise_case(corpus, day, event, gold_day, paged, cultural_event,
                      lambda: monkeypatch.setattr(offline, "CULTURE_SHARE", 2.0))


def test_a_taxonomy_that_asks_for_the_arts_keeps_them():
    """A category naming exhibitions (a culture desk's page) wants the money museum: the rule yields."""
    bundles = window_stories("eval-macro", dt.date(2026, 12, 14))
    taxonomy = load_taxonomy(DATA / "eval-macro" / "taxonomy.toml")
    first = taxonomy.categories[0]
    arts = dataclasses.replace(
        taxonomy,
        categories=(dataclasses.replace(first, keywords=(*first.keywords, "exhibitions")), *taxonomy.categories[1:]),
    )
    ids = list(bundles)
    got = dict(zip(ids, OfflineClassifier().classify([bundles[s] for s in ids], arts)))
    assert got["s43"].primary is not None


def _story(*texts: tuple[str, str]) -> types.SimpleNamespace:
    return types.SimpleNamespace(articles=tuple(Article(url=f"https://example.com/{i}", title=t, text=b, source="X")
                                                for i, (t, b) in enumerate(texts)))


def test_only_the_title_and_the_first_sentence_count_and_a_concert_party_is_no_concert():
    # eval-agri's sugar story names the festival season in passing, after its first sentence
    assert not cultural_event(_story(("India set to ban sugar exports", "India plans to ban sugar exports next season."
                                      " Demand peaks in the festival season.")))
    assert not cultural_event(_story(("Bidder and fund acted in concert, panel finds",
                                      "The takeover panel ruled that the two shareholders acted in concert.")))
    assert cultural_event(_story(("Choir rings the closing bell", "A children's choir rang the bell on Friday."),
                                 ("Charity bell at the exchange", "Pupils sang carols at the exchange.")))
    assert not cultural_event(_story(("Choir rings the closing bell", "A children's choir rang the bell on Friday."),
                                     ("Fed cuts rates", "The Fed cut rates."), ("Yields fall", "Yields fell.")))
