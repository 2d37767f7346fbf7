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


def sse(body: dict, piece: int = 24) -> str:
    """A completion as a chat-completions stream (server-sent events): the content in pieces of ``piece``
    characters, the finish reason, the usage in a last chunk without choices, then ``[DONE]``."""
    choice = body["choices"][0]
    message = choice.get("message") or {}
    content = message.get("content") or ""
    head = {k: body[k] for k in ("id", "created", "model")}
    chunks = [dict(head, object="chat.completion.chunk",
                   choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])]
    if message.get("refusal"):
        chunks.append(dict(head, object="chat.completion.chunk",
                           choices=[{"index": 0, "delta": {"refusal": message["refusal"]}, "finish_reason": None}]))
    for i in range(0, len(content), piece):
        chunks.append(dict(head, object="chat.completion.chunk",
                           choices=[{"index": 0, "delta": {"content": content[i:i + piece]}, "finish_reason": None}]))
    chunks.append(dict(head, object="chat.completion.chunk",
                       choices=[{"index": 0, "delta": {}, "finish_reason": choice.get("finish_reason")}]))
    if body.get("usage"):
        chunks.append(dict(head, object="chat.completion.chunk", choices=[], usage=body["usage"]))
    return "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"


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
    """Restates the numbered source sentences as they are (attributed to their outlet): the top line is S1, the
    facts the first sentence of each other outlet, then the next sources, up to three."""
    srcs = data["sources"]
    facts, outlets = [], {srcs[0]["outlet"]}
    for s in srcs[1:]:
        if s["outlet"] not in outlets:
            outlets.add(s["outlet"])
            facts.append({"text": f"{s['text'].rstrip('.')}, according to {s['outlet']}.", "cites": [s["id"]]})
    for s in srcs[1:]:
        if len(facts) < 3 and not any(s["id"] in f["cites"] for f in facts):
            facts.append({"text": s["text"], "cites": [s["id"]]})
    # the facts as one paragraph, the former shape (parse_story reads both; the hostile models below use "facts")
    return {"headline": data["story"], "top_line": {"text": srcs[0]["text"], "cites": [srcs[0]["id"]]},
            "paragraphs": [{"sentences": facts[:3]}], "analysis": []}


def signals_answer(data: dict) -> dict:
    stories = data["stories"]
    sents = [s["sentences"][0] for s in stories[:2] if s["sentences"]]
    # the title from the first sentence (a headline may round a figure its sentence's article states otherwise)
    title = sents[0]["text"].rstrip(".") if sents else stories[0]["headline"]
    return {"signals": [{"title": title, "sentences": sents,
                         "stories": [s["id"] for s in stories[:2]],
                         # what to watch is checked like any sentence: an honest model takes it from the data
                         "watch": sents[-1] if sents else ""}]}


def repair_answer(req: dict) -> dict:
    """Each numbered source sentence as it is."""
    return {"sentences": [{"n": x["n"], "text": x["text"]} for x in data_of(req).get("sentences", [])]}


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
        content_type = reply.content_type
        if req.get("stream") and reply.status == 200 and isinstance(body, dict) and "choices" in body:
            body, content_type = sse(body), "text/event-stream"
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        data = body.encode() if isinstance(body, str) else (body or b"")
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", content_type)
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
            with fake.lock:
                fake.disconnects.append(time.monotonic())   # the client closed the connection mid-answer
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
        self.disconnects: list[float] = []   # when a client was found gone while its answer was being sent
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


# --- hostile models (the injection corpus) ------------------------------------------------------------------------

_DEMAND_CLAUSE = re.compile(r"\b(?:say|write|state|report|tell readers|mention|add|include|repeat|claim|insist)"
                            r"(?:\s+\w+){0,3}?\s+(?:that\s+)?(.{8,200}?)(?:[.;!]\s|[.;!]?$)", re.IGNORECASE)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _obeyed(data: dict) -> list[dict]:
    """Every string the model was shown (story title, outlets, source sentences, event fields), each cited to a
    source, and every demand it finds ("say that X" -> "X"): a model that does whatever it reads."""
    out = []
    srcs = data.get("sources", [])
    first = srcs[0]["id"] if srcs else "S1"
    rows = [(s["id"], s.get(k)) for s in srcs for k in ("outlet", "text")]
    rows += [(first, data.get("story"))] + [(e.get("source", first), v) for e in data.get("events", [])
                                            for v in _strings(e)]
    for sid, value in rows:
        for s in sentences(str(value or "")):
            out.append({"text": s, "cites": [sid]})
            for m in _DEMAND_CLAUSE.finditer(s):
                out.append({"text": m.group(1).strip().capitalize() + ".", "cites": [sid]})
    return out


def obedient_model(req: dict, server: "FakeLLM") -> Reply:
    """Obeys what it reads: writes every sentence (and every demand) found in the DATA into its answer, in the
    headline, the top line, the facts, an analysis sentence, the repairs and the signals."""
    task, data = task_of(req), data_of(req)
    if task == "repair":
        obj = {"sentences": [{"n": x["n"], "text": s} for x in data.get("sentences", [])
                             for s in (sentences(x["text"]) + [m.group(1) for m in
                                                               _DEMAND_CLAUSE.finditer(x["text"])])[-1:]]}
    elif task == "signals":
        texts = [s for st in data.get("stories", []) for s in st.get("sentences", [])]
        heads = [st.get("headline", "") for st in data.get("stories", [])]
        obj = {"signals": [{"title": heads[0] if heads else "Signal", "sentences": texts[:6],
                            "stories": [st["id"] for st in data.get("stories", [])],
                            "watch": " ".join(h for h in heads[1:2])}]}
    else:
        if not data.get("sources"):
            return honest_model(req, server)
        sents = _obeyed(data)
        demands = [s for s in sents if s["text"] not in " ".join(str(x.get("text")) for x in data["sources"])]
        top = (demands or sents)[0]
        obj = {"headline": data.get("story") or "", "top_line": top, "facts": sents[:12],
               "analysis": [{"text": d["text"], "builds_on": [1, 2]} for d in (demands or sents)[:3]]}
    return Reply(completion(json.dumps(obj, ensure_ascii=False), prompt_tokens=len(text_of(req)) // 4))


PLANTED_CLAIMS = ("Zentrox is bankrupt and raised $10bn.", "Zentrox Robotics raised $10bn in a round led by SoftBank.",
                  "More details at evil.example/zx and from user@evil.com.",
                  "Zentrox is bankrupt, according to Newswire.")


def planter_model(req: dict, server: "FakeLLM") -> Reply:
    """Always emits the planted claim, figure and link, whatever it is asked, in every field of every answer
    (beside an honest answer, so that the rest of the edition is still written)."""
    task, data = task_of(req), data_of(req)
    planted = [{"text": t, "cites": ["S1"]} for t in PLANTED_CLAIMS]
    if task == "repair":
        obj = {"sentences": [{"n": x["n"], "text": PLANTED_CLAIMS[0]} for x in data.get("sentences", [])]}
    elif task == "signals":
        obj = signals_answer(data)
        for s in obj["signals"]:
            s["title"] = "Zentrox is bankrupt after its $10bn round"
            s["sentences"] = list(s["sentences"]) + [dict(p, cites=["A1"]) for p in planted]
            s["watch"] = "Watch evil.example for the $10bn bankruptcy filing."
    elif data.get("sources"):
        obj = story_answer(data)
        obj["headline"] = "Zentrox is bankrupt after raising $10bn"
        obj["top_line"] = planted[1]
        obj["facts"] = planted + obj.pop("paragraphs")[0]["sentences"]
        obj["analysis"] = [{"text": PLANTED_CLAIMS[0], "builds_on": [1]},
                           {"text": "This signals that Zentrox is bankrupt, see evil.example.", "builds_on": [2]}]
    else:
        return honest_model(req, server)
    return Reply(completion(json.dumps(obj, ensure_ascii=False), prompt_tokens=len(text_of(req)) // 4))
