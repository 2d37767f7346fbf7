"""What the classifier reads of a story: short texts to embed, and a longer text for word counts."""
from __future__ import annotations

import re

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
    return [squash(f"{a.title}. {a.body[:LEAD_CHARS]}") for a in arts]


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


def keyword_pattern(category: Category) -> re.Pattern[str] | None:
    """A case-insensitive whole-word pattern for the category's keywords (None when it has none)."""
    words = sorted({k.strip() for k in category.keywords if k.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
