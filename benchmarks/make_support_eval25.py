"""Build the twenty-fifth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval25-articles.jsonl and eval25-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it by the lead, who wires it into bench_support.py).

    python benchmarks/make_support_eval25.py

Every article and sentence here was written by hand for this file, about invented companies, bodies, people and
places. Ten articles are business, policy and tech news of the kind Topline reads (kab01-kab10): a low-cost airline's
quarter (passengers up, profit down on fuel and lower fares, planes less full, aircraft deliveries late, a base
closed and its crews offered transfers, a forecast kept, a buyback), a water company's sewage fine (spills more than
doubled, broken pumps, no contest, bills raised to pay for works, the regulator's chief saying the fine cannot go on
bills, owners without a dividend, a decision on prosecution still to come), a payments processor's outage (a faulty
software update, businesses and payments hit, no data lost, a report asked for by the central bank, fees refunded but
no compensation for lost sales), a drugmaker's purchase of a biotech company (a premium, a trial passed and an approval
still awaited, cash and new debt, approvals still needed, a founder agreeing to sell, shares up and down), a central
bank's rate cut (a split vote, inflation near target, a growth forecast lowered, no word on the next meeting, the
currency down), a city's rent cap (a vote, homes covered and exempt, rents up, landlords' challenge, fines and
inspectors, new tenants not covered), a steelmaker's blast furnace closure (jobs cut, losses blamed on imports and
energy prices, an electric arc furnace with a third paid by the government, emissions down, a union's fight), a
streaming service's price rise (subscribers and profit up, a plan withdrawn for new subscribers only, spending up,
slower growth expected), a dock strike ended by a pay deal (a rise below the union's ask, a vote, ships diverted, a
backlog, no automated cranes before 2029 without agreement, a minister's offer to mediate) and a phone recall
(overheating batteries from one supplier, burns but no serious injuries, refunds or replacements, sales stopped, a
forecast to be cut, a supplier dropped); plans against done acts ("is expected in the summer", "has asked ... for a
full report within 14 days", "is waiting for approval by regulators", "still needs the approval", "had offered to
mediate", "will cut its profit forecast"), negations ("would not contest", "could not be passed on", "have not taken a
dividend", "No customer data was lost", "will not compensate", "did not say whether", "will not be capped", "not ...
before 2029 without the union's agreement", "are not affected", "No one was seriously hurt"), ranges and estimates
("more than twice as often", "roughly 1.2 million", "about one in five", "up to 10,000 pounds", "almost half", "more
than 60"), a speaker by role and by name, and actors named by description ("the low-cost airline", "the water
company", "the payments processor", "the steelmaker", "the streaming service", "the smartphone maker"). Seven are on
topics no earlier part uses (kao01-kao07; the earlier parts' README lists, the earlier articles, the demo corpus and
../shared/data were searched for the topic words): a European pétanque championship, a bell ringers' striking
competition, a croquet championship, a sand sculpture festival, a quilt show, a barbershop quartet contest and a
cheese rolling race.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X said" added or moved, voice changed, clauses reordered, a speaker by role and by name, an actor by
description, synonyms and other verbs for the same act ("dropped" for "fell", "slipped" for "fell", "apologised" for
"said it was sorry", "putting ... up" for "raise", "gained" for "added", "climbed" for "rose", "took" for "won", "drew"
for "came"), a measure as the subject ("The share of seats Skyvelle filled slipped to 93% from 95%", "About a fifth of
the country's card payments go through Paylorne", "Growth next year is now forecast at 0.9%"), figures restated in
other words ("three decades" for 30 years, "a quarter-point cut", "About a fifth" for "about one in five", "the
July-to-September quarter" for "the three months to September"), and analysis sentences (``kind`` "analysis") that
only combine or compute from one passage of the cited article (aircraft planned from those delivered and missing, a
year-earlier figure from a rise, a year-earlier bound from "more than twice", spending per year, an outage's length,
payments declined per business, a share price from a premium, cash from a price and debt, inflation against a target,
a forecast's cut in points, a vote's majority and its total, jobs left, a government's share in euros, a price before
a rise, subscribers before a quarter, a pay rise against the union's ask, one-off payments in all, a recall's cost per
phone, months of faulty batteries, a winning margin, balls per team, the runners-up's faults, ringing time in all, an
age when a game was taken up, hoops before the peg, sand in all, visitors per day, quilts per category, a margin in
points, songs per finalist, runners in a race, people treated and not sent to hospital). Each is fully supported by
one passage (a sentence and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin
"planted"): every error kind (wrong figures, units and dates, wrong directions, negations dropped or reversed, plans
told as done, wrong actors and swapped roles, unsupported claims, invented causes, generic invented analysis, merged
events citing two articles, content-free page furniture), with analysis sentences whose computation is wrong (kind
"analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by
reading; their raw answers are in eval25-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs
to the split "evaluation25"; ids "ka0001"... Every single letter already starts an earlier part's sentence ids (b to
z, and "a" for eval24), so this part's prefix is two letters: no earlier sentence id starts with "ka" ("k0001"... are
cal2's, a letter and four digits), and support_gen.fresh_part now compares the letters of an id ("ka"), not its first
character, with the earlier parts' prefixes. The article ids "kab01"... and "kao01"... start with no earlier part's
article id prefix ("kb01"... and "ko01"... are eval10's).
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
           "eval22-sentences.jsonl", "eval23-sentences.jsonl", "eval24-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl", "eval12-articles.jsonl", "eval13-articles.jsonl", "eval14-articles.jsonl",
                    "eval15-articles.jsonl", "eval16-articles.jsonl", "eval17-articles.jsonl", "eval18-articles.jsonl",
                    "eval19-articles.jsonl", "eval20-articles.jsonl", "eval21-articles.jsonl", "eval22-articles.jsonl",
                    "eval23-articles.jsonl", "eval24-articles.jsonl")
EARLIER_IDS = tuple("abcdefghijklmnopqrstuvwxyz")   # id prefixes of the earlier parts' sentences: every letter
# (their article ids: a, b, c, d, e, f, g, h, j, l, n, p, q, t, eb, eo, ib, io, jb, jo, kb, ko, lb, lo, mb, mo, qb, qo,
# rb, ro, sb, so, tb, to, ub, uo, vb, vo, wb, wo, xb, xo, yb, yo, zb, zo; this part's: kab, kao)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS: dict[str, list[tuple]] = {
    "kab01": [
        ("Skyvelle carried 14.2 million passengers in the July-to-September quarter, up 8% on a year earlier.", S),
        ("The low-cost airline's operating profit dropped 6% to 312 million euros.", S),
        ("Dearer fuel and average fares that were 3% lower weighed on Skyvelle's operating profit.", S),
        ("Fares were cut to fill seats on 40 routes launched in the spring, chief executive Maxence Doriath said.", S),
        ("The share of seats Skyvelle filled slipped to 93% from 95%.", S),
        ("Because its manufacturer is running late, Skyvelle expects three fewer new aircraft by March than it had "
         "planned.", S),
        ("Skyvelle's base in Tarrenbourg will be closed in January.", S),
        ("The eight aircraft based in Tarrenbourg will be moved to other airports.", S),
        ("Transfers will be offered to about 260 pilots and cabin crew at the Tarrenbourg base.", S),
        ("Skyvelle still expects to carry 41 million passengers this year.", S),
        ("Skyvelle plans to buy back as much as 200 million euros of its shares.", S),
        ("Shares in the airline slipped 2% in Paris.", S),
        ("Skyvelle had planned to receive 15 new aircraft by March.", S, (), AN),
        ("Skyvelle carried about 13.1 million passengers in the same quarter a year earlier.", S, (), AN),
        ("Skyvelle carried 14.2 million passengers in the quarter, 8% fewer than a year earlier.", DIR),
        ("Skyvelle's operating profit rose 6% to 312 million euros.", DIR),
        ("Skyvelle's operating profit fell 6% to 321 million euros.", FIG),
        ("Skyvelle's average fares rose 3% in the quarter.", DIR),
        ("Skyvelle opened 14 new routes in the spring.", FIG),
        ("Skyvelle expects to receive 12 new aircraft by March, three more than planned.", DIR),
        ("Skyvelle will open a new base in Tarrenbourg in January.", DIR),
        ("About 260 pilots and cabin crew at the Tarrenbourg base will lose their jobs.", DIR),
        ("Skyvelle raised its forecast to 41 million passengers for the year.", DIR),
        ("Maxence Doriath, chief executive of the aircraft manufacturer, said deliveries were behind schedule.", ACT),
        ("Skyvelle's profit fell because it paid more to lease aircraft.", CAUSE),
        ("Skyvelle also plans to start flights to North America next year.", CLAIM),
        ("Skyvelle's quarter proves that budget airlines must now give up profit to keep growing.", GEN),
        ("Skyvelle had planned to receive 18 new aircraft by March.", FIG, (), AN),
        ("Skyvelle's fares fell after the Corvanthe National Bank cut its interest rate.", MERGE, ("kab05",)),
    ],
    "kab02": [
        ("The Rivers and Water Authority fined Sellachy Water 22 million pounds on Tuesday.", S),
        ("Sellachy Water discharged untreated sewage into rivers beyond what its permits allow, the authority "
         "said.", S),
        ("Sewage was spilled 4,300 times last year by Sellachy's treatment works, according to the authority.", S),
        ("Last year's spills were more than double the number in 2021.", S),
        ("Inspectors found broken pumps or blocked screens at 17 of Sellachy's works.", S),
        ("The water company, which has about 2.8 million customers, apologised and said it would not contest the "
         "fine.", S),
        ("Sellachy plans to spend 1.1 billion pounds over five years on its sewers and treatment works.", S),
        ("Bills will rise 9% from April to help pay for the work.", S),
        ("Idonea Scarrow, who heads the authority, said the fine could not be passed on to bills.", S),
        ("Customers should not pay twice for Sellachy's failures, the authority's chief executive said.", S),
        ("A group of infrastructure funds that owns Sellachy has not taken a dividend for two years.", S),
        ("Whether two former directors will be prosecuted is expected to be decided in the summer.", S),
        ("Sellachy's works spilled sewage fewer than 2,150 times in 2021.", S, (), AN),
        ("Sellachy plans to spend an average of about 220 million pounds a year on its sewers and works.", S, (), AN),
        ("Sellachy Water was fined 2.2 million pounds on Tuesday.", FIG),
        ("The authority said Sellachy's works spilled sewage on 3,400 occasions last year.", FIG),
        ("Sellachy's sewage spills fell by more than half compared with 2021.", DIR),
        ("Sellachy said it would contest the fine.", DIR),
        ("Sellachy's bills will be cut by 9% from April.", DIR),
        ("Idonea Scarrow, Sellachy's chief executive, said customers should not pay twice.", ACT),
        ("The authority said the fine could be passed on to customers' bills.", DIR),
        ("Sellachy's owners paid themselves a dividend last year.", DIR),
        ("Two former directors of Sellachy have been charged.", DIR),
        ("The spills happened because heavy rain overwhelmed Sellachy's sewers.", CAUSE),
        ("Sellachy's chief executive resigned after the fine was announced.", CLAIM),
        ("The fine shows that water companies put profits ahead of rivers.", GEN),
        ("Sellachy plans to spend about 110 million pounds a year on its sewers and works.", FIG, (), AN),
        ("Sellachy Water customers could not pay their bills by card during Paylorne's outage on Saturday.", MERGE,
         ("kab03",)),
    ],
    "kab03": [
        ("Shops using Paylorne were unable to accept cards for about four hours on Saturday.", S),
        ("A faulty software update sent to Paylorne's data centres caused the outage, the payments processor "
         "said.", S),
        ("The outage started at 11:20 in the morning, and service was fully back at 3:25 in the afternoon.", S),
        ("About 38,000 businesses were hit, Paylorne said.", S),
        ("Roughly 1.2 million payments were declined during the outage.", S),
        ("Paylorne said no customer data had been lost or exposed.", S),
        ("Eulalie Menhennick, Paylorne's chief technology officer, said the update should have been tested first on "
         "a small number of servers.", S),
        ("The company has changed its procedures, its chief technology officer said.", S),
        ("Paylorne has been asked by the central bank for a full report within 14 days.", S),
        ("Paylorne will refund shops the fees on that day's payments but will not compensate them for lost sales.",
         S),
        ("Some retailers lost most of a Saturday's takings, according to a retailers' group.", S),
        ("About a fifth of the country's card payments go through Paylorne.", S),
        ("The outage lasted four hours and five minutes.", S, (), AN),
        ("On average, about 32 payments were declined at each affected business.", S, (), AN),
        ("Shops using Paylorne were unable to accept cards for about four hours on Sunday.", FIG),
        ("The outage began at 11:20 in the morning, and service was restored at 1:25 in the afternoon.", FIG),
        ("The outage was caused by a cyberattack on Paylorne's data centres.", CAUSE),
        ("About 83,000 businesses were affected by the outage.", FIG),
        ("Paylorne said some customer data had been exposed in the outage.", DIR),
        ("The central bank's chief technology officer, Eulalie Menhennick, said the update should have been tested "
         "first.", ACT),
        ("Paylorne has sent the central bank a full report on the outage.", DIR),
        ("Paylorne will compensate shops for their lost sales.", DIR),
        ("Paylorne said it would not refund the fees on payments made on Saturday.", DIR),
        ("Paylorne handles about half of the country's card payments.", FIG),
        ("The central bank fined Paylorne after the outage.", CLAIM),
        ("The outage shows how fragile a payment system becomes when one company dominates it.", GEN),
        ("The outage lasted three hours and five minutes.", FIG, (), AN),
        ("Skyvelle passengers could not pay for their tickets during the Paylorne outage.", MERGE, ("kab01",)),
    ],
    "kab04": [
        ("Pharvexa has agreed to buy Celdrix for 3.4 billion dollars in cash.", S),
        ("Celdrix, which is developing treatments for rare liver diseases, agreed on Monday to be bought by "
         "Pharvexa.", S),
        ("Pharvexa is offering 41 dollars a share, a premium of 58% to Celdrix's closing price on Friday.", S),
        ("Celdrix does not yet sell any drugs.", S),
        ("Celdrix's lead treatment passed a late-stage trial in June.", S),
        ("Regulators are expected to decide next year whether to approve the treatment.", S),
        ("The deal will add to Pharvexa's earnings from 2028, its chief executive, Leontyne Abercaird, said.", S),
        ("Pharvexa will fund the purchase with cash it holds and 2 billion dollars of new debt.", S),
        ("The deal has been approved by both companies' boards.", S),
        ("Celdrix shareholders and competition regulators must still approve the deal.", S),
        ("The founder of Celdrix, who owns 12% of its shares, has agreed to sell.", S),
        ("Shares in Celdrix jumped 54%, while Pharvexa's fell 3%.", S),
        ("Pharvexa lost the patent on its top-selling heart drug last year.", S),
        ("Celdrix's shares closed at about 26 dollars on Friday.", S, (), AN),
        ("About 1.4 billion dollars of the purchase price will come from cash Pharvexa holds.", S, (), AN),
        ("Celdrix has agreed to buy Pharvexa for 3.4 billion dollars.", ACT),
        ("Pharvexa will pay 41 dollars a share, 85% more than Celdrix's closing price on Friday.", FIG),
        ("Celdrix's lead treatment failed a late-stage trial in June.", DIR),
        ("Celdrix's treatment was approved by regulators in June.", DIR),
        ("The deal still needs the approval of Pharvexa's shareholders.", ACT),
        ("Celdrix's founder, who owns 21% of the shares, has agreed to sell.", FIG),
        ("Celdrix's founder has refused to sell.", DIR),
        ("Celdrix shares fell 54% and Pharvexa shares rose 3%.", DIR),
        ("Pharvexa will take on 3 billion dollars of new debt to pay for the deal.", FIG),
        ("Pharvexa is buying Celdrix because its sales fell after a factory fire.", CAUSE),
        ("Pharvexa plans to cut 500 jobs at Celdrix after the deal.", CLAIM),
        ("The deal shows that big drugmakers are running out of ideas of their own.", GEN),
        ("About 2.4 billion dollars of the purchase price will come from cash Pharvexa holds.", FIG, (), AN),
        ("Pharvexa will borrow the 2 billion dollars at the Corvanthe National Bank's new rate of 3.25%.", MERGE,
         ("kab05",)),
    ],
    "kab05": [
        ("The Corvanthe National Bank cut its benchmark rate to 3.25% on Thursday.", S),
        ("The quarter-point cut was the bank's second this year.", S),
        ("Seven of the nine rate-setters backed the cut.", S),
        ("Two members of the committee voted to keep the rate at 3.5%.", S),
        ("Inflation fell to 2.4% in October, Governor Teodric Brannaghan said.", S),
        ("The economy grew only 0.1% in the third quarter, according to the governor.", S),
        ("The bank expects inflation to hit its 2% target by the end of next year.", S),
        ("The bank gave no indication of whether it would cut again in January.", S),
        ("Growth next year is now forecast at 0.9%, down from 1.3%.", S),
        ("Mortgage lenders are expected to cut their rates in the coming weeks.", S),
        ("After the decision, the currency lost 0.6% against the euro.", S),
        ("Economists had been divided before the meeting over whether the bank would cut.", S),
        ("Inflation in October was 0.4 percentage points above the bank's target.", S, (), AN),
        ("The bank's forecast for growth next year was lowered by 0.4 percentage points.", S, (), AN),
        ("The Corvanthe National Bank raised its benchmark rate to 3.25% on Thursday.", DIR),
        ("The bank lowered its main rate by half a percentage point to 3.25%.", FIG),
        ("All nine members of the rate committee voted for the cut.", FIG),
        ("Inflation rose to 2.4% in October, the governor said.", DIR),
        ("The economy shrank 0.1% in the third quarter.", DIR),
        ("The bank said it would cut rates again in January.", DIR),
        ("Next year's growth forecast was raised to 1.3%.", DIR),
        ("Mortgage lenders are expected to raise their rates in the coming weeks.", DIR),
        ("The currency rose 0.6% against the euro after the decision.", DIR),
        ("Economists had unanimously expected the bank to cut.", DIR),
        ("Teodric Brannaghan, the finance minister, said inflation had fallen to 2.4%.", ACT),
        ("The bank cut rates because unemployment had risen sharply.", CAUSE),
        ("The cut shows that the bank has given up on fighting inflation.", GEN),
        ("Inflation in October was 0.6 percentage points above the bank's target.", FIG, (), AN),
        ("The Corvanthe National Bank's rate cut will help tenants in Wetherwyck, where rents are now capped at 3%.",
         MERGE, ("kab06",)),
    ],
    "kab06": [
        ("Wetherwyck's city council voted on Wednesday to limit rent rises for existing tenants to 3% a year.", S),
        ("The cap will last five years from July.", S),
        ("Councillors approved the cap by 33 votes to 22.", S),
        ("About 85,000 privately rented homes are covered by the cap.", S),
        ("Buildings completed after 2020 are exempt from the cap.", S),
        ("Rents in Wetherwyck rose 11% in the past year, faster than in any other large city in the country, the "
         "council said.", S),
        ("Tenants had been forced out of neighbourhoods they had lived in for decades, housing councillor Yseult "
         "Wainscombe said.", S),
        ("A landlords' association said it would challenge the rule in court.", S),
        ("The cap would push owners to sell homes rather than rent them out, the landlords' association said.", S),
        ("Landlords who break the cap face fines of up to 10,000 pounds.", S),
        ("Fifteen inspectors will be hired by the council to check that the rule is followed.", S),
        ("New tenants' rents will not be capped.", S),
        ("A neighbouring city scrapped a similar cap in 2023.", S),
        ("The rent cap passed with a majority of 11 votes.", S, (), AN),
        ("Fifty-five councillors voted on the rent cap.", S, (), AN),
        ("Wetherwyck's council voted to cap rent rises at 3% a year for three years.", FIG),
        ("The cap was approved by 33 votes to 12.", FIG),
        ("The cap covers about 58,000 privately rented homes.", FIG),
        ("Buildings finished before 2020 are exempt from the cap.", DIR),
        ("Rents in Wetherwyck fell 11% in the past year.", DIR),
        ("The landlords' association said it welcomed the cap.", DIR),
        ("Rents charged to new tenants will also be capped at 3%.", DIR),
        ("Yseult Wainscombe, who chairs the landlords' association, said tenants had been forced out of their "
         "neighbourhoods.", ACT),
        ("The council will hire 50 inspectors to enforce the cap.", FIG),
        ("Rents rose 11% because of a shortage of student housing.", CAUSE),
        ("The rent cap was proposed by the national government.", CLAIM),
        ("Rent caps always reduce the number of homes available to rent.", GEN),
        ("The rent cap passed with a majority of 9 votes.", FIG, (), AN),
        ("Harnvik Steel workers who lose their jobs will be protected by Wetherwyck's rent cap.", MERGE, ("kab07",)),
    ],
    "kab07": [
        ("Harnvik Steel will shut one of the two blast furnaces at Ostervall next year.", S),
        ("Harnvik will cut 1,400 of the 4,900 jobs at the plant.", S),
        ("The steelmaker blamed cheap imports and high energy prices.", S),
        ("The Ostervall plant has lost money for three years in a row, Harnvik said.", S),
        ("An electric arc furnace, which melts scrap steel, will be built instead at a cost of about 900 million "
         "euros.", S),
        ("The government will pay a third of the cost of the new furnace.", S),
        ("The new furnace is due to start up in 2029.", S),
        ("Harnvik said the electric arc furnace would cut the plant's carbon emissions by about 70%.", S),
        ("The other blast furnace will keep working until the new furnace starts.", S),
        ("Gunnhild Rasmusberg, who heads the works council, said the union would fight the job cuts.", S),
        ("The union has called a meeting for Friday, the head of the works council said.", S),
        ("Harnvik hopes that most of the job cuts will come through early retirement.", S),
        ("The Ostervall plant produced 3.1 million tonnes of steel last year.", S),
        ("Shares in Harnvik rose 5%.", S),
        ("About 3,500 jobs will remain at the Ostervall plant.", S, (), AN),
        ("The government will pay about 300 million euros towards the new furnace.", S, (), AN),
        ("Harnvik Steel will close both blast furnaces at its Ostervall plant next year.", FIG),
        ("Harnvik will cut 4,100 of the plant's 4,900 jobs.", FIG),
        ("The Ostervall plant made a profit in each of the last three years.", DIR),
        ("The new furnace will cost about 9 billion euros.", FIG),
        ("The government will pay two thirds of the cost of the new furnace.", FIG),
        ("The new furnace will increase the plant's carbon emissions by about 70%.", DIR),
        ("The remaining blast furnace will close at the same time as the first.", DIR),
        ("Gunnhild Rasmusberg, Harnvik's chief executive, said the company would fight for the jobs.", ACT),
        ("The union has agreed to the job cuts.", DIR),
        ("Harnvik said most of the job cuts would be compulsory redundancies.", DIR),
        ("Harnvik shares fell 5%.", DIR),
        ("Harnvik blamed a fall in demand from carmakers.", CAUSE),
        ("Harnvik plans to move its steel production to Asia.", CLAIM),
        ("The closure marks the end of heavy industry in Europe.", GEN),
        ("About 3,300 jobs will remain at the Ostervall plant.", FIG, (), AN),
        ("Harnvik's steel exports were held up by the dock strike at Kessowick.", MERGE, ("kab09",)),
    ],
    "kab08": [
        ("Flickvane's standard plan will cost 15.99 dollars a month from January.", S),
        ("The streaming service is putting its standard plan up by 2 dollars.", S),
        ("Flickvane gained 6.3 million subscribers in the third quarter, beating analysts' expectations.", S),
        ("Flickvane now has 187 million subscribers.", S),
        ("Flickvane's revenue rose 14% to 9.8 billion dollars.", S),
        ("Net profit climbed 21% to 1.6 billion dollars.", S),
        ("Almost half of new sign-ups are for a cheaper plan with advertising, chief financial officer Sidonie "
         "Quernby said.", S),
        ("New subscribers will no longer be offered the basic plan without advertising.", S),
        ("Existing subscribers can keep the basic plan without advertising.", S),
        ("Flickvane's spending on films and series will rise to about 18 billion dollars next year from 17 "
         "billion.", S),
        ("Flickvane expects to add fewer subscribers in the fourth quarter than in the same quarter last year.", S),
        ("Flickvane's shares jumped 9% in after-hours trading.", S),
        ("The standard plan now costs 13.99 dollars a month.", S, (), AN),
        ("Flickvane had about 180.7 million subscribers before the third quarter.", S, (), AN),
        ("Flickvane will lower its standard plan's price by 2 dollars in January.", DIR),
        ("Flickvane's standard plan will cost 16.99 dollars a month from January.", FIG),
        ("Flickvane lost 6.3 million subscribers in the third quarter.", DIR),
        ("Flickvane added fewer subscribers than analysts had expected.", DIR),
        ("Flickvane's revenue rose 21% to 9.8 billion dollars.", FIG),
        ("Flickvane's net profit fell 21% to 1.6 billion dollars.", DIR),
        ("Existing subscribers will lose their basic plan without advertising.", DIR),
        ("Flickvane plans to spend less on films and series next year.", DIR),
        ("Flickvane expects to add more subscribers in the fourth quarter than a year earlier.", DIR),
        ("Sidonie Quernby, an analyst, said the cheaper plan accounted for almost half of sign-ups.", ACT),
        ("Flickvane's subscriber numbers jumped because of a hit series.", CAUSE),
        ("Flickvane will add a sports channel next year, the company said.", CLAIM),
        ("The price rise shows that streaming has become as expensive as cable television.", GEN),
        ("The standard plan now costs 14.99 dollars a month.", FIG, (), AN),
        ("Flickvane's app comes installed on Vyntaro's Zephra 7 phones.", MERGE, ("kab10",)),
    ],
    "kab09": [
        ("A 12-day strike by dock workers at Kessowick ended on Monday.", S),
        ("The dock workers accepted a pay offer from Dunmaris Ports, which operates the port.", S),
        ("About 2,300 workers will receive a pay rise of 7.5% this year and 4% next year.", S),
        ("The workers will also get a one-off payment of 1,500 euros.", S),
        ("The union had asked for a 10% rise this year.", S),
        ("Members voted 81% in favour of the deal, according to union official Tobiah Strenwick.", S),
        ("More than 60 container ships had to wait offshore or go to other ports during the strike.", S),
        ("Some shops reported empty shelves because of the strike.", S),
        ("Clearing the backlog of containers will take about two weeks, Dunmaris said.", S),
        ("Dunmaris agreed not to bring in automated cranes before 2029 without the union's agreement.", S),
        ("Last week the transport minister offered to mediate.", S),
        ("The strike cost Dunmaris, which is owned by a shipping group, about 40 million euros, the company said.", S),
        ("Fruit exporters were among the hardest hit by the strike.", S),
        ("The workers got 2.5 percentage points less this year than the union had asked for.", S, (), AN),
        ("The one-off payments come to about 3.5 million euros in all.", S, (), AN),
        ("Dock workers at Kessowick began a 12-day strike on Monday.", DIR),
        ("The Kessowick dock workers will get a 5.7% pay rise this year.", FIG),
        ("The Kessowick dock workers will get a 7.5% pay rise this year and 7.5% next year.", FIG),
        ("The union had asked for 15% this year.", FIG),
        ("Members voted 81% against the deal.", DIR),
        ("Tobiah Strenwick, a Dunmaris manager, said members had voted for the deal.", ACT),
        ("Dunmaris said it would bring in automated cranes next year.", DIR),
        ("The transport minister mediated the deal.", DIR),
        ("The strike cost Dunmaris about 14 million euros.", FIG),
        ("The backlog of containers was cleared on Monday.", DIR),
        ("The dock workers walked out because Dunmaris had brought in automated cranes.", CAUSE),
        ("Dunmaris plans to sell the port of Kessowick.", CLAIM),
        ("The deal shows that unions hold the upper hand in Europe's ports.", GEN),
        ("The one-off payments come to about 35 million euros in all.", FIG, (), AN),
        ("The Zephra 7 phones being recalled by Vyntaro were stuck on container ships during the Kessowick strike.",
         MERGE, ("kab10",)),
    ],
    "kab10": [
        ("Vyntaro is recalling about 410,000 Zephra 7 phones because their batteries can overheat.", S),
        ("The recall was announced on Friday by the smartphone maker and the product safety agency.", S),
        ("Vyntaro has had 36 reports of phones swelling or catching fire while charging.", S),
        ("Four people suffered minor burns, and no one was seriously hurt.", S),
        ("The fault was traced to batteries from one supplier made between March and June.", S),
        ("Owners can get a full refund or a replacement phone.", S),
        ("Until they return it, owners should not charge the phone overnight.", S),
        ("Zephra 7 phones sold after July are not affected.", S),
        ("Vyntaro stopped selling the Zephra 7 three weeks ago while it investigated.", S),
        ("The recall will cost about 120 million dollars, Vyntaro said.", S),
        ("Vyntaro said it would cut its profit forecast for the year.", S),
        ("Vyntaro will no longer buy batteries from the supplier, its head of hardware, Cosimo Vantrell, said.", S),
        ("The Zephra 7 went on sale in February.", S),
        ("The recall will cost Vyntaro roughly 290 dollars per phone.", S, (), AN),
        ("The faulty batteries were made over a period of about four months.", S, (), AN),
        ("Vyntaro is recalling about 140,000 Zephra 7 phones.", FIG),
        ("Vyntaro has had 63 reports of phones overheating.", FIG),
        ("Four people were seriously hurt by overheating Zephra 7 phones.", DIR),
        ("The fault was traced to a software update.", CAUSE),
        ("Zephra 7 phones sold before July are not affected.", DIR),
        ("Owners can have the phone repaired but cannot get a refund.", DIR),
        ("Vyntaro said it would keep selling the Zephra 7 during the recall.", DIR),
        ("The recall will cost about 210 million dollars.", FIG),
        ("Vyntaro raised its profit forecast for the year.", DIR),
        ("The product safety agency's head, Cosimo Vantrell, said Vyntaro would stop buying the batteries.", ACT),
        ("The battery supplier has agreed to pay for the recall.", CLAIM),
        ("The recall shows that smartphone makers rush phones to market without proper testing.", GEN),
        ("The recall will cost Vyntaro roughly 29 dollars per phone.", FIG, (), AN),
        ("The Zephra 7 went on sale in June.", FIG),
        ("Skyvelle has banned Zephra 7 phones from its flights.", MERGE, ("kab01",)),
    ],
    "kao01": [
        ("Three retired postmen from Avignon won the European pétanque triples title in Ghent on Sunday.", S),
        ("The Avignon team beat a Belgian team 13-9 in the final.", S),
        ("In pétanque, players throw hollow steel balls as near as they can to a small wooden ball, the jack.", S),
        ("Pétanque players throw with both feet inside a circle.", S),
        ("The first team to reach 13 points wins a game.", S),
        ("A team scores a point for each of its balls that is closer to the jack than the opponents' best.", S),
        ("Each player in a triples game throws two balls.", S),
        ("Fulbert Escarguel, 68, the winning team's pointer, said the three had played together every afternoon for "
         "three decades.", S),
        ("About 480 players from 19 countries competed over four days.", S),
        ("A team from Denmark won the women's triples title.", S),
        ("The jack has to land between 6 and 10 metres from the circle.", S),
        ("Games were played on gravel courts set out in a car park.", S),
        ("Portugal will host next year's championship.", S),
        ("The Avignon team won the final by four points.", S, (), AN),
        ("A triples team has six balls between its three players.", S, (), AN),
        ("The Avignon team beat a Belgian team 13-11 in the final.", FIG),
        ("The Belgian team beat the Avignon postmen in the final.", ACT),
        ("In pétanque, players throw solid wooden balls at a steel jack.", DIR),
        ("Pétanque players must throw with one foot outside the circle.", DIR),
        ("The first team to 21 points wins.", FIG),
        ("In triples, each player throws three balls.", FIG),
        ("Fulbert Escarguel, 86, said the team had played together for 30 years.", FIG),
        ("About 480 players from 91 countries took part.", FIG),
        ("A Belgian team won the women's triples title.", ACT),
        ("The jack must land at least 10 metres from the circle.", DIR),
        ("The championship's games were played on grass.", DIR),
        ("The postmen won because the Belgian team's pointer was injured.", CAUSE),
        ("The Avignon team has won the title three times before.", CLAIM),
        ("The win shows that pétanque is becoming a sport for young people.", GEN),
        ("The Avignon team won the final by two points.", FIG, (), AN),
        ("The Avignon postmen celebrated their pétanque title with the Wrenholt bell ringers in Shrewsbury.", MERGE,
         ("kao02",)),
    ],
    "kao02": [
        ("The Wrenholt parish church bell ringers won the national striking competition in Shrewsbury on "
         "Saturday.", S),
        ("It was the band's first title in 140 years.", S),
        ("In a striking competition, bands ring on bells that are unfamiliar to them.", S),
        ("Bands are judged only on how evenly the bells sound, not on how difficult their ringing is.", S),
        ("Twelve bands each rang for about 20 minutes on the church's 10 bells.", S),
        ("Two judges in a nearby room counted the faults.", S),
        ("Wrenholt made 183 faults.", S),
        ("A band from Cornwall came second.", S),
        ("The Wrenholt band practised on a simulator that plays bell sounds through headphones, tower captain Aldith "
         "Pollexfen said.", S),
        ("The order of ringing was drawn by lot on the morning of the competition.", S),
        ("The heaviest of the church's bells weighs about 1.2 tonnes.", S),
        ("Last year's winners finished fifth.", S),
        ("People near the church were told about the ringing beforehand.", S),
        ("The Cornish runners-up made 224 faults.", S, (), AN),
        ("The twelve bands rang for about four hours in all.", S, (), AN),
        ("Wrenholt won the national striking competition for the third time.", FIG),
        ("Bands are judged on the difficulty of what they ring.", DIR),
        ("Each band rang on its own bells.", DIR),
        ("Each band rang for about 40 minutes.", FIG),
        ("Wrenholt made 138 faults.", FIG),
        ("Wrenholt made 41 more faults than the runners-up.", DIR),
        ("Aldith Pollexfen, one of the judges, said the band had practised on a simulator.", ACT),
        ("The order of ringing was decided by last year's results.", DIR),
        ("Last year's winners came second.", FIG),
        ("The heaviest bell at the church weighs about 2.1 tonnes.", FIG),
        ("Residents complained about the noise of the ringing.", CLAIM),
        ("Wrenholt won because the other bands were unfamiliar with the bells.", CAUSE),
        ("The win shows that bell ringing is enjoying a revival among young people.", GEN),
        ("The Cornish runners-up made 142 faults.", FIG, (), AN),
        ("The Wrenholt ringers rang the bells to celebrate Linnet Haversage's croquet title.", MERGE, ("kao03",)),
    ],
    "kao03": [
        ("Linnet Haversage, a 24-year-old accountant, won the open singles at the national croquet championship on "
         "Sunday.", S),
        ("Haversage beat the seven-time champion by two games to one in the final in Cheltenham.", S),
        ("In association croquet, players use mallets to hit balls through six hoops twice in a set order.", S),
        ("The balls are then hit against a central peg.", S),
        ("Hitting another ball earns a player extra shots, which allows long turns.", S),
        ("Haversage began playing croquet at university six years ago.", S),
        ("The croquet final went on for almost five hours.", S),
        ("Sixty-four players entered the singles, which men and women can both play.", S),
        ("Before each day's play the lawns are cut to about 4 millimetres.", S),
        ("The doubles was won by a player from New Zealand and a partner from Wales.", S),
        ("The championship has been held every year since 1867 apart from during the two world wars.", S),
        ("Spectators did not have to pay, and about 600 watched on the final day.", S),
        ("Haversage took up croquet at about 18.", S, (), AN),
        ("A croquet player must get through 12 hoops before hitting the peg.", S, (), AN),
        ("Linnet Haversage, a 42-year-old accountant, won the open singles.", FIG),
        ("The seven-time champion beat Linnet Haversage in the final.", ACT),
        ("Haversage won the croquet final by three games to nil.", FIG),
        ("Croquet players hit balls through eight hoops twice.", FIG),
        ("A croquet player who hits another ball loses a turn.", DIR),
        ("Haversage took up croquet as a child.", FIG),
        ("The croquet final lasted less than an hour.", FIG),
        ("The singles is open only to men.", DIR),
        ("The doubles was won by two players from New Zealand.", ACT),
        ("The croquet championship has been held every year since 1867 without a break.", DIR),
        ("Spectators paid 10 pounds each to watch the croquet.", DIR),
        ("Haversage won because the champion was injured.", CAUSE),
        ("Haversage will turn professional next year.", CLAIM),
        ("The result shows that croquet is no longer a game for the old.", GEN),
        ("Haversage took up croquet at about 16.", FIG, (), AN),
        ("The croquet championship and the sand sculpture festival were both held in Cheltenham.", MERGE, ("kao04",)),
    ],
    "kao04": [
        ("A sleeping dragon by the Latvian artist Ilgvars Dzenitis took first prize at the international sand "
         "sculpture festival in Ostend.", S),
        ("Ilgvars Dzenitis's dragon won on Friday.", S),
        ("Each of the festival's 22 sculptors had five days to make a piece.", S),
        ("Each sculptor was given 100 tonnes of sand.", S),
        ("The pieces could be up to 4 metres tall.", S),
        ("Sand mixed with water is packed into wooden forms, which are taken off from the top down as the sculptor "
         "carves.", S),
        ("Only sand and water may be used in the sculptures.", S),
        ("After judging, the sculptures are sprayed with a weak glue to protect them from the wind and rain.", S),
        ("Two students from Porto won the visitors' prize with a lighthouse.", S),
        ("The theme this year was sea myths.", S),
        ("The sculptures will be on show until the end of September.", S),
        ("About 90,000 visitors are expected at the sand sculpture festival.", S),
        ("A ticket to the festival costs 9 euros.", S),
        ("Two pieces were damaged by a storm on the third day and had to be partly rebuilt.", S),
        ("The festival's sculptors had 2,200 tonnes of sand between them.", S, (), AN),
        ("A sculpture of a sleeping dragon by a Lithuanian artist won first prize.", FIG),
        ("The festival's 22 sculptors each had two days to make a piece.", FIG),
        ("Each sculptor had 10 tonnes of sand.", FIG),
        ("Sculptors may mix glue into the sand.", DIR),
        ("The wooden forms are removed from the bottom up.", DIR),
        ("The pieces are sprayed with glue before judging.", DIR),
        ("The judges gave the visitors' prize to the lighthouse.", ACT),
        ("Ilgvars Dzenitis won the visitors' prize with a lighthouse.", ACT),
        ("This year's theme was dragons.", FIG),
        ("The sand sculptures will be removed at the end of August.", FIG),
        ("Tickets to the sand sculpture festival cost 19 euros.", FIG),
        ("A storm destroyed the winning dragon.", CLAIM),
        ("Two pieces collapsed because the sculptors used too little water.", CAUSE),
        ("The festival shows that sand art has become a serious art form.", GEN),
        ("The festival's sculptors had 220 tonnes of sand between them.", FIG, (), AN),
        ("The Ostend festival also showed a quilt made of 4,600 hexagons.", MERGE, ("kao05",)),
    ],
    "kao05": [
        ("A quilt of 4,600 fabric hexagons cut from old shirts was named best in show at the national quilt show.",
         S),
        ("The best-in-show award went to Morwenna Trevissick, a retired teacher, in Birmingham on Sunday.", S),
        ("Trevissick spent three years making the quilt.", S),
        ("The winning quilt was sewn entirely by hand.", S),
        ("Quilts are judged on their design, the accuracy of their stitching and how well the top, padding and "
         "backing are joined.", S),
        ("About 700 quilts were entered in 14 categories.", S),
        ("The quilt show drew 22,000 visitors over four days.", S),
        ("A quilt made by 30 members of a village group to mark their hall's centenary won the group prize.", S),
        ("The best-in-show winner receives 2,000 pounds.", S),
        ("Entries must have been finished within the last two years.", S),
        ("Quilts shown at an earlier national show may not be entered.", S),
        ("Trevissick took up quilting when she retired at 60, she said.", S),
        ("Visitors are asked not to touch the quilts, which hang on frames.", S),
        ("The quilt show averaged 5,500 visitors a day.", S, (), AN),
        ("On average about 50 quilts were entered in each category.", S, (), AN),
        ("A quilt of 6,400 hexagons won best in show.", FIG),
        ("The winning quilt was sewn on a machine.", DIR),
        ("Trevissick took five years to make the quilt.", FIG),
        ("About 700 quilts were entered in 41 categories.", FIG),
        ("The quilt show drew 22,000 visitors in a single day.", FIG),
        ("The group prize went to a quilt made by 13 members of a village group.", FIG),
        ("The prize for best in show is 20,000 pounds.", FIG),
        ("Quilts shown at an earlier national show are welcome.", DIR),
        ("Visitors may handle the quilts.", DIR),
        ("Morwenna Trevissick, one of the judges, said she took up quilting at 60.", ACT),
        ("Trevissick made the quilt from her late husband's shirts.", CLAIM),
        ("Trevissick took up quilting because she had taught sewing at school.", CAUSE),
        ("The show proves that handcraft is more popular than ever.", GEN),
        ("The quilt show averaged 7,500 visitors a day.", FIG, (), AN),
        ("The Harbourlights sang at the quilt show in Birmingham.", MERGE, ("kao06",)),
    ],
    "kao06": [
        ("The Harbourlights, four brothers from Limerick, won the European barbershop quartet contest in Groningen "
         "on Saturday.", S),
        ("Barbershop is sung in four parts without instruments.", S),
        ("In barbershop the lead sings the melody, and the tenor harmonises above it.", S),
        ("The baritone and the bass sing below the melody.", S),
        ("Each quartet sang two songs in the semi-final and two more in the final.", S),
        ("Fifteen judges scored the quartets on music, performance and singing.", S),
        ("The Harbourlights' average score was 86.4%.", S),
        ("The Harbourlights finished ahead of a quartet from Sweden, which scored 84.9%.", S),
        ("Twenty-eight quartets took part in the contest.", S),
        ("The brothers are aged between 24 and 33.", S),
        ("The brothers started singing together in their parents' kitchen, their bass, Fiachra Fennessy, said.", S),
        ("A 70-strong chorus from Gothenburg won Sunday's chorus contest.", S),
        ("Past winners of the quartet contest may not enter it again.", S),
        ("The contest moves to a different country every year.", S),
        ("The Harbourlights beat the Swedish quartet by 1.5 percentage points.", S, (), AN),
        ("A quartet that reached the final sang four songs in all.", S, (), AN),
        ("A quartet from Sweden won the contest, ahead of the Harbourlights.", ACT),
        ("Barbershop is sung with a piano.", DIR),
        ("In barbershop the tenor sings the melody.", ACT),
        ("Each quartet sang three songs in the final.", FIG),
        ("The quartets were scored by five judges.", FIG),
        ("The Harbourlights scored an average of 84.6%.", FIG),
        ("Eighty-two quartets competed.", FIG),
        ("Fiachra Fennessy, the tenor, said the brothers began singing in their parents' kitchen.", ACT),
        ("The chorus contest was won by a 70-member chorus from Limerick.", ACT),
        ("The Harbourlights will defend their title next year.", DIR),
        ("The barbershop contest is held in Groningen every year.", DIR),
        ("The brothers won because they had sung together since childhood.", CAUSE),
        ("The Harbourlights have signed a recording contract.", CLAIM),
        ("The win shows that close harmony singing is back in fashion.", GEN),
        ("The Harbourlights beat the Swedish quartet by 2.5 percentage points.", FIG, (), AN),
        ("The Harbourlights sang before the cheese race at Crowsnade Edge.", MERGE, ("kao07",)),
    ],
    "kao07": [
        ("Wynfrith Tulliver, a 31-year-old roofer, won the first men's race at the Crowsnade Edge cheese rolling on "
         "Monday.", S),
        ("Tulliver reached the bottom of the hill ahead of 14 other runners.", S),
        ("A round cheese weighing about 3 kilograms is rolled down the hill, and the runners chase it.", S),
        ("The hill at Crowsnade Edge is about 180 metres long.", S),
        ("In places the hill is steeper than one in two.", S),
        ("The first runner across the finish line wins the cheese.", S),
        ("The cheese is almost never caught.", S),
        ("Tulliver, who also won last year, said he had hurt his shoulder when he fell halfway down.", S),
        ("Two of the four races were for men.", S),
        ("Children ran an uphill race.", S),
        ("Members of a rugby club wait at the bottom of the hill to stop the runners.", S),
        ("Six people were treated by ambulance staff, and two went to hospital.", S),
        ("About 4,000 people watched the cheese races.", S),
        ("No one officially organises the event, which the landowner allows each year.", S),
        ("Fifteen runners took part in the first men's race.", S, (), AN),
        ("Four of the six people treated by ambulance staff did not go to hospital.", S, (), AN),
        ("Wynfrith Tulliver, a 31-year-old plumber, won the first men's race.", FIG),
        ("Tulliver finished ahead of 41 other runners.", FIG),
        ("The cheese weighs about 8 kilograms.", FIG),
        ("The hill at Crowsnade Edge is about 80 metres long.", FIG),
        ("Tulliver caught the cheese before the finish line.", DIR),
        ("Tulliver won the race for the first time.", DIR),
        ("Tulliver came through the race unhurt.", DIR),
        ("Three of the races were for men.", FIG),
        ("Children raced down the hill.", DIR),
        ("Ambulance staff treated 16 people.", FIG),
        ("The cheese rolling is run by the local council.", CLAIM),
        ("Tulliver fell because the grass was wet.", CAUSE),
        ("Members of a rugby club sent the cheese rolling from the top of the hill.", ACT),
        ("The race shows that people will risk injury for a moment of fame.", GEN),
        ("Sixteen runners took part in the first men's race.", FIG, (), AN),
        ("Wynfrith Tulliver flew home from Crowsnade Edge on a Skyvelle flight.", MERGE, ("kab01",)),
    ],
}

CONTENT_FREE: list[tuple[str, str]] = [
    ("kab02", "Newsletter: the week in utilities."),
    ("kab04", "More on pharmaceutical deals."),
    ("kab05", "Interest rates: the essentials."),
    ("kab07", "Share this story."),
    ("kab08", "Watch: Flickvane's results in 60 seconds."),
    ("kab10", "Image: a smartphone on a charging pad."),
    ("kao02", "Bell ringing."),
    ("kao04", "Gallery: the sculptures on the beach."),
    ("kao05", "Advertisement."),
    ("kao07", "Report an error in this article."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading each against its articles. llama.cpp's server from
# ../shared/wheels, two servers on 127.0.0.1 (ports 8797 and 8798, one thread each, --n_ctx 8192), json_object,
# prompt version llm-3, date 2026-12-14, --timeout 450, the writer's default streamed requests, machine at load 21-22.
# eval25-smollm2_raw.jsonl holds two editions in this order, started together (call numbers restart in each; times
# UTC): 1 kab01-kab05 + kao01-kao03 (14 calls, 23:38-00:09) and 2 kab06-kab10 + kao04-kao07 (16 calls,
# 23:38-00:09). At the collection's cut-off (00:09) the collectors' own processes were sent SIGTERM, then the two
# servers were stopped; each edition had one streamed call in flight, not recorded. 30 calls were recorded (19 story,
# 7 repair, 4 signals), all answered; the servers logged 32 POSTs, all 200. Only kab02-kab05 and kab07-kab10 were
# shown to the model in a recorded call (kab01, kab06 and the seven kao articles never were). A sentence is listed
# once, at its first answer in the order of the editions; repeats, near-repeats and the sentences left out are named
# in the comments.
SMOLLM2: list[tuple] = [
    # edition 1, call 1 (story, kab04): and the placeholder
    ("kab04", "Pharvexa agrees to buy Celdrix for 3.4 billion dollars in cash.", S),
    ("kab04", "...", CF),
    # edition 1, call 2 (repair, kab04)
    ("kab04", "Celdrix shares jumped 54% and Pharvexa shares fell 3%.", S),
    # edition 1, call 3 (story, kab05): the placeholder again
    ("kab05", "The Corvanthe National Bank lowered its benchmark interest rate to 3.25% from 3.5% on Thursday, its "
              "second cut this year.", S),
    ("kab05", "The bank said it expected inflation to reach the target of 2.4% in October and that the economy grew "
              "only 0.1% last quarter.", FIG),
    # edition 1, call 4 (repair, kab05)
    ("kab05", "The bank said it expected inflation to reach its target by the end of next year.", S),
    # edition 1, call 5 (story, kab02)
    ("kab02", "Sellachy Water was fined 22 million pounds by the Rivers and Water Authority on Tuesday for letting "
              "untreated sewage flow into rivers more often than its permits allow.", S),
    ("kab02", "The authorities said that the company's treatment works spilled sewage on 4,300 occasions last "
              "year.", S),
    ("kab02", "More than twice as many times as in 2019.", FIG),
    ("kab02", "The company said it would not contest the fine, as it could not pass it to customers.", CAUSE),
    ("kab02", "The authorities plan to spend 1.1 billion pounds on their sewers and treatment works over five years.",
     ACT),
    ("kab02", "The payback will be in April of next year for a total of 20% of the funds paid by the company, which is "
              "expected to last until 2023.", CLAIM),
    # edition 1, call 6 (story, kab02): only repeats of call 5
    # edition 1, call 7 (signals, kab02, kab04, kab05): "Pharvexa agrees to buy Celdrix for 3.4 billion dollars" left
    # out (a near-repeat of call 1)
    ("kab05", "The bank said it expected the company's treatment will continue until 2019.", CLAIM),
    ("kab02", "Sellachy Water was fined 22 million pounds last year by Rivers and Water Authority on Tuesday for "
              "letting untreated sewage flow into rivers more often than its permits allow.", FIG),
    ("kab05", "The bank also said it would not be able to meet the target of reducing waste in the river.", MERGE,
     ("kab02",)),
    ("kab04", "Corvela is set to launch a new AI-powered drug that will help people with cancer, and it's going to "
              "make money.", CLAIM),
    # edition 1, call 8 (story, kab03)
    ("kab03", "Paylorne outage leaves shops unable to take cards for four hours.", S),
    ("kab03", "Card payments failed on Saturday at thousands of shops that use Paylorne, a payment processor.", S),
    ("kab03", "Paylorne said about 38,000 businesses were affected and roughly 1.2 million payments declined.", S),
    ("kab03", "Shops will be refunded the fees on payments made that day, Paylorne said, but it will not compensate "
              "them for lost sales.", S),
    # edition 1, call 9 (story, kab02): repeats and "Cases of Sellerach Water's treatment works that spilled sewage
    # onto 4,300 occasions last year." (left out: a fragment, ambiguous against the article)
    ("kab02", "The authority said the company's treatment works spilled sewage on 2.8 million customers last year, "
              "more than twice as often as in 2021.", FIG),
    ("kab02", "The authority said the company was sorry and would not contest the fine.", ACT),
    ("kab02", "The fine could not be passed on to bills.", S),
    ("kab02", "The company plans to spend 1.1 billion pounds on its sewers and treatment works over five years, paid "
              "for partly by raising bills from April.", S),
    # edition 1, call 10 (story, kab02): only repeats
    # edition 1, call 11 (story, kab05): repeats, the placeholder and
    ("kab05", "The bank said it expected inflation to reach a target of 2.4%, while the economy grew only 0.1% in the "
              "third quarter.", FIG),
    ("kab05", "Governor Teodric Brannaghan said inflation had fallen to 2.4% in October, close to the bank's 2% "
              "target, and that the economy had grown only 0.1% in the third quarter.", S),
    # edition 1, call 12 (signals, kab02, kab03, kab05): repeats, the placeholder and
    ("kab02", "Saved 20% off in 14 days and saved 375 million pounds.", CLAIM),
    # edition 1, call 13 (story, kab02): a repeat, "The authority said the company's treatment works spilled sewage on
    # 4,300 occasions last year." and "The company has plans to spend 1.1 billion pounds ..." (near-repeats of calls 5
    # and 9) left out
    ("kab02", "The company's treatment works spilled sewage on 4,300 occasions last year.", S),
    # edition 1, call 14 (story, kab04): only repeats
    # edition 2, call 1 (story, kab08): the title with "has raised" for a rise due in January (left out: ambiguous
    # against the article) and the placeholder
    # edition 2, call 2 (repair, kab08)
    ("kab08", "Flickvane said it would spend about 18 billion dollars next year on films and series, up from 17 "
              "billion.", S),
    # edition 2, call 3 (story, kab07): and the placeholder
    ("kab07", "Harnvik Steel will shut one of its Ostervall plant's two blast furnaces next year and cut 1,400 jobs at "
              "Ostervall.", S),
    ("kab07", "It will instead build an electric arc furnace, which melts scrap steel, at a cost of about 900 million "
              "euros, with the government paying a third.", S),
    ("kab07", "The other blast furnace will keep running until then.", S),
    # edition 2, call 4 (repair, kab07)
    ("kab07", "The new furnace is due to start in 2029 and will cut the plant's carbon emissions by about 70%.", S),
    # edition 2, call 5 (story, kab09): "Dunmari has agreed to the pay raise." and "Tobiah Strenwick has confirmed
    # that the strike will be ended on Monday." left out (ambiguous against the article); "The pay raise is expected
    # to be paid in 3 months." and "... a pay rise is expected to be paid next month." left out (near-repeats)
    ("kab09", "Dock workers at the port of Kessowick ended a 12-day strike on Monday after accepting a pay offer from "
              "Dunmaris Ports.", S),
    ("kab09", "The union had asked for 10% this year, and a one-off payment of 7.5%.", FIG),
    ("kab09", "The pay rise is expected to be paid in 3 months.", CLAIM),
    ("kab09", "The union had asked for a one-off payment of 7.5% this year, and a pay rise is expected in 3 months.",
     FIG),
    # edition 2, call 6 (story, kab09): repeats and "... and a pay raise is expected to be paid next month." (a
    # near-repeat)
    # edition 2, call 7 (repair, kab09)
    ("kab09", "The 2023-24 season has been marked by a series of economic reforms, including an increase in the "
              "minimum wage and a new tax on luxury goods.", CLAIM),
    ("kab09", "The latest financial report shows that the government will be introducing a new tax on luxury items "
              "next year.", CLAIM),
    # edition 2, call 8 (signals, kab07, kab08, kab09): and a repeat
    ("kab08", "Flickvane raises prices as subscriber growth beats forecasts", S),
    ("kab07", "Flicvans will shut down one of its Ostervall plant in 2023, cutting carbon emissions by about 7%.", ACT),
    ("kab07", "Harnvik Steel to shut blast furnace and cut 1,400 jobs at Ostervall.", S),
    ("kab07", "Henshaw's new rail line will cut the plant's carbon emissions by about 7%, while Flicvans will be left "
              "with a £25million pay-out.", CLAIM),
    # edition 2, call 9 (story, kab10)
    ("kab10", "Vyntaro recalls 410,000 Zephra 7 phones over overheating batteries", S),
    # edition 2, call 10 (repair, kab10)
    ("kab10", "Vyntaro, a smartphone maker, is recalling about 400,000 of its Zephra 7 phones because their batteries "
              "can overheat, the company and the product safety agency said on Friday.", FIG),
    # edition 2, call 11 (story, kab07): and the placeholder
    ("kab07", "Harnvik Steel will shut one of its Ostervall plant's two blast furnaces next year and cut 1,400 of the "
              "plant's 4,900 jobs.", S),
    # edition 2, call 12 (story, kab09): repeats, the placeholder and
    ("kab09", "Dunmaris, which is owned by a shipping group, said the strike had cost it about 40 million euros.", S),
    # edition 2, call 13 (story, kab08): "It uses a lot of advertising now." (left out: ambiguous against the article)
    # and "The company says it will spend about 18 billion dollars ..." (a near-repeat of call 2) left out
    ("kab08", "The company has been using a new way to make money.", CLAIM),
    ("kab08", "It is called Streaming Ledger.", CLAIM),
    # edition 2, call 14 (repair, kab08)
    ("kab08", "Chief financial officer Sidonie Quernby said a cheaper plan with advertising now accounted for nearly "
              "half of new sign-ups.", S),
    # edition 2, call 15 (signals, kab07, kab08, kab09, kab10): "Vyntaro recalls 410,000 Zephra 7 phones over
    # overheating batteries." (a near-repeat of call 9: a full stop) left out
    ("kab08", "The company has been using a pay-per-use policy for the past year and is now considering a new one to "
              "reduce costs.", CLAIM),
    ("kab08", "The company will be introducing a pay-by-the-month policy next year, which will allow customers to "
              "choose how often they can use the pay-per-use service.", CLAIM),
    ("kab08", "The pay-by-the-month policy is expected to begin in 2018 and will continue until 2023.", CLAIM),
    # edition 2, call 16 (story, kab07): "Harnvik Steel to shut blast furnace and cut 1,400 jobs at Ostervall" (a
    # near-repeat of call 8: a full stop) and "The other blast furnace will keep running until now." (ambiguous
    # against the article) left out
    ("kab07", "The new furnace will melt 70% of the plant's carbon emissions.", CLAIM),
    ("kab07", "Blast furnace is a high-end steelmaker that will melt scrap metal in the plant.", ACT),
    ("kab07", "The new furnace will keep running until then.", ACT),
    ("kab07", "The other blast furnace has been producing 900 tons of steel for three years and will continue to do so "
              "at a cost of about 70 million euros.", FIG),
]

BODIES = [
    ("kab01", "https://www.airlinebeat.example/skyvelle-third-quarter-passengers-fuel", "Airline Beat",
     "Skyvelle carries more passengers but profit slips on fuel",
     "Skyvelle, a low-cost airline, carried 14.2 million passengers in the three months to September, 8% more than a "
     "year earlier, the company said on Wednesday. Its operating profit fell 6% to 312 million euros because fuel cost "
     "more and average fares dropped 3%. Chief executive Maxence Doriath said the airline had cut fares to fill seats "
     "on 40 new routes opened in the spring. Skyvelle's planes were 93% full on average, down from 95%. The airline "
     "expects to receive 12 new aircraft by March, three fewer than planned, because its manufacturer is behind "
     "schedule. It will close its base in Tarrenbourg in January and move the eight aircraft there to other airports. "
     "About 260 pilots and cabin crew at the base will be offered transfers. Skyvelle kept its forecast of 41 million "
     "passengers for the year. It will also buy back up to 200 million euros of its own shares. Its shares fell 2% in "
     "Paris."),
    ("kab02", "https://www.utilitiesdesk.example/sellachy-water-sewage-fine", "Utilities Desk",
     "Sellachy Water fined 22 million pounds over sewage spills",
     "Sellachy Water was fined 22 million pounds by the Rivers and Water Authority on Tuesday for letting untreated "
     "sewage flow into rivers more often than its permits allow. The authority said the company's treatment works "
     "spilled sewage on 4,300 occasions last year, more than twice as often as in 2021. Inspectors found broken pumps "
     "or blocked screens at 17 of its works. Sellachy, which supplies about 2.8 million customers, said it was sorry "
     "and would not contest the fine. The company plans to spend 1.1 billion pounds on its sewers and treatment works "
     "over five years, paid for partly by raising bills by 9% from April. The authority's chief executive, Idonea "
     "Scarrow, said customers should not pay twice for the company's failures and that the fine could not be passed "
     "on to bills. Sellachy's owners, a group of infrastructure funds, have not taken a dividend for two years. A "
     "decision on whether to prosecute two former directors is expected in the summer."),
    ("kab03", "https://www.paymentsobserver.example/paylorne-card-outage-saturday", "Payments Observer",
     "Paylorne outage leaves shops unable to take cards for four hours",
     "Card payments failed for about four hours on Saturday at thousands of shops that use Paylorne, a payments "
     "processor, the company said. The outage began at 11:20 in the morning, when a software update sent to its data "
     "centres contained an error, and service was fully restored at 3:25 in the afternoon. Paylorne said about 38,000 "
     "businesses were affected and roughly 1.2 million payments were declined. No customer data was lost or exposed, "
     "it said. Chief technology officer Eulalie Menhennick said the update should have been tested on a small number of"
     " servers first and that the company had changed its procedures. The central bank has asked Paylorne for a full "
     "report within 14 days. Shops will be refunded the fees on payments made that day, Paylorne said, but it will not"
     " compensate them for lost sales. A retailers' group said some of its members had lost most of a Saturday's "
     "takings. Paylorne handles about one in five card payments in the country."),
    ("kab04", "https://www.pharmadealwatch.example/pharvexa-to-buy-celdrix", "Pharma Deal Watch",
     "Pharvexa agrees to buy liver drug developer Celdrix for 3.4 billion dollars",
     "Pharvexa, a drugmaker, agreed on Monday to buy Celdrix, a biotech company developing treatments for rare liver "
     "diseases, for 3.4 billion dollars in cash. Pharvexa will pay 41 dollars a share, 58% more than Celdrix's closing "
     "price on Friday. Celdrix has no drugs on sale, but its lead treatment passed a late-stage trial in June and is "
     "waiting for approval by regulators, which is expected next year. Pharvexa chief executive Leontyne Abercaird "
     "said the deal would add to earnings from 2028. Pharvexa will pay with cash it holds and 2 billion dollars of new "
     "debt. The boards of both companies have approved the deal, which still needs the approval of Celdrix "
     "shareholders and competition regulators. Celdrix's founder, who owns 12% of the shares, has agreed to sell. "
     "Celdrix shares jumped 54% and Pharvexa shares fell 3%. Pharvexa lost the patent on its best-selling heart drug "
     "last year, and its sales fell 7%."),
    ("kab05", "https://www.ratesmonitor.example/corvanthe-national-bank-cuts-rate", "Rates Monitor",
     "Corvanthe National Bank cuts rate to 3.25% as inflation eases",
     "The Corvanthe National Bank lowered its benchmark interest rate to 3.25% from 3.5% on Thursday, its second cut "
     "this year. Seven of the nine members of its rate committee backed the move, while two voted to hold the rate "
     "where it was. Governor Teodric Brannaghan said inflation had fallen to 2.4% in October, close to the "
     "bank's 2% target, and that the economy had grown only 0.1% in the third quarter. The bank said it expected "
     "inflation to reach its target by the end of next year. It did not say whether it would cut again in January. "
     "The bank also trimmed its growth forecast for next year to 0.9% from 1.3%. Mortgage lenders are expected to "
     "lower their rates in the coming weeks. The currency fell 0.6% against the euro after the decision. Economists "
     "polled before the meeting had been split on whether the bank would cut."),
    ("kab06", "https://www.cityhallbulletin.example/wetherwyck-rent-cap-vote", "City Hall Bulletin",
     "Wetherwyck caps rent rises for sitting tenants at 3%",
     "The city council of Wetherwyck voted on Wednesday to cap rent increases for existing tenants at 3% a year for "
     "five years, starting in July. The cap was approved by 33 votes to 22 and covers about 85,000 privately rented "
     "homes; buildings finished after 2020 are exempt. Rents in the city rose 11% in the past year, the council said, "
     "the fastest rise of any large city in the country. Housing councillor Yseult Wainscombe said tenants had been "
     "forced out of neighbourhoods where they had lived for decades. A landlords' association said the cap would lead "
     "owners to sell homes instead of renting them out and that it would challenge the rule in court. Landlords who "
     "break the cap can be fined up to 10,000 pounds. The council will also hire 15 inspectors to check that the rule "
     "is followed. Rents charged to new tenants will not be capped. A similar cap in a neighbouring city was scrapped "
     "in 2023."),
    ("kab07", "https://www.heavyindustrynews.example/harnvik-ostervall-blast-furnace", "Heavy Industry News",
     "Harnvik Steel to shut blast furnace and cut 1,400 jobs at Ostervall",
     "Harnvik Steel will shut one of its Ostervall plant's two blast furnaces next year and cut 1,400 of the "
     "plant's 4,900 jobs, the company said on Tuesday. The steelmaker blamed cheap imports and high energy prices, "
     "which it said had caused losses at the plant for three years in a row. It will instead build an electric arc "
     "furnace, which melts scrap steel, at a cost of about 900 million euros, with the government paying a third. The "
     "new furnace is due to start in 2029 and will cut the plant's carbon emissions by about 70%, Harnvik said. The "
     "other blast furnace will keep running until then. Works council head Gunnhild Rasmusberg said the union would "
     "fight the job cuts and had called a meeting for Friday. Harnvik said it hoped most of the cuts would come "
     "through early retirement. The plant made 3.1 million tonnes of steel last year. Harnvik shares rose 5%."),
    ("kab08", "https://www.streamingledger.example/flickvane-price-rise-subscribers", "Streaming Ledger",
     "Flickvane raises prices as subscriber growth beats forecasts",
     "Flickvane, a video streaming service, will charge 15.99 dollars a month for its standard plan from January, 2 "
     "dollars more than now, the company said on Thursday as it reported a jump in subscribers. It added 6.3 million "
     "subscribers in the third quarter, more than analysts had expected, taking the total to 187 million. Revenue rose"
     " 14% to 9.8 billion dollars, and net profit rose 21% to 1.6 billion dollars. Chief financial officer Sidonie "
     "Quernby said a cheaper plan with advertising now accounted for almost half of new sign-ups. The company will "
     "stop offering its basic plan without advertising to new subscribers, though existing ones can keep it. Flickvane"
     " said it would spend about 18 billion dollars next year on films and series, up from 17 billion. It expects to "
     "add fewer subscribers in the fourth quarter than a year earlier. Its shares rose 9% in after-hours trading."),
    ("kab09", "https://www.quaysideherald.example/kessowick-dock-strike-ends", "Quayside Herald",
     "Kessowick dock workers end 12-day strike after pay deal",
     "Dock workers at the port of Kessowick ended a 12-day strike on Monday after accepting a pay offer from the "
     "port's operator, Dunmaris Ports. About 2,300 workers will get a 7.5% pay rise this year and 4% next year, and a "
     "one-off payment of 1,500 euros. The union had asked for 10% this year. Union official Tobiah Strenwick said "
     "members had voted 81% in favour of the deal. The strike had left more than 60 container ships waiting offshore "
     "or sent to other ports, and some shops reported empty shelves. Dunmaris said it would take about two weeks to "
     "clear the backlog of containers. The company also agreed not to bring in automated cranes before 2029 without "
     "the union's agreement. The transport minister had offered to mediate last week. Dunmaris, which is owned by a "
     "shipping group, said the strike had cost it about 40 million euros. Exporters of fruit were among the worst "
     "hit."),
    ("kab10", "https://www.gadgetsafety.example/vyntaro-zephra-7-battery-recall", "Gadget Safety",
     "Vyntaro recalls 410,000 Zephra 7 phones over overheating batteries",
     "Vyntaro, a smartphone maker, is recalling about 410,000 of its Zephra 7 phones because their batteries can "
     "overheat, the company and the product safety agency said on Friday. The company said it had received 36 reports"
     " of phones swelling or catching fire while charging, and four people had suffered minor burns. No one was "
     "seriously hurt. The fault was traced to batteries made by one supplier between March and June, Vyntaro said. "
     "Owners can return the phone for a full refund or a replacement, and should not charge it overnight until then. "
     "Phones sold after July are not affected. Vyntaro stopped selling the Zephra 7 three weeks ago while it "
     "investigated. The recall will cost about 120 million dollars, the company said, and it will cut its profit "
     "forecast for the year. Its head of hardware, Cosimo Vantrell, said Vyntaro would stop buying batteries from the"
     " supplier. The Zephra 7 went on sale in February."),
    ("kao01", "https://www.boulesandcourts.example/european-petanque-triples-ghent", "Boules and Courts",
     "Avignon postmen win European pétanque triples title",
     "A team of three retired postmen from Avignon won the triples title at the European pétanque championship in "
     "Ghent on Sunday, beating a Belgian team 13-9 in the final. In pétanque, players throw hollow steel balls as "
     "close as possible to a small wooden ball called the jack, standing with both feet inside a circle. A team scores"
     " a point for each of its balls nearer the jack than the opponents' best, and the first team to 13 points wins. "
     "In triples, each player throws two balls. The winners' pointer, Fulbert Escarguel, 68, said the three had "
     "played together every afternoon for 30 years. About 480 players from 19 countries took part over four days. The"
     " women's triples title went to a team from Denmark. The jack must land between 6 and 10 metres from the circle."
     " Games were played on gravel courts laid out in a car park. Next year's championship will be held in "
     "Portugal."),
    ("kao02", "https://www.belfrynews.example/national-striking-competition-shrewsbury", "Belfry News",
     "Wrenholt ringers win national striking competition for the first time",
     "The bell ringers of Wrenholt parish church won the national striking competition in Shrewsbury on Saturday, "
     "the first title in the band's 140-year history. In a striking competition, teams ring on bells they do not know"
     " and are judged only on how evenly the bells sound, not on the difficulty of what they ring. Each of the 12 "
     "bands rang for about 20 minutes on the 10 bells of the town's church, while two judges listening from a nearby "
     "room counted the faults. Wrenholt made 183 faults, 41 fewer than the runners-up from Cornwall. Tower captain "
     "Aldith Pollexfen said the band had practised on a simulator that plays the sound of bells through headphones. "
     "The order in which bands rang was drawn by lot that morning. The heaviest bell at the church weighs about 1.2 "
     "tonnes. Last year's winners came fifth. People living near the church had been told about the ringing in "
     "advance."),
    ("kao03", "https://www.lawnandmallet.example/national-croquet-open-singles", "Lawn and Mallet",
     "Accountant, 24, beats seven-time champion to win croquet open",
     "A 24-year-old accountant, Linnet Haversage, won the open singles at the national croquet championship in "
     "Cheltenham on Sunday, beating the seven-time champion in the final by two games to one. In association croquet, "
     "players hit balls with mallets through six hoops twice, in a set order, and then against a central peg. A "
     "player earns extra shots by hitting another ball, which allows long turns. Haversage took up the game at "
     "university six years ago. The final lasted almost five hours. Sixty-four players entered the singles, which is "
     "open to men and women. The lawns are cut to about 4 millimetres before each day's play. A player from New "
     "Zealand won the doubles with a partner from Wales. The championship has been held every year since 1867, except"
     " during the two world wars. Entry was free for spectators, and about 600 came on the final day."),
    ("kao04", "https://www.coastandculture.example/sand-sculpture-festival-dragon", "Coast and Culture",
     "Sleeping dragon wins first prize at sand sculpture festival",
     "A sculpture of a sleeping dragon by a Latvian artist, Ilgvars Dzenitis, won first prize at the international "
     "sand sculpture festival in Ostend on Friday. The festival's 22 sculptors each had five days and 100 tonnes of "
     "sand to make a piece up to 4 metres tall. The sand is mixed with water and packed into wooden forms, which are "
     "removed from the top down as the sculptor carves. Only sand and water may be used; after judging, the pieces are"
     " sprayed with a weak glue to protect them from wind and rain. Visitors voted for a separate prize, which went to"
     " a lighthouse made by two students from Porto. This year's theme was sea myths. The sculptures stay on show "
     "until the end of September, and about 90,000 visitors are expected. Tickets cost 9 euros. A storm on the third "
     "day damaged two pieces, which had to be partly rebuilt."),
    ("kao05", "https://www.needleandthread.example/national-quilt-show-hexagons", "Needle and Thread",
     "Hand-sewn quilt of 4,600 hexagons wins best in show",
     "A quilt made of 4,600 hexagons of fabric cut from old shirts won best in show at the national quilt show in "
     "Birmingham on Sunday. The quilt, by a retired teacher, Morwenna Trevissick, took three years to make and was "
     "sewn entirely by hand. Judges mark quilts on their design, the accuracy of the stitching and how well the top, "
     "the padding and the backing are joined. About 700 quilts were entered in 14 categories, and 22,000 visitors came"
     " over four days. A quilt made by 30 members of a village group to mark their hall's centenary won the group "
     "prize. The prize for best in show is 2,000 pounds. Entries must have been finished in the last two years and "
     "not shown at an earlier national show. Trevissick said she took up quilting when she retired at 60. Quilts hang "
     "on frames, and visitors are asked not to touch them."),
    ("kao06", "https://www.harmonyreview.example/european-barbershop-quartet-contest", "Harmony Review",
     "Limerick brothers win European barbershop quartet contest",
     "A quartet of four brothers from Limerick, the Harbourlights, won the European barbershop quartet contest in "
     "Groningen on Saturday. Barbershop is sung without instruments in four parts: the lead sings the melody, the "
     "tenor harmonises above it, and the baritone and bass sing below. Each quartet sang two songs in the semi-final "
     "and two more in the final and was scored by 15 judges on music, performance and singing. The Harbourlights "
     "scored an average of 86.4%, ahead of a quartet from Sweden on 84.9%. Twenty-eight quartets competed. The "
     "brothers, aged between 24 and 33, began singing together in their parents' kitchen, said the bass, Fiachra "
     "Fennessy. A chorus contest on Sunday was won by a chorus of 70 singers from Gothenburg. Quartets that have won "
     "the contest may not enter it again. It is held in a different country each year."),
    ("kao07", "https://www.villagesportsround.example/crowsnade-edge-cheese-rolling", "Village Sports Round",
     "Roofer wins Crowsnade Edge cheese race for second year",
     "A 31-year-old roofer, Wynfrith Tulliver, won the first men's race at the Crowsnade Edge cheese rolling on "
     "Monday, reaching the bottom of the hill ahead of 14 other runners. A round cheese of about 3 kilograms is sent "
     "rolling down the hill, which is about 180 metres long and in places steeper than one in two, and the runners "
     "chase it; the first across the finish line wins the cheese, which is almost never caught. Tulliver, who also "
     "won last year, said he hurt his shoulder in a fall halfway down. Four races were held, two for men, one for "
     "women and an uphill race for children. Members of a rugby club stand at the bottom to stop the runners. "
     "Ambulance staff treated six people, two of whom went to hospital. About 4,000 spectators watched. The event has "
     "no official organiser, and the landowner allows it each year."),
]

ARTICLES = [(aid, url, source, title, body, SENTS.get(aid, [])) for aid, url, source, title, body in BODIES]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="ka", split="evaluation25",
                                      raw_name="eval25-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval25", arts, rows, problems, (("business, policy and tech articles", "kab"), ("others", "kao")))


if __name__ == "__main__":
    main()
