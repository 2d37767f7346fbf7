"""Who built or runs the site an incident befell, named in another sentence of its article (issue 12, events18).

Reports of a collapse, a fire or a sinkhole often open with the site alone ("Part of a parking deck under construction
collapsed", "A fire broke out at one of the largest battery storage plants in Arizona") and name its builder or
operator in a later sentence ("was being built by Pellham Brothers Construction", "a 750-megawatt plant operated by
Desertline Power", "The contractor, Vaucresson TP, declined to comment", "Operator Desertline Power said"). The gold
ledgers give that firm as the incident's organisation. ``site_operators`` reads those names once per article;
``extract._incident`` takes the nearest one when its own sentence names no organisation, cited from the sentence that
names it (read on eval-prop, eval-energy, eval-trade, eval-mob, eval-def: the incidents were not found at all).
"""

from __future__ import annotations

import re
from typing import Container, Sequence

from topline.events.clauses import modifier
from topline.events.spans import Span, _gov, actors, names

# The role words of a site's builder or operator.
_ROLE = r"(?:contractor|main contractor|general contractor|builder|operator|owner|developer|manager|shipowner)"
# "operated by (contractor) X", "was being built by X", "owned by the X": the name right after.
_BY = re.compile(
    r"\b(?:operated|owned|run|built|managed|developed|constructed|chartered)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*-[A-Z][\w-]*\s+|(?:site|project|ship's|vessel's|local|regional|private|state-owned)\s+)?"
    rf"(?:[a-z][\w-]*\s+)?(?:{_ROLE}\s+|(?:company|firm|group|carrier|line)\s+)?$",
    re.IGNORECASE,
)
# "The contractor, X," / "Operator X said" / "its operator, X": the role, then the name.
_ROLE_THEN = re.compile(rf"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+|^(?=[A-Z]))(?:{_ROLE})\s*,?\s+$", re.IGNORECASE)
# "X, the builder," / "X, the site's operator,": the name, then the role.
_THEN_ROLE = re.compile(
    rf"^\s*,\s+(?:the|its)\s+(?:site's\s+|plant's\s+|project's\s+|ship's\s+)?{_ROLE}\b", re.IGNORECASE
)


# A compound adjective of origin before a common noun and a name ("Greek-Cypriot shipowner Kalliston Maritime").
_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+\s+[a-z][\w-]*\s+[A-Z]")


def _operator_in(s: str, spans: Sequence[Span]) -> Span | None:
    """The first name ``s`` gives as a site's builder or operator, or None."""
    for x in actors(spans, s):
        # "Swiss-Italian carrier Castora Line": the carrier is the name
        if _gov(x.text) or modifier(s, x) or _ADJECTIVE.match(s, x.start):
            continue
        if _BY.search(s[: x.start]) or _ROLE_THEN.search(s[: x.start]) or _THEN_ROLE.match(s[x.end :]):
            return x
    return None


def site_operators(sentences: Sequence[str], common: Container[str]) -> tuple[tuple[int, str, str], ...]:
    """Each sentence of an article that names a site's builder or operator: (its index, the name, the sentence)."""
    out = []
    for i, s in enumerate(sentences):
        x = _operator_in(s, names(s, common))  # type: ignore[arg-type]  # membership only
        if x is not None:
            out.append((i, x.text, s))
    return tuple(out)


class SiteOperators:
    """``site_operators(sentences, common)`` of one article, computed when an incident first asks for it (issue 14,
    scale18: it read every sentence's actors for every article the ledger reads, and only an incident whose own
    sentence names no organisation asks; the same value, a pure function of the article's sentences)."""

    __slots__ = ("_sentences", "_common", "_value")

    def __init__(self, sentences: Sequence[str], common: Container[str]):
        self._sentences, self._common = tuple(sentences), common
        self._value: tuple[tuple[int, str, str], ...] | None = None

    def value(self) -> tuple[tuple[int, str, str], ...]:
        if self._value is None:
            self._value = site_operators(self._sentences, self._common)
        return self._value


def nearest_operator(operators: Sequence[tuple[int, str, str]] | SiteOperators, at: int) -> tuple[str, str] | None:
    """The operator named nearest the sentence ``at`` (an earlier one on a tie): (name, its sentence)."""
    if isinstance(operators, SiteOperators):
        operators = operators.value()
    if not operators:
        return None
    i, name, s = min(operators, key=lambda o: (abs(o[0] - at), o[0] > at))
    return name, s
