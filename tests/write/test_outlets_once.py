"""Issue 14 (scale18): the outlets a claim's subject must not be (``claim_guards.not_a_claim``: "Reuters suffers a
spill") are read from the composer's articles once per composer (``claim_guards._outlets``), not once per claim
asked: each ask walked every article of the edition's usable stories (~5,000 at 10,000 articles a day). The set is
the one the rule read before, and the rule answers as before, on sentences written for this test."""

from __future__ import annotations

import datetime as dt
import re

from topline.records import Article, Event
from topline.write.offline import claim_guards
from topline.write.offline.claim_guards import not_a_claim
from topline.write.offline.compose import Composer

WHEN = dt.datetime(2026, 11, 17, 9, tzinfo=dt.timezone.utc)
SOURCES = ("Harbour Ledger", "The Quay Post", "the Daily Beacon", "", "Wire")


class _Counting(dict):
    """The articles, counting how often they are walked."""

    walks = 0

    def values(self):  # noqa: ANN201
        type(self).walks += 1
        return super().values()


def _comp(n: int = 40) -> Composer:
    arts = {}
    for i in range(n):
        a = Article(url=f"https://news{i}.example/a", title=f"Report {i}", text="Markets moved on Tuesday.",
                    source=SOURCES[i % len(SOURCES)], published=WHEN)
        arts[a.url] = a
    return Composer(_Counting(arts))


def _ev(kind: str) -> Event:
    return Event(story_id="s", type=kind, fields=(), url="u", sentence="x")


def test_the_outlets_are_those_the_rule_read_and_are_read_once() -> None:
    comp = _comp()
    before = _Counting.walks
    want = {re.sub(r"^the ", "", a.source.lower()) for a in comp.articles.values() if a.source}
    assert claim_guards._outlets(comp) == want == {"harbour ledger", "quay post", "daily beacon", "wire"}
    said = "The Quay Post suffered a fuel spill at its printing plant on Monday, the company said."
    for _ in range(5):
        assert not_a_claim("The Quay Post suffers a spill", _ev("incident"), said, comp)     # an outlet: no actor
        assert not_a_claim("Harbour Ledger suffers a spill", _ev("incident"), said, comp)
        assert not not_a_claim("Veltrane Freight suffers a spill", _ev("incident"),
                               "Veltrane Freight suffered a fuel spill at its depot on Monday.", comp)
    assert _Counting.walks - before == 2          # the definition above, and the composer's one reading
    # another composer (another edition's articles) reads its own
    other = Composer({"https://x.example/1": Article(url="https://x.example/1", title="t", text="x.",
                                                     source="The Quay Post", published=WHEN)})
    assert claim_guards._outlets(other) == {"quay post"}
    assert not not_a_claim("Harbour Ledger suffers a spill", _ev("incident"), said, other)
