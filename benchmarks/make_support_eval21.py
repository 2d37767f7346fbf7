"""Build the twenty-first EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval21-articles.jsonl and eval21-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval21.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (tb01-tb10), in shapes the earlier
parts used less: an e-bike maker's profit warning given as a loss range with a stock write-down and a covenant waiver,
a port operator's quarter by terminal with dwell times and a city owner, a software takeover paid partly in cash and
partly in shares with a loan and a founder's pledge, a competition authority's veto of a grocery merger with a
remedy offered and refused and a break fee, a rail franchise won from a state operator with a smaller subsidy, a
battery start-up's bankruptcy with an administrator, a satellite lost at launch with an insurance claim and an
uninsured part, an offshore wind farm dropped with a write-off and a buyback, a minimum wage rise with a youth rate,
and a streaming service's price rise with subscribers and an operating margin; plans against done acts ("will close",
"will write down", "must approve", "might appeal"), negations ("declined to say", "would not put in more money",
"would not take a stake", "would not change its dividend", "refused", "may not put it down", "no one was hurt"),
ranges and estimates ("35 million to 45 million", "at least", "about", "roughly one in nine", "less than a tenth"), a
speaker by role and by name, an unnamed analyst, and actors named by description ("the Utrecht-based e-bike maker",
"the Austin company", "the state operator", "the administrator appointed by the court", "the rocket's maker", "a
German carmaker"). Seven are on topics no earlier part uses (to01-to07; the earlier parts' README lists, the earlier
articles, the demo corpus and ../shared/data were searched for the topic words): a tiddlywinks pairs championship, a
welly-throwing championship, a coal-carrying race, an axe-throwing open, a hay bale race, a bed race and a haggis
hurling championship.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("slid" for "fell", "shift" for "move", "put off" for
"postpone", "turned down" for "refused", "hand back" for "return", "called off" for "cancelled", "would not say" for
"declined to say", "has yet to approve" for "must still approve"), a measure as the subject ("The value of Tarvelle's
own stock will be written down", "Volumes at the North Quay terminal dropped"), figures restated in other words
("about a fifth less" for "about 20% less", "5-2", "one employee in nine", "two and a half years" for "30 months"),
and analysis sentences (``kind`` "analysis") that only combine or compute from one passage of the cited article (a
forecast range's width, a year-earlier figure from a fall, a dwell time's change, two terminals added up and
compared, the share and cash parts of a price, the cash not borrowed, a market-share gap in points, the stores
offered short of those asked for, a subsidy before a cut, the other bidder, a part of a cost not insured, months in
years, a capacity gap, a buyback against a write-off, a wage rise in cents and against inflation and a demand, an old
price, a margin's change, a sign-up share's change, two plans' price gap, a membership rise, a winning margin, a
record beaten by, entrants added up, the starters from finishers and non-finishers, a runner-up's time, the men among
the throwers, the people pushing beds). Each is fully supported by one passage (a sentence and its neighbours) of a
cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong figures, units
and dates, wrong directions, negations dropped or reversed, plans told as done, refusals to comment made statements,
wrong actors and swapped roles, unsupported claims, invented causes, generic invented analysis, merged events citing
two articles, content-free page furniture), with analysis sentences whose computation is wrong (kind "analysis").
Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading;
their raw answers are in eval21-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the
split "evaluation21"; ids "t0001"... (the earlier parts' sentence ids use b, c, d, e, f, g, h, i, k, m, n, o, p, q,
r, s, u, v, w, x, y and z; "t" starts only article ids of an earlier part, which are a letter and two digits, so "t"
and four digits meets none of them). Article ids tb01-tb10 and to01-to07 (no earlier part's article ids start with
"tb" or "to").
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
           "eval14-sentences.jsonl", "eval15-sentences.jsonl", "eval16-sentences.jsonl", "eval17-sentences.jsonl",
           "eval18-sentences.jsonl", "eval19-sentences.jsonl", "eval20-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl")
EARLIER_IDS = "bcdefghikmnopqrsuvwxyz"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, kb, ko, mb, mo, qb, qo, rb, ro, sb, so, ub,
# uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo; this part's: tb, to)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "tb01": [
        ("Tarvelle Bikes expects an operating loss of 35 million to 45 million euros this year.", S),
        ("In July the Utrecht-based e-bike maker had still forecast a small profit for the year.", S),
        ("Dealers cut their orders because they still had too many of last year's bikes in stock, Tarvelle said.", S),
        ("The value of Tarvelle's own stock will be written down by 28 million euros.", S),
        ("In the first nine months, sales slid 17% to 412 million euros.", S),
        ("Tarvelle will shut its Zwolle assembly line in the spring and shift the work to its bigger plant in "
         "Arnhem.", S),
        ("The closure in Zwolle will affect 260 workers, chief executive Maartje Voskuilen said.", S),
        ("Voskuilen would not say whether the company would have to raise new money.", S),
        ("Tarvelle's lenders have agreed to waive a debt covenant until the end of June, its chief executive "
         "said.", S),
        ("Shares in the bike maker lost 22% in Amsterdam, falling to their lowest level since the 2019 listing.", S),
        ("According to an analyst at a Dutch bank, the loss forecast was Tarvelle's second warning of the year.", S),
        ("Tarvelle now expects to lose money at the operating level this year, the company said on Tuesday.", S),
        ("Tarvelle's forecast loss range is 10 million euros wide.", S, (), AN),
        ("A 17% fall to 412 million euros means Tarvelle sold about 496 million euros' worth in the same nine months "
         "a year earlier.", S, (), AN),
        ("Tarvelle expects an operating loss of 35 million to 54 million euros this year.", FIG),
        ("Tarvelle's forecast loss range is 20 million euros wide.", FIG, (), AN),
        ("Sales in the first nine months rose 17% to 412 million euros.", DIR),
        ("Tarvelle will write down the value of its stock by 28 million dollars.", FIG),
        ("Dealers said Tarvelle had cut its orders because the company held too many bikes.", ACT),
        ("Tarvelle will move the work of its Arnhem plant to the line in Zwolle.", DIR),
        ("Voskuilen said Tarvelle would need to raise new money next year.", DIR),
        ("Tarvelle's banks refused to waive its debt covenant.", DIR),
        ("Tarvelle's shares fell to their lowest level since the company listed in 2017.", FIG),
        ("Maartje Voskuilen said it was the company's second warning this year.", ACT),
        ("Tarvelle is closing the Zwolle line because its lease there ends in the spring.", CAUSE),
        ("Tarvelle plans to sell its Arnhem plant to an Asian rival.", CLAIM),
        ("Tarvelle's warning shows that the pandemic boom in electric bicycles is over for good.", GEN),
        ("Tarvelle's dealers were left with too many bikes because Vostrand's North Quay terminal handled fewer "
         "containers.", MERGE, ("tb02",)),
    ],
    "tb02": [
        ("Vostrand Terminals handled 1.18 million twenty-foot containers in the third quarter, down 4% from a year "
         "earlier.", S),
        ("Two shipping alliances moved some of their calls to a rival port, and Vostrand's volumes fell.", S),
        ("Volumes at the North Quay terminal dropped 11% to 420,000.", S),
        ("Vostrand's Eastern terminal handled 760,000 containers, 1% more than a year before.", S),
        ("Vostrand's revenue still grew 2%, to 214 million euros, as storage fees went up.", S),
        ("On average, containers stayed on the quay for 6.1 days, compared with 4.8 days a year earlier.", S),
        ("Vostrand will go ahead with a 310 million euro expansion of its Eastern terminal.", S),
        ("The automation of North Quay has been put off by two years.", S),
        ("The alliances' move will cost Vostrand about 150,000 containers a year, according to finance director "
         "Oksana Biletska.", S),
        ("The city of Halvik owns 60% of Vostrand, and a pension fund owns the rest.", S),
        ("Halvik's city council has yet to approve the budget for the expansion; it is due to vote in December.", S),
        ("The terminal operator's quarterly revenue came to 214 million euros.", S),
        ("Containers stayed on Vostrand's quays 1.3 days longer on average than a year earlier.", S, (), AN),
        ("North Quay and the Eastern terminal together handled 1.18 million containers.", S, (), AN),
        ("The Eastern terminal handled 340,000 more containers than North Quay.", S, (), AN),
        ("Vostrand handled 1.18 million containers in the third quarter, 4% more than a year earlier.", DIR),
        ("Volumes at North Quay fell 11% to 760,000.", FIG),
        ("The Eastern terminal's volumes fell 1% to 760,000.", DIR),
        ("Containers stayed on Vostrand's quays 2.3 days longer on average than a year earlier.", FIG, (), AN),
        ("Vostrand's revenue fell 2% to 214 million euros.", DIR),
        ("Vostrand has shelved the expansion of its Eastern terminal.", DIR),
        ("Vostrand will speed up the automation of North Quay by two years.", DIR),
        ("A pension fund owns 60% of Vostrand and the city of Halvik the other 40%.", ACT),
        ("Halvik's city council approved the expansion budget in December.", DIR),
        ("Vostrand's chief executive said the alliances' move would cost about 150,000 containers a year.", ACT),
        ("The alliances moved their calls because Vostrand had raised its storage fees.", CAUSE),
        ("Vostrand plans to sell North Quay to the pension fund.", CLAIM),
        ("Vostrand's quarter shows that smaller European ports are losing the battle for shipping alliances.", GEN),
        ("The Eastern terminal handled 240,000 more containers than North Quay.", FIG, (), AN),
    ],
    "tb03": [
        ("Quenlow Software has agreed to buy Corvask Security for 1.9 billion dollars.", S),
        ("Corvask is being bought by Quenlow for 1.9 billion dollars, 70% of it in cash and 30% in Quenlow "
         "shares.", S),
        ("Each Corvask share will be bought for 41.50 dollars, a 38% premium over where it closed on Friday.", S),
        ("The Austin company sells software that spots intruders in corporate networks.", S),
        ("Corvask's revenue grew 31% last year, to 210 million dollars.", S),
        ("Quenlow will fund the cash part with money it already has and an 800 million dollar loan.", S),
        ("The purchase will add to earnings per share from its second year, Quenlow's chief executive, Raymond "
         "Teleki, said.", S),
        ("Ilse Kaltwasser, who founded Corvask and owns 14% of it, has promised to back the deal.", S),
        ("Kaltwasser will join the board of Quenlow.", S),
        ("US antitrust authorities must approve the deal, which is expected to close in the first quarter.", S),
        ("Corvask's shares jumped 35% and the Denver-based buyer's shares slipped 3%.", S),
        ("Quenlow said on Monday that it would buy Corvask.", S),
        ("About 570 million dollars of the price will be paid in Quenlow shares.", S, (), AN),
        ("The cash part of the price comes to about 1.33 billion dollars.", S, (), AN),
        ("Quenlow will take about 530 million dollars of the cash part from money it already holds.", S, (), AN),
        ("Corvask has agreed to buy Quenlow Software for 1.9 billion dollars.", ACT),
        ("Quenlow will pay 70% of the price in its own shares and 30% in cash.", FIG),
        ("Corvask shareholders will receive 41.50 dollars a share, a discount of 38% to Friday's closing price.",
         DIR),
        ("Corvask's revenue fell 31% last year to 210 million dollars.", DIR),
        ("Quenlow will take out a new loan of 1.8 billion dollars to pay for the deal.", FIG),
        ("Raymond Teleki said the deal would reduce Quenlow's earnings per share in its second year.", DIR),
        ("Ilse Kaltwasser, who owns 41% of Corvask, has promised to vote for the deal.", FIG),
        ("Ilse Kaltwasser has said she will vote against the deal.", DIR),
        ("US antitrust authorities have already approved the deal.", DIR),
        ("Corvask's shares slipped 3%, while Quenlow's jumped 35%.", ACT),
        ("Quenlow is buying Corvask because a large customer left it for Corvask last year.", CAUSE),
        ("Quenlow plans to cut about a third of Corvask's staff after the deal closes.", CLAIM),
        ("The deal shows that security software has become the most valuable corner of the software market.", GEN),
        ("The cash part of the price comes to about 1.13 billion dollars.", FIG, (), AN),
        ("Quenlow will pay for Corvask with money from the sale of Kelvarra's battery factory.", MERGE, ("tb06",)),
    ],
    "tb04": [
        ("Orlandia's competition authority has blocked the merger of supermarket chains Fernhollow and Oldacre.", S),
        ("The planned grocery merger was blocked on Thursday because it would have meant less choice and higher "
         "prices for shoppers in 140 towns, the authority said.", S),
        ("Together Fernhollow and Oldacre would have held 34% of the grocery market.", S),
        ("Brackenmoor, which has 27% of the market, is the current leader.", S),
        ("To win approval, Fernhollow had offered to sell 85 stores.", S),
        ("The authority had asked for at least 150 stores to be sold and said 85 was not enough.", S),
        ("Ruth Penhaligon, who chairs the authority, said the discount chain picked to buy the stores was unlikely "
         "to compete hard.", S),
        ("The discount chain that Fernhollow chose as the buyer has no shops in Orlandia.", S),
        ("Fernhollow said it regretted the ruling and might appeal.", S),
        ("Any appeal by Fernhollow must be lodged within 30 days.", S),
        ("Oldacre will now pursue its own plan to cut costs by 60 million crowns a year.", S),
        ("Fernhollow has to pay Oldacre a 45 million crown break fee because the merger failed.", S),
        ("Shares in Oldacre fell 9%.", S),
        ("The merged chain would have had 7 percentage points more of the market than Brackenmoor.", S, (), AN),
        ("Fernhollow offered at least 65 stores fewer than the authority asked for.", S, (), AN),
        ("Orlandia's competition authority cleared the merger of Fernhollow and Oldacre.", DIR),
        ("The combined chain would have had 27% of the grocery market.", FIG),
        ("Fernhollow, the current market leader, has 34% of the grocery market.", ACT),
        ("Fernhollow had offered to sell 150 stores, but the authority asked for at least 85.", FIG),
        ("The merged chain would have had 9 percentage points more of the market than Brackenmoor.", FIG, (), AN),
        ("Oldacre had offered to sell 85 stores to win approval.", ACT),
        ("Ruth Penhaligon said the discount chain would compete hard.", DIR),
        ("Fernhollow said it welcomed the decision and would not appeal.", DIR),
        ("Oldacre must pay Fernhollow a break fee of 45 million crowns.", ACT),
        ("Oldacre's shares rose 9%.", DIR),
        ("Oldacre will cut 600 jobs as part of its cost plan.", CLAIM),
        ("The authority blocked the deal because Brackenmoor had complained about it.", CAUSE),
        ("The ruling shows that regulators have turned against all large grocery mergers.", GEN),
        ("Halvorsk's transport ministry blocked the Fernhollow-Oldacre merger and gave the northern lines to "
         "Cordell Rail.", MERGE, ("tb05",)),
    ],
    "tb05": [
        ("Cordell Rail has won a ten-year contract to run passenger trains on Halvorsk's northern lines.", S),
        ("The transport ministry gave the contract to Cordell Rail, ending Nordbane's 40 years on the routes.", S),
        ("Cordell is a subsidiary of a French transport group.", S),
        ("Cordell will get a subsidy of 1.15 billion kroner a year, about a fifth less than Nordbane receives.", S),
        ("From December 2027 there will be 30% more departures, Cordell has promised.", S),
        ("Cordell will lease, not buy, the 22 new electric trains it has promised.", S),
        ("According to the ministry, three companies bid, and the state operator's bid was the costliest.", S),
        ("Fares will be frozen for the contract's first three years, transport minister Sigrun Havdal said.", S),
        ("The train drivers' union will go to court to protect the pay and pensions of the 540 Nordbane staff who "
         "move to Cordell.", S),
        ("Nordbane has not decided whether to challenge the award, the state operator said.", S),
        ("The new operator will run the lines for ten years.", S),
        ("Nordbane, the state operator, had run trains on the northern lines for 40 years.", S),
        ("Nordbane now gets a subsidy of roughly 1.44 billion kroner a year.", S, (), AN),
        ("Besides Cordell and Nordbane, one other company bid for the contract.", S, (), AN),
        ("Nordbane has won a ten-year contract to keep running trains on the northern lines.", ACT),
        ("Cordell will receive a subsidy of 1.15 billion kroner a year, about 20% more than Nordbane gets now.", DIR),
        ("Cordell has promised 13% more departures from December 2027.", FIG),
        ("Cordell will buy 22 new electric trains.", DIR),
        ("Cordell's bid was the most expensive of the three, the ministry said.", ACT),
        ("Sigrun Havdal said fares would rise in the first three years of the contract.", DIR),
        ("The train drivers' union said it would not go to court over the transfer.", DIR),
        ("Nordbane said it would fight the award in court.", DIR),
        ("The contract runs for 12 years.", FIG),
        ("Nordbane now gets a subsidy of roughly 1.38 billion kroner a year.", FIG, (), AN),
        ("The ministry chose Cordell because Nordbane's trains were often late.", CAUSE),
        ("Cordell plans to cut 100 jobs on the northern lines.", CLAIM),
        ("The award shows that state rail operators cannot compete with private bidders.", GEN),
        ("Cordell will lease its new trains from Kelvarra Cells.", MERGE, ("tb06",)),
    ],
    "tb06": [
        ("Kelvarra Cells, a battery start-up from Sweden, has filed for bankruptcy.", S),
        ("Kelvarra filed for bankruptcy in Gothenburg on Monday, after talks on raising 300 million dollars from "
         "investors collapsed.", S),
        ("The company has 1,450 employees.", S),
        ("Since its founding in 2017, Kelvarra has raised about 4.2 billion dollars.", S),
        ("Kelvarra had planned to make enough cells for 100,000 electric cars a year.", S),
        ("Last year the factory made less than a tenth of the cells it was built to produce.", S),
        ("Two carmakers cancelled orders worth 2.1 billion dollars between them.", S),
        ("The factory will keep running while a buyer is sought, said Lena Forsgard, the court-appointed "
         "administrator.", S),
        ("November's wages have been paid, the administrator said.", S),
        ("Its biggest shareholder, a German carmaker that holds 21%, will not put more money into Kelvarra.", S),
        ("The government will not take a stake in Kelvarra but will help look for new owners.", S),
        ("Kelvarra owes about 5.8 billion kronor to its lenders.", S),
        ("The bankrupt battery maker was founded in 2017.", S),
        ("The new money Kelvarra sought was about a fourteenth of what it had raised since 2017.", S, (), AN),
        ("Kelvarra filed for bankruptcy after raising 300 million dollars from investors.", DIR),
        ("Kelvarra employs 4,150 people.", FIG),
        ("Kelvarra has raised about 4.2 billion dollars since it was founded in 2007.", FIG),
        ("Last year Kelvarra's factory produced more than a tenth of the cells it was designed to make.", DIR),
        ("Kelvarra cancelled orders worth 2.1 billion dollars from two carmakers.", ACT),
        ("Lena Forsgard said the factory would close while she looked for a buyer.", DIR),
        ("Lena Forsgard said November's wages had not been paid.", DIR),
        ("The German carmaker said it would put in 300 million dollars of new money.", DIR),
        ("The government said it would take a stake in Kelvarra.", DIR),
        ("Kelvarra's largest shareholder is a German carmaker with 12% of the shares.", FIG),
        ("Kelvarra's factory fell behind because its machines were delivered late.", CAUSE),
        ("A Chinese battery maker has already offered to buy the factory.", CLAIM),
        ("Kelvarra's collapse shows that Europe cannot build its own battery industry.", GEN),
        ("The new money Kelvarra sought was about a quarter of what it had raised since 2017.", FIG, (), AN),
        ("Kelvarra filed for bankruptcy on the day Orbelle lost its satellite.", MERGE, ("tb07",)),
    ],
    "tb07": [
        ("Orbelle Satcom will claim 260 million euros from its insurers after losing its Orbelle-4 satellite.", S),
        ("Orbelle-4 was destroyed on Sunday when the second stage of the rocket carrying it shut down early.", S),
        ("The satellite cost about 310 million euros to build and launch, and the company said the rest of that "
         "cost was not insured.", S),
        ("Orbelle-4 was supposed to bring broadband to about 400,000 homes in rural Africa from 2027.", S),
        ("A replacement will be ordered, chief executive Anouk Verhaegen said; it will take about 30 months to "
         "build.", S),
        ("Verhaegen said the loss of the satellite would not change Orbelle's dividend.", S),
        ("Brantwell Launch Systems, which made the rocket, has set up an inquiry board.", S),
        ("The rocket maker will not fly again until the cause of the failure is found.", S),
        ("Three other satellites were due to go up on Brantwell rockets in the first half of next year.", S),
        ("Orbelle has seven satellites in orbit.", S),
        ("Shares in Orbelle fell 6% in Brussels.", S),
        ("Orbelle announced the insurance claim on Monday, a day after the launch failed.", S),
        ("About 50 million euros of the satellite's cost was not insured.", S, (), AN),
        ("The replacement will take about two and a half years to build.", S, (), AN),
        ("Orbelle will claim 310 million euros from its insurers.", FIG),
        ("Orbelle-4 was destroyed when the rocket's first stage shut down early.", FIG),
        ("About 60 million euros of the satellite's cost was not insured.", FIG, (), AN),
        ("The satellite's insurers will claim 260 million euros from Orbelle.", ACT),
        ("Orbelle-4 was meant to bring broadband to about 400,000 homes in rural Asia.", FIG),
        ("Verhaegen said Orbelle would cut its dividend after the loss.", DIR),
        ("Verhaegen said Orbelle would not order a replacement.", DIR),
        ("Orbelle has set up an inquiry board into the failure.", ACT),
        ("Brantwell said its next flight would go ahead as planned.", DIR),
        ("Orbelle's shares rose 6% in Brussels.", DIR),
        ("The second stage shut down early because of a software error.", CAUSE),
        ("Orbelle will sue Brantwell for the uninsured part of the cost.", CLAIM),
        ("The failure shows that satellite broadband for Africa is too risky to pay off.", GEN),
        ("The replacement will take about three and a half years to build.", FIG, (), AN),
        ("Orbelle-4 was to bring broadband to the homes of workers at Kelvarra's factory.", MERGE, ("tb06",)),
    ],
    "tb08": [
        ("Harnwell Energy has dropped its plans for the Skerrow Bank offshore wind farm.", S),
        ("Harnwell will write off the 520 million pounds it spent on the 1.4-gigawatt project, the company said on "
         "Thursday.", S),
        ("The company blamed the rising cost of turbines and cables.", S),
        ("Turbine and cable costs have gone up by about 40% since 2023, when Harnwell won the right to sell the "
         "farm's power at a fixed price, according to the company.", S),
        ("The energy department turned down Harnwell's request to bid again at a higher price.", S),
        ("Harnwell is still going ahead with the smaller Rosscarn wind farm, of 600 megawatts.", S),
        ("Rosscarn is due to start producing power in 2028.", S),
        ("Instead, Harnwell will hand 300 million pounds back to its shareholders by buying back shares, chief "
         "executive Gareth Pennock said.", S),
        ("Other developers will be able to bid for the Skerrow Bank site in next year's auction, the energy "
         "department said.", S),
        ("Harnwell's shares went up 4%.", S),
        ("The wind farm that Harnwell has abandoned would have had a capacity of 1.4 gigawatts.", S),
        ("The developer had asked to be allowed to bid again at a higher price, but was refused.", S),
        ("Skerrow Bank would have been 800 megawatts larger than Rosscarn.", S, (), AN),
        ("Harnwell's buyback is 220 million pounds smaller than its write-off.", S, (), AN),
        ("Harnwell will write off 250 million pounds it had spent on Skerrow Bank.", FIG),
        ("Harnwell said turbine and cable costs had fallen by about 40% since 2023.", DIR),
        ("The energy department agreed to let Harnwell bid again at a higher price.", DIR),
        ("Harnwell has also dropped its plans for the Rosscarn wind farm.", DIR),
        ("The 1.4-gigawatt Rosscarn farm is due to start producing power in 2028.", FIG),
        ("Skerrow Bank would have been 600 megawatts larger than Rosscarn.", FIG, (), AN),
        ("Harnwell will return 500 million pounds to shareholders through a buyback.", FIG),
        ("The energy department will return 300 million pounds to Harnwell.", ACT),
        ("Harnwell won the right to sell the farm's power at a fixed price in 2021.", FIG),
        ("Harnwell's shares fell 4%.", DIR),
        ("Harnwell dropped the project because fishermen objected to the turbines.", CAUSE),
        ("Harnwell will sell the Skerrow Bank site to a Danish developer.", CLAIM),
        ("The decision shows that offshore wind can no longer be built without bigger subsidies.", GEN),
        ("The energy department said Harnwell would be allowed to bid for the site again next year.", ACT),
        ("Harnwell's turbines for Skerrow Bank were to be delivered by Orbelle's new satellite.", MERGE, ("tb07",)),
    ],
    "tb09": [
        ("Kestland's minimum wage will rise 6.2% to 13.70 euros an hour in April.", S),
        ("The national minimum wage, now 12.90 euros an hour, goes up to 13.70 euros from April.", S),
        ("The government followed the advice of the independent Low Pay Board.", S),
        ("This year's rise is smaller than last year's 9.8%.", S),
        ("The increase is bigger than inflation, which stood at 2.9% in October.", S),
        ("About 1.7 million workers will get a pay rise, roughly one employee in nine.", S),
        ("Workers aged 18 to 20 will see a faster rise, of 8.5%, to 11.20 euros an hour.", S),
        ("A full-time worker will earn about 1,400 euros a year more, employment minister Dafydd Orme said.", S),
        ("Business groups had wanted a rise of 4% at most.", S),
        ("Some small restaurants will have to cut staff, according to the hospitality federation.", S),
        ("The unions had asked for a minimum wage of 15 euros an hour.", S),
        ("Next year the board will report on whether the lower rate for young workers should be scrapped.", S),
        ("The minimum wage will go up by 80 cents an hour.", S, (), AN),
        ("The rise is 3.3 percentage points above October's inflation rate.", S, (), AN),
        ("The new rate is 1.30 euros short of the unions' demand.", S, (), AN),
        ("Kestland's minimum wage will rise 6.2% to 13.70 euros an hour from January.", FIG),
        ("The minimum wage will go up by 1.80 euros an hour.", FIG, (), AN),
        ("The rise is larger than last year's 9.8%.", DIR),
        ("The rise is smaller than inflation, which was 2.9% in October.", DIR),
        ("About 7.1 million workers will get a pay rise.", FIG),
        ("The rate for workers aged 18 to 20 will rise more slowly than the adult rate.", DIR),
        ("The Low Pay Board will raise the minimum wage against the government's advice.", ACT),
        ("Dafydd Orme said some small restaurants would have to cut staff.", ACT),
        ("Business groups had asked for a rise of at least 4%.", DIR),
        ("The trade unions had called for a rate of 16 euros.", FIG),
        ("The board has already scrapped the lower rate for young workers.", DIR),
        ("The government raised the minimum wage because restaurants could not find staff.", CAUSE),
        ("The government also plans to cut income tax for low earners.", CLAIM),
        ("The rise shows that Kestland is becoming a high-wage economy.", GEN),
        ("The new rate is 2.30 euros short of the unions' demand.", FIG, (), AN),
        ("The minimum wage rise will be paid for by the Oldacre supermarket chain.", MERGE, ("tb04",)),
    ],
    "tb10": [
        ("Vantora Play is raising the US price of its standard plan by 2 dollars to 13.99 dollars a month.", S),
        ("From January, Vantora's standard plan will cost 13.99 dollars a month in the United States.", S),
        ("It is the streaming company's second price rise in 18 months.", S),
        ("Vantora added 4.1 million subscribers in the third quarter, it said on Wednesday.", S),
        ("The company now has 96.3 million paying members around the world.", S),
        ("Revenue grew 14% to 2.48 billion dollars.", S),
        ("Vantora's operating margin widened to 21% from 18%.", S),
        ("The ad-supported plan will still cost 6.99 dollars.", S),
        ("Of the quarter's new sign-ups, 45% chose the plan with advertising, up from 31% a year earlier.", S),
        ("Chief financial officer Lucia Vendramin said spending on films and series next year would be about 9 "
         "billion dollars, roughly the same as this year.", S),
        ("Vantora will no longer report subscriber numbers from next year, following some of its rivals.", S),
        ("Vantora's shares gained 7% in after-hours trading.", S),
        ("The US standard plan now costs 11.99 dollars a month.", S, (), AN),
        ("The operating margin improved by 3 percentage points.", S, (), AN),
        ("The share of new sign-ups choosing the ad plan rose by 14 percentage points.", S, (), AN),
        ("The standard plan will cost 7 dollars more than the ad-supported plan.", S, (), AN),
        ("Vantora's standard plan will cost 3 dollars more, at 13.99 dollars a month.", FIG),
        ("Vantora lost 4.1 million subscribers in the third quarter.", DIR),
        ("Vantora now has 69.3 million paying members worldwide.", FIG),
        ("Revenue fell 14% to 2.48 billion dollars.", DIR),
        ("The operating margin narrowed to 18% from 21%.", DIR),
        ("The price of the ad-supported plan will also rise, to 8.99 dollars.", DIR),
        ("Of the new sign-ups, 31% chose the plan with advertising, against 45% a year earlier.", DIR),
        ("Vantora will cut its spending on films and series next year.", DIR),
        ("The share of new sign-ups choosing the ad plan rose by 24 percentage points.", FIG, (), AN),
        ("Vantora will report subscriber numbers more often from next year.", DIR),
        ("Vantora is raising prices because its film studios cost more to run.", CAUSE),
        ("Vantora plans to launch a sports channel next year.", CLAIM),
        ("The price rise shows that streaming services now have the power to charge what they like.", GEN),
        ("Vantora's chief executive said the company would spend about 9 billion dollars on content next year.",
         ACT),
        ("The operating margin improved by 5 percentage points.", FIG, (), AN),
    ],
    "to01": [
        ("Harriet Polworth and Tobias Wendling, two maths students, won the national tiddlywinks pairs title.", S),
        ("The pair beat the holders 5-2 in the final in Ely on Saturday.", S),
        ("Players flick small discs called winks into a pot in the middle of a mat using a bigger disc called a "
         "squidger.", S),
        ("Points can also be scored by covering an opponent's winks.", S),
        ("Twenty-two pairs entered, more than in any year since 2009.", S),
        ("The two students had practised three evenings a week since September, Polworth said.", S),
        ("They practised in their college's common room.", S),
        ("No pair potted all its winks, so the final went the full 25 minutes and five rounds of extra play.", S),
        ("The holders, from Oxford, had won four titles in a row.", S),
        ("Membership has risen to 310 from 240 two years ago, according to the association's secretary.", S),
        ("The secretary credited videos of matches shared online for the rise in membership.", S),
        ("York will host the singles championship in March.", S),
        ("The association has 70 more members than two years ago.", S, (), AN),
        ("The winners scored three points more than the holders in the final.", S, (), AN),
        ("Polworth and Wendling beat the holders by 5 points to 3.", FIG),
        ("The association has 80 more members than two years ago.", FIG, (), AN),
        ("The holders, a pair from Oxford, beat the two students in the final.", ACT),
        ("Players flick the squidger into the pot with the winks.", ACT),
        ("Twenty-two pairs entered, the fewest since 2009.", DIR),
        ("The final ended early because one pair potted all its winks.", DIR),
        ("Membership has fallen to 240 from 310 two years ago.", DIR),
        ("The holders had won the title two years in a row.", FIG),
        ("The singles championship will be held in Ely in March.", FIG),
        ("Polworth said they had practised every evening since September.", FIG),
        ("The pair won because the holders' squidgers were found to be too large.", CAUSE),
        ("The winners will represent Britain at the world championship in Boston.", CLAIM),
        ("The rise in membership shows that young people are turning away from video games.", GEN),
        ("Polworth and Wendling practised for the final with Gwen Ashbury's welly-throwing club.", MERGE,
         ("to02",)),
    ],
    "to02": [
        ("Gwen Ashbury, a sheep farmer, won the county welly-throwing title in Aldenby on Sunday.", S),
        ("Ashbury threw 61.4 metres, the longest throw in the event's 30 years.", S),
        ("Competitors throw a standard size 9 rubber boot from behind a line.", S),
        ("Each competitor is allowed three throws.", S),
        ("The 34-year-old broke the previous record of 58.9 metres, which dated from 2016.", S),
        ("Ashbury set the record with her second throw.", S),
        ("Lorry driver Stuart Crannock took the men's title with a throw of 57.2 metres.", S),
        ("The adult classes had 74 entrants, and 40 children also took part.", S),
        ("Children throw a smaller boot.", S),
        ("After one throw landed in the crowd, the organisers said the spectators' rope would be moved five metres "
         "back next year.", S),
        ("No one was hurt when a boot landed among the spectators.", S),
        ("The 3-pound entry fees go to the village's air ambulance appeal.", S),
        ("Ashbury said her grandmother had taught her how to throw.", S),
        ("Ashbury beat the old record by 2.5 metres.", S, (), AN),
        ("Ashbury threw 4.2 metres further than the men's champion.", S, (), AN),
        ("There were 114 entrants in all.", S, (), AN),
        ("Ashbury beat the old record by 3.5 metres.", FIG, (), AN),
        ("Ashbury threw 2.4 metres further than the men's champion.", FIG, (), AN),
        ("Stuart Crannock won the county title with a record throw of 61.4 metres.", ACT),
        ("Ashbury's throw of 61.4 metres was the shortest winning throw in the event's history.", DIR),
        ("Ashbury set the record with her last throw.", FIG),
        ("The previous record of 58.9 metres was set in 2006.", FIG),
        ("Competitors throw a size 7 rubber boot.", FIG),
        ("Two spectators were hurt when a throw landed in the crowd.", DIR),
        ("The organisers will move the spectators' rope five metres closer next year.", DIR),
        ("Entry was free.", DIR),
        ("Ashbury said she had learned her technique from her grandfather.", ACT),
        ("Ashbury threw so far because a strong wind was behind her.", CAUSE),
        ("Ashbury will defend her title at the national championship in June.", CLAIM),
        ("The record shows that women are now the best welly-throwers in the county.", GEN),
    ],
    "to03": [
        ("Liam Gillbrow, a roofer aged 26, won the men's race at the Hebbleton coal-carrying championship on "
         "Monday.", S),
        ("Gillbrow carried a 50-kilogram sack of coal up the 1,012-metre course in 4 minutes 11 seconds.", S),
        ("Women carry 20-kilogram sacks over the same course.", S),
        ("Postwoman Ruth Skelding won the women's race in 4 minutes 58 seconds.", S),
        ("The course climbs about 33 metres, from a pub at the start to the village maypole at the finish.", S),
        ("The men's record of 4 minutes 6 seconds dates from 1991.", S),
        ("Gillbrow, the runner-up last year, trained by carrying bags of cement up his street.", S),
        ("Forty-four men and 19 women finished.", S),
        ("Three men did not finish after dropping their sacks.", S),
        ("The race goes back to 1963, when two men argued in the pub over which of them was fitter.", S),
        ("Runners may switch the sack from one shoulder to the other, but they may not set it down.", S),
        ("Both winners get 500 pounds.", S),
        ("Gillbrow was 5 seconds outside the men's record.", S, (), AN),
        ("Skelding took 47 seconds longer than Gillbrow.", S, (), AN),
        ("At least 47 men started the race.", S, (), AN),
        ("Gillbrow was 15 seconds outside the men's record.", FIG, (), AN),
        ("Skelding took 37 seconds longer than Gillbrow.", FIG, (), AN),
        ("Gillbrow carried a 20-kilogram sack of coal up the course.", FIG),
        ("Gillbrow broke the men's record of 4 minutes 6 seconds.", DIR),
        ("The course runs downhill from the maypole to the pub.", DIR),
        ("Ruth Skelding, a roofer, won the women's race.", ACT),
        ("Gillbrow won last year's race as well.", DIR),
        ("Three women dropped their sacks and did not finish.", ACT),
        ("Runners may put the sack down once during the race.", DIR),
        ("The race began in 1936.", FIG),
        ("Each winner receives 5,000 pounds.", FIG),
        ("Gillbrow won because the course was shortened this year.", CAUSE),
        ("The organisers plan to add a race for teams next year.", CLAIM),
        ("The race shows that traditional village contests are enjoying a revival.", GEN),
        ("Gillbrow trained for the race by throwing haggis with Callum Dunbarton.", MERGE, ("to07",)),
    ],
    "to04": [
        ("Firefighter Dana Wojcik won the North Shore axe-throwing open on Saturday.", S),
        ("Wojcik hit the bullseye with her final throw to beat Marcus Eklof, the defending champion, 61-58.", S),
        ("The defending champion, Marcus Eklof, was beaten by 61 points to 58.", S),
        ("Throwers stand four metres from a wooden target and get ten throws a match.", S),
        ("A bullseye scores six points, and the outer rings score four, three, two and one.", S),
        ("A throw only counts when the axe sticks in the board.", S),
        ("Wojcik, who is 29, started throwing axes three years ago.", S),
        ("The tournament attracted 128 throwers from Canada and the United States, against 90 last year.", S),
        ("It was held over two days in an old timber warehouse.", S),
        ("The rules say an axe must weigh at least 570 grams and have a handle at least 33 centimetres long.", S),
        ("Eklof, the champion of the last two years, said he had dropped his axe twice in the semi-final.", S),
        ("The firefighter from Dunsford takes home 5,000 dollars.", S),
        ("Wojcik won by three points.", S, (), AN),
        ("The tournament drew 38 more throwers than last year.", S, (), AN),
        ("Wojcik won by five points.", FIG, (), AN),
        ("The tournament drew 48 more throwers than last year.", FIG, (), AN),
        ("Marcus Eklof hit the bullseye with his last throw to beat Dana Wojcik.", ACT),
        ("Wojcik missed the bullseye with her last throw.", DIR),
        ("Throwers stand six metres from the target.", FIG),
        ("The bullseye is worth ten points.", FIG),
        ("A throw counts even if the axe bounces off the board.", DIR),
        ("Wojcik took up the sport 13 years ago.", FIG),
        ("The tournament drew fewer throwers than last year.", DIR),
        ("Axes may weigh no more than 570 grams.", DIR),
        ("Wojcik said she had dropped her axe twice in the semi-final.", ACT),
        ("Eklof had never won the title before.", DIR),
        ("Eklof lost because his axe was found to be too light.", CAUSE),
        ("Wojcik will turn professional next year.", CLAIM),
        ("The final shows that axe throwing is no longer a sport for men.", GEN),
        ("Wojcik's winning axe was made by the roofer Liam Gillbrow.", MERGE, ("to03",)),
    ],
    "to05": [
        ("Owen and Rhys Pendry won the Fallowmere hay bale race on Sunday.", S),
        ("The brothers rolled their bale round the 1.8-kilometre village course in 9 minutes 37 seconds.", S),
        ("Teams are made up of two people and roll a round bale of about 80 kilograms.", S),
        ("Lifting or carrying the bale is not allowed, and a team that carries it is disqualified.", S),
        ("Of the 36 teams that started, 31 finished.", S),
        ("Two bales came apart on the steepest lane, and their teams had to give up.", S),
        ("The Pendry brothers keep sheep on the hills above Fallowmere.", S),
        ("They finished 15 seconds ahead of a team from the young farmers' club.", S),
        ("The young farmers' team had won the previous two races.", S),
        ("The race has been run every year since 1982, apart from 2001.", S),
        ("In 2001 the race was called off because of an outbreak of foot-and-mouth disease.", S),
        ("A local farm gave the bales, which will afterwards be used as animal feed, the organisers said.", S),
        ("The race raised 2,600 pounds for the village school, and about 800 people watched.", S),
        ("The young farmers' team finished in 9 minutes 52 seconds.", S, (), AN),
        ("Three of the teams that did not finish were not stopped by a broken bale.", S, (), AN),
        ("The young farmers' team finished in 9 minutes 22 seconds.", FIG, (), AN),
        ("Five teams had to stop when their bales fell apart.", FIG, (), AN),
        ("A team from the young farmers' club won the race, 15 seconds ahead of the Pendry brothers.", ACT),
        ("Teams of four roll a bale weighing about 80 kilograms.", FIG),
        ("Teams may carry their bale on the steepest lane.", DIR),
        ("Forty-one teams finished the race.", FIG),
        ("The brothers keep cattle on the hills above the village.", FIG),
        ("The young farmers' club had never won the race before.", DIR),
        ("The race was cancelled in 2001 because of flooding.", CAUSE),
        ("The race has been held since 1928.", FIG),
        ("The bales will be burned after the race.", DIR),
        ("The race raised 2,600 pounds for the village church.", FIG),
        ("The brothers plan to enter the national hay bale race next month.", CLAIM),
        ("The race shows how farming villages keep their traditions alive.", GEN),
        ("The Pendry brothers rolled their bale past the village maypole in Hebbleton.", MERGE, ("to03",)),
    ],
    "to06": [
        ("The rugby club's team won the Knaresby bed race for a third year in a row on Saturday.", S),
        ("The rugby club's team pushed its bed round the 3.2-kilometre course in 13 minutes 40 seconds.", S),
        ("Teams of six push a bed on wheels, with a passenger on it, through the streets.", S),
        ("The course then crosses the river, and the beds have to float.", S),
        ("Ninety teams took part in the race.", S),
        ("The fire station's team led until the river crossing and finished 22 seconds behind the rugby club.", S),
        ("Two beds sank in the river, and their crews swam to the bank.", S),
        ("No one was hurt when two beds sank.", S),
        ("The race was first run in 1966.", S),
        ("This year it raised about 18,000 pounds for local charities, the organisers said.", S),
        ("Teams have to use a bed frame, and each bed must have a mattress at the start.", S),
        ("Six nurses dressed as penguins won the prize for the best-dressed team.", S),
        ("The fire station's team finished in 14 minutes 2 seconds.", S, (), AN),
        ("About 540 people pushed beds in the race.", S, (), AN),
        ("The fire station's team finished in 13 minutes 18 seconds.", FIG, (), AN),
        ("About 900 people pushed beds in the race.", FIG, (), AN),
        ("The team from the fire station won the race, 22 seconds ahead of the rugby club.", ACT),
        ("It was the rugby club's first win in the race.", DIR),
        ("The course is 2.3 kilometres long.", FIG),
        ("Each team of four pushes a bed through the streets.", FIG),
        ("The rugby club led until the river crossing.", ACT),
        ("Two crews were taken to hospital after their beds sank.", DIR),
        ("The race began in 1996.", FIG),
        ("The race raised about 18,000 pounds for the rugby club.", ACT),
        ("Teams may leave the mattress off their bed.", DIR),
        ("The best-dressed prize went to six firefighters dressed as penguins.", ACT),
        ("Two beds sank because the river was higher than usual after heavy rain.", CAUSE),
        ("The organisers plan to move the race away from the river next year.", CLAIM),
        ("The bed race shows that the town's community spirit is as strong as ever.", GEN),
        ("The winning bed was pushed by the Pendry brothers' hay bale team.", MERGE, ("to05",)),
    ],
    "to07": [
        ("Callum Dunbarton, a PE teacher, set a championship record at the Scottish haggis hurling championship.", S),
        ("Dunbarton threw a haggis 68.2 metres in Kelvenhope on Saturday.", S),
        ("The old record of 66.5 metres had stood since 2011.", S),
        ("Throwers stand on a whisky barrel, and a haggis that splits on landing scores nothing.", S),
        ("Every haggis weighs 500 grams and is cooked the day before the contest.", S),
        ("Dunbarton, 31, set the record with the first of his three throws.", S),
        ("Vet Morag Tullis won the women's title with a throw of 47.8 metres.", S),
        ("Of the 63 throwers, 18 were women.", S),
        ("About 1,200 spectators watched, according to the organisers.", S),
        ("The haggis was eaten at a supper in the village hall after the contest.", S),
        ("Dunbarton practised with bags of sand because his butcher would not sell him enough haggis.", S),
        ("The record-breaking throw came from a 31-year-old teacher.", S),
        ("Dunbarton beat the old record by 1.7 metres.", S, (), AN),
        ("Forty-five men took part.", S, (), AN),
        ("Dunbarton threw 20.4 metres further than the women's champion.", S, (), AN),
        ("Dunbarton beat the old record by 2.7 metres.", FIG, (), AN),
        ("Fifty-five men took part.", FIG, (), AN),
        ("Morag Tullis set a championship record of 68.2 metres.", ACT),
        ("Dunbarton set the record with his last throw.", FIG),
        ("The previous record of 66.5 metres had stood since 2001.", FIG),
        ("A haggis that splits on landing scores double.", DIR),
        ("Each haggis weighs 5 kilograms.", FIG),
        ("Throwers stand on a wooden table.", FIG),
        ("Dunbarton's throw fell short of the championship record.", DIR),
        ("The haggis was thrown away after the contest.", DIR),
        ("Dunbarton practised with haggis bought from his butcher.", DIR),
        ("Dunbarton set the record because the haggis had been cooked longer than usual.", CAUSE),
        ("Dunbarton will try for a world record in Canada next year.", CLAIM),
        ("The record shows that Scottish traditions are attracting a new generation of athletes.", GEN),
        ("Dunbarton practised for the championship with Dana Wojcik's axes.", MERGE, ("to04",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("tb01", "Add this story to your reading list."),
    ("tb02", "Turn on notifications for this topic."),
    ("tb03", "Quenlow and Corvask: the deal in numbers."),
    ("tb05", "Was this article helpful?"),
    ("tb06", "Kelvarra Cells, the timeline."),
    ("tb08", "Give us your feedback."),
    ("tb10", "Trending now."),
    ("to02", "Wellies."),
    ("to06", "Beds."),
    ("to07", "Sign in to comment."),
]


# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8793-8795, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-10, --timeout 450, machine at load 18-31. eval21-smollm2_raw.jsonl holds four editions in
# this order (call numbers restart in each; times UTC): 1 tb01-tb05 + to01 (15 calls, 11:43-12:25), 2 tb06-tb10 + to02
# (15 calls, 11:43-12:25) and 3 to03-to07 + tb03 + tb09 (9 calls, 11:43-12:10), these three started together; 4 tb07 +
# tb04 + to04 (1 call, 12:19-12:25), on edition 3's server after it ended. Editions 3 and 4 ran with the writer's
# default streamed requests, the others with TOPLINE_LLM_STREAM=false. Edition 3 ran to its end; editions 1, 2 and 4
# were stopped at 12:25 (the collection's cut-off; SIGTERM to the collectors' own processes), each with one call in
# flight, not recorded. 40 calls were recorded (22 story, 12 repair, 6 signals), all answered; the servers logged 41
# POSTs, all 200 (edition 4's streamed call 2 among them). Edition 3's calls 1-2 answered word for word as edition 1's
# calls 1-2 (the same requests, one streamed, the other not). Only tb01-tb03 and tb05-tb10 were shown to the model in a
# recorded call (tb04 and the seven to articles never were). A sentence is listed once, at its first answer (in the
# order of the editions); repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, tb03)
    ("tb03", "Quenlow to buy Corvask for 1.9 billion dollars, paying 70% in cash and 30% in its own shares.", S),
    ("tb03", "Corvask will receive $41.5 million from the sale of Quenlow's 70% stake, a premium of 38%, while Corvask "
             "will lose 6% in revenue.", FIG),
    # edition 1, call 2 (repair, tb03)
    ("tb03", "Chief executive Raymond Teleki said the purchase would add to Quenlow's earnings per share from the "
             "second year after it closes.", S),
    ("tb03", "The acquisition will increase the value of the company by 20%.", CLAIM),
    # edition 1, call 3 (story, tb01)
    ("tb01", "Tarvelle Bikes, a Utrecht-based maker of electric bicycles, warned on Tuesday that it would make an "
             "operating loss of 35 million euros this year.", FIG),
    ("tb01", "The company has been making losses for 2 years now.", CLAIM),
    ("tb01", "In July, it will cut its orders by 28% and close its assembly line in Zwolle.", FIG),
    ("tb01", "It is expected to lose 17 million euros this year.", FIG),
    # edition 1, call 4 (repair, tb01): and a near-repeat of its second sentence ('more than 40.' for 'more than 28
    # million euros from its own stock this year'), left out
    ("tb01", "Tarvelle Bikes, a Utrecht-based maker of electric bicycles, warned on Tuesday that it would make an "
             "operating loss of 35 million to 40.", FIG),
    ("tb01", "This is expected to be the first year in a row for a Dutch company to lose more than 28 million euros "
             "from its own stock this year.", CLAIM),
    ("tb01", "The company said dealers had cut their orders because they were still holding too many bikes from last "
             "year, and that it would write down the value of its own stock by 28.", FIG),
    # edition 1, call 5 (story, tb02): and a near-repeat of its first sentence ('The data shows that ... has been
    # facing challenges since 2017'), left out
    ("tb02", "Vostrand has been in a state of crisis since the end of 2017, with a significant drop in its capacity to "
             "handle trade.", CLAIM),
    ("tb02", "The company is now focusing on rebuilding and expanding its business by re-establishing itself as an "
             "industry leader.", GEN),
    # edition 1, call 6 (repair, tb02)
    ("tb02", "Vostrand said it would go ahead with a 310 million euro expansion of the Eastern terminal but would "
             "postpone the automation of North Quay by two years.", S),
    ("tb02", "The move was made in response to a recent proposal from the European Union's Economic and Social "
             "Committee that included a 25% increase in the capacity of the port.", CAUSE),
    ("tb02", "Vostrand Terminals handled 1.18 million twenty-foot containers in the third quarter, 4% fewer than a "
             "year earlier, after two shipping alliances moved some of their calls to a rival port.", S),
    # edition 1, call 7 (story, tb05): the placeholder, a near-repeat of its first sentence ('Northern Lines'), left
    # out, and
    ("tb05", "Cordell Rail wins northern lines, ending Nordbane's 40-year run", S),
    ("tb05", "Halvorsk's transport ministry has awarded a ten-year contract to Cordell Rail, ending 40 years of "
             "operation on the routes by Nordbane.", S),
    ("tb05", "The new contract will see Cordell Rail train running passenger trains on the northern lines.", S),
    # edition 1, call 8 (signals, tb01-tb03 + tb05): a near-repeat of call 7's title (a full stop added), left out,
    # and
    ("tb03", "Quenlow to buy network security firm Corvask for 1.9 billion dollars", S),
    ("tb01", "Tarvelle Bikes warns of loss and closes Zwolle line", S),
    ("tb02", "Vostrand volumes slip as alliances move calls to rival port", S),
    # edition 1, call 9 (story, tb05): a repeat of call 7's title, the placeholder, and
    ("tb05", "Halvorsk's transport ministry has awarded a ten-year contract to run passenger trains on the northern "
             "lines to Cordell Rail, ending 40 years of operation on the routes by Nordbane.", S),
    # edition 1, call 10 (repair, tb05)
    ("tb05", "Cordell, a subsidiary of a French transport group will receive a subsidy of 20% less than Nordbane gets "
             "now.", S),
    # edition 1, call 11 (story, tb01)
    # left out 'This was announced as part of a plan to close the assembly line in Zwolle.': the warning and the
    # closure were announced together, but "as part of a plan" is neither said nor denied; ambiguous against the
    # article
    ("tb01", "Tarvelle Bikes, a Utrecht-based maker of electric bicycles, warned on Tuesday that it would make an "
             "operating loss of 35 million to 40.21 euros this year, after forecasting a small profit in July.", FIG),
    ("tb01", "The company said dealers had cut orders because they were still holding too many bikes from last year, "
             "and that it would write down the value of its own stock by 28 million euros.", S),
    ("tb01", "Tarvelle Bikes, a Utrecht-based maker of electric bicycles, warned on Tuesday that it would make an "
             "operating loss of 40.21 euros this year, after forecasting a small profit in July.", FIG),
    # edition 1, call 12 (repair, tb01): a near-repeat of call 11's first sentence (40.67 for 40.21, the same error),
    # left out, and
    ("tb01", "Tarvelle's shares dropped 22% in Amsterdam, to their lowest since the company listed in 2019.", S),
    # edition 1, call 13 (story, tb02): a near-repeat of its first sentence ('The data shows that' added), left out,
    # and left out 'The company also continues to invest heavily in infrastructure development.': the article has a
    # 310 million euro expansion going ahead and an automation postponed, so "continues to invest heavily" is a
    # judgement; ambiguous against it
    ("tb02", "Vostrand has been a key player in the industry for decades, and it's no surprise that its 2019-2023 "
             "business model is centered around delivering cutting edge technology to the world.", CLAIM),
    # edition 1, call 14 (story, tb02): call 13's sentences again; call 15 (signals, tb01 + tb02 + tb05):
    # near-repeats of call 7's and call 8's titles (a full stop added, and '...' before one), left out, and
    ("tb01", "This is a major shift in the way the company operates today.", GEN),
    # call 16 was in flight when the collection was stopped at 12:25 (not recorded)
    # edition 2, call 1 (story, tb10): a near-repeat of its first sentence ('Vantora Play' for 'the company') left out
    ("tb10", "The data shows that the company has increased its revenue by 14.6% to $2.8 billion, and it is expected "
             "to continue growing in the coming quarter.", FIG),
    ("tb10", "Vantora Play raises US price as it adds 4.1 million subscribers.", S),
    ("tb10", "It now has 96.3 million paying members worldwide.", S),
    # edition 2, call 2 (repair, tb10)
    ("tb10", "The price of the ad-supported plan will stay at 6.99 dollars.", S),
    # edition 2, call 3 (story, tb06)
    ("tb06", "Battery maker Kelvarra files for bankruptcy after talks with investors over 300 million dollars.", S),
    ("tb06", "...", CF),
    # edition 2, call 4 (repair, tb06)
    ("tb06", "The company, which employs 1,450 people, has raised about 4.2 billion dollars since it was founded in "
             "2017 and had planned to make cells for 100,000 electric cars a year.", S),
    # edition 2, call 5 (story, tb09)
    ("tb09", "The Kestland government will raise the national minimum wage by 6.2% to 13.70 euros an hour from April, "
             "from 12.90 euros now.", S),
    # edition 2, call 6 (story, tb09): a repeat of call 5's sentence
    # edition 2, call 7 (story, tb08)
    ("tb08", "The energy department said other developers would be able to bid for the Skerrow Bank site in next "
             "year's auction.", S),
    ("tb08", "Harnwell will still build its smaller 600-megawatt Rosscarn wind farm, which is due to start producing "
             "power by 2028.", S),
    ("tb08", "The company has already sold 300 million pounds of the project.", CLAIM),
    ("tb08", "Chief executive Gareth Pennock said the company would instead return 300 million pounds to shareholders "
             "through a share buyback.", S),
    ("tb08", "The energy department has already sold 25% of the project.", CLAIM),
    # edition 2, call 8 (signals, tb06 + tb08-tb10): a repeat of call 1's title, and
    ("tb06", "The company, which employs 1,450 people and has plans to create a new economy of the future with its own "
             "AI-powered economy that will be powered by the Internet of Things (IoT), is facing financial "
             "difficulties after the bankruptcy of its subsidiary, Kestland Energy Watch.", CLAIM),
    ("tb06", "Battery power in 10 years!", CLAIM),
    # edition 2, call 9 (story, tb08): a repeat of call 7's first sentence, a near-repeat of its second ('in 2028'
    # for 'by 2028'), left out, and
    ("tb08", "The company has already paid out a share of the $3 billion wind project.", CLAIM),
    # edition 2, call 10 (story, tb09): a repeat of call 5's sentence
    # edition 2, call 11 (repair, tb09)
    ("tb09", "The rate for workers aged 18 to 20 will rise faster, by 8.5%, to 11.20 euros an hour.", S),
    # edition 2, call 12 (story, tb06): the placeholder, and
    ("tb06", "Battery maker Kelvarra files for bankruptcy after funding talks fail", S),
    # edition 2, call 13 (story, tb10): and a near-repeat of its first sentence ('The data shows that' dropped), left
    # out
    ("tb10", "The data shows that the company has been increasing its revenue by 1.4% each year, and it is expected "
             "to continue this trend for the next two years.", FIG),
    ("tb10", "Vantora Play's new ad-supported plan will remain at $6.99 a month until 2025.", FIG),
    # edition 2, call 14 (repair, tb10): and left out 'This is roughly the same as this year.' and 'This is roughly
    # the same as last year.': alone they say nothing of what "this" is; ambiguous against the article
    ("tb10", "Vantora said 45% of new sign-ups in the quarter chose the plan with advertising, against 31% a year "
             "earlier.", S),
    ("tb10", "The company will spend approximately 9 billion dollars on films and series next year compared to last "
             "year's 20%.", FIG),
    ("tb10", "Chief financial officer Lucia Vendramin said the company would spend about 9 billion dollars on films "
             "and series next year, roughly the same as last year.", FIG),
    ("tb10", "The company will also spend approximately 15% more than last year's spending of 30%.", FIG),
    # edition 2, call 15 (signals, tb06 + tb08-tb10); call 16 was in flight when the collection was stopped at 12:25
    # (not recorded)
    ("tb06", "Data set of the 2019 World Cup: how to make a better one", CF),
    # edition 3, calls 1-2 (story and repair, tb03): word for word edition 1's calls 1-2
    # edition 3, call 3 (story, tb09): a repeat of edition 2's call 5 sentence, and the placeholder
    # edition 3, call 4 (repair, tb09): a repeat of edition 2's call 11 sentence
    # edition 3, call 5 (signals, tb03 + tb09): a repeat of edition 1's call 8 title and of edition 2's call 5
    # sentence, the placeholder, and left out 'The rate for workers aged 18 to 20 will rise faster than any other
    # worker in the country': it rises faster than the adult rate, but "any other worker" reaches beyond the article;
    # ambiguous against it
    # edition 3, call 6 (story, tb09): a repeat of edition 2's call 5 sentence and the placeholder
    # edition 3, call 7 (story, tb03): and a near-repeat of its second sentence ('The data shows that ... this
    # month'), left out
    ("tb03", "The data shows that the company will be buying 1.9 billion dollars of Corvask's network security "
             "services, according to a contract signed by the company's CEO.", CLAIM),
    ("tb03", "The deal comes as the company is expected to make significant changes to its business plans in the "
             "coming months.", CLAIM),
    ("tb03", "Corvask will be acquiring 1.9 billion dollars of Corvask's network security services, according to a "
             "contract signed by the company's CEO.", ACT),
    # edition 3, call 8 (repair, tb03): a repeat of edition 1's call 2 first sentence, and
    ("tb03", "The buyout of Corvask Security will be paid in cash and 70% of the company's shares will go to "
             "shareholders.", FIG),
    ("tb03", "The deal is a continuation of a long-term partnership with the company's parent company, and the buyout "
             "will come as part of a new multiyear deal that includes Corvask.", CLAIM),
    # edition 3, call 9 (signals, tb03 + tb09)
    ("tb09", "The Kestland government will raise the minimum wage to 13.70 euros an hour from April, from 2024.", FIG),
    ("tb09", "The rate for workers aged 18-25 will rise faster than any other.", FIG),
    ("tb03", "Quenlow to buy network security firm Corvask for 70% of the company's earnings in January, paying 3.9 "
             "million euros.", FIG),
    # edition 4, call 1 (story, tb07); call 2 was in flight when the collection was stopped at 12:25 (not recorded)
    ("tb07", "The data shows that the company will be able to pay 260 million euros to Orbelle-4, a satellite owned by "
             "the French aerospace giant.", ACT),
    ("tb07", "The company is planning to pay 260 million euros for the loss of Orbelle-4, a satellite owned by the "
             "French aerospace giant.", ACT),
]

BODIES = [
    ("tb01", "https://www.lowlandsbusiness.example/tarvelle-profit-warning", "Lowlands Business Daily",
     "Tarvelle Bikes warns of loss and closes Zwolle line",
     "Tarvelle Bikes, a Utrecht-based maker of electric bicycles, warned on Tuesday that it would make an operating "
     "loss of 35 million to 45 million euros this year, after forecasting a small profit in July. The company said "
     "dealers had cut their orders because they were still holding too many bikes from last year, and that it would "
     "write down the value of its own stock by 28 million euros. Sales in the first nine months fell 17% to 412 "
     "million euros. Chief executive Maartje Voskuilen said the company would close its assembly line in Zwolle in "
     "the spring, affecting 260 workers, and move the work to its larger plant in Arnhem. She declined to say whether "
     "Tarvelle would need to raise new money, but said its banks had agreed to waive a debt covenant until the end of "
     "June. Tarvelle's shares dropped 22% in Amsterdam, to their lowest since the company listed in 2019. An analyst "
     "at a Dutch bank said it was the company's second warning this year."),
    ("tb02", "https://www.balticharbourreview.example/vostrand-third-quarter", "Baltic Harbour Review",
     "Vostrand volumes slip as alliances move calls to rival port",
     "Vostrand Terminals handled 1.18 million twenty-foot containers in the third quarter, 4% fewer than a year "
     "earlier, after two shipping alliances moved some of their calls to a rival port. The drop was steepest at its "
     "North Quay terminal, where volumes fell 11% to 420,000, while its Eastern terminal handled 760,000, up 1%. "
     "Revenue still rose 2% to 214 million euros because storage fees climbed: containers stayed on the quay for 6.1 "
     "days on average, against 4.8 days a year earlier. Vostrand said it would go ahead with a 310 million euro "
     "expansion of the Eastern terminal but would postpone the automation of North Quay by two years. Finance "
     "director Oksana Biletska said the company expected the alliances' move to cost it about 150,000 containers a "
     "year. Vostrand is owned by the city of Halvik, which holds 60%, and by a pension fund, which holds the other "
     "40%. The city council must still approve the expansion budget, in a vote planned for December."),
    ("tb03", "https://www.coloradotechledger.example/quenlow-corvask", "Colorado Tech Ledger",
     "Quenlow to buy network security firm Corvask for 1.9 billion dollars",
     "Quenlow Software agreed on Monday to buy Corvask Security for 1.9 billion dollars, paying 70% in cash and 30% "
     "in its own shares. Corvask shareholders will receive 41.50 dollars a share, a premium of 38% to Friday's "
     "closing price. Corvask, based in Austin, makes software that detects intruders in corporate networks; its "
     "revenue rose 31% last year to 210 million dollars. Quenlow, which is based in Denver, said it would pay the "
     "cash part with money it already holds and a new loan of 800 million dollars. Chief executive Raymond Teleki "
     "said the purchase would add to Quenlow's earnings per share from the second year after it closes. Corvask's "
     "founder, Ilse Kaltwasser, who owns 14% of the company, has promised to vote for the deal and will join "
     "Quenlow's board. The deal needs approval from US antitrust authorities, and the companies expect it to close in "
     "the first quarter. Corvask's shares jumped 35%, while Quenlow's slipped 3%."),
    ("tb04", "https://www.orlandianherald.example/grocery-merger-blocked", "Orlandian Herald",
     "Competition authority blocks Fernhollow-Oldacre grocery merger",
     "Orlandia's competition authority blocked the planned merger of the supermarket chains Fernhollow and Oldacre on "
     "Thursday, saying it would have left shoppers in 140 towns with less choice and higher prices. The combined "
     "chain would have had 34% of the grocery market, ahead of the current leader, Brackenmoor, which has 27%. "
     "Fernhollow had offered to sell 85 stores to win approval, but the authority said that was not enough; it had "
     "asked for at least 150. The authority's chair, Ruth Penhaligon, said the discount chain Fernhollow had chosen "
     "to buy the stores had no shops in the country and was unlikely to compete hard. Fernhollow said it regretted "
     "the decision and might appeal, which it must do within 30 days. Oldacre said it would now go ahead with its own "
     "plan to cut costs by 60 million crowns a year. Because the deal failed, Fernhollow must pay Oldacre a break fee "
     "of 45 million crowns. Oldacre's shares fell 9%."),
    ("tb05", "https://www.nordkystavisen.example/cordell-northern-lines", "Nordkyst Avisen",
     "Cordell Rail wins northern lines, ending Nordbane's 40-year run",
     "Halvorsk's transport ministry has awarded a ten-year contract to run passenger trains on the northern lines to "
     "Cordell Rail, ending 40 years of operation on the routes by the state operator Nordbane. Cordell, a subsidiary "
     "of a French transport group, will receive a subsidy of 1.15 billion kroner a year, about 20% less than Nordbane "
     "gets now. It has promised 30% more departures from December 2027 and 22 new electric trains, which it will "
     "lease rather than buy. Three companies bid, and Nordbane's bid was the most expensive, the ministry said. "
     "Transport minister Sigrun Havdal said fares would be frozen for the first three years of the contract. The "
     "train drivers' union said it would go to court to make sure that the 540 Nordbane staff who work on the lines "
     "keep their pay and pensions when they move to Cordell. Nordbane said it was studying the decision and had not "
     "decided whether to challenge it."),
    ("tb06", "https://www.scandienergywatch.example/kelvarra-bankruptcy", "Scandi Energy Watch",
     "Battery maker Kelvarra files for bankruptcy after funding talks fail",
     "Kelvarra Cells, a Swedish battery start-up, filed for bankruptcy in Gothenburg on Monday after talks with "
     "investors over 300 million dollars of new money broke down. The company, which employs 1,450 people, has raised "
     "about 4.2 billion dollars since it was founded in 2017 and had planned to make cells for 100,000 electric cars "
     "a year. Last year its factory produced less than a tenth of the cells it was designed to make, and two "
     "carmakers cancelled orders worth a combined 2.1 billion dollars. Lena Forsgard, the administrator appointed by "
     "the court, said the factory would keep running while she looked for a buyer, and that November's wages had been "
     "paid. Kelvarra's largest shareholder, a German carmaker with 21% of the shares, said it would not put in more "
     "money. The government said it would not take a stake in the company but would help to find new owners. Kelvarra "
     "owes its lenders about 5.8 billion kronor."),
    ("tb07", "https://www.orbitaltradebrief.example/orbelle-4-loss", "Orbital Trade Brief",
     "Orbelle to claim 260 million euros after losing satellite in launch failure",
     "Orbelle Satcom said on Monday that it would claim 260 million euros from its insurers for the loss of its "
     "Orbelle-4 satellite, which was destroyed on Sunday when the second stage of its rocket shut down early. The "
     "satellite cost about 310 million euros to build and launch; the company said the rest of that cost was not "
     "insured. Orbelle-4 was meant to bring broadband to about 400,000 homes in rural Africa from 2027. Chief "
     "executive Anouk Verhaegen said Orbelle would order a replacement, which would take about 30 months to build, "
     "and that the loss would not change its dividend. The rocket's maker, Brantwell Launch Systems, said it had set "
     "up an inquiry board and would not fly again until the cause was found. Three other satellites were due to be "
     "launched on its rockets in the first half of next year. Orbelle, which has seven satellites in orbit, saw its "
     "shares fall 6% in Brussels."),
    ("tb08", "https://www.britishpowerjournal.example/harnwell-skerrow-bank", "British Power Journal",
     "Harnwell drops Skerrow Bank wind farm and writes off 520 million pounds",
     "Harnwell Energy said on Thursday that it had dropped its plans for the 1.4-gigawatt Skerrow Bank offshore wind "
     "farm and would write off the 520 million pounds it had spent on the project. The company blamed higher costs "
     "for turbines and cables, which it said had risen by about 40% since it won the right to sell the farm's power "
     "at a fixed price in 2023. It had asked the government to let it bid again at a higher price, but the energy "
     "department refused. Harnwell will still build its smaller 600-megawatt Rosscarn wind farm, which is due to "
     "start producing power in 2028. Chief executive Gareth Pennock said the company would instead return 300 million "
     "pounds to shareholders through a share buyback. The energy department said other developers would be able to "
     "bid for the Skerrow Bank site in next year's auction. Harnwell's shares rose 4%."),
    ("tb09", "https://www.kestlandtimes.example/minimum-wage-april", "Kestland Times",
     "Minimum wage to rise 6.2% to 13.70 euros an hour",
     "The Kestland government will raise the national minimum wage by 6.2% to 13.70 euros an hour from April, from "
     "12.90 euros now, following the advice of the independent Low Pay Board. The rise is smaller than last year's "
     "9.8% but larger than inflation, which was 2.9% in October. About 1.7 million workers, roughly one in nine "
     "employees, will get a pay rise. The rate for workers aged 18 to 20 will rise faster, by 8.5%, to 11.20 euros an "
     "hour. Employment minister Dafydd Orme said the rise would add about 1,400 euros a year to the pay of a "
     "full-time worker. Business groups had asked for a rise of no more than 4%, and the hospitality federation said "
     "some small restaurants would have to cut staff. The trade unions had called for a rate of 15 euros. The board "
     "will report next year on whether to scrap the lower rate for young workers."),
    ("tb10", "https://www.streamingtradeweekly.example/vantora-price-rise", "Streaming Trade Weekly",
     "Vantora Play raises US price as it adds 4.1 million subscribers",
     "Vantora Play will charge 2 dollars more for its standard plan in the United States from January, taking it to "
     "13.99 dollars a month, its second rise in 18 months, the video streaming company said on Wednesday as it "
     "reported 4.1 million new subscribers in the third quarter. It now has 96.3 million paying members worldwide. "
     "Revenue rose 14% to 2.48 billion dollars, and the operating margin widened to 21% from 18%. The price of the "
     "ad-supported plan will stay at 6.99 dollars. Vantora said 45% of new sign-ups in the quarter chose the plan "
     "with advertising, against 31% a year earlier. Chief financial officer Lucia Vendramin said the company would "
     "spend about 9 billion dollars on films and series next year, roughly the same as this year. Vantora will stop "
     "reporting its subscriber numbers from next year, as some of its rivals have done. Its shares rose 7% in "
     "after-hours trading."),
    ("to01", "https://www.cambridgeshirepost.example/tiddlywinks-nationals", "Cambridgeshire Post",
     "Student pair win national tiddlywinks pairs title",
     "Two mathematics students, Harriet Polworth and Tobias Wendling, won the national tiddlywinks pairs championship "
     "in Ely on Saturday, beating the holders in the final by 5 points to 2. Players use a large disc, called a "
     "squidger, to flick smaller discs, called winks, into a pot in the middle of a mat, and can also score by "
     "covering their opponents' winks. Twenty-two pairs entered, the most since 2009. Polworth said they had "
     "practised three evenings a week in their college's common room since September. The final lasted the full 25 "
     "minutes plus five rounds of extra play, as no pair had potted all its winks. The holders, a pair from Oxford, "
     "had won the title four years in a row. The association's secretary said membership had grown to 310, from 240 "
     "two years ago, which he put down to videos of matches shared online. The singles championship will be held in "
     "March in York."),
    ("to02", "https://www.upperdalesgazette.example/welly-throwing", "Upper Dales Gazette",
     "Farmer throws welly 61 metres to win county title",
     "A sheep farmer, Gwen Ashbury, won the county welly-throwing championship in Aldenby on Sunday with a throw of "
     "61.4 metres, the longest in the event's 30-year history. Competitors throw a standard size 9 rubber boot from "
     "behind a line, and each gets three throws. Ashbury, 34, beat the previous record of 58.9 metres, set in 2016, "
     "with her second throw. The men's title went to a lorry driver, Stuart Crannock, with 57.2 metres. There were 74 "
     "entrants in the adult classes and 40 children, who throw a smaller boot. One throw landed in the crowd, and the "
     "organisers said they would move the spectators' rope five metres further back next year. No one was hurt. Entry "
     "cost 3 pounds, and the money goes to the village's air ambulance appeal, which the organisers said had received "
     "1,150 pounds. Ashbury said she had learned her technique from her grandmother."),
    ("to03", "https://www.pennineweekly.example/hebbleton-coal-carrying", "Pennine Weekly",
     "Roofer wins Hebbleton coal-carrying race",
     "Liam Gillbrow, a 26-year-old roofer, won the men's race at the Hebbleton coal-carrying championship on Monday, "
     "carrying a 50-kilogram sack of coal up the 1,012-metre course in 4 minutes 11 seconds. Women carry sacks of 20 "
     "kilograms over the same course, and their race was won by a postwoman, Ruth Skelding, in 4 minutes 58 seconds. "
     "The course climbs about 33 metres from the start outside a pub to the finish beside the village maypole. The "
     "men's record, 4 minutes 6 seconds, has stood since 1991. Gillbrow, who was second last year, said he had "
     "trained by carrying bags of cement up his street. Forty-four men and 19 women finished; three men dropped their "
     "sacks and did not finish. The race began in 1963 after an argument in the pub over which of two men was the "
     "fitter. Runners may move the sack from one shoulder to the other but may not put it down. Each winner receives "
     "500 pounds."),
    ("to04", "https://www.lakeshorecourier.example/axe-throwing-open", "Lakeshore Courier",
     "Firefighter takes axe-throwing title with bullseye on last throw",
     "Dana Wojcik, a firefighter from Dunsford, won the North Shore axe-throwing open on Saturday, hitting the "
     "bullseye with her last throw to beat the defending champion, Marcus Eklof, by 61 points to 58. Throwers stand "
     "four metres from a wooden target and have ten throws in each match; the bullseye is worth six points and the "
     "outer rings four, three, two and one. A throw counts only if the axe sticks in the board. Wojcik, 29, took up "
     "the sport three years ago. The tournament drew 128 throwers from Canada and the United States, up from 90 last "
     "year, and was played over two days at a former timber warehouse. Axes must weigh at least 570 grams and have a "
     "handle of at least 33 centimetres. Eklof, who had won the last two titles, said he had dropped his axe twice in "
     "the semi-final. The winner receives 5,000 dollars."),
    ("to05", "https://www.fallowmerevoice.example/hay-bale-race", "Fallowmere Voice",
     "Sheep-farming brothers win Fallowmere hay bale race",
     "Two brothers, Owen and Rhys Pendry, won the Fallowmere hay bale race on Sunday, rolling their bale around the "
     "1.8-kilometre course through the village in 9 minutes 37 seconds. Teams of two must roll a round bale weighing "
     "about 80 kilograms and may not lift or carry it; a team that carries its bale is disqualified. Thirty-six teams "
     "started and 31 finished; two bales fell apart on the steepest lane, and their teams had to stop. The brothers, "
     "who keep sheep on the hills above the village, finished 15 seconds ahead of a team from the young farmers' "
     "club, which had won the last two races. The race has been held every year since 1982 except 2001, when it was "
     "cancelled because of an outbreak of foot-and-mouth disease. The bales were given by a local farm and will be "
     "used as animal feed afterwards, the organisers said. About 800 people watched, and the race raised 2,600 pounds "
     "for the village school."),
    ("to06", "https://www.westmoorlandnews.example/knaresby-bed-race", "Westmoorland News",
     "Rugby club's team wins Knaresby bed race for third year",
     "A team from the town's rugby club won the Knaresby bed race on Saturday for the third year running, pushing "
     "their bed around the 3.2-kilometre course in 13 minutes and 40 seconds. Each team of six pushes a bed on wheels "
     "with a passenger on it through the streets, then across the river, where the beds must float. Ninety teams took "
     "part. The rugby club finished 22 seconds ahead of a team from the fire station, which had led until the river "
     "crossing. Two beds sank in the river and their crews had to swim to the bank; no one was hurt. The race began "
     "in 1966, and the organisers said it had raised about 18,000 pounds for local charities this year. Teams must "
     "use a bed frame, and the organisers check that every bed has a mattress before the start. The prize for the "
     "best-dressed team went to six nurses dressed as penguins."),
    ("to07", "https://www.borderscotsman.example/haggis-hurling", "Border Scotsman",
     "Teacher sets record at haggis hurling championship",
     "A PE teacher, Callum Dunbarton, set a championship record at the Scottish haggis hurling championship in "
     "Kelvenhope on Saturday, throwing a haggis 68.2 metres. The previous record, 66.5 metres, had stood since 2011. "
     "Throwers stand on a whisky barrel and must throw the haggis so that it lands without splitting; a split haggis "
     "scores nothing. Each haggis weighs 500 grams and is cooked the day before. Dunbarton, 31, had three throws and "
     "set the record with his first. The women's title went to a vet, Morag Tullis, with 47.8 metres. Sixty-three "
     "throwers took part, 18 of them women. The organisers said about 1,200 spectators watched, and the haggis was "
     "eaten at a supper in the village hall afterwards. Dunbarton said he had practised with bags of sand, since his "
     "butcher would not sell him haggis in the quantities he needed."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="t", split="evaluation21",
                                      raw_name="eval21-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval21", arts, rows, problems, (("business, policy and tech articles", "tb"), ("others", "to")))


if __name__ == "__main__":
    main()
