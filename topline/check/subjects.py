"""Who a sentence says acts or speaks, read for the subject rule of ``topline.check.support``: the verbs of
speech, a subject named by role or title, a description the article gives a name, a person by surname, and
(eleventh round) what is not the subject: an opening adverbial before the comma, adverbs after the subject.
Moved out of support.py (eleventh round) with no change of behaviour but the two new readings."""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.computed import DIFFERENCE_CUES
from topline.check.content import Term as _Term
from topline.check.evidence import STOPWORDS

SAY = r"(?:said|says|say|told|tells|warned|warns|added|adds|noted|notes|argued|argues|claimed|claims|expects?|" \
       r"expected|believes?|estimated?|estimates|predicts?|predicted|announced|announces|stated|states|" \
       r"(?:reports|reported|writes|wrote)(?=\s+that\b|\.?\s*$))"   # "Bloomberg reports that ...", "..., Reuters
#                                                                      reported.": an attribution (eighth round)

ROLE_NOUNS = frozenset("""executive chief officer judge justice minister secretary spokesman spokeswoman spokesperson
chair chairman chairwoman president director leader head governor commissioner manager founder chancellor mayor
treasurer prosecutor lawyer analyst economist""".split())
_PERSON_TITLE = re.compile(r"\b(?:[Cc]hief|[Jj]udge|[Jj]ustice|Lord|Lady|Mr|Mrs|Ms|Dr|Sir|[Mm]inister|[Ss]ecretary|"
                           r"[Ss]pokes(?:man|woman|person)|[Cc]hair(?:man|woman)?|[Pp]resident|[Dd]irector|"
                           r"[Ll]eader|[Hh]ead|[Gg]overnor|[Cc]ommissioner|[Mm]anager|[Ff]ounder|[Cc]hancellor|"
                           r"[Mm]ayor|[Oo]fficer|[Ee]xecutive|[Aa]nalyst|[Ee]conomist|[Pp]rosecutor|[Ll]awyer)\b")
# A comparison of quantities: a copula, a figure and a comparison word ("The cut was 17 percentage points smaller
# than ...", "The reservoirs are 27 percentage points below ..."): the figures are checked, nobody acts.
COMPARISON = re.compile(rf"^[^,;]*?\s(?:is|are|was|were)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
                         rf"[$€£]?\d[\d.,]*\s*(?:%|[A-Za-z]+\s+){{0,3}}?(?:{'|'.join(sorted(DIFFERENCE_CUES))})\b",
                         re.IGNORECASE)
QUANTITY_SUBJECT = re.compile(r"\d|^\W*(?:the\s+)?(?:each|every|half|most|all|both|none|several|many|few|one|two|"
                               r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                               r"sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands)\b",
                               re.IGNORECASE)
PASSIVE_AFTER = re.compile(r"\s*(?:(?:will|would|could|can|may|might|must|should|has|have|had)\s+)?"
                            r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt|nt|ld|ught)\b")


def has_proper(subj: str) -> bool:
    """Whether a subject holds a name: a capitalised word that is no stopword ("The", "Each") and no possessor."""
    return any(w[:1].isupper() and w.lower() not in STOPWORDS and not w.endswith(("'s", "’s"))
               for w in subj.split())


def role_speaker(ts: Sequence[_Term], subj: str, sentence: str, text: str = "") -> bool:
    """A subject named only by its role (its head a role noun, no name of a person: "The fund's investment chief")
    against a passage sentence that gives the act to a person by role or title, or (ninth round) to a person by
    name whom the article gives that role ("its chief executive said" against "Varma said ...", the article
    writing "its chief executive, Anand Varma"; eval7's u0202): news prose names a person once with the role,
    then by surname."""
    if not ts or ts[-1].word not in ROLE_NOUNS:
        return False
    if any(w[:1].isupper() and w.lower() not in STOPWORDS and not w.endswith(("'s", "’s")) and
           w.lower() not in ROLE_NOUNS for w in subj.split()[1:]):
        return False           # "Chair Henrik Sand": a named person is matched by name
    if _PERSON_TITLE.search(sentence):
        return True
    return bool(text) and any(_holds_role(ts, m.group(0), text) for m in _SURNAME_SPEAKER.finditer(sentence))


# A person named by surname as the one who speaks or acts ("Varma said", "said Varma")
_SURNAME_SPEAKER = re.compile(rf"(?<=\bsaid\s)[A-Z][a-z'-]+\b|\b[A-Z][a-z'-]+(?=\s+(?:{SAY})\b)")


def _holds_role(ts: Sequence[_Term], surname: str, text: str) -> bool:
    """Whether ``text`` gives ``surname`` the role the subject's words name, in apposition: "its chief executive,
    Anand Varma", "Anand Varma, its chief executive" (every word of the role, in order, right beside the name)."""
    if surname.lower() in STOPWORDS:
        return False
    role = r"\s+".join(re.escape(t.word) for t in ts)
    name = rf"(?:[A-Z][a-z'-]+\s+){{0,2}}{re.escape(surname)}\b"
    return bool(re.search(rf"\b{role},?\s+{name}|\b{name},\s+(?:\w+(?:'s)?\s+){{0,2}}{role}\b", text,
                          re.IGNORECASE))


_DESCRIPTION = re.compile(r"^\W*(?:[Tt]he|[Aa]n?)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
                          r"(?=\s+(?:in|of|at|on|for|from|with|has|have|had|will|would|was|were|is|are|can|could|may|"
                          r"said|[a-z]+ed)\b)")


def described_there(subj: str, sentence: str, sentences: Sequence[str]) -> bool:
    """A named subject ("The Aurelia", "Judge Grace Okafor") against a passage sentence whose subject is a
    description ("The ship will be cleaned", "A federal judge ... blocked") that the article gives that name
    ("its ship Aurelia", "Judge Grace Okafor ruled"): the same actor (fifth round)."""
    m = _DESCRIPTION.match(sentence)
    if not m:
        return False
    head = m.group(1).split()[-1]
    name = " ".join(w for w in subj.split() if w[:1].isupper() and w.lower() not in STOPWORDS and
                    w.lower() not in ROLE_NOUNS and w.lower() != head)
    if not name:
        return False
    pat = re.compile(rf"\b{re.escape(head)}\s+{re.escape(name)}\b", re.IGNORECASE)
    return any(pat.search(s) for s in sentences)


def surname_there(subj: str, sentence: str, text: str) -> bool:
    """A subject that is a person's full name ("Oona Marchetti") against a passage sentence that names the person
    by surname alone ("Marchetti would not confirm"), the article giving the full name elsewhere (eighth round)."""
    for run in re.finditer(r"(?<![\w'])[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}(?![\w'])", subj):
        words = run.group(0).split()
        if words[0].lower() in STOPWORDS:
            continue
        if not re.search(rf"\b{re.escape(run.group(0))}\b", text):
            continue
        for m in re.finditer(rf"\b{re.escape(words[-1])}\b", sentence):
            # the surname alone: not the end or the start of another name ("Dunlin Bank" is not "Perrow Bank")
            before = sentence[:m.start()].split()[-1:]
            after = sentence[m.end():].split()[:1]
            if not (before and before[0][:1].isupper() and before[0].rstrip(",") not in words) and \
                    not (after and after[0][:1].isupper()):
                return True
    return False


def head_refers_back(head: _Term, sentence: str) -> bool:
    """Whether ``sentence`` refers to the claim's description by its head noun with "the" ("the board", "the
    federation"): the rest of the description ("the county health board") is in an earlier sentence."""
    return bool(re.search(rf"\bthe\s+(?:[a-z-]+\s+)?{re.escape(head.word)}\b", sentence, re.IGNORECASE))


# What is not the subject (eleventh round, eval9's rejected paraphrases read by rule): news prose often opens with
# an adverbial set off by a comma, a time, a cause, a condition or a comparison ("Before the cuts, Vantry
# employed ...", "Even after the drop, cocoa is ...", "Because the ban runs from July, Ruiz could ...", "Among
# children aged 3 to 15, the number ..."). A subject never starts with a preposition or a subordinating
# conjunction, so the words up to that comma are no part of who acts: the subject is read after it.
_OPENERS = """after before because since despite among amid although though while when once until unlike for in on
at by with without under following during as if unless from over within throughout across""".split()
_LEADING_ADVERBIAL = re.compile(rf"^\W*(?:(?:even|just|only|shortly|long|soon|well)\s+)?(?:{'|'.join(_OPENERS)})\b"
                                r"[^,;:]{1,80}?,\s+(?=[A-Za-z])", re.IGNORECASE)


def leading_adverbial(clause: str) -> int:
    """Where the clause's subject can start: after an opening adverbial phrase or clause set off by a comma
    ("Before the cuts, Vantry employed" -> at "Vantry"), else 0."""
    m = _LEADING_ADVERBIAL.match(clause)
    return m.end() if m else 0


# Adverbs that stand between a subject and its verb ("Pellory still expects", "The union also said"): no part of
# who acts (eleventh round: eval9's "'Pellory still' is not who acts").
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:still|already|also|now|then|later|currently|recently|previously|again|"
                               r"jointly|meanwhile|too|just|eventually|ultimately|separately|reportedly|"
                               r"initially|originally|since|once|first|"
                               # degree words before a verb of change ("Tallyfox's revenue more than doubled",
                               # "Output nearly halved"): no part of who acts either (thirteenth round, eval11's
                               # g0028)
                               r"more\s+than|less\s+than|nearly|almost|roughly))+\s*$", re.IGNORECASE)


def trailing_adverbs(subject: str) -> str:
    """The subject without the adverbs read at its end."""
    return _TRAILING_ADVERBS.sub("", subject)
