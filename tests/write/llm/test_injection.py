"""The prompt-injection corpus (tests/data/injection/variants.jsonl) against two hostile models on 127.0.0.1.

Each variant is one story of its own category (its article and a clean article of another outlet), beside a clean
story (so every page also gets a synthesis call). One edition is written per model with the LLM writer through
the page gate, stored, published (Markdown, HTML site, JSON, RSS/Atom), rendered as e-mail and read back through
the JSON API. Nothing planted (the claim in any of its languages, the $10bn figure, any spelling of the evil
domain, the canary) may appear in any of them.

Story pages are left out: they list the story's source articles (titles, outlets) as sources, not written text.

* ``obedient_model`` writes every sentence it is shown and every demand it finds ("say that X" -> X);
* ``planter_model`` always emits the planted claim, figure and link, in every field of every answer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

pytest.importorskip("openai", reason="the LLM writer needs the [llm] extra (openai)")

from topline import enrich, publish  # noqa: E402
from topline.config import LLMSettings  # noqa: E402
from topline.publish.email import render_bodies  # noqa: E402
from topline.records import (Article, Category, Classification, Edition, RankedStory, Ranking, Story,  # noqa: E402
                             StoryBundle, Taxonomy, to_dict)
from topline.write import EditionContext, write_pages  # noqa: E402
from topline.write.llm import LLMWriter  # noqa: E402

from . import server as fakellm  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "data" / "injection" / "variants.jsonl"
VARIANTS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
DAY = dt.date(2025, 7, 2)
UTC = dt.timezone.utc

# What the variants plant, in every language and spelling used by the corpus (compared after _fold).
MARKERS = ("bankrupt", "faillite", "bankrott", "quiebra", "破产", "обанкрот", "fallimento", "10bn", "10 billion",
           "10 milliards", "10 mrd", "$10", "evil", "xn--", "hxxp", "canary", "7731", "mailto")
_LOOKALIKE = str.maketrans("аеорсіхуАЕОРСІХУ", "aeopcixyAEOPCIXY")
SECOND = ("SoftBank led a $400 million investment in Zentrox Robotics, the warehouse robot maker. "
          "Mara Lindqvist runs the company from Ohio.")
OTHER = ("Orvane Systems opened a chip design centre in Lisbon with 120 engineers. "
         "The Portuguese government gave the project a grant of 35 million euros.")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return text.translate(_LOOKALIKE).lower()


def found(text: str) -> list[str]:
    folded = _fold(text)
    return [m for m in MARKERS if m in folded]


def test_the_corpus_is_large_and_every_variant_plants_a_marker():
    assert len(VARIANTS) >= 60
    assert len({v["family"] for v in VARIANTS}) >= 12
    assert {v["note"] for v in VARIANTS if v["family"] == "language"} >= {"fr", "de", "es", "zh", "ru"}
    for v in VARIANTS:
        assert found(" ".join((v["title"], v["text"], v["author"], v["source"]))), v["id"]
        assert not found(SECOND + OTHER)


def _article(n: int, slug: str, source: str, title: str, text: str, hour: int, author: str | None = None) -> Article:
    return Article(url=f"https://{re.sub(r'[^a-z]', '', source.lower())[:20] or 'outlet'}.example/{slug}-{n:02d}",
                   title=title, text=text, source=source, author=author,
                   published=dt.datetime(2025, 7, 2, hour, tzinfo=UTC))


def _edition_inputs(store):
    """(taxonomy, ranked stories): per variant, a category with the variant's story and a clean story."""
    cats, rows = [], []
    for n, v in enumerate(VARIANTS, 1):
        cat = Category(name=f"Injection {n:02d}", description="Funding rounds and investment in robotics and chips.")
        cats.append(cat)
        zx = [_article(n, "zentrox", v["source"], v["title"], v["text"], 8, v["author"]),
              _article(n, "zentrox", "Kestrel Post", "SoftBank leads $400 million Zentrox Robotics round", SECOND, 9)]
        other = [_article(n, "orvane", "Harbour Times", "Orvane Systems opens Lisbon chip design centre", OTHER, 10)]
        rows.append((cat, f"zx-{n:02d}", zx, 0.9))
        rows.append((cat, f"ov-{n:02d}", other, 0.5))
    store.articles.upsert_many((a, "test") for _, _, arts, _ in rows for a in arts)
    stored = {a.url: a for a in store.articles.in_window(dt.datetime(2025, 7, 1, tzinfo=UTC),
                                                         dt.datetime(2025, 7, 3, tzinfo=UTC))}
    ranked = []
    for cat, sid, arts, score in rows:
        arts = tuple(stored[a.url] for a in arts)
        enr = enrich.ensure_enrichments(store, list(arts))
        story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                      first_seen=arts[0].published, last_seen=arts[-1].published,
                      outlets=tuple(dict.fromkeys(a.source for a in arts)))
        ranked.append(RankedStory(StoryBundle(story, arts, tuple(enr[a.id] for a in arts if a.id in enr)),
                                  Classification(sid, cat.name), Ranking(sid, score)))
    return Taxonomy(categories=tuple(cats), name="injection"), ranked


def _outputs(store, settings, tmp_path, edition, ranked) -> dict[str, str]:
    """name -> text of everything published from ``edition``."""
    from fastapi.testclient import TestClient
    from topline.web.app import create_app
    store.editions.save(edition, ranked)
    paths = publish.publish(edition, tmp_path / "site", ("md", "html", "json", "feeds"), store=store)
    out = {}
    for p in paths:
        if p.suffix in (".md", ".json", ".xml", ".rss", ".atom") or (p.suffix == ".html" and "story" not in p.parts):
            out[str(p.relative_to(tmp_path))] = p.read_text(encoding="utf-8")
    text, html = render_bodies(edition, edition.categories, "http://127.0.0.1:8080/")
    out["email.txt"], out["email.html"] = text, html
    with TestClient(create_app(settings, store, environ={})) as client:
        out["api:edition"] = client.get(f"/api/editions/{DAY.isoformat()}").text
        for page in edition.categories:
            out[f"api:{page.slug}"] = client.get(f"/api/editions/{DAY.isoformat()}/categories/{page.slug}").text
    return out


def _leaks(outputs: dict[str, str], edition: Edition) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(variant id -> markers found in its own page, output name -> markers found anywhere in it)."""
    per_variant = {}
    for n, v in enumerate(VARIANTS, 1):
        slug = f"injection-{n:02d}"
        page = edition.category(slug)
        texts = [json.dumps(to_dict(page), ensure_ascii=False) if page else ""]
        texts += [t for name, t in outputs.items() if slug in name]
        hits = sorted({m for t in texts for m in found(t)})
        if hits:
            per_variant[v["id"]] = hits
    anywhere = {name: found(t) for name, t in outputs.items() if found(t)}
    return per_variant, anywhere


@pytest.mark.parametrize("model", ["obedient", "planter"])
def test_no_planted_claim_figure_or_domain_is_published(store, settings, tmp_path, model, monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    responder = {"obedient": fakellm.obedient_model, "planter": fakellm.planter_model}[model]
    taxonomy, ranked = _edition_inputs(store)
    with fakellm.FakeLLM(responder) as fake:
        s = dataclasses.replace(settings, llm=LLMSettings(base_url=fake.base_url, model="fake-model", timeout=10.0,
                                                          max_retries=0, budget_calls=5000,
                                                          budget_tokens=50_000_000))
        ctx = EditionContext(date=DAY, taxonomy=taxonomy, ranked=tuple(ranked), settings=s)
        pages, stats = write_pages(ctx, LLMWriter(s, None))
        calls = len(fake.requests)
    edition = Edition(date=DAY, categories=tuple(pages), generated_at=dt.datetime.now(UTC))
    outputs = _outputs(store, s, tmp_path, edition, ranked)
    per_variant, anywhere = _leaks(outputs, edition)
    print(f"\n{model}: {calls} calls, {stats.fallbacks} fallbacks, {len(per_variant)} of {len(VARIANTS)} variants "
          f"leaked: {json.dumps(per_variant)}")
    if os.environ.get("INJECTION_DEBUG"):         # where each leak is, when one is found
        for name, t in outputs.items():
            for m in found(t):
                i = _fold(t).find(m)
                print("LEAK", name, m, repr(t[max(0, i - 150):i + 60]))
                break
    assert calls >= len(VARIANTS), "every variant's story went to the model"
    zx_written = sum(1 for p in pages for d in p.key_developments if d.story_id.startswith("zx-"))
    assert zx_written >= len(VARIANTS) // 2, "the real news of most variants is still published"
    assert per_variant == {}, f"{len(per_variant)} of {len(VARIANTS)} variants leaked"
    assert anywhere == {}
