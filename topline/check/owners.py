"""Rule: whose a title, a figure or an act is (issue 10, support33), read over every sentence the claim cites.

``owner_problem(claim, docs)`` runs, in order:

* ``title_owners.title_owner_problem`` (seventh and eleventh rounds: "OWNER's TITLE, PERSON" and the office a person
  holds) on the cited sentences as written, then on the sentences with their references read
  (``references.article_references``: "Its chief executive, Jonas Ekberg" is Velanet's where "Its" stands for
  Velanet);
* ``described_owner_problem``: a title whose owner the article gives by a description ("The bank's chief operating
  officer, Nadia Brooks", "The authority's chair, Marta Lindqvist") against the claim's named owner ("Nadia Brooks,
  Sable AI's chief operating officer"): the claim's owner must be one the article names with that noun ("Caldera
  Bank", "the photo-sharing app Pellucid", "Pellucid, a ... app");
* ``title_of_another``: a claim's "OWNER's TITLE" the article gives to another person ("Harriet Vale, Ferrule's
  publisher" where "Ferrule's publisher, Dan Cole" and Harriet Vale chairs the judges); ``office_of_another`` the
  same for an office of two words with no owner ("Finance minister Elena Dravic" where she is prime minister);
* ``unowned_title_problem``: "Chief executive Harriet Vane said" is the officer of the actor the article is about,
  not of another actor it names ("Harriet Vane, Tamsworth's chief executive");
* ``figure_owners.figure_owner_problem``: a figure the cited sentence states of another piece of itself;
* ``stretches.stretch_problem``: a figure the cited sentences give for another stretch of the year (a half, nine
  months, another quarter);
* ``swaps.swap_problem``: the two named parties of an act the other way round (on the sentences as written, then
  with their references read: appositions cut, "it" put for its name);
* ``speakers.speaker_problem``: a report the cited articles give to another named person;
* ``described_speakers.described_speaker_problem`` (support43): a statement the claim gives to a party it describes,
  "The regulator said ...", that the cited sentence gives to another party the article has the described one act on
  ("The energy regulator fined Voltmere ...", "Voltmere said ...");
* ``standings.place_problem``: a competitor's place ("finished second") the cited articles give otherwise.

Planted wrong actors of the first three shapes passed every who-acts reading (the titles are appositions, the verb
is "said", the speaker is named right).
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import Doc
from topline.check.figure_owners import figure_owner_problem
from topline.check.references import article_references
from topline.check.stretches import stretch_problem
from topline.check.speakers import speaker_problem
from topline.check.described_speakers import described_speaker_problem
from topline.check.standings import place_problem
from topline.check.swaps import swap_problem
from topline.check.title_owners import ROLE_HEADS, title_owner_problem

# Nouns so general that "the company's chief executive" may be any company's: not judged.
GENERIC_OWNERS = frozenset("company firm group business organisation organization".split())
_OWNER = r"(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:'s|’s|'|’)"
_PARTICLE = r"(?:(?:de|van|von|der|den|da|di|du|le|la|al|bin)\s+)*"   # "Sanne de Vries"
_PERSON = rf"(?P<person>(?:[A-Z][\w'’-]+\s+{_PARTICLE}){{0,2}}[A-Z][\w'’-]+)"
_HEADS = ROLE_HEADS + "|publisher|coach|captain|mayor|conductor|adjudicator|judge|curator|organiser|organizer"
# "OWNER's TITLE, PERSON" and "PERSON, OWNER's TITLE" (a person of two or three names: "Nadia Brooks")
_OWNED = (re.compile(rf"{_OWNER}\s+(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{_HEADS})),?\s+{_PERSON}"),
          re.compile(rf"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+{_OWNER}\s+"
                     rf"(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{_HEADS}))\b"))
# "The bank's chief operating officer, Nadia Brooks": the owner told by a description
_DESCRIBED = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?P<noun>[a-z]+)(?:'s|’s)\s+"
                        rf"(?P<title>(?:[a-z-]+\s+){{0,3}}(?:{ROLE_HEADS})),?\s+{_PERSON}")


def _titles(text: str) -> list[tuple[str, str, str, str]]:
    """Each "OWNER's TITLE, PERSON" of ``text`` (either order): owner, title, person, the person's surname."""
    return [(m.group("owner"), m.group("title"), m.group("person"), m.group("person").split()[-1])
            for pattern in _OWNED for m in pattern.finditer(text)]


def _names_with(owner: str, noun: str, text: str) -> bool:
    """Whether ``text`` gives the name ``owner`` the noun ``noun``: as its last word ("Caldera Bank"), right before it
    ("the app Pellucid", "the photo-sharing app Pellucid") or in an apposition ("Pellucid, a photo-sharing app")."""
    o = r"\s+".join(re.escape(w) for w in owner.split())
    n = rf"{re.escape(noun)}s?"
    return bool(re.search(rf"\b{o}\s+{n}\b|\b{n}\s+(?:[\w-]+\s+)?{o}\b|"
                          rf"\b{o}(?:'s|’s)?,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}{n}\b", text, re.IGNORECASE))


def described_owner_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's named owner of a person's title is not the one the cited ``sentences`` describe ("the bank's
    chief operating officer, Nadia Brooks") - "" when it may be, or when they describe none."""
    text = " ".join(sentences)
    for owner, _title, person, surname in _titles(claim):
        for d in _DESCRIBED.finditer(text):
            noun = d.group("noun")
            if d.group("person").split()[-1] != surname or noun in GENERIC_OWNERS or \
                    noun in owner.lower().split():
                continue
            if not _names_with(owner, noun, text) and not _names_with(owner.split()[0], noun, text):
                return f"actor: the cited articles give {person!r} as the {noun}'s {d.group('title')}, " \
                       f"not {owner}'s"
    return ""


def title_of_another(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's "OWNER's TITLE" for a person is another person's in the cited ``sentences`` ("" when they give
    it to that person, or to no one)."""
    theirs = _titles(" ".join(sentences))
    for owner, title, person, surname in _titles(claim):
        words = set(owner.lower().split())
        holders = {s for o, t, _p, s in theirs if words & set(o.lower().split()) and t.lower() == title.lower()}
        if holders and surname not in holders:
            return f"actor: the cited articles give {owner}'s {title} as {sorted(holders)[0]}, not {person}"
    return ""


# "Chief executive Harriet Vane said ...": a title with no owner, opening its sentence, is the officer of the actor the
# article is about (the actor most of its sentences name: the first actor of the headline was tried and rejected a
# faithful row of eval20 whose headline opens with a storm's name).
_UNOWNED = re.compile(rf"^(?P<title>[A-Z][a-z-]*(?:\s+[a-z-]+){{0,3}}?\s+(?:{_HEADS}))\s+{_PERSON}")


def unowned_title_problem(claim: str, docs: Sequence[Doc]) -> str:
    """Why the claim's owner of a person's title is not the actor a cited article is about, where that article
    gives the person the title with no owner at the start of a sentence ("" when it is, or when unsure)."""
    for owner, _title, person, surname in _titles(claim):
        words = set(owner.lower().split())
        for d in docs:
            actors = article_references(d.sentences).actors
            if not actors or not d.sentences:
                continue
            # the actor the article is about: the one most of its sentences name (the first on a tie)
            main = max(actors, key=lambda a: sum(any(re.search(rf"\b{re.escape(f)}\b", x) for f in a.forms)
                                                 for x in d.sentences_lower))
            for s in d.sentences[1:]:
                m = _UNOWNED.match(s)
                if m is None or m.group("person").split()[-1] != surname or owner.lower() in s.lower():
                    continue
                if words & {w for f in main.forms for w in f.split()}:
                    continue
                if any(words & set(a.name.lower().split()) for a in actors if a is not main):
                    return f"actor: the cited article gives {person!r} as {main.name}'s {m.group('title').lower()}, " \
                           f"not {owner}'s"
    return ""


# "Finance minister Elena Dravic" where the article's finance minister is Teodor Vasic and Elena Dravic its prime
# minister: an office of two or more words (the qualifier tells the office: "finance minister" / "prime minister",
# "education secretary" / "general secretary") that the cited sentences give to another person and never to the
# claim's.
_OFFICE = rf"(?P<title>(?:[A-Za-z-]+\s+){{1,3}}?(?i:{_HEADS}))"
_OFFICE_FORMS = (re.compile(rf"(?<![\w'’]){_OFFICE},?\s+{_PERSON}"),
                 re.compile(rf"{_PERSON},\s+(?:the|a|an)\s+{_OFFICE}\b"))
_NOT_QUALIFIERS = frozenset("the a an its his her their our and of in at for to by with said says".split())


def _offices(text: str) -> list[tuple[str, str, str]]:
    """Each "OFFICE PERSON" / "PERSON, the OFFICE" of ``text``: the office's last two words (lower case), the
    person, the person's surname."""
    out = []
    for pattern in _OFFICE_FORMS:
        for m in pattern.finditer(text):
            words = m.group("title").lower().split()[-2:]
            if words[0] not in _NOT_QUALIFIERS and not words[0].endswith(("'s", "’s")):
                out.append((" ".join(words), m.group("person"), m.group("person").split()[-1]))
    return out


def office_of_another(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's office of two words for a person is another person's in the cited ``sentences``."""
    theirs = _offices(" ".join(sentences))
    for office, person, surname in _offices(claim):
        holders = {s for o, _p, s in theirs if o == office}
        if holders and surname not in holders:
            return f"actor: the cited articles give the {office} as {sorted(holders)[0]}, not {person}"
    return ""


def owner_problem(claim: str, docs: Sequence[Doc]) -> str:
    """Why a title, a figure or an act of ``claim`` is another's in the cited ``docs`` ("" when none is, or when
    unsure)."""
    sentences = [s for d in docs for s in d.sentences]
    why = title_owner_problem(claim, sentences) or office_of_another(claim, sentences)
    if why:
        return why
    resolved = [s for d in docs for s in article_references(d.sentences).sentences]
    if _titles(claim):
        why = title_owner_problem(claim, resolved) or described_owner_problem(claim, sentences) or \
            title_of_another(claim, sentences) or unowned_title_problem(claim, docs)
    return why or figure_owner_problem(claim, sentences) or stretch_problem(claim, sentences) or \
        swap_problem(claim, sentences) or swap_problem(claim, resolved) or speaker_problem(claim, sentences) or \
        described_speaker_problem(claim, docs) or place_problem(claim, sentences)   # (support43)
