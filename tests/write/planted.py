"""Planted errors for the citation checker: real sentences of real articles, correct and corrupted.

From every English article of a corpus, sentences that state a figure or name something become cases:

* ``correct``: the sentence as written; with figures written another way ("$2.8bn" -> "2.8 billion dollars");
  attributed to its own outlet ("..., according to Reuters.", "Reuters reports that ..."); compressed (dateline,
  parenthesis or last clause removed); fused with the next sentence; cited to its article (and sometimes to an
  unrelated one as well);
* ``number``: one figure changed to another value;
* ``entity``: one name replaced by a name of the same kind from an article about another story;
* ``outlet``: the sentence attributed to another outlet of the corpus (that outlet's article about another story
  cited beside it, or not cited at all).

Deterministic (seeded). Nothing here is copied into the project: the text is read from ../shared/data at test time.
Figures and names are found by the plain patterns below, written for this generator: never by the project's
extractors (topline.enrich), which the checker under test relies on.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re

import py3langid
from dataclasses import dataclass
from pathlib import Path

from topline.records import Article, Citation
from topline.text import split_sentences

# Outlet names given to articles that carry none (mmds2025-dev): attribution needs an outlet per article.
OUTLETS = ("Reuters", "Bloomberg", "Financial Times", "CNBC", "The Straits Times", "AFP", "Associated Press",
           "The Wall Street Journal")
MIN_WORDS, MAX_WORDS = 8, 60


# Independent detectors (string patterns written here, not the project's extractors).
_FIGURE = re.compile(r"(?:US)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|mn|million|trillion)\b|[bm]\b)?|"
                     r"\b\d[\d,]*(?:\.\d+)?\s?(?:%|per cent\b|percent\b)|"
                     r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|"
                     r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|"
                     r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.%])")
_NAME = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|de)){0,3}(?<!of)(?<!de)")
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "For", "But", "And", "It", "He", "She", "They", "We", "This",
              "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
              "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
              "December", "I"}


def figures_of(sentence: str) -> list[str]:
    """Figure texts of a sentence, as written."""
    return [m.group(0).strip() for m in _FIGURE.finditer(sentence) if m.group(0).strip()]


def names_of(sentence: str) -> list[str]:
    """Capitalised runs inside a sentence (not its first word): names, roughly."""
    return [m.group(0) for m in _NAME.finditer(sentence) if m.group(0).split()[0] not in _NOT_NAMES]


@dataclass(frozen=True)
class Case:
    kind: str                  # correct | number | entity | outlet
    text: str
    citations: tuple[Citation, ...]
    original: str


def load_articles(path: Path) -> list[Article]:
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        text = row.get("text") or ""
        if py3langid.classify(text[:2000])[0] != "en":
            continue
        published = row.get("published")
        out.append(Article(
            url=row["url"], title=row.get("title") or "", text=text,
            source=row.get("source") or OUTLETS[i % len(OUTLETS)],
            published=dt.datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None,
            metadata={k: row[k] for k in ("story", "label") if k in row}))
    return out


def _story(a: Article) -> str:
    return str(a.metadata.get("story", a.url))


def _usable(sentence: str) -> bool:
    n = len(sentence.split())
    return MIN_WORDS <= n <= MAX_WORDS and not re.search(r"https?://|@\w|\"[^\"]*$", sentence)


def _respell(fig_text: str) -> str | None:
    """The same figure written another way, or None."""
    m = re.fullmatch(r"(?:US)?\$\s?(\d[\d,.]*)\s?(bn|billion|b|mn|m|million)", fig_text, re.IGNORECASE)
    if m:
        scale = {"bn": "billion", "b": "billion", "billion": "billion", "mn": "million", "m": "million",
                 "million": "million"}[m.group(2).lower()]
        return f"{m.group(1)} {scale} dollars"
    m = re.fullmatch(r"(\d[\d,.]*)\s?(?:%|per cent|percent)", fig_text, re.IGNORECASE)
    if m:
        return f"{m.group(1)} per cent" if fig_text.endswith("%") else f"{m.group(1)}%"
    m = re.fullmatch(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})", fig_text)
    if m:
        return f"{m.group(2)} {fig_text.split()[0].rstrip('.')}"
    m = re.fullmatch(r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?", fig_text)
    if m:
        return f"{fig_text.split()[1].rstrip('.')} {m.group(1)}"
    return None


def _wrong_number(fig_text: str, rng: random.Random) -> str | None:
    """The figure with its number changed: digits altered, or a number word replaced by another."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", fig_text)
    if m:
        raw = m.group(0)
        value = float(raw.replace(",", ""))
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            new = value + rng.choice((-3, -2, -1, 1, 2, 3))
        elif value < 10 and "." not in raw:
            new = value + rng.choice((1, 2, 3)) if value < 3 else value + rng.choice((-2, -1, 1, 2))
        else:
            new = value * rng.choice((0.5, 0.8, 1.25, 1.5, 2, 3))
        if "." in raw:
            decimals = len(raw.split(".")[1])
            text = f"{new:,.{decimals}f}" if "," in raw else f"{new:.{decimals}f}"
        else:
            new = round(new)
            text = f"{int(new):,}" if "," in raw else str(int(new))
        if float(text.replace(",", "")) == value:
            return None
        if re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", fig_text) and not 1 <= new <= 28:
            text = str(int(value) % 28 + 1)
        return fig_text[:m.start()] + text + fig_text[m.end():]
    names = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen")
    for w in re.findall(r"[A-Za-z]+", fig_text):
        v = _WORD_NUMBERS.get(w.lower())
        if v is not None and 2 <= v <= 12:
            new = int(v) + rng.choice((1, 2) if v <= 3 else (-2, -1, 1, 2))
            repl = names[new - 2]
            repl = repl.capitalize() if w[0].isupper() else repl
            return re.sub(rf"\b{w}\b", repl, fig_text, count=1)
    return None


def _attributed(sentence: str, outlet: str) -> str:
    return sentence.rstrip(" .!?") + f", according to {outlet}."


def _reports(sentence: str, outlet: str) -> str:
    first = sentence.split(" ", 1)[0]
    lower = first.lower() if first[1:].islower() and first.lower() in _COMMON else first
    return f"{outlet} reports that {lower}{sentence[len(first):]}"


_COMMON = {"the", "a", "an", "it", "this", "that", "these", "those", "in", "on", "at", "for", "after", "before",
           "he", "she", "they", "we", "its", "their", "his", "her", "some", "many", "most", "more", "about", "over"}


def _compressed(sentence: str) -> str | None:
    """The sentence with its dateline, a parenthesis or its last clause removed (what an extractive writer does)."""
    if re.search("[\"\u201c\u201d]", sentence):
        return None   # a quotation is never shortened
    for pattern in (r"^[A-Z][A-Z ,./-]+:\s+", r"\s*\([^)]{1,60}\)", r", [^,]{12,}(?=[.!?]?$)"):
        out = re.sub(pattern, "", sentence, count=1)
        if out != sentence and len(out.split()) >= MIN_WORDS:
            out = out[0].upper() + out[1:]
            return out if out.endswith((".", "!", "?")) else out + "."
    return None


def make_cases(articles: list[Article], seed: int = 5, per_article: int = 4) -> list[Case]:
    """Correct and corrupted cases from the articles' sentences."""
    rng = random.Random(seed)
    by_story_names: list[tuple[str, str]] = []
    for a in articles:
        for s in split_sentences(a.body):
            by_story_names.extend((_story(a), n) for n in names_of(s))
    outlets = sorted({a.source for a in articles})
    by_outlet: dict[str, list[Article]] = {}
    for a in articles:
        by_outlet.setdefault(a.source, []).append(a)
    cases: list[Case] = []
    for a in articles:
        body_sents = split_sentences(a.body)
        sents = [s for s in body_sents if _usable(s)]
        rng.shuffle(sents)
        own = (Citation(a.url, a.source),)
        for s in sents[:per_article]:
            figs = [f for f in figures_of(s) if f in s]
            ents = [e for e in names_of(s) if e in s]
            if not figs and not ents:
                continue
            cases.append(Case("correct", s, own, s))
            cases.append(Case("correct", _attributed(s, a.source), own, s))
            cases.append(Case("correct", _reports(s, a.source), own, s))
            short = _compressed(s)
            if short:
                cases.append(Case("correct", short, own, s))
            i = body_sents.index(s)
            if i + 1 < len(body_sents) and len(body_sents[i + 1].split()) < MAX_WORDS and \
                    not re.search("[\"\u201c\u201d]", s + body_sents[i + 1]):
                nxt = body_sents[i + 1]
                cases.append(Case("correct", s.rstrip(".!? ") + "; " + nxt[0].lower() + nxt[1:]
                                  if nxt.split(" ", 1)[0].lower() in _COMMON else s.rstrip(".!? ") + "; " + nxt,
                                  own, s))
            stranger = rng.choice(articles)
            if _story(stranger) != _story(a):
                cases.append(Case("correct", s, own + (Citation(stranger.url, stranger.source),), s))
            for f in figs:
                alt = _respell(f)
                if alt:
                    cases.append(Case("correct", s.replace(f, alt, 1), own, s))
                    break
            if figs:
                f = rng.choice(figs)
                wrong = _wrong_number(f, rng)
                if wrong and wrong != f:
                    cases.append(Case("number", s.replace(f, wrong, 1), own, s))
            if ents:
                e = rng.choice(ents)
                pool = [t for story, t in by_story_names if story != _story(a) and t.lower() not in a.body.lower()
                        and e.lower() not in t.lower() and t.lower() not in e.lower()]
                if pool:
                    cases.append(Case("entity", re.sub(rf"(?<!\w){re.escape(e)}(?!\w)",
                                                       rng.choice(pool), s, count=1), own, s))
            other = rng.choice([o for o in outlets if o != a.source and o.lower() not in s.lower()
                                and not (o == "AFP" and "AFP" in s)])
            theirs = [b for b in by_outlet[other] if _story(b) != _story(a)]
            cites = own + ((Citation(theirs[0].url, other),) if theirs and rng.random() < 0.5 else ())
            cases.append(Case("outlet", _attributed(s, other), cites, s))
    return cases
