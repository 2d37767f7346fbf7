"""`topline events --date D [--json]` (the edition's event ledger) and `topline eval events CORPUS_DIR`."""
from __future__ import annotations

import click

from topline.cli.common import emit_json, open_store, parse_date, state
from topline.errors import ToplineError


@click.command("events")
@click.option("--date", "date_", help="Edition date, YYYY-MM-DD (default: the newest edition).")
@click.option("--json", "as_json", is_flag=True, help="Print the ledger as JSON.")
@click.pass_context
def events(ctx: click.Context, date_: str | None, as_json: bool) -> None:
    """The event ledger of an edition: typed events with their fields and sources, totals, watch items."""
    from topline.events.ledger import report
    from topline.publish.ledger import money, watts
    settings = state(ctx).settings()
    with open_store(settings) as store:
        day = parse_date(date_) or next(iter(store.editions.dates()), None)
        if day is None:
            raise click.ClickException("no edition yet: run `topline brief` or `topline demo` first")
        data = report(store, day)
    if as_json:
        emit_json(data)
        return
    click.echo(f"Event ledger, edition of {data['date']}: {len(data['events'])} events")
    for e in data["events"]:
        shown = ", ".join(f"{f['name']}={f['text'] or f['value']}" + (f" [{f['source']}]" if e["conflicts"] and
                                                                       f["name"] in e["conflicts"] else "")
                          for f in e["fields"])
        click.echo(f"  {e['date'] or '?'}  {e['type']:<13} {shown}  ({e['source']}: {e['url']})")
    for t in data["totals"]["all"]:
        value = watts(t["value"]) if t["unit"] == "W" else money(t["value"], t["unit"])
        click.echo(f"  {t['name'].replace('_', ' ')}, {t['days']} days: {value} ({t['count']} events)")
    for w in data["watch"]:
        due = f" due {w['due']}" if w["due"] else ""
        click.echo(f"  watch [{w['status']}{due}] {w['text']} ({w['source']})")


@click.command("events")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of gold-events.jsonl / gold-watch.jsonl kept apart from the corpus (default: CORPUS_DIR).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--signals", "signals_", is_flag=True,
              help="Instead: build the corpus's editions and count the Signals & Trends titles that make a claim.")
def eval_events(corpus_dir: str, gold_dir: str | None, as_json: bool, signals_: bool = False) -> None:
    """Score the event ledger on CORPUS_DIR (articles.jsonl, or its *.jsonl files, or the corpus a corpus.json
    there or in the gold folder points at; gold-events.jsonl, gold-watch.jsonl): event-field precision, recall and
    F1, ungrounded fields, watch-item precision. With --signals: the share of signal titles that are claims."""
    from topline.eval.events import evaluate_dir, signal_claims
    try:
        result = (signal_claims if signals_ else evaluate_dir)(corpus_dir, gold_dir)
    except (ToplineError, OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        emit_json(result)
        return
    if signals_:
        c = result
        click.echo(f"editions / signals        {c.editions} / {c.signals}")
        click.echo(f"titles that are claims    {c.share:.3f}  ({c.claims}/{c.signals})")
        click.echo(f"pages with enough stories {c.pages_enough}: with a claim {c.page_share:.3f} "
                   f"({c.pages_claimed}/{c.pages_enough}), with no signal {c.pages_no_signal}")
        click.echo("signals by kind           " + ", ".join(f"{k} {n}" for k, n in c.kinds.items()))
        click.echo(f"pages beyond a pairing    {c.beyond_share:.3f}  ({c.pages_beyond_pairing}/{c.pages_enough})")
        for (day, cat, title, ok), (_, _, kind, _) in zip(c.titles, c.kind_titles):
            click.echo(f"  {'claim' if ok else 'terms'}  {kind:<10} {day} {cat}: {title}")
        for day, cat, note in c.unclaimed_pages:
            click.echo(f"  no claim  {day} {cat}: {note or '(a signal without a claim)'}")
        return
    s = result
    click.echo(f"articles / gold stories   {s.articles} / {s.stories}")
    click.echo(f"gold events / predicted   {s.gold_events} / {s.predicted_events}")
    click.echo(f"field precision           {s.precision:.3f}  ({s.matched}/{s.predicted_fields})")
    click.echo(f"field recall              {s.recall:.3f}  ({s.matched}/{s.gold_fields})")
    click.echo(f"field F1                  {s.f1:.3f}")
    click.echo(f"event-type F1             {s.type_f1:.3f}")
    click.echo(f"ungrounded fields         {s.ungrounded}")
    click.echo(f"watch items: precision    {s.watch_precision:.3f}  ({s.watch_matched}/{s.watch_predicted}), "
               f"recall {s.watch_recall:.3f} of {s.watch_gold}")
    click.echo(f"watch outcome accuracy    {s.watch_outcome_accuracy:.3f}  (matched items followed over the days)")
    click.echo(f"seconds                   {s.seconds:.2f}")
    for t, (p, r, f) in sorted(s.by_type.items()):
        click.echo(f"  {t:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def register(cli: click.Group) -> None:
    from topline.cli.evaluate import eval_group
    cli.add_command(events)
    eval_group.add_command(eval_events)
