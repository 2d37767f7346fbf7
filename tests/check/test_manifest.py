"""Through the pipeline with a model on 127.0.0.1 that writes placeholders and an invented sentence: the gate
drops them, the manifest counts the drops by reason, and what is published carries its supporting passages
(JSON and story pages)."""
from __future__ import annotations

import dataclasses
import json

import pytest

pytest.importorskip("openai", reason="the LLM writer needs the [llm] extra (openai)")

from write.llm import server as fakellm  # noqa: E402  (tests/ is on sys.path: the writer tests' fake server)
from write.llm.test_llm_writer import DAY, KLING, TAXONOMY  # noqa: E402

from topline.config import LLMSettings  # noqa: E402
from topline.pipeline import build_edition  # noqa: E402
from topline.write.llm import LLMWriter  # noqa: E402

INVENTED = ("The world is poised to reap an exuberance in AI productivity gains, and the global economy will also "
            "benefit from a surge of demand for artificial intelligence.")


def _sloppy(req, fake):  # noqa: ANN001, ANN202
    """Honest answers with placeholders and an invented sentence mixed in, and no repair."""
    task = fakellm.task_of(req)
    if task == "repair":
        return fakellm.Reply(fakellm.completion(json.dumps({"sentences": []})))
    reply = fakellm.honest_model(req, fake)
    if task != "story":
        return reply
    obj = json.loads(reply.body["choices"][0]["message"]["content"])
    first = obj["paragraphs"][0]["sentences"][0]["cites"]
    obj["paragraphs"].append({"sentences": [{"text": "...", "cites": first}, {"text": INVENTED, "cites": first}]})
    obj["top_line"] = {"text": "...", "cites": first}
    return fakellm.Reply(fakellm.completion(json.dumps(obj)))


def test_drops_are_counted_by_reason_and_support_is_published(store, settings, tmp_path, monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    store.articles.upsert_many((a, "test") for a in KLING)
    with fakellm.FakeLLM(_sloppy) as fake:
        s = dataclasses.replace(settings, llm=LLMSettings(base_url=fake.base_url, model="fake-model", timeout=5.0,
                                                          max_retries=1))
        result = build_edition(store, s, DAY, taxonomy=TAXONOMY, writer=LLMWriter(s, store.cache),
                               formats=("json", "html"), out_dir=tmp_path / "site")
    m = result.edition.manifest
    drops = dict(m.drops)
    assert drops.get("placeholder", 0) >= 2 and sum(drops.values()) >= 3, m   # two "...", the invented one
    assert sum(drops.values()) == m.sentences_dropped
    text = "\n".join(p.read_text() for p in result.paths if p.suffix == ".json")
    assert "..." not in [x for p in result.edition.categories for x in (t.text for t in p.top_line)]
    assert INVENTED not in text and '"support"' in text and '"quote"' in text
    page = result.edition.categories[0]
    for d in page.key_developments:
        for para in d.paragraphs:
            assert para.support and all(sup.url in {c.url for c in para.citations} for sup in para.support)
    html = "\n".join(p.read_text() for p in result.paths if p.suffix == ".html" and "story" in str(p))
    assert "Source passage" in html
