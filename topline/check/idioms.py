"""Light verb idioms that assert no more than the words around them: "take part", "come to" a figure (issue 10,
support44).

"Forty-eight players took part in the quoits championship" says what "48 players in the quoits championship" says:
who was in what, and how many. A passage tells it with whatever verb it has ("Forty-eight players entered", "313
players competed", "beat 14 other runners"), so the lexical share (``support.SUPPORT_MIN``) counted "took" and
"part" against faithful paraphrases of the calibration parts rejected for that share (eval15 to eval30:
benchmarks/RESULTS.md, support44). The two words are now loose terms of the share (``content.Term.loose``): counted
when the passage has them, never against the sentence. What the idiom is about (the players, the championship, the
count) stays in the content words the passage must carry, and the figure, who acts and the event are judged by
their own rules.

"Come to" (or "amount to", "work out at") right before a figure ("The terminal operator's quarterly revenue came to
214 million euros", "Together, the fine and the customer credit come to about 18.8 million euros") is a copula: it
equates what comes before with the figure, which the figure rules check (a stated value, or a sum, share or
difference they compute from the cited figures). Its verb, its hedge ("a little over") and a "together" before it
are loose terms too. Not taken: "make up", "add up to" (measured the same way, each passed a planted wrong figure
the figure rule did not catch: eval26's "Online orders now make up 11% of Tallowby's grocery sales", eval19's "would
add up to 320,000 units", where "up to" is a bound).

A negated idiom ("did not take part", "never took part") is an assertion of its own and is left counted.
"""
from __future__ import annotations

import re

IDIOM_WORDS = frozenset("""take takes took taken taking part come comes came coming amount amounts amounted work works
worked together little""".split())
_TAKE_PART = re.compile(r"\b(?P<verb>take|takes|took|taken|taking)\s+(?P<part>part)\b(?!\s+of\b)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+\s+)?$|n't\s+$",
                      re.IGNORECASE)


# "came to 214 million euros", "come to about 18.8 million", "comes to a little over 1,800 euros", "works out at
# about 180 million pounds", "amounts to 12%"
_COME_TO = re.compile(r"\b(?:(?:come|comes|came|coming|amount|amounts|amounted)\s+to|"
                      r"(?:work|works|worked)\s+out\s+(?:at|to))\s+"
                      r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+|"
                      r"a\s+little\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+)?"
                      r"[$€£]?\d", re.IGNORECASE)
_TOGETHER = re.compile(r"\btogether\b", re.IGNORECASE)


def idiom_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` in ``text`` is the "take" or the "part" of a "take part", or a word of a
    "come to" ("amount to", "work out at") a figure or a "together" before it, the idiom not negated."""
    for m in _TAKE_PART.finditer(text):
        if start in (m.start("verb"), m.start("part")):
            return not _NEGATED.search(text[max(0, m.start() - 30):m.start()])
    for m in _COME_TO.finditer(text):
        if m.start() <= start < m.end() or (start < m.start() and _TOGETHER.match(text, start)):   # "a little over"
            return not _NEGATED.search(text[max(0, m.start() - 30):m.start()])
    return False
