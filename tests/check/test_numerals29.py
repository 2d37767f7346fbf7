"""numerals29 (issues 10 and 12): a count written as a teen numeral ("Sixteen marshals", "Fourteen of the 40 stalls")
is a figure the checker compares, as "twelve" and "twenty" were; on the code before, a planted wrong teen count passed
because the teen was no figure. The article is written for this file; "one" stays unread ("One of the ploughmen")."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict

SHOW = article(
    url="https://www.valleypost.example/ploughing-match", source="Valley Post",
    title="Tractors return to the Hendry ploughing match",
    text="The Hendry ploughing match returned on Saturday after two years away. 15 marshals were on duty along the "
         "field, and 17 ploughmen entered the vintage class. The winner, Alasdair Crombie, ploughed his plot in 41 "
         "minutes. Organisers said 13 of the 40 stalls sold out of food by noon. Nineteen tractors were on show.")


@pytest.mark.parametrize("faithful, planted", [
    ("Fifteen marshals were on duty at the ploughing match.", "Sixteen marshals were on duty at the ploughing match."),
    ("Seventeen ploughmen entered the vintage class.", "Eighteen ploughmen entered the vintage class."),
    ("Thirteen of the 40 stalls sold out of food by noon.", "Fourteen of the 40 stalls sold out of food by noon."),
    ("19 tractors were on show at the Hendry ploughing match.", "18 tractors were on show at the Hendry ploughing match."),
])
def test_a_wrong_teen_count_is_rejected_and_the_right_one_passes(faithful, planted):
    assert verdict(faithful, SHOW).ok, verdict(faithful, SHOW).details
    bad = verdict(planted, SHOW)
    assert not bad.ok                                       # passed on main: the teen was no figure
    assert any("not stated" in d for d in bad.details), bad.details


def test_one_in_a_fixed_phrase_is_still_no_figure():
    assert verdict("One of the ploughmen, Alasdair Crombie, won the match.", SHOW).ok
