"""Eighth round of the claim-support check (issue 10): differences the writer computed, place adjectives of places
the gazetteer does not know, refusals as negations, a person named by surname, comparisons that are not movements,
level verbs, hyphenated names in analysis sentences. The articles are written for this file (not from the labelled
set); each rule is shown to keep faithful rewrites and to reject a wrong claim of the same shape."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check import check_analysis
from topline.check.computed import marked_as_difference
from topline.check.directions import negated_stems, unstated_direction
from topline.check.epithets import coined_forms, demonym_owners

FUNDING = article(
    url="https://www.reuters.com/technology/pellicle-robotics-round", source="Reuters",
    title="Pellicle Robotics raises $300 million as its valuation climbs",
    text="Pellicle Robotics, a Lyon startup that builds grippers for farm robots, has raised $300 million in a round "
         "led by Orrin Capital. Pellicle will pay $120 million of the money to buy a sensor maker, Quill Optics, and "
         "will spend the rest on hiring. The round values the company at $3.1 billion, up from $1.9 billion in "
         "March. About 42,500 robots use its grippers, up from 30,100 a year ago. A spokeswoman for Orrin Capital "
         "declined to comment on the valuation. Chief executive Marta Lindqvist said the company was short of "
         "engineers. Lindqvist said Pellicle would open an office in Osaka next year.")

QUOTA = article(
    url="https://www.fishingnews.example/vasterholm-herring-quota", source="Fishing News",
    title="Vasterholm and Orlandia cut herring quota by 20%",
    text="Fisheries ministers from Vasterholm and Orlandia agreed on Monday to cut next year's herring quota in the "
         "Grey Deep by 20%, to 52,000 tonnes. Scientists had advised a cut of 35%. Vasterholm's fisheries minister, "
         "Anders Lund, said the deal protected jobs in coastal towns. Prime Minister Ilse Berg said the government "
         "would compensate boat owners. The Orlandian boat owners' association said the cut would hurt. "
         "Reservoir levels in the region are 38% of capacity, compared with an average of 61%.")

QUAKE = article(
    url="https://apnews.com/tervasia-dolmen-earthquake", source="Associated Press",
    title="Earthquake in Tervasia kills at least nine",
    text="A magnitude 5.9 earthquake struck the Dolmen province of Tervasia on Sunday, killing at least nine people. "
         "Prime Minister Ana Voss said the government would send 20 million euros in aid. About 1,200 people "
         "spent the night in tents.")

MODEL = article(
    url="https://www.theverge.com/kestrel-lumen-4", source="The Verge",
    title="Kestrel launches Lumen-4 speech model",
    text="Kestrel on Tuesday launched Lumen-4, a speech model that it says has a word error rate of 3.2% on the "
         "ClearTalk benchmark, compared with 4.9% for Orvo's Wren-2. The waiting list stood at 184,000 in June. "
         "The list was 212,000 a year earlier.")


def _ok(sentence: str, *arts) -> bool:  # noqa: ANN002
    return verdict(sentence, *(arts or (FUNDING,))).ok


@pytest.mark.parametrize("sentence", [
    "Pellicle's valuation has risen by $1.2 billion since March.",                 # 3.1 - 1.9
    "About 12,400 more robots use Pellicle's grippers than a year ago.",           # 42,500 - 30,100
    "Pellicle will spend $180 million of the money on hiring.",                     # of the $300 million, the rest
])
def test_a_difference_computed_from_one_passage_passes(sentence):
    assert _ok(sentence)


@pytest.mark.parametrize("sentence", [
    "Pellicle's valuation has risen by $1.4 billion since March.",                 # not the difference
    "Pellicle will pay $180 million to buy Quill Optics.",                           # not marked as a difference
    "About 12,400 robots use Pellicle's grippers.",                                  # a level, not a difference
])
def test_a_figure_that_is_no_stated_difference_fails(sentence):
    assert not _ok(sentence)


def test_the_difference_cue():
    s = "Rents rose 3.3 percentage points faster than the country."
    at = s.index("3.3")
    assert marked_as_difference(s, at, at + len("3.3 percentage points"))
    s = "Rents rose 3.3 percentage points in the year."
    assert not marked_as_difference(s, s.index("3.3"), s.index("3.3") + len("3.3 percentage points"))
    s = "The valuation rose by about $1.2 billion."
    assert marked_as_difference(s, s.index("$1.2"), s.index("$1.2") + len("$1.2 billion"))


def test_percentage_point_differences():
    assert _ok("Reservoir levels in the region are 23 percentage points below their average.", QUOTA)
    assert not _ok("Reservoir levels in the region are 25 percentage points below their average.", QUOTA)
    assert _ok("The ministers' cut was 15 percentage points smaller than the scientists advised.", QUOTA)


def test_place_adjectives_of_places_the_gazetteer_does_not_know():
    assert coined_forms("Vasterholmian", QUOTA.text) == ["Vasterholm"]
    assert coined_forms("Orlandia", "The Orlandian boat owners' association said") == ["Orlandian"]
    assert not coined_forms("Vast", QUOTA.text)                          # too short to be a stem of the name
    assert demonym_owners("the Vasterholmian minister said", QUOTA.text) == {"vasterholmian": frozenset({"vasterholm"})}
    assert _ok("Anders Lund, the Vasterholmian fisheries minister, said the deal protected jobs in coastal towns.",
               QUOTA)
    assert _ok("The Tervasian prime minister said the government would send 20 million euros in aid.", QUAKE)
    assert not _ok("The Tervasian interior minister said the government would send 20 million euros in aid.", QUAKE)
    assert not _ok("Anders Lund, the Brelandic fisheries minister, said the deal protected jobs.", QUOTA)


def test_a_refusal_is_a_negation():
    assert negated_stems("A spokeswoman declined to comment on the valuation.")["comme"] is True
    assert _ok("An Orrin Capital spokeswoman would not comment on the valuation.")
    assert not _ok("An Orrin Capital spokeswoman commented on the valuation.")
    assert negated_stems("Shares declined 4% on Monday.").get("share") is False   # "declined" alone is a movement


def test_a_person_named_by_surname_in_the_passage():
    assert _ok("Marta Lindqvist said Pellicle would open an office in Osaka next year.")
    assert _ok("Marta Lindqvist, Pellicle's chief executive, said the company was short of engineers.")
    assert not _ok("Marta Okafor said Pellicle would open an office in Osaka next year.")


def test_a_comparison_is_not_a_movement():
    assert not unstated_direction("Lumen-4's error rate is lower than that of Wren-2.", MODEL.text)
    assert unstated_direction("Lumen-4's error rate fell.", MODEL.text)
    assert _ok("Kestrel says Lumen-4's error rate on ClearTalk is 1.7 percentage points lower than that of Wren-2.",
               MODEL)


def test_level_verbs_and_the_outlet_as_speaker():
    assert _ok("A year earlier the list stood at 212,000.", MODEL)
    assert not _ok("A year earlier the list stood at 221,000.", MODEL)
    assert _ok("Reuters reports that the company is now valued at $3.1 billion, up from $1.9 billion in March.")


def test_hyphenated_names_in_analysis():
    facts = ["Kestrel on Tuesday launched Lumen-4, a speech model."]
    assert check_analysis("Lumen-4 puts Kestrel among the speech model makers.", facts) == ([], [])
    problems, details = check_analysis("Lumen-5 puts Kestrel among the speech model makers.", facts)
    assert problems and any("5" in d for d in details)
