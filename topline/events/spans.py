"""The words the event rules work on: names (capitalised phrases, with datelines, descriptors and owners cut),
the actors among them (not places, nationalities or titled people), figures with their positions, and the raw
event a sentence yields (fields as (name, value, text as written) with the key its story merges on)."""
from __future__ import annotations

import functools
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Sequence, TypeVar

from topline.enrich.entities import extract_entities
from topline.enrich.figures import PlacedFigure, placed_figures
from topline.events.apposition import appositive_head
from topline.events.dates import MONTHS, WEEKDAYS
from topline.events.speakers import other_subject
from topline.patterns import compiled

# --- one computation's memo -------------------------------------------------------------------------------------

# Inside ``remembering`` (one article's statements, issue 14) a sentence's names, actors and places are computed
# once: ``article_statements`` asked for each sentence's names three times (its events, its actors for what later
# sentences refer back to, the site operators) and its actors (each through ``_places``, that is the entity list)
# twice or more. The values are the same as computed afresh (each call gets its own list); outside the scope
# nothing is kept. ``names`` is keyed by its ``common`` object too (held, so its id is not reused meanwhile): the
# words asked of ``common`` are the same whether asked once or three times, so ``events.memo``'s record of them
# does not change.
_MEMO: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("spans_memo", default=None)
_F = TypeVar("_F", bound=Callable[..., Any])


def remembering(fn: _F) -> _F:
    """``fn`` with a fresh memo of ``names``, ``actors`` and ``_places`` for each call, dropped at its end."""
    @functools.wraps(fn)
    def scoped(*args: Any, **kwargs: Any) -> Any:
        token = _MEMO.set({})
        try:
            return fn(*args, **kwargs)
        finally:
            _MEMO.reset(token)
    return scoped  # type: ignore[return-value]


# --- names ----------------------------------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w&.\-]*[\w&]|[A-Z](?![$\w])|[a-z]{1,2}[A-Z][\w&.\-]*)"   # "xAI", "eBay" too
_NAME = re.compile(_CAP + r"(?:(?:\s+(?:of|de|du|la|van|von|der|&|for)\s+|\s+)" + _CAP + r")*"
                   r"(?:\s+\d[\w.]*(?![\w.]*\s*(?:%|per|bn|billion|million|GW|MW|gigawatts?|megawatts?)))?")
# The second block of prepositions (the lead, after eval-work's one measurement): "Across 12 boards, high schools
# stood empty as teachers staged a strike" had titled a claim "Across 12 faces a strike"; a scan of the 18,230
# sentences of every calibration corpus and the demo through ``sentence_events`` found no other event changed.
_NOT_NAME = frozenset("""the a an this that these those it its he she they we i his her their our in on at of for
and or but if as by to from with after before when while since however also there here what who why how where which
some many most all both each more one two three another other such no not so then than now last next first new
under over about meanwhile despite although though according shares share stock stocks
analysts analyst officials official executives company companies government regulators investors chief
ceo instead separately still yet overall earlier later elsewhere today yesterday tomorrow there here thus hence
besides indeed alongside amid amidst among amongst unlike during
across through throughout within without against toward towards into onto upon around near behind below above
beside between inside outside via until every""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)
# A month's abbreviation before a day's number is a date, not a name ("signed the contract Jan. 27", "ruled Sept. 3";
# the lead, after eval-space's one measurement: two false claim titles, "launches Jan" and "moves to regulate Jan").
_MONTH_ABBREV = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_NEXT = re.compile(r"\.?\s*\d{1,2}\b")
_BODY_END = re.compile(r"\b(?:Agency|Authority|Administration|Services|Care|Commission|Technology|Security Agency|"
                       r"Office|Bureau|Board)$")
# The head of a public body's name that takes "of the" and the rest of the name ("Office of the Comptroller of the
# Currency", "Department of the Treasury", "Court of Justice of the European Union", "Bank of the Republic").
_OF_THE_HEAD = re.compile(r"\b(?:Office|Bureau|Ministry|Department|Commission|Comptroller|Controller|Court|Justice|"
                          r"Council|Chamber|Board|Authority|Agency|Registrar|Inspector|Auditor|Superintendent|"
                          r"Superintendency|Treasury|Bank|Directorate|Secretariat|Ombudsman|Commissioner)$")
# Words that end a company's name but name nothing alone ("<Name> AI", "<Name> Labs", "<Name> Systems").
DESIGNATORS = frozenset("""ai labs lab systems system cloud technologies technology tech robotics networks network
software semiconductor semiconductors therapeutics bio biotech pharma pharmaceuticals energy power capital ventures
partners health data computing dynamics industries holdings holding group inc corp co ltd plc llc""".split())
# What follows a name used as a subject or set apart: a verb, an auxiliary, a possessive or punctuation.
_ACTS_NEXT = re.compile(r"(?:['\u2019]s\b|\s*[,.;:()\u2013\u2014-]|\s*$|\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says|has|have|had|"
                        r"is|was|will|would|could|can|may|plans|raises|launches|agrees|buys|acquires|opens|files|"
                        r"unveils|releases|closes|wins|signs|faces|reports|hires|cuts|lands|secures|gets|seeks|"
                        r"nears|sells|makes|takes|expects|announces|shows)\b)")
_ARTICLE_WORDS = frozenset("the a an this that these those it its his her their our".split())
_GOVERNMENT = re.compile(r"\b(?:commission|ministry|minister|department|agency|parliament|congress|senate|"
                         r"government|regulators?|authority|authorities|council|court|treasury|assembly|bundestag|"
                         r"directorate|commissioner|superintendency|"   # ninth pass: more heads of a body
                         r"supervisory (?:service|authority|commission)|"   # events37 ("watchdog": not, see RESULTS)
                         r"cabinet|administration|bureau|tribunal|ombudsman|inspectorate|lawmakers|legislature|"
                         r"legislators|governor|(?:development|central|state-owned development|national development) "
                         r"bank|economic (?:development|investment) (?:corp\.?|corporation|committee|board|agency)|"
                         r"enterprise fund|"
                         r"ruling coalition)\b", re.IGNORECASE)   # events19: "Japan's ruling coalition agreed to triple"
# Central banks by name (a closed list: "Bank of America" is a lender, "Bank of Canada" a public body), fourteenth pass,
# read on eval-fin: "The Bank of Canada cut its key overnight rate", "De Nederlandsche Bank has asked Velora for a report"
CENTRAL_BANKS = (r"Bank of (?:England|Canada|Japan|Korea|Thailand|Israel|Mexico|Russia|Italy|France|Spain|Ghana|Uganda)|"
                 r"Bank Indonesia|Bank Negara(?: Malaysia)?|Reserve Bank(?: of (?:India|Australia|New Zealand))?|"
                 r"Federal Reserve|(?<=[Tt]he )Fed|Swiss National Bank|Norges Bank|Riksbank|Bundesbank|"
                 r"Nederlandsche Bank|People['\u2019]s Bank of China|Banxico|Central Bank of [A-Z][a-z]+")
# fourteenth pass (read on eval-def): the armed services and their alliance buy and act as public bodies
# ("The US Army awarded ...", "the Space Force awarded task orders", "NATO allies agreed to buy")
_GOVERNMENT_CASED = re.compile(r"\b(?:House|Office|Board|State|Diet|White House|Coast Guard|National Guard|Guardia Civil|"
                               r"Army|Navy|Air Force|Space Force|Marine Corps|Pentagon|NATO|" + CENTRAL_BANKS + r"|"
                               r"EPA|FERC|SEC|CFTC|DOE|FTC|DOJ|Ofgem|"
                               r"Ofwat|ACER|ERCOT|CPUC|IRS|NDRC|MIIT|SAMR|CMA|BNetzA|EU|FDA|EMA|HHS|CMS|NIH|MHRA|"
                               r"FCC|FAA|NHTSA|CFIUS|USTR|ACCC|Ofcom|NRC|BOEM|PHMSA|OSHA|CPSC|CDC)\b")


def _gov(text: str) -> re.Match[str] | None:
    return _GOVERNMENT.search(text) or _GOVERNMENT_CASED.search(text)


# adjectives that name a jurisdiction -> its name
_JURISDICTION_ADJ = {"european": "EU", "eu": "EU", "u.s.": "United States", "us": "United States",
                     "american": "United States", "federal": "United States", "chinese": "China", "british": "UK",
                     "uk": "UK", "german": "Germany", "french": "France", "indian": "India", "japanese": "Japan",
                     "spanish": "Spain", "italian": "Italy", "dutch": "Netherlands", "australian": "Australia",
                     "canadian": "Canada", "brazilian": "Brazil", "korean": "South Korea", "danish": "Denmark",
                     "norwegian": "Norway", "swedish": "Sweden", "polish": "Poland", "mexican": "Mexico",
                     "indonesian": "Indonesia", "vietnamese": "Vietnam", "turkish": "Turkey", "irish": "Ireland",
                     "scottish": "Scotland", "californian": "California", "texan": "Texas"}


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    ref: str = ""       # what the words stand for ("the company" -> the article's main actor); "" = the words

    @property
    def value(self) -> str:
        return self.ref or self.text


_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'\-]+,[^\u2013\u2014]{0,40}?(?:\)\s*)?|[^()]{0,40}\([A-Z][\w .]{1,30}\)\s*)"
                       r"[-\u2013\u2014]\s|"
                       # a city alone in capitals ("TOKYO -- ", "LINCOLN - "; thirteenth pass: read as a place)
                       r"^[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,2}\s+(?:--|[-\u2013\u2014])\s")
_DESCRIPTOR = re.compile(r"-(?:based|listed|owned|backed|led|made|born|registered|headquartered|focused|generated|equipped|"
                         r"powered|driven|enabled)$")


def names(sentence: str, common: frozenset[str] = frozenset()) -> list[Span]:
    """``_names``, once per sentence and ``common`` inside ``remembering``."""
    memo = _MEMO.get()
    if memo is None:
        return _names(sentence, common)
    key = ("names", sentence, id(common))
    got = memo.get(key)
    if got is None or got[0] is not common:
        got = memo[key] = (common, tuple(_names(sentence, common)))
    return list(got[1])


def _names(sentence: str, common: frozenset[str]) -> list[Span]:
    """Capitalised phrases of a sentence (sentence-initial ones included), with leading function words cut; a
    dateline ("BEIJING, July 3 (Reuters) -") names no actor."""
    out = []
    dateline = _DATELINE.match(sentence)
    skip = dateline.end() if dateline else 0
    for m in _NAME.finditer(sentence):
        if m.start() < skip:
            continue
        if m.group(0).lower() in _MONTH_ABBREV and _DAY_NEXT.match(sentence, m.end()):
            continue
        words = m.group(0).split()
        while words and _DESCRIPTOR.search(words[-1]):
            head = _DESCRIPTOR.sub("", words[-1])
            words = words[:-1] + ([head] if len(words) > 1 and head[:1].isupper() else [])
            if head and len(words) and words[-1] == head:
                break
        start = m.start()
        whole, whole_start = list(words), start
        while words and words[0].lower().strip(".") in _NOT_NAME and not (
                words[0] == "New" and len(words) > 1 and start > skip):   # "New Albany", "New Delhi"; after "The" too
            start = sentence.index(words[0], start) + len(words[0])
            words = words[1:]
            while start < len(sentence) and sentence[start] == " ":
                start += 1
        if words and len(words) < len(whole) and all(w.lower().rstrip(".,") in DESIGNATORS for w in words):
            # "First AI", "Next Labs", "One Cloud": what is left after the leading word is only a company's
            # designator, so that word belongs to the name; after an article or pronoun ("The Labs", "Its Cloud")
            # nothing is named
            if whole[0].lower().strip(".") in _ARTICLE_WORDS or not _ACTS_NEXT.match(
                    sentence[whole_start + len(" ".join(whole)):]):
                continue   # "More AI companies", "All AI labs": a quantity of things, no name
            words, start = whole, whole_start
        while words and words[-1].lower() in ("and", "of", "&", "for"):
            words = words[:-1]
        if not words:
            continue
        text = sentence[start:start + len(" ".join(words))]
        if text != " ".join(words):   # internal spacing differs: search it again
            at = sentence.find(words[0], start)
            text, start = words[0], at
        text = re.sub(r"['\u2019]s$", "", text).rstrip(".")
        if start == skip and " " not in text and (re.search(r"(?:ers|ors|ists|ians|ants|ents)$", text)
                                                    or text.lower() in common):
            # "Regulators", "Total investment": a capitalised common word opening the sentence (one the article
            # also writes in lower case)
            continue   # "Regulators", "Analysts", "Residents": a capitalised common noun opening the sentence
        if text and not text.isdigit() and text.lower() not in _NOT_NAME and len(text) > 1:
            out.append(Span(text, start, start + len(text)))
    # "Competition and Markets Authority", "Department of Health and Human Services": one body's name, not two
    joined: list[Span] = []
    for x in out:
        prev = joined[-1] if joined else None
        if prev is not None and sentence[prev.end:x.start] == " and " and _BODY_END.search(x.text) and \
                (" " not in prev.text or _GOVERNMENT.match(prev.text) or
                 re.fullmatch(r"(?:US|U\.S\.|UK|EU) [A-Z][\w-]+", prev.text) or   # "US Cybersecurity and ..."
                 # "Australian Communications and Media Authority" (a nation's adjective, then the name's first word;
                 # issue 12: the name had been cut to "Media Authority")
                 (prev.text.count(" ") == 1 and prev.text.split()[0].lower() in _JURISDICTION_ADJ) or
                 # "the National Oceanic and Atmospheric Administration": after one determiner, two modifiers joined by
                 # "and" share the body's head (events29; the name had been cut to "Atmospheric Administration")
                 (re.search(r"\b[Tt]he\s+$", sentence[:prev.start]) and not _gov(prev.text))):
            joined[-1] = Span(sentence[prev.start:x.end], prev.start, x.end)
        else:
            joined.append(x)
    out = joined
    # "the Office of the Comptroller of the Currency", "the Court of Justice of the European Union": a public body's
    # name read whole across "of the" (eleventh pass: the name had been cut to "Office")
    joined = []
    for x in out:
        prev = joined[-1] if joined else None
        if prev is not None and sentence[prev.end:x.start] == " of the " and _OF_THE_HEAD.search(prev.text):
            joined[-1] = Span(sentence[prev.start:x.end], prev.start, x.end)
        else:
            joined.append(x)
    out = joined
    # "the Information Commissioner's Office": an office named by its holder is one body
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if re.fullmatch(r"['\u2019]s ", sentence[a.end:b.start]) and re.fullmatch(r"(?:Office|Department|Bureau)",
                                                                                 b.text):
            out[i - 1:i + 1] = [Span(sentence[a.start:b.end], a.start, b.end)]
    # "Elon Musk's xAI": the owner's name is not the actor (but "Halvard AI's Series E": a round is no name; and
    # "Harwell Cloud's Frankfurt data centres": a name that only modifies the common noun after it, not a verb, is
    # no head, and the owner stays the actor; sixth pass, grammar of the possessive)
    return [x for i, x in enumerate(out) if not (i + 1 < len(out) and re.match(r"['\u2019]s\s+$", sentence[x.end:
            out[i + 1].start]) and not re.match(r"Series [A-H]\b", out[i + 1].text) and not _modifier(
            sentence, out[i + 1]))]


def _modifier(sentence: str, x: Span) -> bool:
    """The name is followed by a lower-case word that is no verb, auxiliary or function word ("Frankfurt data
    centres"; not "France's Pellan Optics a total of ..."): it modifies that noun."""
    rest = sentence[x.end:]
    nxt = re.match(r"\s+([a-z][\w-]*)", rest)
    return bool(nxt) and nxt.group(1) not in _NOT_NAME and not _ACTS_NEXT.match(rest)


# US states (the entity list knows countries and cities better than states), so a state is never an actor.
_US_STATES = re.compile(r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
                        r"Georgia|"
                        r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
                        r"Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
                        r"New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
                        r"Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
                        r"West Virginia|Wisconsin|Wyoming|Puerto Rico)\b(?![\w-])")


def _places(sentence: str) -> list[Span]:
    """The places of a sentence (US states and the entity list's places) in order; once per text inside
    ``remembering``."""
    memo = _MEMO.get()
    if memo is None:
        return _places_in(sentence)
    key = ("places", sentence)
    got = memo.get(key)
    if got is None:
        got = memo[key] = tuple(_places_in(sentence))
    return list(got)


def _places_in(sentence: str) -> list[Span]:
    spans = [Span(m.group(0), m.start(), m.end()) for m in _US_STATES.finditer(sentence)]
    # the entity list keeps one mention per place, so a dateline's city hid the country the sentence names after it
    # ("BEIJING, Dec 21 (Reuters) - China will require licences": events27); the words after a dateline read too
    dateline = _DATELINE.match(sentence)
    found = extract_entities(sentence) + (extract_entities(sentence[dateline.end():]) if dateline else [])
    for e in {e.text: e for e in found if e.kind == "PLACE"}.values():
        for m in compiled(r"(?<![\w])" + re.escape(e.text) + r"(?![\w])").finditer(sentence):
            spans.append(Span(e.text, m.start(), m.end()))
    return sorted(spans, key=lambda x: x.start)


# --- figures with positions (enrich.figures.placed_figures, shared with the checker) ---------------------------

Fig = PlacedFigure
figures = placed_figures


# --- one sentence -> raw events -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Raw:
    type: str
    fields: tuple[tuple[str, object, str], ...]     # (name, value, text as written)
    key: str                                        # canonical key the story's articles merge on
    cited: tuple[tuple[str, str], ...] = ()         # (field, sentence): a field stated in an earlier sentence


def _field(name: str, value: object, text: str) -> tuple[str, object, str]:
    return (name, value, text)


_TITLE_WORD = re.compile(r"\b(?:CEO|Chief|President|Minister|Secretary|Chair|Chairman|Chairwoman|Governor|Senator|"
                         r"Sen|Rep|Commissioner|Director|Premier|Mayor|Capt|Gen|Dr|Mr|Mrs|Ms)\b\.?")


# Countries that run on into the next name when a sentence omits a comma ("in the United States Meta has ...").
_COUNTRY_LEAD = ("United States", "United Kingdom")
# Bodies whose country goes without saying in English-language news (a body named with its country's adjective
# or a place is read from those instead).
_BODY_JURISDICTION = {"justice department": "United States", "department of justice": "United States",
                      "commerce department": "United States", "department of commerce": "United States",
                      "state department": "United States", "treasury department": "United States",
                      "congress": "United States", "white house": "United States", "ferc": "United States",
                      "sec": "United States", "ftc": "United States", "doj": "United States", "epa": "United States",
                      "doe": "United States", "ercot": "United States", "ofgem": "UK", "cma": "UK",
                      "bundestag": "Germany", "european commission": "EU", "european parliament": "EU",
                      "ndrc": "China", "miit": "China", "samr": "China",
                      # thirteenth pass: national regulators and central banks whose name says no country (read
                      # where eval-fin, eval-tmt, eval-ai3, cal-ai and eval-mob gave no jurisdiction for them)
                      "securities and exchange commission": "United States", "fcc": "United States",
                      "federal communications commission": "United States", "federal trade commission": "United States",
                      "office of the comptroller of the currency": "United States", "occ": "United States",
                      "nhtsa": "United States", "national highway traffic safety administration": "United States",
                      "faa": "United States", "federal aviation administration": "United States",
                      "fda": "United States", "food and drug administration": "United States",
                      "usda": "United States", "hhs": "United States", "federal reserve": "United States",
                      "cisa": "United States", "cybersecurity and infrastructure security agency": "United States",
                      "hhs office for civil rights": "United States",
                      "competition and markets authority": "UK", "ofcom": "UK", "financial conduct authority": "UK",
                      "information commissioner's office": "UK", "bank of england": "UK",
                      "department for transport": "UK", "bafin": "Germany", "arcep": "France",
                      "bank of canada": "Canada", "transport canada": "Canada", "bank indonesia": "Indonesia",
                      "easa": "EU", "european central bank": "EU", "ecb": "EU", "reserve bank of india": "India"}


# The outlet of an attribution is the reporter, never an actor of the event: "..., Bloomberg has reported, as it
# buys Nvidia chips" (read on the demo corpus: Bloomberg had become the buyer of Nvidia). An attribution's verb has no
# object of its own (mend30, the general reading of the lead's list after eval-capital): what follows it is the
# clause's end, "that" and what was reported, a time or a preposition ("reported on Tuesday that", "wrote in a blog
# post", "writes about chips"), or a definite object told before ("reported the talks": news of what the story
# tells). A verb with an object of its own is the subject's act: a company reporting its figures ("Quillmoor Capital
# reported a 14% rise in fee-related earnings", "reports results on Wednesday"), "wrote off its satellite"
# (events29), an insurer that "writes home, auto and small-business policies".
_REPORTED_BY = re.compile(r"^,?\s+(?:has |had |have )?(?:reported|reports|wrote|writes)\b"
                          r"(?=\s*(?:[,.;:!?)\"\u201d\u2019'\u2014\u2013]|$)|\s+(?:the|that|on|in|at|to|for|from|by|with|"
                          r"about|after|before|as|when|while|late|early|earlier|last|this|today|yesterday|overnight|"
                          r"citing|quoting|first|previously|exclusively|separately|also|recently|"
                          r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\w-]))")
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:a report (?:by|from|in)\s+)?$", re.IGNORECASE)
# The author of a study, survey or report a sentence is attributed to is its source, not an actor of what it found
# ("..., according to a study from Stanford University's ...", "researchers at Stanford University found"; seventh
# pass: a study's finding of vulnerabilities had made the university suffer a breach).
_STUDY_BY = re.compile(r"(?:\baccording to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|\b(?:[Aa]|[Aa]n|[Tt]he|[Nn]ew)\s+"
                       r"(?:[\w-]+\s+){0,2}?)(?:study|studies|survey|report|paper|analysis|research|review|audit|"
                       r"poll|assessment)\s+(?:by|from|of|at|led by|conducted by|published by)\s+(?:the\s+)?$|"
                       r"\b(?:researchers?|scientists?|academics?|economists?|analysts?|professors?|fellows?|"
                       r"strategists?|experts?)\s+(?:at|from|with|of)\s+(?:the\s+)?$")   # a speaker's affiliation


_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['\u2019]s\s+$")   # "Stanford University's "


def actors(spans: Sequence[Span], sentence: str) -> list[Span]:
    """Names that can act as a company or organisation: not a place, a nationality, a titled person or the outlet
    of an attribution (a name run on from a place, "the United States Meta", keeps its own part). Once per sentence
    and spans inside ``remembering``."""
    memo = _MEMO.get()
    if memo is None:
        return _actors(spans, sentence)
    key = ("actors", sentence, tuple(spans))
    got = memo.get(key)
    if got is None:
        got = memo[key] = tuple(_actors(spans, sentence))
    return list(got)


def _actors(spans: Sequence[Span], sentence: str) -> list[Span]:
    places = {p.text for p in _places(sentence)} | set(_COUNTRY_LEAD)
    out = []
    source_end = -1     # the end of a study's or report's author, whose name may run on ("X's Center for Y on Z")
    for x in spans:
        if _REPORTED_BY.match(sentence[x.end:]) or _ACCORDING_TO.search(sentence[:x.start]):
            continue
        if _STUDY_BY.search(_OWNER_BEFORE.sub("", sentence[:x.start])) or (
                source_end >= 0 and re.fullmatch(r"['\u2019]s\s+|\s+(?:on|of|for|at)\s+", sentence[source_end:x.start])):
            source_end = x.end
            continue
        lead = next((p for p in places if x.text.startswith(p + " ")), None)
        if lead:
            x = Span(x.text[len(lead) + 1:], x.start + len(lead) + 1, x.end)
        if x.text not in places and x.text.lower() not in _JURISDICTION_ADJ and not _TITLE_WORD.search(x.text) \
                and not sentence.startswith("$", x.end):
            out.append(x)
    return out


# A relative clause closed just before the trigger ("Nivalis Cyber, which monitors ... from its centres in Rennes and
# Lyon, has raised €65 million"): the subject is the name before the clause, not the last name inside it (the lead,
# 2026-12-06, read on eval-cyber after its one measurement: "Lyon raises €65 million" in a claim title).
_RELATIVE_CLOSED = re.compile(r",\s+(?:which|who|whose)\b[^;]*?,\s*(?:(?:has|have|had|is|are|was|were|also|now|"
                              r"just|then|later|will|would)\s+){0,2}$")


def _subject(sentence: str, before: int, spans: Sequence[Span]) -> Span | None:
    """The name that acts: the last name before the trigger in the trigger's clause, else the first name."""
    rel = _RELATIVE_CLOSED.search(sentence, 0, before)
    if rel is not None:
        head = [s for s in spans if s.end <= rel.start() and not re.search(
            r"\b(?:in|at|near|from|to|of)\s+$", sentence[max(0, s.start - 6):s.start])]
        if head and not re.search(r"[,;]", sentence[head[-1].end:rel.start()]):
            return head[-1]
    clause_start = max(sentence.rfind(", ", 0, before), sentence.rfind("; ", 0, before), 0)
    cands = [s for s in spans if s.end <= before and not re.search(r"\b(?:in|at|near|from|to|of)\s+$",
                                                                    sentence[max(0, s.start - 6):s.start])]
    cands = [s for s in cands if not other_subject(sentence, s.end, before)]   # "X said three fabs had ...": the
    # clause's own subject acts (the lead, eval-chips)
    in_clause = [s for s in cands if s.start >= clause_start]
    if not in_clause and clause_start > 0:   # "X, a producer backed by Y, has postponed its IPO": X (events34)
        head = appositive_head(sentence, clause_start, cands)
        if head is not None:
            return head
    pool = cands if not in_clause else in_clause
    if not pool:
        return None
    # the subject of "X, a Y-based developer, raised" is the first name of the sentence
    return pool[0] if len(pool) > 1 and pool[0].start == 0 else pool[-1]


def _after(sentence: str, at: int, spans: Sequence[Span]) -> Span | None:
    for s in spans:
        if s.start >= at:
            return s
    return None
