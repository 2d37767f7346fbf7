"""Issue 14 (scale23): the checker's repeated work removed without changing a verdict. The articles and sentences are
written for this file.

* ``references.references_reject`` reads the articles' references only for a claim part with a frame whose agent is
  named and direct (the only frames its rejection reads); it answers as the reading of every part did;
* ``directions.opposite`` is kept per pair of words (a pure function of two strings): cached and computed agree;
* ``references._descriptions`` finds a description after a name by the name as a literal and one tail pattern
  compiled once, and the one before it by a pattern kept per name: the matches the inline patterns gave.
"""
from __future__ import annotations

import re
from typing import Sequence

from tests.check.helpers import article
from topline.check import doc_for
from topline.check import directions, references
from topline.check.acts import frame_problem
from topline.check.evidence import Doc, stem
from topline.check.references import (_APPOSITION, _AGENT_WHY, _WHY_VERB, _named_in_another_role, article_references,
                                      resolve_claim, resolved_doc)

MILL = article(
    url="https://www.fenlandledger.example/orrin-mill-sale", source="Fenland Ledger",
    title="Orrin Milling to sell flour plant",
    text="Orrin Milling, a family-owned miller based in Ely, reported a fall in yearly profit on Monday. The "
         "company has agreed to sell its Wisbech plant to Castellan Foods for 35 million pounds. Castellan said "
         "the plant would keep its 120 workers. It expects the sale to close in March.")

FERRY = article(
    url="https://www.islandcourier.example/skerra-ferry-route", source="Island Courier",
    title="New ferry route for Skerra",
    text="Skerra Council approved a ferry route to the mainland on Thursday. The operator, Brannock Lines, will run "
         "two crossings a day from May. Fares will be set at 12 pounds for adults.")

CLAIMS = (
    "Orrin Milling has agreed to sell its Wisbech plant to Castellan Foods.",
    "Castellan Foods has agreed to sell its Wisbech plant to Orrin Milling.",
    "The company has agreed to sell its Wisbech plant for 35 million pounds.",
    "The miller reported a fall in yearly profit.",
    "Profit fell at the miller. It expects the sale to close in March.",
    "Skerra Council approved a ferry route to the mainland.",
    "Brannock Lines approved a ferry route to the mainland.",
    "Fares will be set at 12 pounds for adults.",
    "Two crossings a day will run from May.",
)


def _every_part(claim: str, docs: Sequence[Doc], reading) -> str:  # noqa: ANN001
    """``references_reject`` as it was before scale23: every part of the claim read against the rewritten articles."""
    rdocs = [resolved_doc(d) for d in docs]
    parts = resolve_claim(claim, [a for d in docs for a in article_references(d.sentences).actors])
    if rdocs == list(docs) and parts == [claim]:
        return ""
    sentences = [x for d in rdocs for x in d.sentences]
    for c in parts:
        c = _APPOSITION.sub("", c)
        why = reading(c, rdocs)
        verb = _WHY_VERB.search(why)
        if _AGENT_WHY.match(why) and verb and _named_in_another_role(c, verb.group(1), sentences):
            return why
    return ""


def test_references_reject_answers_as_every_part_read():
    rejected = 0
    for docs in ([doc_for(MILL)], [doc_for(FERRY)], [doc_for(MILL), doc_for(FERRY)]):
        for claim in CLAIMS:
            got = references.references_reject(claim, docs, frame_problem)
            assert got == _every_part(claim, docs, frame_problem), claim
            rejected += bool(got)
    assert rejected >= 1   # the swapped sale is rejected by the reading with references (support27's rule)


def test_references_are_read_only_for_a_named_direct_agent():
    calls: list[str] = []

    def reading(claim: str, docs: Sequence[Doc]) -> str:
        calls.append(claim)
        return frame_problem(claim, docs)

    docs = [doc_for(MILL)]
    # no frame of the claim names its agent ("Fares will be set", a description): nothing to read
    assert references.references_reject("Fares will be set at 12 pounds for adults.", docs, reading) == ""
    assert references.references_reject("The plant would keep its 120 workers.", docs, reading) == ""
    assert calls == []
    # a description the article ties to a name ("The miller" is Orrin Milling): a named agent once read, so read
    references.references_reject("The miller reported a fall in yearly profit.", docs, reading)
    assert calls == ["Orrin Milling reported a fall in yearly profit."]


PAIRS = [("rose", "fell"), ("widened", "narrowed"), ("wettest", "driest"), ("western", "eastern"),
         ("outperformed", "underperformed"), ("changed", "unchanged"), ("agree", "disagree"), ("Cheaper", "pricier"),
         ("approved", "rejected"), ("bought", "sold"), ("rose", "rose"), ("a", "b"), ("reopened", "closed"),
         ("inflation", "deflation"), ("onshore", "offshore"), ("harbour", "ferry"), ("led", "trailed"),
         ("strengthened", "weakened"), ("unable", "able"), ("the", "not")]


def test_opposite_cached_answers_as_computed():
    directions.opposite.cache_clear()
    computed = [directions.opposite.__wrapped__(a, b) for a, b in PAIRS]
    assert any(computed) and not all(computed)
    assert [directions.opposite(a, b) for a, b in PAIRS] == computed      # first asks: computed and kept
    assert [directions.opposite(a, b) for a, b in PAIRS] == computed      # asked again: from the cache
    assert directions.opposite.cache_info().hits >= len(PAIRS)
    assert [directions.opposite(b, a) for a, b in PAIRS] == [directions.opposite.__wrapped__(b, a) for a, b in PAIRS]


def _patterns_as_written(name: str) -> tuple[str, str, str]:
    """The three description patterns of ``name`` as ``_descriptions`` wrote them inline before scale23."""
    n, k = re.escape(name), references.MAX_DESCRIPTION_WORDS
    return (rf"\b{n}(?:['’]s)?,\s+(?:(?:a|an|the)\s+((?:[\w-]+\s+){{0,{k}}}?[a-z][\w-]*)"
            rf"(?=\s*(?:,|\.|$|\s+(?:that|which|who|whose|based|in|of|with|from|for|founded|whose)\b))|"
            rf"(?:based|headquartered)\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))",
            rf"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Pp]artner|,)\s+)((?:[a-z][\w-]*\s+){{0,{k}}}?"
            rf"[a-z][\w-]*)\s+{n}\b|^((?:[A-Z][a-z-]+)(?:\s+[a-z][\w-]*){{0,{k}}})\s+{n}\b",
            rf"\b{n}\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,{k}}}?[a-z][\w-]*)"
            rf"(?=\s*(?:,|\.|$|\s+(?:that|which|who|whose|based|in|of|with|from|for)\b))")


DESCRIBED = [
    ("Orrin Milling, a family-owned miller, reported a loss; Orrin Milling is a private firm.", "Orrin Milling"),
    ("Castellan, based in Leeds, said Castellan's, the buyer, would pay.", "Castellan"),
    ("The miller Orrin Milling said the grain group Orrin Milling is a family business.", "Orrin Milling"),
    ("NeoCastellan, a rival, and Castellan, a buyer, bid.", "Castellan"),      # inside a longer word: no boundary
    ("AAA, a firm, and AA, a fund, and AA is a trust.", "AA"),                # overlapping occurrences
    ("S&P Global, an index provider, said S&P Global was the owner.", "S&P Global"),
    ("& Sons, a brand, sold & Sons is a shop.", "& Sons"),                    # a name opening with no word character
    ("Dr. Vance (UK), a surgeon, left.", "Dr. Vance (UK)"),
    ("Skerra Council approved a route.", "Skerra Council"),
]


def test_descriptions_match_as_the_inline_patterns_did():
    for sentence, name in DESCRIBED:
        after, before, copula = (re.compile(p) for p in _patterns_as_written(name))
        assert [m.groups() for m in references._after_name(references._APPOSITION_AFTER, sentence, name)] == \
            [m.groups() for m in after.finditer(sentence)], sentence
        assert [m.groups() for m in references._after_name(references._COPULA_AFTER, sentence, name)] == \
            [m.groups() for m in copula.finditer(sentence)], sentence
        assert references._description_before(name).pattern == before.pattern
        assert references._description_before(name) is references._description_before(name)   # compiled once
    found = references._descriptions("Orrin Milling, a family-owned miller, reported a loss.", "Orrin Milling")
    assert found == ({stem("family"), stem("miller")}, {stem("miller")})
    assert references._descriptions("Castellan, based in Leeds, said so.", "Castellan") == ({stem("leeds")}, set())
