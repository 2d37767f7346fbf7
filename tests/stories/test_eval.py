"""Evaluation metrics against hand-computed values, and `topline eval clusters` on a small real file."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from topline.eval.clusters import bcubed, pairwise, score

from ._fixtures import CLAUDE_BAN, HEATWAVE, KLING


def test_bcubed_hand_computed():
    gold = ["a", "a", "a", "b", "b"]
    pred = [1, 1, 2, 2, 2]
    p, r, f = bcubed(gold, pred)
    # precision: items 0,1 -> 1; items 2 -> 1/3; 3,4 -> 2/3 ; recall: 0,1 -> 2/3; 2 -> 1/3; 3,4 -> 1
    assert p == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_pairwise_and_extremes():
    gold = ["a", "a", "b", "b"]
    assert pairwise(gold, [1, 1, 2, 2]) == (1.0, 1.0, 1.0)
    assert pairwise(gold, [1, 1, 1, 1]) == pytest.approx((2 / 6, 1.0, 2 * (1 / 3) / (1 / 3 + 1)))
    assert bcubed(gold, [1, 2, 3, 4])[0] == 1.0 and bcubed(gold, [1, 2, 3, 4])[1] == 0.5
    s = score(gold, [1, 1, 2, 3])
    assert (s.gold_clusters, s.predicted_clusters, s.articles) == (2, 3, 4)
    with pytest.raises(ValueError):
        bcubed(["a"], [1, 2])


def test_cli_eval_clusters(tmp_path):
    from topline.cli.main import cli
    rows = []
    for story, items in (("kling", KLING), ("ban", CLAUDE_BAN), ("heat", HEATWAVE)):
        for n, (src, title, text) in enumerate(items):
            rows.append({"url": f"https://x.example/{story}/{n}", "title": title, "text": text, "source": src,
                         "published": "2025-07-01T10:00:00Z", "story": story})
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "clusters", str(path), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["articles"] == 7 and data["gold_clusters"] == 3
    assert data["bcubed_f1"] == 1.0 and data["predicted_clusters"] == 3
    text = CliRunner().invoke(cli, ["eval", "clusters", str(path)])
    assert "B-cubed F1" in text.output and "threshold 0.2," in text.output and text.exit_code == 0
    # the [stories] settings reach the engine: at threshold 1.0 nothing merges; a bad value names the setting
    solo = CliRunner().invoke(cli, ["eval", "clusters", str(path), "--json"], env={"TOPLINE_STORIES_THRESHOLD": "1"})
    assert solo.exit_code == 0 and json.loads(solo.output)["predicted_clusters"] == 7
    bad_value = CliRunner().invoke(cli, ["eval", "clusters", str(path)], env={"TOPLINE_STORIES_THRESHOLD": "2"})
    assert bad_value.exit_code != 0 and "stories.threshold" in bad_value.output
    bad = tmp_path / "nogold.jsonl"
    bad.write_text(json.dumps({"url": "https://x.example/1", "title": "t", "text": "x"}), encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "clusters", str(bad)])
    assert out.exit_code != 0 and "story" in out.output
