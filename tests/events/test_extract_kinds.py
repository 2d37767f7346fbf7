"""The KIND of event (issue 12, eleventh pass): claims whose every field had a cited sentence were false because
the sentence told another kind of event. Each rule is tested on sentences written for it (none taken from a
corpus):

1. the status of a deal: talked about, explored, weighed, approached or ended is no agreed purchase; a bid is told
   as a bid, a plan as a plan, and an agreement a day after the talks as an agreement;
2. an amount booked as a provision, reserve build, impairment or write-down is neither capital spending nor a
   market's move;
3. a licence, charter or approval granted is a decision ("approves"), not "moves to regulate"; a rule postponed,
   a ban lifted, a probe dropped is no move to regulate, ban or investigate;
4. a public body's name read whole across "of the" ("Office of the Comptroller of the Currency")."""
import datetime as dt
import re

from topline.events.extract import names, sentence_events
from topline.events.kinds import accounting_amount, deal_status, no_deal
from topline.records import Event, EventField
from topline.write.offline.clause import clause

DAY = "2026-05-12"
URL = "https://x.example/1"


def _raws(sentence: str, kind: str):  # noqa: ANN202
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    return [r for r in sentence_events(sentence, DAY, common) if r.type == kind]


def _events(sentence: str, kind: str) -> list[dict]:
    return [{k: v for k, v, _ in r.fields} for r in _raws(sentence, kind)]


def _event(sentence: str, kind: str) -> Event:
    (raw,) = _raws(sentence, kind)
    return Event("s1", kind, tuple(EventField(k, v, t, URL, sentence, "X") for k, v, t in raw.fields), URL, sentence,
                 date=dt.date(2026, 5, 12))


# --- 1. the status of a deal ---------------------------------------------------------------------------------------

def test_a_deal_talked_about_explored_or_ended_is_no_purchase():
    for s in ("Harrowgate Bank is in advanced discussions to acquire Pindle Pay, the card processor, people "
              "familiar with the matter said.",
              "Merrow Capital is exploring a takeover of Foss Lending, a regional lender, according to two people.",
              "Tilbury Group is weighing an offer for Quenby Insurance, a person close to the company said.",
              "Regulators blocked Carrow Bank's acquisition of Hemsby Finance on Monday."):
        assert not _events(s, "acquisition"), s
        assert no_deal(s)
    # the terms being negotiated (a stake, a price) are still a deal the ledger keeps, though not an agreed one
    s = "Orland Trading is negotiating to acquire 15% of Bexley Terminals for about 40 billion yen, Nikkei reported."
    assert not no_deal(s) and deal_status(s) == "unagreed"
    assert _events("Harrowgate Bank has agreed to buy Pindle Pay for $2.4 billion in cash, the companies said.",
                   "acquisition")


def test_a_title_tells_the_deal_as_its_statement_does():
    agreed = "Harrowgate Bank has agreed to buy Pindle Pay for $2.4 billion in cash, the companies said."
    assert clause(_event(agreed, "acquisition"), agreed) == "Harrowgate Bank agrees to buy Pindle Pay"
    bid = "Harrowgate Bank made a hostile offer of $2.4 billion for Pindle Pay on Tuesday."
    assert deal_status(bid) == "offered"
    for s in ("Orland Trading is negotiating to acquire Bexley Terminals for about 40 billion yen, Nikkei reported.",):
        e = _event(s, "acquisition")
        assert "agrees" not in clause(e, s)
    # an agreement told a day after the talks: the values stand with the talks' statement, the title with the
    # agreement printed
    talks = "Orland Trading is negotiating to acquire Bexley Terminals for about 40 billion yen, Nikkei reported."
    e = _event(talks, "acquisition")
    agreed = "Orland Trading agreed on Thursday to buy Bexley Terminals for 41 billion yen."
    e2 = Event(e.story_id, e.type, e.fields + (EventField("price", 41e9, "41 billion yen", URL, agreed, "Y"),),
               e.url, e.sentence, date=e.date)
    assert clause(e2, talks) == ""
    assert clause(e2, agreed) == "Orland Trading agrees to buy Bexley Terminals"


# --- 2. accounting charges --------------------------------------------------------------------------------------

def test_a_provision_or_write_down_is_no_capital_spending_and_no_share_move():
    # Since the lead's results convention (session 32, events36: a company's results are market moves of "<company>
    # <measure>"), a charge the company books may be read as its result, with the measure named; never as capital
    # spending, and never as a move of the company's shares (an instrument that is the bare company name).
    for s in ("Pellow Bancorp added $450 million to its allowance for loan losses in the third quarter.",
              "Dunmore Energy will take a 320 million euro impairment on its offshore wind unit, the company said.",
              "Brackley Financial set aside $210 million in provisions for bad loans.",
              "Kestrel Steel recorded a $90 million restructuring charge after closing its Sheffield mill."):
        assert not _events(s, "capex"), s
        company = " ".join(s.split()[:2])
        for m in _events(s, "market_move"):
            assert m.get("measure") and m["instrument"] == f"{company} {m['measure']}", (s, m)
    s = "Pellow Bancorp added $450 million to its allowance for loan losses in the third quarter."
    at = s.index("$450")
    assert accounting_amount(s, at, at + len("$450 million"))
    # spending on a plant is still capital spending
    assert _events("Dunmore Energy will invest $320 million to build a battery plant in Ohio.", "capex")


# --- 3. a grant, a postponement -------------------------------------------------------------------------------

def test_a_licence_or_approval_granted_is_a_decision_not_regulation():
    s = "The Office of the Comptroller of the Currency on Monday granted preliminary approval for Velmont Custody " \
        "to open a national trust bank."
    (got,) = _events(s, "state_action")
    assert got["action"] == "other" and got["body"] == "Office of the Comptroller of the Currency"
    assert got["target"] == "Velmont Custody"
    assert clause(_event(s, "state_action"), s) == "Office of the Comptroller of the Currency approves Velmont Custody"


def test_a_rule_postponed_or_a_ban_lifted_is_no_move_to_regulate_or_ban():
    for s in ("The European Commission on Tuesday postponed by a year the new capital rules for insurers.",
              "The Ministry of Trade lifted its ban on scrap exports to Pellavia on Friday."):
        for e in (_event(s, "state_action"),):
            c = clause(e, s)
            assert "moves to" not in c and "regulate" not in c, (s, c)
    # the act itself is told as its statement's main clause (signals25: "moves to regulate" wants its object)
    s = "The European Commission on Tuesday adopted new capital rules for insurers."
    assert clause(_event(s, "state_action"), s) == "European Commission adopts new capital rules for insurers"


# --- 4. a public body's whole name ------------------------------------------------------------------------------

def test_a_public_bodys_name_is_read_whole_across_of_the():
    assert [x.text for x in names("The Office of the Comptroller of the Currency fined Corbel Trust on Monday.")][0] \
        == "Office of the Comptroller of the Currency"
    assert [x.text for x in names("The Court of Justice of the European Union ruled against Velt.")][0] == \
        "Court of Justice of the European Union"
    assert [x.text for x in names("The Federal Reserve Bank of Chicago said rates would hold.")][0] == \
        "Federal Reserve Bank of Chicago"
    # a company after "of the" is no part of a common noun before it
    assert [x.text for x in names("Sales of the Pellow Group rose 4% in May.")] == ["Sales", "Pellow Group"]


# --- recall: yields and currencies (eleventh pass, step 3) --------------------------------------------------------

def _moves(sentence: str) -> list[tuple[str, str]]:
    return [(e["instrument"], e["move"]) for e in _events(sentence, "market_move")]


def test_a_yield_moves_in_basis_points_and_is_named_in_common_words():
    assert _moves("The five-year Bund yield climbed 6 basis points to 2.84% on Friday.") == \
        [("five-year Bund yield", "+6bp")]
    assert _moves("The yield on the 30-year Treasury bond dropped 12 basis points after the auction.") == \
        [("30-year Treasury yield", "-12bp")]
    assert _moves("The three-year Pellavia yield slipped four basis points to 1.9 per cent.") == \
        [("three-year Pellavia yield", "-4bp")]


def test_a_currency_weakens_or_strengthens():
    assert _moves("The Norwegian krone weakened 0.8% to 11.42 per euro.") == [("Norwegian krone", "-0.8%")]
    assert _moves("The peso strengthened 1.1 per cent against the dollar in late trade.") == [("peso", "+1.1%")]
    # a name before the verb is still what moved; a rate cut is no market's move
    assert _moves("Shares of Corbel Trust weakened 2% on Tuesday.") == [("Corbel Trust", "-2%")]
    assert not _moves("The central bank cut its policy rate by 25 basis points to 3.5%.")


def test_a_move_told_in_money_then_percent_is_the_percent():
    assert _moves("Shares of Pellow Foods fell $1.20, or 4.1%, to $28.10.") == [("Pellow Foods", "-4.1%")]
    assert _moves("Shares of Corbel Trust rose $2 (+3.5%) in early trade.") == [("Corbel Trust", "+3.5%")]
    assert _moves("Shares of Corbel Trust rose $2 in early trade.") == [("Corbel Trust", "+$2")]


def test_a_delay_the_act_is_about_does_not_undo_it():
    s = "The European Commission fined Corvo Labs 40 million euros on Tuesday for agreeing to delay a rival's launch."
    assert clause(_event(s, "state_action"), s) == "European Commission fines Corvo Labs"


# 5. an incident ruled out or denied is none (eval-tmt, read by the lead after its fresh run: "had ruled out a
#    cyberattack" had become "X suffers a cyberattack"); one that happened, beside a denial of another, stays
def test_an_incident_ruled_out_or_denied_is_no_incident():
    for s in ("Vantel chief executive Mara Quill said on Tuesday that the carrier had ruled out a cyberattack.",
              "Vantel said there was no sign of a fire at the Leeds depot.",
              "Arkline denied that a data breach had taken place at its Ohio centre.",
              "Vantel said the network fault was not caused by a cyberattack."):
        assert _events(s, "incident") == [], s
    for s in ("Vantel suffered a cyberattack on Tuesday, its second this year.",
              "Customers were locked out after a cyberattack on Vantel on Tuesday.",
              "Vantel found no evidence of a breach after the outage on Monday."):
        got = _events(s, "incident")
        assert got and got[0]["organisation"] == "Vantel", s
    assert _events("Vantel found no evidence of a breach after the outage on Monday.", "incident")[0]["kind"] == \
        "outage"


# 6. a nation's adjective opening a body's name joined by "and" ("Australian Communications and Media Authority";
#    the name had been cut to "Media Authority"); two companies joined by "and" stay two
def test_a_bodys_name_with_a_nations_adjective_is_read_across_and():
    got = [x.text for x in names("The Australian Communications and Media Authority opened an inquiry into Corvane.")]
    assert got == ["Australian Communications and Media Authority", "Corvane"]
    assert [x.text for x in names("British Telecom and Orange Business signed a fibre deal on Monday.")] == \
        ["British Telecom", "Orange Business"]


# 7. an intraday high or low ("rose as much as 6.6%") is told as the source tells it (eval-tmt: "Tunely rises
#    6.6%" where its shares "rose as much as 6.6%" in the day's trading); a close stays a plain move
def test_an_intraday_peak_is_told_as_a_peak():
    s = "Harlow Audio shares rose as much as 7.2% in New York trading on Tuesday."
    assert clause(_event(s, "market_move"), s) == "Harlow Audio rises as much as 7.2%"
    s = "Harlow Audio shares closed 3.1% higher in New York on Tuesday."
    assert clause(_event(s, "market_move"), s) == "Harlow Audio rises 3.1%"


def test_a_deal_named_by_its_noun_has_the_price_written_before_it():
    # twelfth pass (events13): "X's $N purchase of Y", "the €N merger of A and B" (sentences written for this test)
    got = _events("The regulator is expected to approve Harlan Media's $3.4 billion purchase of Dorset Radio Group "
                  "at its meeting on Friday.", "acquisition")
    assert got and got[0]["acquirer"] == "Harlan Media" and got[0]["target"] == "Dorset Radio Group"
    assert got[0]["price"] == 3.4e9 and got[0]["currency"] == "USD"
    got = _events("Ostara Foods completed its $900 million cash acquisition of Pellworth Dairy on Monday.",
                  "acquisition")
    assert got and got[0]["price"] == 9e8 and got[0]["target"] == "Pellworth Dairy"
    # an amount that is not the deal's (revenue, a fine) before another noun is no price
    got = _events("Brant Corp, which posted $2 billion in sales, agreed to buy Loma Labs.", "acquisition")
    assert got and "price" not in got[0]


def test_the_merger_of_two_named_parties_names_both():
    got = _events("Brussels cleared on Tuesday the €8.2 billion merger of Hollin Telecom and Vesta Mobile, the "
                  "second such deal this year.", "acquisition")
    assert got and got[0]["acquirer"] == "Hollin Telecom" and got[0]["target"] == "Vesta Mobile", got
    assert got[0]["price"] == 8.2e9 and got[0]["currency"] == "EUR"
    got = _events("The merger of Dray Bank and the Loam Building Society is expected to close in May.", "acquisition")
    assert got and got[0]["acquirer"] == "Dray Bank" and got[0]["target"] == "Loam Building Society", got
    # a merger of equals named by no party is no acquisition with a party read from elsewhere in the sentence
    assert not any(e.get("acquirer") == "Brussels" for e in
                   _events("Brussels cleared the merger of the two lenders on Friday.", "acquisition"))


def test_a_sale_told_from_the_sellers_side_names_the_buyer_and_the_unit():
    got = _events("Hestia Group agreed to sell 40 percent of its insurance unit Palmer Life to the investor Orrin "
                  "Capital for $1.2 billion, it said on Monday.", "acquisition")
    assert got and got[0]["acquirer"] == "Orrin Capital" and got[0]["target"] == "Palmer Life", got
    assert got[0]["price"] == 1.2e9 and got[0]["currency"] == "USD"
    # goods sold are no company bought; a sale recalled in a relative clause is background
    assert not _events("Norland Chips sold 20,000 processors to Quell Cloud for $2 billion.", "acquisition")
    assert not _events("Hestia Group, which sold its insurance unit Palmer Life to Orrin Capital for $1.2 billion, "
                       "said profit rose.", "acquisition")
