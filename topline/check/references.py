"""Who a mention means: references across the sentences of a cited article (issue 10, round after the twentieth).

News prose names an actor once in full and then by other means: a shortened name ("Harwick" for "Harwick Industries
plc"), a description the article attaches to the name ("Aldgate, based in Bermuda", "Reinsurer Aldgate Re", "Vesper
Robotics, a Pittsburgh startup", "Quillon is a bookkeeping company"), a definite description that refers back ("the
chipmaker", "The company"), a pronoun ("It", "Its shares"). The role, subject and frame readings of
``topline.check.support`` compare actors by their spelling within one sentence, so a faithful sentence that names the
actor the way another sentence of the article does was rejected ("'The Bermuda reinsurer' is not who acts", "the cited
articles do not have 'tarn' as who 'said'" against "Tarn, based in San Jose, said").

``article_references(sentences)`` reads an article once (cached by its sentences, like ``doc_for``):

* its actors: capitalised runs of words, a run that is the first words of an earlier longer run being that actor's
  short form;
* what the article states of each actor, in preference to any word list: an apposition after the name ("X, a/an/the
  ... startup", "X, based in Bermuda"), a description right before it ("the airline Skyvard", "Payments company
  Talvik"), a copula ("X is a chipmaker");
* each sentence with its references rewritten to the name they refer to: an apposition cut ("Tarn, based in San
  Jose, said" -> "Tarn said"), "It"/"Its" and a definite description before a verb ("The company has", "after the
  chipmaker forecast") replaced by the actor it refers to: an actor the article describes that way, if exactly one;
  else, for a generic actor noun (``ACTOR_NOUNS``) or a pronoun, the nearest actor named before it (in the sentence,
  else the first actor of the sentences before); "He"/"She" opening a sentence by the actor the sentence before has
  speak ("Chief executive Owen Radley said"), else the one it opens with (support22).

``resolve_claim(claim, refs)`` rewrites the claim the same way: a definite description that exactly one actor of the
cited articles bears ("The Bermuda reinsurer" -> "Aldgate Re"), and in a claim of two sentences a pronoun or "the
company" opening the second one -> the first one's actor. ``support.assess`` reads these only to clear a rejection
made by the role, subject and frame readings alone: the readings are run again on the rewritten claim against the
rewritten articles, and a rejection all of whose readings then pass goes. Regular expressions only: the checker
reads references the same way with or without the optional dependency parse.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Sequence

from topline.check.evidence import STOPWORDS, Doc, stem
from topline.check.roles import IRREGULAR, _norm, frames, lemma
from topline.check.tail_speakers import tail_speaker_named
from topline.speech import SPEAKER_VERBS, alternation, forms

# Nouns that name an actor generically: a definite description with one of these heads ("the company", "the
# chipmaker") refers to the nearest actor named before it when no actor of the article is described by it.
# Written from news prose's usual actor nouns (and roles.ANAPHORIC's); calibrated on the nineteen LOPO parts of
# tests/data/support (bench_support.py --part lopo).
ACTOR_NOUNS = frozenset(
    """company firm group business startup start-up maker chipmaker carmaker automaker drugmaker
lender bank airline carrier operator retailer chain insurer reinsurer utility fund investor developer publisher
supplier provider manufacturer producer miner brewer club team owner landlord builder biotech platform app
broadcaster network""".split()
)
MAX_DESCRIPTION_WORDS = 4  # words of a description before its head ("the Ohio-based chip designer")
_CAP_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w&’'-]*(?:\.(?=\w))?[\w&’'-]*(?:(?<!['’]s)\s+(?:&\s+)?[A-Z][\w&’'-]*)*")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split()
)
_DET = frozenset("the a an".split())
# Head nouns of a person's role: a description ending in one names what the person does, not who the actor is.
_ROLE_HEADS = frozenset(
    """director executive officer chief head manager chair chairman chairwoman president
secretary minister spokesman spokeswoman spokesperson founder analyst economist engineer leader""".split()
)
# Capitalised words that open a sentence and name no one ("Chief executive Helena Sorvino said"): role words.
_NOT_NAMES = frozenset(
    """chief executive finance financial chairman chair president director head analyst analysts
officials investors shares sales revenue profit""".split()
)
_VERB_AFTER = (
    r"(?=\s+(?:(?:has|have|had|will|would|is|are|was|were|said|says|can|could|may|might|must|did|does|"
    r"also|now|still|already|then|later|plans|expects|[a-z]+ed|"
    + "|".join(sorted(w for w in IRREGULAR if w.isalpha()))
    + r")\b|['’]s\s))"
)
_APPOSITION = re.compile(
    r",\s+((?:a|an|the)\s+[^,;.]{2,80}?|(?:based|headquartered|listed)\s+in\s+"
    r"[^,;.]{2,40}?),(?=\s+(?:has\s+|have\s+|had\s+|"
    r"will\s+|would\s+|is\s+|was\s+|also\s+|said\b|says\b|[a-z]+ed\b|[a-z]+s\b))"
)


@dataclass(frozen=True)
class Actor:
    name: str  # the longest form the article writes
    forms: frozenset[str]  # lowercase forms: the name and its short forms
    descriptions: frozenset[str]  # stems of the words the article attaches to the name
    heads: frozenset[str] = frozenset()  # stems of those descriptions' head nouns ("reinsurer", "startup")


@dataclass(frozen=True)
class References:
    actors: tuple[Actor, ...]
    sentences: tuple[str, ...]  # the article's sentences with references rewritten to names


def _runs(sentence: str, lower_words: frozenset[str], known: str = "") -> list[tuple[int, int, str]]:
    """The capitalised runs of a sentence that name someone: (start, end, run without a possessive); a word that
    opens the sentence and that the article writes in lower case too ("Analysts", "The") is no part of a name."""
    out = []
    for m in _CAP_RUN.finditer(sentence):
        words = m.group(0).split()
        start = m.start()
        while words and (
            words[0].lower() in STOPWORDS
            or words[0].lower() in _NOT_NAMES
            or (
                words[0].lower().strip("'’") in lower_words
                or len(words) > 1
                and known.count(" ".join(words[1:])) > known.count(" ".join(words))
            )
            and sentence[:start].strip() == ""
        ):
            start += len(words[0]) + 1
            words = words[1:]
            rest = sentence[start:]
            start += len(rest) - len(rest.lstrip())
        words = [w for w in words]
        if not words or all(w.lower().rstrip(".'’s") in _CALENDAR for w in words):
            continue
        if start == 0 and len(words) == 1 and known.count(words[0]) == 1:
            continue  # "Homeware retailer Marlowe Home": a word that opens a sentence once and never recurs names no one
        text = _POSSESSIVE.sub("", " ".join(words))
        if text.lower() in STOPWORDS or len(text) < 2:
            continue
        out.append((start, start + len(" ".join(words)), text))
    return out


def _content(words: str) -> frozenset[str]:
    return frozenset(
        stem(w.lower())
        for w in re.findall(r"[A-Za-z][\w-]*", words)
        if w.lower() not in STOPWORDS and w.lower() not in _DET
    )


def _descriptions(sentence: str, name: str) -> tuple[set[str], set[str]]:
    """Stems of the words ``sentence`` attaches to ``name`` (an apposition after it, a description right before it,
    a copula), and of their head nouns. A description whose head is a person's role ("Board enforcement director
    Nadia Okwu") says whom the person works for, not what the person is: its other words are left out."""
    out: set[str] = set()
    heads: set[str] = set()

    def add(words: str) -> None:
        head = _head(words)
        if head in _ROLE_HEADS:
            out.add(stem(head))
        else:
            out.update(_content(words))
        if head:
            heads.add(stem(head))

    before = _description_before(name)
    for m in _after_name(_APPOSITION_AFTER, sentence, name):
        if m.group(1):
            add(m.group(1))
        else:
            out.update(_content(m.group(2) or ""))
    for m in before.finditer(sentence):
        words = (m.group(1) or m.group(2)).split()
        if any(
            w.lower() in IRREGULAR or ("-" not in w and w.lower().endswith(("ed", "ing"))) or w.lower() in STOPWORDS
            for w in words
        ):
            continue
        if words[-1].endswith("s") and not words[-1].endswith("ss"):
            continue  # "The offering values Talvik": a verb in "-s", not a description's head
        add(" ".join(words))
    for m in _after_name(_COPULA_AFTER, sentence, name):
        add(m.group(1))
    return out, heads


# A description after a name ("X, a Dutch maker," / "X, based in Bermuda" / "X is a chipmaker"; support39: a
# lowercase possessor between the article and the description is no part of it, "X, the world's seventh-largest
# container line,"): what follows the
# name, compiled once; ``_after_name`` finds the name as a literal at a word boundary and matches these right after it
# (the matches ``re.finditer(r"\b" + re.escape(name) + tail)`` gives, without a pattern compiled per name: issue 14,
# scale23, since support27 every cited article's references are read and compiling was most of that reading).
_APPOSITION_AFTER = re.compile(
    rf"(?:['’]s)?,\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*['’]s\s+)?((?:[\w-]+\s+){{0,{MAX_DESCRIPTION_WORDS}}}?[a-z][\w-]*)"
    rf"(?=\s*(?:,|\.|$|\s+(?:that|which|who|whose|based|in|of|with|from|for|founded|whose)\b))|"
    rf"(?:based|headquartered)\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))"
)
_COPULA_AFTER = re.compile(
    rf"\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,{MAX_DESCRIPTION_WORDS}}}?[a-z][\w-]*)"
    rf"(?=\s*(?:,|\.|$|\s+(?:that|which|who|whose|based|in|of|with|from|for)\b))"
)
_BOUNDARY = re.compile(r"\b")


def _after_name(tail: re.Pattern[str], sentence: str, name: str) -> Iterator[re.Match[str]]:
    """The matches of ``tail`` right after each occurrence of ``name`` at a word boundary, left to right and not
    overlapping, as ``re.finditer(r"\b" + re.escape(name) + tail.pattern, sentence)`` finds them (its groups are the
    tail's)."""
    at = 0
    while True:
        k = sentence.find(name, at)
        if k < 0:
            return
        m = tail.match(sentence, k + len(name)) if _BOUNDARY.match(sentence, k) else None
        if m:
            yield m
            at = m.end()
        else:
            at = k + 1


# Names whose pattern of a description right before them is kept compiled: a pure function of the name, compiled for
# every name of every sentence of every article read, and re's own cache (512 patterns) does not hold an edition's
# names (issue 14, scale23).
DESCRIPTION_PATTERNS = 8192


@functools.lru_cache(maxsize=DESCRIPTION_PATTERNS)
def _description_before(name: str) -> re.Pattern[str]:
    """The pattern of a description right before ``name`` ("the airline Skyvard", "Payments company Talvik")."""
    n = re.escape(name)
    return re.compile(
        rf"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Pp]artner|,)\s+)((?:[a-z][\w-]*\s+){{0,{MAX_DESCRIPTION_WORDS}}}?"
        rf"[a-z][\w-]*)\s+{n}\b|^((?:[A-Z][a-z-]+)(?:\s+[a-z][\w-]*){{0,{MAX_DESCRIPTION_WORDS}}})\s+{n}\b"
    )


def _head(description: str) -> str:
    words = re.findall(r"[A-Za-z][\w-]*", description)
    return words[-1].lower() if words else ""


@functools.lru_cache(maxsize=4096)
def article_references(sentences: tuple[str, ...]) -> References:
    """The actors of an article (title first, then its sentences) and its sentences with references rewritten."""
    lower_words = frozenset(w for s in sentences for w in re.findall(r"(?<![\w'])[a-z][a-z'-]+", s))
    # actors: each run, joined to an earlier longer run it opens ("Harwick" of "Harwick Industries plc")
    names: list[str] = []
    canon: dict[str, str] = {}
    per_sentence: list[list[tuple[int, int, str]]] = []
    known = "\n".join(sentences)
    for s in sentences:
        runs = _runs(s, lower_words, known)
        per_sentence.append(runs)
        for _a, _b, r in runs:
            key = r.lower()
            if key in canon:
                continue
            longer = next((x for x in names if x.lower().startswith(key + " ")), None)
            if longer:
                canon[key] = longer
                continue
            shorter = [x for x in names if key.startswith(x.lower() + " ")]
            names.append(r)
            canon[key] = r
            for x in shorter:  # the short form came first: both forms are the longer name's
                for k, v in list(canon.items()):
                    if v == x:
                        canon[k] = r
                names.remove(x)
    descs: dict[str, set[str]] = {n: set() for n in names}
    heads: dict[str, set[str]] = {n: set() for n in names}
    forms: dict[str, set[str]] = {n: {n.lower()} for n in names}
    for k, v in canon.items():
        forms.setdefault(v, set()).add(k)
    for n in names:
        # a name's own last word, when the article writes it in lower case as a noun ("the bank" for "Pemberton
        # Bank", "the farm" for "Holloway Farm"): that name's head
        last = n.split()[-1].lower()
        if len(n.split()) > 1 and last in lower_words and last not in STOPWORDS:
            descs[n].add(stem(last))
            heads[n].add(stem(last))
    for s, runs in zip(sentences, per_sentence):
        for _a, _b, r in runs:
            words, hs = _descriptions(s, r)
            descs.setdefault(canon[r.lower()], set()).update(words)
            heads.setdefault(canon[r.lower()], set()).update(hs)
    out: list[str] = []
    firsts: list[str] = []  # the first actor named in each sentence, by canonical name
    speakers: list[str] = []  # the actor each sentence has speak ("" when none)
    for i, s in enumerate(sentences):
        rewritten = converse_prizes(
            _rewrite(s, per_sentence[i], canon, descs, heads, firsts, lambda x: _runs(x, lower_words, known), speakers)
        )
        # the actor a sentence has speak: a name right before or after a verb of speech (support22, for "He"/"She")
        speakers.append(
            next(
                (
                    canon[r.lower()]
                    for a, b, r in per_sentence[i]
                    if r.lower() in canon and (_SPEAKS_AFTER.match(s, b) or _SAID_BEFORE.search(s, 0, a))
                ),
                "",
            )
        )
        # what a rewritten description told: "after the chipmaker forecast" read as Arden Chips -> "chipmaker"
        out.append(rewritten)
        # the actor a sentence opens with (its subject), for "It" and "the company" in the sentences after
        firsts.append(
            next(
                (
                    canon[r.lower()]
                    for a, _b, r in _runs(rewritten, lower_words, known)
                    if r.lower() in canon and a == 0
                ),
                "",
            )
        )
    actors = tuple(
        Actor(n, frozenset(forms.get(n, {n.lower()})), frozenset(descs.get(n, set())), frozenset(heads.get(n, set())))
        for n in names
    )
    return References(actors, tuple(out))


# The round after support19 (eval15's i0360, eval16's f0400, eval17's b0279): a prize told by where it went ("the
# women's title went to Keiko Tanaka from Japan", "The individual title went to Ruby Oates, 15,") names its winner as
# the object of "to"; a claim says "Keiko Tanaka won the women's title". The sentence gets that clause of its own
# (as an apposition does), so the role and subject readings find the winner acting. Only what a contest gives.
PRIZE_NOUNS = frozenset("title prize award trophy medal cup crown championship contract order".split())
_WENT_TO = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<what>(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+))\s+went\s+to\s+"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def converse_prizes(s: str) -> str:
    """``s`` with "<who> won the <what>" added for each "the <what> went to <who>" whose head is a prize."""
    told = [
        f"{m.group('who')} won the {m.group('what')}" for m in _WENT_TO.finditer(s) if m.group("noun") in PRIZE_NOUNS
    ]
    return s.rstrip(" .") + "; " + "; ".join(told) + "." if told else s


# a name right before one of the checker's verbs of a report's speaker is its speaker ("Chief executive Owen Radley
# said", "Radley warned"), and so is one right after "said" or "says" ("..., said Radley")
_SPEAKS_AFTER = re.compile(rf"\s+(?:{alternation(SPEAKER_VERBS)})\b")
_SAID_BEFORE = re.compile(rf"\b(?:{alternation(forms(('say',), ('third', 'past')))})\s+$")
_REFERRING = re.compile(
    rf"^(?P<he>He|She)\b(?=\s)|\b(?P<it>[Ii]t|[Ii]ts)\b(?=\s)|\b(?P<det>[Tt]he)\s+(?P<desc>(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<head>[a-z][\w-]*))(?P<own>['’]s)?{_VERB_AFTER}"
)


def _rewrite(
    s: str,
    runs: list[tuple[int, int, str]],
    canon: dict[str, str],
    descs: dict[str, set[str]],
    heads: dict[str, set[str]],
    firsts: Sequence[str],
    runs_of: Callable[[str], list[tuple[int, int, str]]],
    speakers: Sequence[str] = (),
) -> str:
    # an apposition after a name, before the verb, is said of the name in a clause of its own ("Tarn, based in San
    # Jose, said" -> "Tarn said ...; Tarn is based in San Jose"): the verb gets its subject back, nothing is lost
    told = []
    for _a, b, r in reversed(runs):
        at = b + 2 if s[b : b + 3] in ("'s,", "’s,") else b
        m = _APPOSITION.match(s, at)
        if m and at < len(s) and s[at] == ",":
            told.append(f"{r} is {m.group(1).strip()}")
            s = s[: m.start()] + s[m.end() :]
    if told:
        s = s.rstrip(" .") + "; " + "; ".join(told) + "."
    runs = [r for r in runs_of(s) if r[2].lower() in canon]
    pieces, at = [], 0
    for m in _REFERRING.finditer(s):
        before = [canon[r.lower()] for a, _b, r in runs if a < m.start()]
        who = ""
        if m.group("he"):
            # support22: "He"/"She" opening a sentence is the person the sentence before has speak ("Chief executive
            # Owen Radley said ...", then "He did not expect to cut jobs"), else the actor it opens with ("Ellen
            # Thwaite, 19, has become ...", then "She ploughed with ...")
            who = (speakers[-1] if speakers else "") or (firsts[-1] if firsts else "")
        elif m.group("it"):
            if m.start() != 0:
                continue  # "it" inside a clause: who it is, is not read
            who = firsts[-1] if firsts else ""  # the subject of the sentence before, when it is a name
            if who and m.group("it").lower() == "its":
                who += "'s"
        else:
            words = _content(m.group("desc"))
            head = m.group("head").lower()
            fitting = [n for n, d in descs.items() if words and words <= d and stem(head) in heads.get(n, ())]
            if len(fitting) == 1:
                who = fitting[0]
            elif not fitting and head in ACTOR_NOUNS and m.group("desc").islower():
                # a generic description ("the company", "the chocolate maker"); one with a capitalised modifier ("The
                # Conservative group") is read only by what the article states
                # the actor the sentence opens with, named before the description ("Arden Chips shares fell after
                # the chipmaker forecast"), else the one the sentence before opens with
                who = (
                    before[0]
                    if before and before[0] == (runs[0][2] and canon[runs[0][2].lower()]) and runs[0][0] == 0
                    else (firsts[-1] if firsts else "")
                )
            if who:
                descs.setdefault(who, set()).update(words)
                heads.setdefault(who, set()).add(stem(head))
                who += m.group("own") or ""
        if not who:
            continue
        pieces.append(s[at : m.start()])
        pieces.append(who)
        at = (
            m.end("own")
            if m.group("own")
            else m.end("desc")
            if m.group("desc")
            else m.end("he" if m.group("he") else "it")
        )
    pieces.append(s[at:])
    return "".join(pieces)


_CLAIM_THE = re.compile(r"\b[Tt]he\s+")
_CLAIM_WORD = re.compile(r"([\w-]+)(['’]s)?")


def _descriptions_named(s: str, actors: Sequence[Actor]) -> str:
    """``s`` with the definite description that opens it replaced by the name of the one actor that bears it, the
    longest description first ("The photo-sharing app", not "The photo-sharing")."""
    pieces, at = [], 0
    for the in _CLAIM_THE.finditer(s):
        if the.start() != 0:
            break  # the description that opens the sentence (its subject) only: one inside a phrase
            #                       ("The southern part of the reef") is no actor, and a name put there would count
            #                       for the subject's words (eval9's o0262)
        words: list[re.Match[str]] = []
        k = the.end()
        while len(words) < MAX_DESCRIPTION_WORDS:
            w = _CLAIM_WORD.match(s, k)
            if not w:
                break
            words.append(w)
            if w.group(2):
                break  # "The homeware chain's": the possessor ends the description
            k = w.end() + (len(s[w.end() :]) - len(s[w.end() :].lstrip(" ")))
        for n in range(len(words), 0, -1):
            head = words[n - 1].group(1)
            if not head[:1].islower():
                continue
            desc = _content(" ".join(w.group(1) for w in words[:n]))
            fitting = {a.name for a in actors if desc and desc <= a.descriptions and stem(head.lower()) in a.heads}
            if len(fitting) == 1:
                pieces.append(s[at : the.start()])
                pieces.append(fitting.pop() + (words[n - 1].group(2) or ""))
                at = words[n - 1].end()
                break
    pieces.append(s[at:])
    return "".join(pieces)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_OPENING_REFERENCE = re.compile(r"^(?:It|Its|The\s+(?:company|group|firm))\b")


def claim_sentences(claim: str) -> list[str]:
    return [x for x in _SENTENCE_END.split(claim.strip()) if x]


def resolve_claim(claim: str, actors: Sequence[Actor], tails: bool = False) -> list[str]:
    """The claim's sentences with its references rewritten to names: a definite description that exactly one actor
    bears, and a pronoun or "the company" that opens a later sentence of the claim -> the first sentence's actor;
    with ``tails`` (clearing only, support39) a trailing speaker's description too ("..., the payments processor
    said": a name put there could be rejected where the description was not, eval10's h0164)."""
    out: list[str] = []
    first = ""
    for k, s in enumerate(claim_sentences(claim)):
        if k and first:
            m = _OPENING_REFERENCE.match(s)
            if m:
                own = m.group(0) == "Its"
                s = (first + ("'s" if own else "")) + s[m.end() :]
        s = _descriptions_named(s, actors)
        if tails:
            s = tail_speaker_named(s, actors, _content, stem)
        if k == 0:
            run = next(
                (
                    r
                    for r in re.findall(r"(?<![\w'’-])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*", s)
                    if r.split()[0].lower() not in STOPWORDS
                ),
                "",
            )
            first = run
        out.append(s)
    return out


# A phrase of the claim that the cited sentences say only under a negation ("did not expect a material effect on its
# results" for "would have a material effect on its results"), or the reverse. Read before a rejection is cleared by
# references: the subject reading had caught such a sentence only because it could not read who spoke (eval5's
# y0045), and a reference read must not let it through.
NEGATION_REACH = 4  # tokens before a phrase in which a negator negates it (same clause)
_NEGATORS = frozenset("not n't no never without none neither nor".split())
_PHRASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:]")


def _phrases(text: str) -> dict[tuple[str, str], list[bool]]:
    """Each pair of adjacent content words of ``text`` -> whether each occurrence is negated."""
    toks = [t.lower() for t in _PHRASE_TOKEN.findall(text)]
    out: dict[tuple[str, str], list[bool]] = {}
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if not (a.isalpha() and b.isalpha()) or a in STOPWORDS or b in STOPWORDS or len(a) <= 2 or len(b) <= 2:
            continue
        before = []
        for t in reversed(toks[max(0, k - NEGATION_REACH) : k]):
            if t in ",;:":
                break
            before.append(t)
        out.setdefault((stem(a), stem(b)), []).append(any(t in _NEGATORS or t.endswith("n't") for t in before))
    return out


def negated_phrase(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim affirms a phrase its cited sentences only negate, or the reverse ("" when not)."""
    theirs: dict[tuple[str, str], list[bool]] = {}
    for s in sentences:
        for k, v in _phrases(s).items():
            theirs.setdefault(k, []).extend(v)
    for k, v in _phrases(claim).items():
        if k in theirs and len(set(v)) == 1 and set(theirs[k]) == {not v[0]}:
            how = "negates" if v[0] else "affirms"
            return f"direction: the sentence {how} '{' '.join(k)}' where its cited passage says the opposite"
    return ""


def resolved_doc(d: Doc) -> Doc:
    """``d`` with its sentences' references rewritten to the names they refer to. The words of each sentence stay the
    article's own (``sentence_stems``): a name put for "the bank" tells who acts, it adds nothing to what the sentence
    says they did (the subject rule's predicate share; eval14's c0106, "The Financial Appeals Tribunal fined Pemberton
    Bank", passed when "Pemberton" counted for the predicate)."""
    sents = article_references(d.sentences).sentences
    return d if sents == d.sentences else _resolved(d, sents)


@functools.lru_cache(maxsize=4096)
def _resolved(d: Doc, sents: tuple[str, ...]) -> Doc:
    text = "\n".join(sents)
    return replace(d, sentences=sents, sentences_lower=tuple(x.lower() for x in sents), text=text, lower=text.lower())


def references_clear(
    claim: str,
    docs: Sequence[Doc],
    passage: Any,
    passage_in: Callable[[Doc, Any], Any],
    readings_pass: Callable[[str, Any, Sequence[Doc]], bool],
) -> bool:
    """Whether ``readings_pass`` holds once references are read: for each sentence of the claim, its descriptions and
    pronouns rewritten to the actor of the cited articles they fit, against the cited articles with theirs rewritten
    (``passage_in(doc, passage)``: the same sentences of the rewritten doc)."""
    rdocs = [resolved_doc(d) for d in docs]
    actors = [a for d in docs for a in article_references(d.sentences).actors]
    rp = passage_in(rdocs[list(docs).index(passage.doc)], passage)
    if rp is None:
        return False
    parts = resolve_claim(claim, actors, tails=True)
    if rdocs == list(docs) and parts == [claim]:
        return False  # nothing read differently: the readings would say the same
    return all(readings_pass(c, rp, rdocs) for c in parts)


# support27: the same reading the other way. A claim whose agent the cited articles give an act only under a
# description or a pronoun ("The union is demanding a 9% rise; Maren has offered 5%" after "the Harbour Workers Union
# and port operator Maren Terminals"): the role reading abstains on a description, which may be the claim's actor;
# read with the article's references rewritten to the names they stand for, another named actor holds the act.
RESOLVED_REJECT = True
_AGENT_WHY = re.compile(r"^unsupported: the cited articles (?:do not have .* as who |have .*, not )")


def references_reject(claim: str, docs: Sequence[Doc], reading: Callable[[str, Sequence[Doc]], str]) -> str:
    """The agent rejection ``reading(claim, docs)`` makes once the claim's and the cited articles' references are
    rewritten to the names they stand for ("" when nothing is read differently, or the reading passes)."""
    if not RESOLVED_REJECT:
        return ""
    parts = resolve_claim(claim, [a for d in docs for a in article_references(d.sentences).actors])
    # the claim's own apposition cut as the articles' are ("X, a Dutch maker, has"); only a part with a frame whose
    # agent is named and direct can be rejected (``_named_in_another_role``), so only those are read, and the
    # articles' references are rewritten only when one is left (issue 14, scale23: a claim the frame rule passed
    # read them for every cited article)
    cut = [c for c in (_APPOSITION.sub("", c) for c in parts) if _direct_named(c)]
    if not cut:
        return ""
    rdocs = [resolved_doc(d) for d in docs]
    if rdocs == list(docs) and parts == [claim]:
        return ""
    sentences = [x for d in rdocs for x in d.sentences]
    for c in cut:
        why = reading(c, rdocs)
        verb = _WHY_VERB.search(why)
        if _AGENT_WHY.match(why) and verb and _named_in_another_role(c, verb.group(1), sentences):
            return why
    return ""


_WHY_VERB = re.compile(r"(?:as who |, not '[^']*', )'([a-z]+)'")


def _direct_named(claim: str) -> bool:
    """Whether a frame of ``claim`` has its agent named and direct: the only frames ``_named_in_another_role`` reads."""
    return any(f.head_names and f.direct for f in frames(claim))


def _named_in_another_role(claim: str, verb: str, sentences: Sequence[str]) -> bool:
    """Whether a cited sentence gives the claim's ``verb`` to another named actor and names the claim's actor
    in it too, in another role ("Varenne Group has agreed to buy Tessin Hydraulik" for "Tessin Hydraulik has agreed
    to buy ..."): the passage tells who acts and who does not."""
    for f in frames(claim):
        if not f.head_names or not f.direct or f.verb != verb:
            continue   # (the frame the rejection is about, its agent named, not "the Toronto-listed company")
        for x in sentences:
            names = {_norm(w) for w in _CAPITALISED.findall(x)}
            first = _CAPITALISED.match(x)
            opener = _norm(first.group(0)) if first and not first.group(0).endswith(("'s", "’s")) else ""
            # (the other actor opens the sentence, as its subject, not as a possessor: a reference read inside a
            # clause, "Zambia's mines ministry revoked ..., saying the company had failed", is not sure enough)
            if f.head_names <= names and any(
                lemma(f.verb) == lemma(g.verb) and opener in g.agent_names and not f.head_names & g.agent
                for g in frames(x)
            ):
                return True
    return False


_CAPITALISED = re.compile(r"[A-Z][\w&'’-]*")
