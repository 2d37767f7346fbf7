"""Writes topline/data/synonyms.tsv: words WordNet 3.0 puts in one synset, read once at development time from Debian's
``wordnet-base`` (``/usr/share/wordnet``), as ``antonyms.tsv`` and ``hazards.tsv`` were; nothing is read from WordNet
at run time (issue 10, support32).

One line per synset of verbs, nouns and adjectives with at least two single-word lemmas that hold it among their
``SENSES`` most frequent senses (the order of ``index.*``: WordNet's tagged-corpus counts; a sense the tagged corpus
never saw is left out, and with it rare words: "tyro", "tiro"), the line's words being
those lemmas and their inflected forms (regular endings, and the irregular forms of ``*.exc``: "grew", "began",
"sold"). A rare sense leaves the line: "grow" and "rise" share only their sixth sense ("originate"), so they are
not one word here, nor are "make" and "build" (the seventeenth sense of "make"). Two members that are antonyms or
converses for the checker (``topline.check.directions.opposite`` / ``converse``) never share a line.
Usage: ``python benchmarks/make_synonyms.py [WORDNET_DIR]``."""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SENSES = 2          # a lemma joins a synset among its first SENSES senses. support32, the 26 LOPO parts' rows the
                    # figure rule rejects, before the tagged-corpus filter: at 1 four faithful rows cleared, at 2 five,
                    # no error passed; at 3 six, and five planted errors passed; every sense 16 and 11
POS = {"verb": "v", "noun": "n", "adj": "a"}
LICENCE = ROOT / "topline" / "data" / "antonyms.tsv"
_ALPHA = re.compile(r"^[a-z]{3,}$")


def _regular(lemma: str, pos: str, irregular: set[str]) -> set[str]:
    """The regular inflections of ``lemma`` (a verb with irregular forms has those for its past; an over-generated
    form, "permited" beside "permitted", is harmless: a word no writer uses)."""
    out = {lemma}
    if pos == "n" and lemma.endswith("s"):
        pass
    elif pos == "v" and irregular:
        out |= {lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s"),
                (lemma[:-1] if lemma.endswith("e") else lemma) + "ing"}
    elif pos == "n":
        out |= {lemma[:-1] + "ies"} if re.search(r"[^aeiou]y$", lemma) else \
            {lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")}
    elif pos == "v":
        if lemma.endswith("e"):
            out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        elif re.search(r"[^aeiou]y$", lemma):
            out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        else:
            out |= {lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s"), lemma + "ed",
                    lemma + "ing"}
            if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):          # stop -> stopped
                out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    elif pos == "a" and len(lemma) <= 6:                                     # short adjectives compare with -er
        base = lemma[:-1] if lemma.endswith("e") else lemma[:-1] + "i" if lemma.endswith("y") else lemma
        out |= {base + "er", base + "est"} if not lemma.endswith("e") else {lemma + "r", lemma + "st"}
    return out


def read(wordnet: Path, senses: int = SENSES) -> list[tuple[str, tuple[str, ...]]]:
    """(part of speech, each member lemma's forms comma-joined) per synset kept, a repeated line once."""
    from topline.check.directions import converse, opposite
    groups = []
    for name, pos in POS.items():
        lemmas: dict[str, list[str]] = {}
        for line in (wordnet / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            p = line.split(" | ")[0].split()
            lemmas[p[0]] = [re.sub(r"\(.*\)$", "", p[4 + 2 * i]).lower() for i in range(int(p[3], 16))]
        first: dict[str, set[str]] = {}          # synset -> lemmas holding it among their first senses
        for line in (wordnet / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            p = line.split()
            tagged = int(p[-int(p[2]) - 1])     # senses seen in WordNet's tagged corpus (the first ones)
            if _ALPHA.match(p[0]):
                for o in p[-int(p[2]):][:min(senses, tagged)]:
                    first.setdefault(o, set()).add(p[0])
        irregular: dict[str, set[str]] = {}
        for line in (wordnet / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            for b in bases:
                if _ALPHA.match(form):
                    irregular.setdefault(b, set()).add(form)
        for o, members in first.items():
            kept = sorted(w for w in members if w in lemmas[o])
            clean: list[str] = []
            for w in kept:          # never an antonym or converse of a member already in
                if not any(opposite(w, x) or converse(w, x) for x in clean):
                    clean.append(w)
            if len(clean) >= 2:
                groups.append((pos, tuple(",".join(sorted(_regular(w, pos, irregular.get(w, set())) |
                                                          irregular.get(w, set()), key=lambda x: (x != w, x)))
                                          for w in clean)))
    return sorted(set(groups))


def main(wordnet: Path) -> None:
    header = [ln for ln in LICENCE.read_text(encoding="utf-8").splitlines() if ln.startswith("#")][2:]
    out = ["# Synonyms read from WordNet 3.0 (Princeton University: data.*, index.*, *.exc), written by",
           f"# benchmarks/make_synonyms.py: one synset per line (verbs v, nouns n, adjectives a) whose lemmas hold it among "
           f"their first {SENSES} senses;",
           "# each lemma's forms comma-separated, lemmas tab-separated.", *header,
           *(pos + "\t" + "\t".join(members) for pos, members in read(wordnet))]
    (ROOT / "topline" / "data" / "synonyms.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
