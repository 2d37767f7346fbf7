"""The offline writer on a small hand-written edition, through write_pages and its verification gate."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from topline.config import Settings
from topline.errors import ConfigError
from topline.records import (Article, Category, CategoryPage, Citation, Classification, Development, Paragraph,
                             RankedStory, Ranking, Story, StoryBundle, Taxonomy, TopLineItem)
from topline.write import EditionContext, make_writer, write_pages
from topline.write.offline import OfflineWriter
from topline.write.offline.sentences import candidates, clean, score, select
from topline.text import split_sentences

from . import sourced
from .pages import cited_sentences

DAY = dt.date(2025, 7, 3)
CAPITAL, ENTERPRISE = "Capital & Industrial Strategy", "Enterprise & Adoption"
TAXONOMY = Taxonomy(categories=(Category(CAPITAL, "Funding rounds and investment."),
                                Category(ENTERPRISE, "How companies adopt AI.")))


def _t(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2025, 7, day, hour, tzinfo=dt.timezone.utc)


_ids = iter(range(1, 1000))


def article(source: str, title: str, text: str, day: int = 3, slug: str = "") -> Article:
    n = next(_ids)
    return Article(url=f"https://news.example/{source.lower().replace(' ', '-')}/{slug or n}", title=title,
                   text=text, source=source, published=_t(day), id=n)


KLING = (
    article("Reuters", "Kuaishou's Kling AI raises $2.8 billion from Alibaba, Tencent",
            "BEIJING, July 3 (Reuters) - Kling AI, the video unit of Kuaishou Technology, has closed a $2.8 billion "
            "fundraising backed by Alibaba Group and Tencent Holdings, Kuaishou said on Thursday. Kuaishou said the "
            "proceeds would be spent on computing power, model research and overseas expansion abroad. Kling "
            "competes with OpenAI's Sora and the US start-up Runway in video generation. Kuaishou shares rose 4.6% "
            "in morning trade in Hong Kong on Thursday."),
    article("Caixin Global", "Kuaishou's Kling raises $2.8 billion in round backed by Alibaba, Tencent",
            "Kling AI, the generative video unit of Kuaishou Technology, has raised $2.8 billion from investors "
            "including Alibaba Group and Tencent Holdings, Kuaishou announced Thursday. Revenue from the product "
            "exceeded 150 million yuan in the first quarter, driven by paying subscribers and advertisers. Kuaishou "
            "will remain the controlling shareholder of Kling after the round."),
    article("Nikkei Asia", "China's Kling AI secures $2.75bn as Alibaba, Tencent pile into video AI",
            "HONG KONG -- Kling AI, the video-generation arm of Kuaishou Technology, has secured $2.75bn in new "
            "funding from investors led by Alibaba Group and Tencent Holdings. The company said Kling had more than "
            "22 million users as of June, with Japan and South Korea among its biggest overseas markets."),
    article("Bloomberg", "Kuaishou's Kling AI is said to be in talks to raise about $2.75 billion",
            "Kuaishou Technology's video business Kling AI is in talks to raise about $2.75 billion from investors "
            "that include Alibaba Group Holding and Tencent Holdings, according to people familiar with the matter. "
            "The financing would value Kling at more than $14 billion including the new money.", day=1),
)
CLAUDE = (
    article("Reuters", "Alibaba tells staff to ditch Anthropic's Claude for home-grown Qwen coding tools",
            "HANGZHOU, July 3 (Reuters) - Alibaba Group has told employees to stop using Anthropic's Claude Code "
            "programming assistant and to switch to tools built on its own Qwen models, according to an internal "
            "notice seen by Reuters. The notice said staff should use Lingma, the coding assistant Alibaba built on "
            "Qwen, for all work on company code from next week."),
    article("The Information", "Alibaba cuts off Claude for its engineers",
            "Alibaba Group has ordered its engineers to stop using Anthropic's Claude, according to a current "
            "employee, cutting off a tool that many of its programmers had come to rely on. Alibaba Group will "
            "review which outside AI tools staff may use later this month."),
)
FDE = (
    article("Bloomberg", "Microsoft, Amazon build Palantir-style engineering squads to sell AI",
            "Microsoft Corp. and Amazon.com Inc. have each set up dedicated teams of so-called forward-deployed "
            "engineers who work inside corporate customers to get artificial intelligence projects running, "
            "borrowing a tactic made famous by Palantir Technologies. Amazon Web Services sends engineers to sit "
            "with large clients for three to six months to build AI agents on its Bedrock platform."),
)


def ranked(sid: str, arts: tuple[Article, ...], category: str, score_: float) -> RankedStory:
    story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                  first_seen=min(a.published for a in arts), last_seen=max(a.published for a in arts),
                  outlets=tuple(sorted({a.source for a in arts})))
    return RankedStory(StoryBundle(story, tuple(sorted(arts, key=lambda a: a.published))),
                       Classification(sid, category), Ranking(sid, score_))


EDITION = (ranked("s-kling", KLING, CAPITAL, 0.9), ranked("s-claude", CLAUDE, CAPITAL, 0.8),
           ranked("s-fde", FDE, ENTERPRISE, 0.7))
HISTORY = ({"date": dt.date(2025, 7, 2), "story_id": "s-kling", "category": CAPITAL, "rank": 1},)
ARTICLES = {a.url: a for a in (*KLING, *CLAUDE, *FDE)}


def _ctx(history=HISTORY, previous=()) -> EditionContext:  # noqa: ANN001
    return EditionContext(date=DAY, taxonomy=TAXONOMY, ranked=EDITION, history=tuple(history),
                          previous_signals=tuple(previous), settings=Settings())


@pytest.fixture(scope="module")
def pages() -> dict[str, CategoryPage]:
    out, stats = write_pages(_ctx(), OfflineWriter())
    assert stats.sentences_checked > 0
    assert stats.sentences_dropped == 0, stats.notes
    return {p.name: p for p in out}


def test_every_sentence_is_cited_and_comes_from_its_sources(pages):
    """Checked independently of topline's checker (which the writer already ran): tests/write/sourced.py."""
    outlets = {a.source for a in ARTICLES.values()}
    sentences = 0
    for page in pages.values():
        for text, cites in cited_sentences(page):
            assert cites and all(c.url in ARTICLES for c in cites), text
            for sentence in split_sentences(text):
                assert not sourced.problems(sentence, cites, ARTICLES, outlets), sentence
                sentences += 1
    assert sentences >= 10


def test_top_line_has_one_compact_sentence_per_story(pages):
    top = pages[CAPITAL].top_line
    assert [t.story_id for t in top] == ["s-kling", "s-claude"]
    assert all(len(t.text.split()) <= 38 and "(Reuters)" not in t.text for t in top)


def test_development_attributes_sentences_to_outlets_that_carry_them(pages):
    kling = pages[CAPITAL].key_developments[0]
    assert kling.story_id == "s-kling" and len(kling.paragraphs) >= 2
    text = " ".join(p.text for p in kling.paragraphs)
    named = [o for o in ("Reuters", "Caixin Global", "Nikkei Asia", "Bloomberg")
             if f"according to {o}" in text or f"{o} reports" in text or f"per {o}" in text]
    assert named, text
    for p in kling.paragraphs:
        for o in named:
            if o in p.text:
                assert any(c.source == o for c in p.citations)


def test_disagreement_between_outlets_is_shown(pages):
    text = " ".join(p.text for p in pages[CAPITAL].key_developments[0].paragraphs)
    assert "puts the fundraising at $2.8 billion" in text and "puts it at $2.75" in text


def test_cross_story_link_through_a_shared_name_cites_the_other_story(pages):
    kling = pages[CAPITAL].key_developments[0]
    link = [p for p in kling.paragraphs if "simultaneous news" in p.text]
    assert link and "Alibaba" in link[0].text and "Claude" in link[0].text
    assert {c.url for c in link[0].citations} & {a.url for a in CLAUDE}


def test_what_is_new_since_the_last_edition(pages):
    text = " ".join(p.text for p in pages[CAPITAL].key_developments[0].paragraphs)
    assert "Since the 2 July edition" in text


def test_single_source_story_is_labelled(pages):
    fde = pages[ENTERPRISE].key_developments[0]
    assert "Single-source story: only Bloomberg reports it" in " ".join(p.text for p in fde.paragraphs)


def test_signal_groups_the_pages_stories_with_counts_and_trend(pages):
    sigs = pages[CAPITAL].signals
    assert sigs, "no signal"
    s = sigs[0]
    assert set(s.story_ids) == {"s-kling", "s-claude"} and "Alibaba" in s.title
    # the evidence counts close the signal (issue 12)
    assert re.search(r"(?:^|\. )Evidence: two stories from five outlets, with articles on two of the last "
                     r"eight days[^.]*\.$", s.text), s.text
    assert s.trend == (0, 0, 0, 0, 0, 1, 0, 5)   # articles per day: Bloomberg on 1 July, five today
    assert "one story already ran in earlier editions" in s.text   # s-kling was in yesterday's edition


def test_previous_signal_is_reported_as_confirmed():
    prev = [{"date": "2025-07-02", "category": CAPITAL, "title": "Alibaba across two stories", "text": "",
             "story_ids": ["s-kling"], "watch": ""}]
    out, stats = write_pages(_ctx(previous=prev), OfflineWriter())
    page = {p.name: p for p in out}[CAPITAL]
    assert re.search(r"Trend: it continues a signal in the 2 July edition, and \w+ outlets? ha(?:s|ve) published on it since, confirming it",
                     page.signals[0].text), page.signals[0].text
    assert stats.sentences_dropped == 0


def test_the_writer_is_deterministic():
    a, _ = write_pages(_ctx(), OfflineWriter())
    b, _ = write_pages(_ctx(), OfflineWriter())
    assert a == b


def test_sentence_cleaning_and_selection():
    assert clean("BEIJING, July 3 (Reuters) - Kling AI has closed a $2.8 billion round backed by Alibaba.") == \
        "Kling AI has closed a $2.8 billion round backed by Alibaba."
    assert clean("Reporting by Jane Doe; Editing by John Smith and others at the desk.") is None
    ranked_ = score(candidates(KLING), [a.title for a in KLING], DAY)
    chosen = select(ranked_, 3)
    assert len(chosen) == 3 and "Kling" in chosen[0].text
    # one fact told by several outlets ($2.8bn and $2.75bn about Kling, Alibaba and Tencent) is chosen once
    assert sum("Alibaba" in c.text and "Tencent" in c.text for c in chosen) == 1


class _Inventing:
    """A writer that invents: the gate must drop what it made up and count it."""
    name = "inventing"

    def write_page(self, category, stories, ctx, stats):  # noqa: ANN001, ANN201
        r = KLING[0]
        good = "Kling AI has closed a $2.8 billion fundraising backed by Alibaba Group, according to Reuters."
        return CategoryPage(category.name, category.slug,
                            top_line=(TopLineItem("Kling AI raised $9 billion from Baidu.", "s-kling",
                                                  (Citation(r.url, r.source),)),),
                            key_developments=(Development("s-kling", "Kling raises money", (
                                Paragraph(good + " Bloomberg says it is worth $99 billion.",
                                          (Citation(r.url, r.source),)),
                                Paragraph("Nobody cites this.", ()))),),
                            signals=())


def test_write_pages_gate_drops_unsupported_sentences_whatever_the_writer():
    out, stats = write_pages(_ctx(), _Inventing())
    page = {p.name: p for p in out}[CAPITAL]
    assert page.top_line == ()
    assert [p.text for p in page.key_developments[0].paragraphs] == [
        "Kling AI has closed a $2.8 billion fundraising backed by Alibaba Group, according to Reuters."]
    # the same invented page for each of the two categories: three drops each, counted and noted per category
    assert stats.sentences_dropped == 6 and sum(n.endswith("replaced 0 headline(s)") for n in stats.notes) == 2
    assert any(n.startswith(f"{CAPITAL}: the citation check dropped 3 of 5") for n in stats.notes)


def test_make_writer_choices():
    s = Settings()
    assert make_writer(s).name == "offline"                                 # auto without an LLM
    assert make_writer(s.replace(edition=dataclasses.replace(s.edition, writer="offline"))).name == "offline"
    with pytest.raises(ConfigError):
        make_writer(s.replace(edition=dataclasses.replace(s.edition, writer="llm")))
    with pytest.raises(ConfigError):
        make_writer(s.replace(edition=dataclasses.replace(s.edition, writer="magic")))


def test_one_product_release_split_into_lone_outlets_pieces_is_stated_once_on_the_top_line():
    """The grouping left a launch as three stories (the launch report, a lone outlet's hands-on, another's
    explainer): the Top Line states the release once and gives the other slots to other developments; the lone
    pieces only fill a page short of stories (issue 11)."""
    from topline.write.offline import products_named
    assert products_named("Veltro said Veltro 7 scored 80% on the test.") == {"Veltro 7"}
    assert products_named("Norrow-4 and GPT-4o were released.") == {"Norrow-4", "GPT-4o"}
    assert not products_named("It raised $4 billion in March 2025 under Chapter 11 and began a Phase 3 trial.")
    models = "Models & Research"
    launch = (article("Reuters", "Veltro launches Veltro 7 model for long coding tasks",
                      "Veltro on Tuesday launched Veltro 7, a model built for coding tasks that take hours, the "
                      "company said."),
              article("Bloomberg", "Veltro releases Veltro 7 as AI coding race heats up",
                      "Veltro released Veltro 7 on Tuesday, saying the model scored 80% on a coding benchmark."))
    hands_on = (article("The Verge", "Hands-on with Veltro 7",
                        "Veltro 7, released Tuesday, fixed three of the four bugs we gave it in an hour."),)
    explainer = (article("Wired", "Veltro 7 wants to work while you sleep",
                         "Veltro 7 is designed for tasks that take many hours, Veltro said on Tuesday."),)
    paper = (article("Quanta Magazine", "Researchers at Oslo University publish method for smaller models",
                     "Researchers at Oslo University published a training method on Tuesday that lets a small "
                     "model match one ten times its size on maths problems."),)
    taxonomy = Taxonomy(categories=(Category(models, "AI models and research."),))
    edition = (ranked("launch", launch, models, 0.9), ranked("hands", hands_on, models, 0.6),
               ranked("explain", explainer, models, 0.55), ranked("paper", paper, models, 0.5))
    ctx = EditionContext(date=DAY, taxonomy=taxonomy, ranked=edition, history=(), previous_signals=(),
                         settings=Settings())
    out, _ = write_pages(ctx, OfflineWriter())
    ids = [t.story_id for t in out[0].top_line]
    assert ids[:2] == ["launch", "paper"], ids
    assert ids.count("hands") + ids.count("explain") <= 2   # they may still fill the page, below the others


def test_one_development_split_into_two_stories_is_one_bullet_and_the_slot_goes_to_the_next(monkeypatch):
    """The stories stage left one outlet's report of a failed trial outside the wires' story of the same failure:
    the page states the failure once (Top Line and Key Developments) and the slot goes to the next story; one
    outlet's story of another development of the same company stays (issue 11, ninth pass)."""
    from topline.write.offline import twice
    clinical = "Clinical & Science"
    wires = (article("Reuters", "Quillmere shares crash 48% as Alzheimer's antibody fails late-stage trial",
                     "Quillmere Therapeutics shares fell 48% on Monday after its experimental Alzheimer's antibody "
                     "failed to slow cognitive decline in a late-stage trial, the company said."),
             article("Bloomberg", "Quillmere's Alzheimer's antibody fails in phase 3 trial",
                     "Quillmere Therapeutics said on Monday its Alzheimer's antibody failed in a phase 3 trial of "
                     "1,800 patients."))
    trade = (article("Fierce Biotech", "Quillmere's Alzheimer's antibody flops in phase 3, clouding its future",
                     "Quillmere Therapeutics' lead antibody failed its phase 3 Alzheimer's trial on Monday, leaving "
                     "the company with no late-stage drug."),)
    hire = (article("Endpoints News", "Quillmere hires a new chief financial officer from Halberd Bank",
                    "Quillmere Therapeutics on Monday hired Dana Whitcombe, a former Halberd Bank executive, as its "
                    "chief financial officer."),)
    others = [(article("STAT", f"Orvane{i} starts a trial of a gene therapy for sickle cell disease",
                       f"Orvane{i} Bio on Monday dosed the first patient in a trial of its gene therapy for sickle "
                       f"cell disease, the company said."),) for i in range(4)]
    taxonomy = Taxonomy(categories=(Category(clinical, "Clinical trials and science."),))
    edition = (ranked("wires", wires, clinical, 0.9), ranked("trade", trade, clinical, 0.8),
               ranked("hire", hire, clinical, 0.7),
               *(ranked(f"other{i}", arts, clinical, 0.6 - 0.05 * i) for i, arts in enumerate(others)))
    titles = twice.Titles(edition)
    assert titles.same(edition[1], trade[0].title, [("wires", wires[0].title)])
    assert not titles.same(edition[2], hire[0].title, [("wires", wires[0].title)])
    assert not titles.same(edition[1], trade[0].title, [("hire", hire[0].title)])
    ctx = EditionContext(date=DAY, taxonomy=taxonomy, ranked=edition, history=(), previous_signals=(),
                         settings=Settings())
    out, _ = write_pages(ctx, OfflineWriter())
    ids = [t.story_id for t in out[0].top_line]
    assert ids[0] == "wires" and "trade" not in ids and "other0" in ids, ids
    assert "trade" not in [d.story_id for d in out[0].key_developments]
    monkeypatch.setattr(twice, "COVER_RARE_NAME", 1.1)    # without the rule the page states the failure twice
    monkeypatch.setattr(twice, "COVER", 1.1)
    monkeypatch.setattr(twice, "COVER_TWO_RARE_NAMES", 1.1)
    out, _ = write_pages(ctx, OfflineWriter())
    assert [t.story_id for t in out[0].top_line][:2] == ["wires", "trade"]


def test_twice_reads_only_the_page_candidates_and_keeps_its_verdicts(monkeypatch):
    """``twice.Titles`` reads the names of the stories a page's Top Line is chosen from, not of every story of the
    window (issue 14: cost follows what is published); each story is read once per edition, and the verdict on a
    split development is the same as with every story's names (issue 11, tenth pass)."""
    from topline.write.offline import twice
    clinical, other = "Clinical & Science", "Markets & Pricing"
    wires = (article("Reuters", "Quillmere shares crash 48% as Alzheimer's antibody fails late-stage trial",
                     "Quillmere Therapeutics shares fell 48% on Monday after its experimental Alzheimer's antibody "
                     "failed to slow cognitive decline in a late-stage trial, the company said."),
             article("Bloomberg", "Quillmere's Alzheimer's antibody fails in phase 3 trial",
                     "Quillmere Therapeutics said on Monday its Alzheimer's antibody failed in a phase 3 trial of "
                     "1,800 patients."))
    trade = (article("Fierce Biotech", "Quillmere's Alzheimer's antibody flops in phase 3, clouding its future",
                     "Quillmere Therapeutics' lead antibody failed its phase 3 Alzheimer's trial on Monday, leaving "
                     "the company with no late-stage drug."),)
    trials = [ranked(f"trial{i}", (article(f"Trials Weekly {i}", f"Orvane{i} starts a trial of a gene therapy for sickle cell",
                                           f"Orvane{i} Bio on Monday dosed the first patient in a trial of its gene "
                                           f"therapy for sickle cell disease, the company said."),),
                     clinical, 0.6 - 0.01 * i) for i in range(12)]
    prices = [ranked(f"price{i}", (article(f"Pharma Prices {i}", f"Halvex{i} raises the list price of its insulin",
                                           f"Halvex{i} Pharma on Monday raised the list price of its insulin by "
                                           f"{i + 3}%, the company said."),), other, 0.5 - 0.01 * i)
              for i in range(3)]
    taxonomy = Taxonomy(categories=(Category(clinical, "Clinical trials and science."),
                                    Category(other, "Drug prices and markets.")))
    edition = (ranked("wires", wires, clinical, 0.9), ranked("trade", trade, clinical, 0.8), *trials, *prices)
    read: list[str] = []
    names = twice.story_names
    monkeypatch.setattr(twice, "story_names", lambda rs, outlets=frozenset(): read.append(rs.bundle.story.id)
                        or names(rs, outlets))
    ctx = EditionContext(date=DAY, taxonomy=taxonomy, ranked=edition, history=(), previous_signals=(),
                         settings=Settings())
    out, _ = write_pages(ctx, OfflineWriter())
    top = {p.name: [t.story_id for t in p.top_line] for p in out}
    assert top[clinical][0] == "wires" and "trade" not in top[clinical], top
    assert len(read) == len(set(read)), read                   # each story read once in the edition
    assert {"trial8", "trial9", "trial10", "trial11"}.isdisjoint(read), read   # beyond the page's ten candidates
    assert len(read) == 10 + 3, read                           # ten Clinical candidates, the three price stories
    whole = twice.Titles(edition)
    page = twice.Titles(edition[:10], headlines=twice.Headlines(edition))
    for titles in (whole, page):
        assert titles.same(edition[1], trade[0].title, [("wires", wires[0].title)])
        assert not titles.same(edition[3], trials[1].bundle.articles[0].title, [("wires", wires[0].title)])


def _fillers(n: int, title: str, text: str) -> list[tuple[Article, ...]]:
    """``n`` one-outlet stories of other developments for a page's other slots (``{i}`` numbers them)."""
    return [(article(f"Wire {i}", title.format(i=i), text.format(i=i)),) for i in range(n)]


def test_two_rare_names_shared_make_a_thinner_cover_one_development(monkeypatch):
    """A local paper's rescue story beside the wires' fire on the same ship names the ship and the coast guard the
    wires name: two rare names shared, its words covered 0.13 (under ``COVER_RARE_NAME``), one development (eval-trade's
    Cape Verity fire, issue 11 tenth pass); sharing one of them at the same cover is not enough."""
    from topline.write.offline import twice
    cat = "Disruptions & Incidents"
    fire = (article("Reuters", "Fire breaks out on boxship Cape Verity in Arabian Sea",
                    "A fire broke out on the container ship Cape Verity in the Arabian Sea on Monday and the Indian "
                    "Coast Guard sent two vessels, its operator Castora said."),
            article("Lloyd's List", "Cape Verity blaze: Castora says crew evacuated",
                    "Castora said on Monday the crew of the Cape Verity had been evacuated after a fire in a cargo "
                    "hold, with the Indian Coast Guard on scene."))
    bullet = ("Indian Coast Guard helicopters winched 21 sailors from the burning Cape Verity near Kochi as flames "
              "spread through its hatches.")
    rescue = (article("The Hindu", "Helicopters winch sailors to safety near Kochi", bullet),)
    others = _fillers(6, "Dockworkers at port {i} walk out over pay",
                      "Dockworkers at port number {i} walked out on Monday over pay, their union said.")
    edition = (ranked("fire", fire, cat, 0.9), ranked("rescue", rescue, cat, 0.8),
               *(ranked(f"o{i}", arts, cat, 0.5) for i, arts in enumerate(others)))
    upper = [("fire", "A fire broke out on the container ship Cape Verity in the Arabian Sea on Monday, its operator "
                      "Castora said.")]
    titles = twice.Titles(edition)
    assert twice.COVER_TWO_RARE_NAMES <= titles.cover("rescue", bullet, *upper[0]) < twice.COVER_RARE_NAME
    assert titles.shared_names("rescue", "fire") >= {"cape verity", "indian coast guard"}
    assert titles.same(edition[1], bullet, upper)
    one_name = bullet.replace("Indian Coast Guard", "Navy")
    assert not titles.same(edition[1], one_name, upper) or titles.cover("rescue", one_name, *upper[0]) >= \
        twice.COVER_RARE_NAME
    monkeypatch.setattr(twice, "COVER_TWO_RARE_NAMES", 1.1)   # without the rule: two bullets
    assert not titles.same(edition[1], bullet, upper)


def test_a_name_shared_in_passing_is_no_repeat_when_the_lower_story_has_its_own_actor(monkeypatch):
    """A robotics maker's listing on an exchange shares the exchange's name with the wires' story of that exchange's
    index falling; one outlet's listing story is no repeat of the fall: its bullet opens with an actor the fall's
    story never names (issue 11, editorial29: cal-ai's Tenstrata IPO "on the Nasdaq" under "Nasdaq falls 2.1%").
    One outlet's report of the fall itself, opening with the index, still repeats it."""
    from topline.write.offline import lead, twice
    cat = "Capital & Industrial Strategy"
    fall = (article("Reuters", "Varnholt Composite sinks 3% as robotics shares slump",
                    "The Varnholt Composite sank 3% on Wednesday, its worst day since March, as investors sold "
                    "robotics makers after a weak order survey."),
            article("CNBC", "Stocks slide as robotics trade cracks; Varnholt Composite drops 3%",
                    "Stocks fell on Wednesday as investors pulled money out of robotics makers, and the Varnholt "
                    "Composite dropped 3%."))
    listing_bullet = ("Robotics maker Brevik Dynamics filed on Wednesday to list its shares on the Varnholt "
                      "Composite, seeking to raise about $400 million from investors betting on robotics.")
    listing = (article("Reuters", "Robotics maker Brevik Dynamics files for Varnholt Composite listing",
                       listing_bullet),)
    echo_bullet = ("The Varnholt Composite tumbled 3% on Wednesday as robotics makers led the market lower after "
                   "a weak order survey.")
    echo = (article("MarketWatch", "Varnholt Composite tumbles as robotics makers lead the slide", echo_bullet),)
    others = _fillers(5, "Harbour authority {i} approves new berth",
                      "Harbour authority number {i} approved a new berth on Wednesday, its chairman said.")
    edition = (ranked("fall", fall, cat, 0.9), ranked("listing", listing, cat, 0.8), ranked("echo", echo, cat, 0.7),
               *(ranked(f"o{i}", arts, cat, 0.5) for i, arts in enumerate(others)))
    upper = [("fall", fall[0].text)]
    titles = twice.Titles(edition)
    assert lead.opening_actor(listing_bullet) == "brevik dynamics"
    assert lead.opening_actor("Stocks fell on Wednesday as investors sold robotics makers.") is None
    assert titles.cover("listing", listing_bullet, *upper[0]) >= twice.COVER_RARE_NAME   # the words alone: a repeat
    assert not titles.same(edition[1], listing_bullet, upper)
    assert titles.same(edition[2], echo_bullet, upper)
    monkeypatch.setattr(twice, "opening_actor", lambda text: None)   # without the actor: the listing is dropped
    assert titles.same(edition[1], listing_bullet, upper)
