"""The bundled default subscription list (topline/data/feeds.opml)."""
from __future__ import annotations

from pathlib import Path

from topline.ingest.opml import read_opml
from topline.records import Source

DEFAULT_OPML = Path(__file__).resolve().parents[1] / "data" / "feeds.opml"


def subscribe_defaults(store) -> tuple[list[Source], int]:  # noqa: ANN001
    """Subscribe every feed of the bundled list; returns (sources, how many were new)."""
    feeds, _damage = read_opml(DEFAULT_OPML.read_bytes())
    out, created = [], 0
    for feed in feeds:
        source, new = store.sources.add(feed.url, feed.name, kind="feed")
        out.append(source)
        created += int(new)
    return out, created
