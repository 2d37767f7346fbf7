"""support23 (issue 10): three readings that let faithful rewrites through, each with an error of the same shape that
is still rejected, and the role reasons printed in the claim's words. The articles and sentences are written for this
file (not from the labelled set).

* "raise"/"cut" moving a named quantity to, from or by a figure is a movement, not a funding round or job cuts
  (``support._movement_told``);
* the verb by which a named subject speaks ("warned that") is not part of what the passage sentence must carry
  (``subjects.speech_verb``);
* auxiliaries and negators at the end of a subject read before a verb of speech are no part of who acts
  (``subjects.trailing_adverbs``);
* ``roles.shown``: a reason names the claim's words as written, not their stems."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.roles import shown
from topline.check.subjects import trailing_adverbs

WATER = article(
    url="https://www.utilityweek.example/brackenford-water-bills", source="Utility Week",
    title="Brackenford Water allowed to lift bills",
    text="The water regulator said on Tuesday that Brackenford Water may increase its average household bill by "
         "6% from April. The company had asked for 9%. Brackenford Water said the money would pay for 120 "
         "kilometres of new sewer pipes. The regulator's chief executive, Selma Ortiz, said customers would see "
         "the rise on their spring statements.")

FERRY = article(
    url="https://www.shippingtimes.example/kessel-ferries-fleet", source="Shipping Times",
    title="Kessel Ferries to grow fleet",
    text="Kessel Ferries will add three ships to its fleet by 2028, lifting its capacity from 1.2 million to 1.6 "
         "million passengers a year, the operator said. Its chief executive, Odile Brandt, said bookings for the "
         "summer were already 14% higher than a year earlier. Brandt would not say what the ships would cost.")


def test_a_raise_by_a_figure_is_a_movement_not_a_funding_round():
    v = verdict("Brackenford Water may raise its average household bill by 6% from April, the regulator said.",
                WATER)
    assert not [d for d in v.details if "the event" in d], v.details


def test_the_movement_reading_needs_the_moved_quantity_and_the_names_before_the_verb():
    # another company's bill: the names before the verb are not the passage's
    v = verdict("Dunmere Water may raise its average household bill by 6% from April.", WATER)
    assert not v.ok
    # nothing moves by a figure: "raised" is the event, and the passage has no funding
    v = verdict("Brackenford Water raised money for 120 kilometres of new sewer pipes.", WATER)
    assert [d for d in v.details if "the event 'raised'" in d], v.details


def test_a_speakers_verb_is_not_what_they_said():
    from topline.check.evidence import stem
    from topline.check.subjects import speech_verb as _speech_verb
    assert _speech_verb("Odile Brandt", "Odile Brandt warned that winter would be hard.") == {stem("warned")}
    assert _speech_verb("Odile Brandt", "Odile Brandt,, noted that bookings rose.") == {stem("noted")}
    # no name and no "that": "claims" is no verb of speech there
    assert _speech_verb("the fare nobody", "The fare goes back if nobody claims it.") == set()
    v = verdict("Odile Brandt noted that summer bookings were already 14% higher than a year earlier.", FERRY)
    assert v.ok, v.details
    # the same words given to another speaker of the article
    v = verdict("Selma Ortiz noted that summer bookings were already 14% higher than a year earlier.", FERRY, WATER)
    assert not v.ok


def test_an_auxiliary_before_a_verb_of_speech_is_not_the_speaker():
    assert trailing_adverbs("Brandt would not") == "Brandt"
    assert trailing_adverbs("The new bill is") == "The new bill"
    assert trailing_adverbs("Kessel Ferries") == "Kessel Ferries"
    # a clause read as a subject keeps its auxiliaries (it is too long to be judged)
    assert trailing_adverbs("The operator will retire a ferry it had not") == "The operator will retire a ferry it had not"
    v = verdict("Brandt would not say what the three ships would cost.", FERRY)
    assert not [d for d in v.details if "would not' is not who acts" in d], v.details


def test_a_reason_names_the_claims_words_as_written():
    from topline.check.evidence import stem
    claim = "Kessel's revenue for the year came to 40 million euros."
    assert shown({stem("revenue")}, claim) == "revenue"
    assert shown({stem("kessel")}, claim) == "Kessel"         # the possessive off, the capital kept
    assert shown({stem("kessel"), "zzz"}, claim) == "Kessel zzz"   # a stem the text lacks is printed as is
