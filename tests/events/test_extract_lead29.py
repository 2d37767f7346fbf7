"""The lead's rules after eval-space's one measurement (issue 12): a month's abbreviation before a day's number is a
date, never a name ("Jan. 27" had been a launched product and a ruling's target), and a body that only can, could or
should act has not acted. Sentences written for these tests; each rule's twin that must still give the event is
beside it."""
from tests.events.sentence_helpers import one_event, sentence_fields


def test_a_month_abbreviation_before_a_day_is_no_name():
    launch = sentence_fields("Torvane Rocket Works signed its first launch contract Feb. 9, a deal for 12 Kestrel "
                             "launches for mapping company Ulvic Geodata.", "launch")
    assert all("Feb" not in x.get("product", []) for x in launch)
    ruling = one_event("GENEVA \u2014 The UN's Appeals Board ruled Sept. 14 that Quillby Mobile must stop using the "
                       "disputed frequencies.", "state_action")
    assert ruling["body"] == ["Appeals Board"] and "Sept" not in ruling.get("target", [])
    # a name that is a month's abbreviation with no day after it stays a name
    got = one_event("Jun Arveld Systems raised $40 million in a Series B round led by Ostmark Capital.", "funding")
    assert got["company"] == ["Jun Arveld Systems"]


def test_a_body_that_can_act_has_not_acted():
    assert sentence_fields("Two commissioners dissented, saying only the Senate can set rules on drone flights.",
                           "state_action") == []
    assert sentence_fields("The ministry could fine the operator up to 2% of its turnover.", "state_action") == []
    got = one_event("The ministry fined the operator 2% of its turnover on Monday.", "state_action")
    assert got["action"] == ["fine"]


def test_a_dated_strike_with_no_employer_keeps_its_kind():
    got = one_event("The country's three biggest unions called a 24-hour general strike for Mar. 3 to protest a "
                    "pension bill that would raise workers' contributions.", "incident")
    assert got["kind"] == ["strike"]
