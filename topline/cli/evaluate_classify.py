"""`topline eval classify FILE.jsonl --taxonomy FILE.toml [--json]`: classification quality on labelled rows."""
from __future__ import annotations

import click

from topline.cli.common import emit_json
from topline.errors import ToplineError


@click.command("classify")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, dir_okay=False),
              help="Taxonomy TOML whose category names are the gold labels (default: the bundled taxonomy).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def classify_cmd(file: str, taxonomy_path: str | None, as_json: bool) -> None:
    """Classify the rows of FILE (JSONL, each with a gold `label`: a category name, or "none") as one-article
    stories in one batch, as the pipeline classifies an edition, and print accuracy, macro-F1, per-class
    precision/recall and the confusion matrix. "none" is allowed, as in an edition: on data where every row has
    a category it counts as an error ("accuracy without none" shows what forcing a category would give)."""
    from topline.eval.classify import evaluate_file, format_report
    from topline.taxonomy import load_taxonomy
    try:
        rep = evaluate_file(file, load_taxonomy(taxonomy_path))
    except (ToplineError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        emit_json(rep)
    else:
        click.echo(format_report(rep))


def register(cli: click.Group) -> None:
    """Add `classify` to the `eval` group (created here when the evaluate module is absent)."""
    try:
        from topline.cli.evaluate import eval_group
    except ImportError:
        eval_group = cli.commands.get("eval")
        if eval_group is None:
            eval_group = click.Group("eval", help="Measure Topline on labelled data.")
            cli.add_command(eval_group)
    if "eval" not in cli.commands:
        cli.add_command(eval_group)
    eval_group.add_command(classify_cmd)
