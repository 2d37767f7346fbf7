"""Making feed-supplied text safe to publish: in HTML, in XML feeds and in e-mail headers.

Every title, summary, outlet name and URL that reaches a page came from someone else's feed. Pages are rendered
with Jinja autoescaping; on top of that, text is stripped of markup with nh3 (so a title carrying ``<script>``
reads as its words, not as code), links are allowed only with the http and https schemes, and characters that
XML 1.0 or a mail header cannot carry are removed.
"""
from __future__ import annotations

import html
import re
import urllib.parse

import nh3

SAFE_SCHEMES = frozenset({"http", "https"})
MAX_HEADER_CHARS = 200   # a Subject longer than this is cut (RFC 5322 recommends 78 per line; folding handles it)

# Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF).
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Everything that could end or fold a header line, or hide in it: all C0/C1 controls, line and paragraph
# separators, and zero-width/bidi format characters.
_HEADER_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WS = re.compile(r"\s+")

# Allowed markup in HTML fragments we build for feed entries (everything else is removed by nh3).
FRAGMENT_TAGS = frozenset({"p", "a", "ul", "ol", "li", "h2", "h3", "sup", "em", "strong", "small", "br"})
FRAGMENT_ATTRIBUTES = {"a": {"href", "title"}}


def plain(value: object) -> str:
    """Feed-supplied text as plain text: markup removed (script and style content with it), entities decoded.

    The result is text, not HTML: it must still be escaped where it is written (Jinja autoescape does it).
    """
    s = "" if value is None else str(value)
    s = _CONTROL.sub("", s)
    if "<" in s or "&" in s:
        s = html.unescape(nh3.clean(s, tags=set()))
    return s


def safe_url(value: object) -> str:
    """The URL if it is an absolute http(s) URL, else "". Controls are removed, inner spaces percent-encoded."""
    # Browsers drop tabs and line breaks inside URLs ("java\tscript:" is javascript:), so they go first.
    s = re.sub(r"[\t\n\r]", "", _CONTROL.sub("", "" if value is None else str(value))).strip()
    if not s:
        return ""
    try:
        parts = urllib.parse.urlsplit(s)
    except ValueError:
        return ""
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc or "\\" in parts.netloc:
        return ""
    # Characters that must never appear raw in a URL are percent-encoded; reserved ones are kept.
    return urllib.parse.quote(s, safe=":/?#[]@!$&'()*+,;=%~-._")


def xml_text(value: object) -> str:
    """Text that XML 1.0 can carry."""
    return _XML_BAD.sub("", "" if value is None else str(value))


def header_text(value: object, limit: int = MAX_HEADER_CHARS) -> str:
    """Text for a mail header: one line, no controls, no encoded-word lookalikes, at most ``limit`` chars.

    ``=?`` opens an RFC 2047 encoded word, which a mail client would decode (possibly into a line break);
    it is broken apart so the header says exactly what the text says.
    """
    s = _HEADER_BAD.sub(" ", plain(value))
    s = _WS.sub(" ", s).strip().replace("=?", "= ?").replace("?=", "? =")
    if len(s) > limit:
        s = s[:limit - 1].rstrip() + "\u2026"
    return s


def clean_fragment(fragment: str) -> str:
    """An HTML fragment we built (feed entry content) passed through nh3 with a small allow-list."""
    return nh3.clean(xml_text(fragment), tags=set(FRAGMENT_TAGS), attributes=FRAGMENT_ATTRIBUTES,
                     url_schemes=set(SAFE_SCHEMES), link_rel="noopener noreferrer")
