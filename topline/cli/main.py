"""`topline`: the command-line entry point. Commands are thin: they parse flags, call the library, print."""
from __future__ import annotations

import importlib
import shutil
import sys

import click

from topline import __version__
from topline.cli.common import CLIState, emit_json, open_store, parse_date, state, stderr
from topline.errors import EXIT_ERROR, ToplineError

# Command groups living in their own modules; each exposes register(cli).
_COMMAND_MODULES = ("topline.cli.ingest", "topline.cli.evaluate", "topline.cli.evaluate_classify",
                    "topline.cli.publish", "topline.cli.operate",
                    "topline.cli.events",   # `topline events`, `topline eval events` (issue 12)
                    "topline.cli.scale")    # `topline queue`, `topline worker` (issue 14)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="topline")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), envvar="TOPLINE_CONFIG",
              help="Settings file (default: ./topline.toml, then $TOPLINE_HOME/topline.toml).")
@click.pass_context
def cli(ctx: click.Context, config_file: str | None) -> None:
    """Topline: a day of news from many outlets, turned into a strategic intelligence edition.

    State lives under $TOPLINE_HOME (default: a per-user data folder).
    """
    ctx.obj = CLIState(config_file)


def _formats(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    from topline.publish import FORMATS
    out = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    bad = [f for f in out if f not in FORMATS]
    if bad:
        raise click.BadParameter(f"unknown format {bad[0]!r} (choose from {', '.join(FORMATS)})")
    return out


@cli.command()
@click.option("--date", "date_", help="Edition date, YYYY-MM-DD (default: the newest day with articles).")
@click.option("--window-hours", type=int, help="Articles published within N hours before the end of the date.")
@click.option("--timezone", "timezone_", help="IANA zone of the edition's day (default: edition.timezone, UTC): the "
              "window ends at midnight after the date there.")
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False), help="Taxonomy TOML file.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Output folder (default: $TOPLINE_HOME/site).")
@click.option("--format", "formats", help="Comma-separated: md,html,json,feeds (default: md,html,json; html also writes the feeds).")
@click.option("--writer", type=click.Choice(["auto", "offline", "llm"]), help="Writer (default: auto).")
@click.option("--json", "as_json", is_flag=True, help="Print the run manifest and written files as JSON.")
@click.option("--runner", type=click.Choice(["auto", "serial", "process", "ray"]),
              help="Where enrichment and page writing compute (default: auto; ray needs topline[scale]).")
@click.option("--address", help="Ray cluster address for --runner ray (default: a local Ray).")
@click.pass_context
def brief(ctx: click.Context, date_: str | None, window_hours: int | None, timezone_: str | None, taxonomy: str | None,
          out_dir: str | None, formats: str | None, writer: str | None, as_json: bool, runner: str | None,
          address: str | None) -> None:
    """Build the edition for a date from stored articles."""
    from topline import pipeline
    settings = state(ctx).settings(out_dir=out_dir, edition={k: v for k, v in {
        "window_hours": window_hours, "timezone": timezone_, "taxonomy": taxonomy, "formats": _formats(formats), "writer": writer}.items()
        if v is not None}, runner={k: v for k, v in {"kind": runner, "address": address}.items() if v is not None})
    date = parse_date(date_)
    with open_store(settings) as store:
        if date is None:
            dates = pipeline.edition_dates(store, settings.edition.timezone)
            if not dates:
                raise click.ClickException("no articles stored yet: run `topline ingest` or `topline fetch` first")
            date = dates[-1]
        try:
            result = pipeline.build_edition(store, settings, date, formats=settings.edition.formats)
        except ToplineError as exc:
            raise click.ClickException(str(exc)) from None
    _report_edition(result, as_json)


def _report_edition(result, as_json: bool) -> None:  # noqa: ANN001
    e = result.edition
    if as_json:
        emit_json({"date": e.date, "categories": [c.slug for c in e.categories], "manifest": e.manifest,
                   "files": [str(p) for p in result.paths]})
        return
    m = e.manifest
    click.echo(f"edition {e.date}: {len(e.categories)} categories, {m.stories} stories from {m.articles} articles "
               f"({m.writer} writer, {m.seconds:.1f} s)")
    index = next((p for p in result.paths if p.name == "index.html"), None)
    if result.paths:
        click.echo(f"written to {result.paths[0].parent}" + (f" (open {index})" if index else ""))


@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Output folder (default: $TOPLINE_HOME/demo/site).")
@click.option("--json", "as_json", is_flag=True, help="Print what was built as JSON.")
@click.pass_context
def demo(ctx: click.Context, out_dir: str | None, as_json: bool) -> None:
    """Build the bundled demo edition: offline, no LLM, no network, in a fresh store."""
    from topline import demo as demo_mod
    settings = demo_mod.demo_settings(state(ctx).settings(), out_dir)
    if settings.home.exists():
        shutil.rmtree(settings.home)
    try:
        if sys.stderr.isatty() and not as_json:    # one transient status line, redrawn in place
            with stderr.status("demo: reading the corpus") as status:
                results, report = demo_mod.run(settings, progress=lambda what, stage: status.update(
                    "demo: reading the corpus" if what == "ingest" else f"demo: edition {what}: {stage}"))
        else:                                       # piped: one plain line per edition built
            results, report = demo_mod.run(settings, progress=lambda what, stage: click.echo(
                f"demo: edition {what} built", err=True) if stage == "built" and not as_json else None)
    except ToplineError as exc:
        raise click.ClickException(str(exc)) from None
    if not results:
        raise click.ClickException(f"the demo corpus is missing from this installation ({demo_mod.corpus_dir()})")
    last = results[-1]
    if as_json:
        emit_json({"ingested": report, "editions": [{"date": r.edition.date, "manifest": r.edition.manifest,
                                                      "files": [str(p) for p in r.paths]} for r in results]})
        return
    click.echo(f"demo: {report.added} articles ingested; editions for {', '.join(str(r.edition.date) for r in results)}")
    _report_edition(last, False)


# Optional components: (name, module that says it is installed, what it adds, the extra that installs it)
_OPTIONAL = (("llm", "openai", "the LLM writer and classifier", "llm"),
             ("web", "fastapi", "the web UI and JSON API", "web"),
             ("postgres", "psycopg", "the PostgreSQL store and work queue", "postgres"),
             ("scale", "ray", "the Ray runner", "scale"))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One object per component: name, installed, status, adds.")
def doctor(as_json: bool) -> None:
    """Say which optional components are installed (nothing is loaded)."""
    from importlib.util import find_spec

    from topline.check import parse as parse_mod
    rows = []
    for name, module, what, extra in _OPTIONAL:
        there = find_spec(module) is not None
        rows.append({"name": name, "installed": there,
                     "status": "installed" if there else f"absent (pip install 'topline[{extra}]')", "adds": what})
    parse_status = parse_mod.status()
    rows.append({"name": "parse", "installed": parse_status.startswith("installed"), "status": parse_status,
                 "adds": "dependency parse for the claim-support check"})
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        click.echo(f"{r['name']}: {r['status']} - {r['adds']}")


def _register_modules() -> None:
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:   # a missing dependency inside the module is a real error
                raise
            continue
        module.register(cli)


_register_modules()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ToplineError as exc:  # a library error that escaped a command: one clear line, no traceback
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
