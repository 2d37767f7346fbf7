"""Work and workers inform the page (issue 11, fourteenth pass): job cuts and strikes are the "labour" kind, a strike
is also a "strike" (a disruption), and each points to the page whose description covers it (tests/data/eval-mob's
"Results, Markets & Jobs" and "Operations, Disruptions & Launches")."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from topline.classify.events import article_kinds, inform, kind_pages, kinds_of
from topline.records import Article, Classification, Story, StoryBundle
from topline.taxonomy import load_taxonomy

from .test_offline import WHEN

DATA = Path(__file__).resolve().parents[1] / "data"
RESULTS = "Results, Markets & Jobs"
OPERATIONS = "Operations, Disruptions & Launches"
FLEETS = "Fleets, Factories & Infrastructure"


def gold_stories(corpus: str) -> dict[str, StoryBundle]:
    """The corpus's articles grouped by their gold story, as bundles."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for line in (DATA / corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows[r["story"]].append(r)
    out = {}
    for sid, rs in rows.items():
        arts = tuple(
            Article(url=r["url"], title=r["title"], text=r["text"], source=r["source"], published=WHEN, id=i + 1)
            for i, r in enumerate(rs)
        )
        out[sid] = StoryBundle(
            story=Story(
                id=sid,
                title=arts[0].title,
                article_ids=tuple(a.id for a in arts),
                first_seen=WHEN,
                last_seen=WHEN,
                outlets=tuple(a.source for a in arts),
            ),
            articles=arts,
        )
    return out


def test_job_cuts_and_strikes_are_read_in_news_wording():
    assert "labour" in article_kinds("Voltaro to close Dutch plant, cutting 1,900 jobs", "")
    assert "labour" in article_kinds("Union says 2,100 jobs at risk as Voltaro quits Tilburg", "")
    assert "labour" in article_kinds("Vestra Bank to cut 3,800 full-time positions", "")
    assert "labour" in article_kinds("Skyvale pilots vote to strike over pay", "")
    assert {"labour", "strike"} <= set(article_kinds("Skyvale pilots' strike called off after overnight deal", ""))
    # jobs a new plant creates are no cut, and a deal struck is no strike
    assert "labour" not in article_kinds("Okabe to invest EUR 800m in biologics plant, creating 400 jobs", "")
    assert "strike" not in article_kinds("Carmaker and supplier strike a deal on battery cells", "")


def test_a_plant_closure_that_cuts_jobs_goes_on_the_jobs_page_too():
    taxonomy = load_taxonomy(DATA / "eval-mob" / "taxonomy.toml")
    assert kind_pages(taxonomy).page["labour"] == (RESULTS,)
    closure = gold_stories("eval-mob")["s17"]  # Voltaro closes its Tilburg plant: 1,900 jobs
    assert "labour" in kinds_of(closure)
    c = Classification(story_id="s17", primary=FLEETS, scores=((FLEETS, 0.825), (RESULTS, 0.112), (OPERATIONS, 0.03)))
    [got] = inform([closure], [c], taxonomy)
    assert got.primary == FLEETS and RESULTS in got.secondary


def test_a_pilots_strike_goes_on_the_disruptions_page_too():
    taxonomy = load_taxonomy(DATA / "eval-mob" / "taxonomy.toml")
    assert kind_pages(taxonomy).page["strike"] == (OPERATIONS,)
    strike = gold_stories("eval-mob")["s02"]  # Skyvale's pilots vote to strike, talks, the strike called off
    assert {"labour", "strike"} <= set(kinds_of(strike))
    c = Classification(story_id="s02", primary=RESULTS, scores=((RESULTS, 0.845), (OPERATIONS, 0.111), (FLEETS, 0.02)))
    [got] = inform([strike], [c], taxonomy)
    assert got.primary == RESULTS and OPERATIONS in got.secondary


def test_no_noise_story_of_the_calibration_corpora_reads_as_work_news():
    """A charity fun run of a bank's staff or an airport's piano is not a job cut nor a strike."""
    for corpus in ("eval-mob", "eval-fin", "eval-tmt", "eval-agri", "cal-ai", "cal-ai2", "cal-biotech"):
        noise = set(json.loads((DATA / corpus / "gold.json").read_text(encoding="utf-8"))["noise"])
        for sid, b in gold_stories(corpus).items():
            if sid in noise:
                assert not {"labour", "strike"} & set(kinds_of(b)), (corpus, sid)
