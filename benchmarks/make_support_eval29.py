"""Build the twenty-ninth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval29-articles.jsonl and eval29-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval29.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every name was searched for in tests/data but the held-out eval-ins, the demo corpus and ../shared/data first, and the
two found, a "Bartholomew" and a "Rosalind", were replaced). Ten articles are business, policy and tech news
(kfb01-kfb10), eight of kinds no earlier part used; the brief's ferry route cut, rail franchise loss and tailings dam
were left out because eval23, cal2 and eval27 have articles of those kinds, and two are new cases of kinds earlier parts
touched (water companies fined over sewage spills and a regulator's tariff ruling; a pharmacy chain fined over leaked
data), written here on other matters (leakage targets, bills to 2031, a maximum fine as a share of revenue): a water
utility's leakage fine and price review (a target missed three years running, a bill rise below the ask, a fine not
appealed, a ruling still studied, a deadline, no dividend), a steelmaker's blast furnace relining (a shutdown of about
110 days from a date, output down, slabs bought, no lay-offs, an electric furnace not yet decided, a decision due), a
toy maker's recall (reports, children taken to hospital but not hurt, a refund, a supplier change blamed and undone, a
cost range, other toys still sold), a newspaper group's paywall and job cuts (a price after a cheap first month,
advertising down, a subscriber goal, no paper closed, a strike ballot due to close, a sale ruled out), a fashion brand's
factory audit (underpaid overtime at 9 of 42 factories, locked fire exits, no child workers, two contracts ended, a
repayment, a second audit set to begin), a brewer's price rise and falling volumes (hectolitres, Swiss francs, revenue
up as volume fell, a volume forecast range, a brewery to close), an airline caterer's contract win (a seven-year deal,
the incumbent replaced, a kitchen set to open, job cuts of a number not given), a competition authority's proposed cap
on cremation prices (a proposal not final, a decision due, no evidence of price fixing), a fish farmer's sea lice deaths
(tonnes and crowns, a forecast range cut, a stocking order, an inspection set for December, jobs not yet said) and a
dating app's data fine (euros, an appeal, a denial, a maximum fine as a share of revenue); plans against done acts,
scheduled events ("is due to close", "is set to begin", "is set to inspect", "is due to be held"), negations ("would not
appeal", "none ... will be laid off", "has not decided", "neither child was hurt", "has not stopped selling", "no paper
would close", "no child workers", "has not said how many", "is not final", "no evidence", "has not said whether", "never
sold"), ranges and estimates, figures in pounds, euros, dollars, Swiss francs and crowns and in litres, kilometres,
tonnes, hectolitres, grams, centimetres and metres, speakers by role and by name, and actors named by description ("the
utility", "the steelmaker", "the toy maker", "the newspaper group", "the fashion brand", "the brewer", "the airline
caterer", "the watchdog", "the fish farmer", "the dating app"). Seven are on topics no earlier part uses (kfo01-kfo07;
the earlier parts' articles and README and the rest of tests/data but eval-ins were searched for the topic words): a
rabbit show jumping championship, a gooseberry show, a crazy golf championship, a cribbage championship, a village's
well dressings, a topiary competition and a charity pram race.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("challenge" for "appeal", "reline" for "relining", "put up"
for "raise", "take on" for "hire", "edged down" and "dropped" for "slipped" and "fell", "handled" for "carried out",
"fixed prices together" for "agreed prices among themselves"), a measure as the subject ("Some 9 million readers a month
visit Ravensmoor's websites", "Alcohol-free beers are only about 6% of Hallerby's volumes"), figures restated in other
words ("three years running" for three years in a row, "at most" for no more than, "58,000-61,000 tonnes", "five under
par" beside a round and par), and analysis sentences (``kind`` "analysis") that only combine or compute from one passage
of the cited article (leakage above target, a bill rise below the ask in points, output lost a day, workers not on the
relining, a recall's sales value, jobs outside newsrooms, advertising lost, the share of factories found paying short,
hectolitres lost, a contract's value a year, a cremation price cut, a rise in points above inflation, a harvest
shortfall range, an average fish weight, a maximum fine and the gap to it, a record height, rabbits per club, a
record weight,
growers lost, strokes against par, holes not holed in one, age gaps, games lost, members lost, entrants in all, a
points margin, an age when clipping began, drinks per runner, a multiple of a first race's takings, people in all).
Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind (wrong figures, units, currencies and dates, wrong
directions, negations dropped or reversed, plans and scheduled events told as done, wrong actors and swapped roles,
unsupported claims, invented causes, generic invented analysis, merged events citing two articles, content-free page
furniture), with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of
Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval29-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation29"; ids
"kf0001"... (two letters: every single letter, "ka" (eval25's), "kc" (eval26's), "kd" (eval27's) and "ke" (eval28's)
already start an earlier part's sentence ids; no sentence or article id of any part starts with "kf"). The article ids
"kfb01"... and "kfo01"... start with no earlier part's article id prefix.
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
           "eval26-sentences.jsonl", "eval27-sentences.jsonl", "eval28-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl",
                    "eval27-articles.jsonl", "eval28-articles.jsonl")
# The id prefixes of the earlier parts' sentences
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc", "kd", "ke")
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco, kdb, kdo, keb, keo;
# this part's: kfb, kfo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kfb01": [
        ("Pellbrook Water has been fined 38 million pounds for missing its leakage targets.", S),
        ("The regulator fined the utility for missing its leakage goals three years running.", S),
        ("Pellbrook supplies water to about 2.3 million homes in the Ashcombe valley.", S),
        ("Last year an average of 412 million litres a day leaked from Pellbrook's pipes.", S),
        ("Pellbrook lost roughly a quarter of the water it put into its network through leaks last year.", S),
        ("The regulator will let Pellbrook raise bills by 21% over five years, less than the 34% it sought.", S),
        ("The average household bill is set to rise to about 580 pounds a year by 2031, from 480 pounds.", S),
        ("Rosamund Fairweather, Pellbrook's chief executive, said the utility would not challenge the fine.", S),
        ("Fairweather said Pellbrook was still studying the regulator's price ruling.", S),
        ("By 15 March, Pellbrook must either accept the ruling or ask the competition authority to review it.", S),
        ("Pellbrook's owners will receive no dividend this year.", S),
        ("The utility plans to replace 1,100 kilometres of mains by 2031.", S),
        ("A customer group said the fine was too small.", S),
        ("Pellbrook's leaks were 82 million litres a day above its target last year.", S, (), AN),
        ("The bill rise Pellbrook was allowed is 13 percentage points below its request.", S, (), AN),
        ("The regulator fined Pellbrook Water 83 million pounds.", FIG),
        ("Pellbrook missed its leakage targets for five years in a row.", FIG),
        ("Pellbrook lost an average of 412 million gallons of water a day through leaks.", FIG),
        ("The regulator allowed bills to rise by 34% over five years.", FIG),
        ("Pellbrook said it would appeal the fine.", DIR),
        ("Pellbrook has accepted the regulator's price ruling.", DIR),
        ("The competition authority has fined Pellbrook 38 million pounds.", ACT),
        ("Pellbrook has replaced 1,100 kilometres of water mains.", DIR),
        ("Pellbrook will pay a higher dividend to its owners this year.", DIR),
        ("The customer group said the fine was too large.", DIR),
        ("Pellbrook's leaks rose because a hot summer cracked old pipes.", CAUSE),
        ("Pellbrook plans to sell new shares to pay for its new mains.", CLAIM),
        ("The ruling shows that regulators are finally getting tough on water companies.", GEN),
        ("Pellbrook's leaks were 28 million litres a day above its target last year.", FIG, (), AN),
        ("Pellbrook will buy steel pipes from Karnwick Steel for its new mains.", MERGE, ("kfb02",)),
    ],
    "kfb02": [
        ("Karnwick Steel will shut a blast furnace at Halsmere for about 110 days from 1 February.", S),
        ("The steelmaker plans to reline the larger of its two Halsmere furnaces.", S),
        ("The furnace's brick lining was last replaced in 2009 and is wearing thin.", S),
        ("The relining will cost 240 million euros.", S),
        ("Halsmere's output is expected to drop to roughly 6,000 tonnes of steel a day while the furnace is shut, "
         "from about 11,000 tonnes.", S),
        ("To keep its rolling lines busy, Karnwick plans to buy as much as 400,000 tonnes of slabs from other mills.",
         S),
        ("No Halsmere workers will lose their jobs, works director Barnaby Ingleby said.", S),
        ("About 600 of the plant's 3,200 workers will help with the relining.", S),
        ("Once relined, the furnace should last a further 15 to 20 years.", S),
        ("Ingleby said Karnwick had not yet decided whether to swap the smaller furnace for an electric one.", S),
        ("A decision on the smaller furnace is due by the end of 2027.", S),
        ("Karnwick's share price did not move.", S),
        ("Halsmere will make about 5,000 tonnes less steel a day while the furnace is shut.", S, (), AN),
        ("About 2,600 of Halsmere's workers will not take part in the relining.", S, (), AN),
        ("Karnwick Steel will shut the furnace for about 210 days.", FIG),
        ("The relining will cost 240 million dollars.", FIG),
        ("The furnace's lining was last replaced in 1999.", FIG),
        ("The plant's output will fall to about 6,000 tonnes a week.", FIG),
        ("Karnwick will sell up to 400,000 tonnes of slabs to other mills.", DIR),
        ("Karnwick will lay off 600 workers at Halsmere during the relining.", DIR),
        ("Karnwick has decided to replace its smaller furnace with an electric one.", DIR),
        ("Karnwick has already begun relining the furnace.", DIR),
        ("Karnwick's shares fell after the announcement.", DIR),
        ("Ingleby, Karnwick's chief executive, announced the relining.", ACT),
        ("Karnwick is relining the furnace because of a fire there last year.", CAUSE),
        ("The relining will let the furnace make 20% more steel.", CLAIM),
        ("The shutdown shows that Europe's steel industry is in decline.", GEN),
        ("Halsmere will make about 6,000 tonnes less steel a day while the furnace is shut.", FIG, (), AN),
        ("Karnwick will supply the steel for Pellbrook Water's new mains during the relining.", MERGE, ("kfb01",)),
    ],
    "kfb03": [
        ("Pimbury Toys is recalling about 260,000 Rainbow Tower stacking ring sets.", S),
        ("The top piece of the toy can break into small parts that a child might swallow, the toy maker said.", S),
        ("Pimbury has had 37 reports of the top breaking.", S),
        ("Two children were taken to hospital as a precaution, but neither was hurt.", S),
        ("The sets sold for about 18 dollars each between March 2025 and October 2026.", S),
        ("Most of the recalled sets were sold in the United States and Canada.", S),
        ("Shoppers can take the sets back to any shop for a full refund.", S),
        ("The product safety commission announced the recall together with Pimbury.", S),
        ("The commission told parents to take the toy away from children immediately.", S),
        ("Pimbury blamed the fault on a change of plastic supplier early in 2025.", S),
        ("The company has since returned to its old plastic supplier.", S),
        ("Chief financial officer Ignatius Wrenfield put the cost of the recall at 5 million to 7 million dollars.",
         S),
        ("Pimbury is still selling its other stacking toys.", S),
        ("At about 18 dollars a set, the recalled toys sold for roughly 4.7 million dollars in all.", S, (), AN),
        ("Pimbury Toys is recalling about 620,000 stacking ring sets.", FIG),
        ("Pimbury has received 73 reports of the top breaking.", FIG),
        ("Two children were badly hurt by the toy.", DIR),
        ("The sets were sold for about 18 euros each.", FIG),
        ("Customers can return the sets only through Pimbury's own website.", CLAIM),
        ("The product safety commission ordered Pimbury to stop making toys.", CLAIM),
        ("Pimbury said the fault came from a design change by its own engineers.", CAUSE),
        ("Pimbury has switched to a new plastic supplier to fix the fault.", DIR),
        ("The recall will cost Pimbury between 15 million and 17 million dollars.", FIG),
        ("Pimbury's chief executive put the cost of the recall at up to 7 million dollars.", ACT),
        ("Pimbury has stopped selling all of its stacking toys.", DIR),
        ("The commission said parents need not take the toy away from their children.", DIR),
        ("The recall shows that cheap plastic toys are a danger to children.", GEN),
        ("At about 18 dollars a set, the recalled toys sold for roughly 47 million dollars in all.", FIG, (), AN),
        ("The recalled stacking rings were handed to children on Aerovant flights.", MERGE, ("kfb07",)),
    ],
    "kfb04": [
        ("Ravensmoor Media will cut 190 jobs and put its papers' websites behind a paywall.", S),
        ("The paywall on the websites of the group's 14 regional dailies will go up on 1 April.", S),
        ("Around 120 of the jobs being cut are in newsrooms, the newspaper group said.", S),
        ("Ravensmoor has 1,450 employees.", S),
        ("Full access will cost readers 6 pounds a month, with the first month at 1 pound.", S),
        ("Some 9 million readers a month visit Ravensmoor's websites.", S),
        ("Online advertising brought Ravensmoor 31 million pounds last year, down from 38 million pounds.", S),
        ("The group is aiming for 100,000 digital subscribers within three years, against about 22,000 now.", S),
        ("Wilhelmina Stroud, the editor-in-chief, said none of the papers would close.", S),
        ("Stroud said no local office would be shut.", S),
        ("The journalists' union plans to ballot members on a strike, with the vote closing on 20 March.", S),
        ("Print sales at Ravensmoor's papers dropped 11% last year.", S),
        ("The Okonjo family trust, which owns Ravensmoor, has ruled out a sale.", S),
        ("About 70 of the 190 jobs to go are outside the newsrooms.", S, (), AN),
        ("Ravensmoor's online advertising revenue fell by 7 million pounds last year.", S, (), AN),
        ("Ravensmoor Media will cut 910 jobs.", FIG),
        ("Ravensmoor publishes 41 regional daily newspapers.", FIG),
        ("Readers will pay 6 pounds a week for full access.", FIG),
        ("Online advertising revenue rose to 38 million pounds last year.", DIR),
        ("Ravensmoor already has 100,000 digital subscribers.", DIR),
        ("Stroud said some of the papers would close.", DIR),
        ("Journalists have voted to strike over the job cuts.", DIR),
        ("The union's strike ballot closes on 2 March.", FIG),
        ("Print sales rose 11% last year.", DIR),
        ("The Okonjo family trust is looking for a buyer for Ravensmoor.", DIR),
        ("The Okonjo family trust announced the job cuts.", ACT),
        ("Ravensmoor is cutting jobs because a search engine stopped sending it readers.", CAUSE),
        ("Ravensmoor will also launch a free evening paper.", CLAIM),
        ("The move shows that local news can no longer survive on advertising.", GEN),
        ("About 90 of the 190 jobs to go are outside the newsrooms.", FIG, (), AN),
        ("Ravensmoor's papers were the first to report the Velloria audit.", MERGE, ("kfb05",)),
    ],
    "kfb05": [
        ("An audit for Velloria found unpaid overtime at nine of the 42 factories that make its clothes.", S),
        ("Workers at those nine factories were paid below the legal overtime rate, the audit found.", S),
        ("Threnbury Assurance carried out the checks between June and September.", S),
        ("The audited factories, in Bangladesh, Vietnam and Turkey, employ some 61,000 people.", S),
        ("Auditors found fire exits locked during working hours at three factories.", S),
        ("The audit found no child workers.", S),
        ("The fashion brand will end its contracts with two factories that would not show auditors their pay "
         "records.", S),
        ("Velloria will pay about 2.4 million dollars to cover the overtime owed, its head of sourcing, Cordelia "
         "Vantongeren, said.", S),
        ("Suppliers are expected to pay the money back over two years.", S),
        ("The other seven factories must fix the problems by the end of March.", S),
        ("A second audit is due to start in April.", S),
        ("A workers' rights group said the workers had not been interviewed away from the factories.", S),
        ("A workers' rights group called the audit a start.", S),
        ("The audit found underpaid overtime at fewer than a quarter of Velloria's supplier factories.", S, (), AN),
        ("The audit found unpaid overtime at 19 of Velloria's 42 supplier factories.", FIG),
        ("The audited factories employ about 16,000 people.", FIG),
        ("Auditors found child workers at three of the factories.", DIR),
        ("Fire exits were locked at nine of the factories.", FIG),
        ("Velloria will end its contracts with all nine factories.", FIG),
        ("The two factories let the auditors see their pay records.", DIR),
        ("Velloria will pay about 2.4 million euros to cover the unpaid overtime.", FIG),
        ("Threnbury Assurance will pay the workers' unpaid overtime.", ACT),
        ("The suppliers have already repaid the 2.4 million dollars.", DIR),
        ("The second audit began in April.", DIR),
        ("The workers' rights group said workers had been interviewed away from the factories.", DIR),
        ("Velloria ordered the audit after a factory fire killed workers.", CAUSE),
        ("Velloria will move its production out of Bangladesh.", CLAIM),
        ("The audit shows that fashion brands cannot police their suppliers.", GEN),
        ("The audit found underpaid overtime at more than a third of the factories.", FIG, (), AN),
        ("Velloria's factories will make the uniforms of Skelmore's new kitchen staff.", MERGE, ("kfb07",)),
    ],
    "kfb06": [
        ("Hallerby Brewing will put up its beer prices by an average of 8% from 1 January.", S),
        ("The brewer sold less beer for the third year running.", S),
        ("Hallerby's volumes fell 4% to 14.2 million hectolitres in the year to September.", S),
        ("Revenue still grew 3% to 3.1 billion Swiss francs, helped by earlier price rises.", S),
        ("Chief executive Leopold Gravenhorst blamed higher costs for barley, glass and energy.", S),
        ("Gravenhorst said the brewer had no choice but to raise prices.", S),
        ("Hallerby expects volumes to drop by another 2% to 3% next year, Gravenhorst said.", S),
        ("Sales of Hallerby's alcohol-free beers grew 19%.", S),
        ("Alcohol-free beers are only about 6% of Hallerby's volumes.", S),
        ("Hallerby plans to shut its Sankt Orlen brewery, its smallest, by the end of 2027.", S),
        ("The 140 workers at Sankt Orlen will be offered jobs at Hallerby's other sites.", S),
        ("Hallerby left its dividend unchanged.", S),
        ("Hallerby's shares dropped 5%.", S),
        ("Hallerby sold 0.6 million hectolitres less beer than the year before.", S, (), AN),
        ("Hallerby will raise its beer prices by an average of 18%.", FIG),
        ("Hallerby sold 14.2 million litres of beer in the year to September.", FIG),
        ("Hallerby's volumes rose 4% in the year to September.", DIR),
        ("Revenue fell 3% to 3.1 billion Swiss francs.", DIR),
        ("Hallerby's revenue rose to 3.1 billion euros.", FIG),
        ("Gravenhorst said volumes would recover next year.", DIR),
        ("Sales of Hallerby's alcohol-free beers fell 19%.", DIR),
        ("Alcohol-free beers make up about 19% of Hallerby's volumes.", FIG),
        ("Hallerby has closed its Sankt Orlen brewery.", DIR),
        ("The 140 Sankt Orlen workers will lose their jobs.", DIR),
        ("Hallerby cut its dividend.", DIR),
        ("The Sankt Orlen workers' union announced the brewery's closure.", ACT),
        ("Hallerby's volumes fell because a wet summer kept drinkers at home.", CAUSE),
        ("Hallerby will launch a new lager next spring.", CLAIM),
        ("The figures show that younger people are turning away from beer.", GEN),
        ("Hallerby sold 6 million hectolitres less beer than the year before.", FIG, (), AN),
        ("Hallerby will supply the beer served on Aerovant's flights.", MERGE, ("kfb07",)),
    ],
    "kfb07": [
        ("Skelmore Flight Kitchens has won a contract to supply Aerovant Airways with meals at 11 airports.", S),
        ("The airline caterer's contract runs for seven years.", S),
        ("The deal is worth about 1.2 billion dollars in total.", S),
        ("Skelmore is replacing Gallowmere Catering, Aerovant's caterer for 18 years.", S),
        ("The contract is due to start in October 2027.", S),
        ("Skelmore expects to make about 95,000 meals a day for Aerovant.", S),
        ("Skelmore will take on about 1,300 staff.", S),
        ("The caterer is set to open a 45 million dollar kitchen near Portwenna airport.", S),
        ("Skelmore offered hot meals on flights longer than three hours, chief executive Isadora Kellingham said.",
         S),
        ("Aerovant had dropped hot meals in 2020.", S),
        ("Gallowmere said it would cut some jobs but has not said how many.", S),
        ("Gallowmere said it was disappointed.", S),
        ("Aerovant expects the new contract to lower its catering costs by about 8%.", S),
        ("Skelmore's shares gained 9%.", S),
        ("The contract is worth roughly 170 million dollars a year.", S, (), AN),
        ("Skelmore has won a nine-year contract to supply Aerovant's meals.", FIG),
        ("The deal is worth about 2.1 billion dollars.", FIG),
        ("Gallowmere Catering has won Aerovant's meals contract.", ACT),
        ("Gallowmere has served Aerovant for 8 years.", FIG),
        ("Skelmore's contract with Aerovant started in October.", DIR),
        ("Skelmore expects to prepare about 95,000 meals a week for Aerovant.", FIG),
        ("Skelmore will cut about 1,300 jobs.", DIR),
        ("Skelmore has opened a new kitchen near Portwenna airport.", DIR),
        ("Gallowmere said it would not cut any jobs.", DIR),
        ("Gallowmere said 300 jobs would go.", CLAIM),
        ("Aerovant said the contract would raise its catering costs by about 8%.", DIR),
        ("Skelmore's shares fell 9%.", DIR),
        ("Aerovant switched caterers because Gallowmere's food had made passengers ill.", CAUSE),
        ("The contract shows that airlines are spending more to win back passengers.", GEN),
        ("The contract is worth roughly 120 million dollars a year.", FIG, (), AN),
        ("Skelmore will buy the salmon for its meals from Norrvik Seafood.", MERGE, ("kfb09",)),
    ],
    "kfb08": [
        ("The competition authority wants to cap the price of basic cremations.", S),
        ("The watchdog found that funeral prices had risen much faster than inflation.", S),
        ("The average cost of a funeral has gone up 68% in ten years to about 4,300 pounds, the report found.", S),
        ("Over the same ten years, prices in general rose by about 35%.", S),
        ("Ashgrove Funerals, the largest provider, runs about 900 funeral homes.", S),
        ("Ashgrove handled roughly one in five funerals last year.", S),
        ("A basic cremation could cost at most 1,600 pounds under the proposal.", S),
        ("Ashgrove currently charges about 2,100 pounds for a basic cremation.", S),
        ("The authority also wants funeral homes to put their prices online.", S),
        ("The proposed cap is not final, and a decision is due in June.", S),
        ("Companies have until 30 January to respond to the proposal.", S),
        ("Montague Pellinger, Ashgrove's chief executive, said the company would study the report.", S),
        ("The authority found no evidence that funeral providers had fixed prices together.", S),
        ("Ashgrove's shares dropped 14%.", S),
        ("The cap would cut Ashgrove's price for a basic cremation by about 500 pounds.", S, (), AN),
        ("Funeral costs rose 33 percentage points more than prices in general over the ten years.", S, (), AN),
        ("The average cost of a funeral has risen 86% over ten years.", FIG),
        ("The average funeral now costs about 3,400 pounds.", FIG),
        ("Ashgrove runs about 9,000 funeral homes.", FIG),
        ("Ashgrove carried out about half of all funerals last year.", FIG),
        ("A basic cremation could cost no more than 1,600 euros.", FIG),
        ("The competition authority has imposed a cap on cremation prices.", DIR),
        ("A decision on the cap is due in January.", FIG),
        ("Pellinger said Ashgrove did not publish its prices.", DIR),
        ("The authority found that funeral providers had agreed prices among themselves.", DIR),
        ("Ashgrove's shares rose 14%.", DIR),
        ("Ashgrove Funerals proposed a cap on cremation prices.", ACT),
        ("Funeral prices rose because the number of deaths fell.", CAUSE),
        ("The authority fined Ashgrove for overcharging families.", CLAIM),
        ("The report shows that grieving families are being exploited.", GEN),
        ("The cap would cut Ashgrove's price for a basic cremation by about 700 pounds.", FIG, (), AN),
        ("After its funeral report, the competition authority began reviewing Pellbrook Water's bills.", MERGE,
         ("kfb01",)),
    ],
    "kfb09": [
        ("Sea lice have killed about 1.8 million salmon at Norrvik Seafood's farms in the Kalvsund fjord since "
         "August.", S),
        ("The dead salmon weighed some 7,000 tonnes.", S),
        ("The fish farmer cut its harvest forecast for the year to 58,000-61,000 tonnes from 70,000 tonnes.", S),
        ("Norrvik said warm sea water had helped the lice spread.", S),
        ("The deaths will cost the company about 600 million crowns.", S),
        ("The fisheries directorate has told Norrvik to stock 20% fewer fish in the fjord next year.", S),
        ("The directorate is set to inspect Norrvik's six Kalvsund farms in December.", S),
        ("Norrvik will use more cleaner fish, which eat lice, chief executive Sigrun Haldorsen said.", S),
        ("Haldorsen said Norrvik would bring in two new treatment boats.", S),
        ("Norrvik has not said whether it will cut jobs.", S),
        ("An environmental group wants the fjord's open-net farms moved onto land.", S),
        ("Norrvik's shares fell 7%.", S),
        ("Norrvik now expects to harvest 9,000 to 12,000 tonnes less salmon this year than it had forecast.", S, (),
         AN),
        ("The dead salmon weighed about 4 kilograms each on average.", S, (), AN),
        ("About 8.1 million salmon have died at Norrvik's farms.", FIG),
        ("The dead fish weighed about 7,000 kilograms.", FIG),
        ("Norrvik raised its harvest forecast to 70,000 tonnes.", DIR),
        ("Norrvik cut its harvest forecast to between 48,000 and 51,000 tonnes.", FIG),
        ("The deaths will cost Norrvik about 600 million euros.", FIG),
        ("Norrvik said cold sea water had helped the lice to spread.", DIR),
        ("The fisheries directorate has ordered Norrvik to stock 20% more fish.", DIR),
        ("The directorate inspected Norrvik's six farms in December.", DIR),
        ("Norrvik said it would cut 200 jobs.", CLAIM),
        ("The environmental group ordered Norrvik to move its farms onto land.", ACT),
        ("Norrvik's shares rose 7%.", DIR),
        ("The lice spread because Norrvik had stopped using its treatment boats.", CAUSE),
        ("Norrvik will close its six farms in the Kalvsund fjord.", CLAIM),
        ("The deaths show that salmon farming is no longer sustainable.", GEN),
        ("Norrvik now expects to harvest 19,000 to 22,000 tonnes less salmon than it had forecast.", FIG, (), AN),
        ("The fisheries directorate also fined Swoonly for sharing users' data.", MERGE, ("kfb10",)),
    ],
    "kfb10": [
        ("The data protection regulator has fined Swoonly, a dating app, 27 million euros.", S),
        ("Swoonly shared users' location data and details of their sexuality with advertisers without proper "
         "consent, the regulator found.", S),
        ("It is the biggest fine the regulator has given an app.", S),
        ("Swoonly has some 14 million users in Europe.", S),
        ("The app must stop sharing the data within three months.", S),
        ("The breaches lasted from 2022 until May 2025, according to the regulator.", S),
        ("The app changed its settings in May 2025.", S),
        ("Lumenvale Group, Swoonly's owner, plans to appeal.", S),
        ("Lumenvale said it had never sold users' data.", S),
        ("Head of privacy Theodora Quennell said the sharing had ended 18 months ago.", S),
        ("The regulator could have fined Lumenvale as much as 4% of its yearly revenue.", S),
        ("Lumenvale's revenue last year was 1.1 billion euros.", S),
        ("Some 3,500 users had complained.", S),
        ("Lumenvale's shares edged down 2%.", S),
        ("The largest fine the regulator could have imposed was about 44 million euros.", S, (), AN),
        ("The fine was about 17 million euros below the most the regulator could have imposed.", S, (), AN),
        ("The regulator has fined Swoonly 72 million euros.", FIG),
        ("Swoonly has about 41 million users in Europe.", FIG),
        ("Swoonly sold users' data to advertisers.", CLAIM),
        ("The breaches ran from 2020 until May 2025.", FIG),
        ("Swoonly must stop sharing the data within three weeks.", FIG),
        ("Lumenvale said it would not appeal the fine.", DIR),
        ("Lumenvale admitted breaking the law.", DIR),
        ("Quennell said the app was still sharing the data.", DIR),
        ("The regulator fined Lumenvale 4% of its yearly revenue.", FIG),
        ("Lumenvale's revenue was 1.1 billion dollars last year.", FIG),
        ("About 3,500 advertisers had complained.", ACT),
        ("The fine is the smallest the regulator has imposed on an app.", DIR),
        ("Lumenvale's shares jumped 2%.", DIR),
        ("Swoonly shared the data because it needed money after losing users.", CAUSE),
        ("The fine shows that dating apps cannot be trusted with personal data.", GEN),
        ("The fine was about 7 million euros below the most the regulator could have imposed.", FIG, (), AN),
        ("Swoonly's users' data was also shared with Ravensmoor's newspapers.", MERGE, ("kfb04",)),
    ],
    "kfo01": [
        ("Pepperpot, a rabbit, won the high jump at the national rabbit show jumping championship by clearing 68 "
         "centimetres.", S),
        ("The championship was held in Dunnockfield on Saturday.", S),
        ("Pepperpot is a four-year-old Dutch rabbit owned by 13-year-old Ellery Saltonstall of Brackwell.", S),
        ("Pepperpot's jump was 4 centimetres below the national record.", S),
        ("Some 210 rabbits from 35 clubs competed over the two days.", S),
        ("Rabbits on the straight course must jump 10 low fences in order.", S),
        ("A rabbit loses points if it knocks down a bar or refuses a fence.", S),
        ("Clover, Agatha Mossington's rabbit, won the straight course in 9.4 seconds without a fault.", S),
        ("The rabbits are led on a harness and never lifted over the fences, according to the judges.", S),
        ("Rabbit show jumping began in Scandinavia in the 1970s.", S),
        ("Saltonstall said Pepperpot trained for ten minutes a day in the garden.", S),
        ("Pepperpot is rewarded with dandelion leaves, Saltonstall said.", S),
        ("The national high jump record for rabbits is 72 centimetres.", S, (), AN),
        ("On average, each club brought six rabbits to the championship.", S, (), AN),
        ("Pepperpot cleared 86 centimetres to win the high jump.", FIG),
        ("Pepperpot cleared 68 inches.", FIG),
        ("Pepperpot set a new national record.", DIR),
        ("Pepperpot is owned by Agatha Mossington.", ACT),
        ("About 120 rabbits took part in the championship.", FIG),
        ("Rabbits on the straight course must clear 12 fences.", FIG),
        ("Clover won the straight course in 9.4 seconds with two faults.", DIR),
        ("Rabbits are carried over the fences by their owners.", DIR),
        ("The sport began in Scandinavia in the 1990s.", FIG),
        ("Saltonstall said Pepperpot trained for an hour a day.", FIG),
        ("Pepperpot won because the other rabbits were frightened by the crowd.", CAUSE),
        ("Pepperpot will compete at the world championship next year.", CLAIM),
        ("Rabbit show jumping is becoming one of the country's most popular sports.", GEN),
        ("The national high jump record for rabbits is 64 centimetres.", FIG, (), AN),
        ("Pepperpot's owner also won a prize at the Egglesby gooseberry show.", MERGE, ("kfo02",)),
    ],
    "kfo02": [
        ("A 31.2-gram berry was the heaviest gooseberry at the Egglesby Gooseberry Society's show on Saturday.", S),
        ("Horatio Blenkiron, a 66-year-old retired joiner, grew the winning berry.", S),
        ("The winner was a red gooseberry of the Woodpecker variety.", S),
        ("The berry weighed 2 grams less than the society's record, which was set in 2009.", S),
        ("The society has held its show every year since 1800 apart from the two world wars.", S),
        ("The berries are weighed on brass scales that are more than 100 years old.", S),
        ("Weights are taken in drams and grains and then turned into grams.", S),
        ("Only 23 growers entered this year, compared with 30 last year.", S),
        ("Winifred Oddie, the society's secretary, said a late April frost had damaged many bushes.", S),
        ("In the last month before the show, growers may water their bushes only with rainwater.", S),
        ("The winner receives a copper kettle that must be handed back before the next show.", S),
        ("The society's record gooseberry weighed about 33.2 grams.", S, (), AN),
        ("Seven fewer growers entered the show this year than last year.", S, (), AN),
        ("The winning berry weighed 13.2 grams.", FIG),
        ("The winning berry weighed 31.2 ounces.", FIG),
        ("The winning berry set a new society record.", DIR),
        ("Winifred Oddie grew the winning berry.", ACT),
        ("The society has held a show every year since 1900.", FIG),
        ("The show went ahead during both world wars.", DIR),
        ("The berries are weighed on new electronic scales.", DIR),
        ("This year 32 growers entered, up from 30 last year.", FIG),
        ("A summer drought damaged many gooseberry bushes.", CAUSE),
        ("Growers may water their bushes with tap water right up to the show.", DIR),
        ("The winner keeps the copper kettle.", DIR),
        ("Blenkiron also won a cash prize of 100 pounds.", CLAIM),
        ("The gooseberry show is a dying tradition.", GEN),
        ("The society's record gooseberry weighed about 29.2 grams.", FIG, (), AN),
        ("Blenkiron's gooseberries were used in Fernhope's well dressings.", MERGE, ("kfo05",)),
    ],
    "kfo03": [
        ("Lysander Coldthorpe won the national crazy golf championship with a final round of 35.", S),
        ("Coldthorpe is a postman from Harrowmouth.", S),
        ("The championship was played on the Wendlecombe seafront course.", S),
        ("The 18-hole course has a windmill, a lighthouse and a loop, and par is 40.", S),
        ("Coldthorpe beat the holder, Perpetua Garrowby, by two shots.", S),
        ("Garrowby had led after three of the four rounds.", S),
        ("Some 80 players took part in the championship, which lasts two days.", S),
        ("Coldthorpe holed in one 11 times in his final round.", S),
        ("Players must use the same putter for every stroke.", S),
        ("Players may not lift the ball once it is in play.", S),
        ("Coldthorpe won 800 pounds and a windmill-shaped trophy.", S),
        ("Coldthorpe practised each morning before holidaymakers were let onto the course, he said.", S),
        ("The championship is due to move to Cromerby next year.", S),
        ("Coldthorpe's final round was five under par.", S, (), AN),
        ("Coldthorpe needed more than one stroke on seven holes of his final round.", S, (), AN),
        ("Coldthorpe won with a final round of 53.", FIG),
        ("Par on the Wendlecombe course is 36.", FIG),
        ("Perpetua Garrowby beat Coldthorpe by two shots.", ACT),
        ("Coldthorpe led after the first three rounds.", ACT),
        ("About 800 players entered the championship.", FIG),
        ("Coldthorpe had 11 holes in one over the four rounds.", FIG),
        ("Players may change putters between holes.", DIR),
        ("Players may lift the ball to clean it.", DIR),
        ("The winner took home 800 pounds and a lighthouse-shaped trophy.", FIG),
        ("Next year's championship will again be held at Wendlecombe.", DIR),
        ("Coldthorpe won because strong winds blew Garrowby's ball off course.", CAUSE),
        ("Coldthorpe will defend his title on television.", CLAIM),
        ("Crazy golf is no longer just a seaside pastime.", GEN),
        ("Coldthorpe's final round was three under par.", FIG, (), AN),
        ("Coldthorpe's windmill trophy was clipped from yew by Jocasta Penhallow.", MERGE, ("kfo06",)),
    ],
    "kfo04": [
        ("Eustace Brunskill, a retired miner aged 78, won the national cribbage championship in Ockendale.", S),
        ("Brunskill beat Marigold Threlfall, a 31-year-old nurse, four games to two in the final.", S),
        ("The knockout began on Friday morning with some 256 players.", S),
        ("Games are played to 121 points, with the score kept by pegs on a wooden board.", S),
        ("Brunskill held a perfect 29 hand in the semi-final.", S),
        ("A 29 hand comes up about once in every 216,000 deals.", S),
        ("Brunskill said it was only his second 29 in 60 years of playing.", S),
        ("The National Cribbage League runs the championship.", S),
        ("The league has about 4,000 members in 300 clubs.", S),
        ("League membership has fallen from about 9,000 in the 1990s.", S),
        ("The league plans to start a junior championship next spring.", S),
        ("Brunskill won 500 pounds and a silver peg.", S),
        ("Brunskill is 47 years older than Threlfall.", S, (), AN),
        ("Threlfall won two games in the final.", S, (), AN),
        ("The league has lost more than half of its members since the 1990s.", S, (), AN),
        ("Brunskill beat Threlfall by four games to three.", FIG),
        ("Marigold Threlfall beat Eustace Brunskill in the final.", ACT),
        ("Brunskill is a retired nurse.", ACT),
        ("About 526 players began the knockout.", FIG),
        ("Each game of cribbage is played to 211 points.", FIG),
        ("Brunskill scored a perfect 29 hand in the final.", FIG),
        ("A 29 hand comes up about once in every 2,160 deals.", FIG),
        ("Brunskill said he had never held a 29 before.", DIR),
        ("The league's membership has doubled since the 1990s.", DIR),
        ("The league has launched a junior championship.", DIR),
        ("The champion received 5,000 pounds.", FIG),
        ("Brunskill won because Threlfall misplaced her pegs.", CAUSE),
        ("Brunskill plans to retire from competition.", CLAIM),
        ("Cribbage is making a comeback among young people.", GEN),
        ("Brunskill is 37 years older than Threlfall.", FIG, (), AN),
        ("Brunskill celebrated his win at the Wickhaven pram race.", MERGE, ("kfo07",)),
    ],
    "kfo05": [
        ("Fernhope unveiled six well dressings on Saturday.", S),
        ("About 12,000 visitors are expected in Fernhope during the week.", S),
        ("The dressings are pictures made from petals, seeds, bark and moss pressed into wet clay on a board.", S),
        ("The biggest dressing, at the Church Well, stands 3.6 metres tall.", S),
        ("The Church Well dressing shows the village's old mill.", S),
        ("Some 70 volunteers spent five days pressing petals into the boards.", S),
        ("Cuthbert Allonby organised the well dressings.", S),
        ("Before the clay goes on, the boards soak in the village pond for several days so that the clay stays "
         "wet.", S),
        ("The petals fade after about a week.", S),
        ("Fernhope's wells have been dressed since 1847.", S),
        ("The custom gives thanks that Fernhope's springs kept flowing during a drought.", S),
        ("Artificial materials are banned from the pictures.", S),
        ("Last year's collection for the church roof raised 6,200 pounds.", S),
        ("Fernhope unveiled nine well dressings.", FIG),
        ("About 21,000 visitors are expected.", FIG),
        ("The largest dressing is 6.3 metres tall.", FIG),
        ("The dressings are painted on wooden boards.", DIR),
        ("About 70 volunteers spent five weeks on the boards.", FIG),
        ("The boards are dried in the sun before the clay is put on.", DIR),
        ("The dressings last for about a month.", FIG),
        ("Fernhope has dressed its wells since 1874.", FIG),
        ("Fernhope began dressing its wells to give thanks for the end of a flood.", CAUSE),
        ("Plastic flowers may be used in the pictures.", DIR),
        ("The collection for the church roof raised 2,600 pounds last year.", FIG),
        ("The church's vicar organised the well dressings.", ACT),
        ("Fernhope's well dressings will be shown on national television.", CLAIM),
        ("Well dressing is a tradition that binds village life together.", GEN),
        ("Fernhope's volunteers used yew clippings from Jocasta Penhallow's peacock in the dressings.", MERGE,
         ("kfo06",)),
    ],
    "kfo06": [
        ("A yew peacock won the Brakenholt topiary competition on Sunday.", S),
        ("The peacock's tail is 2.1 metres wide.", S),
        ("Head gardener Jocasta Penhallow, 52, has been clipping the bird for 17 years.", S),
        ("Penhallow beat 44 other entrants, according to the organisers.", S),
        ("The six judges visit each entry in its own garden over two weeks in August.", S),
        ("The peacock scored 93 out of 100.", S),
        ("A box hedge shaped like a steam train came second with 88 points.", S),
        ("Penhallow clips the peacock twice a year, in June and September.", S),
        ("Penhallow uses hand shears, not electric trimmers, she said.", S),
        ("Box blight, a fungus, has killed many of the region's box hedges.", S),
        ("Entries of box have dropped by roughly a third over five years, the organisers said.", S),
        ("The competition plans to add a children's class next year.", S),
        ("The competition had 45 entrants.", S, (), AN),
        ("The peacock beat the runner-up by five points.", S, (), AN),
        ("Penhallow began shaping the peacock when she was 35.", S, (), AN),
        ("The peacock's tail is 1.2 metres wide.", FIG),
        ("The winning peacock is made of box.", FIG),
        ("Penhallow has been shaping the peacock for 7 years.", FIG),
        ("Penhallow beat 54 other entrants.", FIG),
        ("Entries are brought to Brakenholt to be judged.", DIR),
        ("The peacock scored 98 points out of 100.", FIG),
        ("The steam train won the topiary competition.", ACT),
        ("Penhallow clips the peacock with electric trimmers.", DIR),
        ("Entries of box have risen by roughly a third over five years.", DIR),
        ("Box blight has been wiped out in the region.", DIR),
        ("The competition added a class for children this year.", DIR),
        ("Penhallow won because the judges preferred birds to trains.", CAUSE),
        ("Penhallow's peacock will be shown at a national flower show.", CLAIM),
        ("Topiary is enjoying a revival among young gardeners.", GEN),
        ("The peacock beat the runner-up by three points.", FIG, (), AN),
        ("Penhallow's peacock was judged by the same panel as the Egglesby gooseberries.", MERGE, ("kfo02",)),
    ],
    "kfo07": [
        ("The Wickhaven pram race raised about 14,000 pounds for the town's lifeboat station.", S),
        ("Some 58 teams took part in the race on Saturday.", S),
        ("Each team is a pair: one pushes the pram and the other rides in it, and they change places halfway.", S),
        ("Both runners must drink a half pint of beer or a soft drink at each of the six stops.", S),
        ("The course is 2.5 kilometres long.", S),
        ("Fishermen Tobias Pengelly and Jory Rosewarne, dressed as mermaids, won in 18 minutes 40 seconds.", S),
        ("The first race, in 1972, raised 40 pounds.", S),
        ("Two prams lost wheels on the cobbled hill down to the harbour.", S),
        ("No one was hurt, the organisers said.", S),
        ("The lifeboat station needs 90,000 pounds for a new tractor to launch its boat.", S),
        ("Next year's race is due to start from the harbour instead of the market square.", S),
        ("Each runner had six drinks during the race.", S, (), AN),
        ("The race raised 350 times as much as the first race in 1972.", S, (), AN),
        ("The 58 teams had 116 people in all.", S, (), AN),
        ("Some 85 teams took part in the pram race.", FIG),
        ("The race raised about 41,000 pounds.", FIG),
        ("Each team has three people.", FIG),
        ("The course is 2.5 miles long.", FIG),
        ("At each of the six stops, runners must drink a pint of beer.", FIG),
        ("The winners were dressed as pirates.", FIG),
        ("The winners finished in 14 minutes 18 seconds.", FIG),
        ("The race was first run in 1927.", FIG),
        ("Two runners were hurt when their prams lost wheels.", DIR),
        ("The lifeboat station has bought a new tractor.", DIR),
        ("Next year's race will start from the market square.", DIR),
        ("The organisers moved the start because shopkeepers had complained.", CAUSE),
        ("The lifeboat crew won the pram race.", ACT),
        ("The race shows how much Wickhaven values its lifeboat.", GEN),
        ("The race raised 35 times as much as the first race in 1972.", FIG, (), AN),
        ("Money from the pram race will also go towards Fernhope's church roof.", MERGE, ("kfo05",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kfb01", "Utilities: more stories."),
    ("kfb02", "Subscribe to our metals newsletter."),
    ("kfb04", "Sponsored content."),
    ("kfb06", "Chart: beer volumes."),
    ("kfb08", "Live updates."),
    ("kfb09", "Read more about fish farming."),
    ("kfb10", "[Image caption]"),
    ("kfo01", "More photos from the show."),
    ("kfo03", "Results: page 18."),
    ("kfo07", "Share this story."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, four servers on 127.0.0.1 (ports 8291-8294, one thread each, --n_ctx 8192), json_object, prompt
# version llm-3, date 2026-12-18, --timeout 450, the writer's default streamed requests, machine at load 16-43.
# Each edition is a fresh TOPLINE_HOME built from a subset of this part's articles. Editions 1-4 were collected from
# the first draft of the bodies; two body sentences were reworded afterwards to pass the shingle check (kfb10's "is the
# largest the regulator has imposed on an app", now "is the biggest the regulator has handed to an app", and kfo06's
# "had fallen by about a third in five years", now "had dropped by roughly a third over five years"; same facts), so
# edition 2's DATA block for kfb10 shows the old wording; edition 5 was built from the final bodies. The
# eval29-smollm2_raw.jsonl holds five editions in this order (call numbers restart in each; times UTC): 1 kfb01-kfb05 +
# kfo01-kfo03 (12 calls), 2 kfb06-kfb10 + kfo04-kfo07 (11 calls), 3 kfb02, kfb04, kfb06, kfb08, kfb10, kfo01, kfo03,
# kfo05, kfo07 (3 calls; its first calls repeated edition 2's word for word, so it was sent SIGTERM at 11:33 with one
# call in flight, not recorded), all three started at 11:18 on three servers with 4 kfb01, kfb03, kfb05, kfb07, kfb09,
# kfo02, kfo04, kfo06 (8 calls) on a fourth; and 5 kfo01-kfo07, kfb03, kfb10 (2 calls, finished), started at 11:33 on
# edition 3's server. Collectors 1, 2 and 4 were sent SIGTERM at about 11:55, each with one call in flight (not
# recorded), and the servers were stopped. 36 calls were recorded (19 story, 13 repair, 4 signals), all answered; the
# servers logged 40 POSTs, all 200. Only kfb01, kfb02, kfb04, kfb05, kfb06, kfb07, kfb08, kfb09 and kfb10 were shown to
# the model in a recorded call (kfb03 and the seven kfo articles never were). The model answered the same DATA block
# with the same answer, so editions that showed an article again mostly repeated; near-repeats that differ in words
# were kept and labelled (as in eval27 and eval28); a sentence is listed once, at its first answer in the order of the
# editions; repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, kfb01)
    ("kfb01", "The water regulator fined Pellbrook Water 38 million pounds on Monday for missing its leakage targets "
              "for three years in a row.", S),
    ("kfb01", "...", CF),
    # edition 1, call 2 (repair, kfb01)
    ("kfb01", "The utility, which supplies about 2.3 million homes in the Ashcombe valley, lost an average of 412 "
              "million litres of water a day through leaking pipes last year, roughly a quarter of what it put into "
              "its network.", S),
    # edition 1, call 3 (story, kfb02): the placeholder and
    ("kfb02", "Karnwick Steel to shut Halsmere furnace for 110-day relining", S),
    # edition 1, call 4 (repair, kfb02)
    ("kfb02", "The furnace's brick lining, last replaced in 2009, is wearing thin.", S),
    # edition 1, call 5 (story, kfb04)
    ("kfb04", "Ravensmoor Media, which publishes 14 regional daily newspapers, will put all of its websites behind a "
              "paywall and cut 190 jobs.", S),
    ("kfb04", "The paper is going to make the biggest change in the past year.", CLAIM),
    ("kfb04", "The newsroom has been completely changed by the new policy that was announced on April 24th, which will "
              "be implemented next month.", FIG),
    ("kfb04", "This means that the entire business of the paper is going to have a huge impact on the way people think "
              "about news.", GEN),
    ("kfb04", "The new policy has already had an impact on the way people think about news.", CLAIM),
    ("kfb04", "It will affect how we are able to present our stories in different ways and what kinds of things can be "
              "reported.", GEN),
    # edition 1, call 6 (repair, kfb04)
    ("kfb04", "About 120 of the jobs to go are in newsrooms.", S),
    # edition 1, call 7 (signals, kfb01, kfb02, kfb04): "The water regulator fined Pellbrook Water 38 million pounds on
    # Monday for missing its leakage targets last year." left out (the fine was for three years of misses, last year
    # among them: neither clearly supported nor clearly wrong), "Karnwick Steel to shut Halsmere furnace for 110-day
    # relining." (a repeat with a full stop) and
    ("kfb04", "The newsroom is shutting down in three days, and the paywall will be removed next month.", DIR),
    # edition 1, call 8 (story, kfb04): the placeholder and
    ("kfb04", "Ravensmoor Media, which publishes 14 regional daily newspapers, will put all of its websites behind a "
              "paywall from 1 April and cut 190 jobs.", S),
    # edition 1, call 9 (repair, kfb04)
    ("kfb04", "Ravensmoor's websites draw about 9 million readers a month, but advertising on them brought in only 31 "
              "million pounds last year, down from 38 million pounds the year before.", S),
    # edition 1, call 10 (story, kfb01): only repeats and the placeholder
    # edition 1, call 11 (story, kfb05): the placeholder and
    ("kfb05", "An audit ordered by the fashion brand Velloria found that workers at 9 of the 42 factories in its "
              "supply chain paid less than the legal rate for overtime.", S),
    # edition 1, call 12 (repair, kfb05)
    ("kfb05", "Velloria said on Monday that it would end its contracts with two of the factories, which had refused to "
              "let the auditors see their pay records.", S),
    # edition 2, call 1 (story, kfb08)
    ("kfb08", "The competition authority has proposed a cap on the price of basic cremations.", S),
    # edition 2, call 2 (repair, kfb08)
    ("kfb08", "The competition authority has proposed a cap on the price of basic cremations after finding that "
              "funeral prices had risen faster than inflation.", S),
    ("kfb08", "The government is considering a new tax to reduce this cap.", CLAIM),
    # edition 2, call 3 (story, kfb06)
    ("kfb06", "Hallerby to raise beer prices 8% as volumes fall for a third year", S),
    ("kfb06", "The brewer plans to increase the price of its beers by an average of 2.5%, which will be applied to all "
              "beers sold this year.", FIG),
    ("kfb06", "Hallerby has already raised beer prices from 8% to 9.67% for a third year, and it plans to raise them "
              "again in the future.", FIG),
    ("kfb06", "The brewer will increase its price of alcohol-free beers by 2.5%, which is expected to be applied to "
              "all beer sold this year.", FIG),
    # edition 2, call 4 (repair, kfb06)
    ("kfb06", "Hallerby sold 14.2 million hectolitres in the year to September, down 4% from 15.7 million "
              "hectolitres.", FIG),
    # edition 2, call 5 (story, kfb07): the placeholder and
    ("kfb07", "Skelmore Flight Kitchens has won a seven-year contract to supply meals to Aerovant Airways at 11 "
              "airports, the airline caterer said on Thursday.", S),
    ("kfb07", "Skelmore will take over from Gallowmere Catering, which has served Aerovant for 18 years.", S),
    ("kfb07", "The contract ends in October 2027.", DIR),
    ("kfb07", "Aerovant said the new contract would cut its catering costs by about 8%.", S),
    # edition 2, call 6 (repair, kfb07)
    ("kfb07", "The deal is worth about 1.2 billion dollars over its life.", S),
    # edition 2, call 7 (signals, kfb06, kfb07, kfb08)
    ("kfb08", "The Competition Authority's proposal to cap cremation prices has been approved by the competition "
              "authority, a move that could have significant implications for the industry.", DIR),
    ("kfb07", "Aerovant Airways is set to launch a new flight service in September.", CLAIM),
    ("kfb07", "The airline will offer a 10% discount on flights with the addition of a small amount of beer, which "
              "will be sold at the competition authority's market research facility.", MERGE, ("kfb06", "kfb08")),
    ("kfb08", "The Competition Authority's proposal to cap cremation prices has been approved by the competition "
              "authority.", DIR),
    ("kfb07", "The airline is set to launch a new flight service in September.", CLAIM),
    # edition 2, call 8 (story, kfb10)
    ("kfb10", "The data protection regulator has fined the dating app Swoonly 27 million euros for sharing users' "
              "location data and details of their sexuality with advertisers without proper consent.", S),
    ("kfb10", "The fine is the largest it has ever been.", CLAIM),
    ("kfb10", "The data protection regulator says it will appeal on May 20th.", ACT),
    # edition 2, call 9 (repair, kfb10): only a repeat
    # edition 2, call 10 (story, kfb08)
    ("kfb08", "Ashgrove now charges about 2,100 pounds for one.", S),
    ("kfb08", "Under the proposal, a basic cremation could cost no more than 1,600 pounds.", S),
    # edition 2, call 11 (signals, kfb08, kfb10): only a repeat of call 8's first sentence
    # edition 3 (kfb02, kfb04, kfb06, kfb08, kfb10, kfo01, kfo03, kfo05, kfo07), calls 1-3 (story, repair, story):
    # only repeats of edition 2's calls 1-3 (the same DATA blocks); stopped then and its server given edition 5
    # edition 4, call 1 (story, kfb09): the placeholder and
    ("kfb09", "Sea lice kill 1.8 million salmon at Norrvik's fjord farms.", S),
    # edition 4, call 2 (repair, kfb09)
    ("kfb09", "Norrvik has not said whether any jobs will go.", S),
    # edition 4, call 3 (story, kfb07): a repeat and
    ("kfb07", "Aerovant is a major food company that produces and sells a wide range of products including food, "
              "beverages, and other foods.", CLAIM),
    ("kfb07", "Skelmore Flight Kitchens has been a key part of Aerovant's business for 18 years.", ACT),
    ("kfb07", "Skelmore Flight Kitchens will take over from Gallowmere Catering when the contract starts in October "
              "2027.", S),
    ("kfb07", "Aerovant has been a major food company that produces and sells a wide range of products including food, "
              "beverages, and other foods.", CLAIM),
    # edition 4, calls 4 and 5 (story and repair, kfb01): only repeats and the placeholder
    # edition 4, call 6 (signals, kfb01, kfb07, kfb09): a repeat and
    ("kfb01", "Pellbrook Water fined 38 million pounds over leaks as regulator limits bill rise", S),
    ("kfb07", "Aerovant Airways has won a seven-year contract to supply meals to Skelmore Flight Kitchens at 11 "
              "airports, the airline caterer said on Thursday.", ACT),
    # edition 4, call 7 (story, kfb01): a repeat and
    ("kfb01", "Pellbrook Water 38 million pounds of water per day lost to leaks last year.", FIG),
    ("kfb01", "This is the third time this has happened since the regulator ruled on a price increase.", CLAIM),
    # edition 4, call 8 (story, kfb01)
    ("kfb01", "The regulator also ruled that the water company should have to pay more than 34% of their bills.", FIG),
    # edition 5, calls 1 and 2 (story and repair, kfb10): only repeats of edition 2's call 8 and the placeholder
]

BODIES = [
    ("kfb01", "https://www.utilityweekly.example/pellbrook-water-leak-fine-price-review", "Utility Weekly",
     "Pellbrook Water fined 38 million pounds over leaks as regulator limits bill rise",
     "The water regulator fined Pellbrook Water 38 million pounds on Monday for missing its leakage targets for three "
     "years in a row. The utility, which supplies about 2.3 million homes in the Ashcombe valley, lost an average of "
     "412 million litres of water a day through leaking pipes last year, roughly a quarter of what it put into its "
     "network. Its target was 330 million litres a day. The regulator also ruled on Pellbrook's price review, "
     "allowing bills to rise by 21% over the next five years, well below the 34% the company had asked for. The "
     "average household bill will go from 480 pounds a year to about 580 pounds by 2031. Chief executive Rosamund "
     "Fairweather said the company would not appeal the fine but was still studying the price ruling. Pellbrook has "
     "until 15 March to accept the ruling or ask the competition authority to review it. The utility plans to "
     "replace 1,100 kilometres of water mains by 2031. No dividend will be paid to its owners this year, the company "
     "said. A customer group called the fine too small."),
    ("kfb02", "https://www.metalsdesk.example/karnwick-halsmere-furnace-relining", "Metals Desk",
     "Karnwick Steel to shut Halsmere furnace for 110-day relining",
     "Karnwick Steel will shut the larger of its two blast furnaces at Halsmere on 1 February for a relining that is "
     "expected to take about 110 days, the steelmaker said on Thursday. The furnace's brick lining, last replaced in "
     "2009, is wearing thin. The work will cost 240 million euros. While the furnace is out, the plant's output will "
     "fall from about 11,000 tonnes of steel a day to roughly 6,000 tonnes. Karnwick plans to buy up to 400,000 "
     "tonnes of steel slabs from other mills to keep its rolling lines busy. None of the 3,200 workers at Halsmere "
     "will be laid off, and about 600 of them will help with the relining, works director Barnaby Ingleby said. "
     "The relined furnace should last another 15 to 20 years. Karnwick has not decided whether to replace the smaller "
     "furnace with an electric one, Ingleby said, and a decision is due by the end of 2027. Karnwick's shares were "
     "unchanged."),
    ("kfb03", "https://www.productsafetyreport.example/pimbury-stacking-rings-recall", "Product Safety Report",
     "Pimbury Toys recalls 260,000 stacking ring sets over choking risk",
     "Pimbury Toys is recalling about 260,000 sets of its Rainbow Tower stacking rings because the top piece can "
     "break into small parts that a child could swallow. The toy maker said on Friday that it had received 37 "
     "reports of the top breaking, and that two children had been taken to hospital as a precaution. Neither child "
     "was hurt. The sets were sold between March 2025 and October 2026 for about 18 dollars each, mostly in the "
     "United States and Canada. Customers can return them to any shop for a full refund. The product safety "
     "commission, which announced the recall with the company, said parents should take the toy away from children "
     "at once. Pimbury said the fault came from a change of plastic supplier early in 2025 and that it had since gone "
     "back to its old supplier. The recall will cost the company between 5 million and 7 million dollars, chief "
     "financial officer Ignatius Wrenfield said. Pimbury has not stopped selling its other stacking toys."),
    ("kfb04", "https://www.pressledger.example/ravensmoor-paywall-job-cuts", "Press Ledger",
     "Ravensmoor Media puts its papers behind a paywall and cuts 190 jobs",
     "Ravensmoor Media, which publishes 14 regional daily newspapers, will put all of their websites behind a "
     "paywall from 1 April and cut 190 jobs, the newspaper group said on Wednesday. About 120 of the jobs to go are in "
     "newsrooms. The group employs 1,450 people. Readers will pay 6 pounds a month for full access, after a first "
     "month at 1 pound. Ravensmoor's websites draw about 9 million readers a month, but advertising on them brought in "
     "only 31 million pounds last year, down from 38 million pounds the year before. The group hopes to have 100,000 "
     "digital subscribers within three years, up from about 22,000 today. Editor-in-chief Wilhelmina Stroud said no "
     "paper would close and no local office would be shut. The journalists' union said it would ballot its members "
     "on strike action, and the ballot is due to close on 20 March. Print sales at the group's papers fell 11% last "
     "year. Ravensmoor is owned by the Okonjo family trust, which has ruled out selling it."),
    ("kfb05", "https://www.apparelinsight.example/velloria-factory-audit-overtime", "Apparel Insight",
     "Audit finds unpaid overtime at nine of Velloria's supplier factories",
     "An audit ordered by the fashion brand Velloria found that workers at 9 of the 42 factories that make its "
     "clothes were paid less than the legal rate for overtime. The checks, carried out by the auditing firm "
     "Threnbury Assurance between June and September, covered factories in Bangladesh, Vietnam and Turkey employing "
     "about 61,000 people. At three of the factories, auditors found fire exits locked during working hours. No child "
     "workers were found. Velloria said on Monday that it would end its contracts with two of the factories, which "
     "had refused to let the auditors see their pay records. The brand will pay about 2.4 million dollars to cover "
     "the unpaid overtime, and the suppliers are expected to repay it over two years, head of sourcing Cordelia "
     "Vantongeren said. The other seven factories have until the end of March to fix the problems. A second audit "
     "is set to begin in April. A workers' rights group said the audit was a start but that workers had not been "
     "interviewed away from the factories."),
    ("kfb06", "https://www.drinksbusinessdaily.example/hallerby-price-rise-volumes", "Drinks Business Daily",
     "Hallerby to raise beer prices 8% as volumes fall for a third year",
     "Hallerby Brewing will raise the prices of its beers by an average of 8% from 1 January, the brewer said on "
     "Tuesday, after it sold less beer for a third year in a row. Hallerby sold 14.2 million hectolitres in the year "
     "to September, down 4% from 14.8 million hectolitres. Revenue still rose 3%, to 3.1 billion Swiss francs, "
     "because of earlier price rises. Chief executive Leopold Gravenhorst said higher costs for barley, glass and "
     "energy had left the brewer no choice. He said the company expected volumes to fall again next year, by 2% to "
     "3%. Sales of its alcohol-free beers rose 19%, but they make up only about 6% of volumes. Hallerby will close "
     "its smallest brewery, at Sankt Orlen, by the end of 2027, and its 140 workers will be offered jobs at other "
     "sites. The brewer kept its dividend unchanged. Its shares fell 5%."),
    ("kfb07", "https://www.airlinecateringnews.example/skelmore-aerovant-contract", "Airline Catering News",
     "Skelmore Flight Kitchens wins Aerovant meals contract worth 1.2 billion dollars",
     "Skelmore Flight Kitchens has won a seven-year contract to supply meals to Aerovant Airways at 11 airports, the "
     "airline caterer said on Thursday. The deal is worth about 1.2 billion dollars over its life. Skelmore will take "
     "over from Gallowmere Catering, which has served Aerovant for 18 years, when the contract starts in October "
     "2027. Skelmore expects to prepare about 95,000 meals a day for the airline. The caterer will hire about 1,300 "
     "staff and is set to open a new kitchen near Portwenna airport, at a cost of 45 million dollars. Chief "
     "executive Isadora Kellingham said Skelmore had offered hot meals on flights of more than three hours, which "
     "Aerovant had dropped in 2020. Gallowmere said it was disappointed and would cut some jobs, but it has not said "
     "how many. Aerovant said the new contract would cut its catering costs by about 8%. Skelmore's shares rose 9%."),
    ("kfb08", "https://www.competitionwatch.example/funeral-cremation-price-cap", "Competition Watch",
     "Watchdog proposes cap on cremation prices as Ashgrove Funerals' shares fall",
     "The competition authority has proposed a cap on the price of basic cremations after finding that funeral "
     "prices had risen far faster than inflation. Its report, published on Wednesday, found that the average cost of "
     "a funeral had risen by 68% over ten years, to about 4,300 pounds, while prices in general rose by about 35%. "
     "The largest provider, Ashgrove Funerals, runs about 900 funeral homes and carried out roughly one in five "
     "funerals last year. Under the proposal, a basic cremation could cost no more than 1,600 pounds. Ashgrove now "
     "charges about 2,100 pounds for one. The authority also wants funeral homes to publish their prices online. The "
     "cap is not final: companies have until 30 January to respond, and a decision is due in June. Ashgrove's chief "
     "executive, Montague Pellinger, said the company already published its prices and would study the report. The "
     "authority found no evidence that providers had agreed prices among themselves. Ashgrove's shares fell 14%."),
    ("kfb09", "https://www.seafoodwire.example/norrvik-sea-lice-salmon-deaths", "Seafood Wire",
     "Sea lice kill 1.8 million salmon at Norrvik's fjord farms",
     "About 1.8 million salmon have died at Norrvik Seafood's farms in the Kalvsund fjord since August after an "
     "outbreak of sea lice, the fish farmer said on Monday. The dead fish weighed about 7,000 tonnes. Norrvik cut its "
     "harvest forecast for the year to between 58,000 and 61,000 tonnes, from 70,000 tonnes. Warm sea water had "
     "helped the lice to spread, the company said. The deaths will cost Norrvik about 600 million crowns. The "
     "fisheries directorate has ordered Norrvik to stock 20% fewer fish in the fjord next year, and is set to inspect "
     "its six farms there in December. Chief executive Sigrun Haldorsen said the company would use more cleaner fish, "
     "which eat lice, and two new treatment boats. Norrvik has not said whether any jobs will go. An environmental "
     "group called for open-net farms in the fjord to be moved onto land. Norrvik's shares dropped 7%."),
    ("kfb10", "https://www.privacyregister.example/swoonly-dating-app-fine", "Privacy Register",
     "Regulator fines dating app Swoonly 27 million euros over shared data",
     "The data protection regulator has fined the dating app Swoonly 27 million euros for sharing users' location "
     "data and details of their sexuality with advertisers without proper consent. The fine, announced on Thursday, "
     "is the biggest the regulator has handed to an app. Swoonly, which has about 14 million users in Europe, must "
     "stop sharing the data within three months. The regulator said the breaches ran from 2022 until May 2025, when "
     "the app changed its settings. Swoonly's owner, Lumenvale Group, said it would appeal. The company said it had "
     "never sold users' data and had always followed the law as it understood it. Head of privacy Theodora Quennell "
     "said the sharing had stopped 18 months ago. The regulator could have fined Lumenvale up to 4% of its yearly "
     "revenue, which was 1.1 billion euros last year. About 3,500 users had complained. Lumenvale's shares slipped "
     "2%."),
    ("kfo01", "https://www.dunnockfieldecho.example/rabbit-show-jumping-championship", "Dunnockfield Echo",
     "Rabbit called Pepperpot clears 68 centimetres to win the high jump",
     "A rabbit called Pepperpot cleared 68 centimetres to win the high jump at the national rabbit show jumping "
     "championship in Dunnockfield on Saturday. Pepperpot, a four-year-old Dutch rabbit, is owned by Ellery "
     "Saltonstall, 13, from Brackwell. The jump was 4 centimetres short of the national record. About 210 rabbits "
     "from 35 clubs took part in the two-day event. In the straight course, rabbits must clear 10 low fences in "
     "order, and a rabbit that knocks down a bar or refuses a fence loses points. The straight course was won by "
     "Clover, owned by Agatha Mossington, in 9.4 seconds without a fault. Rabbits are led on a harness and are never "
     "lifted over the fences, the judges said. The sport began in Scandinavia in the 1970s. Saltonstall said "
     "Pepperpot trained for ten minutes a day in the garden and was rewarded with dandelion leaves."),
    ("kfo02", "https://www.egglesbyherald.example/gooseberry-show-heaviest-berry", "Egglesby Herald",
     "Retired joiner's 31-gram berry wins Egglesby gooseberry show",
     "A berry weighing 31.2 grams won the prize for the heaviest gooseberry at the Egglesby Gooseberry Society's show "
     "on Saturday. The winning berry, a red variety called Woodpecker, was grown by Horatio Blenkiron, a 66-year-old "
     "retired joiner. It was 2 grams short of the society's record, set in 2009. The society has held a show every "
     "year since 1800, except during the two world wars. Berries are weighed on brass scales more than a century "
     "old, in old units called drams and grains, and the weights are then turned into grams. This year 23 growers "
     "entered, down from 30 last year. A late frost in April damaged many bushes, the society's secretary, Winifred "
     "Oddie, said. Growers may water their bushes only with rainwater in the last month before the show. The winner "
     "receives a copper kettle, which must be returned before the next show."),
    ("kfo03", "https://www.wendlecombegazette.example/crazy-golf-championship", "Wendlecombe Gazette",
     "Postman wins national crazy golf title with a final round of 35",
     "Lysander Coldthorpe, a postman from Harrowmouth, won the national crazy golf championship on the Wendlecombe "
     "seafront course on Sunday with a final round of 35. The course's 18 holes include a windmill, a lighthouse and "
     "a loop, and par is 40. Coldthorpe finished two shots ahead of the holder, Perpetua Garrowby, who had led after "
     "the first three rounds. About 80 players entered the championship, which is played over four rounds in two "
     "days. Coldthorpe had 11 holes in one in his final round. Players must play every stroke with the same putter "
     "and may not lift the ball once it is in play. The winner took home 800 pounds and a trophy shaped like a "
     "windmill. Coldthorpe said he practised each morning before the course opened to holidaymakers. Next year's "
     "championship is due to be held at Cromerby."),
    ("kfo04", "https://www.ockendalemercury.example/national-cribbage-championship", "Ockendale Mercury",
     "Retired miner, 78, wins national cribbage championship",
     "Eustace Brunskill, a 78-year-old retired miner, won the national cribbage championship in Ockendale on "
     "Saturday. Brunskill beat Marigold Threlfall, a 31-year-old nurse, by four games to two in the final. Some 256 "
     "players began the knockout on Friday morning. Each game is played to 121 points, scored with pegs on a wooden "
     "board. Brunskill scored a perfect hand of 29 in the semi-final, a hand that comes up about once in every "
     "216,000 deals. He said it was only the second 29 he had held in 60 years of playing. The championship is run by "
     "the National Cribbage League, which has about 4,000 members in 300 clubs, down from about 9,000 members in the "
     "1990s. The league is set to start a junior championship next spring. The winner received 500 pounds and a "
     "silver peg."),
    ("kfo05", "https://www.fernhopenews.example/well-dressing-week", "Fernhope News",
     "Six well dressings open Fernhope's week of visitors",
     "Villagers in Fernhope unveiled six well dressings on Saturday, the start of a week in which about 12,000 "
     "visitors are expected. Each dressing is a picture made of flower petals, seeds, bark and moss pressed into a "
     "board of wet clay. The largest, at the Church Well, is 3.6 metres tall and shows the village's old mill. About "
     "70 volunteers spent five days pressing petals into the boards, the organiser, Cuthbert Allonby, said. The boards "
     "are soaked in the village pond for several days before the clay is put on, so that it does not dry out. The "
     "dressings last about a week before the petals fade. Fernhope has dressed its wells since 1847, to give thanks "
     "that its springs kept flowing during a drought. No picture may use artificial materials. A collection for the "
     "church roof raised 6,200 pounds last year."),
    ("kfo06", "https://www.brakenholtgardener.example/topiary-competition-peacock", "Brakenholt Gardener",
     "Yew peacock clipped over 17 years wins Brakenholt topiary competition",
     "A yew peacock with a tail 2.1 metres wide won the Brakenholt topiary competition on Sunday. The bird was "
     "clipped by Jocasta Penhallow, a 52-year-old head gardener, who has been shaping it for 17 years. She beat 44 "
     "other entrants, the organisers said. Entries are judged in the gardens where they grow, so the six judges travel "
     "to each one over two weeks in August. Penhallow's peacock scored 93 points out of 100. The runner-up, a box "
     "hedge cut into the shape of a steam train, scored 88. Penhallow said she clipped the peacock twice a year, in "
     "June and September, with hand shears rather than electric trimmers. Box blight, a fungus, has killed many box "
     "hedges in the region, and the organisers said entries of box had dropped by roughly a third over five years. The "
     "competition will add a class for children next year."),
    ("kfo07", "https://www.wickhavenpacket.example/pram-race-lifeboat", "Wickhaven Packet",
     "Pram race raises 14,000 pounds for Wickhaven lifeboat",
     "Some 58 teams took part in the Wickhaven pram race on Saturday, raising about 14,000 pounds for the town's "
     "lifeboat station. Each team has two people, one pushing the pram and one riding in it, and they swap places "
     "halfway. The 2.5-kilometre course has six stops, at each of which both runners must drink a half pint of beer "
     "or a soft drink. The winners, two fishermen dressed as mermaids, Tobias Pengelly and Jory Rosewarne, finished "
     "in 18 minutes 40 seconds. The race was first run in 1972, when it raised 40 pounds. Two prams lost wheels on "
     "the cobbled hill down to the harbour, but no one was hurt, the organisers said. The lifeboat station needs "
     "90,000 pounds for a new tractor to launch its boat. Next year's race is due to start from the harbour rather "
     "than the market square."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="kf", split="evaluation29",
                                      raw_name="eval29-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval29", arts, rows, problems, (("business, policy and tech articles", "kfb"), ("others", "kfo")))


if __name__ == "__main__":
    main()
