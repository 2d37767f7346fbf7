"""The computed shapes eval18 rejected, read by ``topline.check.steps`` since support21: a sum of named terms whose
unit a list leaves unsaid ("between them", "together"), the rest of a whole "other than" a list of named parts, a
difference "further than", "the first six months" for the first half, and a part of the year two figures of one
sentence give. Each faithful row of eval18 (calibration since its first measurement) such a reading clears is read
by id with an unsupported twin written for this file about the same cited article, which must still be rejected;
rows the step clears of their figure reason but that another rule still rejects are read on their figure alone."""

from __future__ import annotations

import pytest

from topline.check.steps import _part_of_year

# (row id, an unsupported twin written for this file about the same article)
CLEARED = [
    # "Tax receipts in the first half of the fiscal year ...: 5.2 billion from income tax, 3.9 billion from sales
    # tax": the first six months are the first half, not the first three months
    (
        "n0057",
        "In the first three months of the fiscal year, income tax brought in 5.2 billion crowns and sales tax "
        "3.9 billion.",
    ),
    # 7.4% in the first half; 4.9% is the second quarter's, not the first six months'
    ("n0138", "Estravia's sovereign wealth fund returned 4.9% in the first six months of the year."),
    # 1,240 buses; Germany 410, Poland 305, Italy 190: 335 to the others, not 345
    ("n0179", "Kovar delivered 345 buses to countries other than Germany, Poland and Italy."),
    # ... and 335 is not what went to countries other than Germany and Poland (525)
    ("n0179", "Kovar delivered 335 buses to countries other than Germany and Poland."),
    # "its three smaller airports 4.2 million together": a wrong sum between them
    ("n0254", "The three smaller airports handled 4.6 million passengers between them."),
    # a second-quarter profit of 412 million pounds, 790 million in the first half: 378 million in the first quarter
    ("n0038", "Caldmoor earned 388 million pounds in the first quarter."),
    # ... and 378 million is not the second quarter's
    ("n0038", "Caldmoor earned 378 million pounds in the second quarter."),
]


@pytest.mark.parametrize(("row", "twin"), CLEARED)
def test_a_step_clears_the_faithful_row_and_not_its_twin(labelled_twins, row, twin):
    ok, rows, twin_ok = labelled_twins
    assert rows[row]["label"] == "supported" and rows[row]["extra"] == "eval18" and ok(row), row
    assert not twin_ok(row, twin), twin


@pytest.fixture(scope="module")
def figure_reasons(labelled_twins):  # noqa: ANN201
    """The figure reasons ("number: ... not stated") of a sentence against the articles a labelled row cites."""
    import sys

    from tests.check.conftest import BENCHMARKS

    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    from bench_support import load_articles

    from topline.check import check_sentence
    from topline.records import Citation

    _ok, rows, _twin_ok = labelled_twins
    articles = load_articles()

    def reasons(row_id: str, sentence: str | None = None) -> list[str]:
        r = rows[row_id]
        v = check_sentence(
            sentence or r["sentence"], tuple(Citation(u, articles[u].source) for u in r["cites"]), articles
        )
        return [d for d in v.details if d.startswith("number:")]

    return reasons


@pytest.mark.parametrize(
    ("row", "twin"),
    [
        # Porto Real 6.1 million and Vilanova 4.3 million of the 14.6 million passengers: 10.4 million together
        # (the row is still rejected on who acts, another rule's)
        ("n0265", "Porto Real and Vilanova together handled 10.6 million passengers in the quarter."),
        # a right sum of another pair: 6.1 + 4.2 million is Porto Real's and the smaller airports'
        ("n0265", "Vilanova and the three smaller airports together handled 10.3 million passengers in the quarter."),
        # 61 metres against 52: 9 metres further, not 11 (the row is still rejected on what "went" concerns)
        ("n0289", "Fenn's winning throw went 11 metres further than Talley's."),
        # "the first six months" is the first half (the row is still short of words in common)
        ("n0029", "The bank's profit for the first nine months reached 790 million pounds."),
    ],
)
def test_a_step_clears_the_figure_of_a_row_another_rule_rejects(figure_reasons, row, twin):
    assert figure_reasons(row) == [], row
    assert figure_reasons(row, twin), twin


@pytest.mark.parametrize(
    ("text", "figure", "quarters"),
    [
        ("a second-quarter net profit of 412 million pounds", "412", {2}),
        ("its profit for the first half to 790 million pounds", "790", {1, 2}),
        ("378 million pounds in the first quarter", "378", {1}),
        ("38.5 million in the first nine months", "38.5", {1, 2, 3}),
        # a comma between: the period is not this figure's
        ("up from 355 million a year earlier, taking its profit for the first half", "355", set()),
    ],
)
def test_the_part_of_the_year_next_to_a_figure(text, figure, quarters):
    at = text.index(figure)
    assert _part_of_year(text, at, at + len(figure), 0, len(text)) == quarters
