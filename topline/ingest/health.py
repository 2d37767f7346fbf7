"""When to poll a source next, and when to stop polling it: pure decisions over a poll's outcome.

A failing source is polled less and less often (exponential back-off from BACKOFF_BASE, capped at BACKOFF_CAP);
a server's ``Retry-After`` is honoured as a minimum; a feed that answers with ``Cache-Control: max-age`` is not
polled again before that age (capped at MAX_AGE_CAP). A source that says it is gone (HTTP 410), or that failed
PAUSE_AFTER polls in a row, is paused (a URL refused by the settings is not backed off: no request was made): it is not polled again until it is resumed (``topline sources resume``).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

# Back-off after the n-th failure in a row: BACKOFF_BASE * 2**(n-1), at most BACKOFF_CAP. With a daily run the
# first failures cost nothing (the next run is later anyway); with `topline run --every 1h` a dead feed drops to
# one poll a day after 7 failures.
BACKOFF_BASE = dt.timedelta(minutes=30)
BACKOFF_CAP = dt.timedelta(hours=24)
RETRY_AFTER_CAP = dt.timedelta(days=7)     # a server cannot park a source for longer than this
MAX_AGE_CAP = dt.timedelta(hours=12)       # Cache-Control max-age is honoured up to this (a day's edition needs news)
PAUSE_AFTER = 30                           # failures in a row (a month of daily runs) before a source is paused
GONE_REASONS = ("http_410",)               # the server says the feed is gone for good
# refused before any request (by the settings: fetch.allow_private, the URL's form): no server to spare, and a
# change of settings must take effect at the next poll
LOCAL_REASONS = ("blocked_address", "bad_url")


@dataclass(frozen=True)
class Health:
    """What the store records after one poll."""
    consecutive_failures: int
    next_poll: dt.datetime | None
    paused: str


def parse_retry_after(value: str | None, now: dt.datetime) -> dt.timedelta | None:
    """``Retry-After``: seconds or an HTTP date -> a delay from ``now`` (None when absent or unreadable)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return dt.timedelta(seconds=int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(dt.timedelta(0), when - now)


def parse_max_age(cache_control: str | None) -> dt.timedelta | None:
    m = re.search(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", cache_control or "", re.I)
    if not m or re.search(r"no-cache|no-store", cache_control or "", re.I):
        return None
    return dt.timedelta(seconds=int(m.group(1)))


def after_poll(reason: str | None, consecutive_failures: int, now: dt.datetime, *,
               retry_after: dt.timedelta | None = None, max_age: dt.timedelta | None = None) -> Health:
    """The health after a poll: ``reason`` None = success; ``consecutive_failures`` = before this poll."""
    if reason is None:
        wait = min(max_age, MAX_AGE_CAP) if max_age else None
        return Health(0, now + wait if wait else None, "")
    n = consecutive_failures + 1
    if reason in GONE_REASONS:
        return Health(n, None, f"{reason}: the server says the feed is gone")
    if reason in LOCAL_REASONS:
        return Health(n, None, "")
    if n >= PAUSE_AFTER:
        return Health(n, None, f"{n} failed polls in a row (last: {reason})")
    wait = min(BACKOFF_BASE * 2 ** (n - 1), BACKOFF_CAP)
    if retry_after is not None:
        wait = max(wait, min(retry_after, RETRY_AFTER_CAP))
    return Health(n, now + wait, "")


def is_due(next_poll: dt.datetime | None, paused: str, now: dt.datetime) -> bool:
    return not paused and (next_poll is None or next_poll <= now)
