"""Signals & Trends of the offline writer: themes that span several of the page's stories, with the evidence counted.

A signal is a group of two to four of the page's own stories (primary category = the page, or a secondary category
including it) that say related things. Stories are grouped by content: the cosine similarity of their TF-IDF
vectors (titles and central sentences, IDF over the whole edition, so words every story uses weigh nothing) plus
the distinctive names they share (weighted by rarity across the edition, so OpenAI or Microsoft glue nothing).
Groups do not overlap; a weak pair makes no signal, so a thin page has fewer signals.

A signal reads: a title that is a claim computed from the event ledger when two of the group's stories (or one whose
actor every story names) have an event (``claims.group_claim``: "Norvance raises $280 million and Nasdaq Composite
rises 0.9% on the same day"), else the theme's one strongest shared term ("Layoffs in two stories from five outlets
today": saying less, not a list of terms); an evidence sentence (stories,
outlets, days, trend against previous days: computed facts); one attributed sentence per story (the most central
one that speaks to the theme, not the story's Top Line item); continuity with an earlier edition's signal; and
"What to watch", a forward-looking sentence of the group's articles (also in ``Signal.watch``). Only the articles
whose sentences are used are cited. Every line is checked as it is made (see compose).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from topline.enrich.figures import scales_or_prices
from topline.events.watch import is_forward
from topline.history import rows_of
from topline.patterns import compiled
from topline.records import Article, Event, RankedStory, Signal
from topline.write.offline import compare
from topline.write.offline.compose import STYLES, Composer, Line, citations_of, grouped, month_day
from topline.write.offline.lead import feature_voice, printed_in
from topline.write.offline.develop import StoryText, _count_word, _dangling, top_line_item
from topline.write.offline.sentences import Candidate
from topline.write.offline.members import member
from topline.write.offline.theme_name import theme_name
from topline.zones import edition_day

MIN_STORIES = 2            # a signal spans at least this many stories
MAX_STORIES = 4            # ... and at most this many
DOC_SENTENCES = 12         # a story's text for grouping: its titles and this many of its best sentences
# A name central to more than this share of the edition's stories is background, not a theme (demo, 2025-07-03:
# Microsoft 11, OpenAI 10, Nvidia 10, Alphabet 7 of 44 stories are out; Alibaba 4, Oracle 3 are in).
NAME_MAX_SHARE = 0.15
TERM_MAX_DF = 0.3          # a term in more than this share of the edition's stories is background too
W_TEXT, W_NAMES = 0.7, 0.3  # story similarity: TF-IDF cosine and shared rare names
# Set by reading the demo edition of 2025-07-03 (Capital page): the market-sentiment stories (Allianz, the chip
# selloff, "a new AI trade", Asian indices) link at 0.12-0.25; unrelated stories sharing only "AI"/"billion" stay
# below 0.08.
MIN_LINK = 0.10            # average similarity within a group needed to merge stories
# A shared two-word phrase names a theme better than its words: set by reading the demo's titles (2 gave "Stocks,
# semiconductor and index", 4 "Semiconductor Index, chip stocks and Hang Seng").
PHRASE_BOOST = 4.0
TITLE_TERMS = 3            # terms looked for in the cited text when titling a theme ...
TITLE_TERMS_NO_CLAIM = 1   # ... and named in a title that is not a claim (issue 12: say less, not a term list)
THEME_TERMS = 12           # terms that define the theme when choosing each story's sentence
W_THEME = 0.15             # bonus per theme term a candidate sentence carries (against its score, 0..1.3)
W_TODAY = 0.2              # bonus for a sentence of the edition day's articles (demo: Kling's "in talks" report
                           # of 1 July otherwise led the Capital signal on 3 July)
STORY_SENTENCES = 25       # candidates looked at per story
WATCH_MAX_WORDS = 40
TREND_DAYS = 7             # previous days counted in a trend
RISING, FALLING = 1.5, 0.67   # today's articles against the previous days' mean
_FORWARD = re.compile(r"\b(?:will|won't|expected to|expects? to|plans? to|planned|intends? to|is set to|are set to|"
                      r"is due|are due|due to (?:be|start|open|close|vote|decide|report)|scheduled|upcoming|"
                      r"next (?:week|month|year|quarter)|later this (?:week|month|year)|deadline|"
                      r"by the end of|vote on|will vote|ahead of)\b", re.IGNORECASE)
# a sentence whose subject points back to an earlier sentence ("The amount under discussion would make it ...")
_REFERS = re.compile(r"^(?:The|That|This) (?:amount|figure|sum|round|plan|proposal|report|decision|news|shift|step|"
                     r"change|agreement|investment|funding|stake|talks|discussions?)\b")
_TERM = r"(?u)\b[A-Za-z][A-Za-z0-9'-]+\b"
_GENERIC = frozenset("""ai said says say year years week weeks month months day days today thursday wednesday tuesday
monday friday saturday sunday january february march april may june july august september october november december
company companies firm firms people told according percent billion million new news report reported reports
including added big large larger small high higher highs low lower record fell rose rise fall talks deal deals worth
beneath released release source sources based like just also time times number set make made way end start early
late latest recent recently close closed plan plans move moves group groups executive chief officer statement
analyst analysts""".split())


@dataclass(frozen=True)
class Group:
    stories: tuple[RankedStory, ...]
    terms: tuple[str, ...]          # shared distinctive terms, strongest first (lower case)
    names: tuple[str, ...]          # shared rare canonical names
    cohesion: float

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.bundle.story.id for r in self.stories)


# Only the stories a page can show are grouped (issue 12; issue 14 measured 343 s grouping 2,017 stories).
PAGE_CANDIDATES = 20


def page_stories(category: str, edition: Sequence[RankedStory],
                 texts: dict[str, StoryText] | None = None) -> list[RankedStory]:
    """The category's ranked candidates (best first, at most ``PAGE_CANDIDATES``); ``texts``: the edition's
    (``members.member``)."""
    return [r for r in edition if (r.classification.primary == category or category in r.classification.secondary)
            and member(r, texts)][:PAGE_CANDIDATES]     # never a story that could not stand on the page (signals31)


def _doc(rs: RankedStory, texts: dict[str, StoryText]) -> str:
    st = texts.get(rs.bundle.story.id)
    sentences = [c.text for c in (st.ranked[:DOC_SENTENCES] if st else ())]
    return "\n".join([a.title for a in rs.bundle.articles] + sentences)


def _central_names(edition: Sequence[RankedStory], names: dict[str, Counter[str]]) -> dict[str, set[str]]:
    return {r.bundle.story.id: compare.central(names.get(r.bundle.story.id, Counter()), len(r.bundle.articles))
            for r in edition}


def _name_sets(edition: Sequence[RankedStory], names: dict[str, Counter[str]]) -> tuple[dict[str, set[str]],
                                                                                         dict[str, float]]:
    """Each story's central names that are rare in the edition, and each name's rarity weight (IDF); names that
    are background (too common) have no weight."""
    central = _central_names(edition, names)
    df = Counter(n for s in central.values() for n in s)
    n = max(1, len(edition))
    idf = {k: math.log(n / v) for k, v in df.items() if v / n <= NAME_MAX_SHARE or v <= 2}
    return {sid: {x for x in s if x in idf} for sid, s in central.items()}, idf


def _tfidf(docs: Sequence[str], ngrams: tuple[int, int]):  # noqa: ANN202 - (vectorizer, sparse matrix)
    from sklearn.feature_extraction.text import TfidfVectorizer
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=ngrams, token_pattern=_TERM,
                          max_df=TERM_MAX_DF if len(docs) >= 8 else 1.0)
    return vec, vec.fit_transform(docs)


class _EditionPart:
    """What grouping computes over the whole edition, whichever page asks: the two TF-IDF fits of every story's text
    (``_doc``), the stories' rare names and their weights (``_name_sets``), the words of background names, and the
    phrase weight of each term of the words-and-phrases vocabulary (``_shared_terms``)."""

    def __init__(self, edition: Sequence[RankedStory], names: dict[str, Counter[str]],
                 texts: dict[str, StoryText]) -> None:
        docs = [_doc(r, texts) for r in edition]
        self.index = {r.bundle.story.id: i for i, r in enumerate(edition)}
        _, self.X = _tfidf(docs, (1, 1))       # ValueError: nothing but background words
        vec2, self.X2 = _tfidf(docs, (1, 2))
        self.vocab = vec2.get_feature_names_out()
        self.sets, self.idf = _name_sets(edition, names)
        self.background = {w for held in _central_names(edition, names).values() for n in held
                           if n not in self.idf for w in n.split()}
        self.phrase = _phrase_weights(self.vocab)


class GroupsMemo:
    """Issue 14 (scale16): each page's ``groups`` once per edition, and their edition-wide part (``_EditionPart``)
    once. The offline writer asks for a page's groups when it writes the page and, before that, in its look-ahead
    for every page still to write (``OfflineWriter._first_claims``, once per page written before it), and every call
    fitted the same two TF-IDF models over all the edition's stories. Values are those of one (edition, names,
    texts), held and compared by identity: other objects start afresh. The writer makes one per edition after its
    stories' texts and names are set (they are not changed after)."""

    def __init__(self) -> None:
        self.held: tuple = ()
        self.part: _EditionPart | None = None
        self.failed = False                   # the edition's texts are nothing but background words
        self.pages: dict[str, tuple[Group, ...]] = {}

    def _of(self, edition: Sequence[RankedStory], names: dict[str, Counter[str]],
            texts: dict[str, StoryText]) -> None:
        if not (self.held and self.held[0] is edition and self.held[1] is names and self.held[2] is texts):
            self.held, self.part, self.failed, self.pages = (edition, names, texts), None, False, {}

    def edition_part(self, edition: Sequence[RankedStory], names: dict[str, Counter[str]],
                     texts: dict[str, StoryText]) -> _EditionPart:
        self._of(edition, names, texts)
        if self.failed:
            raise ValueError("nothing but background words")
        if self.part is None:
            try:
                self.part = _EditionPart(edition, names, texts)
            except ValueError:
                self.failed = True
                raise
        return self.part


def similarity(page: Sequence[RankedStory], edition: Sequence[RankedStory], names: dict[str, Counter[str]],
               texts: dict[str, StoryText],
               part: _EditionPart | None = None):  # noqa: ANN201 - (similarity, phrase rows of the page, vocabulary)
    """Pairwise similarity of the page's stories: TF-IDF cosine of words (IDF over the edition) and shared rare
    names; also the page's rows of a words-and-phrases TF-IDF (what the titles are made of). ``part``: the
    edition's part computed already (``GroupsMemo``)."""
    part = part if part is not None else _EditionPart(edition, names, texts)
    rows = [part.index[r.bundle.story.id] for r in page]
    X, sets, idf = part.X, part.sets, part.idf
    text_sim = (X[rows] @ X[rows].T).toarray()
    ids = [r.bundle.story.id for r in page]
    sim = np.zeros_like(text_sim)
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            if i != j:
                union = sets[a] | sets[b]
                shared = sum(idf[x] for x in sets[a] & sets[b])
                whole = sum(idf[x] for x in union)     # 0 when every name is in every story (an edition of two)
                sim[i, j] = W_TEXT * text_sim[i, j] + W_NAMES * (shared / whole if whole else 0)
    return sim, part.X2[rows], part.vocab


def groups(category: str, edition: Sequence[RankedStory], names: dict[str, Counter[str]],
           texts: dict[str, StoryText], memo: GroupsMemo | None = None) -> list[Group]:
    """Non-overlapping groups of the page's stories by theme, strongest first. ``memo``: the edition's
    ``GroupsMemo`` (each page's groups computed once)."""
    if memo is None:
        return _groups(category, edition, names, texts, None)
    memo._of(edition, names, texts)
    if category not in memo.pages:
        memo.pages[category] = tuple(_groups(category, edition, names, texts, memo))
    return list(memo.pages[category])


def _groups(category: str, edition: Sequence[RankedStory], names: dict[str, Counter[str]],
            texts: dict[str, StoryText], memo: GroupsMemo | None) -> list[Group]:
    page = page_stories(category, edition, texts)
    if len(page) < MIN_STORIES:
        return []
    try:
        part = memo.edition_part(edition, names, texts) if memo is not None else _EditionPart(edition, names, texts)
    except ValueError:     # nothing but background words
        return []
    sim, P, vocab = similarity(page, edition, names, texts, part)
    sets, idf, background = part.sets, part.idf, part.background
    clusters = _cluster(sim)
    out = []
    for members in clusters:
        if len(members) < MIN_STORIES:
            continue
        stories = tuple(sorted((page[i] for i in members), key=lambda r: -r.ranking.score))
        cohesion = float(np.mean([sim[i, j] for i in members for j in members if i != j]))
        held = Counter(x for i in members for x in sets[page[i].bundle.story.id])
        shared = [x for x, k in held.items() if k >= max(2, math.ceil(len(members) / 2))]
        out.append(Group(stories, _shared_terms(P[members].toarray(), vocab, background, part.phrase),
                         tuple(sorted(shared, key=lambda x: (-held[x], -idf[x], x))), round(cohesion, 6)))
    strength = {g.ids: g.cohesion * sum(r.ranking.score for r in g.stories) ** 0.5 for g in out}
    out.sort(key=lambda g: (-strength[g.ids], g.ids))
    return out


def _cluster(sim: np.ndarray) -> list[list[int]]:
    """Average-linkage merging while the best pair of clusters is at least ``MIN_LINK`` similar and the merged
    cluster has at most one story more than ``MAX_STORIES`` (then trimmed: two close clusters of three and two
    stories make one theme); deterministic: ties go to the earlier, higher-ranked stories.

    The links between clusters are kept as sums of similarities, updated on each merge (issue 14: the mean of
    every pair, recomputed each round, cost O(n^3) Python calls: 83 % of a 2,000-story edition's time)."""
    clusters = [[i] for i in range(sim.shape[0])]
    sums = np.array(sim, dtype=float)       # sums[a, b]: total similarity between clusters a and b
    sizes = np.ones(len(clusters))
    while True:
        k = len(clusters)
        link = sums[:k, :k] / np.outer(sizes[:k], sizes[:k])
        ok = np.triu(np.ones((k, k), dtype=bool), 1) & (np.add.outer(sizes[:k], sizes[:k]) <= MAX_STORIES + 1) \
            & (link >= MIN_LINK)
        best, pair = MIN_LINK, None
        for a, b in zip(*np.nonzero(ok)):   # row-major: the order of the pairs, as the rule for ties needs
            value = float(link[a, b])
            if value >= best + 1e-12 or (pair is None and value >= best):
                best, pair = value, (int(a), int(b))
        if pair is None:
            return [_trim(c, sim) for c in clusters]
        a, b = pair
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums = np.delete(np.delete(sums, b, axis=0), b, axis=1)
        sizes[a] += sizes[b]
        sizes = np.delete(sizes, b)


def _trim(members: list[int], sim: np.ndarray) -> list[int]:
    """A cluster one story over ``MAX_STORIES`` loses the story least similar to the others."""
    while len(members) > MAX_STORIES:
        worst = min(members, key=lambda i: (np.mean([sim[i, j] for j in members if j != i]), -i))
        members = [i for i in members if i != worst]
    return members


def _phrase_weights(vocab: Sequence[str]) -> np.ndarray:
    return np.array([PHRASE_BOOST if " " in t else 1.0 for t in vocab])


def _shared_terms(rows: np.ndarray, vocab: Sequence[str], background: set[str] = frozenset(),
                  phrase: np.ndarray | None = None) -> tuple[str, ...]:
    """Terms most of the group's stories use, weighted by TF-IDF; a word inside a chosen phrase is not repeated,
    and the words of background names (Microsoft, OpenAI) name no theme. ``phrase``: ``_phrase_weights(vocab)``,
    when the caller has it."""
    present = (rows > 0).sum(axis=0)
    need = max(2, math.ceil(rows.shape[0] / 2))
    phrase = phrase if phrase is not None else _phrase_weights(vocab)
    weight = rows.sum(axis=0) * present * phrase
    order = [int(k) for k in np.argsort(-weight, kind="stable") if present[k] >= need and weight[k] > 0]
    out: list[str] = []
    for k in order:
        term = str(vocab[k])
        if any(w in _GENERIC or w in background or w.isdigit() or w.endswith("'s") for w in term.split()):
            continue
        if any(term in t.split() or t in term.split() or term == t for t in out):
            continue
        if any(set(term.split()) & set(t.split()) for t in out if " " in term):
            continue
        out.append(term)
        if len(out) >= THEME_TERMS:
            break
    return tuple(out)


# --- trend and continuity -------------------------------------------------------------------------------------

def trend(g: Group, history: Sequence[dict], day: dt.date) -> tuple[int, ...]:
    """Articles of the group's stories published on each of the ``TREND_DAYS`` previous days and today, oldest
    first (``history`` is not needed for this count; kept for the interface)."""
    per_day = Counter(edition_day(a.published) for r in g.stories for a in r.bundle.articles if a.published)
    days = [day - dt.timedelta(days=k) for k in range(TREND_DAYS, -1, -1)]
    return tuple(per_day.get(d, 0) for d in days)


def _direction(counts: tuple[int, ...]) -> str:
    before = counts[:-1]
    active = [k for k, c in enumerate(before) if c]
    if not active:
        return "new"
    span = before[active[0]:]
    mean = sum(span) / len(span)
    return "rising" if counts[-1] >= RISING * mean else ("falling" if counts[-1] <= FALLING * mean else "steady")


def _coverage(g: Group, cited: Sequence[Article]) -> list[Article]:
    """One article per outlet of the group (the ones already cited first): what a count of outlets is checked on."""
    return _coverage_of([*cited, *(a for r in g.stories for a in r.bundle.articles)])


def _coverage_of(arts: Sequence[Article]) -> list[Article]:
    seen: set[str] = set()
    out = []
    for a in arts:
        if a.source and a.source not in seen:
            seen.add(a.source)
            out.append(a)
    return out


def _evidence_line(g: Group, counts: tuple[int, ...], history: Sequence[dict], day: dt.date,
                   coverage: Sequence[Article], comp: Composer) -> Line | None:
    """Stories, outlets, days with articles and the direction against previous days: computed facts."""
    before = {sid for sid in set(g.ids)    # issue 14: each story's rows, not a scan of the week's
              if any((d := compare.as_date(r.get("date"))) is not None and d < day for r in rows_of(history, sid))}
    active = sum(1 for c in counts if c)
    head = (f"Evidence: {_count_word(len(g.stories))} stories from {_count_word(len(coverage))} outlets, with "
            f"articles on {_count_word(active)} of the last {_count_word(len(counts))} days")
    direction = _direction(counts)
    tail = "all of them today" if direction == "new" else f"and coverage {direction} against previous days"
    if direction == "steady":
        tail = "and coverage steady against previous days"
    text = f"{head}, {tail}."
    if before:
        text = text[:-1] + ("; one story already ran in earlier editions." if len(before) == 1 else
                            f"; {_count_word(len(before))} stories already ran in earlier editions.")
    return comp.line(text, coverage)


def _previous_line(g: Group, previous: Sequence[dict], day: dt.date, cited: Sequence[Article],
                   comp: Composer) -> Line | None:
    """An earlier edition's signal that shared stories (or two theme terms) with the group: confirmed when the
    group's stories have articles since, fading when they have none."""
    ids = set(g.ids)
    for sig in previous:
        shared = ids & set(sig.get("story_ids") or ())
        words = f"{sig.get('title', '')} {sig.get('text', '')}".lower()
        terms = [t for t in g.terms if compiled(rf"(?<!\w){re.escape(t)}(?!\w)").search(words)]
        if not shared and len(terms) < 2:
            continue
        when_d = compare.as_date(sig.get("date"))
        if when_d is None or when_d >= day:
            continue
        when = month_day(when_d)
        stories = [r for r in g.stories if r.bundle.story.id in shared] or list(g.stories)
        fresh = [a for r in stories for a in r.bundle.articles if a.published and edition_day(a.published) > when_d]
        if fresh:
            outlets = _coverage_of(fresh)
            got = comp.line(f"Trend: it continues a signal in the {when} edition, and {_count_word(len(outlets))} "
                            f"{'outlet has' if len(outlets) == 1 else 'outlets have'} published on it since, "
                            f"confirming it.", outlets)
        else:
            got = comp.line(f"Trend: it continues a signal in the {when} edition, but no article since then adds to it: "
                            f"the theme is fading.", cited[:1])
        if got:
            return got
    return None


# --- the signal -----------------------------------------------------------------------------------------------

def signal(g: Group, texts: dict[str, StoryText], comp: Composer, *, history: Sequence[dict],
           previous: Sequence[dict], day: dt.date, printed: frozenset[str] = frozenset(),
           events: Sequence[Event] = (), claims_only: bool = False,
           elsewhere: frozenset[str] = frozenset()) -> Signal | None:
    """``printed``: sentences already on the page (Top Line, Key Developments): a signal does not repeat them.
    ``events``: the edition's ledger; when two of the group's stories have an event of the day, the title is the
    claim of what their actors do (``claims.group_claim``) and those stories' lines state it. ``claims_only``
    (the pipeline, which has a ledger): a theme no claim can title is not published (issue 12, sixth pass: a
    signal is a claim; the page says why it has none); without a ledger the theme is titled by its term."""
    from topline.write.offline import claims
    claim = claims.group_claim(g.stories, events, texts, comp, day, _topic(g, comp, day),
                               elsewhere=elsewhere) if events else None   # ``elsewhere``: earlier pages' sentences
    if claim is None and claims_only:
        return None
    used: list[Candidate] = []
    story_lines: list[Line] = []
    for k, rs in enumerate(g.stories):
        if claim and rs.bundle.story.id in claim[1]:
            story_lines.append(claim[1][rs.bundle.story.id])
            continue
        st = texts.get(rs.bundle.story.id)
        got = _story_line(st, g, comp, STYLES[k % len(STYLES)], used, day, printed) if st else None
        if got:
            c, line = got
            used.append(c)
            story_lines.append(line)
    if len(story_lines) < MIN_STORIES:
        return None
    cited = _one_per_outlet([a for c in used for a in c.articles] +
                            [comp.articles[c.url] for line in (claim[1].values() if claim else ())
                             for c in line.citations if c.url in comp.articles])
    coverage = _coverage(g, cited)
    counts = trend(g, history, day)
    lines = [x for x in story_lines if not x.above]   # printed above on the page: cited, not printed again
    prev = _previous_line(g, previous, day, cited, comp)
    watch = _watch(g, texts, comp, used + [c for rs in g.stories for c in (texts[rs.bundle.story.id].ranked
                                                   if rs.bundle.story.id in texts else ()) if c.text in printed])
    if watch:
        lines.append(watch[1])
    # the computed lines close the signal (footer lines: "Trend: ...", "Evidence: ..."), they do not open it
    lines += [x for x in (prev, _evidence_line(g, counts, history, day, coverage, comp)) if x]
    lines = _one_paragraph(lines)
    title = claim[0].text if claim else _title(g, cited, coverage, comp, [l.text for l in story_lines])
    cites = tuple(dict.fromkeys([*(claim[0].citations if claim else ()),
                                 *(c for l in story_lines if l.above for c in l.citations),
                                 *(c for l in lines for c in l.citations)]))
    if title is None:
        return None
    return Signal(title=title, text=" ".join(l.text for l in lines), citations=cites, story_ids=g.ids,
                  watch=watch[0] if watch and watch[1] in lines else "", trend=counts)


def _today(c: Candidate, day: dt.date) -> float:
    return 1.0 if any(a.published and edition_day(a.published) == day for a in c.articles) else 0.0


def _theme_hits(text: str, g: Group) -> int:
    low = text.lower()
    return sum(1 for t in g.terms if compiled(rf"(?<!\w){re.escape(t)}(?!\w)").search(low)) + \
        sum(1 for n in g.names if n.lower() in low)


def _story_line(st: StoryText, g: Group, comp: Composer, style: str, used: Sequence[Candidate],
                day: dt.date, printed: frozenset[str] = frozenset()) -> tuple[Candidate, Line] | None:
    """The story's most central sentence that speaks to the theme, not its Top Line item, attributed (a sentence
    of today's articles first: a signal is about what is happening now)."""
    top = top_line_item(st, comp)
    pool = [c for c in st.ranked[:STORY_SENTENCES]
            if not _dangling(c) and not _REFERS.match(c.text) and c not in used and not feature_voice(c.text)]
    pool.sort(key=lambda c: -(c.score + W_THEME * _theme_hits(c.text, g) + W_TODAY * _today(c, day)))
    # a sentence is never printed twice in the edition: one printed above on this page is cited, not printed
    pool = [c for c in pool if c.text not in printed] + [c for c in pool if c.text in printed and c.text in comp.here]
    preferred = [c for c in pool if not top or not printed_in(c, top.text)] + \
        [c for c in pool if top and printed_in(c, top.text)]
    for c in preferred:
        got = comp.attributed_line(c, style)
        if got:
            return c, (dataclasses.replace(got, above=True) if c.text in printed else got)
    return None


def _watch(g: Group, texts: dict[str, StoryText], comp: Composer,
           used: Sequence[Candidate]) -> tuple[str, Line] | None:
    """A forward-looking sentence of the group's articles, attributed: (the sentence, the "What to watch" line)."""
    pool = []
    for rs in g.stories:
        st = texts.get(rs.bundle.story.id)
        for c in (st.ranked if st else ()):
            if c in used or _dangling(c) or _REFERS.match(c.text) or c.words > WATCH_MAX_WORDS or \
                    not _FORWARD.search(c.text) or not is_forward(c.text):
                continue   # a watch item looks ahead with a cue (topline.events.watch), not a past fact
            pool.append(c)
    pool.sort(key=lambda c: (-(c.score + W_THEME * _theme_hits(c.text, g)), c.text))
    for c in pool:
        plain = comp.attributed_line(c, "according")
        if plain is None:
            continue
        got = comp.line(f"What to watch: {plain.text}", c.articles)
        if got:
            return plain.text, got
    return None


def _title(g: Group, cited: Sequence[Article], coverage: Sequence[Article], comp: Composer,
           facts: Sequence[str] = ()) -> str | None:
    """A theme no claim is computed for, named by its strongest shared term as the cited articles write it (a name
    first), checked as a headline: "Chip stocks in three stories from eight outlets today" (``TITLE_TERMS_NO_CLAIM``
    terms at most; the term alone when the checker does not pass the counts)."""
    text = " ".join(f"{a.title} {a.body}" for a in cited)
    options = [_surfaces([*g.names[:1], *g.terms], text), _surfaces(g.terms, text)]
    # a theme no claim can be computed for says less: its one strongest term, not a list of three (issue 12)
    for k in range(TITLE_TERMS_NO_CLAIM, 0, -1):
        for shown in options:
            if len(shown) < k:
                continue
            named = shown[0] if k == 1 else f"{', '.join(shown[:k - 1])} and {shown[k - 1]}"
            named = named[0].upper() + named[1:]
            for text_, arts in ((f"{named} in {_count_word(len(g.stories))} stories from "
                                 f"{_count_word(len(coverage))} outlets today", coverage),
                                (f"{named} in {_count_word(len(g.stories))} stories today", cited),
                                (named, cited)):
                got = comp.line(text_, arts, headline_=True)
                if got:
                    return got.text
                # or a claim built only on the signal's own fact lines (the page gate's rule for titles)
                if facts and text_ != named:
                    from topline.check import check_analysis
                    if not check_analysis(text_, facts)[0]:
                        return text_
    return None


def _topic(g: Group, comp: Composer, day: dt.date) -> str:
    """The theme's strongest shared term (a name first) as the group's articles of the day write it; "" when no
    term is written in every one of its stories' articles of the day (each story must be "on" it)."""
    per_story = [" ".join(f"{a.title} {a.body}" for a in rs.bundle.articles if a.published and
                          edition_day(a.published) == day) for rs in g.stories]
    if not all(per_story):
        return ""
    text = " ".join(per_story)
    shown = _surfaces([*g.names[:1], *[t for t in g.terms if theme_noun(t) and not used_as_verb(t, text)]], text)
    # the term as a noun phrase names the theme: a countable noun by its plural, a role noun not at all (theme_name)
    named = (theme_name(t, per_story) for t in shown
             if all(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", x, re.IGNORECASE) for x in per_story))
    return next((t for t in named if t), "")


# Units of measure: "two stories on metric ton" names a unit, not what the stories are about (eval-agri's cocoa)
_UNITS = frozenset("""ton tons tonne tonnes metric barrel barrels bushel bushels pound pounds ounce ounces kilogram
kilograms kg lb lbs gram grams litre litres liter liters gallon gallons cent cents percent basis point points bps
megawatt megawatts gigawatt gigawatts mw gw kwh mwh gwh twh mile miles kilometre kilometres kilometer kilometers km
hectare hectares acre acres teu teus feu feus share shares""".split())


def theme_noun(term: str) -> bool:
    """A term that can name a theme ("stories on chip exports"): not a verb phrase ("went wrong", "cut": a past
    or irregular verb form, a word ending in -ed) and not a bare unit of measure ("metric ton", "basis points"), nor
    the scale or currency words of a figure ("bln", "euros": eval-ins' "one of two stories on bln today", read by
    the lead after its measurement)."""
    from topline.check.roles import IRREGULAR
    words = term.lower().split()
    if not words or all(w.lower() in _UNITS or scales_or_prices(w) for w in term.split()):
        return False
    return not any(w in IRREGULAR or (w.endswith("ed") and not w.endswith("eed") and len(w) > 4) for w in words)


# Words after which a bare word is a verb ("will approve", "did not approve"); after "to" only when an object follows
# ("to approve the quota": "linked to inflation" is a preposition's noun)
_MODALS = frozenset("will would shall should can could may might must did does do not".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our every each any some no".split())


def used_as_verb(term: str, text: str) -> bool:
    """A one-word, lower-case term the text writes as a verb (after a modal, or after "to" with a determiner after
    it) and never after a determiner: a verb ("one of two stories on approve today", read by the lead on the
    held-out eval-ind's 12-08 Trade page after its measurement), not the subject a theme can be "on". Names and
    phrases of several words are left to ``theme_noun``."""
    if " " in term.strip() or not term.strip().islower():
        return False
    around = compiled(rf"([A-Za-z'’]+)\s+{re.escape(term)}(?![\w-])\s*([A-Za-z'’]*)", re.IGNORECASE).findall(text)
    verb = any(b.lower() in _MODALS or (b.lower() == "to" and a.lower() in _DETERMINERS) for b, a in around)
    return verb and not any(b.lower() in _DETERMINERS for b, _ in around)


def _surfaces(terms: Sequence[str], text: str) -> list[str]:
    """How the text writes each term (in lower case when it also appears so: a common word, not a name)."""
    shown: list[str] = []
    for term in terms:
        found = compiled(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE).findall(text)
        if not found:
            continue
        s = term if term in found else found[0]
        if any(s.lower() in x.lower() or x.lower() in s.lower() for x in shown):
            continue
        shown.append(s)
        if len(shown) >= TITLE_TERMS:
            break
    return shown


def _one_paragraph(lines: Sequence[Line]) -> list[Line]:
    """A signal is one paragraph: a line that would merge with the next when the text is split is left out."""
    kept: list[Line] = []
    for line in lines:
        if len(grouped(kept + [line])) == 1:
            kept.append(line)
    return kept


def _one_per_outlet(arts: Sequence[Article]) -> list[Article]:
    seen: set[str] = set()
    out = []
    for a in arts:
        if a.url not in seen:
            seen.add(a.url)
            out.append(a)
    return out


__all__ = ["Group", "groups", "page_stories", "signal", "trend", "citations_of"]
