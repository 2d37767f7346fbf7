"""Issue 14 (scale17): a sentence is checked once per edition. The composer checks each line as it makes it and the
page check (``verify_page``) checks the written page again; both now ask through the composer's ``Verdicts``
(``topline.check.verdicts``), kept under the sentence, its citations, the cited articles' evidence and the checker's
version. On real articles (tests/data/cal-biotech and the demo corpus, by their story labels): the verdicts equal
``check_sentence``'s, a changed citation or changed cited article is checked again, and pages checked with the
composer's verdicts equal pages checked afresh, the composer's own lines answered from them."""
from __future__ import annotations

import dataclasses
import datetime as dt

from tests.write.test_page_memos import TAXONOMY, _edition
from topline.check import verdicts as verdicts_mod
from topline.check import verify_page
from topline.check.sentence import check_sentence
from topline.records import Citation
from topline.write import EditionContext, WriteStats, edition_articles, stories_for
from topline.write.offline import OfflineWriter
from topline.write.offline.compose import citations_of
from topline.write.offline.sentences import candidates


def _counting(monkeypatch) -> list:  # noqa: ANN001
    calls: list = []
    real = verdicts_mod.check_sentence
    monkeypatch.setattr(verdicts_mod, "check_sentence", lambda *a, **k: calls.append(a[:2]) or real(*a, **k))
    return calls


def test_a_changed_citation_or_cited_article_is_checked_again(monkeypatch):
    edition = _edition()[:40]
    arts = {a.url: a for rs in edition for a in rs.bundle.articles}
    # a sentence its own article carries and another story's article does not
    found = None
    for i, rs in enumerate(edition):
        other = edition[(i + 7) % len(edition)].bundle.articles[0]
        for c in candidates(rs.bundle.articles)[:8]:
            own = citations_of(c.articles[:1])
            if check_sentence(c.text, own, arts).ok and not check_sentence(c.text, citations_of([other]), arts).ok:
                found = (c.text, c.articles[0], other)
                break
        if found:
            break
    assert found is not None
    text, art, other = found
    calls = _counting(monkeypatch)
    memo = verdicts_mod.Verdicts()
    first = memo.check(text, citations_of([art]), arts)
    assert first.ok and len(calls) == 1
    assert memo.check(text, citations_of([art]), arts) is first and len(calls) == 1     # the same question: kept
    assert memo.check(" " + text + " ", citations_of([art]), arts) is first              # read the same (clean)

    # another citation: checked again, and the verdict is the checker's for that citation
    got = memo.check(text, citations_of([other]), arts)
    assert len(calls) == 2 and not got.ok and got == check_sentence(text, citations_of([other]), arts)
    both = citations_of([art, other])
    assert memo.check(text, both, arts) == check_sentence(text, both, arts) and len(calls) == 3
    # the same URL under another outlet: another citation
    renamed = (Citation(art.url, "Some Other Outlet"),)
    assert memo.check(text, renamed, arts) == check_sentence(text, renamed, arts) and len(calls) == 4
    # a headline is another question
    assert memo.check(text, citations_of([art]), arts, headline=True) == \
        check_sentence(text, citations_of([art]), arts, headline=True) and len(calls) == 5

    # the cited article changed under the same URL (its body now another article's): checked again, and fails
    changed = dict(arts)
    changed[art.url] = dataclasses.replace(art, text=other.text, summary="")
    got = memo.check(text, citations_of([art]), changed)
    assert len(calls) == 6 and not got.ok and got == check_sentence(text, citations_of([art]), changed)
    # the cited URL missing from the articles: checked again (unknown_url)
    missing = {u: a for u, a in arts.items() if u != art.url}
    assert memo.check(text, citations_of([art]), missing).problems == ("unknown_url",) and len(calls) == 7
    # articles the sentence does not cite are not its evidence: another edition around it gives the kept verdict
    fewer = {art.url: art}
    assert memo.check(text, citations_of([art]), fewer) is first and len(calls) == 7
    assert (memo.hits, memo.misses) == (3, 7)


def test_pages_checked_with_the_composers_verdicts_equal_pages_checked_afresh(monkeypatch):
    edition = _edition()
    ctx = EditionContext(date=dt.date(2026, 5, 18), taxonomy=TAXONOMY, ranked=edition)
    writer = OfflineWriter()
    writer.prepare(ctx)
    written = [writer.write_page(cat, stories_for(cat.name, edition, 3), ctx, WriteStats())
               for cat in TAXONOMY.categories]
    articles = edition_articles(ctx)
    memo = writer.verdicts
    assert memo is not None and memo.misses > 50          # the composer checked its lines through it
    fresh = [verify_page(p, articles) for p in written]
    assert sum(r.checked for _, r in fresh) > 40
    calls = _counting(monkeypatch)
    hits = memo.hits
    kept = [verify_page(p, articles, memo) for p in written]
    assert kept == fresh                                   # the same pages, supports and reports
    asked = len(calls) + memo.hits - hits
    # the composer's own lines (51 of 151 questions, 2026-12-06); the others cite a paragraph's citations together
    # (99) or in another order (1): other questions, computed
    assert memo.hits - hits >= 40 and len(calls) < asked
    assert verdicts_mod._ACTIVE.get() is None              # the memo is in use only inside verify_page
    # without a memo nothing is kept: every question is computed
    calls.clear()
    assert [verify_page(p, articles) for p in written] == fresh and len(calls) == asked
