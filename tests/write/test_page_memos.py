"""Issue 14 (scale16): a page's themes (``signals.groups``) are computed once per edition, and their edition-wide part
(the two TF-IDF fits over every story's text, the rare names, the background words, the phrase weights) once for
all pages (``signals.GroupsMemo``). The offline writer asked for a page's groups when writing it and again in its
look-ahead from every page written before it, each call fitting the same models. Groups through the memo equal
groups computed afresh, on real articles (tests/data/cal-biotech and the demo corpus, grouped by their own story
labels), for every category, asked in any order and more than once. And a page's lines are lowered once for the
question "does a line print this candidate?" (``lead.printed_in_any``), asked of every candidate of its stories."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from topline.records import Article, Category, Classification, RankedStory, Ranking, Story, StoryBundle, Taxonomy
from topline.write import EditionContext
from topline.write.offline import OfflineWriter, signals

REPO = Path(__file__).resolve().parents[2]
CAL_BIOTECH = REPO / "tests" / "data" / "cal-biotech"
CATS = ("Capital", "Science", "Policy", "Markets")
TAXONOMY = Taxonomy(categories=tuple(Category(c, f"{c} news.") for c in CATS))


def _edition() -> tuple[RankedStory, ...]:
    from conftest import require
    from topline import demo
    files = require(demo.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing")
    groups: dict[str, list[Article]] = {}
    n = 0
    for p in [CAL_BIOTECH / "articles.jsonl", *files]:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            when = dt.datetime.fromisoformat(r["published"].replace("Z", "+00:00")) if r.get("published") else None
            n += 1
            a = Article(url=r["url"], title=r["title"], text=r.get("text", ""), source=r.get("source", ""),
                        published=when, id=n)
            groups.setdefault(f"{p.name}:{r.get('story') or r['url']}", []).append(a)
    out = []
    for i, (label, arts) in enumerate(groups.items()):
        sid = f"s{i}"
        first = min((a.published for a in arts if a.published), default=None)
        last = max((a.published for a in arts if a.published), default=None)
        story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts), first_seen=first,
                      last_seen=last, outlets=tuple(sorted({a.source for a in arts})))
        # a primary category and, for every third story, a secondary one: pages share stories as real ones do
        primary = CATS[i % len(CATS)]
        secondary = (CATS[(i + 1) % len(CATS)],) if i % 3 == 0 else ()
        out.append(RankedStory(StoryBundle(story, tuple(arts)), Classification(sid, primary, secondary=secondary),
                               Ranking(sid, 1.0 / (1 + i))))
    return tuple(out)


def test_groups_through_the_memo_equal_groups_afresh(monkeypatch):
    edition = _edition()
    assert len(edition) > 60
    writer = OfflineWriter()
    writer._prepare(EditionContext(date=dt.date(2026, 5, 18), taxonomy=TAXONOMY, ranked=edition))
    names, texts = writer._names, writer._texts
    fresh = {c: signals.groups(c, edition, names, texts) for c in CATS}
    assert sum(len(g) for g in fresh.values()) >= 4           # real themes compared, not empty lists
    assert all(len(g.ids) >= 2 for gs in fresh.values() for g in gs)

    fits = []
    real = signals._tfidf
    monkeypatch.setattr(signals, "_tfidf", lambda docs, ngrams: fits.append(ngrams) or real(docs, ngrams))
    memo = signals.GroupsMemo()
    for c in (*reversed(CATS), *CATS):      # the look-ahead asks for later pages first, then each page again
        got = signals.groups(c, edition, names, texts, memo)
        assert got == fresh[c]
        assert [(g.terms, g.names, g.cohesion) for g in got] == [(g.terms, g.names, g.cohesion) for g in fresh[c]]
        got.clear()                          # a caller's list is its own
    assert fits == [(1, 1), (1, 2)]         # the edition's models fitted once for eight requests
    fits.clear()
    assert signals.groups(CATS[0], edition, names, texts, memo) == fresh[CATS[0]] and fits == []

    # another edition (or names, or texts) through the same memo starts afresh and equals its own fresh groups
    other = edition[: len(edition) // 2]
    want = signals.groups(CATS[1], other, names, texts)
    fits.clear()
    assert signals.groups(CATS[1], other, names, texts, memo) == want
    assert fits == [(1, 1), (1, 2)]
    assert signals.groups(CATS[1], other, dict(names), texts, memo) == want and len(fits) == 4


def test_an_edition_of_background_words_only_has_no_groups_with_or_without_the_memo():
    arts = [Article(url=f"https://x.example/{i}", title="The", text="The and of.", source=f"S{i}", id=i,
                    published=dt.datetime(2026, 5, 18, 9, tzinfo=dt.timezone.utc)) for i in range(3)]
    edition = tuple(RankedStory(StoryBundle(Story(id=f"s{i}", title="The", article_ids=(i,), first_seen=a.published,
                                                  last_seen=a.published, outlets=(a.source,)), (a,)),
                                Classification(f"s{i}", "Capital"), Ranking(f"s{i}", 1.0)) for i, a in enumerate(arts))
    writer = OfflineWriter()
    writer._prepare(EditionContext(date=dt.date(2026, 5, 18), taxonomy=TAXONOMY, ranked=edition))
    memo = signals.GroupsMemo()
    assert signals.groups("Capital", edition, writer._names, writer._texts) == []
    assert signals.groups("Capital", edition, writer._names, writer._texts, memo) == []
    assert memo.failed and signals.groups("Capital", edition, writer._names, writer._texts, memo) == []


def test_printed_in_any_equals_printed_in_over_the_lines():
    from topline.write.offline import lead
    from topline.write.offline.sentences import candidates
    edition = _edition()
    cands = [c for rs in edition[:40] for c in candidates(rs.bundle.articles)]
    assert len(cands) > 400
    # lines as pages print them: some candidates whole, attributed ("X reports that the ..."), shortened, and
    # sentences of other stories
    lines = []
    for i, c in enumerate(cands[::7]):
        lines.append(c.text if i % 3 == 0 else f"Outlet reports that {c.text[:1].lower()}{c.text[1:]}" if i % 3 == 1
                     else next(iter(lead.shorter(c.text))))
    pages = [lines[k:k + 9] for k in range(0, len(lines), 9)]
    hits = 0
    for page in pages:
        lowered = [line.lower() for line in page]
        for c in cands:
            want = any(lead.printed_in(c, line) for line in page)
            assert lead.printed_in_any(c, lowered) == want
            hits += want
    assert hits >= len(lines) and hits < len(cands) * len(pages) / 2     # both answers occur
    assert not lead.printed_in_any(cands[0], [])


def test_the_composers_verdicts_equal_the_checkers_and_are_asked_once(monkeypatch):
    from topline.check import verdicts
    from topline.check.sentence import check_sentence
    from topline.write.offline.compose import Composer, citations_of
    from topline.write.offline.sentences import candidates
    edition = _edition()[:30]
    arts = {a.url: a for rs in edition for a in rs.bundle.articles}
    asks = []       # (text, its articles): each candidate with its own articles, and with another story's
    for i, rs in enumerate(edition):
        other = edition[(i + 1) % len(edition)].bundle.articles
        for c in candidates(rs.bundle.articles)[:6]:
            asks += [(c.text, c.articles), (c.text, other[:1]), (f"{c.text[:-1]}, according to Reuters.", c.articles)]
    want = [check_sentence(t, citations_of(a), arts).ok for t, a in asks]
    assert 50 < sum(want) < len(want)           # passes and failures both compared
    calls = []
    real = verdicts.check_sentence
    monkeypatch.setattr(verdicts, "check_sentence", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    comp = Composer(arts)
    for _ in range(2):
        got = [comp.line(t, a) for t, a in asks]
        assert [g is not None for g in got] == want
        assert all(g.text == t and g.citations == citations_of(a) for g, (t, a) in zip(got, asks) if g is not None)
    assert len(calls) == len({(t, citations_of(a)) for t, a in asks})     # each distinct question checked once
    # a headline is another question (its names need fewer words in common)
    t, a = asks[0]
    assert (comp.line(t, a, headline_=True) is not None) == check_sentence(t, citations_of(a), arts, headline=True).ok
    assert len(calls) == len({(t, citations_of(a)) for t, a in asks}) + 1
