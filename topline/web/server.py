"""How ``topline serve`` runs uvicorn: a deadline on request heads, a cap on connections.

uvicorn (h11) holds a connection that trickles its request head for as long as the client likes: 500 such
connections were held 60 s in adversarial testing (issue 13). ``GuardedH11Protocol`` closes a connection whose
request head is not complete HEADER_TIMEOUT seconds after it opened (or after its previous response). Bodies are
bounded by ``security.RequestLimitsMiddleware`` (size and time).
"""
from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0        # seconds to send a complete request head (a browser sends it in one packet)
KEEP_ALIVE_TIMEOUT = 5       # seconds an idle keep-alive connection stays open (uvicorn's default)
MAX_CONNECTIONS = 200        # concurrent connections and requests; more get 503 (a one-process reading room)
MAX_HEAD_BYTES = 16 * 1024   # request line + headers (h11's incomplete-event cap)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on each request head."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_too_slow)

    def _cancel_head_timer(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()           # no complete request head in time: nothing to answer

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:
            self._cancel_head_timer()        # the head is complete: the app (and its body limits) take over

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()           # the next request on this connection gets its own deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)


def uvicorn_options() -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.run``/``uvicorn.Config`` that apply the limits above."""
    return {"http": GuardedH11Protocol, "timeout_keep_alive": KEEP_ALIVE_TIMEOUT,
            "limit_concurrency": MAX_CONNECTIONS, "h11_max_incomplete_event_size": MAX_HEAD_BYTES}
