"""In a real browser (headless Debian Chromium driven by Playwright): `topline serve` over a store holding
editions; open the edition, move between categories through "Explore Other Categories", open a story, follow
a citation, run a search, and keep screenshots (desktop and phone width) under artifacts/screenshots/.
Then the XSS corpus once through the browser: no dialog fires on any page."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import CHROMIUM, needs
from loopback import LoopbackHTTP
from publish.sample import bound_socket, build_sample
from publish.xss import load_payloads
from topline.publish import FORMATS, publish

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1200, "height": 900}
SEARCH_PAYLOADS = 25     # payloads also sent through the live search page (each one page load)

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              needs(Path(CHROMIUM).exists(), f"{CHROMIUM} is absent (apt-get install chromium)")]


def artifacts() -> Path:
    d = Path(os.environ.get("TOPLINE_ARTIFACTS") or REPO / "artifacts") / "screenshots"
    d.mkdir(parents=True, exist_ok=True)
    return d


class ArticleSite(LoopbackHTTP):
    """A stand-in for the outlets' sites on 127.0.0.1: every path answers with a small article page."""

    def __init__(self) -> None:
        super().__init__(lambda path, base: (
            200, {"Content-Type": "text/html; charset=utf-8"},
            f"<!doctype html><title>Article</title><h1>Article {path}</h1>".encode()))
        self.url = self.base + "/"


class Serve:
    """`topline serve` as a subprocess on a free 127.0.0.1 port."""

    def __init__(self, home: Path) -> None:
        sock = bound_socket()         # handed to the server: no port race (issue 15)
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "TOPLINE_HOME": str(home)}
        env.pop("TOPLINE_ADMIN_TOKEN", None)
        self.proc = subprocess.Popen([sys.executable, "-m", "topline.cli.main", "serve", "--fd", str(sock.fileno())],
                                     env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     pass_fds=[sock.fileno()])
        sock.close()

    def __enter__(self) -> "Serve":
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"topline serve exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("topline serve did not answer in 60 s")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _no_overflow(page) -> None:  # noqa: ANN001
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), page.url


def test_reader_walks_the_edition_in_a_real_browser(browser, tmp_path):
    shots = artifacts()
    with ArticleSite() as outlets:
        sample = build_sample(tmp_path / "home", link_base=outlets.url)
        sample.store.close()
        with Serve(tmp_path / "home") as serve:
            ctx = browser.new_context(viewport=DESKTOP)
            page = ctx.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            page.goto(serve.url + "/")
            assert page.url == f"{serve.url}/editions/2025-07-03/index.html"
            assert page.locator("h1").inner_text() == "Thursday 3 July 2025"
            page.screenshot(path=shots / "01-edition-index.png", full_page=True)

            page.get_by_role("link", name="Capital & Industrial Strategy").first.click()
            page.wait_for_url("**/capital-industrial-strategy.html")
            assert page.locator("h1").inner_text() == "Capital & Industrial Strategy"
            assert page.locator("h2").all_inner_texts()[:4] == ["TOP LINE", "KEY DEVELOPMENTS", "SIGNALS & TRENDS",
                                                                "EXPLORE OTHER CATEGORIES"]
            page.screenshot(path=shots / "02-category.png", full_page=True)

            page.locator("nav.explore").get_by_role("link", name="Compute & Infrastructure").click()
            page.wait_for_url("**/compute-infrastructure.html")
            assert page.locator("h1").inner_text() == "Compute & Infrastructure"
            page.locator("nav.explore").get_by_role("link", name="Capital & Industrial Strategy").click()
            page.wait_for_url("**/capital-industrial-strategy.html")

            page.locator("section.development h3 a").first.click()
            page.wait_for_url("**/story/s-kling.html")
            assert "Kling AI raises $2.8 billion" in page.locator("h1").inner_text()
            assert page.locator("table.factors tbody tr").count() == 3
            assert page.locator("ul.articles li").count() == 3
            page.screenshot(path=shots / "03-story.png", full_page=True)

            cite = page.locator("a.cite").first
            href = cite.get_attribute("href")
            assert href.startswith(outlets.url)
            cite.click()
            page.wait_for_url(href)
            assert page.locator("h1").inner_text().startswith("Article /")
            page.go_back()
            page.wait_for_url("**/story/s-kling.html")

            page.fill("#q", "Alibaba")
            page.locator("form.searchbox button").click()
            page.wait_for_url("**/search?q=Alibaba")
            assert page.locator("ol.results li").count() >= 3
            page.screenshot(path=shots / "04-search.png", full_page=True)

            page.goto(f"{serve.url}/editions/")
            page.screenshot(path=shots / "05-archive.png", full_page=True)
            assert errors == []          # no CSP violation, no script error
            ctx.close()

            phone = browser.new_context(viewport=PHONE, is_mobile=True, device_scale_factor=2)
            p2 = phone.new_page()
            for name, path in [("06-phone-category", "/editions/2025-07-03/capital-industrial-strategy.html"),
                               ("07-phone-story", "/editions/2025-07-03/story/s-kling.html"),
                               ("08-phone-index", "/editions/2025-07-03/index.html"),
                               ("09-phone-search", "/search?q=Kling")]:
                p2.goto(serve.url + path)
                _no_overflow(p2)
                p2.screenshot(path=shots / f"{name}.png", full_page=True)
            phone.close()


def test_no_xss_payload_fires_in_the_browser(browser, tmp_path):
    payloads = load_payloads()
    sample = build_sample(tmp_path / "home", payloads, 0)
    out = tmp_path / "site"
    for e in sample.editions:
        publish(e, out, FORMATS, store=sample.store)
    sample.store.close()
    dialogs: list[str] = []
    ctx = browser.new_context(viewport=DESKTOP)
    page = ctx.new_page()

    def on_dialog(d) -> None:  # noqa: ANN001
        dialogs.append(f"{page.url}: {d.type} {d.message}")
        d.dismiss()
    page.on("dialog", on_dialog)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 15
    for path in pages:          # the static site opened as files: no CSP header to help here
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        found = page.evaluate("""() => [document.scripts.length,
            [...document.querySelectorAll('*')].filter(e => [...e.attributes]
              .some(a => a.name.startsWith('on'))).length,
            [...document.querySelectorAll('[href],[src],[action]')].filter(e => /^\\s*(javascript|data|vbscript):/i
              .test(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))).length]""")
        assert found == [0, 0, 0], (path, found)
    with Serve(tmp_path / "home") as serve:
        for p in payloads[:SEARCH_PAYLOADS]:
            page.goto(f"{serve.url}/search?" + httpx.QueryParams({"q": p, "outlet": p}).__str__())
            page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    ctx.close()
    assert dialogs == []
