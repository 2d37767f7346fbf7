"""Issue 11, fourth pass (tests/data/cal-ai2): a long real article whose embedding leans to a background class (a
deepfake robocall in a by-election reads as politics, a lab disbanding its red team as business) keeps its
category when it names several different keywords of it; noise that borrows one or two AI words stays "none".
The articles are the calibration corpus's real rows of 2026-10-07's window, grouped by their gold story."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from topline.classify.offline import DEFAULT_PARAMS, OfflineClassifier, distinct_keywords, personal_story
from topline.taxonomy import load_taxonomy

from .test_offline import story

CORPUS = Path(__file__).resolve().parents[1] / "data" / "cal-ai2"


def _bundles():
    rows = [json.loads(l) for l in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    by_story: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        if r["published"] >= "2026-10-05" and (r["title"], r["text"]) not in by_story.get(r["story"], []):
            by_story.setdefault(r["story"], []).append((r["title"], r["text"]))
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    return [story(sid, *arts) for sid, arts in sorted(by_story.items())], gold


def test_a_story_naming_several_keywords_of_a_category_is_not_called_off_topic():
    bundles, gold = _bundles()
    got = {c.story_id: c for c in OfflineClassifier().classify(bundles, load_taxonomy(None))}
    # the real Safety & Security stories the margin rule and the thin-day gate put in no category before
    for sid in ("s22", "s29"):
        assert got[sid].primary is not None, (sid, got[sid].scores)
        assert "Safety & Security" in (got[sid].primary, *got[sid].secondary), (sid, got[sid])
    # noise borrowing AI words: a band's album art, a fantasy league, wedding planning, a hiking app, line calls
    for sid in ("s32", "s34", "s35", "s36", "s38"):
        assert sid in gold["noise"] and got[sid].primary is None, (sid, got[sid])


def test_distinct_keywords_counts_each_keyword_once():
    cats = load_taxonomy(None).categories
    safety = [c.name for c in cats].index("Safety & Security")
    texts = ["Deepfake deepfake deepfake robocalls: a scam, a fraud.", "A barista made my oat latte in Brooklyn."]
    named = distinct_keywords(texts, cats)
    assert named.shape == (2, len(cats))
    assert named[0, safety] == 3 and named[1].max() == 0
    assert DEFAULT_PARAMS.keyword_topical == 3 and np.all(named[1] < DEFAULT_PARAMS.keyword_topical)


def test_a_first_person_consumer_piece_is_none_under_a_narrow_taxonomy():
    bundles, gold = _bundles()
    got = {c.story_id: c.primary for c in OfflineClassifier().classify(bundles, load_taxonomy(None))}
    # "A robot made my latte in Brooklyn. It was fine." and "I tested this phone's new AI camera features ..."
    # had Enterprise & Adoption and Models & Research before
    for sid in ("s31", "s33"):
        assert sid in gold["noise"] and got[sid] is None, (sid, got[sid])
    real = [b.story.id for b in bundles if b.story.id not in gold["noise"]]
    assert all(got[sid] is not None for sid in real), {sid: got[sid] for sid in real if got[sid] is None}


def test_first_person_means_the_writer_not_a_quoted_speaker_nor_a_i():
    assert personal_story(story("p", ("I let an AI horoscope app run my week. Here's what happened", "x")))
    assert not personal_story(story("q", ("A.I. Finds Hidden Signs of Pancreatic Cancer in Routine Scans", "x")))
    assert not personal_story(story("r", ('Founder says "I will not sell" as board weighs a bid', "x")))
    # one hard-news title in the story is enough to keep it a development
    assert not personal_story(story("s", ("I tried the new Norrow-4 model", "x"),
                                    ("Norrow Labs launches Norrow-4 open-weight model", "y")))


def test_a_product_review_told_in_the_third_person_is_none_under_a_narrow_taxonomy():
    """cal-ai2's car review (s39: "New family hatchback gets AI voice assistant as standard", the reviewer's drive
    and the trims' prices) reached Models & Research's Top Line; every real story keeps a category."""
    bundles, gold = _bundles()
    got = {c.story_id: c.primary for c in OfflineClassifier().classify(bundles, load_taxonomy(None))}
    assert "s39" in gold["noise"] and got["s39"] is None, got["s39"]
    real = [b.story.id for b in bundles if b.story.id not in gold["noise"]]
    assert all(got[sid] is not None for sid in real), {sid: got[sid] for sid in real if got[sid] is None}


def test_a_review_needs_the_reviewer_s_use_and_what_a_buyer_pays_in_every_article():
    from topline.classify.offline import consumer_review
    review = ("Electric city car adds an AI co-driver", "The updated city car gets a chatbot that reads the route "
              "aloud. On our test drive it found a charger quickly. Prices start at 21,000 euros for the base trim.")
    phone = ("Foldable phone review: the AI editor is the star", "We tested the photo editor for a week; battery "
             "life is a day and a half. Verdict: the best foldable yet. It costs $1,299.")
    assert consumer_review(story("r", review)) and consumer_review(story("p", phone))
    # a lab's own tests and an API's price are news, not a review
    lab = ("Lab releases model that tops coding benchmark", "In our tests the model fixed 71% of the issues, the "
           "lab said. Access costs $3 per million tokens.")
    assert not consumer_review(story("l", lab))
    # one hard-news report in the story keeps it a development
    assert not consumer_review(story("m", review, ("Carmaker to fit AI assistants across its range",
                                                   "The carmaker said on Monday it would fit AI assistants to all "
                                                   "its 2027 models, investing 400 million euros.")))


def test_n_grams_counted_once_give_the_counts_of_one_count_per_function():
    """Issue 14: ``score`` counts each story text's n-grams once (``text_grams``, up to the longest keyword of every
    class, background included) for ``keyword_hits`` and ``distinct_keywords``; the same arrays as counting again."""
    from topline.classify.background import BACKGROUND
    from topline.classify.offline import keyword_hits, text_grams
    from topline.classify.text import word_text
    bundles, _ = _bundles()
    cats = load_taxonomy(None).categories
    classes = cats + BACKGROUND
    texts = [word_text(b) for b in bundles] + ["Deepfake deepfake robocalls: a scam, a fraud, data centres."]
    grams = text_grams(texts, classes)
    assert len(grams) == len(texts)
    hits = keyword_hits(texts, classes)
    assert hits.sum() > 0 and np.array_equal(keyword_hits(texts, classes, grams), hits)
    named = distinct_keywords(texts, cats)
    assert named.sum() > 0 and np.array_equal(distinct_keywords(texts, cats, grams), named)


def test_keyword_count_matrix_gives_the_hits_distinct_keywords_and_title_shares_of_the_n_gram_counts():
    """Issue 14: ``score`` takes the keyword bonus and the distinct keywords from one matrix of keyword counts
    (``keyword_counts``; n-grams of n > 1 counted only where every word of a keyword is a token; only the keywords
    a text holds looked up) and
    ``title_keyword_share`` counts every title in one pass: the same arrays, dtype included, as the n-gram
    counts of each text (``keyword_hits``, ``distinct_keywords``, ``_hits`` per story), on the calibration stories,
    the demo corpus and edge forms (repeated and overlapping keywords, plurals, case, an empty text)."""
    from topline import demo
    from topline.classify.background import BACKGROUND
    from topline.classify.offline import (_hits, class_distinct, class_hits, keyword_counts, keyword_hits,
                                          title_keyword_share)
    from topline.classify.text import MAX_ARTICLES, Folds, keyword_tuples, tokens, word_text
    bundles, _ = _bundles()
    rows = [json.loads(line) for p in demo.corpus_files() for line in Path(p).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for tax in (load_taxonomy(None), load_taxonomy(str(CORPUS.parent / "cal-biotech" / "taxonomy.toml"))):
        cats = tax.categories
        classes = cats + BACKGROUND
        texts = [word_text(b) for b in bundles] + [f"{r['title']}. {r.get('text', '')}" for r in rows] + [
            "", "Data centres data centre DATA CENTER data data centres", "chip chips chip export export controls",
            "AI ai A.I. deepfake deepfakes deep fake"]
        assert all(Folds().tokens(t) == tokens(t) for t in texts)     # each distinct token folded once, same lists
        counts, member = keyword_counts(texts, [keyword_tuples(c) for c in classes])
        hits = class_hits(counts, member)
        want = keyword_hits(texts, classes)
        assert hits.dtype == want.dtype and np.array_equal(hits, want) and want.sum() > 100
        named = class_distinct(counts, member[:, :len(cats)])
        want = distinct_keywords(texts, cats)
        assert named.dtype == want.dtype and np.array_equal(named, want) and want.sum() > 50
        kws = [keyword_tuples(c) for c in classes]
        share = title_keyword_share(bundles, classes)
        want = np.zeros_like(share)
        for i, b in enumerate(bundles):
            titles = [a.title for a in b.articles[:MAX_ARTICLES]] or [b.story.title]
            want[i] = _hits(titles, kws).astype(bool).mean(axis=0)
        assert np.array_equal(share, want) and want.sum() > 0
