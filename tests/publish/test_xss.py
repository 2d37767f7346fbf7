"""An XSS corpus (tests/data/xss-payloads.txt, 116 payloads) planted in titles, summaries, bodies, outlet names
and links of stored articles, and in every text of the editions written from them: 0 executable constructs in
any page, feed, Markdown file or e-mail, whether the edition is hand-built or written by the real stages."""
from __future__ import annotations

import email
import email.policy

import pytest
from fastapi.testclient import TestClient

from topline import pipeline
from topline.publish import FORMATS, publish
from topline.publish.email import build_message, plan_messages
from topline.publish.site import public_url
from topline.web.app import create_app

from .sample import DATES, build_sample
from .xss import feed_problems, html_problems, load_payloads, markdown_problems

PAYLOADS = load_payloads()
SLOTS = 50          # article fields per sample (10 articles x link, title, text, summary, outlet)
FIELD_KINDS = 5
# Offsets that move every payload through every article field: windows of SLOTS payloads, shifted by 0..4.
OFFSETS = [k * SLOTS + j for j in range(FIELD_KINDS) for k in range(-(-len(PAYLOADS) // SLOTS))]


def test_the_corpus_is_large_and_the_checker_catches_its_payloads():
    assert len(PAYLOADS) >= 100
    raw_hits = sum(1 for p in PAYLOADS if html_problems(f"<p>{p}</p>") or html_problems(f'<a href="{p}">x</a>'))
    assert raw_hits >= 90          # the checker is not blind: published raw, most payloads would execute


def _check_site(out) -> tuple[int, list[str]]:
    problems, files = [], 0
    for path in sorted(out.rglob("*")):
        if not path.is_file():
            continue
        rel = str(path.relative_to(out))
        data = path.read_bytes()
        if path.suffix == ".html":
            problems += html_problems(data.decode("utf-8"), rel)
        elif path.suffix in (".rss", ".atom"):
            problems += feed_problems(data, rel)
        elif path.suffix == ".md":
            problems += markdown_problems(data.decode("utf-8"), rel)
        else:
            continue
        files += 1
    return files, problems


def _check_email(sample) -> list[str]:
    settings = sample.settings
    smtp = settings.smtp.__class__(recipients=("reader@example.test",),
                                   category_recipients={p.slug: ("cat@example.test",)
                                                        for p in sample.latest.categories})
    plan, _ = plan_messages(sample.latest, smtp, public_url(settings))
    problems = []
    for o in plan:
        raw = build_message(o, "briefing@topline.test").as_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        problems += html_problems(msg.get_body(("html",)).get_content(), f"email {o.category or 'all'}")
        assert sorted(k.lower() for k in msg.keys()) == sorted(
            ["subject", "from", "to", "date", "message-id", "auto-submitted", "content-type", "mime-version"])
    return problems


@pytest.mark.parametrize("offset", OFFSETS)
def test_hand_built_editions_publish_no_executable_construct(tmp_path, offset):
    sample = build_sample(tmp_path / "home", PAYLOADS, offset)
    try:
        out = tmp_path / "site"
        for e in sample.editions:
            publish(e, out, FORMATS, store=sample.store)
        files, problems = _check_site(out)
        assert files >= 40
        problems += _check_email(sample)
        assert problems == []
    finally:
        sample.store.close()


@pytest.mark.parametrize("offset", range(0, len(PAYLOADS), SLOTS))
def test_editions_written_by_the_real_stages_publish_no_executable_construct(tmp_path, offset):
    sample = build_sample(tmp_path / "home", PAYLOADS, offset)
    try:
        out = tmp_path / "site"
        for day in DATES:
            pipeline.build_edition(sample.store, sample.settings, day, formats=FORMATS, out_dir=out)
        files, problems = _check_site(out)
        assert files >= 5
        assert problems == []
    finally:
        sample.store.close()


@pytest.mark.slow
def test_web_pages_feeds_and_search_serve_no_executable_construct(tmp_path):
    sample = build_sample(tmp_path / "home", PAYLOADS, 0)
    app = create_app(sample.settings, sample.store, environ={})
    problems = []
    with TestClient(app) as c:
        paths = ["/editions/", "/editions/feeds/edition.rss", "/editions/feeds/edition.atom"]
        for e in sample.editions:
            d = e.date.isoformat()
            paths += [f"/editions/{d}/index.html", f"/editions/{d}/feeds/edition.atom"]
            for p in e.categories:
                paths += [f"/editions/{d}/{p.slug}.html", f"/editions/{d}/feeds/{p.slug}.rss"]
            for r in sample.store.editions.ranked_stories(e.date):
                paths.append(f"/editions/{d}/story/{r['story_id']}.html")
        for path in paths:
            r = c.get(path)
            assert r.status_code == 200, path
            if path.endswith(".html") or path.endswith("/"):
                problems += html_problems(r.text, path)
            else:
                problems += feed_problems(r.content, path)
        for payload in PAYLOADS:       # reflected input: the query and every filter
            for params, accepts in (({"q": payload}, ("text/html",)),
                                    ({"q": "Kling", "outlet": payload, "entity": payload, "category": payload,
                                      "date": payload}, ("text/html", "*/*"))):
                for accept in accepts:
                    r = c.get("/search", params=params, headers={"Accept": accept})
                    assert r.status_code in (200, 422), (payload, r.status_code)
                    if r.headers["content-type"].startswith("application/json"):
                        assert payload not in r.text        # errors do not echo the input back
                    else:
                        problems += html_problems(r.text, f"/search {payload!r}")
        sample.store.close()
    assert problems == []
