"""Moved to ``topline.sanitize`` (the checker and enrichment read the same cleaned text the model sees)."""
from topline.sanitize import (addresses, clean_article_text, clean_line, clean_output,  # noqa: F401
                              looks_like_injection, strip_addresses, strip_invisible, strip_links, strip_markup,
                              strip_roles)
