"""The prose checker (topline.eval.prose) and the offline writer's repairs, on sentences written in the style of
real news (and facts of the demo corpus): each defect class is caught, and the writer no longer makes it."""
from __future__ import annotations

import datetime as dt

from topline.eval import prose
from topline.eval.editorial import lead_problems
from topline.records import (Article, Category, CategoryPage, Classification, Development, Paragraph, RankedStory,
                             Ranking, Story, StoryBundle, Taxonomy, TopLineItem)
from topline.write import EditionContext, write_pages
from topline.write.offline import OfflineWriter
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText, latest_headline, top_line_item
from topline.write.offline.lead import shorter
from topline.write.offline.sentences import Candidate, candidates, clean, score

DAY = dt.date(2025, 7, 3)
_n = iter(range(1, 10_000))


def art(source: str, title: str, text: str, day: int = 3, hour: int = 9) -> Article:
    n = next(_n)
    return Article(url=f"https://news.example/{source.lower().replace(' ', '-')}/{n}", title=title, text=text,
                   source=source, published=dt.datetime(2025, 7, day, hour, tzinfo=dt.timezone.utc), id=n)


def page(top=(), devs=(), name="Capital") -> CategoryPage:
    return CategoryPage(name=name, slug=name.lower(), top_line=tuple(TopLineItem(t, "s1", ()) for t in top),
                        key_developments=tuple(devs), signals=())


def dev(headline: str, *paras: str, sid: str = "s1") -> Development:
    return Development(story_id=sid, headline=headline, paragraphs=tuple(Paragraph(p, ()) for p in paras))


# --- the checker catches every class --------------------------------------------------------------------------

def test_checker_catches_a_capital_after_reports_that():
    assert prose.mid_capital("The Guardian reports that A fraudster used a cloned voice to call the bank.")
    assert prose.mid_capital("Politico Europe reports that In a letter to the Commission, 40 chief executives asked.")
    assert not prose.mid_capital("Reuters reports that Alibaba has told staff to stop using Claude Code.")
    assert not prose.mid_capital("The Information reports that AWS has a comparable team.")
    assert not prose.mid_capital("Reuters reports that The Information first reported the talks.")


def test_checker_catches_boilerplate():
    assert prose.boilerplate("Axios reports that Driving the news: Researchers fine-tuned Llama 3.1 70B.")
    assert prose.boilerplate("Why it matters: the ruling sets a precedent for AI training data.")
    assert prose.boilerplate("Sign up for our daily newsletter to get the latest on AI.")
    assert prose.boilerplate("Photo: Kuaishou's headquarters in Beijing.")
    assert not prose.boilerplate("Kling AI has raised $2.8 billion from investors including Alibaba and Tencent.")


def test_checker_catches_dangling_openings():
    for s in ("The stock fell 4.3% in Hong Kong trading.", "The system was tested on 304 case studies.",
              "The Information reports that the group would value Kling at about $15 billion.",
              "The company said the proceeds would fund computing power.", "It plans to list in Shanghai."):
        assert prose.dangling(s), s
    assert not prose.dangling("The European Commission rejected calls to pause the AI Act.")
    assert not prose.dangling("Reuters reports that Kuaishou shares rose 4.6% on Thursday.")


def test_checker_catches_stacked_attribution():
    assert prose.stacked_attribution("Reuters reports that Alibaba has banned Claude Code, according to a notice "
                                     "seen by Reuters.")
    assert prose.stacked_attribution("TechCrunch reports that xAI has raised $10 billion, according to Morgan "
                                     "Stanley.")
    assert prose.stacked_attribution("Bloomberg reports that Kling is in talks to raise $2.75 billion, Bloomberg "
                                     "reported.")
    assert not prose.stacked_attribution("Kling AI has raised $2.8 billion, according to Reuters.")


def test_checker_counts_a_formula_opening_past_the_limit_and_repeats_across_sections():
    paras = [f"Since the 2 July edition, {o} reports that the deal was signed on {d} July." for o, d in
             (("Reuters", 3), ("Bloomberg", 4), ("CNBC", 5), ("Fortune", 6))]
    p = page(devs=[dev("Deal", para, sid=f"s{i}") for i, para in enumerate(paras)])
    codes = [d.code for d in prose.check_page(p, ["Reuters", "Bloomberg", "CNBC", "Fortune"])]
    assert codes.count("formula") == len(paras) - prose.FORMULA_LIMIT
    same = "Kling AI has raised $2.8 billion from investors including Alibaba and Tencent."
    p = page(top=[same], devs=[dev("Kling raises $2.8 billion", f"Reuters reports that {same[0].lower()}{same[1:]}")])
    assert [d.code for d in prose.check_page(p)] == ["repeated"]


def test_checker_catches_a_headline_older_than_its_text_and_outlets_counted_as_entities():
    assert prose.stale_headline("Kuaishou's Kling AI Is Said to Be in Talks to Raise About $2.75 Billion",
                                "Kling AI has closed a $2.8 billion round. Kuaishou said on Thursday.")
    assert not prose.stale_headline("Kling AI raises $2.8 billion", "Kling AI has closed a $2.8 billion round.")
    notes = ["Reuters appears in 2 of today's stories", "Alibaba appears in 2 of today's stories"]
    assert [d.text for d in prose.outlet_entities(notes, ["Reuters", "Bloomberg"])] == [notes[0]]


def test_lead_problems_of_the_issue_bullets():
    for s in ("If you've scrolled through tech job listings lately, you may have noticed an unusual title popping "
              "up: forward-deployed engineer.",
              "When the company began sounding out investors for its video unit earlier this year, executives made "
              "a simple pitch.",
              "Finance chiefs have embraced generative AI as an experiment.",
              "Google's new Gemini CLI has had a busy first day and a half.",
              "Is the AI trade over?"):
        assert lead_problems(s), s
    assert lead_problems("Kling AI has raised $2.8 billion from investors including Alibaba and Tencent, Kuaishou "
                         "said on Thursday.") == []


# --- the writer's repairs -------------------------------------------------------------------------------------

def _cand(text: str, source: str = "Reuters") -> Candidate:
    return Candidate(text=text, articles=(art(source, "t", text),), position=0)


def test_newsletter_labels_are_stripped_and_photo_credits_dropped():
    assert clean("Driving the news: Researchers at Helmholtz Munich fine-tuned Llama 3.1 70B on 160 experiments.") \
        == "Researchers at Helmholtz Munich fine-tuned Llama 3.1 70B on 160 experiments."
    assert clean("Photo: Kuaishou's headquarters in Beijing on July 3, 2025, as shares rose.") is None


def test_attribution_is_never_stacked_nor_leaves_a_capital_mid_sentence():
    a = art("Reuters", "Alibaba bars Claude", "Alibaba Group has told employees to stop using Claude Code, "
            "according to an internal notice seen by Reuters. A few lines of hidden configuration were enough to "
            "make five of the best-known AI models give false answers.")
    comp = Composer({a.url: a})
    c1, c2 = candidates([a])
    assert comp.attributed(c1, "reports") == c1.text            # it already says whose account it is
    got = comp.attributed(c2, "reports")
    assert not prose.mid_capital(got) and not prose.stacked_attribution(got)
    assert got.endswith("according to Reuters.")


def test_shortening_cuts_whole_clauses_only():
    long = ("Moore Threads Technology, a Chinese graphics processor designer seen as a potential domestic "
            "alternative to Nvidia, has filed for an initial public offering on Shanghai's STAR Market, seeking to "
            "raise 8 billion yuan, as Beijing pushes to build a self-sufficient chip industry.")
    short = next(shorter(long))
    assert len(short.split()) <= 35
    assert short.startswith("Moore Threads Technology has filed") or short.endswith("8 billion yuan.")
    listing = ("Someone using artificial intelligence to imitate Marco Rubio contacted three foreign ministers, a "
               "US governor and a member of Congress, the State Department said in a cable sent to every embassy "
               "and consulate around the world on Thursday.")
    assert all(", the State Department said" in s for s in shorter(listing))
    # the comma of "a place, its state" sits inside the appositive: cutting up to it would leave "Brenmoor Labs
    # Ohio company that ..."; the whole appositive goes, or nothing
    placed = ("Brenmoor Labs, a Dayton, Ohio company that turns food waste from supermarkets into animal feed for "
              "pig and poultry farms across the Midwest, has raised $75 million in a Series B round led by two "
              "farm-supply groups.")
    assert all(s.startswith(("Brenmoor Labs, a Dayton, Ohio company", "Brenmoor Labs has raised"))
               for s in shorter(placed)), list(shorter(placed))


def _story(arts: list[Article]) -> StoryText:
    st = Story(id="s1", title=arts[0].title, article_ids=tuple(a.id for a in arts),
               first_seen=arts[0].published, last_seen=arts[-1].published, outlets=tuple(a.source for a in arts))
    rs = RankedStory(StoryBundle(st, tuple(arts), ()), Classification("s1", "Capital"), Ranking("s1", 0.5, ()))
    return StoryText(rs, tuple(score(candidates(arts), [a.title for a in arts], DAY)))


def test_the_top_line_states_the_development_not_a_feature_opening():
    feature = art("Business Insider", "The hottest job in AI is one you've never heard of",
                  "If you've scrolled through tech job listings lately, you may have noticed an unusual title "
                  "popping up: forward-deployed engineer. Microsoft and Amazon have both created units of "
                  "forward-deployed engineers, people familiar with the plans said. The role mirrors the model "
                  "Palantir made famous.", hour=7)
    hard = art("Bloomberg", "Microsoft, Amazon Set Up Forward-Deployed Engineer Units to Sell AI",
               "Microsoft Corp. and Amazon.com Inc. have each set up teams of forward-deployed engineers who work "
               "inside corporate customers to get AI projects running, borrowing a tactic made famous by Palantir. "
               "The teams started work in June.", hour=10)
    st = _story([feature, hard])
    comp = Composer({a.url: a for a in (feature, hard)})
    item = top_line_item(st, comp)
    assert item is not None and item.text.startswith("Microsoft Corp. and Amazon.com Inc.")
    assert lead_problems(item.text) == []


def test_the_headline_follows_the_latest_development():
    talks = art("Bloomberg", "Kuaishou's Kling AI Is Said to Be in Talks to Raise About $2.75 Billion",
                "Kling AI is in talks to raise about $2.75 billion from investors, people familiar said.", day=1)
    closed = art("Reuters", "Kuaishou's Kling AI raises $2.8 billion from Alibaba, Tencent",
                 "Kling AI has closed a $2.8 billion fundraising backed by Alibaba and Tencent, Kuaishou said.")
    why = art("Fortune", "Why is everyone piling into video AI?", "Video AI is hot, and Kling is the proof.", hour=12)
    assert latest_headline(_story([talks, closed, why])) == "Kuaishou's Kling AI raises $2.8 billion from Alibaba, Tencent"


def test_a_written_page_has_no_prose_defect():
    arts = [
        art("Reuters", "Alibaba bars staff from using Anthropic's Claude Code",
            "HANGZHOU, July 3 (Reuters) - Alibaba Group has told employees to stop using Anthropic's Claude Code "
            "and to switch to its own Lingma tool, according to an internal notice seen by Reuters. The company "
            "said the move would protect its data. The stock rose 1.2% in Hong Kong on Thursday."),
        art("South China Morning Post", "Alibaba tells staff to drop Claude for home-grown Lingma",
            "Alibaba Group Holding has instructed employees to stop using Claude, the coding assistant developed "
            "by US start-up Anthropic, and to use its Qwen-based Lingma instead. A few engineers said they had "
            "relied on Claude Code for months. Alibaba owns the South China Morning Post."),
        art("Axios", "Alibaba drops Claude", "Driving the news: Alibaba told staff on Thursday to stop using "
            "Anthropic's Claude Code programming assistant. Why it matters: Chinese tech giants are steering "
            "spending to a domestic AI stack, analysts at Morgan Stanley said on Thursday.", hour=12),
        art("Bloomberg", "Alibaba bans Claude Code as China pushes its own AI stack",
            "Alibaba Group has banned its employees from using Anthropic's Claude Code, Bloomberg reported, "
            "citing people familiar with the matter. It is the first big Chinese company to do so.", hour=14),
    ]
    story = Story(id="s1", title=arts[0].title, article_ids=tuple(a.id for a in arts), first_seen=arts[0].published,
                  last_seen=arts[-1].published, outlets=tuple(a.source for a in arts))
    rs = RankedStory(StoryBundle(story, tuple(arts), ()), Classification("s1", "Capital"), Ranking("s1", 0.5, ()))
    ctx = EditionContext(date=DAY, taxonomy=Taxonomy((Category("Capital", "Investment."),)), ranked=(rs,),
                         history=(), previous_signals=(), settings=None)
    pages, _ = write_pages(ctx, OfflineWriter())
    assert pages and pages[0].top_line
    defects = prose.check_page(pages[0], [a.source for a in arts])
    assert defects == [], defects


def _one_story_edition(arts: list[Article], history: tuple) -> CategoryPage:
    story = Story(id="s1", title=arts[0].title, article_ids=tuple(a.id for a in arts), first_seen=arts[0].published,
                  last_seen=arts[-1].published, outlets=tuple(a.source for a in arts))
    rs = RankedStory(StoryBundle(story, tuple(arts), ()), Classification("s1", "Capital"), Ranking("s1", 0.5, ()))
    ctx = EditionContext(date=DAY, taxonomy=Taxonomy((Category("Capital", "Investment."),)), ranked=(rs,),
                         history=history, previous_signals=(), settings=None)
    pages, _ = write_pages(ctx, OfflineWriter())
    assert pages and pages[0].top_line
    return pages[0]


def test_a_follow_up_bullet_says_so_in_words_and_passes_the_checker():
    """Issue 11: a story printed in an earlier edition with no article since is a follow-up; its Top Line bullet
    says so in the briefing's own words (through the citation gate of write_pages, which drops what fails)."""
    arts = [art("Reuters", "NRG signs 1.2-gigawatt power deal with Google for Texas data centres",
                "NRG Energy signed a 1.2-gigawatt power purchase agreement with Google to supply its Texas data "
                "centres from 2027, the companies said on Tuesday. Financial terms were not disclosed.", day=1),
            art("Bloomberg", "Google locks in Texas power from NRG",
                "Google agreed to buy 1.2 gigawatts of electricity from NRG Energy for data centres in Texas, "
                "the companies said.", day=1, hour=14)]
    briefed = ({"date": dt.date(2025, 7, 2), "story_id": "s1", "article_count": 2, "outlet_count": 2,
                "printed": True},)
    item = _one_story_edition(arts, briefed).top_line[0]
    assert item.text.endswith("Already in the 2 July edition; no new report since."), item.text
    assert lead_problems(item.text) == []
    assert prose.check_page(_one_story_edition(arts, briefed), [a.source for a in arts]) == []
    # a story the readers were not shown (ranked, on no page), or one with an article since, is no follow-up
    unseen = ({**briefed[0], "printed": False},)
    assert "Already in" not in _one_story_edition(arts, unseen).top_line[0].text
    newer = arts + [art("Financial Times", "Google's Texas power deal is the largest of its kind",
                        "Google's agreement with NRG Energy for 1.2 gigawatts is the largest power deal a tech "
                        "company has signed in Texas, the Financial Times calculated.", day=3)]
    assert "Already in" not in _one_story_edition(newer, briefed).top_line[0].text


def test_a_stance_or_a_reviewer_s_own_voice_never_leads_over_the_report_of_the_launch():
    """Issue 11 (cal-ai): a continuing story's newer articles may open on the framing of a feature ("X is betting
    that ...") or a hands-on review ("We gave the agent ten tickets"); the earlier report of the launch leads."""
    launch = art("TechCrunch", "Forgeline launches Autopilot, a coding agent that opens pull requests",
                 "Forgeline on Tuesday launched Autopilot, an AI coding agent that takes tickets from an issue "
                 "tracker and opens pull requests for review. It costs $40 per developer a month.", day=2)
    stance = art("SiliconANGLE", "Forgeline's Autopilot takes aim at enterprise teams",
                 "Forgeline Inc. is betting that developers want an agent that clears their backlog rather than a "
                 "chatbot that suggests code. Early customers include two large banks.", day=3)
    review = art("The New Stack", "First look: Forgeline Autopilot handles the boring tickets",
                 "We gave Forgeline's Autopilot agent ten real tickets from an internal project. It completed "
                 "seven of them.", day=3, hour=12)
    st = _story([launch, stance, review])
    comp = Composer({a.url: a for a in (launch, stance, review)})
    item = top_line_item(st, comp, since=dt.date(2025, 7, 2))
    assert item is not None and item.text.startswith("Forgeline on Tuesday launched Autopilot"), item.text


def test_checker_catches_a_feature_s_voice_but_not_quoted_speech_or_a_hard_news_framing():
    assert prose.feature_voice("Walk the fields east of Lebanon today and you will see little more than survey "
                               "stakes, per The Indianapolis Star.")
    assert prose.feature_voice("MarketWatch reports that you may have noticed that asking an AI model a question "
                               "keeps getting cheaper.")
    assert prose.feature_voice("For decades, the plant's cooling towers have been the biggest thing on the horizon.")
    assert prose.feature_voice("When the founders first pitched investors three years ago, they brought one slide.")
    assert not prose.feature_voice('"You have to move fast," the chief executive told Reuters on Tuesday.')
    assert not prose.feature_voice("In a statement, the company said the loss would be booked in the third quarter.")
    assert not prose.feature_voice("Anyone who signs in with a personal account gets a free licence, Google said.")


def test_checker_catches_an_outlet_s_own_voice_but_not_its_name_or_a_company_s_quoted_we():
    """eval-fin (issue 11, twelfth pass): a consumer outlet's "Our analysis found" printed as reporting; its name,
    "Which?", asks nothing; "we" inside quoted speech is the speaker's, and "US" is a country."""
    outlets = ("Which?", "CNBC")
    assert prose.feature_voice("Our analysis found that a traveller spending \u00a31,500 abroad a year would save "
                               "around \u00a345 in fees compared with a typical high-street card, according to "
                               "Which?.", outlets)
    assert prose.feature_voice("Founders we spoke to said the biggest cost had been uncertainty rather than "
                               "compliance itself.", outlets)
    assert not prose.feature_voice("Lumen's use of account data to set limits may help people with thin credit "
                                   "files, according to Which?.", outlets)
    assert prose.feature_voice("Lumen's use of account data to set limits may help people with thin credit "
                               "files, according to Which?.")   # without the outlet list, "?" is a question
    assert not prose.feature_voice('"We have built the thing twice already," said the head of market-risk '
                                   'methodology at a large French bank.', outlets)
    assert not prose.feature_voice("The US Treasury sold $25 billion of 30-year bonds, according to CNBC.", outlets)


def test_key_developments_pass_over_a_feature_s_voice():
    """A story whose later articles open on a scene or address the reader: its development reports in the hard
    news sentences only (cal-ai and cal-biotech printed seven and two such sentences before)."""
    arts = [art("The Columbus Dispatch", "Ohio offers $310 million in incentives to land data centre campus",
                "Ohio has offered Vantor Cloud a package of tax breaks and grants worth $310 million to build a data "
                "centre campus in Licking County, state documents show. The package includes a 15-year sales tax "
                "exemption on servers."),
            art("The Indianapolis Star", "Indiana puts $280 million on the table as it races Ohio",
                "Walk the fields east of Lebanon today and you will see little more than survey stakes and a few "
                "construction trailers. Indiana has offered Vantor Cloud $280 million in incentives to build the "
                "campus in Boone County, the state's development agency said.", hour=12),
            art("MarketWatch", "What the data centre race means for investors",
                "You may have noticed that states keep raising their bids for data centres. For decades, the "
                "fields of Licking County have grown corn and soybeans.", hour=14)]
    page = _one_story_edition(arts, ())
    sentences = [s for _, _, s in prose.page_sentences(page)]
    assert page.key_developments and not [s for s in sentences if prose.feature_voice(s)], sentences


def test_a_pronoun_after_an_opening_clause_never_leads():
    from topline.write.offline import lead
    assert lead.pronoun_subject("Asked to add a feature to a mid-sized open source project, it read the code and "
                                "wrote tests first.")
    assert lead.pronoun_subject("On Tuesday, they said the plant would open in 2027.")
    assert not lead.pronoun_subject("On Tuesday, Meridian AI launched Meridian 5, its most capable model.")
    assert not lead.pronoun_subject("Hanra Semiconductor, the memory maker, said it would invest $7 billion.")


def _ranked_story(sid: str, arts: list[Article], score_: float) -> RankedStory:
    st = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts), first_seen=arts[0].published,
               last_seen=arts[-1].published, outlets=tuple(a.source for a in arts))
    return RankedStory(StoryBundle(st, tuple(arts), ()), Classification(sid, "Models"), Ranking(sid, score_, ()))


def test_the_top_line_states_a_development_once_and_prefers_stories_that_can_lead():
    """One launch reported as three stories (the grouping split it): the Top Line states its benchmark score once;
    a review whose sentences cannot lead ("Asked to ..., it read the code") gives way to a story that can."""
    launch = _ranked_story("launch", [art("Reuters", "Meridian AI launches Meridian 5 model",
                                          "Meridian AI on Wednesday launched Meridian 5, its most capable model, "
                                          "the company said. Meridian said Meridian 5 scored 74% on SWE-bench "
                                          "Verified, up from 61%.")], 0.9)
    score_again = _ranked_story("again", [art("The Verge", "Meridian 5 benchmark",
                                              "Meridian said Meridian 5 scored 74 percent on SWE-bench Verified, "
                                              "a test of fixing real software bugs.")], 0.8)
    review = _ranked_story("review", [art("Ars Technica", "Hands-on with Meridian 5",
                                          "Asked to add a feature to an open source project, it read the code and "
                                          "wrote tests first. Asked again, it did the same.")], 0.7)
    paper = _ranked_story("paper", [art("Nature", "Small AI models learn to check their own proofs",
                                        "Researchers at ETH Zurich said on Wednesday that a 3-billion-parameter "
                                        "model trained to check its own proofs solved 61% of olympiad problems.")],
                          0.5)
    ctx = EditionContext(date=DAY, taxonomy=Taxonomy((Category("Models", "Models and research."),)),
                         ranked=(launch, score_again, review, paper), history=(), previous_signals=(),
                         settings=None)
    writer = OfflineWriter()
    writer.prepare(ctx)
    from topline.write.base import WriteStats
    page = writer.write_page(ctx.taxonomy.categories[0], list(ctx.ranked), ctx, WriteStats())
    ids = [t.story_id for t in page.top_line]
    assert ids == ["launch", "paper", "review"], [t.text for t in page.top_line]   # the review only fills
    assert sum("74" in t.text for t in page.top_line) <= 1, [t.text for t in page.top_line]


def _composer(*bodies: str) -> Composer:
    at = dt.datetime(2026, 11, 5, 9, tzinfo=dt.timezone.utc)
    return Composer({f"https://example.org/{i}": Article(url=f"https://example.org/{i}", title="A title", text=b,
                                                          source="Press Gazette", published=at)
                     for i, b in enumerate(bodies)})


def test_an_opener_written_lower_case_elsewhere_loses_its_capital_before_a_name():
    comp = _composer("Blocking Google's crawler removes a site from search. Publishers weighed blocking it.")
    assert comp.clause("Blocking Google's crawler removes a site from search.") == \
        "blocking Google's crawler removes a site from search."


def test_a_name_the_articles_capitalise_mid_sentence_keeps_its_capital():
    comp = _composer("Core Scientific has agreed to a deal. Shares of Core Scientific rose, and its core business "
                     "grew.")
    assert comp.clause("Core Scientific has agreed to a deal.") == "Core Scientific has agreed to a deal."


def test_printed_in_through_the_cached_forms_answers_as_cutting_each_time():
    """Issue 14: ``printed_in`` reads a candidate's printed forms (the sentence and what ``shorter`` cuts of it)
    from a cache per text; the answers equal cutting the sentence again for every line."""
    from topline.write.offline.lead import printed_forms, printed_in

    def reference(c: Candidate, text: str) -> bool:     # printed_in as it was, cutting for every line
        low = text.lower()
        if c.text.rstrip(".!").lower() in low:
            return True
        return any(v != c.text and v.rstrip(".!").lower() in low for v in shorter(c.text))

    long = ("The company said on Tuesday that it would cut 1,200 jobs across its plants in Ohio and Texas and close "
            "two warehouses near the border by the end of the year, a move that analysts had expected for months.")
    sents = [long, "Prices rose 4% in May!", "Rates were held."]
    lines = [long, "Acme said the company said on Tuesday that it would cut 1,200 jobs across its plants in Ohio "
             "and Texas and close two warehouses near the border by the end of the year.",
             "Reports say prices rose 4% in May.", "Nothing here.", "Acme reports that rates were held."]
    cands = [Candidate(text=t, articles=(), position=0) for t in sents]
    got = [[printed_in(c, line) for line in lines] for c in cands]
    assert got == [[reference(c, line) for line in lines] for c in cands]
    assert got[0][:2] == [True, True] and got[1][2] and got[2][4] and not any(row[3] for row in got)
    assert len(printed_forms(long)) > 1     # the long sentence has a shortened form


def test_the_writer_passes_over_an_outlet_s_own_voice():
    """eval-fin (issue 11, twelfth pass): "Our analysis found ..." (a consumer outlet's test) and "Here's what the
    bank reported ..." (an earnings story's table) were printed in Key Developments and under a signal; a company's
    "we" inside quotes and "US" are not the outlet speaking."""
    from types import SimpleNamespace
    from topline.write.offline import lead
    voice = ["Our analysis found that a traveller spending \u00a31,500 abroad a year would save around \u00a345 in "
             "fees compared with a typical high-street card.",
             "Here's what the bank reported compared with what Wall Street was expecting: earnings of $2.41 a share "
             "versus $2.22 expected.",
             "Independent testers we spoke to on Wednesday had reproduced a score of about 66 percent.",
             # a columnist's newsletter, quoted by a link line of cal-ai's Policy page before this pass
             "Yesterday Lumen Labs cut the price of its flagship model by 60%, and I think it is worth stepping back "
             "to ask what this tells us about where value in AI will accrue."]
    for s in voice:
        assert lead.feature_voice(s), s
        assert lead.problems(SimpleNamespace(text=s)), s
    plain = ['"We have the balance sheet for this," Eide told DN.',
             "The US Treasury sold $25 billion of 30-year bonds on Thursday.",
             "Aldgate Banking Group agreed to buy Tessary for \u00a33.1bn on Wednesday."]
    for s in plain:
        assert not lead.feature_voice(s), s
        assert not lead.problems(SimpleNamespace(text=s)), s
