""""X called the fine too small" says what "X said the fine was too small" says (issue 10, branch support41).

The role frames (``roles.role_problem``) look for the claim's agent with the claim's verb, or a verb of the same
meaning, in the cited sentences. News prose reports a judgement with "called" and an object complement ("A customer
group called the fine too small", "The Varnstad exchange called the decision disappointing"), and a faithful
paraphrase tells it with "said" and a clause ("A customer group said the fine was too small": eval29's kf0013,
eval28's ke0252); the frame rule found no "said" of that agent and rejected the sentence for who acts.

``as_said(sentence)`` rewrites such a "called" to "said": "called" (or "calls") followed by a determiner or a pronoun
that opens its object ("the", "its", "their", "this", "it", "them", ...). "called for", "called on", "called off",
"called in", "called up", "called X to" and a name after "called" ("a company called Zentrox") are left alone. The frame
rule reads the rewritten sentences only for a claim verb of speech ("said") whose agent it did not find: who said it
is still compared, and what was said is the other rules' business (the lexical share, opposites, negation).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

_CALLED = re.compile(r"\b(called|calls)\s+(?=(?:the|its|their|his|her|this|that|these|those|it|them|a|an)\b"
                     r"(?![^,.;]*\bto\s+[a-z]+\b))")
_SAID = frozenset({"said", "says", "say"})


def as_said(sentence: str) -> str:
    """``sentence`` with a "called" of judgement rewritten to "said" (see the module)."""
    return _CALLED.sub(lambda m: "said " if m.group(1) == "called" else "says ", sentence)


def called_as_said(verb: str, sentences: Sequence[str], reading: Callable[[list[str]], str]) -> bool:
    """Whether ``reading`` (the frame rule's, on a list of cited sentences) passes once the sentences' "called" of
    judgement is read as "said", for a claim verb of speech ``verb``."""
    if verb not in _SAID:
        return False
    rewritten = [as_said(s) for s in sentences]
    return rewritten != list(sentences) and not reading(rewritten)
