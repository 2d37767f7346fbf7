"""Two words of one meaning, by WordNet (issue 10, support32).

The figure rule (``topline.check.figures``) asks the words around a figure of the sentence and of its source to have
``CONTEXT_SHARED`` in common; a rewrite that says the same with a synonym ("began"/"started", "shut"/"closed",
"hire"/"employ") had one word fewer. ``topline/data/synonyms.tsv`` (written by ``benchmarks/make_synonyms.py`` from
WordNet 3.0, shipped: WordNet is not read at run time) lists the synsets whose lemmas hold them among their most
frequent senses, each lemma with its inflected forms; two words are synonyms here when they stand on one line.
Antonyms and converses never share a line ("rose"/"fell", "bought"/"sold", "exports"/"imports": the generator leaves
out a member the checker's ``directions.opposite`` or ``converse`` opposes to another)."""
from __future__ import annotations

import functools
from importlib import resources

from topline.check.evidence import stem


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[int]]:
    """Stem of every listed form -> the lines (synsets) it stands on."""
    text = resources.files("topline.data").joinpath("synonyms.tsv").read_text(encoding="utf-8")
    out: dict[str, set[int]] = {}
    for n, line in enumerate(ln for ln in text.splitlines() if ln and not ln.startswith("#")):
        for member in line.split("\t")[1:]:
            for form in member.split(","):
                out.setdefault(stem(form), set()).add(n)
    return {s: frozenset(ns) for s, ns in out.items()}


def same_sense(a: str, b: str) -> bool:
    """Whether the stems ``a`` and ``b`` (``evidence.stem``) are forms of two words WordNet puts in one synset."""
    if a == b:
        return False
    groups = _groups()
    return not groups.get(a, frozenset()).isdisjoint(groups.get(b, frozenset()))
