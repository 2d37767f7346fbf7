"""Writes topline/data/hazards.tsv: the nouns WordNet 3.0 files under natural hazards (issue 12, events28), read once at
development time from Debian's ``wordnet-base`` (``/usr/share/wordnet``), as ``antonyms.tsv`` was; nothing is read
from WordNet at run time.

A lemma is kept when its most frequent noun sense (the first in ``index.noun``) is a synset under one of the roots
below (hyponyms followed through "@" and "@i" pointers): a flood, an earthquake, a storm, a drought, a heat or cold
wave, a tsunami, an avalanche, a volcanic eruption, or a fire out of control (the fire synset's hyponyms whose gloss,
or an ancestor's below "fire", says "uncontrolled" or "raging": forest fire, wildfire, not bonfire or campfire).
Proper names ("Noah's flood") are left out. Usage: ``python benchmarks/make_hazard_nouns.py [WORDNET_DIR]``."""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOTS = {"flood": "11454591", "earthquake": "07428954", "storm": "11462526", "drought": "14537054",
         "heat wave": "11472612", "cold wave": "11439924", "tsunami": "07349299", "avalanche": "07405137",
         "eruption": "07436475", "fire": "07302836"}
LICENCE = Path(__file__).resolve().parents[1] / "topline" / "data" / "antonyms.tsv"


def read_nouns(wordnet: Path) -> tuple[dict[str, list[str]], dict[str, str], dict[str, list[str]],
                                       dict[str, list[str]], dict[str, list[str]]]:
    """WordNet's nouns: each synset's lemmas as written, its gloss, its hypernyms and hyponyms ("@" and "@i"
    pointers), and each lemma's senses in ``index.noun`` order (most frequent first). Shared with
    ``make_craft_nouns.py``."""
    syn: dict[str, list[str]] = {}
    gloss: dict[str, str] = {}
    hyper: dict[str, list[str]] = defaultdict(list)
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head, _, g = line.partition(" | ")
        p = head.split()
        n = int(p[3], 16)
        syn[p[0]] = [p[4 + 2 * i] for i in range(n)]
        gloss[p[0]] = g
        i = 4 + 2 * n
        for _ in range(int(p[i])):
            if p[i + 1] in ("@", "@i") and p[i + 3] == "n":   # pointer: symbol, offset, part of speech, source/target
                hyper[p[0]].append(p[i + 2])
            i += 4
    hypo: dict[str, list[str]] = defaultdict(list)
    for o, hs in hyper.items():
        for h in hs:
            hypo[h].append(o)
    senses = {}
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            p = line.split()
            senses[p[0]] = p[-int(p[2]):]
    return syn, gloss, hyper, hypo, senses


def closure(hypo: dict[str, list[str]], o: str) -> set[str]:
    """The synset ``o`` and every hyponym below it."""
    out, todo = set(), [o]
    while todo:
        x = todo.pop()
        if x not in out:
            out.add(x)
            todo += hypo[x]
    return out


def main(wordnet: Path) -> None:
    written, gloss, hyper, hypo, senses = read_nouns(wordnet)
    syn = {o: [lemma.lower() for lemma in lemmas] for o, lemmas in written.items()}
    first = {lemma: offsets[0] for lemma, offsets in senses.items()}

    def wild(o: str) -> bool:
        while o != ROOTS["fire"]:
            if "uncontrolled" in gloss[o] or "raging" in gloss[o]:
                return True
            o = hyper[o][0]
        return False

    rows = set()
    for kind, root in ROOTS.items():
        sel = closure(hypo, root)
        if kind == "fire":
            sel = {o for o in sel if o == root or wild(o)}
        for o in sel:
            for lemma in syn[o]:
                if "'" in lemma or lemma.startswith(("the_", "noah")) or "(" in lemma:
                    continue
                if first.get(lemma) in sel:
                    rows.add((lemma.replace("_", " "), kind))
    header = [ln for ln in LICENCE.read_text(encoding="utf-8").splitlines() if ln.startswith("#")][2:]
    out = ["# Nouns of natural hazards read from WordNet 3.0 (Princeton University: data.noun, index.noun), written by",
           "# benchmarks/make_hazard_nouns.py: a lemma whose first noun sense lies under a hazard's synset, and that hazard.",
           *header, *(f"{a}\t{b}" for a, b in sorted(rows))]
    (LICENCE.parent / "hazards.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
