"""support33 (issue 10): whose a title, a figure or an act is (``topline.check.owners``): a figure told of another
piece of its sentence (``figure_owners``), of another stretch of the year (``stretches``), a title told of another
owner or person, the two parties of an act swapped (``swaps``). Articles and sentences written for this file; each
planted error has its faithful twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.figure_owners import figure_owner_problem
from topline.check.owners import described_owner_problem, office_of_another, title_of_another
from topline.check.stretches import stretch_problem
from topline.check.swaps import swap_problem

TRIAL = article(
    url="https://www.medwire.example/lorvane-trial", source="Medwire",
    title="Lorvane's migraine drug cuts attacks in trial",
    text="Pharma group Lorvane said its migraine drug, tessiprant, cut monthly attacks by half in a trial of 620 "
         "patients. Nausea was reported by 9% of patients on tessiprant against 3% on a dummy pill. Lorvane "
         "will pay 40 million euros to its partner Quellis and keep the rest of the rights.")


def test_a_value_moved_to_its_neighbours_piece_is_rejected():
    assert verdict("Nausea was reported by 9% of patients on tessiprant and 3% of those on a dummy pill.", TRIAL).ok
    assert not verdict("Nausea was reported by 3% of patients on tessiprant and 9% of those on a dummy pill.",
                       TRIAL).ok
    sentence = "Nausea was reported by 9% of patients on tessiprant against 3% on a dummy pill."
    assert figure_owner_problem("Nausea hit 3% of patients on tessiprant.", [sentence])
    assert not figure_owner_problem("Nausea hit 9% of patients on tessiprant.", [sentence])
    assert not figure_owner_problem("Only 3% of those on a dummy pill reported nausea.", [sentence])


def test_a_piece_that_refers_back_keeps_its_owner():
    # "which stood at", "up from ... a year earlier", "roughly half the": the same owner's value
    debt = "The group will use 900 million euros to cut its debt, which stood at 5.2 billion euros in June."
    assert not figure_owner_problem("The group's debt stood at 5.2 billion euros in June.", [debt])
    share = "Exports made up 31% of sales in the year, against 27% a year earlier, the company said."
    assert not figure_owner_problem("Exports were 27% of sales a year earlier.", [share])
    assert not figure_owner_problem("Nausea was reported by 3% of those on a dummy pill.", [
        "Nausea was reported by 9% of patients on tessiprant against 3% on a dummy pill."])
    # a range is one piece
    assert not figure_owner_problem("The fund expects to sell between 12 and 14 ships.",
                                    ["The fund expects to sell between 12 and 14 ships this year."])


def test_a_figure_keeps_its_stretch_of_the_year():
    source = ["Orvell Bank made a net profit of 388 million euros in the first half, of which 201 million came in "
              "the second quarter.", "Orvell Bank lifts profit to 388 million euros"]
    assert stretch_problem("Orvell Bank made a net profit of 388 million euros in the second quarter.", source)
    assert not stretch_problem("Orvell Bank made 388 million euros in the first half.", source)
    assert not stretch_problem("Orvell Bank made 201 million euros in the second quarter.", source)
    # a stretch opening the sentence is every figure's
    opening = ["For the first nine months, which ended in September, sales were 1.7 billion euros."]
    assert stretch_problem("Sales were 1.7 billion euros in the third quarter.", opening)
    # no stretch in the source: not judged
    assert not stretch_problem("Sales were 1.7 billion euros in the third quarter.", ["Sales were 1.7 billion euros."])


PORT = article(
    url="https://www.harbourpost.example/pellan-fees", source="Harbour Post",
    title="Regulator caps Pellan port fees",
    text="The Maritime Authority capped the fees that Pellan Ports may charge shipping lines. The authority's "
         "director, Ines Marlowe, said the lines had paid too much for a decade. Pellan Ports' chief executive, "
         "Tobias Grange, said the company would appeal. Harbour minister Kofi Asante welcomed the ruling.")


def test_a_title_given_to_another_owner_or_person_is_rejected():
    assert verdict("Ines Marlowe, the authority's director, said the lines had paid too much for a decade.", PORT).ok
    assert not verdict("Ines Marlowe, Pellan Ports' director, said the lines had paid too much for a decade.",
                       PORT).ok
    sentences = [PORT.title, *PORT.text.split(". ")]
    assert described_owner_problem("Pellan Ports' director, Ines Marlowe, said so.", sentences)
    assert not described_owner_problem("Maritime Authority's director, Ines Marlowe, said so.", sentences)
    assert title_of_another("Ines Marlowe, Pellan Ports' chief executive, said the company would appeal.",
                            sentences)
    assert not title_of_another("Tobias Grange, Pellan Ports' chief executive, said the company would appeal.",
                                sentences)
    assert office_of_another("Harbour minister Tobias Grange welcomed the ruling.", sentences)
    assert not office_of_another("Harbour minister Kofi Asante welcomed the ruling.", sentences)


def test_the_parties_of_an_act_swapped_are_rejected():
    plain = ["Halberd Mining has agreed to buy the Tarrow copper mine from Ostrava Metals."]
    assert swap_problem("Ostrava Metals will buy the Tarrow copper mine from Halberd Mining.", plain)
    assert not swap_problem("Halberd Mining will buy the Tarrow copper mine from Ostrava Metals.", plain)
    # a passive in the claim or the source tells the parties the other way: not judged by order
    assert not swap_problem("Ostrava Metals is selling the Tarrow mine to Halberd Mining.", plain)
    assert not swap_problem("Halberd Mining will buy the mine.", ["The mine was bought by Halberd Mining."])


def test_the_parties_of_an_act_swapped_through_an_apposition():
    mine = article(
        url="https://www.orewire.example/halberd-tarrow", source="Ore Wire",
        title="Halberd buys Tarrow copper mine",
        text="Halberd Mining, the Perth-based miner, has agreed to buy the Tarrow copper mine from Ostrava Metals "
             "for 410 million dollars. The deal is due to close in March.")
    assert verdict("Halberd Mining will buy the Tarrow copper mine from Ostrava Metals.", mine).ok
    assert not verdict("Ostrava Metals will buy the Tarrow copper mine from Halberd Mining.", mine).ok


def test_a_report_given_to_another_named_person_is_rejected():
    from topline.check.speakers import speaker_problem
    sentences = ["The harbour minister, Kofi Asante, said the ruling was fair and that Pellan remained a busy port.",
                 "Pellan Ports' chief executive, Tobias Grange, said the company would appeal."]
    assert speaker_problem("Tobias Grange said Pellan remained a busy port.", sentences)
    assert not speaker_problem("Kofi Asante said Pellan remained a busy port.", sentences)
    # a company or a description may be another name for the speaker: not judged
    assert not speaker_problem("The harbour ministry said Pellan remained a busy port.", sentences)


def test_a_place_told_otherwise_is_rejected():
    from topline.check.standings import place_problem
    sentences = ["A crew from Dunmore finished first, and the holders, from Kessock, were fourth.",
                 "The race was rowed over 2,000 metres."]
    assert place_problem("The Kessock crew finished second.", sentences)
    assert not place_problem("The Kessock crew finished fourth.", sentences)
    assert not place_problem("The Dunmore crew came first.", sentences)
    assert not place_problem("The Arbroath crew finished second.", sentences)   # a competitor the articles do not place


def test_a_figure_told_again_in_apposition_keeps_its_owner():
    sentence = "Brindle cut 12% of its staff, about 300 people, months after a failed sale to Hallam."
    assert not figure_owner_problem("Brindle has cut about 300 people, 12% of its staff.", [sentence])
