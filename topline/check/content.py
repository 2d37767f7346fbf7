"""Rule: content-free sentences (part of the claim-support check, ``topline.check.support``).

A sentence that says nothing is never published, whatever its sources: placeholders and ellipses, "N/A", "No
information", "Lorem ipsum", a fragment with fewer than ``MIN_TERMS`` content words and no name or figure, and
(since the sixth round) output cut off mid-clause: a sentence with no final punctuation that ends on a word that
cannot end one (an article, a preposition, a conjunction, an auxiliary: "... said companies could not treat public
posts as"). Also the claim's content words (``terms``) and names (``NAME``) the other rules read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from topline.check.evidence import BLANK, STOPWORDS, clean, stem
from topline.check.figure_words import figure_word
from topline.check.idioms import IDIOM_WORDS, idiom_word
from topline.enrich.figures import extract_figures
from topline.speech import alternation, forms

MIN_TERMS = 2                # fewer content words than this: a fragment

WORD = re.compile(r"[A-Za-z][A-Za-z']*|\d+(?:[.,]\d+)*")

# Placeholders and boilerplate: a sentence that is only this says nothing.
_PLACEHOLDER = re.compile(
    r"^\W*(?:\.{2,}|…|n/?a|none|null|nil|tbd|tba|todo|unknown|no (?:information|data|details|summary|content|"
    r"comment|update)s?(?: (?:is |are )?(?:available|provided|given))?|not (?:available|applicable|provided)|"
    r"information (?:not|un)available|lorem ipsum.*|placeholder.*|insert .*|\[.*\]|<.*>|\{.*\}|"
    r"(?:sentence|headline|title|summary|paragraph|text|point|bullet)\s*\d*|summary|headline|title)\W*$",
    re.IGNORECASE)
_PLACEHOLDER_ANY = re.compile(r"lorem ipsum|\bTODO\b|\bTBD\b|\bplaceholder\b|\[insert|<insert|\{\{|\}\}|"
                              r"^\W*(?:\.\s*){3,}|\.\.\.\s*$|…\s*$", re.IGNORECASE)

@dataclass(frozen=True)
class Term:
    word: str        # lowercase as written
    stem: str
    start: int       # offset in the claim
    loose: bool = False   # counted by the share when its passage has it, never against (as ``RELATION_WORDS``):
    #                       a cardinal in words, a "take part", a "come to" a figure (``figure_words``, ``idioms``;
    #                       support44)


# The unit of a difference of percentages ("3.3 percentage points"): part of the figure, not words a passage must
# carry (eighth round: eval6's computed differences were rejected for "percentage" and "points").
_POINTS = re.compile(r"(?<=\d)\s+(?:percentage|basis)\s+points?\b|\bpercentage\s+points?\b", re.IGNORECASE)


# Twelfth round: the words in which news prose relates figures, not facts a passage must carry. A writer who
# restates or computes a figure wraps it in them ("roughly", "more than twice as many", "fewer than half of", "on
# average", "almost doubled" keeps "doubled"); the figure rules judge the figure and the relation (rounding with the
# hedge's side, computed differences, sums, shares and averages), the direction rules the comparison. The coverage
# counts such a word when the passage has it and never against the sentence (``support._coverage``): a first
# version left them out of every sentence's words, which lowered the coverage of sentences whose passage has them
# (eval7 u0289 "less than five minutes", eval8 r0351 "an average of 8.4 days") and passed a SmolLM2 claim whose only
# missing word was "total" and a planted "third quarter" (an ordinal, not a fraction): "total", "third" and "fifth"
# are not in the list. Nor are "much" and "many": "twice as much as" states a comparison whose direction the passage
# must carry (the second version passed eval5's planted y0082, "Orca-4 costs twice as much as its predecessor").
RELATION_WORDS = frozenset("""nearly almost roughly approximately around times half fewer less average even still
well ago number""".split())


def terms(text: str) -> list[Term]:
    """The claim's content words, in order (stopwords, template words, digits, the unit "percentage points" and
    blanked spans out)."""
    out = []
    text = _POINTS.sub(lambda m: " " * len(m.group(0)), text)
    for m in WORD.finditer(text):
        w = m.group(0).lower().strip("'-")
        if len(w) <= 2 or w in STOPWORDS or w[0].isdigit() or BLANK in w:
            continue
        out.append(Term(w, stem(w), m.start(), figure_word(w) or (w in IDIOM_WORDS and idiom_word(text, m.start()))))
    return out


def content_free(text: str) -> str:
    """Why a sentence says nothing ("" when it says something): a placeholder, an ellipsis, boilerplate, or a
    fragment with fewer than ``MIN_TERMS`` content words and no name or figure."""
    t = clean(text).strip()
    if not t or _PLACEHOLDER.match(t) or _PLACEHOLDER_ANY.search(t):
        return "placeholder: the sentence is a placeholder or an ellipsis"
    if len(terms(t)) < MIN_TERMS and not has_name(t) and not re.search(r"\d", t) and \
            not extract_figures(t):
        return "placeholder: a fragment with no claim"
    if truncated(t):
        return "placeholder: the sentence is cut off mid-clause"
    if bare_speech(t):
        return "placeholder: a speaker with nothing said"
    return ""


# A speaker and a reporting verb with nothing reported: "Chief Executive Sarah Whitcombe said." (eval8, a real
# SmolLM2 output that passed, its speaker named in the cited article). The verb closes the sentence, with at most a
# day after it, and what comes before is a plain subject: no clause word or auxiliary ("... after the deal was
# announced.", "a game it had not announced.", "Kestrel Aero said no failures had been reported." say something).
# Passives ("Cuts were announced.") state an event and are left to the support rules; verbs that double as plural
# nouns ("states", "reports", "notes") are left out ("... in 41 states."): say in every tense, tell and add in the third
# person and the past, the others in the past only.
_BARE_VERBS = forms(("say",)) + forms(("tell", "add"), ("third", "past")) + \
    forms(("state", "announce", "explain", "confirm", "comment", "report"), ("past",))
_BARE_SPEECH = re.compile(
    rf"^(?P<who>[^,;:\"“”()]+?)\s+(?:{alternation(_BARE_VERBS)})"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|ruling|filing|report|"
    r"interview|note|letter|post|release))?"   # "The regulator said in a ruling on Thursday." (sixteenth round)
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|earlier|later))?\s*[.!]?\s*$")
_CLAUSE_WORDS = frozenset("""after before since when while that which who whom whose if because as until than had has
have was were is are be been being not never no it they he she we this these those what how why where will would
can could may might must should""".split())


def bare_speech(text: str) -> bool:
    """Whether ``text`` is a subject and a reporting verb with nothing said ("The company said.")."""
    m = _BARE_SPEECH.match(text.strip())
    return bool(m) and not (set(re.findall(r"[a-z']+", m.group("who").lower())) & _CLAUSE_WORDS)


def has_name(text: str) -> bool:
    for n in NAME.finditer(text):
        first = n.group(0).split()[0]
        if n.start() == 0 or re.search(r"[.!?:;]\s*$", text[:n.start()]):
            if first.lower() in STOPWORDS or len(n.group(0).split()) == 1:
                continue          # a capitalised first word is a name only when more capitals follow
        return True
    return False


NAME = re.compile(r"(?<![\w'])(?:[A-Z][\w&'-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w&'-]*|of|de|and|&)){0,4}")


# Words that cannot end an English sentence or headline: a sentence with no final punctuation ending on one was cut
# off (a model's output truncated at its token limit, a scraped line broken mid-clause). General English closed
# classes (articles, possessive determiners, prepositions and conjunctions that need what follows), not words of
# the labelled set. Words that may end a clause are left out ("the week before", "voted against", "voted for",
# "ever since", "moved in", "as it may", "told her"): a computed signal title has no final punctuation, and one
# ending "none the week before" was read as cut off when the list held "before" (found at the sixth round's merge).
_OPEN_ENDINGS = frozenset("""a an the as of to than with from into onto upon between among via per including such
which whose whom very its their my our your and or nor but because whereas although will would can could shall
must""".split())
_END_PUNCT = re.compile(r"""[.!?…:;)\]"'”’]\s*$""")


# Sixteenth round: a preposition right after a figure with nothing after it ("Shares of Orrin Bank fell 11% on",
# eval7's planted u0429) is cut off too: "on", "in", "at" may end a clause ("moved in"), but after a figure they
# open the date, place or cause that the figure's clause goes on to give.
_FIGURE_THEN_OPEN = re.compile(r"(?:\d%?|\bper\s+cent|\bpercent)\s+(?:on|in|at|by|for|over|after|before|since|from|"
                               r"to|amid|despite)\s*$", re.IGNORECASE)


def truncated(text: str) -> bool:
    """Whether ``text`` stops mid-clause: no final punctuation and a last word in ``_OPEN_ENDINGS``, or a
    preposition right after a figure."""
    t = text.strip()
    if not t or _END_PUNCT.search(t):
        return False
    last = re.findall(r"[\w'$€£%]+", t[-30:])
    return bool(last) and (last[-1].lower() in _OPEN_ENDINGS or bool(_FIGURE_THEN_OPEN.search(t)))
