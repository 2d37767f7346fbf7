"""`topline eval editorial` on a small corpus written for this test: text and JSON output, gold agreement, noise,
and an error for a folder without articles."""
from __future__ import annotations

import json

from click.testing import CliRunner

from topline.cli.main import cli

ROWS = [
    ("s1", "Reuters", "2026-03-11T08:00:00+00:00", "Nordvind agrees to buy Atlantic Shoals for $3.4 billion",
     "Nordvind Energy agreed to buy US offshore wind developer Atlantic Shoals Wind for $3.4 billion, the Danish "
     "utility said on Wednesday. The deal gives Nordvind development rights to 4.2 gigawatts of capacity."),
    ("s1", "Bloomberg", "2026-03-11T10:00:00+00:00", "Nordvind to acquire Atlantic Shoals in $3.4 billion deal",
     "Nordvind Energy will acquire Atlantic Shoals Wind for $3.4 billion in cash, the companies said on Wednesday, "
     "in the largest offshore wind takeover this year."),
    ("s2", "Financial Times", "2026-03-11T09:00:00+00:00", "Ionvolt raises $900 million for battery plant",
     "Battery maker Ionvolt has raised $900 million in a funding round led by sovereign investors to build a "
     "cell plant in Ohio, the company said on Wednesday."),
    ("s2", "CNBC", "2026-03-11T12:00:00+00:00", "Ionvolt lands $900 million to build Ohio battery factory",
     "Ionvolt closed a $900 million funding round on Wednesday and will use the money to build a battery cell "
     "factory in Ohio, its chief executive said."),
    ("n1", "Retail Gazette", "2026-03-11T11:00:00+00:00", "Electric blanket sales soar as shoppers hunt bargains",
     "Sales of electric blankets tripled at one supermarket chain this week as shoppers hunted for half-price "
     "bargains in the aisles. Slow cookers also sold out in several stores."),
]
TAXONOMY = '''
[[category]]
name = "Capital & Deals"
description = "Funding rounds, takeovers and acquisitions, bond sales and investment in energy companies."
[[category]]
name = "Power & Grids"
description = "Electricity grids, power plants, wind and solar farms, blackouts and grid operators."
'''


def _corpus(tmp_path):  # noqa: ANN001, ANN202
    with open(tmp_path / "articles.jsonl", "w", encoding="utf-8") as f:
        for n, (story, source, published, title, text) in enumerate(ROWS):
            f.write(json.dumps({"url": f"https://news.example/{story}/{n}", "title": title, "text": text,
                                "source": source, "published": published, "story": story}) + "\n")
    (tmp_path / "taxonomy.toml").write_text(TAXONOMY, encoding="utf-8")
    gold = {"dates": ["2026-03-11"], "noise": ["n1"],
            "stories": {"s1": {"categories": ["Capital & Deals"], "noise": False},
                        "s2": {"categories": ["Capital & Deals"], "noise": False},
                        "n1": {"categories": [], "noise": True}},
            "top_line": {"2026-03-11": {"Capital & Deals": [{"story": "s1"}, {"story": "s2"}]}}}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_eval_editorial_text_and_json(tmp_path, monkeypatch):
    monkeypatch.setenv("TOPLINE_HOME", str(tmp_path / "home"))
    (tmp_path / "corpus").mkdir()
    folder = _corpus(tmp_path / "corpus")
    runner = CliRunner()
    out = runner.invoke(cli, ["eval", "editorial", str(folder)])
    assert out.exit_code == 0, out.output
    assert "Capital & Deals" in out.output and "prose defects" in out.output
    got = runner.invoke(cli, ["eval", "editorial", str(folder), "--json", "--date", "2026-03-11"])
    assert got.exit_code == 0, got.output
    data = json.loads(got.output)
    capital = next(c for c in data["categories"] if c["category"] == "Capital & Deals")
    assert capital["gold"] == ["s1", "s2"] and capital["agreement"] == 2, capital
    assert data["noise_on_pages"] == {"2026-03-11": []}
    assert data["sentences"] > 0


def test_eval_editorial_needs_articles(tmp_path):
    out = CliRunner().invoke(cli, ["eval", "editorial", str(tmp_path)])
    assert out.exit_code != 0 and "no *.jsonl article file" in out.output
