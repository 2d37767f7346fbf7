"""Figures: money, percentages, quantities, dates and plain numbers found in text, normalised to values.

Pure functions, no state. ``extract_figures(text)`` returns ``records.Figure`` items in text order:

* money: "$2.8bn", "US$2.8 billion", "2.8 billion dollars", "USD 2.8 billion" -> value 2.8e9, unit "USD";
* percent: "6%", "6 per cent", "six percent" -> value 6.0, unit "%" ("percentage points" -> unit "pp");
* quantity: "4.5 gigawatts", "4,500 MW" -> value 4.5e9, unit "W" (SI base unit where one exists; otherwise the
  unit's singular name: "21 months" -> 21, "month");
* date: "2 July 2025" -> 20250702 "ymd"; "July 2" -> 702 "md"; "July 2025" -> 202507 "ym"; "in 2016" -> 2016 "y";
  ISO "2025-07-02" -> "ymd". ``date_parts`` reads a date figure back;
* number: any other number ("six charges" -> 6).

``figures_match(a, b)`` says whether two figures state the same fact (a partial date matches a full one).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from topline.enrich.currencies import CODES as CLDR_CODES, WORDS as CLDR_WORDS
from topline.records import Figure, fresh_copy

# --- vocabularies ---------------------------------------------------------------------------------------------

_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_WORDNUM = None   # built below, once _alt exists

_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
           "billion": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "t": 1e12, "tn": 1e12, "trn": 1e12,
           "tr": 1e12, "crore": 1e7, "lakh": 1e5, "hundred": 1e2, "dozen": 12}
# single-letter scales are only read right after a currency ("$5m"), never after a bare number ("5m" = metres)
_SCALE_WORDS = r"(?:thousand|million|billion|trillion|crore|lakh|mn|mln|bn|bln|tn|trn)"
_SCALE_ANY = r"(?:thousand|million|billion|trillion|crore|lakh|mn|mln|bn|bln|tn|trn|tr|[kmbt])"

# currency written before the number (symbol or code) -> ISO code
_PREFIX_CURRENCY = {"us$": "USD", "usd": "USD", "$": "USD", "s$": "SGD", "sgd": "SGD", "hk$": "HKD", "hkd": "HKD",
                    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
                    "nz$": "NZD", "nzd": "NZD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
                    "jpy": "JPY", "rmb": "CNY", "cny": "CNY", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR",
                    "₩": "KRW", "krw": "KRW", "chf": "CHF", "r$": "BRL", "brl": "BRL", "nt$": "TWD", "rm": "MYR",
                    "myr": "MYR"}
# currency written after the number -> ISO code (longest names first in the pattern)
_SUFFIX_CURRENCY = {"us dollars": "USD", "u.s. dollars": "USD", "singapore dollars": "SGD",
                    "hong kong dollars": "HKD", "australian dollars": "AUD", "canadian dollars": "CAD",
                    "new zealand dollars": "NZD", "taiwan dollars": "TWD", "dollars": "USD", "dollar": "USD",
                    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "sterling": "GBP",
                    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "won": "KRW",
                    "ringgit": "MYR", "swiss francs": "CHF", "francs": "CHF", "usd": "USD", "eur": "EUR",
                    "gbp": "GBP", "sgd": "SGD", "cny": "CNY", "rmb": "CNY", "jpy": "JPY", "hkd": "HKD",
                    "inr": "INR", "aud": "AUD", "cad": "CAD", "chf": "CHF", "krw": "KRW",
                    # events20 (eval-def): the zloty. Swedish crowns and reais were left out then (eval-agri's gold
                    # gives the dollar figure in brackets after them); events33 reads every currency in use
                    # (``currencies``): most golds give the sentence's own currency (eval-clim, eval-games,
                    # eval-travel, eval-macro), eval-agri's two deals and one eval-ind row the dollar in brackets
                    "zlotys": "PLN", "zloty": "PLN"}
# events33: every other currency in use, by its English name (CLDR through Babel: ``currencies``); the table above
# wins where both have a word ("francs" stays the Swiss franc). Read by a pattern of its own, run only on a text
# with one of the names' last words (``_NAME_LAST``)
_NAME_CURRENCY = {k: v for k, v in CLDR_WORDS.items() if k not in _SUFFIX_CURRENCY}
_CAPS = re.compile(r"[A-Z]{3}")   # where an ISO code may be (a text without three capitals in a row has none)

# quantity units: written form -> (normalised unit, factor to that unit)
_UNITS: dict[str, tuple[str, float]] = {}


def _units(names: Iterable[str], unit: str, factor: float) -> None:
    for n in names:
        _UNITS[n] = (unit, factor)


_units(("watts", "watt", "w"), "W", 1.0)
_units(("kilowatts", "kilowatt", "kw"), "W", 1e3)
_units(("megawatts", "megawatt", "mw"), "W", 1e6)
_units(("gigawatts", "gigawatt", "gw"), "W", 1e9)
_units(("terawatts", "terawatt", "tw"), "W", 1e12)
_units(("kilowatt-hours", "kilowatt hours", "kwh"), "Wh", 1e3)
_units(("megawatt-hours", "megawatt hours", "mwh"), "Wh", 1e6)
_units(("gigawatt-hours", "gigawatt hours", "gwh"), "Wh", 1e9)
_units(("terawatt-hours", "terawatt hours", "twh"), "Wh", 1e12)
_units(("tonnes", "tonne", "metric tons", "tons", "ton", "t"), "kg", 1e3)
_units(("kilograms", "kilogram", "kg"), "kg", 1.0)
_units(("kilometres", "kilometers", "kilometre", "kilometer", "km"), "m", 1e3)
_units(("miles", "mile"), "m", 1609.344)
_units(("metres", "meters", "metre", "meter"), "m", 1.0)
_units(("barrels per day", "bpd", "b/d"), "bbl/d", 1.0)
_units(("barrels", "barrel", "bbl"), "bbl", 1.0)
_units(("square kilometres", "square kilometers", "sq km", "km2"), "m2", 1e6)
_units(("hectares", "hectare"), "m2", 1e4)
_units(("litres", "liters", "litre", "liter"), "l", 1.0)
_units(("teraflops",), "FLOPS", 1e12)
_units(("exaflops",), "FLOPS", 1e18)
_units(("gigabytes", "gb"), "B", 1e9)
_units(("terabytes", "tb"), "B", 1e12)
_units(("nanometres", "nanometers", "nm"), "m", 1e-9)
for _name in ("year", "month", "week", "day", "hour", "minute", "second", "people", "person", "employee", "worker",
              "job", "user", "customer", "vehicle", "car", "unit", "share", "chip", "gpu", "death", "case",
              "student", "resident", "passenger", "flight", "seat", "country", "company", "store", "charge",
              "patient", "home", "house", "troop", "soldier", "refugee", "vote"):
    _units((_name + ("" if _name in ("people",) else "s"), _name), "people" if _name in ("people", "person")
           else _name, 1.0)

_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
           "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
           "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

# --- patterns -------------------------------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")


def _alt(keys: Iterable[str]) -> str:
    """A regex alternation of ``keys`` shaped as a trie (Python's re tries alternatives one by one, so shared
    prefixes are factored out: several times faster on long texts), longest match first."""
    trie: dict = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body
    return build(trie)


_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|"
            r"seven|eight|nine))?|" + _alt(list(_SMALL)) + r"|(?:a|an|half\s+a)(?=\s+(?:hundred|thousand|million|"
            r"billion|trillion|dozen)\b))(?:\s+hundred)?")
_NUMBER = rf"(?:{_NUM}|{_WORDNUM})"
_PREFIX_RE = _alt(_PREFIX_CURRENCY)
_SUFFIX_RE = _alt(_SUFFIX_CURRENCY)
_UNIT_RE = _alt(_UNITS)
_NAME_LAST = re.compile(r"\b" + _alt({w.split()[-1] for w in _NAME_CURRENCY}) + r"\b") if _NAME_CURRENCY else None

# numerals29 (issues 10, 12): the teens are counts like "twelve" and "twenty" ("Sixteen marshals were on duty" against
# "15 marshals"); "one" stays unread on its own ("one of the", "one day", "no one")
_TEENS = r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date_iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    ("date_dmy", re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})"
                            rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")),
    ("date_mdy", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s*cent))"
                            rf"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")),
    ("date_my", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<y>(?:19|20)\d\d)\b")),
    ("money_prefix", re.compile(
        rf"(?<![\w$])(?P<cur>{_PREFIX_RE})\s?(?P<num>{_NUM})(?:(?:\s|-(?={_SCALE_WORDS}\b))?(?P<scale>{_SCALE_ANY})\b)?"
        rf"(?:\s+(?P<cur2>{_SUFFIX_RE})\b)?", re.IGNORECASE)),
    ("money_suffix", re.compile(   # events33: "a 180-million-euro academy" (a hyphen after the scale word)
        rf"\b(?P<num>{_NUMBER})(?:[\s-]?(?P<scale>{_SCALE_WORDS})\b)?(?:\s+(?P<scale2>{_SCALE_WORDS})\b)?"
        rf"(?:\s+|(?<=[a-z])-(?=[a-z]))(?P<cur>{_SUFFIX_RE})\b", re.IGNORECASE)),
    ("money_name", re.compile(
        rf"\b(?P<num>{_NUMBER})(?:[\s-]?(?P<scale>{_SCALE_WORDS})\b)?(?:\s+(?P<scale2>{_SCALE_WORDS})\b)?"
        rf"(?:\s+|(?<=[a-z])-(?=[a-z]))(?P<cur>{_alt(_NAME_CURRENCY)})\b", re.IGNORECASE)),
    # events33: an ISO code of a currency in use (``currencies.CODES``), in capitals, before or after the number
    # ("DKK 4.8bn", "SEK9.2bn", "PLN 19 billion", "4.8 billion NOK"); the code's case is kept, the scale's is not
    ("money_code", re.compile(
        rf"(?<![\w$])(?P<cur>[A-Z]{{3}})\s?(?P<num>{_NUM})(?:(?:\s|-(?=(?i:{_SCALE_WORDS})\b))?"
        rf"(?P<scale>(?i:{_SCALE_ANY}))\b)?(?!\s*(?:%|(?i:per\s?cent)))|"
        rf"(?<![\w.$€£¥])(?P<anum>{_NUM})(?:[\s-]?(?P<ascale>(?i:{_SCALE_WORDS}))\b)?\s(?P<acur>[A-Z]{{3}})\b")),
    ("percent", re.compile(
        rf"(?<![\w.])(?P<num>{_NUMBER})\s?(?P<unit>%|per\s?cent(?:age\s+points?)?|pct|percent(?:age\s+points?)?|"
        # events34: the British press's "9.8pc", "a 7pc fall" (lower case, against the number: "200 PCs" is none)
        rf"percentage\s+points?|basis\s+points?|bps|(?<=\d)(?-i:pc))(?!\w)", re.IGNORECASE)),
    ("quantity", re.compile(
        rf"(?<![\w.$€£¥])(?P<num>{_NUMBER})(?:[\s-]?(?P<scale>{_SCALE_WORDS})\b)?[\s-]?(?P<unit>{_UNIT_RE})\b",
        re.IGNORECASE)),
    ("year", re.compile(r"(?<![\w$€£¥.,])(?P<y>(?:19|20)\d\d)s?\b(?![.,]\d|\s*(?:%|per\s*cent))")),
    ("number", re.compile(
        rf"(?<![\w.$€£¥])(?P<num>{_NUM}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        rf"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|"
        rf"eleven|twelve|{_TEENS}|hundreds|thousands|millions)(?:[\s-]?(?P<scale>{_SCALE_WORDS})\b)?(?![\w])",
        re.IGNORECASE)),
]

# a word number alone ("one", "a") is too common to be a figure: only digits or number words with a unit count
_BARE_WORD_OK = {"number"}


def scales_or_prices(word: str) -> bool:
    """``word`` only scales or prices a figure ("bln", "million", "euros", "USD"): it names nothing a story is about
    (``write.offline.signals.theme_noun``). Single letters ("m", "b") are left out: they are read only beside a
    number."""
    w = word.lower()
    return (len(w) > 1 and w in _SCALES) or w in CLDR_WORDS or (word.isupper() and word in CLDR_CODES)


def parse_number(s: str) -> float | None:
    """'2,800' -> 2800; '2.8' -> 2.8; 'six' -> 6; 'twenty-one' -> 21; 'a hundred' -> 100; else None."""
    s = s.strip().lower().replace(",", "")
    try:
        return float(s)
    except ValueError:
        pass
    words = re.split(r"[\s-]+", s)
    if words[:2] == ["half", "a"]:
        return 0.5 if len(words) == 2 else None
    total = 0.0
    for w in words:
        if w in ("a", "an"):
            total += 1
        elif w in _SMALL:
            total += _SMALL[w]
        elif w in _TENS:
            total += _TENS[w]
        elif w == "hundred":
            total = (total or 1) * 100
        elif w in ("hundreds", "thousands", "millions"):
            return None
        else:
            return None
    return total


def _scale(*names: str | None) -> float:
    f = 1.0
    for n in names:
        if n:
            f *= _SCALES.get(n.lower(), 1.0)
    return f


def _clean(value: float) -> float:
    """Round away binary noise: 2.8 * 1e9 -> 2800000000.0."""
    if value == 0 or not math.isfinite(value):
        return value
    digits = 12 - int(math.floor(math.log10(abs(value))))
    return round(value, max(0, min(digits, 15))) if digits > 0 else float(round(value))


def _date(m: re.Match[str]) -> Figure | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else _MONTHS.get((g.get("mon") or "").rstrip(".").lower())
    day = int(g["d"]) if g.get("d") else None
    year = int(g["y"]) if g.get("y") else None
    if not month or (day is not None and not 1 <= day <= 31):
        return None
    if day and year:
        return Figure(m.group(0), "date", float(year * 10000 + month * 100 + day), "ymd")
    if day:
        return Figure(m.group(0), "date", float(month * 100 + day), "md")
    if year:
        return Figure(m.group(0), "date", float(year * 100 + month), "ym")
    return None


def _look(table: dict, word: str):  # noqa: ANN202 - the table's value
    """``table``'s entry for a word the pattern matched ignoring case. Python's case-insensitive matching also folds
    letters ``str.lower`` keeps ("dollarſ" with a long s, "K" the kelvin sign), so try the word case-folded too;
    None when neither is a key (the figure is then not read, rather than the text failing)."""
    low = word.lower()
    return table[low] if low in table else table.get(word.casefold())


def _figure(kind: str, m: re.Match[str]) -> Figure | None:
    g = m.groupdict()
    if kind.startswith("date"):
        return _date(m)
    if kind == "year":
        return Figure(m.group(0), "date", float(g["y"]), "y")
    value = parse_number(g["num"] or g["anum"]) if kind == "money_code" else parse_number(g["num"])
    if value is None:
        return None
    text = m.group(0).strip()
    if kind == "money_prefix":
        cur = _look(_PREFIX_CURRENCY, g["cur"])
        if g.get("cur2") and g["cur"] == "$":
            cur = _look(_SUFFIX_CURRENCY, g["cur2"])
        if cur is None:
            return None
        return Figure(text, "money", _clean(value * _scale(g.get("scale"))), cur)
    if kind == "money_code":
        cur, scale = (g["cur"], g["scale"]) if g["cur"] else (g["acur"], g["ascale"])
        if cur not in CLDR_CODES:
            return None
        return Figure(text, "money", _clean(value * _scale(scale)), cur)
    if kind in ("money_suffix", "money_name"):
        cur = _look(_SUFFIX_CURRENCY if kind == "money_suffix" else _NAME_CURRENCY, g["cur"])
        if cur is None:
            return None
        return Figure(text, "money", _clean(value * _scale(g.get("scale"), g.get("scale2"))), cur)
    if kind == "percent":
        unit = g["unit"].lower()
        if "point" in unit and "basis" not in unit:
            return Figure(text, "percent", _clean(value), "pp")
        if "basis" in unit or unit == "bps":
            return Figure(text, "percent", _clean(value / 100), "pp")
        return Figure(text, "percent", _clean(value), "%")
    if kind == "quantity":
        found = _look(_UNITS, g["unit"])
        if found is None:
            return None
        unit, factor = found
        return Figure(text, "quantity", _clean(value * _scale(g.get("scale")) * factor), unit)
    return Figure(text, "number", _clean(value * _scale(g.get("scale"))), "")


# Texts whose figures are kept (a pure function of the text): the citation checker reads the figures of every
# sentence of a sentence's cited articles for each figure of each sentence it checks (check/baselines.py,
# check/periods.py, check/figure_agents.py). Measured on tests/write/test_verify_quality.py (benchmarks/RESULTS.md,
# "The suite inside the budget").
FIGURES_CACHE = 32768
# Only sentence-sized texts are kept (what the checker asks for again and again); a whole article's text, read once
# by enrichment, is not, so the cache stays a few MB however large the articles of a long-running process.
FIGURES_CACHE_MAX_CHARS = 2000


def extract_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order of appearance; overlapping matches go to the more specific kind. Found
    once per sentence-sized text; each call gets its own list and Figure objects."""
    text = text or ""
    if len(text) > FIGURES_CACHE_MAX_CHARS:
        return list(_extract_figures.__wrapped__(text))
    return [fresh_copy(f) for f in _extract_figures(text)]


@dataclass(frozen=True)
class PlacedFigure:
    """A figure of a sentence with where it is written (``sentence[start:end] == figure.text``)."""
    figure: Figure
    start: int
    end: int


def placed_figures(sentence: str) -> list[PlacedFigure]:
    """The figures of ``sentence`` in order, each with its position; a figure whose text cannot be found after the
    previous one is left out (the event ledger's spans and the checker's baseline rule read figures by position)."""
    out, cursor = [], 0
    for f in extract_figures(sentence):
        at = sentence.find(f.text, cursor)
        if at < 0:
            continue
        cursor = at + len(f.text)
        out.append(PlacedFigure(f, at, cursor))
    return out


# issue 14: the literal text every match of a pattern contains (one of these substrings), so a text without any of
# them is not scanned by that pattern: the ten scans were 7 % of a 10k edition's CPU. Case-sensitive patterns (the
# month names) are checked on the text; patterns that ignore case on the text lower-cased, only when it is ASCII
# (there ``str.lower`` and the pattern's case folding agree; Unicode folding has other equivalences, such as
# "ſ" ~ "s", so any other text is scanned by every pattern, as before). Quantities and plain numbers have no such
# literal (a unit can be one letter) and are always scanned.
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NEEDS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "date_iso": (False, ("-",)),
    "date_dmy": (False, _MONTH_STEMS), "date_mdy": (False, _MONTH_STEMS), "date_my": (False, _MONTH_STEMS),
    "money_prefix": (True, tuple(_PREFIX_CURRENCY)),
    "money_suffix": (True, tuple(_SUFFIX_CURRENCY)),
    "percent": (True, ("%", "per", "pct", "basis", "bps", "pc")),
    "year": (False, ("19", "20")),
}


def _may_match(kind: str, text: str, ascii_lower: str | None) -> bool:
    """False only when no match of pattern ``kind`` can be in ``text`` (it lacks every literal the pattern needs)."""
    if kind == "money_name":   # a currency's name from CLDR: one of the names' last words in the text
        return _NAME_LAST is not None and _NAME_LAST.search(ascii_lower or text.lower()) is not None
    if kind == "money_code":
        return bool(CLDR_CODES) and _CAPS.search(text) is not None
    need = _NEEDS.get(kind)
    if need is None:
        return True
    folded, parts = need
    if not folded:
        return any(p in text for p in parts)
    return ascii_lower is None or any(p in ascii_lower for p in parts)


@lru_cache(maxsize=FIGURES_CACHE)
def _extract_figures(text: str) -> tuple[Figure, ...]:
    return _scan(text)


def _scan(text: str, skip: bool = True) -> tuple[Figure, ...]:
    """The figures of ``text``; ``skip``: patterns whose literals the text lacks are not run (the same figures)."""
    text = text or ""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Figure]] = []
    ascii_lower = text.lower() if skip and text.isascii() else None
    for kind, pattern in _PATTERNS:
        if skip and not _may_match(kind, text, ascii_lower):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            while start < end and text[start].isspace():
                start += 1
            if any(start < e and s < end for s, e in taken):
                continue
            fig = _figure(kind, m)
            if fig is None:
                continue
            taken.append((start, end))
            found.append((start, fig))
    found.sort(key=lambda x: x[0])
    return tuple(f for _, f in found)


def date_parts(fig: Figure) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date figure, None for the parts it does not state."""
    v = int(fig.value)
    if fig.unit == "ymd":
        return v // 10000, v // 100 % 100, v % 100
    if fig.unit == "md":
        return None, v // 100, v % 100
    if fig.unit == "ym":
        return v // 100, v % 100, None
    if fig.unit == "y":
        return v, None, None
    return None, None, None


REL_TOL = 0.005   # figures within 0.5% are the same figure written with different rounding ("$2.8bn" = "$2,801m")


def figures_match(a: Figure, b: Figure, rel_tol: float = REL_TOL) -> bool:
    """Whether two figures state the same value: same kind and unit (a partial date matches a fuller one)."""
    if a.kind == "date" and b.kind == "date":
        pa, pb = date_parts(a), date_parts(b)
        return all(x is None or y is None or x == y for x, y in zip(pa, pb)) and any(
            x is not None and y is not None for x, y in zip(pa, pb))
    if a.kind != b.kind and {a.kind, b.kind} != {"number", "quantity"}:
        return False
    if a.kind == b.kind and a.unit != b.unit:
        return False
    return math.isclose(a.value, b.value, rel_tol=rel_tol, abs_tol=1e-9)


def figure_key(fig: Figure) -> str:
    """A short string that equal figures share (used as a clustering feature): 'money:USD:2.8e+09'."""
    if fig.kind == "date":
        return f"date:{fig.unit}:{int(fig.value)}"
    return f"{fig.kind}:{fig.unit}:{fig.value:.3g}"
