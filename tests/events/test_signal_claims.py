"""The share of Signals & Trends titles that make a claim (issue 12, third pass), on the editions of the demo corpus
and the two calibration corpora (`topline eval events DIR --signals`): floors at the level measured when the
claims were built (benchmarks/RESULTS.md, "Event ledger", "Third pass"); no title is a list of terms."""
import re
from pathlib import Path

import pytest

from topline.eval.events import signal_claims

DATA = Path(__file__).resolve().parents[1] / "data"
# Measured at commit time (main before this pass: demo 1/14, cal-biotech 2/18, cal-ai 0/10).
FLOORS = {"demo-ledger": 0.28, "cal-biotech": 0.55, "cal-ai": 0.55}


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_signal_titles_are_claims(corpus):
    folder = DATA / corpus
    if not (folder / "gold-events.jsonl").is_file():
        pytest.skip(f"corpus not found at {folder}")
    got = signal_claims(folder)
    assert got.signals >= 5, got.titles
    assert got.share >= FLOORS[corpus], got.titles
    for _day, _cat, title, claim in got.titles:
        assert not re.search(r"\brecurs? in\b", title), title
        if not claim:   # a theme no claim is computed for says less: one term, no list
            assert ", " not in title.split(" in ")[0] and " and " not in title.split(" in ")[0], title
