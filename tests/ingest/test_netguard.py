"""Refusal of non-public destinations, in every spelling, before any connection is made."""
from __future__ import annotations

import ipaddress
import socket

import pytest

from topline.config import FetchSettings
from topline.errors import FetchError
from topline.ingest import netguard
from topline.ingest.http import fetch

from ._support import send

LOOPBACK_SPELLINGS = ["127.0.0.1", "2130706433", "0177.0.0.1", "0x7f.1", "0x7f.0x0.0x0.0x1", "127.1",
                      "017700000001", "0x7f000001", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
                      "localhost", "LOCALHOST", "localhost.", "api.localhost", "127.0.0.1.", "[0:0:0:0:0:0:0:1]"]
PRIVATE = ["10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1", "169.254.10.10", "[fe80::1]", "[fc00::1]",
           "[2002:c0a8:0101::1]", "[64:ff9b::10.0.0.1]"]
ALWAYS_BLOCKED = ["169.254.169.254", "[fd00:ec2::254]", "[::ffff:169.254.169.254]", "[2002:a9fe:a9fe::1]",
                  "[64:ff9b::a9fe:a9fe]", "0.0.0.0", "0", "[::]", "224.0.0.1", "255.255.255.255", "240.0.0.1"]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_loopback_spellings_refused_without_connecting(server, host):
    server.routes["/"] = lambda h: send(h, b"secret")
    settings = FetchSettings(allow_private=False, timeout=3)
    with pytest.raises(FetchError) as err:
        fetch(f"http://{host}:{server.port}/", settings)
    assert err.value.reason == "blocked_address"
    assert server.connections == 0             # refused without connecting (counted by the server, not a clock)


@pytest.mark.parametrize("host", PRIVATE + ALWAYS_BLOCKED)
def test_private_and_special_addresses_refused(host):
    with pytest.raises(FetchError) as err:
        fetch(f"http://{host}/latest/meta-data/", FetchSettings(allow_private=False, timeout=2))
    assert err.value.reason == "blocked_address"


@pytest.mark.parametrize("host", ALWAYS_BLOCKED)
def test_metadata_and_special_addresses_refused_even_when_private_allowed(host):
    with pytest.raises(FetchError) as err:
        fetch(f"http://{host}/latest/meta-data/", FetchSettings(allow_private=True, timeout=2))
    assert err.value.reason == "blocked_address"


@pytest.mark.parametrize("host", ["127.1", "2130706433", "0x7f.1", "localhost"])
def test_other_loopback_spellings_reach_the_server_when_allowed(server, host):
    server.routes["/"] = lambda h: send(h, b"ok")
    assert fetch(f"http://{host}:{server.port}/", FetchSettings(allow_private=True, timeout=3)).body == b"ok"


def test_legacy_ipv4_parser():
    assert netguard.parse_ipv4_legacy("0177.0.0.1") == ipaddress.IPv4Address("127.0.0.1")
    assert netguard.parse_ipv4_legacy("0x7f.1") == ipaddress.IPv4Address("127.0.0.1")
    assert netguard.parse_ipv4_legacy("2130706433") == ipaddress.IPv4Address("127.0.0.1")
    assert netguard.parse_ipv4_legacy("10.1") == ipaddress.IPv4Address("10.0.0.1")
    assert netguard.parse_ipv4_legacy("256.0.0.1") is None
    assert netguard.parse_ipv4_legacy("example.com") is None
    assert netguard.parse_ipv4_legacy("1.2.3.4.5") is None


def test_public_addresses_pass():
    for ip in ("8.8.8.8", "1.1.1.1", "2606:4700::1111", "::ffff:8.8.8.8"):
        assert netguard.address_problem(ipaddress.ip_address(ip)) is None


def test_only_http_and_https(server):
    for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1/", "javascript:alert(1)"):
        with pytest.raises(FetchError) as err:
            fetch(url, FetchSettings(allow_private=True))
        assert err.value.reason == "bad_url"


def test_every_resolved_address_is_checked(monkeypatch):
    """A name resolving to one public and one private address is refused (no DNS traffic: resolver patched)."""
    def fake(host, port, *args, **kwargs):  # noqa: ANN001
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]
    monkeypatch.setattr(netguard.socket, "getaddrinfo", fake)
    with pytest.raises(FetchError) as err:
        fetch("http://mixed.example/", FetchSettings(allow_private=False, timeout=2))
    assert err.value.reason == "blocked_address"


def test_connects_to_the_address_it_checked(server, monkeypatch):
    """Resolution happens once per connection and the socket goes to that address (no rebinding gap)."""
    calls = []
    answers = iter(["127.0.0.1", "169.254.169.254"])   # a rebinding resolver would answer differently next time
    real = socket.getaddrinfo

    def fake(host, port, *args, **kwargs):  # noqa: ANN001
        if netguard.ip_literal(str(host)) is not None:
            return real(host, port, *args, **kwargs)      # the numeric address connected to
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]
    monkeypatch.setattr(netguard.socket, "getaddrinfo", fake)
    server.routes["/"] = lambda h: send(h, h.headers.get("Host", "").encode())
    result = fetch(f"http://rebind.example:{server.port}/", FetchSettings(allow_private=True, timeout=3))
    assert result.body == f"rebind.example:{server.port}".encode()
    assert calls == ["rebind.example"]
