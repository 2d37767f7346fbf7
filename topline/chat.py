"""The OpenAI-compatible chat client shared by the LLM writer and the LLM classifier: one chat-completions call, bounded: a total deadline, retries honouring Retry-After, a per-edition budget.

The ``openai`` SDK (extra ``[llm]``) is imported lazily. Its own retries are off (``max_retries=0``) and its
timeouts are per phase, so the deadline is enforced here: each attempt runs under ``asyncio.wait_for`` on the
remaining time, which cancels the request (and closes its connection) when the server hangs or trickles.
Every failure becomes an :class:`LLMFailure` with a stable reason; the writer falls back to the offline writer.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import email.utils
import os
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from topline.errors import WriterError

CONNECT_TIMEOUT = 10.0          # seconds to open a connection, capped by the deadline
BACKOFF_FIRST = 0.5             # seconds before the first retry when the server gives no Retry-After
BACKOFF_MAX = 8.0               # cap on the exponential backoff between retries
RETRY_AFTER_MAX = 120.0         # a Retry-After longer than this is treated as "give up now"
CHARS_PER_TOKEN = 4.0           # rough size of a token for English prose (OpenAI and Llama BPE tokenisers)
PLACEHOLDER_KEY = "not-needed"  # sent when the key variable is unset: local servers ignore it
RETRYABLE_STATUS = (408, 409, 425, 429, 500, 502, 503, 504, 529)
RESPONSE_FORMATS = ("json_schema", "json_object", "none")


class LLMFailure(WriterError):
    """A call that produced no usable answer. ``reason`` is one of: timeout, rate_limited, http_5xx, http_4xx,
    auth, not_found, connection_error, cut_stream, invalid_json, refusal, truncated, budget, disabled,
    not_installed, unexpected."""

    def __init__(self, reason: str, message: str = ""):
        super().__init__(f"{reason}: {message}" if message else reason)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class ChatRequest:
    messages: tuple[Mapping[str, str], ...]
    schema: Mapping[str, Any]
    schema_name: str
    max_tokens: int
    # Stream the answer: a call given up on (deadline) closes its connection mid-answer, and servers that stop on
    # a disconnect (llama.cpp's server does, for streams only) are free for the next call at once, instead of
    # finishing an answer nobody reads (measured: the next call waited 16.5 s instead of 0.4 s; RESULTS.md).
    stream: bool = False

    def estimated_input_tokens(self) -> int:
        return int(sum(len(m.get("content", "")) for m in self.messages) / CHARS_PER_TOKEN) + 16


@dataclass(frozen=True)
class ChatResult:
    content: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: str = ""
    refusal: str = ""


class Budget:
    """Calls and tokens left for one edition."""

    def __init__(self, calls: int, tokens: int):
        self.calls_left = calls
        self.tokens_left = tokens

    def check(self, request: ChatRequest) -> None:
        if self.calls_left <= 0:
            raise LLMFailure("budget", "per-edition call budget exhausted")
        if request.estimated_input_tokens() + request.max_tokens > self.tokens_left:
            raise LLMFailure("budget", "per-edition token budget exhausted")


def retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or ``retry-after-ms``; None when absent."""
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def response_format_for(mode: str, name: str, schema: Mapping[str, Any]) -> dict | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": name, "schema": dict(schema), "strict": True}}
    if mode == "json_object":     # llama.cpp server: json_object with an optional schema it turns into a grammar
        return {"type": "json_object", "schema": dict(schema)}
    return None


def _plain_http(base_url: str) -> bool:
    return (base_url or "").lower().startswith("http://")


def _transport_errors() -> tuple[tuple[type, ...], tuple[type, ...]]:
    """(timeout errors, transport errors) of the HTTP libraries the openai SDK may be built on: httpx2 (openai 3.x)
    and httpx (earlier). Their classes are distinct: catching only httpx's let a dropped stream of httpx2 through as
    "unexpected" instead of a retryable cut stream."""
    import importlib
    timeouts, transports = [], []
    for name in ("httpx2", "httpx"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        timeouts.append(mod.TimeoutException)
        transports.append(mod.TransportError)
    return tuple(timeouts), tuple(transports)


def _run(coro_factory: Callable[[], Any]) -> Any:
    """Run a coroutine to completion from sync code, also when this thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro_factory())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(coro_factory())).result()


class ChatClient:
    """Calls one OpenAI-compatible server. ``sleep`` and ``clock`` are injectable for the retry arithmetic."""

    def __init__(self, llm_settings, *, sleep: Callable[[float], None] = time.sleep,  # noqa: ANN001
                 clock: Callable[[], float] = time.monotonic):
        if llm_settings.response_format not in RESPONSE_FORMATS:
            raise WriterError(f"llm.response_format must be one of {', '.join(RESPONSE_FORMATS)}")
        self.s = llm_settings
        self.mode = llm_settings.response_format
        self.sleep = sleep
        self.clock = clock
        self.api_key = os.environ.get(llm_settings.api_key_env or "", "") or PLACEHOLDER_KEY
        self.calls = 0            # HTTP requests sent, failed ones included
        self.stream_ok = True     # False once a server rejected a streamed request: then answers come whole
        self.notes: list[str] = []
        try:                      # imported here, not at module level: the core works without the [llm] extra
            import openai
            self._openai = openai
        except ImportError:
            self._openai = None

    def complete(self, request: ChatRequest, budget: Budget, *, timeout: float | None = None) -> ChatResult:
        """One logical call: attempts and retries under one deadline of ``timeout`` (default ``llm.timeout``)
        seconds."""
        limit = self.s.timeout if timeout is None else max(0.0, timeout)
        deadline = self.clock() + limit
        retries = 0
        format_fallback_used = False
        while True:
            budget.check(request)
            remaining = deadline - self.clock()
            if remaining <= 0:
                raise LLMFailure("timeout", f"deadline of {limit:g} s reached")
            try:
                return self._attempt(request, budget, remaining, limit)
            except _Retryable as exc:
                if retries >= self.s.max_retries:
                    raise LLMFailure(exc.reason, f"{exc.message} (after {retries} retries)") from None
                wait = exc.wait if exc.wait is not None else min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** retries)
                if wait > RETRY_AFTER_MAX or self.clock() + wait >= deadline:
                    raise LLMFailure(exc.reason, f"{exc.message}; retry in {wait:g} s is past the deadline") from None
                retries += 1
                self.sleep(wait)
            except _StreamRejected as exc:
                if not self.stream_ok:
                    raise LLMFailure("http_4xx", exc.message) from None
                self.stream_ok = False
                self.notes.append("LLM server rejected a streamed request: answers are requested whole")
            except _FormatRejected as exc:
                if self.mode != "json_schema" or format_fallback_used:
                    raise LLMFailure("http_4xx", exc.message) from None
                format_fallback_used = True
                self.mode = "json_object"
                self.notes.append("LLM server rejected response_format json_schema: using json_object")

    def _attempt(self, request: ChatRequest, budget: Budget, remaining: float, limit: float) -> ChatResult:
        openai = self._openai
        if openai is None:
            raise LLMFailure("not_installed", "the openai package is missing: pip install 'topline[llm]'")
        kwargs: dict[str, Any] = dict(model=self.s.model, messages=[dict(m) for m in request.messages],
                                      temperature=self.s.temperature, max_tokens=request.max_tokens)
        fmt = response_format_for(self.mode, request.schema_name, request.schema)
        if fmt is not None:
            kwargs["response_format"] = fmt

        stream = request.stream and self.stream_ok
        if stream:
            kwargs.update(stream=True, stream_options={"include_usage": True})

        async def call() -> Any:
            timeout = openai.Timeout(remaining, connect=min(remaining, CONNECT_TIMEOUT))
            # a plain-http server (llama.cpp, Ollama on loopback) never does TLS: give its client no certificate
            # store, which the SDK's default client loads for every new client (~0.18 s of CPU a call; 107 of the
            # 203 CPU s of tests/write/llm/test_injection.py, 2026-12-05). https servers keep the SDK's default.
            plain = {"http_client": openai.DefaultAsyncHttpxClient(verify=False, timeout=timeout)} \
                if _plain_http(self.s.base_url) else {}
            client = openai.AsyncOpenAI(base_url=self.s.base_url, api_key=self.api_key, max_retries=0,
                                        timeout=timeout, **plain)
            try:
                work = _collect(client, kwargs) if stream else client.chat.completions.create(**kwargs)
                return await asyncio.wait_for(work, remaining)   # cancelling it closes the connection
            finally:
                await client.close()

        self.calls += 1
        budget.calls_left -= 1
        timeouts, transport_errors = _transport_errors()   # errors while reading a stream come through raw
        try:
            completion = _run(call)
        except (asyncio.TimeoutError, TimeoutError, openai.APITimeoutError, *timeouts):
            raise LLMFailure("timeout", f"no answer within the deadline of {limit:g} s") from None
        except openai.APIStatusError as exc:
            if stream and exc.status_code in (400, 422) and "stream" in str(getattr(exc, "message", "") or exc):
                raise _StreamRejected(f"HTTP {exc.status_code}: {str(exc)[:300]}") from None
            raise _classify_status(exc) from None
        except transport_errors as exc:   # the connection dropped while the answer streamed in
            raise _Retryable("cut_stream", f"connection failed: {exc!r}"[:220]) from None
        except openai.APIConnectionError as exc:
            cause = repr(exc.__cause__ or exc)
            reason = "cut_stream" if "RemoteProtocol" in cause or "incomplete" in cause.lower() else "connection_error"
            raise _Retryable(reason, f"connection failed: {cause[:200]}") from None
        except openai.APIResponseValidationError as exc:
            raise LLMFailure("invalid_json", f"response does not parse: {exc}") from None
        except ValueError as exc:     # a 200 whose body is not JSON
            raise LLMFailure("invalid_json", f"response body is not JSON: {exc}") from None
        except Exception as exc:      # noqa: BLE001 - whatever a strange server makes the SDK raise
            raise LLMFailure("unexpected", f"{type(exc).__name__}: {str(exc)[:200]}") from None
        if isinstance(completion, _Streamed):
            return completion.result(request, budget)
        return _result(completion, budget)


@dataclass
class _Streamed:
    """A streamed answer put together: its text, refusal, finish reason and usage (when the server sent it)."""
    content: str = ""
    refusal: str = ""
    finish_reason: str = ""
    usage: Any = None

    def result(self, request: ChatRequest, budget: Budget) -> ChatResult:
        """Servers that send no usage in streams (llama.cpp's) are counted by estimate: 4 characters a token."""
        tin = _count(getattr(self.usage, "prompt_tokens", 0)) or request.estimated_input_tokens()
        tout = _count(getattr(self.usage, "completion_tokens", 0)) or int(len(self.content) / CHARS_PER_TOKEN)
        budget.tokens_left -= tin + tout
        if not self.content and not self.refusal and not self.finish_reason:
            # a stream closed before its first token: llama-cpp-python's server ends a streamed request so when
            # another request arrives (its ``interrupt_requests``, on by default), so the call is tried again
            raise _Retryable("cut_stream", "the stream ended before any answer")
        return ChatResult(content=self.content, input_tokens=tin, output_tokens=tout,
                          finish_reason=self.finish_reason, refusal=self.refusal)


async def _collect(client: Any, kwargs: dict) -> _Streamed:
    out = _Streamed()
    parts: list[str] = []
    stream = await client.chat.completions.create(**kwargs)
    async for chunk in stream:
        if getattr(chunk, "usage", None):
            out.usage = chunk.usage
        for choice in getattr(chunk, "choices", None) or []:
            delta = getattr(choice, "delta", None)
            if delta is not None and isinstance(getattr(delta, "content", None), str):
                parts.append(delta.content)
            if delta is not None and isinstance(getattr(delta, "refusal", None), str):
                out.refusal += delta.refusal
            if getattr(choice, "finish_reason", None):
                out.finish_reason = str(choice.finish_reason)
    out.content = "".join(parts)
    return out


class _StreamRejected(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class _Retryable(Exception):
    def __init__(self, reason: str, message: str, wait: float | None = None):
        super().__init__(message)
        self.reason, self.message, self.wait = reason, message, wait


class _FormatRejected(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _classify_status(exc) -> Exception:  # noqa: ANN001 - openai.APIStatusError
    status = exc.status_code
    text = str(getattr(exc, "message", "") or exc)[:300]
    if status == 400 and ("response_format" in text or "json_schema" in text):
        return _FormatRejected(f"HTTP 400: {text}")
    if status in RETRYABLE_STATUS:
        reason = "rate_limited" if status == 429 else "http_5xx" if status >= 500 else "http_4xx"
        return _Retryable(reason, f"HTTP {status}: {text}", retry_after(exc.response.headers))
    if status in (401, 403):
        return LLMFailure("auth", f"HTTP {status}: {text}")
    if status == 404:
        return LLMFailure("not_found", f"HTTP 404 (base URL or model unknown to the server): {text}")
    return LLMFailure("http_5xx" if status >= 500 else "http_4xx", f"HTTP {status}: {text}")


def _result(completion: Any, budget: Budget) -> ChatResult:
    """Usage into the budget; the first choice's text, refusal and finish reason."""
    usage = getattr(completion, "usage", None)
    tin = _count(getattr(usage, "prompt_tokens", 0))
    tout = _count(getattr(usage, "completion_tokens", 0))
    budget.tokens_left -= tin + tout
    choices = getattr(completion, "choices", None) or []
    if not choices:
        raise LLMFailure("invalid_json", "response has no choices")
    choice = choices[0]
    message = getattr(choice, "message", None)
    content = getattr(message, "content", None) or ""
    refusal = getattr(message, "refusal", None) or ""
    return ChatResult(content=content if isinstance(content, str) else str(content), input_tokens=tin,
                      output_tokens=tout, finish_reason=str(getattr(choice, "finish_reason", "") or ""),
                      refusal=str(refusal))


def _count(value: Any) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0
