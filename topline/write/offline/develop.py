"""Top Line items and Key Developments of the offline writer.

A development reads as a short briefing: what happened (the most central sentences, attributed to the outlets that
carry them), where outlets disagree on a figure, how the story connects to another story of the edition through a
shared name, and what is new since the story last appeared. Every line is checked as it is made (see compose).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Mapping, Sequence

from topline.enrich.entities import extract_entities
from topline.history import rows_of
from topline.records import Development, Paragraph, RankedStory, TopLineItem
from topline.text import split_sentences
from topline.write.offline import compare, lead
from topline.write.offline.compose import (STYLES, Composer, Line, carries_attribution, grouped, headline,
                                            month_day)
from topline.write.offline.sentences import REDUNDANCY, Candidate, same_fact, select, similarity

TOP_LINE_MAX_WORDS = 38      # a Top Line item is one compact sentence
TOP_LINE_LEAD = 2            # ... chosen first among the first sentences of the articles
TOP_LINE_LEAD_WORDS = 45     # an article's lead sentence may be this long (wire leads run to 40 words)
WHAT_HAPPENED = 2            # sentences in the first paragraph
DETAIL = 2                   # further sentences in the second paragraph
MAX_CONFLICTS = 1            # disagreements reported per story


@dataclass(frozen=True)
class StoryText:
    """A story's scored candidates: what every section draws on."""
    rs: RankedStory
    ranked: tuple[Candidate, ...]

    @property
    def id(self) -> str:
        return self.rs.bundle.story.id

    @cached_property
    def soft(self) -> bool:
        """Every article of the story is soft (``members.soft_story``), read once per edition: a StoryText is made
        for each story of each edition (``OfflineWriter._prepare``)."""
        from topline.write.offline.members import soft_story
        return soft_story(self.rs)


def lead_texts(st: StoryText, focus: frozenset[str] = frozenset(),
               since: dt.date | None = None) -> Iterator[tuple[str, Candidate]]:
    """The texts ``top_line_item`` tries as the story's lead, in order, with their candidates."""
    for c in lead.leads(list(st.ranked), _dangling, focus, since):
        for text in lead.shorter(c.text):
            if len(text.split()) <= (TOP_LINE_LEAD_WORDS if c.position == 0 else TOP_LINE_MAX_WORDS):
                yield text, c


def top_line_item(st: StoryText, comp: Composer, focus: frozenset[str] = frozenset(),
                  since: dt.date | None = None, strict: bool = False) -> TopLineItem | None:
    """The story's lead sentence (``lead.leads``: the hard-news sentence that states the development), cut to
    ``lead.LEAD_MAX_WORDS`` where a clause can go; the former centrality order when no sentence qualifies.
    ``focus``: the page's words when the story is on a secondary page (``lead.focus_words``); ``since``: the date
    the story was last briefed (``last_briefed``), so that what is new since leads. ``strict``: None rather than
    the fallback when no sentence of the story can lead."""
    note = follow_up_note(st, since)
    for text, c in lead_texts(st, focus, since):
        got = comp.line(text, c.articles)
        if got:
            return TopLineItem(text=_with_note(got.text, note), story_id=st.id, citations=got.citations)
    if strict:
        return None
    short = [c for c in st.ranked if c.words <= TOP_LINE_MAX_WORDS and not _dangling(c)]
    got = comp.first_line(short or st.ranked)
    if got is None:
        return None
    _, line = got
    return TopLineItem(text=_with_note(line.text, note), story_id=st.id, citations=line.citations)


def follow_up_note(st: StoryText, since: dt.date | None) -> str:
    """The words that say a Top Line item is a follow-up (issue 11): the story was printed in the edition of
    ``since`` and no article of it was published after that day (what the novelty factor calls "briefed on D,
    nothing new since (a follow-up)"). Written in the words of the briefing's own templates, which the citation
    checker treats as a computed fact about the coverage ("in the D edition" is blanked), never as a claim; ""
    for a story with something new or never briefed."""
    if since is None or compare.new_articles(st.rs, since):
        return ""
    return f"Already in the {month_day(since)} edition; no new report since."


def _with_note(text: str, note: str) -> str:
    if not note:
        return text
    return text.rstrip() + ("" if text.rstrip().endswith((".", "!", "?", '"', "\u201d")) else ".") + " " + note


def last_briefed(history: Sequence[Mapping], story_id: str) -> dt.date | None:
    """The date of the latest earlier edition that printed the story (history rows with ``printed`` unknown count
    as printed), or None."""
    days = [h["date"] for h in rows_of(history, story_id) if h.get("printed", True)
            and isinstance(h.get("date"), dt.date)]
    return max(days) if days else None


_LEANS = re.compile(
    r"^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|Both|Such|The two|The same)\b|"
    r"^The (?:company|firm|group|stock|shares|system|deal|move|plan|startup|start-up|unit|tool|model|agency|bank|"
    r"lender|project|proposal|report|study|measure|bill|rule|policy|decision|round|people|partnership|agreement|"
    r"acquisition|transaction|offering|facility|plant|site|programme|program|scheme|latest|new|chipmaker|carmaker|"
    r"developer|operator|utility|fund|investor|buyer|seller|filing|prospectus|listing|country|government|"
    r"ministry|regulator|court|case|order|ban|figure|amount|investment|money|proceeds|valuation|price|index|"
    r"exchange|source|document|memo|letter|statement|spokesperson|spokesman|spokeswoman|executive|chief|"
    r"official|platform|service|product|app|tech|technology|device|chip|business|division|team|effort|push|"
    r"campaign|talks|news|announcement|change|shift|figures|results|data|numbers|analysts?|researchers?)\b")


def _dangling(c: Candidate) -> bool:
    """A sentence that leans on one before it ("He said", "The company", "a similar group"): not one to lead
    with, nor to re-attribute to an outlet ("X reports that the group ...")."""
    if re.search(r"\b(?:similar|likewise|the same|as well|either)\b", " ".join(c.text.split()[:10]), re.IGNORECASE):
        return True
    return bool(_LEANS.match(c.text)) or lead.pronoun_subject(c.text)


def _chosen(st: StoryText, avoid: frozenset[str]) -> list[Candidate] | None:
    """The candidates ``development`` tries, in order; None when what the story says plainly is in ``avoid``."""
    pool = [c for c in st.ranked if not _dangling(c) and c.text not in avoid and not lead.feature_voice(c.text)]
    if not pool and any(not _dangling(c) for c in st.ranked):
        return None
    chosen = select(pool or [c for c in st.ranked if c.text not in avoid] or list(st.ranked),
                    WHAT_HAPPENED + DETAIL + 2)
    return _latest_first(st, chosen, pool)


def planned(st: StoryText, comp: Composer, avoid: frozenset[str] = frozenset()) -> list[tuple[str, tuple, bool]]:
    """The lines ``development`` will check first for the story, with the articles each cites and whether it is a
    headline: each chosen candidate attributed in the style it gets when the ones before it pass, and the first
    headline ``latest_headline`` tries, against the articles those lines cite (issue 14, speed34: parsed ahead in
    one batch for the page, ``Composer.prefetch``; a line it checks that is not among them is parsed then)."""
    chosen = _chosen(st, avoid) or []
    lines = [(comp.attributed(c, STYLES[i % len(STYLES)]), c.articles, False)
             for i, c in enumerate(chosen[:WHAT_HAPPENED + DETAIL])]
    order = headline_order(st) if lines else []
    if order:
        lines.append((order[0], tuple({a.url: a for _, arts, _ in lines for a in arts}.values()), True))
    return lines


def development(st: StoryText, comp: Composer, *, edition: Sequence[RankedStory],
                names: dict[str, Counter[str]], texts: dict[str, StoryText], history: Sequence[dict],
                day: dt.date, used: set[str], avoid: frozenset[str] = frozenset(),
                openings: Counter[str] | None = None, events: Sequence | None = None) -> Development | None:
    """The story's development: two or more paragraphs, or None when nothing passes the checks. ``avoid``: sentences
    printed elsewhere on the page (the Top Line); ``openings``: the page's count of "Since the D edition"
    paragraph openings, at most ``SINCE_PER_PAGE`` of them. ``events``: the story's events from the edition's ledger
    (how outlets differ is read from them; None: no ledger, the articles are compared here)."""
    openings = openings if openings is not None else Counter()
    chosen = _chosen(st, avoid)
    if chosen is None:
        return None   # what it says plainly is printed already (on an earlier page): no retelling in leaning sentences
    lines: list[Line] = []
    taken: list[Candidate] = []
    style = 0
    last = compare.last_edition(st.id, rows_of(history, st.id), day)
    fresh = {a.url for a in compare.new_articles(st.rs, last)} if last else set()
    for c in chosen:
        if len(taken) >= WHAT_HAPPENED + DETAIL:
            break
        got = None
        if not taken and fresh and {a.url for a in c.articles} & fresh and c.outlet:
            got = _since(comp, last, c, openings)
            fresh = set()   # the lead already says what is new
        got = got or comp.attributed_line(c, STYLES[style % len(STYLES)])
        if got:
            lines.append(got)
            taken.append(c)
            style += 1
    if not lines:
        return None
    first, rest = lines[:WHAT_HAPPENED], lines[WHAT_HAPPENED:]
    conflicts = _conflict_lines(st, comp) if events is None else _event_conflict_lines(st, comp, events)
    if any(l.text in used for l in conflicts):
        conflicts = []   # how outlets differ is said once an edition, on the story's first page
    used.update(l.text for l in conflicts)
    second = conflicts + rest
    third = _link_lines(st, comp, edition, names, texts, used)
    if fresh or not last:
        third += _new_lines(st, comp, history, day, taken, openings, avoid)
    single = [l for l in _single_source(st, comp) if l.text not in used]   # said once an edition
    used.update(l.text for l in single)
    third += single
    paragraphs = [_paragraph(g) for part in (first, second, third) if part for g in grouped(part)]
    if len(paragraphs) < 2 and len(first) > 1:
        paragraphs = [_paragraph(first[:1]), _paragraph(first[1:])]
    title = (latest_headline(st, comp, [l for part in (first, second, third) for l in part])
             or (headline(taken[0].articles[0].title) if taken else st.rs.bundle.story.title))
    return Development(story_id=st.id, headline=title or st.rs.bundle.story.title, paragraphs=tuple(paragraphs),
                       writer="offline")


SINCE_PER_PAGE = 2     # "Since the D edition, X reports that" may open this many paragraphs of a page


def _since(comp: Composer, last: dt.date, c: Candidate, openings: Counter[str]) -> Line | None:
    """"Since the 2 July edition, X reports that ...": what is new, said once or twice a page, not as a formula."""
    if openings["since"] >= SINCE_PER_PAGE or carries_attribution(c.text):
        return None
    clause = comp.clause(c.text)
    if clause is None:
        return None
    got = comp.line(f"Since the {month_day(last)} edition, {c.outlet} reports that {clause}", c.articles)
    if got:
        openings["since"] += 1
    return got


# A title that reports a development still to happen ("Is Said to Be in Talks to Raise", "Weighs Sale of"): once a
# later report of the story exists, it no longer heads the story (issue 11: the headline follows the latest development).
_TENTATIVE_TITLE = re.compile(r"\b(?:in talks|said to be|is said|are said|considers?|considering|weighs?|weighing|"
                              r"explores?|exploring|nears?|seeks?|seeking|plans? to|set to|poised to|mulls?)\b",
                              re.IGNORECASE)


def headline_order(st: StoryText) -> list[str]:
    """The story's titles, best heading first: hard-news titles newest first (titles that ask, explain or opine
    after them), a title of talks or plans after every later title of the story that is not one, and a title whose
    amount differs from the latest report's after those that agree with it or give none."""
    arts = sorted(st.rs.bundle.articles, key=lambda a: (a.published is not None, a.published or dt.datetime.min,
                                                       a.id or 0))
    titled = [(i, headline(a.title)) for i, a in enumerate(arts) if a.title]
    last_firm = max((i for i, t in titled if not _TENTATIVE_TITLE.search(t) and not lead.soft_title(t)), default=-1)
    latest = arts[last_firm] if last_firm >= 0 else None
    figures = _amounts(latest.title + " " + " ".join(split_sentences(latest.body)[:2])) if latest else []

    def other_figure(title: str) -> bool:   # "$1.05 Billion" when the latest report says $1.1 billion
        got = _amounts(title)
        return bool(got and figures) and not any(max(a, b) / min(a, b) <= SAME_FIGURE for a in got for b in figures)
    ranked = sorted(titled, key=lambda it: (lead.soft_title(it[1]),
                                            bool(_TENTATIVE_TITLE.search(it[1])) and it[0] < last_firm,
                                            other_figure(it[1]), -it[0]))
    return list(dict.fromkeys(t for _, t in ranked if t))


SAME_FIGURE = 1.01   # two amounts further apart than 1% are different figures (as the prose checker's stale_headline)
_MONEY = re.compile(r"(?:[$\u20ac\u00a3\u00a5]|\b(?:US|HK|S|A|C)\$)\s?(\d+(?:[.,]\d+)?)\s*"
                    r"(trillion|billion|million|bn|mn|m|tn|k)?\b", re.IGNORECASE)
_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "k": 1e3}


def _amounts(text: str) -> list[float]:
    out = []
    for m in _MONEY.finditer(text or ""):
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        if v > 0:
            out.append(v * _SCALE.get((m.group(2) or "").lower(), 1.0))
    return out


def _firm_latest(st: StoryText):  # noqa: ANN202
    """The newest article of the story whose title reports a development as done (not soft, not talks), or None."""
    arts = sorted(st.rs.bundle.articles, key=lambda a: (a.published is not None, a.published or dt.datetime.min,
                                                       a.id or 0))
    firm = [a for a in arts if a.title and not lead.soft_title(headline(a.title))
            and not _TENTATIVE_TITLE.search(headline(a.title))]
    return firm[-1] if firm else None


def _latest_first(st: StoryText, chosen: list[Candidate], pool: Sequence[Candidate]) -> list[Candidate]:
    """A rumour does not lead once the story reports it done: when the first chosen sentence comes only from
    articles older than the newest firm report and states talks or plans (in itself or by its article's title:
    "Is Said to Be in Talks to Raise"), the best sentence of that report leads instead, so that the development and
    its headline follow the latest development."""
    latest = _firm_latest(st)
    if not chosen or latest is None or latest.published is None:
        return chosen
    first = chosen[0]
    if any(a.url == latest.url for a in first.articles):
        return chosen
    older = all(a.published is not None and a.published < latest.published for a in first.articles)
    talks = bool(_TENTATIVE_TITLE.search(first.text)) or any(_TENTATIVE_TITLE.search(a.title or "")
                                                              for a in first.articles)
    if not (older and talks):
        return chosen
    news = next((c for c in pool if any(a.url == latest.url for a in c.articles)
                 and not _TENTATIVE_TITLE.search(c.text)), None)
    return [news] + [c for c in chosen if c is not news] if news else chosen


def latest_headline(st: StoryText, comp: Composer | None = None, lines: Sequence[Line] = ()) -> str:
    """The newest hard-news title of the story (a headline follows the latest development, not the first
    report): titles that ask, explain or opine are passed over while a harder one exists, and so is a title of talks
    once a later report exists. With ``comp`` and the development's ``lines``: the first such title the checker
    passes against the articles the lines cite (a headline the page gate would fail is replaced there by the first
    cited title, often the oldest)."""
    order = headline_order(st)
    if comp is None or not order:
        return order[0] if order else ""
    cited = list({c.url: comp.articles[c.url] for l in lines for c in l.citations if c.url in comp.articles}.values())
    for title in order:
        if cited and comp.line(title, cited, headline_=True):
            return title
    return order[0]


def _paragraph(lines: Sequence[Line]) -> Paragraph:
    return Paragraph(text=" ".join(l.text for l in lines),
                     citations=tuple(dict.fromkeys(c for l in lines for c in l.citations)))


# --- how outlets differ ---------------------------------------------------------------------------------------

def _conflict_lines(st: StoryText, comp: Composer) -> list[Line]:
    out: list[Line] = []
    for conflict in compare.conflicts([a for a in st.rs.bundle.articles if a.source])[:MAX_CONFLICTS]:
        (value_a, claims_a), (value_b, claims_b) = conflict.sides[0], conflict.sides[1]
        noun = _noun(claims_a[0])
        lead, others = claims_a[0].article, [c.article for c in claims_a[1:]]
        more = f", as do {_count_word(len(others))} other outlets" if len(others) > 1 else \
            (f", as does {others[0].source}" if others else "")
        a = comp.line(f"{lead.source} puts the {noun} at {value_a}{more}.", [lead, *others])
        if a is None and others:
            a = comp.line(f"{lead.source} puts the {noun} at {value_a}.", [lead])
        b_art = claims_b[0].article
        b = comp.line(f"By contrast, {b_art.source} puts it at {value_b}.", [b_art])
        if a and b:
            out += [a, b]
    return out


CONFLICT_FIELDS = ("amount", "price", "valuation")   # the ledger's money fields, as compare.CONFLICT_KINDS


def _event_conflict_lines(st: StoryText, comp: Composer, events: Sequence) -> list[Line]:
    """How outlets differ, read from the ledger (issue 12 item 5): an event field stated with two values; each
    value cited to the articles that state it as written, the most widely stated first."""
    out: list[Line] = []
    arts = [a for a in st.rs.bundle.articles if a.source]
    for e in events:
        for name in (n for n in e.conflicts if n in CONFLICT_FIELDS):
            vals = [f for f in e.values(name) if f.text][:2]
            sides = [[a for a in arts if f.text in a.body] for f in vals]
            if len(sides) < 2 or not all(sides) or {a.source for a in sides[0]} & {a.source for a in sides[1]}:
                continue
            sides = [list({a.source: a for a in side}.values()) for side in sides]
            if len(sides[1]) > len(sides[0]):
                vals, sides = vals[::-1], sides[::-1]
            noun = _noun_in(vals[0].sentence, vals[0].text)
            lead_art, others = sides[0][0], sides[0][1:]
            more = f", as do {_count_word(len(others))} other outlets" if len(others) > 1 else \
                (f", as does {others[0].source}" if others else "")
            a = comp.line(f"{lead_art.source} puts the {noun} at {vals[0].text}{more}.", [lead_art, *others])
            if a is None and others:
                a = comp.line(f"{lead_art.source} puts the {noun} at {vals[0].text}.", [lead_art])
            b = comp.line(f"By contrast, {sides[1][0].source} puts it at {vals[1].text}.", [sides[1][0]])
            if a and b:
                out += [a, b]
            if len(out) >= 2 * MAX_CONFLICTS:
                return out
    return out


def _noun_in(sentence: str, figure: str) -> str:
    """The word a figure is about ("$2.8 billion fundraising" -> "fundraising"), or "figure"."""
    at = sentence.find(figure)
    after = re.findall(r"[A-Za-z][a-z-]+", sentence[at + len(figure):])[:1] if at >= 0 else []
    return after[0].lower() if after and after[0].lower() not in _NOT_NOUNS else "figure"


def _noun(claim: compare.Claim) -> str:
    """The word a figure is about ("$2.8 billion fundraising" -> "fundraising"), or "figure"."""
    s = claim.sentence
    at = s.find(claim.figure.text)
    after = re.findall(r"[A-Za-z][a-z-]+", s[at + len(claim.figure.text):])[:1] if at >= 0 else []
    if after and after[0].lower() not in _NOT_NOUNS:
        return after[0].lower()
    return "figure"


_NOT_NOUNS = frozenset("""from in on at to for of by with and or as after before since than that which who while
when a an the its their his her is was were are be been has had have will would could said says according per
about around nearly roughly some up down this last next higher lower more less rose fell""".split())


def _count_word(n: int) -> str:
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[n] if 0 <= n < len(words) else str(n)


# --- connections to other stories -----------------------------------------------------------------------------

def _link_lines(st: StoryText, comp: Composer, edition: Sequence[RankedStory], names: dict[str, Counter[str]],
                texts: dict[str, StoryText], used: set[str]) -> list[Line]:
    for link in compare.links(st.rs, edition, names)[:6]:
        other = texts.get(link.other.bundle.story.id)
        if other is None or link.other.classification.primary is None:
            continue   # a story no category wants (sport, weather, celebrity) is on no page, not even as a link
        for c in other.ranked[:12]:
            if link.name not in c.names or c.text in used or _dangling(c) or lead.feature_voice(c.text):
                continue   # a link states the other story's news, never a feature's or an outlet's own voice
            shown = _surface(c.text, link.name)
            if not shown:
                continue
            clause = comp.lowered(c.text).rstrip(".!")
            text = (f"The {shown} link matters given the simultaneous news that {clause}, per {c.outlet}."
                    if c.outlet and c.outlet.lower() not in clause.lower() and not carries_attribution(clause)
                    else f"The {shown} link matters given the simultaneous news that {clause}.")
            own = [a for a in st.rs.bundle.articles if shown.lower() in (a.title + " " + a.body).lower()][:1]
            got = comp.line(text, [*c.articles, *own])
            if got:
                used.add(c.text)
                return [got]
    return []


def _surface(text: str, canonical: str) -> str | None:
    """How ``text`` writes the name whose canonical form is ``canonical``."""
    for e in extract_entities(text):
        if e.canonical == canonical:
            return re.sub(r"['\u2019]s$", "", e.text)
    return None


# --- what is new ----------------------------------------------------------------------------------------------

def _new_lines(st: StoryText, comp: Composer, history: Sequence[dict], day: dt.date,
               taken: Sequence[Candidate], openings: Counter[str] | None = None,
               avoid: frozenset[str] = frozenset()) -> list[Line]:
    last = compare.last_edition(st.id, rows_of(history, st.id), day)
    if last is None:
        return []
    fresh = {a.url for a in compare.new_articles(st.rs, last)}
    since = month_day(last)
    if not fresh:
        got = comp.line(f"No article since the {since} edition adds to this story.", st.rs.bundle.articles[:1])
        return [got] if got else []
    for c in st.ranked:
        if c in taken or not {a.url for a in c.articles} & fresh or _dangling(c) or not c.outlet or c.text in avoid \
                or lead.feature_voice(c.text):
            continue
        if any(same_fact(c, t) or similarity(c, t) > REDUNDANCY for t in taken):
            continue
        got = _since(comp, last, c, openings if openings is not None else Counter())
        if got is None and not carries_attribution(c.text):
            got = comp.attributed_line(c, "according")
        if got:
            return [got]
    return []


def _single_source(st: StoryText, comp: Composer) -> list[Line]:
    outlets = {a.source for a in st.rs.bundle.articles if a.source}
    if len(outlets) != 1:
        return []
    outlet = next(iter(outlets))
    arts = [a for a in st.rs.bundle.articles if a.source == outlet]
    got = comp.line(f"Single-source story: only {outlet} reports it so far.", arts[:1])
    return [got] if got else []


