"""Rule: a claim that gives a statement to a party named by a description, "The regulator said the shortfall was
mainly due to customers cancelling appointments", where the cited sentence that makes the statement gives it to
another party, "Voltmere said the shortfall ...", and the article uses that description for a party that acts ON the
cited speaker, "The energy regulator fined Voltmere 12.5 million pounds" (support43, issue 10 item 6).

``speakers.speaker_problem`` reads persons named with two words on both sides only: a description may be another
name for the speaker ("the company said" / "Quenby said"), and it rejected faithful paraphrases when read as a name.
The wrong actors eval26-eval30 still passed were mostly of this shape: a regulator, an agency, a government or a
union given the words or the act of the company it deals with, or of that company's officer (RESULTS, support43).
The description is told apart from another name of the speaker by the article itself: a sentence of the cited
article whose opening words hold the description's head noun and whose words after it name the cited speaker (the
party the described one fines, blocks, sues, represents ...), and no cited sentence that makes the statement holds
that head noun in its speaker. Where the cited speaker is a description ("The company blamed ...") or a title with a
person ("Chief executive Ptolemy Askwith said"), it is read as the article's lead party (the first capitalised name
of its first sentence after the title) when it names none the opening sentence can match.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import Doc, content_stems, stem
from topline.speech import SPEAKER_VERBS

CONTENT_SHARE = 0.6    # the claim's words after its verb a cited statement must carry to be the same one (speakers.py)
MIN_CONTENT = 3        # content words after the verb the claim must have to be compared
HEAD_OPENING = 5       # words that open the describing sentence within which the description's head noun stands
# Verbs that give a party's statement or stance, beside the verbs of speech: "blamed a faulty burner", "expects to
# move 600 staff" (the eval26-eval30 wrong actors read for support43).
STANCE_VERBS = frozenset(SPEAKER_VERBS) | frozenset("blamed blames expects expected".split())
_CLAIM = re.compile(r"^The\s+[a-z].+$")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_NOT_NAMES = frozenset("The A An Its His Her Their This That Chief Mr Mrs Ms Dr".split())


def _names(text: str) -> list[str]:
    return [m.group(0) for m in _NAME.finditer(text) if m.group(0).split()[0] not in _NOT_NAMES]


def _lead_name(d: Doc) -> str:
    """The article's lead party: the first name of its first sentence after the title."""
    for s in d.sentences[1:2]:
        names = _names(s)
        if names:
            return names[0].split()[0]
    return ""


def _acts_on(d: Doc, head: str, name: str) -> bool:
    """Whether a sentence of ``d`` opens with ``head`` among its first ``HEAD_OPENING`` words and names ``name``
    after it, with ``name`` not before it (not "Voltmere's regulator", not an apposition "the regulator, Ofgem")."""
    for s in d.sentences:
        words = s.split()
        at = next((k for k, w in enumerate(words[:HEAD_OPENING]) if stem(w.strip(",.").lower()) == head), None)
        if at is None:
            continue
        before, after = " ".join(words[:at + 1]), " ".join(words[at + 1:])
        if name in before or re.match(r"^,|^\S+,", after):
            continue
        if name in " ".join(words[at + 2:]):
            return True
    return False


def described_speaker_problem(claim: str, docs: Sequence[Doc]) -> str:
    """Why the party the claim describes is not the one the cited sentences have make its statement ("" when it
    is, or when unsure)."""
    m = _CLAIM.match(claim.strip())
    if m is None:
        return ""
    tokens = m.group(0).split()[1:]
    at = next((k for k, w in enumerate(tokens[:4]) if w in STANCE_VERBS), None)
    if not at or not all(re.fullmatch(r"[a-z][\w-]*", w) for w in tokens[:at]):
        return ""
    description, verb = " ".join(tokens[:at]), tokens[at]
    head = stem(tokens[at - 1])
    words = set(content_stems(" ".join(tokens[at + 1:])))
    if len(words) < MIN_CONTENT:
        return ""
    found = []
    for d in docs:
        for s in d.sentences:
            for v in re.finditer(rf"\b{re.escape(verb)}\b", s):
                subject = re.split(r"[;:]", s[:v.start()])[-1]
                if len(words & set(content_stems(s[v.end():]))) / len(words) >= CONTENT_SHARE:
                    found.append((d, subject))
    if not found or any(head in {stem(w.lower()) for w in re.findall(r"[A-Za-z-]+", sp)} for _, sp in found):
        return ""
    for d, subject in found:
        names = _names(subject)
        name = names[-1].split()[0] if names and len(names[-1].split()) == 1 else \
            (_lead_name(d) if not names or subject.strip().lower().startswith(("chief", "the")) else names[-1].split()[0])
        if not name or not _acts_on(d, head, name):
            return ""
    return f"actor: the cited articles have {found[0][1].strip(' ,')!r} {verb} it, not the {description}"
