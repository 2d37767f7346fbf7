"""Issue 14 (scale21): the week's history rows indexed by story once an edition, and the week's editions read once.

The writer asked for one story's rows of ``EditionContext.history`` hundreds of times an edition, each time by a
scan of every row of the week (what grew with the history, not with the day). ``records.StoryRows`` keeps the rows
with an index by story; every reader must give what the scan gave, with and without the index.
"""
from __future__ import annotations

import datetime as dt
import pickle
import random
from types import SimpleNamespace

from topline import pipeline
from topline.events import compare
from topline.history import StoryRows, printed_rows, rows_of
from topline.write.llm import related
from topline.write.offline import develop, signals

DAY = dt.date(2025, 3, 10)


def _rows(seed: int, n: int = 400) -> list[dict]:
    """History rows as the store gives them and ``mark_printed`` marks them: dates as dates or ISO strings (or
    none), some rows with no ``printed`` key, story ids repeated over days, one row with no story id."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        day = DAY - dt.timedelta(days=rnd.randint(-1, 7))
        when = rnd.choice([day, day, day.isoformat(), None])
        row = {"story_id": f"s{rnd.randint(0, 40)}", "date": when, "rank": i}
        if rnd.random() < 0.8:
            row["printed"] = rnd.random() < 0.6
        out.append(row)
    out.append({"date": DAY - dt.timedelta(days=2), "rank": n})
    return out


def test_the_index_gives_each_storys_rows_in_order_and_the_printed_ones():
    for seed in range(5):
        rows = _rows(seed)
        hist = StoryRows(rows)
        assert hist == tuple(rows)
        for sid in {r.get("story_id") for r in rows} | {"absent"}:
            assert list(hist.of(sid)) == [r for r in rows if r.get("story_id") == sid]
            assert list(rows_of(hist, sid)) == list(rows_of(rows, sid))
        assert list(hist.printed()) == [r for r in rows if r.get("printed", True)]
        assert hist.printed() is hist.printed()          # made once
        assert printed_rows(rows) == hist.printed()
        back = pickle.loads(pickle.dumps(hist))           # a forked writer or a runner gets the rows, not the index
        assert type(back) is StoryRows and back == hist and back.of("s1") == hist.of("s1")
        assert "_index" not in back.__dict__ or back.__dict__["_index"] == hist.__dict__["_index"]


def _scan_last_briefed(history, story_id):
    """The definitions as they read before the index (a scan of every row)."""
    days = [h["date"] for h in history if h.get("story_id") == story_id and h.get("printed", True)
            and isinstance(h.get("date"), dt.date)]
    return max(days) if days else None


def _scan_last_edition(story_id, history, before):
    dates = [compare.as_date(r.get("date")) for r in history if r.get("story_id") == story_id]
    dates = [d for d in dates if d is not None and d < before]
    return max(dates) if dates else None


def test_the_readers_of_one_storys_rows_give_what_a_scan_gave():
    for seed in range(5):
        rows = _rows(seed)
        for history in (rows, StoryRows(rows)):
            for sid in [f"s{i}" for i in range(45)] + [None]:
                assert develop.last_briefed(history, sid) == _scan_last_briefed(rows, sid)
                assert compare.last_edition(sid, rows_of(history, sid), DAY) == _scan_last_edition(sid, rows, DAY)
                dates = [d for r in rows if r.get("story_id") == sid
                         for d in [compare.as_date(r.get("date"))] if d]
                assert related.last_briefed(sid, history) == (max(dates) if dates else None)
                assert related.previous_editions(sid, history) == len(
                    {compare.as_date(r.get("date")) for r in rows if r.get("story_id") == sid})


class _Comp:
    def line(self, text, cited):  # noqa: ANN001, ANN201 - a composer that prints what it is given
        return text


def _group(ids):  # noqa: ANN001, ANN202
    stories = tuple(SimpleNamespace(bundle=SimpleNamespace(story=SimpleNamespace(id=i), articles=())) for i in ids)
    return signals.Group(stories=stories, terms=("port",), names=(), cohesion=0.5)


def test_the_evidence_line_counts_the_stories_that_ran_before_as_the_scan_did():
    rnd = random.Random(7)
    seen = set()
    for seed in range(5):
        rows = _rows(seed)
        for _ in range(30):
            ids = rnd.sample([f"s{i}" for i in range(80)], rnd.randint(2, 4))   # s41-s79: never ran
            before = {r.get("story_id") for r in rows
                      if (d := compare.as_date(r.get("date"))) is not None and d < DAY} & set(ids)
            want = signals._evidence_line(_group(ids), (0, 1, 2), rows, DAY, (), _Comp())
            assert signals._evidence_line(_group(ids), (0, 1, 2), StoryRows(rows), DAY, (), _Comp()) == want
            assert ("already ran in earlier editions" in want) == bool(before)
            seen.add(len(before))
    assert {0, 1} <= seen and max(seen) >= 2        # the examples cover none, one and several earlier stories


class _Editions:
    """A store's editions: the week's data, counting each read (a read parses the stored JSON)."""

    def __init__(self, days: dict) -> None:
        self.days, self.reads = days, 0

    def dates(self):  # noqa: ANN201
        return sorted(self.days, reverse=True)

    def get(self, d):  # noqa: ANN001, ANN201
        self.reads += 1
        return self.days[d]


def test_the_weeks_editions_are_read_once_for_novelty_and_signals():
    def page(i: int) -> dict:
        return {"name": f"Page {i}", "top_line": [{"story_id": f"t{i}"}], "key_developments": [{"story_id": f"k{i}"}],
                "signals": [{"title": f"Signal {i}", "text": "x", "story_ids": [f"g{i}", f"h{i}"], "watch": ""}]}
    days = {DAY - dt.timedelta(days=k): {"categories": [page(k), page(k + 10)]} for k in range(1, 10)}
    days[DAY] = {"categories": [page(99)]}          # the day itself and days before the week are left out
    store = SimpleNamespace(editions=_Editions(days))
    printed, previous = pipeline.printed_stories(store, DAY), pipeline.previous_signals(store, DAY)
    assert store.editions.reads == 14               # each of the 7 days read twice: the old way
    store.editions.reads = 0
    recent = pipeline.recent_editions(store, DAY)
    assert pipeline.printed_stories(store, DAY, editions=recent) == printed
    assert pipeline.previous_signals(store, DAY, editions=recent) == previous
    assert store.editions.reads == 7
    assert [d for d, _ in recent] == [DAY - dt.timedelta(days=k) for k in range(1, 8)]
    assert previous[0]["date"] == (DAY - dt.timedelta(days=1)).isoformat() and len(previous) == 14


def test_the_weeks_history_without_factors_is_the_history_less_its_factors(store):
    """The pipeline reads the week's rows without their ranking factors (JSON nothing reading the history uses)."""
    from topline.records import (Classification, Edition, Factor, RankedStory, Ranking, RunManifest, Story,
                                 StoryBundle)
    when = dt.datetime(2025, 3, 1, 9, tzinfo=dt.timezone.utc)

    def ranked(sid: str, score: float) -> RankedStory:
        story = Story(id=sid, title=sid, article_ids=(), first_seen=when, last_seen=when, outlets=("A", "B"))
        return RankedStory(StoryBundle(story, ()), Classification(sid, "Capital"),
                           Ranking(sid, score, (Factor("novelty", 0.5, 0.2, "new"), Factor("recency", 1.0, 0.1))))
    for k in range(1, 10):
        store.editions.save(Edition(date=DAY - dt.timedelta(days=k), categories=(), manifest=RunManifest()),
                            [ranked(f"s{k}", 0.9), ranked(f"s{k + 1}", 0.5), ranked("s0", 0.1)])
    full, lean = store.editions.history(DAY), store.editions.history(DAY, factors=False)
    assert len(full) == 21 and all(r["factors"] for r in full)
    assert lean == [{k: v for k, v in r.items() if k != "factors"} for r in full]
