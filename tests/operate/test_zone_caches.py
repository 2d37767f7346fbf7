"""Issue 10 (mend33): nothing an edition keeps for later (the stage cache's per-article values, the ledger's
statements, the writer's sentences, the values computed ahead in forked processes) depends on the edition's zone
under a key that omits it. One store builds the same date in UTC, then in America/Los_Angeles, then in UTC again;
each build equals the build of that date in that zone in a fresh store, also when one writer writes all three. Articles written for the test, several
near midnight UTC (the evening before in Los Angeles), so the zone changes which of them are "today's". Real
components: SQLite stores, full builds; the forked helpers used by lowering their thresholds
(tests/test_prefetch.py does the same)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.editions import comparable

DAY = dt.date(2026, 3, 10)
WEST = "America/Los_Angeles"     # UTC-7 on DAY (clocks changed on 8 March)

# (url, outlet, published, title, text). The edition of DAY reads 36 hours: in UTC from 12:00 UTC on the 9th, in Los
# Angeles from 19:00 UTC on the 9th; every article is in both windows. Those between 00:00 and 07:00 UTC on the 10th
# are the 10th's in UTC and the 9th's in Los Angeles.
_ROWS = (
    ("https://wire.example/norvane-1", "Wire", "2026-03-10T00:40:00Z", "Norvane AI raises $400 million",
     "Norvane AI, the maker of the Cassia language models, raised $400 million in a Series C round led by Harbor "
     "Ventures. The company said it would spend the money on training compute and on hiring 150 researchers in "
     "London and Toronto."),
    ("https://ledger.example/norvane", "Ledger Daily", "2026-03-10T02:10:00Z",
     "AI start-up Norvane lands $400 million round",
     "Norvane AI has raised $400 million in a Series C funding round led by Harbor Ventures, the start-up said. "
     "Norvane builds the Cassia family of language models for banks and insurers. The round also drew Pine "
     "Capital and Oakridge Partners."),
    ("https://herald.example/norvane", "Herald", "2026-03-10T16:00:00Z",
     "Norvane valued at $3.1 billion after $400 million raise",
     "Norvane AI is now valued at $3.1 billion after raising $400 million in a round led by Harbor Ventures. The "
     "valuation is more than double the $1.4 billion it was given last year. Norvane said it would open an "
     "office in Singapore."),
    ("https://wire.example/quellmark", "Wire", "2026-03-09T21:30:00Z",
     "EU regulators fine Quellmark 120 million euros over chatbot data",
     "European Union regulators fined Quellmark 120 million euros for training its chatbot on customer data "
     "without consent. Quellmark said it would appeal the decision. The fine is the largest imposed on an AI "
     "company under the bloc's data protection rules."),
    ("https://courier.example/quellmark", "Courier", "2026-03-10T03:00:00Z",
     "Quellmark hit with 120 million euro EU fine",
     "Quellmark was fined 120 million euros by European Union data protection regulators over the way it "
     "trained its chatbot on customer data. The company said it would appeal."),
    ("https://wire.example/tessaro", "Wire", "2026-03-10T05:30:00Z",
     "Tessaro to build $2 billion data centre in Ohio",
     "Tessaro said it would build a $2 billion data centre in Columbus, Ohio, to run artificial intelligence "
     "workloads. The 300 megawatt site is due to open in 2028. The Columbus city council will vote on the "
     "site's zoning on March 24."),
    ("https://gazette.example/tessaro", "Gazette", "2026-03-10T18:00:00Z",
     "Tessaro plans Ohio AI data centre",
     "Tessaro plans a $2 billion data centre in Columbus, Ohio, for artificial intelligence computing. The 300 "
     "megawatt campus would open in 2028, the company said. Ohio offered tax credits worth $85 million."),
    ("https://devnews.example/brightwell", "DevNews", "2026-03-10T06:45:00Z",
     "Brightwell launches Tern coding assistant for enterprises",
     "Brightwell launched Tern, an AI coding assistant for large software teams. Tern reviews code changes and "
     "writes tests. Brightwell said 40 companies had tested it before the launch."),
    ("https://chipwire.example/halden", "ChipWire", "2026-03-10T20:00:00Z",
     "Halden Semiconductor shares jump 9% on AI chip orders",
     "Shares of Halden Semiconductor rose 9% after the chipmaker said orders for its AI accelerators had doubled "
     "from a year earlier. Halden said it would raise its capital spending to $5 billion this year."),
    ("https://markets.example/halden", "Markets Now", "2026-03-10T22:30:00Z",
     "Halden lifts spending to $5 billion as AI chip demand soars",
     "Halden Semiconductor will spend $5 billion on new capacity this year, up from $3.2 billion, as demand for "
     "its AI accelerators soars. Its shares closed 9% higher."),
)


def _settings(home: Path, zone: str):  # noqa: ANN202
    from topline.config import load_settings
    s = load_settings(environ={"TOPLINE_HOME": str(home)})
    return s.replace(edition=dataclasses.replace(s.edition, formats=(), writer="offline", timezone=zone))


def _built(store, settings, writer=None) -> dict:  # noqa: ANN001
    """The edition of DAY built now (by ``writer``, default the pipeline's own), as compared: the edition, the
    ranked stories, the watch items, the ledger."""
    from topline import pipeline
    from topline.events.ledger import report
    from topline.records import to_dict
    res = pipeline.build_edition(store, settings, DAY, writer=writer)
    _built.hits = {stage: hits for stage, hits, _ in res.edition.manifest.cache}
    return {"edition": comparable(res.edition),
            "ranked": [(r.bundle.story.id, to_dict(r.classification), round(r.ranking.score, 9)) for r in res.ranked],
            "watch": to_dict(store.events.watch_on(DAY)),
            "ledger": json.loads(json.dumps(report(store, DAY), default=str))}


def _store(home: Path):  # noqa: ANN202
    from topline.ingest import ingest
    from topline.store import open_store
    settings = _settings(home, "UTC")
    home.mkdir(parents=True, exist_ok=True)
    (home / "a.jsonl").write_text("".join(json.dumps({"url": u, "source": s, "published": p, "title": t, "text": x})
                                          + "\n" for u, s, p, t, x in _ROWS), encoding="utf-8")
    store = open_store(settings)
    ingest(store, settings, [str(home / "a.jsonl")])
    return store


def _same(got: dict, want: dict, what: str) -> None:
    for part in want:
        assert got[part] == want[part], f"{what}: {part} differs from a fresh build in that zone"


@pytest.mark.parametrize("forked", [False, True], ids=["inline", "forked"])
def test_one_store_built_in_two_zones_equals_a_fresh_build_in_each(tmp_path, monkeypatch, forked):
    from topline import prefetch
    from topline.events import ahead as ledger_ahead
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr(prefetch, "MIN_ARTICLES", 1 if forked else 10 ** 9)
    monkeypatch.setattr(ledger_ahead, "MIN_ITEMS", 1 if forked else 10 ** 9)
    fresh = {}
    for zone in ("UTC", WEST):
        with _store(tmp_path / f"fresh-{zone.replace('/', '-')}") as store:
            fresh[zone] = _built(store, _settings(tmp_path, zone))
    assert fresh[WEST]["watch"] and fresh[WEST]["ledger"]["events"]
    # the zone does change the edition (else this compares one edition with itself)
    assert fresh["UTC"]["edition"]["manifest"]["window_end"] != fresh[WEST]["edition"]["manifest"]["window_end"]
    assert fresh["UTC"]["ranked"] != fresh[WEST]["ranked"] or \
        fresh["UTC"]["edition"]["categories"] != fresh[WEST]["edition"]["categories"]
    # one store, and one writer for its three builds (a long-lived process passing its writer: the writer's
    # sentences are scored by the zone's day, mend33)
    from topline.write.offline import OfflineWriter
    kept = OfflineWriter()
    with _store(tmp_path / "one") as store:
        _same(_built(store, _settings(tmp_path, "UTC"), kept), fresh["UTC"], "UTC first")
        # the stage cache now holds what the UTC build computed: the Los Angeles build reads it
        assert store.stage_cache.count() > 0
        _same(_built(store, _settings(tmp_path, WEST), kept), fresh[WEST], f"{WEST} after UTC")
        for stage in ("event-kinds", "story-features", "event-statements", "watch-statements", "write-sentences"):
            assert _built.hits.get(stage, 0) > 0, (stage, _built.hits)
        _same(_built(store, _settings(tmp_path, "UTC"), kept), fresh["UTC"], f"UTC after {WEST}")
