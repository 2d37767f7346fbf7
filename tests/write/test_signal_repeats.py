"""A claim's statements are not printed twice (issue 11's repeated-sentence class, issue 12's claim signals): a
signal that would print a sentence the page's Top Line or Key Developments, an earlier signal of the page or an
earlier page printed is left out (whole: its title is checked against the statements beneath it)."""
from __future__ import annotations

from topline.records import Citation, Signal
from topline.write.offline import _said, _without_repeats

C = (Citation(url="https://example.org/a", source="Reuters"),)
TOP = "Keystone Power agreed to supply 300 megawatts to Vantor Cloud's campus in Indiana, the companies said."
OTHER = "Brightline Data will spend $2 billion on a second data centre near Columbus, Ohio, it said on Monday."
FOOT = "Evidence: two stories from three outlets."


def _sig(*sentences: str) -> Signal:
    return Signal(title="Two build-outs in the Midwest on the same day", text=" ".join(sentences), citations=C)


def test_a_signal_repeating_a_statement_printed_above_is_left_out():
    assert _without_repeats([_sig(TOP, OTHER, FOOT)], [TOP], set()) == []


def test_the_second_signal_of_a_page_does_not_repeat_the_first():
    first = _sig(TOP, FOOT)
    assert _without_repeats([first, _sig(TOP, OTHER)], [], set()) == [first]


def test_an_earlier_pages_statement_is_known_by_its_last_words():
    assert _without_repeats([_sig("Reuters reports that " + OTHER[0].lower() + OTHER[1:], TOP)], [],
                            _said(OTHER)) == []


def test_footers_are_counts_not_repeats_and_fresh_signals_stay():
    s, t = _sig(TOP, FOOT), _sig(OTHER, FOOT)
    assert _without_repeats([s, t], ["An unrelated sentence about a chip plant in Hokkaido and its subsidies."],
                            set()) == [s, t]
