"""The long-running mode of `topline run`: run now and every N hours (``--every 24h``), or every day at a time
of the edition's zone (``--at 06:00``; ``edition.timezone``, default UTC). Pure time arithmetic plus one loop; the run itself is ``topline.operate.run``."""
from __future__ import annotations

import datetime as dt
import re
import threading
from typing import Callable

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_EVERY_SECONDS = 60.0      # a shorter period would poll feeds faster than any outlet updates


def parse_every(value: str) -> float:
    """'24h', '90m', '1d', '3600' (seconds) -> seconds; ValueError otherwise."""
    m = _DURATION.match(value or "")
    if not m:
        raise ValueError(f"{value!r} is not a duration like 24h, 90m or 1d")
    seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds < MIN_EVERY_SECONDS:
        raise ValueError(f"{value!r} is shorter than {MIN_EVERY_SECONDS:.0f} seconds")
    return seconds


def parse_at(value: str, tz: dt.tzinfo | None = None) -> dt.time:
    """'06:00' -> that time of day in ``tz`` (default UTC); ValueError otherwise."""
    m = re.fullmatch(r"\s*([01]?\d|2[0-3]):([0-5]\d)\s*", value or "")
    if not m:
        raise ValueError(f"{value!r} is not a time of day like 06:00")
    return dt.time(int(m.group(1)), int(m.group(2)), tzinfo=tz or dt.timezone.utc)


def next_at(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The first moment at or after ``now`` whose time of day in ``at``'s zone (UTC when it has none) is ``at``.
    On a day the clocks skip that time, the wall time is read with the offset before the change (zoneinfo)."""
    tz = at.tzinfo or dt.timezone.utc
    local = now.astimezone(tz)
    day = local.date()
    for _ in range(3):
        candidate = dt.datetime.combine(day, at.replace(tzinfo=None), tzinfo=tz)
        if candidate.astimezone(dt.timezone.utc) >= now.astimezone(dt.timezone.utc):
            return candidate
        day += dt.timedelta(days=1)
    return candidate


def loop(job: Callable[[], object], *, every: float | None = None, at: dt.time | None = None,
         stop: threading.Event | None = None, now: Callable[[], dt.datetime] | None = None,
         on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``job`` on schedule until ``stop`` is set: with ``every``, now and then every ``every`` seconds; with
    ``at``, every day at that time of its zone (and, with both, at ``at`` then every ``every``). An exception from
    ``job`` goes to ``on_error`` and the loop goes on."""
    if every is None and at is None:
        raise ValueError("give every or at")
    stop = stop or threading.Event()
    now = now or (lambda: dt.datetime.now(dt.timezone.utc))
    nxt = next_at(now(), at) if at is not None else now()
    while not stop.is_set():
        delay = (nxt - now()).total_seconds()
        if delay > 0 and stop.wait(delay):
            return
        try:
            job()
        except Exception as exc:  # noqa: BLE001 - one bad day never ends the schedule
            if on_error:
                on_error(exc)
        if every is not None:
            nxt = nxt + dt.timedelta(seconds=every)
            while nxt <= now():               # a run longer than the period: skip the missed slots
                nxt += dt.timedelta(seconds=every)
        elif at is not None:
            nxt = next_at(now() + dt.timedelta(seconds=1), at)
