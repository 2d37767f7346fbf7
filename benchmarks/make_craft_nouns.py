"""Writes topline/data/craft.tsv: the nouns WordNet 3.0 files under craft, rockets and artificial satellites (issue 12,
events29), read once at development time from Debian's ``wordnet-base`` (``/usr/share/wordnet``), as
``make_hazard_nouns.py`` wrote ``hazards.tsv``; nothing is read from WordNet at run time.

A lemma is kept when its most frequent common-noun sense (the first in ``index.noun`` whose synset writes the lemma in
lower case: "Lander", a town, gives way to "lander", a space vehicle) is a synset under one of the roots below
(hyponyms followed through "@" and "@i" pointers): a craft (a vehicle for navigation in or on water or air or through
outer space: ships, aircraft, spacecraft), a rocket (and a missile), an artificial satellite. These are the things a
launch flies and an operator loses. Usage: ``python benchmarks/make_craft_nouns.py [WORDNET_DIR]``."""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOTS = {"craft": "03125870", "rocket": "04099429", "satellite": "04137444"}
LICENCE = Path(__file__).resolve().parents[1] / "topline" / "data" / "antonyms.tsv"


def main(wordnet: Path) -> None:
    syn: dict[str, list[str]] = {}
    hyper: dict[str, list[str]] = defaultdict(list)
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.partition(" | ")[0].split()
        n = int(p[3], 16)
        syn[p[0]] = [p[4 + 2 * i] for i in range(n)]   # as written: a proper name keeps its capital
        i = 4 + 2 * n
        for _ in range(int(p[i])):
            if p[i + 1] in ("@", "@i") and p[i + 3] == "n":
                hyper[p[0]].append(p[i + 2])
            i += 4
    hypo: dict[str, list[str]] = defaultdict(list)
    for o, hs in hyper.items():
        for h in hs:
            hypo[h].append(o)
    first = {}
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            p = line.split()
            senses = p[-int(p[2]):]
            common = [o for o in senses if p[0] in syn.get(o, [])]   # the lemma written in lower case there
            if common:
                first[p[0]] = common[0]

    def closure(o: str) -> set[str]:
        out, todo = set(), [o]
        while todo:
            x = todo.pop()
            if x not in out:
                out.add(x)
                todo += hypo[x]
        return out

    rows = set()
    for kind, root in ROOTS.items():
        sel = closure(root)
        for o in sel:
            for lemma in syn[o]:
                if lemma != lemma.lower() or "'" in lemma or "(" in lemma:
                    continue
                if first.get(lemma) in sel:
                    rows.add((lemma.replace("_", " "), kind))
    header = [ln for ln in LICENCE.read_text(encoding="utf-8").splitlines() if ln.startswith("#")][2:]
    out = ["# Nouns of craft, rockets and artificial satellites read from WordNet 3.0 (Princeton University: data.noun,",
           "# index.noun), written by benchmarks/make_craft_nouns.py: a lemma whose first common-noun sense lies under",
           "# the root's synset, and that root.",
           *header, *(f"{a}\t{b}" for a, b in sorted(rows))]
    (LICENCE.parent / "craft.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
