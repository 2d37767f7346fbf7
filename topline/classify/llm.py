"""An LLM classifier behind the same interface as the offline one (optional; the offline path is the default).

Stories go to the configured OpenAI-compatible server in chunks; the model answers, per story id, one category
name or "none" from a closed list (a JSON schema). Scores and secondary categories still come from the offline
classifier, which also decides every story the LLM could not (failure, budget, an answer outside the list).
"""
from __future__ import annotations

import json
from typing import Sequence

from topline.classify.offline import OfflineClassifier
from topline.classify.text import article_texts
from topline.records import Classification, StoryBundle, Taxonomy

CHUNK = 20              # stories per request
MAX_TOKENS = 1200       # answer budget per request (about 40 tokens per story)
NONE = "none"

SYSTEM = ("You sort news stories into the categories of a strategic briefing. For each story, answer the one "
          "category it belongs to, or \"none\" when it belongs to no category (sport, celebrity, lifestyle and "
          "local crime are \"none\" unless a category asks for them). Answer only with the JSON asked for.")


def request_messages(chunk: Sequence[tuple[str, StoryBundle]], taxonomy: Taxonomy) -> tuple[dict, ...]:
    cats = "\n".join(f"- {c.name}: {c.description}" for c in taxonomy.categories)
    stories = "\n".join(f"[{sid}] " + " / ".join(t[:300] for t in article_texts(b)[:3]) for sid, b in chunk)
    return ({"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Categories:\n{cats}\n\nStories:\n{stories}\n\n"
                                        "Return {\"items\": [{\"id\": ..., \"category\": ...}, ...]} for every story."})


def schema(taxonomy: Taxonomy, ids: Sequence[str]) -> dict:
    names = [c.name for c in taxonomy.categories] + [NONE]
    item = {"type": "object", "additionalProperties": False, "required": ["id", "category"],
            "properties": {"id": {"type": "string", "enum": list(ids)}, "category": {"type": "string", "enum": names}}}
    return {"type": "object", "additionalProperties": False, "required": ["items"],
            "properties": {"items": {"type": "array", "items": item}}}


def parse_answer(content: str, taxonomy: Taxonomy) -> dict[str, str | None]:
    """story id -> category (None for "none"); answers outside the taxonomy are left out."""
    try:
        items = json.loads(content).get("items", [])
    except (json.JSONDecodeError, AttributeError):
        return {}
    names = {c.name for c in taxonomy.categories}
    out: dict[str, str | None] = {}
    for it in items if isinstance(items, list) else []:
        if isinstance(it, dict) and isinstance(it.get("id"), str):
            cat = it.get("category")
            if cat == NONE:
                out[it["id"]] = None
            elif cat in names:
                out[it["id"]] = cat
    return out


class LLMClassifier:
    name = "llm"

    def __init__(self, client, budget, fallback: OfflineClassifier | None = None):  # noqa: ANN001
        self.client = client
        self.budget = budget
        self.fallback = fallback or OfflineClassifier()

    @classmethod
    def from_settings(cls, settings, fallback: OfflineClassifier | None = None) -> "LLMClassifier":  # noqa: ANN001
        from topline.chat import Budget, ChatClient
        return cls(ChatClient(settings.llm), Budget(settings.llm.budget_calls, settings.llm.budget_tokens), fallback)

    def classify(self, bundles: Sequence[StoryBundle], taxonomy: Taxonomy) -> list[Classification]:
        from topline.chat import ChatRequest, LLMFailure
        offline = self.fallback.classify(bundles, taxonomy)
        answers: dict[str, str | None] = {}
        pairs = [(b.story.id, b) for b in bundles]
        for start in range(0, len(pairs), CHUNK):
            chunk = pairs[start:start + CHUNK]
            req = ChatRequest(messages=request_messages(chunk, taxonomy), schema_name="classification",
                              schema=schema(taxonomy, [i for i, _ in chunk]), max_tokens=MAX_TOKENS)
            try:
                answers.update(parse_answer(self.client.complete(req, self.budget).content, taxonomy))
            except LLMFailure:
                break            # the offline answers stand for this chunk and the rest
        out = []
        for c in offline:
            if c.story_id in answers:
                primary = answers[c.story_id]
                secondary = tuple(s for s in c.secondary if s != primary) if primary else ()
                out.append(Classification(story_id=c.story_id, primary=primary, scores=c.scores,
                                          secondary=secondary, method="llm", topic=c.topic))
            else:
                out.append(Classification(story_id=c.story_id, primary=c.primary, scores=c.scores,
                                          secondary=c.secondary, method=c.method + "+offline-fallback",
                                          topic=c.topic))
        return out
