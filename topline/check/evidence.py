"""The evidence side of the checker: cited articles indexed once (sentences, stems, figures with the words around
them, names), the pool of a sentence's cited articles (outlets, words written in lower case), outlet names and the
spellings of a name. Pure and cached (by content).

Evidence is what the model saw: an article is read through ``topline.sanitize.clean_article_text`` (the same
cleaning the LLM writer applies before its prompt), so nothing the sanitiser removes (hidden styling, comments,
injected instructions, links) supports anything."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Mapping

from topline.enrich.entities import canonical_entity, normalise
from topline.enrich.figures import extract_figures
from topline.enrich.gazetteer import ALIASES
from topline.patterns import compiled
from topline.rank.outlets import canonical_outlet, known_outlets
from topline.records import Article, Figure
from topline.sanitize import clean_article_text, clean_line
from topline.text import split_sentences, squash

CONTEXT_WORDS = 3          # content words either side of a figure that say what it counts (set on planted numbers)
STEM_CHARS = 5             # crude stemming: the first characters of a word ("closes", "closed" -> "close")
# Codes that mix letters and digits ("COVID-19", "F-35", "GPT-4o", "H100", "Q2"): names, checked whole.
CODE = re.compile(r"(?<![\w.$\u20ac\u00a3-])[A-Za-z]+-?\d[\w]*(?:-\w+)*")
BLANK = "#"   # fills a span already checked: breaks a run of names without moving any offset

# --- outlets --------------------------------------------------------------------------------------------------

# Single-word outlet names that are also common words: not taken as an attribution ("in Nature", "the Royal Mint
# said"); an article from such an outlet is still recognised by its source field.
AMBIGUOUS_OUTLETS = frozenset({"science", "nature", "mint", "stat", "hill", "record", "times", "independent",
                               "register", "hindu", "telegraph", "fortune", "wired", "information"})


def outlet_key(name: str) -> str:
    """The compared form of an outlet name, through the one alias table (topline/data/outlets.toml)."""
    return canonical_outlet(clean(name or ""))


def outlet_spellings() -> dict[str, str]:
    """Every spelling the checker recognises as an outlet in an attribution -> its canonical key."""
    return {k: v for k, v in known_outlets().items() if k not in AMBIGUOUS_OUTLETS}


# --- text normalisation ---------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2026": "..."})
_WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
not now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves said says say according per
via reported reports report told new one two three four five six seven eight nine ten year years percent cent
billion million trillion week month day""".split()) | frozenset(
    # words of the writers' own templates: about the briefing, not claims to find in an article
    """link matters given simultaneous news puts put contrast figure figures outlets outlet stories story edition
    editions involve involves across signal confirmed coverage rising falling steady previous days none single
    source sources far adds article articles briefing today carry carries theme themes last against continues
    continue confirming fading published already ran earlier since then evidence confirms repeats development
    developments trend""".split()) | frozenset(
    # verbs that only state a level ("the list stood at 231,000", "sales totalled $4 million"): the figure is the
    # claim; a rewrite of "the list was 231,000" was rejected for "stood" (eighth round, eval5)
    """stood stand stands standing totalled totaled totalling totaling totals amounted amounts""".split())


def clean(text: str) -> str:
    """Straight quotes, plain dashes and spaces, collapsed whitespace."""
    return squash((text or "").translate(_QUOTES))


_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")
# Words whose stems (and lemmas, ``roles``) are kept: the checker asks for the same few thousand words millions of
# times (3.0 million calls of ``stem`` for 1,358 sentences of tests/write/test_verify_quality.py, 2026-12-05).
WORD_CACHE = 1 << 17


@functools.lru_cache(maxsize=WORD_CACHE)
def stem(word: str) -> str:
    """Crude and fast: "closes", "closed", "closing" -> "clos"; then the first ``STEM_CHARS`` characters."""
    if len(word) > 4:
        word = _SUFFIX.sub("", word)
    return word[:STEM_CHARS]


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``, in order."""
    return [stem(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS and not w.isdigit()]


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS
            and not w.isdigit()}


def phrase_re(phrase: str) -> re.Pattern[str]:
    return compiled(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])")


def has_phrase(haystack_lower: str, phrase: str) -> bool:
    phrase = phrase.lower().strip()
    return bool(phrase) and phrase in haystack_lower and bool(phrase_re(phrase).search(haystack_lower))


# --- the cited side: one index per article --------------------------------------------------------------------

@dataclass(frozen=True)
class Doc:
    url: str
    outlet: str                                        # outlet_key of the article's source
    text: str                                          # cleaned title + body
    lower: str
    sentence_stems: tuple[frozenset[str], ...]
    sentences: tuple[str, ...]                         # title first, then the body's sentences
    sentences_lower: tuple[str, ...]
    figures: tuple[tuple[int, Figure], ...]            # (sentence index, figure)
    figure_context: tuple[frozenset[str], ...]         # stems of the words around each figure
    name_ends: frozenset[str]                          # lowercase capitalised tokens that end a name in the text
    lower_words: frozenset[str]                        # words written in lower case
    mid_caps: frozenset[str]                           # capitalised words inside body sentences, lowercased
    published: dt.date | None


SEEN_CACHE = 16384   # articles whose cleaned text is kept (the pool reads every article of an edition, then the
                     # cited ones are indexed: each is cleaned once; an edition of 10,000 articles holds ~20 MB)


@functools.lru_cache(maxsize=SEEN_CACHE)
def _seen(title: str, body: str) -> tuple[str, tuple[str, ...]]:
    """What the model is shown of an article: cleaned title + body, and its sentences (title first)."""
    title = clean(clean_line(title))
    body = clean_article_text(body)          # paragraphs kept, one per line: what the model is shown
    return title + "\n" + clean(body), tuple([title] + [clean(s) for s in split_sentences(body)])


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w'])[a-z][a-z'-]+", text))


def _mid_caps(sents: tuple[str, ...]) -> frozenset[str]:
    return frozenset(m.group(1).lower() for s in sents[1:] for m in re.finditer(r"(?<=[a-z,] )([A-Z][\w&-]*)", s))


def _pool_words(title: str, body: str) -> tuple[frozenset[str], frozenset[str]]:
    """A ``Doc``'s ``lower_words`` and ``mid_caps`` without the rest of it (the pool needs only these, of every
    article of the edition; the full index is built for cited articles only)."""
    text, sents = _seen(title, body)
    return _lower_words(text), _mid_caps(sents)


@functools.lru_cache(maxsize=4096)
def _doc(url: str, source: str, title: str, body: str, published: dt.date | None) -> Doc:
    text, sents = _seen(title, body)
    figs: list[tuple[int, Figure]] = []
    stems: list[frozenset[str]] = []
    ctxs: list[frozenset[str]] = []
    for i, s in enumerate(sents):
        stems.append(frozenset(stems_of(s)))
        for f, ctx in figures_in_context(CODE.sub(lambda m: BLANK * len(m.group(0)), s), keep=True):
            figs.append((i, f))
            ctxs.append(ctx)
    ends = set()
    for m in re.finditer(r"\b([A-Z][\w&.-]*)(?:'s)?(?=(\s+[^\s]+)?)", text):
        nxt = m.group(2) or ""
        if m.group(0).endswith("'s") or not nxt.strip()[:1].isupper():
            ends.add(m.group(1).lower())
    return Doc(url=url, outlet=outlet_key(source), text=text, lower=text.lower(), sentence_stems=tuple(stems),
               sentences=tuple(sents), sentences_lower=tuple(x.lower() for x in sents),
               figures=tuple(figs), figure_context=tuple(ctxs), name_ends=frozenset(ends),
               lower_words=_lower_words(text), mid_caps=_mid_caps(sents), published=published)


def figures_in_context(sentence: str, words: str | None = None,
                       width: int = 0, keep: bool = False) -> list[tuple[Figure, frozenset[str]]]:
    """The sentence's figures, each with the stems of up to ``width`` (default ``CONTEXT_WORDS``) words either
    side of it (read from ``words``, the same sentence before spans were blanked, when given); a range's bare lower
    bound read with its upper bound's unit (with ``keep``, as a bare number too: ``ranged``)."""
    words = sentence if words is None else words
    width = width or CONTEXT_WORDS
    out = []
    for f, at in _ranged_spans(sentence, extract_figures(sentence), keep):
        if at < 0:
            out.append((f, frozenset()))
            continue
        cursor = at + len(f.text)
        before = content_stems(re.split(r"[;:!?]", words[:at].lower())[-1])[-width:]
        after = content_stems(re.split(r"[;:!?]|\.(?!\d)", words[cursor:].lower())[0])[:width]
        out.append((f, frozenset(before + after)))
    return out


# Sixteenth round: a range states its unit once, after its upper bound ("between 90 and 110 million euros", "from 12
# to 15%", "between 10 and 15 tonnes"); the extractor reads the lower bound as a bare number (90), so a claim that
# restates the range with the unit on both bounds ("a profit of 90 million to 110 million euros") had "90 million"
# rejected as not stated (eval13's d0212). The lower bound takes the upper bound's unit and scale.
_RANGE_JOIN = re.compile(r"\s*-?\s*(?:and|to|or|-|–)\s*$")
_LEADING_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def ranged(sentence: str, figs: list[Figure], keep: bool = False) -> list[Figure]:
    """``figs`` (in sentence order) with a bare lower bound of a range given its upper bound's kind, unit and scale
    (with ``keep``, beside the bare reading: a source's "90 and 110 million" still states a bare 90 for a claim that
    writes the range the same way)."""
    out: list[Figure | tuple[Figure, Figure]] = list(figs)
    cursor = 0
    spans = []
    for f in figs:
        at = sentence.find(f.text, cursor)
        spans.append((at, at + len(f.text)) if at >= 0 else None)
        cursor = at + len(f.text) if at >= 0 else cursor
    for n in range(len(figs) - 1):
        f, g, a, b = figs[n], figs[n + 1], spans[n], spans[n + 1]
        if a is None or b is None or f.kind != "number" or f.unit or g.kind not in ("money", "quantity", "percent"):
            continue
        if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", f.text) or not _RANGE_JOIN.match(sentence[a[1]:b[0]]):
            continue
        lead = _LEADING_NUMBER.match(g.text)
        if not lead or float(lead.group(0).replace(",", "")) <= 0:
            continue
        factor = g.value / float(lead.group(0).replace(",", ""))
        out[n] = (f, Figure(f.text, g.kind, f.value * factor, g.unit)) if keep else \
            Figure(f.text, g.kind, f.value * factor, g.unit)
    return [x for o in out for x in (o if isinstance(o, tuple) else (o,))]


def _ranged_spans(sentence: str, figs: list[Figure], keep: bool) -> list[tuple[Figure, int]]:
    """``ranged`` figures with where each starts (-1: not found as written); a kept bare bound and its reading
    with a unit share one place."""
    out: list[tuple[Figure, int]] = []
    cursor = 0
    for f in ranged(sentence, figs, keep):
        if out and keep and out[-1][0].text == f.text and out[-1][0].kind == "number" and f.kind != "number" and \
                out[-1][1] >= 0:
            out.append((f, out[-1][1]))
            continue
        at = sentence.find(f.text, cursor)
        if at >= 0:
            cursor = at + len(f.text)
        out.append((f, at))
    return out


def doc_for(article: Article) -> Doc:
    """The checker's index of one article (cached by its content: URL, outlet, title, body, date)."""
    pub = article.published.date() if article.published else None
    return _doc(article.url, article.source or "", article.title or "", article.body or "", pub)


@dataclass(frozen=True)
class Pool:
    """What the checker knows about all given articles: outlet names and the words written in lower case."""
    outlets: frozenset[str]
    lower_words: frozenset[str]
    names: frozenset[str]          # lowercase forms of words written with a capital inside a sentence
    extra_outlets: frozenset[str] = frozenset()   # the cited articles' outlet names the alias table does not know

    def outlet_re(self, text: str) -> re.Pattern[str] | None:
        """The attribution pattern for ``text``: every spelling of the alias table, plus those of the cited
        articles' own outlet names that could occur in ``text``. An alternative that matches nowhere in a text
        changes no match of an alternation, so leaving it out gives the same matches; the table's pattern is
        compiled once, not once per set of cited outlets (74 compiles of ~0.2 s each in one three-day build of
        tests/data/eval-fin, 2026-12-05)."""
        return _outlet_re(frozenset(n for n in self.extra_outlets if _could_occur(n, text)))


POOL_CACHE = 4096   # citation sets whose pools are kept (each sentence is checked against the pool of the articles
                   # it cites: a page has a few hundred such sets, each pool a few hundred words)
_POOLS: dict[frozenset, Pool] = {}


class ArticleSet(Mapping[str, Article]):
    """URL -> Article that cannot change, so its content key is computed once: the pool of an edition's articles
    is looked up once per set, not once per sentence checked against it (``write.edition_articles`` gives one)."""
    __slots__ = ("_items", "_key")

    def __init__(self, items: Mapping[str, Article]):
        self._items = dict(items)
        self._key: frozenset | None = None

    def __getitem__(self, url: str) -> Article:
        return self._items[url]

    def __iter__(self):  # noqa: ANN204
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reduce__(self):  # noqa: ANN204 - sent to worker processes without the cached key
        return (ArticleSet, (self._items,))

    def content_key(self) -> frozenset:
        if self._key is None:
            self._key = _content_key(self._items)
        return self._key


def _content_key(articles: Mapping[str, Article]) -> frozenset:
    return frozenset((u, a.source or "", a.title or "", a.body or "") for u, a in articles.items())


def pool_for(articles: Mapping[str, Article]) -> Pool:
    """The pool of ``articles``, cached by their content (not by URL and length: two article sets with the same
    URLs and body lengths but different text get different pools).

    The checker builds it from a sentence's CITED articles only (``check_sentence``): what a sentence's support
    may read is its cited articles and the outlet alias table (topline/data/outlets.toml), never the other
    articles of the edition, so adding an unrelated article to an edition changes no verdict."""
    key = articles.content_key() if isinstance(articles, ArticleSet) else _content_key(articles)
    hit = _POOLS.get(key)
    if hit is not None:
        return hit
    spellings = outlet_spellings()
    outlets = {outlet_key(a.source) for a in articles.values() if a.source} | set(spellings.values())
    lower: set[str] = set()
    names: set[str] = set()
    for a in articles.values():
        low, mid = _pool_words(a.title or "", a.body or "")
        lower.update(low)
        names.update(mid)
    cited = {outlet_key(a.source) for a in articles.values() if a.source} | \
        {clean(a.source).lower() for a in articles.values() if a.source}
    extra = frozenset(n for n in cited if n and (len(n) > 2 or n.isalpha()) and n not in spellings)
    if len(_POOLS) > POOL_CACHE:
        _POOLS.clear()
    pool = _POOLS[key] = Pool(outlets=frozenset(outlets), lower_words=frozenset(lower), names=frozenset(names),
                              extra_outlets=extra)
    return pool


@functools.lru_cache(maxsize=1024)
def _outlet_re(extra: frozenset[str]) -> re.Pattern[str] | None:
    """The attribution pattern: every spelling of the alias table, plus the cited articles' own outlet names
    that the table does not know (compiled once per such set; most sets add nothing)."""
    spelled = {n for n in set(outlet_spellings()) | extra if n and (len(n) > 2 or n.isalpha())}
    alt = "|".join(re.escape(n).replace(r"\ ", r"[\s.&'-]+") for n in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:the\s+)?(?P<outlet>{alt})(?![\w])", re.IGNORECASE) if alt else None


def _could_occur(name: str, text: str) -> bool:
    """Whether ``_outlet_re``'s alternative for ``name`` could match somewhere in ``text``: each of its space-separated
    parts occurs in it, ignoring case as the pattern does (a necessary condition, cheap to test)."""
    return all(compiled(re.escape(part), re.IGNORECASE).search(text) for part in name.split(" ") if part)


def cited_articles(citations, articles: Mapping[str, Article]) -> dict[str, Article]:  # noqa: ANN001
    """The articles a sentence cites (those of ``articles`` among its citations): all its support may read."""
    return {c.url: articles[c.url] for c in citations if c.url in articles}


def _related(form: str, alias: str) -> bool:
    """Whether a gazetteer alias is a spelling of the written form rather than a different name of the same
    thing: "Chinese" ~ "China", "Alibaba Group" ~ "Alibaba", "US" ~ "United States"; but "London" is not
    "Britain" and "Washington" is not "United States"."""
    if form[:4] == alias[:4] and min(len(form), len(alias)) >= 4:
        return True
    initials = "".join(w[0] for w in alias.split() if w not in ("of", "the", "and"))
    back = "".join(w[0] for w in form.split() if w not in ("of", "the", "and"))
    return (len(initials) > 1 and form.replace(".", "") == initials) or \
        (len(back) > 1 and alias.replace(".", "") == back) or alias.startswith(form + " ") or form.startswith(alias + " ")


def _by_canonical() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for alias, (canon, _kind) in ALIASES.items():
        out.setdefault(canon, []).append(alias)
    return out


_ALIASES_OF = _by_canonical()


@functools.lru_cache(maxsize=65536)
def _variants(phrase: str) -> tuple[re.Pattern[str], ...]:
    """Patterns that find a name or a spelling of it ("Chinese" finds "China"). Short forms match by case:
    "US" finds "U.S." but not "us", "Lin" finds "Lin" but not "lin"."""
    written = clean(phrase).rstrip(".")
    form = normalise(written)
    out = [_short(written) if len(written.replace(".", "")) <= 3 else
           re.compile(rf"(?<![\w]){re.escape(written)}(?![\w])", re.IGNORECASE)]
    canon = canonical_entity(written)
    for alias in dict.fromkeys([form, canon] + _ALIASES_OF.get(canon, [])):
        if alias and alias != written.lower() and _related(form, alias):
            out.append(_short(alias.upper()) if len(alias.replace(".", "")) <= 3 else
                       re.compile(rf"(?<![\w]){re.escape(alias)}(?![\w])", re.IGNORECASE))
    return tuple(out)


def _short(written: str) -> re.Pattern[str]:
    """A short name as written, case-sensitively; in capitals, with or without dots ("US" = "U.S.")."""
    bare = written.replace(".", "")
    if bare.isupper() and bare.isalpha():
        dotted = r"\.?".join(re.escape(c) for c in bare) + r"\.?"
        return re.compile(rf"(?<![\w.]){dotted}(?![\w])")
    return re.compile(rf"(?<![\w]){re.escape(written)}(?![\w])")


def mentions(phrase: str, sentence: str) -> bool:
    return any(p.search(sentence) for p in _variants(phrase))


