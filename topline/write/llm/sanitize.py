"""Moved to ``topline.sanitize`` (the checker and enrichment read the same cleaned text the model sees)."""
from topline.sanitize import (clean_article_text, clean_line, clean_output, looks_like_injection,  # noqa: F401
                              strip_invisible, strip_links, strip_markup, strip_roles)
