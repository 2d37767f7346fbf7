"""events34 (issue 12): how asset-management and listings news tells its acts. A manager closing a fund at an amount
raises that money (``events.fund_closes``), a fund's target is no amount raised, a listing postponed raised nothing;
the subject of a clause after an appositive is the name the appositive describes (``events.apposition``), also
behind a dateline or an opening adverbial; the British press's "4.2pc" is a percentage (``enrich.figures``).
Sentences written for these tests; the twins that must not give the event are beside them."""
from topline.enrich.figures import _scan
from tests.events.sentence_helpers import one_event, sentence_fields


def test_a_fund_closed_at_an_amount_is_its_managers_raise():
    got = one_event("Brantwick Partners has closed its sixth flagship buyout fund at its hard cap of $6.1bn, after "
                    "eleven months of marketing.", "funding")
    assert got["company"] == ["Brantwick Partners"] and got["amount"] == [6.1e9] and got["currency"] == ["USD"]
    got = one_event("Oskarvik Capital closed its second Nordic growth fund on SEK 9bn, the firm said.", "funding")
    assert got["company"] == ["Oskarvik Capital"] and got["amount"] == [9e9] and got["currency"] == ["SEK"]
    got = one_event("Tamsin Ridge said on Monday it had closed Tamsin Ridge Fund IV at its €2.2bn hard cap.", "funding")
    assert got["amount"] == [2.2e9] and got["currency"] == ["EUR"]


def test_a_fund_shut_or_a_close_to_come_is_no_raise():
    assert sentence_fields("Tollmere Partners closed its $2bn hedge fund after two years of losses.", "funding") == []
    assert sentence_fields("Brantwick Partners is expected to close its seventh fund at $7bn next year.",
                           "funding") == []
    assert sentence_fields("Brantwick Partners closed its fund to new investors last month.", "funding") == []


def test_a_funds_target_is_no_amount_raised():
    got = one_event("Selmont Capital has closed its second infrastructure fund on $3.4 billion, ahead of its $2.5 "
                    "billion target, one of the biggest raises of the year.", "funding")
    assert got["amount"] == [3.4e9]
    got = one_event("Selmont Capital raised $3.4 billion for its second infrastructure fund, against a target of "
                    "$2.5 billion.", "funding")
    assert got["amount"] == [3.4e9]


def test_a_listing_postponed_raised_nothing():
    assert sentence_fields("Orvane Lithium, a miner backed by Pellis Capital, has postponed its planned initial "
                           "public offering, which had been expected to raise about $600 million.", "funding") == []
    assert sentence_fields("Dunmore Salt pulled its London IPO on Tuesday, which was to raise £300 million.",
                           "funding") == []


def test_the_subject_after_an_appositive_is_the_name_it_describes():
    got = one_event("PARIS, May 4 (Reuters) - Orvane Lithium, a miner backed by Pellis Capital, has priced its "
                    "initial public offering at the top of its range, raising $600 million.", "funding")
    assert got["company"] == ["Orvane Lithium"]
    got = one_event("On Tuesday, Orvane Lithium, which is owned by Pellis Capital, said it had completed its purchase "
                    "of Dunmore Salt for $200 million.", "acquisition")
    assert got["acquirer"] == ["Orvane Lithium"] and got["target"] == ["Dunmore Salt"]
    # an appositive of the verb's object describes no subject
    got = one_event("Pellis Capital agreed to buy Orvane Lithium, a miner with sites in Chile and Peru, in a deal "
                    "valued at $900 million.", "acquisition")
    assert got["acquirer"] == ["Pellis Capital"] and got["target"] == ["Orvane Lithium"]
    # no appositive: the clause's own subject still acts
    got = one_event("On Tuesday, Pellis Capital said Orvane Lithium had completed its purchase of Dunmore Salt for "
                    "$200 million.", "acquisition")
    assert got["acquirer"] == ["Orvane Lithium"]


def test_a_percentage_written_pc_is_a_percentage_and_a_move():
    (f,) = _scan("Shares in Tarrow Holdings climbed 4.2pc on Tuesday.")
    assert (f.kind, f.value, f.unit) == ("percent", 4.2, "%")
    assert [(f.kind, f.value) for f in _scan("It sold 200 PCs and 5 pc units.")] == [("number", 200.0), ("number", 5.0)]
    got = one_event("Shares in Tarrow Holdings climbed 4.2pc on Tuesday.", "market_move")
    assert got["instrument"] == ["Tarrow Holdings"] and got["move"] == ["+4.2%"]


def test_money_flowing_into_or_out_of_funds_is_their_move_unsigned():
    got = one_event("Canadian gold exchange-traded funds recorded net outflows of C$420 million on Thursday, data "
                    "from an industry tracker showed.", "market_move")
    assert got["instrument"] == ["Canadian gold exchange-traded funds"]
    assert got["move"] == ["net outflows of C$420 million"]     # no sign: no price that rose or fell
    got = one_event("The Tarnby Gold Trust, the largest of the funds, had outflows of $95 million.", "market_move")
    assert got["instrument"] == ["Tarnby Gold Trust"] and got["move"] == ["outflows of $95 million"]
    got = one_event("Velmont Asset Management's bond funds gathered a record €7 billion of net inflows in May.",
                    "market_move")
    assert got["instrument"] == ["Velmont Asset Management's bond funds"]
    got = one_event("Velmont Asset Management will close two offices after suffering net outflows of 1.4 billion "
                    "euros in the first quarter.", "market_move")
    assert got["instrument"] == ["Velmont Asset Management"]
    # a flow of common words names no one; money taken in with no flow's word is no flow
    assert sentence_fields("The firm's equity funds suffered net outflows of about $2 billion.", "market_move") == []
    assert sentence_fields("Velmont Asset Management took in $30 million from the sale of its offices.",
                           "market_move") == []


def test_a_holding_marked_down_by_a_percentage_is_a_move_of_the_holders_stake():
    got = one_event("The Orlen Municipal Pension Fund has marked down its stake in Carrow Ports by 22%, its annual "
                    "report showed.", "market_move")
    assert got["instrument"] == ["Orlen Municipal Pension Fund's stake in Carrow Ports"] and got["move"] == ["-22%"]
    # a stake cut is shares sold, and a mark to a level is no move
    assert sentence_fields("Tarrow Holdings cut its stake in Belling Foods by 5% last week.", "market_move") == []
    assert sentence_fields("Solway Lending marked down its loan to Carrow Ports to 60 cents on the dollar.",
                           "market_move") == []


def test_a_spending_word_inside_a_name_or_before_a_money_managers_noun_is_no_build_out():
    assert sentence_fields("Pellis Capital said its planned $1.8 billion continuation fund would close on time, "
                           "despite the Financial Conduct Authority and the Securities Commission's review.",
                           "capex") == []
    assert sentence_fields("The merged investment team will manage about $40 billion of private assets.", "capex") == []
    assert sentence_fields("The regulator's $12 million fine is its largest against an investment adviser in five "
                           "years.", "capex") == []
    # the spending verb itself still reads, also where a body's "Commission" is the sentence's only other trigger
    got = one_event("Tessaly Power will invest $2 billion in a solar park in Andalusia.", "capex")
    assert got["company"] == ["Tessaly Power"] and got["amount"] == [2e9]
    got = one_event("Halwick Energy said it would spend about $900 million to restart the reactor, subject to approval "
                    "by the Nuclear Regulatory Commission.", "capex")
    assert got["company"] == ["Halwick Energy"] and got["amount"] == [9e8]
