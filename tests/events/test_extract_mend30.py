"""mend30 (issue 12): the lead's word lists of eval-capital's fix read generally (an attribution's verb has no object
of its own; who defaults is the verb's subject), and a fund's incidents in the finance press's words (redemptions or
withdrawals gated, a fund closing; ``events/fund_stress.py``). Sentences written for these tests."""
from topline.events.extract import article_statements
from tests.events.sentence_helpers import article, sentence_fields


def _moves(text: str) -> list[str]:
    statements, _ = article_statements(article(text), frozenset())
    return [v for r, _ in statements if r.type == "market_move" for n, v, _ in r.fields if n == "instrument"]


def _incidents(text: str) -> list[dict]:
    statements, _ = article_statements(article(text), frozenset())
    return [{n: v for n, v, _ in r.fields} for r, _ in statements if r.type == "incident"]


def test_a_company_reporting_with_an_object_acts_an_attribution_has_none():
    # "reported strong demand": an object of the company's own (no word of the lead's list of results nouns)
    text = ("Brenholt Foods reported strong demand for its frozen meals on Tuesday. "
            "Shares rose 4.1% in early trading.")
    assert _moves(text) == ["Brenholt Foods"]
    # a hyphenated modifier opening the object is no time word ("first-quarter" is not "first")
    text = ("Tarnell Mining reported first-quarter copper output of 41,000 tonnes on Thursday. "
            "Shares rose 3% in Sydney.")
    assert _moves(text) == ["Tarnell Mining"]
    # an outlet's verb with no object of its own, or with the story's definite one, stays an attribution
    for said in ("the Financial Times reported on Tuesday", "the Financial Times reported the talks"):
        text = f"Calverly Mining is in talks to sell its copper unit, {said}. Shares of Calverly Mining fell 4% in London."
        assert _moves(text) == ["Calverly Mining"], said


def test_a_class_of_borrowers_defaulting_is_no_organisations_incident():
    # a plural common noun as the subject of "defaulted" or "missed", whatever the noun
    for s in ("Halbrook Bank's profit fell 12% as more small businesses defaulted on their loans.",
              "Rendle Homes said rent arrears rose as some renters missed their monthly payments."):
        assert sentence_fields(s, "incident") == [], s
    # a name, or a singular noun standing for the company, defaults as before
    got = sentence_fields("Morrigan Estates has defaulted on a $180 million loan on its Leeds towers.", "incident")
    assert got and got[0]["organisation"] == ["Morrigan Estates"] and got[0]["kind"] == ["default"]


def test_redemptions_or_withdrawals_gated():
    got = sentence_fields("Carrowfield Capital has gated redemptions from its credit fund, limiting withdrawals to 5% "
                          "of its assets a quarter.", "incident")
    assert got == [{"organisation": ["Carrowfield Capital"], "kind": ["redemptions gated"]}]
    # the gate's subject told by its common noun stands for the article's fund manager
    got = _incidents("Carrowfield Capital told clients its credit fund lost 8% in February. Clients asked to withdraw "
                     "$900 million from the credit fund before the fund manager limited redemptions.")
    assert {"organisation": "Carrowfield Capital", "kind": "redemptions gated"} in got
    got = sentence_fields("Pardell Exchange has restricted withdrawals to $10,000 a day per customer.", "incident")
    assert got == [{"organisation": ["Pardell Exchange"], "kind": ["withdrawals gated"]}]


def test_no_gate_when_avoided_or_a_public_bodys_rule():
    for s in ("Dunmere Labs met $400 million of redemptions in two days without halting withdrawals.",
              "The central bank of Norvia limited dollar withdrawals to $500 a week on Friday.",
              "Banks will limit dollar withdrawals to $1,000 a month per customer, the ministry said."):
        assert sentence_fields(s, "incident") == [], s


def test_a_fund_closing_is_its_incident_a_fund_close_is_not():
    got = sentence_fields("Edwin Marr is closing Skellbrook Macro, the hedge fund he founded in 2009, and will return "
                          "about $2.1 billion to investors.", "incident")
    assert got == [{"organisation": ["Skellbrook Macro"], "kind": ["hedge fund closure"]}]
    # the fund as the subject; the cause's own time ("last year") does not make the closure a recalled one
    got = _incidents("Skellbrook Macro, the Geneva-based hedge fund, will shut down after losing 11% last year.")
    assert got == [{"organisation": "Skellbrook Macro", "kind": "hedge fund closure"}]
    # raising a fund to its final size is money raised, never a closure
    assert sentence_fields("Harrowgate Partners has closed its fourth buyout fund at $3.1 billion, above its target.",
                           "incident") == []
