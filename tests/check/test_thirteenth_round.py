"""Thirteenth round of the claim-support check (issue 10): readings that were not sure. "No" opening the object or
the subject of a verb negates it as "not" does (and not after a verb of speech, nor in "no more than"); "..., said X."
names a speaker only when X has no verb of its own; degree words before a verb ("more than doubled") are not part of
who acts. The articles are written for this file (not from the labelled set); each reading keeps a faithful rewrite
and an error of the same shape is still rejected."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.roles import frames
from topline.check.subjects import trailing_adverbs
from topline.check.subjects import subject_of as _subject

BREACH = article(
    url="https://www.reuters.com/technology/harlow-water-breach", source="Reuters",
    title="Hackers copy data of 90,000 Harlow Water customers",
    text="Harlow Water said on Friday that hackers had copied the names and addresses of about 90,000 customers but "
         "had not reached any bank details, which are held by a separate payments firm. The utility said it had not "
         "received a ransom demand and that water supply was not affected. Police said no arrests had been made. "
         "Harlow will offer affected customers a year of free credit monitoring.")


def _negated(sentence: str, verb: str) -> bool:
    return next(f.negated for f in frames(sentence) if f.verb == verb)


@pytest.mark.parametrize("sentence,verb,negated", [
    ("The hackers copied the names but reached no bank details.", "reached", True),     # "no" opens the object
    ("No evacuation has been ordered.", "ordered", True),                               # "no" opens the subject
    ("The hackers had not reached any bank details.", "reached", True),
    ("Police said no arrests had been made.", "said", False),      # after a verb of speech: what was said
    ("Suppliers can charge no more than 3 pounds a month.", "charge", False),      # a cap, not a negation
    ("The hackers reached the bank details.", "reached", False),
])
def test_no_before_an_object_or_a_subject_negates_the_verb(sentence, verb, negated):
    assert _negated(sentence, verb) is negated


@pytest.mark.parametrize("sentence", [
    "The hackers copied the names and addresses of about 90,000 customers but reached no bank details.",
    "Harlow Water said it had received no ransom demand.",
])
def test_a_negation_by_no_agrees_with_the_passage(sentence):
    v = verdict(sentence, BREACH)
    assert not [d for d in v.details if "says the opposite" in d], (sentence, v.details)


@pytest.mark.parametrize("sentence", [
    "The hackers copied the names and addresses of about 90,000 customers and reached the bank details.",
    "Harlow Water said it had received a ransom demand.",
])
def test_an_affirmed_verb_the_passage_negates_is_still_rejected(sentence):
    v = verdict(sentence, BREACH)
    assert not v.ok and [d for d in v.details if "says the opposite" in d], (sentence, v.details)


def test_a_tail_said_names_a_speaker_only_without_a_verb_of_its_own():
    # what follows "said" is what was said: the subject is read before the verb of speech
    assert "would" not in _subject("Arden Families, a parents' group, said working parents would find it hard to "
                                   "arrange care on Fridays.")
    assert _subject("The river rose two metres overnight, said hydrologist Ruth Hale.") == "hydrologist Ruth Hale"


def test_degree_words_before_a_verb_are_not_who_acts():
    assert trailing_adverbs("Tallyfox's revenue more than") == "Tallyfox's revenue"
    assert trailing_adverbs("Output nearly") == "Output"
    assert trailing_adverbs("The bank still") == "The bank"


PLANT = article(
    url="https://www.reuters.com/business/autos/varden-motors-plant", source="Reuters",
    title="Varden Motors to close Arnwick engine plant",
    text="Varden Motors will close its engine plant at Arnwick by the end of next year, the carmaker said on Tuesday. "
         "Engine work will move to its plant in Slovakia, which also makes battery packs.")


def test_a_demonym_that_drops_ia_names_its_place():
    v = verdict("Engine work will move to Varden's Slovak plant, which also makes battery packs.", PLANT)
    assert not [d for d in v.details if d.startswith("entity")], v.details
    v = verdict("Engine work will move to Varden's Czech plant, which also makes battery packs.", PLANT)
    assert [d for d in v.details if d.startswith("entity")], v.details


RESULTS = article(
    url="https://www.reuters.com/business/tessmark-games-results", source="Reuters",
    title="Tessmark Games profit doubles",
    text="Tessmark Games said on Thursday that its profit for the three months to September rose to 40 million "
         "dollars from 20 million. Revenue grew 25% to 180 million dollars. Its shares rose 9% in early trading. "
         "Console sales fell 4%, while sales of its mobile games jumped 30%.")


@pytest.mark.parametrize("sentence", [
    "Revenue rose 25% to 180 million dollars.",                      # "grew" in the passage
    "Sales of its mobile games rose 30%.",                           # "jumped"
])
def test_a_quantity_moved_with_another_verb_of_its_direction_keeps_its_agent(sentence):
    v = verdict(sentence, RESULTS)
    assert not [d for d in v.details if "as who" in d], (sentence, v.details)


@pytest.mark.parametrize("sentence", [
    "Console sales rose 30%.",             # the mobile games' rise given to the console sales
    "Mobile game sales fell 4%.",          # the console sales' fall given to the mobile games
])
def test_a_movement_given_to_another_quantity_is_still_rejected(sentence):
    v = verdict(sentence, RESULTS)
    assert not v.ok, (sentence, v.details)


ROUND_A = article(
    url="https://www.reuters.com/technology/kelvane-funding", source="Reuters",
    title="Kelvane raises $160 million",
    text="Kelvane, a Lisbon start-up that makes software for wind farms, has raised $160 million, including a $20 "
         "million loan from Tagus Bank, in a round led by Oriel Ventures, the company said on Monday.")
ROUND_B = article(
    url="https://techcrunch.com/kelvane-series-c", source="TechCrunch",
    title="Kelvane lands $140 million Series C",
    text="Kelvane, a Lisbon start-up that makes software for wind farms, has raised $140 million in a Series C round "
         "led by Oriel Ventures, TechCrunch has learned.")


def test_two_outlets_with_a_clause_each_carry_their_own_clause():
    v = verdict("Reuters put Kelvane's round at $160 million, while TechCrunch put it at $140 million.",
                ROUND_A, ROUND_B)
    assert not [d for d in v.details if d.startswith("outlet")], v.details


@pytest.mark.parametrize("sentence", [
    "Reuters put Kelvane's round at $140 million, while TechCrunch put it at $160 million.",   # figures swapped
    "Both Reuters and TechCrunch put Kelvane's round at $160 million.",                        # one claim for both
])
def test_an_outlet_given_the_other_outlet_s_figure_is_still_rejected(sentence):
    v = verdict(sentence, ROUND_A, ROUND_B)
    assert [d for d in v.details if d.startswith("outlet")], (sentence, v.details)
