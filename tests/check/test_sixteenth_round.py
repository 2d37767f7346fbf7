"""Sixteenth round of the claim-support check (issue 10): faithful sentences that fresh parts reject, by class. The
articles are written for this file (not from the labelled set); each reading keeps a faithful rewrite, and an error
of the same shape is still rejected. The last tests read the labelled rows each change was made for, by id."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.check.helpers import article, verdict
from topline.check.subjects import short_name_there

ROOT = Path(__file__).resolve().parents[2]

FOUNDRY = article(
    url="https://www.metalweek.example/cawdor-foundry-order", source="Metal Week",
    title="Cawdor Castings wins rail wheel order",
    text="Rail operator Northline has ordered 6,000 wheels from Cawdor Castings, beating an offer from Pellow "
         "Forge, the two companies said on Tuesday. The wheels will be cast at Cawdor's plant in Rotherby. Pellow "
         "Forge had offered a lower price but a later delivery date. Pellow said it was disappointed and would ask "
         "Northline to explain its choice. Works manager Ruth Askew said the plant would hire 60 people. The order "
         "will keep the furnaces running until 2029, she said.")


def test_a_full_name_the_article_shortens_is_who_acts():
    # "Pellow said ..." after "Pellow Forge" was named in full: the claim may name the company in full
    v = verdict("Pellow Forge said it was disappointed and would ask Northline to explain its choice.", FOUNDRY)
    assert not [d for d in v.details if "is not who acts" in d]
    assert v.ok


def test_another_name_of_the_passage_is_still_not_who_acts():
    # Northline ordered; it did not say it was disappointed
    assert not verdict("Northline said it was disappointed and would ask Pellow Forge to explain its choice.",
                       FOUNDRY).ok


@pytest.mark.parametrize("name,scope,article_text,expected", [
    ("Pellow Forge", "Pellow said it was disappointed.", FOUNDRY.text, True),
    # only the first word stands for the name: "Forge" alone is any forge, "Bank" any bank
    ("Pellow Forge", "The Forge said it was disappointed.", FOUNDRY.text, False),
    ("Perrin Bank", "Dunlop Bank was fined.", "Perrin Bank and Dunlop Bank.", False),
    # an owner is not the actor ("Pellow's furnace was repaired" is no act of Pellow Forge)
    ("Pellow Forge", "Pellow's furnace was repaired.", FOUNDRY.text, False),
    # the article never gives the full name: the short form is someone else's
    ("Pellow Steel", "Pellow said it was disappointed.", FOUNDRY.text, False),
])
def test_short_name_there(name, scope, article_text, expected):
    assert short_name_there(name, scope, article_text) is expected


def test_a_tail_pronoun_speaker_is_the_person_the_sentence_before_names():
    v = verdict("Askew said the order would keep the furnaces running until 2029.", FOUNDRY)
    assert not [d for d in v.details if "is not who acts" in d]
    assert v.ok


def test_a_tail_pronoun_speaker_is_not_anyone_of_the_article():
    # she is the works manager of the sentence before; Northline's words are not hers, and the pronoun does not
    # lend its sentence to a name two sentences away
    assert not verdict("Pellow Forge said the order would keep the furnaces running until 2029.", FOUNDRY).ok


def _labelled():  # noqa: ANN202
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_support import load_articles, load_rows
    from topline.check import check_sentence
    from topline.records import Citation
    articles, rows = load_articles(), {}
    for r in load_rows():
        rows.setdefault(r["id"], r)

    def ok(i: str) -> bool:
        r = rows[i]
        return check_sentence(r["sentence"], tuple(Citation(u, articles[u].source) for u in r["cites"]),
                              articles).ok
    return ok, rows


@pytest.fixture(scope="module")
def labelled():  # noqa: ANN201
    return _labelled()


@pytest.mark.parametrize("row", [
    "x0025",   # eval4: "Brightline Capital, which manages ..." where the passage says "Brightline, which manages"
    "y0176",   # eval5: "Okafor said ..." where "'...,' he said." follows "Chief executive Sam Okafor said"
    "u0027",   # eval7: "..., its co-founder said." where "'...,' she said." follows the co-founder's sentence
    "d0117",   # eval13: "Roux said the dividend ..." where "..., she said." follows "Sabine Roux said"
])
def test_faithful_rows_this_round_passes(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "supported"
    assert ok(row)


@pytest.mark.parametrize("row", [
    "k0093",   # cal2: "Perrow Bank was fined" where "Dunlin Bank was fined" (no short name: "Bank" is both's)
    "e0359",   # eval12: "Arbon Maps will be sold" where "Arbon's route planning would be sold" (an owner)
])
def test_errors_of_the_same_shape_are_still_rejected(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "unsupported"
    assert not ok(row)
