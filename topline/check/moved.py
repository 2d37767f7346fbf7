"""Reading: a price or amount that the claim MOVES is a measure, not an actor (support38, issue 10 item 6;
``support._subject_problem`` asks here beside ``subjects.measure_subject``).

``subjects.MEASURE_HEADS`` names the measures whose owner, not whose verb, the subject rule judges ("Stellic's shares
dropped 4%"). Bills, fares, tolls, fees, costs and volumes are measures of the same kind, and faithful rows that move
them were rejected as if they were actors that the passage must name: "Bills will rise 9% from April" (eval25's
ka0037), "The car toll rises by 40 cents" (eval19's p0208), "Volumes at the North Quay terminal dropped 11%" and
"Turbine and cable costs have gone up by about 40%" (eval21's t0031, t0206). Added to ``MEASURE_HEADS`` outright, these
heads released eval8's planted r0367 ("The fee will stay even when waiting times fall ...", which only the subject
rule caught): here they are measures only when the claim's first clause moves them, its verb (after auxiliaries and
an adverb) a word of movement up or down (``directions.pole``) or "gone up" / "went down"; then the measure rules
(``measure_told``, ``measure_owner_told``) judge them as any other measure.
"""
from __future__ import annotations

import re

from topline.check.directions import pole

MOVED_HEADS = frozenset("bill bills fare fares toll tolls fee fees cost costs volume volumes".split())
_HEAD_END = re.compile(r"\s(?:of|at|in|on|for|from|to|with|by|using|that|which|who|under|over|across|among)\s",
                       re.IGNORECASE)
_AUX = frozenset("""will would could can may might must should shall has have had is are was were be been being
also still now then further again""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def moved_measure(subj: str, first: str) -> bool:
    """Whether ``subj`` (read from the claim's first clause ``first``) is a bill, fare, toll, fee, cost or volume that
    the clause moves up or down ("Bills will rise 9%", "costs have gone up by about 40%")."""
    head = _HEAD_END.split(f" {subj.strip()} ", maxsplit=1)[0].split()
    if not head or head[-1].lower().strip(",.'’") not in MOVED_HEADS:
        return False
    at = first.find(subj.strip())
    if at < 0:
        return False
    words = [w.lower() for w in _WORD.findall(first[at + len(subj.strip()):])]
    while words and (words[0] in _AUX or words[0].endswith("ly")):
        words = words[1:]
    if not words:
        return False
    if words[0] in ("gone", "went", "go", "goes", "going") and len(words) > 1 and words[1] in ("up", "down"):
        return True
    return bool(pole(words[0]))
