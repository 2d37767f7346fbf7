"""Seventh round of the claim-support check (issue 10): quantifiers against stated proportions, acts stated as done
that their passage has only to come, "re-" verbs. The articles are written for this file (not from the labelled
set); each rule is shown to reject a claim and to keep faithful rewrites."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.directions import roots
from topline.check.modality import done_acts, modality_problem
from topline.check.quantifiers import proportions, quantifier_problem

CO_OP = article(
    url="https://www.reuters.com/markets/tarvik-dairy-vote", source="Reuters",
    title="Tarvik dairy farmers back merger plan",
    text="Farmers of the Tarvik dairy cooperative voted on Tuesday on a merger with rival Osmund Milk. 212 of the "
         "cooperative's 260 members backed the plan, the cooperative said. Only about 12% of its farms are organic. "
         "The competition authority must approve the merger and said it would decide by March. Osmund Milk will "
         "close its Harlow plant next year. The Kessel road bridge, closed since May, will reopen in June. "
         "9 of the 40 lots of farmland offered went unsold.")


def _ok(sentence: str) -> bool:
    return verdict(sentence, CO_OP).ok


@pytest.mark.parametrize("sentence", [
    "Most of the cooperative's farms are organic.",                       # 12% is no majority
    "Half of the cooperative's farms are organic.",
    "A minority of the cooperative's 260 members backed the plan.",      # 212 of 260 is most
    "Half of the 40 lots of farmland offered went unsold.",              # 9 of 40
])
def test_a_quantifier_outside_the_stated_proportion_fails(sentence):
    assert not _ok(sentence)


@pytest.mark.parametrize("sentence", [
    "Most of the cooperative's 260 members backed the plan.",
    "A majority of the cooperative's members backed the merger plan, the cooperative said.",
])
def test_a_quantifier_inside_the_stated_proportion_passes(sentence):
    assert _ok(sentence)


def test_the_quantifier_rule_alone():
    assert proportions("Only 11 of the council's 45 seats.")[0][0] == pytest.approx(11 / 45)
    assert proportions("About 15% of growers carry insurance.")[0][0] == pytest.approx(0.15)
    assert quantifier_problem("Most growers carry insurance.", "About 15% of growers carry insurance.")
    # the passage counts the complement ("went unsold"): "most ... sold" is 31 of 40
    assert not quantifier_problem("Most of the 40 lots were sold.", "9 of the 40 lots of farmland offered went unsold.")
    assert quantifier_problem("Most of the 40 lots went unsold.", "9 of the 40 lots of farmland offered went unsold.")
    assert quantifier_problem("Most of the growers carry insurance.", "About 15% of growers carry insurance.")
    assert not quantifier_problem("Most of the lenders cut rates.", "About 15% of growers carry insurance.")  # another set
    assert not quantifier_problem("Not all of the growers carry insurance.", "About 15% of growers carry insurance.")


@pytest.mark.parametrize("sentence", [
    "The competition authority has approved the merger.",                 # "must approve": to come
    "The competition authority approved the merger with Osmund Milk.",
    "Osmund Milk has closed its Harlow plant.",                          # "will close next year"
])
def test_an_act_stated_as_done_that_is_only_to_come_fails(sentence):
    assert not _ok(sentence)


@pytest.mark.parametrize("sentence", [
    "The competition authority must approve the merger and will decide by March.",
    "The competition authority said it would decide on the merger by March.",
    "Osmund Milk will close its Harlow plant next year.",
    "212 of the cooperative's 260 members backed the plan.",
])
def test_an_act_in_its_passage_mood_passes(sentence):
    assert _ok(sentence)


def test_the_modality_rule_alone():
    assert done_acts("The board has approved the deal.") == ["approved"]
    assert done_acts("The board will run it until a successor is found.") == []     # the claim's own mood
    assert done_acts("Every affected customer will get a credit.") == []             # an adjective
    assert modality_problem("The board has approved the deal.", "The deal still needs approval from the board.")
    assert not modality_problem("The board has approved the deal.", "The board approved the deal on Monday.")
    assert not modality_problem("The board has approved the deal.", "The deal was signed.")      # not stated: abstain
    # a past act of intention does not make what follows its clause prospective
    assert not modality_problem("Demand proved strong.", "It raised more than it first sought, as demand proved strong.")


def test_a_re_verb_is_its_verb_again():
    assert roots("reopened") == roots("opened") and roots("reopened")
    assert roots("restarted") == roots("started")
    assert not roots("record")
    assert not _ok("The Kessel road bridge has reopened.")               # "will reopen in June"
    assert _ok("The Kessel road bridge will reopen in June.")


OLIVES = article(
    url="https://www.ft.com/content/selvara-olive-harvest", source="Financial Times",
    title="Selvara olive harvest falls after drought",
    text="Growers in Selvara expect to press 82,000 tonnes of olives this season, down from 131,000 tonnes last "
         "year, the growers' association said on Monday. Oil prices have risen to 9.20 euros a litre from 6.10 "
         "euros in March. Power for the new mill will come from a 40 MW solar park built by Solvent Energia. "
         "The mill's estimated cost is 12 million to 15 million euros.")


@pytest.mark.parametrize("sentence", [
    "Growers in Selvara expect to press 131,000 tonnes of olives this season.",   # the baseline as the value
    "Oil prices in Selvara are 6.10 euros a litre.",
])
def test_a_baseline_given_as_the_new_value_fails(sentence):
    assert not verdict(sentence, OLIVES).ok


@pytest.mark.parametrize("sentence", [
    "Growers in Selvara expect to press 82,000 tonnes of olives this season, down from 131,000 tonnes.",
    "Selvara's growers pressed 131,000 tonnes of olives last year.",            # the claim marks the earlier time
    "Oil prices have climbed to 9.20 euros a litre, from 6.10 euros in March.",
    "Solvent Energia is building a 40 MW solar park to power the new mill.",    # "come from": a source
    "The new mill is estimated to cost 12 million to 15 million euros.",
])
def test_a_baseline_given_as_such_passes(sentence):
    assert verdict(sentence, OLIVES).ok


def test_the_baseline_rule_alone():
    from topline.check.baselines import baseline_problem
    s = ["Turnout was 38%, down from 45% at the last election."]
    assert baseline_problem("Turnout was 45%.", s) == ""                   # "was": the claim may mean the earlier one
    assert baseline_problem("Turnout reached 45%.", s)
    assert not baseline_problem("Turnout reached 38%.", s)
    assert not baseline_problem("Turnout reached 45%.", s + ["Turnout in the city reached 45% in a poll."])
    # "from $9 to $14": the figure after "to" is the new value
    assert not baseline_problem("Costs increased to $14.", ["Costs rose from $9 to $14 a tonne."])


FLU = article(
    url="https://nltimes.nl/bird-flu-cull-veluwe", source="NL Times",
    title="Dutch order cull of 90,000 hens after bird flu found near Ede",
    text="The Dutch agriculture ministry has ordered the culling of about 90,000 hens at two farms near Ede after "
         "bird flu was found at one of them. Poultry across the country must be kept indoors. Chief financial "
         "officer Marit Jansen of the egg cooperative Ovum said the cull would cost it 4 million euros. "
         "\"Insurance covers only part of it,\" Jansen said. The German authorities have tightened checks at the "
         "border.")


@pytest.mark.parametrize("sentence", [
    "The Netherlands' agriculture ministry has ordered the culling of about 90,000 hens near Ede.",   # "Dutch"
    "Ovum's CFO said the cull would cost the cooperative 4 million euros.",    # "chief financial officer"
    "The CFO said insurance covered only part of the cost of the cull.",       # the titled person speaks
])
def test_another_name_for_the_same_actor_passes(sentence):
    assert verdict(sentence, FLU).ok


@pytest.mark.parametrize("sentence", [
    "Belgium's agriculture ministry has ordered the culling of about 90,000 hens near Ede.",   # another place
    "The CEO said the cull would cost the cooperative 4 million euros.",       # no chief executive officer
])
def test_another_actor_still_fails(sentence):
    assert not verdict(sentence, FLU).ok


def test_the_epithet_helpers_alone():
    from topline.check.epithets import expansions, place_forms, place_named
    assert place_forms("Netherlands") == {"netherlands", "dutch"}
    assert "amsterdam" not in place_forms("Netherlands")           # a capital city is not the country
    assert place_named("Germany", "The German authorities") and not place_named("Germany", "The Dutch ministry")
    assert expansions("CTO", "chief technology officer Tomas Varga") == ["chief technology officer"]
    assert expansions("CDC", "the Centers for Disease Control said") == ["Centers for Disease Control"]
    assert expansions("Co", "company") == []                                   # not written in capitals


BOND = article(
    url="https://www.artemis.bm/kelso-re-bond", source="Artemis",
    title="Kelso Re prices $300 million storm bond",
    text="Reinsurer Kelso Re has priced a $300 million catastrophe bond, arranged by Marlow Securities. "
         "\"Investors are back,\" said Kelso's chief risk officer, Ines Duarte. Chief economist Tom Reyes said "
         "storm losses had been low for two years.")


@pytest.mark.parametrize("sentence,ok", [
    ("Marlow Securities' chief risk officer, Ines Duarte, said investors were back.", False),   # another owner
    ("Kelso Re's chief risk officer, Ines Duarte, said investors were back.", True),
    ("Marlow Securities' chief economist, Tom Reyes, said storm losses had been low.", True),   # no owner told:
])                                                                                              # not judged here
def test_whose_officer_a_person_is(sentence, ok):
    from topline.check.title_owners import title_owner_problem
    assert (title_owner_problem(sentence, [BOND.text]) == "") is ok
    if not ok:
        assert not verdict(sentence, BOND).ok
