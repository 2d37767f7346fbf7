"""Following watch items builds only the evidence an item can reach (issue 14, scale14): the same items settled,
the same editions, as building every evidence sentence.

``follow`` keeps an evidence sentence only when ``_Index.candidates`` can return it to an open item (it indexes a
name under a key one of the items' names has, or it is of the story of an item naming no one). Real data: the
demo corpus and tests/data/cal-biotech (items made on one day, settled on a later one), real SQLite stores.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.editions import comparable
from tests.test_stage_cache import CAL_BIOTECH, _demo_bundles
from topline.records import to_dict


def _every_sentence(monkeypatch) -> None:  # noqa: ANN001
    """``follow`` as before this round: no item's reach, every evidence sentence built and indexed."""
    from topline.events import watch
    monkeypatch.setattr(watch._Reach, "of", classmethod(lambda cls, items: None))


def test_follow_with_reach_settles_as_with_every_sentence(monkeypatch):
    from topline.events import watch
    bundles = _demo_bundles()
    items = [it for b in bundles for it in watch.watch_items(b) if it.made_on is not None]
    assert len(items) > 20
    days = sorted({it.made_on for it in items})
    results = {}
    for day in days[1:] + [days[-1] + dt.timedelta(days=1)]:
        results[day] = watch.follow(items, bundles, day)
    since = watch.evidence_since([it for it in items if it.made_on is not None], days[-1])
    kept = watch._evidence(bundles, since, None, watch._lede_stories(items), watch._Reach.of(items))
    every = watch._evidence(bundles, since, None, watch._lede_stories(items))
    assert 0 < len(kept) < len(every)              # the reach left sentences out ...
    assert all(s in every for s in kept)           # ... and kept the others as they were, in order
    assert [every.index(s) for s in kept] == sorted(every.index(s) for s in kept)
    _every_sentence(monkeypatch)
    settled = 0
    for day, got in results.items():
        assert got == watch.follow(items, bundles, day), day
        settled += sum(1 for a, b in zip(items, got) if a != b)
    assert settled > 0


def _build(home: Path, paths: list[str], taxonomy: str) -> dict:
    """Each day's edition (comparable JSON), its watch items and ledger report, from a fresh store."""
    from topline import pipeline
    from topline.config import load_settings
    from topline.events.ledger import report
    from topline.ingest import ingest
    from topline.store import open_store
    settings = load_settings(environ={"TOPLINE_HOME": str(home)})
    settings = settings.replace(edition=settings.edition.__class__(formats=("json",), writer="offline",
                                                                    taxonomy=taxonomy))
    out = {}
    with open_store(settings) as store:
        ingest(store, settings, paths)
        for day in pipeline.edition_dates(store):
            res = pipeline.build_edition(store, settings, day, runner=None)
            out[day] = json.dumps({"edition": comparable(res.edition),
                                   "watch": to_dict(store.events.watch_on(day)),
                                   "ledger": json.loads(json.dumps(report(store, day), default=str))},
                                  sort_keys=True, default=str)
    return out


def test_cal_biotech_editions_byte_equal_with_every_sentence(tmp_path, monkeypatch):
    """Three days of cal-biotech: the editions' JSON (less clock readings), watch items and ledger byte for byte
    the same with the reach as with every evidence sentence; items made on the first days are settled later."""
    paths = [str(CAL_BIOTECH / "articles.jsonl")]
    tax = str(CAL_BIOTECH / "taxonomy.toml")
    reached = _build(tmp_path / "reach", paths, tax)
    with monkeypatch.context() as m:
        _every_sentence(m)
        every = _build(tmp_path / "every", paths, tax)
    assert sorted(reached) == sorted(every) and len(reached) >= 2
    for day in sorted(every):
        assert reached[day] == every[day], day
    last = json.loads(every[max(every)])
    assert any(w["status"] != "open" for w in last["watch"])
