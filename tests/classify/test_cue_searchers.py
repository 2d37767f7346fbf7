"""The kinds' cue phrases searched as their alternatives grouped (issue 14, scale30): one of ``searchers(cue)`` finds
a match in a text exactly when ``re.search(cue, text)`` does, on every kind's cue and on real titles and leads."""
import json
import re
from pathlib import Path

import pytest

from topline.classify.events import KINDS, _CUES, alternatives, article_kinds, searchers
from topline.text import split_sentences

DATA = Path(__file__).resolve().parents[1] / "data"
CORPORA = ("cal-ai", "cal-biotech", "eval-chips", "eval-travel")   # calibration corpora


def test_alternatives_split_only_at_top_level():
    assert alternatives(r"\ba(?:b|c)|[|]x|d[\]|]|(?<!, )e") == [r"\ba(?:b|c)", "[|]x", r"d[\]|]", "(?<!, )e"]
    assert alternatives(r"[]|]a|b") == ["[]|]a", "b"]
    assert alternatives(r"[^]|]a|\|b") == ["[^]|]a", r"\|b"]
    for _, _, cue in KINDS:
        parts = alternatives(cue)
        assert "|".join(parts) == cue
        for p in parts:
            re.compile(p)
            assert not (p.startswith(r"\b") and p[2:3] in "?*+{"), p   # a leading \b is the whole first item


def test_cues_searched_as_grouped_alternatives():
    assert [k for k, _ in _CUES] == [k for k, _, _ in KINDS]
    by_kind = dict(_CUES)
    # the alternatives led by a word boundary are one pattern; each other alone (editorial32's sum before a raise,
    # capex's sum before a site): two patterns, not one that tries a dozen alternatives at every position
    assert len(by_kind["funding"]) == 2 and by_kind["funding"][0].pattern.startswith(r"\b(?:")
    assert len(by_kind["capex"]) == 2
    assert len(by_kind["launch"]) == 1


@pytest.mark.parametrize("text", [
    "Nimbra closes a $40M raise led by Harwell Ventures",                      # funding: a sum before "raise"
    "Lumo raised 1.2bn in fresh capital from sovereign funds",
    "The charity is raising £18,000 for a local hospice",
    "Talvik plans a £8bn AI data centre near Leeds",                          # capex: a sum before a site
    "The agent, launched on Tuesday, could be tricked into leaking keys",      # launch told in passing
    "Orrin Labs launches its new flagship model",
])
def test_same_verdict_as_the_cue(text):
    for (kind, _, cue), (_, pats) in zip(KINDS, _CUES):
        assert bool(re.search(cue, text)) == any(p.search(text) for p in pats), (kind, text)


def test_same_verdict_on_calibration_titles_and_texts():
    texts = []
    for corpus in CORPORA:
        for line in (DATA / corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                title, body = a.get("title") or "", a.get("text") or ""
                texts += [title + " " + " ".join(split_sentences(body)[:2]), title + " " + body]
    assert len(texts) > 400
    for kind, _, cue in KINDS:
        pats, whole = searchers(cue), re.compile(cue)
        assert [any(p.search(t) for p in pats) for t in texts] == [bool(whole.search(t)) for t in texts], kind


def test_article_kinds_reads_the_grouped_cues():
    assert "funding" in article_kinds("Nimbra closes a $40M raise", "The round was led by Harwell Ventures.")
    assert "capex" in article_kinds("Talvik plans a £8bn AI data centre", "Work starts next year.")
    assert "launch" not in article_kinds("A flaw in the agent", "The agent, launched on Tuesday, leaked keys.")
