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
    return ""
