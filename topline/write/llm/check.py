"""Checking generated sentences before they are kept: clean, map ids to citations, run the citation checker,
re-cite when the story's other articles carry the sentence, and collect what must go to a repair call.

Counting: the sentences kept here are checked again, and counted, by the gate in ``topline.write.write_pages``;
so this module counts in ``sentences_checked`` and ``sentences_dropped`` only the sentences it drops (which never
reach the gate), and in ``sentences_regenerated`` every failing sentence the repair call rewrote.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Mapping, Sequence

from topline.check.page import reason
from topline.records import Article, Citation
from topline.write.base import WriteStats, cite
from topline.write.llm.parse import Sent
from topline.sanitize import clean_output


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
    return {a.url: a for a in refs.values()}


def check_one(item: Item, refs: Mapping[str, Article]) -> Checked | Failed:
    """The cleaned sentence with its citations, or why it fails."""
    from topline.check import check_sentence
    text = clean_output(item.sent.text)
    ids = tuple(i for i in dict.fromkeys(item.sent.cites) if i in refs)
    if not text:
        return Failed(item, text, ("empty",), ("empty: nothing left after cleaning",))
    if not ids:
        return Failed(item, text, ("no_citation",), ("no_citation: cites no id given in the DATA",))
    citations = tuple(dict.fromkeys(cite(refs[i]) for i in ids))
    by_url = articles_by_url(refs)
    verdict = check_sentence(text, citations, by_url, story_articles=item.context)
    if verdict.ok:
        return Checked(text, citations, ids)
    if verdict.supported_by:      # the story's other articles carry it: cite those instead
        url_to_id = {a.url: i for i, a in refs.items()}
        urls = [u for u in verdict.supported_by if u in url_to_id][:1]
        if urls:
            new_ids = (url_to_id[urls[0]],)
            return Checked(text, tuple(cite(refs[i]) for i in new_ids), new_ids)
    return Failed(item, text, verdict.problems, verdict.details)


def check_all(items: Sequence[Item], refs: Mapping[str, Article], stats: WriteStats
              ) -> tuple[dict[Hashable, Checked], list[Failed]]:
    ok: dict[Hashable, Checked] = {}
    failed: list[Failed] = []
    for item in items:
        r = check_one(item, refs)
        if isinstance(r, Checked):
            ok[item.key] = r
        elif r.problems == ("empty",):     # nothing left once links and markup went: nothing to repair
            stats.sentences_checked += 1
            stats.sentences_dropped += 1
            stats.drops["placeholder"] += 1
        else:
            failed.append(r)
    return ok, failed


def apply_repairs(failed: Sequence[Failed], repaired: Mapping[int, Sent], refs: Mapping[str, Article],
                  stats: WriteStats) -> dict[Hashable, Checked]:
    """Re-check the rewritten sentences (numbered from 1 in ``failed`` order); the rest are dropped."""
    ok: dict[Hashable, Checked] = {}
    for n, f in enumerate(failed, 1):
        new = repaired.get(n)
        if new is not None:
            stats.sentences_regenerated += 1
            r = check_one(Item(f.item.key, new, f.item.context), refs)
            if isinstance(r, Checked):
                ok[f.item.key] = r
                continue
        stats.sentences_checked += 1
        stats.sentences_dropped += 1
        stats.drops[reason(r.problems if new is not None and isinstance(r, Failed) else f.problems)] += 1
    return ok
