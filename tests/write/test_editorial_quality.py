"""Editorial judgement floors (issue 11), pinned at the levels measured with `topline eval editorial`.

Every corpus is built in order, as a subscriber's daily run would (three editions each; one build per corpus), and
scored on its last gold date. The eval corpus (tests/data/eval-energy) is frozen and was never tuned on; the two
calibration corpora (tests/data/cal-biotech, and tests/data/cal-ai and cal-ai2 in the default taxonomy) were tuned on; the demo's
gold Top Line is the example briefing's (Capital & Industrial Strategy only). Figures: benchmarks/RESULTS.md,
"Editorial judgement" ("Fourth pass (cal-ai2)" for the latest).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from topline.eval.editorial import evaluate_dir, lead_problems

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "tests" / "data" / "eval-energy"
CAL = REPO / "tests" / "data" / "cal-biotech"
CAL_AI = REPO / "tests" / "data" / "cal-ai"
CAL_AI2 = REPO / "tests" / "data" / "cal-ai2"
pytestmark = pytest.mark.slow   # five corpora, three editions each (about 55 s)

# Measured 2026-12-03 after issue 11's second pass (ranking on the whole story, pages from the kind of event, the
# outlet cap on single-source stories; benchmarks/RESULTS.md); floors at the measured level.
EVAL_AGREEMENT = {"Capital & Deals": 4, "Power & Grids": 4, "Policy & Regulation": 4, "Markets & Prices": 4,
                  "Technology & Supply Chain": 3}          # of 5 each; the target is 4 in every category
EVAL_STATES_SHARE = 0.95      # bullets that state the development: measured 24 of 25 (0.96)
EVAL_DEFECTS_PER_100 = 0.5    # measured 0.0 (0 in 344 sentences, third pass, with the feature_voice class)
# The calibration corpus (tuned on: KIND_LIKELIHOOD, STALE_NOVELTY, the thin-day noise gate's Params.topical_*).
CAL_AGREEMENT = {"Deals & Capital": 5, "Regulation & Policy": 3, "Clinical & Science": 5, "Markets & Pricing": 5,
                 "Manufacturing & Supply": 4}
CAL_STATES_SHARE = 0.96       # measured 25 of 25
CAL_DEFECTS_PER_100 = 0.5     # measured 0.0 (0 in 393; 0.5 with the feature_voice class before the third pass)
CAL_NOISE = 0                 # measured 0 since the third pass (3 before: s30, s31 on 05-18; s37 on 05-19)
# The calibration corpus in the default taxonomy (helper "calai"; tuned on in the third pass: the state
# competition cues, the stance and first-person leads, the feature-voice filter), scored on 2026-09-16.
CAL_AI_AGREEMENT = {"Capital & Industrial Strategy": 4, "Compute & Infrastructure": 4, "Models & Research": 4,
                    "Policy & Regulation": 5, "Enterprise & Adoption": 4, "Safety & Security": 5}
CAL_AI_STATES_SHARE = 0.85    # measured 26 of 30 (0.867; the four flagged bullets state their development with
                              # verbs the checker's list lacks: "will provide", "has dumped", "gave", "has prompted")
CAL_AI_DEFECTS_PER_100 = 1.0  # measured 0.31 (1 in 326: a headline the page gate took from a cited article)
# The long-article calibration corpus in the default taxonomy (helper "calai2"; tuned on in the fourth pass: the
# headline and lead of the latest development, the keyword-topical and first-person rules), scored on 2026-10-07.
CAL_AI2_AGREEMENT = {"Capital & Industrial Strategy": 3, "Compute & Infrastructure": 5, "Models & Research": 4,
                     "Policy & Regulation": 5, "Enterprise & Adoption": 4, "Safety & Security": 4}
CAL_AI2_STATES_SHARE = 0.85   # measured 27 of 30 (0.90)
CAL_AI2_DEFECTS_PER_100 = 0.5  # measured 0.0 (0 in 310; 0.64 before the fourth pass: stale_headline, stacked_attribution)
CAL_AI2_NOISE = 1             # measured 1 over the three editions (s39, a car review, on 10-07; 4 before the fourth pass)
DEMO_CAPITAL_AGREEMENT = 4    # of the example briefing's 5; measured 4
DEMO_STATES_SHARE = 0.88      # measured 24 of 27 (0.889)
DEMO_DEFECTS_PER_100 = 0.5    # measured 0.0 (0 in 420 sentences)


@pytest.fixture(scope="module")
def eval_report():
    return evaluate_dir(EVAL)


@pytest.fixture(scope="module")
def cal_report():
    return evaluate_dir(CAL)


@pytest.fixture(scope="module")
def cal_ai_report():
    return evaluate_dir(CAL_AI)


@pytest.fixture(scope="module")
def cal_ai2_report():
    return evaluate_dir(CAL_AI2)


@pytest.fixture(scope="module")
def demo_report():
    from topline import demo
    return evaluate_dir(demo.corpus_dir())


def _states_share(r) -> float:  # noqa: ANN001
    bullets = sum(c.bullets for c in r.categories)
    return sum(c.states_development for c in r.categories) / bullets if bullets else 0.0


def test_eval_corpus_top_line_agreement_floors(eval_report):
    got = {c.category: c.agreement for c in eval_report.categories}
    assert set(got) == set(EVAL_AGREEMENT), got
    assert all(got[k] >= v for k, v in EVAL_AGREEMENT.items()), got


def test_eval_corpus_admits_no_noise_and_few_prose_defects(eval_report):
    assert not any(eval_report.noise_on_pages.values()), eval_report.noise_on_pages
    assert eval_report.defects_per_100 <= EVAL_DEFECTS_PER_100, (eval_report.defects, eval_report.examples)
    assert _states_share(eval_report) >= EVAL_STATES_SHARE, eval_report.bullets
    # no feature opening and no dangling reference among bullets (the target)
    bad = [b for b in eval_report.bullets if {"feature_opening", "leaning"} & set(b["problems"])]
    assert not bad, bad


def test_calibration_corpus_floors(cal_report):
    got = {c.category: c.agreement for c in cal_report.categories}
    assert set(got) == set(CAL_AGREEMENT), got
    assert all(got[k] >= v for k, v in CAL_AGREEMENT.items()), got
    assert sum(len(v) for v in cal_report.noise_on_pages.values()) <= CAL_NOISE, cal_report.noise_on_pages
    assert not cal_report.noise_on_pages[cal_report.date], cal_report.noise_on_pages
    assert cal_report.defects_per_100 <= CAL_DEFECTS_PER_100, (cal_report.defects, cal_report.examples)
    assert _states_share(cal_report) >= CAL_STATES_SHARE, cal_report.bullets
    bad = [b for b in cal_report.bullets if {"feature_opening", "leaning"} & set(b["problems"])]
    assert not bad, bad


def test_default_taxonomy_calibration_corpus_floors(cal_ai_report):
    got = {c.category: c.agreement for c in cal_ai_report.categories}
    assert set(got) == set(CAL_AI_AGREEMENT), got
    assert all(got[k] >= v for k, v in CAL_AI_AGREEMENT.items()), got
    assert not any(cal_ai_report.noise_on_pages.values()), cal_ai_report.noise_on_pages
    assert cal_ai_report.defects_per_100 <= CAL_AI_DEFECTS_PER_100, (cal_ai_report.defects, cal_ai_report.examples)
    assert not cal_ai_report.defects.get("feature_voice"), cal_ai_report.examples
    assert _states_share(cal_ai_report) >= CAL_AI_STATES_SHARE, cal_ai_report.bullets
    bad = [b for b in cal_ai_report.bullets if {"feature_opening", "leaning"} & set(b["problems"])]
    assert not bad, bad


def test_long_article_calibration_corpus_floors(cal_ai2_report):
    got = {c.category: c.agreement for c in cal_ai2_report.categories}
    assert set(got) == set(CAL_AI2_AGREEMENT), got
    assert all(got[k] >= v for k, v in CAL_AI2_AGREEMENT.items()), got
    assert sum(len(v) for v in cal_ai2_report.noise_on_pages.values()) <= CAL_AI2_NOISE, cal_ai2_report.noise_on_pages
    assert cal_ai2_report.defects_per_100 <= CAL_AI2_DEFECTS_PER_100, (cal_ai2_report.defects, cal_ai2_report.examples)
    assert not cal_ai2_report.defects.get("stale_headline"), cal_ai2_report.examples
    assert _states_share(cal_ai2_report) >= CAL_AI2_STATES_SHARE, cal_ai2_report.bullets
    bad = [b for b in cal_ai2_report.bullets if {"feature_opening", "leaning"} & set(b["problems"])]
    assert not bad, bad


def test_demo_floors(demo_report):
    capital = next(c for c in demo_report.categories if c.category == "Capital & Industrial Strategy")
    assert capital.agreement >= DEMO_CAPITAL_AGREEMENT, capital
    assert not any(demo_report.noise_on_pages.values()), demo_report.noise_on_pages
    assert demo_report.defects_per_100 <= DEMO_DEFECTS_PER_100, (demo_report.defects, demo_report.examples)
    assert _states_share(demo_report) >= DEMO_STATES_SHARE, demo_report.bullets
    bad = [b for b in demo_report.bullets if {"feature_opening", "leaning"} & set(b["problems"])]
    assert not bad, bad


def test_the_measure_can_fail():
    """The lead checker flags the issue's feature openings, so the floors above are not vacuous."""
    assert lead_problems("If you've scrolled through tech job listings lately, you may have noticed an unusual "
                         "title popping up: forward-deployed engineer.")
