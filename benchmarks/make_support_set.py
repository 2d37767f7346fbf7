"""Build the labelled claim-support set tests/data/support/sentences.jsonl (run once; the output is frozen and
committed, and the thresholds of topline/check/support.py are set on its calibration part only).

    python benchmarks/make_support_set.py > tests/data/support/sentences.jsonl

Sources: articles.jsonl (24 short articles we wrote), authored.jsonl (faithful paraphrases and unsupported claims
we wrote, by article), smollm2_raw.jsonl + smollm2_labels.jsonl (real SmolLM2-135M outputs and our labels). The
planted errors are string edits written here by hand (direction words swapped, a figure changed, an actor
replaced, a cause appended, two events merged); none uses the project's extractors.

Split (decided before any tuning): sentences about articles with an odd number (a01, a03, ...) are the
calibration part, even numbers the evaluation part; a merged sentence goes with its first article.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import load_jsonl as load, model_sentences, sentence_row  # noqa: E402

DIRECTION_SWAPS = [("rose", "fell"), ("fell", "rose"), ("jumped", "dropped"), ("dropped", "jumped"),
                   ("slipped", "rose"), ("raised", "cut"), ("cut prices", "raised prices"), ("cut its", "raised its"), ("strengthened", "weakened"),
                   ("up from", "down from"), ("lost", "gained"), ("lifted", "tightened"), ("beat", "trailed"),
                   ("fallen", "risen"), ("below", "above"), ("rising", "falling"), ("delayed", "brought forward"),
                   ("pushed back", "brought forward"), ("extend", "end")]
CAUSES = ["because of rising interest rates", "after a cyberattack on its systems", "due to new U.S. tariffs",
          "driven by strong demand from India", "amid a dispute with its auditors", "because of a shortage of chips",
          "after pressure from activist investors", "due to a weaker euro"]
# The main actor of each article as its paraphrases write it, and a second name of the same article that did
# something else (swapping them keeps every name "in the article" but gives the claim the wrong actor).
ACTORS = {"a01": ("SoftBank", "Atomico"), "a02": ("Harlow Pharma", "Mistwell Bio"), "a03": ("The EU", "France"),
          "a04": ("Velora", "rivals"), "a05": ("FNV union", "Maasvlakte Terminals"), "a06": ("Orbis", "Kestrel Research"),
          "a07": ("Brazil's central bank", "Brazil's finance ministry"), "a08": ("Northgate", "The Federal Reserve"),
          "a09": ("Swiss glaciers", "Austrian glaciers"), "a10": ("Stripe", "Quillpay"),
          "a11": ("Katrin Vogt", "the opposition"), "a12": ("Kaito", "The Japanese government"),
          "a13": ("Brightwater", "Ofwat"), "a14": ("Tallis", "Index Ventures"), "a15": ("Saudi Arabia", "China"),
          "a16": ("Lumen", "Shenzhen"), "a17": ("Anna Lind", "Henrik Sand"), "a18": ("Airbus", "Solvane"),
          "a19": ("Texas", "California"), "a20": ("Dunmore", "Kestrel"), "a21": ("India", "Bangladesh"),
          "a22": ("Helix", "Stockholm"), "a23": ("Skylane", "Marlow United"), "a24": ("Paul Girard", "Environmental groups")}
# Edits that do not change what the sentence claims (read by hand): not planted errors.
SYMMETRIC = {("a18", 0)}   # "Airbus and Solvane have formed a partnership" is still true
COMMON_STARTS = {"The", "A", "An", "About", "Annual", "Exports", "Member", "Owners", "Vaccination", "Global",
                 "Fines", "Competition", "Economy", "Warehouse", "Petrol", "Chair", "Co-founder"}
GENERIC = ["This is a significant development for the industry.", "The move could have wide implications.",
           "...", "N/A", "No information available.", "Lorem ipsum dolor sit amet.", "Experts are watching closely.",
           "More details are expected soon."]


def split_of(article_id: str) -> str:
    return "calibration" if int(article_id[1:]) % 2 else "evaluation"


def change_figure(s: str) -> str | None:
    m = re.search(r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?)", s)
    if not m:
        return None
    raw = m.group(1)
    if "." in raw:
        whole, frac = raw.split(".")
        new = f"{int(whole.replace(',', '')) + 1}.{frac}"
    else:
        n = int(raw.replace(",", ""))
        new = f"{n + max(1, n // 4):,}" if "," in raw else str(n + max(1, n // 4))
    return s[:m.start(1)] + new + s[m.end(1):]


def swap_direction(s: str) -> str | None:
    for a, b in DIRECTION_SWAPS:
        rx = re.compile(rf"\b{re.escape(a)}\b")
        if rx.search(s):
            return rx.sub(b, s, count=1)
    return None


def _whole(name: str, s: str) -> re.Match[str] | None:
    """``name`` in ``s`` as a whole name: no capitalised word glued before or after it."""
    return re.search(rf"(?<![A-Z][a-z]\s)(?<![\w']){re.escape(name)}(?!\s[A-Z])(?![\w])", s)


def swap_actor(s: str, aid: str) -> str | None:
    """The two names swapped when both are there (the roles exchanged), else the one there replaced by the
    other, as whole names only."""
    a, b = ACTORS[aid]
    ma, mb = _whole(a, s), _whole(b, s)
    if ma and mb:
        return s.replace(a, "\0").replace(b, a).replace("\0", b)
    if ma:
        return s[:ma.start()] + b + s[ma.end():]
    if mb:
        return s[:mb.start()] + a + s[mb.end():]
    return None


def main() -> None:
    arts = {a["id"]: a for a in load("articles.jsonl")}
    authored = load("authored.jsonl")
    rows: list[dict] = []

    def add(sentence: str, cites: list[str], label: str, error: str, origin: str, aid: str) -> None:
        row = sentence_row(f"s{len(rows) + 1:04d}", sentence, cites, error, aid, split_of(aid), origin)
        assert row["label"] == label, (sentence, label, error)
        rows.append(row)

    for k, row in enumerate(authored):
        aid = row["article"]
        url = arts[aid]["url"]
        for p in row["paraphrases"]:
            add(p, [url], "supported", "none", "paraphrase", aid)
        for u in row["unsupported"]:
            add(u, [url], "unsupported", "unsupported_claim", "authored", aid)
        for n, p in enumerate(row["paraphrases"]):
            if (e := swap_direction(p)) and e != p:
                add(e, [url], "unsupported", "wrong_direction", "planted", aid)
            if (e := change_figure(p)) and e != p:
                add(e, [url], "unsupported", "wrong_figure", "planted", aid)
            if (e := swap_actor(p, aid)) and e != p and (aid, n) not in SYMMETRIC:
                add(e, [url], "unsupported", "wrong_actor", "planted", aid)
            cause = CAUSES[(k + n) % len(CAUSES)]
            add(p.rstrip(".") + f", {cause}.", [url], "unsupported", "invented_cause", "planted", aid)
        other = authored[(k + 5) % len(authored)]
        o_url = arts[other["article"]]["url"]
        for n in range(2):
            first = row["paraphrases"][n].rstrip(".")
            second = other["paraphrases"][n]
            if second.split()[0] in COMMON_STARTS:
                second = second[0].lower() + second[1:]
            add(f"{first}, while {second}", [url, o_url], "unsupported", "merged_events", "planted", aid)
        g = GENERIC[k % len(GENERIC)]
        add(g, [url], "unsupported", "content_free", "authored", aid)
    labels = {(r["article"], r["prompt"], r["sentence"]): r for r in load("smollm2_labels.jsonl")}
    for r in load("smollm2_raw.jsonl"):
        for s in model_sentences(r["raw"]):
            lab = labels.get((r["article"], r["prompt"], s))
            if lab is None:
                continue           # not labelled yet: never guessed
            add(s, [arts[r["article"]]["url"]], lab["label"], lab["error"], "smollm2", r["article"])
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
