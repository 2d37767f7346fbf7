"""The stories a signal may take as members (issue 12, signals31): those that could be on the page on their own.

A signal groups the page's stories, prints a line of each and counts them in its title ("Veltmoor Insurance Group
falls 11 per cent earlier this week, one of two stories on Veltmoor Insurance Group today"). A story none of whose
articles is a report cannot stand there: eval-ins' second "story on Veltmoor" was a TV review of a documentary about
the company's loss adjusters ("Who knew loss adjusters could make such compelling television? ... Four stars"),
classed into the page by its words; the signal printed its line and brought it onto the page (the lead, session 30).

A member is a story the classifier gives a page (``Classification.primary``: None is its noise verdict, and
``write.stories_for`` admits no such story to any page) with at least one article that is not a feature, a review,
an analysis or an opinion piece by the writer's own test (``lead.soft_article``: a title that asks, explains or
opines, or a first sentence that opens a feature or asks a question; the Top Line puts such stories below the
reports). Over the 27 calibration corpora (cal-ai, cal-ai2, cal-biotech, every tests/data/eval-* but the held-out
one; the demo-ledger has no gold stories) the gold stories all of whose articles are soft number 54, and all 54 are
gold noise (of 316 noise stories): no real story is lost as a member by it.
"""
from __future__ import annotations

from topline.records import RankedStory
from topline.write.offline.lead import soft_article

_SOFT: dict[tuple[str, tuple[str, ...]], bool] = {}     # a story's articles -> all soft (each story read once)
_SOFT_MAX = 100_000     # entries kept at most (an edition of 10,000 articles has a few thousand stories)


def soft_story(rs: RankedStory) -> bool:
    """Every article of the story is a feature, review, analysis or opinion piece (``lead.soft_article``)."""
    arts = rs.bundle.articles
    key = (rs.bundle.story.id, tuple(a.url for a in arts))
    got = _SOFT.get(key)
    if got is None:
        if len(_SOFT) >= _SOFT_MAX:
            _SOFT.clear()
        got = _SOFT[key] = bool(arts) and all(soft_article(a) for a in arts)
    return got


def member(rs: RankedStory) -> bool:
    """The story may be a signal's member, and be counted in its title: the classifier gives it a page and one of its
    articles reports (see the module's doc)."""
    return rs.classification.primary is not None and not soft_story(rs)
