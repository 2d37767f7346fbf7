"""Security headers on every response, the admin token check for state-changing endpoints, and request limits.

``RequestLimitsMiddleware`` runs before any route: a state-changing API request without the admin token is
refused before one byte of its body is read; a body over MAX_BODY_BYTES is refused with 413 (from its
Content-Length, unread, or as soon as a chunked body passes the cap); a body not received within BODY_TIMEOUT
gets 408. HEAD is answered like GET without the body.
"""
from __future__ import annotations

import asyncio
import hmac
import json

from fastapi import HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No script may run at all (default-src 'none' covers script-src); styles only from our own stylesheet;
# forms only to ourselves; no framing; no <base> hijacking.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                           "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)


MAX_BODY_BYTES = 64 * 1024   # the largest request body accepted: admin JSON is a URL and a name (< 3 KB)
BODY_TIMEOUT = 30.0          # seconds to receive a whole request body
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def admin_refusal(token: str, authorization: str) -> tuple[int, str] | None:
    """(status, reason) when a request with this Authorization header may not act as admin, else None."""
    if not token:
        return 403, "admin actions are disabled: no admin token is configured"
    scheme, _, given = (authorization or "").partition(" ")
    given = given.strip() if scheme.lower() == "bearer" else ""
    if not given or not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), token.encode("utf-8")):
        return 401, "admin token required"
    return None


class _BodyRefused(Exception):
    """Raised into the app when its body passed the cap or the deadline."""


async def _refuse(send: Send, status: int, detail: str, extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close"), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestLimitsMiddleware:
    """Token first, then a capped and timed body (see the module docstring); HEAD answered as GET."""

    def __init__(self, app: ASGIApp, max_body: int | None = None, body_timeout: float | None = None) -> None:
        self.app = app
        self.max_body = MAX_BODY_BYTES if max_body is None else max_body
        self.body_timeout = BODY_TIMEOUT if body_timeout is None else body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = scope["method"]
        if method in UNSAFE_METHODS and scope["path"].startswith("/api/"):
            state = getattr(scope.get("app"), "state", None)
            refusal = admin_refusal(getattr(state, "admin_token", "") or "", headers.get("authorization", ""))
            if refusal:
                await _refuse(send, *refusal, extra=((b"www-authenticate", b"Bearer"),) if refusal[0] == 401 else ())
                return
        declared = headers.get("content-length", "")
        if declared and (not declared.isdigit() or int(declared) > self.max_body):
            await _refuse(send, 413, f"request body over {self.max_body} bytes")
            return
        if method == "HEAD":
            scope = dict(scope, method="GET")
            send = _without_body(send)
        await self._run(scope, receive, send)

    async def _run(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app with a receive that stops at the cap or the deadline; the app's answer to that (FastAPI turns
        any error while reading a body into 400) is replaced by 413 or 408."""
        received = 0
        refusal: tuple[int, str] | None = None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout

        async def capped_receive() -> Message:
            nonlocal received, refusal
            if refusal:
                raise _BodyRefused()
            try:
                message = await asyncio.wait_for(receive(), max(0.001, deadline - loop.time()))
            except asyncio.TimeoutError:
                refusal = (408, f"request body not received within {self.body_timeout:g} s")
                raise _BodyRefused() from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    refusal = (413, f"request body over {self.max_body} bytes")
                    raise _BodyRefused()
            return message

        answered = False

        async def guarded_send(message: Message) -> None:
            nonlocal answered
            if refusal is None:
                await send(message)
            elif not answered:
                answered = True
                await _refuse(send, *refusal)

        try:
            await self.app(scope, capped_receive, guarded_send)
        except _BodyRefused:
            if not answered and refusal is not None:
                await _refuse(send, *refusal)


def _without_body(send: Send) -> Send:
    async def head_send(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)
    return head_send


class SecurityHeadersMiddleware:
    """Pure ASGI middleware: adds SECURITY_HEADERS to every HTTP response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


bearer = HTTPBearer(auto_error=False, description="The admin token (environment variable named by "
                                                  "web.admin_token_env)")


def require_admin(request: Request, creds: HTTPAuthorizationCredentials | None = Security(bearer)) -> None:
    """403 when no admin token is configured (admin disabled); 401 when the request does not carry it."""
    token: str = request.app.state.admin_token or ""
    refusal = admin_refusal(token, f"Bearer {creds.credentials}" if creds else "")
    if refusal:
        status, detail = refusal
        raise HTTPException(status_code=status, detail=detail,
                            headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)
