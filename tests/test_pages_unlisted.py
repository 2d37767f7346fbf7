"""benchmarks/pages_unlisted.py (issue 11, pages38): the gold story-days whose gold page is neither the main story's
primary nor a secondary, and why, on a hand-built dumped day (``editorial_offline.dump``'s format)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pages_unlisted as pu  # noqa: E402


def _s(sid: str, gold: str, n: int, primary: str | None, secondary: tuple[str, ...] = (),
       topic: dict[str, float] | None = None) -> dict:
    topic = topic or {"A": 0.6, "B": 0.3, "C": 0.2}
    return {"id": sid, "gold": gold, "n": n, "primary": primary, "secondary": list(secondary),
            "scores": [["A", 0.9], ["B", 0.06], ["C", 0.04]], "topic": [[k, v, 0] for k, v in topic.items()],
            "arts": []}


def test_unlisted_gold_pages_and_their_causes() -> None:
    day = {"stories": [_s("m1b", "g1", 1, "C"),                 # a smaller split part of g1: not the main story
                       _s("m1", "g1", 4, "A", ("B",)),          # g1's main story: primary on A, secondary on B
                       _s("m2", "g2", 3, "A", topic={"A": 0.6, "B": 0.4, "C": 0.2}),   # B its topic runner-up
                       _s("m3", "g3", 2, "A", topic={"A": 0.6, "B": 0.2, "C": 0.3}),   # B third
                       _s("m4", "g4", 2, None)],                # called noise
           "pages": {"A": {"gold": ["g1", "g2"], "top_gold": ["g1"]},
                     "B": {"gold": ["g1", "g2", "g3", "g4", "g5"], "top_gold": ["g2"]},
                     "C": {"gold": ["g1"], "top_gold": []}}}
    gold = {"g1": {"categories": ["A", "B"], "title": "one"}, "g2": {"categories": ["B", "A"], "title": "two"},
            "g3": {"categories": ["A", "B"]}, "g4": {"categories": ["B"]}, "g5": {"categories": ["B"]}}
    rows, n = pu.unlisted(day, gold)
    assert n["gold story-days"] == 8 and n["no story"] == 1 and n["primary"] == 2 and n["secondary"] == 1
    assert n["unlisted"] == 4     # g2, g3 and g4 on B; g1 on C (its split part's primary does not count)
    assert n["primary = gold's first page"] == 4    # g1 on A, B and C, g3 on B (each counted per gold page)
    got = {(r["gold"], r["cat"]): r for r in rows}
    assert set(got) == {("g2", "B"), ("g3", "B"), ("g4", "B"), ("g1", "C")}
    assert got[("g2", "B")]["missed"] is False and got[("g3", "B")]["missed"] is True
    assert got[("g1", "C")]["split"] == 2
    assert pu.cause(got[("g2", "B")], [])[0] == "no kind points there; the page is the topic runner-up"
    assert abs(pu.cause(got[("g2", "B")], [])[1] - 0.4 / 0.6) < 1e-9
    assert pu.cause(got[("g3", "B")], [])[0] == "no kind points there; the page is the topic's third or lower"
    assert pu.cause(got[("g3", "B")], ["B"])[0].startswith("a kind points to the page")
    assert pu.cause(got[("g4", "B")], ["B"])[0] == "called noise (no primary)"
