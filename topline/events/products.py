"""What a launch's product is when no name is given (issue 12, ninth pass: the recall of launches): the verb's object
told in common words, what a version or the weights are of, and one launch per description in a story. Split from
``extract`` to keep each module under the size the developers' guide asks for."""
from __future__ import annotations

import re

from topline.enrich.entities import canonical_entity
from topline.events.spans import Span
from topline.records import Event

_AUX = r"is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|do|does|did"

LEAD_SENTENCES = 2    # a product told in common words is the news only in an article's first two sentences (later
                      # ones recall other launches: "The company launched a new model ... on the same day"); set on
                      # the seven calibration corpora (issue 12, ninth pass)
_NP_STOP = (r"(?:that|which|who|whose|to|in|at|on|with|from|by|as|after|before|into|for|of|and|or|but|while|most|"
            r"many|some|all|"
            r"than|since|under|across|between|through|via|it|its|their|this|next|last|said|says|" + _AUX + r")")
_COMMON_OBJECT = re.compile(r"\s+(?:on\s+\w+day\s+)?(?:a|an|its|their|the|his|her)\s+"
                            r"((?:(?!" + _NP_STOP + r"\b)[\w][\w.'’-]*\s+){0,5}(?!" + _NP_STOP + r"\b)[a-z][\w-]*)"
                            r"(?=\s*(?:[,;:.]|$|\s+" + _NP_STOP + r"\b|\s+\w+day\b|\s+[a-z]{3,}ing\b))")
_BARE_APPOSED = re.compile(r"\s+(?:on\s+\w+day\s+)?((?:(?!" + _NP_STOP + r"\b|the\b|a\b|an\b)[a-z][\w-]*\s+){0,3}"
                           r"(?!" + _NP_STOP + r"\b)[a-z][\w-]*),\s+(?:a|an)\s+")
_NOT_PRODUCT = frozenset("""statement statements report reports results figures data bid bids offer offers investigation
probe review reviews inquiry campaign campaigns appeal appeals lawsuit lawsuits challenge attack attacks strike
strikes bill bills plan plans proposal proposals measures guidance forecast forecasts survey study studies paper
papers letter letters memo memos list lists findings details update updates fix fixes patch patches effort efforts
drive push initiative
initiatives consultation consultations process tender tenders auction auctions probe prisoners hostages funds
shares stake bonds debt count counts numbers estimate estimates rules rule regulations framework strategy
strategies""".split())


def _apposed_name(gap: str, after: str) -> bool:
    """"launched a third model, the SF-70, this spring": the verb's object told in common words, then its name set
    off by commas (tenth pass); not a speaker ("unveiled a new plan, Acme said") nor an act ("an investigation")."""
    m = re.fullmatch(r"\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}([a-z][\w-]*),\s+(?:the\s+)?", gap)
    return bool(m and m.group(1) not in _NOT_PRODUCT and re.match(r"\s*(?:[,.;]|$)", after))


# A service switched on or begun is often told as a bare noun phrase of two words or more, with no determiner ("switched
# on paid satellite messaging for", "has begun selling radar images with"; events29): read after those verbs only,
# whose object is what is offered (a bare noun after "launched" or "released" is too often an act or a count).
_BARE_OBJECT = re.compile(r"\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands)\b)"
                          r"((?:(?!" + _NP_STOP + r"\b|the\b|a\b|an\b)[a-z][\w-]*\s+){1,4}(?!" + _NP_STOP +
                          r"\b)[a-z][\w-]*)(?=\s*(?:[,;:.]|$|\s+" + _NP_STOP + r"\b|\s+\w+day\b))")
SERVICE_VERB = re.compile(r"(?:switched on|brought online|(?:began|begun|begins|started|starts) [a-z]+ing)$", re.I)


def _common_product(s: str, at: int, bare: bool = False) -> Span | None:
    m = _COMMON_OBJECT.match(s, at) or _BARE_APPOSED.match(s, at) or (_BARE_OBJECT.match(s, at) if bare else None)
    if m is None:
        return None
    start, end = m.start(1), m.end(1)
    head = m.group(1).split()[-1].lower()
    if head in _NOT_PRODUCT or head.endswith("ly") or not re.search(r"[a-z]{3}", head) or m.group(1)[0].isdigit():
        return None   # "unveiled a 500Ah sodium-ion cell", "a 40-billion-parameter version": a figure's unit opens it
    if " " not in m.group(1).strip() and not _OF_PART.match(s, end) and m.re is _COMMON_OBJECT:
        return None   # "launched an app", "launched its copy": a bare noun identifies no product
    of = _OF_PART.match(s, end)      # "a biosimilar version of Meridane's arthritis drug Corvexa": what it is of
    if of is not None and head in _PART_OF | _ONLY_OF:
        end = of.end()
    elif head in _ONLY_OF:
        return None   # "released the weights of most of its models": no product named
    lead = re.match(r"(?:new|latest|first)\s+", s[start:end], re.IGNORECASE)   # "its new coding assistant"
    start += lead.end() if lead and s[start + lead.end():end].strip() else 0
    return Span(s[start:end], start, end)


# A head that names a version or kind of something takes the noun phrase after "of" as part of the product.
_PART_OF = frozenset("version versions copy edition range line family series generation variant form".split())
_ONLY_OF = frozenset("weights code source".split())   # "released the weights of Moyu-V2": the product is what follows
_OF_PART = re.compile(r"\s+of\s+(?:(?!" + _NP_STOP + r"\b)[\w][\w.'’-]*\s+){0,4}?(?!" + _NP_STOP + r"\b)[\w][\w-]*"
                      r"(?=\s*(?:[,;:.]|$|\s+" + _NP_STOP + r"\b|\s+\w+day\b))")


def _described(e: Event) -> bool:
    product = next((f.value for f in e.fields if f.name == "product"), "")
    return bool(re.match(r"[a-z]", str(product)))     # a common-noun phrase, not a name


def _one_launch_per_description(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """A story's launches told in common words by one organisation are one product described differently ("a
    biosimilar version of X's arthritis drug" and "... blockbuster"), and the same product as a launch the story
    names ("launched a generative AI model" beside "launched DeepFleet"): the named launch, else the first
    description, stays (ninth pass)."""
    def org(e: Event) -> str:
        return canonical_entity(str(next((f.value for f in e.fields if f.name == "organisation"), "")))
    named = {org(e) for e in events if e.type == "launch" and not _described(e)}
    kept: set[str] = set()
    out = []
    for e in events:
        if e.type == "launch" and _described(e):
            if org(e) in named or org(e) in kept:
                continue
            kept.add(org(e))
        out.append(e)
    return tuple(out)
