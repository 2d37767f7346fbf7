"""One loader for the evaluation corpora's articles in writer tests (tests/data/<corpus>/articles.jsonl)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from topline.records import Article

DATA = Path(__file__).resolve().parents[1] / "data"


def story_articles(corpus: str, stories: tuple[str, ...], before: str, keep_story: bool = False) -> list[Article]:
    """The articles of ``stories`` in ``corpus`` published before ``before`` (an ISO date), oldest first; ids are
    the line numbers from 1; ``keep_story`` puts the gold story in ``Article.external_id``."""
    out = []
    path = DATA / corpus / "articles.jsonl"
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        r = json.loads(line)
        if r["story"] in stories and r["published"] < before:
            out.append(Article(url=r["url"], title=r["title"], text=r["text"], source=r["source"],
                               published=dt.datetime.fromisoformat(r["published"]), id=i + 1,
                               external_id=r["story"] if keep_story else None))
    return sorted(out, key=lambda a: a.published)
