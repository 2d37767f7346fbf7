"""The lead's ledger rule after eval-travel's one measurement (2026-12-07): each sentence written for the test."""
from tests.events.sentence_helpers import sentence_fields


def test_a_buyers_home_before_based_is_no_place_of_its_build_out():
    # eval-travel's false claim title "Tideholm Aviation Capital commits $5.6 billion in Dublin" (a Dublin-based
    # lessor's order of jets): where the buyer is based is not where the money goes
    s = "Dublin-based lessor Carrowmore Aviation has ordered 25 widebody jets worth about $7.2 billion at list prices."
    got = sentence_fields(s, "capex")
    assert got and all("place" not in f for f in got), got
    # a place the build-out is in stays
    s = "Ohio-based Lindqvist Steel will spend $2 billion on a new mill in Kentucky, the company said."
    assert [f.get("place") for f in sentence_fields(s, "capex")] == [["Kentucky"]]
