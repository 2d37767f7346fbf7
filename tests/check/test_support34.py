"""support34 (issue 10): faithful paraphrases the direction and frame rules rejected. "has yet to" negates the act
(``negators.py``), "cannot" and "nobody" negate as "could not" and "no one" do, "and" before an auxiliary opens a
verb phrase whose subject is the nearest verb's, a thing lost is no downward movement, a participle without
"-ed" makes a passive ("will be read by"), an adverb after "who" is no subject, and a first word only capitalised because it opens the sentence is no name (``acts._common_opening``).
Articles and sentences written for this file; each faithful reading has its planted twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.acts import _common_opening
from topline.check.directions import negated_stems, unstated_direction
from topline.check.negators import refusal_infinitives
from topline.check.roles import _TOKEN, frames


def _frame(sentence: str, verb: str):
    return next(f for f in frames(sentence) if f.verb == verb)


def test_yet_to_negates_the_act():
    toks = _TOKEN.findall("Brandel has yet to sign a lease for the site.")
    assert toks.index("to") in refusal_infinitives(toks)
    mine, theirs = _frame("Brandel has yet to sign a lease.", "sign"), _frame("It has not yet signed a lease.", "signed")
    assert mine.negated and theirs.negated and "brand" in {w[:5] for w in mine.agent}
    assert not any(f.verb == "yet" for f in frames("Brandel has yet to sign a lease."))
    # "yet" without a form of "have" or "be" before it is no negation
    assert not refusal_infinitives(_TOKEN.findall("They were small, yet to them it mattered."))


MILL = article(
    url="https://www.northpost.example/corby-mill", source="North Post",
    title="Corby mill plans new line",
    text="Corby Textiles said it would build a new weaving line at its Ashfield mill next year. The company has "
         "not yet signed a lease for the looms, chief executive Nell Varden said. No one was hurt in a fire at "
         "the mill in March, she said.")


def test_yet_to_and_negating_words_against_the_article():
    assert verdict("Corby Textiles has yet to sign a lease for the looms.", MILL).ok
    assert not verdict("Corby Textiles has signed a lease for the looms.", MILL).ok
    assert verdict("Nobody was hurt in the fire at the Ashfield mill in March, Varden said.", MILL).ok
    assert not verdict("Two workers were hurt in the fire at the Ashfield mill in March, Varden said.", MILL).ok


def test_cannot_negates():
    assert negated_stems("Tenants cannot keep pets in the flats.")["keep"] is True
    assert _frame("Tenants cannot keep pets.", "keep").negated
    assert not _frame("Tenants can keep pets.", "keep").negated
    # "nobody" and "nothing" negate as the subject or the object, not a verb after them in another clause
    assert _frame("Nobody was hurt in the crash.", "hurt").negated
    assert not _frame("The firm said it had done nothing wrong and promised a review.", "promised").negated


def test_a_bare_participle_makes_a_passive_and_an_adverb_after_who_is_no_subject():
    read = _frame("Meters will be read by inspectors every month.", "read")
    assert read.passive and "inspe" in {w[:5] for w in read.agent}
    entered = _frame("Pell, who first entered the race in 2001, won it twice.", "entered")
    assert {w[:4] for w in entered.agent} == {"pell"}


def test_and_before_an_auxiliary_opens_a_verb_phrase():
    s = "Greta Holm said Pardew would open a depot in Leeds next spring and could hire a hundred drivers."
    hire = _frame(s, "hire")
    assert "pardew" in {w for w in hire.agent} or any(w.startswith("pardew"[:5]) for w in hire.agent)
    assert not any(w.startswith("leeds"[:5]) for w in hire.agent)
    # names joined by "and" stay one subject
    assert {"oakum", "sedge"} <= {w[:5] for w in _frame("Oakum and Sedge will pay the fee.", "pay").agent}


def test_a_thing_lost_is_no_movement():
    assert not unstated_direction("About 400 jobs will be lost at the plant.", "About 400 jobs will go at the plant.")
    assert not unstated_direction("Customers lost power for six hours.", "Customers were without power for six hours.")
    # a figure lost, or a quantity told lost, is a movement
    assert unstated_direction("The peso lost 2% against the dollar.", "The peso reached 2% above its low.")
    assert unstated_direction("Growers were paid for their lost income.", "Growers were paid for their income.")


def test_an_opening_word_in_lowercase_elsewhere_is_no_name():
    cited = ["Six boats finished the race; four boats capsized and did not finish."]
    assert _common_opening("Four boats did not finish.", cited) == "four boats did not finish."
    # a name the cited sentences capitalise inside a sentence stays a name
    assert _common_opening("Marsh won the race.", ["The race was won by Marsh, a marsh farmer."]) == \
        "Marsh won the race."
    assert _common_opening("Boats capsized.", ["No boat sank."]) == "Boats capsized."


SHARES = article(
    url="https://www.marketwire.example/tollan-placing", source="Marketwire",
    title="Tollan raises 300 million pounds in share placing",
    text="Tollan Energy raised 300 million pounds on Tuesday by selling 20 million new shares at 15 pounds each, a "
         "discount to investors. The shares fell 6% to 14.10 pounds in London. Tollan said it would spend the money "
         "on two new wind farms.")


def test_a_cited_sentence_stating_the_figure_tells_its_movement():
    # the passage's core sentence ("raised") says up; the sentence with the claim's figure says "fell"
    assert verdict("Tollan Energy shares dropped 6% to 14.10 pounds in London.", SHARES).ok
    assert not verdict("Tollan Energy shares rose 6% to 14.10 pounds in London.", SHARES).ok


def test_an_opening_head_noun_stays_a_name_and_neither_covers_each_actor():
    # "Parents urged ...": the first word is the head of the subject (the verb follows), not a qualifier
    cited = ["Health officials urged parents to check the records."]
    assert _common_opening("Parents urged health officials to check the records.", cited) == \
        "Parents urged health officials to check the records."
    # "neither company would confirm": a negated description that covers each company named before
    confirm = _frame("The deal is worth 40 million pounds, but neither company would confirm the price.", "confirm")
    assert confirm.negated and confirm.definite
