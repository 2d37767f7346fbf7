"""Build the thirtieth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval30-articles.jsonl and eval30-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval30.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every name was searched for as a word in tests/data but the held-out eval-profserv, the demo corpus and ../shared/data
first; the first draft's names found there, about forty, among them Quorvane, Brackenfield, Veridane, Hollowell,
Calloway, Merrowgate, Pentreath and many first names, were replaced). Ten articles are business, policy and tech news
(kgb01-kgb10) of kinds no earlier part used (each checked against the earlier parts' articles; the brief's port crane
strike, cocoa hedging loss, tower portfolio sale and satellite launch delay were left out because a05/c07/vb04/e06/
kab09, e07/eb07/ib10, rb05 and vb02/kdb07 are of those kinds): a cement maker's kiln emissions fine (days over a
nitrogen oxides limit, milligrams per cubic metre, a fine not contested, a filter due, an output cut ordered, a second
kiln not decided), a publisher's AI licensing deal (titles, dollars over three years, a share to authors, a withdrawal
date, recent books left out, a 50-word limit, a union's complaint, a first payment due), a pharmacy chain's shop
closures (shops and jobs, fees down in real terms, staff moved, a profit turned to a loss, closures not ruled out, a
fee review set), a bus maker's brake valve recall (buses, build dates, countries, stuck valves with no crash, a cost
range in euros, minutes a bus, buses kept in service, the valve's maker not named, valves due), a dairy co-operative's
milk price cut (pence a litre, a deeper cut rejected, litres a year, a farmers' group's estimate, organic milk
unchanged, a review due, a notice period), a lottery operator's licence renewal (a rival bid turned down, a share for
good causes, bid scores, a legal challenge weighed, a renewal not final until signed, a minimum age, a fee), a pet
food maker delisted by a supermarket chain in a price row (products, a price rise asked, a share of sales, talks due,
a forecast not cut), a perfume house's sale of a fragrance brand to a buyout firm (euros, sales, completion due, debt,
staff moving, a supply agreement, shops planned, no other sale planned), a cable car shut for a worn haul rope
(metres and kilometres, Swiss francs, weeks to make and fit, passengers, refunds, an inspection set) and an energy
supplier's smart meter fine (meters against a target, a share of customers, engineers cut, a penalty accepted, hiring
agreed, bills not to rise, a decision due). Plans against done acts, scheduled events ("is due to install", "is due to
resume", "is due to review", "is due to pay", "is set to review", "is set to inspect", "is due to be held"), negations
("will not contest", "no decision has been made", "will not license", "none of which caused a crash", "has not said",
"not justified", "has not cut", "would not change", "none can do so", "not final", "no plans", "has not decided",
"would not add", "never entered"), ranges and estimates, figures in pounds, euros, dollars, Swiss francs and pence and
in tonnes, milligrams per cubic metre, litres, kilometres, metres, centimetres, kilograms and microns, speakers by role
and by name, and actors named by description ("the cement maker", "the publisher", "the pharmacy chain", "the bus
maker", "the co-operative", "the gambling regulator", "the supermarket chain", "the pet food maker", "the perfume
house", "the buyout firm", "the operator", "the supplier"). Seven are on topics no earlier part uses (kgo01-kgo07;
the earlier parts' articles and README and the rest of tests/data but eval-profserv were searched for the topic
words first): a Pooh sticks championship, a sweet pea show, a falconry fair, an alpaca show, a sourdough bread
festival, a bobbin lace fair and an orienteering championship.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("fight" for "contest", "pull out" for "withdraw", "consulted"
for "asked", "pledged" for "promised", "weighing" for "considering", "take on" for "hire", "yields" for "gives", "due
back" for "set to return"), a measure as the subject ("Lottery ticket sales were 7.3 billion pounds last year", "Last
year 410,000 passengers rode the cable car"), figures restated in other words ("an hour and a half" for 90 minutes,
"six weeks or more" for at least six weeks, "no more than a mile" for within a mile, "has not lowered" for has not
cut), and analysis sentences (``kind`` "analysis") that only combine or compute from one passage of the cited article
(emissions above the limit, a fine wanted as a multiple, a deal's value a year and as a share of revenue, shops left,
a swing from profit to loss, hours of work and cost a bus, a price before a cut, revenue lost, a bid's margin, the
value of 3 points of sales, total sales from a share, a sale price as a multiple of sales and against debt, brands
left, a worn share of a rope, a meter shortfall, engineers cut, players in all, age gaps, usual heat time, flowers in
a vase, entries lost, a runner-up's time, a hawk's age, alpacas per breeder and per class, a points margin, feeds a
week, learners in 2020, years since learning, a rival's finishing time, a course length gap, a time gap). Each is
fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind (wrong figures, units, currencies and dates, wrong
directions, negations dropped or reversed, plans and scheduled events told as done, wrong actors and swapped roles,
unsupported claims, invented causes, generic invented analysis, merged events citing two articles, content-free page
furniture), with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of
Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval30-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation30"; ids
"kg0001"... (two letters: every single letter, "ka" (eval25's), "kc" (eval26's), "kd" (eval27's), "ke" (eval28's) and
"kf" (eval29's) already start an earlier part's sentence ids; no sentence or article id of any part starts with "kg").
The article ids "kgb01"... and "kgo01"... start with no earlier part's article id prefix.
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
           "eval29-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl",
                    "eval27-articles.jsonl", "eval28-articles.jsonl", "eval29-articles.jsonl")
# The id prefixes of the earlier parts' sentences
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc", "kd", "ke", "kf")
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco, kdb, kdo, keb, keo, kfb,
# kfo; this part's: kgb, kgo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kgb01": [
        ("Dunmarrow Cement has been fined 4.6 million pounds over emissions from its Quarrendon kiln.", S),
        ("The environment agency fined the cement maker after its kiln exceeded a nitrogen oxides limit on 212 days "
         "in two years.", S),
        ("Over the period the kiln's emissions averaged 640 milligrams per cubic metre, above a 500-milligram limit, "
         "the agency said.", S),
        ("Dunmarrow admitted the breaches and will not fight the fine, finance director Zebedee Quiggin said.", S),
        ("Dunmarrow produces around 1.9 million tonnes of cement a year.", S),
        ("The cement maker blamed a faulty burner that was fitted in 2023 and replaced last month.", S),
        ("A filter system costing 18 million pounds is due to be installed by the end of next year.", S),
        ("The agency has told Dunmarrow to cut the kiln's output by a fifth until the filter is working.", S),
        ("Dunmarrow has not decided whether the plant's second kiln needs the same filter, Quiggin said.", S),
        ("A Quarrendon residents' group said the fine should have been nearer 10 million pounds.", S),
        ("Shares in Dunmarrow dropped 3% after the ruling.", S),
        ("The kiln's emissions averaged 140 milligrams per cubic metre above its limit.", S, (), AN),
        ("The residents' group wanted a fine more than twice the size of the one imposed.", S, (), AN),
        ("The environment agency fined Dunmarrow Cement 6.4 million pounds.", FIG),
        ("The Quarrendon kiln broke its nitrogen oxides limit on 122 days over two years.", FIG),
        ("The kiln's emissions averaged 640 grams per cubic metre, the agency said.", FIG),
        ("Dunmarrow said the faulty burner had been fitted in 2021.", FIG),
        ("Dunmarrow said it would contest the fine.", DIR),
        ("Dunmarrow has installed an 18 million pound filter system at Quarrendon.", DIR),
        ("Dunmarrow has decided that the second kiln needs the same filter.", DIR),
        ("Dunmarrow's shares rose 3% after the ruling.", DIR),
        ("Dunmarrow's chief executive said the company would not contest the fine.", ACT),
        ("The environment agency blamed a faulty burner fitted in 2023.", ACT),
        ("The kiln broke its limit because Dunmarrow had cut maintenance spending to save money.", CAUSE),
        ("Dunmarrow plans to close the Quarrendon works within five years.", CLAIM),
        ("The fine is likely to push other cement makers to invest in cleaner kilns.", GEN),
        ("The kiln's emissions were about 40% above its limit on average.", FIG, (), AN),
        ("Dunmarrow will pay for its new filter with money from a licensing deal with the AI developer Nimbrix.",
         MERGE, ("kgb02",)),
    ],
    "kgb02": [
        ("Larkspire Books will license 42,000 backlist titles to Nimbrix, an AI developer.", S),
        ("The deal, worth 31 million dollars over three years, lets Nimbrix train its language models on the "
         "books.", S),
        ("Authors will get half of what their books earn under the deal, chief executive Ottoline Varcoe said.", S),
        ("Authors can pull their titles out before 1 June, Varcoe said.", S),
        ("Books Larkspire published in the last two years are left out of the licence.", S),
        ("Under the agreement, Nimbrix's models will not reproduce more than 50 words of any licensed text.", S),
        ("The Penwright Guild, a writers' union, said authors should have been consulted first.", S),
        ("The writers' union also said the deal had been rushed.", S),
        ("Larkspire is the third publisher this year to sign a deal of this kind.", S),
        ("Larkspire's shares gained 6%.", S),
        ("The first payment, of 9 million dollars, is due from Nimbrix in March.", S),
        ("The publisher is also talking to a second AI company, which it would not name.", S),
        ("The Nimbrix deal is worth a little over 10 million dollars a year on average.", S, (), AN),
        ("The deal's value is about 12% of Larkspire's revenue last year.", S, (), AN),
        ("Larkspire will license 24,000 backlist titles to Nimbrix.", FIG),
        ("The Nimbrix deal is worth 31 million dollars over five years.", FIG),
        ("The licensing deal is worth 31 million pounds over three years.", FIG),
        ("Authors will receive a quarter of the money their books earn.", FIG),
        ("Authors may withdraw a title before 1 July.", FIG),
        ("Nimbrix has paid Larkspire the first 9 million dollars.", DIR),
        ("Larkspire's shares fell 6% on the news.", DIR),
        ("Larkspire will also license books it published in the past two years.", DIR),
        ("The Penwright Guild welcomed the deal.", DIR),
        ("Nimbrix has agreed to license 42,000 titles to Larkspire Books.", ACT),
        ("The Penwright Guild said it was in talks with a second AI company.", ACT),
        ("Larkspire said the second AI company was a larger rival of Nimbrix.", CLAIM),
        ("Larkspire signed the deal because its print sales fell last year.", CAUSE),
        ("The deal marks a turning point in how publishers make money from old books.", GEN),
        ("The Nimbrix deal is worth about 15 million dollars a year on average.", FIG, (), AN),
        ("Larkspire Books will also close 118 shops by the end of June.", MERGE, ("kgb03",)),
    ],
    "kgb03": [
        ("Medlowe Pharmacy plans to close 118 of its 640 shops by the end of June.", S),
        ("About 900 jobs are at risk from the closures, the pharmacy chain said.", S),
        ("Most of the shops that will close are no more than a mile from another Medlowe branch, Tabitha Hurlstone, "
         "the chief executive, said.", S),
        ("Medlowe blamed a cut in what the health service pays it to dispense prescriptions.", S),
        ("The chain said dispensing fees had dropped 9% in real terms since 2022.", S),
        ("Medlowe expects to move up to 600 of the staff affected to other shops.", S),
        ("Prescriptions at the shops being closed will move automatically to the nearest branch.", S),
        ("Medlowe lost 14 million pounds in the year to March, after a 22 million pound profit a year before.", S),
        ("Hurlstone did not rule out more closures.", S),
        ("A pharmacists' union plans to seek talks with Medlowe.", S),
        ("Dispensing fees are set to be reviewed by the health department in the autumn.", S),
        ("Medlowe will keep 522 shops after the closures.", S, (), AN),
        ("The chain's results swung by 36 million pounds, from a profit to a loss.", S, (), AN),
        ("Medlowe will close 181 of its 640 shops.", FIG),
        ("About 9,000 jobs are at risk from Medlowe's closures.", FIG),
        ("Medlowe made a loss of 22 million pounds in the year to March.", FIG),
        ("Medlowe will close the shops by the end of September.", FIG),
        ("Dispensing fees have risen 9% in real terms since 2022, Medlowe said.", DIR),
        ("Hurlstone ruled out any further closures.", DIR),
        ("The health department has reviewed dispensing fees.", DIR),
        ("The pharmacists' union said most of the closing shops were within a mile of another branch.", ACT),
        ("The union expects to move as many as 600 of the staff affected to other shops.", ACT),
        ("Medlowe is closing shops because online pharmacies have taken its customers.", CAUSE),
        ("Medlowe will sell 40 of the shops to a rival chain.", CLAIM),
        ("The closures show how hard it has become for high-street pharmacies to survive.", GEN),
        ("Medlowe will keep 458 shops after the closures.", FIG, (), AN),
        ("Medlowe will also recall the vans in its delivery fleet over a brake fault.", MERGE, ("kgb04",)),
    ],
    "kgb04": [
        ("Corvatec Buses is recalling 2,750 double-deckers over a brake valve that can stick in the cold.", S),
        ("The bus maker will replace the valve on buses built from March 2023 to August 2025.", S),
        ("The buses affected were sold to operators in 11 countries.", S),
        ("Corvatec knows of 14 cases of a stuck valve, and none led to a crash.", S),
        ("Drivers stopped the buses with the parking brake every time, Corentin Ferrabee, the technical director, "
         "said.", S),
        ("The recall is expected to cost 20 million to 26 million euros.", S),
        ("Fixing each bus should take about an hour and a half.", S),
        ("Operators can keep running the buses until new valves arrive if they check the brakes each morning.", S),
        ("The transport safety agency is satisfied with Corvatec's plan.", S),
        ("Corvatec has not named the maker of the faulty valve.", S),
        ("Marlbrook Transit, Corvatec's biggest customer, runs 410 of the recalled buses.", S),
        ("The first new valves are due at garages in January.", S),
        ("The work would take about 4,125 hours across all 2,750 buses.", S, (), AN),
        ("The recall could cost Corvatec up to about 9,500 euros a bus.", S, (), AN),
        ("Corvatec is recalling 7,250 double-deck buses.", FIG),
        ("Corvatec knows of 41 cases in which a valve stuck.", FIG),
        ("The recall is expected to cost between 20 million and 26 million pounds.", FIG),
        ("The work is expected to take about 90 hours per bus.", FIG),
        ("The recall covers buses built between March 2021 and August 2025.", FIG),
        ("Two of the stuck valves caused crashes, Corvatec said.", DIR),
        ("Operators must take the buses out of service until the new valves arrive.", DIR),
        ("The replacement valves have reached garages.", DIR),
        ("Marlbrook Transit is recalling 2,750 double-deck buses.", ACT),
        ("The transport safety agency said it knew of 14 cases in which a valve had stuck.", ACT),
        ("The valves stick because a supplier changed the rubber used in them.", CAUSE),
        ("Corvatec will pay operators compensation for the recall.", CLAIM),
        ("The recall will damage Corvatec's reputation with city operators.", GEN),
        ("Marlbrook Transit runs about a third of the buses recalled.", FIG, (), AN),
        ("Corvatec's recall will also hit Fernvale Dairies, whose milk tankers use the same brake valve.", MERGE,
         ("kgb05",)),
    ],
    "kgb05": [
        ("Fernvale Dairies will pay 3 pence less a litre for milk from 1 March.", S),
        ("The cut takes the co-operative's milk price to 38.5 pence a litre.", S),
        ("It is the co-operative's second cut to the milk price this year.", S),
        ("Fernvale is owned by about 1,850 farmers.", S),
        ("Fernvale said world prices for butter and milk powder had fallen about 15% since the summer.", S),
        ("A deeper cut of 4 pence was considered by the board but rejected, chair Eulalia Ashmeade said.", S),
        ("The co-operative collects some 2.4 billion litres of milk each year.", S),
        ("Dairy Voice, a farmers' group, estimated that a farmer with 180 cows would lose about 1,900 pounds a "
         "month.", S),
        ("The price of organic milk will not change, Fernvale said.", S),
        ("Fernvale is due to look at the price again in May.", S),
        ("Members who want to leave cannot do so before a 12-month notice period ends, Ashmeade said.", S),
        ("Fernvale expects annual revenue to drop to about 1.1 billion pounds, from 1.25 billion.", S),
        ("Before the cut, Fernvale paid 41.5 pence a litre for milk.", S, (), AN),
        ("Fernvale's revenue is expected to fall by about 150 million pounds.", S, (), AN),
        ("Fernvale will cut its milk price by 3 pence to 35.5 pence a litre.", FIG),
        ("Fernvale is owned by about 18,500 farmers.", FIG),
        ("Fernvale collects about 2.4 billion gallons of milk a year.", FIG),
        ("Fernvale's milk price cut takes effect from 1 May.", FIG),
        ("World butter and milk powder prices are down about 50% since the summer, Fernvale said.", FIG),
        ("Fernvale will raise the price it pays for milk by 3 pence a litre.", DIR),
        ("Fernvale will also cut its price for organic milk.", DIR),
        ("Fernvale reviewed the milk price again in May.", DIR),
        ("Members can leave the co-operative at once, Ashmeade said.", DIR),
        ("Dairy Voice said the board had considered a deeper cut of 4 pence.", ACT),
        ("Fernvale estimated that a farmer with 180 cows would lose about 1,900 pounds a month.", ACT),
        ("Fernvale cut its price because its members produced too much milk.", CAUSE),
        ("Fernvale will close one of its creameries.", CLAIM),
        ("The cut will drive many small dairy farmers out of business.", GEN),
        ("Before the cut, Fernvale paid 42.5 pence a litre for milk.", FIG, (), AN),
        ("Fernvale's new milk price must be approved by the culture minister.", MERGE, ("kgb06",)),
    ],
    "kgb06": [
        ("The gambling regulator has given Luckmere Games the national lottery licence for another ten years from "
         "2028.", S),
        ("A rival bid from Starcombe Gaming was turned down.", S),
        ("Luckmere has operated the lottery since 2008.", S),
        ("Luckmere pledged to raise the share of ticket sales for good causes from 24% to 27%.", S),
        ("The regulator scored Luckmere's bid at 81 out of 100 and Starcombe's at 74.", S),
        ("Lottery ticket sales were 7.3 billion pounds last year.", S),
        ("Starcombe is weighing a legal challenge and has 21 days to file one.", S),
        ("Luckmere will spend 150 million pounds on new shop terminals, chief executive Euphemia Straythorne "
         "said.", S),
        ("The renewal will not be final until the culture minister signs it, which is expected in January.", S),
        ("The minimum age to play will rise to 18 from 16 under the new licence.", S),
        ("Luckmere's annual fee to the regulator will go up to 40 million pounds from 28 million.", S),
        ("Luckmere's bid beat Starcombe's by 7 points.", S, (), AN),
        ("At last year's sales, 3 more percentage points for good causes would be worth about 219 million "
         "pounds.", S, (), AN),
        ("Luckmere's licence has been renewed for 15 more years.", FIG),
        ("Luckmere's bid scored 87 points out of 100.", FIG),
        ("Lottery ticket sales reached 3.7 billion pounds last year.", FIG),
        ("Luckmere has run the lottery since 2018.", FIG),
        ("Starcombe has 12 days to lodge a legal challenge.", FIG),
        ("The regulator turned down Luckmere's bid and chose Starcombe Gaming.", ACT),
        ("The culture minister has signed Luckmere's renewal.", DIR),
        ("Luckmere will lower the share of ticket sales going to good causes.", DIR),
        ("Under the new licence, the minimum age to play falls to 16.", DIR),
        ("Starcombe said it would invest 150 million pounds in new terminals for shops.", ACT),
        ("Luckmere won because Starcombe's bid had been filed late.", CAUSE),
        ("Luckmere plans to launch an online-only lottery game next year.", CLAIM),
        ("The decision leaves the lottery market with too little competition.", GEN),
        ("Luckmere's fee to the regulator will rise by 22 million pounds a year.", FIG, (), AN),
        ("Luckmere's lottery tickets will also be sold in Holmwick's 820 stores.", MERGE, ("kgb07",)),
    ],
    "kgb07": [
        ("Holmwick has stopped selling Purrington Foods' pet food after the two could not agree on prices.", S),
        ("About 70 Purrington products are off the supermarket chain's shelves.", S),
        ("Purrington wanted about 11% more to cover higher meat and packaging costs.", S),
        ("Holmwick, which has 820 stores, said the increase was not justified.", S),
        ("Purrington's brands include Tabbywell and Barkly.", S),
        ("Purrington sold some 95 million pounds of pet food through Holmwick last year, chief executive Crispin "
         "Brightmore said.", S),
        ("Sales through Holmwick were about 8% of Purrington's total, Brightmore said.", S),
        ("The two companies are due to resume talks next week.", S),
        ("Holmwick will stock its own-brand pet food in the meantime.", S),
        ("Purrington has not lowered its forecast for the year.", S),
        ("It is the chain's third dispute with a supplier since January.", S),
        ("In an earlier dispute, a coffee roaster's products returned to Holmwick after a month.", S),
        ("Purrington's food is still on sale at other supermarkets and online.", S),
        ("Purrington's total sales last year were roughly 1.2 billion pounds.", S, (), AN),
        ("Holmwick has removed about 170 Purrington products from its shelves.", FIG),
        ("Purrington asked Holmwick for an increase of about 21%.", FIG),
        ("Holmwick runs 280 stores.", FIG),
        ("Purrington's sales through Holmwick were some 18% of its total.", FIG),
        ("Holmwick and Purrington have agreed on prices.", DIR),
        ("Purrington has cut its forecast for the year.", DIR),
        ("Talks between Holmwick and Purrington have resumed.", DIR),
        ("Shoppers can no longer buy Purrington's food anywhere.", DIR),
        ("Holmwick asked Purrington for a price increase of about 11%.", ACT),
        ("Holmwick's chief executive, Crispin Brightmore, said the rise was not justified.", ACT),
        ("Holmwick dropped Purrington after shoppers complained about its quality.", CAUSE),
        ("Purrington plans to sue Holmwick over the dispute.", CLAIM),
        ("The row shows that supermarkets now hold the upper hand over food makers.", GEN),
        ("Purrington's total sales last year were roughly 760 million pounds.", FIG, (), AN),
        ("Purrington will sell its Barkly brand to Calderstone Partners.", MERGE, ("kgb08",)),
    ],
    "kgb08": [
        ("Maison Aubrelle is selling Solvenne, its fragrance brand, to Calderstone Partners for 640 million "
         "euros.", S),
        ("The perfume house announced the sale to the buyout firm on Thursday.", S),
        ("Solvenne's sales last year were about 88 million euros.", S),
        ("Completion of the sale is due in the second quarter, after competition authorities approve it.", S),
        ("Aubrelle will use the proceeds to reduce its debt, finance chief Severine Moulart said.", S),
        ("Aubrelle's debt was 1.4 billion euros at the end of June.", S),
        ("Solvenne's 260 staff, most of whom work at a factory near Grasmont, will move to the buyout firm.", S),
        ("Under a supply agreement, Aubrelle will go on making Solvenne's scents for two years.", S),
        ("Calderstone plans 40 Solvenne shops in Asia over the next five years.", S),
        ("Aubrelle has no plans to sell its two other brands.", S),
        ("Aubrelle's shares climbed 4.5%.", S),
        ("Calderstone is paying about seven times Solvenne's sales last year.", S, (), AN),
        ("The sale price would cover less than half of Aubrelle's debt at the end of June.", S, (), AN),
        ("After the sale, Aubrelle will have two brands left.", S, (), AN),
        ("Aubrelle is selling Solvenne for 460 million euros.", FIG),
        ("Aubrelle is selling Solvenne to Calderstone for 640 million dollars.", FIG),
        ("Solvenne had sales of about 880 million euros last year.", FIG),
        ("About 620 people work for Solvenne.", FIG),
        ("Calderstone plans to open 40 Solvenne shops in Asia over ten years.", FIG),
        ("The sale of Solvenne was completed on Thursday.", DIR),
        ("Aubrelle's shares fell 4.5%.", DIR),
        ("Aubrelle plans to sell its other two brands.", DIR),
        ("Calderstone Partners has agreed to sell its Solvenne brand to Maison Aubrelle.", ACT),
        ("Calderstone will keep making Solvenne's scents for Aubrelle under a supply agreement.", ACT),
        ("Aubrelle is selling Solvenne because the brand lost money last year.", CAUSE),
        ("Calderstone plans to float Solvenne on the stock market within three years.", CLAIM),
        ("The sale shows that buyout firms see luxury fragrances as a safe bet.", GEN),
        ("Calderstone is paying about twelve times Solvenne's sales last year.", FIG, (), AN),
        ("Solvenne's staff near Grasmont will be able to ride the Ossery cable car free of charge.", MERGE,
         ("kgb09",)),
    ],
    "kgb09": [
        ("The Skarnhold cable car will be closed for six weeks or more after wear was found on its haul rope.", S),
        ("The cable car runs from Brennach to the top of Mount Ossery.", S),
        ("Inspectors found broken wires along 30 metres of the rope, Ossery Lifts said.", S),
        ("The haul rope is 2.8 kilometres long.", S),
        ("The line was closed as a precaution and no passengers were in danger, Greer Rathbone, the operations "
         "manager, said.", S),
        ("A replacement rope will cost about 1.3 million Swiss francs.", S),
        ("Making a new rope takes four weeks, and fitting it takes two more.", S),
        ("Last year 410,000 passengers rode the cable car.", S),
        ("In winter, the cable car is the only way up Mount Ossery.", S),
        ("Summit hotels say they have already had cancellations.", S),
        ("Tickets for dates when the line is shut will be refunded by the operator.", S),
        ("Ossery Lifts has not said whether the supplier of the rope will pay for a new one.", S),
        ("The new rope must be inspected by the canton's transport office before the line reopens.", S),
        ("The worn stretch is about 1% of the rope's length.", S, (), AN),
        ("The Skarnhold cable car will stay closed for at least four weeks.", FIG),
        ("Inspectors found broken wires on a 300-metre stretch of the rope.", FIG),
        ("The haul rope is 2.8 miles long.", FIG),
        ("A new rope costs about 1.3 million euros.", FIG),
        ("The cable car carried 140,000 passengers last year.", FIG),
        ("Ossery Lifts will not refund tickets for dates while the line is shut.", DIR),
        ("The canton's transport office has inspected the new rope.", DIR),
        ("The Skarnhold cable car has reopened.", DIR),
        ("The rope's supplier has agreed to pay for the replacement.", DIR),
        ("Hotels at the summit said the line was shut as a precaution.", ACT),
        ("The rope wore out because of heavy snow last winter.", CAUSE),
        ("Ossery Lifts plans to replace the cable car with a gondola by 2030.", CLAIM),
        ("The closure will be a heavy blow to Brennach's winter economy.", GEN),
        ("The worn stretch is about a tenth of the rope's length.", FIG, (), AN),
        ("The new rope will be paid for out of the 12.5 million pound fine on Voltmere Energy.", MERGE, ("kgb10",)),
    ],
    "kgb10": [
        ("Voltmere Energy has been fined 12.5 million pounds by the energy regulator over its smart meter "
         "rollout.", S),
        ("It is the biggest penalty the regulator has given for missing such a target.", S),
        ("Voltmere fitted 410,000 smart meters last year, short of a 650,000 target.", S),
        ("About 38% of Voltmere's 3.1 million customers have a smart meter.", S),
        ("According to the regulator, Voltmere cut its meter-fitting engineers to 560 from 900 in 2024 to save "
         "money.", S),
        ("Voltmere blamed the shortfall mainly on customers cancelling appointments.", S),
        ("Voltmere accepted the penalty.", S),
        ("The supplier has agreed to take on 300 engineers and to fit at least 700,000 meters this year.", S),
        ("The money from the fine will go to a fund for households in debt to their suppliers.", S),
        ("Customers' bills will not go up to pay the fine, chief executive Ptolemy Askwith said.", S),
        ("In April the regulator is due to decide whether two other suppliers should be fined.", S),
        ("The government wants three-quarters of homes to have smart meters by 2027.", S),
        ("Voltmere fell 240,000 meters short of its target last year.", S, (), AN),
        ("Voltmere cut its meter-fitting engineers by 340 in 2024.", S, (), AN),
        ("Voltmere Energy was fined 21.5 million pounds.", FIG),
        ("Voltmere fitted 140,000 smart meters last year.", FIG),
        ("About 83% of Voltmere's customers have a smart meter.", FIG),
        ("The government wants smart meters in three-quarters of homes by 2030.", FIG),
        ("Voltmere said it would appeal the penalty.", DIR),
        ("Customers' bills will rise to pay Voltmere's fine.", DIR),
        ("The regulator has fined two other suppliers.", DIR),
        ("Voltmere increased its number of meter-fitting engineers in 2024.", DIR),
        ("The regulator said the shortfall was mainly due to customers cancelling appointments.", ACT),
        ("Ptolemy Askwith, the regulator's chief executive, said bills would not rise to pay the fine.", ACT),
        ("Voltmere fell behind because its meters failed safety tests.", CAUSE),
        ("Voltmere will stop selling gas to new customers.", CLAIM),
        ("The fine will make other suppliers take their smart meter targets more seriously.", GEN),
        ("Voltmere fell 340,000 meters short of its target last year.", FIG, (), AN),
        ("Voltmere's fine will go into the same fund as Dunmarrow Cement's 4.6 million pound fine.", MERGE,
         ("kgb01",)),
    ],
    "kgo01": [
        ("Dorcas Ambler, a 71-year-old retired postwoman, has won the Hebbleford Pooh sticks championship.", S),
        ("Ambler beat 312 other players on Sunday.", S),
        ("Sticks are dropped from the upstream side of the Merriwell footbridge, and the first to come out on the "
         "other side wins.", S),
        ("Ambler won six heats running.", S),
        ("In the final, her stick beat eight-year-old Osian Thackray's by about a hand's width.", S),
        ("After a dry week the river was slow, and heats lasted up to 40 seconds, twice the usual time, organiser "
         "Septimus Pilbeam said.", S),
        ("Sticks have to be natural wood no more than 30 centimetres long.", S),
        ("Painted sticks were banned last year.", S),
        ("The championship raised 6,200 pounds for a children's hospice.", S),
        ("Ambler had never entered the championship before.", S),
        ("She picked a stick with plenty of bark, Ambler said.", S),
        ("Because of crowding, next year's event is due to move to a wider bridge downstream.", S),
        ("In all, 313 players took part in the championship.", S, (), AN),
        ("Ambler is 63 years older than the runner-up.", S, (), AN),
        ("Heats usually take about 20 seconds.", S, (), AN),
        ("Ambler beat 213 other players.", FIG),
        ("Ambler won four heats in a row.", FIG),
        ("Sticks must be no longer than 30 inches.", FIG),
        ("The Pooh sticks championship raised 2,600 pounds.", FIG),
        ("Painted sticks were allowed for the first time this year.", DIR),
        ("Ambler had entered the championship many times before.", DIR),
        ("This year's event was moved to a wider bridge downstream.", DIR),
        ("Osian Thackray beat Dorcas Ambler in the final.", ACT),
        ("Ambler said the river was running slowly after a dry week.", ACT),
        ("The river was slow because a weir upstream had been closed.", CAUSE),
        ("Ambler won a trophy carved from a willow tree.", CLAIM),
        ("The championship shows how simple games can bring a village together.", GEN),
        ("Ambler is 53 years older than the runner-up.", FIG, (), AN),
        ("Ambler's winning stick will be shown at the Tollerdown Sweet Pea Society's show.", MERGE, ("kgo02",)),
    ],
    "kgo02": [
        ("Jago Polwhele, a bus driver, won best in show at the Tollerdown Sweet Pea Society's annual show.", S),
        ("His winning vase had 12 stems of Dusky Velvet, each with five flowers.", S),
        ("Judges score sweet peas on colour, scent and how straight the stems are.", S),
        ("Polwhele scored 47 points out of a possible 50.", S),
        ("He has about 400 plants on an allotment and starts sowing in October.", S),
        ("Entries fell to 186 from 230 last year, society secretary Maud Cotterill said.", S),
        ("Cotterill said a hot June had made the flowers fade early.", S),
        ("A new class for under-12s drew 22 vases from children.", S),
        ("For the first time since 2019 the show was held in the village hall.", S),
        ("Polwhele also won in 2021.", S),
        ("Polwhele has not decided whether to enter July's national show.", S),
        ("The winning vase held 60 flowers.", S, (), AN),
        ("There were 44 fewer entries than last year.", S, (), AN),
        ("The winning vase held 15 stems.", FIG),
        ("Polwhele scored 49 out of 50.", FIG),
        ("The sweet pea show had 168 entries.", FIG),
        ("Polwhele begins sowing seeds in January.", FIG),
        ("Entries to the sweet pea show rose from last year.", DIR),
        ("Polwhele said he would enter the national show in July.", DIR),
        ("The show was held in a marquee this year.", DIR),
        ("Maud Cotterill's sweet peas were named best in show.", ACT),
        ("Polwhele said a hot June had made the flowers fade early.", ACT),
        ("Entries fell because the society raised its entry fee.", CAUSE),
        ("Polwhele won a prize of 500 pounds.", CLAIM),
        ("The show proves that growing sweet peas is becoming more popular with young people.", GEN),
        ("Entries fell by about a third from last year.", FIG, (), AN),
        ("Polwhele's sweet peas will decorate the Carrowdene falconry fair.", MERGE, ("kgo03",)),
    ],
    "kgo03": [
        ("Tansy, a Harris's hawk flown by Isolde Frewin, 16, won the flying competition at the Carrowdene falconry "
         "fair.", S),
        ("Birds are judged on how fast they fly back to the glove from 100 metres.", S),
        ("Tansy returned to the glove in 6.8 seconds.", S),
        ("The runner-up was a peregrine flown by a gamekeeper, Silas Tilling.", S),
        ("Forty-one birds, ranging from owls to falcons, took part.", S),
        ("Frewin has flown Tansy since the hawk was a year old, three years ago.", S),
        ("About 4,300 people visited the fair over two days, the organisers said.", S),
        ("An eagle owl that escaped on Saturday afternoon was found unharmed the next morning.", S),
        ("The owl was found in a churchyard 2 kilometres away.", S),
        ("Adult tickets cost 8 pounds, and under-5s went in free.", S),
        ("The fair is due back next August.", S),
        ("The organisers hope to add a class for kestrels next year.", S),
        ("The peregrine took 6.9 seconds to return to the glove.", S, (), AN),
        ("Tansy is about four years old.", S, (), AN),
        ("Tansy took 8.6 seconds to return to the glove.", FIG),
        ("Birds are judged on how quickly they return from 200 metres.", FIG),
        ("Fourteen birds took part in the falconry fair.", FIG),
        ("The falconry fair drew about 3,400 visitors.", FIG),
        ("The eagle owl was found 2 miles away.", FIG),
        ("The eagle owl was found injured.", DIR),
        ("The fair has added a class for kestrels.", DIR),
        ("Silas Tilling's peregrine beat Tansy by a tenth of a second.", ACT),
        ("Gamekeeper Silas Tilling flew the winning hawk.", ACT),
        ("The eagle owl escaped because its handler left a cage door open.", CAUSE),
        ("Frewin plans to become a professional falconer.", CLAIM),
        ("Falconry is enjoying a revival among teenagers.", GEN),
        ("Tansy is about six years old.", FIG, (), AN),
        ("Tansy will next fly at the Wendlesham alpaca show.", MERGE, ("kgo04",)),
    ],
    "kgo04": [
        ("Moonwort, an alpaca, was named supreme champion at Wendlesham's alpaca show on Saturday.", S),
        ("The three-year-old female was bred by the sisters Henrietta and Elowen Scarrowby.", S),
        ("Judge Hermione Blackwood said Moonwort's 17.2-micron fleece was the finest she had seen this year.", S),
        ("The 264 alpacas entered were shown in 38 classes by 57 breeders.", S),
        ("An adult alpaca yields about 3 kilograms of fleece a year.", S),
        ("The show included a demonstration of shearing.", S),
        ("The Scarrowby sisters have 46 alpacas and sell yarn spun from their fleece.", S),
        ("The win gives Moonwort a place at March's national championships.", S),
        ("Blackwood said fleece standards had risen in recent years.", S),
        ("Rain had flooded last year's field, so the show was held indoors.", S),
        ("Entry to the alpaca show was free.", S),
        ("Each breeder showed between four and five alpacas on average.", S, (), AN),
        ("There were about seven alpacas in each class on average.", S, (), AN),
        ("Moonwort's fleece measured 12.7 microns.", FIG),
        ("There were 246 alpacas entered at Wendlesham.", FIG),
        ("An adult alpaca gives about 3 pounds of fleece a year.", FIG),
        ("Moonwort is a five-year-old female.", FIG),
        ("The national alpaca championships are in May.", FIG),
        ("Blackwood said the standard of fleece had fallen in recent years.", DIR),
        ("The alpaca show was held outdoors on last year's field.", DIR),
        ("Hermione Blackwood bred Moonwort.", ACT),
        ("Elowen Scarrowby judged the alpaca show.", ACT),
        ("Moonwort's fleece is fine because the Scarrowbys feed their alpacas a special diet.", CAUSE),
        ("Moonwort was sold for 12,000 pounds after the show.", CLAIM),
        ("Alpaca farming is becoming a serious business in the region.", GEN),
        ("Each breeder showed about six alpacas on average.", FIG, (), AN),
        ("The Scarrowby sisters also won the sourdough class at Pendlecombe.", MERGE, ("kgo05",)),
    ],
    "kgo05": [
        ("Rollo Delahunt, a schoolteacher, won the sourdough loaf class at the Pendlecombe bread festival.", S),
        ("His loaf was made with a starter he has kept going for 11 years.", S),
        ("The judges scored the loaf 38 out of 40 and praised its open crumb and dark crust.", S),
        ("The 94 loaves entered were a record for the festival.", S),
        ("The Pendlecombe festival started in 2016.", S),
        ("Delahunt feeds his starter, Mildred, twice a day with rye flour and water.", S),
        ("From mixing to baking, the loaf took around 30 hours.", S),
        ("Petronella Fells, who runs a bakery in the town, came second with 36 points.", S),
        ("The festival also has rye bread and flatbread classes.", S),
        ("About 2,900 people came to the bread festival.", S),
        ("Loaves left after judging went to a food bank.", S),
        ("There will be no gluten-free class next year because too few people asked for one, the organisers "
         "said.", S),
        ("Delahunt's loaf beat the runner-up by 2 points.", S, (), AN),
        ("Delahunt's starter is fed about 14 times a week.", S, (), AN),
        ("Delahunt's starter is 21 years old.", FIG),
        ("The judges gave Delahunt's loaf 36 points out of 40.", FIG),
        ("There were 49 loaves entered in the sourdough class.", FIG),
        ("The bread festival began in 2006.", FIG),
        ("The loaf took about 30 minutes from mixing to baking.", FIG),
        ("The organisers will add a gluten-free class next year.", DIR),
        ("Leftover loaves were thrown away after judging.", DIR),
        ("Petronella Fells won the sourdough class, ahead of Rollo Delahunt.", ACT),
        ("Petronella Fells feeds her starter twice a day.", ACT),
        ("Entries hit a record because the festival cut its entry fee.", CAUSE),
        ("Delahunt plans to open his own bakery.", CLAIM),
        ("Sourdough baking has become one of the country's favourite hobbies.", GEN),
        ("Delahunt's loaf beat the runner-up by 4 points.", FIG, (), AN),
        ("Delahunt's loaf will be shown at the town museum until the end of March.", MERGE, ("kgo06",)),
    ],
    "kgo06": [
        ("Philomena Fairbrass, aged 92, won the Wyckhampton lace fair's bobbin lace class.", S),
        ("Her winning collar took 14 months to make.", S),
        ("The judges said the collar used about 260 bobbins and thread finer than a human hair.", S),
        ("Fairbrass learned lace making from her grandmother when she was seven.", S),
        ("Nine lace-making groups entered 63 pieces.", S),
        ("Tilly Tregunna, 11, the youngest entrant, won the beginners' class with a bookmark.", S),
        ("According to the organisers, the number of people taking lace classes in the county has doubled since "
         "2020.", S),
        ("About 480 people in the county now take lace classes, the organisers said.", S),
        ("The town museum will show the winning collar until the end of March.", S),
        ("Fairbrass does not plan to sell the collar.", S),
        ("Her next piece will be a christening gown for a great-granddaughter, Fairbrass said.", S),
        ("About 240 people in the county took lace classes in 2020.", S, (), AN),
        ("It is about 85 years since Fairbrass learned to make lace.", S, (), AN),
        ("Fairbrass is 81 years older than the youngest entrant.", S, (), AN),
        ("Her collar took her 41 months to make.", FIG),
        ("The winning collar used about 620 bobbins.", FIG),
        ("There were 36 pieces entered at the lace fair.", FIG),
        ("The collar will be shown at the town museum until the end of May.", FIG),
        ("The number of people taking lace classes has halved since 2020.", DIR),
        ("Fairbrass plans to sell the collar.", DIR),
        ("Tilly Tregunna won the bobbin lace class with a collar.", ACT),
        ("Fairbrass taught her grandmother to make lace.", ACT),
        ("Lace classes have grown because of a television series about lace makers.", CAUSE),
        ("The museum has bought the winning collar.", CLAIM),
        ("Lace making is at risk of dying out.", GEN),
        ("About 960 people in the county took lace classes in 2020.", FIG, (), AN),
        ("Fairbrass's great-granddaughter ran in the Glenmorrow orienteering championship.", MERGE, ("kgo07",)),
    ],
    "kgo07": [
        ("Torin Yardley, 15, won the men's open race at the Glenmorrow orienteering championship.", S),
        ("Yardley finished the 9.4-kilometre course in 58 minutes 12 seconds.", S),
        ("Runners have to find 22 control points on a map in order, guided only by a compass.", S),
        ("Yardley beat the defending champion, Calum Ardvreck, by 47 seconds.", S),
        ("Ardvreck lost time searching for the 16th control in thick bracken, the organisers said.", S),
        ("Briony Castlemaine, a vet, won the women's race.", S),
        ("Castlemaine ran the 7.8-kilometre course in 61 minutes 5 seconds.", S),
        ("A total of 418 runners took part, the youngest 8 and the oldest 84.", S),
        ("Two runners needed treatment for twisted ankles.", S),
        ("The forest's owner will let the club hold the race there for another five years.", S),
        ("The next championship is due to take place in September in the Ferrach hills.", S),
        ("Ardvreck finished in 58 minutes 59 seconds.", S, (), AN),
        ("The women's course was 1.6 kilometres shorter than the men's.", S, (), AN),
        ("Castlemaine took 2 minutes 53 seconds longer than Yardley.", S, (), AN),
        ("Yardley finished in 52 minutes 18 seconds.", FIG),
        ("Runners had to find 16 control points.", FIG),
        ("Yardley beat Ardvreck by 74 seconds.", FIG),
        ("The men's course was 9.4 miles long.", FIG),
        ("In all, 481 runners took part in the orienteering championship.", FIG),
        ("Ardvreck kept his title.", DIR),
        ("The forest's owner has refused to let the club hold the race there again.", DIR),
        ("The championship was held in the Ferrach hills in September.", DIR),
        ("Calum Ardvreck beat Torin Yardley by 47 seconds.", ACT),
        ("Briony Castlemaine won the men's open race.", ACT),
        ("Ardvreck lost time because his compass broke.", CAUSE),
        ("Yardley has been picked for the national junior team.", CLAIM),
        ("Orienteering is drawing a new generation of young runners.", GEN),
        ("Ardvreck finished in 59 minutes 29 seconds.", FIG, (), AN),
        ("Yardley's prize money will go to the Hebbleford children's hospice.", MERGE, ("kgo01",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kgb01", "Building materials: latest."),
    ("kgb02", "Sign up for our books newsletter."),
    ("kgb03", "Advertisement."),
    ("kgb05", "Chart: milk prices."),
    ("kgb07", "Related: more grocery news."),
    ("kgb09", "Watch: the cable car."),
    ("kgo02", "More pictures from the show."),
    ("kgo04", "Results in full: page 22."),
    ("kgo05", "Print this article."),
    ("kgo07", "[Photo credit]"),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels in a venv under /tmp/suppeval30, servers on 127.0.0.1 (ports 8301-8304, one thread each, --n_ctx
# 8192), json_object, date 2026-12-19, --timeout 450, the writer's default streamed requests, machine at load 27-42.
# Each edition is a fresh TOPLINE_HOME built from a subset of this part's articles, from the final bodies (one body
# sentence of kgo03 was reworded before any collection to pass the shingle check). The eval30-smollm2_raw.jsonl holds
# the recorded calls of five editions in this order (call numbers restart in each; times UTC): 1 kgb01-kgb05 + kgo01,
# kgo02 (11 calls) and 2 kgb06-kgb10 + kgo03, kgo04 (11 calls), both started at 14:30 and sent SIGTERM at 15:04 with a
# call in flight (not recorded); 3 kgb02, kgb04, kgb06, kgb08, kgb10, kgo05-kgo07 (2 calls), started at 14:30 beside
# them and sent SIGTERM at 14:42 because its first answers repeated edition 2's word for word; 4 kgb04, kgb05, kgb07,
# kgb09, kgo05-kgo07 (2 calls), started at 14:52 on edition 3's server, stopped by the end of the collection; and 5
# kgo01-kgo07 (one call, which timed out after 450 s with no answer), started at 14:37 on a fourth server. Two more
# runs on edition 3's server, kgb04, kgb07, kgb09 (14:42) and kgb07, kgb09, kgo01-kgo04 (14:49), built their editions
# without calling the model (0 calls) and are not in the file. 27 calls were recorded (13 story, 9 repair and 4
# signals answered; 1 story timed out). Only kgb01, kgb02, kgb03, kgb06, kgb08, kgb10 and kgo06 were shown to the
# model in an answered call. The model answered the same DATA block with the
# same answer, so editions that showed an article again mostly repeated; near-repeats that differ in words were kept
# and labelled (as in eval27-eval29); a sentence is listed once, at its first answer in the order of the editions;
# repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, kgb01)
    ("kgb01", "The environment agency fined Dunmarrow Cement 4.6 million pounds on Tuesday after the kiln at its "
              "Quarrendon works broke its limit on nitrogen oxides on 212 days over two years.", S),
    ("kgb01", "...", CF),
    ("kgb01", "The agency said the kiln's emissions averaged 640 milligrams per cubic metre over the period, against a "
              "limit of 500 milligrams.", S),
    ("kgb01", "Dunmarrow Cement has been fined for its environmental impact.", S),
    ("kgb01", "The agency will not contest the fine and will continue to operate the kiln at the Quarrendon.", ACT),
    # edition 1, call 2 (repair, kgb01)
    ("kgb01", "A residents' group in Quarrendon said the fine should have been closer to 10 million pounds.", S),
    # edition 1, call 3 (story, kgb03): the placeholder and
    ("kgb03", "Medlowe Pharmacy will close 118 of its 640 shops by the end of June, putting about 900 jobs at risk.",
     S),
    ("kgb03", "The company blamed a cut in the fees paid to dispensing medications from Medlowe's pharmacy would have "
              "been lost, with 9% of the shops closing.", FIG),
    # edition 1, call 4 (repair, kgb03): "The company blamed a cut in the fees the health service pays for dispensing
    # prescriptions, which it said had fallen by 9% since 2022." left out (the article's fall is "in real terms":
    # neither clearly supported nor clearly wrong)
    # edition 1, call 5 (signals, kgb01, kgb03)
    ("kgb01", "Dunmarrow Cement fined 4.6 million pounds on Tuesday after Quarrendon kiln emissions", S),
    ("kgb01", "The environment agency fined Dunmarrow Cement 4.6 million pounds on Tuesday, while the company blamed a "
              "cut in fees paid by health service for dispensing prescriptions.", MERGE, ("kgb03",)),
    ("kgb03", "Medlowe Pharmacy to close 118 shops, putting about 900 jobs at risk", S),
    # edition 1, call 6 (story, kgb02)
    ("kgb02", "Larkspire Books has agreed to license 42,000 titles from its backlist to the AI developer Nimbrix for "
              "training its language models.", S),
    ("kgb02", "In a deal worth 31 million dollars over three years, the publisher said on Wednesday that Larkspire will "
              "not license any book it published in the past two years.", S),
    ("kgb02", "Larkspire has agreed to license 42,000 titles from its backlist to Nimbrix for training its language "
              "models.", S),
    # edition 1, call 7 (story, kgb02): a repeat and
    ("kgb02", "The deal will take 3 years and 1 month.", FIG),
    # edition 1, call 8 (repair, kgb02)
    ("kgb02", "The top-line is S1 rewritten shorter,", CF),
    # edition 1, call 9 (story, kgb01): only a repeat of call 1's first sentence
    # edition 1, call 10 (repair, kgb01): only a repeat
    # edition 1, call 11 (signals, kgb01, kgb02): a repeat of call 1's first sentence, four sentences whose names are
    # garbled past reading ("Dunmarcelements", "Quarrelndons"...) and "Dunmarrow Cement has fined 4.6 million pounds
    # ..." (no object: neither clearly a passive nor clearly wrong) left out, and
    ("kgb02", "Larkspire Books licenses 42,000 backlist titles to Nimbrix", S),
    ("kgb01", "The environment agency fined Dunmarrow Cement 4.6 million pounds on Tuesday after the kiln at Quarrendon "
              "works broke its limit on nitrogen oxides on 212 days over two years.", S),
    ("kgb01", "Larkspire Books has fined Dunmarrow Cement 4.6 million pounds on Tuesday after the kiln at Quarrendon "
              "works broke its limit on nitrogen oxides on 212 days over two years.", MERGE, ("kgb02",)),
    ("kgb01", "The environment agency fined Dunmarrow Cement 4.6 million pounds on Tuesday after Quarrendon works broke "
              "its limit on nitrogen oxides on 212 days over two years.", S),
    ("kgb01", "Dunmarrow Cement has fined Dunmarrow Cements 4.6 million pounds on Tuesday after the kiln at Quarrendon "
              "works broke its limit on nitrogen oxides on 212 days over two years.", ACT),
    # edition 2, call 1 (story, kgb08): "Moulart: The story is about a luxury brand ..." (the first sentence again with
    # a speaker's name before it) left out, and
    ("kgb08", "The story is about a luxury brand that has agreed to sell its Solvenne fragrance to Calderstone for 640 "
              "million euros, the perfume house said on Thursday.", S),
    ("kgb08", "Solvenne will use the money to pay down debt.", ACT),
    ("kgb08", "It is expected to be completed by next year.", FIG),
    ("kgb08", "Aubrelle has plans to open 40 Solvenne shops in Asia over five years.", ACT),
    ("kgb08", "The report reveals that Calderstone plans to open 120 more Solvenne shops in Asia next year.", FIG),
    ("kgb08", "The company is expected to complete a new 3rd round of business plans by the end of this quarter.",
     CLAIM),
    ("kgb08", "Aubrelle has already started the process of paying down debt and plans to continue it for another five "
              "years.", CLAIM),
    # edition 2, call 2 (repair, kgb08)
    ("kgb08", "Maison Aubrelle has agreed to sell its Solvenne fragrance brand to the buyout firm Calderstone Partners "
              "for 640 million euros, the perfume house said on Thursday.", S),
    ("kgb08", "The deal comes as the company plans to open 40 Solvenne shops in Asia over five years.", ACT),
    # edition 2, call 3 (story, kgb06): the placeholder and
    ("kgb06", "The gambling regulator has renewed Luckmere Games's licence to run the national lottery for ten more "
              "years from 2018, turning down a rival bid from Starcombe Gaming.", FIG),
    # edition 2, call 4 (repair, kgb06)
    ("kgb06", "Luckymere's chief executive, Euphemia Straythorne, said the company would invest 150 million pounds in "
              "new terminals for shops.", S),
    ("kgb06", "Starcombe's bid scored 81 points out of 100 against 74 for Starcombe.", ACT),
    # edition 2, call 5 (story, kgb10)
    ("kgb10", "The energy regulator has fined the supplier Voltmere Energy 12.5 million pounds for falling behind on "
              "its smart meter rollout, the largest penalty it has imposed for missing such a target.", S),
    ("kgb10", "Voltmere Energy had cut the number of engineers fitting meters from 900 to 560 in 2024 to save money.", S),
    ("kgb10", "The regulator said Voltmere had cut the target was mainly due to customers cancelling appointments, but "
              "accepted the penalty.", ACT),
    ("kgb10", "Voltmere Energy had lost 38% of its 3.1 million customers last year.", FIG),
    # edition 2, call 6 (signals, kgb06, kgb08, kgb10): a repeat of call 5's first sentence and
    ("kgb10", "Liquefied gas is being used to power the new windmills in the UK's North Sea and will soon be able to "
              "use renewable energy sources like solar panels instead of fossil fuels.", CLAIM),
    ("kgb10", "The windmill project is expected to start next year, with a total capacity of 100 megawatts.", CLAIM),
    # edition 2, call 7 (story, kgb10): a repeat of call 5's first sentence and
    ("kgb10", "Voltmere Energy Fined 12.5 Million Pounds", S),
    ("kgb10", "The regulator said Voltmere had cut the number of engineers fitting meters from 900 to 560 in 2024 to "
              "save money.", S),
    # edition 2, call 8 (story, kgb08)
    ("kgb08", "Aubrelle will use the money to pay down debt, which stood at 1.4 billion euros at the end of June, "
              "finance chief Severine Moulart said.", S),
    ("kgb08", "The company has no plans to sell its other two brands.", S),
    ("kgb08", "Aubrelle will use the money to pay down debt.", S),
    ("kgb08", "The company is planning to open 40 Solvenne shops in Asia this year.", ACT),
    ("kgb08", "The company plans to increase its sales by 15% and expand its operations across Europe.", CLAIM),
    # edition 2, call 9 (story, kgb06): only the placeholder
    # edition 2, call 10 (repair, kgb06)
    ("kgb06", "Luckmere, which has run the lottery since 2008, promised to raise the share of ticket sales going to good "
              "causes to 27% from 34.5%, turning down a rival bid from Starcombe Gaming.", FIG),
    # edition 2, call 11 (signals, kgb06, kgb08, kgb10): the placeholder and
    ("kgb06", "The regulator has renewed Luckmere Games's licence to run the national lottery for ten more years from "
              "2028, turning down a rival bid from Starcombe Gaming.", S),
    ("kgb08", "The new deal will allow the company to keep its current stake in the luxury business of Luxury "
              "Business.", CLAIM),
    ("kgb06", "The move comes as the regulator is considering a potential sale of the company.", CLAIM),
    # edition 3 (kgb02, kgb04, kgb06, kgb08, kgb10, kgo05-kgo07), calls 1 and 2 (story and repair, kgb08): only
    # repeats of edition 2's calls 1 and 2 (the same DATA blocks); stopped then (see above)
    # edition 4, call 1 (story, kgo06)
    ("kgo06", "Collar that took 14 months wins bobbin lace class at Wyckhampton fair", S),
    ("kgo06", "...", CF),
    # edition 4, call 2 (repair, kgo06)
    ("kgo06", "Fairbrass learned to make lace from her grandmother at the age of seven.", S),
]

BODIES = [
    ("kgb01", "https://www.buildingmaterials.example/dunmarrow-quarrendon-kiln-fine", "Building Materials Review",
     "Dunmarrow Cement fined 4.6 million pounds over Quarrendon kiln emissions",
     "The environment agency fined Dunmarrow Cement 4.6 million pounds on Tuesday after the kiln at its Quarrendon "
     "works broke its limit on nitrogen oxides on 212 days over two years. The agency said the kiln's emissions "
     "averaged 640 milligrams per cubic metre over the period, against a limit of 500 milligrams. Dunmarrow, which "
     "makes about 1.9 million tonnes of cement a year, admitted the breaches and will not contest the fine, finance "
     "director Zebedee Quiggin said. The company blamed a faulty burner fitted in 2023, which it replaced last month. "
     "It is also due to install a filter system costing 18 million pounds by the end of next year. Until the filter "
     "is working, the agency has ordered Dunmarrow to cut the kiln's output by a fifth. No decision has been made on "
     "whether the plant's second kiln, which was not part of the case, needs the same filter, Quiggin said. A "
     "residents' group in Quarrendon said the fine should have been closer to 10 million pounds. Dunmarrow's shares "
     "fell 3% after the ruling."),
    ("kgb02", "https://www.booktradenews.example/larkspire-nimbrix-ai-licence", "Book Trade News",
     "Larkspire Books licenses 42,000 backlist titles to AI developer Nimbrix",
     "Larkspire Books has agreed to license 42,000 titles from its backlist to the AI developer Nimbrix for training "
     "its language models, in a deal worth 31 million dollars over three years, the publisher said on Wednesday. "
     "Authors will receive half of the money earned from their books, and any author may withdraw a title before 1 "
     "June, chief executive Ottoline Varcoe said. Larkspire will not license any book it published in the past two "
     "years. Nimbrix has agreed that its models will not reproduce more than 50 words of any licensed text. A "
     "writers' union, the Penwright Guild, said the deal had been rushed and that authors should have been asked "
     "first. Larkspire, which had revenue of 260 million dollars last year, is the third publisher to sign such a "
     "deal this year. Its shares rose 6%. Nimbrix is due to pay the first 9 million dollars in March. The publisher "
     "said it was also in talks with a second AI company but would not name it."),
    ("kgb03", "https://www.retailpharmacy.example/medlowe-to-close-118-shops", "Retail Pharmacy Journal",
     "Medlowe Pharmacy to close 118 shops, putting 900 jobs at risk",
     "Medlowe Pharmacy will close 118 of its 640 shops by the end of June, putting about 900 jobs at risk, the "
     "pharmacy chain said on Monday. Most of the shops to close are within a mile of another Medlowe branch, chief "
     "executive Tabitha Hurlstone said. The company blamed a cut in the fees the health service pays for dispensing "
     "prescriptions, which it said had fallen by 9% in real terms since 2022. Medlowe expects to move as many as 600 "
     "of the affected staff to other shops. Prescriptions from the closing shops will be transferred automatically to "
     "the nearest branch. The chain made a loss of 14 million pounds in the year to March, against a profit of 22 "
     "million pounds a year earlier. It has not ruled out further closures, Hurlstone said. A pharmacists' union said "
     "it would seek talks with the company. The health department is set to review dispensing fees in the autumn."),
    ("kgb04", "https://www.transitfleet.example/corvatec-double-deck-brake-valve-recall", "Transit Fleet",
     "Corvatec recalls 2,750 double-deck buses over sticking brake valve",
     "Corvatec Buses is recalling 2,750 double-deck buses to replace a brake valve that can stick in cold weather, "
     "the bus maker said on Friday. The recall covers buses built between March 2023 and August 2025 and sold to "
     "operators in 11 countries. Corvatec said it knew of 14 cases in which a valve had stuck, none of which caused a "
     "crash. Each time, drivers were able to stop the bus with the parking brake, technical director Corentin "
     "Ferrabee said. The company expects the work to cost between 20 million and 26 million euros and to take about "
     "90 minutes per bus. Operators may keep the buses in service until the new valves arrive, but must check the "
     "brakes every morning. The transport safety agency said it was satisfied with the plan. Corvatec has not said "
     "who made the faulty valve. Its largest customer, the city operator Marlbrook Transit, runs 410 of the buses "
     "affected. The first replacement valves are due to reach garages in January."),
    ("kgb05", "https://www.farmgazette.example/fernvale-dairies-milk-price-cut", "Farm Gazette",
     "Fernvale Dairies cuts milk price by 3 pence a litre",
     "Fernvale Dairies, a co-operative owned by about 1,850 farmers, will cut the price it pays for milk by 3 pence "
     "to 38.5 pence a litre from 1 March, its second cut this year. The co-operative blamed a fall in butter and milk "
     "powder prices on world markets, which it said were down about 15% since the summer. Chair Eulalia Ashmeade said "
     "the board had considered a deeper cut of 4 pence but decided against it. Fernvale collects about 2.4 billion "
     "litres of milk a year. A farmer with an average herd of 180 cows would lose about 1,900 pounds a month, the "
     "farmers' group Dairy Voice estimated. The co-operative said it would not change its price for organic milk. It "
     "is due to review the price again in May. Some members have asked to leave the co-operative, but none can do so "
     "before the end of a 12-month notice period, Ashmeade said. Fernvale expects its annual revenue to fall to about "
     "1.1 billion pounds from 1.25 billion."),
    ("kgb06", "https://www.gamingregulation.example/luckmere-keeps-national-lottery-licence", "Gaming Regulation Today",
     "Luckmere keeps national lottery licence for ten more years, beating Starcombe",
     "The gambling regulator has renewed Luckmere Games's licence to run the national lottery for ten more years "
     "from 2028, turning down a rival bid from Starcombe Gaming. Luckmere, which has run the lottery since 2008, "
     "promised to raise the share of ticket sales going to good causes to 27% from 24%. The regulator said "
     "Luckmere's bid scored 81 points out of 100, against 74 for Starcombe. Ticket sales reached 7.3 billion pounds "
     "last year. Starcombe said it was considering a legal challenge; it has 21 days to lodge one. Luckmere's chief "
     "executive, Euphemia Straythorne, said the company would invest 150 million pounds in new terminals for shops. "
     "The renewal is not final until the culture minister signs it, which is expected in January. Under the new "
     "licence, players must be at least 18, up from 16. Luckmere will also pay the regulator a fee of 40 million "
     "pounds a year, up from 28 million."),
    ("kgb07", "https://www.grocerywire.example/holmwick-drops-purrington-pet-food", "Grocery Wire",
     "Holmwick pulls Purrington pet food from its shelves in price row",
     "The supermarket chain Holmwick has stopped stocking pet food made by Purrington Foods after the two failed to "
     "agree on prices, leaving about 70 products off its shelves. Purrington had asked for an increase of about 11% "
     "to cover higher costs of meat and packaging; Holmwick, which runs 820 stores, said the rise was not justified. "
     "Purrington's brands, including Tabbywell and Barkly, sold about 95 million pounds' worth through Holmwick last "
     "year, some 8% of the pet food maker's sales, chief executive Crispin Brightmore said. Talks are due to resume "
     "next week. Holmwick said it would fill the gaps with its own-brand pet food in the meantime. Purrington has not "
     "cut its forecast for the year. The dispute is the third between the chain and a supplier since January; a "
     "coffee roaster's products came back to Holmwick's shelves after a month. Shoppers can still buy Purrington's "
     "food at other supermarkets and online."),
    ("kgb08", "https://www.luxurybusiness.example/aubrelle-sells-solvenne-to-calderstone", "Luxury Business",
     "Maison Aubrelle sells Solvenne fragrances to Calderstone for 640 million euros",
     "Maison Aubrelle has agreed to sell its Solvenne fragrance brand to the buyout firm Calderstone Partners for 640 "
     "million euros, the perfume house said on Thursday. Solvenne had sales of about 88 million euros last year. The "
     "sale is due to be completed in the second quarter, once competition authorities approve it. Aubrelle will use "
     "the money to pay down debt, which stood at 1.4 billion euros at the end of June, finance chief Severine Moulart "
     "said. The 260 people who work for Solvenne, most of them at a factory near Grasmont, will move to Calderstone "
     "with the brand. Aubrelle will keep making Solvenne's scents for two years under a supply agreement. Calderstone "
     "plans to open 40 Solvenne shops in Asia over five years. Aubrelle said it had no plans to sell its other two "
     "brands. Its shares rose 4.5% on the news."),
    ("kgb09", "https://www.alpinetransport.example/ossery-cable-car-closed-rope-wear", "Alpine Transport",
     "Ossery cable car shut for at least six weeks after wear found on haul rope",
     "The Skarnhold cable car, which carries visitors from the town of Brennach to the summit of Mount Ossery, will "
     "stay closed for at least six weeks after an inspection found wear on its main haul rope, its operator said on "
     "Saturday. Ossery Lifts said inspectors found broken wires on a 30-metre stretch of the 2.8-kilometre rope. No "
     "passengers were in danger, and the line was shut as a precaution, operations manager Greer Rathbone said. A new "
     "rope costs about 1.3 million Swiss francs and takes four weeks to make and two to fit. The cable car carried "
     "410,000 passengers last year and is the only way up the mountain in winter. Hotels at the summit said they had "
     "already had cancellations. Ossery Lifts will refund tickets bought for dates while the line is shut. The "
     "operator has not said whether the rope's supplier will pay for the replacement. The canton's transport office "
     "is set to inspect the new rope before the line can reopen."),
    ("kgb10", "https://www.energynetworks.example/voltmere-smart-meter-fine", "Energy Networks",
     "Voltmere Energy fined 12.5 million pounds for smart meter shortfall",
     "The energy regulator has fined the supplier Voltmere Energy 12.5 million pounds for falling behind on its smart "
     "meter rollout, the largest penalty it has imposed for missing such a target. Voltmere fitted 410,000 smart "
     "meters last year, against a target of 650,000. About 38% of its 3.1 million customers now have one. The "
     "regulator said Voltmere had cut the number of engineers fitting meters from 900 to 560 in 2024 to save money. "
     "Voltmere said the shortfall was mainly due to customers cancelling appointments, but accepted the penalty. It "
     "has agreed to hire 300 engineers and to fit at least 700,000 meters this year. The fine will go to a fund that "
     "helps households in debt to their suppliers. Chief executive Ptolemy Askwith said customers' bills would not "
     "rise to pay the fine. The regulator is due to decide in April whether to fine two other suppliers. The "
     "government wants smart meters in three-quarters of homes by 2027."),
    ("kgo01", "https://www.riversidecourier.example/hebbleford-pooh-sticks-championship", "Riverside Courier",
     "Retired postwoman wins Hebbleford Pooh sticks championship at first attempt",
     "A retired postwoman, Dorcas Ambler, 71, won the Pooh sticks championship at Hebbleford on Sunday, beating 312 "
     "other players. Players drop their sticks from the upstream side of the Merriwell footbridge, and the first "
     "stick to appear on the other side wins. Ambler won six heats in a row, and in the final her stick beat that of "
     "the runner-up, an eight-year-old, Osian Thackray, by about a hand's width. The river was running slowly after "
     "a dry week, so heats took up to 40 seconds, twice as long as usual, organiser Septimus Pilbeam said. Sticks "
     "must be natural wood and no longer than 30 centimetres; painted sticks were banned last year. The "
     "championship raised 6,200 pounds for a children's hospice. Ambler, who had never entered before, said she "
     "chose a stick with plenty of bark. Next year's event is due to move to a wider bridge downstream because of "
     "crowding."),
    ("kgo02", "https://www.tollerdownvoice.example/sweet-pea-show-best-in-show", "Tollerdown Voice",
     "Bus driver's sweet peas take best in show at Tollerdown",
     "A vase of sweet peas grown by a bus driver, Jago Polwhele, was named best in show at the Tollerdown Sweet Pea "
     "Society's annual show on Saturday. The winning vase held 12 stems, each with five flowers, of a variety called "
     "Dusky Velvet. The judges award points for colour, scent and straight stems; Polwhele scored 47 out of 50. He "
     "grows about 400 plants on an allotment and begins sowing seeds in October. The show had 186 entries, down from "
     "230 last year, because a hot June made the flowers fade early, society secretary Maud Cotterill said. Children "
     "entered 22 vases in a new class for under-12s. The show was held in the village hall for the first time since "
     "2019, when the society moved to a marquee. Polwhele, who also won in 2021, said he had not decided whether to "
     "enter the national show in July."),
    ("kgo03", "https://www.countrysports.example/carrowdene-falconry-fair-hawk-wins", "Country Sports Monthly",
     "Sixteen-year-old's Harris's hawk wins flying contest at Carrowdene falconry fair",
     "A Harris's hawk named Tansy, flown by 16-year-old Isolde Frewin, won the flying competition at the Carrowdene "
     "falconry fair on Sunday. Birds are judged on how quickly they return to the glove from 100 metres; Tansy took "
     "6.8 seconds, a tenth of a second faster than the runner-up, a peregrine flown by gamekeeper Silas Tilling. "
     "Forty-one birds took part, from owls to falcons. Frewin has flown the hawk for three years, since it was a "
     "year old. The fair drew about 4,300 visitors over two days, the organisers said. An eagle owl escaped on "
     "Saturday afternoon and was found the next morning in a churchyard 2 kilometres away, unharmed. Tickets were 8 "
     "pounds for each adult, while children under 5 went in free. The fair is set to return in August next year, "
     "when the organisers hope to add a class for kestrels."),
    ("kgo04", "https://www.wendleshamherald.example/alpaca-show-supreme-champion", "Wendlesham Herald",
     "Alpaca with 17.2-micron fleece named supreme champion at Wendlesham",
     "An alpaca called Moonwort was named supreme champion at the Wendlesham alpaca show on Saturday. The three-year-"
     "old female, bred by the sisters Henrietta and Elowen Scarrowby, was judged on her fleece, which judge Hermione "
     "Blackwood said was the finest she had seen this year, at 17.2 microns. There were 264 alpacas entered in 38 "
     "classes, shown by 57 breeders. The show also held a shearing demonstration; an adult alpaca gives about 3 "
     "kilograms of fleece a year. The Scarrowbys keep 46 alpacas and sell yarn spun from their fleece. Moonwort's win "
     "earns her a place at the national championships in March. Blackwood said the standard of fleece had risen in "
     "recent years. The show was held indoors because rain had flooded the field used last year, and entry was "
     "free."),
    ("kgo05", "https://www.pendlecombepost.example/sourdough-loaf-class-winner", "Pendlecombe Post",
     "Teacher's 11-year-old starter wins sourdough class at Pendlecombe bread festival",
     "A schoolteacher, Rollo Delahunt, won the sourdough loaf class at the Pendlecombe bread festival on Saturday "
     "with a loaf made from a starter he has kept for 11 years. The judges gave his loaf 38 points out of 40, "
     "praising its open crumb and dark crust. There were 94 loaves entered, a record for the festival, which began "
     "in 2016. Delahunt said he feeds his starter, which he calls Mildred, twice a day with rye flour and water. The "
     "loaf took about 30 hours from mixing to baking. Second place went to Petronella Fells, who runs a bakery in "
     "the town, with 36 points. The festival, which also has classes for rye bread and flatbreads, drew about 2,900 "
     "people. Loaves left over after judging were given to a food bank. The organisers said they would not add a "
     "gluten-free class next year because too few people had asked for one."),
    ("kgo06", "https://www.wyckhamptonjournal.example/lace-fair-bobbin-collar", "Wyckhampton Journal",
     "Collar that took 14 months wins bobbin lace class at Wyckhampton fair",
     "Philomena Fairbrass, 92, won the bobbin lace class at the Wyckhampton lace fair on Saturday with a collar that "
     "took her 14 months to make. The piece used about 260 bobbins and a thread finer than a human hair, the judges "
     "said. Fairbrass learned to make lace from her grandmother at the age of seven. There were 63 pieces entered "
     "from nine lace-making groups. The youngest entrant, Tilly Tregunna, 11, won the beginners' class with a "
     "bookmark. The fair's organisers said the number of people taking lace classes in the county had doubled since "
     "2020, to about 480. The winning collar will be shown at the town museum until the end of March. Fairbrass said "
     "she had no plans to sell it, and that her next piece would be a christening gown for a great-granddaughter."),
    ("kgo07", "https://www.highlandsport.example/glenmorrow-orienteering-championship", "Highland Sport",
     "Fifteen-year-old beats defending champion at Glenmorrow orienteering championship",
     "A 15-year-old, Torin Yardley, won the men's open race at the Glenmorrow orienteering championship on Sunday, "
     "finishing the 9.4-kilometre course in 58 minutes 12 seconds. Runners must find 22 control points marked on a "
     "map, in order, with only a compass to guide them. Yardley beat the defending champion, Calum Ardvreck, by 47 "
     "seconds after Ardvreck lost time looking for the 16th control in thick bracken, the organisers said. The "
     "women's race was won by a vet, Briony Castlemaine, in 61 minutes 5 seconds over a 7.8-kilometre course. In all, "
     "418 runners took part, aged from 8 to 84. Two runners were treated for twisted ankles. The forest's owner has "
     "agreed to let the club hold the race there for five more years. The next championship is due to be held in the "
     "Ferrach hills in September."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="kg", split="evaluation30",
                                      raw_name="eval30-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval30", arts, rows, problems, (("business, policy and tech articles", "kgb"), ("others", "kgo")))


if __name__ == "__main__":
    main()
