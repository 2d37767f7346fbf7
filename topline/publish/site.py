"""The static site: an edition's pages, story pages and feeds under ``<out>/<date>/``, and at ``<out>/`` the
archive of every edition, the stylesheet and feeds spanning the latest editions.

All links between pages are relative, so the site works opened as files and served from any path; feeds carry
absolute links made from the public URL of the site root.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Iterable

from topline.publish import feeds, render, views
from topline.publish.model import edition_from_dict
from topline.publish.storydata import story_page_view
from topline.records import Edition

log = logging.getLogger(__name__)

DEFAULT_PUBLIC_URL = "http://127.0.0.1:8080/editions/"   # where `topline serve` serves the site by default


def public_url(settings=None) -> str:  # noqa: ANN001
    """The public address of the site root, ending in "/": ``web.public_url`` when set, else the local server."""
    if settings is None:
        return DEFAULT_PUBLIC_URL
    explicit = getattr(settings.web, "public_url", "") or ""
    if explicit:
        return explicit if explicit.endswith("/") else explicit + "/"
    host = settings.web.host if settings.web.host not in ("0.0.0.0", "::") else "127.0.0.1"
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.web.port}/editions/"


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _folder_editions(out_dir: Path) -> dict[dt.date, Edition | None]:
    """Editions already published under ``out_dir`` (read from their edition.json when there is one)."""
    found: dict[dt.date, Edition | None] = {}
    if not out_dir.is_dir():
        return found
    for child in out_dir.iterdir():
        try:
            date = dt.date.fromisoformat(child.name)
        except ValueError:
            continue
        if not (child / "index.html").is_file():
            continue
        ed = None
        if (child / "edition.json").is_file():
            try:
                ed = edition_from_dict(json.loads((child / "edition.json").read_text(encoding="utf-8")))
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("cannot read %s: %s", child / "edition.json", exc)
        found[date] = ed
    return found


def known_editions(edition: Edition, out_dir: Path, store=None) -> dict[dt.date, Edition | None]:  # noqa: ANN001
    """Every edition the archive lists: those stored, those already on disk, and this one."""
    found = _folder_editions(out_dir)
    if store is not None:
        for d in store.editions.dates():
            if found.get(d) is None:
                data = store.editions.get(d)
                found[d] = edition_from_dict(data) if data else None
    found[edition.date] = edition
    return found


def write_feeds(editions: Iterable[Edition], folder: Path, base_url: str, self_base: str) -> list[Path]:
    """RSS and Atom for the whole of ``editions`` and for each category they have, under ``folder``."""
    eds = sorted(editions, key=lambda e: e.date, reverse=True)
    stems: dict[str, str | None] = {}
    for e in eds:
        for stem, slug in feeds.feed_names(e):
            stems.setdefault(stem, slug)
    paths = []
    for stem, slug in stems.items():
        for kind in feeds.FEED_KINDS:
            xml = feeds.feed_xml(eds, kind, base_url, slug, self_url=f"{self_base}{stem}.{kind}")
            paths.append(_write(folder / f"{stem}.{kind}", xml))
    return paths


def write_site(edition: Edition, out_dir: Path, store=None, base_url: str | None = None) -> list[Path]:  # noqa: ANN001
    """Write the edition's site under ``out_dir/<date>/`` and refresh the archive; returns the files written."""
    out_dir = Path(out_dir)
    base = base_url or DEFAULT_PUBLIC_URL
    day = out_dir / edition.date.isoformat()
    editions = known_editions(edition, out_dir, store)
    dates = tuple(sorted(editions))
    paths = [_write(day / "index.html", render.render_index(edition, dates=dates))]
    for page in edition.categories:
        paths.append(_write(day / f"{page.slug}.html", render.render_category(edition, page.slug)))
    ranked = store.editions.ranked_stories(edition.date) if store is not None else None
    slug_cache: dict = {}
    for sid in views.edition_story_ids(edition):
        view = story_page_view(store, edition, sid, ranked, slug_cache)
        paths.append(_write(day / "story" / f"{views.story_file(sid)}.html", render.render_story(view)))
    day_base = f"{base}{edition.date.isoformat()}/feeds/"
    paths += write_feeds([edition], day / "feeds", base, day_base)
    latest = sorted((e for e in editions.values() if e is not None), key=lambda e: e.date,
                    reverse=True)[:feeds.FEED_EDITIONS]
    paths += write_feeds(latest, out_dir / "feeds", base, f"{base}feeds/")
    for name in (render.STYLESHEET, render.FAVICON):
        paths.append(_write(out_dir / name, render.static_file(name)))
    entries = views.archive_entries(sorted(editions.items()))
    paths.append(_write(out_dir / "index.html", render.render_archive(entries, title=edition.title)))
    return paths
