"""The edition as HTML: one page per category with links to the others (spine version)."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from topline.records import Edition

_env = Environment(loader=PackageLoader("topline.publish", "templates"), autoescape=select_autoescape(["html"]))


def write(edition: Edition, day: Path, store=None) -> list[Path]:  # noqa: ANN001, ARG001
    paths = []
    tpl = _env.get_template("category.html")
    for page in edition.categories:
        p = day / f"{page.slug}.html"
        p.write_text(tpl.render(page=page, edition=edition), encoding="utf-8")
        paths.append(p)
    p = day / "index.html"
    p.write_text(_env.get_template("index.html").render(edition=edition), encoding="utf-8")
    return paths + [p]
