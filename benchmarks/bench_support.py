"""The claim-support check measured on the labelled set tests/data/support/sentences.jsonl.

    PYTHONPATH=. python benchmarks/bench_support.py [--part calibration|calibration1|cal2|cal3|cal4|evaluation|both|eval2|calall|eval3|eval4|eval5|eval6|eval7|eval8|eval9|eval10|eval11|eval12|eval13|eval14|eval15|eval16|eval17|eval18|eval19|eval20|eval21|eval22|eval23|eval24|eval25|eval26|eval27|eval28|eval29|eval30|eval31|eval32|eval33|lopo] [-v]

"lopo" (the yardstick since the fifth round) prints each of the fifteen calibration parts (calibration1, cal2, cal3,
cal4, eval2, eval3, since the sixth round eval4, since the seventh eval5, since the eighth eval6, since the ninth
eval7, since the eleventh eval8 and eval9, since the twelfth eval10, since the thirteenth eval11, since the
fourteenth eval12), their mean over parts, the worst part
and their union, and the first evaluation part apart, as JSON.

"calibration" is the first set's calibration part (calibration1: odd-numbered articles) plus the second
(cal2: tests/data/support/cal2-*.jsonl, new articles) and third (cal3: cal3-sentences.jsonl, about the first set's
odd-numbered articles) and fourth (cal4: cal4-*.jsonl) calibration parts; "both" prints each of them,
calibration and evaluation (the first evaluation part: even-numbered articles of the first set). "eval2" is the
second evaluation part (eval2-*.jsonl, written before the third round of tuning, run once at its end): since the
fourth round it is calibration data too, and "calall" prints every calibration part the fourth round is tuned on
(calibration1, cal2, cal3, cal4, eval2) and their union. "eval3" is the third evaluation part (eval3-*.jsonl,
written and committed before the fourth round changed the checker, frozen): never counted elsewhere, printed alone.

For each part: recall on unsupported sentences (share the checker rejects), false rejections of faithful
paraphrases (share of origin "paraphrase" it rejects), and the same over every supported sentence; recall by
kind of error. Each sentence is checked with ``topline.check.check_sentence`` against the articles it cites
(tests/data/support/articles.jsonl), the way the page gate checks a published sentence. With -v, the misses.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests/data/support"
# The parts beyond the first set, each in PART-sentences.jsonl (and PART-articles.jsonl where it has its own
# articles; cal3 cites cal2's): a new part is wired in by adding its name here.
EXTRA_PARTS = ("cal2", "cal3", "cal4", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8", "eval9", "eval10",
               "eval11", "eval12", "eval13", "eval14", "eval15", "eval16", "eval17", "eval18", "eval19",
               "eval20", "eval21", "eval22", "eval23", "eval24",
               "eval25", "eval26", "eval27", "eval28", "eval29", "eval30", "eval31", "eval32", "eval33")


def load_articles() -> dict:
    from topline.records import Article
    out = {}
    for name in ("articles.jsonl", *(f"{part}-articles.jsonl" for part in EXTRA_PARTS)):
        if not (DATA / name).exists():
            continue
        for line in (DATA / name).open():
            a = json.loads(line)
            out[a["url"]] = Article(url=a["url"], title=a["title"], text=a["body"], source=a["source"],
                                    published=dt.datetime(2026, 11, 5, 9, tzinfo=dt.timezone.utc))
    return out


def load_rows() -> list[dict]:
    """Every labelled row: the first set (calibration and evaluation parts) and the second calibration part
    (cal2, cal3 and cal4 sentences, marked ``extra``; their split is "calibration"), and the second evaluation part
    (eval2-sentences.jsonl, marked ``extra`` "eval2", split "evaluation2")."""
    rows = [json.loads(line) for line in (DATA / "sentences.jsonl").open()]
    for name, tag in ((f"{part}-sentences.jsonl", part) for part in EXTRA_PARTS):
        if (DATA / name).exists():
            rows += [dict(json.loads(line), extra=tag) for line in (DATA / name).open()]
    return rows


def part_rows(rows: list[dict], part: str) -> list[dict]:
    if part in EXTRA_PARTS:
        return [r for r in rows if r.get("extra") == part]
    if part == "calall-union":
        return [r for r in rows if r["split"] == "calibration" or r.get("extra") == "eval2"]
    if part == "calibration1":
        return [r for r in rows if r["split"] == "calibration" and not r.get("extra")]
    return [r for r in rows if r["split"] == part]


def measure(rows: list[dict], articles: dict) -> dict:
    try:
        from topline.check import check_sentence
    except ImportError:      # a checkout from before topline.check (to measure the old checker on the same set)
        from topline.write.verify import check_sentence
    from topline.records import Citation
    res = {"unsupported": 0, "caught": 0, "paraphrases": 0, "paraphrases_rejected": 0, "supported": 0,
           "supported_rejected": 0, "by_error": Counter(), "caught_by_error": Counter(), "misses": []}
    for r in rows:
        cites = tuple(Citation(u, articles[u].source) for u in r["cites"])
        v = check_sentence(r["sentence"], cites, articles)
        if r["label"] == "unsupported":
            res["unsupported"] += 1
            res["by_error"][r["error"]] += 1
            if not v.ok:
                res["caught"] += 1
                res["caught_by_error"][r["error"]] += 1
            else:
                res["misses"].append(("missed", r, v))
        else:
            res["supported"] += 1
            res["supported_rejected"] += not v.ok
            if r["origin"] == "paraphrase":
                res["paraphrases"] += 1
                res["paraphrases_rejected"] += not v.ok
            if not v.ok:
                res["misses"].append(("rejected", r, v))
    return res


def summary(res: dict) -> dict:
    return {"sentences": res["unsupported"] + res["supported"], "unsupported": res["unsupported"],
            "recall_unsupported": round(res["caught"] / max(1, res["unsupported"]), 4),
            "paraphrases": res["paraphrases"],
            "false_rejection_paraphrases": round(res["paraphrases_rejected"] / max(1, res["paraphrases"]), 4),
            "supported": res["supported"],
            "false_rejection_supported": round(res["supported_rejected"] / max(1, res["supported"]), 4),
            "recall_by_error": {k: f"{res['caught_by_error'][k]}/{n}" for k, n in sorted(res["by_error"].items())}}


# The parts a change is judged on since the fifth round (each written at another time, in other sentence shapes):
# a rule is measured on each of them, and the MEAN over parts says whether it generalises; a learned step is
# scored leave-one-part-out (fitted on the other parts, scored on the held-out one).
# eval5 joined in the seventh round (run once by the lead at the end of the sixth, calibration since), eval6 in the
# eighth (run once by the lead at the end of the seventh, calibration since), eval7 in the ninth (run once by the lead
# at the end of the eighth, calibration since): ten parts. eval8 (run once by the lead after the ninth round) and
# eval9 (run once by the lead after the entail pass) joined in the eleventh round: twelve parts. eval10 (run once by
# the lead before and after the eleventh round) joined in the twelfth: thirteen parts. eval11 (run once by the lead
# before and after the twelfth round) joined in the thirteenth: fourteen parts. eval12 (run once by the lead before
# and after the thirteenth round) joined in the fourteenth: fifteen parts. eval13 (run once by the lead before and after
# the fourteenth round) joined in the fifteenth: sixteen parts. eval14 (run once by the lead before and after the
# sixteenth round) joined in the seventeenth: seventeen parts. eval15 (run once by the lead before and after the
# eighteenth round) joined after it: eighteen parts. eval16 (run once by the lead before and after the nineteenth
# round) joined after it: nineteen parts. eval17 (run once by the lead before and after the twentieth round) joined
# after it: twenty parts. eval18 (run once by the lead before and after the twenty-first round) joined after it:
# twenty-one parts. eval19 (run once by the lead before and after the twenty-third round) joined after it: twenty-two.
# eval20 (run once by the lead before and after the twenty-fourth round, support23) joined after it: twenty-three.
# eval21 (run once by the lead before and after the twenty-fifth round, support24/25) joined after it: twenty-four.
# eval22 (run once by the lead before and after the twenty-sixth round, support26/27) joined after it: twenty-five.
# eval23 (run once by the lead before and after the twenty-seventh round, support29-31) joined after it: twenty-six.
# eval24 (run once by the lead before and after the twenty-eighth round, support32/33) joined after it: twenty-seven.
# eval25 (run once by the lead before and after the twenty-ninth round, support34/35) joined after it: twenty-eight.
# eval26 (run once by the lead before and after the thirtieth round, support36) joined after it: twenty-nine.
# eval27 (run once by the lead before and after the thirty-first round, support37) joined after it: thirty.
# eval28 (run once by the lead before and after the thirty-second round, support38) joined after it: thirty-one.
# eval29 (run once by the lead before and after the thirty-third round, support39) joined after it: thirty-two.
# eval30 (run once by the lead before and after the thirty-fourth round, support41/42) joined after it: thirty-three.
# eval31 (run once by the lead before and after the thirty-fifth round, support43) joined after it: thirty-four.
# eval32 (run once by the lead before and after the thirty-sixth round, support44) joined after it: thirty-five.
# eval33 (run once by the lead before and after the thirty-seventh round, support45/46) joined after it: thirty-six.
LOPO_PARTS = ("calibration1", "cal2", "cal3", "cal4", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8",
              "eval9", "eval10", "eval11", "eval12", "eval13", "eval14", "eval15", "eval16", "eval17", "eval18",
              "eval19", "eval20", "eval21", "eval22", "eval23", "eval24", "eval25", "eval26", "eval27",
              "eval28", "eval29", "eval30", "eval31", "eval32", "eval33")


def lopo(rows: list[dict], articles: dict, verbose: bool = False) -> dict:
    """Recall and false rejections of faithful paraphrases on each calibration part, their mean over parts and the
    union of the parts; the first set's evaluation part (run five times, never tuned on directly) apart."""
    out: dict = {"parts": {}}
    union = {"unsupported": 0, "caught": 0, "paraphrases": 0, "paraphrases_rejected": 0}
    for part in LOPO_PARTS + ("evaluation",):
        res = measure(part_rows(rows, part), articles)
        s = summary(res)
        out["parts"][part] = {"recall": s["recall_unsupported"], "caught": f"{res['caught']}/{res['unsupported']}",
                              "paraphrase_rejections": s["false_rejection_paraphrases"],
                              "rejected": f"{res['paraphrases_rejected']}/{res['paraphrases']}",
                              "by_error": s["recall_by_error"]}
        if verbose:
            for what, r, v in res["misses"]:
                print(f"  {part} {what} [{r['error']}/{r['origin']}] {r['sentence']}\n      {'; '.join(v.details)}")
        if part in LOPO_PARTS:
            for k in union:
                union[k] += res[k]
    parts = [out["parts"][p] for p in LOPO_PARTS]
    out["mean_over_parts"] = {"recall": round(sum(p["recall"] for p in parts) / len(parts), 4),
                              "paraphrase_rejections": round(sum(p["paraphrase_rejections"] for p in parts) /
                                                             len(parts), 4),
                              "worst_recall": min(p["recall"] for p in parts),
                              "worst_paraphrase_rejections": max(p["paraphrase_rejections"] for p in parts)}
    out["union"] = {"recall": round(union["caught"] / union["unsupported"], 4),
                    "caught": f"{union['caught']}/{union['unsupported']}",
                    "paraphrase_rejections": round(union["paraphrases_rejected"] / union["paraphrases"], 4),
                    "rejected": f"{union['paraphrases_rejected']}/{union['paraphrases']}"}
    return out


def dump(rows: list[dict], articles: dict, path: str) -> None:
    """One line per verdict, to diff before and after a change: every labelled sentence (id, label, ok, problems),
    then every sentence of every article checked against its own article (a supported sentence by construction).
    Lines come in a fixed order: diff two dumps line by line (cal3 and cal4 reuse ids m0001...)."""
    from topline.check import check_sentence, doc_for
    from topline.records import Citation
    with open(path, "w", encoding="utf-8") as out:
        for r in rows:
            v = check_sentence(r["sentence"], tuple(Citation(u, articles[u].source) for u in r["cites"]), articles)
            out.write(f"{r['id']}\t{r['label']}\t{r['origin']}\t{'ok' if v.ok else 'REJ'}\t{r['sentence']}\t"
                      f"{'; '.join(v.details)}\n")
        for url, a in sorted(articles.items()):
            for i, s in enumerate(doc_for(a).sentences):
                v = check_sentence(s, (Citation(url, a.source),), articles)
                out.write(f"{url}#{i}\tsupported\tarticle\t{'ok' if v.ok else 'REJ'}\t{s}\t{'; '.join(v.details)}\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="calibration",
                    choices=("calibration", "calibration1", "evaluation", "both", "calall", *EXTRA_PARTS, "lopo"))
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--dump", metavar="FILE", help="write every verdict (labelled rows, then each article sentence "
                                                    "against its own article) to FILE, to diff two checkouts")
    args = ap.parse_args()
    articles = load_articles()
    rows = load_rows()
    if args.dump:
        dump(rows, articles, args.dump)
    if args.part == "lopo":
        print(json.dumps(lopo(rows, articles, verbose=args.v), indent=1))
        return
    parts = {"both": ("calibration1", "cal2", "cal3", "cal4", "calibration", "evaluation"),
             "calall": ("calibration1", "cal2", "cal3", "cal4", "eval2", "calall-union")}.get(args.part, (args.part,))
    for part in parts:
        res = measure(part_rows(rows, part), articles)
        print(part, json.dumps(summary(res)))
        if args.v:
            for what, r, v in res["misses"]:
                print(f"  {what} [{r['error']}/{r['origin']}] {r['sentence']}\n      {'; '.join(v.details)}")


if __name__ == "__main__":
    main()
