"""A market's reaction joins the story of the event it reacts to (issue 11, twenty-fifth pass). Pure.

A report of how a market moved states its cause in its headline: "Peru's sol slips after Congress ousts the
president", "Portuguese yields ease as censure motion fails", "Ethiopia bonds rally after creditor deal". Its body
is about the market (yields, spreads, the currency, the index), so its words meet the other market reports of the
day as much as the event's story: by the whole text it is often nearer another market story than its own, and
a continuing political story (the vote on day 1, its outcome and the markets' reading on day 2) split in two.

The rule reads the headline: a verb of movement ("slips", "rallies", "narrows", "hits a record low", "closes
higher"), then a connective ("after", "as", "on", "over", "before", "following", "amid") and the clause that
follows it, the cause. The cause alone is compared with the stories and the batch's articles (the engine's vector
space, title weight, as a headline of its own), and where it is as near a story as the engine's threshold asks of
a whole report, the report meets that story (``cause_edges``: an edge of that similarity beside the report's own,
average linkage keeps the larger). A cause that names no story of the window adds nothing, and two developments
stay apart (``stories.split``) whatever the cause says.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from topline.stories.features import DocTokens, Space, Vectors, anchor_tokens, doc_tokens, similarity

# Verbs and phrases that tell a market's move in a headline (present or past, as headlines write them)
_MOVE = re.compile(
    r"\b(?:rall(?:y|ies|ied)|slips?|slipped|slid(?:es)?|slumps?|slumped|falls?|fell|rises?|rose|jumps?|jumped|"
    r"climbs?|climbed|narrows?|narrowed|widens?|widened|eases?|eased|lags?|lagged|gains?|gained|drops?|dropped|"
    r"sinks?|sank|tumbles?|tumbled|soars?|soared|surges?|surged|plunges?|plunged|retreats?|retreated|"
    r"rebounds?|rebounded|weakens?|weakened|strengthens?|strengthened|firms?|firmed|"
    r"hits? (?:a )?(?:record|[\w-]+-(?:year|month|week)) (?:low|high)|"
    r"close[sd]? (?:higher|lower|up|down))\b", re.IGNORECASE)
# The connective that opens the cause, and the cause itself (at least a few words' worth of characters)
_CAUSE = re.compile(r"\b(?:after|as|on|over|before|following|amid)\s+(.{12,})$", re.IGNORECASE)


def cause_of(headline: str) -> tuple[str, str]:
    """``(subject, cause)`` of a market-move headline: what moved (the words before the verb) and the cause it
    states after the verb; ``("", "")`` when the headline states no cause."""
    text = (headline or "").strip()
    move = _MOVE.search(text)
    if move is None:
        return "", ""
    cause = _CAUSE.search(text, move.end())
    return (text[:move.start()].strip(), cause.group(1).strip()) if cause else ("", "")


def _names(anchors: Iterable[str]) -> set[str]:
    """Anchor terms without a possessive ("peru's" -> "peru") or a language group prefix ("en|peru")."""
    out = set()
    for t in anchors:
        t = t.rpartition("|")[2]
        out.add(t[:-2] if t.endswith(("'s", "’s")) else t)
    return out


def cause_edges(headlines: Sequence[str], groups: Sequence[str], space: Space, vecs: Vectors, cents: Vectors,
                cross_weight: float, floor: float, anchors: Sequence[Iterable[str]],
                story_anchors: Sequence[Iterable[str]]) -> list[tuple[int, int, float]]:
    """Edges ``(i, j, s)`` from each report ``i`` whose headline states a cause to the batch's other reports
    (``j`` < n) and to the active stories (``j`` = n + story index): the similarity of the cause, read as a
    headline in the report's language group, to each; those at ``floor`` or more, and only to a report or story
    that names what moved (a name of the headline's subject among its anchor terms: ``anchors`` per report,
    ``story_anchors`` per story), so a company's shares that fall on a charge never meet another company's
    story of the same kind of charge. No time penalty (the caller's)."""
    n = len(headlines)
    rows: list[int] = []
    docs: list[DocTokens] = []
    subjects: list[set[str]] = []
    for i, (title, group) in enumerate(zip(headlines, groups)):
        subject, cause = cause_of(title)
        names = _names(anchor_tokens(subject, "")) if cause else set()
        if names:
            rows.append(i)
            docs.append(doc_tokens(cause, "", group))
            subjects.append(names)
    if not rows:
        return []
    cv = space.transform(docs)
    out: list[tuple[int, int, float]] = []
    for targets, offset, named in ((vecs, 0, anchors), (cents, n, story_anchors)):
        if not len(targets):
            continue
        sim = similarity(cv, targets, cross_weight).tocoo()
        seen: dict[int, set[str]] = {}
        for r, c, s in zip(sim.row.tolist(), sim.col.tolist(), sim.data.tolist()):
            i, j = rows[r], c + offset
            if s < floor or i == j:
                continue
            if c not in seen:
                seen[c] = _names(named[c])
            if subjects[r] & seen[c]:
                out.append((i, j, float(s)))
    return out
