"""Build the seventeenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval17-articles.jsonl and eval17-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the session's changes, by the lead).

    python benchmarks/make_support_eval17.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads, in shapes the earlier parts used less
(zb01-zb10): a bond issue's coupon, tenors, order book and spread against its first guidance, a chipmaker's yield and
wafer starts, a fund manager's inflows and outflows over a quarter (by month and by kind of fund), a container
freight index week on week on three routes, a broadcaster's audience share by age group against a rival, a board
fight with two proxy advisers' recommendations, a share buyback paused to pay for a purchase (cash and debt), a
tractor plant's utilisation rate and a shift cut (lay-offs and transfers), an airline's load factor and yield, and a
competition regulator's remedy package with the divested stores, their buyers and a fuel business named. Several
sentences refer back to an actor by description ("the chipmaker", "the Oklahoma group", "the Ohio-based group", "the
activist", "its rival") or by pronoun. Seven are on topics no earlier part uses (zo01-zo07; the earlier articles and
the demo corpus were searched for the topic words): a pancake race, a sheep-shearing contest, a bog snorkelling
championship, a model railway exhibition, a charity rubber duck race, a chilli-eating contest and a hedge-laying
match.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said", voice changed, clauses reordered, a speaker named by role in one place and by name in another,
an actor named by description, synonyms and other verbs for the same act, figures restated, and analysis sentences
(``kind`` "analysis") that only combine or compute from what one passage of the cited article says (differences,
totals, a month's figure from a quarter's and two months', shares, rates per hour or minute, a figure left after cuts
and transfers). Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by
reading. Unsupported sentences (origin "planted"): every error kind, with shapes beside the earlier parts' (the long
bond's coupon or tenor given to the other; an order book's cover multiple given as its size; a spread's final and
first guidance swapped; an older line's yield given to the newer; wafer starts "doubled" for a rise by half; the month
of peak withdrawals moved; bond inflows and ETF inflows made outflows; a rival's net inflows given to the manager; one
route's rate given to another; the index's compiler and the carrier that cancels sailings swapped; an age group's
share given the over-65s' figure; a rival's lead among 35- to 54-year-olds given to the broadcaster; the two proxy
advisers' recommendations swapped; the fund's and the company's parts in a rejected offer swapped; pension funds put
on the activist's side; the cash and debt parts of a price swapped; buyer and bought swapped; lay-offs and transfers
swapped; the plant manager's words given to the union; the divested stores' owners swapped and the two buyers
swapped; a course's direction reversed; an analysis sentence whose computation is wrong (kind "analysis"); page
furniture no earlier part used). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in
SMOLLM2 below, labelled by reading; their raw answers are in eval17-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation17"; ids "b0001"... (the earlier
parts' sentence ids use s, k, m, v, w, x, y, z, u, r, o, h, g, e, d, c, i and f, so "g" was taken; every letter left
is the first letter of some earlier part's article ids, which are a letter and two digits or two letters and two
digits, so "b" and four digits meets none of them). Article ids zb01-zb10 and zo01-zo07 (no earlier part's article
ids start with "z").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, fresh_part, write_part  # noqa: E402

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl", "eval5-sentences.jsonl",
           "eval6-sentences.jsonl", "eval7-sentences.jsonl", "eval8-sentences.jsonl", "eval9-sentences.jsonl",
           "eval10-sentences.jsonl", "eval11-sentences.jsonl", "eval12-sentences.jsonl", "eval13-sentences.jsonl",
           "eval14-sentences.jsonl", "eval15-sentences.jsonl", "eval16-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohgedcif"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko, sb, so, mb, mo, vb, vo, wb, wo, xb,
# xo, yb, yo; this part's: zb, zo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "zb01": [
        ("Carbridge Energy raised 1.5 billion dollars on Tuesday from 10-year bonds carrying a 5.25% coupon.", S),
        ("Investors put in orders of as much as 6.9 billion dollars for the Tulsa utility's bonds.", S),
        ("Because demand was strong, Carbridge increased the sale from the 1 billion dollars it had planned.", S),
        ("The notes were priced 1.18 percentage points over Treasuries, inside the 1.35 points first floated.", S),
        ("The utility also sold 30-year bonds worth 500 million dollars, paying 5.9%.", S),
        ("The Oklahoma group said the proceeds would refinance notes maturing in March and pay for grid upgrades.",
         S),
        ("According to finance chief Dana Whitlock, roughly 240 investors put in orders, a third of them based in "
         "Europe.", S),
        ("When Carbridge last sold bonds, in 2023, it paid 4.6% on seven-year notes.", S),
        ("Carbridge raised 2 billion dollars in all from its 10-year and 30-year bonds.", S, (), AN),
        ("The coupon on the new 10-year bonds is 0.65 percentage points above the one Carbridge paid in 2023.", S,
         (), AN),
        ("The final spread ended up 0.17 percentage points tighter than the first guidance.", S, (), AN),
        ("Carbridge Energy sold 1.5 billion dollars of 10-year bonds with a coupon of 5.9%.", FIG),
        ("Orders for Carbridge's bonds peaked at 4.6 billion dollars.", FIG),
        ("Weak demand forced Carbridge to shrink the deal from the 1 billion dollars it had planned.", DIR),
        ("The utility had to price the notes wider than it first indicated, at 1.35 points over Treasuries.", DIR),
        ("Carbridge also sold 500 million dollars of seven-year bonds at 5.9%.", FIG),
        ("Dana Whitlock said about two thirds of the 240 investors were in Europe.", FIG),
        ("Tessaron Semiconductor sold 1.5 billion dollars of 10-year bonds with a 5.25% coupon on Tuesday.", ACT),
        ("Carbridge will use the money from the bonds to buy a wind farm in Texas.", CLAIM),
        ("Carbridge borrowed more than planned because a summer heatwave had driven up its fuel bills.", CAUSE),
        ("The size of the order book shows investors treat utilities as a safe haven as the economy slows.", GEN),
        ("The order book covered the enlarged 10-year deal roughly three times over.", FIG, (), AN),
        ("Carbridge's bond sale drew orders from investors who had also bought shares in Tessaron the same week.",
         MERGE, ("zb02",)),
    ],
    "zb02": [
        ("Tessaron Semiconductor says 72% of chips from its 3-nanometre line at Hsinan now pass final testing.", S),
        ("Back in April, only 55% of the line's chips passed final testing.", S),
        ("The chipmaker credited the improvement to etching tools it replaced during the summer.", S),
        ("Tessaron plans to increase wafer starts on the 3-nanometre line from 30,000 to 45,000 a month by June.",
         S),
        ("Its older 5-nanometre line has a yield of 88%, chief operating officer Lin Mei-hua said.", S),
        ("Tessaron forecast revenue of 4.1 billion dollars for this quarter, up from 3.6 billion a year before.", S),
        ("Corvex, a rival that uses a similar process, has put its own yields at more than 60%.", S),
        ("The Taiwanese chipmaker stuck to its 9 billion dollar equipment budget for the year.", S),
        ("Tessaron's shares gained 5.2% in Taipei after the news.", S),
        ("The 3-nanometre yield has risen 17 percentage points since April.", S, (), AN),
        ("Monthly wafer starts on the line are due to rise by half.", S, (), AN),
        ("Tessaron's 3-nanometre yield has now reached 88%.", FIG),
        ("Yields on Tessaron's 3-nanometre line fell to 55% from 72% in April.", DIR),
        ("Tessaron will cut wafer starts on the line to 30,000 a month by June.", DIR),
        ("The chipmaker expects revenue of 3.6 billion dollars this quarter.", FIG),
        ("Corvex has said its yields are above 80%.", FIG),
        ("Corvex replaced a batch of etching tools in the summer, which lifted its yields.", ACT),
        ("Tessaron raised its equipment budget for the year to 9 billion dollars.", DIR),
        ("Shares in the chipmaker dropped 5.2% in Taipei.", DIR),
        ("The gain in yields came after Tessaron hired a team of engineers from Corvex.", CAUSE),
        ("Tessaron will build a second 3-nanometre fab in Japan.", CLAIM),
        ("Tessaron's progress suggests Taiwan's lead in advanced chipmaking is widening.", GEN),
        ("Wafer starts on the 3-nanometre line will double by June.", FIG, (), AN),
        ("Tessaron's shares rose after Halbrook Asset Management put 9.8 billion dollars into the chipmaker's "
         "bonds.", MERGE, ("zb03",)),
    ],
    "zb03": [
        ("Halbrook Asset Management's equity funds lost 14.2 billion dollars to withdrawals in the third quarter.", S),
        ("Its bond funds took in 9.8 billion dollars over the same three months.", S),
        ("Net, clients took 4.4 billion dollars out of the Boston-based manager in the quarter.", S),
        ("Despite the outflows, Halbrook's assets grew to 612 billion dollars at the end of September from 598 "
         "billion at the end of June.", S),
        ("Rising markets lifted the value of the money clients kept with Halbrook, more than making up for the "
         "withdrawals.", S),
        ("Withdrawals from the stock funds peaked at 6.1 billion dollars in July and slowed to 3.3 billion dollars "
         "in September.", S),
        ("A record 2.7 billion dollars of the bond money went into Halbrook's exchange-traded funds.", S),
        ("Halbrook's fee income dropped 3% to 1.02 billion dollars as clients shifted to cheaper index products.", S),
        ("The manager will close or merge 11 of its 140 mutual funds next year, chief executive Miriam Okafor said.",
         S),
        ("Stanmore Investors, a rival, took in a net 1.9 billion dollars in the quarter.", S),
        ("Clients pulled 4.8 billion dollars from Halbrook's equity funds in August.", S, (), AN),
        ("Halbrook's assets rose by 14 billion dollars over the quarter.", S, (), AN),
        ("Halbrook's bond funds lost 9.8 billion dollars in the third quarter.", DIR),
        ("Net inflows at Halbrook came to 4.4 billion dollars in the quarter.", DIR),
        ("Halbrook's assets fell to 598 billion dollars from 612 billion over the quarter.", DIR),
        ("Equity withdrawals at Halbrook were heaviest in September, at 6.1 billion dollars.", FIG),
        ("Halbrook's exchange-traded funds suffered record outflows of 2.7 billion dollars.", DIR),
        ("Halbrook's fee income rose 3% to 1.02 billion dollars.", DIR),
        ("Halbrook reported net inflows of 1.9 billion dollars for the quarter.", ACT),
        ("Stanmore Investors will close or merge 11 of its mutual funds next year.", ACT),
        ("Miriam Okafor said Halbrook would close or merge 40 of its 140 mutual funds.", FIG),
        ("The withdrawals began after Halbrook's best-known equity manager left the firm in June.", CAUSE),
        ("Halbrook plans to cut 300 jobs next year.", CLAIM),
        ("Halbrook's quarter shows that active stock picking is losing its argument with index funds.", GEN),
        ("Clients pulled 7.8 billion dollars from Halbrook's equity funds in August.", FIG, (), AN),
        ("Halbrook's clients withdrew money from stock funds as container rates from Shanghai fell for a third "
         "week.", MERGE, ("zb04",)),
    ],
    "zb04": [
        ("Spot rates for a 40-foot box from Shanghai to northern Europe dropped 6.4% this week, to 2,910 dollars.",
         S),
        ("It was the third week running that the Meridian Freight Index fell on that route.", S),
        ("Rates to the US West Coast eased 2.1% to 3,480 dollars.", S),
        ("Sending a box to the Mediterranean cost 1.5% more than a week earlier, at 3,150 dollars.", S),
        ("Fjellvik Shipping, a broker in Oslo, compiles the Meridian Freight Index.", S),
        ("The northern Europe rate hit its peak of 4,720 dollars in July.", S),
        ("Fjellvik's analysts said new ships were coming into service faster than cargo volumes were rising.", S),
        ("Vessels able to carry 2.9 million containers have been delivered so far this year, the broker said.", S),
        ("Vantor Line plans to cancel four December sailings from Asia to prop up prices.", S),
        ("The Hamburg-based carrier, which runs 210 ships, said Lunar New Year bookings were weaker than a year ago.",
         S),
        ("The northern Europe rate is now 1,810 dollars below its July peak.", S, (), AN),
        ("A box to the US West Coast now costs 570 dollars more than one to northern Europe.", S, (), AN),
        ("Rates from Shanghai to northern Europe rose 6.4% this week to 2,910 dollars.", DIR),
        ("The rate for a box to the Mediterranean fell 1.5% to 3,150 dollars.", DIR),
        ("Rates from Shanghai to the US West Coast slipped 2.1% to 3,150 dollars.", FIG),
        ("It was the fourth weekly fall in a row on the northern Europe route.", FIG),
        ("The northern Europe rate peaked at 4,720 dollars in September.", FIG),
        ("Vantor Line compiles the Meridian Freight Index.", ACT),
        ("Fjellvik Shipping said it would cancel four sailings from Asia in December.", ACT),
        ("Vantor Line said bookings for the Lunar New Year were stronger than last year.", DIR),
        ("Vantor Line will add four extra sailings from Asia in December.", DIR),
        ("Rates fell because a strike at the port of Shanghai had ended.", CAUSE),
        ("Vantor Line plans to order six new container ships next year.", CLAIM),
        ("The slide in rates means container lines are heading for a loss-making year.", GEN),
        ("The northern Europe rate has fallen by more than half since its July peak.", FIG, (), AN),
        ("Container rates fell for a third week as Brightcast's share of television viewing dropped to 24.1%.",
         MERGE, ("zb05",)),
    ],
    "zb05": [
        ("Brightcast's share of television viewing in Valmora slipped to 24.1% in October, down from 26.8% a year "
         "before.", S),
        ("Telmark, a ratings agency, supplied the figures on the public broadcaster's share.", S),
        ("Among 16- to 34-year-olds, the broadcaster's share fell from 12.2% to 9.7%.", S),
        ("Its share of viewers over 65 rose a little, to 38.5% from 38.1%.", S),
        ("For the first time, Kanal Vox beat Brightcast among viewers aged 35 to 54, with 21.4% against 20.9%.", S),
        ("Director general Ines Hartvig said viewing on the Brightcast Play app had risen 34% in a year.", S),
        ("Hartvig noted that streaming on the app is left out of the share figures.", S),
        ("The 8 p.m. news was still Brightcast's most watched programme, averaging 2.6 million viewers.", S),
        ("Brightcast is paid for by a licence fee of 168 euros a year per household, which the government has "
         "frozen until 2028.", S),
        ("Brightcast's overall share fell by 2.7 percentage points in a year.", S, (), AN),
        ("Among 16- to 34-year-olds the broadcaster lost 2.5 points of share.", S, (), AN),
        ("Brightcast's viewing share rose to 26.8% in October from 24.1%.", DIR),
        ("Among viewers aged 16 to 34, Brightcast's share fell to 9.7% from 38.5%.", FIG),
        ("Brightcast's share among viewers over 65 slipped to 38.1%.", DIR),
        ("Brightcast overtook Kanal Vox among 35- to 54-year-olds, with 21.4% against 20.9%.", ACT),
        ("Kanal Vox's director general, Ines Hartvig, said viewing on its app had grown 34%.", ACT),
        ("Viewing on the Brightcast Play app grew 43% in a year.", FIG),
        ("The government has frozen the licence fee until 2026.", FIG),
        ("The 8 p.m. news bulletin drew an average audience of 6.2 million.", FIG),
        ("Younger viewers turned away after Brightcast moved its drama series to a later slot.", CAUSE),
        ("Brightcast plans to close one of its two television channels.", CLAIM),
        ("The figures suggest public broadcasting in Valmora will not survive another decade.", GEN),
        ("Brightcast's share among 16- to 34-year-olds fell by more than a third.", FIG, (), AN),
        ("Brightcast's share fell after Amberly Foods stopped advertising on its channels.", MERGE, ("zb06",)),
    ],
    "zb06": [
        ("Activist investor Greyline Partners holds 6.8% of Amberly Foods.", S),
        ("The fund is seeking to replace four of Amberly's 11 directors at the annual meeting on 14 May.", S),
        ("Ridley Governance advised shareholders to vote for three of Greyline's four nominees.", S),
        ("Ridley did not back Saul Brenner, the fund's founder.", S),
        ("Coburn Proxy, the other big adviser, supported every one of Amberly's own candidates.", S),
        ("According to Greyline, Amberly's shares returned 11% over five years, while similar companies returned "
         "58%.", S),
        ("The activist wants the food group to sell its frozen pizza business.", S),
        ("Last month Greyline rejected Amberly's offer of a board seat for one of its nominees.", S),
        ("Chairman Ronald Pike said the board had already cut costs by 120 million dollars.", S),
        ("Pike argued that selling the pizza unit now would bring in too little.", S),
        ("Pension funds with about 9% of the shares said they would side with the company.", S),
        ("By Greyline's figures, Amberly trailed similar companies by 47 percentage points over five years.", S, (),
         AN),
        ("Greyline Partners owns 9% of Amberly Foods.", FIG),
        ("Greyline wants to replace all 11 of Amberly's directors.", FIG),
        ("Ridley Governance recommended that shareholders back all four Greyline nominees, Saul Brenner included.",
         FIG),
        ("Coburn Proxy recommended three of Greyline's four nominees.", ACT),
        ("Amberly turned down an offer from Greyline to put one of the company's nominees on the board.", ACT),
        ("Ronald Pike said a sale of the pizza unit now would fetch a good price.", DIR),
        ("Two pension funds holding about 9% of the shares said they would vote with Greyline.", ACT),
        ("Amberly's shares returned 58% over the past five years.", FIG),
        ("Amberly's annual meeting will be held on 14 March.", FIG),
        ("Greyline started buying Amberly shares after the company lost a big supermarket contract.", CAUSE),
        ("Greyline has said it will make a takeover bid for Amberly if it loses the vote.", CLAIM),
        ("The fight shows that activist funds are gaining power over the food industry.", GEN),
        ("Ridley backs only half of the directors Greyline has put forward.", FIG, (), AN),
        ("Greyline Partners is also fighting Quillory's purchase of Norrix.", MERGE, ("zb07",)),
    ],
    "zb07": [
        ("Quillory has halted its 2 billion dollar share buyback.", S),
        ("The accounting software maker wants the cash to help pay 3.4 billion dollars for Norrix.", S),
        ("Norrix, which is based in Denver, makes payroll software.", S),
        ("Since February, Quillory has repurchased 1.15 billion dollars of its shares.", S),
        ("That leaves 850 million dollars of the programme unspent.", S),
        ("Quillory will fund the purchase with 2.1 billion dollars of cash and 1.3 billion dollars of borrowing.", S),
        ("Finance chief Tomas Reyes said repurchases would restart once debt was back under two times earnings.", S),
        ("Reyes expects debt to fall below that level by the end of 2027.", S),
        ("Norrix had about 1,900 staff and revenue of 410 million dollars last year.", S),
        ("Shares in the Seattle company dropped 3.8% on the news.", S),
        ("Berrington analysts put the price at around eight times Norrix's sales.", S),
        ("Quillory expects to complete the Norrix deal in the second quarter, once regulators have approved it.", S),
        ("Quillory had used more than half of its buyback before pausing it.", S, (), AN),
        ("Quillory has bought back 850 million dollars of its shares since February.", FIG),
        ("Quillory has enlarged its share buyback to 2 billion dollars.", DIR),
        ("Quillory will pay for Norrix with 1.3 billion dollars of cash and 2.1 billion dollars of debt.", FIG),
        ("Norrix is buying Quillory for 3.4 billion dollars.", ACT),
        ("Norrix, which is based in Seattle, makes accounting software.", ACT),
        ("Tomas Reyes said buybacks would resume once debt rose above two times earnings.", DIR),
        ("Quillory's shares rose 3.8% on the news.", DIR),
        ("Berrington analysts said Quillory was paying about four times Norrix's sales.", FIG),
        ("Reyes expects to restart the buyback by the end of 2026.", FIG),
        ("Quillory paused the buyback after its biggest customer cancelled a contract.", CAUSE),
        ("Quillory plans to cut 400 jobs at Norrix once the deal closes.", CLAIM),
        ("Paying eight times sales shows Quillory is desperate for growth.", GEN),
        ("Quillory had spent less than half of its buyback when it paused it.", FIG, (), AN),
        ("Quillory will pay for Norrix partly with money Ardwell saved by cutting a shift at Kessington.", MERGE,
         ("zb08",)),
    ],
    "zb08": [
        ("Ardwell Machinery is ending the night shift at its Kessington tractor plant from 6 January.", S),
        ("The Ohio factory will go from three shifts to two.", S),
        ("Kessington used 58% of its capacity in the third quarter, against 81% a year before.", S),
        ("Farmers putting off purchases of new machines have left the plant underused.", S),
        ("Around 640 of the plant's 2,900 workers will be laid off, and 150 will transfer to the engine plant in "
         "Dayton.", S),
        ("Working three shifts, Kessington can turn out 1,200 tractors a week, the Ohio-based group said.", S),
        ("According to Ardwell, dealers hold more unsold tractors than at any time since 2016.", S),
        ("Farm incomes have been squeezed by lower crop prices.", S),
        ("Laid-off workers will get 70% of their pay for as long as 26 weeks under the contract, the United Machine "
         "Workers union said.", S),
        ("Plant manager Jonah Pruitt said the night shift might come back if orders rose in the spring.", S),
        ("The plant's utilisation fell by 23 percentage points in a year.", S, (), AN),
        ("About 2,110 workers will remain at Kessington after the lay-offs and transfers.", S, (), AN),
        ("Ardwell will add a night shift at Kessington from 6 January.", DIR),
        ("Utilisation at the Kessington plant rose from 58% to 81% over the year.", DIR),
        ("The Kessington plant ran at 81% of capacity in the third quarter.", FIG),
        ("About 150 Kessington workers will be laid off and 640 will move to Dayton.", FIG),
        ("Kessington can build 1,200 tractors a week on two shifts.", FIG),
        ("Dealers hold fewer unsold tractors than at any time since 2016, Ardwell said.", DIR),
        ("Laid-off workers will receive 70% of their pay for up to 62 weeks.", FIG),
        ("The union, United Machine Workers, said the night shift could return if orders picked up.", ACT),
        ("Ardwell will drop the night shift at its Dayton engine plant from 6 January.", ACT),
        ("Ardwell is cutting the shift because a new robot line can do the night workers' jobs.", CAUSE),
        ("Ardwell plans to close the Dayton engine plant next year.", CLAIM),
        ("Ardwell's cuts signal that the US farm economy is heading into recession.", GEN),
        ("The plant's utilisation fell by 32 percentage points in a year.", FIG, (), AN),
        ("Ardwell cut the night shift at Kessington as Valtair moved three aircraft to flights across the "
         "Atlantic.", MERGE, ("zb09",)),
    ],
    "zb09": [
        ("Valtair's load factor fell to 81.3% in November from 84% a year earlier.", S),
        ("The Nordic carrier added capacity faster than demand grew.", S),
        ("Valtair carried 1.9 million passengers in November, 6% more than a year before.", S),
        ("The seats it offered rose by 10%, outpacing the rise in passengers.", S),
        ("Yield, the average fare per passenger per kilometre, rose 4.2%.", S),
        ("Stronger demand for business-class seats on New York routes helped lift the airline's yield.", S),
        ("At 72.5%, domestic flights had the lowest load factor of Valtair's markets.", S),
        ("From March Valtair will drop 12 domestic routes and shift three planes to transatlantic flights, chief "
         "executive Annika Solberg said.", S),
        ("The airline's jet fuel bill was 8% lower than a year before.", S),
        ("Valtair's shares gained 2.4% in Stockholm.", S),
        ("Last year the airline flew 23 million passengers, and its fleet has 96 jets.", S),
        ("Valtair's load factor fell 2.7 percentage points.", S, (), AN),
        ("Valtair's load factor rose to 84% in November.", DIR),
        ("Valtair filled 72.5% of its seats in November.", FIG),
        ("Passenger numbers rose 10% while the seats Valtair offered rose 6%.", FIG),
        ("Valtair's yield fell 4.2% in November.", DIR),
        ("Valtair's yield rose because it raised its fees for checked bags.", CAUSE),
        ("Valtair will add 12 domestic routes from March.", DIR),
        ("Valtair will move three aircraft from transatlantic flights to domestic routes.", DIR),
        ("Jet fuel cost Valtair 8% more than a year earlier.", DIR),
        ("The airline operates a fleet of 69 jets.", FIG),
        ("Valtair plans to order 20 new long-haul jets.", CLAIM),
        ("Valtair's November shows Nordic travellers are giving up domestic flights for trains.", GEN),
        ("Valtair's load factor fell by 7.2 percentage points.", FIG, (), AN),
        ("Valtair's shares rose as Morvane agreed to sell 46 stores to win approval for its Pelcroft deal.", MERGE,
         ("zb10",)),
    ],
    "zb10": [
        ("The Ostrand Competition Board approved Morvane Retail's 2.7 billion euro purchase of Pelcroft on Thursday.",
         S),
        ("To win approval, Morvane agreed to sell 46 stores and a fuel station business.", S),
        ("Of the stores to be sold, 31 are Pelcroft supermarkets in the north and 15 are Morvane shops in the "
         "capital.", S),
        ("All 46 stores will go to the discounter Bilvo.", S),
        ("Trellis Energy will buy Roadstop, Morvane's chain of 88 fuel stations.", S),
        ("Without the remedies, shoppers in 62 towns would have had little choice of grocer, the board found.", S),
        ("Hedda Lund, who chairs the board, said the sales would keep prices in check in each of those towns.", S),
        ("Morvane has six months to complete the sales.", S),
        ("Until the stores change hands, a trustee will run them.", S),
        ("After the deal the combined group will hold about 29% of Ostrand's grocery market.", S),
        ("Pelcroft supermarkets make up about two thirds of the stores to be sold.", S, (), AN),
        ("Morvane agreed to sell 64 stores to win approval.", FIG),
        ("The stores to be sold include 31 of Morvane's own supermarkets in the north and 15 Pelcroft stores in "
         "the capital.", ACT),
        ("Trellis Energy will buy the 46 stores, and Bilvo will take Roadstop.", ACT),
        ("Morvane will buy the Roadstop fuel stations from Trellis Energy.", ACT),
        ("The board found the deal would have hurt shoppers in 26 towns.", FIG),
        ("The Ostrand Competition Board blocked Morvane's takeover of Pelcroft.", DIR),
        ("Morvane must complete the sales within six weeks.", FIG),
        ("Hedda Lund said the sales would not be enough to keep prices in check.", DIR),
        ("The board demanded the sales after Pelcroft raised its prices in the north.", CAUSE),
        ("Bilvo will pay 400 million euros for the 46 stores.", CLAIM),
        ("The ruling shows Ostrand's regulator is softer on mergers than its neighbours.", GEN),
        ("Morvane's own shops make up most of the stores to be sold.", FIG, (), AN),
        ("The Ostrand Competition Board also approved Carbridge Energy's sale of 10-year bonds.", MERGE, ("zb01",)),
    ],
    "zo01": [
        ("Maisie Tandy, a postwoman, won the Ashby Lacey pancake race for a third straight year.", S),
        ("She ran the 380-metre course from the market cross to the church porch in 64 seconds.", S),
        ("The 34-year-old had to toss her pancake at the start and again at the finish.", S),
        ("Forty-one women ran, all in aprons and headscarves as the rules demand.", S),
        ("The parish says the race has been run on Shrove Tuesday since 1445, though records go back only to 1920.",
         S),
        ("The record for the course, 58 seconds, dates from 1998.", S),
        ("The vicar, Rev Alan Cossey, gave the winner a kiss of peace and a prayer book.", S),
        ("Children had a separate race over 100 metres.", S),
        ("The race raised 2,300 pounds for the village hall, whose roof needs replacing.", S),
        ("Tandy finished six seconds outside the course record.", S, (), AN),
        ("Maisie Tandy won the pancake race for the second year running.", FIG),
        ("Tandy ran the course in 58 seconds.", FIG),
        ("Tandy set a new course record at Ashby Lacey.", CLAIM),
        ("Fourteen women took part in the pancake race.", FIG),
        ("Records of the race survive from 1445.", FIG),
        ("Rev Alan Cossey won the pancake race.", ACT),
        ("The course runs from the church porch to the market cross.", DIR),
        ("The race raised 3,200 pounds for the church roof.", FIG),
        ("Men were allowed to enter the race for the first time this year.", CLAIM),
        ("The race began in 1445 after a woman ran to church still holding her frying pan.", CAUSE),
        ("The race shows how village traditions hold small communities together.", GEN),
        ("Tandy was 16 seconds slower than the course record.", FIG, (), AN),
    ],
    "zo02": [
        ("Rewi Hanara from New Zealand won the open final at the Garnock Valley show by shearing 62 sheep in an "
         "hour.", S),
        ("The 29-year-old beat the local favourite, Callum Aird, who managed 58.", S),
        ("Shearers are judged on speed and fleece quality, and lose points for cuts and for wool left on the sheep.",
         S),
        ("Farms in the valley supplied about 900 ewes for the two-day contest.", S),
        ("Secretary Morag Leckie said 120 shearers had entered, more than in any of the show's 74 years.", S),
        ("Ffion Probert from Wales took the women's title.", S),
        ("The wool went to a mill in Galashiels for about 40 pence a fleece, less than shearing costs, organisers "
         "said.", S),
        ("Crowds also watched a sheepdog display and a parade of vintage tractors.", S),
        ("Hanara sheared four more sheep than Aird.", S, (), AN),
        ("Hanara averaged just under a minute per sheep.", S, (), AN),
        ("Callum Aird won the open final with 62 sheep.", ACT),
        ("Hanara sheared 62 sheep in two hours.", FIG),
        ("Judges award extra points for wool left on the animal.", DIR),
        ("The show used about 9,000 ewes over the two days.", FIG),
        ("Morag Leckie said the entry was the smallest in the show's history.", DIR),
        ("Ffion Probert won the open final at Garnock.", ACT),
        ("The wool fetched about 40 pounds a fleece.", FIG),
        ("Hanara moved to Scotland last year to work on a farm in the valley.", CLAIM),
        ("Entries rose because the prize money was doubled this year.", CAUSE),
        ("The low price of wool means shearing contests will soon disappear.", GEN),
        ("Hanara sheared eight more sheep than Aird.", FIG, (), AN),
    ],
    "zo03": [
        ("Elin Rowlands, a 21-year-old student from Cardiff, set a record at the world bog snorkelling "
         "championship at Llanfor.", S),
        ("She swam two lengths of a 55-metre trench through a peat bog in 1 minute 16 seconds.", S),
        ("The old record of 1 minute 18 seconds had stood since 2018.", S),
        ("Snorkels and flippers are compulsory, and conventional swimming strokes are banned.", S),
        ("Most competitors kick their way through the murky water with their heads down.", S),
        ("Around 160 people entered, many of them in fancy dress.", S),
        ("Gareth Bevan, a plumber from Builth, won the men's title in 1 minute 24 seconds.", S),
        ("The championship started in 1985 to raise money for local charities.", S),
        ("Organisers said the water was 11 degrees and two marshals stood by at each end of the trench.", S),
        ("Rowlands swam 110 metres in all.", S, (), AN),
        ("Rowlands beat the old record by two seconds.", S, (), AN),
        ("Elin Rowlands swam the trench in 1 minute 18 seconds.", FIG),
        ("The old record of 1 minute 16 seconds was set in 2018.", FIG),
        ("Gareth Bevan set the new record at Llanfor.", ACT),
        ("Competitors may use any swimming stroke they like.", DIR),
        ("The trench is 45 metres long.", FIG),
        ("About 1,600 people took part in the championship.", FIG),
        ("Rowlands, a plumber from Builth, set the new record.", ACT),
        ("The water was warmer than usual at 11 degrees, organisers said.", CLAIM),
        ("Rowlands trained for the championship in a swimming pool in Cardiff.", CLAIM),
        ("The record fell because the trench had been dug deeper this year.", CAUSE),
        ("Bog snorkelling is becoming a serious sport rather than a joke.", GEN),
        ("Bevan finished 12 seconds behind Rowlands.", FIG, (), AN),
    ],
    "zo04": [
        ("The Harrowby model railway exhibition attracted 6,800 visitors over the weekend, against 5,200 last "
         "year.", S),
        ("Forty-eight layouts were on show at the town's leisure centre.", S),
        ("Clubs and individual modellers from across the country built the layouts.", S),
        ("A Skipton club spent eleven years building the biggest layout, a 24-metre model of the Settle line in "
         "the 1950s.", S),
        ("That layout has 310 metres of track and roughly 2,000 hand-made trees, its builders said.", S),
        ("Priya Nandra, 16, won the prize for the best small layout with a tram depot that fits on a kitchen "
         "table.", S),
        ("Adults paid 8 pounds to get in, and under-12s went free.", S),
        ("The Harrowby Model Railway Society will use the money to hire the hall next year.", S),
        ("Attendance rose by 1,600 visitors on last year.", S, (), AN),
        ("The exhibition drew 5,200 visitors, down from 6,800 last year.", DIR),
        ("The Harrowby show had 84 layouts.", FIG),
        ("The largest layout, of the Settle line, is 310 metres long.", FIG),
        ("A club from Harrowby spent eleven years building the Settle line model.", ACT),
        ("Priya Nandra, 16, built the model of the Settle line.", ACT),
        ("Children under 16 went in free.", FIG),
        ("The Settle line model took eleven months to build.", FIG),
        ("Visitor numbers rose after the show was advertised on national television.", CAUSE),
        ("The society plans to move the show to a bigger venue next year.", CLAIM),
        ("The crowds show that model railways are enjoying a revival among young people.", GEN),
        ("Attendance rose by almost half on last year.", FIG, (), AN),
    ],
    "zo05": [
        ("Some 5,000 plastic ducks were dropped from Mill Bridge in Dunlow on Sunday for the annual charity race.",
         S),
        ("The race raised 9,400 pounds for St Brigid's hospice.", S),
        ("Sponsoring a duck cost 2 pounds, and each one carried a number.", S),
        ("Duck number 3,117 reached the weir first, after 26 minutes.", S),
        ("Its sponsor, the retired nurse Judith Hale, won 250 pounds.", S),
        ("Volunteers in canoes followed the ducks along the 800-metre course, freeing any stuck in the reeds.", S),
        ("Last year's race was called off because heavy rain had left the river too high.", S),
        ("Colin Marsh of the Dunlow Rotary Club said the ducks were netted at the end and would be reused next "
         "year.", S),
        ("Dunlow Primary won a separate race for 40 bigger ducks that local schools had decorated.", S),
        ("The winning duck covered the course at about 31 metres a minute.", S, (), AN),
        ("About 50,000 ducks were tipped off Mill Bridge.", FIG),
        ("The duck race raised 9,400 pounds for the Dunlow Rotary Club.", ACT),
        ("Each duck cost 5 pounds to sponsor.", FIG),
        ("Duck number 3,117 took 62 minutes to reach the weir.", FIG),
        ("Judith Hale won 2,500 pounds.", FIG),
        ("Colin Marsh sponsored the winning duck.", ACT),
        ("Last year's race was cancelled because the river was too low.", DIR),
        ("The ducks were left to float away at the end of the race.", DIR),
        ("The schools' race was won by St Brigid's Primary.", ACT),
        ("Last year's race was cancelled after ducks blocked the weir.", CAUSE),
        ("The Rotary Club plans to double the number of ducks next year.", CLAIM),
        ("Events like the duck race have become the main source of money for small hospices.", GEN),
        ("If every duck was sponsored, the sponsorship brought in 1,000 pounds.", FIG, (), AN),
    ],
    "zo06": [
        ("Owen Letts, a pig farmer, won the Wexby food festival's chilli-eating contest by eating 14 of the "
         "hottest peppers.", S),
        ("The other nine finalists gave up before him.", S),
        ("The 47-year-old is the first local man to win since the contest started in 2011.", S),
        ("Contestants ate one chilli at a time, each hotter than the one before, with a minute to finish each.", S),
        ("The last chilli was a Carolina Reaper, among the hottest varieties grown.", S),
        ("Paramedics treated two contestants for vomiting, but neither needed to go to hospital.", S),
        ("Entrants had to be 18 or over and sign a form accepting the risks.", S),
        ("About 11,000 people visited the festival's 140 stalls, organiser Nadia Feld said.", S),
        ("Letts won a chilli-shaped trophy and a year's supply of hot sauce from a village grower.", S),
        ("Ten people reached the final of the chilli-eating contest.", S, (), AN),
        ("Owen Letts ate 41 chillies to win the contest.", FIG),
        ("Letts is the third local man to win since 2011.", FIG),
        ("Contestants had two minutes to finish each chilli.", FIG),
        ("The first chilli of the final was a Carolina Reaper.", DIR),
        ("Two contestants were taken to hospital after vomiting.", DIR),
        ("Entrants had to be at least 16 years old.", FIG),
        ("Nadia Feld won the chilli-eating contest at Wexby.", ACT),
        ("The festival drew about 1,100 visitors.", FIG),
        ("Letts said he had trained by eating hot sauce with every meal.", CLAIM),
        ("Two contestants were sick because they had eaten nothing before the contest.", CAUSE),
        ("Chilli-eating contests are becoming too dangerous to hold.", GEN),
        ("Twenty people reached the final of the contest.", FIG, (), AN),
    ],
    "zo07": [
        ("Walter Dunn, a retired forester, won the hedge-laying match at Bramley Fold on Saturday.", S),
        ("The 68-year-old laid 10 metres of hawthorn in a little under five hours.", S),
        ("Dunn has taken the open class four times since 2009.", S),
        ("In hedge laying, each stem is cut most of the way through near the ground and bent over so it keeps "
         "growing.", S),
        ("The laid hedge forms a thick barrier that farm animals cannot get through.", S),
        ("Hazel stakes are driven in along the line, and long thin rods bind the top.", S),
        ("There were 33 competitors across five classes, one of them for beginners.", S),
        ("Judges from the National Hedgelaying Society score the work on strength, neatness and how well it will "
         "regrow.", S),
        ("Landowner Hester Pell said contractors would have charged her about 6,000 pounds for the 400 metres of "
         "hedge laid on the day.", S),
        ("Dunn laid about two metres of hedge an hour.", S, (), AN),
        ("Walter Dunn laid a 10-metre stretch of hazel.", CLAIM),
        ("Dunn laid his stretch of hedge in just under three hours.", FIG),
        ("Dunn won the open class for the first time.", FIG),
        ("In hedge laying, each stem is cut right through and laid flat on the ground.", DIR),
        ("Twenty-three competitors took part in the match.", FIG),
        ("Hester Pell won the beginners' class.", ACT),
        ("The judges came from the Bramley Fold Farmers' Club.", ACT),
        ("Pell said contractors would have charged about 600 pounds for the hedge.", FIG),
        ("Dunn learned to lay hedges while working for the Forestry Commission.", CLAIM),
        ("More people are entering because farm subsidies now pay for hedge laying.", CAUSE),
        ("Hedge laying is a dying craft that young people no longer learn.", GEN),
        ("Contractors would have charged Pell about 150 pounds a metre.", FIG, (), AN),
    ],
}

BODIES = [
    ("zb01", "https://www.ledgerwire.example/carbridge-bond-sale", "Ledger Wire",
     "Carbridge Energy sells 1.5 billion dollars of 10-year bonds as orders hit 6.9 billion",
     "Carbridge Energy, the power and gas utility based in Tulsa, sold 1.5 billion dollars of 10-year bonds on "
     "Tuesday with a coupon of 5.25%. Orders peaked at 6.9 billion dollars, about 4.6 times the amount on offer, "
     "which allowed the company to lift the deal from the 1 billion dollars it had planned. The strong demand also "
     "let the utility price the notes 1.18 percentage points above US Treasuries, tighter than the 1.35 points it "
     "first indicated to investors. Alongside the 10-year notes it sold 500 million dollars of 30-year bonds at "
     "5.9%. The Oklahoma group will use the money to repay notes that fall due in March and to pay for upgrades "
     "to its grid. Dana Whitlock, the finance chief, said about 240 investors had placed orders, a third of them "
     "in Europe. Carbridge last borrowed in the bond market in 2023, when it paid a coupon of 4.6% on seven-year "
     "notes."),
    ("zb02", "https://www.siliconpost.example/tessaron-yields-wafer-starts", "Silicon Post",
     "Tessaron lifts 3-nanometre yields to 72% and plans more wafer starts",
     "Tessaron Semiconductor said on Wednesday that 72% of the chips on wafers from its 3-nanometre line at the "
     "Hsinan fab now pass final testing, up from 55% in April. The chipmaker, which makes processors for phone and "
     "car companies, said the gain came after it replaced a batch of etching tools in the summer. It will raise "
     "wafer starts on the line to 45,000 a month by June, from 30,000 now. Lin Mei-hua, the chief operating officer, "
     "said the older 5-nanometre line had a yield of 88%. Tessaron expects revenue of 4.1 billion dollars in the "
     "current quarter, against 3.6 billion dollars a year earlier. Its rival Corvex, which uses a similar process, "
     "has said its own yields are above 60%. The Taiwanese company kept its plan to spend 9 billion dollars on "
     "equipment this year. Its shares rose 5.2% in Taipei after the announcement."),
    ("zb03", "https://www.fundsdaily.example/halbrook-q3-flows", "Funds Daily",
     "Halbrook clients pull 14.2 billion dollars from stock funds in third quarter",
     "Clients withdrew 14.2 billion dollars from Halbrook Asset Management's equity funds in the third quarter and "
     "put 9.8 billion dollars into its bond funds, leaving net outflows of 4.4 billion dollars. The Boston-based "
     "manager still ended September with 612 billion dollars of assets, up from 598 billion at the end of June, "
     "because rising markets lifted the value of what clients kept. Equity withdrawals were heaviest in July, at "
     "6.1 billion dollars, and eased to 3.3 billion in September. Of the money that went into bond funds, 2.7 "
     "billion dollars went to its exchange-traded funds, a record for the group. Fee income fell 3% to 1.02 "
     "billion dollars as clients moved to cheaper index products. Miriam Okafor, the chief executive, said the "
     "firm would close or merge 11 of its 140 mutual funds next year. Its rival Stanmore Investors reported net "
     "inflows of 1.9 billion dollars for the quarter."),
    ("zb04", "https://www.boxshipweekly.example/meridian-index-falls", "Boxship Weekly",
     "Asia-Europe container rates fall for a third week as new ships arrive",
     "Spot rates for moving one 40-foot box from Shanghai to ports in northern Europe fell 6.4% this week to "
     "2,910 dollars, according to the Meridian Freight Index, the third weekly decline in a row. Rates from Shanghai to "
     "the US West Coast slipped 2.1% to 3,480 dollars, while those to the Mediterranean rose 1.5% to 3,150 dollars. "
     "The index, which is compiled by the Oslo broker Fjellvik Shipping, peaked at 4,720 dollars for the northern "
     "Europe route in July. Analysts at the broker said new vessels were arriving faster than cargo volumes were "
     "growing, with ships able to carry 2.9 million containers delivered so far this year. Vantor Line, the "
     "fifth-largest container carrier, said it would cancel four sailings from Asia in December to support prices. "
     "The Hamburg-based line, which operates 210 ships, added that bookings ahead of the Lunar New Year were "
     "weaker than last year."),
    ("zb05", "https://www.screenledger.example/brightcast-share-october", "Screen Ledger",
     "Brightcast's viewing share falls to 24.1% as younger viewers drift away",
     "Brightcast, the public broadcaster of Valmora, said its share of all television viewing fell to 24.1% in "
     "October from 26.8% a year earlier, according to figures from the ratings agency Telmark. Among viewers aged "
     "16 to 34 its share dropped to 9.7% from 12.2%, while among those over 65 it edged up to 38.5% from 38.1%. "
     "Kanal Vox, its commercial rival, overtook it among 35- to 54-year-olds for the first time, with 21.4% "
     "against Brightcast's 20.9%. Ines Hartvig, the broadcaster's director general, said viewing on its Brightcast "
     "Play streaming app had grown 34% in a year and was not counted in the figures. The 8 p.m. news bulletin "
     "remained the most watched programme, with an average audience of 2.6 million. Brightcast is funded by a "
     "licence fee of 168 euros a year per household, which the government has frozen until 2028."),
    ("zb06", "https://www.boardroomnotes.example/amberly-greyline-proxy", "Boardroom Notes",
     "Proxy advisers split over Greyline's bid to replace four Amberly directors",
     "Greyline Partners, an activist fund that owns 6.8% of Amberly Foods, wants to replace four of the food "
     "group's 11 directors at its annual meeting on 14 May. On Monday the proxy adviser Ridley Governance "
     "recommended that shareholders back three of the four Greyline nominees, but not Greyline's founder, Saul "
     "Brenner. The other large adviser, Coburn Proxy, backed all of the company's own candidates. Greyline says "
     "Amberly's shares have returned 11% over five years, against 58% for similar companies, and wants it to sell "
     "its frozen pizza business. Amberly offered last month to add one Greyline nominee to its board, an offer the "
     "fund turned down. Ronald Pike, the chairman, said the board had already cut costs by 120 million dollars and "
     "that a sale of the pizza unit now would fetch too little. Two pension funds holding about 9% of the shares "
     "said they would vote with the company."),
    ("zb07", "https://www.techtape.example/quillory-buyback-pause", "Tech Tape",
     "Quillory pauses share buyback to help pay for Norrix purchase",
     "Quillory, the accounting software company, has paused its 2 billion dollar share buyback to help fund its "
     "purchase of Norrix, a maker of payroll software, for 3.4 billion dollars. Quillory had bought back 1.15 "
     "billion dollars of its own shares since the programme began in February, leaving 850 million dollars unspent. "
     "The Seattle company will pay for Norrix with 2.1 billion dollars of cash and 1.3 billion dollars of new "
     "debt. Its chief financial officer, Tomas Reyes, said buybacks would resume once debt fell back below two "
     "times earnings, which he expected by the end of 2027. Norrix, based in Denver, had revenue of 410 million "
     "dollars last year and about 1,900 employees. Quillory's shares fell 3.8% on the news. Analysts at Berrington "
     "said the price was about eight times Norrix's sales. The deal needs approval from regulators and is expected "
     "to close in the second quarter."),
    ("zb08", "https://www.plantfloor.example/ardwell-kessington-shifts", "Plant Floor",
     "Ardwell cuts night shift at Kessington tractor plant as use falls to 58%",
     "Ardwell Machinery will drop the night shift at its Kessington tractor plant in Ohio from 6 January, moving "
     "the factory from three shifts to two. The plant ran at 58% of its capacity in the third quarter, down from "
     "81% a year earlier, as farmers put off buying new machines. About 640 of its 2,900 workers will be laid "
     "off, while 150 will move to the company's engine plant in Dayton. The Ohio-based group said Kessington can "
     "build 1,200 tractors a week on three shifts. Lower crop prices have cut farm incomes, and dealers are holding "
     "more unsold tractors than at any time since 2016, according to Ardwell. The union, United Machine Workers, "
     "said laid-off staff would receive 70% of their pay for up to 26 weeks under the contract. Jonah Pruitt, "
     "the plant manager, said the night shift could return if orders picked up in the spring."),
    ("zb09", "https://www.aviatordesk.example/valtair-november-traffic", "Aviator Desk",
     "Valtair fills fewer seats in November but earns more per passenger",
     "Valtair, the Nordic airline, filled 81.3% of its seats in November, down from 84% a year earlier, after "
     "adding capacity faster than demand grew. The carrier flew 1.9 million passengers, 6% more than a year "
     "before, while the number of seats it offered rose 10%. Its yield, the average fare earned for each "
     "passenger flying one kilometre, rose 4.2%, helped by stronger demand for business class on routes to "
     "New York. The airline said the load factor on its domestic flights was 72.5%, the lowest of its markets. "
     "Chief executive Annika Solberg said Valtair would cut 12 domestic routes from March and move three aircraft "
     "to transatlantic flights. Jet fuel cost the carrier 8% less than a year earlier. Its shares rose 2.4% in "
     "Stockholm. The airline carried 23 million passengers last year and operates a fleet of 96 jets."),
    ("zb10", "https://www.competitionbrief.example/morvane-pelcroft-remedies", "Competition Brief",
     "Regulator clears Morvane's Pelcroft deal after it agrees to sell 46 stores",
     "The Ostrand Competition Board cleared Morvane Retail's 2.7 billion euro takeover of the supermarket chain "
     "Pelcroft on Thursday, after Morvane agreed to sell 46 stores and a fuel station business. The remedy package "
     "includes 31 Pelcroft supermarkets in the north of the country and 15 of Morvane's own stores in the capital, "
     "which will all go to the discounter Bilvo. Morvane will also sell Roadstop, the chain of 88 fuel stations "
     "that it owns, to Trellis Energy. The board had found that the deal would have left shoppers in 62 towns with "
     "little choice of grocer. Its chair, Hedda Lund, said the sales would keep prices in check in every one of "
     "those towns. Morvane must complete the sales within six months, and a trustee will run the stores until they "
     "change hands. The combined group will have about 29% of the country's grocery market."),
    ("zo01", "https://www.valeherald.example/ashby-pancake-race", "Vale Herald",
     "Postwoman wins Ashby Lacey pancake race for the third year running",
     "A postwoman won the Ashby Lacey pancake race for the third year in a row on Tuesday, running the 380-metre "
     "course from the market cross to the church porch in 64 seconds. Maisie Tandy, 34, had to toss her pancake "
     "in the pan at the start and again at the finish line. Forty-one women took part, each wearing an apron and "
     "a headscarf as the rules require. The race has been held on Shrove Tuesday since 1445, according to the "
     "parish, although records survive only from 1920. The course record of 58 seconds was set in 1998. The "
     "vicar, Rev Alan Cossey, gave the winner the traditional prize of a kiss of peace and a prayer book. "
     "Children ran their own race over 100 metres. The event raised 2,300 pounds for the village hall, which needs "
     "a new roof."),
    ("zo02", "https://www.uplandpost.example/garnock-shearing-contest", "Upland Post",
     "New Zealander shears 62 sheep in an hour to win at Garnock show",
     "A shearer from New Zealand won the open final at the Garnock Valley show on Saturday after shearing 62 "
     "sheep in an hour. Rewi Hanara, 29, beat Callum Aird, the local favourite, who sheared 58. Judges mark "
     "competitors on speed and on the quality of the fleece, with points taken off for cuts and for wool left "
     "on the animal. About 900 ewes were used over the two days, all supplied by farms in the valley. The "
     "show's secretary, Morag Leckie, said the entry of 120 shearers was the largest in the event's 74-year "
     "history. The women's title went to Ffion Probert from Wales. Organisers said the wool was sold to a mill in "
     "Galashiels, but fetched only about 40 pence a fleece, less than the cost of shearing. A sheepdog display and "
     "a vintage tractor parade also drew crowds."),
    ("zo03", "https://www.marchlandtimes.example/llanfor-bog-snorkelling", "Marchland Times",
     "Student sets bog snorkelling record at Llanfor championship",
     "A student from Cardiff set a record at the world bog snorkelling championship at Llanfor on Sunday, swimming "
     "two lengths of a 55-metre trench cut through a peat bog in 1 minute 16 seconds. Elin Rowlands, 21, beat the "
     "old mark of 1 minute 18 seconds, set in 2018. Competitors must wear a snorkel and flippers and are not "
     "allowed to use any conventional swimming stroke, so most move by kicking with their head down in the "
     "murky water. About 160 people took part, many of them in fancy dress. The men's title went to Gareth Bevan, "
     "a plumber from Builth, in 1 minute 24 seconds. The event began in 1985 as a way of raising money for local "
     "charities. Organisers said the water temperature was 11 degrees and that two marshals stood by at each end "
     "of the trench."),
    ("zo04", "https://www.northcountyecho.example/harrowby-model-railway-show", "North County Echo",
     "Model railway show at Harrowby draws 6,800 visitors over two days",
     "A model railway exhibition in Harrowby drew 6,800 visitors over the weekend, up from 5,200 last year, its "
     "organisers said. The show, held in the town's leisure centre, had 48 layouts built by clubs and "
     "individual modellers from across the country. The largest, a 24-metre model of the Settle line in the "
     "1950s, took a club from Skipton eleven years to build. Its members said the layout has 310 metres of track "
     "and about 2,000 hand-made trees. A prize for the best small layout went to Priya Nandra, 16, for a model "
     "of a tram depot that fits on a kitchen table. Entry cost 8 pounds for adults, and children under 12 "
     "went in free. The Harrowby Model Railway Society, which runs the show, said the money would pay for the "
     "hire of the hall next year."),
    ("zo05", "https://www.riverbankgazette.example/dunlow-duck-race", "Riverbank Gazette",
     "Rubber duck race on the Dunlow raises 9,400 pounds for hospice",
     "About 5,000 plastic ducks were tipped off Mill Bridge in Dunlow on Sunday for the town's annual charity "
     "duck race, which raised 9,400 pounds for St Brigid's hospice. Each duck cost 2 pounds to sponsor and "
     "carried a number. The winning duck, number 3,117, crossed the finish line at the weir after 26 minutes, "
     "earning its sponsor, a retired nurse named Judith Hale, a prize of 250 pounds. Volunteers in canoes followed "
     "the ducks down the 800-metre course to free any that were caught in reeds. Last year the race was cancelled "
     "because the river was too high after heavy rain. The organiser, Colin Marsh of the Dunlow Rotary Club, "
     "said all the ducks were collected with nets at the end and would be used again next year. A separate "
     "race for 40 larger ducks decorated by local schools was won by Dunlow Primary."),
    ("zo06", "https://www.fenlandvoice.example/wexby-chilli-contest", "Fenland Voice",
     "Farmer eats 14 chillies to win Wexby chilli-eating contest",
     "A pig farmer won the chilli-eating contest at the Wexby food festival on Saturday by eating 14 of the "
     "hottest peppers in the round, after the other nine finalists gave up. Owen Letts, 47, is the first local "
     "man to win the contest since it began in 2011. Contestants ate one chilli at a time, each hotter than the "
     "last, and had one minute to finish each. The final chilli was a Carolina Reaper, one of the hottest grown. "
     "Paramedics treated two contestants for vomiting, and neither needed hospital care. Entrants had to sign a "
     "form accepting the risks and be at least 18 years old. The festival, which had 140 stalls, drew about "
     "11,000 visitors, according to the organiser, Nadia Feld. The winner received a trophy in the shape of a "
     "chilli and a year's supply of hot sauce made by a grower in the village."),
    ("zo07", "https://www.shirecountry.example/bramley-hedge-laying", "Shire Country",
     "Hedge-laying match at Bramley Fold won by retired forester",
     "A retired forester won the Bramley Fold hedge-laying match on Saturday, laying a 10-metre stretch of "
     "hawthorn in just under five hours. Walter Dunn, 68, has won the open class four times since 2009. In hedge "
     "laying, each stem is cut most of the way through near the ground and bent over, so that it keeps growing "
     "and forms a thick barrier that stock cannot get through. Stakes of hazel are then driven in along the line "
     "and bound along the top with long, thin rods. Thirty-three competitors took part in five classes, including "
     "one for beginners. The judges, from the National Hedgelaying Society, mark the work for its strength, "
     "neatness and how well it will regrow. The landowner, Hester Pell, said the 400 metres of hedge laid on the "
     "day would have cost her about 6,000 pounds to have done by contractors."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]

CONTENT_FREE: list[tuple[str, str]] = [
    ("zb01", "Carbridge Energy: the bond deal."),
    ("zb02", "Share on WhatsApp."),
    ("zb03", "Most read."),
    ("zb04", "Follow us on Bluesky."),
    ("zb05", "Enlarge image."),
    ("zb06", "Cookie settings."),
    ("zb07", "Subscribe to unlock this article."),
    ("zb08", "Ardwell Machinery, in brief."),
    ("zb09", "Listen: 4 min."),
    ("zb10", "More from this section."),
    ("zo01", "Pancakes."),
    ("zo03", "Watch the video above."),
    ("zo05", "Rate this article."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8471-8473, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-06, --timeout 450, machine at load 14-30. eval17-smollm2_raw.jsonl holds six editions in
# this order (call numbers restart in each; times UTC): 1 zb01-zb05 + zo01 (19 calls, 23:17-23:55), 2 zb06-zb10 + zo02
# (17, 23:17-23:47) and 3 zo03-zo07 + zb03 + zb09 (10, 23:17-23:38), these three started together; 4 zb10 + zo01 +
# zo02 + zo03 + zo06 + zo07 (no call: the edition put all six articles in no category); 5 zo01 + zo02 + zo03 + zo06 +
# zo07 + zb02 (4 calls, 23:48-23:53); 6 zb04 + zb05 + zb10 + zo01 + zo03 + zo07 (5 calls, 23:53-23:58). Editions 3 and
# 5 ran with the writer's default streamed requests, the others with TOPLINE_LLM_STREAM=false; every edition ran to its
# end. All 55 recorded calls (31 story, 17 repair, 7 signals) were answered; the servers logged 55 POSTs, all 200. Only
# zb01-zb09, zo04 and zo05 were shown to the model. A sentence is listed once, at its first answer; repeats,
# near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, zb03)
    ("zb03", "The Boston-based manager still ended September with 6.1 billion dollars of assets, up from 5.9billion at "
             "the end of June, because rising markets lifted the value of what clients kept.", FIG),
    # edition 1, call 2 (repair, zb03)
    ("zb03", "The Boston-based manager still ended September with 612 billion dollars of assets, up from 598 billion at "
             "the end of June.", S),
    ("zb03", "The market has lifted the value of what clients kept.", S),
    ("zb03", "Clients withdrew 14.2 billion dollars from Halbrook Asset Management's equity funds in the third quarter "
             "and put 9.8 billion dollars into its bond funds, leaving net outflows of 4.4 billion dollars.", S),
    # edition 1, call 3 (story, zb01); call 4 (story, zb01) repeats its two sentences
    ("zb01", "Carbridge Energy, the power and gas utility based in Tulsa, sold 1.5 billion dollars of 10-year bonds on "
             "Tuesday with a coupon of 5.25%.", S),
    ("zb01", "Aiming for the Next 5 Years", CF),
    # edition 1, call 5 (story, zb02)
    ("zb02", "Tessaron has unveiled a new 3-nanometre wafer that will be used to create next-generation silicon chips.",
     CLAIM),
    ("zb02", "...", CF),
    # edition 1, call 6 (repair, zb02)
    ("zb02", "Tessaron Semiconductor said on Wednesday that 72% of the chips on wafers from its 3-nanometre line at the "
             "Hsinan fab now pass final testing, up from 5.2%, while shares rose 5.2%.", FIG),
    ("zb02", "The news was announced in Taipei.", CLAIM),
    ("zb02", "Its shares rose 5.2% in Taipe after the announcement.", S),
    # edition 1, call 7 (story, zb05); call 8 (story, zb05) repeats its two sentences
    ("zb05", "Brightcast, the public broadcaster of Valmora, said its share of all television viewing fell to 24.1% in "
             "October from 26.8% a year earlier, according to figures from the ratings agency Telmark.", S),
    ("zb05", "The government has frozen the licensing fee for Brightcast's commercials until 2028.", CLAIM),
    # edition 1, call 9 (story, zb04)
    # left out 'Asia-Europe container rates fell for a third week as new ships arrive from Shanghai to northern
    # Europe.': the title with a route added that reads as where the new ships sail; ambiguous against the article
    ("zb04", "The index peaked at 4,720 dollars in July this year.", S),
    # edition 1, call 10 (signals, zb01-zb05): only a repeat of call 2's first sentence and the placeholder
    # edition 1, call 11 (story, zb02)
    # left out 'Tessaron has lifted 3-nanometre yields to 72% of wafers from its 3-nm line at the Hsinan fab.': 72% of
    # the chips pass testing, not 72% of the wafers; ambiguous against the article (a title's loose wording)
    ("zb02", "Tessaron expects revenue of 4.1 billion dollars in the current quarter, against 3.6 billion dollars a year "
             "earlier.", S),
    # edition 1, call 12 (story, zb04)
    ("zb04", "Asia-Europe container rates fell for a third week as new ships arrive.", S),
    ("zb04", "The index, which is compiled by the Oslo broker Fjellvik Shipping, peaked at 4,720 dollars for the "
             "northern Europe route in July.", S),
    ("zb04", "The Hamburg-based line, which operates 210 ships, added that bookings ahead of the Lunar New Year were "
             "weaker than last year.", S),
    # edition 1, call 13 (story, zb05)
    # left out a repeat of call 7's first sentence and a near-repeat of the third below ('games, and more')
    ("zb05", "Brightcast's viewership growth has been largely driven by its new streaming service, Screen Ledger, which "
             "it launched in October 2014.", CLAIM),
    ("zb05", "The company plans to expand its services across the world and will offer a range of digital content "
             "including films, TV shows, music, games and more.", CLAIM),
    ("zb05", "Kanal Vox is funded by a licence fee of 168 euros per household for a new commercial in Valmora.", ACT),
    # edition 1, call 14 (story, zb05)
    # left out a repeat of call 7's first sentence, near-repeats of call 13's and 'Kanal Vox has been criticised by
    # Kanal Vox for its new commercial in Valmora.': a near-repeat of the sentence below (another subject)
    ("zb05", "Brightcast has been criticised by Kanal Vox for its new commercial in Valmora.", CLAIM),
    # edition 1, call 15 (story, zb01)
    # left out a repeat of call 3's first sentence and the placeholder
    ("zb01", "The company's orders peaked at 6.9 billion dollars, which allowed it to lift the deal from the 1 billion "
             "dollars it had planned.", S),
    ("zb01", "It also saw a strong demand for its bonds in 2023, when it paid a coupon of 4.6% on seven-year notes.",
     CLAIM),
    # edition 1, call 16 (repair, zb01)
    ("zb01", "The strong demand also let the utility price 1.18 percentage points above US Treasuries, tighter than "
             "the 1.35 points it first indicated to investors.", S),
    # edition 1, call 17 (story, zb03): a near-repeat of call 2's last sentence ('9.8billion', 'dollars' dropped)
    # and the placeholder
    # edition 1, call 18 (repair, zb03)
    ("zb03", "Equity withdrawals were heaviest in July, at 6.1 billion dollars, and eased to 3.3 billion in September.",
     S),
    # edition 1, call 19 (signals, zb01-zb05)
    ("zb05", "Brightcast, the public broadcaster of Valmora, said its share price fell to 2.1% in October from 3.9%, "
             "while the market cap increased by 0.5 percentage points.", FIG),
    # edition 2, call 1 (story, zb07)
    ("zb07", "Quillory pauses share buyback to help fund Norrix's purchase of a payroll software company.", ACT),
    # edition 2, call 2 (repair, zb07)
    ("zb07", "The Seattle company will pay for Norrix with 2.1 billion dollars of cash and 1.3 billion dollars of new "
             "debt.", S),
    # edition 2, call 3 (story, zb09)
    ("zb09", "Valtair, the Nordic airline, filled 81.3% of its seats in November but earned more per passenger.", S),
    ("zb09", "[Aviator Desk's data on capacity is up by 20% since 2017", FIG),
    ("zb09", "The airline said the load factor on its domestic flights was 7.5%, the lowest of its markets.", FIG),
    ("zb09", "Jet fuel cost the carrier 8% less than a year earlier", S),
    # edition 2, call 4 (repair, zb09)
    ("zb09", "Chief executive Annika Solberg said Valtair would cut 12 domestic routes from March and move three "
             "aircraft to transatlantic flights.", S),
    ("zb09", "She also ordered the construction of a new runway at the airport in Skiddermale.", CLAIM),
    # edition 2, call 5 (story, zb06)
    ("zb06", "Greyline Partners, an activist fund that owns 6.8% of Amberly Foods, wants to replace four of the food "
             "group's directors at its annual meeting on 14 May.", S),
    # edition 2, call 6 (repair, zb06)
    # left out 'Greyline Partners, an activist fund that owns 6.8% of Amberly Foods wants to replace four of the food
    # group's 11 directors'...: a near-repeat of call 5 ('11' added)
    # edition 2, call 7 (story, zb08)
    ("zb08", "Ardwell cuts night shift at Kessington tractor plant as use falls to 58%", S),
    # left out '...': a repeat of the placeholder
    # edition 2, call 8 (repair, zb08)
    ("zb08", "The plant ran at 58% of its capacity in the third quarter, down from 81%, as farmers put off buying new "
             "machines.", S),
    # edition 2, call 9 (signals, zb06-zb09)
    ("zb07", "Quillory pauses share buyback to help fund Norrix purchase", S),
    # left out a repeat of call 2
    # edition 2, call 10 (story, zb08)
    ("zb08", "The plant will drop the night shift at Kessington tractor plant in Ohio from 6 January, moving the "
             "factory from three shifts to two.", S),
    # edition 2, call 11 (repair, zb08)
    # left out 'Ardwell Machinery will drop the night shift'...: a near-repeat of call 10 (another subject), and 'The
    # plant ran at 58% of its capacity in the third quarter, down from 81% a year earlier.': a near-repeat of call 8
    ("zb08", "As farmers put off buying new machines, it was reduced to 49% of its capacity last quarter.", FIG),
    # edition 2, call 12 (story, zb09)
    # left out repeats of call 3's first and fourth sentences (the latter with a full stop) and the placeholder
    ("zb09", "The airline said the load factor on its domestic flights was 72.5%, the lowest of its markets.", S),
    # edition 2, call 13 (story, zb06)
    # left out a repeat of call 5, the placeholder and near-repeats of the sentences below ('Cobun', 'GreyLine',
    # 'his own')
    ("zb06", "Mike, CEO of Amberly Foods, is a member of the board of Greyline's 10 directors.", CLAIM),
    ("zb06", "The other large adviser Coburn Proxy has agreed to sell its frozen pizza business to Greyline's Board of "
             "Directors.", ACT),
    ("zb06", "The other large adviser Cobb is a member of the board of Greyline's 10 directors.", CLAIM),
    # edition 2, call 14 (story, zb06)
    # left out repeats and near-repeats of call 13
    ("zb06", "The other large adviser Cobb has agreed to buy a frozen pizza from Greyline's Board of Directors.", CLAIM),
    # edition 2, call 15 (story, zb07)
    # left out a repeat of call 2
    ("zb07", "Quillory, the accounting software company, has paused its 2 billion dollar share buyback to help fund its "
             "purchase of Norrix, a maker of payroll software, for 3.4 billion dollars.", S),
    ("zb07", "The Seattle company will pay for Norrix with 850 million dollars in cash and 1.9 trillion dollars in new "
             "debt.", FIG),
    ("zb07", "Quillory has been a major player in the tech industry, and has invested heavily in the company's stock "
             "market.", CLAIM),
    ("zb07", "The Seattle company will pay for Norrix with 3.4 billion dollars of cash and 1.9 trillion dollars in new "
             "debt.", FIG),
    # edition 2, calls 16 and 17 (signals, zb06-zb09): only the placeholder
    # edition 3, calls 1-4 (story and repair, zb03 and zb09): word for word edition 1's calls 1-2 and edition 2's
    # calls 3-4
    # edition 3, call 5 (story, zo05)
    # left out 'The winning duck, number 317, was the first to cross the finish line at the weir after 26 minutes.': a
    # near-repeat of the first sentence
    ("zo05", "The winning duck, number 317, was the first to cross the finish line at the weir after a race of 26 "
             "minutes.", FIG),
    ("zo05", "Each duck cost 2 pounds to sponsor and carried a number.", S),
    ("zo05", "The winner is 40 large ducks.", CLAIM),
    ("zo05", "The race was cancelled due to heavy rain.", FIG),
    # edition 3, call 6 (repair, zo05)
    ("zo05", "The winning duck, number 3,117, crossed the finish line at the weir after 26 minutes, earning its "
             "sponsor, a retired nurse named Judith Hale, a prize of 250 pounds.", S),
    # edition 3, call 7 (story, zo04)
    ("zo04", "A model railway exhibition in Harrowby drew 6,800 visitors over the weekend, up from 5,200 last year.", S),
    # left out 'The organisers said it would pay for the hire of the hall next year.': 'it' has no clear referent
    # (the money of the sentence after it); ambiguous
    ("zo04", "The Harrowby Model Railway Society, which runs the show, said the money would pay for the hire of the "
             "hall next year.", S),
    # edition 3, call 8 (signals, zb03 + zb09 + zo04 + zo05)
    # left out a repeat of edition 1's call 2 and the placeholder
    ("zb03", "Funds Daily reports that clients withdrew 14.2 billion dollars from Halbrook Asset Management's equity "
             "funds in the third quarter and put 9.8 billion dollars into its bond fund.", S),
    # edition 3, call 9 (story, zo04): a near-repeat of call 7 ('its organisers said' added) and the placeholder
    # edition 3, call 10 (repair, zo04): a repeat of call 7's last sentence
    # edition 4 (zb10 + zo01 + zo02 + zo03 + zo06 + zo07): no call; the edition put the six articles in no category
    # edition 5, call 1 (story, zb02)
    ("zb02", "Tessaron has unveiled plans to increase its 3-nanometre wafer production by 10% in the coming months.",
     FIG),
    # edition 5, call 2 (repair, zb02)
    # left out 'Its shares rose 5.2% in Taipei after the announcement.': a near-repeat of edition 1's call 6 ('Taipe')
    ("zb02", "Tessaron Semiconductor said on Wednesday that 72% of the chips on wafers from its 3-nm line at the Hsinan "
             "fab now pass final testing, up from 55% in April.", S),
    ("zb02", "The news has been reported by the Taipei Broadcasting System (TBS).", CLAIM),
    # edition 5, call 3 (story, zb02)
    # left out the placeholder
    ("zb02", "Tessaron has lifted 3-nanometre yields from its 5.2% of wafers, up from 4.1 billion dollars in the "
             "current quarter.", FIG),
    ("zb02", "Tessaron expects revenue of 4.1 billion dollars this quarter.", S),
    # edition 5, call 4 (repair, zb02)
    # left out a repeat of call 2's first sentence
    ("zb02", "Tessaron Semiconductor said on Wednesday that 72% of the chips on wafers from its 3-nanometre line at "
             "the Hsinan fab now pass final testing, up from 5.2%, while also raising hopes of a potential upgrade to "
             "the 4nm process.", FIG),
    # edition 6, call 1 (story, zb05): a near-repeat of edition 1's call 7 (the source named at the end dropped)
    # edition 6, call 2 (repair, zb05)
    ("zb05", "Among viewers aged 16 to 34 its share dropped to 9.7% from 12.2%, while among those over 65 it edged up to "
             "38.1%.", FIG),
    # edition 6, call 3 (story, zb04)
    # left out a repeat of the sentence below and the placeholder
    ("zb04", "Asia-Europe container rates fell for a third week as new ships arrive from Asia, with the Shanghai to New "
             "York shipping route losing 6.4% this week.", FIG),
    # edition 6, call 4 (repair, zb04)
    # left out 'Rates from Shanghai to the US West Coast slipped 2.1%, while those to the Mediterranean rose 1.5%; this
    # week, they fell by 6.4%.': which rates 'they' are is unclear; ambiguous against the article
    ("zb04", "Spot rates for moving one 40-foot box from Shanghai to ports in northern Europe fell 6.4% this week to "
             "$2,910 dollars; while those to the Mediterranean rose 1.5%.", S),
    ("zb04", "The data shows a 3.7% drop compared to last month's report.", CLAIM),
    # edition 6, call 5 (signals, zb04 + zb05)
    # left out the second sentence about Brightcast's share ('from 27.9% in October to 20.5%'...): a near-repeat of
    # the first with other figures
    ("zb05", "Brightcast's viewing share falls to 24.1% as younger viewers drift away", S),
    ("zb05", "Brightcast, the public broadcaster of Valmora, said its share dropped from 30.8% in October to 25.6%, "
             "while those aged 16-24 saw a 7.9% increase; for those over 65 it edged up to 38.1%; this week, they fell "
             "by 6.4%.", FIG),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="b", split="evaluation17",
                                      raw_name="eval17-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval17", arts, rows, problems, (("business and tech articles", "zb"), ("others", "zo")))


if __name__ == "__main__":
    main()
