"""Rendering pages with Jinja2: one environment shared by the static site, the web app and e-mail.

Autoescaping is on for every HTML template, and every value printed by a template first goes through
``safe.plain`` (markup stripped with nh3), unless it is Markup we built ourselves (sparklines). Templates only
link URLs that went through ``safe.safe_url``.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from topline.publish import views
from topline.publish.safe import plain, safe_url
from topline.publish.sparkline import sparkline_svg
from topline.records import Edition

STYLESHEET = "style.css"
FAVICON = "favicon.svg"


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return plain(value)


def _bar(fraction: float) -> Markup:
    """A small horizontal bar (inline SVG: no style attribute, so the page CSP needs no 'unsafe-inline')."""
    width = max(0.0, min(1.0, float(fraction))) * 100
    return Markup(f'<svg class="bar" xmlns="http://www.w3.org/2000/svg" width="100" height="8" viewBox="0 0 100 8" '
                  f'aria-hidden="true"><rect width="100" height="8" rx="2" fill="#e6e9ef"/>'
                  f'<rect width="{width:.1f}" height="8" rx="2" fill="#1f6feb"/></svg>')


def _date(value: Any, fmt: str = "%A %-d %B %Y") -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime(fmt)
    return "" if value is None else str(value)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("topline.publish", "templates"),
                      autoescape=select_autoescape(["html", "xml"], default_for_string=True),
                      finalize=_finalize, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(url=safe_url, spark=lambda v, label="": sparkline_svg(v, label=label), bar=_bar,
                       date=_date, plain=plain)
    return env


def static_file(name: str) -> str:
    return resources.files("topline.publish").joinpath("static", name).read_text(encoding="utf-8")


def stylesheet() -> str:
    return static_file(STYLESHEET)


def _base(edition: Edition | None, *, root: str, day: str, web: bool, **extra: Any) -> dict[str, Any]:
    ctx = {"edition": edition, "root": root, "day": day, "web": web, "stylesheet": root + STYLESHEET,
           "site_title": plain(edition.title) if edition else "Topline"}
    ctx.update(extra)
    return ctx


def render_category(edition: Edition, slug: str, *, web: bool = False) -> str:
    page = edition.category(slug)
    if page is None:
        raise KeyError(slug)
    view = views.category_view(edition, page)
    return environment().get_template("category.html").render(
        _base(edition, root="../", day="", web=web, v=view, feed=f"feeds/{slug}"))


def render_index(edition: Edition, *, web: bool = False, dates: tuple[dt.date, ...] = ()) -> str:
    newer = [d for d in dates if d > edition.date]
    older = [d for d in dates if d < edition.date]
    return environment().get_template("index.html").render(
        _base(edition, root="../", day="", web=web, cards=views.category_cards(edition), feed="feeds/edition",
              newer=min(newer) if newer else None, older=max(older) if older else None))


def render_story(view: views.StoryView, *, web: bool = False) -> str:
    return environment().get_template("story.html").render(
        _base(view.edition, root="../../", day="../", web=web, v=view, feed="../feeds/edition"))


def render_archive(entries: tuple[views.ArchiveEntry, ...], *, web: bool = False, title: str = "Topline") -> str:
    return environment().get_template("archive.html").render(
        _base(None, root="", day="", web=web, entries=entries, site_title=plain(title), feed=""))


def render_search(**ctx: Any) -> str:
    return environment().get_template("search.html").render(
        _base(None, root="/editions/", day="", web=True, feed="", **ctx))


def render_error(status: int, message: str, *, root: str = "/editions/") -> str:
    return environment().get_template("error.html").render(
        _base(None, root=root, day="", web=True, feed="", status=status, message=message))
