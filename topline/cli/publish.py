"""`topline serve`, `topline send`, `topline editions list` and `topline search`."""
from __future__ import annotations

import click

from topline.cli.common import emit_json, open_store, parse_date, reading_settings, state
from topline.errors import EXIT_ERROR, EXIT_SOME_FAILED, ToplineError


@click.command()
@click.option("--host", help="Address to listen on (default: web.host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default: web.port, 8080).")
@click.option("--fd", type=click.IntRange(0), hidden=True,
              help="Listen on this inherited, already bound socket instead of host:port (tests, socket activation).")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None, fd: int | None) -> None:
    """Serve the editions, search and the JSON API over HTTP (read-only without the admin token)."""
    try:
        import uvicorn

        from topline.web.app import create_app
    except ImportError as exc:
        raise click.ClickException(f"the web app needs the 'web' extra (pip install 'topline[web]'): {exc}") from None
    settings = reading_settings(ctx, web={k: v for k, v in {"host": host, "port": port}.items() if v is not None})
    if fd is not None:                                        # an inherited socket, already bound (tests)
        import socket
        sock = socket.socket(fileno=fd)
    else:
        sock = _listen(settings.web.host, settings.web.port)  # a busy port is a clear error, before anything else
    app = create_app(settings, open_store(settings))
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    from topline.web.server import uvicorn_options
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", proxy_headers=False, server_header=False,
                                           **uvicorn_options()))
    server.run(sockets=[sock])


def _listen(host: str, port: int):  # noqa: ANN202 - a listening socket.socket
    """Bind and listen before the app starts: connections queue from here on, so "serving on" is true when said."""
    import errno
    import socket
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        why = ("the port is in use (another `topline serve`?)" if exc.errno == errno.EADDRINUSE
               else exc.strerror or str(exc))
        raise click.ClickException(f"cannot listen on {host}:{port}: {why}; choose another with --port or "
                                   "web.port") from None
    sock.set_inheritable(True)
    return sock


@click.command()
@click.option("--date", "date_", help="Edition date, YYYY-MM-DD (default: the newest edition).")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def send(ctx: click.Context, date_: str | None, dry_run: bool, as_json: bool) -> None:
    """E-mail an edition to the recipients in the [smtp] settings; never twice to the same recipient."""
    from topline.publish.mailer import send_edition
    settings = state(ctx).settings()
    with open_store(settings) as store:
        try:
            report = send_edition(store, settings, parse_date(date_), dry_run=dry_run)
        except (ToplineError, OSError) as exc:
            raise click.ClickException(str(exc)) from None
    for warning in () if as_json else report.warnings:     # --json carries them in "warnings"
        click.echo(f"warning: {warning}", err=True)
    nothing = not (report.planned or report.sent or report.skipped or report.failed)
    if as_json:
        emit_json(report)
    else:
        for row in report.planned:
            click.echo(f"would send {report.date} [{row['category']}] to {row['recipient']}: {row['subject']}")
        for row in report.sent:
            click.echo(f"sent {report.date} [{row['category']}] to {row['recipient']}")
        for row in report.skipped:
            click.echo(f"already sent {report.date} [{row['category']}] to {row['recipient']}")
        for row in report.failed:
            click.echo(f"FAILED {report.date} [{row['category']}] to {row['recipient']}: {row['reason']}", err=True)
        for raw in report.rejected:
            click.echo(f"not an e-mail address, skipped: {raw!r}", err=True)
        if nothing:
            click.echo("no recipients: set smtp.recipients or smtp.category_recipients "
                       "(TOPLINE_SMTP_RECIPIENTS=a@example.com,b@example.com)", err=True)
    if nothing:
        ctx.exit(EXIT_ERROR)
    if report.failed:
        ctx.exit(EXIT_SOME_FAILED)


@click.group()
def editions() -> None:
    """Published editions."""


@editions.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def editions_list(ctx: click.Context, as_json: bool) -> None:
    """List stored editions, newest first."""
    settings = reading_settings(ctx)
    rows = []
    with open_store(settings) as store:
        for d in store.editions.dates():
            data = store.editions.get(d) or {}
            m = data.get("manifest") or {}
            rows.append({"date": d, "categories": [p.get("slug") for p in data.get("categories", ())],
                         "articles": m.get("articles", 0), "stories": m.get("stories", 0),
                         "writer": m.get("writer", ""), "generated_at": data.get("generated_at")})
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("no edition stored yet: run `topline brief`")
    for r in rows:
        click.echo(f"{r['date']}  {len(r['categories'])} categories, {r['stories']} stories, "
                   f"{r['articles']} articles  ({', '.join(r['categories'])})")


@click.command("search")
@click.argument("query")
@click.option("--category", default="", help="Category slug.")
@click.option("--outlet", default="", help="Outlet name (substring).")
@click.option("--date", "date_", help="Day, YYYY-MM-DD.")
@click.option("--entity", default="", help="Entity name.")
@click.option("--limit", type=click.IntRange(1, 100), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def search_cmd(ctx: click.Context, query: str, category: str, outlet: str, date_: str | None, entity: str,
               limit: int, as_json: bool) -> None:
    """Full-text search across stored briefings and articles."""
    from topline.web.search import Filters, search
    settings = reading_settings(ctx)
    with open_store(settings) as store:
        result = search(store, query, Filters(category, outlet, parse_date(date_), entity), limit)
    if as_json:
        emit_json(result)
        return
    click.echo(f"briefings ({len(result['briefings'])}):")
    for b in result["briefings"]:
        click.echo(f"  {b['date']} {b['category']}: {b['title']}\n    {b['snippet']}")
    click.echo(f"articles ({len(result['articles'])}):")
    for a in result["articles"]:
        when = a["published"].date().isoformat() if a["published"] else ""
        click.echo(f"  {when} {a['source']}: {a['title']}\n    {a['url']}")


def register(cli: click.Group) -> None:
    cli.add_command(serve)
    cli.add_command(send)
    cli.add_command(editions)
    cli.add_command(search_cmd)
