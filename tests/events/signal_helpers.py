"""Helpers shared by the tests of signals that make claims (test_claims.py, test_group_claims.py): hand-built
articles and ranked stories of one category, a page written by the offline writer over a ledger of their events,
and the check every signal must pass."""
import datetime as dt
import itertools
import re
from dataclasses import replace
from typing import Sequence

from topline.check import check_analysis
from topline.config import Settings
from topline.events import extract
from topline.events.ledger import EditionLedger
from topline.records import (Article, Classification, Event, RankedStory, Ranking, Signal, Story, StoryBundle,
                             Taxonomy)
from topline.write import EditionContext, write_pages
from topline.write.offline import OfflineWriter
from topline.write.verify import check_sentence

_n = itertools.count(1)


def art(source: str, title: str, text: str, day: dt.date) -> Article:
    n = next(_n)
    return Article(url=f"https://{source.lower().replace(' ', '')}.example/{n}", title=title, text=text,
                   source=source, published=dt.datetime.combine(day, dt.time(9), tzinfo=dt.timezone.utc), id=n)


def story(sid: str, category: str, *arts: Article, score: float = 0.5) -> RankedStory:
    s = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts), first_seen=arts[0].published,
              last_seen=arts[-1].published, outlets=tuple({a.source for a in arts}))
    return RankedStory(StoryBundle(s, arts), Classification(sid, category), Ranking(sid, score))


def ledger_of(edition: Sequence[RankedStory], category: str, day: dt.date,
              history: Sequence[Event] = ()) -> EditionLedger:
    events = tuple(replace(e, category=category) for rs in edition for e in extract(rs.bundle))
    return EditionLedger(day=day, events=events, history=tuple(history) + events)


def write_page(edition: Sequence[RankedStory], taxonomy: Taxonomy, day: dt.date, led: EditionLedger,
               previous: Sequence[dict] = ()):  # noqa: ANN201 - CategoryPage
    """The category's page (the first of the taxonomy), with no sentence dropped by the checker."""
    ctx = EditionContext(date=day, taxonomy=taxonomy, ranked=tuple(edition), settings=Settings(), ledger=led,
                         previous_signals=tuple(previous))
    pages, stats = write_pages(ctx, OfflineWriter())
    assert stats.sentences_dropped == 0, stats.notes
    return pages[0]


def articles_of(edition: Sequence[RankedStory]) -> dict[str, Article]:
    return {a.url: a for rs in edition for a in rs.bundle.articles}


def checked(sig: Signal, articles: dict[str, Article], page=None) -> None:  # noqa: ANN001 - CategoryPage
    """A title is stated by one cited passage, or is analysis built only on the fact sentences of its own text and
    of ``page``'s Top Line and Key Developments that cite what it cites (statements printed above are cited, not
    printed again: topline.check.page); every sentence of the text passes the citation checker."""
    facts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", sig.text)
    urls = {c.url for c in sig.citations}
    above = [] if page is None else [t.text for t in page.top_line if urls & {c.url for c in t.citations}] + \
        [p.text for d in page.key_developments for p in d.paragraphs if urls & {c.url for c in p.citations}]
    assert check_sentence(sig.title, sig.citations, articles, headline=True).ok or \
        not check_analysis(sig.title, facts + above)[0], sig.title
    for sentence in facts:
        assert check_sentence(sentence, sig.citations, articles).ok, sentence
