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
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText, _count_word
from topline.write.offline.event_day import same_day
from topline.write.offline.state_clause import (OBJECT_WORDS, STATE_PRESENT, STATE_VERBS,  # noqa: F401
                                                dated_subject, state_clause)
from topline.zones import edition_day

TITLE_WORDS = 30      # a title of three clauses longer than this many words is tried with two
MIN_STATE_STORIES = 2


def _day(url: str, comp: Composer) -> dt.date | None:
    a = comp.articles.get(url)
    return edition_day(a.published) if a is not None and a.published else None


def told_today(e: Event, day: dt.date, texts: dict[str, StoryText], comp: Composer) -> list[tuple[str, Line]]:
    """The state action's clauses from its statements of ``day`` that tell it as news of that day, each with the
    line that prints (or cites) the statement; at most one."""
    from topline.write.offline.lead import feature_voice

    if e.type != "state_action":
        return []
    statements = list(dict.fromkeys((f.url, f.sentence) for f in e.fields if _day(f.url, comp) == day))
    # signals32: an act its main clause dates on the page's weekday is of the day, whatever earlier year a later
    # clause names ("EPA on Tuesday finalized a rule that ... rescinds the limits it set in 2024": eval-water's
    # Regulation pages had no state action of the day, the year read as the act's)
    dated = {sentence for _, sentence in statements if dated_on(e, sentence, day)}
    if not dated and not claim_lines.news_of(e, comp, day):
        return []
    for url, sentence in statements:
        if feature_voice(sentence) or (claim_lines.BACKGROUND.search(sentence) and sentence not in dated) or \
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


def dated_on(e: Event, sentence: str, day: dt.date) -> bool:
    """``sentence`` tells the state action in its main clause (``state_clause``) with the page's weekday between its
    subject and its verb ("EPA on Tuesday finalized a rule ...", "The board, on Tuesday, approved ..."): the act is
    of that day, and a year or month a later clause names is another thing's (signals32)."""
    return bool(state_clause(e, sentence)) and dated_subject(e, sentence, day.strftime("%A"))


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
    chosen: list[tuple[str, str, Line, Event]] = []
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
                chosen.append((sid, c, line, e))
                seen.add(_subject(c).lower())
                break
    if len(chosen) < MIN_STATE_STORIES or (own and not any(sid in own for sid, _, _, _ in chosen)):
        return []
    for k in range(min(3, len(chosen)), MIN_STATE_STORIES - 1, -1):
        for part in itertools.combinations(chosen, k):
            if own and not any(sid in own for sid, _, _, _ in part):
                continue
            if any(claim_lines.line_day(line, comp) != day for _, _, line, _ in part) or \
                    not same_day([e for _, _, _, e in part], comp, day, events):
                continue     # "on the same day": each line of the day, each act's own day too (signals26)
            title = f"{_count_word(k).capitalize()} state actions: {_join([c for _, c, _, _ in part])} on the same day"
            if len(title.split()) > TITLE_WORDS and k > 2:
                continue
            lines = [line for _, _, line, _ in part]
            arts = claim_lines.articles_of(comp, [c.url for line in lines for c in line.citations])
            head = claim_lines.claim_title(title, arts, lines, comp)
            if head is None:
                continue
            sids = tuple(sid for sid, _, _, _ in part)
            foot = claim_lines.evidence_footer(len(sids), arts, comp)
            body = [*lines, *([foot] if foot else [])]
            cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
            return [Signal(title=head.text, text=claim_lines.printed(body), citations=cites, story_ids=sids,
                           trend=claim_lines.story_trend(sids, texts, day))]
    return []


__all__ = ["states_signals", "state_clause", "STATE_VERBS", "STATE_PRESENT"]
