"""OPML subscription lists: read (nested outlines, missing titles) and write (the bundled default list)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence
from xml.sax.saxutils import quoteattr

from lxml import etree

from topline.config import IngestSettings
from topline.errors import InputError, Reason
from topline.ingest import limits
from topline.ingest.urls import outlet_from_url

_SAFE_PARSER = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    name: str
    category: str = ""      # the titles of the enclosing outlines, "Tech / AI"


def _attr(node: etree._Element, name: str) -> str:
    """Attribute by case-insensitive name ("xmlUrl", "xmlurl", "XMLURL")."""
    wanted = name.lower()
    for key, value in node.attrib.items():
        if str(key).lower() == wanted:
            return str(value).strip()
    return ""


def _listed(url: str, label: str, lim: IngestSettings) -> tuple[str, str]:
    """(url, name) of one outline; raises InputError when it cannot be subscribed (bad or over-long URL...)."""
    url = limits.check_url(url, lim)
    name = limits.cut(label, lim.max_source_chars) if limits._encodable(label) else ""
    return url, name or outlet_from_url(url)


def _walk(node: etree._Element, path: tuple[str, ...], out: list[OpmlFeed], seen: set[str],
          rejected: list[tuple[str, InputError]], lim: IngestSettings) -> None:
    for child in node:
        if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1].lower() != "outline":
            continue
        label = _attr(child, "title") or _attr(child, "text")
        url = _attr(child, "xmlUrl")
        if url and url.lower().startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            try:
                checked, name = _listed(url, label, lim)
                out.append(OpmlFeed(url=checked, name=name, category=" / ".join(path)))
            except InputError as exc:            # this outline fails alone
                rejected.append((url[:200], exc))
        _walk(child, path + ((label,) if label and not url else ()), out, seen, rejected, lim)


def _parse(data: bytes) -> tuple[etree._Element, str | None]:
    data = limits.mark_bad_char_refs(data)       # a reference to a lone surrogate fails its outline, not the file
    try:
        return etree.fromstring(data, etree.XMLParser(**_SAFE_PARSER)), None
    except etree.XMLSyntaxError as exc:
        root = etree.fromstring(data, etree.XMLParser(recover=True, **_SAFE_PARSER))
        if root is None:
            raise InputError(f"malformed OPML: {exc}", Reason.PARSE_ERROR) from None
        return root, f"malformed OPML (read what was recoverable): {exc}"


def read_opml(data: bytes, rejected: list[tuple[str, InputError]] | None = None,
              lim: IngestSettings = limits.DEFAULT) -> tuple[list[OpmlFeed], str | None]:
    """The feeds listed (document order, duplicates dropped) and a damage note when the XML was broken.
    Outlines that cannot be subscribed (a bad or over-long URL) are skipped and added to ``rejected``."""
    rejected = [] if rejected is None else rejected
    root, damage = _parse(data)
    if root.tag.rsplit("}", 1)[-1].lower() != "opml":
        raise InputError("not an OPML document", Reason.NOT_A_FEED)
    body = next((c for c in root if isinstance(c.tag, str) and c.tag.lower() == "body"), None)
    feeds: list[OpmlFeed] = []
    _walk(body if body is not None else root, (), feeds, set(), rejected, lim)
    if not feeds and not rejected:
        raise InputError("the OPML lists no feeds", Reason.EMPTY)
    return feeds, damage


def build_opml(groups: Mapping[str, Sequence[tuple[str, str]]], title: str) -> str:
    """OPML 2.0 with one outline per category holding (url, name) feed outlines."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{_esc(title)}</title></head>", "  <body>"]
    for category, feeds in groups.items():
        lines.append(f"    <outline text={quoteattr(category)} title={quoteattr(category)}>")
        lines.extend(f"      <outline type=\"rss\" text={quoteattr(name)} title={quoteattr(name)} "
                     f"xmlUrl={quoteattr(url)}/>" for url, name in feeds)
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(value: str) -> str:
    return quoteattr(value)[1:-1]


def feed_urls(feeds: Iterable[OpmlFeed]) -> list[str]:
    return [f.url for f in feeds]
