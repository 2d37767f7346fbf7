"""Build the ninth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval9-articles.jsonl and eval9-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval9.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads (ib01-ib10): a funding round reported by two
outlets with figures that differ (ib01 Finextra $140 million / ib02 The Daily Ledger $160 million, the latter counting
a $20 million credit line from Harrow Bank beside the equity round), an acquisition paid in cash and a bank loan, an
energy regulator's price cap on heat networks, an online furniture retailer's quarterly results with year-earlier
comparisons, job cuts and the closure of a hardware unit, a child car seat recall, a ransomware attack on a water
company, an electric ferry contract award and a slump in cocoa futures. Seven are on topics no earlier part uses
(io01-io07): a shipwreck found by divers, coral bleaching on a reef, a city bike-share scheme, a landslide that cuts
off a valley, a comet found by an amateur, a cyclist's doping ban and a census of a minority language's speakers.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, "a year earlier" comparisons,
two-sentence summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine or compute
from what the cited articles say (both outlets' figures for one round and their difference, a year-earlier figure
from a percentage change, a price before a fall, a difference, a sum, a share or a ratio computed from one passage).
Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind, with shapes the earlier parts did not use beside theirs:
a true subject with a bare "said." and nothing said ("Chief executive Imogen Stroud said."), a claim that reuses the
passage's own words with one role swapped (the lender of a loan made the seller, the bidder made the loser, the
finder made the confirmer, the Sun made the Earth, the road's and the railway's reopening dates swapped, the payer
of a refund made its receiver, the age group of a rise swapped), a credit line counted as equity, a fee's unlock
price and per-minute price swapped, a margin computed wrongly, a plan or a hope stated as done (an appeal lodged, a
valuation disclosed, tourists flown out), an out-of-competition test moved into the race; plus wrong actors,
directions (antonyms, negations), wrong figures, units, currencies and dates, invented causes, unsupported claims,
merged events (citing two articles), content-free sentences and generic invented analysis (error
"generic_analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below,
labelled by reading; their raw answers are in eval9-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every
row belongs to the split "evaluation9"; ids "o0001"...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, fresh_part, write_part  # noqa: E402

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl", "eval5-sentences.jsonl",
           "eval6-sentences.jsonl", "eval7-sentences.jsonl", "eval8-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl")
EARLIER_IDS = "skmvwxyzur"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l; this part's: ib, io)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "ib01": [
        ("Quenby Robotics has raised $140 million, Finextra reports.", S),
        ("Marlowe Partners led the $140 million Series B round in Quenby Robotics, a Leeds maker of hospital delivery "
         "robots.", S),
        ("Fenn Capital, already an investor in Quenby, put money into the round as well.", S),
        ("Two people familiar with the round said it valued Quenby at about $900 million, a figure the company did "
         "not disclose.", S),
        ("Quenby's robots are used in 61 hospitals in Britain and Ireland, against 23 a year earlier.", S),
        ("The robots made some 4.8 million deliveries last year.", S),
        ("Quenby plans to build a factory in Sheffield that can make 2,000 robots a year, chief executive Imogen "
         "Stroud said.", S),
        ("Stroud said part of the money would fund a push into the US, where Quenby is trying out its robots at three "
         "Ohio hospitals.", S),
        ("Dev Chaudhry, who founded Marlowe Partners, will take a seat on Quenby's board.", S),
        ("The number of hospitals using Quenby's robots has more than doubled in a year.", S, (), AN),
        ("Fenn Capital led Quenby Robotics' $140 million round.", ACT),
        ("Imogen Stroud, the founder of Marlowe Partners, will join Quenby's board.", ACT),
        ("Quenby disclosed a valuation of about $900 million.", DIR),
        ("Quenby's robots now work in 61 hospitals in Britain and Ireland, down from 23 a year ago.", DIR),
        ("Quenby already sells its robots to hospitals across the United States.", DIR),
        ("The Sheffield factory will be able to build 20,000 robots a year.", FIG),
        ("Quenby raised $140 million in a Series C round.", FIG),
        ("Quenby is testing its machines at three hospitals in Ohio and two in Texas.", CLAIM),
        ("Quenby raised the money because hospitals in Britain are short of porters.", CAUSE),
        ("Orsett Foods agreed to buy Kilnworth a day after Quenby Robotics closed its round.", MERGE, ("ib03",)),
        ("Chief executive Imogen Stroud said.", CF),
        ("The round shows that hospital automation has become one of the hottest corners of venture investing.",
         GEN),
    ],
    "ib02": [
        ("The Daily Ledger reports that Quenby Robotics has secured $160 million in new funding.", S),
        ("Quenby's $160 million includes a $20 million credit line from Harrow Bank.", S),
        ("Owen Pryce, Quenby's finance director, said the credit line would pay for parts for the new factory bought "
         "ahead of time.", S),
        ("Quenby, which has 310 staff, plans to hire 150 more, most of them engineers.", S),
        ("Quenby expects to become profitable in 2028.", S),
        ("Earlier this year Quenby rejected a takeover offer from a larger medical equipment maker, its finance "
         "director said.", S),
        ("Pryce declined to name the company that had offered to buy Quenby.", S),
        ("Quenby's founders wanted the company to stay independent, so it turned down an offer to be bought, Pryce "
         "said.", S),
        ("Quenby's revenue more than doubled to 31 million pounds in its last financial year.", S, (), AN),
        ("Quenby's revenue rose by 17 million pounds in its last financial year.", S, (), AN),
        ("Quenby would have 460 staff if it makes all the hires it plans.", S, (), AN),
        ("Finextra put Quenby's round at $140 million and The Daily Ledger at $160 million.", S, ("ib01",), AN),
        ("The Daily Ledger's figure is $20 million higher than Finextra's, the size of the Harrow Bank credit line.",
         S, ("ib01",), AN),
        ("Both outlets say Marlowe Partners led Quenby's equity round.", S, ("ib01",), AN),
        ("Harrow Bank led Quenby's equity round.", ACT),
        ("Owen Pryce, Quenby's chief executive, would not name the bidder.", ACT),
        ("Quenby's $160 million includes a $20 million equity investment from Harrow Bank.", FIG),
        ("Quenby's revenue was 14 million pounds in its last financial year, up from 31 million pounds.", FIG),
        ("The credit line from Harrow Bank is worth $200 million.", FIG),
        ("Quenby is already profitable.", DIR),
        ("Quenby accepted an offer to be bought by a larger medical equipment maker.", DIR),
        ("The Daily Ledger puts Quenby's round $20 million lower than Finextra does.", DIR, ("ib01",), AN),
        ("Pryce said the bidder was the medical equipment maker Corvel.", CLAIM),
        ("Quenby plans to hire 150 more people, mostly salespeople.", CLAIM),
        ("Quenby turned down the takeover offer because the price was too low.", CAUSE),
        ("The funding underlines how hospitals are turning to robots to cope with staff shortages.", GEN),
    ],
    "ib03": [
        ("Orsett Foods will buy the oat biscuit and cracker maker Kilnworth for 620 million pounds.", S),
        ("Kilnworth is being bought by Orsett Foods, the owner of the Brayfield cereal brand, in a cash deal worth 620 "
         "million pounds.", S),
        ("Orsett said buying Kilnworth would add about 210 million pounds a year to its sales.", S),
        ("Ashgrove Capital, the private equity firm that owns Kilnworth, paid 380 million pounds for it in 2021.", S),
        ("Leon Varga, Orsett's chief executive, expects annual savings of 25 million pounds by the third year.", S),
        ("Most of the savings will come from buying ingredients and packaging together, Varga said.", S),
        ("Varga said Kilnworth's bakeries in Carlisle and Dundee would not close.", S),
        ("Orsett will fund the purchase with cash and a new bank loan of 400 million pounds.", S),
        ("Orsett hopes to complete the purchase in the spring, once the competition regulator has approved it.", S),
        ("Ashgrove is selling Kilnworth for 240 million pounds more than it paid in 2021.", S, (), AN),
        ("Kilnworth has agreed to buy Orsett Foods for 620 million pounds.", ACT),
        ("Ashgrove Capital owns the Brayfield cereal brand.", ACT),
        ("The deal will be paid for with cash and a 400 million pound loan from Ashgrove Capital.", ACT),
        ("Orsett is paying 620 million dollars for Kilnworth.", FIG),
        ("Ashgrove bought Kilnworth for 380 million pounds in 2019.", FIG),
        ("Orsett expects savings of 25 million pounds in the first year.", FIG),
        ("Varga said one of Kilnworth's two bakeries would close.", DIR),
        ("The competition regulator has approved the deal.", DIR),
        ("Orsett is buying Kilnworth because sales of its Brayfield cereals have been falling.", CAUSE),
        ("Orsett plans to sell Kilnworth biscuits in the United States.", CLAIM),
        ("Orsett Foods will pay for Kilnworth partly with a $20 million credit line from Harrow Bank.", MERGE,
         ("ib02",)),
        ("The deal is the clearest sign yet that big food groups are betting on healthier snacks.", GEN),
    ],
    "ib04": [
        ("Britain's energy regulator has capped the prices heat network operators can charge homes.", S),
        ("From April, district heating operators will be allowed to charge at most 14 pence per kilowatt-hour.", S),
        ("The regulator acted after complaints that some tenants were paying three times what gas heating would "
         "cost.", S),
        ("Some 480,000 homes are on heat networks, mostly flats in council and housing association blocks.", S),
        ("Priya Nandakumar, the regulator's director of retail markets, said some operators had passed the whole cost "
         "of old, inefficient boilers on to tenants.", S),
        ("Tenants on the networks had no way to switch supplier, Nandakumar said.", S),
        ("Operators that charge above the cap will have to pay back the difference.", S),
        ("The Heat Trust, the operators' body, says the cap is too low for small networks.", S),
        ("The Heat Trust warned that some small networks might close; it has 28 days to appeal.", S),
        ("The Heat Trust has ordered operators to cap what they charge homes.", ACT),
        ("Priya Nandakumar of the Heat Trust said the cap was too low for small networks.", ACT),
        ("Tenants will have to refund the difference to operators that charge more than the cap.", ACT),
        ("From April, operators may charge no less than 14 pence per kilowatt-hour.", DIR),
        ("The Heat Trust welcomed the cap.", DIR),
        ("The Heat Trust has appealed against the ruling.", DIR),
        ("The cap is 14 pence per megawatt-hour.", FIG),
        ("The cap takes effect in January.", FIG),
        ("About 480,000 homes are connected to heat networks, most of them detached houses.", CLAIM),
        ("Operators that break the cap will also be fined.", CLAIM),
        ("Prices on heat networks soared because operators' fuel costs rose last winter.", CAUSE),
        ("The ruling marks a turning point in how Britain regulates local energy monopolies.", GEN),
    ],
    "ib05": [
        ("Pellory's net profit dropped 18% in the third quarter, to 41 million euros.", S),
        ("Pellory, an online furniture seller, said higher shipping costs had outweighed an increase in orders.", S),
        ("Pellory's quarterly revenue rose 9% from a year earlier to 620 million euros.", S),
        ("Pellory had 7.2 million active customers, up from 6.5 million a year before.", S),
        ("Shipping took 14% of Pellory's revenue in the quarter, up from 11% a year earlier.", S),
        ("Chief financial officer Nadia Brankovic blamed higher rates for shipping containers from Asia.", S),
        ("Pellory still expects revenue of 2.4 billion to 2.5 billion euros for the full year.", S),
        ("Pellory shares fell 7% in Frankfurt.", S),
        ("Pellory plans two warehouses in Poland next year to speed up deliveries in eastern Europe.", S),
        ("Pellory gained about 700,000 active customers in a year.", S, (), AN),
        ("Pellory's shipping costs came to roughly 87 million euros in the quarter.", S, (), AN),
        ("A year earlier, Pellory's third-quarter net profit was roughly 50 million euros.", S, (), AN),
        ("Nadia Brankovic, Pellory's chief executive, blamed higher container rates.", ACT),
        ("Pellory's third-quarter net profit rose 18% to 41 million euros.", DIR),
        ("Pellory raised its forecast for full-year revenue.", DIR),
        ("Pellory's shares rose 7% in Frankfurt.", DIR),
        ("Pellory's revenue grew 18% to 620 million euros.", FIG),
        ("Shipping costs made up 11% of revenue in the quarter, against 14% a year earlier.", FIG),
        ("Pellory had 7.2 million active customers, up from 6.5 million in the previous quarter.", FIG),
        ("Pellory's net profit of 41 million euros on revenue of 620 million euros gives a margin of about 12%.", FIG,
         (), AN),
        ("Pellory will open two warehouses in Hungary next year.", CLAIM),
        ("Pellory said it would cut jobs to offset higher shipping costs.", CLAIM),
        ("Pellory's profit fell because it cut prices to win customers.", CAUSE),
        ("The results show that online furniture retail has passed its peak.", GEN),
    ],
    "ib06": [
        ("Vantry is cutting about 1,200 jobs, 15% of its workforce.", S),
        ("Vantry will shut its hardware unit, which makes cameras and speakers for meeting rooms.", S),
        ("Last year the hardware unit lost $95 million on sales of $210 million.", S),
        ("Samir Okafor, Vantry's chief executive, said it would stop selling new devices in March.", S),
        ("Vantry will keep supporting devices already sold for five years, Okafor said.", S),
        ("Most of the job cuts will be in Austin, Texas, and Taipei.", S),
        ("Vantry expects severance and other costs of about $70 million, mostly in the first quarter.", S),
        ("Shares in Vantry rose 4% after it announced the cuts.", S),
        ("Okafor said the savings would go into Vantry's software, such as tools that write meeting notes.", S),
        ("Before the cuts, Vantry employed about 8,000 people.", S, (), AN),
        ("Vantry's hardware unit lost almost half as much as it took in sales last year.", S, (), AN),
        ("Vantry will cut about 1,200 jobs, or 25% of its staff.", FIG),
        ("Vantry expects to pay about $70 million in severance in the fourth quarter.", FIG),
        ("Vantry's hardware unit made a profit of $95 million last year.", DIR),
        ("Vantry will stop supporting its devices in March.", DIR),
        ("Vantry's shares fell 4% after the news.", DIR),
        ("Most of the cuts will fall in Austin and Singapore.", CLAIM),
        ("Vantry will sell its hardware unit to a rival.", CLAIM),
        ("Vantry is closing its hardware unit because a chip shortage halted production.", CAUSE),
        ("Vantry cut 1,200 jobs after a ransomware attack shut down its billing systems.", MERGE, ("ib08",)),
        ("Samir Okafor said.", CF),
        ("The cuts show that the video-conferencing boom of recent years is over.", GEN),
    ],
    "ib07": [
        ("Brindle is recalling some 310,000 child car seats because the buckle can jam.", S),
        ("The recall, announced by Brindle and the US road safety regulator, covers seats sold in the United States "
         "and Canada.", S),
        ("The recalled seats are Brindle Nest and Nest Plus models made from March 2024 to June 2025.", S),
        ("Brindle has had 46 reports of buckles that would not open.", S),
        ("Brindle has had two reports of parents slightly hurt while cutting the straps; no children were hurt.", S),
        ("Owners will get a replacement buckle free of charge.", S),
        ("Parents can go on using the seats until the new buckle arrives, provided the buckle still opens.", S),
        ("About 50,000 of the recalled seats were sold in Canada.", S, (), AN),
        ("More than five times as many of the recalled seats were sold in the United States as in Canada.", S, (),
         AN),
        ("About 260,000 of the seats were sold in Canada.", FIG),
        ("The recall covers seats made between March 2023 and June 2025.", FIG),
        ("Brindle is recalling 3.1 million car seats.", FIG),
        ("Brindle has received 46 reports of children injured by jammed buckles.", DIR),
        ("Owners have been told to stop using the seats until a new buckle arrives.", DIR),
        ("Owners must pay for the replacement buckle.", DIR),
        ("Brindle is recalling about 310,000 strollers because the buckle can jam.", CLAIM),
        ("The US road safety regulator ordered Brindle to recall the seats.", CLAIM),
        ("The buckles jam because of a faulty spring supplied by an outside factory.", CAUSE),
        ("Parents who cut the straps were hurt by the buckle's sharp edges.", CAUSE),
        ("The recall raises fresh questions about safety testing across the baby products industry.", GEN),
    ],
    "ib08": [
        ("Harlen Water says a ransomware attack has knocked out its billing and customer service systems.", S),
        ("Harlen Water's staff are taking payments by hand after the attack.", S),
        ("The attack did not affect water supply or treatment, which run on a separate network, the company said.",
         S),
        ("Harlen Water, which serves 1.6 million people in northern England, detected the attack on Saturday night.",
         S),
        ("Marrow Fox, a criminal group, claimed to have stolen 400 gigabytes of data and demanded a ransom.", S),
        ("Chief executive Gillian Marsh said Harlen would not pay the ransom.", S),
        ("Harlen has reported the attack to the police and to the national cyber security agency.", S),
        ("Harlen does not yet know whether its customers' personal data was stolen.", S),
        ("Customers have been told to ignore emails that ask for their bank details.", S),
        ("Gillian Marsh said the national cyber security agency had demanded a ransom.", ACT),
        ("Marrow Fox said it had stolen 400 megabytes of data.", FIG),
        ("The attack was detected on Sunday night.", FIG),
        ("Harlen Water said the attack had cut water supplies to 1.6 million people.", DIR),
        ("Harlen Water has paid the ransom.", DIR),
        ("Harlen confirmed that customers' personal data had been stolen.", DIR),
        ("Harlen's water treatment and billing systems run on the same network.", DIR),
        ("Police have arrested two members of Marrow Fox.", CLAIM),
        ("Harlen Water supplies 1.6 million people in the south of England.", CLAIM),
        ("Harlen Water was attacked because it had not updated its billing software.", CAUSE),
        ("Gillian Marsh said.", CF),
        ("The attack is a warning that Britain's utilities remain dangerously exposed to cybercrime.", GEN),
    ],
    "ib09": [
        ("Corrie Shipyards will build six battery-electric ferries for Skelland's state ferry company under an 840 "
         "million euro contract.", S),
        ("Corrie beat a rival bid from the Polish shipyard Gdanska Marine.", S),
        ("Each ferry will carry 600 passengers and 150 cars.", S),
        ("From 2029 the ferries will take over from diesel ships on the three busiest island routes.", S),
        ("The ships will take about 25 minutes to charge at the ports.", S),
        ("Bjorn Ekdal, who runs the ferry company, said the new ships would cut its carbon emissions by about 60%.",
         S),
        ("Ekdal expects the ferry company's fuel bills to fall by about 45 million euros a year.", S),
        ("The order will keep Corrie's 1,400 workers busy until 2031, the shipyard said.", S),
        ("The ferry company will pay 540 million euros of the cost, with the government paying the other 300 "
         "million.", S, (), AN),
        ("Each ferry costs on average 140 million euros.", S, (), AN),
        ("Between them the six ferries can carry 3,600 passengers.", S, (), AN),
        ("Gdanska Marine won the 840 million euro contract to build six ferries.", ACT),
        ("Corrie Shipyards beat a bid from Skelland's state ferry company.", ACT),
        ("The contract is worth 840 million dollars.", FIG),
        ("The ferries will each carry 150 passengers and 600 cars.", FIG),
        ("The government is paying 540 million euros of the cost.", FIG),
        ("Corrie said the order would secure work for its staff until 2041.", FIG),
        ("The new ferries will raise the company's fuel bills by 45 million euros a year.", DIR),
        ("The ferries will replace diesel ships on all of the company's routes from 2029.", CLAIM),
        ("Corrie will hire 1,400 workers for the order.", CLAIM),
        ("Skelland chose electric ferries because diesel prices doubled last year.", CAUSE),
        ("Corrie Shipyards' electric ferries will also serve the Mervale valley.", MERGE, ("io04",)),
        ("The order shows that Europe's shipyards are winning the race to electrify ferries.", GEN),
    ],
    "ib10": [
        ("Cocoa futures dropped 11% in New York on Tuesday, to $6,900 a tonne.", S),
        ("It was cocoa's steepest one-day fall in three years.", S),
        ("Cocoa fell after figures showed West African farmers had sent far more beans to the ports than traders had "
         "expected.", S),
        ("Exporters estimate that 1.1 million tonnes of cocoa have arrived at Ivory Coast's ports since the season "
         "began on October 1.", S),
        ("Arrivals at Ivory Coast's ports were 24% higher than at the same point a year earlier, according to "
         "exporters' estimates.", S),
        ("Poor harvests had more than doubled cocoa prices over the previous eighteen months.", S),
        ("Lena Moritz, an analyst at Strand & Cole, said chocolate makers could get some relief from the fall.", S),
        ("Retail prices will take months to come down, Moritz said.", S),
        ("Even after the drop, cocoa is about 60% dearer than two years ago.", S),
        ("Before Tuesday's fall, cocoa traded at about $7,750 a tonne.", S, (), AN),
        ("About 890,000 tonnes had reached Ivory Coast's ports by the same point a year earlier.", S, (), AN),
        ("Strand & Cole, a chocolate maker, said the fall would bring it some relief.", ACT),
        ("Cocoa futures fell 11% to $6,900 a pound.", FIG),
        ("It was cocoa's biggest one-day drop in thirteen years.", FIG),
        ("Cocoa futures rose 11% in New York on Tuesday.", DIR),
        ("Arrivals at Ivory Coast's ports were down 24% from a year earlier.", DIR),
        ("Cocoa prices had halved over the previous eighteen months.", DIR),
        ("Lena Moritz said retail chocolate prices would fall within weeks.", DIR),
        ("Hedge funds bought heavily as prices dropped, traders said.", DIR),
        ("Prices remain about 60% below their level of two years ago.", DIR),
        ("Ivory Coast's government said it would raise the price it pays farmers.", CLAIM),
        ("Cocoa fell because chocolate makers cut their orders.", CAUSE),
        ("The slump signals that the great cocoa shortage is finally over.", GEN),
    ],
    "io01": [
        ("Volunteer divers have found an 18th-century merchant ship lying in 38 metres of water off Callan Point.", S),
        ("The national maritime museum believes the wreck is the Margaret Ellery, which went down in a storm in "
         "1764.", S),
        ("The Margaret Ellery was sailing from Lisbon with wine and cork when it sank.", S),
        ("Nine of the ship's 22 crew survived the sinking.", S),
        ("The divers found the wreck in August with the help of a sonar map a survey ship made last year.", S),
        ("A bronze bell and several wine bottles, some of them still sealed, have been raised from the wreck.", S),
        ("Dr Ruth Keneally, the museum's head of archaeology, said a layer of sand had kept the hull unusually well "
         "preserved.", S),
        ("The site is now legally protected, and diving there needs a permit.", S),
        ("Thirteen of the Margaret Ellery's crew did not survive the sinking.", S, (), AN),
        ("The museum's archaeologists found the wreck off Callan Point.", ACT),
        ("The wreck was found by a survey ship last year.", ACT),
        ("Dr Ruth Keneally led the team of volunteer divers that found the wreck.", ACT),
        ("The Margaret Ellery sank in 1746.", FIG),
        ("The ship lies in 83 metres of water.", FIG),
        ("The Margaret Ellery was sailing to Lisbon with wine and cork.", DIR),
        ("Nine of the ship's 22 crew died.", DIR),
        ("The museum has confirmed that the wreck is the Margaret Ellery.", DIR),
        ("Diving at the site is now open to the public.", DIR),
        ("The wine bottles will be sold at auction.", CLAIM),
        ("The hull is well preserved because the water there is unusually cold.", CAUSE),
        ("The find shows how much of the nation's maritime history still lies undiscovered.", GEN),
    ],
    "io02": [
        ("Scientists say about half of Calder Reef's coral has bleached after this summer's marine heatwave.", S),
        ("The Institute of Marine Studies found bleaching at 51% of the reef's coral cover.", S),
        ("In the previous survey, in 2024, bleaching affected 19% of the coral cover.", S),
        ("Divers and aerial photographs covered 140 sites between February and April.", S),
        ("For nine weeks, sea temperatures on the reef were as much as 2 degrees Celsius above the summer average.",
         S),
        ("Dr Amara Osei, the institute's chief scientist, said most of the bleached coral could recover if the water "
         "cooled quickly.", S),
        ("Some of the bleached coral has already died, Osei said.", S),
        ("The reef's northern part suffered most.", S),
        ("Tourism operators on the reef, who employ about 5,000 people, say bookings have not fallen so far.", S),
        ("The share of bleached coral cover on Calder Reef is 32 percentage points higher than in 2024.", S, (), AN),
        ("The survey was made by the reef's tourism operators.", ACT),
        ("Bleaching affected 19% of the coral cover this year, against 51% in 2024.", FIG),
        ("Sea temperatures were up to 2 degrees Fahrenheit above average.", FIG),
        ("The survey covered 410 sites.", FIG),
        ("The heatwave lasted nine months.", FIG),
        ("Dr Amara Osei said most of the bleached coral had already died.", DIR),
        ("The southern part of the reef was worst hit.", DIR),
        ("Tourism operators said bookings had fallen sharply.", DIR),
        ("The government has closed the northern part of the reef to divers.", CLAIM),
        ("The bleaching was caused by pollution from farms along the coast.", CAUSE),
        ("The coral survey was made by the volunteer divers who found the Margaret Ellery.", MERGE, ("io01",)),
        ("The bleaching is a stark reminder that the world's reefs are running out of time.", GEN),
    ],
    "io03": [
        ("Dunford has launched a bike-share scheme with 1,500 electric bikes.", S),
        ("The scheme's 1,500 e-bikes are parked at 120 docking stations.", S),
        ("A ride costs 1 pound to unlock plus 15 pence a minute.", S),
        ("For 20 pounds a month, a pass gives riders up to 45 minutes a day.", S),
        ("Pedalo Mobility runs the scheme under a seven-year contract, and the council gets a share of the "
         "revenue.", S),
        ("Hugh Barrington, the councillor in charge of transport, said Dunford wanted to take cars off its crowded "
         "streets.", S),
        ("The city hopes the scheme will reach 2 million rides a year, Barrington said.", S),
        ("Since 2022 Dunford has built 38 kilometres of protected cycle lanes.", S),
        ("Three docking stations were moved after talks with old-town shopkeepers who objected to them.", S),
        ("Without a pass, a 20-minute ride costs 4 pounds.", S, (), AN),
        ("The council runs the scheme and pays Pedalo Mobility a share of the revenue.", ACT),
        ("A ride costs 15 pence to unlock and 1 pound a minute.", FIG),
        ("Pedalo Mobility will run the scheme for 17 years.", FIG),
        ("Thirteen stations were moved after talks.", FIG),
        ("A monthly pass costs 20 pounds for unlimited riding.", FIG),
        ("The scheme already has 2 million rides a year.", DIR),
        ("Shopkeepers in the old town asked for docking stations outside their shops.", DIR),
        ("Dunford launched its bike-share scheme with 1,500 electric scooters.", CLAIM),
        ("All docking stations will be moved out of the old town.", CLAIM),
        ("Dunford launched the scheme because its buses were too crowded.", CAUSE),
        ("Hugh Barrington said.", CF),
        ("The scheme marks the end of the car's dominance in Dunford.", GEN),
    ],
    "io04": [
        ("A landslide has cut off the Mervale valley, blocking both its only road and its railway.", S),
        ("About 4,000 residents and 600 tourists are cut off in the valley, regional officials said.", S),
        ("The landslide followed three days of heavy rain, and no one was hurt.", S),
        ("Some 30,000 cubic metres of rock and mud buried 200 metres of road and track near Orsa.", S),
        ("Carla Benedetti, the regional governor, said helicopters would fly food and medicine into the valley.", S),
        ("Anyone who needs hospital care will be flown out by helicopter, the governor said.", S),
        ("Engineers expect the road to reopen within ten days.", S),
        ("The railway could be shut for two months because a bridge was damaged.", S),
        ("The slope is still moving a few centimetres a day, and geologists are monitoring it.", S),
        ("Some 4,600 people are stranded in the Mervale valley.", S, (), AN),
        ("The road may stay closed for two months, but the railway should reopen within ten days.", ACT),
        ("Carla Benedetti, the mayor of Orsa, said helicopters would bring food into the valley.", ACT),
        ("About 40,000 residents are cut off in the Mervale valley.", FIG),
        ("The landslide covered a 2-kilometre stretch of road.", FIG),
        ("Several people were hurt in the landslide.", DIR),
        ("The slope has stopped moving, geologists said.", DIR),
        ("A second road into the valley remains open.", DIR),
        ("Tourists have been flown out of the valley by helicopter.", CLAIM),
        ("The regional government has declared a state of emergency.", CLAIM),
        ("The landslide was caused by construction work on the railway.", CAUSE),
        ("Helicopters flew the stranded tourists to Dunford.", MERGE, ("io03",)),
        ("The landslide shows that mountain valleys are becoming harder to live in as the climate warms.", GEN),
    ],
    "io05": [
        ("Alan Pryor, a retired physics teacher from Brackley, has discovered a comet.", S),
        ("The comet could become visible to the naked eye in April, astronomers said.", S),
        ("Pryor, 67, spotted the comet on November 19 in pictures from a telescope in his garden.", S),
        ("Observatories in Chile and Spain confirmed the discovery on November 21.", S, (), AN),
        ("The comet will be named after Pryor.", S),
        ("On April 8 the comet will make its closest approach to the Sun, passing about 50 million kilometres from "
         "it.", S),
        ("The comet is currently about 390 million kilometres from Earth.", S),
        ("Dr Maya Lindholm of the Kestrel Observatory warned that comets often break up or fade as they get closer to "
         "the Sun.", S),
        ("Pryor had been searching for comets for 31 years before he found this one.", S),
        ("The comet was discovered by the Kestrel Observatory.", ACT),
        ("Observatories in Chile and Spain spotted the comet, and Pryor confirmed it two days later.", ACT),
        ("The comet will pass closest to Earth on April 8.", ACT),
        ("The comet will pass closest to the Sun on April 18.", FIG),
        ("The comet is now about 390,000 kilometres from Earth.", FIG),
        ("Pryor, 76, spotted the comet in his garden.", FIG),
        ("Dr Maya Lindholm said the comet would certainly be visible to the naked eye.", DIR),
        ("Pryor has found several comets in 31 years of searching.", DIR),
        ("Pryor spotted the comet with a telescope at the Kestrel Observatory.", CLAIM),
        ("The comet will be brightest in April because it will pass close to Earth.", CAUSE),
        ("Dr Maya Lindholm said.", CF),
        ("The discovery proves that amateurs still make the most important finds in astronomy.", GEN),
    ],
    "io06": [
        ("Tomas Ruiz has been banned from cycling for four years over a positive test for a blood-boosting drug.", S),
        ("The sample that caught Ruiz was taken in an out-of-competition test in May.", S),
        ("Ruiz will be stripped of his third place in the Tour of Vessland and the prize money that came with it.", S),
        ("Luka Hren, who finished fourth in the Tour of Vessland, moves up to third.", S),
        ("Ruiz, 29, denies taking the drug and says he will appeal to the sport's court of arbitration.", S),
        ("His team, Arcadia Pro, suspended Ruiz in July and ended his contract on Thursday.", S),
        ("Because the ban runs from July, Ruiz could be back racing in 2029.", S),
        ("The sport's anti-doping agency announced the four-year ban on Thursday.", S),
        ("The Tour of Vessland, where Ruiz came third, was raced about a month after his sample was taken.", S, (),
         AN),
        ("Luka Hren has been banned for four years after a positive test.", ACT),
        ("Arcadia Pro will appeal against the ban.", ACT),
        ("The sport's court of arbitration banned Ruiz.", ACT),
        ("Tomas Ruiz has been banned for two years.", FIG),
        ("Ruiz finished second in the Tour of Vessland.", FIG),
        ("Ruiz could race again in 2027.", FIG),
        ("The sample was taken during the Tour of Vessland.", FIG),
        ("Ruiz has admitted taking the drug.", DIR),
        ("Arcadia Pro has kept Ruiz under contract.", DIR),
        ("Ruiz will also lose his national championship title.", CLAIM),
        ("Ruiz tested positive because of a contaminated supplement.", CAUSE),
        ("The case shows that cycling has still not escaped its doping past.", GEN),
    ],
    "io07": [
        ("The number of Tavish speakers has grown for the first time in a hundred years, according to the census.",
         S),
        ("The census counted 58,400 people who can speak Tavish, against 54,100 ten years earlier.", S),
        ("Among children aged 3 to 15, the number of Tavish speakers rose by 31%.", S),
        ("The statistics office linked the rise among children to schools that teach only in Tavish.", S),
        ("Fewer people over 65 speak Tavish than ten years ago.", S),
        ("Only one in three Tavish speakers uses the language every day.", S),
        ("Eilidh Morrow, the culture minister, said the census showed that spending on Tavish schools was working.",
         S),
        ("The minister promised to open four more Tavish schools by 2030.", S),
        ("Campaigners warned that Tavish was still at risk in its island heartland.", S),
        ("The census found 4,300 more Tavish speakers than ten years earlier.", S, (), AN),
        ("The statistics office promised to open four more Tavish schools.", ACT),
        ("The rise was largest among people over 65.", ACT),
        ("The census found 54,100 speakers, up from 58,400.", FIG),
        ("Two thirds of speakers use Tavish every day.", FIG),
        ("Eilidh Morrow promised to open four more Tavish schools by 2035.", FIG),
        ("The number of Tavish speakers has fallen for the first time in a century.", DIR),
        ("The number of speakers over 65 rose.", DIR),
        ("Campaigners said the census showed the language was safe.", DIR),
        ("Tavish is now taught in every school in the western islands.", CLAIM),
        ("The number of young Tavish speakers rose because of a popular television series in Tavish.", CAUSE),
        ("The census counted 58,400 Tavish speakers, about 4,000 of them in the Mervale valley.", MERGE, ("io04",)),
        ("The census proves that minority languages can be saved by schools alone.", GEN),
    ],
}

BODIES = [
    ("ib01", "https://www.finextra.example/quenby-robotics-series-b", "Finextra",
     "Quenby Robotics raises $140 million for hospital delivery robots",
     "Quenby Robotics, a Leeds company that builds robots to carry medicines and samples around hospitals, has raised "
     "$140 million in a Series B round, with Marlowe Partners leading it, the company said on Tuesday. Existing "
     "backer Fenn "
     "Capital also invested. Quenby did not disclose its valuation, but two people familiar with the round put it "
     "at about $900 million. The company's robots now work in 61 hospitals in Britain and Ireland, up from 23 a year "
     "ago, and made about 4.8 million deliveries last year. Chief executive Imogen Stroud said the money would pay "
     "for a factory in Sheffield able to build 2,000 robots a year and for a push into the United States, where "
     "Quenby is testing its machines at three hospitals in Ohio. Marlowe Partners' founder, Dev Chaudhry, will join "
     "Quenby's board."),
    ("ib02", "https://www.businesswire-daily.example/quenby-160-million", "The Daily Ledger",
     "Quenby Robotics secures $160 million as hospital automation draws investors",
     "Quenby Robotics has secured $160 million of new funding, according to The Daily Ledger. The total includes a "
     "$20 million credit line from Harrow Bank, which the company arranged at the same time as an equity round led "
     "by Marlowe Partners. Quenby's finance director, Owen Pryce, said the credit line would be used to buy parts "
     "for the new factory in advance. Quenby had revenue of 31 million pounds in its last financial year, up from 14 "
     "million pounds the year before, and expects to turn a profit in 2028. The company employs 310 people and plans "
     "to hire 150 more, mostly engineers. Pryce said Quenby had turned down an offer to be bought by a larger medical "
     "equipment maker earlier this year because its founders wanted to stay independent. He would not name the "
     "bidder."),
    ("ib03", "https://www.dealwatch.example/orsett-buys-kilnworth", "Deal Watch",
     "Orsett Foods agrees to buy snack maker Kilnworth for 620 million pounds",
     "Orsett Foods has agreed to buy Kilnworth, a maker of oat biscuits and crackers, for 620 million pounds in cash, "
     "the two companies said on Wednesday. Orsett, which owns the Brayfield cereal brand, said the deal would add "
     "about 210 million pounds to its annual sales. Kilnworth is owned by the private equity firm Ashgrove Capital, "
     "which bought it for 380 million pounds in 2021. Orsett's chief executive, Leon Varga, said the company expected "
     "savings of 25 million pounds a year by the third year, mostly from buying ingredients and packaging together. "
     "Kilnworth's two bakeries, in Carlisle and Dundee, will stay open, he said. Orsett will pay for the deal with "
     "cash and a new 400 million pound bank loan. Completion is expected in the spring, subject to "
     "approval by the competition regulator."),
    ("ib04", "https://www.energyreview.example/regulator-caps-heat-network-prices", "Energy Review",
     "Regulator caps heat network prices after complaints from tenants",
     "Britain's energy regulator has ordered operators of district heating networks to cap what they charge homes, "
     "after complaints that some tenants paid three times the price of gas heating. From April, operators may charge "
     "no more than 14 pence per kilowatt-hour, the regulator said in a ruling on Thursday. About 480,000 homes are "
     "connected to such networks, most of them flats in council and housing association blocks. The regulator's "
     "director of retail markets, Priya Nandakumar, said some operators had passed on the full cost of old, "
     "inefficient boilers to tenants who had no way to switch supplier. Operators that charge more than the cap will "
     "have to refund the difference. The Heat Trust, which represents operators, said the cap was too low for small "
     "networks and that some might close. It has 28 days to appeal."),
    ("ib05", "https://www.marketsdesk.example/pellory-q3-results", "Markets Desk",
     "Pellory's quarterly profit falls 18% as shipping costs rise",
     "Pellory, an online furniture retailer, said on Monday that its third-quarter net profit fell 18% from a year "
     "earlier to 41 million euros, as higher shipping costs outweighed a rise in orders. Revenue grew 9% to 620 "
     "million euros. The number of active customers rose to 7.2 million from 6.5 million a year earlier. Shipping "
     "costs made up 14% of revenue in the quarter, against 11% a year earlier, chief financial officer Nadia "
     "Brankovic said, blaming higher container rates from Asia. Pellory kept its forecast for full-year revenue of "
     "2.4 billion to 2.5 billion euros. Its shares fell 7% in Frankfurt. The company said it would open two "
     "warehouses in Poland next year to shorten delivery times in eastern Europe."),
    ("ib06", "https://www.techpulse.example/vantry-cuts-jobs", "Tech Pulse",
     "Vantry to cut 1,200 jobs as it closes its hardware unit",
     "Vantry, a maker of video-conferencing software, will cut about 1,200 jobs, or 15% of its staff, and close its "
     "hardware unit, which makes cameras and speakers for meeting rooms, the company said on Wednesday. The hardware "
     "unit lost $95 million last year on sales of $210 million. Chief executive Samir Okafor said Vantry would stop "
     "selling new devices in March but would support those already sold for five years. Most of the cuts will fall in "
     "Austin, Texas, and in Taipei, where the unit's engineers work. Vantry expects to pay about $70 million in "
     "severance and other costs, most of it in the first quarter. The company's shares rose 4% after the news. "
     "Okafor said Vantry would put the money it saved into its software, including tools that write meeting notes."),
    ("ib07", "https://www.safetywatch.example/brindle-car-seat-recall", "Safety Watch",
     "Brindle recalls 310,000 child car seats over buckle fault",
     "Brindle, a maker of baby products, is recalling about 310,000 child car seats in the United States and Canada, "
     "as the buckle can jam and make it hard to take a child out quickly, the company and the US road safety "
     "regulator said on Friday. The recall covers the Brindle Nest and Nest Plus models made between March 2024 and "
     "June 2025. Brindle said it had received 46 reports of buckles that would not open, and two reports of minor "
     "injuries to parents who cut the straps. No children were hurt. Owners will be sent a free replacement buckle "
     "and can keep using the seats until it arrives, as long as the buckle still opens. About 260,000 of the seats "
     "were sold in the United States and the rest in Canada."),
    ("ib08", "https://www.cyberbrief.example/harlen-water-ransomware", "Cyber Brief",
     "Ransomware attack forces Harlen Water to switch to manual billing",
     "Harlen Water, which supplies 1.6 million people in the north of England, said on Monday that a ransomware attack "
     "had shut down its billing and customer service systems, forcing staff to handle payments by hand. The company "
     "said water supply and treatment were not affected, because those systems are run on a separate network. The "
     "attack was detected on Saturday night. A criminal group calling itself Marrow Fox said it had stolen 400 "
     "gigabytes of data and demanded a ransom. Harlen's chief executive, Gillian Marsh, said the company would not "
     "pay and had reported the attack to the police and the national cyber security agency. Customers were told to "
     "ignore emails asking for bank details. Harlen said it did not yet know whether customers' personal data had "
     "been taken."),
    ("ib09", "https://www.maritimedaily.example/corrie-electric-ferries", "Maritime Daily",
     "Corrie Shipyards wins 840 million euro order for six electric ferries",
     "Corrie Shipyards has won an 840 million euro contract to build six battery-electric ferries for Skelland's "
     "state ferry company, beating a bid from the Polish yard Gdanska Marine, the ferry company said on Thursday. "
     "The ferries will each carry 600 passengers and 150 cars and will replace diesel ships on the three busiest "
     "routes to the islands from 2029. They will charge at the ports in about 25 minutes. The ferry company's "
     "chief executive, Bjorn Ekdal, said the new ships would cut its carbon emissions by about 60% and its fuel "
     "bills by about 45 million euros a year. Corrie said the order would secure work for its 1,400 staff until "
     "2031. The government is paying 300 million euros of the cost and the ferry company the rest."),
    ("ib10", "https://www.commoditiesdaily.example/cocoa-slump", "Commodities Daily",
     "Cocoa futures slump 11% as West African harvest beats forecasts",
     "Cocoa futures fell 11% in New York on Tuesday to $6,900 a tonne, their biggest one-day drop in three years, "
     "after figures showed farmers in West Africa had delivered far more beans to ports than traders expected. "
     "Arrivals at the ports of Ivory Coast reached 1.1 million tonnes since the season began on October 1, up 24% "
     "from the same period a year earlier, according to exporters' estimates. Prices had more than doubled over the "
     "previous eighteen months because of poor harvests. Lena Moritz, a commodities analyst at the bank Strand & "
     "Cole, said the fall could bring some relief to chocolate makers, but that retail prices would take months to "
     "come down. Some hedge funds sold heavily as prices dropped, traders said. Prices remain about 60% above their "
     "level of two years ago."),
    ("io01", "https://www.heritagetimes.example/wreck-found-off-callan-point", "Heritage Times",
     "Divers find 18th-century merchant ship wreck off Callan Point",
     "Divers have found the wreck of an 18th-century merchant ship in 38 metres of water off Callan Point, the "
     "national maritime museum said on Wednesday. The museum believes the ship is the Margaret Ellery, which sank in "
     "a storm in 1764 on its way from Lisbon with a cargo of wine and cork. Nine of its crew of 22 survived. The "
     "wreck was found in August by a team of volunteer divers using a sonar map made by a survey ship last year. They "
     "have brought up a bronze bell and several wine bottles, some still sealed. The museum's head of archaeology, "
     "Dr Ruth Keneally, said the hull was unusually well preserved because it lay under a layer of sand. The site "
     "has been given legal protection, and diving there without a permit is now banned."),
    ("io02", "https://www.oceanwatch.example/calder-reef-bleaching", "Ocean Watch",
     "Survey finds half of Calder Reef's coral bleached after marine heatwave",
     "About half of the coral on Calder Reef has bleached after a marine heatwave this summer, scientists from the "
     "Institute of Marine Studies said on Tuesday. The survey, made by divers and aerial photographs at 140 sites "
     "between February and April, found bleaching at 51% of the coral cover, against 19% in the last survey, in "
     "2024. Sea temperatures on the reef were up to 2 degrees Celsius above the summer average for nine weeks. The "
     "institute's chief scientist, Dr Amara Osei, said most bleached coral could recover if the water cooled quickly "
     "but that some of it had already died. The northern part of the reef was worst hit. The reef's tourism "
     "operators, who employ about 5,000 people, said bookings had not yet fallen."),
    ("io03", "https://www.citymatters.example/dunford-bike-share-launch", "City Matters",
     "Dunford launches bike-share scheme with 1,500 e-bikes",
     "The city of Dunford launched a bike-share scheme on Saturday with 1,500 electric bikes at 120 docking stations, "
     "the city council said. Rides cost 1 pound to unlock and 15 pence a minute, and a monthly pass costs 20 pounds "
     "for up to 45 minutes a day. The scheme is run by the operator Pedalo Mobility under a seven-year contract, and "
     "the council will receive a share of its revenue. Councillor Hugh Barrington, who leads on transport, said the "
     "city wanted to take cars off its crowded streets and hoped to reach 2 million rides a year. The city has built "
     "38 kilometres of protected cycle lanes since 2022. Some shopkeepers in the old town objected to docking "
     "stations outside their shops, and three stations were moved after talks."),
    ("io04", "https://www.alpinedispatch.example/mervale-landslide", "Alpine Dispatch",
     "Landslide cuts Mervale valley road and railway, isolating 4,000 residents",
     "A landslide after three days of heavy rain has cut the only road and the railway into the Mervale valley, "
     "leaving about 4,000 residents and 600 tourists cut off, regional officials said on Sunday. No one was hurt. "
     "About 30,000 cubic metres of rock and mud covered a 200-metre stretch of both the road and the tracks near the "
     "village of Orsa. The regional governor, Carla Benedetti, said helicopters would bring food and medicine to the "
     "valley and fly out anyone who needed hospital care. Engineers expect to reopen the road within ten days, but "
     "the railway may stay closed for two months because a bridge was damaged. Geologists are watching the slope, "
     "which is still moving by a few centimetres a day."),
    ("io05", "https://www.skyandspace.example/comet-discovered-by-teacher", "Sky and Space",
     "Retired teacher discovers comet that may be visible to the naked eye",
     "A retired physics teacher in the town of Brackley has discovered a comet that could become visible to the "
     "naked eye in April, astronomers said on Friday. Alan Pryor, 67, spotted the faint object on November 19 in "
     "pictures taken with a telescope in his garden, and observatories in Chile and Spain confirmed it two days "
     "later. The comet, which will carry his name, will pass closest to the Sun on April 8, at about 50 million "
     "kilometres. It is now about 390 million kilometres from Earth. Dr Maya Lindholm of the Kestrel Observatory said "
     "comets often broke up or faded as they neared the Sun, so its brightness could not be predicted with "
     "confidence. Pryor said it was the first comet he had found in 31 years of searching."),
    ("io06", "https://www.cyclingreport.example/ruiz-doping-ban", "Cycling Report",
     "Cyclist Tomas Ruiz banned for four years after positive test",
     "The cyclist Tomas Ruiz has been banned for four years after testing positive for a blood-boosting drug, the "
     "sport's anti-doping agency said on Thursday. The sample was taken in an out-of-competition test in May, a month "
     "before Ruiz finished third in the Tour of Vessland. He will lose that result and the prize money that came with "
     "it, and the rider in fourth place, Luka Hren, will move up to third. Ruiz, 29, has denied taking the drug and "
     "said he would appeal to the sport's court of arbitration. His team, Arcadia Pro, suspended him in July, when "
     "the positive test was first reported, and ended his contract on Thursday. The ban runs from July, so Ruiz "
     "could race again in 2029."),
    ("io07", "https://www.regionalnews.example/census-tavish-speakers", "Regional News",
     "Census shows number of Tavish speakers rising for first time in a century",
     "The number of people who can speak Tavish, a minority language of the western islands, has risen for the "
     "first time in a century, the national statistics office said on Tuesday. Its census found 58,400 speakers, up "
     "from 54,100 ten years earlier. The rise was largest among people aged 3 to 15, whose number of speakers grew "
     "by 31%, which the office linked to schools that teach only in Tavish. The number of speakers over 65 fell. "
     "Only a third of speakers said they used the language every day. The minister for culture, Eilidh Morrow, said "
     "the figures showed that money spent on Tavish schools was working, and she promised to open four more by 2030. "
     "Campaigners said the language was still at risk in its island heartland."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Content-free sentences (error "content_free"): placeholders and empty lines a writer can emit, in shapes the
# earlier parts did not use (besides the bare "... said." lines in SENTS).
CONTENT_FREE = [
    ("ib01", "TL;DR: see above."),
    ("ib03", "Figures to be confirmed."),
    ("ib05", "Background: [to come]."),
    ("ib07", "Photo: supplied."),
    ("ib10", "[Image: cocoa beans]"),
    ("io01", "Paragraph 2."),
    ("io03", "More on this later today."),
    ("io06", "Edited by staff."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py, llama.cpp's server from ../shared/wheels on 127.0.0.1:8199, json_object, prompt
# version llm-3, date 2026-12-04), as the model wrote them, before the checker judged them: (article id, sentence,
# error[, other cited article ids]). The cites are the article(s) the call showed for that story (a signals sentence:
# the article(s) it is about). Labelled by reading. eval9-smollm2_raw.jsonl holds two editions in the order built
# (call numbers restart in each; machine at load 10-24): all 17 articles (15 calls: 9 story, 5 repair, 1 signals, the
# signals call timed out at 120 s; stopped after 15 minutes while it was still cycling through the same few stories)
# and ib04, ib06-ib09, io01, io02, io04-io07 (15 calls: 7 story, 5 repair, 3 signals, two signals calls timed out;
# the edition finished). Left out: "It has already delivered 4.8 million deliveries last year." ("It" is the robot of
# the sentence before: ambiguous), "..." after its first use, the second "The new method involves a process called ,",
# repeats and near-repeats of kept sentences (the Dunford lead and the Pedalo sentence again in calls 9 and 13, "The
# scheme is run by Pedalo Mobility ..." and "Councillor Barrington says that the scheme is run by ..." beside "Council
# says that ...", the cocoa lead in call 12, the heat network lead in the second edition, the Brindle, Vantry-shares
# and Marsh sentences of its repair and signals calls), "This includes cameras and speakers for meeting rooms." (no
# antecedent) and "Okafor said Varty would put the money it saved into its software." (faithful but with the
# company's name misspelt: ambiguous).
SMOLLM2: list[tuple] = [
    # edition 1 (all 17 articles)
    ("ib01", "Quenby Robotics, a Leeds company that builds robots to carry medicines and samples around hospitals, has "
             "raised $140 million in a Series B round, with Marlowe Partners leading it, the company said on "
             "Tuesday.", S, ("ib02",)),
    ("ib01", "The company's latest robot is equipped with 61 new hospital robots that can carry medicines and samples "
             "around hospitals.", CLAIM, ("ib02",)),
    ("ib02", "the company arranged a $20M credit line from Harrow Bank, which the company arranged at same time as an "
             "equity round led by Marlowe Partners.", S, ("ib01",)),
    ("ib03", "Orsett Foods has agreed to buy Kilnworth, a maker of oat biscuits and crackers.", S),
    ("ib03", "...", CF),
    ("ib03", "Orsett, which owns the Brayfield cereal brand, said the deal would add about 210 million pounds to its "
             "annual sales.", S),
    ("ib03", "Orset's CEO, Orsett, has been a key player in the industry for nearly two decades.", CLAIM),
    ("ib05", "The company has been working to improve its shipping efficiency and is now using a new method of "
             "delivery that allows it to reduce the amount of time it takes for goods to arrive at its warehouses.",
     CLAIM),
    ("ib05", "The new method involves a process called", CF),
    ("ib05", "It will be available in January, with a launch date set for 2018.", CLAIM),
    ("ib05", "The company said it would open two warehouses in Poland next year to shorten delivery times in eastern "
             "Europe.", S),
    ("ib05", "The forecasted revenue was 2.4 billion euros, while the actual amount is 2.5 billion euros.", FIG),
    ("ib05", "Pellory kept its forecast for full-year revenue of 2.5 billion to 3.0 billion euros.", FIG),
    ("ib05", "The company has now confirmed it will close two more warehouses in Poland next year to shorten delivery "
             "times in eastern Europe.", DIR),
    ("ib05", "The actual amount is 2.4 billion euros, while the forecasted amount is 3.0 billion euros.", FIG),
    ("ib10", "Cocoa futures fell to $6,900 a tonne in New York on Tuesday.", S),
    ("ib10", "Prices had more than doubled over the previous eighteen months because of poor harvests.", S),
    ("io03", "The city of Dunford launched a bike-share scheme on Saturday with 1,500 electric bikes at 120 docking "
             "stations.", S),
    ("io03", "Council says that the scheme is run by Pedalo Mobility under a seven-year contract and will have a share "
             "in revenue after talks.", ACT),
    ("io03", "Description of the scheme is that it allows people to ride bicycles on roads without having to pay for "
             "them.", DIR),
    ("io03", "The scheme also includes 1,500 electric bikes at 120 docking stations.", S),
    ("ib10", "Cocoa futures fell 11% in New York on Tuesday to $6,900 a tonne.", S),
    ("ib10", "Prices had more than doubled over the past eight months because of poor harvests.", FIG),
    ("ib10", "Cannot be edited without using bold text and enumerations.", CF),
    ("ib10", "Arrivals at the ports of Ivornesse had reached 3.4 million tonnes since the season began on October 1, "
             "up 58% from the same period last year.", FIG),
    ("ib10", "Their biggest one-day drop in three years, after figures showed that the West African farmers had "
             "delivered far more beans than traders expected.", S),
    ("io03", "Rides cost 1 pound to unlock and 15 pence a minute, and a monthly pass costs 20 pounds for up to 45 "
             "minutes a day.", S),
    ("ib04", "Britain's energy regulator has ordered operators of district heating networks to cap what they charge "
             "homes, after complaints that some tenants paid three times the price of gas heating.", S),
    ("ib04", "The heat trust has announced plans to close down a network of energy-efficient boilers in the North "
             "East of England, as part of its efforts to reduce carbon emissions.", CLAIM),
    # edition 2 (ib04, ib06-ib09, io01, io02, io04-io07)
    ("ib04", "From April, operators may charge no more than 14 cents per kilowatt-hour.", FIG),
    ("ib04", "The regulator said in a ruling on Thursday.", CF),
    ("io06", "The cycling news report has revealed that the cycling news report has been banned for four years after "
             "testing positive for a blood-boosting drug, the sport's anti-doping agency said on Thursday.", ACT),
    ("io06", "Cyclists have been banned from cycling since 2015.", CLAIM),
    ("io06", "The reason is that they are taking a blood-boosting drug to combat doping and it has been tested "
             "positive for the drug in July, so it will be banned again next year.", CLAIM),
    ("io06", "The cyclist Tomas Ruiz has been banned for four years after testing positive for a blood-boosting drug, "
             "the sport's anti-doping agency said on Thursday.", S),
    ("io06", "The sample was taken in an out-of-competition test in May, a month before Ruiz finished third in the "
             "Tour of Vessland.", S),
    ("ib07", "The recall covers the Brindle Nest and Nest Plus models made between March 2024 and June 2025.", S),
    ("ib06", "The company's shares rose 4% after the news.", S),
    ("ib06", "Varty, a maker of video-conferencing software, will cut about 150 jobs in hardware unit and close its "
             "hardware unit.", FIG),
    ("ib06", "This includes cameras and speakers for meeting rooms, which means that this is a 150 percent increase in "
             "sales of $95 million.", FIG),
    ("ib04", "The Heat Trust, which represents operators, has said the cap was too low for small networks and that "
             "some might close.", S),
    ("ib04", "The regulator's director of retail markets, Priya Nandakumar, says it is too high.", DIR),
    ("ib08", "Harlen Water, which supplies 1.6 million people in the north of England, said on Monday that a "
             "ransomware attack had shut down its billing and customer service systems, forcing staff to handle "
             "payments by hand.", S),
    ("ib08", "The company has been accused of stealing 400 gigabytes of data from its own servers.", ACT),
    ("ib08", "The incident is believed to have taken place in a remote location.", CLAIM),
    ("ib08", "Harlen's chief executive, Gillian Marsh, said the company would not pay and had reported the attack to "
             "the police and the national cyber security agency.", S),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="o", split="evaluation9",
                                      raw_name="eval9-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval9", arts, rows, problems, (("business and tech articles", "ib"), ("others", "io")))


if __name__ == "__main__":
    main()
