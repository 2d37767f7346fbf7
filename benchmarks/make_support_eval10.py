"""Build the tenth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval10-articles.jsonl and eval10-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval10.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads (kb01-kb10): a funding round reported by two
outlets with figures that differ (kb01 Tech Funding Daily $85 million / kb02 Ledger Street $100 million, the latter
counting a $15 million venture loan from Tessaly Bank beside the equity round), an acquisition paid in cash, a
competition regulator's ruling on parcel lockers, a hotel group's quarterly results with year-earlier comparisons,
job cuts and branch closures at a bank, an e-bike recall, a data theft at an online pharmacy, a contract award for
offshore wind substations and a record copper price. Seven are on topics no earlier part uses (ko01-ko07): beavers
released in a valley, a frost that cut a grape harvest, an avalanche that stranded a ski resort, a rhino calf born
at a zoo, an unclaimed lottery jackpot, a shortage of student housing and a meteorite found by a farmer.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, "a year earlier" comparisons,
two-sentence summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine or compute
from what the cited articles say (both outlets' figures for one round and their difference, a year-earlier figure
from a percentage change, a price before a rise, a difference, a sum, a share or a ratio computed from one passage).
Each is fully supported by one passage (a sentence and its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind, with shapes beside the earlier parts': a true subject
with a bare "said." and nothing said (kind content_free), a claim that reuses the passage's own words with one role
swapped (the lender made the lead investor, the awarder and the winner of a contract swapped, the lender and the
borrower of a meteorite swapped, the payer and the payee of a higher price swapped, the recipient of unclaimed
money changed), a minimum for a cap, compulsory redundancy first for voluntary, a share of revenue computed wrongly,
a plan stated as done (a strike called, approval granted, a calf named); plus wrong actors, directions (antonyms,
negations), wrong figures, units and dates, invented causes, unsupported claims, merged events (citing two
articles), content-free sentences and generic invented analysis (error "generic_analysis"). Real SmolLM2-135M
outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers
are in eval10-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split
"evaluation10"; ids "h0001"...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, fresh_part, write_part  # noqa: E402

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl", "eval5-sentences.jsonl",
           "eval6-sentences.jsonl", "eval7-sentences.jsonl", "eval8-sentences.jsonl", "eval9-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl")
EARLIER_IDS = "skmvwxyzuro"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io; this part's: kb, ko)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "kb01": [
        ("Corvel Health has raised $85 million, Tech Funding Daily reports.", S),
        ("Arden Ventures led an $85 million Series C round in Corvel Health, a Bristol start-up whose software checks "
         "eye scans for disease.", S),
        ("Halloway Capital, an investor in Corvel's previous round, joined this one too.", S),
        ("The round valued Corvel at about $600 million, according to two people briefed on it; the company itself "
         "gave no valuation.", S),
        ("Corvel's software is used in 140 eye clinics, against 52 a year earlier.", S),
        ("Last year the software checked some 1.2 million scans.", S),
        ("The money will fund an expansion into Germany and France and the hiring of 90 engineers, chief executive "
         "Nadia Ferrante said.", S),
        ("Ferrante founded Corvel in 2021 with the eye surgeon Tomasz Wilk.", S),
        ("The number of clinics using Corvel's software has more than doubled in a year.", S, (), AN),
        ("Before the 90 new hires, Corvel employs about 220 people.", S, (), AN),
        ("Halloway Capital led Corvel Health's $85 million round.", ACT),
        ("Tomasz Wilk, Corvel's chief executive, said the money would pay for a move into Germany and France.", ACT),
        ("Corvel disclosed that the round valued it at $600 million.", DIR),
        ("Corvel's software is used in 140 eye clinics, down from 152 a year earlier.", DIR),
        ("Corvel plans to cut 90 engineering jobs after the round.", DIR),
        ("Corvel raised $85 million in a Series B round.", FIG),
        ("Corvel's staff will reach 400 after the new hires.", FIG),
        ("Corvel was founded in 2012.", FIG),
        ("Corvel plans to move into Spain and Italy after Germany and France.", CLAIM),
        ("Corvel raised the money because clinics in Britain had stopped buying its software.", CAUSE),
        ("Corvel's rapid growth shows that artificial intelligence is transforming eye care across Europe.", GEN),
        ("Corvel Health raised $85 million as Pellane agreed to buy Kovin.", MERGE, ("kb03",)),
        ("Chief executive Nadia Ferrante said.", CF),
    ],
    "kb02": [
        ("Corvel Health has secured $100 million in new funding, Ledger Street reports.", S),
        ("The $100 million includes a $15 million venture loan from Tessaly Bank, agreed alongside an equity round "
         "that Arden Ventures led.", S),
        ("Arden partner Owen Becker is joining Corvel's board.", S),
        ("Corvel's revenue rose to $14 million last year from $6 million a year earlier, accounts filed this month "
         "show.", S),
        ("Its net loss widened to $21 million from $12 million.", S),
        ("Becker said British hospitals had too few eye specialists to meet demand and that software like Corvel's "
         "could shorten waiting times.", S),
        ("Clinics pay Corvel a yearly fee that depends on the number of scans they check.", S),
        ("Corvel has not yet sought approval for its software in the United States.", S),
        ("Without the Tessaly Bank loan, the new funding comes to $85 million.", S, (), AN),
        ("Corvel's revenue more than doubled last year, rising by $8 million.", S, (), AN),
        ("Corvel's net loss grew by $9 million last year.", S, (), AN),
        ("Tech Funding Daily puts Corvel's round at $85 million and Ledger Street at $100 million; the $15 million "
         "difference is Tessaly Bank's loan.", S, ("kb01",), AN),
        ("Tessaly Bank led Corvel's equity round.", ACT),
        ("Owen Becker, a partner at Tessaly Bank, will join Corvel's board.", ACT),
        ("Corvel's net loss narrowed to $12 million from $21 million.", DIR),
        ("Corvel has won approval for its software in the United States.", DIR),
        ("Corvel's revenue rose to $14 million from $4 million.", FIG),
        ("The venture loan from Tessaly Bank is worth $25 million.", FIG),
        ("Corvel's revenue rose by 57% last year.", FIG),
        ("Corvel charges clinics a flat monthly fee for its software.", CLAIM),
        ("Corvel's loss widened because it opened offices in Germany and France.", CAUSE),
        ("The round is a sign that investors are returning to health technology after a difficult two years.", GEN),
        ("Corvel plans to list its shares next year, Becker said.", CLAIM),
    ],
    "kb03": [
        ("Pellane Group has agreed to buy Kovin Coatings for 640 million euros.", S),
        ("Kovin Coatings, based in Ostrava, is being bought by the Dutch industrial paint maker Pellane in a cash deal "
         "valued at 640 million euros including debt.", S),
        ("Kovin shareholders will get 32 euros a share, a premium of 27% to Friday's close.", S),
        ("The Brana family, Kovin's holder of a 41% stake, has agreed to sell.", S),
        ("Kovin employs 2,300 people at 11 plants in central Europe.", S),
        ("Pellane expects annual savings of 35 million euros by 2028, mainly from buying raw materials jointly.", S),
        ("Pellane chief executive Joost Verbeek said none of Kovin's plants would be closed.", S),
        ("The takeover needs the European Commission's approval and should be finished in the second half of next "
         "year.", S),
        ("Kovin's shares jumped 24% in Prague.", S),
        ("Kovin's shares closed at about 25 euros on Friday.", S, (), AN),
        ("Kovin's shares rose less than the 27% premium Pellane is offering.", S, (), AN),
        ("Kovin Coatings has agreed to buy Pellane Group for 640 million euros.", ACT),
        ("The Brana family owns 41% of Pellane.", ACT),
        ("Verbeek said Pellane would close several of Kovin's plants.", DIR),
        ("Pellane offered 32 euros a share, 27% less than Kovin's closing price on Friday.", DIR),
        ("Pellane will pay for Kovin partly in its own shares.", DIR),
        ("Pellane expects the deal to save 53 million euros a year by 2028.", FIG),
        ("Kovin runs 11 plants and employs 3,200 people.", FIG),
        ("The deal should be completed in the first half of next year.", FIG),
        ("The European Commission has already approved the deal.", CLAIM),
        ("Pellane is buying Kovin because its own sales in Europe have fallen.", CAUSE),
        ("The deal will make Pellane Europe's biggest maker of industrial paints.", GEN),
        ("Pellane agreed to buy Kovin Coatings after Tovik recalled 38,000 e-bikes.", MERGE, ("kb07",)),
    ],
    "kb04": [
        ("The Competition Board has ordered Parcelo to open its parcel lockers to rival couriers.", S),
        ("Rival couriers must be allowed to use Parcelo's lockers for no more than 9 cents a parcel, the Competition "
         "Board ruled on Wednesday.", S),
        ("Parcelo, which runs 8,400 lockers or 61% of the country's total, has until June to comply.", S),
        ("The board found that Parcelo had refused other couriers access since 2023, keeping them out of locker "
         "deliveries.", S),
        ("The company was not fined.", S),
        ("Parcelo will appeal, saying the ruling punishes it for investing in a network its rivals did not build.", S),
        ("Dashwell and Ferrow, two rival couriers that had complained to the Competition Board, welcomed the "
         "ruling.", S),
        ("Dashwell said it would begin using the lockers as soon as possible.", S),
        ("Other operators run the remaining 39% of the country's parcel lockers.", S, (), AN),
        ("The country has roughly 13,800 parcel lockers in all.", S, (), AN),
        ("Parcelo ordered the Competition Board to open its lockers.", ACT),
        ("Dashwell said it would appeal against the ruling.", ACT),
        ("Parcelo complained to the board about Dashwell and Ferrow.", ACT),
        ("The board set a minimum fee of 9 cents a parcel for rivals using Parcelo's lockers.", DIR),
        ("Parcelo said it accepted the ruling.", DIR),
        ("The board fined Parcelo for refusing access to its lockers.", DIR),
        ("Parcelo runs 4,800 lockers.", FIG),
        ("Parcelo has until January to comply with the ruling.", FIG),
        ("The fee Parcelo may charge rivals is capped at 9 euros a parcel.", FIG),
        ("Parcelo plans to raise its prices for customers after the ruling.", CLAIM),
        ("The board acted after Parcelo raised its fees for rival couriers.", CAUSE),
        ("The ruling will lower delivery prices for online shoppers across the country.", GEN),
        ("The Competition Board said.", CF),
    ],
    "kb05": [
        ("Halvard Hotels' third-quarter net profit rose 15% from a year earlier to 46 million euros.", S),
        ("Guests paying more for rooms lifted Halvard Hotels' quarterly profit to 46 million euros, the group said on "
         "Thursday.", S),
        ("Revenue rose to 410 million euros from 372 million a year earlier.", S),
        ("The average room rate climbed 6% to 142 euros a night.", S),
        ("Occupancy was 81%, compared with 77% a year earlier.", S),
        ("Halvard opened four hotels during the quarter, taking its total to 96.", S),
        ("Finance chief Ingrid Solberg said Christmas bookings were ahead of last year but warned that higher wages "
         "would weigh on next year's profit.", S),
        ("Halvard's quarterly profit beat analysts' forecast of 43 million euros; its shares rose 3% in Oslo.", S),
        ("A year earlier, Halvard made a quarterly profit of about 40 million euros.", S, (), AN),
        ("Halvard's quarterly revenue rose by 38 million euros.", S, (), AN),
        ("Halvard ran 92 hotels before the quarter began.", S, (), AN),
        ("A year earlier the average room rate was about 134 euros a night.", S, (), AN),
        ("Analysts said higher wages would weigh on Halvard's profit next year.", ACT),
        ("Halvard's third-quarter net profit fell 15% from a year earlier.", DIR),
        ("Occupancy fell to 77% from 81% a year earlier.", DIR),
        ("Halvard cut its full-year revenue forecast.", DIR),
        ("Halvard's profit fell short of analysts' expectations.", DIR),
        ("Halvard's quarterly revenue rose to 410 million euros from 327 million.", FIG),
        ("Halvard's average room rate rose 16% to 142 euros.", FIG),
        ("Halvard now runs 100 hotels.", FIG),
        ("Halvard's net profit of 46 million euros made up more than a fifth of its revenue.", FIG),
        ("Halvard plans to open ten more hotels next year.", CLAIM),
        ("Profit rose because Halvard cut staff costs.", CAUSE),
        ("The results show that the travel boom has further to run.", GEN),
        ("Halvard Hotels' profit rose as Dorrington Bank's job cuts lowered wages in the industry.", MERGE, ("kb06",)),
    ],

    "kb06": [
        ("Dorrington Bank will cut 1,200 jobs and close 45 branches by next June.", S),
        ("About 8% of Dorrington Bank's workforce, 1,200 jobs, will go, the bank said on Tuesday.", S),
        ("Most of the job cuts will fall on branches and call centres.", S),
        ("Customers now carry out 70% of their transactions on the bank's app and fewer visit branches, chief "
         "operating officer Rhys Calder said.", S),
        ("Over the same period Dorrington will take on about 200 people for its cyber security and fraud teams.", S),
        ("The Finance Staff Union complained that nobody had consulted it and said it would ask members whether to "
         "strike.", S),
        ("Dorrington will offer voluntary redundancy first, and staff at branches that close may apply for other "
         "jobs.", S),
        ("The bank's profit last year was 610 million pounds.", S),
        ("Dorrington will be left with 185 branches.", S, (), AN),
        ("Dorrington Bank employs about 15,000 people.", S, (), AN),
        ("Counting the 200 hires, Dorrington's workforce will shrink by about 1,000.", S, (), AN),
        ("The Finance Staff Union said customers now made 70% of their transactions on the app.", ACT),
        ("Rhys Calder said the union would ask members whether to strike.", ACT),
        ("Dorrington will hire 1,200 people and open 45 branches.", DIR),
        ("Dorrington said it would begin with compulsory redundancies.", DIR),
        ("Dorrington will cut about 200 jobs in its cyber security and fraud teams.", DIR),
        ("Dorrington will close 45 of its 320 branches.", FIG),
        ("The job cuts amount to about 18% of the bank's workforce.", FIG),
        ("Dorrington made a profit of 610 million pounds in the first half.", FIG),
        ("The union has called a strike for January.", CLAIM),
        ("Dorrington is cutting jobs because its profit fell last year.", CAUSE),
        ("The cuts show that high-street banking is in terminal decline.", GEN),
        ("Dorrington Bank will cut 1,200 jobs as Ostrander Energy hires 600 people.", MERGE, ("kb09",)),
    ],
    "kb07": [
        ("Tovik is recalling 38,000 e-bikes because their front forks can crack.", S),
        ("Some 38,000 electric bikes sold by Tovik in Germany and Austria are being recalled over a fault in the "
         "front fork.", S),
        ("Tovik has had 14 reports of forks breaking, and three riders were injured.", S),
        ("The recall affects City 2 and City 2 Plus bikes built between January and August 2025.", S),
        ("Owners should stop riding the bikes and take them to a dealer, who will replace the fork for free.", S),
        ("Tovik blamed a supplier, which it said had changed how it treated the metal without telling Tovik.", S),
        ("The Federal Transport Safety Office said it was examining the reports.", S),
        ("Tovik has halted sales of both models until new forks arrive.", S),
        ("About 9,000 of the recalled bikes were sold in Austria.", S, (), AN),
        ("Roughly three in four of the recalled bikes were sold in Germany.", S, (), AN),
        ("The Federal Transport Safety Office is recalling 38,000 Tovik e-bikes.", ACT),
        ("Tovik said it had changed the way it treated the metal in its forks.", ACT),
        ("Tovik's supplier said Tovik had changed the design of the fork without telling it.", ACT),
        ("Tovik has kept selling the two models while it replaces the forks.", DIR),
        ("Owners may keep riding their bikes until a dealer replaces the fork.", DIR),
        ("Owners will have to pay for the new fork.", DIR),
        ("Tovik is recalling 83,000 e-bikes.", FIG),
        ("Tovik has received 41 reports of forks breaking.", FIG),
        ("The recall covers bikes made between January and August 2024.", FIG),
        ("Three riders were seriously injured when their forks broke at speed.", CLAIM),
        ("Tovik has dropped the supplier.", CLAIM),
        ("The forks cracked because riders overloaded the bikes.", CAUSE),
        ("The recall will badly damage Tovik's reputation with cyclists.", GEN),
    ],
    "kb08": [
        ("Hackers stole data on 210,000 MedDirect customers, the online pharmacy said.", S),
        ("Names, addresses and order histories of 210,000 MedDirect customers were stolen by hackers, but payment card "
         "details were not.", S),
        ("The attackers got into MedDirect's systems with a password stolen from a contractor.", S),
        ("MedDirect discovered the breach on November 28, nine days after the hackers first got in.", S),
        ("MedDirect has informed the data protection authority and started writing to affected customers.", S),
        ("The company has reset every password and brought in an outside firm to investigate, chief technology "
         "officer Anjali Rao said.", S),
        ("Privacy groups said the breach was worse than most because order histories reveal which medicines people "
         "bought.", S),
        ("MedDirect's shares fell 6% in Frankfurt; the company said it had received no ransom demand.", S),
        ("The hackers first got into MedDirect's systems on November 19.", S, (), AN),
        ("MedDirect stole the data of 210,000 customers of a contractor.", ACT),
        ("A contractor discovered the breach and told MedDirect.", ACT),
        ("Privacy groups said the company had reset every password.", ACT),
        ("The hackers took customers' payment card details.", DIR),
        ("MedDirect said the hackers had demanded a ransom.", DIR),
        ("MedDirect's shares rose 6% in Frankfurt.", DIR),
        ("Privacy groups said the breach was less serious than most.", DIR),
        ("Hackers stole the data of 120,000 MedDirect customers.", FIG),
        ("MedDirect found the breach on November 18.", FIG),
        ("MedDirect found the breach 19 days after the attackers got in.", FIG),
        ("The data protection authority has opened an investigation and may fine MedDirect.", CLAIM),
        ("The hackers were able to get in because MedDirect had not updated its software.", CAUSE),
        ("The breach shows that online pharmacies are an easy target for criminals.", GEN),
        ("Chief technology officer Anjali Rao said.", CF),
    ],
    "kb09": [
        ("Kessel Marine has won a $780 million contract to build two substations for Ostrander Energy's Bluefin wind "
         "farm.", S),
        ("Ostrander Energy picked Kessel Marine over Carrow Heavy Industries for the $780 million job.", S),
        ("The two offshore substations will gather power from the turbines and send it to shore.", S),
        ("Kessel is due to deliver the substations in 2029.", S),
        ("The Bluefin farm's 900 megawatts would be enough to supply some 800,000 homes.", S),
        ("The contract will keep 600 people busy at Kessel's Port Elwin yard for three years, the company said.", S),
        ("Hanne Lund, Ostrander's chief executive, said Kessel was chosen because it could deliver sooner.", S),
        ("The contract is the biggest Kessel has won.", S),
        ("Ostrander has yet to choose a turbine supplier and expects to do so next spring.", S),
        ("Each of the two substations is worth about $390 million on average.", S, (), AN),
        ("Carrow Heavy Industries won a $780 million contract from Ostrander Energy.", ACT),
        ("Kessel Marine awarded Ostrander Energy a contract for two substations.", ACT),
        ("Carrow's chief executive, Hanne Lund, said Ostrander chose Kessel because it could deliver sooner.", ACT),
        ("Kessel will deliver the substations later than Carrow could have.", DIR),
        ("Ostrander has already chosen a supplier for the turbines.", DIR),
        ("The contract is worth $870 million.", FIG),
        ("The Bluefin farm will have a capacity of 900 gigawatts.", FIG),
        ("The work will keep 600 people busy at Port Elwin for five years.", FIG),
        ("Kessel will build three offshore substations for the Bluefin farm.", FIG),
        ("Kessel will hire 600 new workers at Port Elwin.", CLAIM),
        ("Ostrander chose Kessel because its bid was cheaper.", CAUSE),
        ("The contract puts Kessel at the forefront of Europe's offshore wind boom.", GEN),
        ("Kessel Marine won a $780 million contract as copper hit a record high.", MERGE, ("kb10",)),
    ],
    "kb10": [
        ("Copper hit a record $12,400 a tonne on the London Metal Exchange on Monday.", S),
        ("A flood at the Montaro Alto mine sent copper up 3.2% on Monday to a record $12,400 a tonne.", S),
        ("The Montaro Alto mine produces about 2% of the world's copper.", S),
        ("Cordel Mining, which operates the mine, said it did not know when work would restart.", S),
        ("Copper is up 28% this year, as demand from power cable and electric car makers has outpaced supply.", S),
        ("Copper stocks in the exchange's warehouses fell to 98,000 tonnes, their lowest since 2022.", S),
        ("Brenner Bank's analysts said copper could reach $13,000 a tonne if the mine remained shut into next "
         "year.", S),
        ("Shares in other copper miners rose and shares in cable makers fell.", S),
        ("Aluminium gained 1.1% and nickel barely moved.", S),
        ("Before Monday's rise, copper traded at about $12,000 a tonne.", S, (), AN),
        ("Brenner Bank's forecast is $600 above Monday's record.", S, (), AN),
        ("Brenner Bank halted the Montaro Alto mine.", ACT),
        ("Cordel Mining's analysts said copper could reach $13,000.", ACT),
        ("Copper fell 3.2% on Monday after the flood.", DIR),
        ("Stocks in the exchange's warehouses rose to 98,000 tonnes.", DIR),
        ("Shares in cable makers rose, while shares in copper miners fell.", DIR),
        ("Copper has fallen 28% this year.", DIR),
        ("Copper hit a record $14,200 a tonne.", FIG),
        ("The Montaro Alto mine produces about 20% of the world's copper supply.", FIG),
        ("Warehouse stocks fell to their lowest level since 2012.", FIG),
        ("Cordel Mining expects the mine to reopen within a month.", CLAIM),
        ("The mine flooded because Cordel had cut spending on pumps.", CAUSE),
        ("The record shows the world is running out of copper.", GEN),
    ],

    "ko01": [
        ("Beavers released in the Wendle valley have built 14 dams and helped reduce flooding downstream, a study "
         "found.", S),
        ("A study published on Monday found that beavers set free in the Wendle valley last year had cut flooding "
         "further down the river.", S),
        ("The wildlife trust released six beavers, in two families, in March 2025.", S),
        ("After kits were born in the spring, there are now 11 beavers.", S),
        ("In October's storm, the river's peak flow at Ashcombe was 30% lower than in a storm of the same size in "
         "2023, hydrologist Ruth Hale said.", S),
        ("Dr Ruth Hale led the study.", S),
        ("Two farmers say the dams flooded four hectares of their pasture.", S),
        ("The trust will compensate the two farmers and lower one of the dams.", S),
        ("The government is considering whether to allow releases in other valleys.", S),
        ("Five beaver kits were born in the valley in the spring.", S, (), AN),
        ("The number of beavers in the valley has almost doubled since their release.", S, (), AN),
        ("The farmers released six beavers in the Wendle valley.", ACT),
        ("Dr Ruth Hale said she would pay the farmers compensation.", ACT),
        ("The study found that the beavers' dams had increased flooding at Ashcombe.", DIR),
        ("The peak flow at Ashcombe was 30% higher than in 2023.", DIR),
        ("The trust said it would remove all the dams.", DIR),
        ("The beavers have built 40 dams.", FIG),
        ("The dams flooded 14 hectares of pasture.", FIG),
        ("The beavers were released in March 2024.", FIG),
        ("The government has approved releases in three more valleys.", CLAIM),
        ("The farmers have taken the trust to court.", CLAIM),
        ("Flooding fell because the trust also planted trees along the river.", CAUSE),
        ("The study proves that beavers are the cheapest way to protect villages from floods.", GEN),
    ],
    "ko02": [
        ("April frost cut the Callory grape harvest to 41,000 tonnes from 66,000 tonnes last year.", S),
        ("Callory's growers picked 41,000 tonnes of grapes this year after frost in April killed many new buds, their "
         "association said.", S),
        ("Some vineyards on low ground lost all their grapes.", S),
        ("Wineries paid some 20% more a tonne for the grapes that were picked.", S),
        ("Some wineries said they would put up the price of their wine next year.", S),
        ("Many small growers will not survive without help, said Marta Vidal, the association's president.", S),
        ("The regional government has offered growers 12 million euros in aid, which they can claim from January.", S),
        ("Vidal welcomed the aid but said it was too small, as the association puts growers' losses at about 70 "
         "million euros.", S),
        ("The Callory harvest fell by 25,000 tonnes, or more than a third.", S, (), AN),
        ("The aid covers less than a fifth of the losses the association estimates.", S, (), AN),
        ("The regional government put the growers' losses at about 70 million euros.", ACT),
        ("Marta Vidal, who heads the regional government, offered 12 million euros in aid.", ACT),
        ("Growers paid wineries 20% more per tonne.", ACT),
        ("The Callory grape harvest rose to 66,000 tonnes from 41,000.", DIR),
        ("Vineyards on high ground lost their whole crop.", DIR),
        ("Wineries paid about 20% less per tonne for grapes this year.", DIR),
        ("Vidal said the aid was enough to save the small growers.", DIR),
        ("Growers picked 14,000 tonnes of grapes this year.", FIG),
        ("The frost struck in May.", FIG),
        ("The regional government has offered 70 million euros in aid.", FIG),
        ("Wine prices in the region have already risen by 20%.", CLAIM),
        ("The frost was the worst in the region for 50 years.", CLAIM),
        ("The harvest fell because growers had pulled up old vines.", CAUSE),
        ("Climate change is making frost a growing threat to European wine.", GEN),
        ("Callory's growers lost more than a third of their harvest when an avalanche cut off the region.", MERGE,
         ("ko03",)),
    ],
    "ko03": [
        ("An avalanche stranded about 3,000 tourists in Valderon for two days.", S),
        ("About 3,000 tourists were cut off in the ski resort of Valderon after an avalanche blocked its only road, "
         "officials said.", S),
        ("No one was injured.", S),
        ("The avalanche came down on Friday after 1.8 metres of snow had fallen in 48 hours.", S),
        ("Forty people who needed medical care or had urgent travel were flown out by helicopter.", S),
        ("Crews cleared the road, which reopened on Sunday afternoon but will stay closed at night until the risk "
         "falls.", S),
        ("Mayor Paolo Rinaldi said hotels had let stranded guests stay without charge.", S),
        ("The lifts were shut on Saturday because of the risk of further avalanches and reopened on Sunday.", S),
        ("Rinaldi said Valderon needed a tunnel.", S),
        ("About 2,960 of the stranded tourists stayed in Valderon until the road reopened.", S, (), AN),
        ("Snow fell at an average of more than 3.5 centimetres an hour in the 48 hours before the avalanche.", S, (),
         AN),
        ("Hotels flew out 40 people by helicopter.", ACT),
        ("The hotels said the village needed a tunnel.", ACT),
        ("Several people were hurt in the avalanche.", DIR),
        ("Hotels charged stranded guests extra for their rooms.", DIR),
        ("The road will be open at night but closed during the day.", DIR),
        ("The lifts stayed open on Saturday.", DIR),
        ("About 30,000 tourists were stranded in Valderon.", FIG),
        ("Helicopters flew out 400 people.", FIG),
        ("The avalanche followed 1.8 metres of snow in 24 hours.", FIG),
        ("The road reopened on Saturday afternoon.", FIG),
        ("The national government has promised to fund a tunnel to Valderon.", CLAIM),
        ("The avalanche was set off by skiers going off the marked runs.", CAUSE),
        ("The avalanche shows how exposed Alpine resorts are to extreme weather.", GEN),
    ],
    "ko04": [
        ("Hartwell Zoo has had a black rhino calf, its first birth of the species in 19 years.", S),
        ("A female black rhino calf was born at Hartwell Zoo three weeks ago, the zoo said on Wednesday.", S),
        ("The calf's mother, Kesi, is 14, and the calf weighed 32 kilograms at birth.", S),
        ("The zoo did not announce the birth until it was sure the calf was healthy.", S),
        ("Kesi came to Hartwell from a Polish zoo in 2022 as part of a European breeding programme.", S),
        ("Hartwell now has five black rhinos.", S),
        ("The calf is feeding well and already follows her mother around the paddock, head keeper Simon Ashby "
         "said.", S),
        ("The calf will go on show in February, and visitors will be asked to pick her name.", S),
        ("Fewer than 6,500 black rhinos live in the wild.", S),
        ("The last black rhino born at Hartwell before this calf was born 19 years ago.", S, (), AN),
        ("Before the calf was born, Hartwell had four black rhinos.", S, (), AN),
        ("Simon Ashby brought Kesi to Hartwell from a zoo in Poland.", ACT),
        ("Hartwell Zoo sent Kesi to a zoo in Poland in 2022.", ACT),
        ("Kesi was born at Hartwell Zoo.", ACT),
        ("The calf is a male.", DIR),
        ("The calf is struggling to feed.", DIR),
        ("The zoo announced the birth on the day the calf was born.", DIR),
        ("The calf weighed 23 kilograms.", FIG),
        ("It is the zoo's first black rhino birth in nine years.", FIG),
        ("Fewer than 65,000 black rhinos live in the wild.", FIG),
        ("The calf will go on show in December.", FIG),
        ("The zoo's keepers have already named the calf.", DIR),
        ("The calf will be sent to a zoo in Poland when she is two.", CLAIM),
        ("The birth was possible because the zoo built a new rhino house.", CAUSE),
        ("The birth gives new hope that the black rhino can be saved from extinction.", GEN),
        ("Head keeper Simon Ashby said.", CF),
    ],

    "ko05": [
        ("An 18.6 million pound lottery ticket bought in Renfield is still unclaimed, with 30 days left to claim "
         "it.", S),
        ("Fortuna Lotteries said on Monday that the owner of an unclaimed 18.6 million pound ticket bought in Renfield "
         "had 30 days to come forward.", S),
        ("The ticket was bought at a Mill Street newsagent for the June 7 draw.", S),
        ("Lottery winners have 180 days to claim their prize.", S),
        ("If the prize is not claimed, the money will go to the good causes fund.", S),
        ("Fortuna urged people in Renfield to check old tickets, including those in coat pockets and cars.", S),
        ("Dev Sandhu, who owns the shop, said he hoped the winner was one of his regulars.", S),
        ("Only two bigger jackpots have ever gone unclaimed, according to Fortuna.", S),
        ("The winning numbers were 4, 11, 19, 23, 38 and 45.", S),
        ("Of the 180 days that winners have to claim, 150 have passed.", S, (), AN),
        ("The Renfield jackpot is the third-largest ever to go unclaimed.", S, (), AN),
        ("Dev Sandhu urged people in the town to check old tickets.", ACT),
        ("Fortuna Lotteries said it hoped the winner was one of its regular customers.", ACT),
        ("The money will go to the winner's family if nobody claims it.", ACT),
        ("The winner has come forward to claim the 18.6 million pounds.", DIR),
        ("Fortuna said the jackpot was the largest ever to go unclaimed.", DIR),
        ("The ticket is worth 16.8 million pounds.", FIG),
        ("Winners have 90 days to claim their prize.", FIG),
        ("The ticket was bought for the draw on July 6.", FIG),
        ("The winner has 13 days left to claim.", FIG),
        ("The ticket was bought by a woman who lives in Renfield.", CLAIM),
        ("The prize is unclaimed because the winner has lost the ticket.", CAUSE),
        ("The case shows that many lottery players never check their tickets.", GEN),
        ("Fortuna Lotteries said the unclaimed jackpot would pay for student rooms in Carrowmore.", MERGE, ("ko06",)),
        ("Shop owner Dev Sandhu said.", CF),
    ],
    "ko06": [
        ("The University of Carrowmore is about 2,400 beds short for its students this year.", S),
        ("About 300 Carrowmore students are living in hotels paid for by the university, vice-chancellor Helen "
         "Dunmore said.", S),
        ("Average rents for student rooms in the city rose 14% this year to 780 pounds a month.", S),
        ("The university has 31,000 students, 3,000 more than five years ago.", S),
        ("Dunmore said the university would build 1,100 rooms by 2028 and was in talks with private developers about "
         "more.", S),
        ("Leah Brannigan, president of the students' union, said some students had dropped out because they could not "
         "find anywhere to live.", S),
        ("The city council said it would restrict new short-term holiday lets near the campus from next September.",
         S),
        ("A student room in Carrowmore cost on average about 684 pounds a month last year.", S, (), AN),
        ("Five years ago the university had 28,000 students.", S, (), AN),
        ("The 1,100 rooms the university plans to build come to fewer than half of the 2,400 beds it is short.", S,
         (), AN),
        ("Leah Brannigan said the university would build 1,100 rooms by 2028.", ACT),
        ("The university said it would limit short-term holiday lets near the campus.", ACT),
        ("Students are paying for about 300 hotel rooms themselves.", ACT),
        ("Average rents for student rooms fell 14% this year.", DIR),
        ("The university has 3,000 fewer students than five years ago.", DIR),
        ("Dunmore said the university had stopped talking to private developers.", DIR),
        ("The university is short of about 4,200 beds.", FIG),
        ("Average student rents rose to 870 pounds a month.", FIG),
        ("The university will build 1,100 rooms by 2030.", FIG),
        ("About 3,000 students are living in hotels.", FIG),
        ("Hundreds of students have dropped out because of the housing shortage.", CLAIM),
        ("Rents rose because landlords turned student flats into holiday lets.", CAUSE),
        ("The shortage shows that British universities have grown faster than their cities can house.", GEN),
        ("Vice-chancellor Helen Dunmore said.", CF),
    ],
    "ko07": [
        ("A Tullow Moor farmer has found a 4.2 kilogram meteorite in his field.", S),
        ("Two weeks after a fireball was seen across the north, a farmer found a 4.2 kilogram meteorite in one of his "
         "fields in Tullow Moor, scientists said.", S),
        ("More than 600 people reported the fireball on the evening of November 12.", S),
        ("Researchers at the Natural History Institute worked out where pieces were likely to fall from the reports "
         "and camera footage, and asked farmers to watch for them.", S),
        ("Gareth Lloyd came across the stone while checking a fence.", S),
        ("The institute said the stony meteorite was about 4.5 billion years old, the age of the solar system.", S),
        ("Lloyd will lend the meteorite to the institute to be studied and put on display.", S),
        ("The meteorite was found around November 26.", S, (), AN),
        ("Gareth Lloyd said the meteorite was about 4.5 billion years old.", ACT),
        ("The institute found the meteorite while checking a fence.", ACT),
        ("Lloyd said the institute would lend him the meteorite.", ACT),
        ("Lloyd said he would sell the meteorite to the institute.", DIR),
        ("The institute said it was an iron meteorite.", DIR),
        ("The meteorite is much younger than the solar system.", DIR),
        ("The meteorite weighs 2.4 kilograms.", FIG),
        ("More than 6,000 people reported seeing the fireball.", FIG),
        ("The fireball was seen on the evening of November 21.", FIG),
        ("The meteorite is about 4.5 million years old.", FIG),
        ("The institute has found three more pieces of the meteorite.", CLAIM),
        ("The meteorite broke Lloyd's fence when it landed.", CLAIM),
        ("Lloyd found the meteorite because the institute sent him a map of the field.", CAUSE),
        ("The find shows the value of ordinary people in scientific discovery.", GEN),
        ("The meteorite was found in Tullow Moor as Hartwell Zoo announced a rhino birth.", MERGE, ("ko04",)),
    ],
}

BODIES = [
    ("kb01", "https://www.techfundingdaily.example/corvel-health-series-c", "Tech Funding Daily",
     "Corvel Health raises $85 million to take eye-scan software to Europe",
     "Corvel Health, a Bristol start-up whose software reads eye scans for signs of disease, has raised $85 million in "
     "a Series C round led by Arden Ventures, the company said on Tuesday. Halloway Capital, which backed Corvel's "
     "previous round, also took part. Corvel gave no valuation, but two people briefed on the deal put it "
     "at about $600 million. The software is now used in 140 eye clinics, up from 52 a year earlier, and checked "
     "1.2 million scans last year. Chief executive Nadia Ferrante said the money would pay for a move into Germany and "
     "France and for 90 new engineers, which would take the company's staff to 310. Corvel was founded in 2021 by "
     "Ferrante and an eye surgeon, Tomasz Wilk."),
    ("kb02", "https://www.ledgerstreet.example/corvel-100m-round", "Ledger Street",
     "Eye-scan start-up Corvel secures $100 million",
     "Corvel Health has secured $100 million of new funding, Ledger Street has learned. The total includes a "
     "$15 million venture loan from Tessaly Bank, which was agreed alongside an equity round that Arden Ventures "
     "led. Owen Becker, a partner at Arden, will join Corvel's board. According to accounts filed this month, "
     "Corvel's revenue rose to $14 million last year from $6 million the year before, while its net loss widened to "
     "$21 million from $12 million. Becker said hospitals in Britain had far too few eye specialists to keep up with "
     "demand and that software such as Corvel's could cut waiting times. The company sells its software to clinics "
     "for a yearly fee that depends on how many scans they check. It has not yet applied for approval in the United "
     "States."),
    ("kb03", "https://www.europeanmarkets.example/pellane-kovin-deal", "European Markets",
     "Pellane agrees to buy Czech coatings maker Kovin for 640 million euros",
     "Pellane Group, a Dutch maker of industrial paints, has agreed to buy Kovin Coatings of Ostrava for 640 million "
     "euros in cash, including debt, the companies said on Monday. Kovin's shareholders will receive 32 euros a "
     "share, 27% more than the stock's closing price on Friday. The Brana family, which owns 41% of Kovin, has agreed "
     "to sell its stake. Kovin runs 11 plants in central Europe and employs 2,300 people. Pellane expects the deal to "
     "save 35 million euros a year by 2028, mostly by buying raw materials together. Its chief executive, Joost "
     "Verbeek, said there were no plans to close any of Kovin's plants. The deal needs the approval of the European "
     "Commission and should be completed in the second half of next year. Kovin's shares rose 24% in Prague."),
    ("kb04", "https://www.regulationwatch.example/parcelo-lockers-ruling", "Regulation Watch",
     "Regulator orders Parcelo to open its lockers to rival couriers",
     "The Competition Board ruled on Wednesday that Parcelo, the country's biggest operator of parcel lockers, must "
     "let rival couriers use its lockers, and capped the fee it may charge them at 9 cents a parcel. Parcelo runs "
     "8,400 lockers, 61% of all those in the country, and has until June to comply. The board found that Parcelo had "
     "refused access to other couriers since 2023, which it said had kept them out of the market for deliveries to "
     "lockers. It did not fine the company. Parcelo said the ruling would punish it for investing in a network that "
     "others had not built, and that it would appeal. Two rival couriers, Dashwell and Ferrow, which had complained "
     "to the board, welcomed the decision. Dashwell said it would start using the lockers as soon as it could."),
    ("kb05", "https://www.travelbusiness.example/halvard-hotels-q3", "Travel Business",
     "Halvard Hotels' profit rises 15% as room rates climb",
     "Halvard Hotels reported a third-quarter net profit of 46 million euros on Thursday, up 15% from a year earlier, "
     "as guests paid more for rooms. Revenue rose to 410 million euros from 372 million. The average room rate rose 6% "
     "to 142 euros a night, and 81% of rooms were occupied, against 77% a year earlier. The group opened four hotels "
     "in the quarter and now runs 96. Finance chief Ingrid Solberg said bookings for the Christmas period were ahead "
     "of last year's, but that higher wages would weigh on profit next year. Halvard stood by its forecast of "
     "full-year revenue of 1.5 billion to 1.6 billion euros. Its shares rose 3% in Oslo. Analysts had expected "
     "quarterly profit of 43 million euros."),
    ("kb06", "https://www.bankingnews.example/dorrington-job-cuts", "Banking News",
     "Dorrington Bank to cut 1,200 jobs and close 45 branches",
     "Dorrington Bank will cut 1,200 jobs, about 8% of its workforce, and close 45 of its 230 branches by next June, "
     "the bank said on Tuesday. Most of the jobs will go in branches and call centres. The bank's chief operating "
     "officer, Rhys Calder, said customers now made 70% of their transactions on its app and that fewer of them came "
     "into branches. The bank will hire about 200 people for its cyber security and fraud teams over the same period. "
     "The Finance Staff Union said nobody had consulted it and that it would ask members whether to strike. "
     "Dorrington said voluntary redundancy would be offered first and that staff in closing branches could apply "
     "for other roles. The bank made a profit of 610 million pounds last year."),
    ("kb07", "https://www.consumerdesk.example/tovik-ebike-recall", "Consumer Desk",
     "Tovik recalls 38,000 e-bikes over cracking forks",
     "Tovik, a maker of electric bicycles, is recalling 38,000 bikes sold in Germany and Austria because their front "
     "forks can crack, the company said on Friday. It has received 14 reports of forks breaking, and three riders were "
     "hurt. The recall covers the City 2 and City 2 Plus models made between January and August 2025. About 29,000 of "
     "the bikes were sold in Germany. Owners have been told to stop riding them and to take them to a dealer, where "
     "the fork will be replaced free of charge. Tovik said a supplier had changed the way it treated the metal "
     "without telling it. The country's Federal Transport Safety Office said it was looking into the reports. Tovik "
     "has stopped selling the two models until new forks arrive."),
    ("kb08", "https://www.securityweekly.example/meddirect-breach", "Security Weekly",
     "Hackers steal data of 210,000 MedDirect customers",
     "Hackers stole the names, addresses and order histories of 210,000 customers of MedDirect, an online pharmacy, "
     "the company said on Wednesday. Payment card details were not taken, it said. MedDirect found the breach on "
     "November 28, nine days after the attackers first got into its systems using a password stolen from one of its "
     "contractors. It has told the data protection authority and has begun writing to the customers affected. Chief "
     "technology officer Anjali Rao said the company had reset every password and had hired an outside firm to "
     "investigate. Because order histories show which medicines people bought, privacy groups said the breach was "
     "more serious than most. MedDirect's shares fell 6% in Frankfurt. The company said it had not received a ransom "
     "demand."),
    ("kb09", "https://www.energyreport.example/kessel-bluefin-substations", "Energy Report",
     "Kessel Marine wins $780 million contract for wind farm substations",
     "Ostrander Energy has awarded Kessel Marine a $780 million contract to build two offshore substations for its "
     "Bluefin wind farm, the companies said on Thursday. Kessel beat Carrow Heavy Industries, which had also bid. The "
     "substations will collect power from the farm's turbines and send it to shore, and are due to be delivered in "
     "2029. The Bluefin farm will have a capacity of 900 megawatts, enough for about 800,000 homes. Kessel said the "
     "work would keep 600 people busy at its yard in Port Elwin for three years. Ostrander's chief executive, Hanne "
     "Lund, said the company chose Kessel because it could deliver sooner. The contract is Kessel's largest. "
     "Ostrander still has to pick a supplier for the turbines, which it expects to do next spring."),
    ("kb10", "https://www.commoditiesdaily.example/copper-record", "Commodities Daily",
     "Copper hits record high after flood halts Montaro Alto mine",
     "Copper rose to a record $12,400 a tonne on the London Metal Exchange on Monday, up 3.2% on the day, after a "
     "flood halted the Montaro Alto mine, which produces about 2% of the world's supply. The mine's operator, Cordel "
     "Mining, said it did not know when work would resume. Copper has risen 28% this year as demand from makers of "
     "power cables and electric cars has grown faster than supply. Stocks in the exchange's warehouses fell to "
     "98,000 tonnes, the lowest since 2022. Analysts at Brenner Bank said the price could reach $13,000 if the mine "
     "stayed shut into next year. Shares in other copper miners rose, while shares in cable makers fell. Aluminium "
     "rose 1.1% and nickel was little changed."),
    ("ko01", "https://www.countrysidenews.example/wendle-beavers", "Countryside News",
     "Beavers cut flood peaks in Wendle valley, study finds",
     "Beavers released in the Wendle valley last year have built 14 dams and helped to cut flooding downstream, a "
     "study published on Monday found. The wildlife trust released six beavers, two families, in March 2025; there "
     "are now 11 after kits were born in the spring. During the storm in October, the peak flow of the river at the "
     "village of Ashcombe was 30% lower than during a storm of the same size in 2023, said Dr Ruth Hale, the "
     "hydrologist who led the study. Two farmers have complained that the beavers' dams flooded four hectares of "
     "their pasture. The trust said it would pay them compensation and would lower one dam. The government is "
     "deciding whether to allow more releases in other valleys."),
    ("ko02", "https://www.winetrade.example/callory-frost-harvest", "Wine Trade",
     "Spring frost cuts Callory grape harvest by more than a third",
     "Growers in the Callory wine region picked 41,000 tonnes of grapes this year, down from 66,000 tonnes last year, "
     "after frost in April killed many of the new buds, the growers' association said on Friday. Some vineyards on "
     "low ground lost their whole crop. Wineries paid about 20% more per tonne for the grapes that were picked, and "
     "some said they would raise the price of their wine next year. The association's president, Marta Vidal, said "
     "many small growers would not survive without help. The regional government has offered 12 million euros in "
     "aid, which growers can claim from January. Vidal said the aid was welcome but too small, since the association "
     "put the growers' losses at about 70 million euros."),
    ("ko03", "https://www.alpinepost.example/valderon-avalanche", "Alpine Post",
     "Avalanche cuts off ski resort of Valderon for two days",
     "About 3,000 tourists were stranded in the ski resort of Valderon for two days after an avalanche blocked the "
     "only road to the village, officials said on Sunday. Nobody was hurt. The avalanche fell on Friday after 1.8 "
     "metres of snow fell in 48 hours. Helicopters flew out 40 people who needed medical care or had to travel "
     "urgently. Road crews cleared the snow and the road reopened on Sunday afternoon, although it will be closed at "
     "night until the risk falls. The mayor, Paolo Rinaldi, said hotels had let stranded guests stay for free. The "
     "resort's lifts stayed shut on Saturday because of the risk of more avalanches and reopened on Sunday. Rinaldi "
     "said the village needed a tunnel."),
    ("ko04", "https://www.wildlifenews.example/hartwell-rhino-calf", "Wildlife News",
     "Black rhino calf born at Hartwell Zoo, first in 19 years",
     "A black rhino calf has been born at Hartwell Zoo, the first birth of the species there in 19 years, the zoo said "
     "on Wednesday. The female calf was born three weeks ago to a 14-year-old mother called Kesi and weighed 32 "
     "kilograms. The zoo kept the birth quiet until it was sure the calf was healthy. Hartwell now has five black "
     "rhinos, and Kesi was brought from a zoo in Poland in 2022 under a European breeding programme. Head keeper "
     "Simon Ashby said the calf was feeding well and already followed her mother around the paddock. Fewer than 6,500 "
     "black rhinos live in the wild. The calf will go on show to visitors in February, and the public will be asked "
     "to choose her name."),
    ("ko05", "https://www.renfieldgazette.example/unclaimed-jackpot", "Renfield Gazette",
     "Winner of 18.6 million pound jackpot has 30 days left to claim",
     "A lottery ticket worth 18.6 million pounds that was bought in Renfield has not been claimed, and its owner has "
     "30 days left to come forward, the operator, Fortuna Lotteries, said on Monday. The ticket was bought at a "
     "newsagent on Mill Street for the draw on June 7, and winners have 180 days to claim. If nobody does, the money "
     "will go to the fund that pays for good causes. Fortuna urged people in the town to check old tickets, including "
     "in coat pockets and cars. The shop's owner, Dev Sandhu, said he hoped the winner was one of his regular "
     "customers. Fortuna said only two jackpots larger than this one had ever gone unclaimed. The winning numbers "
     "were 4, 11, 19, 23, 38 and 45."),
    ("ko06", "https://www.campusreport.example/carrowmore-housing-shortage", "Campus Report",
     "Carrowmore students face shortage of 2,400 beds as rents rise",
     "The University of Carrowmore is short of about 2,400 beds for its students this year, and about 300 of them are "
     "living in hotels paid for by the university, its vice-chancellor, Helen Dunmore, said on Thursday. Average rents "
     "for student rooms in the city rose 14% this year to 780 pounds a month. The university has 31,000 students, "
     "3,000 more than five years ago. Dunmore said it would build 1,100 rooms by 2028 and was talking to private "
     "developers about more. The students' union president, Leah Brannigan, said some students had dropped out "
     "because they could not find anywhere to live. The city council said it would limit new short-term holiday lets "
     "in the areas near the campus from next September."),
    ("ko07", "https://www.sciencedesk.example/tullow-moor-meteorite", "Science Desk",
     "Farmer finds meteorite from fireball seen across the north",
     "A farmer in Tullow Moor has found a meteorite weighing 4.2 kilograms in one of his fields, two weeks after a "
     "fireball lit up the sky across the north, scientists said on Tuesday. More than 600 people reported seeing the "
     "fireball on the evening of November 12. Researchers at the Natural History Institute used those reports and "
     "camera footage to work out where pieces were likely to land, and appealed to farmers to look out for them. "
     "Gareth Lloyd found the stone while checking a fence. The institute said it was a stony meteorite about 4.5 "
     "billion years old, as old as the solar system. Lloyd said he would lend it to the institute so that it could "
     "be studied and put on display."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Content-free sentences (error "content_free"): placeholders and empty lines a writer can emit, in shapes the
# earlier parts did not use (besides the bare "... said." lines in SENTS).
CONTENT_FREE = [
    ("kb01", "[REDACTED]"),
    ("kb03", "Updated at 14:05."),
    ("kb05", "See also: related coverage."),
    ("kb07", "Sources: company statement."),
    ("kb10", "[Chart: copper price]"),
    ("ko01", "###"),
    ("ko03", "Embargoed until 00:01."),
    ("ko06", "Corrections: none."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py, llama.cpp's server from ../shared/wheels on 127.0.0.1:8210, json_object, prompt
# version llm-3, date 2026-12-05), as the model wrote them, before the checker judged them: (article id, sentence,
# error[, other cited article ids]). The cites are the article(s) the call showed for that story (a signals sentence:
# the article(s) it is about). Labelled by reading. eval10-smollm2_raw.jsonl holds two editions in the order built
# (call numbers restart in each; machine at load 15-24, --timeout 300): all 17 articles (14 calls: 10 story, 3 repair,
# 1 signals that timed out; stopped for the deadline after 35 minutes) and kb05-kb08, kb10, ko01-ko07 (12 calls: 6
# story, 4 repair, 2 signals; built at the same time against a second server on 127.0.0.1:8211; stopped for the
# deadline). An earlier start of edition 1 was abandoned after 4 calls (the wording of four articles was changed
# afterwards to pass the 8-word check) and is not used. Left out: "Parcelo has refused access to other couriers since
# 2023." (the board's finding without its attribution: ambiguous; the attributed version is kept), "Copper rose to
# $12,400 a tonne this year as demand ..." (a near-repeat, "this year" ambiguous between the year's rise and Monday's
# record), "..." after its first use, and repeats of kept sentences (edition 1's calls 6, 8, 11, 12, 13 and the first
# two sentences of call 14; edition 2's call 4 and call 9's Tovik title, once with a full stop added), "Corvel Health
# ... has raised $85 million in Series C rounds led by Arden Ventures." (call 2, a near-repeat of call 1's lead).
SMOLLM2: list[tuple] = [
    # edition 1 (all 17 articles)
    ("kb01", "Corvel Health, a Bristol start-up whose software reads eye scans for signs of disease has raised $85 "
             "million in a Series C round led by Arden Ventures.", S, ("kb02",)),
    ("kb01", "The company also took part in a new venture funding round from Tessaly Bank.", CLAIM, ("kb02",)),
    ("kb01", "The total includes a $15 million equity investment from Owen Becker and a new investment from Owen "
             "Becker.", ACT, ("kb02",)),
    ("kb01", "Corvel Health has raised $85 million to take eye-scan software for the UK, which is also part of the "
             "UK's new £2.4 billion investment in the EU.", CLAIM, ("kb02",)),
    ("kb01", "The company has been awarded a £300million contract by the European Union to develop and market an "
             "AI-powered eye scan tool for the UK, which is also part of the UK's new £2.4 billion investment in the "
             "EU.", CLAIM, ("kb02",)),
    ("kb01", "Corvel Health has secured $100 million of new funding from Arden Ventures, a venture capital firm that "
             "will provide funding to the company for its next round of business plans.", ACT, ("kb02",)),
    ("kb01", "The company said on Tuesday that it will seek funding to expand its business.", CLAIM, ("kb02",)),
    ("kb01", "The new funding comes as a result of the recent series C round, which has been announced by the "
             "company's CEO, Mark Zandi.", ACT, ("kb02",)),
    ("kb04", "The Competition Board ruled on Wednesday that Parcelo, the country's biggest operator of parcel lockers, "
             "must let rival couriers use its lockers, and capped the fee it may charge them at 9 cents a parcel.", S),
    ("kb04", "It is now only allowed to use lockers for deliveries to lockers, which means the competition board will "
             "soon decide whether to allow it to continue.", CLAIM),
    ("kb04", "The board found that Parcelo has refused access to other couriers since 2023.", S),
    ("kb04", "Dashwell said it would start using the lockers as soon as it could.", S),
    ("kb09", "The substations will collect power from the farm's turbines and send it to shore, and are due to be "
             "delivered in 2029.", S),
    ("kb09", "Ostrander Energy has awarded Kessel Marine a $780 million contract to build two offshore wind farms.",
     CLAIM),
    ("kb09", "The Bluefin farm will have a capacity of 900 megawatts, enough for about 800 homes.", FIG),
    ("kb03", "Pellane Group, a Dutch manufacturer of industrial paints, has agreed to buy Kovin Coatings of Ostrava "
             "for 640 million euros in cash.", S),
    ("kb05", "The average room rate rose 6% to 142 euros a night, and 81.75% of rooms were occupied.", FIG),
    ("kb05", "Halvard stood by its forecast of full-year revenue of 1.5 billion euros.", FIG),
    ("kb09", "Ostrander Energy has awarded Kessel Marine a $780 million contract to build two offshore wind farm "
             "substations.", S),
    ("kb09", "Become the first offshore wind farm operator in history.", CLAIM),
    ("kb09", "The Bluefin farm will have a capacity of 900 megawatts and can deliver about 800 homes to shore.", FIG),
    ("kb09", "The Bluefin farm is the largest offshore wind farm ever built.", CLAIM),
    ("kb09", "It has already delivered 200,000 homes to shore.", CLAIM),
    ("kb09", "Ostrander Energy chose Kessel because it could deliver sooner.", S),
    ("kb10", "Stocks in the exchange's warehouses fell to 98,000 tonnes last week", FIG),
    ("kb10", "Copper rose 2.1% this year as demand from makers of power cables and electric cars has grown faster than "
             "supply.", FIG),
    # edition 2 (kb05-kb08, kb10, ko01-ko07)
    ("kb05", "The average room rate rose to 142 euros a night.", S),
    ("kb05", "...", CF),
    ("kb05", "Halvard stood by its forecast of full-year revenue of 1.5 billion to 1.6 billion euros.", S),
    ("kb10", "Copper rose to a record $12,400 a tonne on the London Metal Exchange on Monday, up 3.2% on the day, "
             "after a flood halted the Montaro Alto mine.", S),
    ("kb10", "Copper rose to $12,400 a tonne this week as demand from makers of power cables and electric cars has "
             "grown faster than supply.", CAUSE),
    ("kb07", "Tovik recalls 38,000 e-bikes over cracking forks", S),
    ("kb07", "About 29,000 of the bikes were sold in Germany.", S),
    ("kb10", "Aluminium rose 1.1% and nickel was little changed.", S),
    ("kb07", "The data is a new way to make money.", CLAIM, ("kb10",)),
    ("kb07", "...and the story of how the data can be used for something other than just making money.", CF,
     ("kb10",)),
    ("ko01", "Beavers cut flood peaks in Wendle valley, study finds", S),
    ("ko01", "The wildlife trust released six beavers, two families, last year.", S),
    ("ko01", "In March 2025, the dam was built by a team of beavers.", FIG),
    ("ko01", "The dam is now 14 feet lower than it was last year.", CLAIM),
    ("kb06", "Dorrington Bank to cut 1,200 jobs and close 45 branches", S),
    ("kb06", "Dorrington said voluntary redundancy would be offered first and that staff in closing branches could "
             "apply for other roles.", S),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="h", split="evaluation10",
                                      raw_name="eval10-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval10", arts, rows, problems, (("business and tech articles", "kb"), ("others", "ko")))


if __name__ == "__main__":
    main()
