"""End to end on the demo corpus: `topline demo`'s editions, offline, checked for properties a reader relies on.

No test here asserts which stories the demo's Top Line carries (that is the fitted outcome issue 15 removed).
Instead, over every edition the demo builds:

* every sentence is cited, its figures appear in the articles it cites and the outlets it names are the outlets
  it cites (checked here, independently of the citation checker);
* every Top Line item is cited from its own story, and its story is classified on that page's category;
* no story of the corpus's noise (gold label "none") reaches any page;
* a disagreement between outlets that the corpus carries (found by hand, listed in ``DISCREPANCIES``) is shown on
  the page that develops the story;
* each category's Top Line agrees with the demo's gold categories at least as well as measured (``AGREEMENT``),
  counted on the stories of the corpus's evaluation part only (``topline.eval.split``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from topline.eval.split import EVALUATION, part_of
from topline.records import CategoryPage
from topline.write import stories_for

from . import sourced

DAY = dt.date(2025, 7, 3)
CAPITAL = "capital-industrial-strategy"
# Disagreements between outlets the corpus carries, found by reading it: (gold story, value one side states,
# value the other states). The test first checks the corpus still has both values from different outlets.
DISCREPANCIES = (("a-kling-raise", r"\$2\.75 ?(?:billion|bn)", r"\$2\.8 ?(?:billion|bn)"),)
# Top Line agreement with the gold categories, over the three editions, evaluation-part stories only:
# (items whose gold category is the page's, items). Measured with the default taxonomy after issue 15 removed
# the keywords added to fit the demo; a floor is the measured share less 0.02.
# Measured 2026-12-03: Capital 2/2, Compute 0/2, Models 5/8, Policy 6/6, Enterprise 5/5, Safety 3/3; 21/26 overall.
AGREEMENT_FLOOR = {
    "Capital & Industrial Strategy": 0.98, "Compute & Infrastructure": 0.0, "Models & Research": 0.5,
    "Policy & Regulation": 0.73, "Enterprise & Adoption": 0.69, "Safety & Security": 0.48,
}
# 21/26 = 0.808 before issue 11's pages from the kind of event; 22/28 = 0.786 after: the demo labels each story
# with one category, and a model launch labelled Enterprise (Amazon's DeepFleet) now also leads on Models &
# Research, the page that describes launches (Models 5/8 -> 5/9; Capital 2/2 -> 3/3)
# Policy 6/6 -> 6/7 once the event ledger reads a Justice Department action as a state action: the demo labels the
# North Korean IT-worker case Safety & Security only, and it now also appears on Policy & Regulation as a secondary
# (overall 22/29 = 0.759)
# Issue 11's sixth pass (a story goes on its subject's page too when its kind explains its primary,
# classify.events.subject_page): Denmark's anti-deepfake copyright law, labelled Policy & Regulation, is also on the
# Safety & Security Top Line on each of the three days (Safety 3/3 -> 3/6, overall 21/28 = 0.75 -> 21/31 = 0.677).
# No story labelled for a page left that page's Top Line: the stories placed as labelled stay 21
# (AGREEMENT_RIGHT_FLOOR), only a second page of one story is counted against the single label.
# Issue 11's fifteenth pass (a short page is filled with the stories whose second or third category it is,
# write.PAGE_FILL): the thin first days' Policy, Enterprise and Safety pages print five bullets, not three or four.
# Of the 10 more evaluation-part items, 3 are labelled for their page (placed as labelled 21 -> 24) and 7 are not
# (Policy 6/6 -> 6/8, Enterprise 5/5 -> 5/7, Safety 3/6 -> 6/12; overall 21/30 = 0.70 -> 24/40 = 0.60). Measured on
# git archives of 634b6fe and 2a81c59; over the twelve calibration corpora with an editor's gold the fill gained 3
# Top Line items and cost none (benchmarks/RESULTS.md, "Fifteenth pass").
# Issue 11's sixteenth pass (a page leads with what it is about, write.TOPIC_WEIGHT): Capital 2/2 -> 3/3, Compute
# 0/2 -> 1/3, Models & Research 5/9 -> 4/8 (one story labelled Models leaves that page's Top Line for one the page's
# words describe better), the rest unchanged; overall 24/40 = 0.60 -> 25/41 = 0.61, placed as labelled 24 -> 25.
# Measured on git archives of 45b48fa and 5450b8f; over the thirteen calibration corpora with an editor's gold the
# pass gained 15 Top Line items (benchmarks/RESULTS.md, "Sixteenth pass"). The Models floor 0.55 -> 0.5.
AGREEMENT_OVERALL_FLOOR = 0.6
AGREEMENT_RIGHT_FLOOR = 25
pytestmark = pytest.mark.slow   # builds three editions of the demo corpus


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """``topline.demo.run``'s editions (formats json, offline writer) and its store: the session's warm demo build
    (tests/built.py, shared with test_stage_cache and test_memo), its store read from a copy."""
    import shutil

    from topline import demo as demo_mod
    from conftest import require
    require(demo_mod.corpus_files(), "the demo corpus (topline/demo/corpus/*.jsonl) is missing from the package")
    from tests import built
    from topline.config import load_settings
    from topline.store import open_store
    shared = built.demo_days("warm", tmp_path_factory)
    home = tmp_path_factory.mktemp("demo-home") / "home"
    shutil.copytree(shared["home"], home)
    results = shared["results"]
    settings = load_settings(environ={"TOPLINE_HOME": str(home)})
    with open_store(settings) as store:
        articles = {a.url: a for a in store.articles.iter_all()}
        ranked = store.editions.ranked_stories(DAY)
    edition = {r.edition.date: r for r in results}
    assert DAY in edition, sorted(edition)
    return edition, articles, ranked


def _majority(rs, field: str) -> str:  # noqa: ANN001
    return Counter(a.metadata.get(field) for a in rs.bundle.articles).most_common(1)[0][0]


def _lines(page: CategoryPage):  # noqa: ANN202
    for t in page.top_line:
        yield "top_line", t.text, t.citations
    for d in page.key_developments:
        for p in d.paragraphs:
            yield "development", p.text, p.citations
    for s in page.signals:
        yield "signal", s.text, s.citations
        if s.watch:
            yield "watch", s.watch, s.citations


def _page_story_ids(page: CategoryPage) -> set[str]:
    return ({t.story_id for t in page.top_line} | {d.story_id for d in page.key_developments}
            | {sid for s in page.signals for sid in s.story_ids})


def test_every_sentence_is_cited_and_its_figures_and_outlets_come_from_its_sources(demo):
    """Independent of topline's checker (tests/write/sourced.py): figures in a cited article, named outlets cited."""
    edition, articles, _ = demo
    from topline.text import split_sentences
    known_outlets = {a.source for a in articles.values() if a.source}
    checked = 0
    for result in edition.values():
        m = result.edition.manifest
        assert m.writer == "offline" and m.llm_calls == 0
        for page in result.edition.categories:
            for where, text, cites in _lines(page):
                assert cites, (where, text)
                assert all(c.url in articles for c in cites), (where, text)
                if where == "signal":
                    continue   # a signal's sentence counts stories and days; its figures are not quoted
                for sentence in split_sentences(text):
                    assert not sourced.problems(sentence, cites, articles, known_outlets), (where, sentence)
                    checked += 1
        assert m.sentences_dropped == 0, m.notes
    assert checked > 100


def test_top_line_items_are_cited_from_their_story_on_the_page_category(demo):
    edition, articles, _ = demo
    items = 0
    for result in edition.values():
        stories = {rs.bundle.story.id: rs for rs in result.ranked}
        for page in result.edition.categories:
            assert 1 <= len(page.top_line) <= 5, (result.edition.date, page.name)
            for t in page.top_line:
                rs = stories[t.story_id]
                # a story goes on its primary page and on every secondary page where it is strong (issue 11); a
                # short page takes, after its own, the stories whose second or third category it is (fifteenth pass)
                c = rs.classification
                filled = (page.name in [k for k, _ in c.scores[1:3]]
                          and any(r is rs for r in stories_for(page.name, result.ranked, 3)))
                assert page.name == c.primary or page.name in c.secondary or filled, (page.name, t.text, c)
                own = {a.url for a in rs.bundle.articles}
                assert t.citations and {c.url for c in t.citations} <= own, (t.text, t.citations)
                items += 1
    assert items >= 3 * 6


def _noise(result) -> dict[str, object]:  # noqa: ANN001
    return {rs.bundle.story.id: rs for rs in result.ranked if _majority(rs, "label") == "none"}


def test_no_noise_story_reaches_any_page(demo):
    edition, _, _ = demo
    noise_ranked = 0
    for result in edition.values():
        noise = _noise(result)
        noise_ranked += len(noise)
        for page in result.edition.categories:
            assert not _page_story_ids(page) & set(noise), (result.edition.date, page.name)
    assert noise_ranked, "the demo editions should carry noise stories for this test to mean anything"


def test_no_page_cites_a_noise_article(demo):
    edition, _, _ = demo
    for result in edition.values():
        noise_urls = {a.url for rs in _noise(result).values() for a in rs.bundle.articles}
        for page in result.edition.categories:
            cited = {c.url for _, _, cites in _lines(page) for c in cites}
            assert not cited & noise_urls, (result.edition.date, page.name, cited & noise_urls)


def test_discrepancies_between_outlets_are_shown(demo):
    edition, articles, _ = demo
    shown = 0
    for gold_story, left, right in DISCREPANCIES:
        corpus = [a for a in articles.values() if a.metadata.get("story") == gold_story]
        sides = [{a.source for a in corpus if re.search(v, f"{a.title}\n{a.text}")} for v in (left, right)]
        assert sides[0] and sides[1] and sides[0] != sides[1], (gold_story, sides)
        for result in edition.values():
            for rs in result.ranked:
                if _majority(rs, "story") != gold_story:
                    continue
                arts = rs.bundle.articles
                has = [{a.source for a in arts if re.search(v, f"{a.title}\n{a.text}")} for v in (left, right)]
                if not (has[0] and has[1] and has[0] != has[1]):
                    continue   # this day's story does not carry both sides yet
                for page in result.edition.categories:
                    for d in page.key_developments:
                        if d.story_id != rs.bundle.story.id:
                            continue
                        paras = [p for p in d.paragraphs if re.search(left, p.text) and re.search(right, p.text)]
                        assert paras, (result.edition.date, gold_story, [p.text for p in d.paragraphs])
                        for v in (left, right):   # each value cited to an article that states it
                            assert any(re.search(v, articles[c.url].text) for c in paras[0].citations), (v, paras[0])
                        shown += 1
    assert shown, "no page develops a story whose outlets disagree"


def _agreement(edition) -> dict[str, tuple[int, int]]:  # noqa: ANN001
    counts: dict[str, list[int]] = {}
    for result in edition.values():
        stories = {rs.bundle.story.id: rs for rs in result.ranked}
        for page in result.edition.categories:
            c = counts.setdefault(page.name, [0, 0])
            for t in page.top_line:
                rs = stories[t.story_id]
                if part_of(_majority(rs, "story")) != EVALUATION:
                    continue
                c[0] += _majority(rs, "label") == page.name
                c[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def test_top_line_agrees_with_the_gold_categories(demo):
    edition, _, _ = demo
    got = _agreement(edition)
    print("Top Line agreement (evaluation part):", got)
    assert set(got) == set(AGREEMENT_FLOOR), got
    low = {k: v for k, v in got.items() if v[1] and v[0] / v[1] < AGREEMENT_FLOOR[k]}
    assert not low, (low, AGREEMENT_FLOOR)
    right, total = sum(v[0] for v in got.values()), sum(v[1] for v in got.values())
    assert total >= 20, got
    assert right / total >= AGREEMENT_OVERALL_FLOOR, (right, total)
    assert right >= AGREEMENT_RIGHT_FLOOR, (right, total)


def test_signals_count_evidence_across_stories_and_days(demo):
    edition, _, _ = demo
    signals = 0
    for result in edition.values():
        stories = {rs.bundle.story.id: rs for rs in result.ranked}
        day = result.edition.date
        for page in result.edition.categories:
            for s in page.signals:
                signals += 1
                assert 1 <= len(s.story_ids) <= 4 and s.citations   # a divergence claim: one story
                # the evidence closes the signal (issue 12): a theme's counts, or a claim's "Evidence:" line
                assert re.search(r"(?:^|\. )Evidence: \w+ stories from \w+ outlets[^.]*\.$", s.text) or \
                    re.search(r"Evidence: \w+ stor(?:y|ies) from \w+ outlets?\.$", s.text), s.text
                for sid in s.story_ids:   # the page's own stories only
                    c = stories[sid].classification
                    assert c.primary == page.name or page.name in c.secondary, (s.title, sid)
                assert len(s.trend) == 8 and s.trend[-1] == sum(
                    1 for sid in s.story_ids for a in stories[sid].bundle.articles if a.published.date() == day)
            ids = [sid for s in page.signals for sid in s.story_ids]
            assert len(ids) == len(set(ids)), "signals overlap"
    assert signals


def test_cross_story_links_cite_the_other_story(demo):
    """A "simultaneous news" paragraph cites an article of another story of the same edition."""
    edition, _, _ = demo
    links = 0
    for result in edition.values():
        story_of = {a.url: rs.bundle.story.id for rs in result.ranked for a in rs.bundle.articles}
        for page in result.edition.categories:
            for d in page.key_developments:
                for p in d.paragraphs:
                    if "simultaneous news" not in p.text:
                        continue
                    others = {story_of.get(c.url) for c in p.citations} - {d.story_id}
                    assert others - {None}, (d.story_id, p.text)
                    links += 1
    assert links, "the demo corpus plants linked stories (Kling and Alibaba); no link was written"


def test_stored_ranking_matches_the_edition_and_carries_gold_ids(demo):
    edition, _, ranked = demo
    day = {rs.bundle.story.id: rs for rs in edition[DAY].ranked}
    assert ranked and {r["story_id"] for r in ranked} <= set(day)
    assert all(_majority(day[r["story_id"]], "story") for r in ranked)
