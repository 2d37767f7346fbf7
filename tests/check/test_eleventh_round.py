"""Eleventh round of the claim-support check (issue 10): what is not the subject (an opening adverbial before the
comma, an adverb after the subject), a new value and its baseline swapped, a head count stated with another noun
of persons. The articles are written for this file (not from the labelled set); each rule is shown to keep a
faithful rewrite and to reject an error of the same shape."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.baselines import swapped_problem
from topline.check.subjects import leading_adverbial, trailing_adverbs

MILL = article(
    url="https://www.reuters.com/business/tessary-mill-closure", source="Reuters",
    title="Tessary Paper to close Brenmoor mill",
    text="Tessary Paper will close its Brenmoor mill in June, the company said on Monday. The mill employs 420 "
         "staff. Tessary still expects its output to grow next year because a new line at its Caldon plant will "
         "open in March. Its revenue was 1.9 billion euros last year, up from 1.6 billion euros a year earlier. "
         "Pulp made up 31% of its costs, against 24% a year earlier, chief financial officer Ines Rauth said.")


def _subject_details(sentence: str) -> list[str]:
    return [d for d in verdict(sentence, MILL).details if "is not who acts" in d]


@pytest.mark.parametrize("clause,start", [
    ("Before the closure, Tessary employed 420 staff", "Tessary"),
    ("Even after the drop, cocoa is dearer", "cocoa"),
    ("Because the line opens in March, Tessary expects growth", "Tessary"),
    ("Among children aged 3 to 15, the number rose", "the number"),
])
def test_an_opening_adverbial_is_not_the_subject(clause, start):
    assert clause[leading_adverbial(clause):].startswith(start)


@pytest.mark.parametrize("clause", ["Tessary Paper, the company, said", "Shares in Tessary fell",
                                    "In Tessary's Caldon plant a line opens", "The union, in a statement, said"])
def test_a_subject_without_an_opening_adverbial_is_kept(clause):
    assert leading_adverbial(clause) == 0


def test_adverbs_after_the_subject_are_not_the_subject():
    assert trailing_adverbs("Tessary still") == "Tessary"
    assert trailing_adverbs("The company also") == "The company"
    assert trailing_adverbs("Tessary Paper") == "Tessary Paper"


@pytest.mark.parametrize("sentence", [
    "Before the closure, the Brenmoor mill employed 420 staff.",
    "Tessary still expects its output to grow next year.",
])
def test_the_subject_rule_reads_past_adverbials(sentence):
    assert not _subject_details(sentence)


def test_the_subject_rule_still_rejects_another_actor_after_an_adverbial():
    assert _subject_details("Before the closure, Ines Rauth expects output to grow next year.")


@pytest.mark.parametrize("sentence", [
    "Tessary's revenue was 1.6 billion euros last year, up from 1.9 billion euros a year earlier.",
    "Pulp made up 24% of Tessary's costs, against 31% a year earlier.",
])
def test_a_new_value_and_its_baseline_swapped_is_rejected(sentence):
    v = verdict(sentence, MILL)
    assert not v.ok and any("other way round" in d for d in v.details), v.details


@pytest.mark.parametrize("sentence", [
    "Tessary's revenue was 1.9 billion euros last year, up from 1.6 billion euros a year earlier.",
    "Pulp made up 31% of Tessary's costs, against 24% a year earlier.",
    "Tessary's revenue rose to 1.9 billion euros last year from 1.6 billion euros.",
])
def test_the_same_two_figures_the_right_way_round_pass_the_swap_rule(sentence):
    assert not swapped_problem(sentence, MILL.text.split(". "))


def test_a_range_is_no_swap():
    assert not swapped_problem("Revenue ranged from 1.6 billion euros to 1.9 billion euros.", MILL.text.split(". "))


def _figure_details(sentence: str) -> list[str]:
    return [d for d in verdict(sentence, MILL).details if d.startswith("number:")]


@pytest.mark.parametrize("sentence", ["The Brenmoor mill employs 420 people.",
                                      "The Brenmoor mill employs 420 workers."])
def test_a_head_count_with_another_noun_of_persons_passes(sentence):
    assert not _figure_details(sentence)


@pytest.mark.parametrize("sentence", ["The Brenmoor mill employs 440 people.", "The Brenmoor mill has 420 machines.",
                                      "The Brenmoor mill has 420 passengers."])
def test_a_wrong_head_count_or_a_count_of_things_fails(sentence):
    assert _figure_details(sentence)


HIRING = article(
    url="https://www.localnews.example/orrin-labs-hiring", source="Harwick Echo",
    title="Orrin Labs to double its staff",
    text="Orrin Labs, a Harwick maker of lab robots, has 180 employees and aims to have 360 by the end of next "
         "year, its chief executive said. The number of its customers rose to 2.4 million from 1.9 million a year "
         "earlier.")


def test_a_head_count_keeps_the_period_of_its_bare_number():
    good = verdict("Orrin Labs aims to have 360 employees by the end of next year.", HIRING)
    assert not [d for d in good.details if d.startswith("number:")], good.details
    bad = verdict("Orrin Labs aims to have 360 employees by the end of this year.", HIRING)
    assert any("this year" in d for d in bad.details), bad.details


@pytest.mark.parametrize("sentence,ok", [
    ("Orrin Labs gained about 500,000 new customers in a year.", True),  # 2.4 million - 1.9 million
    ("Orrin Labs gained about 600,000 new customers in a year.", False),
    ("Orrin Labs has about 500,000 new customers.", False),             # not marked as a change: a level
])
def test_a_figure_after_a_verb_of_gain_is_a_computed_change(sentence, ok):
    figure_problems = [d for d in verdict(sentence, HIRING).details if d.startswith("number:")]
    assert (not figure_problems) == ok, figure_problems


STORM = article(
    url="https://www.localnews.example/varrow-storm-costs", source="Harwick Echo",
    title="Varrow Foods says storm cost it 12 million euros",
    text="Varrow Foods said on Friday that a storm in its home region had cost it 12 million euros, chief financial "
         "officer Ada Brenn said, blaming damage at two warehouses. The regional governor, Tomas Vell, said the army "
         "would help clear the roads. Lise Marant, who founded the company, said it would rebuild both sites.")


@pytest.mark.parametrize("sentence", [
    "Ada Brenn, Varrow's chief executive, blamed damage at two warehouses.",
    "Tomas Vell, the mayor of the town, said the army would help clear the roads.",
])
def test_a_person_given_another_office_is_rejected(sentence):
    v = verdict(sentence, STORM)
    assert not v.ok and any("the title" in d for d in v.details), v.details


@pytest.mark.parametrize("sentence", [
    "Ada Brenn, the head of Varrow, blamed damage at two warehouses.",            # a generic office: not judged
    "Varrow's chief financial officer, Ada Brenn, blamed damage at two warehouses.",
    "Tomas Vell, the regional governor, said the army would help clear the roads.",
    "Lise Marant, the company's founder, said it would rebuild both sites.",      # no title given her: not judged
])
def test_the_office_the_article_gives_passes(sentence):
    assert not any("the title" in d for d in verdict(sentence, STORM).details)
