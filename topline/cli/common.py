"""What every command shares: settings from the context, the store, JSON output, progress on stderr."""
from __future__ import annotations

import datetime as dt
import json
import sys
from contextlib import contextmanager
from typing import Any, Iterator

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from topline.config import Settings, load_settings
from topline.errors import ConfigError, ToplineError
from topline.records import to_dict

stderr = Console(stderr=True)


class CLIState:
    def __init__(self, config_file: str | None):
        self.config_file = config_file
        self._settings: Settings | None = None

    def settings(self, **overrides: Any) -> Settings:
        try:
            base = load_settings(self.config_file)
        except ConfigError as exc:
            raise click.ClickException(str(exc)) from None
        if overrides:
            from topline.config import _apply
            from topline import zones
            try:
                base = _apply(base, {k: v for k, v in overrides.items() if v is not None})
                zones.zone(base.edition.timezone)   # a --timezone flag's zone checked as the file's is
            except ConfigError as exc:
                raise click.ClickException(str(exc)) from None
        return base


def state(ctx: click.Context) -> CLIState:
    return ctx.find_root().obj


def reading_settings(ctx: click.Context, **overrides: Any) -> Settings:
    """Settings for a command that reads editions: the demo store's while the user's own store is empty (see
    ``topline.demo.settings_for_reading``), with a note on stderr saying so."""
    from topline.demo import settings_for_reading
    settings, is_demo = settings_for_reading(state(ctx).settings(**overrides))
    if is_demo:
        click.echo(f"showing the demo editions ({settings.home}) until you ingest or fetch news of your own",
                   err=True)
    return settings


def parse_date(value: str | None) -> dt.date | None:
    """A ``--date`` option's value (None when not given); a bad one is a usage error naming the expected form."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2025-07-03") from None


def open_store(settings: Settings):  # noqa: ANN201
    from topline.store import open_store as _open
    try:
        return _open(settings)
    except ToplineError as exc:
        raise click.ClickException(str(exc)) from None


def emit_json(data: Any) -> None:
    click.echo(json.dumps(to_dict(data), indent=2, ensure_ascii=False, default=str))


@contextmanager
def progress(label: str, total: int | None = None, enabled: bool = True, plain: bool = False) -> Iterator[Any]:
    """A rich progress bar on stderr. Yields ``advance(n=1, description=None)``. When stderr is not a terminal,
    nothing, or with ``plain`` (and a ``total``) a line "label: done/total" at every tenth of the way."""
    if not enabled or not sys.stderr.isatty():
        if not (enabled and plain and total):
            yield lambda n=1, description=None: None
            return
        done, shown = 0, 0
        step = max(1, total // 10)

        def advance_plain(n: int = 1, description: str | None = None) -> None:
            nonlocal done, shown
            done += n
            if done - shown >= step or done == total:
                shown = done
                click.echo(f"{label}: {done}/{total}", err=True)
        yield advance_plain
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as p:
        task = p.add_task(label, total=total)

        def advance(n: int = 1, description: str | None = None) -> None:
            p.update(task, advance=n, **({"description": description} if description else {}))
        yield advance
