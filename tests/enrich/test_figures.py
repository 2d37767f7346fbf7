"""Figures normalised to values: the forms the citation checker must see as equal."""
from __future__ import annotations

import pytest

from topline.enrich.figures import date_parts, extract_figures, figure_key, figures_match, parse_number, placed_figures
from topline.records import Figure


def one(text: str) -> Figure:
    figs = extract_figures(text)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize("text", ["$2.8bn", "2.8 billion dollars", "US$2.8 billion", "USD 2.8 billion",
                                  "$2,800 million", "2.8 billion US dollars"])
def test_money_forms_meet(text):
    f = one(f"The round raised {text} from investors.")
    assert (f.kind, f.value, f.unit) == ("money", 2_800_000_000, "USD")


@pytest.mark.parametrize("text,value,unit", [("S$1.2 million", 1.2e6, "SGD"), ("€500m", 5e8, "EUR"),
                                             ("8 billion yuan", 8e9, "CNY"), ("£3.5bn", 3.5e9, "GBP"),
                                             ("half a billion euros", 5e8, "EUR")])
def test_currencies(text, value, unit):
    f = one(f"It cost {text}.")
    assert (f.kind, f.value, f.unit) == ("money", value, unit)


@pytest.mark.parametrize("text", ["6%", "6 per cent", "six percent", "6 percent"])
def test_percent_forms_meet(text):
    f = one(f"Shares fell {text} on the day.")
    assert (f.kind, f.value, f.unit) == ("percent", 6.0, "%")


def test_points_are_not_percent():
    assert one("Rates rose 0.25 percentage points.").unit == "pp"
    assert one("The bank cut by 50 basis points.").value == 0.5


def test_quantities_in_base_units():
    a, b = extract_figures("a 4.5 gigawatts campus, or 4,500 MW")
    assert (a.kind, a.value, a.unit) == ("quantity", 4.5e9, "W") and figures_match(a, b)
    assert one("about 9,000 jobs were cut").unit == "job"


def test_dates():
    assert date_parts(one("Shares fell on July 2.")) == (None, 7, 2)
    full = one("It was filed on 2 July 2025.")
    assert date_parts(full) == (2025, 7, 2)
    assert figures_match(one("on July 2"), full) and figures_match(one("July 2, 2025 saw"), full)
    assert not figures_match(one("on July 3"), full)
    assert date_parts(one("2025-07-02")) == (2025, 7, 2)
    assert one("in May 2025 it").unit == "ym"
    assert one("founded in 2016, it").unit == "y"


def test_plain_numbers_and_words():
    assert parse_number("twenty-one") == 21 and parse_number("1,300") == 1300 and parse_number("foo") is None
    assert [f.value for f in extract_figures("The man, now 22, pleaded guilty to six charges")] == [22, 6]
    assert extract_figures("a year ago a car was sold") == []
    assert extract_figures("") == []


def test_match_and_key():
    assert figures_match(Figure("$2.8bn", "money", 2.8e9, "USD"), Figure("$2,801m", "money", 2.801e9, "USD"))
    assert not figures_match(Figure("$2.8bn", "money", 2.8e9, "USD"), Figure("$2.75bn", "money", 2.75e9, "USD"))
    assert not figures_match(Figure("$2.8bn", "money", 2.8e9, "USD"), Figure("2.8bn", "money", 2.8e9, "EUR"))
    assert figure_key(one("$2.8bn")) == figure_key(one("2.8 billion dollars"))


def test_patterns_skipped_for_lacking_their_literals_find_the_same_figures():
    """Issue 14: a pattern is not run on a text that lacks every literal its matches contain (``figures._NEEDS``);
    the figures equal those of every pattern run, on the demo's and cal-biotech's texts, their
    sentences, and forms written to sit at the edges (case, currency words, Unicode text where case folding
    differs from ``str.lower``)."""
    from topline.enrich.figures import _scan
    from tests.enrich.texts import corpus_texts
    texts = corpus_texts()
    texts += ["Sales rose 5 PERCENT to 12 Dollars a share.", "It cost 40 Euros, up 3 Per Cent.", "2.5 BPS wider",
              "USD 3bn deal", "Rs. 500 crore", "on 3 March 2025", "on March 3", "May 2024", "2025-07-02",
              "in the 1990s", "rose 5 pct", "5 baſis points", "İn 2019 it rose 4 PERCENT",
              "ten thousand yen", "cut 20 jobs", "a 4.5 GW plant", "", "no figure here"]
    assert len(texts) > 1000
    skipped = [_scan(t) for t in texts]
    assert sum(map(len, skipped)) > 500
    assert skipped == [_scan(t, skip=False) for t in texts]


def test_letters_that_fold_to_ascii_never_break_figure_extraction():
    """Python's case-insensitive matching folds letters ``str.lower`` keeps ("ſ" long s ~ "s", "K" kelvin sign ~ "k"):
    a currency or unit word written with one matched the pattern and then failed its table lookup (KeyError, found
    by the issue 14 profile pass). Now it is read as the word it folds to, and no such spelling raises."""
    from topline.enrich.figures import extract_figures
    assert [(f.kind, f.value, f.unit) for f in extract_figures("It cost 5 dollarſ.")] == [("money", 5.0, "USD")]
    folding = [chr(c) for c in range(0x80, 0x3000) if len(chr(c).casefold()) == 1 and chr(c).casefold().isascii()
               and chr(c).casefold().isalpha()]
    assert "\u017f" in folding and "\u212a" in folding   # long s, kelvin sign
    for ch in folding:
        for word in ("dollars", "euros", "pounds", "km", "tonnes", "percent", "bps", "yen", "mn"):
            for i, letter in enumerate(word):
                if ch.casefold() == letter:
                    extract_figures(f"It was 5 {word[:i]}{ch}{word[i + 1:]} and $3{word[:i]}{ch}{word[i + 1:]}.")


def test_placed_figures_give_each_figure_where_it_is_written():
    s = "Revenue rose 12% to $4.1 billion, against 12% a year earlier."
    placed = placed_figures(s)
    assert [p.figure.text for p in placed] == [f.text for f in extract_figures(s)]
    assert all(s[p.start:p.end] == p.figure.text for p in placed)
    # the same text twice is found at its second place the second time, not at the first again
    twelve = [p.start for p in placed if p.figure.text == "12%"]
    assert len(twelve) == 2 and twelve[0] < twelve[1]


@pytest.mark.parametrize("text, value", [
    # numerals29 (issues 10, 12): shapes of the calibration corpora's sentences, no figure on the code before
    ("Sixteen allies join the pooled drone-defence buy", 16),
    ("Fourteen of the 20 countries were found to be in line with the rules.", 14),
    ("Fourteen chilled ready meals are being recalled from supermarkets.", 14),
    ("Thieves took sixteen brooches.", 16),
    ("Nineteen rafts sank or broke up.", 19),
    ("Thirteen stations were moved after talks.", 13),
    ("Seventeen ploughmen entered the vintage class.", 17),
    ("Eighteen teams made the final.", 18),
    ("Fifteen judges scored the quartets.", 15),
])
def test_the_teens_count_like_twelve_and_twenty(text, value):
    assert [(f.kind, f.value) for f in extract_figures(text)][0] == ("number", value)


def test_one_alone_and_ordinals_stay_unread():
    for text in ("One of the ploughmen won.", "No one was hurt.",
                 "It came second in the fourteenth round.", "the nineteenth century"):
        assert extract_figures(text) == [], text
