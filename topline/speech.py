"""Verbs of speech and opinion, shared by the ledger (``topline/events/``) and the checker (``topline/check/``).

One table holds each verb's forms; every reader names the verbs it needs and in which forms, so a verb or a form is
added in one place. Readers differ on purpose in which verbs they take: a clause reported by a verb of speech ("said
the plant would close") has its own subject, but only the core verbs of reporting ("say", "tell", "add", "note") are
safe before a name that may be a party ("..., Harnvik said"); verbs of announcing ("announce", "confirm") report an
act of the speaker's own; verbs of opinion ("expect", "believe", "warn") mark a view, not a fact.
"""
from __future__ import annotations

from collections.abc import Iterable

# lemma: (base, third person singular, past (and participle), -ing)
_FORMS: dict[str, tuple[str, str, str, str]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "note": ("note", "notes", "noted", "noting"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "state": ("state", "states", "stated", "stating"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "report": ("report", "reports", "reported", "reporting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "estimate": ("estimate", "estimates", "estimated", "estimating"),
    "expect": ("expect", "expects", "expected", "expecting"),
    "believe": ("believe", "believes", "believed", "believing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "reckon": ("reckon", "reckons", "reckoned", "reckoning"),
    "forecast": ("forecast", "forecasts", "forecast", "forecasting"),
    # in no group below: verbs only some readers take (mend28: the checker's bare speech and subjects, the entity
    # kinds); "write" keeps its simple past, not its participle ("written"), which no reader takes
    "claim": ("claim", "claims", "claimed", "claiming"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "write": ("write", "writes", "wrote", "writing"),
}
REPORTING = ("say", "tell", "add", "note")               # what someone said
ANNOUNCING = ("announce", "state", "confirm", "report")  # a speaker's statement of its own act or of a fact
ARGUING = ("warn", "argue")                              # a view put as speech
OPINION = ("estimate", "expect", "believe", "think", "predict", "reckon", "forecast")   # a view, not a fact

_TENSE = {"base": 0, "third": 1, "past": 2, "ing": 3}


def forms(lemmas: Iterable[str], tenses: Iterable[str] = ("base", "third", "past")) -> tuple[str, ...]:
    """The forms of ``lemmas`` in ``tenses`` (``base``, ``third``, ``past``, ``ing``), in the table's order, each once."""
    picks = [_TENSE[t] for t in tenses]
    out: list[str] = []
    for lemma in lemmas:
        for k in picks:
            word = _FORMS[lemma][k]
            if word not in out:
                out.append(word)
    return tuple(out)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, longer words first so none is cut short by its own prefix."""
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


# The checker's verbs of a report's speaker ("..., Harnvik said", "Harnvik told reporters ..."): the core reporting
# verbs in the forms a report takes after its speaker
SPEAKER_VERBS = forms(("say",), ("third", "past")) + forms(("tell", "add", "note", "warn"), ("past",))
# The ledger's verbs of a name that only speaks ("..., the ministry said", "Harbourview, which announced ..."): a
# name right before one of these is the speaker of an attribution, not a party of the event
SAID_AFTER = forms(("say",), ("third", "past")) + forms(("tell", "add", "note", "announce", "confirm", "report"),
                                                        ("past",))
