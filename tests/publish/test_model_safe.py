"""edition_from_dict is the inverse of to_dict; the sanitising helpers."""
from __future__ import annotations

import json

import pytest

from topline.publish.model import edition_from_dict
from topline.publish.safe import header_text, plain, safe_url
from topline.records import to_dict


def test_stored_edition_reads_back_as_the_same_records(sample):
    for e in sample.editions:
        stored = sample.store.editions.get(e.date)
        assert edition_from_dict(stored) == e
        assert edition_from_dict(json.loads(json.dumps(to_dict(e)))) == e


def test_unknown_keys_are_ignored_and_missing_ones_defaulted(sample):
    d = to_dict(sample.latest)
    d["future_field"] = {"x": 1}
    d["categories"][0]["extra"] = 3
    del d["manifest"]
    e = edition_from_dict(d)
    assert e.categories == sample.latest.categories
    assert e.manifest.articles == 0


@pytest.mark.parametrize("url,expected", [
    ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
    ("http://127.0.0.1:9/x y", "http://127.0.0.1:9/x%20y"), (" https://e.com/\n", "https://e.com/"),
    ("javascript:alert(1)", ""), ("JaVaScRiPt:alert(1)", ""), (" java\tscript:alert(1)", ""),
    ("data:text/html,<script>alert(1)</script>", ""), ("vbscript:msgbox(1)", ""), ("//evil.example/x", ""),
    ("/relative", ""), ("https:///nohost", ""), ("", ""), (None, ""),
    ('https://e.com/"><script>', "https://e.com/%22%3E%3Cscript%3E"),
])
def test_safe_url_allows_only_absolute_http_urls(url, expected):
    assert safe_url(url) == expected


def test_plain_strips_markup_and_keeps_text():
    assert plain("<script>alert(1)</script>Kling <b>raises</b> $2.8bn") == "Kling raises $2.8bn"
    assert plain("AT&amp;T &lt;3 a < b") == "AT&T <3 a < b"
    assert plain('<img src=x onerror="alert(1)">') == ""


@pytest.mark.parametrize("title", [
    "Kling\r\nBcc: victim@example.com", "Kling\nBcc: victim@example.com", "Kling\rBcc: x@y",
    "=?utf-8?q?=0D=0ABcc:_victim@example.com?=", "=?UTF-8?B?DQpCY2M6IHZpY3RpbUBleGFtcGxlLmNvbQ==?=",
    "Kling\u2028Bcc: x@y", "Kling\x00\x0bBcc: x@y", "Kling\u0085Bcc: x@y",
])
def test_header_text_is_one_line_without_encoded_words(title):
    h = header_text(title)
    assert "\r" not in h and "\n" not in h and "\u2028" not in h and "\x85" not in h
    assert "=?" not in h and "?=" not in h
