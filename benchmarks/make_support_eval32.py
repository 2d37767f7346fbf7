"""Build the thirty-second EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval32-articles.jsonl and eval32-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval32.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every capitalised word of the bodies, titles and sources was searched for as a word in tests/data, the demo corpus
(topline/demo/corpus, docs/demo-corpus) and ../shared/data first; the first draft's names found there, about thirty,
among them Thwaite, Heskey, Saltonstall, Quennell, Quillfeather, Kittering, Fenchurch, Marchbank, Grey and many first
names (Ambrose, Barnaby, Gethin, Idony, Isadora, Jocasta, Leopold, Oriane, Ossian, Ottilie, Perpetua, Ruairidh,
Wilhelmina, Winifred, then Gwilym, Jessamy, Lorcan, Odalys, Osric, Tobiah and Ysolde) and a loyalty scheme first called
Harvest, were replaced, twice over (a river first called Rushmere, a real place name, was renamed before the search); common words, real countries, continents and the composer
Handel are left). Ten articles are business, policy and tech news (kib01-kib10) of kinds no earlier part used (each
checked against the earlier parts' articles' titles and bodies: no earlier article has airport slots, a 3G switch-off,
cladding, a generic drug, cash machines, a loyalty scheme, a sleeper train, a returns charge, carbon credits or a
deposit scheme): an airline's sale of airport slots to a rival (pairs of slots, euros, routes dropped, slots kept,
approvals still needed, debt, staff offered jobs and none made redundant, the last sale's price, a passenger group), a
mobile operator's 3G switch-off (a date, customers on 3G-only phones, free phones and their cost, airwaves reused,
yearly savings, 2G kept until at least a year, a charity, rivals that switched off earlier), a housebuilder's
fire-safety provision (a further charge and the total, buildings surveyed, built between two years, repaired and still
to repair, residents not paying, profit cut, dividend held, suppliers sued, shares down), a generic drug launched on a
patent's expiry (a price 60% lower, the original's sales and share of its maker's revenue, a fall of up to 70%, a price
cut, job cuts not ruled out, savings, a stockpile, a court's rejection, shares, a next drug due to be filed), a bank's
sale of its cash machines (machines, pounds, free withdrawals for at least seven years, staff moving, withdrawals down,
a loss, the buyer's size after, an approval due, a managing director's promise, a capital ratio), a supermarket's
loyalty points halved (a penny to half a penny, points a pound unchanged, member prices, members, old points' deadline,
fuel discounts ended, a consumer group's cost a family, market share), a sleeper train's launch (a date, nights a week
then every night, hours and kilometres, passengers, fares, carriages leased, staff, a subsidy a year for five years, an
earlier service dropped, tickets due on sale), an online retailer's returns charge (pounds, shops and plan members
exempt, a return rate then and now, a cost a return, a loss against a profit, sales down, a warehouse closed, rivals,
shares up), a carbon registry's cancelled credits (credits, hectares protected, cleared and reported, an appeal due,
buyers to replace credits, a price, yearly checks from July, cloud cover blamed) and a bottle deposit scheme (a date,
cents, millilitres and litres, glass left out, shops above a floor area, a collection aim by a year, today's rate, a
handling fee, a set-up cost, return machines, a minister, small shops, drinks makers' wish for a later start). Seven
are on topics no earlier part uses (kio01-kio07; the earlier parts' articles were searched for the topic words first):
marmalade awards, a model boat regatta, a whistling championship, a gingerbread village contest, a wheelbarrow race, a
penny-farthing race and an angling match (a tug of war, first thought of, was left out: jo06 mentions one; a honey
show too, beside n08's beekeepers). Plans against done acts, scheduled events ("is expected to be completed", "will
switch off", "is due to be filed", "is expected to decide by June", "will start", "tickets go on sale", "is due to be
held"), negations ("none will be made redundant", "no longer be able", "will not be asked to pay", "has not ruled
out", "would not remove", "are not included", "would not reveal", "no instruments", "not safe to eat", "may not be
altered", "none was badly hurt"), figures in euros, pounds, pence, cents and dollars and in hectares, tonnes,
kilometres, metres, square metres, millilitres, litres, kilograms, inches, hours, minutes and seconds, percentages and
percentage points, speakers by role and by name, and actors named by description ("the airline", "the operator", "the
telecoms regulator", "the housebuilder", "the health service", "an independent operator", "the supermarket chain", "a
consumer group", "the online fashion retailer", "the registry", "the environment ministry", "a small shops'
association", "the organisers", "the museum").

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added, moved or dropped, voice changed, clauses reordered, two body sentences summed up in one, a
speaker by role and by name ("finance chief Ysenne Pranzell"), an actor by a short name or a description ("Corsavel",
"the housebuilder", "the retailer", "the operator"), synonyms and other verbs for the same act ("put aside" for "set
aside", "brought out" for "launched", "stockpiled" for "built up a stock of", "scrapped" for "will end", "came off" for
"fell", "put back alive" for "returned to the water alive"), a measure as the subject ("Cardivex brought in 2.1 billion
dollars in sales last year", "The cash machine network lost 21 million pounds last year"), figures restated in other
words ("more than halved" for a 55% fall, "half a penny" for 0.5 pence, "as much as" for "up to", "2030 at the
earliest" for "until at least 2030", "Forty-two", "Eight-year-old"), and analysis sentences (``kind`` "analysis")
that only combine or compute from one passage of the cited article (a price a pair and against an earlier price, slots
held before a sale, a share of customers, a cost a phone, savings against a cost, a provision before a charge,
buildings left, a profit fall, a maker's revenue from a share, sales after a fall, machines after a deal, a price a
machine, a share's fall in points, points' worth on a spend, a route's number, an average speed, a subsidy's total, a
charge against a cost, a swing, last year's sales from a fall, an area's multiple, credits' worth, credits left, a
target against a rate, deposits on a six-pack, entries' rise, an age at starting, a real tug's length, entrants in all,
years of whistling, weights together, entries against the first year, a runner-up's time, a speed, a distance, a
runner-up's laps, a weight gap, bank per angler). Each is fully supported by one passage (a sentence and its
neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong
figures, units, currencies and dates, wrong directions, negations dropped or reversed, plans and scheduled events told
as done, scope widened (returns in shops charged too, the base board edible too), wrong actors and swapped roles,
unsupported claims, invented causes, generic invented analysis, merged events citing two articles, content-free page
furniture), with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of
Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval32-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation32"; ids
"ki0001"... (two letters: every single letter, "ka" (eval25's), "kc" (eval26's), "kd" (eval27's), "ke" (eval28's),
"kf" (eval29's), "kg" (eval30's) and "kh" (eval31's) already start an earlier part's sentence ids; no sentence or
article id of any part starts with "ki"). The article ids "kib01"... and "kio01"... start with no earlier part's
article id prefix.
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
           "eval22-sentences.jsonl", "eval23-sentences.jsonl", "eval24-sentences.jsonl", "eval25-sentences.jsonl",
           "eval26-sentences.jsonl", "eval27-sentences.jsonl", "eval28-sentences.jsonl",
           "eval29-sentences.jsonl", "eval30-sentences.jsonl", "eval31-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl",
                    "eval27-articles.jsonl", "eval28-articles.jsonl", "eval29-articles.jsonl", "eval30-articles.jsonl",
                    "eval31-articles.jsonl")
# The id prefixes of the earlier parts' sentences
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc", "kd", "ke", "kf", "kg", "kh")
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco, kdb, kdo, keb, keo, kfb,
# kfo, kgb, kgo, khb, kho; this part's: kib, kio)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kib01": [
        ("Corsavel Airways is selling 14 pairs of daily slots at Brandmoor airport to Aldrevia for 310 million "
         "euros.", S),
        ("The airline announced the sale on Monday.", S),
        ("Aldrevia, a rival carrier, is paying 310 million euros for the slots, Corsavel said.", S),
        ("The slots now serve five domestic destinations, and Corsavel will stop flying to them from the end of "
         "March.", S),
        ("After the sale Corsavel will still hold 22 pairs of slots at Brandmoor.", S),
        ("Both the slot coordinator and the competition authority have to approve the deal.", S),
        ("The sale is expected to be completed in March.", S),
        ("Corsavel plans to use the proceeds to reduce its debt, which was 2.4 billion euros at the end of June.", S),
        ("The domestic routes had lost money for three straight years, finance chief Ysenne Pranzell said.", S),
        ("Aldrevia intends to use the slots for new flights to North America from next summer.", S),
        ("Around 120 ground staff at the airport will be offered other jobs at Corsavel, and nobody will be made "
         "redundant, the airline said.", S),
        ("When Brandmoor slots last changed hands, in 2019, a pair fetched about 18 million euros.", S),
        ("Corsavel shares gained 6%.", S),
        ("Two cities will lose their direct flights to Brandmoor, according to a passenger group.", S),
        ("Each pair of slots is being sold for about 22 million euros.", S, (), AN),
        ("Corsavel held 36 pairs of slots at Brandmoor before the sale.", S, (), AN),
        ("The price of a pair is about 4 million euros higher than in 2019.", S, (), AN),
        ("Corsavel is selling 41 pairs of slots to Aldrevia.", FIG),
        ("The slots are being sold for 130 million euros.", FIG),
        ("Corsavel's debt stood at 4.2 billion euros at the end of June.", FIG),
        ("Corsavel will keep 12 pairs of slots at the airport.", FIG),
        ("The sale is expected to be completed in May.", FIG),
        ("In 2019 a pair of slots at Brandmoor sold for about 80 million euros.", FIG),
        ("Corsavel's shares fell 6% after the announcement.", DIR),
        ("About 120 Corsavel ground staff will be made redundant.", DIR),
        ("The competition authority has approved the sale of the slots.", DIR),
        ("The domestic routes had made money for three years in a row, the finance chief said.", DIR),
        ("Aldrevia has agreed to sell 14 pairs of Brandmoor slots to Corsavel Airways.", ACT),
        ("Aldrevia's chief financial officer said the domestic routes had lost money.", ACT),
        ("Corsavel is selling the slots because the competition authority ordered it to.", CAUSE),
        ("Aldrevia will also take over Corsavel's lounge at Brandmoor.", CLAIM),
        ("The deal shows that airport slots have become airlines' most valuable assets.", GEN),
        ("Each pair of slots is being sold for about 31 million euros.", FIG, (), AN),
        ("Corsavel will use part of the money to buy Oldhaven Bank's cash machines at the airport.", MERGE,
         ("kib05",)),
    ],
    "kib02": [
        ("Telquessa is to shut down its 3G network on 30 September.", S),
        ("The operator, which launched 3G in 2004, announced the switch-off on Tuesday.", S),
        ("Some 410,000 Telquessa customers still have phones that only work on 3G.", S),
        ("Those customers will be unable to make calls once the 3G network is turned off.", S),
        ("Each of them will be offered a free 4G phone, which Telquessa said would cost it about 35 million euros "
         "in all.", S),
        ("Telquessa will use the freed airwaves for 5G.", S),
        ("The company said 5G would lift data speeds in rural areas by as much as 40%.", S),
        ("Turning off 3G will cut Telquessa's power and maintenance costs by about 60 million euros a year.", S),
        ("The regulator has told Telquessa to keep 2G running until 2030 at the earliest.", S),
        ("The 2G network must stay on for emergency calls and for devices like alarms and smart meters, the "
         "regulator said.", S),
        ("Evenfall, a charity for older people, said many of its members were unaware their phones would stop "
         "working.", S),
        ("Mobrenta and Vextel, two rival operators, shut their 3G networks last year.", S),
        ("Shop staff will help customers transfer their contacts to the new phones, chief technology officer Tormod "
         "Pellemore said.", S),
        ("Telquessa has about 9.2 million customers.", S),
        ("Fewer than one in twenty Telquessa customers still rely on 3G-only phones.", S, (), AN),
        ("The free phones will cost Telquessa roughly 85 euros each.", S, (), AN),
        ("The yearly savings are larger than the one-off cost of the free phones.", S, (), AN),
        ("Telquessa will switch off 3G on 30 November.", FIG),
        ("About 140,000 customers still use 3G-only phones.", FIG),
        ("The free phones will cost Telquessa about 53 million euros.", FIG),
        ("Switching off 3G will save about 16 million euros a year.", FIG),
        ("Telquessa must keep its 2G network running until at least 2035.", FIG),
        ("Telquessa will charge 3G customers for their new 4G phones.", DIR),
        ("Telquessa has already switched off its 3G network.", DIR),
        ("Customers with 3G-only phones will still be able to make calls after the switch-off.", DIR),
        ("5G will lower data speeds in rural areas, the company said.", DIR),
        ("Mobrenta will switch off its 3G network on 30 September.", ACT),
        ("Evenfall's chief technology officer said shop staff would help customers move their contacts.", ACT),
        ("Telquessa is switching off 3G because the regulator ordered it to.", CAUSE),
        ("Telquessa will switch off its 2G network in 2030.", CLAIM),
        ("The switch-off leaves the country's oldest mobile users behind.", GEN),
        ("Fewer than one in fifty Telquessa customers still rely on 3G-only phones.", FIG, (), AN),
        ("Telquessa will reuse the 3G airwaves to run wifi on Lunavia Rail's sleeper train.", MERGE, ("kib07",)),
    ],
    "kib03": [
        ("Brackensyde Homes has put aside another 95 million pounds for fire-safety repairs to apartment blocks it "
         "built.", S),
        ("Its total provision for the work now stands at 240 million pounds.", S),
        ("The housebuilder announced the extra charge on Thursday.", S),
        ("The charge followed surveys of a further 38 buildings, most of which were built between 2001 and 2012.",
         S),
        ("Brackensyde expects to work on 112 buildings in total.", S),
        ("Repairs have been completed at 41 buildings.", S),
        ("Residents will not have to pay for the repairs.", S),
        ("Hit by the charge, half-year pre-tax profit fell to 18 million pounds from 104 million a year before.", S),
        ("The interim dividend was held at 9 pence a share.", S),
        ("Brackensyde still expects to finish about 4,300 homes this year.", S),
        ("The company is suing two cladding suppliers to recover some of the cost, chief executive Ferelith "
         "Oakbrand said.", S),
        ("Residents of Marlingate Court said they had been waiting six years for the work to start.", S),
        ("Shares in the housebuilder dropped 4%.", S),
        ("Before the new charge, Brackensyde's provision stood at 145 million pounds.", S, (), AN),
        ("Repairs are still to be finished at 71 buildings.", S, (), AN),
        ("Half-year pre-tax profit fell by 86 million pounds.", S, (), AN),
        ("Brackensyde has set aside a further 59 million pounds.", FIG),
        ("The total provision now stands at 420 million pounds.", FIG),
        ("Repairs have been finished at 14 buildings.", FIG),
        ("Half-year pre-tax profit fell to 81 million pounds.", FIG),
        ("Most of the newly surveyed buildings were built between 1991 and 2002.", FIG),
        ("Brackensyde cut its interim dividend.", DIR),
        ("Residents will be asked to pay part of the cost.", DIR),
        ("Brackensyde's shares rose 4%.", DIR),
        ("Brackensyde no longer expects to complete 4,300 homes this year.", DIR),
        ("Two cladding suppliers are suing Brackensyde over the repairs.", ACT),
        ("The Marlingate Court residents' group said it was suing two cladding suppliers.", ACT),
        ("The defects were found after a fire at Marlingate Court.", CAUSE),
        ("Brackensyde will receive government money towards the repairs.", CLAIM),
        ("The charge shows the building safety crisis is far from over.", GEN),
        ("Before the new charge, Brackensyde's provision stood at 155 million pounds.", FIG, (), AN),
        ("Brackensyde's repairs will be paid for with money from Corsavel's sale of its Brandmoor slots.", MERGE,
         ("kib01",)),
    ],
    "kib04": [
        ("Nolvance Pharma has brought out a generic copy of Cardivex, a blood thinner.", S),
        ("The launch came hours after the drug's main patent, held by Strelitz Therapeutics, expired at midnight on "
         "Sunday.", S),
        ("Nolvance's version costs 60% less than Cardivex.", S),
        ("Cardivex brought in 2.1 billion dollars in sales last year.", S),
        ("The drug accounts for about a quarter of Strelitz's revenue.", S),
        ("Strelitz expects Cardivex sales to drop by as much as 70% within a year.", S),
        ("At least four more generic makers are set to enter the market, Strelitz said.", S),
        ("Strelitz has cut the price of Cardivex by 30%.", S),
        ("Strelitz has not ruled out cutting jobs.", S),
        ("Once generics take over, the health service expects to save about 400 million dollars a year.", S),
        ("Nolvance said it had stockpiled 90 million tablets.", S),
        ("In October a court turned down Strelitz's last bid to extend its protection.", S),
        ("Strelitz's shares lost 8% on Monday and Nolvance's gained 11%.", S),
        ("Strelitz's next drug, a treatment for kidney disease, is due to be submitted to regulators next year, "
         "chief executive Bartholome Quendrith said.", S),
        ("Strelitz's revenue last year was roughly 8.4 billion dollars.", S, (), AN),
        ("Cardivex sales could fall to about 630 million dollars within a year.", S, (), AN),
        ("Nolvance's version will sell for 40% less than the original.", FIG),
        ("Cardivex had sales of 1.2 billion dollars last year.", FIG),
        ("Strelitz expects sales of the drug to fall by up to 90% within a year.", FIG),
        ("Nolvance has built up a stock of 19 million tablets.", FIG),
        ("Strelitz's shares fell 18% on Monday.", FIG),
        ("The court rejected Strelitz's last attempt to extend its protection in December.", FIG),
        ("Strelitz has raised the price of Cardivex by 30%.", DIR),
        ("Strelitz has ruled out job cuts.", DIR),
        ("The court extended Strelitz's patent protection in October.", DIR),
        ("Strelitz's kidney drug has been filed with regulators.", DIR),
        ("Strelitz Therapeutics has launched a generic version of Nolvance's blood thinner.", ACT),
        ("Nolvance's chief executive said the company's next drug was for kidney disease.", ACT),
        ("Nolvance priced its copy 60% lower because the health service refused to pay more.", CAUSE),
        ("Strelitz is suing Nolvance for patent infringement.", CLAIM),
        ("The patent expiry marks the end of Strelitz's most profitable era.", GEN),
        ("Cardivex sales could fall to about 1.47 billion dollars within a year.", FIG, (), AN),
        ("Nolvance's generic tablets will be sold at Grenlowe's member prices.", MERGE, ("kib06",)),
    ],
    "kib05": [
        ("Oldhaven Bank is selling its 1,850 cash machines to Tillroe for 140 million pounds.", S),
        ("Tillroe, an independent operator, will take over the network, the bank said on Wednesday.", S),
        ("Oldhaven customers will be able to withdraw cash at the machines free of charge for at least seven "
         "years.", S),
        ("Around 260 staff who look after the machines will transfer to Tillroe.", S),
        ("Withdrawals at Oldhaven's machines are down 55% since 2019, according to the bank.", S),
        ("The cash machine network lost 21 million pounds last year.", S),
        ("The deal will make Tillroe, which already runs 4,300 machines, the country's biggest operator.", S),
        ("The competition authority has to approve the sale and is expected to decide by June.", S),
        ("Tillroe will not take out any machine in a town that has no other free cash machine within a mile, "
         "managing director Pascoe Dunmallard said.", S),
        ("A group campaigning for cash users said it feared that machines in cities would close.", S),
        ("Oldhaven said the sale would raise its core capital ratio by 0.1 percentage points.", S),
        ("Withdrawals at the bank's machines have more than halved since 2019.", S),
        ("Tillroe will run 6,150 machines after the deal.", S, (), AN),
        ("The price works out at about 76,000 pounds a machine.", S, (), AN),
        ("Oldhaven is selling 1,580 cash machines.", FIG),
        ("Tillroe is paying 410 million pounds for the machines.", FIG),
        ("Free withdrawals are guaranteed for at least three years.", FIG),
        ("Withdrawals at Oldhaven's machines have fallen by 35% since 2019.", FIG),
        ("The network lost 12 million pounds last year.", FIG),
        ("The sale will lift Oldhaven's core capital ratio by 1 percentage point.", FIG),
        ("The network made a profit of 21 million pounds last year.", DIR),
        ("Oldhaven's customers will have to pay to take out cash at the machines.", DIR),
        ("The competition authority has approved the deal.", DIR),
        ("Withdrawals at the machines have risen since 2019.", DIR),
        ("Tillroe is selling its 4,300 cash machines to Oldhaven Bank.", ACT),
        ("The campaign group for cash users said no machine would be removed from towns without another free "
         "machine.", ACT),
        ("Oldhaven is selling the network because the regulator told it to raise capital.", CAUSE),
        ("Tillroe plans to charge people who are not Oldhaven customers 2 pounds a withdrawal.", CLAIM),
        ("The sale marks another step towards a cashless society.", GEN),
        ("Tillroe will run 5,150 machines after the deal.", FIG, (), AN),
        ("Oldhaven will put cash machines in the carriages of Lunavia's sleeper train.", MERGE, ("kib07",)),
    ],
    "kib06": [
        ("Grenlowe's is halving the value of its Tallyleaf loyalty points from 1 March.", S),
        ("Each point will be worth half a penny instead of a penny, the supermarket chain said on Friday.", S),
        ("Members will go on earning one point for each pound they spend.", S),
        ("Grenlowe's will instead give members lower prices on around 2,000 products every week.", S),
        ("The Tallyleaf scheme has 7.8 million members.", S),
        ("Points collected already keep their current value as long as they are spent by the end of August.", S),
        ("The fuel discount of 5 pence a litre at Grenlowe's 140 filling stations will be scrapped.", S),
        ("Most members would rather have lower prices at the till than save up points, commercial director "
         "Ismeralda Fenwardine said.", S),
        ("A typical family will be about 30 pounds a year worse off, according to a consumer group.", S),
        ("The member prices will cost Grenlowe's about 70 million pounds a year, roughly what the points scheme "
         "costs now.", S),
        ("Grenlowe's market share slipped to 11.4% in the 12 weeks to January from 11.9% a year before.", S),
        ("The chain's share of the market fell by half a percentage point over the year.", S, (), AN),
        ("A member who spends 100 pounds will earn points worth 50 pence instead of 1 pound.", S, (), AN),
        ("Points will be worth a quarter of a penny each from 1 March.", FIG),
        ("Members will get lower prices on about 20,000 products each week.", FIG),
        ("The Tallyleaf scheme has 8.7 million members.", FIG),
        ("The change will cost a typical family about 300 pounds a year, a consumer group said.", FIG),
        ("Grenlowe's market share was 14.1% in the 12 weeks to January.", FIG),
        ("Points already collected keep their value if spent before the end of March.", FIG),
        ("Grenlowe's will double the value of its points.", DIR),
        ("Fuel discounts at Grenlowe's filling stations will be increased.", DIR),
        ("Grenlowe's market share rose in the 12 weeks to January.", DIR),
        ("Points already collected will lose their value on 1 March.", DIR),
        ("The consumer group said most members preferred lower prices at the till.", ACT),
        ("Grenlowe's said the change would cost a typical family about 30 pounds a year.", ACT),
        ("Grenlowe's is cutting the points' value because its market share fell.", CAUSE),
        ("Grenlowe's will close some of its 140 filling stations.", CLAIM),
        ("Loyalty schemes are losing their appeal as shoppers chase lower prices.", GEN),
        ("A member who spends 100 pounds will earn points worth 25 pence instead of 1 pound.", FIG, (), AN),
        ("Grenlowe's members will be able to spend their points on Velvetrow's returns charge.", MERGE, ("kib08",)),
    ],
    "kib07": [
        ("Lunavia Rail will start a sleeper service between Ostrebridge and Valcaro on 14 May.", S),
        ("The operator announced the new route on Monday.", S),
        ("Trains will run three nights a week to begin with and every night from September.", S),
        ("The 1,150-kilometre trip will take 13 hours.", S),
        ("Each train will have room for up to 420 passengers.", S),
        ("Passengers can travel in seats or in cabins for one, two or four people.", S),
        ("A seat will cost from 59 euros and a private cabin from 189 euros.", S),
        ("Lunavia has leased 24 carriages for ten years from a rolling stock company.", S),
        ("The operator will take on 90 staff.", S),
        ("The two governments will share a subsidy of 11 million euros a year for the first five years.", S),
        ("The last sleeper on the route was dropped in 2009 as demand fell.", S),
        ("Flying between the two cities takes less than two hours but emits far more carbon per passenger, "
         "founder Tamsinne Orrowby said.", S),
        ("Tickets will go on sale on 1 February.", S),
        ("It will be Lunavia's third sleeper route.", S, (), AN),
        ("The train will average about 88 kilometres an hour.", S, (), AN),
        ("The subsidy will total 55 million euros over the first five years.", S, (), AN),
        ("The sleeper train will start running on 14 March.", FIG),
        ("The 1,150-kilometre journey will take 31 hours.", FIG),
        ("Each train will carry up to 240 passengers.", FIG),
        ("Fares will start at 95 euros for a seat.", FIG),
        ("The governments will pay the subsidy for the first ten years.", FIG),
        ("Lunavia has leased 42 carriages.", FIG),
        ("The train will run every night from May and three nights a week from September.", DIR),
        ("Tickets for the sleeper are already on sale.", DIR),
        ("The sleeper that ran on the route until 2009 was dropped despite rising demand.", DIR),
        ("The service will be run without any public subsidy.", DIR),
        ("The rolling stock company will run the sleeper train.", ACT),
        ("A government minister said a flight between the two cities produced far more carbon per passenger.",
         ACT),
        ("Lunavia started the route because airlines cut flights between the two cities.", CAUSE),
        ("Lunavia plans to extend the route beyond Valcaro in 2028.", CLAIM),
        ("Sleeper trains are making a comeback across Europe.", GEN),
        ("The train will average about 115 kilometres an hour.", FIG, (), AN),
        ("Lunavia's sleeper will stop at Brandmoor airport, using slots bought from Corsavel.", MERGE, ("kib01",)),
    ],
    "kib08": [
        ("Velvetrow will start charging 1.95 pounds for online returns on 3 March.", S),
        ("The online fashion retailer announced the charge on Wednesday.", S),
        ("Returning items in one of Velvetrow's 46 shops will remain free.", S),
        ("Members of Velvetrow's delivery plan, which costs 9 pounds a year, will also still return items for "
         "free.", S),
        ("Customers send back about 38% of the clothes Velvetrow sells online, against 29% in 2021.", S),
        ("Each return costs Velvetrow about 4 pounds to handle.", S),
        ("The charge will be deducted from customers' refunds.", S),
        ("A small number of shoppers order the same item in several sizes and keep just one, chief executive "
         "Orlagh Mallinder said.", S),
        ("Velvetrow swung to a pre-tax loss of 12 million pounds in the year to January from a profit of 8 million "
         "pounds.", S),
        ("Sales fell 6% to 410 million pounds.", S),
        ("The retailer is closing its Thorncleave warehouse, with 150 jobs going.", S),
        ("Mossfinch and Pelligrew introduced similar charges last year.", S),
        ("Velvetrow shares jumped 9%.", S),
        ("The charge covers less than half of what a return costs Velvetrow to handle.", S, (), AN),
        ("Velvetrow's result swung by 20 million pounds.", S, (), AN),
        ("Velvetrow's sales were about 436 million pounds a year earlier.", S, (), AN),
        ("Velvetrow will charge 2.95 pounds for online returns.", FIG),
        ("About 83% of the clothes Velvetrow sells online are sent back.", FIG),
        ("Velvetrow made a pre-tax loss of 21 million pounds.", FIG),
        ("Sales fell 16% to 410 million pounds.", FIG),
        ("The Thorncleave warehouse closure will cost 510 jobs.", FIG),
        ("The returns charge will start on 3 May.", FIG),
        ("Returns in Velvetrow's shops will also be charged.", DIR),
        ("The share of clothes sent back has fallen since 2021.", DIR),
        ("Velvetrow's shares fell 9%.", DIR),
        ("Velvetrow made a pre-tax profit in the year to January.", DIR),
        ("Mossfinch will charge 1.95 pounds for online returns from 3 March.", ACT),
        ("Pelligrew's chief executive said some customers ordered several sizes and kept only one.", ACT),
        ("Velvetrow is closing Thorncleave because of the new returns charge.", CAUSE),
        ("Velvetrow expects the charge to cut returns by a quarter.", CLAIM),
        ("Free returns are becoming a thing of the past in online fashion.", GEN),
        ("Velvetrow's result swung by 4 million pounds.", FIG, (), AN),
        ("Velvetrow's returns charge was approved by Vessary's parliament.", MERGE, ("kib10",)),
    ],
    "kib09": [
        ("The Arbora Standard has cancelled 2.3 million carbon credits from a forest project in Tambirra.", S),
        ("Satellite images showed the forest had been cleared faster than the project reported, the registry said "
         "on Thursday.", S),
        ("One credit represents one tonne of carbon dioxide kept out of the atmosphere.", S),
        ("Verdanis Carbon runs the project, which protects about 180,000 hectares of rainforest.", S),
        ("The project has issued 6.1 million credits since 2016.", S),
        ("About 12,000 hectares had been cleared, the registry found, while the project's reports showed 3,000 "
         "hectares.", S),
        ("Verdanis disputes the findings and plans to appeal within 60 days.", S),
        ("Buyers of the cancelled credits, including an airline and two carmakers, must replace them if they used "
         "them towards climate targets.", S),
        ("On average the credits sold for about 9 dollars each.", S),
        ("From July, all forest projects will need yearly satellite checks by an independent firm, the registry "
         "said.", S),
        ("Cloud cover led to the images being misread, Verdanis chief executive Emeric Saltwhistle said.", S),
        ("The area cleared was four times what the project had reported.", S, (), AN),
        ("The cancelled credits were worth about 21 million dollars at the average price.", S, (), AN),
        ("The project has 3.8 million credits that were not cancelled.", S, (), AN),
        ("The registry cancelled 3.2 million credits.", FIG),
        ("The project protects about 18,000 hectares of rainforest.", FIG),
        ("About 21,000 hectares had been cleared, the registry found.", FIG),
        ("The credits sold for about 19 dollars each on average.", FIG),
        ("Verdanis will appeal within 90 days.", FIG),
        ("The project has issued credits since 2006.", FIG),
        ("Satellite images showed the forest had been cut down more slowly than reported.", DIR),
        ("Verdanis accepted the registry's findings.", DIR),
        ("Companies that bought the cancelled credits may keep using them to meet climate targets.", DIR),
        ("Verdanis's appeal has been rejected.", DIR),
        ("Verdanis Carbon has cancelled 2.3 million credits issued by the Arbora Standard.", ACT),
        ("The registry's chief executive said the images had been misread because of cloud cover.", ACT),
        ("The forest was cleared to make way for cattle ranches.", CAUSE),
        ("The airline that bought the credits is suing Verdanis.", CLAIM),
        ("The case deepens doubts about whether forest carbon credits can be trusted.", GEN),
        ("The area cleared was three times what the project had reported.", FIG, (), AN),
        ("The Arbora Standard will also check the collection rates of Vessary's deposit scheme.", MERGE, ("kib10",)),
    ],
    "kib10": [
        ("Vessary will introduce a deposit on drinks bottles and cans on 1 October.", S),
        ("The country's parliament has approved the deposit return scheme, the environment ministry said on "
         "Tuesday.", S),
        ("Shoppers will pay 25 cents extra on each covered plastic bottle or can and get the money back when they "
         "return the empty container.", S),
        ("The deposit applies to containers from 150 millilitres to 3 litres.", S),
        ("Glass bottles are left out of the scheme.", S),
        ("Shops of more than 100 square metres will have to accept returned containers, either by hand or with "
         "machines.", S),
        ("A non-profit body set up by drinks makers and retailers will run the scheme.", S),
        ("The scheme aims to collect 90% of containers by 2029.", S),
        ("About 55% of plastic bottles are recycled today.", S),
        ("Retailers will get a handling fee of 2 cents for each container.", S),
        ("Setting up the scheme should cost about 130 million euros, mostly for 6,000 return machines.", S),
        ("The scheme will reduce litter on beaches, environment minister Orsolya Kelderhaus said.", S),
        ("Some small shops will have to give up storage space because of the rules, their association said.", S),
        ("Drinks makers had wanted the scheme to start in 2028.", S),
        ("The scheme's collection target is 35 percentage points above today's recycling rate for plastic "
         "bottles.", S, (), AN),
        ("A shopper buying a six-pack of cans will pay 1.50 euros in deposits.", S, (), AN),
        ("Shoppers will pay a deposit of 52 cents on each bottle and can.", FIG),
        ("The deposit covers containers from 150 millilitres to 5 litres.", FIG),
        ("Shops larger than 1,000 square metres must take containers back.", FIG),
        ("The scheme aims to collect 90% of containers by 2039.", FIG),
        ("Retailers will be paid a handling fee of 20 cents a container.", FIG),
        ("Setting up the scheme will cost about 310 million euros.", FIG),
        ("Glass bottles are included in the scheme.", DIR),
        ("The start of the scheme has been put back to 2028, as drinks makers asked.", DIR),
        ("Shoppers will not get their deposit back when they return containers.", DIR),
        ("Drinks makers said the rules would force some of their members to give up storage space.", ACT),
        ("The environment ministry will run the deposit scheme.", ACT),
        ("Parliament approved the scheme because beaches had been closed by litter.", CAUSE),
        ("Shops that fail to take back containers will be fined up to 5,000 euros.", CLAIM),
        ("The scheme puts Vessary among the leaders of Europe's fight against plastic waste.", GEN),
        ("A shopper buying a six-pack of cans will pay 1.25 euros in deposits.", FIG, (), AN),
        ("The deposit return machines will be installed at Grenlowe's 140 filling stations.", MERGE, ("kib06",)),
    ],
    "kio01": [
        ("Petronel Honeybourne, a retired midwife, took the top prize at the Ardlethwaite marmalade awards.", S),
        ("Her winning marmalade was dark and thick-cut, made from bitter oranges.", S),
        ("It was picked from 1,940 entries from 31 countries.", S),
        ("Entries were up from 1,600 last year, the organisers said.", S),
        ("The judges taste each marmalade for balance, texture and set.", S),
        ("A jar that is not filled to the neck is marked down.", S),
        ("Honeybourne, 74, has made marmalade every January for 45 years.", S),
        ("She uses her mother's recipe, adding a spoonful of black treacle.", S),
        ("Eight-year-old Bastiaan Quillmarsh won the children's prize with a lime and ginger marmalade.", S),
        ("Selling the jars after the judging raised 11,200 pounds for the local hospice.", S),
        ("The awards began in 2006.", S),
        ("A food company will produce 5,000 jars of the winning marmalade for a department store.", S),
        ("Honeybourne would not say how long she boils the fruit.", S),
        ("Entries rose by 340 on last year.", S, (), AN),
        ("Honeybourne started making marmalade at about 29.", S, (), AN),
        ("Her jar was chosen from 9,140 entries.", FIG),
        ("Entries came from 13 countries.", FIG),
        ("Honeybourne has made marmalade every January for 54 years.", FIG),
        ("The jars raised 21,100 pounds for the hospice.", FIG),
        ("The awards were first held in 1996.", FIG),
        ("A food company will make 50,000 jars of the winning marmalade.", FIG),
        ("Entries fell from last year's 1,600.", DIR),
        ("Honeybourne revealed how long she boils the fruit.", DIR),
        ("A jar filled to the neck loses marks.", DIR),
        ("Bastiaan Quillmarsh won the top prize at the Ardlethwaite marmalade awards.", ACT),
        ("Honeybourne's mother won the top prize with a thick-cut marmalade.", ACT),
        ("Honeybourne won because of the black treacle in her recipe.", CAUSE),
        ("Honeybourne will receive a share of the department store's sales.", CLAIM),
        ("Home-made marmalade is enjoying a revival.", GEN),
        ("Entries rose by 440 on last year.", FIG, (), AN),
        ("Honeybourne's marmalade was served to the crowd at the Chellowby wheelbarrow race.", MERGE, ("kio05",)),
    ],
    "kio02": [
        ("A model steam tug made by retired ship's engineer Osrund Thwaitehall won the scale class at the "
         "Pendlemere model boat regatta.", S),
        ("The tug is built to a scale of 1 to 24 and measures 1.4 metres.", S),
        ("A small coal-fired boiler drives the model.", S),
        ("Thwaitehall, 80, said the tug had taken nine years to build.", S),
        ("He worked from the plans of a tug he had served on in 1966.", S),
        ("Forty-two boats competed over the two days on the town's boating lake.", S),
        ("The lake was drained and cleaned last winter.", S),
        ("Kenza Marrable, 15, steered a boat to 64 kilometres an hour in the fast electric class.", S),
        ("In the sailing race two yachts collided and one of them sank.", S),
        ("A club member wearing waders recovered the sunken yacht.", S),
        ("Around 1,300 spectators watched the regatta.", S),
        ("The regatta has taken place every year since 1952 except 2020 and 2021.", S),
        ("The club's 61 members have an average age of 67, secretary Tobrand Kitterwell said.", S),
        ("The club is looking for new members.", S),
        ("The real tug was about 34 metres long.", S, (), AN),
        ("The tug took Thwaitehall nearly a decade to build.", S, (), AN),
        ("The model is built at a scale of 1 to 42.", FIG),
        ("The model tug is 4.1 metres long.", FIG),
        ("Thwaitehall said the tug had taken him 19 years to build.", FIG),
        ("Kenza Marrable's boat reached 46 kilometres an hour.", FIG),
        ("Twenty-four boats took part in the regatta.", FIG),
        ("The regatta has been held every year since 1925.", FIG),
        ("The model tug is driven by an electric motor.", FIG),
        ("The sunken yacht could not be recovered.", DIR),
        ("The club is turning away new members.", DIR),
        ("The regatta went ahead in 2020 and 2021.", DIR),
        ("Kenza Marrable's steam tug won the scale class.", ACT),
        ("Thwaitehall, the club's secretary, said it was looking for new members.", ACT),
        ("The lake was drained after a yacht sank in last year's race.", CAUSE),
        ("Thwaitehall's tug will go on show at a maritime museum.", CLAIM),
        ("Model boating is struggling to attract younger people.", GEN),
        ("The real tug was about 24 metres long.", FIG, (), AN),
        ("Thwaitehall's tug was later sold at the Ardlethwaite marmalade awards.", MERGE, ("kio01",)),
    ],
    "kio03": [
        ("Dental nurse Wenna Askwell won the open title at the Corrowgate whistling championship.", S),
        ("She whistled a Handel aria and a folk tune.", S),
        ("A panel of three judges gave her 88 points out of 100.", S),
        ("Askwell, 29, has whistled since the age of six.", S),
        ("She practises in her car as she drives to work.", S),
        ("Askwell beat 33 other whistlers.", S),
        ("The holder, Lorrick Brinkhurst, finished fourth.", S),
        ("Whistlers can use their lips, teeth or fingers, but not instruments.", S),
        ("No piece may be longer than three minutes.", S),
        ("Odelyne Marchvale, 10, took the junior class by imitating a blackbird.", S),
        ("After 18 years in a pub, the contest moved to the town hall this year.", S),
        ("Some 450 people came to listen.", S),
        ("Entries are up by half since a video of last year's final was viewed 2 million times online, the "
         "organisers said.", S),
        ("Askwell wins 1,000 pounds and a silver whistle.", S),
        ("There were 34 whistlers in the open class.", S, (), AN),
        ("Askwell has been whistling for about 23 years.", S, (), AN),
        ("The judges gave Askwell 98 points out of 100.", FIG),
        ("Askwell beat 43 other whistlers.", FIG),
        ("Each piece may last no more than five minutes.", FIG),
        ("The contest had been held in a pub for 81 years.", FIG),
        ("Askwell receives 10,000 pounds and a silver whistle.", FIG),
        ("Whistlers may use instruments.", DIR),
        ("Entries have halved since the video of last year's final.", DIR),
        ("The holder, Lorrick Brinkhurst, kept his title.", DIR),
        ("Lorrick Brinkhurst won the open title at Corrowgate.", ACT),
        ("Odelyne Marchvale won the open title with a Handel aria.", ACT),
        ("The contest moved to the town hall because the pub closed.", CAUSE),
        ("Askwell has been invited to whistle on national television.", CLAIM),
        ("Whistling is an art form that deserves more recognition.", GEN),
        ("There were 33 whistlers in the open class.", FIG, (), AN),
        ("Askwell's silver whistle was made by the Pendlemere model boat club.", MERGE, ("kio02",)),
    ],
    "kio04": [
        ("Pastry chef Jessaminde Wrenmarsh won the Emberly gingerbread village contest with a model of the town's "
         "railway station.", S),
        ("The model includes a clock and a steam train.", S),
        ("It is 1.1 metres long.", S),
        ("Wrenmarsh used 14 kilograms of gingerbread and 6 kilograms of icing.", S),
        ("The model took her 160 hours.", S),
        ("Entries are judged on skill, likeness and their use of edible materials.", S),
        ("Apart from the base board, everything must be edible.", S),
        ("Seventy-one gingerbread buildings were entered.", S),
        ("The buildings form a village on display at the town museum until 6 January.", S),
        ("A family of five won the family prize with a model of the parish church.", S),
        ("Last year 9,800 visitors voted for their favourite building.", S),
        ("The station's glass roof, made of boiled sugar, was the hardest part and cracked twice, Wrenmarsh "
         "said.", S),
        ("When the contest began in 2011, it had 12 entries.", S),
        ("After the show the buildings will be broken up and composted because they will not be safe to eat, the "
         "museum said.", S),
        ("The model used 20 kilograms of gingerbread and icing together.", S, (), AN),
        ("The contest had 59 more entries than in its first year.", S, (), AN),
        ("The model used 41 kilograms of gingerbread.", FIG),
        ("The model took 610 hours to make.", FIG),
        ("Seventeen buildings were entered.", FIG),
        ("The village is on show at the museum until 16 January.", FIG),
        ("The contest began in 2001.", FIG),
        ("Visitors will be allowed to eat the buildings after the show.", DIR),
        ("The base board must also be edible.", DIR),
        ("The station's glass roof was the easiest part, Wrenmarsh said.", DIR),
        ("The family of five won the contest with a model of the railway station.", ACT),
        ("The museum said the station's roof had cracked twice.", ACT),
        ("Wrenmarsh chose the railway station because her father was a signalman.", CAUSE),
        ("Wrenmarsh's station will be sold at auction for charity.", CLAIM),
        ("Gingerbread villages have become a much-loved Christmas tradition.", GEN),
        ("The contest had 49 more entries than in its first year.", FIG, (), AN),
        ("Wrenmarsh's gingerbread station was judged by the Corrowgate whistling champion.", MERGE, ("kio03",)),
    ],
    "kio05": [
        ("Farm workers Brogan Heskwith and Caddoc Fernihough won the Chellowby wheelbarrow race.", S),
        ("They completed the 2.4-kilometre course through the village in 11 minutes 52 seconds.", S),
        ("Each team of two takes turns to push the other in the barrow.", S),
        ("Teams have to stop at four pubs along the way and drink half a pint.", S),
        ("Sixty teams entered, most of them in costume.", S),
        ("The winners' barrow had a pneumatic tyre.", S),
        ("They beat the second-placed team by 14 seconds.", S),
        ("The pair trained by pushing hay bales across a field, Heskwith said.", S),
        ("A team whose barrow lost its wheel on the hill by the church carried it to the finish.", S),
        ("The race was first held in 1979.", S),
        ("This year's race raised 6,800 pounds towards a new village hall roof.", S),
        ("Barrows have to be shop-bought and may not be changed except for their tyres.", S),
        ("Next year's race is due on the same bank holiday.", S),
        ("The second-placed team finished in 12 minutes 6 seconds.", S, (), AN),
        ("The winners averaged about 12 kilometres an hour.", S, (), AN),
        ("The course is 4.2 kilometres long.", FIG),
        ("The winners took 15 minutes 52 seconds.", FIG),
        ("Teams must stop at six pubs on the way.", FIG),
        ("Sixteen teams took part.", FIG),
        ("The race raised 8,600 pounds for the village hall.", FIG),
        ("The race was first run in 1997.", FIG),
        ("The winners finished 14 seconds behind the team in second place.", DIR),
        ("Teams may alter their barrows as they wish.", DIR),
        ("The team whose barrow lost a wheel dropped out of the race.", DIR),
        ("Heskwith and Fernihough's barrow lost its wheel on the hill by the church.", ACT),
        ("The organisers said the winners had trained by pushing hay bales.", ACT),
        ("The winners fitted a pneumatic tyre after crashing in last year's race.", CAUSE),
        ("The winners will receive a trophy made from an old barrow wheel.", CLAIM),
        ("Village races like this hold rural communities together.", GEN),
        ("The winners averaged about 20 kilometres an hour.", FIG, (), AN),
        ("The Chellowby winners later raced their barrow against the Knollbury penny-farthings.", MERGE, ("kio06",)),
    ],
    "kio06": [
        ("Retired dentist Tegryn Tallentire won the Knollbury penny-farthing race.", S),
        ("He rode 40 laps of the 1.1-kilometre town centre circuit in the hour.", S),
        ("Riders have one hour to cover as many laps as possible.", S),
        ("Tallentire, 63, finished one lap clear of the runner-up, Hennelore Crake.", S),
        ("Crake won the women's race.", S),
        ("Tallentire's penny-farthing was built in 1884 and has a 52-inch front wheel.", S),
        ("Twenty-eight riders took part, including four from abroad.", S),
        ("Three riders came off at the sharp corner by the market cross, though none was badly injured.", S),
        ("The race takes place every four years.", S),
        ("Riders have to wear period costume.", S),
        ("Around 6,000 people lined the streets.", S),
        ("Tallentire has ridden penny-farthings for 30 years.", S),
        ("He built his first penny-farthing from parts he found at a scrapyard.", S),
        ("Tallentire covered 44 kilometres in the hour.", S, (), AN),
        ("Crake completed 39 laps.", S, (), AN),
        ("Tallentire completed 44 laps.", FIG),
        ("The circuit is 1.4 kilometres long.", FIG),
        ("His machine has a front wheel 25 inches across.", FIG),
        ("His machine was built in 1848.", FIG),
        ("Eighty-two riders took part.", FIG),
        ("The race is held every ten years.", FIG),
        ("Tallentire finished a lap behind Hennelore Crake.", DIR),
        ("Several riders were badly hurt in falls at the market cross.", DIR),
        ("Riders are not required to wear period dress.", DIR),
        ("Hennelore Crake won the Knollbury penny-farthing race.", ACT),
        ("Crake said she had built her first penny-farthing from scrapyard parts.", ACT),
        ("Three riders fell because the road was wet.", CAUSE),
        ("Tallentire set a course record.", CLAIM),
        ("The penny-farthing race is the town's proudest tradition.", GEN),
        ("Tallentire covered 40 kilometres in the hour.", FIG, (), AN),
        ("Tallentire rode his penny-farthing along the river during the Rushbeck angling match.", MERGE,
         ("kio07",)),
    ],
    "kio07": [
        ("Plumber Dermot Pilkingham won the Rushbeck open angling match with 31.6 kilograms of bream and roach.", S),
        ("The 84 anglers fished for five hours.", S),
        ("They fished from pegs along a 2-kilometre stretch of the river.", S),
        ("The pegs were drawn by lot at the start.", S),
        ("All the fish were weighed at the end and put back alive.", S),
        ("Pilkingham, 45, had drawn a peg by a deep bend where bream collect in cold weather.", S),
        ("Hesper Cowdrill came second with 24.3 kilograms.", S),
        ("The biggest fish caught was a 4.2-kilogram bream.", S),
        ("Pilkingham won 1,200 pounds from the entry fees.", S),
        ("The river was high after last week's rain, and the organisers said the match had nearly been called "
         "off.", S),
        ("The match dates back to 1965.", S),
        ("The number of pegs limits the match to 84 anglers.", S),
        ("Pilkingham plans to spend his prize on a new rod.", S),
        ("Pilkingham's catch was 7.3 kilograms heavier than Cowdrill's.", S, (), AN),
        ("Each angler had about 24 metres of bank.", S, (), AN),
        ("Pilkingham's catch weighed 36.1 kilograms.", FIG),
        ("The anglers fished for eight hours.", FIG),
        ("Hesper Cowdrill weighed in 42.3 kilograms.", FIG),
        ("The heaviest single fish was a bream of 2.4 kilograms.", FIG),
        ("The winner took home 2,100 pounds.", FIG),
        ("The match has been held since 1956.", FIG),
        ("The fish were kept after being weighed.", DIR),
        ("The match was called off because the river was high.", DIR),
        ("Anglers chose their own pegs.", DIR),
        ("Hesper Cowdrill won the Rushbeck open angling match.", ACT),
        ("Hesper Cowdrill had drawn the peg by the deep bend where bream gather.", ACT),
        ("Pilkingham won because he used a new type of bait.", CAUSE),
        ("Pilkingham also won the match last year.", CLAIM),
        ("Match fishing remains one of the country's most popular sports.", GEN),
        ("Pilkingham's catch was 8.3 kilograms heavier than Cowdrill's.", FIG, (), AN),
        ("Pilkingham's catch was shown at the Emberly museum beside the gingerbread village.", MERGE, ("kio04",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kib01", "Travel: more airline news."),
    ("kib02", "Sign up for our telecoms newsletter."),
    ("kib03", "Advertisement."),
    ("kib05", "Share this article."),
    ("kib07", "Map: the new sleeper route."),
    ("kib09", "Read more on carbon markets."),
    ("kio01", "More photos from the marmalade awards."),
    ("kio03", "Listen: the winning whistle."),
    ("kio05", "Gallery: the fancy dress teams."),
    ("kio07", "[Image: the winning catch]"),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels in a venv under /tmp/suppeval32-venv, one server on 127.0.0.1:8433 (--n_ctx 8192), json_object,
# date 2026-12-22, --timeout 600, TOPLINE_LLM_BREAKER_FAILURES=20 (the environment; topline/ unchanged), machine at
# load 13-31. The collection was started as soon as the article bodies had passed the name and shingle checks (the
# bodies were not changed after it), three editions one after the other (A: kib01-kib05, kio01, kio02; B: kib06-kib10,
# kio03, kio04; C: kio05-kio07, kib01, kib03, kib06, kib09), 20:17-20:47 UTC. The server was first started with two
# threads; under that load its first answer took about nine minutes, so it was restarted with one thread (edition A's
# call 2 is the failed call of that restart; every later call was answered). A fourth edition of the articles never
# shown (kib06, kib09, kio01, kio03, kio06, kio07) made no call: the edition put those six articles on no category
# page, as A-C had. eval32-smollm2_raw.jsonl holds the 70 records of A (31), B (26) and C (13), each edition's calls
# numbered from 1. Only kib01-kib05, kib07, kib08, kib10, kio02, kio04 and kio05 were shown to the model. A sentence
# the model wrote again in a later call (the same string) is listed once, where it first appears; a later call's
# near-copy (a full stop or a few words dropped) is left out, as the comments say.
SMOLLM2: list[tuple] = [
    # edition A (kib01-kib05, kio01, kio02), call 1 (story, kib04); the answer stops at the token limit
    ("kib04", "Nolvance Pharma has launched a generic version of the blood-thinning drug Cardivex, hours after the main "
              "patent held by the drug's maker expired.", S),
    ("kib04", "In October a court rejected Strelitz' last attempt to extend its protection, and it was expected to fall "
              "by 70% within a year as at least four more generic makers enter the market.", FIG),  # "up to" dropped
    # call 2 failed: the server was restarted with one thread (see the comment above)
    # call 3 (story, kib01)
    ("kib01", "Corsavel Airways has agreed to sell 14 pairs of daily take-off and landing slots at Aldrevia for 310 "
              "million euros, the airline said on Monday.", ACT),   # the buyer told as the airport
    ("kib01", "...", CF),
    ("kib01", "Corsavel will keep 22 pairs of slots at the airport.", S),
    ("kib01", "The current number is 16, and 20 more are set to be sold in June.", CLAIM),
    # call 4 (repair, kib01)
    ("kib01", "Corsavel will use the money to pay down its debt, which stood at 2.4 billion euros at the end of June.",
     S),
    # call 5 (story, kib05)
    ("kib05", "Oldhaven Bank has agreed to sell its network of 1,850 cash machines to Tillroe, an independent "
              "operator.", S),
    ("kib05", "...", CF),
    ("kib05", "The bank said it will continue to offer cash-only services for 140 million pounds, the company added "
              "last year.", FIG),   # 140 million pounds is the price of the sale
    ("kib05", "It is a major player in the industry and has been praised by the bank's CEO for its commitment to "
              "innovation.", CLAIM),
    # call 6 (repair, kib05)
    ("kib05", "Oldhaven's customers will still be able to take out cash free of charge at the machines for at least "
              "seven years under the deal.", S),
    # call 7 (signals, kib01, kib04, kib05)
    ("kib01", "Corsavel Airways has agreed to sell 14 pairs of daily take-off and landing slots at 3.7 billion euros",
     FIG),
    # call 8 (story, kib02)
    ("kib02", "The Telequessa to Switch Off its 3G Network in September and give 4G phones to 410,000 customers.", S),
    ("kib02", "...", CF),
    ("kib02", "The Telequessa will offer each of them a 4G phone free of charge, at a cost it put at about 35 million "
              "euros.", S),
    # call 9 (repair, kib02)
    ("kib02", "About 410,000 of its 9.2 million customers still use phones that work only on 3G and will no longer be "
              "able to make calls once the network is gone.", S),
    ("kib02", "Telquessa will offer each of them a 4G phone free of charge, at a cost it put at about 35 million "
              "euros.", S),
    ("kib02", "This includes all its customers who use 3G connectivity but do not have 4G technology yet.", S),
    # call 10 (story, kib03)
    ("kib03", "The new charge follows surveys of 38 more buildings, most of them built between 2014 and 2015.", FIG),
    ("kib03", "...", CF),
    # call 11 (repair, kib03)
    ("kib03", "Brackensyde Homes has set aside a further 95 million pounds to repair fire-safety defects in apartment "
              "blocks it built, taking its total provision to 240million pounds, the housebuilder said on Thursday.",
     S),
    ("kib03", "The new charge follows surveys of 38 more buildings, most of them built between 2012 and 2016.", FIG),
    ("kib03", "The report says that a total of 95 million pounds of fire-safety defects have been repaired since the "
              "start of 2017.", FIG),   # 95 million pounds is the new charge
    # call 12 (story, kio02)
    ("kio02", "A model steam tug built by a retired ship's engineer, Osrund Thwaitehall, won the scale class at the "
              "Pendlemere model boat regatta on Sunday.", S),
    # call 13 (repair, kio02)
    ("kio02", "The model, built at a scale of 1 to 24, is 1.4 metres long and is driven by a small coal-fired "
              "boiler.", S),
    # call 14 (story, kib05): a sentence of call 5 again, and "..."
    # call 15 (signals, kib02, kib03, kib05, kio02)
    ("kib03", "The new charge follows surveys of 38 more buildings.", S),
    ("kio02", "...", CF),
    # call 16 (story, kib04)
    ("kib04", "Nolvance Pharma has launched a generic version of the blood-thinning drug Cardivex, hours after the main "
              "patent held by Strelitz Therapeutics expired.", S),
    ("kib04", "In October a court rejected Strelitz's last attempt to extend its protection, as it had sold 2.1 "
              "billion dollars last year.", CAUSE),
    ("kib04", "Cardivex has been approved for use in the treatment of kidney disease by the FDA and is now available "
              "at a discounted price.", CLAIM),
    ("kib04", "Strelitz's chief executive, Bartholome Quendrith, said the company's next drug was due to be filed with "
              "regulators next year.", S),
    # calls 17 (repair, kib04) and 18 (story, kio02): sentences of calls 16 and 12 again
    # call 19 (story, kib02)
    ("kib02", "The telecoms regulator said Telquessa must keep its 2G network running until at least 2030 for "
              "emergency calls and smart meters.", S),
    # call 20 (repair, kib02)
    ("kib02", "About 4.2 million of its 9.2 million customers still use phones that work only on 3G and will no "
              "longer be able to make calls once the network is gone.", FIG),
    # call 21 (signals, kib02, kib04, kio02)
    ("kib04", "The company's new blood-thinning drug, Nolvex, has been approved by the FDA for $1.2 billion.", CLAIM),
    ("kib04", "Pharmelium is a major player in the biotech industry and has made significant strides in combating "
              "cancer.", CLAIM),
    ("kib04", "Nolvance Pharma's new blood-thinning drug, Nolvex, has been approved by the FDA for $1.2 billion.",
     CLAIM),
    # call 22 (story, kib04)
    ("kib04", "Nolvance Pharma has sales of 2.1 billion dollars last year, about a quarter of Strelitz's revenue.",
     ACT),   # Cardivex's sales given to Nolvance
    # call 23 (repair, kib04)
    ("kib04", "In October a court rejected Strelitz's last attempt to extend its protection, through a patent on a new "
              "way of taking the pill.", S),
    # call 24 (story, kib05); call 25 is the same answer again
    ("kib05", "The data is from the report, which includes details on how the oldhaven bank has sold its 1,850 cash "
              "machines to Tillroe.", DIR),   # agreed to sell, still to be approved, told as done
    ("kib05", "The new order will include a total of 260 staff who service the machines and will move to Tillroe.", S),
    ("kib05", "Cash withdrawals at Oldhaven's machines have fallen by 55% since 2019, the bank said on Wednesday.", S),
    ("kib05", "The network lost 21 million pounds last year.", S),
    ("kib05", "The new order is expected to be completed in 3 months.", CLAIM),
    # calls 26-28 (stories of kib01, kib03, kib02): sentences of calls 3, 10 and 19 again
    # call 29 (signals, kib01-kib05)
    ("kib04", "Nolvance launches cheaper copy of Strelitz's blood thin Cardivex as patent expires", S),
    ("kib04", "Nolvance Pharma has launched a new drug to combat the disease that causes malaria, a virus spread by "
              "mosquitoes.", CLAIM),
    ("kib04", "The drug is being tested on 140,000 patients.", CLAIM),
    # call 30 (story, kib03)
    ("kib03", "The new charge cuts the company's half-year pre-tax profit to 18 million pounds.", S),
    ("kib03", "Brackensyde now expects to carry out work on 4,300 homes this year.", FIG),   # 4,300 homes completed
    # call 31 (repair, kib03): a sentence of call 11 again
    # edition B (kib06-kib10, kio03, kio04), call 1 (story, kib07)
    ("kib07", "A new sleeper train will run between Ostrebridge and Valcaro from May 14, the operator, Lunavia Rail, "
              "said on Monday.", S),
    ("kib07", "...", CF),
    ("kib07", "The train will run three nights a week at first.", S),
    ("kib07", "In each night, it will carry up to 420 passengers and take one or two people for the 1,150-kilometre "
              "journey.", FIG),   # cabins are for one, two or four people
    ("kib07", "Fares will start at 59 euros for a seat.", S),
    ("kib07", "In each seat, it will cost 189 euros for a private cabin.", FIG),   # "from 189 euros" told as the price
    # call 2 (repair, kib07)
    ("kib07", "Each train will carry up to 420 passengers, in cabins for one, two or four people and in seats.", S),
    ("kib07", "Each car is a single seat.", CLAIM),
    # call 3 (story, kib10)
    ("kib10", "Vessary approves a 25-cent deposit on drinks bottles and cans from October, the environment ministry "
              "said on Tuesday.", S),
    ("kib10", "The scheme will be run by a non-profit body set up by drink makers and retailers to collect 90% of "
              "containers by 2028.", FIG),
    ("kib10", "The rest will be handed back when they return the empty container.", CLAIM),
    ("kib10", "Vessary's Parliament has approved a deposit on plastic bottles and cans from October, the environment "
              "ministry said on Tuesday.", S),
    # call 4 (repair, kib10)
    ("kib10", "The scheme will be run by a non-profit body set up by drinks makers and retailers, which aims to collect "
              "90% of containers by 2029.", S),
    # call 5 (story, kib08)
    ("kib08", "The online fashion retailer Velvetrow will charge customers 1.95 pounds to send back items bought from 3 "
              "March, the company said on Wednesday.", S),
    ("kib08", "...", CF),
    # call 6 (repair, kib08)
    ("kib08", "Returns made in its 46 shops will stay free, as will returns by members of its 9-pound-a-year delivery "
              "plan.", S),
    # call 7 (signals, kib07, kib08, kib10)
    ("kib07", "Lunavia Rail to run a sleeper train between Ostrebridge and Valcaro from May.", S),
    ("kib10", "Vessary approves a 25-cent deposit on drinks bottles and cans from October.", S),
    ("kib10", "The scheme will be run by the environment ministry's 3rd-tier department of the state, which is "
              "responsible for the development of the Velvetrow to charge 1.95 pounds of returns made in its 46 shops.",
     MERGE, ("kib08",)),
    # calls 8 and 9 (stories, kib10): "..." only
    ("kib10", "...", CF),
    # call 10 (story, kib07)
    ("kib07", "A new sleeper train will run between Ostrebridge and Valcaro from 14 May, the operator, Lunavia Rail, "
              "said on Monday.", S),
    # call 11 (story, kio04); call 12 is the same answer again
    ("kio04", "A pastry chef, Jessaminde Wrenmarsh, won the Emberly gingerbread village contest on Sunday with a model "
              "of the town's railway station.", S),
    ("kio04", "The model was made from boiled sugar and cracked twice.", FIG),   # the roof was, not the model
    ("kio04", "It took 160 hours to make it.", S),
    # call 13 (story, kib08)
    ("kib08", "Returns made in its 46 shops will stay free, as does returns by members of its 9-pound a year delivery "
              "plan.", S),
    # call 14 (repair, kib08)
    ("kib08", "Velvetrow made a pre-tax loss of 12 million pounds in the year to January, against a profit of 8.6% "
              "earlier this year on sales down 6%, while 40 years ago, Velvetrow made a pre-tax loss of 93.7%.", FIG),
    ("kib08", "This is a typical example of how data can be used as an opportunity for creative storytelling.", GEN),
    # call 15 (signals, kib07, kib08, kib10, kio04); its first sentence is call 7's without the full stop
    ("kio04", "A pastry chef, Jessaminde Wrenmarsh, will be the first to receive a £100 bonus for his role in the "
              "Vessary rail project.", CLAIM),
    ("kib07", "Vessary Rail to run a sleeper train between Ostrebridge and Valcaro from May", ACT),
    # call 16 (story, kio04)
    ("kio04", "Wrenmarsh said the hardest part was the glass roof, made from boiled sugar, which cracked twice.", S),
    ("kio04", "She said it took 160 hours to make this.", S),
    ("kio04", "The model is a 1.1 metre long and used 14 kilograms of gingerbread and 6 kilograms of icing and took "
              "160 hours to make this.", S),
    ("kio04", "This is the first time in history that a model has been built using edible materials, and it's also "
              "one of only two models ever made.", CLAIM),
    ("kio04", "A bakery was attacked by a group of people who were wearing masks.", CLAIM),
    ("kio04", "They had no idea what they were doing.", CLAIM),
    ("kio04", "The bakery said the attack happened in the middle of the night when they had just finished baking "
              "bread, and they didn't know what to do.", CLAIM),
    # call 17 (repair, kio04)
    ("kio04", "The model, 1.1 metres long, used 14 kilograms of gingerbread and 6 kilograms of icing and took 160 hours "
              "to make, she said.", S),
    # calls 18-21 (stories of kib10, kib10, kib08, kib10): "..." and sentences of calls 5, 13 and 3 again (call 21's
    # lead is call 3's with "said Tuesday")
    # call 22 (repair, kib10)
    ("kib10", "Shoppers will pay a deposit of 25 cents on every plastic bottle and can get it back when they return "
              "the empty container.", DIR),   # the size range dropped: every bottle, of any size
    ("kib10", "This is a common practice in many countries, but there are some exceptions.", GEN),
    # call 23 (story, kib07)
    ("kib07", "The train will run three nights a week at first and rising to every night from September.", S),
    ("kib07", "In the 1st month, it takes one day for the entire journey.", FIG),
    ("kib07", "Each train will carry up to 420 passengers, in cabins for one, two or four people.", S),
    # call 24 (story, kio04)
    ("kio04", "The model is made from boiled sugar and has two sides.", CLAIM),
    ("kio04", "A chocolate cake, made by Jessaminde Wrenmarsh, was the only one to win the Emberly gingerbread village "
              "contest.", FIG),
    ("kio04", "It took 160 hours of baking to make it a reality.", CLAIM),   # 160 hours of making, not of baking
    # call 25 (signals, kib07, kib08, kib10, kio04)
    ("kib10", "A 25-cent deposit on plastic bottles and cans will be paid by the local authorities, a new campaign has "
              "revealed.", ACT),   # shoppers pay it
    ("kio04", "The model of the town's railway station will have a 30% chance to become a luxury hotel in 6 months.",
     CLAIM),
    ("kib07", "The train is set to open at 2:45pm on Monday.", FIG),   # the service starts on 14 May
    ("kib07", "[Lunavia Rail, a new campaign has revealed that the local authorities will be paying £30 million for "
              "the construction of a luxury railway station in 6 months.", CLAIM),
    # call 26 (story, kib10): call 15's first sentence again, and "..."
    # edition C (kio05-kio07, kib01, kib03, kib06, kib09), calls 1-3 (story, repair, story of kib01, kib01, kib03):
    # sentences of edition A's calls 3, 4 and 10 again
    # call 4 (repair, kib03)
    ("kib03", "Brackensyde Homes has set aside a further 95 million pounds to repair fire-safety defects in apartment "
              "blocks it built, taking its total provision to 240 million pounds.", S),
    ("kib03", "The housebuilder said on Thursday that the new charge follows surveys of 38 more buildings.", S),
    ("kib03", "The new charge following these surveys is a significant increase for the building's current price tag "
              "of 175million dollars, with the average being 96 percent higher than last year.", CLAIM),
    ("kib03", "The housebuilder said on Thursday that it will be able to offer discounts in the future at 30% off.",
     CLAIM),
    # call 5 (story, kio05)
    ("kio05", "Two farm workers, Brogan Heskwith and Caddoc Fernihough, won the Chellowby wheelbarrow race on Monday, "
              "covering 2.4-kilometres through the village in 11 minutes.", FIG),   # 11 minutes 52 seconds
    ("kio05", "...", CF),
    # call 6 (repair, kio05)
    ("kio05", "The race, first run in 1979, raised 6,800 pounds towards a new roof for the village hall.", S),
    # call 7 (signals, kio05, kib03)
    ("kib03", "The new charge follows surveys of 38 more buildings, most of them built between 2001 and 2012, per "
              "Housing Today.", S),
    ("kio05", "Farm workers win Chellowby wheelbarrow race with a barrow on a pneumatic tyre", S),
    # call 8 (story, kio05)
    ("kio05", "Two farm workers, Brogan Heskwith and Caddoc Fernihough, won the Chellowby wheelbarrow race on Monday, "
              "covering 2.4-kilometres through the village in 11 minutes 52 seconds.", S),
    ("kio05", "Teams of two take turns to push each other in a barrow and must stop at four pubs on the way to drink "
              "half a pint.", S),
    # calls 9 and 10 (stories of kib03, kib01): sentences of edition A's calls 10 and 3 again
    # call 11 (repair, kib01)
    ("kib01", "Corsavel Airways has agreed to sell 14 pairs of daily take-off and landing slots at Brandmoor airport to "
              "its rival Aldrevia for a total of 310 million euros, the airline said on Monday.", S),
    # call 12 (signals, kio05, kib01, kib03): its first three sentences are calls 7's, 6's and edition A's call 3's
    # (without its last words) again
    ("kib03", "...and the market is changing, with new demand for fire safety in a region that was once considered too "
              "dangerous.", GEN),
    ("kib03", "The market has changed to include more of the old, and it's not just about the new ones.", GEN),
    # call 13 (story, kib03)
    ("kib03", "The new charge follows surveys of 38 more buildings, most of them built between 2014 and 2016.", FIG),
]

BODIES = [
    ("kib01", "https://www.airlinebusiness.example/corsavel-airways-brandmoor-slots-aldrevia", "Airline Business Daily",
     "Corsavel Airways sells 14 pairs of Brandmoor slots to Aldrevia for 310 million euros",
     "Corsavel Airways has agreed to sell 14 pairs of daily take-off and landing slots at Brandmoor airport to its "
     "rival Aldrevia for 310 million euros, the airline said on Monday. The slots are now used for flights to five "
     "domestic destinations, which Corsavel will stop serving from the end of March. Corsavel will keep 22 pairs of "
     "slots at the airport. The sale must be approved by the airport's slot coordinator and by the competition "
     "authority, and is expected to be completed in March. Corsavel will use the money to pay down its debt, which "
     "stood at 2.4 billion euros at the end of June. Chief financial officer Ysenne Pranzell said the domestic routes "
     "had lost money for three years in a row. Aldrevia plans to use the slots for new flights to North America from "
     "next summer. About 120 Corsavel ground staff at the airport will be offered jobs elsewhere in the company, and "
     "none will be made redundant, the airline said. Slots at Brandmoor last changed hands in 2019, when a pair sold "
     "for about 18 million euros. Corsavel's shares rose 6%. A passenger group said two cities would be left with no "
     "direct flights to Brandmoor."),
    ("kib02", "https://www.mobileworld.example/telquessa-3g-switch-off-september", "Mobile World Report",
     "Telquessa to switch off its 3G network in September and give 4G phones to 410,000 customers",
     "Telquessa will switch off its 3G mobile network on 30 September, the operator said on Tuesday, ending a service "
     "it launched in 2004. About 410,000 of its 9.2 million customers still use phones that work only on 3G and will "
     "no longer be able to make calls once the network is gone. Telquessa will offer each of them a 4G phone free of "
     "charge, at a cost it put at about 35 million euros. The airwaves freed will be reused for 5G, which the company "
     "said would raise data speeds in rural areas by up to 40%. Switching off 3G will save Telquessa about 60 million "
     "euros a year in power and maintenance. The telecoms regulator said Telquessa must keep its 2G network running "
     "until at least 2030 for emergency calls and for devices such as alarms and smart meters. A charity for older "
     "people, Evenfall, said many of its members did not know their phones would stop working. Rival operators "
     "Mobrenta and Vextel switched off their 3G networks last year. Telquessa's chief technology officer, Tormod "
     "Pellemore, said staff in its shops would help customers move their contacts to the new phones."),
    ("kib03", "https://www.housingtoday.example/brackensyde-homes-fire-safety-provision", "Housing Today",
     "Brackensyde Homes sets aside another 95 million pounds for fire-safety repairs",
     "Brackensyde Homes has set aside a further 95 million pounds to repair fire-safety defects in apartment blocks "
     "it built, taking its total provision to 240 million pounds, the housebuilder said on Thursday. The new charge "
     "follows surveys of 38 more buildings, most of them built between 2001 and 2012. Brackensyde now expects to "
     "carry out work on 112 buildings in all, and repairs have been finished at 41 of them. Residents will not be "
     "asked to pay. The charge cut the company's half-year pre-tax profit to 18 million pounds, from 104 million a "
     "year earlier. Brackensyde kept its interim dividend at 9 pence a share and said it still expected to complete "
     "about 4,300 homes this year. Chief executive Ferelith Oakbrand said the company was suing two cladding "
     "suppliers to recover part of the cost. A residents' group at one of the blocks, Marlingate Court, said it had "
     "waited six years for the work to begin. Brackensyde's shares fell 4%."),
    ("kib04", "https://www.pharmaledger.example/nolvance-generic-cardivex-launch", "Pharma Ledger",
     "Nolvance launches cheaper copy of Strelitz's blood thinner Cardivex as patent expires",
     "Nolvance Pharma has launched a generic version of the blood-thinning drug Cardivex, hours after the main patent "
     "held by the drug's maker, Strelitz Therapeutics, expired at midnight on Sunday, Nolvance said. Its version "
     "will sell for 60% less than the original. Cardivex had sales of 2.1 billion dollars last year, about a quarter "
     "of Strelitz's revenue. Strelitz said it expected sales of the drug to fall by up to 70% within a year as at "
     "least four more generic makers enter the market. It has cut its own price by 30% and has not ruled out job "
     "cuts. The health service expects to save about 400 million dollars a year once generics take over. Nolvance "
     "said it had built up a stock of 90 million tablets to meet demand. In October a court rejected Strelitz's last "
     "attempt to extend its protection, through a patent on a new way of taking the pill. Strelitz's shares fell 8% "
     "on Monday, while Nolvance's rose 11%. Strelitz's chief executive, Bartholome Quendrith, said the company's next "
     "drug, for kidney disease, was due to be filed with regulators next year."),
    ("kib05", "https://www.retailbanking.example/oldhaven-bank-sells-cash-machines-tillroe", "Retail Banking Weekly",
     "Oldhaven Bank sells its 1,850 cash machines to Tillroe for 140 million pounds",
     "Oldhaven Bank has agreed to sell its network of 1,850 cash machines to Tillroe, an independent operator, for "
     "140 million pounds, the bank said on Wednesday. Oldhaven's customers will still be able to take out cash free "
     "of charge at the machines for at least seven years under the deal. About 260 staff who service the machines "
     "will move to Tillroe. Cash withdrawals at Oldhaven's machines have fallen by 55% since 2019, the bank said, and "
     "the network lost 21 million pounds last year. Tillroe, which runs 4,300 machines, will become the country's "
     "largest operator. The competition authority must approve the sale and is expected to decide by "
     "June. Tillroe's managing director, Pascoe Dunmallard, said the company would not remove any machine in a town "
     "with no other free cash machine within a mile. A campaign group for cash users said it feared machines in "
     "cities would close. Oldhaven said the sale would lift its core capital ratio by 0.1 percentage points."),
    ("kib06", "https://www.grocerywatch.example/grenlowes-harvest-points-value-halved", "Grocery Watch",
     "Grenlowe's halves the value of its Tallyleaf points and ends fuel discounts",
     "Grenlowe's will cut the value of points in its Tallyleaf loyalty scheme from one penny to half a penny each from 1 "
     "March, the supermarket chain said on Friday. Members will still earn one point for every pound they spend. In "
     "return, Grenlowe's will offer members lower prices on about 2,000 products each week. The scheme has 7.8 "
     "million members. Points already collected will keep their old value if they are spent before the end of "
     "August. Discounts on fuel at the chain's 140 filling stations, now worth 5 pence a litre, will end. Commercial "
     "director Ismeralda Fenwardine said most members preferred lower prices at the till to saving up points. A "
     "consumer group said the change would cost a typical family about 30 pounds a year. Grenlowe's said it would "
     "spend about 70 million pounds a year on the member prices, about the same as the points scheme costs now. The "
     "chain's market share was 11.4% in the 12 weeks to January, down from 11.9% a year earlier."),
    ("kib07", "https://www.railtravel.example/lunavia-sleeper-ostrebridge-valcaro", "Rail Travel Review",
     "Lunavia Rail to run a sleeper train between Ostrebridge and Valcaro from May",
     "A new sleeper train will run between Ostrebridge and Valcaro from 14 May, the operator, Lunavia Rail, said on "
     "Monday. The train will run three nights a week at first, rising to every night from September, and will take "
     "13 hours for the 1,150-kilometre journey. Each train will carry up to 420 passengers, in cabins for one, two or "
     "four people and in seats. Fares will start at 59 euros for a seat and 189 euros for a private cabin. Lunavia "
     "has leased 24 carriages from a rolling stock company for ten years and will hire 90 staff. The two countries' "
     "governments will pay a subsidy of 11 million euros a year between them for the first five years. The route "
     "last had a sleeper service in 2009, when it was dropped because of falling demand. Lunavia's founder, Tamsinne "
     "Orrowby, said a flight between the two cities took under two hours but produced far more carbon per "
     "passenger. Tickets go on sale on 1 February. Lunavia already runs two other sleeper routes."),
    ("kib08", "https://www.fashionretail.example/velvetrow-online-returns-charge", "Fashion Retail News",
     "Velvetrow to charge 1.95 pounds for online returns as it swings to a loss",
     "The online fashion retailer Velvetrow will charge customers 1.95 pounds to send back items bought online from "
     "3 March, the company said on Wednesday. Returns made in its 46 shops will stay free, as will returns by members "
     "of its 9-pound-a-year delivery plan. About 38% of the clothes Velvetrow sells online are sent back, up from 29% "
     "in 2021, and handling each return costs it about 4 pounds. The charge will be taken from the refund. Chief "
     "executive Orlagh Mallinder said a small number of customers ordered several sizes of the same item and kept "
     "only one. Velvetrow made a pre-tax loss of 12 million pounds in the year to January, against a profit of 8 "
     "million pounds a year earlier, on sales down 6% to 410 million pounds. It will also close a warehouse at "
     "Thorncleave, with the loss of 150 jobs. Two rivals, Mossfinch and Pelligrew, brought in similar charges last "
     "year. Velvetrow's shares rose 9%."),
    ("kib09", "https://www.carbonmarkets.example/arbora-standard-cancels-verdanis-credits", "Carbon Markets Monitor",
     "Arbora Standard cancels 2.3 million credits from Verdanis forest project in Tambirra",
     "The Arbora Standard, a registry of carbon credits, has cancelled 2.3 million credits issued to a forest project "
     "in Tambirra after satellite images showed the forest had been cut down faster than the project reported, the "
     "registry said on Thursday. Each credit stands for one tonne of carbon dioxide kept out of the air. The project, "
     "run by Verdanis Carbon, protects about 180,000 hectares of rainforest and had issued 6.1 million credits since "
     "2016. The registry found that about 12,000 hectares had been cleared, against the 3,000 hectares shown in the "
     "project's reports. Verdanis said it disputed the findings and would appeal within 60 days. Companies that "
     "bought the cancelled credits, among them an airline and two carmakers, will have to replace them if they used "
     "them to meet climate targets. The credits sold for about 9 dollars each on average. The registry also said it "
     "would require yearly satellite checks by an independent firm for all forest projects from July. Verdanis's "
     "chief executive, Emeric Saltwhistle, said the images had been misread because of cloud cover."),
    ("kib10", "https://www.policydesk.example/vessary-deposit-return-scheme-october", "Policy Desk",
     "Vessary approves a 25-cent deposit on drinks bottles and cans from October",
     "Vessary's parliament has approved a deposit return scheme for drinks containers that will start on 1 October, "
     "the environment ministry said on Tuesday. Shoppers will pay a deposit of 25 cents on every plastic bottle and "
     "can from 150 millilitres to 3 litres, and get it back when they return the empty container. Glass bottles are "
     "not included. Shops larger than 100 square metres must take containers back, by hand or with machines. The "
     "scheme will be run by a non-profit body set up by drinks makers and retailers, which aims to collect 90% of "
     "containers by 2029. At present about 55% of plastic bottles are recycled. Retailers will be paid a handling "
     "fee of 2 cents a container. Setting up the scheme is expected to cost about 130 million euros, most of it for "
     "6,000 return machines. Environment minister Orsolya Kelderhaus said the scheme would cut litter on beaches. A "
     "small shops' association said the rules would force some of its members to give up storage space. Drinks "
     "makers had asked for the start to be delayed to 2028."),
    ("kio01", "https://www.countryfare.example/ardlethwaite-marmalade-awards", "Country Fare",
     "Retired midwife's thick-cut marmalade wins Ardlethwaite awards",
     "A retired midwife, Petronel Honeybourne, won the top prize at the Ardlethwaite marmalade awards on Saturday with "
     "a dark, thick-cut marmalade made from bitter oranges. Her jar was chosen from 1,940 entries sent in from 31 "
     "countries, up from 1,600 last year, the organisers said. Judges taste each marmalade for balance, texture and "
     "set, and a jar that is not filled to the neck loses marks. Honeybourne, 74, said she had made marmalade every "
     "January for 45 years to her mother's recipe, with a spoonful of black treacle. The children's prize went to "
     "Bastiaan Quillmarsh, 8, for a lime and ginger marmalade. The jars are sold after the judging, and the 11,200 "
     "pounds raised will go to the local hospice. The awards were first held in 2006. A food company will make the "
     "winning marmalade in a batch of 5,000 jars to be sold in a department store. Honeybourne said she would not "
     "reveal how long she boils the fruit."),
    ("kio02", "https://www.pendlemerepost.example/steam-tug-model-boat-regatta", "Pendlemere Post",
     "Retired engineer's model steam tug wins Pendlemere regatta's scale class",
     "A model steam tug built by a retired ship's engineer, Osrund Thwaitehall, won the scale class at the Pendlemere "
     "model boat regatta on Sunday. The model, built at a scale of 1 to 24, is 1.4 metres long and is driven by a "
     "small coal-fired boiler. Thwaitehall, 80, said it had taken him nine years to build, working from the plans of a "
     "tug he served on in 1966. Forty-two boats took part over two days on the town's boating lake, which was "
     "drained and cleaned last winter. In the fast electric class, a boat steered by 15-year-old Kenza Marrable "
     "reached 64 kilometres an hour. Two yachts collided in the sailing race and one sank; a club member in waders "
     "got it back. About 1,300 people watched. The regatta has been held every year since 1952, apart from 2020 and "
     "2021. The club is looking for new members, its secretary, Tobrand Kitterwell, said, as its 61 members have an "
     "average age of 67."),
    ("kio03", "https://www.corrowgatetimes.example/dental-nurse-whistling-championship", "Corrowgate Times",
     "Dental nurse whistles Handel to win Corrowgate championship",
     "A dental nurse, Wenna Askwell, won the open title at the Corrowgate whistling championship on Saturday, "
     "whistling an aria by Handel and a folk tune. She scored 88 points out of 100 from a panel of three judges. "
     "Askwell, 29, said she had whistled since she was six and practised in her car on the way to work. She beat 33 "
     "other whistlers, among them the holder, Lorrick Brinkhurst, who came fourth. Whistlers may use their lips, "
     "teeth or fingers but no instruments, and each piece may last no more than three minutes. A ten-year-old, "
     "Odelyne Marchvale, won the junior class by copying the song of a blackbird. The contest moved to the town hall "
     "this year after 18 years in a pub, and about 450 people came to listen. The organisers said entries had risen "
     "by half since a video of last year's final was watched 2 million times online. Askwell receives 1,000 pounds "
     "and a silver whistle."),
    ("kio04", "https://www.emberlyecho.example/gingerbread-railway-station-wins", "Emberly Echo",
     "Pastry chef's gingerbread railway station wins Emberly contest",
     "A pastry chef, Jessaminde Wrenmarsh, won the Emberly gingerbread village contest on Sunday with a model of the "
     "town's railway station, complete with a clock and a steam train. The model, 1.1 metres long, used 14 kilograms "
     "of gingerbread and 6 kilograms of icing and took 160 hours to make, she said. Entries are judged on skill, "
     "likeness and the use of edible materials, and everything except the base board must be edible. Seventy-one "
     "buildings were entered, and together they make up a village that is on show at the town's museum until 6 "
     "January. A model of the parish church by a family of five won the family prize. Visitors can vote for their "
     "favourite, and 9,800 people did so last year. Wrenmarsh said the hardest part was the station's glass roof, "
     "made from boiled sugar, which cracked twice. The contest began in 2011 with 12 entries. The buildings will be "
     "broken up and composted after the show, the museum said, because they are not safe to eat after weeks on "
     "display."),
    ("kio05", "https://www.chellowbynews.example/farm-workers-win-wheelbarrow-race", "Chellowby News",
     "Farm workers win Chellowby wheelbarrow race with a barrow on a pneumatic tyre",
     "Two farm workers, Brogan Heskwith and Caddoc Fernihough, won the Chellowby wheelbarrow race on Monday, covering "
     "the 2.4-kilometre course through the village in 11 minutes 52 seconds. Teams of two take turns to push each "
     "other in a barrow and must stop at four pubs on the way to drink half a pint. Sixty teams entered, most of "
     "them dressed up. The winners, whose barrow had been fitted with a pneumatic tyre, finished 14 seconds "
     "ahead of the team in second place. Heskwith said they had trained by pushing hay bales across a field. One "
     "barrow lost its wheel on the hill by the church, and its team finished the course carrying it. The race, first "
     "run in 1979, raised 6,800 pounds towards a new roof for the village hall. Under the rules, barrows must be "
     "bought from a shop and may not be altered apart from their tyres. Next year's race is due to be held on the "
     "same bank holiday."),
    ("kio06", "https://www.knollburyadvertiser.example/penny-farthing-race", "Knollbury Advertiser",
     "Retired dentist rides 40 laps to win Knollbury penny-farthing race",
     "A retired dentist, Tegryn Tallentire, won the Knollbury penny-farthing race on Saturday, completing 40 laps of "
     "a 1.1-kilometre circuit around the town centre in an hour. Riders have an hour to complete as many laps as they "
     "can. Tallentire, 63, finished a lap ahead of the second-placed rider, Hennelore Crake, who won the women's "
     "race. His machine has a front wheel 52 inches across and was built in 1884. Twenty-eight riders took part, four "
     "of them from abroad. Three riders fell at the sharp corner by the market cross, but none was badly hurt. The "
     "race is held every four years, and riders must wear period dress. About 6,000 people lined the streets to "
     "watch. Tallentire said he had ridden penny-farthings for 30 years and had built his first one from parts found "
     "at a scrapyard."),
    ("kio07", "https://www.riverandrod.example/rushbeck-open-angling-match", "River and Rod",
     "Plumber's 31.6-kilogram catch of bream and roach wins Rushbeck open match",
     "A plumber, Dermot Pilkingham, won the Rushbeck open angling match on Sunday with a catch of bream and roach "
     "weighing 31.6 kilograms. The 84 anglers fished for five hours from pegs along a 2-kilometre stretch of the "
     "river, drawn by lot at the start. All fish are weighed at the end and returned to the water alive. "
     "Pilkingham, 45, said he had drawn a peg near a deep bend where bream gather in cold weather. The angler in "
     "second place, Hesper Cowdrill, weighed in 24.3 kilograms. The heaviest single fish was a bream of 4.2 "
     "kilograms. The winner took home 1,200 pounds of the entry fees. The river was high after rain last week, and "
     "the match was nearly called off, the organisers said. The match has been held since 1965 and is limited to 84 "
     "anglers by the number of pegs. Pilkingham said he would spend his winnings on a new rod."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="ki", split="evaluation32",
                                      raw_name="eval32-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval32", arts, rows, problems, (("business, policy and tech articles", "kib"), ("others", "kio")))


if __name__ == "__main__":
    main()
