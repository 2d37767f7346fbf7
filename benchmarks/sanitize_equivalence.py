"""Does the sanitiser still give the same output? (issue 14: its speed-ups must not change one character).

Loads ``topline/sanitize.py`` as it was at ``--ref`` (git) beside the working tree's, runs both on every text of

* the injection corpus (tests/data/injection/variants.jsonl),
* the support set (tests/data/support: articles and sentences),
* the demo corpus (topline/demo/corpus) and tests/data/eval-energy,
* the shared data sets that exist under ../shared/data (read by path; skipped with a note when absent),
* the edition benchmark's synthetic articles (``bench_stories.synthetic``, ``--n``),

and on variants of each text that take the other code paths (upper case; Cyrillic and Greek look-alike letters;
fullwidth letters; zero-width and bidirectional characters, soft hyphens and private-use characters; curly quotes
and a final capital sigma; obfuscated addresses), and compares every public function's output: ``clean_article_text``
(with and without delimiters), ``clean_line``, ``clean_output``, ``addresses``, ``strip_addresses``,
``strip_invisible`` and ``looks_like_injection`` on every sentence. Prints the counts; exits 1 on any difference.

    python benchmarks/sanitize_equivalence.py                  # against 2891b15 (main before issue 14's 2nd round)
    python benchmarks/sanitize_equivalence.py --ref main --n 2000
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
DATA = REPO / ".." / "shared" / "data"
HTML_PAGES = 10          # pages of extraction-zyte run (each is ~100 KB of markup; the reference is slow on them)
SAMPLED = ("shared", "bench", "html")   # large sets: only --variant-share of their texts also run as variants
DELIMITERS = ("<<<ARTICLE>>>", "<<<END>>>", "<<<", ">>>")

_LOOKALIKE = str.maketrans("aeopcxyABEKMHOPCTX", "аеорсхуАВЕКМНОРСТХ")   # Latin -> Cyrillic look-alikes
_GREEK = str.maketrans("aoiknptuABEZHIKMNOPTYX", "αοικνρτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
_INVIS = ["\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u00ad", "\ue000", "\x07", "\U000e0041"]


def _load(ref: str):   # noqa: ANN202
    src = subprocess.run(["git", "-C", str(REPO), "show", f"{ref}:topline/sanitize.py"], capture_output=True,
                         text=True, check=True).stdout
    path = Path(tempfile.mkdtemp(prefix="sanitize-ref-")) / "sanitize_ref.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("sanitize_ref", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _jsonl(path: Path, fields: tuple[str, ...]) -> list[str]:
    if not path.exists():
        print(f"  (skipped: {path} is absent)")
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out += [row[f] for f in fields if isinstance(row.get(f), str) and row[f]]
    return out


def _multiling(path: Path) -> list[str]:
    """MultiLing 2011's documents (ten languages, several scripts), one text per document."""
    if not path.exists():
        print(f"  (skipped: {path} is absent)")
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        for doc in json.loads(line).get("documents", []):
            text = doc.get("text")
            out.append("\n".join(text) if isinstance(text, list) else str(text or ""))
    return out


def _html(folder: Path, limit: int) -> list[str]:
    """Raw web pages (markup, scripts, hidden elements), the first ``limit`` in name order."""
    import gzip
    if not folder.exists():
        print(f"  (skipped: {folder} is absent)")
        return []
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(folder.glob("*.html.gz"))[:limit]]


def texts(n: int) -> dict[str, list[str]]:
    sets = {
        "injection": _jsonl(REPO / "tests/data/injection/variants.jsonl", ("title", "text", "source", "author")),
        "support": _jsonl(REPO / "tests/data/support/articles.jsonl", ("title", "body", "source"))
        + _jsonl(REPO / "tests/data/support/sentences.jsonl", ("sentence", "text")),
        "demo": sum((_jsonl(p, ("title", "text", "source")) for p in sorted((REPO / "topline/demo/corpus").glob("*.jsonl"))),
                    []) + _jsonl(REPO / "tests/data/eval-energy/articles.jsonl", ("title", "text", "body", "source")),
        "shared": sum((_jsonl(p, ("title", "text")) for p in sorted(DATA.glob("*/articles.jsonl"))), []),
        "multiling": _multiling(DATA / "multiling2011" / "documents.jsonl"),
        "html": _html(DATA / "extraction-zyte" / "html", HTML_PAGES),
    }
    if n:
        from bench_stories import synthetic
        arts = synthetic(n, days=1)
        sets["bench"] = [a.title for a in arts] + [a.text for a in arts]
    return sets


def variants(text: str, rng: random.Random) -> list[str]:
    """The text and copies that take the sanitiser's other paths (non-ASCII, look-alikes, invisible characters)."""
    words = text.split(" ")
    invis = " ".join(w + (rng.choice(_INVIS) if rng.random() < 0.2 else "") for w in words)
    mixed = " ".join(w.translate(_LOOKALIKE) if rng.random() < 0.3 else w for w in words)
    greek = " ".join(w.translate(_GREEK) if rng.random() < 0.2 else w for w in words)
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < 0.2 else c for c in text)
    quoted = text.replace('"', "\u201c", 1).replace('"', "\u201d", 1).replace("'", "\u2019") + " ΟΔΥΣΣΕΥΣ İstanbul ß"
    addr = text.replace(". ", ". Write to desk [at] example [dot] com or see hxxp://evil[.]example/x. ", 1)
    return [text, text.upper(), invis, mixed, greek, wide, quoted, addr]


def compare(ref, new, corpus: dict[str, list[str]], variant_share: float) -> int:  # noqa: ANN001
    from topline.text import split_sentences
    rng = random.Random(14)
    bad = 0
    for name, items in corpus.items():
        t0 = time.perf_counter()
        n_texts = n_sents = 0
        for text in items:
            group = variants(text, rng) if name not in SAMPLED or rng.random() < variant_share else [text]
            for t in group:
                n_texts += 1
                for fn, args in (("clean_article_text", (t,)), ("clean_article_text", (t, DELIMITERS)),
                                 ("clean_line", (t,)), ("clean_output", (t,)), ("addresses", (t,)),
                                 ("strip_addresses", (t,)), ("strip_invisible", (t,))):
                    a, b = getattr(ref, fn)(*args), getattr(new, fn)(*args)
                    if a != b:
                        bad += 1
                        if bad <= 10:
                            print(f"  DIFF {name} {fn}: {t[:120]!r}\n    ref {a!r:.300}\n    new {b!r:.300}")
                for s in split_sentences(t):
                    n_sents += 1
                    if ref.looks_like_injection(s) != new.looks_like_injection(s):
                        bad += 1
                        if bad <= 10:
                            print(f"  DIFF {name} looks_like_injection: {s[:160]!r}")
        print(f"{name}: {len(items)} texts -> {n_texts} with variants, {n_sents} sentences; "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", default="2891b15", help="git commit of the reference sanitiser")
    ap.add_argument("--n", type=int, default=10_000, help="synthetic benchmark articles (0: none)")
    ap.add_argument("--variant-share", type=float, default=0.1,
                    help="share of the benchmark's texts also run as variants (all other sets: every text)")
    args = ap.parse_args()
    ref = _load(args.ref)
    import topline.sanitize as new
    print(f"reference: topline/sanitize.py at {args.ref}; new: {new.__file__}")
    bad = compare(ref, new, texts(args.n), args.variant_share)
    print(f"{bad} difference(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
