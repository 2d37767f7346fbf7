"""support39 (issue 10, item 6): faithful "who" and figure shapes the rules misread on the fresh parts (eval25-eval28),
told apart from their planted twins: a trailing speaker named by the description the article gives the actor
(``topline.check.tail_speakers``), an apposition after a possessor, "the world's third-largest ...", read as the
actor's description (``references._APPOSITION_AFTER``), a vote's majority computed from its tally
(``topline.check.majorities``), a share that is the rest of a stated one, the step named ("Pellam Cells, the rest";
"outside Europe": ``topline.check.complements``), and a participle between a count or age and its noun, "a 64-year-old retired
baker", read as no verb (``topline.check.participles``). Articles and sentences written for this file; each faithful
sentence fails on the code before support39, and each planted twin stays rejected."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.complements import rest_of_share
from topline.check.majorities import majority_told
from topline.check.participles import adjectival_participle
from topline.check.roles import _TOKEN, frames
from topline.enrich.figures import extract_figures

OUTAGE = article(
    url="https://www.cardnews.example/tillwick-outage", source="Card News",
    title="Tillwick outage stops card payments for three hours",
    text="Card payments failed for about three hours on Friday at shops that use Tillwick, a payments processor, "
         "the company said. The outage began when a faulty network switch in its main data centre overheated. "
         "Tillwick said about 21,000 businesses were affected. The central bank has asked Tillwick for a report. "
         "A retailers' group, the Shopkeepers' Alliance, said its members had lost sales.")
SHIPPING = article(
    url="https://www.seatrade.example/hallemark-leaves", source="Sea Trade Daily",
    title="Hallemark Lines to leave the Corvane alliance",
    text="Hallemark Lines, the world's fifth-largest container line, will leave the Corvane shipping alliance at "
         "the end of 2028, it said on Tuesday. The alliance's other member, Brisendal, will keep sharing ships on "
         "the Asia-Europe route. Hallemark has chartered 14 ships to fill the gaps in its network. Brisendal said "
         "its own services would not change.")
VOTE = article(
    url="https://www.countyvoice.example/bus-lane-vote", source="County Voice",
    title="Easterby council approves new bus lanes",
    text="Easterby city council voted on Thursday to build four new bus lanes in the city centre. Councillors "
         "approved the plan by 38 votes to 29 after a long debate. The lanes will cost about 6 million pounds.")
CONTEST = article(
    url="https://www.villagetimes.example/conker-final", source="Village Times",
    title="Retired baker wins the conker championship",
    text="Rosalind Pettigrew, a 64-year-old retired baker, won the national conker championship in Ashcombe on "
         "Sunday by breaking 14 conkers in a row. Each of the 120 players has three conkers. Pettigrew beat last "
         "year's winner, Silas Drover, in the final.")


@pytest.mark.parametrize("claim, planted, source", [
    # "'the payments processor' is not who acts" on main: the speaker's description was read as no name
    ("A faulty network switch in its main data centre caused the outage, the payments processor said.",
     "A faulty network switch in its main data centre caused the outage, the retailers' group said.", OUTAGE),
    # "'The fifth-largest container line in the world' is not who acts" on main: "the world's" stopped the apposition
    ("The fifth-largest container line in the world has chartered 14 ships to fill the gaps in its network.",
     "The fifth-largest container line in the world has chartered 41 ships to fill the gaps in its network.",
     SHIPPING),
    ("The line has chartered 14 ships to fill the gaps in its network.",
     "The line has chartered 41 ships to fill the gaps in its network.", SHIPPING),
])
def test_a_description_the_article_gives_the_actor_names_it(claim, planted, source):
    assert verdict(claim, source).ok, verdict(claim, source).details
    assert not verdict(planted, source).ok


def test_a_description_that_fits_another_actor_is_still_judged():
    # the retailers' group said they lost sales; "the payments processor" (Tillwick) did not say it
    v = verdict("Its members had lost sales, the payments processor said.", OUTAGE)
    assert not v.ok


@pytest.mark.parametrize("claim, planted", [
    # "'nine votes' not stated" on main: 38 - 29 = 9
    ("The bus lanes were approved with a majority of nine votes.",
     "The bus lanes were approved with a majority of eleven votes."),
    ("Councillors approved the bus lanes by a majority of 9.",
     "Councillors approved the bus lanes by a majority of 7."),
])
def test_a_majority_named_is_the_tally_s_difference(claim, planted):
    assert verdict(claim, VOTE).ok, verdict(claim, VOTE).details
    assert not verdict(planted, VOTE).ok


def test_a_majority_needs_its_name_and_a_tally():
    claim = "The plan passed with a majority of 9 votes."
    f = extract_figures(claim)[0]
    start = claim.index("9")
    span = (start, start + len(f.text))
    with_tally = [("Councillors approved the plan by 38 votes to 29.", True),
                  ("Councillors approved the plan 38-29.", True),
                  ("The plan passed by 38 votes in favour and 29 against.", True),
                  ("Councillors approved the plan, which will cost 38 million to 29 million pounds.", False),
                  ("Councillors approved the plan by 38 votes to 27.", False)]

    class _Doc:
        def __init__(self, s):
            self.sentences = (s,)

    for sentence, want in with_tally:
        assert majority_told(f, claim, span, [_Doc(sentence)], lambda d, i: True) is want, sentence
    unnamed = "The plan passed with 9 votes to spare."
    g = extract_figures(unnamed)[0]
    at = unnamed.index("9")
    assert not majority_told(g, unnamed, (at, at + len(g.text)), [_Doc("Councillors approved the plan by 38 votes "
                                                                       "to 29.")], lambda d, i: True)


@pytest.mark.parametrize("claim, planted", [
    # "the cited articles do not have 'Rosalind Pettigrew' as who 'won'" on main: "retired" read as a verb made the
    # apposition a clause and "64-year-old" the agent of "won"
    ("Rosalind Pettigrew won the national conker championship in Ashcombe on Sunday.",
     "Silas Drover won the national conker championship in Ashcombe on Sunday."),
])
def test_a_participle_after_a_count_or_age_is_no_verb(claim, planted):
    assert verdict(claim, CONTEST).ok, verdict(claim, CONTEST).details
    assert not verdict(planted, CONTEST).ok


def test_participle_shapes():
    def read(sentence, word):
        toks = _TOKEN.findall(sentence)
        return adjectival_participle(toks, toks.index(word), frozenset("of in on to by and the a".split()))
    assert read("Ada Lunn, a 64-year-old retired baker, won.", "retired")
    assert read("The Miners, a team of eight retired miners, won.", "retired")
    assert not read("Nine of the 11 injured workers went home.", "injured")   # no apposition
    assert not read("Exports in 2023 reached a record.", "reached")           # a year, not a count
    assert not read("Of the 286 runners who started, the 251 finished.", "finished")   # no noun after it
    assert not read("The 40 listed in the report.", "listed")                 # a preposition after it
    assert [f.verb for f in frames("Ada Lunn, a 64-year-old retired baker, won the title.")] == ["won"]


PLANT = article(
    url="https://www.industrywire.example/torvik-plant", source="Industry Wire",
    title="Torvik Motors to build a battery plant with a partner",
    text="Torvik Motors will build a battery plant near Hallby, investing 1.8 billion euros. Torvik will own 70% of "
         "the plant and a cell maker, Pellam Cells, the rest. Most of its new orders came from Europe, which "
         "accounts for 35% of its sales, the company said. The town gives 15% of the land to a nature reserve, and the rest goes to the plant.")


@pytest.mark.parametrize("claim, planted", [
    # "'30%' not stated" on main
    ("Torvik will own 70% of the plant and Pellam Cells 30%.",
     "Torvik will own 70% of the plant and Pellam Cells 35%."),
    ("About 65% of Torvik's sales come from outside Europe, the company said.",
     "About 65% of Torvik's sales come from Europe, the company said."),
])
def test_the_rest_of_a_share_named_as_such(claim, planted):
    assert verdict(claim, PLANT).ok, verdict(claim, PLANT).details
    assert not verdict(planted, PLANT).ok


def test_the_rest_belongs_to_its_owner_only():
    # the reserve has 15%; the rest goes to the plant, not to the reserve
    assert not verdict("The nature reserve gets 85% of the land.", PLANT).ok
    claim = "Pellam Cells will own 30% of the plant."
    f = extract_figures(claim)[0]
    at = claim.index("30")

    class _Doc:
        def __init__(self, s):
            self.sentences = (s,)

    assert not rest_of_share(f, claim, (at, at + len(f.text)),
                             [_Doc("Torvik will own 70% of the plant and a cell maker, Pellam Cells, 10%.")],
                             lambda d, i: True)
