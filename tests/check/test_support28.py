"""support28 (issue 10): an act or a quality told the other way with no figure, caught by opposites read from a
lexical resource (WordNet 3.0's direct antonyms, topline/data/antonyms.tsv) rather than listed by hand. The articles
and sentences are written for this file (not from the labelled set); each wrong direction has its faithful twin."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.directions import lexical_opposite, opposite

RAIN = article(
    url="https://www.fenlandherald.example/harrowby-dry-spring", source="Fenland Herald",
    title="Harrowby records its driest spring",
    text="Harrowby had its driest spring since 1976, the county weather office said on Monday. Farmers on the "
         "eastern side of the valley have started to bring water in by lorry. A hosepipe ban is expected in June.")


def test_antonyms_are_read_with_their_inflections():
    assert lexical_opposite("wettest", "driest") and lexical_opposite("western", "eastern")
    assert lexical_opposite("younger", "oldest") and opposite("Northern", "southern")
    assert not lexical_opposite("driest", "dry") and not lexical_opposite("eastern", "valley")
    assert lexical_opposite("indoors", "outdoors") and not opposite("said", "told")
    # a converse tells one sale from either side; a rank and a quantifier have their own rules
    assert not lexical_opposite("bought", "sold") and not lexical_opposite("first", "last")
    assert not lexical_opposite("all", "some")


def test_a_quality_told_the_other_way_is_rejected():
    assert verdict("Harrowby had its driest spring since 1976, the county weather office said.", RAIN).ok
    assert not verdict("Harrowby had its wettest spring since 1976, the county weather office said.", RAIN).ok


RACE = article(
    url="https://www.moorlandnews.example/tarn-fell-race", source="Moorland News", title="Tarn fell race",
    text="The youngest runner in the Tarn fell race, Ada Kerr, finished third on Sunday. Organisers said the course "
         "was wet in places. The number of entrants will stay at 300 next year, the club said.")


def test_a_superlative_told_the_other_way_is_rejected():
    assert verdict("The youngest runner in the Tarn fell race, Ada Kerr, finished third.", RACE).ok
    assert not verdict("The oldest runner in the Tarn fell race, Ada Kerr, finished third.", RACE).ok


def test_an_opposite_negated_on_one_side_says_the_same():
    assert verdict("The number of entrants will not change next year, the club said.", RACE).ok
    assert not verdict("The number of entrants will change next year, the club said.", RACE).ok
