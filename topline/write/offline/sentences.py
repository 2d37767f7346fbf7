"""Sentences of a story's articles: cleaned, scored by centrality and informativeness, chosen without repeats.

Pure functions. A candidate is a sentence as one or more articles write it (a wire copy carries the same
sentence: it is one candidate with several articles). Scores combine:

* centrality: cosine similarity of the sentence's TF-IDF vector to the story's centroid (what the story is about);
* support: how closely the other outlets' articles say the same thing (LexRank-style agreement across outlets);
* position: news puts the most important facts first;
* information: figures and names per sentence;
* recency: sentences of articles published on the edition's day lead, older ones give background.

``select`` picks the best sentences with maximal marginal relevance, so a fact is not repeated.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import numpy as np

from topline.enrich.entities import extract_entities
from topline.enrich.figures import extract_figures
from topline.records import Article
from topline.text import split_sentences, squash
from topline.zones import edition_day

# Weights of the score: a grid search on ROUGE against the MultiLing 2011 human summaries (benchmarks/bench_rouge.py;
# best: centrality 0.5, support 0.25, position 0.15, title 0.2, information 0 (0.05 cost 0.02 of ROUGE-2); recency
# (constant on MultiLing, which has no dates) set by reading the demo edition of 2025-07-03.
W_CENTRAL, W_SUPPORT, W_POSITION, W_INFO, W_RECENT, W_TITLE = 0.5, 0.25, 0.15, 0.0, 0.10, 0.2
W_TIER = 0.1      # outlet tier (topline.rank.outlets), set by reading the demo edition: wires and majors lead
MIN_WORDS, MAX_WORDS = 8, 48        # shorter sentences say little, longer ones are not one fact
REDUNDANCY = 0.3                    # word overlap (Jaccard) above which a sentence repeats one already chosen
SAME_FACT_RATIO = 1.25              # amounts this close about the same names are one fact told differently
SAME_FACT_NAMES = 2                 # shared names that, with a shared amount, make two sentences one fact
MMR_LAMBDA = 1.0                    # relevance against novelty (MultiLing: 1.0 beat 0.9, 0.85, 0.75, 0.5; repeats
                                    # are kept out by REDUNDANCY)
PRONOUN_PENALTY = 0.6               # a sentence that starts with "He", "It", "This" needs its previous sentence
QUOTE_PENALTY = 0.8                 # quotations make colour, not the fact a briefing leads with
# Work per article is bounded (issue 14): the sentences a page may quote come from the first ARTICLE_CHARS
# characters, at most ARTICLE_SENTENCES of them (the longest article of the demo corpus, mmds2025-dev and
# MultiLing 2011 has 76 sentences in 7,924 characters; a page quotes leads, not the 150th sentence).
ARTICLE_CHARS = 50_000
ARTICLE_SENTENCES = 150
COMPRESS_ABOVE = 32                 # words: longer sentences lose a trailing commentary clause when they can

_BOILERPLATE = re.compile(
    r"reporting by|editing by|writing by|additional reporting|contributed (?:to this )?report|sign up|newsletter|"
    r"click here|read more|all rights reserved|follow us|subscribe|this article|copyright|terms of use|"
    r"cookie|advertisement|^photo|^image|^file photo|for more information|\bcontact\b.*@", re.IGNORECASE)
_DATELINES = (
    re.compile(r"^(?:[A-Z][A-Za-z.\-'/ ]{1,40}(?:,\s*[A-Z][A-Za-z.\-'/ ]{1,30})*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?"
               r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa)\)\s*[-\u2013\u2014]+\s*"),
    re.compile(r"^\((?:Reuters|AP|AFP|Bloomberg)\)\s*[-\u2013\u2014]+\s*"),
    re.compile(r"^[A-Z][A-Z.\-'/ ]{2,40}(?:,\s*[A-Za-z.\-' ]{2,30})?\s*(?:[-\u2013\u2014]+|:)\s+"),
)
# Newsletter furniture that labels a sentence ("Driving the news: Researchers at ..."): the label goes, the
# sentence stays.
_LABELS = re.compile(r"^(?:Driving the news|Why it matters|The big picture|Between the lines|Zoom in|Zoom out|"
                     r"Go deeper|What they're saying|What we're watching|What's next|The bottom line|Catch up quick|"
                     r"Yes, but|State of play|By the numbers|Flashback|The intrigue|Details|The details|"
                     r"Context|Background|Bottom line|Key quote|Our thought bubble|Reality check|The latest)\s*:\s+",
                     re.IGNORECASE)
_CONNECTIVES = re.compile(r"^(?:But|And|However|Meanwhile|Still|Also|Yet|Separately|Indeed|Moreover|Further|"
                          r"Furthermore|Nonetheless|Nevertheless|Overall|In addition|On Thursday|On Wednesday),?\s+")
_PRONOUN_START = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|We|I|There)\b")
_TRAILING = re.compile(r",\s+(?:in what|which|a sign that|a move that|marking|making|underscoring|highlighting|"
                       r"as part of|adding to|the latest)\b[^,]*[.!?]$")
_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")


@dataclass(frozen=True)
class Candidate:
    text: str                              # the sentence as the writer may print it
    articles: tuple[Article, ...]          # the articles that carry it (a wire copy counts once)
    position: int                          # its index in the first article (0 = lead)
    score: float = 0.0
    names: tuple[str, ...] = field(default=(), compare=False)   # canonical names it mentions
    figures: int = 0
    facts: frozenset[tuple[str, str, float]] = field(default=frozenset(), compare=False)   # (kind, unit, value)

    @property
    def outlet(self) -> str:
        return self.articles[0].source if self.articles else ""

    @property
    def words(self) -> int:
        return len(self.text.split())


def clean(sentence: str) -> str | None:
    """The sentence without dateline, leading connective or trailing commentary, or None if it is not usable."""
    s = squash(sentence)
    for rx in _DATELINES:
        s = rx.sub("", s, count=1)
    s = _LABELS.sub("", s, count=1)
    s = _CONNECTIVES.sub("", s, count=1)
    if not s or _LABELS.search(s) or re.search(r"\b(?:Photo|Image|Credit)s?:", s):
        return None
    if not s:
        return None
    s = s[0].upper() + s[1:]
    n = len(s.split())
    if n > COMPRESS_ABOVE and '"' not in s and "\u201c" not in s:
        shorter = _TRAILING.sub(".", s)
        if len(shorter.split()) >= MIN_WORDS:
            s, n = shorter, len(shorter.split())
    if not (MIN_WORDS <= n <= MAX_WORDS) or s[-1] not in ".!?\"\u201d'" or s.endswith("?"):
        return None
    if _BOILERPLATE.search(s) or "http" in s or s.count("(") != s.count(")"):
        return None
    return s


def article_sentences(body: str) -> list[list]:
    """The usable sentences of one article's body, each once (its first occurrence), in order: ``[position, text,
    key, names, figures, facts]`` as plain JSON values (what ``candidates`` needs of an article; it reads nothing
    else of it, so the rows are a pure function of the body and can be kept: ``sentences_memo``)."""
    out: list[list] = []
    seen: set[str] = set()
    for i, raw in enumerate(split_sentences(body[:ARTICLE_CHARS])[:ARTICLE_SENTENCES]):
        text = clean(raw)
        if not text:
            continue
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        names = list(dict.fromkeys(e.canonical for e in extract_entities(text)))
        figs = extract_figures(text)
        # a fact whose value is not finite is left out: ``same_fact``, its only reader, never matches one (inf/x,
        # inf/inf and nan compare False), and JSON stores in PostgreSQL take no NaN or Infinity
        facts = sorted({(f.kind, f.unit, f.value) for f in figs
                        if f.kind in ("money", "percent", "quantity") and math.isfinite(f.value)})
        out.append([i, text, key, names, len(figs), [list(f) for f in facts]])
    return out


def candidates(articles: Sequence[Article], memo=None) -> list[Candidate]:  # noqa: ANN001 - stage_cache.Memo
    """Every usable sentence of the articles, identical sentences merged (their articles joined). ``memo``
    (``sentences_memo``) keeps each article's sentences across editions (issue 14: a story's older articles were
    read again by every edition that carried the story)."""
    by_text: dict[str, Candidate] = {}
    for a in articles:
        for i, text, key, names, figures, facts in article_rows(a, memo):
            if key in by_text:
                c = by_text[key]
                if a not in c.articles:
                    by_text[key] = replace(c, articles=c.articles + (a,))
                continue
            by_text[key] = Candidate(text=text, articles=(a,), position=i, names=tuple(names), figures=figures,
                                     facts=frozenset(tuple(f) for f in facts))
    return list(by_text.values())


# --- issue 14: an article's sentences are computed once, not once per edition that carries its story -----------
# An article's rows (``article_sentences``) depend on its body and on the rules of this module and of what it calls
# (sentence splitting, entities, figures): the key is a hash of the body read, and the version a hash of every
# module this one imports (``stage_cache.rules_version``) plus SENTENCES_VERSION, so a changed article, rule or
# version is a miss and never a stale hit.
SENTENCES_STAGE = "write-sentences"
SENTENCES_VERSION = 1       # bump when the rows' layout changes (a rule change already changes the source hash)
SENTENCES_MODULES = ("topline.write.offline.sentences",)
_MEMO: list = []            # the edition's memo (``use_memo``), inherited by the writer's forked process


def sentences_memo(store, day: dt.date | None = None):  # noqa: ANN001, ANN201 - Store -> stage_cache.Memo
    """The store's cache of ``article_sentences`` (``store=None``: within the process only)."""
    from topline.stage_cache import Memo, rules_version
    return Memo(store, SENTENCES_STAGE, f"{SENTENCES_VERSION}:{rules_version(*SENTENCES_MODULES)}", day)


def memo_key(memo, a: Article) -> str:  # noqa: ANN001
    return memo.key(a.body[:ARTICLE_CHARS])


def article_rows(a: Article, memo=None) -> list[list]:  # noqa: ANN001
    """``article_sentences`` of ``a``'s body, through ``memo`` when given."""
    if memo is None:
        return article_sentences(a.body)
    return memo.get(memo_key(memo, a), lambda: article_sentences(a.body))


def use_memo(memo) -> None:  # noqa: ANN001 - stage_cache.Memo | None
    """Make ``memo`` the one ``current_memo`` returns (None: none), for the edition being written."""
    _MEMO[:] = [memo] if memo is not None else []


def current_memo():  # noqa: ANN201 - stage_cache.Memo | None
    return _MEMO[0] if _MEMO else None
# ---


def _vectors(texts: list[str]):  # noqa: ANN202 - scipy sparse matrix
    from sklearn.feature_extraction.text import TfidfVectorizer
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2), min_df=1,
                          token_pattern=r"(?u)\b[A-Za-z0-9][\w$%.-]*\b")
    return vec.fit_transform(texts)


def score(cands: list[Candidate], titles: Sequence[str] = (), day: dt.date | None = None,
          tier: Callable[[str], float] | None = None) -> list[Candidate]:
    """The candidates with their scores, best first. ``tier`` gives an outlet's weight (0..1): a sentence carried
    by a stronger outlet leads."""
    if not cands:
        return []
    try:
        X = _vectors([c.text for c in cands] + list(titles))
    except ValueError:        # nothing but stop words
        return cands
    S, T = X[:len(cands)], X[len(cands):]
    centroid = np.asarray(S.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    central = S @ (centroid / norm) if norm else np.zeros(len(cands))
    sims = (S @ S.T).toarray()
    title_sim = (S @ T.T).toarray().max(axis=1) if T.shape[0] else np.zeros(len(cands))
    owner = np.array([c.articles[0].url for c in cands])
    support = np.zeros(len(cands))
    docs = sorted(set(owner))
    if len(docs) > 1:
        best = np.stack([sims[:, owner == u].max(axis=1) for u in docs], axis=1)   # candidates x documents
        carried = np.array([[u in {a.url for a in c.articles} for u in docs] for c in cands])
        best[carried] = 0.0
        # the mean over the documents that do not carry the candidate (0 when every document carries it): numpy's
        # nanmean warned "Mean of empty slice" on stderr of every large edition for such candidates
        others = (~carried).sum(axis=1)
        support = np.divide(best.sum(axis=1), others, out=np.zeros(len(cands)), where=others > 0)
    out = []
    for i, c in enumerate(cands):
        recent = 1.0 if day is None or any(a.published and edition_day(a.published) >= day for a in c.articles) else 0.0
        s = (W_CENTRAL * float(central[i]) + W_SUPPORT * support[i] + W_POSITION / (1 + c.position) ** 0.5
             + W_INFO * min(1.0, (c.figures + len(c.names)) / 4) + W_RECENT * recent + W_TITLE * float(title_sim[i])
             + (W_TIER * max(tier(a.source) for a in c.articles) if tier else 0.0))
        if _PRONOUN_START.match(c.text):
            s *= PRONOUN_PENALTY
        if c.text[:1] in "\"\u201c" or c.text.count('"') + c.text.count("\u201c") >= 2:
            s *= QUOTE_PENALTY
        out.append(replace(c, score=round(s, 6)))
    out.sort(key=lambda c: (-c.score, c.position, c.text))
    return out


def similarity(a: Candidate, b: Candidate) -> float:
    """Word-overlap similarity (Jaccard on content words): cheap and good enough to spot a repeated fact."""
    wa, wb = _content(a.text), _content(b.text)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


_STOP = frozenset("the a an of to in on for and or with as at by is are was were be been its it from that this "
                  "said says has have had will would could also than more about after into over".split())


def _content(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP)


def select(ranked: Sequence[Candidate], n: int, chosen: Sequence[Candidate] = (),
           redundancy: float = REDUNDANCY) -> list[Candidate]:
    """Up to ``n`` candidates by maximal marginal relevance, none repeating ``chosen`` or each other."""
    pool = list(ranked)
    words = [_content(c.text) for c in pool]
    top = max((c.score for c in pool), default=1.0) or 1.0
    overlap = [max((_jaccard(w, _content(p.text)) for p in chosen), default=0.0) for w in words]
    alive = [o <= redundancy and not any(same_fact(c, p) for p in chosen) for c, o in zip(pool, overlap)]
    picked: list[Candidate] = []
    while len(picked) < n:
        best, best_value = -1, -1e9
        for i, c in enumerate(pool):
            if alive[i]:
                value = MMR_LAMBDA * c.score / top - (1 - MMR_LAMBDA) * overlap[i]
                if value > best_value:
                    best, best_value = i, value
        if best < 0:
            break
        picked.append(pool[best])
        alive[best] = False
        for i in range(len(pool)):
            if alive[i]:
                overlap[i] = max(overlap[i], _jaccard(words[i], words[best]))
                alive[i] = overlap[i] <= redundancy and not same_fact(pool[i], pool[best])
    return picked


def same_fact(a: Candidate, b: Candidate) -> bool:
    """Two sentences state one fact when they give about the same amount (within ``SAME_FACT_RATIO``: outlets
    round differently) about the same two names, whatever their wording."""
    if len(set(a.names) & set(b.names)) < SAME_FACT_NAMES:
        return False
    return any(ka == kb and ua == ub and va > 0 and vb > 0 and max(va, vb) / min(va, vb) <= SAME_FACT_RATIO
               for ka, ua, va in a.facts for kb, ub, vb in b.facts)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
