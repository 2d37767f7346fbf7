"""events30 (issue 12): money a public body gives in a kind of public money is a subsidy with its recipient; an
emergency, a disaster or a zone a government declares is its act; a named product that entered volume production is
its owner's launch. Sentences written for these tests; each rule's twin that must not give the event is beside it."""
import pytest

from tests.events.sentence_helpers import one_event, sentence_fields
from topline.check import parse

needs_parse = pytest.mark.skipif(not parse.available(), reason="the [parse] extra is not installed")


def test_a_sum_given_in_a_kind_of_public_money_is_a_subsidy_with_its_recipient():
    got = one_event("The European Commission on Tuesday approved €1.4 billion in Italian state aid for a battery "
                    "plant near Turin to be built by Corveno Cells.", "state_action")
    assert got["action"] == ["subsidy"] and got["target"] == ["Corveno Cells"]
    got = one_event("The economy ministry on Friday approved a further ¥90 billion in support for memory maker "
                    "Hoshida Devices.", "state_action")
    assert got["action"] == ["subsidy"] and got["target"] == ["Hoshida Devices"]
    # "up to" is no recipient's "to": the name the money goes to past it
    got = one_event("Poland's development ministry said it will provide up to 900 million zlotys in grants to "
                    "Varsen Glass for its new furnace.", "state_action")
    assert got["target"] == ["Varsen Glass"]
    # a verb of giving: the first object receives
    got = one_event("Ohio has offered Brightwell Solar a $120 million incentive package to build a module plant in "
                    "Toledo, the state's development agency said.", "state_action")
    assert got["target"] == ["Brightwell Solar"]
    # a sum the body raised "in" bonds is no money it gives
    assert all(x.get("action") != ["subsidy"] for x in sentence_fields(
        "The Treasury raised 6 billion euros in new bonds on Tuesday.", "state_action"))


def test_the_time_of_a_sum_given_is_its_verbs():
    # a time told far from the verb, in a later clause, does not make the approval background
    got = one_event("The European Commission on Monday approved €600 million in Spanish state aid for a new steel "
                    "plant in the northern port city of Gijon to be built by Astorga Acero, clearing the biggest such "
                    "award so far this year.", "state_action")
    assert got["action"] == ["subsidy"]


@needs_parse
def test_a_declared_emergency_disaster_or_zone_is_an_act_of_state():
    got = one_event("Portugal's government declared a state of calamity on Thursday in 40 parishes burnt by the "
                    "fires.", "state_action")
    assert got["action"] == ["other"] and got["body"] == ["government"] and got["target"] == ["state of calamity"]
    got = one_event("Peru declared a health emergency in three provinces on Monday.", "state_action")
    assert got["jurisdiction"] == ["Peru"] and got["target"] == ["health emergency"]
    # a name set beside a public body acts as one
    got = one_event("Senasa, the animal health agency, declared a quarantine zone around the farm.", "state_action")
    assert got["body"] == ["Senasa"] and got["target"] == ["quarantine zone"]
    # a firm's declaration of a dividend or a result is no act of state
    assert sentence_fields("Harbury Mining declared a special dividend of 30 cents a share.", "state_action") == []
    assert sentence_fields("The government declared victory over inflation on Tuesday.", "state_action") == []


def test_a_named_product_that_entered_volume_production_is_its_owners_launch():
    got = one_event("Tessaly Semiconductor said Monday that its T5 process, its first with stacked transistors, has "
                    "entered volume production at its Oregon fab.", "launch")
    assert got["organisation"] == ["Tessaly Semiconductor"] and got["product"] == ["T5 process"]
    got = one_event("Ravell Motors' R2 engine went into mass production this week.", "launch")
    assert got["product"] == ["R2 engine"]
    # a product to come, or one not named, is none
    assert sentence_fields("Ravell Motors' R2 engine will enter mass production next year.", "launch") == []
    assert sentence_fields("The chipmaker said its most advanced process had entered volume production.",
                           "launch") == []


def test_what_a_ban_or_sanctions_fall_on_in_common_words_is_the_target():
    got = one_event("Vietnam will ban imports of used tyres from July 1, its trade ministry said on Monday.",
                    "state_action")
    assert got["action"] == ["ban"] and got["target"] == ["imports of used tyres"]
    got = one_event("The US Treasury Department on Friday imposed sanctions on 14 individuals and entities it said "
                    "shipped drone parts.", "state_action")
    assert got["target"] == ["14 individuals and entities"]
    # a name after the verb is read by the name rules
    got = one_event("The US Treasury Department on Friday imposed sanctions on Korvask Trading.", "state_action")
    assert got["target"] == ["Korvask Trading"]
