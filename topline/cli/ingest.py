"""`topline ingest`, `sources add|list|remove`, `fetch` and `extract`: thin adapters over topline.ingest."""
from __future__ import annotations

import click

from topline.cli.common import emit_json, open_store, progress, state
from topline.errors import EXIT_ERROR, NOTICE_REASONS, InputError, Reason, exit_code_for
from topline.records import Failure, IngestReport

LINES_PER_REASON = 5          # failures of one reason listed one per line; the rest are counted in one line
NETWORK_REASONS = frozenset({Reason.CONNECTION.value, Reason.TIMEOUT.value})
ALLOW_PRIVATE_HINT = ("hint: {n} source{s} point{v} to a loopback or private-network address, refused by default. "
                      "To fetch intranet feeds, set allow_private = true under [fetch] in topline.toml (or "
                      "TOPLINE_FETCH_ALLOW_PRIVATE=1, or pass --allow-private).")


def _settings(ctx: click.Context, allow_private: bool = False):  # noqa: ANN202
    return state(ctx).settings(**({"fetch": {"allow_private": True}} if allow_private else {}))


def failure_line(f: Failure) -> str:
    where = f"{f.input}:{f.line}" if f.line else f.input
    return f"{where}: {f.reason}: {f.message}"


def summary_line(verb: str, r: IngestReport) -> str:
    parts = [f"{r.items} items", f"{r.added} new", f"{r.updated} updated", f"{r.sightings} new sightings",
             f"{r.unchanged} unchanged"]
    if r.subscribed:
        parts.append(f"{len(r.subscribed)} feeds subscribed")
    notices = sum(f.reason in NOTICE_REASONS for f in r.failures)
    parts.append(f"{len(r.failures) - notices} failed")
    if notices:
        parts.append(f"{notices} cut to the ingest caps")
    return f"{verb} {r.inputs} input{'s' if r.inputs != 1 else ''}: " + ", ".join(parts)


def failure_lines(failures: tuple[Failure, ...] | list[Failure]) -> list[str]:
    """One line per failure, except that beyond LINES_PER_REASON failures of one reason the rest are counted in
    one line (112 identical "connection_error" lines say less than one)."""
    lines: list[str] = []
    counts: dict[str, int] = {}
    for f in failures:
        counts[f.reason] = counts.get(f.reason, 0) + 1
        if counts[f.reason] <= LINES_PER_REASON:
            lines.append(failure_line(f))
    lines += [f"... and {n - LINES_PER_REASON} more {reason} (--json lists every one)"
              for reason, n in counts.items() if n > LINES_PER_REASON]
    blocked = len({f.input for f in failures if f.reason == Reason.BLOCKED_ADDRESS.value})
    if blocked:
        lines.append(ALLOW_PRIVATE_HINT.format(n=blocked, s="s" if blocked != 1 else "", v="" if blocked != 1 else "s"))
    return lines


def reachability_line(remote: list[str], failures: tuple[Failure, ...]) -> str | None:
    """"no network: 0 of 112 sources reachable" (or "110 of 112 ..."), None when every source answered."""
    wanted = set(remote)
    unreachable = {f.input for f in failures if f.reason in NETWORK_REASONS and f.input in wanted}
    if not unreachable:
        return None
    reached = len(wanted) - len(unreachable)
    return f"{'no network: ' if reached == 0 else ''}{reached} of {len(wanted)} sources reachable"


def _finish(ctx: click.Context, verb: str, report: IngestReport, as_json: bool,
            extra: str | None = None) -> None:
    if as_json:
        emit_json(report)
    else:
        click.echo(summary_line(verb, report))
        if extra:
            click.echo(extra)
        for line in failure_lines(report.failures):
            click.echo(line, err=True)
    failed = sum(f.reason not in NOTICE_REASONS for f in report.failures)
    ctx.exit(exit_code_for(failed, max(report.items, failed)))


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--source", "source_name", default=None, help="Outlet name for every article read.")
@click.option("--allow-private", is_flag=True, help="Allow loopback and private-network URLs.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def ingest_cmd(ctx: click.Context, inputs: tuple[str, ...], source_name: str | None, allow_private: bool,
               as_json: bool) -> None:
    """Read JSON Lines, CSV, RSS, Atom, JSON Feed, OPML or HTML pages from files, folders or URLs."""
    from topline.ingest import ingest
    settings = _settings(ctx, allow_private)
    with open_store(settings) as store, progress("Ingesting") as advance:
        report = ingest(store, settings, list(inputs), source_name=source_name, progress=advance)
    _finish(ctx, "ingested", report, as_json)


@click.command("fetch")
@click.option("--allow-private", is_flag=True, help="Allow loopback and private-network URLs.")
@click.option("--all", "all_sources", is_flag=True, help="Also poll sources that are backing off or paused.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def fetch_cmd(ctx: click.Context, allow_private: bool, all_sources: bool, as_json: bool) -> None:
    """Poll every subscribed source that is due once (conditional GET; failing sources back off)."""
    from topline.ingest import fetch_sources
    settings = _settings(ctx, allow_private)
    with open_store(settings) as store:
        total = store.sources.count()
        waiting = [] if all_sources else _not_due(store)     # decided before polling, as fetch_sources does
        left = {s.url for s in waiting}
        remote = [s.url for s in store.sources.list()
                  if s.url.lower().startswith(("http://", "https://")) and s.url not in left]
        with progress("Fetching", total=total - len(left), plain=not as_json) as advance:
            report = fetch_sources(store, settings, progress=advance, all_sources=all_sources)
    if waiting and not as_json:
        paused = sum(1 for s in waiting if s.paused)
        click.echo(f"{len(waiting)} source(s) left alone: {len(waiting) - paused} backing off after failures, "
                   f"{paused} paused (`topline sources list`; `topline fetch --all` polls them now)", err=True)
    _finish(ctx, "fetched", report, as_json, reachability_line(remote, report.failures))


def _not_due(store) -> list:  # noqa: ANN001
    """Sources a plain fetch leaves alone: backing off after failures, or paused (ingest.health)."""
    import datetime as dt

    from topline.ingest.health import is_due
    now = dt.datetime.now(dt.timezone.utc)
    return [s for s in store.sources.list() if not is_due(s.next_poll, s.paused, now) and s.last_fetched
            and (s.paused or s.consecutive_failures)]


@click.command("extract")
@click.argument("path_or_url")
@click.option("--allow-private", is_flag=True, help="Allow loopback and private-network URLs.")
@click.option("--json", "as_json", is_flag=True, help="Print the page as JSON.")
@click.pass_context
def extract_cmd(ctx: click.Context, path_or_url: str, allow_private: bool, as_json: bool) -> None:
    """Extract the title, text, author, date and language of one article page."""
    from topline.ingest import extract
    try:
        page = extract(path_or_url, _settings(ctx, allow_private))
    except InputError as exc:
        click.echo(failure_line(Failure(path_or_url, exc.reason, str(exc), exc.line)), err=True)
        ctx.exit(exit_code_for(1, 1))
        return
    if as_json:
        emit_json(page)
        return
    for label, value in (("title", page.title), ("author", page.author), ("published", page.published),
                         ("language", page.language), ("url", page.url)):
        if value:
            click.echo(f"{label}: {value.isoformat() if hasattr(value, 'isoformat') else value}")
    click.echo("")
    click.echo(page.text)


@click.group("sources")
def sources_group() -> None:
    """Subscribed feeds: add, list, remove."""


@sources_group.command("add")
@click.argument("url", required=False)
@click.option("--name", default="", help="Outlet name for the source.")
@click.option("--defaults", is_flag=True, help="Subscribe the bundled default list of feeds.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def sources_add(ctx: click.Context, url: str | None, name: str, defaults: bool, as_json: bool) -> None:
    """Subscribe to a feed URL (or --defaults for the bundled list)."""
    if not url and not defaults:
        raise click.UsageError("give a URL or --defaults")
    from topline.ingest import subscribe_defaults
    with open_store(_settings(ctx)) as store:
        added = []
        if defaults:
            sources, created = subscribe_defaults(store)
            added.extend(sources)
            if not as_json:
                click.echo(f"subscribed {created} new of {len(sources)} default feeds")
        if url:
            kind = "feed" if url.lower().startswith(("http://", "https://")) else "file"
            source, created = store.sources.add(url.strip(), name, kind=kind)
            added.append(source)
            if not as_json:
                click.echo(f"{'subscribed' if created else 'already subscribed'}: {source.url}")
    if as_json:
        emit_json(added)


@sources_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def sources_list(ctx: click.Context, as_json: bool) -> None:
    """List subscribed sources with their last fetch state."""
    with open_store(_settings(ctx)) as store:
        sources = store.sources.list()
    if as_json:
        emit_json(sources)
        return
    for s in sources:
        state_text = s.last_reason or ("ok" if s.last_fetched else "never fetched")
        health = f"paused: {s.paused}" if s.paused else (
            f"{s.consecutive_failures} failures in a row, next poll {s.next_poll:%Y-%m-%d %H:%M} UTC"
            if s.consecutive_failures and s.next_poll else "")
        click.echo(f"{s.id}\t{s.name or '-'}\t{s.url}\t{state_text}\tok={s.ok_count} failed={s.fail_count}"
                   + (f"\t{health}" if health else ""))
    if not sources:
        click.echo("no sources (add one with `topline sources add URL` or `--defaults`)", err=True)


@sources_group.command("remove")
@click.argument("url_or_id")
@click.pass_context
def sources_remove(ctx: click.Context, url_or_id: str) -> None:
    """Unsubscribe a source by URL or id."""
    with open_store(_settings(ctx)) as store:
        removed = store.sources.remove(url_or_id.strip())
    if not removed:
        click.echo(f"not subscribed: {url_or_id}", err=True)
        ctx.exit(EXIT_ERROR)
    click.echo(f"removed: {url_or_id}")


@sources_group.command("resume")
@click.argument("url_or_id")
@click.pass_context
def sources_resume(ctx: click.Context, url_or_id: str) -> None:
    """Poll a paused or backing-off source again at the next fetch."""
    with open_store(_settings(ctx)) as store:
        if not store.sources.resume(url_or_id.strip()):
            click.echo(f"not subscribed: {url_or_id}", err=True)
            ctx.exit(EXIT_ERROR)
    click.echo(f"resumed: {url_or_id}")


def register(cli: click.Group) -> None:
    """Add the ingestion commands to the main command group."""
    for command in (ingest_cmd, fetch_cmd, extract_cmd, sources_group):
        cli.add_command(command)


__all__ = ["register", "failure_line", "summary_line"]
