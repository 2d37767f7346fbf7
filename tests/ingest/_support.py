"""Test support: a real HTTP server on 127.0.0.1, response helpers, and where the shared data lives."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path
from typing import Callable

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
FEEDS_DIR = SHARED_DATA / "feeds"
ZYTE_DIR = SHARED_DATA / "extraction-zyte"

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with per-path handlers; counts connections and requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.connections = 0
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        outer = self

        class _Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def do_GET(self) -> None:  # noqa: N802
                with outer._lock:
                    outer.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                    outer.active += 1
                    outer.max_active = max(outer.max_active, outer.active)
                try:
                    route = outer.routes.get(self.path.split("?", 1)[0])
                    if route is None:
                        self.send_error(404)
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with outer._lock:
                        outer.active -= 1

        class _Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def verify_request(self, request, client_address) -> bool:  # noqa: ANN001
                with outer._lock:
                    outer.connections += 1
                return True

        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def headers_for(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p.split("?", 1)[0] == path]


def send(handler: http.server.BaseHTTPRequestHandler, body: bytes, status: int = 200,
         content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(handler: http.server.BaseHTTPRequestHandler, location: str, status: int = 302) -> None:
    handler.send_response(status)
    handler.send_header("Location", location)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def trickle(handler: http.server.BaseHTTPRequestHandler, pause: float = 0.2, count: int = 100) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(count))
    handler.end_headers()
    for _ in range(count):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(pause)
