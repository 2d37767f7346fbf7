"""A measure is no actor (``topline.check.measures``, branch support22): the subject rule and the role frames read
"Nethra's gross margin improved to 71.5% from 68.2%" as who acts, and rejected it where the article tells the same
movement with its own verb ("The gross margin rose to 71.5% from 68.2%") or has another measure move with the claim's
verb. Each faithful row the reading clears (calibration parts; read by id) comes with unsupported twins written for
this file about the same cited article (another owner, a figure of another measure, the baseline given as the new
value, another measure with the same figures), which must still be rejected; the planted errors whose subject or
agent is a measure stay caught."""

from __future__ import annotations

import pytest

from topline.check.measures import agent_before, is_measure, lead_actor, measure_told

# (row id, an unsupported twin written for this file about the same article)
CLEARED = [
    # "The gross margin rose to 71.5% from 68.2% a year earlier" in an article that opens with Nethra Systems
    ("n0085", "Corrigan Health's gross margin improved to 71.5% from 68.2%."),
    ("n0085", "Nethra's gross margin fell to 68.2% from 71.5%."),
    # "Its European market share rose to 16% from 11% a year earlier, while Solbus held about 22%"
    ("n0172", "Kovar's share of the European market climbed to 22% from 11% a year before."),
    # "Meridia Airports handled 14.6 million passengers in the third quarter, 7% more than a year earlier"
    ("n0251", "Meridia Airports' passenger numbers rose 12% to 14.6 million in the third quarter."),
    ("n0251", "Porto Real's passenger numbers rose 7% to 14.6 million in the third quarter."),
    # "Its gross margin narrowed to 41.5% from 43.0% a year earlier ...": not online sales' shares
    (
        "i0002",
        "The homeware chain's online sales fell to 41.5% from 43.0%, because it had discounted furniture to clear "
        "stock.",
    ),
    # "Quillon's shares slipped 2% in Milan" (and "Sales of the Vela fell 19%"): not the rival's shares
    ("i0184", "Brantor's shares fell 2% in Milan."),
    ("i0184", "Quillon's shares fell 19% in Milan."),
    # "Patients waiting longer than 78 weeks numbered 312, down from 1,040": not to 1,040
    ("f0205", "The number of North Weald patients waiting over 78 weeks fell to 1,040 from 312."),
    # "charged an average of 142 euros a night, 5% more than a year before": 9% is revenue per room's rise
    ("i0027", "The group's average room rate climbed 9% to 142 euros a night."),
    # shares 68%, bonds 27%, property 5%
    ("n0142", "Bonds accounted for 68% of the fund, shares for 27% and property for 5%."),
]


@pytest.mark.parametrize(("row", "twin"), CLEARED)
def test_the_measure_reading_clears_the_faithful_row_and_not_its_twin(labelled_twins, row, twin):
    ok, rows, twin_ok = labelled_twins
    assert rows[row]["label"] == "supported" and ok(row), row
    assert not twin_ok(row, twin), twin


@pytest.mark.parametrize(
    "row",
    [
        "k0052",  # cal2: "Castellan's cloud revenue surged 31% to $2.4 billion" where Lorvik's did
        "s0304",  # "Kestrel shares fell 15% after the decision": another company's shares
        "f0217",  # eval16: "... fell to 1,040": the baseline given as the new value
        "z0120",  # eval6: an invented cause, no figure
        "f0223",  # eval16: an invented cause, no figure
    ],
)
def test_planted_errors_with_a_measure_subject_stay_caught(labelled_twins, row):
    ok, rows, _twin_ok = labelled_twins
    assert rows[row]["label"] == "unsupported" and not ok(row), row


ARTICLE = [
    "Harrowby Foods lifts its forecast as margins widen",
    "Harrowby Foods, the biscuit maker, said on Tuesday that revenue rose 6% to 410 million pounds in the half year.",
    "The gross margin widened to 38.4% from 36.9%.",
    "Its rival Castel's operating margin fell to 9.1% from 10.2%, while Harrowby's shares rose 3%.",
    "Orders from supermarkets fell to 120 million pounds from 134 million pounds.",
]


def test_an_unowned_measure_is_the_lead_actors():
    assert {"harro", "food"} <= lead_actor(ARTICLE)
    assert measure_told("Harrowby's gross margin", "Harrowby's gross margin improved to 38.4% from 36.9%", ARTICLE)
    # another owner's measure in the clause that states the figures
    assert not measure_told(
        "Harrowby's operating margin", "Harrowby's operating margin fell to 9.1% from 10.2%", ARTICLE
    )
    # the right owner, the figures of another measure
    assert not measure_told("Harrowby's gross margin", "Harrowby's gross margin fell to 9.1% from 10.2%", ARTICLE)
    # the baseline given as the new value
    assert not measure_told("Orders from supermarkets", "Orders from supermarkets fell to 134 million pounds", ARTICLE)
    assert measure_told("Orders from supermarkets", "Orders from supermarkets dropped to 120 million pounds", ARTICLE)
    # no figure: nothing to anchor the measure on
    assert not measure_told("Harrowby's gross margin", "Harrowby's gross margin improved", ARTICLE)


def test_what_a_measure_is_and_where_its_clause_runs():
    assert is_measure("Meridia Airports' passenger numbers") and is_measure("The number of patients waiting")
    assert is_measure("Quillon's shares") and not is_measure("Visitors") and not is_measure("Kovin shareholders")
    assert agent_before("Quillon's shares fell 2% in Milan, the company said.", "fell") == (
        "Quillon's shares",
        "Quillon's shares fell 2% in Milan",
    )
