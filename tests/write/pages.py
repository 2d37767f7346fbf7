"""Shared by the writer tests: every cited text of a category page."""
from __future__ import annotations

from typing import Iterator

from topline.records import CategoryPage, Citation


def cited_sentences(page: CategoryPage) -> Iterator[tuple[str, tuple[Citation, ...]]]:
    """(text, citations) of each Top Line item, development paragraph and signal of ``page``."""
    for t in page.top_line:
        yield t.text, t.citations
    for d in page.key_developments:
        for p in d.paragraphs:
            yield p.text, p.citations
    for s in page.signals:
        yield s.text, s.citations
