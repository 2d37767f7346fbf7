"""support37 (issue 10): a copula that sets the subject against another quantity ("is 40% above", "was short of the
record", "is bigger than inflation", "half a second quicker than") names no actor for the subject rule
(``topline.check.relations``). Articles and sentences written for this file; each faithful sentence has its planted
twin, which another rule still rejects."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.relations import quantity_relation

PULL = article(
    url="https://www.valleypost.example/turnip-pull", source="Valley Post",
    title="Pub team wins the Oxley turnip pull",
    text="A team from the Plough Inn pulled 312 turnips in twenty minutes to win the Oxley turnip pull on Sunday. "
         "The team was led by a retired farrier, Gwen Astley, who has entered every year since 2009. Their haul "
         "fell short of the event's record of 355, set in 2017. Forty teams took part, and the turnips were given "
         "to a food bank.")
WAGE = article(
    url="https://www.statewire.example/minimum-wage", source="State Wire",
    title="Dorland raises its minimum wage by 5.4%",
    text="The Dorland government will raise the minimum wage by 5.4% to 11.70 euros an hour from March, on the "
         "advice of its pay commission. The rise is smaller than last year's 8.4% but larger than inflation, which "
         "was 3.1% in May. About 900,000 workers will get a pay rise, the labour ministry said.")


@pytest.mark.parametrize("claim, planted, source", [
    # the subject named otherwise in the article ("Their haul"): the subject rule rejected it on main
    ("The winning haul was short of the event's record of 355, set in 2017.",
     "The winning haul was short of the event's record of 365, set in 2017.", PULL),
    # "The rise" in the article, "The increase" in the claim; no figure before the comparative
    ("The increase is bigger than inflation, which stood at 3.1% in May.",
     "The increase is bigger than inflation, which stood at 3.4% in May.", WAGE),
])
def test_a_quantity_set_against_another_is_no_actor(claim, planted, source):
    assert verdict(claim, source).ok, verdict(claim, source).details
    assert not verdict(planted, source).ok


def test_the_shapes_of_a_relation():
    for clause in ("The offer is 40% above the 300 pence the shares traded at",
                   "The rate is still about 3,180 dollars below its 2024 peak.",
                   "The winning total was short of the contest's record of 341.",
                   "The club's fastest heat time was half a second quicker than the nurses' winning time.",
                   "The winners were well outside the course record.",
                   "The winners were 40 seconds slower than the course record."):
        assert quantity_relation(clause), clause


def test_what_is_no_relation_of_quantities():
    for clause in ("Pravin chose Vietnam because labour costs there are lower than in India.",   # another clause
                   "Brunellin said the 6.1% rise in the minimum wage was one reason for its higher prices.",
                   "Vesper's chief executive said the company was short of data.",             # what was said
                   "Vantry is under investigation by the regulator.",
                   "The group is behind the attack on the pipeline.",
                   "The cap is 14 pence per megawatt-hour.",
                   "Orbis bought Zentrox for $400 million.",
                   # a subject that names its owner or a person is still asked who it is (eval26's planted kc0378)
                   "Mulvane's three-dart average was higher than Dovecote's.",
                   "Ferris is five years older than the previous oldest woman to swim the crossing.",
                   # a duration in two units stays the subject rule's: the figure rules passed a wrong one
                   "The winners were 2 minutes 40 seconds slower than the course record."):
        assert not quantity_relation(clause), clause


POST = article(
    url="https://www.tradeledger.example/kestrel-post", source="Trade Ledger",
    title="Kestrel Post's parcel revenue climbs",
    text="Kestrel Post, the Danish postal group, said revenue rose 6% to 1.68 billion kroner in the third quarter. "
         "Parcels brought in 880 million kroner, up 12%, letters 540 million, down 4%, and its logistics arm 260 "
         "million. The group plans to close 40 post offices next year.")


def test_a_quantity_linked_to_its_value_by_a_verb_is_no_actor():
    # a gapped list: the cited frame of "brought" has "Parcels" as its agent only; on main the role frames rejected
    # "letters" as who "brought" (eval19's p0139)
    assert verdict("Letters brought in 540 million kroner in the third quarter, 4% less than a year earlier.",
                   POST).ok
    # another piece's figure stays rejected: the 880 million is the parcels'
    assert not verdict("Letters brought in 880 million kroner in the third quarter.", POST).ok
