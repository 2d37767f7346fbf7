"""mend32 (issue 14): the job-cut reading (``events/job_cuts.py``) scans a sentence with its five patterns only when
the sentence has a word for the jobs or the staff and a count: every phrase the patterns read needs both, so the
ledger is the same and the other incident sentences cost one search. Sentences written for this test, in the shapes
of mend31's (every phrase kind of the module) and of incident sentences with no jobs in them."""
from __future__ import annotations

import pytest

from topline.events import job_cuts as jc

PHRASES = [
    "Harlock Software said on Tuesday it will cut about 1,900 jobs, or roughly 7% of its staff.",
    "Tavimo Games is laying off about 350 employees in its mobile division, the publisher confirmed.",
    "Pennick Labs plans to lay off a third of its workforce after its lead drug failed.",
    "Ostry Media will shed half of its staff by the end of the year.",
    "Dorrow Insurance expects to reduce its workforce by about 1,400 roles over two years.",
    "Skarvik Telecom has given formal notice of 600 redundancies in Sweden.",
    "Skarvik Telecom announced 600 job cuts in Sweden.",
    "About 900 jobs will go at Brennock Steel's Redhill works when its coke ovens close.",
    "The plan puts 2,300 jobs and dozens of projects at risk.",
    "About 160 staff will lose their jobs when the Vellby depot closes.",
    "ABOUT 1,200 OF THE COMPANY'S STAFF WOULD BE MADE REDUNDANT.",
    "Třinecké Železárny will cut about 1,100 jobs at its Třinec works, the steelmaker said.",   # not ASCII
]
NO_JOBS = [
    "A fire at Cardova Chemicals' Antwerp plant forced the evacuation of nearby homes on Tuesday.",
    "Brennock Steel will cut output at its Redhill works by a third after a blast furnace failed.",
    "Hackers stole data on 4.2 million customers of Lumen Retail, the company said.",
    "Ostry Media cut jobs at its regional papers, its union said.",
    "Fábrica Lusa closed its Porto plant after a fire, the company said on Tuesday.",   # not ASCII
]


@pytest.mark.parametrize("sentence", PHRASES)
def test_every_phrase_the_patterns_read_passes_the_prefilter(sentence: str) -> None:
    assert jc._found(sentence), sentence      # a phrase of the module's kinds ...
    assert jc.may_cut(sentence)               # ... is scanned


@pytest.mark.parametrize("sentence", NO_JOBS)
def test_a_sentence_without_a_staff_word_or_a_count_is_not_scanned(sentence: str, monkeypatch) -> None:
    assert not jc.may_cut(sentence)

    def scanned(s: str) -> list:
        raise AssertionError(f"scanned: {s}")
    monkeypatch.setattr(jc, "_found", scanned)
    assert jc.job_cuts(sentence, [], None, lambda at: None) is None
