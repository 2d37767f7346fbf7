"""benchmarks/sweep_editorial.py's miss classes (issue 11, editorial36): each gold story missing from a gold day's
Top Line is counted where it was lost, on a hand-built day of real records."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

from topline.ingest.urls import canonical_url
from topline.records import (Article, CategoryPage, Citation, Classification, RankedStory, Ranking, Story,
                             StoryBundle, TopLineItem)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import sweep_editorial as sw  # noqa: E402

T = dt.datetime(2027, 3, 24, 9, tzinfo=dt.timezone.utc)


def _story(sid: str, urls: list[str], score: float, primary: str, secondary: tuple[str, ...] = (),
           scores: tuple = ()) -> RankedStory:
    arts = tuple(Article(url=u, title=u, published=T, source=f"Outlet {i}") for i, u in enumerate(urls))
    story = Story(id=sid, title=sid, article_ids=(), first_seen=T, last_seen=T, outlets=("Outlet 0", "Outlet 1"))
    c = Classification(story_id=sid, primary=primary, scores=scores or ((primary, 0.9),), secondary=secondary)
    return RankedStory(StoryBundle(story, arts), c, Ranking(story_id=sid, score=score))


def _bullet(rs: RankedStory, url: str | None = None) -> TopLineItem:
    return TopLineItem(text="x", story_id=rs.bundle.story.id,
                       citations=(Citation(url=url or rs.bundle.articles[0].url, source="Outlet 0"),))


def test_each_miss_is_counted_where_it_was_lost() -> None:
    u = {k: f"https://news.example/{k}" for k in
         ("g1", "x1", "x2", "mix", "other", "p6a", "p6b", "o1", "o2", "o3", "sec", "pg", "mrg", "host")}
    url_story = {canonical_url(v): k for k, v in u.items()}
    url_story |= {canonical_url(u["mix"]): "gmix", canonical_url(u["other"]): "gother",
                  canonical_url(u["p6a"]): "gp6", canonical_url(u["p6b"]): "gp6",
                  canonical_url(u["mrg"]): "gmerged", canonical_url(u["host"]): "x3"}
    s1 = _story("s1", [u["g1"]], 0.9, "A")
    s2 = _story("s2", [u["x1"]], 0.85, "A")
    s3 = _story("s3", [u["mix"], u["mix"] + "?v=2", u["other"]], 0.8, "A")   # majority gmix, bullet cites gother
    s4 = _story("s4", [u["x2"]], 0.75, "A")
    s5 = _story("s5", [u["o1"]], 0.7, "A")
    s6 = _story("s6", [u["p6a"]], 0.65, "A")                                  # 6th on A
    s7 = _story("s7", [u["p6b"]], 0.1, "A")                                   # the same gold story, split
    s8 = _story("s8", [u["sec"]], 0.55, "B", ("A",), (("B", 0.5), ("A", 0.3)))   # a secondary, far down
    s9 = _story("s9", [u["pg"]], 0.95, "B")                                    # not on A's list
    s10 = _story("s10", [u["host"], u["host"] + "?a=1", u["mrg"]], 0.05, "B")   # gmerged inside another story
    extra = [_story(f"e{i}", [f"https://news.example/e{i}"], 0.3 - i / 100, "A") for i in range(4)]
    ranked = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, *extra]
    page = CategoryPage(name="A", slug="a", top_line=(_bullet(s1), _bullet(s2), _bullet(s3, u["other"]),
                                                       _bullet(s4), _bullet(s5)),
                        key_developments=(), signals=())
    results = {"2027-03-24": SimpleNamespace(edition=SimpleNamespace(categories=[page]), ranked=ranked)}
    gold = {"2027-03-24": {"A": ["g1", "gmix", "gp6", "sec", "pg", "gmerged", "gone"]}}
    got = sw.miss_classes(results, url_story, gold, noise={"o1"})
    assert got == {"grouping: its bullet tells another story": 1, "rank: primary 6th": 1,
                   "rank: secondary 7th-10th": 1, "page: not on the page's list": 1,
                   "grouping: merged into another story": 1, "not in the window": 1,
                   "split (also counted in its class)": 1, "noise in the five": 1, "other stories in the five": 3}
