"""A fake OpenAI-compatible chat-completions server on 127.0.0.1 for the LLM writer's tests.

``FakeLLM`` is a real HTTP server (http.server in a thread). Each POST to ``/v1/chat/completions`` is recorded
and answered by ``responder(request_json, server) -> Reply``. ``Reply`` can be a normal JSON answer, any status
with headers (429 + Retry-After, 500, 400), a hang (no answer until the client gives up or the server stops), or
a cut body (a Content-Length promising more than is sent, then the connection closes), or a trickle (one byte at
a time, so that a per-read timeout never fires).

``honest_model`` is a deterministic stand-in for a model that follows the prompt: it reads the DATA block and
writes its answer from the articles' own sentences, so the checker accepts it. Tests wrap it to misbehave.
"""
from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

_DATA = re.compile(r"<<<DATA\n(.*)\nDATA>>>", re.DOTALL)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass
class Reply:
    body: Any = None                 # dict -> JSON, str/bytes -> as is
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False               # never answer (until the server stops)
    cut: bool = False                # send half the body with a full Content-Length, then close
    trickle: float = 0.0             # send the body one byte every ``trickle`` seconds (per-read timeouts never fire)
    content_type: str = "application/json"


def completion(content: str, *, prompt_tokens: int = 100, completion_tokens: int = 50, finish_reason: str = "stop",
               refusal: str | None = None, model: str = "fake-model") -> dict:
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 1751500000, "model": model,
            "choices": [{"index": 0, "finish_reason": finish_reason,
                         "message": {"role": "assistant", "content": content, "refusal": refusal}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


# --- reading a request ------------------------------------------------------------------------------------------

def task_of(req: dict) -> str:
    """story | signals | repair | retry: what the last user turn asks for."""
    last = req["messages"][-1]["content"]
    m = re.match(r"Task: (\w+)", last)
    if m:
        return m.group(1)
    return "retry" if "not one valid JSON object" in last else "unknown"


def data_of(req: dict) -> dict:
    for m in req["messages"]:
        if m["role"] == "user":
            found = _DATA.search(m["content"])
            if found:
                return json.loads(found.group(1))
    return {}


def text_of(req: dict) -> str:
    return "\n".join(m["content"] for m in req["messages"])


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text or "") if s.strip()]


# --- an honest model ----------------------------------------------------------------------------------------------

def story_answer(data: dict) -> dict:
    arts = data["articles"]
    first = sentences(arts[0]["text"])[0]
    para1, para2 = [], []
    seen = set()
    for a in arts:
        sents = sentences(a["text"])
        if a["outlet"] in seen or not sents:
            continue
        seen.add(a["outlet"])
        para1.append({"text": f"{sents[0].rstrip('.')}, according to {a['outlet']}.", "cites": [a["id"]]})
        if len(sents) > 1:
            para2.append({"text": sents[1], "cites": [a["id"]]})
    paragraphs = [{"sentences": para1}] + ([{"sentences": para2}] if para2 else [])
    for r in data.get("related_stories", [])[:1]:       # the link to a related story, citing its article
        b = r["articles"][0]
        paragraphs.append({"sentences": [{"text": sentences(b["text"])[0], "cites": [b["id"]]}]})
    return {"headline": arts[0]["title"], "top_line": {"text": first, "cites": [arts[0]["id"]]},
            "paragraphs": paragraphs}


def signals_answer(data: dict) -> dict:
    stories = data["stories"]
    sents = [s["sentences"][0] for s in stories[:2] if s["sentences"]]
    return {"signals": [{"title": stories[0]["headline"], "sentences": sents,
                         "stories": [s["id"] for s in stories[:2]],
                         # what to watch is checked like any sentence: an honest model takes it from the data
                         "watch": sents[-1] if sents else ""}]}


def repair_answer(req: dict) -> dict:
    """Rewrites each listed sentence as the first sentence of the first article it cited."""
    data = data_of(req)
    by_id = {a["id"]: a for a in data.get("articles", [])}
    for r in data.get("related_stories", []):
        by_id.update({a["id"]: a for a in r["articles"]})
    out = []
    for m in re.finditer(r'^(\d+)\. ".*?" \(cites ([^)]*)\)', req["messages"][-1]["content"], re.MULTILINE):
        ids = [i.strip() for i in m.group(2).split(",") if i.strip() in by_id]
        if ids:
            out.append({"n": int(m.group(1)), "text": sentences(by_id[ids[0]]["text"])[0], "cites": ids[:1]})
    return {"sentences": out}


def honest_model(req: dict, server: "FakeLLM") -> Reply:  # noqa: ARG001
    task = task_of(req)
    if task == "repair":
        obj = repair_answer(req)
    elif task == "signals":
        obj = signals_answer(data_of(req))
    else:
        obj = story_answer(data_of(req))
    return Reply(completion(json.dumps(obj), prompt_tokens=len(text_of(req)) // 4, completion_tokens=120))


# --- the server ---------------------------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, *args: Any) -> None:   # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            req = json.loads(raw)
        except json.JSONDecodeError:
            req = {"messages": [], "_raw": raw.decode("utf-8", "replace")}
        with fake.lock:
            fake.requests.append((time.monotonic(), req, dict(self.headers)))
        reply = fake.responder(req, fake)
        if reply.hang:
            fake.stopping.wait(fake.hang_seconds)
            self.close_connection = True
            return
        body = reply.body
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        data = body.encode() if isinstance(body, str) else (body or b"")
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(data)))
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if reply.trickle:
                for i in range(len(data)):
                    if fake.stopping.wait(reply.trickle):
                        break
                    self.wfile.write(data[i:i + 1])
                    self.wfile.flush()
            else:
                self.wfile.write(data[: len(data) // 2] if reply.cut else data)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        if reply.cut:
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: "FakeLLM"


class FakeLLM:
    """A chat-completions server on 127.0.0.1 (a free port); use as a context manager."""

    def __init__(self, responder: Callable[[dict, "FakeLLM"], Reply] = honest_model, hang_seconds: float = 30.0):
        self.responder = responder
        self.hang_seconds = hang_seconds
        self.requests: list[tuple[float, dict, dict]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.fake = self
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def bodies(self) -> list[dict]:
        with self.lock:
            return [r for _, r, _ in self.requests]

    def __enter__(self) -> "FakeLLM":
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
