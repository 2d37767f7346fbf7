"""Fixtures shared by the claim-support tests that read labelled rows by id (test_parse.py, test_references.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def labelled_twins():  # noqa: ANN201
    """(ok, rows, twin_ok): whether a labelled row passes the checker, every row by id, and whether a sentence
    written for a test passes against the same cited articles as a row."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    from bench_support import load_articles

    from tests.check.test_sixteenth_round import _labelled
    from topline.check import check_sentence
    from topline.records import Citation

    ok, rows = _labelled()
    articles = load_articles()

    def twin_ok(row_id: str, sentence: str) -> bool:
        r = rows[row_id]
        return check_sentence(sentence, tuple(Citation(u, articles[u].source) for u in r["cites"]), articles).ok

    return ok, rows, twin_ok
