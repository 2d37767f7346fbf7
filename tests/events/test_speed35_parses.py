"""speed35 (issue 14): the ledger's readings that parse a sentence share one parse of it (``events/parses.py``), and
``state_acts.firms_act`` is decided before the parse when no firm noun stands in the sentence (``may_name_firm``).
Sentences written for these tests; ``test_the_firm_gate_never_refuses_a_firm_subject`` reads the calibration
corpora's own sentences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from topline.check import parse
from topline.events import agency, parses, results, state_acts
from topline.events.spans import Raw

needs_parse = pytest.mark.skipif(not parse.available(), reason="the [parse] extra is not installed")
DATA = Path(__file__).resolve().parents[1] / "data"
SENTENCES_PER_CORPUS = 150   # the first sentences of each corpus read by the gate's test (its time: ~10 s idle)


class _Counting:
    """The pipeline, counting the texts it parses."""

    def __init__(self, nlp):  # noqa: ANN001
        self.nlp, self.texts = nlp, []

    def __call__(self, s: str):  # noqa: ANN204
        self.texts.append(s)
        return self.nlp(s)


@needs_parse
def test_two_readings_of_one_sentence_parse_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(parse._nlp())
    monkeypatch.setattr(parse, "_nlp", lambda: counting)
    parses.parsed.cache_clear()
    s = "Velmora Insurance said on Tuesday its combined ratio worsened to 104.2% from 93.8% after the storms."
    a = results._parsed(s)                 # the results reading
    b = agency._doc(counting, s)           # the acts of state's
    from topline.events.attackers import _opening
    c = _opening(counting, s)              # a sentence's opening word's
    assert counting.texts == [s] and a is b is c
    # the parse each reading reads is the pipeline's own
    assert [(t.text, t.pos_, t.dep_, t.head.i, t.lemma_) for t in a] == \
        [(t.text, t.pos_, t.dep_, t.head.i, t.lemma_) for t in counting.nlp(s)]
    parses.parsed.cache_clear()


def _action(word: str) -> Raw:
    return Raw("state_action", (("body", "tribunal", "tribunal"), ("action", "fine", word)), "tribunal|fine")


@needs_parse
def test_a_firm_told_in_common_words_still_acts() -> None:
    s = ("The tribunal found that the company controlled the couriers' work and penalised them for refusing "
         "orders.")
    assert state_acts.may_name_firm(s)
    assert state_acts.firms_act(s, _action("penalised"))


@pytest.mark.parametrize("s", [
    "The Competition Tribunal fined Harlow Freight 12 million rand on Tuesday.",
    "LISBON, March 3 (Reuters) - Portugal's regulator banned short selling of two lenders' shares.",
])
def test_no_firm_noun_is_not_parsed(monkeypatch: pytest.MonkeyPatch, s: str) -> None:
    def no_parse(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("parsed")

    monkeypatch.setattr(state_acts, "_doc", no_parse)
    assert not state_acts.may_name_firm(s)
    assert not state_acts.firms_act(s, _action("fined" if "fined" in s else "banned"))


def test_the_gate_is_a_substring_test() -> None:
    assert state_acts.may_name_firm("THE COMPANY'S DRIVERS WERE PENALISED")
    assert state_acts.may_name_firm("Its operators were fined.")
    assert not state_acts.may_name_firm("The Senate fined the senator.")


def _sentences(limit_per_corpus: int) -> list[str]:
    from topline.events.extract import article_sentences
    from topline.records import Article
    out = []
    for d in sorted(DATA.iterdir()):
        f = d / "articles.jsonl"
        if not f.is_file():
            continue
        n = 0
        for line in f.open(encoding="utf-8"):
            row = json.loads(line)
            for s in article_sentences(Article(url=row.get("url", ""), title=row.get("title", ""),
                                               text=row.get("text", "") or row.get("summary", ""))):
                if n < limit_per_corpus:
                    out.append(s)
                    n += 1
    return out


@needs_parse
def test_the_firm_gate_never_refuses_a_firm_subject() -> None:
    """Every sentence of the calibration corpora that an action word's rule reads (``_state_action`` gives an act of
    one word, what ``firms_act`` is asked about): each token the parse gives whose lower-cased text is a firm noun
    (the only subject ``firms_act`` accepts) is in a sentence the gate passes, and ``firms_act`` answers the same
    with the gate as with the parse alone."""
    from topline.events.spans import figures, names
    from topline.events.state_action import _state_action
    nlp = parse._nlp()
    asked = 0
    for s in _sentences(SENTENCES_PER_CORPUS):
        raw = _state_action(s, names(s, frozenset()), figures(s), None)
        word = next((t for n, _, t in raw.fields if n == "action"), "") if raw else ""
        if not word or " " in word:
            continue
        asked += 1
        firm_tokens = [t for t in nlp(s) if t.lower_ in state_acts._FIRM_NOUNS]
        assert not firm_tokens or state_acts.may_name_firm(s), s
        if not state_acts.may_name_firm(s):
            assert not _ungated_firms_act(s, raw), s
    assert asked >= 50


def _ungated_firms_act(s: str, raw: Raw) -> bool:
    real = state_acts.may_name_firm
    try:
        state_acts.may_name_firm = lambda _s: True
        return state_acts.firms_act(s, raw)
    finally:
        state_acts.may_name_firm = real
