"""Issue 13: serve refuses admin requests before reading their body, caps and times bodies, closes connections
whose request head trickles, and answers HEAD. Against a real uvicorn on 127.0.0.1, spoken to over raw sockets."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from topline.web import security
from topline.web.app import create_app
from topline.web.server import GuardedH11Protocol, uvicorn_options

TOKEN = "t0ken-for-tests-only"
HEAD_TIMEOUT = 1.0


class _FastHeadDeadline(GuardedH11Protocol):
    header_timeout = HEAD_TIMEOUT


class _Live:
    def __init__(self, app) -> None:  # noqa: ANN001
        import uvicorn
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        options = dict(uvicorn_options(), http=_FastHeadDeadline)
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", **options))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture
def live(sample, monkeypatch):
    monkeypatch.setattr(security, "BODY_TIMEOUT", 1.5)
    server = _Live(create_app(sample.settings, sample.store, environ={"TOPLINE_ADMIN_TOKEN": TOKEN}))
    yield server
    server.close()


def _read_response(sock: socket.socket, head_only: bool = False) -> tuple[int, dict[str, str], bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before a response: {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
    status = int(lines[0].split()[1])
    if not head_only:
        while len(body) < int(headers.get("content-length", "0")):
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    return status, headers, body


def _post_head(path: str, length: int, token: str | None = None, chunked: bool = False) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {length}")
    if token:
        lines.append(f"Authorization: Bearer {token}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


HUGE = 100 * 1024 * 1024


@pytest.mark.parametrize("token,status", [(None, 401), ("wrong", 401), (TOKEN, 413)])
def test_big_post_is_answered_before_its_body_is_sent(live, token, status):
    with live.connect() as s:
        s.sendall(_post_head("/api/sources", HUGE, token))       # announces 100 MiB, sends none of it
        start = time.monotonic()
        code, headers, _ = _read_response(s)
        assert code == status and time.monotonic() - start < 2.0
        assert headers.get("x-content-type-options") == "nosniff"


def test_chunked_body_over_the_cap_gets_413(live):
    with live.connect() as s:
        s.sendall(_post_head("/api/sources", 0, TOKEN, chunked=True))
        piece = b"x" * 16384
        code = None
        try:
            for _ in range(security.MAX_BODY_BYTES // len(piece) + 4):
                s.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        code, _, body = _read_response(s)
        assert code == 413 and b"over" in body


def test_token_is_checked_before_the_body_is_read(live):
    with live.connect() as s:                                     # no token, a body that never comes
        s.sendall(_post_head("/api/sources", 50, None))
        code, _, _ = _read_response(s)
        assert code == 401


def test_slow_body_gets_408(live):
    with live.connect() as s:
        s.sendall(_post_head("/api/sources", 60, TOKEN) + b'{"url": ')
        start = time.monotonic()
        code, _, body = _read_response(s)
        assert code == 408, body
        assert 1.0 < time.monotonic() - start < 5.0


def test_small_admin_post_still_works(live):
    body = b'{"url": "https://feeds.example.org/rss", "name": "Example"}'
    with live.connect() as s:
        s.sendall(_post_head("/api/sources", len(body), TOKEN) + body)
        code, _, _ = _read_response(s)
        assert code in (200, 201)


def test_trickled_request_head_is_dropped(live):
    with live.connect() as s:
        s.sendall(b"GET /api/editions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        start = time.monotonic()
        closed = False
        while time.monotonic() - start < HEAD_TIMEOUT + 4:
            s.sendall(b"X-Slow: 1\r\n")
            s.settimeout(0.3)
            try:
                if s.recv(1024) == b"":
                    closed = True
                    break
            except socket.timeout:
                continue
            except (ConnectionResetError, BrokenPipeError):
                closed = True
                break
        assert closed and time.monotonic() - start < HEAD_TIMEOUT + 2


def test_keep_alive_connection_serves_two_requests(live):
    with live.connect() as s:
        for _ in range(2):
            s.sendall(b"GET /api/editions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            code, headers, body = _read_response(s)
            assert code == 200 and len(body) == int(headers["content-length"])


@pytest.mark.parametrize("path", ["/api/editions", "/editions/", "/openapi.json"])
def test_head_is_answered_like_get_without_a_body(live, path):
    with live.connect() as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        get_code, get_headers, _ = _read_response(s)
    with live.connect() as s:
        s.sendall(f"HEAD {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        code, headers, rest = _read_response(s, head_only=True)
        while chunk := s.recv(65536):
            rest += chunk
    assert (code, get_code) == (200, 200) and rest == b""
    assert headers["content-type"] == get_headers["content-type"]
    assert headers.get("content-length") == get_headers.get("content-length")
