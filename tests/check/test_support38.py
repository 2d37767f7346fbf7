"""support38 (issue 10, item 6): four readings of faithful sentence shapes the rules misread on the fresh parts
(eval25-eval27) and on older parts: "due to" before an infinitive is a schedule (``topline.check.schedules``), "round"
as a preposition and "backed" in a vote (``topline.check.senses``), an age told by a superlative or a range
(``topline.check.ages``), a subject counted with a teen numeral (``subjects.QUANTITY_SUBJECT``), a relative clause
between a name and its verb (``topline.check.relatives``), a title "taken" (``topline.check.prizes``), a bill or toll
that moves (``topline.check.moved``), and a peso figure "P58" in an analysis sentence or claim title. Articles and
sentences written for this file; each faithful sentence fails on the code before support38, and its planted twin
stays rejected."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.ages import age_by_context
from topline.check.analysis import analysis_problems
from topline.check.moved import moved_measure
from topline.check.prizes import as_won
from topline.check.relatives import without_relatives
from topline.check.schedules import unscheduled
from topline.check.senses import other_sense

FERRY = article(
    url="https://www.harbourwire.example/ferry-strike", source="Harbour Wire",
    title="Ferry crews strike over rosters",
    text="Ferries between Ostmouth and the Kelby islands stopped on Tuesday as crews began a two-day strike over "
         "rosters. The operator, Kelby Lines, cancelled all 18 crossings. The union wants shorter shifts; the "
         "operator says it cannot afford more crew. Talks will restart on Friday, the union said. The operator's "
         "new ship, the Kelby Star, will start on the route in May.")
VOTE = article(
    url="https://www.towncrier.example/pool-vote", source="Town Crier",
    title="Brantham council votes to close two swimming pools",
    text="Brantham borough council voted on Tuesday to close two of its five swimming pools next year to save "
         "about 900,000 pounds a year. The motion passed by 27 votes to 19 after a three-hour debate. Campaigners "
         "said they would take the council to court.")
RACE = article(
    url="https://www.dalesnews.example/barrow-race", source="Dales News",
    title="Farm workers win the Keswold wheelbarrow race",
    text="A team of four farm workers from Ullock won the Keswold wheelbarrow race on Saturday, pushing their "
         "barrow along the 2-kilometre village course in 9 minutes 12 seconds. Thirty teams entered. The "
         "youngest racer was 12 and the oldest 77. Each team ran two heats and was timed by 15 marshals on "
         "speed, steering and style.")


@pytest.mark.parametrize("claim, planted, source", [
    # "due to resume" read as a cause ("no cited sentence links ... to its cause 'resume on Friday'") on main
    ("Talks are due to restart on Friday, the union said.",
     "Talks are due to restart on Monday, the union said.", FERRY),
    ("The operator's new ship is due to start on the route in May, the union said.",
     "The operator's new ship is due to start on the route in June, the union said.", FERRY),
])
def test_due_to_before_an_infinitive_is_a_schedule(claim, planted, source):
    assert verdict(claim, source).ok, verdict(claim, source).details
    assert not verdict(planted, source).ok


def test_due_to_before_a_noun_is_still_a_cause():
    for s in ("The delay was due to cost overruns.", "The loss was due to supply problems at its plant.",
              "The race was cancelled due to heavy rain.", "The fall was due to lower prices.",
              "Ostmouth's ferries stopped due to a strike."):
        assert unscheduled(s) == s, s
    assert unscheduled("Talks are due to restart on Thursday.") == "Talks are set to restart on Thursday."
    assert unscheduled("the 14 jets it was due to receive this year") == "the 14 jets it was set to receive this year"
    # an invented cause after "due to" is still asked of the passage
    assert not verdict("Ferries stopped on Tuesday due to a storm at sea.", FERRY).ok


@pytest.mark.parametrize("claim, planted", [
    # "backed" is a funding word for the event rule: "the event 'backed' is not in the cited passage" on main
    ("Councillors backed the motion to close two pools by 27 votes to 19.",
     "Councillors backed the motion to close two pools by 29 votes to 19."),
])
def test_backed_in_a_vote(claim, planted):
    assert verdict(claim, VOTE).ok, verdict(claim, VOTE).details
    assert not verdict(planted, VOTE).ok


def test_backed_needs_a_vote_for():
    assert other_sense("backed", "Members backed the deal.", "Members voted 71% in favour, on a turnout of 60%.")
    assert other_sense("backed", "Members backed the offer.", "The members voted on Monday for the offer.")
    assert not other_sense("backed", "Members backed the offer.", "The members voted to reject the offer.")
    assert not other_sense("backed", "Members backed the offer.", "The members voted against the offer.")
    assert not other_sense("backed", "Orbis backed Zentrox.", "Orbis led Zentrox's funding round.")


def test_round_as_a_preposition_is_no_funding_round():
    claim = "The Ullock team pushed its barrow round the 2-kilometre course in 9 minutes 12 seconds."
    assert verdict(claim, RACE).ok, verdict(claim, RACE).details      # "the event 'round'" on main
    assert not verdict(claim.replace("12 seconds", "21 seconds"), RACE).ok
    assert other_sense("round", "The league plays all year round.", "")
    assert not other_sense("round", "Atomico also took part in the round.", "")
    assert not other_sense("round", "Ullock closed its round of funding.", "")


def test_an_age_by_a_superlative_or_a_range():
    claim = "The oldest racer was 65 years older than the youngest."
    assert verdict(claim, RACE).ok, verdict(claim, RACE).details      # "'65 years' not stated" on main
    assert not verdict("The oldest racer was 56 years older than the youngest.", RACE).ok
    assert age_by_context("12", "The youngest racer was 12 and the oldest 77.")
    assert age_by_context("77", "The youngest racer was 12 and the oldest 77.")
    assert age_by_context("6", "The players, aged from 6 to 91, played three songs.")
    assert age_by_context("91", "The players, aged from 6 to 91, played three songs.")
    assert age_by_context("81", "The paddlers ranged in age from 9 to 81.")
    assert not age_by_context("12", "The airline retired its oldest 12 planes.")
    assert not age_by_context("30", "Thirty teams entered, and 30 finished.")


def test_a_teen_numeral_subject_is_a_quantity():
    claim = "Fifteen marshals timed the teams on speed, steering and style."
    assert verdict(claim, RACE).ok, verdict(claim, RACE).details      # "'Fifteen marshals' is not who acts" on main


SLEDGE = article(
    url="https://www.moorpost.example/sledge-race", source="Moor Post",
    title="Baker wins the Halloby sledge-pulling race",
    text="A 29-year-old baker, Edwina Pargeter, won the women's title at the Halloby sledge-pulling race on Sunday, "
         "hauling a 90-kilogram sledge up the fell in 11 minutes. Pargeter, who also won last year, said she hurt "
         "her knee in a fall near the top. Ruaridh Colquhoun, a shepherd, was second in the men's race.")


def test_a_relative_clause_is_no_act_of_the_claim():
    claim = "Pargeter, who also won last year, said she had hurt her knee when she fell near the top."
    assert verdict(claim, SLEDGE).ok, verdict(claim, SLEDGE).details     # "not ... 'Pargeter' as who 'said'" on main
    assert not verdict("Colquhoun, who also won last year, said he had hurt his knee when he fell near the top.",
                       SLEDGE).ok
    assert without_relatives("Pargeter, who also won last year, said ...") == "Pargeter said ..."
    assert without_relatives("The team that won last year came second.") == "The team that won last year came second."


SLEDGE_RIVAL = article(
    url="https://www.moorpost.example/sledge-titles", source="Moor Post",
    title="Baker wins the Halloby sledge-pulling race",
    text="A 29-year-old baker, Edwina Pargeter, won the women's title at the Halloby sledge-pulling race on Sunday, "
         "hauling a 90-kilogram sledge up the fell in 11 minutes. The men's title went to Ruaridh Colquhoun, a "
         "shepherd.")


def test_to_take_a_title_is_to_win_it():
    claim = "Edwina Pargeter took the women's title at the Halloby sledge-pulling race on Sunday."
    assert verdict(claim, SLEDGE).ok, verdict(claim, SLEDGE).details
    # on main: "the cited articles give what the sentence has 'Edwina Pargeter' 'took' to 'Ruaridh Colquhoun ...'"
    assert verdict(claim, SLEDGE_RIVAL).ok, verdict(claim, SLEDGE_RIVAL).details
    # the wrong winner told with "took" passed on main (no cited frame has "took"); read as "won", it is rejected
    assert not verdict("Ruaridh Colquhoun took the women's title at the Halloby sledge-pulling race on Sunday.",
                       SLEDGE).ok
    assert as_won("Pargeter took the senior show jumping class.") == "Pargeter won the senior show jumping class."
    for s in ("About 120 pullers took part in the race.", "The race took place on the fell.",
              "She took the title of chief executive in May."):
        assert as_won(s) == s


def test_a_peso_figure_written_with_its_sign_is_in_the_facts():
    # eval-work's Labour page lost its claim title on main: "'P58' is not in the facts it builds on"
    facts = ["The Regional Wages Board for Metro Manila on Tuesday approved a P58 increase in the daily minimum wage, "
             "raising it to P703."]
    assert analysis_problems("Regional Wages Board for Metro Manila approves a P58 increase in the daily minimum wage",
                             facts) == ([], [])
    assert analysis_problems("Regional Wages Board for Metro Manila approves a P60 increase in the daily minimum wage",
                             facts)[0]


BILLS = article(
    url="https://www.utilitywire.example/tamsford-water", source="Utility Wire",
    title="Tamsford Water to spend 800 million pounds",
    text="Tamsford Water was fined 12 million pounds on Monday for leaks. The company will spend 800 million pounds "
         "on its pipes over five years, paid for partly by raising bills by 7% from May. The regulator said "
         "customers should not pay twice.")


def test_bills_that_move_are_a_measure():
    claim = "Bills will rise 7% from May to help pay for the pipes."
    assert verdict(claim, BILLS).ok, verdict(claim, BILLS).details    # "'Bills' is not who acts" on main
    assert not verdict(claim.replace("7%", "9%"), BILLS).ok
    assert moved_measure("Bills", "Bills will rise 9% from April")
    assert moved_measure("Turbine and cable costs", "Turbine and cable costs have gone up by about 40%")
    assert not moved_measure("The fee", "The fee will stay even when waiting times fall below five days")
