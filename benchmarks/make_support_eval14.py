"""Build the fourteenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval14-articles.jsonl and eval14-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once before and once after the round's changes, by the lead).

    python benchmarks/make_support_eval14.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads, in shapes the earlier parts used less
(wb01-wb10): a property portfolio sale below book value, a contractor's profit warning, a rights issue, a ceiling-fan
recall, a bank appealing a regulator's fine, a battery joint venture dissolved, a revenue forecast raised and then
cut, a dividend suspended, a data-centre lease and a spike in container shipping rates. Seven are on topics no earlier
part uses (wo01-wo07; the earlier articles were searched for the topic words): a library book returned 63 years late,
a Bronze Age hoard found by a metal detectorist, villagers buying their shop, a yew voted tree of the year, an
open-water swim by a 71-year-old, a national spelling bee and a scarecrow festival.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, two-sentence summaries of one
passage, and analysis sentences (``kind`` "analysis") that only combine or compute from what one passage of the cited
article says (differences, totals, ratios, shares, a value before a stated rise). Each is fully supported by one
passage (a sentence and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin
"planted"): every error kind, with shapes beside the earlier parts' (a price below book value restated as above it; a
debt ratio's before and after swapped; the seller and buyer of a portfolio or of a joint-venture stake swapped; a
rights issue's ratio inverted and its discount made a premium; the underwriter and the anchor shareholder swapped;
the appealed fine and the accepted repayment swapped; a forecast that was raised and then cut restated as cut twice;
a suspended dividend restated as halved; the lessor and the lessee swapped; the lease's value and the building's
cost swapped; a rate rise moved to another route; an analysis sentence whose computation is wrong (kind
"analysis"); page furniture no earlier part used). Real SmolLM2-135M outputs of Topline's own LLM writer (origin
"smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in eval14-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation14"; ids "c0001"... (the earlier
parts' sentence ids use s, k, m, v, w, x, y, z, u, r, o, h, g, e and d).
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
           "eval10-sentences.jsonl", "eval11-sentences.jsonl", "eval12-sentences.jsonl", "eval13-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohged"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko, sb, so, mb, mo, vb, vo; this part's:
# wb, wo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "wb01": [
        ("Carrowfield Estates is selling 14 office buildings to Tamsworth Capital for 1.1 billion pounds.", S),
        ("Private equity firm Tamsworth Capital has agreed to buy Carrowfield's offices in Manchester, Leeds and "
         "Bristol, the landlord said on Tuesday.", S),
        ("The 1.1 billion pound price is 9% lower than the value Carrowfield gave the buildings in its March "
         "accounts.", S),
        ("Harriet Vane, Carrowfield's chief executive, said selling the offices would help it reduce debt and invest "
         "more in warehouses, whose rents are growing faster.", S),
        ("Roughly 30% of the space in the 14 buildings stands empty.", S),
        ("Of the proceeds, 700 million pounds will go to repaying bank loans, with the remainder kept for new "
         "projects.", S),
        ("Carrowfield's borrowing will drop from 41% of its property's value to 28% once the sale is done.", S),
        ("Completion of the deal is expected in February.", S),
        ("Tamsworth plans to refit the offices and let them to smaller companies.", S),
        ("Carrowfield's shares gained 4% on the news.", S),
        ("Carrowfield will keep about 400 million pounds of the sale price for new projects.", S, (), AN),
        ("The sale cuts Carrowfield's borrowing by 13 percentage points of its property's value.", S, (), AN),
        ("Tamsworth Capital is selling 14 office buildings to Carrowfield Estates for 1.1 billion pounds.", ACT),
        ("The price is 9% above the value Carrowfield put on the buildings in March.", DIR),
        ("Carrowfield's borrowing will rise to 41% of the value of its property after the sale.", DIR),
        ("About 30% of the buildings' space is let to smaller firms.", CLAIM),
        ("Tamsworth will use 700 million pounds to repay bank loans.", ACT),
        ("The deal is due to close in March.", FIG),
        ("Carrowfield is selling 41 office buildings.", FIG),
        ("Carrowfield had valued the offices at about 1.5 billion pounds in March.", FIG, (), AN),
        ("Tamsworth Capital said it would turn the buildings into flats.", CLAIM),
        ("Carrowfield is selling the offices because its banks demanded that it cut its debt.", CAUSE),
        ("The sale shows that the office market has reached its bottom.", GEN),
        ("Harriet Vane, Tamsworth's chief executive, said rents for warehouses were rising faster.", ACT),
    ],
    "wb02": [
        ("Brackley Construction expects its profit for the year to halve to about 38 million pounds.", S),
        ("The contractor made a profit of 76 million pounds last year, it said on Monday.", S),
        ("Further losses have come to light on two hospital contracts that Brackley agreed at a fixed price.", S),
        ("Brackley now puts its loss on the Kelsall and Wrenbury hospitals at 54 million pounds, against the 20 "
         "million pounds it provided for in June.", S),
        ("Graham Oduya, the chief executive, said the cost of steel and electrical parts had risen and that changes "
         "to the designs requested by the health trusts had caused delays.", S),
        ("Brackley will stop bidding for fixed-price contracts worth more than 100 million pounds, Oduya said.", S),
        ("The company still expects revenue to climb to 2.4 billion pounds.", S),
        ("Brackley has 5.1 billion pounds of work in its order book.", S),
        ("Brackley's shares dropped 27% to 2.10 pounds, a level last seen in 2012.", S),
        ("Ruth Amadi, the finance director, is leaving at the end of March, a departure the company said was agreed "
         "before the warning.", S),
        ("Brackley's expected loss on the two hospitals is 34 million pounds more than the sum it set aside in "
         "June.", S, (), AN),
        ("Brackley expects to earn about 38 million pounds less this year than last.", S, (), AN),
        ("Brackley expects to lose 20 million pounds on the two hospital contracts.", FIG),
        ("Brackley's profit will fall to about 38 million pounds, roughly a third of last year's.", FIG, (), AN),
        ("The health trusts blamed Brackley's design changes for the delays.", ACT),
        ("Graham Oduya said Brackley would bid for more fixed-price contracts above 100 million pounds.", DIR),
        ("Brackley expects revenue to fall to 2.4 billion pounds.", DIR),
        ("Brackley's shares fell 27% to 2.10 pounds, their lowest since 2021.", FIG),
        ("Finance director Ruth Amadi was dismissed after the profit warning.", CAUSE),
        ("Brackley has asked the health trusts to pay part of the extra costs.", CLAIM),
        ("Brackley's order book has shrunk to 5.1 billion pounds.", CLAIM),
        ("The warning shows that fixed-price public contracts have become unprofitable for the whole industry.", GEN),
        ("Ruth Amadi, Brackley's chief executive, blamed higher steel prices.", ACT),
        ("Brackley warned on its profit after selling 14 office buildings to Tamsworth Capital.", MERGE, ("wb01",)),
    ],
    "wb03": [
        ("Ostmere Telecom is raising 900 million euros in a rights issue.", S),
        ("Existing investors are offered one new share for every three they own, at 1.30 euros a share.", S),
        ("The issue price is 35% below Ostmere's closing price of 2.00 euros on Friday.", S),
        ("The money will fund Ostmere's fibre network, which it aims to extend to 4 million homes by 2029, and help "
         "bring net debt under three times yearly earnings.", S),
        ("The Brenner family foundation, Ostmere's biggest shareholder with 22%, has committed to take up all the new "
         "shares offered to it.", S),
        ("Banks led by Hallam & Roe will buy any shares that other investors do not take up.", S),
        ("Lucia Ferraz, the chief executive, said Ostmere would rather ask its shareholders for money than sell its "
         "towers.", S),
        ("Investors have until 9 December to take up the offer.", S),
        ("Ostmere's shares dropped 12% on Monday.", S),
        ("The new shares cost 70 cents less than Ostmere's closing price on Friday.", S, (), AN),
        ("The Brenner foundation's promise covers about 198 million euros of the 900 million euro issue.", S, (), AN),
        ("Ostmere is offering three new shares for every share investors hold.", FIG),
        ("The new shares are priced at a 35% premium to Friday's close.", DIR),
        ("The Brenner family foundation will buy any shares other investors do not take up.", ACT),
        ("Hallam & Roe owns 22% of Ostmere.", ACT),
        ("Lucia Ferraz said Ostmere would sell its towers rather than ask shareholders for money.", DIR),
        ("Ostmere wants its fibre network to reach 4 million homes by 2027.", FIG),
        ("The new shares cost 1.30 euros, a discount of about a fifth to Friday's close.", FIG, (), AN),
        ("Ostmere's shares rose 12% on Monday.", DIR),
        ("Ostmere is raising the money because its lenders refused to extend its loans.", CAUSE),
        ("Ostmere will also cut its dividend until 2029.", CLAIM),
        ("Rights issues at a deep discount show that telecom investors have lost patience.", GEN),
    ],
    "wb04": [
        ("Brevik is recalling 64,000 ceiling fans because their blades may come loose and fall.", S),
        ("The product safety office announced the recall on Thursday.", S),
        ("Both the Aira and the Aira Max are covered; they were sold from April 2024 to August 2026 on Brevik's "
         "website and in DIY chains.", S),
        ("Brevik has had 112 reports of blades falling off, nine of them involving people who were hit, two of "
         "whom needed stitches.", S),
        ("According to Brevik, one supplier's batch of screws was made too short.", S),
        ("Owners are told to stop using the fans and get in touch with Brevik.", S),
        ("Brevik will send a technician to fit new blade brackets at no charge, or refund the full price.", S),
        ("The fans sold for 149 to 219 pounds.", S),
        ("Brevik has already halted sales of the two models and switched to another screw supplier.", S),
        ("Brevik's wall fans are not part of the recall.", S),
        ("In 103 of the 112 reported cases no one was hit by a falling blade.", S, (), AN),
        ("Brevik is recalling 46,000 ceiling fans.", FIG),
        ("Brevik has received nine reports of blades coming off, and 112 people were hit.", FIG),
        ("The recall also covers Brevik's wall fans.", DIR),
        ("Brevik said a batch of screws from one supplier had been made too long.", DIR),
        ("The DIY chains will fit the new blade brackets.", ACT),
        ("The screw supplier will pay for the recall.", CLAIM),
        ("Brevik will offer owners a half refund or a free repair.", FIG),
        ("The fans went on sale in April 2025.", FIG),
        ("The product safety office ordered Brevik to recall the fans after a child was injured.", CAUSE),
        ("Brevik will keep selling the Aira Max with new brackets.", DIR),
        ("The recall shows that cheap imported parts are a growing risk for appliance makers.", GEN),
    ],
    "wb05": [
        ("Pemberton Bank plans to appeal against a 48 million pound fine from the Financial Conduct Board.", S),
        ("The fine was imposed over how Pemberton treated mortgage customers who fell behind on their payments.", S),
        ("According to the board, about 31,000 customers in arrears were charged excessive fees by the bank between "
         "2019 and 2023.", S),
        ("The board also said the bank had failed to offer those customers payment plans they could afford.", S),
        ("On top of the fine, Pemberton was ordered to repay 26 million pounds of fees.", S),
        ("Pemberton will repay the customers in full but will contest the fine at the Financial Appeals Tribunal.", S),
        ("The bank argues that the board applied rules that took effect in 2022 to earlier years.", S),
        ("Nadia Okwu, the board's enforcement director, said Pemberton had been warned about its arrears charges in "
         "2020.", S),
        ("No lender has been fined more by the board this year.", S),
        ("Pemberton's shares barely moved.", S),
        ("The fine and the repayments together come to 74 million pounds.", S, (), AN),
        ("Pemberton said it would appeal against the order to repay customers.", DIR),
        ("Pemberton has accepted the 48 million pound fine.", DIR),
        ("The Financial Appeals Tribunal fined Pemberton Bank 48 million pounds.", ACT),
        ("Pemberton's enforcement director Nadia Okwu said the bank had been warned in 2020.", ACT),
        ("The board said about 13,000 customers had been charged fees that were too high.", FIG),
        ("The bank charged the fees between 2019 and 2022.", FIG),
        ("Pemberton must repay 62 million pounds of fees.", FIG),
        ("Pemberton argues that the rules it was judged on came into force in 2020.", FIG),
        ("The tribunal is expected to rule on the appeal next year.", CLAIM),
        ("Pemberton's shares fell sharply after the fine was announced.", DIR),
        ("The board fined Pemberton after customers complained to their members of parliament.", CAUSE),
        ("The case signals a tougher stance on lenders across the whole mortgage market.", GEN),
        ("Pemberton Bank will repay customers who were hit by Brevik's falling fan blades.", MERGE, ("wb04",)),
    ],
    "wb06": [
        ("Ardent Motors and Kiyosa are dissolving Cellbridge, the battery-cell joint venture they formed three years "
         "ago.", S),
        ("The two companies announced on Friday that Kiyosa would buy Ardent's half of the venture for 310 million "
         "dollars.", S),
        ("Kiyosa is taking over Cellbridge's factory in Tennford, where 1,400 people work.", S),
        ("Ardent had invested 540 million dollars in the venture.", S),
        ("Under a supply contract running to 2030, Ardent will go on buying cells from the plant, though for fewer "
         "cars than it had planned.", S),
        ("Demand for Ardent's electric models has grown more slowly than the carmaker expected.", S),
        ("Pieter Maas, Ardent's chief financial officer, said the deal would bring a charge of about 230 million "
         "dollars in the fourth quarter.", S),
        ("Kiyosa plans to sell the extra capacity to other carmakers.", S),
        ("Kiyosa said there would be no job cuts at the Tennford plant.", S),
        ("Ardent will get back 310 million dollars of the 540 million it put into Cellbridge, 230 million dollars "
         "less.", S, (), AN),
        ("Ardent is buying Kiyosa's 50% stake in Cellbridge for 310 million dollars.", ACT),
        ("Kiyosa will pay 540 million dollars for Ardent's stake.", FIG),
        ("Ardent will stop buying cells from the Tennford plant.", DIR),
        ("Demand for Ardent's electric cars has been stronger than expected.", DIR),
        ("Kiyosa will cut 1,400 jobs at the Tennford plant.", DIR),
        ("Ardent will book a charge of about 320 million dollars in the fourth quarter.", FIG),
        ("The supply contract runs until 2032.", FIG),
        ("Kiyosa's chief financial officer, Pieter Maas, announced the charge.", ACT),
        ("Kiyosa has already signed a supply deal with another carmaker for the extra cells.", CLAIM),
        ("The venture was dissolved after a dispute between the partners over the plant's costs.", CAUSE),
        ("Ardent put 540 million dollars into the venture and will get back about a third of it.", FIG, (), AN),
        ("The end of the venture shows that carmakers are giving up on making their own batteries.", GEN),
    ],
    "wb07": [
        ("Lunera Software has lowered its revenue forecast for the year to between 1.42 and 1.45 billion "
         "dollars.", S),
        ("The cut came on Thursday, three months after Lunera had raised the forecast to between 1.55 and 1.58 "
         "billion dollars.", S),
        ("In August, citing strong demand from banks, Lunera lifted its forecast from 1.50 billion dollars.", S),
        ("Chief executive Tomas Ekberg said big customers had delayed signing contracts until next year.", S),
        ("Ekberg also said a budget freeze had held up two government orders.", S),
        ("Third-quarter revenue grew 6% to 352 million dollars, short of the 381 million dollars analysts had "
         "forecast.", S),
        ("Lunera will pause hiring and cut 250 jobs, roughly 5% of its workforce.", S),
        ("Lunera's shares dropped 23% in trading after hours.", S),
        ("Ekberg admitted the company had been too optimistic in August and said its forecasts would now span a "
         "wider range.", S),
        ("Lunera's new forecast is below the 1.50 billion dollars it expected before it raised its outlook in "
         "August.", S, (), AN),
        ("Third-quarter revenue fell 29 million dollars short of analysts' expectations.", S, (), AN),
        ("With 250 jobs being about 5% of its staff, Lunera employs roughly 5,000 people.", S, (), AN),
        ("Lunera has raised its revenue forecast to between 1.42 and 1.45 billion dollars.", DIR),
        ("In August Lunera cut its forecast from 1.50 billion dollars.", DIR),
        ("Lunera has now cut its forecast for the second time this year.", CLAIM),
        ("Third-quarter revenue rose 6% to 381 million dollars.", FIG),
        ("Lunera will cut 520 jobs.", FIG),
        ("Banks put off signing contracts until next year, Ekberg said.", ACT),
        ("Analysts said Lunera had been too optimistic in August.", ACT),
        ("Lunera's shares rose 23% in after-hours trading.", DIR),
        ("Lunera cut its forecast after losing its largest bank customer to a rival.", CAUSE),
        ("The new forecast's midpoint is about 30 million dollars below the one set in August.", FIG, (), AN),
        ("The cut shows that software spending is slowing across the economy.", GEN),
        ("Lunera is raising 900 million euros from its shareholders to pay for the delayed government orders.",
         MERGE, ("wb03",)),
    ],
    "wb08": [
        ("Corrington Paper has suspended its dividend after falling pulp prices left it with a third-quarter "
         "loss.", S),
        ("The group, listed in Sweden, lost 42 million euros in the quarter, compared with a 65 million euro profit a "
         "year before.", S),
        ("Pulp prices dropped by about a quarter, Corrington said on Tuesday.", S),
        ("Corrington paid 0.60 euros a share for last year and will pay no dividend for this year.", S),
        ("Anneli Sund, the chief executive, said the board wanted to hold on to cash until prices recover and to "
         "protect the credit rating.", S),
        ("One of the three paper machines at the Ljungby mill will close, with the loss of 180 jobs.", S),
        ("Corrington is putting off a new packaging line until 2028.", S),
        ("Net debt at Corrington has risen to 1.3 billion euros.", S),
        ("Corrington's shares dropped 15% in Stockholm.", S),
        ("Nordfors, a rival, said it would maintain its dividend.", S),
        ("Corrington's result swung by 107 million euros, from a profit of 65 million to a loss of 42 "
         "million.", S, (), AN),
        ("Corrington has halved its dividend to 0.30 euros a share.", DIR),
        ("Nordfors has suspended its dividend as pulp prices slide.", ACT),
        ("Corrington lost 65 million euros in the third quarter.", FIG),
        ("Pulp prices fell by about a third.", FIG),
        ("Corrington will close two of the three paper machines at Ljungby.", FIG),
        ("Corrington will bring forward its new packaging line to 2026.", DIR),
        ("Corrington's net debt fell to 1.3 billion euros.", DIR),
        ("Anneli Sund said the board would resume the dividend next year.", CLAIM),
        ("Corrington's credit rating was cut after the loss.", CLAIM),
        ("Pulp prices fell because Chinese buyers stopped importing.", CAUSE),
        ("The suspension shows that the paper industry is in a long decline.", GEN),
        ("Corrington suspended its dividend in the same week Ardent and Kiyosa ended their venture.", MERGE,
         ("wb06",)),
    ],
    "wb09": [
        ("Stratavault has let its entire new 120-megawatt data centre in Slough to Helion Cloud on a 15-year "
         "lease.", S),
        ("According to Stratavault, the lease is worth about 2.7 billion pounds over 15 years, the largest it has ever "
         "signed.", S),
        ("Helion Cloud will run artificial-intelligence systems for its business customers at the Slough site from "
         "the second half of 2027.", S),
        ("Stratavault is spending about 900 million pounds on the building and has a 650 million pound loan from "
         "three banks.", S),
        ("Power for the building will come from the grid under a contract with Wexley Energy.", S),
        ("Stratavault said its grid connection had been secured in 2024.", S),
        ("Dev Malhotra, Stratavault's chief executive, said two more customers had enquired about space at a second "
         "site planned in Reading.", S),
        ("Helion already rents two smaller sites in London from Stratavault.", S),
        ("The companies announced the lease on Monday.", S),
        ("The lease works out at about 180 million pounds a year.", S, (), AN),
        ("The bank loan covers about 72% of the cost of building the Slough site.", S, (), AN),
        ("Helion Cloud has leased its Slough data centre to Stratavault for 15 years.", ACT),
        ("The lease is worth about 900 million pounds.", FIG),
        ("Stratavault is paying about 2.7 billion pounds to build the site.", FIG),
        ("The Slough building has a capacity of 210 megawatts.", FIG),
        ("Helion will start using the site in the first half of 2026.", FIG),
        ("The building will take its power from a gas plant built by Wexley Energy on the site.", CLAIM),
        ("Stratavault is still waiting for a grid connection.", DIR),
        ("Helion has signed up for space at Stratavault's planned site in Reading.", CLAIM),
        ("Dev Malhotra, Helion's chief executive, said two more customers had asked about space.", ACT),
        ("Helion chose Slough because its London sites had run out of power.", CAUSE),
        ("The lease shows that AI demand will keep data-centre rents rising for a decade.", GEN),
        ("The lease is worth 2.7 billion pounds, or about 270 million pounds a year.", FIG, (), AN),
    ],
    "wb10": [
        ("Shipping a 40-foot container from Shanghai to Rotterdam now costs 5,120 dollars, 38% more than a week "
         "ago.", S),
        ("The Marlin freight index showed on Thursday that the Shanghai to Genoa rate had climbed 29% to 5,460 "
         "dollars.", S),
        ("Since attacks in the Red Sea resumed two weeks ago, shipping lines have been sending ships round southern "
         "Africa.", S),
        ("The longer route adds roughly ten days to each voyage and takes ships out of service.", S),
        ("Corbett Maritime analysts estimate that the longer journeys tie up about 6% of the world's container "
         "fleet.", S),
        ("Rates remain below the 2024 peak of 8,300 dollars.", S),
        ("The rate from Shanghai to Los Angeles was up only 3%.", S),
        ("Some retailers told the index's publisher that spring orders would be late.", S),
        ("Hallworth Line, the biggest carrier on the route, will charge an extra 500 dollars a container from 1 "
         "December.", S),
        ("A week earlier, shipping a container from Shanghai to Rotterdam cost about 3,700 dollars.", S, (), AN),
        ("The Shanghai to Rotterdam rate is still about 3,180 dollars below its 2024 peak.", S, (), AN),
        ("Sending a container from Shanghai to Genoa now costs 340 dollars more than to Rotterdam.", S, (), AN),
        ("The Shanghai to Rotterdam rate rose 29% in a week.", FIG),
        ("Rates from Shanghai to Los Angeles rose 38%.", FIG),
        ("Rates have risen above the peak of 8,300 dollars reached in 2024.", DIR),
        ("The longer voyages add about ten weeks to each journey.", FIG),
        ("The Marlin freight index will add a surcharge of 500 dollars a container from 1 December.", ACT),
        ("Corbett Maritime, the largest carrier on the route, said 6% of the fleet was tied up.", ACT),
        ("Shipping lines have returned to the Red Sea route after the attacks stopped.", DIR),
        ("Hallworth Line said spring orders for retailers would arrive late.", ACT),
        ("Rates jumped because a strike closed the port of Shanghai for a week.", CAUSE),
        ("Insurers have doubled the cost of cover for ships sailing near the Red Sea.", CLAIM),
        ("The spike shows that global trade is entering a new era of disruption.", GEN),
        ("A week earlier, the Shanghai to Rotterdam rate was about 1,950 dollars.", FIG, (), AN),
        ("Container rates jumped 38% as Stratavault leased its Slough data centre.", MERGE, ("wb09",)),
    ],
    "wo01": [
        ("A bird book borrowed from Eastmoor library in 1963 has come back 63 years late.", S),
        ("The book was returned with a letter of apology and a 50 pound cheque.", S),
        ("The guide to the birds of the coast was posted from Canada and arrived last week.", S),
        ("Margaret Holt, 81, sent the book back; she said she had packed it by mistake when her family emigrated, "
         "when she was 18.", S),
        ("At the old rate of a penny a day, the fine would have reached about 96 pounds, librarian Priya Nair "
         "said.", S),
        ("The library stopped charging fines in 2019, Nair said.", S),
        ("The 50 pounds will buy new books for the children's section.", S),
        ("Apart from a torn cover the book is in good condition, and it will be displayed in the entrance hall until "
         "the end of January.", S),
        ("The library has kept the card showing that the book was due back on 14 June 1963.", S),
        ("The fine Holt would have owed is almost twice the cheque she sent.", S, (), AN),
        ("The book was returned 36 years late.", FIG),
        ("Margaret Holt sent a cheque for 96 pounds.", FIG),
        ("Priya Nair said the library would charge Holt a fine of 96 pounds.", DIR),
        ("The book was sent back from Australia.", FIG),
        ("Holt said she had kept the book on purpose.", DIR),
        ("Holt's daughter found the book while clearing the family's loft.", CLAIM),
        ("The library stopped charging fines in 2019 after a campaign by readers.", CAUSE),
        ("The money will go to repairing the torn cover.", CLAIM),
        ("The library has written to Holt to thank her.", CLAIM),
        ("The return shows that people today are more honest than they used to be.", GEN),
    ],
    "wo02": [
        ("A metal detectorist has dug up 70 bronze axe heads, thought to be about 3,000 years old, in a field near "
         "Ashby Fell.", S),
        ("Colin Marsh, a former postman who has been detecting for 25 years, got a strong signal from his detector in "
         "March.", S),
        ("When he saw the first axe heads, Marsh stopped digging and called the county's finds officer.", S),
        ("Archaeologists from Deverill University spent four days digging out the rest of the hoard.", S),
        ("Helen Carver, the finds officer, said the axes were probably an offering rather than hidden for safety, "
         "since several had been broken on purpose.", S),
        ("Next month a coroner will decide whether the hoard is treasure.", S),
        ("If the hoard is declared treasure, the county museum hopes to buy it.", S),
        ("Any reward would be split between Marsh and Alan Reid, the farmer who owns the field.", S),
        ("No bigger find of its kind has been made in the county.", S),
        ("The axe heads date from roughly 1000 BC.", S, (), AN),
        ("Colin Marsh found 17 axe heads.", FIG),
        ("The axe heads are about 300 years old.", FIG),
        ("Marsh dug out all the axe heads himself before calling the finds officer.", DIR),
        ("Helen Carver said the axes had been hidden for safekeeping.", DIR),
        ("The county museum has already bought the hoard.", CLAIM),
        ("A coroner declared the hoard treasure last month.", CLAIM),
        ("The reward will go to the county museum and to Marsh.", ACT),
        ("Alan Reid, a retired postman, found the hoard.", ACT),
        ("Archaeologists from Deverill University took four weeks to dig out the rest.", FIG),
        ("The axes were broken when the farmer ploughed the field.", CAUSE),
        ("The find will change how historians see the Bronze Age.", GEN),
    ],
    "wo03": [
        ("Hartley's residents have bought the village's only shop and post office.", S),
        ("The shop was due to shut in January because its owners were retiring.", S),
        ("Over 260 people bought shares of 25 to 500 pounds each, raising 84,000 pounds, and a rural fund added a "
         "30,000 pound grant.", S),
        ("Two paid staff and a rota of roughly 40 volunteers will run the shop.", S),
        ("Janet Pryor, who chairs the committee, said the next nearest shop was seven miles off and that many older "
         "villagers did not drive.", S),
        ("Ken and Sheila Moss, who ran the shop for 32 years, sold it for less than its valuation.", S),
        ("After a refit the shop will reopen on 2 February, selling local eggs, bread and meat.", S),
        ("Profits will be put back into the shop or given to village groups.", S),
        ("The share sale and the grant together came to 114,000 pounds.", S, (), AN),
        ("More than 620 people bought shares in the shop.", FIG),
        ("The shares raised 30,000 pounds and the rural fund gave 84,000 pounds.", FIG),
        ("Ken and Sheila Moss sold the shop for more than it was valued at.", DIR),
        ("The shop will be run entirely by volunteers.", DIR),
        ("Janet Pryor and her husband ran the shop for 32 years.", ACT),
        ("The rural fund will run the shop.", ACT),
        ("The shop will reopen on 2 January.", FIG),
        ("The post office counter will close when the shop reopens.", CLAIM),
        ("The owners decided to sell because the shop was losing money.", CAUSE),
        ("Community shops are becoming the only way to keep villages alive.", GEN),
        ("Hartley's villagers bought their shop as a detectorist found 70 axe heads near Ashby Fell.", MERGE,
         ("wo02",)),
    ],
    "wo04": [
        ("The yew in St Aldhelm's churchyard in Caldbeck has won tree of the year.", S),
        ("The Woodland Heritage Trust ran the public vote.", S),
        ("Of the 31,400 votes cast, the yew received 8,912, beating a beech in Wyre Forest, which got 6,105.", S),
        ("The yew is thought by experts to be at least 1,500 years old, older than the 12th-century church next to "
         "it.", S),
        ("The trunk is 9.6 metres around.", S),
        ("In February the yew will go on to the European tree of the year contest, the trust said.", S),
        ("Rosalind Egan, the vicar, said that after a storm split the trunk in 1987 villagers propped up a branch "
         "with oak posts.", S),
        ("The winning tree's owners receive a 1,000 pound grant from the trust to look after it.", S),
        ("The yew won by 2,807 votes over the Wyre Forest beech.", S, (), AN),
        ("The yew took a little over a quarter of the votes cast.", S, (), AN),
        ("The yew won with a majority of the votes cast.", FIG, (), AN),
        ("The yew won 6,105 votes and the beech 8,912.", FIG),
        ("The beech in Wyre Forest was voted tree of the year.", ACT),
        ("Experts say the yew is about 500 years old.", FIG),
        ("The church is older than the yew.", DIR),
        ("The trunk measures 6.9 metres around.", FIG),
        ("The trust propped up the yew's branches with oak posts.", ACT),
        ("The yew has already won the European tree of the year contest.", CLAIM),
        ("The trunk split in 1987 because lightning struck the tree.", CAUSE),
        ("The vote shows that people care more about old trees than new woodland.", GEN),
    ],
    "wo05": [
        ("Edith Ferris, 71, has become the oldest woman to swim across the Firth of Lorne.", S),
        ("The Lorne Swimming Association said the crossing took her 5 hours and 12 minutes.", S),
        ("Ferris left Kilbride Point at 6.40am on Saturday and came ashore at Carsaig, 14 kilometres away, just before "
         "midday.", S),
        ("The water temperature was 13 degrees.", S),
        ("Ferris began swimming in open water at the age of 60, after the death of her husband.", S),
        ("She said the final hour was the toughest because the tide had turned against her.", S),
        ("A boat carrying a pilot and an observer from the association followed her, and the association confirmed "
         "her time.", S),
        ("Until now the oldest woman to make the crossing had been 66.", S),
        ("Ferris raised about 6,500 pounds for a lifeboat charity and is already planning another swim.", S),
        ("Ferris is five years older than the previous oldest woman to swim the crossing.", S, (), AN),
        ("Ferris swam at an average of a little under 3 kilometres an hour.", S, (), AN),
        ("Ferris swam the crossing in 12 hours and 5 minutes.", FIG),
        ("The crossing from Kilbride Point to Carsaig is 41 kilometres.", FIG),
        ("Ferris said the first hour had been the hardest.", DIR),
        ("The tide helped Ferris in the last hour of her swim.", DIR),
        ("Ferris's husband followed her in a boat with an observer.", ACT),
        ("The lifeboat charity confirmed Ferris's time.", ACT),
        ("Ferris took up open-water swimming at 16.", FIG),
        ("Ferris now holds the record for the fastest crossing of the Firth of Lorne.", CLAIM),
        ("Ferris swam the crossing to raise money for a new lifeboat at Carsaig.", CAUSE),
        ("Her swim shows that age is no barrier to endurance sport.", GEN),
        ("Ferris reached Carsaig on the day Hartley's villagers reopened their shop.", MERGE, ("wo03",)),
    ],
    "wo06": [
        ("Amara Osei, an 11-year-old from Pendle, has won the national spelling bee.", S),
        ("She took the title on Saturday by spelling 'chiaroscuro' correctly in the 14th round.", S),
        ("Amara beat 38 other finalists, aged 9 to 14, who had qualified through regional rounds that involved about "
         "9,000 pupils.", S),
        ("Leo Brandt, 13, finished second after going out on 'syzygy'.", S),
        ("Amara, in her final year of primary school, said she practised every evening for an hour with her "
         "grandmother and read the dictionary on the bus.", S),
        ("She wins a trophy and 2,000 pounds of books for her school.", S),
        ("Fiona Blake, director of the charity Wordwise, which runs the competition, said a record number of schools "
         "had entered this year.", S),
        ("Noah Kim, who won last year, was 12.", S),
        ("There were 39 finalists in all.", S, (), AN),
        ("Amara is a year younger than Noah Kim was when he won last year.", S, (), AN),
        ("Leo Brandt won the spelling bee by spelling 'chiaroscuro'.", ACT),
        ("Amara Osei went out on 'syzygy' in the 14th round.", ACT),
        ("Amara won in the 41st round.", FIG),
        ("About 90,000 pupils took part in the regional rounds.", FIG),
        ("Amara said she practised with her grandfather.", ACT),
        ("Fiona Blake said fewer schools had entered this year.", DIR),
        ("Amara's prize is 2,000 pounds in cash.", FIG),
        ("Amara will represent the country at the world spelling championship.", CLAIM),
        ("Amara won because her grandmother is a retired English teacher.", CAUSE),
        ("Spelling bees show that children are reading more than ever.", GEN),
        ("Amara Osei won the spelling bee in front of 12,000 visitors at Little Danby.", MERGE, ("wo07",)),
    ],
    "wo07": [
        ("Little Danby's 20th scarecrow festival featured 140 scarecrows, the organisers said.", S),
        ("Scarecrows stood in gardens, on walls and on the roof of the church over the weekend.", S),
        ("Around 12,000 people came over the two days, compared with 9,000 last year.", S),
        ("Visitors paid 5 pounds each for a map of the trail.", S),
        ("The winner, chosen by visitors' votes, was a life-size fire engine crew made by the village's retired "
         "firefighters.", S),
        ("According to organiser Brenda Tully, the parish council started the festival in 2006 to raise money for "
         "the roof of the village hall.", S),
        ("This year the money will go to the primary school and the village hall.", S),
        ("Tully said parking had been difficult and that a bus would run from Kirkby station next year.", S),
        ("The scarecrows will remain in place until the end of the month.", S),
        ("The festival drew about 3,000 more visitors than last year, a rise of a third.", S, (), AN),
        ("Trail maps sold to 12,000 visitors would bring in about 60,000 pounds.", S, (), AN),
        ("The festival had 410 scarecrows.", FIG),
        ("About 12,000 people visited, down from last year.", DIR),
        ("Visitors paid 15 pounds each for a trail map.", FIG),
        ("A panel of judges chose the winning scarecrow.", ACT),
        ("The village's firefighters organised the festival.", ACT),
        ("The festival began in 2016.", FIG),
        ("This year's money will go to the parish council.", ACT),
        ("The parish council will build a car park for next year's festival.", CLAIM),
        ("Visitor numbers rose because the festival was shown on television.", CAUSE),
        ("The festival shows that village traditions are thriving.", GEN),
        ("Visitor numbers rose by about a half from last year.", FIG, (), AN),
    ],
}

BODIES = [
    ("wb01", "https://www.propertyledger.example/carrowfield-offices-sale", "Property Ledger",
     "Carrowfield sells 14 office buildings to Tamsworth Capital for 1.1 billion pounds",
     "Carrowfield Estates has agreed to sell 14 office buildings in Manchester, Leeds and Bristol to the private "
     "equity firm Tamsworth Capital for 1.1 billion pounds, the landlord said on Tuesday. The price is 9% below the "
     "value Carrowfield put on the buildings in its accounts in March. Chief executive Harriet Vane said the sale "
     "would let the company pay down debt and spend more on warehouses, where rents are rising faster. About 30% of "
     "the space in the buildings is empty. Carrowfield will use 700 million pounds to repay bank loans and keep the "
     "rest for new projects. After the sale its borrowing will fall to 28% of the value of its property, from 41%. "
     "The deal is due to close in February. Carrowfield's shares rose 4%. Tamsworth said it would refit the "
     "buildings and rent them to smaller firms."),
    ("wb02", "https://www.buildingweekly.example/brackley-profit-warning", "Building Weekly",
     "Brackley Construction warns profit will halve after hospital contract losses",
     "Brackley Construction said on Monday that its profit for the year would be about 38 million pounds, roughly "
     "half the 76 million pounds it earned last year, after it found further losses on two fixed-price hospital "
     "contracts. The contractor now expects to lose 54 million pounds on the hospitals in Kelsall and Wrenbury, up "
     "from the 20 million pounds it set aside in June. Chief executive Graham Oduya blamed higher prices for steel "
     "and electrical parts and delays caused by design changes the health trusts asked for. He said Brackley would "
     "no longer bid for fixed-price contracts above 100 million pounds. Revenue should still rise to 2.4 billion "
     "pounds, the company said. Its order book stands at 5.1 billion pounds. The shares fell 27% to 2.10 pounds, "
     "their lowest since 2012. Finance director Ruth Amadi will leave at the end of March; the company said her "
     "departure had been agreed before the warning."),
    ("wb03", "https://www.marketsdaily.example/ostmere-rights-issue", "Markets Daily",
     "Ostmere Telecom launches 900 million euro rights issue at a 35% discount",
     "Ostmere Telecom will raise 900 million euros by selling new shares to its existing investors, offering one new "
     "share for every three they hold at 1.30 euros each, a 35% discount to Friday's closing price of 2.00 euros. The "
     "company said the money would pay for its fibre network, which it wants to bring to 4 million homes by 2029, and "
     "help it cut net debt to below three times its yearly earnings. Its largest shareholder, the Brenner family "
     "foundation, which owns 22%, has promised to buy all the new shares it is offered. A group of banks led by "
     "Hallam & Roe has agreed to buy any shares that other investors do not take up. Chief executive Lucia Ferraz "
     "said the company preferred asking shareholders for money to selling its towers. The offer runs until 9 "
     "December. Ostmere's shares fell 12% on Monday."),
    ("wb04", "https://www.consumersafety.example/brevik-ceiling-fan-recall", "Consumer Safety Report",
     "Brevik recalls 64,000 ceiling fans after blades come loose",
     "Home appliance maker Brevik is recalling 64,000 ceiling fans because their blades can work loose and fall, the "
     "product safety office said on Thursday. The recall covers the Aira and Aira Max models sold between April 2024 "
     "and August 2026 through Brevik's website and at DIY chains. Brevik has received 112 reports of blades coming "
     "off, including nine in which people were hit; two of them needed stitches. The company said a batch of screws "
     "from one supplier had been made too short. Owners should stop using the fans and contact Brevik, which will "
     "send a technician to fit new blade brackets free of charge or give a full refund. The fans cost between 149 "
     "and 219 pounds. Brevik said it had already stopped sales of the two models and had changed its screw "
     "supplier. The recall does not affect its wall fans."),
    ("wb05", "https://www.financialregulation.example/pemberton-bank-appeal", "Financial Regulation Today",
     "Pemberton Bank to appeal 48 million pound fine over mortgage arrears",
     "Pemberton Bank said on Wednesday that it would appeal against a 48 million pound fine imposed by the Financial "
     "Conduct Board for its treatment of customers who fell behind on their mortgages. The board said the bank had "
     "charged about 31,000 customers in arrears fees that were too high between 2019 and 2023 and had not offered "
     "them payment plans they could afford. It ordered Pemberton to repay 26 million pounds of fees on top of the "
     "fine. The bank said it would repay the customers in full but would challenge the fine at the Financial Appeals "
     "Tribunal, arguing that the board had applied rules that only came into force in 2022 to earlier years. Board "
     "enforcement director Nadia Okwu said the bank had been warned about its arrears charges in 2020. The fine is "
     "the largest the board has imposed on a lender this year. Pemberton's shares were little changed."),
    ("wb06", "https://www.autoindustry.example/ardent-kiyosa-battery-venture", "Auto Industry News",
     "Ardent Motors and Kiyosa end battery joint venture",
     "Carmaker Ardent Motors and battery maker Kiyosa are ending their joint venture to build battery cells, three "
     "years after they set it up, the two companies said on Friday. Kiyosa will buy Ardent's 50% stake in the "
     "venture, Cellbridge, for 310 million dollars and take over its factory in Tennford, which employs 1,400 "
     "people. Ardent had put 540 million dollars into the venture. The carmaker will keep buying cells from the "
     "plant under a supply contract that runs until 2030, but for fewer cars than planned, because demand for its "
     "electric models has been slower than expected. Ardent's chief financial officer, Pieter Maas, said the company "
     "would book a charge of about 230 million dollars on the deal in the fourth quarter. Kiyosa said it would use "
     "the extra capacity to supply other carmakers. No jobs will be cut at the plant, Kiyosa said."),
    ("wb07", "https://www.softwarestreet.example/lunera-forecast-cut", "Software Street",
     "Lunera cuts its forecast three months after raising it",
     "Lunera Software on Thursday cut its revenue forecast for the year to between 1.42 and 1.45 billion dollars, "
     "three months after it had raised it to between 1.55 and 1.58 billion dollars. In August the company had "
     "lifted the forecast from 1.50 billion dollars, citing strong demand from banks. Chief executive Tomas Ekberg "
     "said large customers had put off signing contracts until next year and that two government orders had been "
     "delayed by a budget freeze. Revenue in the third quarter rose 6% to 352 million dollars, below the 381 million "
     "dollars analysts had expected. Lunera also said it would pause hiring and cut 250 jobs, about 5% of its staff. "
     "The shares fell 23% in after-hours trading. Ekberg said the company had been too optimistic in August and "
     "would give forecasts in a wider range from now on."),
    ("wb08", "https://www.paperandpackaging.example/corrington-dividend-suspended", "Paper and Packaging",
     "Corrington Paper suspends dividend as pulp prices slide",
     "Corrington Paper has suspended its dividend after a fall in pulp prices pushed the company to a loss in the "
     "third quarter. The Swedish-listed group said on Tuesday that it had lost 42 million euros in the quarter, "
     "against a profit of 65 million euros a year earlier, as the price of pulp fell by about a quarter. It had paid "
     "a dividend of 0.60 euros a share for last year and said it would not pay one for this year. Chief executive "
     "Anneli Sund said the board wanted to keep cash until prices recovered and to protect the company's credit "
     "rating. Corrington will close one of the three paper machines at its Ljungby mill, cutting 180 jobs, and "
     "delay a new packaging line until 2028. Its net debt rose to 1.3 billion euros. The shares fell 15% in "
     "Stockholm. Rival Nordfors said it would keep its dividend."),
    ("wb09", "https://www.datacentrereport.example/stratavault-lease", "Data Centre Report",
     "Stratavault leases whole Slough data centre to Helion Cloud for 15 years",
     "Data-centre owner Stratavault has leased the whole of its new 120-megawatt building in Slough to Helion Cloud "
     "for 15 years, the companies said on Monday. The lease is worth about 2.7 billion pounds over its term, "
     "according to Stratavault, making it the largest in the company's history. Helion will use the site to run "
     "artificial-intelligence systems for business customers from the second half of 2027. Stratavault is paying "
     "about 900 million pounds to build the site and has arranged a loan of 650 million pounds from three banks. "
     "The building will take its power from the grid under a contract with Wexley Energy, and Stratavault said it "
     "had secured the connection in 2024. Chief executive Dev Malhotra said two more customers had asked about "
     "space at a second site the company plans in Reading. Helion already leases two smaller sites from "
     "Stratavault in London."),
    ("wb10", "https://www.shippingnews.example/asia-europe-rates-jump", "Shipping News",
     "Asia-Europe container rates jump 38% in a week",
     "The cost of shipping a 40-foot container from Shanghai to Rotterdam rose 38% in a week to 5,120 dollars, the "
     "Marlin freight index showed on Thursday. Rates from Shanghai to Genoa rose 29% to 5,460 dollars. Shipping "
     "lines have sent ships round southern Africa since attacks in the Red Sea resumed two weeks ago, adding about "
     "ten days to each voyage and taking ships out of service. Analysts at Corbett Maritime said about 6% of the "
     "world's container fleet was tied up by the longer journeys. The rates are still below the peak of 8,300 "
     "dollars reached in 2024. Rates from Shanghai to Los Angeles rose only 3%. Retailers told the index's "
     "publisher that some spring orders would arrive late. Hallworth Line, the largest carrier on the route, said it "
     "would add a surcharge of 500 dollars a container from 1 December."),
    ("wo01", "https://www.eastmoorgazette.example/library-book-returned", "Eastmoor Gazette",
     "Library book returned 63 years late with a letter of apology",
     "A copy of a book about birds borrowed from Eastmoor library in 1963 has been returned, 63 years late, with a "
     "letter of apology and a cheque for 50 pounds. The book, a guide to the birds of the coast, arrived by post last "
     "week from Canada. It was sent by Margaret Holt, 81, who said she had packed it by mistake when her family "
     "emigrated when she was a girl of 18. Librarian Priya Nair said the fine at the old rate of a penny a day would "
     "have come to about 96 pounds, but the library had stopped charging fines in 2019. The money will be spent on "
     "new books for the children's section. Nair said the book was in good condition apart from a torn cover and "
     "would go on display in the entrance hall until the end of January. The library still has the card showing the "
     "date it was due back, 14 June 1963."),
    ("wo02", "https://www.heritagefinds.example/ashby-hoard", "Heritage Finds",
     "Metal detectorist finds Bronze Age hoard of 70 axe heads",
     "A metal detectorist has found a hoard of 70 bronze axe heads buried in a field near Ashby Fell, which experts "
     "say are about 3,000 years old. Colin Marsh, a retired postman who has been detecting for 25 years, said his "
     "detector gave a strong signal in March, and he stopped digging when he saw the first axe heads and called the "
     "county's finds officer. Archaeologists from Deverill University then dug out the rest over four days. Finds "
     "officer Helen Carver said the axes had probably been buried as an offering rather than hidden for safety, "
     "because several had been deliberately broken. A coroner will decide next month whether the hoard counts as "
     "treasure. If it does, the county museum hopes to buy it, and the reward would be shared between Marsh and the "
     "farmer who owns the field, Alan Reid. The find is the largest of its kind in the county."),
    ("wo03", "https://www.dalesnews.example/hartley-community-shop", "Dales News",
     "Villagers buy Hartley's last shop to save it from closure",
     "Residents of Hartley have bought the village's only shop and post office, which was due to close in January "
     "when its owners retired. More than 260 people bought shares worth between 25 and 500 pounds each, raising "
     "84,000 pounds, and a rural fund gave a grant of 30,000 pounds. The shop will be run by two paid staff and a rota "
     "of about 40 volunteers. Committee chairwoman Janet Pryor said the nearest other shop was seven miles away and "
     "that many older residents did not drive. The former owners, Ken and Sheila Moss, ran the shop for 32 years and "
     "sold it for less than it was valued at. The shop will reopen on 2 February after a refit, and will sell local "
     "eggs, bread and meat. Any profit will go back into the shop or to village groups."),
    ("wo04", "https://www.countrysidejournal.example/tree-of-the-year", "Countryside Journal",
     "Ancient yew at Caldbeck churchyard voted tree of the year",
     "A yew tree in the churchyard of St Aldhelm's in Caldbeck has been voted tree of the year in a public poll run "
     "by the Woodland Heritage Trust. The tree won 8,912 of the 31,400 votes cast, ahead of a beech in Wyre Forest "
     "with 6,105. Experts believe the yew is at least 1,500 years old, which would make it older than the church "
     "beside it, which was built in the 12th century. Its trunk measures 9.6 metres around. The trust said the yew "
     "would now go forward to the European tree of the year contest in February. Vicar Rosalind Egan said local "
     "people had propped up one of its branches with oak posts after a storm in 1987 split the trunk. The trust "
     "gives the winning tree's owners a grant of 1,000 pounds for its care."),
    ("wo05", "https://www.northcoastpost.example/ferris-channel-swim", "North Coast Post",
     "Grandmother, 71, becomes oldest woman to swim the Firth of Lorne",
     "A 71-year-old grandmother has swum across the Firth of Lorne in 5 hours and 12 minutes, becoming the oldest "
     "woman to complete the crossing, the Lorne Swimming Association said. Edith Ferris set off from Kilbride Point "
     "at 6.40am on Saturday and reached the shore at Carsaig, 14 kilometres away, shortly before midday. The water "
     "was 13 degrees. Ferris, who took up open-water swimming at 60 after her husband died, said the last hour had "
     "been the hardest because the tide turned against her. She was followed by a boat with a pilot and an observer "
     "from the association, which confirmed the time. The previous oldest woman to swim the crossing was 66. Ferris "
     "raised about 6,500 pounds for a lifeboat charity. She said she was already planning her next swim."),
    ("wo06", "https://www.educationherald.example/national-spelling-bee", "Education Herald",
     "Eleven-year-old wins national spelling bee on the word 'chiaroscuro'",
     "An 11-year-old from Pendle, Amara Osei, won the national spelling bee on Saturday by correctly spelling "
     "'chiaroscuro' in the 14th round. She beat 38 other finalists aged between 9 and 14, who had come through "
     "regional rounds involving about 9,000 pupils. The runner-up, Leo Brandt, 13, went out on 'syzygy'. Amara, who "
     "is in her last year at primary school, said she practised with her grandmother for an hour every evening and "
     "read the dictionary on the bus. Her prize is 2,000 pounds of books for her school and a trophy. The competition "
     "is run by the charity Wordwise, whose director Fiona Blake said more schools had entered this year than ever "
     "before. Last year's winner, Noah Kim, was 12 and came from Hollesley."),
    ("wo07", "https://www.vallecourier.example/scarecrow-festival", "Valle Courier",
     "Scarecrow festival draws 140 entries and 12,000 visitors",
     "The village of Little Danby held its 20th scarecrow festival over the weekend, with 140 scarecrows in gardens, "
     "on walls and on the church roof, the organisers said. About 12,000 people visited over the two days, up from "
     "9,000 last year, and paid 5 pounds each for a trail map. The winning entry, a life-size scarecrow of a fire "
     "engine crew made by the village's retired firefighters, was chosen by a vote of visitors. Organiser Brenda "
     "Tully said the festival had been started in 2006 by the parish council to raise money for the village hall "
     "roof. This year's money will go to the primary school and the village hall. Tully said parking had been a "
     "problem, and next year the festival would run a bus from the station at Kirkby. The scarecrows will stay up "
     "until the end of the month."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]

CONTENT_FREE: list[tuple[str, str]] = [
    ("wb01", "Print this page."),
    ("wb02", "All times are local."),
    ("wb03", "Ostmere Telecom: what we know so far."),
    ("wb04", "Back to top."),
    ("wb05", "Reading time: 2 minutes."),
    ("wb07", "Most read today."),
    ("wb08", "This page will be refreshed as the story develops."),
    ("wb09", "Caption to follow."),
    ("wb10", "Translated from the original."),
    ("wo01", "Jump to comments."),
    ("wo04", "The yew tree."),
    ("wo06", "Bylines withheld at the writers' request."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (one thread each, --n_ctx 8192), json_object, prompt version llm-3,
# date 2026-12-05, --timeout 450, machine at load 9-16. eval14-smollm2_raw.jsonl holds nine editions in this order
# (call numbers restart in each; times UTC): 1 wb01-wb06, 2 wb07-wb10 + wo01 + wo02, 3 wo03-wo07 (started together at
# 14:33, one per server, ended 14:36-14:45); then 4 all 17 articles (14:48-15:02), 5 wb02 + wb04 + wo01 + wo02
# (14:48-14:51), 6 wo04-wo07 (14:48, no call), 7 wb09 + wo01 + wo02 + wo04-wo07 (14:53-14:55), 8 wb05 + wo02 +
# wo04-wo07 (14:58-15:00) and 9 all 17 articles (15:04-15:14). Editions 6, 7 and 9 ran with the writer's default
# streamed requests, the others with TOPLINE_LLM_STREAM=false. Every edition ran to its end; all 81 calls were
# answered (the servers logged 81 POSTs, all 200), none timed out or failed. wo02 and wo04-wo07 were never shown to
# the model: the editions put them in no category (edition 6, of four of them alone, made no call and recorded
# nothing). A sentence is listed once, at its first answer; repeats, near-repeats and the sentences left out are named
# in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, wb06)
    ("wb06", "Ardent Motors and Kiyosa are ending their joint venture to build battery cells, three years after "
             "they set up the venture.", S),
    ("wb06", "...", CF),
    # edition 1, call 2 (repair, wb06)
    ("wb06", "Kiyosa will buy Ardent's 50% stake in the venture, Cellbridge, for 310 million dollars and take over "
             "its factory in Tennford.", S),
    ("wb06", "The deal is expected to be completed by 2024.", CLAIM),
    # edition 1, call 3 (story, wb03)
    ("wb03", "Ostmere Telecom will raise 900 million euros by selling new shares to its existing investors, offering "
             "one new share for every three at a discount of 1.3% to Friday's closing price.", FIG),
    # left out "facts::Ostmere Telecom will raise 900 million euros by sell"... : the sentence before with a field name
    # glued to it
    # edition 1, call 4 (story, wb03): only repeats of call 3
    # edition 1, call 5 (story, wb01)
    ("wb01", "Carrowfield Estates has agreed to sell 14 office buildings in Manchester, Leeds and Bristol to the "
             "private equity firm Tamsworth Capital for 9% below the value Carrowfield put on the buildings.", S),
    ("wb01", "The price is 9% below the value Carrowfield put on the buildings.", S),
    ("wb01", "Carvell's plans are about building new offices in Manchester, Leeds and Bristol.", CLAIM),
    ("wb01", "The company will be selling 14 office buildings to a private equity firm that has already agreed to "
             "build a new office complex in the city of Manchester.", CLAIM),
    ("wb01", "The company is planning to expand into the UK.", CLAIM),
    # edition 1, call 6 (repair, wb01)
    # left out 'Carrowfield Estates has agreed to sell 14 office buildings i'... and 'The price is 9% below the value of
    # the building in March.': near-repeats of call 5's first two sentences
    # edition 1, call 7 (signals, wb01 + wb03 + wb06)
    ("wb06", "Ardent Motors and Kiyosa end battery joint venture", S),
    ("wb06", "Kiyosa will buy 1.3 million euros of Ardent's stock at a discount.", MERGE, ("wb03",)),
    # edition 1, call 8 (story, wb05)
    ("wb05", "Pemberton Bank to appeal against a 48 million pound fine imposed by the Financial Conduct Board for its "
             "treatment of customers who fell behind on their mortgages.", S),
    # left out '...': a repeat of call 1's placeholder
    ("wb05", "The bank said it would repay the customer in full but would challenge the fine at the Financial "
             "Appeals Tribunal, arguing that the board had applied rules to earlier years.", S),
    ("wb05", "Nadia Okwu has warned the bank of its arrears charges this year.", FIG),
    # edition 1, call 9 (repair, wb05)
    ("wb05", "The board said the bank had charged about 3,000 customers in arrears fees that were too high between "
             "2019 and 2023 and had not offered them payment plans they could afford.", FIG),
    # edition 2, call 1 (story, wb10)
    ("wb10", "The cost of shipping a 40-foot container from Shanghai to Rotterdam rose 38% in a week to 5,120 "
             "dollars.", S),
    # left out '...': a repeat of edition 1's placeholder
    ("wb10", "The rates are still below the peak of 8,300 dollars reached in 2024.", S),
    # edition 2, call 2 (repair, wb10)
    ("wb10", "Hallworth Line, the largest carrier on the route, said it would add a surcharge of 500 dollars a "
             "container from 1 December.", S),
    # edition 2, call 3 (story, wb07)
    ("wb07", "Lunera Software on Thursday cut its revenue forecast for the year to between 1.42 billion dollars, "
             "three months after it had raised its revenue from $1.50 billion to $1.63 billion.", FIG),
    # edition 2, call 4 (repair, wb07)
    ("wb07", "Lunera Software on Thursday cut its revenue forecast for the year to between 1.42 and 1.50 billion "
             "dollars, three months after it had raised its revenue from 1.50 billion.", FIG),
    ("wb07", "In August the company had lifted the forecast from 1.50 billion dollar's in a month of 6 weeks "
             "ago.", FIG),
    # edition 2, call 5 (story, wb08)
    ("wb08", "Corrington Paper suspends dividend as pulp prices slide", S),
    ("wb08", "The company has suspended its dividend after a 42.5% loss in the third quarter.", FIG),
    ("wb08", "Crucial to the company's success, the paper will continue to operate until the end of the year and is "
             "expected to close one of the three paper machines at Ljungby Mill until 2028.", CLAIM),
    ("wb08", "The Swedish-listed group said on Tuesday that it had lost 42 million euros in the quarter, against a "
             "profit of 65 million euros a year earlier.", S),
    ("wb08", "The company will continue to operate until 2023.", CLAIM),
    ("wb08", "The company has already closed one of the three paper machines.", CLAIM),
    ("wb08", "The company's CEO, Arne Corrington, said he was", ACT),
    # edition 2, call 6 (story, wb08)
    ("wb08", "The Swedish-listed group said on Tuesday that it would keep its dividend.", ACT),
    # edition 2, call 7 (repair, wb08)
    ("wb08", "The Swedish-listed group said on Tuesday that it had lost 42 million euros in the quarter, against a "
             "profit of 65.000.000 EUR", S),
    # edition 2, call 8 (signals, wb07 + wb08 + wb10)
    # left out 'The cost of shipping a 40-foot container from Shanghai to Ro'... : a repeat of call 1
    ("wb07", "Lunera Software on Thursday cut its revenue forecast between 1.4 billion and 1.69 billion "
             "dollars.", FIG),
    # edition 2, call 9 (story, wb09)
    ("wb09", "The lease is worth about 2.7 billion pounds over its term, according to Stratavault.", S),
    # left out '...': a repeat of edition 1's placeholder
    # edition 2, call 10 (repair, wb09)
    ("wb09", "The lease is worth about 2.7 billion pounds over its term, according to Stratavault, making it the "
             "largest in the company's history.", S),
    # edition 2, call 11 (story, wb10)
    # left out 'The cost of shipping a 40-foot container from Shanghai to Ro'... (without its full stop) and 'The rates
    # are still below the peak of 8,300 dollars reached in 2024.': repeats of call 1
    ("wb10", "The cost of shipping a 40-foot container from Shanghai to Rotterdam rose 38.67%, the largest carrier "
             "on the route.", FIG),
    ("wb10", "Hallworth Line, the largest carrier on the route.", CF),
    ("wb10", "The rate for Genoa is only 5% higher than last year.", FIG),
    ("wb10", "Rates from Shanghai to Los Angeles rose only 3%.", S),
    ("wb10", "The rate for Genoa was dropped.", DIR),
    # edition 2, call 12 (signals, wb09 + wb10)
    # left out 'The lease is worth about 2.7 billion pounds over its term, a'... : a repeat of call 9
    ("wb10", "Asia-Europe container rates jump 38% in a week", S),
    # left out "Stratavault's lease is worth about 2.7 billion pounds over i"... : a near-repeat of call 9
    # edition 3, call 1 (story, wo03)
    ("wo03", "The village will be run by two paid staff and a rota of about 40 volunteers.", ACT),
    # edition 3, call 2 (repair, wo03)
    ("wo03", "More than 260 people bought shares worth between 25 and 500 pounds each, raising 84,000 pounds.", S),
    ("wo03", "A rural fund gave a grant of 30,000 pounds.", S),
    # edition 4, call 1 (story, wb06)
    # left out 'Ardent Motors and Kiyosa are ending their joint venture to build battery cells.' and '...': a
    # near-repeat of edition 1 call 1 (the lead shortened) and a repeat of its placeholder
    # edition 4, call 2 (repair, wb06)
    # left out "Kiyosa will buy Ardent's 50% stake in the venture, Cellbridg"... : a repeat of edition 1 call 2
    ("wb06", "The deal is expected to be completed by the end of the month.", CLAIM),
    # edition 4, call 3 (story, wb10) and call 4 (repair, wb10): only repeats of edition 2's answers
    # edition 4, call 5 (story, wb03)
    ("wb03", "Ostmere Telecom will raise 900 million euros by selling new shares to its existing investors, offering "
             "one new share for every three at 1.30 euros each.", S),
    ("wb03", "The company has already raised 900 million euros in cash since the end of last year and plans to sell "
             "all its towers by next quarter.", CLAIM),
    ("wb03", "Ostmere Telecom will raise 1.35 billion euro, which is a total increase of 27%.", FIG),
    # left out 'The company has already raised 900 million euros in cash since last year and plans to sell all its
    # towers by next quarter.': a near-repeat of the sentence two before
    # edition 4, call 6 (story, wb03): only repeats of call 5
    # edition 4, call 7 (story, wb07)
    # left out 'Lunera Software on Thursday cut its revenue forecast for the'... : a near-repeat of edition 2 call 4
    # (shortened); '...': a repeat of the placeholder
    ("wb07", "Lunera also said it would pause hiring and cut 250 jobs, about 5% of its staff.", S),
    # edition 4, call 8 (repair, wb07)
    # left out 'Lunera Software on Thursday cut its revenue forecast for the'... : a near-repeat of edition 2 call 4
    ("wb07", "In August the company had lifted the forecast from 1.50 billion dollars, citing strong demand from "
             "banks.", S),
    # edition 4, call 9 (story, wb01)
    # left out 'Carrowfield Estates has agreed to sell 14 office buildings i'... : a repeat of edition 1 call 5
    ("wb01", "The price is 3.6% lower than the value of the building in the accounts of the company, which has been "
             "selling it to smaller firms.", FIG),
    ("wb01", "Tamsworth said it would refit the buildings and rent them to smaller firms.", S),
    # edition 4, call 10 (repair, wb01)
    # left out 'The price is 9% below the value Carrowfield put on the buildings in its accounts in March.': a
    # near-repeat of edition 1 call 5's second sentence
    ("wb01", "Chief executive Harriet Vane said the sale would let the company pay down debt and spend more on "
             "warehouses, where rents are rising faster.", S),
    ("wb01", "Chief executive Harriet Vane said the sale would allow the company to pay off its own debts and invest "
             "in new projects while also spending money that could be spent elsewhere.", CLAIM),
    ("wb01", "She has plans to expand her business by investing in a new warehouse project in the city of "
             "Carpathia, which she believes will help the company grow.", CLAIM),
    # edition 4, call 11 (signals, wb01 + wb03 + wb06 + wb07 + wb10)
    # left out 'Ardent Motors and Kiyosa end battery joint venture': a repeat of edition 1 call 7
    # left out 'The company will raise 900 million euros by selling new shar'... : a near-repeat of call 5's first
    # sentence
    # edition 4, call 12 (story, wb09)
    # left out "The lease is worth about 2.7 billion pounds over its term, m"... : a near-repeat of edition 2 call 10
    # edition 4, call 13 (repair, wb09): only a repeat of edition 2 call 10
    # edition 4, call 14 (story, wb04)
    ("wb04", "Home appliance maker Brevik is recalling 64,000 ceiling fans after blades come loose.", S),
    # left out 'The recall covers the Aira and Aira Max models sold between '... : a repeat of edition 5 call 3
    ("wb04", "Aira&#39;s product safety office says it has stopped sales of two models, one in which people were "
             "hit.", ACT),
    ("wb04", "The rest are off.", CF),
    ("wb04", "Become a member of the company by 5pm on Thursday, June 8th, and have been working with Brevik to "
             "improve its products.", CLAIM),
    ("wb04", "The company said a batch of screws from one supplier had been made too short.", S),
    # edition 4, call 15 (story, wb10): only repeats and a near-repeat ('The rate is still below the peak'...) of
    # edition 2's answers
    # edition 4, call 16 (signals, wb04 + wb09 + wb10)
    ("wb10", "The data reveals a 20% increase in the cost of shipping a 40-foot container from Shanghai to "
             "Rotterdam.", FIG),
    ("wb10", "The cost of shipping a 40-foot container from Shanghai to Rotterdam rose 38.65 percent, from 1 "
             "December to August 2027.", FIG),
    # edition 4, call 17 (story, wb05)
    # left out 'Pemberton Bank will appeal against a 48 million pound fine i'... : a near-repeat of edition 1 call 8
    # ('to appeal' for 'will appeal'); 'The bank said it would repay the customer in full'...: a repeat of it
    # edition 4, call 18 (story, wb05): only repeats of call 17
    # edition 4, call 19 (story, wo03)
    ("wo03", "The village's last shop will be run by two paid staff and a rota of about 40 volunteers.", S),
    # left out '...': a repeat of the placeholder
    # edition 4, call 20 (repair, wo03)
    # left out 'More than 260 people bought shares worth between 25 and 500 '... : edition 3 call 2's two sentences
    # joined
    # edition 4, call 21 (story, wb02)
    ("wb02", "The company has been in a financial bind since 2013, when the hospital contracts went bankrupt.",
     CLAIM),
    # left out 'It is expected to lose 54 million pounds on hospital contracts this year.': 'this year' for a loss over
    # the two contracts is ambiguous against the article
    ("wb02", "It has lost 54million pounds on hospital contracts this year.", CLAIM),
    # edition 4, call 22 (repair, wb02)
    ("wb02", "The company should still raise revenue to 2.4 billion pounds, the company said.", S),
    # edition 4, call 23 (signals, wb02 + wb05 + wo03): only repeats of calls 17 and 19
    # edition 5, call 1 (story, wb02)
    ("wb02", "The company is now expected to lose 54 million pounds on hospital contracts.", S),
    ("wb02", "A recent study found that the hospital contract losses were a total of 2.7 billion dollars, while the "
             "company's profit was only about half of what it earned last year.", FIG),
    # edition 5, call 2 (repair, wb02)
    ("wb02", "Brackley Construction said on Monday that its profit for the year would be about 38 million pounds, "
             "roughly half the 76 million pounds it earned last year.", S),
    ("wb02", "The company has been in a tough financial situation since then, and has struggled to recover from "
             "recent losses.", CLAIM),
    ("wb02", "The shares fell 27% to 2.10 pounds, its lowest since 2012.", S),
    ("wb02", "The company's stock is now down 36% compared to the previous day.", FIG),
    # edition 5, call 3 (story, wb04)
    ("wb04", "The recall covers the Aira and Aira Max models sold between April 2024 and August 2026 through "
             "Brevik's website and at DIY chains.", S),
    # left out '...': a repeat of edition 1's placeholder
    # edition 5, call 4 (repair, wb04)
    # left out 'The recall covers the Aira and Aira Max models sold between '... : a repeat of call 3
    ("wb04", "The data is from a single source sentence,", CF),
    ("wb04", "Brevik's website has been updated with new data in August 2027.", CLAIM),
    # edition 5, call 5 (story, wb02)
    ("wb02", "The company has been facing a significant financial challenge in the past year, as it is expected to "
             "lose 54 million pounds on hospital contracts.", CLAIM),
    # left out '...': a repeat of edition 1's placeholder
    # edition 7, call 1 (story, wb09)
    ("wb09", "Data-centre owner Stratavault has leased the entire building in Slough to Helion Cloud for 15 years, "
             "the companies said on Monday.", S),
    # left out '...' and 'The lease is worth about 2.7 billion pounds over its term, a'... : repeats
    # edition 7, call 2 (repair, wb09)
    ("wb09", "Helion will use the site to run artificial-intelligence systems for business customers from the second "
             "half of 2027.", S),
    # edition 7, call 3 (story, wo01)
    ("wo01", "A copy of a book about birds borrowed from Eastmoor library in 1963 has been returned, 63 years late "
             "with a letter of apology and a cheque for 50 pounds.", S),
    # left out '...': a repeat of the placeholder
    # edition 7, call 4 (repair, wo01)
    ("wo01", "Nair said the book was in good condition, apart from a torn cover and would go on display in the "
             "entrance hall until the end of January.", S),
    ("wo01", "The next day, he told me that it will be displayed in the entrance hall until the end of January.",
     CLAIM),
    # edition 8, call 1 (story, wb05)
    # left out 'Pemberton Bank to appeal against a 48 million pound fine imp'... : a repeat of edition 1 call 8
    # left out 'The bank has charged about 3,000 customers in arrears fees t'... : a near-repeat of edition 1 call 9
    ("wb05", "The board said it would repay the customer with full payment plans they could afford.", ACT),
    ("wb05", "The bank has been warned of earlier fines for its treatment of lenders this year.", CLAIM),
    ("wb05", "Pemberton Bank has challenged a 2019 financial commission's rule that only came into force in 2022 to "
             "earlier years.", CLAIM),
    # edition 8, call 2 (repair, wb05)
    ("wb05", "Board enforcement director Nadia Okwu said the bank had been warned about its arrears charges in "
             "2020.", S),
    # edition 9, call 1 (story, wb06)
    # left out 'Ardent Motors and Kiyosa are ending their joint venture to b'... and '...': repeats of edition 1 call 1
    ("wb06", "Carmaker Ardent Motors and battery maker Kiyosa will buy 540 million dollars in the venture.", FIG),
    ("wb06", "The deal is expected to take place in the fourth quarter of next year.", CLAIM),
    # edition 9, call 2 (repair, wb06): only repeats of edition 1 call 2
    # edition 9, call 3 (story, wb10)
    # left out 'The cost of shipping a 40-foot container from Shanghai to Ro'... and '...': repeats of edition 2 call 1
    ("wb10", "The rate for shipping a 40-foot container from Shanghai to Rotterdam is 38% higher than the rate of "
             "shipping a 5,120 feet.", FIG),
    ("wb10", "Rates in Genoa rose only 3%, while rates in Shanghai are still below the peak.", FIG),
    # edition 9, call 4 (repair, wb10)
    # left out 'Hallworth Line, the largest carrier on the route, said it wo'... : a repeat of edition 2 call 2
    ("wb10", "The new order will be in January.", CLAIM),
    ("wb10", "The new order is to increase the price of containers by 3%.", CLAIM),
    ("wb10", "This is part of the new order that was announced last week and has been going on for several months "
             "now, but it's still not clear what this means for the future.", CLAIM),
    # edition 9, call 5 (story, wb03)
    # left out 'Ostmere Telecom will raise 900 million euros by selling new '... ('for every three it holds'): a
    # near-repeat of edition 4 call 5; '...': a repeat of the placeholder
    # edition 9, call 6 (repair, wb03)
    ("wb03", "Chief executive Lucia Ferraz said the company preferred asking shareholders for money to selling its "
             "towers.", S),
    # edition 9, call 7 (story, wb07)
    # left out 'Lunera Software on Thursday cut its revenue forecast between 1.42 billion and 1.50 billion dollars.': a
    # near-repeat of edition 2 call 4
    ("wb07", "The company has been too optimistic in August, with a budget freeze.", CLAIM),
    ("wb07", "Ekberg said that the company would pause hiring and cut 250 jobs in August.", FIG),
    ("wb07", "Lunera also announced it will be laying off 1.42 billion dollars of employees.", FIG),
    # edition 9, call 8 (repair, wb07)
    ("wb07", "Chief executive Tomas Ekberg said large customers had put off signing contracts until next year and "
             "that two government orders had been delayed by a budget freeze.", S),
    # edition 9, call 9 (story, wb01)
    # left out 'Carrowfield Estates has agreed to sell 14 office buildings i'... , 'The price is 9% below the value
    # Carrowfield put on the buildings in its accounts in March.' and 'Chief executive Harriet Vane said the sale
    # would let the company pay down debt and spend more on warehouses.': near-repeats of editions 1 and 4;
    # 'Tamsworth said it would refit'...: a repeat of edition 4 call 9
    ("wb01", "The company plans to refit the buildings for a new lease of the 2017 year and will spend more on "
             "warehouses.", ACT),
    # edition 9, calls 10 (story, wb01) and 11 (repair, wb01): only repeats of call 9
    # edition 9, call 12 (signals, wb01 + wb03 + wb06 + wb07 + wb10)
    # left out 'Ardent Motors and Kiyosa end battery joint venture' and 'The company has been too optimistic in
    # August, with a budget freeze.': repeats
    ("wb01", "Carrowfield has been too optimistic in August, with a budget freeze.", MERGE, ("wb07",)),
    # edition 9, call 13 (story, wb09)
    # left out 'The lease is worth about 2.7 billion pounds over its term, a'... : a repeat of edition 2 call 9
    # left out 'Stratavault has leased the entire building to Helion Cloud for 15 years.': a near-repeat of edition 7
    # call 1 (shortened)
    ("wb09", "The lease is worth about 900 million pounds over its term, according to Stratavault.", FIG),
    ("wb09", "Stratavault has paid a loan of 1.2 billion pounds from three banks.", FIG),
    # edition 9, call 14 (story, wb04)
    ("wb04", "Home appliance maker Brevik is recalling 64,000 ceiling fans after blades come loose and fall; the "
             "product safety office said on Thursday that it has stopped sales of the two models.", ACT),
    # left out 'The recall covers the Aira and Aira Max models sold between '... : a repeat of edition 5 call 3
    # edition 9, call 15 (story, wb04): only repeats of call 14
    # edition 9, call 16 (story, wb10)
    # left out 'The cost of shipping a 40-foot container from Shanghai to Ro'... : a repeat of edition 2 call 1
    # left out 'The rate of shipping from Shanghai to Genoa is still below the peak of 8,300 dollars reached in
    # 2024.': the article's peak is not tied to one route; ambiguous against it
    # edition 9, call 17 (signals, wb04 + wb09 + wb10): only repeats of call 13 (one with '...' glued to it)
    # edition 9, call 18 (story, wb05)
    # left out 'Pemberton Bank to appeal against 48 million pounds fine impo'... : a near-repeat of edition 1 call 8
    # left out 'The bank said it would repay the customers in full but would'... : edition 1 call 8's second sentence
    # with the clause it dropped
    # edition 9, call 19 (story, wb05): only repeats of call 18
    # edition 9, calls 20 (story, wo03) and 21 (repair, wo03): only repeats of edition 3's answers
    # edition 9, call 22 (story, wb02)
    ("wb02", "The data says that the hospital contract losses will halve in 2014, with a 37% increase to 5.6 million "
             "pounds.", FIG),
    # left out '...': a repeat of the placeholder
    ("wb02", "The company has already lost 54million dollars in the past year, and will lose another 37 millions "
             "this year.", FIG),
    # edition 9, call 23 (repair, wb02)
    ("wb02", "The data has been updated to reflect the latest news from the top line.", CF),
    ("wb02", "The company says it will be able to reduce its costs by 20% and improve its supply chain operations in "
             "a bid to combat global economic uncertainty.", CLAIM),
    ("wb02", "This is just one of many updates that have come out of the data, with another update being made on "
             "Monday.", CF),
    ("wb02", "The company has now announced plans to increase production for the next quarter.", CLAIM),
    # left out 'It will be able to do so by 10% in a bid to meet its upcoming targets.': a fragment that leans on the
    # sentence before ('do so')
    # edition 9, call 24 (signals, wb02 + wb05 + wo03)
    ("wb05", "Pemberton Bank to appeal 48 million pound fine over mortgage arrears,", S),
    # left out 'The village will be run by two paid staff and a rota of about 40 volunteers.': a repeat of edition 3
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="c", split="evaluation14",
                                      raw_name="eval14-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval14", arts, rows, problems, (("business and tech articles", "wb"), ("others", "wo")))


if __name__ == "__main__":
    main()
