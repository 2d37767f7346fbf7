"""The claim-support check on the labelled set tests/data/support (written and collected before tuning, frozen):
floors on its evaluation part, which no threshold was set on. benchmarks/bench_support.py prints the figures
(benchmarks/RESULTS.md, "Claim support")."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "support"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_support import load_articles, measure  # noqa: E402

# Floors at the level measured on the evaluation part with the thresholds frozen on the calibration parts
# (benchmarks/RESULTS.md, "Claim support"). Third round (the measured run after the cal4 mechanisms and the
# edition-independent pool): recall 174/183 = 0.951 (target 0.98, not reached), faithful paraphrases rejected
# 3/36 = 0.083 (target <= 0.10). Second round: 0.951 and 4/36 = 0.111; its first run 0.973 and 0.194. This part has
# now been run four times. Fourth round: recall 174/183 = 0.951, paraphrases rejected 2/36 = 0.056 (ceiling kept).
RECALL_FLOOR = 0.95
PARAPHRASE_REJECTION_CEILING = 0.084
KIND_FLOORS = {"unsupported_claim": 0.88, "wrong_actor": 0.89, "wrong_direction": 0.88, "merged_events": 1.0,
               "invented_cause": 1.0, "wrong_figure": 0.96, "content_free": 1.0}
KINDS = tuple(KIND_FLOORS)


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in (DATA / "sentences.jsonl").open(encoding="utf-8")]


def test_the_set_is_large_varied_and_split_by_article(rows):
    assert len(rows) >= 300
    origins = Counter(r["origin"] for r in rows)
    assert origins["smollm2"] >= 50 and origins["paraphrase"] >= 60 and origins["planted"] >= 150, origins
    assert {r["error"] for r in rows if r["label"] == "unsupported"} >= set(KINDS)
    for r in rows:   # the documented split: odd article numbers calibrate, even ones evaluate
        assert r["split"] == ("calibration" if int(r["article"][1:]) % 2 else "evaluation"), r
    for name in ("cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl"):   # calibration only
        extra = [json.loads(line) for line in (DATA / name).open(encoding="utf-8")]
        assert extra and all(r["split"] == "calibration" for r in extra), name
    raw = [json.loads(line) for line in (DATA / "smollm2_raw.jsonl").open(encoding="utf-8")]
    assert all(r["raw"] for r in raw), "the raw model outputs are kept"


@pytest.fixture(scope="module")
def evaluation(rows):
    return measure([r for r in rows if r["split"] == "evaluation"], load_articles())


def test_recall_on_unsupported_sentences(evaluation):
    recall = evaluation["caught"] / evaluation["unsupported"]
    missed = [r["sentence"] for what, r, _ in evaluation["misses"] if what == "missed"]
    assert recall >= RECALL_FLOOR, (recall, missed)


def test_false_rejections_of_faithful_paraphrases(evaluation):
    rate = evaluation["paraphrases_rejected"] / evaluation["paraphrases"]
    rejected = [(r["sentence"], v.details) for what, r, v in evaluation["misses"]
                if what == "rejected" and r["origin"] == "paraphrase"]
    assert rate <= PARAPHRASE_REJECTION_CEILING, (rate, rejected)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_error_holds_its_floor(evaluation, kind):
    n = evaluation["by_error"][kind]
    caught = evaluation["caught_by_error"][kind]
    assert n and caught / n >= KIND_FLOORS[kind], (kind, caught, n)


# --- the second evaluation part (tests/data/support/eval2-*.jsonl), calibration since the fourth round --------
# Written and committed before the third round changed the checker, run once at the end of that round (recall
# 222/237 = 0.937, faithful paraphrases rejected 21/108 = 0.194); the fourth round read its false rejections and
# misses and tuned on it, so it is CALIBRATION now. Floors at the fourth round's measured level
# (bench_support.py --part eval2): recall 222/237 = 0.937 (target 0.98: NOT reached), faithful paraphrases
# rejected 12/108 = 0.111. By kind: content-free 36/36, invented cause 26/26, merged events 26/26, wrong figure
# 32/32, unsupported claim 44/48, wrong direction 34/39, wrong actor 24/30.
EVAL2_RECALL_FLOOR = 0.936
EVAL2_PARAPHRASE_REJECTION_CEILING = 0.112
EVAL2_KIND_FLOORS = {"unsupported_claim": 0.91, "wrong_actor": 0.80, "wrong_direction": 0.87, "merged_events": 1.0,
                     "invented_cause": 1.0, "wrong_figure": 1.0, "content_free": 1.0}


@pytest.fixture(scope="module")
def eval2_rows():
    return [json.loads(line) for line in (DATA / "eval2-sentences.jsonl").open(encoding="utf-8")]


def test_the_second_evaluation_part_is_large_varied_and_separate(eval2_rows):
    arts = [json.loads(line) for line in (DATA / "eval2-articles.jsonl").open(encoding="utf-8")]
    assert len(arts) >= 24 and len(eval2_rows) >= 260
    origins = Counter(r["origin"] for r in eval2_rows)
    assert origins["paraphrase"] >= 80 and origins["smollm2"] >= 1, origins
    assert sum(r["label"] == "unsupported" for r in eval2_rows) >= 180
    assert {r["error"] for r in eval2_rows if r["label"] == "unsupported"} >= set(KINDS)
    assert all(r["split"] == "evaluation2" for r in eval2_rows)
    first = {r["sentence"] for r in (json.loads(line) for line in (DATA / "sentences.jsonl").open(encoding="utf-8"))}
    claims = {r["sentence"] for r in eval2_rows if r["error"] != "content_free"}   # "..." may recur
    assert not first & claims, "no sentence of the first set is reused"
    urls = {a["url"] for a in arts}
    assert all(set(r["cites"]) <= urls for r in eval2_rows)


@pytest.fixture(scope="module")
def evaluation2(eval2_rows):
    return measure(eval2_rows, load_articles())


def test_eval2_recall_on_unsupported_sentences(evaluation2):
    recall = evaluation2["caught"] / evaluation2["unsupported"]
    missed = [r["sentence"] for what, r, _ in evaluation2["misses"] if what == "missed"]
    assert recall >= EVAL2_RECALL_FLOOR, (recall, missed)


def test_eval2_false_rejections_of_faithful_paraphrases(evaluation2):
    rate = evaluation2["paraphrases_rejected"] / evaluation2["paraphrases"]
    rejected = [(r["sentence"], v.details) for what, r, v in evaluation2["misses"]
                if what == "rejected" and r["origin"] == "paraphrase"]
    assert rate <= EVAL2_PARAPHRASE_REJECTION_CEILING, (rate, rejected)


@pytest.mark.parametrize("kind", KINDS)
def test_eval2_every_kind_of_error_holds_its_floor(evaluation2, kind):
    n = evaluation2["by_error"][kind]
    caught = evaluation2["caught_by_error"][kind]
    assert n and caught / n >= EVAL2_KIND_FLOORS[kind], (kind, caught, n)


# --- the third evaluation part (tests/data/support/eval3-*.jsonl) --------------------------------------------
# Written and committed ALONE before the fourth round changed the checker (commit "support set: third evaluation
# part (written before tuning, frozen)"), other topics and sentence shapes (courts, sport business, shipping,
# retail, public finance), never read while tuning, run once at the end of that round. Floors at the measured
# level (benchmarks/RESULTS.md, "Claim support", fourth round), not above.
# Measured once (bench_support.py --part eval3): recall 115/126 = 0.913 (target 0.98: NOT reached), faithful
# paraphrases rejected 24/126 = 0.190 (target <= 0.10: NOT met). By kind: invented cause 17/17, merged events 9/9,
# wrong figure 25/25, wrong actor 21/23, unsupported claim 16/18, wrong direction 21/24, content-free 6/10.
EVAL3_RECALL_FLOOR = 0.912
EVAL3_PARAPHRASE_REJECTION_CEILING = 0.191
EVAL3_KIND_FLOORS = {"unsupported_claim": 0.88, "wrong_actor": 0.91, "wrong_direction": 0.87, "merged_events": 1.0,
                     "invented_cause": 1.0, "wrong_figure": 1.0, "content_free": 0.6}


@pytest.fixture(scope="module")
def eval3_rows():
    return [json.loads(line) for line in (DATA / "eval3-sentences.jsonl").open(encoding="utf-8")]


def test_the_third_evaluation_part_is_large_varied_and_separate(eval3_rows):
    arts = [json.loads(line) for line in (DATA / "eval3-articles.jsonl").open(encoding="utf-8")]
    assert len(arts) >= 18 and len(eval3_rows) >= 200
    assert sum(r["origin"] == "paraphrase" for r in eval3_rows) >= 90
    assert sum(r["label"] == "unsupported" for r in eval3_rows) >= 110
    assert {r["error"] for r in eval3_rows if r["label"] == "unsupported"} >= set(KINDS)
    assert all(r["split"] == "evaluation3" for r in eval3_rows)
    earlier = set()
    for name in ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
                 "eval2-sentences.jsonl"):
        earlier |= {json.loads(line)["sentence"] for line in (DATA / name).open(encoding="utf-8")}
    claims = {r["sentence"] for r in eval3_rows if r["error"] != "content_free"}
    assert not earlier & claims, "no sentence of an earlier part is reused"
    urls = {a["url"] for a in arts}
    assert all(set(r["cites"]) <= urls for r in eval3_rows)


@pytest.fixture(scope="module")
def evaluation3(eval3_rows):
    return measure(eval3_rows, load_articles())


def test_eval3_recall_on_unsupported_sentences(evaluation3):
    recall = evaluation3["caught"] / evaluation3["unsupported"]
    missed = [r["sentence"] for what, r, _ in evaluation3["misses"] if what == "missed"]
    assert recall >= EVAL3_RECALL_FLOOR, (recall, missed)


def test_eval3_false_rejections_of_faithful_paraphrases(evaluation3):
    rate = evaluation3["paraphrases_rejected"] / evaluation3["paraphrases"]
    rejected = [(r["sentence"], v.details) for what, r, v in evaluation3["misses"]
                if what == "rejected" and r["origin"] == "paraphrase"]
    assert rate <= EVAL3_PARAPHRASE_REJECTION_CEILING, (rate, rejected)


@pytest.mark.parametrize("kind", KINDS)
def test_eval3_every_kind_of_error_holds_its_floor(evaluation3, kind):
    n = evaluation3["by_error"][kind]
    caught = evaluation3["caught_by_error"][kind]
    assert n and caught / n >= EVAL3_KIND_FLOORS[kind], (kind, caught, n)
