"""The lead's ledger rules after eval-capital's one measurement (2026-12-07): each sentence written for the test.

eval-capital's false claim title "York rises 1%" came from an article whose first sentence had its company
"report" its results (read as an outlet's attribution, so no actor) and whose second began "The New York-based ...
firm" (read as "York", the article's first actor); its "Shares rose 1%" was then given to the city."""
from topline.events.extract import article_statements
from topline.events.spans import names
from tests.events.sentence_helpers import article


def _moves(text: str) -> list[str]:
    statements, _ = article_statements(article(text), frozenset())
    return [v for r, _ in statements if r.type == "market_move" for n, v, _ in r.fields if n == "instrument"]


def test_new_after_the_stays_in_the_name():
    assert [s.text for s in names("The New Orleans-based carrier added two routes.")] == ["New Orleans"]
    assert [s.text for s in names("The New Jersey State Board of Nursing said it would act.")] == \
        ["New Jersey State Board of Nursing"]
    # a capitalised "New" opening the sentence before a common noun names nothing, as before
    assert names("New rules took effect on Monday.") == []


def test_a_place_told_as_a_firms_home_is_not_the_article_s_actor():
    text = ("The Chicago-based brokerage Harwent Tull raised its dividend by 8% on Tuesday. "
            "Shares rose 2.4% in afternoon trading.")
    assert _moves(text) == ["Harwent Tull"]


def test_a_company_reporting_its_own_figures_acts_an_outlet_reporting_does_not():
    text = ("Ferrowyn Group reported a 9% rise in third-quarter revenue on Wednesday. "
            "The Boston-based group raised its forecast for the year. "
            "Shares climbed 3.1% in early trading.")
    # the shares' move is the company's; since the results convention (session 32, events36) its reported revenue
    # is a move of "<company> <measure>" beside it
    assert _moves(text) == ["Ferrowyn Group third-quarter revenue", "Ferrowyn Group"]
    # an outlet's attribution still names no actor: the move stays the company's the article names after it
    text = ("Calverly Mining will sell its copper unit, Bloomberg reported on Wednesday. "
            "Shares of Calverly Mining fell 4% in London.")
    assert _moves(text) == ["Calverly Mining"]


def test_a_lenders_borrowers_defaulting_are_no_incident_of_the_lender():
    from tests.events.sentence_helpers import sentence_fields
    s = ("Brackwell Card Services posted a higher quarterly profit as fewer borrowers defaulted on their loans, "
         "sending its shares up 3% in late trading.")
    assert sentence_fields(s, "incident") == []
    assert sentence_fields("Hollin Retail Group defaulted on a $210 million loan on Friday.", "incident")
