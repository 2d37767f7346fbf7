"""The safe fetcher: a total deadline, a decoded-size cap, checked redirects and checked destinations.

Built on httpcore (the transport under httpx) with a network backend that resolves the host itself, refuses
non-public addresses (see ``netguard``) and connects to exactly the address it checked. Every socket operation
of a request (connect, TLS, sending, headers, each body read) is bounded by one wall-clock deadline, so a
server trickling a byte a second fails with ``timeout`` at the deadline. Bodies are decompressed here, step by
step, so a gzip bomb stops at the cap without being inflated.
"""
from __future__ import annotations

import ssl
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Mapping, Sequence
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx

from topline.config import FetchSettings
from topline.errors import FetchError, Reason, http_reason
from topline.ingest import netguard

ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
ACCEPT_ENCODING = "gzip, deflate"     # the encodings _Decoder understands
DECODE_STEP = 64 * 1024               # most bytes one decompression step may produce (bounds memory)
REDIRECT_STATUSES = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class FetchResult:
    url: str                          # as asked
    final_url: str                    # after redirects
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)   # lower-case names
    body: bytes = b""                 # decoded (decompressed)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False        # 304 to a conditional GET

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


# --- per-host limits ------------------------------------------------------------------------------------------

class HostLimiter:
    """At most ``per_host`` concurrent requests to one host."""

    def __init__(self, per_host: int):
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._sems: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def hold(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._sems.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with sem:
            yield


# --- the guarded network backend ------------------------------------------------------------------------------

def _clamp(timeout: float | None, deadline: float, exc: type[Exception]) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise exc("deadline reached")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    """Wraps a stream so that no operation can outlive the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float):
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, self._deadline, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, self._deadline, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        t = _clamp(timeout, self._deadline, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, t), self._deadline)

    def get_extra_info(self, info: str):  # noqa: ANN201
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves and checks the destination, then connects to the checked address only."""

    def __init__(self, allow_private: bool, deadline: float):
        self._allow_private = allow_private
        self._deadline = deadline
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:  # noqa: ANN001
        addresses = netguard.resolve_checked(host, port, self._allow_private, self._deadline)
        error: Exception | None = None
        for ip in addresses:
            try:
                stream = self._inner.connect_tcp(str(ip), port, _clamp(timeout, self._deadline,
                                                                       httpcore.ConnectTimeout),
                                                 local_address, socket_options)
                return _DeadlineStream(stream, self._deadline)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):  # noqa: ANN001,ANN201
        raise FetchError("unix sockets are not fetched", Reason.BLOCKED_ADDRESS)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# --- decoding -------------------------------------------------------------------------------------------------

class _Decoder:
    """Incremental Content-Encoding decoder that never produces more than DECODE_STEP bytes at once."""

    def __init__(self, encoding: str):
        enc = (encoding or "").strip().lower()
        if enc in ("", "identity"):
            self._kind = "identity"
        elif enc in ("gzip", "x-gzip"):
            self._kind = "gzip"
        elif enc == "deflate":
            self._kind = "deflate"
        else:
            raise FetchError(f"unsupported content encoding {encoding!r}", Reason.UNSUPPORTED)
        self._z = self._new()

    def _new(self):  # noqa: ANN202
        if self._kind == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj() if self._kind == "deflate" else None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            yield data
            return
        try:
            while data:
                yield self._z.decompress(data, DECODE_STEP)
                data = self._z.unconsumed_tail
                if not data and self._z.eof and self._z.unused_data:   # concatenated gzip members
                    data, self._z = self._z.unused_data, self._new()
        except zlib.error as exc:
            if self._kind == "deflate" and not getattr(self, "_raw_tried", False):
                self._raw_tried = True                      # some servers send raw deflate
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                yield from self.feed(data)
                return
            raise FetchError(f"bad {self._kind} data: {exc}", Reason.PARSE_ERROR) from None


# --- one request ----------------------------------------------------------------------------------------------

def _headers(raw: Sequence[tuple[bytes, bytes]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in raw:
        name = k.decode("latin-1").lower()
        value = v.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def checked_url(url: str, allow_private: bool) -> str:
    """Validate scheme and host literal (no DNS, no connection); returns the URL with a normalised IP host."""
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"bad URL {url!r}: {exc}", Reason.BAD_URL) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched: {url!r}", Reason.BAD_URL)
    host = parts.hostname or ""
    if not host:
        raise FetchError(f"no host in URL {url!r}", Reason.BAD_URL)
    ip = netguard.check_literal(host, allow_private)
    if ip is None:
        return url.strip()
    shown = f"[{ip}]" if ip.version == 6 else str(ip)
    netloc = shown if port is None else f"{shown}:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def _request_headers(settings: FetchSettings, etag: str | None, last_modified: str | None) -> list[tuple[str, str]]:
    headers = [("User-Agent", settings.user_agent), ("Accept", ACCEPT), ("Accept-Encoding", ACCEPT_ENCODING)]
    if etag:
        headers.append(("If-None-Match", etag))
    if last_modified:
        headers.append(("If-Modified-Since", last_modified))
    return headers


def _read_body(response: httpcore.Response, headers: Mapping[str, str], max_bytes: int, url: str) -> bytes:
    decoder = _Decoder(headers.get("content-encoding", ""))
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: body of {declared} bytes exceeds the {max_bytes}-byte cap", Reason.TOO_LARGE)
    body = bytearray()
    for raw in response.iter_stream():
        for piece in decoder.feed(raw):
            body += piece
            if len(body) > max_bytes:
                raise FetchError(f"{url}: decoded body exceeds the {max_bytes}-byte cap", Reason.TOO_LARGE)
    return bytes(body)


def _one_hop(pool: httpcore.ConnectionPool, url: str, headers: list[tuple[str, str]], deadline: float,
             max_bytes: int) -> tuple[int, dict[str, str], bytes]:
    remaining = max(0.001, deadline - time.monotonic())
    timeouts = {"connect": remaining, "read": remaining, "write": remaining, "pool": remaining}
    parsed = httpx.URL(url)
    target = httpcore.URL(scheme=parsed.raw_scheme, host=parsed.raw_host, port=parsed.port, target=parsed.raw_path)
    with pool.stream("GET", target, headers=headers, extensions={"timeout": timeouts}) as response:
        resp_headers = _headers(response.headers)
        if response.status in REDIRECT_STATUSES or response.status == 304 or response.status >= 400:
            return response.status, resp_headers, b""
        return response.status, resp_headers, _read_body(response, resp_headers, max_bytes, url)


def _follow(location: str, base: str) -> str:
    try:
        return str(httpx.URL(base).join(location))
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(f"bad redirect target {location!r}: {exc}", Reason.BAD_URL) from None


def _fetch_chain(url: str, settings: FetchSettings, headers: list[tuple[str, str]], deadline: float) -> FetchResult:
    current = url
    ssl_context = ssl.create_default_context()
    backend = _GuardedBackend(settings.allow_private, deadline)
    with httpcore.ConnectionPool(ssl_context=ssl_context, network_backend=backend, max_connections=1) as pool:
        for hop in range(settings.max_redirects + 1):
            current = checked_url(current, settings.allow_private)
            status, resp_headers, body = _one_hop(pool, current, headers, deadline, settings.max_bytes)
            if status in REDIRECT_STATUSES and resp_headers.get("location"):
                if hop >= settings.max_redirects:
                    raise FetchError(f"{url}: more than {settings.max_redirects} redirects",
                                     Reason.TOO_MANY_REDIRECTS)
                current = _follow(resp_headers["location"], current)
                continue
            if status == 304:
                return FetchResult(url, current, status, resp_headers, b"", resp_headers.get("etag"),
                                   resp_headers.get("last-modified"), not_modified=True)
            if status >= 300:
                error = FetchError(f"{current}: HTTP {status}", http_reason(status))
                error.retry_after = resp_headers.get("retry-after")     # honoured by ingest.health
                raise error
            return FetchResult(url, current, status, resp_headers, body, resp_headers.get("etag"),
                               resp_headers.get("last-modified"))
    raise AssertionError("unreachable")  # pragma: no cover


def fetch(url: str, settings: FetchSettings, *, etag: str | None = None, last_modified: str | None = None,
          limiter: HostLimiter | None = None) -> FetchResult:
    """GET ``url`` safely (see the module docstring). Raises FetchError with a stable reason code."""
    first = checked_url(url, settings.allow_private)
    host = netguard.normalise_host(urlsplit(first).hostname or "")
    limiter = limiter or HostLimiter(settings.per_host)
    headers = _request_headers(settings, etag, last_modified)
    with limiter.hold(host):
        deadline = time.monotonic() + settings.timeout
        try:
            return _fetch_chain(url, settings, headers, deadline)
        except FetchError:
            raise
        except httpcore.TimeoutException as exc:
            raise FetchError(f"{url}: no complete answer within {settings.timeout:g} s ({exc or 'timeout'})",
                             Reason.TIMEOUT) from None
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol, OSError) as exc:
            if time.monotonic() >= deadline:
                raise FetchError(f"{url}: deadline of {settings.timeout:g} s reached", Reason.TIMEOUT) from None
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}", Reason.CONNECTION) from None
        except (httpx.InvalidURL, ValueError) as exc:
            raise FetchError(f"bad URL {url!r}: {exc}", Reason.BAD_URL) from None


def fetch_or_error(url: str, settings: FetchSettings, limiter: HostLimiter, *, etag: str | None = None,
                   last_modified: str | None = None) -> FetchResult | FetchError:
    """``fetch`` that returns its FetchError instead of raising it (for worker threads)."""
    try:
        return fetch(url, settings, etag=etag, last_modified=last_modified, limiter=limiter)
    except FetchError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - one bad URL never aborts the batch
        return FetchError(f"{url}: {type(exc).__name__}: {exc}", Reason.CONNECTION)


def fetch_many(urls: Sequence[str], settings: FetchSettings, *,
               validators: Mapping[str, tuple[str | None, str | None]] | None = None) -> list[FetchResult | FetchError]:
    """Fetch concurrently (``settings.concurrency`` overall, ``settings.per_host`` per host), results in order.

    ``validators`` maps a URL to its (etag, last_modified) for a conditional GET.
    """
    limiter = HostLimiter(settings.per_host)
    validators = validators or {}

    def one(u: str) -> FetchResult | FetchError:
        etag, modified = validators.get(u, (None, None))
        return fetch_or_error(u, settings, limiter, etag=etag, last_modified=modified)

    if not urls:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(settings.concurrency, len(urls))),
                            thread_name_prefix="topline-fetch") as pool:
        return list(pool.map(one, urls))
