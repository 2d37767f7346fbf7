"""Build the eleventh EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval11-articles.jsonl and eval11-sentences.jsonl (the output is frozen and committed ALONE, written before any run of
the checker on it; the checker is run on it once, by the lead).

    python benchmarks/make_support_eval11.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads (sb01-sb10): a funding round reported by two
outlets with figures that differ (sb01 Venture Wire $60 million / sb02 The Deal Sheet $72 million, the latter
counting a $12 million debt facility from Osterley Bank beside the equity round), an acquisition paid in cash and
shares, a gas regulator's ruling against a price rise, a games maker's quarterly results with year-earlier
comparisons, job cuts and a plant closure at a carmaker, an air fryer recall, a cyberattack on a train operator's
ticket sales, a hospital construction contract award and a jump in a country's bond yields after a rating cut. Seven
are on topics no earlier part uses (so01-so07): a butterfly count, a lighthouse sold at auction, a four-day school
week trial, a record giant pumpkin, a dark-sky reserve, a puffin count and a church bell recast.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, "a year earlier" comparisons,
two-sentence summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine or compute
from what the cited articles say. Each is fully supported by one passage (a sentence and its neighbours) of a cited
article, checked by reading. Unsupported sentences (origin "planted"): every error kind, with shapes beside the
earlier parts' (a true subject with a bare "said." and nothing said; a claim that reuses the passage's own words with
one role swapped). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in SMOLLM2 below,
labelled by reading; their raw answers are in eval11-smollm2_raw.jsonl (benchmarks/collect_smollm2_writer.py).
Every row belongs to the split "evaluation11"; ids "g0001"...
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
           "eval10-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl", "eval8-articles.jsonl", "eval9-articles.jsonl", "eval10-articles.jsonl")
EARLIER_IDS = "skmvwxyzuroh"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n, j, l, ib, io, kb, ko; this part's: sb, so)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "sb01": [
        ("Tallyfox has raised $60 million, Venture Wire reports.", S),
        ("Brookmere Partners led a $60 million Series B round in Tallyfox, a Leeds payroll start-up for restaurants "
         "and shops.", S),
        ("Quayside Capital, an early backer of Tallyfox, also invested in the new round.", S),
        ("Tallyfox now handles payroll for 1,900 employers, against 700 a year ago.", S),
        ("The round valued Tallyfox at about $350 million, according to two people familiar with the deal.", S),
        ("The money will pay for a launch in Ireland next spring and 60 more staff, chief executive Priya Anand "
         "said.", S),
        ("Anand co-founded Tallyfox in 2022 with Callum Reeve, now its finance chief.", S),
        ("Employers pay Tallyfox 4 pounds a month for every worker on its payroll.", S),
        ("Tallyfox has about 110 staff before the planned hires.", S, (), AN),
        ("Quayside Capital led Tallyfox's $60 million round.", ACT),
        ("Finance chief Callum Reeve said the funds would pay for a launch in Ireland.", ACT),
        ("Brookmere confirmed that the round valued Tallyfox at $350 million.", DIR),
        ("Tallyfox plans to cut 60 jobs after the round.", DIR),
        ("Tallyfox raised $60 million in a Series A round.", FIG),
        ("Tallyfox pays about 84,000 workers a month.", FIG),
        ("Tallyfox plans to launch in France after Ireland.", CLAIM),
        ("Tallyfox raised the money because restaurants had been slow to pay its fees.", CAUSE),
        ("The round shows investors are betting heavily on software for small businesses.", GEN),
        ("Chief executive Priya Anand said.", CF),
    ],
    "sb02": [
        ("Tallyfox has secured $72 million in new funding, according to The Deal Sheet.", S),
        ("The $72 million includes a $12 million debt facility from Osterley Bank, arranged alongside an equity round "
         "led by Brookmere Partners.", S),
        ("Helena Voss, a partner at Brookmere, is joining Tallyfox's board.", S),
        ("Tallyfox's revenue rose to $9 million last year from $4 million a year earlier, filings show.", S),
        ("Its loss narrowed to $5 million from $7 million.", S),
        ("Tallyfox has no licence of its own to move wages and uses a partner bank for payments.", S),
        ("The Osterley Bank facility can be drawn over three years, the bank said.", S),
        ("Without Osterley Bank's debt facility, the new funding comes to $60 million.", S, (), AN),
        ("Tallyfox's revenue more than doubled last year, while its loss shrank by $2 million.", S, (), AN),
        ("The Deal Sheet puts Tallyfox's funding at $72 million and Venture Wire at $60 million; the $12 million "
         "gap is Osterley Bank's debt facility.", S, ("sb01",), AN),
        ("Osterley Bank led Tallyfox's equity round.", ACT),
        ("Osterley Bank partner Helena Voss will join the Tallyfox board.", ACT),
        ("Tallyfox's loss widened to $7 million from $5 million.", DIR),
        ("Tallyfox now holds a licence to move wages itself.", DIR),
        ("Tallyfox's revenue climbed to $9 million from $6 million.", FIG),
        ("The debt facility can be drawn over five years.", FIG),
        ("Tallyfox expects to turn a profit next year.", CLAIM),
        ("Tallyfox took on debt because its equity investors refused to put in more.", CAUSE),
        ("Tallyfox's funding came as Marlowe Foods agreed to buy Pennick Bakeries.", MERGE, ("sb03",)),
    ],
    "sb03": [
        ("Marlowe Foods has agreed to buy Pennick Bakeries for 410 million pounds.", S),
        ("Pennick Bakeries, a family-owned maker of supermarket bread, is being bought by Marlowe Foods, the "
         "companies said on Wednesday.", S),
        ("Marlowe will pay 300 million pounds in cash and the remainder in new Marlowe shares.", S),
        ("The Pennick family will keep the Marlowe shares for at least two years.", S),
        ("Pennick employs 2,600 people at five bakeries in the Midlands.", S),
        ("Marlowe expects to save 25 million pounds a year within three years, mostly by buying flour and fuel "
         "jointly.", S),
        ("Rosalind Pennick, the chair, said the family had rejected two earlier bidders who wanted to close sites.", S),
        ("Marlowe has pledged to keep all five bakeries open for three years.", S),
        ("The competition authority must approve the deal; Marlowe expects its decision by the end of June.", S),
        ("About 110 million pounds of the price will be paid in Marlowe shares.", S, (), AN),
        ("Pennick Bakeries agreed to buy Marlowe Foods for 410 million pounds.", ACT),
        ("Marlowe said the family had turned down two earlier approaches.", ACT),
        ("Marlowe plans to close two of Pennick's five bakeries.", DIR),
        ("The Pennick family will sell its Marlowe shares straight away.", DIR),
        ("Marlowe will pay 410 million pounds in cash.", FIG),
        ("Pennick employs 6,200 people.", FIG),
        ("Marlowe expects to save 25 million pounds annually by the end of June.", FIG),
        ("The competition authority has already approved the deal.", CLAIM),
        ("Pennick agreed to sell after its bakeries lost a supermarket contract.", CAUSE),
        ("Marlowe agreed to buy Pennick days after the gas regulator blocked Ostran's price rise.", MERGE, ("sb04",)),
        ("The deal marks a wave of consolidation sweeping the baking industry.", GEN),
    ],
    "sb04": [
        ("The Gas and Power Authority has blocked Ostran Energy's 9% rise in household gas prices.", S),
        ("Ostran Energy was refused permission on Monday to raise household gas prices by 9% from April.", S),
        ("The regulator ruled that Ostran had overstated its costs.", S),
        ("According to the authority, Ostran priced gas bought in 2022 at that year's high prices, although "
         "customers had already paid for most of it.", S),
        ("Under the ruling, Ostran can raise prices by at most 3%.", S),
        ("Ostran supplies gas to about 1.4 million homes.", S),
        ("Marcus Odell, the authority's director, said Ostran had tried to make customers pay twice for the same gas.",
         S),
        ("Ostran said it disagreed with the decision; it has 30 days to appeal to the energy tribunal.", S),
        ("Ostran's shares dropped 6% after the ruling.", S),
        ("The ruling allows Ostran a third of the rise it asked for.", S, (), AN),
        ("Ostran Energy blocked the Gas and Power Authority's price rise.", ACT),
        ("Ostran said the authority had tried to charge customers twice for the same gas.", ACT),
        ("The regulator approved Ostran's 9% price rise.", DIR),
        ("Ostran said it accepted the ruling.", DIR),
        ("Ostran's shares rose 6% after the decision.", DIR),
        ("Ostran may raise prices by no more than 5%.", FIG),
        ("About 4.1 million homes buy gas from Ostran.", FIG),
        ("Ostran has lodged an appeal with the energy tribunal.", CLAIM),
        ("The regulator acted after Ostran's profits tripled last year.", CAUSE),
        ("The ruling signals a tougher era for energy suppliers across the country.", GEN),
        ("The Gas and Power Authority said.", CF),
    ],
    "sb05": [
        ("Brackwell Games' quarterly profit doubled to 46 million dollars.", S),
        ("Brackwell Games earned 46 million dollars in the three months to September, against 23 million dollars a "
         "year earlier.", S),
        ("Sales of the racing game Slipstream helped lift Brackwell's profit, the company said on Thursday.", S),
        ("Revenue rose 31% to 210 million dollars.", S),
        ("Slipstream sold 3.2 million copies in its first six weeks.", S),
        ("Players spent 88 million dollars inside Brackwell's games, up from 70 million.", S),
        ("The profit beat analysts' forecast of about 39 million dollars.", S),
        ("Brackwell now expects annual revenue of at least 800 million dollars, above its earlier target of 760 "
         "million, finance chief Dev Kapoor said.", S),
        ("Brackwell's shares gained 12% in early trading.", S),
        ("Year-earlier revenue was about 160 million dollars.", S, (), AN),
        ("Analysts said Brackwell now expected annual revenue of at least 800 million dollars.", ACT),
        ("Brackwell's profit fell to 23 million dollars from 46 million.", DIR),
        ("Brackwell cut its annual revenue target to 760 million dollars.", DIR),
        ("The profit fell short of analysts' forecasts.", DIR),
        ("Revenue grew 13% to 210 million dollars.", FIG),
        ("Slipstream sold 3.2 million copies in its first six months.", FIG),
        ("Brackwell plans to release a sequel to Slipstream next year.", CLAIM),
        ("Profit doubled because Brackwell cut 300 jobs last year.", CAUSE),
        ("Brackwell's profit doubled as Hesketh Motors announced 2,300 job cuts.", MERGE, ("sb06",)),
        ("The results show that racing games are back in fashion with players.", GEN),
    ],
    "sb06": [
        ("Hesketh Motors will cut 2,300 jobs and close its Dunmore engine plant.", S),
        ("The carmaker said on Tuesday it would shed about 11% of its workforce and shut the Dunmore plant by the end "
         "of next year.", S),
        ("Engine work will move to Hesketh's Slovak plant, which also builds battery packs.", S),
        ("Hesketh will seek voluntary redundancies and early retirements before compulsory ones.", S),
        ("The Dunmore plant has built engines since 1974 and has 1,100 workers.", S),
        ("Chief executive Anton Merrick said European demand for petrol engines had fallen faster than planned.", S),
        ("The Union of Motor Workers will ballot its members on a strike.", S),
        ("Hesketh will keep 400 research jobs in Dunmore at a new electric motor centre.", S),
        ("Hesketh employs about 21,000 people.", S, (), AN),
        ("The Union of Motor Workers said demand for petrol engines had fallen faster than planned.", ACT),
        ("Engine work will move from Slovakia to Dunmore.", ACT),
        ("Hesketh will make compulsory redundancies before seeking volunteers.", DIR),
        ("Hesketh will add 400 research jobs elsewhere as it leaves Dunmore entirely.", DIR),
        ("Hesketh will cut 3,200 jobs.", FIG),
        ("The Dunmore plant has made engines since 1947.", FIG),
        ("The union has called a strike at Dunmore.", CLAIM),
        ("Hesketh is closing Dunmore because the plant's lease expires next year.", CAUSE),
        ("The cuts show Europe's car industry is losing its battle with Chinese rivals.", GEN),
    ],
    "sb07": [
        ("Quenby is recalling 54,000 air fryers because their handles can melt.", S),
        ("The product safety office said on Friday that Quenby air fryers sold in Britain and Ireland were being "
         "recalled over handles that can melt and come loose.", S),
        ("The recall covers the 5.5-litre Crisp 550 sold from March to October.", S),
        ("Quenby has had 212 reports of melting handles, nine of them involving minor burns.", S),
        ("Owners should stop using the fryer and will get a refund or a replacement, Quenby said.", S),
        ("Lena Haas, Quenby's product director, said a supplier had changed the handle's plastic without telling "
         "the company.", S),
        ("Three large retailers and Quenby's own website sold the model.", S),
        ("About 13,000 of the recalled fryers were sold in Ireland.", S, (), AN),
        ("Quenby said it had changed the plastic used in the handle without telling its supplier.", ACT),
        ("The product safety office said customers would receive a refund or a replacement.", ACT),
        ("Owners can keep using the fryer until a replacement arrives.", DIR),
        ("Quenby said the handle problem had nothing to do with its supplier.", DIR),
        ("Quenby has received 212 reports of handles melting, including 90 in which people were burned.", FIG),
        ("The recall covers the 3.5-litre Crisp 550 model.", FIG),
        ("Quenby said it would stop selling air fryers.", CLAIM),
        ("The handles melted because owners left the fryers running for too long.", CAUSE),
        ("The recall raises wider questions about the safety of cheap kitchen gadgets.", GEN),
    ],
    "sb08": [
        ("Hackers forced Rellow Rail to halt online ticket sales for four days.", S),
        ("Rellow Rail said on Sunday that it stopped selling tickets online for four days after its booking system "
         "was broken into.", S),
        ("Trains kept running, and passengers could still buy tickets at stations or on board.", S),
        ("The attackers copied the names and email addresses of about 380,000 customers but reached no card "
         "details, which a separate payment firm holds.", S),
        ("The intruders got in on Tuesday through an outside contractor's account and were discovered on Wednesday, "
         "according to Rellow.", S),
        ("Greta Lind, the chief information officer, said the booking system had been rebuilt before it came "
         "back.", S),
        ("The data protection office has been notified and is making inquiries.", S),
        ("No group has claimed responsibility for the attack.", S),
        ("The attackers were inside Rellow's systems for about a day before they were found.", S, (), AN),
        ("Rellow Rail said the contractor had broken into its booking system.", ACT),
        ("The data protection office said it had rebuilt the booking system.", ACT),
        ("Trains stopped running during the attack.", DIR),
        ("The attackers reached customers' card details.", DIR),
        ("Rellow stopped selling tickets online for fourteen days.", FIG),
        ("The attackers copied details of about 38,000 customers.", FIG),
        ("The hackers demanded a ransom of 2 million euros.", CLAIM),
        ("The attack succeeded because Rellow had not updated its software for years.", CAUSE),
        ("Rellow Rail halted online ticket sales after its air fryer handles melted.", MERGE, ("sb07",)),
        ("The breach is another sign that no company can keep its customers' data safe.", GEN),
        ("Chief information officer Greta Lind said.", CF),
    ],
    "sb09": [
        ("Trenmoor has won a 1.3 billion euro contract to build a hospital in Velder.", S),
        ("The regional health authority said on Thursday that it had awarded the Velder hospital contract to "
         "construction group Trenmoor.", S),
        ("The 620-bed hospital will replace two older hospitals in the city, which will shut when it opens in "
         "2031.", S),
        ("Trenmoor beat a group led by Baskin Civil, whose offer was cheaper but would have finished later.", S),
        ("A European Investment Bank loan will cover about half the cost, and the authority will pay the rest "
         "from its own funds.", S),
        ("Ilse Brand, who chairs the health authority, said the hospital would shorten the region's waiting "
         "lists.", S),
        ("The work will create about 1,800 construction jobs, Trenmoor said.", S),
        ("Construction is due to begin next March.", S),
        ("The European Investment Bank loan comes to roughly 650 million euros.", S, (), AN),
        ("Baskin Civil won the contract to build the Velder hospital.", ACT),
        ("Trenmoor said the new hospital would cut the region's waiting lists.", ACT),
        ("The two older hospitals will stay open after the new one is built.", DIR),
        ("Trenmoor offered a lower price than Baskin Civil.", DIR),
        ("The new hospital will have 260 beds.", FIG),
        ("The hospital is due to open in 2013.", FIG),
        ("Baskin Civil said it would challenge the award in court.", CLAIM),
        ("Trenmoor won because the authority had worked with it on an earlier hospital.", CAUSE),
        ("Trenmoor won the Velder contract as Kaldoria's bond yields jumped.", MERGE, ("sb10",)),
        ("The contract shows that Europe's hospital building boom is gathering pace.", GEN),
    ],
    "sb10": [
        ("Kaldoria's 10-year bond yields jumped after Sterling Ratings cut its credit rating.", S),
        ("The yield on Kaldoria's 10-year bonds climbed to 5.8% on Monday from 5.2% on Friday.", S),
        ("Sterling Ratings lowered Kaldoria's credit score by one notch.", S),
        ("The agency said more borrowing for defence and pensions would lift Kaldoria's debt above 95% of national "
         "output by 2028.", S),
        ("The krona lost 1.4% against the euro.", S),
        ("Finance minister Elena Varga said the downgrade ignored the spending cuts announced in October.", S),
        ("The central bank said it was watching the market but had no plan to buy bonds.", S),
        ("Kaldoria has 14 billion euros of debt to repay next year.", S),
        ("Two other agencies left their ratings unchanged, though one warned it might follow.", S),
        ("The 10-year yield rose by 0.6 percentage points over the weekend.", S, (), AN),
        ("Kaldoria's government cut Sterling Ratings' credit score.", ACT),
        ("Sterling Ratings said the downgrade did not reflect the spending cuts announced in October.", ACT),
        ("Kaldoria's 10-year bond yields fell to 5.2% after the downgrade.", DIR),
        ("The krona rose 1.4% against the euro.", DIR),
        ("The central bank said it would buy bonds to calm the market.", DIR),
        ("Kaldoria must repay 41 billion euros of debt next year.", FIG),
        ("The agency said the debt would top 95% of national output by 2026.", FIG),
        ("Sterling Ratings cut Kaldoria's rating by two notches.", FIG),
        ("Kaldoria plans to raise taxes to calm the bond market.", CLAIM),
        ("Yields rose because the central bank raised interest rates on Monday.", CAUSE),
        ("Finance minister Elena Varga said.", CF),
    ],
    "so01": [
        ("This summer's butterfly count fell to its lowest since records began in 2010.", S),
        ("Volunteers saw an average of nine butterflies per 15-minute watch this summer, down from 12 last year, "
         "the Greenvale Butterfly Trust said.", S),
        ("More than 95,000 people took part, sending about 140,000 counts from gardens, parks and fields.", S),
        ("Sightings of the common blue fell 40% on last year.", S),
        ("The red admiral was the only species to become more common.", S),
        ("Dr Owen Hale, a scientist at the trust, blamed June's wet and cold weather for keeping many butterflies "
         "from breeding.", S),
        ("Hale said one bad summer was not a trend, but numbers had dropped in six of the past ten years.", S),
        ("The trust has asked gardeners to leave some grass uncut.", S),
        ("The average count fell by a quarter from last year.", S, (), AN),
        ("The common blue was the only species that became more common.", ACT),
        ("Gardeners said the wet June had kept butterflies from breeding.", ACT),
        ("The average count rose to nine from six last year.", DIR),
        ("Hale said the fall was clearly a long-term trend.", DIR),
        ("Numbers fell in eight of the last ten years.", FIG),
        ("Volunteers counted an average of nine butterflies in each 30-minute watch.", FIG),
        ("The trust will pay gardeners to leave grass uncut.", CLAIM),
        ("Butterflies declined because pesticides were sprayed on nearby farms.", CAUSE),
        ("The butterfly count fell to a record low as the Marrick Point lighthouse sold for 1.1 million pounds.",
         MERGE, ("so02",)),
        ("The count is a warning that Britain's wildlife is in deep crisis.", GEN),
    ],
    "so02": [
        ("The Marrick Point lighthouse has been sold at auction for 1.1 million pounds.", S),
        ("The lighthouse fetched more than twice its 500,000-pound guide price, auction house Fenley & Co said.", S),
        ("A Bristol couple who asked not to be named bought the lighthouse and plan to make the keepers' cottages "
         "into holiday homes.", S),
        ("Built in 1861, the 32-metre tower has operated automatically since 1989.", S),
        ("The light will stay in use, looked after by the lighthouse authority, which keeps a right of access to "
         "the tower.", S),
        ("Eleven bidders took part, five of them by phone.", S),
        ("Councillor Bryn Howell said he hoped the owners would open the tower to visitors on open days.", S),
        ("The lighthouse sold for 600,000 pounds more than its guide price.", S, (), AN),
        ("The lighthouse authority bought the Marrick Point lighthouse.", ACT),
        ("The Bristol couple said they hoped visitors could climb the tower on open days.", ACT),
        ("The lighthouse sold for less than its guide price.", DIR),
        ("The light will be switched off after the sale.", DIR),
        ("The tower was built in 1816.", FIG),
        ("The lighthouse sold for 1.1 million pounds against a guide price of 750,000 pounds.", FIG),
        ("The new owners will open a museum in the tower.", CLAIM),
        ("The lighthouse was sold because the authority could no longer afford to maintain it.", CAUSE),
        ("The sale reflects growing demand for unusual holiday homes on the coast.", GEN),
        ("Councillor Bryn Howell said.", CF),
    ],
    "so03": [
        ("Twelve Pellingford secondary schools will move to a four-day week for pupils from September.", S),
        ("The county council said on Tuesday that the four-day week would be tried for two years.", S),
        ("Pupils will have longer lessons from Monday to Thursday, and total teaching hours will not change.", S),
        ("On Fridays pupils will do sport, go to clubs or stay home, while teachers plan and train.", S),
        ("The council said the aim was to help schools keep teachers after 140 left last year.", S),
        ("Pellingford Families, a parents' group, said working parents would find it hard to arrange Friday "
         "care.", S),
        ("Amara Lewis, the council's education chief, said each school would run a supervised Friday club for "
         "pupils who need it.", S),
        ("The University of Harwell will study the pupils' results.", S),
        ("Pupils at the twelve schools will have the same teaching time in four days as they had in five.", S, (),
         AN),
        ("Pellingford Families said every school would open a supervised Friday club.", ACT),
        ("The council said working parents would struggle to find care on Fridays.", ACT),
        ("Total teaching hours will be cut under the trial.", DIR),
        ("Teachers will teach on Fridays while pupils stay home.", DIR),
        ("Twenty secondary schools will join the trial.", FIG),
        ("The trial will last three years.", FIG),
        ("The council plans to extend the four-day week to primary schools.", CLAIM),
        ("The council chose a four-day week to save money on heating.", CAUSE),
        ("The trial could mark the end of the five-day school week across the country.", GEN),
    ],
    "so04": [
        ("Retired plumber Alan Dunmore has grown a record 1,162-kilogram pumpkin.", S),
        ("Dunmore's pumpkin weighed in at 1,162 kilograms at Saturday's Ashcombe Harvest Show, a national record, "
         "the judges said.", S),
        ("The old record of 1,090 kilograms was set in 2021 by a Kent grower.", S),
        ("Dunmore, who is 68, said he fed the plant seaweed and watered it up to three times a day in the summer "
         "heat.", S),
        ("A forklift truck lifted the pumpkin onto the scales.", S),
        ("Dunmore won the 2,000-pound prize and plans to give half to a local hospice.", S),
        ("Seeds from the record pumpkin will be auctioned next month.", S),
        ("Dunmore's pumpkin beat the previous national record by 72 kilograms.", S, (), AN),
        ("Dunmore's pumpkin is about 88 kilograms short of the heaviest ever recorded.", S, (), AN),
        ("A grower in Kent grew the record 1,162-kilogram pumpkin.", ACT),
        ("The judges said they had fed the plant with seaweed.", ACT),
        ("Dunmore's pumpkin is the heaviest ever recorded anywhere.", DIR),
        ("Dunmore said he would keep all of his prize money.", DIR),
        ("The pumpkin weighed 1,612 kilograms.", FIG),
        ("Dunmore, 86, won the show's prize.", FIG),
        ("Dunmore plans to enter the pumpkin in a world championship next year.", CLAIM),
        ("The pumpkin grew so large because of a new fertiliser from a local farm.", CAUSE),
        ("The record shows how hobby growers are pushing the limits of what plants can do.", GEN),
        ("Dunmore's pumpkin was weighed as Harrow Moor was named a dark-sky reserve.", MERGE, ("so05",)),
    ],
    "so05": [
        ("Harrow Moor has been named an international dark-sky reserve.", S),
        ("The Night Sky Alliance said on Wednesday that Harrow Moor had become the country's fifth dark-sky "
         "reserve.", S),
        ("The reserve covers 1,020 square kilometres of moorland and 14 villages.", S),
        ("Over four years, the park authority and local councils swapped about 3,000 street lights for dimmer lamps "
         "that point downward.", S),
        ("Volunteers' readings show the Milky Way can now be seen from most villages on the moor.", S),
        ("Ranger Sofia Marsh said the reserve would bring visitors in winter, when fewer people come.", S),
        ("The park will run star-watching evenings from November to March.", S),
        ("Tom Briggs, who leads the farmers, said some farms needed bright yard lights for safety.", S),
        ("The street lights were replaced at a rate of about 750 a year.", S, (), AN),
        ("The Night Sky Alliance replaced 3,000 street lights on the moor.", ACT),
        ("Farmers' leader Tom Briggs said the reserve would draw visitors in winter.", ACT),
        ("The new lamps are brighter than the old street lights.", DIR),
        ("Readings show the Milky Way can be seen from only a few villages.", DIR),
        ("The reserve covers 10,200 square kilometres.", FIG),
        ("Harrow Moor is the country's third dark-sky reserve.", FIG),
        ("Farms on the moor will have to switch off their yard lights at night.", CLAIM),
        ("The moor won the award because its villages have lost most of their residents.", CAUSE),
        ("The award shows rural Britain is finally waking up to the value of darkness.", GEN),
        ("Park ranger Sofia Marsh said.", CF),
    ],
    "so06": [
        ("Skerra island's puffin numbers rose for a second count in a row.", S),
        ("Rangers counted 18,400 breeding pairs this spring, up from 15,900 in 2021, the island's nature trust "
         "said.", S),
        ("Numbers had fallen to 11,200 pairs in 2016.", S),
        ("The count is made every five years by checking burrows for signs of use.", S),
        ("Warden Isla Morgan said rats, cleared from the island in 2017, had eaten eggs and chicks for decades.", S),
        ("She said sand eels, the puffins' main food, had been plentiful near the island in the last two "
         "summers.", S),
        ("Boat trips will run from April to July, with no more than 200 visitors a day allowed to land.", S),
        ("The island has gained 2,500 breeding pairs since the 2021 count.", S, (), AN),
        ("Puffin pairs on Skerra have risen by 7,200 since 2016.", S, (), AN),
        ("Rangers said puffins had been eating rats' eggs for decades.", ACT),
        ("Puffins are the main food of sand eels near the island.", ACT),
        ("Puffin numbers fell for the second count running.", DIR),
        ("Sand eels were scarce near the island in the last two summers.", DIR),
        ("Rangers counted 14,800 breeding pairs this spring.", FIG),
        ("The count is carried out every three years.", FIG),
        ("The trust plans to build a visitor centre on the island.", CLAIM),
        ("Puffin numbers rose because fishing boats were banned from the island's waters.", CAUSE),
        ("Skerra's puffins recovered as St Bride's church rehung its recast bell.", MERGE, ("so07",)),
        ("The recovery proves that Britain's seabirds are out of danger.", GEN),
    ],
    "so07": [
        ("St Bride's church in Oakley has rehung its largest bell after it was recast.", S),
        ("The bell has been rehung 14 months after a crack was found in it, having been recast at a Loughton "
         "foundry.", S),
        ("First cast in 1732, the bell weighs 1.3 tonnes.", S),
        ("The bellringers raised 86,000 pounds and a heritage fund added 40,000 pounds.", S),
        ("The foundry melted down the old bell, added new metal and tuned the new bell to the same note.", S),
        ("While the bell was away, the ringers practised on the church's seven other bells, tower captain Ruth "
         "Allard said.", S),
        ("The bell will first be rung at Sunday's service.", S),
        ("The church has also replaced the bell's rotten wooden frame.", S),
        ("The work was paid for with 126,000 pounds from the ringers and a heritage fund.", S, (), AN),
        ("The heritage fund raised 86,000 pounds and the bellringers paid a further 40,000 pounds.", ACT),
        ("The foundry said the ringers had practised on the church's seven other bells.", ACT),
        ("The new bell was tuned to a different note.", DIR),
        ("The church kept the bell's old wooden frame.", DIR),
        ("The bell was first cast in 1723.", FIG),
        ("The bell weighs 3.1 tonnes.", FIG),
        ("The old bell was put on display in the church.", CLAIM),
        ("The bell cracked because it was rung too hard at a wedding.", CAUSE),
        ("The recasting shows that village traditions are enjoying a revival.", GEN),
        ("Tower captain Ruth Allard said.", CF),
    ],
}

BODIES = [
    ("sb01", "https://www.venturewire.example/tallyfox-series-b", "Venture Wire",
     "Payroll start-up Tallyfox raises $60 million led by Brookmere",
     "Tallyfox, a Leeds start-up that runs payroll for restaurants and shops, has raised $60 million in a Series B "
     "round, with Brookmere Partners as lead investor, Venture Wire has learned. Quayside Capital, which backed the "
     "company's seed round, also put money in. Tallyfox pays about 48,000 workers a month for 1,900 employers, up "
     "from 700 employers a year ago. Chief executive Priya Anand said the funds would pay for a launch in Ireland "
     "next spring and for 60 new staff, which would take the headcount to 170. Anand started the company in 2022 "
     "with Callum Reeve, a former accountant who is now its finance chief. Two people familiar with the deal said "
     "the round valued Tallyfox at roughly $350 million. Brookmere declined to comment on the valuation. The "
     "company charges employers a monthly fee of 4 pounds for each worker it pays."),
    ("sb02", "https://www.thedealsheet.example/tallyfox-72m", "The Deal Sheet",
     "Tallyfox lands $72 million as lenders join equity backers",
     "Tallyfox has secured $72 million of new funding, The Deal Sheet reports, a total that includes a $12 million "
     "debt facility from Osterley Bank arranged alongside an equity round that Brookmere Partners led. Brookmere "
     "partner Helena Voss will join the Tallyfox board. Filings show that Tallyfox's revenue climbed to $9 million "
     "last year from $4 million the year before, while its loss narrowed to $5 million from $7 million. Voss said "
     "small employers still spent hours each week on payroll and that software which handled tips and shift pay "
     "could save them that time. Tallyfox does not yet hold a licence to move wages itself and relies on a partner "
     "bank for payments. Osterley Bank said the facility could be drawn over three years."),
    ("sb03", "https://www.foodtradejournal.example/marlowe-pennick", "Food Trade Journal",
     "Marlowe Foods to buy Pennick Bakeries for 410 million pounds",
     "Marlowe Foods has agreed to buy Pennick Bakeries, the family-owned maker of supermarket bread, for 410 "
     "million pounds, the two companies said on Wednesday. Marlowe will pay 300 million pounds in cash and settle "
     "the remainder with new Marlowe shares, which the Pennick family will hold for at least two years. Pennick "
     "runs five bakeries in the Midlands and employs 2,600 people. Marlowe said the combined group should save 25 "
     "million pounds annually within three years, largely through joint purchases of flour and fuel. Pennick chair "
     "Rosalind Pennick said the family had turned down two earlier approaches because the bidders wanted to close "
     "sites. Marlowe has promised to keep all five bakeries open for three years. The deal needs the approval of "
     "the competition authority, which Marlowe expects by the end of June."),
    ("sb04", "https://www.utilitydesk.example/ostran-price-rise-blocked", "Utility Desk",
     "Gas regulator blocks Ostran Energy's 9% price rise",
     "The Gas and Power Authority on Monday refused Ostran Energy permission to raise household gas prices by 9% "
     "from April, ruling that the supplier had overstated its costs. The authority said Ostran had counted the cost "
     "of gas it bought in 2022 at that year's high prices, although most of that gas had already been paid for by "
     "customers. Ostran may raise prices by no more than 3%, the ruling says. About 1.4 million homes buy gas from "
     "Ostran. Authority director Marcus Odell said the company had tried to charge customers twice for the same "
     "gas. Ostran said it disagreed with the ruling and was studying it. It has 30 days to appeal to the energy "
     "tribunal. Ostran's shares fell 6% after the decision."),
    ("sb05", "https://www.playmarket.example/brackwell-q3", "Playmarket",
     "Brackwell Games' quarterly profit doubles on hit racing title",
     "Brackwell Games said on Thursday that its profit for the three months to September rose to 46 million dollars "
     "from 23 million dollars a year earlier, helped by sales of its racing game Slipstream. Revenue grew 31% to "
     "210 million dollars. Slipstream sold 3.2 million copies in its first six weeks, the company said. Spending by "
     "players inside its games rose to 88 million dollars from 70 million. Analysts had expected a profit of about "
     "39 million dollars. Chief financial officer Dev Kapoor said the company now expected annual revenue of at "
     "least 800 million dollars, above its earlier target of 760 million. Brackwell employs 1,450 people across "
     "studios in Montreal, Warsaw and Manchester. Its shares rose 12% in early trading."),
    ("sb06", "https://www.autobeat.example/hesketh-job-cuts", "Autobeat",
     "Hesketh Motors to cut 2,300 jobs and shut Dunmore engine plant",
     "Hesketh Motors will cut 2,300 jobs, about 11% of its workforce, and close its engine plant at Dunmore by the "
     "end of next year, the carmaker said on Tuesday. Engine work will move to its plant in Slovakia, which also "
     "makes battery packs. The company said it would try to reach the cuts through voluntary redundancy and early "
     "retirement before making compulsory ones. The Dunmore plant employs 1,100 people and has made engines since "
     "1974. Chief executive Anton Merrick said demand for petrol engines in Europe had fallen faster than the "
     "company had planned. The Union of Motor Workers said it would ballot members on strike action. Hesketh said "
     "it would keep 400 research jobs in Dunmore in a new electric motor centre."),
    ("sb07", "https://www.safetynotice.example/quenby-air-fryer-recall", "Safety Notice",
     "Quenby recalls 54,000 air fryers after reports of melting handles",
     "Kitchen appliance maker Quenby is recalling 54,000 air fryers sold in Britain and Ireland because their "
     "handles can melt and come loose, the product safety office said on Friday. The recall covers the 5.5-litre "
     "Crisp 550 model sold between March and October. Quenby has received 212 reports of handles melting, including "
     "nine in which people suffered minor burns. Customers should stop using the fryer and will receive either a "
     "refund or a replacement, the company said. About 41,000 of the fryers were sold in Britain and the rest in "
     "Ireland. Quenby's product director Lena Haas said a supplier had changed the plastic used in the handle "
     "without telling the company. The model was sold by three large retailers and on Quenby's own website."),
    ("sb08", "https://www.securityledger.example/rellow-rail-attack", "Security Ledger",
     "Cyberattack halts online ticket sales at Rellow Rail",
     "Rellow Rail stopped selling tickets online for four days after hackers broke into its booking system, the "
     "train operator said on Sunday. Trains kept running and passengers were able to buy tickets at stations and on "
     "board. The company said the attackers had copied the names and email addresses of about 380,000 customers but "
     "had not reached any card details, which are held by a separate payment firm. The intruders got in on Tuesday "
     "through the account of an outside contractor and were found on Wednesday, Rellow said. Chief information "
     "officer Greta Lind said the company had rebuilt the booking system before bringing it back. The data "
     "protection office said it had been told of the breach and was making inquiries. No group has claimed the "
     "attack."),
    ("sb09", "https://www.buildweekly.example/trenmoor-hospital-contract", "Build Weekly",
     "Trenmoor wins 1.3 billion euro contract for Velder hospital",
     "Construction group Trenmoor has won a 1.3 billion euro contract to build a new hospital in Velder, the "
     "regional health authority said on Thursday. The hospital will have 620 beds and replace two older ones in the "
     "city, which will close when it opens in 2031. Trenmoor beat a group led by Baskin Civil, which had offered a "
     "lower price but a later finish date. The authority will pay for the building with a loan from the European "
     "Investment Bank covering about half the cost and with its own funds. Health authority chair Ilse Brand said "
     "the new hospital would cut the region's waiting lists. Trenmoor said the work would create about 1,800 "
     "construction jobs. Building is due to start next March."),
    ("sb10", "https://www.bondmarkets.example/kaldoria-yields", "Bond Markets Today",
     "Kaldoria's bond yields jump after credit rating cut",
     "Yields on Kaldoria's 10-year government bonds rose to 5.8% on Monday from 5.2% on Friday, after ratings "
     "agency Sterling Ratings cut the country's credit score by one notch. The agency said the government's plan to "
     "borrow more for defence and pensions would push its debt above 95% of national output by 2028. Kaldoria's "
     "currency, the krona, fell 1.4% against the euro. Finance minister Elena Varga said the downgrade did not "
     "reflect the spending cuts the government had announced in October. The central bank said it was watching the "
     "market but did not plan to buy bonds. Kaldoria must repay 14 billion euros of debt next year. Two other "
     "agencies kept their ratings unchanged, although one of them warned it could follow."),
    ("so01", "https://www.countrysidenews.example/butterfly-count", "Countryside News",
     "Summer butterfly count falls to lowest since records began",
     "Volunteers counted an average of nine butterflies in each 15-minute watch this summer, the lowest figure "
     "since the Greenvale Butterfly Trust's count began in 2010, the charity said. Last year the average was 12. "
     "More than 95,000 people took part, sending in about 140,000 counts from gardens, parks and fields. The common "
     "blue was seen 40% less often than last year, while the red admiral was the only species that became more "
     "common. Trust scientist Dr Owen Hale said the wet and cold weather of June had kept many butterflies from "
     "breeding. He said one poor summer did not make a trend but that numbers had fallen in six of the last ten "
     "years. The trust asked gardeners to leave patches of grass uncut."),
    ("so02", "https://www.coastalherald.example/marrick-lighthouse-sold", "Coastal Herald",
     "Marrick Point lighthouse sold at auction for 1.1 million pounds",
     "The lighthouse at Marrick Point has been sold at auction for 1.1 million pounds, more than twice its guide "
     "price of 500,000 pounds, the auction house Fenley & Co said. The buyer, a couple from Bristol who did not "
     "want to be named, plan to turn the keepers' cottages into holiday homes. The 32-metre tower was built in 1861 "
     "and has been run automatically since 1989. The light itself will remain in use and will still be looked after "
     "by the lighthouse authority, which keeps a right of access to the tower. Eleven bidders took part, five of "
     "them by telephone. Local councillor Bryn Howell said he hoped the new owners would let visitors climb the "
     "tower on open days."),
    ("so03", "https://www.educationpost.example/four-day-week-trial", "Education Post",
     "Pellingford schools to try a four-day week from September",
     "Twelve secondary schools in Pellingford will switch to a four-day week for pupils from September in a "
     "two-year trial, the county council said on Tuesday. Pupils will have longer lessons from Monday to Thursday "
     "and spend Fridays on sport, clubs or at home, while teachers will use Fridays for planning and training. "
     "Total teaching hours will stay the same. The council said the trial was meant to help schools keep teachers, "
     "after 140 left the county's schools last year. Parents' group Pellingford Families said working parents would "
     "struggle to find care on Fridays. Council education chief Amara Lewis said every school would open a "
     "supervised Friday club for pupils who need one. The University of Harwell will study pupils' results."),
    ("so04", "https://www.showgroundgazette.example/giant-pumpkin-record", "Showground Gazette",
     "Retired plumber grows record 1,162-kilogram pumpkin",
     "A pumpkin grown by retired plumber Alan Dunmore weighed 1,162 kilograms at the Ashcombe Harvest Show on "
     "Saturday, a national record, the show's judges said. The previous record, 1,090 kilograms, was set in 2021 by "
     "a grower in Kent. Dunmore, 68, said he had fed the plant with seaweed and watered it up to three times a day "
     "during the summer heat. The pumpkin was lifted onto the scales by a forklift truck. Dunmore won the show's "
     "prize of 2,000 pounds and said he would give half of it to a local hospice. The seeds of the record pumpkin "
     "will be sold at auction next month. The heaviest pumpkin ever recorded anywhere weighed about 1,250 "
     "kilograms, according to the judges."),
    ("so05", "https://www.skywatch.example/dark-sky-reserve", "Skywatch",
     "Harrow Moor named a dark-sky reserve",
     "Harrow Moor has been named an international dark-sky reserve, the Night Sky Alliance said on Wednesday, "
     "making it the fifth in the country. The award covers 1,020 square kilometres of moorland and 14 villages. To "
     "win it, the moor's park authority and local councils replaced about 3,000 street lights with dimmer, "
     "downward-facing lamps over four years. Readings taken by volunteers show the sky over the moor is now dark "
     "enough for the Milky Way to be seen from most villages. Park ranger Sofia Marsh said the reserve would draw "
     "visitors in winter, when fewer people come. The park plans to hold star-watching evenings from November to "
     "March. Farmers' leader Tom Briggs said some farms needed bright lights in yards for safety."),
    ("so06", "https://www.seabirdnews.example/skerry-puffin-count", "Seabird News",
     "Puffin numbers on Skerra island rise for second count running",
     "Rangers counted 18,400 breeding pairs of puffins on Skerra island this spring, up from 15,900 at the last "
     "count in 2021, the island's nature trust said. It was the second count in a row to show a rise, after numbers "
     "fell to 11,200 pairs in 2016. The count is carried out every five years by checking burrows for signs of use. "
     "Trust warden Isla Morgan said rats, which were cleared from the island in 2017, had been eating eggs and "
     "chicks for decades. She said sand eels, the birds' main food, had been plentiful close to the island in the "
     "last two summers. Boat trips to the island will run from April to July, with landings limited to 200 visitors "
     "a day."),
    ("so07", "https://www.valleychronicle.example/oakley-bell-recast", "Valley Chronicle",
     "Cracked church bell returns to Oakley after being recast",
     "The largest bell of St Bride's church in Oakley has been rehung after being recast at a foundry in Loughton, "
     "14 months after a crack was found in it. The bell, which weighs 1.3 tonnes, was first cast in 1732. "
     "Bellringers raised 86,000 pounds for the work, and a heritage fund paid a further 40,000 pounds. The foundry "
     "melted the old bell and added new metal to cast the new one, which was tuned to the same note. Tower captain "
     "Ruth Allard said the ringers had practised on the church's seven other bells while it was away. The bell will "
     "be rung for the first time at a service on Sunday. The church also replaced the bell's wooden frame, which "
     "was found to be rotten."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Content-free sentences (error "content_free"): placeholders and empty lines a writer can emit, in shapes the
# earlier parts did not use (besides the bare "... said." lines in SENTS).
CONTENT_FREE = [
    ("sb01", "[Logo]"),
    ("sb03", "Share this article."),
    ("sb05", "Reporting by staff; editing by desk."),
    ("sb07", "Click to enlarge."),
    ("sb10", "Figures in the table below."),
    ("so01", "(Adds detail in paragraph 4.)"),
    ("so03", "Read more: education."),
    ("so06", "Photograph: handout."),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py), as the model wrote them, before the checker judged them: (article id,
# sentence, error[, other cited article ids]). Labelled by reading. llama.cpp's server from ../shared/wheels on
# 127.0.0.1:8237-8240, json_object, prompt version llm-3, date 2026-12-05, --timeout 300; eval11-smollm2_raw.jsonl holds
# four editions built at the same time (call numbers restart in each; machine at load 14-20), all stopped for the
# deadline: all 17 articles (7 calls), sb03-sb10 + so02, so04, so06, so07 (8), sb01, sb02, sb06, sb09, so01, so03,
# so05 (7) and sb03, sb04, sb07, sb08, so02, so04, so06, so07 (2); 12 of the 24 calls timed out. Only 20 sentences
# (fewer than the 40 asked for): the load left time for 24 calls.
SMOLLM2: list[tuple] = [
    # edition 2, call 2 (story, sb05)
    ("sb05", "Brackwell Games said on Thursday that its profit for the three months to September rose to 46 million "
             "dollars from 23 million dollars a year earlier, helped by sales of its racing game Slipstream.", S),
    ("sb05", "...", CF),
    ("sb05", "The company said it will continue to invest in the business and that it is not a losing business, but "
             "rather a profitable one.", CLAIM),
    ("sb05", "The company has increased its investment in the business by 15% this year.", CLAIM),
    ("sb05", "It also announced plans for a new multi-player racing game called Brackwell Games, which will be "
             "released next quarter and it is expected to have around 2 million copies sold.", CLAIM),
    # edition 2, call 3 (repair, sb05)
    ("sb05", "Analysts had expected a profit of about 39 million dollars.", S),
    # edition 1, call 2 (story, sb01 + sb02)
    ("sb02", "Tallyfox has secured $72 million of new funding, The Deal Sheet reports a total that includes a $12 "
             "million debt facility from Osterley Bank arranged alongside an equity round that Brookmere Partners "
             "led.", S),
    ("sb01", "Tallyfox has raised $60 million in Series B rounds, with 15% of the funds coming from a debt financing "
             "scheme.", FIG, ("sb02",)),
    ("sb02", "The company's revenue increased to $9 million last year.", S),
    # left out: edition 1 call 2's "Tallyfox has raised $60 million in Series B rounds, with 15% of funds coming from a
    # debt financing scheme." (a near-repeat)
    # edition 1, call 3 (repair, sb02)
    ("sb02", "The data shows that Tallyfox's revenue has increased by $9 million to $4.75 million from $3.20 million "
             "last year, while its loss decreased to $8.6 million from $1.2 million.", FIG),
    # edition 2, call 4 (story, sb09)
    ("sb09", "Trenmoor wins 1.3 billion euro contract for Velder hospital", S),
    ("sb09", "The hospital will have 620 beds and replace two older ones in the city, which will close when it opens "
             "in 2031.", S),
    # edition 3, call 2 (story, sb09)
    ("sb09", "Construction group Trenmoor has won a 1.3 billion euro contract to build a new hospital in Velder.", S),
    # left out: "..." after its first use (edition 2 calls 4, edition 3 call 2)
    # edition 3, call 3 (repair, sb09)
    ("sb09", "Trenmoor beat a group led by Baskin Civil, which had offered a lower price but a later finish date.", S),
    # edition 1, call 5 (story, sb09; its title line repeats edition 2's call 4 and is left out)
    ("sb09", "Construction group Trenmoor has won a 1.3 billion euro contract to build a new hospital in Velder, the "
             "regional health authority said on Thursday.", S),
    ("sb09", "The hospital will have 620 beds and replace two older ones in the city,", S),
    # edition 2, call 6 (story, sb08; its "..." left out): the chief information officer's statement about the
    # company's own act, without the attribution; labelled supported
    ("sb08", "The company has rebuilt the booking system before bringing it back.", S),
    # edition 2, call 7 (repair, sb08)
    ("sb08", "Trains kept running and passengers were able to buy tickets at stations and on board.", S),
    # edition 3, call 5 (story, sb06; its "..." left out)
    ("sb06", "Hesketh Motors will cut 2,300 jobs and shut Dunmore engine plant.", S),
    # edition 3, call 6 (repair, sb06)
    ("sb06", "Engine work will move to its plant in Slovakia, which also makes battery packs.", S),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="g", split="evaluation11",
                                      raw_name="eval11-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval11", arts, rows, problems, (("business and tech articles", "sb"), ("others", "so")))


if __name__ == "__main__":
    main()
