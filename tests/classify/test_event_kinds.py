"""The kind of event informs the page (issue 11): a general mechanism driven by the taxonomy's descriptions."""
from __future__ import annotations

import pytest

from topline.classify import classify
from topline.classify.events import KINDS, inform, kind_pages, kinds_of
from topline.records import Classification
from topline.taxonomy import load_taxonomy, parse_taxonomy

from .test_offline import story

CAPITAL = "Capital & Industrial Strategy"
COURTING = story("courting", ("Two states race to lure data centre investment with tax breaks for AI campuses",
                              "Virginia and Texas are courting tech giants' investment in AI data centres, offering "
                              "tax breaks and fast-track grid connections, officials in both states said."),
                 ("Governors court chief executives as states compete for AI data centre investment",
                  "Governors of both states met chief executives this week to attract investment in data centres, "
                  "their offices said on Tuesday."))


def test_kinds_are_read_from_titles_and_leads():
    assert "state_competition" in kinds_of(COURTING)
    deal = story("deal", ("Utility agrees to buy wind developer for $3.4 billion",
                          "Nordvind agreed to buy Atlantic Shoals for $3.4 billion, the companies said."))
    assert kinds_of(deal)[:1] == ["acquisition"]


def test_the_contest_for_a_plant_and_its_outcome_are_state_competition_in_news_wording():
    """How reports word the contest and its outcome, not only "courting": rival offers, an incentive offer, tax
    breaks, one state racing another, a company picking one place over another (set on tests/data/cal-ai)."""
    contest = story(
        "contest",
        ("Kentucky puts $190 million on the table as it races Tennessee for battery plant",
         "Kentucky has offered Voltera a package of tax breaks and grants worth $190 million for its battery "
         "plant, state officials said on Monday."),
        ("Voltera weighs Kentucky, Tennessee for $4 billion battery plant",
         "Voltera is weighing rival offers from Kentucky and Tennessee for a $4 billion battery plant and will "
         "announce its choice this week, the company said."),
        ("Voltera picks Kentucky for $4 billion battery plant, beating Tennessee",
         "Voltera will build its battery plant in Hardin County, the company said, picking Kentucky over "
         "Tennessee after the state sweetened its incentive offer."))
    assert "state_competition" in kinds_of(contest)
    plain = story("plain", ("Voltera to build $4 billion battery plant in Kentucky",
                            "Voltera will build a battery plant in Hardin County, Kentucky, the company said."))
    assert "state_competition" not in kinds_of(plain)


def test_each_kind_points_to_the_page_whose_description_covers_it():
    pages = kind_pages(load_taxonomy(None)).page
    assert pages["funding"] == (CAPITAL,) and pages["state_competition"] == (CAPITAL,)
    assert pages["policy"] == ("Policy & Regulation",) and pages["incident"] == ("Safety & Security",)
    other = parse_taxonomy('''
[[category]]
name = "Money"
description = "Funding rounds, takeovers, investors and share prices."
[[category]]
name = "Rules"
description = "Laws, regulators, bans and government policy."
''')
    pages = kind_pages(other).page
    assert pages["funding"][0] == "Money" and pages["policy"][0] == "Rules"


def test_a_state_competing_for_investment_goes_on_the_page_that_describes_it_too():
    [c] = classify([COURTING], load_taxonomy(None))
    assert c.primary == CAPITAL or CAPITAL in c.secondary, c
    forced = Classification("courting", "Compute & Infrastructure", (("Compute & Infrastructure", 0.6),
                                                                     (CAPITAL, 0.3)))
    [got] = inform([COURTING], [forced], load_taxonomy(None))
    assert got.primary == "Compute & Infrastructure" and CAPITAL in got.secondary
    noise = Classification("courting", None, ((CAPITAL, 0.9),))
    assert inform([COURTING], [noise], load_taxonomy(None)) == [noise]   # a story no category wants stays off


def test_a_public_body_acting_is_a_policy_event_read_by_the_event_ledger_s_rules():
    """No cue phrase of the policy kind ("law", "regulator", "ban" ...) in the lead: the ledger's state-action rule
    (a public body, a state verb, an action) finds it."""
    from topline.classify.events import LEDGER_KINDS, _ledger_kinds
    grid = story("grid", ("Texas commission fines grid operator over winter outage",
                          "The Texas Public Utility Commission fined Lonestar Grid $12 million on Monday over the "
                          "February outage."))
    assert "policy" in kinds_of(grid)
    assert _ledger_kinds("Texas commission fines grid operator over winter outage", []) >= {"policy"}
    assert set(LEDGER_KINDS.values()) <= {k for k, _, _ in KINDS}


def test_the_kind_weighs_in_the_confidence_and_the_primary_stays_first():
    from topline.classify.events import fuse
    c = Classification("s", "Power", (("Power", 0.6), ("Policy", 0.25), ("Money", 0.15)), (), "m")
    same = fuse(c, ("Policy",), likelihood=1.0)
    assert same.secondary == ("Policy",) and same.scores == c.scores
    got = fuse(c, ("Policy",), likelihood=2.0)
    probs = dict(got.scores)
    assert got.primary == "Power" and got.secondary == ("Policy",) and got.method == "m+events"
    assert probs["Policy"] / probs["Power"] == pytest.approx(2 * 0.25 / 0.6, abs=1e-3)
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-3)
    strong = fuse(c, ("Policy",), likelihood=10.0)   # never above the primary, which stays first
    assert strong.scores[0][0] == "Power" and dict(strong.scores)["Policy"] == strong.scores[0][1]
    # ...and the confidences still sum to 1 (equally likely pages: 0.6 / 0.6 / 0.15 renormalised)
    assert sum(dict(strong.scores).values()) == pytest.approx(1.0, abs=1e-3)
    assert dict(strong.scores)["Power"] == pytest.approx(0.6 / 1.35, abs=1e-3)


def test_a_flaw_in_a_new_product_is_an_incident_not_a_launch():
    flaw = story("flaw", ("Coding agent can be talked into leaking your secrets",
                          "Forgeline's Autopilot coding agent, launched on Tuesday, could be tricked by text hidden "
                          "in a ticket into exposing API keys, researchers said."),
                 ("A day after launch, Forgeline's agent falls to prompt injection",
                  "A security flaw in Forgeline's new agent exposed repository secrets at about 1,300 "
                  "organisations, the company said on Thursday."))
    kinds = kinds_of(flaw)
    assert "incident" in kinds and "launch" not in kinds, kinds
    launch = story("launch", ("Forgeline launches Autopilot coding agent",
                              "Forgeline on Tuesday launched Autopilot, an AI coding agent, the company said."))
    assert "launch" in kinds_of(launch)


def test_an_investment_flow_into_a_site_is_capital_spending_in_news_wording():
    """How reports word money committed to a site: "an initial investment of", "would build a hub", "a campus
    worth", "£8bn data centre" (issue 11; the cues were set on tests/data/cal-ai2, these sentences are new)."""
    from topline.classify.events import article_kinds
    for title, lead in (
            ("Harbourline and Kestra plan 2 GW AI hub in Oman",
             "Harbourline and Kestra will build a 2-gigawatt AI data center hub near Sohar, with an initial "
             "investment of $6 billion, the companies said on Monday."),
            ("Wrexham chosen for £3bn AI data centre", "A disused steelworks will become a campus worth 3 billion "
             "pounds, ministers said."),
            ("Norland Cloud to develop 600MW campus in Jutland", "Norland Cloud agreed to develop a 600-megawatt "
             "campus in Jutland, its chief executive said.")):
        assert "capex" in article_kinds(title, lead), title
    # a data centre's power deal or an outage is not money committed to a site
    assert "capex" not in article_kinds("Utility signs power deal with data centre operator",
                                        "The utility will supply 300 megawatts to the operator's campus from 2027.")
    assert "capex" not in article_kinds("Outage hits cloud data centre in Frankfurt",
                                        "A cooling failure took a data centre offline for six hours on Monday.")


def test_money_committed_follows_closely_on_the_page_whose_description_covers_it():
    """A data-centre investment whose words are all about data centres: the classifier gives Capital a few
    per cent; the capex kind points clearly to Capital in the default taxonomy, so Capital is a secondary page
    at no less than KIND_FLOOR of the primary's weight (its page score follows). A kind two categories share
    (no clear page) only weighs in by the likelihood, as before."""
    from topline.classify.events import KIND_FLOOR, clear_page, fuse
    from topline.write import page_score
    from topline.records import RankedStory, Ranking
    pages = kind_pages(load_taxonomy(None))
    assert clear_page(pages, "capex") == (CAPITAL,) and clear_page(pages, "funding") == (CAPITAL,)
    c = Classification("dc", "Compute & Infrastructure", (("Compute & Infrastructure", 0.9), (CAPITAL, 0.02),
                                                          ("Enterprise & Adoption", 0.08)), (), "m")
    weak = fuse(c, (CAPITAL,))                       # the likelihood alone: 0.2 of 0.9, a secondary low down
    floored = fuse(c, (CAPITAL,), floored=(CAPITAL,))
    p_weak, p = dict(weak.scores), dict(floored.scores)
    assert p_weak[CAPITAL] / p_weak["Compute & Infrastructure"] < 0.5
    assert p[CAPITAL] / p["Compute & Infrastructure"] == pytest.approx(KIND_FLOOR, abs=1e-3)
    assert floored.primary == "Compute & Infrastructure" and CAPITAL in floored.secondary
    assert sum(p.values()) == pytest.approx(1.0, abs=1e-3)
    rs = RankedStory(COURTING, floored, Ranking("dc", 0.8))
    assert page_score(rs, CAPITAL) == pytest.approx(0.8 * KIND_FLOOR, abs=1e-3)
    # a kind two descriptions share has no clear page
    shared = parse_taxonomy('''
[[category]]
name = "Money"
description = "Governments and countries competing to attract investment with state incentives and subsidies."
[[category]]
name = "Rules"
description = "Countries and governments competing with subsidies and state incentives to attract investment."
''')
    assert clear_page(kind_pages(shared), "state_competition") == ()


def test_the_page_a_story_is_about_takes_it_when_its_kind_explains_the_primary():
    """Issue 11, sixth pass: a chip designer's IPO is on Capital through its kind (funding); the classifier's
    runner-up, Compute, is what the story is about when its titles name a Compute keyword ("chip"): the story is
    a secondary there at SUBJECT_FLOOR of the primary's weight. Without the keyword in its titles, or when the
    kind does not explain the primary, nothing changes."""
    from topline.classify.events import SUBJECT_FLOOR, subject_page
    from topline.records import RankedStory, Ranking
    from topline.write import page_score
    taxonomy = load_taxonomy(None)
    compute = "Compute & Infrastructure"
    scores = ((CAPITAL, 0.86), (compute, 0.13), ("Enterprise & Adoption", 0.01))
    ipo = story("ipo", ("AI chip designer Veltrix files for Nasdaq IPO",
                        "Veltrix, which designs inference chips, filed for an initial public offering on Monday."),
                ("Chip startup Veltrix seeks $900 million in US listing",
                 "Veltrix plans to raise up to $900 million in its IPO, a filing showed on Monday."))
    assert "funding" in kinds_of(ipo)
    c = Classification("ipo", CAPITAL, scores, (), "m")
    [out] = inform([ipo], [c], taxonomy)
    p = dict(out.scores)
    assert out.primary == CAPITAL and compute in out.secondary
    assert p[compute] / p[CAPITAL] == pytest.approx(SUBJECT_FLOOR, abs=1e-3)
    assert sum(p.values()) == pytest.approx(1.0, abs=1e-3)
    assert page_score(RankedStory(ipo, out, Ranking("ipo", 0.7)), compute) == pytest.approx(0.7 * SUBJECT_FLOOR,
                                                                                             abs=1e-3)
    # the titles name no Compute keyword: the runner-up is not what the story is about
    plain = story("plain", ("Veltrix files for Nasdaq IPO",
                            "Veltrix filed for an initial public offering on Monday, a filing showed."))
    [same] = inform([plain], [Classification("plain", CAPITAL, scores, (), "m")], taxonomy)
    assert compute not in same.secondary
    # the kind does not explain the primary (a funding story whose primary is Compute): no subject page added
    other = Classification("ipo", compute, ((compute, 0.86), ("Enterprise & Adoption", 0.13), (CAPITAL, 0.01)),
                           (), "m")
    [kept] = inform([ipo], [other], taxonomy)
    assert kept.primary == compute and "Enterprise & Adoption" not in kept.secondary
    assert subject_page(ipo, c, c, taxonomy).secondary == (compute,)


def test_the_subject_page_already_a_weak_secondary_is_raised_to_the_floor():
    """Issue 11, eighth pass: the page a story is about may already be a secondary category at the classifier's own
    share, below SUBJECT_FLOOR (a utility raising its spending plan: Capital through capex, Power & Grids at half
    Capital's weight, twelfth on the grid page). It follows at SUBJECT_FLOOR of the primary's weight, as a subject
    page that was not a secondary does; a secondary already above the floor is left as it is."""
    from topline.classify.events import SUBJECT_FLOOR, subject_page
    taxonomy = load_taxonomy(None)
    compute = "Compute & Infrastructure"
    ipo = story("ipo", ("AI chip designer Veltrix files for Nasdaq IPO",
                        "Veltrix, which designs inference chips, filed for an initial public offering on Monday."),
                ("Chip startup Veltrix seeks $900 million in US listing",
                 "Veltrix plans to raise up to $900 million in its IPO, a filing showed on Monday."))
    weak = Classification("ipo", CAPITAL, ((CAPITAL, 0.6), (compute, 0.3), ("Enterprise & Adoption", 0.1)),
                          (compute,), "m")
    out = subject_page(ipo, weak, weak, taxonomy)
    p = dict(out.scores)
    assert out.primary == CAPITAL and out.secondary == (compute,)
    assert p[compute] / p[CAPITAL] == pytest.approx(SUBJECT_FLOOR, abs=1e-3)
    assert sum(p.values()) == pytest.approx(1.0, abs=1e-3)
    strong = Classification("ipo", CAPITAL, ((CAPITAL, 0.5), (compute, 0.45), ("Enterprise & Adoption", 0.05)),
                            (compute,), "m")
    assert subject_page(ipo, strong, strong, taxonomy) == strong


def test_raising_a_forecast_or_prices_is_no_funding():
    """Thirteenth pass: a results story ("raises outlook") read as a raise of money went to the deals page."""
    from topline.classify.events import article_kinds
    assert "funding" not in article_kinds("Marlow Telecom raises outlook after strong quarter", "")
    assert "funding" not in article_kinds("Marlow", "Marlow raised its full-year profit forecast on Thursday.")
    assert "funding" not in article_kinds("Streamer raises prices for its ad-free plan", "")
    assert "funding" in article_kinds("Satellite start-up raises $650m at $5.8bn valuation", "")
    assert "funding" in article_kinds("Lyra raised 400 million euros from investors", "")


def test_a_tax_raised_is_no_funding():
    """Thirtieth pass (eval-games): a state's vote to raise its betting tax was read as a raise of money, the story
    became a funding story and took a slot of the deals page's five above the day's merger. The words between the
    verb and the tax may be a possessive ("the state's"); a raise of money stays funding."""
    from topline.classify.events import article_kinds
    assert "funding" not in article_kinds(
        "Ohio Senate passes sports betting tax increase",
        "The Ohio Senate voted 20-13 on Thursday to raise the state's tax on sports wagering revenue to 20% from 10%.")
    assert "funding" not in article_kinds("What a betting tax rise means for punters",
                                          "Operators in states that raised taxes cut promotions, analysts said.")
    assert "funding" not in article_kinds("Iceland to raise departure levy on cruise visitors", "")
    assert "funding" not in article_kinds("Board", "The board raised the company's dividend by a tenth.")
    assert "funding" in article_kinds("Betting start-up raises $40m to expand in Ontario", "")
    assert "funding" in article_kinds("Payments firm", "The firm's owners raised $300 million from investors.")


def test_a_raise_is_funding_only_with_money_or_a_round():
    """Thirty-second pass: "raise" was a funding cue whatever was raised, so a health risk, questions, a pay offer,
    a takeover bid, a deficit ratio or a drought alert made a story a funding story (a kind that points to the
    deals page). A raise is funding with money or a round after it, or a sum before it; a charity's takings are
    not a round."""
    from topline.classify.events import article_kinds
    for title, lead in (
            ("Pharma group recalls heart pills", "A contaminant could raise the risk of cancer over long use, the "
                                                  "regulator said."),
            ("Lender's takeover of rival raises questions over Leeds jobs", ""),
            ("Carrier raises pay offer as strike talks resume", ""),
            ("Miner raises hostile offer for copper rival to 6.1 bln stg", ""),
            ("Beijing to raise its budget deficit ratio next year, sources say", ""),
            ("Union deal", "The five-year deal raises top pay for drivers by $7.20 an hour."),
            ("Nurses' cake sale raises £2,400 for a children's hospice", ""),
            ("Utility", "The grid operators raised the budget for the subsea link to €3.1 billion."),
    ):
        assert "funding" not in article_kinds(title, lead), title
    for title, lead in (
            ("Esports team to open Austin base after $35M raise", ""),
            ("Video AI unit nears funding", "The unit is close to raising roughly $1.5 billion from two investors."),
            ("Model maker tells investors sales will triple", "It seeks to raise billions of dollars in new capital."),
            ("Fund closes at $12 billion", "It is the largest pool of capital ever raised for the strategy."),
            ("Booking start-up raised $40 million", ""),
    ):
        assert "funding" in article_kinds(title, lead), title
