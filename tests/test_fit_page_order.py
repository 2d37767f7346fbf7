"""benchmarks/fit_page_order.py (issue 11, editorial37): the features of a dumped candidate and the pairwise fit
that learns the page order, on hand-built dump rows."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fit_page_order as fp  # noqa: E402


def _row(sid: str, primary: str, secondary: list[str], scores: list, gold: str, arts: list[tuple[str, str]],
         score: float = 0.5, topic: list | None = None) -> dict:
    return {"id": sid, "gold": gold, "n": len(arts), "outlets": sorted({o for o, _ in arts}),
            "score": score, "factors": [["independent_outlets", score, 1.0, ""]],
            "primary": primary, "secondary": secondary, "scores": scores, "topic": topic or [],
            "kinds": ["funding"], "first_seen": arts[0][1], "last_seen": arts[-1][1],
            "arts": [{"t": sid, "src": o, "pub": t, "g": gold, "soft": i == 0, "spec": False}
                     for i, (o, t) in enumerate(arts)]}


def test_features_of_a_secondary_tied_with_its_primary() -> None:
    s = _row("s1", "Deals", ["Markets"], [["Deals", 0.4], ["Markets", 0.4]], "g1",
             [("Reuters", "2027-03-23T08:00:00+00:00"), ("FT", "2027-03-24T09:00:00+00:00"),
              ("Bloomberg", "2027-03-24T10:00:00+00:00")], topic=[["Markets", 0.6, 10]])
    f = fp.features(s, "Markets", "2027-03-24")
    assert f["primary"] == 0.0 and f["share"] == 1.0 and f["tied"] == 1.0
    assert f["topic_sim"] == 0.6 and f["named"] == 1.0
    assert f["today_share"] == 2 / 3 and f["soft_today"] == 0.0 and f["age_days"] == 1.0
    assert f["page_score"] == 0.5 + fp.eo.topic_bonus(s, "Markets")
    assert fp.features(s, "Deals", "2027-03-23")["soft_today"] == 1.0
    assert fp.features(s, "Deals", "2027-03-24")["tied"] == 0.0


def _pages(n: int, rng: np.random.Generator) -> list:
    """Pages whose chosen stories are told by ``topic_sim``, whatever their page score."""
    pages = []
    for _ in range(n):
        cands = []
        for i in range(10):
            f = {"page_score": 1.0 - i / 10, "topic_sim": float(rng.random())}
            cands.append((f"s{i}", 1 if f["topic_sim"] > 0.6 else 0, f))
        pages.append(("2027-03-24", "Deals", cands))
    return pages


def test_the_fit_learns_a_feature_that_decides_and_keeps_the_order_when_held() -> None:
    pages = _pages(40, np.random.default_rng(7))
    names = ["page_score", "topic_sim"]
    coef = fp.fit(pages, names, 10, 10.0)
    assert coef[1] > 5 * abs(coef[0])           # the deciding feature outweighs the page score
    right, total = fp.margin_accuracy(pages, lambda f: float(np.dot([f[k] for k in names], coef)))
    base, _ = fp.margin_accuracy(pages, lambda f: f["page_score"])
    assert right / total > 0.95 > base / total
    held = fp.fit(pages, names, 10, 1e-9)       # all but the page score penalised away: the project's order
    assert abs(held[1]) < 1e-3 * abs(held[0])
