"""support41 (issue 10, item 6): faithful paraphrases whose subject is a quantity moved to, from or by its figures
(``topline.check.moving``), a plain common noun the article gives the same verb (``topline.check.common_subjects``),
a speaker whose judgement the article reports with "called" (``topline.check.called``), and a prize the article
gives to "the winner" (``topline.check.prize_money``). Articles and sentences written for this file; each faithful
sentence of the verdict tests is rejected on the code before support41, each planted twin rejected on both."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.called import as_said
from topline.check.common_subjects import common_subject_told
from topline.check.moving import moving_told
from topline.check.prize_money import winners_prize

FUND = article(
    url="https://www.pensionsweek.example/brindlecombe-fund", source="Pensions Week",
    title="Brindlecombe pension fund loses 2.4% on its shopping centres",
    text="The Brindlecombe Pension Fund lost 2.4% last year after it wrote down the value of its shopping centres, "
         "the fund said on Tuesday. Its cover ratio fell to 97% from 102% over the year. The fund has 210,000 "
         "members.")
WATER = article(
    url="https://www.utilitydaily.example/hessowater-review", source="Utility Daily",
    title="Regulator lets Hessowater raise bills by 14% over five years",
    text="The water regulator will let Hessowater raise its bills by 14% over the next five years, less than the "
         "company had asked for. The average household bill will go from 510 pounds a year to about 580 pounds by "
         "2030.")
FINE = article(
    url="https://www.utilitydaily.example/hessowater-fine", source="Utility Daily",
    title="Hessowater fined 12 million pounds over sewage spills",
    text="The water regulator fined Hessowater 12 million pounds on Tuesday for letting sewage into rivers more often "
         "than its permits allow. Chief executive Ottilie Braddock said the company would pay the fine and would not "
         "appeal. A consumer group called the fine too small. Analysts at a bank said the penalty was less than they "
         "had expected.")
QUOITS = article(
    url="https://www.dalesdaily.example/quoits-final", source="Dales Daily",
    title="Postman wins the northern quoits championship",
    text="Ambrose Tillotson, a postman from Wharfby, won the northern quoits championship at Kettlewick on Saturday, "
         "beating the holder in the final. The winner took home 600 pounds and a brass quoit. Forty-one players "
         "entered.")


@pytest.mark.parametrize("faithful, source", [
    ("The fund's cover ratio dropped to 97% from 102%.", FUND),
    ("The average household bill is set to rise to about 580 pounds a year by 2030, from 510 pounds.", WATER),
])
def test_a_quantity_moved_to_or_from_its_figures_is_no_actor(faithful, source):
    got = verdict(faithful, source)
    assert got.ok, got.details


@pytest.mark.parametrize("planted, source", [
    ("The fund's cover ratio dropped to 102% from 97%.", FUND),       # the baseline given as the new value
    ("The fund's cover ratio dropped to 95% from 102%.", FUND),
    ("The average household bill is set to rise to about 640 pounds a year by 2030, from 510 pounds.", WATER),
])
def test_a_moved_quantity_with_figures_the_article_does_not_give_it_is_rejected(planted, source):
    assert not verdict(planted, source).ok


def test_moving_reads_only_an_intransitive_movement_with_its_change():
    sentences = ["Brindlecombe fund", "The Brindlecombe Pension Fund lost 2.4%.", "Its cover ratio fell to 97% from "
                 "102%."]
    assert moving_told("The fund's cover ratio", "The fund's cover ratio dropped to 97% from 102%", sentences)
    # an actor noun, and a verb that moves an object: someone acts
    assert not moving_told("The fund", "The fund cut its ratio to 97% from 102%", sentences)
    # no change given after the verb
    assert not moving_told("The fund's cover ratio", "The fund's cover ratio rose sharply", sentences)
    # figures the article gives no cover ratio
    assert not moving_told("The fund's cover ratio", "The fund's cover ratio dropped to 2.4%", sentences)


def test_a_common_noun_subject_with_the_articles_own_verb_is_who_acts():
    got = verdict("Analysts at a bank said Hessowater's penalty had fallen short of their expectations.", FINE)
    assert not any("is not who acts" in d for d in got.details), got.details
    # the analysts said something else: the chief executive's statement is not theirs
    got = verdict("Analysts at a bank said Hessowater would pay the fine and would not appeal.", FINE)
    assert not got.ok


def test_common_subject_told_wants_the_predicates_best_sentence():
    sentences = ["Stallholders said trade was slower than last year.",
                 "The parish council said the roof would be fixed by October."]
    assert common_subject_told("Stallholders", "Stallholders said trade was weaker than a year ago", sentences)
    assert not common_subject_told("Stallholders", "Stallholders said the roof would be fixed by October",
                                   sentences)
    # a capitalised word written inside a cited sentence is a name, not a common noun
    named = ["Title", "A fete at Marrowby opened.", "Marrowby said trade was slower."]
    assert not common_subject_told("Marrowby", "Marrowby said trade was weaker", named)


def test_a_judgement_reported_with_called_is_said():
    got = verdict("A consumer group said the fine was too small.", FINE)
    assert got.ok, got.details


def test_called_for_on_or_a_name_is_no_judgement():
    assert as_said("A consumer group called the fine too small.") == "A consumer group said the fine too small."
    for s in ("Unions called for a strike.", "The mayor called on the council to act.",
              "A startup called Zentrox raised money.", "The board called the meeting to vote on the deal."):
        assert as_said(s) == s


def test_the_winners_prize_is_the_prize_of_the_one_who_won():
    got = verdict("Tillotson won 600 pounds and a brass quoit.", QUOITS)
    assert got.ok, got.details
    assert not verdict("Tillotson won 800 pounds and a brass quoit.", QUOITS).ok


def test_winners_prize_reads_only_money_given_to_the_winner():
    cited = "The winner took home 600 pounds and a brass quoit."
    won = ["Ambrose Tillotson won the championship.", cited]
    at = (cited.index("600"), cited.index("600") + len("600 pounds"))

    def reads(claim: str) -> bool:
        i = claim.index("600")
        return winners_prize(claim, (i, i + len("600 pounds")), cited, at, won)
    assert reads("Tillotson won 600 pounds and a brass quoit.")
    assert reads("The champion won 600 pounds.")
    assert not reads("Tillotson earns a 600 pounds bonus for the record.")      # money of another kind
    assert not reads("Wharfby won 600 pounds for the hall.")                     # nobody the article has win
    assert not reads("Tillotson won 600 pounds for the hall.")                   # another use of the money
