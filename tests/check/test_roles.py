"""Who did what to whom (topline.check.roles) and opposites/negation (topline.check.directions), alone and through
check_sentence. The articles here are written for this file (not from the labelled set)."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.directions import converse, negated_stems, opposite
from topline.check.roles import frames
from topline.check.evidence import stem

ART = article(
    url="https://www.ft.com/content/varne-tidel", source="Financial Times",
    title="Varne Shipping buys Tidel Ports after Osprey talks fail",
    text="Tidel Ports was bought by Varne Shipping for $820 million after talks with Osprey Group broke down. "
         "Varne's rival Calder Lines had also made an offer. Tidel shares climbed 17% while Varne stock trailed "
         "the market. Varne said it would keep Tidel's 1,100 dockworkers. The regulator did not approve a "
         "second bid from Calder.")


def _ok(sentence: str) -> bool:
    return verdict(sentence, ART).ok


@pytest.mark.parametrize("a,b", [("trailed", "led"), ("pricier", "cheaper"), ("strengthened", "weakened"),
                                 ("shortened", "lengthened"), ("outperformed", "underperformed"),
                                 ("halves", "doubles"), ("unchanged", "changed"), ("narrowed", "widening"),
                                 ("slowed", "accelerated"), ("surplus", "deficit"), ("fattened", "thinner"),
                                 ("curtailed", "boosted")])
def test_opposites_come_from_roots_and_morphology(a, b):
    assert opposite(a, b) and opposite(b, a)


@pytest.mark.parametrize("a,b", [("raised", "lifted"), ("bought", "acquired"), ("chose", "picked"),
                                 ("led", "leading"), ("climbed", "rose"), ("company", "firm")])
def test_words_that_are_not_opposites(a, b):
    assert not opposite(a, b)


def test_converse_verbs_and_negation():
    assert converse("bought", "sold") and converse("sells", "buying") and not converse("bought", "acquired")
    neg = negated_stems("The inspection found no trace of the disease and did not approve the plan.")
    assert neg[stem("trace")] is True and neg[stem("approve")] is True and neg[stem("inspection")] is False


def test_frames_turn_passives_around_and_find_subjects_across_appositions():
    f = {x.verb: x for x in frames("Tidel Ports was bought by Varne Shipping for $820 million.")}["bought"]
    assert f.passive and {stem("varne")} <= f.agent and stem("tidel") in f.patient
    fs = {x.verb: x for x in frames("Pellow, a payroll startup, raised $85 million in a round led by Birchline.")}
    assert stem("pellow") in fs["raised"].agent and fs["led"].passive and stem("birchline") in fs["led"].agent
    f = {x.verb: x for x in frames("Selk Energy, which owns 30% of the field, had pressed for the increase.")}
    assert stem("selk") in f["pressed"].agent and stem("field") not in f["pressed"].agent
    f = {x.verb: x for x in frames("Varne's rival Calder Lines had also made an offer.")}["made"]
    assert stem("calder") in f.agent and stem("varne") not in f.agent and stem("varne") in f.owners


@pytest.mark.parametrize("sentence", [
    "Varne Shipping bought Tidel Ports for $820 million.",                       # active for passive
    "Tidel Ports has been acquired by Varne Shipping in an $820 million deal.",  # event group, passive
    "Calder Lines, Varne's rival, had also made an offer.",                      # apposition
    "Varne will keep the 1,100 Tidel dockworkers, it said.",
    "The regulator did not approve a second bid from Calder.",
])
def test_faithful_rewrites_keep_passing(sentence):
    v = verdict(sentence, ART)
    assert v.ok, v.details


@pytest.mark.parametrize("sentence", [
    "Osprey Group bought Tidel Ports for $820 million.",           # the agent replaced by a name of the passage
    "Tidel Ports bought Varne Shipping for $820 million.",         # subject and object swapped
    "Calder Lines bought Tidel Ports after talks with Osprey Group broke down.",   # the rival as buyer
    "Tidel's rival Calder Lines had also made an offer.",          # the wrong possessor
    "Varne sold Tidel Ports for $820 million.",                    # the converse verb, same agent
    "Varne stock led the market.",                                 # opposite outside any list ("trailed")
    "The regulator approved a second bid from Calder.",            # negation dropped
    "Varne said it would cut Tidel's 1,100 dockworkers.",          # "keep" reversed
])
def test_wrong_actors_and_reversed_directions_fail(sentence):
    assert not _ok(sentence)


# Third round (fourth calibration part): attempts, gapped clauses, objects of another actor, possessive names,
# speakers after their quotation, anaphoric objects. Articles written for this file.
ART3 = article(
    url="https://www.reuters.com/business/pelk-bid", source="Reuters",
    title="Pelk fails to buy Ormond; Dray and Sallow win rail contract",
    text="Pelk Foods tried to buy Ormond Dairies for $700 million, but Ormond's board rejected the offer. "
         "Dray Works will supply the trains and Sallow Systems the signalling for the Kessing line. "
         "Norvel Bank's quarterly profit rose 12%. \"We are pleased,\" said Ada Morn, Sallow's chief executive. "
         "The ministry picked Dray, choosing the company over Tannic Rail.")


@pytest.mark.parametrize("sentence,ok", [
    ("Pelk Foods tried to buy Ormond Dairies for $700 million.", True),
    ("Pelk Foods bought Ormond Dairies for $700 million.", False),              # only an attempt
    ("Pelk Foods agreed to buy Ormond Dairies for $700 million.", False),
    ("Dray Works will supply the trains and Sallow Systems the signalling.", True),
    ("Sallow Systems will supply the trains and Dray Works the signalling.", False),   # gapped clause swapped
    ("Sallow Systems will supply the trains for the Kessing line.", False),     # another actor's object
    ("Sallow Systems will supply the signalling for the Kessing line.", True),
    ("Norvel Bank's quarterly profit rose 12%.", True),                        # a possessive name is not the agent
    ("\"We are pleased,\" said Ada Morn, Sallow's chief executive.", True),    # the speaker after the quote
])
def test_third_round_role_mechanisms(sentence, ok):
    v = verdict(sentence, ART3)
    assert v.ok is ok, v.details


def test_gapped_clause_gives_each_actor_its_own_object():
    fs = frames("Dray Works will supply the trains and Sallow Systems the signalling.")
    got = {(frozenset(f.agent_names), frozenset(f.patient_head)) for f in fs if f.lemma == stem("supply")}
    assert (frozenset({stem("dray"), stem("works")}), frozenset({stem("trains")})) in got
    assert (frozenset({stem("sallow"), stem("systems")}), frozenset({stem("signalling")})) in got


def test_short_regular_pasts_are_verbs_and_sibling_clauses_are_read_for_opposites():
    art = article(url="https://www.bbc.com/news/tarn-suit", source="BBC", title="Tarn Water sued",
                  text="About 9,000 customers sued Tarn Water at the High Court. The regulator Ofcap opened an "
                       "inquiry. The Lusk index jumped 40 points on Monday, its steepest rise since March.")
    assert verdict("About 9,000 customers have sued Tarn Water.", art).ok
    assert not verdict("About 9,000 customers have sued Ofcap.", art).ok
    assert verdict("The Lusk index had its steepest rise since March.", art).ok
    assert not verdict("The Lusk index had its smallest rise since March.", art).ok


ART4 = article(
    url="https://www.reuters.com/business/hollin-kestrel", source="Reuters",
    title="Hollin Mining loses Kestrel licence",
    text="The mines ministry revoked Hollin Mining's licence for the Kestrel nickel project, saying the company "
         "had missed its deadlines. The Perth-listed miner said it would appeal. Hollin had spent $90 million on "
         "the project since 2021. Its shares fell 24%. Analysts surveyed by Reuters had expected a fine. "
         "The ministry will offer the deposit to Ardo Metals.")


@pytest.mark.parametrize("sentence,ok", [
    # the parse is unsure: the checks abstain and the others decide (fourth round)
    ("Hollin, whose shares fell 24%, had spent $90 million on the project since 2021.", True),   # apposition
    ("Analysts polled by Reuters had expected a fine.", True),                 # a reduced relative in the subject
    ("Perth-listed Hollin said it would appeal.", True),                       # a hyphenated modifier
    ("The ministry revoked Hollin's licence, and Hollin said it would appeal.", True),   # two joined clauses
    # a confident parse still decides
    ("Ardo Metals revoked Hollin Mining's licence for the Kestrel nickel project.", False),
    ("Ardo Metals had spent $90 million on the project since 2021.", False),
    ("Ardo Metals said it would appeal.", False),
])
def test_fourth_round_checks_abstain_on_unsure_parses(sentence, ok):
    # the four faithful sentences were rejected before the fourth round (checked against branch support3)
    v = verdict(sentence, ART4)
    assert v.ok is ok, v.details


# Fifth round: verdicts that reject only when corroborated, speakers named by role, quantity subjects, figures of a
# comparison, named subjects against descriptions. An article written for this file.
ART5 = article(
    url="https://www.reuters.com/business/orlen-ferries", source="Reuters",
    title="Dunmore yard wins order for six electric ferries",
    text="Shipbuilder Dunmore Marine has won a 410 million pound order to build six electric ferries for island "
         "operator Skerry Lines, after talks between the union and the yard's owner Halden Group broke down in "
         "May. The ferries will carry 300 passengers each. The yard beat bids from Norway and Spain. Skerry's "
         "chief executive, Moira Fenn, said the first vessel would sail in 2029. Its flagship Corra will be "
         "refitted in Oban. Exports now make up 41% of Dunmore's revenue from its Clyde yard, up from 18% in 2021. "
         "The Maritime Safety Agency approved the design on Monday, and Halden said the deal would keep 700 jobs. "
         "MSA inspectors "
         "will visit the yard in June.")


@pytest.mark.parametrize("sentence,ok", [
    ("Skerry's boss said the first vessel would sail in 2029.", False),         # "boss" is no role noun here
    ("The operator's chief executive said the first vessel would sail in 2029.", True),   # a speaker by role
    ("Each of the ferries will carry 300 passengers.", True),                   # a quantity subject
    ("Dunmore beat bids from Norway and Spain.", True),                         # "The yard" refers back
    ("The Corra will be refitted in Oban.", True),                              # "Its flagship Corra"
    ("Exports account for 41% of Dunmore's revenue, up from 18% in 2021.", True),   # a comparison's figures
    ("The MSA approved the design on Monday.", True),                           # an acronym
    ("Talks between the union and Halden Group broke down in May.", True),      # the agent in the same clause
    # corroborated wrong actors still fail
    ("Skerry Lines has won a 410 million pound order to build six electric ferries.", False),
    ("Dunmore said the deal would keep 700 jobs.", False),                      # Halden said it
    ("Norway beat bids from Dunmore and Spain.", False),
    ("Exports account for 18% of Dunmore's revenue, up from 41% in 2021.", False),
])
def test_fifth_round_checks_reject_only_when_corroborated(sentence, ok):
    v = verdict(sentence, ART5)
    assert v.ok is ok, v.details
