"""`topline eval classify`: metrics by hand on a tiny set, file errors, and the command end to end."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from topline.errors import InputError
from topline.eval.classify import evaluate_file, read_rows, report
from topline.records import Classification
from topline.taxonomy import parse_taxonomy

TAX = parse_taxonomy('''
[[category]]
name = "Oil & Gas"
description = "Crude oil and natural gas: production, OPEC decisions, prices, pipelines and LNG cargoes."
[[category]]
name = "Renewables"
description = "Solar, wind and hydro power: new wind farms, solar parks, turbine and panel makers."
''')

ROWS = [
    {"title": "OPEC+ agrees to raise oil output", "text": "Producers will pump more crude next month.",
     "label": "Oil & Gas"},
    {"title": "Qatar signs LNG supply deal", "text": "Natural gas cargoes will arrive from 2026.",
     "label": "Oil & Gas"},
    {"title": "Offshore wind farm wins auction", "text": "The wind project will use 100 turbines.",
     "label": "Renewables"},
    {"title": "Solar panel maker expands factory", "text": "Demand for solar modules is booming.",
     "label": "Renewables"},
    {"title": "Champions win the derby with late goal", "text": "The striker scored in the 90th minute.",
     "label": "none"},
]


def c(primary, *scores):  # noqa: ANN001, ANN201
    return Classification(story_id="x", primary=primary, scores=tuple(scores))


def test_report_metrics_by_hand():
    gold = ["Oil & Gas", "Oil & Gas", "Renewables", "none"]
    got = [c("Oil & Gas", ("Oil & Gas", .9)), c("Renewables", ("Renewables", .6)),
           c("Renewables", ("Renewables", .8)), c(None, ("Oil & Gas", .5))]
    rep = report(gold, got, TAX)
    assert rep.accuracy == 0.75 and rep.none_predicted == 1
    assert rep.accuracy_forced == 0.5          # the none row forced to its best category is wrong
    assert rep.labels == ("Oil & Gas", "Renewables", "none")
    assert rep.confusion == ((1, 1, 0), (0, 1, 0), (0, 0, 1))
    per = {p.label: p for p in rep.per_class}
    assert per["Oil & Gas"].precision == 1.0 and per["Oil & Gas"].recall == 0.5
    assert per["Renewables"].precision == 0.5 and per["Renewables"].recall == 1.0
    assert rep.macro_f1 == round((2 / 3 + 2 / 3 + 1.0) / 3, 4)


def test_unknown_gold_labels_are_reported_and_counted_wrong():
    rep = report(["Nuclear"], [c("Oil & Gas", ("Oil & Gas", 1.0))], TAX)
    assert rep.unknown_labels == ("Nuclear",) and rep.accuracy == 0.0


def test_read_rows_rejects_rows_without_label(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"title": "x", "label": "Oil & Gas"}\n{"title": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_rows(p)
    assert e.value.line == 2
    p.write_text('{"title": "x", "label": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError):
        read_rows(p)


def write_rows(path):  # noqa: ANN001, ANN201
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    return path


def test_evaluate_file_classifies_rows_as_one_article_stories(tmp_path):
    rep = evaluate_file(write_rows(tmp_path / "rows.jsonl"), TAX)
    assert rep.rows == 5 and rep.accuracy == 1.0 and rep.none_predicted == 1


def test_cli_text_and_json(tmp_path):
    from topline.cli.main import cli
    rows = write_rows(tmp_path / "rows.jsonl")
    tax = tmp_path / "tax.toml"
    tax.write_text('''
[[category]]
name = "Oil & Gas"
description = "Crude oil and natural gas: production, OPEC decisions, prices, pipelines and LNG cargoes."
[[category]]
name = "Renewables"
description = "Solar, wind and hydro power: new wind farms, solar parks, turbine and panel makers."
''', encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "classify", str(rows), "--taxonomy", str(tax)])
    assert r.exit_code == 0, r.output
    assert "accuracy 1.0000" in r.output and "confusion" in r.output and "Renewables" in r.output
    r = CliRunner().invoke(cli, ["eval", "classify", str(rows), "--taxonomy", str(tax), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["rows"] == 5 and data["accuracy"] == 1.0 and data["labels"][-1] == "none"
    assert len(data["confusion"]) == 3
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "no label"}\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "classify", str(bad), "--taxonomy", str(tax)])
    assert r.exit_code != 0 and "label" in r.output
