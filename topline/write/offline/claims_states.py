"""Signals of state actions taken by several bodies on the edition's day (issue 12, signals23): "Two state actions:
Germany's Federal Cartel Office fines three dairy processors and China suspends imports of chicken from Brazil on
the same day".

A page of policy, regulation or central banks is made of state actions, and ``clause.clause`` tells one only when the
ledger's action is one of its own (probe, fine, ban, rule, law, subsidy, tariff) with a named body and target: an
approval, a release, a rate cut, an order is no clause there, and such pages had no claim (signals23's baseline:
eval-agri's Policy page of 10 June, seven stories with a state action of the day, none titled). Here the clause is
read from the statement itself, as its main clause says it, and only so:

* the subject opens the sentence (after a dateline) and is the body the ledger found there, as written, with the
  jurisdiction it is written with ("Japan's cabinet", "The European Parliament"); a body written in lower case
  alone ("the government", "the commission") names no one, and none is claimed;
* the verb follows it at once (an adverbial of the day, "on Wednesday", or "has" between them, or "said ... it
  had"), in the past tense, one of ``STATE_VERBS`` (a decision's own verbs: approved, fined, suspended, cut, ...);
  a modal, a negation or a plan ("will release", "did not approve", "plans to") has no such verb there;
* the object is the words after the verb up to the first comma, parenthesis or adverbial of time, cause or manner
  (``_OBJECT_END``), at most ``OBJECT_WORDS`` words, and ends on a noun or a figure, not on a preposition.

The clause is the statement's own words with the verb in the present tense, so it adds no name, figure or event its
line lacks (``claim_lines.check_analysis_ok`` checks it against the printed line), and the title is checked as
every claim's is (``claim_lines.claim_title``). The statement is news of the day as the other claims require
(``claim_lines.news_of``, no background, no other weekday, nothing "this week"). Two stories at least, of different
bodies; the title lists every clause it counts ("Three state actions: ..."), the clauses of the day only, so it says
"on the same day". Made only for a page no other claim reached (``signals_page.fallback_signals``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Sequence

from topline.records import Event, RankedStory, Signal
from topline.write.offline import claim_lines
from topline.write.offline.clause import agree
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText, _count_word

# A decision's verbs, past -> present (the verbs a state action's statement tells it done with; the present forms
# are claim verbs of ``claims.is_claim``)
STATE_VERBS = {
    "approved": "approves", "cleared": "clears", "authorised": "authorises", "authorized": "authorizes",
    "rejected": "rejects", "suspended": "suspends", "revoked": "revokes", "fined": "fines", "banned": "bans",
    "prohibited": "prohibits", "released": "releases", "imposed": "imposes", "cut": "cuts", "lowered": "lowers",
    "raised": "raises", "adopted": "adopts", "passed": "passes", "ordered": "orders", "issued": "issues",
    "extended": "extends", "lifted": "lifts", "blocked": "blocks", "awarded": "awards", "signed": "signs",
    "tightened": "tightens", "eased": "eases", "halted": "halts", "sued": "sues", "charged": "charges",
    "launched": "launches", "opened": "opens", "unveiled": "unveils", "introduced": "introduces",
    "granted": "grants", "confirmed": "confirms", "finalized": "finalizes", "finalised": "finalises",
    "offered": "offers",
    # signals25: a rule's own verbs, for a move to regulate told without its object (``clause.clause``)
    "published": "publishes", "proposed": "proposes",
}
STATE_PRESENT = tuple(sorted(set(STATE_VERBS.values())))
OBJECT_WORDS = 10     # an object longer than this is cut at its first preposition after it, or left (no clause)
TITLE_WORDS = 30      # a title of three clauses longer than this many words is tried with two
MIN_STATE_STORIES = 2

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# what may stand between the subject and its verb: an adverbial of the day, a perfect's auxiliary, "said it had"
_BETWEEN = re.compile(rf"^(?:,?\s*(?:on|late on|early on|late|early)\s+{_WEEKDAYS},?|\s*(?:has|have|had)|"
                      rf"\s+said(?:\s+on\s+{_WEEKDAYS})?(?:\s+that)?\s+(?:it|they)\s+(?:had|has|have))*\s+")
# where a dateline ends ("BONN, June 11 (Reuters) - ", "TOKYO - "): what may stand before the subject
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,'-]*(?:,\s+\w+\s+\d+)?\s*(?:\([^)]*\))?\s*[-\u2013\u2014]{1,2}\s*)?"
                       r"(?:The\s+|the\s+)?$")
# what ends an object: a comma or a parenthesis, an adverbial of time, cause or manner, a relative clause
_OBJECT_END = re.compile(rf"\s*(?:,(?!\d)|[;:(])|\s+(?:this|late|early)\s+(?:morning|afternoon|evening)\b|\s+(?:today|yesterday|overnight)\b|\s+(?:on|by|from)\s+(?:{_WEEKDAYS}|[A-Z][a-z]+ \d)|\s+(?:after|as|amid|"
                         rf"because|following|while|which|that|who|saying|citing|in a move|in an effort|"
                         rf"to help|to curb|to cool|to protect|ahead of|until|through|effective)\b|\s+(?:late\s+|early\s+)?{_WEEKDAYS}\b")
_BAD_END = re.compile(r"\b(?:of|to|for|in|on|at|by|with|from|and|or|the|a|an|its|their|his|her|than|into|"
                      r"under|over|about|between|per)$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b", re.IGNORECASE)


def _day(url: str, comp: Composer) -> dt.date | None:
    a = comp.articles.get(url)
    return a.published.date() if a is not None and a.published else None


def state_clause(e: Event, sentence: str) -> str:
    """The state action's clause as ``sentence``'s main clause tells it ("China suspends imports of chicken from
    all of Brazil"), or "" (see the module's rules)."""
    if e.type != "state_action":
        return ""
    bodies = [f.text for name in ("body", "jurisdiction") for f in e.values(name) if f.sentence == sentence and f.text]
    for body in dict.fromkeys(bodies):
        for m in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])", sentence):
            start = m.start()
            # the jurisdiction the body is written with ("Japan's cabinet", "Germany's Federal Cartel Office")
            owner = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['\u2019]s\s+$", sentence[:start])
            if owner:
                start = owner.start(1)
            else:     # a jurisdiction written before it ("The U.S. Federal Communications Commission")
                lead = re.search(r"((?:[A-Z][\w.]*\s+){1,2})$", sentence[:start])
                if lead and _DATELINE.match(sentence[:lead.start(1)]):
                    start = lead.start(1)
            before = sentence[:start]
            if not _DATELINE.match(before):
                continue      # not the subject of the sentence's main clause
            subject = re.sub(r"^[Tt]he\s+", "", sentence[start:m.end()])
            if not subject[:1].isupper():
                continue      # "the government", "the commission": no one named
            rest = sentence[m.end():]
            gap = _BETWEEN.match(rest)
            if gap is None:
                continue
            verb_m = re.match(r"([a-z]+)\s+", rest[gap.end():])
            if verb_m is None or verb_m.group(1) not in STATE_VERBS:
                continue
            if _NEGATED.search(rest[:gap.end()]):
                continue
            # a figure's parenthesis ("210 million euros ($238 million)") is left out, not read as the end
            obj = re.sub(r"\s*\([^()]*\)", "", rest[gap.end() + verb_m.end():])
            end = _OBJECT_END.search(obj)
            obj = (obj[:end.start()] if end else obj).strip().rstrip(".")
            words = obj.split()
            if len(words) > OBJECT_WORDS:
                # cut at the last preposition that leaves at most OBJECT_WORDS words ("a record 1.14 trillion yen
                # for space programs | in the fiscal year ...")
                cuts = [c.start() for c in re.finditer(r"\s+(?:in|for|at|with|under|over|during|across)\s+", obj)
                        if len(obj[:c.start()].split()) <= OBJECT_WORDS]
                obj = obj[:cuts[-1]] if cuts else _before_participle(words)
                words = obj.split()
                if len(words) > 1 and re.search(r"[a-z]ing$", words[-1]):
                    # the cut left a participle without what it governs ("draft legislation requiring crypto
                    # exchanges and brokers operating | in ...", eval-crypto, signals25): the object ends before
                    # the participle clause that opens it ("requiring"), a noun phrase of its own
                    at = next((i for i, w in enumerate(words) if i and re.search(r"[a-z]ing$", w)
                               and not _BAD_END.search(words[i - 1])), 0)
                    words = words[:at]
                    obj = " ".join(words)
            if not words or len(words) > OBJECT_WORDS or _BAD_END.search(obj) or obj.lower().startswith("to "):
                continue
            if words[0].lower() in ("it", "them", "this", "that", "these", "those"):
                continue      # a pronoun's object says nothing on its own ("its" is the subject's own: kept)
            if re.search(r"[a-z]ed$", words[-1]):
                continue      # "... foreign workers admitted": a participle cut from what it says
            present = STATE_VERBS[verb_m.group(1)]
            return f"{subject} {agree(subject, f'{present} {obj}')}"   # "Lawmakers propose rules" (signals25)
    return ""


def _before_participle(words: Sequence[str]) -> str:
    """A long object with no preposition to cut it at, ended before the participle clause that follows its noun
    ("rules | requiring U.S. companies to obtain licenses before selling ...": signals25), or "" when none does."""
    at = next((i for i, w in enumerate(words) if i and re.search(r"[a-z]ing$", w) and not _BAD_END.search(words[i - 1])
               and words[i - 1][:1].islower()), 0)
    return " ".join(words[:at]) if 0 < at <= OBJECT_WORDS else ""


def told_today(e: Event, day: dt.date, texts: dict[str, StoryText], comp: Composer) -> list[tuple[str, Line]]:
    """The state action's clauses from its statements of ``day`` that tell it as news of that day, each with the
    line that prints (or cites) the statement; at most one."""
    from topline.write.offline.lead import feature_voice

    if e.type != "state_action" or not claim_lines.news_of(e, comp, day):
        return []
    for url, sentence in dict.fromkeys((f.url, f.sentence) for f in e.fields if _day(f.url, comp) == day):
        if feature_voice(sentence) or claim_lines.BACKGROUND.search(sentence) or \
                claim_lines.other_weekday(sentence, day) or claim_lines.THIS_WEEK.search(sentence):
            continue
        c = state_clause(e, sentence)
        if not c:
            continue
        for printed_ok in (False, True):
            line = claim_lines.sentence_line(e.story_id, url, sentence, texts, comp, printed_ok)
            if line is not None and claim_lines.check_analysis_ok(c, [line.text]):
                return [(c, line)]
    return []


def _subject(c: str) -> str:
    verbs = "|".join(STATE_PRESENT)
    m = re.search(rf"\s(?:{verbs})\s", c)
    return c[:m.start()] if m else c


def _join(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def states_signals(stories: Sequence[RankedStory], events: Sequence[Event], texts: dict[str, StoryText],
                   comp: Composer, day: dt.date, own: frozenset[str] | set[str] = frozenset()) -> list[Signal]:
    """At most one signal: the state actions of ``day`` of two or three of ``stories`` (one clause a story, each of
    another body), the page's own stories (``own``, when given) first and one of them at least."""
    chosen: list[tuple[str, str, Line]] = []
    seen: set[str] = set()
    for rs in sorted(stories, key=lambda r: r.bundle.story.id not in own if own else False):
        sid = rs.bundle.story.id
        if not claim_lines.has_article_on(rs, day):
            continue
        for e in (x for x in events if x.story_id == sid):
            got = told_today(e, day, texts, comp)
            if got and _subject(got[0][0]).lower() not in seen:
                c, line = got[0]
                if any(line.text == x[2].text for x in chosen):
                    continue
                chosen.append((sid, c, line))
                seen.add(_subject(c).lower())
                break
    if len(chosen) < MIN_STATE_STORIES or (own and not any(sid in own for sid, _, _ in chosen)):
        return []
    for k in range(min(3, len(chosen)), MIN_STATE_STORIES - 1, -1):
        for part in itertools.combinations(chosen, k):
            if own and not any(sid in own for sid, _, _ in part):
                continue
            if any(claim_lines.line_day(line, comp) != day for _, _, line in part):
                continue
            title = f"{_count_word(k).capitalize()} state actions: {_join([c for _, c, _ in part])} on the same day"
            if len(title.split()) > TITLE_WORDS and k > 2:
                continue
            lines = [line for _, _, line in part]
            arts = claim_lines.articles_of(comp, [c.url for line in lines for c in line.citations])
            head = claim_lines.claim_title(title, arts, lines, comp)
            if head is None:
                continue
            sids = tuple(sid for sid, _, _ in part)
            foot = claim_lines.evidence_footer(len(sids), arts, comp)
            body = [*lines, *([foot] if foot else [])]
            cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
            return [Signal(title=head.text, text=claim_lines.printed(body), citations=cites, story_ids=sids,
                           trend=claim_lines.story_trend(sids, texts, day))]
    return []


__all__ = ["states_signals", "state_clause", "STATE_VERBS", "STATE_PRESENT"]
