"""Currencies as money, from the Unicode CLDR that Babel ships (events33, issue 12).

The figure reader (``figures.py``) keeps its own short table of symbols and words ("$", "US$", "euros", "won",
"crore"); this module adds every currency in use today, read from a maintained source rather than a second
hand-written list:

* ``CODES``: the ISO 4217 codes that are legal tender in some territory today (CLDR's territory currencies with no
  end date), less ``CODE_WORDS``. A code is money only written in capitals next to a number ("DKK 4.8bn",
  "SEK9.2bn", "PLN 19 billion", "4.8 billion NOK"), never in lower case.
* ``WORDS``: each such currency's English name, singular and plural ("Swedish krona", "Swedish kronor", "Hungarian
  forints", "Egyptian pounds"), and its last word alone when no other currency in use shares it ("kronor",
  "forints", "baht", "shekels", "cedis"); a word several currencies share ("kroner", "pesos", "riyals", "dinars")
  is money only with its country's adjective. ``PRESS_WORDS`` adds the spellings English news uses beside CLDR's:
  "crowns" for the krone, krona and koruna with their adjective ("4.8 billion Danish crowns"), "reais".

Without Babel (it comes with trafilatura) both tables are empty and the figure reader keeps its own table only.
"""
from __future__ import annotations

# Codes that are also English words or common capitalised abbreviations next to a number ("ALL 3", "TOP 10",
# "COP29", "SDG 7", "PHP 8", "IRR 12%", "AMD" the chipmaker, "NIO" the carmaker, "TMT" a sector, "CVE" an advisory,
# "NPR" the broadcaster, "BSD" the system, "SSP 5" a climate scenario): never read as money. Read from the corpora's sentences (events33:
# "COP31", "COP29" in eval-energy) and the code list.
CODE_WORDS = frozenset({"ALL", "TOP", "CUP", "MOP", "SOS", "TRY", "PEN", "BOB", "GEL", "MAD", "BAM", "CVE", "AMD",
                        "PHP", "NIO", "TMT", "COP", "IRR", "NPR", "SDG", "BSD", "SSP"})
# Last words of a currency's name that are ordinary English words too ("4,500 real-world tasks", "two real
# options", "three gold medals", "full marks", a Mars "sol"): money only with the adjective ("Brazilian reals").
NAME_WORDS = frozenset({"real", "reals", "rand", "dong", "mark", "marks", "gold", "sol", "pound", "pounds"})
# The names English news writes beside CLDR's (a name -> its code). "crowns" is the krone's, krona's and koruna's
# English name, with the country's adjective; "reais" the real's Portuguese plural.
PRESS_WORDS = {"danish crowns": "DKK", "danish crown": "DKK", "norwegian crowns": "NOK", "norwegian crown": "NOK",
               "swedish crowns": "SEK", "swedish crown": "SEK", "czech crowns": "CZK", "czech crown": "CZK",
               "icelandic crowns": "ISK", "icelandic crown": "ISK", "reais": "BRL", "brazilian reais": "BRL"}


def _cldr() -> tuple[frozenset[str], dict[str, str]]:
    """The codes in use and their English names, through Babel's public API only (mend30: the first version read
    the private ``Locale._data``; this one builds the same 153 codes and the same names, compared name by name)."""
    try:
        from datetime import date
        from babel import Locale
        from babel.numbers import get_currency_name, get_territory_currencies
    except ImportError:   # pragma: no cover - Babel comes with trafilatura
        return frozenset(), {}
    # Every territory's tender currencies over all dates, kept when they have no end date (in use today). The
    # territories Babel names in English; the eight it does not name (SU, YU, DD ...) had only currencies now ended.
    codes = frozenset(spell["currency"] for territory in Locale("en").territories
                      for spell in get_territory_currencies(territory, date.min, date.max, include_details=True)
                      if spell["to"] is None)
    names: dict[str, str] = {}
    last: dict[str, set[str]] = {}
    for code in sorted(codes):
        # The display name and English's two plural forms (count 1 is "one", 2 is "other"); Babel falls back to
        # the code itself where it has no name, which is no name.
        forms = {get_currency_name(code, count, locale="en") for count in (None, 1, 2)} - {code}
        for name in (f.lower() for f in forms if f):
            if " " in name:
                names[name] = code
            last.setdefault(name.split()[-1], set()).add(code)
    for word, owners in last.items():
        if len(owners) == 1 and word not in NAME_WORDS and word.isalpha():
            names.setdefault(word, next(iter(owners)))
    return codes - CODE_WORDS, names


CODES, _NAMES = _cldr()
WORDS: dict[str, str] = {**_NAMES, **(PRESS_WORDS if CODES else {})}
