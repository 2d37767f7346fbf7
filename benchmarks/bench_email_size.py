"""Size of the e-mail's HTML part for each demo edition (Gmail clips past 102 KB).

    python benchmarks/bench_email_size.py      # builds the demo in a temporary TOPLINE_HOME first

Prints, per edition date, the bytes of the HTML part of the whole-edition message and of the largest
one-category message, and the plain-text part.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="topline-email-size-"))
    env = dict(os.environ, TOPLINE_HOME=str(home))
    subprocess.run([sys.executable, "-m", "topline.cli.main", "demo"], env=env, check=True, capture_output=True)
    os.environ["TOPLINE_HOME"] = str(home)
    from topline.config import load_settings
    from topline.demo import demo_settings
    from topline.publish.email import HTML_BUDGET_BYTES, plan_messages
    from topline.publish.mailer import load_edition
    from topline.publish.site import public_url
    from topline.store import open_store
    settings = demo_settings(load_settings())
    print(f"budget: {HTML_BUDGET_BYTES} bytes; Gmail clips at {102 * 1024}")
    with open_store(settings) as store:
        for day in sorted(store.editions.dates()):
            edition = load_edition(store, day)
            smtp = settings.smtp.__class__(recipients=("all@example.com",),
                                           category_recipients={c.slug: ("one@example.com",) for c in edition.categories})
            messages, _ = plan_messages(edition, smtp, public_url(settings))
            html = {m.category or "all": len(m.html.encode()) for m in messages}
            text = next(len(m.text.encode()) for m in messages if not m.category)
            print(f"{day}  whole edition HTML {html['all']:>7}  largest category HTML "
                  f"{max(v for k, v in html.items() if k != 'all'):>6}  whole edition text {text:>6}")


if __name__ == "__main__":
    main()
