"""An edition's day in its reader's time zone (``edition.timezone``, an IANA name; default "UTC").

An edition of date D takes the articles published in the ``window_hours`` before midnight after D *in the
edition's zone*; on a day the clocks change the zone's day has 23 or 25 hours, and the window still keeps
``window_hours`` hours before that end. The scheduler's "today" and the writer's "today's articles" are the zone's
day. An article's own local day (``Article.local_day``, the offset its source stated) stays the article's: the
ledger's "yesterday" and weekdays are read from it, not from here. Pure: no store, no clock but ``today``'s.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from topline.errors import ConfigError

UTC_NAME = "UTC"


@lru_cache(maxsize=64)
def zone(name: str | None = None) -> dt.tzinfo:
    """The tzinfo of an IANA zone name ("" or None: UTC); ConfigError for a name zoneinfo does not know."""
    name = (name or UTC_NAME).strip()
    if name.upper() == UTC_NAME:
        return dt.timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ConfigError(f"setting 'edition.timezone': {name!r} is not a known time zone (an IANA name such as "
                          f"'America/New_York' or 'Asia/Singapore'; {type(exc).__name__})") from None


def of(settings) -> dt.tzinfo:  # noqa: ANN001 - Settings, or None for UTC
    """The edition zone of ``settings`` (UTC when there are none)."""
    es = getattr(settings, "edition", None)
    return zone(getattr(es, "timezone", "") or UTC_NAME)


def _tz(tz: dt.tzinfo | str | None) -> dt.tzinfo:
    return tz if isinstance(tz, dt.tzinfo) else zone(tz)


def day_end(date: dt.date, tz: dt.tzinfo | str | None = None) -> dt.datetime:
    """Midnight after ``date`` in ``tz``, as a UTC datetime (the end of the edition's day)."""
    local = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(), tzinfo=_tz(tz))
    return local.astimezone(dt.timezone.utc)


def window(date: dt.date, hours: int, tz: dt.tzinfo | str | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) in UTC: ``hours`` (elapsed hours, whatever the clocks did) before midnight after ``date`` in
    ``tz``."""
    end = day_end(date, tz)
    return end - dt.timedelta(hours=hours), end


def day_of(when: dt.datetime, tz: dt.tzinfo | str | None = None) -> dt.date:
    """The day in ``tz`` of an instant (a naive ``when`` is taken as UTC, as the store gives it)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(_tz(tz)).date()


def today(tz: dt.tzinfo | str | None = None, now: dt.datetime | None = None) -> dt.date:
    """Today's date in ``tz`` (the edition a run builds when no date is given)."""
    return day_of(now or dt.datetime.now(dt.timezone.utc), tz)


def iso(when: dt.datetime, tz: dt.tzinfo | str | None = None) -> str:
    """``when`` in ``tz`` as ISO 8601 with its offset ("2026-03-08T00:00:00-05:00")."""
    return when.astimezone(_tz(tz)).isoformat()


# --- the edition being built: its zone, for the stages that ask which of its days an article is on -------------
# The writer, the ledger and the ranker compare articles' days with the edition's date ("today's articles", "this
# week", "new since the last briefing") in some thirty places, several calls deep from anything that holds the
# settings. ``pipeline.build_edition`` sets the zone for the build (``edition``) and ``write._write_one`` sets it
# again from its context (a page written in a worker process or on a Ray cluster); outside a build it is UTC.
_EDITION_TZ: ContextVar[dt.tzinfo] = ContextVar("topline_edition_tz", default=dt.timezone.utc)


@contextmanager
def edition(tz: dt.tzinfo | str | None) -> Iterator[dt.tzinfo]:
    """Within this block (this thread's context) ``edition_day`` reads days in ``tz`` (restored after)."""
    zone_ = _tz(tz)
    token = _EDITION_TZ.set(zone_)
    try:
        yield zone_
    finally:
        _EDITION_TZ.reset(token)


def edition_tz() -> dt.tzinfo:
    """The zone of the edition being built (UTC outside a build)."""
    return _EDITION_TZ.get()


def edition_day(when: dt.datetime) -> dt.date:
    """The day of the edition's zone an instant falls on: what "today's articles" of an edition means. In UTC (the
    default) exactly ``when.date()``, as before the setting (the store gives UTC datetimes)."""
    tz = _EDITION_TZ.get()
    if tz is dt.timezone.utc:
        return when.date()
    return day_of(when, tz)
