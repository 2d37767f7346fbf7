"""Sixth round of the claim-support check (issue 10): a movement the passage does not state. The article is written
for this file (not from the labelled set); each rule is shown to reject a claim and to keep faithful rewrites."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.directions import pole, unstated_direction

ART = article(
    url="https://www.reuters.com/markets/halden-grain", source="Reuters",
    title="Halden Grain output reaches 4.2 million tonnes",
    text="Halden Grain's harvest reached 4.2 million tonnes this season, the cooperative said on Monday. "
         "Export prices were steady at $212 a tonne. Rival trader Osterby said it had no plans to reduce "
         "its purchases. Storage costs rose from $9 to $14 a tonne over the year, chief executive Mira Tallen "
         "said. The cooperative said bills to members would not be raised.")


def _ok(sentence: str) -> bool:
    return verdict(sentence, ART).ok


@pytest.mark.parametrize("sentence", [
    "Halden Grain's harvest fell to 4.2 million tonnes this season.",           # a direction added to a figure
    "Halden Grain's harvest rose to 4.2 million tonnes this season.",
    "Export prices recovered to $212 a tonne.",                                  # "steady" states no movement
    "Osterby said it would reduce its purchases.",                              # the passage negates it
    "The cooperative said bills to members would rise.",                        # "would not be raised"
    "Storage costs fell to $14 a tonne over the year, Mira Tallen said.",       # the figures say up
])
def test_a_movement_the_passage_does_not_state_fails(sentence):
    assert not _ok(sentence)


@pytest.mark.parametrize("sentence", [
    "Halden Grain's harvest reached 4.2 million tonnes this season.",
    "Storage costs climbed from $9 to $14 a tonne over the year, Mira Tallen said.",   # a synonym of the pole
    "Storage costs increased to $14 a tonne, chief executive Mira Tallen said.",
    "Osterby said it had no plans to reduce its purchases.",                     # the negation kept
])
def test_a_stated_movement_passes(sentence):
    assert _ok(sentence)


def test_poles_and_the_rule_alone():
    assert pole("climbed") == "up" and pole("recovered") == "up" and pole("sank") == "down"
    assert pole("slipped") == "" and pole("eased") == ""        # not judged in a claim ...
    assert not unstated_direction("Costs fell to $14.", "Costs slipped to $14.")   # ... but they state a fall
    assert pole("up") == "" and pole("company") == ""
    assert unstated_direction("Costs fell to $14.", "Costs went from $9 to $14.")
    assert not unstated_direction("Costs rose to $14.", "Costs went from $9 to $14.")
    assert not unstated_direction("Costs rose and fell.", "Costs were $14.")        # both poles: not judged
    assert not unstated_direction("Costs were $14.", "Costs rose to $14.")          # no movement claimed


PORT = article(
    url="https://www.ft.com/content/brantmouth-dredging", source="Financial Times",
    title="Brantmouth port to be dredged",
    text="The Brantmouth channel will be dredged to 16 metres next year, the port said. The port authority will "
         "pay 70% of the 90 million pound cost and the city council the rest. Hollis Marine won the contract, "
         "beating Corvan Dredging. The company will hire 120 workers for the job.")


@pytest.mark.parametrize("sentence,ok", [
    ("The city council will pay 70% of the 90 million pound cost.", False),     # the other agent's figure
    ("The port authority will pay 70% of the 90 million pound cost.", True),
    ("The city council will pay the rest of the 90 million pound cost.", True),
    ("Hollis Marine will hire 120 workers for the job.", True),                  # "The company": a description
])
def test_a_figure_is_the_act_of_the_agent_its_passage_gives_it_to(sentence, ok):
    assert verdict(sentence, PORT).ok is ok


def test_figure_agent_rule_alone_abstains_when_unsure():
    from topline.check.figure_agents import figure_agent_problem
    from topline.check.support import same_verb
    src = ["The port authority will pay 70% of the cost and the city council the rest."]
    assert figure_agent_problem("The city council will pay 70% of the cost.", src, same_verb)
    assert not figure_agent_problem("The port authority will pay 70% of the cost.", src, same_verb)
    # the claim's agent is not named elsewhere in the sentence: "the money" may be "the subsidies"
    assert not figure_agent_problem("The subsidies will support 14 projects.", ["The money will support 14 projects."],
                                    same_verb)
    # a name against a description abstains ("The company" may be Hollis Marine)
    assert not figure_agent_problem("Hollis Marine will hire 120 workers.",
                                    ["The company will hire 120 workers, and Hollis Marine said so."], same_verb)


CHIP = article(
    url="https://www.theverge.com/ardent-vale-chip", source="The Verge",
    title="Ardent delays Vale 2 chip",
    text="Ardent Micro has pushed back shipments of its Vale 2 artificial-intelligence accelerator to 2027. "
         "The Oslo-based company said its packaging supplier could not make enough parts. Ardent Micro is a "
         "Norwegian chip designer with 900 staff.")


@pytest.mark.parametrize("sentence,ok", [
    ("Vale 2 is a Norwegian company that makes artificial intelligence chips.", False),   # the chip typed a company
    ("Ardent Micro is a Norwegian chip designer with 900 staff.", True),
    ("Vale 2 is an artificial-intelligence accelerator.", True),
    ("Ardent Micro is an Oslo-based company.", True),                                     # the next sentence says so
])
def test_a_name_is_what_its_article_says_it_is(sentence, ok):
    assert verdict(sentence, CHIP).ok is ok


PLANT = article(
    url="https://www.bbc.co.uk/news/business-renfield-plant", source="BBC News",
    title="Renfield to invest in Carlow plant",
    text="Renfield Motors will invest 300 million pounds in its Carlow plant, finance director Ana Ruiz said. "
         "The carmaker will close its older Dunmore site next year. Councillor Tom Reid campaigned against a "
         "second bypass. Renfield sold its parts unit to Veltra for 40 million pounds.")


@pytest.mark.parametrize("sentence,ok", [
    ("Ana Ruiz said Renfield would close its Carlow plant.", False),             # an act the passage never states
    ("Tom Reid campaigned in favour of a second bypass.", False),
    ("Ana Ruiz said Renfield would invest 300 million pounds in its Carlow plant.", True),
    ("The carmaker will shut its older Dunmore site next year.", True),         # the same side of open/close
    ("Veltra bought Renfield's parts unit for 40 million pounds.", True),        # the converse
])
def test_an_act_with_an_opposite_must_be_stated(sentence, ok):
    assert verdict(sentence, PLANT).ok is ok


def test_unstated_act_alone():
    from topline.check.directions import unstated_act
    assert unstated_act("Corvid would stop training its model.", "Corvid was training its own model.")
    assert not unstated_act("Corvid would stop training its model.", "Corvid will halt training its model.")
    assert not unstated_act("Texas reported 420 confirmed cases.", "Texas reported 420 cases.")   # not an act root
    assert not unstated_act("Reid did not oppose the plan.", "Reid backed the plan.")    # a negated act: not judged


def test_rather_than_and_instead_of_negate_what_follows():
    from topline.check.directions import negated_stems
    from topline.check.evidence import stem
    neg = negated_stems("The team cut costs by filtering pages rather than by adding data.")
    assert neg[stem("adding")] is True and neg[stem("filtering")] is False
    assert negated_stems("It will lease the land instead of buying it.")[stem("buying")] is True
    lab = article(url="https://www.wired.com/story/orla-lab", source="Wired", title="Orla cuts training costs",
                  text="Chief scientist Ines Orla said the lab had cut training costs by filtering out low-quality "
                       "pages rather than by adding data.")
    assert not verdict("Ines Orla said the lab had cut training costs by adding more data.", lab).ok
    assert verdict("Ines Orla said the lab had cut training costs by filtering out low-quality pages.", lab).ok


def test_a_relative_clause_between_commas_is_no_subject():
    from topline.check.evidence import stem
    from topline.check.roles import frames
    fs = {f.verb: f for f in frames("Pellow Labs, which makes agents that write and test code, has closed a "
                                    "$90 million round led by Birchline.")}
    assert stem("pellow") in fs["closed"].agent and stem("code") not in fs["closed"].agent


def test_a_vote_keeps_its_side():
    from topline.check.directions import unstated_side
    assert unstated_side("The pilots voted against strike action.", "Pilots voted by 92% to strike over pay.")
    assert unstated_side("Crestline voted for the pay package.", "Shareholders led by Crestline voted against it.")
    assert not unstated_side("Shareholders voted against the package.", "Shareholders voted to reject the package.")
    assert not unstated_side("Voters backed the tram line.", "56% voted in favour of the tram line.")  # no side claimed
    assert not unstated_side("The pilots voted for a strike.", "The pilots want more pay.")    # no side stated there


def test_a_word_the_passage_sentence_only_negates():
    trial = article(url="https://www.statnews.com/orvel-trial", source="STAT", title="Orvel pill trial",
                    text="The trial of Orvel's pill enrolled 300 adults with obesity but without diabetes. "
                         "It ran for 40 weeks.")
    assert not verdict("The trial of Orvel's pill enrolled 300 adults with obesity and diabetes.", trial).ok
    assert verdict("The trial of Orvel's pill enrolled 300 adults with obesity but not diabetes.", trial).ok


def test_two_outlets_joined_by_and_are_both_attributions():
    from tests.check.helpers import by_url, cite
    from topline.check import check_sentence
    a = article(url="https://www.reuters.com/tech/pellow-round", source="Reuters", title="Pellow raises $90 million",
                text="Pellow Labs raised $90 million in a round led by Birchline, the company said.")
    b = article(url="https://techcrunch.com/pellow-series-b", source="TechCrunch", title="Pellow lands $90M",
                text="Pellow Labs has closed a $90 million funding round led by Birchline, TechCrunch has learned.")
    ok = check_sentence("Both Reuters and TechCrunch put Pellow Labs' round at $90 million.", cite(a, b), by_url(a, b))
    assert ok.ok, ok.details
    bad = check_sentence("Both Reuters and Wired put Pellow Labs' round at $90 million.", cite(a, b), by_url(a, b))
    assert not bad.ok


def test_a_speaker_set_off_by_commas_before_said_is_the_speaker():
    from topline.check.evidence import stem
    from topline.check.roles import frames
    f = {x.verb: x for x in frames("The deal needs no extra money, the chair of trustees, Helen Ashcroft, said.")}
    assert {stem("helen"), stem("ashcroft")} <= f["said"].agent
    g = {x.verb: x for x in frames("Libraries will stay open, said council leader Priya Shah.")}
    assert stem("shah") in g["said"].agent
