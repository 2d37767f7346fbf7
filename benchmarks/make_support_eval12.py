"""Build the twelfth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval12-articles.jsonl and eval12-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once, by the lead).

    python benchmarks/make_support_eval12.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads (mb01-mb10): a funding round reported by two
outlets with figures that differ (mb01 Ledger Pulse 45 million euros / mb02 Capital Brief 52 million euros, the
latter counting a 7 million euro EU innovation-fund grant beside the equity round), an acquisition paid in cash and
shares, a competition regulator ordering an airport group to sell an airport, a department store chain's half-year
results with year-earlier comparisons, job cuts and branch closures at a building society, an e-bike battery recall,
a ransomware attack on a water utility, a rail signalling contract award and copper's jump to a record after a mine
closure. Seven are on topics no earlier part uses (mo01-mo07): a shipwreck found by divers, a fossil of a new marine
reptile, a rare orchid found again, a sheepdog trial, a windmill restored, an allotment waiting list and an amateur
choir's contest win.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, "a year earlier" comparisons,
two-sentence summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine or compute
from what the cited articles say (differences, totals, ratios). Each is fully supported by one passage (a sentence
and its neighbours) of a cited article, checked by reading. Unsupported sentences (origin "planted"): every error
kind, with shapes beside the earlier parts' (one outlet credited with the other outlet's figure; a year-earlier change
restated as a wrong share; a length restated in the wrong unit). Real SmolLM2-135M outputs of Topline's own LLM
writer (origin "smollm2") are in SMOLLM2 below, labelled by reading; their raw answers are in
eval12-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation12";
ids "e0001"...
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
           "eval10-sentences.jsonl", "eval11-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl",
                    "eval11-articles.jsonl")
EARLIER_IDS = "skmvwxyzurohg"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko, sb, so; this part's: mb, mo)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "mb01": [
        ("Corvane has raised 45 million euros, Ledger Pulse reports.", S),
        ("Halden Ventures led a 45 million euro funding round in Corvane, a Rotterdam company that recovers lithium "
         "and nickel from old electric car batteries.", S),
        ("Marsh Lane Capital, which had already backed Corvane, also invested.", S),
        ("Corvane processed 6,000 tonnes of batteries last year, triple the amount of the year before.", S),
        ("The funds will go toward a second plant in northern Spain, due to open in 2028, chief executive Ines "
         "Mollet said.", S),
        ("According to Mollet, the Spanish plant will double Corvane's capacity and employ about 120 people.", S),
        ("Corvane was founded in 2020 by Ines Mollet, a former mining group chemist.", S),
        ("Someone close to the deal put Corvane's valuation at roughly 300 million euros.", S),
        ("Corvane processed about 2,000 tonnes of batteries the year before last.", S, (), AN),
        ("With the planned hires in Spain, Corvane's staff would grow to about 350.", S, (), AN),
        ("Marsh Lane Capital led Corvane's 45 million euro round.", ACT),
        ("Halden Ventures said the round valued Corvane at about 300 million euros.", ACT),
        ("Corvane processed a third fewer batteries last year than the year before.", DIR),
        ("Corvane plans to cut about 120 jobs in Spain.", DIR),
        ("Corvane processed 60,000 tonnes of batteries last year.", FIG),
        ("Ledger Pulse reports that Corvane has raised 52 million euros.", FIG),
        ("The Spanish plant should open in 2026.", FIG),
        ("Corvane plans a third plant in Portugal after the Spanish one.", CLAIM),
        ("Corvane sells its recovered metals to carmakers in Germany.", CLAIM),
        ("Corvane raised the money because its two cathode customers had cut their orders.", CAUSE),
        ("The round shows that battery recycling has become one of Europe's hottest sectors.", GEN),
    ],
    "mb02": [
        ("Corvane has lined up 52 million euros in fresh funding, according to Capital Brief.", S),
        ("The 52 million euros counts a 7 million euro grant from the EU innovation fund as well as an equity round "
         "that Halden Ventures led.", S),
        ("The grant is linked to the plant in Spain and will be paid out in stages as construction is completed.", S),
        ("Tomas Reyl, a partner at Halden, is joining Corvane's board.", S),
        ("Corvane's revenue grew to 31 million euros last year from 12 million euros the year before.", S),
        ("Its operating loss shrank to 8 million euros from 11 million euros, its accounts show.", S),
        ("Corvane is not yet profitable and expects to break even in 2027.", S),
        ("Reyl said European rules would soon require carmakers to put a set share of recycled metal into new "
         "batteries.", S),
        ("Leaving out the EU grant, Corvane's new funding amounts to 45 million euros.", S, (), AN),
        ("Corvane's revenue rose by 19 million euros last year, while its operating loss fell by 3 million euros.",
         S, (), AN),
        ("Capital Brief puts Corvane's new money at 52 million euros and Ledger Pulse at 45 million euros; the 7 "
         "million euro difference is the EU grant.", S, ("mb01",), AN),
        ("The European Union's innovation fund led Corvane's equity round.", ACT),
        ("Ines Mollet said European rules would require carmakers to use recycled metal in new batteries.", ACT),
        ("Corvane's operating loss widened to 11 million euros from 8 million euros.", DIR),
        ("The grant will be paid in full before building work starts.", DIR),
        ("Corvane's revenue rose to 31 million euros from 21 million euros.", FIG),
        ("The EU grant is worth 9 million euros.", FIG),
        ("Corvane made its first profit last year.", CLAIM),
        ("Corvane's loss narrowed because it closed its Rotterdam plant.", CAUSE),
        ("Corvane's funding came as Stellic agreed to buy Arbon Maps.", MERGE, ("mb03",)),
    ],
    "mb03": [
        ("Stellic Software is buying Arbon Maps for $780 million.", S),
        ("Arbon Maps, which makes mapping tools for delivery fleets, has agreed to be bought by Stellic Software, "
         "the two companies said on Monday.", S),
        ("Of the $780 million price, $520 million is to be paid in cash, with Stellic shares covering the "
         "remainder.", S),
        ("Arbon's founders, who hold about 40% of the company, will vote in favour of the sale.", S),
        ("Arbon has around 640 employees, mainly in Lyon and Austin, and took in $95 million in revenue last "
         "year.", S),
        ("Stellic will sell Arbon's route planning to the 11,000 businesses using its scheduling software, chief "
         "executive Dana Whitlow said.", S),
        ("Paul Ferrand, Arbon's chief executive, will remain to lead the mapping unit.", S),
        ("Approval from shareholders and from regulators in France and the US is needed before the deal closes, "
         "which Stellic expects in the first quarter.", S),
        ("Stellic's shares dropped 4% after the announcement and Arbon's climbed 19%.", S),
        ("Stellic will pay $260 million of the price in shares.", S, (), AN),
        ("Stellic is paying about eight times Arbon's revenue of last year.", S, (), AN),
        ("Arbon Maps has agreed to buy Stellic Software for $780 million.", ACT),
        ("Paul Ferrand said Arbon's route planning would be sold to Stellic's 11,000 business customers.", ACT),
        ("Arbon's founders have said they will vote against the deal.", DIR),
        ("Stellic's shares rose 4% on the news.", DIR),
        ("Stellic will pay $580 million in cash.", FIG),
        ("Arbon's founders own about 14% of the company.", FIG),
        ("Stellic plans to cut 200 jobs at Arbon after the deal.", CLAIM),
        ("Regulators in France have already approved the deal.", CLAIM),
        ("Stellic is buying Arbon because its own mapping software failed.", CAUSE),
        ("The deal shows that software groups are racing to control the delivery market.", GEN),
    ],
    "mb04": [
        ("The Markets Authority has told Drayfield Airports to sell Northby airport.", S),
        ("Drayfield Airports must sell Northby because owning it and the bigger Castlegate airport let the group "
         "raise landing fees without losing airlines, the regulator ruled.", S),
        ("Landing fees at Northby and Castlegate have gone up 34% in the four years since Drayfield bought Northby, "
         "compared with 12% at other regional airports, the authority said.", S),
        ("The two airports are 40 kilometres apart.", S),
        ("Drayfield has been given nine months to find a buyer approved by the authority.", S),
        ("Miriam Oake, who chairs the authority, said airlines and passengers had been overcharged for too long.", S),
        ("Drayfield called the ruling wrong and said it would take it to the competition tribunal.", S),
        ("Skylane, the airline that complained to the authority in 2023, welcomed the decision.", S),
        ("The two airports handled 9.5 million passengers between them last year.", S, (), AN),
        ("Landing fees at Drayfield's two airports rose nearly three times as fast as at other regional airports.",
         S, (), AN),
        ("Drayfield Airports ordered the Markets Authority to sell Northby.", ACT),
        ("Skylane said airlines and their passengers had paid too much for too long.", ACT),
        ("The regulator ordered Drayfield to sell Castlegate airport.", ACT),
        ("Drayfield said it accepted the ruling.", DIR),
        ("Landing fees at the two airports fell by 34% after Drayfield bought Northby.", DIR),
        ("Drayfield has six months to find a buyer.", FIG),
        ("Northby handled 7.4 million passengers last year.", FIG),
        ("The tribunal has already agreed to hear Drayfield's appeal.", CLAIM),
        ("Drayfield raised its landing fees to pay for a new runway at Castlegate.", CAUSE),
        ("The ruling marks a turning point for how airports are owned across the country.", GEN),
    ],
    "mb05": [
        ("Hollins & Mayer's first-half profit fell to 38 million pounds.", S),
        ("Department store group Hollins & Mayer made a pre-tax profit of 38 million pounds in the six months to "
         "July, down from 51 million pounds a year earlier.", S),
        ("Sales fell 3% to 1.12 billion pounds as fewer people shopped in its 64 stores.", S),
        ("Online sales grew 9% to 410 million pounds and account for more than a third of total sales.", S),
        ("Gordon Pell, the chief executive, blamed wet weather in May and June for weak sales of summer clothes.", S),
        ("Six stores will close next year as their leases run out.", S),
        ("The dividend was held at 4 pence a share.", S),
        ("Net debt came down to 140 million pounds from 175 million pounds at the end of January.", S),
        ("The shares gained 2% because the profit beat analysts' forecast of about 33 million pounds.", S),
        ("Hollins & Mayer's profit fell by 13 million pounds from a year earlier.", S, (), AN),
        ("Sales other than online came to about 710 million pounds.", S, (), AN),
        ("Analysts said wet weather in May and June had hurt sales of summer clothing.", ACT),
        ("Online sales fell 9% to 410 million pounds.", DIR),
        ("Hollins & Mayer cut its dividend to 4 pence a share.", DIR),
        ("Net debt rose to 175 million pounds.", DIR),
        ("Profit fell to 38 million pounds from 58 million pounds a year earlier.", FIG),
        ("Hollins & Mayer will close 16 stores next year.", FIG),
        ("Hollins & Mayer's profit fell by about a third from a year earlier.", FIG),
        ("Hollins & Mayer plans to open three new stores next year.", CLAIM),
        ("Profit fell because Hollins & Mayer raised staff pay.", CAUSE),
        ("The results show department stores are losing the battle for shoppers.", GEN),
    ],
    "mb06": [
        ("Calder Mutual will shut 60 branches and cut about 900 jobs.", S),
        ("The building society said on Tuesday it would close 60 of its 210 branches and shed around 900 jobs over "
         "the next year and a half.", S),
        ("Branch visits have halved since 2019 and nine in ten transactions now happen online or in the app, Calder "
         "said.", S),
        ("Rhona Keel, the chief executive, said no town would lose its last bank branch.", S),
        ("Calder will only close a branch where another bank or a shared banking hub remains open, Keel said.", S),
        ("Around 300 of the jobs will be lost at Calder's Halford head office.", S),
        ("Before any redundancies, staff will be offered jobs at other branches or at the call centres.", S),
        ("The Finance Workers Union has vowed to fight the cuts.", S),
        ("Calder Mutual will be left with 150 branches.", S, (), AN),
        ("About 600 of the job cuts will fall outside the head office.", S, (), AN),
        ("The Finance Workers Union said no town would lose its last bank branch.", ACT),
        ("Calder Mutual will close 210 branches.", FIG),
        ("About 300 jobs will be cut at Calder's call centres.", ACT),
        ("Branch visits have doubled since 2019.", DIR),
        ("The union said it would accept the cuts.", DIR),
        ("Calder Mutual will cut about 9,000 jobs.", FIG),
        ("Calder Mutual is the country's second-largest building society.", FIG),
        ("Calder will also close two of its call centres.", CLAIM),
        ("Calder is cutting jobs because it lost money last year.", CAUSE),
        ("Calder Mutual's cuts follow the Voltra e-bike recall.", MERGE, ("mb07",)),
        ("The closures show that the high street bank branch has had its day.", GEN),
    ],
    "mb07": [
        ("Voltra is recalling 18,000 e-bikes whose batteries can catch fire.", S),
        ("The consumer safety agency said on Monday that 18,000 Voltra electric bikes were being recalled because "
         "their batteries can overheat and catch fire during charging.", S),
        ("Both the City 2 and the City 2 Plus, sold since February last year, are covered by the recall.", S),
        ("Voltra has had 27 reports of overheating batteries, four of them fires that damaged homes; nobody has been "
         "hurt.", S),
        ("Owners are told to stop charging the bikes immediately and contact Voltra, which will replace the battery "
         "for free.", S),
        ("Kasia Bron, Voltra's head of engineering, said a faulty batch of cells from one supplier was to blame.", S),
        ("Voltra dropped the supplier in August, Bron said.", S),
        ("The bikes cost about 1,900 euros each and were sold in bike shops and online by Voltra.", S),
        ("The recalled bikes are worth about 34 million euros at their selling price.", S, (), AN),
        ("The consumer safety agency said a batch of faulty cells was to blame.", ACT),
        ("The supplier stopped working with Voltra in August.", ACT),
        ("Owners will have to pay for a new battery.", DIR),
        ("Four people have been injured in fires.", DIR),
        ("Voltra has received 72 reports of overheating batteries.", FIG),
        ("The recall covers bikes sold since February of this year.", FIG),
        ("Voltra sold 46,000 bikes last year.", FIG),
        ("Voltra will also recall its City 1 model.", CLAIM),
        ("The batteries overheat because owners use chargers from other makers.", CAUSE),
        ("The recall raises fresh doubts about the safety of all e-bikes.", GEN),
    ],
    "mb08": [
        ("A ransomware attack has hit Fernhill Water's billing system.", S),
        ("Fernhill Water said on Saturday that ransomware had locked its billing and customer service systems but "
         "that drinking water supplies were unaffected.", S),
        ("The attackers also copied some customers' names, addresses and bank account numbers, the utility said, "
         "without saying how many customers were involved.", S),
        ("Fernhill, which supplies about 1.1 million homes, said it would not pay a ransom.", S),
        ("The attack came to light early on Thursday, when staff were unable to log in.", S),
        ("The systems that treat and pump water are separate from the office network, chief executive Hamish Tully "
         "said.", S),
        ("A criminal group called Greyfin has claimed the attack on its website.", S),
        ("The police and the data protection office have been informed.", S),
        ("This month's bills will go out late, and Fernhill will not charge late payment fees.", S),
        ("Greyfin said Fernhill had told the police of the attack.", ACT),
        ("Fernhill said it had paid the ransom.", DIR),
        ("The attack cut off drinking water to some homes.", DIR),
        ("Fernhill serves about 11 million homes.", FIG),
        ("The attack was found on Tuesday.", FIG),
        ("The attackers took the card details of 200,000 customers.", FIG),
        ("Greyfin has demanded a ransom of 2 million pounds.", CLAIM),
        ("The attackers got in through a contractor's account.", CLAIM),
        ("The attack succeeded because Fernhill had not updated its software.", CAUSE),
        ("The attack exposes how vulnerable the country's water companies are to hackers.", GEN),
    ],
    "mb09": [
        ("Orvane Systems has won a 640 million pound contract to renew signalling on the Westmoor line.", S),
        ("The national rail company said on Friday that Orvane would replace the signals on the Westmoor rail "
         "line.", S),
        ("The work covers 180 kilometres of track between Westmoor and Caddon and runs from 2027 to 2033.", S),
        ("With the digital signals, 16 trains an hour will be able to run on the line, up from 12 now.", S),
        ("Orvane saw off two rival bidders, Braithe Engineering and Tessel Rail.", S),
        ("Neil Ashdown, the rail company's chief executive, said most of the work would be done at night and at "
         "weekends.", S),
        ("Under a separate 90 million pound contract, Orvane will maintain the signals for ten years.", S),
        ("About 700 jobs will be supported by the work, 150 of them at Orvane's Crewdon factory, the company "
         "said.", S),
        ("The two contracts are worth 730 million pounds together.", S, (), AN),
        ("The new signals will let a third more trains an hour run on the line.", S, (), AN),
        ("Braithe Engineering has won the contract to replace the signalling on the Westmoor line.", ACT),
        ("Orvane's chief executive said the work would be done mostly at night.", ACT),
        ("The new signals will cut the number of trains on the line to 12 an hour.", DIR),
        ("The contract is worth 460 million pounds.", FIG),
        ("The work covers 108 kilometres of track.", FIG),
        ("The work will run from 2027 to 2030.", FIG),
        ("The line will close for six months during the work.", CLAIM),
        ("Orvane won because it offered the lowest price.", CAUSE),
        ("Orvane's win came as copper prices hit a record.", MERGE, ("mb10",)),
        ("The contract shows the government is finally serious about rail.", GEN),
    ],
    "mb10": [
        ("Copper rose to a record after a landslide shut the Tarrawa mine.", S),
        ("The copper price jumped 5% on Tuesday to a record 11,400 dollars a tonne after a landslide closed "
         "Tarrawa, one of the world's ten biggest mines.", S),
        ("Quillan Mining, which owns Tarrawa, said the mine would remain closed for six weeks or more while "
         "engineers inspected the pit walls.", S),
        ("No workers were injured in the landslide.", S),
        ("Tarrawa produced about 420,000 tonnes of copper last year.", S),
        ("Traders said copper stocks in exchange warehouses were already at a two-year low.", S),
        ("Quillan's shares dropped 8%, while other copper miners' shares gained.", S),
        ("Analyst Jun Park said copper could stay expensive until Tarrawa reopens.", S),
        ("Copper has gained about 25% since January.", S),
        ("Before Tuesday's rise, copper traded at about 10,860 dollars a tonne.", S, (), AN),
        ("Traders said the price could stay high until the mine reopened.", ACT),
        ("Quillan Mining's shares rose 8%.", DIR),
        ("Copper fell 5% after the mine closed.", DIR),
        ("Copper rose to a record 14,100 dollars a tonne.", FIG),
        ("The mine will stay shut for at least six months.", FIG),
        ("Tarrawa is the world's largest copper mine.", FIG),
        ("Two workers were killed in the landslide.", CLAIM),
        ("The landslide was caused by heavy rain.", CAUSE),
        ("The jump shows the world is running short of the metals needed for clean energy.", GEN),
    ],
    "mo01": [
        ("Divers have found the wreck of the Sea Thistle, a steamer that sank in 1907.", S),
        ("The wreck of the cargo steamer Sea Thistle, lost in a storm in 1907, has been found 62 metres down off "
         "Garron Head.", S),
        ("Four amateur divers from the Kellmouth Sub-Aqua Club identified the ship by the name on its bell.", S),
        ("The divers photographed the bell but did not remove it.", S),
        ("The Sea Thistle was taking coal from Cardiff to Norway when it sank; all 14 crew reached land in a "
         "lifeboat.", S),
        ("Rhiannon Pask, one of the divers, said the team had spent three summers searching, using old shipping "
         "records.", S),
        ("The bow has broken away, but the engine and boilers remain upright.", S),
        ("The wreck has been reported to the receiver of wreck, and the club wants it protected so nothing is "
         "taken.", S),
        ("The Sea Thistle sank more than a century before its wreck was found.", S, (), AN),
        ("Rhiannon Pask found the wreck alone.", ACT),
        ("The receiver of wreck asked for the ship to be protected.", ACT),
        ("The divers brought the ship's bell to the surface.", DIR),
        ("All 14 crew died when the Sea Thistle sank.", DIR),
        ("The wreck lies 26 metres down.", FIG),
        ("The Sea Thistle sank in 1917.", FIG),
        ("The wreck will be raised next year.", CLAIM),
        ("The Sea Thistle sank because it was overloaded with coal.", CAUSE),
        ("The find shows that amateur divers are rewriting maritime history.", GEN),
    ],
    "mo02": [
        ("A fossil found by a quarry worker is a new species of marine reptile.", S),
        ("Researchers at the Halcombe Natural History Museum said on Thursday that a fossil from a quarry near "
         "Brenning belongs to a marine reptile new to science.", S),
        ("Brenningosaurus aldae lived about 180 million years ago and measured about four metres.", S),
        ("The reptile is named after Joe Alda, the quarry worker who spotted its bones in a limestone block in "
         "2022.", S),
        ("It took museum scientists two years to free the skeleton, which is about 70% complete, from the rock.", S),
        ("The reptile's unusually large eyes suggest it hunted in deep or dark water, palaeontologist Dr Mei Lin "
         "said.", S),
        ("The skeleton will be displayed at the museum from the spring.", S),
        ("The owner of the quarry has donated the fossil to the museum.", S),
        ("The reptile is thought to have hunted in deep or dark water.", S),
        ("Dr Mei Lin spotted the bones in a block of limestone.", ACT),
        ("The museum has given the fossil to the quarry's owner.", ACT),
        ("The reptile had unusually small eyes.", DIR),
        ("The reptile was about 14 metres long.", FIG),
        ("The reptile lived about 80 million years ago.", FIG),
        ("The skeleton is about 90% complete.", FIG),
        ("More fossils of the species have since been found in the quarry.", CLAIM),
        ("The skeleton survived because the limestone formed quickly around it.", CAUSE),
        ("The discovery will change what scientists know about ancient seas.", GEN),
    ],
    "mo03": [
        ("A rare orchid has been found in Kestle Wood for the first time since 1984.", S),
        ("The Wildflower Society said on Monday that a rare orchid last recorded in the county in 1984 had been "
         "rediscovered in Kestle Wood.", S),
        ("Edwin Carr, a volunteer, came across 11 flowering plants while surveying fungi in August.", S),
        ("Having no green leaves, the orchid feeds on fungi in the soil and can stay underground for years without "
         "flowering.", S),
        ("Dr Fiona Neale, the society's botanist, confirmed the find after seeing photographs and visiting.", S),
        ("The exact location will be kept secret to protect the plants from collectors and trampling, Neale said.",
         S),
        ("The Kestle Estate, which owns the wood, has agreed to halt tree felling near the plants.", S),
        ("The orchid had not been recorded in the county for about 40 years.", S),
        ("Dr Fiona Neale found the orchids while surveying fungi.", ACT),
        ("Edwin Carr confirmed the find for the Wildflower Society.", ACT),
        ("The society will publish the exact location of the plants.", DIR),
        ("The Kestle Estate plans to fell more trees near the plants.", DIR),
        ("Edwin Carr found 17 flowering plants.", FIG),
        ("The orchid was last seen in the county in 1948.", FIG),
        ("The orchid has been found at more than 100 sites in the country.", FIG),
        ("The plants will be moved to a botanic garden.", CLAIM),
        ("The orchid returned because this summer was unusually wet.", CAUSE),
        ("The find is a sign that the county's woods are recovering.", GEN),
    ],
    "mo04": [
        ("Cerys Lloyd, 16, has won the national sheepdog trial with her dog Moss.", S),
        ("Sixteen-year-old Cerys Lloyd became the youngest handler to win the national sheepdog trial, taking the "
         "title at Pennal on Sunday with Moss.", S),
        ("Lloyd and Moss scored 96 of a possible 110 points in the final, beating 150 handlers over three days.", S),
        ("Idris Bowen, who won last year, finished second with 91 points.", S),
        ("Each team was given 15 minutes to gather five sheep from 400 metres, drive them round a course and pen "
         "them.", S),
        ("Lloyd, from a farming family near Bala, has trained Moss since he was a puppy.", S),
        ("The best 15 handlers will represent the country at September's international trial.", S),
        ("A record 6,000 people watched the event over three days, the organisers said.", S),
        ("Lloyd plans to spend her 800 pound prize on a second dog.", S),
        ("Lloyd beat Idris Bowen by five points.", S, (), AN),
        ("Idris Bowen won the national sheepdog trial.", ACT),
        ("Idris Bowen said he had trained Moss since he was a puppy.", ACT),
        ("Lloyd and Moss scored 69 points in the final.", FIG),
        ("Each team had 400 seconds to pen the sheep.", FIG),
        ("Attendance fell to 6,000 this year.", DIR),
        ("Lloyd will compete at the international trial for the second time.", CLAIM),
        ("Lloyd won because Moss had trained on her family's sheep.", CAUSE),
        ("Lloyd's win shows a new generation is taking over the sport.", GEN),
    ],
    "mo05": [
        ("Hensby's windmill is grinding flour again after 70 years.", S),
        ("After a five-year restoration, the Hensby windmill has ground flour for the first time in 70 years, the "
         "Hensby Mill Trust said.", S),
        ("Built in 1816, the mill stopped working in 1955 after a gale blew off one of its sails.", S),
        ("A specialist millwright and volunteers fitted four new 11-metre sails and repaired the cap and "
         "millstones.", S),
        ("A heritage lottery grant covered 450,000 pounds of the 620,000 pound cost, and local people raised the "
         "rest.", S),
        ("Margaret Oyelaran, who chairs the trust, said the mill could produce about a tonne of flour a day in a "
         "strong enough wind.", S),
        ("The flour will go on sale in the mill shop and be sold to two village bakeries.", S),
        ("Visitors will be able to see the mill on weekends from Easter.", S),
        ("Local people raised 170,000 pounds for the restoration.", S, (), AN),
        ("The mill was idle for 70 years after the gale of 1955.", S, (), AN),
        ("The millwright said the mill could grind a tonne of flour a day.", ACT),
        ("The two village bakeries paid for the restoration.", ACT),
        ("The mill will close to visitors from Easter.", DIR),
        ("The restoration cost 260,000 pounds.", FIG),
        ("The mill was built in 1861.", FIG),
        ("The new sails are each 17 metres long.", FIG),
        ("Each of the four new sails is about 11 feet long.", FIG),
        ("The mill will also grind flour for supermarkets.", CLAIM),
        ("The mill stopped working in 1955 because its owner went bankrupt.", CAUSE),
        ("The restoration shows how much villages value their heritage.", GEN),
    ],
    "mo06": [
        ("More than 1,300 people are on Corby Vale's allotment waiting list.", S),
        ("The waiting list for allotments in Corby Vale has grown to more than 1,300 from 480 five years ago, the "
         "town council said on Wednesday.", S),
        ("With 620 plots on eleven sites, the council says applicants now wait about seven years.", S),
        ("The council will halve 90 of its largest plots when they become vacant.", S),
        ("A new site with 60 plots will open next year on land beside the river.", S),
        ("Councillor Deepa Shah, chair of the parks committee, said interest had risen sharply since 2020 because "
         "people wanted to grow their own food.", S),
        ("The allotment society said splitting plots would help but more land was needed.", S),
        ("Annual plot rents will go up from 60 to 70 pounds in April.", S),
        ("The waiting list is more than twice the number of plots the council has.", S, (), AN),
        ("Splitting 90 plots and the new site will add 150 plots.", S, (), AN),
        ("The allotment society said interest had grown sharply since 2020.", ACT),
        ("The council will merge 90 small plots into larger ones.", DIR),
        ("Plot rents will fall to 60 pounds a year.", DIR),
        ("The waiting list has grown from 840 five years ago.", FIG),
        ("People wait about 17 years for a plot.", FIG),
        ("The new site will have 160 plots.", FIG),
        ("The council will buy farmland for two more sites.", CLAIM),
        ("The list grew because the council sold two sites for housing.", CAUSE),
        ("Corby Vale's waiting list grew as Hensby's windmill was restored.", MERGE, ("mo05",)),
        ("The waiting list reflects a nationwide return to growing food.", GEN),
    ],
    "mo07": [
        ("The Ardley Community Choir has won a European choir contest.", S),
        ("Ardley Community Choir took the amateur section of the European Choir Contest in Ljubno, ahead of 22 "
         "choirs from 14 countries.", S),
        ("The choir's 48 singers, who rehearse weekly in a school hall, sang three pieces, one of them a new work by "
         "local composer Harriet Vane.", S),
        ("The judges praised the choir's blend and its performance of the new piece.", S),
        ("Most members could not read music when they joined, conductor Simon Oduya said.", S),
        ("Concerts and a sponsored walk raised 21,000 pounds for the trip.", S),
        ("The choir will spend the 5,000 euro prize on a course for new singers.", S),
        ("The choir will sing at the winners' concert in May.", S),
        ("A group of parents founded the choir in 2009.", S),
        ("Harriet Vane conducted the choir in Ljubno.", ACT),
        ("The judges said most of the members could not read music.", ACT),
        ("The choir came second in the amateur section.", DIR),
        ("The choir beat 32 choirs.", FIG),
        ("The prize is 15,000 euros.", FIG),
        ("The choir was founded in 1999.", FIG),
        ("The choir has been invited to tour Slovenia next year.", CLAIM),
        ("The choir won because it had hired a professional conductor.", CAUSE),
        ("Ardley's choir won as divers found the Sea Thistle.", MERGE, ("mo01",)),
        ("The win proves that amateur choirs can match professionals.", GEN),
    ],
}

BODIES = [
    ("mb01", "https://www.ledgerpulse.example/corvane-funding", "Ledger Pulse",
     "Battery recycler Corvane raises 45 million euros",
     "Corvane, a Rotterdam start-up that recovers lithium and nickel from used electric car batteries, has raised 45 "
     "million euros from investors led by Halden Ventures, Ledger Pulse has learned. Existing backer Marsh Lane "
     "Capital also took part. Corvane processed 6,000 tonnes of batteries last year, three times as many as the year "
     "before. Founder and chief executive Ines Mollet said the money would pay for a second plant, in northern Spain, "
     "which should open in 2028 and double the company's capacity. She said the company would hire about 120 people "
     "there. Corvane has 230 employees today. Mollet set up the business in 2020 after eight years as a chemist at a "
     "mining group. A person close to the deal said the round valued Corvane at about 300 million euros. Halden "
     "Ventures declined to comment. Corvane sells the metals it recovers to two cathode makers under five-year "
     "contracts."),
    ("mb02", "https://www.capitalbrief.example/corvane-52m", "Capital Brief",
     "Corvane's funding reaches 52 million euros with EU grant",
     "Battery recycler Corvane has lined up 52 million euros of new money, Capital Brief reports, counting a 7 million"
     " euro grant from the European Union's innovation fund beside an equity round led by Halden Ventures. The grant "
     "is tied to the Spanish plant and will be paid in stages as building work is finished. Halden partner Tomas Reyl "
     "will take a seat on Corvane's board. Corvane's revenue rose to 31 million euros last year from 12 million euros "
     "a year earlier, according to its accounts, and its operating loss narrowed to 8 million euros from 11 million "
     "euros. Reyl said carmakers would soon have to use a fixed share of recycled metal in new batteries under "
     "European rules, which would raise demand for Corvane's output. Corvane does not yet make a profit and expects to"
     " break even in 2027, the company said."),
    ("mb03", "https://www.softwaretimes.example/stellic-arbon", "Software Times",
     "Stellic to buy mapping firm Arbon for $780 million",
     "Stellic Software has agreed to buy Arbon Maps, a maker of mapping tools for delivery fleets, for $780 million, "
     "the companies said on Monday. Stellic will pay $520 million in cash and settle the balance with new shares of "
     "its own. Arbon's founders, who own about 40% of the company, have agreed to vote for the deal. Arbon had revenue"
     " of $95 million last year and about 640 staff, most of them in Lyon and Austin. Stellic chief executive Dana "
     "Whitlow said Arbon's route planning would be sold to the 11,000 businesses that already use Stellic's scheduling"
     " software. Arbon's chief executive, Paul Ferrand, will stay on to run the mapping unit. Stellic expects the deal"
     " to close in the first quarter, once shareholders and regulators in France and the United States have approved "
     "it. Stellic's shares fell 4% on the news, while Arbon's rose 19%."),
    ("mb04", "https://www.competitionreview.example/drayfield-airports-ruling", "Competition Review",
     "Regulator orders Drayfield to sell Northby airport",
     "The Markets Authority has ordered Drayfield Airports to sell Northby airport, ruling that owning both Northby "
     "and the larger Castlegate airport 40 kilometres away let the group raise landing fees without losing airlines. "
     "The authority said on Thursday that landing fees at the two airports had risen by 34% in the four years since "
     "Drayfield bought Northby, against 12% at other regional airports. Drayfield has nine months to find a buyer that"
     " the authority approves. Authority chair Miriam Oake said airlines and their passengers had paid too much for "
     "too long. Drayfield said it would appeal to the competition tribunal and called the ruling wrong. Northby "
     "handled 2.1 million passengers last year and Castlegate 7.4 million. The airline Skylane, which complained to "
     "the authority in 2023, welcomed the ruling."),
    ("mb05", "https://www.retailmonitor.example/hollins-mayer-half-year", "Retail Monitor",
     "Hollins & Mayer's first-half profit falls as store sales slip",
     "Department store chain Hollins & Mayer said on Wednesday that its pre-tax profit for the six months to July fell"
     " to 38 million pounds from 51 million pounds a year earlier. Sales dropped 3% to 1.12 billion pounds, as fewer "
     "shoppers visited its 64 stores. Online sales, however, rose 9% to 410 million pounds and now make up more than a"
     " third of the total. Chief executive Gordon Pell said wet weather in May and June had hurt sales of summer "
     "clothing. The company will close six stores next year when their leases end. Hollins & Mayer kept its dividend "
     "at 4 pence a share. Its net debt fell to 140 million pounds from 175 million pounds at the end of January. The "
     "shares rose 2%, because analysts had expected a profit of about 33 million pounds."),
    ("mb06", "https://www.bankingdaily.example/calder-mutual-branches", "Banking Daily",
     "Calder Mutual to cut 900 jobs and close 60 branches",
     "Calder Mutual, the country's third-largest building society, will close 60 of its 210 branches and cut about 900"
     " jobs over the next 18 months, it said on Tuesday. The society said the number of customers visiting its "
     "branches had halved since 2019, while nine in ten transactions were now made in its app or online. Chief "
     "executive Rhona Keel said no town would lose its last bank branch, because Calder would only close branches "
     "where another bank or a shared banking hub stayed open. About 300 of the jobs will go at its head office in "
     "Halford. Staff will be offered moves to other branches or to its call centres before any redundancies. The "
     "Finance Workers Union said it would fight the cuts. Calder Mutual employs about 6,500 people and has 2.8 million"
     " members."),
    ("mb07", "https://www.recallwatch.example/voltra-ebike-battery-recall", "Recall Watch",
     "Voltra recalls 18,000 e-bikes over battery fire risk",
     "Voltra is recalling 18,000 electric bikes because their batteries can overheat and catch fire while charging, "
     "the consumer safety agency said on Monday. The recall covers two models, the City 2 and the City 2 Plus, sold "
     "since February of last year. Voltra has received 27 reports of batteries overheating, including four fires that "
     "damaged homes. No one has been injured. Owners should stop charging the bikes at once and contact Voltra, which "
     "will replace the battery free of charge. Voltra's head of engineering, Kasia Bron, said a batch of cells from "
     "one supplier had a fault and that the company had stopped using that supplier in August. The bikes were sold in "
     "bike shops and on Voltra's website for about 1,900 euros each. Voltra sold 64,000 bikes last year."),
    ("mb08", "https://www.cyberdesk.example/fernhill-water-ransomware", "Cyber Desk",
     "Ransomware attack hits Fernhill Water's billing system",
     "Fernhill Water said on Saturday that a ransomware attack had locked its billing and customer service systems, "
     "but that the supply of drinking water was not affected. The utility, which serves about 1.1 million homes, said "
     "the attackers had also taken a copy of some customers' names, addresses and bank account numbers. It did not say"
     " how many customers were affected. Fernhill said it would not pay a ransom. The attack was found early on "
     "Thursday, when staff could not log in. Chief executive Hamish Tully said the systems that clean and pump water "
     "were kept apart from the office network. A criminal group called Greyfin said on its website that it was behind "
     "the attack. Fernhill has informed the police as well as the data protection office. Bills due this month will be"
     " sent late, and no late payment fees will be charged."),
    ("mb09", "https://www.contractsweekly.example/orvane-rail-signalling", "Contracts Weekly",
     "Orvane Systems wins 640 million pound signalling contract",
     "Orvane Systems has won a 640 million pound contract to replace the signalling on the Westmoor rail line, the "
     "national rail company said on Friday. The work covers 180 kilometres of track between Westmoor and Caddon and "
     "will run from 2027 to 2033. The new digital signals will let 16 trains an hour run on the line, against 12 now. "
     "Orvane beat two rival bidders, Braithe Engineering and Tessel Rail. Rail company chief executive Neil Ashdown "
     "said the work would be done mostly at night and at weekends to limit disruption. Orvane will also maintain the "
     "signals for ten years under a separate contract worth 90 million pounds. The company said the work would support"
     " about 700 jobs, including 150 at its factory in Crewdon."),
    ("mb10", "https://www.metalsreport.example/copper-record", "Metals Report",
     "Copper climbs to record after Tarrawa mine shuts",
     "The price of copper rose 5% to a record 11,400 dollars a tonne on Tuesday, after a landslide forced the closure "
     "of the Tarrawa mine, one of the world's ten largest. Tarrawa's owner, Quillan Mining, said the mine would stay "
     "shut for at least six weeks while engineers checked the walls of the pit. No workers were hurt. Tarrawa produced"
     " about 420,000 tonnes of copper last year. Traders said stocks held in exchange warehouses had already fallen to"
     " their lowest level in two years. Shares in Quillan Mining fell 8%, while shares in other copper miners rose. "
     "Metals analyst Jun Park said the price could stay high until the mine reopened. The price of copper has risen by"
     " about a quarter since January."),
    ("mo01", "https://www.maritimeheritage.example/sea-thistle-wreck", "Maritime Heritage",
     "Divers find wreck of the Sea Thistle 118 years after it sank",
     "Divers have found the wreck of the Sea Thistle, a cargo steamer that sank in a storm in 1907, lying at a depth "
     "of 62 metres off Garron Head. The team of four amateur divers from the Kellmouth Sub-Aqua Club identified the "
     "ship from the name on its bell, which they photographed but left in place. The Sea Thistle was carrying coal "
     "from Cardiff to Norway when it went down, and all 14 of its crew survived after reaching land in a lifeboat. "
     "Diver Rhiannon Pask said the team had searched for the wreck for three summers using old shipping records. The "
     "bow is broken off but the engine and boilers are still standing. The wreck has been reported to the receiver of "
     "wreck, and the club has asked for it to be protected so that nothing is taken from it."),
    ("mo02", "https://www.sciencedispatch.example/brenning-fossil", "Science Dispatch",
     "Quarry worker finds fossil of new marine reptile",
     "A fossil found by a quarry worker near Brenning belongs to a marine reptile unknown to science, researchers at "
     "the Halcombe Natural History Museum said on Thursday. The animal, named Brenningosaurus aldae, lived about 180 "
     "million years ago and was about four metres long. Quarry worker Joe Alda spotted bones in a block of limestone "
     "in 2022 and called the museum. The species is named after him. Museum scientists spent two years freeing the "
     "skeleton from the rock, which is about 70% complete. Palaeontologist Dr Mei Lin said the reptile had unusually "
     "large eyes, which suggests it hunted in deep or dark water. The skeleton will go on show at the museum in the "
     "spring. The quarry's owner has given the fossil to the museum."),
    ("mo03", "https://www.botanynews.example/ghost-orchid-rediscovered", "Botany News",
     "Rare orchid found again in Kestle Wood after 40 years",
     "A rare orchid last seen in the county in 1984 has been found again in Kestle Wood, the Wildflower Society said "
     "on Monday. Volunteer Edwin Carr found 11 flowering plants of the pale orchid while surveying fungi in August. "
     "The orchid has no green leaves and lives off fungi in the soil, so it can stay underground for years without "
     "flowering. Society botanist Dr Fiona Neale confirmed the find from photographs and a visit. She said the exact "
     "place would be kept secret to protect the plants from collectors and from trampling. The orchid is found at only"
     " a handful of sites in the country. The owner of the wood, the Kestle Estate, has agreed to stop felling trees "
     "near the plants."),
    ("mo04", "https://www.farmingweekly.example/sheepdog-trial-winner", "Farming Weekly",
     "Teenager wins national sheepdog trial at first attempt",
     "Sixteen-year-old Cerys Lloyd and her dog Moss won the national sheepdog trial at Pennal on Sunday, the youngest "
     "handler to win it. They beat 150 handlers over three days, scoring 96 points out of 110 in the final. Last "
     "year's winner, Idris Bowen, came second with 91 points. Each team had 15 minutes to gather five sheep from 400 "
     "metres away, drive them around a course and pen them. Lloyd, whose family farms near Bala, said she had trained "
     "Moss since he was a puppy three years ago. The top 15 handlers will compete for the country at the international"
     " trial in September. The organisers said 6,000 people watched over the three days, a record for the event. Lloyd"
     " said she would spend her 800 pound prize on a second dog."),
    ("mo05", "https://www.villagevoice.example/hensby-windmill-flour", "Village Voice",
     "Hensby windmill grinds flour again after restoration",
     "The windmill at Hensby has ground flour for the first time in 70 years after a five-year restoration, the Hensby"
     " Mill Trust said. The mill, built in 1816, stopped working in 1955 when one of its sails was blown off in a "
     "gale. Volunteers and a specialist millwright fitted four new sails, each 11 metres long, and repaired the cap "
     "and the millstones. The work cost 620,000 pounds, of which a heritage lottery grant paid 450,000 pounds and "
     "local people raised the rest. Trust chair Margaret Oyelaran said the mill could grind about a tonne of flour a "
     "day when the wind was strong enough. The flour will be sold in the mill shop and to two bakeries in the village."
     " The mill will open to visitors on weekends from Easter."),
    ("mo06", "https://www.towngazette.example/allotment-waiting-list", "Town Gazette",
     "Allotment waiting list in Corby Vale reaches 1,300",
     "More than 1,300 people are waiting for an allotment in Corby Vale, up from 480 five years ago, the town council "
     "said on Wednesday. The council has 620 plots on eleven sites, and people now wait about seven years for one. To "
     "cut the wait, the council will split 90 of the largest plots in half when they next fall vacant and open a new "
     "site with 60 plots on land by the river next year. Councillor Deepa Shah, who chairs the parks committee, said "
     "interest had grown sharply since 2020 as people wanted to grow their own food. The Corby Vale Allotment Society "
     "said splitting plots would help but that the town needed more land. Plot rents will rise from 60 to 70 pounds a "
     "year in April."),
    ("mo07", "https://www.musicnotes.example/ardley-choir-prize", "Music Notes",
     "Ardley Community Choir wins European choir contest",
     "The Ardley Community Choir has won the amateur section of the European Choir Contest in Ljubno, beating 22 "
     "choirs from 14 countries. The 48 singers, who meet once a week in a school hall, sang three pieces, including a "
     "new work by local composer Harriet Vane. The judges praised the choir's blend and its singing of the new piece. "
     "Conductor Simon Oduya said most of the members could not read music when they joined. The choir raised 21,000 "
     "pounds through concerts and a sponsored walk to pay for the trip. The prize is 5,000 euros, which the choir will"
     " spend on a course for new singers. It will perform at the contest's winners' concert in May. The choir was "
     "founded in 2009 by a group of parents."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Content-free sentences (error "content_free"): placeholders and page furniture a writer can emit, in shapes the
# earlier parts did not use.
CONTENT_FREE = [
    ("mb01", "Sign up for our morning newsletter."),
    ("mb03", "Updated 14:05 GMT."),
    ("mb05", "Listen to this article (3 min)."),
    ("mb07", "Advertisement"),
    ("mb09", "Tags: rail, contracts."),
    ("mo02", "Related: dinosaurs."),
    ("mo04", "This article is part of our series."),
    ("mo06", "Summary unavailable for this story."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading. llama.cpp's server from ../shared/wheels on
# 127.0.0.1:58911, json_object, prompt version llm-3, date 2026-12-05, --timeout 400; eval12-smollm2_raw.jsonl holds
# four editions built two at a time against the one server (call numbers restart in each; machine at load 13-22):
# editions 1 and 2 (all 17 articles; mb03, mb04, mb06, mb07, mb08, mb10, mo01, mo02, mo03, mo05, mo07) ran with the
# writer's default streamed requests and all 28 of their calls failed ("the stream carried no answer"); editions 3
# and 4 (the same two sets) ran with TOPLINE_LLM_STREAM=false and were stopped for the deadline.
SMOLLM2: list[tuple] = [
    # edition 3, call 1 (story, mb01 + mb02)
    ("mb02", "Battery recycler Corvane has lined up 52 million euros of new money, which is a record for the company's "
             "latest financial year.", CLAIM),
    ("mb02", "The company will also be offering a round valued at 300 million euros to Halden Ventures, and a seat on "
             "the board of Capital Brief.", ACT, ("mb01",)),
    ("mb02", "Corvane has been awarded a $45 million investment from the European Union's innovation fund.", FIG,
     ("mb01",)),
    # edition 3, call 2 (repair, mb01 + mb02)
    ("mb02", "Battery recycler Corvane has lined up 52 million euros of new money, Capital Brief reports, counting a 7 "
             "million euro grant from the European Union's innovation fund beside an equity round led by Halden "
             "Ventures.", S),
    ("mb01", "The company also received 45 million euros from investors led by Halden Ventures, and has raised 10 "
             "million euros from investors led by Halden Ventures.", FIG, ("mb02",)),
    # edition 3, call 3 (story, mb04)
    ("mb04", "The Markets Authority has ordered Drayfield Airports to sell Northby airport, ruling that owning both "
             "Northby and the larger Castlegate Airport 40 kilometres away allows the group to raise landing fees "
             "without losing airlines.", S),
    ("mb04", "Drayfield said it would appeal to the competition tribunal and called the ruling wrong.", S),
    ("mb04", "The Authority has ruled that Northby is a competitor of Drayfield, which means Northby should not be "
             "allowed to raise landing fees without losing airlines.", ACT),
    # edition 4, call 1 (story, mb04)
    ("mb04", "The Markets Authority has ordered Drayfield Airports to sell Northby airport, ruling that owning both "
             "Northby and the larger Castlegate Airport 40 kilometres away lets the group raise landing fees without "
             "losing airlines.", S),
    ("mb04", "Drayfield has nine months to find a buyer that the authority approves.", S),
    ("mb04", "Cases: D-WB, D-HQ, D-EBA, D-LASA, D-MALAURINES, D-PADELARIS, D-RABBENANES, D-TAMEMANIES, D-VITALITY, "
             "D-YERIANAS", CF),
    ("mb04", "The market is looking at the new rules of the game.", GEN),
    ("mb04", "The Authority will be giving a 30% increase in landing fees for Northby Airport and Drayfield Airports, "
             "which means they can now sell to other airlines.", FIG),
    # edition 4, call 2 (story, mb04; its repeats of call 1 left out)
    ("mb04", "D-WB has announced plans to build a new airport at the Castlegate Airport.", CLAIM),
    ("mb04", "The new airport will be located on the 4th of North.", CLAIM),
    # edition 4, call 3 (story, mb03; its near-repeat "The deal will close at $520 million while Stellic will pay
    # 3.1% in cash and the rest in its own shares." left out)
    ("mb03", "Stellic to buy mapping firm Arbon for $780 million", S),
    ("mb03", "Arbon Maps has agreed to purchase Stellic Software, a maker of mapping tools for delivery fleets.", ACT),
    ("mb03", "The deal will close in the first quarter at $520 million while Stellic will pay 3.1% in cash and the "
             "rest in its own shares.", FIG),
    # edition 3, call 4 (story, mb03; its title line repeats edition 4's call 3 and is left out)
    ("mb03", "Arbon Maps will be sold to 11,000 businesses that already use Stellic's scheduling software.", ACT),
    ("mb03", "Stellic will pay $520 million in cash and the rest in its own shares.", S),
    # edition 4, call 4 (repair, mb03)
    ("mb03", "Stellic chief executive Dana Whitlow said Arbon's route planning would be sold to the 1,000 businesses "
             "that already use Stellic's scheduling software.", FIG),
    ("mb03", "The company will also offer a new way for businesses to manage their own schedules.", CLAIM),
    # edition 3, call 5 (repair, mb03) repeats edition 4's call 4 and is left out
    # edition 3, call 6 (story, mb10; edition 4's call 5 gave the same two lines)
    ("mb10", "The price of copper rose 5% to a record 11,400 dollars a tonne on Tuesday.", S),
    ("mb10", "...", CF),
    # edition 4, call 6 (repair, mb10)
    ("mb10", "Tarrawa's owner, Quillan Mining, said the mine would stay shut for at least six weeks while engineers "
             "checked the walls of the pit.", S),
    # edition 3, call 7 (repair, mb10): "Tarrawa produced about 420,000 tonnes of copper last year.", a copy of the
    # source sentence that is also a hand-written sentence of mb10 above, left out (a part holds a sentence once)
    # edition 4, call 7 (signals, mb03 + mb04 + mb10)
    ("mb04", "The Markets Authority has ordered Drayfield Airports to sell Northby airport", S),
    ("mb04", "Regulator orders Drayfield Airports to sell Northby Airport.", S),
    ("mb04", "The order will be finalised on Wednesday, March 23rd.", CLAIM),
    # edition 4, call 8 (story, mb10) repeats edition 3's call 6 and is left out; the editions were stopped there
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="e", split="evaluation12",
                                      raw_name="eval12-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval12", arts, rows, problems, (("business and tech articles", "mb"), ("others", "mo")))


if __name__ == "__main__":
    main()
