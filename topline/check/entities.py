"""Rule: entities. Every proper noun must appear in a cited passage that shares words with the sentence, a
multi-word name must not be glued from pieces of different names ("Richard Subran" when the article names Richard
Windsor and Ludovic Subran), and codes that mix letters and digits ("F-35", "GPT-4o") are names checked whole."""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.calendar_words import calendar_date, figure_anchored
from topline.check.codes import ANCHOR_STEMS, ANCHOR_WINDOW, ENTITY, shared, titled_window
from topline.check.epithets import coined_forms, expansions, place_forms
from topline.check.evidence import STOPWORDS, Doc, Pool, clean, mentions, stems_of
from topline.enrich.entities import extract_entities, normalise
from topline.enrich.gazetteer import ALIASES

# The title says what every passage of an article is about, and (sixteenth round) so does the lead: "Maureen
# Ellery, who has set crosswords for the Northern Courier for 41 years, published her 10,000th puzzle", then "She
# said she still fills each grid with a pencil ..." (eval13's d0381 named Ellery "only in an unrelated passage").
# A passage anchors the lead's name with this many words in common: at ANCHOR_STEMS (2) the lead passed eval13's
# planted d0391 ("Ellery fills her grids on a computer", two words of the pencil sentence), set on the sixteen parts.
LEAD_ANCHOR_STEMS = 3
_CAP_TOKEN = re.compile(r"(?<![\w'.-])([A-Z][\w&]*(?:[.'-][\w&]+)*\.?|[a-z]+[A-Z]\w*|\d+[A-Za-z][\w-]*|[A-Za-z]+\d\w*)")
_ENGLISH_CAPS = frozenset({"i", "a"})


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:;"(['


def name_support(phrase: str, docs: Sequence[Doc], stems: set[str], anchor: int = ANCHOR_STEMS) -> str:
    """"anchored" when a cited passage names ``phrase`` (or a spelling of it) and shares words with the claim,
    "elsewhere" when only an unrelated passage names it, "" when no cited article does."""
    if not clean(phrase).strip("."):
        return "anchored"
    rest = stems - stems_of(phrase)
    need = min(anchor, len(rest))
    seen = ""
    for d in docs:
        if not mentions(phrase, d.text):
            continue
        for i, sent in enumerate(d.sentences):
            if mentions(phrase, sent):
                seen = "elsewhere"
                if shared(titled_window(d, i, ANCHOR_WINDOW), rest) >= need:
                    return "anchored"
        if d.sentences and mentions(phrase, d.sentences[0]) and any(
                shared(titled_window(d, j, ANCHOR_WINDOW), rest) >= need for j in range(len(d.sentences))):
            return "anchored"      # the title's name: what every passage of the article is about
        if len(d.sentences) > 1 and mentions(phrase, d.sentences[1]) and any(
                shared(titled_window(d, j, ANCHOR_WINDOW), rest) >= max(need, LEAD_ANCHOR_STEMS)
                for j in range(len(d.sentences))):
            return "anchored"      # the lead's name, with more words in common (sixteenth round)
    return seen


def _token_found(tok: str, docs: Sequence[Doc]) -> bool:
    return any(mentions(tok, d.text) for d in docs)


def _common_word(low: str, pool: Pool) -> bool:
    """A capitalised sentence-initial word is a common word when the articles write it in lower case, or never
    write it with a capital inside a sentence and the gazetteer does not know it as a name."""
    if low in pool.lower_words:
        return True
    return low not in pool.names and normalise(low) not in ALIASES


def check_names(text: str, docs: Sequence[Doc], pool: Pool, stems: set[str],
                 anchor: int = ANCHOR_STEMS, title_case: bool = False, claim: str = "") -> tuple[list[str], list[str]]:
    """Proper nouns: each capitalised word, and each multi-word name as a whole, named in a cited passage that
    shares words with the sentence. In a title-case line (a headline) every word is capitalised, so a capitalised
    common word is taken as a common word wherever it stands. ``claim``: the sentence with its figures (``text``
    has them blanked), whose numbers anchor a month or weekday that dates one (``topline.check.calendar_words``)."""
    problems, details = [], []
    for m in _CAP_TOKEN.finditer(text):
        tok = re.sub(r"'s$", "", m.group(1)).rstrip(".")
        low = tok.lower()
        if not tok or low in _ENGLISH_CAPS:
            continue
        if low in STOPWORDS and not any(c.isdigit() for c in tok) and not tok.isupper():
            continue
        initial = title_case or _sentence_initial(text, m.start())
        if initial and _common_word(low, pool):
            continue   # a common word that starts a sentence
        pieces = [p for p in tok.split("-") if p] if "-" in tok else [tok]
        if len(pieces) > 1 and any(c.isdigit() for c in tok):
            pieces = [tok]   # a code ("COVID-19", "F-35") is checked whole
        for p in pieces:
            if not (p[:1].isupper() or any(c.isdigit() for c in p)):
                continue
            if not p.isupper() and initial and _common_word(p.lower(), pool):
                continue
            where = name_support(p, docs, stems, anchor)
            if where == "elsewhere" and not initial and calendar_date(text, m.start(), m.start() + len(tok)) and \
                    figure_anchored(p, claim or text, docs, stems):
                continue       # a month or weekday that dates the claim's figure (months29)
            if where != "anchored" and _other_form_anchored(p, docs, stems, anchor):
                continue       # "Netherlands" for "Dutch", "CTO" for "chief technology officer" (seventh round)
            if where != "anchored":
                problems.append(ENTITY)
                details.append(f"entity: {p!r} " + ("named only in an unrelated passage of the cited articles"
                                                     if where else "not named in the cited articles"))
    for e in ([] if title_case else extract_entities(text)):
        words = _without_opening(e.text, text, pool)
        if len(words) < 2 or _token_found(" ".join(words), docs):
            continue
        if not _glued_from_names(words, docs):
            problems.append(ENTITY)
            details.append(f"entity: {' '.join(words)!r} not named in the cited articles")
    return problems, details


# Eighteenth round (branch support17): a sentence's capitalised first word is glued to the name after it by the
# entity reader ("Without Osterley Bank's debt facility", "Unless Meridian Ports improves", "Together Brantley's and
# Fairmart", "Orders for Tidewell's bonds", "Demand for Ardent's models", "Agronomist Renato Lima said"), and the
# glued phrase is named nowhere. The opening word is dropped when it is a word the articles write in lower case, a
# stop word or a clause opener (``_OPENERS``), then any lower-case word after it ("for", "of"): the name is what is
# left. Not a word merely unknown as a name (``_common_word``'s other reading): "Richard Subran", glued from Richard
# Windsor and Ludovic Subran at a sentence's start, is still a glued name (tests/write/test_verify.py). Faithful
# sentences of eval4, eval11, eval13 and eval14 were rejected so.
_OPENERS = frozenset("without unless together although though despite except excluding including besides unlike "
                     "whereas".split())


def _without_opening(phrase: str, text: str, pool: Pool) -> list[str]:
    """The words of a multi-word name less a common word that opens the sentence before it."""
    words = phrase.split()
    at = text.find(phrase)
    if len(words) < 2 or at < 0 or not _sentence_initial(text, at):
        return words
    first = re.sub(r"'s$", "", words[0]).lower()
    if first in STOPWORDS or first in _OPENERS or first in pool.lower_words:
        words = words[1:]
        while words and words[0][:1].islower():
            words = words[1:]
    return words


def _other_form_anchored(token: str, docs: Sequence[Doc], stems: set[str], anchor: int) -> bool:
    """Whether a cited passage names ``token`` by another form that shares words with the sentence: a place by its
    demonym or name, an acronym by the words it abbreviates (``topline.check.epithets``)."""
    text = " ".join(d.text for d in docs)
    forms = [f for f in place_forms(token) if f != token.lower()] + expansions(token, text) + \
        coined_forms(token, text)
    return any(name_support(f, docs, stems, anchor) == "anchored" for f in forms)


_TITLE_WORDS = frozenset("""president prime minister chief executive economist officer ceo cfo chairman chair founder
secretary governor senator minister analyst director head spokesman spokeswoman spokesperson professor dr mr mrs
ms sir chancellor premier leader general judge ambassador mayor partner strategist""".split())


def _glued_from_names(words: list[str], docs: Sequence[Doc]) -> bool:
    """Whether a name not found whole splits into parts that each appear whole, splitting only where a name ends
    in the cited text (or after a title word): "Allianz Chief Economist Ludovic Subran" is fine,
    "Richard Subran" (Richard Windsor, Ludovic Subran) is not."""
    n = len(words)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(n, i, -1):
            seg = " ".join(words[i:j])
            if not _token_found(seg, docs):
                continue
            last = words[j - 1].lower().rstrip(".")
            if j == n or last in _TITLE_WORDS or any(last in d.name_ends for d in docs):
                ok[j] = True
    return ok[n]


