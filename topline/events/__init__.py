"""The event ledger: typed events and watch items from a story's articles (between ``stories`` and ``write``).

* ``extract(bundle)``: the story's events (funding, acquisition, capex, state_action, market_move, launch,
  incident), every field tied to the article and sentence that states it, conflicting values kept per outlet;
* ``watch_items(bundle)``: forward-looking statements to follow; ``follow`` settles them in later editions;
* ``ledger``: today's table and running totals (capital raised, capacity announced) over 7 and 30 days;
* ``compare``: claims, conflicts between outlets, names and links between stories (what writers read).

Pure functions over records; the pipeline stores what they return (``store.events``).
"""
from __future__ import annotations

from topline.events.extract import extract, extract_all, sentence_events
from topline.events.watch import follow, watch_items

__all__ = ["extract", "extract_all", "sentence_events", "watch_items", "follow"]
