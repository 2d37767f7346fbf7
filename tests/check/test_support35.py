"""support35 (issue 10): a plan stated as done, a report stated as confirmed (``topline.check.factuality``).
Articles and sentences written for this file; each planted error has its faithful twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.factuality import unconfirmed_problem, unrealised_problem

PLANT = article(
    url="https://www.gridwire.example/ostfell-plant", source="Gridwire",
    title="Ostfell raises 90 million euros for battery recycling",
    text="Battery recycler Ostfell has raised 90 million euros from a group of pension funds, the company said on "
         "Monday. Ostfell will use the money to hire about 250 chemists and to build a recycling plant near "
         "Gdansk. The first line of the plant is due to start operating in 2028. The environment agency still has "
         "to approve the plant's permit. Ostfell opened a pilot line in Lodz last year.")

SHARES = article(
    url="https://www.marketdesk.example/brannock-talks", source="Market Desk",
    title="Brannock in talks to buy Selby Freight, people say",
    text="Logistics group Brannock is in talks to buy Selby Freight for about 700 million pounds, two people "
         "familiar with the matter said. Brannock declined to comment. Brannock confirmed that its chief "
         "financial officer, Ada Rees, would leave in March.")


def test_an_act_only_planned_is_not_done():
    sentences = [[PLANT.text.split(". ")[1] + "."]]
    assert unrealised_problem("Ostfell has built a recycling plant near Gdansk.", sentences)
    assert unrealised_problem("Ostfell has hired about 250 chemists.", sentences)
    assert not unrealised_problem("Ostfell plans to build a recycling plant near Gdansk.", sentences)
    assert not verdict("Ostfell has built a recycling plant near Gdansk.", PLANT).ok
    assert verdict("Ostfell will build a recycling plant near Gdansk.", PLANT).ok


def test_already_and_finished_read_as_done():
    assert unrealised_problem("The first line of the plant is already operating.",
                              [["The first line of the plant is due to start operating in 2028."]])
    assert unrealised_problem("The environment agency has already approved the plant's permit.",
                              [["The environment agency still has to approve the plant's permit."]])
    assert unrealised_problem("The city has finished widening the bridge over the river.",
                              [["The city has agreed to widen the bridge over the river next year."]])
    # the same act done in the article: not this rule's business
    assert not unrealised_problem("Ostfell opened a pilot line in Lodz.",
                                  [["Ostfell opened a pilot line in Lodz last year.",
                                   "Ostfell plans to open a second pilot line in Lodz."]])


def test_an_infinitive_after_a_past_act_or_an_implicative_verb_took_place():
    # a purpose infinitive of a past act, and "managed to", "forced ... to": the act happened
    assert not unrealised_problem("The goat beat nine other goats.",
                                  [["The goat ran the course in 41 seconds to beat nine other goats."]])
    assert not unrealised_problem("The storm closed the harbour for two days.",
                                  [["The storm forced the harbour to close for two days."]])
    assert not unrealised_problem("The crew reached the summit before dark.",
                                  [["The crew managed to reach the summit before dark."]])
    # "had fallen" after an adjective in "-ed" is done ("planned" is no plan there)
    assert not unrealised_problem("The waiting list for planned operations fell to 4,100.",
                                  [["The waiting list for planned operations had fallen to 4,100 by June."]])
    # an act in progress is not stated as done
    assert not unrealised_problem("Selby Freight is being bought by Brannock.",
                                  [["Brannock has agreed to buy Selby Freight."]])


def test_another_object_of_the_same_verb_is_another_act():
    sentences = [["Palloway will cut about 300 jobs and has lowered its sales forecast."]]
    assert not unrealised_problem("Palloway cut its sales forecast by 5%.", sentences)
    assert unrealised_problem("Palloway cut about 300 jobs in the spring.", sentences)


def test_a_report_from_unnamed_people_is_not_confirmed():
    sentences = [SHARES.text.split(". ")]
    assert unconfirmed_problem("Brannock confirmed that it is in talks to buy Selby Freight.", sentences)
    assert not unconfirmed_problem("Brannock confirmed that Ada Rees would leave in March.", sentences)
    assert not verdict("Brannock confirmed that it is in talks to buy Selby Freight.", SHARES).ok
    assert verdict("Brannock is in talks to buy Selby Freight, people familiar with the matter said.", SHARES).ok
