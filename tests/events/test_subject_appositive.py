"""The subject of an event verb past an appositive that itself opens with a name (a place and its state)."""
from __future__ import annotations

from topline.events.extract import sentence_events


def _company(sentence: str) -> str:
    (raw,) = [r for r in sentence_events(sentence, "2026-03-02") if r.type == "funding"]
    return dict((k, v) for k, v, _ in raw.fields)["company"]


def test_a_place_inside_the_appositive_is_not_the_subject():
    # "a Dayton, Ohio company": the appositive runs from "a Dayton" to the comma before "has raised"; the name it
    # describes, not the town, raised the money
    assert _company("Brenmoor Labs, a Dayton, Ohio company that turns food waste into animal feed, has raised "
                    "$75 million in a Series B round led by two farm-supply groups.") == "Brenmoor Labs"
    assert _company("Quillfen, a Tartu, Estonia start-up making soil sensors, raised EUR 12 million on Monday.") \
        == "Quillfen"


def test_an_ordinary_appositive_and_a_list_of_subjects_keep_their_reading():
    assert _company("Kling AI, the video unit of Kuaishou, has closed a $40 million round.") == "Kling AI"
    assert _company("Tarn Foods and Brenmoor Labs, a Dayton, Ohio company, have raised $75 million.") == "Tarn Foods"
