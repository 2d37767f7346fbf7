"""The web app over a real store: pages, feeds, search with filters, the JSON API, security headers on every
response, and admin endpoints that need the token."""
from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from topline.web.app import create_app
from topline.web.security import SECURITY_HEADERS

TOKEN = "t0ken-for-tests-only"


@pytest.fixture
def client(sample):
    app = create_app(sample.settings, sample.store, environ={"TOPLINE_ADMIN_TOKEN": TOKEN})
    with TestClient(app) as c:
        yield c


@pytest.fixture
def no_admin_client(sample):
    with TestClient(create_app(sample.settings, sample.store, environ={})) as c:
        yield c


def _headers_ok(r) -> None:
    for name, value in SECURITY_HEADERS:
        assert r.headers.get(name) == value, (r.url, name)
    csp = r.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp and "default-src 'none'" in csp


PAGES = ["/editions/", "/editions/2025-07-03/", "/editions/2025-07-03/index.html",
         "/editions/2025-07-03/capital-industrial-strategy.html", "/editions/2025-07-03/story/s-kling.html",
         "/editions/2025-07-01/compute-infrastructure.html", "/search?q=Kling", "/search"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_security_headers(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    _headers_ok(r)
    doc = lxml_html.fromstring(r.text)
    assert doc.xpath("//link[@rel='stylesheet']/@href")
    assert not doc.xpath("//script")


def test_errors_and_api_answers_carry_security_headers_too(client):
    for path, status in [("/editions/2031-01-01/index.html", 404), ("/editions/not-a-date/x.html", 404),
                         ("/api/editions/2031-01-01", 404), ("/api/editions/nope", 422), ("/api/editions", 200),
                         ("/openapi.json", 200), ("/editions/style.css", 200), ("/nowhere", 404)]:
        r = client.get(path)
        assert r.status_code == status, path
        _headers_ok(r)
    r = client.post("/api/sources", json={"url": "https://feeds.example.org/rss"})
    assert r.status_code == 401
    _headers_ok(r)


def test_home_redirects_to_the_newest_edition_and_the_web_pages_match_the_static_ones(client, sample):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/editions/2025-07-03/index.html"
    page = client.get("/editions/2025-07-03/capital-industrial-strategy.html").text
    doc = lxml_html.fromstring(page)
    assert [a.get("href") for a in doc.xpath("//nav[@class='explore']//a")] == [
        "compute-infrastructure.html", "policy-regulation.html"]
    assert doc.xpath("//form[@action='/search']")          # the web pages add search


def test_feeds_are_served_and_parse(client, sample):
    for path in ["/editions/feeds/edition.rss", "/editions/feeds/capital-industrial-strategy.atom",
                 "/editions/2025-07-03/feeds/policy-regulation.rss"]:
        r = client.get(path)
        assert r.status_code == 200
        f = feedparser.parse(r.content)
        assert not f.bozo and f.entries
        assert all(e.link.startswith("http://testserver/editions/") for e in f.entries)
    assert client.get("/editions/feeds/nope.rss").status_code == 404
    assert client.get("/editions/feeds/edition.xml").status_code == 404


def test_api_editions_categories_stories_articles(client, sample):
    eds = client.get("/api/editions").json()
    assert [e["date"] for e in eds] == ["2025-07-03", "2025-07-02", "2025-07-01"]
    assert client.get("/api/editions/2025-07-03").json() == sample.store.editions.get(dt.date(2025, 7, 3))
    cats = client.get("/api/editions/2025-07-03/categories").json()
    assert [c["slug"] for c in cats] == [p.slug for p in sample.latest.categories]
    page = client.get("/api/editions/2025-07-03/categories/capital-industrial-strategy").json()
    assert page["name"] == "Capital & Industrial Strategy" and page["top_line"]
    assert client.get("/api/editions/2025-07-03/categories/nope").status_code == 404
    ranked = client.get("/api/editions/2025-07-03/stories").json()
    assert ranked[0]["rank"] == 1 and ranked[0]["factors"]
    story = client.get("/api/stories/s-kling").json()
    assert len(story["articles"]) == 3 and [h["date"] for h in story["history"]] == ["2025-07-02", "2025-07-03"]
    art = client.get(f"/api/articles/{story['articles'][0]['id']}").json()
    assert art["text"] and art["story_id"] == "s-kling"
    assert client.get("/api/articles/999999").status_code == 404
    assert client.get("/api/stories/nope").status_code == 404


def test_search_finds_briefings_and_articles_and_filters_them(client):
    r = client.get("/api/search", params={"q": "Alibaba"}).json()
    assert r["briefings"] and r["articles"]
    assert {a["source"] for a in r["articles"]} == {"Reuters", "Bloomberg"}
    only = client.get("/api/search", params={"q": "Alibaba", "outlet": "bloomberg"}).json()
    assert {a["source"] for a in only["articles"]} == {"Bloomberg"}
    assert {b["story_id"] for b in only["briefings"]} == {"s-kling"}
    day = client.get("/api/search", params={"q": "Alibaba", "date": "2025-07-02"}).json()
    assert {a["published"][:10] for a in day["articles"]} == {"2025-07-02"}
    assert {b["date"] for b in day["briefings"]} == {"2025-07-02"}
    cat = client.get("/api/search", params={"q": "Alibaba", "category": "policy-regulation"}).json()
    assert {b["category"] for b in cat["briefings"]} == {"policy-regulation"}
    assert {a["story_id"] for a in cat["articles"]} == {"s-claude"}
    ent = client.get("/api/search", params={"q": "Alibaba", "entity": "Tencent"}).json()
    assert ent["articles"] and all("Tencent" in a["title"] + a["snippet"] for a in ent["articles"])
    assert client.get("/api/search", params={"q": '"*) OR (NEAR'}).status_code == 200
    html = client.get("/search", params={"q": "Kling", "outlet": "Reuters"}).text
    doc = lxml_html.fromstring(html)
    assert doc.xpath("//ol[@class='results']//a[contains(@href, '/editions/2025-07-03/story/s-kling.html')]")


def test_admin_endpoints_need_the_token(client, sample):
    body = {"url": "https://feeds.example.org/rss", "name": "Example"}
    assert client.post("/api/sources", json=body).status_code == 401
    assert client.post("/api/sources", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.delete("/api/sources/1").status_code == 401
    assert client.post("/api/editions/2025-07-03/build").status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/sources", json=body, headers=auth)
    assert r.status_code == 201 and r.json()["url"] == body["url"]
    assert [s["url"] for s in client.get("/api/sources").json()] == [body["url"]]
    assert client.post("/api/sources", json={"url": "javascript:alert(1)"}, headers=auth).status_code == 422
    assert client.delete(f"/api/sources/{r.json()['id']}", headers=auth).status_code == 204
    assert client.get("/api/sources").json() == []
    assert client.delete("/api/sources/12345", headers=auth).status_code == 404


def test_admin_is_disabled_without_a_configured_token(no_admin_client):
    c = no_admin_client
    assert c.post("/api/sources", json={"url": "https://a.example/rss"}).status_code == 403
    assert c.post("/api/sources", json={"url": "https://a.example/rss"},
                  headers={"Authorization": "Bearer anything"}).status_code == 403
    assert c.delete("/api/sources/1").status_code == 403
    assert c.post("/api/editions/2025-07-03/build").status_code == 403
    assert c.get("/api/sources").status_code == 200       # reading needs no token


def test_run_an_edition_now_through_the_pipeline(client, sample):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/editions/2025-07-03/build", headers=auth)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["date"] == "2025-07-03" and out["articles"] > 0
    # the rebuilt edition (by the real stages) is what the pages now serve
    assert client.get("/api/editions/2025-07-03").json()["manifest"]["articles"] == out["articles"]
    assert client.get("/editions/2025-07-03/index.html").status_code == 200


@pytest.mark.parametrize("method,path,status", [
    ("POST", "/api/editions/0001-01-01/build", 409), ("POST", "/api/editions/9999-12-31/build", 409),
    ("GET", "/api/search?date=9999-12-31", 200), ("GET", "/api/search?date=0001-01-01", 200),
    ("GET", "/search?date=9999-12-31", 200), ("GET", "/editions/9999-12-31/index.html", 404),
    ("GET", "/api/search?q=%00", 200), ("GET", "/api/search?q=NEAR(a%20b)", 200), ("GET", "/search?q=%22%22%22", 200),
    ("GET", "/api/stories/%2e%2e", 404), ("GET", "/editions/2025-07-03/story/..%2f..html", 404),
    ("GET", "/editions/2025-07-03/..%2f..%2fetc%2fpasswd.md", 404),
])
def test_edge_inputs_get_a_clear_answer_not_a_server_error(client, method, path, status):
    r = client.request(method, path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == status, r.text[:200]
