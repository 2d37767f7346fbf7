"""Nineteenth round of the claim-support check (issue 10): assertions from a real dependency parse
(``topline.check.parse``, the optional ``parse`` extra). Each labelled row of the calibration parts whose verdict the
parse changed is read by id, with a twin written for this file: every swap the parse now catches has a faithful twin
that passes, and every faithful sentence it now accepts has an unsupported twin that is still rejected. The twins are
checked against the same cited article as the row."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from topline.check import parse

needs_parse = pytest.mark.skipif(
    not parse.status().startswith("installed"),
    reason="the dependency parse (pip install 'topline[parse]') is not installed",
)


# (row id, its error, a faithful twin written for this file): swaps the parse catches
CAUGHT = [
    ("s0090", "Kestrel Research analysts expect Orbis to sell about 300,000 units in the first year."),  # actor
    ("y0059", "Ember Cloud has agreed to buy 600 megawatts of power from Granite Grid."),  # actor
    ("c0013", "Carrowfield Estates has agreed to sell 14 office buildings to Tamsworth Capital."),  # actor
    ("x0206", "The union is seeking a 17% rise, and Sundara has offered 9%."),  # figure
    ("d0080", "Meridian has offered a 4% rise and the union wants 9%."),  # figure
    ("z0178", "Paysmith restored its services on November 1."),  # figure
    ("z0271", "Alemu earns a $25,000 bonus for the course record."),  # figure
    ("d0145", "Brantley's will cut the prices of 1,500 products from Monday."),  # figure
    ("c0370", "About 12,000 people visited over the two days, up from last year."),  # direction
]

# (row id, an unsupported twin written for this file): faithful rows the parse now accepts
ACCEPTED = [
    (
        "y0237",
        "The number of new international students at Westmere's universities rose 17% this autumn, to about "
        "48,000, official figures showed.",
    ),
    ("c0141", "In August, citing strong demand from banks, Ekberg lifted its forecast from 1.50 billion dollars."),
    ("c0141", "In August, citing strong demand from banks, Lunera lifted its forecast from 1.42 billion dollars."),
]


@needs_parse
@pytest.mark.parametrize(("row_id", "twin"), CAUGHT)
def test_swap_caught_and_its_faithful_twin_passes(labelled_twins, row_id: str, twin: str) -> None:  # noqa: ANN001
    ok, rows, twin_ok = labelled_twins
    assert rows[row_id]["label"] == "unsupported"
    assert not ok(row_id), rows[row_id]["sentence"]
    assert twin_ok(row_id, twin), twin


@needs_parse
@pytest.mark.parametrize(("row_id", "twin"), ACCEPTED)
def test_faithful_accepted_and_its_unsupported_twin_rejected(labelled_twins, row_id: str, twin: str) -> None:  # noqa: ANN001
    ok, rows, twin_ok = labelled_twins
    assert rows[row_id]["label"] == "supported"
    assert ok(row_id), rows[row_id]["sentence"]
    assert not twin_ok(row_id, twin), twin


@needs_parse
def test_an_attempt_is_not_the_act() -> None:
    """ "tried to buy" is no "bought": the override keeps the role rule's rejection (cal4's m0005 passed without)."""
    a = {x.verb: x for x in parse.assertions("Harwick Industries tried to buy Lanmore Chemicals.")}
    b = {x.verb: x for x in parse.assertions("Harwick Industries bought Lanmore Chemicals.")}
    assert a["buy"].modal == "try" and not b["buy"].modal
    assert not parse.whole_found(
        "Harwick Industries bought Lanmore Chemicals.",
        [["Harwick Industries tried to buy Lanmore Chemicals last year."]],
        parse.verb_match,
    )
    assert parse.whole_found(
        "Harwick Industries bought Lanmore Chemicals.",
        [["Harwick Industries bought Lanmore Chemicals last year."]],
        parse.verb_match,
    )


@needs_parse
def test_assertions_read_voice_possessors_and_figures() -> None:
    (passive,) = [a for a in parse.assertions("Orbivale was acquired by Kestrel for $310 million.")]
    assert (passive.verb, passive.actor.head, passive.target.head) == ("acquire", "kestrel", "orbivale")
    hire, _ = parse.assertions("Kestrel hired 40 engineers and opened 3 offices in Lyon.")
    assert ("40", "engineer") in hire.figures and hire.actor.head == "kestrel"
    (rise,) = [a for a in parse.assertions("Kerrin's shares did not rise.") if a.verb == "rise"]
    assert rise.negated and rise.direction == 1 and rise.actor.owners == {"kerrin"}
    (other,) = [a for a in parse.assertions("Ostvald's shares rose.") if a.verb == "rise"]
    assert not parse.same_arg(rise.actor, other.actor)


@needs_parse
def test_swap_problem_reads_crossed_roles() -> None:
    cited = ["Zentrox acquired Orbis for $400 million on Monday."]
    assert parse.swap_problem("Orbis acquired Zentrox.", cited, parse.verb_match)
    assert not parse.swap_problem("Zentrox acquired Orbis.", cited, parse.verb_match)
    assert not parse.swap_problem("Orbis was acquired by Zentrox.", cited, parse.verb_match)


def test_without_the_parse_the_checker_runs_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse, "_nlp", lambda: None)
    assert not parse.available()
    assert parse.assertions("Zentrox acquired Orbis.") == ()
    assert parse.swap_problem("Orbis acquired Zentrox.", ["Zentrox acquired Orbis."], parse.verb_match) == ""
    assert not parse.whole_found("Zentrox acquired Orbis.", [["Zentrox acquired Orbis."]], parse.verb_match)


def test_doctor_reports_the_parse() -> None:
    from topline.cli.main import cli

    out = CliRunner().invoke(cli, ["doctor"])
    assert out.exit_code == 0, out.output
    (line,) = [x for x in out.output.splitlines() if x.startswith("parse:")]
    assert ("installed" in line) == parse.status().startswith("installed")
