"""Reading the model's answers: tolerant JSON extraction, shape checks, and citation ids normalised.

Anything that is not an object of the requested shape raises ``LLMFailure("invalid_json")``; a refusal raises
``LLMFailure("refusal")``. Ids written inside a sentence ("... [A2]") become citations and leave the text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from topline.chat import ChatResult, LLMFailure

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)
_INLINE_IDS = re.compile(r"\s*[\[(]\s*((?:[ABS]\d{1,3}\s*[,;]?\s*)+)[\])]", re.IGNORECASE)
_ID = re.compile(r"[ABS]\d{1,3}", re.IGNORECASE)
# A passage or story id written as the sentence's label: "S1: Hevolta recalls ..." (SmolLM2-135M on eval22's
# articles, two of its 47 sentences). Read as the sentence's citation, as an inline "[S1]" is; a colon is required.
_LEADING_IDS = re.compile(r"^\s*[\[(]?\s*((?:[ABS]\d{1,3}\s*[,;&/]?\s*)+?)[\])]?\s*:\s+", re.IGNORECASE)
_REFUSAL = re.compile(r"^\s*(?:i['\u2019]?m sorry|i am sorry|sorry|i can(?:not|['\u2019]t)|i won['\u2019]t|"
                      r"i am unable|i['\u2019]m unable|as an ai)\b", re.IGNORECASE)


_FACT_ID = re.compile(r"F\d{1,3}", re.IGNORECASE)
MIN_CONTENT_WORDS = 3          # a sentence needs this many words of two letters or more (headlines: 2)
# Boilerplate a small model writes instead of content (SmolLM2-135M on a three-day corpus wrote "..." for 26 of
# 72 published sentences, issue 10); the rest are the usual "no data" answers.
_BOILERPLATE = re.compile(
    r"^\W*(?:n/?a|none|null|nil|no\s+(?:information|info|data|details|content|summary|news|comment)(?:\s+\w+){0,3}|"
    r"not\s+(?:available|applicable|specified|provided|known|mentioned)|tbd|todo|tba|unknown|lorem\s+ipsum.*|"
    r"placeholder|insert\s+.*|(?:your|the)\s+(?:sentence|text|headline|summary|title)(?:\s+here)?|"
    r"(?:sentence|text|headline|summary|title|string|example)\s*\d*)\W*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def content_free(text: str, min_words: int = MIN_CONTENT_WORDS) -> bool:
    """Placeholders, ellipses, boilerplate and fragments: text that says nothing."""
    t = (text or "").strip() if isinstance(text, str) else ""
    if not t or _BOILERPLATE.match(t) or t.endswith(("...", "\u2026")) or t.startswith(("...", "\u2026")):
        return True
    return len(_WORD.findall(t)) < min_words


@dataclass(frozen=True)
class Sent:
    text: str
    cites: tuple[str, ...]
    fid: str = ""                      # a fact's id ("F2"), which analysis sentences cite


@dataclass(frozen=True)
class AnalysisDraft:
    """An interpretation built on fact sentences of the same answer (their ids in ``builds_on``)."""
    text: str
    builds_on: tuple[str, ...]


@dataclass(frozen=True)
class StoryDraft:
    headline: str
    top_line: Sent | None
    paragraphs: tuple[tuple[Sent, ...], ...]
    analysis: tuple[AnalysisDraft, ...] = ()


@dataclass(frozen=True)
class SignalDraft:
    title: str
    sentences: tuple[Sent, ...]
    stories: tuple[str, ...]
    watch: str


def check_refusal(result: ChatResult) -> None:
    if result.refusal or result.finish_reason == "content_filter":
        raise LLMFailure("refusal", (result.refusal or "content filter")[:200])
    if _REFUSAL.match(result.content or "") and "{" not in (result.content or "")[:200]:
        raise LLMFailure("refusal", result.content[:200])


def load_object(result: ChatResult) -> dict:
    """The JSON object in the answer (code fences and text around it tolerated)."""
    check_refusal(result)
    text = _FENCE.sub("", result.content or "").strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise LLMFailure("truncated" if result.finish_reason == "length" else "invalid_json", "no JSON object")
    try:
        obj = json.loads(text[start:end + 1])
    except json.JSONDecodeError as exc:
        raise LLMFailure("truncated" if result.finish_reason == "length" else "invalid_json", str(exc)) from None
    if not isinstance(obj, dict):
        raise LLMFailure("invalid_json", "not a JSON object")
    if isinstance(obj.get("refusal"), str) and obj["refusal"].strip() and len(obj) == 1:
        raise LLMFailure("refusal", obj["refusal"][:200])
    return obj


def _ids(value: Any, bare: str = "") -> list[str]:
    """Ids ("A1", "[S2]"); with ``bare`` a plain number (2, "2") is ``bare`` + number ("S2")."""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for v in value:
        found = [m.upper() for m in _ID.findall(str(v))]
        if not found and bare and not isinstance(v, bool) and str(v).strip().isdigit():
            found = [f"{bare}{int(str(v).strip())}"]
        for m in found:
            if m not in out:
                out.append(m)
    return out


def sentence(value: Any, bare: str = "") -> Sent | None:
    """A {"text", "cites"} item; inline "[A1]" markers and a leading "S1:" label move from the text to the cites."""
    if isinstance(value, str):
        value = {"text": value, "cites": []}
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        return None
    cites = _ids(value.get("cites"), bare)
    raw = value["text"]
    label = _LEADING_IDS.match(raw)
    if label:
        cites += [i for i in _ids(label.group(1)) if i not in cites]
        raw = raw[label.end():]
    for m in _INLINE_IDS.finditer(raw):
        cites += [i for i in _ids(m.group(1)) if i not in cites]
    text = _INLINE_IDS.sub("", raw).strip()
    fid = value.get("id") if isinstance(value.get("id"), str) and _FACT_ID.fullmatch(value["id"].strip()) else ""
    return Sent(text, tuple(cites), fid.strip().upper()) if text else None


def _sentences(value: Any, bare: str = "") -> tuple[Sent, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(s for s in (sentence(v, bare) for v in value) if s is not None)


def parse_story(obj: dict) -> StoryDraft:
    """A story answer: "facts" (a flat list, the short prompt's shape) or "paragraphs" of sentences; cites are S
    ids (a bare number n is "Sn")."""
    paragraphs = []
    facts = _sentences(obj.get("facts"), "S")
    if facts:
        paragraphs.append(facts)
    raw = obj.get("paragraphs")
    for p in raw if isinstance(raw, list) else []:
        sents = _sentences(p.get("sentences") if isinstance(p, dict) else p, "S")
        if sents:
            paragraphs.append(sents)
    top = sentence(obj.get("top_line"), "S")
    headline = obj.get("headline") if isinstance(obj.get("headline"), str) else ""
    if top is None and not paragraphs:
        raise LLMFailure("invalid_json", "story answer lacks a headline, a top line and paragraphs")
    if all(content_free(s.text) for s in ([top] if top else []) + [x for p in paragraphs for x in p]):
        raise LLMFailure("content_free", "no sentence of the answer says anything (placeholders, fragments)")
    return StoryDraft(headline.strip(), top, tuple(paragraphs), _analysis(obj.get("analysis")))


def _analysis(raw: Any) -> tuple[AnalysisDraft, ...]:
    out = []
    for a in raw if isinstance(raw, list) else []:
        if isinstance(a, dict) and isinstance(a.get("text"), str) and a["text"].strip():
            ids = [m.upper() for v in (a.get("builds_on") or []) if isinstance(v, (str, int))
                   for m in (_FACT_ID.findall(str(v)) or ([f"F{v}"] if str(v).isdigit() else []))]
            out.append(AnalysisDraft(a["text"].strip(), tuple(dict.fromkeys(ids))))
    return tuple(out)


def parse_signals(obj: dict) -> list[SignalDraft]:
    raw = obj.get("signals")
    if not isinstance(raw, list):
        raise LLMFailure("invalid_json", "signals answer lacks a list of signals")
    out = []
    for s in raw:
        if not isinstance(s, dict) or not isinstance(s.get("title"), str):
            continue
        watch = s.get("watch") if isinstance(s.get("watch"), str) else ""
        out.append(SignalDraft(s["title"].strip(), _sentences(s.get("sentences")), tuple(_ids(s.get("stories"))),
                               watch.strip()))
    if out and all(content_free(x.text) for d in out for x in d.sentences):
        raise LLMFailure("content_free", "no signal sentence says anything (placeholders, fragments)")
    return out


def parse_repair(obj: dict) -> dict[int, Sent]:
    raw = obj.get("sentences")
    if not isinstance(raw, list):
        raise LLMFailure("invalid_json", "repair answer lacks a list of sentences")
    out: dict[int, Sent] = {}
    for item in raw:
        if not isinstance(item, dict):
            continue
        try:
            n = int(item.get("n"))
        except (TypeError, ValueError):
            continue
        s = sentence(item)
        if s is not None:
            out[n] = s
    return out
