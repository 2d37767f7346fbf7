"""The checker on the demo editions: sentences checked and dropped, by reason (and every dropped line with -v).

    PYTHONPATH=. python benchmarks/bench_checker_demo.py [-v]

Builds the bundled demo (offline writer) in a fresh TOPLINE_HOME and wraps the page gate
(``topline.write.verify_page``) to collect its reports. Runs against whichever checker PYTHONPATH imports, so the
same script measures a branch before and after a change.
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter


def main() -> None:
    verbose = "-v" in sys.argv
    home = tempfile.mkdtemp(prefix="check-demo-")
    os.environ["TOPLINE_HOME"] = home
    import topline.write as w
    from topline.config import load_settings
    from topline.demo import run
    reports = []
    published: list[str] = []
    real = w.verify_page

    def spy(page, articles):  # noqa: ANN001, ANN202
        out, report = real(page, articles)
        reports.append((page.name, report))
        published.extend(_lines(out))
        return out, report

    w.verify_page = spy
    run(load_settings())
    checked = sum(r.checked for _, r in reports)
    dropped = sum(r.dropped for _, r in reports)
    replaced = sum(r.replaced for _, r in reports)
    reasons: Counter[str] = Counter()
    for _, r in reports:
        for d in r.drops:
            reasons[_reason(d.problems)] += 1
    print(f"pages {len(reports)}  sentences checked {checked}  dropped {dropped}  headlines/titles replaced "
          f"{replaced}")
    print("drops by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    if "--dump" in sys.argv:
        with open(sys.argv[sys.argv.index("--dump") + 1], "w") as f:
            f.write("\n".join(published) + "\n")
    if verbose:
        for name, r in reports:
            for d in r.drops:
                print(f"- [{name} / {d.where}] {d.text}\n    {'; '.join(d.details)}")


def _lines(page) -> list[str]:  # noqa: ANN001
    out = [f"{page.name} | top | {i.text}" for i in page.top_line]
    for d in page.key_developments:
        out.append(f"{page.name} | headline | {d.headline}")
        out += [f"{page.name} | para | {p.text}" for p in d.paragraphs]
    for s in page.signals:
        out += [f"{page.name} | signal | {s.title} | {s.text} | {s.watch}"]
    return out


def _reason(problems) -> str:  # noqa: ANN001
    try:
        from topline.check.page import reason
        return reason(problems)
    except ImportError:        # an older checker: its first problem
        return problems[0] if problems else "?"


if __name__ == "__main__":
    main()
