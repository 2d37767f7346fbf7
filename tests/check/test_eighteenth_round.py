"""Eighteenth round of the claim-support check (issue 10): readings that are general English, not one part's shapes.
The articles are written for this file (not from the labelled set); each reading keeps a faithful rewrite, and an
unsupported twin of the same shape is still rejected. The last tests read the labelled rows each change was made
for, by id, and the errors that a wider first version let through."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from tests.check.test_sixteenth_round import _labelled
from topline.check.codes import shared
from topline.check.directions import negated_stems, unstated_act, unstated_direction
from topline.check.evidence import stems_of
from topline.check.acts import negation_problem
from topline.check.roles import frames, predicative
from topline.check.support import same_verb

FERRY = article(
    url="https://www.harbourpost.example/ferry-retired", source="Harbour Post",
    title="Island ferry Morwenna makes her last crossing",
    text="The ferry Morwenna made her last crossing to Skellan on Sunday after 41 years of service, the operator "
         "Westray Lines said. A new electric ferry, the Aster, was due to take over on Monday but will now start in "
         "March because her batteries failed a test. Until then a chartered boat will carry passengers. Westray said "
         "the Morwenna was worth about 2 million pounds and would be sold. Children aged 5 to 15 will travel free on "
         "the Aster for its first month. The Morwenna's captain, Iona Reid, said she would miss her.")

ORCHARD = article(
    url="https://www.farmweekly.example/cider-apple-frost", source="Farm Weekly",
    title="Late frost cuts cider apple harvest in Wyndale",
    text="A late frost in April has cut the cider apple harvest in the Wyndale valley by about a third, growers said "
         "on Thursday. Tomas Brand, an agronomist at the growers' association, said many trees lost their blossom in two "
         "cold nights. The "
         "growers' association expects 14,000 tonnes of apples, against 21,000 tonnes last year. Larger farms have "
         "crop insurance, but most small orchards do not. Thorne Cider, the biggest buyer, said it would import "
         "apples from Normandy to make up the shortfall.")

RESULTS = article(
    url="https://www.marketdesk.example/halcombe-results", source="Market Desk",
    title="Halcombe Foods lifts its profit forecast",
    text="Halcombe Foods raised its forecast for annual profit on Wednesday after strong sales of its frozen meals "
         "in the summer. The company now expects profit of 180 million pounds, up from 165 million. It said sales "
         "in the three months to September rose 9% to 610 million pounds. Its rival Pellow Brands cut its own "
         "forecast last week. Chief executive Dara Quinn said prices for wheat and energy had eased. Pellow's "
         "shares fell 2% on Wednesday. Halcombe's shares rose 6%.")

BONDS = article(
    url="https://www.energywire.example/norvale-green-bonds", source="Energy Wire",
    title="Norvale Power sells 1.5 billion euros of green bonds",
    text="Norvale Power sold 1.5 billion euros of green bonds on Tuesday, its largest sale of such debt, the company "
         "said. Investors bid for 6 billion euros of the bonds. The money will pay for two offshore wind farms. Its "
         "shares ended the day 3% higher at 14.20 euros. Norvale will cut prices for business customers by 4% in "
         "January.")

BREACH = article(
    url="https://www.securitydesk.example/harlow-breach", source="Security Desk",
    title="Harlow Telecom says customer records were exposed",
    text="Harlow Telecom said on Monday that hackers had copied the names and addresses of its customers. The "
         "company did not say how many customers were affected. A spokesman said the firm would not pay a ransom. "
         "Bills due this month will be sent late, and no late fees will be charged. Engineers will fit new routers "
         "free of charge. Its billing systems were not damaged. Harlow said the attack hit an unannounced upgrade of "
         "its network.")


@pytest.mark.parametrize("sentence,i,expected", [
    ("The Aster was due to take over on Monday .", 3, True),       # an adjective after "be"
    ("The ferry was worth 2 million pounds .", 3, True),
    ("Children aged 5 to 15 travel free .", 1, True),              # an age
    ("Children aged one to nine travel free .", 1, True),
    ("The ferry was sold in March .", 3, False),                   # participles stay verbs
    ("The ferry was taken out of service .", 3, False),
    ("The ferry was seen at Skellan .", 3, False),
    ("The ferry was shown to buyers .", 3, False),
    ("The cellar aged the cider for a year .", 2, False),          # "aged" with an object is a verb
])
def test_a_word_after_be_that_is_no_participle_is_no_verb(sentence, i, expected):
    assert predicative(sentence.split(), i) is expected


def test_due_and_worth_are_no_acts_of_the_subject():
    assert not [f for f in frames("The Aster was due to take over on Monday.") if f.verb == "due"]
    assert [f.verb for f in frames("Westray Lines sold the Morwenna.")] == ["sold"]
    assert verdict("The Aster was due to start on Monday, but its start has been put back to March.", FERRY).ok
    assert verdict("Westray said the Morwenna was worth about 2 million pounds.", FERRY).ok
    assert verdict("Children aged 5 to 15 will ride the Aster free for its first month.", FERRY).ok
    # the unsupported twins: a wrong month, a wrong figure, a wrong age
    assert not verdict("The Aster was due to start on Monday, but its start has been put back to May.", FERRY).ok
    assert not verdict("Westray said the Morwenna was worth about 5 million pounds.", FERRY).ok
    assert not verdict("Children aged 5 to 18 will ride the Aster free for its first month.", FERRY).ok


def test_a_common_word_opening_the_sentence_is_not_part_of_the_name():
    assert verdict("Agronomist Tomas Brand said many trees lost their blossom in two cold nights.", ORCHARD).ok
    assert verdict("Unless Thorne Cider imports apples from Normandy, it will be short of apples.", ORCHARD).ok
    # a name glued from pieces, or a name the article does not give, is still rejected
    assert not verdict("Agronomist Tomas Thorne said many trees lost their blossom in two cold nights.", ORCHARD).ok
    assert not verdict("Agronomist Elin Brand said many trees lost their blossom in two cold nights.", ORCHARD).ok


def test_a_movement_told_with_another_verb_anchors_the_name():
    # the lead names Halcombe; its share move is told seven sentences later with "rose"
    assert verdict("Halcombe's shares gained 6% on the news.", RESULTS).ok
    assert verdict("Shares in Halcombe climbed 6%.", RESULTS).ok
    # the unsupported twins: the opposite direction, the other company's move
    assert not verdict("Halcombe's shares dropped 6% on the news.", RESULTS).ok
    assert not verdict("Pellow's shares gained 6% on the news.", RESULTS).ok


def test_shared_counts_a_word_of_the_same_direction_only():
    passage = frozenset(stems_of("Halcombe's shares rose 6%."))
    assert shared(passage, stems_of("shares gained news")) == 2
    assert shared(passage, stems_of("shares dropped news")) == 1
    # not the coverage's wider lists: "expand" and the noun "contract" are no movement of a quantity
    assert shared(frozenset(stems_of("Revenue rose 9%.")), stems_of("expand business")) == 0
    assert shared(frozenset(stems_of("Output shrank 2%.")), stems_of("drone contract")) == 0


def test_money_raised_is_no_movement():
    assert verdict("Norvale Power raised 1.5 billion euros from a sale of green bonds.", BONDS).ok
    # the unsupported twins: a wrong sum; prices raised where the passage cuts them
    assert not verdict("Norvale Power raised 2.5 billion euros from a sale of green bonds.", BONDS).ok
    assert not verdict("Norvale will raise prices for business customers by 4% in January.", BONDS).ok
    passage = "The company sold 1.5 billion euros of green bonds."
    assert unstated_direction("The company raised 1.5 billion euros from green bonds.", passage) == ""
    assert unstated_direction("The company raised prices by 4%.", passage)


@pytest.mark.parametrize("claim,passage,stated", [
    # a word right after a preposition is no act, no movement
    ("She took up swimming in open water at 65.", "She took up swimming in the sea at 65.", True),
    ("She will open a swimming school at 65.", "She took up swimming in the sea at 65.", False),
    ("The orchestra will book flights a year in advance.", "The orchestra will now book flights a year ahead.", True),
    ("The orchestra will advance its booking.", "The orchestra will now book flights a year ahead.", False),
    # "in favour of" states a side: the act stays one
    ("Ferrante campaigned in favour of the terminal.", "Ferrante campaigned against the terminal.", False),
    # a market's close is no closure; a plant's is
    ("Its shares closed 3% higher.", "Its shares rose 3% on Tuesday.", True),
    ("It closed the plant.", "Its shares rose 3% on Tuesday.", False),
    # rockets lift off, an avalanche cuts a village off: no act, no movement; lifting a ban is an act
    ("The rockets will lift off from Saltmarsh Point.", "The rockets will be launched from Saltmarsh Point.", True),
    ("The ministry will lift the ban.", "The ministry will review the ban.", False),
    ("The village was cut off by an avalanche.", "An avalanche blocked the only road to the village.", True),
    ("The village's budget was cut by an avalanche levy.", "An avalanche blocked the only road to the village.",
     False),
])
def test_words_that_state_no_act_or_movement(claim, passage, stated):
    why = unstated_act(claim, passage) or unstated_direction(claim, passage)
    assert (why == "") is stated, why


def test_negations_in_other_words():
    # "The company did not say" refers back to Harlow: the claim's negation agrees with it
    assert verdict("Harlow Telecom did not say how many customers were affected.", BREACH).ok
    # the twin: the firm would not pay; "Harlow Telecom will pay a ransom" is caught through the same reading
    assert not verdict("Harlow Telecom will pay a ransom, a spokesman said.", BREACH).ok
    sentences = ["Harlow Telecom said on Monday that hackers had copied the names of its customers.",
                 "The company did not say how many customers were affected."]
    assert negation_problem("Harlow did not say how many customers were affected.", sentences, same_verb) == ""
    # "the company would not pay": a claim that it paid is caught
    assert negation_problem("Harlow paid the ransom.", ["Harlow was attacked.", "The company would not pay a ransom."],
                            same_verb)
    # "no" opening a clause joined by "and" negates its verb
    assert verdict("Bills will be sent late this month, and Harlow will not charge late fees.", BREACH).ok
    assert not verdict("Bills will be sent late this month, and Harlow will charge late fees.", BREACH).ok
    assert [f.negated for f in frames("Bills will be sent late, and no late fees will be charged.")] == [False, True]
    # a negated wish negates its infinitive: "did not want to be named" is "asked not to be named"
    buyer = ["The buyer, who did not want to be named, paid 2 million pounds for the lighthouse."]
    assert [f.negated for f in frames(buyer[0]) if f.verb == "named"] == [True]
    assert negation_problem("The buyer asked not to be named.", buyer, same_verb) == ""
    assert negation_problem("The buyer asked to be named.", buyer, same_verb)
    # "free of charge" is "at no charge"
    assert negated_stems("Engineers will fit new routers free of charge.")["charg"] is True
    assert verdict("Harlow's engineers will fit new routers at no charge.", BREACH).ok
    assert not verdict("Harlow's engineers will fit new routers for a charge.", BREACH).ok
    # "un-": "undamaged" is "not damaged", "unannounced" is "not announced"
    assert verdict("Harlow's billing systems were undamaged.", BREACH).ok
    assert not verdict("Harlow's billing systems were damaged.", BREACH).ok
    assert verdict("Harlow said the attack hit an upgrade of its network that it had not announced.", BREACH).ok
    assert not verdict("Harlow said the attack hit an upgrade of its network that it had announced.", BREACH).ok


@pytest.fixture(scope="module")
def labelled():  # noqa: ANN201
    return _labelled()


@pytest.mark.parametrize("row", ["u0003", "u0268", "c0242", "c0276", "c0339",   # predicative words
                                 "x0151",                                        # the opening word of a name
                                 "c0010", "d0097",                               # the movement anchors the name
                                 "c0319", "y0177", "r0337",                      # a preposition's word, a close
                                 "d0046", "c0049", "h0282", "d0028",             # money raised, cut off, lift off
                                 "x0138", "e0152", "c0077", "g0217",             # negations in other words
                                 "u0115", "h0332", "e0145", "d0162"])            # "un-" and "not"
def test_the_labelled_paraphrases_each_change_was_made_for_pass(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "supported" and ok(row), rows[row]["sentence"]


@pytest.mark.parametrize("row", ["h0417", "d0429",      # SmolLM2 errors the event groups' anchor let through
                                 "k0043", "d0060",      # planted errors the coverage's wider direction lists did
                                 "h0449", "x0065",      # errors caught at the coverage's margin (morphology tried)
                                 "x0310", "e0155",      # "in favour of"; "cut off" kept as an event (tried)
                                 "o0083",               # "no less than" / "no more than" (the "un-" reading's first
                                 "z0176", "o0171"])     # version); "paid the ransom" the company would not pay
def test_errors_a_wider_version_let_through_stay_caught(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "unsupported" and not ok(row), rows[row]["sentence"]
