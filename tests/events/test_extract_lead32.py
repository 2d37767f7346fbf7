"""The lead's ledger rule after eval-games' one measurement (2026-12-07): each sentence written for the test."""
from tests.events.sentence_helpers import sentence_fields


def test_a_name_before_a_common_noun_and_a_name_describes_the_target():
    s = "Halcourt Capital agreed to buy Northern Premier Circuit club Ashby Rovers for $200 million."
    assert [f["target"] for f in sentence_fields(s, "acquisition")] == [["Ashby Rovers"]]
    s = "Halcourt Capital agreed to buy RISC-V chip startup Tiderun Cores."
    assert [f["target"] for f in sentence_fields(s, "acquisition")] == [["Tiderun Cores"]]
    # the name bought is the target when what follows it is no noun before a name
    s = "Halcourt Capital agreed to buy Velloro for $2 billion, Reuters reported."
    assert [f["target"] for f in sentence_fields(s, "acquisition")] == [["Velloro"]]
