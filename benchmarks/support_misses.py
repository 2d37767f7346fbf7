"""The planted and SmolLM2 errors the claim-support check lets through, as a table (support46, issue 10).

    PYTHONPATH=. python benchmarks/support_misses.py OUT.tsv [--shard K/N]

For every unsupported row of the LOPO parts (``bench_support.LOPO_PARTS``) the checker accepts: part, id, kind of
error, origin, the group of what the checker would have to read to reject it (``group``), the sentence, the cited
sentence nearest to it (the one sharing most content words) and the passage the checker chose. With ``--shard K/N``
only every N-th row from the K-th is checked (to split the run over two processes; concatenate the outputs).

The groups are read by word tests, not by hand: a word opposite to one of the nearest cited sentence with no frame
in common, a negation on one side only, a direction by meaning; an actor whose names are all in the cited articles
(roles swapped) or not; a figure stated in the cited articles for another quantity, a quantity in words, a figure
computed or changed. They sort the misses; they are no verdict.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSAGE_CHARS = 300   # the chosen passage is cut to this length in the table
_WORD = re.compile(r"[A-Za-z][\w'-]*|\d[\d,.]*")
_NEG = re.compile(r"\b(?:not|no|never|none|without|n't|cannot)\b|n't\b", re.IGNORECASE)


def nearest(sentence: str, sentences: list[str]) -> str:
    """The cited sentence sharing most words with ``sentence``."""
    mine = {w.lower() for w in _WORD.findall(sentence)}
    return max(sentences, key=lambda s: len(mine & {w.lower() for w in _WORD.findall(s)}), default="")


def group(sentence: str, kind: str, sentences: list[str]) -> str:
    """What the checker would have to read to reject ``sentence`` (see the module docstring)."""
    from topline.check.directions import opposite
    from topline.check.placed import placed_problem
    from topline.enrich.figures import extract_figures
    if placed_problem(sentence, sentences):
        return "placed: an opposite, a share, a route or a unit in the cited sentence's frame"
    near = nearest(sentence, sentences)
    if kind == "wrong_direction":
        mine = {w.lower() for w in _WORD.findall(sentence)}
        theirs = {w.lower() for w in _WORD.findall(near)}
        if any(opposite(x, y) for x in mine - theirs for y in theirs - mine):
            return "direction: an opposite word in the nearest cited sentence, in no shared frame"
        if bool(_NEG.search(sentence)) != bool(_NEG.search(near)):
            return "direction: a negation or scope on one side only"
        return "direction: by meaning (no antonym pair, a paraphrase of the opposite)"
    if kind == "wrong_actor":
        text = " ".join(sentences).lower()
        names = [m.group(0) for m in re.finditer(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", sentence)
                 if m.start() > 0 or m.group(0).split()[0].lower() not in ("the", "a", "an")]
        if names and all(n.lower().rstrip("'s") in text for n in names):
            return "actor: every name in the cited articles (who did what to whom, speaker, owner)"
        return "actor: a description or a name the cited articles do not have"
    if kind == "wrong_figure":
        figs = extract_figures(sentence)
        cited = {f.value for s in sentences for f in extract_figures(s)}
        if not figs:
            return "figure: a quantity in words (share, count, order, unit)"
        if all(f.value in cited for f in figs):
            return "figure: a cited figure attached to another quantity or time"
        return "figure: a figure computed or changed"
    return kind


def main() -> None:
    from bench_support import LOPO_PARTS, load_articles, load_rows, part_rows
    from topline.check import check_sentence, doc_for
    from topline.records import Citation
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--shard", default="0/1")
    args = ap.parse_args()
    k, n = (int(x) for x in args.shard.split("/"))
    articles = load_articles()
    rows = load_rows()
    sents = {u: doc_for(a).sentences for u, a in articles.items()}
    i = 0
    with open(args.out, "w", encoding="utf-8") as out:
        if k == 0:
            out.write("part\tid\tkind\torigin\tgroup\tsentence\tnearest cited sentence\tpassage chosen\n")
        for part in LOPO_PARTS:
            for r in part_rows(rows, part):
                if r["label"] != "unsupported":
                    continue
                i += 1
                if i % n != k:
                    continue
                v = check_sentence(r["sentence"], tuple(Citation(u, articles[u].source) for u in r["cites"]),
                                   articles)
                if not v.ok:
                    continue
                cited = [s for u in r["cites"] for s in sents[u]]
                quote = v.support.quote[:PASSAGE_CHARS] if v.support is not None else ""
                cells = [part, r["id"], r["error"], r["origin"], group(r["sentence"], r["error"], cited),
                         r["sentence"], nearest(r["sentence"], cited), quote]
                out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")


if __name__ == "__main__":
    main()
