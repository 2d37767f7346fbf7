"""Noise stays off every page however thin the day (issue 11): a celebrity, sport or influencer item that shares a
few words with the taxonomy (AI words here) is "none" when it is far less about the taxonomy than the day's
typical story and a background class is close; real news that is only loosely about a category keeps it."""
from __future__ import annotations

import numpy as np

from topline.classify.offline import (DEFAULT_PARAMS, OfflineClassifier, typical_topicality, weakly_topical)
from topline.taxonomy import load_taxonomy

from .test_offline import story

# A thin day in the default taxonomy (AI industry): eight real stories, written for this test.
NEWS = [
    story("raise", ("Video AI start-up Lumacraft raises $600 million at $4 billion valuation",
                    "Lumacraft, which makes AI video generation models, raised $600 million in a round led by "
                    "Northgate Capital, valuing the company at $4 billion, it said on Tuesday.")),
    story("chips", ("US tightens export curbs on advanced AI chips to Southeast Asia",
                    "The Commerce Department will require licences for shipments of advanced AI accelerators to "
                    "Malaysia and Thailand, a draft rule seen by reporters shows.")),
    story("dc", ("Cloud provider to build $3 billion AI data centre in Ohio",
                 "The company will spend $3 billion on a data centre campus with 400 megawatts of capacity for "
                 "training AI models, the state's governor said.")),
    story("model", ("Open-weight model from Mistral tops coding benchmark",
                    "Mistral released a new open-weight large language model that scored highest on a widely used "
                    "coding benchmark, the company said.")),
    story("bank", ("Bank rolls out AI assistant to 40,000 employees",
                   "The bank said its in-house generative AI assistant is now available to all staff after a "
                   "pilot with 10,000 employees cut time spent on documents.")),
    story("breach", ("AI coding agent leaked customer database after prompt injection",
                     "Researchers showed that a support ticket could instruct an AI coding agent to expose a "
                     "company's database, a security flaw the vendor has patched.")),
    story("eu", ("EU publishes code of practice for general-purpose AI models",
                 "The European Commission published its voluntary code of practice for providers of general-purpose "
                 "AI models ahead of the AI Act's obligations taking effect in August.")),
    story("layoffs", ("Software maker cuts 9,000 jobs as it shifts spending to AI",
                      "The company said it would cut about 9,000 roles, or 4% of its workforce, as it pours "
                      "billions into AI infrastructure.")),
]
# Noise that borrows the taxonomy's words.
NOISE = [
    story("singer", ("Singer Lila Marsh says an AI app could never replace her grandmother's cooking",
                     "The Grammy-nominated star, 34, told an interviewer she tried a diet app last year but went "
                     "back to family recipes, and said she has never felt better or looked happier on stage.")),
    story("marathon", ("Marathon runners told to slow down as heat arrives",
                       "Organisers urged runners to drink more after temperatures on race day reached 26C; medical "
                       "tents treated 140 runners and the winner said smart watches helped her pace the race.")),
    story("gummies", ("Wellness influencer launches gummy brand that sold out in hours",
                      "The influencer, who has 9 million followers, said her vitamin gummies sold out within six "
                      "hours and that she used an AI tool to pick the flavours her fans would like.")),
]


def test_noise_sharing_the_taxonomy_s_words_is_none_on_a_thin_day():
    got = {c.story_id: c.primary for c in OfflineClassifier().classify(NEWS + NOISE, load_taxonomy(None))}
    assert all(got[b.story.id] is None for b in NOISE), got
    assert all(got[b.story.id] is not None for b in NEWS), got


def test_weakly_topical_needs_both_a_low_cosine_and_a_background_class_close_by():
    typical = 0.6
    assert weakly_topical(0.25, 0.22, typical)            # a quarter off the typical story, background close
    assert not weakly_topical(0.25, 0.05, typical)        # low, but nothing else wants it: keeps its category
    assert not weakly_topical(0.40, 0.38, typical)        # about the taxonomy like the day's other stories
    assert not weakly_topical(0.25, 0.22, 0.0)            # too few stories for a typical one: the margin rule only


def test_a_lone_feature_half_as_topical_as_the_day_is_noise_and_a_weak_real_story_is_not():
    """Figures measured on eval-trade's first day (issue 11, tenth pass): a cafe run from a cargo bike scored 0.29
    against a median of 0.56 with a background class 0.075 below it, and led a page; the least topical real story
    within the band on the calibration corpora scores 0.76 of the median (a model's price cut, cal-ai)."""
    assert weakly_topical(0.29, 0.215, 0.56)
    assert not weakly_topical(0.756 * 0.56, 0.756 * 0.56 - 0.059, 0.56)


def test_a_charity_fun_run_with_a_background_class_0_15_below_is_noise_and_a_real_story_further_off_is_not():
    """Figures logged on eval-fin's first window (issue 11, twelfth pass): a bank's staff running for a hospice
    scored 0.51 of a median of 0.534 with a background class 0.151 below its best category (one keyword), and led a
    thin day's results page; the demo's real stories sit 0.17 or more above every background class."""
    typical = 0.534
    assert weakly_topical(0.51 * typical, 0.51 * typical - 0.151, typical)
    assert not weakly_topical(0.51 * typical, 0.51 * typical - 0.17, typical)


def test_typical_topicality_is_the_median_of_the_stories_the_margin_keeps():
    k = 2   # two user categories, one background class
    zero = np.array([[0.6, 0.1, 0.1], [0.5, 0.2, 0.1], [0.7, 0.1, 0.2], [0.4, 0.3, 0.1], [0.55, 0.1, 0.0],
                     [0.05, 0.02, 0.5]], dtype=np.float32)       # the last one is off-topic by the margin
    fit = np.zeros(len(zero), dtype=np.float32)
    assert abs(typical_topicality(zero, fit, k, 0.05, DEFAULT_PARAMS) - 0.55) < 1e-6
    assert typical_topicality(zero[:3], fit[:3], k, 0.05, DEFAULT_PARAMS) == 0.0   # fewer than the minimum
    assert typical_topicality(zero, fit, k, 0.12, DEFAULT_PARAMS) == 0.0   # a broad taxonomy: the margin rule only


def test_the_gate_holds_for_a_strategic_edition_s_taxonomy_and_not_for_a_general_news_one():
    """Measured (issue 11, eleventh pass; topline.classify.offline.active_background): tests/data/eval-agri's
    five-category food and farming taxonomy has a none margin of 0.0774 (two background classes it covers are
    left out, so the breadth is larger), just over the former 0.075 bound, so the thin-day gate never ran there
    and a baking show's new judge and a documentary premiere led thin pages; AG News's plain taxonomy, a
    general-news one, 0.0992. The bound sits between them."""
    k = 2
    zero = np.array([[0.6, 0.1, 0.1], [0.5, 0.2, 0.1], [0.7, 0.1, 0.2], [0.4, 0.3, 0.1], [0.55, 0.1, 0.0]],
                    dtype=np.float32)
    fit = np.zeros(len(zero), dtype=np.float32)
    assert typical_topicality(zero, fit, k, 0.0774, DEFAULT_PARAMS) > 0     # the food taxonomy: the gate holds
    assert typical_topicality(zero, fit, k, 0.0992, DEFAULT_PARAMS) == 0.0  # AG News plain: the margin rule only
