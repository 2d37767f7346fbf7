"""The ledger through the pipeline, on articles written for this test: events stored and shown on the page
(Markdown, HTML, JSON), totals over days, a watch item settled by a later edition; `topline events` and the API."""
import json

import pytest
from click.testing import CliRunner

from topline.cli.main import cli

TAXONOMY = """
[[category]]
name = "Clean Energy"
description = "Wind, solar and battery companies: funding rounds, acquisitions, new plants, grid connections."
keywords = ["wind", "solar", "battery", "grid", "gigawatt"]
"""

ARTICLES = [
    # day 1: a funding round (two outlets, two amounts), a build-out, a vote to watch
    dict(url="https://wire.example/helio-raises", source="Wire", published="2026-03-10T08:00:00+00:00",
         title="Helio Storage raises $340 million for battery plants",
         text="Helio Storage raised $340 million in a Series C round led by Atlas Partners, the battery maker said on "
              "Tuesday. The company will use the money to build battery plants. The Ofgem board is expected to vote on "
              "the Kestrel grid connection on March 24."),
    dict(url="https://daily.example/helio-funding", source="Daily", published="2026-03-10T09:00:00+00:00",
         title="Battery maker Helio Storage lands $350 million",
         text="Helio Storage raised $350 million in a Series C round, people familiar with the deal said. Atlas "
              "Partners led the round for the battery maker."),
    dict(url="https://wire.example/kestrel-farm", source="Wire", published="2026-03-10T10:00:00+00:00",
         title="Kestrel Power to build 1.4 GW wind farm off Scotland",
         text="Kestrel Power will build a 1.4 GW offshore wind farm in Scotland for £3 billion. Construction of the "
              "wind farm starts next year, Kestrel Power said."),
    # day 2: the vote happens
    dict(url="https://wire.example/ofgem-vote", source="Wire", published="2026-03-25T08:00:00+00:00",
         title="Ofgem board approves Kestrel grid connection",
         text="The Ofgem board approved the Kestrel grid connection on Tuesday, clearing the way for the wind farm."),
]


@pytest.fixture
def built(topline_home):
    (topline_home / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES), encoding="utf-8")
    (topline_home / "taxonomy.toml").write_text(TAXONOMY, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(cli, ["ingest", str(topline_home / "articles.jsonl")])
    assert r.exit_code == 0, r.output
    for day in ("2026-03-10", "2026-03-25"):
        r = runner.invoke(cli, ["brief", "--date", day, "--taxonomy", str(topline_home / "taxonomy.toml"),
                                "--format", "json,md,html", "--out", str(topline_home / "out")])
        assert r.exit_code == 0, r.output
    return topline_home


def test_ledger_on_the_page_and_watch_item_followed(built):
    page = json.loads((built / "out" / "2026-03-10" / "edition.json").read_text())["categories"][0]
    types = {e["type"] for e in page["events"]}
    assert {"funding", "capex"} <= types
    funding = next(e for e in page["events"] if e["type"] == "funding")
    amounts = {(f["value"], f["source"]) for f in funding["fields"] if f["name"] == "amount"}
    assert amounts == {(340e6, "Wire"), (350e6, "Daily")}
    for e in page["events"]:
        for f in e["fields"]:
            assert f["text"] == "" or f["text"] in f["sentence"]
    totals = {(t["name"], t["unit"], t["days"]): t for t in page["totals"]}
    assert totals[("capacity_announced", "W", 7)]["value"] == 1.4e9
    assert totals[("capital_raised", "USD", 30)]["value"] == 340e6   # the first-stated value counts
    assert len(totals[("capital_raised", "USD", 30)]["series"]) == 30
    md = (built / "out" / "2026-03-10" / "clean-energy.md").read_text()
    assert "## Ledger" in md and "$340 million" in md and "$350 million (Daily)" in md and "## What to Watch" in md
    html = (built / "out" / "2026-03-10" / "clean-energy.html").read_text()
    assert 'class="ledger-table"' in html and "<svg" in html.split('class="totals"')[1]
    from topline.publish.email import render_bodies
    from topline.publish.model import edition_from_dict
    ed = edition_from_dict(json.loads((built / "out" / "2026-03-10" / "edition.json").read_text()))
    text, html_mail = render_bodies(ed, ed.categories, "https://briefing.example/")
    assert "LEDGER" in text and "$340 million" in text and "WHAT TO WATCH" in text
    assert ">Ledger</h2>" in html_mail and "$340 million" in html_mail
    watch = [w for w in page["watch"] if "Ofgem" in w["text"]]
    assert watch and watch[0]["status"] == "open" and watch[0]["due"] == "2026-03-24"
    later = json.loads((built / "out" / "2026-03-25" / "edition.json").read_text())["categories"][0]
    (w,) = [w for w in later["watch"] if "Ofgem" in w["text"]]
    assert w["status"] == "happened" and w["resolved_url"] == "https://wire.example/ofgem-vote"


def test_events_command_and_api(built):
    runner = CliRunner()
    r = runner.invoke(cli, ["events", "--date", "2026-03-10", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["date"] == "2026-03-10" and any(e["type"] == "funding" and e["conflicts"] == ["amount"]
                                                 for e in data["events"])
    r = runner.invoke(cli, ["events", "--date", "2026-03-10"])
    assert r.exit_code == 0 and "funding" in r.output and "capacity announced" in r.output
    from fastapi.testclient import TestClient

    from topline.config import load_settings
    from topline.store import open_store
    from topline.web.app import create_app
    settings = load_settings()
    with open_store(settings) as store, TestClient(create_app(settings, store, environ={})) as client:
        got = client.get("/api/editions/2026-03-10/events").json()
        assert got["events"] == data["events"]
        assert client.get("/api/editions/2031-01-01/events").status_code == 404
        happened = client.get("/api/watch", params={"status": "happened"}).json()
        assert [w["resolved_url"] for w in happened] == ["https://wire.example/ofgem-vote"]


def test_a_story_whose_extraction_fails_is_noted_and_the_edition_goes_on(topline_home, monkeypatch):
    """Errors are data: a sentence the rules cannot read (twice on this session's corpora an AttributeError in
    one rule stopped the whole edition) costs that story's events, with a note, never the edition."""
    from topline.events import memo

    real = memo.article_statements

    def article_statements(article, common):
        if "Kestrel Power" in article.title:
            raise AttributeError("'NoneType' object has no attribute 'end'")
        return real(article, common)

    monkeypatch.setattr(memo, "article_statements", article_statements)   # the ledger's per-article part
    (topline_home / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES[:3]), encoding="utf-8")
    (topline_home / "taxonomy.toml").write_text(TAXONOMY, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(topline_home / "articles.jsonl")]).exit_code == 0
    r = runner.invoke(cli, ["brief", "--date", "2026-03-10", "--taxonomy", str(topline_home / "taxonomy.toml"),
                            "--format", "json", "--out", str(topline_home / "out")])
    assert r.exit_code == 0, r.output
    edition = json.loads((topline_home / "out" / "2026-03-10" / "edition.json").read_text())
    types = {e["type"] for p in edition["categories"] for e in p["events"]}
    assert "funding" in types and "capex" not in types          # the other story's events are kept
    notes = [n for n in edition["manifest"]["notes"] if n.startswith("events: story")]
    assert len(notes) == 1 and "AttributeError" in notes[0], edition["manifest"]["notes"]
