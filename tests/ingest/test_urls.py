"""URL canonicalisation and outlet names."""
from __future__ import annotations

import pytest

from topline.ingest.urls import canonical_url, outlet_from_url, registrable_domain

CANONICAL = "https://reuters.com/world/chips-deal?a=1&b=2"

VARIANTS = [
    "https://www.reuters.com/world/chips-deal?a=1&b=2",
    "http://www.reuters.com/world/chips-deal?b=2&a=1",
    "HTTPS://WWW.Reuters.COM:443/world/chips-deal/?a=1&b=2",
    "http://reuters.com:80/world/chips-deal/?a=1&b=2#comments",
    "https://www.reuters.com/world/chips-deal?a=1&utm_source=rss&utm_medium=feed&b=2&at_medium=RSS&at_campaign=x",
    "https://www.reuters.com/world/chips-deal?fbclid=abc&a=1&gclid=1&b=2&mc_cid=1&mc_eid=2&ocid=3&cmpid=4&smid=5",
    "https://www.reuters.com/world/chips-deal?ref=homepage&a=1&b=2",
    "https://www.reuters.com/amp/world/chips-deal?a=1&b=2",
    "https://www.reuters.com/world/chips-deal/amp/?a=1&b=2",
    "https://www.reuters.com/world/chips-deal/amp?a=1&b=2",
    "https://www.reuters.com/world/chips-deal?amp&a=1&b=2",
    "https://www.reuters.com/world/chips-deal?a=1&b=2&amp=1",
    "https://amp.reuters.com/world/chips-deal?a=1&b=2",
    "https://www.reuters.com/world/chips-deal?outputType=amp&a=1&b=2",
    "https://www.reuters.com/world//chips-deal?a=1&b=2",
    "https://www.reuters.com./world/chips-deal?a=1&b=2",
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_variants_map_to_one_url(variant):
    assert canonical_url(variant) == CANONICAL


def test_root_keeps_its_slash_and_other_ports_stay():
    assert canonical_url("http://example.com") == "https://example.com/"
    assert canonical_url("http://example.com/") == "https://example.com/"
    assert canonical_url("http://example.com:8080/a/") == "https://example.com:8080/a"


def test_meaningful_query_parameters_are_kept():
    assert canonical_url("https://site.com/article?id=42&page=2") == "https://site.com/article?id=42&page=2"
    assert canonical_url("https://site.com/a?id=1") != canonical_url("https://site.com/a?id=2")


def test_non_http_inputs_come_back_unchanged():
    assert canonical_url("file:///tmp/page.html") == "file:///tmp/page.html"
    assert canonical_url("  not a url ") == "not a url"


def test_outlet_names():
    assert outlet_from_url("https://www.reuters.com/world/x") == "Reuters"
    assert outlet_from_url("https://ft.com/content/x") == "Financial Times"
    assert outlet_from_url("https://feeds.bbci.co.uk/news/x") == "BBC"
    assert outlet_from_url("https://news.example-outlet.co.uk/x") == "Example Outlet"
    assert outlet_from_url("https://garymarcus.substack.com/p/x") == "Gary Marcus"
    assert outlet_from_url("https://someone.substack.com/p/x") == "Someone"
    assert outlet_from_url("not a url") == ""


def test_registrable_domain():
    assert registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("www.reuters.com") == "reuters.com"
