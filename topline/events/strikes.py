"""Labour strikes as incidents (events19): "Verdi has called on workers at six Versandio fulfilment centres to strike",
"about 3,400 employees had joined the strike", "Lorry drivers who supply Marchbank's supermarkets will strike for 72
hours", "Around 220 electricians at the tower are set to walk out". The incident rule (``incident_words.INCIDENT``) reads a
strike only as "a strike by workers", "a walkout" or "went on strike", since militaries and markets say "strike" too;
this rule reads the other ways a strike is told when the sentence is about work (a union, workers, pay), and none of a
military's or a market's strike. Read on eval-retail, eval-prop, eval-def and eval-mob (calibration).

The organisation is the employer, as the golds of those corpora name it (their READMEs list the strikes "at Versandio,
Marchbank's depots, Desert Crown's resorts"; eval-def's gold names Cardew Aerostructures, eval-prop's the contractors):
the name after "workers at", "members at", "who supply", "X's workers", else a name of the sentence that is no union,
else the employer an earlier sentence of the article named (``Context.employer``), else the union. The scale is the
count of the people on strike ("about 3,400", "around 220"; "put the number at 190").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, in_relative
from topline.events.attackers import common_opener
from topline.events.dates import MONTHS
from topline.events.incidents import told_as_place
from topline.events.spans import _DATELINE, _JURISDICTION_ADJ, Raw, Span, _field, _places

# A month, written out or cut short ("Jan", "Sept"): a date, never an employer (events27)
_DATE_WORD = re.compile("|".join(sorted({m.capitalize() for m in MONTHS} | {m[:3].capitalize() for m in MONTHS} |
                                        {"Sept"})) + r"\.?")

# A day of a month ("for Jan. 20", "on January 20"; a dateline's date is not the strike's): the spans no longer read
# "Jan" as a name (the lead, after eval-space's measurement), so the strike rule below finds the date here
_MONTH_DAY = re.compile(r"\b(?:" + _DATE_WORD.pattern + r")\.?\s*\d{1,2}\b")

_STRIKE = re.compile(
    r"\b(?:strike|strikes|striking|walk(?:ed|ing|s)? (?:out|off the job)|picket lines?|"
    r"stopp(?:ed|ing) work(?!ing))\b", re.IGNORECASE   # events29: "employees of X stopped work on Tuesday"
)
_PEOPLE = (
    r"(?:workers|employees|staff|members|drivers|electricians|machinists|nurses|doctors|pilots|dockers|"
    r"lashers|crews?|cabin crew|engineers|technicians|teachers|miners|porters|cleaners|housekeepers)"
)
_LABOUR = re.compile(
    r"\b(?:unions?|" + _PEOPLE[3:-1] + r"|picket|wages?|pay|collective agreement|contract talks)\b", re.IGNORECASE
)
# a military's, a market's or a deal's "strike", and a strike that ended or did not happen
_NOT_LABOUR = re.compile(
    r"\b(?:air|drone|missile|military|airstrikes?|pre-?emptive|retaliatory|precision|nuclear|"
    r"lightning|hunger)\s+strikes?\b|\bstrike (?:a|the|an) (?:deal|balance|agreement|chord|tone)\b|"
    r"\bstrike price|\bstriking (?:a|the)\b|\b(?:call(?:ed|ing|s)? off|avert(?:ed|ing|s)?|suspended|ended|no)\s+"
    r"(?:\w+\s+){0,2}strike|\bstrike\b[^.;]{0,60}?\b(?:(?:had|has|have|was|were) been |was |were )?"
    r"(?:called off|averted|cancelled|canceled)\b|"
    # events27 (eval-work): a strike threatened, balloted on or supposed, not one that happened or was called ("removing
    # the threat of a strike", "will be balloted for strike action", "prepared to legislate if teachers move to strikes")
    r"\bthreats? of (?:a |an )?(?:[\w-]+ )?strikes?\b|\b(?:plans?|planning|prepar(?:e|es|ed|ing)|brac(?:e|es|ed|ing)) "
    r"for (?:a |an |the )?(?:possible )?(?:[\w-]+ ){0,3}?strikes?\b|\bballot(?:ed|s|ing)? (?:\w+ ){0,2}(?:for|on) strike|"
    r"\b(?:if|unless)\s+(?:[\w'\u2019-]+\s+){0,8}?(?:strikes?|striking|walk(?:s|ed)? (?:out|off))\b",
    re.IGNORECASE,
)
_COUNT = r"(?:(?:about|around|roughly|nearly|some|more than|over|up to|almost)\s+)?\d[\d,]*"
# the people on strike: "about 3,400 employees", "Around 220 electricians", "about 11,000 of its members"; a union's or
# a company's own figure: "put the number (on strike) at around 2,800", "put the figure at about 3,400"
_SCALE = re.compile(
    r"(?P<n>"
    + _COUNT
    + r")\s+(?:of\s+(?:its|their|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    + _PEOPLE
    + r"\b|\bput (?:the|its) (?:number|figure|count)(?: on strike)? at (?P<m>"
    + _COUNT
    + r")",
    re.IGNORECASE,
)
# the employer named in the sentence: "workers at six Versandio fulfilment centres", "members at four Desert Crown
# Resorts properties", "drivers who supply Marchbank's supermarkets", "its strike at Versandio's German warehouses"
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:" + _PEOPLE[3:-1] + r"|strike|walkout)\s+(?:at|of|for|who (?:supply|work for|work at|"
    r"deliver for))\s+(?:its\s+|the\s+|their\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|several)\s+)?$",
    re.IGNORECASE,
)


# The heads of a union's name besides "Union" (events27, read on eval-work: "members of the Ontario Secondary Educators'
# Federation hold a one-day strike" had the union's "Federation" as the struck employer; "Members of the Haedong
# Shipbuilders' Union stopped work" the words before the possessive)
_UNION_HEADS = r"Federation|Confederation|Guild|Brotherhood"


# "striking workers at its Merrowdale plant": the name after "its" names the owner's site, the owner is the employer
# (events27, read on eval-work)
_OWN_SITE = re.compile(r"\b(?:at|of)\s+(?:its|their)\s+$")


def _union(s: str, x: Span) -> bool:
    """``x`` is a union: "union" or "Union" in its name, or set beside the word ("the GMB union", "The services union
    Verdi", "Unite, the union")."""
    return bool(
        re.search(r"\b(?:[Uu]nion|Unite|Workers|" + _UNION_HEADS + r")\b", x.text)
        or re.match(
            r"(?:['\u2019]s?)?\s+(?:unions?|Unions?|" + _UNION_HEADS + r")\b|,\s+(?:the|a)\s+(?:[\w-]+\s+)?union\b|"
            r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}unions?\b",
            s[x.end :],
        )  # "said Jeroen Visser of the FNV union": the union speaks
        or re.search(r"\bunions?\s+$", s[: x.start])
    )


def no_party(s: str, x: Span) -> bool:
    """``x`` names no party to a strike (events27, read on eval-work, whose strikes had "Roughly 3", "Jan", "Merrowdale",
    "Dong Nai" and "Fatigue" as their employer): a count ("Roughly 3,400 staff"), a month ("for Jan. 20"), a place
    told by a preposition of place or a place noun ("the plant in Merrowdale", "in Vietnam's southern Dong Nai
    province"), or a common word opening the sentence (``attackers.common_opener``, with the parse)."""
    return bool(
        re.fullmatch(r"(?:Roughly|Almost|Approximately)\b.*", x.text)
        or _DATE_WORD.fullmatch(x.text)
        or re.search(r"\b(?:in|near|outside)\s+(?:[A-Z][\w.]*['\u2019]s\s+)?(?:[a-z]+\s+)?$", s[: x.start])
        or told_as_place(s, x)
        or common_opener(s, x)
    )


def _may_be_employer(s: str, x: Span) -> bool:
    """Not a count ("Around 220"), a nationality or a place ("British", "Dutch"), a sentence's opening verb ("Ask a
    machinist ...") or someone speaking for a union."""
    from topline.enrich.gazetteer import ALIASES
    from topline.events.places import admin_name

    return not (
        re.fullmatch(r"(?:About|Around|Some|Nearly|More|Over|Up)\b.*", x.text)
        or no_party(s, x)
        or x.text.lower().rstrip(".") in _JURISDICTION_ADJ
        or ALIASES.get(x.text.lower(), ("", ""))[1] == "PLACE"
        or x.text in {p.text for p in _places(s)}
        or admin_name(x.text)
        or (x.start == 0 and " " not in x.text and re.match(r"\s+(?:a|an|the)\s", s[x.end :]))
        or re.match(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}unions?\b", s[x.end :])
    )


def loose(s: str, name: str) -> bool:
    """``name`` only modifies a common noun after it and names no employer or union (events20: "Hospital leaders have
    warned that a five-day strike ...", "GP practices will not need to plan for strike cover" gave "Hospital" and "GP"
    as a strike's organisation): one word, or an initialism, right before a plural common noun that is not the workers
    ("Versandio workers" names the employer)."""
    if " " in name.strip():
        return False
    m = re.search(r"(?<![\w-])" + re.escape(name) + r"\s+(?P<noun>[a-z][a-z-]*s)\b", s)
    if m is None:
        return False
    return not re.fullmatch(_PEOPLE, m.group("noun")) and not _union(s, Span(name, m.start(), m.start()))


def loose_striker(s: str, raw: Raw) -> bool:
    """A strike (an incident the incident rule read) whose organisation, as written in ``s``, is ``loose``."""
    kind = next((str(v) for n, v, _ in raw.fields if n == "kind"), "")
    org = next((t for n, _, t in raw.fields if n == "organisation"), "")
    return kind in ("strike", "walkout") and bool(org) and loose(s, org)


def _own_name(x: Span) -> Span:
    """The employer's own name where a sentence's capitalised first word ran into it: "Negotiators for Desert Crown
    Resorts" -> "Desert Crown Resorts"."""
    m = re.match(r"[A-Z][a-z]+s (?:for|of|at|from) (?=[A-Z])", x.text)
    return Span(x.text[m.end() :], x.start + m.end(), x.end, x.ref) if m else x


# "The walkout at the company's steelworks", "a strike at its Suncheon plant": the employer told by the words that
# stand for the article's main actor (events22)
_AT_OWN = re.compile(
    r"\b(?:strike|walkout|walk-out|stoppage|workers|members|staff|employees)\s+at\s+"
    r"(?P<who>the company['\u2019]s|its)\s",
    re.IGNORECASE,
)


def employer_of_union(s: str, union: Span, spans: Sequence[Span], ctx: Context | None) -> Span | None:
    """The employer of the workers whose strike the sentence tells, where the name found first is their union
    (events22, read on eval-ind's "The walkout at the company's integrated steelworks ... involved about 2,000
    members of a branch of the Korean Metal Workers' Union", titled "Korean Metal Workers faces a strike"): a name
    of the sentence after "workers at", "strike at" that is no union; else the employer an earlier sentence named at
    a strike (``Context.employer``); else "at the company's" / "at its" for the article's main actor; else None: the
    union acts, the strike befalls no one the article names."""
    named = [_own_name(x) for x in spans if x is not union and _may_be_employer(s, x) and not _union(s, x)]
    at = next((x for x in named if _EMPLOYER_BEFORE.search(s[: x.start])), None)
    if at is not None:
        return at
    if ctx is not None and ctx.employer:
        return Span(union.text, union.start, union.end, ref=ctx.employer)
    own = _AT_OWN.search(s)
    company = ctx.company if ctx is not None else None
    if own is not None and company and not re.search(r"\b(?:[Uu]nion|Unite|Workers)\b", company):
        return Span(own.group("who"), own.start("who"), own.end("who"), ref=company)
    return None


def union_striker(s: str, raw: Raw, spans: Sequence[Span], ctx: Context | None) -> Raw:
    """A strike (an incident the incident rule read) whose organisation is a union: the employer instead
    (``employer_of_union``), or no organisation (the incident keeps its kind and scale and no claim is written from
    it); any other incident as it is."""
    kind = next((str(v) for n, v, _ in raw.fields if n == "kind"), "")
    org = next(((v, t) for n, v, t in raw.fields if n == "organisation"), None)
    if kind == "strike" and ctx is not None and raw.key:
        ctx.strike_key = raw.key  # a later sentence may count its strikers (events24)
    if kind != "strike" or org is None or str(org[0]) != org[1]:
        return raw
    at = next((x for x in (_own_name(x) for x in spans if _may_be_employer(s, x) and not _union(s, x))
               if _EMPLOYER_BEFORE.search(s[: x.start])), None)
    if at is not None and at.text != org[1]:   # "A walkout by thousands of workers at Tan Loc Footwear, a key supplier to
        # sportswear brand Stridewell": the employer of the workers, not a name told after it (events27)
        rest = tuple(f for f in raw.fields if f[0] != "organisation")
        return Raw(raw.type, (_field("organisation", at.value, at.text),) + rest, canonical_entity(at.value), raw.cited)
    x = next((x for x in spans if x.text == org[1]), None)
    if x is None or not _union(s, x):
        return raw
    boss = employer_of_union(s, x, spans, ctx)
    rest = tuple(f for f in raw.fields if f[0] != "organisation")
    if boss is None:
        return Raw(raw.type, rest, raw.key, raw.cited)
    if ctx is not None:
        ctx.strike_key = canonical_entity(boss.value)
    return Raw(
        raw.type, (_field("organisation", boss.value, boss.text),) + rest, canonical_entity(boss.value), raw.cited
    )


def strike(s: str, spans: Sequence[Span], ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The incident of a labour strike the sentence tells, or None."""
    m = _STRIKE.search(s)
    known = ctx is not None and bool(ctx.employer)  # the article has told of a strike already
    if m is None or not (_LABOUR.search(s) or known) or _NOT_LABOUR.search(s) or in_relative(s, m.start()):
        return None
    named = [_own_name(x) for x in spans if _may_be_employer(s, x)]
    employer = next((x for x in named if _EMPLOYER_BEFORE.search(s[: x.start]) and not _OWN_SITE.search(s[: x.start])),
                    None) or next(
        (x for x in named if re.match(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b", s[x.end :])), None
    )
    if employer is not None and _union(s, employer):
        employer = None
    who: Span | None = employer
    if who is None and ctx is not None and ctx.employer:  # named by an earlier sentence of the article
        who = Span(m.group(0), m.start(), m.end(), ref=ctx.employer)
    if who is None:  # a name of the sentence that is no union ("Main contractor Wexcombe Construction put ..."), nor
        # a place told with "the" ("one of the City's tallest towers")
        who = next(
            (x for x in named if not _union(s, x) and x.end <= m.start() and not re.search(r"\bthe\s+$", s[: x.start])),
            None,
        )
    union = None
    if who is None:
        # a union named before the strike word acts ("Members of the X Union stopped work ... at the Geoje yard", events27)
        who = next((x for x in spans if x.end <= m.start() and _union(s, x)), None) or subject(m.start())
        if who is not None and who.ref == "" and _union(s, who):  # the union strikes; its employer is struck (events22)
            union, who = who, employer_of_union(s, who, spans, ctx)
    if who is not None and who.ref == "" and no_party(s, who):
        who = None
    dateline = _DATELINE.match(s)
    if who is None and (union is not None or _MONTH_DAY.search(s, dateline.end() if dateline else 0) or
                        any(no_party(s, x) and not common_opener(s, x) for x in spans)):
        # no employer named (its union acts, the sentence dates the strike, or a name read is a count or a place): the strike
        # keeps its kind and scale, no organisation (events22, events27); a common word opening the sentence
        # ("Hospital leaders warned that a strike ...") names no one, and the sentence no strike of its own
        fields = [_field("kind", "strike", m.group(0))]
        who = Span(union.text, union.start, union.end) if union is not None else Span(m.group(0), m.start(), m.end())
    elif who is None or (who.ref == "" and (not _may_be_employer(s, who) or loose(s, who.text))):
        return None
    else:
        fields = [_field("organisation", who.value, who.text), _field("kind", "strike", m.group(0))]
    if ctx is not None and employer is not None:
        ctx.employer = employer.value
    scale = _SCALE.search(s)
    if scale is not None:
        n = scale.group("n") or scale.group("m")
        fields.append(_field("scale", n, n))
    if ctx is not None:
        ctx.strike_key = canonical_entity(who.value)  # a later sentence may count its strikers (events24)
    return Raw("incident", tuple(fields), canonical_entity(who.value))


# A later sentence of a strike's article that counts the people taking part, with no strike word of its own (events24,
# read on eval-def, eval-ind, eval-health, eval-trade, whose golds give the strikers counted there as the scale):
# "About 3,100 workers represented by the International Association of Machinists are covered by the contract", "...,
# which represents about 1,900 workers, said", "about 3,900 nurses at ... would take part", "The union represents
# most of the roughly 800 lashers". The count is read as the strike rule reads it (``_SCALE``), only beside a verb of
# representing, taking part, joining or being covered.
_TAKING_PART = re.compile(
    r"\b(?:represent(?:s|ed|ing)?|(?:take|took|taking) part|covered by|(?:had|have|has) joined|walked out|"
    r"(?:are|were|went) on strike)\b",
    re.IGNORECASE,
)


def later_strikers(s: str, ctx: Context | None) -> Raw | None:
    """The scale of the strike an earlier sentence of the article told (``ctx.strike_key``), counted in ``s``; None
    when ``s`` tells no such count or the article told no strike."""
    if ctx is None or not ctx.strike_key or _NOT_LABOUR.search(s):
        return None
    scale = _SCALE.search(s)
    if scale is None or not _TAKING_PART.search(s):
        return None
    n = scale.group("n") or scale.group("m")
    return Raw("incident", (_field("scale", n, n),), ctx.strike_key)
