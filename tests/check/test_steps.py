"""Figures one arithmetic step from one cited passage, the step named by the claim's words (``topline.check.steps``),
a sentence adverb or purpose clause before the subject (``subjects.leading_adverbial``) and a prize that "went to"
someone (``references.converse_prizes``): the round after support19. The faithful rows of the calibration parts each
reading clears are read by id, each with an unsupported twin written for this file about the same cited article (a
wrong sum, a wrong point difference, a wrong rest, a wrong fraction, another actor) that must still be rejected; the
planted errors a first version let through stay caught; and each step is read on a small article written for the
file, with a wrong figure of the same shape."""

from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.references import converse_prizes
from topline.check.steps import as_points, marked_as_total
from topline.check.subjects import leading_adverbial
from topline.records import Figure

# (row id, what the step reads, an unsupported twin written for this file about the same article)
CLEARED = [
    # eval12: 1.12 billion pounds of sales, 410 million of them online: the rest "other than online" is 710 million
    ("e0093", "Sales other than online came to about 720 million pounds."),
    # eval13: "Brantley's holds 19% of the grocery market, Fairmart 27% and Lidore 9%": 19 + 27 = 46, not 19 + 9
    ("d0144", "Together Brantley's and Fairmart hold 28% of the grocery market."),
    # ... and 46% is not Brantley's and Lidore's (19% + 9%: a first version read the clause's words, common to all three)
    ("d0144", "Together Brantley's and Lidore hold 46% of the grocery market."),
    # eval15: occupancy of 86% in Lisbon and Porto against 69% in Germany: 17 points, not 12
    ("i0038", "Ravensby's hotels in Lisbon and Porto were 12 points fuller than its city hotels in Germany."),
    # eval16: inflation of 3.1% against the bank's 2% target: 1.1 points, not 2.1
    ("f0241", "Inflation in Valdora is still 2.1 points above the bank's target."),
    # eval17: 1.5 billion dollars of 10-year bonds and 500 million of 30-year bonds: 2 billion in all, not 2.2
    ("b0009", "Carbridge raised 2.2 billion dollars in all from its 10-year and 30-year bonds."),
    # eval17: 31 Pelcroft supermarkets of the 46 stores to be sold: about two thirds, not three quarters
    ("b0238", "Pelcroft supermarkets make up about three quarters of the stores to be sold."),
    # eval15: "Separately," opens the sentence; the loan is Tavenor's, not the fund's
    ("i0082", "Separately, the European Investment Fund has agreed a 20-year loan of 300 million pounds from Tavenor."),
    # eval17: "To win approval," opens the sentence; the regulator cleared the deal, it sold no stores
    ("b0229", "To win approval, the Ostrand Competition Board agreed to sell 46 stores and a fuel station business."),
    # eval15: "the women's title went to Keiko Tanaka from Japan"; the championship is Dennis Hollin's, not hers
    # (a twin "Dennis Hollin ... won the women's title" passes at the round's start already: not this reading's)
    ("i0360", "Keiko Tanaka, from Japan, won the world conker championship."),
    # eval16: "The individual title went to Ruby Oates, 15,"; the landlord won nothing
    ("f0400", "Glyn Farrar, the landlord, won the individual title."),
]


@pytest.mark.parametrize(("row", "twin"), CLEARED)
def test_a_step_read_clears_the_faithful_row_and_not_its_twin(labelled_twins, row, twin):
    ok, rows, twin_ok = labelled_twins
    assert rows[row]["label"] == "supported" and ok(row), row
    assert not twin_ok(row, twin), twin


@pytest.mark.parametrize(
    "row",
    [
        # eval7: "revenue rose 18 percentage points" where it rose 18% (57% against 39% of another measure differ
        # by 18: a first version read that as the points)
        "u0099",
    ],
)
def test_planted_errors_stay_caught(labelled_twins, row):
    ok, rows, _twin_ok = labelled_twins
    assert rows[row]["label"] == "unsupported" and not ok(row), row


POLL = article(
    url="https://www.civicwire.example/harlow-poll",
    source="Civic Wire",
    title="Greens lead Harlow council poll",
    text="The Greens would win 34% of the vote in the Harlow council election, up from 29% in March, according to a "
    "poll by Civic Data published on Monday. Labour would take 31%, and the Liberals 18%. The poll asked 1,200 "
    "voters. The election is on 7 May.",
)

RACE = article(
    url="https://www.riverpost.example/raft-race",
    source="River Post",
    title="Mill crew wins Tolland raft race",
    text="A crew from the Tolland paper mill won the town's raft race on Sunday, paddling three laps of a 400-metre "
    "course on the river in 21 minutes. The race raised 6,000 pounds for the lifeboat station, and a further "
    "1,500 pounds came from a raffle. The race drew 18 rafts, 12 of them from local firms.",
)


def test_points_between_two_percentages_of_one_passage():
    # 34% against 29% in March; 34% against Labour's 31%
    assert verdict(
        "The Greens would win 34% of the vote, up five percentage points from March, according to the Civic Data poll.",
        POLL,
    ).ok
    assert not verdict(
        "The Greens would win 34% of the vote, up six percentage points from March, according to the Civic Data poll.",
        POLL,
    ).ok
    assert verdict("The Greens would lead Labour by 3 points in the Harlow council poll.", POLL).ok
    assert not verdict("The Greens would lead Labour by 4 points in the Harlow council poll.", POLL).ok


def test_a_sum_in_all_and_a_count_times_an_amount():
    assert verdict("The raft race and the raffle raised 7,500 pounds in all for the lifeboat station.", RACE).ok
    assert not verdict("The raft race and the raffle raised 7,000 pounds in all for the lifeboat station.", RACE).ok
    assert verdict("The Tolland mill crew paddled 1,200 metres in all on the course.", RACE).ok
    assert not verdict("The Tolland mill crew paddled 1,600 metres in all on the course.", RACE).ok
    # unmarked, no step is taken: the sum is not a figure the passage states
    assert not verdict("The raft race raised 7,500 pounds for the lifeboat station.", RACE).ok


def _figure_problems(claim: str, art) -> list[str]:  # noqa: ANN001
    return [d for d in verdict(claim, art).details if d.startswith("number:")]


def test_a_fraction_word_of_two_counts():
    # 12 of 18 rafts: the figure rule reads "two" as the fraction's (the sentence's coverage is another rule's)
    assert not _figure_problems("Local firms made up about two thirds of the rafts that entered.", RACE)
    assert _figure_problems("Local firms made up about three quarters of the rafts that entered.", RACE)


@pytest.mark.parametrize(
    ("claim", "number", "unit"),
    [
        ("17 points fuller", "17", "pp"),
        ("the 1.35 points it first indicated", "1.35", "pp"),
        ("17 pointed hats", "17", ""),
    ],
)
def test_a_bare_number_before_points_is_in_points(claim, number, unit):
    f = Figure(number, "number", float(number), "")
    assert as_points(f, claim, claim.index(number) + len(number)).unit == unit


@pytest.mark.parametrize(
    ("claim", "marked"),
    [
        ("Carbridge raised 2 billion dollars in all from its bonds.", True),
        ("Together Brantley's and Fairmart hold 46% of the market.", True),
        ("The fund raised 2 billion dollars in all.", True),
        ("Carbridge raised 2 billion dollars from all its bonds.", False),
    ],
)
def test_marked_as_total(claim, marked):
    end = claim.index("dollars") + len("dollars") if "dollars" in claim else claim.index("%") + 1
    assert marked_as_total(claim, end) is marked


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("Separately, Tavenor has agreed", "Tavenor has agreed"),
        ("Overall, Bellacre expects", "Bellacre expects"),
        ("To win approval, Morvane agreed", "Morvane agreed"),
        ("Before the cuts, Vantry employed", "Vantry employed"),
        ("Tavenor, a maker of boilers, said", "Tavenor, a maker of boilers, said"),
    ],
)
def test_an_opening_adverb_or_purpose_clause_is_no_part_of_the_subject(clause, subject):
    assert clause[leading_adverbial(clause) :] == subject


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "This year 256 players took part, and the women's title went to Keiko Tanaka from Japan.",
            "Keiko Tanaka won the women's title",
        ),
        (
            "The individual title went to Ruby Oates, 15, who is the youngest winner.",
            "Ruby Oates won the individual title",
        ),
        ("The money went to Keiko Tanaka.", None),  # not a prize: nobody "won the money"
        ("The contract went to the lowest bidder.", None),  # no name after "to"
    ],
)
def test_a_prize_that_went_to_someone_is_won_by_them(sentence, told):
    out = converse_prizes(sentence)
    assert (told in out) if told else out == sentence
