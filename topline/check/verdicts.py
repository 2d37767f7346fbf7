"""Checker verdicts kept for one edition, so a sentence is checked once (issue 14, scale17).

The offline writer's composer checks each line as it makes it; the page check (``verify_page``) then checks every
sentence of the written page again, most of them the lines the composer has just passed. ``check_sentence`` is a
pure function of the sentence as it reads it (``clean``, then its section label removed), its citations, whether it
is a headline, and the articles it cites (``_check`` reads ``articles`` only at the cited URLs; the pool is built
from the cited articles alone). ``Verdicts`` keeps each verdict under exactly those, plus the checker's version:

* the sentence as cleaned (``clean``: the checker reads nothing else of it), the citations (URL, outlet and the
  link as published) and ``headline``;
* the evidence of each cited URL: what the checker reads of the article (URL, outlet, title, text, summary,
  publication time), or None when the URL is not among the given articles; so a changed sentence, citation or
  cited article is a miss and is checked again;
* ``checker_version()``: a hash of the checker's sources (every module ``check_sentence`` imports), for a memo
  kept beyond one process.

Only calls without ``story_articles`` are kept (the writers' re-citing path asks for more than a verdict).
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
from typing import Iterator, Mapping, Sequence

from topline.check.evidence import clean
from topline.check.sentence import Verdict, check_sentence
from topline.records import Article, Citation

# The modules of ``check_sentence`` and of the key's ``clean``: the version hashes every module they import and the
# data files those name (``stage_cache.rules_version``: mend29; it hashed topline/check and speech.py, not the
# modules the checker imports from rank, enrich, text and sanitize).
CHECKER_MODULES = ("topline.check.verdicts",)
MAX_VERDICTS = 20000   # verdicts kept per memo (a day-3 edition of the 30k run asks ~440, 325 distinct: scale16)


@functools.lru_cache(maxsize=1)
def checker_version() -> str:
    from topline.stage_cache import rules_version
    return rules_version(*CHECKER_MODULES)


def _evidence(article: Article | None) -> tuple | None:
    """What the checker reads of a cited article (``doc_for``, ``pool_for``, the outlet comparison)."""
    if article is None:
        return None
    return (article.url, article.source, article.title, article.text, article.summary, article.published)


class Verdicts:
    """``check_sentence`` verdicts of one edition's writing and page checks; ``hits``/``misses`` count lookups."""

    def __init__(self) -> None:
        self._kept: dict[tuple, Verdict] = {}
        self.version = checker_version()
        self.hits = self.misses = 0

    def key(self, text: str, citations: Sequence[Citation], articles: Mapping[str, Article],
            headline: bool) -> tuple:
        cites = tuple(citations)
        return (self.version, clean(text), headline, cites,
                tuple(_evidence(articles.get(c.url)) for c in cites))

    def known(self, text: str, citations: Sequence[Citation], articles: Mapping[str, Article],
              headline: bool = False) -> bool:
        """Whether the verdict is kept (a ``check`` of it would not run the checker)."""
        return self.key(text, citations, articles, headline) in self._kept

    def check(self, text: str, citations: Sequence[Citation], articles: Mapping[str, Article], *,
              headline: bool = False) -> Verdict:
        """``check_sentence(text, citations, articles, headline=headline)``, computed once per key."""
        key = self.key(text, citations, articles, headline)
        got = self._kept.get(key)
        if got is not None:
            self.hits += 1
            return got
        self.misses += 1
        got = check_sentence(text, citations, articles, headline=headline)
        if len(self._kept) >= MAX_VERDICTS:
            self._kept.clear()
        self._kept[key] = got
        return got


_ACTIVE: contextvars.ContextVar[Verdicts | None] = contextvars.ContextVar("topline_check_verdicts", default=None)


@contextlib.contextmanager
def using(verdicts: Verdicts | None) -> Iterator[None]:
    """Inside the block (this thread or task), ``check`` answers through ``verdicts`` (None: computed, as before)."""
    token = _ACTIVE.set(verdicts)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def check(text: str, citations: Sequence[Citation], articles: Mapping[str, Article], *,
          headline: bool = False) -> Verdict:
    """``check_sentence`` through the memo in use (``using``), else computed."""
    memo = _ACTIVE.get()
    if memo is not None:
        return memo.check(text, citations, articles, headline=headline)
    return check_sentence(text, citations, articles, headline=headline)
