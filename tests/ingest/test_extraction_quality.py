"""Quality gate: full-text extraction on the Zyte article-extraction benchmark (benchmark scoring)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import needs

from ._support import ZYTE_DIR

MIN_F1 = 0.95   # measured 0.9622 (P 0.9466, R 0.9783) with this extractor; pinned about 0.01 below (issue 15)

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_extract.py"


@pytest.mark.slow
@needs((ZYTE_DIR / "ground-truth.json").exists(), f"extraction benchmark data absent at {ZYTE_DIR}")
def test_extraction_f1_on_zyte_benchmark():
    spec = importlib.util.spec_from_file_location("bench_extract", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run(ZYTE_DIR)
    assert result["pages"] == 181
    assert result["f1"] >= MIN_F1, result
