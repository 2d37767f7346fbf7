"""The share of Signals & Trends titles that make a claim (issue 12, third pass), on the editions of the demo corpus
and the two calibration corpora (`topline eval events DIR --signals`): floors at the level measured when the
claims were built (benchmarks/RESULTS.md, "Event ledger", "Third pass"); no title is a list of terms."""
import re
from pathlib import Path

import pytest

from topline.eval.events import article_files, signal_claims

from tests import built

DATA = Path(__file__).resolve().parents[1] / "data"
# Measured at commit time (main before the third pass: demo 1/14, cal-biotech 2/18, cal-ai 0/10; third pass 4/14,
# 10/18, 5/9; fourth pass 6/14, 10/18, 5/9 and cal-ai2 2/3; fifth pass cal-biotech 9/17: of the ten claims, one
# told one tariff as two acts of the White House and one was printed again on a second page, and both went):
# sixth pass: the measure is strict (an actor matched word by word) and counts the pages with enough stories of the
# day; a theme no claim can title is not published, and a kind of event two of a page's stories report makes a
# claim; no claim repeats a sentence an earlier page printed: claims demo 11/11, cal-biotech 12/12, cal-ai 8/8,
# cal-ai2 8/8, eval-ai3 (calibration from this pass) 8/8 (branch point 7/15, 9/17, 5/9, 2/3, 7/12); pages with a
# claim / pages with enough stories demo 7/18, cal-biotech 9/15, cal-ai 5/15, cal-ai2 5/15, eval-ai3 3/16 (branch
# point 5/18, 7/15, 3/15, 2/15, 3/16). Merged (lead): a signal that would print a statement of the page's Top Line
# or of an earlier page is left out whole (events7's claims had put three repeated sentences on cal-ai, prose
# defects 1.23 per 100 against tests/write/test_editorial_quality.py's ceiling of 1.0): claims demo 10/10, cal-ai
# 5/5, cal-ai2 6/6, cal-biotech 11/11, eval-ai3 6/6; pages demo 6/18, cal-ai 3/15 (the floors of those two lowered
# to what the page shows without repeated sentences), cal-ai2 5/15, cal-biotech 9/15, eval-ai3 3/16.
# Seventh pass (events8): claims must be TRUE; the fields and clauses that made false claims were fixed, and two
# pages lost their only claim, a false one: cal-ai2 5/15 -> 4/15 ("CISA suffers a data exposure": CISA reported
# others' exposed credentials), demo 6/18 -> 5/18 ("European Commission moves to regulate": companies had asked it
# to suspend its rules). Those two floors are set to the pages with a true claim (0.33 -> 0.26 and 0.33 -> 0.27);
# the others hold (cal-ai 3/15, cal-biotech 9/15, eval-ai3 3/16).
# (floor on the share of claims, signals at least, floor on the share of pages with enough stories that carry a
# claim).
# eval-trade, the held-out corpus (2026-12-04), measured once by the lead: 5 signals, all claims by this measure, on
# 4 of 15 pages with enough stories (0.267); read afterwards, only 2 of the 5 are true (benchmarks/RESULTS.md).
# eval-agri (calibration from the tenth pass; measured fresh by the lead: 5 claims on 4 of 15 pages, one false,
# "Hamburg rises 9 euros"): tenth pass (events11) 8 of 8 signals claims, on 6 of 15 pages (0.4), all read true.
# eval-fin (calibration from the eleventh pass; measured fresh by the lead: 14 claims on 11 of 15 pages, five false):
# eleventh pass (events12) 14 of 14 signals claims, on 11 of 15 pages (0.733), all read true.
# cal-ai2 0.26 -> 0.25 in issue 11's fourteenth pass (editorial15): the same 5 signals, all claims, on the same 4
# pages; with the "labour" and "strike" kinds of event (commit 044644b) one more page has enough stories (15 -> 16).
# Thirteenth pass (signals15): a claim built on a statement printed above on its page cites it instead of printing it
# again, and clauses their statement does not make are left out: pages with a claim demo 6/18, cal-biotech 12/15,
# cal-ai 7/15, eval-ai3 4/16, eval-trade 5/15, eval-agri 8/15, eval-fin 11/15; cal-ai2 4/15 -> 3/15, its lost title
# a known false one ("Commission moves to regulate"), so its floor is set to the pages with a true claim (0.26 -> 0.2).
# Merged with editorial15 (one more page with enough stories): cal-ai2 3 of 16 pages (0.1875), the floor 0.18.
# Fourteenth pass (signals16): a page no claim reached gets an actor or a kind over days, or its day's events
# (signals_page.fallback_signals); pages with a claim cal-biotech 12 -> 13/15, cal-ai 7 -> 8/15, eval-trade 5 -> 8/15,
# eval-agri 8 -> 11/15, eval-fin 11 -> 12/15, the others unchanged: floors raised to the measured pages.
# signals19: what the signals claim (topline.eval.signal_kinds), the pages whose best signal is more than a pairing of
# events that share only their type or day (a story followed across days, an actor in several roles, a divergence),
# measured at 4719e70 (branch point 76aa005: demo 1, cal-biotech 2, cal-ai 0, cal-ai2 0, eval-ai3 1, eval-trade 1,
# eval-agri 0, eval-fin 1); floors at the measured figures.
# signals20: cal-biotech 5 -> 3, its two "Outlets disagree on Brightwater Therapeutics's price: $6.2 billion against
# $6.4 billion" titles gone (the $6.4 billion is "about ... including Brightwater's debt": no disagreement,
# claims_divergence._hedged); the other floors hold at the measured figures.
# editorial21 (a story whose headline reports its share move is read on the markets page too): eval-fin 12 -> 10 of 15
# pages with a claim (07-14's Payments and Regulation pages lost their pairings, its markets pages gained three-move
# pairings); over seventeen corpora pages with a claim 167 -> 167, beyond a pairing 35 -> 37, claims 235 -> 243 (the
# lead, `eval events C --signals --json` on the merge's two parents and the merge, benchmarks/RESULTS.md); eval-fin's
# page floor moved to the measured 10/15.
# signals21 (one actor in two acts of one story of the day, claims_story; a claim's line the repeat net would refuse
# not chosen; a build-out told by its cost only commits nothing): cal-ai pages 10 -> 11/15, cal-ai2 4 -> 5/16, eval-agri
# 11 -> 12/15, eval-fin 10 -> 11/15; beyond a pairing cal-biotech 3 -> 6, cal-ai 1 -> 2, cal-ai2 0 -> 1, eval-fin
# 2 -> 3 (`eval events C --signals --json`, benchmarks/RESULTS.md); floors at the measured figures.
BEYOND_FLOORS = {"demo-ledger": 1, "cal-biotech": 6, "cal-ai": 2, "cal-ai2": 1, "eval-ai3": 1, "eval-trade": 2,
                 "eval-agri": 2, "eval-fin": 3}
# cal-ai 11/15 -> 10/15 pages at events26's merge (0.73 -> 0.66): its one dropped title, "Ohio Department of
# Development moves to subsidise Vantor Cloud", named the body that released the documents ("Ohio has offered Vantor
# Cloud ..., according to documents released Monday by the Ohio Department of Development"), not the one that acts.
# eval-agri 12/15 -> 11/15 pages at this session's merges (0.8 -> 0.73; the lead's CI on 80aaf08, traced on the merge
# commits: 12/15 after events33, 11/15 after signals27): its 11 Jun Harvests page's one title, "Milling wheat for
# September delivery rises as much as 3.4%, Chicago wheat futures rise 1.3% and Brasilfrangos SA falls as much as
# 7.4%", told two moves of an earlier day as the page's news; signals27 tells such acts with their day ("earlier this
# week"), and no title so told passed its length and checks, so the page says why it has no signal. Its pages beyond a
# pairing rose 3 -> 5. Back to 12/15 (0.8) with signals29: a title with a clause of the page's day is tried before one
# whose every act is earlier ("Chicago wheat futures rise 1.3% earlier this week and Milling wheat for September
# delivery rises as much as 3.4%"), measured on the branch's build.
FLOORS = {"demo-ledger": (0.95, 12, 0.44), "cal-biotech": (0.95, 15, 0.86), "cal-ai": (0.95, 15, 0.73),
          "cal-ai2": (0.95, 10, 0.43), "eval-ai3": (0.95, 14, 0.58), "eval-trade": (0.95, 5, 0.53),
          "eval-agri": (0.95, 17, 0.86), "eval-fin": (0.95, 14, 0.73)}
# signals31: the calibration corpora made since with a gold ledger, each at what was measured on the branch
# (`eval events C --signals --json`'s signal_claims on build_corpus, benchmarks/RESULTS.md, "signals31"): eval-capital
# 6 -> 9 of 15 pages with the clause of a fund's close ("Kestrow Capital closes a fund on €9.5bn"), eval-ins 11 of 15
# (its TV review no longer a theme's second "story on Veltmoor Insurance Group"). No floor on their pages beyond a
# pairing (not measured here).
FLOORS.update({"eval-capital": (0.95, 15, 0.6), "eval-ins": (0.95, 13, 0.73), "eval-crypto": (0.95, 12, 0.6),
               "eval-travel": (0.95, 24, 0.8), "eval-chips": (0.95, 28, 1.0), "eval-clim": (0.95, 11, 0.66),
               "eval-cyber": (0.95, 17, 0.66), "eval-energy": (0.95, 15, 0.66), "eval-games": (0.95, 23, 0.8),
               "eval-geo": (0.95, 9, 0.53), "eval-health": (0.95, 24, 1.0), "eval-prop": (0.95, 15, 0.66),
               "eval-ind": (0.95, 18, 0.8), "eval-macro": (0.95, 15, 0.53), "eval-mob": (0.95, 17, 0.8),
               "eval-retail": (0.95, 16, 0.66), "eval-def": (0.95, 22, 0.93), "eval-space": (0.95, 15, 0.73),
               "eval-tmt": (0.95, 22, 0.8), "eval-work": (0.95, 16, 0.73)})
# signals32: a state act told by its statement's main clause in every claim, a rule dated on the page's weekday of the
# day whatever year a later clause names, jobs cut and flights cancelled as clauses, no common noun, pronoun or malware
# as an actor (`/tmp/signals32` runs of build_corpus + signal_claims, benchmarks/RESULTS.md, "signals32"): pages with a
# claim cal-ai 10 -> 11/15, cal-ai2 5 -> 7/16, demo 6 -> 8/18, eval-agri 12 -> 13/15, eval-ai3 9 -> 10/17, eval-clim
# 9 -> 10/15, eval-def 13 -> 14/15, eval-space 10 -> 11/15, eval-travel 11 -> 12/15, eval-forest 11 -> 12/15, eval-profserv 9 -> 11/15,
# eval-water 11 -> 13/15 (its Regulation page of 6 April: "Two state actions: Texas Water Development Board approves a
# $265 million low-interest loan and Pennsylvania Public Utility Commission approves a rate increase of $86 million a
# year on the same day"); floors raised to the measured figures, eval-water, eval-forest and eval-profserv added.
FLOORS.update({"eval-water": (0.95, 18, 0.86), "eval-forest": (0.95, 16, 0.8), "eval-profserv": (0.95, 16, 0.73)})
# eval-health 24 -> 23 signals at signals32's merge (the lead's decision; its pages with a claim unchanged at 15/15): the
# signal lost was a second title of its Results page on 12-01 that named a product ("GlucoSure 3") as an actor, which
# `actor_words` now refuses; the Devices page titles a true claim in its place.
FLOORS["eval-health"] = (0.95, 23, 1.0)


@pytest.mark.slow
# newest name first: under xdist test_editorial_quality builds its corpora from the oldest name on the other
# worker, so the two workers build different corpora and read each other's (tests/built.py) instead of one waiting
@pytest.mark.parametrize("corpus", sorted(FLOORS, reverse=True))
def test_signal_titles_are_claims(corpus, tmp_path_factory):
    folder = DATA / corpus
    if not (folder / "gold-events.jsonl").is_file():
        pytest.skip(f"corpus not found at {folder}")
    # one build a session, shared with tests/write/test_editorial_quality.py (tests/built.py); demo-ledger's
    # articles are the demo's (its corpus.json points at topline/demo/corpus)
    got = signal_claims(folder, built=built.corpus("demo" if corpus == "demo-ledger" else corpus, tmp_path_factory))
    share, signals, pages = FLOORS[corpus]
    assert got.signals >= signals, got.titles
    assert got.share >= share, got.titles
    assert got.page_share >= pages, (got.pages_claimed, got.pages_enough, got.unclaimed_pages)
    assert got.pages_beyond_pairing >= BEYOND_FLOORS.get(corpus, 0), got.kind_titles
    assert sum(got.kinds.values()) == got.signals and got.kinds["none"] <= got.signals - got.claims
    for _day, _cat, title, claim in got.titles:
        assert not re.search(r"\brecurs? in\b", title), title
        if not claim:   # a theme no claim is computed for says less: one term, no list
            assert ", " not in title.split(" in ")[0] and " and " not in title.split(" in ")[0], title


def test_the_shared_build_is_of_the_files_and_taxonomy_signal_claims_reads():
    """tests/built.py builds each corpus as test_editorial_quality reads it; signal_claims must read the same."""
    for corpus in FLOORS:
        files, taxonomy = built.files_of("demo" if corpus == "demo-ledger" else corpus)
        assert [f.resolve() for f in files] == [f.resolve() for f in article_files(DATA / corpus)], corpus
        assert taxonomy.exists() == (DATA / corpus / "taxonomy.toml").exists(), corpus
        assert not taxonomy.exists() or taxonomy.resolve() == (DATA / corpus / "taxonomy.toml").resolve(), corpus
