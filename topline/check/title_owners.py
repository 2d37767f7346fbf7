"""Rule: whose officer a person is (seventh round of the claim-support check, issue 10).

A title with a possessor ("Aldgate's chief risk officer, Naomi Pratt") says whom the person works for. A claim that
gives the named person the same title under another owner ("Lindell Capital Markets' chief risk officer, Naomi
Pratt, said ...") puts the words of another company in that person's mouth; every word of it is in the passage
(Lindell arranged the bond), so coverage and the speaker check passed it (eval4, calibration since the sixth round).

The rule reads only "OWNER's TITLE[,] PERSON" on both sides (the title ends in a role noun of ``ROLE_HEADS``). It
rejects when the cited articles give the same person (by surname) a title with an owner, and no such owner shares
a word with the claim's; an article that gives the person no owner ("Chief technology officer Paolo Reyes") is not
judged.
"""
from __future__ import annotations

import re
from typing import Sequence


ROLE_HEADS = ("officer|executive|chief|president|chair|chairman|chairwoman|director|head|minister|economist|analyst|"
              "spokesman|spokeswoman|spokesperson|founder|partner|secretary|governor|manager|lawyer|counsel|"
              "strategist|editor|adviser|advisor")
_OWNED = re.compile(rf"(?P<owner>(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*)(?:'s|’s|'|’)\s+"
                    rf"(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{ROLE_HEADS})),?\s+"
                    rf"(?P<person>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)")
_WORD = re.compile(r"[A-Za-z][A-Za-z&-]*")


def _words(owner: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(owner) if w.lower() not in ("the", "its", "their")}


def title_owner_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's "OWNER's TITLE, PERSON" is not the owner the cited ``sentences`` give that person ("" when it
    is, or when they give none)."""
    text = " ".join(sentences)
    for m in _OWNED.finditer(claim):
        surname = m.group("person").split()[-1]
        owners = [o.group("owner") for o in _OWNED.finditer(text) if o.group("person").split()[-1] == surname]
        if owners and not any(_words(o) & _words(m.group("owner")) for o in owners):
            return f"actor: the cited articles give {m.group('person')!r} as {owners[0]}'s " \
                   f"{m.group('title')}, not {m.group('owner')}'s"
    return office_problem(claim, sentences)


# Which office a person holds (eleventh round, eval9's wrong actors read by reason: "Nadia Brankovic, Pellory's
# chief executive, blamed ..." where the article has "chief financial officer Nadia Brankovic"; "Carla Benedetti,
# the mayor of Orsa" where she is "the regional governor"). A title in apposition to a person names who speaks;
# another office is another person's words. The claim's title is read as "TITLE PERSON" or "PERSON, the/its/
# OWNER's TITLE"; it is judged only when the article gives the same person (by surname) a title (a role noun within
# ``TITLE_WINDOW`` words of a mention), and rejected when the office noun of the claim's title (not a generic
# one: "head", "chief") stands near no mention of that person.
TITLE_WINDOW = 5
OFFICES = ROLE_HEADS + "|mayor|commissioner|prosecutor|judge|scientist|engineer|captain|coach|inspector"
_GENERIC = frozenset("chief head senior deputy acting former new interim the a an its his her their of".split())
_TITLE_PERSON = re.compile(rf"(?<![\w'’])(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{OFFICES})),?\s+"
                           rf"(?P<person>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)")
_PERSON_TITLE = re.compile(rf"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+(?:the|its|his|her|their|"
                           rf"(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*(?:'s|’s|'|’))\s+"
                           rf"(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{OFFICES}))\b")
_OFFICE = re.compile(rf"^(?:{OFFICES})$")


def _distinct(title: str) -> set[str]:
    """The office noun ("officer", "executive", "mayor"), unless it is generic ("head", "chief": "the head of
    Kestrel" is its chief executive). The word before it is not compared: it is as often the owner ("union
    president" for "Its president") as the function ("financial officer"); a first version compared it and
    rejected y0287 of eval5."""
    words = _WORD.findall(title.lower())
    return set() if words[-1] in _GENERIC else {words[-1][:5]}


def office_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the office the claim gives a named person is not one the cited ``sentences`` give them ("" when it is,
    or when they give that person no title)."""
    text = " ".join(sentences)
    tokens = re.findall(r"[A-Za-z][\w'’-]*", text)
    for m in list(_TITLE_PERSON.finditer(claim)) + list(_PERSON_TITLE.finditer(claim)):
        surname = re.sub(r"(?:'s|’s)$", "", m.group("person").split()[-1])
        mine = _distinct(m.group("title"))
        if not mine or surname.lower() in _GENERIC:
            continue
        near: set[str] = set()
        for k, t in enumerate(tokens):
            if re.sub(r"(?:'s|’s)$", "", t) == surname:
                near |= {w.lower() for w in tokens[max(0, k - TITLE_WINDOW):k + TITLE_WINDOW + 1]}
        if not any(_OFFICE.match(w) for w in near):
            continue            # the article gives the person no title: not judged
        if not mine <= {w[:5] for w in near}:
            return f"actor: the cited articles do not give {m.group('person')!r} the title {m.group('title')!r}"
    return ""
