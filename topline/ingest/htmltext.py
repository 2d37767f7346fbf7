"""Small helpers for input text: HTML fragments to plain text, dates, titles for untitled posts."""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import re

import lxml.html
from lxml import etree

from topline.text import squash

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
              "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt"}
DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "svg", "head"}
UNTITLED_WORDS = 12          # words of the text used as the title of an untitled post
_TAG_HINT = re.compile(r"<[a-zA-Z/!][^>]*>")
_BLANKS = re.compile(r"\n\s*\n+")


def looks_like_html(value: str) -> bool:
    return bool(_TAG_HINT.search(value or ""))


def _walk(node, out: list[str]) -> None:  # noqa: ANN001
    tag = node.tag if isinstance(node.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag in DROP_TAGS:
        if node.tail:
            out.append(node.tail)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.append("\n\n" if tag not in ("br", "li", "tr", "dd", "dt") else "\n")
    if node.text and isinstance(node.tag, str):
        out.append(node.text)
    for child in node:
        _walk(child, out)
    if block:
        out.append("\n")
    if node.tail:
        out.append(node.tail)


def html_to_text(value: str) -> str:
    """Plain text from an HTML fragment: paragraphs kept as blank-line-separated blocks, entities decoded."""
    if not value:
        return ""
    if not looks_like_html(value):
        return squash(html.unescape(value))
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return squash(html.unescape(_TAG_HINT.sub(" ", value)))
    out: list[str] = []
    _walk(root, out)
    paragraphs = [squash(p) for p in _BLANKS.split("".join(out).replace("\xa0", " "))]
    return "\n\n".join(p for p in paragraphs if p)


def title_from_text(text: str, words: int = UNTITLED_WORDS) -> str:
    """A title for an untitled post (microblogs, JSON Feed items): its first words."""
    tokens = squash(text).split(" ")
    if not tokens or tokens == [""]:
        return ""
    head = " ".join(tokens[:words])
    return head + ("…" if len(tokens) > words else "")


def parse_date(value: object) -> dt.datetime | None:
    """ISO 8601 (or RFC 2822) to an aware UTC datetime; None for empty; ValueError when unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"not an ISO 8601 date: {value!r}")
    else:
        s = str(value).strip()
        if not s:
            return None
        parsed = _parse_date_string(s)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


# An offset beyond this is no time zone (UTC-12 to UTC+14 are the real ones): a source's error, not kept.
MAX_UTC_OFFSET_MINUTES = 14 * 60


def utc_offset(value: object) -> int | None:
    """The offset from UTC, in whole minutes, that a date string states (``+01:00``, ``-0500``, ``Z``), as the
    source wrote it; None when it states none, is unreadable or states an impossible one. ``parse_date`` keeps the
    instant and drops this: it is what gives an article its local day (``Article.local_day``)."""
    if value is None or isinstance(value, (int, float)):
        return None
    try:
        parsed = value if isinstance(value, dt.datetime) else _parse_date_string(str(value).strip())
    except ValueError:
        return None
    off = parsed.utcoffset()
    if off is None:
        return None
    minutes = round(off.total_seconds() / 60)
    return minutes if abs(minutes) <= MAX_UTC_OFFSET_MINUTES else None


def _parse_date_string(s: str) -> dt.datetime:
    iso = s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None:
        raise ValueError(f"not an ISO 8601 date: {s!r}")
    return parsed


def from_struct_time(value) -> dt.datetime | None:  # noqa: ANN001 - time.struct_time from feedparser (UTC)
    if not value:
        return None
    try:
        return dt.datetime(*value[:6], tzinfo=dt.timezone.utc)
    except (TypeError, ValueError):
        return None
