"""One HTTP server on 127.0.0.1 for the tests that need an outlet, a feed or a flaky source to talk to."""
from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# respond(path, base) -> (status, headers, body); base is "http://127.0.0.1:PORT"
Respond = Callable[[str, str], "tuple[int, dict[str, str], bytes]"]


class LoopbackHTTP:
    """Answers every GET with ``respond(path, base)`` on a free port of 127.0.0.1; ``paths`` lists what was asked."""

    def __init__(self, respond: Respond) -> None:
        self.paths: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.paths.append(self.path)
                status, headers, body = respond(self.path, outer.base)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # noqa: ANN002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def hits(self) -> int:
        return len(self.paths)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LoopbackHTTP:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
