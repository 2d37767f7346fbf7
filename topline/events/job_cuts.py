"""Jobs cut by an employer as its incident (issue 12, mend31; the lead's decision: a job cut is an ``incident``, kind
"job cuts", scale the number of jobs or the share of staff, as the issue's incident type, organisation, kind and
scale, allows; strikes stay as they are).

The evidence is a verb of cutting jobs with a count of jobs or workers, or a share of the staff, not one trade's
words: "will cut about 2,800 jobs", "is laying off roughly 9,000 employees", "will eliminate 1,200 positions",
"plans to lay off about 12% of its workforce", "reduce its workforce by about 3,500 roles", "announced 600 job cuts",
"formal notice of 900 redundancies", "About 1,300 jobs will go at X's works", "About 2,600 jobs are at risk",
"putting 2,300 jobs ... at risk", "about 1,200 of the company's staff would be made redundant", "About 160 staff will
lose their jobs". A plan told by the employer ("plans to cut", "expects to cut", "is preparing to cut") is its act,
as the golds that file job cuts file them.

The organisation is the employer: the subject of the verb (the extractor's subject rule), or the name whose site the
jobs are at ("at Ferrimoor Steel's Skelbrook works"). None when the cut is denied, supposed ("could", "considering"),
asked or demanded of the employer, told by a union or works council (its figure or its demand, not the employer's
act), told in a relative clause, or recalled from an earlier time ("has cut about 9,000 jobs since 2020"); none for
a public body (a state's budget act) or a person named by a title ("Chief Executive Helen Marsh said ... about 3,000
jobs would go": no employer named). Jobs created, hired or frozen are no cut: only the verbs of cutting are read.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background, in_relative
from topline.events.incidents import negated
from topline.events.spans import _TITLE_WORD, Raw, Span, _field, _gov, actors

_ABOUT = (r"(?:(?:about|around|roughly|nearly|some|more\s+than|up\s+to|another|a\s+further|almost|over|well\s+over|"
          r"at\s+least|as\s+many\s+as|approximately|a\s+total\s+of)\s+)?")
_COUNT = r"\d[\d,.]*(?:\s+(?:million|thousand))?"
_WORKERS = r"(?:jobs|positions|roles|posts|employees|workers|staff|people|staffers)"
# a count of jobs or workers, up to three modifiers between ("2,500 operations jobs", "35 investment and support
# jobs", "180 faculty and support staff", "3,800 full-time positions")
_JOBS = _ABOUT + _COUNT + r"\s+(?:[a-z][\w-]*\s+){0,3}?" + _WORKERS + r"\b"
# a share of the staff ("about 12% of its workforce", "about 20% of its 1,400 employees", "about 8% of the employees
# in its security division")
_SHARE = (_ABOUT + r"(?:\d[\d.]*\s*(?:%|per\s*cent|percent)|a\s+third|a\s+quarter|a\s+fifth|half)\s+of\s+"
          r"(?:its|their|the(?:\s+[\w-]+['\u2019]s)?|the\s+company['\u2019]s)\s+(?:[\d,]+\s+)?(?:[a-z][\w-]*\s+)?"
          r"(?:workforce|staff|employees|workers|jobs|headcount)\b")
_VERB = (r"cut|cuts|cutting|eliminat(?:e|es|ed|ing)|shed|sheds|shedding|slash(?:es|ed|ing)?|axe|axes|axed|axing|"
         r"lay\s+off|lays\s+off|laying\s+off|laid\s+off")
_CUT = re.compile(rf"\b(?P<verb>{_VERB})\s+(?P<scale>{_JOBS}|{_SHARE})", re.IGNORECASE)
# "reduce its workforce by about 3,500 roles", "cut its headcount by 8%"
_REDUCE = re.compile(rf"\b(?P<verb>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|shrink(?:s|ing)?)\s+(?:its|their)\s+"
                     rf"(?:workforce|headcount|staff)\s+by\s+(?P<scale>{_JOBS}|{_ABOUT}\d[\d.]*\s*(?:%|per\s*cent))",
                     re.IGNORECASE)
# the cuts as a noun after the act that announces them: "announced 600 job cuts", "formal notice of 900 redundancies"
_NOUN = re.compile(rf"\b(?P<verb>announc(?:ed|es|ing)|unveil(?:ed|s)|confirm(?:ed|s)|notice\s+of)\s+"
                   rf"(?P<scale>{_ABOUT}{_COUNT}\s+(?:job\s+cuts|redundancies|layoffs|lay-offs|job\s+losses))\b",
                   re.IGNORECASE)
# the jobs as the subject: "About 1,300 jobs will go at X's works", "4,000 jobs would go", "About 2,600 jobs are at
# risk", "putting 2,300 jobs and dozens of projects at risk", "with about 1,100 jobs to be cut"
_GO = re.compile(rf"(?P<scale>{_ABOUT}{_COUNT}\s+(?:[a-z][\w-]*\s+)?(?:jobs|roles|positions|posts))\s+"
                 r"(?P<verb>(?:will|would|are\s+to|are\s+set\s+to|are\s+expected\s+to)\s+(?:go|be\s+(?:cut|lost|axed|"
                 r"eliminated))|(?:are|remain)\s+at\s+risk|to\s+be\s+(?:cut|lost|axed))\b|"
                 rf"\b(?P<verb2>putting|puts|put)\s+(?P<scale2>{_ABOUT}{_COUNT}\s+(?:[a-z][\w-]*\s+)?jobs)"
                 r"(?:\s+(?:and|at)\s+[^,.;]{0,50}?)?\s+at\s+risk\b", re.IGNORECASE)
# "about 1,200 of the company's staff would be made redundant", "About 160 staff will lose their jobs"
_LOSE = re.compile(rf"(?P<scale>{_ABOUT}{_COUNT}\s+(?:of\s+(?:the\s+company['\u2019]s|its|their)\s+)?"
                   rf"(?:[a-z][\w-]*\s+)?{_WORKERS})\s+(?:will|would|are\s+to|are\s+set\s+to)\s+"
                   r"(?P<verb>be\s+made\s+redundant|lose\s+their\s+jobs)\b", re.IGNORECASE)
# what keeps the cut from being the employer's act: a denial, a supposition, a demand, an avoidance
_NOT_ITS_ACT = re.compile(r"\b(?:no\s+plans?\s+to|not|never|no|could|might|may|would\s+have\s+to|threatened\s+to|"
                          r"(?:urged|asked|forced|pressed|called\s+on)\s+(?:\w+\s+){0,3}(?:not\s+)?to|refused\s+to|"
                          r"ruled\s+out|avoid|instead\s+of|rather\s+than|if|unless|whether|without|considering|"
                          r"consider|weighing|weighs|mulls|mulling|how\s+many)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# told by a union or a works council: its figure or its demand, not the employer's act
_UNION = re.compile(r"\b(?:unions?|works\s+council|staff\s+representatives|shop\s+stewards)\b", re.IGNORECASE)
# a round recalled: "has cut about 9,000 jobs since 2020", "has now cut well over 15,000 roles since May"
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)
_RECALLED = re.compile(r"^[^,;]{0,40}?\b(?:since|in\s+(?:19|20)\d\d|last\s+year|earlier\s+this\s+year)\b",
                       re.IGNORECASE)

# issue 14 (mend32): what every phrase above needs, so that a sentence without it is not scanned by the five patterns
# (they ran on every incident sentence that no earlier rule took: +0.9-1.7 CPU s at 10k articles). Each pattern ends
# its scale in a word for the jobs or the staff ("2,800 jobs", "12% of its workforce", "900 redundancies", "its
# headcount by") and counts it with a digit or a share in words ("a third", "half"). Looked for as substrings of the
# lower-cased sentence when it is ASCII (there ``str.lower`` folds case as the patterns' IGNORECASE does; a substring
# is found wherever the word is), else by a search with the patterns' own flags (Unicode folding has other
# equivalences, "ſ" ~ "s"): a sentence that lacks either can match no pattern. A search of one alternation with
# IGNORECASE cost 0.2 ms a sentence on the 10k input's long sentences; the substrings a few microseconds.
_STAFF_WORDS = ("job", "position", "role", "post", "employee", "worker", "staff", "people", "workforce", "headcount",
                "redundanc", "layoff", "lay-off")
_SHARE_WORDS = ("third", "quarter", "fifth", "half")
_STAFF_WORD = re.compile("|".join(_STAFF_WORDS), re.IGNORECASE)
_COUNTED = re.compile(r"\d|" + "|".join(_SHARE_WORDS), re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def may_cut(s: str) -> bool:
    """False only when no job-cut phrase can be in ``s`` (it lacks a word for the jobs or staff, or any count)."""
    if not s.isascii():
        return _STAFF_WORD.search(s) is not None and _COUNTED.search(s) is not None
    low = s.lower()
    return any(w in low for w in _STAFF_WORDS) and (_DIGIT.search(s) is not None or any(w in low for w in _SHARE_WORDS))


def _found(s: str) -> list[tuple[re.Match[str], str, str, bool]]:
    """Every job-cut phrase of ``s`` in order: (match, verb, scale, the employer is the verb's subject)."""
    out = []
    for rx in (_CUT, _REDUCE, _NOUN, _GO, _LOSE):
        for m in rx.finditer(s):
            verb = m.group("verb2") if rx is _GO and m.group("verb2") else m.group("verb")
            scale = m.group("scale2") if rx is _GO and m.group("scale2") else m.group("scale")
            out.append((m, verb, scale, rx in (_CUT, _REDUCE, _NOUN) or bool(rx is _GO and m.group("verb2"))))
    return sorted(out, key=lambda x: x[0].start())


def _person(s: str, who: Span) -> bool:
    """A person named by a title ("Chief Executive Helen Marsh"): no employer."""
    return bool(_TITLE_WORD.search(who.text) or re.search(r"\b(?:Executive|Officer|Minister|Chair\w*|President|Chief)"
                                                          r"\s+$", s[max(0, who.start - 20):who.start]))


# a name in an object's place: right after an auxiliary and a verb ("is rolling AI agents out", "would deploy AI
# agents"), or naming a site ("Bellingrove's Leeds office")
_OBJECT_BEFORE = re.compile(r"\b(?:is|are|was|were|will|would|to|can|could|should|must|has|have|had|it|they)\s+"
                            r"[a-z]+\s+$")
_SITE_AFTER = re.compile(r"\s+(?:office|offices|plant|plants|site|works|factory|headquarters|branch|campus|hub|"
                         r"division|unit)\b")


def _employer(s: str, x: Span | None) -> bool:
    """``x`` can be the employer: a name written in the sentence (not "The bank" or "it" standing for the article's
    main actor, which may be a union's article), no public body, union or person, not in an object's place."""
    return x is not None and x.text[:1].isupper() and not re.match(r"(?:The|It|Its|This|That|They)\b", x.text) and \
        not _gov(x.text) and not _UNION.search(x.text) and not _person(s, x) and \
        not _OBJECT_BEFORE.search(s[:x.start]) and not _SITE_AFTER.match(s[x.end:])


# "The company", "The group" or "It" opening the sentence that cuts (events36, the lead's brief: mend31 had refused
# them, so "The group announced a total of 2,400 job cuts" and "It said ... it will cut about 2,500 roles" were lost)
_STAND_IN = re.compile(r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s+)?(?P<who>(?:The|the)\s+(?P<noun>[a-z]+)|It)\b")
_GENERIC = frozenset("company group firm business".split())   # the nouns any company may be told by


def _stand_in(s: str, at: int, spans: Sequence[Span], ctx: Context | None) -> Span | None:
    """The article's main actor, for "The company", "The group" or "It" that opens the sentence, with no name before
    the cut: when that actor is a name the article gave that can employ (no place, public body, union or titled
    person); a trade's noun ("The bank", "The lender") only for a name with that word ("Dunmore Bank"): in a union's
    article the main actor is the union ("The bank said 4,000 jobs would go" had given Verdi, mend31)."""
    m = _STAND_IN.match(s)
    if m is None or ctx is None or not ctx.company or any(x.start < at for x in actors(spans, s)):
        return None
    noun = m.group("noun")
    if noun is not None and noun not in _GENERIC and noun not in ctx.company.lower().split():
        return None
    from topline.enrich.gazetteer import ALIASES
    name = ctx.company
    if ALIASES.get(name.lower(), ("", ""))[1] == "PLACE" or not _employer(name, Span(name, 0, len(name))):
        return None
    if name not in ctx.actors and not (noun and noun in name.lower().split()):
        return None    # the main actor no event of the article confirmed may be a person ("For Benedikt Strahlmann,
        # the German executive who took charge of Sandrell ...": "The group ... announced 600 job cuts" is Sandrell's)
    return Span(m.group("who"), m.start("who"), m.end("who"), ref=name)


def job_cuts(s: str, spans: Sequence[Span], ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The incident of an employer cutting a counted number of jobs, or a share of its staff, in ``s``; or None.
    ``subject(at)`` is the name that acts at the offset (the extractor's subject rule)."""
    if not may_cut(s):
        return None
    for m, verb, scale, acts in _found(s):
        before = s[:m.start()]
        told_by_union = _UNION.search(before) or _UNION.search(s[m.end():].split(";")[0])   # "..., their union said"
        if _NOT_ITS_ACT.search(before) or negated(before) or told_by_union or in_relative(s, m.start()) or \
                background(s, m, ctx):
            continue
        if _PERFECT.search(before) and _RECALLED.match(s[m.end():]):
            continue   # "has cut about 9,000 jobs since 2020": an earlier round recalled
        who = None
        if not acts:   # the jobs are the subject: the employer is the name they are at, else the sentence's actor
            at = re.match(r"\s+at\s+(?:the\s+)?", s[m.end():])
            who = next((x for x in spans if at and x.start == m.end() + at.end()), None)
        who = who or subject(m.start())
        if not _employer(s, who):   # the last name before it that can be ("Britain's Dunmore Bank is rolling AI
            before_who = min(who.start, m.start()) if who is not None else m.start()   # agents out ... while cutting")
            who = next((x for x in sorted(actors(spans, s), key=lambda x: -x.end) if x.end <= before_who and
                        _employer(s, x)), None)   # actors: no place ("closing a factory in Belgium and cutting")
        who = who or _stand_in(s, m.start(), spans, ctx)
        if who is None:
            continue
        fields = (_field("organisation", who.value, who.text), _field("kind", "job cuts", verb),
                  _field("scale", re.sub(r"\s+", " ", scale), scale))
        return Raw("incident", fields, canonical_entity(who.value))
    return None
