from __future__ import annotations

import pytest

from publish.sample import Sample, build_sample


@pytest.fixture
def sample(tmp_path, monkeypatch) -> Sample:
    monkeypatch.setenv("TOPLINE_HOME", str(tmp_path / "home"))
    s = build_sample(tmp_path / "home")
    yield s
    s.store.close()
