"""Build the twenty-seventh EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval27-articles.jsonl and eval27-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval27.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and places
(every name was searched for in tests/data but the held-out eval-travel, the demo corpus and ../shared/data first, and
the ones found were replaced). Ten articles are business, policy and tech news of kinds eval26 did not use
(kdb01-kdb10): a low-cost airline's jet order and a planemaker's late deliveries (options, an undisclosed discount, a
timetable trimmed, older aircraft kept, compensation to be sought), a port operator's 35-year terminal concession (an
upfront payment, a planned investment, capacity, rejected bidders, a job promise not yet in writing, approval still
needed), a municipal pension fund's loss on an office write-down (a funding ratio, offices to be sold, pensions not cut
but not raised with inflation), a food maker's hummus recall (blue plastic, use-by dates, refunds, a line stopped until
an inspection, an insurer), a water company's sewage fine and dividend halt (a fine paid by the owners and not by
customers, spills up, a planned spend, an investigation not finished), a drugmaker's 40% price cut under a health
ministry deal (more patients in return, savings, a newer drug not covered), a satellite operator's launch failure and
insurance claim (cost against cover, revenue lost, no replacement decided, the rocket grounded), a mining company's
tailings dam breach (no one killed, villagers moved, a licence suspended, no cost estimate), a bank's branch closures
and job cuts (savings against costs, a hiring freeze, a strike ballot, no closure before July) and a city's congestion
charge (a council vote, exemptions, a resident rate, electric cars at half price, a court challenge to be heard); plans
against done acts, negations ("did not say what discount", "not yet seen the promise in writing", "has not decided",
"will not be cut", "no one has been reported hurt", "would not be added to customers' bills", "does not cover", "did not
know what had caused", "no branch will close before July"), ranges and estimates, speakers by role and by name, and
actors named by description ("the low-cost airline", "the planemaker", "the port operator", "the pension fund", "the
food maker", "the water company", "the satellite operator", "the launch company", "the mining company"). Seven are on
topics no earlier part uses (kdo01-kdo07; the earlier parts' articles and README, the demo corpus and ../shared/data
were searched for the topic words): a district pub quiz league final, a county lawn bowls singles championship, a
national handbell contest, a national table football championship, a town's stilt race, a county shove ha'penny
championship and a show's whippet derby.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("dropped" and "slid" for "fell", "took" for "won", "halted" for
"stopped", "rejected" for "turned down", "collapsed" for "gave way", "exempt" for "will not pay"), a measure as the
subject ("Some 5,000 people watched the race", "About 30% of Quarnby's output comes from the mine"), figures restated
in other words ("a tenth" for 10%, "about 90%" for nine in ten, "half price", "a 22-week season" for 22 weekly rounds,
"best of three" told as the first to take two games), and analysis sentences (``kind`` "analysis") that only combine or
compute from one passage of the cited article (jets short of plan, jets if options are taken, passenger growth,
capacity added, investment a year, bidders in all, property holdings, a funding ratio's fall, the days of use-by dates,
spills added, spending a year, a price cut a month, insurance left uncovered, launches before a failure, mud in litres,
branches left, back-office cuts, a resident's and an electric car's charge, a vote's majority, a winning margin,
questions in a final, an age gap, last year's entries, a score margin, goals scored, games won, runners who did not
finish, a course shortened, games played, years played, a dog's speed). Each is fully supported by one passage (a
sentence and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every
error kind (wrong figures, units and dates, wrong directions, negations dropped or reversed, plans told as done, wrong
actors and swapped roles, unsupported claims, invented causes, generic invented analysis, merged events citing two
articles, content-free page furniture), with analysis sentences whose computation is wrong (kind "analysis"). Real
SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw
answers are in eval27-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split
"evaluation27"; ids "kd0001"... (two letters: every single letter, "ka" (eval25's) and "kc" (eval26's) already start
an earlier part's sentence ids; no sentence or article id of any part starts with "kd"). The article ids "kdb01"...
and "kdo01"... start with no earlier part's article id prefix.
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
           "eval26-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl", "eval25-articles.jsonl", "eval26-articles.jsonl")
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz") + ("ka", "kc")   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo, kab, kao, kcb, kco; this part's: kdb, kdo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kdb01": [
        ("Corvessa Air has ordered 40 narrow-body jets from Aldrane Aircraft.", S),
        ("The low-cost airline's order, worth about 4.8 billion dollars at list prices, includes options for 20 more "
         "jets.", S),
        ("Corvessa did not disclose the discount it got on the Aldrane jets.", S),
        ("Corvessa's first new jets are due to arrive in 2029.", S),
        ("A shortage of engines means Aldrane will deliver only 9 of the 14 jets Corvessa was due to receive this "
         "year.", S),
        ("Corvessa will cut its summer timetable by about 3% because of the late deliveries.", S),
        ("Some older aircraft will fly for longer rather than being retired in the spring, chief executive Annunziata "
         "Trelawder said.", S),
        ("Trelawder said Corvessa would seek compensation from the planemaker for the delays.", S),
        ("The airline has a fleet of 118 aircraft.", S),
        ("Corvessa expects about 34 million passengers this year, up from 31 million last year.", S),
        ("Shares in Corvessa dropped 2.4%.", S),
        ("Aldrane will deliver five fewer jets to Corvessa this year than planned.", S, (), AN),
        ("Corvessa's order would reach 60 jets if all the options were taken up.", S, (), AN),
        ("Corvessa expects to carry about 3 million more passengers this year than last.", S, (), AN),
        ("Corvessa Air has ordered 14 narrow-body jets from Aldrane Aircraft.", FIG),
        ("Corvessa's jet order is worth about 8.4 billion dollars at list prices.", FIG),
        ("Corvessa said it had been given a 30% discount on the jets.", CLAIM),
        ("The first of Corvessa's new jets are due in 2027.", FIG),
        ("Aldrane will deliver all 14 of the jets due to Corvessa this year.", DIR),
        ("Corvessa will add about 3% to its summer timetable.", DIR),
        ("Corvessa will retire its older aircraft early in the spring.", DIR),
        ("Corvessa has received compensation from Aldrane for the late deliveries.", DIR),
        ("Aldrane said it would seek compensation from Corvessa.", ACT),
        ("Corvessa carried 34 million passengers last year.", FIG),
        ("Corvessa's shares rose 2.4%.", DIR),
        ("Aldrane's deliveries are late because of a strike at its assembly plant.", CAUSE),
        ("The order shows that low-cost airlines expect air travel to keep booming.", GEN),
        ("Aldrane will deliver three fewer jets to Corvessa this year than planned.", FIG, (), AN),
        ("Corvessa's late jets were held up by the failure of Astrevo's satellite launch.", MERGE, ("kdb07",)),
    ],
    "kdb02": [
        ("Skellmarsh Port Holdings has won a 35-year concession to run Ostreval's container terminal.", S),
        ("The port authority of Ostreval announced the award on Monday.", S),
        ("Skellmarsh will pay 620 million euros upfront, plus a fee for each container handled.", S),
        ("The port operator plans to spend about 1.1 billion euros over a decade deepening the berths and adding six "
         "cranes.", S),
        ("The terminal's capacity would rise to 3.2 million containers a year from 2 million.", S),
        ("Both of the other bidders, which came from abroad, were rejected.", S),
        ("The dockers' union said it had yet to see in writing a promise that none of the terminal's 1,450 jobs "
         "would go.", S),
        ("The competition authority has yet to approve the concession.", S),
        ("Idony Carrasquel, who chairs the port authority, said the money would go to paying down debt and building a "
         "rail link to the terminal.", S),
        ("A state company runs the terminal now and will hand it over in July if approval comes in time.", S),
        ("The terminal's capacity would rise by 1.2 million containers a year.", S, (), AN),
        ("Skellmarsh plans to invest about 110 million euros a year on average at Ostreval.", S, (), AN),
        ("Three companies bid for the Ostreval concession.", S, (), AN),
        ("Skellmarsh won a 25-year concession to run Ostreval's container terminal.", FIG),
        ("Skellmarsh has already invested 1.1 billion euros in deepening the berths at Ostreval.", DIR),
        ("Skellmarsh will add six berths at the terminal.", FIG),
        ("The terminal's capacity would rise to 3.2 million containers a year from 2.3 million.", FIG),
        ("Skellmarsh said it would cut 1,450 jobs at the terminal.", DIR),
        ("The dockers' union said it had received a written promise that no jobs would go.", DIR),
        ("The competition authority approved the concession on Monday.", DIR),
        ("Carrasquel said the money would be used to build a new passenger terminal.", CLAIM),
        ("The state company that runs the terminal now won the concession.", ACT),
        ("The state company will hand over the terminal in June.", FIG),
        ("Skellmarsh won because it promised to keep fees lower than its rivals.", CAUSE),
        ("The deal shows that ports are becoming too expensive for states to run.", GEN),
        ("The terminal's capacity would rise by 2.2 million containers a year.", FIG, (), AN),
        ("Skellmarsh will use the Ostreval terminal to import Merriden's hummus.", MERGE, ("kdb04",)),
    ],
    "kdb03": [
        ("The Calderstane Municipal Pension Fund lost 3.1% last year.", S),
        ("The loss was the Calderstane fund's first since 2022.", S),
        ("The pension fund wrote down the value of its office buildings by 18%.", S),
        ("About 15% of the fund's 46 billion euros of assets are in property.", S),
        ("Gains on shares and bonds were not enough to make up for the write-down, chief investment officer Lucius "
         "Poltimore said.", S),
        ("Over the next three years, the fund plans to sell about a quarter of its offices.", S),
        ("The money from the office sales will go into rented housing and logistics warehouses.", S),
        ("The fund has yet to decide which buildings it will sell.", S),
        ("The fund's funding ratio dropped to 104% from 109%.", S),
        ("Pensions will not be cut, but they will not rise with inflation next year, the fund said.", S),
        ("Most of the fund's 380,000 members are council workers.", S),
        ("Unions called it unfair not to raise pensions and will ask the fund's board to reconsider.", S),
        ("The Calderstane fund's property holdings are worth about 6.9 billion euros.", S, (), AN),
        ("The fund's funding ratio fell by five percentage points.", S, (), AN),
        ("The Calderstane fund lost 1.3% last year.", FIG),
        ("The fund made a gain last year for the first time since 2022.", DIR),
        ("The fund cut the value of its office buildings by 8%.", FIG),
        ("Property makes up about half of the fund's assets.", FIG),
        ("Poltimore said shares and bonds had lost money too.", DIR),
        ("The fund has already sold a quarter of its offices.", DIR),
        ("The fund will put the money from the sales into shares.", CLAIM),
        ("The fund's funding ratio rose to 109% from 104%.", DIR),
        ("The fund will cut pensions next year.", DIR),
        ("Pensions will rise in line with inflation next year.", DIR),
        ("Unions welcomed the decision not to raise pensions.", DIR),
        ("The office values fell because the fund's biggest tenant went bankrupt.", CAUSE),
        ("The loss shows that pension funds should not own offices.", GEN),
        ("The fund's property holdings are worth about 4.6 billion euros.", FIG, (), AN),
        ("The fund's offices lost value after Wydmoor Water spilled sewage near them.", MERGE, ("kdb05",)),
    ],
    "kdb04": [
        ("Merriden Foods is recalling about 210,000 tubs of chilled hummus.", S),
        ("The hummus, sold by four supermarket chains, may contain small pieces of blue plastic, the food safety "
         "agency said.", S),
        ("The plastic came from a broken part of a mixing machine at the Caddonfoot plant, according to Merriden.", S),
        ("No injuries have been reported.", S),
        ("The recalled tubs have use-by dates between March 2 and March 11.", S),
        ("Shoppers can return the hummus to the store for a full refund.", S),
        ("The food safety agency told customers not to eat the hummus.", S),
        ("The food maker has halted the production line involved and is checking its other machines.", S),
        ("Merriden puts the cost of the recall at about 2 million pounds and hopes its insurer will cover most of "
         "it.", S),
        ("The line will stay shut until the agency has inspected it, managing director Ismenia Hibbert said.", S),
        ("Merriden's managing director, Ismenia Hibbert, apologised.", S),
        ("The family-owned company makes dips and sauces and has 640 employees.", S),
        ("The recall covers tubs with use-by dates spanning ten days.", S, (), AN),
        ("Merriden Foods is recalling about 120,000 tubs of hummus.", FIG),
        ("The tubs may contain small pieces of glass.", CLAIM),
        ("Several people were hurt by the plastic, the agency said.", DIR),
        ("The recall covers tubs with use-by dates from May 2 to May 11.", FIG),
        ("Customers can exchange the hummus but will not get a refund.", DIR),
        ("Merriden has kept the production line running while it checks the machines.", DIR),
        ("The recall will cost Merriden about 20 million pounds.", FIG),
        ("Merriden's insurer has already paid for the recall.", DIR),
        ("The food safety agency apologised for the recall.", ACT),
        ("The line has restarted after the agency inspected it.", DIR),
        ("The plastic got into the hummus because a worker ignored safety rules.", CAUSE),
        ("Merriden will also recall its dips and sauces.", CLAIM),
        ("The recall shows that food makers are cutting corners on safety.", GEN),
        ("The recall covers tubs with use-by dates spanning three weeks.", FIG, (), AN),
        ("Merriden's hummus was recalled after Quarnby's tailings spilled into its water supply.", MERGE, ("kdb08",)),
    ],
    "kdb05": [
        ("Wydmoor Water was fined 38 million pounds by the water regulator on Tuesday.", S),
        ("Between 2020 and 2023 Wydmoor released raw sewage into rivers beyond what its permits allowed.", S),
        ("The water company will pay no dividend to its owners for this year or next.", S),
        ("Customers' bills will not include the fine, which the owners will pay, the regulator said.", S),
        ("Wydmoor supplies about 1.9 million homes.", S),
        ("Wydmoor reported 2,700 spills last year, compared with 2,100 the year before.", S),
        ("Wydmoor partly blamed heavy rain but admitted some of its treatment works were too small.", S),
        ("Chief executive Osmund Aspinall said Wydmoor would spend 900 million pounds over five years on storm tanks "
         "and bigger works.", S),
        ("Campaigners said the fine was not big enough.", S),
        ("A second inquiry by the regulator, into whether Wydmoor reported its spills correctly, is still going on.",
         S),
        ("Wydmoor's spills rose by 600 last year.", S, (), AN),
        ("Wydmoor plans to spend about 180 million pounds a year on storm tanks and larger works.", S, (), AN),
        ("Wydmoor Water was fined 83 million pounds.", FIG),
        ("The regulator fined Wydmoor for spills between 2010 and 2023.", FIG),
        ("Wydmoor will keep paying dividends to its owners.", DIR),
        ("The fine will be added to customers' bills.", DIR),
        ("Wydmoor supplies about 1.9 million businesses.", FIG),
        ("Wydmoor's spills fell to 2,100 last year from 2,700.", DIR),
        ("Wydmoor said its treatment works were big enough.", DIR),
        ("The regulator said Wydmoor would spend 900 million pounds on storm tanks.", ACT),
        ("Wydmoor has spent 900 million pounds on storm tanks over the past five years.", DIR),
        ("Campaigners welcomed the size of the fine.", DIR),
        ("The regulator found that Wydmoor had reported its spills wrongly.", DIR),
        ("The spills rose because Wydmoor cut its maintenance budget.", CAUSE),
        ("Wydmoor's owners plan to sell the company.", CLAIM),
        ("The fine shows that water companies are finally being held to account.", GEN),
        ("Wydmoor's spills rose by 800 last year.", FIG, (), AN),
        ("Wydmoor will pay its fine with savings from Ormsgate Bank's branch closures.", MERGE, ("kdb09",)),
    ],
    "kdb06": [
        ("Castrell Pharma will cut the price of Glunova, its diabetes drug, by 40% in Kelvardia.", S),
        ("The cut is part of a deal with the health ministry, health minister Genoveva Dunstable said on Friday.", S),
        ("The state health service will prescribe Glunova to about 150,000 more patients over three years in "
         "return.", S),
        ("A month's supply of Glunova will cost 54 euros from April, down from 90 euros.", S),
        ("The deal will save the health service about 95 million euros a year, according to the ministry.", S),
        ("Castrell did not say what the cut would do to its profits.", S),
        ("Glunova is Castrell's best-selling drug, accounting for about a quarter of its sales.", S),
        ("Patient groups welcomed the deal.", S),
        ("Patient groups said people with other conditions were still waiting for cheaper medicines.", S),
        ("Castrell's newer weight-loss injection is not part of the deal.", S),
        ("Two other drugmakers are in similar talks with the ministry, Dunstable said.", S),
        ("From April, a month's supply of Glunova will cost 36 euros less than now.", S, (), AN),
        ("Castrell will cut Glunova's price by 14%.", FIG),
        ("Castrell will raise the price of Glunova in Kelvardia.", DIR),
        ("A month's supply of Glunova will cost 45 euros from April.", FIG),
        ("The new price of Glunova applies from August.", FIG),
        ("The state health service will prescribe Glunova to 150,000 fewer patients.", DIR),
        ("Castrell said the cut would reduce its profits by 10%.", CLAIM),
        ("Glunova accounts for about three-quarters of Castrell's sales.", FIG),
        ("Patient groups criticised the deal.", DIR),
        ("The deal also covers Castrell's weight-loss injection.", DIR),
        ("Castrell's chief executive announced the deal on Friday.", ACT),
        ("Two other drugmakers have already signed similar deals.", DIR),
        ("Castrell agreed to the cut because a cheaper copy of Glunova is about to go on sale.", CAUSE),
        ("The deal shows that governments can force drugmakers to lower prices.", GEN),
        ("From April, a month's supply of Glunova will cost 46 euros less than now.", FIG, (), AN),
        ("Castrell's deal was signed on the same day Lindenport voted for its congestion charge.", MERGE, ("kdb10",)),
    ],
    "kdb07": [
        ("Astrevo lost its newest communications satellite when the rocket carrying it failed on Saturday.", S),
        ("The rocket failed about four minutes after lift-off, Vantorre Launch Systems said.", S),
        ("Astrevo-9 cost about 310 million dollars to build and launch.", S),
        ("The satellite was insured for 280 million dollars.", S),
        ("The satellite operator will file an insurance claim this week.", S),
        ("Astrevo-9 was to have provided broadband to ships and aircraft over the Atlantic from next year.", S),
        ("The loss will cost Astrevo about 40 million dollars of expected revenue next year, chief executive Anatole "
         "Brisby said.", S),
        ("Some of the demand will be covered by Astrevo's existing satellites, Brisby said.", S),
        ("Astrevo has yet to decide whether to order a replacement.", S),
        ("A replacement would take about three years to build.", S),
        ("The launch company said the rocket's second-stage engine had shut down early.", S),
        ("Vantorre's rocket will not fly again until an investigation finds the cause.", S),
        ("Saturday's failure was the rocket's first in 23 launches.", S),
        ("Astrevo's shares slid 9%.", S),
        ("The insurance cover leaves about 30 million dollars of Astrevo-9's cost uninsured.", S, (), AN),
        ("Vantorre's rocket had 22 successful launches before Saturday's failure.", S, (), AN),
        ("The rocket failed about 40 minutes after lift-off.", FIG),
        ("Astrevo-9 was insured for 310 million dollars.", FIG),
        ("Astrevo has received 280 million dollars from its insurers.", DIR),
        ("Astrevo-9 was meant to provide broadband over the Pacific.", CLAIM),
        ("Astrevo will lose about 40 million dollars of revenue this year.", FIG),
        ("Astrevo has ordered a replacement satellite.", DIR),
        ("Astrevo said the rocket's second-stage engine had shut down early.", ACT),
        ("A replacement satellite would take about a year to build.", FIG),
        ("Vantorre will launch again next month.", DIR),
        ("Astrevo's shares rose 9%.", DIR),
        ("The rocket failed because of a software error.", CAUSE),
        ("Astrevo will sue Vantorre over the failure.", CLAIM),
        ("The failure shows that satellite launches are still too risky.", GEN),
        ("The insurance cover leaves about 50 million dollars of Astrevo-9's cost uninsured.", FIG, (), AN),
        ("Astrevo-9 would have carried broadband for Corvessa Air's new jets.", MERGE, ("kdb01",)),
    ],
    "kdb08": [
        ("A tailings dam wall at Quarnby Mining's copper mine in Soravia collapsed early on Sunday.", S),
        ("About 1.2 million cubic metres of mud and mine waste poured into the Lusk river valley, Quarnby said.", S),
        ("Nobody died in the breach.", S),
        ("Around 300 people from two villages were moved to higher ground, regional governor Elowen Marrack said.", S),
        ("The mine has been shut.", S),
        ("The mine produced 85,000 tonnes of copper last year.", S),
        ("The mining company said it did not know the cause of the breach.", S),
        ("An inspection in October found no problems, Quarnby said.", S),
        ("Copper and arsenic above safe limits were found in the river 20 kilometres downstream by environment "
         "officials.", S),
        ("The government has suspended the mine's operating licence until an independent review is finished.", S),
        ("Quarnby will pay for the clean-up and for new homes if needed, but did not estimate the cost.", S),
        ("About 30% of Quarnby's output comes from the mine.", S),
        ("Quarnby's shares dropped 14%.", S),
        ("The breach released about 1.2 billion litres of mud and mine waste.", S, (), AN),
        ("About 12 million cubic metres of mud poured into the valley.", FIG),
        ("Two people were killed when the dam gave way.", DIR),
        ("About 3,000 people were moved to higher ground.", FIG),
        ("The mine has kept working since the breach.", DIR),
        ("Quarnby said heavy rain had caused the breach.", CAUSE),
        ("An inspection in October had found cracks in the dam wall.", DIR),
        ("Arsenic was found in the river 200 kilometres downstream.", FIG),
        ("The government has cancelled the mine's licence for good.", DIR),
        ("Quarnby said it would not pay for the clean-up.", DIR),
        ("Quarnby estimated the clean-up would cost 50 million dollars.", CLAIM),
        ("Governor Elowen Marrack said Quarnby did not know what had caused the breach.", ACT),
        ("Quarnby's shares rose 14%.", DIR),
        ("The breach shows that mining companies cannot be trusted to police themselves.", GEN),
        ("The breach released about 120 million litres of mud and mine waste.", FIG, (), AN),
        ("Quarnby's breach poisoned the river that supplies Wydmoor Water's customers.", MERGE, ("kdb05",)),
    ],
    "kdb09": [
        ("Ormsgate Bank plans to close 94 of its 310 branches over the next 18 months.", S),
        ("About 1,700 jobs will go at Ormsgate, the bank said on Thursday.", S),
        ("Most of the branches to be closed are in towns with another Ormsgate branch within five miles.", S),
        ("Branch visits have fallen by half since 2019, chief operating officer Thaddeus Threadgold said.", S),
        ("Nine in ten of Ormsgate's customers now use its mobile app, Threadgold said.", S),
        ("About 600 branch jobs will be cut, with the rest of the cuts in back-office roles.", S),
        ("Ormsgate expects annual savings of about 220 million pounds by 2028.", S),
        ("The changes will cost the bank 150 million pounds.", S),
        ("Ormsgate has stopped hiring and will try to move staff into other jobs.", S),
        ("Union leaders plan to ballot members on strikes.", S),
        ("In 40 towns, Ormsgate staff will work from libraries or post offices a few days a week.", S),
        ("None of the branches will close before July.", S),
        ("About 90% of Ormsgate's customers use its mobile app.", S),
        ("Ormsgate will have 216 branches left after the closures.", S, (), AN),
        ("About 1,100 of Ormsgate's job cuts will be in back-office roles.", S, (), AN),
        ("Ormsgate will close 49 of its 310 branches.", FIG),
        ("Ormsgate will close 94 branches over the next 18 years.", FIG),
        ("Visits to Ormsgate's branches have doubled since 2019.", DIR),
        ("Only one in ten Ormsgate customers uses the mobile app.", FIG),
        ("Most of Ormsgate's job cuts will be in branches.", DIR),
        ("Ormsgate expects to save about 150 million pounds a year.", FIG),
        ("Ormsgate said it would keep hiring for its branches.", DIR),
        ("Union leaders have called a strike at Ormsgate.", DIR),
        ("Ormsgate has already closed 94 branches.", DIR),
        ("The first Ormsgate branches will close in March.", FIG),
        ("Union leaders said nine in ten customers now use the app.", ACT),
        ("Ormsgate is closing branches because it lost money last year.", CAUSE),
        ("Ormsgate will also sell its insurance business.", CLAIM),
        ("The closures show that high-street banking is coming to an end.", GEN),
        ("Ormsgate will have 226 branches left after the closures.", FIG, (), AN),
        ("Ormsgate's job cuts were announced as Castrell cut its drug prices.", MERGE, ("kdb06",)),
    ],
    "kdb10": [
        ("From October 1, drivers entering Lindenport's centre will pay 9 euros a day.", S),
        ("The city council approved the charge by 41 votes to 30 on Wednesday.", S),
        ("Drivers will pay the charge on weekdays between 7am and 7pm.", S),
        ("Residents of the zone will pay a tenth of the charge.", S),
        ("Taxis, buses and disabled parking badge holders are exempt.", S),
        ("Electric cars will pay half price until 2028.", S),
        ("Mayor Corisande Vell said traffic in the centre should fall by about a fifth.", S),
        ("The charge is expected to raise about 48 million euros a year, all of it for buses and cycle lanes, Vell "
         "said.", S),
        ("Shopkeepers in the centre warned the charge would push customers to out-of-town retail parks.", S),
        ("The charge will be reviewed by the council after a year.", S),
        ("Cameras will read number plates at 62 points of entry.", S),
        ("A drivers' group's court challenge to the charge is due to be heard in June.", S),
        ("Residents of the zone will pay 90 cents a day.", S, (), AN),
        ("Electric car drivers will pay 4.50 euros a day until 2028.", S, (), AN),
        ("The council backed the charge with a majority of 11.", S, (), AN),
        ("Lindenport will charge drivers 19 euros a day.", FIG),
        ("Lindenport's charge will start on November 1.", FIG),
        ("The council rejected the charge by 41 votes to 30.", DIR),
        ("The charge will apply every day of the week.", DIR),
        ("Residents of the zone will not pay the charge.", DIR),
        ("Taxis will pay the full charge.", DIR),
        ("Electric cars will pay the full charge from the start.", DIR),
        ("Vell said the charge would cut traffic in the centre by about half.", FIG),
        ("Shopkeepers said the charge would bring more customers into the centre.", DIR),
        ("A drivers' group said the charge should cut traffic by a fifth.", ACT),
        ("A court has already thrown out the drivers' group's challenge.", DIR),
        ("The council brought in the charge because air pollution broke legal limits.", CAUSE),
        ("The council plans to raise the charge to 15 euros after the review.", CLAIM),
        ("Congestion charges are the only way to make city centres liveable.", GEN),
        ("Residents of the zone will pay 9 cents a day.", FIG, (), AN),
        ("Lindenport's congestion charge will pay for Corvessa Air's new jets.", MERGE, ("kdb01",)),
    ],
    "kdo01": [
        ("The Lamplighters took the district pub quiz league's final on Thursday with 87 points out of 100.", S),
        ("The four-strong team plays at the Bell and Lantern in Pelsworth.", S),
        ("Last year's winners, the Owl Club, came second with 81 points.", S),
        ("Eighteen teams made the final after a 22-week season.", S),
        ("There were ten rounds of ten questions in the final, among them a picture round and a music round.", S),
        ("Phones were handed in at the door.", S),
        ("Captain Jocasta Venning, a retired librarian, said the team had lost just two league matches all season.", S),
        ("Only one team got the hardest question right, about the year the town's stone bridge opened.", S),
        ("The Lamplighters won a silver cup and a 250-pound bar tab.", S),
        ("The league, founded in 1989, now has 54 teams.", S),
        ("The Lamplighters finished six points ahead of the Owl Club.", S, (), AN),
        ("The final had 100 questions.", S, (), AN),
        ("The Lamplighters won the final with 78 points out of 100.", FIG),
        ("The Owl Club won the final with 87 points.", ACT),
        ("Twenty-two teams reached the final.", FIG),
        ("Phones were allowed in the final.", DIR),
        ("Venning said the team had won only two league matches all season.", DIR),
        ("Every team got the question about the bridge right.", DIR),
        ("The winners received a silver cup and 500 pounds in cash.", FIG),
        ("The league began in 1998.", FIG),
        ("The Lamplighters are a team of six.", FIG),
        ("The Lamplighters won because one of them had set questions for the league.", CAUSE),
        ("The Lamplighters will defend their title at a national final.", CLAIM),
        ("Pub quizzes are keeping village pubs open.", GEN),
        ("The Lamplighters finished four points ahead of the Owl Club.", FIG, (), AN),
        ("The Lamplighters' captain also won the county lawn bowls title.", MERGE, ("kdo02",)),
    ],
    "kdo02": [
        ("Ezekiel Mortlake, 78, took the county lawn bowls singles title at Hallowfield Bowls Club on Saturday.", S),
        ("Mortlake beat Saoirse Vantongeren 21-17 in the final.", S),
        ("No older player has won the championship in its 96 years.", S),
        ("Mortlake first won the title in 1981.", S),
        ("Players roll four bowls in each end.", S),
        ("A point is scored for every bowl closer to the jack than the opponent's nearest.", S),
        ("The first player to reach 21 points wins.", S),
        ("Vantongeren, 23, was 15-9 ahead before Mortlake won six ends running.", S),
        ("The final was delayed by two hours because of rain.", S),
        ("The green was relaid in the spring after it was damaged by moles.", S),
        ("Mortlake plans to defend his title next year if his knees allow.", S),
        ("Mortlake was 55 years older than his opponent in the final.", S, (), AN),
        ("About 118 players entered last year.", S, (), AN),
        ("Mortlake won the final by four points.", S, (), AN),
        ("Mortlake beat Vantongeren 21-7.", FIG),
        ("Vantongeren beat Mortlake 21-17 in the final.", ACT),
        ("Mortlake first won the title in 1991.", FIG),
        ("Mortlake is the youngest winner in the championship's history.", DIR),
        ("Each player rolls three bowls per end.", FIG),
        ("Mortlake led 15-9 before Vantongeren came back.", ACT),
        ("The final was played in sunshine.", DIR),
        ("About 130 players entered, 12 fewer than last year.", DIR),
        ("Mortlake said he would retire after the final.", DIR),
        ("Mortlake won because his opponent hurt her wrist.", CAUSE),
        ("Mortlake will represent his country at the world championship.", CLAIM),
        ("Bowls is no longer just a game for older people.", GEN),
        ("Mortlake was 45 years older than his opponent in the final.", FIG, (), AN),
        ("Mortlake's final was delayed by the same rain that hit the Cherrenden handbell contest.", MERGE, ("kdo03",)),
    ],
    "kdo03": [
        ("Twelve ringers from Cherrenden won the national handbell contest in Drossley on Saturday.", S),
        ("No village team had won the contest for 15 years.", S),
        ("The Cherrenden team rang 176 bells in an eight-minute piece written for the contest.", S),
        ("Each ringer handled up to 16 bells.", S),
        ("Teams are marked on timing, evenness of striking and the shaping of the piece.", S),
        ("Cherrenden scored 92 out of 100.", S),
        ("A cathedral team from Ostley finished second with 89 points.", S),
        ("Fourteen teams competed.", S),
        ("The bells are made of bronze and weigh from a few hundred grams to nearly 5 kilograms.", S),
        ("Musical director Wilhelmina Caddick said the team had practised twice a week since the spring.", S),
        ("The team's ringers range in age from 11 to 79.", S),
        ("Cherrenden will host next year's contest.", S),
        ("Cherrenden beat the Ostley team by three points.", S, (), AN),
        ("The oldest Cherrenden ringer is 68 years older than the youngest.", S, (), AN),
        ("A team of 21 ringers from Cherrenden won the contest.", FIG),
        ("The Ostley cathedral team won the national handbell contest.", ACT),
        ("The piece lasted 18 minutes.", FIG),
        ("Cherrenden scored 98 points out of 100.", FIG),
        ("The largest bells weigh almost 15 kilograms.", FIG),
        ("Caddick said the team had practised twice a month.", FIG),
        ("Cherrenden's youngest ringer is 17.", FIG),
        ("A village team won the contest last year.", DIR),
        ("Next year's contest will be held in Ostley.", CLAIM),
        ("Cherrenden won because the judges were from the village.", CAUSE),
        ("The Cherrenden team will tour abroad next year.", CLAIM),
        ("Handbell ringing is attracting a new generation of young musicians.", GEN),
        ("Cherrenden beat the Ostley team by five points.", FIG, (), AN),
        ("Cherrenden's ringers rehearsed in the Wagon and Horses in Little Stebbing.", MERGE, ("kdo06",)),
    ],
    "kdo04": [
        ("Ilario and Tobin Restorick, who are brothers, took the doubles title at the national table football "
         "championship in Gorsebrook on Sunday.", S),
        ("The Restoricks beat the defending champions 5-3, 4-5, 5-2.", S),
        ("Each game is played to five goals, and a match is won by the first to take two games.", S),
        ("The ball can move at more than 50 kilometres an hour.", S),
        ("Spinning a rod all the way round is against the rules and costs a player the ball.", S),
        ("Amaryllis Okonedo, a 27-year-old nurse, won the singles title without losing a game.", S),
        ("About 190 players competed on 24 tables.", S),
        ("Ilario, 31, plays in defence, while Tobin, 26, plays in attack.", S),
        ("The Restorick brothers learned to play on a table in their grandfather's cafe.", S),
        ("Players under 18 did not have to pay to enter.", S),
        ("The Restoricks scored 14 goals against the defending champions.", S, (), AN),
        ("Ilario Restorick is five years older than his brother.", S, (), AN),
        ("The defending champions won one game against the Restoricks.", S, (), AN),
        ("The Restoricks beat the defending champions 5-3, 5-4.", FIG),
        ("The defending champions beat the Restorick brothers.", ACT),
        ("Games are played to ten goals.", FIG),
        ("The ball can travel at more than 150 kilometres an hour.", FIG),
        ("Spinning the rods is allowed.", DIR),
        ("Amaryllis Okonedo won the doubles title.", ACT),
        ("Okonedo lost two games on the way to the singles title.", DIR),
        ("Tobin plays in defence and Ilario in attack.", ACT),
        ("The brothers learned the game at a club in Gorsebrook.", CLAIM),
        ("Players under 18 paid half the entry fee.", DIR),
        ("The brothers won because the defending champions were tired.", CAUSE),
        ("The Restoricks will play at the world championship next year.", CLAIM),
        ("Table football is becoming a sport for professionals.", GEN),
        ("The Restoricks scored 15 goals against the defending champions.", FIG, (), AN),
        ("The Restorick brothers also ran in the Quillerton stilt race.", MERGE, ("kdo05",)),
    ],
    "kdo05": [
        ("Perran Kitteridge won Quillerton's annual stilt race on Saturday.", S),
        ("Kitteridge covered the 800-metre course through the town's streets in 3 minutes 41 seconds.", S),
        ("Runners' stilts must lift their feet at least 60 centimetres off the ground.", S),
        ("A runner who falls has to climb back on at the spot where they fell.", S),
        ("Kitteridge, a 35-year-old circus teacher, won by about 12 seconds.", S),
        ("Last year's winner, Wystan Tamsett, came fourth after falling near the finish.", S),
        ("Thirty-three of the 41 starters finished.", S),
        ("The race was first run in 1962.", S),
        ("The race remembers shepherds who crossed the marshes around Quillerton on stilts, according to the "
         "organisers.", S),
        ("Children ran 200 metres on lower stilts.", S),
        ("Some 5,000 people watched the race.", S),
        ("Roadworks meant the course was shortened from 1 kilometre.", S),
        ("Eight runners did not finish.", S, (), AN),
        ("This year's course was 200 metres shorter than before.", S, (), AN),
        ("Kitteridge covered the course in 4 minutes 31 seconds.", FIG),
        ("The stilt race course was 8 kilometres long.", FIG),
        ("Stilts must lift runners' feet at least 16 centimetres off the ground.", FIG),
        ("A runner who falls is out of the race.", DIR),
        ("Kitteridge won by about 12 minutes.", FIG),
        ("Wystan Tamsett won the race for a second year.", ACT),
        ("All 41 starters finished the race.", DIR),
        ("The race remembers fishermen who crossed the marshes.", CLAIM),
        ("The course was lengthened this year.", DIR),
        ("Kitteridge won because of training on taller stilts.", CAUSE),
        ("Kitteridge plans to set a world stilt-running record.", CLAIM),
        ("The stilt race shows how old customs can bring tourists to small towns.", GEN),
        ("Ten runners did not finish.", FIG, (), AN),
        ("The stilt race was held on the same day as the Fellgate whippet derby.", MERGE, ("kdo07",)),
    ],
    "kdo06": [
        ("Phineas Hadlow won the county shove ha'penny championship at the Wagon and Horses in Little Stebbing on "
         "Friday.", S),
        ("Hadlow, a 58-year-old roofer, beat Myfanwy Rusk three games to one.", S),
        ("Players use the heel of the hand to push five old coins up a polished board.", S),
        ("The aim is to land the coins between lines to fill nine beds.", S),
        ("Coins that touch a line do not count.", S),
        ("The slate board used in the final is over 100 years old, landlord Cuthbert Loame said.", S),
        ("Twenty-six players entered the championship.", S),
        ("Hadlow, who has played since the age of 12, said his hands were steadier now than in his twenties.", S),
        ("At 19, Rusk was the youngest player ever to reach the final.", S),
        ("The game, once played in most pubs in the county, survives in only about a dozen, according to Loame.", S),
        ("Hadlow received a pewter tankard.", S),
        ("Four games were played in the final.", S, (), AN),
        ("Hadlow is 39 years older than Rusk.", S, (), AN),
        ("Hadlow has played shove ha'penny for about 46 years.", S, (), AN),
        ("Hadlow beat Rusk by three games to two.", FIG),
        ("Myfanwy Rusk beat Phineas Hadlow in the final.", ACT),
        ("Players push nine old coins up the board.", FIG),
        ("A coin touching a line scores double.", DIR),
        ("The board used in the final is made of oak.", CLAIM),
        ("Hadlow said his hands were less steady than in his twenties.", DIR),
        ("Rusk was the oldest finalist in the competition's history.", DIR),
        ("The game is now played in most pubs in the county.", DIR),
        ("The winner received a silver tankard and 100 pounds.", FIG),
        ("Loame, a 58-year-old roofer, won the championship.", ACT),
        ("Hadlow won because the slate board suited his style.", CAUSE),
        ("Hadlow will defend his title next year.", CLAIM),
        ("Pub games like shove ha'penny are about to disappear.", GEN),
        ("Hadlow is 29 years older than Rusk.", FIG, (), AN),
        ("Hadlow's pewter tankard was made by the Cherrenden bell founders.", MERGE, ("kdo03",)),
    ],
    "kdo07": [
        ("Bramble Jack, a three-year-old whippet, won the Fellgate show's whippet derby on Sunday.", S),
        ("Bramble Jack ran the 150-yard straight in 8.9 seconds.", S),
        ("Dogs race in heats of up to six and chase a lure pulled along the track by a winch.", S),
        ("Bramble Jack, whose owner is dairy farmer Blodwen Prewitt, won all three of his heats.", S),
        ("The final had to be run again after two dogs began fighting and the first run was stopped.", S),
        ("Around 90 whippets were entered, from puppies to veterans over eight.", S),
        ("The dogs race in muzzles and numbered coats.", S),
        ("The owner of the winning dog gets 100 pounds and a rosette.", S),
        ("Prewitt said Bramble Jack ate chicken and rice and slept on her sofa.", S),
        ("The derby has been run since 1908, apart from the war years.", S),
        ("Entry fees go to an animal rescue charity.", S),
        ("Bramble Jack covered the straight at about 17 yards a second.", S, (), AN),
        ("Bramble Jack ran the straight in 9.8 seconds.", FIG),
        ("Bramble Jack is a five-year-old whippet.", FIG),
        ("The dogs race in heats of up to ten.", FIG),
        ("Bramble Jack lost one of his heats.", DIR),
        ("The whippet derby final was run only once.", DIR),
        ("The winner's owner gets 1,000 pounds and a rosette.", FIG),
        ("Prewitt said the dog slept in a kennel outside.", DIR),
        ("The derby was first held in 1980.", FIG),
        ("The entry fees pay for the Fellgate show.", CLAIM),
        ("Bramble Jack won because the other dogs were distracted by the fight.", CAUSE),
        ("The show's organisers said Bramble Jack slept on a sofa.", ACT),
        ("Prewitt plans to breed from Bramble Jack.", CLAIM),
        ("Whippet racing is more popular than ever.", GEN),
        ("Bramble Jack covered the straight at about 25 yards a second.", FIG, (), AN),
        ("Bramble Jack's owner, Blodwen Prewitt, also entered the Quillerton stilt race.", MERGE, ("kdo05",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kdb01", "Aviation: more stories."),
    ("kdb02", "Subscribe for shipping alerts."),
    ("kdb04", "Product recalls: the full list."),
    ("kdb05", "Photo: a river outfall."),
    ("kdb07", "Watch: the launch."),
    ("kdb09", "Read more about banking."),
    ("kdb10", "[Placeholder text]"),
    ("kdo01", "Quiz night."),
    ("kdo04", "Scores and fixtures: page 41."),
    ("kdo07", "Gallery: the dogs."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, up to four servers on 127.0.0.1 (ports 8871-8874, one thread each, --n_ctx 8192), json_object,
# prompt version llm-3, date 2026-12-16, --timeout 450, the writer's default streamed requests, machine at load 24-42.
# Each edition is a fresh TOPLINE_HOME built from a subset of this part's articles (the same bodies).
# eval27-smollm2_raw.jsonl holds eight editions in this order (call numbers restart in each; times UTC): 1 kdb01-kdb05
# + kdo01-kdo03 (14 calls, 05:21-06:00) and 2 kdb06-kdb10 + kdo04-kdo07 (14 calls, 05:21-06:02), started together on
# two servers and run to their end; 3 kdb01, kdb04, kdb06, kdb07, kdb10 (3 calls, 05:40-05:56, run to its end) and 4
# kdb01, kdb03, kdb05, kdb07, kdb09 (3 calls, 05:40-05:55; its collector was sent SIGTERM at 05:55, one call in
# flight, because it was repeating edition 1) on two more servers; an edition of kdb04, kdb06 and kdo01-kdo04 put no
# story in a category and made no LLM call (nothing recorded); then 5 kdb01, kdb07, kdb02, kdb09 (5 calls), 6 kdb03,
# kdb08, kdb10 (3 calls), 7 kdb05, kdb09, kdb02 (5 calls) and 8 kdb10, kdb07, kdb03, kdb01 (6 calls), all started at
# 06:07 and cut off at 06:23, when their collectors were sent SIGTERM (each had one call in flight, not recorded) and
# the four servers were stopped. 53 calls were recorded (29 story, 17 repair, 7 signals), 52 answered and one
# (edition 3, call 1) cut off by the 450 s deadline; the servers logged 58 POSTs, all 200. Only kdb02, kdb03, kdb05,
# kdb08, kdb09 and kdb10 were shown to the model in a recorded call (the other four business articles and the seven
# kdo articles never were).
# The model answered the same DATA block with the same answer, so editions that showed an article again mostly
# repeated; to reach 50 rows, near-repeats that differ in words (a dropped attribution, "its" for "the", "applies"
# for "will apply") were kept and labelled this time (eval26 left them out), and so were a headline joined to the lead
# and a fragment; the sentences left out are named in the comments. A sentence is listed once, at its first answer in
# the order of the editions; repeats are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, kdb03)
    ("kdb03", "Property makes up about 15% of the fund's 46 billion euros of assets.", S),
    ("kdb03", "...", CF),
    # edition 1, call 2 (repair, kdb03)
    ("kdb03", "The Calderstane Municipal Pension Fund lost 3.1% last year, its first loss since 2022, after it cut "
              "the value of its office buildings by 18%, the fund said on Thursday.", S),
    # edition 1, call 3 (story, kdb02)
    ("kdb02", "The port authority's chair, Idony Carrasquel, said the money would be used to pay down the "
              "authority's debt and build a rail link to the terminal.", S),
    ("kdb02", "The port operator plans to invest about 1.1 billion euros over ten years to deepen berths, adding six "
              "cranes at a time.", FIG),
    ("kdb02", "Skellmarsh will pay 620 million euros upfront.", S),
    # edition 1, call 4 (repair, kdb02)
    ("kdb02", "Skellmarsh will pay 620 million euros upfront and a fee for every container the terminal handles.", S),
    # edition 1, call 5 (story, kdb05)
    ("kdb05", "The water regulator fined Wydmoor Water 38 million pounds and halts dividends", ACT),
    ("kdb05", "...", CF),
    # edition 1, call 6 (repair, kdb05)
    ("kdb05", "The regulator is also examining whether Wydmoor reported its spills correctly, an investigation that "
              "has not yet finished.", S),
    # edition 1, call 7 (signals, kdb02, kdb03, kdb05): only a repeat
    # edition 1, call 8 (story, kdb02): a repeat and
    ("kdb02", "The concession still needs approval from the competition.", ACT),
    ("kdb02", "Skellmarsh will pay 620 million euros upfront and a fee for every container.", S),
    ("kdb02", "The port operator plans to invest about 1.1 billion euros over ten years to deepen the berths, adding "
              "six cranes.", S),
    # edition 1, call 9 (story, kdb05): only a repeat and the placeholder
    # edition 1, call 10 (signals, kdb02, kdb05): only a repeat
    # edition 1, call 11 (story, kdb05): only a repeat
    # edition 1, call 12 (story, kdb03): only a repeat and the placeholder
    # edition 1, call 13 (repair, kdb03)
    ("kdb03", "Pensions will not be cut, the fund said, but they will not be raised in line with inflation next year "
              "either.", S),
    # edition 1, call 14 (signals, kdb03, kdb05): a repeat and
    ("kdb05", "The data shows that the regulator is also examining whether Wydmoor reported its spills correctly, an "
              "investigation that has not yet finished.", S),
    ("kdb03", "The regulator says it will continue to invest in the future of the pension funds and is committed to "
              "ensuring a stable financial future for the fund.", CLAIM),
    # edition 2, call 1 (story, kdb08)
    ("kdb08", "A wall of a tailings dam at Quarnby Mining's copper mine in Soravia gave way early on Sunday, "
              "releasing about 1.2 million cubic metres of mud and mine waste into the Lusk river valley, the "
              "company said.", S),
    ("kdb08", "The government suspended the mine's operating licence until an independent review is finished.", S),
    # edition 2, call 2 (story, kdb09)
    ("kdb09", "Ormsgate Bank will close 94 of its 310 branches over the next 18 months and cut about 1,700 jobs.", S),
    ("kdb09", "Most of the branches that will close are in towns where another Ormsgate branch is within five miles,",
     S),
    # edition 2, call 3 (story, kdb09): only a repeat
    # edition 2, call 4 (signals, kdb08, kdb09)
    ("kdb08", "Tailings dam breach shuts Quarnby copper mine in Soravia", S),
    ("kdb08", "A wall of a tailings dam at Quarnby Mining's copper mine in Soravia gave way early on Sunday, "
              "releasing about 1.2 million cubic metres of mud and mine waste into the Lusk river valley.", S),
    ("kdb08", "A wall of a tailings dam at Quarnby Mining's copper mine in Soravia", CF),
    # edition 2, call 5 (story, kdb10)
    ("kdb10", "Lindenport will charge drivers 9 euros a day to enter the centre from October 1 after the city "
              "council voted for the charge on Wednesday by 41 votes to 30.", S),
    ("kdb10", "Lindenport will raise about 48 million euros a year for the charge after the council voted to "
              "increase it by 30% in October.", FIG),
    # edition 2, call 6 (repair, kdb10)
    ("kdb10", "Lindenport will charge drivers 9 euros a day to enter its centre from October 1 after the city "
              "council voted for the charge on Wednesday by 41 votes to 30.", S),
    # edition 2, call 7 (story, kdb08): only a repeat and "A wall of a tailings dam at Quarnby Mining's copper mine in
    # Sorávna gave way early on Sunday, releasing about 1.2 million cubic metres of mud and mine waste into the Lusk
    # river valley, the company said." (a near-repeat of call 1 with the country's name misspelt) left out
    # edition 2, call 8 (signals, kdb08, kdb10): a repeat and
    ("kdb10", "Lindenport votes for a 9-euro congestion charge from October", S),
    # edition 2, call 9 (story, kdb09)
    ("kdb09", "Ormsgate Bank will close 94 of its 310 branches and cut about 1,700 jobs.", S),
    ("kdb09", "...", CF),
    # edition 2, call 10 (repair, kdb09)
    ("kdb09", "About 600 of the job cuts will be in branches and the rest in back-office roles.", S),
    # edition 2, call 11 (story, kdb10)
    ("kdb10", "Lindenport will charge drivers 9 euros a day to enter its centre from October 1.", S),
    ("kdb10", "...", CF),
    # edition 2, call 12 (repair, kdb10): "All of which would be spent on buses and cycle lanes." (a fragment of the
    # sentence before it) left out and
    ("kdb10", "Mayor Corisande Vell said the charge should cut traffic in the centre by about a fifth and raise "
              "about 48 million euros a year, all of which would be spent on buses and cycle lanes.", S),
    # edition 2, call 13 (signals, kdb09, kdb10)
    ("kdb09", "The data is a key part of the report.", CF),
    ("kdb10", "Lindenport will charge drivers 9 euros a day to enter its centre from October, cutting about 48 "
              "million EUR a year.", DIR),
    # edition 2, call 14 (story, kdb08): a repeat and
    ("kdb08", "A wall of a tailings dam at Quarnby Mining's copper mine in Soravia last week, released about 1.2 "
              "million cubic metres of mud and mine waste into the Lusk river valley, the company said.", FIG),
    # edition 3, call 1 (story, kdb10): no answer within the 450 s deadline (recorded with its error)
    # edition 3, call 2 (story, kdb10): the placeholder and
    ("kdb10", "The charge will apply on weekdays from 7am to 7pm.", S),
    # edition 3, call 3 (repair, kdb10): a repeat and
    ("kdb10", "The charge applies on weekdays from 7am to 7pm.", S),
    # edition 4, call 1 (story, kdb03): only a repeat and the placeholder
    # edition 4, call 2 (repair, kdb03): only a repeat
    # edition 4, call 3 (story, kdb05): only a repeat and the placeholder
    # edition 5, call 1 (story, kdb02): the placeholder and
    ("kdb02", "Skellmarsh Wins 35-year Concession for Ostreval Container Terminal", S),
    # edition 5, call 2 (repair, kdb02): only a repeat and "The cost of this is 620million euros." (what "this" is
    # cannot be told) left out
    # edition 5, call 3 (story, kdb09): "The bank said it will be freezing hiring and would try to move staff into other
    # roles." (a near-repeat in the same answer) left out and "It has already shut down a branch in 25 years." (garbled)
    # left out and
    ("kdb09", "The data shows that the bank will close 94 of its 310 branches and cut about 1,700 jobs in 2022.", FIG),
    ("kdb09", "The bank said it would be freezing hiring and would try to move staff into other roles.", S),
    ("kdb09", "The bank has already closed 94 of its 310 branches.", DIR),
    ("kdb09", "It is the first time since Ormsgate Bank has ever shut down a branch in 25 years.", CLAIM),
    ("kdb09", "The bank says that about 60% of the jobs are in back-office work, while another 48% is in front-line "
              "work.", FIG),
    # edition 5, call 4 (repair, kdb09)
    ("kdb09", "Most of the branches that will close are in towns where another Ormsgate branch is within five miles, "
              "it said.", S),
    # edition 5, call 5 (signals, kdb02, kdb09): a repeat and "Skellmarsh Wins 35-year Concession for Ostreval Container
    # Terminal." (a near-repeat of call 1: a full stop) left out and
    ("kdb09", "Ormsgate Bank to close 94 branches and cut 1,700 jobs.", S),
    # edition 6, call 1 (story, kdb03): only a repeat and the placeholder
    # edition 6, call 2 (repair, kdb03): only a repeat
    # edition 6, call 3 (story, kdb08): only a repeat
    # edition 7, call 1 (story, kdb02): a repeat and
    ("kdb02", "The port operator plans to invest about 1.1 billion euros over ten years to deepen the berths and add "
              "six cranes.", S),
    ("kdb02", "Skellmarsh will pay 620 million euros upfront and a fee for every container handled by the port.", S),
    # edition 7, call 2 (story, kdb05): only a repeat and the placeholder
    # edition 7, call 3 (repair, kdb05): only a repeat
    # edition 7, call 4 (story, kdb09): "The data shows that the bank is planning to close 94 of its 310 branches and
    # cut about 1,700 jobs." (a near-repeat in the same answer) left out and
    ("kdb09", "The data shows that the bank has been closing 94 branches and cutting about 1,700 jobs over the next "
              "year.", FIG),
    ("kdb09", "The bank said it will close 2 of its 310 branches in 5 months.", FIG),
    ("kdb09", "Ormsgate Bank is planning to close 94 of its 310 branches and cut about 1,700 jobs.", S),
    # edition 7, call 5 (repair, kdb09): a repeat and
    ("kdb09", "The bank said on Thursday that it would be cutting about 25% of its workforce to keep up with the "
              "demands of the market.", CLAIM),
    # edition 8, call 1 (story, kdb03): only a repeat and the placeholder
    # edition 8, call 2 (repair, kdb03): only a repeat
    # edition 8, call 3 (story, kdb10): the placeholder and
    ("kdb10", "Lindenport will charge drivers 9 euros a day to enter the city centre from October 1.", S),
    # edition 8, call 4 (repair, kdb10): "The rest are free." (what "the rest" are cannot be told) left out and
    ("kdb10", "Residents of the zone will pay 10% of the charge, and taxis, buses and holders of disabled parking "
              "badges will not pay.", S),
    # edition 8, call 5 (story, kdb10): a repeat and "The charge is to reduce congestion from October 20/31/20."
    # (garbled) left out and
    ("kdb10", "Lindenport will charge drivers 9 euros a day to enter the centre from October 1.", S),
    ("kdb10", "Mayor Corisande Vell said the charge should cut traffic in the centre by about a fifth and raise "
              "about 48 million euros annually, all of which would be spent on buses and cycle lanes.", S),
    ("kdb10", "The council will review the charge after a year.", S),
    # edition 8, call 6 (repair, kdb10)
    ("kdb10", "The charge will apply on weekdays from 7am to 9pm.", FIG),
]

BODIES = [
    ("kdb01", "https://www.airlinefleetnews.example/corvessa-air-jet-order-delivery-delay", "Airline Fleet News",
     "Corvessa Air orders 40 jets as engine shortage delays this year's deliveries",
     "Corvessa Air, a low-cost airline, said on Tuesday that it had ordered 40 narrow-body jets from Aldrane "
     "Aircraft, with options for 20 more, in a deal worth about 4.8 billion dollars at list prices. The airline did "
     "not say what discount it had been given. The first of the new jets are due in 2029. Corvessa also said that "
     "Aldrane would deliver only 9 of the 14 jets due this year because of a shortage of engines, and that it would "
     "trim its summer timetable by about 3% as a result. Chief executive Annunziata Trelawder said the airline would "
     "keep some older aircraft flying for longer instead of retiring them in the spring. Corvessa will seek "
     "compensation from Aldrane for the late deliveries, she said. The airline flies 118 aircraft and carried 31 "
     "million passengers last year; it expects to carry about 34 million this year. Corvessa's shares fell 2.4%."),
    ("kdb02", "https://www.portsandterminals.example/ostreval-container-terminal-concession", "Ports and Terminals",
     "Skellmarsh wins 35-year concession for Ostreval container terminal",
     "The port authority of Ostreval has awarded Skellmarsh Port Holdings a 35-year concession to run and expand its "
     "container terminal, the authority said on Monday. Skellmarsh will pay 620 million euros upfront and a fee for "
     "every container the terminal handles. The port operator plans to invest about 1.1 billion euros over ten years "
     "to deepen the berths and add six cranes, which would lift the terminal's capacity to 3.2 million containers a "
     "year from 2 million. Two other bidders, both from abroad, were turned down. The dockers' union said it had been "
     "promised that none of the terminal's 1,450 jobs would be lost, but that it had not yet seen the promise in "
     "writing. The concession still needs the approval of the competition authority. The port authority's chair, "
     "Idony Carrasquel, said the money would be used to pay down the authority's debt and to build a rail link to "
     "the terminal. The current operator, a state company, will hand the terminal over in July if approval comes in "
     "time."),
    ("kdb03", "https://www.pensionsobserver.example/calderstane-fund-office-writedown-loss", "Pensions Observer",
     "Calderstane pension fund loses 3.1% after writing down its offices",
     "The Calderstane Municipal Pension Fund lost 3.1% last year, its first loss since 2022, after it cut the value "
     "of its office buildings by 18%, the fund said on Thursday. Property makes up about 15% of the fund's 46 "
     "billion euros of assets. Shares and bonds gained, but not by enough to make up for the write-down, chief "
     "investment officer Lucius Poltimore said. The fund will sell about a quarter of its offices over the next three "
     "years and put the money into rented housing and logistics warehouses; it has not decided which buildings to "
     "sell. Its funding ratio, which compares its assets with what it owes to pensioners, fell to 104% from 109%. "
     "Pensions will not be cut, the fund said, but they will not be raised in line with inflation next year either. "
     "The fund has 380,000 members, most of them council workers. Unions called the decision not to raise pensions "
     "unfair and said they would ask the fund's board to reconsider."),
    ("kdb04", "https://www.foodsafetybulletin.example/merriden-hummus-recall-plastic", "Food Safety Bulletin",
     "Merriden Foods recalls 210,000 tubs of hummus over plastic pieces",
     "Merriden Foods is recalling about 210,000 tubs of chilled hummus sold by four supermarket chains because they "
     "may contain small pieces of blue plastic, the food safety agency said on Wednesday. The plastic came from a "
     "broken part of a mixing machine at Merriden's plant in Caddonfoot, the company said. No one has been reported "
     "hurt. The recall covers tubs with use-by dates from March 2 to March 11. Customers should not eat the hummus "
     "and can take it back to the shop for a full refund, the agency said. Merriden has stopped the production line "
     "involved and is checking the plant's other machines. It expects the recall to cost about 2 million pounds, "
     "most of which it hopes to recover from its insurer. Managing director Ismenia Hibbert apologised and said the "
     "line would not restart until the agency had inspected it. Merriden, which is family-owned, makes dips and "
     "sauces and employs 640 people."),
    ("kdb05", "https://www.utilitiesregulator.example/wydmoor-water-sewage-fine-dividend", "Utilities Regulator",
     "Wydmoor Water fined 38 million pounds and halts dividends",
     "The water regulator fined Wydmoor Water 38 million pounds on Tuesday for releasing raw sewage into rivers "
     "beyond the limits set by its permits between 2020 and 2023. Wydmoor said it would pay no dividend to its "
     "owners for this year or next. The regulator said the fine would be paid by the company's owners and would not "
     "be added to customers' bills. Wydmoor, which supplies about 1.9 million homes, reported 2,700 spills last "
     "year, up from 2,100 the year before. The company said heavy rain was partly to blame but admitted that some "
     "of its treatment works were too small. Chief executive Osmund Aspinall said Wydmoor would spend 900 million "
     "pounds over five years on storm tanks and larger works. Campaigners said the fine was too small. The regulator "
     "is also examining whether Wydmoor reported its spills correctly, an investigation that has not yet "
     "finished."),
    ("kdb06", "https://www.pharmapricing.example/castrell-glunova-price-cut-kelvardia", "Pharma Pricing",
     "Castrell cuts Glunova price by 40% under Kelvardia health deal",
     "Castrell Pharma will cut the price of its diabetes drug Glunova by 40% in Kelvardia under a deal with the health "
     "ministry, health minister Genoveva Dunstable said on Friday. In return, the state health service will prescribe "
     "Glunova to about 150,000 more patients over three years. From April, a month's supply will cost 54 euros "
     "instead of 90 euros. The ministry said the deal would save the health service about 95 million euros a year. "
     "Castrell did not say how the cut would affect its profits. Glunova is the company's best-selling drug and "
     "accounts for about a quarter of its sales. Patient groups welcomed the deal but said people with other "
     "conditions were still waiting for cheaper medicines. The deal does not cover Castrell's newer weight-loss "
     "injection, which the health service does not pay for. Dunstable said two other drugmakers were in similar talks "
     "with the ministry."),
    ("kdb07", "https://www.spaceindustrydaily.example/astrevo-9-launch-failure-insurance", "Space Industry Daily",
     "Astrevo loses satellite in launch failure and will claim on insurance",
     "Astrevo, a satellite operator, lost its newest communications satellite on Saturday when the rocket carrying "
     "it failed about four minutes after lift-off, the launch company, Vantorre Launch Systems, said. The "
     "satellite, Astrevo-9, cost about 310 million dollars to build and launch and was insured for 280 million "
     "dollars. Astrevo said it would file an insurance claim this week. The satellite was meant to provide broadband "
     "to ships and aircraft over the Atlantic from next year. Astrevo's existing satellites will cover some of that "
     "demand, but the company will lose about 40 million dollars of expected revenue next year, chief executive "
     "Anatole Brisby said. Astrevo has not decided whether to order a replacement, which would take about three "
     "years to build. Vantorre said the rocket's second-stage engine had shut down early and that it would not fly "
     "again until an investigation had found the cause. It was the rocket's first failure in 23 launches. Astrevo's "
     "shares fell 9%."),
    ("kdb08", "https://www.miningwatchwire.example/quarnby-tailings-dam-breach-soravia", "Mining Watch Wire",
     "Tailings dam breach shuts Quarnby copper mine in Soravia",
     "A wall of a tailings dam at Quarnby Mining's copper mine in Soravia gave way early on Sunday, releasing about "
     "1.2 million cubic metres of mud and mine waste into the Lusk river valley, the company said. No one was "
     "killed, but about 300 people from two villages were moved to higher ground, the regional governor, Elowen "
     "Marrack, said. The mine, which produced 85,000 tonnes of copper last year, has been shut. Quarnby said it "
     "did not know what had caused the breach and that an inspection in October had found no problems. Environment "
     "officials found copper and arsenic above safe limits in the river 20 kilometres downstream. The government "
     "suspended the mine's operating licence until an independent review is finished. Quarnby said it would pay "
     "for the clean-up and for new homes if they were needed, but gave no estimate of the cost. The mine accounts "
     "for about 30% of the company's output. Quarnby's shares fell 14%."),
    ("kdb09", "https://www.retailbankingtoday.example/ormsgate-bank-branch-closures-jobs", "Retail Banking Today",
     "Ormsgate Bank to close 94 branches and cut 1,700 jobs",
     "Ormsgate Bank will close 94 of its 310 branches over the next 18 months and cut about 1,700 jobs, the bank "
     "said on Thursday. Most of the branches that will close are in towns where another Ormsgate branch is within "
     "five miles, it said. Visits to branches have halved since 2019, while nine in ten customers now use the bank's "
     "mobile app, chief operating officer Thaddeus Threadgold said. About 600 of the job cuts will be in branches and "
     "the rest in back-office roles. The bank expects to save about 220 million pounds a year by 2028 and will spend "
     "150 million pounds on the changes. Ormsgate said it had frozen hiring and would try to move staff into other "
     "roles. Union leaders said they would ballot members on strikes. In 40 towns the bank will put staff in "
     "libraries or post offices a few days a week. No branch will close before July."),
    ("kdb10", "https://www.cityhallreporter.example/lindenport-congestion-charge-vote", "City Hall Reporter",
     "Lindenport votes for a 9-euro congestion charge from October",
     "Lindenport will charge drivers 9 euros a day to enter its centre from October 1 after the city council voted "
     "for the charge on Wednesday by 41 votes to 30. The charge will apply on weekdays from 7am to 7pm. Residents of "
     "the zone will pay 10% of the charge, and taxis, buses and holders of disabled parking badges will not pay. "
     "Electric cars will be charged half price until 2028 and the full 9 euros after that. Mayor Corisande Vell said "
     "the charge should cut traffic in the centre by about a fifth and raise about 48 million euros a year, all of "
     "which would be spent on buses and cycle lanes. Shopkeepers in the centre said the charge would drive "
     "customers to out-of-town retail parks. The council will review the charge after a year. Cameras at 62 entry "
     "points will read number plates. A drivers' group has challenged the charge in court, and the case is due to "
     "be heard in June."),
    ("kdo01", "https://www.pelsworthchronicle.example/pub-quiz-league-final", "Pelsworth Chronicle",
     "Lamplighters win the district pub quiz league final",
     "The Lamplighters, a team of four from the Bell and Lantern in Pelsworth, won the district pub quiz league's "
     "final on Thursday with 87 points out of 100. The Owl Club, last year's winners, were second with 81. Eighteen "
     "teams reached the final after a season of 22 weekly rounds. The final had ten rounds of ten questions, "
     "including a picture round and a music round, and phones had to be handed in at the door. The Lamplighters' "
     "captain, Jocasta Venning, a retired librarian, said the team had lost only two league matches all season. "
     "The hardest question, about the year the town's stone bridge was opened, was answered correctly by just one "
     "team. The winners received a silver cup and a bar tab of 250 pounds. The league began in 1989 and now has 54 "
     "teams."),
    ("kdo02", "https://www.hallowfieldmercury.example/lawn-bowls-singles-championship", "Hallowfield Mercury",
     "Mortlake, 78, becomes oldest county bowls champion",
     "Ezekiel Mortlake, 78, won the county lawn bowls singles championship at Hallowfield Bowls Club on Saturday, "
     "beating Saoirse Vantongeren 21-17 in the final. Mortlake, who first won the title in 1981, is the oldest "
     "winner in the championship's 96-year history. Each player rolls four bowls per end and scores a point for "
     "every bowl nearer to the small white jack than the opponent's nearest, and the first to 21 points wins. "
     "Vantongeren, 23, led 15-9 before Mortlake won six ends in a row. Rain held up the final for two hours. About "
     "130 players entered, 12 more than last year. The green was relaid in the spring after moles damaged it. "
     "Mortlake said he would defend his title next year if his knees allowed."),
    ("kdo03", "https://www.drossleyevening.example/national-handbell-contest", "Drossley Evening Post",
     "Cherrenden ringers win national handbell contest",
     "A team of 12 ringers from the village of Cherrenden won the national handbell contest in Drossley on Saturday, "
     "the first win for a village team in 15 years. The team played 176 bells in an eight-minute piece written for "
     "the contest, with each ringer looking after as many as 16 bells. Judges mark teams on timing, on how evenly "
     "the bells are struck and on how the piece is shaped. Cherrenden scored 92 points out of 100, and a cathedral "
     "team from Ostley came second with 89. Fourteen teams took part. The bronze bells range from a few hundred "
     "grams to almost 5 kilograms. Musical director Wilhelmina Caddick said the team had practised twice a week "
     "in the village hall since the spring. Its youngest ringer is 11 and its oldest 79. Next year's contest will be "
     "held in Cherrenden."),
    ("kdo04", "https://www.gorsebrookgazette.example/table-football-national-championship", "Gorsebrook Gazette",
     "Restorick brothers take national table football doubles title",
     "Brothers Ilario and Tobin Restorick won the doubles title at the national table football championship in "
     "Gorsebrook on Sunday, beating the defending champions 5-3, 4-5, 5-2. Games are played to five goals and "
     "matches are the best of three games. The ball can travel at more than 50 kilometres an hour. Spinning a rod "
     "all the way round is not allowed and costs a player the ball. The singles title went to Amaryllis Okonedo, a "
     "27-year-old nurse, who did not lose a game all weekend. About 190 players took part on 24 tables. Ilario, 31, "
     "plays in defence and Tobin, 26, in attack. The brothers said they had learned the game on a table in their "
     "grandfather's cafe. Entry was free for players under 18."),
    ("kdo05", "https://www.quillertonweekly.example/stilt-race-through-town", "Quillerton Weekly",
     "Circus teacher wins Quillerton stilt race",
     "Perran Kitteridge won the annual stilt race through the streets of Quillerton on Saturday, covering the "
     "800-metre course in 3 minutes 41 seconds. Runners must wear stilts that lift their feet at least 60 "
     "centimetres off the ground, and anyone who falls must climb back on where they fell. Kitteridge, a 35-year-old "
     "circus teacher, won by about 12 seconds. Last year's winner, Wystan Tamsett, fell near the finish and came "
     "fourth. Of the 41 people who started, 33 finished. The race, first run in 1962, remembers the shepherds who "
     "once crossed the marshes around the town on stilts, the organisers say. Children ran a shorter course of 200 "
     "metres on lower stilts. About 5,000 people watched. The course was cut this year from 1 kilometre because of "
     "roadworks."),
    ("kdo06", "https://www.stebbingvalecourier.example/shove-hapenny-county-championship", "Stebbing Vale Courier",
     "Roofer wins county shove ha'penny title at the Wagon and Horses",
     "Phineas Hadlow, a 58-year-old roofer, won the county shove ha'penny championship at the Wagon and Horses in "
     "Little Stebbing on Friday, beating Myfanwy Rusk by three games to one. In shove ha'penny, players push five "
     "old coins up a polished board with the heel of the hand, trying to land them between lines to fill nine beds. "
     "A coin touching a line does not count. The board used in the final is made of slate and is more than 100 years "
     "old, said the pub's landlord, Cuthbert Loame. Twenty-six players entered. Hadlow has played since he was 12 "
     "and said his hands were steadier now than in his twenties. Rusk, 19, was the youngest finalist in the "
     "competition's history. The game was once played in most pubs in the county but now survives in about a "
     "dozen, Loame said. The winner received a pewter tankard."),
    ("kdo07", "https://www.fellgateshowreport.example/whippet-derby", "Fellgate Show Report",
     "Bramble Jack wins the Fellgate whippet derby",
     "A three-year-old whippet named Bramble Jack won the whippet derby at the Fellgate show on Sunday, running the "
     "150-yard straight in 8.9 seconds. The dogs race in heats of up to six, chasing a lure pulled along the track by "
     "a winch. Bramble Jack, owned by a dairy farmer, Blodwen Prewitt, won all three of his heats. The final was "
     "run twice because two dogs started fighting and the first run was stopped. About 90 whippets were entered, "
     "from puppies to veterans over eight. The dogs wear numbered coats and muzzles. The winner's owner gets 100 "
     "pounds and a rosette. Prewitt said the dog was fed on chicken and rice and slept on her sofa. The derby has "
     "been held since 1908, except in the war years, and the entry fees go to an animal rescue charity."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="kd", split="evaluation27",
                                      raw_name="eval27-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval27", arts, rows, problems, (("business, policy and tech articles", "kdb"), ("others", "kdo")))


if __name__ == "__main__":
    main()
