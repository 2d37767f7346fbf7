"""`topline eval ...`: evaluation on the user's own labelled data.

``eval_group`` is importable so other modules can add commands (``eval_group.add_command(cmd)``).
"""
from __future__ import annotations

import click

from topline.cli.common import emit_json, state
from topline.errors import ToplineError


@click.group("eval")
def eval_group() -> None:
    """Measure Topline on labelled data (JSONL in the article format plus a gold field)."""


@eval_group.command("clusters")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.pass_context
def clusters(ctx: click.Context, file: str, as_json: bool) -> None:
    """Cluster the articles of FILE (rows with a gold `story` field) in a scratch store, as the pipeline does,
    and print B-cubed precision/recall/F1, pairwise F1 and the gold and predicted cluster counts. The story
    engine runs with the [stories] settings (e.g. TOPLINE_STORIES_THRESHOLD=0.25 to try another threshold)."""
    from topline.eval.clusters import evaluate_file
    from topline.stories import StoryParams
    try:
        params = StoryParams.from_settings(state(ctx).settings().stories)
        s = evaluate_file(file, params=params)
    except (ToplineError, OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        emit_json(s)
        return
    click.echo(f"story engine        threshold {params.threshold}, cross_weight {params.cross_weight}, "
               f"lookback {params.lookback_days} days, {params.representation}")
    click.echo(f"articles            {s.articles}")
    click.echo(f"gold clusters       {s.gold_clusters}")
    click.echo(f"predicted clusters  {s.predicted_clusters}")
    click.echo(f"B-cubed precision   {s.bcubed_precision:.3f}")
    click.echo(f"B-cubed recall      {s.bcubed_recall:.3f}")
    click.echo(f"B-cubed F1          {s.bcubed_f1:.3f}")
    click.echo(f"pairwise precision  {s.pairwise_precision:.3f}")
    click.echo(f"pairwise recall     {s.pairwise_recall:.3f}")
    click.echo(f"pairwise F1         {s.pairwise_f1:.3f}")


@eval_group.command("editorial")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--date", "date_", default=None, help="Score this date's editions (default: the last gold date).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def editorial(ctx: click.Context, corpus_dir: str, date_: str | None, as_json: bool) -> None:
    """Build the daily editions of CORPUS_DIR (articles *.jsonl with a gold `story`, taxonomy.toml, gold.json) in
    order in a scratch store and score them per category: Top Line agreement with the gold, lead-sentence
    quality, noise admitted and prose defects per 100 published sentences."""
    from topline.cli.common import parse_date
    from topline.eval.editorial import evaluate_dir, format_report
    try:
        r = evaluate_dir(corpus_dir, parse_date(date_))
    except (ToplineError, OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        emit_json(r.as_dict())
        return
    click.echo(format_report(r))


def register(cli: click.Group) -> None:
    cli.add_command(eval_group)
