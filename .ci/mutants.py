#!/usr/bin/env python3
"""A mutation check (issue 15): hand-chosen mutants of the canonicaliser, the ranker and the citation checker.

Each mutant is a code snippet and its replacement. The file is found by searching ``topline/`` for the snippet
(not by path or line number: modules move, e.g. the checker from topline/write/verify.py to topline/check/). For
each mutant, in a temporary copy of the tree, the snippet is replaced and the tests that cover the code are run;
the mutant must make them FAIL ("killed"). A surviving mutant fails this script: the suite would not notice that
bug. A mutant whose snippet is not found (or is found more than once) is skipped with a message.

    python .ci/mutants.py              # all mutants; exit 1 if any survives
    python .ci/mutants.py --list       # what would be mutated
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import queue
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
URL_TESTS = ("tests/ingest/test_urls.py",)
RANK_TESTS = ("tests/rank/test_rank.py",)
CHECK_TESTS = ("tests/write/test_verify.py", "tests/check/test_links.py")


@dataclass(frozen=True)
class Mutant:
    name: str
    snippet: str
    replacement: str
    tests: tuple[str, ...]


# Considered and left out, because no input reaches them through the public functions (equivalent mutants as far
# as 25 digit spellings and verify_page tried, 2026-12-03; reported to the lead): in the checker, the raw-digit
# check (`_check_digits`: the figure extractor reads every digit form tried first) and the filter of unknown
# citations before the headline check (`_valid_citations`: a paragraph citing an unknown URL is already dropped),
# and the "no cited article is from that outlet" branch of `_check` (an attribution to an uncited outlet is
# flagged "outlet" by another path as well, in every case tried).
MUTANTS = (
    # canonicaliser (topline/ingest/urls.py)
    Mutant("urls: tracking prefixes kept", "return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)",
           "return k in TRACKING_PARAMS", URL_TESTS),
    Mutant("urls: query not sorted", "return urlencode(sorted(pairs), doseq=True)",
           "return urlencode(pairs, doseq=True)", URL_TESTS),
    Mutant("urls: www. kept", 'if host.startswith("www."):', 'if host.startswith("www.") and False:', URL_TESTS),
    Mutant("urls: trailing slash kept", 'path = path.rstrip("/") or "/"', 'path = path or "/"', URL_TESTS),
    Mutant("urls: http kept", 'return urlunsplit(("https", host,', 'return urlunsplit((scheme, host,', URL_TESTS),
    # ranker (topline/rank/factors.py)
    Mutant("rank: outlets saturate later", "min(1.0, math.log1p(n) / math.log1p(OUTLETS_SATURATE))",
           "min(1.0, math.log1p(n) / math.log1p(OUTLETS_SATURATE + 1))", RANK_TESTS),
    Mutant("rank: recency half-life doubled", "value = 0.5 ** (age_h / RECENCY_HALF_LIFE_H)",
           "value = 0.5 ** (age_h / (2 * RECENCY_HALF_LIFE_H))", RANK_TESTS),
    Mutant("rank: body figures not discounted", "v if headline else v * BODY_DISCOUNT", "v", RANK_TESTS),
    Mutant("rank: stale if either count is unchanged", "if new_articles <= 0 and new_outlets <= 0:",
           "if new_articles <= 0 or new_outlets <= 0:", RANK_TESTS),
    Mutant("rank: tier averages one outlet", "best = outlets[:TIER_BEST]", "best = outlets[:1]", RANK_TESTS),
    # citation checker (topline/write/verify.py, or wherever it moves)
    Mutant("check: money values compared loosely", 'return g.kind == f.kind and g.unit == f.unit and _same_value(f.value, g.value)',
           'return g.kind == f.kind and g.unit == f.unit', CHECK_TESTS),
    Mutant("check: any domain allowed", "if _belongs(dom, hosts) or _company_name(m, norm, cited_text):",
           "if True:", CHECK_TESTS),
    Mutant("check: citation's outlet not compared with its article's",
           "if c.source and a.source and outlet_key(c.source) != outlet_key(a.source):", "if False:", CHECK_TESTS),
    Mutant("check: quotes not checked", "if not any(all(p in h for p in parts) for h in hay):", "if False:",
           CHECK_TESTS),
    Mutant("check: day of a date ignored", "if fd is not None and fd != gd:", "if False:", CHECK_TESTS),
)


def locate(root: Path, snippet: str) -> tuple[Path | None, str]:
    """The one file under root/topline holding ``snippet`` exactly once, or (None, why not)."""
    hits = []
    for p in sorted((root / "topline").rglob("*.py")):
        n = p.read_text(encoding="utf-8").count(snippet)
        if n:
            hits.append((p, n))
    if not hits:
        return None, "snippet not found"
    if len(hits) > 1 or hits[0][1] > 1:
        return None, "snippet found more than once: " + ", ".join(f"{p.relative_to(root)} x{n}" for p, n in hits)
    return hits[0][0], ""


def copy_tree(dest: Path) -> None:
    ignore = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.pyc", ".pytest_cache", "artifacts", "site",
                                    "*.egg-info")
    for name in ("topline", "tests", "pyproject.toml"):
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / name)


def run_tests(root: Path, tests: tuple[str, ...], timeout: float) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CI", None)   # a mutant is judged by its tests failing, not by evidence missing
    # serial (the addopts' two xdist workers would each import the project again for a few small test files)
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--numprocesses=0", *tests]
    try:
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return -1, "timeout"
    return proc.returncode, (proc.stdout + proc.stderr)[-1500:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant's test run")
    ap.add_argument("--workers", type=int, default=2, help="mutants judged at a time, each in its own copy")
    args = ap.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="topline-mutants-") as tmp:
        root = Path(tmp)
        copy_tree(root)
        code, out = run_tests(root, tuple(sorted({t for m in MUTANTS for t in m.tests})), args.timeout)
        if code != 0 and not args.list:
            print(f"mutants: the unmutated tests do not pass (exit {code}); nothing to measure\n{out}")
            return 1
        killed, survived, skipped = [], [], []
        todo = []
        for m in MUTANTS:
            path, why = locate(root, m.snippet)
            if path is None:
                print(f"SKIP     {m.name}: {why}: {m.snippet!r}")
                skipped.append(m.name)
                continue
            rel = path.relative_to(root)
            if args.list:
                print(f"mutant   {m.name}: {rel}: {m.snippet!r} -> {m.replacement!r}; tests {' '.join(m.tests)}")
                continue
            todo.append((m, rel))
        # one copy of the tree per worker (each mutant's tests run serially; two mutants at a time use both cores)
        copies: queue.Queue[Path] = queue.Queue()
        copies.put(root)
        for k in range(1, max(1, args.workers)):
            extra = root.parent / f"{root.name}-{k}"
            copy_tree(extra)
            copies.put(extra)

        def judge(item: tuple[Mutant, Path]) -> tuple[int, str]:
            m, rel = item
            tree = copies.get()
            try:
                path = tree / rel
                original = path.read_text(encoding="utf-8")
                path.write_text(original.replace(m.snippet, m.replacement, 1), encoding="utf-8")
                try:
                    return run_tests(tree, m.tests, args.timeout)
                finally:
                    path.write_text(original, encoding="utf-8")
            finally:
                copies.put(tree)

        with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
            results = list(pool.map(judge, todo))
        for (m, rel), (code, out) in zip(todo, results):
            if code == 1 or code == -1:
                killed.append(m.name)
                print(f"killed   {m.name} ({rel})" + (" by timeout" if code == -1 else ""))
            elif code == 0:
                survived.append(m.name)
                print(f"SURVIVED {m.name} ({rel}): {' '.join(m.tests)} still pass with {m.replacement!r}")
            else:   # 2-5: interrupted, internal error, usage error, no tests collected
                survived.append(m.name)
                print(f"ERROR    {m.name} ({rel}): pytest exit {code} (not a test failure)\n{out}")
        for k in range(1, max(1, args.workers)):
            shutil.rmtree(root.parent / f"{root.name}-{k}", ignore_errors=True)
    if args.list:
        return 0
    print(f"mutants: {len(killed)} killed, {len(survived)} survived, {len(skipped)} skipped "
          f"in {time.monotonic() - started:.0f} s")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
