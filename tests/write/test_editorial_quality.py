"""Editorial judgement floors (issue 11), pinned at the levels measured with `topline eval editorial`.

Every corpus is built in order, as a subscriber's daily run would (three editions each; one build per corpus, in
one parametrised module fixture), and scored on its last gold date. tests/data/eval-fin (frozen 2026-12-05, held
out until issue 11's twelfth pass) is calibration from then on; tests/data/eval-agri (frozen 2026-12-04, held
out until issue 11's eleventh pass) is calibration from then on; tests/data/eval-trade (frozen 2026-12-04,
held out until issue 11's ninth pass) is calibration from the tenth pass on; tests/data/eval-energy was held out
until issue 11's eighth pass and is calibration since; the calibration corpora (tests/data/cal-biotech, and tests/data/cal-ai and cal-ai2
in the default taxonomy) were tuned on; the demo's gold Top Line is the example briefing's (Capital & Industrial
Strategy only); tests/data/eval-ai3 (frozen twice, calibration since the seventh pass) is also scored on its
first gold date. Figures: benchmarks/RESULTS.md, "Editorial judgement" ("Twelfth pass" for the latest).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from topline.eval.editorial import evaluate_dir, lead_problems

from tests import built

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
pytestmark = pytest.mark.slow   # nine corpora, three editions each


@dataclass(frozen=True)
class Floors:
    agreement: dict[str, int]          # Top Line agreement per category (of 5), scored on the last gold date
    states_share: float                # bullets that state the development
    defects_per_100: float             # prose defects, all editions
    noise: int = 0                     # gold noise stories on any page, summed over the three editions
    no_defects: tuple[str, ...] = ()   # prose defect classes that must not occur at all
    other_dates: dict[str, dict[str, int]] = field(default_factory=dict)   # agreement floors on earlier gold dates
    noise_last_day: int = 0            # gold noise stories on the pages of the scored date (the target is 0)


CORPORA = {
    # Frozen and never tuned on until issue 11's eighth pass (calibration since). Measured after issue 11's second pass (ranking on the whole story, pages from the kind
    # of event, the outlet cap on single-source stories); the target is 4 in every category.
    "eval-energy": Floors(
        {"Capital & Deals": 4, "Power & Grids": 4, "Policy & Regulation": 5, "Markets & Prices": 4,
         "Technology & Supply Chain": 3},   # Policy 4 -> 5 in the twenty-fourth pass (classify.shared: a story
        # whose words are nearly as close to the policy page as to its own is on both)
        states_share=0.95,      # measured 24 of 25 (0.96)
        defects_per_100=0.5,    # measured 0.0 (0 in 344 sentences, third pass, with the feature_voice class)
        # calibration from issue 11's eighth pass on: its first gold day pinned too (Power & Grids 2 -> 3 there in
        # the eighth pass: a utility's spending plan on the grid page as its subject)
        other_dates={"2026-03-11": {"Capital & Deals": 4, "Power & Grids": 3, "Policy & Regulation": 4,
                                    "Markets & Prices": 5, "Technology & Supply Chain": 3}}),   # Markets 4 -> 5
        # in the ninth pass: EU carbon's slide stated once, the crude story the editor chose takes the slot
    # Held out from 2026-12-04 to issue 11's ninth pass (helper corpus4: trade, shipping and logistics, its own
    # taxonomy), written and frozen before any run of Topline on it; measured by the lead on the merged code of the
    # eighth and ninth passes; CALIBRATION from the tenth pass on (tuned on there: the thin-day noise gate's
    # topical_ratio). The targets are 4 in every category and no noise on any page; these floors are what
    # was measured, not the target.
    "eval-trade": Floors(
        {"Deals & Investment": 4, "Shipping, Ports & Air Cargo": 3, "Trade Policy & Customs": 4,
         "Freight Rates & Markets": 3, "Disruptions & Incidents": 5},   # 19/25 on 2026-05-20 (Disruptions 4 -> 5
        # in the twenty-fourth pass: classify.shared); Freight 4 -> 3 in the
        # twentieth pass (a share move's story is markets news too, events.MOVE_FLOOR: Halden's and Greystone's
        # falls after their deals, shipping and logistics share moves the page's description covers, took the
        # place of one outlet's capesize rally; the sixteen calibration corpora's sum 604 -> 608)
        states_share=0.95,      # measured 24 of 25 (0.96); 25 of 25 after the ninth pass (editorial10)
        defects_per_100=0.35,   # measured 0.6 (2 in 334: a repeated sentence, a stale headline); after the ninth
        # pass 0.3 (1 in 328: the stale headline; the repeat was one development in two bullets)
        noise=0,                # measured 1 (a cargo-bike cafe, s43, on a page of 2026-05-18) until the tenth
        # pass, 0 since (the thin-day gate at 0.6 of the median)
        other_dates={"2026-05-19": {"Deals & Investment": 4, "Shipping, Ports & Air Cargo": 3,
                                    "Trade Policy & Customs": 4, "Freight Rates & Markets": 4,
                                    "Disruptions & Incidents": 4}}),   # 17/25; 20/25 in the fifteenth pass (Freight
        # 3 -> 4: the short page filled, write.PAGE_FILL; Trade Policy 3 -> 4: novelty's weight to prominence)
    # Held out from 2026-12-04 to issue 11's eleventh pass (helper corpus5: food, agriculture and agricultural
    # commodities, its own taxonomy), written and frozen before any run of Topline on it; measured fresh by the
    # lead (06-11 17/25, 06-10 14/24, 3 noise stories on pages); CALIBRATION from the eleventh pass on (tuned on
    # there: the thin-day gate's Params.topical_max_margin). The targets are 4 in every category and no
    # noise on any page; these floors are what was measured, not the target.
    "eval-agri": Floors(
        {"Deals & Investment": 4, "Commodity Markets & Prices": 3, "Policy, Trade & Subsidies": 4,
         "Harvests, Weather & Disease": 5, "Food Companies, Retail & Safety": 4},   # 18/25 on 2026-06-11 (Policy
        # 3 -> 4 in the fourteenth pass: magnitude's weight to outlet tier; Commodity 2 -> 3 on both days in the
        # twentieth pass: India's sugar export ban, whose "Sugar stocks slip" report puts it on the markets page;
        # Harvests 4 -> 5 in the twenty-second pass: outlet tier's weight to independent outlets, Brazil's second
        # bird-flu case, four outlets, in place of one coffee-price story)
        states_share=0.84,      # measured 22 of 25 (0.88); 21 of 25 since the sixteenth pass (a page leads with
        # what it is about: 06-10 Deals 4 -> 5, Harvests 3 -> 4, and one more bullet of the new stories flagged)
        defects_per_100=0.9,    # measured 0.88 (3 in 341: a feature's voice, two repeated sentences)
        noise=0,                # measured 3 (a pumpkin grower and a baking show's new judge on 06-09, a
        # documentary premiere on 06-10) before the eleventh pass, 1 since (the pumpkin grower: a background class
        # 0.19 below its best category, outside the thin-day gate's band), 0 since the fourteenth pass (a thin story
        # with no event and no figure is none: ``Params.eventless_ratio``)
        other_dates={"2026-06-10": {"Deals & Investment": 5, "Commodity Markets & Prices": 2,
                                    "Policy, Trade & Subsidies": 3, "Harvests, Weather & Disease": 4,
                                    "Food Companies, Retail & Safety": 4}}),   # 15/24 (Food 3 -> 4, fourteenth pass)
    # Held out from 2026-12-05 to issue 11's twelfth pass (helper corpus6: banking, payments, insurance and fintech,
    # its own taxonomy), written and frozen before any run of Topline on it; measured fresh by the lead (07-16 19/25,
    # 07-15 22/25, noise 2, defects 2.15 per 100); CALIBRATION from the twelfth pass on (tuned on there: the outlet's
    # own voice, the thin-day gate's Params.topical_band). The targets are 4 in every category and no noise
    # on any page; these floors are what was measured (benchmarks/RESULTS.md, "Twelfth pass"), not the target.
    "eval-fin": Floors(
        {"Deals & Funding": 4, "Rates, Bonds & Markets": 3, "Regulation & Enforcement": 5,
         "Results, Jobs & Branches": 5, "Payments, Products & Cyber": 4},   # 19/25 on 2026-07-16, 21/25 since the
        # sixteenth pass
        states_share=0.72,      # measured 19 of 25 (0.76); 18 of 25 since the sixteenth pass (a page leads with
        # what it is about: 07-16 Deals 3 -> 4, Regulation 4 -> 5; two bullets of the stories it brought flagged)
        defects_per_100=1.7,    # measured 1.63 (6 in 367: five signal statements that repeat a Key Development of
        # their page, one feature voice) with issue 12's eleventh pass merged: its true claims, in place of five false
        # ones, print one more statement that the page also prints (claims._story_line takes a printed statement
        # when the event has no other); 1.36 on the twelfth pass's branch alone; 2.15 (8 in 372) before both
        noise=0,                # measured 2 (a bank's charity fun run, s39, on 07-14; the board game, s42, on 07-16)
        # before the twelfth pass, 1 since (the thin-day gate's band 0.16 takes the fun run), 0 since the sixteenth
        # (a game is noise: classify.offline.game_story)
        noise_last_day=0,
        other_dates={"2026-07-15": {"Deals & Funding": 4, "Rates, Bonds & Markets": 4,
                                    "Regulation & Enforcement": 4, "Results, Jobs & Branches": 5,
                                    "Payments, Products & Cyber": 5}}),   # 22/25
    # Calibration (tuned on: KIND_LIKELIHOOD, STALE_NOVELTY, the thin-day noise gate's Params.topical_*).
    "cal-biotech": Floors(
        {"Deals & Capital": 5, "Regulation & Policy": 4, "Clinical & Science": 4, "Markets & Pricing": 4,  # Regulation
         # 3 -> 4 in the fourteenth pass (magnitude's weight to outlet tier); Clinical and Markets 5 -> 4 and
         # Manufacturing 4 -> 5 in the sixteenth pass (a page leads with what it is about, write.TOPIC_WEIGHT: the
         # thirteen calibration corpora's sum 483 -> 498, this corpus's 42 -> 41)
         "Manufacturing & Supply": 5},
        states_share=0.96,      # measured 25 of 25
        other_dates={"2026-05-19": {"Deals & Capital": 4, "Regulation & Policy": 4, "Clinical & Science": 4,
                                    "Markets & Pricing": 3, "Manufacturing & Supply": 4}},   # seventh pass
        defects_per_100=0.56),  # measured 0.56 in the ninth pass (the same 2 defects in 360 sentences: the
                                # Pellworth failure no longer printed twice); 0.5 in the sixth pass (2 in 398, repeated sentences; 0.25 before: 1 in
                                # 393); 1.52 when events5 met editorial6 (one tariff as two White House acts, a
                                # claim printed on two pages), 0.25 after (1 in ~395); noise 0 since the third pass;
                                # 0.54 (2 in ~370: a stale headline, and a claim signal of Regulation & Policy that
                                # repeats one of the page's Key Developments sentences) since events7's claims:
                                # ceiling raised 0.5 -> 0.55 for them (issue 12's signals on 9 of 15 pages against 7);
                                # the page-level repeat filter breaks momentum and theme signals (7 tests)
    # Calibration in the default taxonomy (helper "calai"; tuned on in the third pass: the state competition cues,
    # the stance and first-person leads, the feature-voice filter; in the fifth, a product release split by the
    # grouping stated once), scored on 2026-09-16.
    "cal-ai": Floors(
        {"Capital & Industrial Strategy": 3, "Compute & Infrastructure": 5, "Models & Research": 5,
         "Policy & Regulation": 5, "Enterprise & Adoption": 4, "Safety & Security": 5},   # Capital 4 -> 3 and
        # Compute 4 -> 5 in the sixteenth pass (a page leads with what it is about: the sum of both days 51 -> 51)
        states_share=0.8,       # measured 25 of 30 (0.833; 26 before the fifth pass). The flagged bullets state
                                # their development with verbs the checker's list lacks ("will provide", "has
                                # dumped", "gave" ...), and since the fifth pass the research paper's bullet, which
                                # is the gold's own best sentence, names its actor last ("... according to a paper
                                # posted Wednesday by researchers at ETH Zurich")
        defects_per_100=1.0,    # measured 0.62 (2 in 324: a repeated sentence, a stale headline)
        other_dates={"2026-09-15": {"Capital & Industrial Strategy": 4, "Compute & Infrastructure": 5,
                                    "Models & Research": 3, "Policy & Regulation": 5, "Enterprise & Adoption": 5,
                                    "Safety & Security": 3}},   # measured in the seventh pass (Models of 4, Safety of 3);
        # Capital 4 -> 3 in the fifteenth pass (novelty's weight to prominence: the one-outlet IPO filing, s26, moves
        # from fourth to fifth and the writer's Top Line passes it over for s24; the twelve corpora's sum rose by 2;
        # 3 -> 4 in the twentieth pass: Corvexa's 8% fall after the export rule on the markets page, events.MOVE_FLOOR)
        no_defects=("feature_voice",)),
    # The long-article calibration corpus in the default taxonomy (helper "calai2"; tuned on in the fourth pass and
    # the fifth: the investment flows on Capital, the product review as noise), scored on 2026-10-07.
    "cal-ai2": Floors(
        {"Capital & Industrial Strategy": 4, "Compute & Infrastructure": 5, "Models & Research": 4,
         "Policy & Regulation": 5, "Enterprise & Adoption": 4, "Safety & Security": 5},   # Safety 4 -> 5 in the
        states_share=0.9,       # measured 28 of 30 (0.933; 27 of 30 before the fifth pass)  # sixth pass (its subject)
        defects_per_100=0.5,    # measured 0.0 (0 in 318, sixth pass)
        noise=0,                # measured 0 since the fifth pass (1 before: s39, a car review, on 10-07)
        other_dates={"2026-10-06": {"Capital & Industrial Strategy": 3, "Compute & Infrastructure": 3,
                                    "Models & Research": 2, "Policy & Regulation": 4, "Enterprise & Adoption": 3,
                                    "Safety & Security": 4}},   # measured in the seventh pass (of 4, 3, 3, 4, 3, 4);
        # Safety 3 -> 4 in the fifteenth pass: the page printed three bullets, now filled (write.PAGE_FILL)
        no_defects=("stale_headline",)),
    # Frozen twice as an evaluation corpus (measured by the lead on 0ab8f19 and 297c710: 11-19 20/30, 11-18 19/28),
    # calibration from issue 11's seventh pass on (tuned on there: the outage / security incident kinds, the
    # regulator cues, a launch told in passing, a state's bid not a policy event), scored on 2026-11-19 and 11-18.
    "eval-ai3": Floors(
        {"Capital & Industrial Strategy": 3, "Compute & Infrastructure": 4, "Models & Research": 5,
         "Policy & Regulation": 4, "Enterprise & Adoption": 3, "Safety & Security": 4},   # 23/30 (23 before the
        # thirteenth pass: Safety 5 -> 4, the senators' review of the Solvane stake a story of its own on that page
        # once the Solvane deal and Harwell's spending forecast are two stories; 11-18 Capital 2 -> 3, the sum 43;
        # Policy 4 -> 5 in the fourteenth pass: a percentage that is a share counts at half in magnitude; fifteenth
        # pass, novelty's weight to prominence: Capital 3 -> 4, Enterprise 3 -> 2, the sum 44 unchanged: the price
        # war's stories, s03, are third on Enterprise but the bullet of that story states another, s38); sixteenth
        # pass, a page leads with what it is about: Capital 4 -> 3, Enterprise 2 -> 3 (11-18 Capital 3 -> 4, the sum
        # 44 -> 45); twenty-second pass, outlet tier's weight to independent outlets: Compute 3 -> 4 (HAP's Arizona
        # plant, three outlets, over Harwell's Frankfurt outage), Policy 5 -> 4 (eSafety's notices to AI companion
        # apps, three outlets of the default tier, over the CMA's Harwell rules), the sum 45 unchanged
        states_share=0.9,       # measured 28 of 30 (0.933; 29 of 30 before the seventh pass)
        defects_per_100=1.05,   # measured 1.02 (4 in 391: 2 repeated, 1 feature voice, 1 mid-sentence capital)
        other_dates={"2026-11-18": {"Capital & Industrial Strategy": 4, "Compute & Infrastructure": 4,
                                    "Models & Research": 3, "Policy & Regulation": 4, "Enterprise & Adoption": 3,
                                    "Safety & Security": 4}}),   # 21/28 (19, 20 before; Models of 3, Policy of 4)
    # The demo: only Capital & Industrial Strategy has a gold Top Line (the example briefing's five).
    "demo": Floors(
        {"Capital & Industrial Strategy": 4},
        states_share=0.86,      # measured 26 of 30 (0.867) since the nineteenth pass (27 of 30 before: the Centaur
                                # study's newest report, "A team of German researchers has built ...", no longer
                                # leads its story, its subject being unnamed: lead.reports_act); 25 of 28 (0.893)
                                # since the sixth pass (24 of 27 before)
        defects_per_100=0.5),   # measured 0.45 (2 repeated in 443 sentences; 1 in 422 before the sixth pass)
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request, tmp_path_factory):
    name = request.param
    if name == "demo":
        from topline import demo
        folder = demo.corpus_dir()
    else:
        folder = DATA / name
    return name, CORPORA[name], evaluate_dir(folder, built=built.corpus(name, tmp_path_factory))   # one build a
    # session, shared with tests/events/test_signal_claims.py (tests/built.py)


def _states_share(r) -> float:  # noqa: ANN001
    bullets = sum(c.bullets for c in r.categories)
    return sum(c.states_development for c in r.categories) / bullets if bullets else 0.0


def test_top_line_agreement_floors(corpus):
    name, floors, r = corpus
    got = {c.category: c.agreement for c in r.categories if c.gold}
    assert set(got) == set(floors.agreement), (name, got)
    assert all(got[k] >= v for k, v in floors.agreement.items()), (name, got)
    for day, want in floors.other_dates.items():
        had = r.agreement_by_date[day]
        assert all(had[k] >= v for k, v in want.items()), (name, day, had)


def test_no_noise_on_any_page(corpus):
    name, floors, r = corpus
    assert sum(len(v) for v in r.noise_on_pages.values()) <= floors.noise, (name, r.noise_on_pages)
    assert len(r.noise_on_pages[r.date]) <= floors.noise_last_day, (name, r.noise_on_pages)


def test_prose_defects_under_the_ceiling(corpus):
    name, floors, r = corpus
    assert r.defects_per_100 <= floors.defects_per_100, (name, r.defects, r.examples)
    for code in floors.no_defects:
        assert not r.defects.get(code), (name, code, r.examples)


def test_bullets_state_the_development(corpus):
    name, floors, r = corpus
    assert _states_share(r) >= floors.states_share, (name, r.bullets)
    # no feature opening and no dangling reference among bullets (the target)
    bad = [b for b in r.bullets if {"feature_opening", "leaning"} & set(b["problems"])]
    assert not bad, (name, bad)


def test_the_measure_can_fail():
    """The lead checker flags the issue's feature openings, so the floors above are not vacuous."""
    assert lead_problems("If you've scrolled through tech job listings lately, you may have noticed an unusual "
                         "title popping up: forward-deployed engineer.")
