"""Fourteenth round of the claim-support check (issue 10): eval12's rejected paraphrases and misses read by rule. A
tail speaker's "said" carries what was said; a pronoun after an opening preposition is the subject; "&" joins a
possessor's name; a subject read past a clause word is no sure parse; a measure's owner is judged, not its verb; a
change told as a fraction or multiple must be the passage's; a rank must be the passage's. The articles are written
for this file (not from the labelled set); each reading keeps a faithful rewrite, and an error of the same shape is
still rejected."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.fractions import agrees, fraction_problem, ratio_told, ratios
from topline.check.ordinals import rank_problem
from topline.check.roles import frames
from topline.check.slots import slot_problem
from topline.check.subjects import measure_owner_told, measure_subject, subject_of
from topline.check.wholes import whole_problem

ORCHID = article(
    url="https://www.botanynews.example/lady-orchid-found", source="Botany News",
    title="Lady orchid found in Marrow Wood after 30 years",
    text="A lady orchid last recorded in the county in 1994 has been found in Marrow Wood, the Plant Trust said on "
         "Friday. A walker, Sam Ibbot, photographed six flowering plants in May. Trust ecologist Dr Anna Pike "
         "confirmed the find after a visit. She said the exact site would be kept secret to protect the plants "
         "from pickers. The wood's owner has agreed to leave the area unmown.")

SOCIETY = article(
    url="https://www.bankingdaily.example/harbour-mutual-branches", source="Banking Daily",
    title="Harbour Mutual to close 40 branches",
    text="Harbour Mutual, the region's third-largest building society, will close 40 of its 150 branches and cut "
         "about 500 jobs over the next year, it said on Monday. The society said branch visits had halved since "
         "2020. Hollins & Rowe's profit fell to 38 million pounds from 51 million pounds, the society's rival "
         "reported on the same day. Shares in Hollins & Rowe fell 4%.")

MINE = article(
    url="https://www.metalsreport.example/zinc-mine-shut", source="Metals Report",
    title="Zinc price rises after Kelso mine shuts",
    text="The price of zinc rose 4% on Monday after a flood shut the Kelso mine, one of the world's five largest. "
         "Kelso produced 300,000 tonnes of zinc last year, three times as much as in 2019. Its owner, Dunmore "
         "Metals, said output would resume in the second quarter.")


def _detail(sentence: str, art, words: str) -> list[str]:  # noqa: ANN001
    return [d for d in verdict(sentence, art).details if words in d]


def test_a_tail_speaker_said_what_the_sentence_before_it_says():
    sentence = "The exact site will be kept secret to protect the plants from pickers, Pike said."
    assert not _detail(sentence, ORCHID, "as who 'said'")
    assert verdict(sentence, ORCHID).ok


def test_a_tail_speaker_who_said_nothing_of_it_is_still_rejected():
    # the walker photographed the plants; he said nothing: the sentence gives the Trust's words to him
    assert not verdict("The exact site will be kept secret to protect the plants from pickers, Ibbot said.",
                       ORCHID).ok


@pytest.mark.parametrize("sentence,verb,agent_known", [
    ("The society said on Monday it would close 40 branches.", "close", False),   # "on Monday" is no subject
    ("The bank priced its shares below the range it had set.", "set", True),      # a relative clause: the range
    ("Harbour Mutual said it would close 40 branches.", "close", False),
])
def test_a_pronoun_after_an_opening_preposition_is_the_subject(sentence, verb, agent_known):
    f = next(f for f in frames(sentence) if f.verb == verb)
    assert bool(f.agent) is agent_known, f


def test_the_building_society_said_on_monday_it_would_close_branches():
    sentence = "The building society said on Monday it would close 40 of its 150 branches."
    assert not _detail(sentence, SOCIETY, "as who 'close'")


def test_an_ampersand_joins_the_possessor_of_a_measure():
    f = next(f for f in frames("Hollins & Rowe's profit fell to 38 million pounds.") if f.verb == "fell")
    assert {"holli", "rowe"} <= f.owners and "holli" not in f.agent
    assert verdict("Hollins & Rowe's profit fell to 38 million pounds.", SOCIETY).ok


@pytest.mark.parametrize("sentence,judged", [
    ("The fall came after the government raised visa fees.", False),      # "after" opens a clause: not who acts
    ("An alarm went off, but by the time guards arrived the thieves had gone.", False),
    ("Tideline did well because it opened on a holiday weekend.", True),   # "because" is kept (see subjects.py)
    ("Harbour Mutual will close 40 branches.", True),
])
def test_a_subject_read_past_a_clause_word_is_not_judged(sentence, judged):
    assert bool(subject_of(sentence)) is judged, subject_of(sentence)


@pytest.mark.parametrize("subj,measure", [
    ("Stellic's shares", True), ("Annual plot rents", True), ("The number of pupils eligible for free lunches", True),
    ("Hotel-night bookings at Aurel", True), ("Arbon's founders", False), ("The fee", False),
])
def test_a_measure_as_subject(subj, measure):
    assert measure_subject(subj) is measure


def test_a_measure_is_judged_by_its_owner_not_its_verb():
    sentences = ["Shares in Hollins & Rowe fell 4%.", "Harbour Mutual will close 40 branches."]
    assert measure_owner_told("Hollins & Rowe's shares", sentences) is True
    assert measure_owner_told("Castellan's shares", sentences) is False     # another owner: still judged
    assert measure_owner_told("Annual plot rents", sentences) is None        # no owner named: not judged
    assert verdict("Hollins & Rowe's shares dropped 4%.", SOCIETY).ok        # "dropped" for "fell"
    assert not verdict("Castellan's shares dropped 4%.", SOCIETY).ok


@pytest.mark.parametrize("text,ratio", [
    ("profit fell by about a third", 2 / 3), ("a third fewer batteries", 2 / 3), ("revenue more than doubled", 2.0),
    ("nearly three times as fast", 3.0), ("cut its staff twice this year", None), ("a third of its staff", None),
])
def test_the_ratio_a_sentence_tells_in_words(text, ratio):
    got = ratios(text)
    assert (got[0][0] if got else None) == (pytest.approx(ratio) if ratio else None), got


def test_a_ratio_agrees_within_its_hedge():
    assert agrees(2 / 3, "about", 0.68)                         # a third, about: a fall of 32%
    assert not agrees(2 / 3, "about", 38 / 51)                  # a quarter is not a third
    assert agrees(0.75, "about", 38 / 51)
    assert agrees(2.0, "more than", 3.1)                        # more than doubled: tripled is more than double
    assert not agrees(2.0, "more than", 1.8)
    assert agrees(3.0, "nearly", 34 / 12) and not agrees(3.0, "nearly", 3.4)


@pytest.mark.parametrize("sentence,art,wrong", [
    ("Hollins & Rowe's profit fell by about a quarter.", SOCIETY, False),      # 38 from 51: a fall of 25.5%
    ("Hollins & Rowe's profit fell by about a third.", SOCIETY, True),
    ("Kelso produced three times as much zinc last year as in 2019.", MINE, False),
    ("Kelso produced a third less zinc last year than in 2019.", MINE, True),
    ("Kelso produced twice as much zinc last year as in 2019.", MINE, True),
])
def test_a_change_told_as_a_fraction_must_be_the_passages(sentence, art, wrong):
    sentences = art.text.split(". ")
    assert bool(fraction_problem(sentence, sentences)) is wrong, fraction_problem(sentence, sentences)


def test_a_multiple_may_be_computed_across_sentences_and_from_the_rest_of_a_whole():
    sentences = ["Brindle is recalling about 310,000 car seats in the United States and Canada.",
                 "About 260,000 of the seats were sold in the United States and the rest in Canada."]
    claim = "More than five times as many of the seats were sold in the United States as in Canada."
    assert not fraction_problem(claim, sentences)                        # 260,000 against 50,000
    start = claim.index("five")
    assert ratio_told(claim, start, start + 4, sentences)
    assert not fraction_problem("Brindle sold ten times as many seats in the United States as in Canada.",
                                sentences[:1] + ["The seats were sold in the United States and in Canada."])


def test_a_fraction_with_nothing_to_compare_is_not_judged():
    assert not fraction_problem("Orders fell by a third.", ["The society said branch visits had halved."])


@pytest.mark.parametrize("sentence,wrong", [
    ("Harbour Mutual is the region's third-largest building society.", False),
    ("Harbour Mutual is the region's second-largest building society.", True),
    ("Kelso is one of the world's largest zinc mines.", False),
    ("Kelso is the world's largest zinc mine.", True),
    ("Dunmore Metals expects output to resume in the second quarter.", False),
    ("Dunmore Metals expects output to resume in the first quarter.", True),
])
def test_a_rank_must_be_the_passages(sentence, wrong):
    sentences = SOCIETY.text.split(". ") + MINE.text.split(". ")
    assert bool(rank_problem(sentence, sentences)) is wrong, rank_problem(sentence, sentences)


def test_a_rank_told_of_the_same_event_in_other_words_passes():
    # "finished third", then "the rider in fourth place ... will move up to third": "his third place" is told
    sentences = ["Ruiz finished third in the Tour of Vessland.", "The rider in fourth place will move up to third."]
    assert not rank_problem("Ruiz will lose his third place in the Tour of Vessland.", sentences)


@pytest.mark.parametrize("sentence,wrong", [
    ("Harbour Mutual will close 150 branches.", True),            # the whole its "close" takes 40 of
    ("Harbour Mutual will close 40 branches.", False),
    ("Harbour Mutual will close 40 of its 150 branches.", False),
    ("Harbour Mutual has 150 branches.", False),                  # the whole, told as the whole
])
def test_an_act_told_of_a_part_is_not_given_the_whole(sentence, wrong):
    sentences = SOCIETY.text.split(". ")
    assert bool(whole_problem(sentence, sentences)) is wrong, whole_problem(sentence, sentences)


@pytest.mark.parametrize("sentence,wrong", [
    ("Ardo's net profit rose 20% to $300 million.", False),
    ("Ardo's revenue reached $2.1 billion.", False),
    ("Ardo's sales rose 8%.", False),                           # "sales" is the revenue
    ("Ardo's net profit reached $2.1 billion.", True),           # the revenue's figure given to the profit
    ("Ardo's revenue rose 20%.", True),                          # the profit's rise given to the revenue
])
def test_a_figure_belongs_to_the_measure_its_passage_gives_it_to(sentence, wrong):
    sentences = ["Ardo said its net profit rose 20% to $300 million, on revenue of $2.1 billion, up 8%.",
                 "Revenue rose 8% from a year earlier."]
    assert bool(slot_problem(sentence, sentences)) is wrong, slot_problem(sentence, sentences)


def test_a_definite_count_refers_back_and_states_no_figure():
    deal = article(
        url="https://www.softwaretimes.example/kessel-orbit", source="Software Times",
        title="Kessel to buy Orbit Maps for $400 million",
        text="Kessel Software has agreed to buy Orbit Maps, a maker of routing tools, for $400 million, the companies "
             "said on Monday. Kessel will pay $250 million in cash and the rest in shares.")
    assert not _detail("Orbit Maps has agreed to be bought by Kessel Software, the two companies said on Monday.",
                       deal, "'two' not stated")
    # a count that is not definite is still a figure to find stated
    assert _detail("Kessel Software has agreed to buy two companies for $400 million.", deal, "'two' not stated")


@pytest.mark.parametrize("sentence,wrong", [
    ("Harbour Mutual will be left with 110 branches.", False),     # 150 - 40, the cue before the figure
    ("Harbour Mutual will be left with 120 branches.", True),      # no difference of the passage
])
def test_what_is_left_of_a_whole_may_be_computed(sentence, wrong):
    assert bool(_detail(sentence, SOCIETY, "not stated")) is wrong, verdict(sentence, SOCIETY).details


def test_a_converse_verb_is_no_reversal_where_the_passage_tells_the_act_with_its_actor_unparsed():
    ruling = article(
        url="https://www.competitionreview.example/harbour-airports", source="Competition Review",
        title="Regulator orders Harbour Airports to sell Kelby",
        text="The Markets Authority has ordered Harbour Airports to sell Kelby airport, ruling that owning both Kelby "
             "and the larger Marsh airport let the group raise landing fees. Harbour Airports bought Kelby in 2019.")
    assert not _detail("Harbour Airports must sell Kelby airport, the regulator ruled.", ruling, "not 'sell'")
    bought = article(
        url="https://www.competitionreview.example/harbour-kelby-2019", source="Competition Review",
        title="Harbour Airports buys Kelby", text="Harbour Airports bought Kelby airport in 2019 for 80 million pounds.")
    assert _detail("Harbour Airports sold Kelby airport in 2019.", bought, "not 'sold'")
