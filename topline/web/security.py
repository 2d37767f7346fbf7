"""Security headers on every response, and the admin token check for state-changing endpoints."""
from __future__ import annotations

import hmac

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
    if not token:
        raise HTTPException(status_code=403, detail="admin actions are disabled: no admin token is configured")
    given = creds.credentials if creds else ""
    if not given or not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), token.encode("utf-8")):
        raise HTTPException(status_code=401, detail="admin token required", headers={"WWW-Authenticate": "Bearer"})
