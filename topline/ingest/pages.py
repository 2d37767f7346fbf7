"""Full-text extraction of one article page with trafilatura (language by py3langid when the page says none)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from topline.errors import InputError, Reason
from topline.ingest.htmltext import parse_date

LANGID_MIN_CHARS = 40        # shorter texts give unreliable language guesses


@dataclass(frozen=True)
class ExtractedPage:
    title: str
    text: str
    author: str | None = None
    published: dt.datetime | None = None
    language: str | None = None
    url: str | None = None       # the page's own canonical URL when it declares one, else the URL asked for
    site: str | None = None      # the site name the page declares ("Wall Street Journal")


def detect_language(text: str) -> str | None:
    if len(text or "") < LANGID_MIN_CHARS:
        return None
    import py3langid
    lang, _score = py3langid.classify(text[:5000])
    return lang or None


def _strip_title(text: str, title: str) -> str:
    """trafilatura sometimes repeats the headline as the first line of the body."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        return rest.lstrip()
    return text


def extract_page(html: bytes | str, url: str | None = None) -> ExtractedPage:
    """Title, body text, author, date and language of an article page; raises InputError(no_text)."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise InputError("empty page", Reason.NO_TEXT)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, include_images=False, include_links=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found on the page", Reason.NO_TEXT)
    title = " ".join((doc.title or "").split())
    text = _strip_title(doc.text.strip(), title)
    try:
        published = parse_date(doc.date) if doc.date else None
    except ValueError:
        published = None
    language = (doc.language or "").split("-")[0].lower() or detect_language(text)
    return ExtractedPage(title=title, text=text, author=(doc.author or None), published=published,
                         language=language, url=doc.url or url, site=doc.sitename or None)
