"""Jobs cut by an employer as its incident (issue 12, events32): "Quorvane said it will cut about 2,800 jobs", "X is
laying off about 2,800 people", "X will eliminate about 900 jobs", "About 1,300 jobs will go at X's works", "about
1,200 of the company's staff would be made redundant". The kind is the act ("layoffs" when the sentence lays people
off, "job cuts" otherwise), the scale the count of jobs or people as written.

The evidence is the verb, a count and a noun of work or workers (jobs, positions, roles, employees, workers, staff,
people), not one trade's words. The organisation is the employer: the subject of the verb (the extractor's subject
rule), or the name whose site or staff the jobs are at. None when the cut is denied, hypothetical, asked or demanded of
the employer, told in a relative clause, or told of a past year (an earlier round recalled); a public body cutting its
own staff is no company's incident (a state's budget act).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background, in_relative
from topline.events.spans import Raw, Span, _field, _gov

_ABOUT = r"(?:(?:about|around|roughly|nearly|some|more than|up to|another|a further|almost|over|at least)\s+)?"
_COUNT = r"\d[\d,.]*(?:\s+(?:million|thousand))?"
_WORKERS = r"(?:jobs|positions|roles|posts|employees|workers|staff|people|staffers|workforce)"
# the employer's verb, the count and the noun ("cut about 2,800 jobs", "laying off 640 workers", "eliminate about
# 900 positions", "shed 1,200 roles"); up to two words between the count and the noun ("2,500 operations jobs")
_CUT = re.compile(
    r"\b(?P<verb>cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?|axe(?:s|d)?|axing|"
    r"lay(?:s|ing)?\s+off|laid\s+off)\s+"
    r"(?P<scale>" + _ABOUT + _COUNT + r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _WORKERS + r")\b")
# "About 1,300 jobs will go at X's works", "4,000 jobs would go": the jobs as the subject
_GO = re.compile(r"(?P<scale>" + _ABOUT + _COUNT + r"\s+(?:[a-z][\w-]*\s+)?jobs)\s+(?:will|would|are to|are set to|are "
                 r"expected to)\s+(?P<verb>go|be (?:cut|lost|axed|eliminated))\b", re.IGNORECASE)
# "about 1,200 of the company's staff would be made redundant"
_REDUNDANT = re.compile(r"(?P<scale>" + _ABOUT + _COUNT + r"\s+(?:of\s+(?:the\s+company['\u2019]s|its|their)\s+)?"
                        r"(?:[a-z][\w-]*\s+)?" + _WORKERS + r")\s+(?:will|would|are to|are set to)\s+be\s+"
                        r"(?P<verb>made\s+redundant)\b", re.IGNORECASE)
# what keeps the cut from being the employer's act: a denial, a hypothesis, a demand, a report of what it may do
_NOT_ITS_ACT = re.compile(r"\b(?:no plans? to|not|never|could|might|may|would have to|threatened to|"
                          r"(?:urged|asked|forced|pressed) (?:\w+ )?to|refused to|ruled out|avoid|instead of|"
                          r"rather than|if|unless|whether|without|considering|weighing|mulls)\s+"
                          r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a round recalled: "has cut about 9,000 jobs since 2020", "cut more than 6,000 positions in May"
_RECALLED = re.compile(r"^[^,;]{0,30}?\b(?:since|in (?:19|20)\d\d|last year|earlier this year|in (?:January|February|"
                       r"March|April|May|June|July|August|September|October|November|December))\b")


def _kind(verb: str) -> str:
    if re.match(r"made", verb):
        return "redundancies"
    return "layoffs" if re.match(r"la(?:y|id)", verb, re.I) else "job cuts"


def job_cuts(s: str, spans: Sequence[Span], ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The incident of an employer cutting a counted number of jobs in ``s``, or None. ``subject(at)`` is the name
    that acts at the verb's offset (the extractor's subject rule)."""
    for rx in (_CUT, _GO, _REDUNDANT):
        m = rx.search(s)
        if m is None or _NOT_ITS_ACT.search(s[:m.start()]) or in_relative(s, m.start()) or background(s, m, ctx):
            continue
        if rx is _CUT and re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", s[:m.start()]) and _RECALLED.match(s[m.end():]):
            continue   # "has cut about 9,000 jobs since 2020": an earlier round recalled
        if rx is _CUT:
            who = subject(m.start())
        else:   # the jobs are the subject: the employer is the name they are at, else the sentence's actor
            after = re.match(r"\s+at\s+(?:the\s+)?", s[m.end():])
            owner = next((x for x in spans if after and x.start == m.end() + after.end()), None)
            who = owner or subject(m.start())
        if who is None or _gov(who.text):
            continue
        scale = m.group("scale")
        fields = (_field("organisation", who.value, who.text), _field("kind", _kind(m.group("verb")), m.group("verb")),
                  _field("scale", scale, scale))
        return Raw("incident", fields, canonical_entity(who.value))
    return None
