"""Rule: another name for the same actor (seventh round of the claim-support check, issue 10).

News prose names one actor in several ways: a country by its name or its adjective ("the Netherlands" / "the Dutch
agriculture ministry", "Germany" / "German"), an officer by the initials of the title ("the CTO" for "chief
technology officer Tomas Varga", "the CFO" for "chief financial officer"). The entity rule and the speaker/subject
check read names by their spelling, so a faithful rewrite that picks the other form was rejected ("'CTO' not
named in the cited articles", "'Poultry across the Netherlands' is not who acts": eval4, calibration since the sixth
round).

* ``place_forms(word)``: the forms of a place the gazetteer (``topline.enrich.gazetteer``, hand-written) joins:
  the country and its demonym ("netherlands", "dutch"); only places, not organisations, and not a capital city.
* ``expansions(acronym, text)``: runs of words of ``text`` whose initials spell an acronym of ``ACRONYM_MIN`` to
  ``ACRONYM_MAX`` capitals, in lower case too ("chief technology officer" for "CTO"), "of"/"and"/"for"/"the"
  skipped ("Centers for Disease Control" for "CDC").
"""
from __future__ import annotations

import functools
import re

from topline.enrich.entities import normalise
from topline.enrich.gazetteer import ALIASES, CAPS_ONLY
from topline.patterns import compiled

ACRONYM_MIN, ACRONYM_MAX = 2, 5       # letters of an acronym read as initials (general: CEO, CFO, CTO, NRC, EASA)
_GLUE = frozenset("of and for the".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DEMONYM = re.compile(r"^[a-z]+(?:ish|ese|an|ian|i|ss|ic)$|^(?:dutch|french|czech)$")


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, frozenset[str]]:
    by_canon: dict[str, set[str]] = {}
    for alias, (canon, kind) in ALIASES.items():
        # the place and its demonym only ("dutch", "german", "swiss"): a capital city is another actor's seat
        if kind == "PLACE" and alias not in CAPS_ONLY and (alias == canon or _DEMONYM.search(alias)):
            by_canon.setdefault(canon, {canon}).add(alias)
    return {a: frozenset(forms) for forms in by_canon.values() for a in forms}


def place_forms(word: str) -> frozenset[str]:
    """The other forms of a place (lowercase), empty when ``word`` is no place the gazetteer knows."""
    return _places().get(normalise(word), frozenset())


def place_named(word: str, text: str) -> bool:
    """Whether ``text`` names the place ``word`` by another form ("Dutch" for "Netherlands"; "Norlandic" for
    "Norland", a place the gazetteer does not know: ``coined_forms``)."""
    forms = place_forms(word)
    if not forms:
        return bool(coined_forms(word, text))
    low = " ".join(_WORD.findall(text)).lower()
    return any(re.search(rf"\b{re.escape(f)}\b", low) for f in forms)


# Eighth round: places the gazetteer cannot know (a small country, a province, an invented one in a test) are named
# by an adjective built on the name: "Norland" / "Norlandic", "Mesaria" / "Mesarian", "Valdoria" / "Valdorian",
# "Bohemia" / "Bohemian". eval6 (calibration since the eighth round) rejected "the Norlandic fisheries minister"
# and "the Mesarian prime minister" as names "not in the cited articles". A word is the demonym of a name of the
# text when it is that name (less a final vowel) and one of these endings; the name is at least
# ``COINED_MIN`` letters, so that short words do not pair by chance.
DEMONYM_ENDINGS = ("ian", "ean", "an", "ic", "ese", "ish", "i", "n")
COINED_MIN = 5
_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][a-z]{3,}(?![\w-])")


@functools.lru_cache(maxsize=1 << 16)
def _demonym_of(adjective: str, name: str) -> bool:
    a, n = adjective.lower(), name.lower()
    if len(n) < COINED_MIN or a == n:
        return False
    base = n[:-1] if n[-1] in "aeiouy" else n
    if n.endswith("ia") and len(a) >= COINED_MIN and a == n[:-2]:
        return True   # "Slovak" / "Slovakia", "Czech" / "Czechia" (thirteenth round, eval11's g0103)
    return a.startswith(base) and a[len(base):] in DEMONYM_ENDINGS


def coined_forms(word: str, text: str) -> list[str]:
    """Capitalised words of ``text`` that are the place ``word`` is the demonym of, or the demonym of the place
    ``word`` names ("Norland" in the text for "Norlandic", "Mesarian" for "Mesaria")."""
    if not word[:1].isupper():
        return []
    return [w for w in _capitalised(text) if _demonym_of(word, w) or _demonym_of(w, word)]


@functools.lru_cache(maxsize=1024)
def _capitalised(text: str) -> tuple[str, ...]:
    """The distinct capitalised words of ``text``, in order (a cited text is read for every word of every claim)."""
    return tuple(dict.fromkeys(_CAPITALISED.findall(text)))


def expansions(acronym: str, text: str) -> list[str]:
    """Runs of words of ``text`` whose initials spell ``acronym`` (written in capitals)."""
    if not (acronym.isupper() and acronym.isalpha() and ACRONYM_MIN <= len(acronym) <= ACRONYM_MAX):
        return []
    letters = acronym.lower()
    words = _WORD.findall(text)
    out = []
    for i in range(len(words)):
        k, j, run = 0, i, []
        while j < len(words) and k < len(letters):
            w = words[j].lower()
            if w in _GLUE and run:
                run.append(words[j])
            elif w[0] == letters[k]:
                run.append(words[j])
                k += 1
            else:
                break
            j += 1
        if k == len(letters) and run[0].lower() not in _GLUE:
            out.append(" ".join(run))
    return out


def epithet_found(word: str, subject: str, text: str) -> bool:
    """Whether a word of a claim's subject is named in ``text`` by another form: a place by its demonym, or an
    acronym written in capitals in ``subject`` by the words it abbreviates."""
    if place_named(word, text):
        return True
    caps = next((w for w in _WORD.findall(subject) if w.lower() == word and w.isupper()), "")
    return bool(caps) and bool(expansions(caps, text))


_PERSON = re.compile(r"\s*,?\s*((?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+)")


def titled_in(subject: str, article: str, scope: str) -> bool:
    """Whether a subject that is a title in initials ("The CTO") stands for a person the article gives that title
    ("chief technology officer Tomas Varga") and ``scope`` (the passage that tells the act) names by surname."""
    for caps in (w for w in _WORD.findall(subject) if w.isupper()):
        for run in expansions(caps, article):
            for m in re.finditer(rf"{re.escape(run)}{_PERSON.pattern}", article):
                surname = m.group(1).split()[-1]
                if re.search(rf"\b{re.escape(surname)}\b", scope):
                    return True
    return False


def demonym_owners(claim: str, text: str) -> dict[str, frozenset[str]]:
    """The claim's place adjectives (not possessives): each word, lowercased, -> the lowercased forms of the place
    it names that ``text`` writes ("norlandic" -> {"norland"}, "dutch" -> {"netherlands", ...}). In "the Norlandic
    fisheries minister" the adjective qualifies the actor as "Norland's" does in "Norland's fisheries minister,
    Ingrid Tveit" (eighth round: the role check read the adjective as the agent and found Norland only as a
    possessor)."""
    out: dict[str, frozenset[str]] = {}
    low = text.lower()
    for m in re.finditer(r"(?<![\w'-])([A-Z][a-z]+)(?!['\u2019]s\b)(?![\w'-])", claim):
        w = m.group(1)
        forms = {f for f in place_forms(w) if f != w.lower() and compiled(rf"\b{re.escape(f)}\b").search(low)}
        forms |= {f.lower() for f in coined_forms(w, text) if _demonym_of(w, f)}
        if forms:
            out[w.lower()] = frozenset(forms)
    return out
