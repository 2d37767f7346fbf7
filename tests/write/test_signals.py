"""Signals & Trends of the offline writer on a hand-built edition: themes of the page's own stories.

The edition has ten stories that all mention OpenAI (a ubiquitous name), two themes on the Capital page (a chip-stock
selloff told by two stories, a power-equipment boom told by two others), a Capital story that fits no theme, and a
chip-stock story filed under another category. Every signal must keep to its page, group by theme, cite only the
articles it quotes (plus one article per outlet it counts) and end with a forward-looking, cited sentence.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from topline.config import Settings
from topline.records import (Article, Category, CategoryPage, Classification, RankedStory, Ranking, Story,
                             StoryBundle, Taxonomy)
from topline.write import EditionContext, write_pages
from topline.write.offline import OfflineWriter, signals
from topline.check import check_sentence

DAY = dt.date(2025, 7, 3)
CAPITAL, ENTERPRISE, POLICY = "Capital & Industrial Strategy", "Enterprise & Adoption", "Policy & Regulation"
TAXONOMY = Taxonomy(categories=(Category(CAPITAL, "Markets and investment."), Category(ENTERPRISE, "Adoption."),
                                Category(POLICY, "Rules.")))
_ids = iter(range(1, 10_000))


def article(source: str, title: str, text: str, day: int = 3) -> Article:
    n = next(_ids)
    return Article(url=f"https://news.example/{source.lower().replace(' ', '-')}/{n}", title=title, text=text,
                   source=source, published=dt.datetime(2025, 7, day, 9, tzinfo=dt.timezone.utc), id=n)


def ranked(sid: str, arts: tuple[Article, ...], category: str, score: float,
           secondary: tuple[str, ...] = ()) -> RankedStory:
    story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                  first_seen=min(a.published for a in arts), last_seen=max(a.published for a in arts),
                  outlets=tuple(sorted({a.source for a in arts})))
    return RankedStory(StoryBundle(story, arts), Classification(sid, category, secondary=secondary),
                       Ranking(sid, score))


CHIPS_US = (
    article("CNBC", "Chip stocks tumble as semiconductor index posts worst day since April",
            "Semiconductor stocks sold off sharply on Wednesday as investors questioned how long demand for chips "
            "can outrun falling inference prices. The Philadelphia Semiconductor Index fell as much as 6% after its "
            "best quarter on record. Nvidia and AMD shares led the chip stocks lower in afternoon trading. OpenAI "
            "customers are paying less for each query as inference prices keep falling."),
    article("Barron's", "Falling inference prices put chip stocks at risk",
            "The selloff in chip stocks shows that investors now doubt the semiconductor rally can last. Cheaper "
            "inference prices squeeze the returns that chip stocks have priced in for the coming years. Investors "
            "will watch Micron's earnings next week for signs that semiconductor demand is holding up. OpenAI "
            "has cut the price of its models twice this year."),
)
CHIPS_ASIA = (
    article("Nikkei Asia", "Asian chip stocks follow Wall Street lower as semiconductor rally cools",
            "Asian chip stocks fell on Thursday after the semiconductor selloff in New York, with investors "
            "selling the winners of the first half. SK Hynix and Tokyo Electron led the semiconductor index lower "
            "in Seoul and Tokyo. Fund managers said falling inference prices had made investors nervous about chip "
            "stocks. OpenAI is one of the largest buyers of the chips made with these components."),
    article("The Straits Times", "Regional chip stocks slide as investors rotate",
            "Chip stocks across the region slid as investors rotated out of semiconductor names after a record "
            "quarter. The semiconductor index in Taiwan fell for a second day as foreign investors sold. OpenAI "
            "demand has underpinned orders for regional chip makers this year."),
)
POWER_US = (
    article("Bloomberg", "Schneider, Eaton and Vertiv ride data centre orders as grid gear backlogs swell",
            "Orders for transformers, switchgear and liquid cooling equipment have swelled as data centre "
            "builders race to secure power equipment. Vertiv said its backlog of power equipment orders rose to a "
            "record in the second quarter. Eaton plans to open a new transformer factory in South Carolina next "
            "year to meet data centre demand. OpenAI data centres need far more power equipment than older "
            "server halls."),
    article("Reuters", "Power equipment makers cannot build transformers fast enough for data centres",
            "Makers of transformers and switchgear are sold out for two years as data centre operators compete "
            "for power equipment. Schneider Electric said data centre orders for its cooling and power equipment "
            "doubled from a year ago. OpenAI partners are among the largest buyers of the power equipment."),
)
POWER_EU = (
    article("Financial Times", "Europe's grid suppliers race to keep up with data centre power demand",
            "Siemens Energy and Hitachi Energy have lengthened delivery times for transformers as data centre "
            "operators book power equipment years ahead. Grid operators in Ireland and the Netherlands have "
            "limited new data centre connections because transformers and switchgear are scarce. OpenAI has "
            "said its European data centres will need dedicated power equipment."),
)
LONER = (
    article("TechCrunch", "Robotics start-up Figure raises a new round for humanoid robots",
            "Figure, a maker of humanoid robots, has raised a new funding round led by Parkway Venture Capital. "
            "The company will use the money to build more robots for warehouse customers in Texas. OpenAI had "
            "previously partnered with Figure on robot software before the two ended their collaboration."),
)
CHIPS_OTHER = (   # a chip-stock story of another category: never part of a Capital signal
    article("MarketWatch", "Chip stocks slide as semiconductor investors weigh falling inference prices",
            "Chip stocks slid again as semiconductor investors weighed falling inference prices and the risk to "
            "chip demand. The semiconductor index fell for a second session as investors sold chip stocks. "
            "OpenAI buys a large share of the chips that these companies make."),
)


def _filler(k: int) -> tuple[Article, ...]:
    topics = ("a hospital chatbot pilot in Leeds", "a school tutoring trial in Ohio", "a bank fraud model in Lyon",
              "a farm drone programme in Kenya", "a museum audio guide in Madrid")
    t = topics[k % len(topics)]
    return (article("The Verge", f"OpenAI tools tested in {t}",
                    f"OpenAI tools were tested in {t}, according to the organisers of the trial. The organisers "
                    f"said the results of {t} would be published in the autumn. Staff using OpenAI software in "
                    f"{t} reported mixed experiences with the assistant."),)


EDITION = (
    ranked("s-chips-us", CHIPS_US, CAPITAL, 0.9),
    ranked("s-power-us", POWER_US, CAPITAL, 0.85),
    ranked("s-chips-asia", CHIPS_ASIA, CAPITAL, 0.8),
    ranked("s-power-eu", POWER_EU, ENTERPRISE, 0.75, secondary=(CAPITAL,)),   # secondary: on the Capital page
    ranked("s-loner", LONER, CAPITAL, 0.7),
    ranked("s-chips-other", CHIPS_OTHER, POLICY, 0.95),
    *(ranked(f"s-filler-{k}", _filler(k), ENTERPRISE, 0.3) for k in range(5)),
)
ARTICLES = {a.url: a for rs in EDITION for a in rs.bundle.articles}
HISTORY = ({"date": dt.date(2025, 7, 2), "story_id": "s-chips-us", "category": CAPITAL, "rank": 1},)


def _ctx(previous=()) -> EditionContext:  # noqa: ANN001
    return EditionContext(date=DAY, taxonomy=TAXONOMY, ranked=EDITION, history=HISTORY,
                          previous_signals=tuple(previous), settings=Settings())


@pytest.fixture(scope="module")
def capital() -> CategoryPage:
    pages, stats = write_pages(_ctx(), OfflineWriter())
    assert stats.sentences_dropped == 0, stats.notes
    return {p.name: p for p in pages}[CAPITAL]


def test_signals_group_by_theme_not_by_a_ubiquitous_name(capital):
    got = {frozenset(s.story_ids) for s in capital.signals}
    assert got == {frozenset({"s-chips-us", "s-chips-asia"}), frozenset({"s-power-us", "s-power-eu"})}, got
    for s in capital.signals:
        assert "OpenAI" not in s.title and " across " not in s.title, s.title
    titles = " ".join(s.title.lower() for s in capital.signals)
    assert "chip stocks" in titles and ("power equipment" in titles or "data centre" in titles), titles


def test_a_signal_keeps_to_its_page(capital):
    stories = {rs.bundle.story.id: rs for rs in EDITION}
    for s in capital.signals:
        for sid in s.story_ids:
            c = stories[sid].classification
            assert c.primary == CAPITAL or CAPITAL in c.secondary, sid
    cited = {c.url for s in capital.signals for c in s.citations}
    assert not cited & {a.url for a in CHIPS_OTHER}, "a Policy story's article is cited on the Capital page"


def test_groups_do_not_overlap_and_a_thin_page_has_no_signal():
    writer = OfflineWriter()
    writer._prepare(_ctx())
    gs = signals.groups(CAPITAL, EDITION, writer._names, writer._texts)
    ids = [sid for g in gs for sid in g.ids]
    assert len(ids) == len(set(ids)) and all(2 <= len(g.ids) <= 4 for g in gs)
    assert "s-loner" not in ids          # a story that fits no theme makes no signal
    thin = (EDITION[4], *EDITION[6:])    # the loner and the fillers: nothing in common but OpenAI
    assert signals.groups(CAPITAL, thin, writer._names, writer._texts) == []


def test_a_signal_cites_only_what_it_quotes_and_one_article_per_counted_outlet(capital):
    for s in capital.signals:
        arts = {a.url: a for rs in EDITION if rs.bundle.story.id in s.story_ids for a in rs.bundle.articles}
        assert {c.url for c in s.citations} <= set(arts)
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", s.text)
        quoted = {u for u, a in arts.items() for sent in sentences[:-1]
                  if _core(sent) and _core(sent) in " ".join(a.body.split())}
        extra = [c for c in s.citations if c.url not in quoted]
        assert len({c.source for c in extra}) == len(extra), "two uncounted citations from one outlet"
        assert len(s.citations) <= len({a.source for a in arts.values()}) + len(quoted)
        m = re.search(r"(?:^|\. )Evidence: (\w+) stories from (\w+) outlets[^.]*\.$", s.text)   # the footer
        assert m and m.group(1) == "two", s.text
        assert len({c.source for c in s.citations}) >= {"two": 2, "three": 3, "four": 4}[m.group(2)]


def _core(sentence: str) -> str:
    """The quoted article sentence inside an attributed line ("X, according to Reuters." -> "X")."""
    s = re.sub(r"^What to watch: ", "", sentence)
    s = re.sub(r"^[A-Z][\w.' ]+? reports that ", "", s)
    s = re.sub(r",? (?:according to|per) [A-Z][\w.' ]+\.$", "", s).rstrip(".")
    return s[:60] if len(s) > 20 else ""


def test_watch_is_forward_looking_cited_and_verified(capital):
    watched = [s for s in capital.signals if s.watch]
    assert watched, "no signal has a What to watch sentence"
    for s in watched:
        assert re.search(r"\b(?:will|next week|next year|plans? to|expected to)\b", s.watch), s.watch
        assert f"What to watch: {s.watch}" in s.text
        assert check_sentence(s.watch, s.citations, ARTICLES).ok
        assert any(_core(s.watch) in " ".join(ARTICLES[c.url].body.split()) for c in s.citations)


def test_evidence_trend_and_continuity():
    prev = [{"date": "2025-07-02", "category": CAPITAL, "title": "Chip stocks and semiconductor: two stories",
             "text": "", "story_ids": ["s-chips-us"], "watch": ""}]
    pages, stats = write_pages(_ctx(previous=prev), OfflineWriter())
    assert stats.sentences_dropped == 0
    chips = next(s for s in {p.name: p for p in pages}[CAPITAL].signals if "s-chips-us" in s.story_ids)
    assert chips.trend == (0, 0, 0, 0, 0, 0, 0, 4)   # four articles today, none on the days before
    assert "with articles on one of the last eight days, all of them today" in chips.text
    assert "one story already ran in earlier editions" in chips.text
    assert "Trend: it continues a signal in the 2 July edition, and two outlets have published on it since" in chips.text
    for text in re.split(r"(?<=[.!?])\s+(?=[A-Z])", chips.text):
        assert check_sentence(text, chips.citations, ARTICLES).ok, text


def test_signals_are_deterministic():
    a, _ = write_pages(_ctx(), OfflineWriter())
    b, _ = write_pages(_ctx(), OfflineWriter())
    assert a == b


def test_a_sentence_printed_on_an_earlier_page_is_known_whatever_its_attribution():
    """Issue 11, sixth pass: a story on two pages (its kind's and its subject's) brought the same quote to the
    signals of both; the writer knows a printed sentence by what the source says (its last words), so "X reports
    that ...", "Since the 2 July edition, X reports that ..." and the bare sentence are the same sentence, and a
    signal that would print it again gives way to the next one."""
    from topline.write.offline import _said
    bare = "Alibaba Group Holding Ltd. shares rose as much as 2.1% in Hong Kong on Thursday after the reports."
    said = _said(bare)
    assert said and said == _said("Bloomberg reports that " + bare[0].lower() + bare[1:])
    assert said == _said("Since the 2 July edition, Bloomberg reports that " + bare)
    assert not said & _said("Alibaba Group Holding Ltd. shares fell 3% in Hong Kong on Friday after results.")
    assert _said("Evidence: two stories from three outlets, with articles on one of the last eight days.") == set()
    assert _said("Shares rose on Thursday.") == set()   # too short to tell one sentence from another
