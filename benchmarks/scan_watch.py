"""Watch items over every calibration corpus with a gold-watch.jsonl: precision, recall and outcome agreement summed
and per corpus, and every missed gold item and every unmatched predicted item with its sentence, grouped by why
(issue 12, helper watch18).

    PYTHONPATH=. python benchmarks/scan_watch.py [--corpus NAME ...] [--out FILE.json] [--list]

The scoring is ``topline.eval.events.evaluate_dir``'s for watch items (the same ``watch_items``, the same pairing by
``same_statement`` in the same order, the same ``followed``), without the event extraction; the figures equal
``evaluate_dir``'s (checked with ``--check``, which runs ``evaluate_dir`` too and is slow). A missed gold item is found
in its article (the safe sentence the gold text is, by the evaluator's ``same_statement``) and traced through
``watch_items``' steps: not a sentence the reader gives, not a candidate (``is_forward`` refuses it: the first refusing
step, read in ``is_forward``'s order), or kept out by a step of ``watch_items`` (the same names, the same figures, the
same text, undated, the same statement, the cap of items a story), or kept and paired with another gold item.
An unmatched predicted item: from a noise story (gold.json), from a story with no gold item, sharing its story and
due date with a missed gold item (the same thing told in another sentence), undated, or a dated statement no gold
lists. ``--list`` prints every item of each class with its sentence (for reading, not for tuning to one corpus).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from topline.eval.events import articles_path, followed, load_bundles, same_statement as eval_same
from topline.events import watch as W
from topline.events.extract import safe_sentences
from topline.eval.jsonl import read_jsonl

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def corpora() -> list[Path]:
    """The calibration corpora with a gold-watch.jsonl (every cal-*, eval-* and the demo's ledger; not the fixture)."""
    return [d for d in sorted(DATA.iterdir()) if (d / "gold-watch.jsonl").is_file() and d.name != "events-fixture"]


def refusal(sentence: str, made: dt.date | None) -> str:
    """Why ``is_forward`` refuses a sentence: its first refusing step, in its order (approximate where a later step
    depends on an earlier one's value)."""
    words = len(sentence.split())
    if words < W.MIN_SENTENCE or words > W.MAX_WORDS:
        return "length"
    if sentence.endswith("?"):
        return "question"
    if W._PAST_CONTEXT.search(sentence) or W._WAS_DUE.search(sentence):
        return "past context"
    if W._LOOKS_BACK.search(sentence):
        return "looks back"
    body = sentence
    if W._made_earlier(body, made):
        return "made earlier"
    if W._FORECAST.search(body):
        return "forecast / analysts' view"
    if W._STATE_VERB.search(body):
        return "state verb (a quantity or state)"
    if W._OPINION.search(body):
        return "opinion"
    if W._FIRST_PERSON.search(body):
        return "first person"
    cue = W._CUE.search(body)
    will = W._WILL.search(body)
    would = W._WOULD.search(body)
    timed = bool(W._TIME.search(body) or W._dates(body))
    if not (cue or will or would):
        return "no cue, time given" if timed else "no cue, no time"
    if W._CONDITION.search(body):
        return "condition"
    if cue and not will and W._TIMED_CUE.match(cue.group(0)):
        return "a cue that needs a time after it"
    if would and not (cue or will):
        return "would with no time" if not timed else "would, time not after it"
    if not timed:
        return "cue with no time"
    return "other (a past weekday, a relative clause, a move's cause, a quote)"


def noise_stories(root: Path) -> set[str]:
    p = root / "gold.json"
    if not p.is_file():
        return set()
    g = json.loads(p.read_text(encoding="utf-8"))
    return {sid for sid, s in g.get("stories", {}).items() if s.get("noise")}


def scan(root: Path, check: bool = False) -> dict:
    t0 = time.monotonic()
    bundles = load_bundles(articles_path(root))
    gold = read_jsonl(root / "gold-watch.jsonl")
    noise = noise_stories(root)
    items, whys = [], {}
    for b in bundles:
        why: dict = {}
        got = W.watch_items(b, why=why)
        assert got == W.watch_items(b), (root.name, b.story.id)     # recording why changes nothing
        items += got
        whys[b.story.id] = why
    used: set[int] = set()
    pairs = []
    for it in items:
        hit = next((i for i, g in enumerate(gold) if i not in used and g.get("story") == it.story_id
                    and eval_same(str(g.get("text", "")), it.text)), None)
        if hit is not None:
            used.add(hit)
            pairs.append((gold[hit], it))
    agree = 0
    wrong = []
    if pairs:
        final = {it.id: it for it in followed(bundles, [it for _, it in pairs])}
        for g, it in pairs:
            want = (g.get("outcome") or {}).get("status", "open")
            got = {"overdue": "open"}.get(final[it.id].status, final[it.id].status)
            agree += want == got
            if want != got:
                wrong.append({"story": it.story_id, "text": it.text, "gold": want, "got": got})
    by_story = {b.story.id: b for b in bundles}
    misses = []
    for i, g in enumerate(gold):
        if i in used:
            continue
        b = by_story.get(g.get("story"))
        why = "story not read"
        sentence = None
        if b is not None:
            why = "not a sentence the reader gives"
            for a in b.articles:
                if a.url != g.get("url"):
                    continue
                made = a.local_day
                for s in safe_sentences(a.body):
                    if eval_same(str(g["text"]), s):
                        sentence = s
                        if not W.is_forward(s, made):
                            why = "not a candidate: " + refusal(s, made)
                        else:
                            why = whys[b.story.id].get((a.url, s), "kept, paired with another gold item")
                        break
        misses.append({"story": g.get("story"), "text": g["text"], "sentence": sentence, "due": g.get("due"),
                       "why": why})
    missed_due = {(m["story"], m["due"]) for m in misses}
    gold_stories = {g.get("story") for g in gold}
    matched_ids = {it.id for _, it in pairs}
    extras = []
    for it in items:
        if it.id in matched_ids:
            continue
        due = it.due.isoformat() if it.due else None
        if it.story_id in noise:
            why = "noise story"
        elif it.story_id not in gold_stories:
            why = "story with no gold item"
        elif (it.story_id, due) in missed_due:
            why = "story and due date of a missed gold item"
        elif it.due is None:
            why = "undated"
        else:
            why = "dated, no gold lists it"
        extras.append({"story": it.story_id, "text": it.text, "due": due, "why": why})
    out = {"corpus": root.name, "gold": len(gold), "predicted": len(items), "matched": len(pairs),
           "outcomes_right": agree, "misses": misses, "extras": extras, "wrong_outcomes": wrong,
           "per_story": Counter(it.story_id for it in items).most_common(), "seconds": round(time.monotonic() - t0, 1)}
    if check:
        from topline.eval.events import evaluate_dir
        s = evaluate_dir(root)
        assert (s.watch_gold, s.watch_predicted, s.watch_matched) == (len(gold), len(items), len(pairs)), root.name
        assert abs(s.watch_outcome_accuracy - (agree / len(pairs) if pairs else 0.0)) < 1e-9, root.name
    return out


def _r(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", nargs="*", help="corpus folder names (default: every one with a gold-watch.jsonl)")
    ap.add_argument("--out", help="write every corpus's figures, misses and extras here (JSON)")
    ap.add_argument("--list", action="store_true", help="print every miss and extra with its sentence")
    ap.add_argument("--check", action="store_true", help="also run evaluate_dir and assert equal figures (slow)")
    args = ap.parse_args(argv)
    roots = [DATA / c for c in args.corpus] if args.corpus else corpora()
    results = []
    for root in roots:
        r = scan(root, args.check)
        results.append(r)
        print(f"{r['corpus']:14} P {_r(r['matched'], r['predicted']):.3f} ({r['matched']}/{r['predicted']})  "
              f"R {_r(r['matched'], r['gold']):.3f} (of {r['gold']})  outcomes {_r(r['outcomes_right'], r['matched']):.3f}"
              f"  [{r['seconds']} s]", flush=True)
    m, p, g, o = (sum(r[k] for r in results) for k in ("matched", "predicted", "gold", "outcomes_right"))
    print(f"SUMMED over {len(results)}: P {_r(m, p):.4f} ({m}/{p})  R {_r(m, g):.4f} (of {g})  "
          f"F1 {_r(2 * m, p + g):.4f}  outcomes {_r(o, m):.4f} ({o}/{m})")
    ps = [_r(r["matched"], r["predicted"]) for r in results]
    rs = [_r(r["matched"], r["gold"]) for r in results]
    print(f"MEAN over {len(results)}: P {sum(ps) / len(ps):.4f}  R {sum(rs) / len(rs):.4f}")
    why_miss = Counter(x["why"] for r in results for x in r["misses"])
    why_extra = Counter(x["why"] for r in results for x in r["extras"])
    print("MISSED gold items by why:")
    for k, v in why_miss.most_common():
        print(f"  {v:4}  {k}")
    print("UNMATCHED predicted items by why:")
    for k, v in why_extra.most_common():
        print(f"  {v:4}  {k}")
    if args.list:
        for label, key in (("MISS", "misses"), ("EXTRA", "extras")):
            groups = defaultdict(list)
            for r in results:
                for x in r[key]:
                    groups[x["why"]].append((r["corpus"], x))
            for why, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
                print(f"\n== {label}: {why} ({len(rows)})")
                for c, x in rows:
                    print(f"  [{c} {x['story']} due {x['due']}] {x.get('sentence') or x['text']}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
