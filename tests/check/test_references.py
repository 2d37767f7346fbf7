"""References across the sentences of a cited article (``topline.check.references``; the round after the twentieth):
who a sentence means when the article names the actor differently. Each faithful row of the calibration parts that
reading references clears is read by id, with an unsupported twin written for this file about the same cited article
(another actor the article describes the same way, a pronoun that points to someone else) that must still be
rejected; and the planted errors a first version let through stay caught. No dependency parse is needed: the reading
is the same in both installs."""

from __future__ import annotations

import pytest

from topline.check.evidence import stem
from topline.check.references import article_references, negated_phrase, resolve_claim


# (row id, what the article says, an unsupported twin written for this file about the same article)
CLEARED = [
    # support22: "Chief executive Owen Radley said ..." then "He did not expect to cut jobs": He is Radley, not the
    # private equity firm the article also names
    ("n0036", "Ferrand Capital did not expect job cuts, because the staff would move to the bank's telephone centres."),
    # "Aldgate, based in Bermuda, said ..." and "Reinsurer Aldgate Re": the Bermuda reinsurer is Aldgate; the
    # article calls another actor "the broker"
    ("x0339", "The broker said the bond would replace protection that expires in June."),
    # "Tarn, based in San Jose, said ...": the apposition no longer hides who spoke; the Commerce Department did not
    # say it
    (
        "y0037",
        "The Commerce Department said Malaysia and Thailand made up about 8% of its data-centre revenue last quarter.",
    ),
    # "fined the photo-sharing app Pellucid": the app is Pellucid; the chair the article names is the authority's
    # (a twin with "The administrative court" passes before and after this round: the subject rule finds the court's
    # words in "would appeal to the Ostrevian administrative court")
    (
        "u0069",
        "The photo-sharing app's chair must make all teenage accounts private within 90 days, the authority ordered.",
    ),
    # "after the chipmaker forecast", "The company also said it would buy back": both Arden Chips
    ("y0193", "Jefferies will buy back $1 billion of its shares."),
    # a claim of two sentences: "It" is the first one's actor, the buyer; the company bought does not pay
    (
        "z0042",
        "Corlen Systems is buying Tessaly for $1.3 billion. Tessaly will pay $800 million in cash and the rest "
        "in shares.",
    ),
]


@pytest.mark.parametrize(("row", "twin"), CLEARED)
def test_a_reference_read_clears_the_faithful_row_and_not_its_twin(labelled_twins, row, twin):
    ok, rows, twin_ok = labelled_twins
    assert rows[row]["label"] == "supported" and ok(row), row
    assert not twin_ok(row, twin), twin


@pytest.mark.parametrize(
    "row",
    [
        "y0045",  # eval5: "Tarn said the rule would have a material effect" where Tarn "did not expect" one
        "d0240",  # eval13: "Aldwater had asked for a 7% rise" where "the 13% the company had asked for"
        "w0135",  # eval3: "Priya Shah proposed" where "The Conservative group proposed" (a description with a modifier)
        "h0082",  # eval10: "Parcelo complained" where Dashwell and Ferrow, "which had complained", did
        "c0106",  # eval14: "The Financial Appeals Tribunal fined" where the board did ("It ordered")
        "o0262",  # eval9: "The southern part of the reef" where the northern part was worst hit
    ],
)
def test_planted_errors_stay_caught(labelled_twins, row):
    ok, rows, _twin_ok = labelled_twins
    assert rows[row]["label"] == "unsupported" and not ok(row), row


ARTICLE = (
    "Norvik buys Selby Tools",
    "Norvik Group, a Danish toolmaker, agreed to buy Selby Tools for 90 million euros.",
    "The company said the deal would close in March.",
    "Selby, based in Leeds, said it had 400 staff.",
    "Its shares rose 12%.",
)


def test_descriptions_and_references_are_read_from_the_article():
    refs = article_references(ARTICLE)
    by_name = {a.name: a for a in refs.actors}
    assert stem("toolmaker") in by_name["Norvik Group"].heads
    assert "selby" in by_name["Selby Tools"].forms  # a short form of the name the article introduced
    assert refs.sentences[2].startswith("Norvik Group said")  # "The company": the actor the sentence before opens with
    assert refs.sentences[3].startswith("Selby said it had 400 staff;")  # the apposition in a clause of its own
    assert refs.sentences[4].startswith("Selby Tools's shares")  # "Its": the sentence before's actor, not Norvik


def test_a_claims_description_is_the_one_actor_the_article_describes_so():
    actors = article_references(ARTICLE).actors
    assert resolve_claim("The Danish toolmaker will close the deal in March.", actors) == [
        "Norvik Group will close the deal in March."
    ]
    # no actor is described as a carmaker: nothing is read
    assert resolve_claim("The carmaker will close the deal in March.", actors) == [
        "The carmaker will close the deal in March."
    ]


def test_it_in_a_claims_second_sentence_is_its_first_sentences_actor():
    actors = article_references(ARTICLE).actors
    assert (
        resolve_claim("Norvik Group is buying Selby Tools. It will pay 90 million euros.", actors)[1]
        == "Norvik Group will pay 90 million euros."
    )


def test_a_pronoun_after_a_sentence_with_no_named_subject_is_not_read():
    refs = article_references(
        (
            "Title",
            "The board fined Pemberton Bank 48 million pounds.",
            "It ordered Pemberton to repay 26 million pounds.",
        )
    )
    assert refs.sentences[2].startswith("It ordered")


def test_a_phrase_negated_in_the_passage():
    cited = ["Tarn said it did not expect a material effect on its results."]
    assert negated_phrase("Tarn said the rule would have a material effect on its results.", cited)
    assert not negated_phrase("Tarn said it expected no material effect on its results.", cited)


def test_he_or_she_opening_a_sentence_is_the_speaker_or_opener_before_it():
    refs = article_references(
        (
            "Harrow Bank cuts branches",
            "Harrow Bank will close 30 branches, chief executive Owen Radley said on Monday.",
            "He did not expect job cuts.",
            "The regulator welcomed the plan.",
            "She said the bank had consulted staff.",
            "Analysts were surprised.",
            "He called the plan timid.",
        )
    )
    assert refs.sentences[2] == "Owen Radley did not expect job cuts."
    # no one speaks or opens the sentence before: the pronoun is not read
    assert refs.sentences[4].startswith("She said") and refs.sentences[6] == "He called the plan timid."
