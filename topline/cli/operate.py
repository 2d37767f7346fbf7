"""`topline run`: the day's steps under one lock (fetch -> extract -> stories -> edition -> publish -> send), once
or on a schedule. A thin adapter over ``topline.operate``."""
from __future__ import annotations

import datetime as dt
import sys

import click

from topline.cli.common import emit_json, open_store, parse_date, state
from topline.errors import EXIT_BUSY, EXIT_ERROR, ToplineError


def _say(name: str, what: str) -> None:
    click.echo(f"{dt.datetime.now(dt.timezone.utc):%H:%M:%S} {name}: {what}", err=True)


def _settings(ctx: click.Context, allow_private: bool, timezone_: str | None):  # noqa: ANN202 - Settings
    return state(ctx).settings(**({"fetch": {"allow_private": True}} if allow_private else {}),
                               **({"edition": {"timezone": timezone_}} if timezone_ else {}))


def _once(ctx: click.Context, date: dt.date | None, force: bool, wait: float, allow_private: bool, steps: tuple,
          as_json: bool, quiet: bool, timezone_: str | None = None) -> int:
    from topline import operate
    from topline.store.runs import RunBusy
    settings = _settings(ctx, allow_private, timezone_)
    with open_store(settings) as store:
        try:
            report = operate.run(store, settings, date, steps=steps or operate.STEPS, force=force, wait=wait,
                                 progress=None if (as_json or quiet) else _say)
        except RunBusy as exc:
            click.echo(f"error: {exc}", err=True)
            return EXIT_BUSY
        except ToplineError as exc:
            click.echo(f"error: {exc}", err=True)
            return EXIT_ERROR
    if as_json:
        emit_json({"run": report.run_id, "key": report.key, "how": report.how, "status": report.status,
                   "skipped": report.skipped, "steps": report.steps, "error": report.error})
    elif report.status == "already_done":
        click.echo(f"run {report.run_id} ({report.key}) already finished: nothing to do (--force runs it again)")
    else:
        how = f"resumed run {report.run_id}" + (f", skipping {', '.join(report.skipped)}" if report.skipped else "") \
            if report.how == "resumed" else f"run {report.run_id}"
        click.echo(f"{how}: {report.status}" + (f" ({report.error})" if report.error else ""))
    return EXIT_ERROR if report.status == "failed" else 0


@click.command("run")
@click.option("--date", "date_", help="Edition date, YYYY-MM-DD (default: today in the edition's zone).")
@click.option("--timezone", "timezone_", help="IANA zone of the edition's day, its \"today\" and --at (default: "
              "edition.timezone, UTC).")
@click.option("--force", is_flag=True, help="Run again a day whose run already finished.")
@click.option("--wait", type=click.FloatRange(0), default=0.0, show_default=True,
              help="Seconds to wait for another run's lock before giving up (exit 75).")
@click.option("--every", help="Keep running: now, then every DURATION (24h, 90m, 1d).")
@click.option("--at", "at_", help="Keep running: every day at HH:MM in the edition's zone (default UTC); with "
              "--every, the first run's time.")
@click.option("--step", "steps", multiple=True, type=click.Choice(["fetch", "extract", "stories", "edition",
                                                                    "publish", "send"]),
              help="Run only these steps (repeatable; default: all, in order).")
@click.option("--allow-private", is_flag=True, help="Allow loopback and private-network feed URLs.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's record as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No step-by-step lines on stderr.")
@click.pass_context
def run_cmd(ctx: click.Context, date_: str | None, timezone_: str | None, force: bool, wait: float,
            every: str | None, at_: str | None, steps: tuple, allow_private: bool, as_json: bool, quiet: bool) -> None:
    """The day's run: fetch, extract, stories, edition, publish, send. Idempotent (a finished day is not run
    again), one at a time (a lock that expires when its holder dies), and a killed run resumes where it stopped.

    Exit codes: 0 done (or already done), 1 a step failed, 75 another run holds the lock.
    """
    from topline import operate
    from topline.operate import schedule
    steps = tuple(s for s in operate.STEPS if s in steps)
    date = parse_date(date_)
    from topline import zones
    tz = zones.of(_settings(ctx, allow_private, timezone_))    # an unknown zone fails here, before any run
    if not every and not at_:
        ctx.exit(_once(ctx, date, force, wait, allow_private, steps, as_json, quiet, timezone_))
        return
    if date is not None:
        raise click.UsageError("--date builds one edition: it cannot be combined with --every or --at")
    try:
        period = schedule.parse_every(every) if every else None
        at = schedule.parse_at(at_, tz) if at_ else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    click.echo(f"scheduled: {'every ' + every if every else ''}{' from ' if every and at_ else ''}"
               f"{'at ' + at_ + ' ' + str(tz) if at_ else ''} (Ctrl-C to stop)", err=True)
    import signal

    def _stop(signum, frame) -> None:  # noqa: ANN001 - a signal handler
        raise KeyboardInterrupt
    # systemd stops a service with SIGTERM; Ctrl-C is SIGINT (set explicitly: a shell starting the long-running
    # mode in the background leaves SIGINT ignored). A run cut short resumes at the next start (the runs table).
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        schedule.loop(lambda: _once(ctx, None, force, wait, allow_private, steps, as_json, quiet, timezone_),
                      every=period,
                      at=at, on_error=lambda exc: click.echo(f"error: {exc}", err=True))
    except KeyboardInterrupt:
        sys.exit(0)


def register(cli: click.Group) -> None:
    cli.add_command(run_cmd)
