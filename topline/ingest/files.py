"""The public article format in JSON Lines, CSV and JSON arrays.

Fields: ``url`` and ``title`` (required), ``text`` or ``summary``, ``published`` (ISO 8601; missing = time of
ingestion, flagged), ``source`` (missing = derived from the URL), ``language``, ``author``, ``id``. Every other
field is kept in ``Article.metadata``. A bad row becomes a Failure naming the file and line; the rest is read.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterator, Mapping

from topline.config import IngestSettings
from topline.errors import InputError, Reason
from topline.ingest import limits
from topline.ingest.htmltext import parse_date, utc_offset
from topline.ingest.urls import canonical_url, outlet_from_url
from topline.records import Article, Failure

CORE_FIELDS = ("url", "title", "text", "summary", "published", "source", "language", "author", "id")


MAX_FAILURES_PER_INPUT = 1_000   # failures recorded one by one per file; beyond, counted in one closing record
                                 # (a 1 GB file of bad lines would otherwise hold 300 million Failure records)


@dataclass
class ParsedRows:
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    items: int = 0
    unrecorded: dict[str, int] = field(default_factory=dict)    # reason -> failures beyond the cap

    def fail(self, failure: Failure) -> None:
        if len(self.failures) < MAX_FAILURES_PER_INPUT:
            self.failures.append(failure)
        else:
            self.unrecorded[failure.reason] = self.unrecorded.get(failure.reason, 0) + 1

    def fail_all(self, failures: Iterator[Failure]) -> None:
        for f in failures:
            self.fail(f)

    def closed(self, origin: str) -> "ParsedRows":
        """The rows, with one record per reason counting the failures beyond MAX_FAILURES_PER_INPUT."""
        for reason, n in self.unrecorded.items():
            self.failures.append(Failure(origin, reason, f"{n} more {reason} failures in this input, not recorded "
                                                         f"one by one (more than {MAX_FAILURES_PER_INPUT})"))
        self.unrecorded = {}
        return self


def _scalar(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise InputError(f'"{key}" must be a string, not {type(value).__name__}', Reason.BAD_VALUE)
    return str(value).strip()


def article_from_row(row: Mapping[str, Any], source_name: str | None = None,
                     lim: IngestSettings = limits.DEFAULT) -> Article:
    """One row of the public format as an Article; raises InputError(missing_field | bad_value | bad_url ...)."""
    url = _scalar(row, "url")
    if not url:
        raise InputError('no "url"', Reason.MISSING_FIELD)
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f'"url" is not an http(s) URL: {url[:100]!r}', Reason.BAD_VALUE)
    url = limits.check_url(url, lim)
    title = " ".join(_scalar(row, "title").split())
    if not title:
        raise InputError('no "title"', Reason.MISSING_FIELD)
    try:
        published = parse_date(row.get("published"))
    except ValueError as exc:
        raise InputError(f'bad "published": {exc}', Reason.BAD_VALUE) from None
    metadata = {k: v for k, v in row.items() if k not in CORE_FIELDS and k is not None and v not in (None, "")}
    return Article(
        url=canonical_url(url), original_url=url, title=title, text=_scalar(row, "text"),
        summary=_scalar(row, "summary"), published=published, published_missing=published is None,
        published_offset=utc_offset(row.get("published")) if published else None,
        source=source_name or _scalar(row, "source") or outlet_from_url(url),
        language=_scalar(row, "language").lower() or None, author=_scalar(row, "author") or None,
        external_id=_scalar(row, "id") or None, metadata=metadata)


def _take(out: ParsedRows, origin: str, line: int | None, row: Any, source_name: str | None,
          label: str = "", lim: IngestSettings = limits.DEFAULT) -> None:
    out.items += 1
    try:
        if not isinstance(row, Mapping):
            raise InputError(f"{label}not a JSON object", Reason.BAD_VALUE)
        article, notes = limits.checked_article(article_from_row(row, source_name, lim), lim)
    except Exception as exc:  # noqa: BLE001 - one bad row fails alone, whatever it broke
        err = limits.as_input_error(exc)
        out.fail(Failure(origin, err.reason, f"{label}{err}", line))
        return
    out.articles.append(article)
    out.fail_all(Failure(origin, Reason.TRUNCATED.value, f"{label}{n}", line) for n in notes)


# --- JSON Lines -----------------------------------------------------------------------------------------------

def parse_jsonl(data: bytes | BinaryIO, origin: str, source_name: str | None = None,
                lim: IngestSettings = limits.DEFAULT) -> ParsedRows:
    """JSON Lines from bytes or a binary stream, line by line: a line over ``lim.max_line_bytes`` is refused
    (too_large) without being held whole."""
    out = ParsedRows()
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    for number, raw, size in limits.capped_lines(stream, lim.max_line_bytes):
        if raw is None:
            out.items += 1
            out.fail(Failure(origin, Reason.TOO_LARGE.value, f"line of {size} bytes exceeds "
                                        f"ingest.max_line_bytes ({lim.max_line_bytes}): not read", number))
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            out.items += 1
            out.fail(Failure(origin, Reason.ENCODING.value, f"not UTF-8 ({exc.reason} at byte "
                                                                       f"{exc.start})", number))
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            out.items += 1
            out.fail(Failure(origin, Reason.PARSE_ERROR.value, f"not JSON: {exc.msg} (column "
                                                                           f"{exc.colno})", number))
            continue
        except RecursionError:
            out.items += 1
            out.fail(Failure(origin, Reason.PARSE_ERROR.value, "JSON nested too deeply to read", number))
            continue
        _take(out, origin, number, row, source_name, lim=lim)
    return out.closed(origin)


# --- CSV ------------------------------------------------------------------------------------------------------

def _has_bad_bytes(row: Mapping[str | None, Any]) -> bool:
    values = [v for v in row.values() if v is not None]
    flat = [x for v in values for x in (v if isinstance(v, list) else [v])]
    return any(any("\udc80" <= ch <= "\udcff" for ch in str(x)) for x in flat)


def _csv_rows(reader: csv.DictReader) -> Iterator[tuple[int, dict | None, str | None]]:
    """(first line of the record, row or None, error message or None)."""
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, MemoryError) as exc:
            yield start, None, str(exc)
            start = reader.line_num + 1
            continue
        yield start, row, None
        start = reader.line_num + 1


def _csv_lines(stream: BinaryIO, origin: str, out: ParsedRows, lim: IngestSettings) -> Iterator[str]:
    """The stream's lines as text (bad bytes kept as surrogates, found row by row); a line over the cap is
    recorded (too_large) and replaced by an empty line, so line numbers stay right and it is never held."""
    for number, raw, size in limits.capped_lines(stream, lim.max_line_bytes):
        if raw is None:
            out.items += 1
            out.fail(Failure(origin, Reason.TOO_LARGE.value, f"line of {size} bytes exceeds ingest.max_line_bytes "
                                                             f"({lim.max_line_bytes}): not read", number))
            yield "\n"
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield raw.decode("utf-8", errors="surrogateescape")


def parse_csv(data: bytes | BinaryIO, origin: str, source_name: str | None = None,
              lim: IngestSettings = limits.DEFAULT) -> ParsedRows:
    """CSV with a header row, from bytes or a binary stream, line by line; a line or field over
    ``lim.max_line_bytes`` fails its record alone (too_large)."""
    csv.field_size_limit(lim.max_line_bytes)     # process-wide; every parse sets its own before reading
    out = ParsedRows()
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    reader = csv.DictReader(_csv_lines(stream, origin, out, lim), restkey="_extra")
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        header = []
        out.fail(Failure(origin, Reason.PARSE_ERROR.value, f"bad CSV header: {exc}", 1))
    missing = [f for f in ("url", "title") if f not in [h.strip() for h in header]]
    if missing:
        out.items += 1
        out.fail(Failure(origin, Reason.MISSING_FIELD.value,
                         f"no {' and no '.join(repr(m) for m in missing)} column in the header", 1))
        return out
    for line, row, error in _csv_rows(reader):
        if error is not None:
            out.items += 1
            reason = Reason.TOO_LARGE if "field limit" in error else Reason.PARSE_ERROR
            out.fail(Failure(origin, reason.value, f"bad CSV: {error} (ingest.max_line_bytes {lim.max_line_bytes})"
                             if reason == Reason.TOO_LARGE else f"bad CSV: {error}", line))
            continue
        if _has_bad_bytes(row):
            out.items += 1
            out.fail(Failure(origin, Reason.ENCODING.value, "not UTF-8", line))
            continue
        row = {(k.strip() if isinstance(k, str) else k): v for k, v in row.items()}
        row.pop("_extra", None)
        _take(out, origin, line, row, source_name, lim=lim)
    return out.closed(origin)


# --- JSON arrays of articles ----------------------------------------------------------------------------------

def parse_article_json(doc: Any, origin: str, source_name: str | None = None,
                       lim: IngestSettings = limits.DEFAULT) -> ParsedRows:
    """A JSON array of articles, or an object holding one under "articles" or "items"."""
    rows = doc
    if isinstance(doc, Mapping):
        rows = doc.get("articles", doc.get("items"))
        if rows is None and "url" in doc:
            rows = [doc]
    if not isinstance(rows, list):
        raise InputError("JSON, but neither a feed nor a list of articles", Reason.NOT_A_FEED)
    out = ParsedRows()
    for n, row in enumerate(rows, 1):
        if isinstance(row, InputError):          # an item salvage could not decode (see jsonsafe.array_items)
            out.items += 1
            out.fail(Failure(origin, row.reason, f"item {n}: {row}"))
            continue
        _take(out, origin, None, row, source_name, label=f"item {n}: ", lim=lim)
    if not rows:
        raise InputError("no articles in the file", Reason.EMPTY)
    return out.closed(origin)
