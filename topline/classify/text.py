"""What the classifier reads of a story: short texts to embed, and a longer text for word counts."""
from __future__ import annotations

import re
from collections import Counter

from topline.records import Category, StoryBundle
from topline.text import squash

MAX_ARTICLES = 8        # a story's vector averages at most this many articles (the first ones)
LEAD_CHARS = 600        # per article: title + this much of the body is embedded (a lead paragraph or two)
WORDS_CHARS = 3000      # per article: this much of the body feeds the word counts


def article_texts(bundle: StoryBundle) -> list[str]:
    """Title and lead of each of the story's first articles (the story title when it has no article)."""
    arts = bundle.articles[:MAX_ARTICLES]
    if not arts:
        return [bundle.story.title]
    return [article_text(a) for a in arts]


def article_text(a) -> str:  # noqa: ANN001 - records.Article
    """What is embedded of one article: its title and lead (issue 14: ``topline.prefetch`` embeds it ahead)."""
    return squash(f"{a.title}. {a.body[:LEAD_CHARS]}")


def word_text(bundle: StoryBundle) -> str:
    arts = bundle.articles[:MAX_ARTICLES]
    if not arts:
        return bundle.story.title
    return squash(" ".join(f"{a.title}. {a.body[:WORDS_CHARS]}" for a in arts))


def category_texts(category: Category) -> list[list[str]]:
    """The texts that define a category: its name and description, its keywords, its examples (when given)."""
    name = category.name.lstrip("~")
    parts = [[f"{name}: {category.description}"]]
    if category.keywords:
        parts.append([", ".join(category.keywords)])
    if category.examples:
        parts.append(list(category.examples))
    return parts


_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens with a plural "s" folded: "Forward-deployed AI chips" -> ["forward", "deployed",
    "ai", "chip"] (keywords are folded the same way, so "chip" finds "chips" and "data centres" "data centre")."""
    return [_fold(t) for t in _TOKEN.findall(text.lower())]


def _fold(t: str) -> str:
    return t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t


class Folds(dict):
    """Token -> its folded form, each distinct token folded once (issue 14: ``tokens`` of a batch of texts, the
    same lists; a batch repeats most of its words many times)."""

    def __missing__(self, t: str) -> str:
        self[t] = f = _fold(t)
        return f

    def tokens(self, text: str) -> list[str]:
        """``tokens(text)``."""
        return list(map(self.__getitem__, _TOKEN.findall(text.lower())))


def keyword_tuples(category: Category) -> list[tuple[str, ...]]:
    """The category's keywords as token tuples (a keyword matches whole words, case and punctuation aside)."""
    return sorted({t for t in (tuple(tokens(k)) for k in category.keywords) if t})


def ngram_counts(text: str, longest: int) -> Counter[tuple[str, ...]]:
    """Counts of every run of 1..``longest`` consecutive tokens of ``text``."""
    toks = tokens(text)
    out: Counter[tuple[str, ...]] = Counter()
    for n in range(1, max(1, longest) + 1):
        out.update(zip(*(toks[i:] for i in range(n))))
    return out
