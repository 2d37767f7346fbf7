"""Build the twentieth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval20-articles.jsonl and eval20-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval20.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (qb01-qb10), in shapes the earlier
parts used less: an airline's monthly traffic with a load factor in percentage points and a strike's cost as a range,
an insurer's storm claims before and after reinsurance and its combined ratio, a drug licence with an upfront payment,
milestones "up to" and a royalty range, a regulator's record fine on a mobile operator with a customer credit, a
central bank's split vote on a rate cut, a start-up's funding round against its previous one, a carmaker's recall by
model, a steelmaker's furnace switch paid in part by the state, a games publisher's delay and forecast cut, and an
all-share merger with an exchange ratio and ownership split; plans against done acts ("plans to open", "will
close", "has agreed to pay", "must approve"), negations ("has not reached a deal", "did not update", "declined to
say", "did not say", "without a fine", "would not cut jobs", "no one was hurt"), ranges and estimates ("between",
"up to", "about", "roughly a third", "at least"), a speaker by role and by name, an unnamed analyst, and actors named
by description ("the carrier", "the insurer", "the operator", "the Krakow-based publisher"). Seven are on topics no
earlier part uses (qo01-qo07; the earlier parts' README lists, the earlier articles, the demo corpus and
../shared/data were searched for the topic words): a wife-carrying championship, a pea-shooting championship, a
beard and moustache championship, a rock-paper-scissors championship, a sled dog race, a log-rolling championship
and a cheese-rolling race.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("calling back" for "recalling", "pushed back" for "delayed",
"put aside" for "set aside", "dropped out" for "pulled out", "would not say" for "declined to say", "has yet to turn
a profit" for "has not yet made a profit", "left unchanged"), a measure as the subject ("About 52,000 passengers
were hit"), figures restated in other words ("5-2", "the first half of 2025", "more than two centuries"), and
analysis sentences (``kind`` "analysis") that only combine or compute from one passage of the cited article (a gap
between a pay demand and an offer, a change in percentage points, the reinsurers' share of a claims range, an
upfront payment plus milestones, a fine against the previous record, a valuation's multiple, a staff count from
"double to", the state's share of a cost, the share of one model in a recall, a cost per car, a shortfall against an
earlier forecast, an ownership gap, shares received for a holding, a runner-up's score or time, a sum of throws, a
race's length against last year's). Each is fully supported by one passage (a sentence and its neighbours) of a
cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong figures, units
and dates, wrong directions, negations dropped or reversed, plans told as done, refusals to comment made statements,
wrong actors and swapped roles, unsupported claims, invented causes, generic invented analysis, merged events citing
two articles, content-free page furniture), with analysis sentences whose computation is wrong (kind "analysis").
Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading;
their raw answers are in eval20-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the
split "evaluation20"; ids "q0001"... (the earlier parts' sentence ids use b, c, d, e, f, g, h, i, k, m, n, o, p, r,
s, u, v, w, x, y and z; "q" starts only article ids of an earlier part, which are a letter and two digits, so "q"
and four digits meets none of them). Article ids qb01-qb10 and qo01-qo07 (no earlier part's article ids start with
"qb" or "qo").
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
           "eval18-sentences.jsonl", "eval19-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl")
EARLIER_IDS = "bcdefghikmnoprsuvwxyz"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, kb, ko, mb, mo, rb, ro, sb, so, ub, uo, vb,
# vo, wb, wo, xb, xo, yb, yo, zb, zo; this part's: qb, qo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "qb01": [
        ("Pelorin Airways flew 1.84 million passengers in November, 6% more than in November a year ago.", S),
        ("The Lisbon low-cost airline's load factor dropped to 81.3% from 83.9%, as it added seats faster than it "
         "could sell them.", S),
        ("Pelorin increased its capacity by 9% in November.", S),
        ("Cabin crew walked out for two days, on 14 and 15 November, and Pelorin had to cancel 410 flights.", S),
        ("About 52,000 passengers were hit by the cancellations.", S),
        ("The walkout will cost Pelorin 11 million to 14 million euros, the airline said.", S),
        ("The SNPV union is asking for a 12% pay rise spread over two years, while Pelorin has offered 7%.", S),
        ("No further strikes have been called, according to chief operating officer Rui Amaral.", S),
        ("A base with four aircraft will open in Seville in March, Pelorin said.", S),
        ("The carrier did not change its profit forecast for the year.", S),
        ("Shares in the carrier gained 1.5% in Lisbon.", S),
        ("The pay dispute between Pelorin and its cabin crew has not been settled.", S),
        ("The gap between the union's demand and Pelorin's offer is 5 percentage points.", S, (), AN),
        ("Pelorin's load factor fell by 2.6 percentage points.", S, (), AN),
        ("Capacity grew 3 percentage points faster than passenger numbers.", S, (), AN),
        ("Pelorin carried 1.84 million passengers in November, 9% more than a year earlier.", FIG),
        ("Pelorin's load factor rose to 83.9% from 81.3%.", DIR),
        ("Pelorin's load factor fell by 3.6 percentage points.", FIG, (), AN),
        ("The gap between the union's demand and Pelorin's offer is 7 percentage points.", FIG, (), AN),
        ("Pilots walked out for two days, forcing Pelorin to cancel 410 flights.", ACT),
        ("The SNPV union has offered a 7% pay rise, while Pelorin wants to give 12%.", ACT),
        ("Pelorin has agreed a 7% pay rise with the cabin crew union.", DIR),
        ("Rui Amaral said the union had called another strike for December.", DIR),
        ("Pelorin has opened a base in Seville with four aircraft.", DIR),
        ("Pelorin raised its profit forecast for the year.", DIR),
        ("The strike will cost Pelorin between 11 million and 14 million dollars.", FIG),
        ("Pelorin's load factor fell because the strike forced it to cancel 410 flights.", CAUSE),
        ("Pelorin's figures show that low-cost airlines can no longer rely on fuller planes to grow.", GEN),
        ("Pelorin plans to buy 20 new aircraft next year.", CLAIM),
        ("Pelorin's shares fell 1.5% in Lisbon.", DIR),
        ("Pelorin's cabin crew walked out after Storm Brannoch grounded its flights to Scotland.", MERGE, ("qb02",)),
    ],
    "qb02": [
        ("Ardmere Assurance expects Storm Brannoch to cost it 180 million to 230 million pounds in claims before "
         "reinsurance.", S),
        ("The Edinburgh insurer's net cost from the storm will not exceed 120 million pounds, because reinsurance "
         "covers losses above that.", S),
        ("By Wednesday about 41,000 claims had reached Ardmere, mostly for damaged roofs and flooding.", S),
        ("Most of the storm claims came from Scotland and northern England.", S),
        ("Ardmere now sees its combined ratio for the year at about 97%.", S),
        ("In August the insurer had forecast a combined ratio of 94%.", S),
        ("Fiona Castlereagh, Ardmere's chief executive, said the final dividend would stay at 9.2 pence a share.", S),
        ("Castlereagh would not say whether home insurance prices would go up next year.", S),
        ("Ardmere put aside another 15 million pounds for claims from a smaller October storm.", S),
        ("Shares in Ardmere dropped 3.1%.", S),
        ("According to an analyst who follows Ardmere, the storm estimate was close to rivals' figures.", S),
        ("The home and motor insurer published its estimate of the storm's cost on Thursday.", S),
        ("With a combined ratio of about 97%, Ardmere still expects to make an underwriting profit this year.", S, (),
         AN),
        ("Ardmere's combined ratio forecast worsened by 3 percentage points.", S, (), AN),
        ("Reinsurers will pay between 60 million and 110 million pounds of the storm claims.", S, (), AN),
        ("Ardmere expects Storm Brannoch to cost it between 180 million and 230 million pounds after reinsurance.",
         FIG),
        ("Reinsurers will pay between 60 million and 230 million pounds of the storm claims.", FIG, (), AN),
        ("Ardmere's combined ratio forecast worsened by 4 percentage points.", FIG, (), AN),
        ("Ardmere had received about 14,000 claims by Wednesday.", FIG),
        ("Ardmere now expects a combined ratio of about 94% for the year.", FIG),
        ("Ardmere cut its final dividend to 9.2 pence a share.", DIR),
        ("Castlereagh said Ardmere would raise home insurance prices next year.", DIR),
        ("Ardmere's reinsurer expects the storm to cost it up to 230 million pounds.", ACT),
        ("The analyst said Ardmere's estimate was far higher than rivals had reported.", DIR),
        ("Ardmere's shares rose 3.1%.", DIR),
        ("Storm claims rose because Ardmere had cut its prices for roof cover last year.", CAUSE),
        ("The storm claims show that British insurers are underpricing flood risk.", GEN),
        ("Ardmere plans to stop selling home insurance in northern England.", CLAIM),
        ("Ardmere set aside 15 million pounds for claims from Storm Brannoch.", FIG),
        ("A combined ratio above 100% means that Ardmere makes a profit on underwriting.", DIR),
        ("Storm Brannoch also forced Pelorin Airways to cancel 410 flights.", MERGE, ("qb01",)),
    ],
    "qb03": [
        ("Seddigan Pharma will pay Ostrivel Therapeutics 85 million dollars upfront for the rights to its kidney drug "
         "outside the US.", S),
        ("Ostrivel could get as much as 610 million dollars more in milestone payments.", S),
        ("Ostrivel will also receive royalties of 10% to 16% on sales of OST-214.", S),
        ("The US rights to OST-214 stay with Ostrivel.", S),
        ("OST-214 is in a phase 2 trial involving 240 patients with a rare kidney disease.", S),
        ("Results of the phase 2 trial are due in the second half of next year.", S),
        ("If the results are positive, Seddigan will fund a phase 3 trial in Europe and Japan.", S),
        ("Priya Venkatachalam, Ostrivel's chief executive, said the payment would keep the company funded until "
         "2029.", S),
        ("The Basel-based drugmaker did not say what sales it expected from the drug.", S),
        ("Ostrivel's shares surged 34% in early New York trading.", S),
        ("The Cambridge, Massachusetts, company has licensed the drug's rights outside the United States to "
         "Seddigan.", S),
        ("The two companies announced the licensing deal on Monday.", S),
        ("Before royalties, the deal could be worth up to 695 million dollars to Ostrivel.", S, (), AN),
        ("Before royalties, the deal could be worth up to 795 million dollars to Ostrivel.", FIG, (), AN),
        ("Ostrivel has agreed to pay Seddigan 85 million dollars for the rights to sell OST-214.", ACT),
        ("Seddigan has bought the US rights to Ostrivel's kidney drug.", CLAIM),
        ("Ostrivel could receive up to 610 million dollars upfront.", FIG),
        ("Ostrivel will receive royalties of between 16% and 20% on sales.", FIG),
        ("OST-214 is being tested in a phase 3 trial of 240 patients.", FIG),
        ("Ostrivel will pay for a phase 3 trial in Europe and Japan if the results are positive.", ACT),
        ("Seddigan said it expected OST-214 to sell more than 1 billion dollars a year.", DIR),
        ("Ostrivel's shares fell 34% in early trading in New York.", DIR),
        ("The trial showed that OST-214 slowed kidney damage in 240 patients.", CLAIM),
        ("Ostrivel licensed the drug because it could no longer afford its phase 2 trial.", CAUSE),
        ("The deal shows that big drugmakers are betting heavily on rare kidney diseases.", GEN),
        ("Priya Venkatachalam said the money would fund Ostrivel until 2027.", FIG),
        ("Seddigan will build a factory in Basel to make OST-214.", CLAIM),
        ("Seddigan will pay for the licence with the 140 million euros it raised from Quorrel Ventures.", MERGE,
         ("qb06",)),
    ],
    "qb04": [
        ("The Communications Office fined Mobivant 6.8 million euros over a June outage that stopped customers "
         "calling emergency numbers.", S),
        ("Mobivant was fined 6.8 million euros by Corvenia's telecoms regulator on Tuesday.", S),
        ("The outage went on for around nine hours and affected 1.2 million customers.", S),
        ("About a third of Mobivant's subscribers were hit by the outage.", S),
        ("According to the regulator, the operator had put a software update on all its core switches at the same "
         "time, without testing it on part of the network first.", S),
        ("Some 2,300 emergency calls failed while the network was down, the regulator said.", S),
        ("Mobivant also has to credit each affected customer with 10 euros.", S),
        ("The operator puts the cost of the credits at around 12 million euros.", S),
        ("Mobivant plans to appeal against the fine, though not against the credit.", S),
        ("Marek Soltan, Mobivant's technology chief, said it had changed how it rolls out updates since the "
         "outage.", S),
        ("The regulator has never fined an operator more.", S),
        ("The regulator's previous record fine, of 2.5 million euros, dates from 2021.", S),
        ("An inquiry into Mobivant's rival Brisnet was closed without a fine.", S),
        ("The fine is 4.3 million euros larger than the previous record.", S, (), AN),
        ("Together, the fine and the customer credit come to about 18.8 million euros.", S, (), AN),
        ("Mobivant has about 3.6 million subscribers.", S, (), AN),
        ("The fine is 5.3 million euros larger than the previous record.", FIG, (), AN),
        ("Together, the fine and the customer credit come to about 16.8 million euros.", FIG, (), AN),
        ("The regulator fined Brisnet 6.8 million euros over the June outage.", ACT),
        ("The outage lasted about nine hours and hit 2.3 million customers.", FIG),
        ("About 1,200 calls to the emergency number failed.", FIG),
        ("Mobivant said it would not appeal against the fine.", DIR),
        ("Mobivant will appeal against the order to give customers 10 euros of credit.", DIR),
        ("The outage happened because a fire damaged one of Mobivant's core switches.", CAUSE),
        ("The outage shows that Corvenia's mobile networks are too fragile to rely on in an emergency.", GEN),
        ("Mobivant's chief executive resigned after the fine.", CLAIM),
        ("The regulator's previous record fine was imposed on Mobivant in 2021.", CLAIM),
        ("Marek Soltan said the software update had first been tested on part of the network.", DIR),
        ("Mobivant was fined over a June outage that lasted about nine days.", FIG),
        ("The Bank of Karvania said Mobivant's outage had slowed growth in the third quarter.", MERGE, ("qb05",)),
    ],
    "qb05": [
        ("The Bank of Karvania lowered its main interest rate to 3.50% from 3.75% on Thursday.", S),
        ("It was the central bank's second rate cut this year.", S),
        ("The decision was not unanimous: two of the seven committee members voted to hold the rate at 3.75%.", S),
        ("Five members of the monetary policy committee backed the cut.", S),
        ("The committee voted 5-2 for a quarter-point cut.", S),
        ("Inflation eased to 2.6% in October, from 3.1% a month earlier.", S),
        ("The bank cut its growth forecast for next year to 1.1%.", S),
        ("Governor Tomas Reiner said more cuts could come but were not certain.", S),
        ("Reiner said the committee would keep an eye on wage growth, which reached 4.8% in the third quarter.", S),
        ("The governor would not say whether rates would fall again in January.", S),
        ("The karvan slipped 0.4% against the euro after the rate decision.", S),
        ("The cut had been expected by most of the 22 economists the Karvania Economic Review polled.", S),
        ("The bank's rate-setters meet next on 29 January.", S),
        ("Inflation is now 0.1 percentage points above the bank's target.", S, (), AN),
        ("Inflation fell by half a percentage point between September and October.", S, (), AN),
        ("The Bank of Karvania raised its main interest rate to 3.75% from 3.50%.", DIR),
        ("The bank cut its main rate by half a percentage point.", FIG),
        ("Six of the seven committee members voted for the cut.", FIG),
        ("Two committee members wanted a bigger cut.", DIR),
        ("Inflation is now 0.6 percentage points above the bank's target.", FIG, (), AN),
        ("Inflation fell by 1.5 percentage points between September and October.", FIG, (), AN),
        ("Inflation rose to 3.1% in October.", DIR),
        ("The bank lifted its growth forecast for next year to 1.4%.", DIR),
        ("Governor Tomas Reiner said the bank would cut rates again in January.", DIR),
        ("Reiner said further cuts were certain.", DIR),
        ("The karvan rose 0.4% against the euro after the decision.", DIR),
        ("Most economists had expected the bank to keep its rate on hold.", DIR),
        ("The bank cut its rate because the government asked it to support the housing market.", CAUSE),
        ("The cut shows that the Bank of Karvania is more worried about growth than about wages.", GEN),
        ("The bank will also stop buying government bonds next month.", CLAIM),
        ("It was the bank's first rate cut this year.", FIG),
        ("The rate cut came as Mobivant's outage left 1.2 million Karvanians unable to call emergency numbers.", MERGE,
         ("qb04",)),
    ],
    "qb06": [
        ("Quorrel Ventures led a 140 million euro funding round in Lumenhart Silicon.", S),
        ("The round values the Grenoble chip designer at around 900 million euros.", S),
        ("Lumenhart designs chips that move data with light rather than electricity.", S),
        ("In 2024 Lumenhart raised 38 million euros at a valuation of 210 million.", S),
        ("Linnhe Capital, which had already invested in Lumenhart, joined the round.", S),
        ("Lumenhart plans to double its workforce to about 320 people by the end of 2027.", S),
        ("The money will also pay for a move to volume production.", S),
        ("Helene Vasseyre, the chief executive, said customers would get the first chips in the second half of "
         "2027.", S),
        ("The first shipments are six months behind schedule because a laser supplier has fallen behind, Vasseyre "
         "said.", S),
        ("Vasseyre would not name Lumenhart's customers, but said two were cloud companies.", S),
        ("A Taiwanese foundry makes Lumenhart's chips.", S),
        ("Lumenhart has yet to turn a profit.", S),
        ("Lumenhart's valuation has more than quadrupled since its previous round.", S, (), AN),
        ("Lumenhart has about 160 employees today.", S, (), AN),
        ("The new round is 102 million euros larger than the previous one.", S, (), AN),
        ("The new round is 112 million euros larger than the previous one.", FIG, (), AN),
        ("Lumenhart's valuation has risen tenfold since its previous round.", FIG, (), AN),
        ("Linnhe Capital led the 140 million euro round in Lumenhart.", ACT),
        ("The round values Lumenhart at about 1.4 billion euros.", FIG),
        ("Lumenhart's first chips will ship in the first half of 2027.", FIG),
        ("Lumenhart has started shipping its first chips to two cloud companies.", DIR),
        ("Vasseyre named two cloud companies as Lumenhart's first customers.", DIR),
        ("Lumenhart makes its chips in its own factory in Grenoble.", DIR),
        ("Lumenhart will halve its staff to about 160.", DIR),
        ("The chips are late because the Taiwanese foundry ran short of capacity.", CAUSE),
        ("Lumenhart's round shows that investors are turning away from conventional chip start-ups.", GEN),
        ("Lumenhart plans to list its shares in Paris next year.", CLAIM),
        ("Lumenhart made its first profit this year.", DIR),
        ("Lumenhart's chips will go into the cars Sorvik is recalling.", MERGE, ("qb07",)),
    ],
    "qb07": [
        ("Sorvik Motors is calling back 86,000 electric cars in Europe over a battery cooling fault that can make "
         "them overheat.", S),
        ("The Swedish carmaker announced the recall on Friday.", S),
        ("The recall includes 61,000 Kelda hatchbacks built from March 2024 to June 2025.", S),
        ("Also recalled are 25,000 Voskar sport utility vehicles built in the first half of 2025.", S),
        ("Fourteen cars are known to have overheated, the company said, and three of them caught fire.", S),
        ("Nobody was injured in the fires.", S),
        ("Dealers will update the cars' software and, where needed, fit a new coolant pump.", S),
        ("Sorvik has put aside 130 million euros for the recall.", S),
        ("The recall's cost will be booked in the fourth quarter.", S),
        ("Anders Holmqvist, the chief executive, said he did not expect new-car deliveries to be held up.", S),
        ("The carmaker sold 212,000 cars from January to September.", S),
        ("Sorvik's shares dropped 4.2% in Stockholm.", S),
        ("The Kelda makes up more than two-thirds of the recalled cars.", S, (), AN),
        ("The recall provision works out at roughly 1,500 euros a car.", S, (), AN),
        ("Eleven of the cars that overheated did not catch fire.", S, (), AN),
        ("The Voskar makes up more than two-thirds of the recalled cars.", FIG, (), AN),
        ("Nine of the cars that overheated did not catch fire.", FIG, (), AN),
        ("Sorvik is recalling 61,000 electric cars in Europe.", FIG),
        ("Three people were hurt when their Sorvik cars caught fire.", DIR),
        ("Fourteen Sorvik cars caught fire.", FIG),
        ("Sorvik has set aside 310 million euros for the recall.", FIG),
        ("Holmqvist said the recall would delay deliveries of new cars.", DIR),
        ("Sorvik's shares rose 4.2% in Stockholm.", DIR),
        ("The cooling fault was caused by a supplier that changed the coolant pump's design in 2024.", CAUSE),
        ("The recall shows that Sorvik rushed its electric cars to market.", GEN),
        ("The recall covers Kelda hatchbacks built between January and June 2025.", FIG),
        ("Sorvik will pay each owner 500 euros for the inconvenience.", CLAIM),
        ("Sorvik sold 212,000 cars in the fourth quarter.", FIG),
        ("Sorvik will book the recall's cost in the third quarter.", FIG),
        ("Swedish regulators ordered Sorvik to recall the cars.", CLAIM),
        ("Like Mobivant, Sorvik blamed a software update installed on all its cars at once.", MERGE, ("qb04",)),
    ],
    "qb08": [
        ("Haldorf Stahl plans to shut one of its two Duisburg blast furnaces at the end of 2027.", S),
        ("Germany's fourth-largest steelmaker will replace the furnace with an electric arc furnace.", S),
        ("Around 1,100 of the 6,400 jobs at the site will be cut over three years, mainly through early "
         "retirement.", S),
        ("The electric arc furnace will cost about 1.4 billion euros.", S),
        ("The federal government has agreed to contribute 550 million euros to the new furnace.", S),
        ("The switch will reduce the site's carbon dioxide emissions by about 3.5 million tonnes a year, Haldorf "
         "said.", S),
        ("The emissions cut amounts to roughly a third of the site's total.", S),
        ("Jens Oberlander, the chief executive, said the other blast furnace would run until 2032 at the earliest.",
         S),
        ("Haldorf did not explain how it would fund the remainder of the cost.", S),
        ("The site's union said it would reject compulsory job cuts.", S),
        ("The union will seek guarantees for the staff who stay.", S),
        ("Haldorf had an operating loss of 86 million euros in the third quarter.", S),
        ("Haldorf must find about 850 million euros of the furnace's cost elsewhere.", S, (), AN),
        ("About 5,300 jobs will remain at the Duisburg site.", S, (), AN),
        ("The state is paying for less than half of the electric furnace.", S, (), AN),
        ("Haldorf must find about 950 million euros of the furnace's cost elsewhere.", FIG, (), AN),
        ("About 7,500 jobs will remain at the Duisburg site.", FIG, (), AN),
        ("Haldorf will close both of its blast furnaces in Duisburg.", FIG),
        ("About 6,400 jobs will go at the Duisburg site.", FIG),
        ("The federal government will pay the full 1.4 billion euros for the electric furnace.", FIG),
        ("Haldorf is Germany's largest steelmaker.", FIG),
        ("Oberlander said the second blast furnace would close in 2032.", CLAIM),
        ("The union said it had agreed to compulsory job cuts.", DIR),
        ("Haldorf made an operating profit of 86 million euros in the third quarter.", DIR),
        ("The switch will raise the site's emissions by about 3.5 million tonnes a year.", DIR),
        ("Haldorf is closing the blast furnace because demand from carmakers has collapsed.", CAUSE),
        ("Haldorf's plan shows that German steel cannot survive without state aid.", GEN),
        ("Haldorf will build a hydrogen plant next to the electric furnace.", CLAIM),
        ("The government will pay its share only if no jobs are cut.", CLAIM),
        ("Jens Oberlander, the union's leader, said it would not accept compulsory job cuts.", ACT),
        ("Haldorf will supply the steel for the 21,000 lorries of Marvaux and Brennock.", MERGE, ("qb10",)),
    ],
    "qb09": [
        ("Quillfire Studios has pushed back Hollow Crown from March to autumn 2027.", S),
        ("Quillfire's shares fell 19% in Warsaw on Tuesday after it delayed the game and cut its forecast.", S),
        ("The Krakow publisher now sees net bookings of 640 million to 680 million zlotys in the fiscal year to "
         "March.", S),
        ("Quillfire had previously forecast bookings of 820 million zlotys.", S),
        ("Hollow Crown is a fantasy role-playing game that has been in the works for five years.", S),
        ("Developing the game has cost about 450 million zlotys so far.", S),
        ("Chief executive Tomasz Wrobel said developers needed more time to fix performance problems on consoles.", S),
        ("Second-quarter bookings rose 12% to 171 million zlotys.", S),
        ("An expansion for its older game Thornwake lifted bookings in the second quarter.", S),
        ("Quillfire will not cut any of its 780 jobs.", S),
        ("It is the game's third delay, according to an analyst at a Warsaw brokerage.", S),
        ("The developer lowered its bookings forecast for the year.", S),
        ("Even the top of the new range is 140 million zlotys below the earlier forecast.", S, (), AN),
        ("Bookings in the second quarter a year earlier were about 153 million zlotys.", S, (), AN),
        ("Even the top of the new range is 180 million zlotys below the earlier forecast.", FIG, (), AN),
        ("Quillfire has delayed Hollow Crown to March 2027.", FIG),
        ("Quillfire's shares rose 19% in Warsaw.", DIR),
        ("Quillfire raised its bookings forecast to 820 million zlotys.", DIR),
        ("Second-quarter bookings fell 12% to 171 million zlotys.", DIR),
        ("Quillfire will cut 780 jobs.", DIR),
        ("Hollow Crown has cost about 450 million euros to develop so far.", FIG),
        ("Tomasz Wrobel said the game was delayed so that more content could be added for PC players.", CAUSE),
        ("The analyst said it was the first time Hollow Crown had been delayed.", FIG),
        ("The delay shows that Polish game studios are taking on projects too big for them.", GEN),
        ("Quillfire plans to release Hollow Crown on mobile phones as well.", CLAIM),
        ("An expansion for Hollow Crown lifted second-quarter bookings.", ACT),
        ("Quillfire is looking for a buyer after the delay.", CLAIM),
        ("An analyst at a Warsaw brokerage said the team needed more time to fix performance problems on consoles.",
         ACT),
        ("Hollow Crown will run on consoles fitted with Lumenhart's light-based chips.", MERGE, ("qb06",)),
    ],
    "qb10": [
        ("Marvaux Logistics and Brennock Freight will merge in an all-share deal.", S),
        ("The combination will create Europe's fifth-largest road freight group, with revenue of about 6.2 billion "
         "euros.", S),
        ("Each Brennock share will be swapped for 0.82 new Marvaux shares.", S),
        ("Brennock's shareholders will end up with 44% of the enlarged group, and Marvaux's with 56%.", S),
        ("The two companies are aiming for annual savings of 95 million euros by 2029.", S),
        ("Most of the savings will come from shared depots and joint fuel buying.", S),
        ("Corinne Lefaucheux, Marvaux's chief executive, will lead the combined company.", S),
        ("Declan Hurley, who chairs Brennock, will be chairman of the new group.", S),
        ("The merged company will have its headquarters in Lyon.", S),
        ("The European Commission and the shareholders of both companies have to approve the merger.", S),
        ("The companies hope to complete the deal in the summer.", S),
        ("The two hauliers together run about 21,000 lorries.", S),
        ("Brennock's shares jumped 11%, while Marvaux's slipped 2%.", S),
        ("Marvaux's shareholders will own 12 percentage points more of the group than Brennock's.", S, (), AN),
        ("A Brennock shareholder with 1,000 shares will receive 820 new Marvaux shares.", S, (), AN),
        ("Marvaux's shareholders will own 14 percentage points more of the group than Brennock's.", FIG, (), AN),
        ("A Brennock shareholder with 1,000 shares will receive 1,220 new Marvaux shares.", FIG, (), AN),
        ("Marvaux is paying cash for Brennock.", CLAIM),
        ("Marvaux's shareholders will own 44% of the combined group.", ACT),
        ("Declan Hurley will run the combined group as chief executive.", ACT),
        ("The combined company will be based in Dublin.", CLAIM),
        ("The companies expect savings of 95 million euros a year by 2027.", FIG),
        ("The European Commission has approved the merger.", DIR),
        ("The merger was completed in the summer.", DIR),
        ("Brennock's shares fell 11%.", DIR),
        ("The companies are merging because fuel prices have doubled.", CAUSE),
        ("The merger shows that Europe's road haulage industry is heading for a wave of consolidation.", GEN),
        ("The merged company will cut 2,000 jobs.", CLAIM),
        ("The deal creates Europe's largest road freight company.", FIG),
        ("The merged hauliers will carry the steel Haldorf makes in Duisburg.", MERGE, ("qb08",)),
    ],
    "qo01": [
        ("Eero Lappalainen and his wife Aino won the wife-carrying championship in Kuusimaki on Saturday.", S),
        ("The couple covered the 253-metre course in 1 minute 2.7 seconds.", S),
        ("The course has two log hurdles and a water pool roughly a metre deep.", S),
        ("Forty-one couples from nine countries competed, against 33 last year.", S),
        ("The prize is the carried partner's weight in beer.", S),
        ("Aino Lappalainen weighs 52 kilograms; the rules require at least 49.", S),
        ("An Estonian pair came second, 1.9 seconds behind the winners.", S),
        ("Last year's Lithuanian champions finished third.", S),
        ("Most couples chose the Estonian carry, with the carried partner upside down on the carrier's back.", S),
        ("One pair was disqualified after dropping the carried partner twice.", S),
        ("Around 6,000 spectators watched, according to the organisers.", S),
        ("A category for carriers over 50 will be added next year.", S),
        ("Eight more couples took part than last year.", S, (), AN),
        ("The Estonian pair's time was 1 minute 4.6 seconds.", S, (), AN),
        ("Eleven more couples took part than last year.", FIG, (), AN),
        ("The Estonian pair's time was 1 minute 0.8 seconds.", FIG, (), AN),
        ("A pair from Lithuania won the championship.", ACT),
        ("The Estonian pair finished third.", FIG),
        ("Aino Lappalainen weighs 49 kilograms.", FIG),
        ("The winners receive the carried partner's weight in cheese.", CLAIM),
        ("Fewer couples took part than last year.", DIR),
        ("The rules require every couple to use the Estonian carry.", DIR),
        ("The course is 352 metres long.", FIG),
        ("One pair was disqualified for missing a log hurdle.", CAUSE),
        ("The championship shows that wife carrying is becoming a serious athletic discipline.", GEN),
        ("Next year's event will add a category for children.", CLAIM),
        ("Eero Lappalainen also entered the world log-rolling championships on Lake Tamarack.", MERGE, ("qo06",)),
    ],
    "qo02": [
        ("Colin Threlfall, a retired postman, won the pea-shooting championship at Wickham Fen on Sunday.", S),
        ("Threlfall beat 96 other competitors to the title.", S),
        ("Shooters fire dried peas through tubes at a putty-covered target 12 feet away.", S),
        ("A pea in the centre ring scores five points, the middle ring three and the outer ring one.", S),
        ("The 68-year-old scored 28 points with ten peas in the final.", S),
        ("Sarah Okafor, a 19-year-old student, was runner-up.", S),
        ("Threlfall has now won the title three times; his previous win was in 2018.", S),
        ("Tubes can be at most 12 inches long.", S),
        ("Laser sights have been allowed since 2005, and several shooters used them.", S),
        ("Money raised by the championship goes to the village hall.", S),
        ("This year's event raised 3,400 pounds for the hall, up from 2,900 pounds last year.", S),
        ("Threlfall said he had practised in his garden shed every evening for a month.", S),
        ("Okafor scored 26 points in the final.", S, (), AN),
        ("The championship raised 500 pounds more than last year.", S, (), AN),
        ("Ninety-seven shooters took part.", S, (), AN),
        ("Okafor scored 30 points in the final.", FIG, (), AN),
        ("The championship raised 1,500 pounds more than last year.", FIG, (), AN),
        ("Sarah Okafor won the championship, two points ahead of Colin Threlfall.", ACT),
        ("It was Threlfall's first title.", FIG),
        ("The target is 20 feet away.", FIG),
        ("Laser sights are banned.", DIR),
        ("The championship raised less money than last year.", DIR),
        ("A pea in the centre ring scores ten points.", FIG),
        ("Threlfall won because his opponent's tube was longer than 12 inches.", CAUSE),
        ("The championship shows that pea shooting is growing in popularity among young people.", GEN),
        ("The organisers plan to move the championship to a larger village next year.", CLAIM),
        ("Threlfall also won the national rock-paper-scissors title in Dunmallow.", MERGE, ("qo04",)),
    ],
    "qo03": [
        ("A record 284 competitors from 17 countries entered the European Beard and Moustache Championships in "
         "Vellastra on Saturday.", S),
        ("The field was the biggest since the championships started in 2011.", S),
        ("There are 18 categories, ranging from the natural full beard to the freestyle moustache.", S),
        ("Seven judges score each entrant on shape, thickness and styling.", S),
        ("Matthias Kroll, a German hairdresser, took the overall title.", S),
        ("Kroll's winning full beard was shaped like a suspension bridge.", S),
        ("Kroll said it had taken four hours to set the beard with wax and hairspray.", S),
        ("A Dutch costume maker won the women's category, which is for false beards, with one she had made from "
         "wool.", S),
        ("Two competitors were disqualified for hair extensions, which are against the rules.", S),
        ("Next year's championships will take place in Ireland.", S),
        ("The 1,500-seat hall sold out within a week.", S),
        ("On average, each country sent about 17 competitors.", S, (), AN),
        ("On average, each country sent about 28 competitors.", FIG, (), AN),
        ("A Dutch costume maker won the overall title.", ACT),
        ("Matthias Kroll won the women's category.", ACT),
        ("The panel has five judges.", FIG),
        ("Entrants compete in 17 categories.", FIG),
        ("Kroll said the beard had taken him four days to set.", FIG),
        ("The judges allowed hair extensions this year for the first time.", DIR),
        ("Fewer competitors took part than in any year since 2011.", DIR),
        ("The championships will return to Vellastra next year.", CLAIM),
        ("Two competitors were disqualified because their beards were false.", CAUSE),
        ("The championships show that beards are back in fashion across Europe.", GEN),
        ("The hall's tickets sold out in a day.", FIG),
        ("Kroll has won the overall title three times.", CLAIM),
        ("The championships' winner, Matthias Kroll, also won the Wickham Fen pea-shooting title.", MERGE, ("qo02",)),
    ],
    "qo04": [
        ("Niamh Dolaghan, a 23-year-old accountant, won the national rock-paper-scissors title in Dunmallow on "
         "Saturday.", S),
        ("Dolaghan beat 255 other players and took home the 1,000-euro prize.", S),
        ("Each match is decided over the best of five throws.", S),
        ("The final went to five throws, and Dolaghan won 3-2.", S),
        ("Her paper beat her opponent's rock on the deciding throw.", S),
        ("Dolaghan said she threw rock only twice all day, since most players expect a beginner to open with it.", S),
        ("The runner-up was Paddy Haughey, a retired teacher who won the title in 2019 and 2022.", S),
        ("Rock was thrown 1,720 times over the day.", S),
        ("Two players were warned for throwing late, after their opponent had shown their hand.", S),
        ("The championship has been held since 2015 and raises money for a children's hospice.", S),
        ("There were 256 players in the championship.", S, (), AN),
        ("Scissors was the least common throw of the day.", S, (), AN),
        ("Rock and paper together made up 3,318 of the day's throws.", S, (), AN),
        ("Rock was thrown 122 more times than paper.", S, (), AN),
        ("Paper was the most common throw of the day.", FIG, (), AN),
        ("Rock and paper together made up 3,418 of the day's throws.", FIG, (), AN),
        ("Paddy Haughey won the final 3-2.", ACT),
        ("Dolaghan won the final by throwing rock against scissors.", CLAIM),
        ("Dolaghan won the final 3-0.", FIG),
        ("The winner's prize was 10,000 euros.", FIG),
        ("Haughey won the title in 2015 and 2022.", FIG),
        ("Dolaghan said she threw rock on almost every turn.", DIR),
        ("Two players were disqualified for late throws.", CLAIM),
        ("Dolaghan won because Haughey was warned for a late throw in the final.", CAUSE),
        ("The results show that paper is the best strategy in rock-paper-scissors.", GEN),
        ("The championship raises money for a cancer charity.", CLAIM),
        ("Dolaghan will spend her prize on a trip to the Kuusimaki wife-carrying championship.", MERGE, ("qo01",)),
    ],
    "qo05": [
        ("Marit Solbakken and 12 Alaskan huskies won the 420-kilometre Fjellheim sled dog race on Wednesday.", S),
        ("Solbakken's winning time was 2 days, 6 hours and 14 minutes.", S),
        ("Last year's winner, Jonas Brekke, finished 47 minutes behind her.", S),
        ("Thirty-one teams set off on Sunday; 26 reached the finish.", S),
        ("Five mushers dropped out, most because their dogs had sore paws.", S),
        ("Teams have to rest for at least 10 hours at checkpoints during the race.", S),
        ("Vets check every dog at all five checkpoints.", S),
        ("On the second night the temperature dropped to minus 34 degrees.", S),
        ("Solbakken, a 41-year-old nurse, said she had trained her dogs on forest tracks near her farm since "
         "August.", S),
        ("The winner takes home 150,000 Norwegian kroner.", S),
        ("A lack of snow cut last year's race to 300 kilometres.", S),
        ("This year's race was 120 kilometres longer than last year's.", S, (), AN),
        ("Brekke's time was 2 days, 7 hours and 1 minute.", S, (), AN),
        ("Brekke's time was 2 days, 6 hours and 57 minutes.", FIG, (), AN),
        ("This year's race was 220 kilometres longer than last year's.", FIG, (), AN),
        ("Jonas Brekke won the race, 47 minutes ahead of Marit Solbakken.", ACT),
        ("Solbakken's team had 16 huskies.", FIG),
        ("Thirty-one teams finished the race.", FIG),
        ("Five mushers pulled out because of the cold.", CAUSE),
        ("Solbakken said she had trained the dogs on the race route since August.", CLAIM),
        ("Last year's race was lengthened to 420 kilometres.", DIR),
        ("The race shows that sled dog racing is getting harder as winters grow warmer.", GEN),
        ("Jonas Brekke has now won the race two years running.", CLAIM),
        ("Vets took five dogs out of the race at the checkpoints.", CLAIM),
        ("Solbakken will use her prize money to enter the world log-rolling championships.", MERGE, ("qo06",)),
    ],
    "qo06": [
        ("Kaya Ostergaard, 24, took the women's title at the world log-rolling championships on Lake Tamarack on "
         "Sunday.", S),
        ("She beat her older sister Brooke three falls to one in the final.", S),
        ("In log rolling, two people stand on a floating log and spin it with their feet until one falls in the "
         "water.", S),
        ("Each match is the best of five falls.", S),
        ("If no one has fallen after three minutes, a thinner log is brought in.", S),
        ("Owen Thibodeau, a 31-year-old Canadian, won the men's title for a fifth time.", S),
        ("There were 112 competitors from seven countries, according to the organisers.", S),
        ("The logs used in the finals are 38 centimetres wide and weigh around 160 kilograms.", S),
        ("A year ago Kaya lost to her sister in the semi-finals.", S),
        ("Around 2,500 people watched from the shore.", S),
        ("Brooke Ostergaard won one fall in the final.", S, (), AN),
        ("The women's final lasted four falls.", S, (), AN),
        ("Brooke Ostergaard won two falls in the final.", FIG, (), AN),
        ("Brooke Ostergaard won the women's title, beating her younger sister Kaya.", ACT),
        ("Kaya Ostergaard won the final by three falls to two.", FIG),
        ("Owen Thibodeau won the men's title for the first time.", FIG),
        ("If nobody falls within three minutes, the log is swapped for a thicker one.", DIR),
        ("The logs used in the finals weigh about 60 kilograms.", FIG),
        ("Kaya Ostergaard beat her sister in last year's semi-finals.", DIR),
        ("The championships drew 211 competitors.", FIG),
        ("Kaya won because her sister's log was swapped for a thinner one.", CAUSE),
        ("The sisters' final shows that log rolling is dominated by a few families.", GEN),
        ("Kaya Ostergaard will turn professional next year.", CLAIM),
        ("Owen Thibodeau also won the Fjellheim sled dog race.", MERGE, ("qo05",)),
    ],
    "qo07": [
        ("Dylan Pritchard, a 27-year-old carpenter, won the first men's race at the Cwm Aranwy cheese-rolling on "
         "Monday.", S),
        ("Runners chase a 3.5-kilogram cheese down a slope with a gradient of about one in two.", S),
        ("The cheese can reach 70 kilometres an hour, and runners start a second after it.", S),
        ("Whoever crosses the line at the bottom first wins the cheese.", S),
        ("Pritchard, who also won in 2023, said he fell twice on his way down.", S),
        ("There were four races: two for men, one for women and one for children.", S),
        ("The children run their race uphill.", S),
        ("Paramedics treated nine people, and two were taken to hospital with suspected broken bones.", S),
        ("This year, for the first time, each race was limited to 15 runners.", S),
        ("Last year 24 people ran in one race.", S),
        ("Cheese has been rolled down the hill for more than two centuries.", S),
        ("Seven of the people paramedics treated were not taken to hospital.", S, (), AN),
        ("The new limit is nine runners fewer than the 24 who ran in one race last year.", S, (), AN),
        ("Two of the people paramedics treated were not taken to hospital.", FIG, (), AN),
        ("The new limit is 11 runners fewer than the 24 who ran in one race last year.", FIG, (), AN),
        ("Dylan Pritchard won the second men's race.", FIG),
        ("Runners chase a 5.3-kilogram wheel of cheese.", FIG),
        ("The cheese can reach 170 kilometres an hour.", FIG),
        ("Runners set off a second before the cheese.", DIR),
        ("The children's race is run downhill.", DIR),
        ("Pritchard said he stayed on his feet all the way down.", DIR),
        ("It was Pritchard's first win.", FIG),
        ("Nine people were taken to hospital with broken bones.", FIG),
        ("The organisers limited each race to 15 runners after a runner was badly hurt last year.", CAUSE),
        ("The race shows that cheese-rolling is too dangerous to continue.", GEN),
        ("The organisers plan to ban the event after this year.", CLAIM),
        ("Pritchard trained for the race with Marit Solbakken's huskies.", MERGE, ("qo05",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("qb01", "Share this story."),
    ("qb02", "Sign up for our morning briefing."),
    ("qb03", "Advertisement."),
    ("qb04", "Mobivant: what we know."),
    ("qb05", "Continue reading below."),
    ("qb07", "Comments are closed."),
    ("qb09", "Quillfire Studios, explained."),
    ("qb10", "More on this story soon."),
    ("qo06", "Log rolling."),
    ("qo07", "Cheese."),
]


# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8791-8793, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-09, --timeout 450, machine at load 14-21. eval20-smollm2_raw.jsonl holds three editions
# in this order (call numbers restart in each; times UTC), started together at 08:40: 1 qb01-qb05 + qo01 (14 calls,
# 08:40-09:17), 2 qb06-qb10 + qo02 (11 calls, 08:40-09:17) and 3 qo03-qo07 + qb03 + qb09 (14 calls, 08:40-09:16).
# Edition 3 ran with the writer's default streamed requests, the others with TOPLINE_LLM_STREAM=false. Edition 3 ran
# to its end; editions 1 and 2 were stopped at 09:17 (the collection's cut-off; SIGTERM to the collectors' own
# processes), each with one call in flight, not recorded. 39 calls were recorded (23 story, 11 repair, 5 signals), all
# answered; the servers logged 39 POSTs, all 200. Edition 2's call 2 gave the same sentences as its call 1, and
# edition 3's call 2 as its call 1 (same prompts, answers that differ elsewhere, e.g. in their cites). Only qb01-qb10
# were shown to the model (no call showed a qo article). A sentence is listed once, at its first answer (in the order
# of the editions); repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, qb02)
    ("qb02", "Ardmere puts Storm Brannoch claims at up to 230 million pounds", S),
    ("qb02", "...", CF),
    # edition 1, call 2 (repair, qb02)
    ("qb02", "The company also set aside a further 15 million pounds for claims from a smaller storm in October.", S),
    ("qb02", "The data was collected by the company's weather forecasting team and is used to inform their "
             "decision-making.", CLAIM),
    # edition 1, call 3 (story, qb03)
    ("qb03", "Seddigan pays Ostrivel 85 million dollars upfront for kidney drug rights", S),
    ("qb03", "The new drug is a rare form of kidney disease that has no cure, and the drug will be sold to Ostriller "
             "if it meets European standards.", CLAIM),
    # edition 1, call 4 (repair, qb03)
    ("qb03", "Ostrivel, which is based in Cambridge, Massachusetts, could receive up to 610 million dollars more if "
             "the drug, OST-214, reaches development and sales milestones, as well as royalties of between 1.5% and "
             "3.7%, while also paying a royalty of 1.8%.", FIG),
    ("qb03", "The drug's approval is currently pending in the European Medicines Agency (EMA), but it could be "
             "approved by the FDA in the near future.", CLAIM),
    # edition 1, call 5 (story, qb01)
    ("qb01", "Pelorin Airways, the Lisbon-based low-cost carrier, said on Wednesday that it carried 1.84 million "
             "passengers in November, up 6% on November last year.", S),
    # edition 1, call 6 (repair, qb01)
    ("qb01", "A two-day strike by cabin crew on 14 and 15 November forced it to cancel 410 flights, affecting about "
             "52,000 passengers.", S),
    # edition 1, call 7 (story, qb05): and the placeholder
    ("qb05", "The Bank of Karvania cut its main interest rate by a quarter of a percentage point to 3.50% on Thursday, "
             "its second cut this year.", S),
    # edition 1, call 8 (repair, qb05)
    ("qb05", "Five of the seven members of its monetary policy committee voted for the cut; two wanted to keep the "
             "rate at 3.75%.", S),
    # edition 1, call 9 (signals, qb01-qb03 + qb05): a near-repeat of call 3's title (a full stop added), left out,
    # and
    ("qb02", "The company also set aside a further 1.84 million pounds for claims from a smaller storm in October.",
     FIG),
    # edition 1, call 10 (story, qb04)
    ("qb04", "Regulator fines Mobivant 6.8 million euros over emergency-call outage", S),
    ("qb04", "Corvenia's Telecoms Regulatory Authority fined the mobile operator Mobivant 6.8 million euros on June "
             "20, 2023.", FIG),
    ("qb04", "Mobivant must also give each affected customer 10 euros of credit, which the company put at about 12 "
             "million euros in total.", S),
    ("qb04", "No operator has been fined more by the regulator; its previous record was 2.5 million euros, in "
             "2021.", S),
    # edition 1, call 11 (story, qb01): repeats of calls 5 and 6, and
    ("qb01", "The airline has offered a pay rise of 7%, but the company is not yet ready to make any changes.", CLAIM),
    ("qb01", "The pay raise will be paid by the end of next year and it will cover 12% of the total compensation.",
     CLAIM),
    ("qb01", "A two-day strike by cabin crew on 14 and 15 November forced it to cancel 78 flights, affecting about "
             "52,000 passengers.", FIG),
    ("qb01", "The pay raise is not yet available for the company's 36 employees.", CLAIM),
    # edition 1, call 12 (story, qb01): repeats of calls 5 and 11, and a near-repeat of call 11's second sentence
    # ('raise' for 'rise'), left out
    # edition 1, call 13 (story, qb02): a near-repeat of call 1's title (a full stop added), left out, and the
    # placeholder; call 14 (signals, qb01 + qb02 + qb04): a repeat of call 10's fourth sentence; call 15 was in
    # flight when the collection was stopped at 09:17 (not recorded)
    # edition 2, call 1 (story, qb06)
    ("qb06", "Lumenhart Silicon, a Grenoble-based start-up that designs chips which use light instead of electricity "
             "to move data, has raised 140 million euros from investors led by Quorrel Ventures, in a round that "
             "values it at about 900 million euros.", S),
    # edition 2, call 2 (story, qb06): call 1's sentences again
    # edition 2, call 3 (story, qb10)
    ("qb10", "Marvaux and Brennock agree all-share merger to form Europe's fifth-largest road freight company with "
             "revenue of 6.2 billion euros.", S),
    ("qb10", "The companies agreed on Wednesday that they will combine in an all-share deal that will create a new "
             "European road freight company, with revenue of about 6.2 billion euros.", S),
    ("qb10", "Marvaux and Brennock's share merger is expected to bring in around 10 million euros per year for the "
             "next two years.", FIG),
    ("qb10", "Brennock's shares rose 11% and Marvax's fell 2%, with a total of about 4.5 billion euros.", FIG),
    # edition 2, call 4 (story, qb07)
    # left out 'There have been no fatalities in the recall of 86,000 electric cars since the last three years.': no
    # one was hurt, but what "since the last three years" claims is unclear; ambiguous against the article
    ("qb07", "Sorvik recalls 86,000 electric cars over battery cooling fault", S),
    ("qb07", "The company has recalled 212,000 cars between January and September.", FIG),
    ("qb07", "The company says it knows of only one car that caught fire.", FIG),
    # edition 2, call 5 (signals, qb06 + qb07 + qb10): a repeat of call 1's sentence, the placeholder, and
    ("qb06", "Lumenhart Silicon raises 140 million euros as first chips slip to 2027", S),
    # edition 2, call 6 (story, qb07): a repeat of call 4's title
    # edition 2, call 7 (repair, qb07)
    ("qb07", "Sorvik has set aside 130 million euros to pay for the recall, which will be booked as a charge in the "
             "fourth quarter.", S),
    ("qb07", "This is a significant amount of money that will have to be paid by the company's employees.", CLAIM),
    # edition 2, call 8 (story, qb06): a near-repeat of call 1's sentence ('in a round that values it...' dropped),
    # left out, and
    ("qb06", "In the first half of 2027, it will double its staff and expand to volume production.", FIG),
    # edition 2, call 9 (story, qb06): repeats of call 8
    # edition 2, call 10 (story, qb08)
    # left out a near-repeat of its second sentence (', it has been used for decades but the current one is
    # different' added)
    ("qb08", "Haldorf Stahl, Germany's fourth-largest steelmaker, will close one of its two blast furnaces in Duisburg "
             "at the end of 2027 and replace it with an electric arc furnace, the company said on Monday.", S),
    ("qb08", "The electric furnace is a new type of furnace that uses electricity to heat up metal.", CLAIM),
    ("qb08", "It will cost about 1.4 billion euros to build.", S),
    ("qb08", "The second blast furnace was shut down in 2027 and will keep running until at least 2032.", DIR),
    ("qb08", "It was created by a company called Haldorf Stahl which makes steel and they are trying to make it more "
             "efficient.", CLAIM),
    ("qb08", "The electric furnace will cut carbon dioxide emissions by about 3.5 million tonnes per year, roughly a "
             "third.", S),
    # edition 2, call 11 (repair, qb08); call 12 was in flight when the collection was stopped at 09:17 (not
    # recorded)
    ("qb08", "The data will be made available to the public in a few days, after 20th January.", CLAIM),
    ("qb08", "The site is designed with sustainability and environmental impact in mind.", GEN),
    # edition 3, call 1 (story, qb03; its cites list some 60 place names): a repeat of edition 1's call 3 title, and
    ("qb03", "Ost-214 is a rare form of kidney disease, which makes it difficult to test the drug on.", CLAIM),
    ("qb03", "The drug has been tested in Europe and Japan but there's no data available about the market.", CLAIM),
    # left out 'The drug will be sold worldwide.': Seddigan sells outside the US and Ostrivel keeps the US rights, but
    # nothing says the drug will be sold at all; ambiguous against the article
    # edition 3, call 2 (story, qb03): call 1's sentences again (another list of place names as cites)
    # edition 3, call 3 (story, qb09): and the placeholder
    ("qb09", "Quillfire Studios has delayed Hollow Crown from March to the autumn of 2027 and cut its forecast for the "
             "year, sending its shares down 19% in Warsaw on Tuesday.", S),
    # edition 3, call 4 (repair, qb09)
    ("qb09", "An analyst at a Warsaw brokerage said it was the third time the game had been delayed.", S),
    # edition 3, call 5 (signals, qb03 + qb09): a repeat of call 1's title, the placeholder, and
    ("qb03", "Seddigan Pharma has agreed to pay Ostrival the Royal Rent of 85 Million Dollars on March 20, 2019.", FIG),
    ("qb03", "The Royal Rental is a legal obligation that will be paid by the company in the future.", CLAIM),
    ("qb09", "...Seddigan Pharma has delayed Hollow Crown from March to the autumn of 2027 and cut its forecast for "
             "the year, sending its shares down 19% in Warsaw on Tuesday.", ACT),
    # edition 3, call 6 (story, qb09): and the placeholder
    ("qb09", "The Krakow-based publisher now expects net bookings of 640 million zlotys for the fiscal year ending in "
             "March, down from a forecasted 820 million last year.", FIG),
    # edition 3, call 7 (repair, qb09): a near-repeat of call 3's sentence ('its next big game,' added), left out, and
    ("qb09", "The Krakow-based publisher now expects net bookings of 64 million zlotys for the fiscal year ending in "
             "March.", FIG),
    ("qb09", "The forecast is expected to be revised by 3 months from now.", CLAIM),
    # edition 3, call 8 (story, qb03): a repeat of call 1's title, and
    ("qb03", "The drug is being tested in a phase 2 trial of 240 patients with a rare form of kidney disease, and "
             "results are expected to be positive.", CLAIM),
    # edition 3, call 9 (repair, qb03): a near-repeat of edition 1's call 4 sentence (other royalty figures, the same
    # error), left out, and
    ("qb03", "The drug's production costs are expected to reach $89.5 billion by 2026.", CLAIM),
    # edition 3, call 10 (story, qb09)
    ("qb09", "The Krakow-based publisher now expects net bookings of 1.2 billion zlotys for the fiscal year ending in "
             "March, up from a forecasted 80 million last year.", FIG),
    # edition 3, call 11 (repair, qb09)
    ("qb09", "The Krakow-based publisher now expects net bookings of 640 million to 820 million zlotys for the fiscal "
             "year ending in March, against its earlier forecast of 750 million.", FIG),
    ("qb09", "Quillfire Studios has delayed its next big game from March to September 2027 and cut its forecast for "
             "the year by 19% in Warsaw on Tuesday.", FIG),
    # edition 3, call 12 (story, qb03): and the placeholder
    ("qb03", "Seddigan pays Ostrivel 85 million dollars upfront for the rights to sell Ostrivel's experimental kidney "
             "drug outside the United States, the two companies said on Monday.", S),
    # edition 3, call 13 (repair, qb03)
    ("qb03", "Ostrivel's shares jumped 34% in early trading in New York.", S),
    # edition 3, call 14 (signals, qb03 + qb09): a repeat of call 12's sentence, and
    ("qb09", "The data is a game-changer.", GEN),
]

BODIES = [
    ("qb01", "https://www.iberianaviation.example/pelorin-november-traffic", "Iberian Aviation Daily",
     "Pelorin carries 1.84 million passengers in November despite cabin crew strike",
     "Pelorin Airways, the Lisbon-based low-cost carrier, said on Wednesday that it carried 1.84 million passengers "
     "in November, up 6% on November last year. Its load factor, the share of seats filled, fell to 81.3% from 83.9% "
     "because the airline added seats faster than it sold them. Capacity grew 9%. A two-day strike by cabin crew on "
     "14 and 15 November forced it to cancel 410 flights, affecting about 52,000 passengers. The carrier said the "
     "strike would cost it between 11 million and 14 million euros. Pelorin has not reached a deal with the cabin "
     "crew union, SNPV, which wants a 12% pay rise over two years; the airline has offered 7%. Chief operating "
     "officer Rui Amaral said no further strikes had been called. Pelorin plans to open a base in Seville in March "
     "with four aircraft. It did not update its profit forecast for the year. Its shares rose 1.5% in Lisbon."),
    ("qb02", "https://www.northernunderwriter.example/ardmere-storm-brannoch", "Northern Underwriter",
     "Ardmere puts Storm Brannoch claims at up to 230 million pounds",
     "Ardmere Assurance, the Edinburgh-based home and motor insurer, estimated on Thursday that Storm Brannoch would "
     "cost it between 180 million and 230 million pounds in claims before reinsurance. Its reinsurance pays for "
     "losses above 120 million pounds, so its net cost will be no more than 120 million. The insurer had received "
     "about 41,000 claims by Wednesday, most of them for roof damage and flooding in Scotland and northern England. "
     "Ardmere said its combined ratio for the year would now be about 97%, against the 94% it forecast in August; a "
     "ratio below 100% means the insurer makes a profit on underwriting. Chief executive Fiona Castlereagh said the "
     "final dividend would be kept at 9.2 pence a share. She declined to say whether Ardmere would raise home "
     "insurance prices next year. The company also set aside a further 15 million pounds for claims from a smaller "
     "storm in October. Its shares fell 3.1%. An analyst who follows the company said the estimate was close to what "
     "rivals had reported."),
    ("qb03", "https://www.biotechledger.example/seddigan-ostrivel-kidney-licence", "Biotech Ledger",
     "Seddigan pays Ostrivel 85 million dollars upfront for kidney drug rights",
     "Seddigan Pharma has agreed to pay Ostrivel Therapeutics 85 million dollars upfront for the rights to sell "
     "Ostrivel's experimental kidney drug outside the United States, the two companies said on Monday. Ostrivel, "
     "which is based in Cambridge, Massachusetts, could receive up to 610 million dollars more if the drug, OST-214, "
     "reaches development and sales milestones, as well as royalties of between 10% and 16% on sales. Ostrivel keeps "
     "the US rights. The drug is being tested in a phase 2 trial of 240 patients with a rare form of kidney disease, "
     "and results are expected in the second half of next year. Seddigan will pay for a phase 3 trial in Europe and "
     "Japan if the results are positive. Ostrivel's chief executive, Priya Venkatachalam, said the money would fund "
     "the company until 2029. Seddigan, which is based in Basel, did not say how much it expected the drug to sell. "
     "Ostrivel's shares jumped 34% in early trading in New York."),
    ("qb04", "https://www.corvenianews.example/mobivant-outage-fine", "Corvenia News",
     "Regulator fines Mobivant 6.8 million euros over emergency-call outage",
     "Corvenia's telecoms regulator, the Communications Office, fined the mobile operator Mobivant 6.8 million euros "
     "on Tuesday over a network outage in June that left customers unable to call emergency numbers. The outage "
     "lasted about nine hours and hit 1.2 million customers, roughly a third of Mobivant's subscribers. The regulator "
     "found that a software update had been installed on all of the operator's core switches at once, without first "
     "being tested on part of the network. About 2,300 calls to the emergency number failed during the outage, it "
     "said. Mobivant must also give each affected customer 10 euros of credit, which the company put at about 12 "
     "million euros in total. Mobivant said it would appeal against the fine but not against the credit. Its chief "
     "technology officer, Marek Soltan, said the company had since changed the way it rolls out updates. No "
     "operator has been fined more "
     "by the regulator; its previous record was 2.5 million euros, in 2021. The regulator closed "
     "a separate inquiry into Mobivant's rival Brisnet without a fine."),
    ("qb05", "https://www.karvaniaeconomic.example/central-bank-november-cut", "Karvania Economic Review",
     "Bank of Karvania cuts rate to 3.50% in split vote",
     "The Bank of Karvania cut its main interest rate by a quarter of a percentage point to 3.50% on Thursday, its "
     "second cut this year. Five of the seven members of its monetary policy committee voted for the cut; two wanted "
     "to keep the rate at 3.75%. Inflation slowed to 2.6% in October from 3.1% in September, close to the bank's "
     "target of 2.5%. The bank now expects the economy to grow 1.1% next year, down from the 1.4% it forecast "
     "before. Governor Tomas "
     "Reiner said further cuts were possible but not certain, and that the committee would watch wage growth, which "
     "was 4.8% in the third quarter. He declined to say whether the bank would cut again in January. The karvan, the "
     "country's currency, fell 0.4% against the euro after the decision. Most of the 22 economists polled by this "
     "newspaper last week had expected the cut. The bank's next meeting is on 29 January."),
    ("qb06", "https://www.deeptechwire.example/lumenhart-series-c", "Deeptech Wire",
     "Lumenhart Silicon raises 140 million euros as first chips slip to 2027",
     "Lumenhart Silicon, a Grenoble-based start-up that designs chips which use light instead of electricity to move "
     "data, has raised 140 million euros from investors led by Quorrel Ventures, in a round that values it at about "
     "900 million euros. Its previous round, in 2024, raised 38 million euros at a valuation of 210 million. Existing "
     "investors, among them Linnhe Capital, also took part. Lumenhart will use the money to double its staff to "
     "about 320 by the end of 2027 and to move to volume production. Chief executive Helene Vasseyre said the first "
     "chips would ship to customers in the second half of 2027, half a year later than planned, because a supplier of "
     "lasers had fallen behind. She declined to name the customers but said two of them were cloud companies. "
     "Lumenhart does not make its own chips; they are made for it by a foundry in Taiwan. The company has not yet "
     "made a profit."),
    ("qb07", "https://www.nordicmotorreport.example/sorvik-battery-recall", "Nordic Motor Report",
     "Sorvik recalls 86,000 electric cars over battery cooling fault",
     "Sorvik Motors is recalling 86,000 electric cars in Europe because a fault in the battery cooling system can "
     "make them overheat, the Swedish carmaker said on Friday. The recall covers 61,000 Kelda hatchbacks built "
     "between March 2024 and June 2025 and 25,000 Voskar sport utility vehicles built between January and June 2025. "
     "The company said it knew of 14 cars that had overheated, three of which had caught fire; no one was hurt. "
     "Owners will be asked to bring their cars to a dealer for a software update and, in some cases, a new coolant "
     "pump. Sorvik has set aside 130 million euros to pay for the recall, which will be booked as a charge in the "
     "fourth quarter. Chief executive Anders Holmqvist said he did not expect the recall to delay deliveries of new "
     "cars. Sorvik sold 212,000 cars between January and September. Its shares fell 4.2% in Stockholm."),
    ("qb08", "https://www.ruhrindustrie.example/haldorf-blast-furnace", "Ruhr Industrie",
     "Haldorf Stahl to shut Duisburg blast furnace and cut 1,100 jobs",
     "Haldorf Stahl, Germany's fourth-largest steelmaker, will close one of its two blast furnaces in Duisburg at the "
     "end of 2027 and replace it with an electric arc furnace, the company said on Monday. About 1,100 of the site's "
     "6,400 jobs will go over three years, mostly through early retirement. The electric furnace will cost about 1.4 "
     "billion euros, of which the federal government has agreed to pay 550 million. Haldorf said the switch would "
     "cut the site's carbon dioxide emissions by about 3.5 million tonnes a year, roughly a third. Chief executive "
     "Jens Oberlander said the second blast furnace would keep running until at least 2032. The company gave no "
     "details of how the rest would be funded. The union at the site said it would not accept compulsory job cuts "
     "and would ask for guarantees for the remaining staff. Haldorf made an operating loss of 86 million euros in the "
     "third quarter."),
    ("qb09", "https://www.warsawgamesdesk.example/quillfire-hollow-crown-delay", "Warsaw Games Desk",
     "Quillfire delays Hollow Crown to 2027 and cuts bookings forecast",
     "Quillfire Studios has delayed its next big game, Hollow Crown, from March to the autumn of 2027 and cut its "
     "forecast for the year, sending its shares down 19% in Warsaw on Tuesday. The Krakow-based publisher now "
     "expects net bookings of 640 million to 680 million zlotys for the fiscal year ending in March, against its "
     "earlier forecast of 820 million. Hollow Crown, a fantasy role-playing game, has been in development for five "
     "years and has cost about 450 million zlotys so far. Chief executive Tomasz Wrobel said the team needed more "
     "time to fix performance problems on consoles. Bookings in the second quarter were 171 million zlotys, up 12% "
     "from a year earlier, helped by an expansion for its older game Thornwake. Quillfire said it would not cut "
     "jobs; it employs 780 people. An analyst at a Warsaw brokerage said it was the third time the game had been "
     "delayed."),
    ("qb10", "https://www.freightjournal.example/marvaux-brennock-merger", "Freight Journal",
     "Marvaux and Brennock agree all-share merger to form Europe's fifth-largest road haulier",
     "Marvaux Logistics and Brennock Freight agreed on Wednesday to combine in an all-share deal that will create "
     "Europe's fifth-largest road freight company, with revenue of about 6.2 billion euros. Brennock shareholders "
     "will receive 0.82 new Marvaux shares for each share they hold and will own 44% of the combined group, and "
     "Marvaux's shareholders the remaining 56%. The companies expect savings of 95 million euros a year by 2029, "
     "mostly from sharing depots and buying fuel together. Marvaux's chief executive, Corinne Lefaucheux, will run "
     "the group, and Brennock's chairman, Declan Hurley, will become its chairman. The combined company will be based "
     "in Lyon. Both companies' shareholders and the European Commission must approve the deal, "
     "which the companies hope to close in the summer. Together the two have a fleet of about 21,000 lorries. "
     "Brennock's shares rose 11% and Marvaux's fell 2%."),
    ("qo01", "https://www.lakelandgazette.example/kuusimaki-wife-carrying", "Lakeland Gazette",
     "Local couple win Kuusimaki wife-carrying title",
     "Eero Lappalainen and his wife Aino won the Kuusimaki wife-carrying championship on Saturday, covering the "
     "253-metre course in 1 minute 2.7 seconds. The course includes two log hurdles and a water pool about a metre "
     "deep. Forty-one couples from nine countries took part, up from 33 last year. The winners receive the carried "
     "partner's weight in beer; Aino weighs 52 kilograms, three more than the minimum of 49 that the rules require. "
     "A pair from Estonia finished second, 1.9 seconds behind, and last year's champions, from Lithuania, were third. "
     "Competitors may use any carrying style, but most chose the so-called Estonian carry, in which the carried "
     "partner hangs upside down on the carrier's back. One pair was disqualified for dropping the carried partner "
     "twice. The organisers said about 6,000 people watched, and that next year's event would add a category for "
     "carriers over 50."),
    ("qo02", "https://www.fenlandrecorder.example/pea-shooting-championship", "Fenland Recorder",
     "Retired postman wins pea-shooting title for the third time",
     "Colin Threlfall, a retired postman, won the Wickham Fen pea-shooting championship on Sunday, beating 96 other "
     "shooters. Competitors fire dried peas through tubes at a target covered in putty 12 feet away, scoring five "
     "points for the centre ring, three for the middle ring and one for the outer. Threlfall, 68, scored 28 points "
     "with his ten peas in the final, two more than the runner-up, Sarah Okafor, a 19-year-old student. It was his "
     "third title; he last won in 2018. Tubes may be no longer than 12 inches, and several competitors used laser "
     "sights, which have been allowed since 2005. The event raises money for the village hall, and the organisers said "
     "it had brought in 3,400 pounds this year, against 2,900 pounds last year. Threlfall said he had practised in "
     "his garden shed every evening for a month."),
    ("qo03", "https://www.alpinecourier.example/beard-moustache-championships", "Alpine Courier",
     "Bridge-shaped beard takes European title in Vellastra",
     "The European Beard and Moustache Championships drew 284 competitors from 17 countries to Vellastra on "
     "Saturday, the most since the event began in 2011. Entrants compete in 18 categories, from the natural full "
     "beard to the freestyle moustache, and are judged by a panel of seven on shape, thickness and styling. A German "
     "hairdresser, Matthias Kroll, won the overall title with a full beard shaped like a suspension bridge, which he "
     "said had taken four hours to set with wax and hairspray. The women's category, for false beards, was won by a "
     "Dutch costume maker who had made hers from wool. The judges disqualified two competitors for wearing hair "
     "extensions, which the rules forbid. The championships will be held in Ireland next year. Tickets for the hall, "
     "which holds 1,500 people, sold out within a week."),
    ("qo04", "https://www.midlandsobserver.example/rock-paper-scissors-final", "Midlands Observer",
     "Accountant throws paper to win national rock-paper-scissors title",
     "Niamh Dolaghan, a 23-year-old accountant, won the national rock-paper-scissors championship in Dunmallow on "
     "Saturday, beating 255 other players and taking the 1,000-euro prize. Matches are played as the best of five "
     "throws, and the final went the full distance: Dolaghan won it 3-2 by throwing paper against rock on the "
     "deciding throw. She said she had thrown rock only twice all day, because most players expect a beginner to open "
     "with it. The runner-up, Paddy Haughey, a retired teacher, had won the title in 2019 and 2022. The organisers "
     "counted 4,711 throws over the day: rock was thrown 1,720 times, paper 1,598 times and scissors 1,393 times. Two "
     "players were warned for late throws, showing their hand after their opponent. The championship was first held "
     "in 2015 and raises money for a children's hospice."),
    ("qo05", "https://www.nordlandsposten.example/fjellheim-sled-dog-race", "Nordlandsposten",
     "Nurse and her 12 huskies win Fjellheim sled dog race",
     "Marit Solbakken and her team of 12 Alaskan huskies won the 420-kilometre Fjellheim sled dog race on Wednesday, "
     "reaching the finish after 2 days, 6 hours and 14 minutes. She finished 47 minutes ahead of Jonas Brekke, who "
     "won last year. Thirty-one teams started the race on Sunday and 26 finished; five mushers pulled out, most of "
     "them because their dogs had sore paws. Each team must rest for at least 10 hours at checkpoints along the way, "
     "and vets examine every dog at each of the five checkpoints. The temperature fell to minus 34 degrees on the "
     "second night. Solbakken, a 41-year-old nurse, said she had trained the dogs on forest tracks near her farm since "
     "August. The winner receives 150,000 Norwegian kroner. Last year the race was shortened to 300 kilometres "
     "because there was not enough snow."),
    ("qo06", "https://www.northwoodstribune.example/log-rolling-worlds", "Northwoods Tribune",
     "Younger Ostergaard sister wins world log-rolling final",
     "Kaya Ostergaard, 24, won the women's title at the world log-rolling championships on Lake Tamarack on Sunday, "
     "beating her older sister, Brooke, in the final by three falls to one. In log rolling, two competitors stand on "
     "a floating log and spin it with their feet until one of them falls into the water. Matches are the best of five "
     "falls, and if nobody falls within three minutes the log is swapped for a thinner one. The men's title went to "
     "Owen Thibodeau, a 31-year-old Canadian, who won it for the fifth time. The championships drew 112 competitors "
     "from seven countries, the organisers said. The logs used in the finals weigh about 160 kilograms and are 38 "
     "centimetres wide. Kaya Ostergaard said she had lost to her sister in the semi-finals last year. About 2,500 "
     "spectators watched from the shore."),
    ("qo07", "https://www.valleysecho.example/cwm-aranwy-cheese-rolling", "Valleys Echo",
     "Carpenter wins Cwm Aranwy cheese-rolling race for the second time",
     "Dylan Pritchard, a 27-year-old carpenter, won the first men's race at the Cwm Aranwy cheese-rolling on Monday, "
     "chasing a 3.5-kilogram wheel of cheese down a slope with a gradient of about one in two. Runners set off a "
     "second after the cheese, which can reach 70 kilometres an hour, and the first person over the line at the "
     "bottom wins it. Pritchard, who also won in 2023, said he had fallen twice on the way down. Four races were held, "
     "two for men and one each for women and children, whose race is run uphill. Paramedics treated nine people, two "
     "of whom were taken to hospital with suspected broken bones. The organisers limited each race to 15 runners for "
     "the first time this year, after 24 ran in one race last year. Cheese has been rolled down the hill for more "
     "than 200 years."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="q", split="evaluation20",
                                      raw_name="eval20-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval20", arts, rows, problems, (("business, policy and tech articles", "qb"), ("others", "qo")))


if __name__ == "__main__":
    main()
