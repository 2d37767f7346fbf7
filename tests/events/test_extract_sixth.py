"""Sixth pass of the extractor (issue 12): rules by clause structure, each on sentences written for its test (not
taken from any corpus): a trigger inside a non-restrictive relative clause is background, a clause set "hours
after" another act is an earlier act, and "raised its <level> to $N" lifts a level, it raises no money."""
from topline.events.extract import in_relative, sentence_events


def _types(sentence: str) -> list[str]:
    return [r.type for r in sentence_events(sentence, "2026-04-07")]


def _fields(sentence: str, kind: str) -> list[dict]:
    return [{k: v for k, v, _ in r.fields} for r in sentence_events(sentence, "2026-04-07") if r.type == kind]


def test_a_trigger_in_a_relative_clause_is_background():
    # what the relative clause says of its antecedent happened before; the main clause is the news
    assert "funding" not in _types("Pelham Robotics, which raised $75 million on Monday, has hired a new chief "
                                   "financial officer.")
    assert "funding" not in _types("The deal puts pressure on Pelham Robotics, which closed a $75 million round "
                                   "the same day.")
    # once the relative clause has closed (its comma), the main clause's trigger is the news
    got = _fields("Pelham Robotics, which makes picking arms for grocers, raised $75 million on Tuesday.", "funding")
    assert got and got[0]["company"] == "Pelham Robotics" and got[0]["amount"] == 75_000_000
    assert in_relative("Acme, which raised", len("Acme, which raised") - 6)
    assert not in_relative("Acme, which makes arms, raised", len("Acme, which makes arms, raised") - 6)


def test_an_act_hours_after_another_is_the_earlier_act():
    s = "Dunmore Labs signed a cloud contract with Ferrow on Tuesday, hours after Ferrow raised $90 million."
    assert "funding" not in _types(s)
    assert "funding" in _types("Ferrow raised $90 million on Tuesday.")


def test_raising_a_level_to_an_amount_is_no_funding_round():
    assert "funding" not in _types("Ferrow raised its spending plans for next year to $140 billion on Tuesday.")
    assert "funding" not in _types("Ferrow raised its budget for chips from $9 billion.")
    got = _fields("Ferrow raised $140 million from Halden Ventures on Tuesday.", "funding")
    assert got and got[0]["amount"] == 140_000_000


def test_a_possessed_name_that_modifies_a_noun_leaves_the_owner_the_actor():
    from topline.events.spans import names
    got = [x.text for x in names("A four-hour outage at Marrow Telecom's Leeds exchange cut phone lines overnight.")]
    assert "Marrow Telecom" in got
    inc = _fields("A four-hour outage at Marrow Telecom's Leeds exchange cut phone lines overnight.", "incident")
    assert inc and inc[0]["organisation"] == "Marrow Telecom"
    # the possessed name as the head, followed by its verb: the owner is not the actor
    assert "Dorne Group" not in [x.text for x in names("Dorne Group's Velta Robotics has closed a round.")]
