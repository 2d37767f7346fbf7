"""The LLM classifier hook against a real OpenAI-compatible server on 127.0.0.1 (a tiny fake model)."""
from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from topline.classify.llm import LLMClassifier, parse_answer
from topline.config import LLMSettings, Settings
from topline.records import Article, Story, StoryBundle
from topline.taxonomy import parse_taxonomy

pytest.importorskip("openai")

TAX = parse_taxonomy('''
[[category]]
name = "Oil & Gas"
description = "Crude oil and natural gas: production, OPEC decisions, prices and pipelines."
[[category]]
name = "Renewables"
description = "Solar and wind power: farms, parks, turbine and panel makers."
''')
WHEN = dt.datetime(2025, 7, 2, 9, tzinfo=dt.timezone.utc)


def bundle(sid: str, title: str) -> StoryBundle:
    a = Article(url=f"https://example.org/{sid}", title=title, text=title, source="Reuters", published=WHEN,
                id=len(sid))
    return StoryBundle(story=Story(id=sid, title=title, article_ids=(a.id,), first_seen=WHEN, last_seen=WHEN,
                                   outlets=("Reuters",)), articles=(a,))


STORIES = [bundle("oil", "OPEC+ raises crude output"), bundle("wind", "Offshore wind farm wins auction"),
           bundle("odd", "Pop star announces tour")]


class FakeModel(BaseHTTPRequestHandler):
    answers: dict = {}
    status = 200
    requests: list = []

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        if type(self).status != 200:
            self.send_response(type(self).status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "bad"}}')
            return
        content = json.dumps({"items": [{"id": k, "category": v} for k, v in type(self).answers.items()]})
        reply = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                 "choices": [{"index": 0, "finish_reason": "stop",
                              "message": {"role": "assistant", "content": content}}],
                 "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), FakeModel)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    FakeModel.requests, FakeModel.status = [], 200
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()
    srv.server_close()


def settings_for(url: str) -> Settings:
    return Settings(llm=LLMSettings(base_url=url, model="fake", timeout=10, max_retries=0))


def test_llm_answers_are_used_and_the_rest_falls_back_offline(server):
    FakeModel.answers = {"oil": "Oil & Gas", "wind": "none", "odd": "Not a category"}
    out = {c.story_id: c for c in LLMClassifier.from_settings(settings_for(server)).classify(STORIES, TAX)}
    assert out["oil"].primary == "Oil & Gas" and out["oil"].method == "llm"
    assert out["wind"].primary is None and out["wind"].method == "llm"
    assert out["odd"].method.endswith("+offline-fallback") and out["odd"].primary is None   # offline: noise
    assert out["oil"].scores                                                                  # offline scores kept
    req = FakeModel.requests[0]
    assert req["model"] == "fake" and "[oil]" in req["messages"][1]["content"]
    enum = req["response_format"]["json_schema"]["schema"]["properties"]["items"]["items"]["properties"]
    assert enum["category"]["enum"] == ["Oil & Gas", "Renewables", "none"]


def test_server_failure_means_offline_classification(server):
    FakeModel.status = 401
    out = LLMClassifier.from_settings(settings_for(server)).classify(STORIES, TAX)
    assert [c.primary for c in out] == ["Oil & Gas", "Renewables", None]
    assert all(c.method.endswith("+offline-fallback") for c in out)


def test_parse_answer_ignores_garbage():
    assert parse_answer("not json", TAX) == {}
    assert parse_answer('{"items": [{"id": "a", "category": "Renewables"}, {"id": 3}, "x"]}', TAX) == \
        {"a": "Renewables"}
