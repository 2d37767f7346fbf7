"""E-mail for daily operation: the HTML part stays under Gmail's clipping size, links say where they point, and
`topline send` with nobody to send to fails loudly."""
from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from topline.cli.main import cli
from topline.publish.email import HTML_BUDGET_BYTES, render_bodies
from topline.records import CategoryPage, Citation, Development, Edition, Paragraph, Signal, TopLineItem

GMAIL_CLIP_BYTES = 102 * 1024


def _big_edition() -> Edition:
    """Six categories of four developments of six long, much-cited paragraphs: far past 102 KB in full."""
    def cites(i: int) -> tuple[Citation, ...]:
        return tuple(Citation(f"https://news{j}.example.com/articles/2026/03/01/a-long-article-slug-{i}-{j}",
                              f"Outlet {j}") for j in range(3))
    pages = []
    for c in range(6):
        devs = tuple(Development(f"s{c}-{d}", f"Headline {c}-{d}: a company announces a plan",
                                 tuple(Paragraph(f"Paragraph {p} of development {d} says what happened, who said so "
                                                 f"and what it means for the market, in one long sentence. " * 3,
                                                 cites(p)) for p in range(6)))
                     for d in range(4))
        pages.append(CategoryPage(f"Category {c}", f"category-{c}",
                                  tuple(TopLineItem(f"Top line {t} of category {c} is one sentence.", f"s{c}-{t % 4}",
                                                    cites(t)) for t in range(5)),
                                  devs, (Signal(f"Signal of {c}", "A trend across stories. " * 4, cites(9)),)))
    return Edition(date=dt.date(2026, 3, 1), categories=tuple(pages))


def test_html_part_stays_under_the_budget_with_links_for_the_rest():
    edition = _big_edition()
    _text, full = render_bodies(edition, edition.categories, "https://news.example.org/", budget=10**9)
    assert len(full.encode()) > GMAIL_CLIP_BYTES            # the full rendering would be clipped
    text, html = render_bodies(edition, edition.categories, "https://news.example.org/")
    assert len(html.encode()) <= HTML_BUDGET_BYTES < GMAIL_CLIP_BYTES
    assert "Read the rest on the web" in html and "https://news.example.org/2026-03-01/" in html
    assert "Paragraph 5 of development 3" in text           # the plain part keeps everything
    small = Edition(date=edition.date, categories=(edition.categories[0],))
    _t, one = render_bodies(small, small.categories, "https://news.example.org/")
    assert "Read the rest on the web" not in one and "Paragraph 5 of development 3" in one


def test_send_without_recipients_fails_with_a_message(sample):
    sample.store.close()
    r = CliRunner().invoke(cli, ["send", "--date", "2025-07-03"])
    assert r.exit_code == 1 and "no recipients" in r.output


def test_send_warns_when_public_url_is_unset(sample, monkeypatch):
    sample.store.close()
    monkeypatch.setenv("TOPLINE_SMTP_RECIPIENTS", "reader@example.com")
    r = CliRunner().invoke(cli, ["send", "--date", "2025-07-03", "--dry-run"])
    assert r.exit_code == 0 and "web.public_url is not set" in r.output
    monkeypatch.setenv("TOPLINE_WEB_PUBLIC_URL", "https://news.example.org/")
    r = CliRunner().invoke(cli, ["send", "--date", "2025-07-03", "--dry-run"])
    assert r.exit_code == 0 and "public_url" not in r.output
