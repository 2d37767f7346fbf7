"""Two developments of one company are two stories (issue 11, thirteenth pass). Pure.

Story grouping reads words: two reports that share a company's name and its subject (Veltra, towers, Germany) meet
however different the news. An editor keeps apart reports that share an actor but tell different EVENTS: a
company's quarterly results and raised outlook are not its tower sale of the day before, though the results story
says "one day after agreeing to sell half its towers"; a job-cut plan is not a scoop that the same group weighs
selling a unit. Reports of one event with new facts (talks, then the agreed deal; the job cuts, then their
breakdown by country) stay one story.

The decision: each report's headline states at most a few CLASSES of event, found by the news verbs and nouns that
tell them (``CLASSES``): a company's results, cuts (jobs or costs), a deal (a purchase, a sale, a stake, a merger,
a raise). Two reports, or a report and a story (by the story's own headline), whose headlines each state a class and
share none are different developments: average linkage never merges two groups whose headlines are apart
(``cluster.average_linkage``'s ``events``, given by ``engine.cluster_batch``), whatever words they share, and a
merged group states the classes of all its headlines, so a report that states none (a market's reaction, an
analysis, a feature) is apart from nothing but never bridges two developments. A headline stating two classes
("cuts 2,000 jobs after quarterly loss") meets both. Headlines only: a lead's background clause ("a day after
agreeing to sell its towers") is not the report's event, and a story is known to the engine by its headline.
"""
from __future__ import annotations

import re

# The classes of event a headline states, with the words news uses for each. Kept to three classes an editor never
# merges and that headlines word distinctly; a market move is a reaction to any of them and is no class. Checked on
# the headline pairs of every gold story of the calibration corpora, the demo and mmds2025-dev: no two headlines of
# one gold story are apart (benchmarks/RESULTS.md, "Thirteenth pass").
CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a company's results and guidance: "raises outlook after strong quarter", "Q2 service revenue up 2.3%",
    # "lifts forecast", "profit falls", "beats estimates"; not a market's profit-taking ("investors take profits")
    ("results", re.compile(
        r"\b(?:quarter(?:ly)?|Q[1-4]|(?:first|second)[- ]half|half-year|full-year|(?:annual|interim) results|"
        r"results|earnings|(?<!take )(?<!taking )(?<!took )profits?(?!-taking)|revenues?|EBITDA|outlook|forecasts?|"
        r"guidance|beats? (?:estimates|expectations)|misses (?:estimates|expectations))\b", re.IGNORECASE)),
    # cuts: "to cut 2,400 jobs", "job cuts", "900 redundancies", "layoffs", "lays off staff", "cost cuts"; not a job
    # told about ("the adjuster's job is about to change", "robots won't cost jobs", "jobs guarantees")
    ("cuts", re.compile(
        r"\b(?:[\d,.]+ (?:\w+ )?jobs|job (?:cuts|losses)|layoffs?|lay(?:s|ing)? off|laid off|redundanc(?:y|ies)|"
        r"cut(?:s|ting)? (?:\S+ ){0,2}(?:jobs|staff|workers|employees|roles|positions|workforce|headcount)|"
        r"cost[- ]cut(?:s|ting)?|cost cuts)\b", re.IGNORECASE)),
    # money changing hands: a purchase, a sale of an asset, a stake, a merger, a raise; talks about one and the
    # agreed deal are one class ("nears deal to sell tower stake", "sells tower stake", "weighs sale of Danish unit").
    # Not an investor's buy ("Is it a buy?", "a buying opportunity"), a sell-off, or selling products ("to sell AI")
    ("deal", re.compile(
        r"\b(?:acquir(?:e|es|ed|ing)|acquisitions?|takeovers?|buys|(?<!time )to buy(?!\?)|bought|buyouts?|purchases?|purchased|"
        r"merg(?:e|es|ed|er|ers|ing)|(?:sells?|selling|sold) (?:\S+ ){0,4}?(?:stakes?|units?|business(?:es)?|"
        r"divisions?|arms?|subsidiar(?:y|ies)|assets?|towers?|operations|holdings?)|sale of|(?<!on )sale|stakes?|"
        r"divest\w*|spin-?offs?|spins? off|deals?|IPO|funding|fundrais\w*|raises? [$€£¥]|raised [$€£¥]|"
        r"pa(?:id|ys|ying) (?:\S+ ){0,4}for|seek(?:s|ing)? (?:new |fresh )?(?:cash|capital|funds|funding))\b",
        re.IGNORECASE)),
)


def events_of(headline: str) -> frozenset[str]:
    """The classes of event a headline states (empty when it states none of them)."""
    text = headline or ""
    return frozenset(name for name, cue in CLASSES if cue.search(text))


def apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports (or a report and a story) tell different developments: each states a class of event
    and they share none."""
    return bool(a) and bool(b) and not (a & b)

