"""The public article format: JSON Lines, CSV and JSON arrays, bad rows named by file and line."""
from __future__ import annotations

import gzip
import json

from topline.config import FetchSettings
from topline.ingest import ingest

GOOD = {"url": "https://www.reuters.com/tech/a?utm_source=x", "title": "Chip deal", "text": "Body one.",
        "published": "2025-07-01T10:00:00Z", "source": "Reuters", "language": "en", "author": "Ann", "id": "r1",
        "story": "s-17"}


def _jsonl_bytes() -> bytes:
    lines = [
        json.dumps(GOOD),                                                        # 1 ok
        "{not json",                                                             # 2 parse_error
        json.dumps({"title": "No url"}),                                         # 3 missing_field
        json.dumps({"url": "https://ft.com/x", "title": "Bad date", "published": "yesterday"}),  # 4 bad_value
        "",                                                                      # 5 blank: skipped
        json.dumps({"url": "https://ft.com/ok", "title": "No date", "summary": "S"}),   # 6 ok, flagged
    ]
    data = "\n".join(lines).encode() + b"\n"
    data += '{"url": "https://ft.com/latin", "title": "Caf\xe9"}\n'.encode("latin-1")  # 7 encoding_error
    data += json.dumps(["not", "an", "object"]).encode() + b"\n"                 # 8 bad_value
    data += json.dumps({"url": "ftp://x/y", "title": "t"}).encode() + b"\n"     # 9 bad_value
    return data


def test_jsonl_bad_lines_are_named_and_good_lines_stored(tmp_path, store):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl_bytes())
    report = ingest(store, FetchSettings(), [str(path)])
    got = {(f.line, f.reason) for f in report.failures}
    assert got == {(2, "parse_error"), (3, "missing_field"), (4, "bad_value"), (7, "encoding_error"),
                   (8, "bad_value"), (9, "bad_value")}
    assert all(f.input == str(path) for f in report.failures)
    assert next(f for f in report.failures if f.line == 3).message == 'no "url"'
    assert (report.added, report.items) == (2, 8)
    stored = store.articles.by_url("https://reuters.com/tech/a")
    assert stored.original_url == GOOD["url"] and stored.source == "Reuters" and stored.external_id == "r1"
    assert stored.metadata == {"story": "s-17"} and stored.language == "en" and stored.author == "Ann"
    undated = store.articles.by_url("https://ft.com/ok")
    assert undated.published_missing and undated.published is not None and undated.source == "Financial Times"
    assert len(store.articles.failures()) == 6


def test_reingesting_adds_nothing(tmp_path, store):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl_bytes())
    ingest(store, FetchSettings(), [str(path)])
    again = ingest(store, FetchSettings(), [str(path)])
    assert (again.added, again.updated, again.sightings) == (0, 0, 0)
    assert store.articles.count() == 2 and store.articles.sighting_count() == 2


def test_csv_with_bad_rows(tmp_path, store):
    rows = ("url,title,text,published,label\r\n"
            "https://example.com/1,First,\"Multi\nline text\",2025-07-01,Policy\r\n"
            ",No url,x,,\r\n"
            "https://example.com/3,Bad date,x,31/31/2025,\r\n"
            "https://example.com/4,,no title,,\r\n").encode()
    rows += "https://example.com/5,Caf\xe9,x,,\r\n".encode("latin-1")
    rows += b"https://example.com/6,Sixth,ok,2025-07-02T05:00:00+02:00,World\r\n"
    path = tmp_path / "batch.csv"
    path.write_bytes(rows)
    report = ingest(store, FetchSettings(), [str(path)])
    assert {(f.line, f.reason) for f in report.failures} == {
        (4, "missing_field"), (5, "bad_value"), (6, "missing_field"), (7, "encoding_error")}
    assert report.added == 2
    first = store.articles.by_url("https://example.com/1")
    assert first.text == "Multi\nline text" and first.metadata == {"label": "Policy"}
    assert store.articles.by_url("https://example.com/6").published.isoformat() == "2025-07-02T03:00:00+00:00"


def test_csv_without_required_columns(tmp_path, store):
    path = tmp_path / "bad.csv"
    path.write_text("link,headline\nhttps://x.com/,t\n")
    report = ingest(store, FetchSettings(), [str(path)])
    assert [(f.line, f.reason) for f in report.failures] == [(1, "missing_field")]


def test_json_array_and_gzip(tmp_path, store):
    arr = tmp_path / "arts.json"
    arr.write_text(json.dumps([GOOD, {"title": "no url"}]))
    gz = tmp_path / "more.jsonl.gz"
    gz.write_bytes(gzip.compress(json.dumps({**GOOD, "url": "https://bbc.co.uk/n/2"}).encode()))
    report = ingest(store, FetchSettings(), [str(arr), str(gz)])
    assert report.added == 2 and [f.reason for f in report.failures] == ["missing_field"]
    assert report.failures[0].message.startswith("item 2:")


def test_source_override(tmp_path, store):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(GOOD) + "\n")
    ingest(store, FetchSettings(), [str(path)], source_name="My Wire")
    assert store.articles.by_url("https://reuters.com/tech/a").source == "My Wire"


def test_missing_and_empty_inputs(tmp_path, store):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    report = ingest(store, FetchSettings(), [str(tmp_path / "nope.jsonl"), str(empty)])
    assert [f.reason for f in report.failures] == ["not_found", "empty"]


def test_json_lines_with_long_lines_in_a_json_file(tmp_path, store):
    """Sniffing sees only the start of a file: a .json file of long JSON lines is still read as JSON Lines."""
    rows = [{"url": f"https://example.com/{i}", "title": f"T{i}", "text": "word " * 5000} for i in range(3)]
    path = tmp_path / "long.json"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report = ingest(store, FetchSettings(), [str(path)])
    assert report.added == 3 and not report.failures
