"""`topline queue` and `topline worker`: thin adapters over topline.work (work shared by processes on several
machines through the store's queue; PostgreSQL for more than one machine)."""
from __future__ import annotations

import click

from topline.cli.common import emit_json, open_store, parse_date, state


@click.group("queue")
def queue_cmd() -> None:
    """Queue work for `topline worker` processes, or show the queue."""


@queue_cmd.command("enrich")
@click.option("--date", "date_", help="Edition date whose window's articles to queue (default: every article "
              "without a current enrichment).")
@click.option("--window-hours", type=int, help="Window of the edition (default: the edition setting).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def queue_enrich(ctx: click.Context, date_: str | None, window_hours: int | None, as_json: bool) -> None:
    """Queue the articles that lack a current enrichment."""
    from topline.pipeline import window
    from topline.work import enqueue_enrich
    settings = state(ctx).settings(edition={"window_hours": window_hours} if window_hours else {})
    date = parse_date(date_)
    with open_store(settings) as store:
        if date is not None:
            arts = store.articles.in_window(*window(date, settings.edition.window_hours, settings.edition.timezone))
        else:
            arts = list(store.articles.iter_all())
        n = enqueue_enrich(store, arts)
        counts = store.work.counts("enrich")
    _done("enrich", n, counts, as_json)


@queue_cmd.command("fetch")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def queue_fetch(ctx: click.Context, as_json: bool) -> None:
    """Queue every subscribed source."""
    from topline.work import enqueue_fetch
    with open_store(state(ctx).settings()) as store:
        n = enqueue_fetch(store)
        counts = store.work.counts("fetch")
    _done("fetch", n, counts, as_json)


@queue_cmd.command("status")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def queue_status(ctx: click.Context, as_json: bool) -> None:
    """Items per kind and state."""
    from topline.store.work import KINDS
    with open_store(state(ctx).settings()) as store:
        counts = {k: store.work.counts(k) for k in KINDS}
    if as_json:
        emit_json(counts)
        return
    for kind, c in counts.items():
        click.echo(f"{kind}: " + ", ".join(f"{n} {s}" for s, n in c.items()))


def _done(kind: str, n: int, counts: dict, as_json: bool) -> None:
    if as_json:
        emit_json({"kind": kind, "queued": n, "counts": counts})
        return
    click.echo(f"queued {n} {kind} items; now " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@click.command("worker")
@click.argument("kind", type=click.Choice(["enrich", "fetch"]))
@click.option("--batch", type=int, help="Items claimed at a time (default: 50 enrich, 8 fetch).")
@click.option("--until-empty/--forever", default=True, help="Stop when the queue is empty (default), or wait.")
@click.option("--max-batches", type=int, help="Stop after this many batches.")
@click.option("--name", help="Worker name recorded on its items (default: host:pid).")
@click.option("--runner", type=click.Choice(["serial", "process", "ray"]), default="serial",
              help="Where this worker computes (default: in itself).")
@click.option("--address", default="", help="Ray cluster address for --runner ray.")
@click.option("--json", "as_json", is_flag=True, help="Print the report (items done, failed) as JSON.")
@click.pass_context
def worker_cmd(ctx: click.Context, kind: str, batch: int | None, until_empty: bool, max_batches: int | None,
               name: str | None, runner: str, address: str, as_json: bool) -> None:
    """Claim and work queued items (several workers, on several machines, never take the same item)."""
    from topline.runner import make_runner
    from topline.work import run_worker
    settings = state(ctx).settings()
    with open_store(settings) as store, make_runner(runner, address=address) as run:
        report = run_worker(store, settings, kind, name=name, batch=batch, until_empty=until_empty,
                            max_batches=max_batches, runner=run)
    if as_json:
        emit_json(report)
        return
    click.echo(f"worker {report.worker}: {len(report.done)} {kind} items done, {len(report.failed)} failed, "
               f"{report.batches} batches, {report.seconds:.1f} s")


def register(cli: click.Group) -> None:
    cli.add_command(queue_cmd)
    cli.add_command(worker_cmd)
