"""The event-ledger evaluator: matching rules, grounding, and the scores on the fixture corpus and (when present)
the evaluation corpus, with floors pinned at the measured level."""
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from topline.cli.main import cli
from topline.eval.events import evaluate_dir, gold_items, load_bundles, match, same_value, ungrounded
from topline.events import extract

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE = DATA / "events-fixture"
EVAL = DATA / "eval-energy"


def test_value_matching_rules():
    assert same_value("amount", 2_800_000_000, 2.8e9) and not same_value("amount", 2.8e9, 2.75e9)
    assert same_value("capacity", "2.1 GW", 2.1e9) and same_value("capacity", "800 MW", "0.8 GW")
    assert same_value("move", "-6%", "-6%") and not same_value("move", "-6%", "+6%")
    assert same_value("company", "Orsted A/S", "Orsted") and not same_value("company", "Orsted", "Vestas")
    assert same_value("action", "probe", "Probe") and not same_value("action", "probe", "fine")


def test_matching_is_fair_to_spelling_but_not_looser():
    # accents, symbols, acronyms and a kind named in fewer words are the same value to a reader ...
    assert same_value("company", "Ørsted A/S", "Orsted") and same_value("currency", "EUR", "€")
    assert same_value("body", "Food and Drug Administration", "FDA")
    assert same_value("kind", "recall (nitrosamine impurity)", "recall")
    assert same_value("target", "Arcturon Therapeutics' Veltrasa", "Arcturon Therapeutics")
    assert same_value("capacity", "180,000 liters", "180,000 litres") and same_value("capacity", "2.1 GW", 2.1e9)
    assert same_value("capacity", "400 million doses a year", "400 million doses")
    assert same_value("target", "state AI laws", "state artificial intelligence laws")   # one word, two spellings
    # ... another name, another kind, another unit or acronym is not
    assert not same_value("company", "Orsted", "Vestas") and not same_value("kind", "fire", "explosion")
    assert not same_value("body", "Food and Drug Administration", "SEC")
    assert not same_value("capacity", "180,000 liters", 180000.0) and not same_value("currency", "USD", "€")
    assert not same_value("target", "state AI laws", "state privacy laws")


def test_gold_against_itself_scores_one_and_a_wrong_value_does_not():
    rows = [json.loads(l) for l in (FIXTURE / "gold-events.jsonl").read_text().splitlines() if l.strip()]
    gold = gold_items(rows)
    n = sum(len(v) for v in gold.values())
    assert match(gold, gold)[0] == n
    wrong = {k: ([v[0] * 2] + v[1:] if k[2] == "amount" else v) for k, v in gold.items()}
    matched, misses, extras = match(gold, wrong)
    assert matched < n and misses and extras


def test_a_field_not_in_its_sentence_is_ungrounded():
    bundles = load_bundles(FIXTURE / "articles.jsonl")
    events = [e for b in bundles for e in extract(b)]
    arts = {a.url: a for b in bundles for a in b.articles}
    assert ungrounded(events, arts) == 0
    e = events[0]
    bad = replace(e, fields=(replace(e.fields[0], text="Invented Corp"),) + e.fields[1:])
    assert ungrounded([bad], arts) == 1


def test_fixture_corpus_scores_and_cli():
    s = evaluate_dir(FIXTURE)
    assert s.ungrounded == 0
    # floors at the level measured when the fixture was written (see benchmarks/RESULTS.md)
    assert s.f1 >= 0.95 and s.watch_precision >= 0.99
    r = CliRunner().invoke(cli, ["eval", "events", str(FIXTURE), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["f1"] == pytest.approx(s.f1)


def test_evaluation_corpus_floors():
    if not (EVAL / "gold-events.jsonl").is_file():
        pytest.skip(f"evaluation corpus not found at {EVAL} (written by the corpus helper)")
    s = evaluate_dir(EVAL)
    assert s.ungrounded == 0
    assert s.gold_events >= 60
    # floors pinned at the measured level (benchmarks/RESULTS.md, "Event ledger (issue 12)")
    assert s.f1 >= EVAL_F1_FLOOR and s.watch_precision >= EVAL_WATCH_FLOOR
    assert s.watch_recall >= EVAL_WATCH_RECALL_FLOOR


# Measured on tests/data/eval-energy at commit time (benchmarks/RESULTS.md, "Event ledger (issue 12)", fifth
# pass, measured once at its end): field F1 0.529, watch-item precision 0.373 (fourth pass 0.518 and 0.373; third
# 0.523 and 0.360; second 0.518 and 0.321; first 0.459 and 0.347). The target is F1 0.85: not reached.
# Floors at the measured level, rounded down. Seventh pass (eval-energy is calibration from it): 0.534 -> 0.543.
# Eighth pass (events9): 0.543 -> 0.564 (a unit or a place is no incident organisation, a level no move).
# Ninth pass (events10): 0.564 -> 0.575 (recall of launches and state actions by grammar). Eleventh pass (events12):
# 0.573 -> 0.584 (an impairment is no capex; a move in money then percent is the percent). Twelfth pass (events13):
# F1 0.584 -> 0.596, watch precision 0.373 -> 0.438 (deadlines as time left, negations, market bets, duplicates).
# Thirteenth pass (events14): F1 0.596 -> 0.612 (GWh as energy, a condition no act, forecasts raised no funding).
# Fourteenth pass (events15): 0.612 -> 0.630 (a round's investors and a plant's output in a later sentence).
# events17: 0.630 -> 0.648 (moves told before their cause, "Shares" and "The firm's share price", Inc. names).
# events18: 0.648 -> 0.656 (a place is no incident's organisation; the operator named in another sentence).
# events19: 0.656 -> 0.664 (a tax changed is a rule; what a site will cost is its amount).
# events32: measured 0.6811 (main, 9c808c1) -> 0.6840 (a battery plant told by its price, "planned by" its builder).
EVAL_F1_FLOOR = 0.68
# watch18: watch precision 0.457 -> 0.479, recall 0.700 -> 0.767 (two items a story a day, times told without a date
# dated: benchmarks/scan_watch.py); the precision floor 0.43 -> 0.47, a recall floor pinned
EVAL_WATCH_FLOOR = 0.47
EVAL_WATCH_RECALL_FLOOR = 0.75

EVAL_TRADE = DATA / "eval-trade"


def test_held_out_trade_corpus_floors():
    """The held-out corpus since 2026-12-04 (tests/data/eval-trade: trade, shipping and logistics), written and
    frozen before any run of Topline on it and measured once by the lead (benchmarks/RESULTS.md, "Event ledger",
    "eval-trade, the new held-out corpus"): field F1 0.495 (P 0.652, R 0.398), watch precision 0.426, outcomes 0.8,
    the same before and after issue 12's seventh pass. Never tuned on; the issue's target (F1 0.85) is far off.
    After the eighth pass (events9, 2026-12-04: a level is no move, a speaker is no victim, planned stays planned;
    classes the lead named from this corpus's false claims, rules written on other sentences): F1 0.488 (P 0.664,
    R 0.385), its claim titles 2 -> 5 of 5 true; the floor follows the measured F1 down by 0.007. Calibration from
    the ninth pass (events10): F1 0.519 (P 0.678, R 0.420; launch objects in common words, strikes, more bodies and
    acts of state)."""
    s = evaluate_dir(EVAL_TRADE)
    assert s.ungrounded == 0 and s.gold_events >= 60
    assert s.f1 >= 0.55 and s.watch_precision >= 0.56 and s.watch_outcome_accuracy >= 0.80   # events13: 0.467, 0.810
    # watch18: watch precision 0.549 -> 0.577, recall 0.737 -> 0.789: the floor 0.46 -> 0.56
    # events15: F1 0.542 -> 0.552 (a round's investors named in a later sentence)
    # events14: F1 0.519 -> 0.542 (orders of ships as capex, ransomware, a city dateline)


DEMO_LEDGER = DATA / "demo-ledger"
CAL = DATA / "cal-biotech"
CAL_AI = DATA / "cal-ai"


def test_tuning_corpora_floors_and_the_gold_folder_option():
    """The corpora the rules were tuned on (the demo's gold ledger, written before tuning, and the calibration
    corpora cal-biotech and cal-ai): floors at the measured level guard against a rule change that undoes a fix."""
    demo = evaluate_dir(DEMO_LEDGER)          # articles found through its corpus.json pointer
    assert demo.ungrounded == 0 and demo.gold_events >= 40
    # Re-pinned 0.78 -> 0.75 by the lead (session 32) when the gold convention changed, not the code: events36 added
    # a company's results as market moves to the golds (the lead's decision; demo-ledger 15 rows), so the same code
    # scores lower against more gold rows: main's code before events36 scores 0.707 on the new golds, events36's 0.760.
    assert demo.f1 >= 0.75 and demo.watch_precision >= 0.55      # fifth pass: 0.782 and 0.556 (fourth 0.778);
    # eighth pass (events9) 0.793; ninth (events10) 0.803; fifteenth (events16) 0.797: "Meta is spending up to $72
    # billion on capital projects this year" is now read as the capex it is, an amount the gold leaves null;
    # events17 0.790: "Broadcom Inc. slid as much as 4.2%, Advanced Micro Devices Inc. dropped 5.5% and Micron
    # Technology Inc. lost 7.1% at the session's low" (names with "Inc." now read) are true intraday moves beside the
    # closes the gold lists
    assert demo.watch_outcome_accuracy >= 0.96                     # fifth pass: 0.933; signals22 1.0 (15/15)
    same = evaluate_dir(DATA.parents[1] / "topline" / "demo" / "corpus", DEMO_LEDGER)   # the --gold form
    assert same.f1 == pytest.approx(demo.f1)
    r = CliRunner().invoke(cli, ["eval", "events", str(DATA.parents[1] / "topline" / "demo" / "corpus"),
                                 "--gold", str(DEMO_LEDGER), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["f1"] == pytest.approx(demo.f1)
    if not (CAL / "gold-events.jsonl").is_file():
        pytest.skip(f"calibration corpus not found at {CAL}")
    cal = evaluate_dir(CAL)
    # fifth pass: 0.851, 0.533; sixth pass 0.856 ("hours after" an act makes it earlier); ninth 0.862
    # Re-pinned 0.89 -> 0.87 by the lead (session 32): events36's results rows in the gold (3 added); 0.873 after it.
    assert cal.ungrounded == 0 and cal.f1 >= 0.87 and cal.watch_precision >= 0.53   # events14: F1 0.870; events15 0.884
    # events17: 0.895; events20: 0.893 (a talked price kept beside the agreed one, within 10% of it)
    assert cal.watch_outcome_accuracy >= 0.90     # fifth pass: 0.833 (fourth 0.792); signals22 0.92 (the act)
    if not (CAL_AI / "gold-events.jsonl").is_file():
        pytest.skip(f"calibration corpus not found at {CAL_AI}")
    # cal-ai (helper "calai", default taxonomy): second pass 0.675 and 0.600; third 0.756 and 0.694; fourth 0.770
    # and 0.718 (0.772 after the last rule); fifth 0.815 and 0.718, watch outcomes 0.857 (fourth 0.821)
    ai = evaluate_dir(CAL_AI)
    assert ai.ungrounded == 0 and ai.gold_events >= 60 and ai.f1 >= 0.88 and ai.watch_precision >= 0.75
    # events20: F1 0.876 -> 0.890 (talks over a company at a price are a deal)
    # events19: F1 0.865 -> 0.876 ("is expected to cost about $6 billion": a site's amount)
    # events17: F1 0.847 -> 0.865 (moves told before their cause: "fell 9.2% ... after the US said")
    # events14: F1 0.828 -> 0.843 (a class of firms as a target, "It will also invest", a later sentence's amount)
    assert ai.watch_outcome_accuracy >= 0.96      # events13: watch precision 0.756, outcomes 0.871; signals22 1.0


CAL_AI2 = DATA / "cal-ai2"


def test_cal_ai2_floors():
    """cal-ai2 (helper "calai2": long articles with page furniture, background and roundups), tuned on from the
    fourth pass. Its first run, before any rule was read on it: field F1 0.267, watch precision 0.070; fourth pass
    0.566 and 0.122 (benchmarks/RESULTS.md, "Event ledger", "Fourth pass"); fifth pass 0.580 and 0.122, watch
    outcomes 1.000 (5 of 5 matched items; fourth 0.800)."""
    if not (CAL_AI2 / "gold-events.jsonl").is_file():
        pytest.skip(f"calibration corpus not found at {CAL_AI2}")
    s = evaluate_dir(CAL_AI2)
    assert s.ungrounded == 0 and s.gold_events >= 30
    assert s.f1 >= 0.60 and s.watch_precision >= 0.15 and s.watch_outcome_accuracy >= 0.99   # events13: 0.154
    # events20: F1 0.579 -> 0.613 (priced talks as deals, "spend $N to expand")
    # events16: F1 0.583 -> 0.574: a roundup's "Oriel will spend £8bn on an AI data centre campus at Seal Sands" is
    # read as the capex it is; the story's gold (an EU act) does not list it


EVAL_AI3 = DATA / "eval-ai3"


def test_eval_ai3_floors_as_calibration():
    """eval-ai3 (helper "evalai3", default taxonomy): measured twice as a frozen corpus by the lead (field F1 0.585,
    watch precision 0.443, outcomes 0.815), calibration from the sixth pass on; sixth pass 0.612 (a trigger in a
    relative clause is background, "raised its <level> to $N", the owner of "X's Frankfurt data centres"); seventh
    pass 0.626 (the fields that made false claims); ninth pass 0.659 (recall of launches and state actions)."""
    if not (EVAL_AI3 / "gold-events.jsonl").is_file():
        pytest.skip(f"calibration corpus not found at {EVAL_AI3}")
    s = evaluate_dir(EVAL_AI3)
    assert s.ungrounded == 0 and s.gold_events >= 60
    assert s.f1 >= 0.70 and s.watch_precision >= 0.50 and s.watch_outcome_accuracy >= 0.94   # events13: 0.500, 0.828; signals22 0.971
    # events16: F1 0.698 -> 0.709 (a campus is a site; a whole trade's spending is nobody's capex)
    # events15: F1 0.681 -> 0.698 (a round's investors in a later sentence, a power failure, asked to report)
    # events14: F1 0.659 -> 0.681 (regulators' countries, examinations as probes, ransomware)


EVAL_AGRI = DATA / "eval-agri"


def test_eval_agri_floors_as_calibration():
    """eval-agri (helper "corpus5": food, agriculture and agricultural commodities), written as the held-out corpus
    of the ninth pass and measured fresh by the lead (field F1 0.486, P 0.655, R 0.386; watch precision 0.400,
    outcomes 0.571); calibration from the tenth pass (events11): F1 0.555 (P 0.698, R 0.461: commodities named by
    their place, brand or delivery month; a government paying out, requiring or releasing from its stockpile)."""
    if not (EVAL_AGRI / "gold-events.jsonl").is_file():
        pytest.skip(f"calibration corpus not found at {EVAL_AGRI}")
    s = evaluate_dir(EVAL_AGRI)
    assert s.ungrounded == 0 and s.gold_events >= 60
    # eleventh pass (events12): F1 0.558, P 0.707 (a takeover "explored" is no purchase)
    # Re-pinned 0.64 -> 0.63 by the lead (session 32): events36's results rows in the gold (6 added); main's code
    # before events36 scores 0.634 on the new golds, events36's 0.634 too.
    assert s.f1 >= 0.63 and s.precision >= 0.73 and s.watch_precision >= 0.45 and s.watch_outcome_accuracy >= 0.62
    # events19: F1 0.622 -> 0.643, P 0.741 ("The plant ... would cost about 8 billion yen": a site's amount)
    # events15: F1 0.570 -> 0.619, P 0.733 (a round's investors in a later sentence, tonnes of output, imports
    # stopped as a ban)
    # events14: F1 0.558 -> 0.570, P 0.717 (a body's owner as its jurisdiction, a class of firms as a target)
    # events13: watch precision 0.400 -> 0.457, outcomes 0.571 -> 0.625


EVAL_FIN = DATA / "eval-fin"


def test_eval_fin_floors_as_calibration():
    """eval-fin (banking and finance), the held-out corpus measured fresh by the lead (field F1 0.596, P 0.659, R
    0.544; watch precision 0.433, outcomes 0.846); calibration from the eleventh pass (events12): F1 0.665 (P 0.697,
    R 0.636: a deal talked about is no purchase, a provision no capex, an approval granted a decision, a body's name
    across "of the", yields and currencies moving in basis points and "weakened")."""
    if not (EVAL_FIN / "gold-events.jsonl").is_file():
        pytest.skip(f"calibration corpus not found at {EVAL_FIN}")
    s = evaluate_dir(EVAL_FIN)
    assert s.ungrounded == 0 and s.gold_events >= 60
    # Re-pinned 0.74 -> 0.72 by the lead (session 32): events36's results rows in the gold (25 added); main's code
    # before events36 scores 0.699 on the new golds, events36's 0.725.
    assert s.f1 >= 0.72 and s.precision >= 0.71 and s.watch_precision >= 0.57 and s.watch_outcome_accuracy >= 0.86
    # events15: F1 0.685 -> 0.742, P 0.731 (central banks' rate decisions, requests for a report as probes)
    # events19: F1 0.748 -> 0.745, P 0.734 -> 0.719 (a bank's 240 branch closures and an index's close, both true and
    # not in the gold; Kaveri Bank's 600 branches found): the precision floor 0.73 -> 0.71
    # events14: F1 0.667 -> 0.685, P 0.712 (a condition no act, examinations as probes, forecasts no funding)
    # events13: watch precision 0.433 -> 0.577, outcomes 0.846 -> 0.867


def test_one_jsonl_reader_for_the_eval_commands(tmp_path):
    from topline.errors import InputError
    from topline.eval.jsonl import read_jsonl
    p = tmp_path / "rows.jsonl"
    p.write_text('{"a": 1}\n\n{"b": 2}\n', encoding="utf-8")
    assert read_jsonl(p) == [{"a": 1}, {"b": 2}]
    p.write_text('{"a": 1}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"rows.jsonl:2: not JSON"):
        read_jsonl(p)
    with pytest.raises(InputError, match="not found"):
        read_jsonl(tmp_path / "missing.jsonl")


def test_fourth_pass_scorer_conventions_are_equivalent_not_looser():
    # a word written in the gold is not hidden by its canonical country name ("England" -> "united kingdom")
    assert same_value("place", "Teesside, England", "England") and not same_value("place", "Teesside, England",
                                                                                   "Scotland")
    # a unit in brackets: the body or the unit
    assert same_value("body", "Commerce Department (Bureau of Industry and Security)", "US Commerce Department")
    assert same_value("body", "Commerce Department (Bureau of Industry and Security)", "Bureau of Industry and Security")
    assert not same_value("body", "Commerce Department (Bureau of Industry and Security)", "Justice Department")
    # an acronym for part of a name
    assert same_value("target", "Artificial Intelligence Act", "AI Act")
    assert not same_value("target", "Artificial Intelligence Act", "Data Act")
    assert not same_value("target", "AI Act", "Digital Markets Act")
