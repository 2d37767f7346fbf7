"""One check for the noise rules of the offline classifier (a game, a cultural event): the story is classified with
the window of stories it came in (grouped by the corpus's gold stories) and comes out "none"; every story the editor
put in that window's gold Top Line keeps a category; no real story of the corpus matches the rule; and, with the rule
switched off, whether the story had a category (what the rule is for, where it had one)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from topline.classify.offline import OfflineClassifier
from topline.records import StoryBundle
from topline.taxonomy import load_taxonomy

from .test_eventless_noise import DATA, window_stories


def assert_noise_case(corpus: str, day: dt.date, story: str, gold_day: str, had_category: bool,
                      matches: Callable[[StoryBundle], bool], switch_off: Callable[[], None]) -> None:
    bundles = window_stories(corpus, day)
    assert story in bundles
    taxonomy = load_taxonomy(DATA / corpus / "taxonomy.toml")
    gold = json.loads((DATA / corpus / "gold.json").read_text(encoding="utf-8"))
    chosen = {it["story"] for items in gold["top_line"][gold_day].values() for it in items} & set(bundles)
    ids = list(bundles)
    got = dict(zip(ids, OfflineClassifier().classify([bundles[s] for s in ids], taxonomy)))
    assert got[story].primary is None
    assert all(got[s].primary is not None for s in chosen), [s for s in chosen if got[s].primary is None]
    assert matches(bundles[story])
    assert not [s for s in ids if s not in gold["noise"] and matches(bundles[s])]
    switch_off()
    before = dict(zip(ids, OfflineClassifier().classify([bundles[s] for s in ids], taxonomy)))
    assert (before[story].primary is not None) == had_category
