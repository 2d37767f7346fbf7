"""Event verbs with a polarity, for the direction check when no antonym pair is known (support31).

WordNet's direct antonyms (``directions.lexical_opposite``) pair few event verbs: "upheld" and "overturned",
"cleared" and "blocked", "added" and "dropped" are not antonyms there, yet each pair tells one act the other way.
Here a verb is placed on an AXIS by its effect on its object: letting a thing go ahead or stopping it, keeping a
decision or reversing it, putting a thing in or taking it out, keeping to a rule or breaking it, going on with a
thing or ending it, bringing it forward or putting it back, finding someone guilty or clearing them. Two verbs on
the same axis and on opposite sides are opposites for ``directions.opposite``. The table is general English event
verbs (base forms; every inflection derived by ``directions``' morphology), not words of the labelled set.
"""
from __future__ import annotations

import functools
from typing import Callable

# axis: (verbs of one side, verbs of the other side)
AXES: dict[str, tuple[str, str]] = {
    "permission": ("allow permit approve clear authorise authorize license licence greenlight sanction enable",
                   "block ban bar forbid prohibit veto halt outlaw thwart prevent stop"),
    "ruling": ("uphold affirm sustain confirm", "overturn overrule reverse quash annul invalidate revoke rescind "
               "void vacate"),
    "membership": ("add include install", "drop remove exclude eliminate"),
    "compliance": ("follow obey comply heed respect honour honor", "ignore defy breach violate flout disregard"),
    "continuation": ("continue resume restart proceed pursue maintain extend renew", "halt end abandon shelve discontinue "
                     "terminate cancel scrap suspend pause stop"),
    "timing": ("accelerate advance hasten expedite", "delay postpone defer"),
    "verdict": ("convict", "acquit clear exonerate"),
    # a size or amount told at the other end of another scale: "the smallest since 2010" for "the highest" (each
    # scale's own pair, "high"/"low", is ``directions.ROOT_PAIRS``'); "more", "most", "less", "least" left out: bounds
    # ("at least 49", "six weeks or more") rejected faithful rows on the calibration parts
    "magnitude": ("high large big great huge many much", "low small little few tiny"),
}
# irregular forms of the verbs above (the rest are derived)
_IRREGULAR = {"upheld": "uphold", "forbade": "forbid", "forbidden": "forbid", "overrode": "override"}


@functools.lru_cache(maxsize=1)
def _sides(forms: Callable[[str], set[str]]) -> dict[str, frozenset[tuple[str, int]]]:
    out: dict[str, set[tuple[str, int]]] = {}
    for axis, sides in AXES.items():
        for k, verbs in enumerate(sides):
            for root in verbs.split():
                for w in forms(root) | {x for x, base in _IRREGULAR.items() if base == root}:
                    out.setdefault(w, set()).add((axis, k))
    return {w: frozenset(v) for w, v in out.items()}


def polar_opposite(a: str, b: str, forms: Callable[[str], set[str]]) -> bool:
    """Whether two words are verbs on opposite sides of one axis ("upheld"/"overturned", "cleared"/"blocked")."""
    sides = _sides(forms)
    sa, sb = sides.get(a.lower()), sides.get(b.lower())
    if not sa or not sb:
        return False
    return any(x == y and k != j for x, k in sa for y, j in sb)

