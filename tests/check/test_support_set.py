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
# (benchmarks/RESULTS.md, "Claim support"; second and last evaluation run, after the role, opposite and negation
# checks): recall 174/183 = 0.951 (target 0.98, not reached), faithful paraphrases rejected 4/36 = 0.111 (target
# <= 0.10, NOT met: one paraphrase over). The first run of the session (before the third calibration part) measured
# recall 0.973 and paraphrase rejections 0.194.
RECALL_FLOOR = 0.95
PARAPHRASE_REJECTION_CEILING = 0.112
KIND_FLOORS = {"unsupported_claim": 0.90, "wrong_actor": 0.84, "wrong_direction": 0.88, "merged_events": 1.0,
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
    for name in ("cal2-sentences.jsonl", "cal3-sentences.jsonl"):   # later calibration parts: calibration only
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
