"""Two trees' editions compared byte for byte, and one build's CPU profiled (issue 14, speed34).

``build``: each named corpus (``demo``: topline/demo/corpus; else tests/data/NAME) built as the measures build it
(``topline.eval.build.build_corpus``: every date that has articles, offline writer, the corpus's taxonomy), each
edition written as its Markdown (``publish.markdown.edition_markdown``) and its JSON (``records.to_dict`` of the
edition, less its clock readings: ``generated_at`` and the manifest's timings, CPU and cache hits) into OUT/NAME/.
Run it with the tree to measure first on ``PYTHONPATH`` (the script imports ``topline`` from there):

    PYTHONPATH=/tmp/base python benchmarks/same_editions.py build /tmp/eds-base demo cal-ai eval-work ...
    PYTHONPATH=.          python benchmarks/same_editions.py build /tmp/eds-new  demo cal-ai eval-work ...
    python benchmarks/same_editions.py compare /tmp/eds-base /tmp/eds-new     # exit 1 when any file differs

``--profile FILE`` runs the builds under cProfile, timed by this process's CPU clock (``time.process_time``: the
machine is shared), and writes the stats there (``pstats``); each corpus's CPU seconds (user + sys of the process and
its waited-for children) are printed either way.
"""
from __future__ import annotations

import argparse
import cProfile
import filecmp
import json
import resource
import sys
import time
from pathlib import Path

# what a build's clock and cache report, which two builds of the same code differ in
CLOCK_KEYS = ("seconds", "timings", "cpu", "workers_cpu", "cache")


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime + c.ru_utime + c.ru_stime


def _files(name: str) -> tuple[list[Path], Path]:
    from topline import demo
    from topline.eval.editorial import article_files
    import topline
    folder = demo.corpus_dir() if name == "demo" else Path(topline.__file__).resolve().parents[1] / "tests/data" / name
    return article_files(folder), folder / "taxonomy.toml"


def edition_texts(edition) -> tuple[str, str]:  # noqa: ANN001 - topline.records.Edition
    """(Markdown, JSON less clock readings) of one edition."""
    from topline.publish.markdown import edition_markdown
    from topline.records import to_dict
    d = to_dict(edition)
    d.pop("generated_at", None)
    for k in CLOCK_KEYS:
        d.get("manifest", {}).pop(k, None)
    return edition_markdown(edition), json.dumps(d, indent=1, sort_keys=True, default=str)


def build(out: Path, names: list[str]) -> None:
    from topline.eval.build import build_corpus
    for name in names:
        t0 = _cpu()
        got = build_corpus(*_files(name))
        cpu = _cpu() - t0
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for day, result in got.results.items():
            md, js = edition_texts(result.edition)
            (folder / f"{day}.md").write_text(md, encoding="utf-8")
            (folder / f"{day}.json").write_text(js, encoding="utf-8")
        print(f"{name}: {len(got.results)} editions, {cpu:.1f} CPU s", flush=True)


def compare(a: Path, b: Path) -> int:
    names_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    names_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    bad = 0
    if names_a != names_b:
        print(f"different files: {sorted(set(names_a) ^ set(names_b))}")
        bad += 1
    for n in names_a:
        if n in names_b and not filecmp.cmp(a / n, b / n, shallow=False):
            print(f"differs: {n}")
            bad += 1
    print(f"{len(names_a)} files compared, {bad} different")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("out", type=Path)
    b.add_argument("names", nargs="+")
    b.add_argument("--profile", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "compare":
        sys.exit(compare(args.a, args.b))
    if args.profile:
        prof = cProfile.Profile(time.process_time)
        prof.runcall(build, args.out, args.names)
        prof.dump_stats(str(args.profile))
    else:
        build(args.out, args.names)


if __name__ == "__main__":
    main()
