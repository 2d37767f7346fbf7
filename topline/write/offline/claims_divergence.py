"""Signals that make a claim: outlets that state a figure of one event differently ("Outlets disagree on Kling's
round: $2.8 billion against $2.75bn"). Split from ``claims`` (signals19); ``claims.claim_signals`` calls it; its lines are
``claim_lines``' (signals20)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from topline.records import Event, RankedStory, Signal
from topline.write.offline.claim_guards import revision
from topline.write.offline.clause import _text
from topline.write.offline import claim_lines
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText
from topline.zones import edition_day


_NOUN = {
    "amount": "round",
    "price": "price",
    "valuation": "valuation",
    "capacity": "capacity",
    "move": "move",
    "scale": "scale",
}


# Figures whose two outlets' statements may be the page's own lines of the edition's day, cited above and not printed
# again: a deal's terms; not a market move (an intraday and a closing figure of one day read as one move's two values)
CITED_ABOVE = frozenset({"amount", "price", "valuation", "capacity"})


def divergence_signals(
    stories: Sequence[RankedStory],
    events: Sequence[Event],
    texts: dict[str, StoryText],
    comp: Composer,
    day: dt.date | None = None,
) -> list[Signal]:
    ids = {r.bundle.story.id for r in stories}
    out = []
    for e in events:
        if e.story_id not in ids:
            continue
        for name in e.conflicts:
            if name not in _NOUN or (name == "move" and e.values("measure")):
                continue    # a result's move told in two outlets' words is no dispute of a figure (events36)
            vals = [f for f in e.values(name) if f.text and f.url in comp.articles][:2]
            if len(vals) < 2 or vals[0].source == vals[1].source or not _close(vals[0].value, vals[1].value):
                continue
            if revision(vals[0], vals[1], comp):
                continue  # a figure revised (over days, or told as a change) is not disputed (claim_guards)
            if _currency(vals[0].text) != _currency(vals[1].text):
                continue  # "€65m" against "$71 million": two currencies, one sum converted, no dispute (signals23:
                #           eval-work's "Outlets disagree on Rotaplan's round: €65m against $71 million" was false;
                #           TechCrunch wrote "$71 million (€65 million)")
            if any(_hedged(f) for f in vals):
                continue  # "about $20 billion" against "$19.5 billion", "$90bn including the new money": no dispute
            who = next((_text(f) for n in ("company", "target", "organisation", "instrument") for f in e.values(n)), "")
            # a build-out's amount is an investment, not a round (events14: a capex amount told two ways by two
            # outlets had been titled "Vantor Cloud's round")
            noun = "investment" if (e.type, name) == ("capex", "amount") else _NOUN[name]
            subject = f"{who}'s {noun}" if who else f"the {noun}"
            # the title names no outlet: an attribution would have to be carried by that outlet's article alone
            title = f"Outlets disagree on {subject}: {vals[0].text} against {vals[1].text}"
            arts = claim_lines.articles_of(comp, [vals[0].url, vals[1].url])
            head = comp.line(title, arts, headline_=True)
            if head is None:
                continue
            # the page's own lines of the day may be cited: a disagreement of an earlier day is not retold from them
            above_ok = name in CITED_ABOVE and day is not None and all(_day(f.url, comp) == day for f in vals)
            lines = []
            for f in vals:  # sentences already printed (the disagreement told in Key Developments) are not retold
                got = claim_lines.sentence_line(e.story_id, f.url, f.sentence, texts, comp, printed_ok=False)
                if got is None and above_ok:
                    # ... but a statement printed above on this page is cited, not printed again (signals20: the
                    # figures two outlets give of a round, a price or a valuation are often the page's own lines)
                    got = claim_lines.sentence_line(e.story_id, f.url, f.sentence, texts, comp, printed_ok=True)
                if got:
                    lines.append(got)
            if len(lines) < 2:
                continue
            foot = claim_lines.evidence_footer(1, arts, comp)
            lines += [foot] if foot else []
            out.append(
                Signal(
                    title=head.text,
                    text=claim_lines.printed(lines),
                    citations=tuple(dict.fromkeys([*head.citations, *(c for l in lines for c in l.citations)])),
                    story_ids=(e.story_id,),
                    trend=claim_lines.story_trend((e.story_id,), texts, day),
                )
            )
    return out


# A figure told as approximate, or as a sum of parts its sentence names, is no disagreement with a close one (read on
# signals20's first run: eval-mob's order "worth about $20 billion" against "$19.5 billion", eval-trade's round "of
# about $300 million" against "$310m", eval-ai3's valuation "$90bn including the new money" against "$84 billion",
# eval-energy's round "$860 million ..., including a $10 million extension" against "$850 million")
_APPROX = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|close to|more than|over|up to|at least|as much as|"
    r"an estimated|estimated at|north of|upwards of)\s+$",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r"^[^.;]{0,60}?\b(?:including|includ(?:es|ing)|with)\b[^.;]{0,40}?\b(?:money|extension|debt|"
    r"fees?|earn-?outs?|tranche|option|commitments?)\b",
    re.IGNORECASE,
)


def _hedged(f) -> bool:  # noqa: ANN001 - records.EventField
    """The value's sentence writes it as approximate ("about $20 billion") or as including a part it names ("$90bn
    including the new money")."""
    if not f.text or not f.sentence:
        return False
    i = f.sentence.find(f.text)
    if i < 0:
        return False
    return bool(_APPROX.search(f.sentence[:i]) or _INCLUDING.search(f.sentence[i + len(f.text) :]))


def _day(url: str, comp: Composer) -> dt.date | None:
    a = comp.articles.get(url)
    return edition_day(a.published) if a is not None and a.published else None


def _close(a: object, b: object) -> bool:
    """Two values of one figure, not two figures: within ``CONFLICT_MAX_RATIO`` of each other."""
    from topline.events.compare import CONFLICT_MAX_RATIO

    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= CONFLICT_MAX_RATIO


# The currency a figure is written in (its symbol or word); "" when it names none (a share, a count, a capacity)
_CURRENCIES = (("$", "usd"), ("€", "eur"), ("£", "gbp"), ("¥", "jpy"), ("₹", "inr"), ("euro", "eur"),
               ("dollar", "usd"), ("pound", "gbp"), ("sterling", "gbp"), ("yen", "jpy"), ("yuan", "cny"),
               ("renminbi", "cny"), ("rupee", "inr"), ("crore", "inr"), ("lakh", "inr"), ("won", "krw"),
               ("franc", "chf"), ("krona", "sek"), ("kronor", "sek"), ("krone", "nok"), ("real", "brl"),
               ("reais", "brl"), ("peso", "mxn"), ("rand", "zar"), ("ringgit", "myr"), ("rouble", "rub"))


def _currency(text: str) -> str:
    low = (text or "").lower()
    prefix = re.match(r"^([a-z]{1,3})?\$", low)   # "A$340 million", "US$1bn": the dollar of a country
    if prefix:
        return f"{prefix.group(1) or 'us'}d"
    for mark, code in _CURRENCIES:
        if (mark in low) if not mark.isalpha() else re.search(rf"\b{mark}", low):
            return code
    return ""
