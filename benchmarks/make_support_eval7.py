"""Build the seventh EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval7-articles.jsonl and eval7-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval7.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Eleven articles are business and tech news of the kind Topline reads (b01-b11): a funding round reported by two
outlets with figures that differ (b01 Reuters $220 million / b02 The Information $250 million, the latter counting a
$30 million strategic investment made after the main round closed), an acquisition, a privacy regulator's fine and
order, a network-equipment maker's results with comparisons, layoffs at a games publisher, smart glasses launched
with a battery claim, a payment processor's outage, a trade-secrets lawsuit, a capex plan and a bank's share fall.
Eight are on topics no earlier part uses (n01-n08): a ferry strike, a measles vaccination campaign, a museum theft,
free school lunches, a wildfire, an election recount, a tram line's opening and beekeepers' winter losses. Wire and
feature styles, quotes, "according to", speakers named by role and by name, figures with units and currencies,
comparisons ("up from", "a year earlier", "compared with"), hedges and plans beside done acts ("probably", "plans
to", "is due to", "expects"), times and dates.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated in other units or rounded as outlets do
("nearly $3 billion", "some 68 square kilometres", "£1.1 billion"), "a year earlier" comparisons, two-sentence
summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine or compute from what the
cited articles say (both outlets' figures for one round, a difference, a ratio or a sum computed from one passage).
Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind, with shapes eval6 did not use beside its own: a
percentage given in points or points as a percentage, a total given as each item's figure or as the amount added,
a share of a target given as a share of the population, revenue given as profit, the order of two events reversed
("before the thieves left"), a compass direction turned, a conditional flipped ("will not comply until"), the seller
and the product swapped, the buyer and the seller swapped, the rank of two causes swapped, a comparison between
two outlets reversed, a speaker moved across organisations inside a noun phrase ("Pellworth's head of hardware"),
a party swapped inside a noun phrase ("Grace Okonjo of the Liberal Party"); plus wrong actors, directions (antonyms,
negations, a hedge or a request stated as done), wrong figures, units, currencies and dates, invented causes,
unsupported claims, merged events (citing two articles), content-free sentences and generic invented analysis
(error "generic_analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2
below, labelled by reading; their raw answers are in eval7-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py).
Every row belongs to the split "evaluation7"; ids "u0001"...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, fresh_part, write_part  # noqa: E402

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl", "eval5-sentences.jsonl",
           "eval6-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl")
EARLIER_IDS = "skmvwxyz"    # id prefixes of the earlier parts' sentences; article ids a, c, d, e, t, f, g, h, p, q
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "b01": [
        ("Quillon Labs has raised $220 million in a round led by Brackwater Partners, Reuters reports.", S),
        ("The new round values the Toronto company at roughly $2.9 billion, two people briefed on the deal said.", S),
        ("Quillon was worth $850 million after its previous raise in January.", S),
        ("Ferris Lane Capital, which had backed Quillon before, also put more money in.", S),
        ("Quillon plans to hire about 200 engineers and open a Dublin office with the cash, according to one of the "
         "people.", S),
        ("Quillon's AI agents, which close the monthly books of mid-sized firms, handle the accounts of about 4,300 "
         "customers.", S),
        ("Annual recurring revenue at Quillon topped $70 million in October, the people said.", S),
        ("Quillon would not comment.", S),
        ("The round lifts Quillon's valuation to more than three times what it was after its January raise.", S),
        ("Reuters reports that Quillon Labs is now valued at nearly $3 billion.", S),
        ("Quillon's valuation has risen by about $2.05 billion since January.", S, (), AN),
        ("Ferris Lane Capital led Quillon Labs' $220 million round.", ACT),
        ("The round values Quillon at roughly $2.9 million.", FIG),
        ("Quillon's valuation has fallen since its last raise in January.", DIR),
        ("Quillon will use the money to hire about 2,000 engineers.", FIG),
        ("Quillon will close its office in Dublin.", DIR),
        ("Quillon's annual recurring revenue passed $70 million in September.", FIG),
        ("Quillon raised the money after losing several large customers.", CAUSE),
        ("Quillon confirmed the terms of the round to Reuters.", DIR),
        ("Brackwater Partners has also invested in Ledgerine, a rival of Quillon.", CLAIM),
        ("Marrick Software agreed to buy Tallyfin after Quillon Labs' round showed how much investors want "
         "accounting AI.", MERGE, ("b03",)),
        ("The round shows that bookkeeping will be the first office job that AI fully automates.", GEN),
    ],
    "b02": [
        ("The Information reports that Quillon Labs has raised $250 million.", S),
        ("That figure includes $30 million from Ledgerine, an accounting software maker that joined after the main "
         "round had closed.", S),
        ("Brackwater Partners led the main round, according to The Information.", S),
        ("Priya Castellanos, Quillon's chief executive, confirmed Ledgerine's investment but would not give a "
         "valuation.", S),
        ("Quillon's customers had asked it to work inside the ledgers they already use, its co-founder said.", S),
        ("Under a separate deal, Ledgerine will sell Quillon's agents to its own clients from next spring.", S),
        ("Quillon has about 310 employees and expects to have 500 by the end of 2027, its chief executive said.", S),
        ("Castellanos said Quillon was not profitable and did not plan to be before 2028.", S),
        ("Reuters put Quillon's round at $220 million, and The Information put it at $250 million.", S, ("b01",), AN),
        ("The two outlets' figures for Quillon's round differ by $30 million.", S, ("b01",), AN),
        ("Both Reuters and The Information report that Brackwater Partners led Quillon's round.", S, ("b01",), AN),
        ("Ledgerine led Quillon's $250 million round.", ACT),
        ("Quillon will sell Ledgerine's software to its own clients from next spring.", ACT),
        ("Castellanos confirmed that the round values Quillon at $2.9 billion.", DIR),
        ("Ledgerine invested $50 million in Quillon.", FIG),
        ("Quillon is already profitable, Castellanos said.", DIR),
        ("Quillon expects to have 500 employees by the end of 2026.", FIG),
        ("Ledgerine joined the round because Brackwater Partners had pulled out.", CAUSE),
        ("The Information puts Quillon's round $30 million lower than Reuters does.", DIR, ("b01",), AN),
        ("Ledgerine plans to buy Quillon outright.", CLAIM),
        ("Quillon Labs will rent AI servers on Telvora's new campuses in Malaysia.", MERGE, ("b10",)),
        ("Ledgerine's stake shows that older accounting software makers can no longer compete on their own.", GEN),
    ],
    "b03": [
        ("Marrick Software has agreed to buy Tallyfin for $640 million in cash.", S),
        ("Tallyfin, a Lisbon data-labelling company, is being acquired by Marrick Software, which sells analytics "
         "tools to insurers.", S),
        ("About 2,100 annotators at Tallyfin check what AI models produce for banks and insurers.", S),
        ("Marrick expects the purchase to add about $95 million of revenue next year.", S),
        ("Joana Ribeiro, who founded Tallyfin, will run Marrick's data division and report to its chief operating "
         "officer, Colm Brady.", S),
        ("Marrick's chief executive said it was cheaper to buy Tallyfin than to build a labelling workforce of its "
         "own.", S),
        ("Ruth Adeyemi, Marrick's chief executive, said buying Tallyfin cost less than building its own labelling "
         "workforce.", S),
        ("The deal needs the approval of Portugal's competition regulator and is expected to close in March.", S),
        ("Marrick's shares gained 6% in New York after the deal was announced.", S),
        ("Marrick Software is buying Tallyfin for $640 million in cash. The Lisbon company's founder will become "
         "head of Marrick's data division.", S),
        ("Tallyfin has agreed to acquire Marrick Software for $640 million.", ACT),
        ("Colm Brady will report to Joana Ribeiro.", ACT),
        ("Marrick Software's founder, Joana Ribeiro, will head its data division.", ACT),
        ("Marrick's chief operating officer, Ruth Adeyemi, said buying Tallyfin was cheaper than building its own "
         "workforce.", ACT),
        ("Marrick's shares fell 6% after the announcement.", DIR),
        ("Portugal's competition regulator has approved the deal.", DIR),
        ("Tallyfin employs about 21,000 annotators.", FIG),
        ("The deal is expected to close in May.", FIG),
        ("Marrick said the purchase would add about $95 million of profit next year.", FIG),
        ("Marrick bought Tallyfin after losing a contract with a large insurer.", CAUSE),
        ("Tallyfin's annotators will move to Marrick's offices in New York.", CLAIM),
        ("The deal shows that human data labelling will stay central to AI for years.", GEN),
    ],
    "b04": [
        ("Ostrevia's data protection authority has fined Pellucid 38 million euros.", S),
        ("Pellucid was fined for showing the profiles of 13- to 17-year-olds to strangers by default.", S),
        ("The photo-sharing app must make all teenage accounts private within 90 days, the authority ordered.", S),
        ("Pellucid has also been ordered to stop using teenagers' location data for advertising.", S),
        ("Marta Lindqvist, who chairs the authority, said about 1.2 million Ostrevian teenagers had public profiles "
         "when the inquiry started in 2024.", S),
        ("Pellucid will appeal to the Ostrevian administrative court but will comply with the order while the "
         "appeal is heard.", S),
        ("Pellucid said it rejected the authority's findings.", S),
        ("The authority said Pellucid's change to the default settings for new teenage users last year came too "
         "late.", S),
        ("It is the largest fine the Ostrevian authority has ever imposed.", S),
        ("Pellucid has been fined €38 million in Ostrevia over teenagers' public profiles.", S),
        ("Pellucid's chair, Marta Lindqvist, said about 1.2 million teenagers had public profiles.", ACT),
        ("Pellucid accepted the decision and will not appeal.", DIR),
        ("Pellucid will not comply with the order until its appeal has been heard.", DIR),
        ("Pellucid changed its default settings for new teenage users only after the authority fined it.", DIR),
        ("The authority gave Pellucid 30 days to make teenage accounts private.", FIG),
        ("About 12 million Ostrevian teenagers had public profiles when the inquiry began.", FIG),
        ("The authority fined Pellucid 38 million dollars.", FIG),
        ("The inquiry into Pellucid began in 2022.", FIG),
        ("The authority fined Pellucid because a teenager's data had been leaked.", CAUSE),
        ("Pellucid must also pay compensation to the teenagers affected.", CLAIM),
        ("Ostrevia's data protection authority has ordered Lumiwave to switch off the Halo glasses' camera.", MERGE,
         ("b07",)),
        ("The fine signals a new era of strict enforcement of children's privacy across Europe.", GEN),
    ],
    "b05": [
        ("Calloway Networks' fiscal third-quarter revenue rose 18% from a year earlier to $3.1 billion.", S),
        ("Cloud companies building AI clusters accounted for 57% of Calloway's sales, compared with 39% a year "
         "before.", S),
        ("Net income at Calloway rose to $610 million, from $455 million.", S),
        ("Sales of equipment to telecom operators dropped 9%.", S),
        ("Calloway forecast revenue of $3.2 billion to $3.3 billion for the current quarter, ahead of the $3.05 "
         "billion analysts had expected.", S),
        ("\"We cannot build optical links fast enough,\" Calloway's chief financial officer, Hugo Brandt, said.", S),
        ("Calloway will repurchase up to $2 billion of its own shares over two years.", S),
        ("Calloway's shares gained 7% in after-hours trading.", S),
        ("Calloway's net income rose by $155 million.", S, (), AN),
        ("The low end of Calloway's forecast for the current quarter is $150 million above what analysts had "
         "expected.", S, (), AN),
        ("Calloway's revenue rose 18 percentage points to $3.1 billion.", FIG),
        ("Sales to cloud companies building AI clusters fell to 39% of the total from 57%.", DIR),
        ("Calloway's sales of equipment to telecom operators rose 9%.", DIR),
        ("Calloway expects revenue for the current quarter below the $3.05 billion analysts had forecast.", DIR),
        ("Net income climbed to $610 million from $545 million.", FIG),
        ("Calloway will buy back up to $2 billion of its shares this year.", FIG),
        ("Analyst Hugo Brandt said Calloway could not build optical links fast enough.", ACT),
        ("Telecom operators' sales of equipment to Calloway fell 9%.", ACT),
        ("Calloway's revenue rose because it raised its prices.", CAUSE),
        ("Calloway will build a new factory for optical links.", CLAIM),
        ("Calloway's stock fell 7% in after-hours trading.", DIR),
        ("Telvora will buy the optical links for its new campuses from Calloway Networks.", MERGE, ("b10",)),
        ("The results show that AI networking has become a bigger business than AI chips.", GEN),
    ],
    "b06": [
        ("Fennick Games is cutting 310 jobs and shutting its Melbourne studio.", S),
        ("The cuts amount to about 12% of Fennick's workforce.", S),
        ("Fennick said its last two releases had sold less than it had planned.", S),
        ("The Montreal publisher will cancel a racing game it had not announced.", S),
        ("Chief executive Louis Gagnon said in a memo that the cuts would save about C$45 million a year.", S),
        ("Departing staff will get at least 16 weeks of pay, according to the memo.", S),
        ("The Melbourne studio had 140 employees and had been working on the racing game since 2023.", S),
        ("Work on the fantasy series 'Ashfall' will go on at Fennick's studios in Montreal and Warsaw.", S),
        ("Fennick has cut jobs twice since 2024.", S),
        ("Fennick Games will close its Montreal studio.", ACT),
        ("The Warsaw studio had been working on the racing game since 2023.", ACT),
        ("Fennick will cut 310 jobs, about 21% of its workforce.", FIG),
        ("The cuts will save Fennick about 45 million US dollars a year.", FIG),
        ("The Melbourne studio employed 410 people.", FIG),
        ("Staff who leave will receive at most 16 weeks of pay.", DIR),
        ("Fennick will cancel 'Ashfall'.", DIR),
        ("Fennick's last two releases sold better than planned.", DIR),
        ("Fennick is cutting jobs because it plans to make its games with AI.", CAUSE),
        ("Fennick's shares fell 8% after the announcement.", CLAIM),
        ("The cuts show that mid-sized game publishers can no longer survive without a hit every year.", GEN),
    ],
    "b07": [
        ("Lumiwave has launched its Halo smart glasses.", S),
        ("Lumiwave says the Halo glasses can run its voice assistant for 11 hours on a single charge.", S),
        ("According to Lumiwave, that is twice as long as the nearest rival.", S),
        ("The Halo glasses weigh 49 grams and will sell for $399 in the US from January 15.", S),
        ("Sanna Okafor, Lumiwave's head of hardware, credited the battery life to a new low-power chip designed "
         "with Pellworth Semiconductor.", S),
        ("The Verge's review unit lasted about eight hours with the assistant in regular use.", S),
        ("The Halo has a camera but no display.", S),
        ("Lumiwave said it had taken more than 60,000 pre-orders.", S),
        ("A version with prescription lenses will follow in the spring, Lumiwave said.", S),
        ("In The Verge's test the glasses lasted about three hours less than Lumiwave claims.", S, (), AN),
        ("The Halo glasses run the voice assistant for 11 hours, independent tests show.", DIR),
        ("The glasses last half as long as the nearest rival on a charge, Lumiwave says.", DIR),
        ("The Halo glasses have a display but no camera.", DIR),
        ("Lumiwave has dropped the version with prescription lenses.", DIR),
        ("The Verge's review unit lasted about 11 hours.", FIG),
        ("The Halo glasses weigh 49 kilograms.", FIG),
        ("The glasses will cost $399 and go on sale on December 15.", FIG),
        ("Pellworth Semiconductor's head of hardware, Sanna Okafor, said the chip was designed with Lumiwave.", ACT),
        ("Lumiwave designed the low-power chip for Pellworth Semiconductor.", ACT),
        ("Lumiwave delayed the launch because of problems with the chip.", CAUSE),
        ("The glasses will also go on sale in Europe in January.", CLAIM),
        ("Kestrel Pay's outage held up Lumiwave's pre-orders for the Halo glasses.", MERGE, ("b08",)),
        ("The Halo shows that smart glasses are about to replace smartphones.", GEN),
    ],
    "b08": [
        ("An outage at Kestrel Pay left shops in Ardania unable to accept card payments for about four hours on "
         "Saturday.", S),
        ("The failure began at 11:20 a.m., and service was fully back at 3:35 p.m., Kestrel said.", S),
        ("Kestrel blamed a faulty configuration change to its fraud-screening system and said there was no sign of "
         "a cyberattack.", S),
        ("The retail trade group ShopArd said about 28,000 merchants were hit and put lost sales at 60 million "
         "dollars.", S),
        ("Ardania's central bank has asked Kestrel for a full report within two weeks.", S),
        ("Kestrel's chief executive apologised and said merchants would not pay fees for December.", S),
        ("Dara Whelan, the head of Kestrel, said merchants would not be charged fees for December.", S),
        ("It was Kestrel's second outage this year, after a shorter one in June.", S),
        ("Bloomberg reports that Kestrel Pay blamed a faulty configuration change for the outage that stopped card "
         "payments across Ardania.", S),
        ("The outage lasted four hours and 15 minutes, from 11:20 a.m. to 3:35 p.m.", S, (), AN),
        ("A cyberattack caused the outage at Kestrel Pay.", CAUSE),
        ("The outage lasted about 14 hours.", FIG),
        ("ShopArd estimated lost sales at 16 million dollars.", FIG),
        ("It was Kestrel's first outage this year.", FIG),
        ("The central bank gave Kestrel two months to report.", FIG),
        ("Kestrel said about 28,000 merchants had been affected.", ACT),
        ("Kestrel has asked Ardania's central bank for a full report.", ACT),
        ("Merchants will be charged double fees for December.", DIR),
        ("The June outage was longer than Saturday's.", DIR),
        ("Ardania's central bank fined Kestrel over the outage.", CLAIM),
        ("The outage shows that Ardania relies too heavily on a single payment processor.", GEN),
    ],
    "b09": [
        ("Haulpath has sued Trellis Autonomy, accusing its rival of using trade secrets taken by a former Haulpath "
         "engineer.", S),
        ("The lawsuit was filed in a federal court in Texas on Friday.", S),
        ("According to the suit, Victor Semenko downloaded about 14,000 files on sensor designs before he joined "
         "Trellis in April.", S),
        ("Haulpath wants at least $300 million in damages and an order stopping Trellis from using the designs.", S),
        ("Trellis called the claims baseless and said it would fight them.", S),
        ("Semenko is not a defendant and could not be reached for comment.", S),
        ("Haulpath operates about 90 driverless trucks on Texas highways.", S),
        ("Trellis, founded in 2022, has about 40 driverless trucks and plans to begin paid freight service next "
         "year.", S),
        ("Haulpath runs more than twice as many driverless trucks as Trellis.", S, (), AN),
        ("Trellis Autonomy has sued Haulpath over its truck designs.", ACT),
        ("Victor Semenko, a former Trellis engineer, took the files when he joined Haulpath.", ACT),
        ("Haulpath runs about 40 driverless trucks, and Trellis about 90.", FIG),
        ("Semenko downloaded about 1,400 files.", FIG),
        ("Semenko joined Trellis in August.", FIG),
        ("Trellis said it would settle the claims.", DIR),
        ("Haulpath is seeking at most $300 million in damages.", DIR),
        ("Semenko is named as a defendant in the lawsuit.", DIR),
        ("A judge has ordered Trellis to stop using the designs.", DIR),
        ("Trellis already runs a paid freight service in Texas.", DIR),
        ("Semenko left Haulpath after a dispute over his pay.", CAUSE),
        ("Orrin Bank is lending Haulpath the money for its lawsuit against Trellis.", MERGE, ("b11",)),
        ("The lawsuit shows that the race to build driverless trucks is turning into a legal war.", GEN),
    ],
    "b10": [
        ("Telvora plans to spend about $14 billion on data centres and networks next year, up from $9.5 billion this "
         "year.", S),
        ("Anand Varma, Telvora's chief executive, set out the spending plan on Monday.", S),
        ("Most of the money is for four new data-centre campuses in Malaysia, Indonesia and Vietnam.", S),
        ("Telvora expects the campuses to open between 2027 and 2029.", S),
        ("Demand for renting AI servers has outgrown Telvora's capacity, and some customers are waiting months, its "
         "chief executive said.", S),
        ("The plan will be paid for with cash from operations and about $4 billion of new bonds, the chief financial "
         "officer said.", S),
        ("Li Wen Goh, Telvora's finance chief, said about $4 billion of new bonds would help fund the plan.", S),
        ("Telvora will keep its dividend unchanged.", S),
        ("Telvora's shares fell 3% in Singapore as some investors worried about its rising debt.", S),
        ("Telvora plans to spend about $4.5 billion more next year than this year.", S, (), AN),
        ("Telvora will cut its spending on data centres next year.", DIR),
        ("Telvora will raise its dividend.", DIR),
        ("The campuses in Malaysia, Indonesia and Vietnam have opened.", DIR),
        ("Telvora's shares rose 3% in Singapore.", DIR),
        ("Telvora plans to spend about $14 million on data centres next year.", FIG),
        ("Telvora will build five new data-centre campuses.", FIG),
        ("Telvora's chief financial officer, Anand Varma, said demand had outgrown the company's capacity.", ACT),
        ("Li Wen Goh, Telvora's chief executive, said some customers were waiting months for AI servers.", ACT),
        ("Telvora is spending more because a large customer signed a ten-year contract.", CAUSE),
        ("Telvora will also build a campus in Thailand.", CLAIM),
        ("Telvora's plan shows that Southeast Asia will become the world's largest data-centre market.", GEN),
    ],
    "b11": [
        ("Orrin Bank's shares dropped 11% on Thursday, their biggest one-day fall since 2020.", S),
        ("The lender lowered its profit target for next year and set aside more for bad loans.", S),
        ("Orrin now expects a return on equity of about 9% in 2027, compared with the 12% it promised in March.", S),
        ("Orrin added 420 million pounds to its provisions for loans to commercial property owners, taking them to "
         "£1.1 billion.", S),
        ("Helena Markham, Orrin's chief executive, said the bank would buy back shares more slowly.", S),
        ("Analysts at Cavendish Hart said the provisions were bigger than they had expected.", S),
        ("An index of the country's lenders closed 1.8% lower.", S),
        ("Orrin Bank's shares fell 11%. The lender had cut its profit target for next year.", S),
        ("Orrin's new return-on-equity target for 2027 is three percentage points lower than the one it gave in "
         "March.", S, (), AN),
        ("Orrin's shares fell far more than the index of the country's lenders, which lost 1.8%.", S, (), AN),
        ("Before the new charge, Orrin's provisions for commercial property loans stood at about 680 million "
         "pounds.", S, (), AN),
        ("Orrin Bank's shares rose 11% on Thursday.", DIR),
        ("Orrin raised its profit target for next year.", DIR),
        ("Orrin will speed up its share buybacks.", DIR),
        ("Other bank shares fell more than Orrin's.", DIR),
        ("Orrin now expects a return on equity of about 12% in 2027.", FIG),
        ("Orrin's return on equity target has fallen by 3%.", FIG),
        ("Orrin added 1.1 billion pounds to its provisions.", FIG),
        ("Helena Markham, an analyst at Cavendish Hart, said the provisions were larger than expected.", ACT),
        ("Cavendish Hart cut Orrin Bank's profit target for next year.", ACT),
        ("Orrin cut its target because it lost a court case.", CAUSE),
        ("Orrin will cut 1,000 jobs to restore its profits.", CLAIM),
        ("The fall shows that investors have lost faith in the country's banks.", GEN),
    ],
    "n01": [
        ("Ferry crews between Carrow and the Selwick islands walked out on Monday for 48 hours over pay and "
         "rosters.", S),
        ("Selwick Marine cancelled all 26 crossings scheduled for the two days.", S),
        ("About 3,500 passengers had booked seats, according to the operator.", S),
        ("The Maritime Workers' Federation is seeking a 7% pay rise this year, against the operator's offer of "
         "4.5%.", S),
        ("Fiona Kerr, a regional organiser for the union, said crews were working too many 14-hour shifts.", S),
        ("Selwick Marine's managing director said the offer was fair and that paying more would mean raising "
         "fares.", S),
        ("Iain Ross said the company could not afford more without raising fares.", S),
        ("A fishing company has offered to take medicines and urgent supplies to the islands during the strike.", S),
        ("Talks are due to restart on Thursday.", S),
        ("Ferries to the Selwick islands have stopped for two days. Crews are on strike over pay and rosters.", S),
        ("The union and the operator are 2.5 percentage points apart on pay.", S, (), AN),
        ("The union has offered a 4.5% pay rise, while Selwick Marine wants 7%.", ACT),
        ("Iain Ross, the union's regional organiser, said crews were working too many 14-hour shifts.", ACT),
        ("The navy will carry medicines to the islands during the strike.", ACT),
        ("The strike will last 72 hours.", FIG),
        ("About 35,000 passengers had booked seats.", FIG),
        ("Selwick Marine cancelled 26 of its 48 crossings.", FIG),
        ("Selwick Marine has agreed to a 7% pay rise.", DIR),
        ("Fiona Kerr said the crews' shifts were not too long.", DIR),
        ("The crews walked out because the operator cut their pensions.", CAUSE),
        ("Selwick Marine has raised its fares to pay for the offer.", CLAIM),
        ("The ferry strike kept firefighters from reaching the Kessel Valley fire.", MERGE, ("n05",)),
        ("The strike shows that island communities depend too much on a single ferry operator.", GEN),
    ],
    "n02": [
        ("Varenna's measles vaccination campaign gave about 96,000 doses in its first month, the provincial health "
         "department said.", S),
        ("That is 80% of the 120,000 doses it aims to give by the end of January.", S),
        ("The campaign began after 214 measles cases were recorded this autumn.", S),
        ("Children aged one to nine who missed their second dose can now get it free.", S),
        ("Mobile clinics have been to 340 schools.", S),
        ("New cases dropped from 61 in the week to October 20 to 9 in the latest week, the provincial health "
         "officer said.", S),
        ("Dr Ilse Bremer said coverage was lowest in the northern districts, where a third of children had not had "
         "two doses.", S),
        ("No one has died in the outbreak, but 23 children have needed hospital treatment.", S),
        ("About 24,000 doses remain to be given for the campaign to reach its target.", S, (), AN),
        ("Weekly new cases have fallen by 52 since the week to October 20.", S, (), AN),
        ("Eighty per cent of children in Varenna have now been vaccinated.", FIG),
        ("The campaign aims to give 120,000 doses by the end of December.", FIG),
        ("Two-thirds of children in the northern districts have not had two doses.", FIG),
        ("The provincial health officer said mobile clinics had visited 430 schools.", FIG),
        ("New cases rose from 9 to 61 a week.", DIR),
        ("Coverage is highest in the northern districts.", DIR),
        ("Three children have died in the outbreak.", DIR),
        ("Parents must pay for the second dose.", DIR),
        ("The outbreak began because a shipment of vaccine had spoiled.", CAUSE),
        ("The campaign also offers a free first dose to adults.", CLAIM),
        ("The measles campaign's mobile clinics will also serve Tarrow's free school lunches.", MERGE, ("n04",)),
        ("The campaign shows that trust in vaccines is recovering across the country.", GEN),
    ],
    "n03": [
        ("Six 19th-century enamel brooches were stolen from the Halden City Museum early on Sunday, the police "
         "said.", S),
        ("The brooches, by the jeweller Marguerite Aulard, are insured for 2.4 million euros in total, according to "
         "the museum.", S),
        ("Two people got in through a skylight at about 3 a.m. and spent less than five minutes inside, according "
         "to the police.", S),
        ("An alarm went off, but by the time guards reached the gallery the thieves had gone.", S),
        ("Per Sandvik, the museum's director, said the brooches were on loan from a private collection.", S),
        ("The brooches were due to be returned in February, the museum's director said.", S),
        ("The museum will remain closed until Wednesday.", S),
        ("Police want to hear from anyone who has been offered Aulard jewellery.", S),
        ("Thieves have taken six enamel brooches, insured for 2.4 million euros in all, from the Halden City "
         "Museum.", S),
        ("The guards reached the gallery before the thieves left.", DIR),
        ("No alarm sounded during the theft.", DIR),
        ("The brooches belong to the museum's own collection.", DIR),
        ("The brooches are insured for 2.4 million euros each.", FIG),
        ("Thieves took sixteen brooches.", FIG),
        ("The thieves spent about 50 minutes in the museum.", FIG),
        ("The museum reopened on Monday.", FIG),
        ("The museum's director, Marguerite Aulard, said the brooches were on loan.", ACT),
        ("The guards got in through a skylight at about 3 a.m.", ACT),
        ("The theft happened because the museum had cut its night guards.", CAUSE),
        ("The police arrested two people on Monday.", CLAIM),
        ("The Halden City Museum thieves escaped on Brennick's new tram line.", MERGE, ("n07",)),
        ("The theft shows that small museums cannot protect valuable loans.", GEN),
    ],
    "n04": [
        ("From next September all primary pupils in Tarrow will get free lunches, the regional government said.", S),
        ("The scheme currently covers only children from low-income families.", S),
        ("About 84,000 pupils will qualify, up from 29,000 now.", S),
        ("The plan will cost 52 million euros a year and will be funded by a tax on sugary drinks that the regional "
         "parliament passed in June.", S),
        ("Clara Voss, the regional education minister, said teachers had reported that some pupils arrived at "
         "school hungry.", S),
        ("Schools must serve at least two portions of vegetables a day and fish once a week.", S),
        ("Some head teachers said their kitchens were too small to cook for all pupils and asked for money to "
         "enlarge them.", S),
        ("The opposition said the drinks tax was unfair to poorer households.", S),
        ("About 55,000 more pupils will be eligible for free lunches.", S, (), AN),
        ("The number of pupils eligible for free lunches will nearly triple.", S, (), AN),
        ("From September free lunches will cover only pupils from low-income families.", DIR),
        ("The opposition backed the drinks tax.", DIR),
        ("Head teachers said their kitchens were big enough to cook for every pupil.", DIR),
        ("About 84,000 pupils get free lunches today.", FIG),
        ("The plan will cost 52 million euros in total.", FIG),
        ("The regional parliament passed the sugary-drinks tax in January.", FIG),
        ("Schools must serve fish at least twice a week.", FIG),
        ("Clara Voss, the opposition's education spokeswoman, called the drinks tax unfair.", ACT),
        ("Tarrow is extending free lunches because child poverty rose last year.", CAUSE),
        ("Secondary pupils will also get free lunches from September.", CLAIM),
        ("Grace Okonjo's Greens voted for the sugary-drinks tax that pays for Tarrow's free lunches.", MERGE,
         ("n06",)),
        ("The plan shows that free school meals for all are becoming the norm across Europe.", GEN),
    ],
    "n05": [
        ("About 2,000 people have had to leave their homes because of a wildfire in the Kessel Valley, the "
         "regional fire service said.", S),
        ("The fire has burned about 6,800 hectares, or some 68 square kilometres, since Friday.", S),
        ("Strong winds drove the fire east overnight towards Orlin, a village where 14 houses were destroyed.", S),
        ("No one has died; two firefighters were treated for burns.", S),
        ("About 450 firefighters and six water-bombing planes are tackling the blaze.", S),
        ("The fire was 30% contained on Sunday evening.", S),
        ("Major Ana Petrescu, the head of the fire service, said sparks from farm machinery had probably started "
         "the fire, though the cause was still being investigated.", S),
        ("The wind is expected to ease on Monday.", S),
        ("Orlin's residents will not be allowed to return before Tuesday, the mayor said.", S),
        ("Sparks from farm machinery started the fire, investigators have found.", DIR),
        ("Strong winds pushed the fire west towards Orlin.", DIR),
        ("Two firefighters were killed fighting the fire.", DIR),
        ("Forecasters expect the wind to strengthen on Monday.", DIR),
        ("The fire has burned about 68,000 hectares.", FIG),
        ("The fire was 70% contained on Sunday evening.", FIG),
        ("About 450 houses were destroyed in Orlin.", FIG),
        ("The mayor said residents of Orlin could return on Monday.", FIG),
        ("The mayor of Orlin, Ana Petrescu, said residents would not be allowed back before Tuesday.", ACT),
        ("The fire started after a lightning storm.", CAUSE),
        ("The army has sent soldiers to help fight the fire.", CLAIM),
        ("The Kessel Valley fire killed thousands of honeybee colonies, the beekeepers' survey found.", MERGE,
         ("n08",)),
        ("The fire shows that wildfires are now a year-round threat in the region.", GEN),
    ],
    "n06": [
        ("A recount has confirmed the Green Party's Grace Okonjo as the winner of the Dunmore ward council "
         "election.", S),
        ("Okonjo won by 38 votes rather than the 52 announced on election night.", S),
        ("Okonjo got 2,614 votes to 2,576 for the Liberal candidate, Martin Hale, the returning officer said.", S),
        ("Hale requested the recount after 140 postal ballots were found in a bag that had not been opened on the "
         "night.", S),
        ("Most of the postal ballots were valid and were counted; 11 were rejected.", S),
        ("Turnout in the Dunmore ward election was 41%.", S),
        ("Martin Hale accepted the result and congratulated the winner.", S),
        ("The election board will review its handling of postal ballots before the next election in May.", S),
        ("The seat gives the Greens a one-seat majority on the council.", S),
        ("Grace Okonjo is still the winner in Dunmore ward after a recount. She beat Martin Hale by 38 votes.", S),
        ("Okonjo's margin shrank by 14 votes in the recount.", S, (), AN),
        ("Okonjo and Hale received 5,190 votes between them.", S, (), AN),
        ("The recount gave the seat to Martin Hale.", DIR),
        ("Okonjo's margin grew in the recount.", DIR),
        ("Hale refused to accept the result.", DIR),
        ("The seat leaves the Greens one short of a majority on the council.", DIR),
        ("Okonjo asked for the recount.", ACT),
        ("Grace Okonjo of the Liberal Party kept the seat after the recount.", ACT),
        ("Okonjo won by 52 votes after the recount.", FIG),
        ("About 140 postal ballots were rejected.", FIG),
        ("Okonjo received 2,576 votes and Hale 2,614.", FIG),
        ("Turnout was 14%.", FIG),
        ("The ballots were missed because a counting machine broke down.", CAUSE),
        ("Hale will take the result to court.", CLAIM),
        ("The recount shows that voters are losing faith in postal voting.", GEN),
    ],
    "n07": [
        ("Brennick's first tram line opened on Saturday, two years behind schedule.", S),
        ("The line came in 30% over budget.", S),
        ("The 11-km line, with 17 stops, connects the central station, the university and the Marlow hospital.", S),
        ("At peak hours a tram will run every six minutes.", S),
        ("The city expects about 24,000 journeys a day in the line's first year.", S),
        ("The line cost 410 million euros against a budget of 315 million, the city's transport director, Otto "
         "Lindahl, said.", S),
        ("Lindahl blamed delays in moving water pipes and a contractor's insolvency in 2024 for the extra cost.", S),
        ("Passengers will ride free for the first week, after which a single ticket will cost 2.20 euros.", S),
        ("The city council has approved studies for a second line to the airport but has not set aside money to "
         "build it.", S),
        ("The line cost 95 million euros more than budgeted.", S, (), AN),
        ("The line opened on time.", DIR),
        ("The city council has set aside money to build a second line to the airport.", DIR),
        ("A single ticket will cost 2.20 euros from the first day.", DIR),
        ("The line cost 315 million euros.", FIG),
        ("The line has 11 stops along its 17 kilometres.", FIG),
        ("Trams will run every 16 minutes at peak hours.", FIG),
        ("The city expects about 24,000 journeys a week.", FIG),
        ("The new line links the airport with the central station.", ACT),
        ("The line cost more because of a strike by construction workers.", CAUSE),
        ("Brennick will raise bus fares to pay for the tram.", CLAIM),
        ("The tram shows that Brennick has finally solved its traffic problems.", GEN),
    ],
    "n08": [
        ("Norland's beekeepers lost 26% of their honeybee colonies last winter, compared with 17% the winter "
         "before.", S),
        ("The Norland Beekeepers' Association published the survey on Tuesday.", S),
        ("The survey covered about 1,900 beekeepers with 41,000 colonies.", S),
        ("Losses peaked at 34% in the wet western counties and were lowest in the south-east, at 15%.", S),
        ("Dr Kofi Mensah, the association's research officer, said the varroa mite was still the main cause of "
         "losses, ahead of queen failure.", S),
        ("Beekeepers who treated their colonies against varroa in late summer lost fewer colonies than those who "
         "did not.", S),
        ("The association's research officer said most beekeepers could rebuild by splitting healthy colonies in "
         "spring.", S),
        ("So far honey prices have not gone up.", S),
        ("Winter losses rose by nine percentage points from the winter before.", S, (), AN),
        ("Losses in the western counties were more than twice those in the south-east.", S, (), AN),
        ("Beekeepers lost 17% of their colonies last winter, down from 26%.", DIR),
        ("Losses were highest in the south-east.", DIR),
        ("Beekeepers who treated against varroa lost more colonies than those who did not.", DIR),
        ("Honey prices have risen sharply.", DIR),
        ("Mensah said most beekeepers would not be able to rebuild their numbers.", DIR),
        ("Winter losses rose by 9%.", FIG),
        ("The survey covered about 19,000 beekeepers.", FIG),
        ("Queen failure was the main cause of losses, ahead of the varroa mite.", ACT),
        ("The losses were caused by a cold, dry winter.", CAUSE),
        ("The government will compensate beekeepers for their lost colonies.", CLAIM),
        ("The losses show that honeybees are disappearing from Norland.", GEN),
    ],
}

# Content-free sentences a writer might publish (placeholders, fragments, boilerplate), in shapes eval6 did not use.
CONTENT_FREE = [
    ("b01", "[insert quote]"), ("b02", "Source: The Information."), ("b03", "Lorem ipsum dolor sit amet."),
    ("b04", "This story is developing."), ("b05", "Here is the summary:"), ("b07", "Sentence 1."),
    ("b08", "No facts available."), ("b09", "The lawsuit"), ("b10", "{}"),
    ("b11", "Shares of Orrin Bank fell 11% on"), ("n01", "As reported."), ("n03", "This article discusses the theft."),
    ("n05", "Click here to read more."), ("n08", "—"),
]

# (id, url, source, title, body), written by hand.
BODIES = [
    ('b01', 'https://www.reuters.com/technology/quillon-labs-funding-round', 'Reuters',
     'Quillon Labs raises $220 million for AI bookkeeping agents',
     "Quillon Labs, a Toronto company whose AI agents close the monthly books of mid-sized firms, has raised $220 "
     "million in a round led by Brackwater Partners, two people briefed on the deal told Reuters on Monday. The "
     "round values Quillon at roughly $2.9 billion, more than three times the $850 million it was worth after its "
     "last raise in January. Ferris Lane Capital, an earlier backer, put in more money as well. Quillon will use "
     "the cash to hire about 200 engineers and to open an office in Dublin, one of the people said. The company's "
     "agents now handle the accounts of about 4,300 customers, and its annual recurring revenue passed $70 "
     "million in October, according to the people, who asked not to be named because the terms are not public. "
     "Quillon declined to comment."),
    ('b02', 'https://www.theinformation.com/articles/quillon-labs-raise', 'The Information',
     'Quillon Labs lands $250 million as accounting AI heats up',
     "Quillon Labs has raised $250 million, according to a person involved in the financing, a figure that "
     "includes $30 million from the accounting software maker Ledgerine, which joined after the main round led "
     "by Brackwater Partners had closed. Quillon's co-founder and chief executive, Priya Castellanos, confirmed "
     "the Ledgerine investment in an interview but would not give a valuation. \"Our customers were asking us to "
     "work inside the ledgers they already use,\" she said. Under a separate agreement, Ledgerine will sell "
     "Quillon's agents to its own clients from next spring. Castellanos said the company had about 310 employees "
     "and expected to reach 500 by the end of 2027, mostly in engineering. She said Quillon was not profitable "
     "and did not plan to be before 2028."),
    ('b03', 'https://www.ft.com/content/marrick-tallyfin-acquisition', 'Financial Times',
     'Marrick Software to buy data-labelling firm Tallyfin for $640 million',
     "Marrick Software, which sells analytics tools to insurers, has agreed to acquire Tallyfin, a data-labelling "
     "company based in Lisbon, for $640 million in cash, the two companies said on Thursday. Tallyfin employs "
     "about 2,100 annotators who check the output of AI models for banks and insurers. Marrick said the purchase "
     "would add about $95 million of revenue next year. Tallyfin's founder, Joana Ribeiro, will become head of "
     "Marrick's data division and will report to Marrick's chief operating officer, Colm Brady. Marrick's chief "
     "executive, Ruth Adeyemi, said buying Tallyfin was cheaper than building a labelling workforce of its own. "
     "The deal is subject to approval by Portugal's competition regulator and is expected to close in March. "
     "Marrick's shares rose 6% in New York after the announcement."),
    ('b04', 'https://www.politico.eu/article/ostrevia-regulator-fines-pellucid', 'Politico Europe',
     'Ostrevian regulator fines Pellucid 38 million euros over teenagers\' data',
     "Ostrevia's data protection authority has fined the photo-sharing app Pellucid 38 million euros for showing "
     "the profiles of users aged 13 to 17 to strangers by default. The authority also ordered Pellucid to make "
     "all teenage accounts private within 90 days and to stop using their location data for advertising. The "
     "authority's chair, Marta Lindqvist, said about 1.2 million Ostrevian teenagers had public profiles when the "
     "inquiry began in 2024. Pellucid said it rejected the authority's findings and would appeal to the Ostrevian "
     "administrative court, but that it would comply with the order while the appeal was heard. The company "
     "changed its default settings for new teenage users last year, a step the authority said came too late. "
     "The fine is the largest the Ostrevian authority has imposed."),
    ('b05', 'https://www.cnbc.com/calloway-networks-quarterly-results', 'CNBC',
     'Calloway Networks revenue jumps 18% on AI data-centre switches',
     "Calloway Networks, which makes switches and optical links for data centres, said on Wednesday that revenue "
     "for its fiscal third quarter rose 18% to $3.1 billion from a year earlier. Sales to cloud companies building "
     "AI clusters made up 57% of the total, up from 39% a year before. Net income climbed to $610 million from "
     "$455 million. Sales of equipment to telecom operators fell 9%. Calloway expects revenue of $3.2 billion to "
     "$3.3 billion in the current quarter, above the $3.05 billion analysts had forecast. \"We cannot build "
     "optical links fast enough,\" said the chief financial officer, Hugo Brandt. The company said it would buy "
     "back up to $2 billion of its shares over two years. Its stock rose 7% in after-hours trading."),
    ('b06', 'https://www.gamesindustry.biz/fennick-games-layoffs', 'GamesIndustry.biz',
     'Fennick Games cuts 310 jobs and closes its Melbourne studio',
     "Fennick Games will cut 310 jobs, about 12% of its workforce, and close its studio in Melbourne, the "
     "publisher told staff on Tuesday. The Montreal-based company said sales of its last two releases had fallen "
     "short of its plans and that it would cancel an unannounced racing game. Fennick's chief executive, Louis "
     "Gagnon, said in a memo that the cuts would save about 45 million Canadian dollars a year. Staff who leave "
     "will receive at least 16 weeks of pay, the memo said. The Melbourne studio, which employed 140 people, had "
     "been working on the racing game since 2023. Fennick said development of its fantasy series, 'Ashfall', "
     "would continue at its studios in Montreal and Warsaw. The company has cut jobs twice since 2024."),
    ('b07', 'https://www.theverge.com/lumiwave-halo-glasses-launch', 'The Verge',
     'Lumiwave\'s Halo glasses promise a full day of battery',
     "Lumiwave launched its Halo smart glasses on Tuesday, claiming they can run its voice assistant for 11 hours "
     "on one charge, which the company says is twice as long as the nearest rival. The glasses weigh 49 grams and "
     "will cost $399 in the United States when they go on sale on January 15. Lumiwave's head of hardware, Sanna "
     "Okafor, said the battery life came from a new low-power chip designed with Pellworth Semiconductor. The "
     "battery claim has not been tested independently; our review unit lasted about eight hours with the "
     "assistant in regular use. The glasses have a camera but no display. Lumiwave said it had received more "
     "than 60,000 pre-orders, and that a version with prescription lenses would follow in the spring."),
    ('b08', 'https://www.bloomberg.com/news/kestrel-pay-outage', 'Bloomberg',
     'Kestrel Pay outage leaves shops unable to take cards for four hours',
     "Shops across Ardania could not take card payments for about four hours on Saturday after an outage at the "
     "payment processor Kestrel Pay. The failure began at 11:20 a.m. and service was fully restored at 3:35 p.m., "
     "the company said. Kestrel said a faulty configuration change to its fraud-screening system had caused the "
     "failure and that there was no sign of a cyberattack. About 28,000 merchants were affected, according to "
     "the retail trade group ShopArd, which estimated lost sales at 60 million dollars. Ardania's central bank "
     "said it had asked Kestrel for a full report within two weeks. Kestrel's chief executive, Dara Whelan, "
     "apologised and said merchants would not be charged fees for December. It was Kestrel's second outage this "
     "year; a shorter one hit in June."),
    ('b09', 'https://www.axios.com/haulpath-sues-trellis-autonomy', 'Axios',
     'Haulpath sues Trellis Autonomy, alleging theft of self-driving truck designs',
     "The self-driving truck company Haulpath has sued its rival Trellis Autonomy in a federal court in Texas, "
     "accusing it of using trade secrets that a former Haulpath engineer took when he left. The lawsuit, filed on "
     "Friday, says the engineer, Victor Semenko, downloaded about 14,000 files on sensor designs before joining "
     "Trellis in April. Haulpath is asking for at least $300 million in damages and an order barring Trellis "
     "from using the designs. Trellis said the claims were baseless and that it would fight them. Semenko, who is "
     "not named as a defendant, could not be reached for comment. Haulpath runs about 90 driverless "
     "trucks on Texas highways; Trellis, which was founded in 2022, has about 40 and plans to start paid freight "
     "service next year."),
    ('b10', 'https://www.wsj.com/articles/telvora-capital-spending-plan', 'The Wall Street Journal',
     'Telvora plans to spend $14 billion on data centres next year',
     "Telvora, the Singapore-based cloud and telecom group, plans to spend about $14 billion on data centres "
     "and networks next year, up from $9.5 billion this year, its chief executive, Anand Varma, said on Monday. "
     "Most of the money will go to four new data-centre campuses in Malaysia, Indonesia and Vietnam, which the "
     "company expects to open between 2027 and 2029. Varma said demand for renting AI servers had outgrown the "
     "company's capacity and that some customers were waiting months. Telvora will pay for the plan with cash "
     "from operations and about $4 billion of new bonds, said the chief financial officer, Li Wen Goh. The "
     "company also said it would keep its dividend unchanged. Telvora's shares fell 3% in Singapore, as some "
     "investors worried about the rising debt."),
    ('b11', 'https://www.reuters.com/markets/orrin-bank-shares-fall', 'Reuters',
     'Orrin Bank shares slide 11% after it cuts profit target',
     "Shares of Orrin Bank fell 11% on Thursday, their largest one-day drop since 2020, after the lender cut its "
     "profit target for next year and set aside more money for bad loans. Orrin now expects a return on equity "
     "of about 9% in 2027, down from the 12% it promised in March. The bank said it had added 420 million pounds "
     "to its provisions for loans to commercial property owners, bringing the total to 1.1 billion pounds. Its "
     "chief executive, Helena Markham, said the bank would also slow the pace of its share buybacks. Analysts at "
     "Cavendish Hart said the provisions were larger than they had expected. Other bank shares fell less: an "
     "index of the country's lenders ended the day down 1.8%."),
    ('n01', 'https://www.coastalpost.example/ferry-strike-isles', 'The Coastal Post',
     'Ferry crews walk out, stranding island passengers',
     "Ferries between the mainland port of Carrow and the Selwick islands stopped on Monday as crews began a "
     "48-hour strike over pay and rosters. The ferry operator, Selwick Marine, cancelled all 26 crossings "
     "planned for the two days. About 3,500 passengers had booked seats, the company said. The crews' union, the "
     "Maritime Workers' Federation, wants a 7% pay rise this year; the operator has offered 4.5%. The union's "
     "regional organiser, Fiona Kerr, said crews were also working too many 14-hour shifts. Selwick Marine's "
     "managing director, Iain Ross, said the offer was fair and that the company could not afford more without "
     "raising fares. A fishing company has offered to carry medicines and urgent supplies to the islands "
     "during the strike. Talks are due to resume on Thursday."),
    ('n02', 'https://www.healthdesk.example/measles-vaccination-drive', 'Health Desk',
     'Measles vaccination drive reaches 80% of its target in first month',
     "A measles vaccination campaign in the province of Varenna has given about 96,000 doses in its first month, "
     "80% of the 120,000 it aimed to give by the end of January, the provincial health department said on "
     "Friday. The campaign, which began after 214 measles cases were recorded this autumn, offers a free second "
     "dose to children aged one to nine who missed it. Mobile clinics have visited 340 schools. The provincial "
     "health officer, Dr Ilse Bremer, said new cases had fallen from 61 in the week to October 20 to 9 in the "
     "most recent week. She said coverage was still lowest in the northern districts, where a third of children "
     "had not had two doses. No deaths have been reported in the outbreak, but 23 children have been treated in "
     "hospital."),
    ('n03', 'https://www.artnews.example/museum-theft-brooches', 'Art Ledger',
     'Thieves take six enamel brooches from the Halden City Museum',
     "Thieves broke into the Halden City Museum early on Sunday and took six 19th-century enamel brooches from a "
     "display case, the police said. The brooches, made by the jeweller Marguerite Aulard, are insured for a "
     "total of 2.4 million euros, according to the museum. Two people entered through a skylight at about 3 a.m. "
     "and were inside for less than five minutes, the police said, citing security camera footage. An alarm "
     "sounded, but the guards reached the gallery after the thieves had left. The museum's director, Per "
     "Sandvik, said the brooches had been on loan from a private collection and were due to be returned in "
     "February. The museum will stay closed until Wednesday. The police have asked anyone offered Aulard "
     "jewellery to contact them."),
    ('n04', 'https://www.eduwatch.example/free-school-meals-expansion', 'EduWatch',
     'Free school lunches to cover all primary pupils in Tarrow from September',
     "All primary school pupils in the region of Tarrow will get free lunches from next September, the regional "
     "government announced on Wednesday, extending a scheme that now covers only children from low-income "
     "families. About 84,000 pupils will be eligible, up from 29,000 today. The plan will cost 52 million euros "
     "a year, to be paid for by a tax on sugary drinks that the regional parliament passed in June. The regional "
     "education minister, Clara Voss, said teachers had reported that some pupils came to school hungry. Schools "
     "will have to serve at least two portions of vegetables a day and fish once a week. Some head teachers said "
     "their kitchens were too small to cook for every pupil and asked for money to expand them. The opposition "
     "called the drinks tax unfair to poorer households."),
    ('n05', 'https://www.firewatch.example/wildfire-kessel-valley', 'Regional Wire',
     'Wildfire in the Kessel Valley forces 2,000 people from their homes',
     "A wildfire in the Kessel Valley has burned about 6,800 hectares since Friday and forced about 2,000 people "
     "to leave their homes, the regional fire service said on Sunday. Strong winds pushed the fire east overnight "
     "towards the village of Orlin, where 14 houses were destroyed. No one has been killed; two firefighters were "
     "treated for burns. About 450 firefighters and six water-bombing aircraft are fighting the fire, which was "
     "30% contained on Sunday evening. The fire service's chief, Major Ana Petrescu, said the fire had probably "
     "been started by sparks from farm machinery, but the cause was still under investigation. Forecasters "
     "expect the wind to ease on Monday. Residents of Orlin will not be allowed back before Tuesday, the mayor "
     "said."),
    ('n06', 'https://www.civicnews.example/dunmore-recount-result', 'Civic News',
     'Recount confirms Okonjo as Dunmore council winner by 38 votes',
     "A recount in the Dunmore ward council election has confirmed Grace Okonjo of the Green Party as the "
     "winner, by 38 votes instead of the 52 announced on election night. Okonjo received 2,614 votes and the "
     "Liberal candidate, Martin Hale, 2,576, the returning officer said on Friday. Hale had asked for the recount "
     "after 140 postal ballots were found in a bag that had not been opened on the night. Most of those ballots "
     "were valid and were added to the count, while 11 were rejected. Turnout was 41%. Hale said he accepted the "
     "result and congratulated Okonjo. The election board said it would review how postal ballots are handled "
     "before the next election in May. The seat gives the Greens a majority of one on the council."),
    ('n07', 'https://www.transitnews.example/brennick-tram-line-opens', 'Transit News',
     'Brennick opens its first tram line, two years late',
     "Brennick's first tram line opened to passengers on Saturday, two years later than planned and 30% over "
     "budget. The 11-kilometre line links the central station with the university and the Marlow hospital and "
     "has 17 stops. Trams will run every six minutes at peak hours. The city expects about 24,000 journeys a day "
     "in the first year. The line cost 410 million euros, against a budget of 315 million, because of delays in "
     "moving water pipes and a contractor's insolvency in 2024, the city's transport director, Otto Lindahl, said. "
     "Rides will be free for the first week, and a single ticket will then cost 2.20 euros. The city council has "
     "approved studies for a second line to the airport but has not set aside money to build it."),
    ('n08', 'https://www.farmgazette.example/beekeepers-winter-losses', 'Farm Gazette',
     'Beekeepers lost a quarter of their colonies last winter, survey finds',
     "Beekeepers in Norland lost 26% of their honeybee colonies over the last winter, up from 17% the winter "
     "before, according to a survey by the Norland Beekeepers' Association published on Tuesday. The survey "
     "covered about 1,900 beekeepers who kept 41,000 colonies. Losses were highest in the wet western counties, "
     "at 34%, and lowest in the south-east, at 15%. The association's research officer, Dr Kofi Mensah, said the "
     "varroa mite remained the main cause of losses, followed by queen failure. Beekeepers who treated their "
     "colonies against varroa in late summer lost fewer colonies than those who did not. Mensah said a 26% loss "
     "was high but that most beekeepers could rebuild their numbers by splitting healthy colonies in spring. "
     "Honey prices have not risen so far."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py, llama.cpp's server on 127.0.0.1:8177, json_object, prompt version llm-3), as
# the model wrote them, before the checker judged them: (article id, sentence, error[, other cited article ids]). The
# cites are the article(s) the call showed for that story (a signals sentence: the article(s) it is about). Labelled
# by reading. eval7-smollm2_raw.jsonl holds the editions in the order they were built (call numbers restart in
# each): all 19 articles (25 calls, stopped while it retried Kestrel Pay's story with the same answer), then b06,
# b07, n02-n06 and n08 (4 calls, all about b07), then n02-n06 and n08 (no call: that edition asked the model
# nothing), then b04, b06, b11, n03 and n05 (4 calls about b11 and b04, stopped for the deadline). Four calls of the
# first edition got no answer (timeouts on the loaded machine, and two interrupted by a parallel collection against
# the same server, which llama-cpp-python's server cancels); they are recorded with their error.
# Left out as ambiguous or garbled: "The shop could not take card payments for about four hours ..." (one shop for
# the shops across Ardania), "Sanna Okafor, head of hardware, said the battery life came from a new low-power chip
# designed by Pellworth Semiconductor." ("by" for "with": Pellworth alone?); repeats and near-repeats of kept
# sentences (the same answer given again for Kestrel Pay, "The glass weighs ... when it goes to market.", the
# signals' "The failure began at 11:20 a.m., ..."), and "..." after its first two uses.
SMOLLM2: list[tuple] = [
    ("b10", "The data-centre has been the world's largest telecom provider for nearly 2 decades, with a total revenue "
            "of $1.4 trillion.", CLAIM, ("b05",)),
    ("b05", "Calloway Networks plans to spend about $18 billion on data centers and networks next year.", ACT,
     ("b10",)),
    ("b10", "The Wall Street Journal", CF, ("b05",)),
    ("b10", "company:Telvora, the Singaporean-based cloud and telecom group, plans to spend about $1.4 trillion.", FIG,
     ("b05",)),
    ("b02", "The information is that Quillon Labs has raised $250 million in a round led by Ledgerine, which will be "
            "sold to its own clients next spring.", ACT, ("b01",)),
    ("b02", "Quillon's CEO Priya Castellanos confirmed the sale of her company's agents to a private equity firm last "
            "month.", CLAIM, ("b01",)),
    ("b02", "She said she is now selling them to a private equity firm that will be sold to a private equity firm in "
            "January.", CLAIM, ("b01",)),
    ("b02", "The round value of $250 million is more than three times the $850 million it was worth after last "
            "month's sale.", FIG, ("b01",)),
    ("b02", "It is now being sold to a private equity firm that will be sold next year.", CLAIM, ("b01",)),
    ("b02", "Quillon Labs has raised $250 million, according to a person involved in the financing, a figure that "
            "includes $30 million from Ledgerine.", S, ("b01",)),
    ("b01", "The company also raised $220 million in a round led by Brackwater Partners.", MERGE, ("b02",)),
    ("b03", "Marrick Software, which sells analytics tools to insurers, has agreed to acquire Tallyfin, a "
            "data-labelling company based in Lisbon.", S),
    ("b03", "...", CF),
    ("b03", "Talleefin's founder, Joana Ribeiro, will become head of Marrick's data division and report to her CEO.",
     ACT),
    ("b03", "Marrick's shares rose 6% in New York after the announcement.", S),
    ("b11", "...", CF),
    ("b05", "Calloway Networks revenue jumps 18% on AI data-centre switches", S, ("b10",)),
    ("b10", "Telvora's shares fell 3% in Singapore, as some investors worried about the rising debt.", S),
    ("b10", "The company has been facing challenges with its financial situation lately.", CLAIM),
    ("b08", "The failure began at 11:20 a.m., the company said.", S),
    ("b08", "Kestrel's chief executive, Dara Whelan, apologized and said merchants would not be charged fees for "
            "December.", S),
    ("b09", "The self-driving truck company Haulpath has sued its rival Trellis Autonomy in a federal court in Texas, "
            "accusing it of using trade secrets that a former Haulpath engineer took when he left.", S),
    ("b09", "Haulpath is asking for an order barring Trellis from using the designs.", S),
    ("b09", "The lawsuit, filed on Friday, says the engineer, Victor Semenko, downloaded about 14,000 files on sensor "
            "designs before joining Trellis in April.", S),
    ("b09", "The company argues that Trellis plans to start paid freight service next year.", ACT),
    ("b09", "Trellis is asking for an order barring Trellis from using the designs.", ACT),
    ("b04", "Ostrevian regulator fines Pellucid 38 million euros over teenagers' data", S),
    ("n01", "The 2017-2018 season has been a mixed bag for the company, with many of the island's residents facing "
            "displacement due to the ferry's departure from the mainland.", CLAIM),
    ("n01", "The crews' union, the Maritime Workers' Federation, wants a 7% pay raise this year; the operator has "
            "offered 4.5%.", S),
    ("n01", "Ferries between the mainland port of Carrow and Selwick islands stopped on Monday as crews began a "
            "48-hour strike over pay and rosters.", S),
    ("n07", "Brennick opens its first tram line, two years late", S),
    ("b11", "The bank has cut its profit target for next year to 12.5% of the previous one.", FIG),
    ("b11", "The bank said it had added 420 million pounds to its provisions for loans to commercial property owners, "
            "bringing the total to 1.1 billion pounds.", S),
    ("b11", "Other bank shares fell less: an index of the country's lenders ended the day down 1.8%", S),
    ("b04", "Ostrevia's data protection authority has fined the photo-sharing app Pellucid 38 million euros for "
            "showing the profiles of users aged 13 to 17 to strangers by default.", S),
    ("b04", "The court ruled that the company should pay a fine of €20,000 ($45) and ordered the company to provide a "
            "new policy on data protection.", FIG),
    ("b07", "Lumiwave's Halo smart glasses promise a full day of battery life with a 12-hour battery life, but the "
            "reality is that they only have one hour of battery life.", FIG),
    ("b07", "The glass weighs 49 grams and will cost $399 in the United States when it goes on sale.", S),
    ("b07", "Lumiwave launched its HALO smart glasses on Tuesday, claiming they can run its voice assistant for 11 hours "
            "with a battery life of 8.", FIG),
    ("b07", "We are not sure what this means for the future of Halo's technology.", CF),
    ("b07", "We are not sure what this means.", CF),
    ("b07", "The glasses have a camera but no display, which is why they only last about eight hours before going to "
            "market and will be discontinued on January 15th.", CAUSE),
    ("b07", "Lumiwave launched its Halo smart glasses on Tuesday, claiming it can run its voice assistant for 11 hours "
            "with one charge.", S),
    ("b07", "The chip is part of a new smart glasses that has been developed to help Lumiwave's team improve its Halo "
            "smart glasses.", CLAIM),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="u", split="evaluation7",
                                      raw_name="eval7-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval7", arts, rows, problems, (("business and tech articles", "b"), ("others", "n")))


if __name__ == "__main__":
    main()
