"""events33 (issue 12): every currency in use read as money, from CLDR through Babel (``enrich.currencies``): an ISO
code in capitals before or after the number, a currency's English name, the press's "crowns" with the country's
adjective and "reais". Sentences written for these tests; the twins that must stay plain numbers are beside them."""
from __future__ import annotations

import pytest

from topline.enrich.figures import extract_figures


def _money(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text) if f.kind == "money"]


@pytest.mark.parametrize("text, value, unit", [
    ("Halvmand Energi will invest DKK 3.2bn in a biogas plant near Aarhus.", 3.2e9, "DKK"),
    ("The terminal is budgeted at SEK7.5bn, the port said.", 7.5e9, "SEK"),
    ("Bids ranged between NOK4.1bn and NOK4.6bn.", 4.1e9, "NOK"),
    ("The group will build a logistics hub near Gdansk for around PLN 2.4 billion.", 2.4e9, "PLN"),
    ("The plant will cost about HUF 61 billion.", 61e9, "HUF"),
    ("The city approved a VND6.2 trillion metro extension.", 6.2e12, "VND"),
    ("Capital spending will be kept at 3 billion CZK next year.", 3e9, "CZK"),
    ("Ostbro Kraft will invest 6.1 billion kronor in a battery park.", 6.1e9, "SEK"),
    ("The airline is valued at 12.4 billion Norwegian crowns ($1.2 billion).", 12.4e9, "NOK"),
    ("The yard won an order worth 2.9 billion Danish crowns.", 2.9e9, "DKK"),
    ("The bank approved a 1.8 billion reais loan for the port.", 1.8e9, "BRL"),
    ("The state lost about 600 million Hungarian forints in fees.", 6e8, "HUF"),
    ("The ministry expects the levy to raise 4.4 billion baht a year.", 4.4e9, "THB"),
    ("Deposits are capped at 8,000 shekels per person.", 8000, "ILS"),
    ("The works are worth 1.9 billion Egyptian pounds.", 1.9e9, "EGP"),
    ("The club paid a 240-million-euro fee for the site.", 2.4e8, "EUR"),
])
def test_a_currency_in_use_is_money(text, value, unit):
    assert _money(text)[0] == (value, unit)


@pytest.mark.parametrize("text", [
    "Delegates met at COP31 in November and again at COP 32.",        # a conference, not the Colombian peso
    "The update fixes a bug in PHP 8 and in SDG 7 reporting.",        # a language, a goal
    "The chipmaker AMD 7 series and the TOP 10 list were shown.",     # a company, a ranking
    "The team trained it on 4,500 real-world tasks.",                 # "real" is no currency alone
    "She won 3 gold medals and scored full marks in 2 rounds.",       # "gold", "marks"
    "The airline carried 12 million passengers in 2026.",
    "The ship sailed with 3,000 sek on board.",                       # a code in lower case is no code
])
def test_words_and_codes_that_are_not_a_currency_stay_numbers(text):
    assert _money(text) == []
