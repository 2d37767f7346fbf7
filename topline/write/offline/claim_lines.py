"""The lines and tests every claim of Signals & Trends shares (issue 12; split from ``claims`` in signals20 so that
``claims_days`` and ``claims_divergence`` call public names, not ``claims``' private helpers): whether an event is
news of a day (``news_of``), a source sentence as a cited line (``sentence_line``), a claim's title checked against
the lines beneath it (``claim_title``), the evidence footer (``evidence_footer``) and the per-day article counts of
a signal's stories (``story_trend``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from typing import Sequence

from topline.records import Article, Event, RankedStory, Signal
from topline.write.offline.clause import _text
from topline.write.offline.compose import Composer, Line
from topline.write.offline.develop import StoryText, _count_word
from topline.zones import edition_day


def has_article_on(rs: RankedStory, day: dt.date) -> bool:
    return any(a.published and edition_day(a.published) == day for a in rs.bundle.articles)


def articles_of(comp: Composer, urls: Sequence[str]) -> list[Article]:
    return [comp.articles[u] for u in dict.fromkeys(urls) if u in comp.articles]


def evidence_footer(stories: int, arts: Sequence[Article], comp: Composer) -> Line | None:
    outlets = list({a.source: a for a in arts if a.source}.values())
    n, m = len(outlets), stories
    # cited: one article per outlet, and more of the articles when the stories outnumber the outlets (the checker
    # counts "four stories" against the articles cited: one wire's four rounds had failed as "from one outlet")
    have = {a.url for a in outlets}
    more = list({a.url: a for a in arts if a.url not in have}.values())
    cited = outlets + more[: max(0, m - n)]
    return comp.line(
        f"Evidence: {_count_word(m)} {'story' if m == 1 else 'stories'} from {_count_word(n)} "
        f"{'outlet' if n == 1 else 'outlets'}.",
        cited,
    )


MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
BACKGROUND = re.compile(
    r"\b(?:last (?:year|month|week)|earlier this year|a year ago|in (?:" + "|".join(MONTHS) + r"|20\d\d))\b",
    re.IGNORECASE,
)
# A statement that dates its event to the week, not the day: recent, but not "on the same day" (seventh pass:
# "Halvard raised $6.5 billion this week" had been told as done on the edition's day)
THIS_WEEK = re.compile(r"\b(?:earlier |later )?this week\b", re.IGNORECASE)
# A move measured over the week ("dropped 7.4 per cent week on week": eval-mob's weekly freight index had been told
# as falling "on the same day" as two shares)
WEEK_MOVE = re.compile(
    r"\b(?:this week|week[- ]on[- ]week|on the week|for the week|in the (?:past|latest) week|"
    r"weekly)\b",
    re.IGNORECASE,
)


# A statement that dates its event to another weekday than the article's ("Shares of Allwerk rose 1.8% in Frankfurt
# on Tuesday" in an article of Wednesday: cal-ai's "..., Allwerk rises 1.8% and Castlegate rises 2.3% on the same
# day" was false)
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)", re.IGNORECASE)


# ("recovering part of Monday's loss" names an earlier day's event, it does not date this one) ... nor when the
# weekday is ahead ("is preparing to launch an investigation as soon as Wednesday": eval-mob's
# Commission story of Tuesday is the day's news)
AHEAD = re.compile(
    r"\b(?:will|would|as soon as|next|by|until|from|due|scheduled|expected|plans?|set to|before)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


# A build-out told only by what it costs ("the plant would cost $1.05 billion", "downtime can cost 100,000 euros an
# hour") commits no sum (signals21: eval-ind's "Two build-outs: Yarrabee commits $1.05 billion and Stuttgart commits
# 100,000 euros", read on this pass's full run, was false in both clauses)
COST_ONLY = re.compile(r"\b(?:would|could|can|will|may|might|to) cost\b", re.IGNORECASE)


def cost_only(e: Event, sentence: str) -> bool:
    return e.type == "capex" and COST_ONLY.search(sentence) is not None


def other_weekday(sentence: str, day: dt.date) -> bool:
    return any(
        m.group(1).lower() != day.strftime("%A").lower() and not AHEAD.search(sentence[: m.start()])
        for m in WEEKDAY.finditer(sentence)
    )


def told_before(e: Event, comp: Composer, day: dt.date) -> bool:
    """An article of an earlier day names the incident's organisation and its kind (cal-ai: CareLoop's exposure,
    reported on Tuesday and updated on Wednesday, had been claimed as suffered on Wednesday)."""
    org = next((_text(f) for f in e.values("organisation") if _text(f)), "")
    stems = [w[:5] for w in re.findall(r"[a-z]{4,}", str(e.value("kind") or "").lower())]
    if not org or not stems:
        return False
    memo = comp.__dict__.setdefault("told_before", {})  # one scan of the edition's articles per name and kind
    key = (org, tuple(stems), day)
    if key not in memo:
        rx = re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE)
        memo[key] = any(
            a.published and edition_day(a.published) < day and org in f"{a.title} {a.body}" and rx.search(a.body)
            for a in comp.articles.values()
        )
    return memo[key]


def news_of(e: Event, comp: Composer, day: dt.date) -> bool:
    """The event is news of ``day``: a statement of it in an article of that day that does not date it earlier
    ("said in February ...", "last year", "on Tuesday" in an article of Wednesday). An incident first reported on
    an earlier day is not news of ``day`` when told again (cal-ai: a fraud confirmed on Tuesday, retold on
    Wednesday, had been claimed as suffered "on the same day" as Wednesday's incidents)."""
    if e.type == "incident" and ((e.date is not None and e.date < day) or told_before(e, comp, day)):
        return False
    if e.type == "market_move" and any(WEEK_MOVE.search(f.sentence) for f in e.fields if f.name == "move"):
        return False  # a move over the week (a weekly index), told by one outlet without saying so
    for f in e.fields:
        a = comp.articles.get(f.url)
        if a is None or not a.published or edition_day(a.published) != day:
            continue
        m = BACKGROUND.search(f.sentence)
        if (
            (m is None or day.strftime("%B").lower() in m.group(0).lower() or _dated_act(e, f.sentence, day))
            and not THIS_WEEK.search(f.sentence)
            and not other_weekday(f.sentence, day)
        ):
            return True
    return False


def _dated_act(e: Event, sentence: str, day: dt.date) -> bool:
    """signals32: a state act its statement's main clause dates on ``day``'s weekday ("EPA on Tuesday finalized a rule
    that ... rescinds the limits it set in 2024"): the year a later clause names is another thing's."""
    from topline.write.offline.state_clause import dated_subject, state_clause
    return e.type == "state_action" and bool(state_clause(e, sentence)) and \
        dated_subject(e, sentence, day.strftime("%A"))


def sentence_line(
    story_id: str, url: str, sentence: str, texts: dict[str, StoryText], comp: Composer, printed_ok: bool = True
) -> Line | None:
    """A source sentence attributed to its outlet: the writer's own candidate for it when it has one (datelines
    and trailing commentary cleaned), else the sentence as written.
    A sentence is printed once in the edition: one printed already on another page is never taken; one printed
    above on this page (``comp.here``) only when ``printed_ok``, as a line the signal cites and does not print
    (``Line.above``: its claim builds on the page's own statement)."""
    st = texts.get(story_id)
    for c in st.ranked if st else ():
        if c.text and (c.text in sentence or sentence in c.text) and url in {a.url for a in c.articles}:
            if c.text in comp.avoid and not (printed_ok and c.text in comp.here):
                return None  # printed already on this page or another: try another statement first
            got = comp.attributed_line(c, "according")
            if got:
                return dataclasses.replace(got, above=True) if c.text in comp.avoid else _unread(got, comp)
    arts = articles_of(comp, [url])
    if not arts or (sentence in comp.avoid and not (printed_ok and sentence in comp.here)):
        return None
    got = comp.line(sentence, arts)
    return dataclasses.replace(got, above=True) if got is not None and sentence in comp.avoid else _unread(got, comp)


def _unread(line: Line | None, comp: Composer) -> Line | None:
    """The line, unless a reader has read it already in other words (the writer's repeat net, ``comp.said``: a
    sentence of an earlier page, told there from a story that page shares, signals21)."""
    if line is None or not getattr(comp, "said", None):
        return line
    from topline.write.offline import _said

    return None if _said(line.text) & comp.said else line


def printed(lines: Sequence[Line]) -> str:
    """The text a signal prints of its lines: those printed above on the page are cited, not printed again."""
    return " ".join(line.text for line in lines if not line.above)


def claim_title(title: str, arts: Sequence[Article], lines: Sequence[Line], comp: Composer) -> Line | None:
    """A signal's title: stated by one cited passage (a headline), or a claim built only on the fact lines below
    it, adding no name, figure, date, quote or event they lack (the page gate accepts either; topline.check.page)."""
    head = comp.line(title, arts, headline_=True)
    if head is not None:
        return head
    from topline.check import check_analysis

    return None if check_analysis(title, [l.text for l in lines])[0] else Line(title, ())


def story_trend(ids: Sequence[str], texts: dict[str, StoryText], day: dt.date | None) -> tuple[int, ...]:
    """Articles of the stories published on each of the ``TREND_DAYS`` previous days and today, oldest first."""
    if day is None:
        return ()
    from topline.write.offline.signals import TREND_DAYS

    per_day: dict[dt.date, int] = defaultdict(int)
    for sid in ids:
        st = texts.get(sid)
        for a in st.rs.bundle.articles if st else ():
            if a.published:
                per_day[edition_day(a.published)] += 1
    return tuple(per_day.get(day - dt.timedelta(days=k), 0) for k in range(TREND_DAYS, -1, -1))


def line_day(line: Line, comp: Composer) -> dt.date | None:
    days = {
        edition_day(comp.articles[c.url].published)
        for c in line.citations
        if c.url in comp.articles and comp.articles[c.url].published
    }
    return days.pop() if len(days) == 1 else None


def check_analysis_ok(text: str, facts: Sequence[str]) -> bool:
    from topline.check import check_analysis

    return not check_analysis(text, facts)[0]


def story_signal(title: str, lines: Sequence[Line], sid: str, texts: dict[str, StoryText], comp: Composer,
                 day: dt.date) -> Signal | None:
    """A claim about one story from its statements ``lines``: the title checked against the articles the lines
    cite, the lines and an evidence footer beneath it; None when the title does not hold (the claims over days
    and the claims of one actor in two acts of a story build their signals so)."""
    arts = articles_of(comp, [c.url for line in lines for c in line.citations])
    head = claim_title(title, arts, lines, comp)
    if head is None:
        return None
    foot = evidence_footer(1, arts, comp)
    body = [*lines, *([foot] if foot else [])]
    cites = tuple(dict.fromkeys([*head.citations, *(c for line in body for c in line.citations)]))
    return Signal(title=head.text, text=printed(body), citations=cites, story_ids=(sid,),
                  trend=story_trend((sid,), texts, day))
