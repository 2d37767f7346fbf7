"""Fixtures for the ingestion tests: a real HTTP server on 127.0.0.1, a real SQLite store per test."""
from __future__ import annotations

import gzip
import ipaddress
import socket
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from topline.config import FetchSettings
from topline.store import Store

from ._support import LoopbackServer



def _loopback_only(host) -> bool:  # noqa: ANN001
    name = str(host).strip("[]").split("%", 1)[0].rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def loopback_only_network(monkeypatch):
    """Safety net: these tests may resolve and connect to loopback only; anything else fails fast, offline."""
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001,ANN002,ANN003
        if not _loopback_only(host):
            raise socket.gaierror(socket.EAI_NONAME, f"test network guard: no lookups of {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self, address):  # noqa: ANN001
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback_only(address[0]):
            raise ConnectionRefusedError(f"test network guard: no connections to {address[0]!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
def server():
    s = LoopbackServer()
    yield s
    s.close()


@pytest.fixture
def fs() -> FetchSettings:
    """Fetch settings for loopback tests: private addresses allowed, short deadline."""
    return FetchSettings(allow_private=True, timeout=5.0, extract_full_text=False)


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'db' / 'topline.sqlite'}")
    yield s
    s.close()


@pytest.fixture(scope="session")
def gzip_bomb() -> bytes:
    """50 MB of zeros, gzipped (about 50 KB on the wire)."""
    return gzip.compress(b"\0" * 50_000_000, compresslevel=6)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("TOPLINE_HOME", str(path))
    monkeypatch.setenv("TOPLINE_FETCH_EXTRACT_FULL_TEXT", "0")   # feed entries link to non-loopback hosts
    monkeypatch.delenv("TOPLINE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return path


@pytest.fixture
def cli(home):
    """A click group with the ingestion commands, run through CliRunner; returns invoke(args) -> Result."""
    from topline.cli.common import CLIState
    from topline.cli.ingest import register

    @click.group()
    @click.pass_context
    def group(ctx: click.Context) -> None:
        ctx.obj = CLIState(None)

    register(group)
    runner = CliRunner()

    def invoke(*args: str):  # noqa: ANN202
        return runner.invoke(group, list(args), catch_exceptions=False)
    return invoke
