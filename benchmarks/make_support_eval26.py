"""Build the twenty-sixth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval26-articles.jsonl and eval26-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval26.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (kcb01-kcb10): a supermarket chain's
Christmas trading (like-for-like sales up, clothing and homeware down, online orders, stores opened, a profit forecast
kept, no pay rise before April), an energy supplier's collapse (customers moved to a rival chosen by the regulator,
supply not cut off, credit balances protected, owners who refused more capital, a cost shared on bills), a chipmaker's
delayed factory (pushed back 18 months on weaker demand, construction continuing, a government grant paid only once
production begins, no one hired losing a job, capital spending cut), a bank's money-laundering fine (accounts opened
without checks, a fine reduced for cooperation, a forecast unchanged, a former compliance head barred, prosecutors
still investigating), a rail operator taken over by a ministry (cancellations, a broken contract, an overtime dispute
blamed, staff moved on the same pay, fares unchanged, no compensation), a carmaker's battery plant (grants and cheaper
power, a plant that would not have been built without them, a joint owner, a permit not yet granted), a blocked
telecoms merger (prices, remedies found not enough, an appeal, a break fee), an insurer's storm claims (reinsurance
above a threshold, a forecast cut, a dividend still paid, prices to rise), a country's sugary drinks tax rise (two
bands, an exemption, revenue, an industry group against it) and a payroll software company's ransomware attack (no
ransom paid, service restored, salaries on time, a contractor's old account, credit monitoring); plans against done
acts, negations ("will not be cut off", "would not have built", "did not say how much", "not yet been granted", "no
compensation", "not paid"), ranges and estimates, a speaker by role and by name, and actors named by description
("the supermarket chain", "the household supplier", "the carmaker", "the payroll software company"). Seven are on
topics no earlier part uses (kco01-kco07; the earlier parts' README lists, the earlier articles, the demo corpus and
../shared/data were searched for the topic words): a national paper plane championship, a timber sports championship,
a ukulele orchestra record attempt, a county darts league final, a regional skittles championship, a national hobby
horse championship and a watermelon seed spitting contest.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("slipped" for "fell", "gained" and "climbed" for "rose", "took"
for "won", "go under" for "fail", "picked" for "chosen", "barely moved" for "little changed"), a measure as the subject
("Electric cars made up 18% of Drevnik's sales last year", "About 60 million journeys a year are made on the line"),
figures restated in other words ("like-for-like" for stores open for more than a year, "40%" for "the rest" of 60%,
"about a fifth", "one in eight" as 12.5%), and analysis sentences (``kind`` "analysis") that only combine or compute
from one passage of the cited article (a forecast's midpoint, credit per customer, suppliers failed before, a cut in
spending, a grant's share of a cost, a fine before a reduction, a share of services cancelled, electric cars sold,
operators before a deal, reinsurers' share, claims paid, a tax rate's rise, extra revenue, last year's throw, a gap to a
record, competitors under 16, athletes added, titles won before, players short of a record, an age gap, a difference of
averages, legs played, prize money, the runners-up's pins, last year's entries, pins per round, the cost of entering
every class, a gap between spits). Each is fully supported by one passage (a sentence and its neighbours) of a cited
article, checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong figures, units and
dates, wrong directions, negations dropped or reversed, plans told as done, wrong actors and swapped roles, unsupported
claims, invented causes, generic invented analysis, merged events citing two articles, content-free page furniture),
with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of Topline's own LLM
writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in eval26-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation26"; ids "kc0001"... (two letters:
every single letter and "ka", eval25's, already start an earlier part's sentence ids; no sentence or article id of any
part starts with "kc"). The article ids "kcb01"... and "kco01"... start with no earlier part's article id prefix.
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
           "eval18-sentences.jsonl", "eval19-sentences.jsonl", "eval20-sentences.jsonl", "eval21-sentences.jsonl",
           "eval22-sentences.jsonl", "eval23-sentences.jsonl", "eval24-sentences.jsonl", "eval25-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl")
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka",)   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao; this part's: kcb, kco)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kcb01": [
        ("Tallowby's like-for-like sales rose 4.1% over the six weeks to January 3.", S),
        ("Record sales of its own-label party food helped lift sales at Tallowby's stores open for more than a year by "
         "4.1%.", S),
        ("Including fuel, the supermarket chain's total sales came to 3.9 billion pounds.", S),
        ("Shoppers bought more premium ranges but stayed cautious about clothing and homeware, chief executive "
         "Berenike Salcombe said.", S),
        ("Clothing and homeware sales slipped 2% at Tallowby's, Salcombe said.", S),
        ("Online orders rose 11% and now account for 14% of Tallowby's grocery sales.", S),
        ("Tallowby's opened nine small convenience stores over the period and plans about 30 more this year.", S),
        ("The chain kept its forecast of underlying profit at 610 million to 640 million pounds.", S),
        ("Store staff will not get another pay rise from Tallowby's before April.", S),
        ("A 5% pay rise for store staff, agreed last year, takes effect in April.", S),
        ("Analysts at a broker said Tallowby's figures had beaten their expectations.", S),
        ("Tallowby's shares gained 3.5% in London.", S),
        ("The midpoint of Tallowby's profit forecast is 625 million pounds.", S, (), AN),
        ("Tallowby's like-for-like sales fell 4.1% over the six weeks to January 3.", DIR),
        ("Sales at Tallowby's stores open for more than a year rose 1.4% in the six weeks.", FIG),
        ("Tallowby's total sales, excluding fuel, reached 3.9 billion pounds.", DIR),
        ("Clothing and homeware sales rose 2% at Tallowby's.", DIR),
        ("Online orders now make up 11% of Tallowby's grocery sales.", FIG),
        ("Tallowby's closed nine small convenience stores during the six weeks.", DIR),
        ("Tallowby's raised its forecast of underlying profit to between 610 million and 640 million pounds.", DIR),
        ("Tallowby's will raise store staff pay again in January.", DIR),
        ("Berenike Salcombe, an analyst at a broker, said the figures were better than expected.", ACT),
        ("Tallowby's sales rose because a rival chain closed dozens of stores.", CAUSE),
        ("Tallowby's also plans to start selling its party food abroad next year.", CLAIM),
        ("Tallowby's figures show that shoppers are finally feeling richer again.", GEN),
        ("The midpoint of Tallowby's profit forecast is 635 million pounds.", FIG, (), AN),
        ("Tallowby's said its energy bills would rise after Brightwick Energy collapsed.", MERGE, ("kcb02",)),
    ],
    "kcb02": [
        ("Brightwick Energy stopped trading on Monday after it failed to pay for power bought in advance, the "
         "regulator said.", S),
        ("The household supplier's 240,000 customers will be transferred to Halvering Power within about a week.", S),
        ("Halvering Power, a bigger rival, was picked by the regulator to take on Brightwick's customers.", S),
        ("Brightwick's customers will not have their gas or electricity cut off.", S),
        ("Customers' credit balances, about 31 million pounds in all, are protected.", S),
        ("Customers need do nothing but take a meter reading, said Wulfric Selwood, the regulator's chief "
         "executive.", S),
        ("Brightwick, set up in 2017, is the fourth energy supplier to go under this year.", S),
        ("Brightwick had been losing money for three years.", S),
        ("In October Brightwick's owners refused to put more capital into the supplier.", S),
        ("The customers will pay a tariff no higher than the price cap, Halvering said.", S),
        ("All suppliers will share the cost of moving the customers, which could add about 6 pounds to a year's "
         "bills.", S),
        ("Brightwick's customers hold about 130 pounds of credit each on average.", S, (), AN),
        ("Three other energy suppliers failed this year before Brightwick.", S, (), AN),
        ("Brightwick Energy's 420,000 customers will be moved to Halvering Power.", FIG),
        ("Brightwick's customers will be moved to Halvering Power within about a month.", FIG),
        ("Brightwick's customers will have their supply cut off until they choose a new supplier.", DIR),
        ("Brightwick's customers will lose credit balances of about 31 million pounds.", DIR),
        ("Halvering Power stopped trading on Monday, and its customers will move to Brightwick Energy.", ACT),
        ("Brightwick's owners put more capital into the supplier in October.", DIR),
        ("Brightwick, founded in 2007, is the fourth supplier to fail this year.", FIG),
        ("Brightwick's customers will be put on a tariff above the regulator's price cap.", DIR),
        ("Moving Brightwick's customers could add about 16 pounds to annual bills.", FIG),
        ("Brightwick collapsed because wholesale gas prices doubled in the autumn.", CAUSE),
        ("The regulator will fine Brightwick's owners over the collapse.", CLAIM),
        ("Brightwick's collapse shows that the energy market still has too many small suppliers.", GEN),
        ("Brightwick's customers hold about 1,300 pounds of credit each on average.", FIG, (), AN),
        ("Brightwick collapsed after Silvane Semiconductors cancelled its power orders for the Draverton plant.", MERGE,
         ("kcb03",)),
    ],
    "kcb03": [
        ("Silvane Semiconductors has delayed its Draverton chip factory by 18 months.", S),
        ("The Draverton plant will now open in the second half of 2028, Silvane said on Wednesday.", S),
        ("Weaker demand for the older chips the plant will make is behind the delay, the company said.", S),
        ("The factory, costing about 7.2 billion dollars, had been due to begin production early next year.", S),
        ("Building work will go on, but equipment will be installed more slowly, Silvane said.", S),
        ("The government agreed to pay 1.5 billion dollars of the plant's cost.", S),
        ("The grant will be paid only when production starts, the government said.", S),
        ("About 1,100 people had been expected to work at the Draverton site.", S),
        ("None of the 240 workers Silvane has already hired will lose their jobs.", S),
        ("Silvane will hire fewer people this year.", S),
        ("Capital spending will fall to 4 billion dollars this year from 5.5 billion, chief financial officer Radomil "
         "Kestner said.", S),
        ("Silvane's shares barely moved.", S),
        ("Silvane will cut its capital spending this year by 1.5 billion dollars.", S, (), AN),
        ("The government's grant covers about a fifth of the Draverton plant's cost.", S, (), AN),
        ("Silvane has brought forward the opening of its Draverton factory by 18 months.", DIR),
        ("Silvane has delayed its Draverton factory by eight months.", FIG),
        ("The Draverton plant will now open in the second half of 2029.", FIG),
        ("Silvane said construction at Draverton would stop.", DIR),
        ("The government has already paid its 1.5 billion dollar grant for the plant.", DIR),
        ("Silvane will lay off 240 of the workers it has already hired.", DIR),
        ("The government agreed to pay 2.5 billion dollars of the plant's cost.", FIG),
        ("The government said Silvane's capital spending would fall to 4 billion dollars this year.", ACT),
        ("Silvane delayed the plant because it could not find enough engineers.", CAUSE),
        ("Silvane will build a second chip factory abroad instead.", CLAIM),
        ("The delay shows that the boom in chip factories is over.", GEN),
        ("Silvane's shares fell sharply after the announcement.", DIR),
        ("Silvane will cut its capital spending this year by 2.5 billion dollars.", FIG, (), AN),
        ("Silvane delayed its plant after Castelmoor Bank refused to lend it money.", MERGE, ("kcb04",)),
    ],
    "kcb04": [
        ("The Financial Supervision Authority fined Castelmoor Bank 64 million euros on Friday.", S),
        ("Castelmoor failed to check where money in thousands of accounts came from, the authority said.", S),
        ("Between 2017 and 2023 the bank opened more than 12,000 company accounts without the checks the law "
         "requires.", S),
        ("Some of the accounts were used to move money stolen in frauds abroad, according to the authority.", S),
        ("The authority did not say how much stolen money went through the accounts.", S),
        ("The fine was cut by 30% because Castelmoor cooperated with the investigation.", S),
        ("Chief executive Ingrith Fallowes called the failings unacceptable.", S),
        ("Castelmoor has taken on 400 more compliance staff since 2022, Fallowes said.", S),
        ("The bank had already put money aside for the fine and left its profit forecast unchanged.", S),
        ("A former head of compliance at Castelmoor was barred from banking for ten years.", S),
        ("Prosecutors are still looking into two of Castelmoor's customers.", S),
        ("The authority fined the bank for failing to carry out the checks the law requires on company accounts.", S),
        ("Without the reduction for cooperating, Castelmoor's fine would have been about 91 million euros.", S, (),
         AN),
        ("Castelmoor Bank was fined 46 million euros by the Financial Supervision Authority.", FIG),
        ("The bank opened more than 12,000 accounts without checks between 2007 and 2023.", FIG),
        ("The authority said 12 million euros of stolen money had passed through the accounts.", CLAIM),
        ("Castelmoor's fine was raised by 30% because the bank obstructed the investigation.", DIR),
        ("Ingrith Fallowes said the failings were acceptable for a bank of Castelmoor's size.", DIR),
        ("Castelmoor has cut 400 compliance jobs since 2022.", DIR),
        ("Castelmoor cut its profit forecast because of the fine.", DIR),
        ("The authority barred Castelmoor's chief executive from banking for ten years.", ACT),
        ("Prosecutors have charged two of the bank's customers.", DIR),
        ("The authority barred a former head of compliance from banking for five years.", FIG),
        ("The failings happened because Castelmoor moved its checks to an outside firm to save money.", CAUSE),
        ("The case shows that banks are still failing to stop money laundering.", GEN),
        ("Without the reduction for cooperating, Castelmoor's fine would have been about 83 million euros.", FIG, (),
         AN),
        ("Castelmoor was fined as the transport ministry took over Brindlemere Rail, one of the bank's customers.",
         MERGE, ("kcb05",)),
    ],
    "kcb05": [
        ("The transport ministry will run Brindlemere Rail's trains from March 1.", S),
        ("Brindlemere cancelled one in eight of its services over the past year.", S),
        ("Transport minister Aurick Tamblyn announced the takeover on Tuesday.", S),
        ("By failing to train enough drivers, Brindlemere broke the terms of its contract, the ministry said.", S),
        ("Brindlemere's contract had been due to run until 2030.", S),
        ("The operator, which a bus company owns, said it was disappointed.", S),
        ("Brindlemere blamed an overtime dispute that ended in the summer.", S),
        ("About 3,400 staff will transfer to the state-owned operator on unchanged pay and pensions.", S),
        ("The takeover will not change fares, Tamblyn said.", S),
        ("Tickets already bought will still be valid, the minister said.", S),
        ("Passenger groups welcomed the ministry's decision.", S),
        ("About 60 million journeys a year are made on the line.", S),
        ("Brindlemere will get no compensation for losing the contract.", S),
        ("About 12.5% of Brindlemere's services were cancelled over the past year.", S, (), AN),
        ("Brindlemere cancelled one in four of its services over the past year.", FIG),
        ("The ministry will take over Brindlemere's trains from May 1.", FIG),
        ("Brindlemere's contract was due to run until 2035.", FIG),
        ("Brindlemere said it welcomed the ministry's decision.", DIR),
        ("Brindlemere blamed an overtime dispute that is still going on.", DIR),
        ("About 3,400 Brindlemere staff will lose their jobs when the ministry takes over.", DIR),
        ("Fares will rise after the takeover, the minister said.", DIR),
        ("Tickets already bought will no longer be valid after the takeover.", DIR),
        ("Passenger groups criticised the ministry's decision.", DIR),
        ("Brindlemere will be compensated for the loss of its contract.", DIR),
        ("The bus company that owns Brindlemere announced the takeover on Tuesday.", ACT),
        ("The ministry acted after a Brindlemere train derailed in the autumn.", CAUSE),
        ("The ministry plans to take over two more rail operators next year.", CLAIM),
        ("The takeover shows that private companies can no longer run the railways.", GEN),
        ("About 8% of Brindlemere's services were cancelled over the past year.", FIG, (), AN),
        ("Brindlemere's drivers will be retrained to build batteries at Drevnik's Lendersea plant.", MERGE,
         ("kcb06",)),
    ],
    "kcb06": [
        ("Drevnik Motors plans a battery factory near the port of Lendersea.", S),
        ("The carmaker will invest 2.6 billion euros in the plant, which will create about 2,000 jobs.", S),
        ("From 2029 the factory will make batteries for 300,000 electric cars a year.", S),
        ("Lendersea was chosen over a site abroad after the regional government offered 350 million euros in grants "
         "and cheaper electricity, chief executive Henrike Solvang said.", S),
        ("The cheaper electricity will come from a nearby wind farm.", S),
        ("Without the grants, Drevnik would not have built the plant, Solvang said.", S),
        ("Drevnik will own 60% of the factory and Kyonmi Cells 40%.", S),
        ("Battery maker Kyonmi Cells will own the rest of the factory.", S),
        ("Drevnik sold 412,000 cars last year.", S),
        ("Electric cars made up 18% of Drevnik's sales last year.", S),
        ("Drevnik wants half of the cars it sells to be electric by 2030.", S),
        ("Construction is due to begin in April, but the environmental permit has not been granted yet.", S),
        ("Drevnik's shares climbed 1.8%.", S),
        ("Drevnik sold about 74,000 electric cars last year.", S, (), AN),
        ("Drevnik Motors will invest 6.2 billion euros in the battery plant.", FIG),
        ("Drevnik's battery plant will create about 20,000 jobs.", FIG),
        ("The plant will make batteries for 300,000 electric cars a year from 2027.", FIG),
        ("Drevnik chose a site abroad over Lendersea.", DIR),
        ("Solvang said Drevnik would have built the plant even without the grants.", DIR),
        ("Kyonmi Cells will own 60% of the factory and Drevnik the rest.", ACT),
        ("The national government offered Drevnik 350 million euros in grants.", ACT),
        ("Electric cars made up 81% of Drevnik's sales last year.", FIG),
        ("The environmental permit for the Lendersea plant has been granted.", DIR),
        ("Drevnik's shares fell 1.8%.", DIR),
        ("Drevnik picked Lendersea because workers there are paid less.", CAUSE),
        ("Drevnik will also close its oldest car plant.", CLAIM),
        ("The plant shows that Europe is winning back battery making from Asia.", GEN),
        ("Drevnik sold about 47,000 electric cars last year.", FIG, (), AN),
        ("Drevnik's plant will use mobile masts bought from Ribbl Mobile.", MERGE, ("kcb07",)),
    ],
    "kcb07": [
        ("The competition authority blocked Teleqon's planned merger with Ribbl Mobile on Thursday.", S),
        ("The merger would have pushed prices up, the authority said.", S),
        ("Teleqon and Ribbl are the country's second- and fourth-largest mobile operators.", S),
        ("The 5.8 billion dollar deal was agreed in March.", S),
        ("The combined company would have had about 38% of subscribers, with three operators left.", S),
        ("Prices rose by as much as 25% after similar mergers in other countries, said the authority's chair, Clodagh "
         "Threlkeld.", S),
        ("Teleqon's offers to sell some spectrum to a smaller rival and to freeze prices for three years were not "
         "enough, the authority said.", S),
        ("Teleqon plans to appeal against the decision.", S),
        ("Ribbl, which has been losing customers for two years, will review its options.", S),
        ("Selling its masts is one of the options Ribbl will look at.", S),
        ("Shares in Teleqon fell 4%, while Ribbl's dropped 11%.", S),
        ("Teleqon owes Ribbl a break fee of 150 million dollars.", S),
        ("Before the blocked deal, the country had four mobile operators.", S, (), AN),
        ("The competition authority approved Teleqon's merger with Ribbl Mobile.", DIR),
        ("Ribbl Mobile is the country's second-largest mobile operator.", ACT),
        ("The Teleqon-Ribbl deal was valued at 8.5 billion dollars.", FIG),
        ("The combined company would have held about 58% of subscribers.", FIG),
        ("Threlkeld said prices had fallen after similar mergers in other countries.", DIR),
        ("Ribbl had offered to sell some of its spectrum and to freeze prices for three years.", ACT),
        ("Teleqon said it would accept the authority's decision.", DIR),
        ("Ribbl must pay Teleqon a break fee of 150 million dollars.", ACT),
        ("Ribbl's shares rose 11%.", DIR),
        ("Teleqon offered to freeze prices for five years.", FIG),
        ("The authority blocked the deal because Teleqon had broken competition law before.", CAUSE),
        ("Teleqon will now bid for the third-largest operator.", CLAIM),
        ("The decision shows that regulators will no longer allow telecoms mergers.", GEN),
        ("Before the blocked deal, the country had five mobile operators.", FIG, (), AN),
        ("Teleqon's masts were damaged by Storm Oswin before the merger was blocked.", MERGE, ("kcb08",)),
    ],
    "kcb08": [
        ("Storm Oswin claims are expected to cost Ambersley Insurance about 180 million pounds.", S),
        ("The storm damaged homes and cars across the north-west last month.", S),
        ("Ambersley has received about 26,000 claims and paid 40% of them.", S),
        ("Most of the claims are for roofs, fences and flooded kitchens.", S),
        ("Reinsurance will cover Ambersley's costs above 120 million pounds, the insurer said.", S),
        ("Ambersley's own loss from the storm will be limited to 120 million pounds.", S),
        ("It was the company's most expensive storm since 2015, chief executive Lucan Haverock said.", S),
        ("Ambersley lowered its forecast for this year's underwriting profit to 90 million to 110 million pounds, from "
         "150 million.", S),
        ("Ambersley will still pay its final dividend.", S),
        ("Home insurance prices will go up about 8% next year, partly because of storms, Ambersley said.", S),
        ("Ambersley's shares dropped 6%.", S),
        ("Reinsurers will pay about 60 million pounds of Ambersley's Storm Oswin claims.", S, (), AN),
        ("Ambersley has paid about 10,400 of the claims from the storm.", S, (), AN),
        ("Ambersley expects Storm Oswin claims to cost it about 108 million pounds.", FIG),
        ("Ambersley has received about 62,000 claims from Storm Oswin.", FIG),
        ("Ambersley has paid 60% of the Storm Oswin claims.", FIG),
        ("Reinsurance will cover Ambersley's costs below 120 million pounds.", DIR),
        ("Ambersley raised its forecast for this year's underwriting profit.", DIR),
        ("Ambersley will skip its final dividend because of the storm.", DIR),
        ("Home insurance prices will fall about 8% next year.", DIR),
        ("Ambersley's shares rose 6%.", DIR),
        ("Ambersley's reinsurers said Oswin was the costliest storm since 2015.", ACT),
        ("Claims were high because Ambersley had cut its prices to win customers in the north-west.", CAUSE),
        ("Ambersley will stop insuring homes near rivers.", CLAIM),
        ("Storms like Oswin will make home insurance unaffordable for many families.", GEN),
        ("Reinsurers will pay about 80 million pounds of Ambersley's Storm Oswin claims.", FIG, (), AN),
        ("Ambersley will raise its premiums to pay for Arvandia's new sugar tax.", MERGE, ("kcb09",)),
    ],
    "kcb09": [
        ("From January, Arvandia's tax on drinks with more than eight grams of sugar per 100 millilitres will rise to "
         "30 cents a litre from 18 cents.", S),
        ("Finance minister Celestin Dubrava announced the rise on Tuesday.", S),
        ("The lower band, for drinks with between five and eight grams of sugar, goes up to 20 cents from 12.", S),
        ("Milk-based drinks will remain exempt from the tax.", S),
        ("The tax is expected to bring in about 410 million a year, up from 260 million, the ministry said.", S),
        ("The money raised will pay for sport in schools, according to the ministry.", S),
        ("Since the tax began in 2019, soft drinks sold in Arvandia have lost about a third of their sugar on "
         "average.", S),
        ("A drinks industry group warned that the rise would cost jobs and said it would urge parliament to reject "
         "it.", S),
        ("The government has a majority in parliament.", S),
        ("Doctors' groups had wanted a bigger rise.", S),
        ("Arvandia's sugary drinks tax was introduced in 2019.", S),
        ("Arvandia's top rate of tax on sugary drinks will go up by two-thirds.", S, (), AN),
        ("The ministry expects the tax to raise about 150 million more a year.", S, (), AN),
        ("Arvandia will cut its tax on sugary drinks from January.", DIR),
        ("Arvandia's top rate will rise to 30 cents a litre from 13 cents.", FIG),
        ("The 30-cent rate will apply to drinks with more than five grams of sugar per 100 millilitres.", FIG),
        ("Milk-based drinks will be taxed for the first time.", DIR),
        ("The ministry expects the tax to raise about 140 million a year.", FIG),
        ("The money raised by the tax will pay for new hospital beds.", CLAIM),
        ("The average sugar content of soft drinks in Arvandia has risen by a third since 2019.", DIR),
        ("A drinks industry group welcomed the rise.", DIR),
        ("Doctors' groups said the rise would cost jobs.", ACT),
        ("Parliament has already voted against the rise.", DIR),
        ("Arvandia is raising the tax because obesity among children has doubled.", CAUSE),
        ("Sugar taxes are the most effective way to fight obesity.", GEN),
        ("The ministry expects the tax to raise about 250 million more a year.", FIG, (), AN),
        ("Arvandia's sugar tax will be collected with Quorvant's payroll software.", MERGE, ("kcb10",)),
    ],
    "kcb10": [
        ("A ransomware attack shut Quorvant's systems for five days, the payroll software company said on Sunday.", S),
        ("Hackers may have taken the names, home addresses and bank account numbers of about 900,000 people who work "
         "for Quorvant's customers.", S),
        ("Quorvant sells payroll software to councils and hospitals.", S),
        ("No ransom was paid, Quorvant said.", S),
        ("Quorvant's service was back on Friday.", S),
        ("This month's salaries will be paid on time, the company said.", S),
        ("The attackers got in through a contractor's old account that had not been closed, chief executive Dervla "
         "Kinsellagh said.", S),
        ("The data protection regulator is investigating the attack.", S),
        ("People affected will get two years of free credit monitoring from Quorvant.", S),
        ("At least 40 councils use Quorvant's software.", S),
        ("Quorvant is privately owned and has 1,300 employees.", S),
        ("Quorvant's systems were down for five days after the attack.", S),
        ("Hackers may have copied the details of about 90,000 employees of Quorvant's customers.", FIG),
        ("Quorvant paid the hackers a ransom to restore its systems.", DIR),
        ("Salaries due this month will be paid late because of the attack.", DIR),
        ("Quorvant's systems were shut for 15 days.", FIG),
        ("The data protection regulator said it would not investigate.", DIR),
        ("The attackers got in through an employee who opened a phishing email, Kinsellagh said.", CAUSE),
        ("The data protection regulator said the attackers had got in through a contractor's account.", ACT),
        ("Quorvant will offer the people affected five years of free credit monitoring.", FIG),
        ("Quorvant is listed on the stock exchange.", DIR),
        ("Quorvant sells payroll software to banks and airlines.", CLAIM),
        ("Quorvant expects the attack to cost it about 20 million pounds.", CLAIM),
        ("The attack shows that public bodies rely too much on a few software suppliers.", GEN),
        ("The attack shut Quorvant's systems for more than a week.", FIG, (), AN),
        ("The hackers who hit Quorvant also broke into Tallowby's online shop.", MERGE, ("kcb01",)),
    ],
    "kco01": [
        ("A 19-year-old engineering student, Cadoc Talwyn, took the national paper plane title in Holbrough on "
         "Saturday.", S),
        ("Talwyn's winning throw of 61.4 metres beat last year's champion by 3.2 metres.", S),
        ("Each plane has to be folded from one A4 sheet, with no tape or glue.", S),
        ("Competitors get five minutes to fold their planes.", S),
        ("The contest was held in an aircraft hangar so that the wind could not help.", S),
        ("There were three events: distance, time in the air and aerobatics.", S),
        ("Gwenllian Ottoway won the time-aloft title with a flight of 14.8 seconds.", S),
        ("Talwyn has folded about 300 versions of his design since the summer, he said.", S),
        ("Nobody broke the national record of 69.1 metres.", S),
        ("About 240 people competed, a third of them under 16.", S),
        ("The top three distance throwers qualify for the world final in the spring.", S),
        ("Last year's winner threw 58.2 metres.", S, (), AN),
        ("Talwyn's throw was 7.7 metres short of the national record.", S, (), AN),
        ("About 80 of the competitors were under 16.", S, (), AN),
        ("Cadoc Talwyn won the national paper plane title with a throw of 64.1 metres.", FIG),
        ("Talwyn beat last year's winner by 2.3 metres.", FIG),
        ("Paper planes may be folded from two A4 sheets.", FIG),
        ("Competitors may use tape but not glue.", DIR),
        ("The contest was held outdoors, where the wind helped some throws.", DIR),
        ("Gwenllian Ottoway won the distance title.", ACT),
        ("Talwyn's plane stayed up for 14.8 seconds.", ACT),
        ("Talwyn broke the national record of 69.1 metres.", DIR),
        ("About 240 competitors took part, two-thirds of them under 16.", FIG),
        ("Talwyn won because he used heavier paper than the other competitors.", CAUSE),
        ("Talwyn plans to study aircraft design after the world final.", CLAIM),
        ("Paper planes are becoming a serious sport for young engineers.", GEN),
        ("Last year's winner threw 64.6 metres.", FIG, (), AN),
        ("Cadoc Talwyn and Bryony Haskett will both compete at the same world championship in June.", MERGE,
         ("kco02",)),
    ],
    "kco02": [
        ("Bryony Haskett took the women's title at the national timber sports championship in Carrowmoor on Sunday.",
         S),
        ("Haskett won three of the four events.", S),
        ("She chopped through a 30-centimetre poplar log in 27 seconds in the standing block chop.", S),
        ("Torvald Quint won the men's title for the fifth time.", S),
        ("Quint lost the single buck saw event to someone competing for the first time.", S),
        ("Competitors sharpen their own axes and saws.", S),
        ("Every event at the championship is timed.", S),
        ("Some 64 athletes competed, up from 41 a year earlier, the organisers said.", S),
        ("About 3,000 people watched over the two days.", S),
        ("Nobody was hurt at the championship.", S),
        ("The roughly 18 tonnes of logs came from a forest that was being thinned.", S),
        ("Offcuts were sold as firewood to raise money for a local hospice.", S),
        ("Haskett and Quint will represent their country at June's world championship.", S),
        ("There were 23 more athletes than at last year's championship.", S, (), AN),
        ("Quint had won the men's title four times before.", S, (), AN),
        ("Haskett finished first in all four events.", FIG),
        ("Haskett cut through the log in 72 seconds.", FIG),
        ("Torvald Quint won the single buck saw event.", DIR),
        ("This was Quint's first men's title.", FIG),
        ("Organisers hand out the axes and saws, already sharpened.", DIR),
        ("Organisers said 46 athletes took part.", FIG),
        ("Fewer athletes took part than last year.", DIR),
        ("Two competitors were injured at the championship.", DIR),
        ("The firewood was sold to pay for the championship.", CLAIM),
        ("A first-time competitor won the women's title.", ACT),
        ("More athletes took part because the prize money was doubled.", CAUSE),
        ("Timber sports are growing fast because of videos online.", GEN),
        ("There were 13 more athletes than at last year's championship.", FIG, (), AN),
        ("Haskett's offcuts were sold as firewood at the Wensbury ukulele festival.", MERGE, ("kco03",)),
    ],
    "kco03": [
        ("More than 1,800 ukulele players gathered in a Wensbury park on Saturday to try for a record.", S),
        ("They fell short of the record for the largest ukulele orchestra, which stands at 2,300, the organisers "
         "said.", S),
        ("Players aged 6 to 91 played three songs together for about 20 minutes.", S),
        ("Heavy rain in the morning kept some people away, festival director Olwen Thistlewood said.", S),
        ("The rain hurt the attempt, Thistlewood said.", S),
        ("The festival lasts three days and is in its ninth year.", S),
        ("Workshops and a band competition were also part of the festival.", S),
        ("About 150 secondhand ukuleles were sold at a stall.", S),
        ("Eight nurses from the town's hospital won the band contest.", S),
        ("A day's ticket cost 12 pounds, and children got in free.", S),
        ("The organisers will try for the record again next year, probably in a covered stadium.", S),
        ("The oldest player was 85 years older than the youngest.", S, (), AN),
        ("The record is about 500 players more than the number who turned up in Wensbury.", S, (), AN),
        ("More than 1,800 ukulele players set a new record for the largest ukulele orchestra.", DIR),
        ("The record the Wensbury players were chasing is 3,200.", FIG),
        ("The players played five songs together.", FIG),
        ("Thistlewood said sunshine had brought more people than expected.", DIR),
        ("The Wensbury festival is in its nineteenth year.", FIG),
        ("About 150 new ukuleles were given away at a stall.", DIR),
        ("The band contest was won by eight doctors from the town's hospital.", ACT),
        ("Tickets cost 12 pounds a day, for children as well as adults.", DIR),
        ("The organisers said they would not try for the record again.", DIR),
        ("The attempt failed because a rival festival was held on the same day.", CAUSE),
        ("The Wensbury festival made a loss this year.", CLAIM),
        ("Ukuleles have become the most popular instrument among children.", GEN),
        ("The oldest player was 75 years older than the youngest.", FIG, (), AN),
        ("The Wensbury nurses' band later played at Saffi Dovecote's darts final.", MERGE, ("kco04",)),
    ],
    "kco04": [
        ("Saffi Dovecote beat defending champion Kellan Mulvane six legs to four in the county darts league's singles "
         "final on Friday.", S),
        ("The final was played at the Fenwold Social Club.", S),
        ("A 121 finish gave Dovecote, 42, the ninth leg.", S),
        ("Dovecote took the tenth leg with a double 16.", S),
        ("Dovecote averaged 88.3 with three darts and Mulvane 85.9.", S),
        ("Dovecote is the first woman to take the league's open singles title since it began in 1974.", S),
        ("The league's 36 teams come from pubs and clubs across the county.", S),
        ("The league plays on Thursday evenings from September to May.", S),
        ("Dovecote, a postal worker, practises for an hour most evenings in her garage, she said.", S),
        ("The champion gets 500 pounds and a trophy, while Mulvane received 200 pounds.", S),
        ("Dovecote and Mulvane will both play in a regional final in March.", S),
        ("Dovecote's three-dart average was 2.4 points higher than Mulvane's.", S, (), AN),
        ("Ten legs were played in the final.", S, (), AN),
        ("Dovecote received 300 pounds more than Mulvane.", S, (), AN),
        ("Kellan Mulvane beat Saffi Dovecote six legs to four.", ACT),
        ("Dovecote won the final by six legs to two.", FIG),
        ("Dovecote hit a finish of 112 to win the ninth leg.", FIG),
        ("Mulvane's three-dart average was higher than Dovecote's.", DIR),
        ("Dovecote is the second woman to win the league's open singles title.", FIG),
        ("The county darts league began in 1947.", FIG),
        ("The league plays on Friday evenings all year round.", FIG),
        ("Dovecote said she rarely practised.", DIR),
        ("The winner of the singles final receives 200 pounds and a trophy.", FIG),
        ("Only Dovecote will play in the regional final in March.", DIR),
        ("Dovecote won because Mulvane had hurt his wrist.", CAUSE),
        ("Dovecote plans to turn professional next year.", CLAIM),
        ("Dovecote's win shows that women can now beat men in any pub sport.", GEN),
        ("Dovecote's three-dart average was 3.4 points higher than Mulvane's.", FIG, (), AN),
        ("Dovecote's darts club also won the regional skittles championship.", MERGE, ("kco05",)),
    ],
    "kco05": [
        ("The Old Forge team from Pellingham took the regional skittles championship on Saturday.", S),
        ("The Old Forge knocked down 1,132 pins over six rounds.", S),
        ("The Railway Arms finished 19 pins behind the Old Forge.", S),
        ("Each of a team's eight players bowls three wooden balls a turn at nine pins set out in a diamond.", S),
        ("The final was moved to a pub alley in Ashwater after the usual venue flooded in November.", S),
        ("Captain Ruthven Sallis said the Old Forge had lost the final in both of the previous two years.", S),
        ("A 17-year-old from the losing team made the day's highest individual score, 62 in a round.", S),
        ("Twenty-eight teams entered, four fewer than last year.", S),
        ("The organisers blamed the lower entry on two pubs closing.", S),
        ("The championship dates back to 1951.", S),
        ("The Railway Arms knocked down 1,113 pins.", S, (), AN),
        ("Thirty-two teams entered last year.", S, (), AN),
        ("The Old Forge averaged about 189 pins a round.", S, (), AN),
        ("The Railway Arms won the regional skittles championship.", ACT),
        ("The Old Forge knocked down 1,312 pins.", FIG),
        ("The Old Forge finished 91 pins ahead of the Railway Arms.", FIG),
        ("Each skittles team has six players.", FIG),
        ("The final was held at the usual venue.", DIR),
        ("Sallis said the Old Forge had also won the previous two finals.", DIR),
        ("The day's highest individual score was made by a player from the winning team.", ACT),
        ("Twenty-eight teams entered, four more than last year.", DIR),
        ("The organisers put the lower entry down to higher entry fees.", CAUSE),
        ("The skittles championship has been played since 1915.", FIG),
        ("The Old Forge will play in a national final next month.", CLAIM),
        ("Skittles is dying out as village pubs close.", GEN),
        ("The Railway Arms knocked down 1,151 pins.", FIG, (), AN),
        ("The Old Forge's players also rode in the hobby horse championship in Tellingford.", MERGE, ("kco06",)),
    ],
    "kco06": [
        ("Vashti Greyling, 14, took the senior show jumping class at the national hobby horse championship on "
         "Saturday.", S),
        ("The national hobby horse championship was held in Tellingford.", S),
        ("Greyling cleared a bar at 1.1 metres holding a horse made from a broom handle and a stuffed fabric head.", S),
        ("Hobby horse riders run and jump a course on foot with a toy horse between their legs.", S),
        ("About 320 riders took part in six classes, almost all of them girls aged 8 to 17.", S),
        ("In dressage, riders are judged on how they move to music.", S),
        ("Points are taken off when a rider knocks down a pole or the horse's head touches the ground.", S),
        ("Entries have doubled since last year, organiser Honora Fanshaw said.", S),
        ("Many riders make their own horses.", S),
        ("A grey with a plaited mane won the prize for the best handmade horse.", S),
        ("It cost 8 pounds to enter each class.", S),
        ("A rider entering all six classes would have paid 48 pounds.", S, (), AN),
        ("Vashti Greyling won the dressage class at the hobby horse championship.", CLAIM),
        ("Greyling cleared a bar set at 1.4 metres.", FIG),
        ("About 230 riders took part in the championship.", FIG),
        ("Almost all the riders were boys.", DIR),
        ("Riders took part in four classes.", FIG),
        ("Judges add points when a rider knocks down a pole.", DIR),
        ("Honora Fanshaw said entries had halved since last year.", DIR),
        ("Riders must use horses bought from the organisers.", DIR),
        ("Entry cost 18 pounds per class.", FIG),
        ("The prize for the best handmade horse went to Greyling's horse.", CLAIM),
        ("Entries doubled because the championship was shown on television.", CAUSE),
        ("Hobby horsing will soon be recognised as an Olympic sport.", CLAIM),
        ("Hobby horsing shows how online videos can turn a children's game into a sport.", GEN),
        ("A rider entering all six classes would have paid 56 pounds.", FIG, (), AN),
        ("Greyling's hobby horse was made from crates left over from the Oxcombe Vale fair.", MERGE, ("kco07",)),
    ],
    "kco07": [
        ("Osric Pemberthy, a retired bus driver, won the Oxcombe Vale fair's watermelon seed spitting contest on "
         "Sunday.", S),
        ("Pemberthy's 11.6-metre spit was the longest in the contest's 22 years.", S),
        ("Competitors get three seeds each and must spit from behind a line without stepping over it.", S),
        ("Only a competitor's longest spit of the three counts.", S),
        ("Pemberthy, 67, trained by spitting cherry stones in his garden, he said.", S),
        ("A 9-year-old girl took the children's prize with a seed that landed 6.2 metres away.", S),
        ("The crowd ate about 90 watermelons handed out by the organisers before the contest.", S),
        ("A judge measured each spit with a tape, from the line to where the seed first landed.", S),
        ("Where a seed rolled to did not count.", S),
        ("About 8,000 pounds was raised by the fair for a new village hall roof.", S),
        ("The seed spitting contest has been held for 22 years.", S),
        ("Pemberthy's spit was 5.4 metres longer than the best children's spit.", S, (), AN),
        ("Osric Pemberthy won the seed spitting contest with a spit of 16.1 metres.", FIG),
        ("Pemberthy's spit was the second-longest in the contest's history.", DIR),
        ("Each competitor gets five watermelon seeds.", FIG),
        ("All three spits are added together.", DIR),
        ("Competitors may step over the line when they spit.", DIR),
        ("Pemberthy trained by spitting watermelon seeds at the fair.", CLAIM),
        ("A 9-year-old boy won the children's prize.", ACT),
        ("The organisers ate about 90 watermelons before the contest.", ACT),
        ("Spits were measured to where the seed rolled to.", DIR),
        ("The Oxcombe Vale fair raised about 80,000 pounds.", FIG),
        ("Pemberthy won because the wind was behind him.", CAUSE),
        ("Seed spitting contests are a good way to bring villages together.", GEN),
        ("Pemberthy's spit was 4.5 metres longer than the best children's spit.", FIG, (), AN),
        ("Osric Pemberthy also won the national paper plane title in Holbrough.", MERGE, ("kco01",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kcb01", "Sign up for our retail newsletter."),
    ("kcb03", "Chips: the story so far."),
    ("kcb04", "Related: more on bank fines."),
    ("kcb06", "Photo: a battery production line."),
    ("kcb07", "Open in our app to keep reading."),
    ("kcb08", "Insurance news in brief."),
    ("kcb10", "[Insert summary here]"),
    ("kco01", "Paper planes."),
    ("kco03", "Listen: the orchestra plays."),
    ("kco05", "Results: page 34."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, two servers on 127.0.0.1 (ports 8798 and 8799, one thread each, --n_ctx 8192), json_object,
# prompt version llm-3, date 2026-12-15, --timeout 450, the writer's default streamed requests, machine at load 18-41.
# eval26-smollm2_raw.jsonl holds two editions in this order, started together (call numbers restart in each; times
# UTC): 1 kcb01-kcb05 + kco01-kco03 (14 calls, 02:39-03:17) and 2 kcb06-kcb10 + kco04-kco07 (20 calls,
# 02:39-03:17). At the collection's cut-off (03:17) the collectors' own processes were sent SIGTERM, then the two
# servers were stopped; each edition had one streamed call in flight, not recorded. 34 calls were recorded (17 story,
# 13 repair, 4 signals), 33 answered and one (edition 1, call 11) cut off by the 450 s deadline; the servers logged 36
# POSTs, all 200. Only kcb02-kcb10 were shown to the model in a recorded call (kcb01 and the seven kco articles never
# were). A sentence is listed once, at its first answer in the order of the editions; repeats, near-repeats and the
# sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, kcb05)
    ("kcb05", "The transport ministry will take over the running of Brindlemere Rail's trains from March 1 after the "
              "operator cancelled one in eight of its services over the past year, the ministry said on Tuesday.", S),
    # edition 1, call 2 (repair, kcb05)
    ("kcb05", "About 3,400 staff will move to the state-owned operator with their pay and pensions unchanged.", S),
    # edition 1, call 3 (story, kcb02): and repeats
    ("kcb02", "Brightwick Energy, a household gas and electricity supplier, stopped trading on Monday after failing to "
              "pay for power it had bought in advance.", S),
    ("kcb02", "The regulator said customers would be put on a tariff no higher than the regulator's price cap.", ACT),
    ("kcb02", "The company will not have any new suppliers to move to.", DIR),
    ("kcb02", "The cost of moving them will be shared among all suppliers and could add about 6 pounds to annual "
              "bills.", S),
    ("kcb02", "The company has already agreed to pay for the new supplier.", CLAIM),
    # edition 1, call 4 (story, kcb03): "The company has been working to improve its quality, and has made a few
    # changes to it." (a near-repeat) left out
    ("kcb03", "The company has been working to improve the quality of its production, and has made a few changes to "
              "it.", CLAIM),
    ("kcb03", "The new process is going to be very good for the industry in terms of efficiency.", GEN),
    ("kcb03", "...", CF),
    ("kcb03", "It will take 4 years to implement the change.", CLAIM),
    # edition 1, call 5 (repair, kcb03): "The company said it will make there's a weakness in demand for older types of
    # chips that it is making a significant impact on." left out (garbled, ambiguous against the article)
    ("kcb03", "The company has pushed back the opening of its chip factory in Draverton by 18 months, to the second "
              "half of 2028.", S),
    ("kcb03", "Chief financial officer Radomil Kestner has increased capital spending this year by 4 billion dollars "
              "from 5.5 billion, and plans to spend another $60 million next quarter.", DIR),
    ("kcb03", "The company said the new investment will help in improving its manufacturing capacity and making it "
              "more competitive.", CLAIM),
    # edition 1, call 6 (signals, kcb02, kcb03, kcb05): a repeat, the placeholder and
    ("kcb05", "The transport ministry will take over the running of Brindlemere Rail's trains from March 1 after "
              "months of cancellations.", S),
    # edition 1, call 7 (story, kcb03): and repeats
    ("kcb03", "The decision will be made on Wednesday.", DIR),
    ("kcb03", "Silvane Semiconductors has pushed back the opening of its chip factory in Draverton by 18 months, to "
              "the second half of 2028.", S),
    ("kcb03", "The plant is expected to start production early next year.", DIR),
    # edition 1, call 8 (story, kcb02): only a repeat and the placeholder
    # edition 1, call 9 (repair, kcb02)
    ("kcb02", "Halvering said the customers would be put on a tariff no higher than the regulator's price cap.", S),
    # edition 1, call 10 (story, kcb05)
    ("kcb05", "The ministry will take over the running of Brindlemere Rail's trains from March 1 after the operator "
              "cancelled one in eight of its services over the past year, transport minister Aurick Tamblyn said on "
              "Tuesday.", S),
    ("kcb05", "The ministry has taken over the running of Brindlemere Rail's trains from March 1 after the operator "
              "cancelled one in eight of its services over the past year, transport minister Aurick Tamblyn said on "
              "Tuesday.", DIR),
    # edition 1, call 11 (signals, kcb02, kcb03, kcb05): no answer within the 450 s deadline (recorded with its error)
    # edition 1, call 12 (story, kcb04)
    ("kcb04", "The data has been updated to include the details of the incident.", CF),
    # edition 1, call 13 (repair, kcb04)
    ("kcb04", "The bank has been fined 64 million euros by the Financial Supervision Authority on Friday for failing "
              "to check where money in thousands of accounts came from.", S),
    ("kcb04", "The authorities said the bank had opened more than 12,000 accounts for companies between 2017 and 2023 "
              "without the checks required by law, and that some of those accounts had been used to move money "
              "stolen abroad.", S),
    # edition 1, call 14 (story, kcb02; the answer cut off at the length limit, its JSON broken): repeats and
    ("kcb02", "The energy industry is expected to see a 20% reduction in electricity bills this year, with Halvering "
              "Power being one of the top three suppliers affected.", CLAIM),
    # edition 2, call 1 (story, kcb07)
    ("kcb07", "The competition authority blocks Teleqon's merger with Ribbl Mobile, the country's second- and "
              "fourth-largest mobile operators.", S),
    ("kcb07", "Teleqn has already agreed to sell its masts.", ACT),
    ("kcb07", "The authority is not a monopoly, it's a market maker.", CLAIM),
    ("kcb07", "The competition authority is the only one that can make decisions based on what they want to do.",
     CLAIM),
    # edition 2, call 2 (repair, kcb07)
    ("kcb07", "Teleqon's shares fell 4% and Ribbl's dropped 11%.", S),
    # edition 2, call 3 (story, kcb06): and a repeat
    ("kcb06", "Drevnik Motors will build a battery factory near the port of Lendersea, investing 2.6 billion euros and "
              "creating about 2,000 jobs.", S),
    ("kcb06", "...", CF),
    # edition 2, call 4 (repair, kcb06)
    ("kcb06", "Chief executive Henrike Solvang said Drevnik had chosen Lendersea over a site abroad after the regional "
              "government offered 350 million euros in grants and cheaper electricity from a nearby wind farm.", S),
    # edition 2, call 5 (story, kcb09): and the placeholder
    ("kcb09", "Arvandia will raise its tax on sugary drinks from January to 30 cents a litre, starting from 18 cents.",
     S),
    ("kcb09", "...", CF),
    # edition 2, call 6 (repair, kcb09)
    ("kcb09", "The ministry expects the tax to raise about 410 million a year, up from 260million, and said the money "
              "would pay for sport in schools.", S),
    # edition 2, call 7 (story, kcb08): and a repeat
    ("kcb08", "Ambersley puts Storm Oswin claims at 180 million pounds and cuts forecast", S),
    ("kcb08", "The company's biggest financial loss is from the storm that damaged homes in Northam last month.",
     CLAIM),
    ("kcb08", "Ambersley Insurance expects claims to cost 120 million pounds this year, with a forecast of 90 million.",
     FIG),
    ("kcb08", "The insurer said it will increase its own losses by about 8% next year.", CLAIM),
    # edition 2, call 8 (repair, kcb08)
    ("kcb08", "Chief executive Lucan Haverock said it was the company's costliest storm since 2015.", S),
    # edition 2, call 9 (signals, kcb06, kcb07, kcb08, kcb09): and a repeat
    ("kcb09", "Drevnik Motors will raise its tax on sugary drinks from January 2023 to 2024, starting from 18 cents a "
              "litre.", ACT),
    ("kcb09", "The ministry expects the tax to increase by 6.9% in 2023 and 7.1% in 2024.", FIG),
    # edition 2, call 10 (story, kcb06): and the placeholder
    ("kcb06", "Drevnik Motors will build a battery factory near the port of Lendersea, building about 200 electric "
              "cars per year.", FIG),
    # edition 2, call 11 (repair, kcb06): "Drevnik Motors will build a battery factory near the port of Lendersea,
    # investing 2.6 billion euros and creating about 2,000 jobs" (a near-repeat of call 3: no full stop) left out
    # edition 2, call 12 (story, kcb09): and the placeholder
    ("kcb09", "Arvandia to raise its tax on sugary drinks from January 2019 to 30 cents a litre, starting from 18c.",
     FIG),
    ("kcb09", "The ministry expects the tax to raise about 410 million a year, up from 260 million and said it would "
              "pay for sports.", S),
    ("kcb09", "A drinks industry group has asked parliament to vote against the tax.", DIR),
    ("kcb09", "The government has a majority.", S),
    # edition 2, call 13 (repair, kcb09)
    ("kcb09", "Arvandia will raise its tax on sugary drinks from January to 30 cents a litre, from 18 cents, for "
              "drinks with more than eight grams of sugar per 100 millilitres, finance minister Celestin Dubrava said "
              "Tuesday.", S),
    ("kcb09", "Drinks with between five and eight grams will pay 20 cents, up from 12.", S),
    ("kcb09", "The tax on sugary drinks is set to increase by 5% this year for drinks with more than eight grams of "
              "sugar per 100 millilitres.", FIG),
    # edition 2, call 14 (story, kcb07): and the placeholder
    ("kcb07", "The competition authority on Thursday blocked the planned merger of Teleqon and Ribbl Mobile, the "
              "country's second-and fourth-largest mobile operators, saying it would lead to higher prices.", S),
    # edition 2, call 15 (repair, kcb07)
    ("kcb07", "The authority's chair, Clodagh Threlkeld, said prices had risen by up to 25% in other countries after "
              "similar mergers.", S),
    # edition 2, call 16 (story, kcb10): and the placeholder
    ("kcb10", "Quorvant, which is privately owned, employs 1,300 people.", S),
    # edition 2, call 17 (repair, kcb10): only a repeat
    # edition 2, call 18 (signals, kcb07, kcb09, kcb10): and the placeholder
    ("kcb07", "The competition authority on Thursday blocked the planned merger of Teleqon and Ribbl Mobile, the "
              "country's second-largest mobile operators, saying it would lead to higher prices.", FIG),
    # edition 2, call 19 (story, kcb08): "Ambersley puts Storm Oswin claims at 180 million pounds and cuts forecast."
    # (a near-repeat of call 7: a full stop) and "The company's costliest storm since 2015 has been a record of 8%
    # increase in prices." (a near-repeat) left out
    ("kcb08", "The insurer says it will cover costs above 90 million pounds, so its own loss is limited to that "
              "amount.", FIG),
    ("kcb08", "The company's costliest storm since 2015 has been a record of 8% rise in prices.", CLAIM),
    ("kcb08", "Home insurance prices will rise by about 8%, partly because of storms, the insurer said.", S),
    # edition 2, call 20 (repair, kcb08)
    ("kcb08", "Ambersley cut its forecast for this year's underwriting profit to between 90 million and 110 million "
              "pounds, from 150 million.", S),
]

BODIES = [
    ("kcb01", "https://www.grocerytrade.example/tallowbys-christmas-trading-update", "Grocery Trade",
     "Tallowby's Christmas sales rise 4.1% on party food",
     "Tallowby's, a supermarket chain, said on Thursday that sales at stores open for more than a year rose 4.1% in "
     "the six weeks to January 3, helped by record sales of its own-label party food. Total sales, including fuel, "
     "reached 3.9 billion pounds. Chief executive Berenike Salcombe said shoppers had bought more of its premium "
     "ranges but were still cautious about clothing and homeware, where sales fell 2%. Online orders were up 11% and "
     "account for 14% of its grocery sales. The chain opened nine small convenience stores during the period and "
     "will open about 30 more this year. It kept its forecast of underlying profit of between 610 million and 640 "
     "million pounds. Tallowby's said it would not raise the pay of store staff again before April, when a 5% rise "
     "agreed last year takes effect. Analysts at a broker said the figures were better than they had expected. The "
     "shares rose 3.5% in London."),
    ("kcb02", "https://www.energypolicywire.example/brightwick-energy-supplier-collapse", "Energy Policy Wire",
     "Brightwick Energy collapses; 240,000 customers to move to Halvering Power",
     "Brightwick Energy, a household gas and electricity supplier, stopped trading on Monday after failing to pay "
     "for power it had bought in advance, the energy regulator said. Its 240,000 customers will be moved to "
     "Halvering Power, a larger rival chosen by the regulator, within about a week. Their supply will not be cut "
     "off, and their credit balances, which total about 31 million pounds, are protected. The regulator's chief "
     "executive, Wulfric Selwood, said customers did not need to do anything except take a meter reading. "
     "Brightwick, founded in 2017, is the fourth supplier to fail this year. It had lost money for three years, and "
     "in October it asked its owners for more capital, but they refused. Halvering said the customers would be put "
     "on a tariff no higher than the regulator's price cap. The cost of moving them will be shared among all "
     "suppliers and could add about 6 pounds to annual bills."),
    ("kcb03", "https://www.chipindustrynews.example/silvane-draverton-fab-delay", "Chip Industry News",
     "Silvane delays Draverton chip plant by 18 months as demand weakens",
     "Silvane Semiconductors has pushed back the opening of its chip factory in Draverton by 18 months, to the "
     "second half of 2028, because demand for the older types of chip it will make there has weakened, the company "
     "said on Wednesday. The plant, which will cost about 7.2 billion dollars, had been due to start production "
     "early next year. Silvane said construction would continue but that it would install equipment more slowly. The "
     "government, which agreed to pay 1.5 billion dollars of the cost, said the grant would be paid only once "
     "production begins. About 1,100 people were expected to work at the site. Silvane said it would hire fewer "
     "people this year but that none of the 240 workers already hired would lose their jobs. Chief financial officer "
     "Radomil Kestner said capital spending this year would fall to 4 billion dollars from 5.5 billion. Silvane's "
     "shares were little changed."),
    ("kcb04", "https://www.bankingsupervisor.example/castelmoor-bank-money-laundering-fine", "Banking Supervisor",
     "Castelmoor Bank fined 64 million euros over money-laundering checks",
     "Castelmoor Bank was fined 64 million euros by the Financial Supervision Authority on Friday for failing to "
     "check where money in thousands of accounts came from. The authority said the bank had opened more than 12,000 "
     "accounts for companies between 2017 and 2023 without the checks required by law, and that some of those "
     "accounts had been used to move money stolen in frauds abroad. It did not say how much. Because the bank "
     "cooperated with the investigation, the fine was reduced by 30%. Castelmoor's chief executive, Ingrith "
     "Fallowes, called the failings unacceptable and said the bank had hired 400 more compliance staff since 2022. "
     "The bank had already set money aside for the fine and said its profit forecast was unchanged. The authority "
     "also barred a former head of compliance from working in banking for ten years. Prosecutors are still "
     "investigating two of the bank's customers."),
    ("kcb05", "https://www.railwaygazette-local.example/brindlemere-rail-taken-over", "Rail Bulletin",
     "Ministry to take over Brindlemere Rail after months of cancellations",
     "The transport ministry will take over the running of Brindlemere Rail's trains from March 1 after the operator "
     "cancelled one in eight of its services over the past year, transport minister Aurick Tamblyn said on Tuesday. "
     "The ministry said Brindlemere had broken the terms of its contract, which was due to run until 2030, by "
     "failing to train enough drivers. Brindlemere, which is owned by a bus company, said it was disappointed and "
     "blamed a dispute over overtime that ended in the summer. About 3,400 staff will move to the state-owned "
     "operator with their pay and pensions unchanged. Fares will not change because of the takeover, the minister "
     "said, and tickets already bought will remain valid. Passenger groups welcomed the decision. The line carries "
     "about 60 million journeys a year. Brindlemere will receive no compensation for the loss of the contract."),
    ("kcb06", "https://www.autoindustryreport.example/drevnik-lendersea-battery-plant", "Auto Industry Report",
     "Drevnik Motors picks Lendersea for 2.6 billion euro battery plant",
     "Drevnik Motors will build a battery factory near the port of Lendersea, investing 2.6 billion euros and "
     "creating about 2,000 jobs, the carmaker said on Monday. The plant will make batteries for 300,000 electric "
     "cars a year from 2029. Chief executive Henrike Solvang said Drevnik had chosen Lendersea over a site abroad "
     "after the regional government offered 350 million euros in grants and cheaper electricity from a nearby wind "
     "farm. She said the company would not have built the plant without the grants. Drevnik will own 60% of the "
     "factory and a battery maker, Kyonmi Cells, the rest. The carmaker sold 412,000 cars last year, 18% of them "
     "electric, and wants that share to reach half by 2030. Construction is due to start in April but still needs an "
     "environmental permit that has not yet been granted. Drevnik's shares rose 1.8%."),
    ("kcb07", "https://www.telecomsregulation.example/teleqon-ribbl-merger-blocked", "Telecoms Regulation",
     "Competition authority blocks Teleqon's merger with Ribbl Mobile",
     "The competition authority on Thursday blocked the planned merger of Teleqon and Ribbl Mobile, the country's "
     "second- and fourth-largest mobile operators, saying it would lead to higher prices. The deal, agreed in March "
     "and valued at 5.8 billion dollars, would have left three operators, with the combined company holding about "
     "38% of subscribers. The authority's chair, Clodagh Threlkeld, said prices had risen by up to 25% in other "
     "countries after similar mergers. Teleqon had offered to sell some of its radio spectrum to a smaller rival and "
     "to freeze prices for three years, but the authority said those promises were not enough. Teleqon said it would "
     "appeal. Ribbl, which has lost customers for two years, said it would review its options, including selling its "
     "masts. Teleqon's shares fell 4% and Ribbl's dropped 11%. Teleqon must pay Ribbl a break fee of 150 million "
     "dollars."),
    ("kcb08", "https://www.insuranceledger.example/ambersley-storm-oswin-claims", "Insurance Ledger",
     "Ambersley puts Storm Oswin claims at 180 million pounds and cuts forecast",
     "Ambersley Insurance expects claims from Storm Oswin to cost about 180 million pounds after the storm damaged "
     "homes and cars across the north-west last month, the insurer said on Wednesday. It has received about 26,000 "
     "claims, most of them for roofs, fences and flooded kitchens, and has paid 40% of them. Ambersley said its "
     "reinsurance would cover costs above 120 million pounds, so its own loss would be limited to that amount. Chief "
     "executive Lucan Haverock said it was the company's costliest storm since 2015. Ambersley cut its forecast for "
     "this year's underwriting profit to between 90 million and 110 million pounds, from 150 million. It said it "
     "would still pay its final dividend. Home insurance prices will rise by about 8% next year, partly because of "
     "storms, the insurer said. Its shares fell 6%."),
    ("kcb09", "https://www.fiscalmonitor.example/arvandia-sugary-drinks-levy-rise", "Fiscal Monitor",
     "Arvandia to raise its tax on sugary drinks from January",
     "Arvandia will raise its tax on sugary drinks from January to 30 cents a litre, from 18 cents, for drinks with "
     "more than eight grams of sugar per 100 millilitres, finance minister Celestin Dubrava said on Tuesday. Drinks "
     "with between five and eight grams will pay 20 cents, up from 12. Milk-based drinks will stay exempt. The "
     "ministry expects the tax to raise about 410 million a year, up from 260 million, and said the money would pay "
     "for sport in schools. Since the tax was introduced in 2019, the average sugar content of soft drinks sold in "
     "Arvandia has fallen by about a third, the ministry said. A drinks industry group said the rise would cost jobs "
     "and that it would ask parliament to vote against it, but the government has a majority. Doctors' groups had "
     "called for a larger rise."),
    ("kcb10", "https://www.cyberincidentdaily.example/quorvant-payroll-ransomware", "Cyber Incident Daily",
     "Quorvant says hackers may have copied bank details of 900,000 workers",
     "Quorvant, which sells payroll software to councils and hospitals, said on Sunday that its systems had been "
     "shut for five days by a ransomware attack and that hackers may have taken the names, home addresses and bank "
     "account numbers of about 900,000 employees of its customers. Quorvant said no ransom had been paid. Its "
     "service was restored on Friday, and salaries due this month will be paid on time, it said. Chief executive "
     "Dervla Kinsellagh said the attackers had got in through the old account of a contractor, which had not been "
     "closed. The data protection regulator said it was investigating. Quorvant will offer the people affected two "
     "years of free credit monitoring. At least 40 councils use its software. Quorvant, which is privately owned, "
     "employs 1,300 people."),
    ("kco01", "https://www.holbroughherald.example/paper-plane-championship", "Holbrough Herald",
     "Student's 61.4-metre throw wins national paper plane title",
     "Cadoc Talwyn, a 19-year-old engineering student, won the national paper plane championship in Holbrough on "
     "Saturday with a throw of 61.4 metres, beating last year's winner by 3.2 metres. Planes must be folded from a "
     "single A4 sheet, without tape or glue, and competitors have five minutes to fold. The contest, held in an "
     "aircraft hangar so that wind cannot help, had three events: distance, time in the air and aerobatics. The "
     "time-aloft title went to Gwenllian Ottoway, whose plane stayed up for 14.8 seconds. Talwyn said he had folded "
     "about 300 versions of his design since the summer. The national record of 69.1 metres was not broken. About "
     "240 competitors took part, a third of them under 16. The top three in the distance event qualify for the world "
     "final in the spring."),
    ("kco02", "https://www.carrowmoorpost.example/timber-sports-championship", "Carrowmoor Post",
     "Haskett and Quint take national timber sports titles",
     "Bryony Haskett won the women's title at the national timber sports championship in Carrowmoor on Sunday, "
     "finishing first in three of the four events. In the standing block chop she cut through a 30-centimetre log of "
     "poplar in 27 seconds. The men's title went to Torvald Quint, who won for the fifth time, although he lost the "
     "single buck saw event to a first-time competitor. Competitors use axes and saws that they sharpen themselves, "
     "and every event is timed. Organisers said 64 athletes took part, up from 41 last year, and that about 3,000 "
     "people watched over the two days. No one was injured. The logs, about 18 tonnes of them, came from a forest "
     "that was being thinned, and the offcuts were sold as firewood to raise money for a local hospice. The two "
     "winners will compete for the country at June's world championship."),
    ("kco03", "https://www.wensburyjournal.example/ukulele-orchestra-record-attempt", "Wensbury Journal",
     "Rain spoils Wensbury's ukulele orchestra record attempt",
     "More than 1,800 ukulele players gathered in a park in Wensbury on Saturday to try to set a record for the "
     "largest ukulele orchestra, but fell short of the record of 2,300, organisers said. The players, aged from 6 to "
     "91, played three songs together for about 20 minutes. Festival director Olwen Thistlewood said the attempt had "
     "been hurt by heavy rain in the morning, which kept some people away. The three-day festival, in its ninth "
     "year, also included workshops, a competition for bands and a stall where about 150 secondhand ukuleles were "
     "sold. The band contest was won by a group of eight nurses from the town's hospital. Tickets cost 12 pounds a "
     "day and children went free. The organisers said they would try for the record again next year, probably in a "
     "covered stadium."),
    ("kco04", "https://www.fenwoldadvertiser.example/darts-league-singles-final", "Fenwold Advertiser",
     "Dovecote beats champion Mulvane to win county darts final",
     "Saffi Dovecote won the county darts league's singles final at the Fenwold Social Club on Friday, beating the "
     "defending champion, Kellan Mulvane, by six legs to four. Dovecote, a 42-year-old postal worker, hit a finish "
     "of 121 to win the ninth leg and took the tenth with a double 16. Her three-dart average was 88.3, against "
     "Mulvane's 85.9. She is the first woman to win the league's open singles title since the league began in 1974. "
     "The league has 36 teams from pubs and clubs across the county and plays on Thursday evenings from September to "
     "May. Dovecote said she practised for an hour most evenings in her garage. The winner receives 500 pounds and a "
     "trophy; Mulvane received 200 pounds. Both will play in a regional final in March."),
    ("kco05", "https://www.pellinghamgazette.example/skittles-regional-championship", "Pellingham Gazette",
     "Old Forge team wins regional skittles championship at third attempt",
     "The Old Forge team from Pellingham won the regional skittles championship on Saturday, knocking down 1,132 "
     "pins over six rounds to finish 19 ahead of the Railway Arms. Each team has eight players, who each bowl three "
     "wooden balls per turn at nine pins set out in a diamond. The final was held in the alley of a pub in Ashwater "
     "because the usual venue flooded in November. The Old Forge's captain, Ruthven Sallis, said his team had been "
     "beaten finalists in both of the last two years. The highest individual score of the day, 62 in a round, was "
     "made by a 17-year-old player from the losing team. Twenty-eight teams entered, four fewer than last year, "
     "which the organisers put down to the closure of two pubs. The championship has been played since 1951."),
    ("kco06", "https://www.tellingfordnews.example/hobby-horse-championship", "Tellingford News",
     "Hobby horse riders jump 1.1 metres at national championship",
     "Vashti Greyling, 14, won the senior show jumping class at the national hobby horse championship in Tellingford "
     "on Saturday, clearing a bar set at 1.1 metres while holding a horse made from a broom handle and a stuffed "
     "fabric head. In hobby horsing, riders run and jump a course on foot while holding a toy horse between their "
     "legs. About 320 riders, almost all of them girls aged between 8 and 17, took part in six classes, including "
     "dressage, in which riders are judged on how they move to music. Judges take off points when a rider knocks "
     "down a pole or lets the horse's head touch the ground. Organiser Honora Fanshaw said entries had doubled since "
     "last year. Many riders make their own horses, and a prize went to the best handmade one, a grey with a plaited "
     "mane. Entry cost 8 pounds per class."),
    ("kco07", "https://www.oxcombevalenews.example/watermelon-seed-spitting", "Oxcombe Vale News",
     "Retired bus driver sets record in watermelon seed spitting contest",
     "A retired bus driver, Osric Pemberthy, won the watermelon seed spitting contest at the Oxcombe Vale fair on "
     "Sunday with a spit of 11.6 metres, the longest in the contest's 22-year history. Each competitor gets three "
     "seeds and must spit from behind a line without stepping over it; only the longest of the three counts. "
     "Pemberthy, 67, said he had trained by spitting cherry stones in his garden. The children's prize went to a "
     "9-year-old girl whose seed landed 6.2 metres away. Organisers handed out about 90 watermelons, which the crowd "
     "ate before the contest began. A judge measured each spit with a tape from the line to the spot where the seed "
     "first landed, not where it rolled to. The fair raised about 8,000 pounds for a new roof for the village hall."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="kc", split="evaluation26",
                                      raw_name="eval26-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval26", arts, rows, problems, (("business, policy and tech articles", "kcb"), ("others", "kco")))


if __name__ == "__main__":
    main()
