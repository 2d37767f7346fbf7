"""Build the twenty-third EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval23-articles.jsonl and eval23-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval23.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (lb01-lb10): a ferry operator
dropping a loss-making route (passengers down, a ship sold and the other moved, staff offered other jobs, a harbour
master looking for another operator, a regional council not told in advance), a bank's quarter (profit down on bad
loan provisions for property developers, net interest income down as rates fell, a capital ratio, a buyback kept
and no second one, a miss against analysts' forecast), a data protection fine of a pharmacy chain (prescription
records left open by a contractor's server, customers told late, no appeal, a contract ended), a sugar levy doubled
(two bands, an untaxed band, yearly revenue and its use, an industry association's warning, a vote still to come),
a cloud provider's outage and service credits (an update rolled out everywhere at once, a new rule for updates, a
promised availability, a regulator asking two banks for a report), state aid for a steelmaker's electric furnace
(conditions in return for the aid, emissions cut, job losses through retirement, a grid line), a toy maker's
profit warning on tariffs (a forecast range lowered, sales by region, prices raised, production moved, the dividend
kept), a water company's sewage fine (not passed on to customers, a cap on bills below the rise asked for, a review
considered), a city's scooter tender (two winners, fewer scooters, parking bays and fines, a fee raised, a loser
studying a court challenge) and a copper mine's permit (cost, output and life, desalinated water, one community's
agreement and another's court case, a decision still to take, a stake for sale); plans against done acts ("will
be offered", "would go ahead", "is studying whether to challenge", "would decide whether to build", "is expected to
vote"), negations ("had not been told", "would not appeal", "would not start a second one", "may not pass the
fine on", "may not pay dividends", "no one would be forced to leave", "would not cut its dividend"), ranges and
estimates ("between 55 million and 65 million", "by up to 30%", "about a quarter", "roughly 70%", "at least 15
years"), a speaker by role and by name, and actors named by description ("the ferry operator", "the pharmacy
chain", "the cloud provider", "the steelmaker", "the maker of wooden train sets and puzzles", "the water company").
Seven are on topics no earlier part uses (lo01-lo07; the earlier parts' README lists, the earlier articles, the
demo corpus and ../shared/data were searched for the topic words): a quoits championship, a crokinole open, a
homemade raft race, a national yo-yo championship, a tractor pull, a chess boxing bout and a stone-lifting contest.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("dropped" for "fell", "put aside" for "set aside", "shut"
for "closed", "bring in" for "raise", "alerted" for "told", "put up" for "raised", "granted" for "received", "took
up" for "started playing", "snaps" for "breaks"), a measure as the subject ("Income from fees grew 7%", "The
prescription records of about 210,000 Medovia customers could be seen on the internet", "Customers' bills may rise
by no more than 21%", "This year copper prices have climbed about 20%"), figures restated in other words ("a
quarter of their monthly bill", "since 1880 or earlier", "by 21 points to 17", "one site after another"), and
analysis sentences (``kind`` "analysis") that only combine or compute from one passage of the cited article (staff
not offered jobs, a year-earlier figure from a fall or a rise, a miss against a forecast, a ratio's fall in points,
a fine per customer, weeks in days, a levy's extra revenue and a band's rise, downtime allowed by an availability
promise, the share of a cost covered by aid and the rest, a workforce after cuts, a forecast midpoint's fall, a cap
against a request in points, a fine per person served, two winners' scooters against one, the bidders not chosen, a
fee's rise as a fraction, output over a mine's life, a cost without an addition, entrants from those beaten, a
winning margin, ringers in points, twenties in points, games won by a runner-up, finishers from starters, a
runner-up's time, an average speed, years of playing, a distance short of a full pull, an attendance rise, a rating
gap, chess rounds counted from the rules, competitors added up and those who did not lift every stone). Each is
fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading. Unsupported
sentences (origin "planted"): every error kind (wrong figures, units and dates, wrong directions, negations dropped or
reversed, plans told as done, wrong actors and swapped roles, unsupported claims, invented causes, generic invented
analysis, merged events citing two articles, content-free page furniture), with analysis sentences whose
computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are
in SMOLLM2 below, labelled by reading; their raw answers are in eval23-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation23"; ids "l0001"... (the earlier
parts' sentence ids use b, c, d, e, f, g, h, i, j, k, m, n, o, p, q, r, s, t, u, v, w, x, y and z; "l" starts only
article ids of an earlier part, which are a letter and two digits, so "l" and four digits meets none of them).
Article ids lb01-lb10 and lo01-lo07 (no earlier part's article ids start with "lb" or "lo").
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
           "eval22-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl")
EARLIER_IDS = "bcdefghijkmnopqrstuvwxyz"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, jb, jo, kb, ko, mb, mo, qb, qo, rb, ro, sb, so,
# tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo; this part's: lb, lo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "lb01": [
        ("Saltvenne Line will end its Hadsby-Kirrholm ferry service on 30 April.", S),
        ("The ferry operator has run the route between Hadsby and Kirrholm since 1996.", S),
        ("Last year 610,000 passengers used the crossing, 22% fewer than the year before.", S),
        ("Fuel and port fees went up by about a quarter, Saltvenne said.", S),
        ("In the year to September the route made a loss of 14 million euros.", S),
        ("The Solveig Saltvenne, one of the route's two ships, will be sold.", S),
        ("The other ship will move to Saltvenne's busier route to Ostvik.", S),
        ("Of the roughly 170 people who work on the route, 120 will be offered jobs elsewhere in the group.", S),
        ("Oddny Breivold, Kirrholm's harbour master, said the port had already spoken to two other operators.", S),
        ("The regional council said Saltvenne had not told it about the decision in advance.", S),
        ("Saltvenne received 3 million euros a year from the regional council to keep the winter sailings going.", S),
        ("Freight customers can switch to the Ostvik route, although it takes 90 minutes longer.", S),
        ("Saltvenne's shares did not move in Oslo.", S),
        ("About 50 of the route's staff will not be offered other jobs in the group.", S, (), AN),
        ("The year before, about 782,000 passengers used the crossing.", S, (), AN),
        ("Saltvenne Line will stop sailing between Hadsby and Kirrholm on 30 June.", FIG),
        ("Passenger numbers on the crossing rose 22% last year.", DIR),
        ("The route made a profit of 14 million euros in the year to September.", DIR),
        ("Saltvenne will sell both of the route's ships.", FIG),
        ("All 170 crew and port staff will be offered other jobs in the group.", FIG),
        ("The regional council said it had been told of the closure months in advance.", DIR),
        ("Oddny Breivold, Saltvenne's chief executive, said the port would look for another operator.", ACT),
        ("The regional council said it would look for another operator for the route.", ACT),
        ("Fuel and port fees rose by about a half.", FIG),
        ("The Ostvik route takes 90 minutes less than the Kirrholm crossing.", DIR),
        ("Saltvenne's shares fell 4% in Oslo.", DIR),
        ("Saltvenne is ending the route because the regional council stopped paying for winter sailings.", CAUSE),
        ("Saltvenne plans to open a new route to Denmark next summer.", CLAIM),
        ("The end of the route shows that ferries can no longer compete with cheap flights.", GEN),
        ("About 70 of the route's staff will not be offered other jobs in the group.", FIG, (), AN),
        ("Saltvenne will use the money from selling the Solveig Saltvenne to repay loans from Calverra Bank.", MERGE,
         ("lb02",)),
    ],
    "lb02": [
        ("Calverra Bank's net profit for the third quarter dropped 31% to 412 million euros.", S),
        ("Calverra put aside 290 million euros for loans that might not be paid back.", S),
        ("The bank's provisions for bad loans were more than double those of a year earlier.", S),
        ("Most of the money set aside was for loans to commercial property developers, according to chief executive "
         "Lorenza Vittadini.", S),
        ("As interest rates fell, Calverra's net interest income slipped 4% to 1.9 billion euros.", S),
        ("Income from fees grew 7%.", S),
        ("Calverra's core capital ratio fell to 14.1% from 14.6% three months before.", S),
        ("Vittadini said the 500 million euro buyback announced in July would go ahead.", S),
        ("There will be no second share buyback this year, the chief executive said.", S),
        ("Analysts polled by Calverra had forecast a profit of 480 million euros.", S),
        ("Shares in the bank fell 6% in Milan, their steepest drop since March.", S),
        ("Calverra announced in May that it would cut 300 branch jobs next year.", S),
        ("Calverra's profit was 68 million euros below what analysts had expected.", S, (), AN),
        ("The core capital ratio fell by half a percentage point in three months.", S, (), AN),
        ("A year earlier, Calverra's third-quarter profit was about 597 million euros.", S, (), AN),
        ("Calverra Bank's third-quarter net profit fell 13% to 412 million euros.", FIG),
        ("Calverra's net profit rose 31% to 412 million euros.", DIR),
        ("Calverra set aside 920 million euros for bad loans.", FIG),
        ("Calverra set aside less for bad loans than a year earlier.", DIR),
        ("Most of the provisions were for loans to households buying homes.", ACT),
        ("Net interest income rose 4% to 1.9 billion euros as interest rates came down.", DIR),
        ("Calverra's core capital ratio rose to 14.6% from 14.1%.", DIR),
        ("Vittadini said Calverra would cancel the share buyback announced in July.", DIR),
        ("Vittadini said a second share buyback would start before the end of the year.", DIR),
        ("The analysts polled by the bank said Calverra would cut 300 branch jobs.", ACT),
        ("The bank's profit beat the 480 million euros analysts had expected.", DIR),
        ("Calverra's shares rose 6% in Milan.", DIR),
        ("Calverra will cut 3,000 branch jobs next year.", FIG),
        ("Calverra set aside more money because two large property developers went bust in the quarter.", CAUSE),
        ("Calverra plans to sell its commercial property loans to a fund.", CLAIM),
        ("The results show that Europe's banks are heading for a new crisis.", GEN),
        ("Calverra's profit was 86 million euros below what analysts had expected.", FIG, (), AN),
        ("Calverra Bank said it would lend Medovia the money to pay its data protection fine.", MERGE, ("lb03",)),
    ],
    "lb03": [
        ("Medovia has been fined 4.6 million euros by Orvland's data protection authority.", S),
        ("The prescription records of about 210,000 Medovia customers could be seen on the internet for seven "
         "weeks.", S),
        ("Names, addresses and medicines were among the details in the records.", S),
        ("The server holding the records was run by a contractor and had no password, according to the "
         "authority.", S),
        ("A security researcher discovered the server in March and alerted Medovia.", S),
        ("Medovia shut the server two days after it was told about it.", S),
        ("The authority said Medovia had failed to check its contractor's work.", S),
        ("Customers were not told for 19 days, the authority said.", S),
        ("The pharmacy chain, which has 340 pharmacies, will not appeal against the fine.", S),
        ("Medovia said it had ended its contract with the company that ran the server.", S),
        ("Chief executive Anselm Bruusgaard apologised to Medovia's customers.", S),
        ("Medovia has hired a head of data security, Bruusgaard said.", S),
        ("No health business has been fined more by the authority.", S),
        ("A patients' group will help Medovia's customers claim damages.", S),
        ("Medovia was fined by the same authority in 2021 for sending marketing emails without consent.", S),
        ("The fine comes to about 22 euros for each customer whose records were exposed.", S, (), AN),
        ("The records were open for about 49 days.", S, (), AN),
        ("Medovia was fined 6.4 million euros.", FIG),
        ("The records of about 120,000 customers were left open.", FIG),
        ("The records were left open on the internet for seven days.", FIG),
        ("The contractor found the open server and told Medovia.", ACT),
        ("Medovia took two weeks to close the server.", FIG),
        ("Medovia told its customers on the day the server was found.", DIR),
        ("Medovia said it would appeal against the fine.", DIR),
        ("Medovia said it would keep working with the contractor.", DIR),
        ("The contractor's chief executive apologised to Medovia's customers.", ACT),
        ("It is the smallest fine the authority has imposed on a health business.", DIR),
        ("The authority fined Medovia in 2019 for sending emails without consent.", FIG),
        ("Medovia runs 430 pharmacies.", FIG),
        ("The server was left open because a Medovia employee deleted its password.", CAUSE),
        ("Medovia will close 40 pharmacies to pay the fine.", CLAIM),
        ("The fine shows that patient data is not safe in Orvland's pharmacies.", GEN),
        ("The fine comes to about 32 euros for each customer whose records were exposed.", FIG, (), AN),
        ("Medovia's fine will help pay for free school lunches in Orvland's poorest districts.", MERGE, ("lb04",)),
    ],
    "lb04": [
        ("From 1 July, Orvland will double its levy on sugary soft drinks.", S),
        ("Finance minister Petra Loxdal announced the rise on Wednesday.", S),
        ("The levy on drinks with more than 8 grams of sugar per 100 millilitres will go up from 0.20 euros to 0.40 "
         "euros a litre.", S),
        ("Drinks containing 5 to 8 grams of sugar per 100 millilitres will pay 0.24 euros a litre instead of 0.12 "
         "euros.", S),
        ("No levy will be charged on drinks with less than 5 grams of sugar per 100 millilitres.", S),
        ("The ministry expects the levy to bring in about 180 million euros a year, compared with 95 million now.", S),
        ("The money from the levy will pay for free school lunches in the poorest districts, the ministry said.", S),
        ("Since the levy was introduced in 2022, sales of the most sugary drinks have dropped 18%, according to "
         "Loxdal.", S),
        ("Several drinks makers have reduced the sugar in their recipes, the minister said.", S),
        ("The drinks industry association warned that jobs at bottling plants would be lost.", S),
        ("Shoppers would go across the border to buy drinks, the industry association said.", S),
        ("Fruit juices and milk drinks will still not be taxed.", S),
        ("Parliament is expected to vote on the higher levy in March.", S),
        ("The levy is expected to raise about 85 million euros a year more than it does now.", S, (), AN),
        ("A litre of the most sugary drinks will pay 0.20 euros more than now.", S, (), AN),
        ("From 1 July, Orvland will halve its levy on sugary soft drinks.", DIR),
        ("Drinks with more than 8 grams of sugar per 100 millilitres will be taxed 0.48 euros a litre.", FIG),
        ("Drinks with between 5 and 8 grams of sugar will be taxed 0.42 euros a litre.", FIG),
        ("Drinks with less than 5 grams of sugar will be taxed for the first time.", DIR),
        ("The ministry expects the levy to raise about 810 million euros a year.", FIG),
        ("The money from the levy will go to hospitals in the poorest districts.", CLAIM),
        ("Loxdal said sales of the most sugary drinks had risen 18% since 2022.", DIR),
        ("The sugar levy was introduced in 2020.", FIG),
        ("The drinks industry association said several makers had cut the sugar in their recipes.", ACT),
        ("Petra Loxdal said the rise would cost jobs at bottling plants.", ACT),
        ("Fruit juices will be taxed at the higher rate from July.", DIR),
        ("Parliament approved the higher levy in March.", DIR),
        ("The government is raising the levy because sales of sugary drinks rose last year.", CAUSE),
        ("The levy shows that Orvland is losing patience with the food industry.", GEN),
        ("The levy is expected to raise about 75 million euros a year more than now.", FIG, (), AN),
        ("Nimbrell will collect the sugar levy for Orvland's finance ministry.", MERGE, ("lb05",)),
    ],
    "lb05": [
        ("Nimbrell customers in the Frankfurt region will get service credits worth a quarter of their monthly "
         "bill.", S),
        ("The outage in Nimbrell's Frankfurt region lasted about 11 hours.", S),
        ("A software update was installed at every site at the same time rather than one site after another, "
         "Nimbrell said.", S),
        ("The update was to the system that routes traffic between Nimbrell's data centres.", S),
        ("It took Nimbrell's engineers four hours to find the fault.", S),
        ("Some 3,800 business customers were hit by the outage.", S),
        ("Card payments at two banks failed for part of the day.", S),
        ("From now on, updates will go to one site first and wait a day before going further, chief technology "
         "officer Vasudha Rudravan said.", S),
        ("Under its contracts, Nimbrell promises that service will be available 99.95% of the time each month.", S),
        ("Customers do not have to apply for the credits, which will be paid automatically.", S),
        ("Taking the credits does not stop customers from claiming more, the cloud provider said.", S),
        ("Germany's financial regulator has asked the two banks for a report.", S),
        ("There was a shorter Nimbrell outage in the Frankfurt region in February.", S),
        ("The 99.95% promise allows about 22 minutes of downtime in a 30-day month.", S, (), AN),
        ("The outage lasted far longer than the 99.95% promise allows in a month.", S, (), AN),
        ("Nimbrell will give customers credits worth 52% of their monthly bill.", FIG),
        ("The outage lasted about 11 minutes.", FIG),
        ("The update was rolled out one site at a time, Nimbrell said.", DIR),
        ("Engineers found the fault within an hour.", FIG),
        ("About 8,300 business customers were affected by the outage.", FIG),
        ("Card payments at the two banks worked normally during the outage.", DIR),
        ("Rudravan said updates would now be released to every site at once.", DIR),
        ("Customers must apply for the credits.", DIR),
        ("Customers who take the credits may not claim more.", DIR),
        ("The two banks have asked Germany's financial regulator for a report.", ACT),
        ("One of the two banks said a Nimbrell engineer had found the fault.", ACT),
        ("Nimbrell's February outage in the Frankfurt region was longer than this one.", DIR),
        ("The update failed because Nimbrell had cut its engineering staff.", CAUSE),
        ("Nimbrell will move its Frankfurt customers to a new data centre in Berlin.", CLAIM),
        ("The outage shows that companies rely too much on a few cloud providers.", GEN),
        ("The 99.95% promise allows about 3 hours of downtime in a 30-day month.", FIG, (), AN),
        ("Nimbrell's outage also stopped Kolvastad Steel's Varnes plant for a day.", MERGE, ("lb06",)),
    ],
    "lb06": [
        ("Kolvastad Steel will receive 850 million euros of state aid for an electric arc furnace at Varnes.", S),
        ("The European Commission has approved the aid, the industry ministry said.", S),
        ("Two coal-fired blast furnaces at the Varnes plant will be replaced by the new furnace.", S),
        ("The electric arc furnace should cost 2.1 billion euros and begin operating in 2029.", S),
        ("According to Kolvastad, the plant's carbon dioxide output will fall by roughly 70%, or about 3.5 million "
         "tonnes a year.", S),
        ("Around 900 of the plant's 4,200 jobs will go by 2030, the steelmaker said.", S),
        ("Most of the jobs will be lost through retirement, and no one will be forced out, Kolvastad said.", S),
        ("Under the terms of the aid, Kolvastad has to make steel at Varnes for at least 15 years.", S),
        ("Kolvastad may not pay dividends before the furnace is running.", S),
        ("Arvid Haldorsen, a union leader, welcomed the deal.", S),
        ("The union leader said too many jobs would be lost.", S),
        ("The new furnace will use roughly as much electricity as a city of 400,000 people.", S),
        ("A new power line to the plant will be built by the grid operator.", S),
        ("The state aid covers about 40% of the furnace's cost.", S, (), AN),
        ("The aid leaves about 1.25 billion euros of the furnace's cost to be paid from other money.", S, (), AN),
        ("After the cuts, the plant would employ about 3,300 people.", S, (), AN),
        ("The government will give Kolvastad Steel 580 million euros of aid.", FIG),
        ("The European Commission has blocked the aid for Kolvastad.", DIR),
        ("The furnace will replace four coal-fired blast furnaces.", FIG),
        ("The furnace is expected to cost 1.2 billion euros.", FIG),
        ("The furnace is expected to start in 2027.", FIG),
        ("Kolvastad said the furnace would raise the plant's carbon dioxide output by about 70%.", DIR),
        ("About 900 workers will be forced to leave by 2030.", DIR),
        ("Kolvastad will hire 900 people to build the furnace.", DIR),
        ("Kolvastad must keep making steel at Varnes for at least five years.", FIG),
        ("Kolvastad will pay a special dividend once the aid arrives.", DIR),
        ("Union leader Arvid Haldorsen said the job losses were acceptable.", DIR),
        ("The industry ministry said the job losses were too high.", ACT),
        ("Kolvastad will build a new power line to the plant.", ACT),
        ("Kolvastad is switching to an electric furnace because coal prices doubled this year.", CAUSE),
        ("The steelmaker plans to close its second plant at Brattvik.", CLAIM),
        ("The aid shows that Europe's steel industry cannot survive without the state.", GEN),
        ("The state aid covers about 60% of the furnace's cost.", FIG, (), AN),
        ("Kolvastad will supply the steel for Tovarly's new factory in Mexico.", MERGE, ("lb07",)),
    ],
    "lb07": [
        ("Tovarly Toys has cut its profit forecast for the year.", S),
        ("US tariffs on toys made in Vietnam have added about 40 million dollars to Tovarly's costs, the company "
         "said.", S),
        ("The maker of wooden train sets and puzzles now expects operating profit of between 55 million and 65 "
         "million dollars.", S),
        ("Tovarly had previously forecast an operating profit of 90 million to 100 million dollars.", S),
        ("Third-quarter sales grew 3% to 318 million dollars.", S),
        ("Sales in Europe rose 12% in the quarter, while US sales dropped 5%.", S),
        ("In August Tovarly put up its US prices by 8% on average, chief executive Mirela Costandache said.", S),
        ("Costandache said some production would be moved to Mexico next year.", S),
        ("The dividend will not be cut, the chief executive said.", S),
        ("About 45% of Tovarly's sales are in the US.", S),
        ("Retailers have ordered less for Christmas than a year ago, Tovarly said.", S),
        ("Tovarly's shares dropped 14% in Stockholm to their lowest level since 2020.", S),
        ("The midpoint of the forecast fell by 35 million dollars.", S, (), AN),
        ("A year earlier, Tovarly's third-quarter sales were about 309 million dollars.", S, (), AN),
        ("Tovarly Toys raised its profit forecast for the year.", DIR),
        ("Tariffs raised Tovarly's costs by about 14 million dollars.", FIG),
        ("Tovarly now expects an operating profit of 65 million to 75 million dollars.", FIG),
        ("Third-quarter sales fell 3% to 318 million dollars.", DIR),
        ("Sales in Europe fell 12% in the third quarter.", DIR),
        ("US sales rose 5% in the third quarter.", DIR),
        ("Tovarly cut its US prices by an average of 8% in August.", DIR),
        ("Costandache said Tovarly would move part of its production to Vietnam next year.", ACT),
        ("Costandache said Tovarly would cut its dividend.", DIR),
        ("The US accounts for about 54% of Tovarly's sales.", FIG),
        ("Retailers ordered more for Christmas than a year ago.", DIR),
        ("Vietnam's government raised tariffs on Tovarly's toys.", ACT),
        ("Tovarly's shares rose 14% in Stockholm.", DIR),
        ("Tovarly's profit fell because a wooden train set was recalled.", CAUSE),
        ("Tovarly will close its factory in Vietnam next year.", CLAIM),
        ("The profit warning shows that the toy industry has no answer to tariffs.", GEN),
        ("The midpoint of the forecast fell by 53 million dollars.", FIG, (), AN),
        ("Tovarly's warning came on the day Aquenbrook Water was fined 38 million pounds.", MERGE, ("lb08",)),
    ],
    "lb08": [
        ("Aquenbrook Water has been fined 38 million pounds by the water regulator.", S),
        ("Between 2021 and 2024 Aquenbrook let untreated sewage into rivers more often than its permits allowed, the "
         "regulator found.", S),
        ("Sixty-one of Aquenbrook's treatment works spilled sewage in dry weather, when spills are not allowed.", S),
        ("Customers will not pay the fine: Aquenbrook must pay it out of its profits.", S),
        ("The company serves 2.3 million people.", S),
        ("Aquenbrook accepted the regulator's findings.", S),
        ("By 2030 the water company will spend 1.1 billion pounds on bigger storm tanks.", S),
        ("Customers' bills may rise by no more than 21% over five years, the regulator ruled.", S),
        ("Aquenbrook had asked to raise bills by 34%.", S),
        ("Chief executive Emrys Tregunnow said the cap would make the work harder to pay for.", S),
        ("Aquenbrook is thinking about asking the competition authority to review the decision, Tregunnow said.", S),
        ("The fine was too small, said a group of anglers who first reported the spills.", S),
        ("Last year Aquenbrook did not pay a dividend.", S),
        ("The regulator allowed a bill rise 13 percentage points smaller than Aquenbrook asked for.", S, (), AN),
        ("The fine is about 16.5 pounds for each person the company serves.", S, (), AN),
        ("Aquenbrook Water was fined 83 million pounds.", FIG),
        ("The regulator found that 16 treatment works had spilled sewage in dry weather.", FIG),
        ("Aquenbrook may pass the fine on to its customers.", DIR),
        ("Aquenbrook rejected the regulator's findings.", DIR),
        ("Aquenbrook will spend 1.1 billion pounds by 2035 on storm tanks.", FIG),
        ("The regulator capped the bill rise at 34% over five years.", FIG),
        ("The regulator allowed a bigger rise in bills than Aquenbrook had asked for.", DIR),
        ("Tregunnow said the company had asked the competition authority to review the decision.", DIR),
        ("The anglers' group said the fine was too large.", DIR),
        ("The regulator said the fine was too small.", ACT),
        ("The anglers said the decision would make it harder to pay for the work.", ACT),
        ("Aquenbrook paid a record dividend last year.", DIR),
        ("The spills happened because storm tanks were damaged in floods in 2023.", CAUSE),
        ("Aquenbrook's chief executive will step down at the end of the year.", CLAIM),
        ("The fine shows that Britain's water industry needs to be nationalised.", GEN),
        ("The regulator allowed a bill rise 11 percentage points smaller than Aquenbrook asked for.", FIG, (), AN),
        ("Aquenbrook will use Zipwell's scooters to reach its treatment works.", MERGE, ("lb09",)),
    ],
    "lb09": [
        ("Rolvo and Kwikstep will run Dornhaven's rental electric scooters from March.", S),
        ("Zipwell's licence in Dornhaven ends after five years.", S),
        ("Seven companies took part in the council's tender.", S),
        ("Each of the two winners will be allowed up to 1,500 scooters.", S),
        ("Zipwell had been allowed 4,000 scooters.", S),
        ("Riders will have to park scooters in 620 marked bays.", S),
        ("A rider who leaves a scooter outside the bays will be fined 15 euros.", S),
        ("The bids were judged on safety, parking and the fee per scooter, the council said.", S),
        ("The yearly fee per scooter goes up from 60 euros to 90 euros.", S),
        ("Zipwell said it was disappointed by the council's choice.", S),
        ("Zipwell is looking at whether to go to court over the decision.", S),
        ("Most of the roughly 85 Zipwell staff in Dornhaven charge and repair scooters.", S),
        ("Complaints about scooters blocking pavements have doubled in two years, councillor Ingeborg Sundvall "
         "said.", S),
        ("About 2.6 million scooter trips were made in the city last year.", S),
        ("Together the two winners may run up to 3,000 scooters, 1,000 fewer than Zipwell was allowed.", S, (), AN),
        ("Five of the seven bidders were not chosen.", S, (), AN),
        ("The fee per scooter rises by half.", S, (), AN),
        ("The council chose Zipwell and Rolvo to run the city's scooters.", ACT),
        ("Zipwell's licence was renewed for five more years.", DIR),
        ("Nine companies bid in the scooter tender.", FIG),
        ("Each winner may put up to 5,100 scooters on the streets.", FIG),
        ("Riders who leave scooters outside the bays will be fined 50 euros.", FIG),
        ("Scooters must be parked in 260 marked bays.", FIG),
        ("The fee per scooter falls to 60 euros a year from 90.", DIR),
        ("Zipwell said it would accept the decision and not go to court.", DIR),
        ("About 58 people work for Zipwell in the city.", FIG),
        ("Councillor Ingeborg Sundvall said complaints about scooters had halved in two years.", DIR),
        ("Rolvo said it was studying whether to challenge the decision in court.", ACT),
        ("Zipwell lost the licence because its scooters caused two serious accidents.", CAUSE),
        ("Zipwell will move its scooters to a neighbouring city.", CLAIM),
        ("The decision shows that cities are turning against e-scooters.", GEN),
        ("Together the two winners may run up to 3,000 scooters, 2,000 fewer than Zipwell was allowed.", FIG, (), AN),
        ("Zipwell's scooters are made with copper from Quellmar's Torrabasca mine.", MERGE, ("lb10",)),
    ],
    "lb10": [
        ("Quellmar Mining has been granted the environmental permit for its Torrabasca copper mine.", S),
        ("The review of the Torrabasca mine in northern Chile took four years.", S),
        ("Torrabasca is expected to cost 3.4 billion dollars.", S),
        ("The mine should produce about 120,000 tonnes of copper a year for 22 years, starting in 2030.", S),
        ("Quellmar has to bring in desalinated water from the coast rather than take water from local rivers.", S),
        ("The desalinated water added about 600 million dollars to the mine's cost.", S),
        ("One of the two indigenous communities that opposed the mine signed an agreement with Quellmar in "
         "August.", S),
        ("The other community said it would take the matter to court.", S),
        ("Chief executive Eliseo Almarza said Quellmar would decide whether to build the mine by the middle of next "
         "year.", S),
        ("Quellmar is talking to partners about selling a stake of up to 30%, Almarza said.", S),
        ("This year copper prices have climbed about 20%.", S),
        ("Quellmar shares rose 9% in Toronto.", S),
        ("Over 22 years the mine would produce about 2.64 million tonnes of copper.", S, (), AN),
        ("Without the desalinated water, the mine would have cost about 2.8 billion dollars.", S, (), AN),
        ("Quellmar Mining was refused an environmental permit for its Torrabasca mine.", DIR),
        ("The review of the mine took two years.", FIG),
        ("The mine is expected to cost 4.3 billion dollars.", FIG),
        ("The mine will produce about 210,000 tonnes of copper a year.", FIG),
        ("Production at Torrabasca is due to start in 2035.", FIG),
        ("Quellmar may draw water from local rivers for the mine.", DIR),
        ("The desalinated water cut about 600 million dollars from the mine's cost.", DIR),
        ("Both indigenous communities have signed agreements with Quellmar.", DIR),
        ("Quellmar said it would take the second community to court.", ACT),
        ("Almarza said Quellmar had decided to build the mine.", DIR),
        ("Almarza said Quellmar would buy a stake of up to 30% in a partner's mine.", DIR),
        ("Copper prices have fallen about 20% this year.", DIR),
        ("Quellmar's shares fell 9% in Toronto.", DIR),
        ("The permit was delayed because Quellmar changed the mine's design three times.", CAUSE),
        ("Quellmar will list its shares in New York next year.", CLAIM),
        ("The permit shows that Chile is opening up to foreign miners again.", GEN),
        ("Over 22 years the mine would produce about 3.6 million tonnes of copper.", FIG, (), AN),
        ("Quellmar will ship its copper on Saltvenne Line's ferries.", MERGE, ("lb01",)),
    ],
    "lo01": [
        ("Ossian Ashbolt, a railway signalman, won the Stowmere open quoits championship on Saturday.", S),
        ("Ashbolt beat 47 other players on the green behind the village inn.", S),
        ("The players throw heavy iron rings at a pin set in a bed of clay 11 yards away.", S),
        ("A ringer, a ring that lands over the pin, is worth two points.", S),
        ("Otherwise, the ring nearest the pin scores a point.", S),
        ("Games of quoits are played to 21 points.", S),
        ("In the final, the 58-year-old beat Clemency Dowsett, a schoolteacher, by 21 points to 17.", S),
        ("Each iron ring weighs about 2.5 kilograms.", S),
        ("Ashbolt threw 14 ringers during the day, more than he had ever managed before.", S),
        ("Quoits has been played at the inn since 1880 or earlier, according to the organisers.", S),
        ("There are 11 teams in the quoits league.", S),
        ("Dowsett became the first woman to reach the final.", S),
        ("Dowsett has played quoits for three years.", S),
        ("Ashbolt won a brass pin and 100 pounds.", S),
        ("Forty-eight players took part in the quoits championship.", S, (), AN),
        ("Ashbolt won the final by four points.", S, (), AN),
        ("Ashbolt's 14 ringers were worth 28 points.", S, (), AN),
        ("Ossian Ashbolt beat 74 other players.", FIG),
        ("The pin is set in a bed of clay 21 yards away.", FIG),
        ("A ringer scores one point.", FIG),
        ("A game of quoits is played to 31 points.", FIG),
        ("Clemency Dowsett beat Ossian Ashbolt in the final.", ACT),
        ("Ashbolt won the final 21-13.", FIG),
        ("Each ring weighs about 5.2 kilograms.", FIG),
        ("Ashbolt said he had thrown fewer ringers than ever.", DIR),
        ("Dowsett has played quoits for 30 years.", FIG),
        ("Dowsett was one of several women to have reached the final.", DIR),
        ("Ashbolt is a schoolteacher.", ACT),
        ("Ashbolt won because Dowsett's rings were lighter.", CAUSE),
        ("Quoits will be played at next year's county show.", CLAIM),
        ("Quoits is making a comeback in English villages.", GEN),
        ("Ashbolt won the final by six points.", FIG, (), AN),
        ("Ashbolt also played in the Brecknell crokinole open.", MERGE, ("lo02",)),
    ],
    "lo02": [
        ("Roselyne Dallaire, a retired nurse, won the singles at the Brecknell crokinole open on Sunday.", S),
        ("The open was held in a school gym, where Dallaire beat 112 other players.", S),
        ("Crokinole players flick small wooden discs across a round board towards a hole in the middle.", S),
        ("A disc that falls into the centre hole is worth 20 points.", S),
        ("The middle ring is guarded by eight pegs.", S),
        ("If an opponent's disc is on the board, a player has to hit it.", S),
        ("Dallaire, 66, won the final against carpenter Wendelin Wenkel by six games to two.", S),
        ("Dallaire's 31 twenties in the final were a record for the event.", S),
        ("When the open began in 2009, 24 players took part.", S),
        ("The boards are made of maple and measure 26 inches across.", S),
        ("Brothers Amos and Ezra Brubacher, from Guelph, won the doubles.", S),
        ("The finals were watched by about 400 spectators.", S),
        ("Each player paid 30 dollars to enter.", S),
        ("There were 113 players in the singles.", S, (), AN),
        ("Dallaire's twenties in the final were worth 620 points.", S, (), AN),
        ("Wenkel won two games in the final.", S, (), AN),
        ("Dallaire beat 121 other players.", FIG),
        ("A disc that drops into the hole scores 10 points.", FIG),
        ("Six pegs guard the middle ring.", FIG),
        ("A player may not hit an opponent's disc.", DIR),
        ("Wendelin Wenkel beat Roselyne Dallaire in the final.", ACT),
        ("Dallaire won the final by six games to four.", FIG),
        ("Dallaire scored 13 twenties in the final.", FIG),
        ("The open began in 2009 with 42 players.", FIG),
        ("The boards are 36 inches across.", FIG),
        ("The Brubacher brothers won the singles title.", ACT),
        ("Dallaire is a retired carpenter.", ACT),
        ("Entry was free for players.", DIR),
        ("Dallaire's 31 twenties were the fewest scored in a final.", DIR),
        ("Dallaire won because Wenkel's board was warped.", CAUSE),
        ("Dallaire will defend her title next year.", CLAIM),
        ("Crokinole is the fastest-growing table game in North America.", GEN),
        ("Dallaire's twenties in the final were worth 310 points.", FIG, (), AN),
        ("Dallaire's win was watched by the 7,000 people at the Aldwick raft race.", MERGE, ("lo03",)),
    ],
    "lo03": [
        ("Six firefighters won the Aldwick homemade raft race on Sunday.", S),
        ("Their raft, made of plastic barrels and scaffolding poles, covered the 5-kilometre river course in 38 "
         "minutes 12 seconds.", S),
        ("Crews have to build their own rafts, and motors and bought boat hulls are not allowed.", S),
        ("All rowers have to wear life jackets.", S),
        ("Of the 53 rafts that started, nine sank or broke up before the finish.", S),
        ("Rescue boats picked up the crews of the rafts that sank or broke up.", S),
        ("A team of dentists finished second, 2 minutes 40 seconds behind the firefighters.", S),
        ("The dentists' raft was built around an old bathtub.", S),
        ("The prize for the best costumes was won by a rowing club whose members dressed as pirates.", S),
        ("The town's rotary club started the raft race in 1974.", S),
        ("This year's race raised about 18,000 pounds for the lifeboat station.", S),
        ("Some 7,000 people watched from the river banks, the organisers said.", S),
        ("After a dry summer the river was lower than usual.", S),
        ("Forty-four rafts reached the finish.", S, (), AN),
        ("The dentists' time was 40 minutes 52 seconds.", S, (), AN),
        ("The winners averaged almost 8 kilometres an hour.", S, (), AN),
        ("Eight firefighters won the raft race.", FIG),
        ("The raft race course was 15 kilometres long.", FIG),
        ("The firefighters finished in 28 minutes 12 seconds.", FIG),
        ("Rafts may use a motor but not a bought hull.", DIR),
        ("Life jackets are optional in the raft race.", DIR),
        ("Nineteen rafts sank or broke up.", FIG),
        ("The dentists won the race on a raft built around a bathtub.", ACT),
        ("The firefighters' raft was built around an old bathtub.", ACT),
        ("The firefighters won the prize for the best costumes.", ACT),
        ("The race was started in 1974 by the lifeboat station.", ACT),
        ("The race raised about 81,000 pounds for the lifeboat station.", FIG),
        ("The river was higher than usual after a wet summer.", DIR),
        ("The firefighters won because the low river slowed the heavier rafts.", CAUSE),
        ("The raft race will move to a new course next year.", CLAIM),
        ("Raft races are the most popular charity events in Britain.", GEN),
        ("Thirty-four rafts reached the finish.", FIG, (), AN),
        ("The winning firefighters were cheered on by yo-yo champion Kavitha Sethuraman.", MERGE, ("lo04",)),
    ],
    "lo04": [
        ("Kavitha Sethuraman, 17, won the national yo-yo championship in Winnipeg on Saturday.", S),
        ("The teenager from Kelowna used two yo-yos at once in her three-minute routine.", S),
        ("Routines are scored out of 100 by the judges.", S),
        ("Tricks earn up to 60 points, and the way they are performed to music up to 40.", S),
        ("Sethuraman's score of 88.5 put her ahead of Lorcan Ferriby, last year's champion, who scored 84.", S),
        ("Sethuraman said she had been practising for about three hours a day since the spring.", S),
        ("In the week before the championship she wore out 14 strings.", S),
        ("Eighty-six players took part across five divisions.", S),
        ("In one division the yo-yo is attached to a stick instead of the player's finger.", S),
        ("Players lose points when the yo-yo touches the floor or the string snaps.", S),
        ("Sethuraman took up the yo-yo at the age of 11.", S),
        ("She has qualified for the world championship in Prague.", S),
        ("The yo-yo championship took place in a shopping centre.", S),
        ("Sethuraman beat Ferriby by 4.5 points.", S, (), AN),
        ("Sethuraman has been playing for about six years.", S, (), AN),
        ("Kavitha Sethuraman, 71, won the national yo-yo championship.", FIG),
        ("Sethuraman's routine lasted five minutes.", FIG),
        ("Judges give 40 points for the tricks and 60 for the performance.", FIG),
        ("Sethuraman scored 85.5 points.", FIG),
        ("Lorcan Ferriby won the championship with 88.5 points.", ACT),
        ("Ferriby scored more than Sethuraman.", DIR),
        ("Sethuraman wore out 41 strings in the week before the event.", FIG),
        ("Sixty-eight players took part in the yo-yo championship.", FIG),
        ("A player gains points if the yo-yo hits the floor.", DIR),
        ("Ferriby has qualified for the world championship in Prague.", ACT),
        ("Sethuraman started playing at the age of 7.", FIG),
        ("Sethuraman said she had hardly practised since the spring.", DIR),
        ("Sethuraman won because the other finalists' strings broke.", CAUSE),
        ("Sethuraman has signed a sponsorship deal with a yo-yo maker.", CLAIM),
        ("Yo-yos are back in fashion among teenagers.", GEN),
        ("Sethuraman beat Ferriby by 5.4 points.", FIG, (), AN),
        ("Sethuraman performed her routine before the Harnleigh tractor pull.", MERGE, ("lo05",)),
    ],
    "lo05": [
        ("Wilfred Osgathorpe, a dairy farmer, won the vintage class at the Harnleigh tractor pull on Saturday.", S),
        ("Osgathorpe's tractor, built in 1978, dragged the weighted sled 81.4 metres.", S),
        ("As the sled moves, its weight is shifted forward so that it presses harder on the ground.", S),
        ("A tractor pulls the sled until it can pull it no further.", S),
        ("Pulling the sled 100 metres counts as a full pull.", S),
        ("Tractors that make a full pull go into a pull-off with a heavier sled.", S),
        ("Osgathorpe still uses the 4.2-tonne tractor on his farm.", S),
        ("A team from Lincolnshire won the modified class with a four-engined machine.", S),
        ("In the modified class, tractors have extra engines.", S),
        ("Sixty-two tractors took part in six classes.", S),
        ("Marshals put out a fire on one tractor during the pull, and nobody was hurt.", S),
        ("Around 9,000 people came over the two days, the organisers said, compared with 7,500 last year.", S),
        ("Osgathorpe's pull was 18.6 metres short of a full pull.", S, (), AN),
        ("Attendance rose by 1,500 on last year.", S, (), AN),
        ("The winner of the vintage class did not make a full pull.", S, (), AN),
        ("Osgathorpe's tractor dragged the sled 84.1 metres.", FIG),
        ("Osgathorpe's tractor was built in 1987.", FIG),
        ("The sled's weight is moved backwards as it travels.", DIR),
        ("A full pull is 80 metres.", FIG),
        ("Tractors that make a full pull are knocked out.", DIR),
        ("Osgathorpe's tractor weighs 2.4 tonnes.", FIG),
        ("Osgathorpe no longer uses the tractor on his farm.", DIR),
        ("Osgathorpe's team from Lincolnshire won the modified class.", ACT),
        ("The Lincolnshire team's machine has two engines.", FIG),
        ("Twenty-six tractors took part in six classes.", FIG),
        ("Two marshals were hurt putting out a fire.", DIR),
        ("Attendance fell to 7,500 from 9,000 last year.", DIR),
        ("The tractor caught fire because its owner had fitted an extra engine.", CAUSE),
        ("Osgathorpe will sell his tractor to a museum.", CLAIM),
        ("Tractor pulling is Britain's loudest rural sport.", GEN),
        ("Osgathorpe's pull was 28.6 metres short of a full pull.", FIG, (), AN),
        ("Osgathorpe's tractor towed the chess boxing ring into the tram depot in Leipzig.", MERGE, ("lo06",)),
    ],
    "lo06": [
        ("Levente Harsanyi, a maths student, won a chess boxing bout in Leipzig on Friday night.", S),
        ("Harsanyi beat security guard Orfeo Kempf by checkmate in the ninth round.", S),
        ("In chess boxing, rounds of speed chess and boxing alternate, beginning with chess.", S),
        ("A chess boxing bout lasts at most 11 rounds.", S),
        ("Chess rounds last four minutes and boxing rounds three.", S),
        ("A fighter can also win by knockout, if the referee stops the fight, or if the opponent runs out of time on "
         "the chess clock.", S),
        ("Harsanyi was knocked down by Kempf in the fourth round but got up before the count of ten.", S),
        ("Harsanyi, who is 24, has a chess rating of about 2,100.", S),
        ("Kempf's chess rating is about 1,700.", S),
        ("During the chess rounds the fighters wear headphones, so they cannot hear the crowd shouting.", S),
        ("The bout was watched by about 600 people in a former tram depot.", S),
        ("It was Harsanyi's third bout and the first he had won, he said.", S),
        ("Harsanyi's chess rating is about 400 points higher than Kempf's.", S, (), AN),
        ("Five of the first nine rounds were chess rounds.", S, (), AN),
        ("A bout that goes the full distance has six chess rounds and five boxing rounds.", S, (), AN),
        ("Harsanyi won the bout by knockout in the ninth round.", DIR),
        ("Orfeo Kempf checkmated Levente Harsanyi in the ninth round.", ACT),
        ("Harsanyi won by checkmate in the seventh round.", FIG),
        ("Chess boxing starts with a boxing round.", DIR),
        ("A chess boxing bout lasts up to 12 rounds.", FIG),
        ("Each chess round lasts three minutes and each boxing round four.", FIG),
        ("Harsanyi knocked Kempf down in the fourth round.", ACT),
        ("Kempf is rated about 2,100 in chess.", ACT),
        ("Harsanyi is 42 years old.", FIG),
        ("Fighters wear headphones during the boxing rounds.", DIR),
        ("About 6,000 people watched the bout.", FIG),
        ("Harsanyi said it was his third win.", DIR),
        ("Harsanyi won because Kempf was injured in the fourth round.", CAUSE),
        ("Kempf will fight Harsanyi again in the spring.", CLAIM),
        ("Chess boxing proves that brains matter more than brawn.", GEN),
        ("Harsanyi's chess rating is about 600 points higher than Kempf's.", FIG, (), AN),
        ("Harsanyi trained for the bout by lifting the stones at Drumlachan.", MERGE, ("lo07",)),
    ],
    "lo07": [
        ("Ruairidh Buchanty, who works in forestry, won the stone-lifting contest at the Drumlachan games on "
         "Saturday.", S),
        ("Buchanty lifted all five stones onto barrels in 41 seconds.", S),
        ("The stones weigh between 100 and 160 kilograms.", S),
        ("Each stone has to be lifted onto a barrel about 1.2 metres high.", S),
        ("Competitors may put tacky resin on their hands, but belts and straps are not allowed.", S),
        ("Fergus Lennachan, a bricklayer, also lifted all five stones but needed 47 seconds.", S),
        ("Buchanty, 29, finished ahead of Lennachan.", S),
        ("Eleven men and three women took part in the stone lifting.", S),
        ("Four competitors lifted every stone.", S),
        ("The heaviest stone is known locally as the Bodach.", S),
        ("Physiotherapist Morven Dunmorrow won the women's contest, in which the stones weighed 60 to 100 "
         "kilograms.", S),
        ("Buchanty said he had been training with sandbags since the summer.", S),
        ("The Drumlachan games drew about 3,500 people.", S),
        ("Buchanty was six seconds faster than Lennachan.", S, (), AN),
        ("Fourteen people competed in the stone lifting.", S, (), AN),
        ("Ten competitors did not lift every stone.", S, (), AN),
        ("Buchanty lifted all five stones in 47 seconds.", FIG),
        ("The stones weigh from 100 to 200 kilograms.", FIG),
        ("The barrels are about 2.1 metres high.", FIG),
        ("Competitors may wear belts and straps.", DIR),
        ("Fergus Lennachan won the stone-lifting contest in 41 seconds.", ACT),
        ("Lennachan lifted only four of the five stones.", FIG),
        ("Buchanty is a bricklayer.", ACT),
        ("Thirteen men and one woman competed.", FIG),
        ("Only Buchanty lifted every stone.", FIG),
        ("The lightest stone is known as the Bodach.", DIR),
        ("Morven Dunmorrow won the men's contest.", ACT),
        ("Buchanty said he had never trained for the contest.", DIR),
        ("Buchanty won because Lennachan dropped the Bodach.", CAUSE),
        ("Buchanty will compete at the world strongman championship next year.", CLAIM),
        ("Stone lifting keeps Highland traditions alive for a new generation.", GEN),
        ("Buchanty was four seconds faster than Lennachan.", FIG, (), AN),
        ("Buchanty also won the Stowmere quoits championship.", MERGE, ("lo01",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("lb01", "Download our free news app."),
    ("lb02", "Calverra Bank: the quarter in charts."),
    ("lb03", "Share this story on social media."),
    ("lb05", "Tags: cloud, outages."),
    ("lb07", "Advertisement continues below."),
    ("lb09", "Scooters."),
    ("lo01", "Quoits."),
    ("lo03", "Scroll down for more photos of the rafts."),
    ("lo04", "This story has been corrected."),
    ("lo06", "More from the sports pages."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, three servers on 127.0.0.1 (ports 8795, 8796 and 8797, one thread each, --n_ctx 8192),
# json_object, prompt version llm-3, date 2026-12-12, --timeout 450, machine at load 15-30. eval23-smollm2_raw.jsonl
# holds three editions in this order (call numbers restart in each; times UTC): 1 lb01-lb05 + lo01 (14 calls,
# 17:33-18:09, TOPLINE_LLM_STREAM=false), 2 lb06-lb10 + lo02 (14 calls, 17:33-18:09, the writer's default streamed
# requests), these two started together, and 3 lo03-lo07 + lb03 + lb08 (10 calls, 17:40-18:09, streamed). All three
# were stopped at 18:09 (the collection's cut-off; SIGTERM to the collectors' own processes), editions 2 and 3 each
# with one call in flight, not recorded (edition 1's requests, not streamed, are logged by the server only when
# answered, so an unanswered one would not show). 38 calls were recorded (22 story, 10 repair, 6 signals), all
# answered; the servers logged 40 POSTs, all 200. Only lb02, lb03, lb05-lb10 and lo05 were shown to the model in a
# recorded call (lb01, lb04 and six lo articles never were). A sentence is listed once, at its first answer in the
# order of the editions; repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, lb02)
    ("lb02", "Calverra Bank's third-quarter net profit fell 31% to 412 million euros.", S),
    ("lb02", "...", CF),
    # edition 1, call 2 (repair, lb02)
    ("lb02", "Calverra's shares dropped 6% in Milan, their biggest fall since March.", S),
    # edition 1, call 3 (story, lb05)
    ("lb05", "Nimbrell to give customers credits after 11-hour outage", S),
    ("lb05", "The credit will be paid automatically and do not stop customers from claiming more, the company said.",
     S),
    ("lb05", "This is a new way to give credits after 11-hour outage.", GEN),
    ("lb05", "The credit will be paid in one day instead of two days.", CLAIM),
    # edition 1, call 4 (story, lb03): and the placeholder
    ("lb03", "The data is a list of 120,000 records that were left open on the internet for seven weeks.", FIG),
    # edition 1, call 5 (repair, lb03)
    ("lb03", "Orvland's data protection authority fined the pharmacy chain Medovia 4.6 million euros on Monday after "
             "the prescription records of about 210,000 customers were left open on the internet for seven weeks.", S),
    ("lb03", "The records, which included names, addresses and medicines, were stored on a server run by a contractor "
             "that had not set a password, the authority said.", S),
    ("lb03", "The data protection authority fined Medovia 4.6 million euros on Monday after the prescription record "
             "was left open on the internet for seven weeks.", S),
    # edition 1, call 6 (signals, lb03 + lb05): a near-repeat of call 3's title (a full stop added) and a repeat of
    # call 3's second sentence, left out
    # edition 1, call 7 (signals, lb03 + lb05): the same near-repeat of call 3's title, left out
    # edition 1, call 8 (story, lb03): left out 'The data has been released to the public.': the records were left
    # open on the internet, and whether "released" says that or a deliberate release is unclear; ambiguous
    # edition 1, call 9 (story, lb02): and a near-repeat of its first sentence ('in the next quarter' and 'a move
    # that' dropped), left out
    ("lb02", "The data shows that Calverra Bank is set to increase its net interest income by 4.6% in the next "
             "quarter, a move that could impact the bank's ability to pay off its debt and invest in new projects.",
     CLAIM),
    ("lb02", "Calvera Bank has set aside more money for bad loans than it was able to repay last quarter.", CLAIM),
    ("lb02", "CALVERA BANK's net interest income slipped 4.6% from the previous year, a move that could impact the "
             "bank's ability to pay off its debt and invest in new projects.", FIG),
    # edition 1, call 10 (story, lb02): call 9's third sentence again and two near-repeats of its first ('in the next
    # quarter' and 'a move that' dropped, 'impact' or 'affect'), left out
    # edition 1, calls 11 and 12 (signals, lb02 + lb03): no sentence of four words or more
    # edition 1, call 13 (story, lb05): repeats of call 3's title and second sentence, and left out 'The credits will
    # also be paid to those affected by the incident.': the credits go to the region's customers, and whom "also"
    # adds is unclear; ambiguous against the article
    ("lb05", "Germany's financial regulator has asked both banks for a report.", S),
    # edition 1, call 14 (story, lb02): a repeat of call 1's first sentence, near-repeats of its first and second
    # sentences ('The data shows that' and ', a record of its history' dropped), left out, and
    ("lb02", "The data shows that Calverra Bank has set aside more money for bad loans than it ever did before.",
     CLAIM),
    ("lb02", "The bank's net profit fell to 480 million euros, a record of its history.", FIG),
    ("lb02", "Calverra Bank is the latest in a long list of major financial institutions to have set aside more money "
             "for bad loans.", GEN),
    # edition 2, call 1 (story, lb07): and the placeholder
    ("lb07", "Tovarly Toys lowered its profit forecast for the year on Tuesday, saying US import tariffs on toys made "
             "in Vietnam had raised their costs by about 40 million dollars.", S),
    ("lb07", "Tovarly's shares fell 14% in Stockholm, to its lowest since 2020.", S),
    # edition 2, call 2 (repair, lb07): a near-repeat of call 1's last sentence ('their' for 'its'), left out
    # edition 2, call 3 (story, lb09): and the placeholder
    ("lb09", "The city council has chosen two companies, Rolvo and Kwikstep to run the city's rental electric scooters "
             "from March 2019.", FIG),
    ("lb09", "The council said it had scored the bids on safety, parking and fee per scooter, which rises to 90 "
             "euros a year from 620.", FIG),
    ("lb09", "Most of the money is paid by the city's public transportation system.", CLAIM),
    ("lb09", "The council has also been given a bonus for their efforts in improving the city's roads and "
             "infrastructure.", CLAIM),
    # edition 2, call 4 (repair, lb09)
    ("lb09", "The council said it had scored the bids on safety, parking and the fee per scooter.", S),
    ("lb09", "Scooters must be parked in 620 marked bays, and riders who leave them elsewhere will be fined 15 "
             "euros.", S),
    # edition 2, call 5 (story, lb10): and the placeholder
    ("lb10", "Quellmar Mining has received the environmental permit for its Torrabasca copper mine in northern Chile "
             "after a 4-year review that lasted four years, the company said on Monday.", S),
    ("lb10", "The mine is expected to produce about 3.4 billion tonnes of copper a year for 20 years from 2030.", FIG),
    # edition 2, call 6 (repair, lb10)
    ("lb10", "The mine is expected to cost 3.4 billion dollars and will produce about 120,000 tonnes of copper a year "
             "for 22 years from 2030.", S),
    # edition 2, call 7 (story, lb08)
    ("lb08", "The water regulator fined Aquenbrook Water 38 million pounds on Thursday for letting untreated sewage "
             "into rivers more often than its permits allowed between 2021 and 2024.", S),
    ("lb08", "The company also found that 61 of the company's treatment works had spilled sewage in dry weather, when "
             "spills are not allowed.", ACT),
    # edition 2, call 8 (story, lb08): call 7's two sentences again
    # edition 2, call 9 (signals, lb07 + lb08 + lb09 + lb10)
    ("lb07", "Tovarly Toys cuts forecast as US tariffs bite", S),
    ("lb07", "The latest news is that Tovarly toys has cut its forecast of 2019 from 36.5 million dollars.", FIG),
    # edition 2, call 10 (story, lb06)
    ("lb06", "The government will give Kolvastad Steel 850 million euros towards an electric arc furnace at its Varnes "
             "plant, the industry ministry said on Friday.", S),
    ("lb06", "The government approved a 2-year loan to Kolvastad Steel of 7 billion euros for a new electric "
             "furnace.", FIG),
    ("lb06", "The company will keep making steel at Varnes until the end of 2045, and may not pay dividends until it "
             "is running.", FIG),
    ("lb06", "The plant employs 900 people; the company said about 160 jobs would go by 2030.", FIG),
    # edition 2, call 11 (repair, lb06)
    ("lb06", "The furnace, which will replace two coal-fired blast furnaces, is expected to cost 2.1 billion euros and "
             "to start in 2029.", S),
    # edition 2, call 12 (story, lb10): a repeat of call 5's first sentence, and
    ("lb10", "Quellmar must pipe in desalinated water from the coast instead of drawing on local rivers, which added "
             "about 600 million dollars to the cost.", S),
    ("lb10", "Quellmar must sell a stake of up to 30% in 2023.", FIG),
    # edition 2, call 13 (repair, lb10)
    ("lb10", "Chief executive Eliseo Almarza said Quellmar would decide whether to build a new home and was talking "
             "about selling a stake of up to 30%.", CLAIM),
    # edition 2, call 14 (story, lb09): a near-repeat of call 4's first sentence ('the' dropped) and a repeat of its
    # second, left out, and
    ("lb09", "Zipwell has lost Dornhaven scooter license to two rivals, ending Zipwell's licence after five years.", S),
    ("lb09", "Each of the two winners may put up to 1,500 scooters on the streets, against the 4,000 that Zipwell was "
             "allowed.", S),
    ("lb09", "Zipwell's city council has chosen two companies, Rolvo and Kwikstep, to run their own electric scooter "
             "fleet from March, ending Zipwell's licence after five years.", S),
    # edition 3, call 1 (story, lo05): and the placeholder
    ("lo05", "A dairy farmer, Wilfred Osgathorpe, won the vintage class of the Harnleigh tractor pull on Saturday.", S),
    # edition 3, call 2 (repair, lo05): and left out 'The tractor can no longer pull it.': a clause of the article's
    # sentence on the sled cut loose from its "until"; what it says alone is unclear; ambiguous against the article
    ("lo05", "In a tractor pull, the sled's weight is moved forward as it travels.", S),
    # edition 3, call 3 (story, lb03): edition 1's call 8 sentence again (left out there)
    # edition 3, call 4 (story, lb03): the same sentence again
    # edition 3, call 5 (signals, lo05 + lb03): a repeat of call 2's sentence, and
    ("lo05", "The data processing of AI in agriculture has been impacted by climate change.", CLAIM),
    ("lo05", "In 2023, the UK government implemented a new policy to reduce carbon emissions from farming and "
             "transport.", CLAIM),
    # edition 3, call 6 (story, lb03): the placeholder, and left out 'The data has been removed by the original
    # source.': Medovia closed the contractor's server, and who "the original source" is is unclear; ambiguous
    # edition 3, call 7 (repair, lb03): edition 1's call 5 answer word for word (listed there)
    # edition 3, call 8 (story, lb08): a repeat of edition 2's call 7 first sentence, and left out "Cases: 61 of the
    # company's treatment works had spilled sewage into rivers more often than its permits allowed between 2021 and
    # 2024.": two of the article's findings joined, and whether the 61 works are the ones over their permits is not
    # said; ambiguous against the article
    ("lb08", "61 of the company's treatment works had spilled sewage in dry weather, when spills are not allowed.", S),
    ("lb08", "The regulator found that 61 of the company's treatment works had spilled sewage in dry weather, when "
             "spills are not allowed.", S),
    # edition 3, call 9 (story, lo05): and the placeholder
    ("lo05", "A tractor pulled by a 1978 Harnleigh tractor in 2015, which was built in 1978.", FIG),
    # edition 3, call 10 (repair, lo05)
    ("lo05", "A pull of 100 metres is called a full pull, and tractors that reach it go into a pull-off with a heavier "
             "sled.", S),
    ("lo05", "Osgathorpe's tractor weighs 4.2 tonnes.", S),
]


BODIES = [
    ("lb01", "https://www.balticshippingwire.example/saltvenne-kirrholm-route", "Baltic Shipping Wire",
     "Saltvenne Line to drop Hadsby-Kirrholm ferry route in April",
     "Saltvenne Line will stop sailing between Hadsby and Kirrholm on 30 April, ending a route it has run since 1996, "
     "the ferry operator said on Tuesday. Passenger numbers on the crossing fell 22% last year to 610,000, while fuel "
     "and port fees rose by about a quarter. The route lost 14 million euros in the year to September. Saltvenne will "
     "sell one of the two ships, the Solveig Saltvenne, and move the other to its busier route to Ostvik. About 170 "
     "crew "
     "and port staff work on the route; the company said 120 of them would be offered other jobs in the group. "
     "Kirrholm's harbour master, Oddny Breivold, said the port would look for another operator and had spoken to two. "
     "The regional council, which paid Saltvenne 3 million euros a year to keep winter sailings, said it had not been "
     "told in advance. Freight customers will be able to use the Ostvik route, which takes 90 minutes longer. "
     "Saltvenne's shares were unchanged in Oslo."),
    ("lb02", "https://www.lendingtimes.example/calverra-bank-quarter", "Lending Times",
     "Calverra Bank sets aside more for bad loans as profit falls 31%",
     "Calverra Bank's third-quarter net profit fell 31% to 412 million euros after it set aside 290 million euros for "
     "loans that may not be repaid, more than twice as much as a year earlier. Most of the provisions were for loans "
     "to commercial property developers, chief executive Lorenza Vittadini said on Thursday. Net interest income, "
     "the difference between what the bank earns on loans and pays on deposits, slipped 4% to 1.9 billion euros as "
     "interest rates came down. Fee income rose 7%. The bank's core capital ratio was 14.1%, against 14.6% three "
     "months earlier. Vittadini said Calverra would go ahead with a 500 million euro share buyback announced in July "
     "but would not start a second one this year. Analysts polled by the bank had expected a profit of 480 million "
     "euros. Calverra's shares dropped 6% in Milan, their biggest fall since March. The bank will cut 300 branch jobs "
     "next year, a plan it announced in May."),
    ("lb03", "https://www.privacyregulationnews.example/medovia-data-fine", "Privacy Regulation News",
     "Orvland regulator fines pharmacy chain Medovia over leaked prescriptions",
     "Orvland's data protection authority fined the pharmacy chain Medovia 4.6 million euros on Monday after the "
     "prescription records of about 210,000 customers were left open on the internet for seven weeks. The records, "
     "which included names, addresses and medicines, were stored on a server run by a contractor that had not set a "
     "password, the authority said. A security researcher found the server in March and told Medovia, which closed it "
     "two days later. The authority said Medovia should have checked the contractor's work and had waited 19 days "
     "before telling customers. Medovia, which runs 340 pharmacies, said it would not appeal and had ended the "
     "contract. Its chief executive, Anselm Bruusgaard, apologised to customers and said the company had hired a "
     "head of data security. The fine is the largest the authority has imposed on a health business. A patients' "
     "group said it would help customers claim damages. The authority has fined Medovia once before, in 2021, for "
     "sending marketing emails without consent."),
    ("lb04", "https://www.orvlandpolicyreview.example/sugar-levy-rise", "Orvland Policy Review",
     "Orvland to double sugar levy on soft drinks from July",
     "Orvland's government will double its levy on sugary soft drinks from 1 July, finance minister Petra Loxdal said "
     "on Wednesday. Drinks with more than 8 grams of sugar per 100 millilitres will be taxed 0.40 euros a litre, up "
     "from 0.20 euros, and those with between 5 and 8 grams 0.24 euros, up from 0.12. Drinks with less than 5 grams "
     "will stay untaxed. The ministry expects the levy to raise about 180 million euros a year, against 95 million "
     "now, and said the money would pay for free school lunches in the poorest districts. Loxdal said sales of the "
     "most sugary drinks had fallen 18% since the levy started in 2022, and that several makers had cut the sugar in "
     "their recipes. The drinks industry association said the rise would cost jobs at bottling plants and push "
     "shoppers to buy across the border. Milk drinks and fruit juices remain exempt. Parliament is expected to vote on "
     "the rise in March."),
    ("lb05", "https://www.cloudopsjournal.example/nimbrell-outage-credits", "CloudOps Journal",
     "Nimbrell to give customers credits after 11-hour outage",
     "Cloud provider Nimbrell will give customers in its Frankfurt region service credits worth 25% of their monthly "
     "bill after an outage of about 11 hours last Thursday, the company said. A software update to the system that "
     "routes traffic between its data centres was rolled out to every site at once instead of one at a time, "
     "Nimbrell said, and engineers took four hours to find the fault. About 3,800 business customers were affected, "
     "including two banks whose card payments failed for part of the day. Chief technology officer Vasudha Rudravan "
     "said updates would now be released to one site first and wait a day before going further. Nimbrell's contracts "
     "promise that service will be available 99.95% of the time each month. The credits will be paid automatically "
     "and do not stop customers from claiming more, the company said. Germany's financial regulator has asked both "
     "banks for a report. Nimbrell had a shorter outage in the same region in February."),
    ("lb06", "https://www.metalsbulletinweekly.example/kolvastad-steel-state-aid", "Metals Bulletin Weekly",
     "Kolvastad Steel wins 850 million euros of state aid for green furnace",
     "The government will give Kolvastad Steel 850 million euros towards an electric arc furnace at its Varnes "
     "plant, the industry ministry said on Friday, after the European Commission approved the aid. The furnace, which "
     "will replace two coal-fired blast furnaces, is expected to cost 2.1 billion euros and to start in 2029. "
     "Kolvastad said the switch would cut the plant's yearly carbon dioxide output by about 3.5 million tonnes, or "
     "roughly "
     "70%. The plant employs 4,200 people; the company said about 900 jobs would go by 2030, mostly through "
     "retirement, and that no one would be forced to leave. In return for the aid, Kolvastad must keep making steel "
     "at Varnes for at least 15 years and may not pay dividends until the furnace is running. Union leader Arvid "
     "Haldorsen welcomed the deal but said the job losses were too high. The furnace will need about as much "
     "electricity as a city of 400,000 people, and the grid operator will build a new line to the plant."),
    ("lb07", "https://www.toytradenews.example/tovarly-profit-warning", "Toy Trade News",
     "Tovarly Toys cuts forecast as US tariffs bite",
     "Tovarly Toys lowered its profit forecast for the year on Tuesday, saying US import tariffs on toys made in "
     "Vietnam had raised its costs by about 40 million dollars. The maker of wooden train sets and puzzles now "
     "expects an operating profit of 55 million to 65 million dollars, down from 90 million to 100 million. Sales in "
     "the third quarter rose 3% to 318 million dollars, helped by Europe, where they grew 12%, while US sales fell "
     "5%. Chief executive Mirela Costandache said Tovarly had raised its US prices by an average of 8% in August and "
     "would move part of its production to Mexico next year. She said the company would not cut its dividend. The US "
     "accounts for about 45% of Tovarly's sales. The company said retailers had ordered less for the Christmas "
     "season than a year ago. Tovarly's shares fell 14% in Stockholm, to their lowest since 2020."),
    ("lb08", "https://www.utilitywatchdog.example/aquenbrook-water-fine", "Utility Watchdog",
     "Aquenbrook Water fined 38 million pounds over sewage spills",
     "The water regulator fined Aquenbrook Water 38 million pounds on Thursday for letting untreated sewage into "
     "rivers more often than its permits allowed between 2021 and 2024. The regulator found that 61 of the company's "
     "treatment works had spilled sewage in dry weather, when spills are not allowed. Aquenbrook may not pass the fine "
     "on to customers and must pay it from its profits. The company, which serves 2.3 million people, said it "
     "accepted the findings and would spend 1.1 billion pounds by 2030 on larger storm tanks. The regulator also "
     "capped the rise in customers' bills at 21% over five years, below the 34% Aquenbrook had asked for. Chief "
     "executive Emrys Tregunnow said the decision would make it harder to pay for the work, and that the company "
     "was considering asking the competition authority to review it. A group of anglers, who first reported the "
     "spills, said the fine was too small. Aquenbrook paid no dividend last year."),
    ("lb09", "https://www.dornhavengazette.example/scooter-licence-tender", "Dornhaven Gazette",
     "Zipwell loses Dornhaven scooter licence to two rivals",
     "Dornhaven's city council has chosen two companies, Rolvo and Kwikstep, to run the city's rental electric "
     "scooters from March, ending Zipwell's licence after five years. Seven companies bid in the tender. Each of the "
     "two winners may put up to 1,500 scooters on the streets, against the 4,000 that Zipwell was allowed. Scooters "
     "must be parked in 620 marked bays, and riders who leave them elsewhere will be fined 15 euros. The council said "
     "it had scored the bids on safety, parking and the fee per scooter, which rises to 90 euros a year from 60. "
     "Zipwell said it was disappointed and was studying whether to challenge the decision in court. About 85 people "
     "work for Zipwell in the city, most of them charging and repairing scooters. Councillor Ingeborg Sundvall said "
     "complaints about scooters blocking pavements had doubled in two years. Riders made about 2.6 million trips last "
     "year."),
    ("lb10", "https://www.miningjournalonline.example/quellmar-copper-permit", "Mining Journal Online",
     "Quellmar wins permit for Torrabasca copper mine after four-year review",
     "Quellmar Mining has received the environmental permit for its Torrabasca copper mine in northern Chile after a "
     "review that lasted four years, the company said on Monday. The mine is expected to cost 3.4 billion dollars and "
     "to produce about 120,000 tonnes of copper a year for 22 years from 2030. Quellmar must pipe in desalinated "
     "water from the coast instead of drawing on local rivers, which added about 600 million dollars to the cost. Two "
     "indigenous communities had opposed the mine; one signed an agreement with the company in August, and the other "
     "said it would go to court. Chief executive Eliseo Almarza said Quellmar would decide whether to build by the "
     "middle of next year and was talking to partners about selling a stake of up to 30%. Copper prices have risen "
     "about 20% this year. Quellmar's shares gained 9% in Toronto."),
    ("lo01", "https://www.stowmerefolio.example/quoits-championship", "Stowmere Folio",
     "Signalman wins Stowmere quoits championship",
     "A railway signalman, Ossian Ashbolt, won the open quoits championship at Stowmere on Saturday, beating 47 "
     "other players on the green behind the village inn. Players throw heavy iron rings at a pin in a bed of clay 11 "
     "yards away, and a ring that lands over the pin, called a ringer, scores two points. The nearest ring to the pin "
     "otherwise scores one point, and a game is played to 21. Ashbolt, 58, beat a schoolteacher, Clemency Dowsett, "
     "21-17 in the final. Each ring weighs about 2.5 kilograms. Ashbolt said he had thrown 14 ringers over the day, "
     "the most he had ever managed. Quoits has been played at the inn since at least 1880, the organisers said, and "
     "the league has 11 teams. Dowsett, who has played for three years, was the first woman to reach the final. The "
     "winner received a brass pin and 100 pounds."),
    ("lo02", "https://www.tabletopweekly.example/brecknell-crokinole-open", "Tabletop Weekly",
     "Retired nurse wins Brecknell crokinole open",
     "A retired nurse, Roselyne Dallaire, won the singles title at the Brecknell crokinole open on Sunday, beating "
     "112 other players in a school gym. In crokinole, players flick small wooden discs across a round board towards a "
     "hole in the centre, and a disc that drops into the hole scores 20 points. Eight pegs guard the middle ring, and "
     "a player must hit an opponent's disc if one is on the board. Dallaire, 66, beat a carpenter, Wendelin Wenkel, by "
     "six games to two in the final. She scored 31 twenties in the final, a record for the event. The open began in "
     "2009 with 24 players. Boards are made of maple and are 26 inches across. The doubles title went to two brothers "
     "from Guelph, Amos and Ezra Brubacher. About 400 spectators watched the finals, and entry cost 30 dollars a "
     "player."),
    ("lo03", "https://www.aldwickchronicle.example/homemade-raft-race", "Aldwick Chronicle",
     "Firefighters win Aldwick homemade raft race",
     "A crew of six firefighters won the Aldwick homemade raft race on Sunday, paddling a raft made of plastic barrels "
     "and scaffolding poles down the 5-kilometre course on the river in 38 minutes 12 seconds. Rafts must be built by "
     "their crews and may not use a motor or a bought boat hull. Every rower must wear a life jacket. Fifty-three "
     "rafts "
     "started, and nine sank or broke up before the finish, where rescue boats picked up their crews. A team of "
     "dentists came second, 2 minutes 40 seconds behind the firefighters, on a raft built around an old bathtub. The "
     "prize for the best costumes went to a rowing club dressed as pirates. The race, started in 1974 by the town's "
     "rotary club, raised about 18,000 pounds for the lifeboat station this year. About 7,000 people watched from the "
     "banks, the organisers said. The river was lower than usual after a dry summer."),
    ("lo04", "https://www.pacificyouthsports.example/yoyo-national-championship", "Youth Sports Digest",
     "Teenager takes national yo-yo title with two-handed routine",
     "A 17-year-old from Kelowna, Kavitha Sethuraman, won the national yo-yo championship in Winnipeg on Saturday "
     "with a three-minute routine using two yo-yos at once. Judges score each routine out of 100, with 60 points for "
     "the tricks and 40 for the way they are performed to music. Sethuraman scored 88.5, ahead of last year's "
     "champion, Lorcan Ferriby, on 84. She said she had practised for about three hours a day since the spring and had "
     "worn out 14 strings in the week before the event. Eighty-six players took part in five divisions, including one "
     "in which the yo-yo is attached to a stick rather than the player's finger. A player loses points if the yo-yo "
     "hits the floor or the string breaks. Sethuraman, who started playing at the age of 11, has qualified for "
     "the world championship in Prague. The event was held in a shopping centre."),
    ("lo05", "https://www.ruralmachineryreport.example/tractor-pull-finals", "Rural Machinery Report",
     "Dairy farmer's 1978 tractor wins Harnleigh tractor pull",
     "A dairy farmer, Wilfred Osgathorpe, won the vintage class of the Harnleigh tractor pull on Saturday, dragging a "
     "weighted sled 81.4 metres with a tractor built in 1978. In a tractor pull, the sled's weight is moved forward "
     "as it travels, pressing harder on the ground until the tractor can no longer pull it. A pull of 100 metres is "
     "called a full pull, and tractors that reach it go into a pull-off with a heavier sled. Osgathorpe's tractor, "
     "which "
     "he still uses on his farm, weighs 4.2 tonnes. The modified class, for tractors with extra engines, was won by a "
     "team from Lincolnshire whose machine has four engines. Sixty-two tractors competed in six classes. One tractor "
     "caught fire during the pull and was put out by marshals; no one was hurt. About 9,000 people attended over two "
     "days, the organisers said, up from 7,500 last year."),
    ("lo06", "https://www.citysportsnight.example/leipzig-chess-boxing-bout", "City Sports Night",
     "Maths student wins chess boxing bout by checkmate",
     "A maths student, Levente Harsanyi, won a chess boxing bout in Leipzig on Friday night by checkmating his "
     "opponent, a security guard named Orfeo Kempf, in the ninth round. Chess boxing alternates rounds of speed chess "
     "and boxing, starting with chess, for up to 11 rounds. Each chess round lasts four minutes and each boxing round "
     "three, and a fighter can win by checkmate, knockout, a referee stopping the fight or the opponent running out "
     "of time on the chess clock. Kempf had knocked Harsanyi down in the fourth round, but Harsanyi got up before the "
     "count of ten. Harsanyi, 24, is rated about 2,100 in chess, against about 1,700 for Kempf. Fighters wear "
     "headphones during the chess rounds so that they cannot hear shouts from the crowd. About 600 people watched in "
     "a former tram depot. Harsanyi said it was his third bout and his first win."),
    ("lo07", "https://www.highlandgamesherald.example/stone-lifting-contest", "Highland Games Herald",
     "Forestry worker lifts five stones to win Drumlachan contest",
     "A forestry worker, Ruairidh Buchanty, won the stone-lifting contest at the Drumlachan games on Saturday, lifting "
     "all five stones onto barrels in 41 seconds. The stones, which weigh from 100 to 160 kilograms, are set in a line "
     "and must each be lifted onto a barrel about 1.2 metres high. Competitors are allowed to use tacky resin on their "
     "hands but no belts or straps. Buchanty, 29, beat a bricklayer, Fergus Lennachan, who also lifted all five "
     "stones but took 47 seconds. Eleven men and three women competed, and four of them lifted every stone. The "
     "heaviest stone, known locally as the Bodach, is said to have been lifted by young men to prove their strength "
     "for centuries. The women's contest, with stones of 60 to 100 kilograms, was won by a physiotherapist, Morven "
     "Dunmorrow. Buchanty said he had trained with sandbags since the summer. About 3,500 people attended the games."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="l", split="evaluation23",
                                      raw_name="eval23-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval23", arts, rows, problems, (("business, policy and tech articles", "lb"), ("others", "lo")))


if __name__ == "__main__":
    main()
