"""One root exception, a few subclasses, and the stable reason codes recorded for bad inputs.

Bad feeds and articles are *data*: they are recorded as records.Failure with a reason code and never abort a
run. Exceptions are for the caller's mistakes (a config file that does not parse, an unknown command option)
and for a stage that cannot go on at all.
"""
from __future__ import annotations

from enum import Enum


class ToplineError(Exception):
    """Root of every error Topline raises on purpose."""


class ConfigError(ToplineError):
    """A settings or taxonomy file, or an environment variable, is invalid."""


class InputError(ToplineError):
    """An input (file, URL, row) cannot be read. Carries a reason code for the failure record."""

    def __init__(self, message: str, reason: "Reason | str" = "parse_error", *, line: int | None = None):
        super().__init__(message)
        self.reason = Reason(reason).value if not isinstance(reason, Reason) else reason.value
        self.line = line


class FetchError(InputError):
    """An HTTP fetch failed (timeout, too large, blocked address, HTTP status...)."""
    retry_after: str | None = None     # the server's Retry-After header, when it answered with an error status


class StoreError(ToplineError):
    """The database cannot be opened or migrated."""


class EmptyEditionError(ToplineError):
    """No article was published in an edition's window: nothing is built, nothing is published."""


class WriterError(ToplineError):
    """A writer (offline or LLM) could not produce text for a story or category."""


class Reason(str, Enum):
    """Stable reason codes: stored in the database and shown to users, so never rename one."""
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    BLOCKED_ADDRESS = "blocked_address"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    CONNECTION = "connection_error"
    HTTP_404 = "http_404"
    HTTP_410 = "http_410"
    HTTP_4XX = "http_4xx"
    HTTP_5XX = "http_5xx"
    BAD_URL = "bad_url"
    PARSE_ERROR = "parse_error"
    ENCODING = "encoding_error"
    NOT_A_FEED = "not_a_feed"
    EMPTY = "empty"
    MISSING_FIELD = "missing_field"
    BAD_VALUE = "bad_value"
    NO_TEXT = "no_text"
    UNSUPPORTED = "unsupported"
    NOT_FOUND = "not_found"
    TRUNCATED = "truncated"          # a notice, not a failure: the item was stored with a field or list cut short


# Reasons that record what was cut from an item that was still stored: shown, but not counted as failed items.
NOTICE_REASONS = frozenset({Reason.TRUNCATED.value})


def http_reason(status: int) -> Reason:
    if status == 404:
        return Reason.HTTP_404
    if status == 410:
        return Reason.HTTP_410
    if status >= 500:
        return Reason.HTTP_5XX
    return Reason.HTTP_4XX


# Exit codes: whether all, some or nearly all items failed.
EXIT_OK = 0
EXIT_ERROR = 1            # the command could not run (bad usage, bad config)
EXIT_SOME_FAILED = 3      # some items failed, the rest were processed
EXIT_MOST_FAILED = 4      # nearly all items failed (>= MOST_FAILED_SHARE)
EXIT_BUSY = 75            # another `topline run` holds the lock: try again later (EX_TEMPFAIL of sysexits.h)
MOST_FAILED_SHARE = 0.9   # share of failed items from which a run counts as "nearly all failed"


def exit_code_for(failed: int, total: int) -> int:
    if failed <= 0:
        return EXIT_OK
    if total > 0 and failed / total >= MOST_FAILED_SHARE:
        return EXIT_MOST_FAILED
    return EXIT_SOME_FAILED
