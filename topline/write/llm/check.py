"""Checking generated sentences before they are kept: clean, map ids to citations, run the citation checker,
re-cite when the story's other articles carry the sentence, and collect what must go to a repair call.

The evidence is what the model saw: each cited article as ``sanitize.clean_article_text`` left it (hidden
elements, comments, injected instructions and addresses removed), so a claim planted in text the model was never
shown cannot be grounded in it. On its own, before the page gate: a content-free sentence ("...", "N/A", a
fragment) never passes, and neither does a sentence carrying an address (URL, e-mail, domain, in any spelling)
that is not a cited article's own host.

Counting: the sentences kept here are checked again, and counted, by the gate in ``topline.write.write_pages``;
so the writer counts in ``sentences_checked`` and ``sentences_dropped`` only the generated sentences that fail
here (which never reach the gate), and in ``sentences_regenerated`` every failing sentence the repair call
rewrote.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Hashable, Mapping, Sequence
from urllib.parse import urlsplit

from topline.records import Article, Citation
from topline.write.base import WriteStats, cite
from topline.write.llm.parse import MIN_CONTENT_WORDS, Sent, content_free
from topline.sanitize import addresses, clean_article_text, clean_line, clean_output

MIN_HEADLINE_WORDS = 2


def foreign_addresses(text: str, citations: Sequence[Citation]) -> list[str]:
    """Addresses in ``text`` that are not the host of a cited article (``www.`` aside)."""
    hosts = {(urlsplit(c.url).hostname or "").removeprefix("www.") for c in citations}
    out = []
    for a in addresses(text):
        bare = re.sub(r"^[a-z]+://", "", a.lower()).split("/", 1)[0].removeprefix("www.")
        if bare not in hosts:
            out.append(a)
    return out


@lru_cache(maxsize=4096)
def _seen(article: Article) -> Article:
    return dataclasses.replace(article, title=clean_line(article.title), text=clean_article_text(article.body),
                               summary="")


def as_seen(article: Article) -> Article:
    """The article as the model was shown it: the evidence for what the model wrote."""
    try:
        return _seen(article)
    except TypeError:          # an unhashable metadata mapping
        return _seen.__wrapped__(article)


@dataclass(frozen=True)
class Item:
    """One generated line to check: a sentence, a headline, a signal title or watch line."""
    key: Hashable
    sent: Sent
    context: tuple[Article, ...] = ()    # articles that may carry the sentence when its own cites do not


@dataclass(frozen=True)
class Checked:
    text: str
    citations: tuple[Citation, ...]
    cites: tuple[str, ...]               # the ids, for the synthesis call


@dataclass(frozen=True)
class Failed:
    item: Item
    text: str
    problems: tuple[str, ...]
    details: tuple[str, ...]


def articles_by_url(refs: Mapping[str, Article]) -> dict[str, Article]:
    return {a.url: as_seen(a) for a in refs.values()}


def check_one(item: Item, refs: Mapping[str, Article], *, headline: bool = False) -> Checked | Failed:
    """The cleaned sentence with its citations, or why it fails."""
    from topline.check import check_sentence
    raw = item.sent.text if isinstance(item.sent.text, str) else ""
    text = clean_output(raw)
    ids = tuple(i for i in dict.fromkeys(item.sent.cites) if i in refs)
    if not text:
        return Failed(item, text, ("empty",), ("empty: nothing left after cleaning",))
    if content_free(text, MIN_HEADLINE_WORDS if headline else MIN_CONTENT_WORDS):
        return Failed(item, text, ("placeholder",), (f"placeholder: {text[:60]!r} says nothing",))
    if not ids:
        return Failed(item, text, ("no_citation",), ("no_citation: cites no id given in the DATA",))
    citations = tuple(dict.fromkeys(cite(refs[i]) for i in ids))
    foreign = foreign_addresses(raw, citations) + foreign_addresses(text, citations)
    if foreign:
        return Failed(item, text, ("link",), (f"link: {foreign[0]!r} is not a cited article's address",))
    by_url = articles_by_url(refs)
    context = tuple(as_seen(a) for a in item.context)
    verdict = check_sentence(text, citations, by_url, story_articles=context, headline=headline)
    if verdict.ok:
        return Checked(text, citations, ids)
    if verdict.supported_by:      # the story's other articles carry it: cite those instead
        url_to_id = {a.url: i for i, a in refs.items()}
        urls = [u for u in verdict.supported_by if u in url_to_id][:1]
        if urls:
            new_ids = (url_to_id[urls[0]],)
            return Checked(text, tuple(cite(refs[i]) for i in new_ids), new_ids)
    return Failed(item, text, verdict.problems, verdict.details)


def _prefetch(items: Sequence[Item], refs: Mapping[str, Article]) -> None:
    """Parse in one batch what ``check_one`` will parse for each item that reaches the checker (issue 14, speed34:
    ``topline.check.batch``; it decides nothing, the checks find the parses ready)."""
    from topline.check.batch import prefetch
    todo = []
    for item in items:
        text = clean_output(item.sent.text if isinstance(item.sent.text, str) else "")
        ids = tuple(i for i in dict.fromkeys(item.sent.cites) if i in refs)
        if text and ids and not content_free(text, MIN_CONTENT_WORDS):
            todo.append((text, tuple(dict.fromkeys(cite(refs[i]) for i in ids))))
    if len(todo) > 1:
        prefetch(todo, articles_by_url(refs))


def check_all(items: Sequence[Item], refs: Mapping[str, Article], stats: WriteStats,
              drops: Counter | None = None) -> tuple[dict[Hashable, Checked], list[Failed]]:
    ok: dict[Hashable, Checked] = {}
    failed: list[Failed] = []
    _prefetch(items, refs)
    for item in items:
        r = check_one(item, refs)
        if isinstance(r, Checked):
            ok[item.key] = r
        elif r.problems in (("empty",), ("placeholder",)):     # nothing to repair: counted and dropped
            stats.sentences_checked += 1
            stats.sentences_dropped += 1
            stats.drops["placeholder"] += 1
            if drops is not None:
                drops[r.problems[0]] += 1
        else:
            failed.append(r)
    return ok, failed


# --- analysis ---------------------------------------------------------------------------------------------------

# Verbs that assert an event: an analysis sentence may use one only when a fact it builds on uses the same verb.
_EVENT_VERBS = ("acquire buy sell raise invest ban sue launch cut fire hire close open merge file bankrupt collapse "
                "resign appoint approve block fine arrest sanction announce partner delay cancel recall hack breach "
                "leak default list shut suspend halt withdraw sign win lose crash rise fall drop jump surge plunge "
                "soar slump double triple halve expand reduce liquidate own value invent kill die")
_IRREGULAR = "bought sold sued won lost rose risen fell fallen withdrew withdrawn laid paid"


def _forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d", verb + "ed", verb + "cy"}


_EVENT_WORDS = frozenset(f for v in _EVENT_VERBS.split() for f in _forms(v)) | frozenset(_IRREGULAR.split()) \
    | frozenset({"bankruptcy", "insolvent", "insolvency", "collapsed", "acquisition", "merger", "lawsuit", "ipo"})
_QUOTE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{3,})[\"\u201c\u201d]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAP = re.compile(r"\b[A-Z][\w&'-]*")
_STARTERS = frozenset("this that these those the a an it its such together taken both all while with as in for "
                      "by if so yet however overall alongside combined".split())
_STEM_WORD = re.compile(r"[a-z]+")


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word) if len(word) > 4 else word


def check_analysis(text: str, facts: Sequence[str]) -> list[str]:
    """Why an analysis sentence adds something its facts do not contain (empty: it does not). Every name
    (capitalised word), number, quotation and event verb must occur in the fact sentences it builds on."""
    basis = " ".join(facts)
    low = basis.lower()
    words = set(re.findall(r"[\w&'-]+", low))
    problems = []
    for m in _CAP.finditer(text):
        w = m.group(0)
        if m.start() == 0 and w.lower() in _STARTERS:
            continue
        if w.lower() not in words and w.lower().rstrip("'s") not in words:
            problems.append(f"name: {w!r} is in no fact it builds on")
    for n in _NUMBER.findall(text):
        if not re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])", basis):
            problems.append(f"number: {n!r} is in no fact it builds on")
    for q in _QUOTE.findall(text):
        if q.lower() not in low:
            problems.append(f"quote: {q[:40]!r} is in no fact it builds on")
    fact_stems = {_stem(w) for w in _STEM_WORD.findall(low)}
    for w in _STEM_WORD.findall(text.lower()):
        if w in _EVENT_WORDS and _stem(w) not in fact_stems and w not in words:
            problems.append(f"event: {w!r} is in no fact it builds on")
    content = {w for w in _STEM_WORD.findall(text.lower()) if len(w) > 3 and w not in _STARTERS}
    if not content & set(_STEM_WORD.findall(low)):
        problems.append("unrelated: shares no word with the facts it builds on")
    return problems
