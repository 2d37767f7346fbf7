"""Publishing: an edition -> Markdown, JSON and HTML files (feeds, e-mail and the web app build on these)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from topline.records import Edition

FORMATS = ("md", "html", "json")


def publish(edition: Edition, out_dir: Path, formats: Sequence[str] = FORMATS, store=None) -> list[Path]:  # noqa: ANN001
    """Write the edition under ``out_dir/<date>/``; returns the files written."""
    from topline.publish import html, jsonout, markdown
    day = Path(out_dir) / edition.date.isoformat()
    day.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(sorted(unknown))} (known: {', '.join(FORMATS)})")
    if "md" in formats:
        written += markdown.write(edition, day)
    if "json" in formats:
        written += jsonout.write(edition, day)
    if "html" in formats:
        written += html.write(edition, day, store=store)
    return written
