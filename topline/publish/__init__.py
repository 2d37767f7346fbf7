"""Publishing: an edition -> a static site (pages, story pages, archive, RSS/Atom feeds), Markdown, JSON and
e-mail. The web app (topline.web) serves the same pages from the store.

    publish(edition, out_dir, formats, store=None) -> list[Path]

writes ``out_dir/<date>/...``; with a store at hand, story pages show every article of the story, its days and
the factors that ranked it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from topline.records import Edition

FORMATS = ("md", "html", "json", "feeds")   # "html" is the whole static site, feeds included


def publish(edition: Edition, out_dir: Path, formats: Sequence[str] = FORMATS, store=None,  # noqa: ANN001
            *, base_url: str | None = None) -> list[Path]:
    """Write the edition under ``out_dir/<date>/``; returns the files written.

    ``base_url`` is the public address of ``out_dir`` (used for absolute links in feeds); default: the local
    ``topline serve`` address.
    """
    from topline.publish import jsonout, markdown, site
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(sorted(unknown))} (known: {', '.join(FORMATS)})")
    out = Path(out_dir)
    day = out / edition.date.isoformat()
    day.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "md" in formats:
        written += markdown.write(edition, day)
    if "json" in formats:
        written += jsonout.write(edition, day)
    if "html" in formats:
        written += site.write_site(edition, out, store=store, base_url=base_url)
    elif "feeds" in formats:
        base = base_url or site.DEFAULT_PUBLIC_URL
        written += site.write_feeds([edition], day / "feeds", base, f"{base}{edition.date.isoformat()}/feeds/")
    return written
