"""Test helpers shared by the checker's tests (tests/check, tests/write/test_verify.py): articles written for a test,
the citations of them, a verdict, and the labelled articles of tests/data read from JSONL."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Mapping, Sequence

from topline.check import Verdict, check_sentence
from topline.records import Article, Citation

WHEN = dt.datetime(2026, 11, 3, 9, tzinfo=dt.timezone.utc)
DATA = Path(__file__).resolve().parents[1] / "data"


def article(url: str, source: str, title: str, text: str, when: dt.datetime = WHEN) -> Article:
    return Article(url=url, source=source, published=when, title=title, text=text)


def cite(*articles: Article) -> tuple[Citation, ...]:
    """Citations of ``articles``, each under its own outlet."""
    return tuple(Citation(a.url, a.source) for a in articles)


def by_url(*articles: Article) -> dict[str, Article]:
    return {a.url: a for a in articles}


def verdict(sentence: str, *articles: Article, **kw) -> Verdict:  # noqa: ANN003
    """``check_sentence`` of ``sentence`` citing ``articles`` (given as the only articles of the edition)."""
    return check_sentence(sentence, cite(*articles), by_url(*articles), **kw)


def load_jsonl_articles(path: Path, body: str = "body", when: dt.datetime = WHEN) -> dict[str, Article]:
    """URL -> Article of a JSONL file of tests/data (``body`` names the field holding the text)."""
    out = {}
    for line in path.open(encoding="utf-8"):
        a = json.loads(line)
        out[a["url"]] = Article(url=a["url"], title=a["title"], text=a[body], source=a["source"], published=when)
    return out


def citations(urls: Sequence[str], articles: Mapping[str, Article]) -> tuple[Citation, ...]:
    return tuple(Citation(u, articles[u].source) for u in urls)
