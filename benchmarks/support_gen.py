"""Shared code of the claim-support set's generators (benchmarks/make_support_*.py, issue 10 item 6): the error
kinds, the article and sentence rows, the JSONL writer and the checks a part must pass before it is written.

Each generator holds its own hand-written articles and sentences and calls these helpers; the rows they build are
byte-for-byte those the generators wrote before this module existed (same keys in the same order, same JSON
options), so re-running any generator leaves tests/data/support unchanged.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Sequence

DATA = Path(__file__).resolve().parents[1] / "tests/data/support"

# The kinds of error of an unsupported sentence ("none" = a faithful sentence, label "supported").
S, ACT, DIR, FIG, CLAIM, CAUSE, MERGE, CF = ("none", "wrong_actor", "wrong_direction", "wrong_figure",
                                             "unsupported_claim", "invented_cause", "merged_events", "content_free")
GEN = "generic_analysis"        # an interpretive sentence the sources do not state (fourth evaluation part on)
KINDS = (ACT, DIR, FIG, CLAIM, CAUSE, MERGE, CF, GEN)

# An article: (id, url, source, title, body, [(sentence, error), ...]).
Article = tuple


def article_row(aid: str, url: str, source: str, title: str, body: str) -> dict:
    return {"id": aid, "url": url, "source": source, "title": title, "body": body}


def sentence_row(rid: str, sentence: str, cites: Sequence[str], error: str, article: str, split: str,
                 origin: str | None = None, **extra: object) -> dict:
    """One labelled sentence: supported when ``error`` is "none"; origin "paraphrase" / "planted" by default."""
    return {"id": rid, "sentence": sentence, "cites": list(cites),
            "label": "supported" if error == S else "unsupported", "error": error,
            "origin": origin or ("paraphrase" if error == S else "planted"), "article": article, "split": split,
            **extra}


def build(articles: Sequence[Article], prefix: str, split: str, *, merge_next: bool = False,
          extra: dict[str, list[str]] | None = None, start: int = 0) -> tuple[list[dict], list[dict]]:
    """The article rows and sentence rows of ARTICLES-style tuples, numbered ``prefix`` + 4 digits from start + 1.
    ``merge_next``: a merged-events sentence cites its article and the next one in the list (the last: the first).
    ``extra``: more faithful sentences per article id, appended after the article's own."""
    arts, rows, n = [], [], start
    urls = [a[1] for a in articles]
    for i, (aid, url, source, title, body, sents) in enumerate(articles):
        arts.append(article_row(aid, url, source, title, body))
        for sentence, error in list(sents) + [(s, S) for s in (extra or {}).get(aid, [])]:
            n += 1
            cites = [url, urls[(i + 1) % len(urls)]] if merge_next and error == MERGE else [url]
            rows.append(sentence_row(f"{prefix}{n:04d}", sentence, cites, error, aid, split))
    return arts, rows


def write_jsonl(name: str, rows: Iterable[dict]) -> None:
    with (DATA / name).open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def load_jsonl(name: str) -> list[dict]:
    p = DATA / name
    return [json.loads(line) for line in p.open(encoding="utf-8")] if p.exists() else []


def _strings(x: object):  # noqa: ANN202
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


def model_sentences(raw: str) -> list[str]:
    """The sentences of a raw SmolLM2 answer: every string of its JSON (or every quoted string when the JSON is
    broken), split into sentences; kept when they have four words or more or are a bare placeholder, and not
    when they are a URL, a path or JSON residue."""
    try:
        values = list(_strings(json.loads(raw)))
    except ValueError:
        values = re.findall(r'"((?:[^"\\]|\\.){3,})"', raw)
    out = []
    for v in values:
        for s in re.split(r"(?<=[.!?])\s+", v.strip()):
            s = s.strip()
            if s in ("...", "N/A") or (len(s.split()) >= 4 and not re.search(r"https?://|/res/|\.png|[{}]", s)):
                out.append(s)
    return list(dict.fromkeys(out))


def words(text: str) -> int:
    return len(re.findall(r"\S+", text))


def check_part(arts: Sequence[dict], rows: Sequence[dict], *, body_words: tuple[int, int] | None = None,
               others: Sequence[str] = ()) -> list[str]:
    """Problems of a part before it is written (empty when none): unique ids, every cite an article of the part,
    labels that agree with the error kind, no sentence repeated (content-free ones aside), no sentence copied from
    the earlier parts' files ``others`` (sentence files of tests/data/support), article bodies within
    ``body_words``."""
    problems = []
    urls = {a["url"] for a in arts}
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len({a["id"] for a in arts}) != len(arts) or len(urls) != len(arts):
        problems.append("duplicate article ids or urls")
    seen: set[str] = set()
    earlier = {r["sentence"] for name in others for r in load_jsonl(name)}
    for r in rows:
        if not r["cites"] or any(c not in urls for c in r["cites"]):
            problems.append(f"{r['id']}: cites an article outside the part")
        if (r["label"] == "supported") != (r["error"] == S) or r["error"] not in (S, *KINDS):
            problems.append(f"{r['id']}: label {r['label']} with error {r['error']}")
        if r["error"] == MERGE and len(set(r["cites"])) < 2:
            problems.append(f"{r['id']}: a merged-events sentence cites one article")
        if r["error"] != CF:
            if r["sentence"] in seen:
                problems.append(f"{r['id']}: repeated sentence {r['sentence']!r}")
            if r["sentence"] in earlier:
                problems.append(f"{r['id']}: copied from an earlier part {r['sentence']!r}")
        seen.add(r["sentence"])
    if body_words:
        lo, hi = body_words
        problems += [f"{a['id']}: body of {words(a['body'])} words" for a in arts
                     if not lo <= words(a["body"]) <= hi]
    return problems


# --- shared by the fresh parts' generators (make_support_eval5.py, make_support_eval6.py) ---------------------------

def entries(sents):  # noqa: ANN001, ANN201
    """(sentence, error[, other cited article ids[, kind]]) rows as (sentence, error, others, kind); a generic
    analysis sentence is of kind "analysis", the rest "fact" unless given."""
    for e in sents:
        sentence, error = e[0], e[1]
        others = e[2] if len(e) > 2 else ()
        kind = e[3] if len(e) > 3 else ("analysis" if error == "generic_analysis" else "fact")
        yield sentence, error, tuple(others), kind


def _shingles(text: str, n: int) -> set[tuple[str, ...]]:
    w = re.findall(r"[a-z0-9$%.,']+", text.lower())
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def _outside_texts(earlier: Sequence[str], earlier_articles: Sequence[str]) -> list[str]:
    """Texts our writing must not copy: earlier parts' sentences and articles, the demo corpus, ../shared/data."""
    root = DATA.parents[2]
    texts = [r["sentence"] for name in earlier for r in load_jsonl(name)]
    texts += [r["body"] for name in earlier_articles for r in load_jsonl(name)]
    for folder in (root / "topline/demo/corpus", root.parent / "shared/data"):
        if folder.exists():
            for p in folder.rglob("*"):
                if p.is_file() and p.suffix in (".jsonl", ".json", ".txt", ".csv", ".xml", ".html", ".md") \
                        and p.stat().st_size < 20_000_000:
                    texts.append(p.read_text(encoding="utf-8", errors="replace"))
    return texts


def copied(written: list[str], earlier: Sequence[str], earlier_articles: Sequence[str], n: int) -> list[str]:
    """Written texts sharing a run of ``n`` words with a text from outside the part."""
    outside: set[tuple[str, ...]] = set()
    for t in _outside_texts(earlier, earlier_articles):
        outside |= _shingles(t, n)
    return [w for w in written if _shingles(w, n) & outside]


def _id_prefix(rid: str) -> str:
    """The letters a sentence id starts with: "a" of "a0001", "ka" of "ka0001" (a two-letter prefix from eval25 on,
    once every single letter was taken)."""
    return re.match(r"[a-z]*", rid).group()


def fresh_part(articles: Sequence[Article], content_free: Sequence[tuple[str, str]], smollm2: Sequence[tuple], *,
               prefix: str, split: str, raw_name: str, earlier: Sequence[str], earlier_articles: Sequence[str],
               earlier_ids: str, shingle: int) -> tuple[list[dict], list[dict], list[str]]:
    """The article rows, sentence rows and problems of a fresh evaluation part (eval6 on): each article's
    hand-written sentences (``entries``), then the content-free ones, then the SmolLM2 sentences of ``raw_name``
    (article id, sentence, error[, other cited article ids]), numbered ``prefix`` + 4 digits. Problems: those of
    ``check_part`` (bodies of 120-300 words), a SmolLM2 sentence that is not a sentence of a recorded answer showing
    its article, an article id or url of an earlier part, an id prefix (its letters) of an earlier part
    (``earlier_ids``, or the letters of a sentence id of ``earlier``), and a run of ``shingle`` words of a written
    sentence or body copied from elsewhere (``copied``)."""
    arts, rows = [], []
    url_of = {a[0]: a[1] for a in articles}

    def add(sentence: str, error: str, aid: str, cites: list[str], kind: str, origin: str | None = None) -> None:
        rows.append(sentence_row(f"{prefix}{len(rows) + 1:04d}", sentence, cites, error, aid, split, origin,
                                 kind=kind))

    for aid, url, source, title, body, sents in articles:
        arts.append(article_row(aid, url, source, title, body))
        for sentence, error, others, kind in entries(sents):
            add(sentence, error, aid, [url] + [url_of[o] for o in others], kind)
    for aid, sentence in content_free:
        add(sentence, CF, aid, [url_of[aid]], "fact")
    answers: dict[str, set[str]] = {}
    for r in load_jsonl(raw_name):
        for aid in r.get("articles", []):
            answers.setdefault(aid, set()).update(model_sentences(r["raw"] or ""))
    problems = []
    for aid, sentence, error, *others in smollm2:
        if sentence not in answers.get(aid, ()):
            problems.append(f"not a sentence of the model's answer for {aid}: {sentence!r}")
        add(sentence, error, aid, [url_of[aid]] + [url_of[o] for o in (others[0] if others else ())],
            "analysis" if error == GEN else "fact", "smollm2")
    problems += check_part(arts, rows, body_words=(120, 300), others=earlier)
    earlier_art_ids = {r["id"] for name in earlier_articles for r in load_jsonl(name)}
    earlier_urls = {r["url"] for name in earlier_articles for r in load_jsonl(name)}
    problems += [f"{a['id']}: article id or url used by an earlier part" for a in arts
                 if a["id"] in earlier_art_ids or a["url"] in earlier_urls]
    taken = set(earlier_ids) | {_id_prefix(r["id"]) for name in earlier for r in load_jsonl(name)}
    if any(_id_prefix(r["id"]) in taken for r in rows):
        problems.append("an id prefix of an earlier part")
    written = [r["sentence"] for r in rows if r["origin"] != "smollm2" and r["error"] != CF]
    problems += [f"copies {shingle} words from elsewhere: {t[:80]!r}"
                 for t in copied(written + [a["body"] for a in arts], earlier, earlier_articles, shingle)]
    return arts, rows, problems


def write_part(name: str, arts: list[dict], rows: list[dict], problems: list[str],
               groups: Sequence[tuple[str, str]]) -> None:
    """Write ``name``-articles.jsonl and ``name``-sentences.jsonl, or exit with the problems; then print the counts
    (``groups``: (label, article id prefix) pairs counted on the last line)."""
    import sys
    from collections import Counter
    if problems:
        sys.exit("\n".join(problems))
    write_jsonl(f"{name}-articles.jsonl", arts)
    write_jsonl(f"{name}-sentences.jsonl", rows)
    labels = Counter(r["label"] for r in rows)
    print(f"{len(arts)} articles, {len(rows)} sentences: {dict(labels)}")
    print("by error:", dict(sorted(Counter(r["error"] for r in rows).items())))
    print("by origin:", dict(sorted(Counter(r["origin"] for r in rows).items())))
    print("by origin and label:", dict(sorted(Counter((r["origin"], r["label"]) for r in rows).items())))
    print("analysis sentences:", dict(Counter(r["label"] for r in rows if r["kind"] == "analysis")))
    print(*[x for label, pre in groups for x in (f"{label}:", sum(a["id"].startswith(pre) for a in arts))])
