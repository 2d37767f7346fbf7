"""The safe fetcher against real loopback servers: 304, redirects, deadline, gzip bomb, limits."""
from __future__ import annotations

import gzip
import threading
import time
import zlib
from dataclasses import replace

import pytest

from topline.errors import FetchError
from topline.ingest.http import fetch, fetch_many

from ._support import redirect, send, trickle


def test_plain_get_with_validators_and_user_agent(server, fs):
    server.routes["/feed"] = lambda h: send(h, b"<rss/>", content_type="application/rss+xml",
                                            headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT"})
    r = fetch(server.url("/feed"), fs)
    assert (r.status, r.body, r.etag, r.last_modified, r.not_modified) == (
        200, b"<rss/>", '"v1"', "Wed, 01 Jan 2025 00:00:00 GMT", False)
    assert r.content_type == "application/rss+xml"
    assert server.headers_for("/feed")[0]["user-agent"] == fs.user_agent


def test_conditional_get_answered_with_304(server, fs):
    def feed(h):  # noqa: ANN001
        if h.headers.get("If-None-Match") == '"v1"' or h.headers.get("If-Modified-Since"):
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.end_headers()
        else:
            send(h, b"<rss/>", headers={"ETag": '"v1"'})
    server.routes["/feed"] = feed
    first = fetch(server.url("/feed"), fs)
    again = fetch(server.url("/feed"), fs, etag=first.etag)
    dated = fetch(server.url("/feed"), fs, last_modified="Wed, 01 Jan 2025 00:00:00 GMT")
    assert again.not_modified and again.status == 304 and again.body == b""
    assert dated.not_modified
    assert server.headers_for("/feed")[1]["if-none-match"] == '"v1"'


def _chain(server, hops: int) -> None:  # noqa: ANN001
    for i in range(hops):
        server.routes[f"/r{i}"] = lambda h, i=i: redirect(h, f"/r{i + 1}" if i % 2 else server.url(f"/r{i + 1}"))
    server.routes[f"/r{hops}"] = lambda h: send(h, b"arrived")


def test_redirect_chain_of_five_is_followed(server, fs):
    _chain(server, 5)
    r = fetch(server.url("/r0"), fs)
    assert r.body == b"arrived" and r.final_url.endswith("/r5") and r.url.endswith("/r0")


def test_redirect_chain_of_six_fails(server, fs):
    _chain(server, 6)
    with pytest.raises(FetchError) as err:
        fetch(server.url("/r0"), fs)
    assert err.value.reason == "too_many_redirects"
    assert not server.headers_for("/r6")


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/",
                                    "http://[::ffff:169.254.169.254]/", "http://0xa9fea9fe/"])
def test_redirect_to_metadata_address_blocked_even_with_private_allowed(server, fs, target):
    server.routes["/go"] = lambda h: redirect(h, target)
    with pytest.raises(FetchError) as err:
        fetch(server.url("/go"), fs)
    # refused before any connection attempt: a connection would have met the test network guard (conftest.py),
    # which refuses every address beyond loopback, and failed as "connection_error" instead
    assert err.value.reason == "blocked_address"


def test_redirect_to_loopback_blocked_when_private_not_allowed(server, fs, monkeypatch):
    """The first hop is allowed only for the test; the redirect target is re-checked on its own."""
    from topline.ingest import netguard
    real = netguard.address_problem
    monkeypatch.setattr(netguard, "address_problem",
                        lambda ip, allow=False: None if str(ip) == "127.0.0.1" else real(ip, allow))
    server.routes["/go"] = lambda h: redirect(h, "http://[::1]:9/")
    with pytest.raises(FetchError) as err:
        fetch(server.url("/go"), replace(fs, allow_private=False))
    assert err.value.reason == "blocked_address"


def test_redirect_to_other_scheme_refused(server, fs):
    server.routes["/go"] = lambda h: redirect(h, "file:///etc/passwd")
    with pytest.raises(FetchError) as err:
        fetch(server.url("/go"), fs)
    assert err.value.reason == "bad_url"


def test_trickling_server_fails_at_the_deadline(server, fs):
    server.routes["/slow"] = lambda h: trickle(h, pause=0.2, count=100)   # 20 s of bytes
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        fetch(server.url("/slow"), replace(fs, timeout=1.5))
    elapsed = time.monotonic() - started
    assert err.value.reason == "timeout"
    # not before the deadline; and far (10 s) from the 20 s the body takes, a bound that holds on a loaded machine
    assert 1.3 < elapsed < 10


def test_trickling_headers_fail_at_the_deadline(server, fs):
    def slow_headers(h):  # noqa: ANN001
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for i in range(100):   # 20 s of headers
            h.wfile.write(f"X-Pad-{i}: y\r\n".encode())
            h.wfile.flush()
            time.sleep(0.2)
    server.routes["/slowhead"] = slow_headers
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        fetch(server.url("/slowhead"), replace(fs, timeout=1.5))
    assert err.value.reason == "timeout" and time.monotonic() - started < 10   # the headers take 20 s


def test_gzip_bomb_is_too_large_without_inflating_it(server, fs, gzip_bomb):
    server.routes["/bomb"] = lambda h: send(h, gzip_bomb, headers={"Content-Encoding": "gzip"})
    import tracemalloc
    tracemalloc.start()
    try:
        with pytest.raises(FetchError) as err:
            fetch(server.url("/bomb"), replace(fs, max_bytes=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.reason == "too_large"
    assert peak < 8_000_000, f"{peak} bytes allocated: the 50 MB body was inflated"   # memory, not wall time


def test_gzip_and_deflate_bodies_are_decoded(server, fs):
    text = b"<p>" + b"hello " * 1000 + b"</p>"
    server.routes["/gz"] = lambda h: send(h, gzip.compress(text), headers={"Content-Encoding": "gzip"})
    server.routes["/zl"] = lambda h: send(h, zlib.compress(text), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    raw_body = raw.compress(text) + raw.flush()
    server.routes["/raw"] = lambda h: send(h, raw_body, headers={"Content-Encoding": "deflate"})
    for path in ("/gz", "/zl", "/raw"):
        assert fetch(server.url(path), fs).body == text


def test_plain_body_over_the_cap(server, fs):
    server.routes["/big"] = lambda h: send(h, b"x" * 2000)
    with pytest.raises(FetchError) as err:
        fetch(server.url("/big"), replace(fs, max_bytes=1000))
    assert err.value.reason == "too_large"


@pytest.mark.parametrize("status,reason", [(404, "http_404"), (410, "http_410"), (403, "http_4xx"),
                                           (500, "http_5xx"), (503, "http_5xx")])
def test_http_errors_have_stable_reasons(server, fs, status, reason):
    server.routes["/e"] = lambda h: send(h, b"no", status=status)
    with pytest.raises(FetchError) as err:
        fetch(server.url("/e"), fs)
    assert err.value.reason == reason


def test_connection_refused(fs):
    import socket
    with socket.socket() as s:        # bound and held, never listening: its port refuses, and nobody can take it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with pytest.raises(FetchError) as err:
            fetch(f"http://127.0.0.1:{port}/", fs)
    assert err.value.reason == "connection_error"


def _slow_ok(h):  # noqa: ANN001
    time.sleep(0.3)
    send(h, b"ok")


def test_per_host_limit(server, fs):
    server.routes["/s"] = _slow_ok
    urls = [server.url(f"/s?{i}") for i in range(6)]
    results = fetch_many(urls, replace(fs, per_host=2, concurrency=8))
    assert [r.body for r in results] == [b"ok"] * 6
    assert server.max_active <= 2


def test_overall_concurrency_limit_and_parallelism(server, fs):
    import threading
    together = threading.Barrier(3, timeout=20)   # each answer waits until three requests are in flight

    def parallel_ok(h):  # noqa: ANN001
        try:
            together.wait()
        except threading.BrokenBarrierError:
            send(h, b"ran one at a time", status=500)
            return
        send(h, b"ok")
    server.routes["/s"] = parallel_ok
    urls = [server.url(f"/s?{i}", host=host) for i in range(3) for host in ("127.0.0.1", "localhost")]
    results = fetch_many(urls, replace(fs, per_host=3, concurrency=3, timeout=30))
    assert [r.status for r in results] == [200] * 6          # ran three at a time (no clock involved)
    assert server.max_active == 3


def test_fetch_many_keeps_order_and_isolates_errors(server, fs):
    server.routes["/a"] = lambda h: send(h, b"a")
    out = fetch_many([server.url("/a"), server.url("/missing"), "ftp://x/", server.url("/a")], fs)
    assert out[0].body == b"a" and out[3].body == b"a"
    assert isinstance(out[1], FetchError) and out[1].reason == "http_404"
    assert isinstance(out[2], FetchError) and out[2].reason == "bad_url"


def test_fetch_many_sends_validators(server, fs):
    server.routes["/f"] = lambda h: (h.send_response(304), h.end_headers()) if h.headers.get("If-None-Match") \
        else send(h, b"body")
    out = fetch_many([server.url("/f")], fs, validators={server.url("/f"): ('"e"', None)})
    assert out[0].not_modified


def test_threads_are_not_leaked(server, fs):
    server.routes["/a"] = lambda h: send(h, b"a")
    before = threading.active_count()
    fetch_many([server.url("/a")] * 4, fs)
    time.sleep(0.1)
    assert threading.active_count() <= before + 1
