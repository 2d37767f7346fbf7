"""One article's sentences read once (issue 14): inside ``spans.remembering`` a sentence's names, actors and places
are computed once, and ``article_statements`` gives the same statements, aliases and words asked of ``common`` as
without the memo.

Real components: the labelled stories of the demo corpus, tests/data/cal-ai and cal-biotech (``test_memo._stories``)
through the real extraction rules.
"""
from __future__ import annotations

from tests.events.test_memo import _stories


def test_every_article_equal_with_and_without_the_memo():
    """Each article's statements, aliases and the words it asked of its story's ``common`` (what ``events.memo``
    stores) are equal with the per-article memo and with every sentence read afresh."""
    from topline.events import spans
    from topline.events.extract import article_statements, story_common
    from topline.events.memo import _Asked
    bare = article_statements.__wrapped__      # the same function, no memo
    n = said = 0
    for b in _stories():
        common = story_common(b)
        for a in b.articles:
            with_memo, without = _Asked(common), _Asked(common)
            got = article_statements(a, with_memo)
            assert spans._MEMO.get() is None                         # the scope ends with the call
            want = bare(a, without)
            assert got == want, a.url
            assert with_memo.asked == without.asked, a.url
            n += 1
            said += len(got[0])
    assert n > 400 and said > 100      # a real test: the 443 labelled articles, with their statements


def test_each_sentence_read_once_and_every_caller_gets_its_own_list(monkeypatch):
    """Inside the scope ``_names`` runs once per sentence (it ran about twice per sentence without: three times
    before scale18, when every article's site operators were read whether an incident asked or not), the
    entity list's places once per text, and a caller that changes its list does not change the next caller's."""
    from topline.events import spans
    from topline.events.extract import article_sentences, article_statements, story_common
    calls = {"names": 0, "places": 0}
    real_names, real_places = spans._names, spans._places_in

    def counted_names(sentence, common):
        calls["names"] += 1
        return real_names(sentence, common)

    def counted_places(sentence):
        calls["places"] += 1
        return real_places(sentence)

    monkeypatch.setattr(spans, "_names", counted_names)
    monkeypatch.setattr(spans, "_places_in", counted_places)
    bundles = _stories()
    sentences = once = places = 0
    fresh = {"names": 0, "places": 0}
    for b in bundles[:40]:
        common = story_common(b)
        for a in b.articles:
            sentences += len(article_sentences(a))
            before = dict(calls)
            article_statements(a, common)
            once += calls["names"] - before["names"]
            places += calls["places"] - before["places"]
            before = dict(calls)
            article_statements.__wrapped__(a, common)
            for k in fresh:
                fresh[k] += calls[k] - before[k]
    assert sentences > 100
    assert once <= sentences + sentences // 10     # a label cut from a sentence is a second text ("Driving the news:")
    assert fresh["names"] > 1.5 * once
    # the places (the entity list): once per distinct text within an article
    # (scale18: with the site operators read only when an incident asks, fewer sentences ask for places at all)
    assert places <= sentences + sentences // 10 and fresh["places"] > 1.3 * places

    s = "Harwell Cloud said on Monday that Kestrel Silicon would build a plant in Ohio."
    scoped = spans.remembering(lambda: (spans.names(s), spans.names(s), spans.actors(spans.names(s), s),
                                        spans.actors(spans.names(s), s), spans._places(s), spans._places(s)))
    first, second, act1, act2, pl1, pl2 = scoped()
    assert first == second == spans.names(s) and first is not second
    assert act1 == act2 == spans.actors(spans.names(s), s) and act1 is not act2
    assert pl1 == pl2 == spans._places(s) and pl1 is not pl2
    assert [x.text for x in first] == ["Harwell Cloud", "Kestrel Silicon", "Ohio"]   # a weekday is no name
    assert [x.text for x in act1] == ["Harwell Cloud", "Kestrel Silicon"]
    first.clear()
    assert spans.remembering(lambda: (spans.names(s).clear(), spans.names(s))[1])() == second


def test_safe_sentences_kept_per_text_as_computed_afresh():
    """``safe_sentences`` through its bounded memo equals the sentences split afresh, for every labelled article
    (read twice, as the ledger reads a candidate's articles for events and then for watch items), and each caller
    gets its own list."""
    from topline.events import reading
    texts = [a.body for b in _stories() for a in b.articles]
    reading._safe_sentences.cache_clear()
    bare = reading._safe_sentences.__wrapped__
    for t in texts + texts[::-1]:
        got = reading.safe_sentences(t)
        assert got == list(bare(t))
        got.append("changed")
        assert reading.safe_sentences(t) == list(bare(t))
    info = reading._safe_sentences.cache_info()
    assert info.hits > len(texts) and info.currsize <= reading.TEXTS_KEPT
    assert reading.safe_sentences(None) == [] == reading.safe_sentences("")  # type: ignore[arg-type]
