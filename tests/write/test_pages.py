"""Pages a strategy editor would choose: a story on every page where it is strong, noise on none."""
from __future__ import annotations

import datetime as dt

from topline.records import Article, Classification, Ranking, RankedStory, Story, StoryBundle
from topline.write import page_score, stories_for

NOON = dt.datetime(2025, 7, 3, 12, tzinfo=dt.timezone.utc)


def rs(sid: str, score: float, primary: str | None, secondary=(), scores=()) -> RankedStory:  # noqa: ANN001
    a = Article(url=f"https://news.example/{sid}", title=sid, text="x", source=f"Outlet {sid}", published=NOON, id=1)
    st = Story(id=sid, title=sid, article_ids=(1,), first_seen=NOON, last_seen=NOON, outlets=(a.source,))
    return RankedStory(StoryBundle(st, (a,), ()), Classification(sid, primary, tuple(scores), tuple(secondary)),
                       Ranking(sid, score))


def test_a_story_goes_on_its_secondary_page_after_the_page_s_own_stronger_stories():
    ban = rs("claude-ban", 0.77, "Enterprise", ("Capital",), (("Enterprise", 0.55), ("Capital", 0.40)))
    kling = rs("kling", 0.82, "Capital", (), (("Capital", 0.9),))
    subran = rs("subran", 0.50, "Capital", (), (("Capital", 0.8),))
    layoffs = rs("layoffs", 0.76, "Enterprise", (), (("Enterprise", 0.9),))
    wimbledon = rs("wimbledon", 0.9, None, ("Capital",), (("Capital", 0.3),))
    everything = [ban, kling, subran, layoffs, wimbledon]
    capital = [r.bundle.story.id for r in stories_for("Capital", everything, 3)]
    assert capital == ["kling", "claude-ban", "subran"]          # 0.77 x 0.40 / 0.55 = 0.56 > 0.50
    assert [r.bundle.story.id for r in stories_for("Enterprise", everything, 3)] == ["claude-ban", "layoffs"]
    assert page_score(ban, "Capital") < page_score(ban, "Enterprise") == 0.77
    assert page_score(layoffs, "Capital") == 0.0


def test_a_story_on_its_secondary_page_is_told_in_that_page_s_terms():
    from topline.records import Category, Taxonomy
    from topline.write import EditionContext, write_pages
    from topline.write.offline import OfflineWriter
    text = ("Nordvind Energy will build a 4.2 gigawatt offshore wind farm and connect it to the grid with a new "
            "transmission line by 2030, the Danish utility said on Wednesday. "
            "Nordvind raised $2 billion from investors including two pension funds to finance the project, the "
            "company said, valuing it at $9 billion.")
    arts = [Article(url=f"https://news.example/nordvind/{i}", title="Nordvind to build 4.2 GW wind farm",
                    text=text, source=src, published=NOON, id=10 + i)
            for i, src in enumerate(["Reuters", "Bloomberg"])]
    st = Story(id="nordvind", title=arts[0].title, article_ids=(10, 11), first_seen=NOON, last_seen=NOON,
               outlets=("Bloomberg", "Reuters"))
    rs_ = RankedStory(StoryBundle(st, tuple(arts), ()),
                      Classification("nordvind", "Power", (("Power", 0.6), ("Capital", 0.4)), ("Capital",)),
                      Ranking("nordvind", 0.7))
    taxonomy = Taxonomy((Category("Power", "Power plants, wind farms, grids and transmission lines."),
                         Category("Capital", "Funding rounds, investors, valuations and takeovers.")))
    ctx = EditionContext(date=NOON.date(), taxonomy=taxonomy, ranked=(rs_,))
    pages, _ = write_pages(ctx, OfflineWriter())
    bullets = {p.name: p.top_line[0].text for p in pages}
    assert bullets["Power"].startswith("Nordvind Energy will build")
    assert bullets["Capital"].startswith("Nordvind raised $2 billion"), bullets


def _sourced(sid: str, score: float, outlets: tuple[str, ...]) -> RankedStory:
    arts = tuple(Article(url=f"https://news.example/{sid}/{i}", title=sid, text="x", source=o, published=NOON,
                         id=100 + i) for i, o in enumerate(outlets))
    st = Story(id=sid, title=sid, article_ids=tuple(a.id for a in arts), first_seen=NOON, last_seen=NOON,
               outlets=tuple(sorted(set(outlets))))
    return RankedStory(StoryBundle(st, arts, ()), Classification(sid, "Tech", (("Tech", 0.9),)), Ranking(sid, score))


def test_the_outlet_cap_counts_single_source_stories_only():
    """Three single-source Reuters items fill Reuters's share of the page; a fourth is dropped, but a story Reuters
    broke and three other outlets carry is strong on its own and stays, whatever outlet it was first seen in."""
    own = [_sourced(f"own{i}", 0.9 - 0.01 * i, ("Reuters",)) for i in range(4)]
    wire = _sourced("wire", 0.5, ("Reuters", "Reuters"))           # a wire copy is still one source
    broad = _sourced("broad", 0.6, ("Reuters", "Bloomberg", "CNBC", "FT"))
    got = [r.bundle.story.id for r in stories_for("Tech", [*own, wire, broad], 3)]
    assert got == ["own0", "own1", "own2", "broad"]
    assert [r.bundle.story.id for r in stories_for("Tech", [*own, wire, broad], 5)] == \
        ["own0", "own1", "own2", "own3", "broad", "wire"]


def test_a_continuing_story_s_bullet_leads_with_what_is_new_since_its_last_briefing():
    from topline.write.offline.develop import _dangling, last_briefed
    from topline.write.offline.lead import leads
    from topline.write.offline.sentences import Candidate
    day1, day2 = NOON - dt.timedelta(days=1), NOON
    old = Article(url="https://news.example/k/1", title="Kling in talks to raise $2.75 billion", text="x",
                  source="Bloomberg", published=day1, id=1)
    new = Article(url="https://news.example/k/2", title="Kling raises $2.8 billion", text="x", source="Reuters",
                  published=day2, id=2)
    talks = Candidate("Kling is in talks to raise about $2.75 billion from investors, people familiar said.",
                      (old,), 0, score=0.9)
    raised = Candidate("Kling raised $2.8 billion from investors on Thursday, the company said.", (new,), 0,
                       score=0.6)
    assert leads([talks, raised], _dangling)[0] is talks                       # never briefed: the best sentence
    since = last_briefed([{"story_id": "k", "date": day1.date()}, {"story_id": "x", "date": day2.date()}], "k")
    assert since == day1.date()
    assert leads([talks, raised], _dangling, since=since)[0] is raised          # briefed: what is new leads
    unseen = [{"story_id": "k", "date": day1.date(), "printed": False}]
    assert last_briefed(unseen, "k") is None


def test_a_short_page_is_filled_with_the_stories_whose_second_or_third_category_it_is():
    """A thin day's Markets page held one story of its own; the takeover whose second category is Markets (at 0.17
    of its primary, as tests/data/eval-def's radar takeover on 10-14) follows it, then a story whose third category
    it is, best score x share first; a story whose fourth category it is, and one in no category, do not."""
    own = rs("defence-stocks-recover", 0.6, "Markets", (), (("Markets", 0.9), ("Contracts", 0.05)))
    takeover = rs("wrenfield-pays-up-for-radar", 0.76, "Contracts", (),
                  (("Contracts", 0.79), ("Markets", 0.136), ("Policy", 0.057)))
    third = rs("factory-in-poland", 0.7, "Programmes", (), (("Programmes", 0.6), ("Contracts", 0.3), ("Markets", 0.1)))
    fourth = rs("lander-engine", 0.9, "Space", (),
                (("Space", 0.7), ("Contracts", 0.2), ("Policy", 0.06), ("Markets", 0.04)))
    noise = rs("air-show-crowds", 0.95, None, (), (("Markets", 0.5),))
    got = [r.bundle.story.id for r in stories_for("Markets", [fourth, noise, third, own, takeover], 3)]
    assert got == ["defence-stocks-recover", "wrenfield-pays-up-for-radar", "factory-in-poland"]
    assert page_score(takeover, "Markets") == 0.0       # not a secondary: only a short page takes it


def test_a_full_page_takes_no_other_page_s_stories_and_an_empty_page_is_not_made():
    from topline.write import PAGE_FILL
    own = [rs(f"own{i}", 0.5 - 0.01 * i, "Markets", (), (("Markets", 0.9),)) for i in range(PAGE_FILL)]
    takeover = rs("takeover", 0.9, "Contracts", (), (("Contracts", 0.6), ("Markets", 0.4)))
    assert takeover not in stories_for("Markets", [*own, takeover], 3)
    assert stories_for("Markets", [*own[:PAGE_FILL - 1], takeover], 3)[-1] is takeover
    assert stories_for("Markets", [takeover], 3) == []   # no story of its own: no page made of others' stories
