"""Build the twenty-fourth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval24-articles.jsonl and eval24-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval24.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (eb01-eb10): a supermarket chain's
half-year (like-for-like sales up on price cuts, profit down, stores closed and convenience shops opened, staff
offered jobs, online orders, a forecast kept, a dividend raised), a rail operator's punctuality fine (a target
missed, cancellations for want of drivers, drivers hired and to be trained, the fine spent on stations, no appeal,
a contract's extension still to decide, a season-ticket discount), a battery plant's delay (weaker demand, one line
instead of three, jobs filled later, grants held back, a carmaker's order cut), a mobile merger blocked (prices,
market share, a spectrum offer, a buyer studying an appeal, an owner looking at other options), a city's driving
charge raised (a vote, revenue and its use, traffic down then up, electric cars to pay half, residents' discount
kept, shops' objection), a ransomware attack on a hospital software supplier (appointments on paper and postponed, a
stolen password without a second login step, no ransom, data that may have been copied, an investigation), a
chocolate maker's price rise on cocoa (smaller bars, volumes down and revenue up, a margin forecast kept, lines
dropped), an offshore wind auction (a guaranteed price, the lowest of five bids, a site with no bids offered again
with a higher maximum price, fishing groups' claim), a minimum wage recommendation (a faster rise for the young, a
minister's acceptance, inflation, a business group's warning, unions' ask, a vote still to come) and an appeal court
ruling that ride-hailing drivers are employees (minimum wage and holidays, an appeal to the supreme court, the
judges' reasons, a union leader's words, a loss); plans against done acts ("would decide next spring whether to
extend", "would study the decision before choosing whether to appeal", "would offer that site again", "must still be
approved by parliament", "would appeal to the supreme court"), negations ("would not appeal", "was not protected by a
second login step", "had not paid a ransom", "has not yet chosen", "found no evidence", "not part of the case"),
ranges and estimates ("between 390 million and 410 million", "by up to 20%", "about 46%", "more than doubled", "by
about 40%", "roughly 12,000"), a speaker by role and by name, and actors named by description ("the supermarket
chain", "the commuter operator", "the battery maker", "the software company", "the chocolate maker", "the
ride-hailing app"). Seven are on topics no earlier part uses (eo01-eo07; the earlier parts' README lists, the earlier
articles, the demo corpus and ../shared/data were searched for the topic words): an underwater hockey championship,
amateur sumo championships, a dry stone walling competition, pipe band championships, an arm wrestling
championship, a land yachting weekend and a bonsai exhibition.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("dropped" for "fell", "gained" for "rose", "taken on" for
"hired", "challenge" for "appeal against", "put up" for "raise", "picked" for "chose", "took" for "won", "drew" for
"came"), a measure as the subject ("About 13% of Tamsrow's sales now come from online orders", "Power from the wind
farm is due from 2031", "Work was stopped for an hour at midday by rain"), figures restated in other words ("a year
and a half" for 18 months, "for two decades" for 20 years, "none lasted more than 14 seconds"), and analysis
sentences (``kind`` "analysis") that only combine or compute from one passage of the cited article (shops opened
against those closed, a year-earlier profit from a fall, a forecast midpoint, points below a target, drivers hired
and to be trained, jobs not filled, the share of grants held back, a market share as "almost half", a charge's rise
as a fraction, a vote's majority, half a charge, appointments per hospital, a bar's weight lost as a fraction, a
margin's fall in points, a cost per gigawatt, a rise against inflation, a rate against unions' ask, the rate now from
a rise, a loss per driver, a winning margin, players per team, bouts' longest total, an age when a sport was taken
up, walling per hour, an age gap, players in a band, pipers against drummers, judges who did not place a band first,
a match's length in seconds, a double-elimination rule, a race's distance and average speed, an attendance rise,
trees per grower). Each is fully supported by one passage (a sentence and its neighbours) of a cited article,
checked by reading. Unsupported sentences (origin "planted"): every error kind (wrong figures, units and dates,
wrong directions, negations dropped or reversed, plans told as done, wrong actors and swapped roles, unsupported
claims, invented causes, generic invented analysis, merged events citing two articles, content-free page furniture),
with analysis sentences whose computation is wrong (kind "analysis"). Real SmolLM2-135M outputs of Topline's own LLM
writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval24-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation24"; ids
"a0001"... (the earlier parts' sentence ids use every other letter, b to z; "a" starts no earlier part's sentence
ids, though "a01"... are the first set's article ids, a letter and two digits, never a letter and four). The article
ids "eb01"... and "eo01"... start with no earlier part's article id prefix.
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
           "eval22-sentences.jsonl", "eval23-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl")
EARLIER_IDS = "bcdefghijklmnopqrstuvwxyz"   # id prefixes of the earlier parts' sentences
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo, rb, ro,
# sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo; this part's: eb, eo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "eb01": [
        ("Tamsrow Markets' like-for-like sales rose 2.8% in the six months to August.", S),
        ("Lower prices on about 1,200 everyday products helped sales in the half-year, the supermarket chain said.", S),
        ("Tamsrow's pre-tax profit dropped 9% to 186 million pounds.", S),
        ("The price cuts cost Tamsrow about 45 million pounds.", S),
        ("Fourteen smaller Tamsrow stores will close by March, chief executive Oriane Pherrin said.", S),
        ("Pherrin said Tamsrow would open 30 convenience shops next year.", S),
        ("Most of the roughly 400 staff in the stores being closed will be offered jobs at nearby branches, the "
         "company said.", S),
        ("About 13% of Tamsrow's sales now come from online orders, which grew 11%.", S),
        ("Tamsrow still expects a full-year profit of 390 million to 410 million pounds.", S),
        ("The interim dividend was raised 5% to 4.2 pence a share by Tamsrow's board.", S),
        ("Tamsrow shares gained 3% in London.", S),
        ("Pellborne, a rival supermarket chain, will report its results next week.", S),
        ("Tamsrow will open 16 more shops next year than it closes by March.", S, (), AN),
        ("Tamsrow's pre-tax profit a year earlier was about 204 million pounds.", S, (), AN),
        ("The midpoint of Tamsrow's full-year profit forecast is 400 million pounds.", S, (), AN),
        ("Tamsrow's like-for-like sales fell 2.8% in the six months to August.", DIR),
        ("Tamsrow's pre-tax profit rose 9% to 186 million pounds.", DIR),
        ("The price cuts cost Tamsrow about 45 million euros.", FIG),
        ("Tamsrow will close 40 smaller stores by March.", FIG),
        ("Tamsrow will close 30 convenience shops next year.", DIR),
        ("Tamsrow said none of the staff in the stores being closed would be offered other jobs.", DIR),
        ("Tamsrow's online orders fell 11% in the half-year.", DIR),
        ("Tamsrow lowered its full-year profit forecast to between 390 million and 410 million pounds.", DIR),
        ("The board cut the interim dividend by 5% to 4.2 pence a share.", DIR),
        ("Pellborne's chief executive, Oriane Pherrin, said the chain would close 14 smaller stores.", ACT),
        ("Tamsrow's profit fell because online orders cost more to deliver.", CAUSE),
        ("Tamsrow plans to sell its petrol stations next year.", CLAIM),
        ("The results show that price cuts are the only way for supermarkets to win back shoppers.", GEN),
        ("Tamsrow will open 44 more shops next year than it closes by March.", FIG, (), AN),
        ("Tamsrow will open convenience shops at Quillmere Rail's commuter stations, its chief executive said.", MERGE,
         ("eb02",)),
    ],
    "eb02": [
        ("Quillmere Rail was fined 6.5 million pounds by the Transport Performance Board on Thursday.", S),
        ("In the year to October only 78% of Quillmere trains arrived within five minutes of the timetable, the "
         "board said.", S),
        ("The target was for 88% of Quillmere's trains to arrive within five minutes of the timetable.", S),
        ("About 2,100 Quillmere trains were cancelled on the day, mostly because of a shortage of drivers.", S),
        ("Passengers had been let down for too long, said Benedikta Ranveld, who chairs the board.", S),
        ("The commuter operator said it had taken on 140 drivers this year.", S),
        ("Quillmere said it would train another 90 drivers by June.", S),
        ("The money from the fine will go on improving stations instead of going to the Treasury.", S),
        ("The transport ministry will decide next spring whether to extend Quillmere's contract, which ends in "
         "2028.", S),
        ("A spokesman said Quillmere would not challenge the fine.", S),
        ("Quillmere season ticket holders will get 10% off their renewals in January.", S),
        ("For a whole year Quillmere failed to run four in five of its trains on time, the board found.", S),
        ("Quillmere's punctuality was 10 percentage points below its target.", S, (), AN),
        ("Quillmere has hired 140 drivers this year and plans to train 90 more, 230 in all.", S, (), AN),
        ("Quillmere Rail was fined 5.6 million pounds on Thursday.", FIG),
        ("Only 88% of Quillmere's trains arrived on time, against a target of 78%.", FIG),
        ("About 2,100 Quillmere trains were cancelled, most of them because of signal failures.", CAUSE),
        ("Quillmere said it had laid off 140 drivers this year.", DIR),
        ("The Quillmere fine will be paid to the Treasury.", DIR),
        ("Quillmere said it would appeal against the fine.", DIR),
        ("The transport ministry has extended Quillmere's contract beyond 2028.", DIR),
        ("Quillmere's chair, Benedikta Ranveld, said passengers had been let down for too long.", ACT),
        ("The Transport Performance Board said it had hired 140 drivers this year.", ACT),
        ("Quillmere season ticket holders will pay 10% more for renewals in January.", DIR),
        ("Quillmere also runs the express trains to the airport.", CLAIM),
        ("The fine shows that privately run railways cannot be trusted to keep to a timetable.", GEN),
        ("Quillmere's punctuality was 12 percentage points below its target.", FIG, (), AN),
        ("The Quillmere fine will pay for new cycle lanes in Brackenholm, the board said.", MERGE, ("eb05",)),
    ],
    "eb03": [
        ("Voltrenna has pushed back the opening of its Maelstad factory by a year and a half.", S),
        ("The battery maker blamed weaker demand for electric cars for the delay.", S),
        ("Voltrenna's Maelstad factory will now open at the end of 2028.", S),
        ("Voltrenna had planned to begin making cells at the plant next summer.", S),
        ("The 2.4 billion euro plant was designed to make enough cells for some 300,000 cars a year.", S),
        ("Only one production line will be used at first instead of three, Voltrenna said.", S),
        ("Chief executive Harwin Stoltmeyer said 1,100 of the 2,600 promised jobs would be filled by 2029.", S),
        ("The regional government gave Voltrenna 350 million euros in grants.", S),
        ("The last 120 million euros of the grants will be held back until the full workforce is hired, the "
         "regional government said.", S),
        ("A carmaker that had agreed to take most of the plant's output cut its order by a third in September.", S),
        ("Investors put 600 million euros into Voltrenna in March.", S),
        ("Voltrenna's shares do not trade on a stock exchange.", S),
        ("Machinery for the first line is being installed in the finished factory building.", S),
        ("By 2029 Voltrenna expects to have filled 1,500 fewer jobs than the 2,600 it promised.", S, (), AN),
        ("The regional government is holding back about a third of its 350 million euros of grants.", S, (), AN),
        ("Voltrenna has postponed the opening of its Maelstad factory to the end of 2027.", FIG),
        ("Voltrenna has brought forward the opening of its Maelstad factory by 18 months.", DIR),
        ("The Maelstad plant cost 4.2 billion euros.", FIG),
        ("Voltrenna will start the Maelstad plant with three production lines.", FIG),
        ("All 2,600 promised jobs will be filled by 2029, Harwin Stoltmeyer said.", FIG),
        ("The regional government said it would pay the last 120 million euros of its grants at once.", DIR),
        ("The regional government has asked Voltrenna to pay back its grants.", CLAIM),
        ("A carmaker that had agreed to buy most of the plant's output doubled its order in September.", DIR),
        ("Voltrenna delayed the plant because the regional government held back 120 million euros of grants.", CAUSE),
        ("Harwin Stoltmeyer, the regional economy minister, said 1,100 jobs would be filled by 2029.", ACT),
        ("Voltrenna's shares fell 8% after it announced the delay.", CLAIM),
        ("The delay shows that Europe's battery makers have fallen too far behind their Asian rivals.", GEN),
        ("By 2029 Voltrenna expects to have filled 1,700 fewer jobs than it promised.", FIG, (), AN),
        ("Cells from Voltrenna's Maelstad plant will store power from Seavarra Energy's offshore wind farm.", MERGE,
         ("eb08",)),
    ],
    "eb04": [
        ("The competition authority blocked Cirrolink's planned merger with Pavonet on Monday.", S),
        ("Cirrolink and Pavonet are two of the four mobile network operators in the country.", S),
        ("The merger would push up prices for customers, the authority said.", S),
        ("The 5.8 billion euro deal would have created the largest operator, with about 46% of mobile "
         "subscribers.", S),
        ("Verbena Caldicott, the authority's chair, said the offer to sell spectrum to a smaller rival did not go "
         "far enough.", S),
        ("Where four operators had become three in other countries, prices rose by as much as 20%, according to the "
         "authority.", S),
        ("Cirrolink agreed in January to buy Pavonet.", S),
        ("Cirrolink said it was disappointed by the decision.", S),
        ("Cirrolink will study the ruling before deciding whether to appeal.", S),
        ("The investment fund that owns Pavonet said it would consider other options, such as selling Pavonet's "
         "towers.", S),
        ("Pavonet's shares dropped 17%, while Cirrolink's gained 2%.", S),
        ("Between them, Cirrolink and Pavonet employ about 9,000 people.", S),
        ("The authority opened an in-depth review of the deal in April.", S),
        ("The combined operator would have had almost half of the country's mobile subscribers.", S, (), AN),
        ("The competition authority approved the merger of Cirrolink and Pavonet on Monday.", DIR),
        ("The Cirrolink-Pavonet deal was worth 8.5 billion euros.", FIG),
        ("The combined company would have had about 64% of mobile subscribers.", FIG),
        ("Verbena Caldicott said the companies' offer to sell spectrum went far enough.", DIR),
        ("Prices fell by up to 20% in countries where four mobile operators had become three, the authority "
         "said.", DIR),
        ("Pavonet agreed to buy Cirrolink in January.", ACT),
        ("Cirrolink said it would appeal against the authority's decision.", DIR),
        ("Pavonet's shares rose 17% after the decision.", DIR),
        ("Cirrolink's owner, an investment fund, said it would sell the company's towers.", ACT),
        ("The authority blocked the deal because Cirrolink had hidden documents from it.", CAUSE),
        ("Cirrolink and Pavonet had planned to cut 2,000 jobs after the merger.", CLAIM),
        ("The decision shows that regulators will never allow a mobile market with only three operators.", GEN),
        ("The combined operator would have had nearly two thirds of the country's mobile subscribers.", FIG, (), AN),
        ("Verbena Caldicott, who chairs the competition authority, also chairs the Fair Pay Council.", MERGE,
         ("eb09",)),
    ],
    "eb05": [
        ("Brackenholm's daily charge for driving into the city centre will go up from 8 to 12 pounds in April.", S),
        ("On Wednesday Brackenholm city council voted for the rise.", S),
        ("Last year the charge raised about 31 million pounds, all of it spent on buses and cycle lanes.", S),
        ("Brackenholm introduced the charge in 2019.", S),
        ("The rise was approved by 41 councillors, with 27 voting against.", S),
        ("Traffic in the zone has dropped 17% since the charge began, said Thessaly Brindlecombe, who leads on "
         "transport.", S),
        ("Brindlecombe said traffic in the zone had crept back up over the past two years.", S),
        ("From 2027 electric cars, exempt until now, will pay half the charge.", S),
        ("People who live in the zone will keep their 90% discount.", S),
        ("A group of shops in the city centre asked the council to delay the rise, saying it would drive customers "
         "to an out-of-town retail park.", S),
        ("Taxi drivers will remain exempt from the charge.", S),
        ("Buses will run every ten minutes on four more routes, the council agreed.", S),
        ("Brackenholm's daily driving charge will rise by half.", S, (), AN),
        ("The rise was approved by a majority of 14 votes.", S, (), AN),
        ("From 2027 electric cars will pay 6 pounds a day to drive into Brackenholm's centre.", S, (), AN),
        ("Brackenholm will raise the daily charge from 8 to 15 pounds.", FIG),
        ("Brackenholm city council voted on Wednesday to cut the daily driving charge.", DIR),
        ("The charge brought in about 13 million pounds last year.", FIG),
        ("Brackenholm introduced the charge in 2009.", FIG),
        ("The rise was approved by 27 votes to 14.", FIG),
        ("Thessaly Brindlecombe said traffic in the zone had risen 17% since the charge began.", DIR),
        ("Electric cars will stay exempt from the charge.", DIR),
        ("Residents of the zone will lose their 90% discount.", DIR),
        ("Taxi drivers will have to pay the charge from April.", DIR),
        ("The shops' group said the rise would bring more customers into the city centre.", DIR),
        ("A group of city-centre shops voted against the rise in the council.", ACT),
        ("Brackenholm raised the charge because bus fares had been cut.", CAUSE),
        ("Brackenholm will also ban diesel cars from its centre by 2030.", CLAIM),
        ("Charging drivers is the fairest way to pay for a city's buses.", GEN),
        ("Brackenholm's daily driving charge will rise by a third.", FIG, (), AN),
        ("Brackenholm will spend the money from the charge on Quillmere Rail's stations.", MERGE, ("eb02",)),
    ],
    "eb06": [
        ("A ransomware attack shut down Quenvaro Software's systems for five days, the company said on Friday.", S),
        ("Quenvaro supplies hospitals with systems for appointments and patient records.", S),
        ("Nineteen hospitals using Quenvaro's systems had to book appointments on paper.", S),
        ("About 6,000 outpatient appointments were postponed, according to the health ministry.", S),
        ("The attackers used a stolen password to get into an employee's account, Quenvaro said.", S),
        ("The account the attackers used was not protected by a second login step.", S),
        ("Quenvaro said it had not paid the attackers a ransom.", S),
        ("Ottoline Telfane, Quenvaro's chief technology officer, said about 40,000 patients' data may have been "
         "copied.", S),
        ("Patients whose data may have been copied will be told by letter, Telfane said.", S),
        ("An investigation has been opened by the data protection authority.", S),
        ("By Thursday evening all hospital systems were working again, the software company said.", S),
        ("Quenvaro, which has 800 employees, now requires all its staff to use two-step login.", S),
        ("Police said they were working with agencies in two other countries on the attack.", S),
        ("On average, about 316 outpatient appointments were postponed at each of the 19 hospitals.", S, (), AN),
        ("A ransomware attack shut down Quenvaro's systems for nine days.", FIG),
        ("Ninety hospitals had to book appointments on paper after the attack on Quenvaro.", FIG),
        ("About 60,000 outpatient appointments were postponed after the attack.", FIG),
        ("Quenvaro said the attackers got in through a flaw in its hospital software.", CAUSE),
        ("Quenvaro said it had paid a ransom to get its systems back.", DIR),
        ("The account the attackers used was protected by a second login step.", DIR),
        ("The health ministry's chief technology officer, Ottoline Telfane, said patient data may have been "
         "copied.", ACT),
        ("Telfane said the data of about 40,000 patients had definitely been copied.", DIR),
        ("The data protection authority said it had closed its investigation into Quenvaro.", DIR),
        ("Police said the attackers had been arrested in two other countries.", CLAIM),
        ("Quenvaro will cut 200 jobs after the attack.", CLAIM),
        ("The attack shows that hospitals should never rely on outside software suppliers.", GEN),
        ("On average, about 3,160 outpatient appointments were postponed at each of the 19 hospitals.", FIG, (), AN),
        ("The attack on Quenvaro also took down Cirrolink's mobile network for five days.", MERGE, ("eb04",)),
    ],
    "eb07": [
        ("Brunellin will put up its prices by an average of 12% in January.", S),
        ("The chocolate maker blamed the price rise on the much higher cost of cocoa.", S),
        ("After poor harvests in West Africa, cocoa prices have more than doubled in two years.", S),
        ("Bars will also shrink, chief executive Hildrun Oswy said, with the 200-gram bar going down to 180 "
         "grams.", S),
        ("Brunellin's sales volumes dropped 4% in the nine months to September.", S),
        ("Thanks to earlier price rises, Brunellin's revenue grew 7% to 1.3 billion euros.", S),
        ("Brunellin has bought enough cocoa to last until the end of June, the company said.", S),
        ("Brunellin still expects an operating margin of about 11% this year.", S),
        ("Last year Brunellin's operating margin was 13%.", S),
        ("Two of Brunellin's cheapest lines will be dropped.", S),
        ("Last year supermarkets in two countries stopped stocking some Brunellin products during a row over "
         "prices.", S),
        ("Brunellin's shares gained 4%.", S),
        ("Brunellin's 200-gram bar will lose a tenth of its weight.", S, (), AN),
        ("Brunellin expects its operating margin to fall by about 2 percentage points this year.", S, (), AN),
        ("Brunellin will raise its prices by an average of 21% in January.", FIG),
        ("Brunellin will cut its prices in January as cocoa becomes cheaper.", DIR),
        ("Cocoa prices have halved in two years.", DIR),
        ("Brunellin's 200-gram bar will be cut to 150 grams.", FIG),
        ("Brunellin's sales volumes rose 4% in the nine months to September.", DIR),
        ("Brunellin's revenue fell 7% to 1.3 billion euros.", DIR),
        ("Brunellin has bought enough cocoa to cover its needs until the end of next year.", FIG),
        ("Brunellin raised its forecast for this year's operating margin.", DIR),
        ("Brunellin will launch two new cheap lines.", DIR),
        ("Supermarkets said Brunellin's bars would get smaller.", ACT),
        ("Brunellin is raising prices because supermarkets stopped stocking its products.", CAUSE),
        ("Brunellin plans to buy cocoa farms in West Africa.", CLAIM),
        ("Chocolate will soon become a luxury that few families can afford.", GEN),
        ("Brunellin's 200-gram bar will lose a fifth of its weight.", FIG, (), AN),
        ("Brunellin said the 6.1% rise in the minimum wage was one reason for its higher prices.", MERGE, ("eb09",)),
    ],
    "eb08": [
        ("Seavarra Energy won the auction for a 1.4-gigawatt offshore wind farm, the energy ministry said on "
         "Tuesday.", S),
        ("Seavarra will receive a guaranteed 72 euros per megawatt-hour for 20 years.", S),
        ("Seavarra's bid was the lowest of five.", S),
        ("The wind farm will be built 60 kilometres off the coast.", S),
        ("Power from the wind farm is due from 2031, enough for about 1.6 million homes.", S),
        ("No one bid for a second site in the auction.", S),
        ("Energy minister Leofric Wendeborn blamed the lack of bids on higher costs for turbines and cables.", S),
        ("The ministry will offer the second site again next year with a higher maximum price.", S),
        ("Seavarra, which two pension funds own, put the project's cost at about 4.5 billion euros.", S),
        ("Seavarra has not yet picked a turbine supplier.", S),
        ("Fishing groups asked for compensation, saying the wind farm would close off some of their best "
         "grounds.", S),
        ("About 700 jobs are expected from building the port base.", S),
        ("The guaranteed price will be paid to Seavarra for two decades.", S),
        ("The project would cost about 3.2 billion euros per gigawatt.", S, (), AN),
        ("Seavarra will be paid a guaranteed price of 72 euros per megawatt-hour for 25 years.", FIG),
        ("Seavarra's bid was the highest of five.", DIR),
        ("The wind farm will be 16 kilometres off the coast.", FIG),
        ("Seavarra's wind farm will supply about 6.1 million homes.", FIG),
        ("Seavarra won both sites in the auction.", DIR),
        ("The ministry will offer the second site again next year with a lower maximum price.", DIR),
        ("Seavarra has chosen a turbine supplier for the wind farm.", DIR),
        ("Fishing groups welcomed the wind farm.", DIR),
        ("Seavarra blamed higher costs for turbines and cables for the second site getting no bids.", ACT),
        ("Seavarra won the auction because the government favours pension funds.", CAUSE),
        ("Seavarra is owned by a state energy company.", CLAIM),
        ("Offshore wind will soon be the cheapest source of power in the country.", GEN),
        ("The project would cost about 6.3 billion euros per gigawatt.", FIG, (), AN),
        ("The 700 port jobs will pay the new minimum wage of 13.20 euros an hour, Seavarra said.", MERGE, ("eb09",)),
    ],
    "eb09": [
        ("The national minimum wage should rise 6.1% to 13.20 euros an hour from April, the Fair Pay Council "
         "recommended on Thursday.", S),
        ("About 1.9 million workers would benefit from the rise, the council said.", S),
        ("The Fair Pay Council is made up of employers, unions and economists.", S),
        ("Workers aged 18 to 20 would get a larger rise, of 9%.", S),
        ("The faster rise for 18- to 20-year-olds is meant to close the gap with the adult rate.", S),
        ("The government will accept the recommendation in full, employment minister Wulfstan Farrawell said.", S),
        ("Inflation in the year to October was 2.7%.", S),
        ("A business group for small shops and restaurants said its members could not afford the rise.", S),
        ("Its members would hire fewer young people, the small business group said.", S),
        ("Unions wanted the minimum wage raised to 14 euros.", S),
        ("Since 2020 the minimum wage has gone up by about 40%.", S),
        ("The council found no evidence that earlier rises in the minimum wage had cost jobs.", S),
        ("Parliament still has to approve the new rate, which it is expected to do in February.", S),
        ("The recommended rise is 3.4 percentage points above inflation.", S, (), AN),
        ("The recommended rate is 80 cents an hour below what unions asked for.", S, (), AN),
        ("The minimum wage is now about 12.44 euros an hour.", S, (), AN),
        ("The council recommended that the minimum wage rise by 6.1% to 13.02 euros an hour.", FIG),
        ("The recommended rise would benefit about 9.1 million workers.", FIG),
        ("Workers aged 18 to 20 would get a smaller rise than adults.", DIR),
        ("Employment minister Wulfstan Farrawell said the government would reject the recommendation.", DIR),
        ("Inflation was 7.2% in the year to October.", FIG),
        ("The small business group said its members would hire more young people.", DIR),
        ("Unions wanted the minimum wage raised to 12 euros.", FIG),
        ("The council said earlier rises in the minimum wage had cost thousands of jobs.", DIR),
        ("Parliament approved the new minimum wage on Thursday.", DIR),
        ("The unions recommended a 6.1% rise in the minimum wage.", ACT),
        ("Employers had asked for a minimum wage of 14 euros.", ACT),
        ("The council recommended the rise because inflation had gone up sharply.", CAUSE),
        ("The government will also cut income tax for low earners.", CLAIM),
        ("A higher minimum wage always leads to fewer jobs for young people.", GEN),
        ("The recommended rise is 8.8 percentage points above inflation.", FIG, (), AN),
        ("Rydora's drivers will be paid the new 13.20 euro minimum wage from April, the council said.", MERGE,
         ("eb10",)),
    ],
    "eb10": [
        ("Rydora's drivers are employees, not self-employed, the court of appeal ruled on Monday.", S),
        ("The appeal court upheld a labour court's decision from last year.", S),
        ("Under the ruling, Rydora must pay its roughly 12,000 drivers in the country at least the minimum wage.", S),
        ("Rydora's drivers must also be given paid holidays.", S),
        ("Four drivers, backed by a transport workers' union, brought the case.", S),
        ("Rydora intends to take the ruling to the supreme court, it said.", S),
        ("The ruling would force the ride-hailing app to raise fares and cut the number of drivers, Rydora said.", S),
        ("The judges said Rydora controlled its drivers' work, since it set the fares, picked the driver for each "
         "trip and could switch drivers off the app.", S),
        ("Rosamund Crandale, a union leader, called the ruling a victory for every driver on the app.", S),
        ("Rydora has operated in the country since 2017.", S),
        ("Last year Rydora lost 23 million euros in the country.", S),
        ("Tandro, a rival app, was not part of the case.", S),
        ("Rydora's drivers may also be owed back pay.", S),
        ("Rydora's loss in the country last year came to roughly 1,900 euros per driver.", S, (), AN),
        ("The court of appeal ruled that Rydora's drivers are self-employed.", DIR),
        ("The court of appeal overturned a labour court's decision on Rydora's drivers.", DIR),
        ("Rydora must pay its roughly 21,000 drivers at least the minimum wage.", FIG),
        ("The case against Rydora was brought by forty drivers.", FIG),
        ("Rydora said it would accept the court's ruling.", DIR),
        ("Rydora said the ruling would let it cut fares.", DIR),
        ("The judges said Rydora's drivers set their own fares.", DIR),
        ("Rydora's chief executive called the ruling a victory for every driver on the app.", ACT),
        ("Tandro brought the case against Rydora.", ACT),
        ("Rydora made a profit of 23 million euros in the country last year.", DIR),
        ("Rydora started in the country in 2007.", FIG),
        ("The court ruled against Rydora because it had failed to pay its taxes.", CAUSE),
        ("Rydora will leave the country next year.", CLAIM),
        ("The ruling marks the end of the gig economy.", GEN),
        ("Rydora's loss in the country last year came to roughly 19,000 euros per driver.", FIG, (), AN),
        ("Rydora's drivers will get the 6.1% rise recommended by the Fair Pay Council, the court said.", MERGE,
         ("eb09",)),
    ],
    "eo01": [
        ("Diepzee, a club from Utrecht, won the European underwater hockey championship for clubs in Sheffield on "
         "Sunday.", S),
        ("In the final, Diepzee beat the French holders 3-1.", S),
        ("Underwater hockey is played by two teams of six on the bottom of a swimming pool.", S),
        ("Players wear masks, snorkels and fins and push a lead puck with short sticks.", S),
        ("The puck used in underwater hockey weighs about 1.3 kilograms.", S),
        ("Because players have to come up for air, each team uses four substitutes who swap in during play.", S),
        ("A half of underwater hockey lasts 15 minutes.", S),
        ("Marijke Oosterbroek, Diepzee's captain, scored two goals, both after half-time.", S),
        ("Twenty-four clubs from 11 countries competed, and a Marseille club won the women's title.", S),
        ("The pool used for the matches was 2.5 metres deep.", S),
        ("Spectators followed the matches on screens fed by underwater cameras.", S),
        ("Divers in Portsmouth invented the sport in 1954 to keep fit in winter.", S),
        ("Prague will host the championship in two years.", S),
        ("Diepzee won the final by two goals.", S, (), AN),
        ("Each underwater hockey team has ten players, six in the water and four substitutes.", S, (), AN),
        ("Diepzee beat the French holders 3-2 in the final.", FIG),
        ("The French holders beat Diepzee in the final.", ACT),
        ("Underwater hockey is played by two teams of eleven.", FIG),
        ("The puck used in underwater hockey weighs about 3.1 kilograms.", FIG),
        ("Underwater hockey players may stay underwater for the whole match.", DIR),
        ("Underwater hockey teams play without substitutes.", DIR),
        ("Each half of underwater hockey lasts 50 minutes.", FIG),
        ("Marijke Oosterbroek scored both of her goals in the first half.", FIG),
        ("A club from Sheffield won the women's title.", ACT),
        ("Spectators watched the matches through glass walls at the side of the pool.", CLAIM),
        ("Swimmers in Prague invented underwater hockey in 1954.", ACT),
        ("Diepzee won because the French holders' captain was injured.", CAUSE),
        ("Underwater hockey is the fastest-growing team sport in Europe.", GEN),
        ("Diepzee won the final by three goals.", FIG, (), AN),
        ("Diepzee's win came a day after a firefighter from Tbilisi won the sumo title in Sheffield.", MERGE,
         ("eo02",)),
    ],
    "eo02": [
        ("Tamaz Kvirkvelia, a 27-year-old firefighter from Tbilisi, won the heavyweight title at the European "
         "amateur sumo championships on Saturday.", S),
        ("The European amateur sumo championships were held in Krakow.", S),
        ("In the final, Kvirkvelia pushed the defending champion out of the ring.", S),
        ("A sumo wrestler loses if he is forced out of the ring or if anything but the soles of his feet touches "
         "the ground.", S),
        ("The sumo ring is 4.55 metres across.", S),
        ("Kvirkvelia weighs 158 kilograms and won all five of his bouts.", S),
        ("None of Kvirkvelia's bouts lasted more than 14 seconds.", S),
        ("Unlike professional sumo in Japan, the amateur sport has weight classes, and women also compete.", S),
        ("Solomiya Veremchuk, a nurse from Ukraine, won the open-weight women's title.", S),
        ("Some 190 wrestlers from 26 countries took part in the championships.", S),
        ("Kvirkvelia took up sumo five years ago, after competing in judo.", S),
        ("Wrestlers wear a belt called a mawashi over their shorts.", S),
        ("The sports hall, which seats about 2,000, was full on the final day.", S),
        ("Kvirkvelia's five bouts together lasted no more than 70 seconds.", S, (), AN),
        ("Kvirkvelia was 22 when he took up sumo.", S, (), AN),
        ("Tamaz Kvirkvelia won the lightweight title at the European amateur sumo championships.", FIG),
        ("The defending champion pushed Kvirkvelia out of the ring in the final.", ACT),
        ("A sumo wrestler wins if any part of his body other than the soles of his feet touches the ground.", DIR),
        ("The sumo ring is 5.45 metres across.", FIG),
        ("Kvirkvelia lost one of his five bouts.", FIG),
        ("Amateur sumo, like the professional sport in Japan, has no weight classes.", DIR),
        ("Women may not compete in amateur sumo.", DIR),
        ("The open-weight women's title went to a Georgian nurse.", ACT),
        ("About 190 wrestlers from 62 countries took part.", FIG),
        ("The sports hall was half empty on the final day.", DIR),
        ("Kvirkvelia won because his opponents were much lighter than him.", CAUSE),
        ("Kvirkvelia plans to turn professional in Japan next year.", CLAIM),
        ("The championships show that sumo is no longer a Japanese sport.", GEN),
        ("Kvirkvelia was 32 when he took up sumo.", FIG, (), AN),
        ("Kvirkvelia, who also plays underwater hockey for Diepzee, scored in Sunday's final.", MERGE, ("eo01",)),
    ],
    "eo03": [
        ("Hedley Aynsgarth, a retired shepherd, won the open class at the Garthdale dry stone walling competition "
         "on Saturday.", S),
        ("Aynsgarth built a 3-metre stretch of wall in six and a half hours.", S),
        ("Each competitor is given a length of old, collapsed wall to take down and rebuild.", S),
        ("The walls must be rebuilt without mortar to a height of about 1.4 metres.", S),
        ("Walls are judged on how straight they are, how the stones are laid across them and how tightly the top "
         "stones fit.", S),
        ("Since 1998 the 71-year-old has won the open class four times.", S),
        ("There were 38 wallers competing in five classes.", S),
        ("One class at Garthdale is for beginners who have been walling for less than two years.", S),
        ("The novice class was won by Kerensa Bellwood, a 19-year-old apprentice.", S),
        ("A local association that trains new wallers organises the competition, which was first held in 1952.", S),
        ("The rebuilt walls are left in place on the farm that hosts the event.", S),
        ("Work was stopped for an hour at midday by rain.", S),
        ("Aynsgarth built his wall at a little under half a metre an hour.", S, (), AN),
        ("Aynsgarth is 52 years older than the winner of the novice class.", S, (), AN),
        ("Aynsgarth built a 3-metre stretch of wall in four and a half hours.", FIG),
        ("Garthdale competitors build new walls from freshly quarried stone.", DIR),
        ("Competitors at Garthdale rebuild the walls with mortar.", DIR),
        ("The walls must be rebuilt to a height of about 4.1 metres.", FIG),
        ("Aynsgarth, 71, was competing at Garthdale for the first time.", DIR),
        ("Kerensa Bellwood won the open class at Garthdale.", ACT),
        ("Eighty-three wallers took part in the Garthdale competition.", FIG),
        ("The Garthdale competition was first held in 1925.", FIG),
        ("The rebuilt walls are taken down again after the event.", DIR),
        ("Rain stopped work for the whole afternoon.", FIG),
        ("Aynsgarth won because the judges are members of his association.", CAUSE),
        ("The Garthdale competition will move to a new farm next year.", CLAIM),
        ("Dry stone walling is a dying craft that few young people want to learn.", GEN),
        ("Aynsgarth is 62 years older than the winner of the novice class.", FIG, (), AN),
        ("Aynsgarth's wall was marked by the same judges who placed Strathkerran Pipe Band first.", MERGE, ("eo04",)),
    ],
    "eo04": [
        ("Strathkerran Pipe Band took the top grade at the Lowland pipe band championships in Dumfries on "
         "Saturday.", S),
        ("The win ended nine years without a title for Strathkerran.", S),
        ("Top-grade bands play two sets: a medley they choose and a march, strathspey and reel.", S),
        ("Four judges mark the bands, two for the pipes, one for the drums and one for the overall sound.", S),
        ("Three of the four judges put Strathkerran first.", S),
        ("The Strathkerran band has 22 pipers and 11 drummers.", S),
        ("Pipe major Alasdair Munlochy said the band had rehearsed twice a week since March.", S),
        ("A fire service band, last year's winners, finished second.", S),
        ("Sixty-three bands competed across seven grades.", S),
        ("The grades range from juvenile bands of players under 18 to the top grade.", S),
        ("A band that starts out of tune loses marks, so pipers tune their chanters before they play.", S),
        ("The last grade was moved indoors because of heavy rain in the afternoon.", S),
        ("About 5,000 people attended the championships in Dumfries.", S),
        ("Strathkerran has 33 players.", S, (), AN),
        ("Strathkerran has twice as many pipers as drummers.", S, (), AN),
        ("One of the four judges did not place Strathkerran first.", S, (), AN),
        ("The win ended a six-year run without a title for Strathkerran.", FIG),
        ("Bands in the top grade play three sets.", FIG),
        ("Top-grade bands are marked by five judges.", FIG),
        ("All four judges placed Strathkerran first.", FIG),
        ("Strathkerran has 11 pipers and 22 drummers.", FIG),
        ("Alasdair Munlochy, the fire service band's pipe major, said his band had rehearsed twice a week.", ACT),
        ("Last year's winners, a police band, came second.", ACT),
        ("Strathkerran came second behind last year's winners.", ACT),
        ("Pipers tune their chanters after playing.", DIR),
        ("A band that starts out of tune gains marks.", DIR),
        ("Heavy rain in the afternoon forced the last grade to be cancelled.", DIR),
        ("Strathkerran won because two of the judges used to play in the band.", CAUSE),
        ("Strathkerran will play at the world championships next month.", CLAIM),
        ("Pipe bands are more popular than ever among young people.", GEN),
        ("Strathkerran has 44 players.", FIG, (), AN),
        ("Strathkerran played before the sumo finals in Krakow.", MERGE, ("eo02",)),
    ],
    "eo05": [
        ("Szczepan Olbrychowski, a welder, won the over-100-kilogram right-arm title at the national arm wrestling "
         "championship in Lodz on Sunday.", S),
        ("Arm wrestlers grip hands over a padded table and hold a peg with their other hand.", S),
        ("A wrestler must keep his elbow on a pad, and if it slips off twice he loses the match.", S),
        ("To win a match, an arm wrestler pins his opponent's hand to a cushion.", S),
        ("Olbrychowski, 35, beat Zdzislaw Swiatkiewicz, a former rower, in the final.", S),
        ("The final lasted 2 minutes 10 seconds, which is unusually long for an arm wrestling match.", S),
        ("Under the championship's double-elimination format, a wrestler is knocked out only after losing twice.", S),
        ("About 240 competitors entered the championship's 22 categories.", S),
        ("There were categories for left and right arms, and for men and women.", S),
        ("Olbrychowski said he trains by pulling a rope tied to weights.", S),
        ("Each match is started by a referee, who says 'go' after checking the grip.", S),
        ("The winners will compete at the European championships in Bulgaria in May.", S),
        ("The arm wrestling final lasted 130 seconds.", S, (), AN),
        ("A wrestler at the championship can lose one match and still win the title.", S, (), AN),
        ("Olbrychowski won the under-100-kilogram right-arm title.", FIG),
        ("Olbrychowski won the over-100-kilogram left-arm title.", FIG),
        ("An arm wrestler whose elbow slips off the pad once loses the match.", FIG),
        ("Zdzislaw Swiatkiewicz beat Olbrychowski in the final.", ACT),
        ("The final lasted 10 seconds, unusually short for a match.", FIG),
        ("A single loss knocks a wrestler out of the championship.", DIR),
        ("About 420 competitors entered the national arm wrestling championship.", FIG),
        ("Olbrychowski, a former rower, beat a welder in the final.", ACT),
        ("Arm wrestlers may grip the edge of the table with their other hand.", DIR),
        ("The winners will go to the world championships in Bulgaria.", FIG),
        ("Olbrychowski won because Swiatkiewicz's elbow slipped off the pad twice.", CAUSE),
        ("Olbrychowski has won the title five years in a row.", CLAIM),
        ("Arm wrestling depends more on technique than on strength.", GEN),
        ("The arm wrestling final lasted 210 seconds.", FIG, (), AN),
        ("Olbrychowski will race Gwilym Tregarron's land yacht at the European championships.", MERGE, ("eo06",)),
    ],
    "eo06": [
        ("Gwilym Tregarron, a retired engineer, won the class 5 race at the Morfa Glanrhyd land yachting weekend "
         "on Sunday.", S),
        ("Tregarron covered ten laps of a 2-kilometre course in 31 minutes.", S),
        ("A land yacht is a three-wheeled cart with a sail, steered with the feet.", S),
        ("On firm sand the fastest land yachts go faster than 100 kilometres an hour.", S),
        ("Because racing is possible only at low tide, the four races were held in the early morning and "
         "afternoon.", S),
        ("The 66-year-old took the lead on the second lap when the race leader's mast broke.", S),
        ("Forty-five pilots competed in three classes.", S),
        ("Saturday's wind, gusting to 50 kilometres an hour, was too strong for the smallest yachts.", S),
        ("The smallest yachts' race was put back to Sunday, when Eluned Pryddery, 15, won it.", S),
        ("Land yacht pilots have to wear helmets.", S),
        ("The yachts must give way to people walking on the beach.", S),
        ("About 120 people are members of the club that organises the event.", S),
        ("Tregarron's race covered 20 kilometres.", S, (), AN),
        ("Tregarron averaged about 39 kilometres an hour.", S, (), AN),
        ("Tregarron is 51 years older than Eluned Pryddery.", S, (), AN),
        ("Tregarron finished ten laps of a 2-kilometre course in 13 minutes.", FIG),
        ("Land yachts are four-wheeled carts with a sail.", FIG),
        ("Land yacht racing can only take place at high tide.", DIR),
        ("Tregarron led the race from the first lap.", FIG),
        ("Tregarron's mast broke on the second lap.", ACT),
        ("Fifty-four pilots took part in the land yachting weekend.", FIG),
        ("The smallest yachts' race was cancelled because of the wind.", DIR),
        ("Eluned Pryddery won the class 5 race.", ACT),
        ("Helmets are optional for land yacht pilots.", DIR),
        ("Walkers on the beach must give way to the yachts.", ACT),
        ("Tregarron won because his yacht had the largest sail.", CAUSE),
        ("The club plans to hold a world championship on the beach next year.", CLAIM),
        ("Land yachting is a cheap sport that anyone can take up.", GEN),
        ("Tregarron averaged about 60 kilometres an hour.", FIG, (), AN),
        ("Tregarron's win was watched by the 11,000 visitors of the national bonsai exhibition.", MERGE, ("eo07",)),
    ],
    "eo07": [
        ("A juniper thought to be about 300 years old won best in show at the national bonsai exhibition in "
         "Ludwigsburg on Sunday.", S),
        ("The winning tree belongs to Theodora Falkenrath, a retired dentist.", S),
        ("The juniper stands 74 centimetres tall.", S),
        ("The juniper was collected from a mountainside in the Alps in 1989 and has been trained in a pot ever "
         "since.", S),
        ("Pruning the roots and branches and wiring the branches into shape keep bonsai small.", S),
        ("The wire is taken off before it cuts into the bark.", S),
        ("In summer Falkenrath waters the tree by hand as often as three times a day, she said.", S),
        ("The judges looked at the trunk, the shape of the branches, the pot and how the tree sits in it.", S),
        ("About 140 growers showed some 260 trees.", S),
        ("Over three days the exhibition drew 11,000 visitors, against 9,000 last year.", S),
        ("A 16-year-old's maple, grown from seed, won the prize for young growers.", S),
        ("The trees on show were insured for over 2 million euros.", S),
        ("Attendance at the bonsai exhibition rose by about 2,000 visitors on last year.", S, (), AN),
        ("Each grower showed about two trees on average.", S, (), AN),
        ("A juniper about 100 years old won best in show at the national bonsai exhibition.", FIG),
        ("The winning juniper is 47 centimetres tall.", FIG),
        ("The juniper was collected from the Alps in 1998.", FIG),
        ("The wire is left on until it cuts into the bark.", DIR),
        ("Bonsai are kept small by giving them less water.", CLAIM),
        ("Falkenrath waters the tree once a week in summer.", FIG),
        ("The 16-year-old's maple won best in show.", ACT),
        ("Theodora Falkenrath won the prize for young growers.", ACT),
        ("Visitor numbers fell from 11,000 last year to 9,000.", DIR),
        ("About 620 trees were shown at the exhibition.", FIG),
        ("The juniper won because it is the oldest tree ever shown at the exhibition.", CAUSE),
        ("Falkenrath has been offered 1 million euros for the juniper.", CLAIM),
        ("Bonsai is fast becoming a hobby for young people.", GEN),
        ("Attendance at the bonsai exhibition rose by about 20,000 visitors.", FIG, (), AN),
        ("Falkenrath's juniper was shown next to the walls rebuilt at Garthdale.", MERGE, ("eo03",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("eb01", "Sign up for our weekly retail newsletter."),
    ("eb03", "Read more about batteries."),
    ("eb05", "Comments are closed on this article."),
    ("eb06", "Photo: a hospital corridor."),
    ("eb08", "Listen to this article."),
    ("eb09", "Minimum wage: what you need to know."),
    ("eb10", "This article is part of our series on work."),
    ("eo01", "Underwater hockey."),
    ("eo04", "Pictures: the bands in Dumfries."),
    ("eo07", "Subscribe for full access."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, two servers on 127.0.0.1 (ports 8796 and 8797, one thread each, --n_ctx 8192), json_object,
# prompt version llm-3, date 2026-12-13, --timeout 450, the writer's default streamed requests, machine at load 8-20.
# eval24-smollm2_raw.jsonl holds two editions in this order, started together (call numbers restart in each; times
# UTC): 1 eb01-eb05 + eo01-eo03 (19 calls, 20:32-20:59) and 2 eb06-eb10 + eo04-eo07 (17 calls, 20:32-20:59). At the
# collection's cut-off (20:58) the collectors' own processes were sent SIGTERM and the two servers were stopped; the
# briefs went on to their end, so the last three calls of each edition got no answer and are recorded with their
# connection errors (raw null). 36 calls were recorded (23 story, 9 repair, 4 signals; the six unanswered are story),
# 30 answered; the servers logged 30 POSTs, all 200. Only eb02-eb05 and eb07-eb10 were shown to the model in an
# answered call (eb01, eb06 and the seven eo articles never were). A sentence is listed once, at its first answer in
# the order of the editions; repeats, near-repeats and the sentences left out are named in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, eb04): and the placeholder
    ("eb04", "The competition authority blocks Cirrilink's purchase of Pavonet, a move that could have significant "
             "implications for the future of the global telecom industry.", GEN),
    ("eb04", "...", CF),
    ("eb04", "Pavlon's share fell to 4.5% and Cirrilink's rose by up to 2%, the authority said.", FIG),
    # edition 1, call 2 (repair, eb04)
    ("eb04", "The competition authority on Monday blocked the planned merger of Cirrolink and Pavonet, two of the "
             "country's four mobile network operators, saying it would raise prices for customers.", S),
    ("eb04", "Prices in countries where four operators had become three rose by up to 20%, the authority said.", S),
    ("eb04", "The decision has been taken as a precautionary measure to ensure that the market is not left vulnerable "
             "to price increases from other operators.", GEN),
    # edition 1, call 3 (story, eb05)
    ("eb05", "The charge, introduced in 2019, brought in about 31 million pounds last year, all of which is spent on "
             "buses and cycle lanes.", S),
    ("eb05", "Councillors approved the rise by 41 votes to 27.", S),
    ("eb05", "The charge has been increasing again this year.", CLAIM),
    ("eb05", "Thessaly Brindlecombe, who leads transport, said traffic in the zone had fallen 17% since last quarter "
             "and was expected to rise again next year.", FIG),
    ("eb05", "Council has been pushing for a delay on the out-of-town shopping mall.", ACT),
    ("eb05", "The council is now considering a plan to have it moved to a new location.", CLAIM),
    # edition 1, call 4 (story, eb02): and the placeholder
    ("eb02", "The Transport Performance Board fined Quillmere Rail 6.5 million pounds on Thursday after the operator "
             "failed to run four trains in five of its trains on time.", S),
    ("eb02", "Only 78% of Quillmere's trains arrived within five minutes of the timetable, against a target of 80%, "
             "the board said.", FIG),
    # edition 1, call 5 (repair, eb02)
    ("eb02", "The Transport Performance Board fined Quillmere Rail 6.5 million pounds on Thursday after the operator "
             "failed to run four in five of its trains on time.", S),
    ("eb02", "Only 78% of Quillmere's trains arrived within five minutes of the timetable in the year to October, "
             "against a target of 88%, the board said.", S),
    # edition 1, call 6 (story, eb03): and the placeholder
    ("eb03", "Voltrenna, a battery maker, has postponed the opening of its factory in Maelstad by 18 months to the end "
             "of 2028, blaming weaker demand for electric cars.", S),
    ("eb03", "The company has now planned to start making only one production line instead of three.", S),
    # edition 1, call 7 (repair, eb03)
    ("eb03", "The plant, which cost 2.4 billion euros, was meant to make enough cells for about 300,000 cars a year.",
     S),
    # edition 1, call 8 (signals, eb02-eb05): and the placeholder
    ("eb03", "The company has announced plans to expand its electric vehicle fleet by 20% in the coming months.",
     CLAIM),
    # edition 1, call 9 (story, eb02): a repeat of call 4's first sentence and the placeholder
    # edition 1, call 10 (story, eb03): a repeat of call 6's first sentence, the placeholder, and left out 'The
    # company has planned to make enough cells in about a year.': enough cells for what, and from when, is not said;
    # ambiguous against the article
    # edition 1, call 11 (repair, eb03)
    ("eb03", "Voltrenna raised 600 million euros from investors in March.", S),
    # edition 1, call 12 (story, eb04): a near-repeat of call 2's first sentence ('Cirrilink' for 'Cirrolink'), left
    # out, and
    ("eb04", "Pavlon's shares fell 17% and Cirrolin' rose 2%, CirrelnLB raised prices by up to 30.", FIG),
    ("eb04", "The authority said the move was not a failure but rather an opportunity for other players in the "
             "market.", CLAIM),
    ("eb04", "The authorities decision on Monday to block the merger of Cirrilink and Pavonet is now being considered "
             "by the government.", CLAIM),
    # edition 1, call 13 (repair, eb04): a repeat of call 2's first sentence, and
    ("eb04", "Authority chair Verbena Caldicott said the companies' offer to sell spectrum did not go far enough.", S),
    ("eb04", "The company has now agreed to sell 10% of its 365 million subscribers in order to meet a new contract "
             "with a smaller competitor called Pavon-Aurora.", CLAIM),
    # edition 1, call 14 (story, eb05): a repeat of call 3's first sentence, and
    ("eb05", "<h5>Buses & Cycle lanes</h5>", CF),
    ("eb05", "The charge has been increasing by 17% since the charge began last year, with traffic in the zone "
             "falling 19.6% this year.", FIG),
    # edition 1, call 15 (signals, eb02-eb05)
    ("eb02", "The Transport Performance Board fined Quillmere Rail 6.5 million pounds on Thursday.", S),
    ("eb02", "Only 78% of Quillmere's trains arrived within five minutes of the timetable in October, against a "
             "target of 90%, the board said.", FIG),
    # edition 1, call 16 (story, eb05)
    ("eb05", "The charge, introduced in 2019, brought in about 3.5 million pounds last year and is currently "
             "increasing to 4.8 million pounds.", FIG),
    # edition 1, calls 17-19 (story, eb05, eb02, eb04): connection errors after the servers were stopped, no answer
    # edition 2, call 1 (story, eb07): and the placeholder
    ("eb07", "Brunellin, a chocolate maker, will raise its prices by an average of 12% in January because cocoa has "
             "become more expensive.", S),
    ("eb07", "Brunellin's sales volumes fell 4%, while revenue rose 7%.", S),
    ("eb07", "The company said it had bought enough cocoa to cover its needs until the end of June.", S),
    # edition 2, call 2 (repair, eb07)
    ("eb07", "Cocoa prices have more than doubled in two years after poor harvests in West Africa.", S),
    # edition 2, call 3 (story, eb08): a near-repeat of its first sentence ('for building' for 'to build'), left out,
    # and left out 'A renewable energy company has announced it is planning to build a 60kmbm offshore wind farm on
    # the coast of the UK.': "60kmbm" may be the 60 kilometres off the coast or a size, and the sentence cannot be
    # read either way; ambiguous against the article
    ("eb08", "The government will pay $4.5 billion to build a 1.4-gigawatt offshore wind farm in the UK's latest "
             "auction, with a maximum capacity of 2031 megawatts.", FIG),
    ("eb08", "Seavarra Energy won the right to build a 1.4 gigawatt offshore wind farm in the UK's latest auction, the "
             "government said on Tuesday.", CLAIM),
    # edition 2, call 4 (repair, eb08)
    ("eb08", "Seavarra Energy won the right to build a 1.4-gigawatt offshore wind farm in the government's latest "
             "auction, the energy ministry said on Tuesday.", S),
    ("eb08", "Seva, owned by two pension funds, has vowed to spend about 4.5 billion euros on the project", S),
    # edition 2, call 5 (story, eb09)
    ("eb09", "The Fair Pay Council recommended on Thursday that the national minimum wage rise by 6.1% to 13.20 euros "
             "an hour from April.", S),
    # edition 2, call 6 (repair, eb09)
    ("eb09", "The council, which includes employers, unions and economists, said the rise would benefit 1.9 million "
             "workers.", S),
    # edition 2, call 7 (signals, eb07 + eb08 + eb09)
    ("eb07", "Brunellin to raise chocolate prices 12% as cocoa soars", S),
    ("eb07", "S.A., a chocolate maker, will raise its chocolate prices by an average of 12%, while the rest of the "
             "world has already seen it happen in Africa and is now considering it as a way to protect their own "
             "cocoa crops from the growing demand for it.", CLAIM),
    ("eb07", "C.A., a chocolatier, will raise its chocolate prices by 3% on January 20", FIG),
    # edition 2, call 8 (story, eb08): a near-repeat of its first sentence (the hyphen dropped), left out
    ("eb08", "The government will pay 4.5 billion euros to build a 1.4-gigawatt offshore wind farm in the next five "
             "years.", ACT),
    ("eb08", "The government will pay 4.5 billion euros to build a 203 million euro wind farm in the next five years.",
     FIG),
    # edition 2, call 9 (story, eb08): call 8's left-out near-repeat and its last sentence again, and
    ("eb08", "The government will pay 2 billion euros to build a 3 million euro wind farm in the next five years.",
     FIG),
    # edition 2, call 10 (story, eb07): a near-repeat of call 1's first sentence ('much' added), left out, the
    # placeholder, a repeat of call 1's second sentence, and
    ("eb07", "The company said it had bought enough cocoa to cover its needs until the end of September.", FIG),
    # edition 2, call 11 (repair, eb07)
    ("eb07", "Chief executive Hildun Oswy said bars would also get smaller, with the 200-gram bar cut to 180 grams.",
     S),
    # edition 2, call 12 (story, eb10): and left out 'The judges ruled that Rydora had control of its work, which
    # showed it controlled its own work.': whose work ("its") is not clear; ambiguous against the article
    ("eb10", "The court of appeal ruled on Monday that drivers for Rydora, a ride-hailing app, are employees and not "
             "self-employed.", S),
    ("eb10", "This decision was upheld by the supreme court last year.", ACT),
    ("eb10", "Rydora said it would appeal to the supreme court and that the ruling will force it to raise fares.", S),
    ("eb10", "The case brought by the transport workers' union was brought before a high court judge.", CLAIM),
    # edition 2, call 13 (signals, eb07 + eb08 + eb10): a near-repeat of call 7's title (a full stop added), left out
    # edition 2, call 14 (story, eb10): a repeat of call 12's first sentence, and
    ("eb10", "The ruling upholds a decision made by the labour courts last year.", S),
    ("eb10", "Ryda's ride-hiring company is owned by a private equity firm, which has been accused of using its "
             "business to control rides and pay drivers off their minimum wage.", CLAIM),
    ("eb10", "The ruling means Ryda must pay its roughly 12,000 drivers in the country at least the minimum wage.", S),
    ("eb10", "The court ruled that the company's decision to control rides is a violation of the law and will force "
             "it to raise fares.", ACT),
    ("eb10", "The case was brought by four drivers backed by a transport workers' union, which has been accused of "
             "using its business to control rides.", CLAIM),
    # edition 2, calls 15-17 (story, eb10, eb08, eb06): connection errors after the servers were stopped, no answer
]


BODIES = [
    ("eb01", "https://www.retailledger.example/tamsrow-half-year-price-cuts", "Retail Ledger",
     "Tamsrow's price cuts lift sales but trim profit",
     "Tamsrow Markets, the country's third-largest supermarket chain, said on Tuesday that sales in stores open at "
     "least a year rose 2.8% in the six months to August, helped by lower prices on about 1,200 everyday products. "
     "Pre-tax profit fell 9% to 186 million pounds, as the price cuts cost the company about 45 million pounds. Chief "
     "executive Oriane Pherrin said the chain would close 14 smaller stores by March and open 30 convenience shops "
     "next year. About 400 staff work in the stores being closed, and the company said most would be offered jobs at "
     "nearby branches. Online orders grew 11% and now make up about 13% of sales. Tamsrow kept its forecast for full-"
     "year profit of between 390 million and 410 million pounds. The board raised the interim dividend by 5% to 4.2 "
     "pence a share. Shares in the company rose 3% in London. A rival chain, Pellborne, reports its results next "
     "week."),
    ("eb02", "https://www.commuterwire.example/quillmere-rail-punctuality-fine", "Commuter Wire",
     "Quillmere Rail fined 6.5 million pounds over late trains",
     "The Transport Performance Board fined Quillmere Rail 6.5 million pounds on Thursday after the operator failed "
     "for a year to run four in five of its trains on time. Only 78% of Quillmere's trains arrived within five minutes"
     " of the timetable in the year to October, against a target of 88%, the board said. About 2,100 trains were "
     "cancelled on the day, most because there were not enough drivers. Benedikta Ranveld, the board's chair, said "
     "passengers had been let down for too long. Quillmere, which runs commuter services into the capital, said it had"
     " hired 140 drivers this year and would train 90 more by June. The fine will be spent on station improvements "
     "rather than paid to the Treasury. The operator's contract ends in 2028, and the transport ministry said it would"
     " decide next spring whether to extend it. Quillmere will not appeal against the fine, a spokesman said. Season "
     "ticket holders will get a 10% discount on renewals in January."),
    ("eb03", "https://www.gridandcell.example/voltrenna-maelstad-plant-delay", "Grid and Cell",
     "Voltrenna delays Maelstad battery plant by 18 months",
     "Voltrenna, a battery maker, has postponed the opening of its factory in Maelstad by 18 months to the end of "
     "2028, blaming weaker demand for electric cars. The company had planned to start making cells there next summer. "
     "The plant, which cost 2.4 billion euros, was meant to make enough cells for about 300,000 cars a year. Voltrenna"
     " said it would now start with one production line instead of three. Some 1,100 of the 2,600 jobs promised will "
     "be filled by 2029, chief executive Harwin Stoltmeyer said. The regional government, which gave 350 million euros"
     " in grants, said it would hold back the last 120 million until the full workforce was hired. A carmaker that had"
     " agreed to buy most of the plant's output cut its order by a third in September. Voltrenna raised 600 million "
     "euros from investors in March. Its shares are not listed. The factory building is finished, and machinery for "
     "the first line is being installed."),
    ("eb04", "https://www.signalandspectrum.example/cirrolink-pavonet-merger-blocked", "Signal and Spectrum",
     "Competition authority blocks Cirrolink's purchase of Pavonet",
     "The competition authority on Monday blocked the planned merger of Cirrolink and Pavonet, two of the country's "
     "four mobile network operators, saying it would raise prices for customers. The deal, worth 5.8 billion euros, "
     "would have created the largest operator, with about 46% of mobile subscribers. Authority chair Verbena Caldicott"
     " said the companies' offer to sell spectrum to a smaller rival did not go far enough. Prices in countries where "
     "four operators had become three rose by up to 20%, the authority said. Cirrolink, which had agreed to buy "
     "Pavonet in January, said it was disappointed and would study the decision before choosing whether to appeal. "
     "Pavonet's owner, an investment fund, said it would look at other options, including selling the company's "
     "towers. Pavonet's shares fell 17% and Cirrolink's rose 2%. The two companies have about 9,000 employees between "
     "them. The authority had opened an in-depth review in April."),
    ("eb05", "https://www.brackenholmpost.example/congestion-charge-rise-vote", "Brackenholm Post",
     "Brackenholm raises city-centre driving charge to 12 pounds",
     "Brackenholm city council voted on Wednesday to raise the daily charge for driving into the city centre from 8 to"
     " 12 pounds from April. The charge, introduced in 2019, brought in about 31 million pounds last year, all of "
     "which is spent on buses and cycle lanes. Councillors approved the rise by 41 votes to 27. Thessaly Brindlecombe,"
     " who leads on transport, said traffic in the zone had fallen 17% since the charge began, but had crept up again "
     "in the past two years. Electric cars, which have been exempt, will pay half the charge from 2027. Residents of "
     "the zone will keep their 90% discount. A group of city-centre shops said the rise would drive customers to an "
     "out-of-town retail park and asked the council to delay it. Taxi drivers will still be exempt. The council also "
     "agreed to run buses every ten minutes on four more routes."),
    ("eb06", "https://www.healthtechbulletin.example/quenvaro-ransomware-hospitals", "Health Tech Bulletin",
     "Ransomware attack on Quenvaro leaves 19 hospitals on paper",
     "Quenvaro Software, which supplies appointment and patient record systems to hospitals, said on Friday that its "
     "systems had been shut down for five days by a ransomware attack. Nineteen hospitals that use Quenvaro had to "
     "book appointments on paper, and about 6,000 outpatient appointments were postponed, the health ministry said. "
     "Quenvaro said the attackers got in through the account of an employee whose password had been stolen, and that "
     "the account was not protected by a second login step. The company said it had not paid a ransom. Its chief "
     "technology officer, Ottoline Telfane, said the data of about 40,000 patients may have been copied, and that "
     "those patients would be told by letter. The data protection authority said it had opened an investigation. "
     "Quenvaro said all hospital systems were working again by Thursday evening. The company, which employs 800 "
     "people, has made two-step login compulsory for all staff. Police said they were working with agencies in two "
     "other countries."),
    ("eb07", "https://www.confectionerytrade.example/brunellin-price-rise-cocoa", "Confectionery Trade",
     "Brunellin to raise chocolate prices 12% as cocoa soars",
     "Brunellin, a chocolate maker, will raise its prices by an average of 12% in January because cocoa has become "
     "much more expensive, the company said on Wednesday. Cocoa prices have more than doubled in two years after poor "
     "harvests in West Africa. Chief executive Hildrun Oswy said bars would also get smaller, with the 200-gram bar "
     "cut to 180 grams. Brunellin's sales volumes fell 4% in the nine months to September, while revenue rose 7% to "
     "1.3 billion euros because of earlier price rises. The company said it had bought enough cocoa to cover its needs"
     " until the end of June. It kept its forecast of an operating margin of about 11% this year, down from 13% last "
     "year. Brunellin will stop making two of its cheapest lines. Supermarkets in two countries had stopped stocking "
     "some of its products last year during a dispute over prices. Shares rose 4%."),
    ("eb08", "https://www.offshorepowerweekly.example/seavarra-wins-wind-auction", "Offshore Power Weekly",
     "Seavarra wins offshore wind auction with lowest bid",
     "Seavarra Energy won the right to build a 1.4-gigawatt offshore wind farm in the government's latest auction, the"
     " energy ministry said on Tuesday. The company will be paid a guaranteed price of 72 euros per megawatt-hour for "
     "20 years, the lowest bid among five. The wind farm, 60 kilometres off the coast, is due to produce power from "
     "2031 and supply about 1.6 million homes. A second site in the auction got no bids, which energy minister Leofric"
     " Wendeborn blamed on higher costs for turbines and cables. The ministry said it would offer that site again next"
     " year with a higher maximum price. Seavarra, owned by two pension funds, said the project would cost about 4.5 "
     "billion euros. It has not yet chosen a turbine supplier. Fishing groups said the wind farm would close off some "
     "of their best grounds and asked for compensation. Building the port base is expected to create 700 jobs."),
    ("eb09", "https://www.labourdesk.example/fair-pay-council-minimum-wage", "Labour Desk",
     "Fair Pay Council recommends 6.1% minimum wage rise",
     "The Fair Pay Council recommended on Thursday that the national minimum wage rise by 6.1% to 13.20 euros an hour "
     "from April. The council, which includes employers, unions and economists, said the rise would benefit about 1.9 "
     "million workers. Workers aged 18 to 20 would get a faster rise, of 9%, to close the gap with the adult rate. "
     "Employment minister Wulfstan Farrawell said the government would accept the recommendation in full. Inflation "
     "was 2.7% in the year to October, so the rise would be well above prices. A business group for small shops and "
     "restaurants said its members could not afford it and would hire fewer young people. Unions had asked for 14 "
     "euros. The minimum wage has risen by about 40% since 2020. The council said it had found no evidence that "
     "earlier rises had cost jobs. The new rate must still be approved by parliament, which is expected in February."),
    ("eb10", "https://www.gigworkreview.example/rydora-drivers-employees-ruling", "Gig Work Review",
     "Appeal court rules Rydora drivers are employees",
     "The court of appeal ruled on Monday that drivers for Rydora, a ride-hailing app, are employees and not self-"
     "employed, upholding a decision by a labour court last year. The ruling means Rydora must pay its roughly 12,000 "
     "drivers in the country at least the minimum wage and give them paid holidays. The case was brought by four "
     "drivers backed by a transport workers' union. Rydora said it would appeal to the supreme court and that the "
     "ruling would force it to raise fares and cut the number of drivers. The judges said Rydora set the fares, chose "
     "which driver got each trip and could switch drivers off the app, which showed it controlled their work. Union "
     "leader Rosamund Crandale called the ruling a victory for every driver on the app. Rydora, which started in the "
     "country in 2017, made a loss of 23 million euros here last year. A rival app, Tandro, was not part of the case. "
     "Drivers may also be owed back pay."),
    ("eo01", "https://www.poolsidesport.example/underwater-hockey-club-championship", "Poolside Sport",
     "Utrecht club Diepzee wins European underwater hockey title",
     "A club from Utrecht, Diepzee, won the European underwater hockey championship for clubs in Sheffield on Sunday, "
     "beating the French holders 3-1 in the final. Underwater hockey is played on the bottom of a swimming pool by two"
     " teams of six, who wear masks, snorkels and fins and push a lead puck of about 1.3 kilograms with short sticks. "
     "Players must come up for air, so teams use four substitutes who swap in during play. Each half lasts 15 minutes."
     " Diepzee's captain, Marijke Oosterbroek, scored twice, both in the second half. Twenty-four clubs from 11 "
     "countries competed. A club from Marseille won the women's title. Matches were played in a pool 2.5 metres deep, "
     "and spectators watched on screens fed by underwater cameras. The sport was invented in 1954 by divers in "
     "Portsmouth who wanted to keep fit in winter. The championship will be held in Prague in two years."),
    ("eo02", "https://www.matsandrings.example/european-amateur-sumo-krakow", "Mats and Rings",
     "Tbilisi firefighter takes European amateur sumo heavyweight title",
     "A 27-year-old firefighter from Tbilisi, Tamaz Kvirkvelia, won the heavyweight title at the European amateur sumo"
     " championships in Krakow on Saturday, pushing the defending champion out of the ring in the final. In sumo, a "
     "wrestler loses if he is forced out of the ring, which is 4.55 metres across, or if any part of his body other "
     "than the soles of his feet touches the ground. Kvirkvelia, who weighs 158 kilograms, won all five of his bouts, "
     "the longest of which lasted 14 seconds. Amateur sumo has weight classes, unlike the professional sport in Japan,"
     " and women compete too. The open-weight women's title went to a Ukrainian nurse, Solomiya Veremchuk. About 190 "
     "wrestlers from 26 countries took part. Kvirkvelia took up sumo five years ago after a judo career. Wrestlers "
     "wear a belt called a mawashi over shorts. The event was held in a sports hall with about 2,000 seats, which was "
     "full on the final day."),
    ("eo03", "https://www.uplandfarmer.example/garthdale-walling-competition", "Upland Farmer",
     "Retired shepherd wins Garthdale dry stone walling open class",
     "A retired shepherd, Hedley Aynsgarth, won the open class at the Garthdale dry stone walling competition on "
     "Saturday, building a 3-metre stretch of wall in six and a half hours. Competitors are each given a length of "
     "old, collapsed wall, which they must take down and rebuild to a height of about 1.4 metres without mortar. "
     "Judges mark the walls on their straightness, the way the stones are laid across the wall and how tightly the top"
     " stones fit. Aynsgarth, 71, has won the class four times since 1998. Thirty-eight wallers competed in five "
     "classes, one of them for beginners who have walled for less than two years. A 19-year-old apprentice, Kerensa "
     "Bellwood, won the novice class. The competition, first held in 1952, is organised by a local association that "
     "trains new wallers. The rebuilt walls stay in place on the farm where the event is held. Rain stopped work for "
     "an hour at midday."),
    ("eo04", "https://www.bandsandbanners.example/lowland-pipe-band-championships", "Bands and Banners",
     "Strathkerran ends nine-year wait for Lowland pipe band title",
     "Strathkerran Pipe Band won the top grade at the Lowland pipe band championships in Dumfries on Saturday, ending "
     "a nine-year run without a title. Bands in the top grade play two sets, a medley of their choice and a march, "
     "strathspey and reel, and are marked by four judges: two for the pipes, one for the drums and one for the overall"
     " sound. Strathkerran, which has 22 pipers and 11 drummers, was placed first by three of the four judges. Its "
     "pipe major, Alasdair Munlochy, said the band had rehearsed twice a week since March. Last year's winners, a fire"
     " service band, came second. Sixty-three bands competed in seven grades, from juvenile bands of players under 18 "
     "to the top grade. Pipers tune their chanters before playing, and a band that starts out of tune loses marks. "
     "Heavy rain in the afternoon moved the last grade indoors. About 5,000 people attended."),
    ("eo05", "https://www.strengthsportsnews.example/national-arm-wrestling-lodz", "Strength Sports News",
     "Welder wins heavyweight right-arm title at national arm wrestling championship",
     "A welder, Szczepan Olbrychowski, won the over-100-kilogram right-arm title at the national arm wrestling "
     "championship in Lodz on Sunday. Arm wrestlers grip hands over a padded table, holding a peg with their other "
     "hand, and must keep their elbow on a pad; a wrestler whose elbow slips off twice loses the match. A match is won"
     " by pinning the opponent's hand to a cushion. Olbrychowski, 35, beat a former rower, Zdzislaw Swiatkiewicz, in "
     "the final in 2 minutes 10 seconds, unusually long for a match. The championship uses a double-elimination "
     "format, so a wrestler must lose twice to be knocked out. About 240 competitors entered 22 categories for left "
     "and right arms, men and women. Olbrychowski said he trains by pulling a rope tied to weights. A referee starts "
     "each match with the word 'go' after checking the grip. The winners will go to the European championships in "
     "Bulgaria in May."),
    ("eo06", "https://www.coastalwheels.example/morfa-glanrhyd-land-yachting", "Coastal Wheels",
     "Retired engineer wins class 5 at Morfa Glanrhyd land yachting weekend",
     "A retired engineer, Gwilym Tregarron, won the class 5 race at the Morfa Glanrhyd land yachting weekend on "
     "Sunday, finishing ten laps of a 2-kilometre course in 31 minutes. Land yachts are three-wheeled carts with a "
     "sail, steered with the feet, and the fastest reach more than 100 kilometres an hour on firm sand. Racing can "
     "only take place at low tide, so the weekend's four races were held in the early morning and afternoon. "
     "Tregarron, 66, led from the second lap after the race leader's mast broke. Forty-five pilots took part in three "
     "classes. On Saturday the wind, gusting to 50 kilometres an hour, was too strong for the smallest yachts, and "
     "their race was put back a day. A 15-year-old, Eluned Pryddery, won that race on Sunday. Pilots must wear "
     "helmets, and the yachts give way to walkers on the beach. The club organising the event has about 120 members."),
    ("eo07", "https://www.gardenshowjournal.example/national-bonsai-exhibition", "Garden Show Journal",
     "300-year-old juniper named best tree at national bonsai exhibition",
     "A juniper thought to be about 300 years old, owned by a retired dentist, Theodora Falkenrath, won best in show "
     "at the national bonsai exhibition in Ludwigsburg on Sunday. The tree, which is 74 centimetres tall, was "
     "collected from a mountainside in the Alps in 1989 and has been trained in a pot since then. Bonsai are kept "
     "small by pruning their roots and branches and by wiring branches into shape; the wire is removed before it cuts "
     "into the bark. Falkenrath said she waters the tree by hand up to three times a day in summer. Judges looked at "
     "the trunk, the shape of the branches, the pot and how the tree sits in it. About 260 trees were shown by 140 "
     "growers, and 11,000 visitors came over three days, up from 9,000 last year. A maple grown from seed by a "
     "16-year-old won the prize for young growers. The trees on show were insured for more than 2 million euros."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="a", split="evaluation24",
                                      raw_name="eval24-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval24", arts, rows, problems, (("business, policy and tech articles", "eb"), ("others", "eo")))


if __name__ == "__main__":
    main()
