"""support35 (issue 10): a plan stated as done, a report stated as confirmed (``topline.check.factuality``), a
comparison turned round (``comparisons``), the other party of a swap told by a description (``swaps``).
Articles and sentences written for this file; each planted error has its faithful twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.causes import other_cause, unlinked_cause
from topline.check.comparisons import comparison_problem
from topline.check.factuality import unconfirmed_problem, unrealised_problem
from topline.check.swaps import swap_problem

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


def test_an_already_done_act_in_a_sentence_of_plans_is_done():
    told = [["The maker said it would stop selling the old scanners but would repair those already sold."]]
    assert not unrealised_problem("The maker said it would repair scanners already sold.", told)


FERRY = article(
    url="https://www.coastnews.example/merrow-ferry", source="Coast News",
    title="Merrow ferry saved by island council",
    text="The ferry to Merrow Island will keep sailing after the island council agreed to pay operator Tidewell "
         "800,000 pounds a year. Tidewell said the fares would not change. Rangers counted 41 seals on the "
         "island's beaches, up from 29 a year earlier. The new boat burns half as much fuel as the old one, "
         "Tidewell says, and is cheaper to run. Tickets sold out faster than last summer.")


def test_a_comparison_turned_round_is_rejected():
    told = [FERRY.text.split(". ")]
    assert comparison_problem("Rangers counted fewer seals on the beaches than a year earlier.", told)
    assert not comparison_problem("Rangers counted more seals on the beaches than a year earlier.", told)
    assert comparison_problem("The new boat burns twice as much fuel as the old one.", told)
    assert not comparison_problem("The new boat burns half as much fuel as the old one.", told)
    assert comparison_problem("Tidewell says the new boat is dearer to run than the old one.", told)
    # a counted difference ("12 more seals than") is the figure rules' business; a negation is left alone
    assert not comparison_problem("Rangers counted 12 fewer seals on the beaches than a year earlier.", told)
    assert not comparison_problem("Rangers did not count fewer seals on the beaches than a year earlier.", told)
    assert not verdict("Rangers counted fewer seals on the beaches than a year earlier.", FERRY).ok


def test_an_adjective_before_a_noun_is_no_comparison():
    # "smaller stores" in the cited sentence describes the stores
    told = [["The chain will close 12 smaller stores and open 20 new shops next year."]]
    assert not comparison_problem("The chain will open more shops next year than it closes.", told)


def test_the_other_party_told_by_a_description():
    sentences = FERRY.text.split(". ")
    assert swap_problem("Tidewell agreed to pay the island council 800,000 pounds a year.", sentences)
    assert not swap_problem("The island council agreed to pay Tidewell 800,000 pounds a year.", sentences)
    assert not verdict("Tidewell agreed to pay the island council 800,000 pounds a year.", FERRY).ok
    assert verdict("The island council agreed to pay Tidewell 800,000 pounds a year.", FERRY).ok


def test_an_infinitive_completing_a_noun_is_to_come():
    told = [["Its partner, the brewer Halsted, has the right to end the supply deal within 90 days."]]
    assert unrealised_problem("Halsted has ended the supply deal.", told)
    assert not unrealised_problem("Halsted may end the supply deal within 90 days.", told)
    # an ordinal before the infinitive: the act took place
    assert not unrealised_problem("Halsted ended the supply deal.",
                                  [["Halsted was the first brewer to end the supply deal."]])


def test_an_effect_the_articles_give_another_cause():
    told = [["The regatta was called off last year because the wind was too strong.",
             "Swans nested on the river bank in May."]]
    assert other_cause("The regatta was called off last year after swans nested on the river bank.", told)
    assert not other_cause("The regatta was called off last year because the wind was too strong.", told)
    # a time, not a cause, where the articles give the effect none: not judged here
    assert not other_cause("Swans nested on the river bank after the regatta.", told)


def test_a_cause_ends_with_its_sentence():
    # a claim of two sentences: the second sentence's words are not part of the first one's cause, so the title's
    # "after the mayor quits" (another word for the same act) still gives the effect the claim's cause
    told = [["Hollin ferry fares rise to record after the mayor quits",
             "Ferry fares in Hollin rose to a record on Friday after mayor Ilsa Marrow resigned over the harbour plan."]]
    claim = "Hollin's ferry fares hit a record on Friday after the mayor resigned. Harbour fees rose to 12 pounds."
    assert not other_cause(claim, told)
    assert other_cause("Hollin's ferry fares hit a record on Friday after a storm closed the harbour. "
                       "Harbour fees rose to 12 pounds.", told)


def test_a_coordinated_verb_or_a_speaker_is_no_party_of_a_swap():
    # "... shut one of its works' two kilns in May and close 300 of the works' jobs, Dunmere said": "close" shares
    # the subject of "shut", and Dunmere speaks; neither is the act told the other way round
    told = ["Dunmere Cement will shut one of its Carrow works' two kilns in May and close 300 of the works' 900 jobs, "
            "Dunmere said on Monday."]
    assert not swap_problem("Dunmere will close 300 of the 900 jobs at the works.", told)
    assert swap_problem("Dunmere will pay the works 3 million pounds.",
                        ["The works will pay Dunmere 3 million pounds under the deal."])
    # a body named with its owner's possessive still acts
    assert swap_problem("Corran has asked Velland's regulator for a report.",
                        ["Velland's regulator has asked Corran for a report."])


def test_a_linked_cause_ends_with_its_sentence_too():
    # the causal-link reading (because, due to, ...) splits the claim's effect and cause at a sentence's end as the
    # other-cause reading does: the first sentence's words are not the second one's effect
    told = [["Bread prices in Tarrow rose in March because of the drought."]]
    claim = ("The Tarrow flour mill shut its second and third production lines on Monday and laid off forty bakers and "
             "drivers. Bread prices rose in March because of the drought.")
    assert unlinked_cause(claim, told) == ""
    assert unlinked_cause("The Tarrow mill closed its second line. Bread prices rose in March because of a strike.",
                          told)
