"""How one story's statements of an event become one event: actors named (never "the index" or "its shares"), one
instrument under several names, the group a statement joins, and the values kept per field with their outlets
(``extract.extract`` reads the sentences; this module merges what they state).
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.enrich.figures import extract_figures
from topline.events.clauses import same_instrument
from topline.events.kinds import PRICED_TALKS
from topline.events.spans import Raw
from topline.records import Article, Event, EventField
from topline.zones import edition_day

_ACTOR_FIELDS = ("instrument", "company", "organisation", "acquirer", "target", "body")


def _own_words(value: str, text: str) -> bool:
    """``value`` only rewords ``text`` (its words, a plural made singular: "two-year gilt yield" for "two-year gilt
    yields", "10-year leu yield" for "The yield on 10-year leu bonds"): no word that refers back (events26)."""
    said = {w.lower().rstrip("s") for w in re.findall(r"\w+", text)}
    return all(w.lower().rstrip("s") in said for w in re.findall(r"\w+", value))


def _named_instrument(raw: Raw, earlier: Sequence[str]) -> Raw | None:
    """An actor is a name, never "The index", "Its shares" or "The company": the words that refer back are replaced
    by the name they stand for, cited from the sentence of the same article that gives it (the last one before).
    A market move whose instrument names nothing the article gave is dropped; another event loses that field."""
    fields = list(raw.fields)
    cited = list(raw.cited)
    for i, (name, value, text) in reversed(list(enumerate(fields))):
        if name not in _ACTOR_FIELDS or str(value) == text or (name == "instrument" and _own_words(str(value), text)):
            continue
        pat = re.compile(rf"(?<![\w-]){re.escape(str(value))}(?![\w-])")
        where = next((x for x in reversed(earlier) if pat.search(x)), None)
        if where is None and name == "instrument" and _named_owner(str(value), text, earlier):
            continue     # "Its combined ratio" for "<company> combined ratio" (events35, ``results``)
        if where is None:
            if name == "instrument":
                return None
            del fields[i]
            continue
        fields[i] = (name, value, str(value))
        cited.append((name, where))
    return Raw(raw.type, tuple(fields), raw.key, tuple(cited))


def _named_owner(value: str, text: str, earlier: Sequence[str]) -> bool:
    """``value`` is a name the article gave before followed by the words of ``text`` that are not a reference
    ("Veltmoor Insurance Group combined ratio" for "Its combined ratio", "The insurer's loss ratio"): a company's
    measure, the company named by an earlier sentence (events35, ``results``)."""
    words = value.split()
    for k in range(len(words) - 1, 0, -1):
        owner, rest = " ".join(words[:k]), " ".join(words[k:])
        if _own_words(rest, text) and any(re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", x) for x in earlier):
            return True
    return False


def _same_instrument(raw: Raw, groups: dict, alias: dict[str, str]) -> Raw:
    """A market move of an instrument already moved that day under another name ("SOX", "PHLX Semiconductor
    Index", "Philadelphia Stock Exchange Semiconductor Index") takes that move's key: one event."""
    if raw.type != "market_move":
        return raw
    name = next((str(v) for n, v, _ in raw.fields if n == "instrument"), "")
    day = raw.key.rsplit("|", 1)[-1]
    for t, key in groups:
        if t == "market_move" and key.rsplit("|", 1)[-1] == day and key != raw.key:
            theirs = next(str(v) for n, v, _ in groups[(t, key)][0][0].fields if n == "instrument")
            if same_instrument(name, theirs, alias):
                return Raw(raw.type, raw.fields, key)
    return raw


def _same_amount(deal: Raw, raised: Raw, name: str) -> bool:
    """Whether the amount of ``raised`` is the ``name`` figure of ``deal`` (the same span of the sentence)."""
    return any(n == name and any(m == "amount" and t == text for m, _, t in raised.fields) for n, _, text in deal.fields)


AMOUNT_RATIO = 1.1    # two amounts this close are one figure stated differently (compare.CONFLICT_MAX_RATIO)
SCALE_RATIO = 1.5     # two counts of one incident this close are versions of it (a count revised as a review goes on:
                      # 2.3 -> 2.6 million, 1.8 -> 2.2 million, 3.4 -> 3.6 million on cal-ai, cal-ai2, cal-biotech)
_AMOUNT = {"funding": "amount", "acquisition": "price", "capex": "capacity"}


def _merge_key(k: tuple[str, str], raw: Raw, groups: dict) -> tuple[str, str]:
    """The group a statement joins: its own key; else, of the events of its type, the only one when either has no
    key, or the one whose amount is within ``AMOUNT_RATIO`` of its own (one round reported with two figures)."""
    if k in groups:
        return k
    same = [g for g in groups if g[0] == k[0]]
    if len(same) == 1 and (not k[1] or not same[0][1]):
        return same[0]
    name = _AMOUNT.get(k[0])
    mine = next((v for n, v, _ in raw.fields if n == name and isinstance(v, float)), None)
    if mine:
        for g in same:
            theirs = next((v for r, _, _ in groups[g] for n, v, _ in r.fields if n == name and isinstance(v, float)),
                          None)
            if theirs and max(mine, theirs) / min(mine, theirs) <= AMOUNT_RATIO:
                return g
    return k


# A deal's statements that tell it agreed or done (``status``): the first statement of the furthest stage the story
# reaches (agreed, then done) that names both its actors leads the event (mend31): "Cheverell Group, the US insurance
# broker, is in advanced talks to acquire Dellacourt Partners" on Monday and "Cheverell Group on Tuesday agreed to buy
# London-based Dellacourt Partners" on Tuesday (eval-ins) is Tuesday's agreement, its acquirer and target cited from
# Tuesday's sentence (they had kept Monday's, the agreement only in the status, and the writer read the deal's day from
# the talks: signals30's ``event_day._DONE_STATUS``). The first of the stage, not the latest statement: a retelling
# ("Hanazono's shares rose 3.4% on Wednesday after it agreed to buy Windrow Life", eval-ins) dated the agreement by the
# rise's day in a first version (the title "agrees to buy Windrow Life and rises 3.4% on the same day", false).
_STAGE = {"committed": 1, "completed": 2}
# ... and only when the first statement tells the deal to come (talks or a plan): "Hallow Aero agreed on Tuesday to buy
# Pyrel Avionics" has no status of its own, and a later "has agreed to buy ..., and Pyrel staff said on Wednesday" must
# not date it Wednesday (tests/write/test_signal_days27.py)
_TO_COME = re.compile(r"\b(?:in (?:[a-z-]+ )?(?:talks|negotiations|discussions)|close to|nearing|nears|considering|"
                      r"weighing|exploring)\b", re.IGNORECASE)


def _latest_first(key: tuple[str, str], statements: list[tuple[Raw, Article, str]]) -> list[tuple[Raw, Article, str]]:
    """``statements`` (in the order published) with an acquisition's first statement of the furthest stage told
    (agreed, then done) with both its actors first; unchanged for other events and for a deal no statement tells
    agreed."""
    if key[0] != "acquisition":
        return statements
    stage = [max((_STAGE.get(str(v), 0) for n, v, _ in raw.fields if n == "status"), default=0)
             if {"acquirer", "target"} <= {n for n, _, _ in raw.fields} else 0 for raw, _, _ in statements]
    first, _, said = statements[0]
    told_to_come = any(n == "status" and v == "planned" for n, v, _ in first.fields) or bool(_TO_COME.search(said))
    if not stage or max(stage) == 0 or not told_to_come:
        return statements
    i = stage.index(max(stage))
    if i == 0:
        return statements
    return [statements[i], *statements[:i], *statements[i + 1:]]


def _cited_by_lead(fields: list[EventField], lead: tuple[Raw, Article, str]) -> list[EventField]:
    """A deal's acquirer and target kept from an earlier statement, cited from the leading one where its own field
    of the same name writes them ("Dellacourt Partners" within "London-based Dellacourt Partners")."""
    raw, a, sentence = lead
    said = {n: t for n, _, t in raw.fields if n in ("acquirer", "target")}
    return [dataclasses.replace(f, url=a.url, sentence=sentence, source=a.source)
            if f.name in said and f.sentence != sentence and f.text and
            re.search(rf"(?<![\w-]){re.escape(f.text)}(?![\w-])", said[f.name]) else f for f in fields]


def _event(story_id: str, key: tuple[str, str], statements: list[tuple[Raw, Article, str]]) -> Event:
    first_told = statements[0][0]
    statements = _latest_first(key, statements)
    fields: list[EventField] = []
    seen: set[tuple[str, str]] = set()
    for raw, a, sentence in statements:
        cited = dict(raw.cited)
        for name, value, text in raw.fields:
            v = (name, _norm(value))
            if v in seen:
                continue
            seen.add(v)
            fields.append(EventField(name=name, value=value, text=text, url=a.url,
                                     sentence=cited.get(name, sentence), source=a.source))
    first_raw, first, sentence = statements[0]
    days = [edition_day(a.published) for _, a, _ in statements if a.published]
    # a field stated differently: the value most outlets give first (stable otherwise)
    support = {}
    for raw, a, _ in statements:
        for name, value, _t in raw.fields:
            support.setdefault((name, _norm(value)), set()).add(a.source or a.url)
    # a price told in talks leads only where no statement gives an agreed one (events20: the golds of eval-ai3 and
    # cal-biotech keep the agreed price where talks gave another)
    fields.sort(key=lambda f: (_FIELD_ORDER.get((key[0], f.name), 99), f.name == "price" and _talked(f),
                               -len(support.get((f.name, _norm(f.value)), ()))))
    fields = _versions(fields)
    if statements[0][0] is not first_told:
        fields = _cited_by_lead(fields, statements[0])
    ident = hashlib.sha1(f"{story_id}|{key[0]}|{key[1]}".encode()).hexdigest()[:16]
    return Event(story_id=story_id, type=key[0], fields=tuple(fields), url=first.url, sentence=sentence,
                 source=first.source, date=edition_day(first.published) if first.published else None, id=ident,
                 updated=max(days) if days else None)


def _versions(fields: Sequence[EventField]) -> list[EventField]:
    """The values kept per field (most supported first): every investor; for a number, the values close enough to
    the leading one to be the same figure stated differently (a figure further off is another thing the articles
    mention, not a version of this one), with their currencies; for a name, the leading one; every status and
    direction (each tied to the statement that tells it so, which the writer reads)."""
    by_name: dict[str, list[EventField]] = {}
    for f in fields:
        by_name.setdefault(f.name, []).append(f)
    keep: set[int] = set()
    cur = {f.text: str(f.value) for f in by_name.get("currency", ())}   # an amount's currency (same text)
    for name, fs in by_name.items():
        lead = fs[0]
        for f in fs:
            if name == "amount" and f is not lead and cur.get(f.text) and cur.get(lead.text) and \
                    cur[f.text] != cur[lead.text] and not any(cur.get(x.text) == cur[f.text] and id(x) in keep
                                                              for x in fs):
                keep.add(id(f))   # "9.6 trillion won" and "$7 billion": one sum in two currencies (the first of each)
                continue
            if f is lead or name in ("investors", "move", "status", "direction") or with_debt(name, f) or (
                    isinstance(f.value, float) and isinstance(lead.value, float) and lead.value > 0 and f.value > 0
                    and max(f.value, lead.value) / min(f.value, lead.value) <= AMOUNT_RATIO):
                keep.add(id(f))
            elif name == "scale":    # "2.3 million conversations" and "2.6 million chats": one count, two versions
                a, b = _count(str(lead.value)), _count(str(f.value))
                if a and b and max(a, b) / min(a, b) <= SCALE_RATIO:
                    keep.add(id(f))
    kept_texts = {f.text for f in fields if id(f) in keep and isinstance(f.value, float)}
    for f in by_name.get("currency", ()):
        if f.text in kept_texts:     # the currency of a kept amount (its field text is the amount as written)
            keep.add(id(f))
    return [f for f in fields if id(f) in keep]


# A deal's price told with its debt, liabilities or earn-outs ("Including net debt and lease liabilities, the
# transaction values the grocer at about 5.6 billion pounds"): another price of the deal, as the golds of eval-retail,
# eval-health and eval-prop keep it, not a figure too far from the lead to be one (events20).
_WITH_DEBT = re.compile(r"\b(?:includ\w*|counting|counted|once|with)\b[^.;]{0,60}?\b(?:debt|liabilities|leases|"
                        r"earn-?outs?)\b", re.IGNORECASE)


def _talked(f: EventField) -> bool:
    return bool(PRICED_TALKS.search(f.sentence))


def with_debt(name: str, f: EventField) -> bool:
    return name == "price" and f.text in f.sentence and bool(_WITH_DEBT.search(f.sentence))


def _count(text: str) -> float:
    """The first figure of an incident's scale ("2.2 million people" -> 2200000.0), 0 when it has none."""
    figs = [f for f in extract_figures(text) if f.value]
    return float(figs[0].value) if figs else 0.0


def _norm(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    return canonical_entity(str(value)) or str(value).lower()


def _order() -> dict[tuple[str, str], int]:
    from topline.records import EVENT_FIELDS
    return {(t, n): i for t, names_ in EVENT_FIELDS.items() for i, n in enumerate(names_)}


_FIELD_ORDER = _order()
