"""The lead's rules after eval-chips' one measurement (issue 12): the subject of an event's own clause acts, not the
name that speaks of it or opens the sentence; a cut to spending is no build-out; "the acquisition of X by Y" is Y's.
Sentences written for these tests; each rule's twin that must still give the event is beside it."""
from tests.events.sentence_helpers import one_event, sentence_fields


def test_a_speaker_is_not_the_subject_of_the_clause_it_reports():
    got = sentence_fields("Fleet analyst Morwen Tade said two operators in Ohio had received the faulty valves "
                          "before Harlow Flow recalled them.", "incident")
    assert all("Morwen Tade" not in x.get("organisation", []) for x in got)
    got = sentence_fields("Dunmere said the combined company would invest about $300 million a year in a plant in "
                          "Leeds.", "capex")
    assert all("Dunmere" not in x.get("company", []) for x in got)
    got = sentence_fields("The Brandholm Growers Association said it expected member firms to increase spending "
                          "on irrigation by about $80 million this year.", "capex")
    assert all("Brandholm Growers Association" not in x.get("company", []) for x in got)
    # the speaker's own act, told with "it", keeps its actor
    got = one_event("Dunmere Foods said on Tuesday it would invest $300 million in a new plant in Leeds.", "capex")
    assert got["company"] == ["Dunmere Foods"]


def test_a_cut_to_spending_is_no_build_out():
    assert sentence_fields("Ostwyn Steel said it would cut its 2028 capital spending budget by about $1.5 billion.",
                           "capex") == []
    got = one_event("Ostwyn Steel said it would spend $1.5 billion on a new mill in Gary.", "capex")
    assert got["company"] == ["Ostwyn Steel"]


def test_the_acquisition_of_a_target_by_a_buyer_is_the_buyers():
    got = one_event("The Competition Bureau opened a review of the proposed $2.4 billion acquisition of Pellory "
                    "Foods by Canadian grocer Marwick Stores.", "acquisition")
    assert got["acquirer"] == ["Marwick Stores"] and got["target"] == ["Pellory Foods"]
    got = one_event("Marwick Stores completed its $2.4 billion acquisition of Pellory Foods on Friday.", "acquisition")
    assert got["acquirer"] == ["Marwick Stores"]


def test_whose_staff_speak_is_a_source_not_the_organisation():
    got = sentence_fields("Pennard Research's analysts say most of the lost output came from lines that stopped "
                          "when the compressors tripped.", "incident")
    assert all("Pennard Research" not in x.get("organisation", []) for x in got)


def test_a_country_before_a_kind_of_company_describes_the_target():
    got = one_event("Regulators in Brussels on Tuesday opened an investigation into U.S. drugmaker Halcorn Bio's "
                    "purchase of Dessily Labs.", "state_action")
    assert got["target"] == ["Halcorn Bio"]
