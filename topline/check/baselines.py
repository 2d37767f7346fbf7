"""Rule: a baseline is not the new value (seventh round of the claim-support check, issue 10).

News prose gives a change with its baseline: "210,000 hectolitres, down from 315,000 hectolitres last year",
"killed 11 rhinos this year, down from 46 in 2024", "fell to 2.9% from 4.1%", "against 2.1% on placebo". The
baseline figure belongs to the earlier time or the other group, not to the subject's current value. A claim that
states such a figure as the current value ("The union estimates this year's harvest at 315,000 hectolitres",
"Poachers killed 46 rhinos this year") has every word and figure in its passage, so coverage and the figure rule
pass it (eval5, calibration since the seventh round).

The rule rejects when EVERY statement of the claim's figure in the cited articles is a baseline (after "from" in a
clause with a movement word and not followed by "to" (a range), "compared with", "against", "versus", "up/down from"), the sentence that states it also
states another figure of the same kind (the new value), and the claim itself marks no baseline (none of
``CLAIM_MARKERS``: "from", "than", "earlier", "last", "previous" ..., nor a year), so a faithful "up from 22% in 2022" or "a year
earlier the list stood at 231,000" is never judged.
"""
from __future__ import annotations

import math
import re
from typing import Sequence

from topline.check.directions import pole
from topline.enrich.figures import extract_figures, placed_figures
from topline.patterns import compiled
from topline.records import Figure

# Words before a figure that make it a baseline in the passage (within BASELINE_REACH tokens, no clause boundary).
BASELINE_WORDS = ("from", "compared with", "compared to", "against", "versus", "vs")
BASELINE_REACH = 3     # tokens between the baseline word and the figure ("from about $360", "against 2.1%")
# Words after a figure that make it the earlier value ("842 million a year earlier", "12 now against 16 a year ago"),
# and the hedges a base may carry after its word ("against some 12 million"): figured.py reads a figure as a base
# with these lists and BASELINE_WORDS (support29: one list of base words for the two rules).
BASELINE_AFTER = ("earlier", "ago", "last year", "a year before", "previously")
BASELINE_HEDGES = ("about", "some", "around", "nearly")
# Words by which a claim gives a figure as a baseline or an earlier value itself: such a claim is not judged.
CLAIM_MARKERS = frozenset("""from than earlier ago previous previously prior last before compared against versus vs
was were had baseline""".split())
_KINDS = ("money", "percent", "quantity", "number")
_WORD = re.compile(r"[A-Za-z]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _same(f: Figure, g: Figure) -> bool:
    if not math.isclose(f.value, g.value, rel_tol=1e-6, abs_tol=1e-9):
        return False
    return (f.kind == g.kind and f.unit == g.unit) or "number" in (f.kind, g.kind)


def _is_baseline(sentence: str, at: int) -> bool:
    """Whether the figure starting at ``at`` in ``sentence`` is a baseline: after a baseline word, not a range."""
    before = sentence[:at].lower()
    before = re.split(r"[,;:(]|\band\b|\bbut\b|\bwhile\b", before)[-1]
    toks = before.split()[-(BASELINE_REACH + 2):]
    tail = " ".join(toks)
    m = next((m for w in BASELINE_WORDS
              for m in [compiled(rf"\b({w})\b((?:\s+\S+){{0,{BASELINE_REACH - 1}}})\s*$").search(tail)] if m), None)
    if m is None or re.search(r"\d|\bto\b", m.group(2)):
        return False           # "from $9 to $14": the figure after "to" is the new value, not the baseline
    hit = m.group(1)
    after = sentence[at:].lower().split()[:4]
    if hit != "from":
        return True
    if "to" in after:
        return False           # "from $25 million to $35 million": a range
    # "from" is a baseline only after a movement ("down from", "has fallen to $285 from"), not a source ("power will
    # come from a 600 MW solar farm")
    return any(w in ("up", "down") or pole(w) for w in _WORD.findall(before))


def _placed(sentence: str) -> list[tuple[Figure, bool]]:
    """The figures of ``sentence`` with whether each is a baseline there."""
    return [(p.figure, _is_baseline(sentence, p.start)) for p in placed_figures(sentence)]


def swapped_problem(claim: str, sentences: Sequence[str]) -> str:
    """The new value and its baseline swapped (eleventh round, eval9's misses): a claim that marks one figure as
    the baseline ("14 million pounds, up from 31 million pounds"; "11% ..., against 14% a year earlier") where a
    cited sentence states the same two figures the other way round ("31 million pounds, up from 14 million
    pounds") and none states them the claim's way. Both figures and both roles must be read in one sentence of
    each side, so a range ("from $9 to $14") or a figure with no baseline beside it is never judged."""
    mine = [(f, b) for f, b in _placed(claim) if f.kind in _KINDS and not f.text.isalpha()]
    for new, nb in mine:
        for base, bb in mine:
            if nb or not bb or new.kind != base.kind or _same(new, base):
                continue
            swapped = straight = False
            for s in sentences:
                placed = _placed(s)
                as_base = {id(g) for g, b in placed if b}
                new_is = [g for g, _ in placed if _same(new, g)]
                base_is = [g for g, _ in placed if _same(base, g)]
                if any(id(g) in as_base for g in new_is) and any(id(g) not in as_base for g in base_is):
                    swapped = True
                if any(id(g) not in as_base for g in new_is) and any(id(g) in as_base for g in base_is):
                    straight = True
            if swapped and not straight:
                return f"figure: {new.text!r} and {base.text!r} are the other way round in the cited passage " \
                       f"(the baseline given as the new value)"
    return ""


def baseline_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a figure of ``claim`` is only a baseline in the cited ``sentences`` ("" when it is not, or unsure)."""
    if {w.lower() for w in _WORD.findall(claim)} & CLAIM_MARKERS or _YEAR.search(claim):
        # the claim gives a baseline or an earlier time itself ("46 rhinos in 2024"): only a swap is judged
        return swapped_problem(claim, sentences)
    for f in extract_figures(claim):
        if f.kind not in _KINDS or f.text.isalpha():
            continue
        seen = baselines = 0
        for s in sentences:
            figs = extract_figures(s)
            cursor = 0
            for g in figs:
                at = s.find(g.text, cursor)
                if at < 0:
                    continue
                cursor = at + len(g.text)
                if not _same(f, g):
                    continue
                seen += 1
                others = [h for h in figs if h is not g and h.kind == g.kind and not _same(f, h)]
                if _is_baseline(s, at) and others:
                    baselines += 1
        if seen and seen == baselines:
            return f"figure: {f.text!r} is the baseline its passage compares with, not the value the sentence " \
                   f"gives it"
    return ""
