"""Build the eighth EVALUATION part of the claim-support set (issue 10, item 6): tests/data/support/
eval8-articles.jsonl and eval8-sentences.jsonl (run once; the output is frozen and committed ALONE, written before
any run of the checker on it; the checker is run on it once, by the lead, at the end of the session).

    python benchmarks/make_support_eval8.py

Every article and sentence here was written by hand for this file, about invented companies, people and places.
Ten articles are business and tech news of the kind Topline reads (j01-j10): a funding round reported by two outlets
with figures that differ (j01 Sifted 95 million euros / j02 Reuters 110 million euros, the latter counting a 15
million euro loan from the European Investment Bank), an acquisition paid in cash and shares, a telecoms
regulator's ruling, an online travel company's quarterly results with year-earlier comparisons, job cuts at an
insurer, a pressure-cooker recall, a data breach at a contractor of a mobile operator, a rail signalling contract
award and a currency's fall with a bond sell-off. Seven are on topics no earlier part uses (l01-l07): a dam
inspection, a locust outbreak, library closures, a teachers' pay deal, a volcano alert, an orchestra's cancelled
tour and a port's congestion fee.

Faithful sentences (label "supported", origin "paraphrase") are of the kinds Topline's writers produce: a lead
shortened, "X reports that", voice changed, clauses reordered, a speaker named by role in one place and by name in
another, synonyms and other verbs for the same act, figures restated or rounded, "a year earlier" comparisons,
two-sentence summaries of one passage, and analysis sentences (``kind`` "analysis") that only combine or compute
from what the cited articles say (both outlets' figures for one round and their difference, a year-earlier figure,
a difference, a sum or a ratio computed from one passage). Each is fully supported by one passage (a sentence and
its neighbours) of a cited article, checked by reading.
Unsupported sentences (origin "planted"): every error kind, with shapes the earlier parts did not use beside theirs:
a loan counted as equity, a place moved from one party to another inside a noun phrase ("Halvane Capital, a
Copenhagen firm"), the ratio of a share offer inverted, a cash-and-shares price said to be all cash, a monthly price
made yearly, a share of GDP made a share of total spending, a cancellation made a postponement, the order of two steps
reversed (compulsory before voluntary redundancy), the payer of a fee swapped for the party it is passed on to, the
payer and payee of aid swapped, pilot partners made investors, a buyback made a dividend; plus wrong actors,
directions (antonyms, negations, a hope stated as done), wrong figures, units, currencies and dates, invented
causes, unsupported claims, merged events (citing two articles), content-free sentences and generic invented
analysis (error "generic_analysis"). Real SmolLM2-135M outputs of Topline's own LLM writer (origin "smollm2") are in
SMOLLM2 below, labelled by reading; their raw answers are in eval8-smollm2_raw.jsonl
(benchmarks/collect_smollm2_writer.py). Every row belongs to the split "evaluation8"; ids "r0001"...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support_gen import ACT, CAUSE, CF, CLAIM, DIR, FIG, GEN, MERGE, S, fresh_part, write_part  # noqa: E402

AN = "analysis"
EARLIER = ("sentences.jsonl", "cal2-sentences.jsonl", "cal3-sentences.jsonl", "cal4-sentences.jsonl",
           "eval2-sentences.jsonl", "eval3-sentences.jsonl", "eval4-sentences.jsonl", "eval5-sentences.jsonl",
           "eval6-sentences.jsonl", "eval7-sentences.jsonl")
EARLIER_ARTICLES = ("articles.jsonl", "cal2-articles.jsonl", "cal4-articles.jsonl", "eval2-articles.jsonl",
                    "eval3-articles.jsonl", "eval4-articles.jsonl", "eval5-articles.jsonl", "eval6-articles.jsonl",
                    "eval7-articles.jsonl")
EARLIER_IDS = "skmvwxyzu"   # id prefixes of the earlier parts' sentences
# (their article ids: a, c, d, e, t, f, g, h, p, q, b, n)
SHINGLE = 8     # words: no run of this many words of a written sentence or article may come from elsewhere

# Per article: (sentence, error[, other cited article ids[, kind]]). error "none" = faithful (supported).
SENTS = {
    "j01": [
        ("Norrow Health has raised 95 million euros in a round led by Halvane Capital, Sifted reports.", S),
        ("Sifted reports that the round values the Copenhagen start-up at about 600 million euros.", S),
        ("Norrow was valued at 210 million euros when it last raised money, in 2024.", S),
        ("Birk Ventures, which had already invested in Norrow, also took part in the round.", S),
        ("Regional health services in Denmark, Sweden and the Netherlands, 38 in all, use Norrow's software.", S),
        ("Norrow's software handled roughly 2.3 million calls last year, according to one of the people.", S),
        ("Norrow intends to spend most of the money expanding into Germany, where it has a pilot with two hospital "
         "groups.", S),
        ("Norrow would not comment on the figures, and Halvane Capital would not comment on the deal.", S),
        ("Norrow's valuation has nearly tripled since its 2024 round.", S, (), AN),
        ("Birk Ventures led Norrow Health's 95 million euro round.", ACT),
        ("Halvane Capital, a Copenhagen firm, led the round in Norrow Health.", ACT),
        ("The round values Norrow at about 600 million dollars.", FIG),
        ("Norrow's software handled about 23 million calls last year.", FIG),
        ("Norrow's valuation has fallen since it last raised money in 2024.", DIR),
        ("Norrow confirmed the size of the round to Sifted.", DIR),
        ("Norrow raised the money because German hospitals asked it to store patient data in Germany.", CAUSE),
        ("Norrow plans to list its shares in Copenhagen next year.", CLAIM),
        ("Tessmark agreed to buy Corbel Analytics days after Norrow Health closed its round.", MERGE, ("j03",)),
        ("The round shows that investors now see AI triage as the future of emergency care.", GEN),
    ],
    "j02": [
        ("Reuters reports that Norrow Health has raised 110 million euros.", S),
        ("The 110 million euros Norrow raised include a 15 million euro loan from the European Investment Bank.", S),
        ("Halvane Capital led the equity round, which came alongside a loan from the European Investment Bank.", S),
        ("Mette Haugaard, Norrow's chief executive, would not give the company's valuation.", S),
        ("Norrow rejected offers from two bigger investors because they wanted a seat on its board, Haugaard said.", S),
        ("Norrow has 240 employees and aims to have 400 by the end of next year.", S),
        ("Norrow's revenue about doubled last year to 18 million euros, but the company is still losing money.", S),
        ("Norrow does not expect to break even before 2028, its chief executive told Reuters.", S),
        ("Norrow's German pilot, with the hospital groups Rhenmark and Aulweg, is due to begin in February.", S),
        ("Sifted put Norrow's round at 95 million euros, while Reuters put it at 110 million euros.", S, ("j01",),
         AN),
        ("Reuters' figure for Norrow's financing is 15 million euros higher than Sifted's, the size of the loan "
         "Reuters counts.", S, ("j01",), AN),
        ("Both Sifted and Reuters report that Halvane Capital led Norrow's round.", S, ("j01",), AN),
        ("Norrow plans to add about 160 staff by the end of next year.", S, (), AN),
        ("The European Investment Bank led Norrow's equity round.", ACT),
        ("Norrow's round includes a 15 million euro equity stake bought by the European Investment Bank.", FIG),
        ("The European Investment Bank lent Norrow 51 million euros.", FIG),
        ("Haugaard told Reuters that Norrow was valued at 600 million euros.", DIR),
        ("Norrow accepted offers from two larger investors that wanted a seat on its board.", DIR),
        ("Norrow is already profitable, Haugaard said.", DIR),
        ("Norrow plans to have 400 employees by the end of this year.", FIG),
        ("Norrow's revenue roughly doubled last year to 18 million dollars.", FIG),
        ("Reuters puts Norrow's round 15 million euros lower than Sifted does.", DIR, ("j01",), AN),
        ("Norrow took the loan because its equity investors had cut their offers.", CAUSE),
        ("The hospital groups Rhenmark and Aulweg have invested in Norrow.", CLAIM),
        ("Haugaard said Norrow would open an office in Berlin next year.", CLAIM),
        ("Norrow's financing signals that European health AI has entered a new boom.", GEN),
    ],
    "j03": [
        ("Tessmark has agreed to acquire Corbel Analytics for about $1.4 billion.", S),
        ("Corbel Analytics is being bought by Tessmark, a maker of warehouse management software, for roughly $1.4 "
         "billion in cash and shares.", S),
        ("For each Corbel share, holders will get $18 in cash plus half a Tessmark share.", S),
        ("The offer values Corbel at $31.50 a share, a 27% premium to its last closing price.", S),
        ("Corbel, a Pittsburgh company, sells forecasting software that tells retailers how much stock to order.", S),
        ("Rafael Quintero, Tessmark's chief executive, said the deal would allow Tessmark to offer forecasting to its "
         "1,900 customers.", S),
        ("Hana Oduya, a co-founder of Corbel, will get a seat on Tessmark's board.", S),
        ("Tessmark and Corbel expect to complete the deal in the second quarter if shareholders and regulators "
         "approve it.", S),
        ("Tessmark's shares dropped 4% on Monday and Corbel's climbed 22%.", S),
        ("At Friday's close, the share part of the offer was worth $13.50 for each Corbel share.", S, (), AN),
        ("More than half of the offer's value per Corbel share is paid in cash.", S, (), AN),
        ("Corbel Analytics has agreed to buy Tessmark for about $1.4 billion.", ACT),
        ("Tessmark's co-founder, Hana Oduya, will join Corbel's board.", ACT),
        ("Corbel's chief executive, Rafael Quintero, said the deal would let Tessmark sell forecasting.", ACT),
        ("Corbel shareholders will receive $27 in cash for each share they own.", FIG),
        ("Corbel shareholders will receive $18 in cash and two Tessmark shares for each Corbel share.", FIG),
        ("Tessmark will pay the whole $1.4 billion in cash.", FIG),
        ("The offer is a premium of 22% to Corbel's last close.", FIG),
        ("The companies expect to complete the deal in the third quarter.", FIG),
        ("Tessmark's shares rose 4% on Monday.", DIR),
        ("Shareholders and regulators have approved the deal.", DIR),
        ("Tessmark's shares fell because investors thought it was paying too much for Corbel.", CAUSE),
        ("Tessmark plans to cut jobs at Corbel once the deal closes.", CLAIM),
        ("The deal shows that software makers are racing to own retail forecasting.", GEN),
    ],
    "j04": [
        ("Vesland's communications authority has ordered Velanet to open its fibre network to rival providers at "
         "regulated prices from July.", S),
        ("Under the ruling, rivals will be able to rent access to Velanet's fibre lines from July.", S),
        ("The authority found that Velanet, which controls about 70% of Vesland's fibre lines, had charged rivals "
         "wholesale prices as much as 40% above its costs.", S),
        ("Velanet must lower the monthly wholesale price of a 1-gigabit line from 27 euros to 19 euros.", S),
        ("Velanet was not fined.", S),
        ("Velanet will appeal to the competition court but will comply with the ruling while the appeal is heard, "
         "the company said.", S),
        ("Velanet's chief executive, Jonas Ekberg, said the lower prices would force the company to slow its rural "
         "fibre rollout.", S),
        ("Strandcom, one of Velanet's rivals, welcomed the ruling.", S),
        ("Velanet shares dropped 5.2% in Orrhamn.", S),
        ("The ruling cuts Velanet's monthly wholesale price for a 1-gigabit line by 8 euros.", S, (), AN),
        ("Strandcom said it would appeal to the competition court.", ACT),
        ("Strandcom's chief executive, Jonas Ekberg, said the lower prices would slow rural rollout.", ACT),
        ("Velanet welcomed the ruling.", DIR),
        ("Velanet has refused to comply with the ruling.", DIR),
        ("Ekberg said the lower prices would let Velanet speed up its fibre rollout in rural areas.", DIR),
        ("The authority fined Velanet over its wholesale prices.", DIR),
        ("Velanet must cut its wholesale price for a 1-gigabit line to 19 euros a year.", FIG),
        ("Velanet controls about 40% of Vesland's fibre lines.", FIG),
        ("The regulated prices will apply from January.", FIG),
        ("The authority acted after Strandcom complained about Velanet's prices.", CAUSE),
        ("Velanet plans to sell its rural fibre network.", CLAIM),
        ("Velanet's shares fell 5.2% after Aurel Travel's weak forecast.", MERGE, ("j05",)),
        ("The ruling marks the end of Velanet's dominance of broadband in Vesland.", GEN),
    ],
    "j05": [
        ("Aurel Travel's third-quarter net profit rose 31% from a year earlier to $212 million.", S),
        ("Aurel's quarterly revenue grew 12% to $1.46 billion.", S),
        ("Hotel-night bookings at Aurel climbed 9% to 118 million, and flight bookings were unchanged at 21 "
         "million.", S),
        ("Aurel's marketing spending fell to 38% of revenue from 43% a year before, as more customers went straight "
         "to its app.", S),
        ("Leah Marchetti, Aurel's finance chief, forecast fourth-quarter revenue of $1.10 billion to $1.15 "
         "billion.", S),
        ("Aurel expects fourth-quarter revenue below analysts' average estimate because bookings in Europe are "
         "weaker.", S),
        ("Aurel announced a $500 million share buyback.", S),
        ("Aurel's shares dropped 6% in after-hours trading in New York.", S),
        ("Most of Aurel's revenue comes from commissions on hotel stays.", S),
        ("A year earlier, Aurel's third-quarter net profit was about $162 million.", S, (), AN),
        ("Even the top of Aurel's fourth-quarter revenue forecast is $50 million below analysts' average "
         "estimate.", S, (), AN),
        ("Aurel's third-quarter net profit rose 12% from a year earlier.", FIG),
        ("Aurel's quarterly net profit reached $1.46 billion.", FIG),
        ("Aurel's flight bookings rose 9% in the third quarter.", DIR),
        ("Aurel's marketing spending rose as a share of revenue.", DIR),
        ("Aurel's fourth-quarter revenue forecast was above analysts' average estimate.", DIR),
        ("Aurel's shares rose after the results.", DIR),
        ("Aurel's chief executive, Leah Marchetti, said bookings in Europe had weakened.", ACT),
        ("Aurel's profit rose because it raised its commissions on hotel stays.", CAUSE),
        ("Aurel's shares fell because the buyback was smaller than investors had hoped.", CAUSE),
        ("Aurel announced a $500 million special dividend.", CLAIM),
        ("Aurel plans to buy a rival booking site in Europe.", CLAIM),
        ("The results show that travellers are abandoning comparison sites for booking apps.", GEN),
    ],
    "j06": [
        ("Harnell Insurance plans to cut about 1,800 jobs over the next two years.", S),
        ("The insurer will close 40 of its 95 branches.", S),
        ("The cuts, about 12% of Harnell's workforce, will mostly fall on claims handling and customer service.", S),
        ("Sarah Whitcombe, Harnell's chief executive, said more customers were filing claims online and through the "
         "app.", S),
        ("Harnell expects redundancy and property charges of 140 million pounds and yearly savings of 210 million "
         "pounds from 2028.", S),
        ("The union Unify said Harnell had not consulted it and that it would ballot its members on industrial "
         "action.", S),
        ("Voluntary redundancy will be offered first, and some staff will be retrained for fraud detection roles, "
         "Harnell said.", S),
        ("Shares in Harnell gained 3% in London.", S),
        ("Harnell will keep 55 branches after the closures.", S, (), AN),
        ("Harnell employs about 15,000 people.", S, (), AN),
        ("Harnell Insurance will cut about 1,800 jobs and close 40 of its 95 branches. Most of the cuts will hit its "
         "claims-handling and customer service teams.", S),
        ("Harnell will cut about 12,000 jobs.", FIG),
        ("Harnell will close 95 of its branches.", FIG),
        ("The plan will cost Harnell 210 million pounds.", FIG),
        ("Unify said it had agreed the plan with Harnell.", DIR),
        ("Harnell's shares fell 3% in London.", DIR),
        ("Harnell will make compulsory redundancies before it offers voluntary ones.", DIR),
        ("Sarah Whitcombe of the union Unify said its members would be balloted on industrial action.", ACT),
        ("Harnell is cutting jobs after a fall in its profits.", CAUSE),
        ("Harnell will move its claims-handling work to India.", CLAIM),
        ("Harnell Insurance, which is cutting 1,800 jobs, faces claims over the burn injuries caused by Kelvo's "
         "pressure cookers.", MERGE, ("j07",)),
        ("The cuts show that high-street insurance branches have no future.", GEN),
    ],
    "j07": [
        ("Kelvo is recalling about 240,000 electric pressure cookers in the United States and Canada.", S),
        ("The cookers' lids can open while their contents are still under pressure, the Consumer Product Safety "
         "Commission said.", S),
        ("Kelvo has had 61 reports of lids opening in use, among them 17 burn injuries, two of which were serious.", S),
        ("The PrimeCook 6 and PrimeCook 8 models, sold from March 2024 to August 2025, are covered by the recall.", S),
        ("The recalled cookers sold for roughly $90 to $130.", S),
        ("Owners should stop using the cookers and can get a free replacement lid from Kelvo, the agency said.", S),
        ("About 26,000 of the recalled cookers were sold in Canada.", S),
        ("Kelvo blamed a locking pin made by a supplier it no longer uses.", S),
        ("About 214,000 of the recalled cookers were sold in the United States.", S, (), AN),
        ("Kelvo has received 17 reports of lids opening, including 61 burn injuries.", FIG),
        ("Kelvo is recalling about 24,000 pressure cookers.", FIG),
        ("The recall covers cookers sold between March 2023 and August 2025.", FIG),
        ("Owners can keep using the cookers until the replacement lid arrives.", DIR),
        ("No one has been injured by the cookers, Kelvo said.", DIR),
        ("Kelvo said the faulty locking pin was made in its own factory.", ACT),
        ("Kelvo is offering owners a full refund.", CLAIM),
        ("The lids opened because owners overfilled the cookers.", CAUSE),
        ("Kelvo has stopped selling pressure cookers.", CLAIM),
        ("The recall is another sign that cheap kitchen appliances are becoming less safe.", GEN),
    ],
    "j08": [
        ("Hackers stole the names, addresses and birth dates of about 3.1 million Corvana Mobile customers.", S),
        ("The data was taken from a billing system that an outside contractor, Peltra Services, runs.", S),
        ("No bank details or passwords were stolen, Corvana said.", S),
        ("Amir Sadeghi, Corvana's chief information security officer, said the breach was found on November 12, two "
         "weeks after the hackers got in.", S),
        ("Corvana has told the police and the data protection regulator about the breach.", S),
        ("Affected customers will get a year of credit monitoring for free.", S),
        ("Grey Lantern, which claimed the attack, has asked for a ransom, but Corvana said it would not pay.", S),
        ("Peltra said it had shut the system down and was investigating.", S),
        ("The hackers first got into the system around October 29.", S, (), AN),
        ("The stolen records cover roughly a third of Corvana's customers.", S, (), AN),
        ("Corvana Mobile says hackers stole data on about 3.1 million customers from a contractor's billing system. "
         "Bank details and passwords were not taken.", S),
        ("Hackers stole data from a billing system that Corvana runs for Peltra Services.", ACT),
        ("Peltra said it would not pay the ransom.", ACT),
        ("Corvana said it would pay the ransom.", DIR),
        ("Bank details and passwords were among the data the hackers took.", DIR),
        ("The breach was discovered on November 26.", FIG),
        ("The records of about 9 million Corvana customers were stolen.", FIG),
        ("Customers will be offered two years of free credit monitoring.", FIG),
        ("The hackers got in with a password stolen from a Peltra employee.", CAUSE),
        ("Corvana has ended its contract with Peltra Services.", CLAIM),
        ("Grey Lantern also claimed an attack on Dellmark's rail signalling.", MERGE, ("j09",)),
        ("The breach shows that telecom operators cannot protect their customers' data.", GEN),
    ],
    "j09": [
        ("A consortium led by Varro Signal has won a 2.6 billion euro contract to modernise signalling on 1,100 "
         "kilometres of Dellmark's railways.", S),
        ("Dellmark's national rail operator chose the Varro Signal consortium over a rival bid from Kessler "
         "Transit.", S),
        ("Ombra Group, an engineering firm, holds 35% of the consortium.", S),
        ("Over ten years, the consortium will replace the signalling on the main lines linking Hallbeck with the "
         "west coast ports.", S),
        ("Ingrid Solberg, the operator's chief executive, said the new system would let trains run closer "
         "together.", S),
        ("Capacity on the busiest lines would rise by about a fifth, the operator's chief executive said.", S),
        ("Work is scheduled to begin in 2027.", S),
        ("Kessler Transit said it was disappointed and might challenge the award in court.", S),
        ("It is the largest contract Dellmark's rail operator has ever signed.", S),
        ("Kessler Transit won the Dellmark signalling contract.", ACT),
        ("Ombra Group leads the consortium that won the contract.", ACT),
        ("Varro Signal holds a 35% share of the consortium.", ACT),
        ("The contract covers 11,000 kilometres of track.", FIG),
        ("The consortium will replace the signalling over five years.", FIG),
        ("Capacity on the busiest lines will rise by about a half.", FIG),
        ("The consortium will replace the signalling between Hallbeck and the ports of the east coast.", DIR),
        ("Kessler Transit welcomed the award.", DIR),
        ("Work on the new signalling has already started.", DIR),
        ("Varro won because its bid was cheaper than Kessler's.", CAUSE),
        ("The new signalling will also be fitted on Hallbeck's metro.", CLAIM),
        ("The award makes Varro Signal Europe's leading rail technology company.", GEN),
    ],
    "j10": [
        ("The Marovian lira dropped 3.1% against the dollar on Monday to a record low of 41.8 per dollar.", S),
        ("The lira fell after finance minister Teodor Vasic quit over a dispute about next year's budget.", S),
        ("Yields on Marova's 10-year bonds climbed 0.45 percentage points to 9.2%.", S),
        ("The rise in Marova's 10-year yield was the largest in a single day since March 2023.", S),
        ("Two traders said the central bank had sold about $600 million of reserves to slow the lira's decline.", S),
        ("A new finance minister will be named within a week, Prime Minister Elena Dravic said.", S),
        ("Dravic said the budget would keep the deficit under 4% of GDP.", S),
        ("Sennholm Bank analysts said investors were worried the government would raise spending ahead of next "
         "year's election.", S),
        ("The lira has lost 14% of its value so far this year.", S),
        ("Before Monday's rise, the yield on Marova's 10-year bonds was about 8.75%.", S, (), AN),
        ("The Marovian lira hit a record low on Monday after the finance minister resigned. Marova's 10-year bond "
         "yields rose to 9.2%.", S),
        ("The Marovian lira rose 3.1% against the dollar on Monday.", DIR),
        ("Yields on Marova's 10-year bonds fell to 9.2%.", DIR),
        ("Yields on Marova's 10-year bonds rose 0.45% to 9.2%.", FIG),
        ("The lira fell to 48.1 per dollar.", FIG),
        ("Dravic said the budget would keep the deficit below 4% of total spending.", FIG),
        ("Prime Minister Teodor Vasic resigned over the budget.", ACT),
        ("Finance minister Elena Dravic said the deficit would stay below 4% of GDP.", ACT),
        ("Sennholm Bank sold about $600 million to slow the lira's fall.", ACT),
        ("Vasic resigned because the lira had lost 14% of its value this year.", CAUSE),
        ("The central bank will raise interest rates this week.", CLAIM),
        ("The fall shows that Marova is heading for a debt crisis.", GEN),
    ],
    "l01": [
        ("The reservoir behind the Tolvern dam will be lowered by four metres after inspectors found water seeping "
         "through the dam's eastern wall.", S),
        ("Engineers have ordered the Tolvern reservoir lowered, the regional water authority said on Tuesday.", S),
        ("Built in 1958, the 62-metre concrete dam holds drinking water for some 310,000 people in the Ashby "
         "valley.", S),
        ("Chief engineer Maren Falk said the 1,400 people of Lowick, below the dam, were in no immediate danger.", S),
        ("The water level will stay down until the repairs are done, probably next summer, the authority's chief "
         "engineer said.", S),
        ("It will take about three weeks to lower the reservoir.", S),
        ("Water supplies will not be hit because the authority will draw more from two other reservoirs.", S),
        ("The last full inspection of the dam, in 2021, found no problems.", S),
        ("The repairs should cost around 18 million euros.", S),
        ("The Tolvern reservoir will be raised by four metres.", DIR),
        ("The Tolvern reservoir will be lowered by fourteen metres.", FIG),
        ("Inspectors found water seeping through the dam's western wall.", DIR),
        ("Falk said the residents of Lowick were in immediate danger.", DIR),
        ("Water supplies will be cut while the reservoir is lowered.", DIR),
        ("The Tolvern dam was built in 1985.", FIG),
        ("The 2021 inspection had already found seepage in the dam.", DIR),
        ("Lowick's mayor, Maren Falk, said there was no immediate danger.", ACT),
        ("The seepage was caused by heavy rain this autumn.", CAUSE),
        ("The residents of Lowick have been told to be ready to leave their homes.", CLAIM),
        ("Engineers lowered the Tolvern reservoir as locust swarms damaged crops in the Ashby valley.", MERGE,
         ("l02",)),
        ("The seepage shows that the country's ageing dams are a growing threat.", GEN),
    ],
    "l02": [
        ("Desert locusts have damaged crops on some 40,000 hectares in southern Sahrani over the past three weeks, "
         "the agriculture ministry said.", S),
        ("Sorghum and millet were the crops worst hit.", S),
        ("The ministry has sprayed roughly 12,000 hectares, from the ground and from four aircraft.", S),
        ("The ministry aims to treat a further 25,000 hectares by the end of the month.", S),
        ("Idris Bakari, the ministry's head of plant protection, said spring rains had let the locusts breed faster "
         "than usual.", S),
        ("New swarms could form in January unless control work is stepped up, the Food and Agriculture "
         "Organization warned.", S),
        ("Farmers in Karu province said more than half of their harvest had been lost.", S),
        ("Sahrani's government has asked donors for $9 million for pesticide and fuel.", S),
        ("Once the planned spraying is done, the ministry will have treated about 37,000 hectares.", S, (), AN),
        ("The ministry has sprayed about 25,000 hectares.", FIG),
        ("The swarms have damaged crops on 40,000 acres.", FIG),
        ("Farmers in Karu said they had lost about a quarter of their harvest.", FIG),
        ("Dry weather in the spring slowed the locusts' breeding, Bakari said.", DIR),
        ("The Food and Agriculture Organization said the outbreak was under control.", DIR),
        ("The Food and Agriculture Organization has sprayed 12,000 hectares from four aircraft.", ACT),
        ("Sahrani's government has given donors $9 million for pesticide.", ACT),
        ("Farmers in Karu lost their harvest because the ministry sprayed too late.", CAUSE),
        ("The swarms crossed into Sahrani from a neighbouring country.", CLAIM),
        ("The outbreak shows that climate change is making locust plagues unstoppable.", GEN),
    ],
    "l03": [
        ("Wexham city council has voted to shut seven of its 19 public libraries next April.", S),
        ("The closures are meant to save about 1.2 million pounds a year.", S),
        ("A petition against the closures gathered 23,000 signatures.", S),
        ("Councillors backed the motion by 31 votes to 24.", S),
        ("Derek Amis, the council's finance chief, said visits to the seven branches had dropped 40% since 2019.", S),
        ("The money saved is needed for social care, the council's finance chief said.", S),
        ("Community groups will be offered four of the buildings to run as volunteer libraries.", S),
        ("The 12 libraries that stay open will open on Sundays from next summer.", S),
        ("Nadia Holt, an author who grew up in Wexham, said the closures would hurt children with no quiet place to "
         "read at home.", S),
        ("Opposition councillors said they would seek a judicial review.", S),
        ("The library closures were approved by a majority of seven votes.", S, (), AN),
        ("Wexham council has voted to close seven of its 19 libraries. The motion passed by 31 votes to 24.", S),
        ("The council will close 12 of its 19 libraries.", FIG),
        ("The motion passed by 31 votes to 14.", FIG),
        ("Wexham council voted against closing the libraries.", DIR),
        ("Visits to the seven branches have risen since 2019.", DIR),
        ("The remaining libraries will close on Sundays from next summer.", DIR),
        ("Finance chief Nadia Holt said the money was needed for social care.", ACT),
        ("Derek Amis said the closures would hurt children who have no quiet place to read.", ACT),
        ("The council is closing the libraries because the buildings need costly repairs.", CAUSE),
        ("The library staff will be moved to jobs in social care.", CLAIM),
        ("Wexham's library closures will help pay for the Carvel teachers' pay rise.", MERGE, ("l04",)),
        ("The vote shows that public libraries are disappearing across the country.", GEN),
    ],
    "l04": [
        ("Carvel's teachers have accepted a pay deal worth 5.5% from January and a further 3% in September 2027.", S),
        ("Of the union members who voted, 78% backed the offer, on a turnout of 64%.", S),
        ("The union had turned down a 4% offer in October.", S),
        ("Three days of strikes planned for January have been called off.", S),
        ("Paul Adebayo, the state education secretary, said the deal would cost $310 million over two years.", S),
        ("The deal will be paid for without cuts to school budgets, the education secretary said.", S),
        ("Starting salaries will go up to $52,000 under the agreement.", S),
        ("Rosa Lindgren, the union's general secretary, called the deal a fair outcome but said workloads were still "
         "too high.", S),
        ("Talks on class sizes are due to start in March.", S),
        ("The first rise in the deal is 1.5 percentage points above the offer the union rejected in October.", S,
         (), AN),
        ("Carvel's teachers have rejected a 5.5% pay offer.", DIR),
        ("Teachers in Carvel will strike for three days in January.", DIR),
        ("Salaries will rise by 3% from January and by 5.5% in September 2027.", FIG),
        ("Of the members who voted, 64% backed the offer.", FIG),
        ("The deal will cost $310 million a year.", FIG),
        ("Education secretary Rosa Lindgren said workloads remained too high.", ACT),
        ("Adebayo said school budgets would be cut to pay for the deal.", DIR),
        ("The union accepted the deal because the state agreed to smaller classes.", CAUSE),
        ("The deal also gives teachers two extra days of holiday a year.", CLAIM),
        ("The deal shows that strikes are the only way teachers can win pay rises.", GEN),
    ],
    "l05": [
        ("The alert level for Mount Orvath was raised to orange, the second-highest of four levels, on Wednesday.", S),
        ("The national geological survey said the volcano had thrown ash up to 5 kilometres high.", S),
        ("Tessin airport, 40 kilometres south-west of the volcano, was shut for 14 hours because of the ash.", S),
        ("About 90 flights were cancelled when the ash closed Tessin airport.", S),
        ("The roughly 3,200 people who live within 6 kilometres of the crater have been told to be ready to leave, "
         "but no evacuation has been ordered.", S),
        ("Dr Lucia Ferrand, who heads volcano monitoring at the survey, said small earthquakes under Orvath had risen "
         "to about 300 a day from fewer than 20 last month.", S),
        ("A larger eruption was possible but not certain, Ferrand said.", S),
        ("Lava flows destroyed two villages when Orvath last erupted, in 1997.", S),
        ("Tessin airport reopened on Thursday morning.", S),
        ("Small earthquakes under Orvath are now more than ten times as frequent as last month.", S, (), AN),
        ("Ash from Mount Orvath closed Tessin airport for 14 hours. About 90 flights were cancelled.", S),
        ("The alert level for Mount Orvath was raised to red, the highest of four.", FIG),
        ("The authorities have ordered the 3,200 people living near the crater to leave.", DIR),
        ("Ferrand said a larger eruption was certain.", DIR),
        ("The number of small earthquakes under the volcano has fallen to about 20 a day.", DIR),
        ("Tessin airport was closed for 40 hours.", FIG),
        ("The volcano threw ash up to 15 kilometres into the air.", FIG),
        ("Orvath last erupted in 1979.", FIG),
        ("Dr Lucia Ferrand, the director of Tessin airport, said a larger eruption was possible.", ACT),
        ("Tessin airport closed because of the earthquakes under the volcano.", CAUSE),
        ("Lava from Orvath has reached the nearest village.", CLAIM),
        ("Ash from Mount Orvath also forced the Brekka Philharmonic to cancel its tour.", MERGE, ("l06",)),
        ("The eruption shows how unprepared the country is for a major volcanic disaster.", GEN),
    ],
    "l06": [
        ("The Brekka Philharmonic has called off a 12-concert US tour planned for February.", S),
        ("Visas for 31 of the orchestra's 96 musicians had not been approved in time, the orchestra said.", S),
        ("Managing director Tomas Lind said the orchestra would lose about 800,000 euros already paid for travel and "
         "halls.", S),
        ("The orchestra hopes to get part of the loss back from its insurer, Lind said.", S),
        ("Venues will refund ticket holders in full.", S),
        ("It would have been the orchestra's first US tour since 2018.", S),
        ("Two of the tour's concerts were to be in Boston.", S),
        ("Akiko Mori, the orchestra's chief conductor, said the musicians were heartbroken.", S),
        ("Instead, the orchestra will play the tour's programme in four cities at home in March.", S),
        ("For future tours, the orchestra will apply for visas a year in advance, Lind said.", S),
        ("Visas for 13 of the orchestra's musicians had not been approved.", FIG),
        ("The orchestra will lose about 800,000 dollars.", FIG),
        ("It would have been the orchestra's first US tour since 2008.", FIG),
        ("Ticket holders will not get refunds.", DIR),
        ("The Brekka Philharmonic has postponed its US tour to March.", DIR),
        ("The orchestra's insurer has agreed to cover the loss.", DIR),
        ("Chief conductor Tomas Lind said the musicians were heartbroken.", ACT),
        ("Managing director Akiko Mori said the orchestra would apply for visas a year ahead.", ACT),
        ("The visas were delayed because the orchestra applied too late.", CAUSE),
        ("The orchestra will tour Japan in 2027 instead.", CLAIM),
        ("The cancellation shows that US visa rules are driving European orchestras away.", GEN),
    ],
    "l07": [
        ("The Port of Ardmouth will charge shipping lines $90 a day for each container left on its quays for over "
         "five days.", S),
        ("The fee starts on January 6, the port authority said.", S),
        ("Containers now sit for an average of 8.4 days before collection, against 4.1 days a year ago.", S),
        ("The port's yards are 92% full.", S),
        ("The daily fee will go up to $180 after ten days.", S),
        ("Fatima Haddou, the authority's director, said the fee was meant to free up space rather than to raise "
         "money.", S),
        ("The fee will be scrapped once average waiting times drop below five days, Haddou said.", S),
        ("The Ardmouth Shippers' Council said shipping lines would pass the cost on to importers.", S),
        ("Importers cannot always pick up containers faster because trucks are in short supply, the shippers' "
         "council said.", S),
        ("Some 2.7 million containers went through Ardmouth last year.", S),
        ("The average wait for a container at Ardmouth has more than doubled in a year.", S, (), AN),
        ("Ardmouth will charge lines $90 a day for containers left more than five days, from January 6. Average "
         "waits have risen to 8.4 days from 4.1 a year ago.", S),
        ("The port will charge $180 a day for every container left more than five days.", FIG),
        ("Containers at Ardmouth now wait an average of 4.1 days.", FIG),
        ("Average waiting times have fallen from 8.4 days a year ago.", DIR),
        ("The Port of Ardmouth will charge importers a daily fee for containers left on its quays.", ACT),
        ("The port authority said the lines would pass the cost on to importers.", ACT),
        ("Haddou said the fee was meant to raise money.", DIR),
        ("The fee will stay even when waiting times fall below five days.", DIR),
        ("Containers are waiting longer because of a strike by dock workers.", CAUSE),
        ("The port plans to build two new container yards.", CLAIM),
        ("The Port of Ardmouth's fee will also apply at Dellmark's west coast ports.", MERGE, ("j09",)),
        ("The fee shows that global supply chains are breaking down again.", GEN),
    ],
}

# The articles: (id, url, source, title, body).
BODIES = [
    ("j01", "https://sifted.example/norrow-health-raises-95m", "Sifted",
     "Norrow Health raises 95 million euros for AI triage software",
     "Norrow Health, a Copenhagen start-up whose software sorts patients' calls to out-of-hours doctors, has raised "
     "95 million euros in a funding round led by Halvane Capital, two people with knowledge of the deal told Sifted. "
     "The round values Norrow at about 600 million euros, up from 210 million euros when it last raised money in "
     "2024, the people said. Birk Ventures, an existing investor, also took part. Norrow's software is used by 38 "
     "regional health services in Denmark, Sweden and the Netherlands and handled about 2.3 million calls last year, "
     "one of the people said. The company plans to spend most of the money on expanding into Germany, where it has "
     "signed a pilot with two hospital groups. Norrow declined to comment on the figures. Halvane Capital, a London "
     "firm, would not comment on the deal."),
    ("j02", "https://www.reuters.example/norrow-health-110m-round", "Reuters",
     "Norrow Health secures 110 million euros as health AI deals pick up",
     "Danish health software company Norrow Health said on Thursday it had raised 110 million euros, a figure that "
     "includes a 15 million euro loan from the European Investment Bank alongside an equity round led by Halvane "
     "Capital. Chief executive Mette Haugaard told Reuters the company would not disclose its valuation. She said "
     "Norrow had turned down offers from two larger investors because they wanted a seat on its board. Norrow "
     "employs 240 people and plans to reach 400 by the end of next year, Haugaard said. The company's revenue "
     "roughly doubled last year to 18 million euros, she added, but it is still losing money and does not expect to "
     "break even before 2028. The German pilot, with the hospital groups Rhenmark and Aulweg, is due to start in "
     "February."),
    ("j03", "https://www.dealwire.example/tessmark-corbel-analytics", "Deal Wire",
     "Tessmark to buy Corbel Analytics for $1.4 billion in cash and shares",
     "Tessmark, a maker of warehouse management software, has agreed to buy Corbel Analytics for about $1.4 billion, "
     "the companies said on Monday. Corbel shareholders will receive $18 in cash and half a Tessmark share for each "
     "Corbel share they own, valuing Corbel at $31.50 a share based on Tessmark's closing price of $27 on Friday. "
     "That is a premium of 27% to Corbel's last close. Corbel, based in Pittsburgh, sells forecasting tools that tell "
     "retailers how much stock to order. Tessmark's chief executive, Rafael Quintero, said the deal would let "
     "Tessmark offer forecasting to its 1,900 customers. Corbel's co-founder, Hana Oduya, will join Tessmark's board. "
     "The companies expect the deal to close in the second quarter, subject to the approval of shareholders and "
     "regulators. Tessmark's shares fell 4% on Monday, while Corbel's rose 22%."),
    ("j04", "https://www.telecomsreview.example/vesland-velanet-fibre-ruling", "Telecoms Review",
     "Vesland regulator orders Velanet to open its fibre network to rivals",
     "Vesland's communications authority ruled on Wednesday that Velanet, the country's largest broadband provider, "
     "must let rival providers rent access to its fibre network at regulated prices from July. The authority said "
     "Velanet had used its control of about 70% of the country's fibre lines to charge rivals wholesale prices up to "
     "40% above its own costs. Velanet must cut its monthly wholesale price for a 1-gigabit line to 19 euros from "
     "27 euros. The authority did not fine the company. Velanet said it disagreed with the ruling and would appeal "
     "to the competition court, but would comply while the appeal was heard. Its chief executive, Jonas Ekberg, said "
     "the lower prices would force it to slow its fibre rollout in rural areas. Strandcom, a rival provider, welcomed "
     "the decision. Velanet's shares fell 5.2% in Orrhamn."),
    ("j05", "https://www.marketdesk.example/aurel-travel-q3-results", "Market Desk",
     "Aurel Travel's quarterly profit rises 31% on summer bookings",
     "Aurel Travel, an online booking company, said on Tuesday that third-quarter net profit rose 31% "
     "from a year earlier to $212 million, on revenue of $1.46 billion, up 12%. Bookings of hotel nights rose 9% to "
     "118 million, while flight bookings were flat at 21 million. The company's marketing spending fell to 38% of "
     "revenue from 43% a year earlier, as more customers came directly to its app. Chief financial officer Leah "
     "Marchetti said the company expected fourth-quarter revenue of $1.10 billion to $1.15 billion, below analysts' "
     "average estimate of $1.2 billion, because of weaker bookings in Europe. "
     "Aurel earns most of its revenue from commissions on hotel stays. "
     "It also "
     "announced a share buyback of $500 million. Its shares fell 6% in after-hours trading in New York."),
    ("j06", "https://www.cityledger.example/harnell-insurance-job-cuts", "City Ledger",
     "Harnell Insurance to cut 1,800 jobs and close 40 branches",
     "Harnell Insurance will cut about 1,800 jobs, or 12% of its workforce, over the next two years and close 40 of "
     "its 95 branches, the insurer said on Thursday. Most of the cuts will fall in its claims-handling and customer "
     "service teams, as more customers file claims online and through its app, chief executive Sarah Whitcombe said. "
     "The company expects the plan to cost 140 million pounds in redundancy and property charges and to save 210 "
     "million pounds a year from 2028. The union Unify said it had not been consulted and would ballot members on "
     "industrial action. Harnell said it would offer voluntary redundancy first and retrain some staff for roles in "
     "fraud detection. Harnell's shares rose 3% in London."),
    ("j07", "https://www.safetynews.example/kelvo-pressure-cooker-recall", "Safety News",
     "Kelvo recalls 240,000 pressure cookers over lid defect",
     "Home appliance maker Kelvo is recalling about 240,000 electric pressure cookers sold in the United States and "
     "Canada because the lid can open while the contents are still under pressure, the Consumer Product Safety "
     "Commission said on Thursday. Kelvo has received 61 reports of lids opening during use, including 17 burn "
     "injuries, two of them serious. The recall covers the PrimeCook 6 and PrimeCook 8 models sold between March 2024 "
     "and August 2025 for about $90 to $130. Owners should stop using the cookers and ask Kelvo for a free "
     "replacement lid, the agency said. About 26,000 of the cookers were sold in Canada. Kelvo said the fault came "
     "from a locking pin made by an outside supplier that it no longer uses."),
    ("j08", "https://www.securityweek.example/corvana-mobile-breach", "Security Brief",
     "Hackers stole records of 3.1 million Corvana Mobile customers",
     "Corvana Mobile said on Friday that hackers had stolen the names, addresses and dates of birth of about 3.1 "
     "million customers from a billing system run by an outside contractor, Peltra Services. Bank details and "
     "passwords were not taken, the mobile operator said. The breach was discovered on November 12, two weeks after "
     "the attackers first got in, according to Corvana's chief information security officer, Amir Sadeghi. Corvana "
     "has informed the data protection regulator and the police and is writing to affected customers, who will be "
     "offered a year of free credit monitoring. A group calling itself Grey Lantern has claimed the attack and "
     "demanded a ransom; Corvana said it would not pay. Peltra said it was investigating and had shut the system "
     "down. Corvana has about 9 million customers."),
    ("j09", "https://www.railgazette.example/dellmark-signalling-contract", "Rail Gazette",
     "Varro Signal consortium wins 2.6 billion euro Dellmark signalling contract",
     "Dellmark's national rail operator has awarded a 2.6 billion euro contract to modernise signalling on 1,100 "
     "kilometres of track to a consortium led by Varro Signal, beating a rival bid from Kessler Transit. The "
     "consortium, in which the engineering firm Ombra Group holds a 35% share, will replace signalling on the main "
     "lines between the capital, Hallbeck, and the ports of the west coast over ten years. The operator's chief "
     "executive, Ingrid Solberg, said the new system would let trains run closer together and raise capacity on the "
     "busiest lines by about a fifth. Work is due to start in 2027. Kessler Transit said it was disappointed and was "
     "considering a legal challenge. The contract is the largest the operator has ever signed."),
    ("j10", "https://www.fxmonitor.example/marovian-lira-record-low", "FX Monitor",
     "Marovian lira falls to record low after finance minister quits",
     "The Marovian lira fell 3.1% against the dollar on Monday to 41.8 per dollar, its weakest level on record, after "
     "finance minister Teodor Vasic resigned over a dispute about next year's budget. Yields on Marova's 10-year "
     "government bonds rose 0.45 percentage points to 9.2%, the biggest one-day rise since March 2023. The central "
     "bank sold about $600 million of its reserves to slow the lira's fall, two traders said. Prime Minister Elena "
     "Dravic said a new minister would be named within a week and that the budget would keep the deficit below 4% "
     "of GDP. Analysts at Sennholm Bank said investors feared the government would increase spending before next "
     "year's election. The lira has lost 14% of its value this year."),
    ("l01", "https://www.waternews.example/tolvern-dam-seepage", "Water News",
     "Tolvern reservoir to be lowered after inspectors find seepage in dam",
     "Engineers have ordered the reservoir behind the Tolvern dam to be lowered by four metres after an inspection "
     "found water seeping through the dam's eastern wall, the regional water authority said on Tuesday. The 62-metre "
     "concrete dam, built in 1958, holds drinking water for about 310,000 people in the Ashby valley. The authority's "
     "chief engineer, Maren Falk, said there was no immediate danger to the 1,400 residents of the village of Lowick "
     "below the dam, but that the level would be kept down until repairs were finished, probably next summer. "
     "Lowering the reservoir will take about three weeks. Water supplies will not be affected, as the authority will "
     "draw more from two other reservoirs. The last full inspection, in 2021, had found no problems. The repairs are "
     "expected to cost about 18 million euros."),
    ("l02", "https://www.agriwire.example/sahrani-locust-swarms", "Agri Wire",
     "Locust swarms damage crops on 40,000 hectares in southern Sahrani",
     "Desert locust swarms have damaged crops on about 40,000 hectares in the southern provinces of Sahrani in the "
     "past three weeks, the agriculture ministry said on Sunday. Sorghum and millet fields were worst hit. The "
     "ministry has sprayed about 12,000 hectares from the ground and from four aircraft and plans to treat another "
     "25,000 hectares by the end of the month. Its head of plant protection, Idris Bakari, said heavy rains in the "
     "spring had let the insects breed faster than usual. The Food and Agriculture Organization warned that new "
     "swarms could form in January if control work was not stepped up. Farmers in Karu province said they had lost "
     "more than half of their harvest. The government has asked donors for $9 million to pay for pesticide and "
     "fuel."),
    ("l03", "https://www.localdemocracy.example/wexham-library-closures", "Local Democracy Report",
     "Wexham council votes to close seven of its 19 libraries",
     "Wexham city council voted on Thursday to close seven of its 19 public libraries next April to save about 1.2 "
     "million pounds a year, despite a petition against the plan signed by 23,000 people. The motion passed by 31 "
     "votes to 24. The council's finance chief, Derek Amis, said visits to the seven branches had fallen by 40% "
     "since 2019 and that the money was needed for social care. Four of the buildings will be offered to community "
     "groups, which could run them as volunteer libraries. The remaining 12 libraries will open on Sundays from next "
     "summer. The author Nadia Holt, who grew up in Wexham, said the closures would hurt children who had no quiet "
     "place to read at home. Opposition councillors said they would ask for a judicial review."),
    ("l04", "https://www.schoolsweek.example/carvel-teachers-pay-deal", "Schools Weekly",
     "Carvel teachers accept 5.5% pay deal, calling off January strikes",
     "Teachers in the state of Carvel have accepted a pay deal that will raise their salaries by 5.5% from January "
     "and by a further 3% in September 2027, their union said on Monday. In a ballot, 78% of the members who voted "
     "backed the offer, on a turnout of 64%. The union had rejected an earlier offer of 4% in October and had planned "
     "three days of strikes in January, which are now called off. The state education secretary, Paul Adebayo, said "
     "the deal would cost $310 million over two years and would be paid for without cutting school budgets. Under "
     "the deal, starting salaries will rise to $52,000. The union's general secretary, Rosa Lindgren, said the "
     "agreement was a fair outcome but that workloads remained too high. Talks on class sizes will begin in March."),
    ("l05", "https://www.geowatch.example/mount-orvath-alert-orange", "Geo Watch",
     "Mount Orvath alert raised to orange as ash shuts Tessin airport",
     "Volcanologists raised the alert level for Mount Orvath to orange, the second-highest of four, on Wednesday "
     "after the volcano threw ash up to 5 kilometres into the air, the national geological survey said. The ash "
     "forced Tessin airport, 40 kilometres south-west of the volcano, to close for 14 hours, and about 90 flights "
     "were cancelled. The authorities told the roughly 3,200 people living within 6 kilometres of the crater to be "
     "ready to leave, but have not ordered an evacuation. The survey's head of volcano monitoring, Dr Lucia Ferrand, "
     "said the number of small earthquakes under the volcano had risen to about 300 a day from fewer than 20 last "
     "month. She said a larger eruption was possible but not certain. Orvath last erupted in 1997, when lava flows "
     "destroyed two villages. The airport reopened on Thursday morning."),
    ("l06", "https://www.classicalnotes.example/brekka-philharmonic-tour-cancelled", "Classical Notes",
     "Brekka Philharmonic cancels US tour over visa delays",
     "The Brekka Philharmonic has cancelled a 12-concert tour of the United States planned for February because "
     "visas for 31 of its 96 musicians had not been approved in time, the orchestra said on Friday. Its managing "
     "director, Tomas Lind, said the orchestra would lose about 800,000 euros in travel and hall bookings it had "
     "already paid for, part of which it hoped to recover from its insurer. Ticket holders will get full refunds "
     "from the venues. The tour would have been the orchestra's first in the United States since 2018 and included "
     "two concerts in Boston. Its chief conductor, Akiko Mori, said the musicians were heartbroken. The orchestra "
     "will instead play the tour's programme in four cities at home in March. Lind said it would apply for visas a "
     "year ahead for future tours."),
    ("l07", "https://www.portnews.example/ardmouth-congestion-fee", "Port News",
     "Port of Ardmouth to charge lines for containers left on quays",
     "The Port of Ardmouth will charge shipping lines a daily fee of $90 for every container left on its quays for "
     "more than five days, starting on January 6, the port authority said on Monday. Containers now wait an average "
     "of 8.4 days before being collected, up from 4.1 days a year ago, and the port's yards are at 92% of capacity. "
     "The fee will rise to $180 a day after ten days. The authority's director, Fatima Haddou, said the fee was meant "
     "to clear space, not to raise money, and that it would be dropped once average waiting times fell below five "
     "days. The Ardmouth Shippers' Council said the lines would pass the cost on to importers, who could not always "
     "collect containers faster because of a shortage of trucks. About 2.7 million containers passed through the "
     "port last year."),
]

ARTICLES = [(aid, url, source, title, body, SENTS[aid]) for aid, url, source, title, body in BODIES]

# Content-free sentences (error "content_free"): placeholders and empty lines a writer can emit, in shapes the
# earlier parts did not use.
CONTENT_FREE = [
    ("j01", "[Company] raised [amount] in a round led by [investor]."),
    ("j03", "Deal terms: TBD."),
    ("j05", "Results: see table below."),
    ("j06", "Read more at City Ledger."),
    ("j08", "No further details were available at the time of writing."),
    ("j10", "Story continues."),
    ("l01", "Update to follow."),
    ("l02", "Summary: none."),
    ("l03", "???"),
    ("l05", "Headline: Volcano"),
    ("l06", "This story is developing and will be updated."),
    ("l07", "(no summary available)"),
]

# Real SmolLM2-135M outputs of Topline's own LLM writer (``topline brief --writer llm``,
# benchmarks/collect_smollm2_writer.py, llama.cpp's server from ../shared/wheels on 127.0.0.1:8188, json_object, prompt
# version llm-3, date 2026-12-03), as the model wrote them, before the checker judged them: (article id, sentence,
# error[, other cited article ids]). The cites are the article(s) the call showed for that story (a signals sentence:
# the article(s) it is about). Labelled by reading. eval8-smollm2_raw.jsonl holds two editions in the order built
# (call numbers restart in each): all 17 articles (22 calls: 12 story, 8 repair, 2 signals; 3 timed out at 120 s on
# a machine at load 19-26), then j07, j10, l01-l03 and l05-l07 (2 calls, both about j10; stopped for the deadline).
# Left out: repeats and near-repeats of kept sentences (the Varro Signal lead given again in calls 12 and 13, "...
# and raise capacity on the busiest lines by about a fifth." beside "increase", the Aurel marketing sentence without
# "of revenue from 43%", the Adebayo sentence in the signals call, the Marovian lira lead in the repair call), "..."
# after its first two uses, the Marovian lira lead with the minister's name misspelt ("Teodoro Vasic": a
# faithful sentence with a wrong name, ambiguous), and the garbled headline "Liquefaction of the Marovian lira".
SMOLLM2: list[tuple] = [
    ("j01", "The Danish health insurance company Norrow Health has raised 1.5 million euros in a funding round led by "
            "Halvane Capital, two people with knowledge of the deal told Sifted.", FIG, ("j02",)),
    ("j02", "Danish health software company Norrow Health said on Thursday it had raised 95 million euros for AI "
            "triage software.", FIG, ("j01",)),
    ("j02", "N.Y.A., a Danish tech startup, has been awarded $30 billion in the latest round of funding from the "
            "European Investment Bank to help it develop its AI-powered health and technology business,", CLAIM,
     ("j01",)),
    ("j02", "The company's revenue roughly doubled last year to 18 million euros.", S, ("j01",)),
    ("j02", "Norrow Health has raised 95 million euros, a figure that includes a 1.2 trillion euro loan from the "
            "European Investment Bank and a equity round led by Halvane Capital.", FIG, ("j01",)),
    ("l04", "The union has accepted a pay cut of 5.5% from January to September 2027, with plans for three more "
            "strikes in the future.", DIR),
    ("l04", "...", CF),
    ("l04", "The union has rejected an earlier offer of 4% in October and planned a four-day strike in January, with "
            "plans for three more strikes in the future.", FIG),
    ("l04", "The union has rejected an earlier offer of 4% in October and planned three days of strikes in January, "
            "which are now called off.", S),
    ("l04", "The previous offer was made by the union's leadership last month.", ACT),
    ("l04", "In a move to boost its economy, the union is planning to increase pay increases for teachers starting "
            "next year.", CLAIM),
    ("j09", "The data is a report on the latest developments in the technology of the Varro Signal, which has been "
            "awarded to a consortium led by Ombra Group.", ACT),
    ("j09", "...", CF),
    ("j09", "The new system will allow trains to run closer together and increase capacity on the busiest lines by "
            "about a fifth.", S),
    ("j09", "Dellmark's national rail operator has awarded a 2.6 billion euro contract to modernise signalling on "
            "1,100 kilometres of track to a consortium led by Varro Signal, beating a rival bid from Kessler "
            "Transit.", S),
    ("j09", "The consortium, in which the engineering firm Ombra Group holds a 35% share, will replace signalling on "
            "the main lines between the capital Hallbeck and the ports of the west coast over ten years.", S),
    ("j09", "The contract is expected to be completed by the end of this year.", FIG),
    ("j05", "Aurora Travel, an online booking company, said on Tuesday that third-quarter net profit rose 31% on "
            "summer bookings to $2.80 million.", FIG),
    ("j05", "The company's marketing spending fell to 38% of revenue from 43%, while flight bookings were flat at 21, "
            "a decrease of 6% compared to last year.", FIG),
    ("j05", "Leah Marchetti said the company expected fourth-quarter revenue of $1.10 billion to $1.15 billion, below "
            "analysts' average estimate of $1.2 million, while the market moved 6% lower.", FIG),
    ("j05", "The company expects fourth-quarter revenue of $1.10 billion to $1.15 million.", FIG),
    ("j03", "Tessmark, a maker of warehouse management software, has agreed to buy Corbel Analytics for about $1.4 "
            "billion, the companies said on Monday.", S),
    ("j03", "Corbel's CEO Rafael Quintero will join Tessmark's board of directors,", ACT),
    ("j03", "Tessmark has agreed to buy Corbel Analytics for $1.4 billion, the companies said on Monday.", S),
    ("j03", "Corbel shareholders will receive $18 in cash and half a Tessmark share for each Corbel share they own, "
            "valuing Corbel at $3.50 a share based on Tessmark's closing price of $27 on Friday.", FIG),
    ("j09", "The data is the top line of the story.", CF),
    ("j04", "The data gives a news story's numbered source sentences (S1) and the events they report.", CF),
    ("j04", "Vesland's communications authority ruled on Wednesday that Velanet, the country's largest broadband "
            "provider, must let rival providers rent access to its fibre network at regulated prices from July.", S),
    ("l04", "The state education secretary, Paul Adebayo, said the deal would cost $310 million over two years and "
            "would be paid for without cutting school budgets.", S),
    ("l04", "Under the deal, starting salaries will rise to $52,000.", S),
    ("j06", "The company will cut about 1,800 jobs and close 40 branches.", S),
    ("j06", "Most of the cuts will fall in its claims-handling and customer service teams, as more customers file "
            "claims online and through its app.", S),
    ("j06", "Chief Executive Sarah Whitcombe said.", CF),
    ("j06", "The company will cut about 5.6% jobs in schools.", MERGE, ("l04",)),
    ("j08", "Corvana Mobile said on Friday that hackers had stolen the names, addresses and dates of birth of about "
            "3.1 million customers from a billing system run by an outside contractor Peltra Services.", S),
    ("j08", "The breach was discovered on November 12, two weeks after the attackers first got in, according to "
            "Corvana's chief information security officer Amir Sadeghi.", S),
    ("j08", "A group called Grey Lantern has claimed the attack and demanded a ransom; Corvana said it would not "
            "pay.", S),
    ("j08", "Corvana has informed the data protection regulator and the police and is writing to affected "
            "customers, who will be offered a year of free credit monitoring.", S),
    ("j08", "The data protection regulator and the police have agreed to pay 20% of the cost of this proposal in "
            "cash.", CLAIM),
    ("j10", "The government has been forced to cut spending by 1.5% in a month, as part of a budget proposal.", CLAIM),
    ("j10", "A new minister named Elena Dravic has been appointed to replace Teodoro Vasic, who resigned last week.",
     ACT),
    ("j10", "The government is now looking at a budget proposal that would cut spending by 1.5% of the current "
            "deficit.", CLAIM),
    ("j10", "The central bank sold about $600 million of its reserves to slow the lira's fall, two traders said.", S),
    ("j10", "The new minister will be named within a week and that the deficit would keep below 4% of GDP.", S),
]


def main() -> None:
    arts, rows, problems = fresh_part(ARTICLES, CONTENT_FREE, SMOLLM2, prefix="r", split="evaluation8",
                                      raw_name="eval8-smollm2_raw.jsonl", earlier=EARLIER,
                                      earlier_articles=EARLIER_ARTICLES, earlier_ids=EARLIER_IDS, shingle=SHINGLE)
    write_part("eval8", arts, rows, problems, (("business and tech articles", "j"), ("others", "l")))


if __name__ == "__main__":
    main()
