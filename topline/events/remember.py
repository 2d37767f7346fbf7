"""What an article's later sentences may refer back to: its main actor (its first actor) and the last index named
("its shares", "the index"). Moved unchanged from ``extract`` (events29) to keep it under the size the developers'
guide asks for."""
from __future__ import annotations

import re
from typing import Sequence

from topline.events.clauses import Context, modifier
from topline.events.spans import _DATELINE, Span, _gov, actors

_INDEX_NAME = re.compile(r"\b((?:[A-Z][\w&.'-]*\s){0,5}(?:Index|Average|Composite|[A-Z]{3,5} index)|Kospi|KOSPI|Taiex|"
                         r"Nikkei(?: 225)?|FTSE(?: 100)?|DAX|CAC 40|Nasdaq(?: Composite)?|Dow Jones|S&P 500|SOX)\b")


def lead(ctx: Context, sentence: str, spans: Sequence[Span]) -> Context:
    """The context a market move reads: in an article's first sentence with an actor, "its shares" are that
    actor's ("Kestrel Silicon cut its forecast on Monday, and its shares fell 11%")."""
    if ctx.company is not None:
        return ctx
    first = Context(day=ctx.day, index=ctx.index)
    remember(first, sentence, spans, index=False)
    return first


def remember(ctx: Context, sentence: str, spans: Sequence[Span], index: bool = True) -> None:
    """What later sentences may refer back to: the article's main actor (its first actor) and the last index."""
    if ctx.company is None:
        # no outlet of a dateline ("BUDAPEST, Dec 15 (Reuters) - ": "The bank also raised ..." had been Reuters') and
        # no company's word of state ("Harbor State Bancorp" is a company: ``moves._CORPORATE``): events36
        from topline.events.moves import _CORPORATE
        dateline = _DATELINE.match(sentence)
        first = [x for x in actors(spans, sentence) if (not _gov(x.text) or _CORPORATE.search(x.text)) and
                 not modifier(sentence, x) and not (dateline and x.end <= dateline.end())]
        if first:
            ctx.company = first[0].text
    # the actors of the last sentence that named any: whether "its" may still stand for the main actor (``results``,
    # events36)
    dateline = _DATELINE.match(sentence)
    named = [x.text for x in actors(spans, sentence) if not _gov(x.text) and not modifier(sentence, x) and
             not (dateline and x.end <= dateline.end())]
    if named:
        ctx.seen[:] = named
    for m in (_INDEX_NAME.finditer(sentence) if index else ()):
        ctx.index = re.sub(r"^(?:The|the)\s+", "", m.group(1)).strip()
