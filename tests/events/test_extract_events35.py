"""events35 (issue 12): a company's results told in its industry's measures are market moves of "<company> <measure>"
(``events.results``): the measure is the noun phrase the parse gives as the object of a verb of reporting, the
subject of a verb of change owned by the company, or the object of the company's verb of change, and it carries a
figure. A forecast, a target, an estimate, someone else's figure, a plan, a person's or a market's words are not
read. Sentences written for these tests; the twins that must not give the event are beside them."""
import pytest

from topline.check import parse
from topline.events import results
from topline.events.extract import article_statements
from tests.events.sentence_helpers import article, sentence_fields

pytestmark = pytest.mark.skipif(not parse.available(), reason="the dependency parse (extra [parse]) is not installed")


@pytest.fixture(autouse=True)
def _reading_results(monkeypatch):
    monkeypatch.setattr(results, "READ_RESULTS", True)   # on by default since events36 (the lead's decision)


def _results(sentence: str) -> list[tuple[str, str]]:
    """(instrument, move) of each market move the sentence gives whose instrument is not a share's."""
    return [(d["instrument"][0], d["move"][0]) for d in sentence_fields(sentence, "market_move")]


def test_a_measure_reported_with_its_figure():
    assert _results("Harrowgate Mutual took a 240 million pound net charge from the January floods, it said on "
                    "Monday.") == [("Harrowgate Mutual net charge", "240 million pound net charge")]
    assert _results("Pellmoor Re posted a combined ratio of 97.4% for the year, according to its annual report.") \
        == [("Pellmoor Re combined ratio", "combined ratio of 97.4%")]
    assert _results("Tolland Foods reported a pre-tax profit of £88m for the half year.") == \
        [("Tolland Foods pre-tax profit", "pre-tax profit of £88m")]
    assert _results("Kestavik Shipping booked $45m of impairments on its older vessels.") == \
        [("Kestavik Shipping impairments", "$45m of impairments")]


def test_a_change_told_as_a_noun_is_signed():
    assert _results("Brannock Life reported a 9% rise in operating profit to 620 million pounds on Tuesday.") == \
        [("Brannock Life operating profit", "+9%")]
    assert _results("Ostrell Homes reported a 6% drop in quarterly net orders on Wednesday.") == \
        [("Ostrell Homes quarterly net orders", "-6%")]


def test_a_companys_measure_that_changed_to_a_level_is_told_in_its_words():
    got = _results("Pellmoor Re's loss ratio fell to 61% from 68% a year earlier.")
    assert got == [("Pellmoor Re loss ratio", "fell to 61% from 68%")]
    got = _results("Harrowgate Mutual's solvency ratio had dropped to 131% at the end of June.")
    assert got == [("Harrowgate Mutual solvency ratio", "dropped to 131%")]


def test_a_company_raising_or_cutting_its_measure_by_an_amount():
    assert _results("Tolland Foods raised average shelf prices by 4% in the quarter, it said.") == []   # a price:
    # the share-price rule's thing, not read here
    assert _results("Harrowgate Mutual raised average premiums by 9% during the year, it said on Monday.") == \
        [("Harrowgate Mutual average premiums", "+9%")]
    assert _results("Brannock Life strengthened its reserves by £60mn after a review of older claims.") == \
        [("Brannock Life reserves", "+£60mn")]
    assert _results("Pellmoor Re also added 35 million dollars to reserves for asbestos claims.") == \
        [("Pellmoor Re reserves", "+35 million dollars")]


def test_the_article_subject_stands_behind_its_and_the_insurer():
    text = ("Harrowgate Mutual, the Yorkshire home insurer, reported its results on Monday. "
            "Its combined ratio worsened to 102.5% from 95.1% a year earlier. "
            "The insurer also raised its dividend by 5%.")
    statements, _ = article_statements(article(text), frozenset())
    got = [(dict((n, v) for n, v, _ in r.fields)["instrument"], dict((n, v) for n, v, _ in r.fields)["move"])
           for r, _ in statements if r.type == "market_move"]
    assert got == [("Harrowgate Mutual combined ratio", "worsened to 102.5% from 95.1%"),
                   ("Harrowgate Mutual dividend", "+5%")]


def test_no_forecast_target_estimate_plan_or_others_figure():
    assert _results("Harrowgate Mutual cut its profit forecast by 20% on Monday.") == []
    assert _results("One analyst cut his earnings estimate for Pellmoor Re by 12%.") == []
    assert _results("Harrowgate Mutual will raise average premiums by 7% from April.") == []
    assert _results("Pellmoor Re expects to take a charge of about $90 million.") == []
    assert _results("Premiums across the market could fall by up to 6 per cent next year, Brannock Life said.") == []
    assert _results("Tolland Foods did not report a pre-tax profit of £88m, contrary to reports.") == []
    assert _results("Kestavik Shipping took a 20% stake in Orrin Ferries for $60 million.") == []
    assert _results("Claims from the floods fell 12% in the week, brokers said.") == []   # no owner: nobody's result


def test_a_numbered_syndicate_is_a_company_and_a_sum_is_none():
    text = ("Syndicate 2210 at Lloyd's of London was placed into run-off on Monday. "
            "The syndicate posted a combined ratio of 128% for the year, according to documents seen by brokers.")
    statements, _ = article_statements(article(text), frozenset())
    got = [dict((n, v) for n, v, _ in r.fields) for r, _ in statements if r.type == "market_move"]
    assert [(d["instrument"], d["move"]) for d in got] == [("Syndicate 2210 combined ratio", "combined ratio of 128%")]


def test_off_by_default_nothing_is_read(monkeypatch):
    monkeypatch.setattr(results, "READ_RESULTS", False)
    assert _results("Pellmoor Re posted a combined ratio of 97.4% for the year, according to its annual report.") == []
