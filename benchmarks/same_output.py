"""Two commits' editions and event ledgers compared on the demo and calibration corpora (issue 14, scale34).

A change meant to leave the output alone (a pattern compiled once instead of on every call, a cache) is checked
with it: ``dump`` builds each corpus through ``topline.eval.build.build_corpus`` (the build the editorial and
signal-claim measures read: offline writer, the corpus's taxonomy) with the ``topline`` that ``PYTHONPATH`` points
at, and writes per corpus one JSON file: every edition as ``tests/editions.comparable`` makes it (clock readings and
cache counts left out) and the ledger events each edition read, serialised with sorted keys. ``compare`` says, per
corpus, whether the two files are byte-identical and, when not, which editions or ledgers differ.

    PYTHONPATH=/tmp/base python benchmarks/same_output.py dump /tmp/out-base demo cal-biotech cal-ai2 ...
    PYTHONPATH=.         python benchmarks/same_output.py dump /tmp/out-new  demo cal-biotech cal-ai2 ...
    python benchmarks/same_output.py compare /tmp/out-base /tmp/out-new

Each build's CPU seconds (this process, ``time.process_time``, imports excluded) go to stderr beside the load.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = ("demo", "cal-biotech", "cal-ai", "cal-ai2", "eval-capital", "eval-work")   # the default set


def _files(name: str, tree: Path) -> tuple[list[Path], Path]:
    from topline import demo
    from topline.eval.editorial import article_files
    folder = demo.corpus_dir() if name == "demo" else tree / "tests" / "data" / name
    return article_files(folder), folder / "taxonomy.toml"


def dump(out: Path, names: list[str]) -> None:
    import topline
    from topline.eval.build import build_corpus
    from topline.records import to_dict
    tree = Path(topline.__file__).resolve().parents[1]
    sys.path.append(str(tree / "tests"))      # appended: topline stays the one PYTHONPATH names
    from editions import comparable
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        t0 = time.process_time()
        built = build_corpus(*_files(name, tree))
        cpu = time.process_time() - t0
        doc = {"editions": {d: comparable(r.edition) for d, r in built.results.items()},
               "events": {d: json.loads(json.dumps([to_dict(e) for e in evs], default=str))
                          for d, evs in built.events.items()}}
        (out / f"{name}.json").write_text(json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=0) + "\n",
                                          encoding="utf-8")
        print(f"{name}: {len(doc['editions'])} editions, {sum(map(len, doc['events'].values()))} ledger events, "
              f"build {cpu:.1f} CPU s (load {'/'.join(f'{x:.1f}' for x in os.getloadavg())}); tree {tree}",
              file=sys.stderr)


def compare(a: Path, b: Path) -> int:
    """0 when every corpus dumped in ``a`` is byte-identical in ``b``."""
    bad = 0
    for fa in sorted(a.glob("*.json")):
        fb = b / fa.name
        if not fb.is_file():
            print(f"{fa.stem}: missing in {b}")
            bad += 1
            continue
        if fa.read_bytes() == fb.read_bytes():
            da = json.loads(fa.read_text(encoding="utf-8"))
            print(f"{fa.stem}: identical ({len(da['editions'])} editions, "
                  f"{sum(map(len, da['events'].values()))} ledger events)")
            continue
        bad += 1
        da, db = (json.loads(f.read_text(encoding="utf-8")) for f in (fa, fb))
        for part in ("editions", "events"):
            for day in sorted(set(da[part]) | set(db[part])):
                if da[part].get(day) != db[part].get(day):
                    print(f"{fa.stem}: {part} of {day} differ")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("corpora", nargs="*", default=list(CORPORA))
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.corpora)
    else:
        sys.exit(1 if compare(args.a, args.b) else 0)


if __name__ == "__main__":
    main()
