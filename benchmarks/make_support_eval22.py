"""Build the twenty-second EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval22-articles.jsonl and eval22-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval22.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (jb01-jb10): a paper maker closing
a newsprint mill (jobs cut, capacity and use, a closure cost and yearly savings, a pulp line kept, jobs offered at
another mill, a union and a mayor), a labour inspectorate's fine of a food delivery app (couriers treated as
self-employed, unpaid contributions, an appeal, a rival's collective agreement), a chip designer's share sale at a
discount (a bond repaid, two investors buying, the banks' option), a central bank's split vote to hold its rate (a
growth forecast lowered, inflation against a target), an airline's jet order (options, list price, deliveries, a
state owner's approval still needed), a telecoms group's sale of most of its tower unit (a stake kept, rent paid back
to the buyer, debt cut, a special dividend), a heat pump recall (fires, a free repair, a profit forecast cut, a
supplier asked to pay), a city's congestion charge vote (exemptions, half price for electric cars, a referendum
threatened), a software maker's job cuts and lower forecast, and a warehouse strike ended by a pay deal; plans
against done acts ("must approve", "will ask", "would collect signatures", "will not keep"), negations ("did not
say", "would not need", "would not change", "no one was injured", "may not lift"), ranges and estimates ("between 60
million and 70 million", "by up to 3%", "about a fifth", "a little over"), a speaker by role and by name, and actors
named by description ("the paper maker", "the delivery app", "the chip designer", "the telecoms group", "the
accounting software maker", "the supermarket chain"). Seven are on topics no earlier part uses (jo01-jo07; the
earlier parts' README lists, the earlier articles, the demo corpus and ../shared/data were searched for the topic
words): a speedcubing championship, a ferret derby, a sheaf-tossing contest, a mountain unicycle downhill, a homemade
toboggan race, a shin-kicking championship and a county dominoes championship.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("eased" for "fell", "challenge" for "appeal against",
"halted" for "stopped", "bring in" for "raise", "exempt" for "will not pay", "left out" for "dropped", "descends" for
"drops"), a measure as the subject ("Per seat, the new planes use about 17% less fuel", "German heat pump sales
dropped", "Paying customers increased"), figures restated in other words ("a little over 1,800 euros for each
courier", "0.6 percentage points", "68 seconds"), and analysis sentences (``kind`` "analysis") that only combine or
compute from one passage of the cited article (a running rate from a capacity and its use, a payback time, a fine
and contributions added up and per courier, the money left after a bond, a price gap, a year-earlier revenue, a fall
in points, a rate after a cut, a gap to a target, options taken up, a delivery span, debt after a repayment, rent
over a term, a forecast cut, a cost per unit, half a charge, a majority, a top of a range cut, customers added, a
workforce from a share, votes for a deal, a gap between offers, a share of stores, a record beaten by, two averages'
gap, the ferrets that raced, a gap to a record, last year's crowd, the men among competitors, two times' gap, the
riders who did not finish, a gradient, a runner-up's time, entry fees, entrants added up, falls, players under 30,
games won, players in a team event). Each is fully supported by one passage (a sentence and its neighbours) of a
cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong figures, units
and dates, wrong directions, negations dropped or reversed, plans told as done, wrong actors and swapped roles,
unsupported claims, invented causes, generic invented analysis, merged events citing two articles, content-free page
furniture), with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of
Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval22-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation22"; ids
"j0001"... (the earlier parts' sentence ids use b, c, d, e, f, g, h, i, k, m, n, o, p, q, r, s, t, u, v, w, x, y and
z; "j" starts only article ids of an earlier part, which are a letter and two digits, so "j" and four digits meets
none of them). Article ids jb01-jb10 and jo01-jo07 (no earlier part's article ids start with "jb" or "jo").
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
           "eval18-sentences.jsonl", "eval19-sentences.jsonl", "eval20-sentences.jsonl", "eval21-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl")
EARLIER_IDS = "bcdefghikmnopqrstuvwxyz"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, kb, ko, mb, mo, qb, qo, rb, ro, sb, so, tb,
# to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo; this part's: jb, jo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "jb01": [
        ("Rauvola Paper will close its Karvisto newsprint mill at the end of March.", S),
        ("The closure of the mill in Karvisto will cost 380 jobs, Rauvola said on Wednesday.", S),
        ("Demand for printed newspapers in Europe has dropped by about a third over five years, according to "
         "Rauvola.", S),
        ("In the first half, the Karvisto mill used only 68% of its capacity of 290,000 tonnes a year.", S),
        ("The pulp line at Karvisto, where 95 people work, will stay open.", S),
        ("Staff will be offered jobs at Rauvola's packaging board mill in Lehtisalo, which is 140 kilometres from "
         "Karvisto.", S),
        ("A second machine is being added at the Lehtisalo mill.", S),
        ("The closure will cost about 75 million euros, most of it in the fourth quarter, chief executive Henrik "
         "Taavila said.", S),
        ("From 2028 the closure should save Rauvola 40 million euros a year, Taavila said.", S),
        ("The paper workers' union will ask Rauvola to keep the mill running until the end of next year.", S),
        ("The mill pays about a fifth of Karvisto's business taxes, the town's mayor said.", S),
        ("Shares in the paper maker rose 3% in Helsinki.", S),
        ("In the first half the Karvisto mill was running at a rate of about 197,000 tonnes a year.", S, (), AN),
        ("The yearly savings would pay back the cost of the closure in less than two years.", S, (), AN),
        ("Rauvola will close its Karvisto mill at the end of May.", FIG),
        ("The closure of the Karvisto mill will cut 830 jobs.", FIG),
        ("Demand for printed newspapers in Europe has risen by about a third in five years, Rauvola said.", DIR),
        ("Rauvola will also shut the pulp line at Karvisto.", DIR),
        ("The Karvisto mill ran at 86% of its capacity in the first half.", FIG),
        ("Rauvola is closing its packaging board mill in Lehtisalo as well.", DIR),
        ("Karvisto's mayor said the closure would cost about 75 million euros.", ACT),
        ("The union asked Karvisto's mayor to keep the mill open until the end of next year.", ACT),
        ("Rauvola's shares fell 3% in Helsinki.", DIR),
        ("Rauvola is closing the mill because its energy costs have doubled.", CAUSE),
        ("Rauvola plans to sell the Karvisto site to a property developer.", CLAIM),
        ("The closure marks the end of newsprint making in Finland.", GEN),
        ("The yearly savings would pay back the cost of the closure in less than a year.", FIG, (), AN),
        ("Rauvola will offer the Karvisto staff work as couriers for Brisko.", MERGE, ("jb02",)),
    ],
    "jb02": [
        ("Brisko has been fined 11.4 million euros by Talvessa's labour inspectorate.", S),
        ("The inspectorate found that about 6,300 Brisko couriers were in fact employees, although the app treated "
         "them as self-employed.", S),
        ("Brisko must also pay 27 million euros of social security contributions left unpaid over the past four "
         "years.", S),
        ("According to the inspectorate, Brisko decided the couriers' hours and their pay for each delivery.", S),
        ("The app could switch off a courier's account without warning, the inspectorate said.", S),
        ("Brisko will challenge the fine in the labour court.", S),
        ("Until the appeal has been heard, Brisko will leave its contracts as they are.", S),
        ("Tiago Marvao, Brisko's general manager, said most of its couriers wanted to remain self-employed.", S),
        ("Employing the couriers would make each delivery about 30% more expensive, Marvao said.", S),
        ("A couriers' association, which lodged the first complaint in 2023, welcomed the fine.", S),
        ("Brisko's main rival now employs 2,100 of its riders directly after signing a collective agreement with a "
         "union in June.", S),
        ("Three other delivery platforms will be inspected before the year ends, the labour ministry said.", S),
        ("The delivery app is active in 14 cities.", S),
        ("The fine and the unpaid contributions add up to 38.4 million euros.", S, (), AN),
        ("The fine comes to a little over 1,800 euros for each courier.", S, (), AN),
        ("Brisko has been fined 14.1 million euros by the labour inspectorate.", FIG),
        ("Brisko must pay 27 million euros of unpaid contributions for the past two years.", FIG),
        ("The inspectorate said Brisko's couriers chose their own hours.", DIR),
        ("Brisko said it would accept the fine and change its contracts.", DIR),
        ("Brisko said it would change its courier contracts while the appeal was heard.", DIR),
        ("Marvao said employing the couriers would cut the cost of a delivery by about 30%.", DIR),
        ("The couriers' association said most couriers wanted to stay self-employed.", ACT),
        ("Brisko signed a collective agreement with a union in June.", ACT),
        ("The inspectorate acted after Brisko's main rival complained about its contracts.", CAUSE),
        ("Brisko plans to leave Talvessa if it loses the appeal.", CLAIM),
        ("The labour ministry will inspect five other delivery platforms before the end of the year.", FIG),
        ("The fine shows that the gig economy's business model no longer works.", GEN),
        ("The fine and the unpaid contributions add up to 48.4 million euros.", FIG, (), AN),
        ("Brisko will pay the unpaid contributions with money from a share sale arranged by three banks.", MERGE,
         ("jb03",)),
    ],
    "jb03": [
        ("Quarrix Semiconductor sold 8 million new shares at 80 dollars each, raising 640 million dollars.", S),
        ("The chip designer priced its new shares about 9% below Tuesday's close of 87.90 dollars.", S),
        ("Quarrix shares dropped 7% to 81.75 dollars in New York.", S),
        ("The money will go towards repaying a 400 million dollar bond due in 2027, Quarrix said.", S),
        ("Quarrix also plans to build a testing laboratory in Raleigh with the proceeds.", S),
        ("The number of Quarrix shares will grow by about 6% as a result of the sale.", S),
        ("A Singapore state fund and co-founder Emeka Aduwale together bought 1.5 million of the new shares.", S),
        ("Three banks arranged the offer and may buy another 1.2 million shares within 30 days if demand is "
         "strong.", S),
        ("Greta Sundelin, the chief financial officer, said Quarrix did not plan to sell more shares for at least two "
         "years.", S),
        ("Revenue at Quarrix grew 48% to 1.7 billion dollars in the year to September.", S),
        ("Chips for data-centre networks drove the growth in Quarrix's revenue.", S),
        ("Once the bond is repaid, 240 million dollars of the money raised will be left.", S, (), AN),
        ("After the fall, Quarrix shares were still 1.75 dollars above the price of the new shares.", S, (), AN),
        ("A year earlier, Quarrix's revenue was about 1.15 billion dollars.", S, (), AN),
        ("Quarrix sold 8 million new shares at 87.90 dollars each.", FIG),
        ("The new Quarrix shares were priced at a premium of about 9% to Tuesday's close.", DIR),
        ("Quarrix shares rose 7% to 81.75 dollars in New York.", DIR),
        ("Quarrix will use the money to repay a 400 million dollar bond due in 2029.", FIG),
        ("Co-founder Emeka Aduwale sold 1.5 million of his shares in the offer.", DIR),
        ("Chief financial officer Greta Sundelin said Quarrix would sell more shares next year.", DIR),
        ("Co-founder Emeka Aduwale said Quarrix had no plans to sell more shares for two years.", ACT),
        ("The three banks bought 1.5 million of the new shares between them.", ACT),
        ("Quarrix's revenue rose 84% to 1.7 billion dollars in the year to September.", FIG),
        ("Quarrix is selling shares because a large customer cancelled its orders.", CAUSE),
        ("Quarrix plans to buy a rival chip designer next year.", CLAIM),
        ("The share sale signals that investors are losing faith in chip stocks.", GEN),
        ("Once the bond is repaid, 340 million dollars of the money raised will be left.", FIG, (), AN),
        ("Quarrix raised the money on the day the Bank of Talvessa held its rate at 4.25%.", MERGE, ("jb04",)),
    ],
    "jb04": [
        ("On Thursday the Bank of Talvessa left its main interest rate at 4.25%.", S),
        ("It was the third meeting in a row at which the central bank left its rate unchanged.", S),
        ("Five members of the nine-member monetary board voted to hold the rate, and four voted to cut it by a "
         "quarter of a point.", S),
        ("The vote was the closest since 2019.", S),
        ("Inflation eased to 2.8% in October from 3.4% in September, governor Ilse Marrovic said.", S),
        ("Inflation is still higher than the bank's 2% target, Marrovic said.", S),
        ("Wages are rising by about 5% a year, according to the governor.", S),
        ("The board now forecasts economic growth of 0.9% next year, down from 1.3%.", S),
        ("Weaker exports to neighbouring countries led the bank to lower its growth forecast.", S),
        ("The bank expects inflation to be back at its target in the third quarter of 2027.", S),
        ("After the rate decision, the Talvessan krona rose 0.4% on the euro.", S),
        ("Several economists said that because of the split vote a cut in February was now likely.", S),
        ("The monetary board meets next on 5 February.", S),
        ("Inflation fell by 0.6 percentage points between September and October.", S, (), AN),
        ("A quarter-point cut would have brought the rate down to 4%.", S, (), AN),
        ("October's inflation rate was 0.8 points above the bank's target.", S, (), AN),
        ("The Bank of Talvessa raised its main interest rate to 4.25% on Thursday.", DIR),
        ("Six of the nine board members voted to hold the rate.", FIG),
        ("Four board members voted to raise the rate by a quarter of a point.", DIR),
        ("Inflation rose to 2.8% in October from 3.4% in September.", DIR),
        ("Governor Ilse Marrovic said inflation had fallen below the bank's target.", DIR),
        ("The bank raised its growth forecast for next year to 1.3%.", DIR),
        ("Wages are rising by about 3% a year, the governor said.", FIG),
        ("The bank expects inflation to reach its target in the third quarter of 2026.", FIG),
        ("The Talvessan krona lost 0.4% on the euro after the decision.", DIR),
        ("Most economists had expected the bank to cut its rate.", DIR),
        ("Governor Ilse Marrovic said a cut in February was now likely.", ACT),
        ("The bank held its rate because the krona had weakened against the euro.", CAUSE),
        ("The government has asked the central bank to cut rates before the election.", CLAIM),
        ("The split vote shows that the bank has lost control of inflation.", GEN),
        ("Inflation fell by 1.6 percentage points between September and October.", FIG, (), AN),
        ("The Bank of Talvessa said Brennholm's congestion charge would push up inflation.", MERGE, ("jb08",)),
    ],
    "jb05": [
        ("Dravenair has ordered 40 narrow-body jets from a European planemaker and holds options for 20 more.", S),
        ("The airline wants the new jets to replace its oldest aircraft and to open routes to Central Asia.", S),
        ("At list prices the order is worth about 6.3 billion dollars.", S),
        ("Dravenair did not say how much it would pay, and airlines usually receive large discounts.", S),
        ("The first jets will be delivered in 2029 and the last in 2033.", S),
        ("Per seat, the new planes use about 17% less fuel than the jets they replace.", S),
        ("The 28 jets being replaced are 19 years old on average.", S),
        ("Chief executive Ruxandra Pelin said Dravenair would not need to raise new equity to pay for the planes.", S),
        ("The aircraft will be paid for with cash and sale-and-leaseback deals, Pelin said.", S),
        ("Dravenair's passenger numbers rose 11% to 14.2 million last year.", S),
        ("The order must be approved by the government, which owns 51% of Dravenair, at a shareholders' meeting in "
         "January.", S),
        ("Shares in the airline gained 2.5% in Bucharest.", S),
        ("If Dravenair takes up all its options, it will have ordered 60 jets.", S, (), AN),
        ("The year before, Dravenair carried about 12.8 million passengers.", S, (), AN),
        ("The deliveries are spread over five years.", S, (), AN),
        ("Dravenair has ordered 20 jets, with options for 40 more.", FIG),
        ("The order is worth about 3.6 billion dollars at list prices.", FIG),
        ("Dravenair said it would pay the full list price for the jets.", DIR),
        ("Deliveries of the new jets will start in 2027.", FIG),
        ("The new planes burn about 17% more fuel per seat than the old ones.", DIR),
        ("Pelin said Dravenair would sell new shares to pay for the aircraft.", DIR),
        ("Dravenair carried 14.2 million passengers last year, 11% fewer than the year before.", DIR),
        ("The government approved the order at a shareholders' meeting in January.", DIR),
        ("The planemaker said the order was worth about 6.3 billion dollars.", ACT),
        ("A state-owned leasing company owns 51% of Dravenair.", ACT),
        ("Dravenair ordered the jets because its old planes failed safety checks.", CAUSE),
        ("Dravenair will cut 500 cabin jobs because the new planes need smaller crews.", CLAIM),
        ("The order shows that air travel in Eastern Europe will double within ten years.", GEN),
        ("If Dravenair takes up all its options, it will have ordered 80 jets.", FIG, (), AN),
        ("Dravenair will sell its old jets to the fund that is buying Tellagard's towers.", MERGE, ("jb06",)),
    ],
    "jb06": [
        ("Tellagard is selling 62% of its mobile tower business to an infrastructure fund for 2.3 billion euros.", S),
        ("The telecoms group will keep a 38% stake in the tower unit.", S),
        ("The tower business owns about 9,800 towers and rooftop sites.", S),
        ("For 20 years, Tellagard will pay the new company about 210 million euros a year to keep its antennas on the "
         "towers.", S),
        ("The rent will rise with inflation, but by no more than 3% a year.", S),
        ("Tellagard will use 1.6 billion euros of the proceeds to reduce its debt.", S),
        ("At the end of September, Tellagard's debt stood at 7.4 billion euros.", S),
        ("Shareholders will receive a special dividend of 0.35 euros a share.", S),
        ("Including debt, the deal values the whole tower business at 3.7 billion euros, chief executive Matthias "
         "Rennecke said.", S),
        ("Competition regulators must approve the sale, which Tellagard expects to complete in the second "
         "quarter.", S),
        ("Tellagard's shares gained 5%.", S),
        ("Two of Tellagard's rivals sold their towers in 2022.", S),
        ("Paying down 1.6 billion euros would cut Tellagard's debt to about 5.8 billion euros.", S, (), AN),
        ("Before any rise for inflation, the rent adds up to about 4.2 billion euros over the 20 years.", S, (), AN),
        ("After cutting its debt, Tellagard will have about 700 million euros of the sale price left.", S, (), AN),
        ("Tellagard will sell 38% of its tower business and keep 62%.", FIG),
        ("The infrastructure fund will pay 3.2 billion euros for its stake in the tower business.", FIG),
        ("The new company will pay Tellagard about 210 million euros a year for 20 years.", ACT),
        ("The rent Tellagard pays for its antennas will be fixed for 20 years.", DIR),
        ("The rent will rise with inflation by at least 3% a year.", DIR),
        ("Tellagard will spend 1.6 billion euros of the money on buying back its shares.", CLAIM),
        ("Tellagard's debt stood at 4.7 billion euros at the end of September.", FIG),
        ("Tellagard will pay a special dividend of 0.53 euros a share.", FIG),
        ("The infrastructure fund said the deal valued the tower business at 3.7 billion euros.", ACT),
        ("Competition regulators approved the sale of the towers on Friday.", DIR),
        ("Tellagard's shares fell 5%.", DIR),
        ("Tellagard is selling the towers because regulators ordered it to split off the unit.", CAUSE),
        ("The sale shows that telecoms groups can no longer afford to own their networks.", GEN),
        ("Paying down 1.6 billion euros would cut Tellagard's debt to about 6.8 billion euros.", FIG, (), AN),
        ("Tellagard's towers will be cooled with heat pumps made by Hevolta.", MERGE, ("jb07",)),
    ],
    "jb07": [
        ("Hevolta is recalling about 48,000 outdoor heat pump units after 23 small fires.", S),
        ("A faulty fan capacitor caused the fires, the heat pump maker said.", S),
        ("The recalled units were sold in Germany, Austria and Switzerland from March 2024 onwards.", S),
        ("Nobody was hurt in the fires.", S),
        ("Owners may go on using their units until a technician has replaced the part.", S),
        ("Replacing the part costs owners nothing and takes about an hour.", S),
        ("The recall will cost about 35 million euros, Hevolta expects.", S),
        ("Hevolta now expects this year's profit to be between 60 million and 70 million euros, against 90 million "
         "before.", S),
        ("An outside supplier made the capacitors, and Hevolta will ask it to pay part of the cost.", S),
        ("Every unit will have been repaired by the end of March, chief executive Bernd Ottersbach said.", S),
        ("German heat pump sales dropped by about 40% last year after subsidies were cut.", S),
        ("Since the subsidies were cut, Hevolta has reduced its staff by 600.", S),
        ("Hevolta's shares lost 11% in Frankfurt.", S),
        ("Hevolta cut its profit forecast by 20 million to 30 million euros.", S, (), AN),
        ("The recall will cost Hevolta about 730 euros per unit.", S, (), AN),
        ("Hevolta is recalling about 84,000 heat pump units.", FIG),
        ("The faulty capacitor caused 32 small fires.", FIG),
        ("Two people were injured in the fires.", DIR),
        ("Owners must stop using the units until the part has been replaced.", DIR),
        ("Owners will have to pay for the replacement part.", DIR),
        ("Hevolta raised its profit forecast to between 60 million and 70 million euros.", DIR),
        ("The recall will cost Hevolta 53 million euros.", FIG),
        ("The outside supplier said it would pay part of the cost of the recall.", ACT),
        ("The supplier's technicians will replace the parts by the end of March.", ACT),
        ("Sales of heat pumps in Germany rose by about 40% last year.", DIR),
        ("Hevolta has hired 600 staff since the subsidies were cut.", DIR),
        ("The capacitors failed because the units had been installed during a cold winter.", CAUSE),
        ("Hevolta will stop selling heat pumps in Switzerland.", CLAIM),
        ("The recall will damage trust in heat pumps across Europe for years.", GEN),
        ("Hevolta cut its profit forecast by 30 million to 40 million euros.", FIG, (), AN),
        ("Hevolta announced the recall on the day Brennholm's council approved its congestion charge.", MERGE,
         ("jb08",)),
    ],
    "jb08": [
        ("Drivers will pay 6 euros a day to enter Brennholm's city centre on weekdays from next September.", S),
        ("The city council approved the charge by 31 votes to 24 on Monday.", S),
        ("Until 2029, electric cars will pay half the charge.", S),
        ("Residents of the zone, buses, taxis and delivery vans under 3.5 tonnes will be exempt.", S),
        ("The charge is expected to bring in about 38 million euros a year, the council said.", S),
        ("All the money raised must be spent on public transport.", S),
        ("The council expects traffic in the zone to fall by about a fifth.", S),
        ("Number plates will be read by cameras at 46 entry points.", S),
        ("Four new tram lines and cheaper bus tickets for students will be paid for with the money, mayor Liesl "
         "Harkavy said.", S),
        ("The opposition group plans to gather signatures for a referendum, which needs 20,000 of them.", S),
        ("The charge would hurt shops in the centre, the opposition group said.", S),
        ("A trial of the charge in 2021 was halted after three months because of the pandemic.", S),
        ("Sales in the centre have not recovered since the trial, said Rolf Detmar, chairman of the shopkeepers' "
         "association.", S),
        ("An electric car will be charged 3 euros a day until 2029.", S, (), AN),
        ("The charge was approved with a majority of seven votes.", S, (), AN),
        ("The council voted by 31 to 24 to charge drivers 8 euros a day.", FIG),
        ("Drivers will pay the charge to enter the centre at weekends.", FIG),
        ("Electric cars will pay double the charge until 2029.", DIR),
        ("Residents of the zone will pay half the charge until 2029.", ACT),
        ("The council expects the charge to raise about 83 million euros a year.", FIG),
        ("The council expects traffic in the zone to rise by about a fifth.", DIR),
        ("Mayor Liesl Harkavy said the charge would hurt shops in the centre.", ACT),
        ("Rolf Detmar said the money would pay for four new tram lines.", ACT),
        ("The opposition group has collected the 20,000 signatures needed for a referendum.", DIR),
        ("The 2021 trial of the charge was stopped after three weeks.", FIG),
        ("The council voted for the charge after a referendum in 2021.", CLAIM),
        ("The council introduced the charge because the city's air failed European limits.", CAUSE),
        ("Congestion charges always drive shoppers away from city centres.", GEN),
        ("The charge was approved with a majority of nine votes.", FIG, (), AN),
        ("The charge will pay for tram software written by Lumbrane's engineers.", MERGE, ("jb09",)),
    ],
    "jb09": [
        ("Lumbrane will cut about 540 jobs, or 12% of its staff.", S),
        ("The accounting software maker has lowered its revenue forecast for the year.", S),
        ("Lumbrane now expects revenue of 1.12 billion to 1.14 billion dollars, against 1.18 billion to 1.2 billion "
         "before.", S),
        ("Customers are taking longer to sign new contracts, chief executive Priya Venkataram said.", S),
        ("Venkataram said fewer small firms were opening.", S),
        ("Sales and marketing will bear most of the cuts.", S),
        ("Lumbrane will hire about 80 engineers for its artificial intelligence products.", S),
        ("Severance and other charges will cost Lumbrane 45 million dollars, most of it this quarter.", S),
        ("Quarterly revenue rose 9% to 281 million dollars, Lumbrane's slowest growth since it listed in 2020.", S),
        ("Paying customers increased to 412,000 from 398,000 three months earlier.", S),
        ("In after-hours trading, Lumbrane's shares dropped 18%.", S),
        ("Daniel Ezeoke, the chief operating officer, will leave Lumbrane at the end of the year.", S),
        ("Lumbrane makes accounting software for small businesses.", S),
        ("Lumbrane cut the top of its revenue forecast by 60 million dollars.", S, (), AN),
        ("Lumbrane gained 14,000 paying customers in three months.", S, (), AN),
        ("Lumbrane employs about 4,500 people.", S, (), AN),
        ("Lumbrane will cut about 21% of its workforce.", FIG),
        ("Lumbrane will cut 450 jobs.", FIG),
        ("Lumbrane has raised its revenue forecast for the year.", DIR),
        ("Venkataram said more small firms were opening.", DIR),
        ("Lumbrane's engineers will bear most of the job cuts.", CLAIM),
        ("Lumbrane will lay off about 80 engineers who work on artificial intelligence.", DIR),
        ("Lumbrane expects 45 million dollars of severance charges, most of it next year.", FIG),
        ("Quarterly revenue fell 9% to 281 million dollars.", DIR),
        ("Paying customers fell to 398,000 from 412,000.", DIR),
        ("Lumbrane's shares rose 18% in after-hours trading.", DIR),
        ("Chief operating officer Daniel Ezeoke said customers were taking longer to sign contracts.", ACT),
        ("Priya Venkataram will leave Lumbrane at the end of the year.", ACT),
        ("Lumbrane is cutting jobs because an AI rival took its biggest customers.", CAUSE),
        ("The cuts show that artificial intelligence is replacing software salespeople.", GEN),
        ("Lumbrane gained 41,000 paying customers in three months.", FIG, (), AN),
        ("Lumbrane announced its job cuts as Brightvale's warehouse workers went back to work.", MERGE, ("jb10",)),
    ],
    "jb10": [
        ("Workers at Brightvale's four distribution centres have ended their nine-day strike.", S),
        ("The strikers accepted a pay rise of 7.5% over two years, the union said.", S),
        ("Of the roughly 2,300 workers who voted, 71% backed the deal.", S),
        ("Brightvale's first offer was 4%; the union had asked for 10%.", S),
        ("Pay will go up 4.5% in January and by a further 3% a year later.", S),
        ("The extra pay for night shifts rises to 25% from 20%.", S),
        ("About a third of Brightvale's 410 stores ran short of fresh food during the strike, the company said.", S),
        ("The strike cost Brightvale about 14 million pounds in lost sales, the supermarket chain said.", S),
        ("Members had been paid less than warehouse workers at rival chains, union organiser Keisha Bramwell "
         "said.", S),
        ("The 120 agency workers hired during the strike will not be kept on, operations director Neil Farrant "
         "said.", S),
        ("Store staff were not involved in the dispute, as they have a separate agreement.", S),
        ("The warehouse strike ended on Saturday.", S),
        ("About 1,630 workers voted for the deal.", S, (), AN),
        ("The deal gives workers 3.5 points more than Brightvale first offered.", S, (), AN),
        ("About 137 of Brightvale's stores ran short of fresh food.", S, (), AN),
        ("The warehouse workers accepted a pay rise of 5.7% over two years.", FIG),
        ("The strike at Brightvale lasted 19 days.", FIG),
        ("71% of the workers voted against the deal.", DIR),
        ("Brightvale had first offered 10%, and the union had asked for 4%.", ACT),
        ("Pay will rise 3% from January and another 4.5% a year later.", FIG),
        ("Night shifts will be paid 20% more, down from 25%.", DIR),
        ("The strike cost Brightvale about 41 million pounds in lost sales.", FIG),
        ("Neil Farrant said members had been paid less than workers at rival chains.", ACT),
        ("Brightvale will keep the 120 agency workers it hired during the strike.", DIR),
        ("Brightvale's store staff joined the warehouse strike.", DIR),
        ("The workers went on strike after Brightvale closed a distribution centre.", CAUSE),
        ("Brightvale will raise its prices to pay for the deal.", CLAIM),
        ("The deal will set the pattern for pay across British retail.", GEN),
        ("The deal gives workers 4.5 points more than Brightvale first offered.", FIG, (), AN),
        ("Brightvale's strike ended on the day Rauvola said it would close its Karvisto mill.", MERGE, ("jb01",)),
    ],
    "jo01": [
        ("Arjun Kallicharan, 16, won the national speedcubing championship in Coventry on Sunday.", S),
        ("The Leeds student averaged 6.48 seconds on the standard three-by-three cube over five attempts.", S),
        ("A solver's fastest and slowest attempts in a round are left out, and the remaining three are averaged.", S),
        ("Kallicharan set a national record with a single solve of 5.12 seconds.", S),
        ("The old record of 5.31 seconds was set last year by Tomasz Wilczek.", S),
        ("Wilczek finished second, with an average of 6.91 seconds.", S),
        ("Solvers get 15 seconds to inspect the scrambled cube before each attempt.", S),
        ("The clock stops when the solver lifts both hands from a mat.", S),
        ("The 214 competitors, the youngest seven and the oldest 61, took part in 17 events.", S),
        ("Among the events were solving a cube blindfolded and solving one with a single hand.", S),
        ("Kallicharan said he practised for about two hours a day after school.", S),
        ("For 40 of the competitors it was their first official event, the organisers said.", S),
        ("The world championship takes place in August.", S),
        ("Kallicharan beat the old national record by 0.19 seconds.", S, (), AN),
        ("Kallicharan's average was 0.43 seconds faster than Wilczek's.", S, (), AN),
        ("Only three of a solver's five attempts count towards the average.", S, (), AN),
        ("Kallicharan averaged 6.84 seconds over five attempts.", FIG),
        ("Kallicharan's single solve of 5.21 seconds was a national record.", FIG),
        ("A solver's fastest and slowest attempts both count towards the average.", DIR),
        ("Tomasz Wilczek won the championship with an average of 6.48 seconds.", ACT),
        ("Kallicharan's fastest solve was just outside the national record.", DIR),
        ("Solvers have 30 seconds to study the cube before each attempt.", FIG),
        ("The championship drew 241 competitors.", FIG),
        ("Wilczek said he practised for about two hours a day after school.", ACT),
        ("Kallicharan won after Wilczek's cube jammed in the final.", CAUSE),
        ("Kallicharan has been picked for the national team at August's world championship.", CLAIM),
        ("Speedcubing is becoming one of the fastest-growing sports among teenagers.", GEN),
        ("Kallicharan beat the old national record by 0.29 seconds.", FIG, (), AN),
        ("The speedcubing championship was held at the Hartsbeck social club.", MERGE, ("jo07",)),
    ],
    "jo02": [
        ("Whisket, a ferret, won the Hollinbrook ferret derby on Saturday.", S),
        ("She ran through the 10-metre plastic pipe in 7.8 seconds.", S),
        ("Whisket beat 31 other ferrets at the village's harvest fair.", S),
        ("The ferrets race four at a time through clear pipes lying side by side.", S),
        ("The first ferret to come out of the far end of its pipe goes through to the next round.", S),
        ("The three-year-old ferret belongs to Dennis Wragley, a retired postman.", S),
        ("Wragley said Whisket had been slower in practice because she kept stopping for a sleep.", S),
        ("The final had to be restarted after two ferrets turned round and headed back to the start.", S),
        ("A bet on each heat cost spectators 1 pound.", S),
        ("The fair raised about 3,400 pounds for the church roof, according to the organisers.", S),
        ("Every ferret was checked by a vet before it raced.", S),
        ("Two ferrets were withdrawn for being too young.", S),
        ("Pipkin, last year's winner, finished third.", S),
        ("The derby has been run since 1998.", S),
        ("Thirty-two ferrets raced in the derby.", S, (), AN),
        ("Whisket ran through the 10-metre pipe in 8.7 seconds.", FIG),
        ("Whisket beat 13 other ferrets.", FIG),
        ("The ferrets race in heats of six.", FIG),
        ("The first ferret out of the pipe is knocked out of the race.", DIR),
        ("Whisket belongs to the vet who checked the ferrets.", ACT),
        ("Wragley said Whisket had run faster in practice.", DIR),
        ("The final was abandoned after two ferrets turned round.", DIR),
        ("The fair raised about 4,300 pounds for the church roof.", FIG),
        ("Pipkin, last year's winner, came second.", FIG),
        ("Two ferrets were withdrawn because they were too old.", DIR),
        ("Whisket won because she had been fed just before the race.", CAUSE),
        ("The derby will move to a bigger field next year.", CLAIM),
        ("Ferret racing is enjoying a revival in English villages.", GEN),
        ("Twenty-eight ferrets raced in the derby.", FIG, (), AN),
        ("Whisket won the ferret derby at the Polgrew agricultural show.", MERGE, ("jo03",)),
    ],
    "jo03": [
        ("Dairy farmer Annie Treloar won the sheaf-tossing contest at the Polgrew agricultural show on Saturday.", S),
        ("Treloar pitched a 4.5-kilogram sack of straw over a bar at 8.6 metres.", S),
        ("The sheaf, a sack of straw tied with twine, is thrown with a three-pronged pitchfork.", S),
        ("The bar goes up after each round, and competitors get three attempts at each height.", S),
        ("Treloar was the only woman among the 19 competitors.", S),
        ("She and forestry worker Jory Trevanion both cleared 8.6 metres and both failed at 8.9 metres.", S),
        ("Treloar took the title because she had fewer failed attempts than Trevanion.", S),
        ("The show's record of 9.4 metres dates from 1987.", S),
        ("Sheaf tossing, which comes from pitching sheaves onto a hay wagon, joined the show in 1952.", S),
        ("Treloar, 41, said she had not thrown before last year.", S),
        ("The winner got a silver cup and 150 pounds.", S),
        ("About 6,000 people came to the two-day show, 1,000 more than last year, the organisers said.", S),
        ("The winning height was 0.8 metres short of the show's record.", S, (), AN),
        ("About 5,000 people attended the show last year.", S, (), AN),
        ("Eighteen of the competitors were men.", S, (), AN),
        ("Treloar pitched the sheaf over a bar set at 8.9 metres.", FIG),
        ("The sheaf weighed 5.4 kilograms.", FIG),
        ("Competitors have two attempts at every height.", FIG),
        ("The bar is lowered after each round.", DIR),
        ("Jory Trevanion won the contest on fewer failed attempts.", ACT),
        ("Treloar was one of three women among the 19 competitors.", FIG),
        ("Treloar set a new show record.", DIR),
        ("The show's record was set in 1952.", FIG),
        ("Treloar said she had thrown at the show for 20 years.", DIR),
        ("About 6,000 people attended the show, 1,000 fewer than last year.", DIR),
        ("Treloar won because Trevanion's pitchfork broke.", CAUSE),
        ("Treloar will compete at the national championship next month.", CLAIM),
        ("The contest shows how farm traditions survive in the countryside.", GEN),
        ("The winning height was 1.8 metres short of the show's record.", FIG, (), AN),
        ("Treloar also won the Altmoos toboggan race with a team of nurses.", MERGE, ("jo05",)),
    ],
    "jo04": [
        ("Fenna Oudekerk, a bicycle mechanic, won the women's race at the Glenarrow mountain unicycle downhill on "
         "Sunday.", S),
        ("Oudekerk rode the 2.4-kilometre forest track in 8 minutes 3 seconds.", S),
        ("Student Rory Mackessack took the men's race in 6 minutes 55 seconds.", S),
        ("Riders are allowed to put a foot down, but they must get back on at the same spot.", S),
        ("A marshal adds 10 seconds every time a rider walks with the unicycle.", S),
        ("The track descends 310 metres through a pine forest, over roots and rocks.", S),
        ("Of the 57 riders who started, 49 finished.", S),
        ("One rider broke a wrist and was taken to hospital.", S),
        ("Oudekerk, the runner-up last year, rode a unicycle with a 26-inch wheel.", S),
        ("Her unicycle had a brake fixed to the seat post, Oudekerk said.", S),
        ("Nine riders took part when the race began in 2014.", S),
        ("A full-face helmet and knee pads are compulsory.", S),
        ("An uphill race will be added next year, the organisers said.", S),
        ("Mackessack's time was 68 seconds faster than Oudekerk's.", S, (), AN),
        ("Eight riders did not finish.", S, (), AN),
        ("The track drops about 13 metres for every 100 metres of its length.", S, (), AN),
        ("Oudekerk rode the track in 8 minutes 30 seconds.", FIG),
        ("Mackessack won the men's race in 5 minutes 55 seconds.", FIG),
        ("Riders may not put a foot down during the race.", DIR),
        ("A marshal takes 10 seconds off each time a rider walks with the unicycle.", DIR),
        ("The track climbs 310 metres through pine forest.", DIR),
        ("Fifty-seven riders finished the race.", FIG),
        ("Rory Mackessack broke a wrist and was taken to hospital.", ACT),
        ("Oudekerk also won the race last year.", DIR),
        ("The race began in 2004 with nine riders.", FIG),
        ("Helmets are optional at the Glenarrow downhill.", DIR),
        ("Oudekerk won because the men's winner lent her his unicycle.", CAUSE),
        ("The organisers will drop the downhill race next year.", CLAIM),
        ("Mountain unicycling is one of the most dangerous sports in Scotland.", GEN),
        ("Mackessack's time was 58 seconds faster than Oudekerk's.", FIG, (), AN),
        ("Oudekerk rode a unicycle built by the carpenters who raced at Altmoos.", MERGE, ("jo05",)),
    ],
    "jo05": [
        ("Four nurses won the homemade toboggan race at Altmoos on Saturday.", S),
        ("The nurses' sled was built from a hospital bed frame.", S),
        ("They steered it down the 750-metre slope in 58.4 seconds.", S),
        ("Every team, of up to four people, has to build its own toboggan.", S),
        ("Toboggans may not be longer than three metres and may not have an engine.", S),
        ("The judges award a separate prize for the best design.", S),
        ("Forty-one teams entered the race.", S),
        ("Twelve toboggans broke apart or came off the track before reaching the finish.", S),
        ("The carpenters' wooden sled, shaped like a fire engine, was 1.9 seconds slower than the nurses'.", S),
        ("Students whose toboggan looked like a giant snail won the prize for the best design.", S),
        ("The village ski club started the race in 1979.", S),
        ("About 2,500 people watched, the ski club said.", S),
        ("Each team paid 40 euros to enter.", S),
        ("Two riders were treated for bruises, but no one was seriously hurt.", S),
        ("The carpenters' time was 60.3 seconds.", S, (), AN),
        ("The entry fees came to 1,640 euros in all.", S, (), AN),
        ("The nurses' sled covered the slope in 48.4 seconds.", FIG),
        ("The slope at Altmoos is 570 metres long.", FIG),
        ("Teams of up to six build their own toboggans.", FIG),
        ("Toboggans may have an engine but may not be longer than three metres.", DIR),
        ("The carpenters won the race in a sled shaped like a fire engine.", ACT),
        ("The nurses' toboggan won the prize for the best design.", ACT),
        ("Twenty-one toboggans broke apart or left the track.", FIG),
        ("The carpenters' sled was 1.9 seconds faster than the nurses'.", DIR),
        ("The race was started in 1979 by the village fire brigade.", ACT),
        ("Two riders were seriously hurt.", DIR),
        ("The nurses won because their sled was the heaviest.", CAUSE),
        ("The race will be shown on national television next year.", CLAIM),
        ("Homemade sled races are the best way to bring a village together.", GEN),
        ("The carpenters' time was 61.3 seconds.", FIG, (), AN),
        ("The nurses' sled was cheered on by the 4,000 people at the Cotsbury country games.", MERGE, ("jo06",)),
    ],
    "jo06": [
        ("Gethin Prothero, a plasterer, won the shin-kicking championship at the Cotsbury country games on "
         "Saturday.", S),
        ("Prothero beat Barnaby Cull, a farmer, by two falls to one in the final.", S),
        ("The kickers hold each other by the shoulders and kick at each other's shins until one of them falls.", S),
        ("The first kicker to put his opponent on the ground twice wins.", S),
        ("Straw may be stuffed down the kickers' trousers to soften the blows.", S),
        ("Whether a fall counts is decided by a referee known as a stickler.", S),
        ("Prothero, 35, had been beaten in the final in each of the previous two years.", S),
        ("Twenty-four men and six women took part.", S),
        ("Nursery teacher Tess Harnden won the women's title.", S),
        ("The games, which date from 1612, are held on a hill above the town.", S),
        ("A tug of war and a sack race are also part of the games.", S),
        ("About 4,000 people attended, paying 8 pounds a ticket, the organisers said.", S),
        ("Prothero said he would come back next year to defend his title despite his bruised shins.", S),
        ("Thirty kickers entered the championship.", S, (), AN),
        ("Cull put Prothero down once in the final.", S, (), AN),
        ("Prothero beat Cull by two falls to nil.", FIG),
        ("Barnaby Cull beat Gethin Prothero in the final.", ACT),
        ("Kickers may not put straw in their trousers.", DIR),
        ("The first kicker to fall twice wins.", DIR),
        ("Prothero had won the final in each of the past two years.", DIR),
        ("Twenty-six men and four women entered.", FIG),
        ("The stickler, Tess Harnden, decided when a fall counted.", ACT),
        ("The Cotsbury games date from 1812.", FIG),
        ("Tickets for the games cost 18 pounds.", FIG),
        ("Prothero said he would not defend his title next year.", DIR),
        ("Prothero won because Cull had forgotten to put straw in his trousers.", CAUSE),
        ("The games were cancelled last year because of rain.", CLAIM),
        ("Shin-kicking is Britain's toughest country sport.", GEN),
        ("Thirty-six kickers entered the championship.", FIG, (), AN),
        ("Prothero celebrated with Winston Ablewhite at the Hartsbeck social club.", MERGE, ("jo07",)),
    ],
    "jo07": [
        ("Winston Ablewhite, a retired bus driver, won the county dominoes championship on Sunday.", S),
        ("The championship was played at the Hartsbeck social club.", S),
        ("Ablewhite beat 95 other players over six rounds.", S),
        ("The players use the fives-and-threes form of the game.", S),
        ("A player scores when the dots at both ends of the line add up to a multiple of five or three.", S),
        ("A game is won by the first player to reach 61 points.", S),
        ("In the final, the 72-year-old beat hospital porter Delroy Mabbitt by three games to one.", S),
        ("Ablewhite said he had played at the club every Friday night for 40 years.", S),
        ("The entry of 96 players was the biggest since the event moved to the club in 2010.", S),
        ("A quarter of the players were under 30.", S),
        ("The winner received 300 pounds and a wooden trophy carved by a club member.", S),
        ("A team event will be held for the first time in April, the organisers said.", S),
        ("Teams of four from 12 clubs will play in the team event in April.", S),
        ("Twenty-four of the players were under 30.", S, (), AN),
        ("Mabbitt won one game in the final.", S, (), AN),
        ("The team event in April will have 48 players.", S, (), AN),
        ("Ablewhite beat 59 other players.", FIG),
        ("The first player to 51 points wins a game.", FIG),
        ("Players score when the ends add up to a multiple of four or six.", FIG),
        ("Delroy Mabbitt beat Winston Ablewhite in the final.", ACT),
        ("Ablewhite won the final by three games to two.", FIG),
        ("Ablewhite said he had played at the club every Friday for 14 years.", FIG),
        ("The entry was the smallest since the event moved to the club in 2010.", DIR),
        ("A quarter of the players were over 70.", DIR),
        ("Ablewhite carved the wooden trophy himself.", ACT),
        ("Twelve teams played in the team event in April.", DIR),
        ("Ablewhite won because he had practised more than any other player.", CAUSE),
        ("Ablewhite will play in the national championship in May.", CLAIM),
        ("Dominoes is drawing a new generation to working men's clubs.", GEN),
        ("Thirty-two of the players were under 30.", FIG, (), AN),
        ("The dominoes championship had six rounds, like the speedcubing championship in Coventry.", MERGE,
         ("jo01",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("jb01", "Skip to the next story."),
    ("jb02", "Brisko: the ruling explained."),
    ("jb04", "This article is more than a year old."),
    ("jb05", "Image: handout."),
    ("jb06", "Towers."),
    ("jb08", "Save this page for later."),
    ("jb09", "Updated three minutes ago."),
    ("jo02", "Ferrets."),
    ("jo06", "Shins."),
    ("jo07", "Read more from our sports desk."),
]


# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8794, 8797 and 8798, one thread each, --n_ctx 8192),
# json_object, prompt version llm-3, date 2026-12-11, --timeout 450, machine at load 16-28. eval22-smollm2_raw.jsonl
# holds three editions in this order (call numbers restart in each; times UTC): 1 jb01-jb05 + jo01 (14 calls,
# 14:52-15:23, TOPLINE_LLM_STREAM=false), 2 jb06-jb10 + jo02 (11 calls, 14:52-15:23, the writer's default streamed
# requests), these two started together, and 3 jo03-jo07 + jb02 + jb07 (6 calls, 15:04-15:23, streamed). All three
# were stopped at 15:23 (the collection's cut-off; SIGTERM to the collectors' own processes), editions 2 and 3 each with
# one call in flight, not recorded. 31 calls were recorded (20 story, 8 repair, 3 signals), all answered; the servers
# logged 33 POSTs, all 200. Only jb01-jb07, jb09 and jb10 were shown to the model in a recorded call (jb08 and the
# seven jo articles never were). A sentence is listed once, at its first answer in the order of the editions (two are
# listed under edition 3, whose answer came first in time, and named as repeats where edition 1 or 2 has them);
# repeats, near-repeats and the sentences left out are named in the comments.
# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8794, 8797 and 8798, one thread each, --n_ctx 8192),
# json_object, prompt version llm-3, date 2026-12-11, --timeout 450, machine at load 16-28. eval22-smollm2_raw.jsonl
# holds four editions in this order (call numbers restart in each; times UTC): 1 jb01-jb05 + jo01 (14 calls,
# 14:52-15:23, TOPLINE_LLM_STREAM=false), 2 jb06-jb10 + jo02 (11 calls, 14:52-15:23, the writer's default streamed
# requests), these two started together, 3 jo03-jo07 + jb02 + jb07 (6 calls, 15:04-15:23, streamed) and 4 jb08 + jo01
# + jo02 + jo03 (4 calls, 15:24-15:28, TOPLINE_LLM_STREAM=false, on a fresh server on port 8794). Editions 1-3 were
# stopped at 15:23 (the collection's first cut-off; SIGTERM to the collectors' own processes), editions 2 and 3 each
# with one call in flight, not recorded; edition 4 ran to its end. A fifth run, jo04-jo07 alone (streamed, a fresh
# server on port 8797, 15:24-15:25), made no call to the model (its edition has no LLM-written story) and recorded
# nothing. 35 calls were recorded (23 story, 9 repair, 3 signals), all answered; the servers logged 37 POSTs, all 200.
# Only jb01-jb10 were shown to the model in a recorded call (the seven jo articles never were). A sentence is listed
# once, at its first answer in the order of the editions (two are listed under edition 3, whose answer came first in
# time, and named as repeats where edition 1 or 2 has them); repeats, near-repeats and the sentences left out are
# named in the comments.
# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8794, 8797 and 8798, one thread each, --n_ctx 8192),
# json_object, prompt version llm-3, date 2026-12-11, --timeout 450, machine at load 16-28. eval22-smollm2_raw.jsonl
# holds four editions in this order (call numbers restart in each; times UTC): 1 jb01-jb05 + jo01 (14 calls,
# 14:52-15:23, TOPLINE_LLM_STREAM=false), 2 jb06-jb10 + jo02 (11 calls, 14:52-15:23, the writer's default streamed
# requests), these two started together, 3 jo03-jo07 + jb02 + jb07 (6 calls, 15:04-15:23, streamed) and 4 jb08 + jo01
# + jo02 + jo03 (4 calls, 15:24-15:28, TOPLINE_LLM_STREAM=false, on a fresh server on port 8794). Editions 1-3 were
# stopped at 15:23 (the collection's first cut-off; SIGTERM to the collectors' own processes), editions 2 and 3 each
# with one call in flight, not recorded; edition 4 ran to its end. A fifth run, jo04-jo07 alone (streamed, a fresh
# server on port 8797, 15:24-15:25), made no call to the model (its edition has no LLM-written story) and recorded
# nothing. 35 calls were recorded (23 story, 9 repair, 3 signals), all answered; the servers logged 37 POSTs, all 200.
# Only jb01-jb10 were shown to the model in a recorded call (the seven jo articles never were). A sentence is listed
# once, at its first answer in the order of the editions (two are listed under edition 3, whose answer came first in
# time, and named as repeats where edition 1 or 2 has them); repeats, near-repeats and the sentences left out are
# named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, jb03)
    ("jb03", "The sale increases the number of Quarrix shares by about 6%.", S),
    ("jb03", "...", CF),
    # edition 1, call 2 (repair, jb03)
    ("jb03", "The shares fell 7% to 8.15 dollars in New York.", FIG),
    # edition 1, call 3 (story, jb05): and the placeholder
    ("jb05", "The order is worth about 6.3 billion dollars at list prices, but airlines usually get large discounts "
             "and Dravenair did not say what it would pay.", S),
    ("jb05", "The new planes burn about 17% less fuel per seat than the 28 jets they will replace, which are on "
             "average 19 years old.", S),
    ("jb05", "Deliveries will start in 2029 and end in 2033.", S),
    # edition 1, call 4 (story, jb05): call 3's three sentences again, and
    ("jb05", "Dravenair will pay for the new planes with cash sale-and-leaseback deals", S),
    ("jb05", "The new ones have a lifespan of 4 years and will be replaced in 3 years.", CLAIM),
    # edition 1, call 5 (story, jb04): and the placeholder
    ("jb04", "The Talvessan krona gained 0.4% on the euro after the decision.", S),
    # edition 1, call 6 (repair, jb04)
    ("jb04", "Governor Ilse Marrovic said inflation, which fell to 2.8% in October from September to 3.4% in October, "
             "was still above the bank's target of 2%, and that wages were rising by about 5% a year.", FIG),
    # edition 1, call 7 (story, jb02): the placeholder, a near-repeat of its first sentence ("Talvessa's labour
    # inspectorate has fined" for 'The inspectorate fined'), left out, and
    ("jb02", "The inspectorate fined the food delivery app Brisko 11.4 million euros for treating about 6,300 couriers "
             "as self-employed when they worked as employees.", S),
    ("jb02", "Brisco's labour inspector said that it would not change its contracts while the appeal was heard.", ACT),
    # edition 1, call 8 (repair, jb02)
    ("jb02", "Talvessa's labour inspectorate has fined the food delivery app Brisko 1.4 million euros for treating "
             "about 6,300 couriers as self-employed when they worked as employees and ordered it to pay 27 million "
             "euros of unpaid social security contributions for the past four years.", FIG),
    # edition 1, call 9 (story, jb01): and left out 'The paper will close the newsprint mill in Karvisto at the end of
    # March and cut 380 jobs, cutting 380 jobs from the paper's total capacity.' and its near-repeat (without 'at the
    # end of March'): the closure and the jobs are the article's, but jobs cut "from the paper's total capacity" is
    # neither said nor denied; ambiguous against it
    ("jb01", "The paper will keep the pulp line at the site, which employs 95 workers and offers staff jobs at its "
             "packaging board mill in Lehtisalo, 140 kilometers away.", S),
    ("jb01", "The newsprint mill is also adding a second machine to save 75 million euros this quarter.", FIG),
    # edition 1, call 10 (signals, jb01-jb05): a near-repeat of call 4's sentence on the planes' payment (a full stop
    # added), left out, the placeholder, and
    ("jb03", "The sale increases the number of Quarrix shares by about 6.3%.", FIG),
    # edition 1, call 11 (story, jb02)
    ("jb02", "The labour ministry said it would inspect three other delivery platforms before the end of the year.", S),
    # edition 1, call 12 (repair, jb02): a repeat of edition 3's call 3 first sentence (listed there)
    # edition 1, call 13 (story, jb01): near-repeats of call 9's first sentence ('kilometres', and 'Rauvola' for 'The
    # paper'), left out, and
    ("jb01", "The company is considering a second machine to save 40 million euros annually.", CAUSE),
    ("jb01", "The paper will close the newsprint mill on March 38.", FIG),
    # edition 1, call 14 (repair, jb01)
    ("jb01", "The mill can make 290,000 tonnes of newsprint a year but ran at 68% of that in the first half.", S),
    ("jb01", "The rest was made up of recycled paper and other materials from the mill itself.", CLAIM),
    # edition 2, call 1 (story, jb06): and the placeholder
    ("jb06", "The company will pay the new company about 210 million euros a year for 20 years to keep its antennas on "
             "the towers, and the rent will rise with inflation by up to 3% a year.", S),
    ("jb06", "The company is planning to pay another $1.6 billion in annual interest on its antennas, with the new "
             "company expected to continue paying this amount for 20 years.", FIG),
    ("jb06", "Tellagard will pay a special dividend of 3% to the company's largest shareholders.", FIG),
    # edition 2, call 2 (repair, jb06)
    ("jb06", "Tellagard will pay the new company about 210 million euros a year for 20 years to keep its antennas on "
             "the towers, and the rent will rise with inflation by up to 3% a year.", S),
    # edition 2, call 3 (story, jb07): and a near-repeat of its second sentence ('Hevolta said it expected' for 'The
    # company said it expects'), left out
    ("jb07", "Heat pump maker Hevolta is recalling about 48,000 heat pumps in Germany after a faulty capacitor caused "
             "23 small fires.", CLAIM),
    ("jb07", "The company said it expects the recall to cost 9 million euros and lowered its forecast for this year's "
             "profit to between 60 million and 70 million EUR.", FIG),
    ("jb07", "S1: Hevolta recalls 48,000 heat pumps after a faulty capacitor caused 23 small fires.", S),
    ("jb07", "S2: Hevolta has reduced its staff by 600 since then.", S),
    ("jb07", "The company says it will pay part of the cost in a few hours, but that is not the end of the story.",
     CLAIM),
    # edition 2, call 4 (story, jb07): call 3's sentences again, and a near-repeat of its S1 line ('in Germany'
    # added), left out
    # edition 2, call 5 (story, jb09)
    ("jb09", "Lumbrane, a maker of accounting software for small businesses, will cut about 12% of its workforce.", S),
    # edition 2, call 6 (story, jb09): a repeat of call 5's sentence
    # edition 2, call 7 (story, jb10)
    ("jb10", "Brightvale's operations director, Neil Farrant, said the company would not keep the 120 agency workers "
             "it had hired during the strike.", S),
    ("jb10", "The company has agreed to pay 7.5% of the pay for all staff in the area after a nine-day strike ended on "
             "Saturday.", CLAIM),
    # edition 2, call 8 (signals, jb06 + jb07 + jb09 + jb10): a near-repeat of call 1's first sentence (its last clause
    # dropped), left out
    # edition 2, call 9 (story, jb07): a repeat of edition 3's call 1 first sentence (listed there)
    # edition 2, call 10 (repair, jb07)
    ("jb07", "Hevolta said it expected the recall to cost 35 million euros and lowered its forecast for this year's "
             "profit to between 60.million and 70,000.", FIG),
    # edition 2, call 11 (story, jb06): a repeat of call 1's first sentence and a near-repeat of it ('is planning to
    # pay'), left out
    # edition 3, call 1 (story, jb07): a near-repeat of edition 2's call 3 S2 line ('S2:' dropped), left out, and
    # left out 'The capacitors were made by an outside supplier and are free.' and its near-repeat ('are made'): the
    # repair is free to owners, and whether "are free" says that is unclear; ambiguous against the article
    ("jb07", "Heat pump maker Hevolta is recalling about 48,000 heat pumps after a faulty capacitor caused 23 small "
             "fires in Germany last year.", CLAIM),
    ("jb07", "Hevolta says it expects a recall of around 35 million euros this year, while the company is also looking "
             "at potential future sales.", CLAIM),
    # edition 3, call 2 (story, jb02): and the placeholder
    ("jb02", "Brisko has fined the food delivery app 1,400 euros for treating about 6,300 couriers as self-employed "
             "when they worked as employees.", ACT),
    # edition 3, call 3 (repair, jb02)
    ("jb02", "The inspectorate said Brisko set the couriers' hours, fixed their pay per delivery and could switch off "
             "their accounts without notice.", S),
    ("jb02", "Bisco has a contract with 14 cities to operate in 14 countries; it is currently in 20 different "
             "countries.", FIG),
    # edition 3, call 4 (signals, jb02 + jb07): a repeat of call 1's first sentence, and
    ("jb02", "Brisko, which operates in 14 cities, said it would appeal to the labour court and not change its "
             "contracts while the appeal was heard.", S),
    ("jb02", "In March 2022, the inspectorate fined Brisko for failing to comply with a contract.", CLAIM),
    # edition 3, call 5 (story, jb02): near-repeats of edition 1's call 7 first sentence ('has fined', and "Talvessa's
    # labour inspectors have fined"), left out, a repeat of edition 1's call 11 sentence, and left out 'The last one is
    # now in court.': Brisko will appeal to the labour court, and what "the last one" is is not said; ambiguous
    ("jb02", "Brisco has filed a state action against three other delivery platforms before the end of the year.", ACT),
    # edition 3, call 6 (story, jb02): a near-repeat of edition 1's call 7 first sentence and the placeholder
    # edition 4, call 1 (story, jb08): and left out 'The council expects the charge will raise about 38 million euros
    # in traffic every year, and all must spend money for public transport.': the sum and its use are the article's,
    # but what "38 million euros in traffic" says is unclear; ambiguous against it
    ("jb08", "Council approves 6-euro congestion charge for city centre", S),
    ("jb08", "Brennholm's city council voted by 31 to 24 on Monday to charge drivers 6 euros a day to enter the city "
             "centre on weekdays from next September.", S),
    ("jb08", "The opposition group says it will collect signatures for a referendum, which needs 20,000 to be "
             "held.", S),
    ("jb08", "Mayor Liesl Harkavy said the money would pay for four new tram lines and cheaper bus tickets for "
             "students.", S),
    # edition 4, call 2 (story, jb08): a near-repeat of call 1's second sentence ('The council' for "Brennholm's city
    # council"), left out, and the placeholder
    # edition 4, call 3 (repair, jb08)
    ("jb08", "Electric cars will pay half the charge until 2029, and residents of the zone, buses, taxis, and delivery "
             "vans under 3.5 tonnes will not pay.", S),
    # edition 4, call 4 (story, jb08): a repeat of call 1's title and the placeholder
]


BODIES = [
    ("jb01", "https://www.nordicforestreview.example/rauvola-karvisto-mill", "Nordic Forest Review",
     "Rauvola to close Karvisto newsprint mill, cutting 380 jobs",
     "Rauvola Paper said on Wednesday that it would close its newsprint mill in Karvisto at the end of March, cutting "
     "380 jobs, because demand for printed newspapers in Europe had fallen by about a third in five years. The mill "
     "can make 290,000 tonnes of newsprint a year but ran at 68% of that in the first half. Rauvola will keep the pulp "
     "line at the site, which employs 95 people, and will offer staff jobs at its packaging board mill in Lehtisalo, "
     "140 kilometres away, where it is adding a second machine. Chief executive Henrik Taavila said the closure would "
     "cost about 75 million euros, mostly in the fourth quarter, and would save 40 million euros a year from 2028. The "
     "paper workers' union said it would ask the company to keep the mill open until the end of next year. Karvisto's "
     "mayor, Sanna Reinio, said the mill paid about a fifth of the town's business taxes. Rauvola's shares rose 3% in "
     "Helsinki."),
    ("jb02", "https://www.talvessaherald.example/brisko-courier-fine", "Talvessa Herald",
     "Inspectorate fines Brisko 11.4 million euros over courier contracts",
     "Talvessa's labour inspectorate has fined the food delivery app Brisko 11.4 million euros for treating about "
     "6,300 couriers as self-employed when they worked as employees, and has ordered it to pay 27 million euros of "
     "unpaid social security contributions for the past four years. The inspectorate said Brisko set the couriers' "
     "hours, fixed their pay per delivery and could switch off their accounts without notice. Brisko, which operates "
     "in 14 cities, said it would appeal to the labour court and would not change its contracts while the appeal was "
     "heard. Its general manager, Tiago Marvao, said most couriers wanted to stay self-employed and that employing "
     "them would raise the cost of a delivery by about 30%. A couriers' association welcomed the fine and said it had "
     "filed the first complaint in 2023. Brisko's main rival signed a collective agreement with a union in June and "
     "now employs 2,100 of its riders directly. The labour ministry said it would inspect three other delivery "
     "platforms before the end of the year."),
    ("jb03", "https://www.chipmarketsdaily.example/quarrix-share-sale", "Chip Markets Daily",
     "Quarrix raises 640 million dollars in share sale at a discount",
     "Chip designer Quarrix Semiconductor raised 640 million dollars on Wednesday by selling 8 million new shares at "
     "80 dollars each, a discount of about 9% to Tuesday's closing price of 87.90 dollars. The shares fell 7% to 81.75 "
     "dollars in New York. Quarrix said it would use the money to repay a 400 million dollar bond due in 2027 and to "
     "build a testing laboratory in Raleigh. The sale increases the number of Quarrix shares by about 6%. Its two "
     "largest investors, a Singapore state fund and the company's co-founder Emeka Aduwale, bought 1.5 million of the "
     "new shares between them. The offer was arranged by three banks, which can buy another 1.2 million shares within "
     "30 days if demand is strong. Chief financial officer Greta Sundelin said the company had no plans to sell more "
     "shares for at least two years. Quarrix's revenue rose 48% to 1.7 billion dollars in the year to September, "
     "driven by chips for data-centre networks."),
    ("jb04", "https://www.talvessaherald.example/central-bank-holds-split-vote", "Talvessa Herald",
     "Central bank holds rates at 4.25% in five-to-four vote",
     "The Bank of Talvessa held its main interest rate at 4.25% on Thursday for a third meeting in a row, but the vote "
     "was the closest since 2019: five of the nine members of its monetary board voted to keep the rate, and four "
     "voted to lower it by a quarter of a point. Governor Ilse Marrovic said inflation, which fell to 2.8% in October "
     "from 3.4% in September, was still above the bank's target of 2%, and that wages were rising by about 5% a year. "
     "The board lowered its forecast for next year's economic growth to 0.9%, from the 1.3% it expected in September, "
     "because exports to neighbouring countries have weakened. "
     "It expects inflation to reach its target in the third quarter of 2027. The Talvessan krona gained 0.4% "
     "on the euro after the decision. Most economists had expected a hold, but several said the split vote meant that "
     "a cut in February was now likely. The board's next meeting is on 5 February."),
    ("jb05", "https://www.aviationledger.example/dravenair-jet-order", "Aviation Ledger",
     "Dravenair orders 40 jets to replace ageing fleet",
     "Dravenair has ordered 40 narrow-body jets from a European planemaker, with options for 20 more, to replace its "
     "oldest aircraft and open routes to Central Asia, the airline said on Monday. The order is worth about 6.3 "
     "billion dollars at list prices, but airlines usually get large discounts and Dravenair did not say what it would "
     "pay. Deliveries will start in 2029 and end in 2033. The new planes burn about 17% less fuel per seat than the 28 "
     "jets they will replace, which are on average 19 years old. Chief executive Ruxandra Pelin said the airline "
     "would pay for the aircraft with cash and sale-and-leaseback deals and would not need to raise new equity. "
     "Dravenair carried 14.2 million passengers last year, up 11%. The government, which owns 51% of the airline, "
     "must approve the order at a shareholders' meeting in January. Dravenair's shares rose 2.5% in Bucharest."),
    ("jb06", "https://www.telecomsinsider.example/tellagard-towers-sale", "Telecoms Insider",
     "Tellagard sells majority of tower unit for 2.3 billion euros",
     "Tellagard will sell 62% of its mobile tower business to an infrastructure fund for 2.3 billion euros and keep "
     "the remaining 38%, the telecoms group said on Friday. The unit owns about 9,800 towers and rooftop sites. "
     "Tellagard will pay the new company about 210 million euros a year for 20 years to keep its antennas on the "
     "towers, and the rent will rise with inflation by up to 3% a year. The group said it would use 1.6 billion euros "
     "of the money to cut its debt, which stood at 7.4 billion euros at the end of September, and would pay a special "
     "dividend of 0.35 euros a share. Chief executive Matthias Rennecke said the deal valued the whole tower business "
     "at 3.7 billion euros including debt. The sale needs the approval of competition regulators and Tellagard "
     "expects it to be completed in the second quarter. Tellagard's shares rose 5%. Two rival operators sold their "
     "towers in 2022."),
    ("jb07", "https://www.energytechweekly.example/hevolta-recall", "Energy Tech Weekly",
     "Hevolta recalls 48,000 heat pumps after fires",
     "Heat pump maker Hevolta is recalling about 48,000 outdoor units sold in Germany, Austria and Switzerland since "
     "March 2024 after a faulty fan capacitor caused 23 small fires, the company said on Tuesday. No one was injured. "
     "Owners can keep using the units until a technician replaces the part, which takes about an hour and is free. "
     "Hevolta said it expected the recall to cost 35 million euros and lowered its forecast for this year's "
     "profit to between 60 million and 70 million euros, from 90 million. The capacitors were made by an outside "
     "supplier, which Hevolta said it would ask to pay part of the cost. Chief executive Bernd Ottersbach said every "
     "unit would be fixed by the end of March. Sales of heat pumps in Germany fell by about 40% last year after "
     "subsidies were cut, and Hevolta has reduced its staff by 600 since then. Its shares fell 11% in Frankfurt."),
    ("jb08", "https://www.brennholmpost.example/congestion-charge-vote", "Brennholm Post",
     "Council approves 6-euro congestion charge for city centre",
     "Brennholm's city council voted by 31 to 24 on Monday to charge drivers 6 euros a day to enter the city centre "
     "on weekdays from next September. Electric cars will pay half the charge until 2029, and residents of the zone, "
     "buses, taxis and delivery vans under 3.5 tonnes will not pay. The council expects the charge to raise about 38 "
     "million euros a year, all of which must be spent on public transport, and to cut traffic in the zone by about a "
     "fifth. Cameras will read number plates at 46 entry points. Mayor Liesl Harkavy said the money would pay for "
     "four new tram lines and cheaper bus tickets for students. The opposition group said the charge would hurt shops "
     "in the centre and that it would collect signatures for a referendum, which needs 20,000 to be held. A trial of "
     "the charge in 2021 was stopped after three months because of the pandemic. Rolf Detmar, who chairs the "
     "shopkeepers' association, said sales in the centre had not recovered since then."),
    ("jb09", "https://www.saasbusinessnews.example/lumbrane-job-cuts", "SaaS Business News",
     "Lumbrane to cut 540 jobs and lowers revenue forecast",
     "Lumbrane, a maker of accounting software for small businesses, will cut about 12% of its workforce, or 540 "
     "jobs, and has lowered its revenue forecast for the year, the company said on Thursday. It now expects revenue of "
     "1.12 billion to 1.14 billion dollars, down from 1.18 billion to 1.2 billion. Chief executive Priya Venkataram "
     "said customers were taking longer to sign new contracts and that fewer small firms were opening. Most of the "
     "cuts will be in sales and marketing; the company will hire about 80 engineers to work on its artificial "
     "intelligence products. Lumbrane expects to pay 45 million dollars in severance and other charges, most of it "
     "this quarter. Quarterly revenue grew 9% to 281 million dollars, the slowest growth since it listed in 2020. The "
     "number of paying customers rose to 412,000 from 398,000 three months earlier. The shares fell 18% in after-hours "
     "trading. Lumbrane also said its chief operating officer, Daniel Ezeoke, would leave at the end of the year."),
    ("jb10", "https://www.retailworkerstoday.example/brightvale-strike-ends", "Retail Workers Today",
     "Brightvale warehouse strike ends with 7.5% pay deal",
     "Staff at Brightvale Supermarkets' four distribution centres ended a nine-day strike on Saturday after accepting "
     "a pay rise of 7.5% over two years, the union said. About 2,300 workers voted, and 71% were in favour. The "
     "company had first offered 4%, and the union had asked for 10%. Under the deal, pay will rise 4.5% from January "
     "and another 3% a year later, and night shifts will be paid 25% more, up from 20%. Brightvale said shelves in "
     "about a third of its 410 stores had run short of fresh food during the strike, which it said had cost about 14 "
     "million pounds in lost sales. Union organiser Keisha Bramwell said members had been paid less than workers at "
     "rival chains' warehouses. Brightvale's operations director, Neil Farrant, said the company would not keep the "
     "120 agency workers it had hired during the strike. Store staff, who have a separate agreement, were not part of "
     "the dispute."),
    ("jo01", "https://www.midlandsweekender.example/speedcubing-nationals", "Midlands Weekender",
     "Leeds student, 16, wins national speedcubing title",
     "A 16-year-old student from Leeds, Arjun Kallicharan, won the national speedcubing championship in Coventry on "
     "Sunday, solving the standard three-by-three puzzle cube in an average of 6.48 seconds over five attempts. In "
     "each round, a solver's fastest and slowest attempts are dropped and the other three are averaged. Kallicharan's "
     "fastest single solve, 5.12 seconds, was a national record, beating the 5.31 seconds set last year by the "
     "runner-up, Tomasz Wilczek, who averaged 6.91 seconds. Before each attempt, solvers have 15 seconds to study the "
     "scrambled cube, and the timer stops when they lift both hands from a mat. The championship drew 214 competitors, "
     "aged from seven to 61, in 17 events, including solving a cube blindfolded and with one hand. Kallicharan said "
     "he practised for about two hours a day after school. The organisers said 40 of the competitors were taking part "
     "in an official event for the first time. The world championship will be held in August."),
    ("jo02", "https://www.valeofhollinbrook.example/ferret-derby", "Vale of Hollinbrook News",
     "Ferret called Whisket wins Hollinbrook derby",
     "A ferret called Whisket won the Hollinbrook ferret derby on Saturday, running through the 10-metre plastic pipe "
     "in 7.8 seconds to beat 31 other ferrets at the village's harvest fair. Ferrets race in heats of four through "
     "clear pipes laid side by side, and the first out of the far end goes through to the next round. Whisket, who is "
     "three years old, belongs to a retired postman, Dennis Wragley, who said she had run more slowly in practice "
     "because she kept stopping to sleep. The final was restarted once after two ferrets turned round and went back "
     "to the start. Spectators paid 1 pound a bet on each heat, and the organisers said the fair had raised about "
     "3,400 pounds for the church roof. A vet checked every ferret before it raced, and two were withdrawn because "
     "they were too young. The derby has been held since 1998. Last year's winner, a ferret called Pipkin, came "
     "third."),
    ("jo03", "https://www.westcountryshowtimes.example/polgrew-sheaf-tossing", "West Country Show Times",
     "Dairy farmer wins Polgrew sheaf-tossing contest",
     "A dairy farmer, Annie Treloar, won the sheaf-tossing contest at the Polgrew agricultural show on Saturday, "
     "pitching a 4.5-kilogram sack of straw over a bar set at 8.6 metres. Competitors use a three-pronged pitchfork to "
     "throw the sheaf, a sack of straw tied with twine, over a bar that is raised after each round; each has three "
     "attempts at every height. Treloar, 41, was the only woman among the 19 competitors and won on fewer failed "
     "attempts after she and a forestry worker, Jory Trevanion, both cleared 8.6 metres and failed at 8.9 metres. The "
     "show's record, 9.4 metres, was set in 1987. The contest, which comes from the old farm job of pitching sheaves "
     "onto a hay wagon, was added to the show in 1952. Treloar said she had never thrown before last year. The winner "
     "received a silver cup and 150 pounds. About 6,000 people attended the two-day show, the organisers said, 1,000 "
     "more than last year."),
    ("jo04", "https://www.highlandtrailnews.example/glenarrow-unicycle-downhill", "Highland Trail News",
     "Mechanic and student win Glenarrow unicycle downhill",
     "A bicycle mechanic, Fenna Oudekerk, won the women's race of the Glenarrow mountain unicycle downhill on Sunday, "
     "riding the 2.4-kilometre forest track in 8 minutes 3 seconds, and the men's race went to a student, Rory "
     "Mackessack, in 6 minutes 55 seconds. Riders may put a foot down but must remount at the same place, and a "
     "marshal adds 10 seconds each time a rider walks with the unicycle. The track drops 310 metres through pine "
     "forest, over roots and rocks. Fifty-seven riders started and 49 finished; one broke a wrist and was taken to "
     "hospital. Oudekerk, who finished second last year, said she rode a unicycle with a 26-inch wheel and a brake "
     "fixed to the seat post. The race began in 2014 with nine riders. Riders must wear a full-face helmet and knee "
     "pads. The organisers said they would add an uphill race next year."),
    ("jo05", "https://www.alpenlandbote.example/altmoos-toboggan-race", "Alpenland Bote",
     "Nurses' hospital-bed sled wins Altmoos toboggan race",
     "A team of four nurses won the homemade toboggan race at Altmoos on Saturday, steering a sled built from a "
     "hospital bed frame down the 750-metre slope in 58.4 seconds. Teams of up to four must build their own "
     "toboggans, which may not be longer than three metres or have an engine, and the judges give a separate prize "
     "for the best design. Forty-one teams entered, and 12 toboggans broke apart or left the track before the finish. "
     "The nurses beat a team of carpenters, whose wooden sled shaped like a fire engine was 1.9 seconds slower. The "
     "best-design prize went to a group of students whose toboggan was built to look like a giant snail. The race was "
     "started in 1979 by the village ski club, which said about 2,500 people had watched. Entry cost 40 euros a team. "
     "No one was seriously hurt, although two riders were treated for bruises."),
    ("jo06", "https://www.cotsburyclarion.example/shin-kicking-championship", "Cotsbury Clarion",
     "Plasterer kicks his way to shin-kicking title",
     "A plasterer, Gethin Prothero, won the shin-kicking championship at the Cotsbury country games on Saturday, "
     "beating a farmer, Barnaby Cull, in the final by two falls to one. Two kickers hold each other by the shoulders "
     "and kick at each other's shins until one falls to the ground; the first to put his opponent down twice wins. "
     "Kickers may stuff straw down their trousers to soften the blows, and a referee, called a stickler, decides when "
     "a fall counts. Prothero, 35, had lost in the final in each of the past two years. Twenty-four men and six women "
     "entered, and the women's title went to a nursery teacher, Tess Harnden. The games, held on a hill above the "
     "town, date from 1612 and also include a tug of war and a sack race. About 4,000 people came, the organisers "
     "said, and tickets cost 8 pounds. Prothero said his shins were black and blue but that he would be back next "
     "year to defend the title."),
    ("jo07", "https://www.hartsbeckecho.example/county-dominoes", "Hartsbeck Echo",
     "Retired bus driver, 72, wins county dominoes title",
     "A retired bus driver, Winston Ablewhite, won the county dominoes championship at the Hartsbeck social club on "
     "Sunday, beating 95 other players over six rounds. The championship is played in the game's fives-and-threes "
     "form: players score when the dots at the two ends of the line add up to a multiple of five or three, and the "
     "first to 61 points wins a game. Ablewhite, 72, won the final against a hospital porter, Delroy Mabbitt, by three "
     "games to one. He said he had played every Friday night at the same club for 40 years. The entry of 96 players "
     "was the highest since the event moved to the club in 2010, and a quarter of them were under 30. The winner "
     "received 300 pounds and a wooden trophy carved by a club member. The organisers said they would hold a team "
     "event for the first time in April, with teams of four from 12 clubs."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="j", split="evaluation22",
                                      raw_name="eval22-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval22", arts, rows, problems, (("business, policy and tech articles", "jb"), ("others", "jo")))


if __name__ == "__main__":
    main()
