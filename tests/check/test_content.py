"""Content-free sentences (topline.check.content): output cut off mid-clause is never published."""
from __future__ import annotations

import pytest

from topline.check import content_free
from topline.check.content import truncated


@pytest.mark.parametrize("text", [
    "Deputy commissioner Aoife Brennan said companies could not treat public posts as",
    "The regulator fined Vantel 40 million euros with",
    "Shares of Norvan rose after the",
    "Lumos AI signed a deal with Garrick Mutual and",
    "The union said it would",
])
def test_a_sentence_cut_mid_clause_is_content_free(text: str) -> None:
    assert truncated(text)
    assert content_free(text).startswith("placeholder")


@pytest.mark.parametrize("text", [
    "Kaito Semiconductor has delayed Kumamoto chip plant to 2028",      # a headline: no final stop, ends on a figure
    "Halvard AI raises $6.5 billion at $90 billion valuation",
    "Pilots at Sundara Air voted to strike over pay.",
    "The trustees said the deal was one of a kind.",                     # a sentence ending with "a kind."
    "Funding rounds arrive on this page: four developments this week, none the week before",   # a computed title
    "What the council voted for",
    "Shares fell as investors moved in",
])
def test_complete_sentences_and_headlines_are_not_truncated(text: str) -> None:
    assert not truncated(text)
    assert content_free(text) == ""


@pytest.mark.parametrize("text", [
    "Chief Executive Sarah Whitcombe said.",
    "The regulator said on Monday.",
    "Analysts at Morwen Bank added.",
])
def test_a_speaker_with_nothing_said_is_content_free(text: str) -> None:
    assert content_free(text) == "placeholder: a speaker with nothing said"


@pytest.mark.parametrize("text", [
    "Shares of Corlen fell 4% after the deal was announced.",
    "The Montreal publisher will cancel a racing game it had not announced.",
    "Kestrel Aero said no in-flight failures had been reported.",
    "Judge Grace Okafor ruled that the deal would raise prices for shoppers in 14 states.",
    "Cuts were announced.",
    "Prices rose 4%, the company said.",
])
def test_a_sentence_that_reports_something_is_not_bare_speech(text: str) -> None:
    assert "nothing said" not in content_free(text)
