"""Shared fixtures: every test gets its own TOPLINE_HOME, and the shared data sets are found by path."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a clear reason when it is absent."""
    p = SHARED_DATA.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data set not found at {p} (it sits beside the checkout in ../shared/data)")
    return p


@pytest.fixture(autouse=True)
def topline_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("topline-home")
    monkeypatch.setenv("TOPLINE_HOME", str(home))
    for var in list(os.environ):
        if var.startswith("TOPLINE_") and var not in ("TOPLINE_HOME", "TOPLINE_ARTIFACTS"):
            monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(home)   # no stray ./topline.toml from the developer's folder
    return home


@pytest.fixture
def settings(topline_home):
    from topline.config import load_settings
    return load_settings()


@pytest.fixture
def store(settings):
    from topline.store import open_store
    s = open_store(settings)
    yield s
    s.close()
