"""events37 (issue 12): results a company has ("had revenue of", "made a net profit of", "with turnover of", a relative
clause on the company) and bare or copula measures ("Net profit fell 12%", "Operating income was $3.45 billion") are
market moves of "<company> <measure>"; a capitalised measure opening a sentence is no instrument of its own; a fine
told as "a fine on" and a body called a watchdog or a supervisor act as public bodies. Sentences written for these
tests; the twins that must not give the event are beside them."""
import pytest

from topline.check import parse
from topline.events import bond_sales
from topline.events.extract import article_statements
from tests.events.sentence_helpers import article, one_event, sentence_fields

needs_parse = pytest.mark.skipif(not parse.available(), reason="the dependency parse (extra [parse]) is not installed")


def _moves(sentence: str) -> list[tuple[str, str]]:
    return [(d["instrument"][0], d["move"][0]) for d in sentence_fields(sentence, "market_move")]


def _article_moves(text: str) -> list[tuple[str, str]]:
    statements, _ = article_statements(article(text), frozenset())
    out = []
    for r, _ in statements:
        if r.type == "market_move":
            d = {n: v for n, v, _ in r.fields}
            out.append((d["instrument"], d["move"]))
    return out


LEAD = "Brakemoor Tools agreed on Tuesday to buy a German rival for 640 million euros. "


@needs_parse
def test_what_a_company_had_made_or_generated():
    assert _moves("Ostrava Mills, which employs 900 people, generated sales of €310m in 2026.") == \
        [("Ostrava Mills sales", "€310m")]
    assert _moves("Fenmark made a net profit of 95 million euros last year, mostly from fees.") == \
        [("Fenmark net profit", "95 million euros")]
    assert _moves("Pellham is one of Europe's largest bakers, with turnover of about £220m.") == \
        [("Pellham turnover", "£220m")]
    # the twins: what it has that is no result, what it plans, and a unit's sales (not the company's)
    assert _moves("Ostrava Mills has 900 employees and three plants.") == []
    assert _moves("Fenmark expects to make a net profit of 120 million euros next year.") == []
    assert _moves("Fenmark did not have revenue of 95 million euros last year, a spokesman said.") == []


@needs_parse
def test_it_the_company_and_a_relative_clause_stand_for_the_articles_company():
    assert _article_moves(LEAD + "It had revenue of 2.1 billion euros last year.") == \
        [("Brakemoor Tools revenue", "2.1 billion euros")]
    assert _article_moves(LEAD + "The company, which reported revenue of €2.1 billion last year, did not comment.") \
        == [("Brakemoor Tools revenue", "€2.1 billion")]
    # a part of the company is told as the part
    assert _article_moves(LEAD + "The unit had sales of about 400 million euros last year.") == \
        [("Brakemoor Tools unit sales", "400 million euros")]


@needs_parse
def test_a_bare_measure_is_the_articles_company_result():
    assert _article_moves(LEAD + "Net profit fell 12% to 310 million euros in 2026.") == \
        [("Brakemoor Tools net profit", "-12%")]
    assert _article_moves(LEAD + "Quarterly revenue was $1.2 billion, slightly below estimates.") == \
        [("Brakemoor Tools quarterly revenue", "was $1.2 billion")]
    assert _article_moves(LEAD + "Adjusted earnings were 64 cents a share, short of the 70-cent estimate.") == \
        [("Brakemoor Tools adjusted earnings", "were 64 cents a share")]
    assert _article_moves(LEAD + "Net profit came to 2.1 trillion won.") == \
        [("Brakemoor Tools net profit", "came to 2.1 trillion won")]


@needs_parse
def test_a_bare_measure_that_is_no_company_result_is_none():
    for twin in ("Revenue is expected to rise 5% next year.",           # a forecast
                 "Analysts expect net profit of $2 billion.",           # an expectation
                 "Retail sales rose 0.5% in May.",                      # a market's
                 "Sales of new homes rose 3% in June.",                 # a market's
                 "Net profit did not rise in 2026.",                    # negated
                 "Investors saw projections showing revenue rising to about $7bn next year."):   # a projection
        assert [m for m in _article_moves(LEAD + twin) if "Brakemoor" in m[0] and "640" not in m[1]] == [], twin


@needs_parse
def test_a_measure_per_unit_is_told_whole():
    assert _article_moves(LEAD + "Profit per equity partner was about £1.6 million last year.") == \
        [("Brakemoor Tools profit per equity partner", "was about £1.6 million")]
    assert _article_moves(LEAD + "Ostrava Mills employs 900 people and generated revenue of €310m last year.") == \
        [("Ostrava Mills revenue", "€310m")]


@needs_parse
def test_a_bare_measure_after_another_company_is_named_is_not_the_articles():
    text = LEAD + "Rival Calverton Group said its orders were weak. Net profit fell 12% to 310 million euros."
    assert ("Brakemoor Tools net profit", "-12%") not in _article_moves(text)


@needs_parse
def test_a_capitalised_measure_is_no_instrument_of_its_own():
    got = _article_moves(LEAD + "Revenue rose 4% to $880 million.")
    assert ("Brakemoor Tools revenue", "+4%") in got and not any(i == "Revenue" for i, _ in got)
    # elsewhere in the sentence the share rule's instrument stands: a currency's move is no company's result
    assert ("peso", "-1.8%") in _moves("Colombia's peso fell 1.8% to 4,412 per dollar on Tuesday.")


def test_a_fine_on_a_firm_and_a_supervisory_service_acting():
    e = one_event("The Financial Supervisory Service imposed a 3.6 billion won fine on Harlaxby Exchange on Monday.",
                  "state_action")
    assert e["body"] == ["Financial Supervisory Service"] and e["action"] == ["fine"] and \
        e["target"] == ["Harlaxby Exchange"]
    # the twin: a fine word that is no penalty
    assert sentence_fields("The watchdog said the outcome was fine on balance.", "state_action") == []


def test_a_new_site_told_by_its_capacity_is_a_build_out():
    e = one_event("Orrick Minerals opened a new lithium refinery near Kalgoorlie on Tuesday with a capacity of 25,000 "
                  "tonnes a year.", "capex")
    assert e["company"] == ["Orrick Minerals"] and e["capacity"] == ["25,000 tonnes"] and e["place"] == ["Kalgoorlie"]
    e = one_event("Brenmoor Steel has announced plans for a wire-rod mill in Tarrant County, Texas, with annual capacity "
                  "of 450,000 metric tonnes, the company said.", "capex")
    assert e["company"] == ["Brenmoor Steel"] and e["capacity"] == ["450,000 tonnes"]
    e = one_event("Solvik Energy started its new battery plant at Skelby on Monday, with annual capacity of 12 GWh.",
                  "capex")
    assert e["company"] == ["Solvik Energy"] and e["capacity"] == ["12 GWh"]


def test_a_capacity_that_is_no_new_build_out_is_none():
    for twin in ("Halden Steel will close its mill in Ohio, which has a capacity of 1.2 million tonnes.",   # closed
                 "Bronte Paper could build a new mill with annual capacity of 400,000 tonnes, analysts said.",  # supposed
                 "The country has a capacity of 40 GW of solar power.",                            # no site, no firm
                 "Harlow Pulp agreed to sell its new pulp line, with annual capacity of 1.1 million tonnes, to a rival."):
        assert sentence_fields(twin, "capex") == [], twin


def test_bonds_sold_by_their_issuer_are_its_funding(monkeypatch):
    monkeypatch.setattr(bond_sales, "READ_BONDS", True)
    e = one_event("Veltmoor Power priced a 1.5 billion euro green bond on Thursday, drawing orders of more than 5 billion "
                  "euros.", "funding")
    assert e["company"] == ["Veltmoor Power"] and e["amount"] == [1.5e9] and e["currency"] == ["EUR"] and \
        e["stage"] == ["green bond"]
    e = one_event("Kenya sold $1.5 billion of 10-year bonds on Monday at a yield of 9.2%.", "funding")
    assert e["company"] == ["Kenya"] and e["amount"] == [1.5e9]


def test_bonds_an_investor_sells_or_a_plan_are_no_funding(monkeypatch):
    monkeypatch.setattr(bond_sales, "READ_BONDS", True)
    for twin in ("Investors sold $4 billion of Treasury bonds on Monday.",
                 "Halvard Group plans to sell $1 billion of bonds next week.",
                 "The pension fund sold its holdings of $300 million of corporate bonds."):
        assert sentence_fields(twin, "funding") == [], twin


def test_bonds_are_not_read_by_default():
    assert sentence_fields("Veltmoor Power priced a 1.5 billion euro green bond on Thursday.", "funding") == []
