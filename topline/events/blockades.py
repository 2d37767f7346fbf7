"""A blockade as an incident (issue 12, events28): people who block the way into a site ("Hundreds of residents
blocked the entrance to a brewery of X", "Protesters blockaded a brewery", "truck drivers blocked the approaches to
the World Trade Bridge") do it TO the site's owner or the crossing, as a strike is done to an employer. Read from
the verb and its grammatical roles: the verb of blocking in the past, its object a way in or a site (not "blocked
the deal", "blocked the app": a regulator's or a firm's act), its subject people told in common words (a plural
common noun by the spaCy parse, extra ``[parse]``; not a name: "Apple blocked the port" is no blockade). Without the
parse, no blockade is read."""
from __future__ import annotations

import re

# The verb and its object: a way in, a road, a crossing, or a site (the site nouns of ``incidents._WORKS`` and a few
# kinds of plant).
BLOCKADE_WORDS = r"(?:blocked|blockaded|barricaded)(?=\s+(?:the|a|an|its|their)?\b)"
# (not roads or motorways: "tractors blocked roads around the Parliament" tells a protest's setting, not a site's
# way in; read on eval-agri)
_SITE = re.compile(r"entrances?|approach(?:es)?|access|bridges?|crossings?|gates?|ports?|"
                   r"terminals?|depots?|warehouses?|refiner(?:y|ies)|mines?|plants?|factor(?:y|ies)|brewer(?:y|ies)|"
                   r"mills?|yards?")


def blockade(word: str) -> bool:
    """``word`` (an incident word as written) is a verb of blocking."""
    return word in ("blocked", "blockaded", "barricaded")


def by_people(s: str, start: int) -> bool:
    """The verb of blocking at ``start`` has people told in common words as its subject ("Hundreds of residents of
    Celaya", "Protesters in the central Mexican city", "Mexican truck drivers"): by the parse, its subject is a plural
    common noun, or a number or "hundreds" whose "of" names one."""
    from topline.check.parse import _nlp
    from topline.events.attackers import _opening

    nlp = _nlp()
    if nlp is None:
        return False
    verb = next((t for t in _opening(nlp, s) if t.idx == start), None)
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and _SITE.fullmatch(c.lower_)
                                                      for c in verb.children):
        return False   # the object's head must be the way in or the site ("blocked the plant sale": a sale)
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.tag_ == "NNS" and subj.pos_ == "NOUN":
            return True
        of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if subj.pos_ in ("NUM", "NOUN") and any(g.tag_ == "NNS" and g.pos_ == "NOUN" for g in of):
            return True
    return False


def blocked_site(s: str, m: re.Match[str], who: list) -> object | None:
    """A blockade's organisation: the first name in the words after the verb, before the clause ends ("blocked the
    entrance to a brewery of Cervecería Peñablanca", "the approaches to the World Trade Bridge"), not the blockaders'
    town; None for any other incident word."""
    if not blockade(m.group("kind")):
        return None
    end = re.search(r"[,;]|\s(?:on|early|late|as|while|after|demanding|accusing)\b|$", s[m.end():])
    stop = m.end() + (end.start() if end else 0)
    named = [x for x in who if m.end() < x.start < stop]
    # a name modifying the site's noun ("the Harwick cannery of Solvane Foods") names the site, not its owner
    return next((x for x in named if not _MODIFIES.match(s, x.end)), named[0] if named else None)


_MODIFIES = re.compile(r"\s+(?!(?:of|in|at|on|and|near|for|to|by)\b)[a-z]")
