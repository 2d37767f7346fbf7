"""An independent, deliberately simple check that a written sentence comes from its sources (issue 15).

It shares no code with topline's citation checker, so a test that uses it does not grade the checker with itself:
every number of the sentence (outlet names such as "France 24" and the writer's own dates such as "1 July" left
out) must appear in an article the sentence cites, and an outlet the sentence names in an attribution ("according
to X", "per X", "X reports that", "X puts the ...") must be cited, unless a cited article itself says so.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

from topline.records import Article, Citation

ATTRIBUTION = re.compile(r"according to ([A-Z][\w.' ]+?)[.,]|per ([A-Z][\w.' ]+?)[.,]|([A-Z][\w.' ]+?) reports that"
                         r"|([A-Z][\w.' ]+?) puts (?:the|it)")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DATE = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
                   r"|December)\b")


def numbers(text: str) -> set[str]:
    """Numbers of a text, normalised ("1,200" -> "1200", "2.50" -> "2.5")."""
    out = set()
    for n in _NUMBER.findall(_DATE.sub(" ", text)):
        n = n.replace(",", "")
        out.add(n.rstrip("0").rstrip(".") if "." in n else n)
    return out


def problems(sentence: str, cites: Sequence[Citation], articles: Mapping[str, Article],
             outlets: Iterable[str]) -> list[str]:
    """What in ``sentence`` its cited articles do not carry (empty when it is sourced). ``outlets``: every
    outlet name of the corpus (an attribution to a name that is not an outlet, e.g. a bank, is a quote)."""
    known = set(outlets)
    sources = [articles[c.url] for c in cites if c.url in articles]
    if not sources:
        return ["no cited article"]
    out = []
    bare = sentence
    for o in sorted(known, key=len, reverse=True):
        bare = bare.replace(o, " ")
    cited_numbers = set().union(*(numbers(f"{a.title}\n{a.text}") for a in sources))
    out += [f"number {n} is in no cited article" for n in sorted(numbers(bare) - cited_numbers)]
    cited_outlets = {a.source for a in sources}
    for m in ATTRIBUTION.finditer(sentence):
        named = next(g for g in m.groups() if g)
        if named in known and named not in cited_outlets and not any(m.group(0).rstrip(".,") in a.text
                                                                      for a in sources):
            out.append(f"names {named} but cites {sorted(cited_outlets)}")
    return out
