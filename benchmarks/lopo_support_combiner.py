"""A learned combiner for the claim-support check, scored leave-one-part-out against the rules (fifth round).

    PYTHONPATH=. python benchmarks/lopo_support_combiner.py

For every sentence of the six calibration parts (bench_support.LOPO_PARTS): the best passage's coverage score and
which soft check rejected it (coverage, clause, cause, event, subject, agent, object, owner, attempted act, roles,
object swap, direction); the hard checks (figures, dates, quotes, names, outlets, links, placeholders) stay vetoes.
A logistic regression (scikit-learn) is fitted on five parts and scored on the sixth, for three strengths of
regularisation; the rules (reject when any check rejects) are scored on the same held-out part. An experiment:
the checker keeps the rules unless the combiner beats them on the held-out parts (benchmarks/RESULTS.md, fifth
round: it did not).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_support import LOPO_PARTS, load_articles, load_rows, part_rows  # noqa: E402

SOFT = ("coverage", "clause", "cause", "event", "subject", "agent", "object", "owner", "attempt", "roles", "objswap",
        "direction")


def soft_kind(detail: str) -> str:
    """The soft check a detail comes from ("" for a hard check: a veto)."""
    for key, kind in (("is not who acts", "subject"), ("as who", "agent"), ("as what or whom", "object"),
                      ("as whose", "owner"), ("only try to", "attempt"), ("each other's roles", "roles"),
                      ("best cited passage carries", "coverage"), ("is not in the same cited passage", "clause"),
                      ("the cause", "cause"), ("the event", "event")):
        if key in detail:
            return kind
    if detail.startswith("unsupported: the cited articles have"):
        return "objswap"
    if detail.startswith("direction"):
        return "direction"
    return ""


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from topline.check import check_sentence
    from topline.check.evidence import doc_for
    from topline.check.support import assess
    from topline.records import Citation
    arts, rows = load_articles(), load_rows()
    data = {}
    for part in LOPO_PARTS:
        feats, label, veto, para = [], [], [], []
        for r in part_rows(rows, part):
            v = check_sentence(r["sentence"], tuple(Citation(u, arts[u].source) for u in r["cites"]), arts)
            kinds = [soft_kind(d) for d in v.details]
            score = assess(r["sentence"], [doc_for(arts[u]) for u in r["cites"]]).score
            feats.append([score] + [k in kinds for k in SOFT])
            label.append(r["label"] == "unsupported")
            veto.append("" in kinds)
            para.append(r["origin"] == "paraphrase" and r["label"] == "supported")
        data[part] = tuple(np.array(z, dtype=float) for z in (feats, label, veto, para))
    for c in (0.1, 1.0, 10.0):
        got = []
        for held in LOPO_PARTS:
            train = [data[p] for p in LOPO_PARTS if p != held]
            x = np.vstack([t[0] for t in train])
            y = np.concatenate([t[1] for t in train])
            hard = np.concatenate([t[2] for t in train])
            model = LogisticRegression(C=c, max_iter=2000).fit(x[hard == 0], y[hard == 0])
            x, y, hard, para = data[held]
            learned = (hard == 1) | (model.predict_proba(x)[:, 1] >= 0.5)
            rules = (hard == 1) | (x[:, 1:].sum(axis=1) > 0)
            row = (learned[y == 1].mean(), learned[para == 1].mean(), rules[y == 1].mean(), rules[para == 1].mean())
            got.append(row)
            print(f"C={c:<5} held out {held:13s} combiner recall {row[0]:.3f} paraphrases rejected {row[1]:.3f}   "
                  f"rules {row[2]:.3f} {row[3]:.3f}")
        m = np.mean(got, axis=0)
        print(f"C={c:<5} MEAN over held-out parts: combiner recall {m[0]:.4f} rejected {m[1]:.4f}   "
              f"rules {m[2]:.4f} {m[3]:.4f}")


if __name__ == "__main__":
    main()
