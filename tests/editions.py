"""Test helper: an edition as a dict with what reads the clock or counts cache hits left out, so two builds of the
same edition (with and without a cache, cold and warm) compare equal (tests/test_stage_cache.py,
tests/events/test_memo.py)."""
from __future__ import annotations

import json

from topline.records import to_dict

CLOCK = ("seconds", "timings", "cache", "cpu", "workers_cpu")   # manifest fields that read the clock or count cache hits


def comparable(edition) -> dict:  # noqa: ANN001 - records.Edition
    d = json.loads(json.dumps(to_dict(edition), default=str))
    d.pop("generated_at", None)
    for k in CLOCK:
        d["manifest"].pop(k, None)
    return d
