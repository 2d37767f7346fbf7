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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_hazard_nouns import closure, read_nouns  # noqa: E402 - the same reading of WordNet

ROOTS = {"craft": "03125870", "rocket": "04099429", "satellite": "04137444"}
LICENCE = Path(__file__).resolve().parents[1] / "topline" / "data" / "antonyms.tsv"


def main(wordnet: Path) -> None:
    syn, _, _, hypo, senses = read_nouns(wordnet)
    first = {}
    for lemma, offsets in senses.items():
        common = [o for o in offsets if lemma in syn.get(o, [])]   # the lemma written in lower case there
        if common:
            first[lemma] = common[0]

    rows = set()
    for kind, root in ROOTS.items():
        sel = closure(hypo, root)
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
