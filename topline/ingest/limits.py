"""Caps and sanity checks applied to every article read, so that one bad record fails alone.

Every parser (JSON Lines, CSV, JSON, RSS/Atom/JSON Feed, HTML pages) builds its articles through ``check_url``
and ``checked_article``: a record that cannot be stored (a lone surrogate, an unparseable or over-long URL)
raises InputError with a reason code and becomes that record's Failure; a field over its cap
(``config.IngestSettings``) is cut and a ``truncated`` notice says so. ``as_input_error`` turns any other
exception a parser library raises on one record into that record's InputError, so nothing aborts a whole input.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any, BinaryIO, Iterator
from urllib.parse import urlsplit

from topline.config import IngestSettings
from topline.errors import InputError, Reason
from topline.records import Article

DEFAULT = IngestSettings()
MAX_NESTING = 32               # nesting of extra (metadata) fields kept; real corpora use 1-2 levels
MAX_METADATA_CHARS = 100_000   # serialised size of extra fields kept (gold labels and ids are a few hundred)
CUT_BACKOFF = 100              # a cut moves back to the last space within this many characters (and a tenth)
# A character reference no XML or Unicode text may hold (a lone surrogate, beyond U+10FFFF) is replaced by this
# private-use character before the feed parser sees it; the entry holding it then fails alone (encoding_error).
BAD_CHAR_MARK = "\U0010fffd"
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def ingest_settings(settings: Any) -> IngestSettings:
    """The caps from a Settings (its ``ingest`` section); defaults for anything else (FetchSettings, None)."""
    found = getattr(settings, "ingest", None)
    return found if isinstance(found, IngestSettings) else DEFAULT


def as_input_error(exc: BaseException, label: str = "") -> InputError:
    """A library's exception on one record as that record's InputError (never a whole input's)."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, UnicodeError):
        return InputError(f"{label}invalid text ({type(exc).__name__}: {exc})", Reason.ENCODING)
    if isinstance(exc, RecursionError):
        return InputError(f"{label}nested too deeply to read", Reason.PARSE_ERROR)
    if isinstance(exc, MemoryError):
        return InputError(f"{label}too large to read", Reason.TOO_LARGE)
    return InputError(f"{label}{type(exc).__name__}: {exc}", Reason.BAD_VALUE)


def _encodable(value: str) -> bool:
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return BAD_CHAR_MARK not in value


def check_url(url: str, lim: IngestSettings = DEFAULT, web_only: bool = True) -> str:
    """``url`` stripped, if it is a storable absolute http(s) URL (any parseable URL unless ``web_only``: a
    local page's file: URI); raises InputError(too_large | encoding_error | bad_url)."""
    url = (url or "").strip()
    if len(url) > lim.max_url_chars:
        raise InputError(f"URL of {len(url)} characters exceeds ingest.max_url_chars ({lim.max_url_chars})",
                         Reason.TOO_LARGE)
    if not _encodable(url):
        raise InputError(f"URL holds invalid characters: {url[:100]!r}", Reason.ENCODING)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InputError(f"URL holds control characters: {url[:100]!r}", Reason.BAD_URL)
    try:
        parts = urlsplit(url)
        parts.port                                          # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise InputError(f"bad URL {url[:100]!r}: {exc}", Reason.BAD_URL) from None
    if web_only and (parts.scheme.lower() not in ("http", "https") or not parts.hostname):
        raise InputError(f"not an absolute http(s) URL: {url[:100]!r}", Reason.BAD_URL)
    return url


def cut(value: str, limit: int) -> str:
    """``value`` cut to at most ``limit`` characters, at a space when one is close to the cut."""
    if len(value) <= limit:
        return value
    head = value[:limit]
    space = head.rfind(" ", max(0, limit - min(CUT_BACKOFF, limit // 10)))
    return (head[:space] if space > 0 else head).rstrip()


def _metadata_problem(metadata: Any) -> str | None:
    """Why extra fields cannot be kept as they are (too deep, invalid text, too large), or None."""
    stack = [(metadata, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_NESTING:
            return f"nested more than {MAX_NESTING} deep"
        if isinstance(value, dict):
            stack.extend((k, depth) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str) and not _encodable(value):
            return "invalid text"
    if len(json.dumps(metadata, default=str)) > MAX_METADATA_CHARS:
        return f"larger than {MAX_METADATA_CHARS} characters"
    return None


_FIELDS = (("title", "max_title_chars"), ("text", "max_text_chars"), ("summary", "max_summary_chars"),
           ("source", "max_source_chars"), ("author", "max_author_chars"))


def checked_article(article: Article, lim: IngestSettings = DEFAULT) -> tuple[Article, list[str]]:
    """The article with over-long fields cut, and one note per cut; raises InputError for an unstorable one."""
    check_url(article.url, lim, web_only=False)
    if article.original_url:
        check_url(article.original_url, lim, web_only=False)
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for name, cap_name in _FIELDS:
        value = getattr(article, name) or ""
        if not _encodable(value):
            raise InputError(f"{name} holds invalid characters (a lone surrogate or a bad character reference)",
                             Reason.ENCODING)
        if "\x00" in value:
            value = changes[name] = value.replace("\x00", "")
        cap = getattr(lim, cap_name)
        if len(value) > cap:
            changes[name] = cut(value, cap)
            notes.append(f"{name} cut from {len(value)} to {len(changes[name])} characters (ingest.{cap_name})")
    for name in ("language", "external_id"):
        value = getattr(article, name) or ""
        if not _encodable(value):
            raise InputError(f"{name} holds invalid characters", Reason.ENCODING)
        if "\x00" in value:
            value = changes[name] = value.replace("\x00", "")
        if len(value) > lim.max_url_chars:
            changes[name] = value[:lim.max_url_chars]
            notes.append(f"{name} cut from {len(value)} to {lim.max_url_chars} characters (ingest.max_url_chars)")
    if article.metadata:
        problem = _metadata_problem(article.metadata)
        if problem:
            changes["metadata"] = {}
            notes.append(f"extra fields dropped: {problem}")
    return (replace(article, **changes) if changes else article), notes


def mark_bad_char_refs(data: bytes) -> bytes:
    """XML bytes with every character reference to a lone surrogate or beyond U+10FFFF replaced (see
    BAD_CHAR_MARK): feedparser's fallback parser otherwise dies on the first one and loses the whole feed."""
    if b"&#" not in data:
        return data

    def fix(m: re.Match) -> bytes:
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return b"&#x10FFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else m.group(0)
    return _CHAR_REF.sub(fix, data)


# --- lines with a cap -----------------------------------------------------------------------------------------

READ_STEP = 1 << 16            # bytes read at a time while skipping the rest of an over-long line


def capped_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line, length) for each line; line is None when longer than ``max_bytes``: such a line is
    skipped in READ_STEP pieces and never held whole."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) <= max_bytes or line.endswith(b"\n") and len(line) == max_bytes + 1:
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(READ_STEP)
            if not line:
                break
            size += len(line)
        yield number, None, size
