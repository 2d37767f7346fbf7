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

from typing import Mapping

from topline.records import RankedStory
from topline.write.offline.lead import soft_article


def soft_story(rs: RankedStory) -> bool:
    """Every article of the story is a feature, review, analysis or opinion piece (``lead.soft_article``)."""
    arts = rs.bundle.articles
    return bool(arts) and all(soft_article(a) for a in arts)


def member(rs: RankedStory, texts: Mapping | None = None) -> bool:
    """The story may be a signal's member, and be counted in its title: the classifier gives it a page and one of its
    articles reports (see the module's doc). ``texts``: the edition's ``develop.StoryText`` by story id, where the
    verdict is kept once per story and edition (``StoryText.soft``); without it, or for a story it does not hold,
    the verdict is read afresh. No verdict outlives its edition: a module-level cache keyed by the story's id and
    urls answered a later edition's story from an earlier one's texts (mend32)."""
    if rs.classification.primary is None:
        return False
    st = texts.get(rs.bundle.story.id) if texts is not None else None
    return not (st.soft if st is not None and st.rs is rs else soft_story(rs))
