"""A prose checker for published pages: the defect classes of issue 11, each a pure function over the edition.

Classes (reason codes):

* ``mid_capital``: a capital letter mid-sentence after an attribution ("The Guardian reports that A fraudster");
* ``boilerplate``: page furniture kept in a sentence ("Driving the news:", "Why it matters:", "Sign up", "Photo:");
* ``dangling``: a sentence that opens on a reference to something it does not name ("The stock", "The system",
  "the group", "The company", "It") where nothing before it on the page names it: a Top Line bullet, the first
  sentence of a paragraph, or a sentence re-attributed to another outlet ("X reports that the group ...");
* ``formula``: the same opening formula ("Since the 2 July edition, X reports that") on more than
  ``FORMULA_LIMIT`` paragraphs of a page;
* ``stacked_attribution``: two attributions in one sentence ("Reuters reports that ..., according to ...
  Reuters");
* ``repeated``: the same sentence in two sections (of a page, or Key Developments/Signals of two pages);
* ``stale_headline``: a headline whose figure the newest text of its development contradicts (a headline older
  than the text it heads);
* ``outlet_entity``: a ranking note that counts an outlet as an entity ("Reuters appears in 2 of today's stories");
* ``feature_voice``: a feature's voice printed as reporting: the reader addressed ("you will see", "your team"),
  a question, or a scene or anecdote opening ("Walk the fields east of Lebanon ...", "For decades, ...", "When
  Maria Delgado went to the emergency room ..."), or the outlet's own voice ("Our analysis found", "Here's what
  the bank reported"); quoted speech does not count, nor an outlet's name ("according to Which?").

``check_edition`` returns every defect found and the number of published sentences, so a caller reports defects
per 100 sentences.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from topline.records import CategoryPage, Edition
from topline.text import split_sentences

FORMULA_LIMIT = 2          # a formula may open this many paragraphs of a page; each one more is a defect
STALE_RATIO = 1.01         # headline and text amounts further apart than this are different figures

# Common words that only begin a sentence with a capital: after "reports that" they must be lower case.
_COMMON_OPENERS = frozenset("""a an the this that these those its it his her their our my some many most several
all any each every no one two three four five in on at for after before by as when while with under over since
during if but and or so yet there here he she they we you i what which who how why where one another such both
however meanwhile still also""".split())
_ATTR_THAT = re.compile(r"\b(?:reports?|reported|says?|said|writes?|wrote|notes?|adds?|added) that "
                        r"([A-Z][\w']*)(\s+\S+)?")
_BOILERPLATE = re.compile(
    r"\b(?:Driving the news|Why it matters|The big picture|Between the lines|Zoom in|Zoom out|Go deeper|"
    r"What they're saying|What we're watching|The bottom line|Catch up quick|Yes, but|State of play|By the numbers|"
    r"Flashback|The intrigue|What's next)\s*:|\bSign up\b|\bsign up for\b|\bPhoto:|\bImage:|\bFile photo\b|"
    r"\bRead more\b|\bSubscribe\b|\bClick here\b|\bAll rights reserved\b|\(Reporting by\b|\bEditing by\b",
    re.IGNORECASE)
_ATTR_PREFIX = re.compile(r"^(?:Since the \d{1,2} [A-Z][a-z]+ edition, )?(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*|"
                          r"The [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*) reports that ")
_DANGLING = re.compile(r"^(?:The|the) (?:stock|shares|system|group|company|firm|deal|move|plan|startup|start-up|"
                       r"unit|tool|model|agency|bank|lender|project|proposal|report|study|measure|bill|rule|"
                       r"policy|decision|chipmaker|carmaker|developer|operator|utility|fund|investor|buyer|"
                       r"seller|two|two companies|people|partnership|agreement|acquisition|transaction|"
                       r"offering|round|facility|plant|site|programme|program|scheme|latest|new)\b|"
                       r"^(?:It|He|She|They|This|That|These|Those|Its|His|Her|Their|Both|Such)\b")
_OUTLET_IN_SENTENCE = re.compile(r"\b(?:according to|per|seen by|reviewed by|told|reported by|said to)\s+"
                                 r"(?:a |an |the )?(?:[\w-]+ ){0,4}?([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)")
_PROMINENCE = re.compile(r"^(.+?) appears in \d+ of today's stories$")
_MONEY = re.compile(r"(?:[$\u20ac\u00a3\u00a5]|\b(?:US|HK|S|A|C)\$)\s?(\d+(?:[.,]\d+)?)\s*"
                    r"(trillion|billion|million|bn|mn|m|tn|k)?\b", re.IGNORECASE)
_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6,
          "k": 1e3}
_TENTATIVE = re.compile(r"\b(?:in talks|said to be|is said|seeks?|seeking|considers?|considering|weighs?|"
                        r"weighing|plans? to|mulls?|could|may|eyes|nears?)\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:closed|completed|raised|has raised|agreed|signed|finalised|finalized|secured)\b")


@dataclass(frozen=True)
class Defect:
    code: str
    category: str        # page name ("" for an edition-wide check)
    section: str         # top_line | key_developments | signals | headline | ranking
    text: str


@dataclass(frozen=True)
class ProseReport:
    sentences: int
    defects: tuple[Defect, ...]

    @property
    def per_100(self) -> float:
        return round(100.0 * len(self.defects) / self.sentences, 2) if self.sentences else 0.0

    def by_code(self) -> dict[str, int]:
        return dict(sorted(Counter(d.code for d in self.defects).items()))


def strip_attribution(sentence: str) -> str:
    """The sentence without a leading "X reports that" (and "Since the D edition, "): what the source says."""
    return _ATTR_PREFIX.sub("", sentence, count=1)


def _units(section: str, page: CategoryPage) -> Iterator[tuple[str, list[str]]]:
    """(section, sentences of one unit) for every bullet, paragraph and signal text of the page."""
    if section == "top_line":
        for t in page.top_line:
            yield section, split_sentences(t.text) or [t.text]
    elif section == "key_developments":
        for d in page.key_developments:
            for p in d.paragraphs:
                yield section, split_sentences(p.text)
    else:
        for s in page.signals:
            yield section, split_sentences(s.text) + ([s.watch] if s.watch else [])


SECTIONS = ("top_line", "key_developments", "signals")


def page_sentences(page: CategoryPage) -> Iterator[tuple[str, int, str]]:
    """(section, index in its unit, sentence) for every published sentence of the page."""
    for section in SECTIONS:
        for _, sents in _units(section, page):
            for i, s in enumerate(sents):
                yield section, i, s


# --- one sentence ---------------------------------------------------------------------------------------------

def mid_capital(sentence: str) -> bool:
    for m in _ATTR_THAT.finditer(sentence):
        word, nxt = m.group(1), (m.group(2) or "").strip()
        if word.lower() in _COMMON_OPENERS and not (word in ("The", "A") and nxt[:1].isupper()):
            return True
        if word.lower() in ("the",) and nxt[:1].islower():
            return True
    return False


_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_YOU = re.compile(r"\b(?:you|your|yours|you're|you've|you'll|you'd|yourself)\b|\?", re.IGNORECASE)
_SCENE = re.compile(
    r"^(?:Walk |Drive |Stand |Step |Imagine|Picture |Not long ago|These days|Ever since|Once upon|"
    r"For (?:years|decades|generations|months)\b|Think of|Remember when|Welcome to|Meet |Here's|Here is|"
    r"When\b[^,]{0,80}\b(?:first|began|went|was|were|walked|pitched|arrived|started)\b)")


# The outlet's own voice (issue 11, twelfth pass): the newsroom speaking as "we" ("Our analysis found", "Founders
# we spoke to", "the most capable we have tested") outside quoted speech. Case-sensitive "us" (not "US"). A
# sentence with an unbalanced quote mark is part of a longer quotation and is not judged.
_OUTLET_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Ww]e've|[Ww]e're|[Ww]e'd|[Ww]e'll|ourselves)\b|"
                           r"\b[Hh]ere's what\b")


def outlet_voice(text: str) -> bool:
    """The outlet speaking in its own voice outside quoted speech ("Our analysis found ...")."""
    rest = _QUOTED.sub(" ", text.replace("\u2019", "'"))
    if re.search(r"[\"\u201c\u201d]", rest):
        return False
    return bool(_OUTLET_VOICE.search(rest))


def feature_voice(sentence: str, outlets: Iterable[str] = ()) -> bool:
    """A feature's voice: the reader addressed or asked (outside quotes), a scene or anecdote opening, or the
    outlet's own voice. An outlet's name is not its voice ("according to Which?" asks nothing)."""
    core = strip_attribution(sentence.strip())
    core = core[:1].upper() + core[1:]
    for o in outlets:
        if o and not o[-1].isalnum() and o in core:
            core = core.replace(o, o.rstrip("?!"))
    return bool(_YOU.search(_QUOTED.sub(" ", core)) or _SCENE.match(core) or outlet_voice(core))


def boilerplate(sentence: str) -> bool:
    return bool(_BOILERPLATE.search(sentence))


def dangling(sentence: str) -> bool:
    """Opens on a reference it does not resolve: "The stock fell", "It said", "the group" after "reports that"."""
    return bool(_DANGLING.match(strip_attribution(sentence)))


def stacked_attribution(sentence: str, outlets: Iterable[str] = ()) -> bool:
    """Two attributions in one sentence: "X reports that ..., according to Y", or X named again inside."""
    m = _ATTR_PREFIX.match(sentence)
    rest = sentence[m.end():] if m else sentence
    attributions = len(re.findall(r"\baccording to\b|\breports that\b|, per [A-Z]", sentence))
    if m and re.search(r"\baccording to\b|, per [A-Z]", rest):
        return True
    if attributions >= 2:
        return True
    if m:
        named = m.group(0).replace("reports that", "").strip()
        named = re.sub(r"^Since the \d{1,2} [A-Z][a-z]+ edition, ", "", named).strip()
        if named and re.search(r"\b(?:seen|reviewed|obtained) by " + re.escape(named) + r"\b|\b"
                               + re.escape(named) + r" (?:reported|reports|said|understands|has learned)\b", rest):
            return True
    return False


def formula_key(paragraph_first_sentence: str, outlets: Iterable[str] = ()) -> str | None:
    """The opening formula of a paragraph, outlets and dates blanked ("Since the D edition, X reports that"),
    or None when the paragraph does not open on a formula."""
    s = paragraph_first_sentence
    m = re.match(r"^Since the \d{1,2} [A-Z][a-z]+ edition, ", s)
    if m:
        return "Since the D edition,"
    for o in sorted(outlets, key=len, reverse=True):
        if o and s.startswith(o + " "):
            rest = s[len(o) + 1:]
            m2 = re.match(r"^(reports that|puts the|says|said)\b", rest)
            return f"X {m2.group(1)}" if m2 else None
    return None


def _amounts(text: str) -> list[float]:
    out = []
    for m in _MONEY.finditer(text):
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        out.append(v * _SCALE.get((m.group(2) or "").lower(), 1.0))
    return out


def stale_headline(headline: str, newest_text: str) -> bool:
    """The headline gives an amount that the newest text contradicts (it gives a different amount and not the
    headline's), or the headline reports talks the newest text reports done."""
    h, t = _amounts(headline), _amounts(newest_text)
    if h and t and not any(max(a, b) / min(a, b) <= STALE_RATIO for a in h for b in t if a > 0 and b > 0):
        return True
    return bool(_TENTATIVE.search(headline) and _DONE.search(newest_text) and h and t)


# --- the edition ----------------------------------------------------------------------------------------------

def check_page(page: CategoryPage, outlets: Sequence[str] = (), newest: dict[str, str] | None = None) -> list[Defect]:
    """Every defect of one page. ``newest`` maps a story id to its newest article's text (for headlines)."""
    out: list[Defect] = []
    formulas: Counter[str] = Counter()
    seen: dict[str, str] = {}
    for section in SECTIONS:
        for _, sents in _units(section, page):
            for i, s in enumerate(sents):
                if mid_capital(s):
                    out.append(Defect("mid_capital", page.name, section, s))
                if boilerplate(s):
                    out.append(Defect("boilerplate", page.name, section, s))
                if (i == 0 or _ATTR_PREFIX.match(s)) and dangling(s):
                    out.append(Defect("dangling", page.name, section, s))
                if feature_voice(s, outlets):
                    out.append(Defect("feature_voice", page.name, section, s))
                if stacked_attribution(s, outlets):
                    out.append(Defect("stacked_attribution", page.name, section, s))
                key = _norm(strip_attribution(s))
                if key in seen and seen[key] != section and len(key.split()) >= 6 and not _FOOTER.match(s):
                    out.append(Defect("repeated", page.name, section, s))
                seen.setdefault(key, section)
            if section == "key_developments" and sents:
                f = formula_key(sents[0], outlets)
                if f:
                    formulas[f] += 1
                    if formulas[f] > FORMULA_LIMIT:
                        out.append(Defect("formula", page.name, section, sents[0]))
    for d in page.key_developments:
        text = (newest or {}).get(d.story_id)
        if text and stale_headline(d.headline, text):
            out.append(Defect("stale_headline", page.name, "headline", d.headline))
    return out


# A signal's computed footers ("Evidence: two stories from three outlets.", "Trend: it continues a signal in the 2
# July edition, ...") are counts and a status, not reporting: the same count on two pages is not a repeated sentence.
_FOOTER = re.compile(r"^(?:Evidence|Trend): ")


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def repeated_across_pages(pages: Sequence[CategoryPage]) -> list[Defect]:
    """A Key Developments or Signals sentence printed on two pages (each page is written for its reader)."""
    out: list[Defect] = []
    first: dict[str, str] = {}
    for page in pages:
        mine: set[str] = set()
        for section in ("key_developments", "signals"):
            for _, sents in _units(section, page):
                for s in sents:
                    key = _norm(strip_attribution(s))
                    if len(key.split()) < 6 or key in mine or _FOOTER.match(s):
                        continue
                    mine.add(key)
                    if key in first and first[key] != page.name:
                        out.append(Defect("repeated", page.name, section, s))
                    first.setdefault(key, page.name)
    return out


def outlet_entities(notes: Iterable[str], outlets: Iterable[str]) -> list[Defect]:
    """Ranking notes that count an outlet as an entity of the news."""
    keys = {_norm(o) for o in outlets if o}
    out = []
    for note in notes:
        m = _PROMINENCE.match(note or "")
        if m and _norm(m.group(1)) in keys:
            out.append(Defect("outlet_entity", "", "ranking", note))
    return out


def count_sentences(pages: Sequence[CategoryPage]) -> int:
    return sum(1 for p in pages for _ in page_sentences(p))


def check_edition(edition: Edition, outlets: Sequence[str] = (), newest: dict[str, str] | None = None,
                  ranking_notes: Iterable[str] = ()) -> ProseReport:
    pages = list(edition.categories)
    defects: list[Defect] = []
    for p in pages:
        defects += check_page(p, outlets, newest)
    defects += repeated_across_pages(pages)
    defects += outlet_entities(ranking_notes, outlets)
    return ProseReport(sentences=count_sentences(pages), defects=tuple(defects))
