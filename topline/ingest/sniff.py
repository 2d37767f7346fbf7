"""What an input is, from its first bytes first and its name or Content-Type second."""
from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from topline.errors import InputError, Reason

LOCAL_MAX_BYTES = 1_000_000_000   # cap on a local file after decompression (a corpus file, not a bomb)
SNIFF_BYTES = 8192                # how much of the start of a document the sniffers look at
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
_ROOT = re.compile(rb"<([A-Za-z][\w:.-]*)")
_FEED_ROOTS = {"rss", "rdf:rdf", "rdf", "feed", "channel", "atom:feed"}
_HTML_ROOTS = {"html", "head", "body", "article", "div", "p", "!doctype"}


def base_name(name: str) -> str:
    """The name without a trailing .gz ("a.jsonl.gz" -> "a.jsonl")."""
    return name[:-3] if name.lower().endswith(".gz") else name


def suffix(name: str) -> str:
    return Path(base_name(name.split("?", 1)[0])).suffix.lower()


def gunzip(data: bytes, cap: int = LOCAL_MAX_BYTES) -> bytes:
    """Decompress at most ``cap`` bytes (a local gzip bomb stops at the cap)."""
    z = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = z.decompress(data, cap + 1)
    except zlib.error as exc:
        raise InputError(f"bad gzip data: {exc}", Reason.PARSE_ERROR) from None
    if len(out) > cap:
        raise InputError(f"more than {cap} bytes once decompressed", Reason.TOO_LARGE)
    return out


class CappedReader(io.RawIOBase):
    """Reads ``inner`` up to ``cap`` bytes, then reports end of file and sets ``overflowed``: a gzip stream
    is inflated piece by piece and never past the cap."""

    def __init__(self, inner: BinaryIO, cap: int):
        super().__init__()
        self._inner, self.cap, self.read_bytes, self.overflowed = inner, cap, 0, False
        self.damage: str | None = None                     # why the stream ended early (truncated gzip)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001
        room = self.cap + 1 - self.read_bytes
        if room <= 0:
            return 0
        view = memoryview(buffer)[:room]
        if self.damage:
            return 0
        try:
            data = self._inner.read(len(view))
        except (OSError, EOFError, zlib.error) as exc:    # what was inflated before the damage is kept
            self.damage = f"bad gzip data after {self.read_bytes} bytes: {exc}"
            return 0
        n = len(data)
        view[:n] = data
        self.read_bytes += n
        if self.read_bytes > self.cap:
            self.overflowed = True
            return n - (self.read_bytes - self.cap)
        return n


@contextmanager
def open_local(path: Path, gzip_cap: int = LOCAL_MAX_BYTES) -> Iterator[tuple[BinaryIO, CappedReader | None]]:
    """(binary stream, the cap's reader when gzip) for a local file: a gzip file is inflated as it is read and
    stops at ``gzip_cap`` decompressed bytes; a plain one is refused beyond LOCAL_MAX_BYTES."""
    try:
        size = path.stat().st_size
        if size > LOCAL_MAX_BYTES:
            raise InputError(f"file of {size} bytes exceeds the {LOCAL_MAX_BYTES}-byte cap", Reason.TOO_LARGE)
        raw = path.open("rb")
    except FileNotFoundError:
        raise InputError("no such file", Reason.NOT_FOUND) from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", Reason.NOT_FOUND) from None
    with raw:
        if raw.read(2) != b"\x1f\x8b":
            raw.seek(0)
            yield raw, None
            return
        raw.seek(0)
        capped = CappedReader(gzip.GzipFile(fileobj=raw, mode="rb"), gzip_cap)
        yield io.BufferedReader(capped, buffer_size=1 << 16), capped


def read_all(stream: BinaryIO, capped: CappedReader | None) -> bytes:
    """The whole (decompressed) content; raises InputError(too_large) when a gzip stream passed its cap."""
    data = stream.read()
    if capped is not None and capped.overflowed:
        raise InputError(f"more than {capped.cap} bytes once decompressed (the cap of fetch.max_bytes)",
                         Reason.TOO_LARGE)
    return data


def read_local(path: Path, gzip_cap: int = LOCAL_MAX_BYTES) -> bytes:
    """A local file's bytes, gunzipped (streamed, up to ``gzip_cap``) when it is gzip, refused beyond
    LOCAL_MAX_BYTES."""
    with open_local(path, gzip_cap) as (stream, capped):
        return read_all(stream, capped)


def _head_text(data: bytes) -> str:
    head = data[:SNIFF_BYTES]
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(enc, "ignore")
    return head.decode("latin-1")


def _root_tag(head: str) -> str:
    """The first element name after the prolog (comments, processing instructions, doctype skipped)."""
    body = re.sub(r"<!--.*?-->|<\?.*?\?>", "", head, flags=re.S)
    if re.match(r"\s*<!doctype\s+html", body, re.I):
        return "!doctype"
    body = re.sub(r"<!DOCTYPE[^>]*>", "", body, flags=re.I)
    m = _ROOT.search(body.encode("latin-1", "ignore"))
    return m.group(1).decode("ascii", "ignore").lower() if m else ""


def _sniff_json(data: bytes, head: str, name: str, ctype: str = "") -> str:
    if suffix(name) in (".jsonl", ".ndjson") or "ndjson" in ctype or "jsonl" in ctype:
        return "jsonl"
    first_line = head.split("\n", 1)[0].strip()
    if head.lstrip().startswith("{") and first_line.endswith("}") and "\n" in head.strip():
        try:
            json.loads(first_line)
            return "jsonl"          # a complete object on the first line, more after it
        except ValueError:
            pass
    return "json"


def _csv_header(head: str) -> bool:
    columns = [c.strip().strip('"').lower() for c in head.split("\n", 1)[0].split(",")]
    return "url" in columns and "title" in columns


def sniff(data: bytes, name: str = "", content_type: str = "") -> str:
    """One of jsonl, csv, json, feed, opml, html, unknown."""
    head = _head_text(data)
    start = head.lstrip()[:1]
    ext = suffix(name)
    ctype = (content_type or "").lower()
    if start in ("{", "["):
        return _sniff_json(data, head, name, ctype)
    if start == "<":
        root = _root_tag(head)
        if root == "opml":
            return "opml"
        if root in _FEED_ROOTS or root.endswith(":rdf"):
            return "feed"
        if root in _HTML_ROOTS or ext in (".html", ".htm") or "html" in ctype:
            return "html"
        return "feed"               # some other XML: the feed parser says whether it is one
    if ext == ".csv" or "csv" in ctype or _csv_header(head):
        return "csv"
    if ext in (".jsonl", ".ndjson"):
        return "jsonl"
    if ext in FEED_SUFFIXES:
        return "feed"
    if ext == ".opml":
        return "opml"
    if ext in (".html", ".htm") or "html" in ctype:
        return "html"
    if ext == ".json" or "json" in ctype:
        return "json"
    return "unknown"

