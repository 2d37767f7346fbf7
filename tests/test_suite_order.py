"""The modules tests/conftest.py hands to the xdist workers first exist: a renamed or moved module would silently
fall back to collection order (and test_real_model, the longest under CI, to the end of the run)."""
from __future__ import annotations

from conftest import FIRST, REPO


def test_every_module_sent_first_exists_once():
    assert len(FIRST) == len(set(FIRST))
    assert [m for m in FIRST if not (REPO / m).is_file()] == []
    assert FIRST[0] == "tests/test_prefetch.py"   # first on its worker: no earlier module's thread beside its forks
