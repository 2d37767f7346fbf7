"""support31 (issue 10): an act told the other way where no antonym pair is known (event verbs placed on an axis by
their effect on their object, ``topline.check.polarity``), and a cause the articles never link to its effect
(``topline.check.causes``). Articles and sentences written for this file; each planted error has its faithful twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.directions import opposite

APPEAL = article(
    url="https://www.valleycourier.example/quarry-appeal", source="Valley Courier",
    title="Appeal court overturns quarry permit",
    text="The regional appeal court on Tuesday overturned a permit that would have let Hollin Stone reopen its "
         "quarry at Braxley. The judges said the county had not consulted residents. Hollin Stone said it would "
         "study the ruling.")

PLANNING = article(
    url="https://www.valleycourier.example/braxley-housing", source="Valley Courier",
    title="Council clears Braxley housing plan",
    text="Braxley council cleared a plan for 240 homes on the old dairy site on Monday. The developer, Orrick "
         "Homes, will add a bus stop at the entrance. Work is due to start in the spring.")


def test_event_verbs_on_one_axis_are_opposites():
    assert opposite("upheld", "overturned") and opposite("cleared", "blocked") and opposite("adding", "dropped")
    assert opposite("obeyed", "ignored") and opposite("postponed", "accelerated")
    # the same side, or two axes, are not opposites
    assert not opposite("approved", "cleared") and not opposite("halted", "suspended")
    assert not opposite("upheld", "blocked") and not opposite("added", "cancelled")
    # a size at the other end of another scale, a thing started again against one stopped
    assert opposite("smallest", "highest") and opposite("restarted", "abandoned")
    assert not opposite("largely", "small") and not opposite("higher", "larger") and not opposite("least", "more")


def test_a_decision_told_the_other_way_is_rejected():
    assert verdict("The regional appeal court overturned the permit for Hollin Stone's Braxley quarry.", APPEAL).ok
    assert not verdict("The regional appeal court upheld the permit for Hollin Stone's Braxley quarry.", APPEAL).ok
    assert verdict("Braxley council cleared a plan for 240 homes on the old dairy site.", PLANNING).ok
    assert not verdict("Braxley council blocked a plan for 240 homes on the old dairy site.", PLANNING).ok
    assert verdict("Orrick Homes will add a bus stop at the entrance.", PLANNING).ok
    assert not verdict("Orrick Homes will drop a bus stop at the entrance.", PLANNING).ok


FERRY = article(
    url="https://www.islandtimes.example/ferry-cancelled", source="Island Times",
    title="Storm cancels Skerra ferry",
    text="The Skerra ferry was cancelled on Friday because gales made the crossing unsafe, the operator said. "
         "The operator also said it had hired two new deck officers this month. The ferry's engine was replaced "
         "in 2023.")


def test_a_cause_the_articles_never_link_is_rejected():
    assert verdict("The Skerra ferry was cancelled on Friday because of gales, the operator said.", FERRY).ok
    assert verdict("Gales forced the operator to cancel the Skerra ferry on Friday.", FERRY).ok
    assert not verdict("The Skerra ferry was cancelled on Friday because the operator had hired two new deck "
                       "officers.", FERRY).ok
    assert not verdict("The Skerra ferry was cancelled on Friday because its engine was replaced in 2023.",
                       FERRY).ok
